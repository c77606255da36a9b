"""Substring-scan helpers: the spans and starts of a literal word in a text, found with ``str.find``.

:func:`word_spans` (``\\b``-bounded), :func:`bounded_spans` (not inside a longer name),
:func:`literal_starts`, :func:`iter_starts` and :func:`every_start` give what a ``re.finditer`` of the
escaped word (with its zero-width checks) gives, without compiling a regex per word; :func:`_find_spans`
is the scan they share. Split out of :mod:`polisent.segment._prefilter` (which imports them back, so
every name it exported still resolves there) to keep that module under the project's size limit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = ["bounded_spans", "every_start", "iter_starts", "literal_starts", "word_spans"]


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # the regex engine's \w for str patterns


def word_spans(t: str, word: str, pos: int, endpos: int, *, not_before: re.Pattern[str] | None = None) -> Iterator[tuple[int, int]]:
    """The spans of ``re.finditer(rf"\b{re.escape(word)}\b", t, pos, endpos)`` (with ``not_before``, of
    ``rf"\b{re.escape(word)}\b(?!{not_before.pattern})"``), found with ``str.find``: no regex compiled per word.

    >>> list(word_spans("Lee met Leeds and Lee Kim; Lee.", "Lee", 0, 31))
    [(0, 3), (18, 21), (27, 30)]
    >>> list(word_spans("Lee Kim; Lee.", "Lee", 0, 13, not_before=re.compile(r"[ \t]+[A-Z]")))
    [(9, 12)]
    """
    if not word or endpos <= 0:
        return iter(())
    return _find_spans(t, word, pos, endpos, lambda p, q: (
        (p > 0 and _is_word(t[p - 1])) != (p < endpos and _is_word(t[p]))
        and _is_word(t[q - 1]) != (q < endpos and _is_word(t[q]))
        and (not_before is None or not_before.match(t, q, endpos) is None)))


def literal_starts(t: str, sub: str) -> list[int]:
    """``[m.start() for m in re.finditer(re.escape(sub), t)]`` with ``str.find`` (non-overlapping).

    >>> literal_starts("aaaa", "aa"), literal_starts("Kim met Kim", "Kim")
    ([0, 2], [0, 8])
    """
    return list(iter_starts(t, sub))


def iter_starts(t: str, sub: str) -> Iterator[int]:
    """:func:`literal_starts`, lazily: a caller that stops at the first hit it needs does not scan the
    whole text (a name written thousands of times).

    >>> list(iter_starts("Kim met Kim", "Kim"))
    [0, 8]
    """
    if not sub:
        yield from (m.start() for m in re.finditer("", t))
        return
    yield from (p for p, _ in _find_spans(t, sub, 0, len(t), lambda p, q: True))


def every_start(t: str, sub: str, pred: Callable[[int], bool]) -> bool:
    """Whether ``sub`` occurs in ``t`` and ``pred`` holds at each occurrence's start (the
    ``bool(starts) and all(pred(s) for s in starts)`` of :func:`literal_starts`), stopping at the first
    that fails.

    >>> every_start("the Post and the Post", "Post", lambda s: s >= 4), every_start("a", "b", lambda s: True)
    (True, False)
    """
    seen = False
    for p in iter_starts(t, sub):
        if not pred(p):
            return False
        seen = True
    return seen


def _name_char(c: str) -> bool:
    return c.isalnum() or c in "_'\u2019-"


def bounded_spans(t: str, word: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int]]:
    """The spans of ``re.finditer(rf"(?<![\\w'\\u2019-]){re.escape(word)}(?![\\w'\\u2019-])", t, pos, endpos)``
    (a word not inside a longer name: "Lee" not in "Leeds" or "O'Lee-Smith"), found with ``str.find``.

    >>> list(bounded_spans("Lee, Leeds, O'Lee and Lee-Ann; Lee", "Lee"))
    [(0, 3), (31, 34)]
    """
    end = len(t) if endpos is None else min(endpos, len(t))
    if not word:
        yield from (m.span() for m in re.finditer(r"(?<![\w'\u2019-])(?![\w'\u2019-])", t, pos, end))
        return
    yield from _find_spans(t, word, pos, end, lambda p, q: not (p > 0 and _name_char(t[p - 1])) and not (q < end and _name_char(t[q])))


def _find_spans(t: str, word: str, pos: int, end: int, accept: Callable[[int, int], bool]) -> Iterator[tuple[int, int]]:
    """The spans of ``word`` in ``t[pos:end]`` that ``accept`` (start, end), left to right and not
    overlapping, as ``finditer`` of a regex that wraps ``word`` in zero-width checks finds them."""
    n, p = len(word), t.find(word, pos, end)
    while p >= 0:
        q = p + n
        ok = accept(p, q)
        if ok:
            yield p, q
        p = t.find(word, q if ok else p + 1, end)
