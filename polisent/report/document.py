"""Self-contained HTML report of one analysed document.

The text is shown with its structure (questions, answers, the editor's introduction, headings, clutter left out), claims
underlined and numbered, actor mentions coloured by the stance of their claim (red against,
blue in favour, dashed outline when not scored), and hedges, conditions, negations and reported
views marked. A per-actor table and a per-claim table follow. All text is HTML-escaped.
:func:`document_html` is the same rendering as a page fragment, for notebooks
(``DocumentAnalysis._repr_html_``).

>>> from polisent.records import DocumentAnalysis, Provenance
>>> html = document_report(DocumentAnalysis("A <b>", (), (), (), (), (), (), Provenance("0"), id="x"))
>>> "A &lt;b&gt;" in html and "A <b>" not in html
True
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from polisent.records import (
    Assessment,
    Claim,
    Cue,
    DocumentAnalysis,
    Mention,
    SegmentKind,
)

__all__ = ["chip", "document_html", "document_report", "fragment", "page", "stance_color", "write_html"]


def esc(value: Any) -> str:
    """HTML-escape anything (None becomes an empty string)."""
    return "" if value is None else _html.escape(str(value), quote=True)


def stance_color(value: float | None, *, max_alpha: float = 0.55) -> str:
    """Background colour for a signed value in [-1, 1]: red for negative, blue for positive."""
    if value is None or value != value:
        return "transparent"
    v = max(-1.0, min(1.0, float(value)))
    if abs(v) < 0.05:
        return "rgba(140, 150, 160, 0.22)"
    rgb = "33, 102, 172" if v > 0 else "215, 48, 39"
    return f"rgba({rgb}, {0.12 + (max_alpha - 0.12) * abs(v):.2f})"


#: Intervals that rest on fewer documents than this are marked (claims of one interview are not independent).
MIN_DOCS = 3
FEW_MARK = "†"


def few_docs_note(n_docs: Any) -> str:
    """Why an interval from ``n_docs`` (< MIN_DOCS) documents is marked."""
    n = int(n_docs)
    if n <= 1:
        return "interval from 1 document: its claims were resampled as if independent, so it is too narrow"
    return f"interval from only {n} documents: too few to say how much documents vary"


def chip(value: float | None, lo: float | None = None, hi: float | None = None, *, n_docs: Any = None) -> str:
    """A coloured number (with its interval when given); ``n/a`` when missing.

    With ``n_docs`` below :data:`MIN_DOCS` the interval is marked with :data:`FEW_MARK`.
    """
    if value is None or value != value:
        return '<span class="chip" title="no model produced this score">n/a</span>'
    has_ci = lo is not None and hi is not None and lo == lo and hi == hi
    few = has_ci and n_docs is not None and n_docs == n_docs and int(n_docs) < MIN_DOCS
    text = f"{value:+.2f}"
    title = ""
    if has_ci:
        title = f"95 % interval {lo:+.2f} to {hi:+.2f}" + (f"; {few_docs_note(n_docs)}" if few else "")
        text += f' <small>[{lo:+.2f}, {hi:+.2f}]</small>' + (f'<span class="few-mark">{FEW_MARK}</span>' if few else "")
    cls = "chip few" if few else "chip"
    tip = f' title="{esc(title)}"' if title else ""
    return f'<span class="{cls}" style="background:{stance_color(value)}"{tip}>{text}</span>'


def css(*, page: bool = True) -> str:
    """The report stylesheet: components scoped under ``.polisent``, plus the page rules when ``page``."""
    files = ("page.css", "report.css") if page else ("report.css",)
    base = resources.files("polisent").joinpath("data/report")
    return "".join(base.joinpath(f).read_text(encoding="utf-8") for f in files)


def page(title: str, body: str) -> str:
    """A complete HTML page with the report stylesheet inlined."""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="polisent">\n'
            f'<title>{esc(title)}</title>\n<style>\n{css()}</style>\n</head>\n<body>\n<main class="polisent">\n{body}\n'
            "</main>\n</body>\n</html>\n")


def fragment(body: str) -> str:
    """``body`` as a self-styled HTML fragment for notebooks: a ``div.polisent`` with the scoped stylesheet.

    Only ``.polisent`` rules are included, so the notebook's own styles are left alone.
    """
    return f'<div class="polisent"><style>{css(page=False)}</style>{body}</div>'


def write_html(path: str | Path, text: str) -> Path:
    """Write an HTML file atomically; returns the path."""
    from polisent.corpus.store import _atomic_path
    from polisent.errors import OutputError

    path = Path(path)
    if not path.parent.exists():
        raise OutputError(f"Cannot write {str(path)!r}: the directory {str(path.parent)!r} does not exist.")
    try:
        with _atomic_path(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"Cannot write {str(path)!r}: {exc.strerror or exc}.") from exc
    return path


LEGEND = (
    '<div class="legend">'
    '<span><span class="claim"><sup class="cn">3</sup>claim</span></span>'
    '<span><mark class="actor" style="background:rgba(215, 48, 39, 0.45)">actor</mark> stance against</span>'
    '<span><mark class="actor" style="background:rgba(140, 150, 160, 0.22)">actor</mark> neutral</span>'
    '<span><mark class="actor" style="background:rgba(33, 102, 172, 0.45)">actor</mark> in favour</span>'
    '<span><mark class="actor unscored">actor</mark> not scored</span>'
    '<span><span class="cue hedge">hedge</span></span>'
    '<span><span class="cue condition">condition</span></span>'
    '<span><span class="cue negation">negation</span></span>'
    '<span><span class="cue reported">reported view</span></span>'
    '<span><span class="seg-clutter" style="padding:0 4px">clutter, left out</span></span>'
    "</div>"
)


def _meta_line(meta: Mapping[str, Any], doc_id: str | None) -> str:
    parts = [esc(meta[k]) for k in ("speaker", "outlet", "date") if meta.get(k)]
    if doc_id:
        parts.append(f"id <code>{esc(doc_id)}</code>")
    return f'<p class="meta">{" · ".join(parts)}</p>' if parts else ""


def document_report(analysis: DocumentAnalysis, path: str | Path | None = None, *, title: str | None = None,
                    back_link: str | None = None, actor_links: Mapping[str, str] | None = None) -> str:
    """Render one :class:`~polisent.records.DocumentAnalysis` as a self-contained HTML page.

    Args:
        analysis: the result of ``Analyzer(...)(text)``, or of :func:`polisent.corpus.load_analysis`.
        path: also write the page there (atomically).
        title: page title (default: the ``title`` metadata, else the document id).
        back_link: href of a corpus report to link back to.
        actor_links: actor id -> href of that actor's claims across the corpus (the corpus
            report's evidence); the actor table links there.

    Returns:
        The HTML text.
    """
    heading = title or dict(analysis.meta).get("title") or analysis.id or "Document"
    body = []
    if back_link:
        body.append(f'<p class="note"><a href="{esc(back_link)}">← corpus report</a></p>')
    body.append(f"<h1>{esc(heading)}</h1>")
    body.append(_document_body(analysis, actor_links=actor_links))
    out = page(str(heading), "\n".join(body))
    if path is not None:
        write_html(path, out)
    return out


def document_html(analysis: DocumentAnalysis, *, claims: bool = True) -> str:
    """The document's rendering as an HTML fragment (for Jupyter, like spaCy's displaCy).

    The annotated text (claims, speakers, actor mentions coloured by stance, cues), the
    per-actor table and, when ``claims``, the per-claim table folded under ``<details>``. The
    same code renders :func:`document_report`; everything is escaped.

    >>> from polisent.records import DocumentAnalysis, Provenance
    >>> html = document_html(DocumentAnalysis("A <b>", (), (), (), (), (), (), Provenance("0"), id="x"))
    >>> html.startswith('<div class="polisent">') and "A &lt;b&gt;" in html and "A <b>" not in html
    True
    """
    heading = dict(analysis.meta).get("title") or analysis.id
    head = f"<h3>{esc(heading)}</h3>" if heading else ""
    return fragment(head + _document_body(analysis, fold_claims=True, claims=claims, heading_tag="h4"))


def _document_body(doc: DocumentAnalysis, *, actor_links: Mapping[str, str] | None = None, fold_claims: bool = False,
                   claims: bool = True, heading_tag: str = "h2") -> str:
    h = heading_tag
    body = [_meta_line(dict(doc.meta), doc.id)]
    if doc.error:
        body.append(f'<p class="error">This document could not be analysed: {esc(doc.error)}</p>')
    else:
        body.append(_cards(doc))
        body.append(f"<{h}>Actors</{h}>")
        body.append(_actor_table(doc, actor_links or {}))
        body.append(f"<{h}>Text</{h}>")
        body.append(LEGEND)
        body.append(f'<article class="doc">{render_text(doc)}</article>')
        if claims and fold_claims:
            n_q = sum(c.is_question for c in doc.claims)
            body.append(f"<details><summary>Claims table ({len(doc.claims) - n_q} claims, {n_q} question{'' if n_q == 1 else 's'})"
                        f"</summary>{_claims_table(doc)}</details>")
        elif claims:
            body.append(f"<{h}>Claims</{h}>")
            body.append(_claims_table(doc))
    models = ", ".join(f"{esc(k)}: {esc(v)}" for k, v in doc.provenance.models) or "not recorded"
    body.append(f"<footer>polisent {esc(doc.provenance.polisent_version)} · models: {models}. Stance and sentiment are "
                "weighted means in [-1, 1] (P(favour) − P(against), P(positive) − P(negative)) over the speakers' "
                "claims, reported views included; questions and the interviewer's and editor's lines are left out. Confidence is not "
                "intensity.</footer>")
    return "\n".join(body)


def _cards(doc: DocumentAnalysis) -> str:
    own = [c for c in doc.claims if not c.is_question]
    items = [
        (len(own), "claims"),
        (sum(c.is_question for c in doc.claims), "questions"),
        (sum(c.is_hedged or c.is_conditional for c in own), "hedged or conditional"),
        (sum(c.is_reported for c in own), "reported views"),
        (sum(s.kind is SegmentKind.CLUTTER for s in doc.segments), "clutter blocks left out"),
        (len(doc.actors), "actors"),
    ]
    cards = "".join(f'<div class="card"><b>{n}</b><span>{esc(label)}</span></div>' for n, label in items)
    note = "" if doc.scored or not doc.assessments else '<p class="note">No scoring model produced scores for this document: stance and sentiment are n/a.</p>'
    return f'<div class="cards">{cards}</div>{note}'


def _actor_table(doc: DocumentAnalysis, links: Mapping[str, str]) -> str:
    if not doc.actors:
        return '<p class="note">No actors found.</p>'
    rows = []
    for a in sorted(doc.actors, key=lambda a: (-a.n_claims, a.name)):
        name = esc(a.name)
        if a.actor_id in links:
            name += f' <a class="nw" href="{esc(links[a.actor_id])}" title="all claims about {esc(a.name)} in the corpus">corpus claims →</a>'
        rows.append(f'<tr><td class="lead">{name}</td><td data-label="type">{esc(a.type.value if a.type else "")}</td>'
                    f'<td class="num" data-label="mentions">{a.n_mentions}</td><td class="num" data-label="claims">{a.n_claims}</td>'
                    f'<td class="num" data-label="scored">{a.n_scored}</td>'
                    f'<td class="num" data-label="stance">{chip(a.stance)}</td><td class="num" data-label="sentiment">{chip(a.sentiment)}</td></tr>')
    return ('<table class="actors stack"><thead><tr><th>actor</th><th>type</th><th class="num">mentions</th><th class="num">claims</th>'
            '<th class="num">scored</th><th class="num">stance</th><th class="num">sentiment</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")


def _flags(c: Claim) -> str:
    flags = []
    if c.is_question:
        flags.append(("question", "question"))
    for q in c.cues:
        flags.append((q.kind.value, f"{q.kind.value}: {q.text}"))
    return "".join(f'<span class="flag {esc(k)}">{esc(t)}</span>' for k, t in flags)


def _claims_table(doc: DocumentAnalysis) -> str:
    if not doc.claims:
        return '<p class="note">No claims.</p>'
    by_claim: dict[int, list[Assessment]] = {}
    for a in doc.assessments:
        by_claim.setdefault(a.claim_index, []).append(a)
    rows = []
    for c in doc.claims:
        actors = "<br>".join(f'<span class="nw">{esc(a.actor_name)} {chip(a.stance_value)} {chip(a.sentiment_value)}</span>'
                             for a in by_claim.get(c.index, []))
        rows.append(f'<tr id="row-c{c.index}"><td class="num" data-label="#"><a href="#c{c.index}">{c.index}</a></td>'
                    f'<td data-label="speaker">{esc(c.speaker or c.role.value)}</td>'
                    f'<td class="claimtext">{esc(c.plain_text)}</td><td>{_flags(c)}</td>'
                    f'<td class="num" data-label="certainty">{c.certainty:.2f}</td><td>{actors}</td></tr>')
    return ('<table class="claims stack"><thead><tr><th class="num">#</th><th>speaker</th><th class="claimtext">claim</th><th class="cues">cues</th>'
            '<th class="num">certainty</th><th>actors: stance, sentiment</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")


# -- the annotated text ---------------------------------------------------------------------------
def render_text(doc: DocumentAnalysis) -> str:
    """The document's text as HTML: segments as blocks, claims, mentions and cues as inline marks."""
    text = doc.text
    scores = {(a.claim_index, a.actor_id): a for a in doc.assessments}
    claims_by_seg: dict[int, list[Claim]] = {}
    for c in doc.claims:
        claims_by_seg.setdefault(c.segment_index, []).append(c)
    segments = sorted(enumerate(doc.segments), key=lambda t: t[1].start)
    if not segments:
        return f'<div class="seg">{_stretch(text, 0, len(text), doc.claims, doc.mentions, scores)}</div>'
    out, pos = [], 0
    for si, seg in segments:
        if seg.start > pos and text[pos:seg.start].strip():
            out.append(f'<div class="gap">{esc(text[pos:seg.start].strip())}</div>')
        kind = seg.kind.value
        if seg.kind is SegmentKind.CLUTTER:
            label = f"left out: {seg.reason}" if seg.reason else "left out"
            inner = esc(text[seg.start:seg.end])
        else:
            who = seg.speaker or ("" if seg.role.value == "unknown" else seg.role.value)
            label = f"{kind} · {who}" if who else kind
            inner = _stretch(text, seg.start, seg.end, claims_by_seg.get(si, []), doc.mentions, scores)
        out.append(f'<div class="seg seg-{esc(kind)}"><span class="seg-label">{esc(label)}</span>{inner}</div>')
        pos = max(pos, seg.end)
    if text[pos:].strip():
        out.append(f'<div class="gap">{esc(text[pos:].strip())}</div>')
    return "\n".join(out)


def _stretch(text: str, start: int, end: int, claims: Sequence[Claim], mentions: Sequence[Mention],
             scores: Mapping[tuple[int, str], Assessment]) -> str:
    """HTML for ``text[start:end]``: claims wrapped, mentions and cues marked inside."""
    out, pos = [], start
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    for c in sorted((c for c in claims if start <= c.start and c.end <= end), key=lambda c: c.start):
        if c.start < pos:
            continue
        out.append(_runs(text, pos, c.start, inside, (), scores))
        cls = "claim question" if c.is_question else "claim"
        tip = f"claim {c.index} · certainty {c.certainty:.2f}" + "".join(f" · {q.kind.value}: {q.text}" for q in c.cues)
        out.append(f'<span class="{cls}" id="c{c.index}" title="{esc(tip)}"><sup class="cn">{c.index}</sup>'
                   f"{_runs(text, c.start, c.end, inside, c.cues, scores)}</span>")
        pos = c.end
    out.append(_runs(text, pos, end, inside, (), scores))
    return "".join(out)


def _runs(text: str, a: int, b: int, mentions: Sequence[Mention], cues: Sequence[Cue],
          scores: Mapping[tuple[int, str], Assessment]) -> str:
    if b <= a:
        return ""
    ms = [m for m in mentions if m.start < b and m.end > a]
    qs = [q for q in cues if q.start < b and q.end > a]
    cuts = sorted({a, b, *(min(max(x, a), b) for m in ms for x in (m.start, m.end)), *(min(max(x, a), b) for q in qs for x in (q.start, q.end))})
    out = []
    for x, y in zip(cuts, cuts[1:], strict=False):
        if y <= x:
            continue
        piece = esc(text[x:y])
        m = next((m for m in ms if m.start <= x and y <= m.end), None)
        if m is not None:
            piece = _mark(m, piece, scores)
        kinds = sorted({q.kind.value for q in qs if q.start <= x and y <= q.end})
        if kinds:
            piece = f'<span class="cue {" ".join(kinds)}">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _mark(m: Mention, piece: str, scores: Mapping[tuple[int, str], Assessment]) -> str:
    if m.actor_id is None:
        return f'<mark class="actor unlinked" title="{esc(m.text)}: not linked to a known actor">{piece}</mark>'
    a = scores.get((m.claim_index, m.actor_id)) if m.claim_index is not None else None
    name = m.actor_name or m.actor_id
    tip = f"{name} ({m.kind.value})"
    if a is None or a.stance is None:
        extra = "" if a is None or a.sentiment is None else f" · sentiment {a.sentiment.value:+.2f}"
        why = ("outside a claim" if m.claim_index is None
               else "incidental: the claim is not about this actor" if m.link == "incidental" else "not scored")
        return f'<mark class="actor unscored" title="{esc(tip + " · " + why + extra)}">{piece}</mark>'
    s = a.stance
    tip += f" · stance {s.value:+.2f} (against {s.against:.2f}, none {s.none:.2f}, favour {s.favor:.2f})"
    if a.sentiment is not None:
        tip += f" · sentiment {a.sentiment.value:+.2f}"
    return f'<mark class="actor" style="background:{stance_color(s.value)}" title="{esc(tip)}">{piece}</mark>'


def safe_name(doc_id: str) -> str:
    """A file name for a document id (unique: a short hash is added when characters were replaced or
    the id is cut to 80 characters, so a 300-character id still makes a valid name).

    >>> safe_name("doc-1"), len(safe_name("x" * 300))
    ('doc-1.html', 92)
    """
    import hashlib

    name = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).strip("._") or "doc"
    if name != doc_id or len(name) > 80:
        name = f"{name[:80]}-{hashlib.sha1(doc_id.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"
    return name + ".html"
