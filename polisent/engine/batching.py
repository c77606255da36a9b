"""Torch-free parts of the batch engine: deduplication, length-sorted packing, CPU facts.

Everything here works on plain Python lists and numpy arrays so it can be tested (and reused
by backends) without importing torch.

>>> [b.tolist() for b in plan_batches([5, 30, 12, 30], max_tokens=64, max_batch=8)]
[[1, 3], [2, 0]]
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from polisent.errors import ConfigError, InputError, check_int
from polisent.protocols import ScoringTask

__all__ = [
    "MergedTasks",
    "available_cpus",
    "cpu_flags",
    "cpu_has_native_bf16",
    "cpu_model_name",
    "merge_tasks",
    "plan_batches",
    "round_up",
    "shape_ceil",
    "shape_floor",
]

logger = logging.getLogger(__name__)


def round_up(n: int, multiple: int) -> int:
    """Round ``n`` up to a multiple of ``multiple``.

    >>> round_up(13, 8), round_up(16, 8), round_up(13, 1)
    (16, 16, 13)
    """
    return -(-n // multiple) * multiple


def shape_floor(n: int, limit: int | None = None) -> int:
    """The largest value of the shape ladder that is <= ``n`` (``limit`` itself also counts).

    Batch row counts are taken from this ladder so that a long stream produces a bounded set
    of tensor shapes: oneDNN keeps kernels and buffers per shape on the CPU, and a stream with
    arbitrary batch shapes grew RSS by ~80 MB per 1,000 documents in bf16 (``bench_memory``).

    >>> [shape_floor(n) for n in (1, 7, 9, 13, 33, 64, 100)]
    [1, 7, 8, 12, 32, 64, 96]
    >>> shape_floor(50, limit=50)
    50
    """
    if n < 1:
        return 1
    if limit is not None and n >= limit:
        return limit
    if n < 8:
        return n
    k = 2
    while 8 * k <= n:
        k *= 2
    # n in [4k, 8k): candidates 4k, 5k, 6k, 7k
    return max(m * k for m in (4, 5, 6, 7) if m * k <= n)


def shape_ceil(n: int) -> int:
    """The smallest value of the shape ladder that is >= ``n`` (used to pad row counts).

    >>> [shape_ceil(n) for n in (0, 1, 7, 9, 13, 33, 100)]
    [1, 1, 7, 10, 14, 40, 112]
    """
    if n <= 8:
        return max(n, 1)
    k = 1
    while 8 * k < n:
        k *= 2
    # n in (4k, 8k]: candidates 5k, 6k, 7k, 8k with k >= 2
    return min(m * k for m in (5, 6, 7, 8) if m * k >= n)


def plan_batches(
    lengths: Sequence[int] | np.ndarray,
    *,
    max_tokens: int,
    max_batch: int,
    round_to: int = 1,
) -> list[np.ndarray]:
    """Sort units by length (descending, stable) and pack them greedily into batches.

    A batch holds at most ``max_batch`` units and at most ``max_tokens`` padded tokens
    (units × the padded length of its longest unit, rounded up to ``round_to``). A unit longer
    than ``max_tokens`` gets a batch of its own. Longest batches come first, so an
    out-of-memory error shows at once. Batch sizes are rounded down to the shape ladder
    (:func:`shape_floor`), which bounds the number of distinct batch shapes of a stream.

    Args:
        lengths: token count of each unit.
        max_tokens: padded-token budget per batch.
        max_batch: most units per batch.
        round_to: pad lengths up to a multiple of this (8 on GPU, 1 on CPU).

    Returns:
        Arrays of unit indices, one per batch; every index appears in exactly one batch.
    """
    check_int(max_tokens, "max_tokens", "plan_batches")
    check_int(max_batch, "max_batch", "plan_batches")
    check_int(round_to, "round_to", "plan_batches")
    lens = np.asarray(lengths, dtype=np.int64).reshape(-1)
    n = len(lens)
    if n == 0:
        return []
    order = np.argsort(-lens, kind="stable")
    batches: list[np.ndarray] = []
    i = 0
    while i < n:
        padded = round_up(int(lens[order[i]]), round_to)
        size = shape_floor(max(1, min(max_batch, max_tokens // max(padded, 1), n - i)), limit=max_batch)
        batches.append(order[i : i + size])
        i += size
    return batches


@dataclass(frozen=True, slots=True)
class MergedTasks:
    """Tasks with repeated claim texts merged, and where each original target row went.

    ``row_map[k]`` is the row (in ``tasks`` target order) that serves original target row ``k``.
    """

    tasks: list[ScoringTask]
    row_map: np.ndarray
    n_rows: int

    @property
    def n_unique_rows(self) -> int:
        return int(sum(t.n_targets for t in self.tasks))


def merge_tasks(tasks: Sequence[ScoringTask]) -> MergedTasks:
    """Merge tasks with identical claim text; keep each distinct target once.

    A claim repeated across documents (quotes, boilerplate answers, reposts) is encoded once,
    and all its targets are scored from that one pass. Targets are compared by their spans.

    >>> a = ScoringTask("Moscow and Kyiv", (((0, 6),),))
    >>> b = ScoringTask("Moscow and Kyiv", (((11, 15),), ((0, 6),)))
    >>> m = merge_tasks([a, b])
    >>> len(m.tasks), m.tasks[0].targets, m.row_map.tolist()
    (1, (((0, 6),), ((11, 15),)), [0, 1, 0])
    """
    by_text: dict[str, int] = {}
    texts: list[str] = []
    targets: list[dict[tuple[tuple[int, int], ...], int]] = []
    rows: list[tuple[int, int]] = []
    for i, task in enumerate(tasks):
        if not isinstance(task, ScoringTask):
            raise InputError(f"tasks[{i}] must be a polisent.protocols.ScoringTask, got {type(task).__name__}.")
        if task.n_targets == 0:
            continue
        u = by_text.get(task.text)
        if u is None:
            u = by_text[task.text] = len(texts)
            texts.append(task.text)
            targets.append({})
        seen = targets[u]
        for target in task.targets:
            key = tuple((int(s), int(e)) for s, e in target)
            j = seen.get(key)
            if j is None:
                j = seen[key] = len(seen)
            rows.append((u, j))
    merged = [ScoringTask(text, tuple(seen)) for text, seen in zip(texts, targets)]
    offsets = np.zeros(len(merged) + 1, dtype=np.int64)
    np.cumsum([t.n_targets for t in merged], out=offsets[1:])
    row_map = np.fromiter((offsets[u] + j for u, j in rows), dtype=np.int64, count=len(rows))
    return MergedTasks(merged, row_map, len(rows))


def available_cpus() -> int:
    """CPU cores this process may really use: affinity mask and cgroup quota, at least 1.

    >>> available_cpus() >= 1
    True
    """
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
        if quota != "max":
            n = min(n, max(1, int(int(quota) // int(period))))
    except (OSError, ValueError):
        pass
    return max(1, n)


@lru_cache(maxsize=1)
def cpu_flags() -> frozenset[str]:
    """CPU feature flags from /proc/cpuinfo (empty where that file does not exist)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                return frozenset(line.split(":", 1)[1].split())
    except OSError:
        pass
    return frozenset()


@lru_cache(maxsize=1)
def cpu_model_name() -> str:
    """The CPU model name, or the platform's processor string."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform

    return platform.processor() or platform.machine()


def cpu_has_native_bf16() -> bool:
    """True when the CPU computes bf16 natively (AVX512-BF16 or AMX-BF16); else it is emulated."""
    flags = cpu_flags()
    return "avx512_bf16" in flags or "amx_bf16" in flags


def check_choice(value: object, name: str, owner: str, choices: Sequence[str]) -> str:
    """Validate a string option against ``choices`` and return it."""
    if not isinstance(value, str) or value not in choices:
        raise ConfigError(
            f"The {name!r} parameter of {owner} must be one of {', '.join(map(repr, choices))}. Got {value!r} instead."
        )
    return value
