"""One person, one speaker name: the forms a document gives one speaker joined under the fullest.

A page may label one speaker several ways ("Susan E. Rice" in the standfirst, "SUSAN RICE:" in the
turns; "PRESIDENT MARCOS:" beside "Ferdinand R. Marcos Jr."; "Abdullah II" and "Abdullah Ii").
Each form would be a speaker of its own, and every per-speaker roll-up would split the person in two.
:func:`person_aliases` maps each shorter form to the one fuller form that contains it; it never joins
two people who share a family name ("Bruce Heyman" and "Vicki Heyman"), a bare family name that two
fuller names share, or a father and son ("Donald Trump" and "Donald Trump Jr").

>>> person_aliases(["Susan E. Rice", "Liane Hansen", "Susan Rice"])
{'Susan Rice': 'Susan E. Rice'}
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["person_aliases"]

#: a generational suffix that ends a name ("Ferdinand R. Marcos Jr.", "John Smith III")
GENERATION = frozenset({"jr", "sr", "ii", "iii", "iv"})
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*\.?", re.UNICODE)


def _parts(name: str) -> tuple[tuple[str, ...], str] | None:
    """(the name's words in lower case without initials and suffix, its suffix), None for no person's name
    ("Speaker 1", "Q231 Chair": a digit; one letter)."""
    if any(ch.isdigit() for ch in name):
        return None
    words = [w.rstrip(".").lower() for w in _WORD.findall(name)]
    suffix = words.pop() if len(words) >= 2 and words[-1] in GENERATION else ""
    words = [w for w in words if len(w) > 1]  # "E." in "Susan E. Rice" is an initial
    return (tuple(words), suffix) if words else None


def _inside(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short``'s words are ``full``'s in order, the family name (the last word) included."""
    if not short or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(w in it for w in short)


def person_aliases(names: Iterable[str | None]) -> dict[str, str]:
    """Each speaker name that is a shorter or other-cased form of exactly one fuller name among ``names``,
    mapped to that name (the first form given where two differ only in case).

    >>> person_aliases(["Ferdinand R. Marcos Jr.", "Marcos", "Jay Ruiz"])
    {'Marcos': 'Ferdinand R. Marcos Jr.'}
    >>> person_aliases(["Abdullah II", "Abdullah Ii"]), person_aliases(["Donald Trump Jr", "Donald Trump"])
    ({'Abdullah Ii': 'Abdullah II'}, {})
    >>> person_aliases(["Bruce Heyman", "Vicki Heyman", "Heyman"]), person_aliases(["Speaker 1", "Speaker 1"])
    ({}, {})
    """
    order = list(dict.fromkeys(n for n in names if n))
    parsed = {n: p for n in order if (p := _parts(n)) is not None}
    out: dict[str, str] = {}
    first_form: dict[str, str] = {}
    for n in parsed:  # one name written in two cases
        key = " ".join(n.split()).casefold()
        if key in first_form:
            out[n] = first_form[key]
        else:
            first_form[key] = n
    forms = [n for n in parsed if n not in out]
    for n in forms:
        words, suffix = parsed[n]
        fuller = []
        for m in forms:
            if m == n:
                continue
            m_words, m_suffix = parsed[m]
            if len(m_words) <= len(words) and not (len(m_words) == len(words) and len(m) > len(n) and m_words == words):
                continue  # not fuller ("Susan Rice" is as full as itself; "Susan E. Rice" adds an initial)
            if suffix and suffix != m_suffix:
                continue
            if m_suffix and not suffix and len(words) > 1:
                continue  # "Donald Trump" is not "Donald Trump Jr"; a bare "Marcos" may be "Ferdinand R. Marcos Jr."
            if _inside(words, m_words):
                fuller.append(m)
        # the fullest of them: one person only ("Heyman" beside "Bruce Heyman" and "Vicki Heyman" stays)
        top = [m for m in fuller if not any(x != m and _inside(parsed[m][0], parsed[x][0]) and len(x) > len(m) for x in fuller)]
        if len(top) == 1:
            out[n] = top[0]
    return {n: out[out[n]] if out[n] in out else out[n] for n in out}
