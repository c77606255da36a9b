"""Scorers built on the batch engine: the shared base, the default targeted scorer, combination.

Every scorer here satisfies :class:`polisent.protocols.Scorer`: one row per target in input
order, rows that sum to one, results independent of batch size, and no model call for an empty
list of tasks. Repeated claim texts are encoded once (:func:`polisent.engine.merge_tasks`).
This module imports torch only when a model is loaded.

>>> from polisent.models.scorer import TargetedScorer  # doctest: +SKIP
>>> scorer = TargetedScorer(device="cpu").load()  # doctest: +SKIP
>>> scorer.score([ScoringTask("Moscow failed.", (((0, 6),),))]).sentiment.shape  # doctest: +SKIP
(1, 3)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from polisent.engine.batching import merge_tasks, shape_ceil
from polisent.errors import ConfigError, InputError, ModelLoadError
from polisent.protocols import ScoreArrays, Scorer, ScoringTask

if TYPE_CHECKING:
    from polisent.engine.runtime import InferenceEngine

__all__ = ["CombinedScorer", "EngineScorer", "TargetedScorer"]

logger = logging.getLogger(__name__)

_TASKS = ("sentiment", "stance")


def _check_tasks(tasks: object, owner: str) -> list[ScoringTask]:
    if isinstance(tasks, (str, bytes, ScoringTask)) or not isinstance(tasks, Sequence):
        raise InputError(
            f"{owner}.score needs a sequence (list or tuple) of ScoringTask; got {type(tasks).__name__}. "
            "Wrap a single task in a list: scorer.score([task])."
        )
    out = list(tasks)
    for i, task in enumerate(out):
        if not isinstance(task, ScoringTask):
            raise InputError(f"tasks[{i}] must be a polisent.protocols.ScoringTask, got {type(task).__name__}.")
        n = len(task.text)
        for j, target in enumerate(task.targets):
            if len(target) == 0:
                raise InputError(
                    f"tasks[{i}].targets[{j}] has no mention spans; every target needs at least one (start, end) span."
                )
            for span in target:
                if len(span) != 2 or not (0 <= span[0] <= span[1] <= n):
                    raise InputError(
                        f"tasks[{i}].targets[{j}] has the span {tuple(span)!r}, outside the text of length {n}. "
                        "Spans are (start, end) character offsets with end exclusive."
                    )
    return out


class EngineScorer:
    """Base of the torch scorers: options, lazy loading, device moves, dedup and the empty case.

    Subclasses set ``tasks`` (the score kinds they produce), implement :meth:`_load_model`
    (returns the ``nn.Module`` to run) and :meth:`_score_unique` (scores deduplicated tasks
    with ``self.engine`` and ``self.runner``).
    """

    name: str = "engine-scorer"
    tasks: tuple[str, ...] = _TASKS
    #: Unique claims tokenized and run at a time: a very long list is scored in windows of this
    #: many claims (each length-sorted), so tokenizer output stays bounded.
    window: int = 50_000

    def __init__(
        self,
        *,
        device: str = "auto",
        precision: str = "auto",
        max_tokens: int | None = None,
        max_batch: int | None = None,
        threads: int | None = None,
        compile: bool = False,
    ) -> None:
        self._options: dict[str, Any] = dict(
            device=device, precision=precision, max_tokens=max_tokens, max_batch=max_batch,
            threads=threads, compile=compile,
        )
        self._engine: InferenceEngine | None = None
        self._model: Any = None
        self.runner: Any = None
        self.model_calls = 0  #: batches run so far (for tests and benchmarks)

    # -- protocol --------------------------------------------------------------------
    def models(self) -> dict[str, str]:
        return {task: (self.name if task in self.tasks else "none") for task in _TASKS}

    @property
    def engine(self) -> InferenceEngine:
        """The :class:`~polisent.engine.InferenceEngine` (created on first access)."""
        if self._engine is None:
            from polisent.engine.runtime import InferenceEngine

            self._engine = InferenceEngine(**self._options, owner=type(self).__name__)
        return self._engine

    @property
    def device(self) -> str:
        """The device this scorer runs on, e.g. ``'cpu'`` or ``'cuda:0'``."""
        return str(self.engine.device)

    @property
    def precision(self) -> str:
        """The concrete precision used: fp32, bf16, fp16 or int8."""
        return self.engine.precision

    @property
    def loaded(self) -> bool:
        return self.runner is not None

    def load(self) -> EngineScorer:
        """Load the model now (it loads on first use otherwise); returns ``self``."""
        if self.runner is None:
            engine = self.engine
            self._model = self._load_model()
            self.runner = engine.prepare(self._model)
            if engine.compile:
                self.warm_up()
            logger.info("%s loaded on %s (%s)", self.name, engine.device, engine.precision)
        return self

    def to(self, device: str) -> EngineScorer:
        """Move to ``device`` (``"cpu"``, ``"cuda:1"``, ...); returns ``self``."""
        self.engine.to(device)
        self._options["device"] = device
        if self._model is not None:
            self.runner = self.engine.prepare(self._model)
        return self

    def warm_up(self) -> None:
        """Run a few short and long dummy claims (triggers compilation when ``compile=True``)."""
        words = "The West says Moscow will not win the war and talks may follow".split()
        tasks = []
        for n in (4, 9, 13, 30):
            text = " ".join((words * 3)[:n])
            tasks.append(ScoringTask(text, (((4, 8),),)))
        self._score_unique(tasks, progress=False)

    def score(self, tasks: Sequence[ScoringTask], *, progress: bool = False) -> ScoreArrays:
        """Score every target of every task; rows in task order, then target order.

        Identical claim texts are encoded once. An empty list (or tasks without targets) gives
        empty arrays without loading or calling the model.
        """
        tasks = _check_tasks(tasks, type(self).__name__)
        merged = merge_tasks(tasks)
        if merged.n_rows == 0:
            empty = np.zeros((0, 3), dtype=np.float32)
            return ScoreArrays(
                sentiment=empty.copy() if "sentiment" in self.tasks else None,
                stance=empty.copy() if "stance" in self.tasks else None,
            )
        self.load()
        parts = [
            self._score_unique(merged.tasks[i : i + self.window], progress=progress)
            for i in range(0, len(merged.tasks), self.window)
        ]
        out = parts[0] if len(parts) == 1 else {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}
        return ScoreArrays(
            sentiment=out["sentiment"][merged.row_map] if "sentiment" in out else None,
            stance=out["stance"][merged.row_map] if "stance" in out else None,
        )

    # -- subclass hooks --------------------------------------------------------------
    def _load_model(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _score_unique(self, tasks: list[ScoringTask], *, progress: bool) -> dict[str, np.ndarray]:  # pragma: no cover
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, {self.engine!r})"


def _csr(keys: Sequence[int], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Group row indices by key: rows of key k are ``order[starts[k]:starts[k + 1]]``."""
    keys_arr = np.asarray(keys, dtype=np.int64)
    order = np.argsort(keys_arr, kind="stable")
    starts = np.searchsorted(keys_arr[order], np.arange(n + 1))
    return order, starts


class TargetedScorer(EngineScorer):
    """polisent's own scoring model: one encoder pass per claim, every actor pooled from its mentions.

    Args:
        path: a polisent artifact directory; ``None`` or ``"default"`` for the shipped model.
        model, tokenizer, meta: an already built :class:`~polisent.models.targeted.TargetedScoringModel`
            with its fast tokenizer (``meta`` gives ``name`` and ``max_length``), instead of ``path``;
            used by tests and benchmarks.
        encoder_path: base encoder directory, overriding what the artifact records.
        max_length: most tokens per unit (longer claims are windowed around each mention).
        device, precision, max_tokens, max_batch, threads, compile: see
            :class:`~polisent.engine.InferenceEngine`.

    Raises:
        ModelLoadError: no artifact (or no trained weights yet) at ``path``.
    """

    tasks = _TASKS

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        model: Any = None,
        tokenizer: Any = None,
        meta: dict[str, Any] | None = None,
        encoder_path: str | Path | None = None,
        max_length: int | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self._path = path
        self._encoder_path = encoder_path
        self._tokenizer = tokenizer
        self._meta = dict(meta or {})
        self._given_model = model
        if model is not None:
            if tokenizer is None:
                raise ConfigError("TargetedScorer(model=...) also needs tokenizer= (the model's fast tokenizer).")
            self.name = str(self._meta.get("name", type(model).__name__))
        else:
            from polisent.models.artifact import ADAPTER_FILE, NAMED_ARTIFACTS, artifact_dir, is_artifact

            art = artifact_dir(path)
            if not is_artifact(art):
                if art in NAMED_ARTIFACTS.values():
                    raise ModelLoadError(
                        f"The {art.name} polisent model has no trained weights at {str(art)!r} yet "
                        f"(no {ADAPTER_FILE}). Train one with `polisent train`, pass the path of a trained "
                        "artifact, a Hugging Face model (load_scorer('org/model', task='sentiment'|'stance')), "
                        "or use polisent.testing.FakeScorer / NullScorer for tests."
                    )
                if not art.exists():
                    raise ModelLoadError(
                        f"No polisent model at {str(art)!r}: the path does not exist. Pass 'default', the "
                        "directory written by `polisent train`, or a Hugging Face model id/path with task=."
                    )
                raise ModelLoadError(
                    f"{str(art)!r} is not a polisent artifact (config.json with format 'polisent-targeted' "
                    "and adapter.safetensors). For a Hugging Face classifier or NLI model use "
                    "load_scorer(path, task='sentiment' or 'stance')."
                )
            self._path = art
            try:
                import json

                self.name = str(json.loads((art / "config.json").read_text(encoding="utf-8")).get("name", art.name))
            except (OSError, ValueError):
                self.name = art.name
        self._max_length = max_length
        self.pad_id = 0

    @property
    def max_length(self) -> int:
        return int(self._max_length or self._meta.get("max_length", 256))

    def _load_model(self) -> Any:
        if self._given_model is not None:
            model = self._given_model
        else:
            from polisent.models.artifact import load_targeted_model

            model, self._tokenizer, meta = load_targeted_model(self._path, encoder_path=self._encoder_path)
            self._meta.update(meta)
            self.name = str(meta.get("name", self.name))
        pad = getattr(self._tokenizer, "pad_token_id", None)
        self.pad_id = int(pad) if pad is not None else 0
        return model

    def _score_unique(self, tasks: list[ScoringTask], *, progress: bool) -> dict[str, np.ndarray]:
        import torch

        from polisent.models.features import encode_tasks

        enc = encode_tasks(self._tokenizer, tasks, max_length=self.max_length)
        engine = self.engine
        sequences = enc.input_ids
        t_order, t_starts = _csr(enc.unit_of_target, enc.n_units)
        target_tokens = enc.target_tokens
        device = engine.device

        def step(units: np.ndarray) -> tuple[np.ndarray, dict[str, torch.Tensor]]:
            batch = engine.collate(sequences, units, self.pad_id)
            width = batch["input_ids"].shape[1]
            rows = np.concatenate([t_order[t_starts[u] : t_starts[u + 1]] for u in units])
            counts = t_starts[units + 1] - t_starts[units]
            # the target count is padded up the shape ladder with empty targets (unit 0, no
            # tokens; their rows are dropped) so a stream sees few distinct head shapes
            n_pad = shape_ceil(len(rows))
            tindex = np.zeros(n_pad, dtype=np.int64)
            tindex[: len(rows)] = np.repeat(np.arange(len(units)), counts)
            tmask = np.zeros((n_pad, width), dtype=np.float32)
            for k, r in enumerate(rows):
                tmask[k, target_tokens[r]] = 1.0
            batch["target_index"] = torch.from_numpy(tindex).to(device)
            batch["target_mask"] = torch.from_numpy(tmask).to(device)
            self.model_calls += 1
            sent, stance = self.runner(**batch)
            n = len(rows)
            return rows, {"sentiment": torch.softmax(sent[:n].float(), -1), "stance": torch.softmax(stance[:n].float(), -1)}

        lengths = [len(s) for s in sequences]
        return engine.run(lengths, step, n_rows=enc.n_targets, widths={"sentiment": 3, "stance": 3},
                          progress=progress, desc=self.name)


class CombinedScorer:
    """Sentiment from one scorer, stance from another.

    >>> from polisent.testing import FakeScorer
    >>> both = CombinedScorer(sentiment=FakeScorer(), stance=FakeScorer())
    >>> both.score([ScoringTask("Moscow failed.", (((0, 6),),))]).stance.shape
    (1, 3)
    """

    def __init__(self, *, sentiment: Scorer | str | None = None, stance: Scorer | str | None = None, **options: Any) -> None:
        if sentiment is None and stance is None:
            raise ConfigError("CombinedScorer needs sentiment= or stance= (a scorer or a load_scorer spec); got neither.")
        self.sentiment = self._resolve(sentiment, "sentiment", options)
        self.stance = self._resolve(stance, "stance", options)
        parts = [s.name for s in (self.sentiment, self.stance) if s is not None]
        self.name = parts[0] if len(parts) == 2 and parts[0] == parts[1] else "+".join(parts)

    @staticmethod
    def _resolve(spec: Scorer | str | None, task: str, options: dict[str, Any]) -> Scorer | None:
        if spec is None or not isinstance(spec, (str, Path)):
            if spec is not None and not callable(getattr(spec, "score", None)):
                raise ConfigError(f"CombinedScorer({task}=...) must be a Scorer or a model spec string; got {type(spec).__name__}.")
            return spec
        from polisent.models import load_scorer

        return load_scorer(str(spec), task=None if str(spec) == "default" else task, **options)

    def models(self) -> dict[str, str]:
        return {
            "sentiment": "none" if self.sentiment is None else self.sentiment.models()["sentiment"],
            "stance": "none" if self.stance is None else self.stance.models()["stance"],
        }

    @property
    def device(self) -> str:
        return str(getattr(self.sentiment or self.stance, "device", "cpu"))

    def load(self) -> CombinedScorer:
        for s in {id(x): x for x in (self.sentiment, self.stance) if x is not None}.values():
            s.load()
        return self

    def to(self, device: str) -> CombinedScorer:
        for s in {id(x): x for x in (self.sentiment, self.stance) if x is not None}.values():
            s.to(device)
        return self

    def score(self, tasks: Sequence[ScoringTask], *, progress: bool = False) -> ScoreArrays:
        if self.sentiment is not None and self.sentiment is self.stance:
            return self.sentiment.score(tasks, progress=progress)
        sent = None if self.sentiment is None else self.sentiment.score(tasks, progress=progress).sentiment
        stance = None if self.stance is None else self.stance.score(tasks, progress=progress).stance
        return ScoreArrays(sentiment=sent, stance=stance)
