"""The actor registry: canonical actors as data, loaded once per process.

A registry is an immutable collection of :class:`Actor` records plus a list of *blocked*
phrases (false friends such as "George Washington" or "Paris agreement" that must not be read
as actor mentions). The built-in registry ships as JSON Lines files under
``polisent/data/actors/`` (one actor per line, format in ``docs/registry.md``); users merge their
own files, lists or dicts on top of it.

Registries never change in place: :meth:`Registry.with_actor`, :meth:`Registry.remove` and
:meth:`Registry.merge` return a new registry, so the cached :func:`default_registry` can be
shared safely.

>>> reg = default_registry()
>>> reg.get("russia").name
'Russia'
>>> reg2 = reg.with_actor("acme", "Acme Corp", type="organisation", aliases=["Acme"])
>>> "acme" in reg2, "acme" in reg
(True, False)
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from polisent.actors.registry_files import read_jsonl, records_from
from polisent.errors import RegistryError
from polisent.records import ActorType

__all__ = ["Actor", "Office", "Registry", "default_registry", "load_registry"]

logger = logging.getLogger(__name__)

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*(?::[a-z0-9][a-z0-9_\-]*)?$")
_DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_GENDERS = ("male", "female")

#: Office roles the title resolver knows (``"the president"`` -> ``president``).
ROLES: tuple[str, ...] = (
    "chancellor", "commander_in_chief", "crown_prince", "defence_minister", "emir", "foreign_minister",
    "general_secretary", "head_of_government", "head_of_state", "high_representative", "king", "leader",
    "national_security_adviser", "president", "prime_minister", "queen", "secretary_general", "spokesperson",
    "supreme_leader", "vice_president",
)

_LIST_FIELDS = ("aliases", "variants", "surnames", "metonyms", "adjectives", "demonyms", "part_of", "affiliations")
_ACTOR_KEYS = frozenset(
    ("id", "name", "type", "capital", "gender", "wikidata", "iso3", "offices", "note", "surname_alone", "merge")
    + _LIST_FIELDS
)


@dataclass(frozen=True, slots=True)
class Office:
    """An office an actor (a person) held, e.g. ``Office("president", "united_states", "2021-01-20", "2025-01-20")``.

    Dates are ISO strings (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); ``end`` None means "still in office".
    """

    role: str
    of: str | None = None
    start: str | None = None
    end: str | None = None

    def held_on(self, date: str) -> bool:
        """True if the office was held on ``date`` (ISO string; partial dates compare by prefix)."""
        lo = (self.start or "0000") + "-00-00"[len(self.start or "0000") - 4:]  # "2023-06" -> "2023-06-00"
        hi = (self.end or "9999") + "-99-99"[len(self.end or "9999") - 4:]  # "2023-06" -> "2023-06-99"
        return lo[: len(date)] <= date <= hi[: len(date)]

    def title(self, registry: Registry | None = None) -> str:
        """Readable title, e.g. ``'President of United States'``."""
        role = self.role.replace("_", " ").capitalize()
        if self.of and registry is not None and self.of in registry:
            return f"{role} of {registry.get(self.of).name}"
        return f"{role} of {self.of}" if self.of else role


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor.

    Attributes:
        id: stable lower-case slug (``"russia"``, ``"joe_biden"``); document-local actors found by
            NER use ``"local:<slug>"``.
        name: display name.
        type: :class:`~polisent.records.ActorType`.
        variants: other full names (found as ``NAME`` mentions), e.g. "Russian Federation".
        aliases: other names (``ALIAS`` mentions), e.g. "the Western alliance".
        surnames: short forms of a person ("Zelensky", "Zelenskyy"), found as ``SURNAME`` mentions.
        surname_alone: whether a surname links without the full name earlier in the document
            (False for surnames that are also common words or names: "May", "Austin").
        capital: capital city (data; metonyms are listed explicitly in ``metonyms``).
        metonyms: capital and seats of government standing for the government ("the Kremlin").
        adjectives: adjective forms ("Russian"); demonyms: nouns for the people ("Russians").
        offices: offices held, with dates.
        gender: ``"male"``/``"female"`` for persons (pronoun resolution), else None.
        part_of: ids of the state or organisation the actor belongs to.
        affiliations: ids of parties or groups.
        wikidata: Wikidata QID where known reliably, else None.
        iso3: ISO 3166-1 alpha-3 code of a state.
    """

    id: str
    name: str
    type: ActorType
    variants: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    surname_alone: bool = True
    capital: str | None = None
    metonyms: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    gender: str | None = None
    part_of: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    wikidata: str | None = None
    iso3: str | None = None
    note: str | None = None

    def roles(self) -> frozenset[str]:
        """The office roles this actor held at any time."""
        return frozenset(o.role for o in self.offices)

    def to_dict(self) -> dict[str, Any]:
        """The actor as a registry-file dict (empty fields left out)."""
        out: dict[str, Any] = {"id": self.id, "name": self.name, "type": self.type.value}
        for key in _LIST_FIELDS:
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        for key in ("capital", "gender", "wikidata", "iso3", "note"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if not self.surname_alone:
            out["surname_alone"] = False
        if self.offices:
            out["offices"] = [
                {k: v for k, v in (("role", o.role), ("of", o.of), ("from", o.start), ("to", o.end)) if v is not None}
                for o in self.offices
            ]
        return out


@dataclass(frozen=True, eq=False)
class Registry:
    """An immutable set of actors and blocked phrases.

    Supports ``len(reg)``, ``"russia" in reg``, iteration over actors (sorted by id),
    ``reg.get(id)`` and ``reg[id]``. Changes return a new registry. Registries compare and hash
    by identity (compare ``reg.actors`` for content), so they can key caches.

    >>> reg = Registry.from_records([{"id": "acme", "name": "Acme", "type": "organisation"}])
    >>> len(reg), reg["acme"].type.value
    (1, 'organisation')
    """

    actors: Mapping[str, Actor]
    blocked: frozenset[str] = frozenset()
    source: str = "<memory>"
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_records(
        cls, records: Iterable[Mapping[str, Any]], *, source: str = "<memory>", base: Registry | None = None
    ) -> Registry:
        """Build a registry from dicts (the file format), merged on top of ``base``."""
        if isinstance(records, (str, bytes, Mapping)) or not isinstance(records, Iterable):
            raise RegistryError(f"Registry records must be a list (or other iterable) of dicts; got {type(records).__name__}. "
                                "For a file use load_registry(path).")
        actors: dict[str, Actor] = dict(base.actors) if base is not None else {}
        blocked: set[str] = set(base.blocked) if base is not None else set()
        for where, rec in _numbered(records, source):
            _apply(rec, where, actors, blocked)
        _check_references(actors, source)
        return cls(actors=actors, blocked=frozenset(blocked), source=source)

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def __iter__(self) -> Iterator[Actor]:
        return iter(sorted(self.actors.values(), key=lambda a: a.id))

    def __getitem__(self, actor_id: str) -> Actor:
        return self.get(actor_id)

    def __repr__(self) -> str:
        return f"Registry({len(self.actors)} actors, {len(self.blocked)} blocked phrases, source={self.source!r})"

    def get(self, actor_id: str, default: Any = ...) -> Actor:
        """Return the actor with ``actor_id``; raise a :class:`RegistryError` (a KeyError-like message) if absent."""
        try:
            return self.actors[actor_id]
        except KeyError:
            if default is not ...:
                return default
            close = sorted(a for a in self.actors if str(actor_id).lower().replace(" ", "_") in a)[:5]
            hint = f" Close ids: {', '.join(close)}." if close else ""
            raise RegistryError(f"No actor with id {actor_id!r} in this registry ({len(self)} actors).{hint}") from None

    def by_iso3(self, code: str) -> Actor | None:
        """The state with ISO 3166-1 alpha-3 ``code`` (any case), or None."""
        if not isinstance(code, str):
            raise RegistryError(f"by_iso3() needs a three-letter code such as 'UKR'; got {type(code).__name__}.")
        code = code.upper()
        return next((a for a in self.actors.values() if a.iso3 == code), None)

    def with_actor(self, id: str, name: str, *, type: str | ActorType = "other", **fields: Any) -> Registry:
        """Return a new registry with one more actor (or ``id`` replaced).

        >>> reg = Registry.from_records([]).with_actor("acme", "Acme Corp", type="organisation", aliases=["Acme"])
        >>> reg["acme"].aliases
        ('Acme',)
        """
        rec = {"id": id, "name": name, "type": type.value if isinstance(type, ActorType) else type, **fields}
        return self.merge([rec], source=f"with_actor({id!r})")

    def remove(self, *actor_ids: str) -> Registry:
        """Return a new registry without ``actor_ids`` (each must exist)."""
        for actor_id in actor_ids:
            self.get(actor_id)
        actors = {k: v for k, v in self.actors.items() if k not in actor_ids}
        return Registry(actors=actors, blocked=self.blocked, source=self.source)

    def block(self, *phrases: str) -> Registry:
        """Return a new registry that never reads ``phrases`` as mentions (false friends)."""
        return self.merge([{"block": p} for p in phrases], source="block()")

    def merge(self, records: Iterable[Mapping[str, Any]] | Registry, *, source: str = "<memory>") -> Registry:
        """Return this registry with ``records`` (file-format dicts, or another registry) applied on top."""
        if isinstance(records, Registry):
            actors = dict(self.actors) | dict(records.actors)
            return Registry(actors=actors, blocked=self.blocked | records.blocked, source=f"{self.source}+{records.source}")
        if isinstance(records, (str, bytes, Mapping)) or not isinstance(records, Iterable):
            raise RegistryError(f"merge() takes a Registry or a list of registry dicts; got {type(records).__name__}. "
                                "For a file use load_registry(path, base=registry).")
        return Registry.from_records(records, source=source, base=self)

    def persons_with_role(self, role: str, of: str | None = None, date: str | None = None) -> list[Actor]:
        """Persons who held ``role`` (of state/organisation ``of``; on ``date`` if given)."""
        out = []
        for actor in self.actors.values():
            for o in actor.offices:
                if o.role == role and (of is None or o.of == of) and (date is None or o.held_on(date)):
                    out.append(actor)
                    break
        return out

    def to_records(self) -> list[dict[str, Any]]:
        """Every actor as a file-format dict (sorted by id), then the blocked phrases."""
        return [a.to_dict() for a in self] + [{"block": b} for b in sorted(self.blocked)]


def _numbered(records: Iterable[Mapping[str, Any]], source: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for i, rec in enumerate(records):
        where = rec.pop("__where__", None) if isinstance(rec, dict) and "__where__" in rec else None
        yield (where or f"{source}: entry {i}"), rec


def _apply(rec: Mapping[str, Any], where: str, actors: dict[str, Actor], blocked: set[str]) -> None:
    if not isinstance(rec, Mapping):
        raise RegistryError(f"{where}: each entry must be a JSON object, got {type(rec).__name__}.")
    if "block" in rec:
        extra = set(rec) - {"block", "note"}
        phrase = rec["block"]
        if extra or not isinstance(phrase, str) or not phrase.strip():
            raise RegistryError(
                f"{where}: a block entry is {{\"block\": \"<phrase>\", \"note\": \"...\"}} with a non-empty phrase; "
                f"got {dict(rec)!r}."
            )
        blocked.add(phrase.strip())
        return
    actor_id = rec.get("id")
    if not isinstance(actor_id, str) or not _ID_RE.match(actor_id):
        raise RegistryError(
            f"{where}: 'id' must be a lower-case slug of letters, digits and '_' (e.g. 'united_states', "
            f"'local:acme'); got {actor_id!r}."
        )
    if rec.get("remove"):
        if set(rec) - {"id", "remove", "note"}:
            raise RegistryError(f"{where}: a remove entry has only 'id' and 'remove'; got keys {sorted(rec)}.")
        if actor_id not in actors:
            raise RegistryError(f"{where}: cannot remove {actor_id!r}: no such actor in the registry so far.")
        del actors[actor_id]
        return
    unknown = set(rec) - _ACTOR_KEYS
    if unknown:
        raise RegistryError(
            f"{where}: unknown field(s) {sorted(unknown)} in actor {actor_id!r}. Allowed: {sorted(_ACTOR_KEYS)}."
        )
    if rec.get("merge"):
        if actor_id not in actors:
            raise RegistryError(f"{where}: 'merge' needs an existing actor {actor_id!r} to extend; none found.")
        actors[actor_id] = _merge_into(actors[actor_id], rec, where)
        return
    actors[actor_id] = _actor_from(rec, where)


def _strings(rec: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = rec.get(key, ())
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Sequence) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RegistryError(f"{where}: {key!r} must be a list of non-empty strings; got {value!r}.")
    return tuple(dict.fromkeys(v.strip() for v in value))


def _opt_str(rec: Mapping[str, Any], key: str, where: str) -> str | None:
    value = rec.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise RegistryError(f"{where}: {key!r} must be a non-empty string or null; got {value!r}.")
    return value.strip()


def _actor_from(rec: Mapping[str, Any], where: str) -> Actor:
    name = _opt_str(rec, "name", where)
    if name is None:
        raise RegistryError(f"{where}: actor {rec['id']!r} needs a non-empty 'name'.")
    try:
        atype = ActorType(rec.get("type", "other"))
    except ValueError:
        raise RegistryError(
            f"{where}: unknown actor type {rec.get('type')!r}. Use one of: {', '.join(t.value for t in ActorType)}."
        ) from None
    gender = _opt_str(rec, "gender", where)
    if gender is not None and gender not in _GENDERS:
        raise RegistryError(f"{where}: 'gender' must be 'male', 'female' or null; got {gender!r}.")
    wikidata = _opt_str(rec, "wikidata", where)
    if wikidata is not None and not re.fullmatch(r"Q\d+", wikidata):
        raise RegistryError(f"{where}: 'wikidata' must look like 'Q159'; got {wikidata!r}.")
    iso3 = _opt_str(rec, "iso3", where)
    if iso3 is not None and not re.fullmatch(r"[A-Z]{3}", iso3):
        raise RegistryError(f"{where}: 'iso3' must be three upper-case letters; got {iso3!r}.")
    surname_alone = rec.get("surname_alone", True)
    if not isinstance(surname_alone, bool):
        raise RegistryError(f"{where}: 'surname_alone' must be true or false; got {surname_alone!r}.")
    lists = {key: _strings(rec, key, where) for key in _LIST_FIELDS}
    for key in ("part_of", "affiliations"):
        bad = [v for v in lists[key] if not _ID_RE.match(v)]
        if bad:
            raise RegistryError(f"{where}: {key!r} holds actor ids (lower-case slugs); got {bad!r}.")
    return Actor(
        id=rec["id"], name=name, type=atype, gender=gender, wikidata=wikidata, iso3=iso3,
        capital=_opt_str(rec, "capital", where), note=_opt_str(rec, "note", where),
        surname_alone=surname_alone, offices=_offices(rec.get("offices", ()), where), **lists,
    )


def _offices(value: Any, where: str) -> tuple[Office, ...]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise RegistryError(f"{where}: 'offices' must be a list of objects; got {value!r}.")
    out = []
    for i, off in enumerate(value):
        if not isinstance(off, Mapping) or set(off) - {"role", "of", "from", "to"}:
            raise RegistryError(
                f"{where}: offices[{i}] must be an object with keys role, of, from, to; got {off!r}."
            )
        role = off.get("role")
        if role not in ROLES:
            raise RegistryError(f"{where}: offices[{i}].role {role!r} is not known. Use one of: {', '.join(ROLES)}.")
        for key in ("from", "to"):
            if off.get(key) is not None and not (isinstance(off[key], str) and _DATE_RE.match(off[key])):
                raise RegistryError(
                    f"{where}: offices[{i}].{key} must be a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; got {off[key]!r}."
                )
        out.append(Office(role=role, of=off.get("of"), start=off.get("from"), end=off.get("to")))
    return tuple(out)


def _merge_into(actor: Actor, rec: Mapping[str, Any], where: str) -> Actor:
    updates: dict[str, Any] = {}
    for key in _LIST_FIELDS:
        if key in rec:
            updates[key] = tuple(dict.fromkeys(getattr(actor, key) + _strings(rec, key, where)))
    for key in ("name", "capital", "gender", "wikidata", "iso3", "note"):
        if key in rec:
            updates[key] = _opt_str(rec, key, where)
    if "offices" in rec:
        updates["offices"] = actor.offices + _offices(rec["offices"], where)
    if "type" in rec:
        updates["type"] = _actor_from({"id": actor.id, "name": actor.name, "type": rec["type"]}, where).type
    return replace(actor, **updates)


def _check_references(actors: Mapping[str, Actor], source: str) -> None:
    missing = sorted(
        {(a.id, ref) for a in actors.values() for ref in a.part_of + a.affiliations + tuple(o.of for o in a.offices if o.of)
         if ref not in actors}
    )
    if missing:
        logger.debug("%s: %d references to actors not in the registry, e.g. %s", source, len(missing), missing[:3])


_DATA_FILES = ("states.jsonl", "organisations.jsonl", "parties.jsonl", "persons.jsonl", "false_friends.jsonl")


@functools.lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The built-in registry (states, organisations, blocs, parties, persons), loaded once per process."""
    records: list[dict[str, Any]] = []
    base = resources.files("polisent") / "data" / "actors"
    for name in _DATA_FILES:
        with resources.as_file(base / name) as path:
            records.extend(read_jsonl(path))
    reg = Registry.from_records(records, source="polisent:builtin")
    logger.debug("loaded built-in registry: %r", reg)
    return reg


def load_registry(
    source: str | Path | Mapping[str, Any] | Sequence[Mapping[str, Any]],
    *,
    base: Registry | None | str = "default",
) -> Registry:
    """Load a user registry and merge it on top of ``base`` (the built-in registry by default).

    ``source`` is a ``.jsonl`` file (one entry a line), a ``.json`` file (a list, or ``{"actors": [...]}``),
    a list of dicts, a single actor dict, or a dict mapping ids to actor fields. Entries with an
    existing id replace the built-in actor; ``{"id": ..., "merge": true, ...}`` extends it;
    ``{"id": ..., "remove": true}`` removes it; ``{"block": "phrase"}`` adds a false friend.
    Pass ``base=None`` for a registry of the user's entries only.

    >>> reg = load_registry([{"id": "acme", "name": "Acme Corp", "type": "organisation"}], base=None)
    >>> [a.id for a in reg]
    ['acme']
    """
    if isinstance(base, str):
        if base != "default":
            raise RegistryError(f"base must be a Registry, None or 'default'; got {base!r}.")
        base = default_registry()
    records, name = records_from(source)
    return Registry.from_records(records, source=name, base=base)
