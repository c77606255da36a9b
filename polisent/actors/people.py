"""A rule-based finder of people the registry lacks (the built-in ``ner="rules"`` backend).

Commentary keeps naming people no registry can hold in full: the analyst quoted, a provincial
governor, a UN envoy. A run of two to four capitalised words is taken for a person when it reads
as a person's name (no organisation, job or place word: :func:`polisent.segment._principal.person_part`)
and something in the text says it is one:

- a title or a role right before it ("Professor Jane Roe", "analyst Omar Said", "UN envoy Tom Fletcher");
- speech or an apposition right after it ("Omar Said said", "Omar Said, a researcher at ...").

A name the registry knows is left to the registry (the linker skips spans it already linked).
No model and no extra package: the finder runs on every document by default.

>>> [(s, e, label) for s, e, label, _ in find_people("Analyst Omar Said told us. Said was blunt.")]
[(8, 17, 'person'), (27, 31, 'person')]
>>> t = "Kazakh Sinologist Dana Serikova, Senior Researcher at the institute, spoke."
>>> [t[s:e] for s, e, _, _ in find_people(t)]
['Dana Serikova']
"""

from __future__ import annotations

import re

__all__ = ["find_people"]

_CAP = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff]"
_LOW = "[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff'\u2019-]"
_WORD = rf"{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?"
_PARTICLE = r"(?:de|da|do|dos|van|von|der|den|al|bin|ibn|la|le|du|del|di)"
#: two to eight capitalised words, initials and particles allowed inside ("Jean-Yves Le Drian", "Paul A. Gosar"):
#: room for a nationality and an office before a four-word name ("Norwegian Defense Minister Ine Marie Eriksen Søreide",
#: which six words cut into "Ine Marie Eriksen" and a stray "Søreide")
_RUN = re.compile(rf"(?<![\w'\u2019.-])(?:{_WORD}|[A-Z]\.)(?:[ \t]+(?:{_WORD}|[A-Z]\.|{_PARTICLE}(?=[ \t]+{_CAP}))){{1,7}}(?![\w'\u2019-])")
#: the most words a name keeps once the title words before it are set aside
_MAX_WORDS = 4
_TITLE_BEFORE = re.compile(
    r"(?i:\b(?:mr|ms|mrs|dr|prof|professor|president|minister|senator|sen|rep|representative|general|gen|colonel|col|"
    r"brigadier|major|maj|captain|capt|lieutenant|lt|commodore|marshal|sergeant|admiral|adm|ambassador|secretary|governor|mayor|judge|justice|envoy|chancellor|premier|king|queen|prince|"
    r"sheikh|commander|chief|director|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|leader|lawmaker|mp|"
    r"analyst|expert|researcher|scholar|economist|historian|journalist|correspondent|reporter|editor|commentator|columnist|"
    r"fellow|lecturer|diplomat|adviser|advisor|strategist|activist|lawyer|officer|official|candidate|opponent|"
    r"colleague|successor|predecessor|rival|ally|son|daughter|wife|husband))\.?[ \t]+\Z")
_AFTER = re.compile(
    r"(?:'s|\u2019s)?[ \t]*(?:,[ \t]*(?:a|an|the|who|former|senior|now|then|head|director|chief|professor|"
    r"[A-Z][\w.-]*(?:'s|\u2019s)?[ \t]+(?:minister|president|ambassador|envoy|leader|director|head|chief|spokes\w+)"
    r"|(?:(?:Chief|Senior|Principal|Lead|Deputy|Executive|Associate|Assistant|Visiting|Distinguished|Research)[ \t]+)*"
    r"(?:Researcher|Fellow|Analyst|Economist|Professor|Director|Editor|Adviser|Advisor|Scholar|Lecturer)[ \t]+(?:at|of|with)\b)\b"
    r"|,?[ \t]+(?:(?:has|had)[ \t]+)?(?:said|says|told|tells|argued|argues|wrote|writes|warned|warns|added|adds|noted|notes|"
    r"explained|explains|believes|thinks|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|insisted|insists|claimed|claims|"
    r"asked|asks|replied|answered|recalled|suggested|suggests|observed|observes|concluded|concludes)\b)")


#: "Meroe Gold, a Russian-owned mining company": an apposition whose head names an organisation, not a
#: person ("X, a researcher at a think tank" and "X, a company director" stay people)
_ORG_APPOS = re.compile(
    r"[ \t]*,[ \t]*(?:a|an|the)[ \t]+(?:(?!(?:at|of|in|for|with|from|by|on|to|and|or|who|whose)\b)[\w'\u2019-]+[ \t]+){0,3}?(?:company|firm|group|conglomerate|militia|network|"
    r"movement|party|organi[sz]ation|agency|bank|fund|corporation|consortium|outlet|newspaper|channel|broadcaster|"
    r"think[ -]tank|institute|foundation|charity|ngo|coalition|alliance|subsidiary)"
    r"(?![\w-]|[ \t]+(?:director|head|chief|founder|leader|member|official|executive|spokes\w+|boss|owner|chairman))")


#: words that open a capitalised run before the name: a sentence's first word, a plural title or a job
_LEAD = re.compile(
    r"(?:(?:But|And|As|In|On|At|So|Now|Then|When|While|If|Yes|No|Well|Also|Even|Only|Both|Former|Professors?|Drs?|Mr|Mrs|Ms|"
    r"Colonel|General|Brigadier|Major|Captain|Lieutenant|Commodore|Marshal|Sergeant|Admiral|Commander|Geographer|Historian|Economist|Analyst|Scholar|Senator|Secretary|State|Dear|Thanks|Thank|Welcome|"
    r"Interim|Deputy|Acting|President|Minister|Ambassador|Governor|Judge|Sheikh|Prince|King|Queen)\.?[ \t]+)+")
#: "I'm Max Bergman": a speaker introducing themselves is the speaker, not an actor of the text
_SELF = re.compile(r"(?:I['\u2019]m|I[ \t]+am|[Mm]y[ \t]+name[ \t]+is)[ \t]+\Z")


#: last words no name ends with: an answer or thanks after a mark ("R. Yes"), a headline's speech verb ("Ma Interviewed")
#: (present tense only: "Said" is a surname, "Analyst Omar Said told us")
_NO_SURNAME = frozenset("yes no thanks interviewed says speaks talks tells warns asks answers responds replies".split())


def find_people(text: str) -> list[tuple[int, int, str, float]]:
    """Spans of people's names in ``text``: ``(start, end, "person", score)``. A name is a person
    when one of its mentions has a cue; then every mention counts, its surname alone included."""
    from polisent.segment._principal import is_place, person_part

    runs = []
    for m in _RUN.finditer(text):
        s, name = m.start(), m.group()
        lead = _LEAD.match(name)  # "Professors Herman Kraft", "Geographer Tekle W.", "But Rose": the name follows
        if lead is not None:
            s, name = s + lead.end(), name[lead.end():]
        part = person_part(name)
        if part is not None and part != name and name.endswith(" " + part):
            s, name = s + len(name) - len(part), part  # "Russian Sinologist Andrei Ostrovsky": the name is the run's tail
        if name.split()[-1].lower() in _NO_SURNAME:
            continue  # "R. Yes, the acceptance ..." (an answer mark), "President Ma Interviewed by ..." (a headline)
        if not 2 <= len(name.split()) <= _MAX_WORDS or _SELF.search(text, max(0, s - 8), s) or part != name or is_place(name) or _ORG_APPOS.match(text, m.end()):
            continue
        runs.append((s, m.end(), name))
    if not runs:
        return []
    cued = {name for s, e, name in runs
            if _TITLE_BEFORE.search(text, max(0, s - 40), s) is not None or _AFTER.match(text, e) is not None}
    if not cued:
        return []
    # every mention of a person found once: the full name anywhere, and the surname alone ("Haddad added")
    spans = {(s, e) for s, e, name in runs if name in cued}
    taken = sorted(spans)
    for last in {n.split()[-1] for n in cued}:
        for x in re.finditer(rf"(?<![\w'\u2019.-]){re.escape(last)}(?![\w-])", text):
            if not any(a <= x.start() < b for a, b in taken):
                spans.add((x.start(), x.end()))
    return [(s, e, "person", 0.8) for s, e in sorted(spans)]
