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

from polisent.segment._prefilter import required_literals

__all__ = ["Cue", "SpeakerCues", "cue_literals", "load_speaker_cues"]

_DATA = Path(__file__).resolve().parent.parent / "data"
#: "Jagannath P Panda, research fellow at X," / "-- research fellow at X --"
#: what may stand between a name and its cue: ", a former envoy,", " -- a former envoy --", " (Italy)" (not a
#: photo caption's "(left)")
_APPOSITION = r",[^,.;:\r\n]{1,100}?,|[ \t]+(?:--|\u2014|\u2013)[^.;:\r\n]{1,200}?(?:--|\u2014|\u2013)|[ \t]+\((?!(?i:left|right|cent(?:re|er)|pictured|above|below|top|bottom|front|back|file|photo)\b)[^()\r\n]{1,40}\)"


Cue = tuple[str, str, float, "re.Pattern[str]", tuple[str, ...]]


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
    # "ambassador to Egypt, Frank Wiesner": a job's place in capitals may stand between cue and name
    # ("prominent Emirati academic Dr. X": a nationality in capitals may stand among the lower-case words)
    lower_words = (r"(?:(?:the|a|an)[ \t]+)?(?:(?:[a-z][\w'\u2019-]*|[A-Z][a-z]+(?:i|an|ese|ish)),?[ \t]+){0,4}?"
                   r"(?:(?:to|of|at|in|for)[ \t]+(?:the[ \t]+)?[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2},[ \t]+)?")
    if kind == "self":  # "This is Jane Doe", "I'm your host Jane Doe"; not "This is an example of how Mr X ..."
        lower_words = r"(?:(?:the|a|an|your|our)[ \t]+)?(?:[a-z][\w'\u2019-]*,?[ \t]+){0,2}?"
    try:
        if where == "before":
            rx = re.compile(rf"\b(?i:{phrase})[ \t,:]+{lower_words}\Z")
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


@lru_cache(maxsize=512)
def cue_literals(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of a cue's regex holds, to test in folded text before a
    search (:func:`polisent.segment._prefilter.required_literals`), or None.

    >>> cue_literals(_compile_cue({"kind": "interview", "where": "before", "phrase": "we can talk to"}, "cue")[3])
    ('we can talk to',)
    """
    return required_literals(rx.pattern, rx.flags, folded=True)


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
