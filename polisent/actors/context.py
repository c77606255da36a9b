"""Context rules applied after detection: datelines, Georgia the US state, a leader's government.

* A capital that opens a line as a dateline ("WASHINGTON —", "1. Moscow.", "Seoul and Pyongyang.",
  "Kyiv, May 5 —") names the place a story is filed from, not the government: dropped.
* "Georgia" next to US-state context ("Atlanta, Georgia", "Georgia Republicans", "Arizona and
  Georgia", "the Georgia Senate race") is the US state, not the country: dropped.
* A head of state or government followed by "administration" or "government" ("the Trump
  administration", "Lula's government") is that state's government, so the state (the
  annotation guideline's reading: a state's government is the state).

>>> from polisent.actors import RegistryLinker
>>> [m.text for m in RegistryLinker().link("WASHINGTON — Arizona and Georgia voted. Georgia's army did not.")]
['Georgia']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from polisent.records import ActorType, MentionKind

if TYPE_CHECKING:
    from polisent.actors.registry import Registry
    from polisent.actors.resolve import Work

__all__ = ["drop_datelines", "drop_places", "drop_us_georgia", "governments"]

_LINE_PREFIX = re.compile(r"^[ \t]*(?:(?:[#*>\-\u2022]+|\d+[.)]|[A-Z][.)])[ \t]*)*$")
_JOIN = re.compile(r"^[ \t]*(?:,|and|&|/)[ \t]*$", re.IGNORECASE)
_DATELINE_END = re.compile(
    r"^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?(?:[.:\u2014\u2013]|--|-[ \t]|,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\b)"
)
US_STATES = frozenset(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois "
    "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin "
    "Wyoming Carolina Dakota Hampshire Jersey".split()
)
_GEORGIA_BEFORE = re.compile(
    r"(?:Atlanta|Savannah|Augusta|Macon|state of|State of|governor of|Governor of|voters in|race in|runoff in|"
    r"Senate seat in|primary in)[ \t,]*$"
)
_GEORGIA_AFTER = re.compile(
    r"^(?:'s|\u2019s)?[ \t]+(?:State|Senate|senate|Republicans?|Democrats?|voters|governor|Governor|primary|"
    r"runoff|legislature|Legislature|election officials|secretary of state|Secretary of State|Bulldogs|Tech)\b"
)
_STATE_NEAR = re.compile(r"\b(" + "|".join(sorted(US_STATES)) + r"|Washington [Ss]tate)\b")


def drop_datelines(work: list[Work], text: str) -> None:
    """Mark metonyms that form a dateline at the start of a line as dropped."""
    metonyms = [w for w in work if w.kind is MentionKind.METONYM and not w.dropped]
    i = 0
    while i < len(metonyms):
        w = metonyms[i]
        line_start = text.rfind("\n", 0, w.start) + 1
        if not _LINE_PREFIX.match(text[line_start:w.start]):
            i += 1
            continue
        group = [w]
        j = i + 1
        while j < len(metonyms) and _JOIN.match(text[group[-1].end:metonyms[j].start]):
            group.append(metonyms[j])
            j += 1
        if _DATELINE_END.match(text[group[-1].end:group[-1].end + 60]):
            for g in group:
                g.dropped = True
        i = j


#: a capital that names an event, an accord or a body, not the state ("the Berlin Conference", "the Moscow format")
_EVENT_AFTER = re.compile(
    r"[ \t]+(?:[Cc]onference|[Ss]ummit|[Tt]alks|[Ff]ormat|[Pp]rocess|[Dd]eclaration|[Aa]greements?|[Aa]ccords?|[Pp]rotocols?|"
    r"[Cc]onsensus|[Cc]ommuniqu[e\u00e9]|[Cc]harter|[Tt]reaty|[Ii]nitiative|[Ff]orum|[Dd]ialogue|[Aa]irport|[Uu]niversity|"
    r"[Mm]emorandum|[Rr]ound)\b")
#: "... will meet on 8 February in Dar es Salaam", "the decision in Windhoek": the capital is where it happens
_PLACE_BEFORE = re.compile(
    r"\b(?:meet|meets|met|meeting|meetings|talks|summit|conference|held|hold|holds|hosted|hosts|gather(?:ed|ing)?|"
    r"convened?|signed|sign|visit(?:ed|ing|s)?|trip|tour|arrived?|landed|flew|travel(?:led|ed)?|decision|forum|ceremony|"
    r"rall(?:y|ies)|protests?|based|headquartered|born|lives?|lived|stationed|negotiations|round)\b[^.;!?\n]{0,60}?"
    r"\b(?:in|at)[ \t]+(?:the[ \t]+)?\Z")


def drop_places(work: list[Work], text: str) -> None:
    """Mark capitals used as a place, not as the state they stand for (the guideline: "a place that
    is only a location ('talks in Geneva') is not an actor"): one that names an event or an accord
    ("the Berlin Conference", "the Moscow format"), or where something is held, signed or based
    ("leaders will meet on Monday in Dar es Salaam", "a decision in Windhoek"). An agent stays
    ("Moscow rejected the plan", "at the behest of Kinshasa")."""
    for w in work:
        if w.kind is not MentionKind.METONYM or w.dropped:
            continue
        if _EVENT_AFTER.match(text, w.end) or _PLACE_BEFORE.search(text, max(0, w.start - 90), w.start):
            w.dropped = True


def drop_us_georgia(work: list[Work], text: str) -> None:
    """Mark "Georgia"/"Georgian" mentions that stand for the US state as dropped."""
    for w in work:
        if w.actor_id != "georgia" or w.dropped or w.kind not in (MentionKind.NAME, MentionKind.ADJECTIVE):
            continue
        before = text[max(0, w.start - 30):w.start]
        after = text[w.end:w.end + 40]
        near = text[max(0, w.start - 25):w.start] + " " + text[w.end:w.end + 25]
        if (_GEORGIA_BEFORE.search(before) or _GEORGIA_AFTER.match(after)
                or (_STATE_NEAR.search(near) and re.search(r"(?:,|\band\b|\bor\b)", near))):
            w.dropped = True


_GOVERNMENT_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+(?:administration|government)\b", re.IGNORECASE)
#: offices whose holder's "administration" or "government" is the state's
_GOVERNING = ("president", "prime_minister", "chancellor", "head_of_government", "head_of_state", "leader",
              "supreme_leader", "king", "queen", "emir")


def governments(work: list[Work], text: str, registry: Registry) -> None:
    """Relink "<leader> administration" / "<leader>'s government" to the state the leader governs
    (or governed), the mention widened to cover the word; persons who never governed a state of the
    registry stay themselves.

    >>> from polisent.actors import RegistryLinker
    >>> [(m.text, m.actor_id) for m in RegistryLinker().link("The Obama administration and Putin met.")]
    [('Obama administration', 'united_states'), ('Putin', 'vladimir_putin')]
    """
    for w in work:
        if w.dropped or w.actor_id is None or w.actor_id not in registry.actors:
            continue
        actor = registry.actors[w.actor_id]
        if actor.type is not ActorType.PERSON:
            continue
        m = _GOVERNMENT_AFTER.match(text, w.end)
        if m is None:
            continue
        states = [o.of for o in actor.offices if o.role in _GOVERNING and o.of in registry.actors
                  and registry.actors[o.of].type is ActorType.STATE]
        if states:
            w.actor_id, w.end, w.link = states[-1], m.end(), "government"
