"""Evaluation kit: score any model polisent can load on the dev splits, next to a TF-IDF baseline.

Splits: NewsMTSC ``dev_rw`` and ``dev_mt`` (targeted sentiment: macro-F1 and accuracy over three
classes, ECE), P-Stance ``val`` (F_avg = mean of F1(favor) and F1(against), per candidate and
averaged; a 3-way head is mapped to favor/against by comparing P(favor) with P(against)).
Stance ECE is measured two ways: 3-way on P-Stance val plus the neutral NewsMTSC dev targets as
"none" (the definition the model is trained with), and 2-way on P-Stance val alone with
P(favor) and P(against) renormalised.

The baseline is TF-IDF + logistic regression trained in the same run on the same training data:
for sentiment, word 1-2-grams of the sentence and of a +-6-word window around the target's
mentions; for stance, one classifier per candidate on the tweet's word 1-2-grams.

>>> report = run_evaluation(["default"], limit=50)  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import platform
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from polisent.training.data import Example, load_newsmtsc, load_pstance, to_tasks
from polisent.training.metrics import expected_calibration_error, f_avg, three_way
from polisent._provenance import git_sha

__all__ = ["TfidfBaseline", "evaluate_probabilities", "run_evaluation"]

logger = logging.getLogger(__name__)

SPLITS = ("dev_rw", "dev_mt", "val")


def _load_dev(data_dir: str | Path | None, limit: int | None) -> dict[str, list[Example]]:
    dev = {
        "dev_rw": load_newsmtsc(data_dir, "dev_rw"),
        "dev_mt": load_newsmtsc(data_dir, "dev_mt"),
        "val": load_pstance(data_dir, "val"),
    }
    if limit is not None:  # a seeded sample, so every P-Stance candidate is represented
        import random

        dev = {k: (random.Random(0).sample(v, limit) if limit < len(v) else v) for k, v in dev.items()}
    return dev


def evaluate_probabilities(
    probs: dict[str, tuple[np.ndarray | None, np.ndarray | None]], dev: dict[str, list[Example]]
) -> dict[str, Any]:
    """All metrics from per-target probabilities ``{split: (sentiment, stance)}`` (None: not scored)."""
    out: dict[str, Any] = {}
    for split in ("dev_rw", "dev_mt"):
        sent = probs[split][0]
        if sent is None:
            continue
        y = np.array([t for e in dev[split] for t in e.sentiment])
        out[split] = three_way(y, sent) | {"ece": expected_calibration_error(sent, y)}
    if all(probs[s][0] is not None for s in ("dev_rw", "dev_mt")):
        y = np.array([t for s in ("dev_rw", "dev_mt") for e in dev[s] for t in e.sentiment])
        p = np.concatenate([probs[s][0] for s in ("dev_rw", "dev_mt")])
        out["sentiment_ece_dev"] = expected_calibration_error(p, y)
    stance = probs["val"][1]
    if stance is not None:
        y = np.array([t for e in dev["val"] for t in e.stance])
        groups = np.array([e.group for e in dev["val"]])
        out["val"] = f_avg(y, stance[:, 0], stance[:, 2], groups)
        two = stance[:, [0, 2]] / np.clip(stance[:, [0, 2]].sum(1, keepdims=True), 1e-12, None)
        out["val"]["ece_binary"] = expected_calibration_error(two, (y == 2).astype(int))
        ps, ys = [stance], [y]
        for s in ("dev_rw", "dev_mt"):
            st = probs[s][1]
            if st is None:
                continue
            yn = np.array([t for e in dev[s] for t in e.stance])
            ps.append(st[yn >= 0])
            ys.append(yn[yn >= 0])
        out["stance_ece_3way"] = expected_calibration_error(np.concatenate(ps), np.concatenate(ys))
        out["stance_ece_3way_n"] = int(sum(len(y) for y in ys))
    return out


class TfidfBaseline:
    """TF-IDF + logistic regression for targeted sentiment and per-candidate stance."""

    def __init__(self, *, window: int = 6, c: float = 2.0, seed: int = 0) -> None:
        self.window = window
        self.c = c
        self.seed = seed

    def _context(self, examples: Sequence[Example]) -> tuple[list[str], list[str]]:
        sents, ctx = [], []
        for e in examples:
            for spans in e.targets:
                parts = []
                for s, t in spans:
                    left = re.findall(r"\w+|[^\w\s]", e.text[:s])[-self.window:]
                    right = re.findall(r"\w+|[^\w\s]", e.text[t:])[: self.window]
                    parts.append(" ".join(left) + " TARGET " + " ".join(right))
                sents.append(e.text)
                ctx.append(" || ".join(parts))
        return sents, ctx

    def fit(self, news: Sequence[Example], pstance: Sequence[Example]) -> TfidfBaseline:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from scipy.sparse import hstack

        sents, ctx = self._context(news)
        self.v_sent = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        self.v_ctx = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"\S+")
        x = hstack([self.v_sent.fit_transform(sents), self.v_ctx.fit_transform(ctx)]).tocsr()
        y = np.array([t for e in news for t in e.sentiment])
        self.sent_clf = LogisticRegression(C=self.c, max_iter=2000, random_state=self.seed).fit(x, y)
        self.stance: dict[str, Any] = {}
        for g in sorted({e.group for e in pstance}):
            rows = [e for e in pstance if e.group == g]
            v = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
            xs = v.fit_transform([e.text for e in rows])
            ys = np.array([e.stance[0] for e in rows])
            self.stance[g] = (v, LogisticRegression(C=self.c, max_iter=2000, random_state=self.seed).fit(xs, ys))
        return self

    def predict(self, examples: Sequence[Example]) -> tuple[np.ndarray, np.ndarray | None]:
        from scipy.sparse import hstack

        sents, ctx = self._context(examples)
        x = hstack([self.v_sent.transform(sents), self.v_ctx.transform(ctx)]).tocsr()
        sent = self.sent_clf.predict_proba(x)  # classes 0, 1, 2
        if not examples or examples[0].source != "pstance":
            return sent, None
        stance = np.zeros((len(examples), 3))
        for i, e in enumerate(examples):
            v, clf = self.stance[e.group]
            p = clf.predict_proba(v.transform([e.text]))[0]
            for cls, pc in zip(clf.classes_, p):
                stance[i, int(cls)] = pc
        return sent, stance


def _versions() -> dict[str, str]:
    import sklearn

    out = {"python": platform.python_version(), "sklearn": sklearn.__version__, "machine": platform.machine()}
    try:
        import torch
        import transformers

        out |= {"torch": torch.__version__, "transformers": transformers.__version__}
    except ImportError:  # pragma: no cover
        pass
    import polisent

    out["polisent"] = getattr(polisent, "__version__", "?")
    return out


def _brief(m: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for split in ("dev_rw", "dev_mt"):
        if split in m:
            out[f"{split}_macro_f1"] = round(m[split]["macro_f1"], 4)
            out[f"{split}_accuracy"] = round(m[split]["accuracy"], 4)
    if "val" in m:
        out["val_f_avg"] = round(m["val"]["f_avg"], 4)
        out["val_f_avg_per_target"] = {k: round(v, 4) for k, v in m["val"]["per_target"].items()}
    for k in ("sentiment_ece_dev", "stance_ece_3way"):
        if k in m:
            out[k] = round(m[k], 4)
    if "val" in m and "ece_binary" in m["val"]:
        out["val_ece_binary"] = round(m["val"]["ece_binary"], 4)
    return out


def run_evaluation(
    models: Sequence[str],
    *,
    data_dir: str | Path | None = None,
    results_dir: str | Path = "benchmarks/results",
    baseline: bool = True,
    limit: int | None = None,
    batch_size: int = 64,
    precision: str = "auto",
    write: bool = True,
) -> dict[str, Any]:
    """Evaluate each model spec (see :func:`polisent.models.load_scorer`) and the baseline.

    Returns ``{"summary": {name: brief metrics}, "results": full metrics, "path": JSON path}``.
    """
    from polisent.models import load_scorer

    dev = _load_dev(data_dir, limit)
    results: dict[str, Any] = {}
    for spec in models:
        t0 = time.time()
        scorer = load_scorer(spec, precision=precision, max_batch=batch_size).load()
        load_s = time.time() - t0
        probs: dict[str, tuple[np.ndarray | None, np.ndarray | None]] = {}
        timings = {}
        for split, examples in dev.items():
            t1 = time.time()
            arrays = scorer.score(to_tasks(examples))
            timings[split] = round(time.time() - t1, 3)
            probs[split] = (arrays.sentiment, arrays.stance)
        metrics = evaluate_probabilities(probs, dev)
        results[str(spec)] = {"models": scorer.models(), "precision": precision, "load_seconds": round(load_s, 2),
                              "score_seconds": timings, "metrics": metrics}
        logger.info("%s: %s", spec, json.dumps(_brief(metrics)))
    if baseline:
        from polisent.training.data import load_newsmtsc as _ln
        from polisent.training.data import load_pstance as _lp

        t0 = time.time()
        base = TfidfBaseline().fit(_ln(data_dir, "train"), _lp(data_dir, "train"))
        probs = {split: base.predict(ex) for split, ex in dev.items()}
        results["tfidf-logreg"] = {"models": {"sentiment": "tfidf-logreg", "stance": "tfidf-logreg"},
                                   "fit_seconds": round(time.time() - t0, 2),
                                   "metrics": evaluate_probabilities(probs, dev)}
    report: dict[str, Any] = {
        "benchmark": "eval_models",
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "git_sha": git_sha(),
        "versions": _versions(),
        "config": {"models": list(map(str, models)), "data_dir": str(data_dir) if data_dir else None,
                   "limit": limit, "batch_size": batch_size, "precision": precision, "baseline": baseline},
        "n": {k: {"examples": len(v), "targets": sum(len(e.targets) for e in v)} for k, v in dev.items()},
        "results": results,
        "summary": {k: _brief(v["metrics"]) for k, v in results.items()},
    }
    path = None
    if write:
        out_dir = Path(results_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        path = out_dir / f"eval_models_{stamp}.json"
        path.write_text(json.dumps(report, indent=2, default=float) + "\n", encoding="utf-8")
    report["path"] = str(path) if path else None
    return report
