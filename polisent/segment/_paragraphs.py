"""How a text's lines group into paragraphs and units: a line that ends a sentence
(:data:`_SENT_END`), a heading-like line that a cue gap after it breaks off
(:func:`_heading_like`), a question that runs on over a caption's next cues
(:func:`_asks_over_lines`) and a page copied with one paragraph per line (:func:`_line_paragraphs`,
a turn label alone on its line staying with its talk). Split out of
:mod:`polisent.segment._structure`, whose :func:`~polisent.segment._structure.build_units` applies them."""

from __future__ import annotations

import re

from polisent.segment._labels import _label_of
from polisent.segment._units import _QMARK_END, _WORD

__all__ = ["_SENT_END", "_asks_over_lines", "_heading_like", "_line_paragraphs"]

_SENT_END = re.compile(r"[.?!\u2026][\"'\u201d\u2019)\]]?\Z")


def _heading_like(t: str, fs: int, le: int) -> bool:
    """A line that ends a sentence or reads as a heading (Title Case or CAPS words): a cue gap after it is a break."""
    line = t[fs:le].rstrip()
    if not line or line[-1] in ".!?:\u2026\"\u201d'\u2019)":
        return True
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and len(line.split()) <= 12 and all(w[0].isupper() for w in words)


def _asks_over_lines(t: str, spans: list[tuple[int, int]], p: list[int], k: int, reach: int = 2) -> bool:
    """The sentence that starts on line ``p[k]`` runs on over at most ``reach`` lines that open in
    lower case and ends with a question mark there (a caption's question cut across cues)."""
    for j in range(k + 1, min(len(p), k + 1 + reach)):
        fs, le = spans[p[j]]
        if le <= fs or not t[fs].islower():
            return False
        if _SENT_END.search(t, max(fs, le - 3), le):
            return _QMARK_END.search(t, max(fs, le - 12), le) is not None
    return False


def _line_paragraphs(t: str, spans: list[tuple[int, int]], paras: list[list[int]], sub_from: int) -> list[list[int]]:
    """A page copied with single line breaks writes one paragraph per line: a block of three lines
    or more with at least two paragraph-long lines (120 characters or more, a third of its lines,
    most of them ending a sentence) is one paragraph per line. Hard-wrapped text (lines of 60-90
    characters) and captions stay blocks."""
    out: list[list[int]] = []
    for p in paras:
        if len(p) >= 3 and p[0] < sub_from:
            long = [i for i in p if spans[i][1] - spans[i][0] >= 120]
            ends = sum(_SENT_END.search(t, max(spans[i][0], spans[i][1] - 3), spans[i][1]) is not None for i in long)
            if len(long) >= 2 and len(long) * 3 >= len(p) and ends * 2 >= len(long):
                for i in p:  # a turn label alone on its line ("John Milewski:") stays with its talk
                    if out and out[-1] and out[-1][-1] == i - 1 and _alone_label(t, *spans[i - 1]):
                        out[-1].append(i)
                    else:
                        out.append([i])
                continue
        out.append(p)
    return out


def _alone_label(t: str, fs: int, le: int) -> bool:
    """A turn label alone on its line: "John Milewski:", "JM:"."""
    if le - fs > 60 or not t[fs:le].rstrip().endswith(":"):
        return False
    lab = _label_of(t, fs, le)
    return lab is not None and not _WORD.search(t, lab[2], le)
