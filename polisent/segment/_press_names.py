"""The press in a Q&A's opening: journalists, hosts and editors the text marks as the ones who ask, so that no
route that names a Q&A's guest (a standfirst cue, the principal, the introduction, the learned ranker) names one
of them (pass 80, rule P1). Widens :func:`~polisent.segment._name_cues.asking_journalists`, which reads who
interviews whom, with the marks a page puts on its journalist wherever he stands: his job before or after his
name, the outlet after a slash, the one the guest tells, an interview "with" him in mid-sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from polisent.records import SegmentKind
from polisent.segment._labels import _CAP
from polisent.segment._name_cues import OUTLET_AFTER, asking_journalists
from polisent.segment._person_names import NEWS_WORDS, is_person_name, is_place, person_part
from polisent.segment._units import Unit

__all__ = ["document_press", "interviewer_surnames", "press_surnames"]

#: a name run: one to four capitalised words ("Lamsal", "Purna Basnet", "MANISH KUMAR JHA")
_RUN = rf"(?P<name>{_CAP}[\w'\u2019-]+(?:[ \t]+{_CAP}[\w'\u2019-]+){{0,3}})"
#: the press's jobs
_PRESS = r"(?:correspondent|reporter|journalist|anchor|presenter|columnist|editor(?:-in-chief|-at-large)?)"
#: (a) the job right before the name: "Special Correspondent Purna Basnet", "RSS correspondent Lamsal" (not a
#: former journalist: "former BBC editor X" may well be the guest)
_JOB_BEFORE = re.compile(rf"(?i:(?<!former[ \t])(?<!ex-)\b{_PRESS}),?[ \t]+(?-i:{_RUN})")  # (", ": "... correspondent, Tom Bell")
#: (b) the job in an apposition after the name: "Pavel Zarubin, a journalist from ...", "Manish Chand, Editor-in-Chief,"
_JOB_AFTER = re.compile(rf"{_RUN},[ \t]+(?:(?i:an?|the|our)[ \t]+)?(?:(?!(?i:former)\b)[\w'\u2019&.-]+[ \t]+){{0,4}}?(?i:{_PRESS})\b")
#: (b') ... or a byline alone on its line that gives the writer's press job ("TSUYOSHI SUNOHARA, Nikkei senior staff
#: writer"): the piece's writer, who asks in a Q&A; a line, never an apposition in the standfirst's prose
_BYLINE_JOB_LINE = re.compile(rf"(?m)^[ \t]*(?:(?i:by)[ \t]+)?{_RUN},[ \t]+(?:(?!(?i:former)\b)[\w'\u2019&.-]+[ \t]+){{0,4}}?"
                              rf"(?i:(?:staff[ \t]+)?writer|{_PRESS})[ \t]*$")
#: what a journalist does to the guest, later in his sentence: (a) and (b) count only with it (amendment A1: a job alone
#: says nothing about who asks; commentary interviews correspondents and editors often: "we speak to journalist X")
_ASKS_LATER = re.compile(r"[^.!?\n]{0,160}?\b(?:met|meets|interviewed|interviews|asked|asks|"
                         r"published[ \t]+(?:your|an|the|his|her)[ \t]+interview|sat[ \t]+down[ \t]+with|"
                         r"(?:spoke|talked)[ \t]+(?:to|with))\b")
#: ... or a passive's "by" after the questions: "questions put forth by RSS correspondent Lamsal"
_ASKED_BY = re.compile(r"(?i:\bquestions?\b[^.!?\n]{0,60}?\bby[ \t]+(?:[\w'\u2019-]+[ \t]+){0,2}?)\Z")
#: ... or an interview "with" the journalist, earlier in the sentence: "in an exclusive interview with WION's chief
#: diplomatic correspondent Sidhant Sibal" (for (a) only)
_INTERVIEW_WITH = re.compile(r"(?i:\binterview|\binteraction|\bconversation)[ \t]+with\b[^.!?\n]{0,80}\Z")
#: ... or the one a named person talks to, the job in between: "EU Trade Commissioner X talks to political editor Audrey
#: Young about ...", "Mr. X told Kommersant special correspondent Y what ..." (pass 122; not "we speak to journalist X": a
#: first person before the verb, see _FIRST_PERSON)
_TALKED_TO = re.compile(r"(?i:\b(?:(?:talks|talked|speaks|spoke|chats|chatted|sat[ \t]+down|sits[ \t]+down)[ \t]+(?:to|with)|told|tells)[ \t]+)"
                        r"(?:[\w'\u2019.&-]+[ \t]+){0,3}?\Z")
#: (c) the outlet after a slash: "tells Archana Masih/Rediff.com" (a full name: not "HIV/AIDS")
_SLASH_OUTLET = re.compile(rf"(?<![\w'\u2019-]){_RUN}[ \t]*/[ \t]*(?!By\b|Handout\b|HANDOUT\b){_CAP}")  # (not a credit: "X/By Kim")
# (nor a handout picture's: "Ana Ruiz/Handout via REUTERS" is her own photo, no journalist's; pass 120)
#: (g) an outlet's journalist after any talk cue: "In an exclusive interaction with BW Businessworld's X, the ambassador ..."
_OUTLETS_OWN = re.compile(rf"(?i:interview|interaction|conversation|chat)[ \t]+with[ \t]+(?P<owner>(?:{_CAP}[\w&.-]*[ \t]+){{0,3}}{_CAP}[\w&.-]*)"
                          rf"['\u2019][sS][ \t]+{_RUN}")
#: (d) the one a speaker tells: "..., tells Ana Ruiz in ...", "he told Tom Bell"
_TOLD = re.compile(rf"\b(?:tells|told)[ \t]+{_RUN}")
#: (e) an interview "with" a name in mid-sentence, after the clause that says who talks: "he assesses the
#: progress in an interview with Devjyot Ghoshal." (not one that opens its sentence: "In an interview with
#: Foreign Minister X, ...", which may name the guest)
_WITH_MID = re.compile(rf"(?<=[a-z,][ \t])(?:in|during)[ \t]+(?:an?|this|the|his|her)[ \t]+(?:(?:exclusive|recent|wide-ranging|extended|candid)[ \t]+)?"
                       rf"(?:interview|conversation|interaction|chat)[ \t]+with[ \t]+{_RUN}")
#: (f) a pronoun's partner: "he spoke with Aaron Mehta about ..."
#: (the outlet's possessive before the journalist is no part of the name: "he sat down with The Washington Post's
#: Lally Weymouth" gives Weymouth, not "Lally"; rule C1 of the 103rd pass)
_PRONOUN_SPOKE = re.compile(rf"\b(?:[Hh]e|[Ss]he)[ \t]+(?:(?:spoke|speaks|talked|talks|sat[ \t]+down|sits[ \t]+down)[ \t]+(?:to|with)|met)[ \t]+"
                            rf"(?:(?:[Tt]he[ \t]+)?{_CAP}[\w.&-]*(?:[ \t]+{_CAP}[\w.&-]*){{0,3}}['\u2019]s[ \t]+)?{_RUN}")
#: ... and the one who spoke to an honorific or an office: "Magda Jakubowska sat down with Ms. Lungescu", "Matt
#: Kovalick spoke to Heather Conley, Deputy Assistant Secretary of State", or to "him"/"her"
_SPOKE_TO_OFFICE = re.compile(
    rf"{_RUN}[ \t]+(?:spoke|talked|sat[ \t]+down)[ \t]+(?:to|with)[ \t]+(?:(?:Mr|Ms|Mrs|Dr|Prof|Amb)\.?[ \t]+{_CAP}"
    # ... or to the guest as a pronoun, after a sentence that named the guest ("John Ibbitson sat down with her to discuss")
    rf"|(?P<pronoun>him|her)\b"
    rf"|{_CAP}[\w'\u2019-]+(?:[ \t]+{_CAP}[\w'\u2019-]+){{1,3}},[ \t]+(?:the[ \t]+)?(?:Deputy|Assistant|Under|Foreign|Defen[cs]e|"
    rf"Prime|Minister|Secretary|President|Ambassador|Director|Chief|Head|Chair|Governor|Senator|General)\b)")
#: (h) an outlet that asks: "Eurasia Diary asked the expert ..." (a run holding a news word; rule P4 as amended: not
#: "spoke to", whose subject is the guest: "Admiral X spoke to The Hindu")
_OUTLET_ASKS = re.compile(rf"(?<![\w'\u2019-]){_RUN}[ \t]+(?:asked|asks|interviewed|interviews)\b")
#: (i) the ones an interview was "conducted by": "the interview with the Afghan president conducted by the Guardian's
#: X and the ITV News correspondent Y" (every person the rest of the sentence names; rule R2)
_CONDUCTED_BY = re.compile(r"(?i:\b(?:conducted|carried[ \t]+out|moderated)[ \t]+by[ \t]+)[^.!?\n]{1,200}")
_RUN_SCAN = re.compile(_RUN)
#: (j) the one an interview is given "to", or held "with" for an outlet: "his special interview to Karan Thapar for The
#: Wire", "In an interview with Karan Thapar for The Wire, the former foreign secretary said ..." (rule R3)
#: (a guest's own interview "to" X: "his interview to X", never a title's "Interview to X, Vice-Minister of ...", the
#: guest in some writers' English)
_INTERVIEW_TO = re.compile(rf"\b(?i:his|her|their)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?interview[ \t]+to[ \t]+{_RUN}")
_WITH_FOR_OUTLET = re.compile(rf"(?i:interview|conversation|interaction)[ \t]+with[ \t]+{_RUN}[ \t]+for[ \t]+(?:the[ \t]+)?{_CAP}")
#: (k) an outlet's journalist whom the guest joins: "Ambassador Tai joined Marketplace's Kai Ryssdal for a conversation"
#: (rule P2 of the 111th pass)
_JOINED_OUTLETS_OWN = re.compile(rf"\b(?:joined|joins)[ \t]+(?:[Tt]he[ \t]+)?{_CAP}[\w.&-]*(?:[ \t]+{_CAP}[\w.&-]*){{0,3}}"
                                 rf"['\u2019]s[ \t]+{_RUN}")
#: the cues that say who asks whom, not what someone is: the outlet they name is the press as well (rule P4)
_RELATIONAL = frozenset({_PRONOUN_SPOKE, _SLASH_OUTLET, _OUTLETS_OWN, _TOLD, _WITH_MID, _OUTLET_ASKS})
#: a title or office that opens a name run: the guest, never the journalist ("in an interview with Foreign Minister X")
_TITLED = re.compile(r"(?:Foreign|Defen[cs]e|Prime|Deputy|Vice|President|Minister|Secretary|Chancellor|Ambassador|General|"
                     r"King|Queen|Premier|Governor|Senator|Mr|Ms|Mrs|Dr|Prof|Professor|H\.E)\b")
#: cheap guards for the scans (lower case): a press job, a talking verb
_PRESS_WORD = re.compile(r"correspondent|reporter|journalist|anchor|presenter|columnist|editor")
_TALK_WORD = re.compile(r"spoke|speaks|talked|talks|sat[ \t]+down|sits[ \t]+down")
#: a first person before the cue: "we spoke in an interview with X" is the outlet's guest
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|I|[Oo]ur|[Uu]s)\b")
#: a quotation, whose own words say nothing about who asks ('"Iran has ties with us," Wang said in an interview with X')
_QUOTED = re.compile(r"[\u201c\"][^\u201d\"\n]*[\u201d\"]")


def _sentence_before(t: str, at: int) -> str:
    """The sentence before ``at``, quotations left out."""
    start = max(t.rfind(". ", 0, at), t.rfind("\n", 0, at), at - 200)
    return _QUOTED.sub(" ", t[start + 1:at])


@lru_cache(maxsize=8)  # (asked up to three times per document: by the rules, the principal and the ranker)
def press_surnames(t: str, until: int = 0, end: int = 3000) -> frozenset[str]:
    """Lower-case surnames of the press the opening ``t[:end]`` marks as such (see the module's docstring);
    ``until`` bounds the one cue that needs the standfirst: the one a speaker "tells" (before the first question).

    >>> sorted(press_surnames("Our Special Correspondent Tom Bell met Halvorsen in Hong Kong."))
    ['bell']
    >>> press_surnames("We speak to Nordic journalist Tom Bell. Our chief editor Eva Holm joins me.")  # guests
    frozenset()
    >>> sorted(press_surnames("... -- tells Archana Masih/Rediff.com. Will it hold?", until=40))
    ['masih']
    >>> sorted(press_surnames("During a visit, he spoke with Aaron Mehta about the summit."))
    ['mehta']
    >>> sorted(press_surnames("After the summit he assesses the progress in an interview with Devjyot Ghoshal."))
    ['ghoshal']
    >>> sorted(press_surnames("He assessed it in a conversation with The Ledger's new Oslo correspondent, Tom Bell."))
    ['bell', "ledger's"]
    >>> sorted(press_surnames("Wang said in an interview with Ledger News ahead of the forum. Nordic Diary asked him."))
    ['diary', 'news']
    >>> press_surnames("In an interview with Foreign Minister Ana Ruiz, we asked about the talks.")
    frozenset()
    >>> press_surnames("Ana Ruiz, former editor of The Ledger, answers our questions.")
    frozenset()
    >>> sorted(press_surnames("Commissioner Ana Ruiz talks to political editor Tom Bell about trade."))
    ['bell']
    >>> press_surnames("We spoke to political editor Tom Bell about the vote.")  # the outlet's guest
    frozenset()
    >>> sorted(press_surnames("The interview conducted by the Ledger's Tom Bell and the ITV correspondent Eva Holm."))
    ['bell', 'holm']
    >>> sorted(press_surnames("In an interview with Tom Bell for The Ledger, he said ... his interview to Eva Holm."))
    ['bell', 'holm']
    >>> sorted(press_surnames("Ambassador Ana Ruiz joined Ledger's Tom Bell for a conversation on trade."))
    ['bell']
    >>> sorted(press_surnames("Seeking a new framework\\n\\nTOM BELL, Ledger senior staff writer\\n\\nSpeaking to us, Ana Ruiz said ..."))
    ['bell']
    """
    head = t[:end]
    low = head.lower()
    out = set(asking_journalists(t, end))
    # (each scan only where the words its every match holds occur: most openings hold none of them)
    jobs = (_JOB_BEFORE, _JOB_AFTER) if _PRESS_WORD.search(low) else ()
    runs = [m for rx in jobs for m in rx.finditer(head)
            if _ASKS_LATER.match(head, m.end()) or _ASKED_BY.search(head, max(0, m.start() - 120), m.start())
            or (m.re is _JOB_BEFORE and _INTERVIEW_WITH.search(head, max(0, m.start() - 100), m.start()))
            or (m.re is _JOB_BEFORE and _TALKED_TO.search(head, max(0, m.start() - 60), m.start())
                and not _FIRST_PERSON.search(_sentence_before(head, m.start())))]
    talks = (_PRONOUN_SPOKE, _SPOKE_TO_OFFICE) if _TALK_WORD.search(low) else ()
    runs += [m for rx in talks for m in rx.finditer(head)]
    runs += [m for m in (_SLASH_OUTLET.finditer(head) if "/" in head else ()) if " " in m.group("name").strip()]
    runs += list(_BYLINE_JOB_LINE.finditer(head)) if "writer" in low or jobs else []
    # (g) only where the sentence goes on with the one who talks, as an outlet's journalist's does ("..., the
    # ambassador opens up"): a think tank's expert is named the same way ("Interview with Democracy International's
    # Glenn Cowan") and is the guest (amendment A2, a second try)
    with_talk = " with " in low
    runs += [m for m in (_OUTLETS_OWN.finditer(head) if with_talk else ()) if not is_place(m.group("owner"))
             and OUTLET_AFTER.match(head, m.end("name"))]
    runs += list(_TOLD.finditer(head, 0, min(until, end))) if "tol" in low or "tell" in low else []
    runs += [m for m in (_WITH_MID.finditer(head) if with_talk else ()) if not _FIRST_PERSON.search(_sentence_before(head, m.start()))]
    runs += [m for m in (_OUTLET_ASKS.finditer(head) if "ask" in low or "interview" in low else ())
             if any(w.lower() in NEWS_WORDS for w in m.group("name").split())]
    runs += [m for rx in (_INTERVIEW_TO, _WITH_FOR_OUTLET) for m in rx.finditer(head)] if "interv" in low else []
    runs += list(_JOINED_OUTLETS_OWN.finditer(head)) if "join" in low else []
    for m in runs:
        name = m.group("name")
        if _TITLED.match(name):
            continue
        words = name.split()
        if (len(words) == 1 and m.re is _JOB_BEFORE) or is_person_name(name if not name.isupper() else name.title()) \
                or (len(words) >= 2 and m.re in _RELATIONAL and not is_place(name)):
            out.add(words[-1].lower())  # (an outlet too: "said in an interview with Al Jazeera" gives "jazeera")
    for m in _CONDUCTED_BY.finditer(head) if "by" in low else ():
        for r in _RUN_SCAN.finditer(m.group(0), m.group(0).lower().index("by") + 2):
            name = re.split(r"['\u2019]s[ \t]+", r.group("name"))[-1]  # "Guardian's Tom Bell"
            if not _TITLED.match(name) and is_person_name(name):
                out.add(name.split()[-1].lower())
    return frozenset(out)


def document_press(t: str, units: list[Unit]) -> frozenset[str]:
    """:func:`press_surnames` of a segmented text, the standfirst ending where its first question is asked (one
    cached reading per document, whoever asks), and the names of journalists' cards anywhere in it (a name alone
    over "Political correspondent for Italy ...")."""
    cards = {t[u.start:u.end].split()[-1].lower() for u, v in zip(units, units[1:])
             if u.kind is SegmentKind.CLUTTER and u.reason == "byline" and v.kind is SegmentKind.CLUTTER
             and v.reason == "author_bio" and 2 <= len(t[u.start:u.end].split()) <= 4 and _CARD_JOB.search(t, v.start, v.end)}
    return press_surnames(t, until=next((u.start for u in units if u.kind is SegmentKind.QUESTION), 0)) | cards


#: a journalist's job on the card under the name ("Political correspondent for Italy, ...", "Senior Reporter")
_CARD_JOB = re.compile(r"(?i)\b(?:correspondent|editor|reporter|journalist|columnist|writer)\b")


def interviewer_surnames(t: str, units: list[Unit], has_q: bool, press: frozenset[str] | None = None) -> set[str]:
    """Lower-case surnames the speaker ranker may not name: a question's speaker, or the name on the label that
    opens a question ("Ana Ruiz: How would you ...?", read as ``Q``), and in a Q&A every word of a byline (the
    interviewer's: "By Irene Marsh" over QUESTION: / ANSWER:) and the press (``press``, else :func:`press_surnames`)."""
    out = {u.speaker.split()[-1].lower() for u in units if u.kind is SegmentKind.QUESTION and u.speaker and u.speaker.split()}
    out |= {words[-1].lower() for u in units if u.kind is SegmentKind.QUESTION and u.form == "label"
            for words in [re.findall(r"[^\W\d_]+", t[u.start:u.content_start])] if words}
    if has_q:
        out |= {w.lower() for u in units if u.kind is SegmentKind.CLUTTER and u.reason == "byline"
                for w in re.findall(r"[^\W\d_]+", t[u.start:u.end])}
        # "NEWSWEEK'S X sat down with", "X, a journalist with Y, interviewed", "Special Correspondent X met ..."
        out |= press if press is not None else document_press(t, units)
    return out


#: a talk verb whose object may be the press: "X talks to political editor Y", "X spoke with The Herald's Y"
_TALK_TO = re.compile(r"\b(?:talks|talked|speaks|spoke|chats|chatted)[ \t]+(?:to|with)[ \t]+")


def talker_to_press(t: str, units: list[Unit]) -> str | None:
    """The person who talks to the press in the standfirst ("EU Trade Commissioner Cecilia Malmstrom talks to political
    editor Audrey Young about ..."), where the one talked to is the press (:func:`document_press`): the guest of the
    Q&A that follows; None otherwise.

    >>> from polisent.segment._units import Unit
    >>> t = "Foreign Minister Ana Ruiz talks to political editor Tom Bell about trade.\\n\\nWhy now?\\n\\nBecause."
    >>> us = [Unit(0, 71, [0], 0, "plain", 0), Unit(73, 81, [2], 1, "plain", 73), Unit(83, 91, [4], 2, "plain", 83)]
    >>> us[1].kind = SegmentKind.QUESTION
    >>> talker_to_press(t, us)
    'Ana Ruiz'
    """
    from polisent.segment._bylines import _full_name  # (imported here: _bylines reads this module's neighbours)
    from polisent.segment._hosts import _SURNAME_SPOKE

    until = next((u.start for u in units if u.kind is SegmentKind.QUESTION), 0)
    press = document_press(t, units)
    found = set()
    for m in _TALK_TO.finditer(t, 0, min(until, 3000)):
        words = re.findall(r"[^\W\d_][\w'\u2019-]*", t[m.end():m.end() + 80])
        if not any(w.lower() in press for w in words[:6]):
            continue
        sub = _SURNAME_SPOKE.search(t, max(0, m.start() - 130), m.start())
        who = _full_name(t, sub.group("sur"), sub.end("sur")) if sub is not None else None  # the name written right there
        if who is not None and is_person_name(who) and not is_place(who) and who.split()[-1].lower() not in press:
            found.add(who)
    # "John Ibbitson sat down with her": the one named before; "X was ready to engage ... when he met TIME's Michael
    # Elliott, ...": the one named before the pronoun (rule P2 of the 104th pass, with runs long enough for a state, an
    # office and a name of three words: "South Korea's President Lee Myung Bak")
    spoke = [(m, _NAME_RUN) for m in _SPOKE_TO_OFFICE.finditer(t, 0, min(until, 3000)) if m.group("pronoun") is not None]
    spoke += [(m, _LONG_RUN) for m in _PRONOUN_SPOKE.finditer(t, 0, min(until, 3000))]
    for m, runs in spoke:
        if m.group("name").split()[-1].lower() not in press:
            continue
        before = [n for r in runs.finditer(t, max(0, m.start() - 300), m.start())
                  for n in [person_part(r.group())] if n is not None and is_person_name(n) and not is_place(n)
                  and n.split()[-1].lower() not in press]
        if before:
            found.add(before[-1])
    return found.pop() if len(found) == 1 else None


_LONG_RUN = re.compile(r"[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,6}")


_NAME_RUN = re.compile(r"[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,3}")
