"""The batch inference engine: dedup, length-sorted packing, device/precision, order restore.

:mod:`polisent.engine.batching` is torch-free (planning, dedup, CPU facts);
:mod:`polisent.engine.runtime` holds :class:`InferenceEngine`, which imports torch only when
an engine is created. Importing this package does not import torch.

>>> from polisent.engine import plan_batches
>>> [len(b) for b in plan_batches([40] * 100, max_tokens=4096, max_batch=64)]  # sizes on the shape ladder
[64, 32, 4]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from polisent.engine.batching import (
    MergedTasks,
    available_cpus,
    cpu_flags,
    cpu_has_native_bf16,
    cpu_model_name,
    merge_tasks,
    plan_batches,
    round_up,
)

if TYPE_CHECKING:
    from polisent.engine.runtime import InferenceEngine, resolve_device, resolve_precision

__all__ = [
    "InferenceEngine",
    "MergedTasks",
    "available_cpus",
    "cpu_flags",
    "cpu_has_native_bf16",
    "cpu_model_name",
    "merge_tasks",
    "plan_batches",
    "resolve_device",
    "resolve_precision",
    "round_up",
]

_LAZY = {"InferenceEngine", "resolve_device", "resolve_precision"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from polisent.engine import runtime

        return getattr(runtime, name)
    raise AttributeError(f"module 'polisent.engine' has no attribute {name!r}")
