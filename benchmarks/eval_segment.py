"""Evaluate the rule segmenter on the hand-labelled gold set in benchmarks/gold/segment/.

Reports precision / recall / F1 of claim spans (exact) and claim boundaries, question detection,
clutter detection (and the share of matched clutter with the right reason), speaker attribution
and the hedge / condition / negation / reported-view flags, per document and pooled (micro).
Writes JSON with versions, git sha and config under benchmarks/results/.

    python benchmarks/eval_segment.py [--gold-dir DIR] [--out FILE] [--show-errors]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from polisent import __version__  # noqa: E402
from polisent.records import CueKind, SegmentKind  # noqa: E402
from polisent.inputs import decode_bytes  # noqa: E402
from polisent.segment import RuleSegmenter  # noqa: E402
from polisent._provenance import git_sha  # noqa: E402

FLAGS = {"H": CueKind.HEDGE, "C": CueKind.CONDITION, "N": CueKind.NEGATION, "R": CueKind.REPORTED}


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def locate(text: str, needles: list[str], what: str, doc: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for n in needles:
        i = text.find(n, pos)
        if i == -1:
            i = text.find(n)
        if i == -1:
            raise SystemExit(f"{doc}: gold {what} not found in the text: {n!r}")
        out.append((i, i + len(n)))
        pos = i + len(n)
    return out


def evaluate_doc(seg: RuleSegmenter, gold_path: Path, show: bool) -> dict[str, Any]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = decode_bytes((gold_path.parent / gold["text"]).read_bytes())
    st = seg.segment(text)
    name = gold_path.stem
    g_claims = [(c + ["", None])[:4] for c in gold["claims"]]
    g_spans = locate(text, [c[1] for c in g_claims], "claim", name)
    pred = {(c.start, c.end): c for c in st.claims}
    gold_by_span = dict(zip(g_spans, g_claims))
    counts: Counter[str] = Counter()
    res: dict[str, Any] = {}
    matched = [s for s in g_spans if s in pred]
    res["claims_exact"] = prf(len(matched), len(pred), len(g_spans))
    gb = {x for s in g_spans for x in s}
    pb = {x for s in pred for x in s}
    res["claim_boundaries"] = prf(len(gb & pb), len(pb), len(gb))
    gq = {s for s, c in gold_by_span.items() if c[0] == "Q"}  # '?' (rhetorical, in an answer) is a claim, not a question
    pq = {s for s, c in pred.items() if c.is_question}
    res["questions"] = prf(len(gq & pq), len(pq), len(gq))
    g_clutter = [(r, s) for r, s in zip([c[0] for c in gold["clutter"]],
                                        locate(text, [c[1] for c in gold["clutter"]], "clutter", name))]
    p_clutter = [g for g in st.segments if g.kind is SegmentKind.CLUTTER and g.reason != "markup"]
    hit, right_reason = 0, 0
    used: set[int] = set()
    for reason, (a, b) in g_clutter:
        for j, g in enumerate(p_clutter):
            ov = min(b, g.end) - max(a, g.start)
            if j not in used and ov >= 0.5 * (b - a) and ov >= 0.5 * (g.end - g.start):
                used.add(j)
                hit += 1
                right_reason += g.reason == reason
                if show and g.reason != reason:
                    print(f"  [{name}] clutter reason {g.reason!r}, gold {reason!r}: {g.text[:60]!r}")
                break
        else:
            if show:
                print(f"  [{name}] clutter missed ({reason}): {text[a:b][:70]!r}")
    if show:
        for j, g in enumerate(p_clutter):
            if j not in used:
                print(f"  [{name}] clutter false alarm ({g.reason}): {g.text[:70]!r}")
    res["clutter"] = prf(hit, len(p_clutter), len(g_clutter))
    res["clutter"]["reason_accuracy"] = round(right_reason / hit, 4) if hit else None
    ok_speaker = 0
    flag_counts = {k: Counter() for k in FLAGS}
    for s in matched:
        kind, _, flags, override = gold_by_span[s]
        c = pred[s]
        if kind == "Q":
            want = (gold["question_speaker"], "interviewer")
        else:
            want = (override or gold["answer_speaker"], gold["answer_role"])
        got = (c.speaker, c.role.value)
        ok_speaker += got == want
        if show and got != want:
            print(f"  [{name}] speaker {got} != gold {want}: {c.text[:60]!r}")
        if kind == "Q":
            continue  # cue flags are labelled on answers only
        have = {q.kind for q in c.cues}
        for f, kind_ in FLAGS.items():
            g_on, p_on = f in flags, kind_ in have
            flag_counts[f]["tp"] += g_on and p_on
            flag_counts[f]["pred"] += p_on
            flag_counts[f]["gold"] += g_on
            if show and g_on != p_on:
                print(f"  [{name}] flag {f} gold={g_on} pred={p_on}: {c.text[:80]!r}")
    res["speaker_accuracy"] = {"correct": ok_speaker, "of": len(matched),
                               "accuracy": round(ok_speaker / len(matched), 4) if matched else None}
    res["speakers_list_exact"] = sorted(map(tuple, gold["speakers"]), key=str) == sorted(
        ((s.name, s.role.value) for s in st.speakers), key=str)
    for f, cnt in flag_counts.items():
        res[f"flag_{FLAGS[f].value}"] = prf(cnt["tp"], cnt["pred"], cnt["gold"])
    if show:
        for s in g_spans:
            if s not in pred:
                print(f"  [{name}] gold claim not produced: {text[s[0]:s[1]][:90]!r}")
        for s, c in pred.items():
            if s not in gold_by_span:
                print(f"  [{name}] extra claim: {c.text[:90]!r}")
    counts["words"] = len(text.split())
    res["words"] = counts["words"]
    res["format"] = gold.get("format")
    return res


def pool(per_doc: dict[str, dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    keys = [k for k, v in next(iter(per_doc.values())).items() if isinstance(v, dict) and "tp" in v]
    for k in keys:
        tp = sum(d[k]["tp"] for d in per_doc.values())
        out[k] = prf(tp, sum(d[k]["pred"] for d in per_doc.values()), sum(d[k]["gold"] for d in per_doc.values()))
    c = sum(d["speaker_accuracy"]["correct"] for d in per_doc.values())
    n = sum(d["speaker_accuracy"]["of"] for d in per_doc.values())
    out["speaker_accuracy"] = {"correct": c, "of": n, "accuracy": round(c / n, 4) if n else None}
    out["speakers_list_exact"] = sum(d["speakers_list_exact"] for d in per_doc.values())
    out["clutter"]["reason_accuracy"] = round(
        sum((d["clutter"]["reason_accuracy"] or 0) * d["clutter"]["tp"] for d in per_doc.values())
        / max(1, sum(d["clutter"]["tp"] for d in per_doc.values())), 4)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold-dir", type=Path, default=ROOT / "benchmarks" / "gold" / "segment")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "segment_eval.json")
    ap.add_argument("--show-errors", action="store_true", help="print every disagreement with the gold labels")
    args = ap.parse_args(argv)
    splits = {"dev": sorted(args.gold_dir.glob("*.json")), "heldout": sorted((args.gold_dir / "heldout").glob("*.json"))}
    splits = {k: v for k, v in splits.items() if v}
    if not splits:
        print(f"No gold files in {args.gold_dir}; nothing to evaluate.")
        return 0
    seg = RuleSegmenter()
    cols = ["claims_exact", "claim_boundaries", "questions", "clutter", "flag_hedge", "flag_condition",
            "flag_negation", "flag_reported"]
    results: dict[str, Any] = {}
    for split, files in splits.items():
        per_doc = {f.stem: evaluate_doc(seg, f, args.show_errors) for f in files}
        pooled = pool(per_doc)
        results[split] = {"pooled": pooled, "documents": per_doc}
        print(f"\n== {split} ({len(files)} documents) ==")
        print(f"{'document':22} " + " ".join(f"{c[:14]:>14}" for c in cols) + "  speaker")
        for name, d in list(per_doc.items()) + [("ALL (micro)", pooled)]:
            cells = " ".join(f"{d[c]['precision']:>6.2f}/{d[c]['recall']:<6.2f}" + " " for c in cols)
            sp = d["speaker_accuracy"]["accuracy"]
            print(f"{name:22} {cells} {sp:.3f}")
        print("(cells: precision/recall)")
        print(f"clutter reason accuracy (matched): {pooled['clutter']['reason_accuracy']}; "
              f"speaker lists exact: {pooled['speakers_list_exact']}/{len(per_doc)}")
    report = {
        "benchmark": "segment_gold",
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "git_sha": git_sha(),
        "versions": {"polisent": __version__, "python": platform.python_version()},
        "config": {"segmenter": seg.name,
                   "gold_dir": str(args.gold_dir.relative_to(ROOT) if args.gold_dir.is_relative_to(ROOT) else args.gold_dir),
                   "splits": {k: len(v) for k, v in splits.items()},
                   "clutter_match": "overlap >= 50% of both spans; reason 'markup' ignored",
                   "claims_match": "exact (start, end)",
                   "note": "dev was written while the rules were developed; heldout was labelled before the segmenter was run on it"},
        **results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
