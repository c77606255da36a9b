"""Rebuild :class:`~polisent.records.DocumentAnalysis` objects from the tables of a corpus run.

Lets reports (and users) work from written output without running any model again.

>>> from polisent.corpus import load_analysis  # doctest: +SKIP
>>> doc = load_analysis("out/", "interview-01")  # doctest: +SKIP
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polisent.errors import InputError
from polisent.records import (
    ActorSummary,
    ActorType,
    Assessment,
    Claim,
    Cue,
    CueKind,
    DocumentAnalysis,
    Mention,
    MentionKind,
    Provenance,
    Segment,
    SegmentKind,
    SentimentScore,
    SpeakerRole,
    StanceScore,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["iter_analyses", "load_analysis"]

_DOC_FIXED = {"doc_id", "input_index", "source", "status", "error", "warning", "n_chars", "n_segments", "n_claims", "n_mentions",
              "n_assessments", "n_actors", "scored", "chunk", "text", "date_raw"}


def _v(x: Any) -> Any:
    """pandas missing values (NaN, NA) become None; numpy scalars become Python scalars."""
    if x is None:
        return None
    try:
        if x != x:  # NaN
            return None
    except (TypeError, ValueError):  # pd.NA
        return None
    if hasattr(x, "item"):
        return x.item()
    return x


def _groups(df: pd.DataFrame | None) -> dict[str, list[dict[str, Any]]]:
    if df is None or df.empty or "doc_id" not in df.columns:
        return {}
    out: dict[str, list[dict[str, Any]]] = {}
    for row in df.to_dict(orient="records"):
        out.setdefault(str(row["doc_id"]), []).append({k: _v(v) for k, v in row.items()})
    return out


def iter_analyses(data: Any, *, doc_ids: list[str] | None = None) -> Iterator[DocumentAnalysis]:
    """Yield a DocumentAnalysis per document of a run (errors included, with ``error`` set).

    Args:
        data: an output directory or the dict from :func:`polisent.corpus.load_tables`.
        doc_ids: only these documents, in this order.
    """
    if isinstance(data, (str, Path)):
        from polisent.corpus.runner import load_tables
        from polisent.corpus.store import read_manifest

        manifest = read_manifest(Path(data)) or {}
        tables: Mapping[str, pd.DataFrame] = load_tables(data)
    else:
        tables, manifest = data, {}
    docs = tables.get("documents")
    if docs is None or docs.empty:
        return
    by = {name: _groups(tables.get(name)) for name in ("segments", "claims", "mentions", "assessments", "actors")}
    rows = {str(r["doc_id"]): {k: _v(v) for k, v in r.items()} for r in docs.to_dict(orient="records")}
    wanted = list(rows) if doc_ids is None else doc_ids
    for doc_id in wanted:
        if doc_id not in rows:
            raise InputError(f"No document {doc_id!r} in this run. Known ids start with: {', '.join(list(rows)[:5])}.")
        yield _build(rows[doc_id], {k: v.get(doc_id, []) for k, v in by.items()}, manifest)


def load_analysis(data: Any, doc_id: str) -> DocumentAnalysis:
    """The DocumentAnalysis of one document of a run (see :func:`iter_analyses`)."""
    return next(iter_analyses(data, doc_ids=[doc_id]))


def _build(doc: dict[str, Any], parts: dict[str, list[dict[str, Any]]], manifest: Mapping[str, Any]) -> DocumentAnalysis:
    text = doc.get("text") or ""
    meta = tuple((k, v) for k, v in doc.items() if k not in _DOC_FIXED and v is not None)
    segments = tuple(
        Segment(int(r["start"]), int(r["end"]), text[int(r["start"]):int(r["end"])], SegmentKind(r["kind"]), r.get("speaker"),
                SpeakerRole(r.get("role") or "unknown"), r.get("reason"))
        for r in sorted(parts["segments"], key=lambda r: r["segment_index"]))
    claims = []
    for r in sorted(parts["claims"], key=lambda r: r["claim_index"]):
        cues = tuple(Cue(q["start"], q["end"], text[q["start"]:q["end"]], CueKind(q["kind"]), q.get("cue", ""), q.get("weight", 0.0))
                     for q in json.loads(r.get("cues_json") or "[]"))
        s, e = int(r["start"]), int(r["end"])
        claims.append(Claim(int(r["claim_index"]), s, e, text[s:e], int(r.get("segment_index") or 0), int(r.get("sentence_index") or 0),
                            r.get("speaker"), SpeakerRole(r.get("role") or "unknown"), bool(r.get("is_question")), cues,
                            float(r["certainty"]) if r.get("certainty") is not None else 1.0))
    mentions = tuple(
        Mention(int(r["start"]), int(r["end"]), text[int(r["start"]):int(r["end"])], MentionKind(r["kind"]), r.get("actor_id"),
                r.get("actor_name"), ActorType(r["actor_type"]) if r.get("actor_type") else None,
                None if r.get("claim_index") is None else int(r["claim_index"]), r.get("link") or "registry",
                float(r["confidence"]) if r.get("confidence") is not None else 1.0)
        for r in sorted(parts["mentions"], key=lambda r: r["mention_index"]))
    assessments = []
    for r in parts["assessments"]:
        idx = tuple(i for i, m in enumerate(mentions) if m.claim_index == r["claim_index"] and m.actor_id == r["actor_id"])
        sent = _score(r, SentimentScore, "sentiment", ("negative", "neutral", "positive"))
        stance = _score(r, StanceScore, "stance", ("against", "none", "favor"))
        assessments.append(Assessment(int(r["claim_index"]), r["actor_id"], r.get("actor_name") or r["actor_id"], idx, sent, stance,
                                      reported=bool(r.get("reported") or False)))
    actors = tuple(
        ActorSummary(r["actor_id"], r.get("name") or r["actor_id"], ActorType(r["type"]) if r.get("type") else None,
                     int(r.get("n_mentions") or 0), int(r.get("n_claims") or 0), int(r.get("n_scored") or 0),
                     r.get("sentiment"), r.get("stance"))
        for r in parts["actors"])
    models = manifest.get("models") or {}
    first = parts["assessments"][0] if parts["assessments"] else {}
    version = first.get("polisent_version") or manifest.get("polisent_version") or "unknown"
    return DocumentAnalysis(text, segments, tuple(claims), mentions, tuple(assessments), actors, (),
                            Provenance(version, tuple(sorted(models.items()))), id=doc["doc_id"], meta=meta,
                            error=doc.get("error") if doc.get("status") == "error" else None)


def _score(row: dict[str, Any], cls: type, task: str, labels: tuple[str, str, str]) -> Any:
    vals = [row.get(f"p_{task}_{lab}") for lab in labels]
    if any(v is None or (isinstance(v, float) and math.isnan(v)) for v in vals):
        return None
    return cls(*(float(v) for v in vals))
