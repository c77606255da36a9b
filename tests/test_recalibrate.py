"""``python -m polisent.training recalibrate``: only the calibration numbers of an artifact change."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from test_commentary_corpus import tiny_corpus  # noqa: F401 - the fixture


@pytest.fixture
def tiny_artifact(tmp_path):
    pytest.importorskip("torch")
    from _tiny_scorers import save_tiny_artifact

    return save_tiny_artifact(tmp_path / "art")


def test_recalibrate_refits_temperature_and_biases_only(tiny_corpus, tiny_artifact, tmp_path):  # noqa: F811
    from safetensors.numpy import load_file

    from polisent.training.cli import main

    tool, corpus = tiny_corpus
    assert tool.main(["build"]) == 0
    dev_set = shutil.copytree(corpus, tmp_path / "commentary_dev99")  # a second collection with pairs
    out = tmp_path / "recal"
    report_path = tmp_path / "report.json"
    rc = main(["recalibrate", str(tiny_artifact), "--dev-sets", str(dev_set), "--corpus", str(corpus), "--output", str(out),
               "--name", "tiny-a.1", "--report", str(report_path)])
    assert rc == 0
    report = json.loads(report_path.read_text())
    assert set(report["collections"]) == {"corpus_dev", "commentary_dev99"}
    assert report["pairs"] == 2 * report["collections"]["corpus_dev"]
    for head in ("sentiment", "stance"):
        r = report["heads"][head]
        assert {"shipped", "pooled"} <= set(r["held_out_dev_sets"]) and r["held_out_dev_sets"]["n"] > 0
        assert 0 <= r["held_out_dev_sets"]["pooled"]["ece"] <= 1
    a, b = load_file(str(tiny_artifact / "adapter.safetensors")), load_file(str(out / "adapter.safetensors"))
    assert set(a) == set(b)
    changed = {k for k in a if not np.array_equal(a[k], b[k])}
    assert changed <= {"sentiment_temperature", "sentiment_bias", "stance_temperature", "stance_bias"}
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["name"] == "tiny-a.1" and cfg["format_version"] == 2
    assert cfg["temperatures"]["stance"] == pytest.approx(float(b["stance_temperature"]), rel=1e-6)
    assert cfg["biases"]["sentiment"] == pytest.approx(b["sentiment_bias"].tolist(), abs=1e-6)
    # the written artifact loads and scores with its new calibration
    from polisent import Analyzer

    doc = Analyzer(model=str(out), progress=False)("Russia rejected the plan. The EU welcomed it.")
    assert doc.assessments


def test_recalibrate_report_only_writes_nothing(tiny_corpus, tiny_artifact, tmp_path):  # noqa: F811
    from polisent.training.recalibrate import recalibrate

    tool, corpus = tiny_corpus
    assert tool.main(["build"]) == 0
    before = sorted(p.name for p in tmp_path.iterdir())
    report = recalibrate(tiny_artifact, tmp_path / "never", dev_sets=[corpus], corpus=corpus, write=False)
    assert report["heads"]["stance"]["pooled"]["temperature"] > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_recalibrate_writes_only_the_chosen_heads(tiny_corpus, tiny_artifact, tmp_path):  # noqa: F811
    from safetensors.numpy import load_file

    from polisent.errors import ConfigError
    from polisent.training.recalibrate import recalibrate

    tool, corpus = tiny_corpus
    assert tool.main(["build"]) == 0
    out = tmp_path / "recal"
    report = recalibrate(tiny_artifact, out, dev_sets=[corpus], corpus=corpus, heads=["sentiment"])
    assert report["written_heads"] == ["sentiment"] and set(report["heads"]) == {"sentiment", "stance"}
    a, b = load_file(str(tiny_artifact / "adapter.safetensors")), load_file(str(out / "adapter.safetensors"))
    assert np.array_equal(a["stance_bias"], b["stance_bias"]) and np.array_equal(a["stance_temperature"], b["stance_temperature"])
    cfg_a = json.loads((tiny_artifact / "config.json").read_text())
    cfg_b = json.loads((out / "config.json").read_text())
    assert cfg_b["biases"]["stance"] == cfg_a["biases"]["stance"]
    assert cfg_b["biases"]["sentiment"] == pytest.approx(b["sentiment_bias"].tolist(), abs=1e-6)
    with pytest.raises(ConfigError, match="unknown head"):
        recalibrate(tiny_artifact, out, dev_sets=[corpus], corpus=corpus, heads=["mood"])
