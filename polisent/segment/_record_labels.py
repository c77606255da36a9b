"""Turn labels of printed records (split out of :mod:`polisent.segment._labels`, pass 119): a hearing's "Chairman
MCCAUL." and indented "    Senator Menendez." (rule R1), a peer's "Lord Ahmad of Wimbledon (Con):" (rule H2), and
"Q (Sarah Miles):" naming the person a Q&A label stands for (rule Q2)."""

from __future__ import annotations

import re
from functools import lru_cache

from polisent.segment._person_names import is_person_name, is_place

__all__ = ["_qa_person", "_record_label", "interviewer_and_respondent", "peer_label"]


#: a printed hearing's turn label: a style or an office, the surname in capitals, a full stop ("Senator RISCH.")
_RECORD_LABEL = re.compile(r"[ \t]*(?P<label>(?P<title>(?:The[ \t]+)?[A-Z][a-z]+\.?(?:[ \t]+[A-Z][a-z]+)?)[ \t]+(?:Mc|Mac|O')?[A-Z][A-Z'\-]+"
                           r"(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?)\.[ \t]+(?=[A-Z\"'\u201c])")
#: ... and in mixed case on a paragraph's indented first line, as the printed hearings write them ("    Senator
#: Menendez. Thank you, Mr. Chairman.", "    The Chairman. The committee will come to order.")
_INDENTED_RECORD_LABEL = re.compile(r"(?P<label>(?P<title>(?:The[ \t]+)?[A-Z][a-z]+\.?(?:[ \t]+[A-Z][a-z]+)??)(?:[ \t]+(?:Mc|Mac|O'|De|Van)?"
                                    r"[A-Z][a-z'\-]+){0,2})\.[ \t]+(?=[A-Z\"'\u201c])")
_RECORD_TITLES = frozenset("""the mr ms mrs dr chairman chairwoman chair senator representative ambassador secretary general admiral
    governor director commissioner administrator deputy assistant under ranking member vice acting mayor judge""".split())


def _record_label(t: str, fs: int, le: int) -> tuple[str, str, int] | None:
    """A printed hearing's or record's turn label, a full stop for the colon (rule R1 of the 119th pass): the surname in
    capitals ("Chairman MCCAUL. The committee will come to order.", "Mr. SMITH of New Jersey. Thank you."), or in mixed
    case on an indented line ("    Senator Menendez. Thank you, Mr. Chairman.", "    The Chairman. We will ...").

    >>> t = "    Senator Menendez. Thank you, Mr. Chairman."
    >>> _record_label(t, 4, len(t)), _record_label("Senator Menendez. Thank you.", 0, 28)
    (('name', 'Senator Menendez', 22), None)
    >>> _record_label("Ambassador SMITH. Thank you.", 0, 28), _record_label("Ask NATO. The alliance answers.", 0, 31)
    (('name', 'Ambassador SMITH', 18), None)
    """
    rec = _RECORD_LABEL.match(t, fs, le)
    if rec is None and 2 <= fs - (line := t.rfind("\n", 0, fs) + 1) <= 6 and t[line:fs].isspace():
        # (indented by two to six blanks, as print is: not a masked voice tag's width, "<v Speaker 1>Ambassador X. ...")
        rec = _INDENTED_RECORD_LABEL.match(t, fs, le)
    if rec is None or not all(w.rstrip(".").lower() in _RECORD_TITLES for w in rec.group("title").split()):
        return None
    words = rec.group("label").split()
    if words[-1].lower() in _RECORD_TITLES and words[-1] not in ("Chairman", "Chairwoman", "Chair"):
        return None  # "Mr. Secretary." names no one; "The Chairman." is the chair's turn
    return "name", " ".join(words), rec.end()


def _qa_person(paren: str | None) -> str | None:
    """The person a "Q"/"A" label names in brackets ("Q (Sarah Miles):"; rule Q2 of the 119th pass), else None.

    >>> _qa_person("(Sarah Miles)"), _qa_person("(CNN)"), _qa_person("(continued)"), _qa_person(None)
    ('Sarah Miles', None, None, None)
    """
    words = (paren or "")[1:-1].split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    name = " ".join(words)
    return name if is_person_name(name) and not is_place(name) else None


#: a peer's style in the House of Lords' record: "Lord Ahmad of Wimbledon", "Baroness Smith of Basildon", "The Earl of
#: Kinnoull", "The Lord Bishop of St Albans"
_PEER = re.compile(r"(?:The[ \t]+)?(?:Lord|Baroness|Lady|Viscount|Earl|Countess|Marquess|Duke)(?:[ \t]+(?:Bishop|[A-Z][\w'\u2019\-]+)){0,3}"
                   r"[ \t]+of[ \t]+[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){0,2}")


def peer_label(label: str) -> bool:
    """Whether a turn label is a peer's style, its territorial title after "of" (rule H2 of the 119th pass; the
    lower-case "of" had made it no name).

    >>> peer_label("Lord Ahmad of Wimbledon"), peer_label("Baroness Smith of Basildon"), peer_label("The Earl of Kinnoull")
    (True, True, True)
    >>> peer_label("President of Russia Vladimir Putin"), peer_label("Lord of the Rings")
    (False, False)
    """
    return _PEER.fullmatch(label) is not None


_I_LABEL = re.compile(r"(?m)^[ \t]*I:[ \t]")
_R_LABEL = re.compile(r"(?m)^[ \t]*R:[ \t]")


@lru_cache(maxsize=4)  # (asked once per "I:" or "R:" line of the same text)
def interviewer_and_respondent(t: str) -> bool:
    """Whether the text marks turns with both "I:" and "R:" at line starts, as a research interview's transcript does
    (interviewer, respondent); one of them alone is no such mark ("I: Rt Hon X MP" numbers a committee's first panel).

    >>> interviewer_and_respondent("I: How did it change?\\nR: Slowly."), interviewer_and_respondent("I: Rt Hon X MP\\nQ1 Chair: Welcome.")
    (True, False)
    """
    return _I_LABEL.search(t) is not None and _R_LABEL.search(t) is not None

