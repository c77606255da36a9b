"""Per-document actor roll-ups against careful readers, pooled over the main dev split and the dev sets.

End to end (segmentation, linking, scoring with one model), as ``benchmarks/eval_document_actors.py``
does for one split, but over every labelled document of ``data/commentary`` (dev split) and
``data/commentary_dev2`` ... ``devN`` at once (document ids prefixed by their set), so that a change of
the segmenter or the linker shows in the roll-ups: coverage of the gold views, the share of spurious
views (scored, but no gold pair among the expert's claims), macro-F1 of the three labels and the
share of gold-neutral views read as polar (:func:`polisent.evaluation.actor_rollup.document_actor_metrics`).
``--code DIR`` evaluates the polisent package of another checkout (a "before" worktree) on this
checkout's data.

    python benchmarks/eval_rollups_dev_sets.py [--model default] [--first-dev 313] [--last-dev 324] [--mention-model] [--code /tmp/before] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="default")
    ap.add_argument("--last-dev", type=int, default=None, metavar="N", help="the last dev set read (default: all)")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose polisent package is evaluated")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "eval_rollups_dev_sets.json")
    ap.add_argument("--first-dev", type=int, default=None, metavar="N",
                    help="the first dev set read; with it the main dev split is left out (one band of fresh sets)")
    ap.add_argument("--mention-model", action="store_true",
                    help="force the linker's learned incidental-mention pass (polisent.actors.incidental; the Analyzer's "
                         "default since pass 54, so this matters only for older --code)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))
    import polisent
    from polisent.analyzer import Document
    from polisent.evaluation import commentary as C
    from polisent.evaluation.actor_rollup import document_actor_metrics
    from polisent.evaluation.commentary import dev_set_dirs

    if Path(polisent.__file__).resolve().parents[1] != args.code.resolve():
        raise SystemExit(f"imported polisent from {polisent.__file__}, not from {args.code}")
    main_corpus = ROOT / "data" / "commentary"
    sets = ([] if args.first_dev is not None else [("main", main_corpus, "dev")]) + [
        (p.name.removeprefix("commentary_"), p, None) for p in dev_set_dirs(main_corpus, "pairs")
        if (args.last_dev is None or int(p.name.removeprefix("commentary_dev")) <= args.last_dev)
        and (args.first_dev is None or int(p.name.removeprefix("commentary_dev")) >= args.first_dev)]
    linker = None
    if args.mention_model:
        from polisent.actors import RegistryLinker

        linker = RegistryLinker(mention_model=True)
    an = polisent.Analyzer(model=args.model, linker=linker, progress=False).load()
    analyses, pairs, per_set = {}, [], {}
    for name, root, split in sets:
        os.environ["POLISENT_COMMENTARY"] = str(root)
        ps = C.read_table("pairs", split)
        ids = {p["doc_id"] for p in ps}
        docs = [d for d in C.read_table("documents", split) if d["id"] in ids]
        res = {f"{name}/{a.id}": a for a in an.pipe((Document(d["text"], id=d["id"]) for d in docs), on_error="return")}
        ps = [dict(p, doc_id=f"{name}/{p['doc_id']}") for p in ps]
        analyses.update(res)
        pairs += ps
        per_set[name] = document_actor_metrics(res, ps)
    pooled = document_actor_metrics(analyses, pairs)
    out = {"benchmark": "per-document actor roll-ups pooled over the main dev split and the dev sets", "model": args.model,
           "linker": an.models().get("linker"),
           "code": str(args.code), "sets": [s[0] for s in sets], "pooled": pooled, "per_set": per_set}
    for head in ("sentiment", "stance"):
        h = pooled[head]
        print(f"{head:9s} gold views {h['gold_views']} scored {h['scored_views']} coverage {h['coverage']:.1%} spurious {h['spurious']:.1%} "
              f"macro-F1 {h['macro_f1']:.1f} (all neutral {h['all_neutral_macro_f1']:.1f}) polarised {h['polarised']:.1%}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
