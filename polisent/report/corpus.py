"""Self-contained HTML report of a corpus run: summary, plots, per-actor tables, documents, problems.

Every actor row links to the claims behind it (the evidence section at the end of the page, and
with ``documents_dir`` one page per actor), and each claim links to its place in the
per-document page, which links back.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polisent.errors import ConfigError, DependencyError, check_int
from polisent.report.document import (
    FEW_MARK,
    MIN_DOCS,
    chip,
    document_report,
    esc,
    few_docs_note,
    fragment,
    page,
    safe_name,
    stance_color,
    write_html,
)
from polisent.report.evidence import PAGE_LIMIT, anchor, evidence_rows, evidence_section, slug

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

__all__ = ["corpus_html", "corpus_report"]

#: Rows of the overall actor table (at least ``top``).
TABLE_ROWS = 40


def corpus_report(
    data: Any,
    path: str | Path | None = None,
    *,
    title: str = "Corpus report",
    documents_dir: str | Path | None = None,
    top: int = 15,
    n_boot: int = 1000,
    seed: int = 0,
    reported: str = "pool",
    plots: bool = True,
    evidence: int = 10,
) -> str:
    """Render the corpus report (and, with ``documents_dir``, one report per document and per actor).

    Args:
        data: an output directory of :func:`polisent.corpus.run_corpus` or its tables.
        path: also write the page there (atomically).
        title: page title.
        documents_dir: write per-document reports there (created if missing) and link them.
        top: actors shown in plots and pivot tables.
        n_boot, seed, reported: as in :func:`polisent.aggregate.aggregate`.
        plots: embed the plots (needs matplotlib; left out with a note when it is missing).
        evidence: claims shown per actor in the report's evidence section (highest weight
            first; how many are left out is stated, and with ``documents_dir`` the actor's page
            shows up to :data:`~polisent.report.evidence.PAGE_LIMIT`).

    Returns:
        The HTML text.
    """
    top = check_int(top, "top", "corpus_report")
    evidence = check_int(evidence, "evidence", "corpus_report", low=0)
    manifest, tables = _load(data, "corpus_report")
    docs = tables.get("documents")
    if docs is None or docs.empty:
        raise ConfigError("corpus_report: the run has no documents yet. Run `polisent corpus run` first.")
    ev = evidence_rows(tables, reported=reported)
    links: dict[str, str] = {}
    actor_pages: dict[tuple[str, str], str] = {}
    if documents_dir is not None:
        links, actor_pages = _write_pages(data if isinstance(data, (str, Path)) else tables, Path(documents_dir),
                                          Path(path) if path is not None else None, ev, _titles(docs))
    body = [f"<h1>{esc(title)}</h1>",
            _body(tables, manifest, ev, links=links, actor_pages=actor_pages, top=top, n_boot=n_boot, seed=seed,
                  reported=reported, plots=plots, evidence=evidence)]
    out = page(title, "\n".join(body))
    if path is not None:
        write_html(path, out)
    return out


def corpus_html(data: Any, *, top: int = 15, n_boot: int = 1000, seed: int = 0, reported: str = "pool",
                plots: bool = False, evidence: int = 5) -> str:
    """The corpus report as an HTML fragment, for notebooks (``CorpusRunResult._repr_html_``).

    The same rendering as :func:`corpus_report` (summary, per-actor table with the claims behind
    each row, pivots, documents), without the page around it; plots are off by default.
    """
    top = check_int(top, "top", "corpus_html")
    evidence = check_int(evidence, "evidence", "corpus_html", low=0)
    manifest, tables = _load(data, "corpus_html")
    docs = tables.get("documents")
    if docs is None or docs.empty:
        return fragment('<p class="note">The run has no documents yet.</p>')
    ev = evidence_rows(tables, reported=reported)
    return fragment(_body(tables, manifest, ev, links={}, actor_pages={}, top=top, n_boot=n_boot, seed=seed,
                          reported=reported, plots=plots, evidence=evidence))


def _load(data: Any, caller: str) -> tuple[Mapping[str, Any], Mapping[str, pd.DataFrame]]:
    """(manifest, tables) of an output directory, or ({}, data) for a dict of tables."""
    if isinstance(data, (str, Path)):
        from polisent.corpus import load_tables
        from polisent.corpus.store import read_manifest

        return read_manifest(Path(data)) or {}, load_tables(data)
    if isinstance(data, Mapping):
        return {}, data
    raise ConfigError(f"{caller} takes an output directory or a dict of tables; got {type(data).__name__}.")


def _body(tables: Mapping[str, pd.DataFrame], manifest: Mapping[str, Any], ev: pd.DataFrame, *, links: Mapping[str, str],
          actor_pages: Mapping[tuple[str, str], str], top: int, n_boot: int, seed: int, reported: str, plots: bool,
          evidence: int) -> str:
    from polisent.aggregate import aggregate

    docs = tables["documents"]
    kw = {"n_boot": n_boot, "seed": seed, "reported": reported}
    overall = aggregate(tables, by="corpus", **kw)
    shown = overall.head(max(top, TABLE_ROWS))
    sections = {(str(a), str(v)) for a, v in zip(shown["actor_id"], shown["view"], strict=True)}
    body = [_summary(docs, tables, manifest)]
    body.append("<h2>Actors</h2>")
    body.append('<p class="note">Mean stance and sentiment per actor over the speakers\' claims, weighted by '
                "score confidence × claim certainty; bars are 95 % bootstrap intervals (whole documents resampled for actors in two or more documents, claims otherwise). "
                "Questions, the interviewer's and the editor's lines and clutter are left out"
                + {"pool": "; claims where an actor appears only inside a reported view count with the rest (the claim still portrays it). ",
                   "apart": "; claims where an actor appears only inside a reported view are in rows of their own (<i>reported</i>). ",
                   "drop": ", and so are claims where an actor appears only inside a reported view. "}[reported] +
                '<a href="#evidence">The claims behind each row</a> are listed below the tables.</p>')
    if plots:
        body.append(_plots(overall, None, top))
    body.append(_overall_table(overall, top, sections, actor_pages))
    body.append(_over_time(tables, docs, top, plots, reported))
    for key, label in (("speaker", "speaker"), ("outlet", "outlet")):
        if key in docs.columns and docs[key].notna().any():
            body.append(f"<h2>Stance by {label}</h2>")
            body.append(_pivot(aggregate(tables, by=key, **kw), key, overall, top, sections))
    body.append('<h2 id="documents">Documents</h2>')
    body.append(_documents_table(docs, tables, links, _undated(tables)))
    body.append(_problems(docs))
    body.append(_evidence(ev, shown, evidence, links, actor_pages, _titles(docs)))
    body.append(_footer(manifest))
    return "\n".join(body)


def _titles(docs: pd.DataFrame) -> dict[str, str]:
    if "title" not in docs.columns:
        return {}
    return {str(d): t for d, t in zip(docs["doc_id"], docs["title"], strict=True) if isinstance(t, str) and t}


def _rel(target: Path, start: Path) -> str:
    import os

    return Path(os.path.relpath(target.resolve(), start.resolve())).as_posix()


def _write_pages(data: Any, directory: Path, report_path: Path | None, ev: pd.DataFrame,
                 titles: Mapping[str, str]) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Write one page per document and one per actor.

    Returns doc id -> href and (actor id, view) -> href, both relative to the corpus report.
    """
    from polisent.corpus import iter_analyses

    directory.mkdir(parents=True, exist_ok=True)
    base = (report_path.parent if report_path is not None else directory).resolve()
    back = None if report_path is None else _rel(report_path, directory)
    files = {}  # doc id -> file
    actors_dir = directory / "actors"
    groups = {} if ev.empty else dict(list(ev.groupby(["actor_id", "view"], sort=False)))
    actor_files = {(str(a), str(v)): actors_dir / f"{slug(str(a))}{'' if v != 'reported' else '-' + slug(str(v))}.html"
                   for a, v in groups}
    own_pages = {a: f"actors/{f.name}" for (a, v), f in actor_files.items() if v != "reported"}
    for doc in iter_analyses(data):
        target = directory / safe_name(str(doc.id))
        document_report(doc, target, back_link=back, actor_links=own_pages)
        files[str(doc.id)] = target
    if actor_files:
        actors_dir.mkdir(exist_ok=True)
    doc_links = {d: f"../{f.name}" for d, f in files.items()}
    for (actor, view), rows in groups.items():
        target = actor_files[(str(actor), str(view))]
        name = str(rows["actor_name"].iloc[0])
        back_href = None if report_path is None else f"{_rel(report_path, actors_dir)}#{anchor(str(actor), str(view))}"
        body = []
        if back_href:
            body.append(f'<p class="note"><a href="{esc(back_href)}">← corpus report</a></p>')
        body.append(f"<h1>{esc(name)}</h1>")
        body.append('<p class="note">The claims behind this actor\'s row of the corpus report: the speakers\' claims '
                    "that mention it, with the mentions marked, both scores and their weights (score confidence × claim "
                    "certainty). Each claim links to its place in its document.</p>")
        body.append(evidence_section(rows, actor_id=str(actor), name=name, view=str(view), limit=PAGE_LIMIT,
                                     doc_links=doc_links, titles=titles, heading="h2"))
        write_html(target, page(f"{name}: claims", "\n".join(body)))
    logger.info("wrote %d document and %d actor pages to %s", len(files), len(actor_files), directory)
    return ({d: _rel(f, base) for d, f in files.items()},
            {k: _rel(f, base) for k, f in actor_files.items()})


def _claim_counts(docs: pd.DataFrame, tables: Mapping[str, pd.DataFrame]) -> dict[str, tuple[int, int]]:
    """doc id -> (claims, questions), counted the same way everywhere: a claim is a non-question claim.

    From the claims table; without it, the documents table's ``n_claims`` (questions included) is
    all there is, and is reported as claims with 0 questions only when no claims table exists.
    """
    claims = tables.get("claims")
    if claims is None or claims.empty or "is_question" not in claims.columns:
        if claims is not None:  # a claims table without rows: no claims anywhere
            return {str(d): (0, 0) for d in docs["doc_id"]}
        return {str(d): (int(n), 0) for d, n in zip(docs["doc_id"], docs.get("n_claims", 0), strict=True) if n == n}
    q = claims["is_question"].astype("boolean").fillna(False).astype(bool)
    n_q = q.groupby(claims["doc_id"].astype(str)).sum()
    n_all = claims.groupby(claims["doc_id"].astype(str)).size()
    return {str(d): (int(n_all.get(str(d), 0) - n_q.get(str(d), 0)), int(n_q.get(str(d), 0))) for d in docs["doc_id"]}


def _summary(docs: pd.DataFrame, tables: Mapping[str, pd.DataFrame], manifest: Mapping[str, Any]) -> str:
    ok = docs[docs["status"] == "ok"] if "status" in docs.columns else docs
    counts = _claim_counts(docs, tables)
    n_claims = sum(c for c, _ in counts.values())
    n_questions = sum(q for _, q in counts.values())
    actors = tables.get("actors")
    if actors is not None and not actors.empty and "actor_id" in actors.columns:
        n_actors = actors["actor_id"].nunique()
    else:
        assessments = tables.get("assessments")
        n_actors = 0 if assessments is None or assessments.empty else assessments["actor_id"].nunique()
    dates = docs["date"].dropna().astype(str) if "date" in docs.columns else []
    span = f"{min(dates)} – {max(dates)}" if len(dates) else "no dates"
    items = [(len(ok), "documents analysed"), (len(docs) - len(ok), "could not be analysed"), (n_claims, "claims"),
             (n_questions, "questions"), (n_actors, "actors")]
    for key, label in (("speaker", "speakers"), ("outlet", "outlets")):
        if key in docs.columns:
            items.append((docs[key].nunique(), label))
    cards = "".join(f'<div class="card"><b>{esc(n)}</b><span>{esc(label)}</span></div>' for n, label in items)
    cards += f'<div class="card"><b>{esc(span)}</b><span>dates</span></div>'
    scored = bool(docs["scored"].astype("boolean").fillna(False).any()) if "scored" in docs.columns else False
    note = "" if scored else '<p class="note">No scoring model produced scores in this run: stance and sentiment are n/a.</p>'
    models = manifest.get("models") or {}
    model_line = ", ".join(f"{esc(k)}: <code>{esc(v)}</code>" for k, v in models.items())
    note += ('<p class="note">Claims are the sentences and clauses of the text other than questions, counted the same way '
             "here, in the documents table and on the document pages; actors are those mentioned anywhere in a document.</p>")
    return f'<p class="meta">models: {model_line or "not recorded"}</p><div class="cards">{cards}</div>{note}'


def _img(fig: Any, alt: str) -> str:
    from polisent.report.plots import figure_bytes

    data = base64.b64encode(figure_bytes(fig, "svg")).decode("ascii")
    return f'<div class="plot"><img alt="{esc(alt)}" src="data:image/svg+xml;base64,{data}"></div>'


def _plots(overall: pd.DataFrame | None, monthly: pd.DataFrame | None, top: int) -> str:
    from polisent.report.plots import plot_actors, plot_heatmap

    try:
        if overall is not None:
            return _img(plot_actors(overall, top=top), "Mean stance and sentiment per actor with 95 % intervals")
        return _img(plot_heatmap(monthly, top=top), "Mean stance per actor and month")
    except DependencyError as exc:
        return f'<p class="note">Plots left out: {esc(exc)}</p>' if overall is not None else ""


def _num(v: Any) -> str:
    return "" if v is None or v != v else f"{int(v)}"


def _undated(tables: Mapping[str, pd.DataFrame]) -> dict[str, str]:
    """Analysed documents that the per-month view leaves out, with why (doc id -> reason)."""
    import re

    docs = tables["documents"]
    ok = docs[docs["status"] == "ok"] if "status" in docs.columns else docs
    out = {}
    for r in ok.to_dict(orient="records"):
        date, raw = r.get("date"), r.get("date_raw")
        if isinstance(date, str) and re.match(r"\d{4}-\d{2}", date):
            continue
        if isinstance(date, str) and date:
            out[str(r["doc_id"])] = "a year only"
        elif isinstance(raw, str) and raw.strip():
            out[str(r["doc_id"])] = "date does not parse"
        else:
            out[str(r["doc_id"])] = "no date"
    return out


def _over_time(tables: Mapping[str, pd.DataFrame], docs: pd.DataFrame, top: int, plots: bool, reported: str) -> str:
    from polisent.aggregate import aggregate

    if not plots or "date" not in docs.columns:
        return ""
    monthly = aggregate(tables, by="month", n_boot=0, reported=reported)
    undated = _undated(tables)
    left = ""
    if undated:
        n = len(undated)
        left = (f" {n} analysed document{'s' if n != 1 else ''} without a day or month date "
                f"{'are' if n != 1 else 'is'} left out, marked <i>not in the month view</i> in the "
                '<a href="#documents">documents table</a>.')
    if monthly.empty or not monthly["stance"].notna().any():
        return f'<h2>Stance over time</h2><p class="note">No scored claim has a dated document, so there is no view over time.{left}</p>'
    heat = _plots(None, monthly, top)
    if not heat:
        return ""
    return (f'<h2>Stance over time</h2><p class="note">Mean stance per actor and month, from the documents\' dates.{left}</p>'
            + heat)


def _few_note(df: pd.DataFrame) -> str:
    if "n_docs" not in df.columns or not (df["stance_lo"].notna() & (df["n_docs"] < MIN_DOCS)).any():
        return ""
    return (f'<p class="note"><span class="few-mark">{FEW_MARK}</span> Interval from fewer than {MIN_DOCS} documents: '
            "with one document its claims were resampled as if independent, with two there are too few documents to "
            "say how much they vary; either way the interval understates the uncertainty.</p>")


def _actor_cell(name: Any, actor_id: str, view: str, sections: set[tuple[str, str]],
                actor_pages: Mapping[tuple[str, str], str]) -> str:
    """The actor's name linked to its claims: the evidence section on this page, else the actor's page."""
    label = esc(name)
    if (actor_id, view) in sections:
        return f'<a href="#{esc(anchor(actor_id, view))}" title="the claims behind this row">{label}</a>'
    if (actor_id, view) in actor_pages:
        return f'<a href="{esc(actor_pages[(actor_id, view)])}" title="the claims behind this row">{label}</a>'
    return label


def _overall_table(overall: pd.DataFrame, top: int, sections: set[tuple[str, str]],
                   actor_pages: Mapping[tuple[str, str], str]) -> str:
    if overall.empty:
        return '<p class="note">No actor was mentioned in the speakers\' own claims.</p>'
    rows = []
    n_rows = max(top, TABLE_ROWS)
    for r in overall.head(n_rows).itertuples(index=False):
        actor_id, view = str(r.actor_id), str(r.view)
        flag = "" if view != "reported" else f' <span class="flag reported">{esc(view)}</span>'
        rows.append(f'<tr id="row-{esc(anchor(actor_id, view))}"><td class="lead">{_actor_cell(r.actor_name, actor_id, view, sections, actor_pages)}{flag}</td>'
                    f"<td class='num' data-label='documents'>{_num(r.n_docs)}</td><td class='num' data-label='claims'>{_num(r.n_claims)}</td>"
                    f"<td class='num' data-label='stance'>{chip(r.stance, r.stance_lo, r.stance_hi, n_docs=r.n_docs)}</td>"
                    f"<td class='num' data-label='sentiment'>{chip(r.sentiment, r.sentiment_lo, r.sentiment_hi, n_docs=r.n_docs)}</td></tr>")
    more = ""
    if len(overall) > n_rows:
        k = len(overall) - n_rows
        where = ("; each links to its claims from the document pages and its actor page" if actor_pages else
                 "; they are in the output of <code>polisent corpus aggregate --by corpus</code>")
        more = f'<p class="note">{k} more actor row{"s" if k != 1 else ""} with fewer claims not shown{where}.</p>'
    return ('<table class="overall stack"><thead><tr><th>actor</th><th class="num">documents</th><th class="num">claims</th>'
            '<th class="num">stance [95 % CI]</th><th class="num">sentiment [95 % CI]</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>" + _few_note(overall) + more)


def _pivot(df: pd.DataFrame, key: str, overall: pd.DataFrame, top: int, sections: set[tuple[str, str]]) -> str:
    df = df[df["view"] != "reported"]
    if df.empty:
        return '<p class="note">Nothing to show.</p>'
    actors = overall[overall["view"] != "reported"]["actor_id"].head(top).tolist()
    groups = df.groupby(key)["n_claims"].sum().sort_values(ascending=False, kind="stable").head(12).index.tolist()
    cells = {(r.actor_id, getattr(r, key)): r for r in df.itertuples(index=False)}
    names = dict(zip(df["actor_id"], df["actor_name"], strict=False))
    head = "".join(f'<th class="num">{esc(g)}</th>' for g in groups)
    rows = []
    for a in actors:
        tds = []
        for g in groups:
            r = cells.get((a, g))
            if r is None:
                tds.append('<td class="num"></td>')
            else:
                few = r.stance_lo == r.stance_lo and r.n_docs < MIN_DOCS
                tip = f"n={r.n_claims}" + ("" if r.stance_lo != r.stance_lo else f", 95 % interval {r.stance_lo:+.2f} to {r.stance_hi:+.2f}")
                tip += f"; {few_docs_note(r.n_docs)}" if few else ""
                val = "n/a" if r.stance != r.stance else f"{r.stance:+.2f}"
                mark = f'<span class="few-mark">{FEW_MARK}</span>' if few else ""
                tds.append(f'<td class="num"><span class="chip" style="background:{stance_color(r.stance)}" title="{esc(tip)}">'
                           f"{val}{mark}</span> <small>n={r.n_claims}</small></td>")
        main = next((v for v in ("all", "own") if (str(a), v) in sections), "own")  # the actor's main row
        rows.append(f"<tr><td>{_actor_cell(names.get(a, a), str(a), main, sections, {})}</td>{''.join(tds)}</tr>")
    note = (f'<p class="note">Mean stance (hover for the interval); {len(groups)} {key}s with the most claims; '
            f"empty: the actor is not mentioned; {FEW_MARK}: the interval rests on fewer than {MIN_DOCS} documents.</p>")
    return (f"{note}<div class='scroll'><table class='pivot'><thead><tr><th>actor</th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def _documents_table(docs: pd.DataFrame, tables: Mapping[str, pd.DataFrame], links: Mapping[str, str],
                     undated: Mapping[str, str]) -> str:
    cols = [c for c in ("title", "speaker", "outlet", "date") if c in docs.columns]
    counts = _claim_counts(docs, tables)
    head = ("".join(f"<th>{esc(c)}</th>" for c in ["id", *cols])
            + '<th class="num">claims</th><th class="num">questions</th><th class="num">actors</th><th>status</th>')
    rows = []
    for r in docs.sort_values("input_index" if "input_index" in docs.columns else "doc_id").to_dict(orient="records"):
        doc_id = str(r["doc_id"])
        ident = f'<a href="{esc(links[doc_id])}">{esc(doc_id)}</a>' if doc_id in links else esc(doc_id)
        cells = {c: esc(r.get(c)) if isinstance(r.get(c), str) else "" for c in cols}
        if "date" in cells:
            if not cells["date"] and isinstance(r.get("date_raw"), str):
                cells["date"] = f"{esc(r['date_raw'])} (does not parse)"
            if doc_id in undated:
                cells["date"] += f' <i class="flag" title="{esc(undated[doc_id])}">not in the month view</i>'
        tds = "".join(f'<td data-label="{esc(c)}">{v}</td>' for c, v in cells.items())
        status = r.get("status") or "ok"
        cls = ' class="error"' if status == "error" else ""
        n_claims, n_questions = counts.get(doc_id, (None, None))
        rows.append(f'<tr><td class="lead">{ident}</td>{tds}<td class="num" data-label="claims">{_num(n_claims)}</td>'
                    f'<td class="num" data-label="questions">{_num(n_questions)}</td>'
                    f'<td class="num" data-label="actors">{_num(r.get("n_actors"))}</td><td{cls} data-label="status">{esc(status)}</td></tr>')
    return f"<table class='documents stack'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _evidence(ev: pd.DataFrame, shown: pd.DataFrame, limit: int, links: Mapping[str, str],
              actor_pages: Mapping[tuple[str, str], str], titles: Mapping[str, str]) -> str:
    if shown.empty:
        return ""
    groups = {} if ev.empty else dict(list(ev.groupby(["actor_id", "view"], sort=False)))
    out = ['<h2 id="evidence">Evidence: the claims behind each actor</h2>',
           f'<p class="note">For every actor row above, its claims: the speaker\'s own, non-question claims that mention the '
           "actor (mentions marked), both signed scores and their weights w = score confidence × claim certainty; the "
           "row's mean is Σ w·value / Σ w over the scored claims. Each claim links to its place in its document"
           f"{'' if links else ' when the report is written with per-document pages (--documents)'}. "
           f"At most {limit} claims per actor are shown here, highest weight first.</p>"]
    for r in shown.itertuples(index=False):
        key = (str(r.actor_id), str(r.view))
        rows = groups.get(key)
        if rows is None:
            continue
        out.append(evidence_section(rows, actor_id=key[0], name=str(r.actor_name), view=key[1], limit=limit,
                                    doc_links=links, titles=titles, more_href=actor_pages.get(key),
                                    back_href=f"#row-{anchor(*key)}"))
    return "\n".join(out)


def _problems(docs: pd.DataFrame) -> str:
    rows = []
    for r in docs.to_dict(orient="records"):
        for col in ("error", "warning"):
            v = r.get(col)
            if isinstance(v, str) and v:
                rows.append(f"<tr><td>{esc(r['doc_id'])}</td><td>{esc(r.get('source'))}</td><td>{col}</td><td>{esc(v)}</td></tr>")
    if not rows:
        return ""
    return ("<h2>Problems</h2><table class='problems'><thead><tr><th>id</th><th>source</th><th>kind</th><th>message</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _footer(manifest: Mapping[str, Any]) -> str:
    if not manifest:
        return "<footer>Made with polisent.</footer>"
    inp = manifest.get("input", {})
    fp = inp.get("fingerprint") or "n/a"
    return (f"<footer>polisent {esc(manifest.get('polisent_version'))} · run started {esc(manifest.get('created_at'))}, "
            f"status {esc(manifest.get('status'))} · input {esc(inp.get('source'))} (fingerprint <code>{esc(fp[:16])}</code>) · "
            f"format {esc(manifest.get('config', {}).get('format'))}.</footer>")
