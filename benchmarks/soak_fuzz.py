"""Soak the hostile-input properties for longer than CI can (issue 13's standing campaign).

Runs the properties of ``tests/_hostile.py`` (the same ones ``tests/test_fuzz.py`` runs in CI with a
few dozen examples each) round after round with fresh random data until each one's time budget is
spent, and writes what it ran and every failure, shrunk to a minimal example, to
``benchmarks/results/soak_fuzz.json``. A failure is a bug to fix and then to pin with a regression
test in ``tests/test_hostile_inputs.py``.

    nice -n 10 .venv/bin/python benchmarks/soak_fuzz.py --minutes 20
    .venv/bin/python benchmarks/soak_fuzz.py --minutes 2 --only pipe analyze_jsonl
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from bench_speed import git_sha  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests import _hostile as h  # noqa: E402

PROPERTIES: dict[str, tuple[Any, Callable[[Any], None]]] = {
    "pipe": (st.tuples(h.pipe_items(), st.integers(1, 5)), lambda a: h.check_pipe(*a)),
    "analyze_jsonl": (h.jsonl_files(), h.check_analyze_jsonl),
    "corpus_jsonl": (h.jsonl_files(), h.check_corpus_jsonl),
    "corpus_csv": (h.csv_files(), h.check_corpus_csv),
    "analyze_directory": (h.directories(), h.check_analyze_directory),
    "corpus_directory": (h.directories(), h.check_corpus_directory),
    "batch_size_option": (h.option_values, h.check_batch_size_option),
}


def soak(name: str, budget_s: float, round_examples: int, max_failures: int) -> dict[str, Any]:
    strategy, check = PROPERTIES[name]
    calls = 0
    failures: list[dict[str, str]] = []
    rounds = 0
    started = time.monotonic()
    while time.monotonic() - started < budget_s and len(failures) < max_failures:

        @settings(max_examples=round_examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(strategy)
        def run(value: Any) -> None:
            nonlocal calls
            calls += 1
            check(value)

        rounds += 1
        try:
            run()
        except Exception as exc:  # noqa: BLE001 - a failing property: record it with its shrunk example
            notes = "\n".join(getattr(exc, "__notes__", []))
            failures.append({"error": f"{type(exc).__name__}: {exc}"[:3000], "example": notes[:6000]})
            print(f"  {name}: FAILURE {type(exc).__name__}: {str(exc)[:200]}", file=sys.stderr)
    elapsed = time.monotonic() - started
    return {"test_cases": calls, "rounds": rounds, "seconds": round(elapsed, 1), "cases_per_s": round(calls / elapsed, 1),
            "failures": failures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=20.0, help="total time, shared by the properties (default: 20)")
    parser.add_argument("--only", nargs="+", choices=sorted(PROPERTIES), help="run only these properties")
    parser.add_argument("--round", type=int, default=200, help="examples per hypothesis round (default: 200)")
    parser.add_argument("--max-failures", type=int, default=3, help="stop a property after this many failures")
    parser.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / "soak_fuzz.json"))
    args = parser.parse_args(argv)
    logging.getLogger("polisent").setLevel(logging.CRITICAL)  # error rows are expected; their warnings are noise here
    sha = git_sha()  # the code under test is the code at the start
    names = args.only or list(PROPERTIES)
    budget = args.minutes * 60 / len(names)
    results = {}
    for name in names:
        print(f"{name}: {budget:.0f} s", file=sys.stderr)
        results[name] = soak(name, budget, args.round, args.max_failures)
        print(f"  {name}: {results[name]['test_cases']} test cases, {len(results[name]['failures'])} failures", file=sys.stderr)
    import hypothesis

    import polisent

    record = {
        "benchmark": "soak_fuzz", "git_sha": sha, "polisent": polisent.__version__, "hypothesis": hypothesis.__version__,
        "python": platform.python_version(), "cpus": os.cpu_count(), "minutes": args.minutes, "round_examples": args.round,
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "total_test_cases": sum(r["test_cases"] for r in results.values()),
        "total_failures": sum(len(r["failures"]) for r in results.values()), "properties": results,
    }
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{record['total_test_cases']} test cases, {record['total_failures']} failures -> {args.output}", file=sys.stderr)
    return 1 if record["total_failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
