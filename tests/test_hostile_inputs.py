"""Regression tests for issue 13, parts 1-6: hostile input never costs a run, never garbles text.

Principle under test: one bad record becomes exactly one error row; every input file is either a
row or a logged skip, and the run's summary counts both.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import signal
import stat
from pathlib import Path

import pytest

import polisent
from polisent.analyzer import Analyzer, Document
from polisent.cli import main
from polisent.errors import InputDecodeError, OutputError, PolisentError, RegistryError
from polisent.inputs import InputFailure, decode_bytes, read_documents
from polisent.testing import FakeScorer

pd = pytest.importorskip("pandas")

DEEP = '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"


def analyzer(simple_stages) -> Analyzer:
    return Analyzer(**simple_stages, scorer=FakeScorer(), progress=False)


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def corpus_docs(tmp_path, source, simple_stages, fmt="csv"):
    from polisent.corpus import load_tables, run_corpus

    res = run_corpus(source, tmp_path / f"out-{fmt}", analyzer=analyzer(simple_stages), format=fmt, progress=False)
    return res, load_tables(res.output_dir)["documents"]


@contextlib.contextmanager
def deadline(seconds: int):
    """Fail instead of hanging (a FIFO read blocks forever)."""

    def boom(*_):
        raise TimeoutError(f"blocked for more than {seconds} s")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# -- 1. one bad record aborts the whole run ----------------------------------------------------------
def test_deeply_nested_json_line_is_one_error_record_in_analyze(tmp_path, capsys) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": "a", "text": "Moscow failed."}\n' + DEEP + '\n{"id": "b", "text": "NATO is strong."}\n', encoding="utf-8")
    recs = list(read_documents([str(p)]))
    assert [type(r).__name__ for r in recs] == ["Document", "InputFailure", "Document"]
    assert recs[1].source.endswith(":2") and "nested" in recs[1].reason
    code, out, _ = run_cli(capsys, "analyze", str(p), "--model", "fake", "--no-progress")
    assert code == 1 and len(out.splitlines()) == 3


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_deeply_nested_json_line_is_one_error_row_in_corpus(tmp_path, simple_stages, fmt) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": "a", "text": "Moscow failed."}\n' + DEEP + '\n{"id": "b", "text": "NATO is strong."}\n', encoding="utf-8")
    res, docs = corpus_docs(tmp_path, p, simple_stages, fmt)
    assert len(docs) == 3 and res.n_errors == 1
    assert list(docs["status"]) == ["ok", "error", "ok"] and "nested" in docs["error"][1]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_lone_surrogate_record_is_one_error_row_in_corpus(tmp_path, simple_stages, fmt) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": "a", "text": "Moscow \\ud800 failed."}\n{"id": "b\\udc00", "text": "NATO is strong.", "outlet": "X\\ud801"}\n'
                 '{"id": "c", "text": "Kyiv agreed."}\n', encoding="utf-8")
    res, docs = corpus_docs(tmp_path, p, simple_stages, fmt)
    assert len(docs) == 3 and res.n_errors == 1
    assert list(docs["status"]) == ["error", "ok", "ok"] and "surrogate" in docs["error"][0]
    assert docs["doc_id"][1] == "b\\udc00" and docs["outlet"][1] == "X\\ud801"  # escaped, still one row


def test_lone_surrogate_record_is_one_error_record_in_analyze(tmp_path, capsys, simple_stages) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": "a", "text": "Moscow \\ud800 failed."}\n{"id": "b", "text": "NATO is strong."}\n', encoding="utf-8")
    code, out, _ = run_cli(capsys, "analyze", str(p), "--model", "fake", "--no-progress")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(rows) == 2 and "surrogate" in rows[0]["error"] and rows[0]["id"] == "a"
    [doc] = list(analyzer(simple_stages).pipe([Document("x\ud800y", id="s")], on_error="return"))
    assert doc.id == "s" and "surrogate" in doc.error


def test_non_utf8_file_name_in_analyze_and_corpus(tmp_path, capsys, simple_stages) -> None:
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text("Moscow failed.", encoding="utf-8")
    with open(os.fsencode(d) + b"/caf\xe9.txt", "wb") as fh:
        fh.write(b"NATO is strong.")
    out_file = tmp_path / "out.jsonl"
    code, _, err = run_cli(capsys, "analyze", str(d), "--model", "fake", "--no-progress", "-o", str(out_file))
    rows = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert code == 0, err
    assert len(rows) == 2 and any(r["id"].endswith("caf\\xe9.txt") for r in rows)
    res, docs = corpus_docs(tmp_path, d, simple_stages, "parquet")
    assert sorted(docs["doc_id"]) == ["a", "caf\\xe9"] and res.n_errors == 0


# -- 2. silent garbling with exit 0 ------------------------------------------------------------------
def test_ff_fe_before_text_is_not_decoded_as_utf16() -> None:
    for text in (b"Hello world!", b"Hello world, this is plain text.\n"):  # even length decoded into CJK noise before
        with pytest.raises(InputDecodeError, match="UTF-16"):
            decode_bytes(b"\xff\xfe" + text, source="x.txt")
    assert decode_bytes("Hello, Kyiv.\n".encode("utf-16"), source="x") == "Hello, Kyiv.\n"
    assert decode_bytes("Hello, Kyiv.\n".encode("utf-16-be").join([b"\xfe\xff", b""]), source="x") == "Hello, Kyiv.\n"


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_bom_is_decoded_as_utf32(codec) -> None:
    data = "Moscow failed.\n".encode(codec)
    if codec != "utf-32":
        data = ("\ufeff".encode(codec)) + data
    assert decode_bytes(data, source="x") == "Moscow failed.\n"
    with pytest.raises(InputDecodeError):
        decode_bytes(data[:-1], source="x")


def test_bad_bom_file_is_an_error_row_in_analyze(tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xff\xfeMoscow failed, NATO is strong.")
    code, out, _ = run_cli(capsys, "analyze", str(tmp_path / "a.txt"), "--model", "fake", "--no-progress")
    assert code == 1 and "error" in json.loads(out)


# -- 3. records split or merged ----------------------------------------------------------------------
def test_unicode_line_separators_do_not_split_jsonl_records(tmp_path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": "a", "text": "one\u2028two"}\n{"id": "b", "text": "x\u0085y\u2029z"}\r\n{"id": "c", "text": "ok"}\n',
                 encoding="utf-8")
    recs = list(read_documents([str(p)]))
    assert [r.id for r in recs] == ["a", "b", "c"] and all(isinstance(r, Document) for r in recs)
    assert recs[0].text == "one\u2028two"
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "x\u2028"}\n{oops\n', encoding="utf-8")
    recs = list(read_documents([str(tmp_path / "bad.jsonl")]))
    assert isinstance(recs[1], InputFailure) and recs[1].source.endswith("bad.jsonl:2")


def test_utf16_jsonl_gives_one_row_per_record(tmp_path, simple_stages) -> None:
    p = tmp_path / "in.jsonl"
    p.write_bytes('{"id": "a", "text": "Moscow failed."}\n{"id": "b", "text": "NATO is strong."}\n'.encode("utf-16"))
    res, docs = corpus_docs(tmp_path, p, simple_stages)
    assert list(docs["doc_id"]) == ["a", "b"] and res.n_errors == 0
    assert [r.id for r in read_documents([str(p)])] == ["a", "b"]


def test_nul_byte_in_one_jsonl_line_fails_only_that_line(tmp_path, simple_stages) -> None:
    p = tmp_path / "in.jsonl"
    p.write_bytes(b'{"id": "a", "text": "Moscow failed."}\n{"id": "b", "text": "x\x00y"}\n{"id": "c", "text": "NATO."}\n')
    recs = list(read_documents([str(p)]))
    assert [type(r).__name__ for r in recs] == ["Document", "InputFailure", "Document"]
    assert recs[1].source.endswith(":2")
    res, docs = corpus_docs(tmp_path, p, simple_stages)
    assert list(docs["status"]) == ["ok", "error", "ok"]


# -- 4. silent drops -------------------------------------------------------------------------------------
def test_same_stem_with_two_suffixes_gives_two_documents(tmp_path, simple_stages) -> None:
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text("Moscow failed.", encoding="utf-8")
    (d / "a.md").write_text("NATO is strong.", encoding="utf-8")
    (d / "b.txt").write_text("Kyiv agreed.", encoding="utf-8")
    (d / "metadata.csv").write_text("id,speaker\nb,Ann\na.md,Bob\n", encoding="utf-8")
    res, docs = corpus_docs(tmp_path, d, simple_stages)
    assert sorted(docs["doc_id"]) == ["a.md", "a.txt", "b"] and res.n_errors == 0
    speakers = dict(zip(docs["doc_id"], docs["speaker"], strict=True))
    assert speakers["b"] == "Ann" and speakers["a.md"] == "Bob" and pd.isna(speakers["a.txt"])


def _hostile_tree(tmp_path: Path) -> Path:
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Moscow failed.", encoding="utf-8")
    (d / "sub" / "b.txt").write_text("NATO is strong.", encoding="utf-8")
    (d / "sub" / "loop").symlink_to(d, target_is_directory=True)
    (d / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (d / "locked").mkdir()
    (d / "locked" / "c.txt").write_text("Kyiv agreed.", encoding="utf-8")
    os.mkfifo(d / "pipe.txt")
    return d


def _deny(monkeypatch, name: str) -> None:
    """Make listing the directory ``name`` fail as it does without read permission (tests may run as root)."""
    real = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path)) == name:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_directory_skips_are_logged_and_counted_in_corpus(tmp_path, simple_stages, monkeypatch, caplog, capsys) -> None:
    d = _hostile_tree(tmp_path)
    _deny(monkeypatch, "locked")
    caplog.set_level(logging.WARNING, logger="polisent")
    with deadline(20):
        res, docs = corpus_docs(tmp_path, d, simple_stages)
    assert sorted(docs["doc_id"]) == ["a", "sub/b"]
    assert res.n_skipped == 4 and res.manifest["n_skipped"] == 4
    logged = caplog.text
    for what in ("locked", "loop", "dangling.txt", "pipe.txt"):
        assert what in logged
    with deadline(20):
        code, out, err = run_cli(capsys, "corpus", "run", str(d), "-o", str(tmp_path / "cli"), "--format", "csv",
                                 "--model", "fake", "--no-progress")
    assert code == 0 and "4 skipped" in out


def test_directory_skips_are_logged_and_counted_in_analyze(tmp_path, monkeypatch, capsys) -> None:
    d = _hostile_tree(tmp_path)
    _deny(monkeypatch, "locked")
    with deadline(20):
        code, out, err = run_cli(capsys, "analyze", str(d), "--model", "fake", "--no-progress")
    ids = sorted(json.loads(line)["id"] for line in out.splitlines())
    assert ids == [str(d / "a.txt"), str(d / "sub" / "b.txt")]
    for what in ("locked", "loop", "dangling.txt", "pipe.txt"):
        assert what in err
    assert code == 1 and "4 skipped" in err


# -- 5. API error types and rows -------------------------------------------------------------------------
def test_pipe_return_with_meta_none(simple_stages) -> None:
    a = analyzer(simple_stages)
    docs = list(a.pipe([Document("Moscow failed.", id="a", meta=None), Document(None, id="b", meta=None)],  # type: ignore[arg-type]
                       on_error="return"))
    assert [d.id for d in docs] == ["a", "b"] and docs[0].error is None and docs[0].meta == ()
    assert "must be a str" in docs[1].error
    assert a(Document("Moscow failed.", meta=None)).error is None  # type: ignore[arg-type]


def test_analyze_dataframe_with_a_none_text_gives_the_other_rows(simple_stages) -> None:
    from polisent.integrations import analyze_dataframe

    df = pd.DataFrame({"text": ["Moscow failed.", None, "NATO is strong."], "id": ["a", "b", "c"]})
    out = analyze_dataframe(df, analyzer(simple_stages), id_column="id")
    assert sorted(out["doc_id"]) == ["a", "c"]
    docs = analyze_dataframe(df, analyzer(simple_stages), id_column="id", table="documents")
    assert list(docs["row"]) == [0, 1, 2] and docs["error"].notna().tolist() == [False, True, False]


def test_analyze_dataset_with_a_none_text_gives_the_other_rows(simple_stages) -> None:
    datasets = pytest.importorskip("datasets")
    from polisent.integrations import analyze_dataset

    ds = datasets.Dataset.from_dict({"text": ["Moscow failed.", None, "NATO is strong."]})
    docs = analyze_dataset(ds, analyzer(simple_stages), table="documents")
    assert docs["row"] == [0, 1, 2] and [e is not None for e in docs["error"]] == [False, True, False]


def test_analyze_dataframe_with_int_column_names(simple_stages) -> None:
    from polisent.errors import ConfigError
    from polisent.integrations import analyze_dataframe

    df = pd.DataFrame({0: ["Moscow failed.", "NATO is strong."], 1: ["a", "b"]})
    out = analyze_dataframe(df, analyzer(simple_stages), text_column=0, id_column=1)
    assert sorted(out["doc_id"]) == ["a", "b"]
    with pytest.raises(ConfigError, match="'0'"):
        analyze_dataframe(df, analyzer(simple_stages), text_column="0")


def _api_calls(tmp_path: Path, simple_stages) -> dict[str, object]:
    from polisent.actors import Registry, default_registry
    from polisent.corpus import run_corpus

    from polisent.aggregate import aggregate, export_table
    from polisent.segment import mask

    a = analyzer(simple_stages)
    reg = default_registry()
    run = tmp_path / "run"
    return {
        "Analyzer.pipe(1)": lambda: list(a.pipe(1)),
        "Analyzer.pipe(None)": lambda: list(a.pipe(None)),
        "Analyzer(text, meta=1)": lambda: a("Moscow failed.", meta=1),
        "Analyzer(batch_size=10**30)": lambda: list(Analyzer(batch_size=10**30, scorer=None).pipe(["x"])),
        "Registry.merge(1)": lambda: reg.merge(1),
        "Registry.by_iso3(1)": lambda: reg.by_iso3(1),
        "Registry.from_records(1)": lambda: Registry.from_records(1),
        "run_corpus(analyzer=1)": lambda: run_corpus(["x"], tmp_path / "o1", analyzer=1, format="csv"),
        "run_corpus(output_dir=None)": lambda: run_corpus(["x"], None, analyzer=a, format="csv"),
        "run_corpus(chunk_size=10**30)": lambda: run_corpus(["x"], tmp_path / "o2", analyzer=a, format="csv", chunk_size=10**30),
        "aggregate(seed='x')": lambda: aggregate(run, seed="x"),
        "aggregate(seed=-1)": lambda: aggregate(run, seed=-1),
        "aggregate(n_boot=10**12)": lambda: aggregate(run, n_boot=10**12),
        "export_table(1, path)": lambda: export_table(1, tmp_path / "x.csv"),
        "segment.mask(1)": lambda: mask(1),
    }


@pytest.mark.parametrize("name", list(_api_calls(Path("."), {"segmenter": None, "linker": None})))
def test_api_calls_raise_polisent_errors(name, tmp_path, simple_stages) -> None:
    from polisent.corpus import run_corpus

    run_corpus([Document("Moscow failed.", id="a")], tmp_path / "run", analyzer=analyzer(simple_stages), format="csv", progress=False)
    call = _api_calls(tmp_path, simple_stages)[name]
    with pytest.raises(PolisentError):
        call()


def test_document_with_bad_meta_is_one_error_row_in_corpus(tmp_path, simple_stages) -> None:
    res, docs = corpus_docs(tmp_path, [Document("Moscow failed.", id="a", meta=1), Document("NATO.", id="b", meta=None)],  # type: ignore[arg-type]
                            simple_stages)
    assert list(docs["status"]) == ["error", "ok"] and "meta must be a mapping" in docs["error"][0]


def test_registry_file_not_utf8_names_file_and_line(tmp_path) -> None:
    from polisent.actors import load_registry

    p = tmp_path / "reg.jsonl"
    p.write_bytes(b'{"id": "acme", "name": "Acme", "type": "organisation"}\n{"id": "caf", "name": "Caf\xe9", "type": "organisation"}\n')
    with pytest.raises(RegistryError, match=r"reg\.jsonl:2.*UTF-8"):
        load_registry(p)
    q = tmp_path / "reg.json"
    q.write_bytes(b'[\n{"id": "caf", "name": "Caf\xe9", "type": "organisation"}\n]\n')
    with pytest.raises(RegistryError, match=r"reg\.json:2.*UTF-8"):
        load_registry(q)
    r = tmp_path / "deep.jsonl"
    r.write_text(DEEP + "\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"deep\.jsonl:1"):
        load_registry(r)


# -- 6. messages and codes ---------------------------------------------------------------------------------
def test_overlong_document_keeps_its_id(tmp_path, capsys, simple_stages) -> None:
    a = Analyzer(**simple_stages, scorer=FakeScorer(), progress=False, max_chars=10)
    [doc] = list(a.pipe([Document("Moscow failed badly.", id="long")], on_error="return"))
    assert doc.id == "long" and "max_chars" in doc.error
    [(doc, ctx)] = list(a.pipe([(Document("Moscow failed badly.", id="t"), 7)], as_tuples=True, on_error="return"))
    assert doc.id == "t" and ctx == 7


def test_huge_batch_size_is_a_usage_error(capsys, tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Moscow failed.", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(tmp_path / "a.txt"), "--model", "fake", "--batch-size", str(10**30)])
    assert exc.value.code == 2
    assert "batch-size" in capsys.readouterr().err


def test_report_documents_with_a_300_character_id(tmp_path, simple_stages) -> None:
    from polisent.corpus import run_corpus
    from polisent.report import corpus_report

    long_id = "x" * 300
    run_corpus([Document("Moscow failed.", id=long_id), Document("NATO is strong.", id="y" * 250 + "/..")],
               tmp_path / "run", analyzer=analyzer(simple_stages), format="csv", progress=False)
    corpus_report(tmp_path / "run", tmp_path / "report.html", documents_dir=tmp_path / "docs", plots=False)
    names = [p.name for p in (tmp_path / "docs").iterdir() if p.suffix == ".html"]
    assert len(names) == 2 and all(len(n.encode()) <= 200 for n in names)


def test_disk_full_while_writing_names_the_output(tmp_path, capsys, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text("Moscow failed.", encoding="utf-8")
    real = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def write(self, _):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.fh, name)

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Full(real(*a, **k)))
    out = tmp_path / "out.jsonl"
    code, _, err = run_cli(capsys, "analyze", str(tmp_path / "a.txt"), "--model", "fake", "--no-progress", "-o", str(out))
    assert code == 1 and str(out) in err and "No space left" in err and "OSError" not in err
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl")]


def test_read_only_output_directory_names_the_path(tmp_path, simple_stages, monkeypatch) -> None:
    from polisent.corpus import run_corpus

    real = os.open

    def ro(path, flags, *a, **k):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", os.fspath(path))
        return real(path, flags, *a, **k)

    out = tmp_path / "run"
    out.mkdir()
    monkeypatch.setattr(os, "open", ro)
    with pytest.raises(OutputError, match=r"run.*Read-only file system"):
        run_corpus([Document("Moscow failed.", id="a")], out, analyzer=analyzer(simple_stages), format="csv", progress=False)


def test_fifo_input_is_refused(tmp_path, simple_stages, capsys) -> None:
    from polisent.corpus import read_inputs
    from polisent.errors import InputError

    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    with deadline(10):
        recs = list(read_documents([str(fifo)]))
        assert len(recs) == 1 and isinstance(recs[0], InputFailure) and "regular file" in recs[0].reason
        code, out, err = run_cli(capsys, "analyze", str(fifo), "--model", "fake", "--no-progress")
        assert code == 1 and "regular file" in out
        with pytest.raises(InputError, match="regular file"):
            read_inputs(fifo)


def test_polisent_analyze_of_non_string_ids_still_works(simple_stages) -> None:
    """Guard for the error-path changes: ids that are not str still come back as given."""
    assert polisent.Analyzer(**simple_stages, scorer=FakeScorer())(Document("Moscow.", id=3)).id == 3  # type: ignore[arg-type]


def test_scorer_failing_on_one_document_costs_only_that_document(simple_stages) -> None:
    """A chunk whose scoring fails is scored again document by document: one error record, not the chunk."""

    class Picky(FakeScorer):
        def score(self, tasks, *, progress=False):
            if any("poison" in t.text for t in tasks):
                raise RuntimeError("cannot score poison")
            return super().score(tasks, progress=progress)

    a = Analyzer(**simple_stages, scorer=Picky(), progress=False)
    out = list(a.pipe([Document("Moscow failed.", id="a"), Document("Moscow poison.", id="b"),
                       Document("NATO is strong.", id="c")], on_error="return"))
    assert [d.id for d in out] == ["a", "b", "c"]
    assert [d.error is None for d in out] == [True, False, True] and "poison" in out[1].error
    assert out[0].assessments and out[2].assessments and out[0].scored


def test_carriage_return_in_a_text_keeps_one_row_in_csv_tables(tmp_path, simple_stages) -> None:
    """Found by the fuzz suite: a field holding a lone \\r was written unquoted and read back as two rows."""
    res, docs = corpus_docs(tmp_path, [Document("\r0", id="a"), Document("Moscow\rfailed.\r", id="b")], simple_stages, "csv")
    assert list(docs["doc_id"]) == ["a", "b"] and list(docs["text"]) == ["\r0", "Moscow\rfailed.\r"]


def test_csv_with_a_long_field_and_blank_lines_is_read_row_by_row(tmp_path, simple_stages) -> None:
    """A field past the csv module's 128 KiB default limit refused the whole file; now it is read
    (the process-wide limit is left as it was), and blank lines are not counted as documents."""
    import csv

    p = tmp_path / "in.csv"
    p.write_text("id,text\na,Moscow failed. " + "x" * 200_000 + "\n\nb,NATO is strong.\nc\n", encoding="utf-8")
    from polisent.corpus import read_inputs

    source = read_inputs(p)
    items = list(source)
    assert source.count == len(items) == 3 and csv.field_size_limit() == 131072
    assert [i.id for i in items] == ["a", "b", "c"] and items[0].error is None and len(items[0].text) > 200_000
    assert "1 fields, the header has 2" in items[2].error


def test_directory_nested_past_the_recursion_limit_is_walked(tmp_path) -> None:
    import sys

    chain = [tmp_path / "docs"]
    chain[0].mkdir()
    try:
        for _ in range(sys.getrecursionlimit() + 100):
            chain.append(chain[-1] / "d")
            chain[-1].mkdir()
        (chain[-1] / "deep.txt").write_text("Moscow failed.", encoding="utf-8")
        recs = list(read_documents([str(chain[0])]))
        assert len(recs) == 1 and recs[0].text == "Moscow failed."
    finally:  # bottom up: pytest's own clean-up (shutil.rmtree) recurses and would fail on this tree
        (chain[-1] / "deep.txt").unlink(missing_ok=True)
        for d in reversed(chain):
            d.rmdir()
