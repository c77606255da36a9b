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
from pathlib import Path
from typing import Any

from polisent.actors.context import (compass_halves, drop_datelines, drop_ethnic_compounds, drop_languages, drop_other_bodies,
                                     drop_places, drop_us_georgia, governments, groups)
from polisent.actors._linker_names import (_ABBREV, _TITLE_FIRST, _given_name_before, _merge_known_people, _name_words,
                                           _surname_after)
from polisent.actors._linker_names import _AFTER_SURNAME, _NOT_GIVEN, _STYLES, _TITLE_WORDS, _given_names  # noqa: F401
from polisent.actors.incidental import MentionModel, apply_mention_model, load_mention_model
from polisent.actors.parties import drop_foreign_party_acronyms, drop_generic_foreign, drop_other_party_families
from polisent.actors.coref import HONORIFICS, PRONOUNS, TITLES, Units, it_is_referential
from polisent.actors.matcher import SurfaceIndex, fold, tokens
from polisent.actors.ner import make_ner
from polisent.actors.pronouns import PronounModel, link_pronouns, load_pronoun_model
from polisent.actors.resolve import Work as _W
from polisent.actors.resolve import resolve
from polisent.actors.registry import Registry, default_registry, load_registry
from polisent.actors.speakers import speaker_bodies, speakers_we
from polisent.errors import ConfigError, check_text
from polisent.protocols import DocumentStructure
from polisent.records import ActorType, Mention, MentionKind, SegmentKind
from polisent.segment._units import is_lower_case

__all__ = ["RegistryLinker"]

logger = logging.getLogger(__name__)

_MAX_TITLE = 4
_EMPTY = DocumentStructure((), ())
_NO_LINKS = PronounModel({}, 0.0, {})  #: records candidates, links nothing


def _cues_blanked(text: str, structure: DocumentStructure) -> str:
    """``text`` with the subtitle cue timings, voice tags and speaker labels inside claims blanked (same length), as
    the models read those claims: the name in "<v Tom Weiss>" or "Tom Weiss:" inside a sentence cut across cues
    is its speaker's label, not an actor the sentence speaks of; a news site's name card glued inside a sentence
    ("President TrumpDonald TrumpKushner lands book deal ... MORE has ...") names no actor of the claim either.

    >>> from polisent.segment import RuleSegmenter
    >>> t = "1\\n00:00:01.000 --> 00:00:04.000\\nAnna Berg: Will it hold?\\n\\n2\\n00:00:04.000 --> 00:00:08.000\\n" \\
    ...     "Tom Weiss: I fear the mediators are\\n\\n3\\n00:00:08.000 --> 00:00:11.000\\nTom Weiss: tired of both sides."
    >>> "Tom Weiss" in _cues_blanked(t, RuleSegmenter().segment(t))[t.index("are"):]
    False
    """
    from polisent.segment._markup import scoring_text

    parts, pos = [], 0
    for c in sorted(structure.claims, key=lambda c: c.start):
        if c.start >= pos and ("-->" in c.text or "<v" in c.text or " MORE " in c.text):  # (a site's name card: pass 120)
            parts += [text[pos:c.start], scoring_text(c.text)]
            pos = c.end
    return "".join(parts) + text[pos:] if parts else text


class RegistryLinker:
    """Finds actor mentions and links them to canonical actors (the :class:`~polisent.protocols.Linker` stage).

    Args:
        registry: a :class:`Registry`, a path/list/dict for :func:`load_registry` (merged on the built-in
            one), or None for the built-in registry.
        ner: ``"rules"`` (default: people named with a title, a role, speech or an apposition,
            :mod:`polisent.actors.people`), None or ``False`` for none, ``"spacy"``, a Hugging Face
            token-classification model id or local path, or a callable (see
            :mod:`polisent.actors.ner`). Entities the registry lacks become document-local actors
            ``local:<slug>`` named by their longest form.
        report_unresolved: also report pronouns and titles that could not be linked, with
            ``actor_id=None`` and ``link="unresolved"`` (default: leave them out).
        date: default document date (ISO) for resolving "the Russian president" when no holder
            is named in the text; ``link(..., date=...)`` overrides it per document.
        pronoun_model: the learned pass for what the rules leave unlinked (pronouns, they/we, titles without a
            holder, definite descriptions such as "the junta"; :mod:`polisent.actors.pronouns`): ``True``
            (default) for the shipped weights, ``False`` or None for the rules alone, a
            :class:`~polisent.actors.pronouns.PronounModel` or a JSON path.
        mention_model: the learned pass for incidental mentions (a place, a name inside another name,
            a nationality: :mod:`polisent.actors.incidental`), whose mentions stay in the output with
            ``link="incidental"`` and make no (claim, actor) pair: ``True`` for the shipped weights,
            ``False`` (default: on fresh dev sets it traded recall for precision at no gain in F1) or
            None for none, a :class:`~polisent.actors.incidental.MentionModel` or a JSON path.
    """

    version = "registry-v1"

    def __init__(
        self,
        registry: Registry | str | Path | Mapping[str, Any] | Sequence[Mapping[str, Any]] | None = None,
        ner: str | Callable[[str], Iterable[Any]] | bool | None = "rules",
        *,
        report_unresolved: bool = False,
        date: str | None = None,
        pronoun_model: PronounModel | str | Path | bool | None = True,
        mention_model: MentionModel | str | Path | bool | None = False,
    ) -> None:
        if registry is None:
            registry = default_registry()
        elif not isinstance(registry, Registry):
            registry = load_registry(registry)
        self.registry = registry
        self._ner, ner_name = make_ner(ner)
        self.pronoun_model = load_pronoun_model(pronoun_model)
        self.mention_model = load_mention_model(mention_model)
        self.name = (self.version + (f"+{ner_name}" if ner_name else "")
                     + (f"+{self.pronoun_model.version}" if self.pronoun_model is not None else "")
                     + (f"+{self.mention_model.version}" if self.mention_model is not None else ""))
        #: called with (pronoun, word, candidates) for every pronoun the learned pass looks at (fitting)
        self.pronoun_record: Callable[..., None] | None = None
        self.report_unresolved = bool(report_unresolved)
        self.date = _check_date(date)
        self._by_first_last: dict[tuple[str, str], str] | None = None

    def __repr__(self) -> str:
        return f"RegistryLinker(name={self.name!r}, registry={self.registry!r})"

    def link(self, text: str, structure: DocumentStructure | None = None, *, date: str | None = None) -> tuple[Mention, ...]:
        """Mentions in ``text`` sorted by start; nothing inside clutter segments."""
        text = check_text(text, "text")
        structure = _EMPTY if structure is None else structure
        date = _check_date(date) or self.date
        if not text.strip():
            return ()
        text = _cues_blanked(text, structure)
        reg = self.registry
        index = SurfaceIndex.of(reg)
        folded = fold(text)
        spans, words = tokens(folded)
        covered = [False] * len(spans)
        work: list[_W] = []
        found = list(index.find(text, folded, spans, words, lower_case=is_lower_case(text)))
        # (a registry name, not a surname, right after a surname: "President Biden White House")
        starts = {c.tok_start for c in found if not any(x.kind is MentionKind.SURNAME for x in c.surfaces)}
        for c in found:
            ids = tuple(s.actor_id for s in c.surfaces if s.actor_id is not None)
            kind = c.kind if ids else None
            if kind is MentionKind.SURNAME and (_given_name_before(text, spans, words, covered, c.tok_start)
                                                or (c.tok_end not in starts and _surname_after(text, spans, words, c.tok_start, c.tok_end, _name_words(reg, ids)))):
                continue  # "Omar Haddad" is not Fernando Haddad, "Ambassador Joseph Sullivan" not Claude Joseph
            for t in range(c.tok_start, c.tok_end):
                covered[t] = True
            if not ids:
                continue  # a false friend
            if kind is MentionKind.SURNAME or (len(ids) > 1 and all(reg.actors[a].type is ActorType.PERSON for a in ids)):
                alone = len(ids) == 1 and all(s.person_alone for s in c.surfaces)
                work.append(_W(c.start, c.end, MentionKind.SURNAME, c.tok_start, c.tok_end, cands=ids, alone=alone))
            elif len(ids) == 1:
                work.append(_W(c.start, c.end, kind, c.tok_start, c.tok_end, actor_id=ids[0]))
            else:
                logger.debug("ambiguous form %r -> %s; not linked", text[c.start:c.end], ids)
        drop_us_georgia(work, text)
        drop_datelines(work, text)
        drop_places(work, text, reg)
        drop_other_bodies(work, text, reg)
        drop_foreign_party_acronyms(work, text, reg)
        drop_other_party_families(work, text, reg)
        drop_ethnic_compounds(work, text, reg)
        drop_languages(work, text)
        work[:] = [w for w in work if not w.dropped]
        self._chains(work, text, folded, spans, covered)
        work.extend(self._titles(work, text, folded, spans, covered, words))
        local: dict[str, tuple[str, ActorType, str | None]] = {}
        if self._ner is not None:
            work.extend(self._entities(text, folded, spans, covered, work, local))
        work.extend(self._pronouns(text, folded, spans, covered, words))
        work.sort(key=lambda w: w.start)
        units = Units.build(text, structure)
        resolve(work, registry=reg, text=text, structure=structure, date=date, local=local,
                spans=spans, words=words, covered=covered, units=units)
        if local:
            _merge_known_people(text, work, local, reg)
        drop_generic_foreign(work, text, reg)
        work[:] = [w for w in work if not w.dropped]
        governments(work, text, reg)
        work.extend(groups(work, text, reg, {k: v[1] for k, v in local.items()}, spans, covered))
        work.extend(compass_halves(work, text, reg, spans, covered))
        bodies = speaker_bodies(text, structure, reg, date, work)  # each speaker's state or organisation, for "we"
        work.extend(speakers_we(text, structure, reg, spans, words, covered, date, work, bodies))
        if self.pronoun_model is not None or self.pronoun_record is not None:
            work.extend(link_pronouns(work, text, structure, units, words, spans, covered, reg, date, local,
                                      self.pronoun_model or _NO_LINKS, self.pronoun_record, bodies))
        work.sort(key=lambda w: w.start)
        out = self._emit(work, text, structure, local)
        if self.mention_model is not None:
            out = apply_mention_model(text, structure, out, self.mention_model)
        return out

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
            w.role, w.of, w.titled, w.title_key = role, of, True, key
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
            # "the president of Ukraine", "the president of the United States"
            the_after = k + 2 < n and words[k + 1] == "the" and text[spans[k + 1][1]:spans[k + 2][0]] == " "
            after = by_start.get(k + 2 if the_after else k + 1)
            if (of is None and k + 1 < n and folded[spans[k][0]:spans[k][1]] == "of" and after is not None
                    and after.actor_id is not None and text[spans[k - 1][1]:spans[k][0]] == " "):
                of, end_tok = after.actor_id, after.tok_end
            if not (has_the or possessive):
                continue
            if end_tok == k and k < n and text[spans[k - 1][1]:spans[k][0]] == " " and text[spans[k][0]].isupper():
                continue  # "the president Smith": a name the registry lacks follows
            w = _W(spans[first][0], spans[end_tok - 1][1], MentionKind.TITLE, first, end_tok, role=TITLES[key], of=of,
                   title_key=key)
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
        surnames = {(w.start, w.end): w for w in work if w.kind is MentionKind.SURNAME and w.actor_id is None}
        for start, end, label, score in sorted(self._ner(text)):
            i = bisect.bisect_left(starts, end)
            hit = [(s, e) for s, e in taken[max(0, i - 3):i] if s < end and start < e]
            if hit and label == "person" and all(h in surnames for h in hit) and any(
                    text[w.start:w.end].split()[-1] == text[start:end] for w in out if " " in text[w.start:w.end]):
                for h in hit:  # "Haddad" after "Omar Haddad": the local person, not the registry's Fernando Haddad
                    surnames[h].dropped = True
            elif hit:
                continue  # the registry already found something here
            words = re.findall(r"[^\W_]+", folded[start:end])
            if not words:
                continue
            atype = ActorType.PERSON if label == "person" else ActorType.ORGANISATION
            key = (label, words[-1] if atype is ActorType.PERSON else " ".join(words))
            lid = groups.get(key)
            if lid is None:
                # a registry person written with a middle name the registry lacks ("Yoweri Kaguta Museveni")
                known = self._first_last().get((words[0], words[-1])) if atype is ActorType.PERSON and len(words) > 2 else None
                lid = groups[key] = known or "local:" + "_".join(words)
            if len(text[start:end]) > len(longest.get(lid, "")):
                longest[lid] = text[start:end]
            t0 = bisect.bisect_left(spans, (start, -1))
            t1 = bisect.bisect_left(spans, (end, -1))
            for t in range(t0, min(t1, len(covered))):
                covered[t] = True
            out.append(_W(start, end, MentionKind.ENTITY, t0, t1, actor_id=lid, link="ner", conf=round(min(max(score, 0.0), 1.0) * 0.9, 3)))
        for lid, name in longest.items():
            if not lid.startswith("local:"):
                continue  # a registry person
            atype = ActorType.PERSON if any(g[0] == "person" and v == lid for g, v in groups.items()) else ActorType.ORGANISATION
            w0 = next(w for w in out if w.actor_id == lid)
            prev = text[max(0, w0.start - 6):w0.start].strip().rstrip(".").lower().split()
            gender = HONORIFICS.get(prev[-1]) if prev and atype is ActorType.PERSON else None
            local[lid] = (name, atype, gender)
        return out

    def _first_last(self) -> dict[tuple[str, str], str]:
        """Registry persons by the folded first and last words of their names (those two words naming one person)."""
        if self._by_first_last is None:
            seen: dict[tuple[str, str], set[str]] = {}
            for a in self.registry.actors.values():
                if a.type is ActorType.PERSON:
                    for n in (a.name, *a.variants):
                        w = re.findall(r"[^\W_]+", fold(n))
                        if len(w) >= 2:
                            seen.setdefault((w[0], w[-1]), set()).add(a.id)
            self._by_first_last = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}
        return self._by_first_last

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


def _check_date(date: str | None) -> str | None:
    if date is None:
        return None
    if not isinstance(date, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        raise ConfigError(f"'date' must be an ISO date string such as '2024-05-01' (or None); got {date!r}.")
    return date
