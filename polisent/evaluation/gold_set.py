"""The 141-pair hand-labelled commentary gold set (``benchmarks/gold/stance/commentary.jsonl``).

Every row is one (claim, actor) pair with the actor's mention spans in the claim, a gold stance
and a gold sentiment (guideline in that folder's README). :func:`score_gold` scores one scorer
on it (stance and sentiment macro-F1, accuracy, F1 per class, confusion, predicted and gold
label distributions, ECE per head, favor-vs-against accuracy on the rows that take a side);
:func:`baselines` gives the majority-class and all-neutral figures of the same rows;
:func:`evaluate_gold_set` runs both for several model specs and returns the report that
``benchmarks/eval_stance_commentary.py`` writes. The gold file ships with the repository, not
the installed package.

>>> rows = [{"id": "a", "text": "Moscow failed.", "spans": [[0, 6]], "stance": "against", "sentiment": "negative"}]
>>> baselines(rows)["majority"]["stance"]["label"]
'against'
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from polisent.errors import DataError

__all__ = ["GOLD", "SENTIMENT", "STANCE", "baselines", "classification", "evaluate_gold_set", "interview",
           "load_gold", "score_gold", "summarize"]

logger = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parents[2]
#: The gold file of the checkout.
GOLD = _ROOT / "benchmarks" / "gold" / "stance" / "commentary.jsonl"
#: The example interview whose predicted label distribution is reported (no gold there).
INTERVIEW = _ROOT / "examples" / "interview.md"
STANCE = ("against", "none", "favor")
SENTIMENT = ("negative", "neutral", "positive")


def load_gold(path: str | Path = GOLD) -> list[dict[str, Any]]:
    """The gold rows; spans checked against the text.

    Raises:
        DataError: the file is missing, or a span lies outside its text.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"No gold set at {str(path)!r}: it ships with the polisent repository "
                        "(benchmarks/gold/stance/commentary.jsonl), not the installed package.")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:
        for s, e in r["spans"]:
            if not 0 <= s < e <= len(r["text"]):
                raise DataError(f"{path}: row {r['id']}: span {(s, e)} outside the text")
    return rows


def classification(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Macro-F1, accuracy, F1 per class, confusion (rows gold, columns predicted), predicted counts.

    >>> classification(["none", "favor"], ["none", "none"], STANCE)["predicted"]
    {'against': 0, 'none': 2, 'favor': 0}
    """
    import numpy as np
    from sklearn.metrics import confusion_matrix, f1_score

    f1 = f1_score(list(gold), list(pred), labels=list(labels), average=None, zero_division=0)
    return {
        "n": len(gold),
        "macro_f1": float(np.mean(f1)),
        "accuracy": float(np.mean([g == p for g, p in zip(gold, pred)])),
        "f1_per_class": {lab: float(v) for lab, v in zip(labels, f1)},
        "confusion": {"labels": list(labels), "rows_gold_cols_pred":
                      confusion_matrix(list(gold), list(pred), labels=list(labels)).tolist()},
        "predicted": {lab: int(Counter(pred)[lab]) for lab in labels},
        "gold_distribution": {lab: round(Counter(gold)[lab] / len(gold), 4) if gold else 0.0 for lab in labels},
        "predicted_distribution": {lab: round(Counter(pred)[lab] / len(pred), 4) if pred else 0.0 for lab in labels},
    }


def score_gold(scorer: Any, rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Stance and sentiment figures of one (loaded or lazy) scorer on the gold rows."""
    import numpy as np

    from polisent.protocols import ScoringTask
    from polisent.training.metrics import expected_calibration_error

    tasks = [ScoringTask(r["text"], (tuple((int(s), int(e)) for s, e in r["spans"]),)) for r in rows]
    t0 = time.time()
    arrays = scorer.score(tasks)
    out: dict[str, Any] = {"score_seconds": round(time.time() - t0, 2)}
    if arrays.stance is not None:
        p = np.asarray(arrays.stance, dtype=float)
        pred = [STANCE[i] for i in p.argmax(1)]
        gold = [r["stance"] for r in rows]
        out["stance"] = classification(gold, pred, STANCE)
        out["stance"]["ece"] = float(expected_calibration_error(p, np.array([STANCE.index(g) for g in gold])))
        out["stance"]["mean_probability"] = {lab: float(p[:, i].mean()) for i, lab in enumerate(STANCE)}
        polar = [i for i, r in enumerate(rows) if r["stance"] != "none"]
        sign = ["favor" if p[i, 2] > p[i, 0] else "against" for i in polar]
        out["stance"]["favor_vs_against_accuracy"] = (
            float(np.mean([s == rows[i]["stance"] for s, i in zip(sign, polar)])) if polar else None)
        out["stance"]["favor_vs_against_n"] = len(polar)
        out["predictions"] = {r["id"]: {"stance": pr, "p": [round(float(x), 4) for x in p[i]]}
                              for i, (r, pr) in enumerate(zip(rows, pred))}
    if arrays.sentiment is not None:
        ps = np.asarray(arrays.sentiment, dtype=float)
        gold = [r["sentiment"] for r in rows]
        out["sentiment"] = classification(gold, [SENTIMENT[i] for i in ps.argmax(1)], SENTIMENT)
        out["sentiment"]["ece"] = float(expected_calibration_error(ps, np.array([SENTIMENT.index(g) for g in gold])))
    return out


def baselines(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The majority-class (most frequent gold label for every row) and all-neutral (neutral / none) figures."""
    out: dict[str, Any] = {"majority": {}, "all_neutral": {}}
    for task, labels, neutral in (("stance", STANCE, "none"), ("sentiment", SENTIMENT, "neutral")):
        gold = [r[task] for r in rows]
        if not gold:
            continue
        top = Counter(gold).most_common(1)[0][0]
        out["majority"][task] = classification(gold, [top] * len(gold), labels) | {"label": top}
        out["all_neutral"][task] = classification(gold, [neutral] * len(gold), labels)
    return out


def interview(scorer: Any, path: str | Path = INTERVIEW) -> dict[str, Any]:
    """Predicted stance and sentiment labels of every assessment of one document (no gold: a sanity check)."""
    import numpy as np

    import polisent

    analyzer = polisent.Analyzer(scorer=scorer, progress=False)
    doc = analyzer(Path(path).read_text(encoding="utf-8"))
    st = [a.stance for a in doc.assessments if a.stance is not None]
    se = [a.sentiment for a in doc.assessments if a.sentiment is not None]
    return {
        "assessments": len(doc.assessments),
        "stance_labels": {lab: sum(str(s.label) == lab for s in st) for lab in STANCE},
        "mean_p_none": float(np.mean([s.none for s in st])) if st else None,
        "min_p_none": float(np.min([s.none for s in st])) if st else None,
        "sentiment_labels": {lab: sum(str(s.label) == lab for s in se) for lab in SENTIMENT},
    }


def summarize(res: dict[str, Any]) -> dict[str, Any]:
    """The headline figures of one :func:`score_gold` result (or one baseline entry)."""
    s: dict[str, Any] = {}
    if res.get("stance"):
        st = res["stance"]
        s |= {"stance_macro_f1": round(st["macro_f1"], 4), "stance_accuracy": round(st["accuracy"], 4),
              "stance_f1_per_class": {k: round(v, 4) for k, v in st["f1_per_class"].items()},
              "stance_predicted": st["predicted"]}
        if "ece" in st:
            s["stance_ece"] = round(st["ece"], 4)
        if st.get("favor_vs_against_accuracy") is not None:
            s["favor_vs_against_accuracy"] = round(st["favor_vs_against_accuracy"], 4)
    if res.get("sentiment"):
        se = res["sentiment"]
        s |= {"sentiment_macro_f1": round(se["macro_f1"], 4), "sentiment_accuracy": round(se["accuracy"], 4),
              "sentiment_predicted": se["predicted"]}
        if "ece" in se:
            s["sentiment_ece"] = round(se["ece"], 4)
    if "interview" in res:
        s["interview_stance"] = res["interview"]["stance_labels"]
        if res["interview"]["mean_p_none"] is not None:
            s["interview_mean_p_none"] = round(res["interview"]["mean_p_none"], 4)
    return s


def evaluate_gold_set(models: Sequence[Any], *, gold: str | Path = GOLD, precision: str = "auto",
                      device: str = "auto", interview_path: str | Path | None = INTERVIEW) -> dict[str, Any]:
    """Score each model spec (anything :func:`polisent.models.load_scorer` takes, or a Scorer) on the gold set.

    Returns ``{"gold": counts, "results": {name: ...}, "summary": {name: headline figures}}``, the
    baselines under ``"majority-class"`` and ``"all-neutral"``.
    """
    from polisent.models import load_scorer

    rows = load_gold(gold)
    base = baselines(rows)
    results: dict[str, Any] = {"majority-class": base["majority"], "all-neutral": base["all_neutral"]}
    for spec in models:
        t0 = time.time()
        scorer = load_scorer(spec, precision=precision, device=device).load()
        res = {"models": scorer.models(), "precision": getattr(scorer, "precision", precision),
               "load_seconds": round(time.time() - t0, 2)} | score_gold(scorer, rows)
        if interview_path:
            res["interview"] = interview(scorer, interview_path)
        results[str(spec)] = res
        if "stance" in res:
            logger.info("%s: stance macro-F1 %.3f acc %.3f predicted %s", spec, res["stance"]["macro_f1"],
                        res["stance"]["accuracy"], res["stance"]["predicted"])
    return {
        "gold": {"n": len(rows), "stance": dict(Counter(r["stance"] for r in rows)),
                 "sentiment": dict(Counter(r["sentiment"] for r in rows))},
        "summary": {name: summarize(res) for name, res in results.items()},
        "results": results,
    }
