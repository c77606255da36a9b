"""Name-word helpers of the registry linker: when a registry surname is really another person's name.

This module holds the word lists (abbreviated and other titles, honorific styles, words that are no
given name, words that follow a leader's surname) and the helpers built on them that
:class:`~polisent.actors.linker.RegistryLinker` uses to tell a registry surname from another person's
given name or surname ("Omar Haddad", "Ambassador Joseph Sullivan") and to merge a document-local
person into the registry person of the same surname. It was split out of :mod:`polisent.actors.linker`
(to keep that module short) with no change in behaviour; the linker imports these names back.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from polisent.actors.context import title_case_line
from polisent.actors.coref import HONORIFICS, TITLES
from polisent.actors.matcher import fold
from polisent.actors.registry import Registry
from polisent.actors.resolve import Work as _W
from polisent.records import ActorType

_ABBREV = frozenset({"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st"})
_TITLE_FIRST = frozenset(k.split()[0] for k in TITLES)
_TITLE_WORDS = frozenset(w for k in TITLES for w in k.split())
#: honorific styles written before a given name ("Datuk Seri Anwar Ibrahim")
_STYLES = frozenset({"datuk", "dato", "seri", "sri", "tun", "tan", "shri", "sheikh", "sayyid", "hon", "advisor", "adviser"})


def _given_names(text: str, surname: str) -> set[str]:
    """The folded capitalised words written right before ``surname`` in ``text`` (not as a possessive)."""
    return {fold(m.group(1)) for m in re.finditer(r"\b([A-Z][\w-]*)[ \t]+" + re.escape(surname) + r"\b", text)}


def _merge_known_people(text: str, work: list[_W], local: dict[str, tuple[str, ActorType, str | None]], reg: Registry) -> None:
    """Relink a document-local person to the registry person of the same surname linked elsewhere in the
    text ("Turkey's Prime Minister Erdogan" above "Recep Tayyip Erdogan": one person), when exactly one such
    registry person is linked; the local actor goes."""
    surnames: dict[str, set[str]] = {}
    for w in work:
        if w.dropped or w.actor_id is None or w.actor_id not in reg.actors:
            continue
        actor = reg.actors[w.actor_id]
        if actor.type is ActorType.PERSON:
            for sn in actor.surnames or (actor.name.split()[-1],):
                surnames.setdefault(" ".join(re.findall(r"[^\W_]+", fold(sn))), set()).add(actor.id)
    if not surnames:
        return
    for lid, (name, atype, _gender) in list(local.items()):
        ids = surnames.get(" ".join(re.findall(r"[^\W_]+", fold(name.split()[-1])))) if atype is ActorType.PERSON else None
        if ids is None or len(ids) != 1:
            continue
        known = next(iter(ids))
        own = {x for n in (reg.actors[known].name, *reg.actors[known].variants) for x in re.findall(r"[^\W_]+", fold(n))}
        if any(len(g) > 2 and g not in _NOT_GIVEN and g not in HONORIFICS and g not in _TITLE_WORDS and g not in _STYLES
               and not any(SequenceMatcher(None, g, x).ratio() >= 0.7 for x in own)
               for given in _given_names(text, name.split()[-1]) for g in given.split("-")):
            continue  # another person of that surname ("Tahir Khan" beside Imran Khan; "Aleksandar" spelt "Alexander" is one)
        for w in work:
            if w.actor_id == lid:
                w.actor_id = known
        del local[lid]


#: capitalised words before a surname that are no given name ("But Haddad", "Minister Haddad")
#: capitalised words that follow a leader's surname without making it a given name ("Trump Administration", "Putin Monday")
_AFTER_SURNAME = frozenset(
    "administration government regime cabinet doctrine era years presidency team campaign camp plan deal "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
_NOT_GIVEN = frozenset(
    "the a an and but or so if as when while after before since because although though then yet for with by from "
    "to of in on at says said asks asked adds added told tells thinks believes meanwhile however now today here "
    "there that this these those what why how where who whom whose which also even only both either neither not "
    "no yes well indeed still instead under over between among against about like unlike until unless".split()
)


def _given_name_before(text: str, spans: list[tuple[int, int]], words: list[str], covered: list[bool], i: int) -> bool:
    """Whether a capitalised word no mention covers stands right before token ``i`` ("Omar Haddad"):
    a registry surname after another person's given name is that other person.

    >>> text = "Analyst Omar Haddad said so."
    >>> from polisent.actors.matcher import fold, tokens
    >>> spans, words = tokens(fold(text))
    >>> _given_name_before(text, spans, words, [False] * len(spans), 2), _given_name_before(text, spans, words, [False] * len(spans), 1)
    (True, False)
    """
    if i < 2 or covered[i - 1] or text[spans[i - 1][1]:spans[i][0]] != " ":
        return False
    if re.search(r"[.!?:;\"\u201c(\n]\s*$", text[spans[i - 2][1]:spans[i - 1][0]]):
        return False  # a sentence's first word ("Later Li said") may be any word
    w, tok = words[i - 1], text[spans[i - 1][0]:spans[i - 1][1]]
    return tok[0].isupper() and not tok.isupper() and len(w) >= 2 and w not in _NOT_GIVEN and w not in HONORIFICS \
        and w not in _TITLE_FIRST and w not in _ABBREV


def _surname_after(text: str, spans: list[tuple[int, int]], words: list[str], i: int, j: int,
                   own: frozenset[str] = frozenset()) -> bool:
    """Whether the registry surname at tokens ``i:j`` is a given name: a capitalised word right after
    it ("Ambassador Joseph Sullivan" is not Claude Joseph, "stated Cameron Hudson" not David Cameron).
    Without a title before it, not when that word is one of ``own`` (the person's own name words,
    family name first: "Abe Shinzo"), follows leaders' names ("the Trump Administration", "Putin
    Monday"), or the line is a headline in title case ("Putin Meets Kim"). Without the title
    condition the dev sets' pairs gained 83 right links and lost 33 wrong ones.

    >>> text = "Ambassador Joseph Sullivan said so."
    >>> from polisent.actors.matcher import fold, tokens
    >>> spans, words = tokens(fold(text))
    >>> _surname_after(text, spans, words, 1, 2), _surname_after("Ambassador Joseph said so.", *tokens(fold("Ambassador Joseph said so.")), 1, 2)
    (True, False)
    """
    if j >= len(spans) or text[spans[j - 1][1]:spans[j][0]] != " ":
        return False
    titled = i >= 1 and (words[i - 1] in HONORIFICS or words[i - 1] in _TITLE_FIRST or words[i - 1] in _ABBREV)
    tok = text[spans[j][0]:spans[j][1]]
    if not (len(tok) >= 2 and tok[0].isupper() and not tok.isupper() and words[j] not in _NOT_GIVEN):
        return False
    if titled:
        return True
    # untitled ("stated Cameron Hudson"): not before a word of the person's own name ("Abe Shinzo", family
    # name first), a word that follows leaders' names ("the Trump Administration"), nor in a title-case headline
    return words[j] not in _AFTER_SURNAME and words[j] not in own and not title_case_line(text, spans[i][0])


def _name_words(reg: Registry, ids: tuple[str, ...]) -> frozenset[str]:
    """The folded words of the registry names of ``ids`` ("shinzo", "abe")."""
    return frozenset(w for a in ids if a in reg.actors for w in fold(reg.actors[a].name).split())
