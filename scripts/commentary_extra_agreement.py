"""Pair agreement of the doubly labelled documents of the structure dev sets, pooled.

The first annotation is `data/commentary_devN/ann/<first>/`, the second `ann/second/`; writes
`benchmarks/results/agreement_commentary_extra.json`. Run from the checkout root:
`python3 scripts/commentary_extra_agreement.py`.
"""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import commentary_corpus as cc  # noqa: E402

first, second = {}, {}
sets = sorted(p.parents[1] for p in Path("data").glob("commentary_dev*/ann/second"))
for d in sets:
    cc.CORPUS = d
    _, _, p1, p2 = cc._first_and_second()
    first.update(p1)
    second.update(p2)
common = sorted(set(first) & set(second))
rep = {"sets": [d.name for d in sets], "documents": len({k[0] for k in first} & {k[0] for k in second}),
       "pairs_first": len(first), "pairs_second": len(second), "pairs_both": len(common),
       "pair_set_f1": round(2 * len(common) / (len(first) + len(second)), 4)}
for h in ("sentiment", "stance"):
    a = [first[k][h] for k in common]
    b = [second[k][h] for k in common]
    rep[h] = {"kappa": round(cc.kappa(a, b), 4), "agreement": round(sum(x == y for x, y in zip(a, b)) / len(a), 4),
              "first": dict(Counter(a)), "second": dict(Counter(b)),
              "confusion": dict(Counter(f"{x}->{y}" for x, y in zip(a, b) if x != y))}
print(json.dumps(rep, indent=1))
Path("benchmarks/results/agreement_commentary_extra.json").write_text(json.dumps(rep, indent=1) + "\n")
