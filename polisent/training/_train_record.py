"""Where a training run came from, as its record states it: the command line of the process
(:func:`_command`), the library versions (:func:`_versions`), and the artifact it warm-started
from (:func:`_warm_start`, which loads that artifact's trained weights into the model and returns
the part of its training record the new run keeps). :mod:`polisent.training.refit` and
:mod:`polisent.training.heads` record the same command line and versions. Split out of
:mod:`polisent.training.train`, which imports these names back, so they still resolve there.
"""

from __future__ import annotations

import json
import logging
import platform
import sys
from pathlib import Path
from typing import Any

from polisent.errors import ConfigError

logger = logging.getLogger(__name__)


def _command() -> str | None:
    """The command line of this process, as a user would type it."""
    if not sys.argv:
        return None
    head = sys.argv[0]
    if head.endswith(("polisent/training/__main__.py", "polisent\\training\\__main__.py")):
        head = "python -m polisent.training"
    elif Path(head).name == "polisent":
        head = "polisent"
    return " ".join([head, *sys.argv[1:]])


def _warm_start(model: Any, path: str, art_cfg: dict[str, Any]) -> dict[str, Any]:
    """Load an artifact's trained weights (LoRA unmerged, heads; temperatures reset to 1) into ``model``."""
    import torch

    from polisent.errors import ModelLoadError
    from polisent.models.artifact import _read_config, read_adapter

    cfg = _read_config(Path(path))
    for key in ("lora", "head_hidden"):
        if cfg.get(key) != art_cfg.get(key):
            raise ConfigError(
                f"--init-from {path!r} has {key}={cfg.get(key)!r}, but this run uses {art_cfg.get(key)!r}; "
                "use the same LoRA and head settings to warm-start."
            )
    state = read_adapter(path)
    own = model.state_dict()
    reshaped = sorted(k for k, v in state.items() if k in own and tuple(own[k].shape) != tuple(v.shape))
    if reshaped:  # e.g. heads of another feature set: the encoder adapter still warm-starts, the heads start fresh
        logger.info("warm start: %d tensors of another shape start fresh (%s ...)", len(reshaped), reshaped[0])
        state = {k: v for k, v in state.items() if k not in reshaped}
    result = model.load_state_dict(state, strict=False)
    if result.unexpected_keys:
        raise ModelLoadError(f"--init-from {path!r}: unexpected weights {result.unexpected_keys[:5]}.")
    with torch.no_grad():
        model.sentiment_temperature.fill_(1.0)
        model.stance_temperature.fill_(1.0)
    rec_path = Path(path) / "training_record.json"
    rec = json.loads(rec_path.read_text(encoding="utf-8")) if rec_path.is_file() else {}
    logger.info("warm start from %s", path)
    keep = ("command", "train_minutes", "total_minutes", "steps", "steps_per_epoch", "best_step", "n_train",
            "init_from")
    return {"path": str(path), **{k: rec.get(k) for k in keep}, "config": rec.get("config")}


def _versions() -> dict[str, str]:
    import torch
    import transformers

    import polisent

    return {"python": platform.python_version(), "torch": torch.__version__, "transformers": transformers.__version__,
            "polisent": getattr(polisent, "__version__", "?"), "machine": platform.machine()}
