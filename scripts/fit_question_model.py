"""Fit the segmenter's learned question pass (``polisent/data/question_model.json``, issue 11).

Data. The segmenter with the pass off (rules, unit model, speaker ranker) segments every document
of the commentary corpus's **train** split and of the structure dev sets given by ``--fit-dev-sets``
(default 2-300); each candidate claim (:func:`polisent.segment._question_model.is_candidate`) is
labelled by the gold unit it overlaps most (as ``polisent.evaluation.commentary_eval`` aligns them):
question or not.

Head. An L2 logistic regression (scikit-learn, here only; analysis needs none) on
:func:`~polisent.segment._question_model.question_features` (closed word lists, no topical words).

Choices. C and the thresholds (``add`` a question, ``add_named`` one in a named speaker's turn,
``reject`` a rules' one) maximise the mean of question precision and unit recall on the **choice**
documents (the main dev split and the dev sets of ``--choose-dev-sets``, default 301-368, never
fitted on), under guards: there, speaker accuracy of answer claims not under the rules' and no more
documents worse on it than better; out of sample on the fitted documents (5 folds by document), no
more documents worse on speakers than better and the same mean at least the rules'. The test split
and the blind set are never read.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/fit_question_model.py            # fit, report, write
    HF_HUB_OFFLINE=1 .venv/bin/python scripts/fit_question_model.py --dry-run  # report only

About two and a half minutes on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from fit_unit_model import _dev_sets, _rows  # noqa: E402

from polisent._provenance import git_sha  # noqa: E402
from polisent.evaluation.commentary_eval import _unit_of, structure_metrics  # noqa: E402
from polisent.segment import RuleSegmenter  # noqa: E402
from polisent.segment._question_model import apply_question_model, load_question_model, question_features  # noqa: E402

OUT = ROOT / "polisent" / "data" / "question_model.json"
CS = (0.1, 0.3, 1.0, 3.0)
ADD = (0.4, 0.5, 0.6, 0.7, 0.8)
REJECT = (0.2, 0.3, 0.4, 0.5, 0.6)
#: 1.01: never. At least 0.8, a design choice: on the dev tables, a named guest's rhetorical question taken for the
#: host's was the head's commonest error at 0.7 (6 documents worse on speakers against 3 at 0.8)
ADD_NAMED = (0.8, 0.9, 1.01)


def load(parts: list[tuple[Path | None, str]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Documents of ``parts`` segmented with the pass off, their candidates' features and labels; and the units."""
    docs, units = _rows("documents", parts), _rows("units", parts)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u in units:
        by_doc[u["doc_id"]].append(u)
    seg = RuleSegmenter(question_model=False)
    out = []
    for d in docs:
        if d["id"] not in by_doc:
            continue
        st = seg.segment(d["text"])
        feats = question_features(d["text"], st)
        labels = [int((_unit_of((c.start, c.end), by_doc[d["id"]]) or {}).get("kind") == "question")
                  for c in st.claims]
        out.append({"id": d["id"], "text": d["text"], "st": st, "feats": feats, "labels": labels})
    return out, units


def fit(docs: list[dict[str, Any]], C: float) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X = [f for d in docs for f in d["feats"] if f is not None]
    y = [y for d in docs for f, y in zip(d["feats"], d["labels"]) if f is not None]
    vec = DictVectorizer()
    lr = LogisticRegression(C=C, max_iter=5000).fit(vec.fit_transform(X), y)
    w = {str(n): round(float(v), 5) for n, v in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(v) >= 1e-5}
    return {"weights": w, "bias": round(float(lr.intercept_[0]), 5), "C": C, "examples": len(y), "positives": sum(y)}


def analyses(docs: list[dict[str, Any]], model: Any) -> dict[str, Any]:
    """``docs`` with ``model`` applied (None: the pass off; a dict: one model per document id), as the metrics read them."""
    out = {}
    for d in docs:
        m = model.get(d["id"]) if isinstance(model, dict) else model
        st = apply_question_model(d["text"], d["st"], m) if m is not None else d["st"]
        out[d["id"]] = SimpleNamespace(claims=st.claims, text=d["text"], error=None)
    return out


def figures(an: dict[str, Any], units: list[dict[str, Any]]) -> dict[str, float]:
    """Question and speaker figures of the analyses ``an``."""
    met = structure_metrics(an, units)
    q = met["questions"]
    return {"question_precision": round(q["precision"], 4), "question_recall": round(q["recall_units"], 4),
            "speaker_accuracy": round(met["speaker_accuracy_answer_claims"]["share"], 4),
            "claims_dropped": round(met["claims_dropped"]["share"], 4)}


def doc_speakers(an: dict[str, Any], units: list[dict[str, Any]]) -> dict[str, int]:
    """Answer claims with the right speaker, per document of the analyses ``an``."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u in units:
        by_doc[u["doc_id"]].append(u)
    return {i: structure_metrics({i: a}, by_doc[i])["speaker_accuracy_answer_claims"]["n"] for i, a in an.items()}


def no_more_worse(now: dict[str, int], base: dict[str, int]) -> bool:
    """No more documents with fewer right answer claims than with more."""
    return sum(now[k] < v for k, v in base.items()) <= sum(now[k] > v for k, v in base.items())


def score(f: dict[str, float]) -> float:
    return (f["question_precision"] + f["question_recall"]) / 2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="report only; do not write the model file")
    ap.add_argument("--output", type=Path, default=OUT)
    ap.add_argument("--name", default="qm-v1")
    ap.add_argument("--fit-dev-sets", default="2-300", metavar="LO-HI")
    ap.add_argument("--choose-dev-sets", default="301-368", metavar="LO-HI")
    args = ap.parse_args(argv)
    fit_sets, choose_sets = _dev_sets(args.fit_dev_sets), _dev_sets(args.choose_dev_sets)
    if set(fit_sets) & set(choose_sets):
        raise SystemExit("a dev set cannot be both fitted on and chosen on")
    train, train_units = load([(None, "train")] + [(p, "dev") for p in fit_sets])
    dev, dev_units = load([(None, "dev")] + [(p, "dev") for p in choose_sets])
    base_an = {"train": analyses(train, None), "dev": analyses(dev, None)}
    base = {"train": figures(base_an["train"], train_units), "dev": figures(base_an["dev"], dev_units)}
    print(f"{len(train)} documents fitted on, {len(dev)} chosen on; the pass off:", json.dumps(base))
    heads = {C: fit(train, C) for C in CS}
    folds = [([d for i, d in enumerate(train) if i % 5 != k], [d for i, d in enumerate(train) if i % 5 == k])
             for k in range(5)]
    fold_heads = [{C: fit(tr, C) for C in CS} for tr, _ in folds]

    def model(h: dict[str, Any], add: float, reject: float, add_named: float) -> Any:
        return load_question_model(h | {"add": add, "reject": reject, "add_named": max(add, add_named)})

    def oof(C: float, add: float, reject: float, add_named: float) -> dict[str, Any]:
        """The fitted documents, each decided by the fold's head that did not see it."""
        return analyses(train, {d["id"]: model(fh[C], add, reject, add_named) for fh, (_, te) in zip(fold_heads, folds)
                                for d in te})

    base_docs = doc_speakers(base_an["dev"], dev_units)
    base_train_docs = doc_speakers(base_an["train"], train_units)
    cands = sorted(((score(f := figures(analyses(dev, model(h, a, r, n)), dev_units)), C, a, r, n, f)
                    for C, h in heads.items() for a in ADD for r in REJECT for n in ADD_NAMED if r <= a),
                   key=lambda x: -x[0])
    chosen = None
    for sc, C, a, r, n, f in cands:
        if sc <= score(base["dev"]):
            break
        if f["speaker_accuracy"] < base["dev"]["speaker_accuracy"]:
            continue
        if not no_more_worse(doc_speakers(analyses(dev, model(heads[C], a, r, n)), dev_units), base_docs):
            continue  # no more choice documents worse on speakers than better
        an_oof = oof(C, a, r, n)
        if not no_more_worse(doc_speakers(an_oof, train_units), base_train_docs):
            continue  # the same out of sample on the fitted documents
        f_oof = figures(an_oof, train_units)
        if score(f_oof) >= score(base["train"]):
            chosen = (C, a, r, n, f, f_oof)
            break
    if chosen is None:
        print("no head beats the rules on the choice documents under the guards: nothing written")
        return 1
    C, a, r, n, f, f_oof = chosen
    n = max(a, n)
    print(f"chosen: C={C} add={a} add_named={n} reject={r}")
    print("choice documents:", json.dumps(f))
    print("fitted documents, 5-fold out of sample:", json.dumps(f_oof))
    h = heads[C]
    data = {"name": args.name, "format": 1, "weights": h["weights"], "bias": h["bias"], "add": a, "add_named": n, "reject": r,
            "provenance": {
                "script": "scripts/fit_question_model.py", "created": dt.date.today().isoformat(), "git_sha": git_sha(),
                "fitted_on": f"commentary corpus, train split, and the structure dev sets {args.fit_dev_sets}",
                "chosen_on": f"commentary corpus, dev split, and the structure dev sets {args.choose_dev_sets}",
                "test_split": "never read", "C": C, "documents": len(train), "examples": h["examples"],
                "positives": h["positives"],
                "figures": {"fitted_pass_off": base["train"], "fitted_5fold": f_oof, "choice_pass_off": base["dev"],
                            "choice": f}}}
    if not args.dry_run:
        args.output.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print("written:", args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
