"""How a turn label or a byline writes a person's name: after an office or a job ("Iranian Foreign Minister
Mohammad Javad Zarif:"), after an owner's possessive ("WOLA's Geoff Ramsey"), in capitals ("ELISE HU"), a royal's
title and first name ("Sheikh Abdullah", :func:`royal_name`), and the words of offices and jobs. Split out of
:mod:`polisent.segment._labels`, which re-exports them."""

from __future__ import annotations

import re


#: words of an office or a job written before a speaker's name in a turn label
#: ("Iranian Foreign Minister Mohammad Javad Zarif:", "Washington Post Correspondent David Ignatius:")
#: the offices and jobs a label or a description may hold
_JOBS = frozenset(
    """minister secretary president chancellor premier ambassador envoy senator governor mayor spokesman spokeswoman
    spokesperson correspondent reporter columnist editor host anchor presenter moderator analyst expert professor
    director fellow commissioner representative chairman chairwoman chair general admiral colonel counsel""".split()
)
_OFFICE_WORDS = _JOBS | frozenset("prince king queen emir sultan".split())
#: words of a job written in lower case after a name ("foreign minister of Colombia", "senior editor", "host")
_JOB_WORDS = _JOBS | frozenset("""adviser advisor researcher journalist head chief leader founder diplomat economist
    historian scholar lecturer member officer strategist commentator negotiator""".split())


#: office words of a capitals label before its bearer's name ("FOREIGN MINISTER WORKNEH:", "PRIME MINISTER MODI:")
#: an office's abbreviation or its word in another language, before a name: "PM Lee", "EAM Jaishankar", "Presidente Lula"
OFFICE_ABBREV = frozenset("pm fm dpm eam vp sg dg nsa presidente presidenta président ministro ministra ministre canciller".split())
_LABEL_OFFICE = _OFFICE_WORDS | OFFICE_ABBREV | frozenset(
    "foreign defence defense interior finance home deputy vice prime state assistant under acting das".split())  # "DAS ESCOBAR:" (Deputy Assistant Secretary)


def _strip_office(words: list[str]) -> str | None:
    """The name after an office or job in a turn label of three or more words, or None.

    >>> _strip_office("Iranian Foreign Minister Mohammad Javad Zarif".split()), _strip_office("Steve Inskeep".split())
    ('Mohammad Javad Zarif', None)
    >>> _strip_office("THE MINISTER OF EXTERNAL AFFAIRS".split()), _strip_office("PRESIDENT OF RUSSIA VLADIMIR PUTIN".split())
    (None, 'VLADIMIR PUTIN')
    """
    if len(words) < 3:
        return None
    last = max((i for i, w in enumerate(words[:-2]) if w.lower().rstrip(".") in _OFFICE_WORDS), default=-1)
    if last < 0:
        return None
    rest = words[last + 1:]
    if len(rest) >= 4 and rest[0].lower() == "of":  # "PRESIDENT OF RUSSIA VLADIMIR PUTIN"
        rest = rest[-2:]
    elif rest[0].lower() in ("of", "for"):
        return None  # "THE MINISTER OF EXTERNAL AFFAIRS": the office's own words, no name after it (pass 119)
    return " ".join(rest)


def _after_possessive(name: str) -> str:
    """The name after an owner's possessive: "WOLA's Geoff Ramsey" (and "Geoff Ramsey's") is Geoff Ramsey."""
    words = name.split()
    if words and words[-1].endswith(("'s", "\u2019s", "'S", "\u2019S")):
        words[-1] = words[-1][:-2]
    for i in range(len(words) - 2, -1, -1):
        if words[i].endswith(("'s", "\u2019s", "'S", "\u2019S", "s'", "s\u2019")):  # "ABC News' Martha Raddatz"
            return " ".join(words[i + 1:])
    return " ".join(words)


#: letters after a name that say its honours, fellowships or seat ("Donald R Rothwell FAAL", "Ana Lind OBE")
_POSTNOMINALS = frozenset("FAAL FASSA FAHA FRS FBA FRSA FRSE FRSC FAcSS FRHistS FAIIA FRGS OBE CBE MBE KBE DBE AO AC AM OAM "
                          "KC QC SC MP MEP MLA MSP MHK PhD DPhil".split())


#: a month in capitals run into a byline's name ("By ANA RUIZ JANUARY 22, 2025")
_MONTHS_UPPER = frozenset("JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER".split())


def without_postnominals(name: str) -> str:
    """``name`` without the honours (or a date's month in capitals) written after it, kept whole when
    that would leave one word.

    >>> without_postnominals("Donald R Rothwell FAAL"), without_postnominals("Ana Lind OBE MP")
    ('Donald R Rothwell', 'Ana Lind')
    >>> without_postnominals("Peter MARTELL"), without_postnominals("Kim AM"), without_postnominals("ANA RUIZ JANUARY")
    ('Peter MARTELL', 'Kim AM', 'ANA RUIZ')
    """
    words = name.split()
    k = len(words)
    while k > 2 and (words[k - 1].replace(".", "") in _POSTNOMINALS or words[k - 1] in _MONTHS_UPPER):
        k -= 1
    return " ".join(words[:k]) if k < len(words) else name


def _initials(name: str) -> str:
    """The capitals that open the words of ``name``, its post-nominal letters left out.

    >>> _initials("Sophie Katsarava MBE"), _initials("The Washington Post")
    ('SK', 'TWP')
    """
    return "".join(w[0] for w in without_postnominals(name).split() if w[0].isupper())


def _acronym(word: str) -> bool:
    """A word in capitals that is no name: three letters or more, no vowel ("WPR", "CNN"; not "MR."), or
    one with a slash or an ampersand ("RFE/RL", "AT&T")."""
    return "/" in word or "&" in word or (len(word) >= 3 and word.isalpha() and not any(c in "AEIOUY" for c in word.upper()))


def _display(label: str) -> str:
    """'ELISE HU' -> 'Elise Hu', 'Ivan KOSTOV' -> 'Ivan Kostov', an outlet's initials kept ('WPR');
    other labels unchanged.

    >>> _display("ELISE HU"), _display("WPR"), _display("RFE/RL")
    ('Elise Hu', 'WPR', 'RFE/RL')

    A regnal or family number stays in capitals ("Benigno Aquino III", "CHARLES III"; rule N1 of pass 113):

    >>> _display("Benigno Aquino III"), _display("KING CHARLES III"), _display("PRESIDENT XI")
    ('Benigno Aquino III', 'King Charles III', 'President Xi')
    >>> _display("Chairman MCCAUL"), _display("Mr. McCAUL"), _display("MICHAEL MCFAUL")
    ('Chairman McCaul', 'Mr. McCaul', 'Michael McFaul')
    """
    if label.isupper() and any(len(w) > 1 for w in label.split()):
        # (a Turkish dotted capital lowers to "i" and a combining dot: "FİDAN" is "Fidan")
        return " ".join(w if len(w) <= 1 or _acronym(w) or (k and _ROMAN.fullmatch(w)) else _mc(w[0] + w[1:].lower().replace("i\u0307", "i"))
                        for k, w in enumerate(label.split()))
    words = label.split()
    if len(words) >= 2 and words[0][:1].isupper() and not words[0].isupper() and _MC_CAPS.sub("MC", words[-1]).isupper() \
            and len(words[-1]) > 2 and not _ROMAN.fullmatch(words[-1]):
        # a surname in capitals ("Chairman MCCAUL", "Mr. McCAUL" are Chairman McCaul, Mr. McCaul)
        return " ".join(_mc(w[0] + w[1:].lower()) if _MC_CAPS.sub("MC", w).isupper() and len(w) > 2 else w for w in words)
    return label


#: "Mc" before a family name written in capitals ("McCAUL")
_MC_CAPS = re.compile(r"^Mc(?=[A-Z]{2})")


def _mc(word: str) -> str:
    """'Mccaul' -> 'McCaul' (a Scots or Irish "Mc" keeps the next letter a capital); other words unchanged.

    >>> _mc("Mccaul"), _mc("Mcguire"), _mc("Mchugh"), _mc("Mc"), _mc("Berg")
    ('McCaul', 'McGuire', 'McHugh', 'Mc', 'Berg')
    """
    return "Mc" + word[2].upper() + word[3:] if len(word) > 3 and word.startswith("Mc") else word


#: a regnal or family number after a name ("III", "XIV", "IV"): never a surname written in capitals (not "XI": "PRESIDENT
#: XI" is Xi Jinping)
_ROMAN = re.compile(r"(?!XI\Z)(?:X{0,3})(?:IX|IV|V?I{0,3})\.?")


#: first words of an office written out as a turn label
_OFFICE_FIRST = frozenset("Minister Secretary Assistant Deputy Shadow Parliamentary Special Under-Secretary".split())


#: a royal's title and one name, as a label or a cue writes him ("Sheikh Abdullah", "Prince Turki")
_ROYAL = re.compile(r"(?:Sheikh|Sheikha|Prince|Princess|Emir|Sultan|King|Queen)[ \t]+[A-Z][\w'\u2019-]+")


def royal_name(t: str, name: str) -> str | None:
    """The full name the text writes after ``name``'s title and first name ("Sheikh Abdullah Bin Zayed Al Nahyan"),
    without the title; None when it writes none longer.

    >>> royal_name("an interview with Sheikh Abdullah Bin Zayed Al Nahyan, the minister.", "Sheikh Abdullah")
    'Abdullah Bin Zayed Al Nahyan'
    >>> royal_name("Prince Turki spoke.", "Prince Turki") is None
    True
    >>> royal_name("with Sheikha Noor Foreign Minister of the Islands", "Sheikha Noor") is None
    True
    """
    title, first = name.split(None, 1)
    runs = {m.group(1) for m in re.finditer(rf"\b{re.escape(title)}[ \t]+({re.escape(first)}(?:[ \t]+(?:[A-Z][\w'\u2019-]+|bin|ibn|al|el))+)", t)}
    runs = {" ".join(_until_job(r.split())) for r in runs}  # not into an office: "Sheikha Noor Foreign Minister of ..."
    runs = {r for r in runs if len(r.split()) >= 2}
    return max(runs, key=len) if len(runs) == 1 or (runs and all(x in max(runs, key=len) for x in runs)) else None


_OFFICE_ADJECTIVES = frozenset("foreign defence defense interior finance deputy vice prime crown former chief".split())


def _until_job(words: list[str]) -> list[str]:
    """``words`` up to the first that opens an office or a job ("Noor", "Foreign", "Minister" -> "Noor")."""
    for i, w in enumerate(words):
        if w.lower() in _JOBS or w.lower() in _OFFICE_ADJECTIVES:
            return words[:i]
    return words


def spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one person's full name: the same surname, or one letter apart in a surname of
    five letters or more, and first names that agree ("Ken Pollock", "Kenneth Pollack"; an automatic
    transcript's spelling against the standfirst's).

    >>> spelled_alike("Ken Pollock", "Kenneth Pollack"), spelled_alike("Ken Pollack", "Kevin Pollack")
    (True, False)
    >>> spelled_alike("Laszlo Andor", "Laslo Andor"), spelled_alike("Omar Haddad", "Omar Hadad"), spelled_alike("Mike McFall", "Michael McFaul")
    (True, True, True)
    >>> spelled_alike("Richard Haas", "Richard Haass"), spelled_alike("Richard Haas", "Richard Hass")
    (True, False)
    """
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    sa, sb = wa[-1], wb[-1]
    near = sa == sb or (min(len(sa), len(sb)) >= 5 and _one_edit(sa, sb)) or (min(len(sa), len(sb)) >= 4 and _doubled(sa, sb))
    fa, fb = wa[0], wb[0]
    nick = _NICKNAMES.get(fa) == fb or _NICKNAMES.get(fb) == fa  # "Mike McFall" for "Michael McFaul"
    return near and (nick or fa.startswith(fb) or fb.startswith(fa) or (min(len(fa), len(fb)) >= 5 and _one_edit(fa, fb)))


#: a given name's usual short form, as a transcript or a host writes it
_NICKNAMES = {"mike": "michael", "bob": "robert", "rob": "robert", "bill": "william", "will": "william", "jim": "james",
              "tom": "thomas", "dick": "richard", "rick": "richard", "chuck": "charles", "charlie": "charles",
              "joe": "joseph", "dan": "daniel", "dave": "david", "steve": "stephen", "tony": "anthony", "ed": "edward",
              "ben": "benjamin", "sam": "samuel", "alex": "alexander", "nick": "nicholas", "andy": "andrew",
              "matt": "matthew", "chris": "christopher", "pat": "patrick", "ron": "ronald", "don": "donald",
              "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine", "misha": "mikhail", "sasha": "alexander"}


def _doubled(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter written twice in one and once in the other ("haas", "haass")."""
    if len(a) == len(b):
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return len(long) == len(short) + 1 and any(long[i] == long[i - 1] and long[:i] + long[i + 1:] == short
                                               for i in range(1, len(long)))


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by at most one letter changed, added or left out."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[i + (len(a) >= len(b)):] == b[i + (len(b) >= len(a)):]
