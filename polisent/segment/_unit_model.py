"""A learned second pass over the rule segmenter's claims: clutter or content, question or not.

The rules decide first; then small linear heads re-decide each claim from generic features
(length, final punctuation, capitalisation, digits, dates and links, function-word share, the
segment's and the neighbours' kinds and shapes, the rules' own decision and role, a speaker
label, and a vocabulary of at most a few hundred content words). The weights are data
(``polisent/data/unit_model.json``, written by ``scripts/fit_unit_model.py`` from the commentary
corpus's train split, thresholds chosen on dev) and are applied as a dot product in pure
Python: no scikit-learn at analysis time.

- ``clutter``: a segment whose claims all reach ``threshold`` becomes one ``CLUTTER`` segment
  with reason ``unit_model``; a single claim out of a segment whose other claims stay goes only
  at ``threshold_partial``, its span cut out as its own clutter segment (the rest keeps its
  kind). The rules' questions are left to the question head.
- ``question`` (absent from the shipped model: it did not beat the rules): re-decides
  ``is_question``; a new question gets the interviewer's role (and name when the document has
  one named interviewer); a rejected question in an interviewer's segment is set-up, neither
  question nor claim, and in an answer it stays a claim of the answer's speaker.
- ``gate``: a segment-level head that lets only likely segments through to the claim-level
  clutter head, so prose costs little (used when the question head is off).

>>> from polisent.segment import RuleSegmenter
>>> RuleSegmenter(unit_model=False).unit_model is None
True
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from polisent.errors import ConfigError
from polisent.protocols import DocumentStructure
from polisent.records import Claim, Segment, SegmentKind, SpeakerRole

__all__ = ["UnitModel", "apply_unit_model", "claim_features", "load_unit_model", "read_model_source"]

_DATA = Path(__file__).resolve().parents[1] / "data"
_TOKEN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_URL = re.compile(r"\w\.(?:com|org|net|ly|gov|io)\b", re.IGNORECASE)
_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b(?:19|20)\d\d\b"
                   r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}\b", re.IGNORECASE)
_FUNCTION = frozenset(
    ["the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "at", "for", "with", "from", "by", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "not", "no", "we", "i", "you", "he", "she", "they", "them", "our", "your", "their", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "there", "here", "what", "which", "who", "how", "why", "when", "if", "than", "then", "so"])
_FIRST_PERSON = frozenset({"i", "we", "my", "our"})
_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")  #: what str.splitlines() splits on
_ROLE_KEY = {r: f"role_{r.value}" for r in SpeakerRole}
# the editor's introduction was a heading when the weights were fitted: it keeps the heading's features
_SEG_KEY = {k: f"seg_{(SegmentKind.HEADING if k is SegmentKind.INTRO else k).value}" for k in SegmentKind}
_PREV_KEY = {k: f"prev_{(SegmentKind.HEADING if k is SegmentKind.INTRO else k).value}" for k in SegmentKind}
_NEXT_KEY = {k: f"next_{(SegmentKind.HEADING if k is SegmentKind.INTRO else k).value}" for k in SegmentKind}


_DIGIT = re.compile(r"\d")
_SEPARATOR = re.compile("[|\u00bb\u2022\u203a>\u00b7]")
_UPPER = re.compile("[A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f]")
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
_UPPER_START = re.compile("(?<!\\S)[\"'\u201c\u2018(*]?[A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f]")


def _segment_features(text: str, segs: Sequence[Segment], si: int, claim_ids: list[int], claims: Sequence[Claim],
                      content_next: dict[int, Segment | None]) -> dict[str, float]:
    seg = segs[si]
    n_words = seg.text.count(" ") + 1
    f: dict[str, float] = {"seg_log_words": math.log1p(n_words) / 4,
                           "seg_log_claims": math.log1p(len(claim_ids)) / 2, _SEG_KEY[seg.kind]: 1.0}
    head = seg.text[:300]  # capitalisation from the segment's start: enough, and cheap on long prose
    n_head = len(head.split())
    if n_head:
        f["seg_cap_share"] = min(1.0, len(_UPPER_START.findall(head)) / n_head)
    if seg.text.rstrip("\"'\u201d\u2019)] ")[-1:] in (".", "!", "?", "\u2026"):
        f["seg_ends_stop"] = 1.0
    c = claims[claim_ids[0]]  # a segment's claims share its speaker and role
    f[_ROLE_KEY[c.role]] = 1.0
    if c.speaker is not None:
        f["speaker_known"] = 1.0
    f[_PREV_KEY[segs[si - 1].kind] if si > 0 else "prev_none"] = 1.0
    f[_NEXT_KEY[segs[si + 1].kind] if si + 1 < len(segs) else "next_none"] = 1.0
    nxt = content_next.get(si)
    if nxt is not None:
        f["next_content_log_words"] = math.log1p(nxt.text.count(" ") + 1) / 4
    return f


def claim_features(text: str, st: DocumentStructure, vocabulary: frozenset[str] = frozenset()) -> list[dict[str, float]]:
    """One sparse feature dict per claim of ``st`` (names as in the model file; zeros left out).

    ``vocabulary``: the words that are features of their own (``w:word`` anywhere in the claim,
    ``^:word`` as its first word).

    >>> from polisent.segment import RuleSegmenter
    >>> text = "Q: Will the truce hold?\\n\\nA: It may, if both sides want it."
    >>> f = claim_features(text, RuleSegmenter(unit_model=False).segment(text), frozenset({"hold"}))
    >>> f[0]["ends_q"], "ends_q" in f[1], f[0]["w:hold"]
    (1.0, False, 1.0)
    """
    bases, parts = _feature_parts(text, st, vocabulary)
    return [bases[c.segment_index] | (p or {}) for c, p in zip(st.claims, parts)]


def segment_features(text: str, st: DocumentStructure) -> dict[int, dict[str, float]]:
    """The features of every segment that holds claims (segment index -> features): the gate's input."""
    return _feature_parts(text, st, frozenset(), only=set())[0]


def _shape(text: str, c: Claim) -> tuple[float, float, float, float]:
    """A claim's length, final stop, capitalisation and whether it fills its line (its neighbours' view)."""
    ct = c.text
    words = ct.split()
    end = ct.rstrip("\"'\u201d\u2019)] ")[-1:]
    stop = 1.0 if end in (".", "!", "?", "\u2026") else 0.0
    cap = len(_UPPER.findall("".join([w[:1] for w in words]))) / len(words) if words else 0.0
    i, j, n = c.start, c.end, len(text)
    while i > 0 and text[i - 1] in " \t*#>-":
        i -= 1
    while j < n and text[j] in " \t*":
        j += 1
    line = 1.0 if (i == 0 or text[i - 1] in _BREAKS) and (j == n or text[j] in _BREAKS) else 0.0
    return math.log1p(ct.count(" ") + 1) / 3, stop, cap, line


_NEIGHBOUR = (("prev_log_words", "prev_ends_stop", "prev_cap_share", "prev_whole_line"),
              ("next_log_words", "next_ends_stop", "next_cap_share", "next_whole_line"))


def _feature_parts(text: str, st: DocumentStructure, vocabulary: frozenset[str], only: set[int] | None = None,
                   gate: _Linear | None = None) -> tuple[dict[int, dict[str, float]], list[dict[str, float] | None]]:
    """The features shared by a segment's claims (per segment index) and each claim's own; with
    ``only`` (segment indices) or a ``gate`` (a segment-level head), claim features only for the
    claims of those segments (None for the others)."""
    segs, claims = st.segments, st.claims
    max(1, len(text))
    content = [i for i, s in enumerate(segs) if s.kind is not SegmentKind.CLUTTER]
    content_next = {a: segs[b] for a, b in itertools.pairwise(content)}
    seg_claims: dict[int, list[int]] = {}
    for ci, c in enumerate(claims):
        seg_claims.setdefault(c.segment_index, []).append(ci)
    n_q = sum(1 for s in segs if s.kind is SegmentKind.QUESTION)
    doc = {"doc_q_share": n_q / max(1, len(content))}
    if any(c.role is SpeakerRole.INTERVIEWER for c in claims):
        doc["doc_has_host"] = 1.0
    seg_f = {si: doc | _segment_features(text, segs, si, cis, claims, content_next) for si, cis in seg_claims.items()}
    if gate is not None:
        only = {si for si, f in seg_f.items() if gate.prob(f) >= gate.threshold}
    out: list[dict[str, float] | None] = [None] * len(claims)
    shapes: dict[int, tuple[float, float, float, float]] = {}
    for ci, c in enumerate(claims):
        si = c.segment_index
        if only is not None and si not in only:
            continue
        f: dict[str, float] = {}
        ct = c.text
        nw = ct.count(" ") + 1
        mine = seg_claims[si]
        if nw <= 3:
            f["short"] = 1.0
        if mine[0] == ci:
            f["first_in_seg"] = 1.0
            if ":" in text[segs[si].start:c.start]:
                f["label"] = 1.0
        if mine[-1] == ci:
            f["last_in_seg"] = 1.0
        end = ct.rstrip("\"'\u201d\u2019)] ")[-1:] or " "
        if end == "?":
            f["ends_q"] = 1.0
        elif end in ".!\u2026":
            f["ends_stop"] = 1.0
        elif end == ":":
            f["ends_colon"] = 1.0
        elif end.isalnum():
            f["ends_none"] = 1.0
        shape = shapes.get(ci) or _shape(text, c)
        shapes[ci] = shape
        f["log_words"] = shape[0]
        if shape[2]:
            f["cap_share"] = shape[2]
        if shape[3]:
            f["whole_line"] = 1.0
        upper_words = len(_CAPS_WORD.findall(ct))
        if upper_words:
            f["caps_share"] = min(1.0, upper_words / nw)
        if ct[:1].isupper():
            f["starts_upper"] = 1.0
        if _DIGIT.search(ct):
            f["digit_share"] = len(_DIGIT.findall(ct)) / len(ct)
            if _DATE.search(ct):
                f["date"] = 1.0
        if "://" in ct or "www." in ct or "@" in ct or (("." in ct) and _URL.search(ct)):
            f["url"] = 1.0
        if _SEPARATOR.search(ct):
            f["separators"] = 1.0
        low = _TOKEN.findall(ct.lower())
        if low:
            uniq = set(low)
            n_fn = len(uniq & _FUNCTION)
            if n_fn:
                f["function_share"] = n_fn / len(uniq)
            if "you" in uniq or "your" in uniq:
                f["you"] = 1.0
            if uniq & _FIRST_PERSON:
                f["first_person"] = 1.0
            for w in uniq & vocabulary:
                f["w:" + w] = 1.0
            if low[0] in vocabulary:
                f["^:" + low[0]] = 1.0
        if c.is_question:
            f["rule_q"] = 1.0
        if ci > 0 and claims[ci - 1].is_question:
            f["prev_claim_q"] = 1.0
        if ci + 1 < len(claims) and claims[ci + 1].is_question:
            f["next_claim_q"] = 1.0
        # the neighbours' shape: furniture comes in runs of short, unpunctuated, capitalised lines
        for keys, j in ((_NEIGHBOUR[0], ci - 1), (_NEIGHBOUR[1], ci + 1)):
            if 0 <= j < len(claims):
                sj = shapes.get(j)
                if sj is None:
                    sj = shapes[j] = _shape(text, claims[j])
                for k, v in zip(keys, sj):
                    if v:
                        f[k] = v
        out[ci] = f
    return seg_f, out


@dataclass(frozen=True, slots=True)
class _Linear:
    weights: Mapping[str, float]
    bias: float
    threshold: float

    def dot(self, f: Mapping[str, float]) -> float:
        w = self.weights.get
        z = 0.0
        for k, v in f.items():
            z += v * w(k, 0.0)
        return z

    def prob(self, f: Mapping[str, float], base: float = 0.0) -> float:
        """P(positive) of features ``f``; ``base``: the dot product of features scored apart."""
        z = self.bias + base + self.dot(f)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, slots=True)
class UnitModel:
    """The two linear heads (``clutter``, ``question``) and their thresholds."""

    name: str
    vocabulary: frozenset[str]
    clutter: _Linear | None
    question: _Linear | None
    provenance: Mapping[str, Any]
    #: a segment-level head that lets only likely segments through to the claim-level heads (speed);
    #: used only when the question head is off
    gate: _Linear | None = None
    #: the clutter threshold for one claim out of a segment whose other claims stay
    clutter_partial: float = 1.0
    #: documents with fewer claims are left as the rules made them: furniture belongs to pages, and a
    #: line or two given alone is the user's text
    min_claims: int = 5


def _head(data: Any, where: str) -> _Linear | None:
    if data is None:
        return None
    try:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return _Linear(weights, float(data["bias"]), float(data["threshold"]))
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ConfigError(f"The unit model's {where!r} head needs 'weights' (name -> number), 'bias' and "
                          f"'threshold'. Got an error: {e}") from None


def read_model_source(source: str | Path | Mapping[str, Any], what: str) -> Mapping[str, Any]:
    """A learned pass's weights from a JSON file or a mapping; ``what`` names it in the error.

    >>> read_model_source({"bias": 0.0}, "unit model")
    {'bias': 0.0}
    """
    if isinstance(source, (str, Path)):
        try:
            source = json.loads(Path(source).read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise ConfigError(f"Cannot read the {what} {str(source)!r}: {e}") from None
    if not isinstance(source, Mapping):
        raise ConfigError(f"A {what} is a path or a dict, got {type(source).__name__}.")
    return source


def load_unit_model(source: str | Path | Mapping[str, Any] | None = None) -> UnitModel:
    """The built-in model (``polisent/data/unit_model.json``), or one from a path or dict."""
    if source is None:
        return _builtin_model()
    source = read_model_source(source, "unit model")
    vocab = source.get("vocabulary", [])
    if not isinstance(vocab, list) or not all(isinstance(w, str) for w in vocab):
        raise ConfigError("The unit model's 'vocabulary' must be a list of words.")
    return UnitModel(str(source.get("name", "unit-model")), frozenset(vocab),
                     _head(source.get("clutter"), "clutter"), _head(source.get("question"), "question"),
                     dict(source.get("provenance", {})), _head(source.get("gate"), "gate"),
                     float((source.get("clutter") or {}).get("threshold_partial", 1.0)),
                     int(source.get("min_claims", 5)))


@lru_cache(maxsize=1)
def _builtin_model() -> UnitModel:
    return load_unit_model(_DATA / "unit_model.json")


def apply_unit_model(text: str, st: DocumentStructure, model: UnitModel) -> DocumentStructure:
    """Re-decide clutter and questions for every claim of ``st``; offsets are unchanged.

    A document with fewer than ``model.min_claims`` claims is returned as it is, and the pass
    never removes every claim of a document."""
    if len(st.claims) < max(1, model.min_claims):
        return st
    gate = model.gate if model.question is None else None
    bases, feats = _feature_parts(text, st, model.vocabulary, gate=gate)
    heads = [h for h in (model.clutter, model.question) if h is not None]
    seg_z: dict[int, list[float]] = {}
    interviewers = {c.speaker for c in st.claims if c.role is SpeakerRole.INTERVIEWER}
    host = next(iter(interviewers)) if len(interviewers) == 1 else None
    drop: set[int] = set()
    claims: list[Claim | None] = list(st.claims)
    p_clutter: dict[int, float] = {}
    for ci, (c, f) in enumerate(zip(st.claims, feats)):
        if f is None or (c.is_question and model.question is None):
            continue  # the gate let its segment pass untouched; the rules' questions are the question head's
        z = seg_z.get(c.segment_index)
        if z is None:
            z = seg_z[c.segment_index] = [h.dot(bases[c.segment_index]) for h in heads]
        if model.clutter is not None:
            p_clutter[ci] = model.clutter.prob(f, z[0])
        if model.question is None:
            continue
        q = model.question.prob(f, z[-1]) >= model.question.threshold
        if q and not c.is_question:
            claims[ci] = replace(c, is_question=True, role=SpeakerRole.INTERVIEWER, speaker=host)
        elif not q and c.is_question:
            if st.segments[c.segment_index].kind is SegmentKind.QUESTION:
                claims[ci] = None  # the interviewer's set-up: neither a question nor a claim
            else:
                claims[ci] = replace(c, is_question=False)
    if model.clutter is not None and p_clutter:
        # a whole segment goes at the threshold; one claim out of a segment whose others stay needs more
        by_seg: dict[int, list[int]] = {}
        for ci, c in enumerate(st.claims):
            by_seg.setdefault(c.segment_index, []).append(ci)
        t, t_part = model.clutter.threshold, model.clutter_partial
        for cis in by_seg.values():
            ps = [p_clutter.get(ci, 0.0) for ci in cis]
            whole = all(p >= t for p in ps)
            for ci, p in zip(cis, ps):
                if whole or p >= t_part:
                    drop.add(ci)
                    claims[ci] = None
    if len(drop) == len(st.claims) or (not drop and all(a is b for a, b in zip(claims, st.claims))):
        return st
    return _rebuild(text, st, claims, drop)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _rebuild(text: str, st: DocumentStructure, claims: Sequence[Claim | None], drop: set[int]) -> DocumentStructure:
    """Segments with the dropped claims cut out as clutter, and the claims re-indexed."""
    by_seg: dict[int, list[int]] = {}
    for ci, c in enumerate(st.claims):
        by_seg.setdefault(c.segment_index, []).append(ci)
    segments: list[Segment] = []
    new_index: dict[int, int] = {}  # claim index -> new segment index
    for si, seg in enumerate(st.segments):
        mine = by_seg.get(si, [])
        if not any(ci in drop for ci in mine):
            for ci in mine:
                new_index[ci] = len(segments)
            segments.append(seg)
            continue
        # runs of kept / dropped claims; each run's span runs to the next run's first claim
        runs: list[tuple[bool, list[int]]] = []
        for ci in mine:
            d = ci in drop
            if runs and runs[-1][0] == d:
                runs[-1][1].append(ci)
            else:
                runs.append((d, [ci]))
        for ri, (d, cis) in enumerate(runs):
            s = seg.start if ri == 0 else st.claims[cis[0]].start
            e = st.claims[runs[ri + 1][1][0]].start if ri + 1 < len(runs) else seg.end
            s, e = _trim(text, s, e)
            if e <= s:
                continue
            if d and all(ci in drop for ci in mine):
                segments.append(Segment(seg.start, seg.end, seg.text, SegmentKind.CLUTTER, reason="unit_model"))
                break
            if d:
                segments.append(Segment(s, e, text[s:e], SegmentKind.CLUTTER, reason="unit_model"))
            else:
                for ci in cis:
                    new_index[ci] = len(segments)
                segments.append(Segment(s, e, text[s:e], seg.kind, seg.speaker, seg.role, seg.reason))
    out: list[Claim] = []
    for ci, c in enumerate(claims):
        if c is None:
            continue
        si = new_index[ci]
        if c.index != len(out) or c.segment_index != si:
            c = Claim(len(out), c.start, c.end, c.text, si, c.sentence_index, c.speaker, c.role, c.is_question,
                      c.cues, c.certainty)
        out.append(c)
    # a speaker all of whose segments the model dropped ("Gabrielle Sierra - Supervising Producer", a credit
    # line read as a turn) speaks nowhere: not listed
    before = {s.speaker for s in st.segments if s.speaker}
    after = {s.speaker for s in segments if s.speaker}
    speakers = tuple(sp for sp in st.speakers if sp.name is None or sp.name not in before or sp.name in after)
    return DocumentStructure(tuple(segments), tuple(out), speakers)
