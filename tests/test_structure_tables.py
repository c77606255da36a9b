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
