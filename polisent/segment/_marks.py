"""Caption turn marks: ``>>`` opens a new speaker's turn in closed captions and TV transcripts.

Captions mark every change of speaker with ``>>`` (often glued to the sentence before:
"... a violent clash.>> The Vietnamese have ..."), but do not say who speaks. In a news package
(no labels, nobody asks) the narrator's turns and the soundbites alternate; the narrator hands
over by naming the next voice ("as Reuters' Greg Torode explains, ..."), and a package mostly
comes back to the same expert. Offsets are offsets into the text the segmenter reads.
"""

from __future__ import annotations

import logging
import re

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._principal import TITLED_NAME, person_part
from polisent.segment._units import Unit, _is_q

__all__ = ["after_mark", "assign_marked_interview", "assign_marked_turns", "is_mark", "split_turn_marks"]

logger = logging.getLogger(__name__)

#: a turn mark at a line start, right after a sentence end, or glued to the last word before a
#: capital ("... trap us in debt>>It is a reality")
_MARK = re.compile(r"(?:^|(?<=[.?!\"'\u201d\u2019)\]]))[ \t]*>>>?(?!>)|(?<=\w)>>(?=[ \t]?[A-Z])", re.MULTILINE)
_MARK_AT = re.compile(r"[ \t]*>>>?(?!>)")
_NAME_RUN = re.compile(TITLED_NAME)
#: a verb of saying right after the name ("Greg Torode says", "Mike Pompeo, held out hopes")
_SAYS = re.compile(r"[ \t,]*(?:\w+[ \t]+){0,2}?(?:says|said|explains|explained|tells|told|warns|warned|argues|argued|"
                   r"adds|added|notes|noted|believes|thinks|reports|reported|insists|insisted|predicts|predicted|"
                   r"claims|claimed|held out|holds out|puts it|put it|spoke|speaks|reckons|agrees|agreed)\b")
#: or right before it ("according to X", "as X explains" is caught above)
_SAYS_BEFORE = re.compile(r"(?:according to|asked|we spoke to|talked to|joins us|here's|here is)[ \t]+(?:\w+[ \t]+){0,3}\Z",
                          re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?]*[.!?]*[\"'\u201d\u2019)]*\s*\Z")


def _marks(t: str) -> list[int]:
    return [m.end() - len(m.group().lstrip(" \t")) for m in _MARK.finditer(t)]


def split_turn_marks(t: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut lines where a ``>>`` turn mark starts inside them (at least two marks in the text;
    ``t`` is the original text: markup masking blanks a ``>`` at a line start).

    >>> t = "Calm for now.>> We are not calm. >> Why not?"
    >>> [t[s:e] for s, e in split_turn_marks(t, [(0, len(t))])]
    ['Calm for now.', '>> We are not calm. ', '>> Why not?']
    """
    if t.count(">>") < 2:
        return lines
    marks = _marks(t)
    if len(marks) < 2:
        return lines
    out: list[tuple[int, int]] = []
    k = 0
    for s, e in lines:
        while k < len(marks) and marks[k] < s:
            k += 1
        while k < len(marks) and marks[k] < e:
            if marks[k] > s and t[s:marks[k]].strip():
                out.append((s, marks[k]))
                s = marks[k]
            k += 1
        out.append((s, e))
    return out


def is_mark(t: str, s: int, e: int) -> bool:
    """Whether the line ``t[s:e]`` starts with a ``>>`` turn mark."""
    return _MARK_AT.match(t, s, e) is not None


def after_mark(t: str, s: int, e: int) -> int:
    """Where the words of a line start, past a leading ``>>`` mark and blanks.

    >>> after_mark(">> We left.", 0, 11)
    3
    """
    m = _MARK_AT.match(t, s, e)
    p = m.end() if m is not None else s
    while p < e and t[p] in " \t":
        p += 1
    return p


def _handover(t: str, u: Unit) -> str | None:
    """The person the last sentence of a narrator's turn hands over to, with a verb of saying
    ("... as Reuters' Grent Torot explains, it could ...", "Mike Pompeo, held out hopes ...")."""
    m = _SENTENCE.search(t, u.content_start, u.end)
    start = m.start() if m is not None else u.content_start
    found = None
    for n in _NAME_RUN.finditer(t, start, u.end):
        name = person_part(n.group("name"))
        if name is not None and (_SAYS.match(t, n.end(), min(u.end, n.end() + 40)) is not None
                                 or _SAYS_BEFORE.search(t, max(start, n.start() - 40), n.start()) is not None):
            found = name
    return found


def _marked_turns(units: list[Unit]) -> list[list[Unit]]:
    turns: list[list[Unit]] = []
    for u in units:
        if u.kind is SegmentKind.CLUTTER:
            continue
        if u.mark and u.form == "plain":
            turns.append([u])
        elif turns and u.kind in (SegmentKind.ANSWER, SegmentKind.QUESTION):
            turns[-1].append(u)
    return turns


def assign_marked_interview(t: str, units: list[Unit]) -> bool:
    """Host and guests of a captioned conversation (``>>`` marks, no labels): a turn that ends by
    asking is the host's (``QUESTION``, interviewer), the turns between are answers (interviewee).
    Runs before the speakers are named, so the guest the text introduces names the answers."""
    if any(u.form == "label" for u in units):
        return False
    turns = _marked_turns(units)
    asks = [_is_q(t, turn[-1]) for turn in turns]
    if len(turns) < 2 or not any(asks) or all(asks):
        return False
    logger.debug("captioned conversation: %d marked turns, %d asking", len(turns), sum(asks))
    for turn, a in zip(turns, asks):
        for v in turn:
            v.kind, v.speaker, v.claim_role = (SegmentKind.QUESTION if a else SegmentKind.ANSWER), None, None
            v.role = SpeakerRole.INTERVIEWER if a else SpeakerRole.INTERVIEWEE
    return True


def assign_marked_turns(t: str, units: list[Unit], speakers: list[tuple[str | None, SpeakerRole]]
                        ) -> list[tuple[str | None, SpeakerRole]]:
    """Narrator and soundbites of a captioned news package (``>>`` marks, no labels, no questions).

    The first marked turn and every other one after it are the narrator's (``AUTHOR``, unnamed:
    the caption does not say who reads); the turns between are soundbites (``INTERVIEWEE``), named
    by the narrator's hand-over, else by the expert the package last handed over to.
    """
    if any(u.form == "label" or u.kind is SegmentKind.QUESTION for u in units):
        return speakers
    turns = _marked_turns(units)
    if len(turns) < 2 or any(_is_q(t, turn[-1]) for turn in turns):
        return speakers
    logger.debug("caption news package: %d marked turns", len(turns))
    out: list[tuple[str | None, SpeakerRole]] = []
    last_named: str | None = None
    for k, turn in enumerate(turns):
        if k % 2 == 0:
            name, role = None, SpeakerRole.AUTHOR
        else:
            name = _handover(t, turns[k - 1][-1]) or last_named
            last_named = name or last_named
            role = SpeakerRole.INTERVIEWEE
        for u in turn:
            u.kind, u.speaker, u.role, u.claim_role = SegmentKind.ANSWER, name, role, None
        if (name, role) not in out:
            out.append((name, role))
    first = turns[0][0]
    for u in units:  # the anchor's lead-in before the first mark reads like the narrator
        if u is first:
            break
        if u.kind is SegmentKind.ANSWER:
            u.speaker, u.role, u.claim_role = None, SpeakerRole.AUTHOR, None
    return out
