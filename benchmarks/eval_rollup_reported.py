"""Per-document actor roll-ups with and without the claims where the actor appears only inside a
reported view, against careful readers' views (the pairs of the commentary dev sets).

End to end with one model (segmentation, linking, scoring), as ``benchmarks/eval_rollups_dev_sets.py``;
each document's roll-up is computed twice from the same assessments
(:func:`polisent._assemble.summarise` with ``reported=True``, the default since the thirty-ninth
pass, and ``reported=False``, the earlier rule) and compared with the gold views
(:mod:`polisent.evaluation.actor_rollup`): coverage, spurious views, and on the views both variants
score, macro-F1, Spearman, polarised and opposite-sign shares per head.

    python benchmarks/eval_rollup_reported.py --first 189 --last 212 [--main-dev] [--model default] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first", type=int, default=2, help="first dev set (default: 2)")
    ap.add_argument("--last", type=int, default=None, help="last dev set (default: all)")
    ap.add_argument("--main-dev", action="store_true", help="also the main corpus's dev split")
    ap.add_argument("--model", default="default")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import polisent
    from polisent._assemble import summarise
    from polisent.analyzer import Document
    from polisent.evaluation import commentary as C
    from polisent.evaluation.actor_rollup import _actor, agreement, gold_views
    from polisent.protocols import DocumentStructure

    sets = [("main", ROOT / "data" / "commentary", "dev")] if args.main_dev else []
    for p in C.dev_set_dirs(ROOT / "data" / "commentary", "pairs"):
        k = int(p.name.removeprefix("commentary_dev"))
        if k >= args.first and (args.last is None or k <= args.last):
            sets.append((p.name.removeprefix("commentary_"), p, None))
    an = polisent.Analyzer(model=args.model, progress=False).load()
    views: dict[str, dict[str, dict[tuple[str, str], float]]] = {v: {"sentiment": {}, "stance": {}} for v in ("pool", "drop")}
    pairs: list[dict] = []
    t0 = time.perf_counter()
    for name, root, split in sets:
        os.environ["POLISENT_COMMENTARY"] = str(root)
        ps = C.read_table("pairs", split)
        ids = {p["doc_id"] for p in ps}
        docs = [d for d in C.read_table("documents", split) if d["id"] in ids]
        for a in an.pipe((Document(d["text"], id=d["id"]) for d in docs), on_error="return"):
            if a.error:
                continue
            st = DocumentStructure(a.segments, a.claims, a.speakers)
            for variant, flag in (("pool", True), ("drop", False)):
                for s in summarise(st, a.mentions, a.assessments, reported=flag):
                    for head in ("sentiment", "stance"):
                        v = getattr(s, head)
                        if v is not None:
                            views[variant][head][(f"{name}/{a.id}", _actor(s.actor_id))] = v
        pairs += [dict(p, doc_id=f"{name}/{p['doc_id']}") for p in ps]
    out: dict = {"benchmark": "document roll-ups with reported views pooled (pool) or left out (drop)", "model": args.model,
                 "sets": [s[0] for s in sets], "pairs": len(pairs), "seconds": round(time.perf_counter() - t0, 1), "heads": {}}
    for head in ("sentiment", "stance"):
        gold = gold_views(pairs, head)
        both = sorted(set(gold) & set(views["pool"][head]) & set(views["drop"][head]))
        row = {"gold_views": len(gold), "common_views": len(both)}
        for variant in ("drop", "pool"):
            pred = views[variant][head]
            row[variant] = {"coverage": round(len(set(gold) & set(pred)) / len(gold), 4) if gold else None,
                            "spurious": round(len(set(pred) - set(gold)) / len(pred), 4) if pred else None,
                            "on_common_views": agreement([gold[k] for k in both], [pred[k] for k in both])}
        out["heads"][head] = row
        d, p = row["drop"], row["pool"]
        print(f"{head:9s} coverage {d['coverage']:.1%} -> {p['coverage']:.1%}; on {len(both)} common views macro-F1 "
              f"{d['on_common_views']['macro_f1']:.2f} -> {p['on_common_views']['macro_f1']:.2f}, polarised "
              f"{d['on_common_views']['polarised']:.1%} -> {p['on_common_views']['polarised']:.1%} (drop -> pool)")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
