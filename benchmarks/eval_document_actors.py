"""Per-document actor roll-ups against careful readers, for the shipped models.

For each model and split: polisent's roll-up of every actor in every document
(``DocumentAnalysis.actors``, end to end: segmentation, linking, scoring) and the same roll-up from
the scorer on the gold claims and mentions, against the mean of the gold labels of the actor's
pairs in the expert's claims (:mod:`polisent.evaluation.actor_rollup`; fixed band ``tau=0.25``,
never tuned). The all-neutral baseline is reported beside each figure. The test split is read only
with ``--splits test``.

    python benchmarks/eval_document_actors.py --models default accurate --splits dev [test] [--out FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", nargs="+", default=["default", "accurate"])
    ap.add_argument("--splits", nargs="+", default=["dev"], choices=["train", "dev", "test"])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "eval_document_actors.json")
    args = ap.parse_args(argv)

    import polisent
    from polisent._provenance import git_sha
    from polisent.evaluation.commentary_eval import evaluate_commentary

    out: dict[str, Any] = {"benchmark": "per-document actor roll-ups against the gold views",
                           "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "git_sha": git_sha(),
                           "versions": {"polisent": polisent.__version__, "python": platform.python_version()},
                           "results": {}}
    for spec in args.models:
        an = polisent.Analyzer(model=spec, progress=False).load()
        for split in args.splits:
            rep = evaluate_commentary(an, split)
            views = {"end_to_end": rep["document_actors"], "gold_claims": rep["gold_pairs"]["document_actors"]}
            out["results"].setdefault(spec, {})[split] = views | {"models": rep["models"]}
            for view, r in views.items():
                for head in ("sentiment", "stance"):
                    h = r[head]
                    cov = f" coverage {h['coverage']:.1%} spurious {h['spurious']:.1%}" if "coverage" in h else ""
                    print(f"{spec:8s} {split:4s} {view:11s} {head:9s} n {h['n']:4d} macro-F1 {h['macro_f1']:5.1f} "
                          f"(all neutral {h['all_neutral_macro_f1']:5.1f}) spearman {h['spearman']} non-neutral "
                          f"pred {h['pred_non_neutral']:.1%} gold {h['gold_non_neutral']:.1%} polarised {h['polarised']:.1%}"
                          f" opposite {h['opposite_sign']:.1%}{cov}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
