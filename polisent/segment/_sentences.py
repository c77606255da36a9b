"""Sentence and conservative clause splitting on a masked text (see :mod:`._markup`).

Everything works on ``(start, end)`` offsets into the masked view, which are offsets into
the original text. All regexes are linear; per-boundary look-arounds are bounded.

>>> t = "Prof. Smith met U.S. officials on Jan. 5. They left at 3.30 p.m. today... Then what?"
>>> [t[s:e] for s, e in split_sentences(t, 0, len(t))]
['Prof. Smith met U.S. officials on Jan. 5.', 'They left at 3.30 p.m. today...', 'Then what?']
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

__all__ = ["GLUED_WORD", "split_clauses", "split_sentences", "trim"]

logger = logging.getLogger(__name__)

#: a word glued to a sentence's end where markup was stripped: "?The U.S.", "?I have", never "?Id=4" in a link
GLUED_WORD = r"[A-Z][a-z]*[ \t,;:]"
_GLUED_AFTER = re.compile(GLUED_WORD)
#: a sentence end, its closing quotes and brackets, and a footnote mark after it ("... on March 25.[3] In November")
_TERM = re.compile(r"[.!?\u2026\u3002\uff01\uff1f]+[\"'\u201d\u2019\u00bb)\]]*(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})?")
_WORD_BEFORE = re.compile(r"[\w.'\u2019-]{1,40}\Z")
_NEXT = re.compile(r"\s*[\"'\u201c\u2018\u00ab(\[]*(\S)")
_WS_RUN = re.compile(r"\S+")
_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*")

#: Abbreviations after which a period never ends a sentence (titles, "e.g.", "No. 5").
NEVER_END = frozenset(
    """mr mrs ms dr prof gen lt col maj sgt capt cmdr adm gov sen rep rev hon fr st mt ft messrs mme mlle
    e.g i.e eg ie viz cf vs v approx ca al fig figs no nos vol vols art arts sec ch pp p pres amb supt insp
    dept est""".split()
)
#: Abbreviations that end a sentence only when a typical sentence opener follows ("in the U.S. The ...").
MAYBE_END = frozenset(
    """u.s u.k u.n e.u u.s.a u.s.s.r p.m a.m etc inc ltd co corp jr sr bros jan feb mar apr jun jul aug sep
    sept oct nov dec mon tue tues wed thu thurs fri sat sun""".split()
)
OPENERS = frozenset(
    """the this that these those it its he she they we i you there his her their our my your in on at for
    but and so yet or a an what why how when where who which if as after before meanwhile however still now
    then such some many most no not both each neither nor all one another while although though since
    because until unless once even only also indeed instead""".split()
)
SUBJECT_PRONOUNS = frozenset("i we he she they it you there nobody none everyone nothing someone one".split())
DETERMINERS = frozenset(
    "the a an his her their its our my your some many most few both each every no all such other this these those".split()
)
#: Finite verbs and auxiliaries that mark a clause (closed list; conservative on purpose).
VERBS = frozenset(
    """is are was were be been am has have had do does did will would can could may might must shall should
    remains remain remained seems seem seemed looks look wants want wanted needs need needed knows know knew
    says said say thinks think thought believes believe goes go went comes come came gets get got makes make
    made takes take took gives give gave keeps keep kept sees see saw tells tell told becomes become became
    stays stay stayed holds hold held leads lead led shows show showed means mean meant puts put leaves leave
    left finds found feels feel felt tries try tried works work worked matters matter mattered lacks lack
    expects expect expected prefers prefer preferred fears fear feared hopes hope hoped plays play played
    won't can't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't wouldn't couldn't
    shouldn't cannot""".split()
)
_SUBORDINATORS = frozenset("if unless when whenever because although though since once as until".split())
_NOT_VERBS = frozenset("this thus less unless whereas across various famous previous serious always perhaps".split())
_ADVERBS = frozenset("also still then now so even perhaps probably certainly clearly surely so far in fact".split())
_CLAUSE_CAND = re.compile(r",\s+(?=(?:but|yet|while|whereas)\s)|;\s+|:\s+")


_STRIP = " \t\r\n\f\v\u00a0\u2028\u2029\x85\u200b\ufeff"


def trim(t: str, s: int, e: int, extra: str = "") -> tuple[int, int]:
    """Shrink ``(s, e)`` past whitespace (masked markup is whitespace) and ``extra`` characters."""
    strip = _STRIP + extra if extra else _STRIP
    while s < e and (t[s] in strip or t[s].isspace()):
        s += 1
    while e > s and (t[e - 1] in strip or t[e - 1].isspace()):
        e -= 1
    return s, e


def _is_boundary(t: str, ms: int, me: int, start: int, end: int, lower_ok: bool = False) -> bool:
    term = t[ms:me]
    if term[0] in "\u3002\uff01\uff1f":
        return True
    if me < end and not t[me].isspace():
        # a question glued to its answer where markup was stripped ("... relations?I have no
        # doubt", "... conflict?The U.S. wants"): a capital, then a small letter or a space
        return ("?" in term or "!" in term) and _GLUED_AFTER.match(t, me, end) is not None \
            and "/" not in t[t.rfind(" ", max(start, ms - 200), ms) + 1:ms]
    nxt = _NEXT.match(t, me, min(end, me + 200))
    if nxt is None:
        return True  # only whitespace up to the end of the unit
    ch = nxt.group(1)
    if ch.islower() and not (lower_ok and term[0] in "?!" or lower_ok and term == "." and _lower_sentence(t, ms, start)):
        return False
    if term[0] != "." or term.startswith(".."):
        return True
    wb = _WORD_BEFORE.search(t, max(start, ms - 40), ms)
    word = wb.group().lstrip(".'\u2019-").lower() if wb else ""
    if not word:
        return True
    if word in NEVER_END:
        return False
    if len(word) == 1 and word.isalpha() and t[ms - 1].isupper():
        return False  # an initial: "George W. Bush"
    if word in MAYBE_END or ("." in word and len(word) <= 8 and all(len(p) <= 2 for p in word.split("."))):
        if ch.isdigit() and word in MAYBE_END and len(word) >= 3:
            return False  # "Jan. 5"
        tok = _TOKEN.match(t, nxt.start(1), min(end, nxt.start(1) + 40))
        return tok is not None and tok.group().lower() in OPENERS
    return True


def _cap_length(t: str, s: int, e: int, max_words: int, max_chars: int) -> Iterable[tuple[int, int]]:
    """Split a run longer than ``max_words`` words (or ``max_chars`` characters) into pieces."""
    if e - s <= max_chars and (e - s) < 2 * max_words:
        yield s, e
        return
    piece_start, n = s, 0
    for m in _WS_RUN.finditer(t, s, e):
        if n == max_words or m.end() - piece_start > max_chars:
            yield from _hard_cut(piece_start, m.start(), max_chars)
            piece_start, n = m.start(), 0
        n += 1
    if piece_start < e:
        yield from _hard_cut(piece_start, e, max_chars)


def _hard_cut(s: int, e: int, max_chars: int) -> Iterable[tuple[int, int]]:
    while e - s > max_chars:
        yield s, s + max_chars
        s += max_chars
    if e > s:
        yield s, e


def _lower_sentence(t: str, ms: int, start: int) -> bool:
    """In lower-case captions, a period ends a sentence unless it follows an abbreviation or initial."""
    wb = _WORD_BEFORE.search(t, max(start, ms - 40), ms)
    word = wb.group().lstrip(".'\u2019-").lower() if wb else ""
    return bool(word) and len(word) > 1 and word not in NEVER_END and word not in MAYBE_END and "." not in word


def split_sentences(t: str, start: int, end: int, breaks: Iterable[int] = (), *,
                    max_words: int = 400, max_chars: int = 5000, lower_case: bool = False) -> list[tuple[int, int]]:
    """Sentence spans in ``t[start:end]``, trimmed; ``breaks`` are forced boundaries (list items).

    ``lower_case`` (machine captions written without capitals): a sentence may start lower case.
    """
    cuts = [start]
    for m in _TERM.finditer(t, start, end):
        if _is_boundary(t, m.start(), m.end(), start, end, lower_case):
            cuts.append(m.end())
    cuts.extend(b for b in breaks if start < b < end)
    cuts.append(end)
    cuts.sort()
    out: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:]):
        s, e = trim(t, a, b)
        if e > s:
            out.extend(_cap_length(t, s, e, max_words, max_chars))
    return out


def _tokens(t: str, s: int, e: int, n: int) -> list[str]:
    out = []
    for m in _TOKEN.finditer(t, s, e):
        out.append(m.group())
        if len(out) >= n:
            break
    return out


def _is_clause(t: str, s: int, e: int, conj: bool, loose: bool = False) -> bool:
    """True when ``t[s:e]`` starts like an independent clause (subject, then a finite verb).

    ``loose`` (after ';' or ':') also accepts a bare noun subject ("aid promises were slow")
    and a leading subordinate clause ("if support weakens, Europe will ...").
    """
    toks = _tokens(t, s, e, 14)
    if conj and toks:
        toks = toks[1:]  # the conjunction itself
    while toks and toks[0].lower() in _ADVERBS:
        toks = toks[1:]
    if len(toks) < 2:
        return False
    first = toks[0]
    low = [x.lower().replace("\u2019", "'") for x in toks]
    if low[0] in SUBJECT_PRONOUNS:
        return True
    if loose and low[0] in _SUBORDINATORS:
        return any(x in VERBS for x in low[1:])
    if loose and first.isalpha() and any(x in VERBS for x in low[1:4]):
        return True
    if low[0] in DETERMINERS or first[0].isupper() or first[0].isdigit():
        if any(x in VERBS for x in low[1:7]):
            return True
        if first[0].isupper() and low[0] not in DETERMINERS:
            rest = [x for x in low[1:4] if x not in _ADVERBS]
            # "Germany still hesitates", "Moscow refused": a name followed by an inflected verb
            return bool(rest) and len(rest[0]) > 3 and rest[0].endswith(("s", "ed")) and rest[0] not in _NOT_VERBS
    return False


def _word_count(t: str, s: int, e: int, at_most: int = 10) -> int:
    n = 0
    for _ in _TOKEN.finditer(t, s, e):
        n += 1
        if n >= at_most:
            break
    return n


def _unbalanced(t: str, s: int, p: int) -> bool:
    """True when ``p`` lies inside parentheses or brackets opened after ``s``."""
    if p - s > 3000:
        return False
    seg = t[s:p]
    return seg.count("(") > seg.count(")") or seg.count("[") > seg.count("]")


def split_clauses(t: str, s: int, e: int, protected: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Split one sentence where it clearly joins two claims; keep it whole when in doubt.

    Splits at ", but" / ", yet" / ", while" / ", whereas", at "; " and at ": " when both sides
    are independent clauses of at least three words. Never inside ``protected`` spans (quotes)
    or parentheses.
    """
    prot = [(a, b) for a, b in protected if a < e and b > s]
    parts: list[tuple[int, int]] = []
    cur = s
    for n_cand, m in enumerate(_CLAUSE_CAND.finditer(t, s, e)):
        if n_cand >= 64:
            break  # a sentence with this many separators is a list: keep the rest whole
        p = m.start()
        if any(a <= p < b for a, b in prot):
            continue
        sep = m.group()[0]
        if sep == ":" and m.end() < e and t[m.end()] in "\"'\u201c\u2018\u00ab":
            continue  # a quote introduced by a colon stays with its speaker
        if _unbalanced(t, s, p):
            continue
        right = m.end()
        if _word_count(t, cur, p) < 3 or _word_count(t, right, e) < (3 if sep == ";" else 4):
            continue
        if not _is_clause(t, right, e, conj=(sep == ","), loose=(sep != ",")):
            continue
        parts.append((cur, p))
        cur = right
    if not parts:
        return [(s, e)]
    parts.append((cur, e))
    out = []
    for i, (a, b) in enumerate(parts):
        a, b = trim(t, a, b)
        if i < len(parts) - 1:  # drop the separator left at an internal split point
            a, b = trim(t, a, b, ",;:\u2013\u2014-")
        if b > a:
            out.append((a, b))
    return out
