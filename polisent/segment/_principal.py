"""The document's main speaker, for answers that no turn label, byline or bio names.

News pieces built on one expert's comments, transcripts without speaker labels and op-eds with the
author's name alone on a line all say who speaks in prose: "we can talk to Hulud Rhea now",
"military expert Boris Rozhin", "Jens Stoltenberg told DW". Each cue of
``polisent/data/speaker_cues.json`` that introduces a name adds its weight to that person (keyed by
surname); later mentions of the surname add a little more. The best-scored person with an
introducing cue names the unnamed answers; names the host introduces himself with never do.

>>> from polisent.segment._principal import principal
>>> principal("Transcript\\n\\nWe can talk to Hulud Rhea now, founding director of the Confluence "
...           "think tank. What happens next?\\n\\nRhea: It is grim.")
Principal(name='Hulud Rhea', kind='interview', score=3.5)
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from polisent.segment._author_lines import NAME_LINE, TITLED_NAME, person_line
from polisent.segment._name_cues import (
    _ASKER,
    _OWNER,
    _CITED,
    outlet_journalist_asks,
    _END_BIO,
    _FIRST_LINES,
    _GUEST_SELF,
    _HEAD_BIO,
    _INTERVIEW_WORD,
    _LEAD,
    _LEFT,
    _LEFT_LONG,
    _MORE_NAME,
    _MY_TALK,
    _NAME_BEFORE,
    _OFFICE,
    _OFFICE_START,
    _OWN_BRIEFING,
    _PARTS,
    _SELF_IM,
    _TALKING_TO,
    _THIS_IS,
    _TITLE_QUOTE,
    _TITLE_TAIL,
    _TITLE_WITH,
    _TITLE_ASKS,
    _WORD_AT,
    _WRITER_IS,
    OUTLET_AFTER,
    _after_article,
    _bio_opens,
    _delivered_by,
    _next_line,
    spoke_to_journalist,
)
from polisent.segment._person_names import (
    _STYLES,
    _TITLE_WORDS,
    GENERIC_LABEL,
    NON_PERSON,
    _org_acronyms,
    is_person_name,
    is_place,
    person_part,
)
from polisent.segment._prefilter import fold, passes, word_spans
from polisent.segment._principal_parts import (
    _CITED_LITERALS, _COHOST, _FIRST_LINE, _HOST_SELF_SCAN, _IN_THIS_INTERVIEW_SAYS_SCAN, _IN_THIS_INTERVIEW_SCAN,
    _IS_THEN_IN_THIS_INTERVIEW_SCAN, _NAME_AT, _OWN_MEETING, _POSSESSIVE, _SELF_JOB_AT, _SPACE_CAP, _SPOKES_SCAN,
    _SUBJECT_MET_SCAN, _THEIR_INTERVIEW_SCAN, _TO_JOURNALIST_SCAN, Principal, _Cand, page_spelling,
)
from polisent.segment._principal_parts import _heard_alike  # noqa: F401
from polisent.segment._principal_cues import (
    _GLUED_FIRST,
    _LINE,
    _OWN_WORDS,
    _TITLE_SURNAME_ON,
    _WORDY,
    _WRITTEN_BY,
    journalists_outlet,
    _COMMA_AFTER,
    _SUBJECT_AFTER,
    HEAD_CHARS,
    TAIL_CHARS,
    _clean,
    _folded,
    _lower_case_guest,
    is_spoken,
    outlet_asks,
)
from polisent.segment._speaker_cues import (
    SpeakerCues,
    _builtin_cues,
    cue_literals,
    load_speaker_cues,
    search_before,
)

__all__ = ["GENERIC_LABEL", "NON_PERSON", "OUTLET_AFTER", "TITLED_NAME", "Principal", "SpeakerCues", "is_person_name", "is_place",
           "is_spoken", "load_speaker_cues", "outlet_asks", "page_spelling",
           "person_part", "principal"]

logger = logging.getLogger(__name__)

_DATA = Path(__file__).resolve().parent.parent / "data"


#: an outlet's possessive opening a name line: "CGTN's ", "The Ledger's " (rule B6 of pass 117)
_OUTLETS_WRITER = re.compile(r"[ \t]*(?:The[ \t]+)?" + _OWNER + r"(?=[A-Z])")


def principal(t: str, name_lines: list[tuple[int, int]] | None = None, *, conversation: bool = True,
              title: tuple[int, int] | None = None, cues: SpeakerCues | None = None,
              interview: bool = False, answers_from: int | None = None) -> Principal | None:
    """The main speaker ``t`` introduces, or None; ``name_lines`` are spans of lines that may be a
    name alone (an author line under the title); ``title`` is the span of the title, which may
    quote the speaker ("Kurt Volker: Russia is buying time"). In a ``conversation`` "I'm X" is the
    host; in a text with no questions it is the author. Past ``answers_from`` (the first question),
    "my interview with X" is the speaker's own meeting, no cue for X."""
    rules = cues if cues is not None else _builtin_cues()
    active = rules.active(conversation)
    cands: dict[str, _Cand] = {}
    seen: dict[str, str] = {}  # every person named in the windows, by surname
    selves: set[str] = set()
    head_end = min(len(t), HEAD_CHARS)
    windows = [(0, head_end)]
    if len(t) > head_end:
        windows.append((max(head_end, len(t) - TAIL_CHARS), len(t)))

    self_jobs: dict[str, tuple[str, int, int]] = {}  # self-introductions followed by the speaker's job

    def add(raw: str, kind: str, weight: float, single: bool = False, interviewer: bool = False,
            span: tuple[int, int] | None = None) -> None:
        name = raw if single else _clean(raw)
        if name is not None and (g := _GLUED_FIRST.match(name)) is not None:
            name = name[g.end("left"):]  # "PoltMichael C. Polt": a caption's name run into the bio's (rule G2, 111th pass)
        if name is None or is_place(name):  # "... ambassador to Syria and Saudi Arabia, says": not a person
            return
        if not single and not is_person_name(name):
            return  # a run no person is named ("Joining NATO presupposes trust ..."; rule P2 of pass 114)
        key = name.split()[-1].lower()
        if kind == "self":
            if conversation or interviewer:
                selves.add(key)
                if span is not None and _GUEST_SELF.match(t, span[1]):
                    self_jobs[key] = (name, *span)  # "I'm Carlos Conde. I'm the Philippines researcher for ...": a guest's?
                return
            kind, weight = "author", 3.0
        c = cands.setdefault(key, _Cand(name))
        c.score += weight
        c.kinds.add(kind)
        clean, was_clean = person_part(name) == name, person_part(c.name) == c.name
        if (len(name) > len(c.name) and (clean or not was_clean)) or (clean and not was_clean):
            c.name = name  # the longer form, unless only one is a clean name ("Pavel Lind", not "Russia Mr Pavel Lind")

    # one pass over the capitalised names, then each cue is tried right before and right after
    # each name (a few short anchored searches instead of scanning the text once per cue)
    for a, b in windows:
        for m in _NAME_AT.finditer(t, a, b):
            raw, start, end = m.group("name"), m.start(), m.end()
            cut = _POSSESSIVE.search(raw)
            if outlet_journalist_asks(t, m.start("name"), raw):
                continue  # "in an interview with Ledger Television's Tom Bell": the outlet and its journalist, who asks
            if cut is not None and " " in raw[:cut.start()].strip():  # "Dinesh Kamath's Editorial": the person
                # ends at the possessive ("the BBC's Paul Adams", "MOFA's Spokesperson X" keep the name after it)
                raw, end = raw[:cut.start()], m.start("name") + cut.start()
            if " " not in raw and "\t" not in raw:
                continue
            words = list(_WORD_AT.finditer(raw))
            # (not a style inside a name: "Somalia President Hassan Sheikh" + " Mohamud")
            k = max((i for i, w in enumerate(words) if w.group().lower() in _TITLE_WORDS
                     and not (w.group().lower() in _STYLES and i and words[i - 1].group().lower() not in _TITLE_WORDS)), default=0)
            more = _MORE_NAME.match(t, end) if k else None
            if more is not None:  # "Russian Foreign Minister Sergei" + " Lavrov": the person after the office
                start = m.start("name") + words[k + 1].start() if k + 1 < len(words) else more.start() + 1
                raw, end = t[start:more.end()].strip(), more.end()
                if " " not in raw and "\t" not in raw:
                    continue
            full = _clean(raw)
            if full is None and len(parts := raw.split()) == 2 and parts[0] in _org_acronyms():
                # "(Former US Ambassador to) NATO Daalder: ...": the surname after an organisation's acronym,
                # in full where the head gives it ("... to NATO (2009-2013) Ivo Daalder")
                full = next((f for g in re.finditer(rf"\b[A-Z][\w'\u2019.-]+[ \t]+{re.escape(parts[1])}\b", t[a:b])
                             if (f := _clean(g.group())) is not None), None)
                raw = full or raw
            if full is not None and not is_place(full):
                seen.setdefault(full.split()[-1].lower(), full)
            office = more is not None or _OFFICE_START.match(raw) is not None \
                or _OFFICE.search(t, max(0, m.start() - 30), m.start()) is not None
            lead = _LEAD.match(raw)  # "Guest Fyodor Lukyanov", "Expert Anna Berg": the cue is inside the run
            if lead is not None and len(raw[lead.end():].split()) >= 2:
                start = m.start("name") + lead.end()
                raw = raw[lead.end():]
            left = t[max(a, start - _LEFT):start].lower()
            if passes(_CITED_LITERALS, left) and _CITED.search(left):
                continue  # "According to Thai scholar X, the author of ...": a source the speaker cites
            if outlet_asks(t, start, end):
                # "In an interview with journalist X, the envoy ...": X asks; the subject after the comma,
                # whom the text named in full before, is the guest ("In an interview with David Okwemba
                # at Villa Somalia, President Mohamud vowed ...")
                comma = _COMMA_AFTER.match(t, end)
                sub = _SUBJECT_AFTER.match(t, comma.end()) if comma is not None else None
                if sub is not None and (full := seen.get(sub.group("sur").lower())) is not None:
                    add(full, "interview", 3.0)
                continue
            wide: str | None = None  # the longer window, cut once for the interview cues
            folded: dict[int, str] = {}  # the windows before the name, folded (see _prefilter), by start
            named = (c_ := _clean(raw)) is not None and not is_place(c_)  # what add() would credit
            for where, kind, weight, rx, keys in active:
                if not named and (where != "before" or kind != "interview"):
                    continue  # no person to credit: only an interview cue's guard below (spoke_to_journalist) acts
                if where == "before":
                    reach, scope = _LEFT, left
                    if kind == "interview":
                        reach = _LEFT_LONG
                        scope = wide = wide if wide is not None else t[max(a, start - reach):start].lower()
                    if keys:
                        for k_ in keys:  # (a plain loop: cheaper than any() over a generator, per name and cue)
                            if k_ in scope:
                                break
                        else:
                            continue
                    lo = max(a, start - reach)
                    lits = cue_literals(rx)
                    if lits is not None:  # a literal every match holds is missing from the window: no search
                        win = folded.get(lo)
                        if win is None:
                            win = folded[lo] = fold(t[lo:start])
                    hit = None if lits is not None and not passes(lits, win) else search_before(rx, t, lo, start, win if lits else None)
                    if hit is None and more is not None and kind == "interview":
                        # "joining me now is Russian Foreign Minister Sergei Lavrov": the cue stands before the office
                        hit = search_before(rx, t, max(a, m.start("name") - reach), m.start("name"))
                else:
                    hit = rx.match(t, end, min(len(t), end + 240))
                    if hit is None and interview and kind == "interview" and t.startswith(",", end):
                        # "The head of the Center, Vladimir Yevseyev, told Vestnik Kavkaza" over a Q&A
                        # (a news report's "..., X, told Reuters" quotes X; it has no questions)
                        hit = rx.match(t, end + 1, min(len(t), end + 240))
                if hit is not None and kind == "interview" and where == "before" and (OUTLET_AFTER.match(t, end) or outlet_asks(t, start, end)):
                    continue
                if hit is not None and kind == "interview" and where == "before" and answers_from is not None \
                        and hit.start() > answers_from and _OWN_MEETING.search(t, max(0, hit.start() - 24), hit.start()):
                    continue  # "Regarding my interview with Emmanuel Macron, we ...": the interviewee met him
                if hit is not None and kind == "interview" and where == "before" and spoke_to_journalist(t, hit.start()):
                    selves.add(raw.split()[-1].lower())  # "... is the President of X. She spoke to Aditi Bhaduri on
                    continue  # ...": the guest spoke to the journalist, who asks
                if hit is not None and kind == "self" and where == "before" and _TALKING_TO.search(t, hit.start(), start) \
                        and not _COHOST.search(t, hit.start(), start):
                    continue  # "I'm talking today with Professor X": the guest, not the host's own name
                if hit is not None and kind == "self" and _THIS_IS.match(hit.group()) and any(
                        w == "after" and k == "expert" and r.match(t, end, min(len(t), end + 240))
                        for w, k, _, r, _ in active):
                    continue  # "This is Page Taylor, the Australian's correspondent": a hand-over, not the host
                if hit is not None and kind == "expert" and where == "after" and not conversation \
                        and start >= len(t) - _END_BIO and _bio_opens(t, start):
                    add(raw, "author", 3.0)  # "Kevork Almassian is an award-winning political commentator ..." ending an op-ed
                elif hit is not None and kind == "expert" and where == "after" and not conversation and start < _HEAD_BIO \
                        and t[max(0, start - 2):start].strip() in ("", "\n") and t.count(raw.split()[-1]) == 1:
                    # "Oscar van Heerden is a scholar of International Relations ..." under an op-ed's
                    # title, his name never written again: the writer's bio, which outweighs a name
                    # line ("Defend Truth", a section's name over the title)
                    add(raw, "author", 3.5)
                elif hit is not None:
                    # "President Lula said": an office holder is more often the topic than the speaker;
                    # "interviewed by X", "host X" name the interviewer, in any text
                    # (not a guest the host introduces: "joining me now is Russian Foreign Minister Sergei Lavrov")
                    # ("President Sadyr Zhaparov gave a brief interview to ...": a cue that says "interview" names its guest,
                    # office or not; "President X told the Council" does not)
                    add(raw, kind, weight / 2 if office and kind != "self" and not (where == "before" and kind == "interview")
                        and not (kind == "interview" and "interview" in hit.group().lower()) else weight,
                        interviewer=kind == "self" and _ASKER.search(hit.group()) is not None, span=(start, end))
    lows = [fold(t[a:b]) for a, b in windows]  # the windows folded, for the scans' literal prefilters
    for (a, b), low in zip(windows, lows):
        for m in _SPOKES_SCAN.finditer(t, a, b, low):  # "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference"
            own = _OWN_BRIEFING.match(t, m.end()) is not None  # the spokesperson's own briefing: the answerer
            add(m.group("name"), "interview" if own else "expert", 3.0 if own else 2.0)
        for m in _THEIR_INTERVIEW_SCAN.finditer(t, a, b, low) if interview else ():  # (an op-ed may discuss "Putin's interview")
            add(m.group("name"), "interview", 3.0)
        for m in _IN_THIS_INTERVIEW_SCAN.finditer(t, a, b, low):  # "X, in this interview with ADELANI ADEPEGBA, discusses ..."
            add(m.group("guest"), "interview", 3.0)
            host = person_part(m.group("host"))
            if host is not None:
                selves.add(host.split()[-1].lower())
        for m in _IN_THIS_INTERVIEW_SAYS_SCAN.finditer(t, a, b, low):  # "X in this interview speaks on ..."
            add(m.group("guest"), "interview", 3.0)
        for m in _IS_THEN_IN_THIS_INTERVIEW_SCAN.finditer(t, a, b, low):  # "X is an analyst. In this interview, he spoke on ..."
            add(m.group("guest"), "interview", 3.0)
        for m in _SELF_JOB_AT.finditer(t, a, b):  # "I'm RFE/RL Europe Editor Rikard Jozwiak,": the job run hides the name
            if any(w.lower() in _TITLE_WORDS for w in m.group("job").split()):
                add(m.group("name"), "self", 0.0)
    if conversation:
        for (a, b), low in zip(windows, lows):
            for m in _SUBJECT_MET_SCAN.finditer(t, a, b, low):
                subject = seen.get(m.group("subject").lower())
                if subject is None or subject == m.group("subject"):
                    continue  # not the surname of someone the text named in full before
                if _NAME_BEFORE.search(t, max(0, m.start() - 40), m.start()):
                    continue  # the end of a full name, not a surname alone ("Our Kan Hyeong-woo sat down with X")
                add(subject, "interview", 3.0)
                for g in ("first", "second"):
                    name = person_part(m.group(g)) if m.group(g) else None
                    if name is not None:
                        selves.add(name.split()[-1].lower())
        for (a, b), low in zip(windows, lows):  # "spoke to The Washington Post's Lally Weymouth": the outlet's journalist asks
            for m in _TO_JOURNALIST_SCAN.finditer(t, a, b, low):
                name = person_part(m.group("name"))
                if name is not None:
                    selves.add(name.split()[-1].lower())
    # a surname alone after its full name ("Kaljulaid, chosen president last year, spoke to ...",
    # "Cepeda said", "Riedl says:"): its cues after it count too
    named = {k: c.name for k, c in cands.items()}
    for k, nm in seen.items():  # "Ananth Krishnan first moved to China ..." then "Scroll.in spoke to Krishnan"
        named.setdefault(k, nm)
    for key, name in named.items():
        surname = name.split()[-1]
        if sum(t.count(surname, a, b) for a, b in windows) < 2:
            continue  # written once, in the full name itself: never alone
        for a, b in windows:
            for m_start, m_end in word_spans(t, surname, a, b, not_before=_SPACE_CAP):  # not "Krishnan Raman"
                if _NAME_BEFORE.search(t, max(0, m_start - 40), m_start):
                    continue  # part of a longer name, counted above
                for where, kind, weight, rx, _ in active:
                    if where == "after" and (kind in ("interview", "quote") or (kind == "expert" and not conversation)) \
                            and rx.match(t, m_end, min(len(t), m_end + 240)):
                        add(name, kind, weight)
                    elif where == "before" and kind == "interview" and search_before(rx, t, max(a, m_start - _LEFT), m_start) \
                            and not OUTLET_AFTER.match(t, m_end):
                        add(name, kind, weight)  # "Scroll.in spoke to Krishnan about ..."
    # a Q&A's title that names the one who answers ("3 QUESTIONS FOR Enrique Krauze", "Luis Moreno Ocampo Answers:"),
    # as the first line of the text, which may have been read into the first question's unit
    first_line = _FIRST_LINE.match(t)
    if first_line is not None and (m := _TITLE_ASKS.match(t, first_line.start(1), first_line.end(1))) is not None \
            and is_person_name(name := " ".join((m.group("name") or m.group("name2")).split())):
        add(name, "interview", 3.0)
    if title is not None and len(_WORDY.findall(t, *title)) < 2:
        # a weather widget read as the title ("20.3 C"): the page's title is the next line of words, past a date (T5)
        title = next((m.span() for m in _LINE.finditer(t, title[1], min(len(t), title[1] + 300))
                      if len(_WORDY.findall(t, *m.span())) >= 4), title)
    if title is not None:
        m = _TITLE_QUOTE.match(t, *title)
        mine = _MY_TALK.match(t, m.end() - 1, title[1]) if m is not None else None
        if mine is not None:
            # "Leyla Shah: My interview with an American analyst ... Mr Paul Goble": the one before the
            # colon asked; the guest is the last person the title names
            add(m.group("name"), "self", 0.0)
            guests = [n for g in _NAME_AT.finditer(t, mine.end(), title[1]) for n in [person_part(" ".join(g.group("name").split()))]
                      if n is not None and is_person_name(n)]
            if guests:
                add(guests[-1], "interview", 3.0)
        elif m is not None:
            # (a statement under "Ana Ruiz, Minister of Foreign Affairs: ..." that speaks in the first person, no talk:
            # hers as its author; rule T5 of the 111th pass)
            own = not conversation and len(_OWN_WORDS.findall(t, title[1], min(len(t), title[1] + 2000))) >= 3
            add(m.group("name"), "author" if own else "interview", 3.0)
        m = _TITLE_WITH.match(t, *title)
        if m is not None and not outlet_asks(t, m.start("name"), m.end("name")):
            name = " ".join(m.group("name").split())
            # "Interview with Sheikh Hasina Prime Minister of Bangladesh": the office after the name is no part of it
            name = person_part(name) or name if len(name.split()) > 2 else name
            if " " in name:
                add(name, "interview", 3.0)
            elif m.group("office") and name.lower() not in NON_PERSON:
                add(name, "interview", 3.0, single=True)
        on = _TITLE_SURNAME_ON.search(t, *title) if interview else None
        if on is not None and (full := seen.get(on.group("sur").lower())) is not None:
            add(full, "interview", 3.0)  # a Q&A's "The Loneliness of the President: Karzai on His Own" (rule T3, 111th pass)
        name, span = _delivered_by(t, *title), title  # "Remarks by High Representative/Vice-President Josep Borrell upon ..."
        if name is None and title[0] < 200:  # ... or the line under a section's kicker ("Government" / "Article by
            # Foreign Minister Nikos Dendias, in the Greek edition of ..."; rule T4 of the 111th pass)
            nxt = re.search(r"\S[^\n]*", t[title[1]:title[1] + 400])
            span = (title[1] + nxt.start(), title[1] + nxt.end()) if nxt is not None else title
            name = _delivered_by(t, *span) if nxt is not None else None
        if name is not None:  # (an article's writer is its author: "Article by Foreign Minister X")
            add(name, "author" if _WRITTEN_BY.search(t, *span) else "interview", 3.0)
            selves.discard(name.split()[-1].lower())  # "Interview by X with the Daily Monitor": X gave it
        m = _TITLE_TAIL.search(t, *title)  # "Options before ECOWAS, By Ehi Braimah", "... transition - Ambassador David Moran"
        if m is not None and not m.group("by") and is_place(m.group("name").split()[0]):
            m = None  # "As Iraq Goes to the Polls, Iran Watches": the title's own clause, not a name
        if m is not None and is_person_name(" ".join(m.group("name").split())):
            add(" ".join(m.group("name").split()), "author" if m.group("by") else "interview", 3.0)
    for s, e in name_lines or ():
        if title is None or s != title[0]:
            name = _delivered_by(t, s, e)  # a title the clutter rules took for a byline: "Full Text of the Interview by ..."
            if name is not None:
                add(name, "interview", 3.0)
                selves.discard(name.split()[-1].lower())
                continue
        parts = [x for x in _PARTS.split(t[s:e]) if x.strip()]
        if len(parts) in (2, 3):  # "TO THE QUICK - Jerry Tundag - The Freeman": a column, its author, the outlet
            people = [n.group("name") for x in parts if not x.strip().isupper()
                      for n in [NAME_LINE.fullmatch(x)] if person_line(n)]
            if len(people) == 1:
                add(people[0], "author", 3.0)
                continue
        m = NAME_LINE.fullmatch(t, s, e)
        if not person_line(m) and not conversation and (own := _OUTLETS_WRITER.match(t, s, e)) is not None \
                and not is_place(own.group("owner")):  # (not a state's: "Russia's Sergei Lavrov" is a headline's subject)
            m = NAME_LINE.fullmatch(t, own.end(), e)  # "CGTN's Liu Xin" under an op-ed's title: the outlet's writer (B6)
        if person_line(m):  # the whole line is the name: not "Play Live Radio"
            if interview and (t[s:e].lstrip()[:3].lower() == "by " or _WRITER_IS.match(t, _next_line(t, e))):
                # an interview's byline is the interviewer's ("By X"; "X" over "The author is head of ...")
                add(m.group("name"), "self", 0.0)
            else:
                add(m.group("name"), "author", 3.0)
    if not conversation and any(_WRITER_IS.search(t, a, b) for a, b in windows):
        # "The writer is an international journalist based in Port of Spain": the op-ed's one name
        # line among its first lines ("Mark Wilson #2", a column's number after it) is its writer
        for line in _FIRST_LINES.finditer(t, 0, min(len(t), 400)):
            m = NAME_LINE.fullmatch(t, line.start(), line.start() + len(line.group().rstrip()))
            if person_line(m):
                add(m.group("name"), "author", 3.0)
                break

    def host_self(s: int, e: int) -> bool:  # "welcome to The Take. I'm X", "I'm X, and this is The Take"
        return _HOST_SELF_SCAN.search(t, max(0, s - 80), min(len(t), e + 60)) is not None

    if len(self_jobs) < len(selves) and any(host_self(*m.span()) for m in _SELF_IM.finditer(t, 0, head_end)):
        # a podcast whose host introduces himself with the show ("I'm Kevin Hurst, and this is The
        # Take"): a later "I'm X. I'm the ... researcher for Y" with no show near it is the guest's
        for key, (name, s, e) in self_jobs.items():
            if not host_self(s, e):
                selves.discard(key)
                add(name, "interview", 3.0)
    for key, (name, s, e) in self_jobs.items():
        c = cands.get(key)
        if key in selves and c is not None and "interview" in c.kinds:
            # "I am Dr. X a lecturer ..." where the standfirst says "X is ... In this interview, he spoke on
            # ...": the guest presenting himself, not a host
            selves.discard(key)
    if not cands:
        return _caption_guest(t) if conversation else None
    mw, cap, min_score = rules.mention_weight, rules.max_mentions, rules.min_score
    introduced = [k for k, c in cands.items() if k not in selves and c.kinds & {"interview", "author", "expert"}]
    if conversation and len(introduced) == 1:
        min_score = min(min_score, 2.0)  # the one person an interview introduces ("X is a fellow at ...")
    best: Principal | None = None
    best_rank: tuple[bool, float] = (False, 0.0)
    head = t[:200_000]
    # a report on an interview with nobody introduced ("..., a delegate said in an interview with
    # Efe. According to Sen. Ivan Cepeda, ..."): the person it quotes is the interviewee
    quoted = interview and not introduced and _INTERVIEW_WORD.search(t, 0, head_end) is not None
    if quoted:
        min_score = min(min_score, 2.0)
    for key, c in cands.items():
        strong = [k for k in ("interview", "author", "expert") if k in c.kinds] or (["quote"] if quoted and "quote" in c.kinds else [])
        if key in selves or not strong or c.score + mw * cap < min_score:
            continue  # no introducing cue, or too little even with every mention: skip the count
        if _after_article(head, c.name):
            continue  # "an interview with the JoongAng Ilbo", "head of ... of the JoongAng Ilbo": an organisation
        if journalists_outlet(head, c.name):
            continue  # "BW Businessworld's Manish Kumar Jha engages with ...": the outlet of a journalist (rule O5, 111th pass)
        surname = c.name.split()[-1]
        if not conversation and ("told" in head or "tells" in head or "wrote to" in head) \
                and re.search(rf"\b{re.escape(surname)}\b[^.!?\n]{{0,80}}?\b(?:told|tells|wrote to)[ \t]+(?:me|us)\b", head):
            continue  # "As retired Ambassador Joseph Sullivan ... told me": the writer's source, not the writer
        # a plain count for long surnames; a word-bounded one for short ones ("Lee" in "Leeds")
        mentions = head.count(surname) if len(surname) > 4 else sum(1 for _ in word_spans(head, surname, 0, len(head)))
        score = c.score + mw * min(max(mentions - 1, 0), cap)
        if score < min_score:
            continue
        # in a conversation, the person the text says it interviewed outranks one a job word merely describes
        # ("TABNAK reached out to Professor X" over "Iran's top diplomat Y said ...")
        rank = (conversation and strong[0] == "interview", score)
        if best is None or rank > best_rank:
            best_rank = rank
            best = Principal(c.name.title() if c.name.isupper() else c.name, strong[0], round(score, 2))  # "ARZAN TARAPORE"
    if best is None and conversation:  # machine captions: capitalised runs that name no one ("Central Government")
        best = _caption_guest(t)
    if best is not None:  # "Maria Corina" where the text gives "María Corina Machado": the full name
        words = _folded(best.name).split()
        longer = {n for n in seen.values() if len(n.split()) > len(words) and _folded(n).split()[:len(words)] == words}
        if len(longer) == 1:
            best = Principal(longer.pop(), best.kind, best.score)
    logger.debug("principal speaker: %s (from %d candidates)", best, len(cands))
    return best


def _caption_guest(t: str) -> Principal | None:
    lower = _lower_case_guest(t)
    return Principal(lower, "interview", 3.0) if lower is not None else None
