"""The stage protocols that make up the pipeline, and the data passed between them.

    text -> Segmenter -> DocumentStructure -> Linker -> mentions -> Scorer -> probabilities

Each stage is a small protocol with a swappable implementation; the :class:`~polisent.Analyzer`
only talks to these. This module imports neither torch nor numpy at import time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from polisent.records import Claim, Mention, Segment, Speaker

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "DocumentStructure",
    "Linker",
    "NullScorer",
    "ScoreArrays",
    "Scorer",
    "ScoringTask",
    "Segmenter",
]

SENTIMENT_LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")
STANCE_LABELS: tuple[str, str, str] = ("against", "none", "favor")


@dataclass(frozen=True, slots=True)
class DocumentStructure:
    """Output of a :class:`Segmenter`: segments in text order, claims in text order, speakers."""

    segments: tuple[Segment, ...]
    claims: tuple[Claim, ...]
    speakers: tuple[Speaker, ...] = ()


@runtime_checkable
class Segmenter(Protocol):
    """Turns raw text into structure and claims. Offsets point into ``text``. A segmenter whose ``segment`` also
    takes a keyword ``url`` is given the page's address (``Document.meta["url"]``) when the document has one."""

    name: str

    def segment(self, text: str) -> DocumentStructure: ...


@runtime_checkable
class Linker(Protocol):
    """Finds actor mentions and links them to canonical actors.

    Returns mentions sorted by ``start``; mentions inside claims carry ``claim_index``;
    nothing is reported inside clutter segments.
    """

    name: str

    def link(self, text: str, structure: DocumentStructure) -> tuple[Mention, ...]: ...


@dataclass(frozen=True, slots=True)
class ScoringTask:
    """One claim and its targets. Each target is one actor: the character spans
    (relative to ``text``) of all its mentions in the claim.

    >>> ScoringTask("Moscow denied it.", (((0, 6),),)).n_targets
    1
    """

    text: str
    targets: tuple[tuple[tuple[int, int], ...], ...]

    @property
    def n_targets(self) -> int:
        return len(self.targets)


@dataclass(frozen=True, slots=True)
class ScoreArrays:
    """Scores for every target of every task, flattened in task order then target order.

    ``sentiment`` columns: negative, neutral, positive. ``stance`` columns: against, none, favor.
    A task the scorer does not do is ``None`` (reported as unavailable, never invented).
    """

    sentiment: np.ndarray | None
    stance: np.ndarray | None


@runtime_checkable
class Scorer(Protocol):
    """Scores (claim, actor) targets. Implementations live in :mod:`polisent.models`.

    Contract (tested for every scorer): one row per target in input order, rows sum to one,
    results independent of batch size, no model call for an empty list of tasks.
    """

    name: str

    def models(self) -> dict[str, str]:
        """Model names by task, e.g. ``{"sentiment": ..., "stance": ...}``; for provenance."""
        ...

    def load(self) -> Scorer: ...

    def to(self, device: str) -> Scorer: ...

    def score(self, tasks: Sequence[ScoringTask], *, progress: bool = False) -> ScoreArrays: ...


class NullScorer:
    """A scorer that scores nothing: every assessment is marked unavailable.

    >>> NullScorer().score([ScoringTask("x", (((0, 1),),))]).sentiment is None
    True
    """

    name = "none"

    def models(self) -> dict[str, str]:
        return {"sentiment": "none", "stance": "none"}

    def load(self) -> NullScorer:
        return self

    def to(self, device: str) -> NullScorer:
        return self

    def score(self, tasks: Sequence[ScoringTask], *, progress: bool = False) -> ScoreArrays:
        return ScoreArrays(sentiment=None, stance=None)
