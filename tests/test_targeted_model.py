"""Tests of the targeted scoring model, LoRA and the artifact format, on a tiny random BERT."""

from __future__ import annotations

import json

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from polisent.errors import ConfigError, InputError, ModelLoadError  # noqa: E402
from polisent.models.artifact import (  # noqa: E402
    build_model,
    load_targeted_model,
    save_targeted_model,
    trainable_state,
)
from polisent.models.features import encode_tasks  # noqa: E402
from polisent.models.targeted import (  # noqa: E402
    LoRALinear,
    TargetedScoringModel,
    apply_lora,
    collate,
    merge_lora,
)
from polisent.protocols import ScoringTask  # noqa: E402
from polisent.testing import build_tiny_bert  # noqa: E402

TASKS = [
    ScoringTask("Putin and Biden said the talks failed.", (((0, 5),), ((10, 15),))),
    ScoringTask("NATO is strong.", (((0, 4),),)),
    ScoringTask("The war in Ukraine is a crisis for Europe and the West.", (((11, 18),), ((35, 41),), ((50, 54),))),
]
CONFIG = {"name": "tiny-test", "max_length": 64, "head_hidden": 8, "dropout": 0.0, "lora": {"r": 4, "alpha": 8.0}}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build_tiny_bert(tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="module")
def tok(tiny):
    return transformers.AutoTokenizer.from_pretrained(tiny)


def _batch(tok, tasks=TASKS):
    enc = encode_tasks(tok, tasks, max_length=64)
    return collate(enc.input_ids, enc.unit_of_target, enc.target_tokens, pad_token_id=tok.pad_token_id)


def _model(tiny, lora=True, seed=0):
    torch.manual_seed(seed)
    cfg = dict(CONFIG, encoder={"name": "tiny", "source": "path", "path": str(tiny)})
    if not lora:
        cfg["lora"] = None
    return build_model(tiny, cfg), cfg


def test_forward_shapes_and_probabilities(tiny, tok):
    model, _ = _model(tiny)
    model.eval()
    batch = _batch(tok)
    with torch.inference_mode():
        sent, stance = model(**batch)
    assert sent.shape == (6, 3) and stance.shape == (6, 3)
    assert sent.dtype == torch.float32
    p = torch.softmax(sent, -1)
    assert torch.allclose(p.sum(-1), torch.ones(6))


def test_padding_and_batch_composition_invariance(tiny, tok):
    model, _ = _model(tiny)
    model.eval()
    with torch.inference_mode():
        together = model(**_batch(tok))
        alone = [model(**_batch(tok, [t])) for t in TASKS]
    for k in range(2):
        stacked = torch.cat([a[k] for a in alone])
        assert torch.allclose(together[k], stacked, atol=1e-5)


def test_targets_in_one_claim_get_different_scores(tiny, tok):
    model, _ = _model(tiny)
    model.eval()
    with torch.inference_mode():
        sent, _ = model(**_batch(tok, TASKS[:1]))
    assert not torch.allclose(sent[0], sent[1])


def test_temperature_divides_logits(tiny, tok):
    model, _ = _model(tiny)
    model.eval()
    batch = _batch(tok)
    with torch.inference_mode():
        raw, raw_st = model(**batch, calibrated=False)
        model.sentiment_temperature.fill_(2.0)
        model.stance_temperature.fill_(0.5)
        cal, cal_st = model(**batch)
    assert torch.allclose(cal, raw / 2.0) and torch.allclose(cal_st, raw_st / 0.5)


def test_lora_starts_as_identity_and_merges_exactly(tiny, tok):
    torch.manual_seed(0)
    enc = transformers.AutoModel.from_pretrained(tiny)
    base = TargetedScoringModel(enc, head_hidden=8, dropout=0.0).eval()
    batch = _batch(tok)
    with torch.inference_mode():
        before = base(**batch)[0]
    n = apply_lora(base.encoder, r=4, alpha=8.0)
    assert n == 2 * 6  # q, k, v, attention output, intermediate, output per layer
    with torch.inference_mode():
        assert torch.allclose(base(**batch)[0], before, atol=1e-6)  # B = 0 at start
    with torch.no_grad():
        for m in base.modules():
            if isinstance(m, LoRALinear):
                m.lora_B.normal_(0, 0.5)
        adapted = base(**batch)[0]
    assert not torch.allclose(adapted, before, atol=1e-3)
    assert merge_lora(base) == 12
    assert not any(isinstance(m, LoRALinear) for m in base.modules())
    with torch.inference_mode():
        merged = base(**batch)[0]
    assert torch.allclose(merged, adapted, atol=1e-5)


def _train_two_steps(model, tok):
    batch = _batch(tok)
    y_sent = torch.tensor([0, 0, 2, 0, 1, 1])
    y_st = torch.tensor([0, 0, 2, 1, 1, 1])
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=1e-2)
    for _ in range(2):
        sent, st = model(**batch)
        loss = torch.nn.functional.cross_entropy(sent, y_sent) + torch.nn.functional.cross_entropy(st, y_st)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()


def test_save_load_round_trip(tiny, tok, tmp_path):
    model, cfg = _model(tiny)
    # only LoRA, LayerNorms and heads are trainable parts of the artifact
    for name, p in model.encoder.named_parameters():
        if "lora_" not in name and "LayerNorm" not in name:
            p.requires_grad_(False)
    _train_two_steps(model, tok)
    with torch.no_grad():
        model.sentiment_temperature.fill_(1.5)
    batch = _batch(tok)
    with torch.inference_mode():
        want = model(**batch)
    out = save_targeted_model(model, tmp_path / "art", cfg)
    saved = json.loads((out / "config.json").read_text())
    assert saved["format"] == "polisent-targeted" and saved["temperatures"]["sentiment"] == 1.5
    assert set(trainable_state(model)) >= {"sentiment_temperature", "stance_head.4.weight"}
    assert not any(k.endswith("word_embeddings.weight") for k in trainable_state(model))

    loaded, tok2, meta = load_targeted_model(out)
    assert meta["name"] == "tiny-test" and meta["max_length"] == 64
    assert meta["sentiment_labels"] == ["negative", "neutral", "positive"]
    assert meta["stance_labels"] == ["against", "none", "favor"]
    assert tok2.is_fast and not loaded.training
    assert not any(isinstance(m, LoRALinear) for m in loaded.modules())  # merged at load
    with torch.inference_mode():
        got = loaded(**batch)
    assert torch.allclose(got[0], want[0], atol=1e-5) and torch.allclose(got[1], want[1], atol=1e-5)

    # the encoder can be given explicitly, and a wrong one is refused with a clear error
    load_targeted_model(out, encoder_path=tiny)
    other = build_tiny_bert(tmp_path / "wide", hidden_size=32)
    with pytest.raises(ModelLoadError, match="hidden_size"):
        load_targeted_model(out, encoder_path=other)


def test_bad_paths(tmp_path, tiny):
    with pytest.raises(ModelLoadError, match="does not exist"):
        load_targeted_model(tmp_path / "nope")
    with pytest.raises(ModelLoadError, match="not a polisent targeted-scoring artifact"):
        load_targeted_model(tiny)  # a HF model directory, not an artifact
    assert isinstance(ModelLoadError("x"), OSError)


def test_wrong_labels_are_refused(tiny, tok, tmp_path):
    model, cfg = _model(tiny)
    out = save_targeted_model(model, tmp_path / "art", cfg)
    data = json.loads((out / "config.json").read_text())
    data["stance_labels"] = ["con", "pro"]
    (out / "config.json").write_text(json.dumps(data))
    with pytest.raises(ModelLoadError, match="labels"):
        load_targeted_model(out)


def test_collate_and_model_errors(tiny):
    with pytest.raises(InputError, match="non-empty"):
        collate([[2, 3]], [0], [[]], pad_token_id=0)
    with pytest.raises(InputError, match="unit 5"):
        collate([[2, 3]], [5], [[0]], pad_token_id=0)
    with pytest.raises(ConfigError, match="hidden_size"):
        TargetedScoringModel(torch.nn.Linear(2, 2))
    with pytest.raises(ConfigError, match="encoder.layer"):
        apply_lora(torch.nn.Linear(2, 2))
