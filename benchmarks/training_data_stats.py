"""Per-source counts and label distributions of the training union (``polisent.training.sources``).

Loads every source with the default mapping (``docs/training_data.md``), prints one table row per
source and piece (train, dev for selection, held out for checks) with examples, targets and the
label counts per head (``-``: masked), and writes the same figures, the rows each source dropped
and why, the weights, the options and provenance to ``benchmarks/results/training_data_stats.json``.
Sources whose files are absent are skipped and listed.

    python benchmarks/training_data_stats.py [--data-dir ../shared/datasets] [--out PATH]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as _dt
import hashlib
import json
import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from polisent._provenance import git_sha  # noqa: E402
from polisent.training.data import default_data_dir  # noqa: E402
from polisent.training.sources import SOURCES, SourceOptions, label_stats, load_training_union  # noqa: E402


def _row(name: str, st: dict) -> str:
    s, t = st["sentiment"], st["stance"]
    return (f"{name:<30} {st['examples']:>6} {st['targets']:>6} | {s['negative']:>5} {s['neutral']:>5} {s['positive']:>5}"
            f" {s['masked']:>5} | {t['against']:>5} {t['none']:>5} {t['favor']:>5} {t['masked']:>5}")


def _commentary_sha() -> str | None:
    p = ROOT / "data" / "commentary" / "pairs.jsonl"
    return hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", default=str(default_data_dir()))
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "training_data_stats.json"))
    args = ap.parse_args(argv)
    options = SourceOptions()
    union = load_training_union(args.data_dir, SOURCES, options=options, missing="skip")
    per_source = {}
    print(f"{'source / piece':<30} {'ex':>6} {'tgt':>6} | {'neg':>5} {'neu':>5} {'pos':>5} {'-':>5} |"
          f" {'agst':>5} {'none':>5} {'favor':>5} {'-':>5}")
    by_source = union.by_source()
    for name in SOURCES:
        if union.skipped.get(name) == {"missing": 1}:
            per_source[name] = {"missing": True}
            print(f"{name:<30} (files absent, skipped)")
            continue
        entry = {"weight": union.weights[name], "train": label_stats(by_source.get(name, [])),
                 "dev": {}, "held_out": {}, "dropped": union.skipped.get(name, {})}
        print(_row(name, entry["train"]))
        for kind in ("dev", "held_out"):
            for piece, exs in getattr(union, kind).items():
                if piece.startswith(name) or (name == "ibm" and piece.startswith("ibm")):
                    entry[kind][piece] = label_stats(exs)
                    print(_row(f"  {kind}: {piece}", entry[kind][piece]))
        per_source[name] = entry
    total = label_stats(union.train)
    print(_row("union (train)", total))
    record = {
        "what": "training union: per-source examples, targets and label counts per head (masked = -1)",
        "data_dir": str(Path(args.data_dir).resolve()),
        "options": dataclasses.asdict(options),
        "sources": per_source,
        "union_train": total,
        "commentary_pairs_sha256": _commentary_sha(),
        "git_sha": git_sha(),
        "python": platform.python_version(),
        "created": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
