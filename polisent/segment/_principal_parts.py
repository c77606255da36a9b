"""The pieces :func:`~polisent.segment._principal.principal` is built from: the speaker it returns
(:class:`Principal`) and its candidates, the name pattern its cues are tried at (:data:`_NAME_AT`), its guarded
window scans and smaller patterns, and :func:`page_spelling`, a name as the page writes it where a transcript
spells it otherwise. Split out of :mod:`polisent.segment._principal` (pass 112)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from polisent.segment._author_lines import TITLED_NAME
from polisent.segment._labels import _CAP
from polisent.segment._name_cues import (
    _CITED,
    _HOST_SELF,
    _IN_THIS_INTERVIEW,
    _IN_THIS_INTERVIEW_SAYS,
    _IS_THEN_IN_THIS_INTERVIEW,
    _SELF_JOB,
    _SPOKES,
    _SUBJECT_MET,
    _THEIR_INTERVIEW,
    _TO_JOURNALIST,
)
from polisent.segment._name_forms import spelled_alike
from polisent.segment._person_names import is_person_name, person_part
from polisent.segment._prefilter import Guarded, lead_guarded, required_literals
from polisent.segment._principal_cues import _folded


_POSSESSIVE = re.compile(r"['\u2019]s(?=[ \t]|\Z)")
@dataclass(frozen=True)
class Principal:
    """The main speaker a text introduces: ``kind`` is the strongest cue (interview, author, expert)."""

    name: str
    kind: str
    score: float


@dataclass
class _Cand:
    name: str
    score: float = 0.0
    kinds: set[str] = field(default_factory=set)


#: a person's name with an optional title: the places cues are looked for (the lookahead is implied by the
#: pattern, whose titles and names all open with a capital: it only lets the engine skip other positions fast)
_NAME_AT = re.compile(rf"(?={_CAP}){TITLED_NAME}")


_FIRST_LINE = re.compile(r"\s*([^\n]{1,120}?)[ \t]*(?:\n|\Z)")


#: a Russian patronymic: "Vladimirovich", "Sergeyevna", "Ilyich"
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|yevich|ovna|evna|yevna|ichna|inichna|ilyich)")


def page_spelling(t: str, name: str) -> str:
    """``name`` as the page writes it where a transcript spells it otherwise ("Laszlo Andor", "Laslo
    Andor" for the summary's "L\u00e1szl\u00f3 Andor"): the one other name the opening writes alike,
    before the talk's spelling.

    >>> page_spelling("L\u00e1szl\u00f3 Andor talks to Paul Adamson. My guest is Laslo Andor.", "Laslo Andor")
    'L\u00e1szl\u00f3 Andor'
    >>> page_spelling("An interview with the head of the centre, Georgiy Fedorov. - Georgiy Vladimirovich, how?", "Georgiy Vladimirovich")
    'Georgiy Fedorov'
    """
    surname = name.split()[-1]
    if len(name.split()) == 2 and _PATRONYMIC.fullmatch(surname):
        # a Russian address, first name and patronymic ("Georgiy Vladimirovich, how do you assess ..."): the full name the
        # page gives with that first name ("... Aspect", Georgiy Fedorov."; rule N1 of pass 117)
        # (in any of its romanisations: "Sergey Viktorovich" is the "Sergei Lavrov" of the caption)
        given = _romanised(name.split()[0])
        full = {" ".join(m.group().split()) for w in re.finditer(r"\b[A-Z][\w'\u2019-]+", t) if _romanised(w.group()) == given
                for m in [_REST_OF_NAME.match(t, w.start())] if m is not None}
        full = {x for x in full if not _PATRONYMIC.fullmatch(x.split()[-1]) and is_person_name(x)}
        if len(full) == 1:
            return full.pop()
    if t.count(name) >= 2 or (t.count(surname[:3]) < 2 and t.count(name.split()[0] + " ") < 2):
        return name  # the page writes it so more than once, or nothing else like it
    runs = (" ".join(m.group("name").split()) for m in _NAME_AT.finditer(t, 0, min(len(t), 5000)))
    # (a title before the page's spelling is no part of it: "Latvian President Edgars Rinkevics")
    same = [x for x in dict.fromkeys(person_part(r) or r for r in runs)
            if x != name and (spelled_alike(_folded(x), _folded(name)) or _heard_alike(_folded(x), _folded(name))) and is_person_name(x)
            and not all(a.startswith(b) for a, b in zip(x.split(), name.split()))  # not an inflection: "Grli\u0107a Radmana"
            and not (_folded(x) == _folded(name) and len(x.encode()) <= len(name.encode()))  # nor the name without its accents
            and 0 <= t.find(x) < t.find(name)]  # the page's spelling comes first (title, summary), the talk's after
    return same[0] if len(same) == 1 else name


#: a first name and the one or two capitalised words after it
_REST_OF_NAME = re.compile(r"[A-Z][\w'\u2019-]+[ \t]+(?:[A-Z][\w'\u2019-]+[ \t]+)?[A-Z][\w'\u2019-]+\b")


def _romanised(given: str) -> str:
    """A Russian or Ukrainian first name with the romanisations' differences folded away ("Sergey" and "Sergei",
    "Aleksei" and "Alexey", "Yevgeny" and "Evgeniy").

    >>> _romanised("Sergey") == _romanised("Sergei"), _romanised("Aleksei") == _romanised("Alexey"), _romanised("Yevgeny") == _romanised("Evgeniy")
    (True, True, True)
    >>> _romanised("Sergey") == _romanised("Sergio")
    False
    """
    w = given.lower().replace("ks", "x")
    w = re.sub(r"\Ay(?=e)", "", w)
    return re.sub(r"(?:iy|ii|yi|ij|y|i)\Z", "i", w)


def _heard_alike(a: str, b: str) -> bool:
    """The same first name and surnames of five letters or more that sound alike, as a machine transcript renders
    a name the page writes ("Edgars Rinkovich" for "Edgars Rinkevics", "Larissa Vaholtz" for "Larissa Wachholz").

    >>> _heard_alike("edgars rinkevics", "edgars rinkovich"), _heard_alike("larissa wachholz", "larissa vaholtz")
    (True, True)
    >>> _heard_alike("edgars rinkevics", "edgars berzins"), _heard_alike("ana ruiz", "ana ruez")
    (False, False)
    """
    wa, wb = a.split(), b.split()
    if len(wa) != 2 or len(wb) != 2 or wa[0] != wb[0] or min(len(wa[1]), len(wb[1])) < 5:
        return False
    return difflib.SequenceMatcher(None, wa[1], wb[1]).ratio() >= 0.65


#: a capitalised word next: a surname before it is the first name of someone else ("Krishnan Raman")
_SPACE_CAP = re.compile(rf"[ \t]+{_CAP}")
#: "I'm your host, Sarah Isgir, joined by Steve Hayes": the co-host, right after "joined by"
_COHOST = re.compile(r"(?i)\bhost\b[^.?!]{0,60}\bjoined\s+(?:here\s+|today\s+|again\s+|as\s+always\s+)?by[ \t,:]*\Z")


#: the window scans, each run only where the folded window holds a literal every match holds (see _prefilter.Guarded)
_SPOKES_SCAN, _THEIR_INTERVIEW_SCAN, _IN_THIS_INTERVIEW_SCAN, _IN_THIS_INTERVIEW_SAYS_SCAN, _IS_THEN_IN_THIS_INTERVIEW_SCAN, \
    _SUBJECT_MET_SCAN, _TO_JOURNALIST_SCAN = map(Guarded, (_SPOKES, _THEIR_INTERVIEW, _IN_THIS_INTERVIEW, _IN_THIS_INTERVIEW_SAYS,
                                                       _IS_THEN_IN_THIS_INTERVIEW, _SUBJECT_MET, _TO_JOURNALIST))


#: the words one of which _CITED (case-sensitive, searched in the lower-cased window before a name) needs
_CITED_LITERALS = required_literals(_CITED.pattern, _CITED.flags) or ("",)
#: "welcome to The Take. I'm X": searched only where a word every match holds stands (see _prefilter.Guarded)
_HOST_SELF_SCAN = Guarded(_HOST_SELF)

#: _SELF_JOB with the lookahead of the characters it opens with ("I'm", "My name is"): the engine skips the other
#: positions fast (see _prefilter.lead_guarded)
_SELF_JOB_AT = lead_guarded(_SELF_JOB)


#: the speaker's own meeting right before an interview cue: "my interview with", "our conversation with"
_OWN_MEETING = re.compile(r"\b(?i:my|our)[ \t]+(?:[a-z]+[ \t]+)?\Z")
