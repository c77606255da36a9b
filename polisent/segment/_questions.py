"""Questions an interview or an explainer asks: who asks them and which paragraphs they span."""

from __future__ import annotations

import bisect
import re

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._sentences import GLUED_WORD, split_sentences
from polisent.segment._units import _QMARK_END, Unit, _is_q, asks_unmarked

__all__ = ["YOU_ASKED", "assign_dash_turns", "explainer_question", "question_run", "single_sentence", "split_answered_prompts",
           "split_dash_answered", "split_inline_dash_turns", "split_inline_questions"]


def question_run(t: str, content: list[Unit], k: int) -> set[int]:
    """The units after a bare question mark-up ("Q1." alone on its line) that belong to the
    question: up to the last one ending in "?" before the answer starts (at most four)."""
    run: list[Unit] = []
    last_q = -1
    for v in content[k + 1:k + 5]:
        if v.form in ("label", "heading"):
            break
        if last_q >= 0 and not _is_q(t, v):
            break
        run.append(v)
        if _is_q(t, v):
            last_q = len(run) - 1
    return {id(v) for v in run[:last_q + 1]}


_YOU = re.compile(r"(?i)\byou(?:rs?|rself)?\b")
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")
_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*\Z")


def numbered(text: str, t: str, u: Unit, first: bool = False) -> bool:
    """A numbered unit ("1. What's the pact about?"; the number may be masked as markup before it);
    with ``first``, numbered 1."""
    m = _NUMBERED.match(t, u.content_start, u.end) or _NUMBER_BEFORE.search(text, max(0, u.start - 8), u.start)
    return m is not None and (not first or re.search(r"\d+", m.group()).group() == "1")


def explainer_question(text: str, t: str, u: Unit) -> bool:
    """A question an explainer asks itself: numbered or Title Case, and not to "you"."""
    if _YOU.search(t, u.content_start, u.end):
        return False
    if numbered(text, t, u):
        return True  # "1. What's the pact about?" (the list number may be masked as markup)
    words = [w for w in t[u.content_start:u.end].split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


#: a "?" that more text follows in the paragraph (glued to it where markup was stripped: "?The U.S.")
_MID_Q = re.compile(rf"\?[\"'\u201d\u2019)]*(?:[ \t]+[\"\u201c]?[A-Z]|{GLUED_WORD})")
#: "you" that addresses the guest, not the generic "you know", "you see", "as you can see"
YOU_ASKED = re.compile(r"(?i)\b(?:you|your|yours|yourself)\b(?!\s+know\b|\s+mean\b|\s+see\s*,|\s+can\s+see\b)")


def split_inline_questions(t: str, units: list[Unit], line_starts: list[int]) -> bool:
    """Cut paragraphs where an interview runs its questions and answers together ("How close is
    the town to war? The reality is that people go on with their lives. ... Are there new threats
    you are preparing for? This time ..."), as video pages and PDF extraction leave them.

    Only in a text with no question lines of its own, at least two questions inside paragraphs
    that an answer of two sentences or more follows, and one of them put to "you": an op-ed's
    rhetorical question does not ask its reader what they are preparing for. Each question becomes
    a unit of its own, so the usual rules make it the interviewer's and what follows the answer.
    ``line_starts`` are the offsets where the text's lines start. Returns whether it cut anything.
    """
    plain = [u for u in units if u.form == "plain"]
    if sum(len(u.lines) == 1 and _is_q(t, u) for u in plain) >= 2:
        return False
    # cheap first: paragraphs with a "?" that more text follows (most texts have none)
    asking = [u for u in plain if _MID_Q.search(t, u.content_start, u.end)]
    if not asking or (len(asking) == 1 and len(_MID_Q.findall(t, asking[0].content_start, asking[0].end)) < 2):
        return False
    cuts: list[tuple[Unit, list[tuple[int, int]], int]] = []
    loose: list[tuple[Unit, list[tuple[int, int]], int]] = []  # answered by one sentence or more
    addressed = loose_addressed = 0
    for u in asking:
        sents = split_sentences(t, u.content_start, u.end)
        for k, (s, e) in enumerate(sents[:-1]):
            if not _QMARK_END.search(t, max(s, e - 12), e) or _QMARK_END.search(t, max(sents[k + 1][0], sents[k + 1][1] - 12), sents[k + 1][1]):
                continue
            # (the run of questions that ends here is put to "you" if any of them is: "What is the thinking with
            # your counterparts? How seriously is that threat being taken? Well, I think ...")
            to_you = YOU_ASKED.search(t, sents[_run_start(t, sents, k)][0], e) is not None
            loose.append((u, sents, k))
            loose_addressed += to_you
            if k < len(sents) - 2 and not _QMARK_END.search(t, max(sents[k + 2][0], sents[k + 2][1] - 12), sents[k + 2][1]):
                cuts.append((u, sents, k))
                addressed += to_you
    if (len(cuts) < 2 or addressed < 1) and cuts and len(loose) >= 3 and loose_addressed >= 1:
        cuts = loose  # three questions or more, one put to "you", one answered at length, the others more briefly
    elif len(cuts) < 2 or addressed < 1:
        return False
    by_unit: dict[int, list[int]] = {}
    for u, _, k in cuts:
        by_unit.setdefault(id(u), []).append(k)
    out: list[Unit] = []
    for u in units:
        ks = by_unit.get(id(u))
        if not ks:
            out.append(u)
            continue
        sents = next(x[1] for x in cuts if x[0] is u)
        # a run of questions ("What will the visit change? Will Turkey send its ambassador back?")
        # is cut as one question
        firsts = [_run_start(t, sents, k) for k in ks]
        bounds = sorted({p for j, k in zip(firsts, ks) for p in (sents[j][0], sents[k][1])})
        out += _pieces(t, u, bounds, line_starts)
    units[:] = out
    return True


def _run_start(t: str, sents: list[tuple[int, int]], k: int) -> int:
    """The index of the first of the run of questions that ends with sentence ``k``."""
    j = k
    while j > 0 and _QMARK_END.search(t, max(sents[j - 1][0], sents[j - 1][1] - 12), sents[j - 1][1]):
        j -= 1
    return j


def _pieces(t: str, u: Unit, bounds: list[int], line_starts: list[int],
            asking: frozenset[tuple[int, int]] = frozenset()) -> list[Unit]:
    """``u`` cut at the sorted offsets ``bounds`` into plain units (blank pieces left out); a piece
    whose span is in ``asking`` asks (:attr:`Unit.asks`)."""
    out = []
    pieces = [u.content_start, *bounds, u.end]
    for a, b in zip(pieces, pieces[1:]):
        if t[a:b].strip():
            a2 = a + len(t[a:b]) - len(t[a:b].lstrip())
            s0 = a2 if a2 > u.start else u.start
            out.append(Unit(s0, b, _lines_in(u, s0, b, line_starts), u.para, "plain",
                            a2 if a2 > u.start else u.content_start, asks=(a2, b) in asking))
    return out


_DASH_OPEN = re.compile(r"[ \t]*[-\u2013\u2014][ \t]+\S")
_DASH_JUST_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-\u2013\u2014][ \t]+\Z")  # the dash masked as a list mark (the text may open with it)


def _dash_answer(text: str, u: Unit) -> bool:
    """The unit opens with a dash (perhaps masked as a list mark just before ``u.start``)."""
    return _DASH_OPEN.match(text, u.start, u.end) is not None or _DASH_JUST_BEFORE.search(text, max(0, u.start - 8), u.start) is not None


def _lines_in(u: Unit, s: int, e: int, line_starts: list[int]) -> list[int]:
    """The lines of ``u`` that the piece ``[s, e)`` of it covers."""
    first = bisect.bisect_right(line_starts, s) - 1
    return [i for i in u.lines if first <= i and line_starts[i] < e] or u.lines[:1]


#: a dash turn mark inside a paragraph, after a sentence's end: "... any chance for success? \u2013 Well, I think ..."
_DASH_MARK = re.compile(r"[-\u2013\u2014][ \t]+")
_INLINE_DASH = re.compile(r"(?<=[.?!])[\"'\u201d\u2019)]*[ \t]+(?=[-\u2013\u2014][ \t]+[\"\u201c]?[A-Z])")


def split_inline_dash_turns(text: str, t: str, units: list[Unit], line_starts: list[int]) -> bool:
    r"""Cut paragraphs where a dash-marked interview runs its turns together ("\u2013 Is there any
    chance? \u2013 Well, I think ..."), as pages that lost their line breaks leave them: each dash
    after a sentence's end opens a turn of its own, so the dash rules make the asking turn the
    interviewer's and the next one the answer.

    Only where at least two such dashes follow a sentence's end and one of them a question mark,
    and a paragraph opens with a dash (an op-ed's parenthetical dash follows a word, not a
    sentence's end). ``text`` is the original text, ``t`` the masked one (a dash that opens a line
    may be masked as a list mark); ``line_starts`` are the offsets where the text's lines start.
    Returns whether it cut anything.

    >>> from polisent.segment._units import Unit
    >>> t = "\u2013 Will it hold? \u2013 No. It cannot.\n\n\u2013 Why not? \u2013 Money."
    >>> k = t.index("\n\n")
    >>> us = [Unit(0, k, [0], 0, "plain", 0), Unit(k + 2, len(t), [2], 1, "plain", k + 2)]
    >>> split_inline_dash_turns(t, t, us, [0, k + 1, k + 2]), [t[u.start + 2:u.end] for u in us]
    (True, ['Will it hold?', 'No. It cannot.', 'Why not?', 'Money.'])
    """
    plain = [u for u in units if u.form == "plain"]
    hits = {id(u): [m.end() for m in _INLINE_DASH.finditer(t, u.content_start, u.end)] for u in plain}
    n = sum(len(v) for v in hits.values())
    asked = sum(t[:p].rstrip()[-1:] == "?" for v in hits.values() for p in v)
    if n < 2 or asked < 1 or not any(_dash_answer(text, u) for u in plain):
        return False
    out: list[Unit] = []
    for u in units:
        cuts = hits.get(id(u)) or []
        if not cuts:
            out.append(u)
            continue
        bounds = [u.content_start, *cuts, u.end]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
            piece = t[a:b]
            e = a + len(piece.rstrip())
            if e > a:
                s0 = u.start if k == 0 else a
                c0 = u.content_start if k == 0 else _DASH_MARK.match(t, a).end()  # claims start after the dash
                out.append(Unit(s0, e, _lines_in(u, s0, e, line_starts), u.para, "plain", c0))
    units[:] = out
    return True


def split_dash_answered(text: str, t: str, units: list[Unit], line_starts: list[int]) -> bool:
    """Cut off the question that ends a paragraph when the next paragraph answers with a dash
    ("... How do you see our bilateral relations?" / "- Of course, the relations ..."), as
    hard-wrapped pages run the interviewer's set-up and question into one block."""
    cut = False
    out: list[Unit] = []
    for k, u in enumerate(units):
        nxt = units[k + 1] if k + 1 < len(units) else None
        if u.form != "plain" or nxt is None or nxt.form != "plain" or not _is_q(t, u) or not _dash_answer(text, nxt):
            out.append(u)
            continue
        sents = split_sentences(t, u.content_start, u.end)
        if len(sents) < 2 or _dash_answer(text, u):
            out.append(u)  # one sentence, or a dash-marked turn already ("- The deal was signed. Do you ...?")
            continue
        qs = sents[-1][0]
        out += [Unit(u.start, sents[-2][1], _lines_in(u, u.start, sents[-2][1], line_starts), u.para, "plain", u.content_start),
                Unit(qs, u.end, _lines_in(u, qs, u.end, line_starts), u.para, "plain", qs)]
        cut = True
    units[:] = out
    return cut


def single_sentence(t: str, u: Unit) -> bool:
    """A unit that is one sentence hard-wrapped over a few lines: each line but the last breaks
    off mid-sentence ("How do you see our" / "bilateral relations ...?")."""
    lines = t[u.content_start:u.end].split("\n")
    if not 1 < len(lines) <= 4 or not all(x.rstrip()[-1:].islower() or x.rstrip()[-1:] == "," for x in lines[:-1]):
        return False
    return len(split_sentences(t, u.content_start, u.end)) == 1


#: a dash alone on its line, over the turn it opens ("-" / "" / "Thank you.")
_LONE_DASH_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-\u2013\u2014][ \t]*\n\s*\Z")


#: a line that is a name alone: two to four capitalised words
_LONE_NAME = re.compile(r"[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3}")


def assign_dash_turns(text: str, t: str, units: list[Unit]) -> bool:
    r"""Turns of a dash-marked interview that run over several paragraphs: a dash (at the start of a
    paragraph, or alone on its line) opens a turn, the paragraphs after it up to the next dash belong
    to it, and turns alternate between the interviewer and the interviewee. The parity is taken from
    the turns that end by asking; when they disagree, or when no turn answers, nothing changes.
    Asking turns become the interviewer's questions (their other sentences set-up), the others the
    interviewee's answers. Needs at least four turns and a paragraph without a dash (where every
    paragraph opens with one, the usual dash rules decide).

    >>> from polisent.segment._units import Unit
    >>> t = "- Good day.\n\nWill it hold?\n\n- No.\n\nIt cannot.\n\n- Thank you.\n\n- It is sad."
    >>> us, p = [], 0
    >>> for para in t.split("\n\n"):
    ...     us.append(Unit(p, p + len(para), [0], len(us), "plain", p)); p += len(para) + 2
    >>> assign_dash_turns(t, t, us), [u.role.value for u in us]
    (True, ['interviewer', 'interviewer', 'interviewee', 'interviewee', 'interviewer', 'interviewee'])
    """
    content = [u for u in units if u.form in ("plain", "heading")]
    opens = [u for u in content if _dash_answer(text, u) or _LONE_DASH_BEFORE.search(text, max(0, u.start - 12), u.start)]
    if content and opens and opens[0] is content[1 if len(content) > 1 else 0] and not _dash_answer(text, content[0]):
        # one standfirst line before the first dash ("Report News Agency presents interview with X" over "- Could you
        # please introduce yourself ...": rule D1 of the 103rd pass) stays the editor's
        content = content[1:]
    if len(opens) < 4 or len(opens) == len(content) or content[0] not in opens:
        return False
    turns: list[list[Unit]] = []
    ids = {id(u) for u in opens}
    for u in content:
        if id(u) in ids or not turns:
            turns.append([u])
        else:
            turns[-1].append(u)
    if len(turns[-1]) > 1 and _LONE_NAME.fullmatch(" ".join(t[turns[-1][-1].start:turns[-1][-1].end].split())):
        credit = turns[-1].pop()  # the reporter's name alone under the last answer ("Arman Galoyan") is a credit, no answer
        credit.kind, credit.reason = SegmentKind.CLUTTER, "byline"
    if all(_is_q(t, turn[0]) for turn in turns) and sum(len(turn) > 1 for turn in turns) >= max(2, len(turns) - 1):
        # the dash marks the questions only ("- Why is the opposition divided?" over the answer's
        # paragraphs, which open with no dash): each dash paragraph asks, the paragraphs under it answer
        for turn in turns:
            for k, u in enumerate(turn):
                u.form = "plain"
                u.kind = SegmentKind.QUESTION if k == 0 else SegmentKind.ANSWER
                u.role = SpeakerRole.INTERVIEWER if k == 0 else SpeakerRole.INTERVIEWEE
                u.speaker, u.claim_role = None, None
        return True
    asks = [_is_q(t, turn[-1]) for turn in turns]
    parity = {k % 2 for k, a in enumerate(asks) if a}
    if len(parity) != 1 or all(asks):
        return False
    p = parity.pop()
    if not any(k % 2 != p for k in range(len(turns))):
        return False
    for k, turn in enumerate(turns):
        asking = k % 2 == p
        for u in turn:
            u.form = "plain"
            u.kind = SegmentKind.QUESTION if asking else SegmentKind.ANSWER
            u.role = SpeakerRole.INTERVIEWER if asking else SpeakerRole.INTERVIEWEE
            u.speaker, u.claim_role = None, None
    return True


#: a host's prompt that asks without a question mark ("Give us an idea how they really are.")
_PROMPT_US = re.compile(r"(?i)\W*(?:(?:so|and|now|well|but|then)[, \t]+)?(?:give|tell|walk|take|help)[ \t]+(?:us|me)\b")
_US = re.compile(r"(?i)\bus\b")
_LEAD_CONJ = re.compile(r"(?i)[ \t]*(?:or|and|but|so)[ \t,]+")
#: a run-on sentence that ends by asking ("So today we are seeing ... do you expect this to get worse.")
_ASKS_AT_END = re.compile(r"(?i)\b(?:do|did|would|will|can|could|should)[ \t]+you\b[^.?!]{0,120}[.]?[ \t]*\Z")
#: an answer's first words: "Well I mean ...", "Yes, it is ...", "No.", "Look, ..."
_REPLY = re.compile(r"(?i)\W*(?:well|yes|yeah|no|sure|absolutely|certainly|indeed|exactly|look|of[ \t]+course|i[ \t]+mean|"
                    r"i[ \t]+think|that['\u2019]s[ \t]+(?:right|true|a[ \t]+(?:good|great)[ \t]+question))\b")


def split_answered_prompts(t: str, units: list[Unit], line_starts: list[int]) -> bool:
    """Cut a machine transcript's run-on paragraphs where the host asks and the guest answers
    inside one paragraph without question marks ("... Give us an idea how they really are. Well I
    mean the situation has never been as bad ... Or is it really a country suffering from
    corruption. Well yes it is ..."): a sentence that asks (a "?", an interrogative opening, a
    prompt to "us") followed by one that opens as a reply ("Well", "Yes", "I mean"). Only where
    there are two such exchanges or more in a paragraph of their own with no "?"-separated
    questions elsewhere, one of them put to "you" or "us", and at least three sentences of reply
    after each: an op-ed's rhetorical "Is it enough? Well, no." stays whole. Each asking sentence
    becomes a unit of its own, as :func:`split_inline_questions` does.
    """
    plain = [u for u in units if u.form == "plain"]
    if any(len(u.lines) == 1 and _is_q(t, u) for u in plain):
        return False
    cuts: list[tuple[Unit, list[tuple[int, int]], list[int]]] = []
    addressed = 0
    for u in plain:
        if u.end - u.content_start < 400:
            continue
        sents = split_sentences(t, u.content_start, u.end)
        ks = []
        for k in range(len(sents) - 3):
            s, e = sents[k]
            lead = _LEAD_CONJ.match(t, s, e)  # "Or is it really a country ... ." asks too
            asks = _QMARK_END.search(t, max(s, e - 12), e) is not None or asks_unmarked(t, lead.end() if lead else s, e) \
                or _PROMPT_US.match(t, s, e) is not None or _ASKS_AT_END.search(t[s:e]) is not None
            if asks and _REPLY.match(t, *sents[k + 1]) and not any(
                    _QMARK_END.search(t, max(a, b - 12), b) for a, b in sents[k + 1:k + 4]):
                ks.append(k)
                addressed += YOU_ASKED.search(t, s, e) is not None or _US.search(t, s, e) is not None
        if ks:
            cuts.append((u, sents, ks))
    if sum(len(ks) for _, _, ks in cuts) < 2 or addressed < 1:
        return False
    out: list[Unit] = []
    by_unit = {id(u): (sents, ks) for u, sents, ks in cuts}
    for u in units:
        if id(u) not in by_unit:
            out.append(u)
            continue
        sents, ks = by_unit[id(u)]
        bounds = sorted({p for k in ks for p in (sents[k][0], sents[k][1])})
        out += _pieces(t, u, bounds, line_starts, frozenset(sents[k] for k in ks))
    units[:] = out
    return True


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_ASKING_WORDS = frozenset({"what", "when", "where", "which", "whom", "whose", "would", "could", "should", "will", "does",
                           "have", "this", "that", "these", "those", "with", "from", "they", "them", "there", "their",
                           "about", "into", "your", "been", "were", "than", "then", "after", "before"})


def restates_title(t: str, title: Unit, u: Unit) -> bool:
    """``u`` asks the title's question again: most of the title's words of four letters or more.

    >>> t = "Where Will Mexican Relations Go in the Trump Era?\\nWhere will Mexican relations go under Trump?"
    >>> k = t.index("?") + 2
    >>> restates_title(t, Unit(0, k - 1, [0], 0, "plain", 0), Unit(k, len(t), [1], 1, "plain", k))
    True
    """
    words = {w.lower() for w in _CONTENT_WORD.findall(t, title.content_start, title.end)} - _ASKING_WORDS
    if len(words) < 3:
        return False
    said = {w.lower() for w in _CONTENT_WORD.findall(t, u.content_start, u.end)}
    return len(words & said) >= 0.6 * len(words)


#: an opinion page's kicker or credit in the page's head ("Opinion by Ana Ruiz", "Insight & Opinion", "OP-ED")
_OPINION_KICKER = re.compile(r"\b(?:Opinion|OPINION|Op-[Ee]d|OP-ED|Commentary|COMMENTARY|Viewpoint|VIEWPOINT)\b")


def _head_end(units: list[Unit]) -> int:
    """Where the head ends that an opinion kicker is looked for in: the end of the last of the first ten units that
    starts within 1,500 characters."""
    return max(u.end for u in units[:10] if u.start < 1500) if units[0].start < 1500 else 0


def _states_then_asks(t: str, u: Unit) -> bool:
    """``u`` opens with a statement of at least eight words and ends by asking, no sentence of it put to "you".

    >>> from polisent.segment._units import Unit
    >>> t = "This development has fundamental consequences for the world order. Will the erosion of hegemony end it?"
    >>> _states_then_asks(t, Unit(0, len(t), [0], 0, "plain", 0))
    True
    >>> t = "The past administrations have tried engagement with the junta. Do you think it failed?"
    >>> _states_then_asks(t, Unit(0, len(t), [0], 0, "plain", 0))
    False
    """
    if YOU_ASKED.search(t, u.content_start, u.end):
        return False
    sents = split_sentences(t, u.content_start, u.end)
    if len(sents) < 2:
        return False
    first = t[sents[0][0]:sents[0][1]].rstrip()
    return first.endswith(".") and len(first.split()) >= 8
