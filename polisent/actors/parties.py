"""Context rules for parties and legislatures named by words other countries' bodies share, applied by
:class:`polisent.actors.RegistryLinker` (split out of :mod:`polisent.actors.context`):

* a party's acronym ("PAS") in a text that names another state but none of the party's;
* a party named by words many countries' parties carry ("Conservative Party", "Social Democrats") or a legislature's
  bare name ("Congress") in such a text, after coreference (:func:`drop_generic_foreign`);
* a party word right after another party family's modifier ("Danish Social Democrats" are not the US Democrats).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from polisent.actors.context import _ancestors
from polisent.records import ActorType, MentionKind

if TYPE_CHECKING:
    from polisent.actors.registry import Registry
    from polisent.actors.resolve import Work

__all__ = ["drop_foreign_party_acronyms", "drop_generic_foreign", "drop_other_party_families"]


#: words a party's name can be made of in many countries: "Conservative Party", "the Liberals", "Social Democrats"
_GENERIC_PARTY = frozenset("conservative conservatives labour labor liberal liberals democrat democrats democratic social "
                           "socialist socialists communist communists green greens people's peoples national republican "
                           "republicans party workers progressive progressives christian centre center left new free "
                           "freedom the".split())


#: a legislature's bare name that many states' legislatures carry ("Congress" in Peru, India, the Philippines)
_GENERIC_BODY = frozenset({"Congress"})


def drop_foreign_party_acronyms(work: list[Work], text: str, registry: Registry) -> None:
    """Mark as dropped a party's acronym ("PAS") in a text that names none of the states the party belongs
    to (as a state, a place or through its people: "Evo" for Bolivia) and not its full name, but another
    state: another country's party of the same letters (Malaysia's PAS is no Moldovan party). Generic names
    ("Conservative Party") are :func:`drop_generic_foreign`'s, after coreference.

    >>> from polisent.actors import RegistryLinker
    >>> [m.actor_id for m in RegistryLinker().link("In Malaysia, PAS gained seats in Kelantan.")]
    ['malaysia']
    >>> [m.actor_id for m in RegistryLinker().link("In Moldova, PAS kept its majority.")]
    ['moldova', 'pas_moldova']
    """
    def acronym(w: Work) -> bool:
        actor = registry.actors.get(w.actor_id or "")
        form = text[w.start:w.end]
        return (not w.dropped and w.kind is MentionKind.NAME and actor is not None and actor.type is ActorType.PARTY
                and bool(actor.part_of) and form.isupper() and len(form) <= 5)

    acronyms = [w for w in work if acronym(w)]
    if not acronyms:
        return
    own = {id(w) for w in acronyms}
    named = {a for w in work if w.actor_id is not None and id(w) not in own for a in _ancestors(registry, w.actor_id)}
    named |= {a for w in work for c in w.cands for a in _ancestors(registry, c)}
    states = {a for a in named if a in registry.actors and registry.actors[a].type is ActorType.STATE}
    for w in acronyms:
        actor = registry.actors[w.actor_id or ""]
        if states and not named & set(actor.part_of) and actor.name.casefold() not in text.casefold():
            w.dropped = True


def drop_generic_foreign(work: list[Work], text: str, registry: Registry) -> None:
    """After coreference: mark as dropped a party named by words many countries' parties carry ("Conservative Party",
    "the Conservatives", "Social Democrats") or a legislature by its bare name ("Congress"), in a text that names
    another state but none of the actor's own, counting only the mentions the text resolves (a surname its person,
    not a sentence's "May you tell us" as Theresa May).

    >>> from polisent.actors import RegistryLinker
    >>> [m.actor_id for m in RegistryLinker().link("In Norway, the Conservative Party won.")]
    ['norway']
    >>> [m.actor_id for m in RegistryLinker().link("In Peru, Congress voted. Trump asked Congress for money.")]
    ['peru', 'us_congress', 'donald_trump', 'us_congress']
    """
    def generic(w: Work) -> bool:
        actor = registry.actors.get(w.actor_id or "")
        form = text[w.start:w.end]
        if w.dropped or actor is None or not actor.part_of or w.kind not in (MentionKind.NAME, MentionKind.ALIAS):
            return False
        return (actor.type is ActorType.PARTY and _generic(form)) or (actor.type is ActorType.ORGANISATION and form in _GENERIC_BODY)

    found = [w for w in work if generic(w)]
    if not found:
        return
    own = {id(w) for w in found}
    named = {a for w in work if w.actor_id is not None and not w.dropped and id(w) not in own for a in _ancestors(registry, w.actor_id)}
    if not any(a in registry.actors and registry.actors[a].type is ActorType.STATE for a in named):
        return
    for w in found:
        if not named & set(registry.actors[w.actor_id or ""].part_of):
            w.dropped = True


#: words before a party's name that make another party family: "Social Democrats" are not the US Democrats
_OTHER_FAMILY = re.compile(r"(?:Social|Christian|Liberal|Free|Sweden|Swiss|Radical|Progressive|National|Popular|Green)"
                           r"[ \t-]+\Z")


def drop_other_party_families(work: list[Work], text: str, registry: Registry) -> None:
    """Mark as dropped a party named by a word that another party family's name ends with ("Democrats" in "Danish Social
    Democrats", "Democrat" in "a Social Democrat", "Liberals" in "the Free Liberals").

    >>> from polisent.actors import RegistryLinker
    >>> [m.actor_id for m in RegistryLinker().link("Denmark's Social Democrats won. The Democrats in Washington lost.")]
    ['denmark', 'us_democratic_party', 'united_states']
    """
    for w in work:
        actor = registry.actors.get(w.actor_id or "")
        if (not w.dropped and actor is not None and actor.type is ActorType.PARTY
                and w.kind in (MentionKind.NAME, MentionKind.ALIAS, MentionKind.ADJECTIVE)
                and _OTHER_FAMILY.search(text, max(0, w.start - 14), w.start) is not None):
            w.dropped = True


def _generic(form: str) -> bool:
    """``form`` is made of words many countries' parties carry ("Conservative Party", "Social Democrats").

    >>> _generic("Conservative Party"), _generic("Tories"), _generic("Party")
    (True, False, False)
    """
    words = form.replace("\u2019", "'").lower().split()
    return any(w not in ("party", "the") for w in words) and all(w in _GENERIC_PARTY for w in words)
