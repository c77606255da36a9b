"""Self-contained HTML report of a corpus run: summary, plots, per-actor tables, documents, problems."""

from __future__ import annotations

import base64
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polisent.errors import ConfigError, DependencyError, check_int
from polisent.report.document import (
    chip,
    document_report,
    esc,
    page,
    safe_name,
    stance_color,
    write_html,
)

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

__all__ = ["corpus_report"]


def corpus_report(
    data: Any,
    path: str | Path | None = None,
    *,
    title: str = "Corpus report",
    documents_dir: str | Path | None = None,
    top: int = 15,
    n_boot: int = 1000,
    seed: int = 0,
    include_reported: bool = False,
    plots: bool = True,
) -> str:
    """Render the corpus report (and, with ``documents_dir``, one report per document).

    Args:
        data: an output directory of :func:`polisent.corpus.run_corpus` or its tables.
        path: also write the page there (atomically).
        title: page title.
        documents_dir: write per-document reports there (created if missing) and link them.
        top: actors shown in plots and pivot tables.
        n_boot, seed, include_reported: as in :func:`polisent.aggregate.aggregate`.
        plots: embed the plots (needs matplotlib; left out with a note when it is missing).

    Returns:
        The HTML text.
    """
    from polisent.aggregate import aggregate
    from polisent.corpus.store import read_manifest

    top = check_int(top, "top", "corpus_report")
    if isinstance(data, (str, Path)):
        from polisent.corpus import load_tables

        manifest = read_manifest(Path(data)) or {}
        tables: Mapping[str, pd.DataFrame] = load_tables(data)
    elif isinstance(data, Mapping):
        manifest, tables = {}, data
    else:
        raise ConfigError(f"corpus_report takes an output directory or a dict of tables; got {type(data).__name__}.")
    docs = tables.get("documents")
    if docs is None or docs.empty:
        raise ConfigError("corpus_report: the run has no documents yet. Run `polisent corpus run` first.")
    kw = {"n_boot": n_boot, "seed": seed, "include_reported": include_reported}
    overall = aggregate(tables, by="corpus", **kw)
    monthly = aggregate(tables, by="month", n_boot=0, include_reported=include_reported)

    links: dict[str, str] = {}
    if documents_dir is not None:
        links = _write_documents(data if isinstance(data, (str, Path)) else tables, Path(documents_dir),
                                 Path(path) if path is not None else None)

    body = [f"<h1>{esc(title)}</h1>", _summary(docs, tables, manifest)]
    body.append("<h2>Actors</h2>")
    body.append('<p class="note">Mean stance and sentiment per actor over the speakers\' own claims, weighted by '
                "score confidence × claim certainty; bars are 95 % bootstrap intervals (whole documents resampled for actors in two or more documents, claims otherwise). "
                "Questions, interviewer lines, clutter" + ("" if include_reported else " and reported views") + " are left out.</p>")
    if plots:
        body.append(_plots(overall, None, top))
    body.append(_overall_table(overall, top))
    heat = _plots(None, monthly, top) if plots and not monthly.empty and monthly["stance"].notna().any() else ""
    if heat:
        body.append(f"<h2>Stance over time</h2>{heat}")
    for key, label in (("speaker", "speaker"), ("outlet", "outlet")):
        if key in docs.columns and docs[key].notna().any():
            body.append(f"<h2>Stance by {label}</h2>")
            body.append(_pivot(aggregate(tables, by=key, **kw), key, overall, top))
    body.append("<h2>Documents</h2>")
    body.append(_documents_table(docs, links))
    body.append(_problems(docs))
    body.append(_footer(manifest))
    out = page(title, "\n".join(body))
    if path is not None:
        write_html(path, out)
    return out


def _write_documents(data: Any, directory: Path, report_path: Path | None) -> dict[str, str]:
    """Write one report per document; return doc id -> href relative to the corpus report."""
    import os

    from polisent.corpus import iter_analyses

    directory.mkdir(parents=True, exist_ok=True)
    base = (report_path.parent if report_path is not None else directory).resolve()
    back = None if report_path is None else Path(os.path.relpath(report_path.resolve(), directory.resolve())).as_posix()
    links = {}
    for doc in iter_analyses(data):
        target = directory / safe_name(str(doc.id))
        document_report(doc, target, back_link=back)
        links[str(doc.id)] = Path(os.path.relpath(target.resolve(), base)).as_posix()
    logger.info("wrote %d document reports to %s", len(links), directory)
    return links


def _summary(docs: pd.DataFrame, tables: Mapping[str, pd.DataFrame], manifest: Mapping[str, Any]) -> str:
    ok = docs[docs["status"] == "ok"] if "status" in docs.columns else docs
    claims = tables.get("claims")
    n_claims = 0 if claims is None or claims.empty else int((~claims["is_question"].astype("boolean").fillna(False)).sum())
    assessments = tables.get("assessments")
    n_actors = 0 if assessments is None or assessments.empty else assessments["actor_id"].nunique()
    dates = docs["date"].dropna().astype(str) if "date" in docs.columns else []
    span = f"{min(dates)} – {max(dates)}" if len(dates) else "no dates"
    items = [(len(ok), "documents analysed"), (len(docs) - len(ok), "could not be analysed"), (n_claims, "claims"),
             (n_actors, "actors")]
    for key, label in (("speaker", "speakers"), ("outlet", "outlets")):
        if key in docs.columns:
            items.append((docs[key].nunique(), label))
    cards = "".join(f'<div class="card"><b>{esc(n)}</b><span>{esc(label)}</span></div>' for n, label in items)
    cards += f'<div class="card"><b>{esc(span)}</b><span>dates</span></div>'
    scored = bool(docs["scored"].astype("boolean").fillna(False).any()) if "scored" in docs.columns else False
    note = "" if scored else '<p class="note">No scoring model produced scores in this run: stance and sentiment are n/a.</p>'
    models = manifest.get("models") or {}
    model_line = ", ".join(f"{esc(k)}: <code>{esc(v)}</code>" for k, v in models.items())
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
        return ('<p class="note">Mean stance per actor and month, from the documents\' dates; documents without a '
                "parseable date are left out.</p>" + _img(plot_heatmap(monthly, top=top), "Mean stance per actor and month"))
    except DependencyError as exc:
        return f'<p class="note">Plots left out: {esc(exc)}</p>' if overall is not None else ""


def _num(v: Any) -> str:
    return "" if v is None or v != v else f"{int(v)}"


def _overall_table(overall: pd.DataFrame, top: int) -> str:
    if overall.empty:
        return '<p class="note">No actor was mentioned in the speakers\' own claims.</p>'
    rows = []
    for r in overall.head(max(top, 40)).itertuples(index=False):
        view = "" if r.view == "own" else f' <span class="flag reported">{esc(r.view)}</span>'
        rows.append(f"<tr><td>{esc(r.actor_name)}{view}</td><td class='num'>{_num(r.n_docs)}</td><td class='num'>{_num(r.n_claims)}</td>"
                    f"<td class='num'>{chip(r.stance, r.stance_lo, r.stance_hi)}</td>"
                    f"<td class='num'>{chip(r.sentiment, r.sentiment_lo, r.sentiment_hi)}</td></tr>")
    more = "" if len(overall) <= max(top, 40) else f'<p class="note">{len(overall) - max(top, 40)} more actors in the tables.</p>'
    return ('<table class="overall"><thead><tr><th>actor</th><th class="num">documents</th><th class="num">claims</th>'
            '<th class="num">stance [95 % CI]</th><th class="num">sentiment [95 % CI]</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>" + more)


def _pivot(df: pd.DataFrame, key: str, overall: pd.DataFrame, top: int) -> str:
    df = df[df["view"] == "own"]
    if df.empty:
        return '<p class="note">Nothing to show.</p>'
    actors = overall[overall["view"] == "own"]["actor_id"].head(top).tolist()
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
                tip = f"n={r.n_claims}" + ("" if r.stance_lo != r.stance_lo else f", 95 % interval {r.stance_lo:+.2f} to {r.stance_hi:+.2f}")
                val = "n/a" if r.stance != r.stance else f"{r.stance:+.2f}"
                tds.append(f'<td class="num"><span class="chip" style="background:{stance_color(r.stance)}" title="{esc(tip)}">'
                           f"{val}</span> <small>n={r.n_claims}</small></td>")
        rows.append(f"<tr><td>{esc(names.get(a, a))}</td>{''.join(tds)}</tr>")
    note = (f'<p class="note">Mean stance (hover for the interval); {len(groups)} {key}s with the most claims; '
            "empty: the actor is not mentioned.</p>")
    return (f"{note}<div class='scroll'><table class='pivot'><thead><tr><th>actor</th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def _documents_table(docs: pd.DataFrame, links: Mapping[str, str]) -> str:
    cols = [c for c in ("title", "speaker", "outlet", "date") if c in docs.columns]
    head = "".join(f"<th>{esc(c)}</th>" for c in ["id", *cols]) + '<th class="num">claims</th><th class="num">actors</th><th>status</th>'
    rows = []
    for r in docs.sort_values("input_index" if "input_index" in docs.columns else "doc_id").to_dict(orient="records"):
        doc_id = str(r["doc_id"])
        ident = f'<a href="{esc(links[doc_id])}">{esc(doc_id)}</a>' if doc_id in links else esc(doc_id)
        cells = {c: r.get(c) if isinstance(r.get(c), str) else "" for c in cols}
        if "date" in cells and not cells["date"] and isinstance(r.get("date_raw"), str):
            cells["date"] = f"{r['date_raw']} (does not parse)"
        tds = "".join(f"<td>{esc(v)}</td>" for v in cells.values())
        status = r.get("status") or "ok"
        cls = ' class="error"' if status == "error" else ""
        rows.append(f"<tr><td>{ident}</td>{tds}<td class='num'>{_num(r.get('n_claims'))}</td>"
                    f"<td class='num'>{_num(r.get('n_actors'))}</td><td{cls}>{esc(status)}</td></tr>")
    return f"<div class='scroll'><table class='documents'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"


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
