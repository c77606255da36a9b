"""Frozen features for the stance-head refit (:mod:`polisent.training.refit`): extraction through
the training tokenisation path, labels, and the ``.pt`` cache keyed by the adapter and the data.

Split out of :mod:`polisent.training.refit`, which trains and selects the head on these features.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from polisent.training.data import Example, load_newsmtsc, load_pstance

if TYPE_CHECKING:
    from polisent.training.refit import RefitConfig

__all__ = ["CACHE_VERSION", "SPLITS", "extract_features", "load_or_extract_features"]

logger = logging.getLogger(__name__)

#: Splits whose features are cached: training data and the dev splits.
SPLITS = ("pstance_train", "newsmtsc_train", "val", "dev_rw", "dev_mt")
CACHE_VERSION = 1


def _source_dir(source: str | Path) -> Path:
    from polisent.models.artifact import DEFAULT_ARTIFACT

    return DEFAULT_ARTIFACT if str(source) == "default" else Path(source)


def extract_features(
    model: Any, tokenizer: Any, examples: Sequence[Example], *, max_length: int = 256, batch_size: int = 64
) -> np.ndarray:
    """Frozen features ``[m, c, m * c]`` (fp32), one row per target in example order.

    Same encoding as training and :func:`polisent.training.batches.predict_logits`: one call to
    :func:`~polisent.models.features.encode_tasks`, units sorted by length (longest first).
    """
    import torch

    from polisent.training.batches import target_batches

    n, batches = target_batches(tokenizer, examples, max_length=max_length, batch_size=batch_size)
    out = np.zeros((n, 3 * int(model.hidden_size)), np.float32)
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            for k, (tids, batch) in enumerate(batches):
                out[tids] = model.features(**batch).float().numpy()
                if k % 50 == 0:
                    logger.info("features: batch %d (%d targets in all)", k, len(out))
    finally:
        model.train(was_training)
    return out


def _labels(examples: Sequence[Example]) -> dict[str, np.ndarray]:
    return {
        "sentiment": np.array([y for e in examples for y in e.sentiment], dtype=np.int64),
        "stance": np.array([y for e in examples for y in e.stance], dtype=np.int64),
        "group": np.array([e.group for e in examples for _ in e.targets]),
    }


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _load_data(config: RefitConfig) -> dict[str, list[Example]]:
    data = {
        "pstance_train": load_pstance(config.data_dir, "train", limit=config.pstance_limit, seed=config.seed),
        "newsmtsc_train": load_newsmtsc(config.data_dir, "train"),
        "val": load_pstance(config.data_dir, "val"),
        "dev_rw": load_newsmtsc(config.data_dir, "dev_rw"),
        "dev_mt": load_newsmtsc(config.data_dir, "dev_mt"),
    }
    if config.dev_limit is not None:
        for k in ("val", "dev_rw", "dev_mt"):
            data[k] = data[k][: config.dev_limit]
    return data


def _cache_key(config: RefitConfig, src: Path, max_length: int) -> dict[str, Any]:
    return {
        "version": CACHE_VERSION,
        "adapter_sha256": _file_digest(src / "adapter.safetensors"),
        "encoder_path": config.encoder_path,
        "max_length": max_length,
        "data_dir": str(Path(config.data_dir).resolve()) if config.data_dir else None,
        "pstance_limit": config.pstance_limit,
        "pstance_seed": config.seed if config.pstance_limit is not None else None,
        "dev_limit": config.dev_limit,
    }


def load_or_extract_features(config: RefitConfig, cache: Path) -> dict[str, Any]:
    """Features and labels of every split, from ``cache`` when its key matches, else computed and cached."""
    import torch

    from polisent.models.artifact import load_targeted_model

    src = _source_dir(config.source)
    meta_cfg = json.loads((src / "config.json").read_text(encoding="utf-8"))
    max_length = int(meta_cfg.get("max_length", 256))
    key = _cache_key(config, src, max_length)
    if cache.is_file():
        blob = torch.load(cache, weights_only=False)
        if blob.get("key") == key:
            logger.info("features from cache %s", cache)
            return blob
        logger.info("cache %s was made for other inputs; recomputing", cache)
    t0 = time.time()
    model, tokenizer, _ = load_targeted_model(src, encoder_path=config.encoder_path)
    data = _load_data(config)
    splits: dict[str, Any] = {}
    for name in SPLITS:
        t1 = time.time()
        feats = extract_features(model, tokenizer, data[name], max_length=max_length,
                                 batch_size=config.feature_batch_size)
        splits[name] = {"features": torch.from_numpy(feats)} | {k: v for k, v in _labels(data[name]).items()}
        splits[name]["n_examples"] = len(data[name])
        logger.info("features %s: %d targets in %.1f s", name, len(feats), time.time() - t1)
    blob = {"key": key, "splits": splits, "seconds": round(time.time() - t0, 1)}
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(cache.suffix + ".tmp")
    torch.save(blob, tmp)
    tmp.replace(cache)
    logger.info("features of all splits in %.1f min, cached to %s", (time.time() - t0) / 60, cache)
    return blob
