"""Fit the learned incidental-mention pass (``polisent/data/mention_model.json``) on the commentary pairs.

Two steps:

``dump``: run segmentation and linking (no scorer, the pass off) over the labelled documents of the
given groups and write one JSON line per document: every (gold unit, actor) pair the pipeline makes
in the expert's claims, whether the annotators paired it (``pos``), whether a mention this pass does
not decide makes it too (``fixed``: a pronoun, a description), and the features
(:func:`polisent.actors.incidental.mention_features`) of each mention the pass decides; and the
number of gold pairs of the document.

``fit``: an L2 logistic regression on the mentions of the ``train`` groups, each labelled with its
pair's ``pos`` (features seen fewer than ``--min-count`` times are left out: that is the
vocabulary). C and the threshold are chosen on the ``choice`` groups by pair-linking F1 (a pair
stays when a mention of it reaches the threshold or a mention the pass does not decide makes it),
with pair recall allowed to fall by at most ``--max-recall-loss`` points; the figures of the
``report`` groups, which neither step read, are printed and recorded.

    python scripts/fit_mention_model.py dump --sets main:train 2-280 --out train.jsonl
    python scripts/fit_mention_model.py dump --sets main:dev 281-312 --out choice.jsonl
    python scripts/fit_mention_model.py fit --train train.jsonl --choice choice.jsonl [--report r.jsonl] [--write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from fit_pronoun_model import _groups  # noqa: E402  (the same groups: main:train, main:dev, LO-HI dev sets)

OUT = ROOT / "polisent" / "data" / "mention_model.json"
CS = (0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.02 * i, 2) for i in range(1, 31))


def dump(args: argparse.Namespace) -> None:
    from polisent.actors import RegistryLinker
    from polisent.actors.incidental import SCORED_KINDS, mention_features
    from polisent.analyzer import Analyzer, Document
    from polisent.evaluation.commentary import read_table
    from polisent.evaluation.commentary_eval import CLAIM_KINDS, _unit_of
    from polisent.protocols import DocumentStructure

    an = Analyzer(linker=RegistryLinker(mention_model=False), scorer="none", progress=False).load()
    with open(args.out, "w", encoding="utf-8") as f:
        for name, root, split in _groups(args.sets):
            os.environ["POLISENT_COMMENTARY"] = str(root)
            docs, units, pairs = (read_table(t, split) for t in ("documents", "units", "pairs"))
            ids = {p["doc_id"] for p in pairs}
            ubd: dict[str, list[dict[str, Any]]] = defaultdict(list)
            gold: dict[str, set[tuple[int, str]]] = defaultdict(set)
            for u in units:
                ubd[u["doc_id"]].append(u)
            for p in pairs:
                gold[p["doc_id"]].add((p["unit"], p["actor"]))
            texts = {d["id"]: d for d in docs if d["id"] in ids}
            for a in an.pipe((Document(d["text"], id=i, meta={"date": d.get("date") or None}) for i, d in texts.items()),
                             on_error="return"):
                if a.error:
                    continue
                feats = mention_features(a.text, DocumentStructure(a.segments, a.claims), a.mentions)
                made: dict[tuple[int, str], dict[str, Any]] = {}
                for mi, m in enumerate(a.mentions):
                    if m.actor_id is None or m.claim_index is None:
                        continue
                    cl = a.claims[m.claim_index]
                    if cl.is_question:
                        continue
                    u = _unit_of((cl.start, cl.end), ubd[a.id])
                    if u is None or u["kind"] not in CLAIM_KINDS:
                        continue
                    g = gold[a.id]
                    actor = m.actor_id if (u["unit"], m.actor_id) in g else "x:" + m.actor_id.removeprefix("local:")
                    if (u["unit"], actor) not in g:
                        actor = m.actor_id
                    rec = made.setdefault((u["unit"], actor), {"unit": u["unit"], "actor": actor,
                                                               "pos": (u["unit"], actor) in g, "fixed": False, "mentions": []})
                    if m.kind in SCORED_KINDS and mi in feats:
                        rec["mentions"].append(feats[mi])
                    else:
                        rec["fixed"] = True
                f.write(json.dumps({"group": name, "doc": a.id, "n_gold": len(gold[a.id]), "pairs": list(made.values())}) + "\n")
            print(f"{name}: {len(texts)} documents", file=sys.stderr)


def _load(paths: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            out.extend(json.loads(line) for line in f)
    return out


def _effect(docs: list[dict[str, Any]], prob, threshold: float | None) -> dict[str, Any]:
    """Pair-linking precision/recall/F1 when mentions under ``threshold`` make no pair (None: the pass off)."""
    tp = pred = gold = 0
    for d in docs:
        gold += d["n_gold"]
        for p in d["pairs"]:
            kept = threshold is None or p["fixed"] or any(prob(f) >= threshold for f in p["mentions"])
            if kept:
                pred += 1
                tp += p["pos"]
    pr, rc = tp / max(pred, 1), tp / max(gold, 1)
    return {"precision": round(pr, 4), "recall": round(rc, 4), "f1": round(2 * pr * rc / max(pr + rc, 1e-9), 4),
            "tp": tp, "pred": pred, "gold": gold}


def _train(docs: list[dict[str, Any]], c: float, min_count: int) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x = [f for d in docs for p in d["pairs"] for f in p["mentions"]]
    y = [int(p["pos"]) for d in docs for p in d["pairs"] for _ in p["mentions"]]
    seen = Counter(k for f in x for k in f)
    x = [{k: v for k, v in f.items() if seen[k] >= min_count} for f in x]
    vec = DictVectorizer()
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(vec.fit_transform(x), y)
    return {k: float(w) for k, w in zip(vec.feature_names_, clf.coef_[0]) if abs(w) > 1e-6}, float(clf.intercept_[0])


def fit(args: argparse.Namespace) -> None:
    import math

    from polisent._provenance import git_sha

    train, choice = _load(args.train), _load(args.choice)
    report = _load(args.report) if args.report else []
    n_m = sum(len(p["mentions"]) for d in train for p in d["pairs"])
    print(f"train: {len(train)} documents, {n_m} mentions; choice: {len(choice)} documents")
    base = _effect(choice, None, None)
    print(f"choice, pass off: {base}")
    best: tuple[float, float, float, dict[str, float], float] | None = None
    for c in CS:
        w, b = _train(train, c, args.min_count)

        def prob(f: dict[str, float], w: dict[str, float] = w, b: float = b) -> float:
            z = b + sum(w.get(k, 0.0) * v for k, v in f.items())
            return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

        for th in THRESHOLDS:
            e = _effect(choice, prob, th)
            if base["recall"] - e["recall"] > args.max_recall_loss / 100:
                continue
            if best is None or e["f1"] > best[0]:
                best = (e["f1"], c, th, w, b)
        print(f"C={c}: " + " ".join(f"{th}:{_effect(choice, prob, th)['f1']:.4f}" for th in THRESHOLDS[::3]))
    assert best is not None
    f1, c, th, w, b = best

    def chosen(f: dict[str, float]) -> float:
        z = b + sum(w.get(k, 0.0) * v for k, v in f.items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    figures = {"choice": {"pass_off": base, "pass_on": _effect(choice, chosen, th)}}
    print(f"chosen C={c} threshold={th}: choice {figures['choice']['pass_on']}")
    if report:
        figures["report"] = {"pass_off": _effect(report, None, None), "pass_on": _effect(report, chosen, th)}
        print(f"report: off {figures['report']['pass_off']}\n        on  {figures['report']['pass_on']}")
    top = sorted(w.items(), key=lambda kv: -abs(kv[1]))[:20]
    print("largest weights:", ", ".join(f"{k} {v:+.2f}" for k, v in top))
    model = {"version": args.name, "weights": {k: round(v, 5) for k, v in sorted(w.items())}, "bias": round(b, 5),
             "threshold": th,
             "fitted_on": {"script": "scripts/fit_mention_model.py", "git_sha": git_sha(), "date": dt.date.today().isoformat(),
                           "train": sorted({d["group"] for d in train}, key=_order),
                           "choice": sorted({d["group"] for d in choice}, key=_order),
                           "C": c, "min_count": args.min_count, "max_recall_loss_points": args.max_recall_loss,
                           "train_mentions": n_m, "figures": figures}}
    if args.write:
        Path(args.output).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.output}")


def _order(g: str) -> tuple[int, str]:
    return (int(g[3:]), g) if g.startswith("dev") and g[3:].isdigit() else (-1, g)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--sets", nargs="+", required=True)
    d.add_argument("--out", required=True)
    f = sub.add_parser("fit")
    f.add_argument("--train", nargs="+", required=True)
    f.add_argument("--choice", nargs="+", required=True)
    f.add_argument("--report", nargs="*", default=None)
    f.add_argument("--min-count", type=int, default=20)
    f.add_argument("--max-recall-loss", type=float, default=1.5, help="points of pair recall the choice may lose")
    f.add_argument("--name", default="mention-v1")
    f.add_argument("--output", default=str(OUT))
    f.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    dump(args) if args.cmd == "dump" else fit(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
