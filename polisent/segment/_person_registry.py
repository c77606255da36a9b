"""The built-in registry's words (its states, capitals, organisations and office holders: :func:`is_place`,
:func:`office_holder`) and the lists of news outlets, agencies and common lower-case words (:func:`is_outlet`,
:func:`common_words`) that tell a person's name from a place's or an outlet's.
Split out of :mod:`polisent.segment._person_names` (pass 112)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from polisent.segment._phrase_words import _DATA, gazetteer_place


#: the words of an outlet's name, also in other languages ("Eurasia Diary", "Gazeta Express", "Sekai Nippo"; pass 81, P4)
NEWS_WORDS = frozenset(
    "news press times post journal gazette tribune herald review magazine daily weekly telegraph chronicle courier observer "
    "monitor radio tv television media network channel agency diary diario diário jornal giornale gazeta gazetesi zeitung "
    "pravda novosti izvestia nippo shimbun noticias notícias nachrichten express monde folha corriere kurier tageblatt".split())


def _records(name: str) -> Iterator[dict[str, Any]]:
    """The records of one of the built-in registry's files ("states.jsonl")."""
    for line in (_DATA / "actors" / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


@lru_cache(maxsize=1)
def _registry_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words of the built-in registry's states and organisations (names, adjectives,
    capitals: "Korean", "Philippine", "UN", "Kyrgyzstan") and the surnames of its persons."""
    places: set[str] = set()
    for rec in (r for f in ("states.jsonl", "organisations.jsonl") for r in _records(f)):
        for k in ("name", "capital", "variants", "adjectives", "demonyms", "metonyms", "aliases"):
            v = rec.get(k)
            for phrase in ([v] if isinstance(v, str) else v or []):
                places.update(w.lower() for w in re.findall(r"[^\W\d_]+", phrase) if len(w) > 1)
    people: set[str] = set()
    for rec in _records("persons.jsonl"):
        people.update(s.lower() for s in rec.get("surnames") or [rec["name"].split()[-1]])
    return frozenset(places - {"of", "the", "and", "for"}), frozenset(people)


@lru_cache(maxsize=1)
def person_name_words() -> frozenset[str]:
    """Lower-case words of the built-in registry's persons' names ("mohammad", "javad", "zarif"): a byline's first word
    among them is a given name, even where an organisation's name holds it too ("Jaish-e-Mohammad")."""
    return frozenset(w.lower() for r in _records("persons.jsonl") for w in re.findall(r"[^\W\d_]+", r["name"]) if len(w) > 1)


@lru_cache(maxsize=1)
def _org_acronyms() -> frozenset[str]:
    """One-word names in capitals of the built-in registry's organisations and blocs ("NATO", "EU", "OSCE")."""
    return frozenset(w for r in _records("organisations.jsonl") for k in ("name", "variants", "aliases")
                     for w in ([r.get(k)] if isinstance(r.get(k), str) else r.get(k) or [])
                     if " " not in w and len(w) > 1 and w.isupper())


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """Lower-case one-word names of the built-in registry's states ("india", "turkey")."""
    return frozenset(r["name"].lower() for r in _records("states.jsonl") if len(r["name"].split()) == 1)


@lru_cache(maxsize=1)
def _state_adjectives() -> frozenset[str]:
    """Lower-case one-word adjectives and demonyms of the built-in registry's states ("japanese", "iranians")."""
    return frozenset(w.lower() for r in _records("states.jsonl") for k in ("adjectives", "demonyms") for w in r.get(k) or []
                     if " " not in w)


@lru_cache(maxsize=1)
def state_capitals() -> frozenset[str]:
    """Lower-case one-word capitals of the built-in registry's states ("tokyo", "moscow")."""
    return frozenset(c.lower() for r in _records("states.jsonl") if (c := r.get("capital")) and " " not in c)


@lru_cache(maxsize=1)
def _one_word_places() -> frozenset[str]:
    """Lower-case one-word names of the built-in registry's states, their capitals and metonyms ("jerusalem", "kyiv")."""
    return frozenset(v.lower() for r in _records("states.jsonl")
                     for v in [r.get("name"), r.get("capital"), *(r.get("metonyms") or [])] if v and " " not in v)


#: the letter runs of a name (is_place)
_LETTER_RUN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8192)
def is_place(name: str) -> bool:
    """Every word of ``name`` names a state, capital or organisation of the built-in registry, or ``name`` is a
    place of ``polisent/data/places.txt``.

    >>> is_place("Saudi Arabia"), is_place("Richard Murphy"), is_place("New York")
    (True, False, True)

    A registry person's full name is no place, whatever its words ("George Vella": "George Town", "Vella Lavella"; rule
    R1 of pass 113):

    >>> is_place("George Vella")
    False
    """
    words = [w.lower() for w in _LETTER_RUN.findall(name) if len(w) > 1]
    places = _registry_words()[0]
    return bool(words) and (all(w in places for w in words) or gazetteer_place(name)) and not registry_person(name)


@lru_cache(maxsize=1)
def _office_holders() -> frozenset[str]:
    return frozenset(" ".join(n.lower().split()) for r in _records("persons.jsonl") if r.get("offices")
                     for n in [r["name"], *(r.get("variants") or [])])


@lru_cache(maxsize=1)
def _registry_people() -> frozenset[str]:
    return frozenset(" ".join(n.lower().split()) for r in _records("persons.jsonl") for n in [r["name"], *(r.get("variants") or [])]
                     if len(n.split()) >= 2 and n.split()[0].lower() not in _ROYAL_STYLES)


#: styles that, with one name after them, are how a person is called ("Sheikh Hasina", "Prince Harry")
_STYLES = frozenset({"sheikh", "sheikha", "prince", "princess", "emir", "sultan"})
#: a style that opens a royal's name in the registry ("King Salman", "Sheikh Hamad bin Jassim"): the segmenter's own
#: rules read those ("Sheikh Hasina" is a name, "King Salman" an office and a name)
_ROYAL_STYLES = _STYLES | {"king", "queen", "al-sultan", "crown"}


@lru_cache(maxsize=1)
def _registry_groups() -> frozenset[str]:
    out: set[str] = set()
    for rec in (r for f in ("states.jsonl", "organisations.jsonl", "parties.jsonl") for r in _records(f)):
        for k in ("name", "variants", "aliases"):
            v = rec.get(k)
            out.update(" ".join(x.lower().split()) for x in ([v] if isinstance(v, str) else v or []) if " " in x.strip())
    return frozenset(out - _registry_people())


def registry_group(name: str) -> bool:
    """Whether ``name`` is, in full, a state's, an organisation's or a party's name of two words or more in the built-in
    registry ("New Zealand", "Muslim Brotherhood", "Civic Platform"), and no registry person's.

    >>> registry_group("Muslim Brotherhood"), registry_group("Sierra  Leone"), registry_group("Ana Ruiz")
    (True, True, False)
    """
    return " ".join(name.lower().split()) in _registry_groups()


def registry_person(name: str) -> bool:
    """Whether ``name`` is, in full, a person's name or variant in the built-in registry, whatever its words ("To Lam",
    "Luís Montenegro", "January Makamba": a word of it may be a function word, a state's or a month's name).

    >>> registry_person("To Lam"), registry_person("Luís  Montenegro"), registry_person("Montenegro")
    (True, True, False)
    """
    return " ".join(name.lower().split()) in _registry_people()


@lru_cache(maxsize=1)
def _surname_people() -> dict[str, str]:
    """The registry's persons by lower-case surname, where one person alone has that surname."""
    seen: dict[str, set[str]] = {}
    for r in _records("persons.jsonl"):
        if len(r["name"].split()) >= 2 and r["name"].split()[0].lower() not in _ROYAL_STYLES:
            for sur in {r["name"].split()[-1], *(r.get("surnames") or [])}:  # ("Zelenskyy", "Zelenskiy" too)
                seen.setdefault(sur.lower(), set()).add(r["name"])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def registry_surname(surname: str) -> str | None:
    """The built-in registry's one person with ``surname`` ("Zelensky": his full name), or None.

    >>> registry_surname("Ana") is None
    True
    """
    return _surname_people().get(surname.lower())


def office_holder(name: str) -> bool:
    """Whether ``name`` is, in full, an office holder of the built-in registry (a head of state, a
    minister): in a report or an op-ed more often its topic than its speaker.

    >>> office_holder("Javier Milei"), office_holder("Riccardo Fabiani")
    (True, False)
    """
    return " ".join(name.lower().split()) in _office_holders()


@lru_cache(maxsize=1)
def outlets() -> frozenset[str]:
    """News outlets' names, lower-cased (``polisent/data/outlets.txt``): never a person's.

    >>> "al jazeera" in outlets(), "rfe/rl" in outlets(), "ana ruiz" in outlets()
    (True, True, False)
    """
    text = (_DATA / "outlets.txt").read_text(encoding="utf-8")
    return frozenset(" ".join(w.split()).lower() for w in text.split("\n") if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def news_agencies() -> frozenset[str]:
    """News agencies' names, lower-cased (``polisent/data/news_agencies.txt``): a wire story's author may be one, an
    interview's guest never is.

    >>> "agence france-presse" in news_agencies(), "ana ruiz" in news_agencies()
    (True, False)
    """
    text = (_DATA / "news_agencies.txt").read_text(encoding="utf-8")
    return frozenset(" ".join(w.split()).lower() for w in text.split("\n") if w.strip() and not w.startswith("#"))


def is_outlet(name: str) -> bool:
    """``name`` is a news outlet's or agency's (:func:`outlets`, :func:`news_agencies`, or a run holding an outlet's word,
    "Harbour Times"): the press, never an interview's guest.

    >>> is_outlet("Agence France-Presse"), is_outlet("JoongAng Ilbo"), is_outlet("The Harbour Times"), is_outlet("Ana Ruiz")
    (True, True, True, False)
    """
    folded = " ".join(name.split()).lower()
    return folded in outlets() or folded in news_agencies() or any(w in NEWS_WORDS for w in re.split(r"[\s-]+", folded))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words written in lower case in running text (``polisent/data/common_words.txt``, built by
    ``scripts/build_common_words.py``)."""
    text = (_DATA / "common_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


#: the endings of a stem whose "-es" form is a verb's ("pushes", "reaches", "taxes")
_ES_STEM = re.compile(r"(?:s|x|z|ch|sh)\Z")


def verb_s_form(word: str) -> bool:
    """``word`` is a verb's third person, as a headline writes it before its object ("Kidnaps", "Threatens",
    "Rallies"): its stem and a past form of that stem are common words. Names that look so ("Gaines", "James",
    "Hughes", "Denys") do not: their stems are no words, have no past, or would take "-ies" ("deny", "denies"); a word
    of the registry's persons' names never is one.

    >>> [w for w in "Kidnaps Threatens Rallies Pushes Gaines James Hughes Nicholas Jones Williams Denys".split() if verb_s_form(w)]
    ['Kidnaps', 'Threatens', 'Rallies', 'Pushes']
    """
    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is")) or not w.isalpha() or w in person_name_words():
        return False
    common = common_words()
    pasts: list[tuple[str, tuple[str, ...]]] = []
    stem = w[:-1]
    if not (stem.endswith("y") and stem[-2] not in "aeiou"):  # ("denys" is no verb's: "deny" makes "denies")
        pasts.append((stem, (stem + "ed", stem + "d", stem + stem[-1] + "ed")))
    if w.endswith("es") and _ES_STEM.search(w[:-2]):
        pasts.append((w[:-2], (w[:-2] + "ed",)))
    if w.endswith("ies"):
        pasts.append((w[:-3] + "y", (w[:-3] + "ied",)))
    return any(s in common and any(f in common for f in forms) for s, forms in pasts)
