"""Whether the person the rules found for a text that is no talk is someone it reports on rather than its speaker
(:func:`reported_not_speaking`): a source it quotes, an office holder it is about, anyone quoted in wire copy, the first of
two sources. Split out of :mod:`polisent.segment._unnamed_answers` in the 111th pass (the module had grown past 590 lines)."""

from __future__ import annotations

import re

from polisent.segment._person_names import office_holder
from polisent.segment._prefilter import bounded_spans
from polisent.segment._principal import Principal, is_person_name, person_part
from polisent.segment._principal_cues import _folded
from polisent.segment._quotes import handed_over, mostly_quoted, says_the_following, says_twice, third_person_report
from polisent.segment._units import Unit

__all__ = ["reported_not_speaking"]


def reported_not_speaking(t: str, pt: str, p: Principal, unnamed: list[Unit]) -> bool:
    """Whether the person the rules found for a text that is no talk is someone the text reports on, not
    its speaker: a source it quotes ("..., Fabiani said"; "according to Fabiani") or an office holder it
    is about ("Javier Milei"; "Moldovan President Maia Sandu was interviewed on ..." over a piece that
    weighs her words), unless her words make up most of it and the page hands them over to her ("Comments
    from Orozco:"); anyone quoted in wire copy ("YANGON
    (Reuters) \u2013 ..."); or the first of two sources a report quotes ("..., Parker Novak, a fellow at ...,
    told VOA" and "..., Anna Powles said")."""
    if p.kind in ("expert", "quote", "interview") and _WIRE_DATELINE.search(t, 0, 1500):
        return True
    if mostly_quoted(t, unnamed) and handed_over(t, p.name):
        return False  # a page of one expert's comments, handed over to them: theirs (a report that quotes a source is not)
    if says_the_following(t, p.name):
        return False  # "The Prime Minister said the following with regard to ...," over his statement (rule F2, pass 116)
    if p.kind in ("expert", "quote") and (office_holder(p.name) or _reported(pt, p.name)):
        return True
    if p.kind in ("interview", "expert") and third_person_report(pt, p.name):
        return True  # "X told Fox News Digital" over a report in the third person: the source is quoted, not interviewed
    if p.kind == "author" and " " in p.name and says_twice(pt, p.name) and third_person_report(pt, p.name, dash_quotes=True):
        return True  # a title "X ON Y:" over "X says ..." twice and X's words as quotations, maybe dash-opened: a report on X
        # (pass 123, W2)
    if p.kind == "interview" and office_holder(p.name) and not _TALK_PAGE.search(t, 0, 2000) \
            and not _answers_after_cue(t, p.name, unnamed):
        return True
    if p.kind != "author" and not _reported(pt, p.name) and _reported_other(pt, p.name) >= 2:
        return True  # a report on another's words ("..., Vucic said after the meeting." twice) that p only figures in
    return p.kind != "author" and _two_sources(pt, p.name)


#: the speaker's own voice opening a paragraph's first sentence, outside quotation marks
_OWN_VOICE = re.compile(r"\A[^.!?\n\"\u201c]{0,80}?\b(?:I|I['\u2019](?:m|ve|d|ll)|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b")


def _answers_after_cue(t: str, name: str, unnamed: list[Unit]) -> bool:
    r"""The paragraph after the first one that names ``name`` and an interview speaks in the first person, unquoted: the
    page hands the word over ("In an interview, X, the foreign minister, justifies ..." / "We have always said that ...").

    >>> from polisent.segment._units import Unit
    >>> t = "In an interview, Ana Ruiz, the minister, explains.\nWe have always said talks are needed."
    >>> _answers_after_cue(t, "Ana Ruiz", [Unit(0, 50, [0], 0, "plain", 0), Unit(51, len(t), [1], 1, "plain", 51)])
    True
    >>> t = t.replace("We have", "They have")
    >>> _answers_after_cue(t, "Ana Ruiz", [Unit(0, 50, [0], 0, "plain", 0), Unit(51, len(t), [1], 1, "plain", 51)])
    False
    """
    sur = name.split()[-1]
    at = next((k for k, u in enumerate(unnamed) if sur in t[u.start:u.end] and "interview" in t[u.start:u.end].lower()), None)
    return at is not None and at + 1 < len(unnamed) and _OWN_VOICE.search(t[unnamed[at + 1].content_start:unnamed[at + 1].end]) is not None


#: a news agency's dateline opening a paragraph: "YANGON (Reuters) \u2013", "BEIJING, Nov. 15 (Xinhua) --"
_WIRE_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Za-z .,'\u2019-]{1,40}\((?:Reuters|AP|AFP|Xinhua|Anadolu|TASS|Bloomberg|EFE|dpa|IANS|PTI|"
                            r"ANI|Sputnik|RIA Novosti|UNI|VNA|Yonhap|Kyodo|IRNA|Bernama|KUNA|WAM|SPA|NAN|AA)\)[ \t]*[-\u2013\u2014:]")
#: a page that says it carries talk: a title naming an interview or a transcript, a "TRANSCRIPT" line, a
#: broadcast script's "<Anchor>" (there an office holder "interviewed exclusively" is the one who speaks)
#: ... or a standfirst that hands over to it: "The full transcript of the interview is provided below."
_TALK_PAGE = re.compile(r"(?i)\A[ \t]*[^\n]{0,200}\b(?:interview|transcript)|^[ \t]*(?:transcript|<anchor>|<reporter>)[ \t]*$"
                        # a speech's or press remarks' title: "Council: press remarks by High Representative X upon
                        # arrival" over "Check against delivery!" (rule T1 of the 103rd pass)
                        r"|\A[ \t]*[^\n]{0,120}\b(?:remarks|press[ \t]+conference|speech|address|briefing)[ \t]+(?:by|of)\b"
                        r"|^[ \t]*check[ \t]+against[ \t]+delivery\b"
                        # ... or the page's first line says he gave it: "Prime Minister X delivered a speech following the
                        # summit", "X held a press briefing on Tuesday", "X answered questions after the summit" (pass 117)
                        r"|\A[ \t]*[^\n]{0,160}\b(?:delivered[ \t]+(?:a|an|his|her)[ \t]+(?:speech|address|statement)|held[ \t]+a[ \t]+"
                        r"(?:press|news)[ \t]+(?:briefing|conference)|answered[ \t]+(?:to[ \t]+)?(?:the[ \t]+)?questions)\b"
                        r"|\b(?:full[ \t]+)?(?:transcript|text)[ \t]+of[ \t]+(?:the|this|our|his|her)[ \t]+interview[ \t]+(?:is|follows|below)\b",
                        re.MULTILINE)


_SAID = (r"(?:said|says|added|adds|told|tells|noted|notes|explained|explains|stressed|warned|warns|argued|argues|"
         r"believes|according[ \t]+to)")


def _reported(t: str, name: str) -> bool:
    """Whether ``t`` reports ``name``'s words in the third person: "said Fabiani", "according to
    Fabiani", "Fabiani, a senior analyst, told the paper" (not inside a quotation that follows the name),
    unless the text credits that person with writing it ("X notes in an article written for ...").

    >>> _reported("\u201cThe talks will fail,\u201d said Riccardo Fabiani.", "Riccardo Fabiani")
    True
    >>> _reported("Riccardo Fabiani is a senior analyst. The talks will fail.", "Riccardo Fabiani")
    False
    """
    surname = name.split()[-1]
    spots = [s for s, _ in bounded_spans(t, surname)]
    if any(_WRITES.match(t, s + len(surname), s + len(surname) + 100) for s in spots):
        return False  # the writer's own piece
    return any(_SAID_BEFORE.search(t, max(0, s - 40), s) or _SAID_AFTER.match(t, s + len(surname), s + len(surname) + 60)
               or _SAID_AFTER_LONG.match(t, s + len(surname), s + len(surname) + 160) for s in spots)


_WRITES = re.compile(r"[^.\n]{0,80}?\b(?:writes|wrote|written|penned|authored)\b")
_SAID_BEFORE = re.compile(rf"\b{_SAID}\b[^.\n]{{0,25}}?[ \t]+(?:[\w.'\u2019-]+[ \t]+){{0,3}}\Z")
_SAID_AFTER = re.compile(rf"[^.\n\u201c\"]{{0,40}}?\b{_SAID}\b")
#: "Panitan Wattanayagorn, a political scientist at ... and an adviser to ..., said": after an apposition set
#: off by commas, a reporting verb (not "told"/"tells", which also credit an interview to its outlet)
_SAID_AFTER_LONG = re.compile(r",[^.\n\u201c\"]{20,140}?,[ \t]+(?:said|says|added|adds|noted|notes|stressed|warned|warns|argued|argues)\b")


#: a person whose words the text reports, after the name ("Anna Powles, a senior lecturer at ..., said") or before it
#: ("said Anna Powles", "according to Anna Powles")
_SOURCE_AFTER = re.compile(r"(?<![\w'\u2019-])(?<!\bthe )(?<!\bat )(?<!\bof )(?<!\bfor )(?<!\band )(?<!\bwith )(?P<name>[A-Z](?:\.|[\w'\u2019-]+)(?:[ \t]+[A-Z](?:\.|[\w'\u2019-]+)){1,2})"
                           r"(?:,[^.\n\u201c\"]{3,160}?,)?[ \t]+(?:said|says|told|tells|added|noted|argued|warned|explained|stressed)\b")
_SOURCE_BEFORE = re.compile(r"\b(?:said|says|according[ \t]+to)[ \t]+(?P<name>[A-Z](?:\.|[\w'\u2019-]+)(?:[ \t]+[A-Z](?:\.|[\w'\u2019-]+)){1,2})")


def _two_sources(t: str, name: str) -> bool:
    """Whether ``t`` reports the words of ``name`` and of another person too ("..., Parker Novak, a fellow,
    told VOA" and "..., Anna Powles said").

    >>> _two_sources("\u201cIt is a win,\u201d Parker Novak, a fellow, told VOA. \u201cIt is not,\u201d Anna Powles said.", "Parker Novak")
    True
    >>> _two_sources("\u201cIt is a win,\u201d Parker Novak, a fellow, told VOA. He said so twice.", "Parker Novak")
    False
    >>> _two_sources("This is the opinion of Areg Kochinyan. He says the road must open. Anna Powles said no.", "Areg Kochinyan")
    False
    """
    surname = name.split()[-1].lower().strip(".,")
    sources = set()
    for rx in (_SOURCE_AFTER, _SOURCE_BEFORE):
        for m in rx.finditer(t):
            who = person_part(m.group("name"))
            if who is not None and is_person_name(who):
                sources.add(who.split()[-1].lower().strip(".,"))
    return surname in sources and len(sources) >= 2



#: a surname whose words the text reports: "Vucic said", "Vučić, the president, stated", "said Vucic"
_SURNAME_SAID = re.compile(r"(?<![\w'\u2019-])(?P<sur>[A-Z][\w'\u2019-]{2,})(?:,[^.\n\u201c\"]{3,120}?,)?[ \t]+(?:said|says|stated|told|added|"
                           r"noted|argued|warned|explained|stressed|pointed[ \t]+out)\b|\b(?:said|says)[ \t]+(?P<sur2>[A-Z][\w'\u2019-]{2,})\b")


def _reported_other(t: str, name: str) -> int:
    """How often the text reports the words of the one other person it reports most, by surname ("Vucic said" for
    "Aleksandar Vu\u010di\u0107", spelled with or without accents), not ``name``: a person the text names in full
    elsewhere (rule R3 of pass 117).

    >>> t = "President Ana Ruiz spoke. Ruiz said the talks failed. Asked about Omar Haddad, she said no. Ruiz stated it twice."
    >>> _reported_other(t, "Omar Haddad"), _reported_other(t, "Ana Ruiz")
    (2, 0)
    """
    own = _folded(name.split()[-1])
    full = {_folded(m.group(2)) for m in _FULL_NAME.finditer(t) if is_person_name(f"{m.group(1)} {m.group(2)}")}
    counts: dict[str, int] = {}
    for m in _SURNAME_SAID.finditer(t):
        sur = _folded(m.group("sur") or m.group("sur2"))
        if sur != own and sur in full:
            counts[sur] = counts.get(sur, 0) + 1
    return max(counts.values(), default=0)


#: two capitalised words in a row, every such pair (overlapping: "President Ana Ruiz" gives "Ana Ruiz" too)
_FULL_NAME = re.compile(r"(?=(?<![\w'\u2019-])([A-Z][\w'\u2019-]+)[ \t]+([A-Z][\w'\u2019-]{2,})(?![\w'\u2019-]))")
