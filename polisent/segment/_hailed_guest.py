"""The guest the host hails or announces in recorded talk: addressed by name ("Richard, do you ...?",
"Mr. Podoliak, ..."), by office ("Minister, thank you so much."), by a first name alone, or announced ("My
guest is Laslo Andor."). Split out of :mod:`polisent.segment._unnamed_answers`, which applies them."""

from __future__ import annotations

import re

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._label_names import other_side
from polisent.segment._name_forms import _strip_office
from polisent.segment._person_names import _GERUND, _ING_NAMES, _TITLE_WORDS, common_words
from polisent.segment._prefilter import bounded_spans
from polisent.segment._principal import _NAME_AT, Principal, is_person_name, is_place, page_spelling, person_part
from polisent.segment._units import Unit


#: a question that opens by addressing someone: "Richard, from what the minister says, ...",
#: "So, Mr. Khan, ..."
_VOCATIVE = re.compile(r"[ \t]*(?:(?:So|And|Now|Well|But|Okay|OK)[ \t]*,?[ \t]+)?"
                       r"(?:(?:Mr|Ms|Mrs|Dr|Professor|Ambassador|General|Minister|Senator|Herr|Frau|Monsieur|Madame|Signor|Signora"
                       r"|Se\u00f1or|Se\u00f1ora|Sr|Sra)\.?[ \t]+)?"
                       r"(?P<name>[A-Z][a-z'\u2019-]{2,20})[ \t]*,[ \t]")
#: the guest addressed with an honorific and a name of two or three words ("Mr. Grl\u0107 Radman, ...")
#: the honorifics a host hails the guest with
#: (and in other languages: "Herr Ischinger, Sie ...?", "Ambasciatore Cosimo Risi, l'Ucraina ...?")
_HAIL_HONORIFIC = (r"(?:Mr|Ms|Mrs|Dr|Professor|Minister|Ambassador|Herr|Frau|Monsieur|Madame|Se\u00f1or|Se\u00f1ora|Sr|Sra|Signor|Signora"
                   r"|Ambasciatore|Ministro|Ministre|Embajador|Ambassadeur|Botschafter|Presidente|Pr\u00e9sident|Profesor|Professore)")
_VOCATIVE_FULL = re.compile(rf"[ \t]*{_HAIL_HONORIFIC}\.?[ \t]+"
                            r"(?P<name>[A-Z][\w'\u2019-]{1,20}(?:[ \t]+[A-Z][\w'\u2019-]{1,20}){1,2})[ \t]*,[ \t]")

#: ... or by the full name alone, then speaks to "you" ("Pat Morgan, if you win the majority this Thursday, are you ...?")
_VOCATIVE_NAME = re.compile(r"[ \t]*(?P<name>[A-Z][\w'\u2019-]{1,20}(?:[ \t]+[A-Z][\w'\u2019-]{1,20}){1,2})[ \t]*,[ \t]"
                            r"(?=[^?\n]{0,200}\byou\b)")

_LINE_START = re.compile(r"\n[ \t]*")
#: words a host opens a question with before a comma that are no one's name ("Well, what ...?")
_DISCOURSE = frozenset("so and now well but okay ok yes no look listen right sure indeed sir madam thanks first "
                       "finally however also again today then alright fine great".split())


def hails_named(t: str, start: int, end: int) -> bool:
    """Whether the question ``t[start:end]`` opens by hailing someone whom the text names elsewhere with that
    word and a capitalised one: a question put to a person, not an op-ed's heading.

    >>> t = "Bakhrom Khamroev spoke to us.\\n\\nBakhrom, who can lead the people?\\n\\nNobody."
    >>> hails_named(t, 31, 64), hails_named("Now, who can lead?", 0, 18), hails_named("Ukraine, who can lead?", 0, 22)
    (True, False, False)
    """
    m = _VOCATIVE.match(t, start, end)
    if m is None or m.group("name").lower() in _DISCOURSE:
        return False
    return re.search(r"\b" + re.escape(m.group("name")) + r"[ \t]+[A-Z]", t) is not None


def _hailed(t: str, units: list[Unit]) -> set[str]:
    """The names the interviewer's questions open by addressing ("Richard, do you ...?")."""
    called = set()
    for u in units:  # a question, or talk whose speaker is unsure and that asks within a few lines
        if u.kind is SegmentKind.QUESTION or (u.kind is SegmentKind.ANSWER and u.role is SpeakerRole.UNKNOWN):
            # at the unit's start or, in a transcript's block of cues, at a line's ("00:33Ambassador Kaju, ...")
            starts = [u.content_start] + ([m.end() for m in _LINE_START.finditer(t, u.content_start, u.end)]
                                          if u.role is SpeakerRole.UNKNOWN else [])
            for s in starts:
                m = _VOCATIVE.match(t, s, u.end) or _VOCATIVE_FULL.match(t, s, u.end)
                if m is None and u.kind is SegmentKind.QUESTION and (n := _VOCATIVE_NAME.match(t, s, u.end)) is not None \
                        and is_person_name(n.group("name")) and not is_place(n.group("name")) \
                        and (first := n.group("name").split()[0].lower()) not in _TITLE_WORDS and first not in common_words():
                    m = n  # "Pat Morgan, if you win ..., are you ...?": the full name alone, then "you" (not "Field Marshal, Sir, ...")
                # (a marked question may ask without "?": "Q: Mr. Seyidov, please highlight the policy.")
                if m is not None and ("?" in t[m.end():m.end() + 300]
                                      or (u.kind is SegmentKind.QUESTION and _HONOURED_HAIL.match(t, s, u.end) is not None)) \
                        and m.group("name").lower() not in _TITLE_WORDS:  # ("Madame Secretary, ...": an office; rule V2)
                    called.add(" ".join(m.group("name").split()))
    # the first questions that greet the guest by full name ("Bonjour Catherine Colonna.", "Good evening, Dr. Ana Ruiz.")
    for u in [u for u in units if u.kind is SegmentKind.QUESTION][:2]:
        if (m := _GREETED.match(t, u.content_start, u.end)) is not None:
            called.add(" ".join(m.group("name").split()))
    # the standfirst that opens by hailing the guest with an honorific, the first question under it
    # ("Mr. Podoliak, four days after Russia attacked Ukraine, peace talks began. ... How are the talks going?")
    asked = next((u.start for u in units if u.kind is SegmentKind.QUESTION), None)
    for u in units:
        if asked is None or u.start >= asked:
            break
        if u.kind in (SegmentKind.ANSWER, SegmentKind.HEADING) \
                and (m := _HONOURED_HAIL.match(t, u.content_start, u.end) or _GREETED.match(t, u.content_start, u.end)) \
                and "?" in t[m.end():m.end() + 300]:
            called.add(" ".join(m.group("name").split()))
            break
    return called


#: a host's greeting by full name, an honorific allowed: "Bonjour Catherine Colonna.", "Bonsoir Mme Ana Ruiz, vous ...?"
_GREETED = re.compile(r"[ \t]*(?:Bonjour|Bonsoir|Hello|Good[ \t]+(?:morning|afternoon|evening)|Welcome|Buenos[ \t]+d[\u00edi]as|"
                      r"Buenas[ \t]+(?:tardes|noches)|Hola|Bom[ \t]+dia|Boa[ \t]+(?:tarde|noite)|Buongiorno|Buonasera|"
                      r"Guten[ \t]+(?:Tag|Abend|Morgen))[ \t]*,?[ \t]+"
                      r"(?:(?:Mme|M\.|Madame|Monsieur|Mr|Mrs|Ms|Dr|Herr|Frau|Se\u00f1or|Se\u00f1ora|Sr|Sra)\.?[ \t]+)?"
                      r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+(?:de|da|di|del|van|von|[A-Z][\w'\u2019-]+)){1,3})[ \t]*[,.!]")
#: an honorific and a surname opening the standfirst: "Mr. Podoliak, four days after ..."
_HONOURED_HAIL = re.compile(rf"[ \t]*{_HAIL_HONORIFIC}\.?[ \t]+"
                            r"(?P<name>[A-Z][\w'\u2019-]{1,20}(?:[ \t]+[A-Z][\w'\u2019-]{1,20}){0,2})[ \t]*,[ \t]")


#: the host hails the guest by office ("Minister, thank you so much.", "Mr. President, ...")
_OFFICE_HAIL = re.compile(r"[ \t]*(?:(?:So|And|Now|Well)[ \t]*,?[ \t]+)?(?:(?:Mr|Madam|Madame)\.?[ \t]+)?"
                          r"(?P<office>Minister|Ambassador|President|Secretary|Senator|Governor|Chancellor|Premier|Commissioner)[ \t]*,")


def _office_hailed(t: str, units: list[Unit]) -> Principal | None:
    """The guest the host hails by office ("Minister, thank you so much for joining us."), named where
    the text gives that office with a name ("The Minister for Business, Energy and Mineral Resources,
    Naya Nathanielsen."): one person only. The hail may open any line of unsure talk or of the host's opening
    (:attr:`Unit.opening`).

    >>> from polisent.segment._units import Unit
    >>> t = "Joining me is the Minister for Mines, Naya Berg.\\nMinister, thank you for joining us.\\nThank you."
    >>> u = Unit(0, len(t), [0], 0, "plain", 0); u.kind, u.role = SegmentKind.ANSWER, SpeakerRole.UNKNOWN
    >>> _office_hailed(t, [u]).name
    'Naya Berg'
    """
    offices = set()
    for u in units:
        if u.kind is SegmentKind.QUESTION or (u.kind is SegmentKind.ANSWER and u.role is SpeakerRole.UNKNOWN):
            starts = [u.content_start] + ([m.end() for m in _LINE_START.finditer(t, u.content_start, u.end)]
                                          if u.role is SpeakerRole.UNKNOWN or u.opening else [])
            offices |= {m.group("office") for s in starts for m in [_OFFICE_HAIL.match(t, s, u.end)] if m}
    if len(offices) != 1:
        return None
    office = offices.pop()
    rx = re.compile(rf"\b{office}\b(?:[^.\n]{{0,100}}?,[ \t]+|[ \t]+)(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){{1,2}})")
    # (not the other side: "talks with my counterpart, Foreign Minister X" in a visiting minister's statement)
    names = {person_part(m.group("name")) for m in rx.finditer(t, 0, min(len(t), 3000)) if not other_side(t, m.start())} - {None}
    names = {n for n in names if is_person_name(n) and not is_place(n)}
    return Principal(names.pop(), "interview", 3.0) if len(names) == 1 else None


def _first_name_hailed(t: str, units: list[Unit]) -> Principal | None:
    """The guest the host hails by a first name the text never completes ("00:00Mihai, what is the
    potential ...?"): that name is all the text gives. Not a word the text also writes in lower case
    ("Well, what ...?", "Look, ..."), nor one the hail does not go on from in lower case or with "I"
    ("Recently, Donald Trump ..."), nor a participle opening a clause ("Supposing, as looks likely, ..."),
    nor the interviewer's own name."""
    called = _hailed(t, units)
    word = next(iter(called)) if len(called) == 1 else ""
    low = word.lower()
    if not word or " " in word or not is_person_name(word) or is_place(word) or low in _TITLE_WORDS \
            or low in _DISCOURSE or low.endswith("ly") or (_GERUND.fullmatch(word) and low not in _ING_NAMES):
        return None  # ("Supposing, as looks likely, fighting ... intensifies, what ...?": a clause, no one hailed)
    if re.search(rf"(?<![\w'\u2019-]){re.escape(word)}[ \t]*,[ \t]+(?:[a-z]|I\b)", t) is None \
            or next(bounded_spans(t, low), None) is not None:
        return None
    if low in {w.lower() for u in units if u.kind is SegmentKind.QUESTION and u.speaker for w in u.speaker.split()}:
        return None
    return Principal(word, "interview", 1.0)


def _addressed_guest(t: str, units: list[Unit]) -> Principal | None:
    """The guest the interviewer addresses by name ("Richard, do you get the impression ...?"),
    named in full where the text writes the full name ("Richard Heydarian"); one person only."""
    called = _hailed(t, units)
    if len(called) != 1:
        return None
    word = next(iter(called))
    if " " in word:  # "Mr. Grlić Radman, Serbia doesn't recognize Kosovo ... how do you see ...?": the full name
        return Principal(word, "interview", 3.0) if is_person_name(word) else None
    full = {" ".join(m.group("name").split()) for m in _NAME_AT.finditer(t)}
    # (the hail's own honorific is no part of the name: "Herr Ischinger" is Ischinger)
    full = {re.sub(rf"\A{_HAIL_HONORIFIC}\.?[ \t]+", "", x) for x in full}
    full = {person_part(x) for x in full if word in x.split()[:1] + x.split()[-1:]} - {None}
    if not full and is_person_name(word) and not is_place(word) \
            and re.search(rf"\b{_HAIL_HONORIFIC}\.?[ \t]+{re.escape(word)}[ \t]*,", t):
        return Principal(word, "interview", 2.0)  # "Mr. Podoliak, ...": the surname is all the text gives
    if len(full) != 1:
        return None
    return Principal(next(iter(full)), "interview", 3.0)


#: the host announces the guest in recorded talk: "My guest is Laslo Andor.", "Our guest today is Dr. Ana Ruiz"
_NAME_RUN = r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'\u2019-]+)){1,3})"
_MY_GUEST = re.compile(r"(?i:(?<![^\W\d_])(?:(?:my|our)\s+(?:special\s+)?guests?\s+(?:today\s+|tonight\s+|this\s+week\s+|now\s+)?is"
                       r"|joining\s+(?:us|me)\s+(?:now\s+|today\s+|tonight\s+)?is"
                       # "Here with me now is Commerce Secretary Ana Ruiz." (not "the trouble with us is")
                       r"|(?:here\s+)?with\s+(?:us|me)\s+(?:now|today|tonight|here)\s+is|here\s+with\s+(?:us|me)\s+is"
                       r"|(?:we\s+are|we['\u2019]re|i['\u2019]m|i\s+am)\s+(?:now\s+)?joined\s+(?:now\s+)?by"
                       # a news channel's hand-over: "We can get more analysis on this now with X", "Let's bring in X"
                       r"|get\s+more\s+(?:analysis|reaction|perspective|insight|details)?\s*(?:on\s+(?:this|that|all\s+this)\s+)?(?:now\s+)?(?:with|from)"
                       r"|let['\u2019]s\s+(?:now\s+)?bring\s+in))\s+" + _NAME_RUN
                       # ... or after the name: "President Edgars Rinkovich is with us", "Ana Ruiz joins us now"
                       + r"|" + _NAME_RUN.replace("name", "after") + r"\s+(?i:is\s+with\s+us|joins\s+(?:us|me))\b")


def _announced_guest(t: str, units: list[Unit]) -> Principal | None:
    """The guest the host announces in the talk's opening ("My guest is Laslo Andor."), written as the
    page writes the name elsewhere ("L\u00e1szl\u00f3 Andor" in the summary); one person only.

    >>> from polisent.segment._units import Unit
    >>> t = "Summary: L\u00e1szl\u00f3 Andor talks to Paul Adamson.\\nMy guest is Laszlo Andor. Welcome."
    >>> u = Unit(t.index("My"), len(t), [1], 1, "plain", t.index("My")); u.kind = SegmentKind.ANSWER
    >>> _announced_guest(t, [u]).name
    'L\u00e1szl\u00f3 Andor'
    """
    talk = [u for u in units if u.kind in (SegmentKind.ANSWER, SegmentKind.QUESTION)][:6]
    # (an office before the name is no part of it: "Here with me now is Commerce Secretary Ana Ruiz")
    found = {person_part(x) or person_part(_strip_office(x.split()) or "") for u in talk
             for m in _MY_GUEST.finditer(t, u.content_start, u.end) for x in [m.group("name") or m.group("after")]} - {None}
    if len(found) != 1:
        return None
    return Principal(page_spelling(t, next(iter(found))), "interview", 3.0)
