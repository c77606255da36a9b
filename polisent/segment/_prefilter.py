"""Literal prefilters for regex rules: strings one of which every match must contain.

A rule's regex is searched in every line of every document, and Python's regex engine gives up its
fast literal scan for case-insensitive patterns and for patterns that open with ``\\b``: most of the
clutter pass went into failed searches. :func:`required_literals` reads a pattern's parse tree and
returns literals at least one of which any match contains (or None when it cannot tell); a line
without any of them is skipped by a C-level substring test, and the regex runs only on the lines
that pass. The filter never changes a result: it only skips searches that cannot match.

Case-insensitive patterns are tested against :func:`fold`, the text with every character that
``re.IGNORECASE`` matches to an ASCII letter replaced by that letter (``"İ"``, ``"ı"``, ``"ſ"`` and
the Kelvin sign included); literals with other cased characters are not used.

>>> required_literals(r"\\bcomments?[ \\t]+polic(?:y|ies)\\b", re.IGNORECASE)
('comment',)
>>> required_literals(r"\\((?:photo|image)[ \\t]+by\\b", re.IGNORECASE)
('image', 'photo')
>>> required_literals(r"^(?:photo|image)", re.IGNORECASE) is None  # anchored: one position tried anyway
True
>>> passes(('comment',), fold("COMMENTS POLICY"))
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from polisent.segment._prefilter_spans import (  # noqa: F401
    _find_spans,
    _is_word,
    bounded_spans,
    every_start,
    iter_starts,
    literal_starts,
    word_spans,
)
from polisent.segment._required_chars import required_chars

try:  # the regex parser (re._parser since Python 3.11); without it no prefilter is built
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python implementations
    _sre_parse = _sre_c = None
else:
    ASSERT, ASSERT_NOT, AT, AT_BEGINNING, BRANCH = _sre_c.ASSERT, _sre_c.ASSERT_NOT, _sre_c.AT, _sre_c.AT_BEGINNING, _sre_c.BRANCH
    LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN = _sre_c.LITERAL, _sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.SUBPATTERN
    IN, RANGE = _sre_c.IN, _sre_c.RANGE
    _ATOMIC = {getattr(_sre_c, "ATOMIC_GROUP")} if hasattr(_sre_c, "ATOMIC_GROUP") else set()
    _POSSESSIVE = {getattr(_sre_c, "POSSESSIVE_REPEAT")} if hasattr(_sre_c, "POSSESSIVE_REPEAT") else set()

__all__ = ["Guarded", "bounded_spans", "every_start", "first_chars", "fold", "iter_starts", "lead_guarded", "literal_starts", "passes",
           "required_literals", "top_branches", "word_spans"]

#: a literal set is worth testing only when its shortest string has this many characters
MIN_LENGTH = 2
#: and when it has at most this many strings (each is one substring test per line)
MAX_STRINGS = 64

#: every character that ``re.IGNORECASE`` (str patterns) matches to an ASCII letter, mapped to that
#: letter (tests/test_segment_prefilter.py checks this table against the regex engine over all of Unicode)
_FOLD = {**{c: c + 32 for c in range(65, 91)}, 0x130: ord("i"), 0x131: ord("i"), 0x17F: ord("s"), 0x212A: ord("k")}


#: the characters whose ``str.lower()`` is not what a case-insensitive regex reads them as
_LOWER_DIFFERS = ("\u0130", "\u0131", "\u017f")


def fold(s: str) -> str:
    """``s`` lower-cased as a case-insensitive regex reads it, as far as ASCII letters go: every
    character that ``re.IGNORECASE`` matches to an ASCII letter becomes that lower-case letter.

    >>> fold("KILIÇDAROĞLU said ſo")
    'kiliçdaroğlu said so'
    """
    for c in _LOWER_DIFFERS:
        if c in s:
            return s.translate(_FOLD).lower()
    return s.lower()


def passes(literals: Sequence[str], s: str) -> bool:
    """Whether ``s`` holds one of ``literals`` (``s`` folded for a case-insensitive rule)."""
    for lit in literals:
        if lit in s:
            return True
    return False


def _lit_char(c: int, icase: bool) -> str | None:
    ch = chr(c)
    if not icase:
        return ch
    if c < 128:
        return ch.lower()
    return ch if ch.lower() == ch and ch.upper() == ch else None  # an uncased character matches only itself


def _best(cands: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    good = [c for c in cands if c and len(c) <= MAX_STRINGS and min(map(len, c)) >= MIN_LENGTH]
    if not good:
        return None
    return max(good, key=lambda c: (min(map(len, c)), -len(c)))


#: scoped flags a group may set without changing what its literals match (case aside)
_NEUTRAL_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.UNICODE


def _seq(items: object, icase: bool, depth: int, folded: bool = False) -> tuple[str, ...] | None:
    """Literals one of which every match of the sequence ``items`` contains, or None (``folded``: every
    part read as case-insensitive, see :func:`required_literals`)."""
    if depth > 40:
        return None
    cands: list[tuple[str, ...]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            cands.append(("".join(run),))
            run.clear()

    for op, av in items:  # type: ignore[attr-defined]
        if op is LITERAL:
            ch = _lit_char(av, icase)
            if ch is None:
                flush()
            else:
                run.append(ch)
            continue
        flush()
        sub: tuple[str, ...] | None = None
        if op is SUBPATTERN:
            _group, add_flags, del_flags, p = av
            if not (add_flags | del_flags) & ~_NEUTRAL_FLAGS:  # "(?i:...)": the group's own case rule
                inner = folded or (icase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
                sub = _seq(p, inner, depth + 1, folded)
        elif op in _ATOMIC:
            sub = _seq(av, icase, depth + 1, folded)
        elif op is BRANCH:
            parts = [_seq(b, icase, depth + 1, folded) for b in av[1]]
            if parts and all(p is not None for p in parts):
                sub = tuple(sorted({x for p in parts for x in p}))  # type: ignore[union-attr]
        elif op in (MAX_REPEAT, MIN_REPEAT) or op in _POSSESSIVE:
            lo, _hi, p = av
            if lo >= 1:
                sub = _seq(p, icase, depth + 1, folded)
        elif op in (AT, ASSERT, ASSERT_NOT):
            continue  # zero-width: nothing required, the literal run ends (flushed above)
        if sub is not None:
            cands.append(sub)
    flush()
    return _best(cands)


def _parse(pattern: str, flags: int) -> object | None:
    """The regex parser's tree of ``pattern``, or None (no parser here, or a pattern it refuses: the
    compiled pattern is the judge, and no filter is built)."""
    if _sre_parse is None:
        return None
    try:
        return _sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001
        return None


def _anchored(tree: object) -> bool:
    """The pattern opens with ``^`` (no MULTILINE): the engine tries the first position only."""
    return bool(len(tree)) and tree[0][0] is AT and tree[0][1] is AT_BEGINNING  # type: ignore[arg-type,index]


def required_literals(pattern: str, flags: int, *, folded: bool = False) -> tuple[str, ...] | None:
    """Literals one of which every match of ``pattern`` contains, or None when the pattern gives no
    such set worth testing. They are lower-case and tested against :func:`fold`-ed text when
    ``flags`` has ``re.IGNORECASE`` or ``folded`` is set (then every part of the pattern, whatever its
    case rule, is read as a case-insensitive one: a looser but still safe test, on one folded text)."""
    tree = _parse(pattern, flags)
    if tree is None or _anchored(tree):
        return None  # (anchored at the start: the engine tries one position only, cheaper than any filter)
    if tree.state.flags & re.LOCALE or (not folded and (tree.state.flags & re.IGNORECASE) != (flags & re.IGNORECASE)):
        return None  # an inline global flag changed the case rule: keep it simple
    out = _seq(tree, folded or bool(flags & re.IGNORECASE), 0, folded)
    return tuple(sorted(set(out))) if out is not None else None


def _first(items: object, icase: bool, depth: int) -> frozenset[str] | None:
    """The characters a match of the sequence ``items`` can open with (folded), or None for any."""
    if depth > 40 or not items:  # type: ignore[truthy-bool]
        return None
    op, av = items[0]  # type: ignore[index]
    if op is LITERAL:
        ch = _lit_char(av, icase)
        return frozenset((ch,)) if ch is not None else None
    if op is IN:
        out: set[str] = set()
        for iop, iav in av:
            if iop is LITERAL:
                ch = _lit_char(iav, icase)
                if ch is None:
                    return None
                out.add(ch)
            elif iop is RANGE and iav[1] - iav[0] < 64:
                for c in range(iav[0], iav[1] + 1):
                    ch = _lit_char(c, icase)
                    if ch is None:
                        return None
                    out.add(ch)
            else:
                return None  # a category, a negated set, a wide range
        return frozenset(out)
    if op is SUBPATTERN:
        _group, add_flags, del_flags, p = av
        return _first(list(p) + list(items[1:]), icase, depth + 1) if not add_flags and not del_flags else None  # type: ignore[index]
    if op is BRANCH:
        parts = [_first(list(b) + list(items[1:]), icase, depth + 1) for b in av[1]]  # type: ignore[index]
        return frozenset().union(*parts) if parts and all(p is not None for p in parts) else None  # type: ignore[arg-type]
    if op in (MAX_REPEAT, MIN_REPEAT) or op in _POSSESSIVE:
        lo, _hi, p = av
        head = _first(list(p), icase, depth + 1)
        if head is None:
            return None
        if lo >= 1:
            return head
        rest = _first(list(items[1:]), icase, depth + 1)  # type: ignore[index]
        return head | rest if rest is not None else None
    return None  # an anchor, a lookaround, a group reference: no claim


def first_chars(pattern: str, flags: int) -> frozenset[str] | None:
    """For a pattern anchored at the start (``^...``, no MULTILINE), the characters its match can open
    with (lower-case for a case-insensitive pattern: compare with :func:`fold` of the line's first
    character), or None when it cannot tell.

    >>> sorted(first_chars(r"^(?:photo|image)[ \\t]+by", re.IGNORECASE))
    ['i', 'p']
    >>> first_chars(r"^\\W*listen", re.IGNORECASE) is None
    True
    """
    tree = None if flags & re.MULTILINE else _parse(pattern, flags)
    if tree is None or not _anchored(tree):
        return None
    if tree.state.flags & (re.VERBOSE | re.LOCALE | re.ASCII | re.MULTILINE) or (tree.state.flags & re.IGNORECASE) != (flags & re.IGNORECASE):
        return None
    return _first(list(tree)[1:], bool(flags & re.IGNORECASE), 0)


#: the class escapes of the parser's categories
_CATEGORY_CLASS = ({getattr(_sre_c, "CATEGORY_" + k): v for k, v in (("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("SPACE", r"\s"),
                                                                       ("NOT_SPACE", r"\S"), ("WORD", r"\w"), ("NOT_WORD", r"\W"))}
                   if _sre_c is not None else {})
_ANY = None  # (a lead set that can be any character)


def _lead_item(op: object, av: object, depth: int) -> tuple[frozenset[str] | None, bool]:
    """The class items (regex source) one of which the first character an item consumes matches, read
    case-insensitively, or None for any; and whether the item can consume nothing."""
    if op is LITERAL:
        return frozenset((f"\\U{av:08x}",)), False
    if op is IN:
        out: set[str] = set()
        for iop, iav in av:  # type: ignore[attr-defined]
            if iop is LITERAL:
                out.add(f"\\U{iav:08x}")
            elif iop is RANGE:
                out.add(f"\\U{iav[0]:08x}-\\U{iav[1]:08x}")
            elif iop is _sre_c.CATEGORY and iav in _CATEGORY_CLASS:
                out.add(_CATEGORY_CLASS[iav])
            else:
                return _ANY, False  # a negated set, another category
        return frozenset(out), False
    if op in (AT, ASSERT, ASSERT_NOT):
        return frozenset(), True  # zero-width: the first character comes after it
    if op is SUBPATTERN:
        _group, add_flags, del_flags, p = av  # type: ignore[misc]
        if (add_flags | del_flags) & ~_NEUTRAL_FLAGS:
            return _ANY, True
        return _lead_seq(p, depth + 1)
    if op in _ATOMIC:
        return _lead_seq(av, depth + 1)
    if op is BRANCH:
        acc: set[str] = set()
        empty = False
        for b in av[1]:  # type: ignore[index]
            got, e = _lead_seq(b, depth + 1)
            if got is None:
                return _ANY, True
            acc |= got
            empty = empty or e
        return frozenset(acc), empty
    if op in (MAX_REPEAT, MIN_REPEAT) or op in _POSSESSIVE:
        lo, hi, p = av  # type: ignore[misc]
        if hi == 0:
            return frozenset(), True
        got, e = _lead_seq(p, depth + 1)
        return got, e or lo == 0
    return _ANY, True  # any character, a group reference, a conditional: no claim


def _lead_seq(items: object, depth: int) -> tuple[frozenset[str] | None, bool]:
    if depth > 40:
        return _ANY, True
    acc: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        got, empty = _lead_item(op, av, depth)
        if got is None:
            return _ANY, True
        acc |= got
        if not empty:
            return frozenset(acc), False
    return frozenset(acc), True


_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


def lead_guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a lookahead for the characters its matches can open with (read case-insensitively:
    a looser test, never a stricter one), or ``rx`` itself when that cannot be told (a match may be
    empty or open with any character). The lookahead consumes nothing and every match satisfies it,
    so the guarded pattern matches exactly where ``rx`` does, with the same groups; it only lets the
    engine skip, one character test each, the positions where ``rx`` would try its alternatives in
    vain (a pattern that opens with ``\\b`` or a case-insensitive alternation gets no fast scan).

    >>> lead_guarded(re.compile(r"\\b(?i:welcome|hello)")).pattern
    '(?=(?i:[\\\\U00000068\\\\U00000077]))(?:\\\\b(?i:welcome|hello))'
    >>> lead_guarded(re.compile(r"(?i)\\bwelcome|hello")).pattern  # (global flags stay first)
    '(?i)(?=(?i:[\\\\U00000068\\\\U00000077]))(?:\\\\bwelcome|hello)'
    >>> lead_guarded(re.compile(r"\\b\\w*")).pattern  # may be empty: no guard
    '\\\\b\\\\w*'
    """
    if not isinstance(rx.pattern, str):
        return rx
    tree = _parse(rx.pattern, rx.flags)
    if tree is None or tree.state.flags & (re.LOCALE | re.VERBOSE):
        return rx
    got, empty = _lead_seq(tree, 0)
    if got is None or empty or not got:
        return rx
    flags = _GLOBAL_FLAGS.match(rx.pattern)  # (global flags stay first: "(?i)(?=...)...")
    cut = flags.end() if flags is not None else 0
    try:
        # (the rest in a group: the lookahead is for every branch of a top-level alternation)
        out = re.compile(rx.pattern[:cut] + "(?=(?i:[" + "".join(sorted(got)) + "]))(?:" + rx.pattern[cut:] + ")", rx.flags)
    except re.error:  # pragma: no cover - the body as written compiles
        return rx
    return out if out.groupindex == rx.groupindex and out.groups == rx.groups else rx


class Guarded:
    """A regex searched only where the text holds one of the literals every match holds (:func:`required_literals`,
    read with ``folded``: tested in :func:`fold` of the span searched). ``search`` and ``finditer`` give what the
    regex's own give; they only skip the engine where no match can be (a match lies inside ``t[pos:endpos]``; the
    literals come from the characters it consumes, never from a lookaround).

    >>> g = Guarded(re.compile(r"\\b(?:says|told)[ \\t]+\\w+"))
    >>> g.literals, g.search("Anna says no") is not None, g.search("Anna SAYS no"), list(g.finditer("no cue"))
    (('says', 'told'), True, None, [])
    """

    __slots__ = ("chars", "literals", "rx")

    def __init__(self, rx: re.Pattern[str], *, lead: bool = False) -> None:
        """``lead``: search ``rx`` with the lookahead of :func:`lead_guarded` (for a pattern that opens with ``\\b``
        or a case-insensitive alternation, which the engine tries at every position)."""
        self.rx = lead_guarded(rx) if lead else rx
        self.literals = required_literals(rx.pattern, rx.flags, folded=True) if isinstance(rx.pattern, str) else None
        #: uncased characters every match consumes (tested first, in the text itself: see _required_chars)
        self.chars = required_chars(rx.pattern, rx.flags) if isinstance(rx.pattern, str) else ""

    def may_match(self, t: str, pos: int = 0, endpos: int | None = None, folded: str | None = None) -> bool:
        """Whether ``t[pos:endpos]`` holds each of the characters and one of the literals (True when the regex has
        none); ``folded``: that span already folded, when several scans share it."""
        lits = self.literals
        if lits is None and not self.chars:
            return True
        n = len(t)
        start, end = max(pos, 0), n if endpos is None or endpos > n else max(endpos, 0)
        for c in self.chars:  # (uncased: the same in the folded span)
            if (t.find(c, start, end) if folded is None else folded.find(c)) < 0:
                return False
        if lits is None:
            return True
        if folded is None:
            folded = fold(t[start:end])
        return passes(lits, folded)

    def search(self, t: str, pos: int = 0, endpos: int | None = None, folded: str | None = None) -> re.Match[str] | None:
        if not self.may_match(t, pos, endpos, folded):
            return None
        return self.rx.search(t, pos) if endpos is None else self.rx.search(t, pos, endpos)

    def finditer(self, t: str, pos: int = 0, endpos: int | None = None, folded: str | None = None) -> Iterator[re.Match[str]]:
        if not self.may_match(t, pos, endpos, folded):
            return iter(())
        return self.rx.finditer(t, pos) if endpos is None else self.rx.finditer(t, pos, endpos)


def top_branches(rx: re.Pattern[str]) -> list[re.Pattern[str]]:
    """The branches of ``rx``'s top-level alternation, each compiled with ``rx``'s flags (``[rx]`` when it has none,
    or when they cannot be told apart safely: global inline flags, a parse that disagrees). ``rx`` matches
    somewhere in a text exactly where one of them does: a test of whether it matches at all may search them
    one by one, each with its own prefilter.

    >>> [b.pattern for b in top_branches(re.compile(r"\\[(?:a|b)\\]|[|]x|(?:^|\\s)>>", re.I))]
    ['\\\\[(?:a|b)\\\\]', '[|]x', '(?:^|\\\\s)>>']
    """
    pattern = rx.pattern
    tree = _parse(pattern, rx.flags) if isinstance(pattern, str) else None
    if tree is None or _GLOBAL_FLAGS.match(pattern) or len(tree) != 1 or tree[0][0] is not BRANCH:  # type: ignore[arg-type,index]
        return [rx]
    parts: list[str] = []
    depth, start, i, n = 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: to its closing bracket ("[]...]" and "[^]...]" hold a literal one)
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    try:
        out = [re.compile(p, rx.flags) for p in parts]
    except re.error:
        return [rx]
    return out if len(out) == len(tree[0][1][1]) and not any(b.groups for b in out) else [rx]  # type: ignore[index]
