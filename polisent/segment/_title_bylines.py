"""Titles that name their writer or speaker: a closing "By X" ("... Perspective by Ali Tuygan"), a writer's name
heading the title ("Jorge Durand: Peru and its ghosts"), a speech's or a press conference's title ("Remarks by
President X", "Transcript of Minister X's Doorstop Interview"), and a title printed more than once. Split out of
:mod:`polisent.segment._bylines`; applied by :mod:`polisent.segment._speakers` and :mod:`polisent.segment._structure`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from polisent.segment._labels import _CAP, _HONORIFICS, _NAME, _OFFICE_WORDS, _TITLES, _strip_office
from polisent.segment._name_forms import _display
from polisent.segment._person_names import _TITLE_WORDS, FURNITURE, is_outlet, reads_as_phrase
from polisent.segment._prefilter import Guarded
from polisent.segment._principal import is_person_name, is_place, person_part
from polisent.segment._speech_titles import title_speaker
from polisent.segment._units import Unit


#: a title that ends with its author: '2021/138 "Why US Rivalry with China Will Endure" by Robert Sutter'
#: (or with "By" glued to the title's last word by the page's extraction: "... Ethiopia and EritreaBy ABEL ABATE DEMISSIE")
_TITLE_BY = re.compile(rf"(?P<word>[^\W\d_]{{1,40}})(?:(?:[\"'\u201d\u2019)]?,?[ \t]+(?:(?P<dash>[-\u2013\u2014])[ \t]*|(?P<paren>\())?(?i:by)|(?<=[a-z])(?P<glued>By))[ \t]+"
                       # (or a dash glued to the name, no "by": "... the Delayed Repatriation -Ahmad Bhuiyan")
                       # (or a writing hand or a pen before the name: "... The face of the truth \u2013 \u270d\ufe0f Ana Ruiz")
                       rf"|[ \t]+(?P<gdash>[-\u2013\u2014])(?=[A-Z])|[ \t]+(?:[-\u2013\u2014|][ \t]*)?(?P<pen>[\u270d\u2712\U0001f58a\U0001f58b]\ufe0f?)[ \t]*)"
                       rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})"
                       # (a credit in brackets may close it: "... by Ali Tuygan (Rtd.Ambassador)", "(Bloomberg Law - December 23, 2019)";
                       # the byline itself may stand in brackets: "... Agreement Revived (By Felix K. Chang)"; a credit
                       # after a bar may follow the name: "... optionsBy Jeff Jacoby | GLOBE COLUMNIST MAY 07, 2014")
                       r"(?(paren)\)|(?:[ \t]*\([^()\n]{1,48}\))?)(?:[ \t]+[|\u2022\u00b7][^\n|]{1,80})?[ \t]*\Z")
#: (searched only where the title's end holds a "by": see _prefilter.Guarded)
_TITLE_BY_SCAN = Guarded(_TITLE_BY)
#: a piece's kind and its writer opening a title or a standfirst: "Op-ed by Ambassador Ana Ruiz: ...",
#: "Op-ed by Ambassador Ana Ruiz in the Cleveland newspaper ..."
_OPED_BY = re.compile(rf"[ \t]*(?i:op-?ed|guest[ \t]+column|guest[ \t]+essay)[ \t]+by[ \t]+(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})\b")
#: the words before "by" that make it a passive ("A Plan Backed by Donald Trump"), not a byline
_PASSIVE = re.compile(r"(?i)\w+(?:ed|en)|hit|led|won|cut|put|set|run|got|met|shot|held|made|sent|paid|lost|told|sold|said|kept|left|"
                      r"felt|meant|built|caught|bought|sought|fought|brought|struck|taught|thought|read|heard|found"
                      # ... or a credit that names no writer: "INTERVIEW BY X" (the journalist who asks), "Photos by X"
                      r"|interviews?|conversation|questions|photos?|photographs?|pictures?|images?|illustrations?|video")


#: a title led by its writer's name: "Jorge Durand: Peru and its ghosts" (not a quotation after the colon)
#: (nor a widget's "Reading Time: 2 minutes" nor a column's "TURNING POINT: A Quandary")
_NAME_TITLE = re.compile(rf"[ \t]*(?P<name>{_NAME})[ \t]*:[ \t]+(?=[^\W\d_])[^\s:]+[ \t]+\S"
                         # a show's title over its guest: "Face the Nation: Sen. Mark Kelly"
                         rf"|[^:\n]{{3,60}}:[ \t]+(?:{_TITLES}|Rep\.|Gov\.|Governor|Secretary|Minister|President|Premier)[ \t]+"
                         rf"(?P<guest>{_NAME})[ \t]*\Z"
                         # the writer and the writer's handle before the title: "Ana Ruiz @AnaRuiz | Why the talks failed"
                         rf"|[ \t]*(?P<handle>{_NAME})[ \t]+@\w{{2,30}}[ \t]*[|:\u2013\u2014-][ \t]*\S"
                         # a talk's title: "Ana Ruiz at Manthan on The Restless Border"
                         rf"|[ \t]*(?P<speaker>{_NAME})[ \t]+at[ \t]+{_CAP}[\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){{0,6}}?[ \t]+on[ \t]+\S"
                         # the writer before a dash, or after one that ends the title: "Dr. Ana Ruiz - The future of Peru
                         # is in Europe", "VIEW: Is militarism irreversible in Pakistan? \u2014Ana Ruiz" (rule R9)
                         rf"|[ \t]*(?:{_TITLES}[ \t]+)?(?P<dashed>{_NAME})[ \t]+(?:-|--|\u2013|\u2014)[ \t]+"
                         # (not a host's name over his guest's: "Ana Ruiz \u2013 Interview with Tom Bell")
                         r"(?!(?i:interview|in[ \t]+conversation|conversation|q[ \t]*&[ \t]*a|podcast|episode|transcript)\b)"
                         r"(?=[^\W\d_])[^\s:]+[ \t]+\S")
_TAIL_WRITER = re.compile(rf"[^\n]{{10,200}}?[ \t](?:\u2013|\u2014)[ \t]*(?:{_TITLES}[ \t]+)?(?P<tail>{_NAME})[ \t]*\Z")


#: a title that gives the one an outlet interviewed: "Ghassan Salame to Asharq Al-Awsat: Ailing World Needs ..." (rule R4)
_TO_OUTLET_TITLE = re.compile(rf"[ \t]*(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})[ \t]+to[ \t]+(?P<outlet>{_CAP}[^:\n]{{1,40}}?)[ \t]*:[ \t]+\S")


def title_writer(t: str, units: Sequence[Unit], body: Sequence[Unit]) -> list[str]:
    r"""The writer named at the head of a one-line title among the first four units ("Jorge Durand: Peru
    and its ghosts"), when no unit of ``body`` names that person again: a news headline's source is
    named again in the report ("Blinken: allies will be defended" over "..., Blinken said").

    >>> from polisent.segment._units import Unit
    >>> t = "Jorge Durand: Peru and its ghosts\nThe weeks pass, Durand said."
    >>> units = [Unit(0, 33, [0], 0, "plain", 0), Unit(34, len(t), [1], 1, "plain", 0)]
    >>> title_writer(t, units, units[1:]), title_writer(t.replace("Durand said", "the marches go on"), units, units[1:])
    ([], ['Jorge Durand'])
    >>> t = "Face the Nation: Sen. Ana Ruiz\nWell, Margaret, thank you for having me on."
    >>> title_writer(t, [Unit(0, 30, [0], 0, "plain", 0), Unit(31, len(t), [1], 1, "plain", 0)], [])
    ['Ana Ruiz']
    >>> t = "Ana Ruiz to Al Jazeera: Peru needs a pact\nThe talks go on, Ruiz said."  # the outlet's guest, named again
    >>> title_writer(t, [Unit(0, 40, [0], 0, "plain", 0), Unit(41, len(t), [1], 1, "plain", 0)], [])
    ['Ana Ruiz']
    >>> t = "Dr. Ana Ruiz - The future of Peru is in Europe\nThree factors need analysis."
    >>> title_writer(t, [Unit(0, 46, [0], 0, "plain", 0), Unit(47, len(t), [1], 1, "plain", 0)], [])
    ['Ana Ruiz']
    >>> t = "VIEW: Is militarism irreversible? —Ana Ruiz\nThe general believes in the stick."
    >>> title_writer(t, [Unit(0, 43, [0], 0, "plain", 0), Unit(44, len(t), [1], 1, "plain", 0)], [])
    ['Ana Ruiz']
    >>> t = "Ana Ruiz at Manthan on The Restless Border\nso thank you for that generous introduction"
    >>> title_writer(t, [Unit(0, 42, [0], 0, "plain", 0), Unit(43, len(t), [1], 1, "plain", 0)], [])
    ['Ana Ruiz']
    """
    for k, u in enumerate(units[:6]):  # (the writer after a title's dash among the first six: a date and an edition may
        line = t[u.start:u.end].strip()  # come first; the other forms among the first four)
        tail = _TAIL_WRITER.fullmatch(t, u.start, u.end)  # (before a kicker's colon: "VIEW: ... \u2014Ana Ruiz")
        if k >= 4 and tail is None:
            continue
        if (g := _TO_OUTLET_TITLE.match(t, u.start, u.end)) is not None and "\n" not in line and is_outlet(g.group("outlet")) \
                and is_person_name(name := " ".join(g.group("name").split())) and not is_place(name):
            return [name]
        m = tail or _NAME_TITLE.match(t, u.start, u.end)
        if m is None or "\n" in line or len(line.split()) > 25 or line.endswith("."):
            continue  # (a title ends in no full stop: "Computer Shortcuts: Left and right arrows jump ... pause.")
        name = " ".join((m.group("tail") if m is tail else m.group("name") or m.group("guest") or m.group("speaker")
                         or m.group("handle") or m.group("dashed")).split())
        if name.isupper() or name.lower() in FURNITURE or not is_person_name(name) or is_place(name) \
                or (m.re is _NAME_TITLE and m.group("dashed") and reads_as_phrase(name)):  # "Angry Planet - The ..."
            continue
        sur = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
        # (the writer's byline repeating the full name is no report on him: "John Rash, The Minnesota Star Tribune on")
        return [] if any(sur.search(t, b.start, b.end) for b in body if b is not u
                         and not (len(t[b.start:b.end].split()) <= 8 and name in t[b.start:b.end])) else [name]
    return []


_QUOTE_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def title_key(line: str) -> str:
    """A title line as compared with its copy elsewhere on the page: quotes folded, spaces collapsed, lower case.

    >>> title_key("The Montreux  Convention: Russia\u2019s Perspective ")
    "the montreux convention: russia's perspective"
    """
    return " ".join(line.translate(_QUOTE_FOLD).split()).lower()


def one_title(keys: set[str]) -> bool:
    """Whether the lines ``keys`` (see :func:`title_key`) are one title printed more than once: all the
    same, or each the start of the longest (the title over the article, and again with its byline).

    >>> one_title({"turkey: a test", "turkey: a test by ana ruiz"}), one_title({"ruiz: yes.", "ruiz: no."})
    (True, False)
    """
    longest = max(keys, key=len)
    return all(longest.startswith(k) and (len(k) == len(longest) or not longest[len(k)].isalnum()) for k in keys)


def title_end(t: str, start: int, end: int) -> int:
    """Where the title in ``t[start:end]`` ends: before a closing byline ("... Perspective by Ali Tuygan
    (Rtd.Ambassador)"), else ``end``.

    >>> t = "Russia's Perspective by Ali Tuygan (Rtd.Ambassador)"
    >>> t[:title_end(t, 0, len(t))]
    "Russia's Perspective"
    """
    m = _TITLE_BY_SCAN.search(t, max(start, end - 200), end)
    if m is None or (_PASSIVE.fullmatch(m.group("word")) and not m.group("paren") and not m.group("glued") and not m.group("gdash")) \
            or not is_person_name(" ".join(m.group("name").split())):
        return end
    return m.end("word")


#: a speech's title naming its speaker: "FM Sergey Lavrov's remarks and answers to questions at ...",
#: "Remarks by President Ana Ruiz at the ...", "Statement of Foreign Minister Ana Ruiz on ...", "Transcript of Prime
#: Minister Ana Ruiz speech at ..." (the office words before the name are cut by person_part)
#: a standfirst handing over to a speech's excerpts: "Here are excerpts from ", "The following are excerpts of " (N10)
_EXCERPTS_FROM = re.compile(r"[ \t]*(?i:here[ \t]+(?:are|is)|the[ \t]+following[ \t]+(?:are|is))[ \t]+(?i:(?:some[ \t]+)?excerpts|extracts|the[ \t]+(?:full[ \t]+)?text)[ \t]+(?i:from|of)[ \t]+")
_SPEECH_TITLE = re.compile(rf"[ \t]*(?:(?P<name>{_NAME})['\u2019]s[ \t]+(?:(?i:opening|closing|keynote|press)[ \t]+)?"
                           r"(?i:remarks|statement|speech|address|answers|comments|lecture)\b"
                           # an office and a surname alone: "Remarks by President Biden on ...", "Opening Statement by Prime
                           # Minister O'Neill, Joint Press Conference ...", "Extra Press Conference by the Defense Minister Nakatani(12:18 ..."
                           r"|(?:(?i:opening|closing|introductory|prepared|extra|joint|regular)[ \t]+)?"
                           r"(?i:remarks|statement|speech|address|keynote|press[ \t]+conference|news[ \t]+conference|press[ \t]+briefing)[ \t]+(?i:by|of)[ \t]+"
                           r"(?:the[ \t]+)?(?:Vice[ \t]+|Deputy[ \t]+)?(?:President|Prime[ \t]+Minister|Chancellor|Premier|Governor|Senator|"
                           r"(?:Foreign[ \t]+|Defen[cs]e[ \t]+)?Minister|Secretary(?:[ \t]+of[ \t]+State|[ \t-]General)?|Ambassador)[ \t]+"
                           r"(?P<sur>[A-Z][\w'\u2019-]+)(?![\w'\u2019-])(?![ \t]+[A-Z][a-z])"
                           # ("Transcript of an Address to the Nation by the Honourable Ana Ruiz, QC, MP, Prime Minister of ...")
                           r"|(?:(?i:transcript|full[ \t]+text|text)[ \t]+of[ \t]+(?:an?|the)[ \t]+)?"
                           rf"(?:(?i:opening|closing|introductory|prepared)[ \t]+)?(?i:remarks|statement|speech|address|keynote)"
                           r"(?:[ \t]+to[ \t]+the(?:[ \t]+[A-Z][\w'\u2019-]*){1,3}?)?[ \t]+(?i:by|of)[ \t]+"
                           r"(?:(?:the[ \t]+)?(?:(?:Right|Rt\.?|Most)[ \t]+)?(?:Honou?rable|Hon\.)[ \t]+)?"
                           rf"(?:{_TITLES}[ \t]+)?(?P<name2>{_NAME})"
                           r"|(?i:transcript|full[ \t]+text|text)[ \t]+of[ \t]+(?:the[ \t]+)?"
                           rf"(?P<name3>(?:[A-Z][\w.'\u2019-]*[ \t]+){{0,5}}?{_NAME})[ \t]+(?:(?i:opening|closing|keynote)[ \t]+)?"
                           r"(?i:remarks|speech|address|statement|lecture)\b"
                           # the office in apposition before the name: "Statement by the Minister of Foreign Affairs of
                           # the Republic of X, H.E. Ana Ruiz, at ...", "Opening Remarks by the President of X, Mr Ana Ruiz"
                           r"|(?:(?i:opening|closing|introductory|prepared)[ \t]+)?(?i:remarks|statement|speech|address|keynote)[ \t]+"
                           r"(?i:by|of)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019.-]*|of|the|and|for)(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|of|the|and|for)){0,12}?,"
                           rf"[ \t]+(?:H\.[ \t]?E\.?[ \t]+)?(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?(?P<name4>{_NAME})(?=[ \t]*(?:,|\(|\Z|[ \t](?:at|on|in|to|before|during)\b))"
                           # a French ministry's title: "Entretien de M. Ana Ruiz, ministre de ...", "D\u00e9claration de Mme ..."
                           # (after topic words joined by " - ": "Ukraine - Russie - Interview de Mme ...")
                           r"|(?:[^\n]{0,120}?[ \t][-\u2013][ \t]+)?(?i:entretien|interview|d[\u00e9e]claration|discours|intervention|allocution|conf[\u00e9e]rence[ \t]+de[ \t]+presse|"
                           r"point[ \t]+de[ \t]+presse)[ \t]+(?:accord[\u00e9e]e?[ \t]+par[ \t]+|de[ \t]+)(?:M\.|Mme|Monsieur|Madame)[ \t]+"
                           rf"(?P<name5>{_NAME})(?=[ \t]*(?:,|\(|\Z|[ \t](?:\u00e0|au|aux|sur|devant|lors)\b))"
                           # ... with no honorific, the office after the name: "Interview de Ana Ruiz, ministre de ..."
                           r"|(?:[^\n]{0,120}?[ \t][-\u2013][ \t]+)?(?i:entretien|interview|d[\u00e9e]claration|discours|intervention|allocution)"
                           rf"[ \t]+(?:accord[\u00e9e]e?[ \t]+par[ \t]+|de[ \t]+)(?P<name6>{_NAME}),[ \t]+(?:ministre|pr[\u00e9e]sident|pr[\u00e9e]sidente|"
                           r"premi[\u00e8e]re?|secr[\u00e9e]taire|ambassadeur|ambassadrice|porte-parole|commissaire|haut|haute)\b)")


#: a press conference's or a briefing's title naming its principal, searched in the page's head with its lines
#: joined ("Press conference\nby NATO Secretary General Ana Ruiz following ...", "Transcript of Minister Ana Ruiz's
#: Doorstop Interview with ...", "Minister of Foreign Affairs Ana Ruiz at Joint Press Conference with ...")
_BRIEFING_TITLE = re.compile(
    rf"(?P<name>{_NAME})(?<=['\u2019]s)[ \t]+(?:(?i:joint|doorstop|doorstep|press|news|media|opening|wrap-up)[ \t]+)*"
    r"(?i:doorstop|doorstep|press[ \t]+conference|news[ \t]+conference|press[ \t]+briefing|media[ \t]+availability|press[ \t]+availability"
    r"|(?<=(?i:wrap-up)[ \t])interview)\b"
    r"|(?i:press[ \t]+conference|news[ \t]+conference|press[ \t]+briefing|doorst[oe]p(?:[ \t]+interview)?|media[ \t]+availability|"
    rf"press[ \t]+availability)[ \t]+(?i:by|of)[ \t]+(?P<name2>(?:[A-Z][\w.'\u2019-]*[ \t]+){{0,6}}?{_NAME})(?=[ \t]+(?:[a-z]|at\b|on\b|in\b)|[ \t]*[,(\n]|\Z)"
    rf"|(?P<name3>{_NAME})[ \t]+at[ \t]+(?:an?[ \t]+|the[ \t]+)?(?i:joint[ \t]+)?(?i:press|news)[ \t]+(?i:conference|briefing)\b"
    # a video's description: "During Saturday's Press Briefing, UK Prime Minister Ana Ruiz answered questions about ..."
    rf"|(?P<name4>(?:[A-Z][\w.'\u2019-]*[ \t]+){{0,6}}?{_NAME})[ \t]+(?:answered|answers|took|takes|fielded|fields)[ \t]+"
    r"(?:(?:reporters['\u2019]|journalists['\u2019]|the[ \t]+press['\u2019]s?|media)[ \t]+)?questions\b"
    # a speech's long title: "Speech and answers to questions from the mass media by Russian Foreign Minister Ana Ruiz during ..."
    # (a title that opens "Remarks by X" is :data:`_SPEECH_TITLE`'s)
    rf"|(?i:speech)(?:[ \t]+[\w-]+){{0,8}}?[ \t]+by[ \t]+(?P<name5>(?:[A-Z][\w.'\u2019-]*[ \t]+){{0,6}}?{_NAME})"
    r"(?=[ \t]+(?:[a-z]|at\b|on\b|in\b)|[ \t]*[,(\n]|\Z)")
#: a transcript's head that says who speaks: "Foreign Minister Ana Ruiz addresses a high-level meeting ...", over
#: "The following is a transcription of his speech" (a report on an address says no such thing)
_ADDRESSES = re.compile(rf"(?P<name>(?:[A-Z][\w.'\u2019-]*[ \t]+){{0,6}}?{_NAME})[ \t]+(?:addresses|addressed|delivers|delivered)[ \t]+"
                        r"(?:an?|the|his|her)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:meeting|session|assembly|conference|summit|speech|address|"
                        r"remarks|statement|lecture|audience|forum|parliament|congress)\b")
_TRANSCRIBED = re.compile(r"(?i)\b(?:transcript|transcription|transcribed|(?:near[ \t-]+)?verbatim|full[ \t]+text|"
                          r"text[ \t]+of[ \t]+(?:his|her|the)[ \t]+(?:speech|address|remarks)|as[ \t]+delivered)\b")

#: (searched only where the head holds a word every match holds: see _prefilter.Guarded)
_BRIEFING_TITLE_SCAN = Guarded(_BRIEFING_TITLE)
#: a head line that is a name and its event, whole: "UN Secretary-General Antonio Guterres Press Conference"
_NAMED_EVENT = re.compile(rf"[ \t]*(?P<name>(?:[A-Z][\w.'\u2019-]*[ \t]+){{0,6}}?{_NAME})[ \t]+"
                          r"(?:(?:Joint|Virtual|Regular|Opening)[ \t]+)?(?:Press|News)[ \t]+(?:Conference|Briefing)[ \t]*")
#: a lecture's or speech's head: "The X Memorial Lecture 2023, delivered by Dr. A.K. Abdul Momen, MP"
_DELIVERED_BY = re.compile(rf"(?i:lecture|speech|address|remarks|statement|keynote)\b[^\n]{{0,80}}?(?i:delivered|given)[ \t]+by[ \t]+"
                           rf"(?:H\.[ \t]?E\.?[ \t]+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?(?P<name>{_NAME})")
#: a briefing's head ("Daily Press Briefing", "Regular Press Conference")
_BRIEFING_WORD = re.compile(r"(?i)\b(?:press|news|media|daily|regular|noon)[ \t]+(?:briefing|conference)\b")
#: the briefer's line under it: "Richard Boucher, Spokesman", "Ana Ruiz, Department Spokesperson"
_SPOKES_LINE = re.compile(rf"[ \t]*(?:{_TITLES}[ \t]+)?(?P<name>{_NAME}),[ \t]+(?:[A-Z][\w-]*[ \t]+){{0,3}}?"
                          r"(?:Spokesman|Spokesperson|Spokeswoman|Press[ \t]+Secretary"
                          # ... or the office holder alone on a line of his own: "Ban Ki-Moon, Former Secretary-General"
                          # (rule N9 of the 111th pass; a short line: no caption's sentence)
                          r"|(?P<office>Secretary-General|Secretary[ \t]+General|High[ \t]+Representative|Special[ \t]+Envoy"
                          r"|(?:Foreign[ \t]+|Prime[ \t]+)?Minister|President|Ambassador)(?=[ \t]*$))\b", re.M)


def briefing_speaker(t: str, units: Sequence[Unit]) -> list[str]:
    r"""The principal a press conference's or a briefing's title names in the first four units (lines joined).

    >>> from polisent.segment._units import Unit
    >>> t = "Press conference\nby NATO Secretary General Ana Ruiz following the meeting\nGood evening."
    >>> briefing_speaker(t, [Unit(0, 16, [0], 0, "plain", 0), Unit(17, 71, [1], 1, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "Transcript of Minister for Foreign Affairs Dr Ana Ruiz's Doorstop Interview with Reporters\nThank you."
    >>> briefing_speaker(t, [Unit(0, 90, [0], 0, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "Foreign Minister Ana Ruiz addresses a high-level meeting of the assembly.\nThe following is a transcription of his speech."
    >>> briefing_speaker(t, [Unit(0, 72, [0], 0, "plain", 0), Unit(73, 122, [1], 1, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "During the press briefing, UK Prime Minister Ana Ruiz answered questions about the talks.\nGood morning."
    >>> briefing_speaker(t, [Unit(0, 87, [0], 0, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "UN Secretary-General Ana Ruiz Press Conference\n25 Jun 2020\nWe mark tomorrow's anniversary."
    >>> briefing_speaker(t, [Unit(0, 46, [0], 0, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "The Nordic Memorial Lecture 2023, delivered by Dr. A.K. Ana Ruiz, MP\nI am honoured."
    >>> briefing_speaker(t, [Unit(0, 68, [0], 0, "plain", 0)])
    ['A.K. Ana Ruiz']
    >>> t = "Daily Press Briefing\nAna Ruiz, Spokesman\nWashington, DC"
    >>> briefing_speaker(t, [Unit(0, 20, [0], 0, "plain", 0), Unit(21, 40, [1], 1, "plain", 0)])
    ['Ana Ruiz']
    """
    # (a title of up to 60 words first: "Speech and answers to questions from the mass media by Foreign Minister X during
    # the joint press conference with ..., Washington, 9 August 2013")
    # (a title in capitals read in title case: "TRANSCRIPT OF MINISTER TEO CHEE HEAN'S WRAP-UP INTERVIEW WITH ...")
    head = " ".join(_display(x) if x.isupper() else x for k, u in enumerate(units[:4]) for x in [t[u.start:u.end].strip()]
                    if len(x.split()) <= (60 if k == 0 else 30))
    for m in _BRIEFING_TITLE_SCAN.finditer(head):  # (not "During Saturday" of "During Saturday's Press Briefing, ...")
        words = re.sub(r"['\u2019]s\Z", "", " ".join((m.group("name") or m.group("name2") or m.group("name3") or m.group("name4")
                                                     or m.group("name5")).split())).split()
        words = (_strip_office(words) or " ".join(words)).split()  # "Ana Ruiz" of "NATO Secretary General Ana Ruiz"
        last = max((k for k, w in enumerate(words[:-1]) if w.rstrip(".") in _HONORIFICS), default=-1)
        name = person_part(" ".join(words[last + 1:]))  # "Ana Ruiz" of "Foreign Affairs Dr Ana Ruiz"
        if name is not None and is_person_name(name) and not is_place(name):
            return [name]
    for u in units[:4]:
        m = _NAMED_EVENT.fullmatch(t, u.start, u.end) or _DELIVERED_BY.search(t, u.start, u.end)
        if m is not None and "\n" not in t[u.start:m.end()].strip():
            words = m.group("name").split()
            office = max((k for k, w in enumerate(words[:-2]) if any(p.lower() in _OFFICE_WORDS for p in w.split("-"))), default=-1)
            name = person_part(" ".join(words[office + 1:]))  # "Antonio Guterres" of "UN Secretary-General Antonio Guterres"
            if name is not None and is_person_name(name) and not is_place(name):
                return [name]
    if (briefer := briefer_line(t, units)):
        return briefer
    # (the note may stand in a long paragraph, which the head leaves out: "The speech text transcribed below is ...")
    if any(_TRANSCRIBED.search(t, u.start, u.end) for u in units[:4]):
        for m in _ADDRESSES.finditer(head):
            name = _strip_office(m.group("name").split()) or person_part(" ".join(m.group("name").split()))
            if name is not None and is_person_name(name) and not is_place(name):
                return [name]
    return []


#: the capitalised words that go on after a name's run was cut at its length (pass 122)
_MORE_CAPS = re.compile(r"(?:[ \t]+[A-Z][a-z][\w'\u2019-]*){1,2}")


def speech_speaker(t: str, units: Sequence[Unit]) -> list[str]:
    """The speaker a speech's one-line title names among the first three units.

    >>> from polisent.segment._units import Unit
    >>> t = "FM Ana Ruiz\u2019s remarks and answers to questions at the news conference\\nThe summit is over."
    >>> speech_speaker(t, [Unit(0, 70, [0], 0, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "Remarks by President Ana Ruiz at the summit\\nThank you."
    >>> speech_speaker(t, [Unit(0, 43, [0], 0, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "Transcript of Prime Minister Ana Ruiz speech at the Nordic Forum\\nThank you."
    >>> speech_speaker(t, [Unit(0, 64, [0], 0, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "Statement by the Minister of Foreign Affairs of the Republic of Nordland, H.E. Ana Ruiz, at the Assembly\\nThank you."
    >>> speech_speaker(t, [Unit(0, 95, [0], 0, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "Entretien de M. Jean-Yves Le Drian, ministre des affaires \u00e9trang\u00e8res, \u00e0 France 5\\nQ - Bonsoir."
    >>> speech_speaker(t, [Unit(0, 80, [0], 0, "plain", 0)])
    ['Jean-Yves Le Drian']
    >>> t = "Ukraine - Iran - Interview de Ana Ruiz, ministre de l\u2019Europe, \u00e0 LCI (Paris, 5 janvier 2023)\\nQ - Bonjour."
    >>> speech_speaker(t, [Unit(0, 91, [0], 0, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "Remarks by President Ruiz on the Summit\\nThank you. President Ana Ruiz was there."
    >>> speech_speaker(t, [Unit(0, 39, [0], 0, "plain", 0)])
    ['Ana Ruiz']
    """
    for u in units[:3]:
        line = t[u.start:u.end].strip()
        if "\n" in line or len(line.split()) > 45:
            continue
        m = _SPEECH_TITLE.match(t, u.start, u.end)
        if m is None and (lead := _EXCERPTS_FROM.match(t, u.start, u.end)) is not None:
            m = _SPEECH_TITLE.match(t, lead.end(), u.end)  # "Here are excerpts from President X's speech ..." (N10)
        if m is None:
            continue
        if m.group("sur"):
            return [_full_surname(t, m.group("sur"))]
        group = next(g for g in ("name", "name2", "name3", "name4", "name5", "name6") if m.group(g))
        run = m.group(group)
        if group == "name2" and len(run.split()) >= 4 and (more := _MORE_CAPS.match(t, m.end(group), u.end)) is not None:
            run += more.group()  # "Speech by NATO Secretary General Jens" + " Stoltenberg": the run stopped at four words
        name = person_part(" ".join(run.split()))
        if name is not None and is_person_name(name) and not is_place(name):
            return [name]
    return []


def late_speech_speaker(t: str) -> list[str]:
    """The speaker of the title forms :func:`speech_speaker` leaves out ("Keir Starmer Opening Press Conference Remarks
    ...", "Theresa May's Mansion House speech", "Text of news conference by Turkish Prime Minister X"), read where no
    other cue named the speaker (rule S1 of pass 114; :func:`polisent.segment._speech_titles.title_speaker`), a surname
    alone given the full name the text writes for it.

    >>> late_speech_speaker("President Ruiz's Full Speech\\nI thank you. We are here, and our work goes on. President Ana Ruiz")
    ['Ana Ruiz']
    """
    return [n if " " in n else _full_surname(t, n) for n in title_speaker(t)]


def _full_surname(t: str, sur: str) -> str:
    """The full name the text writes for the surname ``sur`` ("Peter O'Neill" for "O'Neill"), else the surname.

    >>> _full_surname("Remarks by President Biden. President Joe Biden spoke.", "Biden"), _full_surname("By Biden.", "Biden")
    ('Joe Biden', 'Biden')
    """
    for m in re.finditer(rf"\b((?:[A-Z][\w'\u2019.-]*[ \t]+){{1,2}}){re.escape(sur)}\b", t):
        words = (m.group(1) + sur).split()
        while words and words[0].rstrip(".") in _HONORIFICS | {"Hon", "HON", "Honourable", "Honorable"}:
            words = words[1:]  # "Hon. Peter O'Neill"
        name = person_part(" ".join(words))
        if name is not None and name.endswith(sur) and len(name.split()) >= 2 and is_person_name(name) and not is_place(name):
            return name
    return sur


#: an editor's note that says whose words the page transcribes: "The following is a near-verbatim transcript of today's noon
#: briefing by Ana Ruiz, Spokesperson for ...", "The following is a transcript of statements by Ana Ruiz, ..."
_TRANSCRIPT_NOTE = re.compile(r"(?i:the[ \t]+following[ \t]+is[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
                              r"(?:transcript|transcription|text)[ \t]+of[ \t]+)(?:[^.\n]{0,80}?[ \t])?(?i:by|from)[ \t]+"
                              rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})")


def transcript_note_speaker(t: str, units: Sequence[Unit]) -> list[str]:
    """The person an editor's note in the page's head (the first 16 units, within 3,000 characters) says the page
    transcribes.

    >>> t = "Noon Briefing\\nThe following is a near-verbatim transcript of today's noon briefing by Ana Ruiz, Spokesperson."
    >>> transcript_note_speaker(t, [Unit(0, 13, [0], 0, "plain", 0), Unit(14, 110, [1], 1, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "Following is a transcript of UN Secretary-General-designate Ana Ruiz\u2019 remarks at a press encounter:"
    >>> transcript_note_speaker(t, [Unit(0, len(t), [0], 0, "plain", 0)])
    ['Ana Ruiz']
    >>> t = "The following is a transcript of the debate from Parliament TV."
    >>> transcript_note_speaker(t, [Unit(0, 64, [0], 0, "plain", 0)])
    []
    """
    for u in units[:16]:
        if u.start >= 3000:
            break
        part = t[u.start:u.end]
        if "ollowing" not in part and "OLLOWING" not in part and "his is" not in part:  # (a literal first: most hold no note)
            continue
        for m in [*_TRANSCRIPT_NOTE.finditer(t, u.start, u.end), *_TRANSCRIPT_NOTE_OF.finditer(t, u.start, u.end)]:
            words = m.group("name").split()
            name = next((n for k in (3, 2) if len(words) >= k
                         and not any(p.lower() in _TITLE_WORDS for p in re.split(r"[-\u2010]", words[-k]))
                         for n in [person_part(" ".join(words[-k:]))] if n), None)
            name = name or person_part(" ".join(words))
            if name is not None and is_person_name(name) and not is_place(name):
                return [name]
    return []


#: ... or whose remarks it transcribes: "Following is a transcript of UN Secretary-General-designate Ana Ruiz' remarks at a
#: press encounter" (rule N7 of the 111th pass)
_TRANSCRIPT_NOTE_OF = re.compile(r"(?i:(?:(?:the[ \t]+)?following|this)[ \t]+is[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
                                 r"(?:transcript|transcription|text|translation)[ \t]+of[ \t]+)"
                                 rf"(?P<name>(?:[A-Z][\w.-]*[ \t]+){{0,4}}{_NAME})['\u2019]s?[ \t]+"
                                 r"(?i:remarks|statement|speech|address|briefing|press|opening|comments|intervention|interview)\b")


def briefer_line(t: str, units: Sequence[Unit]) -> list[str]:
    r"""The briefer a briefing's head names on a line of its own, name and job ("Daily Press Briefing" / "Ana Ruiz,
    Spokesman" / "Washington, DC"), in the first eight units.

    >>> t = "Daily Press Briefing\nAna Ruiz, Spokesman\nWashington, DC"
    >>> briefer_line(t, [Unit(0, 20, [0], 0, "plain", 0), Unit(21, 55, [1], 1, "plain", 0)])
    ['Ana Ruiz']
    >>> briefer_line("Ana Ruiz, Spokesman\nThe talks resume.", [Unit(0, 19, [0], 0, "plain", 0)])
    []
    """
    head = units[:8]
    if not head:
        return []
    low = t[head[0].start:min(head[-1].end, head[0].start + 4000)].lower()
    if ("briefing" not in low and "conference" not in low) or not any(_BRIEFING_WORD.search(t, u.start, u.end) for u in head):
        return []  # (a literal first: most pages name no briefing)
    for u in head:
        m = _SPOKES_LINE.match(t, u.start, u.end)
        if m is not None and m.group("office") and len(t[u.start:u.end].split()) > 8:
            m = None  # (an office line is short)
        if m is not None and (name := person_part(" ".join(m.group("name").split()))) is not None \
                and is_person_name(name) and not is_place(name):
            return [name]
    return []
