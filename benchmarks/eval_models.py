"""Accuracy and calibration of scoring models on the dev splits, next to a TF-IDF baseline.

Scores every model given (anything :func:`polisent.models.load_scorer` can load: ``default``, a
polisent artifact directory, a Hugging Face id or path) on NewsMTSC dev_rw and dev_mt (macro-F1,
accuracy, ECE), P-Stance val (F_avg per candidate and averaged, ECE), and trains a TF-IDF +
logistic regression baseline on the same training data in the same run. Prints the summary and
writes JSON (versions, git sha, config, full metrics) under benchmarks/results/.

    python benchmarks/eval_models.py [--model default] [--model PATH ...] [--data-dir DIR]
        [--precision auto|fp32|bf16] [--limit N] [--no-baseline]

Skips cleanly (exit 0, message) when the datasets directory is absent.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from polisent.training.data import default_data_dir  # noqa: E402
from polisent.training.evaluate import run_evaluation  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", action="append", default=None, help="model spec (repeatable; default: 'default')")
    parser.add_argument("--data-dir", default=None, help="datasets directory (default: ../shared/datasets)")
    parser.add_argument("--results-dir", default=str(ROOT / "benchmarks" / "results"))
    parser.add_argument("--precision", default="auto", help="scorer precision: auto, fp32, bf16")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--limit", type=int, default=None, help="cap each split (quick checks)")
    parser.add_argument("--no-baseline", dest="baseline", action="store_false")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    if not (data_dir / "newsmtsc" / "dev_rw.jsonl").is_file():
        print(f"datasets not found at {data_dir}; nothing to evaluate (pass --data-dir)", file=sys.stderr)
        return 0
    report = run_evaluation(
        args.model or ["default"], data_dir=data_dir, results_dir=args.results_dir, baseline=args.baseline,
        limit=args.limit, batch_size=args.batch_size, precision=args.precision,
    )
    print(json.dumps(report["summary"], indent=2))
    print(f"written: {report['path']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
