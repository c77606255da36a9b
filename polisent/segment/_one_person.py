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
from collections.abc import Iterable, Sequence
from typing import Any

from polisent.segment._label_names import _text_names
from polisent.segment._address_names import address_initials
from polisent.segment._late_speaker import late_speaker
from polisent.segment._layout_patterns import _once
from polisent.segment._name_forms import _ROYAL, royal_name, spelled_alike
from polisent.segment._person_names import reads_as_phrase
from polisent.segment._principal_cues import _folded

__all__ = ["first_spellings", "person_aliases", "settle_names"]

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


#: how far into a text :func:`first_spellings` reads its names (the title, the standfirst, the show notes)
_SPELLING_HEAD = 6000


def first_spellings(t: str, names: Iterable[str | None]) -> dict[str, str]:
    """Each speaker name that the text spells otherwise *before* it writes it (or never writes it) mapped to
    that first spelling, one letter apart ("Ece Temelkoran" of an automatic transcript under "Ece Temelkuran"
    in the show notes; "Miri Eisan" on the labels, "Miri Eisen" in the host's words): an editor types the
    title and the standfirst, an automatic transcript and a caption spell by ear. Only where the head of the
    text writes exactly one such spelling, and never another speaker's. A turn label's spelling is never the
    first (labels spell by ear too), a name declined ("Grlića Radmana" for "Grlić Radman") is no other
    spelling, and accents alone do not count.

    >>> t = "Ece Temelkuran on Sweden\\n\\nHost: Welcome, Ece Temelkoran.\\nEce Temelkoran: Thank you."
    >>> first_spellings(t, ["Ece Temelkoran", None])
    {'Ece Temelkoran': 'Ece Temelkuran'}
    >>> first_spellings("Ece Temelkoran said so. We met Ece Temelkuran later.", ["Ece Temelkoran"])
    {}
    >>> first_spellings("Ece Temelkoran: Thanks. We met Ece Temelkuran later.", ["Ece Temelkoran"])  # a label spells by ear
    {'Ece Temelkoran': 'Ece Temelkuran'}
    """
    speakers = [n for n in dict.fromkeys(n for n in names if n) if len(n.split()) >= 2 and _parts(n) is not None]
    if not speakers:
        return {}
    ats = {n: _in_prose(t, n) for n in speakers}
    # (only a spelling written before a speaker's own can take its place: the text is read that far, no further)
    end = int(min(len(t), _SPELLING_HEAD, max(ats.values())))
    written = [x for x in dict.fromkeys(_text_names(t, [(0, end)])) if x not in speakers] if end > 0 else []
    if not written:
        return {}

    def alike(x: str, n: str) -> bool:
        # (accents alone do not count: a page writes "Peña" and "Pena" for one man, and either may be his)
        # (nor an initial more or less: "Lena O. Haugen" is the fuller form, person_aliases' business)
        return len(x.split()) == len(n.split()) and _folded(x) != _folded(n) and _no_ending(x, n) \
            and spelled_alike(_folded(x), _folded(n))

    written_at = {x: _in_prose(t, x) for x in written}
    out: dict[str, str] = {}
    for n in speakers:
        at = ats[n]
        forms = {x for x in written if written_at[x] < at and alike(x, n)}
        # (a spelling as near another speaker's name is no evidence for either)
        if len(forms) == 1 and not any(m != n and alike(x, m) for x in forms for m in speakers):
            out[n] = forms.pop()
    return out


#: a turn label at a line's start: the name, a time code in brackets maybe, a colon
_LABEL_AFTER = re.compile(r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*:")


def _in_prose(t: str, name: str) -> float:
    """Where ``t`` first writes ``name`` other than as a turn label at a line's start (a transcript's labels spell
    by ear too); infinity where it never does."""
    at = t.find(name)
    while at >= 0:
        if not ((at == 0 or t[at - 1] == "\n") and _LABEL_AFTER.match(t, at + len(name))):
            return at
        at = t.find(name, at + 1)
    return float("inf")


def _no_ending(a: str, b: str) -> bool:
    """The two names' words differ inside, not by an ending: "Radman" and "Radmana" are one name declined."""
    for x, y in zip(a.lower().split(), b.lower().split()):
        if x != y and (x.startswith(y) or y.startswith(x)):
            return False
    return True


def settle_names(t: str, units: Sequence[Any], speakers: list[tuple[str | None, Any]], speaker_model: Any) -> list[tuple[str | None, Any]]:
    """The layout's last word on its speakers' names (in place on ``units``; the speakers list returned): a headline's
    words are nobody's, a name printed twice is the name once, a royal's name as the text gives it, the learned
    ranker where no rule left an answer named, one person one name, spelled as first written.
    Moved out of :func:`polisent.segment._structure.build_units` (pass 112)."""
    phrases = {u.speaker for u in units if u.form != "label" and u.speaker and reads_as_phrase(u.speaker)}
    royals = {n: royal_name(t, n) for n in {u.speaker for u in units if u.speaker} if _ROYAL.fullmatch(n)}
    for u in units:  # "Kira Kay Kira Kay": a name a page prints twice in a row (alt text over it) is the name once;
        # a headline's words the cues took for a name ("Strategic Shift") are nobody's
        u.speaker = None if u.speaker in phrases and u.form != "label" else royals.get(u.speaker) or _once(u.speaker)
    fixed = [(None if n in phrases else royals.get(n) or _once(n), r) for n, r in speakers]
    fixed = late_speaker(t, units, fixed, speaker_model)  # the ranker, where no rule left an answer named
    if speaker_model is not None and (spelled := address_initials([n for n, _ in fixed], speaker_model.address)):
        for u in units:  # "SE:" turns under ".../The_Peace_Processor_Saeb_Erekat": the address spells the initials out
            u.speaker = spelled.get(u.speaker, u.speaker) if u.speaker else u.speaker
        fixed = [(spelled.get(n, n) if n else n, r) for n, r in fixed]
    if alias := person_aliases([n for n, _ in fixed] + [u.speaker for u in units]):  # one person, one name
        for u in units:
            u.speaker = alias.get(u.speaker, u.speaker) if u.speaker else u.speaker
        fixed = [(alias.get(n, n) if n else n, r) for n, r in fixed]
    if spelt := first_spellings(t, [n for n, _ in fixed] + [u.speaker for u in units]):  # ... spelled as first written
        for u in units:
            u.speaker = spelt.get(u.speaker, u.speaker) if u.speaker else u.speaker
        fixed = [(spelt.get(n, n) if n else n, r) for n, r in fixed]
    return fixed
