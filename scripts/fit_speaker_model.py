"""Fit the learned speaker ranker (``polisent/data/speaker_model.json``, issue 11).

Data. Every labelled document of the commentary corpora given (default: the main corpus's train
and dev splits and every dev set ``data/commentary_devN``; never a test split or the blind set).
A document's speaker is the name most of its gold answer/body units carry (none when they carry
no name). Each person :func:`polisent.segment._speaker_model.candidates` finds is one
row, positive when it is that speaker (:func:`~polisent.evaluation.commentary_eval.speaker_matches`).

Model. An L2 logistic regression (scikit-learn, here only). Its C and the threshold under which no
name is given are chosen **corpus-out**: each corpus in turn is held out, the model fitted on the
others, and the held-out documents decided (the top candidate when it reaches the threshold, else
no name); the choice maximises the answer-unit-weighted share of documents decided right, pooled
over the held-out corpora. So the figure it prints is a transfer estimate to an unseen collection.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/fit_speaker_model.py            # fit, report, write
    HF_HUB_OFFLINE=1 .venv/bin/python scripts/fit_speaker_model.py --dry-run  # report only
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

from polisent._provenance import git_sha  # noqa: E402
from polisent.evaluation.commentary import dev_set_dirs, read_table  # noqa: E402
from polisent.evaluation.commentary_eval import speaker_matches  # noqa: E402
from polisent.records import SegmentKind  # noqa: E402
from polisent.segment import RuleSegmenter  # noqa: E402
from polisent.segment._principal import is_spoken  # noqa: E402
from polisent.segment._speaker_model import candidates  # noqa: E402

OUT = ROOT / "polisent" / "data" / "speaker_model.json"
def _dev_sets() -> list[tuple[str, tuple[str, ...]]]:
    """Every structure dev set of the checkout (``data/commentary_devN``), in number order."""
    return [(f"data/{p.name}", ("dev",)) for p in dev_set_dirs(ROOT / "data" / "commentary", "units")]


DEFAULT = [("data/commentary", ("train", "dev"))]  # + every dev set (see main)
CS = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 19))
MARGINS = (0.05, 0.1, 0.2)  # at least 0.05 (a design choice, as the rules): two about equally likely people name nobody


def documents(corpora: list[tuple[str, tuple[str, ...]]]) -> list[dict[str, Any]]:
    """One record per labelled document: corpus, text, gold speaker, answer units, candidates."""
    seg = RuleSegmenter(speaker_model=False)  # the questions the ranker sees at run time (unit model on)
    out = []
    for corpus, splits in corpora:
        os.environ["POLISENT_COMMENTARY"] = str(ROOT / corpus)
        for split in splits:
            docs = {d["id"]: d for d in read_table("documents", split)}
            units: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for u in read_table("units", split):
                units[u["doc_id"]].append(u)
            for doc_id, us in units.items():
                answers = [u for u in us if u["kind"] in ("answer", "body")]
                if not answers or doc_id not in docs:
                    continue
                t = docs[doc_id]["text"]
                named = Counter(u["speaker"] for u in answers if u.get("speaker"))
                gold = named.most_common(1)[0][0] if named else None
                st = seg.segment(t)
                has_q = any(s.kind is SegmentKind.QUESTION for s in st.segments)
                rules_named = any(c.speaker for c in st.claims if not c.is_question)
                talk = has_q or is_spoken(t)
                cands = candidates(t, talk=talk, has_q=has_q)
                out.append({"corpus": corpus, "doc": doc_id, "gold": gold, "weight": len(answers), "rules_named": rules_named,
                            "cands": [(ev.name, ev.feats, bool(gold) and speaker_matches(ev.name, gold))
                                      for ev in cands.values()]})
    return out


def fit(rows: list[dict[str, Any]], c: float) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x = [f for d in rows for _, f, _ in d["cands"]]
    y = [int(p) for d in rows for _, _, p in d["cands"]]
    vec = DictVectorizer()
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    clf.fit(vec.fit_transform(x), y)
    return {k: float(w) for k, w in zip(vec.feature_names_, clf.coef_[0])}, float(clf.intercept_[0])


def decide(doc: dict[str, Any], weights: dict[str, float], bias: float, threshold: float, margin: float,
           wrong_cost: float = 0.0) -> float:
    """1 when the document's speaker is decided right at ``threshold`` and ``margin`` (as
    :func:`polisent.segment._speaker_model.learned_principal` decides), ``-wrong_cost`` when it
    names the wrong person, else 0."""
    import math

    scored = sorted(((1 / (1 + math.exp(-(bias + sum(weights.get(k, 0.0) * v for k, v in f.items())))), pos)
                     for _, f, pos in doc["cands"]), reverse=True)
    if not scored or scored[0][0] < threshold or (len(scored) > 1 and scored[0][0] - scored[1][0] < margin):
        return float(doc["gold"] is None)
    return 1.0 if scored[0][1] else -wrong_cost


def corpus_out(docs: list[dict[str, Any]], c: float, wrong_cost: float = 0.0) -> dict[tuple[float, float], float]:
    """Answer-unit-weighted share of documents decided right per (threshold, margin), each corpus held out."""
    right: Counter[tuple[float, float]] = Counter()
    total = 0
    for held in sorted({d["corpus"] for d in docs}):
        w, b = fit([d for d in docs if d["corpus"] != held], c)
        for d in docs:
            if d["corpus"] == held:
                total += d["weight"]
                for th in THRESHOLDS:
                    for mg in MARGINS:
                        right[th, mg] += d["weight"] * decide(d, w, b, th, mg, wrong_cost)
    return {k: right[k] / total for k in right}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", nargs="*", default=None, help="corpus folders (all their dev splits; the main corpus: train and dev)")
    ap.add_argument("--wrong-cost", type=float, default=0.0,
                    help="what naming the wrong person costs, against 1 for the right one and 0 for nobody (default: %(default)s)")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--fallback-only", action="store_true",
                    help="fit and choose on the documents whose answers no rule names (where the ranker is asked at run time)")
    args = ap.parse_args(argv)
    corpora = DEFAULT + _dev_sets() if not args.corpora else [(c, ("train", "dev") if c.rstrip("/").endswith("commentary") else ("dev",))
                                                for c in args.corpora]
    docs = documents(corpora)
    if args.fallback_only:
        docs = [d for d in docs if not d["rules_named"]]
    covered = sum(d["weight"] for d in docs if d["gold"] is None or any(p for _, _, p in d["cands"]))
    total = sum(d["weight"] for d in docs)
    print(f"{len(docs)} documents, {sum(len(d['cands']) for d in docs)} candidates; "
          f"speaker among the candidates (or none) for {covered / total:.1%} of answer units")
    grid = {c: corpus_out(docs, c, args.wrong_cost) for c in CS}
    c, th, mg = max(((c, th, mg) for c in CS for th in THRESHOLDS for mg in MARGINS),
                    key=lambda k: (round(grid[k[0]][k[1], k[2]], 3), k[2], -abs(k[1] - 0.5)))
    for cc in CS:
        print(f"C={cc}, margin {mg}: " + " ".join(f"{t}:{grid[cc][t, mg]:.3f}" for t in THRESHOLDS[::2]))
    print(f"chosen C={c} threshold={th} margin={mg}: corpus-out {grid[c][th, mg]:.1%} of answer units' documents decided right")
    weights, bias = fit(docs, c)
    top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:12]
    print("largest weights:", ", ".join(f"{k} {v:+.2f}" for k, v in top))
    model = {"name": "speaker-v2", "format": 1, "weights": {k: round(v, 5) for k, v in sorted(weights.items())},
             "bias": round(bias, 5), "threshold": th, "margin": mg,
             "provenance": {"script": "scripts/fit_speaker_model.py", "git_sha": git_sha(), "date": dt.date.today().isoformat(),
                            "corpora": [f"{c_}:{'+'.join(s)}" for c_, s in corpora], "documents": len(docs), "C": c,
                            "corpus_out_decided_right": round(grid[c][th, mg], 4),
                            "candidate_coverage": round(covered / total, 4)}}
    if not args.dry_run:
        args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
