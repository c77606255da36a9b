"""The claims behind every number of the corpus report ("evidence").

For each actor row of the corpus report, the (claim, actor) assessments that went into it, the
same rows :func:`polisent.aggregate.aggregate` uses, with the claim text and the actor's
mentions highlighted, the document (linked to the claim in the per-document page), the speaker,
both scores and their weights (score confidence × claim certainty), so the weighted mean in the
table can be recomputed by hand. Sizes stay bounded: the corpus report shows at most ``limit``
claims per actor (the highest weights) and says how many it leaves out; the per-actor pages
written beside the per-document pages show up to :data:`PAGE_LIMIT`.

>>> anchor("russia"), anchor("a b"), anchor("russia", "reported")
('ev-russia', 'ev-a_b-7dbde9', 'ev-russia-reported')
>>> len(slug("x" * 300))
67
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from polisent.report.document import chip, esc, stance_color

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PAGE_LIMIT", "anchor", "evidence_rows", "evidence_section", "slug"]

#: Claims shown on one per-actor page; the rest are counted and left to the assessments table.
PAGE_LIMIT = 2000


def slug(text: str) -> str:
    """A name safe for HTML ids and file names, at most 67 characters (a short hash is added when
    characters were replaced or the name was cut)."""
    s = re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "x"
    if s != text or len(s) > 67:
        s = f"{s[:60]}-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"
    return s


def anchor(actor_id: str, view: str = "own") -> str:
    """The id of an actor's evidence section in the corpus report."""
    return f"ev-{slug(str(actor_id))}" + ("" if view != "reported" else f"-{slug(str(view))}")


def evidence_rows(tables: Mapping[str, pd.DataFrame], *, reported: str = "pool") -> pd.DataFrame:
    """One row per assessment that the corpus aggregates use, with what is needed to show it.

    Columns: ``doc_id, claim_index, actor_id, actor_name, view, speaker, claim, spans`` (the
    actor's mentions as ``(start, end)`` offsets into ``claim``), ``stance, stance_w, sentiment,
    sentiment_w`` (signed value and weight; NaN value where not scored), ``certainty`` and
    ``doc_order`` (the document's input position). The per-actor rows equal the report's
    ``n_claims``, and ``sum(w * value) / sum(w)`` its means.
    """
    import numpy as np
    import pandas as pd

    from polisent.aggregate import _check_reported, _eligible, _signed

    _check_reported(reported, "evidence_rows")
    a = _eligible(tables, reported)
    cols = ["doc_id", "claim_index", "actor_id", "actor_name", "view", "speaker", "claim", "spans", "stance", "stance_w",
            "sentiment", "sentiment_w", "certainty", "doc_order"]
    if a.empty:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in cols})
    out = pd.DataFrame({"doc_id": a["doc_id"].astype(str).to_numpy(), "claim_index": a["claim_index"].to_numpy(),
                        "actor_id": a["actor_id"].astype(str).to_numpy(), "actor_name": a["actor_name"].to_numpy(),
                        "view": a["view"].to_numpy()})
    out["speaker"] = a["speaker"].to_numpy() if "speaker" in a.columns else None
    out["claim"] = a["claim"].to_numpy() if "claim" in a.columns else None
    out["certainty"] = a["certainty"].to_numpy(dtype="float64", na_value=np.nan) if "certainty" in a.columns else np.nan
    for task in ("stance", "sentiment"):
        value, weight = _signed(a, task)
        out[task], out[f"{task}_w"] = value, weight
    claims = tables.get("claims")
    starts: dict[tuple[str, int], tuple[int, str]] = {}
    if claims is not None and not claims.empty and {"start", "text"} <= set(claims.columns):
        for d, i, s, t in zip(claims["doc_id"].astype(str), claims["claim_index"], claims["start"], claims["text"], strict=True):
            starts[(d, int(i))] = (int(s), t)
    if out["claim"].isna().any() and starts:
        out["claim"] = [c if isinstance(c, str) else starts.get((d, int(i)), (0, None))[1]
                        for c, d, i in zip(out["claim"], out["doc_id"], out["claim_index"], strict=True)]
    spans: dict[tuple[str, int, str], list[tuple[int, int]]] = {}
    mentions = tables.get("mentions")
    if mentions is not None and not mentions.empty and starts:
        m = mentions[mentions["actor_id"].notna() & mentions["claim_index"].notna()]
        for d, i, actor, s, e in zip(m["doc_id"].astype(str), m["claim_index"], m["actor_id"].astype(str), m["start"], m["end"],
                                     strict=True):
            c0 = starts.get((d, int(i)))
            if c0 is not None:
                spans.setdefault((d, int(i), actor), []).append((int(s) - c0[0], int(e) - c0[0]))
    out["spans"] = [tuple(sorted(spans.get((d, int(i), actor), ()))) for d, i, actor in
                    zip(out["doc_id"], out["claim_index"], out["actor_id"], strict=True)]
    docs = tables.get("documents")
    order: dict[str, int] = {}
    if docs is not None and not docs.empty:
        col = docs["input_index"] if "input_index" in docs.columns else pd.Series(range(len(docs)))
        order = {str(d): int(k) for d, k in zip(docs["doc_id"], col, strict=True)}
    out["doc_order"] = [order.get(d, len(order)) for d in out["doc_id"]]
    if docs is not None and "speaker" in docs.columns and out["speaker"].isna().any():  # as aggregate(by="speaker")
        who = {str(d): w for d, w in zip(docs["doc_id"], docs["speaker"], strict=True) if isinstance(w, str) and w}
        out["speaker"] = [w if isinstance(w, str) and w else who.get(d) for w, d in zip(out["speaker"], out["doc_id"], strict=True)]
    return out[cols]


def highlight(text: str, spans: Any, value: float | None) -> str:
    """``text`` escaped, with the ``(start, end)`` spans marked like actor mentions in the document pages."""
    if not isinstance(text, str):
        return ""
    out, pos = [], 0
    cls = "actor" if value is not None and value == value else "actor unscored"
    style = f' style="background:{stance_color(value)}"' if cls == "actor" else ""
    for s, e in spans or ():
        if s < pos or s < 0 or e > len(text) or e <= s:
            continue
        out.append(esc(text[pos:s]))
        out.append(f'<mark class="{cls}"{style}>{esc(text[s:e])}</mark>')
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out)


def _sorted(rows: pd.DataFrame) -> pd.DataFrame:
    """Highest weight first (the claims that move the mean most), then reading order."""
    w = rows["stance_w"].where(rows["stance"].notna(), rows["sentiment_w"]).fillna(0.0)
    return (rows.assign(_w=w).sort_values(["_w", "doc_order", "claim_index"], ascending=[False, True, True], kind="stable")
            .drop(columns="_w"))


def _score(value: float, weight: float) -> str:
    if value != value:
        return chip(None)
    return f'{chip(value)} <small class="w" title="weight = score confidence × claim certainty">w {weight:.2f}</small>'


def evidence_table(rows: pd.DataFrame, *, doc_links: Mapping[str, str], titles: Mapping[str, str]) -> str:
    """The claims of one actor as a table (``rows`` from :func:`evidence_rows`, already ordered)."""
    out = []
    for r in rows.itertuples(index=False):
        label = titles.get(r.doc_id) or r.doc_id
        doc = esc(label)
        if r.doc_id in doc_links:
            doc = f'<a href="{esc(doc_links[r.doc_id])}#c{int(r.claim_index)}">{doc}</a>'
        doc += f' <small class="nw">claim {int(r.claim_index)}</small>'
        out.append(f'<tr><td class="lead">{doc}</td><td data-label="speaker">{esc(r.speaker)}</td>'
                   f'<td class="claimtext">{highlight(r.claim, r.spans, r.stance)}</td>'
                   f'<td class="num" data-label="stance">{_score(r.stance, r.stance_w)}</td>'
                   f'<td class="num" data-label="sentiment">{_score(r.sentiment, r.sentiment_w)}</td></tr>')
    return ('<table class="evidence stack"><thead><tr><th>document</th><th>speaker</th><th class="claimtext">claim</th>'
            '<th class="num">stance</th><th class="num">sentiment</th></tr></thead><tbody>' + "".join(out) + "</tbody></table>")


def _mean(rows: pd.DataFrame, task: str) -> str:
    ok = rows[task].notna()
    w = rows.loc[ok, f"{task}_w"]
    if not ok.any() or w.sum() <= 0:
        return f"{task} n/a"
    return f"{task} {(w * rows.loc[ok, task]).sum() / w.sum():+.2f}"


def evidence_section(
    rows: pd.DataFrame, *, actor_id: str, name: str, view: str, limit: int | None, doc_links: Mapping[str, str],
    titles: Mapping[str, str], more_href: str | None = None, back_href: str | None = None, heading: str = "h3",
) -> str:
    """One actor's evidence: a heading with the counts and means, then at most ``limit`` claims.

    ``rows`` are that actor's rows of :func:`evidence_rows` (all of them, so the counts and
    means in the heading are the report's); ``more_href`` is a page with more of them.
    """
    rows = _sorted(rows)
    n, n_docs = len(rows), rows["doc_id"].nunique()
    shown = rows if limit is None else rows.head(limit)
    label = esc(name) + ("" if view != "reported" else f' <span class="flag reported">{esc(view)}</span>')
    back = f' <a class="nw" href="{esc(back_href)}">↑ table</a>' if back_href else ""
    head = (f'<{heading}>{label} <small>{n} claim{"s" if n != 1 else ""} in {n_docs} document{"s" if n_docs != 1 else ""} · '
            f'{_mean(rows, "stance")} · {_mean(rows, "sentiment")}</small>{back}</{heading}>')
    left = n - len(shown)
    if left:
        where = (f' <a href="{esc(more_href)}">More on the actor\'s page</a>.' if more_href else
                 " All are in the run's assessments table (filter on actor_id"
                 f' <code>{esc(actor_id)}</code>).')
        note = (f'<p class="note">Showing {len(shown)} of {n} claims, highest weight first; {left} not shown.{where}</p>')
    else:
        note = (f'<p class="note">All {n} claims, highest weight first. The mean is Σ w·value / Σ w over the scored '
                "ones.</p>")
    return (f'<section class="evidence" id="{esc(anchor(actor_id, view))}">{head}{note}'
            f"{evidence_table(shown, doc_links=doc_links, titles=titles)}</section>")
