"""A show's opening in a transcript without turn labels: the host's words up to the first question.

A podcast or broadcast transcript printed without speaker labels opens with its host ("Welcome to
HARDtalk. I'm Stephen Sackur. ..."), who introduces the programme and the guest and then asks. Read as
one voice, those lines became the guest's claims. :func:`split_host_opening` marks them as the host's
(:attr:`Unit.opening`; the roles make them interviewer set-up, which yields no claims) and cuts the first
question into a unit of its own, so the talk after it stays the guest's.

It acts only where all of these hold: no turn labels; a show's opening words ("welcome to", "you're
listening to", "this is <Name>") in the first sentences of the talk, or an anchor bringing a guest in
there ("we can bring in X", "joining us now is X", "Joining me is X") and asking within three sentences, or
after the guest's thanks for the invitation within six ("Minister, thank you so much for joining us." / "Thank you
for having me." / "So can I first ask you ...?": the host's words end before the thanks, the question after it is
asked; pass 123, H1); and, within the next
30 sentences, a question, or the host bringing in the guest ("joining me now is", "my guest today is", "with me today").
An op-ed, a speech or a news bulletin (no question, no guest brought in) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from polisent.segment._guest_thanks import _THANKS_INVITED
from polisent.segment._paragraphs import _REPLY_OPENS
from polisent.segment._prefilter import Guarded
from polisent.segment._questions import _pieces
from polisent.segment._sentences import split_sentences
from polisent.segment._units import _QMARK_END, Unit

__all__ = ["split_host_opening"]

#: a show's opening words: "Welcome to ...", "Hello and welcome back to ...", "You're listening to ...",
#: "This is Fresh Air.", "From the BBC, this is The Global Story."
_SHOW_OPENS = re.compile(r"(?i:\bwelcome\s+(?:back\s+)?to\b|\byou['\u2019]re\s+(?:listening|watching|tuning)\b)")
#: ... or a sentence that names the programme and nothing else: "This is Fresh Air.", "From the BBC World
#: Service, this is The Global Story." (not "This is Beijing's 'Oh yeah?' moment")
_THIS_IS_SHOW = re.compile(r"[^.?!]{0,60}?\b[Tt]his\s+is\s+(?:the\s+|[Tt]he\s+)?[A-Z][\w'\u2019-]*(?:[ \t]+(?:[A-Z0-9][\w'\u2019!-]*|of|the|and|in|on))"
                           r"{0,5}[ \t]*[.!]?[ \t]*")
#: the host brings in the guest: "Joining me now is ...", "My guest today is ...", "With me today, ...",
#: "... joins us from Cairo", "Hello to both of you", "X, welcome to the programme"
_HANDOVER = re.compile(
    r"(?i:\bjoining\s+(?:us|me)\b|\bwith\s+(?:us|me)\s+(?:now|today|tonight|in\s+the\s+studio)\b|\b(?:my|our)\s+guests?\b"
    r"|\bjoins?\s+(?:us|me)\b|\bhello\s+to\s+(?:both|all)\s+of\s+you\b|\bwelcome\s+to\s+(?:the|our)\s+(?:show|programme|program|podcast)\b"
    r"|\bthanks?\s+(?:you\s+)?(?:very\s+much\s+|so\s+much\s+)?for\s+(?:joining|being\s+(?:here|with))\b|\bgood\s+to\s+(?:have|see)\s+you\b)")
#: ... of a written page, not a show: "Welcome to Wider Europe, RFE/RL's new newsletter ..."
_WRITTEN = re.compile(r"(?i)\b(?:newsletter|column|blog|website|site|page|magazine|edition|issue|briefing|digest|series)\b")
#: a host's greeting or own name: "Welcome back.", "Hi everyone.", "And I'm Maria Snegovaya, senior fellow ..."
_GREETS = re.compile(r"(?i:^\W*(?:and\s+|so\s+)?(?:hello|hi|hey|good\s+(?:morning|afternoon|evening)|welcome)\b)"
                     r"|\b(?:I['\u2019]m|[Mm]y\s+name\s+is)\s+[A-Z]")
#: an anchor bringing a guest in: "we can bring in X", "let's bring in X", "joining us now is X", "we're joined now by X"
_BRINGS_IN = re.compile(r"(?i)\b(?:(?:let['\u2019]s|we\s+can|we\s+will|we['\u2019]ll|I\s+want\s+to)\s+bring\s+in|joining\s+(?:us|me)\s+(?:now|live)"
                        r"|joining\s+(?:us|me)\s+(?:(?:today|tonight|here)\s+)?(?:is|are)"
                        r"|(?:we['\u2019]re|we\s+are|I['\u2019]m|I\s+am)\s+(?:now\s+)?joined\s+(?:now\s+|live\s+)?by|with\s+(?:us|me)\s+now"
                        r"|(?:(?<![^\W\d])(?:and|also|here)\s+|(?<!(?-i:[a-z]))(?<!(?-i:[a-z]) ))with\s+(?:us|me)\s+(?:here\s+)?(?:is|are))\b")
#                       ("And with me is Germany's foreign minister", not "the trouble with us is")
#: ... or a host announcing the guest as a show's opening does: "My guest on The Europe Conversation this week is ..." (pass 120)
_MY_GUEST = re.compile(r"(?i)(?<![^\W\d])my\s+guests?\s+(?:on\s+[^.?!\n]{1,60}?\s+)?(?:(?:today|tonight|this\s+(?:week|morning|evening))\s+)?(?:is|are)\b")
_BRING_IN_WITHIN = 12
_HEAD_CHARS = 4000  #: the opening words lie within this many characters of the talk's start
_THIS_IS = re.compile(r"\b[Tt]his\s+is\s+")
#: (searched only where the text holds a word every match holds: see _prefilter.Guarded)
_SHOW_OPENS_SCAN, _BRINGS_IN_SCAN = Guarded(_SHOW_OPENS, lead=True), Guarded(_BRINGS_IN, lead=True)
_WINDOW = 30  #: sentences after the opening words in which the host must ask or hand over
_OPEN_WITHIN = 8  #: the opening words must come within the talk's first sentences


#: a sentence that opens by hailing someone by a first name ("Michelle, I want to get into ...")
_HAILS = re.compile(r"[ \t]*(?P<name>[A-Z][a-z'\u2019-]{2,}),[ \t]")
_NOT_HAILS = frozenset("well yes yeah so now look sure okay right indeed first second also however actually sadly".split())


def _host_again(t: str, sents: list[tuple[Unit, int, int]], end: int, start: int, asks: Callable[[int], bool]) -> tuple[int, int] | None:
    """After the host's welcome (sentence ``end``) the guest's thanks, then the host hailing the guest by the
    first name the opening used and asking within four sentences: the first and the asking sentence's
    indices ("Thank you for having me." / "Michelle, I want to get into ... What is it about ...?")."""
    if end + 2 >= len(sents) or _REPLY_OPENS.fullmatch(t, sents[end + 1][1], sents[end + 1][2]) is None:
        return None
    m = _HAILS.match(t, sents[end + 2][1], sents[end + 2][2])
    if m is None or m.group("name").lower() in _NOT_HAILS or not re.search(rf"\b{m.group('name')}\b", t[start:sents[end][2]]):
        return None
    q = next((i for i in range(end + 2, min(len(sents), end + 6)) if asks(i)), None)
    return (end + 2, q) if q is not None and q + 1 < len(sents) else None


def _thanked_then_asked(t: str, sents: list[tuple[Unit, int, int]], handed: int) -> tuple[int, int] | None:
    """The guest's thanks for the invitation within six sentences after the host brings the guest in, and a question
    in the two sentences after it: (the thanks' index, the question's), else None ("Joining me is X. ... Minister, thank
    you so much for joining us." / "Thank you for having me." / "So can I first ask you ...?")."""
    for j in range(handed + 2, min(len(sents), handed + 7)):
        if _THANKS_INVITED.match(t, sents[j][1], sents[j][2]) is not None:
            q = next((i for i in range(j + 1, min(len(sents), j + 3)) if _QMARK_END.search(t, max(sents[i][1], sents[i][2] - 12), sents[i][2])), None)
            return (j, q) if q is not None and q + 1 < len(sents) else None
    return None


def split_host_opening(t: str, units: list[Unit], line_starts: list[int]) -> bool:
    """Mark the host's opening of an unlabelled transcript (see the module); True when it did.

    >>> t = ("Welcome to Harbour Talk. I'm Dev Marlow. Tolls on the river rose again this week.\\n"
    ...      "My guest today is Sandra Pike. Sandra, what is happening on the Danube?\\n"
    ...      "The Danube is busy. Vienna wants a new deal.")
    >>> us = [Unit(0, 81, [0], 0, "plain", 0), Unit(82, 153, [1], 1, "plain", 82), Unit(154, len(t), [2], 2, "plain", 154)]
    >>> split_host_opening(t, us, [0, 82, 154])
    True
    >>> [(t[u.start:u.end], u.opening, u.asks) for u in us][2:]
    [('Sandra, what is happening on the Danube?', True, True), ('The Danube is busy. Vienna wants a new deal.', False, False)]
    """
    if any(u.form == "label" for u in units):
        return False
    plain = [u for u in units if u.form == "plain"]
    head = plain[0].content_start if plain else 0  # (a cheap look first: most texts open no show)
    if not (_SHOW_OPENS_SCAN.search(t, head, head + _HEAD_CHARS) or _THIS_IS.search(t, head, head + _HEAD_CHARS)
            or _BRINGS_IN_SCAN.search(t, head, head + _HEAD_CHARS) or _MY_GUEST.search(t, head, head + 600)):
        return False
    sents: list[tuple[Unit, int, int]] = []
    for u in plain:
        sents += [(u, s, e) for s, e in split_sentences(t, u.content_start, u.end)]
        if len(sents) > _OPEN_WITHIN + _WINDOW:
            break
    lead_end = -1
    cue = next((i for i, (_, s, e) in enumerate(sents[:_OPEN_WITHIN])
                if _SHOW_OPENS_SCAN.search(t, s, e) is not None or _THIS_IS_SHOW.fullmatch(t, s, e) is not None
                or (i < 4 and _MY_GUEST.match(t, s, e) is not None)), None)
    if cue is None:
        # ... or a news programme's anchor, who reads the news and then brings the guest in ("For some analysis
        # on this, we can bring in X, ..."), and asks right after: the talk from its first words
        brought = next((i for i, (_, s, e) in enumerate(sents[:_BRING_IN_WITHIN]) if _BRINGS_IN_SCAN.search(t, s, e)), None)
        if brought is None or not (any(_QMARK_END.search(t, max(s, e - 12), e) for _, s, e in sents[brought + 1:brought + 4])
                                   or _thanked_then_asked(t, sents, brought) is not None):
            return False
        cue, lead_end = 0, sents[brought][1]  # (the news read before it is the programme's lead-in, as a standfirst is)
    if _WRITTEN.search(t, sents[cue][1], sents[cue][2]):
        return False
    window = range(cue + 1, min(len(sents), cue + _WINDOW))

    def asks(i: int) -> bool:  # (a headline in Title Case asks nobody: "Brief #1: Is A New Agreement Imminent?")
        s, e = sents[i][1], sents[i][2]
        words = re.findall(r"[^\W\d_]{4,}", t[s:e])
        return _QMARK_END.search(t, max(s, e - 12), e) is not None and not (words and all(w[0].isupper() for w in words))

    # the host brings in the guest, then asks; a teaser's questions before the guest comes in are the host's too
    handed = next((i for i in [cue, *window] if _HANDOVER.search(t, sents[i][1], sents[i][2])), None)
    thanked = _thanked_then_asked(t, sents, handed) if handed is not None else None
    if handed is not None and thanked is not None and not any(asks(i) for i in range(handed, min(len(sents), handed + 3))):
        end = thanked[0] - 1  # the host's words run on to the guest's thanks ("... Minister, thank you for joining us." /
        # "Thank you for having me." / "So can I first ask you ...?"; pass 123, H1)
    elif handed is not None:  # (a question right after it; else the guest replies to the welcome first)
        end = next((i for i in range(handed, min(len(sents), handed + 3)) if asks(i)), handed)
    else:
        end = next((i for i in window if asks(i)), None)
    if end is None or end + 1 >= len(sents):
        return False  # no question and no guest brought in, or nothing after: a bulletin, a speech, an op-ed
    while cue > 0 and _GREETS.search(t, sents[cue - 1][1], sents[cue - 1][2]):
        cue -= 1  # the host's greeting and name before the show's name ("Welcome back. I'm Max Bergman, ...")
    first_u = sents[cue][0]
    k = sum(1 for u, _, _ in sents[:cue] if u is first_u)  # the opening words' sentence in its paragraph
    start = first_u.content_start if k <= 2 else sents[cue][1]  # ("Hello, I'm Katie Rowe. From the BBC, this is ...")
    q_s, q_e = sents[end][1], sents[end][2]
    asked = asks(end)
    bounds = ({start, q_s, q_e} if asked else {start, q_e}) | ({lead_end} if lead_end > start else set())
    again = _host_again(t, sents, end, start, asks) if not asked else None
    if again is None and not asked and thanked is not None and thanked[0] == end + 1:
        again = (thanked[0] + 1, thanked[1])  # the host asks right after the guest's thanks
    if again is not None:  # the guest thanks the host, who hails the guest and asks: the host's again
        bounds |= {sents[again[0]][1], sents[again[1]][1], sents[again[1]][2]}
    last = q_e if again is None else sents[again[1]][2]  # the end of the host's words marked here
    out: list[Unit] = []
    for u in units:
        if u.form != "plain" or u.end <= start or u.content_start >= last:
            out.append(u)
            continue
        cuts = sorted(b for b in bounds if u.content_start < b < u.end)
        pieces = _pieces(t, u, cuts, line_starts, frozenset({(q_s, q_e)} if asked else ())) if cuts else [u]
        for p in pieces:
            if p.content_start >= start and p.end <= q_e:
                p.opening = True
                p.intro = p.end <= lead_end  # the anchor's lead-in: the editor's introduction, no host's set-up
                p.asks = p.asks or (asked and p.end == q_e and p.content_start >= q_s)
            elif again is not None and p.content_start >= sents[again[0]][1] and p.end <= sents[again[1]][2]:
                p.opening = True
                p.asks = p.content_start >= sents[again[1]][1]
            out.append(p)
    units[:] = out
    return True
