"""v3 models: target-aware "mcw" and claim-relative "mcwr" features, calibrated biases, head training on cached features, artifacts."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from polisent.errors import ConfigError
from polisent.models.artifact import build_model, load_targeted_model, save_targeted_model
from polisent.models.targeted import TargetedScoringModel, collate
from polisent.testing import build_tiny_bert
from polisent.training.data import Example
from polisent.training.head_features import cached_pooled_features
from polisent.training.heads import HeadConfig, save_heads_artifact, train_heads
from polisent.training.metrics import crossfit_temperature_bias, fit_rate_calibration


@pytest.fixture(scope="module")
def tiny_encoder(tmp_path_factory):
    return build_tiny_bert(tmp_path_factory.mktemp("enc"))


def _model(enc_dir, **kw):
    from transformers import AutoModel

    torch.manual_seed(0)
    return TargetedScoringModel(AutoModel.from_pretrained(enc_dir), head_hidden=8, **kw).eval()


def test_window_features_separate_two_actors_of_one_claim(tiny_encoder):
    # the same token (id 10) is both targets' mention, so [m, c] are identical for the two;
    # only the context window around each mention can tell them apart
    ids = [[2, 10, 20, 21, 22, 23, 24, 25, 26, 10, 30, 3]]
    batch = collate(ids, [0, 0], [[1], [9]], pad_token_id=0)
    mc = _model(tiny_encoder, feature_set="mc")
    mcw = _model(tiny_encoder, feature_set="mcw", window=2)
    with torch.no_grad():
        f_mc, f_mcw = mc.features(**batch), mcw.features(**batch)
    h = mc.hidden_size
    assert f_mc.shape == (2, 3 * h) and f_mcw.shape == (2, 5 * h)
    # the claim vector is shared; the window part differs between the two targets
    assert torch.allclose(f_mcw[0, h:2 * h], f_mcw[1, h:2 * h])
    assert not torch.allclose(f_mcw[0, 2 * h:3 * h], f_mcw[1, 2 * h:3 * h])


def test_relative_features_say_how_an_actor_differs_from_the_claims_others(tiny_encoder):
    ids = [[2, 10, 20, 21, 22, 23, 24, 25, 26, 11, 30, 3], [2, 12, 40, 41, 3]]
    batch = collate(ids, [0, 0, 1], [[1], [9], [1]], pad_token_id=0)
    mcw = _model(tiny_encoder, feature_set="mcw", window=2)
    mcwr = _model(tiny_encoder, feature_set="mcwr", window=2)
    with torch.no_grad():
        f, r = mcw.features(**batch), mcwr.features(**batch)
    h = mcw.hidden_size
    assert r.shape == (3, 7 * h)
    assert torch.allclose(r[:, :5 * h], f)  # the mcw part is unchanged
    # two actors of one claim: opposite differences from their mean; a lone actor: zero
    assert torch.allclose(r[0, 5 * h:], -r[1, 5 * h:], atol=1e-5) and r[0, 5 * h:].abs().sum() > 0
    assert torch.allclose(r[2, 5 * h:], torch.zeros(2 * h))
    # an empty padding target (no tokens, as the scorer pads the target count) leaves the means alone
    padded = dict(batch)
    padded["target_index"] = torch.cat([batch["target_index"], torch.tensor([0])])
    padded["target_mask"] = torch.cat([batch["target_mask"], torch.zeros(1, batch["target_mask"].shape[1])])
    with torch.no_grad():
        rp = mcwr.features(**padded)
    assert torch.allclose(rp[:3], r, atol=1e-5)


def test_window_falls_back_to_mentions_when_the_claim_is_only_the_mention(tiny_encoder):
    batch = collate([[2, 10, 3]], [0], [[1]], pad_token_id=0)
    model = _model(tiny_encoder, feature_set="mcw", window=1)
    with torch.no_grad():
        p = model.pooled(**batch, windows=(1,))
    # the window of token 1 is tokens 0 and 2: [CLS] is never used, [SEP] is
    assert p["w1"].shape == p["m"].shape
    batch = collate([[10]], [0], [[0]], pad_token_id=0)
    with torch.no_grad():
        p = model.pooled(**batch, windows=(3,))
    assert torch.equal(p["w3"], p["m"])


def test_bad_feature_options(tiny_encoder):
    with pytest.raises(ConfigError, match="feature set"):
        _model(tiny_encoder, feature_set="xyz")
    with pytest.raises(ConfigError, match="window"):
        _model(tiny_encoder, feature_set="mcw", window=0)


def test_biases_shift_calibrated_logits_only(tiny_encoder):
    model = _model(tiny_encoder)
    batch = collate([[2, 10, 11, 3]], [0], [[1]], pad_token_id=0)
    with torch.no_grad():
        raw, _ = model(**batch, calibrated=False)
        model.sentiment_bias.copy_(torch.tensor([0.0, 5.0, 0.0]))
        cal, _ = model(**batch)
        raw2, _ = model(**batch, calibrated=False)
    assert torch.allclose(raw, raw2)
    assert torch.allclose(cal - raw, torch.tensor([[0.0, 5.0, 0.0]]), atol=1e-5)


def test_v3_artifact_round_trip_and_older_artifacts_without_biases(tiny_encoder, tmp_path):
    from safetensors.torch import load_file, save_file

    cfg = {"name": "t", "encoder": {"name": "tiny", "source": "path", "path": str(tiny_encoder)}, "max_length": 32,
           "head_hidden": 8, "dropout": 0.1, "lora": {"r": 2, "alpha": 4.0}, "features": {"set": "mcw", "window": 2}}
    model = build_model(tiny_encoder, cfg)
    with torch.no_grad():
        model.stance_bias.copy_(torch.tensor([-1.0, 2.0, -1.0]))
    out = save_targeted_model(model, tmp_path / "v3", cfg)
    saved = json.loads((out / "config.json").read_text())
    assert saved["format_version"] == 2 and saved["features"] == {"set": "mcw", "window": 2}
    loaded, _, _ = load_targeted_model(out)
    assert loaded.feature_set == "mcw" and loaded.window == 2
    assert loaded.stance_bias.tolist() == [-1.0, 2.0, -1.0]
    # an artifact written before biases existed (format 1) loads with zero biases
    cfg1 = dict(cfg, features=None)
    old = save_targeted_model(build_model(tiny_encoder, cfg1), tmp_path / "v2", cfg1)
    state = {k: v for k, v in load_file(str(old / "adapter.safetensors")).items() if not k.endswith("_bias")}
    save_file(state, str(old / "adapter.safetensors"), metadata={"format": "polisent-targeted"})
    loaded, _, _ = load_targeted_model(old)
    assert loaded.feature_set == "mc" and not loaded.stance_bias.any()


def test_rate_calibration_matches_gold_rates_and_stays_calibrated():
    rng = np.random.default_rng(0)
    y = rng.choice(3, size=3000, p=[0.07, 0.89, 0.04])
    z = rng.normal(size=(3000, 3))
    z[np.arange(3000), y] += 1.2  # an informative but unsure model ...
    z[:, 0] += 1.5  # ... that leans to the first class
    t, b = fit_rate_calibration(z, y)
    pred = (z / t + b).argmax(1)
    rates = np.bincount(pred, minlength=3) / len(y)
    assert abs(rates[1] - 0.89) < 0.02
    rep = crossfit_temperature_bias(z, y, np.arange(3000) % 40)
    assert rep["ece_after_crossfit"] < rep["ece_before"]
    assert rep["probs_crossfit"].shape == (3000, 3)


def _examples(source, n, seed):
    rng = np.random.default_rng(seed)
    words = ["Moscow", "blamed", "Kyiv", "praised", "talks", "failed", "the", "deal"]
    out = []
    for i in range(n):
        text = " ".join(rng.choice(words, size=6))
        a = text.index(text.split()[0])
        b = text.rindex(text.split()[-1])
        out.append(Example(text, (((a, a + len(text.split()[0])),), ((b, len(text)),)),
                           (int(rng.integers(3)), int(rng.integers(3))),
                           (int(rng.integers(3)), -1), source, f"doc{i % 5}"))
    return out


def test_train_heads_and_save_a_v3_artifact(tiny_encoder, tmp_path):
    from transformers import AutoTokenizer

    base_cfg = {"name": "base", "encoder": {"name": "tiny", "source": "path", "path": str(tiny_encoder)},
                "max_length": 32, "head_hidden": 8, "dropout": 0.1, "lora": {"r": 2, "alpha": 4.0}}
    base_model = build_model(tiny_encoder, base_cfg)
    with torch.no_grad():  # a trained base: LayerNorms and LoRA moved away from their initial values
        for name, p in base_model.named_parameters():
            if "LayerNorm" in name or "lora_B" in name:
                p.add_(0.05)
    base = save_targeted_model(base_model, tmp_path / "base", base_cfg)
    model, tok, _ = load_targeted_model(base)
    pieces = {"train_newsmtsc": _examples("newsmtsc", 30, 1), "train_commentary": _examples("commentary", 20, 2),
              "commentary_dev": _examples("commentary", 20, 3), "newsmtsc_dev_rw": _examples("newsmtsc", 10, 4)}
    feats = cached_pooled_features(model, tok, pieces, tmp_path / "feats", encoder_key="tiny", windows=(2,), bf16=False)
    assert feats["train_commentary"]["m"].shape[0] == 40
    again = cached_pooled_features(model, tok, pieces, tmp_path / "feats", encoder_key="tiny", windows=(2,), bf16=False)
    assert np.array_equal(again["commentary_dev"]["c"], feats["commentary_dev"]["c"])  # from the cache
    cfg = HeadConfig(features_dir=str(tmp_path / "feats"), window=2, epochs=2, head_hidden=8, batch_size=16)
    result = train_heads(cfg)
    dev = result["dev"]
    assert set(dev["_calibration"]) == {"sentiment", "stance"}
    assert "same_claim" in dev["commentary_dev"]["sentiment"]
    out = save_heads_artifact(result, base, tmp_path / "v3", "tiny-v3")
    v3, tok3, meta = load_targeted_model(out)
    assert meta["name"] == "tiny-v3" and v3.feature_set == "mcw"
    assert v3.sentiment_temperature.item() == pytest.approx(dev["_calibration"]["sentiment"]["temperature"])
    # the encoder adapter is the base's: same pooled vectors
    batch = collate([tok("Moscow blamed Kyiv")["input_ids"]], [0], [[1]], pad_token_id=0)
    with torch.no_grad():
        assert torch.allclose(v3.pooled(**batch)["c"], model.pooled(**batch)["c"], atol=1e-5)
    from polisent.training.head_features import encoder_key

    # heads-only artifacts share their base's encoder key (and feature cache); another encoder does not
    assert encoder_key(out) == encoder_key(base) != encoder_key(save_targeted_model(model, tmp_path / "q", base_cfg,
                                                                                    storage="int8"))
    q = save_heads_artifact(result, base, tmp_path / "v3q", "tiny-v3", storage="int8")
    v3q, _, _ = load_targeted_model(q)
    assert json.loads((q / "config.json").read_text())["storage"] == "int8"
    with torch.no_grad():  # int8 heads: the same scores up to the quantisation step
        assert torch.allclose(v3q(**batch)[0], v3(**batch)[0], atol=0.05)
    with pytest.raises(ConfigError, match="window"):
        train_heads(HeadConfig(features_dir=str(tmp_path / "feats"), window=5, epochs=1))
    # the claim-relative feature set trains on the same cache and round-trips through an artifact
    rel = train_heads(HeadConfig(features_dir=str(tmp_path / "feats"), window=2, epochs=1, head_hidden=8,
                                 batch_size=16, feature_set="mcwr"))
    assert rel["heads"]["sentiment"][1].in_features == 7 * model.hidden_size
    vr, _, _ = load_targeted_model(save_heads_artifact(rel, base, tmp_path / "v3r", "tiny-v3r"))
    two = collate([tok("Moscow blamed Kyiv")["input_ids"]], [0, 0], [[1], [3]], pad_token_id=0)
    with torch.no_grad():
        sent, stance = vr(**two)
    assert vr.feature_set == "mcwr" and sent.shape == (2, 3) and stance.shape == (2, 3)
    with pytest.raises(ConfigError, match="mcw"):
        train_heads(HeadConfig(features_dir=str(tmp_path / "feats"), window=2, epochs=1, feature_set="mc"))


def test_analyzer_model_keyword():
    import polisent
    from polisent.testing import FakeScorer

    a = polisent.Analyzer(model="none")
    assert a("Moscow blamed Kyiv.").claims
    with pytest.raises(ConfigError, match="not both"):
        polisent.Analyzer(model="accurate", scorer=FakeScorer())


def test_accurate_model_loads_on_the_verified_backbone():
    from polisent.models.artifact import ACCURATE_ARTIFACT
    from polisent.models.backbones import accurate_backbone_path

    if not (ACCURATE_ARTIFACT / "adapter.safetensors").is_file():
        pytest.skip("no accurate artifact shipped in this checkout")
    try:
        accurate_backbone_path(assemble=False)
    except Exception:
        pytest.skip("the all-mpnet-base-v2 backbone is not assembled here (README: Accurate backbone)")
    import polisent

    doc = polisent.Analyzer(model="accurate")("Moscow blamed Kyiv for the failed talks.")
    assert doc.assessments
    for a in doc.assessments:
        assert abs(sum(a.sentiment.probabilities.values()) - 1) < 1e-3


def test_union_training_with_source_weights_and_mcw(tiny_encoder, tmp_path):
    from _tiny_data import write_tiny_datasets

    from polisent.training.train import TrainConfig, train

    data = write_tiny_datasets(tmp_path / "data")
    cfg = TrainConfig(output=str(tmp_path / "art"), data_dir=str(data), encoder_path=str(tiny_encoder), name="tiny-union",
                      sources=["newsmtsc", "pstance"], source_weights={"pstance": 0.5}, feature_set="mcw", window=2,
                      max_steps=2, batch_size=4, eval_every=2, head_hidden=8, lora_r=2, max_length=64,
                      train_max_length=32, seed=3, calibrate=False)
    record = train(cfg)
    assert record["n_train"]["examples_by_source"] == {"newsmtsc": 12, "pstance": 18}
    model, _, _ = load_targeted_model(tmp_path / "art")
    assert model.feature_set == "mcw" and model.window == 2
    with pytest.raises(ConfigError, match="include 'pstance'"):
        train(TrainConfig(output=str(tmp_path / "x"), data_dir=str(data), encoder_path=str(tiny_encoder),
                          sources=["newsmtsc"], max_steps=1))


def test_source_weight_option_is_checked(capsys):
    from polisent.training.cli import _parse_weights

    assert _parse_weights(["commentary=4", "ibm=0.1"]) == {"commentary": 4.0, "ibm": 0.1}
    with pytest.raises(ConfigError, match="SOURCE=WEIGHT"):
        _parse_weights(["commentary"])
    with pytest.raises(ConfigError, match="SOURCE=WEIGHT"):
        _parse_weights(["commentary=lots"])


def test_int8_storage_round_trip(tiny_encoder, tmp_path):
    cfg = {"name": "q", "encoder": {"name": "tiny", "source": "path", "path": str(tiny_encoder)}, "max_length": 32,
           "head_hidden": 64, "dropout": 0.1, "lora": {"r": 2, "alpha": 4.0}, "features": {"set": "mcw", "window": 2}}
    model = build_model(tiny_encoder, cfg)
    a = save_targeted_model(model, tmp_path / "fp32", cfg)
    b = save_targeted_model(model, tmp_path / "int8", cfg, storage="int8")
    assert (b / "adapter.safetensors").stat().st_size < 0.5 * (a / "adapter.safetensors").stat().st_size
    m1, _, _ = load_targeted_model(a)
    m2, _, _ = load_targeted_model(b)
    batch = collate([[2, 10, 11, 12, 3]], [0], [[2]], pad_token_id=0)
    with torch.no_grad():
        (s1, t1), (s2, t2) = m1(**batch), m2(**batch)
    assert torch.allclose(s1.softmax(-1), s2.softmax(-1), atol=2e-2)
    with pytest.raises(ConfigError, match="storage"):
        save_targeted_model(model, tmp_path / "x", cfg, storage="int4")


def test_a_grown_piece_reuses_its_cached_prefix(tiny_encoder, tmp_path, caplog):
    """New dev sets joining ``commentary_extra``: only their examples are encoded again, rows kept in order."""
    import logging

    base_cfg = {"name": "base", "encoder": {"name": "tiny", "source": "path", "path": str(tiny_encoder)},
                "max_length": 32, "head_hidden": 8, "dropout": 0.1, "lora": {"r": 2, "alpha": 4.0}}
    model, tok, _ = load_targeted_model(save_targeted_model(build_model(tiny_encoder, base_cfg), tmp_path / "b", base_cfg))
    grown = _examples("commentary_extra", 30, 7)
    kw = {"encoder_key": "tiny", "windows": (2,), "bf16": False}
    # the dev sets that joined sort between the earlier ones ("dev123" before "dev13"): not only at the end
    cached_pooled_features(model, tok, {"train_commentary_extra": grown[:10] + grown[20:]}, tmp_path / "f", **kw)
    with caplog.at_level(logging.INFO, logger="polisent.training.head_features"):
        feats = cached_pooled_features(model, tok, {"train_commentary_extra": grown}, tmp_path / "f", **kw)
    assert "20 cached examples reused, 10 new" in caplog.text
    fresh = cached_pooled_features(model, tok, {"train_commentary_extra": grown}, tmp_path / "g", **kw)
    a, b = feats["train_commentary_extra"], fresh["train_commentary_extra"]
    assert set(a) == set(b)
    for k in a:
        assert np.array_equal(a[k], b[k]) if a[k].dtype.kind in "iuU" else np.allclose(a[k], b[k], atol=1e-3), k
    # a changed prefix (another encoder key) is encoded again from scratch
    again = cached_pooled_features(model, tok, {"train_commentary_extra": grown}, tmp_path / "f", encoder_key="other",
                                   windows=(2,), bf16=False)
    assert again["train_commentary_extra"]["m"].shape == a["m"].shape
