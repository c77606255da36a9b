"""Round-ups of experts and press reviews: a name alone on its line (or with its affiliation, or
over its job lines) heads that person's comment; a line that ends by handing over to a source
("..., La Stampa notes:") introduces the quotation under it."""

from __future__ import annotations

import re

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._labels import _display
from polisent.segment._prefilter import Guarded
from polisent.segment._principal import TITLED_NAME, is_person_name, journalists_outlet
from polisent.segment._quotes import _QUOTE_SPAN
from polisent.segment._units import Unit

__all__ = ["_inline_quotes", "_introduced_quotes", "_section_speakers"]

#: a name alone on its line, with a note in brackets ("Errol Mendes ( English only)")
_NAME_ALONE = re.compile(rf"[ \t]*{TITLED_NAME}[ \t]*(?:\([^()\r\n]{{1,40}}\)[ \t]*)?")
_AFF = r"(?:[^.!?:\r\n]|(?<=\b[A-Z])\.)"  # no sentence's end; the dots of "U.S." are no end
#: a job in lower case first ("executive director and research professor at the Institute of ...")
_JOB_FIRST = (r"(?:(?:former|senior|deputy|associate|assistant|executive|visiting|adjunct|research|managing|chief)[ \t]+)*"
              r"(?:director|professor|fellow|analyst|researcher|founder|head|chair(?:man|woman)?|president|lecturer|"
              r"scholar|economist|editor|ambassador|minister|adviser|advisor)\b")
_NAME_AFFILIATION = re.compile(rf"[ \t]*{TITLED_NAME}[ \t]*(?:,+|[|\u2013\u2014])[ \t]*(?:(?:the[ \t]+)?[A-Z]{_AFF}{{2,220}}[ \t]*:?|"
                               rf"[a-z]{_AFF}{{2,130}}:|(?:from|of)[ \t]+[A-Z]{_AFF}{{2,160}}|{_JOB_FIRST}{_AFF}{{0,200}})[ \t]*")  # "Ivan KOSTOV, ex-prime minister of Bulgaria:" too
# ("Isaac Fokun, from Ghana, founder of the ... Foundation": where the expert comes from, then the job)
# (or after a bar or a dash: "Fareed Marjaee | Former member of the executive committee of ...")
#: the name glued to its job, as a page's name and job boxes lose their break ("Ian BondDirector of foreign
#: policy at the Centre for European Reform", "Kate Hansen BundtSecretary General of ...", "Laia
#: MestresPostdoctoral researcher at ...", "Francisco de Borja LasherasHead of ...", in lower case too: "James W. Davisdirector of the Institute of ...")
_NAME_GLUED_JOB = re.compile(r"[ \t]*(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+(?:[A-Z][\w'\u2019.-]+|de|del|da|di|du|la|le|van|von|der|al)){0,3}"
                             r"[ \t]+[A-Z][a-z'\u2019-]+?)"
                             r"(?=(?:Director|Professor|Senior|Fellow|Head|Chair|President|Lecturer|Associate|Executive|"
                             r"Research|Former|Deputy|Editor|Ambassador|Minister|Adviser|Advisor|Analyst|Founder|Secretary|"
                             r"Visiting|Distinguished|Dean|Chief|Assistant|Postdoctoral|Nonresident|Non-resident)\b|"
                             # ... or to a job in lower case ("Fraser Camerondirector of the EU-Russia Centre")
                             r"(?:director|professor|senior|fellow|president|lecturer|associate|executive|former|deputy|"
                             r"editor|ambassador|adviser|advisor|analyst|founder|secretary|visiting|distinguished|"
                             r"postdoctoral|nonresident|non-resident)\b)[A-Za-z](?:[^.!?\r\n]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.){2,200}")
#: a comment that opens with its expert and a colon, then the quotation ("Raz Zimmt, Director of the
#: Iran program: \u201cThis morning, ...\u201d")
_NAME_QUOTE = re.compile(rf"[ \t]*{TITLED_NAME}[ \t]*,[ \t]*[^:\r\n]{{2,200}}?:[ \t]*(?=[\u201c\"\u00ab\u201e])")
#: ... or without quotation marks, where the words before the colon are a job ("Ana Ruiz, deputy, later acting U.S. special
#: representative for Chile, 2013-2017: In the very immediate term, ..."; pass 120)
_NAME_COMMENT = re.compile(rf"[ \t]*{TITLED_NAME}[ \t]*,[ \t]*(?P<job>[^:\r\n]{{2,200}}?):[ \t]+(?=[A-Z])")
#: the job lines under a name alone on its line: short, capitalised, no sentence's end
_JOB_LINES = re.compile(r"(?:\n[ \t]*[A-Z][^.!?\n]{2,90}[ \t]*){1,3}")
_EXPERTS = re.compile(r"(?i)\bexperts?\b|\banalysts?\b|\bscholars?\b|\bcommentaries\b")
#: a hand-over to a source at the end of a line: "..., La Stampa notes:", "Avvenire sees a paradox
#: behind the agreement:", "The Guardian writes:", "Jutarnji list is appalled:" (the source opens the
#: clause, or stands right before the verb; a title may end in one lower-case word)
_SOURCE_WORDS = r"(?:[Tt]he[ \t]+)?[A-Z\u00c0-\u017f][\w.'\u2019&-]*(?:[ \t]+(?:[A-Z\u00c0-\u017f][\w.'\u2019&-]*|de|del|di|da|la|le|el|der|die|van|von|\u00e9s|y|i|et|und)){0,4}"
_SOURCE = rf"(?P<src>{_SOURCE_WORDS})"
_HAND_VERB = (r"(?:says|notes|writes|argues|warns|comments|observes|believes|thinks|sees|fears|concludes|explains|"
              r"criticises|criticizes|praises|welcomes|stresses|points[ \t]+out|remarks|asks|predicts|suspects|"
              r"complains|laments|doubts|agrees|calls[ \t]+(?:for|on)|urges|demands|suggests|insists|cautions|hopes|"
              r"recalls|reminds|analy[sz]es|recommends|regrets|wonders|emphasi[sz]es|condemns|applauds|"
              r"is[ \t]+(?:convinced|sceptical|skeptical|critical|worried|pleased|appalled|alarmed|dismayed|outraged|"
              r"concerned|disappointed|relieved|delighted|optimistic|pessimistic|unimpressed|indignant))")
_HAND_OVER = re.compile(rf"(?:(?<![^\n])|[,;.][ \t]+)[ \t]*(?P<src>{_SOURCE_WORDS}(?:[ \t]+[a-z]{{2,10}})?)[ \t]+{_HAND_VERB}\b[^:\n]{{0,120}}:[ \t]*\Z")
#: the verb first: "..., writes blogger Adelina Marini in a commentary for Sega:", "..., says the Frankfurter
#: Allgemeine Zeitung:" (a few lower-case words may describe the source)
_HAND_OVER_AFTER = re.compile(rf"[,;][ \t]+(?:writes|says|notes|argues|warns|comments|observes|explains|concludes|remarks|"
                              rf"predicts|believes|fears|complains|laments)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}{_SOURCE}"
                              rf"(?![\w'\u2019-])[^:\n]{{0,120}}:[ \t]*\Z")
#: the same hand-over inside a paragraph, right before the quotation: 'Murrett writes: "In the wake of ..."'
_INLINE_HAND_OVER = re.compile(rf"(?<![\w'\u2019-]){_SOURCE}[ \t]+{_HAND_VERB}[ \t]*:[ \t]*(?=[\u201c\"\u00ab])")
#: the hand-overs, searched only where a verb of theirs stands (see _prefilter.Guarded)
_HAND_OVER_SCAN, _HAND_OVER_AFTER_SCAN, _INLINE_HAND_OVER_SCAN = map(Guarded, (_HAND_OVER, _HAND_OVER_AFTER, _INLINE_HAND_OVER))
_CAPS_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){1,6}")  # titles and the name
_NOT_SOURCE = frozenset("it this that he she they we i one who which there what the".split())
_OPEN_QUOTE = ("\u201c", "\"", "\u00ab", "\u201e")


#: the page's question right above an expert's comment: a sentence that ends with "?" at the end of a line
_ASKED_ABOVE = re.compile(r"\?[\"'\u201d\u2019)]*[ \t]*\n\s*\Z")
#: an editor's note over the piece: "Editor's Note: Optimists hoped that ..."
_EDITORS_NOTE = re.compile(r"\W*(?i:editor['\u2019]?s['\u2019]?\s+note)\b")


#: an explicit byline alone on its line: "By Beatrice E. Rangel"
_BY_LINE = re.compile(rf"[ \t]*(?i:by)[ \t]*:?[ \t]+{TITLED_NAME}[ \t]*")


def _by_name(t: str, section: list[Unit]) -> str | None:
    r"""The name of a "By X" line at the head of ``section``: before its second comment (a standfirst
    may stand over the byline), among its first twelve units.

    >>> from polisent.segment._units import Unit
    >>> t = "Cayman Islands\nBy Ana E. Ruiz\nNews about the talks came wearing the robes of controversy, as ever."
    >>> _by_name(t, [Unit(15, 29, [1], 1, "plain", 0), Unit(30, len(t), [2], 2, "plain", 0)])
    'Ana E. Ruiz'
    """
    comments = 0
    for u in section[:12]:
        comments += _COMMENT.search(t, u.start, u.end) is not None
        if comments > 1:
            return None
        m = _BY_LINE.fullmatch(t, u.start, u.end)
        if m is not None and is_person_name(" ".join(m.group("name").split())):
            return " ".join(m.group("name").split())
    return None


#: a comment's sentence: eight words or more, then its end ("UK Pound" / "Saint Lucia" are a menu's items)
_COMMENT = re.compile(r"(?:[^\s]+[ \t]+){7,}[^\n]*?[.!?][\"'\u201d\u2019)]?(?=\s|$)")


def _section_speakers(t: str, units: list[Unit], out: list[tuple[str | None, SpeakerRole]]) -> list[tuple[str | None, SpeakerRole]]:
    """A round-up of experts ("Lassina Zerbo" alone on a line, then his comment; "Peter Jenkins",
    then his; or "Robert Patman, Professor of ..., University of Otago"): at least two different
    person names alone on their lines (with their affiliation), no turn labels. Each
    section's answers are the named person's, and the name line is a heading, not a claim; the
    page's text above the first name is the editor's introduction, a heading too.
    A comment may also open with its expert ("Raz Zimmt, Director of ...: \u201cThis morning ...\u201d"):
    then that paragraph is the first of the section, and its claim.

    >>> from polisent.segment import RuleSegmenter
    >>> st = RuleSegmenter().segment("Anna Berg, head of the Asia program: \u201cThe talks will fail. Nobody wants them.\u201d\\n\\n"
    ...     "Omar Haddad, senior fellow at the institute: \u201cThe talks may yet succeed.\u201d")
    >>> sorted({c.speaker for c in st.claims})
    ['Anna Berg', 'Omar Haddad']
    """
    if any(u.form == "label" for u in units):
        return out
    heads: list[tuple[int, str]] = []
    inline: set[int] = set()  # heads that open their own comment
    for i, u in enumerate(units):
        if u.kind is SegmentKind.ANSWER and (q := _NAME_QUOTE.match(t, u.start, u.end) or _job_comment(t, u)) is not None \
                and is_person_name(q.group("name")) and len(q.group("name").split()) <= 4:
            heads.append((i, _display(" ".join(q.group("name").split()))))
            inline.add(i)
            continue
        if (u.kind is SegmentKind.CLUTTER and u.reason not in ("byline", "author_bio")) or u.kind is SegmentKind.QUESTION \
                or len(u.lines) > 4 or u.end - u.start > 240 \
                or (u.end - u.start > 160 and len(u.lines) == 1 and t.find("|", u.start, u.start + 60) < 0
                    and not _NAME_AFFILIATION.fullmatch(t, u.start, u.end)):
            continue  # (a long affiliation: "Xu Weizhong, executive director and research professor at ...")
        if i and _EDITORS_NOTE.match(t, units[i - 1].start, units[i - 1].end):
            continue  # the editor who signs an "Editor's Note: ... argues that ..." ("Daniel Byman"): no section's author
        # "Lassina Zerbo" alone, or "Robert Patman, Professor of International Relations, University of Otago",
        # or the name alone over its job lines ("Ronnie D. Lipschutz" / "Professor of politics" / "Provost, ...")
        end = u.end if len(u.lines) == 1 else t.find("\n", u.start, u.end)
        if len(u.lines) > 1 and not _JOB_LINES.fullmatch(t, end, u.end):
            continue
        m = _NAME_ALONE.fullmatch(t, u.start, end) if end - u.start <= 60 else None
        m = m or (_NAME_AFFILIATION.fullmatch(t, u.start, end) or _NAME_GLUED_JOB.fullmatch(t, u.start, end)
                  if len(u.lines) == 1 else None)
        rest = t[m.end("name"):end] if m is not None else ""
        no_job = m is not None and not _JOB_WORDS & set(re.findall(r"[a-z]+", rest.lower()))
        if no_job and m.re is _NAME_AFFILIATION and rest.lstrip()[:1] in "|\u2013\u2014":
            continue  # a column's name over its title after a bar ("Shades Off | Why I'm still in Hong Kong"): no job
        if no_job and rest and not any(x.kind is not SegmentKind.CLUTTER for x in units[:i]):
            continue  # the page's title naming its subject: "Vladimir Putin, Defender of Russia's Interests"
        if m is not None and is_person_name(m.group("name")) and len(m.group("name").split()) <= 4 \
                and not journalists_outlet(t, " ".join(m.group("name").split())):  # (not "BW Businessworld": O5)
            heads.append((i, _display(" ".join(m.group("name").split()))))
    # two people, or one when the page says it gathers experts ("Expert reaction: ...") and the
    # excerpt stops after the first
    first_head = units[heads[0][0]].start if heads else 0
    # (not one name over all of an interview's questions: "Iran has few friends left - expert" over the
    # writer's name and "- Please, tell us, ...?" is one expert questioned, the name line the byline)
    asked = [u.start for u in units if u.kind is SegmentKind.QUESTION]
    over_questions = bool(asked) and min(asked) > first_head
    # (or one expert whose comment opens with the name, the job and the quotation, under the page's own
    # questions: "What will Paz's presidency mean ...?" then "Steven E. Hendrix, managing director of ...: \u201c...")
    asked_first = len(heads) == 1 and heads[0][0] in inline and _ASKED_ABOVE.search(t, 0, first_head) is not None
    # (or one expert whose comment opens the page's text, under its title alone: an excerpt of a round-up that stops
    # inside the first comment)
    asked_first = asked_first or (len(heads) == 1 and heads[0][0] in inline and not any(
        x.kind not in (SegmentKind.CLUTTER, SegmentKind.HEADING) for x in units[:heads[0][0]]))
    if len({n.split()[-1] for _, n in heads}) < 2 and not (len(heads) == 1 and (_EXPERTS.search(t, 0, first_head) or asked_first)
                                                           and not over_questions):
        return out
    head_ids = {id(units[i]) for i, _ in heads}
    if heads[0][0] not in inline and not any(u.kind is SegmentKind.ANSWER and id(u) not in head_ids for u in units[heads[0][0] + 1:]):
        return out  # names under all the text ("Eeshan Lal" / "Oak Brook" closing a letter) head no one's comment (rule W2)
    if all(_signed_off(t, units[i]) for i, _ in heads) and _text_before(units, heads[0][0]):
        # a letters page: "Lesley Beckhouse, Queanbeyan, NSW" signs the letter above it
        bounds = [(-1, "")] + heads
        named = []
        for (i, _), (j, name) in zip(bounds, bounds[1:]):
            body = [u for u in units[i + 1:j] if u.kind is SegmentKind.ANSWER]
            for u in body:
                u.speaker = name
            if body:
                named.append((name, body[0].role))
        for u in units[heads[-1][0] + 1:]:
            if u.kind is SegmentKind.ANSWER:
                u.speaker = None  # a letter whose signature the excerpt cut off
        return _named(out, named) if named else out
    # the page's own words above the first expert ("India and Pakistan are in the midst of a crisis
    # ... Here's what three experts had to say"): the editor's introduction, no expert's view
    for u in units[:heads[0][0]] if len({n.split()[-1] for _, n in heads}) >= 2 or asked_first else ():
        if u.kind is SegmentKind.ANSWER:
            u.kind, u.intro = SegmentKind.HEADING, True
    bounds = heads + [(len(units), "")]
    named = []
    for (i, name), (j, _) in zip(bounds, bounds[1:]):
        body = [u for u in units[i if i in inline else i + 1:j] if u.kind is SegmentKind.ANSWER]
        if not body:
            continue
        if units[i].kind is SegmentKind.ANSWER and i not in inline:
            units[i].kind = SegmentKind.HEADING
        # "By Beatrice E. Rangel" between the name-like line and the first comment (a menu's "Cayman Islands"
        # over an op-ed): the byline names the writer
        name = _by_name(t, units[i + 1:j]) or name
        for u in body:
            u.speaker = name
        named.append((name, body[0].role))
    if not named:
        return out
    return _named(out, named)


#: words of a job or an institution: "Professor of ..., University of Otago" is no letter writer's town
_JOB_WORDS = frozenset("university institute centre center school college foundation council professor director fellow "
                       "minister ambassador analyst editor chair chairman head program programme department ministry "
                       "agency group research studies policy affairs forum society association former senior lecturer "
                       "researcher president founder author journalist correspondent expert adviser advisor".split())


#: a job's words that a round-up's description of its expert holds besides :data:`_JOB_WORDS`
_COMMENT_JOBS = _JOB_WORDS | frozenset("representative envoy secretary deputy diplomat commissioner spokesperson spokesman "
                                       "spokeswoman professor scholar economist historian".split())


def _job_comment(t: str, u: Unit) -> re.Match[str] | None:
    """The expert's name and job that open a comment without quotation marks, where the words before the colon name a job
    ("Ana Ruiz, deputy, later acting special representative for Chile, 2013-2017: In the very ..."; not "Ana Ruiz, who
    knows the talks: ..." nor "However, the point is: ...").

    >>> from polisent.segment._units import Unit
    >>> t = "Ana Ruiz, deputy, later acting U.S. special representative for Chile, 2013-2017: In the short term, nobody knows."
    >>> _job_comment(t, Unit(0, len(t), [0], 0, "plain", 0)).group("name")
    'Ana Ruiz'
    >>> t = "Ana Ruiz, who knows the talks well: Nobody wants them."
    >>> _job_comment(t, Unit(0, len(t), [0], 0, "plain", 0)) is None
    True
    """
    m = _NAME_COMMENT.match(t, u.start, u.end)
    return m if m is not None and _COMMENT_JOBS & set(re.findall(r"[a-z]+", m.group("job").lower())) else None


def _signed_off(t: str, u: Unit) -> bool:
    """A letter's signature: the name, then a town and a state, nothing else ("Tiit Tonuri, Cowra, NSW").

    >>> from polisent.segment._units import Unit
    >>> t = "Tiit Tonuri, Cowra, NSW"
    >>> _signed_off(t, Unit(0, len(t), [0], 0, "plain", 0))
    True
    >>> t = "Robert Patman, Professor of International Relations, University of Otago"
    >>> _signed_off(t, Unit(0, len(t), [0], 0, "plain", 0))
    False
    """
    return len(u.lines) == 1 and _signature(t, u.start, u.end)


def _signature(t: str, start: int, end: int) -> bool:
    """``t[start:end]`` is one line "Name, Town[, State]": no job, no institution."""
    _, sep, rest = t[start:end].strip().partition(",")
    parts = [p.split() for p in rest.split(",")]
    return bool(sep) and "\n" not in rest and 1 <= len(parts) <= 3 and all(
        1 <= len(p) <= 3 and all(w[:1].isupper() and w.lower().strip(".") not in _JOB_WORDS for w in p) for p in parts)


def _signed_name(t: str, u: Unit) -> tuple[int, int] | None:
    """The span of the name of a signature, the unit's first line ("Peter Lydon, Berkeley, Calif."),
    when it is a person's.

    >>> from polisent.segment._units import Unit
    >>> t = "Peter Lydon, Berkeley, Calif."
    >>> _signed_name(t, Unit(0, len(t), [0], 0, "plain", 0))
    (0, 11)
    """
    end = t.find("\n", u.start, u.end)
    end = u.end if end < 0 else end
    m = re.match(r"[ \t]*([^,\n]+?)[ \t]*,", t[u.start:end])
    if m is None or not _signature(t, u.start, end) or not is_person_name(m.group(1)) or not 2 <= len(m.group(1).split()) <= 4:
        return None
    return u.start + m.start(1), u.start + m.end(1)


def _text_before(units: list[Unit], first: int) -> bool:
    """Some of the text's own words come before the first name line."""
    return any(u.kind is SegmentKind.ANSWER for u in units[:first])


def _named(out: list[tuple[str | None, SpeakerRole]], named: list[tuple[str, SpeakerRole]]) -> list[tuple[str | None, SpeakerRole]]:
    """The document's speakers with the sections' named ones in place of the unnamed."""
    return [(n, r) for n, r in out if n is not None] + [x for i, x in enumerate(named) if x not in out and x not in named[:i]]


def _introduced_quotes(t: str, units: list[Unit], out: list[tuple[str | None, SpeakerRole]]) -> list[tuple[str | None, SpeakerRole]]:
    """A press review or comment round-up: a line that hands over to a source ("It is far from
    certain that the plan works, La Stampa notes:") and, under it, a paragraph in quotation marks.
    With two such hand-overs to different sources, and no turn labels, each quoted paragraph (and
    the quoted ones right after it) is the source's.

    >>> from polisent.segment import RuleSegmenter
    >>> st = RuleSegmenter().segment("Talks collapse\\n\\nThe deal is fragile, Le Monde notes:\\n\\n"
    ...     "\u201cNobody trusts the other side. The ceasefire will not hold.\u201d\\n\\n"
    ...     "El Pa\u00eds sees a deeper problem:\\n\\n\u201cThe mediators have no leverage at all.\u201d")
    >>> sorted({c.speaker for c in st.claims if c.speaker})
    ['El Pa\u00eds', 'Le Monde']
    """
    if any(u.form == "label" for u in units):
        return out
    content = [u for u in units if u.kind is not SegmentKind.CLUTTER and u.kind is not SegmentKind.HEADING]
    found: list[tuple[str, list[Unit]]] = []
    for i, u in enumerate(content[:-1]):
        if u.kind is SegmentKind.QUESTION:
            continue
        m = _HAND_OVER_SCAN.search(t, max(u.content_start, u.end - 240), u.end) \
            or _HAND_OVER_AFTER_SCAN.search(t, max(u.content_start, u.end - 240), u.end)
        if m is None:
            continue
        src = " ".join(m.group("src").split())
        if src.startswith("the "):
            src = src[4:]  # "..., the Tages-Anzeiger complains:"
        if src.split()[0].lower() in _NOT_SOURCE and len(src.split()) == 1:
            continue
        quoted = []
        for v in content[i + 1:]:
            if v.kind is not SegmentKind.ANSWER or not t[v.content_start:v.end].lstrip().startswith(_OPEN_QUOTE):
                break
            quoted.append(v)
        if quoted:
            found.append((src, quoted))
    if len({s for s, _ in found}) < 2:
        return out
    for src, quoted in found:
        for v in quoted:
            v.speaker, v.sourced = src, True
    return _named(out, [(src, quoted[0].role) for src, quoted in found])


def _inline_quotes(t: str, units: list[Unit], out: list[tuple[str | None, SpeakerRole]]) -> list[tuple[str | None, SpeakerRole]]:
    """A round-up whose experts' comments open inside the paragraph that introduces them ("Sean
    McFate, professor at ... . McFate writes: \u201cIsrael and Iran ...\u201d"): with two such hand-overs
    to different sources and no turn labels, each quotation (to its closing mark, or the paragraph's
    end) is the source's words, named in full where the paragraph writes the full name before it;
    the sentences around it (the bio) stay the page's.

    >>> from polisent.segment import RuleSegmenter
    >>> st = RuleSegmenter().segment("Anna Berg is a professor of law. Berg writes: \u201cThe talks will fail.\u201d\\n\\n"
    ...     "Omar Haddad teaches history. Haddad writes: \u201cThe talks may yet succeed.\u201d")
    >>> [c.speaker for c in st.claims if "talks" in c.text]
    ['Anna Berg', 'Omar Haddad']
    """
    if any(u.form == "label" for u in units):
        return out
    found: list[tuple[Unit, str, tuple[int, int]]] = []
    for u in units:
        if u.kind is not SegmentKind.ANSWER or u.quotes:
            continue
        m = _INLINE_HAND_OVER_SCAN.search(t, u.content_start, u.end)
        if m is None:
            continue
        src = " ".join(m.group("src").split()).rsplit(". ", 1)[-1]  # "... and Law. Murrett writes:"
        if src.startswith(("The ", "the ")) or (len(src.split()) == 1 and src.lower() in _NOT_SOURCE):
            continue
        sur = src.split()[-1]  # the full name: the run's given name and surname ("Retired Vice Admiral Robert Murrett")
        runs = [f.group().split() for f in _CAPS_RUN.finditer(t, u.content_start, m.start())]
        fulls = [" ".join(w[-2:]) for w in runs if w[-1] == sur and is_person_name(" ".join(w[-2:]))]
        full = fulls[-1] if fulls else src
        quote = _QUOTE_SPAN.match(t, m.end(), u.end)  # to its closing mark, or the paragraph's end
        if quote is not None:
            found.append((u, _display(full), quote.span()))
    if len({n.split()[-1] for _, n, _ in found}) < 2:
        return out
    for u, name, span in found:
        u.quotes = [span]
        u.quote_speaker = name
    return _named(out, [(n, SpeakerRole.INTERVIEWEE) for _, n, _ in found])
