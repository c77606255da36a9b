"""The CLI, called in-process: outputs, exit codes and bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from polisent.cli import main
from tests.conftest import EXAMPLES

INTERVIEW = EXAMPLES / "interview.md"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_example_prints_per_actor_table(capsys) -> None:
    code, out, err = run(capsys, "analyze", str(INTERVIEW), "--format", "table", "--model", "fake", "--no-progress")
    assert code == 0, err
    assert "actor" in out and "sentiment" in out and "stance" in out
    for name in ("Russia", "Ukraine"):
        assert name in out
    assert "Traceback" not in err


def test_analyze_jsonl_default_output_records_versions(capsys) -> None:
    code, out, _ = run(capsys, "analyze", str(INTERVIEW), "--model", "none")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert doc["provenance"]["polisent_version"]
    assert doc["provenance"]["models"]["sentiment"] == "none"
    assert doc["claims"] and doc["mentions"]
    assert all(a["sentiment"] is None for a in doc["assessments"])


def test_analyze_reads_stdin(capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Q: Will Moscow talk?\nA: The Kremlin will probably stall, but Kyiv is ready."))
    code, out, _ = run(capsys, "analyze", "-", "--model", "fake")
    assert code == 0
    doc = json.loads(out)
    assert doc["id"] == "<stdin>" and doc["assessments"]


def test_analyze_csv_table(capsys) -> None:
    code, out, _ = run(capsys, "analyze", str(INTERVIEW), "--format", "csv", "--model", "fake")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {"doc_id", "claim", "actor_id", "p_sentiment_negative", "stance_value"} <= set(rows[0])


def test_table_option_needs_csv(capsys) -> None:
    # --table chooses the csv rows; with another format it would be ignored, so it is refused
    code, out, err = run(capsys, "analyze", str(INTERVIEW), "--format", "table", "--table", "claims", "--model", "none")
    assert code == 1 and out == "" and "--format csv" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "analyze", str(INTERVIEW), "--format", "csv", "--table", "claims", "--model", "none")
    assert code == 0 and "claim_index" in out.splitlines()[0]


def test_output_file_is_not_overwritten_without_force(capsys, tmp_path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("keep me")
    code, _, err = run(capsys, "analyze", str(INTERVIEW), "--model", "none", "-o", str(target))
    assert code == 1 and "--force" in err and len(err.strip().splitlines()) == 1
    assert target.read_text() == "keep me"
    code, _, _ = run(capsys, "analyze", str(INTERVIEW), "--model", "none", "-o", str(target), "--force")
    assert code == 0 and json.loads(target.read_text())["claims"]


def test_missing_file_is_one_line_error(capsys, tmp_path) -> None:
    code, out, err = run(capsys, "analyze", str(tmp_path / "nope.txt"), "--model", "none")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [f"polisent: error: No such file or directory: {tmp_path / 'nope.txt'}"]


def test_directory_with_binary_and_empty_files_gives_error_records(capsys, tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Moscow said no. Kyiv said yes.")
    (tmp_path / "b.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "c.txt").write_text("")
    (tmp_path / "d.txt").write_bytes("caf\xe9".encode("latin-1"))
    code, out, err = run(capsys, "analyze", str(tmp_path), "--model", "none")
    records = [json.loads(x) for x in out.strip().splitlines()]
    assert code == 1 and "3 of 4 inputs" in err and "Traceback" not in err
    by_source = {Path(r.get("source", r["id"])).name: r for r in records}
    assert "claims" in by_source["a.txt"]
    assert "binary" in by_source["b.bin"]["error"]
    assert "empty" in by_source["c.txt"]["error"]
    assert "UTF-8" in by_source["d.txt"]["error"]


def test_invalid_jsonl_and_wrong_text_key(capsys, tmp_path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": "a", "body": "Moscow said no."}\n{broken\n\n[1, 2]\n')
    code, out, err = run(capsys, "analyze", str(f), "--model", "none")
    records = [json.loads(x) for x in out.strip().splitlines()]
    assert code == 1
    assert "no 'text' key (keys: body, id)" in records[0]["error"] and "--text-key" in records[0]["error"]
    assert "invalid JSON" in records[1]["error"] and "expected a JSON object" in records[2]["error"]
    code, out, err = run(capsys, "analyze", str(f), "--model", "none", "--text-key", "body")
    first = json.loads(out.strip().splitlines()[0])
    assert first["id"] == "a" and first["claims"]


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["analyze"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "x", "--batch-size", "0"])
    assert exc.value.code == 2
    capsys.readouterr()


def test_unknown_model_path_is_one_line_error(capsys, tmp_path) -> None:
    code, out, err = run(capsys, "analyze", str(INTERVIEW), "--model", str(tmp_path / "no-such-model"))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and err.startswith("polisent: error:")


def test_info_prints_versions_device_and_models(capsys) -> None:
    code, out, _ = run(capsys, "info", "--model", "none")
    assert code == 0
    assert out.startswith("polisent ") and "torch" in out and "device:" in out and "model[sentiment]: none" in out
