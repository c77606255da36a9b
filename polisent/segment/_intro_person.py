"""The interviewee an interview's standfirst names when no cue does (:func:`intro_person`): the one
person it names, not an office holder nor a newsmaker, or the one it gives a job or opens with.
Split out of :mod:`polisent.segment._principal`."""

from __future__ import annotations

import re
from functools import lru_cache

from polisent.segment._name_cues import (
    _BY_BEFORE, _HOST_SELF, _OFFICE, _OFFICE_START, _OFFICES, _WRITER_IS, _next_line, outlet_journalist_asks,
)
from polisent.segment._person_names import _CONTRACTION, _ORG_AFTER, _SELF_BEFORE, is_person_name, person_part, state_capitals
from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._prefilter import Guarded
from polisent.segment._labels import _NAME
from polisent.segment._principal import _NAME_AT, Principal, is_place
from polisent.segment._principal_cues import HEAD_CHARS, _clean, _extra, outlet_asks
from polisent.segment._units import Unit

__all__ = ["editor_intros", "intro_person"]


#: a newsmaker's act right after a name ("Donald Trump announced that ..."): the topic, not the guest
_NEWSMAKER_ACT = re.compile(r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:announced|declared|ordered|signed|threatened|vowed|pledged|"
                            r"imposed|launched|invaded|visited|demanded|decreed|proclaimed|sanctioned|fired|appointed)\b")


#: the words between a name and the job that describes it ("Name, former foreign ", "Name, the Kremlin's chief ")
_APPOSED = (r",[ \t]+(?-i:(?:the|a|an|then|former|now|currently|[A-Z][\w'\u2019.-]*|[a-z]+(?:ian|an|ese|ish|i)|chief|senior|deputy|"
            r"foreign|defen[cs]e|political|interior|finance|trade)[ \t]+){0,4}?")


#: a name glued to the job after it where a page's markup was stripped ("GuevaraPresident of ...")
_GLUED_JOB = re.compile(rf"[a-z](?=(?:{_OFFICES}|Professor|Director|Chairman|Chairwoman|Leader|Head|Senator|Ambassador|"
                        r"Governor|Former|Founder|Editor|Researcher|Analyst)\b)")


#: a quotation's attribution right before a name ('..." lamented Chris Skaluba, a former official')
_ATTRIBUTED = re.compile(r"(?i)[\"\u201c\u201d]|\b(?:says|said|told|according\s+to|\w+ed)[ \t]*(?:\w+[ \t]+)?\Z")


#: a standfirst's "X tells Y about ...": X answers, Y (the journalist, often in capitals) asks
_TELLS = re.compile(rf",?[ \t]+(?:tells|told|speaks[ \t]+to|spoke[ \t]+to|talks[ \t]+to|talked[ \t]+to)[ \t]+(?P<asker>{_NAME})"
                    r"[ \t]+(?:about|why|how|what|whether|that|on|in)\b")


#: the outlet after a photographer's name in a credit: "(Andrew Harrer/Bloomberg)", "(Ana Ruiz / Reuters)"
_SLASH_CREDIT = re.compile(r"[ \t]*/[ \t]*[A-Z][\w.&' -]{1,40}\)")
#: a photo's credit right before a name on its line: "UN Photo/", "Photo: ", "Photo by ", "Image courtesy of "
_CREDIT_LEAD = re.compile(r"(?i:\b(?:photo(?:graph)?s?|foto|fot|image|picture|credit|courtesy)\b)[^\n.]{0,24}?(?:/|:|\bby|\bof)[ \t]*\Z")


@lru_cache(maxsize=4)
def _appositive_job(job: str) -> re.Pattern[str]:
    return re.compile(_APPOSED + job, re.IGNORECASE)


#: a news agency's dateline opening the standfirst's first line ("TEHRAN \u2013 ", "MOSCOW, May 2 (TASS) - ")
_DATELINE = re.compile(r"[A-Z]{3,}(?:[ \t][A-Z]{2,}){0,2}(?:,[^\n\u2013\u2014]{1,30}?)?[ \t]*(?:\u2013|\u2014|--?)[ \t]*")


#: month names, and the day after one (a dateline: "... Al Jazeera May 3, 2023")
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_DAY_AFTER = re.compile(r"[ \t]+\d{1,2}\b")


#: "..., X, interviewed ...": the one who asks
_INTERVIEWED = re.compile(r",?[ \t]+(?:has[ \t]+|had[ \t]+)?interviewed[ \t]+(?=\S)")


def intro_person(t: str, end: int) -> Principal | None:
    """The one person an interview's standfirst (``t[:end]``, before the first question) names, not
    after an office ("President X" is more often the topic) nor doing a newsmaker's act ("Donald
    Trump announced that ..."), as the interviewee; None when it names none or several.

    >>> intro_person("Professor of Politics at Uppsala University, Asha Rao has long criticised the "
    ...              "government. Here are excerpts from the interview:", 95)
    Principal(name='Asha Rao', kind='interview', score=2.0)
    >>> intro_person("Mesias GuevaraPresident of the party, says the way out is the resignation of Dina "
    ...              "Boluarte. What solution is there?", 90).name
    'Mesias Guevara'
    >>> intro_person("Recently, Donald Trump announced a deal. Is there any chance for success?", 40) is None
    True
    >>> intro_person("By Omar Haddad\\n\\nTEHRAN \u2013 Richard Nolan, a former envoy, says North Korea and South Korea will "
    ...              "talk. Nolan adds it is a start.\\nWhat led to it?", 120).name
    'Richard Nolan'
    >>> intro_person("The spokesman of the Unity Party, Tunde Bello, tells AMAKA OBI about the election and "
    ...              "his party's plan\\n\\nIs your party confident?", 100).name
    'Tunde Bello'
    >>> intro_person("UN Photo/Tom Weiss\\n\\nThe talks go on, the minister says. Why?", 50) is None
    True
    >>> intro_person("Ana Ruiz (Lima, 60) looks relaxed. She blames Juan Soto for the crisis; Ruiz says it is "
    ...              "over.\\nWhy did it happen?", 94).name
    'Ana Ruiz'
    """
    found: dict[str, str] = {}
    opener: str | None = None  # the name that opens a paragraph of the standfirst as its subject
    opener_dated = False  # ... right after a news agency's dateline ("TEHRAN \u2013 Richard Nephew, who ...")
    holders: set[str] = set()  # words of office holders' names ("Prime Minister Takaichi" ... "Takaichi Sanae")
    described: set[str] = set()  # names that a job follows ("Ana Ruiz, foreign minister under ...")
    asker_end: int | None = None  # where an outlet's journalist's name ends ("The Gazette's Ina Voss interviewed ...")
    asked: set[str] = set()  # surnames of the names right after him: the ones he asks
    job = _extra()[2].pattern
    held_names: dict[str, str] = {}  # the office holders' names, by surname ("Former Prime Minister Shinzo Abe")
    tellers: set[str] = set()  # "X tells Y about ...": X
    askers: set[int] = set()  # ... and where Y starts
    asked_in = -1  # where the sentence of an "X interviewed ..." ends
    for m in _NAME_AT.finditer(t, 0, min(end, HEAD_CHARS)):
        raw = m.group("name")
        if m.start("name") in askers:
            continue
        glued = _GLUED_JOB.search(raw)  # "Mesias GuevaraPresident of Accion Popular": the markup between went
        if glued is not None:
            raw = raw[:glued.start() + 1]
        if _OFFICE_START.search(raw) or _OFFICE.search(t, max(0, m.start() - 30), m.start()):
            holders.update(w.lower() for w in raw.split()[-2:])  # "US President Donald Trump" too
            more = _NEXT_CAP.match(t, m.end())  # ("Former Prime Minister Shinzo" + " Abe": the run stops at four words)
            whole = raw + (more.group() if more else "")
            held = _clean(whole)
            offices = list(_OFFICE_START.finditer(whole))
            if held is None and offices:  # "Former Chilean President Ana" + " Ruiz": the words after the office
                after = whole[offices[-1].end():].split()
                held = " ".join(after) if 2 <= len(after) <= 3 and is_person_name(" ".join(after)) else None
            if held is not None and " " in held:
                held_names.setdefault(held.split()[-1], held)
            continue
        if _CONTRACTION.fullmatch(raw.split()[0]) or _SELF_BEFORE.search(t, max(0, m.start() - 14), m.start()):
            continue  # "From the Times, I'm X": the host introduces himself
        if raw.split()[-1].lower() in _MONTHS and _DAY_AFTER.match(t, m.end("name")):
            continue  # a dateline's run, its month before the day: "Inside Story Al Jazeera May 3, 2023" (pass 120)
        iv = _INTERVIEWED.match(t, m.end("name")) if " " in raw else None
        if outlet_journalist_asks(t, m.start("name"), raw) or iv is not None:  # "... with <outlet>'s X", "<outlet>'s X interviewed Y"
            asker_end = m.end()  # the one he asks follows: another name the standfirst gives is someone else
            # ("..., Tom Bell, interviewed the new chair of the Commission, former foreign minister Ana Ruiz, about ...": the
            # first name later in the sentence is the one he asked; pass 121)
            asked_in = t.find(".", iv.end()) if iv is not None else asked_in
            continue
        if _ORG_AFTER.match(t, m.end()) or t.startswith(("The ", "the "), max(0, m.start() - 4)) \
                or outlet_asks(t, m.start("name"), m.end("name")):  # "In an interview with <outlet>, ..."
            continue  # "the Social Convergence party": an organisation's name; "The Indo-Pacific Push": a title
        if " " not in raw or _BY_BEFORE.search(t, max(0, m.start() - 12), m.start()) or raw.split()[0].lower() == "by" \
                or _NEWSMAKER_ACT.match(t, m.end()) or any(w.lower() in holders for w in raw.split()):
            continue  # an office holder, the byline's writer ("By Irene Marsh") or the news's maker
        if (t.startswith("(", m.start("name") - 1) and _SLASH_CREDIT.match(t, m.end())) \
                or (t.startswith("/", m.start("name") - 1) and t.startswith(")", m.end())):
            continue  # "(Andrew Harrer/Bloomberg)": a photo's credit under its caption, its photographer and outlet
        if _CREDIT_LEAD.search(t, max(0, m.start("name") - 40), m.start("name")):
            continue  # "UN Photo/Eskinder Debebe", "Photo: Ana Ruiz": the photographer
        if _WRITER_IS.match(t, _next_line(t, m.end())):
            continue  # "Liu Mei" over "The author is head of ...": the writer, who asks in an interview
        name = _clean(raw)
        if name is not None and name.split()[0].lower() in state_capitals():
            continue  # "the 2020 Tokyo Olympics": an event named after a capital, no person (rule O3 of the 111th pass)
        if name is not None and is_person_name(name):
            found.setdefault(name.split()[-1].lower(), name)
            if (told := _TELLS.match(t, m.end())) is not None and name == raw:
                tellers.add(name)
                askers.add(told.start("asker"))
            if asker_end is not None and (m.start("name") - asker_end <= 40 or (asked_in > m.start("name") and not asked)):
                asked.add(name.split()[-1].lower())
            if glued is not None or _appositive_job(job).match(t, m.end(), min(end, m.end() + 80)) \
                    and not _ATTRIBUTED.search(t, max(0, m.start() - 40), m.start()):  # not a quoted expert's
                described.add(name)
            line_end = t.find("\n", m.end(), end)
            line_start = t.rfind("\n", 0, m.start("name")) + 1
            dated = _DATELINE.fullmatch(t, line_start, m.start("name")) is not None
            if opener is None and (m.start("name") == line_start or dated) and name == raw \
                    and (line_end < 0 or line_end - m.end() >= 40):
                opener, opener_dated = name, dated
    if len(tellers) == 1:  # "..., Ladipo Johnson, tells AYOOLA OLASUPO about the party's chances"
        return Principal(next(iter(tellers)), "interview", 2.0)
    if held_names:
        # an office holder (a caption's "Former Prime Minister Shinzo Abe") whom the standfirst has sit down for the
        # interview by his surname ("... Abe sat down for an exclusive interview with three reporters", "Yukio Hatoyama,
        # second from left, conducts an exclusive interview with ..."; rule O2 of the 111th pass): the one person
        # interviewed, though an office names him
        head = t[:min(end, HEAD_CHARS)]
        sat = {n for sur, n in held_names.items()
               if re.search(rf"\b{re.escape(sur)}{_SAT_FOR_INTERVIEW}", head)
               # ... or a standfirst line "Foreign Minister Frank-Walter Steinmeier on unity within the Government ..."
               or re.search(rf"(?m)^[^\n.]{{0,60}}\b{re.escape(n)}[ \t]+on[ \t]+[a-z]", head)
               # ... or whom the outlet sat down with or interviewed, under his office ("Euractiv sat down with Indian External
               # Affairs Minister S. Jaishankar during his visit ...", "..., Tom Bell, interviewed the new chair of the
               # Commission, former foreign minister Jean Ping, about ..."; no office holder of the text does so; pass 121;
               # or pressed, quizzed or grilled: "X from the Baltic News Service presses Foreign Minister Y on ...", pass 122)
               or any(not any(re.search(rf"\b{re.escape(o)}\b", head[max(0, w.start() - 60):w.start()]) for o in held_names)
                      for w in re.finditer(rf"\b(?:(?:sat|sits)[ \t]+down[ \t]+with|interviewed|press(?:es|ed)|quizz(?:es|ed)|grill(?:s|ed))[ \t]+(?:(?!{re.escape(n)})[^.!?\n]){{0,160}}?"
                                           rf"(?<![\w'\u2019-]){re.escape(n)}\b", head))}
        if not sat:
            # ... or who talks to the outlet in a sentence of the standfirst on the interview ("In an exclusive interview
            # with CNA's X, Timor-Leste President Y says ...", "..., Foreign Minister Y tells Euronews in an exclusive
            # interview", "..., says Foreign Minister Y. In an interview to The Hindu, she spoke ..."; rule O5 of pass 117)
            sat = {n for sur, n in held_names.items() if _talks_in_interview(head, n, sur, set(found))}
        if len(sat) == 1:
            return Principal(sat.pop(), "interview", 2.0)
    if held_names and not found and len(set(held_names.values())) == 1 \
            and (_SPEAKS_FOR_STATE.search(t, end, min(len(t), end + 3000)) is not None
                 or _YOUR_ACT.search(t, end, min(len(t), end + 400)) is not None):
        # the one person the standfirst names is an office holder, and the answers speak for a government ("Kyrgyz
        # President X will pay his first state visit ..." / "... Our country is ready ...", "my government") or the first
        # question asks about the guest's own acts ("Was your visit to Lithuania approved ...?"): the interviewee,
        # though an office names him (rule O4 of pass 116)
        return Principal(next(iter(held_names.values())), "interview", 2.0)
    if len(found) == 1 and (asker_end is None or set(found) <= asked):
        only = next(iter(found.values()))
        return None if is_place(only) else Principal(only, "interview", 2.0)  # (a place: "... journalists in New Delhi")
    if len(described) == 1:
        # a photo caption or standfirst that gives one of them a job ("María Ruiz, Foreign Minister of
        # Colombia during the government of Juan Soto. Photo: AP"): the interviewee, not the others
        return Principal(next(iter(described)), "interview", 2.0)
    if opener is not None:
        # "Luis Arce (La Paz, 60 years old) does not seem like a president who ... Arce says that ...":
        # the person the standfirst opens with and comes back to by surname, among others it names
        surname = opener.split()[-1]
        if opener_dated:
            return Principal(opener, "interview", 2.0)  # the dated standfirst's subject: whom it interviews
        if len(re.findall(rf"(?<![\w'\u2019-])(?<!{re.escape(opener.split()[0])} ){re.escape(surname)}\b", t[:end])) >= 1:
            return Principal(opener, "interview", 2.0)
    return None


#: answers that speak for a government or a state: "my government", "our country", "as Prime Minister"
_SPEAKS_FOR_STATE = re.compile(r"\b(?:[Mm]y|[Oo]ur)[ \t]+(?:government|administration|country|nation|ministry|presidency|cabinet)\b"
                               r"|\b[Aa]s[ \t]+(?:the[ \t]+)?(?:[Pp]resident|[Pp]rime[ \t]+[Mm]inister|[Ff]oreign[ \t]+[Mm]inister|[Hh]ead[ \t]+of[ \t]+[Ss]tate)\b")
#: a question about the guest's own acts or office: "your visit", "your government", "your election", "did you meet"
_YOUR_ACT = re.compile(r"(?i)\byour[ \t]+(?:visit|trip|government|administration|presidency|election|campaign|decision|policy|"
                       r"policies|ministry|party|country|talks|meeting|first[ \t]+(?:year|months?|visit|trip))\b|"
                       r"\b(?:did|will|have|would)[ \t]+you[ \t]+(?:meet|visit|discuss|raise|sign|travel|ask|tell)\b")
#: a verb of talk right after an office holder's name (or its apposition): "Y says", "Y, 60, told", "Y offered an ..."
_TALK_AFTER = (r"(?:,[^,.\n]{1,60},)?[ \t]+(?:has[ \t]+)?(?:says|said|tells|told|expressed|explains|explained|speaks|spoke|talks|talked"
               r"|discusses|discussed|shares|shared|offered|offers|answered|answers)\b")
#: the talk the standfirst announces: an interview, its excerpts, a talk to an outlet ("tells Euronews", "spoke to CNN")
_INTERVIEW_WORD = re.compile(r"(?i)\binterview|\bconversation[ \t]+with\b|\bexcerpts\b|\b(?:tells|told|spoke[ \t]+(?:to|with)|speaks[ \t]+(?:to|with)|talks[ \t]+(?:to|with)"
                             r"|talked[ \t]+(?:to|with))[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+)?[A-Z][\w'\u2019-]*\b")
#: an office, not a name, gives the interview: "the Head of Kyrgyzstan gave an interview to ...", "the President granted an
#: exclusive interview" (the one office holder the standfirst names; rule O5 of pass 117)
_OFFICE_GAVE = re.compile(r"\b[Tt]he[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){0,2}(?:Head|President|Prime[ \t]+Minister|Minister|Chancellor|Premier|"
                          r"Secretary|Ambassador|King|Emir|Amir)\b[^.!?\n]{0,40}?[ \t](?:gave|has[ \t]+given|granted|has[ \t]+granted|offered)"
                          r"[ \t]+(?:an?[ \t]+)?(?:exclusive[ \t]+|rare[ \t]+|special[ \t]+)?interview\b")
#: a sentence whose subject is "he" or "she", talking: "He assessed ...", "She spoke ..."
_HE_TALKS = re.compile(r"[ \t]*(?:He|She)[ \t]+(?:\w+ly[ \t]+)?(?:assessed|discussed|spoke|talked|explained|reflected|shared|gave|"
                       r"answered|told|says|said|talks|speaks|discusses|explains|reflects|shares|gives|answers|tells)\b")
#: (an initial's stop ends no sentence: "Minister S. Jaishankar"; pass 121)
_HEAD_SENTENCE = re.compile(r"(?:(?<![\w.])[A-Z]\.(?=[ \t]+[A-Z])|[^.!?\n])+(?:[.!?]+|$)", re.MULTILINE)


def _talks_in_interview(head: str, name: str, surname: str, others: set[str]) -> bool:
    """Whether the office holder ``name`` talks in a standfirst's sentence on the interview: his name (or surname)
    before a verb of talk, or after "says", or after "interview with", where the sentence (or, after "says", the next)
    announces the interview and names no other person the standfirst gives; or "he"/"she" talks in the next sentence
    after one he opens; or an office gives the interview ("the Head of Kyrgyzstan gave an interview", for the one office
    holder named).

    >>> _talks_in_interview("In an exclusive interview with CNA, Timor-Leste President Ana Ruiz says the country is ready.",
    ...                     "Ana Ruiz", "Ruiz", set())
    True
    >>> _talks_in_interview("President Ana Ruiz said the talks failed. We asked Omar Haddad about it in an interview.",
    ...                     "Ana Ruiz", "Ruiz", {"haddad"})
    False
    >>> _talks_in_interview("Kyrgyz President Ana Ruiz will visit Peru. On the eve of the trip the Head of Kyrgyzstan gave "
    ...                     "an interview to the Ledger.", "Ana Ruiz", "Ruiz", set())
    True
    >>> _talks_in_interview("Foreign Minister Ana Ruiz ended a trip to Peru. She assessed it in a conversation with The "
    ...                     "Ledger's correspondent, Tom Bell.", "Ana Ruiz", "Ruiz", set())
    True
    """
    sentences = [m.group() for m in _HEAD_SENTENCE.finditer(head)]
    sur, full = re.escape(surname), re.escape(name)

    def names_another(x: str) -> bool:
        return any(re.search(rf"\b{re.escape(o)}\b", x, re.IGNORECASE) for o in others)

    for i, s in enumerate(sentences):
        if _OFFICE_GAVE.search(s) and not names_another(s):
            return True  # "Kyrgyz President Y will pay a visit ... . On the eve of the trip the Head of Kyrgyzstan gave an interview"
        if not re.search(rf"\b{sur}\b", s) or names_another(s):
            continue
        announced = _INTERVIEW_WORD.search(s) is not None
        if announced and (re.search(rf"\b{sur}{_TALK_AFTER}", s) or re.search(rf"(?i:\binterview[ \t]+(?:with|by|of|to))[ \t]+(?:[\w'\u2019.-]+[ \t]+){{0,5}}?{full}\b", s)):
            return True
        nxt = sentences[i + 1] if i + 1 < len(sentences) else ""
        if re.search(rf"\b(?:says|said)[ \t]+(?:[\w'\u2019.-]+[ \t]+){{0,5}}?{full}\b", s) \
                and (announced or _INTERVIEW_WORD.search(nxt) is not None):
            return True
        if re.match(rf"[ \t]*(?:[\w'\u2019.-]+[ \t]+){{0,4}}?{full}\b", s) and _HE_TALKS.match(nxt) and _INTERVIEW_WORD.search(nxt) \
                and not names_another(nxt):
            return True  # "Foreign Minister Y concluded a trip ... . He assessed it in a conversation with <outlet>'s X."
    return False


_NEXT_CAP = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]+(?![\w'\u2019-])){1,2}")
#: the interviewee's act after his surname: "sat down for an exclusive interview", "gave an interview", "granted ..."
_SAT_FOR_INTERVIEW = (r"(?:,[^,.\n]{1,40},)?[ \t]+(?:sat[ \t]+down[ \t]+(?:for|with)|sits[ \t]+down[ \t]+(?:for|with)|gave|gives|granted|grants"
                      r"|conducts|conducted|held|in)[ \t]+(?:[\w-]+[ \t]+){0,3}?interview\b")


#: a sentence end (or a colon handing over to the talk) at the end of a unit, and one inside it
_ENDS_SENTENCE = re.compile(r"[a-z\u00df-\u00ff)\]\"'\u201d\u2019][.?!\u2026:][\"'\u201d\u2019)\]*_]*[ \t]*\Z")
_SENTENCE_END_IN = re.compile(r"[a-z\u00df-\u00ff)\]\"'\u201d\u2019][.?!\u2026][\"'\u201d\u2019)\]]*\s")


#: the editor's note on the page itself, not an introduction to the talk ("This interview took place in
#: Rio ...", "Transcripts are machine generated", "It has been edited for clarity and length", a
#: podcast's production credits and advertisements)
_PAGE_NOTE = re.compile(
    r"(?i)\b(?:transcripts?|transcri(?:ption|bed|bing)|captioning|subtitling|edited\s+(?:for|in\s+parts|and\s+condensed)|condensed|for\s+(?:clarity|length|brevity)"
    r"|original\s+(?:text|article|language|version)|full\s+text|final\s+form|typographical|machine[- ]generated"
    r"|artificial\s+intelligence|(?:interview|conversation|story|article|discussion)\s+(?:took\s+place|was\s+(?:conducted|recorded|held|"
    r"translated|edited|based)|is\s+based)|(?:podcast|episode|show|programme|program)s?\s+(?:is|are|was|were)\s+(?:hosted|produced|"
    r"published|made)|produced\s+by|wherever\s+you\s+get\s+your|(?:listen|watch)\s+to\s+the\s+(?:full|whole|entire)"
    r"|recording\s+is\s+available|subscribe|sponsored|advertis)")
_SENTENCE = re.compile(r"[^.?!\u2026]+(?:[.?!\u2026]+[\"'\u201d\u2019)\]]*|\Z)")


#: "I'm Jessica Genauer", "I am Dana Lewis": a name given in the first person (capitals as written)
_I_AM_NAMED = re.compile(r"\b(?:I['\u2019]m|I\s+am)\s+[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+")


#: a speaker label or a dateline in capitals opening an introduction ("MARY LOUISE KELLY, HOST:", "MODERATOR:")
_LEAD_LABEL = re.compile(r"[ \t]*[A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+){0,4}(?:,[ \t]*[A-Z][A-Z]+(?:[ \t]+[A-Z][A-Z]+){0,2})?:[ \t\n]+")


#: a page that carries an office holder's own talk: "Press conference by ...", "Transcript of the Secretary-General's
#: remarks at ... Stakeout", "Doorstop interview", "Press availability"
_STATEMENT_PAGE = re.compile(r"(?i)\b(?:press[ \t]+(?:conference|briefing|stakeout|availability|point)|stakeout|doorstop|"
                             r"(?:opening|introductory)[ \t]+(?:remarks|statement)|remarks[ \t]+(?:by|at|to)|transcript[ \t]+of[ \t]+[^\n]{0,60}remarks)\b")
#: (these searched only where the text holds a word every match holds: see _prefilter.Guarded)
_STATEMENT_PAGE_SCAN, _HOST_SELF_SCAN = Guarded(_STATEMENT_PAGE), Guarded(_HOST_SELF)
#: the speaker's own "I" (not a quoted one inside a report)
_FIRST_PERSON_I = re.compile(r"(?:^|[ \t(])I(?:['\u2019](?:ve|m|ll|d))?[ \t]")


def _statement_speaker(t: str, units: list[Unit]) -> str | None:
    """The one person the headings over a statement name: "Ana Ruiz, Secretary-General" alone on its line, or
    "by Secretary General Ana Ruiz following the meeting with ..." (the first such heading).

    >>> from polisent.segment._units import Unit
    >>> t = "Remarks at the stakeout\\nAna Ruiz, Secretary-General\\nToday I briefed the Council."
    >>> us = [Unit(0, 23, [0], 0, "plain", 0, kind=SegmentKind.HEADING), Unit(24, 51, [1], 1, "plain", 24, kind=SegmentKind.HEADING)]
    >>> _statement_speaker(t, us)
    'Ana Ruiz'
    """
    for u in units:
        line = t[u.content_start:u.end].strip()
        if u.kind is SegmentKind.HEADING and len(line.split()) <= 25 and _FIRST_PERSON_I.search(line) is None:
            m = _NAME_OFFICE_LINE.fullmatch(line) or _BY_OFFICE.search(line)
            name = person_part(" ".join(m.group("name").split())) if m is not None else None
            if name is not None and " " in name and is_person_name(name):
                return name
        elif u.kind is not SegmentKind.CLUTTER:
            break  # the statement (or other talk) begins: no name above it
    return None


#: "Ana Ruiz, Secretary-General" alone on a line; "... by NATO Secretary General Ana Ruiz following ..."
_NAME_OFFICE_LINE = re.compile(r"(?P<name>[A-Z\u00C0-\u024F][\w'\u2019.-]+(?:[ \t]+[A-Z\u00C0-\u024F][\w'\u2019.-]+){1,3}),[ \t]+[A-Z][^.!?\n]{2,60}")
_BY_OFFICE = re.compile(r"\bby[ \t]+(?P<name>(?:[A-Z][\w'\u2019.-]*[ \t]+){0,5}[A-Z][\w'\u2019.-]+)(?=[ \t]+(?:following|after|at|on|in|with)\b|[ \t]*[,.:]|[ \t]*$)")


def editor_intros(t: str, units: list[Unit]) -> None:
    """The editor's standfirst, a video page's description over its transcript and a round-up's
    introduction (units the roles left a heading as ``intro``): claims of the editor when they are
    prose (six words or more ending a sentence, or twelve with a sentence inside), apart from every speaker's view;
    not a note on the page itself, every sentence of which talks of the transcript, its editing or
    its production.

    >>> from polisent.segment._units import Unit
    >>> t = "Talks on the harbour\\nThe lenders walked out of the talks. We spoke to Omar Haddad."
    >>> us = [Unit(0, 20, [0], 0, "plain", 0, kind=SegmentKind.HEADING, intro=True),
    ...       Unit(21, len(t), [1], 1, "plain", 21, kind=SegmentKind.HEADING, intro=True)]
    >>> editor_intros(t, us); [(u.kind.value, u.role.value) for u in us]
    [('heading', 'unknown'), ('intro', 'editor')]
    >>> t = "This interview has been edited for clarity and length."
    >>> us = [Unit(0, len(t), [0], 0, "plain", 0, kind=SegmentKind.HEADING, intro=True)]
    >>> editor_intros(t, us); us[0].kind.value
    'heading'
    """
    intro = [u for u in units if u.intro and u.kind is SegmentKind.HEADING and u.form == "plain"]
    # a podcast's spoken opening, not the page's: the host welcomes to the show under his own name
    # ("Welcome to the War in Ukraine podcast." / "I'm Jessica Genauer, a senior lecturer ..."): his talk
    welcomes = [_HOST_SELF_SCAN.search(t, u.content_start, u.end) is not None for u in intro]
    named = [_I_AM_NAMED.search(t, u.content_start, u.end) is not None for u in intro]
    if any(welcomes) and any(named):
        first = next(i for i, (w, n) in enumerate(zip(welcomes, named)) if w or n)
        for u in intro[first:]:
            u.kind, u.role, u.speaker, u.claim_role, u.intro = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER, None, None, False
    # a press conference's or a briefing's transcript: the first-person talk before the first question is the
    # principal's opening statement ("Today I had the opportunity to brief the Council ..."), not an introduction
    principal_name = None
    if _STATEMENT_PAGE_SCAN.search(t, 0, min(len(t), 600)) is not None:
        named = {u.speaker for u in units if u.kind is SegmentKind.ANSWER and u.role is SpeakerRole.INTERVIEWEE and u.speaker}
        principal_name = next(iter(named)) if len(named) == 1 else _statement_speaker(t, units)
    opened = False  # the statement has begun: the rest of the talk before the first question is the principal's
    for u in units:
        if not u.intro or u.kind is not SegmentKind.HEADING or u.form != "plain":
            continue
        if principal_name is not None and (opened or _FIRST_PERSON_I.search(t, u.content_start, u.end)):
            u.kind, u.role, u.speaker, u.intro, opened = SegmentKind.ANSWER, SpeakerRole.INTERVIEWEE, principal_name, False, True
            continue
        words = len(t[u.content_start:u.end].split())
        if words < 6 or (_ENDS_SENTENCE.search(t, u.content_start, u.end) is None
                         and (words < 12 or _SENTENCE_END_IN.search(t, u.content_start, u.end) is None)):
            continue  # a headline, a name line: no sentence
        sentences = [m for m in _SENTENCE.finditer(t, u.content_start, u.end) if m.group().strip()]
        if sentences and all(_PAGE_NOTE.search(m.group()) for m in sentences):
            continue  # the editor's note on the transcript ("It has been edited for clarity."): no claim
        u.kind, u.role, u.speaker, u.claim_role = SegmentKind.INTRO, SpeakerRole.EDITOR, None, None
        lead = _LEAD_LABEL.match(t, u.content_start, u.end)
        if lead is not None and lead.end() < u.end:  # "MARY KELLY, HOST:", "MODERATOR:", "MUMBAI:": no part of the claims
            u.content_start = lead.end()
