"""Author lines: a person's name alone on a line, as bylines and author boxes print it ("By Ana Ruiz",
"Sergey Saenko, international observer", "Jennifer Rankin in Brussels", "Sumaira Khan Published April 25, 2025 |
11:30 AM"), read by :func:`polisent.segment._principal.principal`.

>>> person_line(NAME_LINE.fullmatch("By Ana Ruiz")), person_line(NAME_LINE.fullmatch("Read More"))
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from polisent.segment._labels import _CAP, _JOB_WORDS, _NAME, _TITLES, _display
from polisent.segment._person_names import common_words, is_person_name, is_place, person_name_words
from polisent.segment._units import Unit

__all__ = ["NAME_LINE", "TITLED_NAME", "head_by_writer", "person_line", "repost_writer", "runon_head_writer"]

#: a person's name with an optional title ("Dr. Vali Nasr"): the name is group ``name``
TITLED_NAME = rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})"
NAME_LINE = re.compile(rf"[ \t]*(?:(?i:by)[.:]?[ \t]+)?{TITLED_NAME}(?:,?[ \t]+(?:Jr|Sr)\.?|[ \t]+I{{2,3}})?[ \t]*"
                        # "Jennifer Rankin in Brussels": where the writer files from (a place, checked by _person_line)
                        # ("Zakir Hossain from Dhaka": rule B1 of the 103rd pass)
                        rf"(?:[ \t]+(?:in|from)[ \t]+(?P<place>{_CAP}[\w'\u2019-]+(?:[ \t]+{_CAP}[\w'\u2019-]+)?))?"
                        # "Sergey Saenko, international observer": a job in lower case (checked by _person_line)
                        r"(?:,[ \t]+(?P<desc>[a-z][a-z'\u2019-]*(?:[ \t]+[a-z][a-z'\u2019.-]*){0,4})[ \t]*)?"
                        # "Marta Fernandez (First published in Latinoamerica) 7 November 2023", "Ana Ruiz (Head of the
                        # Europe programme and Senior Policy Analyst)"; a suffix: "Chas W. Freeman, Jr. (USFS, Ret.)"
                        # "Sumaira Khan Published April 25, 2025 | 11:30 AM": the byline's date and time
                        r"(?:\([^()\n]{1,100}\)[ \t]*)?(?:[|,\u2013\u2014-]?[ \t]*(?:(?:Published|Updated|Posted)(?:[ \t]+on)?:?[ \t]*)?"
                        r"(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2},?)[ \t]+\d{4}"
                        r"(?:[ \t]*[|,]?[ \t]*\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?)?[ \t]*)?")

#: job words of a lower-case description after an author's name ("international observer")
_DESC_JOBS = _JOB_WORDS | frozenset("observer writer author contributor activist lawyer politician".split())


def person_line(m: re.Match[str] | None) -> bool:
    """A ``NAME_LINE`` match that names a person, its lower-case description (if any) a job.

    >>> person_line(NAME_LINE.fullmatch("Sergey Saenko, international observer"))
    True
    >>> person_line(NAME_LINE.fullmatch("Sergey Saenko, last week")), person_line(NAME_LINE.fullmatch("Play Live Radio"))
    (False, False)
    >>> person_line(NAME_LINE.fullmatch("Jennifer Rankin in Brussels")), person_line(NAME_LINE.fullmatch("Anna Berg in Conversation"))
    (True, False)
    >>> person_line(NAME_LINE.fullmatch("End Game in Central Asia")), person_line(NAME_LINE.fullmatch("Zakir Hossain from Dhaka"))
    (False, True)
    """
    if m is None or not is_person_name(m.group("name")):
        return False
    if m.group("place") is not None and (not is_place(m.group("place"))
                                         or any(w.lower() in common_words() for w in m.group("name").split())):
        return False  # "Anna Berg in Conversation" is no dateline, "End Game in Central Asia" a title
    return m.group("desc") is None or any(w.strip(".") in _DESC_JOBS for w in m.group("desc").split())


#: a month's name, whole or cut short, as datelines write it (shared with :mod:`polisent.segment._bylines`)
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
#: a repost's credit opening a line: the writer, where the piece first ran and when ("ACL Ameer Ali in
#: Colombo Telegraph, 6 June 2021, where the title is ..."); capitals before the name are initials ("ACL")
_REPOST = re.compile(rf"[ \t]*(?P<init>[A-Z]{{1,3}}[ \t]+)?(?P<name>{_NAME})[ \t]+in[ \t]+(?P<outlet>{_CAP}[\w&'\u2019.-]*(?:[ \t]+{_CAP}[\w&'\u2019.-]*){{0,4}}),?"
                     rf"[ \t]+(?:(?:on[ \t]+)?\d{{1,2}}[ \t]+{MONTHS},?[ \t]+\d{{4}}|{MONTHS}[ \t]+\d{{1,2}},?[ \t]+\d{{4}})\b")


def repost_writer(t: str, units: Sequence[Unit]) -> list[str]:
    r"""The writer a repost's credit names among the first four units.

    >>> t = "Betwixt India and China\nACL Ameer Ali in Colombo Telegraph, 6 June 2021, where the title is \u201cX\u201d"
    >>> repost_writer(t, [Unit(0, 23, [0], 0, "plain", 0), Unit(24, len(t), [1], 1, "plain", 0)])
    ['ACL Ameer Ali']
    >>> t = "Russia in Central Asia, 6 June 2021"
    >>> repost_writer(t, [Unit(0, len(t), [0], 0, "plain", 0)])
    []
    """
    out = []
    for u in units[:4]:
        m = _REPOST.match(t, u.start, u.end)
        if m is None:
            continue
        name = " ".join(m.group("name").split())
        if is_person_name(name) and not is_place(name) and not is_place(" ".join(m.group("outlet").split()).rstrip(".")):
            out.append(f"{m.group('init').strip()} {name}" if m.group("init") else name)
    return out


#: "By X" anywhere in a page's head, in any case: "BY EDWARD J. BARSS | IN-DEPTH PIECE The ...", "... Exit by Ana
#: Ruiz - Georgetown Review", "DRUG POLICY / 11 APR 2011 BY ANA RUIZ EN" (the word before it is kept to tell a
#: passive's "attacked by" apart)
_HEAD_BY = re.compile(r"(?:(?P<before>[^\W_]+)[^\w\n]{0,3}[ \t]+|(?<![^\n]))[ \t]*(?:BY|By|by)[ \t]*:?[ \t]+"
                      rf"(?:(?:{_TITLES}|DR\.?|PROF\.?)[ \t]+)?"
                      r"(?P<name>(?:[A-Z](?:\.|[\w'\u2019-]+)[ \t]+){1,3}[A-Z][\w'\u2019-]+)")
#: the words before "by" that make it a passive's, not a byline's ("backed by", "attacked by", "led by")
_PASSIVE_BY = re.compile(r"(?i)\w+(?:ed|en)|led|won|hit|cut|put|set|run|held|made|sent|paid|told|said|kept|left|built|"
                         r"caught|bought|brought|struck|taught|read|heard|found|followed|owned|signed")
_WRITTEN = frozenset({"written", "reported"})
#: words before "by" that credit someone else's work: a photo, an illustration, the editing, the interviewing
_CREDITS = frozenset("photo photos photograph photographs image images picture pictures illustration illustrations graphic "
                     "graphics video videos cartoon map maps chart charts design designed edited translated compiled produced "
                     "interview interviews interviewed hosted moderated narrated credit courtesy visit visits briefing briefings "
                     "conference remarks statement speech address".split())


#: a sentence's end inside a line, a capital after it: the line runs prose, no title's or byline's "by"
_PROSE_BEFORE = re.compile(r"[a-z][.!?][ \t]+[A-Z]")


def head_by_writer(t: str, start: int, end: int) -> list[str]:
    """The writers "By X" names in ``t[start:end]`` (a page's head), whatever its case or place on the line;
    the longest run of the name's words that is a person's name ("GEOFFREY RAMSEY EN" is Geoffrey Ramsey).

    >>> head_by_writer("BY ANA M. RUIZ | IN-DEPTH PIECE The passage of warships ...", 0, 60)
    ['Ana M. Ruiz']
    >>> t = "Assessing the Mission's Exit by Jo Bell - Georgetown Review"
    >>> head_by_writer(t, 0, len(t)), head_by_writer("a force backed by Ana Ruiz and her allies", 0, 41)
    (['Jo Bell'], [])
    >>> head_by_writer("DRUG POLICY / 11 APR 2011 BY ANA RUIZ EN", 0, 40)
    ['Ana Ruiz']
    >>> head_by_writer("Zoning board. Take your chairs and sit in the field by Ana Ruiz in the morning", 0, 79)
    []
    """
    out = []
    for m in _HEAD_BY.finditer(t, start, end):
        before = (m.group("before") or "").lower()
        if before in _CREDITS or (before and before not in _WRITTEN and _PASSIVE_BY.fullmatch(before)):
            continue  # "Photo by X", "Edited by X", "INTERVIEW BY X", "a force backed by X"
        if m.end() < len(t) and (t[m.end()].isalnum() or t[m.end()] in "'\u2019-"):
            continue  # a name the head's end cut ("... by Taiwan Presiden")
        if _PROSE_BEFORE.search(t, max(start, t.rfind("\n", start, m.start()) + 1), m.start()):
            continue  # a sentence of a teaser before it: "... Commission. Take your chairs and sit in the field by Ana Ruiz in ..."
        words = _display(" ".join(m.group("name").split())).split()
        if is_place(words[0]) and words[0].lower() not in person_name_words():
            continue  # "a visit by Taiwan President Lai": an office, no byline ("By H.E. Mohammad Javad Zarif" is one:
            # an organisation's "Jaish-e-Mohammad" makes no place of a given name; rule N6 of the 111th pass)
        while len(words) > 2 and len(words[-1]) <= 2 and not words[-1].endswith("."):
            words.pop()  # a language's code after the name: "... BY ANA RUIZ EN"
        name = next((" ".join(words[:k]) for k in range(len(words), 1, -1)
                     if is_person_name(" ".join(words[:k])) and not is_place(" ".join(words[:k]))), None)
        if name is not None:
            out.append(name)
    return out


#: what follows the writer's name in a paper's head that a PDF's extraction ran into one line: the writer's post, the
#: month and year of the paper, or an e-mail field ("... NEIGHBOURS Ana Ruiz Professor of Asian Studies ...", "...
#: INDO-PACIFIC ANA RUIZ APRIL 2020 EXECUTIVE SUMMARY ...")
_RUNON_AFTER = re.compile(r"[ \t]+(?:(?:Associate[ \t]+|Assistant[ \t]+|Visiting[ \t]+)?Professor\b|(?:Senior[ \t]+|Research[ \t]+)?Fellow\b|"
                          r"Lecturer\b|Researcher\b|E-?mail[ \t]*:|(?i:january|february|march|april|may|june|july|august|september|"
                          r"october|november|december)[ \t]+(?:19|20)\d\d\b)")
#: a run of capitalised words (or words in capitals, with initials) ending right before such a field
_RUNON_NAME = re.compile(r"(?:[A-Z][\w'\u2019-]*\.?[ \t]+){1,6}?[A-Z][\w'\u2019-]+(?=" + _RUNON_AFTER.pattern + ")")


def runon_head_writer(t: str, answers: Sequence[Unit]) -> list[str]:
    r"""The writer a paper's head names when a PDF's extraction ran title, name and post into the first paragraph:
    the last two or three words before the post, the month of the paper or an e-mail field that make a person's name,
    within the first 600 characters of a first paragraph of 60 words or more that opens the text.

    >>> t = ("27 The Dilemma of Small States: Mongolia and its Neighbours Ana K. Ruiz Professor of Asian Studies, "
    ...      "Example University E-mail: ana@example.org Introduction " + "The small states of the world matter. " * 12)
    >>> runon_head_writer(t, [Unit(0, len(t), [0], 0, "plain", 0)])
    ['Ana K. Ruiz']
    >>> t = "1 AT A CROSSROADS: ASEAN AMID RIVALRY IN THE INDO-PACIFIC ANA MARIA RUIZ APRIL 2020 EXECUTIVE SUMMARY " + "China rose. " * 60
    >>> runon_head_writer(t, [Unit(0, len(t), [0], 0, "plain", 0)])
    ['Ana Maria Ruiz']
    >>> runon_head_writer("Short text. Ana Ruiz Professor of law.", [Unit(0, 38, [0], 0, "plain", 0)])
    []
    """
    first = answers[0] if answers else None
    if first is None or first.start > 400 or len(t[first.start:first.end].split()) < 60:
        return []
    for m in _RUNON_NAME.finditer(t, first.start, min(first.end, first.start + 600)):
        words = m.group().split()
        for k in (3, 2):
            if len(words) < k:
                continue
            name = " ".join(words[-k:])
            shown = _display(name) if name.isupper() else name
            if is_person_name(shown) and not is_place(shown) and not any(w.lower() in common_words() for w in shown.split()
                                                                          if len(w.rstrip(".")) > 1):
                return [shown]
    return []
