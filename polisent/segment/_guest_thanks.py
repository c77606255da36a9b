"""The guest who thanks for the invitation: a labelled speaker whose first turn opens "Thanks for having
me", "Thank you, Tino, and I'm really very pleased to be here" or "Great to be with you" is the one
invited, and the speaker who welcomed him in a turn before it is the one who invited him (rule H1 of the 102nd
pass). On a page cut before the host's first question (an excerpt of 2,000 characters often is), this
is the only sign of who hosts: nobody has asked yet, and the host's welcome alone may be a leader's to
a colleague. Where nobody thanks so, the one speaker who thanks another by name "for speaking with us" hosts (rule
H2). Used by :func:`polisent.segment._hosts._interviewer` where its other cues leave no host.

>>> import re
>>> bool(_THANKS_INVITED.match("Thanks for having me. It is good to be back."))
True
>>> bool(_THANKS_INVITED.match("Well, Margaret, thank you for having me on."))
True
>>> bool(_THANKS_INVITED.match("Thank you, Tino, and I'm really very pleased to be here."))
True
>>> bool(_THANKS_INVITED.match("Well, first thank you for having me in my polite Canadian manner."))
True
>>> bool(_THANKS_INVITED.match("Thank you. We met our partners today."))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from polisent.segment._units import Unit

__all__ = ["invited_host"]

_BE_HERE = r"to[ \t]+be[ \t]+(?:here|with[ \t]+you|on(?:[ \t]+the)?[ \t]+(?:show|program(?:me)?|podcast)|back|joining[ \t]+you)\b"
#: the opening words of an invited guest's first turn
_THANKS_INVITED = re.compile(
    r"[ \t\W]*(?:(?:Well|Oh|And|Yes|Sure|Yeah|So|First|Firstly|Let[ \t]+me[ \t]+(?:first[ \t]+)?say)[,.]?[ \t]+){0,2}(?:[A-Z][\w'\u2019-]+,[ \t]+)?"
    r"(?:(?:(?:Thanks?|Thank[ \t]+you)(?:[ \t]+(?:so|very)[ \t]+much)?(?:,?[ \t]+[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)?,?[ \t]+"
    r"(?:(?:so[ \t]+much[ \t]+|very[ \t]+much[ \t]+)?for[ \t]+(?:having|inviting)[ \t]+(?:me|us)\b"
    r"|and[ \t]+(?:it['\u2019]s[ \t]+)?(?:I['\u2019]m[ \t]+)?(?:really[ \t]+)?(?:very[ \t]+)?"
    r"(?:great|good|nice|a[ \t]+pleasure|pleased|delighted|glad|happy)[ \t]+" + _BE_HERE + r"))"
    r"|(?:It['\u2019]s[ \t]+)?(?:(?:really|very|so)[ \t]+)?(?:great|good|nice|a[ \t]+pleasure|glad|happy)[ \t]+" + _BE_HERE + r")",
    re.I)


def invited_host(t: str, turns: Sequence[Unit], labels: Sequence[str], welcome: re.Pattern[str]) -> str | None:
    """The label of the nearest turn before the first turn that thanks for the invitation (see the module) that
    welcomes anywhere (``welcome``: "welcome to the show", "thanks for joining us"; a correspondent's report may come
    first), when that label never thanks so itself; else, of two labels, the one that does not thank. Where no turn
    thanks, the host of :func:`_thanking_host` (rule H2). (Not merely the turn before: an automatic transcript splits the
    guest's "Thank you." from "It's a pleasure to be here" under two speaker numbers.)

    >>> from polisent.segment._units import Unit
    >>> t = "Ana Ruiz: Welcome, Minister.\\nJo Lee: Thanks for having me.\\nAna Ruiz: Let us start."
    >>> us = [Unit(0, 28, [0], 0, "label", 10, label="Ana Ruiz"), Unit(29, 58, [1], 1, "label", 37, label="Jo Lee"),
    ...       Unit(59, 84, [2], 2, "label", 69, label="Ana Ruiz")]
    >>> invited_host(t, us, ["Ana Ruiz", "Jo Lee"], re.compile("(?i)welcome"))
    'Ana Ruiz'
    """
    if len(labels) < 2:
        return None
    seen: set[str] = set()
    thanking: list[int] = []
    ends = [turns[i + 1].start if i + 1 < len(turns) else len(t) for i in range(len(turns))]
    for i, u in enumerate(turns):
        if not u.label or u.label in seen:
            continue
        seen.add(u.label)
        # (the turn's words may stand on the lines below its label)
        if _THANKS_INVITED.match(t, u.content_start, min(ends[i], u.content_start + 200)):
            thanking.append(i)
    if not thanking:
        return _thanking_host(t, turns, ends)
    guests = {turns[i].label for i in thanking}
    for k in range(thanking[0] - 1, -1, -1):
        u = turns[k]
        if u.label and u.label not in guests and welcome.search(t, u.content_start, min(ends[k], u.content_start + 4000)):
            return u.label
    others = [lab for lab in labels if lab not in guests]
    return others[0] if len(others) == 1 and len(labels) == 2 else None


#: a host thanking the guest by name for the talk: "Muhammad Yunus, thank you so much for speaking with us once again."
_THANKS_NAMED = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}),[ \t]+(?:thanks|thank[ \t]+you)"
                           r"(?:[ \t]+(?:so|very)[ \t]+much)?[ \t]+for[ \t]+(?:speaking|talking|joining|being[ \t]+(?:with|here|on))\b")


def _thanking_host(t: str, turns: Sequence[Unit], ends: Sequence[int]) -> str | None:
    """The one label whose turns thank another label's speaker by name for the talk ("Muhammad Yunus, thank you so much
    for speaking with us", under "MUHAMMAD YUNUS:" turns), when no other label does so."""
    surnames = {u.label.split()[-1].lower(): u.label for u in turns if u.label and u.label.split()}
    found: set[str] = set()
    for i, u in enumerate(turns):
        if not u.label:
            continue
        for m in _THANKS_NAMED.finditer(t, u.content_start, ends[i]):
            other = surnames.get(m.group("name").split()[-1].lower())
            if other is not None and other != u.label:
                found.add(u.label)
    return found.pop() if len(found) == 1 else None
