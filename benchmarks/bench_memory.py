"""Memory stays flat while a long stream of documents goes through ``Analyzer.pipe``.

Streams ``--docs`` synthetic interviews (benchmarks/corpus_gen.py, generated lazily) through
``Analyzer.pipe`` with the fake lexical scorer (segmentation, linking, engine bookkeeping and
result building; no model) and, with ``--model``, a smaller stream through the real scorer
(the shipped model, or MiniLM with random heads when none ships yet). Results are consumed and
dropped, as a streaming user would write them out. RSS is sampled every ``--every`` documents;
the report gives the first sample (after warm-up), the last, the peak and the slope per 1,000
documents. Writes benchmarks/results/bench_memory.json.

    nice -n 10 .venv/bin/python benchmarks/bench_memory.py --docs 20000 --model-docs 2000 --model
"""

from __future__ import annotations

import argparse
import gc
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

from bench_speed import git_sha, other_load, peak_rss_mb, reset_peak_rss  # noqa: E402
from corpus_gen import iter_documents  # noqa: E402

logger = logging.getLogger("bench_memory")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def stream(analyzer: Any, n_docs: int, every: int, batch_size: int, seed: int) -> dict[str, Any]:
    """Run ``n_docs`` documents through ``analyzer.pipe``; sample RSS every ``every`` documents."""
    from polisent import Document

    docs = (Document(d.text, id=d.id, meta={"speaker": "Expert"}) for d in iter_documents(n_docs, seed=seed, claims_per_doc=(3, 8)))
    gc.collect()
    reset_peak_rss()
    samples: list[tuple[int, float]] = []
    n_assess = n_claims = 0
    t0 = time.perf_counter()
    for i, result in enumerate(analyzer.pipe(docs, batch_size=batch_size), start=1):
        n_assess += len(result.assessments)
        n_claims += len(result.claims)
        if i % every == 0:
            samples.append((i, rss_mb()))
            logger.info("%7d docs  RSS %7.1f MB  %6.0f docs/s", i, samples[-1][1], i / (time.perf_counter() - t0))
    seconds = time.perf_counter() - t0
    first = samples[0][1] if samples else float("nan")
    last = samples[-1][1] if samples else float("nan")
    # slope over the second half (after warm-up), MB per 1,000 documents
    half = samples[len(samples) // 2 :]
    slope = 0.0
    if len(half) >= 2:
        import numpy as np

        x = np.array([s[0] for s in half], dtype=float)
        y = np.array([s[1] for s in half], dtype=float)
        slope = float(np.polyfit(x, y, 1)[0] * 1000)
    return {
        "docs": n_docs, "claims": n_claims, "assessments": n_assess, "seconds": seconds, "docs_per_s": n_docs / seconds,
        "rss_first_sample_mb": first, "rss_last_sample_mb": last, "rss_growth_mb": last - first,
        "peak_rss_mb": peak_rss_mb(), "slope_mb_per_1000_docs_second_half": slope, "samples": samples,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--every", type=int, default=1_000)
    parser.add_argument("--batch-size", type=int, default=64, help="documents per Analyzer.pipe chunk")
    parser.add_argument("--model", action="store_true", help="also stream through the real scoring model")
    parser.add_argument("--model-docs", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--onednn-cache", type=int, default=None,
                        help="set ONEDNN_PRIMITIVE_CACHE_CAPACITY (oneDNN keeps kernels per batch shape; default 1024)")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if args.onednn_cache is not None:  # must be set before torch loads
        os.environ["ONEDNN_PRIMITIVE_CACHE_CAPACITY"] = str(args.onednn_cache)

    import polisent
    from polisent import Analyzer
    from polisent.testing import FakeScorer

    runs: dict[str, Any] = {}
    analyzer = Analyzer(scorer=FakeScorer(), progress=False)
    runs["fake_scorer"] = stream(analyzer, args.docs, args.every, args.batch_size, args.seed)
    model_note = None
    if args.model:
        from bench_speed import default_scorer

        scorer, model_note = default_scorer("auto", "cpu")
        analyzer = Analyzer(scorer=scorer.load(), progress=False)
        every = max(1, min(args.every, args.model_docs // 10))
        runs["model"] = stream(analyzer, args.model_docs, every, args.batch_size, args.seed + 1)
        runs["model"]["precision"] = scorer.precision

    print(f"{'scorer':12s} {'docs':>7s} {'docs/s':>8s} {'RSS first':>10s} {'RSS last':>9s} {'growth':>8s} "
          f"{'peak':>7s} {'MB/1k docs':>10s}")
    for name, r in runs.items():
        print(f"{name:12s} {r['docs']:7d} {r['docs_per_s']:8.1f} {r['rss_first_sample_mb']:10.1f} {r['rss_last_sample_mb']:9.1f} "
              f"{r['rss_growth_mb']:8.1f} {r['peak_rss_mb']:7.1f} {r['slope_mb_per_1000_docs_second_half']:10.2f}")
    report = {
        "benchmark": "bench_memory",
        "time_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "git_sha": git_sha(),
        "config": {k: str(v) for k, v in vars(args).items()},
        "polisent": polisent.__version__,
        "model": model_note,
        "runs": runs,
        "machine_load": other_load(),
    }
    args.output.mkdir(parents=True, exist_ok=True)
    path = args.output / "bench_memory.json"
    path.write_text(json.dumps(report, indent=2, default=str) + "\n")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
