"""Evaluate actor mention detection and linking on the gold set in benchmarks/gold/actors/.

Gold files are the document text with inline annotations ``[[surface|actor_id|kind]]`` (format in
benchmarks/gold/actors/README.md). For each file the script strips the markup, segments the text
with polisent's RuleSegmenter, runs :class:`polisent.actors.RegistryLinker` and compares:

* **detection**: a predicted mention is right when its span equals a gold span exactly;
* **linking**: right when the span and the actor id both match.

Precision, recall and F1 are reported per category (names = name/alias/surname, metonyms,
adjectives, pronouns, titles; entities = NER-only mentions of actors the registry lacks) and
overall (registry categories; entities only with ``--ner``). A gold file named after an example
(``interview.md.gold``) is checked against ``examples/interview.md``; a mismatch is reported.

    .venv/bin/python benchmarks/eval_actors.py                   # registry only
    .venv/bin/python benchmarks/eval_actors.py --ner spacy --errors

Writes benchmarks/results/eval_actors[_<ner>].json (figures, versions, git sha, config).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from polisent.actors import RegistryLinker  # noqa: E402
from polisent.protocols import DocumentStructure  # noqa: E402
from polisent._provenance import git_sha  # noqa: E402

GOLD_DIR = ROOT / "benchmarks" / "gold" / "actors"
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\|([a-z]+)\]\]")
KINDS = {"n": "name", "a": "alias", "s": "surname", "m": "metonym", "j": "adjective", "p": "pronoun", "t": "title",
         "d": "description", "e": "entity"}
CATEGORY = {"name": "names", "alias": "names", "surname": "names", "metonym": "metonyms", "adjective": "adjectives",
            "pronoun": "pronouns", "title": "titles", "description": "descriptions", "entity": "entities"}
CATEGORIES = ("names", "metonyms", "adjectives", "pronouns", "titles", "descriptions", "entities")
REGISTRY_CATEGORIES = CATEGORIES[:-1]


def parse_gold(path: Path) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Strip the markup; return the text and gold mentions (start, end, actor_id, category)."""
    raw = path.read_text(encoding="utf-8")
    out, gold, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        length += m.start() - pos
        surface, actor, code = m.groups()
        if code not in KINDS:
            raise ValueError(f"{path}: unknown kind code {code!r} in {m.group()!r}; use one of {sorted(KINDS)}")
        gold.append((length, length + len(surface), actor, CATEGORY[KINDS[code]]))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text:
        raise ValueError(f"{path}: malformed annotation near {text[text.index('[['):][:60]!r}")
    for s, e, _, _ in gold:
        assert not text[s:e].startswith(" ") and not text[s:e].endswith(" "), (path, text[s:e])
    return text, gold


def segment(text: str) -> tuple[DocumentStructure, str]:
    try:
        from polisent.segment import RuleSegmenter
    except ImportError:
        return DocumentStructure((), ()), "none"
    seg = RuleSegmenter()
    return seg.segment(text), getattr(seg, "name", "rule")


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def evaluate(files: list[Path], linker: RegistryLinker, with_entities: bool, date: str | None,
             show_errors: bool) -> dict[str, Any]:
    counts: dict[str, Counter] = {c: Counter() for c in CATEGORIES}
    per_file: dict[str, Any] = {}
    for path in files:
        text, gold = parse_gold(path)
        example = ROOT / "examples" / path.name.removesuffix(".gold")
        note = None
        if example.exists() and example.read_text(encoding="utf-8") != text:
            note = f"stale: text differs from {example.relative_to(ROOT)}"
            print(f"WARNING {path.name}: {note}", file=sys.stderr)
        struct, _ = segment(text)
        pred = [(m.start, m.end, m.actor_id, CATEGORY[m.kind.value]) for m in linker.link(text, struct, date=date)
                if m.actor_id is not None]
        if not with_entities:  # actors the registry lacks (and pronouns that refer to them) need NER
            gold = [g for g in gold if not g[2].startswith("local:")]
            pred = [p for p in pred if not p[2].startswith("local:")]
        gold_spans = {(s, e): (a, c) for s, e, a, c in gold}
        pred_spans = {(s, e): (a, c) for s, e, a, c in pred}
        fc: dict[str, Counter] = {c: Counter() for c in CATEGORIES}
        for (s, e), (a, c) in gold_spans.items():
            fc[c]["gold"] += 1
            hit = pred_spans.get((s, e))
            if hit is not None:
                fc[c]["det_tp_r"] += 1
                fc[c]["link_tp_r"] += hit[0] == a or (a.startswith("local:") and hit[0].startswith("local:"))
            elif show_errors:
                print(f"  MISS  {path.name}:{s}: {text[s:e]!r} -> {a} ({c})")
        for (s, e), (a, c) in pred_spans.items():
            fc[c]["pred"] += 1
            hit = gold_spans.get((s, e))
            if hit is not None:
                fc[c]["det_tp_p"] += 1
                fc[c]["link_tp_p"] += hit[0] == a or (a.startswith("local:") and hit[0].startswith("local:"))
                if show_errors and hit[0] != a and not a.startswith("local:"):
                    print(f"  WRONG {path.name}:{s}: {text[s:e]!r} -> {a}, gold {hit[0]} ({c})")
            elif show_errors:
                print(f"  EXTRA {path.name}:{s}: {text[s:e]!r} -> {a} ({c})")
        for c in CATEGORIES:
            counts[c].update(fc[c])
        per_file[path.name] = {"chars": len(text), "gold": len(gold), "pred": len(pred), "note": note,
                               "detection_f1": _summary(fc, with_entities)["detection"]["f1"],
                               "linking_f1": _summary(fc, with_entities)["linking"]["f1"]}
    result = {"per_category": {}, "per_file": per_file}
    for c in CATEGORIES:
        k = counts[c]
        result["per_category"][c] = {
            "detection": _prf2(k["det_tp_p"], k["det_tp_r"], k["pred"], k["gold"]),
            "linking": _prf2(k["link_tp_p"], k["link_tp_r"], k["pred"], k["gold"]),
        }
    result["overall"] = _summary(counts, with_entities)
    return result


def _prf2(tp_p: int, tp_r: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    """P from the predictions' side, R from the gold side (they differ only when categories disagree)."""
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp_r, "pred": n_pred, "gold": n_gold}


def _summary(counts: dict[str, Counter], with_entities: bool) -> dict[str, Any]:
    cats = CATEGORIES if with_entities else REGISTRY_CATEGORIES
    tot = Counter()
    for c in cats:
        tot.update(counts[c])
    return {"categories": list(cats),
            "detection": _prf2(tot["det_tp_p"], tot["det_tp_r"], tot["pred"], tot["gold"]),
            "linking": _prf2(tot["link_tp_p"], tot["link_tp_r"], tot["pred"], tot["gold"])}


def _versions() -> dict[str, str]:
    import polisent

    out = {"python": platform.python_version(), "polisent": getattr(polisent, "__version__", "?")}
    try:
        import spacy

        out["spacy"] = spacy.__version__
    except ImportError:
        pass
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD_DIR, help="directory of *.gold files")
    ap.add_argument("--ner", default=None, help="NER backend: 'spacy' or a token-classification model path")
    ap.add_argument("--date", default=None, help="document date for title resolution (ISO)")
    ap.add_argument("--errors", action="store_true", help="print every miss, extra and wrong link")
    ap.add_argument("--no-pronoun-model", action="store_true", help="the rules alone, without the learned pronoun pass")
    ap.add_argument("--out", type=Path, default=None, help="JSON output path")
    args = ap.parse_args(argv)

    files = sorted(args.gold.glob("*.gold"))
    if not files:
        print(f"No *.gold files in {args.gold}", file=sys.stderr)
        return 2
    linker = RegistryLinker(ner=args.ner, pronoun_model=not args.no_pronoun_model)
    t0 = time.perf_counter()
    sets = {
        "all": files,
        "own": [f for f in files if not (ROOT / "examples" / f.name.removesuffix(".gold")).exists()],
        "examples": [f for f in files if (ROOT / "examples" / f.name.removesuffix(".gold")).exists()],
    }
    results = {name: evaluate(fs, linker, args.ner is not None, args.date, args.errors and name == "all")
               for name, fs in sets.items() if fs}
    elapsed = time.perf_counter() - t0
    _, seg_name = segment("")
    for name, res in results.items():
        print(f"\n== {name}: {len(sets[name])} files ({', '.join(f.name for f in sets[name])})")
        print(f"{'category':<12}{'det P':>8}{'det R':>8}{'det F1':>8}{'link P':>8}{'link R':>8}{'link F1':>8}{'gold':>6}{'pred':>6}")
        rows = list(res["per_category"].items()) + [("OVERALL", res["overall"])]
        for cat, v in rows:
            d, lk = v["detection"], v["linking"]
            if d["gold"] == 0 and d["pred"] == 0:
                continue
            print(f"{cat:<12}{d['precision']:>8.3f}{d['recall']:>8.3f}{d['f1']:>8.3f}"
                  f"{lk['precision']:>8.3f}{lk['recall']:>8.3f}{lk['f1']:>8.3f}{d['gold']:>6}{d['pred']:>6}")
    out = args.out or ROOT / "benchmarks" / "results" / (f"eval_actors_{re.sub(r'[^a-z0-9]+', '_', args.ner.lower())}.json"
                                                         if args.ner else "eval_actors.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "benchmark": "eval_actors", "git_sha": git_sha(), "versions": _versions(),
        "config": {"linker": linker.name, "segmenter": seg_name, "ner": args.ner, "date": args.date,
                   "match": "exact span", "gold_dir": str(args.gold.relative_to(ROOT) if args.gold.is_relative_to(ROOT) else args.gold)},
        "seconds": round(elapsed, 3), "results": results,
    }
    out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
