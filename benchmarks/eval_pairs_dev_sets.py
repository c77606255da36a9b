"""The shipped scoring models on the pairs of structure dev sets they were not trained on.

The pairs of ``data/commentary_dev29`` ... ``dev34`` were labelled after the shipped models were
trained (``docs/training_data.md``), so they are fresh real pages for the scorer: each model is
scored on the gold claims and mentions (:func:`polisent.evaluation.commentary_eval.oracle_pair_metrics`:
macro-F1 as a fraction, ECE, predicted against gold label rates, per-document actor roll-ups with
their macro-F1 in percent; of the actor pairs of one claim with different gold labels, the share
predicted differently), beside the
all-neutral baseline of the same pairs. Nothing is chosen on these figures.

    python benchmarks/eval_pairs_dev_sets.py [--sets 29 30 31 32 33 34] [--models default accurate] [--out FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", type=int, default=[29, 30, 31, 32, 33, 34])
    ap.add_argument("--models", nargs="+", default=["default", "accurate"])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "eval_pairs_dev29_34.json")
    args = ap.parse_args(argv)

    import polisent
    from polisent._provenance import git_sha
    from polisent.evaluation.commentary import read_table
    from polisent.evaluation.commentary_eval import baselines, oracle_pair_metrics

    pairs: list[dict[str, Any]] = []
    for n in args.sets:
        os.environ["POLISENT_COMMENTARY"] = str(ROOT / "data" / f"commentary_dev{n}")
        pairs += read_table("pairs", "dev")
    base = baselines(pairs)
    out: dict[str, Any] = {"benchmark": "scoring models on fresh dev-set pairs (gold claims and mentions)",
                           "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "git_sha": git_sha(),
                           "versions": {"polisent": polisent.__version__, "python": platform.python_version()},
                           "sets": [f"commentary_dev{n}" for n in args.sets], "pairs": len(pairs),
                           "all_neutral_macro_f1": {h: base[f"all_neutral_{h}"]["macro_f1"] for h in ("sentiment", "stance")},
                           "results": {}}
    print(f"{len(pairs)} pairs; all neutral macro-F1: sentiment {100 * out['all_neutral_macro_f1']['sentiment']:.1f}, "
          f"stance {100 * out['all_neutral_macro_f1']['stance']:.1f}")
    for spec in args.models:
        an = polisent.Analyzer(model=spec, progress=False).load()
        m = oracle_pair_metrics(an.scorer, pairs)
        r = {h: {k: m[h][k] for k in ("macro_f1", "accuracy", "ece", "predicted_distribution", "gold_distribution")}
             for h in ("sentiment", "stance")}
        r["document_actors"] = m["document_actors"]
        r["same_claim_different_labels"] = m["same_claim_different_labels"]
        r["models"] = an.models()
        out["results"][spec] = r
        for h in ("sentiment", "stance"):
            print(f"{spec:8s} {h:9s} macro-F1 {100 * r[h]['macro_f1']:.1f} ECE {r[h]['ece']:.3f} predicted {r[h]['predicted_distribution']} "
                  f"gold {r[h]['gold_distribution']}; per document and actor {r['document_actors'][h]['macro_f1']:.1f}; "
                  f"same claim, different gold: told apart {r['same_claim_different_labels'][h]}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
