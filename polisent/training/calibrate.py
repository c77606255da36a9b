"""Calibrate a trained artifact's own heads on the commentary dev split and write a shippable copy.

For a model trained end to end (``polisent train --sources ... --feature-set mcw --no-calibrate``),
this fits, per head, the rate-matched temperature and biases of
:func:`~polisent.training.metrics.fit_rate_calibration` on the commentary dev split, reports the
figures with document-level cross-fitting, and writes the artifact with the calibration (and,
optionally, another name and the encoder recorded as a named source such as the verified
all-mpnet-base-v2 backbone).

Example (needs the corpus and a trained run, so not run here)::

    calibrate_on_commentary("runs/mpnet_lora", "polisent/models/accurate",
                            name="polisent-targeted-mpnet-v1", encoder_source="all_mpnet_base_v2")
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import numpy as np

from polisent.errors import ConfigError

__all__ = ["calibrate_on_commentary"]

logger = logging.getLogger(__name__)


def calibrate_on_commentary(
    src: str | Path,
    output: str | Path,
    *,
    name: str | None = None,
    encoder_source: str | None = None,
    commentary_root: str | Path | None = None,
    bf16: bool = True,
) -> dict[str, Any]:
    """Fit and write the calibration; return the commentary dev figures (cross-fitted) and the fit."""
    import torch
    from transformers import AutoTokenizer

    from polisent.models.artifact import MINILM_SOURCE, MPNET_SOURCE, resolve_encoder_path, save_targeted_model
    from polisent.training.batches import predict_logits
    from polisent.training.heads import piece_metrics
    from polisent.training.metrics import crossfit_temperature_bias
    from polisent.training.refit import _build_unmerged
    from polisent.training.sources import _load_commentary

    model, cfg = _build_unmerged(Path(src), None)
    enc_dir = resolve_encoder_path(cfg.get("encoder", {}))
    tokenizer = AutoTokenizer.from_pretrained(str(enc_dir), use_fast=True, local_files_only=True)
    from collections import Counter

    dev = _load_commentary("dev", commentary_root, Counter())
    s, st = predict_logits(model, tokenizer, dev, max_length=int(cfg.get("max_length", 256)), bf16=bf16)
    groups = np.array([e.group for e in dev for _ in e.targets])
    example = np.array([i for i, e in enumerate(dev) for _ in e.targets])
    labels = {"sentiment": np.array([y for e in dev for y in e.sentiment]),
              "stance": np.array([y for e in dev for y in e.stance])}
    probs, cal = {}, {}
    for head, logits in (("sentiment", s), ("stance", st)):
        y = labels[head]
        if (y < 0).any():
            raise ConfigError("The commentary dev split has pairs without a label; it cannot calibrate.")
        rep = crossfit_temperature_bias(logits, y, groups)
        probs[head] = rep.pop("probs_crossfit")
        cal[head] = rep
        with torch.no_grad():
            getattr(model, f"{head}_temperature").fill_(float(rep["temperature"]))
            getattr(model, f"{head}_bias").copy_(torch.tensor(rep["bias"], dtype=torch.float32))
    piece = {"m": np.zeros(len(groups)), "group": groups, "example": example, **labels}
    metrics = piece_metrics("commentary_dev", piece, probs)
    for head in cal:
        metrics[head]["ece_crossfit"] = cal[head]["ece_after_crossfit"]
    if name:
        cfg["name"] = name
    if encoder_source:
        if encoder_source not in (MINILM_SOURCE, MPNET_SOURCE):
            raise ConfigError(f"encoder_source must be {MINILM_SOURCE!r} or {MPNET_SOURCE!r}. Got {encoder_source!r}.")
        cfg["encoder"] = {"name": cfg.get("encoder", {}).get("name"), "source": encoder_source}
        if encoder_source == MPNET_SOURCE:
            cfg["encoder"]["name"] = "sentence-transformers/all-mpnet-base-v2"
    cfg.setdefault("metrics", {})
    cfg["metrics"] |= {"calibration": cal, "commentary_dev": {h: metrics[h]["macro_f1"] for h in ("sentiment", "stance")}}
    keep = {k: cfg[k] for k in ("name", "encoder", "max_length", "head_hidden", "dropout", "lora", "features",
                                "training", "metrics") if k in cfg}
    out = save_targeted_model(model, output, keep)
    rec_path = Path(src) / "training_record.json"
    record = json.loads(rec_path.read_text(encoding="utf-8")) if rec_path.is_file() else {}
    from polisent.training.sources import DEFAULT_WEIGHTS

    tcfg = record.get("config") or {}
    n = record.get("n_train") or {}
    record["kind"] = "end-to-end"
    record["calibration"] = cal
    record["calibrated_from"] = str(src)
    record["dev_metrics"] = {"commentary_dev": metrics}
    record["train_sources"] = {k: {"targets": v, "sentiment_labels": "", "stance_labels": ""}
                               for k, v in (n.get("examples_by_source") or {}).items()}
    record["config"] = tcfg | {"weights": DEFAULT_WEIGHTS | dict(tcfg.get("source_weights") or {})}
    record["history"] = [{"epoch": round(h.get("epoch", 0), 2), "score": h.get("score")} for h in record.get("history") or []]
    record["minutes"] = record.get("train_minutes")
    (Path(out) / "training_record.json").write_text(json.dumps(record, indent=2, default=float) + "\n", encoding="utf-8")
    logger.info("calibrated %s on %d commentary dev pairs: %s", src, len(groups),
                {h: round(metrics[h]["macro_f1"], 4) for h in ("sentiment", "stance")})
    return {"path": str(out), "commentary_dev": metrics, "calibration": cal}
