"""Speed of actor detection and linking on a ~1 MB document (registry only, no NER).

The document is the gold and example texts (markup stripped) repeated until it reaches
``--mb`` megabytes, so it has realistic mention density. Measured in one process, after a
warm-up, as medians of ``--runs`` runs:

* registry load (cold, in a fresh subprocess) and surface-index build;
* detection only (fold + tokenize + longest match);
* ``RegistryLinker.link`` with an empty structure (detection, chains, titles, pronouns, coref);
* ``RegistryLinker.link`` with the RuleSegmenter's structure (segmentation timed separately), and the
  same with the learned pronoun pass off (``pronoun_model=False``): the ratio is its cost; and with the
  incidental-mention pass on (``mention_model=True``, the Analyzer's default): the ratio is that pass's cost.

    nice -n 10 .venv/bin/python benchmarks/bench_actors_speed.py          # 1 MB, 5 runs

Writes benchmarks/results/bench_actors_speed.json (figures, versions, git sha, config).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_actors import GOLD_DIR, parse_gold  # noqa: E402

from polisent.actors import RegistryLinker, default_registry  # noqa: E402
from polisent.actors.matcher import SurfaceIndex, fold, tokens  # noqa: E402
from polisent.actors.registry import Registry  # noqa: E402
from polisent.protocols import DocumentStructure  # noqa: E402


def build_document(megabytes: float) -> str:
    texts = [parse_gold(p)[0] for p in sorted(GOLD_DIR.glob("*.gold"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.*")) if p.suffix in (".md", ".txt")]
    unit = "\n\n".join(texts)
    target = int(megabytes * 1_000_000)
    return (unit + "\n\n") * (target // (len(unit) + 2)) + unit[: target % (len(unit) + 2)]


def timed(fn, runs: int) -> tuple[float, list[float]]:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def cold_registry_load() -> float:
    code = ("import time; t=time.perf_counter(); from polisent.actors import default_registry; "
            "r=default_registry(); print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="document size in MB (default 1)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "bench_actors_speed.json")
    args = ap.parse_args(argv)

    text = build_document(args.mb)
    reg = default_registry()
    t0 = time.perf_counter()
    index = SurfaceIndex(Registry(actors=reg.actors, blocked=reg.blocked))
    index_build = time.perf_counter() - t0
    linker = RegistryLinker(reg)
    empty = DocumentStructure((), ())

    def detect() -> int:
        folded = fold(text)
        spans, words = tokens(folded)
        return len(index.find(text, folded, spans, words))

    n_candidates = detect()
    det_med, det_runs = timed(detect, args.runs)
    link_med, link_runs = timed(lambda: linker.link(text, empty), args.runs)
    mentions = linker.link(text, empty)
    figures = {
        "chars": len(text), "bytes_utf8": len(text.encode("utf-8")), "tokens": len(tokens(text)[0]), "load_average_1min": round(os.getloadavg()[0], 2),
        "candidates": n_candidates, "mentions": len(mentions),
        "registry_cold_load_s": round(cold_registry_load(), 4), "index_build_s": round(index_build, 4),
        "detect_median_s": round(det_med, 4), "link_no_structure_median_s": round(link_med, 4),
        "detect_runs_s": [round(t, 4) for t in det_runs], "link_no_structure_runs_s": [round(t, 4) for t in link_runs],
    }
    try:
        from polisent.segment import RuleSegmenter

        seg = RuleSegmenter()
        t0 = time.perf_counter()
        structure = seg.segment(text)
        figures["segment_s"] = round(time.perf_counter() - t0, 4)
        figures["claims"] = len(structure.claims)
        med, runs = timed(lambda: linker.link(text, structure), args.runs)
        figures["link_with_structure_median_s"] = round(med, 4)
        figures["link_with_structure_runs_s"] = [round(t, 4) for t in runs]
        figures["mentions_with_structure"] = len(linker.link(text, structure))
        # the baseline in the same run: the rules alone, without the learned pronoun pass
        rules = RegistryLinker(reg, pronoun_model=False)
        med0, runs0 = timed(lambda: rules.link(text, structure), args.runs)
        figures["link_with_structure_rules_only_median_s"] = round(med0, 4)
        figures["link_with_structure_rules_only_runs_s"] = [round(t, 4) for t in runs0]
        figures["learned_pass_time_ratio"] = round(med / med0, 3)
        figures["mentions_with_structure_rules_only"] = len(rules.link(text, structure))
        # the incidental-mention pass, on by default in the Analyzer: its cost over the linker above
        full = RegistryLinker(reg, mention_model=True)
        med2, runs2 = timed(lambda: full.link(text, structure), args.runs)
        figures["link_with_structure_incidental_median_s"] = round(med2, 4)
        figures["link_with_structure_incidental_runs_s"] = [round(t, 4) for t in runs2]
        figures["incidental_pass_time_ratio"] = round(med2 / med, 3)
        figures["incidental_mentions"] = sum(m.link == "incidental" for m in full.link(text, structure))
    except ImportError:
        pass
    for k, v in figures.items():
        if not isinstance(v, list):
            print(f"{k:<40}{v}")
    try:
        sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        sha = "unknown"
    import polisent

    payload = {
        "benchmark": "bench_actors_speed", "git_sha": sha,
        "versions": {"python": platform.python_version(), "polisent": polisent.__version__},
        "machine": {"cpu_count": os.cpu_count(), "platform": platform.platform()},
        "config": {"mb": args.mb, "runs": args.runs, "linker": linker.name, "registry_actors": len(reg),
                   "surface_forms": len(index.forms)},
        "figures": figures,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
