"""Refit a shipped model's calibration on more commentary than the corpus dev split.

A model's heads are calibrated (a temperature and per-class biases per head, label rates matched;
:func:`~polisent.training.metrics.fit_rate_calibration`) on the commentary corpus's dev split. On
pages collected later the probabilities were less well calibrated (sentiment ECE 0.07 where the dev
split gives 0.04). This module refits only those numbers, on the dev split pooled with the pairs
of structure dev sets the model was not trained on, and writes a copy of the artifact whose other
weights are byte for byte the same.

The report says, before anything is written, how each choice does on collections it was not
fitted on: each dev set is held out in turn and scored with the calibration as shipped (fitted on
the dev split alone) and with one fitted on every other collection.

Example (needs the corpus and the dev sets, so not run here)::

    recalibrate("polisent/models/default", "runs/default-cal",
                dev_sets=[f"data/commentary_dev{n}" for n in range(29, 37)], name="polisent-targeted-minilm-v5.1")
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from polisent.errors import ConfigError

__all__ = ["pooled_pairs", "raw_logits", "recalibrate"]

logger = logging.getLogger(__name__)

_LABELS = {"sentiment": ("negative", "neutral", "positive"), "stance": ("against", "none", "favor")}


def pooled_pairs(dev_sets: Sequence[str | Path], corpus: str | Path | None = None) -> list[dict[str, Any]]:
    """The pairs of the corpus dev split and of each dev set's ``dev`` split, each with its
    ``collection`` ("corpus_dev" or the dev set's folder name)."""
    from polisent.evaluation.commentary import read_table

    out = [dict(p, collection="corpus_dev") for p in read_table("pairs", "dev", corpus)]
    for folder in dev_sets:
        rows = read_table("pairs", "dev", folder)
        if not rows:
            raise ConfigError(f"{folder}: no labelled pairs in its dev split; it cannot calibrate.")
        out += [dict(p, collection=Path(folder).name) for p in rows]
    return out


def raw_logits(model: str | Path, pairs: Sequence[Mapping[str, Any]]) -> dict[str, np.ndarray]:
    """The heads' logits before calibration (up to a constant per row) for every pair: the gold
    claim and mentions, scored as :func:`~polisent.evaluation.commentary_eval.oracle_pair_metrics` does."""
    import torch

    from polisent.analyzer import Analyzer
    from polisent.evaluation.commentary_eval import pair_tasks

    scorer = Analyzer(model=str(model), progress=False).load().scorer
    net = scorer._model
    with torch.no_grad():
        for head in _LABELS:
            getattr(net, f"{head}_temperature").fill_(1.0)
            getattr(net, f"{head}_bias").zero_()
    scorer.runner = scorer.engine.prepare(net)
    tasks, order = pair_tasks(pairs)
    arrays = scorer.score(tasks)
    out = {}
    for head in _LABELS:
        probs = np.zeros((len(pairs), 3))
        probs[order] = np.asarray(getattr(arrays, head), dtype=np.float64)
        out[head] = np.log(np.clip(probs, 1e-12, 1.0))
    return out


def _held_out(logits: np.ndarray, labels: np.ndarray, collections: np.ndarray, shipped: tuple[float, np.ndarray]) -> dict[str, Any]:
    """Each dev set held out: the shipped calibration against one fitted on every other collection."""
    from sklearn.metrics import f1_score

    from polisent.training.metrics import expected_calibration_error, fit_rate_calibration, softmax

    parts: dict[str, list[np.ndarray]] = {"shipped": [], "pooled": [], "y": []}
    for c in sorted(set(collections.tolist()) - {"corpus_dev"}):
        te = collections == c
        t, b = fit_rate_calibration(logits[~te], labels[~te])
        parts["shipped"].append(softmax(logits[te] / shipped[0] + shipped[1]))
        parts["pooled"].append(softmax(logits[te] / t + b))
        parts["y"].append(labels[te])
    y = np.concatenate(parts["y"])
    out: dict[str, Any] = {"n": int(len(y)), "gold_rates": (np.bincount(y, minlength=3) / len(y)).round(4).tolist()}
    for k in ("shipped", "pooled"):
        p = np.concatenate(parts[k])
        out[k] = {"ece": round(float(expected_calibration_error(p, y)), 4),
                  "macro_f1": round(float(f1_score(y, p.argmax(1), average="macro", labels=[0, 1, 2])), 4),
                  "predicted_rates": (np.bincount(p.argmax(1), minlength=3) / len(y)).round(4).tolist()}
    return out


def recalibrate(model: str | Path, output: str | Path, *, dev_sets: Sequence[str | Path], corpus: str | Path | None = None,
                name: str | None = None, write: bool = True, heads: Sequence[str] | None = None) -> dict[str, Any]:
    """Fit each head's temperature and biases on the pooled pairs, report the held-out comparison
    and (``write``) save the artifact with only those numbers changed under ``output``; ``heads``
    (default: both) are the heads whose new calibration is written, the others keep theirs (both
    are reported, so the choice can be made per head on the held-out figures)."""
    from safetensors import safe_open
    from safetensors.numpy import load_file, save_file

    from polisent.models.artifact import ADAPTER_FILE, CONFIG_FILE, artifact_dir
    from polisent.training.metrics import expected_calibration_error, fit_rate_calibration, softmax

    src = artifact_dir(model)
    cfg = json.loads((src / CONFIG_FILE).read_text(encoding="utf-8"))
    with safe_open(str(src / ADAPTER_FILE), "np") as f:
        meta = f.metadata()
    state = load_file(str(src / ADAPTER_FILE))
    pairs = pooled_pairs(dev_sets, corpus)
    logits = raw_logits(src, pairs)
    collections = np.array([p["collection"] for p in pairs])
    report: dict[str, Any] = {"model": cfg.get("name"), "pairs": len(pairs),
                              "collections": {c: int((collections == c).sum()) for c in sorted(set(collections.tolist()))},
                              "heads": {}}
    unknown = set(heads or ()) - set(_LABELS)
    if unknown:
        raise ConfigError(f"unknown head(s) {sorted(unknown)}; choose from {sorted(_LABELS)}")
    fitted = {}
    for head, labels in _LABELS.items():
        y = np.array([labels.index(p[head]) for p in pairs])
        shipped = (float(state[f"{head}_temperature"]), np.asarray(state[f"{head}_bias"], dtype=np.float64))
        t, b = fit_rate_calibration(logits[head], y)
        fitted[head] = (t, b)
        dev = collections == "corpus_dev"
        report["heads"][head] = {
            "held_out_dev_sets": _held_out(logits[head], y, collections, shipped),
            "shipped": {"temperature": shipped[0], "bias": shipped[1].round(4).tolist()},
            "pooled": {"temperature": round(t, 4), "bias": np.round(b, 4).tolist()},
            "corpus_dev_ece_in_sample": {
                "shipped": round(float(expected_calibration_error(softmax(logits[head][dev] / shipped[0] + shipped[1]), y[dev])), 4),
                "pooled": round(float(expected_calibration_error(softmax(logits[head][dev] / t + b), y[dev])), 4)},
        }
    if not write:
        return report
    out = Path(output)
    if out.resolve() != src.resolve():
        shutil.copytree(src, out, dirs_exist_ok=True)
    fitted = {h: tb for h, tb in fitted.items() if heads is None or h in heads}
    report["written_heads"] = sorted(fitted)
    for head, (t, b) in fitted.items():
        state[f"{head}_temperature"] = np.asarray(t, dtype=state[f"{head}_temperature"].dtype)
        state[f"{head}_bias"] = np.asarray(b, dtype=state[f"{head}_bias"].dtype)
    save_file(state, str(out / ADAPTER_FILE), metadata=meta)
    cfg["temperatures"] = dict(cfg.get("temperatures") or {}) | {h: float(t) for h, (t, _) in fitted.items()}
    cfg["biases"] = dict(cfg.get("biases") or {}) | {h: [float(x) for x in b] for h, (_, b) in fitted.items()}
    cfg["format_version"] = max(2, int(cfg.get("format_version", 1)))  # biases are read from format 2 on
    if name:
        cfg["name"] = name
    cfg.setdefault("metrics", {})["recalibration"] = report
    (out / CONFIG_FILE).write_text(json.dumps(cfg, indent=2, sort_keys=True, default=float) + "\n", encoding="utf-8")
    rec_path = out / "training_record.json"
    if rec_path.is_file():
        record = json.loads(rec_path.read_text(encoding="utf-8"))
        record["recalibration"] = report | {"from": str(src), "dev_sets": [str(d) for d in dev_sets]}
        rec_path.write_text(json.dumps(record, indent=2, default=float) + "\n", encoding="utf-8")
    logger.info("recalibrated %s on %d pairs (%s) -> %s", src, len(pairs), report["collections"], out)
    return report
