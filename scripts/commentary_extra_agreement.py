"""Pair agreement of the doubly labelled documents of the structure dev sets, pooled.

The first annotation is `data/commentary_devN/ann/<first>/`, the second `ann/second/`; writes
`benchmarks/results/agreement_commentary_extra.json`. Run from the checkout root:
`python3 scripts/commentary_extra_agreement.py`.
"""
import json
import sys
from pathlib import Path
from collections import Counter
sys.path.insert(0, str(Path(__file__).resolve().parent))
import commentary_corpus as cc
P1all, P2all = {}, {}
sets = sorted(p.parents[1] for p in Path("data").glob("commentary_dev*/ann/second"))
for d in sets:
    cc.CORPUS = d
    U1, U2, P1, P2 = cc._first_and_second()
    P1all.update(P1); P2all.update(P2)
common = sorted(set(P1all) & set(P2all))
rep = {"sets": [d.name for d in sets], "documents": len({k[0] for k in P1all} & {k[0] for k in P2all}), "pairs_first": len(P1all), "pairs_second": len(P2all), "pairs_both": len(common),
       "pair_set_f1": round(2 * len(common) / (len(P1all) + len(P2all)), 4)}
for h in ("sentiment", "stance"):
    a = [P1all[k][h] for k in common]; b = [P2all[k][h] for k in common]
    rep[h] = {"kappa": round(cc.kappa(a, b), 4), "agreement": round(sum(x == y for x, y in zip(a, b)) / len(a), 4),
              "first": dict(Counter(a)), "second": dict(Counter(b)),
              "confusion": dict(Counter(f"{x}->{y}" for x, y in zip(a, b) if x != y))}
print(json.dumps(rep, indent=1))
Path("benchmarks/results/agreement_commentary_extra.json").write_text(json.dumps(rep, indent=1) + "\n")
