"""Frozen pooled vectors for head training (:mod:`polisent.training.heads`), cached per source piece.

For every target of a piece of the training union (:func:`~polisent.training.sources.load_training_union`)
the encoder runs once per claim and :meth:`~polisent.models.targeted.TargetedScoringModel.pooled`
gives ``m`` (mentions), ``c`` (claim) and ``w<k>`` (context within k tokens) for several k, so the
window is chosen on dev without a second pass. Vectors are stored as fp16 with the labels, the
source, the group and the example index of each target (same-claim metrics need it).

The cache is one ``.pt`` file per piece under a folder keyed by the encoder; a file is reused only
when its key (encoder, windows, max length, the piece's examples) matches.

>>> import tempfile
>>> from polisent.testing import build_tiny_bert
>>> from polisent.models.artifact import build_model
>>> from transformers import AutoTokenizer
>>> from polisent.training.data import Example
>>> d = build_tiny_bert(tempfile.mkdtemp())
>>> model, tok = build_model(d, {"head_hidden": 8}), AutoTokenizer.from_pretrained(d)
>>> ex = [Example("Moscow blamed Kyiv.", (((0, 6),), ((14, 18),)), (0, 1), (-1, 1), "demo")]
>>> out = pooled_features(model, tok, ex, windows=(2,))
>>> sorted(out), out["m"].shape[0], out["example"].tolist()
(['c', 'example', 'm', 'sentiment', 'stance', 'w2'], 2, [0, 0])
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from polisent.training.data import Example

__all__ = ["WINDOWS", "cached_pooled_features", "encoder_key", "examples_digest", "extract_union_features",
           "pooled_features"]

logger = logging.getLogger(__name__)

#: Context windows (tokens each side of a mention) whose pooled vectors are cached.
WINDOWS = (3, 8)
CACHE_VERSION = 1


def pooled_features(
    model: Any,
    tokenizer: Any,
    examples: Sequence[Example],
    *,
    windows: Sequence[int] = WINDOWS,
    max_length: int = 256,
    batch_size: int = 64,
    bf16: bool = False,
    log_every: int = 100,
) -> dict[str, np.ndarray]:
    """Pooled vectors (fp16) and labels, one row per target in example order.

    Uses the training encoding (:func:`polisent.training.batches.target_batches`), so features
    match what the model sees at inference.
    """
    import torch

    from polisent.training.batches import target_batches

    n, batches = target_batches(tokenizer, examples, max_length=max_length, batch_size=batch_size)
    h = int(model.hidden_size)
    out = {k: np.zeros((n, h), np.float16) for k in ("m", "c", *(f"w{w}" for w in windows))}
    was_training = model.training
    model.eval()
    t0 = time.time()
    try:
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            for i, (tids, batch) in enumerate(batches):
                p = model.pooled(**batch, windows=tuple(windows))
                for k, v in p.items():
                    out[k][tids] = v.float().numpy().astype(np.float16)
                if log_every and i % log_every == 0:
                    logger.info("pooled features: batch %d, %.0f s", i, time.time() - t0)
    finally:
        model.train(was_training)
    out["sentiment"] = np.array([y for e in examples for y in e.sentiment], dtype=np.int64)
    out["stance"] = np.array([y for e in examples for y in e.stance], dtype=np.int64)
    out["example"] = np.array([i for i, e in enumerate(examples) for _ in e.targets], dtype=np.int64)
    return out


def example_digest(e: Example) -> str:
    """A sha256 over one example's text, spans and labels (which cached rows a grown piece can reuse)."""
    return hashlib.sha256(json.dumps([e.text, e.targets, e.sentiment, e.stance, e.source, e.group]).encode("utf-8")).hexdigest()


def _reusable_rows(blob: dict[str, Any], key: dict[str, Any]) -> tuple[dict[str, Any], dict[str, tuple[int, int]]] | None:
    """The cached data of a piece encoded with the same encoder and settings but other examples
    (e.g. ``commentary_extra`` before new dev sets joined it) and, per example digest, its rows."""
    old_key, data, digests = blob.get("key") or {}, blob.get("data") or {}, blob.get("example_digests")
    if not digests or {k: v for k, v in old_key.items() if k != "examples"} != {k: v for k, v in key.items() if k != "examples"}:
        return None
    ex = np.asarray(data.get("example", []))
    if not len(ex) or int(ex[-1]) + 1 != len(digests):
        return None
    starts = np.searchsorted(ex, np.arange(len(digests)), side="left")
    ends = np.searchsorted(ex, np.arange(len(digests)), side="right")
    return data, {d: (int(a), int(b)) for d, a, b in zip(digests, starts, ends)}


def _merge_rows(old: dict[str, Any], rows: dict[str, tuple[int, int]], new: dict[str, Any], digests: list[str],
                todo: set[int]) -> dict[str, Any]:
    """Rows in example order: cached ones for the examples ``rows`` holds, freshly pooled ones for the rest."""
    order: list[tuple[bool, int, int]] = []  # order: (from_new, start, end) per example
    k = 0
    new_ex = np.asarray(new["example"])
    for i, d in enumerate(digests):
        if i in todo:
            a, b = np.searchsorted(new_ex, k, side="left"), np.searchsorted(new_ex, k, side="right")
            order.append((True, int(a), int(b)))
            k += 1
        else:
            order.append((False, *rows[d]))
    out: dict[str, Any] = {}
    for name in old:
        pieces = [(new if from_new else old)[name][a:b] for from_new, a, b in order]
        out[name] = np.concatenate(pieces) if pieces else old[name][:0]
    out["example"] = np.concatenate([np.full(b - a, i, dtype=np.int64) for i, (_, a, b) in enumerate(order)])
    return out


def examples_digest(examples: Sequence[Example]) -> str:
    """A sha256 over the texts, spans and labels of ``examples`` (the cache key of a piece)."""
    h = hashlib.sha256()
    for e in examples:
        h.update(json.dumps([e.text, e.targets, e.sentiment, e.stance, e.source, e.group]).encode("utf-8"))
    return h.hexdigest()


#: Stored tensors that are not the encoder's: the heads and their calibration.
_NOT_ENCODER = ("sentiment_head.", "stance_head.", "sentiment_temperature", "stance_temperature", "sentiment_bias",
                "stance_bias")


def encoder_key(artifact: str | Path) -> str:
    """The cache key of an artifact's encoder: sha256 over its stored encoder tensors (LoRA, LayerNorms).

    Heads and calibration are left out, so a heads-only artifact (``heads --base X``) shares the
    feature cache of ``X`` as long as it stores the encoder the same way (both int8 or both fp32):
    a teacher made by ``heads`` needs no second pass over the union.
    """
    import torch
    from safetensors import safe_open

    from polisent.models.artifact import ADAPTER_FILE, artifact_dir

    h = hashlib.sha256()
    with safe_open(str(artifact_dir(artifact) / ADAPTER_FILE), framework="pt") as fh:
        for k in sorted(fh.keys()):
            if k.startswith(_NOT_ENCODER):
                continue
            t = fh.get_tensor(k).contiguous()
            h.update(k.encode("utf-8"))
            h.update(str(t.dtype).encode("ascii"))
            h.update(t.reshape(-1).view(torch.uint8).numpy().tobytes())
    return f"encoder:{h.hexdigest()}"


def cached_pooled_features(
    model: Any,
    tokenizer: Any,
    pieces: dict[str, Sequence[Example]],
    folder: str | Path,
    *,
    encoder_key: str,
    windows: Sequence[int] = WINDOWS,
    max_length: int = 256,
    bf16: bool = True,
) -> dict[str, dict[str, Any]]:
    """Pooled features of every piece, from ``folder/<piece>.pt`` when its key matches, else computed.

    Each value holds the arrays of :func:`pooled_features` plus ``source`` and ``group`` per target.
    """
    import torch

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, dict[str, Any]] = {}
    for name, examples in pieces.items():
        key = {"version": CACHE_VERSION, "encoder": encoder_key, "windows": list(windows), "max_length": max_length,
               "bf16": bf16, "examples": examples_digest(examples)}
        path = folder / f"{name}.pt"
        digests = [example_digest(e) for e in examples]
        reuse: tuple[dict[str, Any], dict[str, tuple[int, int]]] | None = None
        if path.is_file():
            blob = torch.load(path, weights_only=False)
            if blob.get("key") == key:
                out[name] = blob["data"]
                continue
            reuse = _reusable_rows(blob, key)
        t0 = time.time()
        rows = reuse[1] if reuse is not None else {}
        todo = [i for i, d in enumerate(digests) if d not in rows]
        new_ex = [examples[i] for i in todo]
        data: dict[str, Any] = pooled_features(model, tokenizer, new_ex, windows=windows, max_length=max_length, bf16=bf16)
        data["source"] = np.array([e.source for e in new_ex for _ in e.targets])
        data["group"] = np.array([e.group for e in new_ex for _ in e.targets])
        if reuse is not None and len(todo) < len(examples):  # cached rows of the examples it had, new rows for the others
            data = _merge_rows(reuse[0], rows, data, digests, set(todo))
            logger.info("pooled features %s: %d cached examples reused, %d new", name, len(examples) - len(todo), len(todo))
        tmp = path.with_suffix(".pt.tmp")
        torch.save({"key": key, "data": data, "example_digests": digests}, tmp)
        tmp.replace(path)
        logger.info("pooled features %s: %d targets in %.1f s", name, len(data["m"]), time.time() - t0)
        out[name] = data
    return out


def extract_union_features(
    base: str,
    folder: str | Path,
    *,
    data_dir: str | Path | None = None,
    sources: Sequence[str] | None = None,
    windows: Sequence[int] = WINDOWS,
    pstance_limit: int | None = None,
    commentary_extra_last: int | None = None,
    bf16: bool = True,
) -> dict[str, dict[str, Any]]:
    """Pooled features of every piece of the training union (train, dev, held out) on ``base``.

    ``base``: an artifact directory or name (``"default"``: its adapted encoder) or
    ``"accurate-backbone"`` (the verified all-mpnet-base-v2, frozen).
    """
    from transformers import AutoTokenizer

    from polisent.models.artifact import _read_config, artifact_dir, build_model, load_targeted_model
    from polisent.training.sources import SOURCES, SourceOptions, load_training_union

    union = load_training_union(data_dir, tuple(sources or SOURCES), options=SourceOptions(pstance_limit=pstance_limit, commentary_extra_last=commentary_extra_last))
    pieces: dict[str, Sequence[Example]] = {f"train_{k}": v for k, v in union.by_source().items()}
    pieces |= union.dev | union.held_out
    if base == "accurate-backbone":
        from polisent.models.backbones import ACCURATE_BACKBONE, accurate_backbone_path

        path = accurate_backbone_path()
        model = build_model(path, {"head_hidden": 8, "lora": None})
        tokenizer = AutoTokenizer.from_pretrained(str(path), use_fast=True, local_files_only=True)
        key, max_length = ACCURATE_BACKBONE.folder_name, 256
    else:
        model, tokenizer, _ = load_targeted_model(base)
        art = artifact_dir(base)
        key = encoder_key(art)
        max_length = int(_read_config(art).get("max_length", 256))
    order = sorted(pieces, key=lambda k: len(pieces[k]))  # small pieces first: dev figures are ready early
    return cached_pooled_features(model, tokenizer, {k: pieces[k] for k in order}, folder, encoder_key=key,
                                  windows=windows, max_length=max_length, bf16=bf16)
