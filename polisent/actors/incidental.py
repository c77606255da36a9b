"""A learned pass for incidental mentions: names a claim carries without being about that actor.

Careful readers do not pair every name a sentence holds with the sentence: a place ("she travelled
to Egypt"), a name inside another name ("an analyst at the European Council on Foreign Relations"),
a person's nationality ("a Slovakian writer"), a compound ("Obama-era officials"). On the
commentary dev sets about one (claim, actor) pair in five that the rules linked had no gold pair,
and most of those came from such mentions. This pass scores every named mention inside a claim
(name, alias, metonym, adjective, surname, title, entity) with one logistic model over generic
features: the mention's kind and link, the actor's type, how often the document and the claim name
the actor, how many actors the claim has and where the mention sits in it, the neighbouring words
(a vocabulary of common words), and capitalisation, hyphen and bracket shapes. A mention under the
threshold stays in the output with ``link="incidental"`` (its probability as confidence) and no
longer makes a (claim, actor) pair to score; the actor keeps it in its mention counts. Pronouns and
descriptions are the pronoun pass's (:mod:`polisent.actors.pronouns`).

The weights are data (``polisent/data/mention_model.json``, written by
``scripts/fit_mention_model.py`` from the commentary corpora's pairs) and are applied as a dot
product in pure Python.

>>> from polisent.actors.incidental import mention_features
>>> from polisent.protocols import DocumentStructure
>>> from polisent.records import Claim, Mention, MentionKind, ActorType
>>> text = "She travelled to Egypt."
>>> m = Mention(17, 22, "Egypt", MentionKind.NAME, "egypt", "Egypt", ActorType.STATE, 0)
>>> f = mention_features(text, DocumentStructure((), (Claim(0, 0, 23, text, 0, 0),)), (m,))[0]
>>> f["w-1=to"], f["k=name|t=state"], f["claim_alone"]
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from polisent.actors._linear import load_linear, logistic
from polisent.errors import ConfigError
from polisent.protocols import DocumentStructure
from polisent.records import Mention, MentionKind

__all__ = ["MentionModel", "apply_mention_model", "load_mention_model", "mention_features"]

_DATA = Path(__file__).resolve().parents[1] / "data" / "mention_model.json"
#: the kinds this pass decides (pronouns and descriptions are the pronoun pass's)
SCORED_KINDS = frozenset({MentionKind.NAME, MentionKind.ALIAS, MentionKind.METONYM, MentionKind.ADJECTIVE,
                          MentionKind.SURNAME, MentionKind.TITLE, MentionKind.ENTITY})
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?", re.UNICODE)
_NEXT = re.compile(r"[ \t]+([^\W_][\w'\u2019-]*)")
_PREV = re.compile(r"([^\W_][\w'\u2019.-]*)[ \t]+\Z")
WINDOW = 2  #: words on each side whose vocabulary features the model sees
_SHAPES = frozenset({"cap_after", "cap_before", "hyphen_after", "hyphen_before", "possessive", "doc_once", "claim_alone",
                     "claim_first", "in_quotes", "in_brackets"})
HEAD_CHARS = 300  #: the document's head (title, standfirst): an actor named there is what the piece is about


@dataclass(frozen=True, slots=True)
class MentionModel:
    """Weights of the learned incidental-mention pass and its threshold."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    version: str = "mention-v1"

    def prob(self, feats: Mapping[str, float]) -> float:
        """Probability that careful readers pair the mention's actor with its claim."""
        return logistic(self.weights, self.bias, feats)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MentionModel:
        try:
            return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]),
                       str(data.get("version", "mention-v1")))
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"not a mention model: {exc}") from exc


def load_mention_model(model: MentionModel | str | Path | bool | None = True) -> MentionModel | None:
    """The shipped model (``True``; none when it is not installed), none (``False``/``None``), a
    model, or one read from a JSON path.

    >>> load_mention_model(False) is None
    True
    """
    return load_linear(model, MentionModel, _DATA, "mention model")


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


def mention_features(text: str, structure: DocumentStructure, mentions: Sequence[Mention]) -> dict[int, dict[str, float]]:
    """Features of every mention the pass decides (by index into ``mentions``): linked, of a
    :data:`SCORED_KINDS` kind, inside a claim that is not a question."""
    claims = {c.index: c for c in structure.claims}
    doc_n: Counter[str] = Counter(m.actor_id for m in mentions if m.actor_id is not None)
    head = {m.actor_id for m in mentions if m.actor_id is not None and m.start < HEAD_CHARS}
    top = max(doc_n.values()) if doc_n else 0
    by_claim: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.actor_id is not None and m.claim_index in claims:
            by_claim.setdefault(m.claim_index, []).append(i)
    out: dict[int, dict[str, float]] = {}
    for ci, idx in by_claim.items():
        claim = claims[ci]
        if claim.is_question:
            continue
        actors = Counter(mentions[i].actor_id for i in idx)
        first = idx[0]
        n_words = max(1, len(_WORD.findall(claim.text)))
        for i in idx:
            m = mentions[i]
            if m.kind not in SCORED_KINDS:
                continue
            a = m.actor_id
            kind, atype = m.kind.value, (m.actor_type.value if m.actor_type is not None else "none")
            f: dict[str, float] = {f"k={kind}": 1.0, f"l={m.link}": 1.0, f"t={atype}": 1.0, f"k={kind}|t={atype}": 1.0,
                                   f"r={claim.role.value}": 1.0}
            n = doc_n[a]  # type: ignore[index]
            f["doc_n"] = math.log1p(n) / 3
            if n == 1:
                f["doc_once"] = 1.0
            if n == top:
                f["doc_top"] = 1.0
            if a in head:
                f["doc_head"] = 1.0
            f["claim_n"] = math.log1p(actors[a]) / 2
            f["claim_actors"] = math.log1p(len(actors)) / 2
            if len(actors) == 1:
                f["claim_alone"] = 1.0
            if i == first:
                f["claim_first"] = 1.0
            f["claim_pos"] = (m.start - claim.start) / max(1, claim.end - claim.start)
            f["claim_words"] = math.log(n_words) / 4
            before = text[max(claim.start, m.start - 80):m.start]
            after = text[m.end:min(claim.end, m.end + 80)]
            left, right = _words(before)[-WINDOW:], _words(after)[:WINDOW]
            for k, w in enumerate(reversed(left), 1):
                f[f"w-{k}={w}"] = 1.0
            for k, w in enumerate(right, 1):
                f[f"w+{k}={w}"] = 1.0
            if not left:
                f["w-1=^"] = 1.0
            if not right:
                f["w+1=$"] = 1.0
            if re.match(r"[-\u2013][^\W_]", after):
                f["hyphen_after"] = 1.0
            if re.search(r"[^\W_][-\u2013]\Z", before):
                f["hyphen_before"] = 1.0
            if after[:2] in ("'s", "\u2019s"):
                f["possessive"] = 1.0
            nxt = _NEXT.match(after)
            if nxt and nxt.group(1)[0].isupper():
                f["cap_after"] = 1.0
            prv = _PREV.search(before)
            if prv and prv.group(1)[0].isupper():
                pre = before[:prv.start()].rstrip()
                if pre and pre[-1] not in ".!?:;\"\u201c\u2014\n":
                    f["cap_before"] = 1.0
            if before.count("(") > before.count(")"):
                f["in_brackets"] = 1.0
            if (before.count("\u201c") > before.count("\u201d")) or before.count('"') % 2 == 1:
                f["in_quotes"] = 1.0
            # the same signals per kind ("Russian troops" against "a Russian writer"), and the actor's own prior
            for key in [key for key in f if key.startswith(("w-1=", "w+1=")) or key in _SHAPES]:
                f[f"k={kind}|{key}"] = 1.0
            if not a.startswith("local:"):  # type: ignore[union-attr]
                f[f"a={a}"] = 1.0  # a document-local actor is one document's: no prior to learn
            out[i] = f
    return out


def apply_mention_model(text: str, structure: DocumentStructure, mentions: tuple[Mention, ...],
                        model: MentionModel) -> tuple[Mention, ...]:
    """``mentions`` with those under the model's threshold marked ``link="incidental"`` (confidence
    their probability); the others unchanged."""
    feats = mention_features(text, structure, mentions)
    if not feats:
        return mentions
    out = list(mentions)
    for i, f in feats.items():
        p = model.prob(f)
        if p < model.threshold:
            out[i] = replace(mentions[i], link="incidental", confidence=round(p, 4))
        elif mentions[i].kind is MentionKind.METONYM and _SEAT.search(text, max(0, mentions[i].start - 60), mentions[i].start):
            # a capital after an institution's or a person's name and "in" is where they sit or meet, not the state
            # ("the Institute for Global Dialogue in Pretoria", "the UN Office in Nairobi", "NATO Summit in Brussels")
            out[i] = replace(mentions[i], link="incidental", confidence=round(p, 4))
    return tuple(out)


#: two capitalised words (an institution's, an event's or a person's name) and "in"/"at" right before a place
_SEAT = re.compile(r"(?<![.!?][ \t])\b[A-Z][\w.&'+\u2019-]*[ \t]+(?!Embassy\b|Consulate\b)[A-Z][\w.&'+\u2019-]*[ \t]+(?:in|at)[ \t]+\Z")
