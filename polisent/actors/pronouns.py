"""A learned pass for what the coreference rules leave unlinked: pronouns (he/she/it, they/them/their,
we/us/our), titles without a holder ("the president") and definite descriptions ("the junta").

The window rules of :mod:`polisent.actors.resolve` link a pronoun only when its antecedent is
clear; "they" and "their" they never link, and "we" only in the answers of a registry office
holder (:func:`polisent.actors.speakers.speakers_we`). On the commentary dev sets most pronoun
mentions careful readers linked to an actor were left unlinked. This pass scores each actor
linked in the four sentence units before such a mention (and, for "we", the speaker's state or
organisation) with a small logistic model over generic features: the mention's word and group,
the candidate's type and gender, how far back and how often it was named, its rank by recency
among candidates of its kind, whether it opened its sentence, whether it was named by an
adjective, whether an unlinked plural noun or capitalised word stands between. The best candidate
of a fitting kind (a person for he/she and titles, none for "it" and descriptions) is linked when its
probability reaches the group's threshold (``link="learned"``, confidence the
probability). A definite description becomes a mention of kind ``description``; "the government of
Mali" is none (a name follows).

The weights and thresholds are data (``polisent/data/pronoun_model.json``, written by
``scripts/fit_pronoun_model.py`` from the commentary corpus's train split and dev2-dev200;
thresholds chosen on the main dev split and dev201-dev230) and are applied as a dot product in pure
Python.

>>> from polisent.actors import RegistryLinker
>>> from polisent.protocols import DocumentStructure
>>> from polisent.records import Claim
>>> text = "The Taliban took Kabul in 2021. They have ruled since then."
>>> claims = (Claim(0, 0, 31, text[:31], 0, 0), Claim(1, 32, 59, text[32:], 0, 1))
>>> [(m.text, m.actor_id, m.link) for m in RegistryLinker().link(text, DocumentStructure((), claims)) if m.kind.value == "pronoun"]
[('They', 'taliban', 'learned')]
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polisent.actors._linear import load_linear, logistic
from polisent.errors import ConfigError
from polisent.records import ActorType, Claim, MentionKind

if TYPE_CHECKING:
    from polisent.actors.coref import Units
    from polisent.actors.registry import Registry
    from polisent.actors.resolve import Work
    from polisent.protocols import DocumentStructure

__all__ = ["GROUPS", "Candidate", "Linked", "PronounModel", "fits", "candidates", "link_pronouns", "load_pronoun_model"]

_DATA = Path(__file__).resolve().parents[1] / "data" / "pronoun_model.json"
#: pronoun word -> group
GROUPS: dict[str, str] = {
    **dict.fromkeys(("he", "him", "his", "himself"), "he"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "she"),
    **dict.fromkeys(("it", "its", "itself"), "it"),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), "they"),
    **dict.fromkeys(("we", "us", "our", "ours", "ourselves"), "we"),
}
#: head noun of a definite description ("the country", "this regime") -> group
DESCRIPTIONS: dict[str, str] = {
    **dict.fromkeys(("country", "nation", "kingdom", "republic", "island", "emirate"), "the_country"),
    **dict.fromkeys(("government", "regime", "administration", "authorities", "leadership", "cabinet"), "the_government"),
    **dict.fromkeys(("military", "army", "junta", "generals"), "the_military"),
    **dict.fromkeys(("alliance", "bloc", "union", "organisation", "organization", "group", "movement", "party",
                     "opposition", "militants", "rebels", "insurgents"), "the_body"),
}
GROUPS.update(DESCRIPTIONS)
GROUPS["title"] = "title"  #: an office the rules could not give a holder ("the president")
#: groups that stand for a person only, and groups that never do ("its" is no person's): the others may be either
PERSON_GROUPS = frozenset({"he", "she", "title"})
NON_PERSON_GROUPS = frozenset({"it", "the_country", "the_government", "the_military", "the_body"})


def fits(group: str, person: bool) -> bool:
    """Whether a candidate that is (or is not) a person may stand for a mention of ``group``."""
    return (group not in PERSON_GROUPS or person) and (group not in NON_PERSON_GROUPS or not person)


_NEW_WORDS = frozenset(w for w, g in GROUPS.items() if g in ("they", "we"))
_DETERMINERS = frozenset({"the", "this", "that"})
LOOKBACK_UNITS = 3  #: sentence units before the pronoun's own that candidates come from
#: lower-case words ending in "s" that are no plural noun
_NOT_PLURAL = frozenset(
    "is was has does this its his hers ours yours theirs as us yes less unless across thus perhaps always whereas news "
    "various previous serious famous obvious dangerous numerous enormous anonymous continuous nervous ambitious "
    "religious conscious generous tremendous analysis crisis basis thesis emphasis process success access progress "
    "address business congress illness awareness weakness sometimes besides towards afterwards nowadays series species "
    "gas bus plus chaos".split())
_PLURAL_WORDS = frozenset("people men women children police military public youth".split())
GAP_TOKENS = 40  #: tokens before the pronoun that the gap features look at
_NAMED = frozenset({MentionKind.NAME, MentionKind.ALIAS, MentionKind.METONYM, MentionKind.SURNAME, MentionKind.TITLE,
                    MentionKind.ENTITY})


@dataclass(frozen=True, slots=True)
class PronounModel:
    """Weights of the learned pronoun pass (``weights[name]``, ``bias``) and one threshold per group."""

    weights: Mapping[str, float]
    bias: float
    thresholds: Mapping[str, float]
    version: str = "pronoun-v1"

    def prob(self, feats: Mapping[str, float]) -> float:
        """Probability that the candidate with features ``feats`` is the pronoun's actor."""
        return logistic(self.weights, self.bias, feats)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PronounModel:
        try:
            return cls(dict(data["weights"]), float(data["bias"]), {k: float(v) for k, v in data["thresholds"].items()},
                       str(data.get("version", "pronoun-v1")))
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"not a pronoun model: {exc}") from exc


def load_pronoun_model(model: PronounModel | str | Path | bool | None = True) -> PronounModel | None:
    """The shipped model (``True``), none (``False``/``None``), a model, or one read from a JSON path."""
    return load_linear(model, PronounModel, _DATA, "pronoun model")


@dataclass(slots=True)
class Candidate:
    """One actor a pronoun may stand for, with its features (filled by :func:`candidates`)."""

    actor_id: str
    feats: dict[str, float]


def _kind_of(atype: ActorType, gender: str | None) -> str:
    if atype is ActorType.PERSON:
        return {"male": "pm", "female": "pf"}.get(gender or "", "pu")
    return {ActorType.STATE: "st", ActorType.ORGANISATION: "org", ActorType.BLOC: "bloc", ActorType.PARTY: "party"}.get(atype, "oth")


@dataclass(frozen=True, slots=True)
class Linked:
    """The linked mentions of a document in text order, with their starts and each unit's first one."""

    done: list[Work]
    starts: list[int]
    unit_starts: tuple[int, ...]
    first_of_unit: dict[int, Work]
    total: Counter[str]  #: mentions of each actor in the whole document
    positions: dict[str, list[int]]  #: starts of each actor's mentions

    @classmethod
    def of(cls, done: list[Work], unit_starts: tuple[int, ...]) -> Linked:
        first: dict[int, Work] = {}
        positions: dict[str, list[int]] = {}
        for w in done:
            first.setdefault(bisect.bisect_right(unit_starts, w.start) - 1, w)
            positions.setdefault(w.actor_id, []).append(w.start)  # type: ignore[arg-type]
        return cls(done, [w.start for w in done], unit_starts, first, Counter({a: len(v) for a, v in positions.items()}), positions)


class _Gap:
    """For the :data:`GAP_TOKENS` before a pronoun, the last token that is a plural-looking noun and the last
    that is a capitalised word no rule linked (not opening a sentence), -1 for none: an antecedent polisent
    does not know may stand between a candidate and the pronoun. Each token is classified once per document."""

    def __init__(self, text: str, spans: list[tuple[int, int]], words: list[str], covered: list[bool]) -> None:
        self.text, self.spans, self.words, self.covered = text, spans, words, covered
        self.flags: dict[int, int] = {}  # token -> 0 nothing, 1 plural, 2 capitalised

    def _flag(self, i: int) -> int:
        text, spans, w = self.text, self.spans, self.words[i]
        s = spans[i][0]
        c = text[s]
        opens = i == 0 or text[spans[i - 1][1]:s].strip(" \t\"'\u201c\u2018(") != ""  # after punctuation: a sentence may open
        if w in _PLURAL_WORDS or (len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _NOT_PLURAL
                                  and (c.islower() or (opens and not self.covered[i]))):
            return 1  # "Sanctions may not have stopped the war, but they ..."
        if c.isupper() and not self.covered[i] and not opens and w not in GROUPS and w != "i":
            return 2
        return 0

    def before(self, hi: int) -> tuple[int, int]:
        plural = cap = -1
        flags = self.flags
        for i in range(max(0, hi - GAP_TOKENS), hi):
            f = flags.get(i)
            if f is None:
                f = flags[i] = self._flag(i)
            if f == 1:
                plural = i
            elif f == 2:
                cap = i
        return plural, cap


def candidates(p: Work, word: str, linked: Linked, atype: Callable[[str], ActorType],
               gender_of: Callable[[str], str | None], body: str | None,
               gap: _Gap | None = None) -> list[Candidate]:
    """The actors linked in the pronoun's unit (before it) and the :data:`LOOKBACK_UNITS` before, and the
    speaker's ``body`` for "we", with their features."""
    g = GROUPS[word]
    done, unit_starts = linked.done, linked.unit_starts
    u_p = bisect.bisect_right(unit_starts, p.start) - 1
    low = unit_starts[max(0, u_p - LOOKBACK_UNITS)] if u_p >= 0 else 0
    k = bisect.bisect_left(linked.starts, p.start)
    seen: dict[str, list[Work]] = {}
    for w in reversed(done[:k]):
        if w.start < low:
            break
        seen.setdefault(w.actor_id, []).append(w)  # type: ignore[arg-type]
    if g == "we" and body is not None:
        seen.setdefault(body, [])
    out: list[Candidate] = []
    # recency rank among candidates of the same class (persons / the rest)
    order = sorted(seen, key=lambda a: -(seen[a][0].start if seen[a] else -1))
    rank: dict[str, int] = {}
    per_class: dict[bool, int] = {True: 0, False: 0}
    for a in order:
        cls = atype(a) is ActorType.PERSON
        rank[a] = per_class[cls]
        per_class[cls] += 1
    n_before = {a: bisect.bisect_left(linked.positions.get(a, ()), p.start) for a in seen}
    last_plural, last_cap = gap.before(p.tok_start) if gap is not None else (-1, -1)
    top: dict[bool, str | None] = {}
    for cls in (True, False):
        pool = [a for a in seen if (atype(a) is ActorType.PERSON) is cls]
        top[cls] = max(pool, key=lambda a: linked.total[a]) if pool else None
    for a, ms in seen.items():
        t = atype(a)
        kind = _kind_of(t, gender_of(a))
        person = t is ActorType.PERSON
        f: dict[str, float] = {f"{g}|{kind}": 1.0, f"w={word}|{kind}": 1.0,
                               f"{g}|tot": math.log1p(linked.total[a]) / 3}
        if a == top[person]:
            f[f"{g}|top"] = 1.0
        if ms:
            last = ms[0]
            u_c = bisect.bisect_right(unit_starts, last.start) - 1
            d = min(max(u_p - u_c, 0), 3)
            f[f"{g}|d{d}"] = 1.0
            f[f"{g}|r{min(rank[a], 2)}|{'p' if person else 'n'}"] = 1.0
            f[f"{g}|cnt"] = math.log1p(n_before[a]) / 3
            f[f"{g}|chars"] = min(p.start - last.end, 1500) / 1500
            if last.kind is MentionKind.ADJECTIVE:
                f[f"{g}|adj"] = 1.0
            elif last.kind is MentionKind.PRONOUN:
                f[f"{g}|pron"] = 1.0
            elif last.kind in _NAMED:
                f[f"{g}|named"] = 1.0
            # the first linked mention of its unit: the sentence's subject, as a rule
            if linked.first_of_unit.get(u_c) is last:
                f[f"{g}|subj"] = 1.0
            if u_c == u_p:
                f[f"{g}|same"] = 1.0
            if last_plural >= last.tok_end:
                f[f"{g}|plgap"] = 1.0
            if last_cap >= last.tok_end:
                f[f"{g}|capgap"] = 1.0
        else:
            f[f"{g}|unnamed"] = 1.0
        f[f"{g}|n{min(per_class[person], 3)}|{'p' if person else 'n'}"] = 1.0
        if a == body:
            f[f"{g}|body"] = 1.0
        out.append(Candidate(a, f))
    return out


def link_pronouns(work: list[Work], text: str, structure: DocumentStructure, units: Units, words: list[str],
                  spans: list[tuple[int, int]], covered: list[bool], registry: Registry, date: str | None,
                  local: Mapping[str, tuple[str, ActorType, str | None]], model: PronounModel,
                  record: Callable[[Work, str, list[Candidate]], None] | None = None,
                  bodies: Mapping[str, str | None] | None = None) -> list[Work]:
    """Link the pronouns and titles the rules left unlinked in ``work`` (in place) and return new mentions
    for they/we words and definite descriptions; ``record`` (for fitting) sees every one and its candidates;
    ``bodies`` are the claim speakers' states or organisations (by default :func:`~polisent.actors.speakers.speaker_bodies`)."""
    from polisent.actors.speakers import speaker_bodies
    from polisent.actors.resolve import Work as _W

    if not structure.claims:
        return []

    def atype(a: str) -> ActorType:
        return local[a][1] if a in local else registry.actors[a].type

    def gender_of(a: str) -> str | None:
        return local[a][2] if a in local else registry.actors[a].gender

    taken = {w.tok_start for w in work if not w.dropped}
    pending = [w for w in work if w.actor_id is None and not w.dropped and (
        w.kind is MentionKind.PRONOUN or (w.kind is MentionKind.TITLE and w.modifier is None and w.of is None))]
    claim_starts = [c.start for c in structure.claims]

    def claim_at(pos: int) -> Claim | None:
        ci = bisect.bisect_right(claim_starts, pos) - 1
        return structure.claims[ci] if ci >= 0 and pos < structure.claims[ci].end else None

    new: list[_W] = []
    for i in [i for i, w in enumerate(words) if w in _NEW_WORDS]:
        s, e = spans[i]
        if claim_at(s) is None or covered[i] or i in taken:
            continue  # outside the claims, or linked by a rule
        if not (words[i] == "us" and text[s:e].isupper()) and not (s > 0 and text[s - 1] in "'\u2019"):
            new.append(_W(s, e, MentionKind.PRONOUN, i, i + 1, link="learned"))
    n = len(words)
    for i in [i for i, w in enumerate(words[:-1]) if w in _DETERMINERS and words[i + 1] in DESCRIPTIONS]:
        s, e = spans[i][0], spans[i + 1][1]
        claim = claim_at(s)
        if claim is None or e > claim.end or covered[i] or covered[i + 1] or i in taken or i + 1 in taken:
            continue
        if i + 2 < n and (words[i + 2] == "of" or text[spans[i + 2][0]].isupper()) and text[e:spans[i + 2][0]].strip() == "":
            continue  # "the government of Mali", "the Union Jack": a name follows
        new.append(_W(s, e, MentionKind.DESCRIPTION, i, i + 2, link="learned"))
    pending = sorted(pending + new, key=lambda w: w.start)
    if not pending:
        return new
    linked = Linked.of(sorted((w for w in work if w.actor_id is not None and not w.dropped), key=lambda w: w.start),
                       units.unit_starts)
    if bodies is None:
        bodies = speaker_bodies(text, structure, registry, date, work)
    gap = _Gap(text, spans, words, covered)
    for p in pending:
        word = ("title" if p.kind is MentionKind.TITLE else words[p.tok_end - 1] if p.kind is MentionKind.DESCRIPTION
                else text[p.start:p.end].lower())
        if word not in GROUPS:
            continue
        claim = claim_at(p.start)
        body = None
        if GROUPS[word] == "we" and claim is not None and claim.speaker and not claim.is_question:
            body = bodies[claim.speaker]
        cands = candidates(p, word, linked, atype, gender_of, body, gap)
        if record is not None:
            record(p, word, cands)
        group = GROUPS[word]
        fitting = [c for c in cands if fits(group, atype(c.actor_id) is ActorType.PERSON)]
        if not fitting:
            continue
        scored = max(((model.prob(c.feats), c.actor_id) for c in fitting), key=lambda x: x[0])
        if scored[0] >= model.thresholds.get(group, 1.01):
            p.actor_id, p.link, p.conf = scored[1], "learned", round(scored[0], 4)
    return new
