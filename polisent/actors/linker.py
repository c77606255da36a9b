"""The registry linker: detection, title-name chains, coreference and optional NER.

>>> from polisent.protocols import DocumentStructure
>>> linker = RegistryLinker()
>>> text = "Ukrainian President Volodymyr Zelensky met Scholz. Zelensky said Moscow lied."
>>> [(m.text, m.kind.value, m.actor_id) for m in linker.link(text, DocumentStructure((), ()))]
[('Ukrainian President Volodymyr Zelensky', 'name', 'volodymyr_zelensky'), ('Scholz', 'surname', 'olaf_scholz'), ('Zelensky', 'surname', 'volodymyr_zelensky'), ('Moscow', 'metonym', 'russia')]
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from polisent.actors.coref import HONORIFICS, PRONOUNS, TITLES, Units, it_is_referential
from polisent.actors.matcher import SurfaceIndex, fold, tokens
from polisent.actors.ner import make_ner
from polisent.actors.registry import Registry, default_registry, load_registry
from polisent.errors import ConfigError, check_text
from polisent.protocols import DocumentStructure
from polisent.records import ActorType, Mention, MentionKind, SegmentKind

__all__ = ["RegistryLinker"]

logger = logging.getLogger(__name__)

_NAMEABLE = (MentionKind.NAME, MentionKind.ALIAS, MentionKind.METONYM, MentionKind.ENTITY)
_ABBREV = frozenset({"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st"})
_MAX_TITLE = 4
_EMPTY = DocumentStructure((), ())
_TITLE_FIRST = frozenset(k.split()[0] for k in TITLES)
_TITLE_LOOKBACK = 50  #: a title looks back over the last 50 mentions of registry persons


@dataclass(slots=True)
class _W:
    """A mention being worked on."""

    start: int
    end: int
    kind: MentionKind
    tok_start: int
    tok_end: int
    actor_id: str | None = None
    cands: tuple[str, ...] = ()  #: persons a surname may stand for
    alone: bool = True  #: the surname may link without an introduction
    link: str = "registry"
    conf: float = 1.0
    role: str | None = None  #: office role of a title or chain
    of: str | None = None  #: state/organisation named in a title or chain
    gender: str | None = None  #: from a pronoun or an honorific
    modifier: _W | None = None  #: adjective absorbed by a title when it resolves
    dropped: bool = False
    titled: bool = False


class RegistryLinker:
    """Finds actor mentions and links them to canonical actors (the :class:`~polisent.protocols.Linker` stage).

    Args:
        registry: a :class:`Registry`, a path/list/dict for :func:`load_registry` (merged on the built-in
            one), or None for the built-in registry.
        ner: None, ``"spacy"``, a Hugging Face token-classification model id or local path, or a
            callable (see :mod:`polisent.actors.ner`). Entities the registry lacks become
            document-local actors ``local:<slug>`` named by their longest form.
        report_unresolved: also report pronouns and titles that could not be linked, with
            ``actor_id=None`` and ``link="unresolved"`` (default: leave them out).
        date: default document date (ISO) for resolving "the Russian president" when no holder
            is named in the text; ``link(..., date=...)`` overrides it per document.
    """

    version = "registry-v1"

    def __init__(
        self,
        registry: Registry | str | Path | Mapping[str, Any] | Sequence[Mapping[str, Any]] | None = None,
        ner: str | Callable[[str], Iterable[Any]] | None = None,
        *,
        report_unresolved: bool = False,
        date: str | None = None,
    ) -> None:
        if registry is None:
            registry = default_registry()
        elif not isinstance(registry, Registry):
            registry = load_registry(registry)
        self.registry = registry
        self._ner, ner_name = make_ner(ner)
        self.name = self.version + (f"+{ner_name}" if ner_name else "")
        self.report_unresolved = bool(report_unresolved)
        self.date = _check_date(date)

    def __repr__(self) -> str:
        return f"RegistryLinker(name={self.name!r}, registry={self.registry!r})"

    def link(self, text: str, structure: DocumentStructure | None = None, *, date: str | None = None) -> tuple[Mention, ...]:
        """Mentions in ``text`` sorted by start; nothing inside clutter segments."""
        text = check_text(text, "text")
        structure = _EMPTY if structure is None else structure
        date = _check_date(date) or self.date
        if not text.strip():
            return ()
        reg = self.registry
        index = SurfaceIndex.of(reg)
        folded = fold(text)
        spans, words = tokens(folded)
        covered = [False] * len(spans)
        work: list[_W] = []
        for c in index.find(text, folded, spans, words):
            for t in range(c.tok_start, c.tok_end):
                covered[t] = True
            ids = tuple(s.actor_id for s in c.surfaces if s.actor_id is not None)
            if not ids:
                continue  # a false friend
            kind = c.kind
            if kind is MentionKind.SURNAME or (len(ids) > 1 and all(reg.actors[a].type is ActorType.PERSON for a in ids)):
                alone = len(ids) == 1 and all(s.person_alone for s in c.surfaces)
                work.append(_W(c.start, c.end, MentionKind.SURNAME, c.tok_start, c.tok_end, cands=ids, alone=alone))
            elif len(ids) == 1:
                work.append(_W(c.start, c.end, kind, c.tok_start, c.tok_end, actor_id=ids[0]))
            else:
                logger.debug("ambiguous form %r -> %s; not linked", text[c.start:c.end], ids)
        self._chains(work, text, folded, spans, covered)
        work.extend(self._titles(work, text, folded, spans, covered, words))
        local: dict[str, tuple[str, ActorType, str | None]] = {}
        if self._ner is not None:
            work.extend(self._entities(text, folded, spans, covered, work, local))
        work.extend(self._pronouns(text, folded, spans, covered, words))
        work.sort(key=lambda w: w.start)
        self._resolve(work, text, structure, date, local)
        return self._emit(work, text, structure, local)

    # -- chains: "Ukrainian President Volodymyr Zelensky", "Mrs May" ------------------------------
    def _title_before(self, folded: str, text: str, spans: list[tuple[int, int]], covered: list[bool], i: int
                      ) -> tuple[int, str, bool] | None:
        """A title or honorific ending just before token ``i``: (first token, key, is_role)."""
        for length in range(min(_MAX_TITLE, i), 0, -1):
            j = i - length
            if any(covered[j:i]):
                continue
            if not all(text[spans[k][1]:spans[k + 1][0]] in (" ", "-") for k in range(j, i - 1)):
                continue
            key = " ".join(folded[s:e] for s, e in spans[j:i])
            gap = text[spans[i - 1][1]:spans[i][0]]
            if not (gap == " " or (gap in (". ", ".\u00a0") and key in _ABBREV) or gap == "\u00a0"):
                continue
            if key in TITLES:
                return j, key, True
            if key in HONORIFICS and text[spans[j][0]].isupper():
                return j, key, False
        return None

    def _modifier_before(self, by_end: dict[int, _W], text: str, folded: str, spans: list[tuple[int, int]], j: int
                         ) -> _W | None:
        """A state/organisation mention right before token ``j`` ("Ukrainian", "NATO", "Russia's")."""
        m = by_end.get(j)
        if m is not None and text[spans[j - 1][1]:spans[j][0]] == " ":
            pass
        elif j >= 2 and folded[spans[j - 1][0]:spans[j - 1][1]] == "s" and text[spans[j - 2][1]:spans[j - 1][0]] in ("'", "\u2019"):
            m = by_end.get(j - 1)
        else:
            m = None
        if m is None or m.actor_id is None or self.registry.actors[m.actor_id].type is ActorType.PERSON:
            return None
        return m

    def _chains(self, work: list[_W], text: str, folded: str, spans: list[tuple[int, int]], covered: list[bool]) -> None:
        reg = self.registry
        by_end = {w.tok_end: w for w in work}
        for w in list(work):
            persons = w.cands or ((w.actor_id,) if w.actor_id and reg.actors[w.actor_id].type is ActorType.PERSON else ())
            if not persons or w.dropped:
                continue
            found = self._title_before(folded, text, spans, covered, w.tok_start)
            if found is None:
                continue
            j, key, is_role = found
            mod = self._modifier_before(by_end, text, folded, spans, j)
            role = TITLES[key] if is_role else None
            gender = None if is_role else HONORIFICS[key]
            of = mod.actor_id if mod is not None else None
            keep = [p for p in persons
                    if (role is None or any(o.role == role and (of is None or o.of == of) for o in reg.actors[p].offices))
                    and (gender is None or reg.actors[p].gender in (None, gender))]
            if not keep:
                continue  # the title does not fit this person: leave both apart
            start_tok = mod.tok_start if mod is not None else j
            if mod is not None:
                mod.dropped = True
            for t in range(start_tok, w.tok_start):
                covered[t] = True
            w.start, w.tok_start = spans[start_tok][0], start_tok
            w.role, w.of, w.titled = role, of, True
            if w.cands:
                w.cands = tuple(keep)
            if w.kind is MentionKind.ADJECTIVE:
                w.kind = MentionKind.NAME
        work[:] = [w for w in work if not w.dropped]

    # -- titles without a name: "the president", "the Russian president", "Russia's president" --------
    def _titles(self, work: list[_W], text: str, folded: str, spans: list[tuple[int, int]], covered: list[bool],
                words: list[str]) -> list[_W]:
        by_end = {w.tok_end: w for w in work}
        by_start = {w.tok_start: w for w in work}
        out: list[_W] = []
        n = len(spans)
        todo = [t for t, word in enumerate(words) if word in _TITLE_FIRST]
        for i in todo:
            if covered[i]:
                continue
            hit = None
            for length in range(min(_MAX_TITLE, n - i), 0, -1):
                k = i + length
                if any(covered[i:k]) or not all(text[spans[t][1]:spans[t + 1][0]] in (" ", "-") for t in range(i, k - 1)):
                    continue
                key = " ".join(folded[s:e] for s, e in spans[i:k])
                if key in TITLES:
                    hit = (k, key)
                    break
            if hit is None:
                continue
            k, key = hit
            mod = self._modifier_before(by_end, text, folded, spans, i)
            first = mod.tok_start if mod is not None else i
            possessive = mod is not None and text[mod.end:mod.end + 1] in ("'", "\u2019")
            has_the = first > 0 and folded[spans[first - 1][0]:spans[first - 1][1]] == "the" \
                and text[spans[first - 1][1]:spans[first][0]] == " "
            end_tok = k
            of = mod.actor_id if mod is not None else None
            after = by_start.get(k + 1)
            if (of is None and k + 1 < n and folded[spans[k][0]:spans[k][1]] == "of" and after is not None
                    and after.actor_id is not None and text[spans[k - 1][1]:spans[k][0]] == " "):
                of, end_tok = after.actor_id, after.tok_end
            if not (has_the or possessive):
                continue
            if end_tok == k and k < n and text[spans[k - 1][1]:spans[k][0]] == " " and text[spans[k][0]].isupper():
                continue  # "the president Smith": a name the registry lacks follows
            w = _W(spans[first][0], spans[end_tok - 1][1], MentionKind.TITLE, first, end_tok, role=TITLES[key], of=of)
            w.modifier = after if end_tok != k else mod  # dropped only if the title resolves
            for t in range(first, end_tok):
                covered[t] = True
            out.append(w)
        return out

    # -- NER: document-local actors ------------------------------------------------------------------
    def _entities(self, text: str, folded: str, spans: list[tuple[int, int]], covered: list[bool], work: list[_W],
                  local: dict[str, tuple[str, ActorType, str | None]]) -> list[_W]:
        assert self._ner is not None
        taken = sorted((w.start, w.end) for w in work)
        starts = [s for s, _ in taken]
        out: list[_W] = []
        groups: dict[tuple[str, str], str] = {}  # (type, key) -> local id
        longest: dict[str, str] = {}
        for start, end, label, score in sorted(self._ner(text)):
            i = bisect.bisect_left(starts, end)
            if any(s < end and start < e for s, e in taken[max(0, i - 3):i]):
                continue  # the registry already found something here
            words = re.findall(r"[^\W_]+", folded[start:end])
            if not words:
                continue
            atype = ActorType.PERSON if label == "person" else ActorType.ORGANISATION
            key = (label, words[-1] if atype is ActorType.PERSON else " ".join(words))
            lid = groups.get(key)
            if lid is None:
                lid = groups[key] = "local:" + "_".join(words)
            if len(text[start:end]) > len(longest.get(lid, "")):
                longest[lid] = text[start:end]
            t0 = bisect.bisect_left(spans, (start, -1))
            t1 = bisect.bisect_left(spans, (end, -1))
            for t in range(t0, min(t1, len(covered))):
                covered[t] = True
            out.append(_W(start, end, MentionKind.ENTITY, t0, t1, actor_id=lid, link="ner", conf=round(min(max(score, 0.0), 1.0) * 0.9, 3)))
        for lid, name in longest.items():
            atype = ActorType.PERSON if any(g[0] == "person" and v == lid for g, v in groups.items()) else ActorType.ORGANISATION
            w0 = next(w for w in out if w.actor_id == lid)
            prev = text[max(0, w0.start - 6):w0.start].strip().rstrip(".").lower().split()
            gender = HONORIFICS.get(prev[-1]) if prev and atype is ActorType.PERSON else None
            local[lid] = (name, atype, gender)
        return out

    # -- pronouns ------------------------------------------------------------------------------------
    def _pronouns(self, text: str, folded: str, spans: list[tuple[int, int]], covered: list[bool],
                  words: list[str]) -> list[_W]:
        out = []
        for i in [t for t, word in enumerate(words) if word in PRONOUNS]:
            word = words[i]
            s, e = spans[i]
            gender = PRONOUNS[word]
            if covered[i]:
                continue
            if word == "it" and not it_is_referential(folded, spans, i, text):
                continue
            if s > 0 and text[s - 1] in ("'", "\u2019"):
                continue  # "Putin's" -> the "s" is not "s"he; also o'his...
            out.append(_W(s, e, MentionKind.PRONOUN, i, i + 1, gender=gender))
        return out

    # -- resolution in text order --------------------------------------------------------------------
    def _resolve(self, work: list[_W], text: str, structure: DocumentStructure, date: str | None,
                 local: dict[str, tuple[str, ActorType, str | None]]) -> None:
        reg = self.registry
        units = Units.build(text, structure)
        introduced: dict[str, int] = {}  # person id -> position of the last full-name mention
        done: list[tuple[int, int | None, str, _W]] = []  # (start, unit, actor id, mention) of linked mentions
        persons: list[tuple[int, int | None, str, _W]] = []  # the same, registry persons only

        def atype(actor_id: str) -> ActorType:
            return local[actor_id][1] if actor_id in local else reg.actors[actor_id].type

        learned: dict[str, str] = {}  # genders of local persons learned from pronouns linked to them

        def gender_of(actor_id: str) -> str | None:
            if actor_id in local:
                return local[actor_id][2] or learned.get(actor_id)
            return reg.actors[actor_id].gender

        for w in work:
            if w.dropped:
                continue
            if w.kind is MentionKind.SURNAME and w.actor_id is None:
                intro = [(introduced[p], p) for p in w.cands if p in introduced]
                if intro:
                    w.actor_id, w.link, w.conf = max(intro)[1], "surname", 0.95
                elif w.titled and len(w.cands) == 1:
                    w.actor_id, w.conf = w.cands[0], 0.9
                elif len(w.cands) == 1 and w.alone:
                    w.actor_id, w.conf = w.cands[0], 0.85
            elif w.kind is MentionKind.TITLE:
                self._resolve_title(w, persons[-_TITLE_LOOKBACK:], date)
            elif w.kind is MentionKind.PRONOUN:
                window = units.window(w.start)
                recent = _recent(done, window)
                if w.gender == "neuter":
                    seen = {a for _, u, a, m in recent if m.kind in _NAMEABLE + (MentionKind.PRONOUN,)
                            and atype(a) is not ActorType.PERSON}
                    if len(seen) == 1:
                        w.actor_id, w.link = seen.pop(), "pronoun"
                        w.conf = 0.6 if folded_word(text, w) == "it" else 0.7
                    elif seen:
                        near = _clause_subject(done, w, text, units, atype)
                        if near is not None:
                            w.actor_id, w.link, w.conf = near, "pronoun", 0.55
                else:
                    cands = [(s, a) for s, u, a, _ in recent if atype(a) is ActorType.PERSON
                             and gender_of(a) in (None, w.gender)]
                    if cands:
                        best = max(cands)[1]
                        distinct = {a for _, a in cands}
                        w.actor_id, w.link = best, "pronoun"
                        w.conf = 0.5 if gender_of(best) is None else (0.9 if len(distinct) == 1 else 0.6)
                        if best in local and gender_of(best) is None:
                            learned[best] = w.gender  # type: ignore[assignment]
            if w.actor_id is None:
                continue
            if w.kind in (MentionKind.NAME, MentionKind.ENTITY) and atype(w.actor_id) is ActorType.PERSON:
                introduced[w.actor_id] = w.start
            done.append((w.start, units.unit_of(w.start), w.actor_id, w))
            if atype(w.actor_id) is ActorType.PERSON and w.actor_id not in local:
                persons.append((w.start, None, w.actor_id, w))

    def _resolve_title(self, w: _W, done: list[tuple[int, int | None, str, _W]], date: str | None) -> None:
        reg = self.registry
        # first a person the text itself gave this title ("Prime Minister Keir Starmer"), then any holder
        for _, _, actor_id, m in reversed(done):
            if m.role == w.role and m.kind is not MentionKind.TITLE and (w.of is None or m.of in (None, w.of)) \
                    and any(o.role == w.role and (w.of is None or o.of == w.of) for o in reg.actors[actor_id].offices):
                w.actor_id, w.link, w.conf = actor_id, "title", 0.85
                break
        else:
            for _, _, actor_id, _m in reversed(done):
                actor = reg.actors[actor_id]
                if any(o.role == w.role and (w.of is None or o.of == w.of) for o in actor.offices):
                    w.actor_id, w.link, w.conf = actor_id, "title", 0.8
                    break
        if w.actor_id is None and date is not None and w.of is not None and w.role is not None:
            holders = reg.persons_with_role(w.role, w.of, date)
            if len(holders) == 1:
                w.actor_id, w.link, w.conf = holders[0].id, "title", 0.75
        if w.actor_id is not None and w.modifier is not None:
            w.modifier.dropped = True

    # -- output ----------------------------------------------------------------------------------------
    def _emit(self, work: list[_W], text: str, structure: DocumentStructure,
              local: dict[str, tuple[str, ActorType, str | None]]) -> tuple[Mention, ...]:
        reg = self.registry
        clutter = sorted((g.start, g.end) for g in structure.segments if g.kind is SegmentKind.CLUTTER)
        clutter_starts = [s for s, _ in clutter]
        claims = structure.claims
        claim_starts = [c.start for c in claims]
        out: list[Mention] = []
        for w in work:
            if w.dropped:
                continue
            if w.actor_id is None:
                if not self.report_unresolved or w.kind not in (MentionKind.PRONOUN, MentionKind.TITLE, MentionKind.SURNAME):
                    continue
                if w.modifier is not None and not w.modifier.dropped:
                    continue  # "the Russian president" unresolved: the state mention inside it is reported instead
                name = atype_ = None
                link, conf = "unresolved", 0.0
            else:
                if w.actor_id in local:
                    name, atype_ = local[w.actor_id][0], local[w.actor_id][1]
                else:
                    actor = reg.actors[w.actor_id]
                    name, atype_ = actor.name, actor.type
                link, conf = w.link, w.conf
            c = bisect.bisect_right(clutter_starts, w.start) - 1
            if c >= 0 and w.start < clutter[c][1]:
                continue
            ci = bisect.bisect_right(claim_starts, w.start) - 1
            claim_index = claims[ci].index if ci >= 0 and w.start < claims[ci].end else None
            out.append(Mention(w.start, w.end, text[w.start:w.end], w.kind, w.actor_id, name, atype_,
                               claim_index, link, conf))
        return tuple(out)


def _recent(done: list[tuple[int, int | None, str, _W]], window: frozenset[int]) -> list[tuple[int, int | None, str, _W]]:
    """The linked mentions inside ``window`` (units are in text order, so walk back and stop early)."""
    if not window:
        return []
    low = min(window)
    out = []
    for k in range(len(done) - 1, -1, -1):
        u = done[k][1]
        if u is None:
            continue
        if u < low:
            break
        if u in window:
            out.append(done[k])
    out.reverse()
    return out


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"\u201c\u201d]")
_COORD = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or|as well as)\s*$", re.IGNORECASE)


def _clause_subject(done: list[tuple[int, int | None, str, _W]], w: _W, text: str, units: Units,
                    atype: Callable[[str], ActorType]) -> str | None:
    """With several candidates for it/its: the first state or organisation named in the pronoun's clause
    (no comma, semicolon or bracket between them, at most twelve words apart), unless it is one of a
    coordination ("China and Japan said it")."""
    unit = units.unit_of(w.start)
    first: tuple[int, _W, str] | None = None
    for k in range(len(done) - 1, -1, -1):
        _, u, actor_id, m = done[k]
        if u != unit or _CLAUSE_BREAK.search(text[m.end:w.start]) or len(text[m.end:w.start].split()) > 12:
            break
        if m.kind in _NAMEABLE and atype(actor_id) is not ActorType.PERSON:
            first = (k, m, actor_id)
    if first is None:
        return None
    k, m, actor_id = first
    if k > 0 and _COORD.match(text[done[k - 1][3].end:m.start]):
        return None
    if k + 1 < len(done) and done[k + 1][3].start < w.start and _COORD.match(text[m.end:done[k + 1][3].start]):
        return None
    return actor_id


def folded_word(text: str, w: _W) -> str:
    return text[w.start:w.end].lower()


def _check_date(date: str | None) -> str | None:
    if date is None:
        return None
    if not isinstance(date, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        raise ConfigError(f"'date' must be an ISO date string such as '2024-05-01' (or None); got {date!r}.")
    return date
