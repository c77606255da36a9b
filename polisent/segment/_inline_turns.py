"""Speaker turns that start inside a line, as PDF-to-text extraction leaves them ("Anna Berg: Will it
hold? Omar Said: It may."): :func:`_split_inline_turns`. Split out of :mod:`polisent.segment._labels`."""

from __future__ import annotations

import re
from collections import Counter

from polisent.segment._label_names import TIME_ZONES
from polisent.segment._labels import _NAME_TITLES, _label_of
from polisent.segment._sentences import trim

#: a turn label inside a line: up to five words, a description after a comma or in brackets, a colon
_INLINE_LABEL = (r"(?:[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Za-z][\w'\u2019.\-]*){0,4})"
                 r"[ \t]*(?:,[ \t]*[^:,\r\n]{1,40}?)?[ \t]*(?:\([^()\r\n]{0,40}\))?[ \t]*:[ \t]")
#: a title with its dot alone at the start of the line ("Amb." of "Amb. Iravani:", "MS." of a briefing's
#: "MS. PSAKI:"), no sentence of its own
_LONE_TITLE = re.compile(r"[ \t]*[A-Z](?:[a-z]{1,5}|[A-Z]{1,3})\.[ \t]*")
_INLINE_TURN = re.compile(
    r"(?<=[.?!\u2026\"'\u201d\u2019)\]\u2013\u2014-])[ \t]+(?=" + _INLINE_LABEL + ")"
    # the answer's label glued to the question mark, as page extraction leaves it ("... do they send?Beeson: The
    # relationship ..."): a cut with no space (only after "?": "Today.Az:" and "U.S.:" are names)
    r"|(?<=[a-z\u00df-\u024f)]\?)(?=" + _INLINE_LABEL + ")"
    # a transcription service's timed label needs no sentence end before it: a machine transcript runs a
    # cut-off turn into the next ("Do not slip as that Speaker 2 (00:01): 12 years ago, ...")
    r"|(?<=\S)[ \t]+(?=[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Za-z0-9][\w'\u2019.\-]*){0,3}[ \t]*\(\d{1,2}:\d{2}(?::\d{2})?\)[ \t]*:[ \t])"
)


#: a time zone after a clock time, before the first turn's label ("12:46 p.m. EST MR MILLER: ...")
_TIME_ZONE = re.compile(r"(?:" + "|".join(sorted(TIME_ZONES)) + r")[ \t]+(?=[A-Z])")


#: a capital's initial right before a cut ("?N." of "?N. KOTZIAS:"), not a word ending in a capital ("the U.S.")
_INITIAL_END = re.compile(r"(?<![\w'\u2019.])[A-Z]\.\Z")


def _split_inline_turns(t: str, lines: list[tuple[int, int]],
                        labels: dict[tuple[int, int], tuple[str, str, int] | None] | None = None) -> list[tuple[int, int]]:
    """Cut lines where a speaker turn starts inside them, as PDF-to-text extraction leaves turns
    ("Anna Berg: Will it hold? Omar Said: It may."): after a sentence end, a label that recurs in
    the text or names one of at least three turns starts a new (virtual) line.

    ``labels``, when given, receives the :func:`_label_of` of every trimmed line span read here
    (the caller reads the same lines' labels again: no second parse)."""
    if " A. " in t and "Q. " in t:
        lines = _dotted_qa(t, lines)
    if ":" not in t:
        return lines
    counts: Counter[str] = Counter()
    cands: list[tuple[int, int, str]] = []
    opens_q: set[int] = set()  # the lines a "Q:" mark opens
    for i, (s, e) in enumerate(lines):
        if t.find(":", s, e) < 0:
            continue
        fs, le = trim(t, s, e)
        lab = _label_of(t, fs, le) if fs < le else None
        if labels is not None and fs < le:
            labels[(fs, le)] = lab
        if lab is not None:
            counts[lab[1]] += 1
            if lab[:2] == ("qa", "Q"):
                opens_q.add(i)
        # every cut is followed by a label that ends ": " or ":\t": the line after its last one is not searched
        last = max(t.rfind(": ", s, e), t.rfind(":\t", s, e))
        for m in (_INLINE_TURN.finditer(t, s, last + 2) if last >= 0 else ()):
            before = t[max(s, m.start() - 12):m.start()].split()
            if before and before[-1].endswith(".") and before[-1].rstrip(".") in _NAME_TITLES:
                continue  # "Dr. Petadze: Thank you ...": the title of the label, no sentence end
            if _INITIAL_END.search(t, max(s, m.start() - 3), m.start()):
                continue  # "... go?N. KOTZIAS: I didn't ...": the initial of the label's name, no sentence end
            head = t[s:m.start()]
            if head.count("\u201c") > head.count("\u201d"):
                continue  # 'under the theme “ASEAN Youth - ASEAN Future: The Role of ...”': inside a quotation
            if _LONE_TITLE.fullmatch(head):
                continue  # "Amb. Iravani: Thank you ...": a title the label opens with, alone before the cut
            if len(head.strip()) <= 40 and not any(c.islower() for c in head) and sum(c.isalpha() for c in head) >= 3:
                continue  # "SEC. PANELO:", "ALEXIS ROMERO/PHIL. STAR:": an abbreviation inside a label in capitals
            at = m.end()
            if before and before[-1].lower() in ("a.m.", "p.m.") and (tz := _TIME_ZONE.match(t, at)) is not None:
                at = tz.end()  # "... 12:46 p.m. EST MR MILLER: Good afternoon.": the clock's zone is no part of the label
            lab = _label_of(t, at, le)
            if lab is not None:
                cands.append((i, at, lab[1]))
                counts[lab[1]] += 1
    if not cands:
        return lines
    n_turns = sum(counts.values())
    ok = {lab for lab, n in counts.items() if n >= 2 or (" " in lab and n_turns >= 3)}
    if len(counts) < 2 or (("Q" in ok) != ("A" in ok) and ok <= {"Q", "A"}):
        return lines
    cuts: dict[int, list[int]] = {}
    def answers(p: int) -> bool:
        return t[max(0, p - 8):p].rstrip().endswith("?")

    # one inline exchange, each label seen once but written elsewhere in the text ("Press TV has conducted an
    # interview with Huseyn Bagci ... Press TV: ... Has this gamble paid off? Bagci: I think ..."): the asking
    # label's turn holds a "?", the answering label follows one
    written = [(i, p, lab) for i, p, lab in cands if lab not in ok and t.count(lab) >= 2
               and (" " in lab or (len(lab) >= 4 and lab[:1].isupper()))]
    exchange = False
    if len(written) == 2:
        (i0, p0, _), (_, p1, _) = written
        end0 = min([q for j, q, _ in cands if j == i0 and q > p0] + [lines[i0][1]])
        exchange = "?" in t[p0:end0] and answers(p1)
    for i, p, lab in cands:
        # "... What are your views? Alexander Iskandaryan: Mr. Erdogan ...": a full name the text also
        # writes elsewhere (the standfirst), answering a question, opens a turn though seen once
        # (or "A:" answering the "Q:" that opens its line: "Q: Can you brief us on the summit? A.: Indeed, ..." seen once; pass 123)
        if lab in ok or (" " in lab and t.count(lab) >= 2 and answers(p)) or (exchange and lab in {w[2] for w in written}) \
                or (lab.rstrip(".") == "A" and i in opens_q and answers(p)):
            cuts.setdefault(i, []).append(p)
    if not cuts:
        return lines
    out: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(lines):
        for p in cuts.get(i, ()):
            out.append((s, p))
            s = p
        out.append((s, e))
    return out


#: "Q." after a sentence's end or at the line's start, "A." after a question: dotted marks run together in one line
_DOTTED_Q = re.compile(r"(?:(?<=^)|(?<=[.?!][ \t])|(?<=[.?!][\"\u201d\u2019)][ \t]))Q\.[ \t]+(?=[\"\u201c]?[A-Z])", re.MULTILINE)
_DOTTED_A = re.compile(r"(?<=\?[ \t])A\.[ \t]+(?=[\"\u201c]?[A-Z])|(?<=\?[\"\u201d\u2019][ \t])A\.[ \t]+(?=[\"\u201c]?[A-Z])")


def _dotted_qa(t: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a line where dotted question and answer marks run together in it, as PDF text leaves a Q&A ("Q. Why did
    the talks fail? A. Because neither side wanted a deal. Q. What happens now? A. More fighting."): two marks of
    each, every "A." after a question (pass 119); elsewhere the line stays whole.

    >>> t = "Q. Why did it fail? A. Nobody wanted a deal. Q. What now? A. More fighting."
    >>> [t[s:e] for s, e in _dotted_qa(t, [(0, len(t))])]
    ['Q. Why did it fail? ', 'A. Nobody wanted a deal. ', 'Q. What now? ', 'A. More fighting.']
    >>> t = "Read the U.S.A. report. Q. Is it true? A. Yes."
    >>> _dotted_qa(t, [(0, len(t))]) == [(0, len(t))]
    True
    """
    out: list[tuple[int, int]] = []
    for s, e in lines:
        if t.find(" A. ", s, e) < 0:
            out.append((s, e))
            continue
        qs = [m.start() for m in _DOTTED_Q.finditer(t, s, e)]
        marks = sorted(qs + [m.start() for m in _DOTTED_A.finditer(t, s, e)])
        if len(qs) < 2 or len(marks) - len(qs) < 2:
            out.append((s, e))
            continue
        for p in marks:
            if p > s:
                out.append((s, p))
                s = p
        out.append((s, e))
    return out

