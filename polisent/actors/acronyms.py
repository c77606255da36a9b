"""Acronyms a text defines: "the Pacific Islands Forum (PIF)" makes every later "PIF" of that text the forum.

The registry cannot list every short form of every body (and some are ambiguous across texts: "PIF" is also
Saudi Arabia's Public Investment Fund), but a text that writes a body's name and then its acronym in brackets
says which body the acronym stands for in that text. The acronym must start with the initial of one of the
name's words and hold two capitals or more; a form the registry already links is left to the registry.

>>> from polisent.actors import RegistryLinker
>>> t = "The Pacific Islands Forum (PIF) met in Tonga. The PIF said it would act."
>>> [(m.text, m.actor_id) for m in RegistryLinker().link(t)]
[('Pacific Islands Forum', 'pacific_islands_forum'), ('Tonga', 'tonga'), ('PIF', 'pacific_islands_forum'), ('it', 'pacific_islands_forum')]
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from polisent.records import ActorType, MentionKind

if TYPE_CHECKING:
    from polisent.actors.registry import Registry
    from polisent.actors.resolve import Work

__all__ = ["defined_acronyms"]

#: the acronym in brackets right after the name: " (PIF)", " (AfDB)", " (AES)"
_BRACKETED = re.compile(r"[ \t]*\((?P<acr>[A-Z][A-Za-z&]{1,8})\)")
_TYPES = frozenset({ActorType.ORGANISATION, ActorType.BLOC, ActorType.PARTY, ActorType.OTHER})


def defined_acronyms(work: list[Work], text: str, registry: Registry, spans: list[tuple[int, int]],
                     covered: list[bool]) -> list[Work]:
    """New name mentions for the uncovered uses of acronyms that ``text`` defines after a linked body's name
    (see the module docstring); ``covered`` is updated."""
    from polisent.actors.resolve import Work

    defined: dict[str, str] = {}
    defining: set[int] = set()  # the bracketed acronyms themselves: part of the name's mention, not another one
    for w in work:
        if w.kind is not MentionKind.NAME or w.actor_id not in registry.actors:
            continue
        if registry.actors[w.actor_id].type not in _TYPES:
            continue
        m = _BRACKETED.match(text, w.end)
        if m is None:
            continue
        acr = m.group("acr")
        defining.add(m.start("acr"))
        initials = {x[:1].upper() for x in re.findall(r"[^\W\d_]+", text[w.start:w.end])}
        if sum(c.isupper() for c in acr) < 2 or acr[0] not in initials:
            continue
        if defined.get(acr, w.actor_id) != w.actor_id:
            defined[acr] = ""  # two bodies for one acronym: neither
            continue
        defined[acr] = w.actor_id
    out: list[Work] = []
    starts = [s for s, _ in spans]
    for acr, actor_id in defined.items():
        if not actor_id:
            continue
        for m in re.finditer(rf"(?<![\w&-]){re.escape(acr)}(?![\w&-])", text):
            if m.start() in defining:
                continue
            i = bisect.bisect_left(starts, m.start())
            if i >= len(spans) or spans[i][0] != m.start():
                continue
            j = i
            while j < len(spans) and spans[j][1] <= m.end():
                j += 1
            if j == i or spans[j - 1][1] != m.end() or any(covered[i:j]):
                continue
            for k in range(i, j):
                covered[k] = True
            out.append(Work(m.start(), m.end(), MentionKind.NAME, i, j, actor_id=actor_id))
    return out
