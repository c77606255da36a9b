"""benchmarks/structure_tables.py: pooled figures and the documents two tables tell apart (tables written here)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("structure_tables", Path(__file__).resolve().parents[1] / "benchmarks" / "structure_tables.py")
tables = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(tables)


def _row(doc: str, sp: int, cl: int) -> dict:
    return {"set": "dev9", "doc": doc, "sp": {"n": sp, "of": 4}, "st": {"n": sp, "of": 4}, "cl": {"n": cl, "of": 6},
            "dr": {"n": 0, "of": 4}, "q": {"tp": 1, "pred": 1, "gold": 2}}


def test_compare_counts_better_and_worse_documents(tmp_path: Path, capsys) -> None:
    base, new = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    base.write_text("\n".join(json.dumps(r) for r in [_row("x", 2, 0), _row("y", 4, 1), _row("z", 3, 0)]))
    new.write_text("\n".join(json.dumps(r) for r in [_row("x", 4, 0), _row("y", 4, 2), _row("z", 3, 0)]))
    assert tables.main(["compare", str(base), str(new)]) == 0
    out = capsys.readouterr().out
    assert "base {'sp': '75.00 % (9/12)'" in out and "new  {'sp': '91.67 % (11/12)'" in out
    assert "better ('dev9', 'x')" in out and "WORSE  ('dev9', 'y')" in out and "'z'" not in out
    assert out.strip().endswith("better 1 worse 1")


def test_speaker_error_class_tells_the_kinds_apart() -> None:
    cls = tables.speaker_error_class
    hosts, guests = ["Tom Reed"], ["Anna Berg", "Li Wei"]
    assert cls({"gold": "Anna Berg", "pred": None, "question": False}, hosts, guests) == "no name, the gold names one"
    assert cls({"gold": "Anna Berg", "pred": "Reed", "question": False}, hosts, guests) == "the host's name"
    assert cls({"gold": "Anna Berg", "pred": "Li Wei", "question": False}, hosts, guests) == "another gold speaker's name"
    assert cls({"gold": "Anna Berg", "pred": "Joe Biden", "question": False}, hosts, guests) == "someone else's name"
    assert cls({"gold": None, "pred": "Joe Biden", "question": False}, hosts, guests) == "a name where the gold gives a role only"
    assert cls({"gold": "Anna Berg", "pred": "Anna Berg", "question": True}, hosts, guests) == "taken as a question"
    assert cls({"gold": None, "pred": None, "gold_role": "author", "pred_role": "interviewee", "question": False},
               hosts, guests) == "no name, role interviewee for author"


def test_errors_pools_classes_by_format(tmp_path: Path, capsys) -> None:
    rows = [_row("x", 2, 0) | {"format": "oped", "spe": {"no name, the gold names one": 2}},
            _row("y", 3, 0) | {"format": "podcast_transcript", "spe": {"the host's name": 1}},
            _row("z", 1, 0) | {"format": "podcast_transcript", "spe": {"the host's name": 2, "someone else's name": 1}}]
    table, out = tmp_path / "t.jsonl", tmp_path / "e.json"
    table.write_text("\n".join(json.dumps(r) for r in rows))
    assert tables.main(["errors", str(table), "--out", str(out)]) == 0
    assert "6 speaker errors in 3 documents" in capsys.readouterr().out
    report = json.loads(out.read_text())
    assert report["by_class"] == {"the host's name": 3, "no name, the gold names one": 2, "someone else's name": 1}
    assert list(report["by_format"]) == ["podcast_transcript", "oped"]  # most errors first
    assert report["by_format"]["podcast_transcript"]["speaker"] == "50.0 % of 8"
    assert report["by_format"]["oped"] == {"speaker": "50.0 % of 4", "errors": 2, "largest": {"no name, the gold names one": 2}}
