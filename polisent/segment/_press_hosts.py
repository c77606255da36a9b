"""The interviewer a standfirst marks as the press among a text's turn labels, and the cues of who interviews whom
that :func:`polisent.segment._hosts._interviewer` reads in the head (rules P1, P3, I1, E1 and H2 of the 111th pass).
Split out of :mod:`polisent.segment._hosts`, which had grown past 570 lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from polisent.segment._press_names import press_surnames
from polisent.segment._units import Unit, _is_q

__all__ = ["press_label"]

#: "... dismisses it as nonsense in an exclusive interview with": the interview, inside a sentence, that its subject gave
_IN_INTERVIEW = re.compile(r"[a-z,]\s+in\s+(?:an?|his|her|their)\s+(?:[a-z-]+\s+){0,2}\Z")


def _said_before(t: str, label: str, start: int, end: int) -> bool:
    """Whether the label's surname is written in ``t[start:end]`` within the sentence that ends at ``end``."""
    cut = max(t.rfind(". ", start, end), t.rfind("\n", start, end))
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", label)
    return bool(words) and re.search(rf"(?i)\b{re.escape(words[-1])}\b", t[max(start, cut + 1):end]) is not None


#: a two- or three-word name, for a label's initials ("RG" for "Robert Guest")
_TWO_NAMES = re.compile(r"\b[A-Z][a-z][\w'\u2019-]*(?:[ \t]+[A-Z][a-z][\w'\u2019-]*){1,2}\b")
#: an outlet credited after the name, ending the line: "(Interview with Haidi Lun), Bloomberg"
_OUTLET_CREDIT = re.compile(r",[ \t]*(?P<outlet>[A-Z][\w&.'\u2019 -]{1,40}?)[ \t]*$", re.M)
#: the holder named after an office's place: "(Ukrainian Ambassador) to the U.S. Oksana Markarova"
_HELD_AFTER = re.compile(r"[ \t]+(?:to|of|for|at)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.&'\u2019-]*[ \t]+){1,4}"
                         r"(?P<name>[A-Z][a-z][\w'\u2019-]+[ \t]+[A-Z][a-z][\w'\u2019-]+)(?![\w'\u2019-])(?![ \t]+[A-Z])")


def press_label(t: str, labels: Sequence[str], turns: Sequence[Unit], stats: dict[str, list[int]], hosts: Sequence[str],
                guest_labels: Sequence[str]) -> str | None:
    """The label the standfirst marks as the press, where no other cue named the host (``hosts``) or the one label is
    no guest (``guest_labels``: the guests' names that are labels); ``stats`` are each label's [turns, turns ending in a
    question, turns holding one]. None when no label is marked so.

    >>> from polisent.segment._units import Unit
    >>> t = "Ana Ruiz told Gulf Times Editor-in-Chief Tom Hale.\\nTom Hale: Welcome.\\nAna Ruiz: Thank you."
    >>> us = [Unit(51, 69, [1], 1, "label", 61, label="Tom Hale"), Unit(70, len(t), [2], 2, "label", 80, label="Ana Ruiz")]
    >>> press_label(t, ["Tom Hale", "Ana Ruiz"], us, {"Tom Hale": [1, 0, 0], "Ana Ruiz": [1, 0, 0]}, [], [])
    'Tom Hale'
    """
    if not hosts and len(labels) >= 2 and not any(st[2] for st in stats.values()):
        # the standfirst marks one label as the press ("..., he told Gulf Times Editor-in-Chief Faisal Abdulhameed
        # al-Mudahka."): that one asks, in an excerpt cut before the first question (where someone asks, the turns decide:
        # "I had a Zoom conversation with Congolese journalist X" names the guest)
        press = press_surnames(t, until=turns[0].start)
        pressed = [lab for lab in labels if (w := re.findall(r"[^\W\d_]+", lab)) and (w[0].lower() in press or w[-1].lower() in press)]
        if len(pressed) == 1:
            return pressed[0]
    if len(labels) == 1 and any(st[2] for st in stats.values()) and not guest_labels:
        # ... or the one label, who asks, is the press the standfirst names ("Robert Guest, The Economist's foreign
        # editor, and ... interviewed South Africa's president" over "RG: ... What do you think it would take ...?" and
        # unlabelled answers; rule P3 of the 111th pass)
        if len(turns) >= 2 and all("?" in t[u.content_start:u.end] for u in turns) and _is_q(t, turns[0]):
            return labels[0]  # ... or whose every labelled line asks ("The Politic: Why did you join ...?" / answers)
        press = press_surnames(t, until=turns[0].start)
        w = re.findall(r"[^\W\d_]+", labels[0])
        if w and (w[0].lower() in press or w[-1].lower() in press):
            return labels[0]
        if re.fullmatch(r"[A-Z]{2,4}", labels[0]) and any(
                "".join(x[0] for x in n.group().split()) == labels[0] and n.group().split()[-1].lower() in press
                for n in _TWO_NAMES.finditer(t, 0, turns[0].start)):
            return labels[0]  # "RG:" under "Robert Guest, The Economist's foreign editor, ... interviewed ..."
    return None
