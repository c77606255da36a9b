"""The writer an author note or a standfirst names near the top of a page ("Elisabeth Braw is a senior associate fellow
at ...", "Ana Ruiz says the council is ...", an editor's note), and the full name an honorific and a surname stand for
("Mr. Latal"). Split out of :mod:`polisent.segment._bylines` (pass 112), which re-exports them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from polisent.segment._labels import _CAP, _NAME, _TITLES
from polisent.segment._principal import is_person_name, is_place, person_part
from polisent.segment._quotes import QUOTED_RUN
from polisent.segment._units import Unit

#: an author note may name the writer by an honorific and the surname alone, as NYT-style op-eds do ("Mr. Latal is a
#: journalist ...", "Ms. Ruiz is a professor ..."): :func:`honorific_name` looks for the full name in the text
_HON_NAME = rf"(?:Mr|Ms|Mrs|Dr)\.?[ \t]+{_CAP}[\w'\u2019-]+"
_HON_NAME_RX = re.compile(_HON_NAME)


def is_honorific_name(name: str) -> bool:
    """``name`` is an honorific and a surname alone ("Mr. Latal", "Ms Ruiz").

    >>> is_honorific_name("Mr. Latal"), is_honorific_name("Srecko Latal")
    (True, False)
    """
    return _HON_NAME_RX.fullmatch(name) is not None


def honorific_name(t: str, name: str) -> str:
    """The full name an honorific and a surname stand for, where the text writes it ("Mr. Latal" after "Srecko
    Latal"), else the name as written; any other name as it is.

    >>> honorific_name("By Srecko Latal. ... Mr. Latal is a journalist.", "Mr. Latal"), honorific_name("x", "Ms. Ruiz")
    ('Srecko Latal', 'Ms. Ruiz')
    """
    if not is_honorific_name(name):
        return name
    sur = name.split()[-1]
    for m in re.finditer(rf"(?<![\w'\u2019.-])((?:{_CAP}[\w'\u2019.-]*[ \t]+){{1,3}}){re.escape(sur)}\b", t):
        words = m.group(1).split()
        for k in range(len(words)):  # "By Srecko Latal": the longest tail of the run that is a name
            full = " ".join(words[k:] + [sur])
            if not is_honorific_name(f"{words[k]} {sur}") and person_part(full) == full and is_person_name(full):
                return full
    return name


#: an op-ed's author note alone on a line near the top: "Elisabeth Braw is a senior associate fellow at ...", "Dmytro
#: Kuleba was Ukraine's foreign minister from 2020 to 2024."
#: (a bio's text: no sentence end, but the dots of an abbreviation, "U.S.", may stand in it)
_BIO_TEXT = r"(?:[^\n.!?]|(?<=\b[A-Z])\.)"
_TOP_BIO = re.compile(rf"[ \t]*(?P<name>{_NAME}|{_HON_NAME})"
                      # (the writer's former job may stand between: "Ivo Daalder, former U.S. ambassador to NATO, is CEO of ...")
                      rf"(?:,[ \t]+{_BIO_TEXT}{{2,100}}?,)?[ \t]+(?:(?:is|was)[ \t]+"
                      rf"(?:a|an|the|{_CAP}[\w-]*['\u2019]s|(?:CEO|president|director|head|chair|chairman|chairwoman|founder|editor)[ \t]+of)"
                      # (or what the writer does: "Katie Shoshiasvili is researching democratization in Georgia."; rule R8)
                      r"|is[ \t]+(?:researching|studying|pursuing)|works[ \t]+(?:at|for|as|on)|teaches|lectures)"
                      rf"[ \t]+{_BIO_TEXT}{{3,240}}\.?[\"'\u201d\u2019]?"
                      rf"(?:[ \t]+(?:She|He|They)[ \t]+{_BIO_TEXT}{{3,160}}\.)?"  # "... Council. She is a Kurdish woman from Afrin."
                      # (and the contact field the page left empty: "... for the Washington Post. Email:"; rule W2, 111th pass)
                      r"(?:[ \t]+(?i:e-?mail|twitter)[ \t]*:[ \t]*\S*)?[ \t]*")


#: an editor's note that introduces the writer and disowns the views: "Editor's note: John Doe served as ambassador to
#: Russia ... The opinions expressed in this commentary are his own." (the disclaimer says whose piece it is)
_NOTE_BIO = re.compile(rf"\W*(?i:editor['\u2019]?s['\u2019]?[ \t]+note)[ \t]*:[ \t]*(?P<name>{_NAME}|{_HON_NAME}),?[ \t]+"
                       r"(?:is|was|served|has|had|serves|teaches|writes|leads|heads|directs|chairs)\b[^\n]{0,900}?"
                       r"\b(?i:(?:opinions|views)[ \t]+expressed[ \t]+(?:in[ \t]+this[ \t]+(?:commentary|article|piece|column|"
                       r"op-?ed)[ \t]+|here[ \t]+)?are[ \t]+(?:solely[ \t]+|entirely[ \t]+)?(?:(?:his|her|their)(?:[ \t]+or[ \t]+her)?[ \t]+own"
                       # (or the author's: "... are solely from the author.", "... are those of the author.", "... the writer's own")
                       r"|(?:(?:those[ \t]+)?of|from)[ \t]+the[ \t]+(?:author|writer)s?|the[ \t]+(?:author|writer)['\u2019]?s['\u2019]?[ \t]+own))\b")


def _note_bio(t: str, u: Unit) -> re.Match[str] | None:
    """An editor's note that names the writer and says the views are theirs.

    >>> t = "Editor\u2019s note: Ana Ruiz served as envoy to Chile. She teaches at Yale. The opinions expressed in this commentary are her own."
    >>> _note_bio(t, Unit(0, len(t), [0], 0, "plain", 0)).group("name")
    'Ana Ruiz'
    >>> t = "Editor's note: Ana Ruiz is a contributor. The views expressed in this commentary are solely from the author. (CNN) -- The talks failed."
    >>> _note_bio(t, Unit(0, len(t), [0], 0, "plain", 0)).group("name")
    'Ana Ruiz'
    >>> t = "Editor's note: Ana Ruiz served as envoy to Chile."
    >>> _note_bio(t, Unit(0, len(t), [0], 0, "plain", 0)) is None
    True
    """
    return _NOTE_BIO.match(t, u.start, u.end)


def _named_twice_bio(t: str, u: Unit) -> re.Match[str] | None:
    r"""The author note of an author box that prints the name first, alone or in capitals, then the note:
    "Salman Al-Dossary\nSalman Al-Dossary is the former editor-in-chief of ..." or "- TERRY GLAVIN National Post
    Terry Glavin is an author and a journalist." (the name must be in the lead-in, which holds no sentence).

    >>> t = "- ANA RUIZ Dr Ana Ruiz is a fellow at the Ledger Institute."
    >>> _named_twice_bio(t, Unit(0, len(t), [0], 0, "plain", 0)).group("name")
    'Ana Ruiz'
    >>> t = "Boris Kan said it. Ana Ruiz is a fellow at the Ledger Institute."
    >>> _named_twice_bio(t, Unit(0, len(t), [0], 0, "plain", 0)) is None
    True
    """
    for k in (m.start() for m in re.finditer(r"(?<=[\s.])(?=[A-Z])", t[u.start:min(u.end, u.start + 90)])):
        m = _TOP_BIO.fullmatch(t, u.start + k, u.end)
        if m is None:
            continue
        lead = " ".join(t[u.start:u.start + k].split()).lower()
        if re.search(r"[a-z]{3}[.!?:]", lead):
            return None
        if " ".join(m.group("name").split()).lower() in lead:
            return m
    return None


def top_bio_writer(t: str, units: Sequence[Unit], body: Sequence[Unit]) -> list[str]:
    r"""The writer an author note names among the first eight units, within the first 1,200 characters ("Elisabeth
    Braw is a senior associate fellow at ..."), when no later unit of ``body`` names that person again: a
    profile or report describes its subject and goes on about him.

    >>> from polisent.segment._units import Unit
    >>> t = "Ana Ruiz is a fellow at the Ledger Institute.\nA game is unfolding in the north. Finland closed the border."
    >>> units = [Unit(0, 45, [0], 0, "plain", 0), Unit(46, len(t), [1], 1, "plain", 0)]
    >>> top_bio_writer(t, units, units[1:]), top_bio_writer(t + " Ruiz agrees.", units[:1] + [Unit(46, len(t) + 13, [1], 1, "plain", 0)], [Unit(46, len(t) + 13, [1], 1, "plain", 0)])
    (['Ana Ruiz'], [])
    >>> t2 = "Ana Ruiz is a fellow at the Ledger Institute. She is from Afrin.\nThe border closed."
    >>> top_bio_writer(t2, [Unit(0, 64, [0], 0, "plain", 0), Unit(65, len(t2), [1], 1, "plain", 0)], [])
    ['Ana Ruiz']
    """
    return _lead_writer(t, units, body, 8, lambda u: _TOP_BIO.fullmatch(t, u.start, u.end) or _named_twice_bio(t, u)
                        or _note_bio(t, u))


def _lead_writer(t: str, units: Sequence[Unit], body: Sequence[Unit], n: int,
                 match: Callable[[Unit], re.Match[str] | None]) -> list[str]:
    """The person ``match`` finds in one of the first ``n`` units (within the first 1,200 characters), by its
    group ``name`` or the capitalised run that ends its group ``who``, when no later unit of ``body`` names
    that person again (a report or a profile goes on about its subject)."""
    for u in units[:n]:
        if u.start > 1200:
            break
        m = match(u)
        if m is None:
            continue
        if "name" in m.groupdict():
            name: str | None = honorific_name(t, " ".join(m.group("name").split()))
        else:
            run = _LAST_RUN.search(" ".join(m.group("who").split()))
            name = person_part(run.group()) if run is not None else None
        if not name or name.isupper() or not is_person_name(name) or is_place(name) or person_part(name) != name:
            continue
        sur = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
        # (a note by honorific and surname on a paragraph of its own: "Mr. Veli was the minister when ..." below
        # paragraphs that name him is about the text's subject)
        after = 0 if is_honorific_name(" ".join((m.groupdict().get("name") or "").split())) else u.end
        return [] if any(sur.search(t, b.start, b.end) for b in body if b.start >= after and b is not u) else [name]
    return []


#: a standfirst that gives the writer's view in the third person, name first ("Ana Ruiz says the council is
#: using the court to run interference") or last, after a job ("..., says former foreign minister Ana Ruiz.")
_NAME_SAYS = re.compile(rf"[ \t]*(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})[ \t]+(?P<verb>says|argues|writes|warns|contends|believes|thinks|examines|details|points[ \t]+out)[ \t]+[^\n]{{10,240}}")
#: ... or a later sentence of the dek, the writer described between commas or dashes: "Recently, the council ... .
#: Ana Ruiz, a scholar of international law - specifically of the UN - argues that ..." (rule W1 of the 103rd pass)
_SENTENCE_END_RX = re.compile(r"[.!?](?=[ \t])")
_ARGUES_MID = re.compile(rf"(?<=[.!?])[ \t]+(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})(?:,[^\n.;:]{{3,140}}?(?:,|[ \t][-\u2013\u2014]))?"
                         r"[ \t]+(?:argues|contends)[ \t]+(?:that[ \t]+)?[^\n]{10,}")
#: the verbs of a standfirst that only an opinion piece's dek uses for its writer ("Ana Ruiz contends military intervention
#: contradicts ..."): a news report says "says"; an analyst's dek "examines", "details" or "points out" what the piece
#: goes on to argue ("Ana Ruiz details a North Africa agenda for the next administration ..."; pass 122)
_ARGUED = frozenset({"argues", "contends", "writes", "examines", "details", "points out"})
#: a guest essay's kicker over its title: "By Invitation | Russia and Ukraine", "Guest Essay"
#: (or an opinion section's kicker line: "Insight & Opinion", "Comment | Opinion")
_GUEST_KICKER = re.compile(r"(?im)^[ \t]*(?:By[ \t]+Invitation|Guest[ \t]+(?:essay|column|commentary))\b"
                           r"|^[^\n]{0,40}?\b(?-i:Opinion|OPINION)[ \t]*$")
_SAYS_NAME = re.compile(r"[^\n]{10,240}?,[ \t]+(?:says|argues|writes|warns)[ \t]+(?P<who>[^\n.,;:!?]{3,90}?)[ \t]*\.?[ \t]*")
#: the capitalised run that ends a description ("Lithuania's former Foreign Minister Ana Ruiz")
_LAST_RUN = re.compile(r"(?:[A-Z][\w'\u2019.-]*[ \t]+)*[A-Z][\w'\u2019.-]*\Z")
#: the writer's own voice outside quotations
_FIRST_PERSON = re.compile(r"\b(?:I|I['\u2019]m|I['\u2019]ve|my|me|myself)\b")


def first_person(t: str, body: Sequence[Unit], voice: re.Pattern[str] = _FIRST_PERSON) -> bool:
    """Whether the piece speaks in the first person (``voice``: singular by default) outside quotations, in two units of
    ``body`` or more."""
    return sum(1 for u in body if voice.search(QUOTED_RUN.sub(" ", t[u.start:u.end]))) >= 2


def says_writer(t: str, units: Sequence[Unit], body: Sequence[Unit]) -> list[str]:
    r"""The writer a standfirst among the first five units names in the third person ("Ana Ruiz says the
    council is using the court ...") when the piece speaks in the first person outside quotations (in two
    units or more) and never names that person again: a news report on what someone says speaks of them.

    >>> from polisent.segment._units import Unit
    >>> t = ("Ana Ruiz says the council is using the court to stall the port\n"
    ...      "Having visited the port myself, I know the harbour. It is my view that the case is a blunder.\n"
    ...      "Let me be clear: I support neither side.")
    >>> units = [Unit(0, 62, [0], 0, "plain", 0), Unit(63, 157, [1], 1, "plain", 0), Unit(158, len(t), [2], 2, "plain", 0)]
    >>> says_writer(t, units, units[1:]), says_writer(t.replace("I support", "Ruiz supports"), units, units[1:])
    (['Ana Ruiz'], [])
    >>> t2 = "The council is stalling the port, says Lithuania's former Foreign Minister Ana Ruiz." + t[62:]
    >>> says_writer(t2, [Unit(0, 84, [0], 0, "plain", 0)] + units[1:], units[1:])
    ['Ana Ruiz']
    """
    # (a guest essay's kicker says the standfirst names the writer: "By Invitation" / "X believes ..."; without the first
    # person or a kicker, only a dek that argues: "X contends ...")
    argued_only = not first_person(t, body) and not _GUEST_KICKER.search(t, 0, min(len(t), 600))
    return _lead_writer(t, units, body, 5, lambda u: _says_line(t, u, argued_only))


#: a credit line of its own under the title: the writer's name, a comma, then a job or an office ("Ana Ruiz, Minister,
#: Ministry of Foreign Affairs, Lithuania; Photo: ...", "Ana Ruiz, Academic and former intelligence officer, SMH 18 Mar 23")
_CREDIT_LINE = re.compile(rf"[ \t]*(?:{_TITLES}[ \t]+)?(?P<name>{_NAME}),[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w'\u2019-]+[ \t]+){{0,3}}?"
                          r"(?i:minister|secretary|ambassador|academic|professor|lecturer|fellow|researcher|analyst|specialist|"
                          r"expert|director|diplomat|envoy|adviser|advisor|senator|scholar|economist|historian|president|chair(?:man|woman)?)"
                          r"\b[^\n]{0,160}")
#: the writer's own voice in the plural, outside quotations ("as we discuss the matter, our credibility is on the line")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|my|me)\b")


def credit_writer(t: str, units: Sequence[Unit], body: Sequence[Unit]) -> list[str]:
    r"""The writer a credit line of its own among the first four units names with a job or an office ("Ana Ruiz, Minister,
    Ministry of Foreign Affairs"), when the piece speaks in the first person, singular or plural, outside quotations
    (in two units or more) and never names that person again (pass 122): a caption over a report names its subject.

    >>> from polisent.segment._units import Unit
    >>> t = ("Ana Ruiz, Minister of Foreign Affairs\nOur credibility is on the line. We missed a chance.\n"
    ...      "As we look toward the summit, the case is strong.")
    >>> units = [Unit(0, 37, [0], 0, "plain", 0), Unit(38, 88, [1], 1, "plain", 0), Unit(89, len(t), [2], 2, "plain", 0)]
    >>> credit_writer(t, units, units[1:]), credit_writer(t.replace("we look", "Ruiz looks"), units, units[1:])
    (['Ana Ruiz'], [])
    """
    if not first_person(t, body, _WE):
        return []
    return _lead_writer(t, units, body, 4, lambda u: _CREDIT_LINE.fullmatch(t, u.start, u.end) if t.find("\n", u.start, u.end) < 0 else None)


def _says_line(t: str, u: Unit, argued_only: bool = False) -> re.Match[str] | None:
    """A standfirst unit of one line that gives the writer's view in the third person, or such a line under a kicker
    of a few words in the same unit ("Insight & Opinion" / "Ana Ruiz says the answer ..."); ``argued_only``: name
    first, with a verb of :data:`_ARGUED`."""
    s, e = u.start, u.end
    cut = t.find("\n", s, e)
    if cut >= 0:
        if t.find("\n", cut + 1, e) >= 0 or len(t[s:cut].split()) > 5:
            return None
        s = cut + 1
    if argued_only:
        m = _NAME_SAYS.fullmatch(t, s, e)
        return m if m is not None and " ".join(m.group("verb").split()) in _ARGUED else _argues_mid(t, s, e)
    return _NAME_SAYS.fullmatch(t, s, e) or _SAYS_NAME.fullmatch(t, s, e) or _argues_mid(t, s, e)


def _argues_mid(t: str, s: int, e: int) -> re.Match[str] | None:
    """:data:`_ARGUES_MID` in a dek's second or third sentence, within its first 400 characters (not a report's
    paragraph that quotes one expert after another: "... Jahid Tuz, former adviser, argues that ...")."""
    m = _ARGUES_MID.search(t, s, min(e, s + 400))
    if m is None or len(_SENTENCE_END_RX.findall(t, s, m.start() + 1)) > 2:
        return None
    return _ARGUES_MID.match(t, m.start(), e)
