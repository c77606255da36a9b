"""Main speaker and interviewer questions on a folder of real pages judged by a reader (issue 11).

The folder holds the pages as text (``01.txt`` ...) and ``truth.json``, written by a reader before
any code ran: a list of ``{"file", "genre", "main_speaker", "question_starts"?, ...}``. A page is right
when the speaker polisent gives most answer claims carries the true main speaker's surname or is a
shorter form of the true name (or both are unnamed). A true question is found when a question claim starts between its first words and the
next answer claim. The pages themselves stay outside the project (verbatim excerpts of public pages);
the JSON written records the figures and, per page, the true and the found speaker only.

``--code`` evaluates the polisent package of another checkout (``git archive <sha> polisent | tar -x
-C DIR``), so one run can compare two versions on the same pages::

    python benchmarks/eval_real_pages.py --pages /tmp/jdev1 --code /tmp/start --code . --out F [--why]
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_ANSWER_ROLES = ("author", "interviewee", "unknown", "guest")


def _words(name: str | None) -> list[str]:
    """Lower-case ASCII words of a name, initials dropped.

    >>> _words("Serhii Plokhy"), _words("Dr. M. R. Dua"), _words(None), _words("Al\u2010Mulhim"), _words("O\u2019Neill")
    (['serhii', 'plokhy'], ['dr', 'dua'], [], ['al', 'mulhim'], ['neill'])
    >>> _words("Pedro Sánchez"), _words("Виктор Каспрук")
    (['pedro', 'sanchez'], ['виктор', 'каспрук'])
    """
    # (a typographic hyphen splits words as "-" does: "Al\u2010Mulhim" is "al", "mulhim")
    # (and a typographic apostrophe is one: "O\u2019Neill" is "o", "neill", as "O'Neill" is)
    # (letters of any script, accents dropped: "Виктор Каспрук" is a name, as "Sánchez" is "sanchez"; before pass 106
    # the name was folded to ASCII and a Cyrillic or Greek name read as no name)
    decomposed = unicodedata.normalize("NFKD", (name or "").replace("\u2010", "-").replace("\u2011", "-").replace("\u2019", "'"))
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return [w for w in re.findall(r"[^\W\d_]+", folded) if len(w) > 1]


def same_speaker(gold: str | None, found: str | None) -> bool:
    """The found speaker carries the true one's surname, or is a shorter form of the true name (every word of it
    in the true name: "Lula" of "Luiz Inacio Lula da Silva"), or neither is named.

    >>> same_speaker("Antony Blinken", "Blinken"), same_speaker("Ana Ruiz", "NPR"), same_speaker(None, None)
    (True, False, True)
    >>> same_speaker("Luiz Inacio Lula da Silva", "Lula"), same_speaker("Ana Ruiz", "Ana Bell")
    (True, False)
    """
    g, f = _words(gold), _words(found)
    return (not g and not f) or (bool(g) and bool(f) and (g[-1] in f or set(f) <= set(g)))


def judge_page(seg: Any, text: str, truth: dict[str, Any], urls: bool = False) -> dict[str, Any]:
    """One page's row: the true and found main speaker, and the questions found, missed and extra; with ``urls``,
    the page's address (``truth["url"]``) is given to the segmenter as evidence."""
    url = truth.get("url") if urls else None
    st = seg.segment(text, url=url) if url else seg.segment(text)
    answers = Counter(c.speaker for c in st.claims if not c.is_question and c.role.value in _ANSWER_ROLES)
    top = answers.most_common(1)[0][0] if answers else None
    asked = [c for c in st.claims if c.is_question]
    answer_starts = sorted(c.start for c in st.claims if not c.is_question and c.role.value in _ANSWER_ROLES)
    matched: set[int] = set()
    found = missed = 0
    for words in truth.get("question_starts") or []:
        at = text.find(words)
        at = at if at >= 0 else text.find(words[:20])
        if at < 0:
            missed += 1
            continue
        until = min(next((a for a in answer_starts if a > at + 5), len(text)), at + 1500)
        hits = [c for c in asked if at - 5 <= c.start < until]
        found += bool(hits)
        missed += not hits
        matched |= {id(c) for c in hits}
    return {"file": truth["file"], "genre": truth.get("genre"), "gold": truth.get("main_speaker"), "found": top,
            "right": same_speaker(truth.get("main_speaker"), top), "questions_found": found,
            "questions_missed": missed, "questions_extra": sum(id(c) not in matched for c in asked)}


def why_wrong(seg: Any, text: str, row: dict[str, Any]) -> str:
    """Where the learned speaker ranker stood on a page whose main speaker polisent got wrong (``--why``): the true
    speaker as its top candidate, consulted or not; ranked lower; or no candidate at all. Needs a checkout whose
    ranker exposes ``candidates`` and ``learned_principal`` (pass 49 on)."""
    import polisent.segment._speaker_model as sm
    import polisent.segment._unnamed_answers as ua

    calls: list[Any] = []
    real = ua.learned_principal

    def spy(pt: str, **kw: Any) -> Any:
        got = real(pt, **kw)
        calls.append(got)
        return got

    ua.learned_principal = spy
    try:
        st = seg.segment(text)
    finally:
        ua.learned_principal = real
    has_q = any(c.is_question for c in st.claims)
    model = sm.load_speaker_model()
    person = getattr(sm, "_person_like", lambda name: True)
    ranked = sorted(((model.probability(ev.feats), ev.name) for ev in sm.candidates(text, talk=False, has_q=has_q).values()
                     if person(ev.name)), reverse=True)
    rank = next((k for k, (_, name) in enumerate(ranked) if same_speaker(row["gold"], name)), None)
    if rank is None:
        return "true speaker no candidate"
    if rank > 0:
        return f"true speaker ranked {rank + 1}"
    if not calls:
        return "true speaker top, ranker not consulted"
    return "true speaker top, ranker declined" if all(c is None for c in calls) else "true speaker top, named then lost"


def run(pages: Path, code: Path, why: bool = False, urls: bool = False) -> dict[str, Any]:
    """Judge every page of ``pages`` with the polisent package under ``code``; with ``why``, say for each page
    whose true main speaker is a person and was missed where the speaker ranker stood (:func:`why_wrong`)."""
    sys.path.insert(0, str(code.resolve()))
    try:
        for mod in [m for m in sys.modules if m == "polisent" or m.startswith("polisent.")]:
            del sys.modules[mod]
        from polisent.segment import RuleSegmenter
        seg = RuleSegmenter()
        truth = json.loads((pages / "truth.json").read_text(encoding="utf-8"))
        takes_url = urls and "url" in inspect.signature(seg.segment).parameters  # (a checkout before pass 66 takes none)
        rows = []
        for t in truth:
            text = (pages / t["file"]).read_text(encoding="utf-8")
            row = judge_page(seg, text, t, takes_url)
            if why and not row["right"] and row["gold"]:
                row["why"] = why_wrong(seg, text, row)
            rows.append(row)
    finally:
        sys.path.remove(str(code.resolve()))
    asked = sum(r["questions_found"] + r["questions_missed"] for r in rows)
    return {"code": str(code), "urls": urls, "pages": len(rows), "right": sum(r["right"] for r in rows),
            "by_genre": {g: f"{sum(r['right'] for r in rows if r['genre'] == g)}/{sum(r['genre'] == g for r in rows)}"
                         for g in sorted({str(r["genre"]) for r in rows})},
            "question_recall": round(sum(r["questions_found"] for r in rows) / asked, 4) if asked else None,
            "questions_extra": sum(r["questions_extra"] for r in rows), "rows": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=Path, required=True, help="folder of NN.txt pages and truth.json")
    ap.add_argument("--code", type=Path, action="append", help="checkout root(s) holding polisent (default: this one)")
    ap.add_argument("--out", type=Path, help="JSON file to write")
    ap.add_argument("--why", action="store_true",
                    help="for each missed named speaker, where the learned speaker ranker stood (see why_wrong)")
    ap.add_argument("--urls", action="store_true", help="give the segmenter each page's address (truth.json's url)")
    args = ap.parse_args(argv)
    if not (args.pages / "truth.json").is_file():
        ap.error(f"{args.pages} has no truth.json")
    results = [run(args.pages, code, why=args.why, urls=args.urls) for code in (args.code or [ROOT])]
    for r in results:
        print(f"{r['code']}: {r['right']}/{r['pages']} right {r['by_genre']}, question recall {r['question_recall']}, "
              f"{r['questions_extra']} extra questions")
    if args.why:
        for r in results:
            print(f"{r['code']}: missed named speakers by where the ranker stood:",
                  dict(Counter(x["why"] for x in r["rows"] if "why" in x).most_common()))
    for rows in zip(*(r["rows"] for r in results)):
        if len({x["right"] for x in rows}) > 1:
            print("changed:", rows[0]["file"], [(x["found"], x["right"]) for x in rows])
    if args.out:
        sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                                        "git_sha": sha, "pages": str(args.pages), "results": results}, indent=1) + "\n",
                            encoding="utf-8")
        print("wrote", args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
