"""Pluggable Hugging Face backends: any sequence classifier or NLI model, run on the batch engine.

* :class:`HFSentimentScorer`: a ``*ForSequenceClassification`` model with negative / neutral /
  positive labels used as a *targeted* sentiment scorer. The target is marked in the input. By
  default (``target_format="pair"``) the input is the text pair ``(claim, mention)``, the
  "auxiliary sentence" form of BERT-SPC used for target-dependent sentiment (NewsMTSC); with
  ``target_format="markers"`` every mention of the target is wrapped in marker strings
  (``"<t> Moscow </t>"``) in a single sequence.
* :class:`HFStanceScorer`: an NLI model used as a zero-shot stance scorer. For each target,
  three hypotheses ("The speaker opposes {actor}.", "The speaker is neutral about {actor}.",
  "The speaker supports {actor}.") are paired with the claim; every (claim, actor, label) pair
  of a call goes through the engine's length-packed batches (never one forward per label), and
  the entailment logits of the three hypotheses are softmaxed into against / none / favor, as in
  the ``zero-shot-classification`` pipeline.

A :class:`~polisent.protocols.ScoringTask` carries spans, not the actor's name, so ``{actor}``
and the pair's second text are the surface text of the target's first mention
(``task.text[start:end]``). Claims longer than the model's limit are windowed around the target.
Weights load with ``use_safetensors=True`` and without remote code unless ``trust_remote_code=True``.

>>> from polisent.models.hf import HFStanceScorer  # doctest: +SKIP
>>> scorer = HFStanceScorer("path/to/nli-model", device="cpu")  # doctest: +SKIP
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from polisent.errors import ConfigError, ModelLoadError
from polisent.models.scorer import EngineScorer
from polisent.protocols import ScoringTask

__all__ = ["DEFAULT_STANCE_TEMPLATES", "HFSentimentScorer", "HFStanceScorer", "load_hf_config"]

logger = logging.getLogger(__name__)

#: Hypotheses for zero-shot stance, in the order against, none, favor.
DEFAULT_STANCE_TEMPLATES: tuple[str, str, str] = (
    "The speaker opposes {actor}.",
    "The speaker is neutral about {actor}.",
    "The speaker supports {actor}.",
)
_SENTIMENT_NAMES = {
    "negative": 0, "neg": 0, "neutral": 1, "neu": 1, "positive": 2, "pos": 2,
}
_MAX_MENTION_TOKENS = 32


def load_hf_config(spec: str | Path, *, trust_remote_code: bool = False, revision: str | None = None) -> Any:
    """Load a model's ``config.json`` and check it is a sequence classifier; clear errors otherwise."""
    from transformers import AutoConfig

    path = Path(str(spec)).expanduser()
    looks_local = path.is_absolute() or str(spec).startswith((".", "~")) or str(spec).count("/") > 1
    if looks_local and not path.exists():
        raise ModelLoadError(
            f"No model at {str(spec)!r}: the path does not exist. Pass 'default' (polisent's shipped model), "
            "a local directory with a Hugging Face model (config.json + model.safetensors + tokenizer.json), "
            "or a Hugging Face model id such as 'org/name'."
        )
    try:
        config = AutoConfig.from_pretrained(str(path) if path.exists() else str(spec),
                                            trust_remote_code=trust_remote_code, revision=revision)
    except Exception as exc:
        raise ModelLoadError(
            f"Could not load a Hugging Face model config from {str(spec)!r}: {exc}. Pass a local model directory "
            "(config.json + model.safetensors) or the id of a model already in the Hugging Face cache "
            "(no network is used when HF_HUB_OFFLINE=1)."
        ) from exc
    archs = list(getattr(config, "architectures", None) or [])
    if not any(a.endswith("ForSequenceClassification") for a in archs):
        raise ModelLoadError(
            f"{str(spec)!r} is a {archs or [type(config).__name__]} model, not a sequence classifier. "
            "polisent's Hugging Face backends need a *ForSequenceClassification model: a sentiment "
            "classifier (task='sentiment') or an NLI model (task='stance'). For a bare encoder, train a "
            "polisent artifact on it with `polisent train` and load that directory."
        )
    return config


def _labels(config: Any) -> dict[int, str]:
    return {int(k): str(v) for k, v in (getattr(config, "id2label", None) or {}).items()}


def _entailment_index(config: Any) -> int | None:
    for i, name in _labels(config).items():
        if name.lower().startswith("entail"):
            return i
    return None


def _sentiment_matrix(config: Any, label_map: Mapping[str, str] | None, spec: str) -> np.ndarray:
    """(n_labels × 3) matrix that sums the model's label probabilities into negative/neutral/positive."""
    labels = _labels(config)
    m = np.zeros((len(labels), 3), dtype=np.float32)
    for i, name in labels.items():
        if label_map is not None:
            target = label_map.get(name, label_map.get(name.lower()))
            if target is None:
                continue
            if target not in ("negative", "neutral", "positive"):
                raise ConfigError(
                    f"label_map[{name!r}] must be 'negative', 'neutral' or 'positive'. Got {target!r} instead."
                )
            m[i, _SENTIMENT_NAMES[target]] = 1.0
        elif name.lower() in _SENTIMENT_NAMES:
            m[i, _SENTIMENT_NAMES[name.lower()]] = 1.0
    if m.sum(0).min() == 0 or (label_map is None and m.sum() != len(labels)):
        hint = (
            " This is an NLI model: use it for stance with task='stance'."
            if _entailment_index(config) is not None else ""
        )
        raise ModelLoadError(
            f"The labels of {spec!r} are {list(labels.values())}; a targeted sentiment scorer needs negative, "
            f"neutral and positive.{hint} Pass label_map= to say which label is which, e.g. "
            "label_map={'LABEL_0': 'negative', 'LABEL_1': 'neutral', 'LABEL_2': 'positive'}."
        )
    return m


@dataclass(frozen=True, slots=True)
class _Template:
    """Where a tokenizer puts its special tokens around one sequence or a pair."""

    single: tuple[list[int], list[int]]
    pair: tuple[list[int], list[int], list[int]]
    pair_types: tuple[int, int, int, int, int] | None  # prefix, A, middle, B, suffix

    @classmethod
    def of(cls, tokenizer: Any) -> _Template:
        want_types = "token_type_ids" in getattr(tokenizer, "model_input_names", [])
        enc = tokenizer(["a"], ["b"], return_token_type_ids=want_types)
        ids, seq = enc["input_ids"][0], enc.sequence_ids(0)
        a = [i for i, s in enumerate(seq) if s == 0]
        b = [i for i, s in enumerate(seq) if s == 1]
        pair = (ids[: a[0]], ids[a[-1] + 1 : b[0]], ids[b[-1] + 1 :])
        types = None
        if want_types and "token_type_ids" in enc:
            t = enc["token_type_ids"][0]
            types = (t[0] if a[0] > 0 else 0, t[a[0]], t[b[0] - 1] if b[0] > a[-1] + 1 else t[a[0]], t[b[0]], t[-1])
        enc1 = tokenizer(["a"])
        ids1, seq1 = enc1["input_ids"][0], enc1.sequence_ids(0)
        a1 = [i for i, s in enumerate(seq1) if s == 0]
        return cls((ids1[: a1[0]], ids1[a1[-1] + 1 :]), pair, types)

    @property
    def n_single(self) -> int:
        return len(self.single[0]) + len(self.single[1])

    @property
    def n_pair(self) -> int:
        return sum(len(p) for p in self.pair)

    def build_single(self, a: list[int]) -> list[int]:
        return self.single[0] + a + self.single[1]

    def build_pair(self, a: list[int], b: list[int]) -> tuple[list[int], list[int] | None]:
        p, m, s = self.pair
        ids = p + a + m + b + s
        if self.pair_types is None:
            return ids, None
        tp, ta, tm, tb, ts = self.pair_types
        return ids, [tp] * len(p) + [ta] * len(a) + [tm] * len(m) + [tb] * len(b) + [ts] * len(s)


def _window(n: int, first: int, last: int, width: int) -> int:
    """Start of a window of ``width`` tokens over ``n`` that holds [first, last] (or starts at first)."""
    if n <= width:
        return 0
    centre = (first + last) // 2 if last - first + 1 <= width else first + width // 2
    return int(min(max(0, centre - width // 2), n - width))


def _windowed_pair(template: Any, max_length: int, a: list[int], offsets: Any, spans: Any, b: list[int]) -> tuple[Any, Any]:
    """Build the (claim, b) pair, cutting the claim to a window around the target's mentions
    when the pair would exceed ``max_length``."""
    width = max_length - template.n_pair - len(b)
    if len(a) > width:
        first, last = _token_hits(spans, offsets)
        start = _window(len(a), first, last, width)
        a = a[start : start + width]
    return template.build_pair(a, b)


def _token_hits(spans: Sequence[tuple[int, int]], offsets: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """First and last content token overlapping any of ``spans`` (nearest token when none does)."""
    from polisent.models.features import spans_to_tokens

    hits = [p for h in spans_to_tokens(spans, offsets, list(range(len(offsets)))) for p in h]
    return min(hits), max(hits)


class _HFScorer(EngineScorer):
    """Shared loading for the Hugging Face backends."""

    kind = "hf"

    def __init__(
        self,
        model: str | Path,
        *,
        max_length: int | None = None,
        trust_remote_code: bool = False,
        revision: str | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        if not isinstance(model, (str, Path)) or not str(model):
            raise ConfigError(f"{type(self).__name__} needs a model id or path (str). Got {model!r} instead.")
        self.spec = str(model)
        self.trust_remote_code = bool(trust_remote_code)
        self.revision = revision
        self.config = load_hf_config(self.spec, trust_remote_code=self.trust_remote_code, revision=revision)
        self.tokenizer = self._load_tokenizer()
        self.template = _Template.of(self.tokenizer)
        limit = int(getattr(self.tokenizer, "model_max_length", 512) or 512)
        pos = int(getattr(self.config, "max_position_embeddings", 512) or 512)
        self.max_length = int(max_length or min(limit if limit < 100_000 else 512, pos, 512))
        if self.max_length < self.template.n_pair + 8:
            raise ConfigError(f"The 'max_length' parameter of {type(self).__name__} is too small: {self.max_length}.")
        self.name = f"hf:{self.spec}"
        self.pad_id = int(self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0)

    def _source(self) -> str:
        p = Path(self.spec).expanduser()
        return str(p) if p.exists() else self.spec

    def _load_tokenizer(self) -> Any:
        from transformers import AutoTokenizer

        try:
            tok = AutoTokenizer.from_pretrained(self._source(), use_fast=True, trust_remote_code=self.trust_remote_code,
                                                revision=self.revision)
        except Exception as exc:
            raise ModelLoadError(
                f"Could not load the tokenizer of {self.spec!r}: {exc}. The model directory needs a fast tokenizer "
                "(tokenizer.json)."
            ) from exc
        if not getattr(tok, "is_fast", False):
            raise ModelLoadError(
                f"The tokenizer of {self.spec!r} has no fast (Rust) version ({type(tok).__name__}); polisent needs "
                "character offsets. Save a tokenizer.json next to the model (convert it with the `tokenizers` "
                "library or transformers' convert_slow_tokenizer) or pick a model that ships one."
            )
        if tok.pad_token_id is None:
            raise ModelLoadError(f"The tokenizer of {self.spec!r} has no padding token; set tokenizer.pad_token first.")
        return tok

    def _load_model(self) -> Any:
        from transformers import AutoModelForSequenceClassification

        try:
            model = AutoModelForSequenceClassification.from_pretrained(
                self._source(), use_safetensors=True, trust_remote_code=self.trust_remote_code, revision=self.revision,
            )
        except Exception as exc:
            raise ModelLoadError(
                f"Could not load the weights of {self.spec!r}: {exc}. polisent loads safetensors weights only "
                "(model.safetensors); convert a pytorch_model.bin with `safetensors` first."
            ) from exc
        return model

    def _encode_claims(self, tasks: list[ScoringTask]) -> tuple[list[list[int]], list[list[tuple[int, int]]]]:
        enc = self.tokenizer([t.text for t in tasks], add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        return [list(x) for x in enc["input_ids"]], [[tuple(o) for o in x] for x in enc["offset_mapping"]]

    def _encode_texts(self, texts: list[str]) -> dict[str, list[int]]:
        unique = list(dict.fromkeys(texts))
        if not unique:
            return {}
        ids = self.tokenizer(unique, add_special_tokens=False, verbose=False)["input_ids"]
        return {t: list(i) for t, i in zip(unique, ids)}

    def _run_units(self, sequences: list[list[int]], types: list[list[int]] | None, head: Any, width: int,
                   name: str, progress: bool) -> np.ndarray:
        import torch

        engine = self.engine

        def step(units: np.ndarray) -> tuple[np.ndarray, dict[str, torch.Tensor]]:
            batch = engine.collate(sequences, units, self.pad_id, token_types=types)
            self.model_calls += 1
            logits = self.runner(**batch).logits.float()
            return units, {name: head(logits)}

        out = engine.run([len(s) for s in sequences], step, n_rows=len(sequences), widths={name: width},
                         progress=progress, desc=self.name)
        return out[name]


class HFSentimentScorer(_HFScorer):
    """A Hugging Face sequence classifier used as a targeted sentiment scorer (stance: none).

    Args:
        model: model id or local directory of a ``*ForSequenceClassification`` model whose labels
            are negative / neutral / positive (or say which is which with ``label_map``).
        target_format: ``"pair"`` (claim, mention) text pair, or ``"markers"`` (mentions wrapped
            in ``markers`` in the claim).
        markers: the two strings put around each mention with ``target_format="markers"``.
        label_map: model label name -> ``"negative" | "neutral" | "positive"``; several labels may
            map to one class (their probabilities are summed).
        max_length, trust_remote_code, revision: loading options.
        device, precision, max_tokens, max_batch, threads, compile: see
            :class:`~polisent.engine.InferenceEngine`.
    """

    tasks = ("sentiment",)

    def __init__(
        self,
        model: str | Path,
        *,
        target_format: str = "pair",
        markers: tuple[str, str] = ("<t>", "</t>"),
        label_map: Mapping[str, str] | None = None,
        **options: Any,
    ) -> None:
        if target_format not in ("pair", "markers"):
            raise ConfigError(
                f"The 'target_format' parameter of HFSentimentScorer must be 'pair' or 'markers'. Got {target_format!r} instead."
            )
        if not (isinstance(markers, tuple) and len(markers) == 2 and all(isinstance(m, str) and m for m in markers)):
            raise ConfigError(f"The 'markers' parameter of HFSentimentScorer must be two non-empty strings. Got {markers!r} instead.")
        super().__init__(model, **options)
        self.target_format = target_format
        self.markers = markers
        self.matrix = _sentiment_matrix(self.config, label_map, self.spec)

    def build_inputs(self, tasks: list[ScoringTask]) -> tuple[list[list[int]], list[list[int]] | None]:
        """One token sequence per target (flattened in task, then target order)."""
        seqs: list[list[int]] = []
        types: list[list[int]] | None = [] if self.template.pair_types is not None and self.target_format == "pair" else None
        if self.target_format == "pair":
            ids, offsets = self._encode_claims(tasks)
            mentions = self._encode_texts([t.text[s:e] for t in tasks for (s, e), *_ in t.targets])
            for k, task in enumerate(tasks):
                for spans in task.targets:
                    s, e = spans[0]
                    b = mentions[task.text[s:e]][:_MAX_MENTION_TOKENS]
                    seq, tt = _windowed_pair(self.template, self.max_length, ids[k], offsets[k], spans, b)
                    seqs.append(seq)
                    if types is not None:
                        types.append(tt)  # type: ignore[arg-type]
            return seqs, types
        left, right = self.markers
        marked_tasks = []
        for task in tasks:
            for spans in task.targets:
                pieces, pos, new_spans = [], 0, []
                for s, e in sorted(spans):
                    if s < pos:
                        continue
                    pieces.append(task.text[pos:s])
                    start = sum(len(p) for p in pieces)
                    pieces.append(f"{left} {task.text[s:e]} {right}")
                    new_spans.append((start, start + len(pieces[-1])))
                    pos = e
                pieces.append(task.text[pos:])
                marked_tasks.append(ScoringTask("".join(pieces), (tuple(new_spans),)))
        ids, offsets = self._encode_claims(marked_tasks)
        width = self.max_length - self.template.n_single
        for k, task in enumerate(marked_tasks):
            a = ids[k]
            if len(a) > width:
                first, last = _token_hits(task.targets[0], offsets[k])
                start = _window(len(a), first, last, width)
                a = a[start : start + width]
            seqs.append(self.template.build_single(a))
        return seqs, None

    def _score_unique(self, tasks: list[ScoringTask], *, progress: bool) -> dict[str, np.ndarray]:
        import torch

        seqs, types = self.build_inputs(tasks)
        matrix = torch.from_numpy(self.matrix).to(self.engine.device)
        probs = self._run_units(seqs, types, lambda logits: torch.softmax(logits, -1) @ matrix, 3, "sentiment", progress)
        return {"sentiment": probs}


class HFStanceScorer(_HFScorer):
    """An NLI model used as a zero-shot stance scorer (sentiment: none).

    Args:
        model: model id or local directory of an NLI ``*ForSequenceClassification`` model (a label
            named ``entailment``).
        templates: three hypotheses with ``{actor}``, in the order against, none, favor.
        max_length, trust_remote_code, revision: loading options.
        device, precision, max_tokens, max_batch, threads, compile: see
            :class:`~polisent.engine.InferenceEngine`.
    """

    tasks = ("stance",)

    def __init__(self, model: str | Path, *, templates: Sequence[str] = DEFAULT_STANCE_TEMPLATES, **options: Any) -> None:
        templates = tuple(templates)
        if len(templates) != 3 or not all(isinstance(t, str) and "{actor}" in t for t in templates):
            raise ConfigError(
                "The 'templates' parameter of HFStanceScorer must be three strings with '{actor}', in the order "
                f"against, none, favor. Got {templates!r} instead."
            )
        super().__init__(model, **options)
        self.templates = templates
        idx = _entailment_index(self.config)
        if idx is None:
            raise ModelLoadError(
                f"{self.spec!r} has labels {list(_labels(self.config).values())} and no 'entailment' label, so it is "
                "not an NLI model and cannot score stance zero-shot. Pass an NLI model (labels entailment / neutral / "
                "contradiction), or use a sentiment classifier with task='sentiment'."
            )
        self.entailment = idx

    def build_inputs(self, tasks: list[ScoringTask]) -> tuple[list[list[int]], list[list[int]] | None]:
        """Three (claim, hypothesis) sequences per target: against, none, favor."""
        ids, offsets = self._encode_claims(tasks)
        hyps = self._encode_texts([tpl.format(actor=t.text[s:e]) for t in tasks for (s, e), *_ in t.targets
                                   for tpl in self.templates])
        seqs: list[list[int]] = []
        types: list[list[int]] | None = [] if self.template.pair_types is not None else None
        for k, task in enumerate(tasks):
            for spans in task.targets:
                s, e = spans[0]
                actor = task.text[s:e]
                for tpl in self.templates:
                    b = hyps[tpl.format(actor=actor)][: _MAX_MENTION_TOKENS * 2]
                    seq, tt = _windowed_pair(self.template, self.max_length, ids[k], offsets[k], spans, b)
                    seqs.append(seq)
                    if types is not None:
                        types.append(tt)  # type: ignore[arg-type]
        return seqs, types

    def _score_unique(self, tasks: list[ScoringTask], *, progress: bool) -> dict[str, np.ndarray]:
        seqs, types = self.build_inputs(tasks)
        ent = self.entailment
        logits = self._run_units(seqs, types, lambda lg: lg[:, ent : ent + 1], 1, "entailment", progress)
        z = logits.reshape(-1, 3).astype(np.float64)
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        return {"stance": p.astype(np.float32)}
