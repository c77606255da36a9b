"""Corpus inputs and runs: formats, resuming, refusing to mix runs, bad input. No torch needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polisent.analyzer import Analyzer, Document
from polisent.corpus import (
    load_analysis,
    load_tables,
    parse_date,
    read_inputs,
    run_corpus,
)
from polisent.errors import (
    ConfigError,
    DependencyError,
    InputDecodeError,
    InputError,
    OutputError,
    PolisentError,
)
from polisent.protocols import NullScorer
from polisent.testing import FakeScorer

pd = pytest.importorskip("pandas")


def make_analyzer(simple_stages, scorer=None):
    return Analyzer(**simple_stages, scorer=scorer or FakeScorer(), progress=False)


def docs(n=10):
    return [Document(f"Moscow failed badly {i}. NATO is strong. Will Kyiv agree?", id=f"d{i:03d}",
                     meta={"speaker": f"S{i % 3}", "outlet": "Daily", "date": f"2024-0{1 + i % 4}-1{i % 9}"}) for i in range(n)]


def canonical(tables):
    """Tables without the columns that depend on how the run was chunked."""
    out = {}
    for name, df in tables.items():
        df = df.drop(columns=[c for c in ("chunk",) if c in df.columns])
        keys = [c for c in ("doc_id", "segment_index", "claim_index", "mention_index", "actor_id") if c in df.columns]
        out[name] = df.sort_values(keys).reset_index(drop=True) if keys else df
    return out


# -- inputs ------------------------------------------------------------------------------------------
def test_parse_date_forms():
    assert parse_date("2024-03-05") == "2024-03-05"
    assert parse_date("2024-03-05T10:00:00Z") == "2024-03-05"
    assert parse_date("5 March 2024") == "2024-03-05"
    assert parse_date("March 5, 2024") == "2024-03-05"
    assert parse_date("Sept 30 2023") == "2023-09-30"
    assert parse_date("05.03.2024") == "2024-03-05"
    assert parse_date("2024/3/5") == "2024-03-05"
    assert parse_date("March 2024") == "2024-03"
    assert parse_date("2024") == "2024"
    assert parse_date("03/05/2024") is None  # ambiguous: refused, not guessed
    assert parse_date("2024-02-30") is None
    assert parse_date("last Tuesday") is None


def test_directory_with_metadata_and_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("Moscow failed.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# T\n\nKyiv agreed.", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Kyiv caf\xe9".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")  # not a document
    (tmp_path / "metadata.csv").write_text(
        "id,speaker,outlet,date,title\na,Ann,Daily,2024-03-05,First\nb,Bo,Weekly,someday,Second\nghost,X,Y,2024-01-01,Missing\n",
        encoding="utf-8")
    src = read_inputs(tmp_path)
    items = {i.id: i for i in src}
    assert src.kind == "directory" and src.count == 5 and src.fingerprint
    assert set(items) == {"a", "b", "latin", "empty", "ghost"}
    assert items["a"].meta == {"speaker": "Ann", "outlet": "Daily", "date": "2024-03-05", "date_raw": "2024-03-05", "title": "First"}
    assert items["a"].error is None and items["a"].text == "Moscow failed."
    assert items["b"].meta["date"] is None and "someday" in items["b"].warning and items["b"].error is None
    assert "UTF-8" in items["latin"].error and items["latin"].text is None
    assert items["empty"].error == "file is empty"
    assert "no file ghost.txt" in items["ghost"].error


def test_fingerprint_changes_with_content(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    fp1 = read_inputs(tmp_path).fingerprint
    (tmp_path / "a.txt").write_text("two", encoding="utf-8")
    assert read_inputs(tmp_path).fingerprint != fp1


def test_directory_ids_stay_unique_when_a_stem_is_another_files_name(tmp_path):
    # "a.md.txt" has the stem "a.md", the id "a.md" takes beside "a.txt": every file keeps a row of its own
    for name in ("a.md", "a.md.txt", "a.txt", "b.txt"):
        (tmp_path / name).write_text("Some text here.", encoding="utf-8")
    ids = [item.id for item in read_inputs(tmp_path)]
    assert sorted(ids) == ["a.md", "a.md.txt", "a.txt", "b"]


def test_jsonl_malformed_rows_become_errors(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": 1, "text": "Moscow failed.", "speaker": "Ann"}\n\n{not json\n[1, 2]\n{"id": "x"}\n'
                     b'{"id": "y", "text": 5}\n{"id": "z", "text": "caf\xe9"}\n{"id": 1, "text": "dup"}\n{"text": "   "}\n')
    items = list(read_inputs(path))
    assert [i.id for i in items] == ["1", "c:3", "c:4", "x", "y", "c:7", "1#6", "c:9"]
    assert items[0].error is None and items[0].meta == {"speaker": "Ann"}
    errors = [i.error for i in items[1:]]
    assert "not valid JSON" in errors[0] and "not an object" in errors[1] and "no 'text' field" in errors[2]
    assert "must be a string" in errors[3] and "not valid UTF-8" in errors[4] and "duplicate id '1'" in errors[5]
    assert errors[6] == "text is empty"


@pytest.mark.parametrize("content, error", [(b"", InputError), (b"\n\n", InputError)])
def test_empty_input_files(tmp_path, content, error):
    for name in ("e.jsonl", "e.csv"):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(error, match="is empty"):
            read_inputs(tmp_path / name)


def test_input_errors(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_inputs(tmp_path / "nope")
    (tmp_path / "d").mkdir()
    with pytest.raises(InputError, match="no .txt, .md, .html, .vtt or .srt"):
        read_inputs(tmp_path / "d")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unknown file type"):
        read_inputs(tmp_path / "x.pdf")
    (tmp_path / "k.jsonl").write_text('{"body": "x"}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="no 'text' field.*body"):
        read_inputs(tmp_path / "k.jsonl")
    assert [i.text for i in read_inputs(tmp_path / "k.jsonl", text_key="body")] == ["x"]
    (tmp_path / "l.csv").write_bytes(b"id,text\n1,caf\xe9\n")
    with pytest.raises(InputDecodeError, match="line 2"):
        read_inputs(tmp_path / "l.csv")
    with pytest.raises(InputError, match="cannot read a int"):
        read_inputs(5)


def test_csv_rows(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('id,speaker,date,text\n1,Ann,2024-03-05,"Moscow, again, failed."\n2,Bo,2024-04-01\n'
                    '3,Cy,2024-05-01,text,extra\n4,,,"Kyiv\nagreed."\n', encoding="utf-8")
    items = list(read_inputs(path))
    assert [i.id for i in items] == ["1", "2", "c:3", "4"]
    assert items[0].text == "Moscow, again, failed." and items[0].meta["speaker"] == "Ann"
    assert "fewer" in items[1].error or "fields" in items[1].error
    assert "5 fields, the header has 4" in items[2].error
    assert items[3].text == "Kyiv\nagreed." and items[3].meta["speaker"] is None


def test_dataset_input(tmp_path, simple_stages):
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_dict({"id": ["a", "b"], "body": ["Moscow failed.", "NATO is strong."], "outlet": ["X", "Y"]})
    with pytest.raises(ConfigError, match="no 'text' column"):
        read_inputs(ds)
    res = run_corpus(ds, tmp_path / "out", analyzer=make_analyzer(simple_stages), format="csv", text_key="body")
    t = load_tables(tmp_path / "out")
    assert res.n_documents == 2 and t["documents"]["outlet"].tolist() == ["X", "Y"]
    assert set(t["assessments"]["actor_id"]) == {"russia", "nato"}


# -- runs --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_formats_round_trip_and_match_the_analyzer(tmp_path, simple_stages, fmt):
    analyzer = make_analyzer(simple_stages)
    res = run_corpus(docs(7), tmp_path / fmt, analyzer=analyzer, format=fmt, chunk_size=3)
    assert (res.n_documents, res.n_errors, res.n_chunks, res.complete, res.resumed) == (7, 0, 3, True, False)
    t = load_tables(tmp_path / fmt)
    direct = list(analyzer.pipe(docs(7)))
    assert len(t["claims"]) == sum(len(d.claims) for d in direct)
    assert len(t["assessments"]) == sum(len(d.assessments) for d in direct)
    assert len(t["mentions"]) == sum(len(d.mentions) for d in direct)
    a0 = t["assessments"].iloc[0]
    expected = direct[0].assessments[0]
    assert a0["doc_id"] == "d000" and a0["p_stance_favor"] == pytest.approx(expected.stance.favor, abs=1e-6)
    assert t["documents"]["date"].tolist()[:2] == ["2024-01-10", "2024-02-11"]
    assert str(t["claims"]["claim_index"].dtype) == "Int64" and str(t["claims"]["is_question"].dtype) == "boolean"
    assert bool(t["claims"]["is_question"].any())
    doc = load_analysis(tmp_path / fmt, "d001")
    assert doc.text == docs(7)[1].text and len(doc.claims) == len(direct[1].claims)
    assert all(doc.text[c.start:c.end] == c.text for c in doc.claims)


def test_manifest_and_rerun(tmp_path, simple_stages):
    out = tmp_path / "out"
    run_corpus(docs(5), out, analyzer=make_analyzer(simple_stages), format="csv", chunk_size=2)
    m = json.loads((out / "manifest.json").read_text())
    assert m["polisent_version"] and m["models"]["sentiment"] == "fake-lexical" and m["models"]["segmenter"] == "test-sentences"
    assert m["config"]["format"] == "csv" and m["input"]["fingerprint"] and m["status"] == "complete"
    assert [c["n_documents"] for c in m["chunks"]] == [2, 2, 1]
    again = run_corpus(docs(5), out, analyzer=make_analyzer(simple_stages), format="csv", chunk_size=2)
    assert again.n_new == 0 and again.resumed and again.n_documents == 5
    assert not list(out.rglob("*.tmp")) and not (out / ".polisent-run.lock").exists()


class Boom(Exception):
    pass


class FailingAfter:
    """An analyzer wrapper that dies (like a killed process) after ``n`` documents."""

    def __init__(self, inner, n):
        self.inner, self.n = inner, n

    def load(self):
        return self

    def models(self):
        return self.inner.models()

    def pipe(self, items, **kw):
        for doc in self.inner.pipe(items, **kw):
            if self.n <= 0:
                raise Boom("killed")
            self.n -= 1
            yield doc


def test_interrupted_run_resumes_without_lost_or_duplicated_rows(tmp_path, simple_stages):
    full = tmp_path / "full"
    run_corpus(docs(20), full, analyzer=make_analyzer(simple_stages), format="parquet", chunk_size=4)
    out = tmp_path / "out"
    for n in (5, 3, 6):  # dies mid-chunk three times
        with pytest.raises(Boom):
            run_corpus(docs(20), out, analyzer=FailingAfter(make_analyzer(simple_stages), n), format="parquet", chunk_size=4)
        assert json.loads((out / "manifest.json").read_text())["status"] == "running"
        partial = load_tables(out)["documents"]
        assert partial["doc_id"].is_unique and len(partial) % 4 == 0
    assert len(partial) == 8  # chunks of 4: 5 -> 1 chunk, 3 -> none, 6 -> 1 more
    # what a SIGKILL can leave: a half-written temporary file, a renamed chunk file the manifest never listed
    left = [out / "documents" / ".part-000002.parquet.abc123.tmp", out / "claims" / "part-000002.parquet",
            out / ".manifest.json.xyz.tmp"]
    for p in left:
        p.write_bytes(b"partial")
    res = run_corpus(docs(20), out, analyzer=make_analyzer(simple_stages), format="parquet", chunk_size=4)
    assert res.resumed and res.complete and res.n_documents == 20 and res.n_new == 12
    a, b = canonical(load_tables(full)), canonical(load_tables(out))
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], check_like=True)
    assert not list(out.rglob("*.tmp"))
    listed = {f for c in res.manifest["chunks"] for f in c["files"].values()}
    assert {p.relative_to(out).as_posix() for p in out.rglob("part-*")} == listed


def test_other_models_or_input_are_refused_unless_forced(tmp_path, simple_stages):
    out = tmp_path / "out"
    run_corpus(docs(4), out, analyzer=make_analyzer(simple_stages), format="csv")
    before = sorted(p.name for p in out.rglob("*"))
    with pytest.raises(ConfigError, match="models.*force=True"):
        run_corpus(docs(4), out, analyzer=make_analyzer(simple_stages, NullScorer()), format="csv")
    with pytest.raises(ConfigError, match="format"):
        run_corpus(docs(4), out, analyzer=make_analyzer(simple_stages), format="jsonl")
    with pytest.raises(OutputError, match="other contents"):
        run_corpus(docs(5), out, analyzer=make_analyzer(simple_stages), format="csv")
    with pytest.raises(OutputError, match="resume=True"):
        run_corpus(docs(4), out, analyzer=make_analyzer(simple_stages), format="csv", resume=False)
    assert sorted(p.name for p in out.rglob("*")) == before  # nothing written or lost
    assert len(load_tables(out)["documents"]) == 4
    res = run_corpus(docs(4), out, analyzer=make_analyzer(simple_stages, NullScorer()), format="csv", force=True)
    assert not res.resumed and res.n_documents == 4
    t = load_tables(out)
    assert t["assessments"]["stance_value"].isna().all()  # missing scores stay missing, never 0
    assert json.loads((out / "manifest.json").read_text())["models"]["sentiment"] == "none"


def test_foreign_directory_is_not_touched(tmp_path, simple_stages):
    out = tmp_path / "out"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(OutputError, match="not empty and holds no polisent run"):
        run_corpus(docs(2), out, analyzer=make_analyzer(simple_stages), format="csv")
    assert [p.name for p in out.iterdir()] == ["thesis.docx"]
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="not a directory"):
        run_corpus(docs(2), tmp_path / "file", analyzer=make_analyzer(simple_stages), format="csv")


class PickySegmenter:
    """Fails on one document, like a real segmenter meeting something it cannot handle."""

    name = "test-sentences"

    def __init__(self, inner):
        self.inner = inner

    def segment(self, text):
        if "poison" in text:
            raise RuntimeError("cannot segment this\nsecond line")
        return self.inner.segment(text)


def test_failing_documents_become_error_rows(tmp_path, simple_stages):
    analyzer = Analyzer(segmenter=PickySegmenter(simple_stages["segmenter"]), linker=simple_stages["linker"],
                        scorer=FakeScorer(), progress=False)
    items = [*docs(3), Document("poison pill about Moscow.", id="bad"), "", Document("Kyiv is strong.", id="last")]
    res = run_corpus(items, tmp_path / "o", analyzer=analyzer, format="jsonl", chunk_size=2)
    t = load_tables(tmp_path / "o")
    d = t["documents"].set_index("doc_id")
    assert res.n_documents == 6 and res.n_errors == 2
    assert d.loc["bad", "status"] == "error" and "cannot segment this" in d.loc["bad", "error"]
    assert "\n" not in d.loc["bad", "error"]
    assert d.loc["4", "error"] == "text is empty"
    assert d.loc["last", "status"] == "ok" and "bad" not in set(t["claims"]["doc_id"])


def test_parquet_needs_pyarrow(tmp_path, simple_stages, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    with pytest.raises(DependencyError, match=r"pip install pyarrow.*format='csv'"):
        run_corpus(docs(1), tmp_path / "o", analyzer=make_analyzer(simple_stages))
    assert not (tmp_path / "o").exists()
    run_corpus(docs(1), tmp_path / "o", analyzer=make_analyzer(simple_stages), format="csv")


def test_live_lock_is_respected(tmp_path, simple_stages):
    import os
    import subprocess
    import sys

    out = tmp_path / "o"
    out.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (out / ".polisent-run.lock").write_text(str(proc.pid))
        with pytest.raises(OutputError, match=f"process {proc.pid}"):
            run_corpus(docs(1), out, analyzer=make_analyzer(simple_stages), format="csv")
    finally:
        proc.kill()
        proc.wait()
    res = run_corpus(docs(1), out, analyzer=make_analyzer(simple_stages), format="csv", force=True)  # stale lock taken over
    assert res.complete and not (out / ".polisent-run.lock").exists()
    assert os.getpid()


def test_load_tables_errors(tmp_path):
    with pytest.raises(InputError, match="no polisent corpus run"):
        load_tables(tmp_path)
    (tmp_path / "manifest.json").write_text("{broken")
    with pytest.raises(InputError, match="not a readable polisent manifest"):
        load_tables(tmp_path)
    assert issubclass(InputError, PolisentError)


def test_example_corpus_reads(tmp_path):
    root = Path(__file__).resolve().parents[1] / "examples" / "corpus"
    items = list(read_inputs(root))
    assert len(items) >= 5 and all(i.error is None and i.warning is None for i in items)
    assert len({i.meta["speaker"] for i in items}) >= 5 and len({i.meta["outlet"] for i in items}) >= 5
    assert all(200 <= len(i.text.split()) <= 500 for i in items)
    assert all(i.meta["date"] and len(i.meta["date"]) == 10 for i in items)


def test_progress_bar_on_request_only(tmp_path, simple_stages, capsys):
    run_corpus(docs(6), tmp_path / "quiet", analyzer=make_analyzer(simple_stages), format="csv", chunk_size=2)
    assert capsys.readouterr().err == ""  # not a terminal: no bar
    run_corpus(docs(6), tmp_path / "bar", analyzer=make_analyzer(simple_stages), format="csv", chunk_size=2, progress=True)
    err = capsys.readouterr().err
    assert "corpus" in err and "6/6" in err and "doc/s" in err


def test_import_polisent_stays_light():
    import subprocess
    import sys

    code = ("import sys, polisent, polisent.corpus, polisent.aggregate, polisent.report, polisent.cli_corpus; "
            "print(sorted(m for m in ('torch', 'transformers', 'pandas', 'matplotlib', 'pyarrow') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"


def test_unreadable_files(tmp_path, monkeypatch):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("Kyiv agreed.", encoding="utf-8")
    (tmp_path / "d" / "locked.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    real = Path.read_bytes

    def guarded(self):
        if self.name in ("locked.txt", "c.jsonl"):
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    items = {i.id: i for i in read_inputs(tmp_path / "d")}
    assert items["a"].error is None and items["locked"].error == "cannot read file: Permission denied"
    with pytest.raises(InputError, match="Cannot read .*c.jsonl.*Permission denied"):
        read_inputs(tmp_path / "c.jsonl")
