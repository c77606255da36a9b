"""Fit the segmenter's learned second pass (``polisent/data/unit_model.json``).

Data. The rule segmenter (with the pass off) segments every document of the commentary corpus's
**train** split; each claim is aligned to the gold unit it overlaps most (as
``polisent.evaluation.commentary_eval`` aligns them) and labelled clutter (gold kind ``clutter``
or ``heading``: no claim either way) and question (gold kind ``question``). The train documents
are added once more without their gold clutter units ("clean variants": the same content on a
clean page), so the heads learn what furniture is rather than "a short line on a web page".

Heads (scikit-learn L2 logistic regressions, here only; analysis needs no scikit-learn):

- ``clutter``: per claim, on :func:`polisent.segment._unit_model.claim_features` (a vocabulary of
  at most 300 content words chosen on train by chi-squared among words in >= 3 documents). A
  whole segment goes when all its claims reach ``threshold``; a single claim of a segment whose
  other claims stay needs ``threshold_partial``. The rules' questions are never its to remove.
- ``question``: re-decides ``is_question``; kept only when it gains a point of mean question
  precision/recall on dev and loses nothing out of sample on train (so far it does not: off).
- ``gate``: per segment, lets only likely segments through to the claim head (speed); its
  threshold is the highest that keeps 95 % of the removals on train and loses at most about two
  clutter claims on dev.

Documents with fewer than ``MIN_CLAIMS`` claims are left alone (a design choice, not fitted).

Choices (regularisation C and the thresholds) are made on the **dev** split by the structure
figures themselves (the pass applied to the dev documents, scored with ``structure_metrics``),
under guards: out of sample on train (5 folds by document, vocabulary chosen again per fold) at
most 1 % of real claims lost, and no real claim removed from the project's own clean texts
(``benchmarks/gold/segment``, dev part, and ``SHORT_CLEAN`` below). The test split is never read.

    HF_HUB_OFFLINE=1 taskset -c 0 .venv/bin/python scripts/fit_unit_model.py            # fit, report, write
    HF_HUB_OFFLINE=1 taskset -c 0 .venv/bin/python scripts/fit_unit_model.py --dry-run  # report only
    # fit also on the structure dev sets 2-140, choose also on 141-158 (about 4 minutes):
    ... scripts/fit_unit_model.py --fit-dev-sets 2-140 --choose-dev-sets 141-158 --name unit-v2 --output X.json

With dev sets the dropped-claims guard counts only what the pass adds over the rules (at most 1 %
of real claims lost, or half a point more than the rules alone lose). Tried in the thirty-fifth
pass (fitted on 1,700 documents instead of 149): the chosen model kept clutter about as the
shipped one does on sets neither saw (dev159-dev164: 4.75 % against 5.38 %; main dev 6.53 %
against 5.75 %) and its question head again did not beat the rules, so unit-v1 stays.

Prints (and records under ``provenance.figures``) the train and dev structure figures with the
rules alone and with the pass, and the train figures out of sample (5-fold by document).
About 30 s on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from polisent._provenance import git_sha
from polisent.evaluation.commentary import dev_set_dirs, read_table
from polisent.evaluation.commentary_eval import _unit_of, structure_metrics
from polisent.segment import RuleSegmenter
from polisent.segment._unit_model import (
    _FUNCTION,
    _TOKEN,
    apply_unit_model,
    claim_features,
    load_unit_model,
    segment_features,
)

OUT = ROOT / "polisent" / "data" / "unit_model.json"
VOCABULARY = 300  #: words kept as features of their own (chosen on train by chi-squared)
MIN_DOCS = 3  #: ... among words seen in at least this many train documents
MIN_CLAIMS = 5  #: documents with fewer claims are left alone (a design choice for inputs unlike web pages)
#: gold kinds the clutter head learns to remove (headings are no claims either)
CLUTTER = ("clutter", "heading")


#: one part of a split: a corpus folder (None: the main corpus) and its split
Part = tuple[Path | None, str]


def _rows(table: str, parts: list[Part]) -> list[dict[str, Any]]:
    """Rows of ``table`` over ``parts``; the ids of a dev set's documents carry its folder name
    (``commentary_dev12/<id>``) so that sets never collide."""
    out = []
    for root, split in parts:
        if split not in ("train", "dev"):
            raise SystemExit("only train and dev splits are read here (the test split stays frozen)")
        for r in read_table(table, split, root=root):
            if root is not None:
                key = "id" if table == "documents" else "doc_id"
                r = r | {key: f"{root.name}/{r[key]}"}
            out.append(r)
    return out


def load(parts: list[Part]) -> list[dict[str, Any]]:
    """Documents of ``parts`` with their rule segmentation, features and labels."""
    docs = _rows("documents", parts)
    units = _rows("units", parts)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u in units:
        by_doc[u["doc_id"]].append(u)
    seg = RuleSegmenter(unit_model=False)
    out = []
    for d in docs:
        if d["id"] not in by_doc:
            continue
        st = seg.segment(d["text"])
        kinds = [(_unit_of((c.start, c.end), by_doc[d["id"]]) or {}).get("kind") for c in st.claims]
        out.append({"id": d["id"], "text": d["text"], "st": st, "kinds": kinds})
    return out


def clean_variants(parts: list[Part]) -> list[dict[str, Any]]:
    """Each document of ``parts`` again without its gold clutter units: the same content on a clean
    page, so that the heads learn what furniture is rather than what a short line on a web page is.
    Used for fitting only, never in the figures."""
    docs = {d["id"]: d for d in _rows("documents", parts)}
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u in _rows("units", parts):
        by_doc[u["doc_id"]].append(u)
    seg = RuleSegmenter(unit_model=False)
    out = []
    for doc_id, us in by_doc.items():
        text, pieces, units = docs[doc_id]["text"], [], []
        pos = 0
        for u in sorted(us, key=lambda u: u["start"]):
            if u["kind"] == "clutter":
                continue
            piece = text[u["start"]:u["end"]]
            units.append(u | {"start": pos, "end": pos + len(piece)})
            pieces.append(piece)
            pos += len(piece) + 2
        clean = "\n\n".join(pieces)
        if not clean.strip():
            continue
        st = seg.segment(clean)
        kinds = [(_unit_of((c.start, c.end), units) or {}).get("kind") for c in st.claims]
        out.append({"id": doc_id + "#clean", "text": clean, "st": st, "kinds": kinds})
    return out


def vocabulary(docs: list[dict[str, Any]]) -> list[str]:
    """The words most tied to either label (chi-squared on claims), among words in >= MIN_DOCS documents."""
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.feature_selection import chi2

    def words(text: str) -> list[str]:
        # content words only: function words are a feature of their own, and their weights overfit the corpus
        return sorted({w for w in _TOKEN.findall(text.lower()) if not w[0].isdigit() and w not in _FUNCTION})

    df: Counter[str] = Counter(w for d in docs for w in {w for c in d["st"].claims for w in words(c.text)})
    keep = {w for w, n in df.items() if n >= MIN_DOCS}
    texts = [c.text for d in docs for c in d["st"].claims]
    kinds = [k for d in docs for k in d["kinds"]]
    cv = CountVectorizer(analyzer=lambda t: [w for w in words(t) if w in keep], binary=True)
    X = cv.fit_transform(texts)
    names = cv.get_feature_names_out()
    out: set[str] = set()
    for target in (CLUTTER, ("question",)):
        score, _ = chi2(X, [int(k in target) for k in kinds])
        order = np.argsort(-np.nan_to_num(score))
        out |= {str(names[i]) for i in order[:VOCABULARY // 2]}
    return sorted(out)


def featurize(docs: list[dict[str, Any]], vocab: list[str]) -> None:
    v = frozenset(vocab)
    for d in docs:
        d["feats"] = claim_features(d["text"], d["st"], v)


def clean_docs() -> list[dict[str, Any]]:
    """The project's own hand-labelled texts (``benchmarks/gold/segment``, its dev part, not ``heldout/``):
    clean pages where no real claim may be removed."""
    gold = ROOT / "benchmarks" / "gold" / "segment"
    seg = RuleSegmenter(unit_model=False)
    out = []
    for path in sorted(gold.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        text = (gold / spec["text"]).read_text(encoding="utf-8")
        claims = {" ".join(c[1].split()) for c in spec["claims"]}
        out.append({"id": path.stem, "text": text, "st": seg.segment(text), "claims": claims, "kinds": []})
    return out


#: short clean texts written for this script (no page around them): every claim is real
SHORT_CLEAN = (
    "Ceasefire holds.\n\nBoth armies pulled back overnight. Aid convoys reached the city.",
    "Turkey objects.\n\nAnkara wants guarantees first.\n\nSweden says it has given them.",
    "# Grain deal\n\nThe corridor reopened. Ships left Odesa on Monday.\n\nPrices fell at once.",
    "Q: Will Tehran talk?\n\nA: Yes. It has little choice.",
    "Brussels approved the loan. Hungary abstained.",
    "Mali left the bloc.\n\nNiger followed. Burkina Faso may be next.\n\nECOWAS is weaker for it.",
)


def short_clean_docs() -> list[dict[str, Any]]:
    seg = RuleSegmenter(unit_model=False)
    out = []
    for i, text in enumerate(SHORT_CLEAN):
        st = seg.segment(text)
        out.append({"id": f"short{i}", "text": text, "st": st, "kinds": [],
                    "claims": {" ".join(c.text.split()) for c in st.claims}})
    return out


def clean_removed(docs: list[dict[str, Any]], model: Any) -> int:
    """Real claims of the clean texts that ``model`` removes."""
    n = 0
    for d in docs:
        kept = {(c.start, c.end) for c in _apply(d, model).claims}
        n += sum(1 for c in d["st"].claims if (c.start, c.end) not in kept and " ".join(c.text.split()) in d["claims"])
    return n


def _apply(d: dict[str, Any], model: Any) -> Any:
    """``model`` is a model, None (rules only) or a dict document id -> model (folds)."""
    m = model.get(d["id"]) if isinstance(model, dict) else model
    return apply_unit_model(d["text"], d["st"], m) if m is not None else d["st"]


def figures(docs: list[dict[str, Any]], units: list[dict[str, Any]], model: Any) -> dict[str, float]:
    an = {}
    for d in docs:
        st = _apply(d, model)
        an[d["id"]] = SimpleNamespace(claims=st.claims, text=d["text"], error=None)
    m = structure_metrics(an, units)
    q = m["questions"]
    return {"question_precision": q["precision"], "question_recall": q["recall_units"],
            "clutter_kept": m["clutter_kept_as_claims"]["share"], "headings_kept": m["headings_kept_as_claims"]["share"],
            "claims_dropped": m["claims_dropped"]["share"], "speaker_accuracy": m["speaker_accuracy_answer_claims"]["share"],
            "claims": m["clutter_kept_as_claims"]["of"], "expert_claims_removed": _removed(docs, model)}


def _removed(docs: list[dict[str, Any]], model: Any) -> float:
    """Share of the rules' claims on gold answer/body units that the pass removes (claim level)."""
    n = k = 0
    for d in docs:
        kept = {(c.start, c.end) for c in _apply(d, model).claims}
        for c, kind in zip(d["st"].claims, d["kinds"]):
            if kind in ("answer", "body"):
                n += 1
                k += (c.start, c.end) not in kept
    return round(k / n, 4) if n else 0.0


def fit(docs: list[dict[str, Any]], c_clutter: float, c_question: float) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X_dicts = [f for d in docs for f in d["feats"]]
    kinds = [k for d in docs for k in d["kinds"]]
    vec = DictVectorizer()
    X = vec.fit_transform(X_dicts)
    names = vec.get_feature_names_out()
    heads = {}
    rule_q = [c.is_question for d in docs for c in d["st"].claims]
    for head, target, C in (("clutter", CLUTTER, c_clutter), ("question", ("question",), c_question)):
        y = [int(k in target) for k in kinds]
        # the clutter head never sees the rules' questions (they stay the question head's)
        rows = [i for i in range(len(y)) if head == "question" or not rule_q[i]]
        lr = LogisticRegression(C=C, max_iter=5000).fit(X[rows], [y[i] for i in rows])
        w = {str(n): round(float(v), 5) for n, v in zip(names, lr.coef_[0]) if abs(v) >= 1e-5}
        heads[head] = {"weights": w, "bias": round(float(lr.intercept_[0]), 5), "threshold": 0.5, "C": C,
                       "positives": sum(y[i] for i in rows), "examples": len(rows)}
    return heads


def fit_gate(docs: list[dict[str, Any]], C: float = 1.0) -> dict[str, Any]:
    """A segment-level head: does the segment hold a claim the clutter head should see?"""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X_dicts, y = [], []
    for d in docs:
        pos = {c.segment_index for c, k in zip(d["st"].claims, d["kinds"]) if k in CLUTTER}
        for si, f in segment_features(d["text"], d["st"]).items():
            X_dicts.append(f)
            y.append(int(si in pos))
    vec = DictVectorizer()
    X = vec.fit_transform(X_dicts)
    lr = LogisticRegression(C=C, max_iter=5000).fit(X, y)
    w = {str(n): round(float(v), 5) for n, v in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(v) >= 1e-5}
    return {"weights": w, "bias": round(float(lr.intercept_[0]), 5), "threshold": 0.5}


def removed_claims(docs: list[dict[str, Any]], model: Any) -> set[tuple[str, int, int]]:
    out = set()
    for d in docs:
        kept = {(c.start, c.end) for c in _apply(d, model).claims}
        out |= {(d["id"], c.start, c.end) for c in d["st"].claims if (c.start, c.end) not in kept}
    return out


def as_model(heads: dict[str, Any], t_clutter: float | None, t_question: float | None,
             gate: dict[str, Any] | None = None, t_partial: float = 1.0) -> Any:
    """The model with the given thresholds; a head whose threshold is None is off."""
    data: dict[str, Any] = {"vocabulary": heads["vocabulary"], "gate": gate, "min_claims": MIN_CLAIMS}
    if t_clutter is not None:
        data["clutter"] = heads["clutter"] | {"threshold": t_clutter, "threshold_partial": t_partial}
    if t_question is not None:
        data["question"] = heads["question"] | {"threshold": t_question}
    return load_unit_model(data)


def clutter_score(f: dict[str, float]) -> float:
    """Dev objective of the clutter head: clutter and headings kept, with a steep price on real claims
    and questions lost."""
    return -f["clutter_kept"] - 0.5 * f["headings_kept"] - 10 * max(0.0, f["claims_dropped"] - 0.005) \
        - 5 * f["expert_claims_removed"] + 0.25 * (f["question_precision"] + f["question_recall"])


def question_score(f: dict[str, float]) -> float:
    """Dev objective of the question head: the mean of question precision and recall."""
    return (f["question_precision"] + f["question_recall"]) / 2


def _dev_sets(spec: str | None) -> list[Path]:
    """The structure dev sets ``LO-HI`` (inclusive) that hold units, in number order."""
    if not spec:
        return []
    lo, hi = (int(x) for x in spec.split("-"))
    numbered = {p: p.name.removeprefix("commentary_dev") for p in dev_set_dirs(ROOT / "data" / "commentary", "units")}
    found = [p for p, n in numbered.items() if n.isdigit() and lo <= int(n) <= hi]
    if not found:
        raise SystemExit(f"no structure dev set with units in {spec}")
    return found


def _sets_note(sets: list[Path]) -> str:
    return f" and the structure dev sets {sets[0].name}-{sets[-1].name} ({len(sets)} sets)" if sets else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="report only; do not write the model file")
    ap.add_argument("--output", type=Path, default=OUT)
    ap.add_argument("--name", default="unit-v1", help="the model's name (in the segmenter's id)")
    ap.add_argument("--fit-dev-sets", metavar="LO-HI", help="fit also on the structure dev sets "
                    "data/commentary_devLO ... devHI (their documents join the train split)")
    ap.add_argument("--choose-dev-sets", metavar="LO-HI", help="choose also on these structure dev sets "
                    "(their documents join the dev split); never the sets fitted on")
    args = ap.parse_args(argv)
    fit_sets, choose_sets = _dev_sets(args.fit_dev_sets), _dev_sets(args.choose_dev_sets)
    if set(fit_sets) & set(choose_sets):
        raise SystemExit("a dev set cannot be both fitted on and chosen on")
    parts: dict[str, list[Part]] = {"train": [(None, "train")] + [(p, "dev") for p in fit_sets],
                                    "dev": [(None, "dev")] + [(p, "dev") for p in choose_sets]}
    train, dev = load(parts["train"]), load(parts["dev"])
    units = {s: _rows("units", parts[s]) for s in ("train", "dev")}
    base = {s: figures(d, units[s], None) for s, d in (("train", train), ("dev", dev))}
    clean_train = clean_variants(parts["train"])
    vocab = vocabulary(train)
    featurize(train, vocab)
    featurize(dev, vocab)
    featurize(clean_train, vocab)
    print("rules only:", json.dumps(base))
    grid_c = (0.03, 0.1, 0.3, 1.0)
    fits = {C: fit(train + clean_train, C, C) | {"vocabulary": vocab} for C in grid_c}
    # out of sample on train (5 folds by document, the vocabulary chosen again without the held-out
    # documents): a guard on each choice, so that a gain on dev alone is not taken
    folds: list[tuple[list[dict[str, Any]], dict[float, dict[str, Any]]]] = []
    for k in range(5):
        tr = [d for i, d in enumerate(train) if i % 5 != k]
        te = [d | {} for i, d in enumerate(train) if i % 5 == k]
        fv = vocabulary(tr)
        ids = {d["id"] + "#clean" for d in tr}
        featurize(tr := [d | {} for d in tr + clean_train if d["id"] in ids or "#" not in d["id"]], fv)
        featurize(te, fv)
        folds.append((te, {C: fit(tr, C, C) | {"vocabulary": fv} for C in grid_c}))

    def oof(C_c: float | None, t_c: float | None, C_q: float | None, t_q: float | None,
            t_p: float = 1.0) -> dict[str, float]:
        per_doc: dict[str, Any] = {}
        docs: list[dict[str, Any]] = []
        for te, ff in folds:
            h = dict(ff[C_c or grid_c[0]])
            h["question"] = ff[C_q or grid_c[0]]["question"]
            m = as_model(h, t_c, t_q, t_partial=t_p)
            per_doc |= {d["id"]: m for d in te}
            docs += te
        return figures(docs, units["train"], per_doc)

    clean = clean_docs() + short_clean_docs()

    #: claims the rules alone already lose on train count against the pass only above this: at most 1 % of
    #: real claims lost, or half a point more than the rules lose (the dev sets' pages lose 0.9 % to the rules)
    dropped_cap = max(0.01, base["train"]["claims_dropped"] + 0.005)

    def guard(f: dict[str, float], model: Any) -> bool:
        """Out of sample on train, at most ``dropped_cap`` of real claims lost and 1 % of the claims on gold
        answer/body units removed; none on the project's clean texts."""
        return f["claims_dropped"] <= dropped_cap and f["expert_claims_removed"] <= 0.01 and clean_removed(clean, model) == 0

    # the clutter head first (question head off), then the question head on top of it
    # a whole segment goes at tc; one claim out of a segment whose other claims stay at tp >= tc
    grid_t = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
    cands = [(clutter_score(figures(dev, units["dev"], as_model(h, tc, None, t_partial=tp))), C, tc, tp)
             for C, h in fits.items() for tc in grid_t for tp in grid_t + (1.0,) if tp >= tc]
    cands.sort(key=lambda x: -x[0])
    c_clutter = tc = None
    tp = 1.0
    for sc, C, t, t_p in cands:
        if sc > clutter_score(base["dev"]) and guard(oof(C, t, None, None, t_p), as_model(fits[C], t, None, t_partial=t_p)):
            c_clutter, tc, tp = C, t, t_p
            break
    heads = dict(fits[c_clutter]) if c_clutter is not None else {"vocabulary": vocab}
    base_q = question_score(figures(dev, units["dev"], as_model(heads, tc, None, t_partial=tp)))
    base_q_oof = question_score(oof(c_clutter, tc, None, None, tp))
    qcands = [(question_score(figures(dev, units["dev"], as_model(heads | {"question": h["question"]}, tc, tq,
                                                                  t_partial=tp))), C, tq)
              for C, h in fits.items() for tq in (0.3, 0.4, 0.5, 0.6, 0.7)]
    qcands.sort(key=lambda x: -x[0])
    c_question = tq = None
    for sc, C, t in qcands:
        # a question head must gain a point on dev and lose nothing out of sample on train
        if sc >= base_q + 0.01 and question_score(oof(c_clutter, tc, C, t, tp)) >= base_q_oof:
            c_question, tq = C, t
            break
    if c_question is not None:
        heads["question"] = fits[c_question]["question"]
    # the gate (speed): the highest threshold that keeps 95 % of the train claims the pass removes
    # and costs next to nothing on dev
    gate = None
    if tc is not None and tq is None:
        g = fit_gate(train + clean_train)
        full = removed_claims(train, as_model(heads, tc, tq, t_partial=tp))
        ungated = clutter_score(figures(dev, units["dev"], as_model(heads, tc, tq, t_partial=tp)))
        for t in (0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03, 0.02, 0.01):
            m = as_model(heads, tc, tq, g | {"threshold": t}, t_partial=tp)
            got = removed_claims(train, m)
            # (at most about two clutter claims of dev's 875 let through: 0.0025 of the objective)
            if len(got & full) >= 0.95 * len(full) and clutter_score(figures(dev, units["dev"], m)) >= ungated - 0.0025:
                gate = g | {"threshold": t}
                break
        n_seen = sum(1 for d in train + dev for si, f in segment_features(d["text"], d["st"]).items()
                     if gate is not None and load_unit_model({"gate": gate}).gate.prob(f) >= gate["threshold"])
        n_all = sum(len(segment_features(d["text"], d["st"])) for d in train + dev)
        print(f"gate threshold {gate and gate['threshold']}: {n_seen} of {n_all} train+dev segments scored by the claim head")
    model = as_model(heads, tc, tq, gate, t_partial=tp)
    fdev = figures(dev, units["dev"], model)
    ftrain = figures(train, units["train"], model)
    foof = oof(c_clutter, tc, c_question, tq, tp)  # (without the gate)
    C = {"clutter": c_clutter, "question": c_question}
    print(f"chosen on dev: C={C} clutter threshold={tc} (one claim of a segment: {tp}) question threshold={tq}")
    print("dev   with pass:", json.dumps(fdev))
    print("train with pass (in sample):", json.dumps(ftrain))
    print("train with pass (5-fold by document, out of sample):", json.dumps(foof))
    data = {
        "name": args.name, "format": 1, "min_claims": MIN_CLAIMS, "vocabulary": vocab,
        "clutter": {"weights": heads["clutter"]["weights"], "bias": heads["clutter"]["bias"], "threshold": tc,
                    "threshold_partial": tp, "positives": list(CLUTTER)} if tc is not None else None,
        "question": {"weights": heads["question"]["weights"], "bias": heads["question"]["bias"], "threshold": tq}
        if tq is not None else None,
        "gate": gate,
        "provenance": {
            "script": "scripts/fit_unit_model.py", "created": dt.date.today().isoformat(), "git_sha": git_sha(),
            "fitted_on": "commentary corpus, train split" + _sets_note(fit_sets),
            "fitted_also_on": "the train documents again without their gold clutter units (clean variants)",
            "guards": "out of sample on train (5 folds by document) at most 1 % of real claims lost; no real claim "
                      "removed from benchmarks/gold/segment (dev part) or the short clean texts in this script", "chosen_on": "commentary corpus, dev split" + _sets_note(choose_sets) + " (C, thresholds)",
            "test_split": "never read", "C": C,
            "documents": len(train), "examples": sum(len(d["kinds"]) for d in train + clean_train),
            "positives": {h: heads[h]["positives"] for h in ("clutter", "question") if h in heads},
            "figures": {"train_rules": base["train"], "train_in_sample": ftrain, "train_5fold": foof,
                        "dev_rules": base["dev"], "dev": fdev},
        },
    }
    if not args.dry_run:
        args.output.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", encoding="utf-8")
        print("written:", args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
