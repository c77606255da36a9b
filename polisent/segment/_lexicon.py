"""Loading and validating the data that drives the rule segmenter.

Two JSON files ship in ``polisent/data``: ``clutter_rules.json`` (boilerplate rules) and
``cues.json`` (the hedge / condition / negation / reported-view lexicon, documented in
``docs/cues.md``). Users extend or override either with a path, a dict or a list.

>>> rules = load_clutter_rules()
>>> sorted({r.name for r in rules})[:3]
['ad', 'advertisement', 'author_bio']
>>> lex = load_cues()
>>> lex.family("whether").weight
0.2
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polisent.errors import ConfigError
from polisent.segment._prefilter import first_chars, required_literals
from polisent.records import CueKind

__all__ = ["ClutterRule", "CueFamily", "CueLexicon", "load_clutter_rules", "load_cues", "phrase_regex"]

logger = logging.getLogger(__name__)

_SCOPES = ("line", "paragraph")
_WHERE = ("any", "head", "tail")
_SPANS = ("match", "clause", "to_end", "complement", "claim")
_KINDS = {"hedge": CueKind.HEDGE, "condition": CueKind.CONDITION, "negation": CueKind.NEGATION,
          "reported": CueKind.REPORTED, "ignore": None}

Source = str | Path | Mapping[str, Any] | Sequence[Mapping[str, Any]] | None


@dataclass(frozen=True, slots=True)
class ClutterRule:
    """One boilerplate rule: a regex searched in a markup-free line."""

    name: str
    pattern: re.Pattern[str]
    scope: str = "line"
    max_words: int = 60
    where: str = "any"
    following: int = 0
    description: str = ""
    keywords: tuple[str, ...] = ()  #: the regex is tried only when one of these occurs in the lower-cased line
    not_first: bool = False  #: never applied to the first line of the text (the title)
    #: page furniture that may be glued to real text on one line ("Share this article Read more: The
    #: minister said ..."): the pattern is searched anywhere between sentences and only the furniture is cut out
    glued: bool = False
    #: literals one of which every match holds (derived, :mod:`~polisent.segment._prefilter`): a line
    #: without any of them (:func:`~polisent.segment._prefilter.fold`-ed when the rule ignores case) is not searched
    required: tuple[str, ...] | None = field(default=None, init=False, compare=False)
    #: whether :attr:`required` is tested against folded text (the rule ignores case; derived)
    folds: bool = field(default=False, init=False, compare=False)
    #: for a rule anchored at the line start, the (folded) characters a match opens with (derived; None: any)
    starts: frozenset[str] | None = field(default=None, init=False, compare=False)

    def __post_init__(self) -> None:
        # a case-insensitive group in a case-sensitive rule ("MOSCOW, (?i:september) 10."): the group's literals are
        # read folded, so the rule's line is tested folded too (a looser test, still safe; tested raw, "September"
        # would lack "sep" and the rule would never be tried)
        scoped = not self.pattern.flags & re.IGNORECASE and "(?i" in self.pattern.pattern
        object.__setattr__(self, "required", required_literals(self.pattern.pattern, self.pattern.flags, folded=scoped))
        object.__setattr__(self, "folds", bool(self.pattern.flags & re.IGNORECASE) or scoped)
        object.__setattr__(self, "starts", first_chars(self.pattern.pattern, self.pattern.flags))


@dataclass(frozen=True, slots=True)
class CueFamily:
    """A family of cues sharing a kind, a weight and a span rule."""

    name: str
    kind: CueKind | None  #: None for 'ignore' families (they only block shorter matches)
    weight: float
    span: str
    phrases: tuple[str, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()
    not_after_first_person: bool = False
    triggers: tuple[str, ...] = ()  #: phrases where the patterns are tried (else searched everywhere)
    at_clause_start: bool = False
    negates: bool = False  #: the phrase also negates the predicate ("I do not expect"): a negation cue is added


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """All cue families, with one compiled regex for every phrase."""

    name: str
    families: tuple[CueFamily, ...]
    phrase_rx: re.Pattern[str] | None
    phrase_family: Mapping[str, CueFamily]  #: normalised phrase -> family
    capitalised: frozenset[str] = frozenset()  #: normalised phrases written with a capital ("I think")
    triggers: Mapping[str, tuple[CueFamily, ...]] = field(default_factory=dict)  #: trigger -> pattern families
    phrase_rx_lower: re.Pattern[str] | None = None  #: the same trie, case-sensitive, for lower-cased text (faster)
    searched: tuple[CueFamily, ...] = ()  #: families with patterns but no triggers (searched in every claim)

    def family(self, name: str) -> CueFamily:
        for f in self.families:
            if f.name == name:
                return f
        raise ConfigError(f"Unknown cue family {name!r}. Available: {', '.join(f.name for f in self.families)}.")


def _read_json(source: str | Path, what: str) -> Any:
    path = Path(source)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"The {what} file {str(path)!r} does not exist. Pass an existing JSON file, a dict or a list.") from exc
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"The {what} file {str(path)!r} could not be read as JSON: {exc}.") from exc


_DATA = Path(__file__).resolve().parents[1] / "data"


def _builtin(name: str) -> Any:
    return json.loads((_DATA / name).read_text(encoding="utf-8"))


def _entries(source: Source, key: str, what: str) -> tuple[list[Mapping[str, Any]], bool]:
    """Return (entries, replace) from a user source."""
    if isinstance(source, (str, Path)):
        source = _read_json(source, what)
    if isinstance(source, Mapping):
        items = source.get(key)
        if not isinstance(items, list):
            raise ConfigError(f"The {what} must have a list under {key!r}. Got keys {sorted(source)!r}.")
        return items, bool(source.get("replace", False))
    if isinstance(source, Sequence) and not isinstance(source, (str, bytes)):
        return list(source), False
    raise ConfigError(f"The {what} must be a path, a dict with {key!r} or a list of dicts. Got {type(source).__name__}.")


def _merge(base: list[Mapping[str, Any]], extra: list[Mapping[str, Any]], replace: bool) -> list[Mapping[str, Any]]:
    if replace:
        return list(extra)
    names = {e.get("name") for e in extra}
    return [b for b in base if b.get("name") not in names] + list(extra)


def _compile(pattern: object, flags: str, where: str) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError(f"{where}: 'pattern' must be a non-empty regex string. Got {pattern!r}.")
    f = re.IGNORECASE if "i" in flags else 0
    try:
        return re.compile(pattern, f)
    except re.error as exc:
        raise ConfigError(f"{where}: the regex {pattern!r} does not compile: {exc}. Fix the pattern.") from exc


def load_clutter_rules(source: Source = None) -> tuple[ClutterRule, ...]:
    """Built-in clutter rules, extended by ``source`` (path, dict with 'rules', or list of rules).

    A user rule with the name of a built-in rule replaces all built-in rules of that name;
    ``{"rules": [...], "replace": true}`` drops the built-ins altogether.

    >>> [r.name for r in load_clutter_rules([{"name": "promo", "pattern": "^promo code"}])][-1]
    'promo'
    """
    base = _builtin("clutter_rules.json")["rules"]
    if source is not None:
        extra, replace = _entries(source, "rules", "clutter rules")
        base = _merge(base, extra, replace)
    out = []
    for i, r in enumerate(base):
        where = f"clutter rule {i} ({r.get('name', '?')!r})" if isinstance(r, Mapping) else f"clutter rule {i}"
        if not isinstance(r, Mapping) or not isinstance(r.get("name"), str) or not r["name"]:
            raise ConfigError(f"{where} must be a dict with a non-empty 'name' and a 'pattern'. Got {r!r}.")
        scope, loc = r.get("scope", "line"), r.get("where", "any")
        if scope not in _SCOPES or loc not in _WHERE:
            raise ConfigError(f"{where}: 'scope' must be one of {_SCOPES} and 'where' one of {_WHERE}. Got {scope!r}, {loc!r}.")
        max_words, following = r.get("max_words", 60), r.get("following", 0)
        if not isinstance(max_words, int) or max_words < 1 or not isinstance(following, int) or following < 0:
            raise ConfigError(f"{where}: 'max_words' must be an int >= 1 and 'following' an int >= 0. Got {max_words!r}, {following!r}.")
        keywords = r.get("keywords", [])
        if not isinstance(keywords, list) or not all(isinstance(k, str) and k for k in keywords):
            raise ConfigError(f"{where}: 'keywords' must be a list of non-empty strings. Got {keywords!r}.")
        out.append(ClutterRule(r["name"], _compile(r.get("pattern"), str(r.get("flags", "i")), where), scope,
                               max_words, loc, following, str(r.get("description", "")),
                               tuple(k.lower() for k in keywords), bool(r.get("not_first", False)),
                               bool(r.get("glued", False))))
    return tuple(out)


def _norm_phrase(p: str) -> str:
    return " ".join(p.replace("\u2019", "'").split()).lower()


def phrase_regex(phrases: Sequence[str], *, ignore_case: bool = True) -> re.Pattern[str] | None:
    """One regex (a character trie) matching any phrase on word boundaries, longest first.

    >>> rx = phrase_regex(["may", "may well", "a big if"])
    >>> [m.group() for m in rx.finditer("It may well be a big if.")]
    ['may well', 'a big if']
    """
    trie: dict[str, Any] = {}
    for p in {_norm_phrase(p) for p in phrases if p.strip()}:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return None

    def piece(ch: str) -> str:
        if ch == " ":
            return r"\s+"
        if ch == "'":
            return "['\u2019]"
        return re.escape(ch)

    def build(node: dict[str, Any]) -> str:
        alts = [piece(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return re.compile(r"(?<![\w'\u2019])" + build(trie) + r"(?![\w])", re.IGNORECASE if ignore_case else 0)


def load_cues(source: Source = None) -> CueLexicon:
    """Built-in cue lexicon, extended by ``source`` (path, dict with 'families', or list of families).

    A family with the name of a built-in family replaces it; ``"replace": true`` drops the built-ins.
    """
    data = _builtin("cues.json")
    base, name = data["families"], data.get("name", "cues")
    if source is not None:
        extra, replace = _entries(source, "families", "cue lexicon")
        base = _merge(base, extra, replace)
        name = f"{name}+custom"
    fams: list[CueFamily] = []
    phrase_family: dict[str, CueFamily] = {}
    capitalised: set[str] = set()
    trig: dict[str, list[CueFamily]] = {}
    for i, f in enumerate(base):
        where = f"cue family {i} ({f.get('name', '?')!r})" if isinstance(f, Mapping) else f"cue family {i}"
        if not isinstance(f, Mapping) or not isinstance(f.get("name"), str):
            raise ConfigError(f"{where} must be a dict with 'name', 'kind' and 'phrases' or 'patterns'. Got {f!r}.")
        kind = f.get("kind")
        if kind not in _KINDS:
            raise ConfigError(f"{where}: 'kind' must be one of {sorted(_KINDS)}. Got {kind!r}.")
        weight = f.get("weight", 0.0)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0.0 <= weight < 1.0:
            raise ConfigError(f"{where}: 'weight' must be a number in [0, 1). Got {weight!r}.")
        span = f.get("span", "match")
        if span not in _SPANS:
            raise ConfigError(f"{where}: 'span' must be one of {_SPANS}. Got {span!r}.")
        phrases, patterns, triggers = f.get("phrases", []), f.get("patterns", []), f.get("triggers", [])
        if not all(isinstance(x, list) and all(isinstance(p, str) for p in x) for x in (phrases, patterns, triggers)):
            raise ConfigError(f"{where}: 'phrases', 'patterns' and 'triggers' must be lists of strings.")
        if not phrases and not patterns:
            raise ConfigError(f"{where} has neither 'phrases' nor 'patterns'; give at least one.")
        if triggers and not patterns:
            raise ConfigError(f"{where} has 'triggers' but no 'patterns' to try at them.")
        flags = str(f.get("flags", ""))
        fam = CueFamily(f["name"], _KINDS[kind], float(weight), span, tuple(phrases),
                        tuple(_compile(p, flags, f"{where} pattern {j}") for j, p in enumerate(patterns)),
                        bool(f.get("not_after_first_person", False)), tuple(triggers),
                        bool(f.get("at_clause_start", False)), bool(f.get("negates", False)))
        fams.append(fam)
        for p in triggers:
            trig.setdefault(_norm_phrase(p), []).append(fam)
        for p in phrases:
            key = _norm_phrase(p)
            if key in phrase_family and phrase_family[key].name != fam.name:
                logger.debug("cue phrase %r of %s overrides %s", key, fam.name, phrase_family[key].name)
            phrase_family[key] = fam
            if p.strip()[:1].isupper():
                capitalised.add(key)
    keys = list(phrase_family) + list(trig)
    return CueLexicon(name, tuple(fams), phrase_regex(keys), phrase_family, frozenset(capitalised),
                      {k: tuple(v) for k, v in trig.items()}, phrase_regex(keys, ignore_case=False),
                      tuple(f for f in fams if f.kind is not None and f.patterns and not f.triggers))
