"""A page's furniture on one line: the clutter rule a whole line matches (:func:`_clutter`), and a
line cut into furniture and text where a glued rule matches between its sentences
(:func:`_glued_pieces`). Split out of :mod:`polisent.segment._structure`, whose
:func:`~polisent.segment._structure.build_units` applies them."""

from __future__ import annotations

from bisect import bisect_left
import re
from collections.abc import Sequence

from polisent.segment._lexicon import ClutterRule
from polisent.segment._paragraphs import _SENT_END
from polisent.segment._prefilter import fold, passes
from polisent.segment._sentences import trim

__all__ = ["_clutter", "_find_all", "_glued_pieces", "sentences_clutter"]

_AFTER_SENTENCE = frozenset(".!?:;\"'\u201d\u2019)]|\u00bb\u2026")
_TEXT_START = re.compile(r"[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f]")


def _find_all(s: str, sub: str) -> list[int]:
    out, i = [], s.find(sub)
    while i >= 0:
        out.append(i)
        i = s.find(sub, i + 1)
    return out


class _Line:
    """A line and, made on first use, its folded form: whether a rule's literals allow a match in it
    (:mod:`polisent.segment._prefilter`; a rule whose literals the line lacks cannot match)."""

    __slots__ = ("s", "folded")

    def __init__(self, s: str) -> None:
        self.s, self.folded = s, None

    def may_match(self, r: ClutterRule) -> bool:
        if r.required is None:
            return True
        if not r.folds:
            return passes(r.required, self.s)
        if self.folded is None:
            self.folded = fold(self.s)
        return passes(r.required, self.folded)


def _glued_pieces(t: str, fs: int, le: int, glued: Sequence[ClutterRule], rules: Sequence[ClutterRule], para: int,
                  n_paras: int) -> list[tuple[int, int, ClutterRule | None]] | None:
    """A line cut into furniture and text where ``glued`` rules match between sentences.

    A match counts only at a sentence boundary: at the line start or after a sentence end, and
    followed by the line end or a new sentence, so "The advertisement was banned" is text. Text
    pieces that a line rule calls clutter are clutter too; None when no furniture is glued to at
    least four words of text (the line rules decide about the whole line then), unless the line
    is cut into several pieces and no word of text is left (the whole line is furniture, piece by piece).
    """
    line = _Line(t[fs:le])
    tried = [r for r in glued if line.may_match(r)]
    found = sorted(((m.start(), m.end(), r) for r in tried for m in r.pattern.finditer(t, fs, le) if m.end() > m.start()),
                   key=lambda c: (c[0], -c[1]))
    cuts: list[tuple[int, int, ClutterRule]] = []
    for a, b, r in found:
        j = a - 1
        while j >= fs and t[j].isspace():
            j -= 1
        # at the line start, after a sentence end, or right after other furniture ("Share this article Read more:")
        if j >= fs and t[j] not in _AFTER_SENTENCE and not (cuts and cuts[-1][1] == j + 1):
            continue
        j = b
        while j < le and t[j].isspace():
            j += 1
        if j < le and not _TEXT_START.match(t, j, le):
            continue
        if not cuts or a >= cuts[-1][1]:
            cuts.append((a, b, r))
    if not cuts:
        return None
    pieces: list[tuple[int, int, ClutterRule | None]] = []
    pos = fs
    for a, b, r in cuts:
        if a < pos:
            continue
        if t[pos:a].strip():
            pieces.append((*trim(t, pos, a), None))
        pieces.append((a, b, r))
        pos = b
    if t[pos:le].strip():
        pieces.append((*trim(t, pos, le), None))
    out: list[tuple[int, int, ClutterRule | None]] = []
    n_text = 0
    for a, b, r in pieces:
        if r is None:
            plain = " ".join(t[a:b].split())
            r = _clutter(rules, plain, para, n_paras)
            if r is None and out and out[-1][2] is not None and not _SENT_END.search(plain[-3:]) and plain.count(" ") < 25:
                r = out[-1][2]  # "Read more: The long road to peace": the title of the link, not a sentence (nor a
                # long passage that an excerpt's end cut off mid-sentence)
            if r is None:
                n_text += plain.count(" ") + 1
        out.append((a, b, r))
    # (a line cut into several pieces, all furniture, is furniture; a few words left over may belong to it, as a
    # link's title after "Read more:", and a line one glued rule matches whole is left to the line rules: they
    # decide about those lines whole)
    return out if n_text >= 4 or (n_text == 0 and len(out) > 1) else None


#: the paragraphs a "head" rule looks at (7 reads "**Noon Briefing Guests" and an interviewee's name
#: over an AI summary as bylines: tried in the twenty-fourth pass, not kept)
_HEAD_PARAS = 5


#: (rules, {(word-count bucket, head, tail, first, first character): the rules that apply to such a line},
#: the rules' sorted max_words) per rule set in use
_ELIGIBLE: dict[int, tuple[Sequence[ClutterRule], dict[tuple[int, bool, bool, bool, str], tuple[ClutterRule, ...]], list[int]]] = {}


def _eligible(rules: Sequence[ClutterRule], n_words: int, para: int, n_paras: int, first: bool, c0: str) -> tuple[ClutterRule, ...]:
    """The line rules that may apply to a line of ``n_words`` words in paragraph ``para`` that opens
    with ``c0`` (in order; cached): a rule anchored at the line start whose match cannot open with
    ``c0`` is left out."""
    head, tail = para < _HEAD_PARAS, para >= n_paras - 5
    entry = _ELIGIBLE.get(id(rules))
    if entry is None or entry[0] is not rules:
        if len(_ELIGIBLE) > 16:
            _ELIGIBLE.clear()
        entry = _ELIGIBLE[id(rules)] = (rules, {}, sorted({r.max_words for r in rules}))
    # lines whose word counts fall between the same two rules' max_words have the same rules: one entry
    key = (bisect_left(entry[2], n_words), head, tail, first, c0)
    got = entry[1].get(key)
    if got is None:
        if len(entry[1]) > 50_000:
            entry[1].clear()
        folded = fold(c0)
        got = entry[1][key] = tuple(
            r for r in rules if not r.glued and n_words <= r.max_words and not (first and r.not_first)
            and not (r.where == "head" and not head or r.where == "tail" and not tail)
            and (r.starts is None or (folded if r.folds else c0) in r.starts))
    return got


def _clutter(rules: Sequence[ClutterRule], plain: str, para: int, n_paras: int, first: bool = False) -> ClutterRule | None:
    n_words = plain.count(" ") + 1
    low: str | None = None
    folded: str | None = None
    # (the literal tests are written out here: this loop runs for every line of every document)
    for r in _eligible(rules, n_words, para, n_paras, first, plain[:1]):
        if r.keywords:
            if low is None:
                low = plain.lower()
            for k in r.keywords:
                if k in low:
                    break
            else:
                continue
        req = r.required
        if req is not None:  # a literal every match holds is missing: no search
            if r.folds:
                if folded is None:
                    folded = fold(plain)
                s = folded
            else:
                s = plain
            for k in req:
                if k in s:
                    break
            else:
                continue
        if r.pattern.search(plain):
            return r
    return None


#: where a short line's sentences part: a stop, then a capital, a digit, a quote or a bracket
_SENTENCE_CUT = re.compile(r"(?<=[.!?])[ \t]+(?=[\"'\u201c\u2018(\[$\d]|[^\W\d_])")
#: a line of furniture sentences is short: "Enjoying this article? Click here to subscribe for full access. Just $5 a month."
_SENTENCES_MAX_WORDS = 40


def sentences_clutter(rules: Sequence[ClutterRule], plain: str, para: int, n_paras: int) -> ClutterRule | None:
    """The first sentence's rule where every sentence of a short line of two or more is furniture by the line rules
    (pass 105, rule C4), else None: a line rule that matches one sentence whole cannot match the line.

    >>> from polisent.segment._lexicon import load_clutter_rules
    >>> rules = load_clutter_rules()
    >>> sentences_clutter(rules, "Enjoying this article? Click here to subscribe for full access. Just $5 a month.", 5, 20).name
    'subscribe'
    >>> sentences_clutter(rules, "Enjoying this article? The talks failed in May.", 5, 20) is None
    True
    """
    if plain.count(" ") >= _SENTENCES_MAX_WORDS:
        return None
    parts = _SENTENCE_CUT.split(plain)
    if len(parts) < 2:
        return None
    first = None
    for part in parts:  # (the first sentence that is text ends the search: most lines stop at their first)
        r = _clutter(rules, part, para, n_paras)
        if r is None:
            return None
        first = first or r
    return first
