"""The helpers the speaker rules of :mod:`polisent.segment._speakers` find and settle names with: the names a
pattern finds in units (:func:`_names`), the one person the candidates agree on (:func:`_agree`), a name given by
honorific and surname made whole (:func:`_unhonoured`), a note's subject that is no writer (:func:`_subject_named`)
and the titles that close with their writer (:func:`_title_bylines`).
Split out of :mod:`polisent.segment._speakers` (pass 112), which re-exports them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from polisent.segment._labels import _display
from polisent.segment._name_forms import without_postnominals
from polisent.segment._lead_writers import is_honorific_name
from polisent.segment._name_cues import OUTLET_AFTER
from polisent.segment._person_names import (
    _HONORIFICS as _HONORIFIC_WORDS,  # lower case: "mr", "dr"
)
from polisent.segment._prefilter import Guarded
from polisent.segment._principal import is_person_name, is_place
from polisent.segment._title_bylines import _PASSIVE, _TITLE_BY_SCAN
from polisent.segment._units import Unit

_FOR_OUTLET = re.compile(r"\s+for\s+[A-Z]")


def _names(rx: re.Pattern[str] | Guarded, t: str, units: Sequence[Unit], says: bool = True, job: bool = False,
           wrapped: bool = False) -> list[str]:
    """The names ``rx`` finds in ``units``; with ``says`` False, one after "says" or "warns" only where it signs
    a column: with the outlet ("..., says Gearoid Reidy for Bloomberg Opinion."), or (``job`` False) named
    nowhere after ("..., warns Tom Hale" ends a dek). "..., says Rashid Abdi, an analyst at ..." or "..., says
    Kjell Engelbrekt." over "..., Engelbrekt said" leads a report on what its source says. With ``wrapped``, a
    paragraph hard-wrapped into lines (an aggregator's or an e-mail's copy) is read as one line, so that a name
    the wrap splits is found whole ("..., writes Oscar\nvan Heerden.")."""
    out = []
    for u in units:
        text = t
        if wrapped and "\n" in t[u.start:u.end].strip():
            text = t[:u.start] + t[u.start:u.end].replace("\n", " ") + t[u.end:]  # same length: offsets hold
        for m in rx.finditer(text, u.start, u.end):
            if not says and m.groupdict().get("verb") in ("says", "warns") and not _FOR_OUTLET.search(m.group(), m.end("name") - m.start()) \
                    and (job or re.search(rf"\b{re.escape(m.group('name').split()[-1])}\b", t[u.end:]) is not None):
                continue
            if not OUTLET_AFTER.match(t, m.end("name")):  # "an interview with Le Monde, she ...": the outlet
                name = " ".join(m.group("name").split())
                out.append(_display(name) if name.isupper() else name)  # "MAX DU PREEZ" is Max du Preez
    return out


def _once_each(t: str, units: Sequence[Unit]) -> list[Unit]:
    """``units`` without the repeats of a text seen before among them (a title a page prints two or three times)."""
    seen: set[str] = set()
    out = []
    for u in units:
        if (key := " ".join(t[u.start:u.end].split())) not in seen:
            seen.add(key)
            out.append(u)
    return out


def _subject_named(t: str, name: str, bio: Unit, answers: Sequence[Unit]) -> bool:
    """A note naming its person by honorific and surname alone ("Mr. Manele was the foreign minister when ...") while
    the text's own paragraphs name that person too: the text's subject, not its writer (a writer's note names no one
    the text discusses: "Mr. Latal is a journalist ...")."""
    if not is_honorific_name(name):
        return False
    sur = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    return any(sur.search(t, a.start, a.end) for a in answers if a is not bio)


def _agree(names: Sequence[str]) -> str | None:
    """The one person all candidate names refer to (by surname), else None; honours after a name are no part of it
    ("The Rt Hon David Cameron MP" on his own line is David Cameron; rule M1 of pass 114).

    >>> _agree(["David Cameron MP", "Cameron"]), _agree(["Ana Ruiz", "Tom Bell"])
    ('David Cameron', None)
    """
    if not names:
        return None
    names = [without_postnominals(n) for n in names]
    surnames = {n.split()[-1] for n in names}
    if len(surnames) != 1:
        return None
    return max(names, key=len)


def _unhonoured(t: str, name: str) -> str:
    """ "Mr Donthi" as the full name the text writes for him ("Praveen Donthi"), when it writes one.

    >>> _unhonoured("says Omar Haddad, an analyst. Mr Haddad discusses ...", "Mr Haddad")
    'Omar Haddad'
    """
    words = name.split()
    if len(words) != 2 or words[0].rstrip(".").lower() not in _HONORIFIC_WORDS:
        return name
    full = {f"{m.group(1)} {words[1]}" for m in re.finditer(rf"\b([A-Z][\w'\u2019-]+)[ \t]+{re.escape(words[1])}\b", t)
            if m.group(1).rstrip(".").lower() not in _HONORIFIC_WORDS | {"miss", "professor", "the"}}
    full = {x for x in full if is_person_name(x)}
    return full.pop() if len(full) == 1 else name


def _title_bylines(t: str, units: Sequence[Unit], *, dashed: bool = False) -> list[str]:
    """The people one-line titles among ``units`` name in a closing "By X" (not a passive's "Backed by X");
    ``dashed``: only after a dash ("... Conundrum -By SKC Ogbonnia") or glued to the title by a PDF's
    extraction ("Japan needs military optionsBy Ana Ruiz | GLOBE COLUMNIST")."""
    return [n for u in units if "\n" not in t[u.start:u.end].strip() and len(t[u.start:u.end].split()) <= 30
            for m in [_TITLE_BY_SCAN.search(t, max(u.start, u.end - 200), u.end)]
            if m and (m.group("paren") or m.group("glued") or m.group("gdash") or not _PASSIVE.fullmatch(m.group("word")))
            and (m.group("dash") or m.group("glued") or m.group("gdash") or not dashed)
            for n0 in [" ".join(m.group("name").split())] for n in [_display(n0) if n0.isupper() else n0]
            if is_person_name(n) and not is_place(n)]
