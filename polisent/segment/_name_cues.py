"""The fixed patterns :func:`~polisent.segment._principal.principal` reads around a text's names, beside the
weighted cues of ``speaker_cues.json``: an office before a name, a title that quotes or names the speaker
or says who delivers the text, self-introductions of hosts and guests, an interview the standfirst
announces, a source the text cites, an op-ed's bio lines, and the outlet an interview is with
(:data:`OUTLET_AFTER`). Split out of :mod:`polisent.segment._principal`."""

from __future__ import annotations

import re

from polisent.segment._labels import _CAP, _NAME, _TITLES, PARTICLE_PREFIX
from polisent.segment._person_names import _TITLE_WORDS, is_person_name, is_place, person_part
from polisent.segment._prefilter import every_start

__all__ = ["OUTLET_AFTER", "outlet_journalist_asks", "_ASKER", "_BY_BEFORE", "_CITED", "_OWNER", "_END_BIO", "_FIRST_LINES", "_GUEST_SELF", "_HEAD_BIO", "_HOST_SELF",
           "_INTERVIEW_WORD", "_IN_THIS_INTERVIEW", "_IN_THIS_INTERVIEW_SAYS", "_LEAD", "_LEFT", "_LEFT_LONG", "_MORE_NAME",
           "_MY_TALK", "_NAME_BEFORE", "_OFFICE", "_OFFICES", "_OFFICE_START", "_OWN_BRIEFING", "_PARTS", "_SELF_IM", "_SELF_JOB",
           "_PRONOUN_SUBJECT", "_SPOKE_VERB", "_SPOKES", "_SUBJECT_MET", "_TALKING_TO", "_THEIR_INTERVIEW", "_THIS_IS", "_TITLE_DELIVERED", "_TITLE_QUOTE",
           "_TITLE_TAIL", "_TITLE_WITH", "_TO_JOURNALIST", "_WORD_AT", "_WRITER_IS", "_after_article", "_bio_opens", "_delivered_by",
           "_next_line", "office_holder_spoke", "spoke_to_journalist"]

_OFFICES = r"President|Prime\s+Minister|Minister|Secretary|Chancellor|King|Queen|Premier"
#: an office at the start of a name run ("President Lula") or right before it
_OFFICE_START = re.compile(rf"(?:{_OFFICES})\b")
_OFFICE = re.compile(rf"(?:{_OFFICES}|president|Crown\s+Prince)[ \t]+$")  # "U.S. president Donald Trump" too (not "foreign minister X": often the guest)
#: a title that quotes its speaker: "Amb. Michael McFaul: Trump is giving Putin everything", "Humayun Kabir on Why ..."
_TITLE_QUOTE = re.compile(rf"[ \t]*(?:[A-Z][a-z]{{1,5}}\.[ \t]+|{_TITLES}[ \t]+)?(?P<name>{_NAME}|[A-Z]\.[ \t]?[A-Z][\w'\u2019-]+)"
                          rf"(?:(?:,[ \t]+[A-Z][^:,\n]{{2,60}})?[ \t]*:|[ \t]+on|[ \t]+(?:says|writes):?)[ \t]+\S")  # "Arne O. Holm says When the Arctic ..."
#                         (an office between name and colon: "Ana Ruiz, Minister of Foreign Affairs: The 4th of July ...")
#: a title's own "my interview with ...": its writer asked the questions
_MY_TALK = re.compile(r"(?i)(?:my|our)[ \t]+(?:exclusive[ \t]+)?(?:interview|conversation|talk|chat|dialogue)[ \t]+with\b")
#: a title that names its interviewee: "Written Interview with Prime Minister Takaichi by ...", "A
#: Conversation with Geographer Tekle Weldemichael"; a surname alone only after an office or a title
_TITLE_WITH = re.compile(
    rf"[^\r\n]{{0,80}}?\b(?i:interview|conversation|q\s*&\s*a|talk|chat|dialogue)[ \t]+(?i:with)[ \t]+(?:(?i:the)[ \t]+)?"
    rf"(?:(?P<office>(?:(?:{_OFFICES}|Foreign|Defen[cs]e|Deputy|Vice|Former|{_TITLES})[ \t]+)+)|(?:[a-z][\w-]*[ \t]+){{0,3}})"
    rf"(?P<name>{_NAME}|{_CAP}[\w'\u2019-]+)")
#: a Q&A's title that names the one who answers: "3 QUESTIONS FOR Enrique Krauze", "Five Questions to Ana Ruiz",
#: "Luis Moreno Ocampo Answers:"
_TITLE_ASKS = re.compile(
    rf"[ \t*#_]*(?:(?:\d{{1,2}}|(?i:three|four|five|six|seven|eight|nine|ten|a[ \t]+few))[ \t]+)?(?i:questions?)[ \t]+(?i:for|to)[ \t]+"
    rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})[ \t*_:.]*\Z"
    rf"|[ \t*#_]*(?:{_TITLES}[ \t]+)?(?P<name2>{_NAME})[ \t]+(?:Answers|answers|ANSWERS)[ \t*_:.]*\Z")
_TO_JOURNALIST = re.compile(
    rf"(?i:spoke|speaks|speaking|talked|talks|told|tells|interview(?:ed)?|said)(?:[ \t]+(?i:exclusively|directly))?[ \t]+(?i:to|with|by)?[ \t]*(?:(?i:the)[ \t]+)?"
    rf"(?:{_CAP}[\w.&-]*(?:[ \t]+{_CAP}[\w.&-]*){{0,3}}(?:['\u2019]s|(?<=s)['\u2019])"
    # (a name ending in "s" takes the apostrophe alone: "speaks to Euronews' Ana Ruiz"; rule O2 of pass 114)
    # ... or the outlet's reporter by his job: "He told Arab News reporter Sami Al-Zubaidi in Amman that ...", "Speaking
    # exclusively to our diplomatic correspondent Sidhant Sibal, ..."
    rf"|(?:(?i:our)[ \t]+(?:[a-z]+[ \t]+){{0,2}})?(?:{_CAP}[\w.&-]*[ \t]+){{0,3}}(?i:reporter|correspondent|journalist))[ \t]+(?P<name>{_NAME})")
#: right after a self-introduced name: the speaker's job ("I'm Carlos Conde. I'm the Philippines researcher
#: for Human Rights Watch", "I'm Ana Ruiz, a professor at ...")
_GUEST_SELF = re.compile(r"(?:[.,]?[ \t]+(?:(?i:i['\u2019]m|i[ \t]+am)[ \t]+)?(?:an?|the)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,5}?"
                         r"(?:researcher|professor|fellow|director|analyst|expert|scholar|lecturer|correspondent|"
                         r"head|chair|president|founder|editor|author)\b)")
#: a host's self-introduction names the show ("I'm X, and this is The Take", "welcome to ...")
_HOST_SELF = re.compile(r"(?i)\b(?:and\s+this\s+is|welcome\s+to|you['\u2019]re\s+listening\s+to|"
                        r"this\s+is\s+the\s+\w+\s+podcast|i['\u2019]m\s+your\s+host|"
                        r"from\s+(?:the\s+)?(?:[\w&'\u2019.-]+\s+){0,3}(?:times|news|radio|post|journal|npr|bbc|cnn|cbc|abc|pbs|podcasts?|studios),\s+i['\u2019]m)\b")
_SELF_IM = re.compile(r"(?i)\b(?:i['\u2019]m|i\s+am)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?")
#: "Xavier sat down with Biswas Baral and Kamal Dev Bhattarai": the subject, named in full before, is the
#: guest; the people he sat down with are the interviewers
_SUBJECT_MET = re.compile(
    rf"\b(?P<subject>{_CAP}[\w'\u2019-]+)[ \t]+(?:sat[ \t]+down|spoke|talked)[ \t]+(?:to|with)[ \t]+"
    rf"(?P<first>{_NAME})(?:[ \t]*,?[ \t]+and[ \t]+(?P<second>{_NAME}))?")
#: a cue that opens with the verb of talking ("spoke to", "talked with", "sat down with") ...
_SPOKE_VERB = re.compile(r"(?i)(?:spoke|speaks|speaking|talked|talking|talks|chatted|sat[ \t]+down|sits[ \t]+down)\b")
#: ... after a pronoun that opens its sentence: "She spoke to X", "He later sat down with X" (the subject,
#: introduced before, is the guest; X the journalist)
#: (a fronted phrase may open the sentence: "While in New York, he sat down with X")
_PRONOUN_SUBJECT = re.compile(r"(?:\A|[.!?][\"'\u201d\u2019]?[ \t]+|\n[ \t]*)(?:[A-Z][^.!?\n,]{0,50},[ \t]+(?=[a-z]))?(?:[Ss]he|[Hh]e|[Tt]hey)[ \t]+"
                              r"(?:also[ \t]+|recently[ \t]+|later[ \t]+|then[ \t]+)?\Z")


#: an office word right before a full name that is the subject of a speaking verb: "Somalia's President Hassan
#: Mohamud spoke to X", "Minister of Foreign Affairs Hassan Wirayuda talked to The Jakarta Post's X and Y"
_OFFICE_SUBJECT = re.compile(rf"(?i:president|minister|affairs|ambassador|secretary|chancellor|premier|governor|senator|"
                             rf"envoy|emir|commissioner|chairman|chairwoman|spokes(?:man|woman|person))[ \t]+"
                             # (a portfolio between: "Minister for Information and Communication Ana Ruiz")
                             rf"(?:(?:for|of)[ \t]+(?:the[ \t]+)?{_CAP}[\w'\u2019-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?{_CAP}[\w'\u2019-]*){{0,3}}?[ \t]+)?"
                             rf"(?P<subject>{_NAME})[ \t]+(?:also[ \t]+|recently[ \t]+)?\Z")


#: ... or with the state or body of the office between: "Ambassador to Kenya Dina Mufti", "Minister of Defence Ana Ruiz"
_OFFICE_OF_SUBJECT = re.compile(rf"(?i:ambassador|envoy|minister|secretary|representative|consul)[ \t]+(?:to|of|for|in)[ \t]+(?:the[ \t]+)?"
                                rf"(?P<rest>{_CAP}[\w'\u2019.-]*(?:[ \t]+{_CAP}[\w'\u2019.-]*){{2,6}})[ \t]+(?:also[ \t]+|recently[ \t]+)?\Z")


def office_holder_spoke(t: str, at: int) -> str | None:
    """The office holder named in full as the subject of the speaking verb at ``at``, or None: he is the
    guest, the ones he spoke to the journalists who ask (a journalist subject has no office: "CNN's Ana
    Ruiz spoke to X").

    >>> t = "Somalia's President Hassan Mohamud spoke to Jackson Mutinda about the port."
    >>> office_holder_spoke(t, t.index("spoke")), office_holder_spoke("CNN's Ana Ruiz spoke to Tom Weiss.", 15)
    ('Hassan Mohamud', None)
    >>> t = "Ethiopian Ambassador to Kenya Ana Ruiz spoke to Tom Weiss on how they did it."
    >>> office_holder_spoke(t, t.index("spoke"))
    'Ana Ruiz'
    >>> t = "The Minister for Information and Communication Ana Ruiz spoke with Tom Weiss."
    >>> office_holder_spoke(t, t.index("spoke"))
    'Ana Ruiz'
    """
    if _SPOKE_VERB.match(t, at) is None:
        return None
    m = _OFFICE_SUBJECT.search(t, max(0, at - 80), at)
    if m is not None:
        return " ".join(m.group("subject").split())
    m = _OFFICE_OF_SUBJECT.search(t, max(0, at - 110), at)
    if m is None:
        return None
    words = m.group("rest").split()
    for k in range(1, min(4, len(words) - 1)):  # the place first ("Kenya", "the United States"), then the name
        if is_place(" ".join(words[:k])) and is_person_name(name := " ".join(words[k:])):
            return name
    return None


def spoke_to_journalist(t: str, at: int) -> bool:
    """The speaking verb at ``at`` has a pronoun for its subject, or the cue there is "in conversation with" right
    after a person's name: the one it spoke to is the journalist who asks, the guest the one the text introduced before.

    >>> t = "Dr. Ana Ruiz heads the Policy Centre. She spoke to Tom Lee on the region."
    >>> spoke_to_journalist(t, t.index("spoke")), spoke_to_journalist("Reuters spoke to Ana Ruiz.", 8)
    (True, False)
    >>> t = "U.S. Ambassador Ana Ruiz in conversation with Tom Lee:"
    >>> spoke_to_journalist(t, t.index("in conv")), spoke_to_journalist("BBC in conversation with Tom Lee", 4)
    (True, False)
    """
    if _IN_CONVERSATION.match(t, at) is not None or (t[at:at + 12].lower() == "conversation" and t[max(0, at - 3):at].lower() == "in "):
        # "U.S. Ambassador Ana Ruiz in conversation with Tom Lee:": she is the guest, he asks (rule C1 of the 103rd pass)
        before = _PERSON_BEFORE.search(t, max(0, at - 60), at - (0 if t[at:at + 2].lower() == "in" else 3))
        return before is not None and is_person_name(person_part(before.group("run")) or "")
    return _SPOKE_VERB.match(t, at) is not None and _PRONOUN_SUBJECT.search(t, max(0, at - 40), at) is not None


#: the cue of a guest "in conversation with" the one who asks, and the person right before it
_IN_CONVERSATION = re.compile(r"(?i:in[ \t]+conversation[ \t]+with)\b")
_PERSON_BEFORE = re.compile(r"(?P<run>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){1,4})[ \t]+\Z")


_NAME_BEFORE = re.compile(rf"{_CAP}[\w'\u2019.-]*[ \t]+\Z")
_ASKER = re.compile(r"(?i)\bby\b|host|anchor|presenter|moderator")
_INTERVIEW_WORD = re.compile(r"(?i)\binterview")
_THIS_IS = re.compile(r"(?i)this\s+is\b")
_BY_BEFORE = re.compile(r"(?i)\bby[ \t]+\Z")
#: a title naming who delivers the text: "Remarks by High Representative/Vice-President Josep Borrell upon arrival",
#: "Press Conference by Foreign Minister Motegi" (the person: the last capitalised words of the run)
_TITLE_DELIVERED = re.compile(r"\b(?:Remarks|Statement|Speech|Address|Press[ \t]+[Cc]onference|Briefing|Interview|(?<=[Pp]ress )remarks"
                              r"|(?<![\w-])(?:Article|Op-[Ee]d)(?=[ \t]+by\b))[ \t]+(?:by|of|with)[ \t]+"
                              rf"(?P<run>{_CAP}[\w/.'\u2019-]*(?:[ \t]+(?:(?:to|of|for|in)[ \t]+)?{_CAP}[\w/.'\u2019-]*){{1,8}})")


def _delivered_by(t: str, start: int, end: int) -> str | None:
    """The person a line says delivered the remarks or gave the interview, or None.

    >>> _delivered_by("Full Text of the Interview by Ambassador Kuang Weilin with the Daily Monitor", 0, 76)
    'Kuang Weilin'
    >>> _delivered_by("Interview of H.E. Mr. Mevl\u00fct \u00c7avu\u015fo\u011flu to TRT World, Ankara", 0, 60)
    'Mevl\u00fct \u00c7avu\u015fo\u011flu'
    >>> _delivered_by("Article by Foreign Minister Ana Ruiz, in the Greek edition of the Economist", 0, 74)
    'Ana Ruiz'
    >>> _delivered_by("Interview by Jane Doe", 0, 21) is None
    True
    """
    m = _TITLE_DELIVERED.search(t, start, end)
    if m is None:
        return None
    if re.match(r"(?i)interview[ \t]+by\b", t[m.start():m.start("run")]) and not re.match(r"[ \t]+with\b", t[m.end():end]):
        return None  # "Interview by Jane Doe": the one who asked; "Interview by Ambassador X with the Daily Monitor": X answered
    run = m.group("run").split()
    he = next((i for i, w in enumerate(run) if w.rstrip(".") in ("H.E", "HE")), None)
    if he is not None:  # "Interview of Chinese Ambassador to Cambodia H.E. Wang Wentian on ...": the name after the style
        run = run[he + 1:]  # (pass 122)
    # (up to the first small word, as before: "Interview with Ana Ruiz of Reuters", "... H.E. Mr. X to TRT World")
    run = run[:next((i for i, w in enumerate(run) if w in ("to", "of", "for", "in")), len(run))]
    # the words after the last office word ("High Representative/Vice-President", "Foreign Minister")
    last = max((i for i, w in enumerate(run) if "/" in w or any(p.lower() in _TITLE_WORDS for p in w.split("-"))), default=-1)
    run = [w for w in run[last + 1:] if w.rstrip(".") not in ("H.E", "Mr", "Mrs", "Ms", "Dr", "Prof")]  # "H.E. Mr. Mevlüt ..."
    return next((" ".join(run[-k:]) for k in (3, 2) if len(run) >= k and is_person_name(" ".join(run[-k:]))), None)


#: a title that ends with its writer or speaker: ", By Ehi Braimah", " - British Ambassador to X David Moran"
_TITLE_TAIL = re.compile(rf"(?:[,|:]|[ \t][-\u2013\u2014])[ \t]*(?:(?P<by>(?i:by))[ \t]+|(?:[A-Z][\w.'\u2019-]*[ \t]+|(?:to|of|and|for|the|at)[ \t]+){{0,9}})"
                         rf"(?P<name>{_CAP}[\w'\u2019-]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?{_CAP}[\w'\u2019-]+){{1,2}})[ \t]*\Z")
#: the parts of a head line ("TO THE QUICK - Jerry Tundag - The Freeman")
_PARTS = re.compile(r"[ \t]+[-\u2013\u2014|][ \t]+")
#: "Spokesperson Hong Lei's", "spokesman Wang Wenbin": a ministry's spokesperson (two or three words, no possessive)
_SPOKES = re.compile(rf"\b(?i:spokes(?:person|man|woman))[ \t]+(?P<name>{_CAP}[\w-]+(?:[ \t]+(?:{PARTICLE_PREFIX})?{_CAP}[\w-]+){{1,2}})(?![\w-])")
#: the words between "I'm" and a name that make it someone else's ("I'm talking today with X", "I am joined by X")
_TALKING_TO = re.compile(r"(?i)\b(?:talking|speaking|chatting|joined|delighted|pleased|glad|happy)\b")
#: "... Spokesperson Geng Shuang's Regular Press Conference": the briefing is the spokesperson's
_OWN_BRIEFING = re.compile(r"['\u2019]s[ \t]+(?:(?:Regular|Daily|Weekly)[ \t]+)?(?i:press[ \t]+conference|briefing|remarks)")
#: the rest of a name cut off after a long office ("Pakistan Prime Minister Imran" + " Khan")
_WORD_AT = re.compile(r"\S+")
_MORE_NAME = re.compile(rf"(?:[ \t]+(?!(?:Question|Answer)[ \t]*:){_CAP}[\w'\u2019-]+){{1,2}}(?![\w'\u2019-])")
#: "Imran Khan's interview: ...", "Kaja Kallas's exclusive interview with ...": the interview is that person's
_THEIR_INTERVIEW = re.compile(rf"(?<![\w'\u2019-])(?P<name>{_CAP}[\w-]+(?:[ \t]+(?:{PARTICLE_PREFIX})?{_CAP}[\w-]+){{1,2}})['\u2019]s?"
                              r"[ \t]+(?:(?:exclusive|full|first|latest|new)[ \t]+)?(?i:interview)\b")
#: "Ambassador Usman Sarki, in this interview with ADELANI ADEPEGBA, discusses ...": the subject is the
#: guest, the name after "with" the journalist
_IN_THIS_INTERVIEW = re.compile(
    rf"(?<![\w'\u2019-])(?P<guest>{_CAP}[\w-]+(?:[ \t]+(?:{PARTICLE_PREFIX})?{_CAP}[\w-]+){{1,2}}),[ \t]+in[ \t]+(?:this|an|the|a)[ \t]+"
    rf"(?:(?:exclusive|recent)[ \t]+)?interview[ \t]+with[ \t]+(?P<host>{_CAP}[\w.-]*(?:[ \t]+{_CAP}[\w.-]*){{1,3}}),[ \t]+[a-z]+s\b")
#: "Professor of International Relations, Hassan Ajisafe Salihu in this interview speaks on ...": the guest
_IN_THIS_INTERVIEW_SAYS = re.compile(
    rf"(?<![\w'\u2019-])(?P<guest>{_CAP}[\w-]+(?:[ \t]+(?:{PARTICLE_PREFIX})?{_CAP}[\w-]+){{1,3}}),?[ \t]+in[ \t]+(?:this|an|the)[ \t]+"
    r"(?:(?:exclusive|recent)[ \t]+)?interview,?[ \t]+(?:speaks|talks|says|explains|discusses|argues|shares|reflects|weighs)\b")
#: "Dr Olufemi Paul Adesanya is an International Public Affairs Commentator. In this Interview, he spoke on
#: ...": the person the sentence before presents is the guest
_IS_THEN_IN_THIS_INTERVIEW = re.compile(
    rf"(?<![\w'\u2019-])(?P<guest>{_CAP}[\w-]+(?:[ \t]+(?:{PARTICLE_PREFIX})?{_CAP}[\w-]+){{1,3}})[ \t]+is[ \t]+(?:a|an|the)[ \t]"
    r"[^.!?\n]{3,200}\.[ \t]+In[ \t]+(?:this|the)[ \t]+(?i:interview),?[ \t]+(?:he|she)[ \t]+"
    r"(?:speaks|spoke|talks|talked|says|said|explains|explained|discusses|discussed|shares|shared|reflects|reflected|"
    r"weighs|weighed|comments|commented)\b")
#: "I'm RFE/RL Europe Editor Rikard Jozwiak,": a self-introduction with the speaker's outlet and job
_SELF_JOB = re.compile(rf"\b(?:I['\u2019]m|I[ \t]+am|[Mm]y[ \t]+name[ \t]+is)[ \t]+(?P<job>(?:[A-Z][\w/&.'\u2019-]*[ \t]+){{1,5}})"
                       rf"(?P<name>{_CAP}[\w'\u2019-]+(?:[ \t]+{_CAP}[\w'\u2019-]+){{1,2}})(?=[ \t]*[,.;]|[ \t]+and\b)")
#: capitalised words that open a run before the name itself ("Guest Fyodor Lukyanov", "For DW ...")
_LEAD = re.compile(r"(?:(?:Guests?|Expert|Analyst|Professor|Host|Interview|With|For|From|By|Featuring|Feat\.|I['\u2019]m)[ \t]+)+")
#: a source the text cites by name ("according to Thai scholar", "as noted by the historian"), or the other side of
#: talks ("with my counterpart, Foreign Minister X"), not its speaker
_CITED = re.compile(r"\b(?:according[ \t]+to|as[ \t]+(?:noted|argued|written|put|observed)[ \t]+by|counterparts?[ \t]*,?)[ \t]+"
                    r"(?:(?:the|a|an)[ \t]+)?(?:[\w'\u2019-]+[ \t]+){0,3}\Z")
#: the outlet's journalist right after an interview cue: "in an interview with Bloomberg Television\u2019s X" (not
#: a country's office holder: "our interview with Russia's Foreign Minister X")
_OUTLETS_JOURNALIST = re.compile(r"\binterview(?:ed)?[ \t]+(?:with|by)[ \t]+(?P<owner>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,4})['\u2019]s"
                                 r"[ \t]+(?:(?:journalist|reporter|correspondent|anchor|host|editor|presenter)[ \t]+)?\Z")


def outlet_journalist_asks(t: str, start: int, raw: str) -> bool:
    """Whether the capitalised run ``raw`` at ``start`` is an outlet's journalist after an interview cue, the
    outlet in the run or right before it ("in an interview with Ledger TV's Tom Bell"); a country's office holder
    ("with Russia's Sergei Lavrov") is not.

    >>> t = "She vowed reform in an interview with Ledger TV's Tom Bell."
    >>> outlet_journalist_asks(t, t.index("Ledger"), "Ledger TV's Tom Bell"), outlet_journalist_asks(t, t.index("Tom"), "Tom Bell")
    (True, True)
    >>> t = "In our interview with Russia's Sergei Lavrov, the minister spoke."
    >>> outlet_journalist_asks(t, t.index("Russia"), "Russia's Sergei Lavrov")
    False
    >>> t = "LEDGER's Tom Bell interviews Kowalczyk, who wants visa-free travel."
    >>> outlet_journalist_asks(t, 0, "LEDGER's Tom Bell")
    True
    >>> t = "LEDGER'S Tom Bell sat down with Ana Ruiz. Tom Bell, a journalist with The Ledger, interviewed Ana Ruiz."
    >>> outlet_journalist_asks(t, t.index("Tom"), "Tom Bell"), outlet_journalist_asks(t, t.rindex("Tom"), "Tom Bell")
    (True, True)
    >>> t = "Kosovo's Foreign Minister Ana Ruiz sat down with Tom Bell."
    >>> outlet_journalist_asks(t, t.index("Ana"), "Ana Ruiz")
    False
    >>> t = "He said so in an exclusive interview with Ledger Global Editor-in-Chief Tom Bell."
    >>> outlet_journalist_asks(t, t.index("Ledger"), "Ledger Global Editor-in-Chief Tom Bell")
    True
    """
    cut = re.search(r"['\u2019][sS](?=[ \t])", raw)
    if cut is not None and _ASKS_AFTER.match(t, start + len(raw)) is not None and not is_place(raw[:cut.start()].strip()):
        return True  # "POLITICO's David M. Herszenhorn interviews X": the outlet's journalist, then the one he asks
    if cut is None and _ASKS_AFTER.match(t, start + len(raw)) is not None \
            and (owner := _OWNER_BEFORE.search(t, max(0, start - 40), start)) is not None and not is_place(owner.group("owner")):
        return True  # "NEWSWEEK'S Christopher Dickey sat down with X": the possessive outside the run
    if _JOURNALIST_APPOSITION.match(t, start + len(raw)) is not None:
        return True  # "Fergus Hanson, a journalist with The Interpreter, interviewed X"
    if _JOB_BEFORE_COMMA.search(t, max(0, start - 80), start) is not None and _COMMA_ASKS.match(t, start + len(raw)) is not None:
        return True  # "The Mail & Guardian's correspondent in Addis Ababa, Tom Minney, interviewed X"
    if _TALK_WITH_JOURNALIST.search(t, max(0, start - 160), start) is not None:
        return True  # "... in a conversation with The Globe's new Latin America correspondent, Tom Bell." (rule J1 of pass 117)
    if "nterview" not in t[max(0, start - 160):start]:
        return False  # (cheap first: most names have no interview cue before them)
    if _PRESS_JOB_IN_RUN.search(raw):
        return True  # "an exclusive interview with StratNews Global Editor-in-Chief Ana Ruiz": the run holds the journalist's job
    m = _OUTLETS_JOURNALIST.search(t, max(0, start - 160), start + cut.end() + 1 if cut else start)
    return m is not None and not is_place(m.group("owner"))


#: a press job inside a capitalised run, before the journalist's name ("StratNews Global Editor-in-Chief Ana Ruiz")
_PRESS_JOB_IN_RUN = re.compile(r"\b(?:Editor(?:-in-Chief|-at-Large)?|Correspondent|Reporter|Anchor|Journalist|Presenter)[ \t]+[A-Z]")


#: what an outlet's journalist does to the guest, right after his name
_ASKS_AFTER = re.compile(r"[ \t]+(?:interviews|interviewed|asks|asked|(?:talks|talked|speaks|spoke)[ \t]+(?:to|with)|"
                         r"(?:sits|sat)[ \t]+down[ \t]+with)\b")
#: a journalist's job word
_JOB = r"(?:journalist|reporter|correspondent|editor|columnist|presenter|anchor)"
#: a comma, then the talking verb: "..., interviewed", "..., sat down with"
_COMMA_ASKS = re.compile(r",[ \t]+(?:recently[ \t]+)?(?:interviewed|spoke[ \t]+(?:to|with)|talked[ \t]+(?:to|with)|sat[ \t]+down[ \t]+with)\b")
#: an outlet's possessive right before a name ("NEWSWEEK'S ", "The Gazette's ")
_OWNER = r"(?P<owner>[A-Z][\w.&/-]*(?:[ \t]+[A-Z][\w.&/-]*){0,2})['\u2019][sS][ \t]+"
_OWNER_BEFORE = re.compile(_OWNER + r"\Z")
#: a journalist's job in an apposition, then the talking verb: ", a journalist with The Interpreter, interviewed"
_JOURNALIST_APPOSITION = re.compile(rf",[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?{_JOB}\b[^.\n]{{0,80}}?" + _COMMA_ASKS.pattern)
#: a journalist's job, then the name between commas, then the talking verb: "... correspondent in Addis Ababa, X, interviewed"
_JOB_COMMA = rf"\b{_JOB}\b[^.,\n]{{0,60}},[ \t]+"
_JOB_BEFORE_COMMA = re.compile(_JOB_COMMA + r"\Z")
#: a talk with a journalist named by his job, right before his name: "in a conversation with The Globe and Mail's new
#: Latin America correspondent, ", "in an interview with our Washington editor "
_TALK_WITH_JOURNALIST = re.compile(rf"(?i:\b(?:interview|conversation|talk|chat)[ \t]+with)[ \t]+[^.\n]{{0,80}}?\b{_JOB}[ \t]*,?[ \t]+\Z")
#: the same three cues as scans over a text's opening, with the journalist's name (see asking_journalists)
_RUN = rf"(?P<name>{_CAP}[\w'\u2019-]+(?:[ \t]+{_CAP}[\w'\u2019-]+){{1,3}})"
_APPOSED_JOURNALIST = re.compile(rf"{_RUN}(?={_JOURNALIST_APPOSITION.pattern})")
_JOB_NAME_ASKS = re.compile(rf"{_JOB_COMMA}{_RUN}(?={_COMMA_ASKS.pattern})")
_OWNED_JOURNALIST = re.compile(rf"{_OWNER}{_RUN}(?={_ASKS_AFTER.pattern})")
#: the one an office holder spoke with ("Minister Ana Ruiz spoke with Tom Bell on ...", see office_holder_spoke)
_SPOKE_WITH = re.compile(rf"(?P<verb>(?i:spoke|speaks|talked|talks|sat[ \t]+down|sits[ \t]+down))[ \t]+(?i:to|with)[ \t]+{_RUN}")


def asking_journalists(t: str, end: int = 3000) -> set[str]:
    """Lower-case surnames of the journalists the opening ``t[:end]`` gives as the ones who ask ("NEWSWEEK'S Tom Bell
    sat down with ...", "Tom Bell, a journalist with The Ledger, interviewed ...").

    >>> sorted(asking_journalists("Tom Bell, a journalist with The Ledger, interviewed Ana Ruiz. THE LEDGER'S Eva Holm sat down with her."))
    ['bell', 'holm']
    >>> asking_journalists("The Ledger's correspondent in Oslo, Tom Bell, interviewed Ana Ruiz.")
    {'bell'}
    >>> asking_journalists("The Nordland Minister for Information Ana Ruiz spoke with Tom Bell on the border.")
    {'bell'}
    """
    head = t[:end]
    out = {m.group("name").split()[-1].lower() for rx in (_APPOSED_JOURNALIST, _JOB_NAME_ASKS) for m in rx.finditer(head)}
    out |= {m.group("name").split()[-1].lower() for m in _OWNED_JOURNALIST.finditer(head) if not is_place(m.group("owner"))}
    # an office holder spoke with someone: that one is the journalist ("... Minister Ana Ruiz spoke with Tom Bell");
    # (not another office holder: "President X talked with President Y")
    out |= {m.group("name").split()[-1].lower() for m in _SPOKE_WITH.finditer(head)
            if office_holder_spoke(head, m.start("verb")) and not _OFFICE_START.match(m.group("name"))
            and is_person_name(m.group("name"))}
    return out


#: how far before a name a cue may start ("speaking with ..., military expert X")
_LEFT = 160
#: the same for interview cues, whose guest may follow a long job ("In dialogue with X, the analyst ... and director
#: of the Institute of ..., Name")
_LEFT_LONG = 360
#: an author's bio line opening in the last this many characters of an op-ed names its writer
_END_BIO = 600


def _bio_opens(t: str, start: int) -> bool:
    """The name at ``start`` opens its paragraph, or a sentence of a note in brackets
    ("(MindaViews is the opinion section of MindaNews. William R. Adan, Ph.D., is ...)")."""
    before = t[t.rfind("\n", 0, start) + 1:start]
    return before.strip() in ("", "(", "[") or (before.lstrip()[:1] in "([" and re.search(r"[.!?][ \t]+\Z", before) is not None) \
        or _AT_THE_TIME.fullmatch(before) is not None  # "At the time of publishing, Ana Ruiz was ..." (pass 121)


#: a republished op-ed's bio opening on its date: "At the time of publishing, Ana Ruiz was executive director of ..."
_AT_THE_TIME = re.compile(r"[ \t*_]*(?i:at[ \t]+the[ \t]+time[ \t]+of[ \t]+(?:publishing|publication|writing)),[ \t]*")


#: an op-ed's bio paragraph opening in the first this many characters names its writer
_HEAD_BIO = 1200
#: "The writer is ...", "The author teaches ...": an op-ed's bio line that does not repeat the name
_WRITER_IS = re.compile(r"(?im)^[ \t]*(?:\*|_)*the[ \t]+(?:writer|author|columnist)[ \t]+(?:is|was|has|teaches|served|works|heads|directs|lectures)\b")
#: the first lines of a text, a column's number ("#2") left out
_FIRST_LINES = re.compile(r"(?m)^[^\n]*?(?=(?:[ \t]+#\d{1,4})?[ \t]*$)")
#: "In an interview with Le Monde, she defends ...", "In an interview with VINCENT KALU, the legal
#: luminary noted ...", "In an interview with Le Monde, political scientist Manuel Orozco believes":
#: the name an interview is with, followed by the speaker's pronoun, a description of the speaker
#: or the speaker's job and name, is the outlet or the interviewer, not the guest (not an apposition that
#: describes the guest: "sat down with ... Khalifa Haftar, the most powerful figure in eastern Libya, to talk", "I spoke
#: with Gaston Browne, the country's prime minister, about that storm")
OUTLET_AFTER = re.compile(r",?[ \t]+(?:she|he|they)\b|,[ \t]+(?:the[ \t]+(?!(?:same|other|next)\b)(?![a-z][^,.;:\n]{0,80},[ \t]+(?:to|about|on|over)[ \t])[a-z]"
                          r"|(?:[a-z][\w-]*[ \t]+){1,3}(?:[A-Z][\w'\u2019-]+[ \t]+){1,3}(?:says|said|[a-z]+s|[a-z]+ed)\b"
                          # ", Brazilian President Luiz Inacio Lula da Silva outlined ...": a nationality, an office and a name
                          r"|[A-Z][a-z]+(?:an|ese|ish|i)[ \t]+(?:[A-Z][\w'\u2019-]+[ \t]+|(?:da|de|del|di|do|dos|du|la|le|van|von|der|al|bin|ibn)[ \t]+){1,6}"
                          r"(?:says|said|[a-z]+s|[a-z]+ed)\b)")


_BLANK_LINES = re.compile(r"[ \t]*(?:\r?\n[ \t]*)*")


def _next_line(t: str, end: int) -> int:
    """The start of the first non-blank line after ``end``.

    >>> _next_line("Ann Lee\\n\\nThe author is ...", 7)
    9
    """
    return _BLANK_LINES.match(t, end).end()


def _after_article(t: str, name: str) -> bool:
    """Whether the text writes ``name`` after "the" every time: an organisation, not a person.

    >>> _after_article("In an interview with the JoongAng Ilbo, Kwon said. The JoongAng Ilbo asked.", "JoongAng Ilbo")
    True
    >>> _after_article("The minister, Kwon Young-se, said. Kwon Young-se added.", "Kwon Young-se")
    False
    """
    return every_start(t, name, lambda s: re.search(r"\b[Tt]he[ \t]+\Z", t[max(0, s - 8):s]) is not None)


def _outlet_after_name(t: str, name: str) -> bool:
    """Whether the text writes ``name`` every time after a person's name and "of": the outlet or
    the institution the person works for ("journalist Kaspar Goethals of De Standaard").

    >>> _outlet_after_name("Belgian journalist Kaspar Goethals of De Standaard asked.", "De Standaard")
    True
    >>> _outlet_after_name("The President of Russia Vladimir Putin said.", "Vladimir Putin")
    False
    >>> _outlet_after_name("Interview of the Prime Minister of Kazakhstan Ali Bek.", "Kazakhstan Ali Bek")
    False
    """
    def after_person_of(s: int) -> bool:
        if not t[max(0, s - 60):s].rstrip(" \t").endswith("of"):
            return False  # (what _PERSON_OF needs last: "of" and a space before the name)
        m = _PERSON_OF.search(t, max(0, s - 60), s)
        return m is not None and _OFFICE_WORD.search(m.group(0)) is None  # (not "the President of Kazakhstan ...")

    return every_start(t, name, after_person_of)


#: a person's given and family name, then "of": "Kaspar Goethals of "
_PERSON_OF = re.compile(r"\b[A-Z][a-z'\u2019-]+[ \t]+[A-Z][a-z'\u2019-]+[ \t]+of[ \t]+\Z")
_OFFICE_WORD = re.compile(r"(?i)\b(?:minister|secretary|president|premier|chancellor|governor|ambassador|director|head|chief|"
                          r"chair(?:man|woman)?|general|council|ministry|department|office|university|institute)\b")
