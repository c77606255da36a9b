"""Who speaks: the interviewer among the turn labels, and the interviewee or author named by the
standfirst, the bio, the byline or an author line."""

from __future__ import annotations

import re
from itertools import islice

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._bylines import (
    _ABOUT_NAME,
    _AUTHOR_BOX,
    _AUTHOR_AFTER_DATE,
    _AUTHOR_DATED,
    _AUTHOR_CAPS,
    _AUTHOR_FOLLOW,
    _AUTHOR_JOB,
    _AUTHOR_LEAD,
    _AUTHOR_LINE,
    _AUTHOR_MAIL,
    _AUTHOR_SITE,
    _AUTHORS_LINE,
    _BIO,
    _DESK_BYLINE,
    _FLOOR,
    _GLUED_BYLINE,
    _GUEST_RX,
    _HON,
    _NAME_WRITES,
    _OUTLET_BYLINE,
    _TELLS_OUTLET,
    _WRITES,
    _WRITES_JOB,
    _WRITES_MID,
    _author_job,
    _co_authors,
    with_co_authors,
    byline_view,
    caps_authors,
    case_glued_authors,
    _full_name,
    labelled_authors,
    first_person,
    credit_writer,
    says_writer,
    honorific_name,
    top_bio_writer,
)
from polisent.segment._guest_cues import (
    _NAME_GOES_ON,
    _OUTLET_THEN_GUEST,
    _guest_names,
    conversation_subject,
    _past_honorific,
    _person_in_run,
    _said_in_interview,
    _spoke_to_outlet,
    _untitled,
)
from polisent.segment._hosts import _spoken_by
from polisent.segment._labels import (
    _NAME,
    _ROLE_LABELS,
    _TITLES,
    _display,
    narrated,
)
from polisent.segment._name_cues import _TO_JOURNALIST, OUTLET_AFTER, office_holder_spoke, outlet_journalist_asks, spoke_to_journalist
from polisent.segment._name_forms import without_postnominals
from polisent.segment._person_names import _FUNCTION_WORDS, _SELF_BEFORE, FURNITURE, NOT_NAME_PART, SENTENCE_OPENERS, WIDGET_VERBS, has_page_word, is_outlet
from polisent.segment._press_names import document_press
from polisent.segment._prefilter import Guarded, every_start, iter_starts
from polisent.segment._principal import _OWN_MEETING, SpeakerCues, is_person_name, is_place, journalists_outlet, page_spelling, person_part
from polisent.segment._author_lines import head_by_writer, repost_writer, runon_head_writer
from polisent.segment._principal_cues import outlet_asks
from polisent.segment._roundup import _inline_quotes, _introduced_quotes, _section_speakers
from polisent.segment._speaker_model import SpeakerModel
from polisent.segment._speaker_names import (  # noqa: F401 - importable from here, as before the split
    _FOR_OUTLET, _agree, _names, _once_each, _subject_named, _title_bylines, _unhonoured,
)
from polisent.segment._title_bylines import _OPED_BY, briefing_speaker, speech_speaker, title_writer
from polisent.segment._units import Unit
from polisent.segment._unnamed_answers import _fill_principal
from polisent.segment._voice_names import self_named_voices


_STANDFIRST = re.compile(  # (not "Our Kan Hyeong-woo sat down with Joseph Yun": the outlet's own journalist)
    rf"(?<![Oo]ur[ \t])(?!Our[ \t])(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})(?:,(?![ \t]*(?:has|have|had|is|was|are|were|will|would|could|can|may|might|must|should|does|did)\b)[^,.;\r\n]{{1,160}},|,(?=[ \t]+(?:speaks|talks|spoke|talked)[ \t]+(?:in|to|with)\b))?\s+(?:reviews|discusses|explains|talks|speaks|"
    r"assesses|analyses|analyzes|answers|considers|examines|looks|reflects|shares|weighs|outlines|describes|gives|"
    r"offers|argues|tells|warns|unpacks|breaks|sat|joins|joined|says)\b(?![ \t]*(?:[\r\n.,;:!?]|\Z))"
)  # (a verb with more after it: "the Modi Xi talks" ending a title is the talks, not Xi talking)
#  (the name in apposition, a comma on each side, where the verb says the person talks to the outlet: "The new foreign
#  minister, Ana Ruiz, speaks in the interview about ..."; not a podcast's "My colleague, X, explains how ..."; rule P3 of pass 114)
#: a title that gives the interviewee's view on the topic ("Expert's view: Prof. Charles Armstrong on North Korea")
_VIEW_ON = re.compile(rf"(?i:view|views|take|perspective|verdict|interview|q\s*&\s*a)[ \t]*:[ \t]*(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})[ \t]+on[ \t]")
#: a heading that labels the piece an interview and names its guest, the job after a comma ("Interview: Ana Ruiz,
#: Information Secretary, Kenyan government")
#: ... or the name before it: "Hamid Karzai interview: full transcript", "X's exclusive interview" (rule R1)
_NAME_INTERVIEW = re.compile(rf"[ \t*_]*(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})(?:['\u2019]s)?[ \t]+(?i:(?:exclusive|full|the)[ \t]+)?(?i:interview)"
                             # (or the outlet after it: "Prime Minister X's Exclusive Interview with CivilNet"; rule G4 of the 104th pass)
                             r"(?:[ \t]*[:\u2014\u2013|-][^\n]{0,160}|[ \t]+(?i:with|to)[ \t]+[A-Z][^\n]{0,80})?[ \t]*")
#: a title "Interview of/with <office> <name>", the office in words of its own ("of Uzbekistan")
_INTERVIEW_OF_RUN = re.compile(r"[ \t*_]*(?i:interview)[ \t]+(?:of|with)[ \t]+(?P<run>[A-Z][\w'\u2019.-]*(?:[ \t]+(?:of|the|[A-Z][\w'\u2019.-]*)){1,9})[ \t]*")
_INTERVIEW_OF = re.compile(rf"[ \t*_]*(?i:interview|q[ \t]*&[ \t]*a)[ \t]*:[ \t]*(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})"
                           r"[ \t]*(?:,[^\n]{0,160}|\([^()\n]{1,80}\))?[ \t]*")
#: a standfirst's inverted attribution with the speaker's job after it ("..., says Veena Sikri, former ...")
_SAYS_NAME = re.compile(rf",[ \t]+(?:says|said|argues|believes|warns|insists)[ \t]+(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})[ \t]*,")
#: ... or by the surname alone after a quotation, the full name written elsewhere on the page: '... in Europe”, says
#: Tsikhanouskaya who is expected to ...' (pass 120)
_SAYS_SURNAME = re.compile(r"[\u201d\"],?[ \t]+(?:says|said)[ \t]+(?P<sur>[A-Z][\w'\u2019-]{2,})(?=[ \t]+who\b|[ \t]*,)")
_ABOUT_AUTHOR = re.compile(r"[ \t]*(?i:about[ \t]+the[ \t]+authors?)\b")
_APPOSITIVE = re.compile(
    rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})[ \t]*(?:,|--|\u2014|\u2013)[ \t]*(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+){{0,3}}"
    r"(?:research(?:er)?|fellow|professor|director|analyst|expert|scholar|scientist|ambassador|envoy|advis[eo]r|specialist|"
    r"economist|historian|lecturer|representative|chair(?:man|woman)?|spokes(?:man|woman|person))\b"
)
#: a role noun right before a name ("political scientist Davit Stepanyan", "analyst Mira Sand")
_ROLE_BEFORE = re.compile(
    r"(?i:\b(?:analyst|expert|scientist|professor|researcher|scholar|economist|historian|commentator|director|fellow|"
    r"diplomat|ambassador|envoy|lawyer|strategist|specialist|lecturer|adviser|advisor|observer|interlocutor))"
    rf"[ \t]+(?:{_TITLES}[ \t]+)?(?>(?P<name>{_NAME}))"
    # (not one a question reports on: "UN adviser Stephanie Williams spoke of elections by June. ...?")
    r"(?![ \t]+(?:(?:has|had|also|recently)[ \t]+)?(?:said|says|spoke|speaks|stated|told|claimed|announced|warned|"
    r"suggested|argued|wrote)\b)"
)
#: the writer's job between "By" and the name ("By East Asia correspondent Bill Birtles in Taiwan", "By Pacific
#: affairs reporter Stephen Dziedzic", "By chief political correspondent Anna Berg")
_BYLINE_JOB = (r"(?-i:(?:[A-Z][\w'\u2019&-]*\s+){0,3}(?:[a-z]+\s+){0,2})"
               r"(?:correspondent|reporter|editor|writer|columnist|bureau\s+chief)")
_BYLINE = re.compile(rf"(?:(?<!edited\s)(?<!translated\s)(?<!compiled\s)(?<!produced\s)(?<!photo\s)(?<!photos\s)by\s*:?|(?<!\w)(?-i:Por|POR|Par|PAR)|byline\s*:|author\s*:|(?<![^\n])[ \t]*from(?=[ \t]+(?-i:[A-Z]))|written\s+by|interview\s+by|words\s+by|(?:opinion|comment|column|commentary|viewpoint)\s*[/|:])(?:\s+|(?<=by)(?=(?-i:[A-Z][a-z])))"
                     rf"(?:{_BYLINE_JOB}\s+)?(?-i:{_TITLES}(?:\s+|(?<=\.)(?=[A-Z])))?(?P<name>(?-i:(?![AI][ \t])[A-Z][ \t]+(?=[A-Z][a-z]))?(?-i:{_NAME}))",
                     re.IGNORECASE)  # "Opinion / Mary Fitzgerald" too; a bare initial first ("By S Rob Sobhani"); the name itself
#                  ("Por Assis Moreira", "Par Ana Ruiz": the Spanish, Portuguese and French "by", capitalised)
#                  keeps its case ("By Ana Ruiz et Jo Bell" is Ana Ruiz, not "Ana Ruiz et Jo")
#: a writer's line over the piece: "Amb. Ana Ruiz wrote:" (pass 121)
_WROTE_LINE = re.compile(r"[ \t]*(?:(?:Amb|Dr|Prof|Mr|Mrs|Ms|Hon)\.?[ \t]+)?(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3})"
                         r"[ \t]+(?:wrote|writes)[ \t]*:[ \t]*")
#: a publisher's credit: "Published by The Lawfare Institute" names the writer only when it names a person
_PUBLISHER = re.compile(r"(?i)\b(?:published|presented|hosted|sponsored|supported|powered)\s+by\s*:?\s*\Z")
#: a blog's own interview: "I did this interview for X of TV1 yesterday:", "X asked questions, I replied Monday:"
_MY_INTERVIEW = re.compile(r"(?i)\bI[ \t]+(?:did|gave|recorded)[ \t]+(?:this|an|the[ \t]+following)[ \t]+interview\b|"
                           r"\binterviews?[ \t]+I[ \t]+(?:gave|did)\b|\bI[ \t]+(?:replied|answered)\b|\bmy[ \t]+(?:answers|replies)\b")
#: the blog's author in its page furniture: "Categories: Daniel Serwer", "Posted by Anna Berg"
_BLOG_AUTHOR = re.compile(r"[ \t]*(?:Categories|Category|Posted[ \t]+by|Author)[ \t]*:?[ \t]+"
                          r"(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,2})[ \t]*")
_INTERVIEW_BY = re.compile(rf"(?:interview(?:ed)?|questions|conducted)\s+by\s+(?P<name>{_NAME})", re.IGNORECASE)


#: the unit scans, each searched only in a unit that holds one of the words its every match holds (see _prefilter.Guarded;
#: _GUEST's is in _guest_cues)
_GUEST_RX_SCAN, _STANDFIRST_SCAN, _APPOSITIVE_SCAN, _ROLE_BEFORE_SCAN, _WRITES_SCAN, _WRITES_JOB_SCAN = map(
    Guarded, (_GUEST_RX, _STANDFIRST, _APPOSITIVE, _ROLE_BEFORE, _WRITES, _WRITES_JOB))

#: a guest cue that says the guest talked to the outlet ("Speaking to the Nikkei Asian Review, ...")
_TALK_CUE = re.compile(r"(?i:spoke|speaking|talked|talking|speaks|talks|interview)")
#: ... an interview's, after which titles run into the name with no comma ("interview with Iraqi Prime Minister Haider
#: al-Abadi"): never a visit's host ("to welcome Prime Minister X")
_INTERVIEW_CUE = re.compile(r"(?i:interview(?:ed)?\s+with|(?:my|our)\s+(?:next\s+)?guests?\s)")  # (or "My guest on X is ...")


#: the press's jobs, which end a job line and no name ("Deputy Editorial Page Editor")
_PRESS_JOBS = frozenset("editor editors correspondent columnist reporter journalist commentator".split())


def _speakers(text: str, t: str, units: list[Unit], cues: SpeakerCues | None = None,
              model: SpeakerModel | None = None) -> list[tuple[str | None, SpeakerRole]]:
    """Name the interviewee / author where the text says who it is, and list the speakers.

    The rules below read turn labels, bylines, bios and the standfirst; answers they leave unnamed
    (or under a label that names no one, "Speaker 2") go to the main speaker the prose introduces
    (:func:`~polisent.segment._principal.principal`)."""
    out = _speakers_by_rules(text, t, units)
    out = _inline_quotes(t, units, _introduced_quotes(t, units, _section_speakers(t, units, out)))
    # (a numbered voice that names itself takes that name once the roles are settled: "Speaker 2: ... I'm Dana Lewis")
    return self_named_voices(t, units, _fill_principal(t, units, out, cues, model))


def _introduces_self(t: str, name: str) -> bool:
    """Every time the text names ``name`` it is someone introducing himself ("I'm Lena Park, senior
    fellow at ..."): a host's self-introduction, never the guest the standfirst introduces.

    >>> _introduces_self("Welcome. I'm Lena Park, senior fellow. With me is Omar Haddad.", "Lena Park")
    True
    >>> _introduces_self("Welcome. I'm Lena Park, senior fellow. With me is Omar Haddad.", "Omar Haddad")
    False
    """
    if re.match(r"I['\u2019]m\s", name):  # a run the name finders took whole: "I'm Lena Park"
        return True
    return every_start(t, name, lambda s: _SELF_BEFORE.search(t, max(0, s - 14), s) is not None)


#: clutter reasons of a date line
_DATES = frozenset({"dateline", "timestamp"})


def _caption_tag(t: str, units: list[Unit], k: int) -> bool:
    """The name line ``units[k]`` tags the photo whose caption follows it, naming the same person ("Ana Ruiz" over
    '"Hope is not a strategy," said the minister Ana Ruiz during her speech ... (Photo: Tom Bell).'): no byline (pass 120)."""
    words = t[units[k].start:units[k].end].split()
    nxt = units[k + 1] if k + 1 < len(units) else None
    return nxt is not None and nxt.kind is SegmentKind.CLUTTER and nxt.reason == "caption" and 2 <= len(words) <= 4 \
        and re.search(rf"\b{re.escape(words[-1])}\b", t[nxt.start:nxt.end]) is not None


def _speakers_by_rules(text: str, t: str, units: list[Unit]) -> list[tuple[str | None, SpeakerRole]]:
    """The rules' names for the interviewee / author, and the speakers they list."""
    heads = [u for u in units if u.kind is SegmentKind.HEADING]
    bios = [u for u in units if (u.kind is SegmentKind.CLUTTER and u.reason == "author_bio") or _ABOUT_AUTHOR.match(t, u.start, u.end)]
    bylines = [u for k, u in enumerate(units) if u.kind is SegmentKind.CLUTTER and u.reason == "byline" and not _caption_tag(t, units, k)]
    has_q = any(u.kind is SegmentKind.QUESTION for u in units)
    answers = [u for u in units if u.kind is SegmentKind.ANSWER]
    out: list[tuple[str | None, SpeakerRole]] = []

    def add(name: str | None, role: SpeakerRole) -> None:
        if (name, role) not in out:
            out.append((name, role))

    if any(u.form == "label" and u.kind is not SegmentKind.HEADING and u.label not in ("Q", "A") and u.label not in _ROLE_LABELS
           for u in units):
        for u in units:
            if u.form == "label" and u.speaker is not None:
                add(u.speaker, u.role)
        if narrated(units):
            # a television script: the narrator is its byline ("Byline: Nova Poerwadi")
            by = [m.group("name") for u in bylines for m in [_BYLINE.search(t, u.start, u.end)] if m]
            name = _agree(by) if by else None
            for u in answers:
                if u.role is SpeakerRole.AUTHOR and u.speaker is None:
                    u.speaker = name
            add(name, SpeakerRole.AUTHOR)
        return out
    bio_names = [honorific_name(t, m.group("name")) for u in bios for m in [_BIO.search(t, u.start, u.end)] if m
                 and not _subject_named(t, m.group("name"), u, answers)]
    if has_q:
        first = [u for u in units if u.kind is SegmentKind.QUESTION][:1]
        # the host's talk before the second question ("Are refugees going back? ... Joining me to
        # discuss the findings is Research Assistant X." / "What prompted you ...?")
        second = next((u.start for u in units if u.kind is SegmentKind.QUESTION and u.start > first[0].start), len(t)) if first else 0
        early = first + [u for u in units if u.kind is SegmentKind.ANSWER and first and first[0].start < u.start < second][:3]
        # talk of unsure speaker before the first question (a video's cues: "00:00Let's get some more
        # analysis on this with Samuel Ramani, an associate fellow ..."): the host introducing the
        # guest, read as the standfirst is
        heads = sorted(heads + [u for u in units if u.kind is SegmentKind.ANSWER and u.role is SpeakerRole.UNKNOWN
                                and first and u.start < first[0].start][:3], key=lambda u: u.start)
        # (not the interviewee's own meeting in an answer: "Regarding my interview with Emmanuel Macron, we ...", nor
        # the answer's welcome to the one who asks: "First of all, let me warmly welcome you, Mikhail Solomonovich")
        guests = [m for u in heads + early for m in _GUEST_RX_SCAN.finditer(t, u.start, u.end)
                  if u.kind is not SegmentKind.ANSWER or not (_OWN_MEETING.search(t, max(u.start, m.start() - 24), m.start())
                                                              or (u.role is SpeakerRole.INTERVIEWEE
                                                                  and t.startswith(("welcome", "Welcome"), m.start())))]
        cands = _names(_STANDFIRST_SCAN, t, heads) + _guest_names(t, heads + first) + _names(_VIEW_ON, t, heads[:3]) + [
            n for u in heads[:8] for m in [_INTERVIEW_OF.fullmatch(t, u.start, u.end)] if m
            for n in [" ".join(m.group("name").split())] if is_person_name(n)] + [
            # "Interview of Ambassador of Uzbekistan Aybek Arif Usmanov": a title naming the one interviewed (pass 123)
            n for u in heads[:8] for m in [_INTERVIEW_OF_RUN.fullmatch(t, u.start, u.end)] if m
            for n in [person_part(" ".join(m.group("run").split()))] if n is not None and is_person_name(n)] + [
            n for u in heads[:8] for m in [_NAME_INTERVIEW.fullmatch(t, u.start, u.end)] if m
            # (the possessive and an office before the name are no part of it: "Prime Minister X's Exclusive Interview")
            for n0 in [re.sub(r"['\u2019]s\Z", "", " ".join(m.group("name").split()))]
            for n in [n0 if is_person_name(n0) else person_part(n0) or n0] if is_person_name(n)] + [
            n for m in guests if not OUTLET_AFTER.match(t, m.end()) and not spoke_to_journalist(t, m.start())
            and (not outlet_asks(t, *m.span("name" if m.group("name") else "name2"))  # "says X, ..., in an interview with Y."
                 or _said_in_interview(t, m.start()) is not None)  # ('..., said X in an interview with Y': X, not Y)
            and not office_holder_spoke(t, m.start())  # "Somalia's President X spoke to Y": Y asks (see _guest_names)
            for n0 in [_spoke_to_outlet(t, m) or _said_in_interview(t, m.start()) or _past_honorific(t, " ".join((m.group("name") or m.group("name2")).split()), m.end())]
            for n in [_untitled(n0) if _OUTLET_THEN_GUEST.match(t, m.start()) and not _NAME_GOES_ON.match(t, m.end()) else n0]
            if is_person_name(n)] + [
            # "Speaking to the Nikkei Asian Review, Japanese Prime Minister Shinzo Abe reiterated ...": past the outlet, the
            # cue's name stopped inside the guest's titles ("Japanese Prime Minister Shinzo"): the person in the whole run
            # (a talk's or an interview's cue past a comma only: not "to welcome Prime Minister X", a visit's host)
            n for m in guests if m.group("name2") and _NAME_GOES_ON.match(t, m.end()) and not is_person_name(m.group("name2"))
            and (_TALK_CUE.match(m.group(0)) and "," in m.group(0) or _INTERVIEW_CUE.match(m.group(0)))
            for n in [_person_in_run(t, m.group("name2"))] if n]
        # "President Macron talks to Andrew Marr": the one talked to asks, wherever else the text names him
        # (and "Anna Berg in conversation with Tom Hale": he asks; rule S1, 110th pass)
        talked_to = {" ".join(m.group("name2").split()) for m in guests if m.group("name2")
                     and (_spoken_by(t, m.start()) is not None or conversation_subject(t, m.start()) is not None)}
        cands = [n for n in cands if n not in talked_to] or cands
        # "In an interview with EL PAÍS, the president ..." once and "... with EL PAÍS, held during ..."
        # later: a name the text writes once as the outlet is the outlet everywhere
        cands = [n for n in cands if not any(OUTLET_AFTER.match(t, s + len(n)) for s in iter_starts(t, n))]
        cands = [n if is_person_name(n) else _person_in_run(t, n) or n for n in cands if not _introduces_self(t, n)]
        # "... in an interview with Bloomberg Television's X": the outlet's journalist asks
        cands = [n for n in cands if not any(outlet_journalist_asks(t, s, n) for s in iter_starts(t, n))]
        # "... spoke to The Washington Post's X about ...": the outlet's journalist asks, wherever the cue sits
        cands = [n for n in cands if not any(m.start("name") == s for s in iter_starts(t, n)
                                             for m in _TO_JOURNALIST.finditer(t, max(0, s - 80), s + len(n)))]
        # "As It Happens": a show; "... INTERVIEW WITH NORDIC MEDIA IN OSLO" (a title in capitals): a place
        cands = [n for n in cands if not any(w in _FUNCTION_WORDS for w in (_display(n) if n.isupper() else n).split())]
        # "I'm your host, Lena Park, joined by Tom Weiss": a co-host, no guest
        cands = [n for n in cands if not re.search(r"\bI['\u2019]m\b[^.?!\n]{0,80}?\bjoined\s+(?:today\s+)?by\s+(?:my\s+[\w-]+\s+)?"
                                                   + re.escape(n), t)]
        # the press the opening marks ("Special Correspondent X met ...", "..., tells X/Rediff.com"): they ask (rule P1)
        def pressed(n: str) -> bool:  # (press_surnames is cached per document)
            return n.split()[-1].lower() in document_press(t, units)

        cands = [n for n in cands if not pressed(n) and not is_outlet(n)]  # (nor an outlet or an agency: "Agence France-Presse")
        if any(is_person_name(n) for n in cands):  # "USA AMBASSADOR MR" beside "R. HOAGLAND": a title, no name
            cands = [n for n in cands if is_person_name(n)]
        # a podcast page's host credit ("Paul Adamson", "... talks to Paul Adamson") beside the guest he
        # announces ("My guest is Laslo Andor."): an interview's byline is the interviewer's
        credited = {w.lower() for u in bylines for w in re.findall(r"[^\W\d_]+", t[u.start:u.end])}
        cands = [n for n in cands if n.split()[-1].lower() not in credited] or cands
        name = _agree(cands) if cands else None
        name = page_spelling(t, name) if name is not None and not name.isupper() else name
        name = _unhonoured(t, name) if name is not None else None
        if name is not None and name.isupper():
            name = _display(name)  # "R. HOAGLAND" from a title in capitals is R. Hoagland
        if name is None and not cands:
            # "Kyaw Moe Tun is now ..., he says" opening the standfirst
            lead = [n for u in heads[:4] for m in [_BIO.match(t, u.start, u.end)] if m
                    for n in [" ".join(m.group("name").split())] if n.split()[0] not in SENTENCE_OPENERS]  # (not "But Mearns was ...")
            if not lead:  # '..., Dawar tells Syed Firdaus Ashraf/Rediff.com.': the surname of one the standfirst named in full
                lead = [n for u in heads[:8] for m in _TELLS_OUTLET.finditer(t, u.start, u.end)
                        for n in [_full_name(t, m.group("sur"), m.start())] if n is not None]
            if not lead:  # "..., says Veena Sikri, former high commissioner to Dhaka. She tells ...": the one quoted
                lead = [n for u in heads[:6] for m in _SAYS_NAME.finditer(t, u.start, u.end)
                        for n in [" ".join(m.group("name").split())] if is_person_name(n)]
            if not lead:  # '...”, says Tsikhanouskaya who ...': the full name the page writes elsewhere (a caption)
                lead = [n for u in heads[:6] for m in _SAYS_SURNAME.finditer(t, u.start, u.end)
                        for n in [_full_name(t, m.group("sur"), len(t))] if n is not None and is_person_name(n)][:1]
            if not lead:  # '... trusted," Dr Jagannath P Panda -- research fellow at ...'
                lead = [" ".join(m.group("name").split()) for u in heads[:6] for m in _APPOSITIVE_SCAN.finditer(t, u.start, u.end)]
            if not lead:  # "Our interlocutor is political scientist Davit Stepanyan."
                lead = [n for n in _names(_ROLE_BEFORE_SCAN, t, heads[:6] + first) if is_person_name(n)]  # not "Diplomat Extraordinaire Opens Up"
                lead = lead if _agree(lead) else []
            if not lead:  # "Press conference by NATO Secretary General X following ...": the principal answers
                lead = briefing_speaker(t, units)
            lead = [n for n in lead if not _introduces_self(t, n)  # "I'm Lena Park, senior fellow at ...": the host
                    and not any(outlet_asks(t, s, s + len(n)) or outlet_journalist_asks(t, s, n)  # "In an interview with journalist X, ..."
                                for s in iter_starts(t, n)) and not pressed(n)]
            # ("... correspondent in Addis Ababa, X, interviewed Y": X asks)
            name = _agree(bio_names) if bio_names else (_agree(lead[:1]) if lead else None)
        elif name is not None and bio_names and _agree(bio_names + [name]) is None:
            name = None  # the bio is about someone else: do not guess
        if name is None and not cands and first and _MY_INTERVIEW.search(t, 0, first[0].start):
            # the blogger answers ("I did this interview for ..."): the page names him as its author
            mine = [n for u in units[:12] if u.start < first[0].start and u.kind in (SegmentKind.CLUTTER, SegmentKind.HEADING)
                    for m in [_BLOG_AUTHOR.fullmatch(t, u.start, u.end)] if m
                    for n in [" ".join(m.group("name").split())] if is_person_name(n)]
            name = _agree(mine) if mine else None
        for u in answers:
            if u.role is SpeakerRole.INTERVIEWEE and u.speaker is None:
                u.speaker = name
        by = [m.group("name") for u in bylines for m in [_INTERVIEW_BY.match(t, u.start, u.end)] if m]
        host = _agree(by) if by else None
        if host is not None and name is not None and host.split()[-1] == name.split()[-1]:
            host = None
        for u in units:
            if u.kind is SegmentKind.QUESTION and u.speaker is None:
                u.speaker = host
        add(host, SpeakerRole.INTERVIEWER)
        if answers:
            add(name, SpeakerRole.INTERVIEWEE)
        return out
    if answers:
        # an author line under its own label ("Author" / "Prof. Gerd Nonneman,") over any other name line,
        # in the page's head (the first answer may be its title)
        by = [n for x in labelled_authors(t, max(answers[0].end, min(len(t), 1500))) for n in [_display(x) if x.isupper() else x]
              if is_person_name(n) and not is_place(n)]
        if not by:  # the bylines, read through a nickname or a lower-case given name ("By Louis 'Barok' C. Biraogo": B1, B2)
            tb = byline_view(t, [(u.start, u.end) for u in bylines])
            by = [_display(n) for u in bylines for m in [_BYLINE.search(tb, u.start, u.end)] if m
                  for n in [with_co_authors(tb, without_postnominals(" ".join(m.group("name").split())), m.end("name"), u.end)]
                  if is_person_name(n) or not _PUBLISHER.search(t, u.start, m.start("name"))]
        if not by:  # "Amb. Ana Ruiz wrote:" over the piece (pass 121)
            by = [n for u in bylines for m in [_WROTE_LINE.fullmatch(t, u.start, u.end)] if m
                  for n in [" ".join(m.group("name").split())] if is_person_name(n)]
        by = [n for n in by if n[:1].isupper()]  # "by time news": an aggregator's own credit, no writer
        if len({n.split()[-1] for n in by}) > 1:  # "By Euronews" over "By Guy Verhofstadt, former ...": the writer's
            by = [n for n in by if is_person_name(n)] or by
        # ("By Peter MARTELL": an agency's surname in capitals is Peter Martell)
        if not by:  # a title that closes with its writer ("Eritrea: Coming In from the Cold \u2013 by Ana Ruiz") over a bare
            # name line under it, which may be a photo's caption ("Issayas Afeworki")
            by = _title_bylines(t, units[:3])  # (under a menu's line: "Connect with us" / "Strictly Personal" / the title)
        if not by:  # no "By X": an author line (a name alone, with the writer's job or an affiliation)
            by = [_author_job(t, m) if m.re is _AUTHOR_JOB else m.group("name") for u in bylines
                  for m in [_AUTHOR_JOB.fullmatch(t, u.start, u.end) or _AUTHOR_LINE.fullmatch(t, u.start, u.end)
                            or _AUTHOR_DATED.match(t, u.start, u.end) or _AUTHOR_LEAD.match(t, u.start, u.end)
                            or _AUTHOR_SITE.match(t, u.start, u.end) or _AUTHOR_AFTER_DATE.match(t, u.start, u.end)
                            or _AUTHOR_FOLLOW.fullmatch(t, u.start, u.end)] if m]
            by = [n for n in by if " ".join(n.split()).lower() not in FURNITURE  # "Bottom Line" heads a summary
                  and not has_page_word(n)  # "Dateline Colombo"
                  and not is_place(" ".join(n.split()))  # "South Africa": a section's tag alone on its line
                  and n.split()[0] not in _FUNCTION_WORDS  # "As Cohen writes:" leads a quotation in
                  and n.split()[0].lower() not in WIDGET_VERBS  # "Join Whatsapp Channel": a widget's line (N5, 109th pass)
                  # "Deputy Editorial Page Editor - January 7, 2018": a press job over the date, no name
                  and n.split()[-1].lower() not in _PRESS_JOBS
                  and not n.startswith(("By ", "BY "))  # "By Al-Fassel": a byline of one word, read below
                  and not NOT_NAME_PART.search(n)]  # "Short Url": a share widget's line
            if len({n.split()[-1] for n in by}) > 1:  # "The Straits Times" over "- James Chin": the outlet's line
                by = [n for n in by if is_person_name(" ".join(n.split()))] or by
        if not by:  # "- SEGUNDO ECLAR ROMERO doyromero@gmail.com"
            by = [_display(n) if n.isupper() else n for u in bylines for m in [_AUTHOR_MAIL.match(t, u.start, u.end)] if m
                  for n in [" ".join(m.group("name").split())] if is_person_name(n)]
        if not by:  # "- ANA SWANSON AND JACK EWING", "\u2022 MIMI M TAKAMBOU" over the lead, dropped or left a heading
            # (``t`` has list markers masked: the original text shows the line's marker)
            by = [n for u in units[:12] if u.start < 1500 and _AUTHOR_CAPS.fullmatch(text, text.rfind("\n", 0, u.start) + 1, u.end)
                  for n in [caps_authors(t[u.start:u.end].strip())] if n][:1]
        if not by:  # co-authors: "Kathryn Ledebur and Erika Weinthal"
            by = [_co_authors(t[m.start():m.end()]) for u in bylines for m in [_AUTHORS_LINE.fullmatch(t, u.start, u.end)] if m]
            by = [n for n in by if n]
        if not by:  # an unsigned piece: "By HAN News Desk", "By The Editorial Board"
            by = [" ".join((m.group("name") or m.group("desk")).split()) for u in bylines for m in [_DESK_BYLINE.fullmatch(t, u.start, u.end)] if m]
        if not by:  # an outlet or an agency in one word: "By Al-Fassel |", "AFP , Tuesday 30 Jan 2024"
            by = [m.group("name") for u in bylines for m in [_OUTLET_BYLINE.fullmatch(t, u.start, u.end)]
                  if m and (t[u.start:u.end].lstrip()[:3].lower() == "by " or m.group("name").isupper())]
        if not by:  # "..., writes Na'eem Jeenah." in the standfirst, or "..., writes Erkki Koort, security expert at ..."
            # (page furniture the rules have not dropped yet, "Share" / "More", takes no place in the lead)
            lead = heads + list(islice((u for u in units if u.kind is not SegmentKind.CLUTTER
                                        and len(t[u.start:min(u.end, u.start + 200)].split()) > 2), 4))
            says = first_person(t, answers)  # a piece in the first person is its writer's whatever the verb
            by = (_names(_WRITES_SCAN, t, lead, says, wrapped=True) or _names(_WRITES_JOB_SCAN, t, lead, says, job=True, wrapped=True)
                  or _names(_WRITES_MID, t, _once_each(t, lead)[:3], wrapped=True))  # (a title the page prints thrice, once)
        if not by:  # "Some of the questions ... are valid, Travis Bembenek writes." in a dek or a caption
            by = [n for u in units[:16] for m in _NAME_WRITES.finditer(t, u.start, u.end)
                  for n in [" ".join((m.group("name") or m.group("name2")).split())] if is_person_name(n) and not is_place(n)]
            by = by if _agree(by) else []
        if not by:  # '"Why the Rivalry Will Endure" by Robert Sutter' (never 'Attacked by North Korea')
            # the first line: the title, even one the rules took for text ("..., by Prof. MK Othman")
            # ("Global Issues" over "Navigating The Quandary: ... Conundrum -By Solomon Eragbie": a section's name first)
            # (a date over the title is no part of it: "Tuesday, January 28, 2020" / "... by Ali Tuygan")
            top = next((k for k, u in enumerate(units[:3]) if u.kind is not SegmentKind.CLUTTER or u.reason not in _DATES), 0)
            kicker = len(units) > top and units[top].kind is SegmentKind.HEADING and len(t[units[top].start:units[top].end].split()) <= 4
            first = [u for u in units[top:top + (2 if kicker else 1)]
                     if "\n" not in t[u.start:u.end].strip() and len(t[u.start:u.end].split()) <= 30]
            by = _title_bylines(t, first)
            if not by:  # "Connect with us" / "Africa" / "Democracy: The Solution ... -By SKC Ogbonnia": a dashed "By" later
                by = _title_bylines(t, units[top + len(first):top + 4], dashed=True)
        if not by:  # "Op-ed by Ambassador Kristjan Prikk: ..." opening the title or the standfirst
            by = [n for u in units[:4] for m in [_OPED_BY.match(t, u.start, u.end)] if m
                  for n in [" ".join(m.group("name").split())] if is_person_name(n) and not is_place(n)]
        if not by:  # "Author" / "Daniel" / "DePetris" / "Fellow": a page's author box
            by = [n for u in bios for m in [_AUTHOR_BOX.match(t, u.start, u.end)] if m
                  for n in [m.group("a") if " " in m.group("a") or not m.group("b") else f"{m.group('a')} {m.group('b')}"]
                  if " " in n and is_person_name(n)]
        if not by:  # a floor speech: "Mr. GOSAR. Madam Speaker, I rise ..." under "HON. PAUL A. GOSAR"
            floor = next((m for u in answers[:2] for m in [_FLOOR.match(t, u.content_start, u.end)] if m), None)
            if floor is not None:
                sur = floor.group("sur")
                full = [" ".join(m.group("name").split()) for m in _HON.finditer(t, 0, floor.start())
                        if m.group("name").split()[-1] == sur]
                by = [_display(full[0]) if full else sur.title()]
        if not by:  # the byline run into the first paragraph: 'Sohini Bose "We know from the past 40 years ..."'
            body = [u for u in answers if len(t[u.content_start:u.end].split()) >= 12][:1]  # past the headlines
            by = [n for u in body for m in [_GLUED_BYLINE.match(t, u.content_start, u.end)] if m
                  for n in [" ".join((m.group("name") or m.group("name2")).split())] if is_person_name(n) and not is_place(n)]
        if not by and not has_q:  # "Eyal ZisserOut of weakness ...": a byline glued to the next element by the page's extraction
            # (the head's units, and the first body paragraph the route above read)
            glued = [(u.start, u.end) for u in units[:6] if u.start < 1500] + [(u.content_start, u.end) for u in body]
            by = [n for n in case_glued_authors(t, glued) if all(is_person_name(p) and not is_place(p) for p in n.split(" and "))]
        if not by:  # "About Amr Khalifa" over a blog's author box
            by = [n for u in bios for m in [_ABOUT_NAME.fullmatch(t, u.start, u.end)] if m
                  for n in [" ".join(m.group("name").split())] if is_person_name(n)]
        by = by or repost_writer(t, units)  # "ACL Ameer Ali in Colombo Telegraph, 6 June 2021, where ..."
        by = by or ([] if bio_names else title_writer(t, units, answers))  # "Jorge Durand: Peru and its ghosts"
        by = by or ([] if bio_names else speech_speaker(t, units))  # "FM Sergey Lavrov's remarks and answers to questions ..."
        by = by or ([] if bio_names else briefing_speaker(t, units))  # "Transcript of Minister X's Doorstop Interview ..."
        by = by or ([] if bio_names or has_q else top_bio_writer(t, units, answers))  # "X is a fellow at ..." on top
        by = by or ([] if bio_names or has_q else says_writer(t, units, answers))  # "X says the council is ..." over "I"
        by = by or ([] if bio_names or has_q else credit_writer(t, units, answers))  # "X, Minister of ..." over "we" (pass 122)
        if not by and not bio_names and not has_q:  # "By X" anywhere in the head, whatever its case: "BY ANA RUIZ | IN-DEPTH ..."
            body = next((u for u in answers if len(t[u.content_start:u.end].split()) >= 25), None)
            by = head_by_writer(t, 0, min(len(t), 2000, body.content_start + 150 if body is not None else 2000))
            by = by if _agree(by) else []
        if not by and not bio_names and not has_q:  # "... NEIGHBOURS Ana Ruiz Professor of ... E-mail: ..." run into the text
            by = runon_head_writer(t, answers)
        name = _agree(by) if by else _agree(bio_names)
        if name is not None and journalists_outlet(t, name):
            name = None  # a byline line that is the outlet of the journalist who talks to the guest (O5)
        for u in answers:
            u.speaker = name
        add(name, SpeakerRole.AUTHOR)
    return out
