"""Tiny random models for the engine, backend and contract tests (built locally, cached per session).

The heads are re-initialised with larger weights so that probabilities differ clearly between
inputs (a freshly initialised tiny BERT gives nearly uniform outputs, which would let
order and batch-size bugs pass unseen).
"""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from polisent.protocols import ScoringTask
from polisent.testing import build_tiny_bert

_ROOT = Path(tempfile.mkdtemp(prefix="polisent-tiny-"))

NLI_LABELS = {0: "contradiction", 1: "neutral", 2: "entailment"}
SENTIMENT_LABELS = {0: "negative", 1: "neutral", 2: "positive"}


def _sharpen(path: Path) -> Path:
    import torch
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(path)
    gen = torch.Generator().manual_seed(1)
    with torch.no_grad():
        for p in model.bert.parameters():
            if p.dim() == 2:
                p.mul_(10.0)  # attention and pooler far from uniform: outputs vary between inputs
        for p in model.classifier.parameters():
            p.copy_(torch.randn(p.shape, generator=gen) * 0.2)
    model.save_pretrained(path, safe_serialization=True)
    return path


@lru_cache(maxsize=None)
def tiny_encoder_path() -> Path:
    return build_tiny_bert(_ROOT / "encoder", max_position_embeddings=128)


@lru_cache(maxsize=None)
def tiny_nli_path() -> Path:
    return _sharpen(build_tiny_bert(_ROOT / "nli", id2label=NLI_LABELS))


@lru_cache(maxsize=None)
def tiny_sentiment_path() -> Path:
    return _sharpen(build_tiny_bert(_ROOT / "sentiment", id2label=SENTIMENT_LABELS))


@lru_cache(maxsize=None)
def tiny_targeted() -> tuple[Any, Any, dict[str, Any]]:
    """(model, tokenizer, meta) of a TargetedScoringModel on the tiny encoder, random sharp heads."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    from polisent.models.targeted import TargetedScoringModel

    path = tiny_encoder_path()
    encoder = AutoModel.from_pretrained(path)
    tokenizer = AutoTokenizer.from_pretrained(path)
    torch.manual_seed(0)
    model = TargetedScoringModel(encoder, head_hidden=16, dropout=0.0)
    with torch.no_grad():
        for head in (model.sentiment_head, model.stance_head):
            for p in head.parameters():
                p.mul_(4.0)
    return model.eval(), tokenizer, {"name": "tiny-targeted", "max_length": 64}


def save_tiny_artifact(path: Path, name: str = "tiny-a") -> Path:
    """:func:`tiny_targeted` saved as an artifact directory (no LoRA) at ``path``."""
    from polisent.models.artifact import save_targeted_model

    model, _, _ = tiny_targeted()
    config = {"name": name, "encoder": {"name": "tiny-bert", "source": "path", "path": str(tiny_encoder_path())},
              "max_length": 64, "head_hidden": 16, "dropout": 0.0, "lora": None}
    return save_targeted_model(model, path, config)


def targeted_scorer(**options: Any) -> Any:
    from polisent.models.scorer import TargetedScorer

    model, tokenizer, meta = tiny_targeted()
    options.setdefault("device", "cpu")
    options.setdefault("precision", "fp32")
    options.setdefault("threads", 1)
    return TargetedScorer(model=model, tokenizer=tokenizer, meta=meta, **options)


WORDS = (
    "russia moscow kremlin ukraine kyiv china beijing nato west washington president putin zelensky "
    "war peace talks sanctions support oppose good bad strong weak failed success crisis deal threat "
    "the a of to and in is will not may could likely"
).split()
ACTORS = ("Moscow", "Kyiv", "NATO", "Beijing", "Washington", "Putin")


def make_tasks(n: int = 40, seed: int = 0, *, long_every: int = 0) -> list[ScoringTask]:
    """Deterministic claims of varied length with 1-3 targets each (some repeated texts)."""
    import random

    rng = random.Random(seed)
    tasks = []
    for i in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(3, 25 if not long_every or i % long_every else 200))]
        actors = rng.sample(ACTORS, rng.randint(1, 3))
        parts, targets = [], []
        pos = 0
        for k, w in enumerate(words):
            if k % 4 == 1 and actors:
                a = actors.pop()
                targets.append(((pos, pos + len(a)),))
                parts.append(a)
                pos += len(a) + 1
            parts.append(w)
            pos += len(w) + 1
        text = " ".join(parts)
        if not targets:
            targets.append(((0, len(parts[0])),))
        tasks.append(ScoringTask(text, tuple(targets)))
    tasks.append(tasks[3])  # an exact repeat
    tasks.append(ScoringTask(tasks[5].text, tasks[5].targets[:1]))  # same text, subset of targets
    tasks.append(ScoringTask("No actor here.", ()))
    return tasks
