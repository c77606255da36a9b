"""Coreference within one document: sentence windows, titles and pronouns.

Rules (each link records how it was made and a confidence):

* **surname** ("Zelensky"): the person introduced earlier by full name with that surname
  (``link="surname"``, 0.95); otherwise a registry person whose surname is unique and marked
  ``surname_alone`` (``link="registry"``, 0.85); otherwise left unlinked.
* **title** ("the president", "the Russian president", "Germany's chancellor"): the most recent
  person mentioned earlier in the document who held that office (of that state, when named);
  else, when the linker was given a ``date`` and the state is named, the registry's office holder
  on that date. ``link="title"``.
* **he/him/his/himself, she/her/hers/herself**: the nearest person of compatible gender mentioned
  before the pronoun in the same sentence; else the first one the previous sentence of the same
  paragraph names, its subject as a rule (for an answer's first sentence: the question's last
  sentence) (``link="pronoun"``; 0.9 when only one compatible person is in that window, 0.6
  otherwise). On the gold pronoun mentions of the non-test commentary texts, taking the previous
  sentence's first person rather than its last gave 31 right links more and 52 wrong ones fewer.
  Persons of unknown gender (NER) are compatible with both at 0.5. A pronoun in the first
  sentence of a paragraph of running text with no one in that window takes the one registry person of
  its gender that the paragraph before ended on, when no other person is there (0.6).
* **it/its/itself**: a state, organisation, bloc or party, only when exactly one such actor is
  named (not by an adjective) in that window, and for "it" only in a subject position that is not
  an expletive ("it is", "it seems"). ``link="pronoun"``, 0.6-0.7.

A pronoun or title that cannot be resolved is not reported (or, with
``report_unresolved=True``, reported with ``actor_id=None`` and ``link="unresolved"``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from polisent.protocols import DocumentStructure
from polisent.records import SegmentKind

__all__ = ["HONORIFICS", "PRONOUNS", "TITLES", "Units"]

#: Folded title phrases -> office role (see :data:`polisent.actors.registry.ROLES`).
TITLES: dict[str, str] = {
    "president": "president", "president elect": "president", "vice president": "vice_president",
    "prime minister": "prime_minister", "premier": "prime_minister", "chancellor": "chancellor",
    "foreign minister": "foreign_minister", "foreign secretary": "foreign_minister",
    "secretary of state": "foreign_minister", "minister of foreign affairs": "foreign_minister",
    "foreign affairs minister": "foreign_minister", "top diplomat": "foreign_minister",
    "external affairs minister": "foreign_minister",
    "defence minister": "defence_minister", "defense minister": "defence_minister",
    "defence secretary": "defence_minister", "defense secretary": "defence_minister",
    "secretary of defense": "defence_minister", "secretary of defence": "defence_minister",
    "minister of defence": "defence_minister", "minister of defense": "defence_minister",
    "war secretary": "defence_minister", "secretary of war": "defence_minister",
    "secretary general": "secretary_general", "general secretary": "general_secretary",
    "supreme leader": "supreme_leader", "crown prince": "crown_prince", "king": "king", "queen": "queen",
    "emir": "emir", "high representative": "high_representative", "foreign policy chief": "high_representative",
    "national security adviser": "national_security_adviser", "national security advisor": "national_security_adviser",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "leader": "leader", "commander in chief": "commander_in_chief",
}
#: Words that may precede a name in a chain without naming an office (gender when they imply one).
HONORIFICS: dict[str, str | None] = {
    "mr": "male", "mrs": "female", "ms": "female", "miss": "female", "dr": None, "sir": "male", "dame": "female",
    "lord": "male", "lady": "female", "sheikh": "male", "prince": "male", "princess": "female", "ayatollah": "male",
    "general": None, "gen": None, "senator": None, "sen": None, "rep": None, "governor": None, "minister": None,
    "ambassador": None, "envoy": None, "commander": None, "marshal": None, "admiral": None, "chairman": "male",
    "chairwoman": "female", "chair": None, "chief": None, "former": None, "opposition leader": None,
}
_MAX_TITLE_TOKENS = 4

PRONOUNS: dict[str, str] = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
    "it": "neuter", "its": "neuter", "itself": "neuter",
}
_IT_BEFORE = frozenset(
    "and but that because so as since while although though when if unless until whether said says say "
    "warned warns argued argues claimed claims insisted insists believes believed thinks thought hopes hoped "
    "knows knew announced announces declared declares stated states fears feared signalled signaled "
    "added adds promised promises than where how why once after before".split()
)
_IT_AFTER_EXPLETIVE = frozenset(
    "is was s seems seemed appears appeared remains remained matters mattered means meant depends depended "
    "happens happened takes took makes made helps helped turns turned looks looked feels felt goes went "
    "sounds sounded follows followed comes came isn wasn doesn didn".split()
)
_SENT_RE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_PARA_RE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class Units:
    """Sentence units and paragraphs of a document, for the coreference windows.

    Units come from the claims (clauses of one sentence share a unit); a document without
    claims is split into sentences by punctuation. Positions outside every claim have no unit.
    """

    para_starts: tuple[int, ...]
    unit_starts: tuple[int, ...]
    unit_ends: tuple[int, ...]
    unit_para: tuple[int, ...]
    unit_prev: tuple[int | None, ...]  #: previous unit in the same paragraph
    #: for the first sentence of a paragraph of running text (an answer or an op-ed's body), the last sentence of
    #: the paragraph before, when that is running text too: where "He has confounded ..." may look back to
    unit_carry: tuple[int | None, ...] = ()

    @classmethod
    def build(cls, text: str, structure: DocumentStructure) -> Units:
        para_starts = (0, *(m.end() for m in _PARA_RE.finditer(text)))
        spans: list[tuple[int, int]] = []
        kinds: list[SegmentKind | None] = []
        if structure.claims:
            key_of: dict[tuple[int, int], int] = {}
            for c in sorted(structure.claims, key=lambda c: c.start):
                key = (c.segment_index, c.sentence_index)
                u = key_of.get(key)
                if u is None or u != len(spans) - 1:
                    key_of[key] = len(spans)
                    spans.append((c.start, c.end))
                    seg = structure.segments[c.segment_index] if 0 <= c.segment_index < len(structure.segments) else None
                    kinds.append(seg.kind if seg is not None else None)
                else:
                    spans[u] = (spans[u][0], max(spans[u][1], c.end))
            # segments without claims (a question the segmenter did not split): one unit per sentence
            with_claims = {c.segment_index for c in structure.claims}
            extra = [(s0, e0, g.kind) for k, g in enumerate(structure.segments)
                     if k not in with_claims and g.kind is not SegmentKind.CLUTTER
                     for s0, e0 in _sentences(text, g.start, g.end)]
            if extra:
                merged = sorted([(s0, e0, kd) for (s0, e0), kd in zip(spans, kinds, strict=True)] + extra)
                spans = [(s0, e0) for s0, e0, _ in merged]
                kinds = [kd for _, _, kd in merged]
        else:
            spans = _sentences(text, 0, len(text), para_starts)
        para = tuple(bisect.bisect_right(para_starts, s) - 1 for s, _ in spans)
        prev = tuple(
            i - 1 if i > 0 and (para[i - 1] == para[i] or (
                # an answer's first sentence may refer back to the question ("Q: Is ASEAN relevant?" "A: Less than it should be.")
                kinds and kinds[i] is SegmentKind.ANSWER and kinds[i - 1] in (SegmentKind.QUESTION, SegmentKind.HEADING)
                and text[spans[i - 1][0]:spans[i - 1][1]].rstrip(" *_#\n").endswith("?")))
            else None
            for i in range(len(spans))
        )
        carry = tuple(
            i - 1 if i > 0 and prev[i] is None and para[i - 1] != para[i] and kinds
            and kinds[i] is SegmentKind.ANSWER and kinds[i - 1] is SegmentKind.ANSWER else None
            for i in range(len(spans))
        )
        return cls(para_starts, tuple(s for s, _ in spans), tuple(e for _, e in spans), para, prev, carry)

    def unit_of(self, pos: int) -> int | None:
        """Index of the unit containing ``pos``, or None."""
        i = bisect.bisect_right(self.unit_starts, pos) - 1
        if i >= 0 and pos < self.unit_ends[i]:
            return i
        return None

    def carried(self, pos: int) -> frozenset[int]:
        """The last sentence of the paragraph before, for a pronoun in a paragraph's first sentence (:attr:`unit_carry`)."""
        u = self.unit_of(pos)
        c = None if u is None or not self.unit_carry else self.unit_carry[u]
        return frozenset() if c is None else frozenset((c,))

    def window(self, pos: int) -> frozenset[int]:
        """The units a pronoun at ``pos`` may look back into: its own and the previous one in the paragraph."""
        u = self.unit_of(pos)
        if u is None:
            return frozenset()
        p = self.unit_prev[u]
        return frozenset((u,) if p is None else (u, p))


def _sentences(text: str, start: int, end: int, para_starts: tuple[int, ...] | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` by punctuation; a paragraph break also ends a sentence."""
    if para_starts is None:
        para_starts = (0, *(m.end() for m in _PARA_RE.finditer(text, start, end)))
    spans = []
    s0 = start
    for m in _SENT_RE.finditer(text, start, end):
        spans.append((s0, m.start() + 1))
        s0 = m.end()
    spans.append((s0, end))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        lo = bisect.bisect_right(para_starts, s)
        hi = bisect.bisect_left(para_starts, e)
        for p in para_starts[lo:hi]:
            out.append((s, p))
            s = p
        out.append((s, e))
    return [(s, e) for s, e in out if e > s]


def it_is_referential(folded: str, spans: list[tuple[int, int]], i: int, text: str) -> bool:
    """Whether "it" at token ``i`` is in a subject position that can refer back (not "it is", "of it")."""
    if re.match(r"\s*(?:[.,;:!?)]|$)", text[spans[i][1]:spans[i][1] + 3]):
        return False  # "everybody knows it." : an object
    if i + 1 < len(spans):
        ns, ne = spans[i + 1]
        if folded[ns:ne] in _IT_AFTER_EXPLETIVE:
            return False
        gap = text[spans[i][1]:ns]
        if "'" in gap or "\u2019" in gap:  # it's, it'll ...
            return False
    if i == 0:
        return True
    ps, pe = spans[i - 1]
    gap = text[pe:spans[i][0]]
    if any(ch in gap for ch in ".!?;:,\n\"\u201c"):
        return True
    return folded[ps:pe] in _IT_BEFORE
