"""Typed, immutable results.

Every span carries ``start``/``end`` (end exclusive) into the text the user gave, and
``text[start:end] == span.text`` holds for segments, claims, cues and mentions.

>>> s = SentimentScore(negative=0.7, neutral=0.2, positive=0.1)
>>> s.label, round(s.value, 2)
(<Sentiment.NEGATIVE: 'negative'>, -0.6)
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "ActorSummary",
    "ActorType",
    "Assessment",
    "Claim",
    "Cue",
    "CueKind",
    "DocumentAnalysis",
    "Mention",
    "MentionKind",
    "Provenance",
    "Segment",
    "SegmentKind",
    "Sentiment",
    "SentimentScore",
    "Speaker",
    "SpeakerRole",
    "Stance",
    "StanceScore",
]


class Sentiment(enum.StrEnum):
    """How a claim portrays an actor."""

    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    POSITIVE = "positive"


class Stance(enum.StrEnum):
    """Whether the speaker approves of an actor."""

    AGAINST = "against"
    NONE = "none"
    FAVOR = "favor"


class SegmentKind(enum.StrEnum):
    """Kind of a structural segment of a document."""

    QUESTION = "question"  #: interviewer's question
    ANSWER = "answer"  #: the interviewee's (or op-ed author's) own text: source of claims
    HEADING = "heading"  #: title or section heading that is not a question
    CLUTTER = "clutter"  #: boilerplate left out of analysis; ``reason`` says why
    INTRO = "intro"  #: the editor's standfirst or introduction: claims of role ``editor``, no speaker's view


class SpeakerRole(enum.StrEnum):
    """Role of whoever speaks a segment or claim."""

    INTERVIEWER = "interviewer"
    INTERVIEWEE = "interviewee"
    AUTHOR = "author"
    EDITOR = "editor"  #: the page's editor: a standfirst, a dek, a round-up's introduction
    UNKNOWN = "unknown"


class CueKind(enum.StrEnum):
    """Kind of a linguistic cue found inside a claim."""

    HEDGE = "hedge"  #: "may", "likely", "my bet is", "a big if"
    CONDITION = "condition"  #: "if X invades", "unless", "should X happen"
    NEGATION = "negation"  #: negation of the main predicate
    REPORTED = "reported"  #: a view that is not the speaker's own: quotes, "X said that ..."


class ActorType(enum.StrEnum):
    """Type of a canonical actor."""

    PERSON = "person"
    STATE = "state"
    ORGANISATION = "organisation"
    BLOC = "bloc"
    PARTY = "party"
    OTHER = "other"


class MentionKind(enum.StrEnum):
    """How a mention names its actor."""

    NAME = "name"  #: full name or official name ("Joe Biden", "Russia", "NATO")
    ALIAS = "alias"  #: another registered name ("the Western alliance", "Uncle Sam")
    METONYM = "metonym"  #: capital or seat of government for the government ("Moscow", "the Kremlin")
    ADJECTIVE = "adjective"  #: demonym or adjective ("Russian", "Western")
    SURNAME = "surname"  #: surname only, linked to a full name introduced earlier
    TITLE = "title"  #: office only ("the president"), linked to the office holder in context
    PRONOUN = "pronoun"  #: he/she/his/her/it/its, they/their, we/our, linked by coreference
    DESCRIPTION = "description"  #: a definite description ("the country", "the regime"), linked by coreference
    ENTITY = "entity"  #: found by an NER backend, not in the registry


@dataclass(frozen=True, slots=True)
class Speaker:
    """A named participant of the document."""

    name: str | None
    role: SpeakerRole


@dataclass(frozen=True, slots=True)
class Segment:
    """A structural block of the document: question, answer, heading or clutter."""

    start: int
    end: int
    text: str
    kind: SegmentKind
    speaker: str | None = None
    role: SpeakerRole = SpeakerRole.UNKNOWN
    reason: str | None = None  #: why a clutter segment was left out (rule name)


@dataclass(frozen=True, slots=True)
class Cue:
    """A hedge, condition, negation or reported-view cue, with its offsets."""

    start: int
    end: int
    text: str
    kind: CueKind
    cue: str  #: lexicon entry that matched, e.g. "my bet is"
    weight: float = 0.0  #: how much this cue lowers certainty, in [0, 1]


def _blanked(text: str) -> str:
    """A claim that runs across subtitle cues, its cue timings and voice tags blanked (same length)."""
    if "-->" not in text and "<v" not in text:
        return text
    from polisent.segment._markup import scoring_text

    return scoring_text(text)


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence or clause; questions are claims with ``is_question=True``."""

    index: int
    start: int
    end: int
    text: str
    segment_index: int
    sentence_index: int  #: clauses split from one sentence share this
    speaker: str | None = None
    role: SpeakerRole = SpeakerRole.UNKNOWN
    is_question: bool = False
    cues: tuple[Cue, ...] = ()
    certainty: float = 1.0  #: 1 = stated flatly; lower with hedges and conditions

    @property
    def plain_text(self) -> str:
        """The claim as a reader sees it: markup inside its span (subtitle cue timings and voice
        tags, HTML tags, Markdown emphasis) dropped and whitespace collapsed. ``text`` stays the
        exact slice ``[start, end)`` of the document.

        >>> Claim(0, 0, 41, "it is a\\n00:00:04.500 --> 00:00:07.000\\nviolation", 0, 0).plain_text
        'it is a violation'
        """
        from polisent.segment._markup import scoring_text

        return " ".join(scoring_text(self.text).split())

    @property
    def hedges(self) -> tuple[Cue, ...]:
        return tuple(c for c in self.cues if c.kind is CueKind.HEDGE)

    @property
    def conditions(self) -> tuple[Cue, ...]:
        return tuple(c for c in self.cues if c.kind is CueKind.CONDITION)

    @property
    def is_hedged(self) -> bool:
        return any(c.kind is CueKind.HEDGE for c in self.cues)

    @property
    def is_conditional(self) -> bool:
        return any(c.kind is CueKind.CONDITION for c in self.cues)

    @property
    def is_negated(self) -> bool:
        return any(c.kind is CueKind.NEGATION for c in self.cues)

    @property
    def is_reported(self) -> bool:
        """True when the claim carries a view that is not the speaker's own."""
        return any(c.kind is CueKind.REPORTED for c in self.cues)


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an actor, linked to a canonical actor or left unlinked (``actor_id`` None)."""

    start: int
    end: int
    text: str
    kind: MentionKind
    actor_id: str | None
    actor_name: str | None = None
    actor_type: ActorType | None = None
    claim_index: int | None = None
    link: str = "registry"  #: how it was linked: registry, surname, pronoun, title, ner, government, group, speaker, compass, unresolved
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class SentimentScore:
    """Probabilities of how the claim portrays the actor."""

    negative: float
    neutral: float
    positive: float

    @property
    def probabilities(self) -> dict[str, float]:
        return {"negative": self.negative, "neutral": self.neutral, "positive": self.positive}

    @property
    def label(self) -> Sentiment:
        return Sentiment(max(self.probabilities.items(), key=lambda kv: kv[1])[0])

    @property
    def confidence(self) -> float:
        """Probability of the top label (not intensity)."""
        return max(self.negative, self.neutral, self.positive)

    @property
    def value(self) -> float:
        """Signed value in [-1, 1]: P(positive) - P(negative)."""
        return self.positive - self.negative


@dataclass(frozen=True, slots=True)
class StanceScore:
    """Probabilities of the speaker's stance toward the actor."""

    against: float
    none: float
    favor: float

    @property
    def probabilities(self) -> dict[str, float]:
        return {"against": self.against, "none": self.none, "favor": self.favor}

    @property
    def label(self) -> Stance:
        return Stance(max(self.probabilities.items(), key=lambda kv: kv[1])[0])

    @property
    def confidence(self) -> float:
        return max(self.against, self.none, self.favor)

    @property
    def value(self) -> float:
        """Signed value in [-1, 1]: P(favor) - P(against)."""
        return self.favor - self.against


@dataclass(frozen=True, slots=True)
class Assessment:
    """Scores of one (claim, actor) pair. A score is ``None`` when no model produced it."""

    claim_index: int
    actor_id: str
    actor_name: str
    mention_indices: tuple[int, ...]
    sentiment: SentimentScore | None = None
    stance: StanceScore | None = None
    #: every mention of the actor in the claim lies inside reported content (a quote, the
    #: complement of "X said that ...", a claim marked "reportedly"): the claim conveys someone
    #: else's view of this actor, not the speaker's. In "Moscow claims that NATO provoked the
    #: war" NATO is reported, Moscow is not.
    reported: bool = False

    @property
    def sentiment_value(self) -> float | None:
        return None if self.sentiment is None else self.sentiment.value

    @property
    def stance_value(self) -> float | None:
        return None if self.stance is None else self.stance.value


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """Per-document roll-up for one actor over the speakers' claims (no questions, no interviewer's or editor's lines)."""

    actor_id: str
    name: str
    type: ActorType | None
    n_mentions: int
    n_claims: int  #: claims (questions and the editor's included) that mention the actor
    #: the speakers' claims with scores (no questions, no interviewer's or editor's lines; claims where the
    #: actor is only in reported content included)
    n_scored: int
    sentiment: float | None  #: weighted mean signed sentiment, None when nothing was scored
    stance: float | None  #: weighted mean signed stance, None when nothing was scored


@dataclass(frozen=True, slots=True)
class Provenance:
    """What produced a result."""

    polisent_version: str
    models: tuple[tuple[str, str], ...] = ()  #: (stage, model name) pairs

    def as_dict(self) -> dict[str, Any]:
        return {"polisent_version": self.polisent_version, "models": dict(self.models)}


RecordKind = Literal["claims", "mentions", "assessments", "actors", "segments"]


@dataclass(frozen=True, slots=True)
class DocumentAnalysis:
    """Everything polisent found in one document."""

    text: str
    segments: tuple[Segment, ...]
    claims: tuple[Claim, ...]
    mentions: tuple[Mention, ...]
    assessments: tuple[Assessment, ...]
    actors: tuple[ActorSummary, ...]
    speakers: tuple[Speaker, ...]
    provenance: Provenance
    id: str | None = None
    meta: tuple[tuple[str, Any], ...] = field(default=())  #: user metadata (date, outlet, ...)
    error: str | None = None  #: set (and everything else empty) when the document could not be analysed

    @property
    def scored(self) -> bool:
        """True when a model produced scores for this document's assessments."""
        return any(a.sentiment is not None or a.stance is not None for a in self.assessments)

    def actor(self, actor_id: str) -> ActorSummary | None:
        """Return the summary of ``actor_id`` in this document, or None."""
        return next((a for a in self.actors if a.actor_id == actor_id), None)

    def _repr_html_(self) -> str:
        """Jupyter display: the text with claims, speakers and actor mentions marked, and the per-actor table.

        The same rendering as the HTML report (:func:`polisent.report.document_html`), escaped.
        """
        from polisent.report.document import document_html

        return document_html(self)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (enums become strings).

        >>> import json; json.dumps(DocumentAnalysis("", (), (), (), (), (), (), Provenance("0")).to_dict())[:12]
        '{"id": null,'
        """
        def conv(obj: Any) -> Any:
            if isinstance(obj, enum.Enum):
                return obj.value
            if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
                out = {f.name: conv(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
                if isinstance(obj, (SentimentScore, StanceScore)):
                    out["label"] = obj.label.value
                    out["value"] = obj.value
                return out
            if isinstance(obj, (list, tuple)):
                return [conv(x) for x in obj]
            if isinstance(obj, Mapping):
                return {str(k): conv(v) for k, v in obj.items()}
            return obj

        return {
            "id": self.id,
            "error": self.error,
            "meta": {k: conv(v) for k, v in self.meta},
            "provenance": self.provenance.as_dict(),
            "speakers": conv(self.speakers),
            "segments": conv(self.segments),
            # (text is the exact slice of the document; plain_text drops subtitle cue timings, voice tags and markup)
            "claims": [conv(c) | {"certainty": c.certainty, "plain_text": c.plain_text} for c in self.claims],
            "mentions": conv(self.mentions),
            "assessments": conv(self.assessments),
            "actors": conv(self.actors),
            "text": self.text,
        }

    def to_records(self, kind: RecordKind = "assessments") -> list[dict[str, Any]]:
        """Flat rows for pandas: ``pd.DataFrame(analysis.to_records("assessments"))``."""
        return list(_records(self, kind))


def _records(doc: DocumentAnalysis, kind: str) -> Iterator[dict[str, Any]]:
    base: dict[str, Any] = {"doc_id": doc.id, **{k: v for k, v in doc.meta}}
    if kind == "claims":
        for c in doc.claims:
            yield base | {
                "claim_index": c.index, "start": c.start, "end": c.end, "text": c.text, "plain_text": c.plain_text,
                "speaker": c.speaker, "role": c.role.value, "is_question": c.is_question,
                "sentence_index": c.sentence_index, "certainty": c.certainty,
                "hedged": c.is_hedged, "conditional": c.is_conditional, "negated": c.is_negated,
                "reported": c.is_reported, "cues": "; ".join(f"{q.kind.value}:{q.text}" for q in c.cues),
            }
    elif kind == "mentions":
        for i, m in enumerate(doc.mentions):
            yield base | {
                "mention_index": i, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind.value,
                "actor_id": m.actor_id, "actor_name": m.actor_name,
                "actor_type": None if m.actor_type is None else m.actor_type.value,
                "claim_index": m.claim_index, "link": m.link, "confidence": m.confidence,
            }
    elif kind == "assessments":
        models = dict(doc.provenance.models)
        for a in doc.assessments:
            c = doc.claims[a.claim_index]
            row = base | {
                # markup inside the claim blanked, same length: mention offsets into it still hold
                "claim_index": a.claim_index, "claim": _blanked(c.text), "speaker": c.speaker, "role": c.role.value,
                "is_question": c.is_question, "reported": a.reported, "certainty": c.certainty,
                "actor_id": a.actor_id, "actor_name": a.actor_name, "n_mentions": len(a.mention_indices),
            }
            for name, score, labels in (
                ("sentiment", a.sentiment, ("negative", "neutral", "positive")),
                ("stance", a.stance, ("against", "none", "favor")),
            ):
                row[f"{name}_label"] = None if score is None else score.label.value
                row[f"{name}_value"] = None if score is None else score.value
                for lab in labels:
                    row[f"p_{name}_{lab}"] = None if score is None else getattr(score, lab)
            row["sentiment_model"] = models.get("sentiment")
            row["stance_model"] = models.get("stance")
            row["polisent_version"] = doc.provenance.polisent_version
            yield row
    elif kind == "actors":
        for s in doc.actors:
            yield base | {
                "actor_id": s.actor_id, "name": s.name, "type": None if s.type is None else s.type.value,
                "n_mentions": s.n_mentions, "n_claims": s.n_claims, "n_scored": s.n_scored,
                "sentiment": s.sentiment, "stance": s.stance,
            }
    elif kind == "segments":
        for i, g in enumerate(doc.segments):
            yield base | {
                "segment_index": i, "start": g.start, "end": g.end, "kind": g.kind.value,
                "speaker": g.speaker, "role": g.role.value, "reason": g.reason, "text": g.text,
            }
    else:
        from polisent.errors import ConfigError

        raise ConfigError(
            f"Unknown record kind {kind!r}. Available: 'actors', 'assessments', 'claims', 'mentions', 'segments'."
        )
