"""Who speaks the answers the rules of :mod:`polisent.segment._speakers` leave unnamed, or that a label
naming no one holds ("Speaker 2"): the main speaker the prose introduces
(:func:`~polisent.segment._principal.principal`), the one person an interview's standfirst names, the
guest the host hails by name (:mod:`polisent.segment._hailed_guest`) or the learned ranker's pick
(:func:`_fill_principal`). Split out of :mod:`polisent.segment._speakers`."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from itertools import islice

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._author_lines import NAME_LINE, person_line
from polisent.segment._bylines import _DESK, _co_authors, _name_over_affiliation, _sign_off, first_person
from polisent.segment._credits import _credited_only
from polisent.segment._address_names import slug_writer
from polisent.segment._hailed_guest import _MY_GUEST, _addressed_guest, _announced_guest, _first_name_hailed, _office_hailed
from polisent.segment._guest_cues import gave_interview
from polisent.segment._intro_person import intro_person
from polisent.segment._labels import _ROLE_LABELS
from polisent.segment._label_names import other_side, sole_guest_label
from polisent.segment._name_cues import _TO_JOURNALIST
from polisent.segment._name_forms import spelled_alike
from polisent.segment._person_names import _OFFICE_ADJ, _TITLE_WORDS, is_outlet, state_surname
from polisent.segment._prefilter import bounded_spans, literal_starts
from polisent.segment._press_names import _CARD_JOB, document_press, interviewer_surnames, talker_to_press
from polisent.segment._questions import _YOU
from polisent.segment._reported_speech import reported_not_speaking
from polisent.segment._roundup import _signed_name
from polisent.segment._principal import (
    journalists_outlet,
    GENERIC_LABEL,
    Principal,
    SpeakerCues,
    is_person_name,
    is_place,
    page_spelling,
    person_part,
    principal,
)
from polisent.segment._principal_cues import is_spoken, outlet_asks
from polisent.segment._prose_speaker import prose_model, writer_credit
from polisent.segment._speaker_model import SpeakerModel, _person_like, learned_principal
from polisent.segment._title_bylines import briefer_line, late_speech_speaker, speech_speaker, transcript_note_speaker
from polisent.segment._units import Unit
from polisent.segment._voices import host_opening, mark_host, soundbite_voices, unwrap_names

#: one line of a block, without its line break
_LINE = re.compile(r"[^\n]+")

_TITLE_LINE = re.compile(r"[^\n!?:]{10,160}[^\n.!?:,;\s]")  # one line, no sentence end
#: the text's first line as "Name: headline", no sentence end ("Guy W. Farmer: Venezuela on the brink")
_NAMED_TITLE = re.compile(r"[ \t]*[A-Z][\w.'\u2019 -]{3,40}:[ \t]+[^\n.!?:]{5,120}[^\n.!?:,;\s][ \t]*")
#: what an office holder delivers, not a journalist's byline: "Remarks by High Representative ... Josep Borrell"
_DELIVERED_BY = re.compile(r"(?i)\b(?:remarks|statement|speech|address|briefing|press[ \t]+conference|comments|intervention|"
                           r"keynote|lecture|testimony)[ \t]*\Z")


#: the last word of an event's or a body's name, which no person's name ends with ("Cairo Peace Summit")
_EVENT_WORDS = frozenset("summit summits forum conference dialogue symposium congress convention festival institute foundation "
                         "league movement coalition council commission university college school centre center".split())

#: an office alone, no name: "Prime Minister", "Minister", "The President", "Secretary-General" (rule U1 of pass 117)
_BARE_OFFICE = re.compile(r"(?i)(?:the[ \t]+)?(?:(?:prime|foreign|deputy|vice|first)[ \t]+)*(?:minister|secretary(?:-general)?|president|"
                          r"chancellor|premier|ambassador|envoy|senator|governor|mayor|spokes(?:man|woman|person)|commissioner|"
                          r"king|queen|emir|sultan|prince|canciller)")
_ROLE_WORD_END = re.compile(r"(?i)\b(?:analyst|expert|professor|correspondent|reporter|editor|director|minister|secretary|"
                            r"president|fellow|researcher|journalist|host|guest|moderator)\Z")


def _main_generic(t: str, units: list[Unit], answers: list[Unit]) -> set[str]:
    """The labels that name no one ("Speaker 2") whose answers may take the main speaker's name:
    all of them when there is one; else, of those that neither ask, nor open the talk (the host's,
    or a jingle's), nor announce the guest ("President X is with us"), the one that says at least two
    thirds of what they answer (an automatic transcript's guest)."""
    size: dict[str, int] = {}
    for u in answers:
        if u.speaker is not None and GENERIC_LABEL.fullmatch(u.speaker):
            size[u.speaker] = size.get(u.speaker, 0) + u.end - u.start
    if len(size) <= 1:
        return set(size)
    asking = {u.speaker for u in units if u.kind is SegmentKind.QUESTION}
    asking.add(next((u.speaker for u in units if u.kind in (SegmentKind.ANSWER, SegmentKind.QUESTION) and u.speaker), None))
    asking |= {u.speaker for u in answers if u.speaker in size and _MY_GUEST.search(t, u.content_start, u.end)}
    quiet = {k: v for k, v in size.items() if k not in asking}
    top = max(quiet, key=quiet.__getitem__, default=None)
    if top is not None and 3 * quiet[top] >= 2 * sum(quiet.values()):
        return {top}
    return set(size)


def _titled_surname(label: str) -> str | None:
    """The surname of a turn label written as titles and one name ("Ambassador Antonov:").

    >>> _titled_surname("Ambassador Antonov"), _titled_surname("Deputy Minister Ryabkov"), _titled_surname("Senior Editor")
    ('Antonov', 'Ryabkov', None)
    >>> _titled_surname("Foreign Minister Baerbock"), _titled_surname("Deputy Chief Cabinet Secretary Nishimura")
    ('Baerbock', 'Nishimura')
    """
    words = label.split()
    if len(words) < 2 or not all(w.lower().strip(".,") in _TITLE_WORDS or w.lower() in _OFFICE_ADJ for w in words[:-1]):
        return None
    last = words[-1]
    return last if last[:1].isupper() and last.lower() not in _TITLE_WORDS and is_person_name(last) else None


def _guest_role_turns(units: list[Unit]) -> set[int]:
    """The units of turns whose label is the interviewee's role ("Guest:", "Interviewee:") or "A:"
    (answering readers who ask under their names)."""
    out: set[int] = set()
    guest = False
    for u in units:
        if u.form == "label":
            guest = _ROLE_LABELS.get(u.label or "") is SpeakerRole.INTERVIEWEE or u.label == "A"
        if guest:
            out.add(id(u))
    return out


def _first_question(units: list[Unit]) -> int:
    """Where the first question is asked: past a host's opening (:attr:`Unit.opening`), which
    introduces the guest as a standfirst does ("I was listening to that with X, who is ..."); or where a
    labelled answer before it starts (an excerpt that opens mid-interview has no standfirst)."""
    asked = [u for u in units if u.kind is SegmentKind.QUESTION]
    first = next((u.start for u in asked if u.asks or not u.opening), asked[0].start)
    # an excerpt that opens inside an answer ("A. I really hope ..." before the first "Q."): talk, no standfirst
    return min([first] + [u.start for u in units if u.kind is SegmentKind.ANSWER and u.label == "A" and u.start < first][:1])


def _fill_principal(t: str, units: list[Unit], out: list[tuple[str | None, SpeakerRole]],
                    cues: SpeakerCues | None = None, model: SpeakerModel | None = None) -> list[tuple[str | None, SpeakerRole]]:
    answers = [u for u in units if u.kind is SegmentKind.ANSWER and u.role is not SpeakerRole.INTERVIEWER]
    # an office alone as the answers' label ("PRIME MINISTER:", "Minister:") names no one: unnamed, for the rules below to
    # name from the page, or no one (rule U1 of pass 117)
    bare = {u.speaker for u in answers if u.form == "label" and u.speaker and _BARE_OFFICE.fullmatch(u.speaker)}
    for u in answers if bare else ():
        u.speaker = None if u.speaker in bare else u.speaker
    out = [(None if n in bare else n, r) for n, r in out]
    for u in answers:  # a byline or label the rules took for a name: "Breaking News", "Svobodnaya Pressa", "Saudi Arabia"
        if u.sourced:
            continue  # a press review's source: "The Guardian" speaks there
        if u.speaker is not None and (u.form != "label" or u.label in ("Q", "A")) and is_place(u.speaker):
            out = [(None if n == u.speaker else n, r) for n, r in out]
            u.speaker = None
        elif u.speaker is not None and not is_person_name(u.speaker) and not (u.form == "label" and _ROLE_WORD_END.search(u.speaker)) \
                and not _DESK.fullmatch(u.speaker) and _co_authors(u.speaker) is None:
            better = person_part(u.speaker)
            if better is not None and u.speaker.split()[-1].lower() in _EVENT_WORDS:
                better = None  # an event or a body named for a place or a cause: "Cairo Peace Summit" is no "Cairo
                # Peace", "Harbour Peace Summit" no "Harbour Peace" (rule T2 of the 107th pass)
            if better is None and state_surname(u.speaker) and re.search(rf"(?i:\bby)[ \t]*:?[ \t]+{re.escape(u.speaker)}\b", t):
                better = u.speaker  # "By: Ricardo Israel": a byline's name whose surname is also a state's
            if better is None:  # "Foreign Minister Baerbock", on her label and the turn under it
                better = _titled_surname(u.speaker)
            out = [(better if n == u.speaker else n, r) for n, r in out]
            u.speaker = better
    out = soundbite_voices(t, units, out)
    unnamed = [u for u in answers if u.speaker is None]
    generic = _main_generic(t, units, answers)
    named = [u for u in units if u.form == "label" and u.kind is not SegmentKind.HEADING and u.label not in ("Q", "A")
             and u.label not in _ROLE_LABELS]
    if named and (sole := sole_guest_label(units, named, unnamed)) is not None:
        # a Q&A whose only named labels are one guest's, over some answers: the unlabelled answers are his too
        for u in unnamed:
            u.speaker = sole
        out = [(n, r) for n, r in out if not (n is None and r is SpeakerRole.INTERVIEWEE)]
        unnamed = []
    elif named and not all(u.kind is SegmentKind.QUESTION for u in named):
        # named turns: the labels say who speaks; an unnamed one (a soundbite) stays unnamed, except
        # the turns of a guest labelled by role ("[Anchor]" named by the page, "[Guest]" not)
        guest_turns = _guest_role_turns(units)
        unnamed = [u for u in unnamed if id(u) in guest_turns]
    if not unnamed and len(generic) != 1:
        host_opening(t, units)  # (the answers were named already: the host's opening is still his)
        return out
    has_q = any(u.kind is SegmentKind.QUESTION for u in units)
    spoken = is_spoken(t)
    talk = has_q or spoken or any(u.form == "label" for u in units) or any(u.role is SpeakerRole.UNKNOWN for u in unnamed)
    # not "Link Copied"; not a name over its caption ("William Ruto" / "Caption for the landscape image:")
    # (a name with the writer's job in brackets may be longer: "Ana Ruiz (Head of the Europe programme and ...)")
    lines = [(u.start, u.end) for u, v in zip(units[:12], units[1:13] + [None])
             if (u.end - u.start <= 80 or u.end - u.start <= 130 and t[u.end - 1] == ")")
             and "\n" not in t[u.start:u.end].strip()
             and not (u.kind is SegmentKind.CLUTTER and u.reason not in ("byline", "author_bio"))
             and not (v is not None and v.para == u.para and v.kind is SegmentKind.CLUTTER and v.reason == "caption"
                      and not re.search(r"[|\u00b7\u2022\d]", t[u.start:u.end]))]  # a byline keeps its date
    # "Mark Anthony Taylor" / "Macquarie University": an author line over its affiliation, one block
    lines += [span for u in units[:12] if u.kind is not SegmentKind.QUESTION and u.end - u.start <= 160
              for span in [_name_over_affiliation(t, u)] if span is not None]
    if not talk:
        # an op-ed's name alone on a line of a block the page printed without blank lines ("Image: shutterstock.com" /
        # the title / "Robert E. Hunter" / his bio; "Faisal Al-Shammeri" / "Published: Updated:"), among the block's
        # first lines, above the body's first paragraph, where no other reading took that line
        body = next((u.start for u in units if u.kind is not SegmentKind.CLUTTER and len(t[u.start:u.end].split()) >= 25), len(t))
        lines += [(m.start(), m.end()) for u in units[:12] if u.kind is not SegmentKind.QUESTION and "\n" in t[u.start:u.end].strip()
                  and u.start < body for m in islice(_LINE.finditer(t, u.start, min(u.end, 1500)), 5)
                  if not any(a < m.end() and m.start() < b for a, b in lines)
                  and person_line(NAME_LINE.fullmatch(t, m.start(), m.end()))]
        # a signature ending an op-ed: "Adib Saani" / "Security Analyst" / "Jatikay Centre ..."
        lines += [span for u in units[-2:] if u not in units[:12] and u.end - u.start <= 200
                  for span in [_name_over_affiliation(t, u)] if span is not None]
        # a letter's sign-off: "\u2014MARIA L. SANTOS," over the writer's e-mail address
        lines += [span for u in units[-2:] if u.kind is SegmentKind.CLUTTER and u.reason == "byline"
                  for span in [_sign_off(t, u)] if span is not None]
        # ... or the writer's name and town near the end ("Kent Wang, Potomac Falls" over "The writer is ...")
        # (one letter: on a letters page each signature names its own letter, see _section_speakers)
        signed = [span for u in units for span in [_signed_name(t, u)] if span is not None]
        lines += [span for span in signed if span[0] >= units[-4:][0].start] if len(signed) == 1 else []
        # ... or on two lines of their own, the name over the town, closing a letter in the first person ("Eeshan Lal" /
        # "Oak Brook"; rule W2 of the 103rd pass)
        if len(units) >= 4 and (last := _town_signed(t, units)) is not None:
            lines.append(last)
    lines.sort()
    first = next((u for u in units if u.kind is not SegmentKind.CLUTTER), None)
    # the title: the first heading, or a first line that reads as one ("Arne O. Holm says When the Arctic ...")
    title = (first.start, first.end) if first is not None and (first.kind is SegmentKind.HEADING or _TITLE_LINE.fullmatch(t, first.start, first.end)
                                                               or (not talk and first is units[0] and first.form == "plain"
                                                                   and _NAMED_TITLE.fullmatch(t, first.start, first.end))) else None
    rejected: set[str] = set()  # people the rules ruled out: the learned ranker may not name them either
    pt = unwrap_names(t)  # "Anna\nPols is an associate professor": a name a hard wrap broke is whole
    briefer = briefer_line(t, units)  # "Daily Press Briefing" / "Ana Ruiz, Spokesman": the briefer, over any cue
    qa = has_q and any(u.role is SpeakerRole.INTERVIEWEE for u in unnamed)  # a Q&A whose answers nobody named
    p = Principal(briefer[0], "interview" if has_q else "author", 5.0) if briefer else \
        principal(pt, lines, conversation=talk, title=title, cues=cues,
                  interview=qa,
                  answers_from=_first_question(units) if has_q else None)
    titled_speech = not talk and not briefer and bool(titled := speech_speaker(t, units))
    if titled_speech:
        # a speech's text alone under its title, "Address by President X" (no question, no turns): the title's speaker
        # over a name line the cues read ("Cairo Peace Summit" above it), and the speech is his even where it names him
        # (rule T2 of the 107th pass)
        p = Principal(titled[0], "author", 3.0)
    interview_author = qa and p is not None and p.kind == "author"
    # (a byline's writer whose credit reads as an expert's job, "By CLAUDE SALHANI, UPI International Editor", asks too)
    # (or a quote's cue: "By Sunetra Choudhury," over "In an interview with Sunetra Choudhury, he talks about ...")
    bylined = qa and p is not None and p.kind in ("author", "expert", "quote")
    if bylined and any(not _DELIVERED_BY.search(pt, max(0, m.start() - 60), m.start())
                       for m in re.finditer(rf"(?i)\bby[ \t]+(?:[\w/.-]+[ \t]+){{0,4}}?{re.escape(p.name)}", pt)):
        rejected.add(p.name.split()[-1].lower())
        p = None  # an interview's byline is the interviewer's ("By Irene Escudero" over QUESTION: / ANSWER:)
    elif interview_author and any((u.kind is SegmentKind.CLUTTER and u.reason == "byline"
                                   or (u.kind is SegmentKind.HEADING and not (v is not None and _CARD_JOB.search(t, v.start, v.end))))
                                  and t[u.start:u.end].strip() == p.name for u, v in zip(units, units[1:] + [None])):
        # the name alone on a byline line (or a heading's line: "Christophe Peus" over the title) over an interview is
        # the journalist's, when the standfirst introduces someone else ("La Vanguardia has interviewed the Minister
        # ..., José Manuel Albares", "... obstacles persist, says Dr X. He shared his views with the PSC Report"; not a
        # writer's card: "Tariq Al-Homayed" over "Saudi journalist and writer, ...")
        blank = _furniture_blanked(pt, units)
        for u in units:  # (the name line blanked too: the standfirst's "..., says Dr X." is read without it)
            if u.kind is SegmentKind.HEADING and t[u.start:u.end].strip() == p.name:
                blank = blank[:u.start] + " " * (u.end - u.start) + blank[u.end:]
        guest = intro_person(blank, _first_question(units)) or _addressed_guest(pt, units)
        if guest is not None and guest.name.split()[-1] != p.name.split()[-1]:
            rejected.add(p.name.split()[-1].lower())
            p = guest
    if talk and p is not None and p.kind == "author" and (guest := _announced_guest(pt, units)) is not None:
        p = guest  # a podcast page's host credit ("Paul Adamson") loses to the guest he announces
    if talk and any(u.opening for u in units):
        # a show's host brought the guest in and speaks to him by name ("I'm your host, X, joined by Y. ... Omar,
        # thank you for joining us"): the one he addresses, not a co-host the opening also names
        p = _addressed_guest(pt, units) or _announced_guest(pt, units) or p
    if talk and (p is None or p.kind == "expert"):
        # the guest the host puts the question to beats one a job cue merely describes ("Also with me
        # is my colleague and senior journalist, X" / "Ambassador Kaju, ... What does this indicate, sir?")
        p = _addressed_guest(pt, units) or _office_hailed(pt, units) or p
    if p is None and talk:
        p = _announced_guest(pt, units)  # "President Edgars Rinkovich is with us" over "Speaker 3" turns
    def asks(x: Principal | None) -> Principal | None:
        """``x``, unless the opening marks him as the press: a Q&A's journalist asks (rule P1)."""
        if qa and x is not None and x.name.split() and (x.name.split()[-1].lower() in document_press(t, units)
                                                        or is_outlet(x.name)):
            rejected.add(x.name.split()[-1].lower())
            return None
        return x

    p = asks(p)
    if p is None and qa and (talker := talker_to_press(t, units)) is not None:
        p = Principal(talker, "interview", 2.0)  # "X talks to political editor Y about ...": X answers, Y asks
    if p is None and (qa or talk) and (titled := speech_speaker(t, units)):
        # "Entretien de M. X, ministre de ..." over Q - / R - turns; "Transcript of an Address to the Nation by the
        # Honourable X" over a timed recording of the speech (rule T1 of the 103rd pass)
        p = Principal(titled[0], "interview", 3.0)
    if p is None and qa and (gave := gave_interview(pt, _first_question(units))) is not None:
        p = Principal(gave, "interview", 3.0)  # "Zelensky gave a long interview to ...": the registry's one Zelensky (pass 120)
    if p is None and qa:
        p = asks(intro_person(_furniture_blanked(pt, units), _first_question(units)))
        hailed = asks(_first_name_hailed(pt, units))
        if hailed is not None and (p is None or hailed.name.split()[-1] != p.name.split()[-1]):
            # the one the host hails by surname ("Amorim, is Brazil still interested ...?") over the one person a
            # standfirst names elsewhere (rule H3 of the 111th pass)
            p = hailed
    if p is None and unnamed and (note := transcript_note_speaker(pt, units)):
        # an editor's note that says whose words the page transcribes ("The following is a near-verbatim transcript of
        # today's noon briefing by X, Spokesperson for ..."), where no cue named the speaker
        p = Principal(note[0], "interview" if has_q else "author", 3.0)
    if p is None and unnamed and (titled := late_speech_speaker(pt)):
        # a speech's or a press conference's title in a form the patterns above leave out ("Keir Starmer Opening Press
        # Conference Remarks ...", "Text of news conference by Turkish Prime Minister X"; rule S1 of pass 114)
        p = Principal(titled[0], "interview" if qa or talk else "author", 3.0)
    if p is not None and qa and p.kind != "author" and not _person_like(p.name):
        # a cue's words that name no one ("I spoke to him after Question Period today", "My interview with Politico
        # Playbook"): the answers' speaker is still to find (rule V1 of the 102nd pass)
        rejected.add(p.name.split()[-1].lower())
        p = None
    if p is None and unnamed and model is not None and (has_q or talk or not model.conversations_only):
        # no rule names the speaker: the learned ranker may
        named = {u.speaker for u in units if u.speaker and u.kind is not SegmentKind.QUESTION}
        if len(named) < 2:  # several people the rules named (a letters page): one name for the rest would be a guess
            p = ranked_principal(t, pt, units, talk=talk, has_q=has_q, model=model, exclude=rejected)
    elif p is None and unnamed and model is not None and (prose := prose_model(model)) is not None \
            and len({u.speaker for u in units if u.speaker and u.kind is not SegmentKind.QUESTION}) < 2:
        # an op-ed or a report no rule names: the ranker's best where it is sure and the page credits that person as a
        # writer ("By", "Dr.", a job beside the name), never the headline's subject (rule R2 of pass 115)
        p = ranked_principal(t, pt, units, talk=talk, has_q=has_q, model=prose, exclude=rejected,
                             accept=lambda feats: writer_credit(feats, model))
    if p is None and unnamed and not talk and not has_q and model is not None and (writer := slug_writer(model.address)):
        p = Principal(writer, "author", 2.0)  # "...-by-daniel-gros-2025-03": the address's writer, no byline in the text
    if p is not None and _credited_only(t, units, p.name):
        p = None  # a photographer the captions credit ("Fot. ANN WANG/Reuters/Forum") speaks nowhere
    if not talk and p is not None and not titled_speech and reported_not_speaking(t, pt, p, unnamed):
        p = None  # the body stays the author's, named by a byline or by nobody (docs/annotation.md)
    if p is not None and " " in p.name and not p.name.isupper():
        p = Principal(page_spelling(pt, p.name), p.kind, p.score)  # "Mike McFall" in the talk, "Michael McFaul" in the title
    if p is not None and len(generic) == 1:
        label = next(iter(generic))
        # the host greeted the guest's voice by that name, maybe as the transcript spells it ("Ken
        # Pollock" for the standfirst's "Kenneth Pollack"): that voice is the guest's, under the
        # standfirst's spelling, and the numbered voice left is someone else's (a clip)
        greeted = {u.speaker for u in units if u.speaker is not None and u.speaker != p.name and spelled_alike(u.speaker, p.name)}
        if greeted:
            for u in units:
                if u.speaker in greeted:
                    u.speaker = p.name
            out = [(p.name if n in greeted else n, r) for n, r in out]
        elif not any(u.speaker == p.name for u in units):
            for u in answers:
                if u.speaker == label:
                    u.speaker = p.name
            out = [(p.name if n == label else n, r) for n, r in out]
        out = mark_host(t, units, out, p.name)
    elif p is None and len(generic) == 1:
        # no one named: the voice that answers keeps its number, the one that opens and asks hosts
        out = mark_host(t, units, out, next(iter(generic)))
    for u in unnamed:
        # recorded talk is the guest's unless an author line names the speaker; the unit's own role
        # stays (an unsure turn keeps its '?' as questions), its claims take this one
        if u.role is SpeakerRole.UNKNOWN or (u.role is SpeakerRole.AUTHOR and spoken):
            u.claim_role = SpeakerRole.AUTHOR if p is not None and p.kind == "author" else SpeakerRole.INTERVIEWEE
        if p is not None:
            u.speaker = p.name
    host_opening(t, units)
    roles = {u.claim_role or u.role for u in unnamed if u.kind is not SegmentKind.QUESTION}
    out = [(n, r) for n, r in out if not (n is None and r in roles)]
    for r in sorted(roles, key=lambda r: r.value):
        if (p.name if p else None, r) not in out:
            out.append((p.name if p else None, r))
    return out


_HEADLINE_WORD = re.compile(r"[^\W\d_]{4,}")


#: a town alone on the last line of a letter, perhaps with its state: "Oak Brook", "Potomac Falls, Va."
_TOWN_LINE = re.compile(r"[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?:,[ \t]*[A-Z][\w.]{1,12})?[ \t]*")


def _town_signed(t: str, units: list[Unit]) -> tuple[int, int] | None:
    r"""The span of a letter's signature on two units of their own at its end, the writer's name over the town, when the
    letter speaks in the first person (:func:`first_person`), else None.

    >>> from polisent.segment._units import Unit
    >>> t = "I felt compelled to write.\n\nI urge each of them to act.\n\nAna Ruiz\n\nOak Brook"
    >>> us = [Unit(0, 26, [0], 0, "plain", 0), Unit(28, 55, [2], 1, "plain", 28), Unit(57, 65, [4], 2, "plain", 57),
    ...       Unit(67, 76, [6], 3, "plain", 67)]
    >>> _town_signed(t, us)
    (57, 65)
    """
    name, town = units[-2], units[-1]
    m = NAME_LINE.fullmatch(t, name.start, name.end)
    if m is None or not person_line(m) or not _TOWN_LINE.fullmatch(t, town.start, town.end):
        return None
    return (name.start, name.end) if first_person(t, units[:-2]) else None


def ranked_principal(t: str, pt: str, units: list[Unit], *, talk: bool, has_q: bool, model: SpeakerModel,
                     exclude: set[str] | frozenset[str] = frozenset(),
                     accept: Callable[[Mapping[str, float]], bool] | None = None) -> Principal | None:
    """The learned ranker's speaker of ``t`` (``pt``: its names unwrapped), never the interviewer
    (:func:`interviewer_surnames`), the lower-case surnames in ``exclude``, nor a person the text only cites
    (:func:`_cited_only`); ``accept`` as in :func:`~polisent.segment._speaker_model.learned_principal`."""
    press = document_press(t, units) if has_q else frozenset()
    cited = _cited_only(pt, units)
    # (in a conversation, never an outlet or an agency: "During an interview with Agence France-Presse (AFP), ...")
    # (nor the outlet of a journalist the text names: "BW Businessworld's Manish Kumar Jha engages with ..."; rule O5)
    veto = (lambda name: cited(name) or is_outlet(name) or journalists_outlet(pt, name)) if has_q \
        else (lambda name: cited(name) or journalists_outlet(pt, name))
    return learned_principal(pt, talk=talk, has_q=has_q, model=model, exclude=frozenset(interviewer_surnames(t, units, has_q, press) | exclude),
                             veto=veto, press=press, accept=accept)


def _headline_case(line: str) -> bool:
    """A line in headline case: four or more longer words, every one capitalised, no sentence end."""
    words = _HEADLINE_WORD.findall(line)
    return len(words) >= 4 and all(w[0].isupper() for w in words) and not line.rstrip().endswith((".", "?", "!"))


def _told_journalist(t: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the outlet's journalist a speaker talked to ("told Nordic Wire
    reporter X", "spoke to the BBC's X"; :data:`_TO_JOURNALIST`)."""
    m = _TO_JOURNALIST.search(t, max(0, start - 80), end)
    return m is not None and m.start("name") == start


#: a third person the interviewer names to the guest: "Your foreign minister, Edgars Rinkevics, recently said ..."
_YOUR_THIRD = re.compile(r"\b(?i:your)[ \t]+(?:[\w-]+[ \t]+){0,3}[\w-]+,[ \t]*\Z")


_THIRD_NEXT = re.compile(r"[ \t]+[a-z]|[.;]")
#: the start of a sentence or of a unit, perhaps with a title or a question's number: "1. Mr. ", "? Dr. "
_SENTENCE_START = re.compile(r"(?:\A|[.?!:]\s+|\n)(?:\d{1,2}\.\s*)?(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?\Z")
_INTRODUCED = re.compile(r"(?i)\b(?:with|by|joined|joining|welcome|guest|is|are|me|us)\b[^.?!]*\Z")


#: the reasons of dropped segments that are a site's widgets, never a standfirst's words
_FURNITURE = frozenset({"navigation", "share", "subscribe", "ad", "advertisement", "legal", "comments_policy", "media",
                        "short_url", "tags", "related", "reading_time", "markup"})


def _furniture_blanked(t: str, units: list[Unit]) -> str:
    """``t`` with the page furniture the rules dropped blanked out (offsets kept): a standfirst reader must not
    take "Go to Contents Go to Navigation" for a person. Only the site's own widgets go (:data:`_FURNITURE`): an
    editor's note or a byline the rules dropped may name the interviewee ("Here is a transcript of an interview I
    did with the Somali president, Hassan Sheikh Mohamud").

    >>> from polisent.segment._units import Unit
    >>> u = Unit(0, 15, [0], 0, "plain", 0); u.kind, u.reason = SegmentKind.CLUTTER, "navigation"
    >>> _furniture_blanked("Go to Contents\\nAna Ruiz speaks.", [u])
    '               \\nAna Ruiz speaks.'
    """
    parts, at = [], 0
    for u in units:
        if u.kind is SegmentKind.CLUTTER and u.reason in _FURNITURE and u.start >= at:
            parts += [t[at:u.start], re.sub(r"[^\n]", " ", t[u.start:u.end])]
            at = u.end
    return "".join(parts) + t[at:] if parts else t


def _cited_only(t: str, units: list[Unit]) -> Callable[[str], bool]:
    """A veto for the learned ranker: whether every mention of a person is where a speaker is not
    introduced: a caption or other page furniture (a byline excepted), an answer after the first
    question (a source the guest cites), the words of a headline in headline case ("Venezuela: Local
    Stakes for International Actors"), or the outlet that opens an interview sentence.

    >>> from polisent.segment import RuleSegmenter
    >>> text = ("Q: Where does the term come from?\\nA: According to scholar Mette Holm, diplomats coined it.\\n"
    ...         "Q: Is it useful?\\nA: Only as a slogan.\\n")
    >>> {c.speaker for c in RuleSegmenter(speaker_model=True).segment(text).claims if not c.is_question}
    {None}
    """
    first_q = next((u.start for u in units if u.kind is SegmentKind.QUESTION), None)

    def quiet(start: int, end: int) -> bool:
        u = next((u for u in units if u.start <= start < u.end), None)
        if u is None:
            return False
        if u.kind is SegmentKind.CLUTTER:
            return u.reason != "byline"
        if first_q is not None and start > first_q and u.kind is not SegmentKind.QUESTION and u.role is not SpeakerRole.INTERVIEWER:
            return True
        if u.kind is SegmentKind.QUESTION and _YOU.search(t, u.start, u.end) is not None:
            # "Mr. Donald Trump broke with 37 years of practice ... How do you read the message that Mr. Trump
            # wanted to deliver?": the question puts to "you" what it says of him (never "Dr. Nasr, do you ...?")
            # (a subject or object of the question's own clause, followed by a lower-case word; never one the host
            # introduces: "let's talk about the floods with Claudia Gazini.", "joining us is X")
            lead = t[max(u.start, start - 12):start]
            vocative = (t.startswith(",", end) and _SENTENCE_START.search(lead) is not None) \
                or (lead.rstrip().endswith(",") and t.startswith(("?", "!", ","), end))
            return not vocative and _THIRD_NEXT.match(t, end) is not None and _INTRODUCED.search(t, max(u.start, start - 40), start) is None
        line_start = t.rfind("\n", 0, start) + 1
        line_end = t.find("\n", end)
        line = t[line_start:len(t) if line_end < 0 else line_end]
        return u.kind is SegmentKind.HEADING and _headline_case(line) and not t.startswith((",", ":"), end)

    def veto(name: str) -> bool:
        spots = list(bounded_spans(t, name.split()[-1]))
        full = [(s, s + len(name)) for s in literal_starts(t, name)]
        # (or every time the text names him in full, the other side of talks or an outlet's reporter:
        # "my counterpart, Foreign Minister X", "told Nordic Wire reporter X")
        return bool(spots) and (any(outlet_asks(t, a, b) for a, b in full) or all(quiet(a, b) for a, b in spots)
                                or (bool(full) and all(other_side(t, a) or _told_journalist(t, a, b)
                                                       or _YOUR_THIRD.search(t, max(0, a - 50), a) for a, b in full)))

    return veto
