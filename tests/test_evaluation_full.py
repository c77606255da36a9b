"""``evaluate --gold all``: every evaluation of two tiny random models in one process, one JSON.

Tiny NewsMTSC / P-Stance look-alikes (``_tiny_data``), the two-document commentary corpus of
``test_commentary_corpus`` (one document moved to the test split), the committed 141-pair gold
set, and two artifacts saved from a tiny random targeted model: no real data, a few seconds.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from _tiny_data import write_tiny_datasets
from test_commentary_corpus import tiny_corpus  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tiny_artifacts(tmp_path):
    pytest.importorskip("torch")
    from _tiny_scorers import save_tiny_artifact

    a = save_tiny_artifact(tmp_path / "art_a")
    b = shutil.copytree(a, tmp_path / "art_b")
    return a, b


def test_gold_all_runs_every_evaluation_in_one_json(tiny_corpus, tiny_artifacts, tmp_path, capsys):  # noqa: F811
    from polisent.evaluation.full import DATASETS
    from polisent.training.cli import main

    tool, corpus = tiny_corpus
    (corpus / "splits.json").write_text(json.dumps({"t-interview": "dev", "t-oped": "test"}))
    assert tool.main(["build"]) == 0
    data = write_tiny_datasets(tmp_path / "datasets")
    results = tmp_path / "results"
    a, b = map(str, tiny_artifacts)
    rc = main(["evaluate", "--gold", "all", "--model", a, "--model", b, "--splits", "dev", "test",
               "--data-dir", str(data), "--corpus", str(corpus), "--results-dir", str(results),
               "--precision", "fp32", "--device", "cpu"])
    assert rc == 0
    report = json.loads((results / "eval_models_all.json").read_text())
    assert report["config"]["splits"] == ["dev", "test"] and "git_sha" in report and report["command"]
    assert set(report["results"]) == {a, b}
    for res in report["results"].values():
        assert set(res["commentary"]) == {"dev", "test"}
        for split in ("dev", "test"):
            c = res["commentary"][split]
            assert "baselines" not in c  # computed once, under report["baselines"]
            assert {"structure", "pipeline_pairs", "gold_pairs"} <= set(c)
            assert {"by_tag", "same_claim_different_labels"} <= set(c["gold_pairs"])
        m = res["newsmtsc_pstance"]["metrics"]
        assert {"dev_rw", "dev_mt", "val", "stance_ece_3way"} <= set(m)
        assert res["gold_set"]["stance"]["n"] == 141 and "ece" in res["gold_set"]["sentiment"]
        views = {"commentary_dev", "commentary_test", "newsmtsc_dev_rw", "newsmtsc_dev_mt", "pstance_val", "gold_set_141"}
        assert set(res["ece"]) == views and set(res["label_distributions"]) == views
        assert set(res["ece"]["commentary_dev"]) == {"sentiment", "stance"}
        d = res["label_distributions"]["commentary_dev"]["stance"]
        assert set(d["predicted"]) == {"against", "none", "favor"} and abs(sum(d["gold"].values()) - 1) < 1e-3
        assert res["label_distributions"]["pstance_val"]["stance"]["gold"]["none"] == 0.0
    base = report["baselines"]
    assert set(base["commentary"]) == {"dev", "test"} and "all_neutral_stance" in base["commentary"]["dev"]
    assert {"majority", "all_neutral"} <= set(base["gold_set"]) and "metrics" in base["tfidf-logreg"]
    rows = report["table"]
    assert {(r["model"], r["dataset"]) for r in rows} >= {(m, d) for m in (a, b) for d in DATASETS if d != "commentary_train"}
    assert {r["model"] for r in rows} >= {"tfidf-logreg", "all-neutral", "majority"}
    assert all(r["sentiment_macro_f1"] is None or 0 <= r["sentiment_macro_f1"] <= 1 for r in rows)
    out = capsys.readouterr().out
    assert "gold_set_141" in out and "commentary_test" in out and "tfidf-logreg" in out


def test_gold_all_defaults_to_dev_and_limit_keeps_real_results(tiny_corpus, tiny_artifacts, tmp_path):  # noqa: F811
    from polisent.errors import ConfigError
    from polisent.evaluation.full import run_full_evaluation

    _, corpus = tiny_corpus
    data = write_tiny_datasets(tmp_path / "datasets")
    rep = run_full_evaluation([str(tiny_artifacts[0]), "none"], data_dir=data, corpus=corpus, limit=1,
                              results_dir=tmp_path, baseline=False, precision="fp32", device="cpu")
    assert rep["config"]["splits"] == ["dev"] and Path(rep["path"]).name == "eval_models_all_limit1.json"
    res = rep["results"][str(tiny_artifacts[0])]
    assert set(res["commentary"]) == {"dev"} and res["commentary"]["dev"]["documents"] == 1
    assert res["gold_set"]["stance"]["n"] == 1
    assert set(rep["results"]["none"]) >= {"commentary"} and "gold_set" not in rep["results"]["none"]
    assert "tfidf-logreg" not in rep["baselines"]
    with pytest.raises(ConfigError):
        run_full_evaluation([], write=False)
    with pytest.raises(ConfigError):
        run_full_evaluation(["none"], splits=["val"], write=False)


def test_gold_set_benchmark_is_a_thin_wrapper(tiny_artifacts, tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import eval_stance_commentary

    gold = tmp_path / "gold.jsonl"
    lines = (ROOT / "benchmarks" / "gold" / "stance" / "commentary.jsonl").read_text().splitlines()[:12]
    gold.write_text("\n".join(lines) + "\n")
    out = tmp_path / "gold.json"
    assert eval_stance_commentary.main(["--model", str(tiny_artifacts[0]), "--gold", str(gold), "--interview", "",
                                        "--precision", "fp32", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["gold"]["n"] == 12
    assert set(report["results"]) == {"majority-class", "all-neutral", str(tiny_artifacts[0])}
    s = report["summary"][str(tiny_artifacts[0])]
    assert {"stance_macro_f1", "sentiment_macro_f1", "stance_ece", "sentiment_ece"} <= set(s)
