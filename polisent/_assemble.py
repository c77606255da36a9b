"""Assembling results: a document after segmentation and linking (:class:`Prepared`) plus its
scores becomes a :class:`~polisent.records.DocumentAnalysis` with per-actor summaries.

Split out of :mod:`polisent.analyzer`, which runs the stages; this module only builds records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from polisent.protocols import DocumentStructure, ScoreArrays, ScoringTask
from polisent.records import (
    ActorSummary,
    Assessment,
    Claim,
    CueKind,
    DocumentAnalysis,
    Mention,
    Provenance,
    SentimentScore,
    SpeakerRole,
    StanceScore,
)

if TYPE_CHECKING:
    from polisent.analyzer import Document

__all__ = ["Prepared", "build_analysis", "error_analysis", "in_reported", "one_line", "summarise"]


@dataclass(slots=True)
class Prepared:
    """A document after segmentation and linking, waiting for scores."""

    doc: Document
    structure: DocumentStructure | None = None
    mentions: tuple[Mention, ...] = ()
    #: (claim index, actor ids, mention indices per actor, task) for every claim with linked actors
    tasks: list[tuple[int, tuple[str, ...], tuple[tuple[int, ...], ...], ScoringTask]] = field(default_factory=list)
    error: str | None = None


def one_line(exc: BaseException) -> str:
    """``TypeName: first line of the message``, for error records and logs."""
    msg = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {msg[0] if msg else ''}".strip()


def in_reported(claim: Claim, mentions: Sequence[Mention]) -> bool:
    """Whether every mention lies inside one of the claim's reported-view cue spans."""
    spans = [(q.start, q.end) for q in claim.cues if q.kind is CueKind.REPORTED]
    return bool(spans) and all(any(a <= m.start and m.end <= b for a, b in spans) for m in mentions)


def error_analysis(p: Prepared, provenance: Provenance) -> DocumentAnalysis:
    """The record of a document that failed: its id, meta and error, no segments or scores."""
    meta = p.doc.meta if isinstance(p.doc.meta, Mapping) else {}
    return DocumentAnalysis(
        text=p.doc.text if isinstance(p.doc.text, str) else "", segments=(), claims=(), mentions=(), assessments=(), actors=(),
        speakers=(), provenance=provenance, id=p.doc.id, meta=tuple(meta.items()), error=p.error,
    )


def build_analysis(p: Prepared, scores: ScoreArrays, row: int, provenance: Provenance) -> DocumentAnalysis:
    """The analysis of one prepared document; its scores start at ``row`` of ``scores``."""
    assert p.structure is not None  # internal invariant: set by _prepare
    structure, mentions = p.structure, p.mentions
    assessments: list[Assessment] = []
    for ci, actors, groups, task in p.tasks:
        for k, (actor_id, idx) in enumerate(zip(actors, groups, strict=True)):
            r = row + k
            sent = stance = None
            if scores.sentiment is not None:
                a, b, c = (float(x) for x in scores.sentiment[r])
                sent = SentimentScore(a, b, c)
            if scores.stance is not None:
                a, b, c = (float(x) for x in scores.stance[r])
                stance = StanceScore(a, b, c)
            assessments.append(Assessment(ci, actor_id, mentions[idx[0]].actor_name or actor_id, idx, sent, stance,
                                          reported=in_reported(structure.claims[ci], [mentions[i] for i in idx])))
        row += task.n_targets
    return DocumentAnalysis(
        text=p.doc.text,
        segments=structure.segments,
        claims=structure.claims,
        mentions=mentions,
        assessments=tuple(assessments),
        actors=summarise(structure, mentions, assessments),
        speakers=structure.speakers,
        provenance=provenance,
        id=p.doc.id,
        meta=tuple(p.doc.meta.items()),
    )


def summarise(structure: DocumentStructure, mentions: Sequence[Mention], assessments: Sequence[Assessment], *,
              reported: bool = True) -> tuple[ActorSummary, ...]:
    """Per-actor roll-up of one document.

    Means are over the speaker's claims (not questions, not the interviewer's or the editor's), weighted by the
    score's confidence times the claim's certainty. A claim where the actor appears only inside a reported view
    counts too: it still portrays the actor, and its stance is the speaker's (usually none). On the pairs of the
    commentary dev sets this agreed better with careful readers' per-document views than leaving those claims
    out (``benchmarks/results/eval_rollup_reported_pass39.json``); ``reported=False`` leaves them out.
    """
    first: dict[str, Mention] = {}
    n_mentions: dict[str, int] = defaultdict(int)
    for m in mentions:
        if m.actor_id is None:
            continue
        first.setdefault(m.actor_id, m)
        n_mentions[m.actor_id] += 1
    claims_of: dict[str, set[int]] = defaultdict(set)
    acc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0, 0])  # sw, s, tw, t, n
    for a in assessments:
        claims_of[a.actor_id].add(a.claim_index)
        claim = structure.claims[a.claim_index]
        if claim.is_question or claim.role in (SpeakerRole.INTERVIEWER, SpeakerRole.EDITOR) or (a.reported and not reported):
            continue
        if a.sentiment is None and a.stance is None:
            continue
        slot = acc[a.actor_id]
        slot[4] += 1
        if a.sentiment is not None:
            w = a.sentiment.confidence * claim.certainty
            slot[0] += w
            slot[1] += w * a.sentiment.value
        if a.stance is not None:
            w = a.stance.confidence * claim.certainty
            slot[2] += w
            slot[3] += w * a.stance.value
    out = []
    for actor_id, m in first.items():
        sw, s, tw, t, n = acc.get(actor_id, [0.0, 0.0, 0.0, 0.0, 0])
        out.append(ActorSummary(
            actor_id=actor_id, name=m.actor_name or actor_id, type=m.actor_type,
            n_mentions=n_mentions[actor_id], n_claims=len(claims_of.get(actor_id, ())), n_scored=int(n),
            sentiment=(s / sw) if sw > 0 else None, stance=(t / tw) if tw > 0 else None,
        ))
    out.sort(key=lambda x: (-x.n_mentions, x.name))
    return tuple(out)
