"""Author lines and bylines: the patterns that read a writer's name from a page's furniture ("By X",
an author line, a signature, an author box, a co-author line, a desk) and a few helpers for them.
Split out of :mod:`polisent.segment._speakers`, which applies them (the titles that name their writer are in
:mod:`polisent.segment._title_bylines`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from polisent.segment._author_lines import MONTHS
from polisent.segment._labels import _NAME, _TITLES, _display
from polisent.segment._lead_writers import (  # noqa: F401 - importable from here, as before the split
    _ARGUED, _ARGUES_MID, _BIO_TEXT, _FIRST_PERSON, _GUEST_KICKER, _HON_NAME, _HON_NAME_RX, _LAST_RUN, _NAME_SAYS,
    _NOTE_BIO, _SAYS_NAME, _SENTENCE_END_RX, _TOP_BIO, _argues_mid, _lead_writer, _named_twice_bio, _note_bio,
    _says_line, first_person, honorific_name, is_honorific_name, says_writer, top_bio_writer, credit_writer,
)
from polisent.segment._principal import is_person_name, is_place, person_part
from polisent.segment._title_bylines import one_title, title_end, title_key, title_writer  # noqa: F401 - importable from here, as before the split
from polisent.segment._units import Unit

#: a legislator's floor speech as the record prints it ("Mr. GOSAR. Madam Speaker, I rise today ...")
#: and the member's name over it ("HON. PAUL A. GOSAR")
_FLOOR = re.compile(r"[ \t]*(?:Mr|Mrs|Ms|Miss|Madam)\.?[ \t]+(?P<sur>[A-Z][A-Z'\u2019-]{2,})\.[ \t]+"
                    r"(?:Mr\.?|Madam)[ \t]+(?:Speaker|President|Chair(?:man|woman)?)\b")
_HON = re.compile(r"(?m)^[ \t]*HON\.[ \t]+(?P<name>[A-Z][A-Z.'\u2019 -]{3,60}?)[ \t]*$")
#: a byline run into the first paragraph, right before a quoted sentence: 'Sohini Bose "We know ..."', or
#: before a word that only opens a sentence: "Harsha Kakar What were the Chinese intending ..."
#: (not 'Joe Biden "has failed," she said')
_GLUED_BYLINE = re.compile(r"[ \t]*(?P<name>[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){1,2})[ \t]+(?:[\u201c\"](?=[A-Z])|"
                           r"(?=(?:The|What|Why|How|When|Where|Whether|It|In|As|This|These|There|If|After|While|Since|Despite|"
                           r"Although|Amid|Over|For|With|We|Our|A|An)[ \t]+[a-z]))"
                           # ... or after the outlet a digest reprints it from, before a dash: "(Washington Post) Aaron David
                           # Miller - For much of my career ..." (rule B3 of pass 116)
                           r"|[ \t]*\([A-Z][^()\n]{1,60}\)[ \t]+(?P<name2>[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019.-]*){1,3})"
                           r"[ \t]+[-\u2013\u2014][ \t]+(?=[A-Z])")
#: a byline the page's extraction glued to the next element, no space between: "Eyal ZisserOut of weakness ...",
#: "Written By: Pushpesh PantUpdated: Dec 06", "Michael KreponU.S.-Pakistan Relations", "Ana Ruiz4 min read"; the
#: last name word has three lower-case letters or more ("McFaul", "DeSantis", "MacArthur" are one word) and is no
#: prefix ("FitzGerald"); a picture credit glued to a name is a caption ("Vladimir PutinPhoto: ...")
_UP, _LOW = "A-Z\u00C0-\u00D6\u00D8-\u00DE\u0410-\u042F", "a-z\u00DF-\u00F6\u00F8-\u00FF\u0430-\u044F\u0451"
_GLUED_WORD = rf"[{_UP}][{_LOW}'\u2019-]+"
#: (the last word's hyphen or apostrophe joins its parts, "Rahbek-Clemmensen", "O'Neill": the glue follows three lower-case letters)
_GLUED_NAME = (rf"{_GLUED_WORD}(?:[ \t]+{_GLUED_WORD}){{0,1}}[ \t]+(?!Fitz[{_UP}])[{_UP}][{_LOW}]+(?:['\u2019-][{_UP}]?[{_LOW}]+)*"
               rf"(?<=[{_LOW}]{{3}})")
_CASE_GLUED = re.compile(rf"(?P<by>(?<![A-Za-z])By[ \t]*:?[ \t]*|[Ww]ritten[ \t]+[Bb]y[ \t]*:?[ \t]*)?"
                         rf"(?P<name>(?:{_GLUED_NAME}[ \t]+(?:and|&)[ \t]+)?{_GLUED_NAME})"
                         rf"(?=[{_UP}][{_LOW}]|[A-Z]\.|\d)(?!Photo|Image|Getty|Reuters|AFP|AP\b|File|Credit|Source|Courtesy)")
_AND_SPLIT = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def case_glued_authors(t: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The names of a byline glued to what follows it, at the start of one of ``spans`` (units of the page's head) or
    after a "By" inside one.

    >>> case_glued_authors("Eyal ZisserOut of weakness and distress, he ...", [(0, 47)])
    ['Eyal Zisser']
    >>> case_glued_authors("Delhi, IndiaWritten By: Pushpesh PantUpdated: Dec 06", [(0, 52)])
    ['Pushpesh Pant']
    >>> case_glued_authors("By Anna Khakee and Valentina Cassar4 min read", [(0, 45)])
    ['Anna Khakee and Valentina Cassar']
    >>> case_glued_authors("Michael McFaul said the talks failed.", [(0, 37)]), case_glued_authors("Vladimir PutinPhoto: AFP", [(0, 24)])
    ([], [])
    """
    out: list[str] = []
    for a, b in spans:
        m = _CASE_GLUED.match(t, a, b)
        if m is None:
            m = next((x for x in _CASE_GLUED.finditer(t, a, b) if x.group("by")), None)
        if m is not None:
            out.append(" and ".join(" ".join(n.split()) for n in _AND_SPLIT.split(m.group("name"))))
    return out


#: a blog's author box heading: "About Amr Khalifa"
_ABOUT_NAME = re.compile(r"About[ \t]+(?:(?:Dr|Prof)\.?[ \t]+)?(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,2})[ \t]*:?[ \t]*")
#: a page's author box: "Author" alone on its line, then the name, given and family name on a line each
#: or on one ("Author\nDaniel\nDePetris\nFellow")
_AUTHOR_BOX = re.compile(r"[ \t]*(?i:author)[ \t]*:?[ \t]*\n[ \t]*(?P<a>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,2})"
                         r"[ \t]*(?:\n[ \t]*(?P<b>[A-Z][\w'\u2019-]+)[ \t]*(?=\n|\Z))?")
#: an author line under its own label: "Author" / "Prof. Gerd Nonneman," or "BY:" / "DAVID CAMPBELL BANNERMAN"
_LABELLED_AUTHOR = re.compile(rf"(?m)^[ \t]*(?i:by|authors?|written[ \t]+by)[ \t]*:?[ \t]*\n(?:[ \t]*\n){{0,2}}[ \t]*"
                              rf"(?:(?:{_TITLES}|DR\.?|PROF\.?)[ \t]+)?(?!(?i:by)\b)(?P<name>{_NAME})[ \t]*(?=[,|(]|\n|\Z)")


def labelled_authors(t: str, end: int) -> list[str]:
    r"""The names on author lines under their own label ("Author", "By:") before ``end``, as written.

    >>> labelled_authors("Regional Shifts\n\nAuthor\n\nProf. Ana Lind,\nProfessor, Example University\n\nText.", 60)
    ['Ana Lind']
    >>> labelled_authors("Peace talks\nBY:\nDAVID CAMPBELL BANNERMAN\n(BRITISH MEP 2009-19)\nText.", 60)
    ['DAVID CAMPBELL BANNERMAN']
    """
    return [" ".join(m.group("name").split()) for m in _LABELLED_AUTHOR.finditer(t, 0, end)]


_GUEST_RX = re.compile(
    rf"(?P<name>{_NAME})(?:,[^,.;\r\n]{{1,80}},|,\s+who)?\s+(?:joins|joined|is\s+joining)\s+(?:us|me|the\s+program(?:me)?|the\s+show|the\s+podcast)"
    rf"|(?i:(?:our|my)\s+(?:next\s+)?guests?\s+(?:on\s+[^.?!\n]{{1,60}}?\s+)?(?:today\s+|now\s+|tonight\s+|this\s+(?:week|morning|evening)\s+)?(?:is|are)|joining\s+(?:us|me)\s+(?:now\s+|today\s+|(?:to|for)\s+(?:[\w'\u2019-]+\s+){{1,5}}?)?(?:is|are)|"
    rf"interview(?:ed)?\s+with|(?<!for\s)(?:spoke|speaking|talked|talking|speaks|talks)\s+(?:to|with)|conversation\s+with|joined\s+by|welcome)\s*,?\s+"
    rf"(?:(?:(?!with\s+me\b|I['\u2019]m\b|I\s+am\b)[^,.;\r\n]){{0,80}},\s+)?(?:{_TITLES}\s+)?(?P<name2>{_NAME}|(?![AI]\s)[A-Z]\s+{_NAME})"  # (a bare initial first: "C Raja Mohan"; L6, 111th pass)
)
#: "Gordon M. Hahn, Ph.D., is an Expert Analyst": a degree after the name stays out of it
_BIO = re.compile(rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME}|{_HON_NAME})(?:,[ \t]*(?:Ph\.?[ \t]?D\.?|Jr\.?|Sr\.?|M\.?A\.?|J\.?D\.?|MBA|OBE|CBE))*,?\s+(?:is|was|has\s+been|has\s+(?:(?:over|more\s+than|nearly|almost|about)\s+)?\d+\s+years?)\b")
#: a name alone on an author line: "Touqir Hussain[1]", "Kornelius Purba (The Jakarta Post)"
_AUTHOR_LINE = re.compile(rf"(?:(?:The[ \t]+)?(?:Rt\.?[ \t]+)?(?:Hon\.?|Honourable|Honorable)[ \t]+)?(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})(?:\[\d{{1,2}}\]|\*{{1,2}})?"
                          r"(?:[ \t]+\(The[ \t]+[A-Z][\w'\u2019&.-]*(?:[ \t]+[A-Z][\w'\u2019&.-]*){0,3}\))?"
                          # a republished piece's credit: "Colin Clark* / The New York Times 14.08.2023 \u2022 07:32"
                          # (or after a bar, the outlet's name maybe dashed: "Ana Ruiz | Al Jazeera - TRANSCEND Media Service")
                          # (or a press job after a slash: "Jay Ambrose/Syndicated Columnist")
                          r"(?:(?:[ \t]+[/|][ \t]+|[ \t]*/[ \t]*(?=(?:[A-Z][a-z]+[ \t]+)?(?:Columnist|Writer|Contributor|Correspondent|Editor|Reporter)\b))"
                          r"(?!(?:[\w&.-]+[ \t]+){0,3}(?:Images|Photos?|Pictures|Getty|Shutterstock)\b)(?:The[ \t]+)?[A-Z][\w'\u2019&.-]*"
                          # (a job and its institution after the slash: "IOKIBE Makoto / Chairman of Asian Affairs
                          # Research Council", "Ana Ruiz / Senior Fellow, Example Institute"; pass 105, rule A1)
                          r"(?:,?[ \t]+(?:[A-Z][\w'\u2019&.-]*|[-\u2013\u2014]|of|the|for|and|on)){0,8}"
                          r"(?:[ \t]+\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?(?:[ \t]*[\u2022\u00b7|][ \t]*\d{1,2}:\d{2})?"
                          # (or an ISO date after a dash: "Tim Shorrock / The Nation \u2013 2017-09-13 19:19:00"; B5, 111th pass)
                          r"(?:[ \t]*[\u2013\u2014-][ \t]*\d{4}-\d{2}-\d{2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?)?)?"
                          # a spaced colon ("Mohammad Amjad Hossain :"), "Ana Ruiz writes:" or the body written for ("Ana Ruiz for
                          # the X Network")
                          # (the writer's job may stand between: "Ana Ruiz, a former IAEA safeguards inspector, writes:")
                          # (or a column's "Ana Ruiz on" over the piece: B6, 111th pass)
                          r"(?:[ \t]+:|[ \t]+on|(?:,[ \t]+[^,:\n]{2,90},)?[ \t]+writes[ \t]*:|[ \t]+for[ \t]+(?:the[ \t]+)?[A-Z][\w&'\u2019.-]*(?:[ \t]+[A-Z][\w&'\u2019.-]*){0,5})?[ \t]*")
_AUTHOR_LEAD = re.compile(rf"(?:(?i:writer['\u2019]?s\s+picture|author['\u2019]?s\s+picture)\s*)?(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})(?=\s*(?:,|$|\n))")
#: an author line with the date after the name: "Stefan Zrinzo Azzopardi Sunday, 18 April 2021, 08:06",
#: "Hassan Isilow | 18.12.2024 - Update : 25.12.2024"
_MONTHS = MONTHS
_AUTHOR_DATED = re.compile(rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})"
                           + "".join(rf"(?<!\b{d}day)" for d in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"))
                           + rf"(?=[ \t]*[,|\u2013\u2014-]?[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b"
                           rf"|\d{{1,2}}[ \t]+{_MONTHS}[ \t,]|{_MONTHS}[ \t]+\d{{1,2}}\b))")
#: an author line with the date before the name and the writer's job after a comma: "21 November 2018 Ana Ruiz, Research
#: Analyst, Harbour Programme" (rule B1 of the 118th pass; the clutter rule of the same pass)
_AUTHOR_AFTER_DATE = re.compile(rf"[ \t]*(?:\d{{1,2}}[ \t]+{_MONTHS},?[ \t]+\d{{4}}|{_MONTHS}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
                                rf"[ \t]+(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})(?=[ \t]*,)")
#: an opinion page's follow button under the writer's piece: "Follow Ana Ruiz's opinionsFollow" (pass 120)
_AUTHOR_FOLLOW = re.compile(rf"[ \t]*Follow[ \t]+(?P<name>{_NAME})['\u2019]s[ \t]+opinions(?:[ \t]*Follow)?[ \t]*")
#: a repost's credit line: "Ana Ruiz (philstar.com) \u2013 September 22, 2018 \u2013 12:29pm" (the writer, the source site)
_AUTHOR_SITE = re.compile(rf"(?P<name>{_NAME})[ \t]+\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{{2,6}}\)")
#: an author line ending with the writer's job: "Omar Anderson Gleaner Writer", "Jane Doe, Staff Reporter", "Ana Ruiz Editor-in-Chief, the Daily"
_AUTHOR_JOB = re.compile(rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME}),?[ \t]+(?:[A-Z][\w'\u2019&-]*[ \t]+){{0,2}}?"
                         r"(?:(?:Staff|Senior|Special|Contributing|Guest|Chief|Political|Foreign|Diplomatic|Defen[cs]e|Associate)[ \t]+)?"
                         r"(?:Writer|Reporter|Correspondent|Columnist|Editor(?:-in-Chief)?|Journalist|Contributor|Publisher)"
                         # (the outlet after the job: "Ahmed Al-Jarallah Editor-in-Chief, the Arab Times")
                         r"(?:,[ \t]+(?:[Tt]he[ \t]+)?[A-Z][\w'\u2019&.-]*(?:[ \t]+[A-Z][\w'\u2019&.-]*){0,4})?[ \t]*")
#: an author line with the writer's e-mail address or handle: "- SEGUNDO ECLAR ROMERO doyromero@gmail.com",
#: "- DR. AZEEM IBRAHIM Twitter: @AzeemIbrahim", "Ana Ruiz [email protected]" (a page's e-mail protection)
_AUTHOR_MAIL = re.compile(rf"[ \t]*(?:[-\u2013\u2014][ \t]*)?(?:(?:{_TITLES}|DR\.?|PROF\.?)[ \t]+)?(?P<name>{_NAME}),?[ \t]+"
                          r"(?:\(?(?i:e-?mail:?[ \t]*)?[\w.+-]+@|(?:Twitter|X)[ \t]*:?[ \t]*@\w|\[email[ \t]+protected\])")
#: a dash or a bullet before the writers' names in capitals, alone on the line: "- ANA SWANSON AND JACK EWING",
#: "\u2022  MIMI M TAKAMBOU" (each name checked by :func:`caps_authors`)
_AUTHOR_CAPS = re.compile(r"[ \t]*[-\u2013\u2014\u2022\u00b7*][ \t]*(?P<name>[A-Z][A-Z'\u2019.-]*(?:[ \t]+[A-Z][A-Z'\u2019.-]*){1,3}"
                          r"(?:[ \t]+(?:AND|&)[ \t]+[A-Z][A-Z'\u2019.-]*(?:[ \t]+[A-Z][A-Z'\u2019.-]*){1,3})?)[ \t]*")
#: the guest credited with the journalist and the outlet: "Dawar tells Syed Firdaus Ashraf/Rediff.com"
_TELLS_OUTLET = re.compile(r"\b(?P<sur>[A-Z][\w'\u2019-]+)[ \t]+(?:tells|told)[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,3}?"
                           r"[A-Z][\w.'\u2019-]*[ \t]*/[ \t]*[A-Z][\w.-]*")



def _full_name(t: str, surname: str, end: int) -> str | None:
    """The last full name (two or more words) ending in ``surname`` written before ``end``, if one is.

    >>> _full_name("Mohsin Dawar, a member, is wary. Dawar tells X/Y.", "Dawar", 33)
    'Mohsin Dawar'
    >>> _full_name("Leaders met in Santiago. Ana Ruiz/Handout via REUTERS", "Ruiz", 54)
    'Ana Ruiz'
    """
    found = None  # (a particle may stand before the surname: "Abdul Hamid al-Dbeibeh")
    for m in re.finditer(rf"(?:[A-Z][\w'\u2019.-]+[ \t]+){{1,3}}(?:(?:al|el|ad|as|bin|ibn)[- ])?{re.escape(surname)}\b", t[:end]):
        # (a sentence's end is no part of the name: "... in Santiago. Ana Ruiz/Handout" is Ana Ruiz)
        name = person_part(re.split(r"(?<=[a-z]{2}\.)[ \t]+", m.group())[-1])
        if name is not None and name.endswith(surname):
            found = name
    return found


#: the writer's office after "writes" (never after "says": a quoted office holder is a source): "..., writes former
#: Swedish Prime Minister Ana Ruiz (sd)." (rule W4 of pass 117)
_WRITER_OFFICE = (r"(?<=writes\s)(?:(?:former|then)\s+)?(?:[A-Z][\w'\u2019-]+\s+){0,2}?(?:President|Prime\s+Minister|Minister|"
                  r"Secretary|Chancellor|Ambassador|Senator|Governor|Mayor|Commissioner|Premier)\s+")
#: "..., writes Na'eem Jeenah." / "..., says Gearoid Reidy for Bloomberg Opinion." at the end of a standfirst
_WRITES = re.compile(rf"\b(?P<verb>writes|argues|says|warns)\s+(?:{_TITLES}\s+|{_WRITER_OFFICE})?(?P<name>{_NAME})"
                     r"(?:\s+(?:for|in|at)\s+(?:[A-Z][\w&'\u2019.-]*\s*){1,4})?(?:\s*\([^()\n]{1,20}\))?\s*[.:]?\s*\Z")
#: ... or with the writer's job after the name: "..., writes Erkki Koort, security expert at the Example Academy."
#: (not after a quotation: '"...," says Mauricio Jaramillo, an analyst at ...' quotes a source in the text)
_WRITES_JOB = re.compile(rf"(?<![\"\u201d\u2019'],[ \t])(?<![\"\u201d\u2019'][ \t])\b(?P<verb>writes|argues|says)[ \t]+(?:(?:{_TITLES}|Hon)[ \t]+)?"
                         rf"(?P<name>{_NAME}),[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?[^.!?\n,\"\u201c\u201d]{{2,100}}?"
                         r"(?:,[ \t]+[^.!?\n,\"\u201c\u201d]{2,60}?)?[ \t]*\.?[ \t]*\Z")
#: ... or inside the standfirst, more text after it: "... after years of tensions, writes Dorian Jones.   While ..."
#: (or "..., writes MAX DU PREEZ about the broad desire ...": what he writes about follows; rule R7)
_WRITES_MID = re.compile(rf",[ \t]+writes[ \t]+(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})(?:\.(?=\s)|[ \t]+about[ \t])")
#: ... or with the name first, after the dek's claim: "... are valid, Travis Bembenek writes."
_NAME_WRITES = re.compile(rf",[ \t]+(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})[ \t]+writes\b[ \t]*[.:]"
                          # ... or for an outlet: "APLN member Gareth Evans writes for The Australian, highlighting ..."
                          # (rule W3 of the 104th pass)
                          rf"|(?P<name2>{_NAME})[ \t]+writes[ \t]+(?:for|in)[ \t]+(?:[Tt]he[ \t]+)?[A-Z][\w&'\u2019.-]*")
#: co-authors on one author line: "Kathryn Ledebur and Erika Weinthal", "A, B and C"
_AUTHORS_LINE = re.compile(rf"(?:{_TITLES}[ \t]+)?{_NAME}(?:,[ \t]+(?:{_TITLES}[ \t]+)?{_NAME})?,?[ \t]+(?:and|And|&)[ \t]+"
                           rf"(?:{_TITLES}[ \t]+)?{_NAME}[ \t]*")
_AND = re.compile(r",?[ \t]+(?:and|And|&)[ \t]+|,[ \t]+")
#: an unsigned piece's institutional author: "By HAN News Desk", "By The Editorial Board", "By Web Desk"
_DESK = re.compile(r"(?:The[ \t]+)?(?:[A-Z][\w&'\u2019.-]*[ \t]+){0,3}(?:News[ \t]+Desk|Desk|Editorial[ \t]+Board|Editors|Bureau|Newsroom|Explainers?)")
#: a byline naming an outlet or an agency in one word: "By Al-Fassel |", "AFP , Tuesday 30 Jan 2024"
#: (nothing after it but a date: "By Invitation | Russia and Ukraine" is a column's name over its section)
_OUTLET_BYLINE = re.compile(r"[ \t]*(?:(?i:by)[ \t]+)?(?P<name>[A-Z][\w'\u2019&.-]+)[ \t]*(?:[,|/\u00b7\u2022\u2013\u2014-](?:[^\n\d]*\d[^\n]*)?)?[ \t]*")
_DESK_BYLINE = re.compile(rf"[ \t]*(?:(?i:by)[ \t]+(?P<name>{_DESK.pattern})[ \t]*|(?P<desk>{_DESK.pattern})[ \t]*(?:[|\u00b7\u2022]|[ \t](?={_MONTHS}|\d))[^\n]*)")


def caps_authors(names: str) -> str | None:
    """The writers of an :data:`_AUTHOR_CAPS` line as one speaker, else None (a part that is no person's name).

    >>> caps_authors("ANA SWANSON AND JACK EWING"), caps_authors("MIMI M TAKAMBOU"), caps_authors("UNITED NATIONS")
    ('Ana Swanson and Jack Ewing', 'Mimi M Takambou', None)
    """
    parts = [_display(" ".join(p.split())) for p in re.split(r"[ \t]+(?:AND|&)[ \t]+", names)]
    return " and ".join(parts) if all(is_person_name(p) for p in parts) else None


def _co_authors(line: str) -> str | None:
    """Two or three people named on one author line, as one speaker ("Kathryn Ledebur and Erika
    Weinthal"), else None: every part must be a person's name of two words or more.

    >>> _co_authors("Kathryn Ledebur and Erika Weinthal"), _co_authors("Russia and China")
    ('Kathryn Ledebur and Erika Weinthal', None)
    """
    parts = [" ".join(p.split()) for p in _AND.split(line.strip())]
    if not 2 <= len(parts) <= 3 or " and " not in f" {line.strip()} ".replace(" And ", " and ").replace(" & ", " and "):
        return None
    people = [person_part(p) for p in parts]
    if any(q is None or q != p or len(p.split()) < 2 or is_place(p) for p, q in zip(parts, people)):
        return None
    return ", ".join(parts[:-1]) + " and " + parts[-1]


#: the co-author after a byline's first name: " and Jo Bell", ", Jo Bell and Dr. Li Wei"
#: (a footnote's mark may follow each name: "By Ana Ruiz,[1] Jo Bell,[2] and Li Wei[3]")
_AND_AUTHOR = re.compile(rf"(?:\[\d{{1,2}}\])?(?:,(?:\[\d{{1,2}}\])?[ \t]+(?:{_TITLES}[ \t]+)?{_NAME})?,?(?:\[\d{{1,2}}\])?[ \t]+(?:and|&)[ \t]+"
                         rf"(?:{_TITLES}[ \t]+)?{_NAME}")
_FOOTNOTE_MARK = re.compile(r"\[\d{1,2}\]")


#: a quoted nickname between a writer's names ("By Louis 'Barok' C. Biraogo", 'By Ferdinand "Bongbong" Santos')
_NICKNAME = re.compile("(?<=[A-Za-z.])[ \t]+['\u2018\u2019\u201c\u201d\"][A-Z][\\w-]{1,20}['\u2018\u2019\u201c\u201d\"](?=[ \t]+[A-Z])")


def byline_view(t: str, spans: Sequence[tuple[int, int]]) -> str:
    """``t`` with each quoted nickname inside ``spans`` (byline lines) blanked to spaces, the same length, so that a
    name pattern reads the writer's names around it (rule B1 of the 110th pass), and a given name the page left in
    lower case capitalised ("By solomon Dawit", rule B2).

    >>> t = "By Louis 'Barok' C. Biraogo"
    >>> " ".join(byline_view(t, [(0, len(t))]).split())
    'By Louis C. Biraogo'
    >>> byline_view("By solomon Dawit", [(0, 16)])
    'By Solomon Dawit'
    """
    hits = [m.span() for a, b in spans for m in _NICKNAME.finditer(t, a, b)]
    lower = [m.start("given") for a, b in spans for m in [_LOWER_GIVEN.fullmatch(t, a, b)] if m]
    if not hits and not lower:
        return t
    out = list(t)
    for a, b in hits:
        out[a:b] = " " * (b - a)
    for a in lower:  # "By solomon Dawit": the given name read as "Solomon" (rule B2)
        out[a] = out[a].upper()
    return "".join(out)


#: a byline line whose given name the page left in lower case ("By solomon Dawit"; the clutter rule of the same pass)
_LOWER_GIVEN = re.compile(r"[ \t]*(?:[Bb]y|BY)[ \t]+(?!(?:the|a|an|our|his|her|its|their|this|that|these|those|way|now|then|far|all|no|and|or|"
                          r"staff|special|guest|time)\b)(?P<given>[a-z])[a-z'\u2019-]{1,20}(?:[ \t]+[A-Z][\w'\u2019.-]*){1,2}[ \t]*")


def with_co_authors(t: str, name: str, end: int, line_end: int) -> str:
    """A byline's ``name`` (ending at ``end``) with the co-authors the line names after it ("By Ana
    Ruiz and Jo Bell": "Ana Ruiz and Jo Bell"), else ``name``.

    >>> t = "By Ana Ruiz and Jo Bell"
    >>> with_co_authors(t, "Ana Ruiz", 11, len(t)), with_co_authors("By Ana Ruiz and Russia", "Ana Ruiz", 11, 22)
    ('Ana Ruiz and Jo Bell', 'Ana Ruiz')

    A generational suffix keeps its dot and does not end the list ("By Jon Hale Jr., Ana Ruiz, and Jo Bell"):

    >>> t = "By Jon Hale Jr., Ana Ruiz, and Jo Bell, The Hill"
    >>> with_co_authors(t, "Jon Hale Jr", 14, len(t)), with_co_authors("By Jon Hale Jr.", "Jon Hale Jr", 14, 15)
    ('Jon Hale Jr., Ana Ruiz and Jo Bell', 'Jon Hale Jr.')
    >>> t = "By Ana Ruiz,[1] Jo Bell,[2] and Li Wei[3]"
    >>> with_co_authors(t, "Ana Ruiz", 11, len(t))
    'Ana Ruiz, Jo Bell and Li Wei'
    """
    if t.startswith(".", end) and name.rsplit(None, 1)[-1] in _SUFFIXES:
        name, end = name + ".", end + 1  # "Jr." is part of the name
    m = _AND_AUTHOR.match(t, end, line_end)
    if m is None:
        return name
    return _co_authors(name + _TITLE_BEFORE.sub(" ", _FOOTNOTE_MARK.sub("", t[end:m.end()]))) or name


_TITLE_BEFORE = re.compile(rf"(?<=[ \t]){_TITLES}[ \t]+")
#: a generational suffix after a name, written with a dot ("Jon Hale Jr.")
_SUFFIXES = frozenset({"Jr", "Sr", "JR", "SR"})


#: an affiliation line under an author's name: "Macquarie University", "Institute for Security Studies, Pretoria"
_AFFILIATION = re.compile(r"[ \t]*(?:[A-Z][^.!?\n]{0,80}[ \t])?(?:University|Institute|Centre|Center|College|School|Foundation|"
                          r"Council|Academy|Observatory|Programme|Program)\b[^.!?\n]{0,80}")


#: a signature's job line: "Security Analyst", "Senior Research Fellow"
_JOB_LINE = re.compile(r"[ \t]*(?:[A-Z][\w'\u2019&-]*[ \t]+){0,4}(?:Analyst|Expert|Researcher|Fellow|Professor|Lecturer|Director|"
                       r"Editor|Journalist|Consultant|Scholar|Diplomat|Ambassador|Columnist|Writer|Commentator|Strategist|"
                       r"Economist|Historian)[ \t]*")


#: a byline's date or reading time on its own line ("3 min readJul 29, 2019", "23 July 2024", "Updated: Dec 06, 2018")
_DATE_LINE = re.compile(rf"[ \t]*(?:(?:\d{{1,2}}[ \t]*(?i:mins?|minutes?)[ \t]*(?i:read)[ \t]*)?(?:(?:Updated|Published|Posted)"
                        rf"(?:[ \t]+on)?:?[ \t]*)?(?:\d{{1,2}}[ \t]+{_MONTHS}|{_MONTHS}[ \t]+\d{{1,2}},?)[ \t]+\d{{4}}"
                        r"|\d{1,2}[ \t]*(?i:mins?|minutes?)[ \t]*(?i:read))[^\n]{0,24}")


def _name_over_affiliation(t: str, u: Unit) -> tuple[int, int] | None:
    r"""The span of the first line of a block of two or three lines whose other lines are the
    person's job or affiliation ("Mark Anthony Taylor" / "Macquarie University"; a signature:
    "Adib Saani" / "Security Analyst" / "Jatikay Centre for Human Security"), or None.

    >>> from polisent.segment._units import Unit
    >>> t = "Mark Taylor\nMacquarie University"
    >>> _name_over_affiliation(t, Unit(0, len(t), [0, 1], 0, "plain", 0))
    (0, 11)
    >>> t = "Adib Saani\nSecurity Analyst\nJatikay Centre for Human Security"
    >>> _name_over_affiliation(t, Unit(0, len(t), [0, 1, 2], 0, "plain", 0))
    (0, 10)
    >>> t = "Dwayne Wong (Omowale)\n3 min readJul 29, 2019"
    >>> _name_over_affiliation(t, Unit(0, len(t), [0, 1], 0, "plain", 0))
    (0, 21)
    """
    cut = t.find("\n", u.start, u.end)
    if cut < 0 or cut - u.start > 60:
        return None
    rest = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", t[cut + 1:u.end].rstrip())]
    if not 1 <= len(rest) <= 2:
        return None
    aff = [_AFFILIATION.fullmatch(t, cut + 1 + a, cut + 1 + b) is not None for a, b in rest]
    job = [_JOB_LINE.fullmatch(t, cut + 1 + a, cut + 1 + b) is not None for a, b in rest]
    if all(_DATE_LINE.fullmatch(t, cut + 1 + a, cut + 1 + b) for a, b in rest):
        return u.start, cut  # "Dwayne Wong" / "3 min readJul 29, 2019": the byline's date under it
    # a job line alone is not enough: "Adib Saani" / "Security Analyst" could be a caption
    ok = all(x or y for x, y in zip(aff, job)) and (len(rest) == 2 or aff[0])
    return (u.start, cut) if ok else None


#: a letter's sign-off: "\u2014MARIA L. SANTOS," (over an e-mail address or a town)
_SIGN_OFF = re.compile(r"[ \t]*[\u2014\u2013][ \t]*(?P<name>[A-Z\u00C0-\u024F][\w'\u2019.-]*(?:[ \t]+[A-Z\u00C0-\u024F][\w'\u2019.-]*){1,4})"
                       r"[ \t]*(?:,|\n|\Z)")


def _sign_off(t: str, u: Unit) -> tuple[int, int] | None:
    r"""The name's span in a letter's sign-off unit (the clutter rules' tail byline), or None.

    >>> from polisent.segment._units import Unit
    >>> t = "\u2014MARIA L. SANTOS,\nmls@example.com"
    >>> _sign_off(t, Unit(0, len(t), [0, 1], 0, "plain", 0))
    (1, 16)
    """
    m = _SIGN_OFF.match(t, u.start, u.end)
    return m.span("name") if m is not None else None


def _author_job(t: str, m: re.Match[str]) -> str:
    """The name of an author line with the writer's job, without the outlet the regex may have
    taken for a last name: "Omar Anderson Gleaner Writer" is "Omar Anderson" when the text also
    writes "The Gleaner"."""
    words = m.group("name").split()
    if len(words) >= 3 and re.search(rf"\b(?:[Tt]he|[Tt]o|[Ii]n)[ \t]+{re.escape(words[-1])}\b", t):
        words = words[:-1]
    return " ".join(words)


