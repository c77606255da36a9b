"""Resolution in text order: surnames, titles and pronouns to actors (rules in :mod:`polisent.actors.coref`).

Besides the window rules, three guards keep pronouns from being guessed:

* a non-reflexive object pronoun ("reassured **him**") never refers to the subject of its own
  clause (the first mention in it), so "Stoltenberg reassured him" does not make Stoltenberg
  reassure himself;
* a capitalised word the registry does not know, standing between the antecedent and the
  pronoun ("courted Apple and its suppliers"), may be the real antecedent: "it/its" is then left
  unlinked, and so is he/she when that word begins a two-word name ("met John Smith. He ...");
* "the foreign minister" prefers a person the text itself called that (same title words), then
  the most recent holder of the office.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from polisent.actors.coref import Units
from polisent.actors.registry import Registry
from polisent.protocols import DocumentStructure
from polisent.records import ActorType, MentionKind

__all__ = ["Work", "resolve"]

NAMEABLE = (MentionKind.NAME, MentionKind.ALIAS, MentionKind.METONYM, MentionKind.ENTITY)
TITLE_LOOKBACK = 50  #: a title looks back over the last 50 mentions of registry persons
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"\u201c\u201d]")
_FOR_ITS_PART = re.compile(r"^,\s*for\s*$", re.IGNORECASE)  #: "The United States, for its part, ..."
_COORD = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or|as well as)\s*$", re.IGNORECASE)
_SPEAKER_LABEL = re.compile(r"[ \t]*[A-Z][\w .'\-]{0,40}:")
_OBJECT_NEXT = frozenset("to that as in on at for with about from by and or but again too".split())
_NOT_NAMES = frozenset(
    "i january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)

Entry = tuple[int, "int | None", str, "Work"]  #: (start, unit, actor id, mention) of a linked mention


@dataclass(slots=True)
class Work:
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
    title_key: str | None = None  #: the title words as written ("secretary of state")
    of: str | None = None  #: state/organisation named in a title or chain
    gender: str | None = None  #: from a pronoun or an honorific
    modifier: Work | None = None  #: adjective absorbed by a title when it resolves
    dropped: bool = False
    titled: bool = False


#: words that title a person, not name him ("Ambassador", "President"): no part of a full name before a surname
_TITLE_WORDS = frozenset("""mr mrs ms dr prof professor sir dame ambassador president minister secretary senator general
    prime foreign deputy vice chancellor king queen prince premier envoy spokesman spokeswoman spokesperson governor mayor
    chairman chair director former acting the mister elect""".split())


def _other_full_name(text: str, w: Work, reg: Registry, actor_id: str) -> bool:
    """Whether the text names in full (a given name before the surname that is no title, no common word and none of the
    registry person's own names or initials) someone other than the registry person ``actor_id`` whom the surname
    mention ``w`` would link to (rule L1 of pass 116).

    >>> from polisent.actors.registry import default_registry
    >>> reg = default_registry()
    >>> t = "said Vietnam's ambassador Nguyen Quoc Cuong. Ambassador Cuong added that ..."
    >>> w = Work(t.index("Ambassador Cuong"), len(t) - 15, MentionKind.SURNAME, 0, 1)
    >>> _other_full_name(t, w, reg, "luong_cuong"), _other_full_name(t.replace("Nguyen Quoc", "President Luong"), w, reg, "luong_cuong")
    (True, False)
    """
    from polisent.segment._person_names import common_words, is_person_name

    sur = text[w.start:w.end].split()[-1]
    actor = reg.actors.get(actor_id)
    if actor is None or not sur[:1].isupper():
        return False
    forms = [n.split() for n in (actor.name, *actor.variants)]
    initials = {f[0][0].lower() for f in forms if len(f) >= 2}  # the registry person's given names' initials
    own = {x.lower() for f in forms for x in f}  # ... and every word of the names ("Dramani", "Inácio")
    for m in re.finditer(rf"(?<![\w.'\u2019-])((?:[A-Z][a-z][\w'\u2019-]*[ \t]+){{1,2}}){re.escape(sur)}\b", text):
        if m.start() == w.start:
            continue
        run = m.group(1).split()
        given = run[-1]  # the word right before the surname
        low = given.lower()
        if any(x in _TITLE_WORDS for x in low.split("-")) or low[0] in initials or low in common_words() or low in own \
                or (len(run) > 1 and (run[0].lower() in own or run[0][0].lower() in initials)):
            continue  # a title ("President-elect Trump"), the person's own given name or its initial ("Maia Sandu"), or
            # a sentence's word ("What Trump", "Has Trump")
        if is_person_name(f"{given} {sur}"):
            return True
    return False


def resolve(work: list[Work], *, registry: Registry, text: str, structure: DocumentStructure, date: str | None,
            local: dict[str, tuple[str, ActorType, str | None]], spans: list[tuple[int, int]], words: list[str],
            covered: list[bool], units: Units | None = None) -> None:
    """Link surnames, titles and pronouns in ``work`` (sorted by start) in place."""
    reg = registry
    units = Units.build(text, structure) if units is None else units
    introduced: dict[str, int] = {}  # person id -> position of the last full-name mention
    done: list[Entry] = []
    persons: list[Entry] = []  # registry persons only
    learned: dict[str, str] = {}  # genders of local persons learned from pronouns linked to them
    for w in work:  # pronouns and titles are words, not names
        for t in range(w.tok_start, w.tok_end):
            covered[t] = True

    def atype(actor_id: str) -> ActorType:
        return local[actor_id][1] if actor_id in local else reg.actors[actor_id].type

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
            elif len(w.cands) == 1 and (w.titled or w.alone) and _other_full_name(text, w, reg, w.cands[0]):
                pass  # "Ambassador Cuong" where the text names "Nguyen Quoc Cuong" in full: not the registry's Luong Cuong
            elif w.titled and len(w.cands) == 1:
                w.actor_id, w.conf = w.cands[0], 0.9
            elif len(w.cands) == 1 and w.alone:
                w.actor_id, w.conf = w.cands[0], 0.85
        elif w.kind is MentionKind.TITLE:
            _resolve_title(reg, w, persons[-TITLE_LOOKBACK:], date)
        elif w.kind is MentionKind.PRONOUN:
            recent = _recent(done, units.window(w.start))
            if w.gender == "neuter":
                seen = {a for _, _, a, m in recent if m.kind in NAMEABLE + (MentionKind.PRONOUN,)
                        and atype(a) is not ActorType.PERSON}
                if len(seen) == 1:
                    w.actor_id, w.link = seen.pop(), "pronoun"
                    w.conf = 0.6 if text[w.start:w.end].lower() == "it" else 0.7
                elif seen:
                    near = _clause_subject(done, w, text, units, atype)
                    if near is not None:
                        w.actor_id, w.link, w.conf = near, "pronoun", 0.55
                if w.actor_id is not None:
                    last = max((m for _, _, a, m in recent if a == w.actor_id), key=lambda m: m.start, default=None)
                    if last is not None and _unknown_name_between(text, spans, words, covered, last.tok_end,
                                                                  w.tok_start, two_words=False):
                        w.actor_id = None
            else:
                subject = _object_excludes(w, text, recent, units)
                cands = [(s, a) for s, _, a, m in recent if atype(a) is ActorType.PERSON
                         and gender_of(a) in (None, w.gender) and m is not subject]
                if not cands:  # a paragraph's first sentence: the one registry person the paragraph before ended on
                    before = _recent(done, units.carried(w.start))
                    back = {a for _, _, a, _m in before if a not in local and atype(a) is ActorType.PERSON and gender_of(a) == w.gender}
                    if len(back) == 1 and not any(a in local and atype(a) is ActorType.PERSON for _, _, a, _m in before):
                        w.actor_id, w.link, w.conf = back.pop(), "pronoun", 0.6
                if cands:
                    here = units.unit_of(w.start)
                    best_start, best = max(cands)
                    if not any(uu == here and (s0, a) in cands for s0, uu, a, _m in recent):
                        # none in the pronoun's own sentence: the first the sentence before named (its subject, as
                        # a rule: "He seems to get on with his deputy, who called him the American Hitler. He ...")
                        best_start, best = min(cands)
                    last = next(m for s, _, a, m in reversed(recent) if a == best and s == best_start)
                    if not _unknown_name_between(text, spans, words, covered, last.tok_end, w.tok_start, two_words=True):
                        distinct = {a for _, a in cands}
                        w.actor_id, w.link = best, "pronoun"
                        w.conf = 0.5 if gender_of(best) is None else (0.9 if len(distinct) == 1 else 0.6)
                        if best in local and gender_of(best) is None:
                            learned[best] = w.gender  # type: ignore[assignment]
        if w.actor_id is None:
            continue
        if w.kind in (MentionKind.NAME, MentionKind.ENTITY) and atype(w.actor_id) is ActorType.PERSON:
            introduced[w.actor_id] = w.start
        entry = (w.start, units.unit_of(w.start), w.actor_id, w)
        done.append(entry)
        if atype(w.actor_id) is ActorType.PERSON and w.actor_id not in local:
            persons.append(entry)


def _resolve_title(reg: Registry, w: Work, persons: list[Entry], date: str | None) -> None:
    def holds(actor_id: str) -> bool:
        return any(o.role == w.role and (w.of is None or o.of == w.of) for o in reg.actors[actor_id].offices)

    # first a person the text itself gave these title words ("Prime Minister Keir Starmer"), then any holder
    for _, _, actor_id, m in reversed(persons):
        if m.title_key == w.title_key and (w.of is None or m.of in (None, w.of)) and holds(actor_id):
            w.actor_id, w.link, w.conf = actor_id, "title", 0.85
            break
    else:
        for _, _, actor_id, _m in reversed(persons):
            if holds(actor_id):
                w.actor_id, w.link, w.conf = actor_id, "title", 0.8
                break
    if w.actor_id is None and date is not None and w.of is not None and w.role is not None:
        holders = reg.persons_with_role(w.role, w.of, date)
        if len(holders) == 1:
            w.actor_id, w.link, w.conf = holders[0].id, "title", 0.75
    if w.actor_id is not None and w.modifier is not None:
        w.modifier.dropped = True


def _recent(done: list[Entry], window: frozenset[int]) -> list[Entry]:
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


def _clause_start(text: str, pos: int, unit_start: int) -> int:
    m = None
    for m in _CLAUSE_BREAK.finditer(text, unit_start, pos):
        pass
    return m.end() if m is not None else unit_start


def _object_excludes(w: Work, text: str, recent: list[Entry], units: Units) -> Work | None:
    """For "him" (or "her" as an object), the subject of the pronoun's clause, which it cannot refer to."""
    word = text[w.start:w.end].lower()
    if word == "her":
        after = text[w.end:w.end + 20]
        nxt = re.match(r"\s*([A-Za-z]+)", after)
        if not (re.match(r"\s*[.,;:!?)]", after) or after.strip() == "" or (nxt and nxt.group(1).lower() in _OBJECT_NEXT)):
            return None
    elif word != "him":
        return None
    u = units.unit_of(w.start)
    if u is None:
        return None
    start = _clause_start(text, w.start, units.unit_starts[u])
    for s, uu, _, m in recent:
        if uu == u and start <= s < w.start:
            return m
    return None


def _unknown_name_between(text: str, spans: list[tuple[int, int]], words: list[str], covered: list[bool],
                          lo: int, hi: int, *, two_words: bool) -> bool:
    """Whether tokens ``lo..hi`` hold a capitalised word no mention covers, not at a sentence start.

    Capitalised words right after the antecedent belong to its name ("the US Navy ... itself").
    """
    while lo < min(hi, len(spans)) and lo > 0 and text[spans[lo - 1][1]:spans[lo][0]] == " " \
            and text[spans[lo][0]].isupper() and not covered[lo]:
        lo += 1
    for t in range(lo, min(hi, len(spans))):
        s = spans[t][0]
        if covered[t] or not text[s].isupper() or words[t] in _NOT_NAMES:
            continue
        before = text[spans[t - 1][1]:s] if t > 0 else "."
        if re.search(r"[.!?:\"\u201c\n]\s*$", before) or t == 0:
            continue  # sentence or quote start
        line_start = text.rfind("\n", 0, s) + 1
        label = _SPEAKER_LABEL.match(text, line_start)
        if label is not None and s < label.end():
            continue  # a speaker label ("PRIYA RAMAN:")
        if not two_words:
            return True
        if t + 1 < hi and not covered[t + 1] and text[spans[t + 1][0]].isupper() and text[spans[t][1]:spans[t + 1][0]] == " ":
            return True
    return False


def _clause_subject(done: list[Entry], w: Work, text: str, units: Units,
                    atype: Callable[[str], ActorType]) -> str | None:
    """With several candidates for it/its: the first state or organisation named in the pronoun's clause
    (no comma, semicolon or bracket between them, at most twelve words apart), unless it is one of a
    coordination ("China and Japan said it")."""
    unit = units.unit_of(w.start)
    first: tuple[int, Work, str] | None = None
    for k in range(len(done) - 1, -1, -1):
        _, u, actor_id, m = done[k]
        between = text[m.end:w.start]
        if u != unit or (_CLAUSE_BREAK.search(between) and not _FOR_ITS_PART.match(between)) or len(between.split()) > 12:
            break
        if m.kind in NAMEABLE and atype(actor_id) is not ActorType.PERSON:
            first = (k, m, actor_id)
    if first is None:
        return None
    k, m, actor_id = first
    if k > 0 and _COORD.match(text[done[k - 1][3].end:m.start]):
        return None
    if k + 1 < len(done) and done[k + 1][3].start < w.start and _COORD.match(text[m.end:done[k + 1][3].start]):
        return None
    return actor_id

