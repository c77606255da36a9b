"""Context rules applied after detection: datelines, Georgia the US state, a leader's government.

* A capital that opens a line as a dateline ("WASHINGTON —", "1. Moscow.", "Seoul and Pyongyang.",
  "Kyiv, May 5 —") names the place a story is filed from, not the government: dropped.
* "Georgia" next to US-state context ("Atlanta, Georgia", "Georgia Republicans", "Arizona and
  Georgia", "the Georgia Senate race") is the US state, not the country: dropped.
* A body named by a short form of its registry name ("Security Council", "Congress") right after
  another state or another proper word ("the Russian Security Council", "the US National Security
  Council", "the Brazilian Congress") is that other body, not the registry's: dropped.
* A head of state or government followed by "administration" or "government" ("the Trump
  administration", "Lula's government") is that state's government, so the state (the
  annotation guideline's reading: a state's government is the state).
* "the two countries", "these three nations" are the last two (three) states named (not by an
  adjective) in the 1,000 characters before them; "both sides", "the two parties" and "the two
  governments" the last two non-persons named side by side ("Israel and Hamas", "Armenia-Azerbaijan"),
  none when no pair is: one mention for each.
* "we", "us" and "our" in the claims of a speaker the registry knows as an office holder of one
  state or organisation ("we" in Penny Wong's answers) are that state or organisation.
* "the North" / "the South" are the one state named "North ..." / "South ..." elsewhere in the text
  ("the North" beside North Korea, "the South's" beside South Sudan); none when two are.

>>> from polisent.actors import RegistryLinker
>>> [m.text for m in RegistryLinker().link("WASHINGTON — Arizona and Georgia voted. Georgia's army did not.")]
['Georgia']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from polisent.actors.coref import HONORIFICS, TITLES
from polisent.actors.speakers import speaker_body, speakers_we
from polisent.records import ActorType, MentionKind

if TYPE_CHECKING:
    from polisent.actors.registry import Registry
    from polisent.actors.resolve import Work

__all__ = ["compass_halves", "drop_datelines", "drop_languages", "drop_other_bodies", "drop_places", "drop_us_georgia",
           "governments", "groups", "speaker_body", "speakers_we", "title_case_line"]

_LINE_PREFIX = re.compile(r"^[ \t]*(?:(?:[#*>\-\u2022]+|\d+[.)]|[A-Z][.)])[ \t]*)*$")
_JOIN = re.compile(r"^[ \t]*(?:,|and|&|/)[ \t]*$", re.IGNORECASE)
_DATELINE_END = re.compile(
    r"^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?(?:[.:\u2014\u2013]|--|-[ \t]|,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\b)"
)
US_STATES = frozenset(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois "
    "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin "
    "Wyoming Carolina Dakota Hampshire Jersey".split()
)
_GEORGIA_BEFORE = re.compile(
    r"(?:Atlanta|Savannah|Augusta|Macon|state of|State of|governor of|Governor of|voters in|race in|runoff in|"
    r"Senate seat in|primary in)[ \t,]*$"
)
_GEORGIA_AFTER = re.compile(
    r"^(?:'s|\u2019s)?[ \t]+(?:State|Senate|senate|Republicans?|Democrats?|voters|governor|Governor|primary|"
    r"runoff|legislature|Legislature|election officials|secretary of state|Secretary of State|Bulldogs|Tech)\b"
)
_STATE_NEAR = re.compile(r"\b(" + "|".join(sorted(US_STATES)) + r"|Washington [Ss]tate)\b")


def drop_datelines(work: list[Work], text: str) -> None:
    """Mark metonyms that form a dateline at the start of a line as dropped."""
    metonyms = [w for w in work if w.kind is MentionKind.METONYM and not w.dropped]
    i = 0
    while i < len(metonyms):
        w = metonyms[i]
        line_start = text.rfind("\n", 0, w.start) + 1
        if not _LINE_PREFIX.match(text[line_start:w.start]):
            i += 1
            continue
        group = [w]
        j = i + 1
        while j < len(metonyms) and _JOIN.match(text[group[-1].end:metonyms[j].start]):
            group.append(metonyms[j])
            j += 1
        if _DATELINE_END.match(text[group[-1].end:group[-1].end + 60]):
            for g in group:
                g.dropped = True
        i = j


#: a capital that names an event, an accord or a body, not the state ("the Berlin Conference", "the Moscow format")
_EVENT_AFTER = re.compile(
    r"[ \t]+(?:[Cc]onference|[Ss]ummit|[Tt]alks|[Ff]ormat|[Pp]rocess|[Dd]eclaration|[Aa]greements?|[Aa]ccords?|[Pp]rotocols?|"
    r"[Cc]onsensus|[Cc]ommuniqu[e\u00e9]|[Cc]harter|[Tt]reaty|[Ii]nitiative|[Ff]orum|[Dd]ialogue|[Aa]irport|[Uu]niversity|"
    r"[Mm]emorandum|[Rr]ound|Group|Club)\b")
#: "... will meet on 8 February in Dar es Salaam", "the decision in Windhoek": the capital is where it happens
_PLACE_BEFORE = re.compile(
    r"\b(?:meet|meets|met|meeting|meetings|talks|summit|conference|held|hold|holds|hosted|hosts|gather(?:ed|ing)?|"
    r"convened?|signed|sign|visit(?:ed|ing|s)?|trip|tour|arrived?|landed|flew|travel(?:led|ed)?|decision|forum|ceremony|"
    r"rall(?:y|ies)|protests?|based|headquartered|born|lives?|lived|stationed|negotiations|round|"
    # what is located there: "liaison offices in Seoul", "his office in Lima", "reporter John Otis in Bogota"
    r"embass(?:y|ies)|consulates?|offices?|headquarters|bureaus?|residence|studios?|reporters?|correspondents?|"
    r"sat[ \t]+down)\b[^.;!?\n]{0,60}?"
    r"\b(?:in|at)[ \t]+(?:the[ \t]+)?\Z"
    # "the governor of Jakarta", "the mayor of Kyiv": the city
    r"|\b(?:[Gg]overnors?|[Mm]ayors?|[Cc]ity|[Mm]unicipality)[ \t]+of[ \t]+\Z")


#: a name right before a geographic feature's name ("the Philippine Sea", "the Taiwan Strait", "the West
#: Philippine Sea" through "Philippine") or after "the Sea of" ("the Sea of Japan"): a place. Not where a
#: capitalised word goes on ("the Russian Black Sea Fleet" is Russia's), nor across another word ("the Israeli
#: Red Sea port" is Israel's); "Gulf" only with "of" ("U.S. Gulf allies")
_FEATURE = r"(?:Sea|Seas|Ocean|Strait|Straits|Bay|River|Lake|Peninsula|Canal|Channel|Desert|Mountains|Basin|Plateau|Archipelago)"
_FEATURE_AFTER = re.compile(rf"[ \t]+{_FEATURE}(?![\w'\u2019-]|[ \t]+[A-Z])")
_FEATURE_BEFORE = re.compile(r"\b(?:Sea|Seas|Gulf|Bay|Strait|Straits|Lake|Isle|Isles)[ \t]+of[ \t]+(?:the[ \t]+)?\Z")
#: "the war in Ukraine", "the situation in Haiti", "NATO forces in Afghanistan": the state is where it happens
_SETTING_BEFORE = re.compile(
    r"\b(?:wars?|conflicts?|situation|crisis|crises|fighting|violence|events|developments|unrest|protests?|turmoil|"
    r"instability|insurgency|famine|atrocities|genocide|bloodshed|hostilities|clashes|operations?|deployments?|"
    r"presence|troops|forces|soldiers)[ \t]+(?:in|inside|across|throughout)[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)


def drop_places(work: list[Work], text: str, registry: Registry | None = None) -> None:
    """Mark capitals used as a place, not as the state they stand for (the guideline: "a place that
    is only a location ('talks in Geneva') is not an actor"): one that names an event or an accord
    ("the Berlin Conference", "the Moscow format"), or where something is held, signed or based
    ("leaders will meet on Monday in Dar es Salaam", "a decision in Windhoek"). An agent stays
    ("Moscow rejected the plan", "at the behest of Kinshasa"). With the ``registry``, a state named
    as the setting of a war, a crisis or a deployment ("the war in Ukraine", "the situation in
    Haiti") is dropped too; its people stay ("the people in Palestine"). A name inside a sea's, a
    strait's or a river's name ("the West Philippine Sea", "the Sea of Japan") is a place too.

    >>> from polisent.actors import RegistryLinker
    >>> [m.text for m in RegistryLinker().link("The war in Ukraine goes on. Ukraine asked for help.")]
    ['Ukraine']
    >>> [m.text for m in RegistryLinker().link("China sent ships into the West Philippine Sea.")]
    ['China']
    """
    place_next = -1  # start of a later mention dropped as part of a feature's name
    for w in sorted(work, key=lambda w: w.start, reverse=True):
        if w.dropped or w.kind is MentionKind.SURNAME:
            continue
        if (_FEATURE_AFTER.match(text, w.end) or _FEATURE_BEFORE.search(text, max(0, w.start - 20), w.start)
                or (place_next > w.end and not text[w.end:place_next].strip())):
            w.dropped = True
            place_next = w.start
    ends = {x.end for x in work if not x.dropped}
    for w in work:
        if w.dropped:
            continue
        if w.kind is MentionKind.METONYM:
            if _EVENT_AFTER.match(text, w.end) or _PLACE_BEFORE.search(text, max(0, w.start - 90), w.start) \
                    or _named_before(text, w.start, ends):
                w.dropped = True
        elif (w.kind is MentionKind.NAME and registry is not None and w.actor_id in registry.actors
              and registry.actors[w.actor_id].type is ActorType.STATE
              and _SETTING_BEFORE.search(text, max(0, w.start - 40), w.start)):
            w.dropped = True


#: a capitalised word right before a capital, on its line: "Jessica Washington", "East Jerusalem"
_CAP_BEFORE = re.compile(r"(?P<word>[A-Z][a-z\u00df-\u00ff'\u2019-]+)[ \t]+\Z")
_SENTENCE_OPEN = re.compile(r"(?:[.!?:;\"\u201c(\[\n\u2014\u2013-]\s*|^\s*)\Z")


def _named_before(text: str, start: int, ends: set[int]) -> bool:
    """A capital written after a capitalised word that no mention covers and that does not open its sentence
    ("reporter Jessica Washington", "in East Jerusalem"): part of another name or a district, not the government.
    A determiner, title or honorific before it ("The Washington consensus", "President Washington") does not count.

    >>> _named_before("Reporter Jessica Washington asked.", 17, set()), _named_before("Jessica Washington asked.", 8, set())
    (True, False)
    """
    m = _CAP_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.end("word") in ends or _SENTENCE_OPEN.search(text, max(0, m.start() - 3), m.start()):
        return False
    word = m.group("word").lower()
    return word not in HONORIFICS and word not in _TITLE_WORDS and word not in _DETERMINERS


#: capitalised words before a capital that leave it the government's ("The Kremlin", "Official Washington")
_DETERMINERS = frozenset("the a an this that these those both official in on at for from to by with of and or but "
                         "after before since while if as when".split())
_TITLE_WORDS = frozenset(w for k in TITLES for w in k.split())


def drop_us_georgia(work: list[Work], text: str) -> None:
    """Mark "Georgia"/"Georgian" mentions that stand for the US state as dropped."""
    for w in work:
        if w.actor_id != "georgia" or w.dropped or w.kind not in (MentionKind.NAME, MentionKind.ADJECTIVE):
            continue
        before = text[max(0, w.start - 30):w.start]
        after = text[w.end:w.end + 40]
        near = text[max(0, w.start - 25):w.start] + " " + text[w.end:w.end + 25]
        if (_GEORGIA_BEFORE.search(before) or _GEORGIA_AFTER.match(after)
                or (_STATE_NEAR.search(near) and re.search(r"(?:,|\band\b|\bor\b)", near))):
            w.dropped = True


#: the capitalised word right before a mention (a possessive allowed), on the same line
_WORD_BEFORE = re.compile(r"(?P<word>[A-Z][\w.'\u2019-]*?)(?:['\u2019]s)?[ \t]+\Z")
#: capitalised words before a body's short name that do not make it another body
_SAME_BODY = frozenset("The A An This That These Those Its Their Our Your His Her Whose Which Both Every Each Any No "
                       "Republican Republicans Democratic Democrats GOP Current New Outgoing Incoming Former".split())


def _ancestors(registry: Registry, actor_id: str) -> set[str]:
    seen, todo = {actor_id}, [actor_id]
    while todo:
        a = registry.actors.get(todo.pop())
        for p in (a.part_of if a is not None else ()):
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return seen


def drop_other_bodies(work: list[Work], text: str, registry: Registry) -> None:
    """Mark as dropped an organisation written by a short form of its registry name (the name's last
    words: "Security Council" of "UN Security Council", "Congress" of "US Congress") right after a
    proper word that is not its own: another state ("the Russian Security Council", "the Brazilian
    Congress") or a word of a longer name ("the US National Security Council"). Its own state or
    parent ("America's Congress", "the UN's Security Council") and a word that opens a sentence keep it.

    >>> from polisent.actors import RegistryLinker
    >>> [(m.text, m.actor_id) for m in RegistryLinker().link("The Russian Security Council met. The Security Council did not.")]
    [('Russian', 'russia'), ('Security Council', 'un_security_council')]
    """
    before_end = {w.end: w for w in work if not w.dropped and w.actor_id is not None}
    for w in work:
        if w.dropped or w.kind is not MentionKind.NAME or w.actor_id not in registry.actors:
            continue
        actor = registry.actors[w.actor_id]
        if actor.type is not ActorType.ORGANISATION:
            continue
        short = " " + " ".join(text[w.start:w.end].split()).casefold()
        # the qualifiers its longer forms write before the short one ("UN" of "UN Security Council"; not "the")
        quals = {_alnum(f[:len(f) - len(short)]) for f in (actor.name, *actor.variants)
                 if f.casefold().endswith(short) and f[:1].isupper() and not f.startswith(("The ", "the "))}
        if not quals:
            continue  # its full name or an acronym: no other body shares it
        m = _WORD_BEFORE.search(text, max(0, w.start - 40), w.start)
        if m is None or m.group("word") in _SAME_BODY or _alnum(m.group("word")) in quals:
            continue  # ("the U.N Security Council": its own qualifier, spelled another way)
        prev = before_end.get(m.start("word") + len(m.group("word")))
        if prev is None:  # a mention that takes in the possessive
            prev = before_end.get(m.start() + len(m.group().rstrip(" \t")))
        if prev is not None:
            if prev.actor_id not in _ancestors(registry, w.actor_id):
                w.dropped = True  # another state's body ("the Iranian Supreme National Security Council" too)
            continue
        k = m.start("word") - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k >= 0 and text[k] not in ".!?\n\"\u201c(" and not title_case_line(text, w.start):
            w.dropped = True  # a word of a longer name mid-sentence: "the US National Security Council"


def drop_ethnic_compounds(work: list[Work], text: str, registry: Registry) -> None:
    """Mark as dropped two demonyms of different states written as one name, a space apart: an
    ethnic or diaspora group ("Greek Cypriot leaders", "Bosnian Serbs", "Iranian Americans"), neither
    state. On the non-test commentary texts no such pair was an annotator's mention of either state
    (41 of 41); a hyphen ("Saudi-Iranian talks") still names both.

    >>> from polisent.actors import RegistryLinker
    >>> [m.actor_id for m in RegistryLinker().link("Greek Cypriot leaders met in Nicosia.")]
    []
    """
    adjs = sorted((w for w in work if not w.dropped and w.kind is MentionKind.ADJECTIVE and w.actor_id in registry.actors
                   and registry.actors[w.actor_id].type is ActorType.STATE), key=lambda w: w.start)
    for a, b in zip(adjs, adjs[1:]):
        if a.actor_id != b.actor_id and text[a.end:b.start] == " ":
            a.dropped = b.dropped = True


#: a demonym that names a language: "French-speaking", "the Arabic language", "(speaking Spanish)", "taught in German."
_LANGUAGE_AFTER = re.compile(r"(?:-speaking|-speakers?|-language|[ \t]+(?:language|languages|speakers?|translation|"
                             r"translations|subtitles|dubbing|dialects?|studies)\b)", re.IGNORECASE)
#: "the Inter-American Development Bank", "Pan-American": the Americas, not the United States
_HEMISPHERE_BEFORE = re.compile(r"(?i:inter|pan)-\Z")
_LANGUAGE_BEFORE = re.compile(r"\b(?:speak|speaks|spoke|speaking|spoken|fluent|fluently|learn|learned|learning|taught|"
                              r"translated|translation)(?:[ \t]+(?:in|into|from))?[ \t]+\Z", re.IGNORECASE)
_PHRASE_END = re.compile(r"[ \t]*(?:[.,;:!?)\]\"\u201d\n]|\Z|[ \t]+(?:and|or|but)\b)")
#: "Western Pacific", "Eastern Africa": a compass half of a region, not the West
_REGION_AFTER = re.compile(r"[ \t]+(?:Africa|Asia|Europe|Hemisphere|Sahara|Balkans|Cape|Province|Region|Front|Coast|"
                           r"Pacific|Atlantic|Mediterranean|Australia|Siberia|Anatolia|Sahel)\b")


def drop_languages(work: list[Work], text: str) -> None:
    """Mark as dropped a demonym that names a language ("French-speaking countries", "speaking
    Spanish", "the Arabic language") or the compass half of a region ("the Western Pacific"): no
    state is meant. Most such pairs on the commentary dev sets had no gold pair (62 of 72).

    >>> from polisent.actors import RegistryLinker
    >>> [m.text for m in RegistryLinker().link("French-speaking states met. MARQUEZ: (Speaking Spanish). France spoke.")]
    ['France']
    """
    for w in work:
        if w.dropped or w.kind is not MentionKind.ADJECTIVE:
            continue
        if (_LANGUAGE_AFTER.match(text, w.end) or _HEMISPHERE_BEFORE.search(text, max(0, w.start - 6), w.start)
                or (_LANGUAGE_BEFORE.search(text, max(0, w.start - 30), w.start) and _PHRASE_END.match(text, w.end))
                or (text[w.start:w.end].lower() in ("western", "eastern") and _REGION_AFTER.match(text, w.end))):
            w.dropped = True


def _alnum(s: str) -> str:
    return "".join(c for c in s.casefold() if c.isalnum())


def title_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a headline in title case ("Guterres Tells Security Council Debate ...")."""
    words = text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1].split()
    return len(words) >= 4 and sum(x[:1].isupper() for x in words) >= 0.7 * len(words)


_GOVERNMENT_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+(?:administration|government)\b", re.IGNORECASE)
#: offices whose holder's "administration" or "government" is the state's
_GOVERNING = ("president", "prime_minister", "chancellor", "head_of_government", "head_of_state", "leader",
              "supreme_leader", "king", "queen", "emir")


def governments(work: list[Work], text: str, registry: Registry) -> None:
    """Relink "<leader> administration" / "<leader>'s government" to the state the leader governs
    (or governed), the mention widened to cover the word; persons who never governed a state of the
    registry stay themselves.

    >>> from polisent.actors import RegistryLinker
    >>> [(m.text, m.actor_id) for m in RegistryLinker().link("The Obama administration and Putin met.")]
    [('Obama administration', 'united_states'), ('Putin', 'vladimir_putin')]
    """
    for w in work:
        if w.dropped or w.actor_id is None or w.actor_id not in registry.actors:
            continue
        actor = registry.actors[w.actor_id]
        if actor.type is not ActorType.PERSON:
            continue
        m = _GOVERNMENT_AFTER.match(text, w.end)
        if m is None:
            continue
        states = [o.of for o in actor.offices if o.role in _GOVERNING and o.of in registry.actors
                  and registry.actors[o.of].type is ActorType.STATE]
        if states:
            w.actor_id, w.end, w.link = states[-1], m.end(), "government"


_GROUP = re.compile(
    r"\b(?:(?:the|these|those|all)[ \t]+(two|three|four)|(both)|our(?:[ \t]+(two))?(?=[ \t]+(?:countries|nations|peoples)\b))[ \t]+"
    r"(countries|nations|states|neighbou?rs|sides|parties|governments|peoples)\b", re.IGNORECASE)
_COUNT = {"two": 2, "both": 2, "three": 3, "four": 4}
_STATES_ONLY = frozenset({"countries", "nations", "states", "neighbours", "neighbors", "peoples"})
GROUP_LOOKBACK = 1000  #: characters a group phrase looks back for the actors it gathers


#: what joins the two sides of a pair: "Israel and Hamas", "Armenia-Azerbaijan", "Russia, Ukraine", "Iran vs. Israel"
_JOINER = re.compile(r"[ \t]*(?:,|and|&|/|-|\u2013|\u2014|versus|vs\.?|v\.)[ \t]*(?:the[ \t]+)?", re.IGNORECASE)


def _token_range(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The tokens (first, past the last) of the phrase at ``start:end``, for the ``covered`` check."""
    return (bisect.bisect_left(spans, start, key=lambda sp: sp[0]), bisect.bisect_left(spans, end, key=lambda sp: sp[0]))


def _last_pair(text: str, ends: dict[tuple[int, str], int], named: list[tuple[int, str]], at: int,
               ok: Callable[[str], bool]) -> tuple[str, str] | None:
    """The last two different actors named side by side ("X and Y", "X-Y") before ``at``, within
    :data:`GROUP_LOOKBACK` characters: the sides that "both sides" and "the two parties" stand for."""
    before = named[:bisect.bisect_left(named, (at, ""))]
    for k in range(len(before) - 1, 0, -1):
        (s1, a1), (s2, a2) = before[k - 1], before[k]
        if s2 < at - GROUP_LOOKBACK:
            return None
        e1 = ends.get((s1, a1))
        if a1 != a2 and e1 is not None and ok(a1) and ok(a2) and _JOINER.fullmatch(text, e1, s2):
            return a1, a2
    return None


def groups(work: list[Work], text: str, registry: Registry, atype: dict[str, ActorType],
           spans: list[tuple[int, int]], covered: list[bool]) -> list[Work]:
    """One mention per actor for "the two countries", "both sides", "these three nations": the last
    two (three, four) distinct states named before the phrase, within :data:`GROUP_LOOKBACK`
    characters; for two sides, parties or governments, the last two states, organisations, blocs,
    parties or groups named side by side (:func:`_last_pair`: the last two named, as before, were
    the sides about half the time on the dev sets); none when fewer are named. Adjectives do not
    count ("Israeli civilians").
    ``link="group"``. ``atype`` maps document-local actor ids to their types.

    >>> from polisent.actors import RegistryLinker
    >>> text = "Talks between India and Pakistan stalled. The two countries blame each other."
    >>> [(m.text, m.actor_id) for m in RegistryLinker().link(text)][2:]
    [('The two countries', 'india'), ('The two countries', 'pakistan')]
    """
    from polisent.actors.resolve import Work

    def kind_of(actor_id: str) -> ActorType:
        return atype[actor_id] if actor_id in atype else registry.actors[actor_id].type

    named = sorted((w.start, w.actor_id) for w in work if w.actor_id is not None and not w.dropped
                   and w.kind is not MentionKind.ADJECTIVE)
    ends = {(w.start, w.actor_id): w.end for w in work if w.actor_id is not None and not w.dropped}
    out: list[Work] = []
    for m in _GROUP.finditer(text):
        i, j = _token_range(spans, m.start(), m.end())
        if any(covered[i:j]):
            continue
        n = _COUNT[(m.group(1) or m.group(2) or m.group(3) or "two").lower()]  # "our countries": two, as a rule
        states_only = m.group(4).lower() in _STATES_ONLY
        found: list[str] = []
        if n == 2 and not states_only:  # "both sides", "the two parties": a pair named side by side, or none
            pair = _last_pair(text, ends, named, m.start(), lambda a: kind_of(a) is not ActorType.PERSON)
            out.extend(Work(m.start(), m.end(), MentionKind.PRONOUN, i, j, actor_id=a, link="group", conf=0.6)
                       for a in pair or ())
            continue
        for start, actor_id in reversed(named[:bisect.bisect_left(named, (m.start(), ""))]):
            if start < m.start() - GROUP_LOOKBACK or len(found) == n:
                break
            kind = kind_of(actor_id)
            if actor_id not in found and (kind is ActorType.STATE or (not states_only and kind is not ActorType.PERSON)):
                found.append(actor_id)
        if len(found) == n:
            out.extend(Work(m.start(), m.end(), MentionKind.PRONOUN, i, j, actor_id=a, link="group", conf=0.6)
                       for a in reversed(found))
    return out


#: "the North", "the South's": a half of a divided country, not the start of a longer name ("the North
#: Atlantic", "the South China Sea") nor a compound ("the North-South corridor")
_COMPASS = re.compile(r"\b[Tt]he[ \t]+(North|South)(?:['\u2019]s)?\b(?![ \t]+[A-Z]|-)")


def compass_halves(work: list[Work], text: str, registry: Registry, spans: list[tuple[int, int]],
                   covered: list[bool]) -> list[Work]:
    """"the North" / "the South" for the one state of the text whose registry name opens with that
    word ("North Korea", "South Sudan"); ``link="compass"``.

    >>> from polisent.actors import RegistryLinker
    >>> text = "North Korea fired a missile. South Korea said the North's launch broke the truce."
    >>> [(m.text, m.actor_id) for m in RegistryLinker().link(text)][2:]
    [("the North's", 'north_korea')]
    """
    from polisent.actors.resolve import Work

    named: dict[str, set[str]] = {"North": set(), "South": set()}
    for w in work:
        if w.actor_id is None or w.dropped or w.actor_id not in registry.actors:
            continue
        actor = registry.actors[w.actor_id]
        first = actor.name.split()[0]
        if actor.type is ActorType.STATE and first in named:
            named[first].add(w.actor_id)
    out: list[Work] = []
    for m in _COMPASS.finditer(text) if any(named.values()) else ():
        ids = named[m.group(1)]
        i, j = _token_range(spans, m.start(), m.end())
        if len(ids) == 1 and not any(covered[i:j]):
            out.append(Work(m.start(), m.end(), MentionKind.ALIAS, i, j, actor_id=next(iter(ids)), link="compass", conf=0.8))
    return out
