"""Actor linking on the labelled commentary corpora: the gold pairs' actors found in their claims.

For every labelled (document, unit, actor) pair of the corpora, whether the pipeline links that
actor in a claim of that unit (:func:`polisent.evaluation.commentary_eval.pipeline_pair_metrics`;
an actor the annotators wrote outside the registry, ``x:slug``, counts as found when the registry
holds ``slug``). Pooled per group: the main corpus's dev and train splits and the dev sets
``data/commentary_dev2`` ... (their pairs); ``--test`` adds the main test split (report it once).
No scoring model is loaded. ``--code DIR`` evaluates the polisent package of another checkout.

    python benchmarks/eval_linking.py [--test] [--code /tmp/before] [--first-dev N] [--last-dev N] [--out FILE]

Without ``--first-dev``/``--last-dev`` every labelled dev set is read, fresh ones included: give ``--last-dev`` to keep
sets unread (the report lists the sets it read).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--test", action="store_true", help="also the main corpus's test split")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose polisent package is evaluated")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--last-dev", type=int, default=None, metavar="N",
                    help="leave out the dev sets numbered above N (keeps fresh sets unread)")
    ap.add_argument("--first-dev", type=int, default=None, metavar="N",
                    help="leave out the dev sets numbered below N (read one band of fresh sets)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))
    from polisent.analyzer import Analyzer, Document
    from polisent.evaluation.commentary import read_table
    from polisent.evaluation.commentary_eval import pipeline_pair_metrics

    an = Analyzer(scorer="none", progress=False).load()
    groups = [("main_dev", ROOT / "data/commentary", "dev"), ("main_train", ROOT / "data/commentary", "train")]
    groups += [("dev_sets", d, "dev") for d in sorted((ROOT / "data").glob("commentary_dev*"))
               if (d / "pairs.jsonl").is_file() and _in_band(d, args.first_dev, args.last_dev)]
    if args.test:
        groups.append(("main_test", ROOT / "data/commentary", "test"))
    tot: Counter[tuple[str, str, str]] = Counter()
    missed: Counter[str] = Counter()
    for name, corpus, split in groups:
        os.environ["POLISENT_COMMENTARY"] = str(corpus)
        docs, units, pairs = (read_table(t, split) for t in ("documents", "units", "pairs"))
        if not pairs:
            continue
        res = {a.id: a for a in an.pipe(Document(d["text"], id=d["id"]) for d in docs)}
        m = pipeline_pair_metrics(res, units, pairs)
        for k in ("linking", "linking_registry_actors"):
            for f in ("tp", "pred", "gold"):
                tot[name, k, f] += m[k][f]
        if name != "main_test":
            missed.update(dict(m["most_missed_actors"]))
    out: dict[str, Any] = {}
    for name in dict.fromkeys(g[0] for g in groups):
        out[name] = {}
        for k in ("linking", "linking_registry_actors"):
            tp, pred, gold = (tot[name, k, f] for f in ("tp", "pred", "gold"))
            p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
            out[name][k] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                            "tp": tp, "pred": pred, "gold": gold}
        print(f"{name:10s} all gold actors: P {out[name]['linking']['precision']:.3f} R {out[name]['linking']['recall']:.3f}"
              f" | registry actors at labelling: P {out[name]['linking_registry_actors']['precision']:.3f}"
              f" R {out[name]['linking_registry_actors']['recall']:.3f}")
    read = [g[1].name.removeprefix("commentary_") for g in groups if g[0] == "dev_sets"]
    print(f"dev sets read: {len(read)}" + (f" ({read[0]} ... {read[-1]})" if read else ""))
    report = {"benchmark": "eval_linking", "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
              "code": str(args.code), "linker": an.models().get("linker"), "dev_sets_read": read, "groups": out,
              "most_missed_actors_non_test": missed.most_common(30)}
    if args.out:
        args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


def _in_band(d: Path, first: int | None, last: int | None) -> bool:
    n = int(d.name[len("commentary_dev"):])
    return (first is None or n >= first) and (last is None or n <= last)


if __name__ == "__main__":
    raise SystemExit(main())
