"""Per-document structure tables of the commentary corpora, and the comparison of two tables.

The structure rules (S1 ... S6 in the results) judge a segmenter change by the per-document figures of
:func:`polisent.evaluation.commentary_eval.structure_metrics` (speaker accuracy of answer claims, strict and
not, clutter kept as claims, claims dropped, questions) over the main corpus's train and dev splits and a band
of structure dev sets, with the start code and the end code; then the pooled figures and every document that
got better or worse.

    python benchmarks/structure_tables.py table --code DIR --first-dev 2 --last-dev 356 [--main] --out start.jsonl
    python benchmarks/structure_tables.py compare start.jsonl end.jsonl
    python benchmarks/structure_tables.py errors end.jsonl [--out F.json]   # where the speaker errors are

Each row also keeps the document's ``format`` and its speaker errors by class (``spe``, see
:func:`speaker_error_class`), so ``errors`` can say which kind of mistake, in which format, costs the most.

``--code DIR`` evaluates the polisent package of another checkout (``git archive START polisent | tar -x -C DIR``).
Nothing here reads the main test split or the blind set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_FIGURES = ("sp", "st", "cl", "dr")  # speaker, speaker strict, clutter kept as claims, claims dropped


def table(code: Path, first: int, last: int, main: bool, out: Path, urls: bool = False) -> int:
    """Write one JSON line per labelled document: set, doc and its figures (counts and shares); with ``urls``, each
    document is given its page address (``meta["url"]``), as a JSON Lines corpus or an HTML page gives it."""
    sys.path.insert(0, str(code.resolve()))
    import polisent
    from polisent.analyzer import Analyzer, Document
    from polisent.evaluation.commentary_eval import structure_metrics

    if Path(polisent.__file__).resolve().parents[1] != code.resolve():
        raise SystemExit(f"--code {code}: imported polisent from {polisent.__file__}")
    an = Analyzer(scorer="none", progress=False).load()
    corpora = [("main", ROOT / "data/commentary", ("train", "dev"))] if main else []
    corpora += [(f"dev{n}", ROOT / f"data/commentary_dev{n}", ("dev",)) for n in range(max(first, 2), last + 1)]
    n_docs = 0
    with out.open("w", encoding="utf-8") as fh:
        for name, folder, splits in corpora:
            if not (folder / "units.jsonl").is_file():
                continue
            docs = {d["id"]: d for d in _rows(folder / "documents.jsonl")}
            split_of = json.loads((folder / "splits.json").read_text()) if (folder / "splits.json").is_file() else {}
            by_doc: dict[str, list[dict[str, Any]]] = {}
            for u in _rows(folder / "units.jsonl"):
                if split_of.get(u["doc_id"], "dev") in splits:
                    by_doc.setdefault(u["doc_id"], []).append(u)
            results = {a.id: a for a in an.pipe((Document(docs[i]["text"], id=i, meta={"url": docs[i].get("url")} if urls else {})
                                                    for i in by_doc), on_error="return")}
            for doc_id, units in by_doc.items():
                m = structure_metrics(results, units)
                hosts = [u["speaker"] for u in units if u["kind"] == "question" and u.get("speaker")]
                guests = [u["speaker"] for u in units if u["kind"] in ("answer", "body") and u.get("speaker")]
                spe = Counter(speaker_error_class(e, hosts, guests) for e in m["errors_sample"] if e["error"] == "speaker")
                fh.write(json.dumps({"set": name, "doc": doc_id, "format": docs[doc_id].get("format"),
                                     "sp": m["speaker_accuracy_answer_claims"],
                                     "st": m["speaker_accuracy_answer_claims_strict"], "cl": m["clutter_kept_as_claims"],
                                     "dr": m["claims_dropped"], "q": m["questions"], "spe": dict(spe),
                                     "sn": m.get("speakers_named_several_ways", {"share": 0.0, "n": 0, "of": 0})}) + "\n")
                n_docs += 1
    print(f"wrote {out}: {n_docs} documents")
    return 0


def speaker_error_class(error: Mapping[str, Any], hosts: list[str], guests: list[str]) -> str:
    """The kind of one speaker error of :func:`~polisent.evaluation.commentary_eval.structure_metrics` (its
    ``errors_sample`` entry), given the document's gold interviewers (``hosts``) and answer speakers (``guests``).

    >>> speaker_error_class({"gold": "Anna Berg", "pred": None, "question": False}, [], ["Anna Berg"])
    'no name, the gold names one'
    >>> speaker_error_class({"gold": "Anna Berg", "pred": "Tom Reed", "question": False}, ["Tom Reed"], ["Anna Berg"])
    "the host's name"
    >>> speaker_error_class({"gold": None, "pred": None, "gold_role": "interviewee", "pred_role": "author", "question": False}, [], [])
    'no name, role author for interviewee'
    """
    from polisent.evaluation.commentary_eval import speaker_matches

    gold, pred = error.get("gold"), error.get("pred")
    if error.get("question"):
        return "taken as a question"
    if pred is None:
        return "no name, the gold names one" if gold else f"no name, role {error.get('pred_role')} for {error.get('gold_role')}"
    if not gold:
        return "a name where the gold gives a role only"
    if any(speaker_matches(pred, h) for h in hosts):
        return "the host's name"
    if any(speaker_matches(pred, g) for g in guests):
        return "another gold speaker's name"
    return "someone else's name"


def errors(path: Path, out: Path | None = None) -> int:
    """Print (and with ``out`` write as JSON) the speaker errors of a table by class, and each format's speaker share
    with its three largest classes, formats with the most errors first."""
    rows = _rows(path)
    total: Counter[str] = Counter()
    by_format: dict[str, Counter[str]] = defaultdict(Counter)
    share: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        fmt = str(r.get("format"))
        total.update(r.get("spe", {}))
        by_format[fmt].update(r.get("spe", {}))
        share[fmt][0] += r["sp"]["n"]
        share[fmt][1] += r["sp"]["of"]
    report = {"table": str(path), "documents": len(rows), "speaker_errors": sum(total.values()),
              "by_class": dict(total.most_common()),
              "by_format": {f: {"speaker": f"{100 * share[f][0] / max(share[f][1], 1):.1f} % of {share[f][1]}",
                                "errors": sum(c.values()), "largest": dict(c.most_common(3))}
                            for f, c in sorted(by_format.items(), key=lambda kv: -sum(kv[1].values()))}}
    print(f"{report['speaker_errors']} speaker errors in {len(rows)} documents")
    for k, v in total.most_common():
        print(f"  {v:6}  {k}")
    for f, d in report["by_format"].items():
        print(f"  {f:22} {d['speaker']:>16}  {d['errors']:5} errors  {d['largest']}")
    if out is not None:
        out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    return 0


def pooled(rows: dict[tuple[str, str], dict[str, Any]], keys: list[tuple[str, str]]) -> dict[str, str]:
    """Pooled shares over ``keys`` ("88.22 % (36682/41581)"), and the questions' precision and recall.

    >>> r = {("a", "x"): {"sp": {"n": 3, "of": 4}, "st": {"n": 2, "of": 4}, "cl": {"n": 0, "of": 5}, "dr": {"n": 1, "of": 4},
    ...                   "q": {"tp": 1, "pred": 2, "gold": 1}}}
    >>> pooled(r, [("a", "x")])["sp"], pooled(r, [("a", "x")])["questions"]
    ('75.00 % (3/4)', 'P 0.5000 R 1.0000')
    """
    out = {}
    for f in _FIGURES:
        n, of = sum(rows[k][f]["n"] for k in keys), sum(rows[k][f]["of"] for k in keys)
        out[f] = f"{100 * n / max(of, 1):.2f} % ({n}/{of})"
    if keys and all("sn" in rows[k] for k in keys):  # one person under several names (tables from pass 105 on)
        n, of = sum(rows[k]["sn"]["n"] for k in keys), sum(rows[k]["sn"]["of"] for k in keys)
        out["sn"] = f"{100 * n / max(of, 1):.2f} % ({n}/{of})"
    tp, pred, gold = (sum(rows[k]["q"][x] for k in keys) for x in ("tp", "pred", "gold"))
    out["questions"] = f"P {tp / max(pred, 1):.4f} R {tp / max(gold, 1):.4f}"
    return out


def compare(base: Path, new: Path) -> int:
    """Print both pooled figures and every document whose counts changed (worse: fewer right speakers, more
    clutter kept or more claims dropped)."""
    a, b = _load(base), _load(new)
    keys = sorted(set(a) & set(b))
    print("base", pooled(a, keys))
    print("new ", pooled(b, keys))
    better = worse = 0
    for k in keys:
        d = {f: b[k][f]["n"] - a[k][f]["n"] for f in _FIGURES}
        d["sn"] = b[k]["sn"]["n"] - a[k]["sn"]["n"] if "sn" in a[k] and "sn" in b[k] else 0
        if not any(d.values()):
            continue
        bad = d["sp"] < 0 or d["st"] < 0 or d["cl"] > 0 or d["dr"] > 0 or d["sn"] > 0
        better, worse = better + (not bad), worse + bad
        print("WORSE " if bad else "better", k, " ".join(f"{f} {a[k][f]['n']} -> {b[k][f]['n']}" for f in _FIGURES),
              f"of {b[k]['sp']['of']}" + (f" several names {d['sn']:+d}" if d["sn"] else ""))
    print(f"better {better} worse {worse}")
    return 0


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _load(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    return {(r["set"], r["doc"]): r for r in _rows(path)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("table", help="per-document figures of one checkout")
    t.add_argument("--code", type=Path, default=ROOT)
    t.add_argument("--first-dev", type=int, default=2)
    t.add_argument("--last-dev", type=int, required=True, help="keep the sets above N unread")
    t.add_argument("--main", action="store_true", help="add the main corpus's train and dev splits")
    t.add_argument("--out", type=Path, required=True)
    t.add_argument("--urls", action="store_true", help="give each document its page address (evidence for the speaker)")
    c = sub.add_parser("compare", help="pooled figures of two tables and the documents that changed")
    c.add_argument("base", type=Path)
    c.add_argument("new", type=Path)
    e = sub.add_parser("errors", help="a table's speaker errors by class and by format")
    e.add_argument("table", type=Path)
    e.add_argument("--out", type=Path, default=None, help="JSON file to write")
    args = ap.parse_args(argv)
    if args.cmd == "table":
        return table(args.code, args.first_dev, args.last_dev, args.main, args.out, args.urls)
    if args.cmd == "errors":
        return errors(args.table, args.out)
    return compare(args.base, args.new)


if __name__ == "__main__":
    raise SystemExit(main())
