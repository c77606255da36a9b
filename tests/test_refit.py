"""Head-only stance refit (polisent.training.refit) on a tiny random artifact and synthetic data."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")

from _tiny_data import write_tiny_datasets  # noqa: E402
from polisent.errors import ConfigError  # noqa: E402

@pytest.fixture()
def tiny_data(tmp_path: Path) -> Path:
    return write_tiny_datasets(tmp_path / "datasets")


@pytest.fixture()
def tiny_artifact(tmp_path: Path) -> Path:
    """A saved artifact on a tiny random BERT with non-zero LoRA, so 'unchanged' is a real check."""
    import torch

    from polisent.models.artifact import build_model, save_targeted_model
    from polisent.testing import build_tiny_bert

    enc = build_tiny_bert(tmp_path / "enc")
    cfg = {"name": "tiny-src", "encoder": {"name": "tiny", "source": "path", "path": str(enc)}, "max_length": 64,
           "head_hidden": 8, "dropout": 0.1, "lora": {"r": 2, "alpha": 4.0, "dropout": 0.0}}
    model = build_model(enc, cfg)
    torch.manual_seed(0)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.1)
        model.sentiment_temperature.fill_(1.25)
        model.stance_temperature.fill_(1.5)
    return save_targeted_model(model, tmp_path / "src", cfg)


def test_refit_changes_only_the_stance_head(tiny_artifact, tiny_data, tmp_path):
    from safetensors.numpy import load_file

    from polisent.models.artifact import load_targeted_model
    from polisent.training.cli import main

    template = str(tmp_path / "out_W{w}")
    rc = main(["refit-stance", "--from", str(tiny_artifact), "--output", template, "--prose-weight", "0", "1",
               "--data-dir", str(tiny_data), "--seed", "3", "--max-epochs", "3", "--batch-size", "8"])
    assert rc == 0
    sel = json.loads((tmp_path / "refit_stance_selection.json").read_text())
    assert [r["prose_weight"] for r in sel["runs"]] == [0.0, 1.0]
    assert sel["chosen"]["output"] in {str(tmp_path / "out_W0"), str(tmp_path / "out_W1")}
    assert all(r["sentiment_unchanged"] for r in sel["runs"])
    assert (tmp_path / "refit_stance_features.pt").is_file()  # one shared cache for the sweep

    src = load_file(str(tiny_artifact / "adapter.safetensors"))
    for w in ("0", "1"):
        out = tmp_path / f"out_W{w}"
        new = load_file(str(out / "adapter.safetensors"))
        assert set(new) == set(src)
        for key in src:
            if key.startswith("stance_head.") or key == "stance_temperature":
                continue
            assert np.array_equal(new[key], src[key]), key  # encoder (LoRA, LayerNorms) and sentiment head
        assert not np.array_equal(new["stance_head.1.weight"], src["stance_head.1.weight"])
        model, _, meta = load_targeted_model(out)
        assert meta["name"] == "tiny-src" and meta["temperatures"]["sentiment"] == pytest.approx(1.25)
        rec = json.loads((out / "training_record.json").read_text())["stance_refit"]
        assert rec["config"]["prose_weight"] == float(w) and rec["config"]["seed"] == 3
        assert "refit-stance" in rec["command"] and rec["weights_check"]["changed"]
        assert json.loads((out / "config.json").read_text())["stance_refit"]["prose_weight"] == float(w)
    # W = 0 trains on P-Stance and neutral NewsMTSC only; W = 1 adds the weak prose labels
    r0 = json.loads((tmp_path / "out_W0" / "training_record.json").read_text())["stance_refit"]["n_train"]
    assert r0 == {"pstance": 18, "newsmtsc_none": 6, "newsmtsc_weak_favor_against": 0}
    r1 = json.loads((tmp_path / "out_W1" / "training_record.json").read_text())["stance_refit"]["n_train"]
    assert r1["newsmtsc_weak_favor_against"] == 9


def test_refit_is_reproducible_with_the_cache(tiny_artifact, tiny_data, tmp_path):
    from safetensors.numpy import load_file

    from polisent.training.refit import RefitConfig, refit_stance

    cfg = RefitConfig(source=str(tiny_artifact), output=str(tmp_path / "a"), data_dir=str(tiny_data),
                      prose_weight=0.5, seed=1, max_epochs=2, batch_size=8)
    refit_stance(cfg)
    assert (tmp_path / "a" / "stance_features_cache.pt").is_file()
    cfg.output, cfg.cache = str(tmp_path / "b"), str(tmp_path / "a" / "stance_features_cache.pt")
    refit_stance(cfg)
    a, b = load_file(str(tmp_path / "a" / "adapter.safetensors")), load_file(str(tmp_path / "b" / "adapter.safetensors"))
    for key in a:
        assert np.array_equal(a[key], b[key]), key


def test_bad_refit_inputs(tiny_artifact, tiny_data, tmp_path):
    from polisent.training.cli import main
    from polisent.training.refit import RefitConfig, refit_stance

    with pytest.raises(ConfigError, match="does not exist"):
        main(["refit-stance", "--from", str(tmp_path / "nope"), "--output", str(tmp_path / "o")])
    with pytest.raises(ConfigError, match="not a polisent artifact"):
        refit_stance(RefitConfig(source=str(tiny_data), output=str(tmp_path / "o")))
    with pytest.raises(ConfigError, match="prose-weight"):
        refit_stance(RefitConfig(source=str(tiny_artifact), output=str(tmp_path / "o"), prose_weight=-1.0))
    with pytest.raises(ConfigError, match="must differ"):
        refit_stance(RefitConfig(source=str(tiny_artifact), output=str(tiny_artifact), data_dir=str(tiny_data)))
    with pytest.raises(ConfigError, match=r"\{w\}"):
        main(["refit-stance", "--from", str(tiny_artifact), "--output", str(tmp_path / "o"),
              "--prose-weight", "0", "1", "--data-dir", str(tiny_data)])
    with pytest.raises(SystemExit):  # --from is required
        main(["refit-stance", "--output", str(tmp_path / "o")])


def test_commentary_stance_gold_is_well_formed():
    root = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "stance"
    rows = [json.loads(line) for line in (root / "commentary.jsonl").read_text(encoding="utf-8").splitlines()]
    assert 120 <= len(rows) <= 200 and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["stance"] in {"against", "none", "favor"} and r["sentiment"] in {"negative", "neutral", "positive"}
        assert r["spans"] and all(0 <= s < e <= len(r["text"]) for s, e in r["spans"]), r["id"]
        assert r["note"]
    assert {r["stance"] for r in rows} == {"against", "none", "favor"}
