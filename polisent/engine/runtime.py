"""The batch runner: device and precision per object, packed batches, order restored, OOM back-off.

:class:`InferenceEngine` runs any model over *units* (token sequences). The caller gives the
unit lengths and a ``step`` function that collates the units of one batch (with
:meth:`InferenceEngine.collate`), calls the model and returns the output rows it produced;
the engine plans the batches, runs them under ``torch.inference_mode()`` with the chosen
autocast, moves each batch's outputs to the CPU as float32, scatters them into preallocated
arrays and checks that every row was written exactly once.

Nothing here changes global torch state, except ``torch.set_num_threads`` when the user asks
for a thread count (``threads=``); it is set for the duration of each run and restored after.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import sys
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from polisent.engine.batching import (
    available_cpus,
    check_choice,
    cpu_has_native_bf16,
    plan_batches,
)
from polisent.errors import ConfigError, DependencyError, ModelError, check_int

if TYPE_CHECKING:
    import torch

__all__ = ["DEVICES", "PRECISIONS", "InferenceEngine", "StepResult", "resolve_device", "resolve_precision"]

logger = logging.getLogger(__name__)

PRECISIONS: tuple[str, ...] = ("auto", "fp32", "bf16", "fp16", "int8")
DEVICES = "'auto', 'cpu', 'cuda', 'cuda:N' or 'mps'"

#: Default batch budgets: (max padded tokens, max units, pad-length multiple). On the CPU the
#: length multiple of 8 (with the batch-size ladder of :func:`plan_batches`) bounds the number of
#: distinct tensor shapes, which bounds oneDNN's per-shape memory on a long stream.
CPU_BUDGET = (4096, 64, 8)
GPU_BUDGET = (65536, 512, 8)

#: What ``step`` returns: the output rows it fills, and an array (rows × k) per output name.
StepResult = tuple[np.ndarray, Mapping[str, "torch.Tensor"]]


def _torch() -> Any:
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - torch is a core dependency
        raise DependencyError("polisent's model engine needs torch: pip install torch") from exc
    return torch


def resolve_device(device: object, owner: str = "InferenceEngine") -> torch.device:
    """Turn ``"auto" | "cpu" | "cuda[:n]" | "mps"`` into a ``torch.device`` that exists here.

    >>> str(resolve_device("cpu"))
    'cpu'
    """
    torch = _torch()
    if isinstance(device, torch.device):
        device = str(device)
    if not isinstance(device, str):
        raise ConfigError(f"The 'device' parameter of {owner} must be one of {DEVICES}. Got {device!r} instead.")
    name = device.strip().lower()
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda", torch.cuda.current_device())
        mps = getattr(torch.backends, "mps", None)
        if mps is not None and mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    try:
        dev = torch.device(name)
    except (RuntimeError, ValueError) as exc:
        raise ConfigError(f"The 'device' parameter of {owner} must be one of {DEVICES}. Got {device!r} instead.") from exc
    if dev.type == "cpu":
        return torch.device("cpu")
    if dev.type == "cuda":
        if not torch.cuda.is_available():
            raise ConfigError(
                f"device={device!r} was asked for, but torch sees no CUDA device (torch {torch.__version__}). "
                "Use device='cpu' or 'auto', or install a CUDA build of torch."
            )
        index = 0 if dev.index is None else dev.index
        if index >= torch.cuda.device_count():
            raise ConfigError(
                f"device={device!r} was asked for, but only {torch.cuda.device_count()} CUDA device(s) exist. "
                f"Use 'cuda:0' to 'cuda:{torch.cuda.device_count() - 1}'."
            )
        return torch.device("cuda", index)
    if dev.type == "mps":
        mps = getattr(torch.backends, "mps", None)
        if mps is None or not mps.is_available():
            raise ConfigError(f"device={device!r} was asked for, but MPS is not available here. Use 'cpu' or 'auto'.")
        return dev
    raise ConfigError(f"The 'device' parameter of {owner} must be one of {DEVICES}. Got {device!r} instead.")


def resolve_precision(precision: object, device: torch.device, owner: str = "InferenceEngine") -> str:
    """Choose the concrete precision for ``device``.

    ``"auto"``: on CUDA bf16 where supported, else fp16; on MPS fp32; on CPU bf16 when the CPU
    has native bf16 (AVX512-BF16 or AMX), else fp32 (emulated bf16 is slower than fp32). The CPU
    choice rests on ``benchmarks/bench_precision.py``: bf16 autocast agreed with fp32 on
    99+ % of NewsMTSC dev labels with unchanged macro-F1 (see the numbers there).
    fp16 runs only on CUDA/MPS, int8 (dynamic quantisation of Linear layers) only on CPU.

    >>> import torch; resolve_precision("fp32", torch.device("cpu"))
    'fp32'
    """
    torch = _torch()
    value = check_choice(precision, "precision", owner, PRECISIONS)
    if value == "auto":
        if device.type == "cuda":
            return "bf16" if torch.cuda.is_bf16_supported() else "fp16"
        if device.type == "cpu":
            return "bf16" if cpu_has_native_bf16() else "fp32"
        return "fp32"
    if value == "fp16" and device.type == "cpu":
        raise ConfigError(
            f"precision='fp16' runs on GPUs only; this {owner} runs on the CPU. "
            "Use precision='bf16' (fast on CPUs with AVX512-BF16/AMX), 'int8' or 'fp32'."
        )
    if value == "int8" and device.type != "cpu":
        raise ConfigError(
            f"precision='int8' (dynamic quantisation) runs on the CPU only; this {owner} runs on "
            f"{device}. Use precision='bf16' or 'fp16' on a GPU."
        )
    if value == "bf16" and device.type == "cpu" and not cpu_has_native_bf16():
        logger.warning("This CPU has no native bf16 (avx512_bf16/amx_bf16): bf16 is emulated and may be slower than fp32.")
    return value


@contextlib.contextmanager
def _threads(n: int | None) -> Iterator[None]:
    """Set torch's intra-op thread count for the duration of the block, then restore it."""
    if n is None:
        yield
        return
    torch = _torch()
    old = torch.get_num_threads()
    if old == n:
        yield
        return
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(old)


def _quantize_int8(model: torch.nn.Module) -> torch.nn.Module:
    """Dynamic int8 quantisation of the Linear layers of a copy of ``model`` (CPU only).

    ``torch.ao.quantization.quantize_dynamic`` is deprecated in recent torch; this adapter
    keeps the call (and its warning) in one place.
    """
    torch = _torch()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from torch.ao.quantization import quantize_dynamic

        return quantize_dynamic(copy.deepcopy(model), {torch.nn.Linear}, dtype=torch.qint8)


class InferenceEngine:
    """Runs a model over length-packed batches of token sequences on one device.

    Args:
        device: ``"auto" | "cpu" | "cuda" | "cuda:N" | "mps"``; resolved for this object only.
        precision: ``"auto" | "fp32" | "bf16" | "fp16" | "int8"`` (see :func:`resolve_precision`).
        max_tokens: padded-token budget per batch (default 4,096 on CPU, 65,536 on GPU).
        max_batch: most sequences per batch (default 64 on CPU, 512 on GPU).
        threads: torch intra-op threads while this engine runs (default: leave torch's setting,
            which :func:`~polisent.engine.batching.available_cpus` reports). Because
            ``torch.set_num_threads`` is process-wide, it is set only when asked, only during
            :meth:`run`, and restored afterwards.
        compile: wrap the model in ``torch.compile(dynamic=True)`` with inductor freezing
            (exact in fp32, about 2× faster on CPU here after a warm-up of ~20 s).

    >>> engine = InferenceEngine(device="cpu", precision="fp32")
    >>> engine.device.type, engine.precision, engine.max_tokens
    ('cpu', 'fp32', 4096)
    """

    def __init__(
        self,
        *,
        device: str = "auto",
        precision: str = "auto",
        max_tokens: int | None = None,
        max_batch: int | None = None,
        threads: int | None = None,
        compile: bool = False,
        owner: str = "InferenceEngine",
    ) -> None:
        self.owner = owner
        self.device = resolve_device(device, owner)
        self.precision = resolve_precision(precision, self.device, owner)
        budget = GPU_BUDGET if self.device.type in ("cuda", "mps") else CPU_BUDGET
        self.max_tokens = budget[0] if max_tokens is None else check_int(max_tokens, "max_tokens", owner, low=8)
        self.max_batch = budget[1] if max_batch is None else check_int(max_batch, "max_batch", owner)
        self.round_to = budget[2]
        self.threads = None if threads is None else check_int(threads, "threads", owner)
        if not isinstance(compile, bool):
            raise ConfigError(f"The 'compile' parameter of {owner} must be True or False. Got {compile!r} instead.")
        self.compile = compile

    def __repr__(self) -> str:
        return (
            f"InferenceEngine(device={str(self.device)!r}, precision={self.precision!r}, "
            f"max_tokens={self.max_tokens}, max_batch={self.max_batch}, threads={self.threads}, compile={self.compile})"
        )

    @property
    def effective_threads(self) -> int:
        """Threads a run uses: the ``threads`` option, else torch's current setting."""
        return self.threads if self.threads is not None else int(_torch().get_num_threads())

    @staticmethod
    def available_cpus() -> int:
        """Cores this process may use (affinity and cgroup quota)."""
        return available_cpus()

    def to(self, device: str) -> InferenceEngine:
        """Move to another device; the precision is re-resolved if it was not valid there."""
        self.device = resolve_device(device, self.owner)
        try:
            self.precision = resolve_precision(self.precision, self.device, self.owner)
        except ConfigError:
            self.precision = resolve_precision("auto", self.device, self.owner)
        budget = GPU_BUDGET if self.device.type in ("cuda", "mps") else CPU_BUDGET
        self.round_to = budget[2]
        return self

    # -- model preparation -------------------------------------------------------------
    def prepare(self, model: torch.nn.Module) -> torch.nn.Module:
        """Return ``model`` ready to run: eval mode, on the device, quantised or compiled as set.

        int8 quantises a copy (the original stays fp32). Compilation is lazy: it happens on
        the first batch (see :meth:`warm_up` in the scorers).
        """
        torch = _torch()
        model = model.eval().to(self.device)
        if self.precision == "int8":
            model = _quantize_int8(model)
        if self.compile:
            model = torch.compile(model, dynamic=True)
        return model

    @contextlib.contextmanager
    def context(self, *, threads: bool = True) -> Iterator[None]:
        """inference mode, autocast for bf16/fp16, thread count and inductor freezing as set."""
        torch = _torch()
        with contextlib.ExitStack() as stack:
            if threads:
                stack.enter_context(_threads(self.threads))
            stack.enter_context(torch.inference_mode())
            if self.precision in ("bf16", "fp16"):
                dtype = torch.bfloat16 if self.precision == "bf16" else torch.float16
                stack.enter_context(torch.autocast(self.device.type, dtype=dtype))
            if self.compile:
                import torch._inductor.config as inductor_config

                stack.enter_context(inductor_config.patch(freezing=True))
            yield

    def collate(
        self,
        sequences: Sequence[Sequence[int]],
        units: np.ndarray,
        pad_id: int,
        *,
        token_types: Sequence[Sequence[int]] | None = None,
    ) -> dict[str, torch.Tensor]:
        """Pad the sequences ``units`` of ``sequences`` into tensors on the device.

        Returns ``input_ids``, ``attention_mask`` (and ``token_type_ids`` when given), padded to
        the longest unit of the batch (rounded up to ``round_to``: 8 by default).
        """
        torch = _torch()
        longest = max(len(sequences[u]) for u in units)
        width = -(-longest // self.round_to) * self.round_to
        ids = np.full((len(units), width), pad_id, dtype=np.int64)
        mask = np.zeros((len(units), width), dtype=np.int64)
        types = np.zeros((len(units), width), dtype=np.int64) if token_types is not None else None
        for row, u in enumerate(units):
            seq = sequences[u]
            ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
            if types is not None:
                types[row, : len(seq)] = token_types[u]  # type: ignore[index]
        arrays = {"input_ids": ids, "attention_mask": mask}
        if types is not None:
            arrays["token_type_ids"] = types
        cuda = self.device.type == "cuda"
        out = {}
        for key, value in arrays.items():
            t = torch.from_numpy(value)
            if cuda:
                t = t.pin_memory()
            out[key] = t.to(self.device, non_blocking=cuda)
        return out

    # -- the run loop ------------------------------------------------------------------
    def run(
        self,
        lengths: Sequence[int] | np.ndarray,
        step: Callable[[np.ndarray], StepResult],
        *,
        n_rows: int,
        widths: Mapping[str, int],
        progress: bool = False,
        desc: str = "scoring",
    ) -> dict[str, np.ndarray]:
        """Run ``step`` over length-packed batches of units and gather its output rows.

        Args:
            lengths: token count of each unit.
            step: called with the unit indices of one batch (longest first); returns the output
                rows those units produce and, per output name, a tensor with one row each.
            n_rows: number of output rows over all units.
            widths: columns of each output, e.g. ``{"sentiment": 3}``.
            progress: show a tqdm bar on stderr.

        Returns:
            One float32 array (n_rows × width) per output name, rows in output order.

        Raises:
            ModelError: a row not produced exactly once, or CUDA out of memory with one unit.
        """
        torch = _torch()
        out = {name: np.empty((n_rows, w), dtype=np.float32) for name, w in widths.items()}
        seen = np.zeros(n_rows, dtype=np.int64)
        lengths = np.asarray(lengths, dtype=np.int64)
        if len(lengths) == 0:
            self._check_rows(seen)
            return out
        batches = plan_batches(lengths, max_tokens=self.max_tokens, max_batch=self.max_batch, round_to=self.round_to)
        bar = _progress(progress, total=int(len(lengths)), desc=desc)
        # one context for the whole run: autocast keeps its cast weights across batches
        scope = contextlib.ExitStack()
        scope.enter_context(self.context())
        try:
            i = 0
            while i < len(batches):
                units = batches[i]
                try:
                    rows, tensors = step(units)
                    host = {name: t.detach().float().cpu().numpy() for name, t in tensors.items()}
                except torch.OutOfMemoryError as exc:
                    if len(units) == 1:
                        raise ModelError(
                            f"Out of memory on {self.device} with a single sequence of {int(lengths[units[0]])} "
                            "tokens. Use a smaller max_length, precision='bf16'/'fp16', or device='cpu'."
                        ) from exc
                    oom = True
                else:
                    oom = False
                if oom:
                    # outside the except block, so the failed batch's frames and tensors are released
                    if self.device.type == "cuda":
                        torch.cuda.empty_cache()
                    self.max_tokens = max(8, self.max_tokens // 2)
                    self.max_batch = max(1, min(self.max_batch, len(units)) // 2)
                    logger.warning(
                        "Out of memory on %s with a batch of %d sequences; retrying with max_tokens=%d, max_batch=%d.",
                        self.device, len(units), self.max_tokens, self.max_batch,
                    )
                    rest = np.concatenate(batches[i:])
                    batches = batches[:i] + [
                        rest[b] for b in plan_batches(
                            lengths[rest], max_tokens=self.max_tokens, max_batch=self.max_batch, round_to=self.round_to
                        )
                    ]
                    continue
                rows = np.asarray(rows, dtype=np.int64)
                for name, arr in host.items():
                    if name not in out:
                        raise ModelError(f"step returned an output {name!r} not among {sorted(out)}.")
                    if arr.shape[0] != len(rows):
                        raise ModelError(
                            f"step returned {arr.shape[0]} rows of {name!r} for {len(rows)} row indices."
                        )
                    out[name][rows] = arr.reshape(len(rows), -1)
                np.add.at(seen, rows, 1)
                if bar is not None:
                    bar.update(len(units))
                i += 1
        finally:
            scope.close()
            if bar is not None:
                bar.close()
            if self.device.type == "cpu":
                _release_free_memory()
        self._check_rows(seen)
        return out

    @staticmethod
    def _check_rows(seen: np.ndarray) -> None:
        if not np.all(seen == 1):
            missing = np.flatnonzero(seen == 0)
            twice = np.flatnonzero(seen > 1)
            raise ModelError(
                f"Batch engine bug: {len(missing)} output rows never written (first {missing[:5].tolist()}) and "
                f"{len(twice)} written more than once (first {twice[:5].tolist()}). Please report it."
            )


def _release_free_memory() -> None:
    """Give freed heap pages back to the OS after a run (glibc ``malloc_trim``; no-op elsewhere).

    Batches of ever-different shapes fragment glibc's heap; without this, RSS of a long
    ``Analyzer.pipe`` stream kept growing (bench_memory: growth about halved with it).
    """
    global _LIBC
    if _LIBC is None:
        try:
            import ctypes

            _LIBC = ctypes.CDLL("libc.so.6")
            _LIBC.malloc_trim  # noqa: B018 - check it exists
        except (OSError, AttributeError):
            _LIBC = False
    if _LIBC:
        _LIBC.malloc_trim(0)


_LIBC: Any = None


def _progress(enabled: bool, *, total: int, desc: str) -> Any:
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="seq", file=sys.stderr, leave=False)
