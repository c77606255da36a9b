"""The guest of an interview as the prose names him: the one who "spoke to" or "talked with" an outlet or a
journalist, who "said in an interview with", whose "interview with" the title owns, and the person's name in a
run a cue cut short. Split out of :mod:`polisent.segment._speakers`, which applies them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from polisent.segment._hosts import _OBJECT_JOB, _journalist, _spoken_by
from polisent.segment._labels import _CAP, _HONORIFICS, _NAME, _TITLES
from polisent.segment._name_cues import OUTLET_AFTER, office_holder_spoke, spoke_to_journalist
from polisent.segment._person_registry import registry_surname
from polisent.segment._prefilter import Guarded
from polisent.segment._principal import is_person_name, is_place, person_part
from polisent.segment._principal_cues import outlet_asks
from polisent.segment._units import Unit


#: (not "Thank you for speaking to Paris Direct": the show a guest is thanked for speaking to)
_GUEST = re.compile(
    rf"(?i:interview(?:ed)?\s+with|(?<!for\s)(?:spoke|speaking|talked|talking)\s+(?:to|with)|(?:our|my)\s+guest\s+(?:today\s+)?is|"
    rf"joined\s+by|conversation\s+with|interlocutor\s+is|(?:our|my|the)\s+guest\s+is)\s+(?:{_TITLES}\s+)?(?P<name>{_NAME})"
)
_GUEST_SCAN = Guarded(_GUEST)  # (see _prefilter.Guarded)


def _guest_names(t: str, units: Sequence[Unit]) -> list[str]:
    """The names :data:`_GUEST` finds, save where a named subject does the speaking ("Dbeibeh spoke to
    Asharq Al-Awsat in an interview"): that subject, in full where the text writes it so, not the
    outlet or journalist after the verb."""
    out = []
    for u in units:
        for m in _GUEST_SCAN.finditer(t, u.start, u.end):
            if OUTLET_AFTER.match(t, m.end("name")) or outlet_asks(t, m.start("name"), m.end("name")):
                continue
            if (subject := conversation_subject(t, m.start())) is not None:
                out.append(subject)  # "U.S. Ambassador X in conversation with Y:": X is the guest, Y asks (rule C1, 103rd pass;
                # named as the guest since the 110th pass, S1)
                continue
            if spoke_to_journalist(t, m.start()):
                continue  # "She spoke to Aditi Bhaduri on ...": the guest, introduced before, spoke to the journalist
            if t[m.start():m.start() + 12].lower() == "interlocutor":  # "Ukrinform's interlocutor is X": the outlet's guest, X
                out.append(" ".join(m.group("name").split()))
                continue
            subject = _spoken_by(t, m.start()) or _said_in_interview(t, m.start()) or office_holder_spoke(t, m.start())
            if subject is None and _outlets_journalist(t, m.start("name")):
                # "John Ingleson talked with The Jakarta Post's Rita A. Widiadana": she asks, he answers
                # (not "an interview with RAND's Alireza Nader", whose employer the possessive names)
                subject = _subject_before(t, m.start())
            out.append(subject if subject is not None else " ".join(m.group("name").split()))
    return out


#: "..., said in an interview with", "told reporters in an exclusive interview with": the sentence's subject gave it
#: "in an (exclusive) " before "interview": the article and the kinds of interview
_IN_AN = r"in[ \t]+(?:an?|his|her)[ \t]+(?:(?:exclusive|recent|lengthy|televised|written|phone|telephone)[ \t]+)?\Z"
_SAID_IN = re.compile(r"\b(?:said|says|told[ \t]+\w+|stated|noted|explained|argued|warned)[ \t]+" + _IN_AN)
#: the speaker after the verb, right before "in an interview": '"...," said former Ambassador X in an interview'
_SAID_NAME_IN = re.compile(r"\b(?:said|says|stated|noted|explained|argued|warned)\b[^.!?\n\u201c\u201d\"]{0,120}?[ \t,]"
                           rf"(?P<name>{_NAME})[ \t]+" + _IN_AN)
#: the guest as the interview's owner: "Ambassador X's Interview with <outlet>", "FM X's exclusive interview with ..."
_OWN_INTERVIEW = re.compile(rf"(?:(?<![\w'\u2019-])(?:{_TITLES}|FM|PM|President|Minister|Secretary)[ \t]+)?"
                            rf"(?P<name>{_CAP}[\w'\u2019-]+(?:[ \t]+{_CAP}[\w'\u2019-]+){{0,3}}?)['\u2019]s[ \t]+"
                            # (two such words: "President X's joint written interview with Yonhap"; rule G1 of the 104th pass)
                            r"(?:(?i:exclusive|recent|full|televised|first|latest|joint|written|in-depth|wide-ranging|extended|lengthy)[ \t]+){0,2}\Z")
#: the guest after "with", described by a job: "Trend's exclusive interview with Araz Azimov, the deputy foreign
#: minister" (the owner before "interview" is then the outlet; not "X's interview with Y, the journalist")
_WITH_JOB = re.compile(rf"(?i:interview)[ \t]+with[ \t]+(?:{_TITLES}[ \t]+)?(?P<name>{_NAME}),[ \t]+(?:(?i:the|a|an)[ \t]+)?"
                       r"(?:[\w'\u2019-]+[ \t]+){0,4}?(?i:(?:deputy[ \t]+|vice[ \t]+|prime[ \t]+|foreign[ \t]+)?minister|ambassador|"
                       r"president|secretary|spokes(?:man|woman|person)|advis[eo]r|director|professor|analyst|expert|chair(?:man|woman)?|"
                       r"head|envoy|representative|governor|senator|commander|fellow|researcher|leader)\b")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?\n]))[ \t\"\u201c]*(?=\S)[^.!?\n]*\Z")
_SUBJECT = re.compile(rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})(?=[ \t]*(?:,|said|says|told|stated|noted))")


#: "interview with CNN, President Tsai Ing-wen ...": the outlet, then the titled guest (not "talks with my
#: counterpart, Foreign Minister X": a title alone still names no guest there)
_OUTLET_THEN_GUEST = re.compile(r"interview(?:ed)?[ \t]+with[ \t]+(?:the[ \t]+)?[A-Z][\w&'\u2019.-]*(?:[ \t]+[A-Z][\w&'\u2019.-]*){0,3},[ \t]+")
#: a name the name pattern cut short ("... Luiz Inacio" of "Luiz Inacio Lula da Silva")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:[A-Z\u00c0-\u00de]|(?:da|de|do|dos|van|von|der|al|bin|el|la|le)[ \t]|(?:al|el)-[A-Z])")


def _untitled(name: str) -> str:
    """``name`` without the title before it when only a title keeps it from being a person's name.

    >>> _untitled("President Tsai Ing-wen"), _untitled("Ana Ruiz")
    ('Tsai Ing-wen', 'Ana Ruiz')
    """
    if is_person_name(name):
        return name
    part = person_part(name)  # (only a title dropped in front: the name itself is kept whole)
    return part if part is not None and name.endswith(" " + part) else name


def _said_in_interview(t: str, at: int) -> str | None:
    """The person named at the start of the sentence that says it was said in the interview at ``at``
    ("Ahmed Abu Kneis, chairman of the Basin Forum, said in an interview with Al-Masry Al-Youm that ..."),
    else None: the interview's subject, not the outlet after "with".

    >>> t = "Ana Ruiz, chair of the Forum, said in an interview with Diario Uno that the dam is a risk."
    >>> _said_in_interview(t, t.index("interview"))
    'Ana Ruiz'
    >>> t = '"We will adapt," said former Ambassador to Jordan, Ana Ruiz in an exclusive interview with Jo Bell.'
    >>> _said_in_interview(t, t.index("interview"))
    'Ana Ruiz'
    >>> t = "Ambassador Ruiz's Interview with China Central Television-4"
    >>> _said_in_interview(t, t.index("Interview"))
    'Ruiz'
    >>> t = "Ledger's exclusive interview with Ana Ruiz, the deputy foreign minister of Chile"
    >>> _said_in_interview(t, t.index("interview"))
    'Ana Ruiz'
    """
    after = _SAID_NAME_IN.search(t, max(0, at - 200), at)  # '..., said former Ambassador X in an interview with Y'
    if after is not None and is_person_name(name := " ".join(after.group("name").split())):
        return name
    owner = _OWN_INTERVIEW.search(t, max(0, at - 100), at)  # "Ambassador X's Interview with China Central Television"
    guest = _WITH_JOB.match(t, at) if owner is not None else None  # "<outlet>'s exclusive interview with X, the minister"
    if guest is not None and is_person_name(name := " ".join(guest.group("name").split())) and not is_place(name):
        return name
    words = owner.group("name").split() if owner is not None else []
    if words and (words[0] in ("The", "the") or t[max(0, owner.start("name") - 4):owner.start("name")] in ("The ", "the ")):
        words = []  # "The Standard's interview with ...": an outlet's (pass 121)
    # (the longest tail that is a name: "Read Ana Ruiz" is Ana Ruiz)
    name = next((" ".join(words[k:]) for k in range(len(words)) if is_person_name(" ".join(words[k:]))), None)
    if name is not None and not is_place(name):
        return name
    if not _SAID_IN.search(t, max(0, at - 40), at):
        return None
    sent = _SENTENCE_START.search(t, max(0, at - 300), at)
    m = _SUBJECT.match(t, sent.start() + len(sent.group()) - len(sent.group().lstrip(" \t\"\u201c"))) if sent else None
    return " ".join(m.group("name").split()) if m is not None and is_person_name(m.group("name")) else None


#: "... X in conversation with Y": the word right before the cue
_IN_BEFORE = re.compile(r"[ \t](?:in|In)[ \t]+\Z")
_SUBJECT_BEFORE = re.compile(rf"(?P<run>(?:{_NAME}|(?<![\w.])[A-Z][ \t]+[A-Z][\w'\u2019-]{{2,}}))[ \t]+\Z")  # ("S Jaishankar in ...")
#: (initials keep their dot; an Arabic article joined to the surname belongs to the run: "Haider al-Abadi")
_CAP_RUN = re.compile(r"[A-Z](?:\.|[\w'\u2019-]*)(?:[ \t]+(?:[A-Z](?:\.|[\w'\u2019-]*)|(?:al|el)-[A-Z][\w'\u2019-]*)){0,6}")


def _outlets_journalist(t: str, at: int) -> bool:
    """The capitalised run at ``at`` is an outlet's journalist whose name the cue cut at an initial
    ("The Jakarta Post's Rita" of "The Jakarta Post's Rita A. Widiadana").

    >>> _outlets_journalist("He talked with The Jakarta Post's Rita A. Widiadana about it.", 15)
    True
    """
    run = _CAP_RUN.match(t, at)
    return run is not None and _journalist(run.group()) is not None


def conversation_subject(t: str, at: int) -> str | None:
    """The person before "in conversation with" at ``at``, the guest (the one after it asks), else None.

    >>> conversation_subject("Anna Berg in conversation with Tom Hale", 13)
    'Anna Berg'
    """
    if t[at:at + 12].lower() != "conversation" or (on := _IN_BEFORE.search(t, max(0, at - 4), at)) is None:
        return None
    if _OBJECT_JOB.match(t, on.start() + 1):
        return None  # "Tom Hale in conversation with Anna Berg, former ambassador ...": the one with the job is the guest
    if (app := _APPOSITION_BEFORE.search(t, max(0, on.start() - 90), on.start() + 1)) is not None:
        # "Anna Berg, former ambassador to Russia, in conversation with Tom Hale"
        run = _NAME_BEFORE.search(t, max(0, app.start() - 80), app.start())
        subject = person_part(run.group("run")) if run is not None else None
    else:
        subject = _subject_before(t, on.start() + 1)
    return subject if subject is not None and is_person_name(subject) else None


#: an apposition between a name and the cue after it (", former ambassador to Russia, "), and the name before it
_APPOSITION_BEFORE = re.compile(r",[ \t]+[a-z][^,.;:!?\n]{2,80},[ \t]*\Z")
_NAME_BEFORE = re.compile(rf"(?P<run>{_NAME})\Z")


def _subject_before(t: str, at: int) -> str | None:
    """The person named right before ``at``, the subject of the cue there ("Asad Khan spoke with ...")."""
    run = _SUBJECT_BEFORE.search(t, max(0, at - 80), at)
    return person_part(run.group("run")) if run is not None else None


def _spoke_to_outlet(t: str, m: re.Match[str]) -> str | None:
    """For "Pakistani Ambassador Asad Khan spoke with USA TODAY's Editorial Board": the one who spoke,
    not the outlet's journalists the name after "with" belongs to; None for any other cue.

    >>> from polisent.segment._bylines import _GUEST_RX
    >>> t = "On Monday, Pakistani Ambassador Asad Khan spoke with USA TODAY's Editorial Board about it."
    >>> _spoke_to_outlet(t, _GUEST_RX.search(t))
    'Asad Khan'
    """
    subject = _spoken_by(t, m.start())
    if subject is not None:  # "Dbeibeh spoke to Asharq Al-Awsat in an interview": the subject spoke
        return subject
    if m.group("name2") and outlet_asks(t, m.start("name2"), m.end("name2")):
        return ""  # "In an exclusive interview with India Today Global, Brazil's President ...": the outlet asks
    if _journalist(m.group("name2")) is None and not _outlets_journalist(t, m.start("name2")):
        return None  # no outlet's possessive before the name
    return _subject_before(t, m.start()) or ""  # "" names no one: the outlet's journalist is never the guest


_AFTER_HONORIFIC = re.compile(r"\.[ \t]+(?P<name>(?:[A-Z]\.[ \t]?){0,2}[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2})")


#: a turn's label word that a page's extraction ran into the name before it ("... Mnangagwa Question: Do you ...")
_GLUED_TURN_LABEL = re.compile(r"[ \t]+(?:Question|Answer|Q|A|Interviewer)\Z")


def _person_in_run(t: str, name: str) -> str | None:
    """The person's name in the whole capitalised run a cue's name was cut from, where the cue
    stopped inside titles ("Iranian Foreign Minister Abbas" of "... Minister Abbas Araghchi").

    >>> _person_in_run("an interview with Iranian Foreign Minister Abbas Araghchi.", "Iranian Foreign Minister Abbas")
    'Abbas Araghchi'
    """
    at = t.find(name)
    m = _CAP_RUN.match(t, at) if at >= 0 else None
    if m is None:
        return None
    run = _GLUED_TURN_LABEL.sub("", m.group()) if t.startswith(":", m.end()) else m.group()
    found = person_part(run)  # (not "Mnangagwa Question" of "... Emmerson Mnangagwa Question: Do you ...?")
    return found if found is not None and is_person_name(found) else None


def _past_honorific(t: str, name: str, end: int) -> str:
    """The name after the honorific that ends a capitals run: "INTERVIEW WITH USA AMBASSADOR MR. R. HOAGLAND".

    >>> _past_honorific("WITH USA AMBASSADOR MR. R. HOAGLAND", "USA AMBASSADOR MR", 22)
    'R. HOAGLAND'
    """
    words = name.split()
    if words and words[-1].rstrip(".").title() in _HONORIFICS and (m := _AFTER_HONORIFIC.match(t, end)) is not None:
        return " ".join(m.group("name").split())
    return name


#: an interview given by one the registry names by surname alone: "Zelensky gave a long interview to the Hungarian
#: edition of Valasz online" (pass 120)
_GAVE_INTERVIEW = re.compile(r"\b(?P<sur>[A-Z][\w'\u2019-]{2,})[ \t]+(?:has[ \t]+)?(?:gave|given|grants?|granted)[ \t]+"
                             r"(?:an?[ \t]+)?(?:[\w-]+[ \t]+){0,2}interview[ \t]+to\b")


def gave_interview(t: str, end: int) -> str | None:
    """The registry's person whose surname alone says he gave the interview, in ``t[:end]`` (the standfirst).

    >>> gave_interview("Zelensky gave a long interview to the Hungarian edition of Valasz online. Part two:", 80)
    'Volodymyr Zelensky'
    >>> gave_interview("Ruiz gave an interview to Example News.", 40) is None
    True
    """
    found = {n for m in _GAVE_INTERVIEW.finditer(t, 0, end) for n in [registry_surname(m.group("sur"))] if n is not None}
    return found.pop() if len(found) == 1 else None
