"""The Ray engine against the local engine on the same corpus and the same cores.

Writes ``--docs`` synthetic interviews (benchmarks/corpus_gen.py, default 2,000) to a JSONL file
and runs ``polisent corpus run`` on it three ways on one machine, each in a fresh process (the
local run twice, first and last, to show how much the shared machine drifted):

* ``local``: :func:`polisent.corpus.run_corpus`, one Analyzer, torch on all ``--cpus`` threads;
* ``ray_1x{cpus}``: :func:`polisent.integrations.ray.run_corpus_ray` on a local Ray cluster
  (``ray.init(num_cpus=cpus)``), one worker reserving every CPU (torch threads = CPUs);
* ``ray_{cpus}x1``: the same cluster, one worker per CPU (one torch thread each).

Each wall time counts everything a user waits for: the model load (the Ray runs load it on the
driver and in every worker), starting the worker pool, reading the input, analysing and writing
the Parquet tables. CPU seconds of each variant's whole process tree (driver, raylet, workers)
are measured too: on a shared machine they are the fair comparison, since a variant with more
processes takes a larger share of busy cores. The steady rate leaves those fixed costs out: the documents of every chunk
written after the first one, over the time from the first chunk's file to the last one's
(``written_at`` in the manifest, to the second). The overhead of Ray at equal cores is the local
rate over each Ray rate, minus one. The model is loaded once before any timing (warm disk cache). Every Ray output
is checked against the local one (same rows; probabilities within 1e-3 at bf16, which may pick
other kernels with other thread counts). Results: benchmarks/results/bench_ray.json.

    nice -n 10 .venv/bin/python benchmarks/bench_ray.py                 # shipped model, 2,000 documents
    .venv/bin/python benchmarks/bench_ray.py --docs 200 --model fake     # a quick check of the plumbing
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from bench_speed import git_sha, other_load  # noqa: E402
from corpus_gen import iter_documents  # noqa: E402

logger = logging.getLogger("bench_ray")


def write_corpus(path: Path, n_docs: int, seed: int) -> dict[str, int]:
    """The synthetic interviews as JSONL records with speaker, outlet and date metadata."""
    n_claims = n_targets = 0
    with path.open("w", encoding="utf-8") as fh:
        for i, doc in enumerate(iter_documents(n_docs, seed=seed)):
            n_claims += len(doc.tasks)
            n_targets += sum(t.n_targets for t in doc.tasks)
            fh.write(json.dumps({"id": doc.id, "text": doc.text, "speaker": f"Expert {i % 50}", "outlet": f"Outlet {i % 7}",
                                 "date": f"2024-{1 + i % 12:02d}-15"}) + "\n")
    return {"documents": n_docs, "answer_claims": n_claims, "targets": n_targets}


def make_factory(model: str, precision: str, batch_size: int) -> Any:
    import functools

    from polisent._cli_common import make_analyzer

    args = argparse.Namespace(model=model, device="cpu", precision=precision, batch_size=batch_size, no_progress=True,
                              registry=None, ner=None)
    return functools.partial(make_analyzer, args)


def run_local(corpus: Path, out: Path, factory: Any, chunk_size: int) -> float:
    from polisent.corpus import run_corpus

    t0 = time.perf_counter()
    run_corpus(corpus, out, analyzer=factory(), chunk_size=chunk_size, progress=False)
    return time.perf_counter() - t0


def run_ray(corpus: Path, out: Path, factory: Any, chunk_size: int, workers: int, cpus_per_worker: float) -> float:
    from polisent.integrations.ray import run_corpus_ray

    t0 = time.perf_counter()
    run_corpus_ray(corpus, out, analyzer=factory, chunk_size=chunk_size, concurrency=workers, num_cpus=cpus_per_worker,
                   progress=False)
    return time.perf_counter() - t0


def steady_rate(out: Path, wall: float) -> tuple[float, float]:
    """(documents per second between the first and the last chunk written, seconds until the first chunk)."""
    import datetime as dt

    manifest = json.loads((out / "manifest.json").read_text())
    chunks = [(dt.datetime.fromisoformat(c["written_at"]).timestamp(), c["n_documents"]) for c in manifest["chunks"]]
    t_min, t_max = min(t for t, _ in chunks), max(t for t, _ in chunks)
    later = sum(n for t, n in chunks if t > t_min)
    end = dt.datetime.fromisoformat(manifest["updated_at"]).timestamp()
    return (later / (t_max - t_min) if t_max > t_min else float("nan")), wall - (end - t_min)


def compare(local: Path, other: Path) -> dict[str, Any]:
    """Rows per table equal, and the largest probability difference."""
    import numpy as np

    from polisent.corpus import load_tables

    a, b = load_tables(local), load_tables(other)
    out: dict[str, Any] = {"same_rows": all(len(a[k]) == len(b[k]) for k in a)}
    cols = [c for c in a["assessments"].columns if c.startswith("p_")]
    if cols and len(a["assessments"]) == len(b["assessments"]):
        keys = ["doc_id", "claim_index", "actor_id"]
        x = a["assessments"].sort_values(keys)[cols].to_numpy(float)
        y = b["assessments"].sort_values(keys)[cols].to_numpy(float)
        out["max_abs_prob_diff"] = float(np.nanmax(np.abs(x - y))) if len(x) else 0.0
    out["same_ids"] = sorted(a["documents"]["doc_id"]) == sorted(b["documents"]["doc_id"])
    return out


def tree_cpu_ticks() -> dict[int, int]:
    """CPU ticks (user + system) of this process and every live descendant (Ray's raylet and workers)."""
    children: dict[int, list[int]] = {}
    ticks: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(d.name))
        ticks[int(d.name)] = int(fields[11]) + int(fields[12])
    out, todo = {}, [os.getpid()]
    while todo:
        pid = todo.pop()
        if pid in ticks:
            out[pid] = ticks[pid]
        todo.extend(children.get(pid, []))
    return out


def cpu_seconds(before: dict[int, int], after: dict[int, int]) -> float:
    """CPU seconds the process tree used between two snapshots (processes that exited in between are missed)."""
    return sum(t - before.get(pid, 0) for pid, t in after.items()) / os.sysconf("SC_CLK_TCK")


def one_variant(args: argparse.Namespace) -> dict[str, Any]:
    """Run one variant in this (fresh) process; the parent process calls this through a subprocess."""
    import torch

    torch.set_num_threads(args.cpus)  # the local engine gets the same cores as the Ray cluster
    factory = make_factory(args.model, args.precision, args.batch_size)
    factory()  # warm-up: imports done, model files in the page cache
    corpus, out = Path(args.corpus), Path(args.run_dir)
    load = os.getloadavg()[0]
    if args.variant == "local":
        before = tree_cpu_ticks()
        wall = run_local(corpus, out, factory, args.chunk_size)
        return {"wall_s": wall, "cpu_s": cpu_seconds(before, tree_cpu_ticks()), "loadavg_1min_start": load,
                "loadavg_1min_end": os.getloadavg()[0]}
    import ray

    workers = int(args.variant.split("_")[1].split("x")[0])
    t0 = time.perf_counter()
    ray.init(num_cpus=args.cpus, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
    init = time.perf_counter() - t0
    try:
        before = tree_cpu_ticks()
        wall = run_ray(corpus, out, factory, args.chunk_size, workers, args.cpus / workers)
        cpu = cpu_seconds(before, tree_cpu_ticks())
    finally:
        ray.shutdown()
    return {"wall_s": wall, "cpu_s": cpu, "ray_init_s": init, "loadavg_1min_start": load, "loadavg_1min_end": os.getloadavg()[0],
            "ray": ray.__version__}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--docs", type=int, default=2000)
    p.add_argument("--cpus", type=int, default=2, help="cores for every variant (default: 2)")
    p.add_argument("--model", default="default", help="'default' (shipped model) or 'fake' (no model) or a path")
    p.add_argument("--precision", default="auto")
    p.add_argument("--batch-size", type=int, default=64, help="Analyzer batch size (documents per engine call)")
    p.add_argument("--chunk-size", type=int, default=64, help="documents per chunk (a Ray task) (default: 64)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "bench_ray.json"))
    p.add_argument("--variant", help=argparse.SUPPRESS)  # internal: run one variant in this process
    p.add_argument("--corpus", help=argparse.SUPPRESS)
    p.add_argument("--run-dir", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    if args.variant:
        print("RESULT " + json.dumps(one_variant(args)), flush=True)
        return 0

    import torch

    load_before = other_load()
    tmp = Path(tempfile.mkdtemp(prefix="bench-ray-"))
    c = args.cpus
    # every variant in a fresh process (no Ray in the local baseline's process); local first and last, to see drift
    order = ["local", f"ray_1x{c}", f"ray_{c}x1", "local_repeat"]
    try:
        sizes = write_corpus(tmp / "corpus.jsonl", args.docs, args.seed)
        results: dict[str, Any] = {}
        for name in order:
            variant = "local" if name.startswith("local") else name
            cmd = [sys.executable, __file__, "--variant", variant, "--corpus", str(tmp / "corpus.jsonl"), "--run-dir",
                   str(tmp / name), "--cpus", str(c), "--model", args.model, "--precision", args.precision,
                   "--batch-size", str(args.batch_size), "--chunk-size", str(args.chunk_size)]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")), None)
            if proc.returncode or line is None:
                sys.stderr.write(proc.stderr[-4000:])
                raise SystemExit(f"variant {name} failed (exit {proc.returncode})")
            r = json.loads(line[len("RESULT "):])
            wall = r["wall_s"]
            steady, first_chunk_s = steady_rate(tmp / name, wall)
            results[name] = {"wall_s": round(wall, 2), "docs_per_s": round(args.docs / wall, 2),
                             "steady_docs_per_s": round(steady, 2), "until_first_chunk_s": round(first_chunk_s, 1),
                             **{k: (round(v, 2) if isinstance(v, float) else v) for k, v in r.items() if k != "wall_s"}}
            logger.info("%s: %.1f s for %d docs (%.1f docs/s; steady %.1f docs/s; first chunk after %.0f s; load %.1f-%.1f)",
                        name, wall, args.docs, args.docs / wall, steady, first_chunk_s, r["loadavg_1min_start"],
                        r["loadavg_1min_end"])
        base_rate = (results["local"]["docs_per_s"] + results["local_repeat"]["docs_per_s"]) / 2
        base_steady = (results["local"]["steady_docs_per_s"] + results["local_repeat"]["steady_docs_per_s"]) / 2
        base_cpu = (results["local"]["cpu_s"] + results["local_repeat"]["cpu_s"]) / 2
        for name, r in results.items():
            r["docs_per_cpu_s"] = round(args.docs / r["cpu_s"], 2)
            r["cpu_overhead_vs_local_pct"] = round(100 * (r["cpu_s"] / base_cpu - 1), 1)
            r["ratio_to_local"] = round(r["docs_per_s"] / base_rate, 3)
            r["steady_ratio_to_local"] = round(r["steady_docs_per_s"] / base_steady, 3)
            r["overhead_vs_local_pct"] = round(100 * (base_rate / r["docs_per_s"] - 1), 1)
            r["steady_overhead_vs_local_pct"] = round(100 * (base_steady / r["steady_docs_per_s"] - 1), 1)
            if name != "local":
                r["check_vs_local"] = compare(tmp / "local", tmp / name)
        import ray

        report = {
            "benchmark": "bench_ray", "git_sha": git_sha(), "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "config": {"docs": args.docs, "cpus": c, "model": args.model, "precision": args.precision,
                       "analyzer_batch_size": args.batch_size, "chunk_size": args.chunk_size, "seed": args.seed,
                       "format": "parquet", "order": order},
            "corpus": sizes,
            "environment": {"python": platform.python_version(), "torch": torch.__version__, "ray": ray.__version__,
                            "cpu_count": os.cpu_count(), "machine": platform.machine(), "load_before": load_before,
                            "load_after": other_load()},
            "baseline": {"docs_per_s": round(base_rate, 2), "steady_docs_per_s": round(base_steady, 2),
                         "cpu_s": round(base_cpu, 1),
                         "what": "mean of the local runs before and after the Ray runs"},
            "results": results,
            "notes": "One run per variant, each in a fresh process, on a shared 2-core VM where other sessions' jobs ran "
                     "alongside (see the load averages): compare ratios within this file. Wall times include model "
                     "loading and, for Ray, starting the worker pool; ray_init_s (starting the local cluster) is not in them. "
                     "On a busy machine a variant with more runnable processes (Ray: driver + workers) gets a larger share "
                     "of the cores than the single local process, so wall-time ratios flatter Ray; cpu_s (CPU seconds of "
                     "the variant's whole process tree during the run) and docs_per_cpu_s measure the work done, "
                     "independent of that share, and cpu_overhead_vs_local_pct is Ray's overhead at equal cores.",
        }
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(results, indent=2))
        print(f"written: {out}", file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
