"""`polisent corpus run|aggregate` and `polisent report`, called in-process on the example corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polisent.cli import main

pd = pytest.importorskip("pandas")
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "run"
    assert main(["corpus", "run", str(EXAMPLE), "-o", str(out), "--format", "csv", "--model", "fake", "--no-progress"]) == 0
    return out


def test_run_writes_tables_and_resumes(run_dir, capsys):
    from polisent.corpus import load_tables

    t = load_tables(run_dir)
    assert len(t["documents"]) == len(list(EXAMPLE.glob("*.txt")) + list(EXAMPLE.glob("*.md")))
    assert (t["documents"]["status"] == "ok").all()
    assert {"Lena Hartmann", "Amadou Diallo", "Mei-Ling Wu"} <= set(t["documents"]["speaker"])
    assert len(t["assessments"]) > 50 and t["assessments"]["stance_value"].notna().all()
    assert (t["segments"]["kind"] == "clutter").any() and (t["claims"]["hedged"]).any()
    code = main(["corpus", "run", str(EXAMPLE), "-o", str(run_dir), "--format", "csv", "--model", "fake", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0 and "0 processed now" in out and "resumed, complete" in out


def test_run_refuses_other_model_and_usage_errors(run_dir, capsys, tmp_path):
    code = main(["corpus", "run", str(EXAMPLE), "-o", str(run_dir), "--format", "csv", "--model", "none", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "holds another run" in err and "--force" in err
    assert main(["corpus", "run", str(tmp_path / "missing"), "-o", str(tmp_path / "o"), "--model", "fake"]) == 1
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["corpus", "run", str(EXAMPLE)])  # no -o
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["corpus", "aggregate", str(run_dir), "--by", "week"])
    assert exc.value.code == 2


def test_aggregate_outputs(run_dir, capsys, tmp_path):
    assert main(["corpus", "aggregate", str(run_dir), "--by", "speaker", "--n-boot", "200"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split()[:3] == ["actor", "speaker", "view"] and "Lena Hartmann" in table
    assert main(["corpus", "aggregate", str(run_dir), "--by", "month", "--format", "csv", "--n-boot", "0"]) == 0
    csv_text = capsys.readouterr().out
    assert csv_text.startswith("actor_id,actor_name,month,view,") and "2024-06" in csv_text
    target = tmp_path / "by_outlet.jsonl"
    assert main(["corpus", "aggregate", str(run_dir), "--by", "outlet", "-o", str(target), "--n-boot", "100"]) == 0
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    assert rows and {"outlet", "stance", "stance_lo", "stance_hi", "n_claims"} <= set(rows[0])
    assert main(["corpus", "aggregate", str(tmp_path), "--by", "speaker"]) == 1
    assert "holds no polisent corpus run" in capsys.readouterr().err


def test_report_commands(run_dir, capsys, tmp_path):
    pytest.importorskip("matplotlib")
    site = tmp_path / "site"
    code = main(["report", str(run_dir), "-o", str(site / "report.html"), "--documents", str(site / "docs"),
                 "--plots", str(site / "plots"), "--n-boot", "200"])
    assert code == 0, capsys.readouterr().err
    html = (site / "report.html").read_text(encoding="utf-8")
    assert "<img" in html and 'href="docs/01_baltic_deterrence.html"' in html
    assert len(list((site / "docs").glob("*.html"))) == 6
    assert {p.name for p in (site / "plots").iterdir()} == {"actors.png", "actors.svg", "heatmap.png", "heatmap.svg"}
    assert main(["report", str(run_dir), "--doc", "04_gaza_mediators", "-o", str(tmp_path / "one.html")]) == 0
    one = (tmp_path / "one.html").read_text(encoding="utf-8")
    assert "The mediators&#x27; dilemma" in one and 'class="seg seg-answer"' in one
    assert main(["report", str(run_dir), "--doc", "nope", "-o", str(tmp_path / "x.html")]) == 1
    assert "No document 'nope'" in capsys.readouterr().err
