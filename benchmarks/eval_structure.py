"""Structure figures of the segmenter on the commentary corpus (issue 11), pooled and per format.

Question precision / recall, clutter kept as claims, the interviewer's lines kept as the speaker's
claims (not questions), answer claims dropped and speaker accuracy of
answer claims (:func:`polisent.evaluation.commentary_eval.structure_metrics`), on each split asked
for, pooled and per document format, with the speaker errors grouped by kind. The test split is
read only with ``--splits test`` (report it once, after the choices). ``--code DIR`` evaluates the
polisent package found in another checkout (a "before" worktree) with this same script.

    python benchmarks/eval_structure.py --splits train dev [--corpus DIR] [--code /tmp/before] [--label after]
        [--speaker-model default|off|on|conversations] [--out FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _headline(m: dict[str, Any]) -> dict[str, Any]:
    q = m["questions"]
    return {"question_precision": q["precision"], "question_recall": q["recall_units"], "questions_gold": q["gold"],
            "clutter_kept": m["clutter_kept_as_claims"]["share"], "claims_dropped": m["claims_dropped"]["share"],
            "interviewer_lines_kept": m["interviewer_lines_as_claims"]["share"],
            # the editor's introduction as claims of role "editor" (absent from code before the thirtieth pass)
            "intro_units_as_editor": m.get("intro_units_as_editor", {}).get("share"),
            "editor_claims_on_intro": m.get("editor_claims_on_intro", {}).get("share"),
            "interviewer_lines_as_editor": m.get("interviewer_lines_as_editor", {}).get("share"),
            "speaker_accuracy": m["speaker_accuracy_answer_claims"]["share"],
            # a name where the gold has none counts wrong (absent from code before the thirty-second pass)
            "speaker_accuracy_strict": m.get("speaker_accuracy_answer_claims_strict", {}).get("share"),
            # one person under several names, of the gold speakers named right (absent from code before pass 105)
            "speakers_named_several_ways": m.get("speakers_named_several_ways"),
            "answer_claims": m["speaker_accuracy_answer_claims"]["of"], "claims": m["clutter_kept_as_claims"]["of"]}


def evaluate_split(split: str, *, speaker_model: Any = None, urls: bool = False) -> dict[str, Any]:
    """One split's figures; with ``urls`` each document is given its page address (``meta["url"]``), as a JSON Lines
    corpus with a ``url`` field or an HTML page gives it."""
    from polisent.analyzer import Analyzer, Document
    from polisent.evaluation.commentary import read_table
    from polisent.evaluation.commentary_eval import structure_metrics

    docs = read_table("documents", split)
    units = read_table("units", split)
    labelled = {u["doc_id"] for u in units}
    docs = [d for d in docs if d["id"] in labelled]
    from polisent.segment import RuleSegmenter

    # None: the segmenter's own default (whatever --code holds), so a before/after pair compares defaults
    seg = RuleSegmenter() if speaker_model is None else RuleSegmenter(speaker_model=speaker_model)
    an = Analyzer(segmenter=seg, scorer="none", progress=False).load()
    t0 = time.perf_counter()
    res = {a.id: a for a in an.pipe((Document(d["text"], id=d["id"], meta={"url": d.get("url")} if urls else {}) for d in docs),
                                           on_error="return")}
    seconds = time.perf_counter() - t0
    fmt = {d["id"]: d["format"] for d in docs}
    by_fmt: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u in units:
        by_fmt[fmt[u["doc_id"]]].append(u)
        by_doc[u["doc_id"]].append(u)
    errors: Counter[str] = Counter()
    for us in by_doc.values():  # per document, so no error sample is cut short
        for e in structure_metrics(res, us)["errors_sample"]:
            if e["error"] == "speaker":
                errors[f"gold {e['gold_role']}{' named' if e['gold'] else ''} -> "
                       f"{e['pred_role']}{' named' if e['pred'] else ''}{' (question)' if e['question'] else ''}"] += 1
            else:
                errors[e["error"]] += 1
    return {"documents": len(docs), "seconds": round(seconds, 2),
            "pooled": _headline(structure_metrics(res, units)),
            "by_format": {f: _headline(structure_metrics(res, us)) for f, us in sorted(by_fmt.items())},
            "errors": dict(errors.most_common())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--splits", nargs="+", default=["train", "dev"], choices=["train", "dev", "test"])
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose polisent package is evaluated")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="corpus folder (default data/commentary; e.g. data/commentary_dev2, data/commentary_blind)")
    ap.add_argument("--label", default="after")
    ap.add_argument("--speaker-model", choices=("default", "off", "on", "conversations"), default="default",
                    help="the learned speaker ranker: the segmenter's own default (default), off, on in every "
                         "text, or in texts with questions or talk only (RuleSegmenter(speaker_model=...))")
    ap.add_argument("--urls", action="store_true", help="give each document its page address (speaker evidence, pass 66)")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.corpus is not None:  # read by polisent.evaluation.commentary.commentary_dir
        os.environ["POLISENT_COMMENTARY"] = str(args.corpus.resolve())
    sys.path.insert(0, str(args.code.resolve()))
    import polisent
    from polisent._provenance import git_sha

    if Path(polisent.__file__).resolve().parents[1] != args.code.resolve():
        raise SystemExit(f"imported polisent from {polisent.__file__}, not from {args.code}")
    out: dict[str, Any] = {
        "benchmark": "commentary structure (issue 11)", "label": args.label,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "code": str(args.code), "git_sha": git_sha(),
        "corpus": str(args.corpus or "data/commentary"), "speaker_model": args.speaker_model, "urls": args.urls,
        "versions": {"polisent": polisent.__version__, "python": platform.python_version()},
        "splits": {},
    }
    for split in args.splits:
        r = evaluate_split(split, speaker_model={"default": None, "off": False, "on": True,
                                                 "conversations": "conversations"}[args.speaker_model], urls=args.urls)
        out["splits"][split] = r
        p = r["pooled"]
        print(f"{args.label} {split:5s}: questions P {p['question_precision']:.3f} R {p['question_recall']:.3f} "
              f"(gold {p['questions_gold']}), clutter kept {p['clutter_kept']:.2%}, interviewer lines kept {p['interviewer_lines_kept']:.2%}, dropped {p['claims_dropped']:.2%}, "
              f"speaker {p['speaker_accuracy']:.2%} of {p['answer_claims']} answer claims ({r['documents']} documents)"
              + (f"; intro units kept as the editor's {p['intro_units_as_editor']:.2%}, editor's claims on intro units "
                 f"{p['editor_claims_on_intro']:.2%}" if p["intro_units_as_editor"] is not None else ""))
        for f, h in r["by_format"].items():
            print(f"    {f:22s} qP {h['question_precision']:.2f} qR {h['question_recall']:.2f} clutter {h['clutter_kept']:.3f} "
                  f"dropped {h['claims_dropped']:.3f} speaker {h['speaker_accuracy']:.3f} ({h['answer_claims']})")
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
