"""Speaker cues: how a text introduces its main speaker (``polisent/data/speaker_cues.json``), compiled.

Each cue is a phrase right before a name ("we can talk to", "military expert") or right after it
("told DW", ", a researcher at"), with a kind (interview, author, expert, quote, self) and a weight;
:func:`polisent.segment._principal.principal` adds up the weights per person. Users extend or
replace the built-in cues with :func:`load_speaker_cues`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from polisent.segment._prefilter import fold, lead_guarded, required_literals, top_branches

__all__ = ["Cue", "SpeakerCues", "cue_literals", "load_speaker_cues", "search_before"]

_DATA = Path(__file__).resolve().parent.parent / "data"
#: "Jagannath P Panda, research fellow at X," / "-- research fellow at X --"
#: what may stand between a name and its cue: ", a former envoy,", " -- a former envoy --", " (Italy)" (not a
#: photo caption's "(left)")
_APPOSITION = r",[^,.;:\r\n]{1,100}?,|[ \t]+(?:--|\u2014|\u2013)[^.;:\r\n]{1,200}?(?:--|\u2014|\u2013)|[ \t]+\((?!(?i:left|right|cent(?:re|er)|pictured|above|below|top|bottom|front|back|file|photo)\b)[^()\r\n]{1,40}\)"


Cue = tuple[str, str, float, "re.Pattern[str]", tuple[str, ...]]

#: what may stand between a "before" cue's phrase and the name: "ambassador to Egypt, Frank Wiesner": a job's place
#: in capitals may stand between cue and name ("prominent Emirati academic Dr. X": a nationality in capitals may
#: stand among the lower-case words)
_LOWER_WORDS = (r"(?:(?:the|a|an)[ \t]+)?(?:(?:[a-z][\w'\u2019-]*|[A-Z][a-z]+(?:i|an|ese|ish)),?[ \t]+){0,4}?"
                r"(?:(?:to|of|at|in|for)[ \t]+(?:the[ \t]+)?[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2},[ \t]+)?")
#: a "self" cue's: "This is Jane Doe", "I'm your host Jane Doe"; not "This is an example of how Mr X ..."
_SELF_WORDS = r"(?:(?:the|a|an|your|our)[ \t]+)?(?:[a-z][\w'\u2019-]*,?[ \t]+){0,2}?"
#: a "before" cue's regex: _BEFORE_OPEN + phrase + _BEFORE_CLOSE + one of the two above + "\Z"
_BEFORE_OPEN, _BEFORE_CLOSE = r"\b(?i:", r")[ \t,:]+"


@dataclass(frozen=True)
class SpeakerCues:
    """Compiled speaker cues: (where, kind, weight, regex, keywords) each, and the scoring settings."""

    cues: tuple[Cue, ...]
    mention_weight: float
    max_mentions: int
    min_score: float
    #: per cue, whether it counts only in a conversation (a text with questions or turns): ``"texts": "conversation"``
    talk_only: tuple[bool, ...] = ()

    def active(self, conversation: bool) -> tuple[Cue, ...]:
        """The cues that count in a text of this kind."""
        if conversation or not any(self.talk_only):
            return self.cues
        return tuple(c for c, only in zip(self.cues, self.talk_only) if not only)


_KINDS = ("interview", "author", "expert", "quote", "self")


def _compile_cue(c: Any, where_: str) -> Cue:
    from polisent.errors import ConfigError

    if not isinstance(c, dict):
        raise ConfigError(f"{where_} must be a dict with 'kind', 'where', 'weight' and 'phrase'. Got {c!r}.")
    kind, where, phrase = c.get("kind"), c.get("where"), c.get("phrase")
    if kind not in _KINDS:
        raise ConfigError(f"{where_}: 'kind' must be one of {list(_KINDS)}. Got {kind!r}.")
    if where not in ("before", "after"):
        raise ConfigError(f"{where_}: 'where' must be 'before' or 'after'. Got {where!r}.")
    weight = c.get("weight", 3.0)
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight < 0:
        raise ConfigError(f"{where_}: 'weight' must be a number >= 0. Got {weight!r}.")
    if not isinstance(phrase, str) or not phrase:
        raise ConfigError(f"{where_}: 'phrase' must be a non-empty regex string. Got {phrase!r}.")
    lower_words = _SELF_WORDS if kind == "self" else _LOWER_WORDS
    try:
        if where == "before":
            rx = re.compile(rf"{_BEFORE_OPEN}{phrase}{_BEFORE_CLOSE}{lower_words}\Z")
        else:
            rx = re.compile(rf"(?:{_APPOSITION})?[ \t]*(?:{phrase})")
    except re.error as exc:
        raise ConfigError(f"{where_}: the regex {phrase!r} does not compile: {exc}. Fix the phrase.") from exc
    if c.get("texts", "any") not in ("any", "conversation"):
        raise ConfigError(f"{where_}: 'texts' must be 'any' or 'conversation'. Got {c.get('texts')!r}.")
    keys = c.get("keywords", ())
    if not isinstance(keys, (list, tuple)) or not all(isinstance(k, str) and k == k.lower() for k in keys):
        raise ConfigError(f"{where_}: 'keywords' must be a list of lower-case strings. Got {keys!r}.")
    return (where, kind, float(weight), rx, tuple(keys))


def cue_literals(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of a cue's regex holds, to test in folded text before a
    search (:func:`polisent.segment._prefilter.required_literals`), or None.

    >>> cue_literals(_compile_cue({"kind": "interview", "where": "before", "phrase": "we can talk to"}, "cue")[3])
    ('we can talk to',)
    """
    # (cached by the pattern's text: hashing a compiled regex hashes its whole program, every call)
    return _literals(rx.pattern, rx.flags)


@lru_cache(maxsize=512)
def _literals(pattern: str, flags: int) -> tuple[str, ...] | None:
    return required_literals(pattern, flags, folded=True)


#: a "before" cue's regex, searched: the regex with the lookahead of the characters its match opens with (the
#: same matches: see _prefilter.lead_guarded), or its phrase's alternatives (see _before_plan): those searched
#: everywhere, and per literal those searched where the window holds it
_Plan = tuple[re.Pattern[str], tuple[re.Pattern[str], ...], tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] | None]


@lru_cache(maxsize=512)
def _before_plan(pattern: str, flags: int) -> _Plan:
    """How a "before" cue's regex is searched: cut at its phrase's top-level alternatives, one regex per
    alternative (the rest of the cue around each as around the phrase, with the lookahead of its first
    characters) by the literals one of which its every match holds (folded); no alternatives where the
    regex is no "before" cue's or its phrase is no plain alternation (see _prefilter.top_branches)."""
    rx = re.compile(pattern, flags)
    whole = lead_guarded(rx)
    tail = next((_BEFORE_CLOSE + w + r"\Z" for w in (_LOWER_WORDS, _SELF_WORDS) if pattern.endswith(_BEFORE_CLOSE + w + r"\Z")), None)
    if not pattern.startswith(_BEFORE_OPEN) or tail is None or len(pattern) <= len(_BEFORE_OPEN) + len(tail):
        return whole, (), None
    try:
        phrase = re.compile(pattern[len(_BEFORE_OPEN):-len(tail)], flags)
        branches = [re.compile(_BEFORE_OPEN + b.pattern + tail, flags) for b in top_branches(phrase)]
    except re.error:  # the middle alone is no regex: the phrase is no group of its own
        return whole, (), None
    if len(branches) < 2 or phrase.groups or any(b.groups != rx.groups for b in branches):
        return whole, (), None
    always: list[re.Pattern[str]] = []
    by_literal: dict[str, list[re.Pattern[str]]] = {}
    for b in branches:
        lits, guarded = required_literals(b.pattern, b.flags, folded=True), lead_guarded(b)
        for lit in lits or ():
            by_literal.setdefault(lit, []).append(guarded)
        if lits is None:
            always.append(guarded)
    return whole, tuple(always), tuple((lit, tuple(rxs)) for lit, rxs in by_literal.items())


def search_before(rx: re.Pattern[str], t: str, pos: int, endpos: int, folded: str | None = None) -> re.Match[str] | None:
    """``rx.search(t, pos, endpos)`` for a "before" cue's regex, whose every match ends at ``endpos``
    (``\\Z``): the match that starts first, told by its start. ``folded``: :func:`_prefilter.fold` of
    ``t[pos:endpos]``. The phrase's alternatives are searched one by one, each only where the window holds one
    of its literals: the cue matches at a position exactly where one of them does, so the earliest start
    among theirs is the cue's (and, every match ending at ``endpos``, so is the matched text).

    >>> rx = _compile_cue({"kind": "interview", "where": "before", "phrase": "joined by|we talk to"}, "cue")[3]
    >>> t = "Today we talk to the man joined by Anna Berg"
    >>> search_before(rx, t, 0, 35).group() == rx.search(t, 0, 35).group() == "we talk to the man joined by "
    True
    """
    whole, always, by_literal = _before_plan(rx.pattern, rx.flags)
    if by_literal is None:
        return whole.search(t, pos, endpos)
    if folded is None:
        folded = fold(t[pos:endpos])
    tried = set(always)
    for lit, rxs in by_literal:
        if lit in folded:
            tried.update(rxs)
    best: re.Match[str] | None = None
    for brx in tried:
        m = brx.search(t, pos, endpos)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


@lru_cache(maxsize=1)
def _builtin_data() -> dict[str, Any]:
    return json.loads((_DATA / "speaker_cues.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _builtin_cues() -> SpeakerCues:
    return load_speaker_cues(None)


def load_speaker_cues(source: Any = None) -> SpeakerCues:
    """The built-in speaker cues of ``polisent/data/speaker_cues.json``, extended by ``source``: a
    path to JSON, a dict with ``"cues"`` (and ``"replace": true`` to drop the built-ins) or a list
    of cue dicts (``kind``, ``where``, ``weight``, ``phrase``, optional ``keywords`` and ``texts``: ``"conversation"``
    for a cue that counts only in a text with questions or turns, where "X said in an interview" introduces a guest
    rather than a news report's source).

    >>> c = load_speaker_cues([{"kind": "interview", "where": "before", "weight": 3, "phrase": "in studio with"}])
    >>> len(c.cues) == len(load_speaker_cues().cues) + 1
    True
    """
    data = _builtin_data()
    base = list(data["cues"])
    if source is not None:
        from polisent.segment._lexicon import _entries

        extra, replace = _entries(source, "cues", "speaker cues")
        base = list(extra) if replace else base + list(extra)
    cues = tuple(_compile_cue(c, f"speaker cue {i}") for i, c in enumerate(base))
    talk_only = tuple(isinstance(c, dict) and c.get("texts") == "conversation" for c in base)
    return SpeakerCues(cues, float(data["mention_weight"]), int(data["max_mentions"]), float(data["min_score"]), talk_only)
