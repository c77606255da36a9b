"""Soft labels of a teacher for the LoRA training loop (:func:`polisent.training.train.train`).

The heads' distillation (:mod:`polisent.training.heads`) already reads a teacher's logits per cached
training piece (:func:`~polisent.training.heads.teacher_logits_of`: ``<piece>/<head>`` arrays, one
row per target, ``train_<source>`` pieces in the order of
:meth:`~polisent.training.sources.TrainingUnion.by_source`). :func:`union_teacher_logits` lines those
rows up with the targets of the training examples as the loop sees them, so the same teacher file
can also teach the encoder; :func:`distill_loss` is the term both loops add.

>>> from polisent.training.data import Example
>>> a = Example("A hit B.", (((0, 1),), ((6, 7),)), (0, 2), (-1, -1), "x")
>>> b = Example("C.", (((0, 1),),), (1,), (1,), "y")
>>> import numpy as np
>>> npz = {"train_x/sentiment": np.eye(3)[[0, 2]], "train_x/stance": np.zeros((2, 3)),
...        "train_x/_sentiment_labels": np.array([0, 2]), "train_y/sentiment": np.eye(3)[[1]],
...        "train_y/stance": np.ones((1, 3)), "train_y/_sentiment_labels": np.array([1])}
>>> t = union_teacher_logits([b, a], npz)
>>> t["sentiment"].argmax(1).tolist(), t["stance"].sum(1).tolist()
([1, 0, 2], [3.0, 0.0, 0.0])
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from polisent.errors import InputError
from polisent.training.data import Example

__all__ = ["HEADS", "distill_loss", "union_teacher_logits"]

logger = logging.getLogger(__name__)

HEADS = ("sentiment", "stance")


def union_teacher_logits(examples: Sequence[Example], teacher: str | Path | Mapping[str, Any]) -> dict[str, np.ndarray]:
    """Teacher logits (targets x 3, float32) per head, in the target order of ``examples``.

    ``teacher``: a ``.npz`` written by :func:`~polisent.training.heads.teacher_logits_of` (or its
    arrays). Each source's rows must match that source's targets in order and in sentiment labels,
    else the teacher was computed on other data and :class:`InputError` says so.
    """
    arrays = dict(np.load(teacher)) if isinstance(teacher, (str, Path)) else dict(teacher)
    by_source: dict[str, list[int]] = {}
    for i, e in enumerate(examples):
        by_source.setdefault(e.source, []).append(i)
    n_targets = [len(e.targets) for e in examples]
    start = np.concatenate([[0], np.cumsum(n_targets)]).astype(np.int64)
    out = {k: np.full((int(start[-1]), 3), np.nan, dtype=np.float32) for k in HEADS}
    for src, idx in by_source.items():
        name = f"train_{src}"
        if f"{name}/sentiment" not in arrays:
            raise InputError(f"The teacher file has no logits for {name!r}; it was computed on other sources.")
        rows = np.concatenate([np.arange(start[i], start[i + 1]) for i in idx]) if idx else np.zeros(0, np.int64)
        labels = np.array([y for i in idx for y in examples[i].sentiment])
        if len(arrays[f"{name}/sentiment"]) != len(rows) or not np.array_equal(arrays[f"{name}/_sentiment_labels"], labels):
            raise InputError(f"Teacher logits for {name!r} do not line up with the training examples "
                             f"({len(arrays[f'{name}/sentiment'])} rows for {len(rows)} targets, or other labels): "
                             "compute them on the same training union (same sources and --commentary-extra-last).")
        for k in HEADS:
            out[k][rows] = np.asarray(arrays[f"{name}/{k}"], dtype=np.float32)
    logger.info("teacher logits for %d targets of %d sources", int(start[-1]), len(by_source))
    return out


def distill_loss(student: Any, teacher: Any, weights: Any, temperature: float) -> Any:
    """``tau^2 * KL(softmax(teacher/tau) || softmax(student/tau))`` per target, weighted and normalised."""
    from torch.nn import functional as F

    tau = float(temperature)
    kl = F.kl_div(F.log_softmax(student.float() / tau, -1), F.softmax(teacher.float() / tau, -1),
                  reduction="none").sum(-1)
    return tau * tau * (kl * weights).sum() / weights.sum().clamp_min(1e-8)
