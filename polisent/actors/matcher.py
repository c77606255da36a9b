"""Registry-based detection: one pass over word tokens with a dict of surface forms.

The text is folded once (lower case, accents stripped, curly apostrophes straightened; same
length as the text, so offsets carry over), cut into word tokens with one compiled regex, and
each token that can start a surface form is tried longest-first against a dict keyed by the
folded form. No per-alias loop over the text, so a 1 MB document takes a fraction of a second.

An acronym of two to five capitals ("RSF") is found dotted too ("R.S.F.").

Case rules: an upper-case acronym in the registry ("US", "EU") matches only upper case (so
"us" the pronoun is never the United States, and "US" in an ALL-CAPS headline is skipped);
a capitalised word ("Turkey") matches only capitalised or upper-case text; lower-case words
("of", "the") match any case. Forms written ``the X`` in the registry ("the West") need "the"
before them; the span starts at X. Blocked phrases (false friends) win by length like any form
and produce nothing.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from polisent.actors.registry import Actor, Registry
from polisent.records import ActorType, MentionKind

__all__ = ["Candidate", "SurfaceIndex", "fold", "tokenize", "tokens"]

TOKEN_RE = re.compile(r"[^\W_]+")
_SPLIT_RE = re.compile(r"([^\W_]+)")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WS_RE = re.compile(r"\s+")
_TRAIL_RE = re.compile(r"[^\w.]+$")
_SPECIAL = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2011": "-", "\u2010": "-", "\u0131": "i", "\u0130": "i",
            "\u0142": "l", "\u0141": "l", "\u00f8": "o", "\u00d8": "o", "\u0111": "d", "\u0110": "d", "\u00df": "s",
            "\u00a0": " ", "\u00e6": "a", "\u00c6": "a", "\u0153": "o", "\u0152": "o"}
_FOLD_CACHE: dict[str, str] = {}
#: an acronym the registry writes without dots ("RSF", "ELN"), which some styles dot ("R.S.F.", "E.L.N.")
_BARE_ACRONYM = re.compile(r"[A-Z]{2,5}")
_AUTO_SURNAME = re.compile(r"(?![IVX]+$)[A-Z][^\W\d_][\w'\-]+")

#: Kind priority when one form names the same actor twice (lower wins).
_KIND_RANK = {MentionKind.NAME: 0, MentionKind.ALIAS: 1, MentionKind.METONYM: 2, MentionKind.ADJECTIVE: 3,
              MentionKind.SURNAME: 4}


def _fold_char(c: str) -> str:
    out = _FOLD_CACHE.get(c)
    if out is None:
        if c in _SPECIAL:
            out = _SPECIAL[c]
        else:
            base = [ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch)]
            low = "".join(base).lower() if base else c
            out = low if len(low) == 1 else (c.lower() if len(c.lower()) == 1 else c)
        _FOLD_CACHE[c] = out
    return out


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, keeping its length (offsets stay valid).

    >>> fold("Erdoğan’s Élysée")
    "erdogan's elysee"
    """
    if text.isascii():
        return text.lower()
    if len(text.encode("utf-8")) - len(text) < len(text) // 50:  # mostly ASCII: fix the few other characters
        return _NON_ASCII.sub(lambda m: _fold_char(m.group()), text).lower()
    table = {ord(c): _fold_char(c) for c in set(text) if not c.isascii()}
    return text.translate(table).lower()


def tokenize(text: str) -> list[tuple[int, int]]:
    """Word-token spans (letters and digits; apostrophes, hyphens and dots separate tokens)."""
    return tokens(text)[0]


def tokens(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Word-token spans and the tokens themselves, computed without a Python loop over the text."""
    parts = _SPLIT_RE.split(text)
    offsets = list(itertools.accumulate(map(len, parts)))
    words = parts[1::2]
    return list(zip(offsets[0::2][: len(words)], offsets[1::2], strict=True)), words


def _key(folded: str) -> str:
    return _WS_RE.sub(" ", folded).strip()


@dataclass(frozen=True, slots=True)
class Surface:
    """One registered surface form."""

    actor_id: str | None  #: None for a blocked phrase
    kind: MentionKind | None
    form: str  #: as written in the registry (for the case rules)
    need_the: bool
    n_tokens: int
    acronym_ambiguous: bool  #: an upper-case form that is also an English word ("US", "WHO")
    person_alone: bool = True  #: for surnames: may link without the full name earlier
    form_tokens: tuple[str, ...] = ()  #: word tokens of ``form`` (for the case rules)
    party_adjective: bool = False  #: a party's adjective ("Democratic"): never the first word of another name


@dataclass(slots=True)
class Candidate:
    """A raw match: a span and the surfaces (one per actor) it may stand for."""

    start: int
    end: int
    surfaces: tuple[Surface, ...]
    tok_start: int
    tok_end: int  #: exclusive token index

    @property
    def kind(self) -> MentionKind:
        return min((s.kind for s in self.surfaces if s.kind is not None), key=_KIND_RANK.__getitem__)


#: what follows a party's adjective when it is the party: its offices, its bodies and its people
_PARTY_FOLLOWERS = frozenset(
    "party parties national senator senators sen rep reps representative representatives congressman congresswoman "
    "congressmen congresswomen congressional governor governors gov leader leaders leadership whip primary primaries "
    "caucus convention nominee nominees candidate candidates president presidential vice speaker majority minority "
    "lawmaker lawmakers legislator legislators member members mp mps mep meps mayor administration administrations "
    "government governments chair chairman chairwoman committee platform establishment state states senate house "
    "attorney secretary left right voters base donors strategist strategists operative operatives".split())
_COMMON_WORD_ACRONYMS = frozenset({"us", "who", "is", "it", "am", "an", "as", "at", "be", "do", "go", "he", "in", "me",
                                   "no", "of", "on", "or", "so", "to", "up", "we", "au", "pa", "un", "sco", "car", "png"})


class SurfaceIndex:
    """Dict of folded surface forms -> surfaces, built once per registry (cached on it)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.forms: dict[str, list[Surface]] = {}
        self.first: dict[str, int] = {}  #: first folded token -> most tokens of a form starting with it
        self.surnames: dict[str, list[str]] = {}  #: folded surname key -> person ids
        for actor in registry.actors.values():
            self._add_actor(actor)
        for phrase in registry.blocked:
            self._add(phrase, None, None)

    @classmethod
    def of(cls, registry: Registry) -> SurfaceIndex:
        """The index of ``registry``, built on first use and cached on the (immutable) registry."""
        index = registry._cache.get("surface_index")
        if index is None:
            index = registry._cache["surface_index"] = cls(registry)
        return index

    def _add_actor(self, actor: Actor) -> None:
        add = self._add
        names = (actor.name, *actor.variants)
        for form in names:
            add(form, actor.id, MentionKind.NAME)
        for form in names:  # "R.S.F." for "RSF": the newspapers that dot every acronym
            if _BARE_ACRONYM.fullmatch(form) and (dotted := ".".join(form) + ".") not in names:
                add(dotted, actor.id, MentionKind.NAME)
        for form in actor.aliases:
            add(form, actor.id, MentionKind.ALIAS)
        for form in actor.metonyms:
            add(form, actor.id, MentionKind.METONYM)
        for form in (*actor.adjectives, *actor.demonyms):
            add(form, actor.id, MentionKind.ADJECTIVE, party=actor.type is ActorType.PARTY)
        surnames = actor.surnames
        alone = actor.surname_alone
        if actor.type is ActorType.PERSON and not surnames and len(actor.name.split()) >= 2:
            last = actor.name.split()[-1]
            if _AUTO_SURNAME.fullmatch(last):  # not "II", "Jr.", "bin"
                surnames, alone = (last,), False
        for form in surnames:
            if _key(fold(form)) != _key(fold(actor.name)):
                add(form, actor.id, MentionKind.SURNAME, person_alone=alone)
                self.surnames.setdefault(_key(fold(form)), []).append(actor.id)

    def _add(self, form: str, actor_id: str | None, kind: MentionKind | None, *, person_alone: bool = True,
             party: bool = False) -> None:
        form = _TRAIL_RE.sub("", form.strip())
        need_the = False
        if form[:4].lower() == "the " and len(form) > 4:
            form, need_the = form[4:], True
        folded = fold(form)
        toks = TOKEN_RE.findall(folded)
        if not toks:
            return
        key = _key(folded)
        ambiguous = form.isupper() and folded.replace(".", "") in _COMMON_WORD_ACRONYMS
        surface = Surface(actor_id, kind, form, need_the, len(toks), ambiguous, person_alone, tuple(TOKEN_RE.findall(form)),
                          party and len(toks) == 1)
        self.forms.setdefault(key, []).append(surface)
        if len(toks) > self.first.get(toks[0], 0):
            self.first[toks[0]] = len(toks)

    def find(self, text: str, folded: str, spans: list[tuple[int, int]], words: list[str] | None = None, *,
             lower_case: bool = False) -> list[Candidate]:
        """Longest matches, left to right, that pass the case rules; blocked phrases included (no surfaces).

        ``words`` are the folded tokens (``tokens(folded)[1]``), computed here when not given.
        ``lower_case``: the text is written without capitals (machine captions,
        :func:`polisent.segment._units.is_lower_case`), so a capitalised form matches in lower case too, and an acronym
        when it is no English word ("nato", "eu"; never "us" or "who").
        """
        out: list[Candidate] = []
        first, forms = self.first, self.forms
        if words is None:
            words = [folded[s:e] for s, e in spans]
        n = len(spans)
        starts = [i for i, w in enumerate(words) if w in first]
        k = 0
        i = -1
        while k < len(starts):
            if starts[k] < i:
                k += 1
                continue
            i = starts[k]
            k += 1
            s = spans[i][0]
            maxlen = first[words[i]]
            hit = None
            for length in range(min(maxlen, n - i), 0, -1):
                end = spans[i + length - 1][1]
                seg = folded[s:end]
                keys = (seg + ".", seg) if end < len(folded) and folded[end] == "." else (seg,)
                for key in keys:
                    if "  " in key or "\n" in key or "\t" in key:
                        key = _key(key)
                    surfaces = forms.get(key)
                    if surfaces is None:
                        continue
                    ok = _best(sf for sf in surfaces if self._case_ok(text, spans, i, sf, folded, lower_case))
                    if ok:
                        stop = s + len(key) if key.endswith(".") and not seg.endswith(".") else end
                        hit = Candidate(s, stop, ok, i, i + length)
                        break
                if hit is not None:
                    break
            if hit is None:
                continue
            if hit.tok_end - hit.tok_start == 1 and _in_compound_name(text, words, spans, hit, first):
                continue  # "THOMAS" of "AMBASSADOR THOMAS-GREENFIELD": part of another person's double name
            out.append(hit)
            i = hit.tok_end
        return out

    @staticmethod
    def _case_ok(text: str, spans: list[tuple[int, int]], i: int, sf: Surface, folded: str, lower_case: bool = False) -> bool:
        if sf.actor_id is None:
            return True  # false friends block in any case
        ftoks = sf.form_tokens
        if lower_case:  # no capitals to go by: any form but an acronym that is also a word ("us", "who")
            if sf.acronym_ambiguous or (len(ftoks) == 1 and len(ftoks[0]) <= 2 and not ftoks[0].isupper()):
                return False  # ... and "xi" / "li" alone
            return not sf.need_the or (i > 0 and folded[spans[i - 1][0]:spans[i - 1][1]] == "the")
        for k, ft in enumerate(ftoks):
            s, e = spans[i + k]
            tt = text[s:e]
            if len(ft) > 1 and ft.isupper():
                if not tt.isupper():
                    return False
            elif len(ft) <= 2 and len(ftoks) == 1 and ft[:1].isupper():
                if tt != ft:  # "Xi" and "Li" only as written: "XI" is a numeral
                    return False
            elif ft[:1].isupper() and not tt[:1].isupper():
                return False
        if sf.need_the:
            if i == 0:
                return False
            ps, pe = spans[i - 1]
            if folded[ps:pe] != "the" or not text[pe:spans[i][0]].isspace():
                return False
        if sf.party_adjective and i + 1 < len(spans):
            # "Democratic Resilience Program", "Democratic Forces", "Republican Guard": a party's adjective that
            # opens another capitalised name is no mention of the party ("Democratic Senator X" is)
            ns, ne = spans[i + 1]
            if text[spans[i][1]:ns].isspace() and "\n" not in text[spans[i][1]:ns] and text[ns:ne][:1].isupper() \
                    and folded[ns:ne] not in _PARTY_FOLLOWERS:
                return False
        if sf.acronym_ambiguous:
            nk = i + len(ftoks)
            neighbours = [spans[j] for j in (i - 1, nk) if 0 <= j < len(spans)
                          and "\n" not in text[min(spans[j][1], spans[i][0]):max(spans[j][0], spans[nk - 1][1])]]
            if neighbours and all(_all_caps_word(text, sp) for sp in neighbours):
                return False  # an ALL-CAPS line: "LET US" is not the United States
        return True


def _in_compound_name(text: str, words: list[str], spans: list[tuple[int, int]], hit: Candidate, first: dict[str, int]) -> bool:
    """Whether a one-token surname match is one half of a hyphenated double name whose other half is no
    known name ("Thomas" in "Linda Thomas-Greenfield"); two known names joined by a hyphen are two mentions
    ("the Putin-Xi summit").

    >>> words = ["linda", "thomas", "greenfield", "putin", "xi"]
    >>> text = "Linda Thomas-Greenfield Putin-Xi"
    >>> spans = [(0, 5), (6, 12), (13, 23), (24, 29), (30, 32)]
    >>> sf = Surface("x", MentionKind.SURNAME, "Thomas", False, 1, False, True, ("Thomas",), False)
    >>> _in_compound_name(text, words, spans, Candidate(6, 12, (sf,), 1, 2), {"thomas": 1, "putin": 1, "xi": 1})
    True
    >>> _in_compound_name(text, words, spans, Candidate(24, 29, (sf,), 3, 4), {"thomas": 1, "putin": 1, "xi": 1})
    False
    """
    if any(sf.actor_id is not None and sf.kind is not MentionKind.SURNAME for sf in hit.surfaces):
        return False
    i = hit.tok_start
    after = i + 1 < len(spans) and text[spans[i][1]:spans[i + 1][0]] == "-" and text[spans[i + 1][0]:spans[i + 1][0] + 1].isupper() \
        and words[i + 1] not in first
    before = i > 0 and text[spans[i - 1][1]:spans[i][0]] == "-" and text[spans[i - 1][0]:spans[i - 1][0] + 1].isupper() \
        and words[i - 1] not in first
    return after or before


def _best(surfaces: Iterable[Surface]) -> tuple[Surface, ...]:
    """One surface per actor (the best kind); a blocked phrase alone if one matched."""
    surfaces = tuple(surfaces)
    if len(surfaces) <= 1:
        return surfaces
    best: dict[str | None, Surface] = {}
    for sf in surfaces:
        if sf.actor_id is None:
            return (sf,)
        old = best.get(sf.actor_id)
        if old is None or _KIND_RANK[sf.kind] < _KIND_RANK[old.kind]:  # type: ignore[index]
            best[sf.actor_id] = sf
    return tuple(best.values())


def _all_caps_word(text: str, span: tuple[int, int]) -> bool:
    w = text[span[0]:span[1]]
    return len(w) > 1 and w.isalpha() and w.isupper()
