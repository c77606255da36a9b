"""The targeted scoring model: one encoder pass per claim, every actor scored from its mentions.

The claim (or a window of a long claim) is encoded once. For each target, the hidden states at
its mention tokens are mean-pooled into ``m``, the claim into ``c`` (masked mean over the unit),
and two small MLP heads read the features: sentiment (negative, neutral, positive) and stance
(against, none, favor). Two feature sets exist:

- ``"mc"`` (v1, v2 models): ``[m, c, m * c]``;
- ``"mcw"`` (v3 models): ``[m, c, w, m * c, w * c]``, where ``w`` pools the tokens within
  ``window`` tokens of the target's mentions (the mentions excluded). ``w`` is what the claim
  says *around this actor*, so two actors of one claim get different inputs even when their
  names carry no polarity; still one encoder pass per claim.
- ``"mcwr"`` (an option of ``heads``; both shipped models since v8 and mpnet-v4): ``"mcw"`` plus ``w - mean(w)`` and ``m - mean(m)``, the means taken
  over the targets scored in the same claim. They say how *this* actor's mentions and context
  differ from the claim's other actors (zero for a lone actor), so the heads need not read one
  claim's tone onto all of its actors.

Logits come out divided by the calibration temperatures and shifted by per-class biases (zero
unless fitted), so a caller only applies a softmax. The cost grows with the number of claims,
not with claims x actors x labels.

The encoder is adapted with LoRA (:class:`LoRALinear`, written here rather than taken from
``peft``, which is not installed where polisent is built: it is 60 lines, and merging it back
into plain ``nn.Linear`` layers at load time leaves no overhead at inference).

>>> import tempfile, torch
>>> from transformers import AutoModel
>>> from polisent.testing import build_tiny_bert
>>> enc = AutoModel.from_pretrained(build_tiny_bert(tempfile.mkdtemp()))
>>> model = TargetedScoringModel(enc, head_hidden=8).eval()
>>> batch = collate([[2, 10, 11, 3]], [0], [[1]], pad_token_id=0)
>>> sent, stance = model(**batch)
>>> tuple(sent.shape), tuple(stance.shape)
((1, 3), (1, 3))
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Sequence
from typing import Any

import torch
from torch import Tensor, nn
from torch.nn import functional as F

from polisent.errors import ConfigError, InputError

__all__ = [
    "FEATURE_SETS",
    "LoRALinear",
    "SENTIMENT_LABELS",
    "STANCE_LABELS",
    "TargetedScoringModel",
    "apply_lora",
    "collate",
    "combine_features",
    "merge_lora",
]

logger = logging.getLogger(__name__)

SENTIMENT_LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")
STANCE_LABELS: tuple[str, str, str] = ("against", "none", "favor")
#: Feature sets and how many encoder widths each is.
FEATURE_SETS: dict[str, int] = {"mc": 3, "mcw": 5, "mcwr": 7}


class LoRALinear(nn.Module):
    """A frozen ``nn.Linear`` plus a trainable low-rank update ``B @ A * alpha / r``.

    ``B`` starts at zero, so the wrapped layer starts out exactly equal to the original.
    """

    def __init__(self, base: nn.Linear, *, r: int = 16, alpha: float = 32.0, dropout: float = 0.0) -> None:
        super().__init__()
        if r < 1:
            raise ConfigError(f"The LoRA rank 'r' must be an int in the range [1, inf). Got {r!r} instead.")
        self.base = base
        for p in self.base.parameters():
            p.requires_grad_(False)
        self.r = r
        self.scaling = alpha / r
        self.lora_A = nn.Parameter(torch.empty(r, base.in_features))
        self.lora_B = nn.Parameter(torch.zeros(base.out_features, r))
        nn.init.kaiming_uniform_(self.lora_A, a=math.sqrt(5))
        self.dropout = nn.Dropout(dropout) if dropout > 0 else nn.Identity()

    def forward(self, x: Tensor) -> Tensor:
        return self.base(x) + (self.dropout(x) @ self.lora_A.t() @ self.lora_B.t()) * self.scaling

    def merged(self) -> nn.Linear:
        """A plain ``nn.Linear`` with the update folded into its weight."""
        out = nn.Linear(self.base.in_features, self.base.out_features, bias=self.base.bias is not None)
        with torch.no_grad():
            delta = (self.lora_B.float() @ self.lora_A.float()) * self.scaling
            out.weight.copy_((self.base.weight.float() + delta).to(self.base.weight.dtype))
            if self.base.bias is not None:
                out.bias.copy_(self.base.bias)
        return out.to(self.base.weight.device)


def _linear_children(module: nn.Module) -> Iterable[tuple[nn.Module, str, nn.Linear]]:
    for parent in list(module.modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, nn.Linear):
                yield parent, name, child


def apply_lora(encoder: nn.Module, *, r: int = 16, alpha: float = 32.0, dropout: float = 0.0) -> int:
    """Wrap every ``nn.Linear`` of the transformer layers (attention and FFN) in :class:`LoRALinear`.

    Works on BERT-like encoders (``encoder.encoder.layer``); the pooler is left alone. Returns
    the number of wrapped layers.
    """
    layers = getattr(getattr(encoder, "encoder", None), "layer", None)
    if layers is None:
        raise ConfigError(
            f"apply_lora needs a BERT-like encoder with an 'encoder.layer' list; got {type(encoder).__name__}."
        )
    n = 0
    for parent, name, child in _linear_children(layers):
        setattr(parent, name, LoRALinear(child, r=r, alpha=alpha, dropout=dropout))
        n += 1
    return n


def merge_lora(module: nn.Module) -> int:
    """Replace every :class:`LoRALinear` inside ``module`` by its merged ``nn.Linear``; return the count."""
    n = 0
    for parent in list(module.modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, LoRALinear):
                setattr(parent, name, child.merged())
                n += 1
    return n


def _head(n_in: int, hidden: int, dropout: float) -> nn.Sequential:
    return nn.Sequential(nn.Dropout(dropout), nn.Linear(n_in, hidden), nn.GELU(), nn.Dropout(dropout), nn.Linear(hidden, 3))


class TargetedScoringModel(nn.Module):
    """Encoder plus sentiment and stance heads over pooled target mentions.

    Args:
        encoder: a Hugging Face encoder (``AutoModel``) returning ``last_hidden_state``.
        head_hidden: width of each head's hidden layer.
        dropout: dropout in the heads.
    """

    sentiment_labels = SENTIMENT_LABELS
    stance_labels = STANCE_LABELS

    def __init__(
        self, encoder: Any, *, head_hidden: int = 256, dropout: float = 0.1, feature_set: str = "mc", window: int = 6
    ) -> None:
        super().__init__()
        hidden = getattr(getattr(encoder, "config", None), "hidden_size", None)
        if not isinstance(hidden, int):
            raise ConfigError(
                f"TargetedScoringModel needs a transformers encoder with config.hidden_size; got {type(encoder).__name__}."
            )
        if feature_set not in FEATURE_SETS:
            raise ConfigError(f"Unknown feature set {feature_set!r}. Available: {', '.join(FEATURE_SETS)}.")
        if not isinstance(window, int) or window < 1:
            raise ConfigError(f"The context window must be an int >= 1 (tokens). Got {window!r} instead.")
        self.encoder = encoder
        self.hidden_size = hidden
        self.head_hidden = head_hidden
        self.feature_set = feature_set
        self.window = window
        n_in = FEATURE_SETS[feature_set] * hidden
        self.sentiment_head = _head(n_in, head_hidden, dropout)
        self.stance_head = _head(n_in, head_hidden, dropout)
        self.register_buffer("sentiment_temperature", torch.tensor(1.0))
        self.register_buffer("stance_temperature", torch.tensor(1.0))
        self.register_buffer("sentiment_bias", torch.zeros(3))
        self.register_buffer("stance_bias", torch.zeros(3))

    def pooled(
        self,
        input_ids: Tensor,
        attention_mask: Tensor,
        target_index: Tensor,
        target_mask: Tensor,
        token_type_ids: Tensor | None = None,
        *,
        windows: Sequence[int] = (),
    ) -> dict[str, Tensor]:
        """The pooled vectors: ``m`` (mentions), ``c`` (claim) and ``w<k>`` for each k in ``windows``."""
        kwargs: dict[str, Tensor] = {"input_ids": input_ids, "attention_mask": attention_mask}
        if token_type_ids is not None:
            kwargs["token_type_ids"] = token_type_ids
        h = self.encoder(**kwargs).last_hidden_state  # (B, L, H)
        am = attention_mask.to(h.dtype).unsqueeze(-1)
        claim = (h * am).sum(1) / am.sum(1).clamp_min(1.0)  # (B, H)
        mention = _pool(h, target_index, target_mask)
        out = {"m": mention, "c": claim.index_select(0, target_index)}
        for k in windows:
            near = F.max_pool1d(target_mask.unsqueeze(1), 2 * k + 1, stride=1, padding=k).squeeze(1)
            near = near * (1.0 - target_mask) * attention_mask.index_select(0, target_index).to(near.dtype)
            near[:, 0] = 0.0  # never the [CLS] token
            w = _pool(h, target_index, near)
            empty = near.sum(1, keepdim=True) == 0  # the mentions fill the claim: fall back to them
            out[f"w{k}"] = torch.where(empty, mention, w)
        return out

    def features(
        self,
        input_ids: Tensor,
        attention_mask: Tensor,
        target_index: Tensor,
        target_mask: Tensor,
        token_type_ids: Tensor | None = None,
    ) -> Tensor:
        """The features the heads read, by feature set (see module doc)."""
        windows = (self.window,) if self.feature_set != "mc" else ()
        p = self.pooled(input_ids, attention_mask, target_index, target_mask, token_type_ids, windows=windows)
        if self.feature_set != "mcwr":
            return combine_features(p["m"], p["c"], p.get(f"w{self.window}"))
        # padded targets (no tokens) stay out of their row's means
        return combine_features(p["m"], p["c"], p[f"w{self.window}"], group=target_index,
                                valid=target_mask.sum(1) > 0, n_groups=input_ids.shape[0])

    def forward(
        self,
        input_ids: Tensor,
        attention_mask: Tensor,
        target_index: Tensor,
        target_mask: Tensor,
        token_type_ids: Tensor | None = None,
        *,
        calibrated: bool = True,
    ) -> tuple[Tensor, Tensor]:
        """Score every target.

        Args:
            input_ids: (B, L) token ids, padded.
            attention_mask: (B, L), 1 for real tokens.
            target_index: (T,) the batch row each target is in.
            target_mask: (T, L) 1.0 at the target's mention tokens.
            token_type_ids: optional (B, L).
            calibrated: divide the logits by the fitted temperatures (the default).

        Returns:
            ``(sentiment_logits, stance_logits)``, each (T, 3) float32.
        """
        feats = self.features(input_ids, attention_mask, target_index, target_mask, token_type_ids)
        sent = self.sentiment_head(feats).float()
        stance = self.stance_head(feats).float()
        if calibrated:
            sent = sent / self.sentiment_temperature + self.sentiment_bias
            stance = stance / self.stance_temperature + self.stance_bias
        return sent, stance


def _pool(h: Tensor, target_index: Tensor, mask: Tensor) -> Tensor:
    """Masked mean of token states per target, by index (summed in fp32): (T, H).

    No (T, L, H) copy and no matmul whose shape depends on the target count.
    """
    n_tok = h.shape[1]
    tgt, pos = mask.nonzero(as_tuple=True)
    flat = h.reshape(-1, h.shape[-1])
    picked = flat.index_select(0, target_index.index_select(0, tgt) * n_tok + pos).float()
    picked = picked * mask[tgt, pos].float().unsqueeze(-1)
    summed = picked.new_zeros(mask.shape[0], h.shape[-1]).index_add_(0, tgt, picked)
    return (summed / mask.float().sum(1, keepdim=True).clamp_min(1.0)).to(h.dtype)


def combine_features(
    m: Tensor,
    c: Tensor,
    w: Tensor | None = None,
    *,
    group: Tensor | None = None,
    valid: Tensor | None = None,
    n_groups: int | None = None,
) -> Tensor:
    """``[m, c, m * c]``; ``[m, c, w, m * c, w * c]`` with a window vector; with ``group`` (the claim
    of each target) also ``[w - mean(w), m - mean(m)]`` over the valid targets of each claim.

    >>> m, c = torch.tensor([[1.0], [3.0]]), torch.tensor([[1.0], [1.0]])
    >>> combine_features(m, c, m, group=torch.tensor([0, 0]))[:, 5:].tolist()
    [[-1.0, -1.0], [1.0, 1.0]]
    """
    if w is None:
        return torch.cat([m, c, m * c], dim=-1)
    if group is None:
        return torch.cat([m, c, w, m * c, w * c], dim=-1)
    return torch.cat([m, c, w, m * c, w * c, _centered(w, group, valid, n_groups),
                      _centered(m, group, valid, n_groups)], dim=-1)


def _centered(v: Tensor, group: Tensor, valid: Tensor | None, n_groups: int | None) -> Tensor:
    """``v`` minus the mean of ``v`` over the valid rows of its group (summed in fp32)."""
    if n_groups is None:
        n_groups = int(group.max()) + 1 if len(group) else 0
    ok = (torch.ones_like(group, dtype=torch.float32) if valid is None else valid.float()).unsqueeze(-1)
    vf = v.float()
    total = vf.new_zeros(n_groups, v.shape[-1]).index_add_(0, group, vf * ok)
    count = vf.new_zeros(n_groups, 1).index_add_(0, group, ok)
    return (vf - (total / count.clamp_min(1.0)).index_select(0, group)).to(v.dtype)


def collate(
    input_ids: Sequence[Sequence[int]],
    unit_of_target: Sequence[int],
    target_tokens: Sequence[Sequence[int]],
    *,
    pad_token_id: int,
) -> dict[str, Tensor]:
    """Pad a batch of units and build the target tensors for :meth:`TargetedScoringModel.forward`.

    ``unit_of_target`` indexes into ``input_ids`` (the batch), ``target_tokens`` gives each
    target's token positions in its unit.

    >>> b = collate([[2, 5, 3], [2, 3]], [0, 1], [[1], [0]], pad_token_id=0)
    >>> b["input_ids"].tolist(), b["target_mask"].tolist()
    ([[2, 5, 3], [2, 3, 0]], [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]])
    """
    if len(unit_of_target) != len(target_tokens):
        raise InputError(
            f"collate got {len(unit_of_target)} unit indices but {len(target_tokens)} target token lists; "
            "they must have one entry per target."
        )
    n = len(input_ids)
    length = max((len(x) for x in input_ids), default=0)
    ids = torch.full((n, length), pad_token_id, dtype=torch.long)
    mask = torch.zeros((n, length), dtype=torch.long)
    for i, row in enumerate(input_ids):
        ids[i, : len(row)] = torch.as_tensor(list(row), dtype=torch.long)
        mask[i, : len(row)] = 1
    tmask = torch.zeros((len(target_tokens), length), dtype=torch.float32)
    for t, (u, positions) in enumerate(zip(unit_of_target, target_tokens)):
        if not 0 <= u < n:
            raise InputError(f"collate: target {t} points at unit {u}, but the batch has {n} units.")
        if not positions or any(not 0 <= p < len(input_ids[u]) for p in positions):
            raise InputError(
                f"collate: target {t} has token positions {list(positions)!r}, which must be a non-empty "
                f"list inside its unit of {len(input_ids[u])} tokens."
            )
        tmask[t, list(positions)] = 1.0
    return {
        "input_ids": ids,
        "attention_mask": mask,
        "target_index": torch.as_tensor(list(unit_of_target), dtype=torch.long),
        "target_mask": tmask,
    }
