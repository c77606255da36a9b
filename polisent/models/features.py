"""Turn scoring tasks into encoder inputs: one token sequence per claim, targets as token positions.

A claim is encoded once and every actor mentioned in it is scored from the pooled hidden states
of its mention tokens (see :mod:`polisent.models.targeted`). This module does the text side:
one batched call to a fast tokenizer, character spans mapped to token positions through the
offset mapping, and windows around the mentions when a claim is longer than ``max_length``
tokens, so that no mention is ever cut away. It imports neither torch nor numpy.

>>> from polisent.protocols import ScoringTask
>>> from polisent.testing import build_tiny_bert
>>> from transformers import AutoTokenizer
>>> import tempfile
>>> tok = AutoTokenizer.from_pretrained(build_tiny_bert(tempfile.mkdtemp()))
>>> enc = encode_tasks(tok, [ScoringTask("Moscow and Kyiv talks", (((0, 6),), ((11, 15),)))])
>>> enc.unit_of_target, enc.target_tokens, enc.unit_of_task
([0, 0], [[1], [3]], [[0]])
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from polisent.errors import ConfigError, InputError, check_int
from polisent.protocols import ScoringTask

__all__ = ["EncodedTargets", "encode_tasks", "spans_to_tokens"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class EncodedTargets:
    """Encoder inputs for a list of scoring tasks.

    Targets are flattened in task order, then target order (the order of
    :class:`~polisent.protocols.ScoreArrays` rows).
    """

    #: One token-id list per encoding unit (a claim, or a window of a long claim),
    #: special tokens included, no padding.
    input_ids: list[list[int]]
    #: For each target, the index of the unit it is scored in.
    unit_of_target: list[int]
    #: For each target, the token positions (within its unit) of all its mentions; never empty.
    target_tokens: list[list[int]]
    #: For each task, the units it produced (normally one; none for a task without targets).
    unit_of_task: list[list[int]]

    @property
    def n_units(self) -> int:
        return len(self.input_ids)

    @property
    def n_targets(self) -> int:
        return len(self.unit_of_target)


def spans_to_tokens(
    spans: Sequence[tuple[int, int]],
    offsets: Sequence[tuple[int, int]],
    content: Sequence[int],
) -> list[list[int]]:
    """Map character spans to the token positions that overlap them.

    ``offsets`` is the tokenizer's offset mapping of the whole sequence and ``content`` the
    positions of the non-special tokens. A span that overlaps no token (whitespace, characters
    the tokenizer drops, an empty span) falls back to the nearest content token; if the text
    has no content token at all, to position 0 (the first special token).

    >>> spans_to_tokens([(0, 2), (3, 3)], [(0, 0), (0, 2), (4, 6), (0, 0)], [1, 2])
    [[1], [1]]
    """
    out: list[list[int]] = []
    for start, end in spans:
        hit = [p for p in content if offsets[p][0] < end and offsets[p][1] > start]
        if not hit:
            if not content:
                hit = [0]
            else:
                # distance between the span and each token interval; ties go to the earlier token
                def gap(p: int) -> int:
                    a, b = offsets[p]
                    return max(0, a - end, start - b)

                hit = [min(content, key=gap)]
        out.append(hit)
    return out


def _check_tokenizer(tokenizer: Any) -> None:
    if not getattr(tokenizer, "is_fast", False):
        raise ConfigError(
            f"encode_tasks needs a fast (Rust) tokenizer to map character offsets to tokens; got "
            f"{type(tokenizer).__name__} (is_fast=False). Load it with "
            "AutoTokenizer.from_pretrained(path, use_fast=True), or convert the model's tokenizer "
            "to a tokenizer.json with the `tokenizers` library."
        )


def _check_task(task: object, i: int) -> ScoringTask:
    if not isinstance(task, ScoringTask):
        raise InputError(f"tasks[{i}] must be a polisent.protocols.ScoringTask, got {type(task).__name__}.")
    n = len(task.text)
    for j, target in enumerate(task.targets):
        if len(target) == 0:
            raise InputError(
                f"tasks[{i}].targets[{j}] has no mention spans; every target needs at least one "
                "(start, end) character span."
            )
        for start, end in target:
            if not (0 <= start <= end <= n):
                raise InputError(
                    f"tasks[{i}].targets[{j}] has the span ({start}, {end}), outside the text of "
                    f"length {n}. Spans are (start, end) character offsets with end exclusive."
                )
    return task


def encode_tasks(tokenizer: Any, tasks: Sequence[ScoringTask], *, max_length: int = 256) -> EncodedTargets:
    """Tokenize the tasks once and locate every target's mention tokens.

    Args:
        tokenizer: a Hugging Face *fast* tokenizer (``tokenizer.is_fast``).
        tasks: claims with their targets; a task without targets produces no unit.
        max_length: the most tokens in a unit, special tokens included. A longer claim is cut
            into windows around each target's mentions: centred on all of its mentions when
            they fit together, otherwise on the first mention, keeping the others that fit.
            Targets whose mentions fit in a window already made share it.

    Returns:
        An :class:`EncodedTargets`.

    Raises:
        ConfigError: a slow tokenizer, or a ``max_length`` too small for the special tokens.
        InputError: a task that is not a ScoringTask, or a span outside its text.
    """
    _check_tokenizer(tokenizer)
    check_int(max_length, "max_length", "encode_tasks", low=4)
    tasks = [_check_task(t, i) for i, t in enumerate(tasks)]
    with_targets = [i for i, t in enumerate(tasks) if t.n_targets > 0]
    unit_of_task: list[list[int]] = [[] for _ in tasks]
    input_ids: list[list[int]] = []
    unit_of_target: list[int] = []
    target_tokens: list[list[int]] = []
    if not with_targets:
        return EncodedTargets(input_ids, unit_of_target, target_tokens, unit_of_task)

    enc = tokenizer(
        [tasks[i].text for i in with_targets],
        add_special_tokens=True,
        return_offsets_mapping=True,
        return_special_tokens_mask=True,
        truncation=False,
    )
    for row, ti in enumerate(with_targets):
        task = tasks[ti]
        ids: list[int] = list(enc["input_ids"][row])
        offsets = [tuple(o) for o in enc["offset_mapping"][row]]
        special = enc["special_tokens_mask"][row]
        content = [p for p, s in enumerate(special) if not s]
        per_target = [sorted({p for hit in spans_to_tokens(t, offsets, content) for p in hit}) for t in task.targets]

        if len(ids) <= max_length:
            unit = len(input_ids)
            input_ids.append(ids)
            unit_of_task[ti].append(unit)
            for positions in per_target:
                unit_of_target.append(unit)
                target_tokens.append(positions)
            continue

        # Long claim: windows over the content tokens, special tokens kept at both ends.
        lead = 0
        while lead < len(special) and special[lead]:
            lead += 1
        trail = 0
        while trail < len(special) - lead and special[len(special) - 1 - trail]:
            trail += 1
        lo, hi = lead, len(ids) - trail  # content range [lo, hi)
        width = max_length - lead - trail
        if width < 1:
            raise ConfigError(
                f"The 'max_length' parameter of encode_tasks must leave room for at least one token "
                f"besides the {lead + trail} special tokens. Got {max_length} instead."
            )
        windows: list[tuple[int, int]] = []  # (start, unit index)
        for positions in per_target:
            first, last = positions[0], positions[-1]
            if last - first + 1 <= width:
                centre = (first + last) // 2
            else:
                centre = first
            start = min(max(lo, centre - width // 2), hi - width)
            if first < start or first >= start + width:  # a very long first mention
                start = min(max(lo, first), hi - width)
            unit = next((u for s, u in windows if s <= first and last < s + width), None)
            if unit is None:
                win_start = start
                unit = len(input_ids)
                windows.append((win_start, unit))
                input_ids.append(ids[:lead] + ids[win_start:win_start + width] + ids[hi:])
                unit_of_task[ti].append(unit)
            else:
                win_start = next(s for s, u in windows if u == unit)
            kept = [p - win_start + lead for p in positions if win_start <= p < win_start + width]
            if len(kept) < len(positions):
                logger.debug("target of task %d: %d of %d mention tokens outside its window", ti,
                             len(positions) - len(kept), len(positions))
            unit_of_target.append(unit)
            target_tokens.append(kept)
    return EncodedTargets(input_ids, unit_of_target, target_tokens, unit_of_task)
