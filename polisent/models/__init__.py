"""Scoring models: polisent's own targeted model, Hugging Face backends, and :func:`load_scorer`.

Importing this package does not import torch or transformers; they load with the first model.

>>> from polisent.models import load_scorer
>>> scorer = load_scorer("default", device="cpu")  # doctest: +SKIP
>>> nli = load_scorer("path/to/nli-model", task="stance")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polisent.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from polisent.models.hf import HFSentimentScorer, HFStanceScorer
    from polisent.models.scorer import CombinedScorer, EngineScorer, TargetedScorer
    from polisent.protocols import Scorer

__all__ = [
    "CombinedScorer",
    "EngineScorer",
    "HFSentimentScorer",
    "HFStanceScorer",
    "TargetedScorer",
    "load_scorer",
]

_LAZY = {
    "CombinedScorer": "polisent.models.scorer",
    "EngineScorer": "polisent.models.scorer",
    "TargetedScorer": "polisent.models.scorer",
    "HFSentimentScorer": "polisent.models.hf",
    "HFStanceScorer": "polisent.models.hf",
}

TASKS = ("sentiment", "stance")


def load_scorer(
    spec: str | Path | Scorer = "default",
    *,
    device: str = "auto",
    precision: str = "auto",
    task: str | None = None,
    max_tokens: int | None = None,
    max_batch: int | None = None,
    threads: int | None = None,
    compile: bool = False,
    trust_remote_code: bool = False,
    **kw: Any,
) -> Scorer:
    """Create a scorer from a spec; the model itself loads on first use or on ``.load()``.

    Args:
        spec: ``"default"`` (the model shipped with polisent); a directory holding a polisent
            artifact (written by ``polisent train``); or a Hugging Face model id or directory of a
            sequence-classification model: a sentiment classifier (``task="sentiment"``, scored
            with the target marked in the input) or an NLI model (``task="stance"``, zero-shot with
            hypotheses such as "The speaker supports {actor}."). A Scorer object is returned as is.
        device: ``"auto" | "cpu" | "cuda" | "cuda:N" | "mps"``, for this scorer only.
        precision: ``"auto" | "fp32" | "bf16" | "fp16" | "int8"``; auto is bf16 on CPUs with native
            bf16 and on recent GPUs, else fp32 (CPU) / fp16 (GPU).
        task: for Hugging Face models, ``"sentiment"`` or ``"stance"``; inferred from the labels
            when None (an ``entailment`` label means stance).
        max_tokens, max_batch: batch budget (padded tokens, sequences per batch).
        threads: torch threads while scoring (process-wide setting, set only during a run).
        compile: ``torch.compile`` with inductor freezing (exact; warm-up on load).
        trust_remote_code: allow custom model code from the model's repository.
        **kw: passed on to the scorer class (e.g. ``templates=``, ``label_map=``,
            ``target_format=``, ``max_length=``, ``encoder_path=``).

    Raises:
        ModelLoadError: nothing at the path, no trained default model yet, a model of the wrong
            kind, no fast tokenizer, or labels it cannot map; the message names what to pass.
        ConfigError: an invalid option.
    """
    if not isinstance(spec, (str, Path)):
        if callable(getattr(spec, "score", None)):
            return spec
        raise ConfigError(f"The 'spec' parameter of load_scorer must be a str, a path or a Scorer. Got {spec!r} instead.")
    if task is not None and task not in TASKS:
        raise ConfigError(f"The 'task' parameter of load_scorer must be 'sentiment', 'stance' or None. Got {task!r} instead.")
    options = dict(device=device, precision=precision, max_tokens=max_tokens, max_batch=max_batch,
                   threads=threads, compile=compile)
    from polisent.models.artifact import is_artifact
    from polisent.models.scorer import TargetedScorer

    text = str(spec)
    if text in ("default", "accurate") or is_artifact(Path(text).expanduser()):
        return TargetedScorer(text if text in ("default", "accurate") else Path(text).expanduser(), **options, **kw)
    from polisent.models.hf import HFSentimentScorer, HFStanceScorer, _entailment_index, load_hf_config

    if task is None:
        config = load_hf_config(text, trust_remote_code=trust_remote_code, revision=kw.get("revision"))
        task = "stance" if _entailment_index(config) is not None else "sentiment"
    cls = HFStanceScorer if task == "stance" else HFSentimentScorer
    return cls(text, trust_remote_code=trust_remote_code, **options, **kw)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'polisent.models' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
