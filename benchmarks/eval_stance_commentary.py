"""Stance and sentiment of scoring models on the hand-labelled commentary gold set.

Scores every (claim, actor) pair of ``benchmarks/gold/stance/commentary.jsonl`` (guideline in
that folder's README) with each model given (anything :func:`polisent.models.load_scorer` can
load: ``default``, a polisent artifact directory, a Hugging Face id or path), next to the
majority-class and all-neutral baselines of the same run, and reports stance macro-F1, accuracy, F1 per class,
the confusion matrix and the distribution of predicted labels, sentiment macro-F1 likewise, and
favor-vs-against accuracy on the gold rows that take a side, and ECE per head. It also runs
``polisent.Analyzer(scorer=...)`` on ``examples/interview.md`` and reports the predicted stance
distribution there (no gold: a check that the head does not answer one label to everything).
The scoring lives in :mod:`polisent.evaluation.gold_set` (also run by ``polisent evaluate --gold
all``); this script only parses options and writes the JSON.

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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from polisent._provenance import git_sha
from polisent.evaluation.gold_set import (  # noqa: F401 - re-exported for older callers
    GOLD,
    INTERVIEW,
    SENTIMENT,
    STANCE,
    classification,
    evaluate_gold_set,
    interview,
    load_gold,
    score_gold,
)

logger = logging.getLogger("eval_stance_commentary")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", action="append", default=None, help="model spec (repeatable; default: 'default')")
    parser.add_argument("--gold", default=str(GOLD))
    parser.add_argument("--precision", default="auto", help="scorer precision: auto, fp32, bf16")
    parser.add_argument("--interview", default=str(INTERVIEW), help="document for the label distribution ('' to skip)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "eval_stance_commentary.json"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    res = evaluate_gold_set(args.model or ["default"], gold=args.gold, precision=args.precision,
                            interview_path=args.interview or None)
    summary = res["summary"]
    import polisent

    report = {
        "benchmark": "eval_stance_commentary",
        "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "git_sha": git_sha(),
        "versions": {"python": platform.python_version(), "polisent": getattr(polisent, "__version__", "?")},
        "config": {"models": args.model or ["default"], "gold": str(Path(args.gold).relative_to(ROOT))
                   if Path(args.gold).resolve().is_relative_to(ROOT) else args.gold,
                   "precision": args.precision, "interview": args.interview or None},
        "gold": res["gold"],
        "summary": summary,
        "results": res["results"],
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=2))
    print(f"written: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
