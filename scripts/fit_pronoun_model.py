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


def _fits(group: str, feats: dict) -> bool:
    """The linker's kind constraint (:func:`polisent.actors.pronouns.fits`), the candidate's person-ness read from its features."""
    from polisent.actors.pronouns import fits

    return fits(group, any(feats.get(f"{group}|{k}") for k in ("pm", "pf", "pu")))


def _effect(recs: list[dict], prob, thresholds: dict[str, float]) -> Counter:
    """Pairs added right / wrong (and links that add no pair) by linking each pronoun's best fitting candidate;
    ``prob(record, i)`` is the probability of the record's i-th candidate."""
    from polisent.actors.pronouns import GROUPS

    out: Counter = Counter()
    for r in recs:
        if r["unit_kind"] not in ("answer", "body") or not r["cands"]:
            continue
        g = GROUPS[r["word"]]
        fits = [(prob(r, i), c) for i, c in enumerate(r["cands"]) if _fits(g, c["feats"])]
        if not fits:
            continue
        p, c = max(fits, key=lambda x: x[0])
        if p < thresholds.get(g, 1.01):
            continue
        key = "none" if c["already"] else ("right" if c["pair"] else "wrong")
        out[g, key] += 1
        out["all", key] += 1
        out[g, "mention_right" if c["pos"] else "mention_wrong"] += 1
    return out


def _train(recs: list[dict], C: float):
    """A logistic regression on the candidates of the expert's claims (a gold pair of the unit that does not
    cover the pronoun is left out: the annotators list some mentions, not all); returns the model (no
    thresholds) and the number of candidates and positives."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from polisent.actors.pronouns import PronounModel

    X, y = [], []
    for r in recs:
        if r["unit_kind"] not in ("answer", "body"):
            continue  # the annotators pair the expert's claims only
        for c in r["cands"]:
            if c["pair"] and not c["pos"]:
                continue
            X.append(c["feats"])
            y.append(int(c["pos"]))
    vec = DictVectorizer()
    lr = LogisticRegression(C=C, max_iter=2000).fit(vec.fit_transform(X), np.array(y))
    weights = {k: round(float(w), 5) for k, w in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(w) > 1e-6}
    return PronounModel(weights, round(float(lr.intercept_[0]), 5), {}), len(y), int(sum(y))


def fit(args: argparse.Namespace) -> None:
    from polisent.actors.pronouns import GROUPS, PronounModel

    recs = _load(args.dump)
    train = [r for r in recs if _in(r["group"], args.train)]
    choice = [r for r in recs if _in(r["group"], args.choice)]
    report = [r for r in recs if _in(r["group"], args.report)]
    if args.cv_folds:
        # weights on train and choice together; thresholds on their out-of-fold probabilities (folds by set)
        pool = train + choice
        names = sorted({r["group"] for r in pool})
        for k in range(args.cv_folds):
            held = set(names[k::args.cv_folds])
            m, _, _ = _train([r for r in pool if r["group"] not in held], args.C)
            for r in pool:
                if r["group"] in held:
                    r["_p"] = [m.prob(c["feats"]) for c in r["cands"]]
        model, n_cand, n_pos = _train(pool, args.C)
        choice, train = pool, pool
        prob = lambda r, i: r["_p"][i]  # noqa: E731
    else:
        model, n_cand, n_pos = _train(train, args.C)
        prob = lambda r, i: model.prob(r["cands"][i]["feats"])  # noqa: E731
    weights = dict(model.weights)
    # one threshold for all groups on the choice groups, then one per group where the choice groups hold at least
    # --min-group pronouns of it in the expert's claims (a smaller group keeps the common one)
    grid = [round(0.20 + 0.05 * i, 2) for i in range(16)]
    groups = sorted(set(GROUPS.values()))

    def best(ts, g: str) -> float:
        top = (0.0, 1.01)
        for t in grid:
            e = _effect(choice, prob, ts(t) if ts else {g: t})
            gain = e[g, "right"] - e[g, "wrong"] * args.wrong_cost
            if gain > top[0]:
                top = (gain, t)
        return top[1]

    common = best(lambda t: dict.fromkeys(groups, t), "all")
    support = Counter(GROUPS[r["word"]] for r in choice if r["unit_kind"] in ("answer", "body") and r["cands"])
    thresholds = {g: best(None, g) if support[g] >= args.min_group else common for g in groups}
    model = PronounModel(weights, model.bias, thresholds)
    out = {"version": "pronoun-v1", "bias": model.bias, "thresholds": thresholds, "weights": weights,
           "fitted_on": {"train": args.train + (args.choice if args.cv_folds else []),
                         "thresholds_on": (f"{args.cv_folds}-fold out-of-fold probabilities of the train groups"
                                           if args.cv_folds else args.choice), "C": args.C, "wrong_cost": args.wrong_cost,
                         "min_group": args.min_group, "common_threshold": common, "choice_support": dict(support),
                         "train_candidates": n_cand, "train_positive": n_pos}}
    Path(args.model_out).write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    figures = {}
    for name, rs in (("train", train), ("choice", choice), ("report", report))[:3 if args.report_figures else 2]:
        e = _effect(rs, lambda r, i: model.prob(r["cands"][i]["feats"]), thresholds)
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
    f.add_argument("--cv-folds", type=int, default=0,
                   help="fit on the train and choice groups together, thresholds on K-fold out-of-fold probabilities")
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
