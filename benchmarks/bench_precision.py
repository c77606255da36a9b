"""Agreement of bf16 autocast and int8 dynamic quantisation with fp32, on labelled data.

Scores NewsMTSC ``dev_rw`` + ``dev_mt`` (sentiment, gold labels) and P-Stance ``val`` (stance,
gold labels) with the default model in fp32, bf16 and int8 (and fp32 + torch.compile with
``--compile``) and reports, per precision against fp32: label (argmax) agreement, max and mean
absolute probability difference, macro-F1 / accuracy (NewsMTSC) and F_avg (P-Stance) of each,
and the time per run. Uses the shipped model when it exists, else the MiniLM encoder with random
heads (then the agreement figures say little about a trained model: the JSON says which).
Writes benchmarks/results/bench_precision.json.

    nice -n 10 .venv/bin/python benchmarks/bench_precision.py [--data-dir ../shared/datasets]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np  # noqa: E402

from bench_speed import default_scorer, git_sha, other_load  # noqa: E402

logger = logging.getLogger("bench_precision")


def agreement(ref: np.ndarray, got: np.ndarray) -> dict[str, float]:
    diff = np.abs(ref - got)
    return {
        "label_agreement": float((ref.argmax(1) == got.argmax(1)).mean()),
        "max_abs_prob_diff": float(diff.max()),
        "mean_abs_prob_diff": float(diff.mean()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--precisions", default="fp32,bf16,int8")
    parser.add_argument("--compile", action="store_true", help="also fp32 and bf16 with torch.compile (slow warm-up)")
    parser.add_argument("--pstance-limit", type=int, default=None, help="subsample P-Stance val (default: all)")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if not (args.data_dir / "newsmtsc" / "dev_rw.jsonl").is_file():
        print(f"datasets not found under {args.data_dir}; nothing to measure (pass --data-dir)", file=sys.stderr)
        return 0

    import torch
    import transformers

    import polisent
    from polisent.engine import cpu_has_native_bf16, cpu_model_name
    from polisent.training.data import load_newsmtsc, load_pstance, to_tasks
    from polisent.training.metrics import f_avg, three_way

    news = load_newsmtsc(args.data_dir, "dev_rw") + load_newsmtsc(args.data_dir, "dev_mt")
    pst = load_pstance(args.data_dir, "val", limit=args.pstance_limit)
    sets = {
        "newsmtsc_dev": (to_tasks(news), np.array([s for e in news for s in e.sentiment])),
        "pstance_val": (to_tasks(pst), np.array([s for e in pst for s in e.stance])),
    }
    groups = np.array([e.group for e in pst for _ in e.targets])
    variants = [(p, False) for p in args.precisions.split(",")]
    if args.compile:
        variants += [("fp32", True), ("bf16", True)]
    outputs: dict[str, dict[str, Any]] = {}
    model_note = ""
    for precision, comp in variants:
        key = precision + ("_compiled" if comp else "")
        scorer, model_note = default_scorer(precision, "cpu", compile=comp)
        if args.threads:
            scorer._options["threads"] = args.threads
        scorer.load()
        outputs[key] = {}
        for name, (tasks, _) in sets.items():
            t0 = time.perf_counter()
            r = scorer.score(tasks)
            outputs[key][name] = {"sentiment": r.sentiment, "stance": r.stance, "seconds": time.perf_counter() - t0}
            logger.info("%s %s: %.1f s for %d targets", key, name, outputs[key][name]["seconds"], len(r.sentiment))

    table: dict[str, Any] = {}
    ref = outputs["fp32"]
    y_news = sets["newsmtsc_dev"][1]
    y_pst = sets["pstance_val"][1]
    for key, out in outputs.items():
        news_s = out["newsmtsc_dev"]["sentiment"]
        pst_st = out["pstance_val"]["stance"]
        row: dict[str, Any] = {
            "newsmtsc_sentiment": three_way(y_news, news_s),
            "pstance_stance": {k: v for k, v in f_avg(y_pst, pst_st[:, 0], pst_st[:, 2], groups).items()},
            "seconds": {n: o["seconds"] for n, o in out.items()},
        }
        if key != "fp32":
            row["agreement_with_fp32"] = {
                "newsmtsc_sentiment": agreement(ref["newsmtsc_dev"]["sentiment"], news_s),
                "newsmtsc_stance": agreement(ref["newsmtsc_dev"]["stance"], out["newsmtsc_dev"]["stance"]),
                "pstance_stance": agreement(ref["pstance_val"]["stance"], pst_st),
                "pstance_sentiment": agreement(ref["pstance_val"]["sentiment"], out["pstance_val"]["sentiment"]),
            }
        table[key] = row

    print(f"model: {model_note}")
    print(f"{'precision':16s} {'NewsMTSC F1':>11s} {'acc':>6s} {'P-Stance F_avg':>14s} "
          f"{'agree sent':>10s} {'agree stance':>12s} {'max|dp|':>8s} {'mean|dp|':>9s} {'time s':>7s}")
    for key, row in table.items():
        ag = row.get("agreement_with_fp32")
        a_s = f"{100 * ag['newsmtsc_sentiment']['label_agreement']:.2f}%" if ag else "-"
        a_t = f"{100 * ag['pstance_stance']['label_agreement']:.2f}%" if ag else "-"
        mx = max(v["max_abs_prob_diff"] for v in ag.values()) if ag else 0.0
        mn = float(np.mean([v["mean_abs_prob_diff"] for v in ag.values()])) if ag else 0.0
        print(f"{key:16s} {row['newsmtsc_sentiment']['macro_f1']:11.4f} {row['newsmtsc_sentiment']['accuracy']:6.3f} "
              f"{row['pstance_stance']['f_avg']:14.4f} {a_s:>10s} {a_t:>12s} {mx:8.4f} {mn:9.5f} "
              f"{sum(row['seconds'].values()):7.1f}")

    report = {
        "benchmark": "bench_precision",
        "time_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "git_sha": git_sha(),
        "config": {k: str(v) for k, v in vars(args).items()},
        "model": model_note,
        "cpu": cpu_model_name(),
        "native_bf16": cpu_has_native_bf16(),
        "torch_threads": torch.get_num_threads(),
        "versions": {"torch": torch.__version__, "transformers": transformers.__version__, "polisent": polisent.__version__},
        "data": {"newsmtsc_dev_targets": int(len(y_news)), "pstance_val": int(len(y_pst))},
        "results": table,
        "machine_load": other_load(),
    }
    args.output.mkdir(parents=True, exist_ok=True)
    path = args.output / "bench_precision.json"
    path.write_text(json.dumps(report, indent=2, default=str) + "\n")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
