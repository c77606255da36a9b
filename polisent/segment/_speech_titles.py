"""The speaker a speech's or a press conference's title names, in the forms the title regexes of
:mod:`polisent.segment._title_bylines` leave out.

Official and press pages title a monologue by its event and its speaker, in three shapes: the name
before the event ("Keir Starmer Opening Press Conference Remarks Following ...", "Theresa May's
Mansion House speech", "President Buhari's Full Speech at AU Summit"), the name after the event's
"by" or "of" with any office and style in front of it ("Text of news conference by Turkish Prime
Minister Recep Tayyip Erdogan", "Remarks by His Excellency Sheikh Mohammed bin Abdulrahman
Al-Thani, Prime Minister ..."), and a joint event's first guest after "with" ("Joint press
conference with NATO Secretary General Jens Stoltenberg and ..."). The name is read from the
words next to the event: a run of name words, its offices, styles and nationalities cut off in
front. A news report on a speech has such titles too ("Putin's speech alarms Europe"), so the text
under the title must be the speaker's own: first-person words outside quotations, and never the
name's surname with a reporting verb.

>>> title_speaker("Keir Starmer Opening Press Conference Remarks Following the Summit\\n"
...               "Afternoon. I said last week that we will defend our country. I met our allies.")
['Keir Starmer']
>>> title_speaker("Putin's speech alarms Europe\\nPutin said on Monday that we must act, and I agree, our ...")
[]
"""

from __future__ import annotations

import logging
import re

from polisent.segment._label_words import NAME_PARTICLES
from polisent.segment._labels import _CAP, _HONORIFICS
from polisent.segment._name_forms import _OFFICE_WORDS, OFFICE_ABBREV, _display
from polisent.segment._person_registry import _STYLES, verb_s_form
from polisent.segment._principal import is_person_name, is_place

logger = logging.getLogger(__name__)

__all__ = ["title_speaker"]

#: how much of the page is its head, and how many of its lines are read
_HEAD_CHARS = 1600
_HEAD_LINES = 8

#: the events a speaker's title names (one or two words; "press conference remarks" reads as its last word)
_EVENT = (r"(?:remarks|speech|address|statement|lecture|keynote|briefing|doorstop|"
          r"(?:press|news|media)[ \t]+(?:conference|point|statement|availability|briefing))")
#: the words that may stand between a name and its event ("Opening Press Conference", "Full", "Mansion House")
_LEAD_WORDS = frozenset("""opening closing keynote full complete inaugural first final annual video televised prepared
    introductory joint press news media conference policy major landmark farewell""".split())
#: a name word: capitalised (or a particle) and nothing that ends a name
_PARTICLE_RX = "|".join(sorted(map(re.escape, NAME_PARTICLES), key=len, reverse=True))
_WORD = re.compile(rf"(?:{_CAP}[\w'\u2019.-]*|(?:{_PARTICLE_RX})(?![\w-]))")
#: what before a run says it is no speaker: "Reaction to Biden's speech", "after X's remarks"
_ABOUT = re.compile(r"(?i)\b(?:on|to|after|about|against|over|behind|in|at|from|during|ahead[ \t]+of|before|following|"
                    r"slams|criticises|criticizes|rejects|reacts|reaction|responds|response)[ \t]+(?:the[ \t]+)?\Z")
#: words that style a person rather than name him ("His Excellency", "the Honourable", "H.E.")
_STYLE_WORDS = frozenset(w.lower() for w in _HONORIFICS) | _STYLES | OFFICE_ABBREV | frozenset(
    "his her excellency h.e. he the honourable honorable hon rt right most mr mrs ms dr prof".split()) | frozenset(
    # Malaysia's styles ("The Honourable Dato' Seri Anwar Ibrahim"; pass 120)
    "dato' dato\u2019 datuk datin seri".split())
#: a reporting verb after the speaker's surname: the page reports on him ("Putin said")
_REPORTS = r"[ \t]+(?:said|says|told|tells|added|adds|stated|warned|declared|argued|noted|announced|insisted|claimed)\b"
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'll|I\u2019m|I\u2019ve|I\u2019ll|my|we|We|our|Our|us)\b")
_LINE = re.compile(r"[^\n]+")
_QUOTED = re.compile(r"\"[^\"\n]{0,600}\"|\u201c[^\u201d\n]{0,600}\u201d")


#: a page's kicker before a speech's title, after which a surname alone names the speaker ("FULL TEXT: Tinubu's speech ...")
_KICKERS = frozenset({"full text", "text", "transcript", "full transcript", "read", "in full", "full speech", "verbatim"})


def _name_at_end(words: list[str]) -> str | None:
    """The person's name that ends ``words``, styles and offices cut off in front; a surname alone only after an office.

    >>> _name_at_end("Turkish Prime Minister Recep Tayyip Erdogan".split()), _name_at_end("President Buhari".split())
    ('Recep Tayyip Erdogan', 'Buhari')
    >>> _name_at_end("His Excellency Sheikh Mohammed bin Abdulrahman Al-Thani".split()), _name_at_end("Mansion House".split())
    ('Mohammed bin Abdulrahman Al-Thani', None)
    >>> _name_at_end("FULL TEXT: Tinubu".split()), _name_at_end("FULL TEXT: Ukraine".split()), _name_at_end("Watch: Tinubu".split())
    ('Tinubu', None, None)
    """
    keep: list[str] = []
    for w in reversed(words):
        low = w.lower().rstrip(".,")
        if not _WORD.fullmatch(w) or low in _STYLE_WORDS or low in _OFFICE_WORDS or any(
                p in _OFFICE_WORDS for p in low.split("-")):
            break
        keep.insert(0, w)
        if sum(x.lower() not in NAME_PARTICLES for x in keep) == 5:
            break
    while keep and keep[0].lower() in NAME_PARTICLES:
        keep.pop(0)  # (a name never opens on its particle)
    if not keep:
        return None
    cut = len(words) - len(keep)
    # (a name all in capitals as a whole, "ANA RUIZ"; else its longer words in capitals, "Ivan KOSTOV")
    keep = _display(" ".join(keep)).split() if all(w.isupper() for w in keep) else \
        [_display(w) if w.isupper() and len(w) > 3 else w for w in keep]
    if len(keep) == 1:  # "President Buhari": a surname after its office
        before = words[cut - 1].lower().rstrip(".,") if cut else ""
        # ... or after a text's kicker ("FULL TEXT: Tinubu's opening speech at ..."; rule K1 of pass 116)
        kicker = bool(cut) and words[cut - 1].endswith(":") and " ".join(words[:cut]).lower().rstrip(":") in _KICKERS
        if not (before in _OFFICE_WORDS or before in OFFICE_ABBREV or kicker) or verb_s_form(keep[0]) \
                or not is_person_name(f"Ana {keep[0]}") or is_place(keep[0]):
            return None
        return keep[0]
    # the longest run of at least two words that reads as a name: "Affairs Ine Eriksen Søreide" is none, "Ine Eriksen
    # Søreide" is
    return next((name for k in range(len(keep) - 1) if keep[k].lower() not in NAME_PARTICLES
                 for name in [" ".join(keep[k:])] if is_person_name(name) and not is_place(name)), None)


_EVENT_RX = re.compile(rf"(?i:{_EVENT})\b")
#: a headline's verbs before the event it reports ("Holds News Conference", "Gave a Speech")
_HEADLINE_VERBS = frozenset("""holds held gives gave delivers delivered makes made hosts hosted attends attended a an the his
    her its their""".split())
#: the words before an event that make it the setting of a report ("During a press briefing with ...")
_IN_EVENT = re.compile(r"(?i)(?:\S+[ \t]+)?(?:during|after|before|following|since|ahead)(?:[ \t]+(?:a|an|the|his|her|their|its|of))?")


#: the words that open an office after the name ("ANWAR IBRAHIM PRIME MINISTER OF MALAYSIA")
_OFFICE_OPENERS = frozenset("prime deputy vice foreign chief senior first acting".split())


def _name_before_office(words: list[str]) -> str | None:
    """The name of two words or more that an office follows in a title's run after "by" ("The Honourable Dato' Seri Anwar
    Ibrahim Prime Minister of Malaysia at the Shangri-La Dialogue 31 May 2025": Anwar Ibrahim; pass 120).

    >>> _name_before_office("THE HONOURABLE ANA RUIZ PRIME MINISTER OF CHILE AT THE FORUM 31 MAY 2025".split())
    'Ana Ruiz'
    >>> _name_before_office("Turkish Prime Minister Recep Tayyip Erdogan".split()) is None
    True
    """
    for j in range(2, len(words)):
        low = words[j].lower().rstrip(".,")
        if low in _OFFICE_WORDS or (low in _OFFICE_OPENERS and j + 1 < len(words)
                                    and words[j + 1].lower().rstrip(".,") in _OFFICE_WORDS):
            name = _name_at_end(words[:j])
            return name if name is not None and len(name.split()) >= 2 else None
    return None


def _before_event(line: str, at: int) -> list[str] | None:
    """The words of the name run that ends before the event at ``at``: past the event's own words ("Opening Press"), or
    up to three words after a possessive ("Theresa May's Mansion House speech")."""
    words = line[:at].split()
    lead = 0
    while lead < len(words) and lead < 3 and words[-1 - lead].lower() in _LEAD_WORDS:
        lead += 1
    if lead < len(words) and (words[-1 - lead].lower() in _HEADLINE_VERBS or verb_s_form(words[-1 - lead])):
        return None  # a headline on the event: "Turkish Premier Holds News Conference"
    pos = next((k for k in range(1, min(4, len(words) + 1)) if re.search(r"['\u2019]s\Z", words[-k])), None)
    end = len(words) - pos + 1 if pos is not None else len(words) - lead
    run = words[:end]
    if pos is not None:
        run[-1] = run[-1][:-2]
    return run or None


#: (the run stops at a spaced hyphen or slash too: "Sorbonne speech of Emmanuel Macron - Full text / English version"; pass 119)
#: (the event's venue or audience may come before "by": "Remarks at the Shangri-La Dialogue by Secretary of Defense X",
#: "Speech to the Bundestag by ..."; pass 121)
_AFTER = re.compile(rf"(?i:{_EVENT})(?:[ \t]+(?i:at|to|before|in|on|for|during)[ \t]+(?:(?![ \t](?i:by)[ \t])[^\n,;:()\u2013\u2014|]){{1,80}}?"
                    r"(?=[ \t]+(?i:by)[ \t]))?(?:[ \t]*\n){0,2}[ \t]*(?P<by>(?i:by|of|with))[ \t]+"
                    r"(?P<run>(?:(?![ \t][-/][ \t])[^\n,;:()\u2013\u2014|]){3,120})")
#: where a run after "by" ends: the first lower-case word that is no particle nor office ("... Erdogan with ...")
_RUN_END = re.compile(rf"[ \t]+(?!(?:{_PARTICLE_RX}|of|the|and|for|vice-president|"
                      r"president|prime|minister|secretary|general|foreign|state)\b)[a-z][\w-]*\b")


#: the name after an office's comma, to the line's end or the next comma ("..., PEDRO SÁNCHEZ"; rule S3 of pass 115)
_OFFICE_THEN_NAME = re.compile(r"[ \t]*,[ \t]*(?P<run>[^\n,;:()\u2013\u2014|]{3,80})(?=[ \t]*(?:[,\n]|\Z))")


#: a standfirst over a speech's text that says whose it is: "..., Minister of Foreign Affairs Ine Eriksen Søreide said in her
#: address.", "The relevant statement was made by Ukrainian President X in his video address" (rule S2 of pass 114)
_SAID_IN = re.compile(rf"(?P<run>(?:{_WORD.pattern}[ \t]+){{1,8}}?)(?:said|stated|declared|noted|stressed|emphasi[sz]ed)[ \t]+"
                      r"in[ \t]+(?:his|her)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:address|speech|remarks|statement)\b"
                      r"|\b(?:made|delivered|given)[ \t]+by[ \t]+(?P<run2>[^\n,;:()]{3,120}?)[ \t]+in[ \t]+(?:his|her)[ \t]+"
                      r"(?:[\w-]+[ \t]+){0,2}?(?:address|speech|remarks|statement)\b"
                      # '..., said Ukrainian President X in a traditional address to the nation on Nov. 25.' over the address
                      # (rule S4 of pass 116)
                      rf"|\b(?:said|stated|declared)[ \t]+(?P<run3>(?:{_WORD.pattern}[ \t]+){{2,9}}?)in[ \t]+(?:a|an|his|her)[ \t]+"
                      r"(?:[\w-]+[ \t]+){0,2}?(?:address|speech|remarks|statement)\b")
#: a lead-in that hands the text below to the one it names: "Ottawa – Foreign Affairs Minister, Ana Ruiz, at the launch of
#: the policy said:" (pass 120)
_SAID_COLON = re.compile(r"\b(?:said|stated|declared|remarked)(?:[ \t]+(?:the[ \t]+following|as[ \t]+follows))?[ \t]*:[ \t]*\Z")
_NAME_RUN = re.compile(rf"{_WORD.pattern}(?:[ \t]+{_WORD.pattern})+")
#: third-person reporting in the text under a title: a report, not the speech
_HE_SAID = re.compile(r"\b(?:[Hh]e|[Ss]he)[ \t]+(?:said|says|added|told|noted|stressed|warned|continued)\b")


def _by_run(run: str) -> list[str]:
    """The words of a name run after "by", to its first lower-case word that is no particle nor office, and to "and"."""
    end = _RUN_END.search(run)
    run = run[:end.start()] if end else run
    return re.split(r"[ \t]+and[ \t]+", run.strip())[0].split()


def _own_words(body: str, name: str) -> bool:
    """The text under the title (its first 3,000 characters) is the speaker's: first-person words outside quotations, no
    "Surname said"."""
    sur = re.escape(name.split()[-1])
    if re.search(rf"\b{sur}\b{_REPORTS}|\b(?:said|says|told)[ \t]+(?:\w+[ \t]+){{0,3}}{sur}\b", body):
        return False
    unquoted = _QUOTED.sub(" ", body[:2000])
    return _HE_SAID.search(unquoted) is None and len(_FIRST_PERSON.findall(unquoted)) >= 3


def title_speaker(t: str) -> list[str]:
    """The speaker a speech's or a press conference's title names in the page's head, where the text is his own.

    >>> title_speaker("In full: Theresa May's speech on future UK-EU relations\\nI am here today to set out my vision. We ...")
    ['Theresa May']
    >>> title_speaker("Text of news conference by Turkish Prime Minister Recep Tayyip Erdogan\\nwith correspondents\\n"
    ...               "(Erdogan) Our Istanbul hosts the summit. I thank our guests; we are proud.")
    ['Recep Tayyip Erdogan']
    >>> title_speaker("Joint press point\\nwith NATO Secretary General Jens Stoltenberg and the Prime Minister\\n"
    ...               "Prime Minister, it's a pleasure to welcome you. We have just met. I thank our ally.")
    ['Jens Stoltenberg']
    """
    head_end = min(len(t), _HEAD_CHARS)
    lines = [m for m in _LINE.finditer(t, 0, head_end) if m.group().strip()][:_HEAD_LINES]
    for k, line in enumerate(lines):
        text, n_words = line.group(), len(line.group().split())
        if n_words > 80:
            continue
        found = [(m.start(), _name_at_end(m.group("run").split()) if m.group("run")
                  else _name_at_end(m.group("run3").split()) if m.group("run3") else _name_at_end(_by_run(m.group("run2"))))
                 for m in _SAID_IN.finditer(text)]
        titled = n_words <= 60  # (a long line is a standfirst: only its "X said in her address")
        if titled and (said := _SAID_COLON.search(text)) is not None:
            found += [(r.start(), name) for r in _NAME_RUN.finditer(text, 0, said.start())
                      for name in [_name_at_end(r.group().split())] if name is not None and " " in name][:1]
        for m in _EVENT_RX.finditer(text) if titled else ():
            run = _before_event(text, m.start())
            if run is None:
                continue
            name = _name_at_end(run)
            if name is not None and _ABOUT.search(text[:text.rfind(name.split()[0], 0, m.start())]):
                continue  # "Reaction to Biden's speech"
            found.append((m.start(), name))
        seg = t[line.start():lines[k + 1].end() if k + 1 < len(lines) else line.end()]
        for m in _AFTER.finditer(seg) if titled else ():
            if m.start() >= line.end() - line.start():
                break
            before = [w for w in seg[:m.start()].split() if w.lower() not in _LEAD_WORDS]
            if before and _IN_EVENT.fullmatch(" ".join(before[-2:])):
                continue  # a report's "During a press briefing with X, Rubio said ..."
            if m.group("by").lower() == "with" and (before or not re.search(
                    r"(?i)(?:conference|point|briefing|availability)\s*with\Z", seg[:m.end("by")])):
                continue  # only a joint event's title opens on it; "Remarks With President X" is the Secretary's, not X's
            name = _name_at_end(_by_run(m.group("run"))) or _name_before_office(_by_run(m.group("run")))
            if name is None and (tail := _OFFICE_THEN_NAME.match(seg, m.end("run"))) is not None \
                    and any(w.lower().rstrip(".,") in _OFFICE_WORDS for w in m.group("run").split()):
                # the office first, the name after its comma: "SPEECH BY THE PRESIDENT OF THE GOVERNMENT OF SPAIN, PEDRO
                # SÁNCHEZ", "Statement by the Minister for Foreign Affairs, Senator Ana Ruiz" (rule S3 of pass 115)
                name = _name_at_end(_by_run(tail.group("run")))
            found.append((m.start(), name))
        for _, name in sorted(found, key=lambda f: f[0]):
            if name is None:
                continue
            if _own_words(t[line.end():line.end() + 3000], name):
                logger.debug("speech title names %r", name)
                return [name]
    return []
