"""Uncased characters every match of a pattern consumes: a test cheaper than any literal prefilter.

A hand-over's regex ("Murrett writes: \u201c...") has sixty verbs one of which every match holds
(:func:`polisent.segment._prefilter.required_literals`), sixty substring tests on a folded copy of
the span; but every match also consumes a colon, one ``str.find`` in the text itself, with no copy.
:func:`required_chars` reads the pattern's parse tree and returns the characters without case
(punctuation, digits: matched by nothing but themselves, whatever the flags) that every match
consumes; a span that lacks one of them cannot hold a match.

>>> required_chars(r"(?<![\\w'-])(?P<src>[A-Z]\\w+)[ \\t]+(?:writes|says)[ \\t]*:[ \\t]*(?=[\u201c\\"])", 0)
':'
>>> required_chars(r"(?:a:|b)c", 0), required_chars(r"(?i)\\d+%", re.IGNORECASE)
('', '%')
"""

from __future__ import annotations

import re  # noqa: F401 - the docstring examples use it

try:
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python implementations
    _sre_c = _sre_parse = None

__all__ = ["required_chars"]

#: characters too common in running text for their test to skip anything
_COMMON = frozenset(" \t\n.,'-\u2019")


def _uncased(c: int) -> str | None:
    ch = chr(c)
    return ch if ch.lower() == ch == ch.upper() and ch.casefold() == ch and ch not in _COMMON else None


def _walk(items: object, out: list[str], depth: int) -> None:
    """Adds to ``out`` the uncased characters the sequence ``items`` consumes in every match."""
    if depth > 40:
        return
    c = _sre_c
    for op, av in items:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            ch = _uncased(av)  # type: ignore[arg-type]
        elif op is c.IN and len(av) == 1 and av[0][0] is c.LITERAL:  # type: ignore[arg-type,index]
            ch = _uncased(av[0][1])  # type: ignore[index]
        else:
            ch = None
            if op is c.SUBPATTERN:
                _walk(av[3], out, depth + 1)  # type: ignore[index]
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index,operator]
                _walk(av[2], out, depth + 1)  # type: ignore[index]
            # (a branch, an optional part, a lookaround, anything else: nothing it consumes is sure)
        if ch is not None and ch not in out:
            out.append(ch)


def required_chars(pattern: str, flags: int) -> str:
    """The uncased characters, other than the commonest, that every match of ``pattern`` consumes (a
    match lies where the span holds each of them); "" when it has none or the parser is missing."""
    if _sre_parse is None:
        return ""
    try:
        tree = _sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - the compiled pattern is the judge: no test is built
        return ""
    out: list[str] = []
    _walk(tree, out, 0)
    return "".join(out)
