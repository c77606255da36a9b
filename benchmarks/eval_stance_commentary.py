"""Stance and sentiment of scoring models on the hand-labelled commentary gold set.

Scores every (claim, actor) pair of ``benchmarks/gold/stance/commentary.jsonl`` (guideline in
that folder's README) with each model given (anything :func:`polisent.models.load_scorer` can
load: ``default``, a polisent artifact directory, a Hugging Face id or path), next to the
majority-class baseline of the same run, and reports stance macro-F1, accuracy, F1 per class,
the confusion matrix and the distribution of predicted labels, sentiment macro-F1 likewise, and
favor-vs-against accuracy on the gold rows that take a side. It also runs
``polisent.Analyzer(scorer=...)`` on ``examples/interview.md`` and reports the predicted stance
distribution there (no gold: a check that the head does not answer one label to everything).

    python benchmarks/eval_stance_commentary.py [--model default] [--model PATH ...]
        [--precision auto|fp32|bf16] [--out benchmarks/results/eval_stance_commentary.json]
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import logging
import os
import platform
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

from polisent._provenance import git_sha  # noqa: E402

logger = logging.getLogger("eval_stance_commentary")

GOLD = ROOT / "benchmarks" / "gold" / "stance" / "commentary.jsonl"
INTERVIEW = ROOT / "examples" / "interview.md"
STANCE = ("against", "none", "favor")
SENTIMENT = ("negative", "neutral", "positive")


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold rows; spans checked against the text."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:
        for s, e in r["spans"]:
            if not 0 <= s < e <= len(r["text"]):
                raise ValueError(f"{r['id']}: span {(s, e)} outside the text")
    return rows


def classification(gold: list[str], pred: list[str], labels: tuple[str, ...]) -> dict[str, Any]:
    """Macro-F1, accuracy, F1 per class, confusion matrix (rows gold, columns predicted), predicted counts."""
    from sklearn.metrics import confusion_matrix, f1_score

    f1 = f1_score(gold, pred, labels=list(labels), average=None, zero_division=0)
    return {
        "n": len(gold),
        "macro_f1": float(np.mean(f1)),
        "accuracy": float(np.mean([g == p for g, p in zip(gold, pred)])),
        "f1_per_class": {lab: float(v) for lab, v in zip(labels, f1)},
        "confusion": {"labels": list(labels), "rows_gold_cols_pred":
                      confusion_matrix(gold, pred, labels=list(labels)).tolist()},
        "predicted": {lab: int(Counter(pred)[lab]) for lab in labels},
    }


def score_gold(scorer: Any, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Stance and sentiment figures of one scorer on the gold rows."""
    from polisent.protocols import ScoringTask

    tasks = [ScoringTask(r["text"], (tuple((int(s), int(e)) for s, e in r["spans"]),)) for r in rows]
    t0 = time.time()
    arrays = scorer.score(tasks)
    out: dict[str, Any] = {"score_seconds": round(time.time() - t0, 2)}
    if arrays.stance is not None:
        p = np.asarray(arrays.stance)
        pred = [STANCE[i] for i in p.argmax(1)]
        out["stance"] = classification([r["stance"] for r in rows], pred, STANCE)
        out["stance"]["mean_probability"] = {lab: float(p[:, i].mean()) for i, lab in enumerate(STANCE)}
        polar = [i for i, r in enumerate(rows) if r["stance"] != "none"]
        sign = ["favor" if p[i, 2] > p[i, 0] else "against" for i in polar]
        out["stance"]["favor_vs_against_accuracy"] = float(np.mean([s == rows[i]["stance"] for s, i in zip(sign, polar)]))
        out["stance"]["favor_vs_against_n"] = len(polar)
        out["predictions"] = {r["id"]: {"stance": pr, "p": [round(float(x), 4) for x in p[i]]}
                              for i, (r, pr) in enumerate(zip(rows, pred))}
    if arrays.sentiment is not None:
        ps = np.asarray(arrays.sentiment)
        out["sentiment"] = classification([r["sentiment"] for r in rows], [SENTIMENT[i] for i in ps.argmax(1)],
                                          SENTIMENT)
    return out


def majority(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The majority-class baseline (most frequent gold label, for every row)."""
    out = {}
    for task, labels in (("stance", STANCE), ("sentiment", SENTIMENT)):
        gold = [r[task] for r in rows]
        top = Counter(gold).most_common(1)[0][0]
        out[task] = classification(gold, [top] * len(gold), labels) | {"label": top}
    return out


def interview(scorer: Any, path: Path) -> dict[str, Any]:
    """Predicted stance and sentiment labels of every assessment of the example interview."""
    import polisent

    analyzer = polisent.Analyzer(scorer=scorer)
    doc = analyzer(path.read_text(encoding="utf-8"))
    st = [a.stance for a in doc.assessments if a.stance is not None]
    se = [a.sentiment for a in doc.assessments if a.sentiment is not None]
    return {
        "assessments": len(doc.assessments),
        "stance_labels": {lab: sum(str(s.label) == lab for s in st) for lab in STANCE},
        "mean_p_none": float(np.mean([s.none for s in st])) if st else None,
        "min_p_none": float(np.min([s.none for s in st])) if st else None,
        "sentiment_labels": {lab: sum(str(s.label) == lab for s in se) for lab in SENTIMENT},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", action="append", default=None, help="model spec (repeatable; default: 'default')")
    parser.add_argument("--gold", default=str(GOLD))
    parser.add_argument("--precision", default="auto", help="scorer precision: auto, fp32, bf16")
    parser.add_argument("--interview", default=str(INTERVIEW), help="document for the label distribution ('' to skip)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "eval_stance_commentary.json"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    from polisent.models import load_scorer

    rows = load_gold(Path(args.gold))
    results: dict[str, Any] = {"majority-class": majority(rows)}
    for spec in args.model or ["default"]:
        t0 = time.time()
        scorer = load_scorer(spec, precision=args.precision).load()
        res = {"models": scorer.models(), "precision": scorer.precision if hasattr(scorer, "precision") else args.precision,
               "load_seconds": round(time.time() - t0, 2)} | score_gold(scorer, rows)
        if args.interview:
            res["interview"] = interview(scorer, Path(args.interview))
        results[str(spec)] = res
        logger.info("%s: stance macro-F1 %.3f acc %.3f predicted %s", spec, res["stance"]["macro_f1"],
                    res["stance"]["accuracy"], res["stance"]["predicted"])
    summary = {}
    for name, res in results.items():
        s = {"stance_macro_f1": round(res["stance"]["macro_f1"], 4), "stance_accuracy": round(res["stance"]["accuracy"], 4),
             "stance_f1_per_class": {k: round(v, 4) for k, v in res["stance"]["f1_per_class"].items()},
             "stance_predicted": res["stance"]["predicted"],
             "sentiment_macro_f1": round(res["sentiment"]["macro_f1"], 4),
             "sentiment_accuracy": round(res["sentiment"]["accuracy"], 4)}
        if "favor_vs_against_accuracy" in res["stance"]:
            s["favor_vs_against_accuracy"] = round(res["stance"]["favor_vs_against_accuracy"], 4)
        if "interview" in res:
            s["interview_stance"] = res["interview"]["stance_labels"]
            s["interview_mean_p_none"] = round(res["interview"]["mean_p_none"], 4)
        summary[name] = s
    import polisent

    report = {
        "benchmark": "eval_stance_commentary",
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "git_sha": git_sha(),
        "versions": {"python": platform.python_version(), "polisent": getattr(polisent, "__version__", "?")},
        "config": {"models": args.model or ["default"], "gold": str(Path(args.gold).relative_to(ROOT))
                   if Path(args.gold).resolve().is_relative_to(ROOT) else args.gold,
                   "precision": args.precision, "interview": args.interview or None},
        "gold": {"n": len(rows), "stance": dict(Counter(r["stance"] for r in rows)),
                 "sentiment": dict(Counter(r["sentiment"] for r in rows))},
        "summary": summary,
        "results": results,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=2))
    print(f"written: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
