"""The corpus report as a researcher checks it: every actor row leads to its claims, the numbers agree.

Evidence sections and per-actor pages, links both ways between the report, the actor pages and
the document pages, claim counts that agree between header and documents table, intervals from
fewer than 3 documents marked, and the month view naming what it leaves out.
"""

from __future__ import annotations

import doctest
import importlib
import logging
import re
from html import unescape
from pathlib import Path
from urllib.parse import urldefrag

import pytest

pd = pytest.importorskip("pandas")

from test_report import _tables, parse  # noqa: E402

from polisent.aggregate import aggregate  # noqa: E402
from polisent.report import corpus_report  # noqa: E402
from polisent.report.evidence import anchor, evidence_rows  # noqa: E402


def ids_in(html: str) -> set[str]:
    return {a["id"] for _, a in parse(html).tags if "id" in a}


def hrefs(html: str) -> list[str]:
    return [a["href"] for t, a in parse(html).tags if t == "a" and "href" in a]


def resolve(page: Path, href: str) -> tuple[Path, str]:
    target, frag = urldefrag(href)
    return (page if not target else (page.parent / target).resolve()), frag


def check_links(page: Path) -> int:
    """Every link of ``page`` leads to a file that exists and, with a fragment, to an id in it."""
    n = 0
    for href in hrefs(page.read_text(encoding="utf-8")):
        target, frag = resolve(page, href)
        assert target.exists(), f"{page.name}: {href} leads nowhere"
        if frag:
            assert frag in ids_in(target.read_text(encoding="utf-8")), f"{page.name}: no id {frag!r} in {target.name}"
        n += 1
    return n


@pytest.fixture()
def site(tmp_path):
    out, tables = _tables(tmp_path)
    html = corpus_report(out, tmp_path / "report.html", documents_dir=tmp_path / "docs", n_boot=100, plots=False)
    return tmp_path, out, tables, html


def test_every_actor_row_leads_to_its_claims(site):
    tmp_path, out, tables, html = site
    c = parse(html)
    overall = aggregate(tables, by="corpus", n_boot=0)
    ids = ids_in(html)
    rows = [a for t, a in c.tags if t == "tr" and a.get("id", "").startswith("row-ev-")]
    assert len(rows) == len(overall) == 2
    ev = evidence_rows(tables)
    for r in overall.itertuples(index=False):
        key = anchor(r.actor_id, r.view)
        assert key in ids and f"row-{key}" in ids
        assert f'href="#{key}"' in html  # the actor's name in its row links to its claims
        section = html[html.index(f'id="{key}"'):]
        section = section[:section.index("</section>")]
        assert f"{r.n_claims} claims in {r.n_docs} documents" in section
        assert section.split("<tbody>")[1].count("<tr>") == r.n_claims  # all shown: 3 claims, under the limit
        # the numbers in the table can be recomputed from the rows shown
        mine = ev[(ev["actor_id"] == r.actor_id) & (ev["view"] == r.view)]
        assert len(mine) == r.n_claims
        w, v = mine["stance_w"], mine["stance"]
        assert (w * v).sum() / w.sum() == pytest.approx(r.stance)
        shown = [float(x) for x in re.findall(r'<td class="num" data-label="stance"><span class="chip"[^>]*>([+-]\d\.\d\d)', section)]
        weights = [float(x) for x in re.findall(r'data-label="stance">.*?w (\d\.\d\d)</small>', section)]
        assert len(shown) == len(weights) == r.n_claims
        assert sum(a * b for a, b in zip(shown, weights, strict=True)) / sum(weights) == pytest.approx(r.stance, abs=0.02)
    # the mention is highlighted in the claim text, and the claim links to its place in its document
    russia = html[html.index('id="ev-russia"'):]
    assert '<mark class="actor" style="background:rgba(215, 48, 39' in russia.split("</section>")[0]
    assert "the <mark" in russia and ">Kremlin</mark> will stall." in russia
    assert 'href="docs/a.html#c1"' in russia and "Ann &lt;Expert&gt;" in russia


def test_links_between_report_actor_pages_and_documents(site):
    tmp_path, *_ = site
    docs = tmp_path / "docs"
    assert check_links(tmp_path / "report.html") > 10
    for page in [*docs.glob("*.html"), *(docs / "actors").glob("*.html")]:
        check_links(page)
    doc_page = (docs / "a.html").read_text(encoding="utf-8")
    assert 'href="actors/russia.html"' in doc_page and 'href="../report.html"' in doc_page
    actor_page = (docs / "actors" / "russia.html").read_text(encoding="utf-8")
    parse(actor_page)
    assert 'href="../../report.html#ev-russia"' in actor_page  # back to the row's evidence
    assert 'href="../a.html#c1"' in actor_page  # on to the claim in its document
    assert "3 claims in 3 documents" in actor_page


def test_evidence_is_bounded_and_says_what_it_leaves_out(tmp_path):
    out, _ = _tables(tmp_path)
    html = corpus_report(out, n_boot=0, plots=False, evidence=1)
    parse(html)
    assert html.count("Showing 1 of 3 claims, highest weight first; 2 not shown.") == 2
    assert "assessments table (filter on actor_id <code>russia</code>)" in html  # no actor pages without documents_dir
    with_pages = corpus_report(out, tmp_path / "r.html", documents_dir=tmp_path / "d", n_boot=0, plots=False, evidence=1)
    assert 'More on the actor\'s page</a>' in with_pages and 'href="d/actors/russia.html"' in with_pages
    none = corpus_report(out, n_boot=0, plots=False, evidence=0)
    assert none.count("Showing 0 of 3 claims") == 2


def test_evidence_escapes_hostile_text(tmp_path):
    from polisent.corpus import run_corpus

    from polisent.analyzer import Analyzer, Document
    from polisent.testing import FakeScorer

    text = 'A: Russia <script>alert("x")</script> is "wrong" & NATO <img src=x onerror=alert(1)> is strong.'
    run_corpus([Document(text, "d<1>", {"title": "<i>T</i>", "speaker": "<b>S</b>"})], tmp_path / "run",
               analyzer=Analyzer(scorer=FakeScorer(), progress=False), format="csv")
    html = corpus_report(tmp_path / "run", tmp_path / "r.html", documents_dir=tmp_path / "docs", n_boot=0, plots=False)
    for page in [html, *(p.read_text(encoding="utf-8") for p in (tmp_path / "docs").rglob("*.html"))]:
        parse(page)
        assert "<script" not in page and "<img src=x" not in page and "<i>T</i>" not in page and "<b>S</b>" not in page
    assert "&lt;script&gt;" in html and "&lt;i&gt;T&lt;/i&gt;" in html


def cards(html: str) -> dict[str, str]:
    return {label: unescape(n) for n, label in re.findall(r'<div class="card"><b>([^<]*)</b><span>([^<]*)</span>', html)}


def test_header_and_documents_table_count_claims_the_same_way(site):
    tmp_path, out, tables, html = site
    head = cards(html)
    table = html[html.index("<table class='documents"):]
    table = table[:table.index("</table>")]
    claims = [int(x) for x in re.findall(r'data-label="claims">(\d+)</td>', table)]
    questions = [int(x) for x in re.findall(r'data-label="questions">(\d+)</td>', table)]
    assert int(head["claims"]) == sum(claims) == 6 and int(head["questions"]) == sum(questions) == 3
    assert claims == [2, 2, 2, 0] and questions == [1, 1, 1, 0]
    # and as on the document page
    doc_cards = cards((tmp_path / "docs" / "a.html").read_text(encoding="utf-8"))
    assert doc_cards["claims"] == "2" and doc_cards["questions"] == "1"
    assert int(head["actors"]) == 2


def test_intervals_from_few_documents_are_marked(tmp_path):
    out, tables = _tables(tmp_path)
    html = corpus_report(out, n_boot=100, plots=False)
    row = lambda actor: re.search(rf'<tr id="row-ev-{actor}">(.*?)</tr>', html).group(1)  # noqa: E731
    assert "†" not in row("russia")  # 3 documents
    one = {k: v[v["doc_id"] == "a"] for k, v in tables.items()}
    html = corpus_report(one, n_boot=100, plots=False)
    r = re.search(r'<tr id="row-ev-russia">(.*?)</tr>', html).group(1)
    assert r.count("†") == 2 and "interval from 1 document" in r
    assert "Interval from fewer than 3 documents" in html
    two = {k: v[v["doc_id"].isin(["a", "b<2>"])] for k, v in tables.items()}
    html = corpus_report(two, n_boot=100, plots=False)
    assert "interval from only 2 documents" in re.search(r'<tr id="row-ev-russia">(.*?)</tr>', html).group(1)


def test_plot_marks_few_document_intervals(tmp_path):
    from polisent.report import plot_actors

    out, tables = _tables(tmp_path)
    one = {k: v[v["doc_id"] == "a"] for k, v in tables.items()}
    fig = plot_actors(one, n_boot=50)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Russia  (n=1, 1 doc †)", "NATO  (n=1, 1 doc †)"]


def test_month_view_names_what_it_leaves_out(site, caplog):
    tmp_path, out, tables, _ = site
    with caplog.at_level(logging.WARNING, logger="polisent.aggregate"):
        html = corpus_report(out, n_boot=0)
    parse(html)
    assert "1 analysed document without a day or month date is left out" in html
    assert 'href="#documents"' in html and 'id="documents"' in html
    row = re.search(r'<td class="lead">c</td>(.*?)</tr>', html).group(1)
    assert "garbage (does not parse)" in row and "not in the month view" in row
    assert html.count('<i class="flag" title="date does not parse">not in the month view</i>') == 1
    msg = " ".join(r.getMessage() for r in caplog.records if "by='month'" in r.getMessage())
    assert "'c'" in msg and "date_raw" in msg  # names the document and columns that exist
    assert "date_raw" in tables["documents"].columns


def test_matplotlib_is_a_core_dependency():
    import tomllib

    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(r.startswith("matplotlib") for r in project["dependencies"])
    assert project["optional-dependencies"]["plot"] == []  # kept as an alias: pip install 'polisent[plot]' still works
    importlib.import_module("matplotlib")


@pytest.mark.parametrize("name", ["polisent.report.document", "polisent.report.evidence"])
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
