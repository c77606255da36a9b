"""polisent: claims, actors and calibrated sentiment and stance from expert political commentary.

>>> import polisent
>>> doc = polisent.analyze("Q: Will Moscow negotiate?\\nA: My bet is that the Kremlin will stall.")  # doctest: +SKIP
>>> [(a.name, a.stance) for a in doc.actors]  # doctest: +SKIP

Importing polisent is light: torch and transformers load only when a model is used.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from polisent._version import __version__
from polisent.analyzer import Analyzer, Document, analyze
from polisent.errors import (
    ConfigError,
    DataError,
    DependencyError,
    InputDecodeError,
    InputError,
    ModelError,
    ModelLoadError,
    OutputError,
    PolisentError,
    RegistryError,
)
from polisent.protocols import DocumentStructure, Linker, NullScorer, ScoreArrays, Scorer, ScoringTask, Segmenter
from polisent.records import (
    ActorSummary,
    ActorType,
    Assessment,
    Claim,
    Cue,
    CueKind,
    DocumentAnalysis,
    Mention,
    MentionKind,
    Provenance,
    Segment,
    SegmentKind,
    Sentiment,
    SentimentScore,
    Speaker,
    SpeakerRole,
    Stance,
    StanceScore,
)

if TYPE_CHECKING:  # pragma: no cover
    from polisent.actors import Actor, Registry, RegistryLinker, default_registry, load_registry
    from polisent.aggregate import aggregate
    from polisent.corpus import run_corpus
    from polisent.integrations import analyze_dataframe, analyze_dataset
    from polisent.models import CombinedScorer, load_scorer
    from polisent.segment import RuleSegmenter

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Names resolved on first access, so that `import polisent` stays light.
_LAZY: dict[str, str] = {
    "Actor": "polisent.actors",
    "Registry": "polisent.actors",
    "RegistryLinker": "polisent.actors",
    "RuleSegmenter": "polisent.segment",
    "default_registry": "polisent.actors",
    "load_registry": "polisent.actors",
    "load_scorer": "polisent.models",
    "CombinedScorer": "polisent.models",
    "analyze_dataset": "polisent.integrations",
    "analyze_dataframe": "polisent.integrations",
    "run_corpus": "polisent.corpus",
    "aggregate": "polisent.aggregate",
}

__all__ = sorted(
    [
        "Actor",
        "ActorSummary",
        "ActorType",
        "Analyzer",
        "CombinedScorer",
        "Assessment",
        "Claim",
        "ConfigError",
        "Cue",
        "CueKind",
        "DependencyError",
        "Document",
        "DocumentAnalysis",
        "DocumentStructure",
        "InputDecodeError",
        "InputError",
        "Linker",
        "Mention",
        "MentionKind",
        "DataError",
        "ModelError",
        "ModelLoadError",
        "NullScorer",
        "OutputError",
        "PolisentError",
        "Provenance",
        "Registry",
        "RegistryError",
        "RegistryLinker",
        "RuleSegmenter",
        "ScoreArrays",
        "Scorer",
        "ScoringTask",
        "Segment",
        "SegmentKind",
        "Segmenter",
        "Sentiment",
        "SentimentScore",
        "Speaker",
        "SpeakerRole",
        "Stance",
        "StanceScore",
        "__version__",
        "aggregate",
        "analyze",
        "analyze_dataframe",
        "analyze_dataset",
        "default_registry",
        "load_registry",
        "load_scorer",
        "run_corpus",
    ]
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'polisent' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
