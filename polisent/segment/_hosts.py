"""The interviewer among a text's turn labels: the label a cue names as the host ("X speaks with
Y", "host X"), the one who welcomes, introduces himself or asks at the end of his turns. Split out
of :mod:`polisent.segment._speakers`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from polisent.segment._bylines import _GUEST_RX, _full_name
from polisent.segment._guest_thanks import invited_host
from polisent.segment._host_turns import (  # noqa: F401 - importable from here, as before the split
    _AND_I_AM, _AS_REPORTS, _HANDS_OVER, _NAME_RX, _SELF_INTRO, _SHOW_WELCOME, _WELCOME, HANDS_FLOOR, _first_turn_end,
    _same_person, _self_named, co_hosts, handover, welcoming_self,
)
from polisent.segment._prefilter import Guarded
from polisent.segment._press_hosts import _HELD_AFTER, _IN_INTERVIEW, _OUTLET_CREDIT, _said_before, press_label
from polisent.segment._press_names import _PRESS
from polisent.segment._labels import _LABEL_TIME, _NAME, _OFFICIAL, _TITLES, _label_desc, _label_is_host, label_outlet
from polisent.segment._name_cues import _OFFICES, OUTLET_AFTER
from polisent.segment._person_names import _SURNAME_STYLES, GENERIC_LABEL, NON_PERSON, is_outlet, person_part
from polisent.segment._principal import is_person_name, is_place
from polisent.segment._principal_cues import outlet_asks
from polisent.segment._units import Unit, _is_q, asks_unmarked

_HOST_RX = re.compile(
    rf"(?i:(?:interview(?:ed)?|conducted|hosted|moderated|presented|questions\s+asked)\s+by)\s+(?:{_TITLES}\s+)?(?P<host>{_NAME})"
    rf"|(?P<host2>{_NAME})(?:,[^,.;\r\n]{{1,80}},)?\s+(?:(?:speaks|spoke|talks|talked|sits\s+down|sat\s+down|chats|chatted|"
    # (not "X, in the conversation with the newspaper WELT, asks for more soldiers": he requests; rule C1 of the 103rd pass)
    rf"catches\s+up)\s+with|interviews|interviewed|(?:asks|asked)(?!\s+(?:for|that|whether)\b))\s+(?:{_TITLES}\s+)?(?P<guest>{_NAME})?"
    rf"|(?i:\b(?:host|anchor|presenter|moderator)),?\s+(?P<host3>{_NAME})"
    # "X, Director of ..., joins Lawfare Managing Editor Tyler McBrien": the guest joins the outlet's journalist
    rf"|\bjoins\s+(?:[A-Z][\w&.'\u2019-]*\s+){{0,3}}?(?i:editor|host|anchor|correspondent|reporter|producer|presenter)\s+(?P<host4>{_NAME})"
)
#: the unit scans of the interviewer's name, searched only in a unit that holds one of their cue words (see _prefilter.Guarded)
_HOST_RX_SCAN, _GUEST_RX_SCAN = Guarded(_HOST_RX), Guarded(_GUEST_RX)
#: the one talked with, named by a press job: "correspondent Norah O'Donnell", "CNN's chief anchor Ana Ruiz"
#: (an outlet of several words and its show may stand before the job: "CBC News Network's Power & Politics host Vassy Kapelos")
_PRESS_OBJECT = re.compile(rf"(?:(?:the|our|(?:[A-Z][\w&.'\u2019-]*[ \t]+){{0,3}}[A-Z][\w&.'\u2019-]*['\u2019]s)[ \t]+)?"
                           rf"(?:(?:[A-Z][\w.'\u2019-]*|&)[ \t]+){{0,4}}?(?:[a-z][\w-]*[ \t]+){{0,2}}?"
                           rf"(?:{_PRESS}|host)[ \t]+(?P<name>{_NAME})")


#: a host introducing the guests or the panel: "Today's guest is X", "My guests are", "I'm joined by", "joining
#: me now is", "to introduce the panel" (not "thank you for joining us today")
_INTRODUCES = re.compile(r"(?i)\b(?:(?:today['\u2019]s|tonight['\u2019]s|this\s+week['\u2019]s|my|our)\s+(?:special\s+)?guests?\s+(?:today\s+|tonight\s+)?(?:is|are)\b"
                         r"|(?:I['\u2019]m|I\s+am|we['\u2019]re|we\s+are)\s+(?:very\s+)?(?:pleased\s+to\s+be\s+)?joined\s+(?:today\s+|now\s+)?by"
                         r"|(?<!for\s)joining\s+(?:us|me)\s+(?:now\s+|today\s+|tonight\s+)?(?:is|are)\b"
                         r"|introduce\s+(?:the|our|my)\s+(?:panel|panelists|speakers|guests?)\b|our\s+(?:panel(?:ists)?|speakers)\s+(?:today\s+)?(?:include|are)\b)")
#: a show's opening words ("The West Block starts now", "... and this is Inside Story")
_SHOW_OPENS = re.compile(r"\b(?:starts|begins)\s+now\b|\band\s+this\s+is\s+(?:[A-Z]|the\s+[A-Z])")


#: a speaker who says he hosts: "I'm your host, ...", "I am your co-host"
_YOUR_HOST = re.compile(r"(?i)\b(?:I['\u2019]m|I\s+am|this\s+is)\s+your\s+(?:co-?)?host\b")
#: an event's moderator at work: introducing the speakers, handing the floor over
_MODERATES = re.compile(r"(?i)\b(?:(?:I\s+will|I['\u2019]ll|let\s+me|I['\u2019]d\s+like\s+to|(?:pleased|delighted|honou?red)\s+(?:to\s+be\s+with\s+you\s+today\s+and\s+)?to"
                        r"|(?:going|want|like)\s+to)\s+introduce"
                        # ("It's my pleasure to introduce the Secretary General of NATO", "please join me in welcoming")
                        r"|(?:pleasure|honou?r|privilege)\s+to\s+(?:introduce|welcome)|please\s+(?:join\s+me\s+in\s+)?welcom(?:e|ing)"
                        r"|welcome\s+you\s+all\b|(?<!back\s)over\s+to\s+you\b"  # ("... to welcome you all to the briefing ... President, over to you")
                        r"|without\s+further\s+ado|our\s+(?:speakers|panel(?:ists)?|experts|distinguished\s+guests)\b"
                        r"|(?:turn|hand)\s+(?:it\s+)?(?:back\s+)?over\s+to|give\s+(?:you\s+)?the\s+floor|moderat(?:e|ing|or))")


def _moderates(t: str, content: list[Unit], opener: Unit) -> bool:
    """The opening turn introduces the speakers or hands the floor over ("So, without further ado I will
    introduce our brilliant experts. ... I am going to turn it back over to Dr. Green")."""
    i = next((k for k, u in enumerate(content) if u is opener), None)
    if i is None:
        return False
    end = next((u.start for u in content[i + 1:] if u.form == "label"), opener.end)
    return _MODERATES.search(t, opener.content_start, max(end, opener.end)) is not None


def _journalist(name: str | None) -> str | None:
    """The journalist in "NPR's Steve Inskeep", "Morning Edition's Steve Inskeep" (two words or more
    after an outlet's possessive), else None; never a state's office holder ("Finland's President
    Sauli Niinisto").

    >>> _journalist("NPR's Steve Inskeep"), _journalist("Finland's President Sauli Niinisto")
    ('Steve Inskeep', None)
    """
    if not name:
        return None
    m = re.search(r"['\u2019]s[ \t]+(?=\S)", name)
    if m is None or len(name[m.end():].split()) < 2:
        return None
    if _STATE_OFFICE.match(name, m.end()) or is_place(name[:m.start()]):
        return None
    return name[m.end():]


#: an office after a state's possessive: "Finland's President ...", "Japan's Foreign Minister ..."
_STATE_OFFICE = re.compile(r"(?:(?:Foreign|Defen[cs]e|Prime|Deputy|Vice|Former|Interior|Finance)[ \t]+)?"
                           rf"(?:{_OFFICES}|Emir|Crown[ \t]+Prince)\b")


#: the subject gives the interview, in an aside: ", in a lengthy interview with <the journalist>,"
_GIVEN_TO = re.compile(r",\s*in\s+(?:an?|his|her|their)\s+(?:[a-z-]+\s+){0,2}\Z")
#: "X gave a great interview to American journalist Y": the journalist the interview is given to asks
_INTERVIEW_TO = re.compile(r"\binterviews?\s+to\s+(?:[\w'\u2019-]+\s+){0,3}?(?i:journalist|reporter|correspondent|anchor|host|presenter|editor)"
                           r"\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})")


#: a press job or an outlet's possessive right before the name that ends here ("The World's host Marco Werman ")
_PRESS_BEFORE = re.compile(r"(?:['\u2019]s|\b(?i:host|anchor|presenter|moderator|correspondent|reporter|editor|journalist))"
                           r"[ \t]+(?:[A-Z][\w'\u2019.-]*[ \t]+){1,4}\Z")
#: a job in apposition right after a name (", a senior adviser at ...", ", editor-in-chief of ...")
_APPOSED_JOB = re.compile(r",[ \t]+(?:(?:an?|the)[ \t]+)?[a-z]")


#: the verbs of _GUEST_RX that a speaker does ("spoke to", "talked with"), and a surname right before them
_SPOKE = re.compile(r"(?i:spoke|speaks|speaking|talked|talks|talking)\b")
#: (an apposition may stand between: "Kaljulaid, chosen last year as a compromise candidate, spoke to ...")
_SURNAME_SPOKE = re.compile(r"(?<![\w'\u2019-])(?P<sur>[A-Z][\w'\u2019-]+)(?:,[ \t]+[a-z][^,.;:!?\n]{2,80},)?[ \t]+(?:(?:has|had|also|recently)[ \t]+)?\Z")
#: the given names (or initials) right before a speaking verb's subject surname, on the same line ("Anna " of "Anna Berg spoke")
_LEAD_TITLES = re.compile(rf"\A(?:{_TITLES}[ \t]+)+")  # ("Daw Moe Lwin recently talked to ...": Moe Lwin)
_RUN_BEFORE = re.compile(r"(?<![\w'\u2019.-])(?P<run>(?:[A-Z][\w'\u2019.-]*[ \t]+){1,3}"
                         # (a name's particles between: "Luiz In\u00e1cio Lula da Silva", "Juan Ram\u00f3n de la Fuente"; pass 113)
                         r"(?:(?:da|de|do|dos|das|del|di|du|la|le|van|von|der|den|bin|ibn|wa|e|y)[ \t]+(?:[A-Z][\w'\u2019.-]*[ \t]+)?){0,2})\Z")
#: the one spoken to carries an expert's or an official's job ("... speaks to Anna Berg, former ambassador to Russia"): the guest
_OBJECT_JOB = re.compile(rf"(?i:spoke|speaks|speaking|talked|talks|talking|in[ \t]+conversation)[ \t]+(?:to|with)[ \t]+(?:{_TITLES}[ \t]+)?(?-i:{_NAME})[ \t]*,[ \t]*"
                         r"(?i:(?:an?|the)[ \t]+)?(?:[\w'\u2019-]+[ \t]+){0,4}?(?i:research(?:er)?|fellow|professor|director|analyst|expert|scholar|"
                         r"scientist|ambassador|envoy|advis[eo]r|specialist|economist|historian|lecturer|representative|chair(?:man|woman)?|"
                         r"spokes(?:man|woman|person)|minister|president|secretary|senator|general|former|author)\b")
#: ... or an office, a title or a country's possessive before the name ("spoke with Finland's President Sauli Niinisto")
_OBJECT_TITLED = re.compile(rf"(?i:spoke|speaks|speaking|talked|talks|talking|in[ \t]+conversation)[ \t]+(?:to|with)[ \t]+"
                            rf"(?:(?:the[ \t]+)?[A-Z][\w'\u2019.-]*['\u2019]s[ \t]+)?(?:[A-Z][\w.'\u2019-]*[ \t]+){{0,3}}?"
                            rf"(?:{_TITLES}|{_OFFICES}|Ambassador|Governor|Mayor|Senator|General)\b")
#: a media job in the run before a speaking verb's subject ("Host Noel King spoke with X"): the subject asks
_MEDIA_RUN = re.compile(r"\b(?i:host|co-host|anchor|presenter|correspondent|reporter|journalist|editor|interviewer|moderator|producer)\b")
#: the run before a speaking verb's subject that makes it one of several, or an outlet's ("X and Rey Gomez spoke",
#: "teleSUR's Rey Gomez spoke"): the journalists
_PRESS_SUBJECT = re.compile(r"(?:\band|&|['\u2019]s)[ \t]+\Z")
#: a pronoun as the speaking verb's subject ("..., he speaks to Seema Sirohi"), and a name opening a sentence
_PRONOUN_SPOKE = re.compile(r"(?<![\w'\u2019-])(?:[Hh]e|[Ss]he)[ \t]+(?:(?:has|had|also|recently)[ \t]+)?\Z")
_OPENING_NAME = re.compile(rf"(?:(?<=\A)|(?<=[.!?][ \t])|(?<=\n))(?P<name>{_NAME})(?=[ \t]*,|[ \t]+(?:is|was|has)\b)")
#: an office or honorific right before a surname ("President Macron", "Foreign Minister Wang")
_TITLE_BEFORE = re.compile(rf"\b(?:{_TITLES}|[Mm]inister|[Pp]resident|[Cc]hancellor|[Pp]remier|[Ss]ecretary)[ \t]+\Z")


def _spoken_by(t: str, verb: int) -> str | None:
    """The person named in full earlier whose surname is the subject of the speaking verb at
    ``verb`` ("Abdul Hamid al-Dbeibeh ... Dbeibeh spoke to ..."), else None."""
    if not _SPOKE.match(t, verb):
        return None
    sub = _SURNAME_SPOKE.search(t, max(0, verb - 130), verb)
    if sub is None and (he := _PRONOUN_SPOKE.search(t, max(0, verb - 30), verb)) is not None:
        # "Rush Doshi, a key architect of ... he speaks to Seema Sirohi": the one the sentences before open with
        opens = [m.group("name") for m in _OPENING_NAME.finditer(t, max(0, he.start() - 400), he.start())]
        return opens[-1] if opens and is_person_name(opens[-1]) else None
    if sub is None or (sub.group("sur").lower() in NON_PERSON and sub.group("sur").lower() not in _SURNAME_STYLES):
        return None  # (a style that is also a surname may be one: "Stephenson King spoke to ..."; rule K1 of pass 113)
    found = _full_name(t, sub.group("sur"), sub.start())
    if found is None and (run := _RUN_BEFORE.search(t, max(0, sub.start() - 60), sub.start())) is not None:
        # "Anna Berg spoke to Tom Hale": the subject is named in full right there (rule S1, 110th pass)
        found = person_part(_LEAD_TITLES.sub("", " ".join(run.group("run").split())) + " " + sub.group("sur"))
        found = found if found is not None and found.endswith(sub.group("sur")) and " " in found else None
        if found is not None and (_OBJECT_JOB.match(t, verb) or _OBJECT_TITLED.match(t, verb)
                                  or _PRESS_SUBJECT.search(t, max(0, run.start() - 8), run.start())
                                  or _MEDIA_RUN.search(run.group("run"))):
            found = None  # "Tom Hale speaks to Anna Berg, former ambassador ...": the journalist speaks to the guest
            # (or the run says the subject is the press: "Host Noel King spoke with ..."; pass 113)
    if found is None and _TITLE_BEFORE.search(t, max(0, sub.start() - 30), sub.start()):
        found = _full_name(t, sub.group("sur"), len(t))  # "President Macron talks to ...", named in full below
    return found if found is not None and is_person_name(found) else None


def _conversation_subject(t: str, at: int) -> str | None:
    """:func:`polisent.segment._guest_cues.conversation_subject` (imported here, which that module imports from)."""
    from polisent.segment._guest_cues import conversation_subject

    return conversation_subject(t, at)


#: a press job in a speaker label's description ("Ryan Chilcote, Special Correspondent:")
_PRESS_DESC = re.compile(r"(?i)\b(?:correspondent|reporter|journalist)\b")


def press_desc_label(t: str, turns: Sequence[Unit]) -> str | None:
    """The one label of two or more whose description gives a press job, where a turn of it ends asking: the interviewer
    ("RYAN CHILCOTE, Special Correspondent:" over "PRESIDENT ANA RUIZ, Chile (through interpreter):"; pass 120); None
    when no label or several do.

    >>> t = "TOM HALE, Special Correspondent:\\nWhy?\\nANA RUIZ, Chile:\\nBecause."
    >>> press_desc_label(t, [Unit(0, 36, [0], 0, "label", 32, label="Tom Hale"), Unit(37, len(t), [2], 2, "label", 54, label="Ana Ruiz")])
    'Tom Hale'
    """
    labels = {u.label for u in turns if u.label}
    pressed = {u.label for u in turns if u.label and _PRESS_DESC.search(_label_desc(t, u.start, u.content_start))}
    if len(labels) < 2 or len(pressed) != 1:
        return None
    # ... and one of whose turns ends asking: a news package's correspondent narrates between soundbites ("SHANE McLEOD,
    # NORTH EAST ASIA CORRESPONDENT: Taking things to the brink ..."), the author's report, asking no one
    label = next(iter(pressed))
    ends = [v.start for v in turns[1:]] + [len(t)]
    return label if any(u.label == label and t[u.content_start:end].rstrip().endswith("?") for u, end in zip(turns, ends)) else None


def _interviewer(t: str, content: list[Unit], turns: list[Unit], notes: Sequence[Unit] = ()) -> str | None:
    """The speaker label of the interviewer (host) in a text with speaker turns.

    In order: the standfirst or the first turns name the host ("interviewed by X", "X speaks with
    Y", "host X") or the guest ("X joins us", "my guest is X", "an interview with X", leaving one
    other speaker); else the speaker whose turns end in a question most often, when clearly so.
    """
    labels: list[str] = []
    for u in turns:
        if u.label and u.label not in labels:
            labels.append(u.label)
    for u in turns:  # "Fareed Zakaria, Host, CNN GPS:" says it outright
        if u.label and _label_is_host(t, u.start, u.content_start):
            return u.label
    # ... or one label, and only one, gives the journalist's outlet: "Anelise Borges, Euronews:" (rule O3 of pass 114)
    if len(pressed := {u.label for u in turns if u.label and label_outlet(t, u.start, u.content_start)}) == 1:
        return next(iter(pressed))
    # ... or one label, and only one, gives a press job: "RYAN CHILCOTE, Special Correspondent:" over "PRESIDENT X, Venezuela
    # (through interpreter):" (pass 120)
    if (pressed := press_desc_label(t, turns)) is not None:
        return pressed
    # ... or the turn does: "Speaker 2 (00:05): Welcome to season three of ... I'm your host, Dev Goswami"
    said = {u.label for u, v in zip(turns, turns[1:] + [None]) if u.label
            and _YOUR_HOST.search(t, u.content_start, min(v.start if v is not None else len(t), u.content_start + 600))}
    if len(said) == 1:
        return next(iter(said))
    turn_ids = {id(u) for u in turns}
    first_turn = next(i for i, u in enumerate(content) if id(u) in turn_ids)
    head = list(notes) + content[:first_turn] + [u for u in content[first_turn:first_turn + 8] if u.form == "label"][:3]
    # turns: a label unit and the unlabelled units after it
    stats: dict[str, list[int]] = {lab: [0, 0, 0] for lab in labels}  # turns, turns ending in '?', turns with '?'
    cur: str | None = None
    last: Unit | None = None
    has_q = False

    def close() -> None:
        if cur is not None and last is not None:
            st = stats[cur]
            st[0] += 1
            # an automatic transcript's question has lost its "?" ("Do you think that's a little over the top.")
            st[1] += _is_q(t, last) or (not has_q and asks_unmarked(t, last.content_start, last.end))
            st[2] += has_q

    for u in content[first_turn:]:
        if u.form == "label":
            close()
            cur, last, has_q = (u.label if id(u) in turn_ids else None), u, False
        elif u.form == "heading":
            continue
        else:
            last = u
        has_q = has_q or "?" in t[u.content_start:u.end]
    close()
    hosts: list[str] = []
    guests: list[str] = []
    for u in head:
        for m in _HOST_RX_SCAN.finditer(t, u.start, u.end):
            journalist = _journalist(m.group("guest"))
            if journalist is not None:  # "Zarif talks with NPR's Steve Inskeep": the outlet's journalist asks
                hosts.append(journalist)
                guests.append(m.group("host2"))
                continue
            if m.group("host2") and (pj := _PRESS_OBJECT.match(t, m.start("guest") if m.group("guest") else m.end())) is not None:
                # "Crown Prince Mohammed bin Salman speaks with correspondent Norah O'Donnell": the press job names
                # the one talked with as the journalist, so the one who speaks is the guest
                hosts.append(" ".join(pj.group("name").split()))
                guests.append(m.group("host2"))
                continue
            hosts.append(m.group("host") or m.group("host2") or m.group("host3") or m.group("host4"))
            if m.group("guest"):
                guests.append(m.group("guest"))
        hosts += [m.group("name") for m in _INTERVIEW_TO.finditer(t, u.start, u.end)]
        for m in _GUEST_RX_SCAN.finditer(t, u.start, u.end):
            if t[max(u.start, m.start() - 3):m.start()].rstrip().endswith(("'s", "\u2019s")):
                continue  # "Modi's interview with Zakaria": the name after 'with' is the host here
            who = "name" if m.group("name") else "name2"
            if who == "name2" and t[m.start():m.start() + 12].lower() == "conversation" \
                    and (subject := _conversation_subject(t, m.start())) is not None and not _same_person(subject, m.group(who)):
                guests.append(subject)  # "S Jaishankar in Conversation with C Raja Mohan": the subject is the guest (L6)
                hosts.append(m.group(who))
                continue
            if who == "name2" and not _PRESS_BEFORE.search(t, max(u.start, m.start() - 80), m.start()) \
                    and not _APPOSED_JOB.match(t, m.end(who)) \
                    and (spoke := _spoken_by(t, m.start())) is not None and not _same_person(spoke, m.group(who)):
                # "Asaduzzaman Khan talked to Prothom Alo in detail ...": the one who spoke answers, the one he
                # spoke to asks, as the unlabelled case reads it (_guest_cues._spoke_to_outlet); not the press's
                # "The World's host Marco Werman spoke with X" nor "Steve Inskeep talks to X, a senior adviser"
                guests.append(spoke)
                hosts.append(m.group(who))
                continue
            if who == "name2" and (oc := _OUTLET_CREDIT.match(t, m.end(who))) is not None and is_outlet(oc.group("outlet")):
                hosts.append(m.group(who))  # "Interview with Haidi Lun, Bloomberg": the outlet's journalist asks (rule H2)
                continue
            if is_outlet(m.group(who)) or (who == "name2" and (outlet_asks(t, m.start(who), m.end(who)) or OUTLET_AFTER.match(t, m.end(who)))):
                # "In a conversation with Al Jazeera, the former prime minister ...", "Read the interview with Der
                # Spiegel in which ...": it asks
                hosts.append(m.group(who))
                continue
            if m.group("name2") and t.startswith("interview with", m.start()) \
                    and _GIVEN_TO.search(t, max(u.start, m.start() - 40), m.start()):
                hosts.append(m.group("name2"))  # "The President, in a lengthy interview with Vicky D\u00e1vila, defends ..."
                continue
            if m.group("name2") and t.startswith("interview with", m.start()) \
                    and _IN_INTERVIEW.search(t, max(u.start, m.start() - 40), m.start()) \
                    and (subjects := [lab for lab in labels if not _same_person(lab, m.group("name2"))
                                      and _said_before(t, lab, max(u.start, m.start() - 300), m.start())]):
                # "... Prime Minister Mohammad Shtayyeh dismisses it as nonsense in an exclusive interview with Christiane
                # Amanpour": the other label, the sentence's subject, gave the interview; the one it is with asks (rule
                # I1 of the 111th pass)
                hosts.append(m.group("name2"))
                guests.append(subjects[0])
                continue
            journalist = _journalist(m.group("name2"))
            if journalist is not None:  # "Zarif talks to Morning Edition's Steve Inskeep"
                hosts.append(journalist)
                continue
            guest = m.group("name") or m.group("name2")
            if who == "name2" and (held := _HELD_AFTER.match(t, m.end(who), min(u.end, m.end(who) + 80))) is not None \
                    and not is_person_name(guest):
                guest = held.group("name")  # "an interview with Ukrainian Ambassador to the U.S. Oksana Markarova" (E1)
            guests.append(guest)
    for h in hosts:
        match = [lab for lab in labels if _same_person(lab, h)]
        if len(match) == 1 and not any(_same_person(match[0], g) for g in guests):
            # "Luis Vicente León spoke with Hart Energy": the cue's host never asks, and another label
            # asks in every turn: the cue named the guest and the outlet, the turns decide below
            # ("Anna Fifield talks with Michael Morell on 'Intelligence Matters'": the show's host, named
            # second, ends his turns asking; the one named first never asks)
            if stats[match[0]][2] == 0 and any(lab != match[0] and (0 < st[1] == st[0] or (st[0] >= 3 and 2 * st[1] >= st[0]))
                                               for lab, st in stats.items()):
                continue
            return match[0]
    pressed = press_label(t, labels, turns, stats, hosts, [g for g in guests if any(_same_person(lab, g) for lab in labels)])
    if pressed is not None:
        return pressed
    opener = content[first_turn]
    welcomer: str | None = None
    if opener.label in labels and len(labels) >= 2 and opener.form == "label":
        end = next((u.start for u in content[first_turn + 1:] if u.form == "label"), opener.end)
        if _WELCOME.search(t, opener.content_start, max(end, opener.end)):
            welcomer = opener.label
    moderates = opener.form == "label" and _moderates(t, content, opener)
    if welcomer is None and moderates and opener.label in labels and len(labels) >= 2:
        welcomer = opener.label  # an event's first speaker introduces the panel ("I'm delighted ... to introduce the panel")
    if welcomer is None and opener.form == "label" and opener.label in labels and len(labels) >= 2:
        # ... or welcomes a guest a few turns on ("Speaker 1" opens with the news, then "Hey Jeffrey,
        # welcome back"), when no other speaker's first turns welcome anyone
        firsts = [u for u in content[first_turn:] if u.form == "label" and id(u) in turn_ids][:6]
        welcoming = set()
        for a, b in zip(firsts, firsts[1:] + [None]):
            if _WELCOME.search(t, a.content_start, b.start if b is not None else min(len(t), a.end + 600)):
                welcoming.add(a.label)
        if welcoming == {opener.label}:
            welcomer = opener.label
    if guests:
        others = [lab for lab in labels if not any(_same_person(lab, g) for g in guests)]
        if len(others) == 1 and len(labels) >= 2:
            # "Interview with Jim Wilson, 2GB" on a minister's transcript names the host: the one who
            # welcomes ("Minister, welcome back to the program") when the other never asks
            if welcomer is not None and welcomer != others[0] and stats[others[0]][2] == 0:
                return welcomer
            # "Conversation with Alb UK TV": the name the talk is "with" may be the outlet that asks; the
            # label whose every turn asks is the interviewer when the other never asks
            # (every turn but one in three or more: an excerpt may end in the middle of a question; pass 122)
            asking = [lab for lab, st in stats.items() if lab != others[0] and st[0] >= 2 and st[1] >= st[0] - (st[0] >= 3)]
            if stats[others[0]][2] == 0 and len(asking) == 1:
                return asking[0]
            # ... or asks at all, where the other asks nothing in three turns or more ("2UE Mornings - interview
            # with Tim Webster" over "TIM WEBSTER What a year you've had. Do you ever ...?" / "JULIE BISHOP ...")
            named = [lab for lab in labels if lab != others[0]]
            if len(named) == 1 and stats[named[0]][2] >= 1 and stats[others[0]][0] >= 3 and stats[others[0]][2] == 0:
                return named[0]
            return others[0]
    # the one speaker who says their own name in their first turn ("I'm Tyler McBrien, managing editor") is the host
    selves = _self_named(t, content, turns, labels, hosting=True)
    if len(selves) == 1 and len(labels) >= 2 and (stats[selves[0]][2] or any(st[2] for st in stats.values())
                                                  or not all(_LABEL_TIME.search(t, u.start, u.content_start) for u in turns)):
        # (not an anchor's news package between timed soundbites, where nobody asks: "John Yang (00:00):
        # Good evening, I'm John Yang. ..." / "Jose De La Rosa (01:03): ...": the anchor narrates)
        return selves[0]
    if len(labels) == 1:
        u = turns[0]
        end = min(next((x.start for x in content if x.form == "label" and x.start > u.start), len(t)), u.content_start + 600)
        # the one label, who gives his own name and opens a show ("Welcome to the Sinica Podcast ...
        # I'm Kaiser Kuo", "I'm Mercedes Stephenson. The West Block starts now"): the host, whose
        # guests the page does not label
        if selves == labels and (_WELCOME.search(t, u.content_start, end) or _SHOW_OPENS.search(t, u.content_start, end)):
            return labels[0]
        # ... or who introduces the guest or the panel ("Jim: Today's guest is X", "... to introduce the panel
        # we have"): an excerpt cut before the guests speak (not a speaker who welcomes his audience)
        if _INTRODUCES.search(t, u.content_start, end) and not HANDS_FLOOR.search(t, u.content_start):
            return labels[0]
    # the speaker who opens with a welcome ("great to see you", "thanks for joining us") is the host;
    # not an office holder who never asks at the end of a turn: a minister welcoming a colleague to a
    # joint press conference ("FOREIGN MINISTER BAERBOCK: ... dear Tony, very warm welcome")
    if welcomer is not None and _OFFICIAL.search(welcomer) and stats[welcomer][1] == 0:
        welcomer = None
    if welcomer is not None and not any(st[1] or st[2] for st in stats.values()) and " " in welcomer \
            and not GENERIC_LABEL.fullmatch(welcomer) and not moderates:
        welcomer = None  # nobody asks anything: a leader welcoming a guest to a meeting ("... Welcome.") hosts no interview
        # (an event's moderator, who introduces the speakers and hands over, still hosts it)
    if welcomer is not None:
        # an event's opener welcomes the audience; the moderator who then asks every question is the
        # interviewer ("Cris Martin" opens, "Yevgenia Albats" asks): else the opener hosts
        askers = [lab for lab, st in stats.items() if lab != welcomer and st[0] >= 2 and st[1] / st[0] >= 0.5]
        if stats[welcomer][1] == 0 and len(askers) == 1:
            return askers[0]
        return welcomer
    ranked = sorted(stats.items(), key=lambda kv: (kv[1][1] / max(kv[1][0], 1), kv[1][2] / max(kv[1][0], 1)), reverse=True)
    if not ranked:
        return None
    best, (n, ends, has) = ranked[0]
    if ends or has:
        ratio = ends / n
        second = ranked[1][1][1] / max(ranked[1][1][0], 1) if len(ranked) > 1 else 0.0
        # the one who talks most and asks now and then ("... what did just happen?") is the guest (unless the other
        # answers him by his first name: "Prof. Peter Dean: ... what do you think ...? The real opportunities ..." /
        # "Simon Birmingham: Well, thanks, Peter.": an excerpt cut in the first answer)
        guest_asks = ratio < 0.5 and _dominant(t, content[first_turn:], turn_ids) == best \
            and not (has and _thanked_by_name(t, turns, best))
        if not guest_asks and (ratio >= 0.5 or (ends >= 1 and ratio >= 2 * second)
                               or (ends == 0 and has / n >= 0.5 and len(ranked) > 1 and ranked[1][1][2] == 0
                                   and not _OFFICIAL.search(best))):
            return best
    # nobody asks, or no asker stands out (an excerpt cut before the first question): the speaker who welcomed the one
    # who thanks for the invitation ("Thanks for having me.") invited him
    return invited_host(t, turns, labels, _WELCOME)


def _thanked_by_name(t: str, turns: list[Unit], label: str) -> bool:
    """Whether a turn right after one of ``label``'s opens by thanking him by his first name ("Well, thanks, Peter.").

    >>> from polisent.segment._units import Unit
    >>> t = "Peter Dean: What do you think? It matters.\\nAna Ruiz: Well, thanks, Peter. I think so."
    >>> us = [Unit(0, 42, [0], 0, "label", 12), Unit(43, 86, [1], 1, "label", 53)]
    >>> us[0].label, us[1].label = "Peter Dean", "Ana Ruiz"
    >>> _thanked_by_name(t, us, "Peter Dean"), _thanked_by_name(t, us, "Ana Ruiz")
    (True, False)
    """
    first = label.split()[0] if len(label.split()) >= 2 else None
    if first is None or not first[:1].isupper() or len(first) < 3:
        return False
    rx = re.compile(rf"[ \t]*(?:(?:well|yes|oh|ok(?:ay)?)[ \t]*,?[ \t]+)?(?i:thanks?|thank[ \t]+you)(?:[ \t]+(?:very|so)[ \t]+much)?"
                    rf"[ \t]*,?[ \t]+{re.escape(first)}\b", re.I)
    return any(a.label == label and b.label and b.label != label and rx.match(t, b.content_start) is not None
               for a, b in zip(turns, turns[1:]))


def _dominant(t: str, content: list[Unit], turn_ids: set[int]) -> str | None:
    """The label that says at least twice as many words as any other, if one does."""
    words: dict[str, int] = {}
    cur: str | None = None
    for u in content:
        if u.form == "label":
            cur = u.label if id(u) in turn_ids else None
        if cur is not None and u.form != "heading":
            words[cur] = words.get(cur, 0) + len(t[u.content_start:u.end].split())
    top = sorted(words.items(), key=lambda kv: -kv[1])
    if not top or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
        return None
    return top[0][0]
