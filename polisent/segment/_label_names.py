"""The people a text names for its turn labels to stand for: the full names its standfirst and first
turns write (:func:`_text_names`), the person it names with each office (:func:`_job_names`) and the
holder of an office written out as a label (:func:`office_holder`), and the one guest whose labels stand over
some of a Q&A's answers (:func:`sole_guest_label`). Split out of
:mod:`polisent.segment._labels`; :func:`~polisent.segment._label_accept._resolve_labels` links the
labels to them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._labels import _CAPS_STOP, _NAME_RX, _NAME_TITLES, _NOT_SPEAKERS, _OFFICE_WORDS, _ROLE_LABELS, _label_desc
from polisent.segment._name_forms import OFFICE_ABBREV, _display, spelled_alike
from polisent.segment._person_names import GENRE_WORDS, _registry_words, _state_adjectives, common_words, is_person_name, is_place
from polisent.segment._units import Unit


#: an office and its portfolio's preposition right before a run ("Assistant Secretary for ", "Minister of ")
_OFFICE_FOR = re.compile(r"\b(?:[Ss]ecretary|[Mm]inister|[Cc]ommissioner|[Rr]epresentative|[Ee]nvoy|[Dd]irector|[Aa]mbassador|[Cc]oordinator)"
                         r"[ \t]+(?:for|of|to)[ \t]+(?:the[ \t]+)?\Z")
#: the words of a portfolio ("African Affairs", "Trade and Industry")
_PORTFOLIO = frozenset("affairs foreign trade industry defence defense finance home interior security development energy "
                       "environment health education justice economy economic political international public diplomacy "
                       "arms control nonproliferation counterterrorism human rights labor labour near eastern western "
                       "southern northern central asian pacific european african american middle east global "
                       # ("Minister for Law K Shanmugam": the rest of a government's portfolios too; pass 121)
                       "law agriculture tourism culture transport information communications manpower science technology "
                       "innovation infrastructure planning immigration treasury".split())
#: the words that end a portfolio's name ("African Affairs", "International Development")
_PORTFOLIO_END = frozenset("affairs relations security development cooperation trade defence defense industry policy region "
                           "issues matters diplomacy rights communications".split())
#: a style of address before a name ("His Excellency Mr", "Her Excellency", "The Honourable")
_STYLE_WORDS = frozenset("his her their excellency excellencies honourable honorable hon. h.e. the right rt. rt".split())
_STYLE_CORE = frozenset("excellency excellencies honourable honorable hon. h.e.".split())
#: a pronoun's contraction opening a run of capitalised words ("I'm Michel Martin", "We're ...")
_CONTRACTION = re.compile(r"[A-Z][a-z]*['\u2019](?:m|re|ve|ll|d)")


#: time zones written after a clock time ("12:46 p.m. EST"), never a name's first word there
TIME_ZONES = frozenset("EST EDT CST CDT MST MDT PST PDT GMT UTC BST CET CEST EET EEST IST JST KST MSK AEST AEDT".split())
#: a clock time's "a.m." / "p.m." right before a run of capitalised words
_CLOCK_BEFORE = re.compile(r"\b[ap]\.m\.[ \t]*\Z", re.IGNORECASE)


def _text_names(t: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """Full names (two to four capitalised words) written in ``spans`` (the standfirst, the first
    turns), with a leading possessive dropped ("NPR's Scott Simon" -> "Scott Simon").

    >>> _text_names("Interview with His Excellency Mr Saurabh Kumar, Ambassador of India", [(0, 66)])
    ['Saurabh Kumar']
    >>> _text_names("Interview of the Honorable Philip Jada Natana, Ambassador", [(0, 56)])
    ['Philip Jada Natana', 'Honorable Philip Jada Natana']
    """
    out: list[str] = []
    for s, e in spans:
        for m in _NAME_RX.finditer(t, s, e):
            words = m.group().split()
            lead = 0
            while lead < len(words) - 1 and (words[lead].lower() in _STYLE_WORDS or words[lead].rstrip(".") in _NAME_TITLES):
                lead += 1
            forms = [words]
            if any(w.lower() in _STYLE_CORE for w in words[:lead]):  # "His Excellency Mr Saurabh" + " Kumar": the name after the style,
                at = m.start() + [w.start() for w in re.finditer(r"\S+", m.group())][lead]  # read on past the cut
                m2 = _NAME_RX.match(t, at, e)
                if m2 is not None:
                    # (the name with its style is kept after it: initials may spell it, "H.P.J.N." for "Honorable Philip Jada Natana")
                    forms = [m2.group().split(), words]
            for form in forms:
                name = _finish_text_name(t, m, form, e)
                if name is not None:
                    out.append(name)
    return out


#: the suffix of an office not yet taken up: "president-elect", "minister-designate"
_ELECT = re.compile(r"[-\u2011](?:elect|designate)\Z")


def _finish_text_name(t: str, m: re.Match[str], words: list[str], e: int) -> str | None:
    """The full name of :func:`_text_names` in the capitalised run ``m`` read as ``words``, or None."""
    # ("President-elect Yoon Suk-yeol", "Prime Minister-designate X": the office to be held is an office too)
    office = max((i for i, w in enumerate(words[:-1]) if _ELECT.sub("", w.lower()) in _OFFICE_WORDS or w.lower() in OFFICE_ABBREV),
                 default=-1)
    if office >= 0:  # "Homeland Security Secretary Kristi Noem": the name after the office, read on past the cut
        at = m.start() + [w.start() for w in re.finditer(r"\S+", m.group())][office + 1]
        m2 = _NAME_RX.match(t, at, e)
        words = m2.group().split() if m2 is not None else words[office + 1:]
    while words and (words[0].endswith(("'s", "\u2019s", "'", "\u2019")) or words[0].rstrip(".") in _NAME_TITLES
                     or _CONTRACTION.fullmatch(words[0])):
        words = words[1:]  # "NPR's Scott Simon", "Professor Kim Tae-woo", "I'm Michel Martin"
    if words and words[0] in TIME_ZONES and _CLOCK_BEFORE.search(t, max(0, m.start() - 12), m.start()):
        words = words[1:]  # "12:46 p.m. EST MR MILLER: ...": the clock's zone
    if _OFFICE_FOR.search(t, max(0, m.start() - 60), m.start()):
        # "Assistant Secretary for African Affairs Tibor Nagy": the portfolio's words are no part of the name
        end = max((i for i, w in enumerate(words[:-2]) if w.lower() in _PORTFOLIO_END), default=-1)
        words = words[end + 1:]  # "... Alpine Affairs Tomas Nagel": the name after the portfolio's last word
        while len(words) > 2 and (words[0].lower() in _registry_words()[0] or words[0].lower() in _PORTFOLIO):
            words = words[1:]
    while len(words) > 2 and words[0].lower() in _state_adjectives():
        words = words[1:]  # "an interview with Mozambican Filipe Nyusi": the nationality is no part of the name
    if words and words[-1].endswith(("'s", "\u2019s", "'", "\u2019")):
        words[-1] = re.sub(r"['\u2019]s?\Z", "", words[-1])  # "Nikos Dendias' interview"
    stop = next((i for i, w in enumerate(words) if w.lower() in _CAPS_STOP), len(words))
    words = words[:stop]  # "MICHAEL BYERS IS THE CANADA ...": a name in capitals ends at the verb
    kicker = max((i for i, w in enumerate(words) if w.lower() in GENRE_WORDS), default=-1)
    words = words[kicker + 1:]  # "SPIEGEL Interview Merkel": the name after a headline's genre word
    if len(words) >= 2 and words[0].lower() not in _NOT_SPEAKERS and words[-1].lower() not in _NOT_SPEAKERS \
            and words[-1].lower() not in _OFFICE_WORDS:  # "Foreign Minister" names no one
        return " ".join(words)
    return None


#: an office and the name after it, matched where :func:`_job_names` finds an office word
#: the honorifics an office's holder may carry before the name ("Dr. S Jaishankar", "Shri Vijay Gokhale")
_HON = "(?:Dr|Mr|Mrs|Ms|Prof|Shri|Smt)"
_JOB_NAME = re.compile(r"(?=\b(?P<job>[A-Za-z]+)(?:[ \t]+(?i:of|to|for)[ \t]+(?:(?i:the)[ \t]+)?[A-Z][\w.-]*(?:[ \t]+(?!" + _HON + r"\b)[A-Z][\w.-]*){0,3})?"
                       r"(?:,?[ \t]+(?P<name>" + _HON + r"\.?[ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z][\w'\u2019-]+(?:[ \t]+(?:[A-Z][\w'\u2019.-]+|bin|ibn|al|de|da|van|von|der)){0,3}"
                       r"|[A-Z][\w'\u2019-]+(?:[ \t]+(?:[A-Z][\w'\u2019.-]+|bin|ibn|al|de|da|van|von|der)){1,3}"
                       # (an initial without its stop before the surname: "Minister for Law K Shanmugam"; pass 121)
                       r"|(?<![\w.])[B-HJ-Z][ \t]+[A-Z][a-z][\w'\u2019-]+(?![ \t]+[A-Z]))"
                       r"|[ \t]+(?P<surname>[A-Z][a-z][\w'\u2019-]+)(?![ \t]*[A-Z\w'\u2019-])))")  # "Defense Minister Iwaya"; overlapping


#: "Penny Wong, Foreign Minister:" (a label that says its office), "Jens Berg, the Defence Minister of X"
_NAME_JOB = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}),[ \t]+(?:the[ \t]+)?"
                       r"(?:[A-Z][\w-]*[ \t]+){0,3}(?P<job>[A-Z][a-z]+|[A-Z]{3,})\b")  # "PENNY WONG, FOREIGN MINISTER:" too


#: a name and its office in brackets after it: "Tom Tugendhat (Chair)", "Ana Ruiz (the Moderator)"
_NAME_PAREN_JOB = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3})[ \t]+\((?:the[ \t]+)?"
                             r"(?P<job>[A-Z][a-z]+)\)")
#: the capitalised words of an office's phrase before its last word ("Acting Prime " of "Acting Prime Minister")
_OFFICE_LEAD = re.compile(r"(?:(?<=[ \t\n])|(?<=\A))(?:[A-Z][a-z]+[ \t]+){1,3}\Z")  # (a line may open with it)
#: an honorific before a name an office introduces ("Dr. S Jaishankar", "Shri Vijay Gokhale")
_HONORIFIC_LEAD = re.compile(r"\A" + _HON + r"\.?[ \t]+")
#: a run of ASCII letters: :func:`_job_names` tries its overlapping search only at those that are an office word
_ASCII_WORD = re.compile(r"[A-Za-z]+")

_POSSESSIVE_TAIL = re.compile(r"['\u2019]s\b.*\Z")
#: "my counterpart, ...", "his Turkish counterpart": the office holder named next is the other side
_COUNTERPART = re.compile(r"(?i)\bcounterparts?\b[ \t,]*(?:[\w'\u2019-]+[ \t,]+){0,2}\Z")


def _job_names(t: str, s: int, e: int) -> dict[str, str]:
    """The person the standfirst names with each office ("Foreign Minister of Taiwan, Jaushieh Joseph
    Wu" -> {"minister": "Jaushieh Joseph Wu"}), for turn labels that are an office ("Minister:").

    >>> _job_names("Foreign Minister of Taiwan, Jaushieh Joseph Wu, speaks about the strait.", 0, 72)["minister"]
    'Jaushieh Joseph Wu'
    >>> _job_names("On behalf of the External Affairs Minister of India Dr. S Jaishankar, I welcome you.", 0, 83)
    {'minister': 'S Jaishankar', 'external affairs minister': 'S Jaishankar'}
    >>> _job_names("Penny Wong, Minister for Foreign Affairs: Good to be with you, Patricia.", 0, 42)
    {'minister': 'Penny Wong'}
    >>> _job_names("Here is the Acting Prime Minister, Ana Ruiz, as Prime Minister Tom Weiss is away.", 0, 81)["acting prime minister"]
    'Ana Ruiz'
    >>> _job_names("Members present: Tom Hale (Chair); Ana Ruiz; Jo Bell.", 0, 53)
    {'chair': 'Tom Hale'}
    """
    found: dict[str, set[str]] = {}
    for m in _NAME_PAREN_JOB.finditer(t, s, e):  # "Members present: Tom Tugendhat (Chair); ..." for "Chair:"
        if m.group("job").lower() in _OFFICE_WORDS and m.group("name").split()[0].lower() not in _OFFICE_WORDS:
            found.setdefault(m.group("job").lower(), set()).add(" ".join(m.group("name").split()))
    for m in _NAME_JOB.finditer(t, s, e):
        if other_side(t, m.start()):
            continue  # "my counterpart, X, Foreign Minister": the other side, not the office of the labels
        if m.group("job").lower() in _OFFICE_WORDS and m.group("name").split()[0].lower() not in _OFFICE_WORDS:
            found.setdefault(m.group("job").lower(), set()).add(" ".join(m.group("name").split()))
    for w in _ASCII_WORD.finditer(t, s, e):  # the overlapping search, tried where an office word starts
        if w.group().lower() not in _OFFICE_WORDS:
            continue
        m = _JOB_NAME.match(t, w.start(), e)
        if m is None or other_side(t, w.start()):
            continue  # ("... with my counterpart, Foreign Minister Hassoumi Massoudou": not the speaker's office)
        job = m.group("job").lower()
        name = _portfolio_name(t, w.end(), m)
        # (not another office: "the Prime Minister, US Secretary of State ..." names no prime minister)
        if job in _OFFICE_WORDS and not any(x.lower() in _OFFICE_WORDS for x in name.split()) and name.lower() not in _NOT_SPEAKERS:
            found.setdefault(job, set()).add(" ".join(name.split()))
            # ... and under the office's whole phrase, for a label that says it ("the Acting Prime Minister, X" for
            # "ACTING PRIME MINISTER:", where the text also names the Prime Minister)
            lead = _OFFICE_LEAD.search(t, max(s, w.start() - 40), w.start())
            if lead is not None and m.group("name"):
                found.setdefault(" ".join((lead.group() + w.group()).lower().split()), set()).add(" ".join(name.split()))
                # ... and under an office the lead holds before a rank ("President General Pervez Musharraf" for
                # "President:"; rule S2 of the 102nd pass)
                for x in lead.group().split():
                    if x.lower() in _OFFICE_WORDS and x.lower() != job:
                        found.setdefault(x.lower(), set()).add(" ".join(name.split()))
    for job, names in found.items():
        # "Minister for Foreign Affairs Nakasone's Visit to China": the name ends at the possessive;
        # "Prime Minister Masroor Barzani. Thank you": and at the sentence's end
        names = {_sentence_cut(_POSSESSIVE_TAIL.sub("", x)) for x in names}
        names = {x.split(" ", 1)[1] if x.startswith(("HE ", "H.E. ")) and len(x.split()) >= 3 else x for x in names}  # His Excellency
        names = {_HONORIFIC_LEAD.sub("", x) if len(x.split()) >= 3 else x for x in names}  # "(Minister,) Dr. S Jaishankar"
        names = {x for x in names if x.split()[-1].lower() not in _PORTFOLIO_END} or names  # "(Minister for Foreign) Affairs"
        if len(names) > 1 and any(not x.isupper() for x in names):  # "... BY MINISTER GEORGE YEO AFTER THE APEC ..."
            names = {x for x in names if not x.isupper()}
        if len(names) > 1 and len({x.split()[-1] for x in names}) == 1:  # "Nakasone", "Hirofumi Nakasone": one person
            names = {max(names, key=len)}
        found[job] = names
    return {job: next(iter(names)) for job, names in found.items() if len(names) == 1}


def _portfolio_name(t: str, job_end: int, m: re.Match[str]) -> str:
    """The name :data:`_JOB_NAME` found after an office, where its portfolio took the name's first words ("Minister For
    Foreign Affairs George Yeo's": "Foreign Affairs George" and "Yeo") or a title in capitals ran on past it ("MINISTER
    FOR FOREIGN AFFAIRS GEORGE YEO AFTER THE INFORMAL ...": "AFTER THE INFORMAL APEC"): the words no portfolio and no
    running text holds go back to the name (rule R11).

    >>> t = "Transcript Of Minister For Foreign Affairs George Yeo's Interview"
    >>> _portfolio_name(t, 24, _JOB_NAME.match(t, 14))
    'George Yeo'
    >>> t = "BY MINISTER FOR FOREIGN AFFAIRS GEORGE YEO AFTER THE INFORMAL APEC BREAKFAST"
    >>> _portfolio_name(t, 11, _JOB_NAME.match(t, 3))
    'GEORGE YEO'
    >>> t = "the Minister of Tourism Ana Ruiz said"
    >>> _portfolio_name(t, 12, _JOB_NAME.match(t, 4))  # (no "Tourism": running text writes it)
    'Ana Ruiz'
    """
    key = "name" if m.group("name") else "surname"
    words = m.group(key).split()
    if m.group(key).isupper():  # (a title in capitals: the name ends where running words start)
        cut = next((i for i, x in enumerate(words) if x.lower() in common_words() or x.lower() in _NOT_SPEAKERS), len(words))
        words = words[:cut]
    own = next((i for i, x in enumerate(words) if x.endswith(("'s", "\u2019s", "'S", "\u2019S"))), None)
    if own is not None:  # "Yeo's Interview": the name ends at its possessive
        words = words[:own] + [words[own][:-2]]
    between = t[job_end:m.start(key)].split()
    while between and len(words) < 3 and between[-1][:1].isupper() and between[-1].isalpha() and between[-1].lower() not in _PORTFOLIO \
            and between[-1].lower() not in common_words() and between[-1].lower() not in ("of", "to", "for", "the"):
        words.insert(0, between.pop())
    return " ".join(words) if words else m.group(key)


def _sentence_cut(name: str) -> str:
    """A name read on past its sentence's full stop ends there; an initial or "Jr." does not end it.

    >>> _sentence_cut("Masroor Barzani. Thank"), _sentence_cut("Martin Luther King Jr."), _sentence_cut("John F. Kerry")
    ('Masroor Barzani', 'Martin Luther King Jr.', 'John F. Kerry')
    """
    words = name.split()
    for i, w in enumerate(words[1:], 1):
        if w.endswith(".") and len(w.rstrip(".")) > 2 and w not in ("Jr.", "Sr."):
            return " ".join(words[:i] + [w.rstrip(".")])
    return name


def office_holder(t: str, label: str, end: int) -> str | None:
    """The person ``t[:end]`` names right after the office that opens ``label``, a turn label that is
    an office and its portfolio ("Assistant Minister for Foreign Affairs" -> "Assistant Minister Tim Watts").

    >>> office_holder("Joining now is Assistant Minister Tim Watts. Hi.", "Assistant Minister for Foreign Affairs", 45)
    'Tim Watts'

    ... or right before the whole office, after a comma ("let's go to Pat Conroy, Minister for
    International Development and the Pacific"):

    >>> office_holder("Let's go to Pat Conroy, Minister for Trade and the Pacific. Hi.", "Minister for Trade and the Pacific", 60)
    'Pat Conroy'
    >>> office_holder("Let's go to the Assistant Foreign Minister, Tim Watts. Hi.", "Assistant Minister for Foreign Affairs", 55)
    'Tim Watts'
    >>> office_holder("Pat Conroy is the Minister for Trade and the Pacific. He joins me.", "Minister for Trade and the Pacific", 60)
    'Pat Conroy'
    """
    before = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,2})(?:,[ \t]+|[ \t]+is[ \t]+)(?:the[ \t]+)?"
                        + r"[ \t]+".join(map(re.escape, label.split())) + r"\b")  # ("Pat Conroy is the Minister for ...": J2, pass 117)
    found = {" ".join(m.group("name").split()) for m in before.finditer(t, 0, end) if not other_side(t, m.start())}
    if len(found) == 1:
        return found.pop()
    words = label.split()
    k = next((i for i, w in enumerate(words[:-1]) if w.lower() in _OFFICE_WORDS and words[i + 1].lower() in ("of", "for", "to")), None)
    if k is None:
        return None
    rx = re.compile(r"(?i:" + r"[ \t]+".join(map(re.escape, words[:k + 1])) + r")[ \t]+(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,2})\b")
    found = {" ".join(m.group("name").split()) for m in rx.finditer(t, 0, end) if not other_side(t, m.start())}
    if len(found) == 1:
        return found.pop()
    # ... or the office said shorter, its portfolio folded in ("the Assistant Foreign Minister, Tim Watts" for
    # "Assistant Minister for Foreign Affairs"): two words or more of the label's, ending with its office word
    own = {w for w in words if w[:1].isupper()}
    found = {" ".join(m.group("name").split()) for m in _SHORT_OFFICE.finditer(t, 0, end)
             if m.group("office").split()[-1] == words[k] and set(m.group("office").split()) <= own
             and not other_side(t, m.start())}
    return found.pop() if len(found) == 1 else None


#: an office in two to four capitalised words, then the holder's name ("Assistant Foreign Minister, Tim Watts")
_SHORT_OFFICE = re.compile(r"\b(?P<office>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}),?[ \t]+"
                           r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,2})\b")


def other_side(t: str, at: int) -> bool:
    """Whether the office holder named at ``at`` is introduced as the other side ("my counterpart,
    Foreign Minister X", "his Turkish counterpart X"), not as the label's speaker."""
    k = t.rfind("\n", max(0, at - 60), at)
    return _COUNTERPART.search(t, max(0, at - 40, k + 1), at) is not None


def respelled(t: str, accepted: dict[str, str], label_lines: Counter[str]) -> dict[str, str]:
    """Turn labels whose name the page's prose spells otherwise, one letter apart ("Miri Eisan (00:31):"
    under "... Colonel Miri Eisen. Miri Eisen is a former ..."), take the prose's spelling, when the
    label's own spelling is written nowhere but on its labels; ``label_lines`` counts each label's lines.

    >>> from collections import Counter
    >>> t = "Miri Eisan (00:31):\\nIt is limited.\\nDana Lewis (01:32):\\nMy guest, Colonel Miri Eisen. Miri Eisen is ..."
    >>> respelled(t, {"Miri Eisan": "Miri Eisan", "Dana Lewis": "Dana Lewis"}, Counter({"Miri Eisan": 1, "Dana Lewis": 1}))
    {'Miri Eisan': 'Miri Eisen', 'Dana Lewis': 'Dana Lewis'}
    """
    # (a label that spells the name itself: "EJ:" took its name from the prose, whose first spelling stands)
    odd = {lab: name for lab, name in accepted.items()
           if " " in name and not name.isupper() and t.count(name) <= label_lines.get(lab, 0) and name.split()[-1].lower() in lab.lower()}
    if not odd:  # (the usual case: every label's name is written in the prose too)
        return accepted
    prose = Counter(_text_names(t, [(0, min(len(t), 6000))]))
    out = dict(accepted)
    for lab, name in odd.items():
        alike = [x for x in prose if x != name and not x.isupper() and spelled_alike(x, name)]
        if len(alike) == 1:
            out[lab] = alike[0]
    return out


#: a label's short form declared in brackets: "(SG)", "(BB)"
_DECLARED = re.compile(r"[ \t]*\(?([A-Z]{2,4})\)?[ \t]*|[ \t]*\(([A-Z])\)[ \t]*")
#: a person's full name in a label's brackets, an honorific allowed: "(Shri Pranab Mukherjee)"
_HELD_BY = re.compile(r"[ \t]*\((?:(?i:Shri|Shrimati|Smt|Sri|Mr|Mrs|Ms|Dr|H\.?[ \t]?E)\.?[ \t]+)?"
                      # (in capitals, initials first too: "(DR. S. JAISHANKAR)"; pass 119)
                      r"((?:[A-Z]\.[ \t]*){0,2}[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3})\)[ \t]*")
_INITIALS_ONLY = re.compile(r"[A-Z]{2,4}")
#: ... or closing a job after the name: "The Most Honourable Andrew Holness, Prime Minister (PM):", then "PM:"
_DECLARED_END = re.compile(r"\(([A-Z]{2,4})\)[ \t]*\Z")


def refine_labels(t: str, labels: Sequence[tuple[str, str, int] | None], spans: Sequence[tuple[int, int]],
                  accepted: dict[str, str], cands: Counter[tuple[str, str]]) -> None:
    """Resolve in place, in ``accepted`` (label -> speaker), what a label says of itself or the text of an office:
    a short form declared in brackets ("SECRETARY GENERAL BAN KI-MOON (SG):", then "SG:"), an office's label whose
    brackets name its holder ("External Affairs Minister (Shri Pranab Mukherjee):"), and a label of an office's
    initials ("SG:" under "Kofi Annan, Former Secretary-General", see :func:`office_initials_holder`)."""
    for i, lab in enumerate(labels):
        if lab is None or lab[1] not in accepted:
            continue
        desc = _label_desc(t, spans[i][0], lab[2])
        if (short := _DECLARED.fullmatch(desc) or _DECLARED_END.search(desc)) is not None:
            short_form = short.group(1) or short.group(2)
            # (one letter in brackets, "Lionel Barber (B):" then "B:", is a short form when it opens a word of the name)
            if (accepted.get(short_form) == short_form or ("initials", short_form) in cands) \
                    and (len(short_form) >= 2 or any(w[:1] == short_form for w in accepted[lab[1]].split())):
                accepted[short_form] = accepted[lab[1]]
        elif (held := _HELD_BY.fullmatch(desc)) is not None and lab[1].title() not in _ROLE_LABELS \
                and any(w.lower() in _OFFICE_WORDS for w in lab[1].split()) and is_person_name(held.group(1)):
            accepted[lab[1]] = _display(" ".join(held.group(1).split()))  # ("S. JAISHANKAR" is S. Jaishankar)
    # ("FM" read as a name in capitals, "Fm", is still the office's initials)
    taken = {v.lower() for x, v in accepted.items() if x.lower() != v.lower()}
    # ("E.S:" is initials too, written with a dot)
    for lab in [x for x, v in accepted.items() if x.lower() == v.lower() and _INITIALS_ONLY.fullmatch(x.replace(".", ""))]:
        letters = lab.replace(".", "")
        holder = office_initials_holder(t, letters) or spelled_initials(t, letters)
        if holder is not None and holder.lower() not in taken:
            accepted[lab] = holder


#: a run of capitalised words that may spell a label's initials ("Margaret Warner" for "MW:")
_CAP_RUN = re.compile(r"(?<![\w'\u2019.-])[A-Z][a-z][\w'\u2019-]*(?:[ \t]+[A-Z][a-z][\w'\u2019-]*)+")
#: the name written right after an office's abbreviation ("PM Netanyahu's interview")
_AFTER_ABBREV = r"[ \t]+((?:[A-Z][a-z][\w'\u2019-]*[ \t]+){0,2}[A-Z][a-z][\w-]*)"


def spelled_initials(t: str, initials: str) -> str | None:
    """The one person the text names whose name the label ``initials`` abbreviates, where no label and no
    standfirst name does (rule I1 of the 103rd pass): a run of capitalised words whose initials they are
    ("MW:" under "NewsHour Senior Correspondent Margaret Warner Interviews ..."), or, for an office's
    abbreviation, the name the text writes after it ("PM:" under "Excerpts from PM Netanyahu's Interview").
    Words that no name holds (common words, offices, places, outlets) spell nothing.

    >>> spelled_initials("Transcript: Senior Correspondent Margaret Warner Interviews Minister Ali Said", "MW")
    'Margaret Warner'
    >>> spelled_initials("Excerpts from PM Netanyahu\u2019s Interview with Channel Two", "PM")
    'Netanyahu'
    >>> spelled_initials("News from the Middle West.", "MW") is None, spelled_initials("Mark Wood met Mary Watts.", "MW") is None
    (True, True)
    """
    found: dict[str, str] = {}
    if initials.lower() in OFFICE_ABBREV:
        for m in re.finditer(rf"\b{initials}\.?{_AFTER_ABBREV}", t):
            words = []
            for w in m.group(1).split():
                bare = re.sub(r"['\u2019]s?\Z", "", w)
                if bare.lower() in common_words() or bare.lower() in GENRE_WORDS or bare.lower() in _OFFICE_WORDS:
                    break
                words.append(bare)
                if bare != w:
                    break  # "Netanyahu's Interview": the possessive ends the name
            if words and is_person_name(" ".join(words)) and not is_place(" ".join(words)):
                found.setdefault(" ".join(words).lower(), " ".join(words))
    else:
        n = len(initials)
        for m in _CAP_RUN.finditer(t):
            words = m.group().split()
            for k in range(len(words) - n + 1):
                window = words[k:k + n]
                if "".join(w[0] for w in window) != initials:
                    continue
                if any(w.lower() in common_words() or w.lower() in _OFFICE_WORDS or w.lower() in GENRE_WORDS for w in window):
                    continue
                name = " ".join(window)
                if is_person_name(name) and not is_place(name):
                    found.setdefault(name.lower(), name)
    return next(iter(found.values())) if len(found) == 1 else None


def office_initials_holder(t: str, initials: str) -> str | None:
    """The one person the text names with an office whose initials are ``initials``: right before it after a
    comma ("Kofi Annan, Former Secretary-General") or right after it ("Secretary-General Ban Ki-moon").

    >>> office_initials_holder("Press encounter\\nAna Ruiz, Former Secretary-General\\nQ: Why?", "SG")
    'Ana Ruiz'
    >>> office_initials_holder("U.N. Secretary General Ana Ruiz spoke with Tom Weiss.", "SG")
    'Ana Ruiz'
    >>> office_initials_holder("Ana Ruiz and Tom Weiss met.", "SG") is None
    True
    """
    if len(initials) < 2:
        return None
    parts = r"[ \t-]+".join(rf"{c}[a-z]+" for c in initials)
    found = set()
    for m in re.finditer(rf"\b{parts}\b", t):
        words = [w.lower() for w in re.split(r"[ \t-]+", m.group())]
        if not any(w in _OFFICE_WORDS for w in words):
            continue  # initials of an office ("Secretary-General"), not of any phrase
        before = re.search(r"([A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,3}),[ \t]+(?:(?:[Ff]ormer|[Tt]he)[ \t]+)?\Z",
                           t[max(0, m.start() - 60):m.start()])
        after = re.match(r"[ \t]+([A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,2})", t[m.end():m.end() + 60])
        for got in (before, after):
            if got is not None and is_person_name(got.group(1)):
                found.add(" ".join(got.group(1).split()))
    return found.pop() if len(found) == 1 else None


def sole_guest_label(units: list[Unit], named: list[Unit], unnamed: list[Unit]) -> str | None:
    """The one person whose labels stand over some of a Q&A's answers, when no other turn is labelled with a
    name and the unlabelled answers answer questions ("Question: ...?" / an unlabelled answer / ... /
    "Steinmeier: ..."): a Q&A has one guest. None otherwise."""
    names = {u.speaker for u in named}
    if len(names) != 1 or None in names or not unnamed:
        return None
    name = next(iter(names))
    if not is_person_name(name) or is_place(name) or any(u.kind is not SegmentKind.ANSWER or u.role is not SpeakerRole.INTERVIEWEE for u in named):
        return None
    if not any(u.kind is SegmentKind.QUESTION for u in units) \
            or any(u.kind is not SegmentKind.ANSWER or u.role is not SpeakerRole.INTERVIEWEE for u in unnamed):
        return None
    return name


def under_marked_question(text: str, labels: Sequence[tuple[str, str, int] | None], spans: Sequence[tuple[int, int]]) -> set[str]:
    r"""Full-name labels whose line comes right under a question the page sets in bold or as a heading
    ("**Has France lost the Sahel?**" / "Ana Ruiz: France lost ..."): a turn even when seen once (rule L2 of the
    eighty-ninth pass). ``text`` is the original text (its markup shows the bold), ``spans`` the lines' spans.

    >>> text = "**Has France lost the Sahel?**\n\nAna Ruiz: France lost the argument."
    >>> spans = [(0, 30), (31, 31), (32, len(text))]
    >>> under_marked_question(text, [None, None, ("name", "Ana Ruiz", 42)], spans)
    {'Ana Ruiz'}
    >>> plain = "Has France lost the Sahel?\n\nAna Ruiz: France lost the argument."
    >>> under_marked_question(plain, [None, None, ("name", "Ana Ruiz", 38)], [(0, 26), (27, 27), (28, len(plain))])
    set()
    """
    out: set[str] = set()
    for i, lab in enumerate(labels):
        if lab is None or lab[0] != "name" or " " not in lab[1]:
            continue
        j = i - 1
        while j >= 0 and spans[j][1] <= spans[j][0]:
            j -= 1
        if j < 0 or labels[j] is not None:
            continue
        a, b = text.rfind("\n", 0, spans[j][0]) + 1, text.find("\n", spans[j][1])
        prev = text[a:b if b >= 0 else len(text)].strip()  # (the whole line: the masked spans leave the bold out)
        marked = (prev.startswith(("**", "__")) and prev.endswith(("**", "__"))) or prev.startswith("#")
        if marked and prev.rstrip("*_ \t").endswith("?"):
            out.add(lab[1])
    return out

