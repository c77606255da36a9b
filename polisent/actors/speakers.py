r"""The speaker's own side: "we", "us" and "our" in the answers of someone who speaks for a state or an
organisation, linked to that body.

Careful readers pair a foreign minister's "we will defend our interests" with the minister's state. The body is
the one the registry says the speaker holds office in (:func:`speaker_body`) or, for someone the registry does not
know, the one the text gives them an office in (:func:`body_in_text`): a title chain before the name ("Finnish
Foreign Minister Pekka Haavisto", "Lithuania's new Foreign Minister Gabrielius Landsbergis") or an apposition after
it ("Farooq Sobhan, foreign secretary of Bangladesh,", the turn label "JAMES MARAPE, PNG PRIME MINISTER:"). A body
reached through "to", "in" or "with" ("ambassador to China") is not the speaker's, and two different bodies in
the text are none.

>>> from polisent.actors import RegistryLinker
>>> from polisent.protocols import DocumentStructure
>>> from polisent.records import Claim
>>> text = "Finnish Foreign Minister Anna Virtanen spoke to us.\nWe will defend our border."
>>> doc = DocumentStructure((), (Claim(0, 52, len(text), text[52:], 0, 0, speaker="Anna Virtanen"),))
>>> [(m.text, m.actor_id) for m in RegistryLinker().link(text, doc) if m.kind.value == "pronoun"]
[('We', 'finland'), ('our', 'finland')]
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from polisent.records import ActorType, MentionKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from polisent.actors.registry import Actor, Registry
    from polisent.actors.resolve import Work
    from polisent.protocols import DocumentStructure

__all__ = ["body_in_text", "speaker_bodies", "speaker_body", "speakers_we"]

#: first-person plural words that stand for the speaker's state or organisation
_WE = frozenset({"we", "us", "our", "ours", "ourselves"})


#: titles before a speaker's surname ("Mr ElBaradei", "H.E. Shoukry", "Amb. Thomas-Greenfield"), folded
_HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "dr", "prof", "amb", "he", "sir", "ato", "president", "minister"})


def _names_person(words: list[str], actor: Actor) -> bool:
    """Whether the folded words of a speaker's name name ``actor``: one of its full names in any order ("KISHIDA
    Fumio", "Ali Sabry PC"), two words or more of one ("Mahmood Qureshi" for Shah Mahmood Qureshi) or, titles and
    initials aside, a surname alone ("BLINKEN", "V. Putin"). A shared surname or first name is no one ("Roger Diwan"
    is not Michel Roger, "Michel Martin" not Micheál Martin)."""
    from polisent.actors.matcher import fold, tokens

    have = set(words)
    bare = [w for w in words if len(w) > 1 and w not in _HONORIFIC_WORDS]
    for n in (actor.name, *actor.variants):
        full = set(tokens(fold(n))[1])
        if full <= have or (len(bare) > 1 and set(bare) <= full):
            return True
    surnames = {" ".join(tokens(fold(x))[1]) for x in actor.surnames or (actor.name.split()[-1],)}
    return " ".join(bare) in surnames


def speaker_body(name: str | None, registry: Registry, date: str | None = None) -> str | None:
    """The one state or organisation the speaker ``name`` holds (or held) office in, by the registry.

    ``date`` keeps the offices held on that day; without it, every office counts, and a person
    with offices in two bodies (a NATO secretary general who became a minister at home) gets none.

    >>> from polisent.actors import default_registry
    >>> r = default_registry()
    >>> speaker_body("Penny Wong", r), speaker_body("WONG Penny", r), speaker_body("Mr Blinken", r), speaker_body("Roger Diwan", r)
    ('australia', 'australia', 'united_states', None)
    """
    from polisent.actors.matcher import SurfaceIndex, fold, tokens

    if not name:
        return None
    folded = fold(name)
    spans, words = tokens(folded)
    ids = {s.actor_id for c in SurfaceIndex.of(registry).find(name, folded, spans, words) for s in c.surfaces
           if s.actor_id is not None and registry.actors[s.actor_id].type is ActorType.PERSON}
    ids = {i for i in ids if _names_person(words, registry.actors[i])}
    if len(ids) != 1:
        return None
    offices = registry.actors[ids.pop()].offices
    bodies = {o.of for o in offices if o.of in registry.actors and (date is None or o.held_on(date))}
    return bodies.pop() if len(bodies) == 1 else None


#: a word that makes a title an office: "Foreign Minister", "ambassador", "State Department spokesperson"
_OFFICE = re.compile(
    r"\b(?:ministers?|ambassadors?|envoy|spokes(?:person|man|woman)|secretary|secretary-general|president|premier|"
    r"chancellor|commissioner|representative|king|emir|governor|consul|chief|director-general|"
    r"press[ \t]+secretary|head[ \t]+of[ \t]+(?:state|government|mission|delegation))\b", re.IGNORECASE)
#: lower-case words a title chain between a body and a name may hold ("Lithuania's new Foreign Minister ...")
_TITLE_WORDS = frozenset(
    "new former then current deputy acting foreign prime vice minister ministers secretary president ambassador envoy "
    "spokesperson spokesman spokeswoman premier chancellor commissioner representative chief governor consul affairs "
    "defence defense interior finance trade state general policy high press senior top special permanent of for the "
    "and a an interim government's government administration adviser advisor security national".split())
#: words an apposition after the name may hold besides capitalised words and title words
_APPOSITION_WORDS = _TITLE_WORDS | frozenset("to chief advisor adviser interim government cabinet country's".split())
#: a body reached through one of these is not the speaker's ("ambassador to China", "envoy in Libya")
_NOT_OWN = frozenset("to in at for with on toward towards against from into over about between".split())
#: a title of the press or of scholarship is no office of the body it names ("the Post's Baghdad bureau chief")
_NOT_OFFICE = re.compile(r"\b(?:bureau|correspondent|editor|reporter|journalist|columnist|writer|anchor|host|professor|"
                         r"fellow|analyst|researcher|scholar)s?\b", re.IGNORECASE)
#: a body that names a portfolio, not the speaker's side ("Secretary for European and Eurasian Affairs")
_PORTFOLIO = re.compile(r"(?:[ \t]+and[ \t]+[^\W\d_]+)?[ \t]+affairs\b", re.IGNORECASE)
_NAME_NEXT = re.compile(r"[ \t]*,[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*)+[ \t]*[,(]")
_BODY_KINDS = frozenset({MentionKind.NAME, MentionKind.ALIAS, MentionKind.ADJECTIVE, MentionKind.METONYM})
_BODY_TYPES = frozenset({ActorType.STATE, ActorType.ORGANISATION, ActorType.BLOC})
_WORDS = re.compile(r"[^\W\d_][\w.'\u2019-]*")
_GAP_MAX = 60  #: characters of title between a body and the speaker's surname
_APPOSITION_MAX = 90  #: characters of an apposition after the name


def _not_own(before: str) -> bool:
    """Whether the words before a body reach it through "to", "in", "with" ... (articles aside)."""
    words = [w.lower() for w in _WORDS.findall(before[-40:]) if w.lower() not in ("the", "a", "an")]
    return bool(words) and words[-1] in _NOT_OWN


def _chain_ok(gap: str, allowed: frozenset[str]) -> bool:
    """Only capitalised words and ``allowed`` words, an office among them, no clause break."""
    if any(ch in gap for ch in ",;:!?()\n\"\u201c\u201d"):
        return False
    words = _WORDS.findall(gap.replace("\u2019s", "").replace("'s", ""))
    return (bool(_OFFICE.search(gap)) and not _NOT_OFFICE.search(gap)
            and all(w[0].isupper() or w.lower().rstrip(".") in allowed for w in words))


def _body_mentions(work: Sequence[Work], registry: Registry) -> list[tuple[int, int, str]]:
    """(start, end, actor) of the state, organisation and bloc mentions in ``work``, by start."""
    return sorted(((w.start, w.end, w.actor_id) for w in work if not w.dropped and w.actor_id is not None
                   and w.kind in _BODY_KINDS and w.actor_id in registry.actors
                   and registry.actors[w.actor_id].type in _BODY_TYPES), key=lambda b: b[0])


def body_in_text(name: str | None, text: str, registry: Registry, work: Sequence[Work],
                 bodies: list[tuple[int, int, str]] | None = None) -> str | None:
    """The one state or organisation the text gives the speaker ``name`` an office in, by the mentions
    in ``work`` (``bodies``: those mentions already gathered): a title chain right before the surname or an
    apposition right after the name.

    >>> from polisent.actors import default_registry
    >>> t = "Farooq Sobhan, foreign secretary of Bangladesh, is a diplomat."
    >>> from polisent.actors.resolve import Work
    >>> w = [Work(36, 46, MentionKind.NAME, 5, 6, actor_id="bangladesh")]
    >>> body_in_text("Farooq Sobhan", t, default_registry(), w)
    'bangladesh'
    >>> body_in_text("Farooq Sobhan", "Farooq Sobhan, who was sent to Bangladesh as ambassador, agrees.", default_registry(),
    ...              [Work(31, 41, MentionKind.NAME, 6, 7, actor_id="bangladesh")])
    """
    words = _WORDS.findall(name or "")
    bare = [w for w in words if len(w.rstrip(".")) > 2 and w.lower().rstrip(".") not in _HONORIFIC_WORDS]
    if not bare:
        return None
    if bodies is None:
        bodies = _body_mentions(work, registry)
    if not bodies:
        return None
    starts = [b[0] for b in bodies]
    found: set[str] = set()
    surname = re.compile(r"(?<![\w-])" + re.escape(bare[-1]) + r"(?![\w-])", re.IGNORECASE)
    for k, m in enumerate(surname.finditer(text)):
        if k >= 40:
            break
        # a title chain before: the last body that ends at most _GAP_MAX characters before the surname
        i = bisect.bisect_left(starts, m.start()) - 1
        while i >= 0 and bodies[i][1] >= m.start() - _GAP_MAX:
            s, e, a = bodies[i]
            if (e <= m.start() and not _not_own(text[max(0, s - 40):s]) and not _PORTFOLIO.match(text, e)
                    and _chain_ok(text[e:m.start()], _TITLE_WORDS)):
                found.add(a)
                break
            i -= 1
        # an apposition after: ", foreign secretary of Bangladesh," up to the next clause break
        after = re.match(r"(?:[ \t]+[^\W\d_][\w.'\u2019-]*){0,3}?[ \t]*,[ \t]*([^,;:()\n]{1,%d})" % _APPOSITION_MAX,
                         text[m.end():])
        if after is None:
            continue
        phrase = re.split(r"(?<=[^\W\d_]{3})\.\s", after.group(1), maxsplit=1)[0]  # to the sentence's end
        ps = m.end() + after.start(1)
        pe = ps + len(phrase)
        if (re.match(r"(?:who|which|whose|and|but|as)\b", phrase, re.I) or not _chain_ok(phrase, _APPOSITION_WORDS)
                or _NAME_NEXT.match(text, pe)):
            continue  # a clause, or the title of the name that follows ("Jaafari, Lebanon's foreign minister, Bou Habib,")
        j = bisect.bisect_left(starts, ps)
        while j < len(bodies) and bodies[j][0] < pe:
            s, e, a = bodies[j]
            if e <= pe and not _not_own(text[ps:s]) and not _PORTFOLIO.match(text, e):
                found.add(a)
                break
            j += 1
    return found.pop() if len(found) == 1 else None


def speaker_bodies(text: str, structure: DocumentStructure, registry: Registry, date: str | None,
                   work: Sequence[Work]) -> dict[str, str | None]:
    """Each claim speaker's body: the registry's (:func:`speaker_body`), else the text's (:func:`body_in_text`)."""
    out: dict[str, str | None] = {}
    bodies: list[tuple[int, int, str]] | None = None
    for claim in structure.claims:
        if claim.speaker and claim.speaker not in out:
            out[claim.speaker] = speaker_body(claim.speaker, registry, date)
            if out[claim.speaker] is None:
                bodies = _body_mentions(work, registry) if bodies is None else bodies
                out[claim.speaker] = body_in_text(claim.speaker, text, registry, work, bodies)
    return out


def speakers_we(text: str, structure: DocumentStructure, registry: Registry, spans: list[tuple[int, int]],
                words: list[str], covered: list[bool], date: str | None, work: Sequence[Work] = (),
                bodies: dict[str, str | None] | None = None) -> list[Work]:
    """Mentions of the speaker's state or organisation for "we", "us" and "our" in the claims of an
    office holder (``bodies``, by default :func:`speaker_bodies`, the text's offices read from the
    mentions in ``work``); ``link="speaker"``. "US" in capitals is the country.

    >>> from polisent.actors import RegistryLinker
    >>> from polisent.protocols import DocumentStructure
    >>> from polisent.records import Claim
    >>> text = "We will defend our interests."
    >>> doc = DocumentStructure((), (Claim(0, 0, len(text), text, 0, 0, speaker="Penny Wong"),))
    >>> [(m.text, m.actor_id) for m in RegistryLinker().link(text, doc)]
    [('We', 'australia'), ('our', 'australia')]
    """
    from polisent.actors.resolve import Work

    if bodies is None:
        bodies = speaker_bodies(text, structure, registry, date, work)
    out: list[Work] = []
    for claim in structure.claims:
        if claim.is_question or not claim.speaker:
            continue
        body = bodies[claim.speaker]
        if body is None:
            continue
        i = bisect.bisect_left(spans, claim.start, key=lambda sp: sp[0])
        while i < len(spans) and spans[i][0] < claim.end:
            s, e = spans[i]
            if words[i] in _WE and not covered[i] and not (words[i] == "us" and text[s:e].isupper()):
                out.append(Work(s, e, MentionKind.PRONOUN, i, i + 1, actor_id=body, link="speaker", conf=0.7))
            i += 1
    return out
