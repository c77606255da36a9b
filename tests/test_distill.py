"""Distillation into the LoRA training loop: teacher rows lined up with the examples, the KL term, a run."""

from __future__ import annotations

import numpy as np
import pytest

from _tiny_data import write_tiny_datasets
from polisent.errors import ConfigError, InputError
from polisent.training.data import Example
from polisent.training.distill import union_teacher_logits


def _teacher_for(examples: list[Example], cls: int, scale: float = 8.0) -> dict[str, np.ndarray]:
    """Per-piece teacher arrays (as heads.teacher_logits_of writes them) that favour class ``cls`` everywhere."""
    out: dict[str, np.ndarray] = {}
    for src in sorted({e.source for e in examples}):
        labels = np.array([y for e in examples if e.source == src for y in e.sentiment])
        logits = np.zeros((len(labels), 3), np.float32)
        logits[:, cls] = scale
        out |= {f"train_{src}/sentiment": logits, f"train_{src}/stance": logits.copy(),
                f"train_{src}/_sentiment_labels": labels}
    return out


def test_rows_follow_each_source_in_order_and_mismatches_fail():
    a = Example("A hit B.", (((0, 1),), ((6, 7),)), (0, 2), (-1, -1), "x")
    b = Example("C won.", (((0, 1),),), (1,), (1,), "y")
    c = Example("D lost.", (((0, 1),),), (0,), (0,), "x")
    arrays = {"train_x/sentiment": np.arange(9, dtype=np.float32).reshape(3, 3), "train_x/stance": np.zeros((3, 3)),
              "train_x/_sentiment_labels": np.array([0, 2, 0]), "train_y/sentiment": np.full((1, 3), -1.0),
              "train_y/stance": np.zeros((1, 3)), "train_y/_sentiment_labels": np.array([1])}
    t = union_teacher_logits([a, b, c], arrays)
    # targets in the examples' order: a's two, then b's, then c's (the third row of source x)
    assert t["sentiment"][:, 0].tolist() == [0.0, 3.0, -1.0, 6.0]
    with pytest.raises(InputError, match="line up"):
        union_teacher_logits([b, c, a], arrays)  # source x's rows now meet other labels
    with pytest.raises(InputError, match="train_z"):
        union_teacher_logits([Example("E.", (((0, 1),),), (1,), (1,), "z")], arrays)


def test_distill_loss_is_zero_on_agreement_and_grows_with_disagreement():
    torch = pytest.importorskip("torch")
    from polisent.training.distill import distill_loss

    z = torch.tensor([[2.0, 0.0, -1.0], [0.0, 1.0, 0.0]])
    w = torch.ones(2)
    assert float(distill_loss(z, z, w, 2.0)) == pytest.approx(0.0, abs=1e-6)
    near, far = z + torch.tensor([0.5, 0.0, 0.0]), z.flip(-1)
    assert 0 < float(distill_loss(z, near, w, 2.0)) < float(distill_loss(z, far, w, 2.0))
    # weights: a zero-weight target does not count
    assert float(distill_loss(z, far * torch.tensor([[1.0], [0.0]]) + z * torch.tensor([[0.0], [1.0]]),
                              torch.tensor([0.0, 1.0]), 2.0)) == pytest.approx(0.0, abs=1e-6)


def test_training_moves_toward_the_teacher(tmp_path):
    """With only the teacher's term to follow (labels weighted ~0), the trained heads favour the teacher's class."""
    torch = pytest.importorskip("torch")
    from polisent.models.artifact import load_targeted_model
    from polisent.testing import build_tiny_bert
    from polisent.training.batches import predict_logits
    from polisent.training.train import TrainConfig, _load_training_data, check_config, train

    data = write_tiny_datasets(tmp_path / "datasets")
    enc = build_tiny_bert(tmp_path / "enc")
    examples = _load_training_data(TrainConfig(data_dir=str(data)))[0]
    teacher = tmp_path / "teacher.npz"
    np.savez(teacher, **_teacher_for(examples, cls=2))
    with pytest.raises(ConfigError, match="teacher"):
        check_config(TrainConfig(distill_weight=1.0))
    base = dict(data_dir=str(data), encoder_path=str(enc), max_steps=40, batch_size=8, eval_every=40, head_hidden=8,
                lora_r=2, max_length=64, train_max_length=32, seed=3, calibrate=False, save_best=False, lr=5e-3,
                head_lr=5e-3, stance_weight=1.0)
    probs = {}
    for name, extra in {"plain": {}, "distilled": {"teacher": str(teacher), "distill_weight": 50.0}}.items():
        train(TrainConfig(output=str(tmp_path / name), **base, **extra))
        model, tok, _ = load_targeted_model(tmp_path / name)
        s, _st = predict_logits(model, tok, examples, max_length=64)
        probs[name] = torch.softmax(torch.as_tensor(s), -1)[:, 2].mean().item()
    assert probs["distilled"] > 0.7 and probs["distilled"] > probs["plain"] + 0.3, probs
