"""Speed of the rule segmenter: characters per second on a 1 MB document, and documents per second on 1 MB of documents (one core).

Also 1 MB of real pages: the commentary dev sets' documents in set order (skipped when the data is
absent). The document is built by repeating the gold and example texts (interviews, Q&A, speaker turns,
op-eds, HTML) until it reaches the target size. After a warm-up, each size is timed ``--runs``
times and the median is reported, with the ratio of seconds per MB to the 1 MB run (flat = linear
time). Adversarial inputs (a 5,000-word run without punctuation, a line of 100k colons, a
megabyte without spaces) are timed once each. Writes JSON under benchmarks/results/.

    nice -n 10 python benchmarks/bench_segment_speed.py [--runs 5] [--sizes 0.25,0.5,1,2] [--big] [--no-unit-model]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: ``--code DIR`` times the polisent package of another checkout (a "before" worktree) with this script
CODE = Path(sys.argv[sys.argv.index("--code") + 1]).resolve() if "--code" in sys.argv[:-1] else ROOT
sys.path.insert(0, str(CODE))

from polisent import __version__  # noqa: E402
from polisent.segment import RuleSegmenter  # noqa: E402
from polisent._provenance import git_sha  # noqa: E402

MB = 1_000_000


def corpus_text() -> str:
    files = sorted((ROOT / "benchmarks" / "gold" / "segment").rglob("*.*"))
    parts = [p.read_text(encoding="utf-8") for p in files if p.suffix in (".txt", ".md", ".html")]
    parts += [(ROOT / "examples" / n).read_text(encoding="utf-8") for n in ("interview.md", "roundtable.txt")]
    return "\n\n".join(parts)


def corpus_docs() -> list[str]:
    """The gold and example texts as separate documents (the shape of a corpus run)."""
    files = sorted((ROOT / "benchmarks" / "gold" / "segment").rglob("*.*"))
    docs = [p.read_text(encoding="utf-8") for p in files if p.suffix in (".txt", ".md", ".html")]
    return docs + [(ROOT / "examples" / n).read_text(encoding="utf-8") for n in ("interview.md", "roundtable.txt")]


def real_docs(n_chars: int) -> list[str]:
    """About ``n_chars`` of real pages: the documents of the commentary dev sets (``data/commentary_dev*``,
    every one a dev split, never the main corpus's test split), in set order; empty when the data is absent."""
    sets = sorted((ROOT / "data").glob("commentary_dev*/documents.jsonl"),
                  key=lambda p: int(p.parent.name.removeprefix("commentary_dev") or 0))
    out, total = [], 0
    for path in sets:
        for line in path.read_text(encoding="utf-8").splitlines():
            if total >= n_chars:
                return out
            if line.strip():
                out.append(json.loads(line)["text"])
                total += len(out[-1])
    return out


def build_docs(n_chars: int, docs: list[str]) -> list[str]:
    out, total, i = [], 0, 0
    while total < n_chars:
        out.append(docs[i % len(docs)])
        total += len(out[-1])
        i += 1
    return out


def timed_docs(seg: RuleSegmenter, docs: list[str], runs: int) -> tuple[float, float, int]:
    """Median wall and CPU seconds to segment every document, one after the other; claims."""
    times, cpu, n_claims = [], [], 0
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        n_claims = sum(len(seg.segment(d).claims) for d in docs)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(times), statistics.median(cpu), n_claims


def build(n_chars: int, base: str) -> str:
    reps = n_chars // len(base) + 1
    return ("\n\n".join([base] * reps))[:n_chars]


def timed(seg: RuleSegmenter, text: str, runs: int) -> tuple[float, float, int]:
    """Median wall seconds, median CPU seconds of this process, number of claims."""
    times, cpu, n_claims = [], [], 0
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        st = seg.segment(text)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        n_claims = len(st.claims)
    return statistics.median(times), statistics.median(cpu), n_claims


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="0.25,0.5,1,2", help="document sizes in MB (comma-separated)")
    ap.add_argument("--big", action="store_true", help="also time one 10 MB document")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "segment_speed.json")
    ap.add_argument("--no-unit-model", action="store_true", help="the rules alone, without the learned second pass")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose polisent package is timed")
    ap.add_argument("--baseline-code", type=Path, default=None,
                    help="also time this checkout's package (a 'before' worktree) in a subprocess, first, and report the ratio")
    args = ap.parse_args(argv)
    baseline = None
    if args.baseline_code is not None:
        import subprocess
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            cmd = [sys.executable, __file__, "--code", str(args.baseline_code), "--runs", str(args.runs), "--sizes", args.sizes,
                   "--out", str(Path(tmp) / "baseline.json")] + (["--no-unit-model"] if args.no_unit_model else [])
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            baseline = json.loads((Path(tmp) / "baseline.json").read_text(encoding="utf-8"))
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    seg = RuleSegmenter(unit_model=not args.no_unit_model)
    base = corpus_text()
    seg.segment(build(200_000, base))  # warm-up: regex caches, lexicon
    sizes = [float(x) for x in args.sizes.split(",")]
    if args.big:
        sizes.append(10.0)
    rows = []
    for mb in sizes:
        text = build(int(mb * MB), base)
        runs = 1 if mb >= 5 else args.runs
        sec, cpu, n_claims = timed(seg, text, runs)
        rows.append({"mb": mb, "chars": len(text), "seconds_median": round(sec, 4), "cpu_seconds_median": round(cpu, 4),
                     "runs": runs, "chars_per_s": round(len(text) / sec), "chars_per_cpu_s": round(len(text) / cpu),
                     "s_per_mb": round(sec / (len(text) / MB), 4), "claims": n_claims})
    one = next((r for r in rows if r["mb"] == 1.0), rows[0])
    for r in rows:
        r["s_per_mb_ratio_to_1mb"] = round(r["s_per_mb"] / one["s_per_mb"], 3)
    # 1 MB as many documents, as a corpus run sees it: documents per second
    docs = build_docs(MB, corpus_docs())
    sec, cpu, n_claims = timed_docs(seg, docs, args.runs)
    n_chars = sum(map(len, docs))
    many = {"mb": round(n_chars / MB, 3), "documents": len(docs), "chars": n_chars, "seconds_median": round(sec, 4),
            "cpu_seconds_median": round(cpu, 4), "runs": args.runs, "documents_per_s": round(len(docs) / sec, 1),
            "chars_per_s": round(n_chars / sec), "chars_per_cpu_s": round(n_chars / cpu), "claims": n_claims}
    # 1 MB of real pages (the dev sets' documents): furniture, long lines, names and cues as users' pages have them
    reals = real_docs(MB)
    real = None
    if reals:
        sec, cpu, n_claims = timed_docs(seg, reals, args.runs)
        n_chars = sum(map(len, reals))
        real = {"mb": round(n_chars / MB, 3), "documents": len(reals), "chars": n_chars, "seconds_median": round(sec, 4),
                "cpu_seconds_median": round(cpu, 4), "runs": args.runs, "documents_per_s": round(len(reals) / sec, 1),
                "chars_per_s": round(n_chars / sec), "chars_per_cpu_s": round(n_chars / cpu), "claims": n_claims,
                "source": "data/commentary_dev* documents, in set order"}
    words = ("war peace moscow talks the of sanctions kyiv " * 700).split()[:5000]
    adversarial = {
        "5000_word_run_no_punctuation": " ".join(words),
        "100k_colon_labels_one_line": "Abc Def: " * 100_000,
        "1mb_no_spaces": "a" * MB,
        "1mb_of_dots": ". " * (MB // 2),
        "200k_quote_marks": '"' * 200_000,
        "300k_unclosed_single_quotes": " 'a" * 300_000,
        "one_paragraph_50k_quoted_sentences": 'He said "yes it is". ' * 50_000,
        "100k_lines_crlf_mixed": "Q: Why?\r\nA: Because.\r" * 5_000,
        # 2,500 labels each seen once between "Q<n>:" lines: was quadratic (11.8 s) before the thirtieth pass
        "5000_lines_distinct_labels": "".join(f"Line {i}: words here.\r\n" if i % 2 else f"Q{i}: what?\n" for i in range(5000)),
    }
    adv = {}
    for name, text in adversarial.items():
        sec, cpu, n_claims = timed(seg, text, 1)
        adv[name] = {"chars": len(text), "seconds": round(sec, 4), "cpu_seconds": round(cpu, 4), "claims": n_claims}
    print(f"RuleSegmenter {seg.name}, polisent {__version__}, one process, one thread")
    print(f"load average at start: {load}")
    print(f"{'MB':>6} {'chars':>10} {'median s':>9} {'cpu s':>7} {'chars/s':>11} {'chars/cpu-s':>12} {'s/MB':>7} {'ratio':>6} {'claims':>7}")
    for r in rows:
        print(f"{r['mb']:>6} {r['chars']:>10,} {r['seconds_median']:>9.3f} {r['cpu_seconds_median']:>7.3f} "
              f"{r['chars_per_s']:>11,} {r['chars_per_cpu_s']:>12,} {r['s_per_mb']:>7.3f} "
              f"{r['s_per_mb_ratio_to_1mb']:>6.2f} {r['claims']:>7,}")
    print(f"1 MB as {many['documents']} documents: {many['seconds_median']:.3f} s, {many['documents_per_s']:,} documents/s, "
          f"{many['chars_per_s']:,} chars/s ({many['chars_per_cpu_s']:,} chars/cpu-s), {many['claims']:,} claims")
    if real is not None:
        print(f"1 MB of real pages ({real['documents']} dev-set documents): {real['seconds_median']:.3f} s, "
              f"{real['documents_per_s']:,} documents/s, {real['chars_per_s']:,} chars/s ({real['chars_per_cpu_s']:,} chars/cpu-s)")
    print("adversarial inputs:")
    for name, a in adv.items():
        print(f"  {name:32} {a['chars']:>10,} chars {a['seconds']:>8.3f} s ({a['cpu_seconds']:.3f} cpu-s) {a['claims']:>6} claims")
    report = {
        "benchmark": "segment_speed",
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "git_sha": git_sha(),
        "versions": {"polisent": __version__, "python": platform.python_version()},
        "machine": {"cpu_count": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
                    "processor": platform.processor() or platform.machine(), "loadavg_at_start": load},
        "config": {"segmenter": seg.name, "runs": args.runs, "sizes_mb": sizes, "document": "gold + example texts repeated"},
        "sizes": rows,
        "documents_1mb": many,
        "real_documents_1mb": real,
        "adversarial": adv,
    }
    if args.code.resolve() != ROOT:
        report["code"] = str(args.code)
    if baseline is not None:
        b_one = next((r for r in baseline["sizes"] if r["mb"] == 1.0), baseline["sizes"][0])
        b_many = baseline.get("documents_1mb")
        b_real = baseline.get("real_documents_1mb")
        report["baseline"] = {"code": str(args.baseline_code), "git_sha": baseline.get("git_sha"), "sizes": baseline["sizes"],
                              "documents_1mb": b_many, "real_documents_1mb": b_real, "adversarial": baseline["adversarial"]}
        report["ratio_to_baseline"] = {
            "one_1mb_document_chars_per_s": round(one["chars_per_s"] / b_one["chars_per_s"], 3),
            "documents_1mb_documents_per_s": round(many["documents_per_s"] / b_many["documents_per_s"], 3) if b_many else None,
            "real_documents_1mb_documents_per_s": round(real["documents_per_s"] / b_real["documents_per_s"], 3)
            if real and b_real else None,
        }
        print(f"baseline ({args.baseline_code}): 1 MB document {b_one['chars_per_s']:,} chars/s"
              + (f", 1 MB as documents {b_many['documents_per_s']:,} documents/s" if b_many else "")
              + f"; ratio now/baseline: {report['ratio_to_baseline']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
