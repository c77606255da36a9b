"""Shared pieces of the linker's learned passes (:mod:`polisent.actors.pronouns`,
:mod:`polisent.actors.incidental`): a logistic score over sparse features and a cached loader of
their JSON weights.

>>> round(logistic({"a": 2.0}, -1.0, {"a": 1.0, "b": 5.0}), 4)
0.7311
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from polisent.errors import ConfigError

__all__ = ["load_linear", "logistic"]

M = TypeVar("M")


def logistic(weights: Mapping[str, float], bias: float, feats: Mapping[str, float]) -> float:
    """The logistic of ``bias`` plus the dot product of ``weights`` and ``feats`` (unknown features weigh 0)."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=8)
def _read(path: str, what: str, build: Callable[[Mapping[str, Any]], Any]) -> Any:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read the {what} {path}: {exc}") from exc
    return build(data)


def load_linear(model: Any, cls: type[M], shipped: Path, what: str) -> M | None:
    """``cls`` from ``model``: the ``shipped`` file (``True``; None when it is not installed), none
    (``False``/None), an instance as it is, or one read from a JSON path (``cls.from_dict``);
    ``what`` names it in errors ("the pronoun model")."""
    if model is None or model is False:
        return None
    if isinstance(model, cls):
        return model
    if model is True:
        return _read(str(shipped), what, cls.from_dict) if shipped.is_file() else None  # type: ignore[attr-defined]
    return _read(str(Path(model)), what, cls.from_dict)  # type: ignore[attr-defined]
