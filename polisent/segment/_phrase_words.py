"""Words of a phrase that no person's name is made of only (``polisent/data/phrase_words.txt``, built by
``scripts/build_common_words.py``), and the test that a capitalised run is made of them; the places that are
no person (``polisent/data/places.txt``). Split out of :mod:`polisent.segment._person_names`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["gazetteer_place", "lexical_run", "phrase_words"]

_DATA = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=1)
def phrase_words() -> frozenset[str]:
    """Words of a phrase that no person's name is made of only: written in lower case in running text
    at least 30 % of the time, less the given names of the US Census lists and every word of the
    registry's persons (``polisent/data/phrase_words.txt``, built by ``scripts/build_common_words.py``).

    >>> "cold" in phrase_words(), "mark" in phrase_words(), "moon" in phrase_words()
    (True, False, False)
    """
    text = (_DATA / "phrase_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def lexical_run(name: str) -> bool:
    """Two or more words, all in capitals or all capitalised, each a word of a phrase and none a given
    name (:func:`phrase_words`): a headline's or a label's words ("Cold Front", "Analytical Breakdown",
    "FULL STORY"), not a name ("Mark Field", "Moon Jae-in", "STEPHEN SMITH").

    >>> lexical_run("Cold Front"), lexical_run("FULL STORY"), lexical_run("Mark Field"), lexical_run("STEPHEN SMITH")
    (True, True, False, False)
    """
    words = [w.strip(".,:;'\u2019") for w in name.split()]
    if len(words) < 2 or not (all(w.isupper() for w in words) or all(w[:1].isupper() and not w[1:].isupper() for w in words)):
        return False
    lexicon = phrase_words()
    return all(w.lower() in lexicon for w in words)


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    lines = (_DATA / "places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(" ".join(x.split()).lower() for x in lines if x.strip() and not x.lstrip().startswith("#"))


def gazetteer_place(name: str) -> bool:
    """``name`` is a place of ``polisent/data/places.txt`` (cities, regions, landmarks the registry does not list).

    >>> gazetteer_place("Tel Aviv"), gazetteer_place("Golan  Heights"), gazetteer_place("Anna Berg")
    (True, True, False)
    """
    return " ".join(name.split()).lower() in _gazetteer()
