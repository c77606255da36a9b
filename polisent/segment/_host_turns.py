"""What a label's own turns say about who hosts: the speakers who give their own name as a host does
(:func:`_self_named`, :func:`welcoming_self`, :func:`co_hosts`), the welcome that opens a show, and a radio news
package's presenter handing over to the reporter (:func:`handover`).
Split out of :mod:`polisent.segment._hosts` (pass 112), which re-exports them."""

from __future__ import annotations

import re

from polisent.segment._labels import _NAME, _label_is_host
from polisent.segment._units import Unit

#: "I'm Tyler McBrien, managing editor of Lawfare": a speaker who gives their own name in their turn
_SELF_INTRO = re.compile(r"\b(?:I['\u2019]m|I\s+am|[Mm]y\s+name\s+is|[Tt]his\s+is)\s+")
_NAME_RX = re.compile(_NAME)


_WELCOME = re.compile(
    r"(?i)\b(?:welcome(?![a-z])(?:\s+(?:back|to))?|(?:we(?:'re|\s+are)\s+)?(?:very\s+)?(?:lucky|pleased|delighted|glad)\s+to\s+(?:be\s+joined|have|welcome)|"
    r"joined\s+(?:this\s+\w+\s+)?by|joining\s+(?:us|me)|(?:great|good|nice)\s+to\s+(?:see|have)\s+you|thanks?(?:\s+you)?\s+(?:so\s+much\s+)?for\s+(?:joining|coming|being\s+(?:here|with))|"
    r"(?:my|our)\s+guests?\b|(?:thanks?|thank\s+you)\s+(?:(?:so|very)\s+much\s+)?for\s+your\s+time|\bjoin(?:s|ed)\s+(?:me|us)\b)"
)  # ("The Foreign Minister, Marise Payne, joined me from Melbourne. Minister, thanks for your time this evening.")
# (the word itself, not a minister's "after being welcomed by the Prime Minister" in his opening remarks; pass 119)


def _same_person(a: str, b: str) -> bool:
    return a.split()[-1].lower() == b.split()[-1].lower()


def _first_turn_end(t: str, content: list[Unit], u: Unit) -> int:
    return min(next((x.start for x in content if x.form == "label" and x.start > u.start), len(t)), u.content_start + 600)


def _self_named(t: str, content: list[Unit], turns: list[Unit], labels: list[str], *, hosting: bool = False) -> list[str]:
    """The labels that say their own name in their first turn ("I'm Tyler McBrien, managing editor");
    ``hosting``: as a host does, not as a guest introducing themselves ("My name is Bektour Iskender.
    I'm a journalist from Kyrgyzstan."), unless that turn welcomes to the show."""
    selves = []
    for lab in labels:
        u = next(x for x in turns if x.label == lab)
        end = _first_turn_end(t, content, u)
        if hosting and _handed_the_floor(t, turns, u, lab):
            continue  # "... I will now hand it over to Acting Assistant Secretary Godec." / "Amb Godec: ... I'm Bob Godec.":
            # the briefing's principal, named by the one who handed him the floor, introduces himself (rule F1, pass 116)
        for e in _SELF_INTRO.finditer(t, u.content_start, end):
            if hosting and e.group().lower().startswith("my") and not _SHOW_WELCOME.search(t, u.content_start, end):
                continue
            m = _NAME_RX.match(t, e.end())
            if m is not None and _same_person(lab, m.group()):
                selves.append(lab)
                break
    return selves


#: a speaker handing the floor to the next one ("I will now hand it over to ...", "I'll turn it over to ...", "over to you",
#: "may I request you to make opening remarks")
HANDS_FLOOR = re.compile(r"(?i)\b(?:(?:turn|hand|pass)\s+(?:it\s+|things\s+)?(?:back\s+)?over\s+to|give\s+(?:you\s+)?(?:the\s+)?floor"
                         r"|over\s+to\s+you|(?:invite|request|ask)\s+(?:[\w.]+\s+){0,4}?to\s+(?:make|give|deliver|share)\s+(?:\w+\s+)?"
                         r"(?:opening|introductory)\s+(?:remarks|statement|comments))\b")


def _handed_the_floor(t: str, turns: list[Unit], u: Unit, lab: str) -> bool:
    """The turn before ``u`` (``lab``'s first) hands the floor over to ``lab`` by surname.

    >>> from polisent.segment._units import Unit
    >>> t = "ICE: And with that, I will now hand it over to Secretary Godec.\\nGODEC: Thanks. I'm Bob Godec."
    >>> us = [Unit(0, 62, [0], 0, "label", 5), Unit(63, 93, [1], 1, "label", 70)]
    >>> us[0].label, us[1].label = "Ice", "Godec"
    >>> _handed_the_floor(t, us, us[1], "Godec"), _handed_the_floor(t, us, us[0], "Ice")
    (True, False)
    """
    i = next((k for k, x in enumerate(turns) if x is u), 0)
    if i == 0:
        return False
    prev = turns[i - 1]
    m = HANDS_FLOOR.search(t, prev.content_start, u.start)
    return m is not None and re.search(rf"\b{re.escape(lab.split()[-1])}\b", t[m.end():u.start], re.IGNORECASE) is not None


def welcoming_self(t: str, content: list[Unit], turns: list[Unit]) -> str | None:
    """The one label whose first turn both welcomes and gives its own name, as a host opens an event ("BARNARD: Good
    morning, everyone. Welcome to today's meeting with X. I'm Anne Barnard."), else None: the questions that end
    that label's later paragraphs are its own, not an unlabelled interviewer's.

    >>> from polisent.segment._units import Unit
    >>> t = "BARNARD: Welcome to today's meeting with Omar Said. I'm Anne Barnard.\\nSAID: Thank you."
    >>> us = [Unit(0, 69, [0], 0, "label", 9), Unit(70, 86, [1], 1, "label", 76)]
    >>> us[0].label, us[1].label = "Anne Barnard", "Omar Said"
    >>> welcoming_self(t, us, us)
    'Anne Barnard'
    """
    labels = list(dict.fromkeys(u.label for u in turns if u.label))
    selves = [lab for lab in _self_named(t, content, turns, labels, hosting=True)
              if _WELCOME.search(t, (u := next(x for x in turns if x.label == lab)).content_start, _first_turn_end(t, content, u))]
    return selves[0] if len(selves) == 1 and len(labels) >= 2 else None


#: a show's welcome ("Welcome to The Asia Chessboard"); not a witness's "Joining me today is my colleague"
_SHOW_WELCOME = re.compile(r"(?i)\bwelcome\s+(?:back\s+)?to\s+(?:the\s+|our\s+|this\s+)?(?-i:[A-Z])|\bwelcome\s+(?:back\s+)?to\s+(?:the|our|this)\s+(?:show|program|programme|podcast|episode)\b")


def co_hosts(t: str, content: list[Unit], turns: list[Unit]) -> set[str]:
    """The labels that open the show in their first turn, giving their own name and welcoming to it
    ("Welcome to The Asia Chessboard. I'm Mike Green, and I'm joined by ..."): hosts, where a
    podcast has several; the two labels that open it in turn ("I'm A." / "And I'm B, and this is ..."); and every label that says it hosts ("NICK EICHER, HOST:"). (A witness who names himself and his colleague, "My name is X. Joining me
    today is ...", opens no show.)"""
    labels = list(dict.fromkeys(u.label for u in turns if u.label))
    said = {u.label for u in turns if u.label and _label_is_host(t, u.start, u.content_start)}  # "NICK EICHER, HOST:"
    selves = _self_named(t, content, turns, labels)
    out = said | {lab for lab in selves
                  for u in [next(x for x in turns if x.label == lab)]
                  if _SHOW_WELCOME.search(t, u.content_start, _first_turn_end(t, content, u))}
    if len(turns) >= 2 and turns[0].label != turns[1].label and turns[0].label in selves and turns[1].label in selves \
            and _AND_I_AM.match(t, turns[1].content_start):
        # "I'm Gideon Resnick." / "And I'm Priyanka Aribindi, and this is What A Day": two hosts open the show in turn
        out |= {turns[0].label, turns[1].label}
    return out


#: a co-host's hand-off in the show's opening: "And I'm Priyanka Aribindi, ..."
_AND_I_AM = re.compile(r"[ \t]*And[ \t]+(?:I['\u2019]m|I[ \t]+am)[ \t]+")


#: the presenter hands over to the reporter at the end of his turn: "Europe correspondent Jane Hutcheon
#: reports.", "... Shane McLeod reports from Tokyo.", "Kerri Ritchie has this report."
_HANDS_OVER = re.compile(rf"(?P<name>{_NAME})\s+(?:reports|has\s+(?:this|that|the|more|our)\s+(?:report|story)|"
                         r"filed\s+this\s+report)(?:\s+(?:from|in|on)\s+[^.?!\n]{1,60})?\.\s*\Z")


#: an unlabelled presenter's lead hands over in mid-sentence: "As NPR's Anthony Kuhn reports now from Seoul, ..."
_AS_REPORTS = re.compile(rf"\bAs\s+(?:[A-Z][\w.&-]*(?:'s|\u2019s)\s+)?(?P<name>{_NAME})\s+reports\b")


def handover(t: str, content: list[Unit], turns: list[Unit]) -> tuple[str | None, str] | None:
    """``(presenter, reporter)`` labels of a radio news package: the first labelled turn ends by
    handing over to the reporter ("... Europe correspondent Jane Hutcheon reports.") and the next
    label is that reporter. The presenter is the host; the reporter narrates his own report. Where
    the presenter's lead stands unlabelled above the first label and hands over to it ("As NPR's
    Anthony Kuhn reports now from Seoul, ..." / "ANTHONY KUHN, BYLINE: ..."), the presenter is None.

    >>> from polisent.segment._units import Unit
    >>> t = "EASTLEY: Polls have closed. Europe correspondent Jane Hutcheon reports.\\nHUTCHEON: The faces stare down."
    >>> n = t.index("\\n")
    >>> us = [Unit(0, n, [0], 0, "label", 9, label="Tony Eastley"),
    ...       Unit(n + 1, len(t), [1], 1, "label", n + 11, label="Jane Hutcheon")]
    >>> handover(t, us, us)
    ('Tony Eastley', 'Jane Hutcheon')
    """
    labelled = [u for u in content if u.form == "label" and u.label]
    ids = {id(u) for u in turns}
    if labelled and id(labelled[0]) in ids and not any(_label_is_host(t, u.start, u.content_start) for u in labelled):
        lead = t[max(0, labelled[0].start - 600):labelled[0].start]
        m = _HANDS_OVER.search(lead) or _AS_REPORTS.search(lead)
        if m is not None and _same_person(labelled[0].label or "", m.group("name")):
            return None, labelled[0].label or ""
    if len(labelled) < 2 or id(labelled[0]) not in ids or id(labelled[1]) not in ids or labelled[0].label == labelled[1].label:
        return None
    first, nxt = labelled[0], labelled[1]
    m = _HANDS_OVER.search(t, max(first.content_start, nxt.start - 300), nxt.start)
    if m is None or not _same_person(nxt.label or "", m.group("name")):
        return None
    return first.label or "", nxt.label or ""
