"""Examples to model batches and back, shared by training, evaluation and the stance refit:
training units and length-grouped shuffled batches, the length-sorted inference batches of
:func:`target_batches`, :func:`predict_logits` and the per-split metrics of :func:`evaluate_examples`.

Split out of :mod:`polisent.training.train`, which keeps the training loop and the artifact.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from polisent.training.data import Example, to_tasks
from polisent.training.metrics import f_avg, three_way

__all__ = ["evaluate_examples", "predict_logits", "target_batches"]


def _units(
    tokenizer: Any, examples: Sequence[Example], max_length: int, *, weights: Sequence[float] | None = None,
    teacher: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """One training unit per encoded claim window: ids, target positions, labels, loss weights and,
    with ``teacher`` (:func:`~polisent.training.distill.union_teacher_logits`), the teacher's logits."""
    from polisent.models.features import encode_tasks

    enc = encode_tasks(tokenizer, to_tasks(examples), max_length=max_length)
    sent = [y for e in examples for y in e.sentiment]
    stance = [y for e in examples for y in e.stance]
    wts = [1.0 if weights is None else float(weights[i]) for i, e in enumerate(examples) for _ in e.targets]
    units: list[dict[str, Any]] = [{"ids": ids, "targets": [], "sent": [], "stance": [], "w": []} for ids in enc.input_ids]
    for t, u in enumerate(enc.unit_of_target):
        units[u]["targets"].append(enc.target_tokens[t])
        units[u]["sent"].append(sent[t])
        units[u]["stance"].append(stance[t])
        units[u]["w"].append(wts[t])
        if teacher is not None:
            units[u].setdefault("teacher", []).append((teacher["sentiment"][t], teacher["stance"][t]))
    return [u for u in units if u["targets"]]


def _batches(units: list[dict[str, Any]], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length (sort inside chunks of 50 batches)."""
    order = list(range(len(units)))
    rng.shuffle(order)
    chunk = batch_size * 50
    out = []
    for i in range(0, len(order), chunk):
        part = sorted(order[i:i + chunk], key=lambda j: len(units[j]["ids"]))
        out += [part[k:k + batch_size] for k in range(0, len(part), batch_size)]
    rng.shuffle(out)
    return out


def to_device(batch: dict[str, Any], device: Any) -> dict[str, Any]:
    """``batch`` with its tensors on ``device`` (a no-op on the CPU)."""
    if getattr(device, "type", device) == "cpu":
        return batch
    return {k: v.to(device, non_blocking=True) if hasattr(v, "to") else v for k, v in batch.items()}


def _collate_units(units: list[dict[str, Any]], idx: list[int], pad_id: int) -> tuple[dict[str, Any], Any, Any, Any]:
    """A model batch plus the sentiment labels, stance labels and loss weights of its targets; when the
    units carry a teacher's logits, the batch holds them as ``teacher_sentiment`` / ``teacher_stance``
    (not model inputs: pop them before the forward pass)."""
    import torch

    from polisent.models.targeted import collate

    ids, uot, toks, ys, yst, wt, soft = [], [], [], [], [], [], []
    for b, j in enumerate(idx):
        u = units[j]
        ids.append(u["ids"])
        for k, (pos, s, st) in enumerate(zip(u["targets"], u["sent"], u["stance"])):
            uot.append(b)
            toks.append(pos)
            ys.append(s)
            yst.append(st)
            wt.append(u["w"][k] if "w" in u else 1.0)
            if "teacher" in u:
                soft.append(u["teacher"][k])
    batch = collate(ids, uot, toks, pad_token_id=pad_id)
    if soft:
        import numpy as np

        for h, name in enumerate(("teacher_sentiment", "teacher_stance")):
            batch[name] = torch.from_numpy(np.stack([t[h] for t in soft]).astype(np.float32))
    return (batch, torch.tensor(ys, dtype=torch.long), torch.tensor(yst, dtype=torch.long),
            torch.tensor(wt, dtype=torch.float32))


def target_batches(
    tokenizer: Any, examples: Sequence[Example], *, max_length: int = 256, batch_size: int = 64
) -> tuple[int, Iterator[tuple[list[int], dict[str, Any]]]]:
    """Encode ``examples`` once and yield length-sorted batches (longest first).

    Returns the number of targets and an iterator of ``(target_rows, batch)``, where ``batch``
    holds the tensors of :meth:`TargetedScoringModel.forward` and ``target_rows`` the rows
    (targets in example order) its outputs belong to. Used by evaluation and by
    :func:`polisent.training.refit_features.extract_features`, so both see the same encoding.
    """
    from polisent.models.features import encode_tasks
    from polisent.models.targeted import collate

    enc = encode_tasks(tokenizer, to_tasks(examples), max_length=max_length)
    targets_of_unit: list[list[int]] = [[] for _ in range(enc.n_units)]
    for t, u in enumerate(enc.unit_of_target):
        targets_of_unit[u].append(t)
    order = sorted(range(enc.n_units), key=lambda u: -len(enc.input_ids[u]))

    def batches() -> Iterator[tuple[list[int], dict[str, Any]]]:
        for i in range(0, len(order), batch_size):
            us = order[i:i + batch_size]
            tids = [t for u in us for t in targets_of_unit[u]]
            if not tids:
                continue
            local = {u: b for b, u in enumerate(us)}
            yield tids, collate(
                [enc.input_ids[u] for u in us],
                [local[enc.unit_of_target[t]] for t in tids],
                [enc.target_tokens[t] for t in tids],
                pad_token_id=tokenizer.pad_token_id,
            )

    return enc.n_targets, batches()


def predict_logits(
    model: Any,
    tokenizer: Any,
    examples: Sequence[Example],
    *,
    max_length: int = 256,
    batch_size: int = 64,
    bf16: bool = False,
    calibrated: bool = False,
    device: Any = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Logits (sentiment, stance), one row per target in example order, length-sorted batches.

    ``device``: where the batches go (None: the device of the model's parameters).
    """
    import torch

    dev = torch.device(device) if device is not None else next(model.parameters()).device
    n, batches = target_batches(tokenizer, examples, max_length=max_length, batch_size=batch_size)
    sent = np.zeros((n, 3), np.float32)
    stance = np.zeros((n, 3), np.float32)
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode(), torch.autocast(dev.type, dtype=torch.bfloat16, enabled=bf16):
            for tids, batch in batches:
                s, st = model(**to_device(batch, dev), calibrated=calibrated)
                sent[tids] = s.float().cpu().numpy()
                stance[tids] = st.float().cpu().numpy()
    finally:
        model.train(was_training)
    return sent, stance


def evaluate_examples(
    sent_probs: np.ndarray, stance_probs: np.ndarray, examples: Sequence[Example]
) -> dict[str, Any]:
    """Metrics for one split from per-target probabilities (NewsMTSC: 3-way; P-Stance: F_avg)."""
    ys = np.array([y for e in examples for y in e.sentiment])
    yst = np.array([y for e in examples for y in e.stance])
    groups = np.array([e.group for e in examples for _ in e.targets])
    out: dict[str, Any] = {}
    if (ys >= 0).any():
        sel = ys >= 0
        out["sentiment"] = three_way(ys[sel], sent_probs[sel])
    if examples and examples[0].source == "pstance":
        out["stance"] = f_avg(yst, stance_probs[:, 0], stance_probs[:, 2], groups)
    elif examples and examples[0].source == "commentary" and (yst >= 0).any():
        sel = yst >= 0
        out["stance"] = three_way(yst[sel], stance_probs[sel])
    return out
