"""Hedge, condition, negation and reported-view cues inside one claim, and its certainty.

Certainty is the product of ``1 - weight`` over the claim's own hedge and condition cues
(cues inside a reported view belong to someone else and are dropped), so a flat statement
has certainty 1, "likely" alone 0.75, "if ..., probably ..." 0.7 x 0.75 = 0.525.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from polisent.records import Cue, CueKind
from polisent.segment._lexicon import CueFamily, CueLexicon, _norm_phrase
from polisent.segment._sentences import VERBS, trim

__all__ = ["certainty", "find_cues", "phrase_matches"]

logger = logging.getLogger(__name__)

_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*")
_CLAUSE_END = re.compile(r"[,;:\u2013\u2014]|\s-\s")
_FIRST_PERSON = frozenset("i we my our me us i'm i've we're we've i'd".split())
_QUOTE_OPEN = "\"\u201c\u00ab"
_NEG_WORD = re.compile(r"\bnot\b|\w+n['\u2019]t\b", re.IGNORECASE)
_RELATIVE = frozenset("that who which whom whose".split())


def certainty(cues: Sequence[Cue]) -> float:
    """``prod(1 - weight)`` over hedge and condition cues, rounded to 4 places.

    >>> certainty([Cue(0, 6, "likely", CueKind.HEDGE, "likely", 0.25)])
    0.75
    """
    c = 1.0
    for q in cues:
        if q.kind in (CueKind.HEDGE, CueKind.CONDITION):
            c *= 1.0 - q.weight
    return round(min(1.0, max(0.0, c)), 4)


def _after_first_person(t: str, cs: int, pos: int) -> bool:
    toks = [m.group() for m in _TOKEN.finditer(t, max(cs, pos - 40), pos)][-3:]
    # "US" (the country) is not "us"; "I" is always the speaker
    return any(x == "I" or (not x.isupper() and x.lower().replace("\u2019", "'") in _FIRST_PERSON) for x in toks)


def _after_relative(t: str, cs: int, pos: int) -> bool:
    """True when a negation sits in a relative clause: "a partner that does not lecture"."""
    toks = [m for m in _TOKEN.finditer(t, max(cs, pos - 30), pos)][-2:]
    # lower-case and not claim-initial: "That may not last" is a main clause
    return any(m.group() in _RELATIVE and t[cs:m.start()].strip() != "" for m in toks)


def _complement_end(t: str, s: int, e: int) -> int:
    """End of a "that ..." complement: before the outer clause's verb, a comma, or the end."""
    seen_verb = False
    last = s
    quote_end = -1
    for m in _TOKEN.finditer(t, s, e):
        if m.start() < quote_end:
            continue  # inside a quotation that belongs to the complement
        gap = t[last:m.start()]
        if seen_verb and any(ch in gap for ch in ",;:"):
            return last
        opened = next((q for q in _QUOTE_OPEN if q in gap), None)
        if opened is not None:
            close = {"\u201c": "\u201d", "\u00ab": "\u00bb"}.get(opened, '"')
            j = t.find(close, m.start(), e)
            if j != -1:
                quote_end = last = j + 1
                continue
        if m.group().lower().replace("\u2019", "'") in VERBS:
            if seen_verb:
                return last
            seen_verb = True
        last = m.end()
    return min(e, max(last, s))


def _span(t: str, fam: CueFamily, ms: int, me: int, cs: int, ce: int) -> tuple[int, int]:
    if fam.span == "clause":
        m = _CLAUSE_END.search(t, me, ce)
        end = m.start() if m else ce
        return ms, end
    if fam.span == "to_end":
        return ms, ce
    if fam.span == "claim":
        return cs, ce
    if fam.span == "complement":
        return ms, _complement_end(t, me, ce)
    return ms, me


def _quote_spans(t: str, cs: int, ce: int, quotes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for a, b in quotes:
        a, b = max(a, cs), min(b, ce)
        if b > a and len(_TOKEN.findall(t, a, b)) >= 2:
            out.append((a, b))
    return out


def phrase_matches(t: str, s: int, e: int, lex: CueLexicon, lower: str | None = None) -> list[tuple[int, int, str]]:
    """Every lexicon phrase or trigger in ``t[s:e]`` as ``(start, end, normalised phrase)``.

    ``lower`` is ``t.lower()`` when that has the same length as ``t`` (a faster, case-sensitive
    search on it gives the same matches).
    """
    if lex.phrase_rx is None:
        return []
    rx, src = (lex.phrase_rx_lower, lower) if lower is not None and lex.phrase_rx_lower is not None else (lex.phrase_rx, t)
    out = []
    for m in rx.finditer(src, s, e):
        g = m.group().lower()
        if " " in g or "\u2019" in g or len(g) != len(g.strip()) or "\n" in g or "\t" in g:
            g = _norm_phrase(g)
        out.append((m.start(), m.end(), g))
    return out


def _clause_start(t: str, cs: int, ms: int) -> bool:
    before = t[max(cs, ms - 4):ms].rstrip()
    return ms == cs or not t[cs:ms].strip(" \"'\u201c\u2018(") or (before != "" and before[-1] in ",;:\u2013\u2014")


def find_cues(text: str, t: str, cs: int, ce: int, lex: CueLexicon,
              matches: Sequence[tuple[int, int, str]] = (), quotes: Sequence[tuple[int, int]] = ()) -> tuple[Cue, ...]:
    """Cues in the claim ``t[cs:ce]`` (``t`` is the masked view; cue text comes from ``text``).

    ``matches`` are the :func:`phrase_matches` that lie inside the claim.
    """
    found: list[tuple[int, int, CueKind, str, float]] = []
    for ms, me, key in matches:
        fam = lex.phrase_family.get(key)
        if fam is not None and fam.kind is not None:
            if key not in lex.capitalised and t[ms].isupper() and not _clause_start(t, cs, ms):
                fam = None  # "Theresa May", "in May"
            elif fam.not_after_first_person and _after_first_person(t, cs, ms):
                fam = None
            elif fam.kind is CueKind.NEGATION and _after_relative(t, cs, ms):
                fam = None
            if fam is not None:
                a, b = _span(t, fam, ms, me, cs, ce)
                found.append((a, b, fam.kind, key, fam.weight))
                if fam.negates:
                    neg = _NEG_WORD.search(t, ms, me)
                    if neg is not None:
                        found.append((neg.start(), neg.end(), CueKind.NEGATION, key, 0.0))
        for tf in lex.triggers.get(key, ()):
            if tf.kind is None or (tf.at_clause_start and not _clause_start(t, cs, ms)):
                continue
            if tf.not_after_first_person and _after_first_person(t, cs, ms):
                continue
            for rx in tf.patterns:
                m = rx.match(t, ms, ce)
                if m is not None and m.end() > ms:
                    a, b = _span(t, tf, ms, m.end(), cs, ce)
                    found.append((a, b, tf.kind, _norm_phrase(m.group())[:60], tf.weight))
                    break
    for fam in lex.searched:
        for rx in fam.patterns:
            for m in rx.finditer(t, cs, ce):
                ms = m.start()
                if m.end() <= ms or (fam.at_clause_start and not _clause_start(t, cs, ms)):
                    continue
                if fam.not_after_first_person and _after_first_person(t, cs, ms):
                    continue
                a, b = _span(t, fam, ms, m.end(), cs, ce)
                found.append((a, b, fam.kind, _norm_phrase(m.group())[:60], fam.weight))
    for a, b in _quote_spans(t, cs, ce, quotes):
        found.append((a, b, CueKind.REPORTED, "quote", 0.0))
    if not found:
        return ()
    reported = [(a, b) for a, b, k, *_ in found if k is CueKind.REPORTED]
    conditions = [(a, b) for a, b, k, *_ in found if k is CueKind.CONDITION]
    out: list[Cue] = []
    seen: set[tuple[int, int, CueKind]] = set()
    for a, b, kind, lexeme, w in sorted(found, key=lambda x: (x[0], -x[1])):
        a, b = trim(t, a, b, ",;:")
        if b <= a or (a, b, kind) in seen:
            continue
        if any(ra <= a and b <= rb and (ra, rb) != (a, b) for ra, rb in reported):
            continue  # someone else's hedge, negation or nested quote
        if kind is CueKind.NEGATION and any(ca <= a and b <= cb for ca, cb in conditions):
            continue  # negation inside an if-clause is not the main predicate's
        seen.add((a, b, kind))
        out.append(Cue(a, b, text[a:b], kind, lexeme, w))
    return tuple(out)
