"""Fit the learned pronoun pass (``polisent/data/pronoun_model.json``) on the commentary corpus's pairs.

Two steps:

``dump``: run segmentation and linking (no scorer, the learned pass off) over the labelled documents of
the main corpus's train and dev splits and the dev sets, and write one JSON line per pronoun the
pass looks at, with each candidate's features and gold labels: ``pos`` (a gold mention of that
actor covers the pronoun), ``pair`` (the gold unit holding the pronoun has a pair for that actor)
and ``already`` (the pipeline links that actor elsewhere in the pronoun's claim, so a link adds no pair).

``fit``: a logistic regression on the ``train`` groups (candidates that are a gold pair of the unit
without covering the pronoun are left out: the annotators list some mentions, not all), then one
threshold per pronoun group chosen on the ``choice`` groups (the one that adds most pairs net of
wrong ones: new right pairs minus new wrong ones, a link that adds no pair counting for nothing; pronouns outside the expert's claims
are left out of both steps, as the annotators pair the expert's claims only),
and the figures on the ``report`` groups, which neither step read.

    python scripts/fit_pronoun_model.py dump --sets main:train main:dev 2-120 --out a.jsonl
    python scripts/fit_pronoun_model.py fit --dump a.jsonl b.jsonl --train main:train 2-200 --choice main:dev 201-230 --report 231-244
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _groups(specs: list[str]) -> list[tuple[str, Path, str]]:
    """``main:train`` / ``main:dev`` (the main corpus's split) and ``LO-HI`` (dev sets) -> (name, dir, split)."""
    out = []
    for s in specs:
        if s.startswith("main:"):
            out.append((s, ROOT / "data" / "commentary", s.split(":", 1)[1]))
            continue
        lo, _, hi = s.partition("-")
        for n in range(int(lo), int(hi or lo) + 1):
            d = ROOT / "data" / f"commentary_dev{n}"
            if (d / "pairs.jsonl").is_file():
                out.append((f"dev{n}", d, "dev"))
    if any(split == "test" for _, _, split in out):
        raise SystemExit("the test split is not read here")
    return out


def _same(gold_actor: str, actor: str) -> bool:
    return gold_actor == actor or gold_actor == "x:" + actor.removeprefix("local:")


def dump(args: argparse.Namespace) -> None:
    from polisent.actors import RegistryLinker
    from polisent.analyzer import Analyzer, Document
    from polisent.evaluation.commentary import read_table

    linker = RegistryLinker(ner="rules", pronoun_model=False)
    seen: list[tuple] = []
    linker.pronoun_record = lambda p, word, cands: seen.append((p.start, p.end, word, cands))
    an = Analyzer(linker=linker, scorer="none", progress=False).load()
    with open(args.out, "w", encoding="utf-8") as f:
        for name, root, split in _groups(args.sets):
            os.environ["POLISENT_COMMENTARY"] = str(root)
            docs, units, pairs = (read_table(t, split) for t in ("documents", "units", "pairs"))
            ids = {p["doc_id"] for p in pairs}
            ubd, pbd = defaultdict(list), defaultdict(list)
            for u in units:
                ubd[u["doc_id"]].append(u)
            for p in pairs:
                pbd[p["doc_id"]].append(p)
            n = 0
            for d in docs:
                if d["id"] not in ids:
                    continue
                seen.clear()
                a = next(iter(an.pipe([Document(d["text"], id=d["id"])])))
                claim_actors = defaultdict(set)
                for m in a.mentions:
                    if m.actor_id is not None and m.claim_index is not None:
                        claim_actors[m.claim_index].add(m.actor_id)
                for start, end, word, cands in seen:
                    unit = next((u for u in ubd[d["id"]] if u["start"] <= start < u["end"]), None)
                    ci = next((c.index for c in a.claims if c.start <= start < c.end), None)
                    gold_here = [p for p in pbd[d["id"]] if unit is not None and p["unit"] == unit["unit"]]
                    rows = []
                    for c in cands:
                        pair = [p for p in gold_here if _same(p["actor"], c.actor_id)]
                        pos = any(m["start"] < end and start < m["end"] for p in pair for m in p["mentions"])
                        rows.append({"actor": c.actor_id, "feats": c.feats, "pos": pos, "pair": bool(pair),
                                     "already": ci is not None and c.actor_id in claim_actors[ci]})
                    covered = [p["actor"] for p in gold_here if any(m["start"] < end and start < m["end"] for m in p["mentions"])]
                    f.write(json.dumps({"group": name, "doc": d["id"], "start": start, "end": end, "word": word,
                                        "unit_kind": unit["kind"] if unit else None, "gold": covered, "cands": rows},
                                       ensure_ascii=False) + "\n")
                    n += 1
            print(name, n, file=sys.stderr, flush=True)


def _in(group: str, specs: list[str]) -> bool:
    for s in specs:
        if s.startswith("main:") and group == s:
            return True
        if not s.startswith("main:") and group.startswith("dev"):
            lo, _, hi = s.partition("-")
            if int(lo) <= int(group[3:]) <= int(hi or lo):
                return True
    return False


def _load(paths: list[str]) -> list[dict]:
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def _effect(recs: list[dict], model, thresholds: dict[str, float]) -> Counter:
    """Pairs added right / wrong (and links that add no pair) by linking each pronoun's best candidate."""
    from polisent.actors.pronouns import GROUPS

    out: Counter = Counter()
    for r in recs:
        if r["unit_kind"] not in ("answer", "body") or not r["cands"]:
            continue
        g = GROUPS[r["word"]]
        prob, c = max(((model.prob(c["feats"]), c) for c in r["cands"]), key=lambda x: x[0])
        if prob < thresholds.get(g, 1.01):
            continue
        key = "none" if c["already"] else ("right" if c["pair"] else "wrong")
        out[g, key] += 1
        out["all", key] += 1
        out[g, "mention_right" if c["pos"] else "mention_wrong"] += 1
    return out


def fit(args: argparse.Namespace) -> None:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from polisent.actors.pronouns import GROUPS, PronounModel

    recs = _load(args.dump)
    train = [r for r in recs if _in(r["group"], args.train)]
    choice = [r for r in recs if _in(r["group"], args.choice)]
    report = [r for r in recs if _in(r["group"], args.report)]
    X, y = [], []
    for r in train:
        if r["unit_kind"] not in ("answer", "body"):
            continue  # the annotators pair the expert's claims only
        for c in r["cands"]:
            if c["pair"] and not c["pos"]:
                continue
            X.append(c["feats"])
            y.append(int(c["pos"]))
    vec = DictVectorizer()
    Xm = vec.fit_transform(X)
    lr = LogisticRegression(C=args.C, max_iter=2000).fit(Xm, np.array(y))
    weights = {k: round(float(w), 5) for k, w in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(w) > 1e-6}
    model = PronounModel(weights, round(float(lr.intercept_[0]), 5), {})
    # one threshold for all groups on the choice groups, then one per group where the choice groups hold at least
    # --min-group pronouns of it in the expert's claims (a smaller group keeps the common one)
    grid = [round(0.20 + 0.05 * i, 2) for i in range(16)]
    groups = sorted(set(GROUPS.values()))

    def best(ts: dict[str, float] | None, g: str) -> float:
        top = (0.0, 1.01)
        for t in grid:
            e = _effect(choice, model, ts(t) if ts else {g: t})
            gain = e[g, "right"] - e[g, "wrong"] * args.wrong_cost
            if gain > top[0]:
                top = (gain, t)
        return top[1]

    common = best(lambda t: dict.fromkeys(groups, t), "all")
    support = Counter(GROUPS[r["word"]] for r in choice if r["unit_kind"] in ("answer", "body") and r["cands"])
    thresholds = {g: best(None, g) if support[g] >= args.min_group else common for g in groups}
    model = PronounModel(weights, model.bias, thresholds)
    out = {"version": "pronoun-v1", "bias": model.bias, "thresholds": thresholds, "weights": weights,
           "fitted_on": {"train": args.train, "thresholds_on": args.choice, "C": args.C, "wrong_cost": args.wrong_cost,
                         "min_group": args.min_group, "common_threshold": common, "choice_support": dict(support),
                         "train_candidates": len(y), "train_positive": int(sum(y))}}
    Path(args.model_out).write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    figures = {}
    for name, rs in (("train", train), ("choice", choice), ("report", report))[:3 if args.report_figures else 2]:
        e = _effect(rs, model, thresholds)
        figures[name] = {f"{g}:{k}": v for (g, k), v in sorted(e.items())}
        gold = sum(1 for r in rs if r["unit_kind"] in ("answer", "body") and r["gold"])
        figures[name]["pronouns_with_gold_actor"] = gold
        print(name, "pronouns with a gold actor", gold, "| added pairs right", e["all", "right"], "wrong", e["all", "wrong"],
              "no new pair", e["all", "none"])
        for g in sorted(set(GROUPS.values())):
            print(f"   {g:5} t={thresholds[g]:.2f} right {e[g, 'right']:5} wrong {e[g, 'wrong']:5} none {e[g, 'none']:5}")
    if args.results:
        Path(args.results).write_text(json.dumps({"model": out["fitted_on"] | {"thresholds": thresholds},
                                                  "report_groups": args.report, "figures": figures}, indent=1) + "\n",
                                      encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--sets", nargs="+", required=True)
    d.add_argument("--out", required=True)
    f = sub.add_parser("fit")
    f.add_argument("--dump", nargs="+", required=True)
    f.add_argument("--train", nargs="+", required=True)
    f.add_argument("--choice", nargs="+", required=True)
    f.add_argument("--report", nargs="+", default=[])
    f.add_argument("--C", type=float, default=1.0)
    f.add_argument("--min-group", type=int, default=100, help="pronouns of a group the choice groups need for its own threshold")
    f.add_argument("--wrong-cost", type=float, default=2.0, help="a wrong pair counts as this many right ones lost")
    f.add_argument("--model-out", default=str(ROOT / "polisent" / "data" / "pronoun_model.json"))
    f.add_argument("--results", default=None)
    f.add_argument("--report-figures", action="store_true", help="also print the report groups' figures (once, at the end)")
    args = ap.parse_args(argv)
    dump(args) if args.cmd == "dump" else fit(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
