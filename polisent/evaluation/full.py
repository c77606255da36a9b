"""``polisent evaluate --gold all``: every evaluation of every model in one process, one JSON.

For each model spec (``default``, ``accurate``, an artifact path, anything
:func:`polisent.models.load_scorer` takes, or ``none`` for structure and linking only), loaded
once:

- **commentary**: the labelled commentary corpus on each split asked for (``--splits``; dev only
  by default, so the test split is never run by accident): structure, linking, end-to-end and
  gold-pair sentiment and stance, per-tag figures, same-claim divergence
  (:func:`polisent.evaluation.commentary_eval.evaluate_commentary`);
- **newsmtsc_pstance**: NewsMTSC ``dev_rw`` / ``dev_mt`` macro-F1 and P-Stance ``val`` F_avg with
  ECE (:mod:`polisent.training.evaluate`);
- **gold_set**: the 141 hand-labelled commentary pairs (:mod:`polisent.evaluation.gold_set`);
- **ece** (per data set and head) and **label_distributions** (predicted vs gold, per data set
  and head), gathered from the above.

The baselines are computed once, under ``baselines``: TF-IDF + logistic regression on NewsMTSC /
P-Stance, all-neutral and majority-class on each commentary split and on the gold set. ``table``
holds one row per (model or baseline) x data set, the figures :func:`format_table` prints.
Writes ``<results_dir>/eval_models_all.json`` (``eval_models_all_limit<N>.json`` with ``limit``,
so a quick check never overwrites the real figures).

>>> report = run_full_evaluation(["default", "accurate"], splits=["dev"], limit=20)  # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from polisent.errors import ConfigError

__all__ = ["DATASETS", "add_full_arguments", "format_table", "run_full_evaluation", "run_full_from_args"]

logger = logging.getLogger(__name__)

SENTIMENT = ("negative", "neutral", "positive")
STANCE = ("against", "none", "favor")
#: Row names of the table, in order (commentary rows only for the splits run).
DATASETS = ("commentary_train", "commentary_dev", "commentary_test", "newsmtsc_dev_rw", "newsmtsc_dev_mt",
            "pstance_val", "gold_set_141")
OUT_NAME = "eval_models_all"


# ---------------------------------------------------------------------------------------------- helpers
def _dist(labels: Sequence[str], values: Sequence[str]) -> dict[str, float] | None:
    if not values:
        return None
    c = Counter(values)
    return {lab: round(c[lab] / len(values), 4) for lab in labels}


def _r(x: Any) -> float | None:
    return None if x is None else round(float(x), 4)


def _spec_name(spec: Any) -> str:
    return str(spec) if isinstance(spec, (str, Path)) else str(getattr(spec, "name", type(spec).__name__))


def _dataset_probs(scorer: Any, dev: dict[str, list[Any]]) -> tuple[dict[str, Any], dict[str, float]]:
    from polisent.training.data import to_tasks

    probs, seconds = {}, {}
    for split, examples in dev.items():
        t0 = time.perf_counter()
        arrays = scorer.score(to_tasks(examples))
        seconds[split] = round(time.perf_counter() - t0, 3)
        probs[split] = (arrays.sentiment, arrays.stance)
    return probs, seconds


def _dataset_views(probs: dict[str, Any], metrics: dict[str, Any], dev: dict[str, list[Any]]) -> dict[str, Any]:
    """Per NewsMTSC / P-Stance split: ECE per head and predicted vs gold label distributions."""
    import numpy as np

    out: dict[str, Any] = {}
    for split, name in (("dev_rw", "newsmtsc_dev_rw"), ("dev_mt", "newsmtsc_dev_mt"), ("val", "pstance_val")):
        sent, stance = probs[split]
        ys = [t for e in dev[split] for t in e.sentiment]
        yt = [t for e in dev[split] for t in e.stance]
        view: dict[str, Any] = {"ece": {}, "distributions": {}}
        if sent is not None:
            gold = [SENTIMENT[y] for y in ys if y >= 0]
            view["distributions"]["sentiment"] = {"gold": _dist(SENTIMENT, gold), "n_gold": len(gold),
                                                  "predicted": _dist(SENTIMENT, [SENTIMENT[i] for i in np.asarray(sent).argmax(1)])}
            view["ece"]["sentiment"] = _r(metrics.get(split, {}).get("ece")) if split != "val" else None
        if stance is not None:
            # NewsMTSC has no stance gold (its neutral targets are trained as none, the others are
            # unlabelled, so a gold share would read 100 % none); P-Stance has favor/against only
            gold = [STANCE[y] for y in yt if y >= 0] if split == "val" else []
            view["distributions"]["stance"] = {"gold": _dist(STANCE, gold), "n_gold": len(gold),
                                               "gold_note": "P-Stance has favor/against only" if split == "val"
                                               else "no stance gold in NewsMTSC",
                                               "predicted": _dist(STANCE, [STANCE[i] for i in np.asarray(stance).argmax(1)])}
            if split == "val":
                view["ece"]["stance"] = _r(metrics.get("stance_ece_3way"))
                view["ece"]["stance_binary"] = _r(metrics.get("val", {}).get("ece_binary"))
        out[name] = view
    return out


def _commentary_view(res: dict[str, Any]) -> dict[str, Any]:
    gp = res.get("gold_pairs") or {}
    view: dict[str, Any] = {"ece": {}, "distributions": {}}
    for head, gold_key in (("sentiment", "gold_sentiment"), ("stance", "gold_stance")):
        r = gp.get(head)
        labels = SENTIMENT if head == "sentiment" else STANCE
        if r:
            view["ece"][head] = r.get("ece")
            view["distributions"][head] = {"gold": r.get("gold_distribution"), "n_gold": r.get("n"),
                                           "predicted": r.get("predicted_distribution")}
        else:
            n = sum(res.get(gold_key, {}).values())
            view["distributions"][head] = {"gold": {k: round(res[gold_key].get(k, 0) / n, 4) for k in labels}
                                           if n else None, "n_gold": n, "predicted": None}
    pp = res["pipeline_pairs"]
    view["distributions"]["end_to_end"] = {
        "sentiment_predicted": pp["sentiment_end_to_end"].get("predicted_distribution"),
        "stance_predicted": pp["stance_end_to_end"].get("predicted_distribution")}
    return view


def _gold_set_view(res: dict[str, Any]) -> dict[str, Any]:
    view: dict[str, Any] = {"ece": {}, "distributions": {}}
    for head in ("sentiment", "stance"):
        r = res.get(head)
        if r:
            view["ece"][head] = _r(r.get("ece"))
            view["distributions"][head] = {"gold": r["gold_distribution"], "n_gold": r["n"],
                                           "predicted": r["predicted_distribution"]}
    return view


# ---------------------------------------------------------------------------------------------- table
def _row(model: str, dataset: str, n: Any, sent_f1: Any, stance_f1: Any, views: dict[str, Any] | None,
         **extra: Any) -> dict[str, Any]:
    views = views or {"ece": {}, "distributions": {}}
    d = views["distributions"]
    sd, td = d.get("sentiment") or {}, d.get("stance") or {}
    return {"model": model, "dataset": dataset, "n": n, "sentiment_macro_f1": _r(sent_f1), "stance_f1": _r(stance_f1),
            "sentiment_ece": _r(views["ece"].get("sentiment")), "stance_ece": _r(views["ece"].get("stance")),
            "neutral_predicted": (sd.get("predicted") or {}).get("neutral"), "neutral_gold": (sd.get("gold") or {}).get("neutral"),
            "none_predicted": (td.get("predicted") or {}).get("none"), "none_gold": (td.get("gold") or {}).get("none"),
            **extra}


def _document_actor_fields(c: dict[str, Any]) -> dict[str, Any]:
    """Per-document actor roll-ups against the gold views: macro-F1 and the share of gold-neutral
    views read as positive or negative, end to end (:mod:`polisent.evaluation.actor_rollup`)."""
    da = c.get("document_actors") or {}
    out: dict[str, Any] = {}
    for head in ("sentiment", "stance"):
        r = da.get(head) or {}
        out[f"document_actor_{head}_macro_f1"] = _r(r.get("macro_f1"))
        out[f"document_actor_{head}_polarised"] = r.get("polarised")
    return out


def _model_rows(name: str, res: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for split, c in res.get("commentary", {}).items():
        gp = c.get("gold_pairs") or {}
        e2e = c["pipeline_pairs"]
        rows.append(_row(name, f"commentary_{split}", c["pairs"], (gp.get("sentiment") or {}).get("macro_f1"),
                         (gp.get("stance") or {}).get("macro_f1"), res["views"].get(f"commentary_{split}"),
                         e2e_sentiment_macro_f1=e2e["sentiment_end_to_end"].get("macro_f1"),
                         e2e_stance_macro_f1=e2e["stance_end_to_end"].get("macro_f1"),
                         **_document_actor_fields(c)))
    m = (res.get("newsmtsc_pstance") or {}).get("metrics")
    n = (res.get("newsmtsc_pstance") or {}).get("n", {})
    if m:
        for split in ("dev_rw", "dev_mt"):
            if split in m:
                rows.append(_row(name, f"newsmtsc_{split}", n.get(split), m[split]["macro_f1"], None,
                                 res["views"].get(f"newsmtsc_{split}")))
        if "val" in m:
            rows.append(_row(name, "pstance_val", n.get("val"), None, m["val"]["f_avg"], res["views"].get("pstance_val"),
                             stance_metric="F_avg"))
    g = res.get("gold_set")
    if g:
        rows.append(_row(name, "gold_set_141", (g.get("stance") or g.get("sentiment") or {}).get("n"),
                         (g.get("sentiment") or {}).get("macro_f1"), (g.get("stance") or {}).get("macro_f1"),
                         res["views"].get("gold_set_141")))
    return rows


def _baseline_rows(base: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for split, b in base.get("commentary", {}).items():
        for kind in ("all_neutral", "majority"):
            s, t = b.get(f"{kind}_sentiment") or {}, b.get(f"{kind}_stance") or {}
            views = {"ece": {}, "distributions": {"sentiment": {"predicted": s.get("predicted_distribution"),
                                                                "gold": s.get("gold_distribution")},
                                                  "stance": {"predicted": t.get("predicted_distribution"),
                                                             "gold": t.get("gold_distribution")}}}
            rows.append(_row(kind.replace("_", "-"), f"commentary_{split}", s.get("n"), s.get("macro_f1"),
                             t.get("macro_f1"), views))
    tf = (base.get("tfidf-logreg") or {}).get("metrics")
    if tf:
        for split in ("dev_rw", "dev_mt"):
            if split in tf:
                rows.append(_row("tfidf-logreg", f"newsmtsc_{split}", None, tf[split]["macro_f1"], None,
                                 {"ece": {"sentiment": tf[split].get("ece")}, "distributions": {}}))
        if "val" in tf:
            rows.append(_row("tfidf-logreg", "pstance_val", None, None, tf["val"]["f_avg"],
                             {"ece": {"stance": tf.get("stance_ece_3way")}, "distributions": {}}, stance_metric="F_avg"))
    g = base.get("gold_set") or {}
    for kind, key in (("all-neutral", "all_neutral"), ("majority", "majority")):
        entry = g.get(key) or {}
        if entry:
            rows.append(_row(kind, "gold_set_141", (entry.get("stance") or {}).get("n"),
                             (entry.get("sentiment") or {}).get("macro_f1"), (entry.get("stance") or {}).get("macro_f1"),
                             _gold_set_view(entry)))
    return rows


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    """A fixed-width text table: one line per (model, data set), figures in percent.

    >>> print(format_table([{"model": "m", "dataset": "d", "n": 3, "sentiment_macro_f1": 0.5}]).splitlines()[2])
    m                        d                       3   50.0      -      -      -      -      -      -      -
    """
    def pct(x: Any) -> str:
        return "-" if x is None else f"{100 * float(x):.1f}"

    def ece(x: Any) -> str:
        return "-" if x is None else f"{float(x):.3f}"

    head = (f"{'model':24s} {'dataset':18s} {'n':>6s} {'sentF1':>6s} {'stanF1':>6s} {'sECE':>6s} {'tECE':>6s} "
            f"{'neu%p':>6s} {'neu%g':>6s} {'none%p':>6s} {'none%g':>6s}")
    lines = [head, "-" * len(head)]
    for r in rows:
        model = str(r.get("model", ""))
        model = model if len(model) <= 24 else "..." + model[-21:]
        lines.append(f"{model:24s} {r.get('dataset', ''):18s} {r.get('n') if r.get('n') is not None else '-'!s:>6s} "
                     f"{pct(r.get('sentiment_macro_f1')):>6s} {pct(r.get('stance_f1')):>6s} "
                     f"{ece(r.get('sentiment_ece')):>6s} {ece(r.get('stance_ece')):>6s} "
                     f"{pct(r.get('neutral_predicted')):>6s} {pct(r.get('neutral_gold')):>6s} "
                     f"{pct(r.get('none_predicted')):>6s} {pct(r.get('none_gold')):>6s}")
    lines.append("stanF1: stance macro-F1 (P-Stance: F_avg); commentary rows: gold claims and mentions (scorer alone); "
                 "sECE/tECE: sentiment/stance ECE (P-Stance: 3-way with NewsMTSC neutral as none); %p/%g: predicted/gold share")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- entry point
def run_full_evaluation(
    models: Sequence[Any],
    *,
    splits: Sequence[str] = ("dev",),
    data_dir: str | Path | None = None,
    corpus: str | Path | None = None,
    gold_set: str | Path | None = None,
    results_dir: str | Path = "benchmarks/results",
    baseline: bool = True,
    limit: int | None = None,
    batch_size: int = 64,
    precision: str = "auto",
    device: str = "auto",
    write: bool = True,
    command: str | None = None,
) -> dict[str, Any]:
    """Run every evaluation for every model; returns the report (``path``: the JSON written, or None)."""
    import polisent
    from polisent._provenance import git_sha
    from polisent.evaluation.commentary_eval import evaluate_commentary
    from polisent.evaluation.gold_set import (
        GOLD,
        INTERVIEW,
        interview,
        load_gold,
        score_gold,
    )
    from polisent.evaluation.gold_set import baselines as gold_baselines
    from polisent.models import load_scorer
    from polisent.training.evaluate import _load_dev, _versions, evaluate_probabilities

    if not models:
        raise ConfigError("run_full_evaluation needs at least one model spec ('default', 'accurate', a path, ...).")
    bad = [s for s in splits if s not in ("train", "dev", "test")]
    if bad or not splits:
        raise ConfigError(f"The commentary splits must be among train, dev, test. Got {list(splits)!r} instead.")
    splits = list(dict.fromkeys(splits))
    if "test" in splits:
        logger.warning("evaluating on the commentary TEST split: report it once, after the choices are made on dev")
    for spec in models:  # a wrong name or path fails now, not after the first model's evaluation
        if spec != "none":
            load_scorer(spec, device=device, precision=precision, max_batch=batch_size)
    t_start = time.perf_counter()
    dev = _load_dev(data_dir, limit)
    rows_gold = load_gold(gold_set or GOLD)
    if limit is not None:
        rows_gold = rows_gold[:limit]
    results: dict[str, Any] = {}
    commentary_baselines: dict[str, Any] = {}
    for spec in models:
        name = _spec_name(spec)
        t0 = time.perf_counter()
        scorer = None if spec == "none" else load_scorer(spec, device=device, precision=precision,
                                                         max_batch=batch_size).load()
        res: dict[str, Any] = {"load_seconds": round(time.perf_counter() - t0, 2), "commentary": {}, "views": {}}
        if scorer is not None:
            res["models"] = scorer.models()
            res["precision"] = getattr(scorer, "precision", precision)
        analyzer = polisent.Analyzer(scorer=scorer, precision=precision, device=device, batch_size=batch_size,
                                     progress=False).load()
        for split in splits:
            c = evaluate_commentary(analyzer, split, corpus, oracle=scorer is not None, limit=limit)
            commentary_baselines.setdefault(split, c.pop("baselines"))
            c.pop("baselines", None)
            res["commentary"][split] = c
            res["views"][f"commentary_{split}"] = _commentary_view(c)
            logger.info("%s: commentary %s done", name, split)
        if scorer is not None:
            probs, seconds = _dataset_probs(scorer, dev)
            metrics = evaluate_probabilities(probs, dev)
            res["newsmtsc_pstance"] = {"score_seconds": seconds, "metrics": metrics,
                                       "n": {k: sum(len(e.targets) for e in v) for k, v in dev.items()}}
            res["views"] |= _dataset_views(probs, metrics, dev)
            g = score_gold(scorer, rows_gold)
            if INTERVIEW.is_file():
                g["interview"] = interview(scorer, INTERVIEW)
            res["gold_set"] = g
            res["views"]["gold_set_141"] = _gold_set_view(g)
        res["ece"] = {k: v["ece"] for k, v in res["views"].items()}
        res["label_distributions"] = {k: v["distributions"] for k, v in res["views"].items()}
        results[name] = res
        logger.info("%s: done in %.0f s", name, time.perf_counter() - t0)
        del analyzer, scorer
        gc.collect()
    base: dict[str, Any] = {"commentary": commentary_baselines, "gold_set": gold_baselines(rows_gold)}
    if baseline:
        from polisent.training.data import load_newsmtsc, load_pstance
        from polisent.training.evaluate import TfidfBaseline

        t0 = time.perf_counter()
        tf = TfidfBaseline().fit(load_newsmtsc(data_dir, "train"), load_pstance(data_dir, "train"))
        base["tfidf-logreg"] = {"fit_seconds": round(time.perf_counter() - t0, 2), "metrics": evaluate_probabilities(
            {split: tf.predict(ex) for split, ex in dev.items()}, dev)}
    table = [row for name, res in results.items() for row in _model_rows(name, res)] + _baseline_rows(base)
    order = {d: i for i, d in enumerate(DATASETS)}
    table.sort(key=lambda r: order.get(r["dataset"], len(order)))  # stable: models, then baselines, per data set
    for res in results.values():
        res.pop("views")
    report: dict[str, Any] = {
        "evaluation": "all",
        "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "git_sha": git_sha(),
        "versions": _versions(),
        "command": command,
        "config": {"models": [_spec_name(m) for m in models], "splits": splits, "limit": limit,
                   "data_dir": str(data_dir) if data_dir else None, "corpus": str(corpus) if corpus else None,
                   "gold_set": str(gold_set or GOLD), "batch_size": batch_size, "precision": precision,
                   "device": device, "baseline": baseline},
        "n": {"newsmtsc_pstance": {k: {"examples": len(v), "targets": sum(len(e.targets) for e in v)} for k, v in dev.items()},
              "gold_set_141": len(rows_gold)},
        "seconds": round(time.perf_counter() - t_start, 1),
        "table": table,
        "baselines": base,
        "results": results,
    }
    path = None
    if write:
        out_dir = Path(results_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / (f"{OUT_NAME}.json" if limit is None else f"{OUT_NAME}_limit{limit}.json")
        path.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    report["path"] = str(path) if path else None
    return report


# ---------------------------------------------------------------------------------------------- CLI glue
def add_full_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``evaluate`` that only ``--gold all`` reads."""
    p.add_argument("--splits", nargs="+", choices=("train", "dev", "test"), default=["dev"],
                   help="with --gold all: the commentary splits (default: dev only; add test once, after the choices)")
    p.add_argument("--gold-set", default=None,
                   help="with --gold all: the hand-labelled pairs file (default: benchmarks/gold/stance/commentary.jsonl)")
    p.add_argument("--device", default="auto", help="with --gold all: auto, cpu, cuda[:n], mps (default: %(default)s)")


def run_full_from_args(args: argparse.Namespace) -> int:
    """``evaluate --gold all``: run, print the table to stdout, the JSON path to stderr."""
    import shlex

    argv = getattr(args, "argv", None)  # set by python -m polisent.training; polisent's own CLI: sys.argv
    command = ("python -m polisent.training " + shlex.join(argv)) if argv is not None else shlex.join(sys.argv)
    report = run_full_evaluation(
        args.model or ["default"], splits=args.splits, data_dir=args.data_dir, corpus=args.corpus,
        gold_set=args.gold_set, results_dir=args.results_dir, baseline=args.baseline, limit=args.limit,
        batch_size=args.batch_size, precision=args.precision, device=args.device, command=command)
    print(format_table(report["table"]))
    print(f"written: {report['path']}", file=sys.stderr)
    return 0
