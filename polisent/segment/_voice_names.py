r"""A numbered voice that says its own name (rule V2 of the 111th pass).

An automatic transcript labels its voices "Speaker 1", "Speaker 2"; the host often names himself in his first turns
("Speaker 2 (00:32): Hi everyone. I'm Dana Lewis and welcome to another edition of Backstory"). That voice is Dana
Lewis wherever it speaks: its turns take the name, as a labelled transcript's would.

>>> from polisent.segment._units import Unit
>>> t = "Speaker 1: Covert.\nSpeaker 2: Hi everyone. I'm Dana Lewis and welcome to the show."
>>> v = Unit(0, 18, [0], 0, "label", 11, label="Speaker 1"); v.speaker = "Speaker 1"
>>> u = Unit(19, len(t), [1], 1, "label", 30, label="Speaker 2"); u.speaker = "Speaker 2"
>>> self_named_voices(t, [v, u], [("Speaker 1", SpeakerRole.UNKNOWN), ("Speaker 2", SpeakerRole.UNKNOWN)])
[('Speaker 1', <SpeakerRole.UNKNOWN: 'unknown'>), ('Dana Lewis', <SpeakerRole.UNKNOWN: 'unknown'>)]
>>> u.speaker
'Dana Lewis'
"""

from __future__ import annotations

import re

from polisent.records import SpeakerRole
from polisent.segment._person_names import GENERIC_LABEL, is_person_name, is_place
from polisent.segment._units import Unit

__all__ = ["self_named_voices"]

#: a speaker naming himself: "I'm Dana Lewis and welcome ...", "My name is Ana Ruiz." (not "I'm joined by ...")
_SELF_INTRO = re.compile(r"\b(?:I['\u2019]m|I[ \t]+am|[Mm]y[ \t]+name[ \t]+is)[ \t]+"
                         r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:[ \t]+[A-Z][a-z][\w'\u2019-]*){1,2})"
                         r"(?=[ \t]*(?:[,.;!]|\band\b|\bhere\b|\bwith\b|\bfrom\b|\Z))")
#: how many of a voice's first units are read for its name
_FIRST_UNITS = 4


def self_named_voices(t: str, units: list[Unit],
                      out: list[tuple[str | None, SpeakerRole]]) -> list[tuple[str | None, SpeakerRole]]:
    """Give each numbered voice (:data:`GENERIC_LABEL`) that names itself in its first units that name, where the
    voice names one person only, no other voice or label takes the same name and the text has two numbered voices
    or more; ``out`` (the speakers) follows."""
    names: dict[str, set[str]] = {}
    read: dict[str, int] = {}
    for u in units:
        sp = u.speaker
        if sp is None or not GENERIC_LABEL.fullmatch(sp) or read.get(sp, 0) >= _FIRST_UNITS:
            continue
        read[sp] = read.get(sp, 0) + 1
        for m in _SELF_INTRO.finditer(t, u.content_start, u.end):
            name = " ".join(m.group("name").split())
            if is_person_name(name) and not is_place(name):
                names.setdefault(sp, set()).add(name)
    # (counted on the labels: a voice another rule already named, "Speaker 2" as the standfirst's guest, still counts)
    voices = set(read) | {u.label for u in units if getattr(u, "label", None) and GENERIC_LABEL.fullmatch(u.label)}
    if len(voices) < 2:
        return out  # one numbered voice for everyone (a caption file that never tells voices apart): no one's name
    taken = {u.speaker for u in units if u.speaker and not GENERIC_LABEL.fullmatch(u.speaker)}
    chosen = {sp: next(iter(ns)) for sp, ns in names.items() if len(ns) == 1}
    counts: dict[str, int] = {}
    for n in chosen.values():
        counts[n] = counts.get(n, 0) + 1
    chosen = {sp: n for sp, n in chosen.items() if counts[n] == 1 and n not in taken}
    if not chosen:
        return out
    for u in units:
        if u.speaker in chosen:
            u.speaker = chosen[u.speaker]
    return [(chosen.get(n, n) if n is not None else None, r) for n, r in out]
