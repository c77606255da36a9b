"""Score an :class:`~polisent.Analyzer` against the commentary corpus.

Three views, all on one split:

- **structure**: question recall and precision, clutter (and headings) kept as claims, real
  claims dropped, speaker accuracy of answer claims, interviewer lines taken for the expert's;
- **pipeline pairs**: actor linking precision and recall against the gold (claim, actor) pairs,
  and sentiment/stance of the pairs polisent found (plus end to end, where a missed pair counts
  as neutral/none);
- **gold pairs** (``oracle``): the scorer alone on the gold claims and gold mentions, the figure
  that measures the model apart from segmentation and linking; with the all-neutral baseline,
  a per-phenomenon breakdown (the guideline's tags), label distributions, calibration (ECE) and
  how often two actors of one claim with different gold labels get different predictions;
- **document actors**: polisent's per-document roll-up of each actor against the mean of the
  gold labels of its pairs (:mod:`polisent.evaluation.actor_rollup`), end to end and from the gold
  pairs.

Predicted claims are matched to gold units by character overlap (a claim belongs to the unit it
overlaps most), so the two segmentations need not agree.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from polisent.evaluation.actor_rollup import document_actor_metrics, oracle_document_actor_metrics
from polisent.evaluation.commentary import read_table

logger = logging.getLogger(__name__)

SENTIMENT = ("negative", "neutral", "positive")
STANCE = ("against", "none", "favor")
CLAIM_KINDS = frozenset({"answer", "body", "intro"})
EXPERT_KINDS = frozenset({"answer", "body"})
_LABEL_KINDS = EXPERT_KINDS | {"question"}  # gold kinds whose unit may be a turn label alone
#: a speaker label alone on its line: "ANGUS TAYLOR:", "Question:", a script's "((NARRATOR))", a
#: transcription service's "Alex Galitsky: (00:41)" or "Speaker 1 (00:37):", a broadcast's "[Anchor]"
_LABEL_ONLY = re.compile(r"\W*[^\W\d_][^:\r\n]{0,100}?(?:[ \t]*[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])])?[ \t]*:"
                         r"(?:[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)?\W*\Z"
                         r"|[ \t]*\(\([^()\r\n]{1,120}\)\)[ \t]*\Z"
                         r"|[ \t]*\[[^\W\d_][^\[\]\r\n:]{1,60}\][ \t]*\Z")
_TITLES = re.compile(r"\b(dr|prof|professor|mr|mrs|ms|sir|ambassador|amb|gen|general|col|president|minister)\b\.?", re.I)


# ---------------------------------------------------------------------------------------------- helpers
def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _unit_of(span: tuple[int, int], units: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The gold unit a predicted span overlaps most (None when it overlaps none)."""
    best, best_ov = None, 0
    for u in units:
        ov = _overlap(span, (u["start"], u["end"]))
        if ov > best_ov:
            best, best_ov = u, ov
    return best


def _name_tokens(name: str | None) -> list[str]:
    if not name:
        return []
    # (a typographic apostrophe is the same letter: "Sing\u2019oei" in the text is "Sing'oei" in the labels)
    # (letters of any script: "Виктор Каспрук" is a name too; before pass 105 only Latin letters counted)
    return [t for t in re.findall(r"(?:[^\W\d_]|['-])+", _TITLES.sub(" ", name.lower().replace("\u2019", "'"))) if len(t) > 1]


def speaker_matches(pred: str | None, gold: str | None) -> bool:
    """Same person: the gold surname (last name token) is among the predicted name's tokens, or vice versa.

    >>> speaker_matches("Seyed Hossein Mousavian", "MOUSAVIAN"), speaker_matches("Dr. Vali Nasr", "Nasr")
    (True, True)
    >>> speaker_matches("Scott Detrow", "Mousavian"), speaker_matches(None, "Nasr")
    (False, False)
    >>> speaker_matches("PS Korir Sing\u2019oei", "Korir Sing'oei"), speaker_matches("Виктор Каспрук", "Каспрук")
    (True, True)
    """
    g, p = _name_tokens(gold), _name_tokens(pred)
    if not g or not p:
        return False
    return g[-1] in p or p[-1] in g


_ROLE = {"interviewee": "interviewee", "guest": "interviewee", "author": "author",
         "interviewer": "interviewer", "host": "interviewer", "editor": "editor"}


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts (1.0 on an empty side).

    >>> prf(8, 10, 16)["f1"]
    0.6154
    """
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def _share(num: int, den: int) -> dict[str, float | int]:
    return {"share": round(num / den, 4) if den else 0.0, "n": num, "of": den}


def classification(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Macro-F1, accuracy, per-class F1, confusion (rows gold) and label distributions."""
    import numpy as np
    from sklearn.metrics import confusion_matrix, f1_score

    if not gold:
        return {"n": 0}
    f1 = f1_score(gold, pred, labels=list(labels), average=None, zero_division=0)
    return {
        "n": len(gold),
        "macro_f1": round(float(np.mean(f1)), 4),
        "accuracy": round(float(np.mean([g == p for g, p in zip(gold, pred)])), 4),
        "f1_per_class": {lab: round(float(v), 4) for lab, v in zip(labels, f1)},
        "confusion_rows_gold": confusion_matrix(gold, pred, labels=list(labels)).tolist(),
        "gold_distribution": {lab: round(Counter(gold)[lab] / len(gold), 4) for lab in labels},
        "predicted_distribution": {lab: round(Counter(pred)[lab] / len(pred), 4) for lab in labels},
    }


# ---------------------------------------------------------------------------------------------- structure
def structure_metrics(analyses: Mapping[str, Any], units: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Question, clutter, dropped-claim and speaker figures of predicted analyses against gold units."""
    by_doc: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for u in units:
        by_doc[u["doc_id"]].append(u)
    c: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    for doc_id, us in by_doc.items():
        a = analyses.get(doc_id)
        if a is None or a.error:
            c["documents_failed"] += 1
            continue
        forms: dict[str, set[str]] = defaultdict(set)  # gold speaker -> the names its answers were rightly given
        claims = list(a.claims)
        text = getattr(a, "text", None)
        claim_unit = [_unit_of((cl.start, cl.end), us) for cl in claims]
        for cl, u in zip(claims, claim_unit):
            c["pred_claims"] += 1
            kind = u["kind"] if u else None
            if cl.is_question:
                c["pred_questions"] += 1
                c["pred_questions_right"] += kind == "question"
            if kind == "clutter":
                c["clutter_as_claims"] += 1
                errors.append({"doc": doc_id, "error": "clutter kept", "reason": u["reason"], "text": cl.text[:120]})
            elif kind == "heading":
                c["heading_as_claims"] += 1
            elif kind == "interviewer" and not cl.is_question:
                # read as a speaker's view, unless kept apart as the editor's (a host's opening the rules took
                # for a standfirst: counted on its own)
                c["interviewer_as_editor" if str(cl.role) == "editor" else "interviewer_as_claims"] += 1
            if str(cl.role) == "editor" and not cl.is_question:
                c["editor_claims"] += 1
                c["editor_claims_on_intro"] += kind == "intro"
        for u in us:
            span = (u["start"], u["end"])
            hit = [(cl, _overlap((cl.start, cl.end), span)) for cl in claims]
            hit = [(cl, ov) for cl, ov in hit if ov > 0]
            kind = u["kind"]
            if kind in _LABEL_KINDS and text is not None and _LABEL_ONLY.match(text, u["start"], u["end"]):
                continue  # a speaker label alone on its line ("ANGUS TAYLOR:", "Question:"): no claim can hold it
            if kind == "intro":
                c["gold_intro_units"] += 1
                c["gold_intro_as_editor"] += any(str(cl.role) == "editor" and not cl.is_question for cl, _ in hit)
            if kind == "question":
                c["gold_questions"] += 1
                found = any(cl.is_question for cl, _ in hit)
                c["gold_questions_found"] += found
                if not found:
                    errors.append({"doc": doc_id, "error": "question missed", "unit": u["unit"]})
            if kind in EXPERT_KINDS:
                c["gold_expert_units"] += 1
                if not hit:
                    c["expert_units_dropped"] += 1
                    errors.append({"doc": doc_id, "error": "claim dropped", "unit": u["unit"]})
                    continue
                cl = max(hit, key=lambda x: x[1])[0]
                c["expert_units_scored"] += 1
                role_ok = (not cl.is_question) and str(cl.role) == _ROLE.get(u.get("role") or "", "?")
                if u.get("speaker"):
                    ok = (not cl.is_question) and speaker_matches(cl.speaker, u["speaker"])
                else:
                    ok = role_ok
                c["speaker_right"] += ok
                if ok and u.get("speaker") and cl.speaker:
                    forms[u["speaker"]].add(cl.speaker)
                # strict: a name where the gold has none (the text does not say who speaks) is wrong too
                c["speaker_right_strict"] += ok and (bool(u.get("speaker")) or cl.speaker is None)
                c["role_right"] += role_ok
                if not ok and len(errors) < 5000:
                    errors.append({"doc": doc_id, "error": "speaker", "unit": u["unit"], "gold": u.get("speaker"),
                                   "gold_role": u.get("role"), "pred": cl.speaker, "pred_role": str(cl.role),
                                   "question": cl.is_question})
        c["speakers_named"] += len(forms)
        c["speakers_named_several_ways"] += sum(len({" ".join(x.split()) for x in f}) > 1 for f in forms.values())
    return {
        "documents": len(by_doc) - c["documents_failed"],
        "documents_failed": c["documents_failed"],
        "questions": prf(c["pred_questions_right"], c["pred_questions"], c["gold_questions"])
        | {"recall_units": round(c["gold_questions_found"] / c["gold_questions"], 4) if c["gold_questions"] else 1.0},
        "clutter_kept_as_claims": _share(c["clutter_as_claims"], c["pred_claims"]),
        "headings_kept_as_claims": _share(c["heading_as_claims"], c["pred_claims"]),
        "interviewer_lines_as_claims": _share(c["interviewer_as_claims"], c["pred_claims"]),
        "interviewer_lines_as_editor": _share(c["interviewer_as_editor"], c["pred_claims"]),
        # the editor's introduction kept apart: how much of it polisent keeps, and how much of what it
        # calls the editor's is the editor's
        "intro_units_as_editor": _share(c["gold_intro_as_editor"], c["gold_intro_units"]),
        "editor_claims_on_intro": _share(c["editor_claims_on_intro"], c["editor_claims"]),
        "claims_dropped": _share(c["expert_units_dropped"], c["gold_expert_units"]),
        "speaker_accuracy_answer_claims": _share(c["speaker_right"], c["expert_units_scored"]),
        "speaker_accuracy_answer_claims_strict": _share(c["speaker_right_strict"], c["expert_units_scored"]),
        "role_accuracy_answer_claims": _share(c["role_right"], c["expert_units_scored"]),
        # one person under several names ("Marcos" and "Ferdinand R. Marcos Jr."): the surname match above counts
        # both right, but a roll-up by speaker would split the person
        "speakers_named_several_ways": _share(c["speakers_named_several_ways"], c["speakers_named"]),
        "errors_sample": errors[:300],
    }


# ---------------------------------------------------------------------------------------------- pairs (pipeline)
def _label(score: Any) -> str | None:
    return None if score is None else str(score.label)


def pipeline_pair_metrics(analyses: Mapping[str, Any], units: Iterable[Mapping[str, Any]],
                          pairs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Actor linking against the gold pairs, and the scores of the pairs polisent found."""
    units_by_doc: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for u in units:
        units_by_doc[u["doc_id"]].append(u)
    pred: dict[tuple[str, int, str], list[tuple[Any, Any]]] = defaultdict(list)
    for doc_id, us in units_by_doc.items():
        a = analyses.get(doc_id)
        if a is None or a.error:
            continue
        for asm in a.assessments:
            cl = a.claims[asm.claim_index]
            if cl.is_question:
                continue
            u = _unit_of((cl.start, cl.end), us)
            if u is None or u["kind"] not in CLAIM_KINDS:
                continue
            pred[(doc_id, u["unit"], asm.actor_id)].append((cl, asm))
    gold = {(p["doc_id"], p["unit"], p["actor"]): p for p in pairs}
    # an actor the annotators wrote as outside the registry ("x:rapid_support_forces") that a registry
    # (a user's, or a later built-in one) holds under the same slug is the same actor
    # ... and so is a document-local actor a backend found ("local:tom_fletcher" for "x:tom_fletcher")
    for key in [k for k in pred if k not in gold and (k[0], k[1], "x:" + k[2].removeprefix("local:")) in gold]:
        pred[(key[0], key[1], "x:" + key[2].removeprefix("local:"))] = pred.pop(key)
    tp = set(pred) & set(gold)
    reg_gold = [k for k in gold if not k[2].startswith("x:")]
    out: dict[str, Any] = {
        "linking": prf(len(tp), len(pred), len(gold)),
        "linking_registry_actors": prf(len(tp & set(reg_gold)), len(pred), len(reg_gold)),
        "gold_actors_outside_registry": _share(len(gold) - len(reg_gold), len(gold)),
    }
    found_s, found_t, gold_s, gold_t, e2e_s, e2e_t = [], [], [], [], [], []
    for key, g in gold.items():
        cand = pred.get(key)
        if cand:
            m0 = g["mentions"][0]["start"]
            cl, asm = next(((cl, asm) for cl, asm in cand if cl.start <= m0 < cl.end), cand[0])
            s, t = _label(asm.sentiment), _label(asm.stance)
            if s is not None:
                found_s.append(s)
                gold_s.append(g["sentiment"])
            if t is not None:
                found_t.append(t)
                gold_t.append(g["stance"])
            e2e_s.append(s or "neutral")
            e2e_t.append(t or "none")
        else:
            e2e_s.append("neutral")
            e2e_t.append("none")
    all_s = [g["sentiment"] for g in gold.values()]
    all_t = [g["stance"] for g in gold.values()]
    out["sentiment_found_pairs"] = classification(gold_s, found_s, SENTIMENT)
    out["stance_found_pairs"] = classification(gold_t, found_t, STANCE)
    out["sentiment_end_to_end"] = classification(all_s, e2e_s, SENTIMENT)
    out["stance_end_to_end"] = classification(all_t, e2e_t, STANCE)
    missed = Counter(k[2] for k in set(gold) - set(pred))
    spurious = Counter(k[2] for k in set(pred) - set(gold))
    out["most_missed_actors"] = missed.most_common(25)
    out["most_spurious_actors"] = spurious.most_common(25)
    return out


# ---------------------------------------------------------------------------------------------- pairs (oracle)
def pair_tasks(pairs: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[int]]:
    """Scoring tasks for gold pairs, one per gold claim with one target per actor, and the pair
    index of each target in task order."""
    from polisent.protocols import ScoringTask

    groups: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, p in enumerate(pairs):
        groups[(p["doc_id"], p["unit"])].append(i)
    tasks, order = [], []
    for idx in groups.values():
        first = pairs[idx[0]]
        cs = first["claim_start"]
        targets = tuple(tuple((m["start"] - cs, m["end"] - cs) for m in pairs[i]["mentions"]) for i in idx)
        tasks.append(ScoringTask(first["claim"], targets))
        order.extend(idx)
    return tasks, order


def oracle_pair_metrics(scorer: Any, pairs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The scorer alone on gold claims and gold mentions (one task per claim, one target per actor)."""
    import numpy as np

    tasks, order = pair_tasks(pairs)
    t0 = time.perf_counter()
    arrays = scorer.score(tasks)
    seconds = time.perf_counter() - t0
    out: dict[str, Any] = {"n": len(pairs), "score_seconds": round(seconds, 2)}
    preds: dict[str, list[str | None]] = {}
    all_probs: dict[str, Any] = {}
    for head, labels, arr in (("sentiment", SENTIMENT, arrays.sentiment), ("stance", STANCE, arrays.stance)):
        if arr is None:
            out[head] = None
            continue
        probs = np.zeros((len(pairs), 3))
        probs[order] = np.asarray(arr, dtype=float)
        all_probs[head] = probs
        pred = [labels[j] for j in probs.argmax(1)]
        preds[head] = pred
        gold = [p[head] for p in pairs]
        res = classification(gold, pred, labels)
        from polisent.training.metrics import expected_calibration_error

        res["ece"] = round(float(expected_calibration_error(probs, np.array([labels.index(g) for g in gold]))), 4)
        out[head] = res
    out["by_tag"] = _by_tag(pairs, preds)
    out["same_claim_different_labels"] = _diverse(pairs, preds)
    out["document_actors"] = oracle_document_actor_metrics(pairs, all_probs)
    return out


def _by_tag(pairs: Sequence[Mapping[str, Any]], preds: Mapping[str, list[str]]) -> dict[str, Any]:
    tags = sorted({t for p in pairs for t in p.get("tags") or []})
    out = {}
    for tag in tags:
        idx = [i for i, p in enumerate(pairs) if tag in (p.get("tags") or [])]
        row: dict[str, Any] = {"n": len(idx)}
        for head in ("sentiment", "stance"):
            if head in preds:
                row[f"{head}_accuracy"] = round(sum(preds[head][i] == pairs[i][head] for i in idx) / len(idx), 4)
                row[f"{head}_gold"] = dict(Counter(pairs[i][head] for i in idx))
                row[f"{head}_pred"] = dict(Counter(preds[head][i] for i in idx))
        out[tag] = row
    return out


def _diverse(pairs: Sequence[Mapping[str, Any]], preds: Mapping[str, list[str]]) -> dict[str, Any]:
    """Of the actor pairs in one claim whose gold labels differ, the share whose predictions differ too."""
    groups: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, p in enumerate(pairs):
        groups[(p["doc_id"], p["unit"])].append(i)
    out = {}
    for head in ("sentiment", "stance"):
        if head not in preds:
            continue
        n = k = 0
        for idx in groups.values():
            for a in range(len(idx)):
                for b in range(a + 1, len(idx)):
                    i, j = idx[a], idx[b]
                    if pairs[i][head] != pairs[j][head]:
                        n += 1
                        k += preds[head][i] != preds[head][j]
        out[head] = _share(k, n)
    return out


def baselines(pairs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """All-neutral (neutral / none) and majority-class figures on the same pairs."""
    out: dict[str, Any] = {}
    for head, labels, neutral in (("sentiment", SENTIMENT, "neutral"), ("stance", STANCE, "none")):
        gold = [p[head] for p in pairs]
        if not gold:
            continue
        out[f"all_neutral_{head}"] = classification(gold, [neutral] * len(gold), labels)
        top = Counter(gold).most_common(1)[0][0]
        out[f"majority_{head}"] = classification(gold, [top] * len(gold), labels) | {"label": top}
    return out


# ---------------------------------------------------------------------------------------------- entry point
def evaluate_commentary(analyzer: Any, split: str = "dev", root: str | Path | None = None, *,
                        oracle: bool = True, progress: bool | None = None, limit: int | None = None) -> dict[str, Any]:
    """All figures of ``analyzer`` (an :class:`~polisent.Analyzer`) on one split of the corpus.

    ``limit`` keeps the first N labelled documents of the split (and their units and pairs): quick checks only.
    """
    from polisent.analyzer import Document

    docs = read_table("documents", split, root)
    units = read_table("units", split, root)
    pairs = read_table("pairs", split, root)
    labelled = {u["doc_id"] for u in units}
    docs = [d for d in docs if d["id"] in labelled]
    if limit is not None:
        docs = docs[:limit]
        kept = {d["id"] for d in docs}
        units = [u for u in units if u["doc_id"] in kept]
        pairs = [p for p in pairs if p["doc_id"] in kept]
    t0 = time.perf_counter()
    analyses = {a.id: a for a in analyzer.pipe((Document(d["text"], id=d["id"]) for d in docs), on_error="return")}
    seconds = time.perf_counter() - t0
    report: dict[str, Any] = {
        "split": split,
        "limit": limit,
        "documents": len(docs), "units": len(units), "pairs": len(pairs),
        "gold_sentiment": dict(Counter(p["sentiment"] for p in pairs)),
        "gold_stance": dict(Counter(p["stance"] for p in pairs)),
        "analysis_seconds": round(seconds, 2),
        "models": analyzer.models(),
        "structure": structure_metrics(analyses, units),
        "pipeline_pairs": pipeline_pair_metrics(analyses, units, pairs),
        "document_actors": document_actor_metrics(analyses, pairs),
        "baselines": baselines(pairs),
    }
    if oracle and pairs:
        report["gold_pairs"] = oracle_pair_metrics(analyzer.scorer, pairs)
    return report
