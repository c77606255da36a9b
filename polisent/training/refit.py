"""Head-only refit of the stance head on frozen features of a trained artifact.

The shipped model learned stance *none* only from neutral NewsMTSC news sentences and
favor/against only from P-Stance tweets, so its stance head partly learned genre ("prose =>
none"). This module keeps the encoder (LoRA included) and the sentiment head exactly as they are
and trains a fresh stance head of the same shape on the frozen features ``[m, c, m * c]``:

- P-Stance train tweets: favor / against (weight 1);
- NewsMTSC train targets: neutral -> none (weight 1); positive -> favor and negative -> against
  as *weak prose stance labels* with loss weight ``prose_weight`` (W; W = 0 is the control, the
  shipped model's data design, head-only).

Features are computed once in fp32 under ``torch.inference_mode()`` through the same
tokenisation path as training (:func:`polisent.models.features.encode_tasks` over the
examples' scoring tasks, windows of the artifact's ``max_length``) and cached to a ``.pt`` file,
so trying another W takes seconds. Early stopping and the choice of W use one score fixed in
advance, on dev splits only: the mean of P-Stance val F_avg and the NewsMTSC dev (rw + mt)
*proxy stance* macro-F1 (positive -> favor, neutral -> none, negative -> against). The stance
temperature is refitted as in :mod:`polisent.training.train` (P-Stance val plus the neutral
NewsMTSC dev targets as *none*; ECE before/after by 2-fold cross-fitting). The new artifact
differs from its source only in ``stance_head.*`` and ``stance_temperature``; this is checked
after writing.

    python -m polisent.training refit-stance --from polisent/models/default \\
        --output /tmp/polisent_runs/refit_W{w} --prose-weight 0 0.25 0.5 1.0
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from polisent.errors import ConfigError, ModelLoadError
from polisent.training.refit_features import (  # noqa: F401 - SPLITS, CACHE_VERSION: importable from here as before the split
    CACHE_VERSION,
    SPLITS,
    _source_dir,
    extract_features,
    load_or_extract_features,
)
from polisent.training.metrics import crossfit_temperature, expected_calibration_error, f_avg, softmax, three_way

__all__ = ["RefitConfig", "extract_features", "refit_stance", "refit_stance_sweep", "stance_dev_metrics"]

logger = logging.getLogger(__name__)

@dataclass
class RefitConfig:
    """Everything that defines one stance-head refit (recorded in the artifact)."""

    source: str = "polisent/models/default"  #: artifact whose encoder and sentiment head are kept
    output: str = "/tmp/polisent_runs/refit"
    data_dir: str | None = None
    encoder_path: str | None = None
    prose_weight: float = 0.5  #: W: loss weight of NewsMTSC positive/negative targets as favor/against
    seed: int = 13
    lr: float = 1e-3
    weight_decay: float = 0.01
    batch_size: int = 256
    max_epochs: int = 40
    patience: int = 5  #: epochs without a better dev score before stopping
    feature_batch_size: int = 64
    pstance_limit: int | None = None  #: deterministic subsample of P-Stance train (None: all)
    dev_limit: int | None = None  #: cap each dev split (tests)
    cache: str | None = None  #: feature cache file (None: OUTPUT/stance_features_cache.pt)
    command: str | None = None  #: the command line that started the refit (None: this process's argv)
    extra: dict[str, Any] = field(default_factory=dict)


def check_refit_config(config: RefitConfig) -> RefitConfig:
    """Validate the options; raise ConfigError naming the bad one."""
    if str(config.source) != "default" and not Path(config.source).exists():
        raise ConfigError(
            f"--from {config.source!r} does not exist. Pass the directory of a trained polisent artifact, "
            "e.g. polisent/models/default."
        )
    if not (Path(config.source) / "config.json").is_file() and str(config.source) != "default":
        raise ConfigError(
            f"--from {config.source!r} is not a polisent artifact directory (no config.json there). "
            "Pass the directory of a trained artifact, e.g. polisent/models/default."
        )
    if not (config.prose_weight >= 0 and np.isfinite(config.prose_weight)):
        raise ConfigError(f"--prose-weight must be a finite number >= 0. Got {config.prose_weight!r} instead.")
    for name in ("batch_size", "max_epochs", "patience", "feature_batch_size"):
        v = getattr(config, name)
        if not isinstance(v, int) or v < 1:
            raise ConfigError(f"The {name!r} option of refit-stance must be an int >= 1. Got {v!r} instead.")
    if config.lr <= 0:
        raise ConfigError(f"The 'lr' option of refit-stance must be > 0. Got {config.lr!r} instead.")
    return config


# --- metrics ----------------------------------------------------------------------------------

def _proxy(sentiment: np.ndarray) -> np.ndarray:
    """NewsMTSC sentiment as weak stance: negative -> against, neutral -> none, positive -> favor."""
    return sentiment.copy()  # label orders line up: (negative, neutral, positive) ~ (against, none, favor)


def stance_dev_metrics(logits: dict[str, np.ndarray], splits: dict[str, Any], temperature: float = 1.0) -> dict[str, Any]:
    """Stance figures on the dev splits from stance logits ``{split: (T, 3)}``.

    ``score`` is the selection rule: mean of P-Stance val F_avg and the proxy stance macro-F1 on
    NewsMTSC dev_rw + dev_mt together.
    """
    out: dict[str, Any] = {}
    pv = softmax(logits["val"], temperature)
    out["val"] = f_avg(splits["val"]["stance"], pv[:, 0], pv[:, 2], splits["val"]["group"])
    ys, ps = [], []
    for s in ("dev_rw", "dev_mt"):
        p = softmax(logits[s], temperature)
        y = _proxy(splits[s]["sentiment"])
        out[f"proxy_{s}"] = three_way(y, p)
        ys.append(y)
        ps.append(p)
    y, p = np.concatenate(ys), np.concatenate(ps)
    out["proxy_dev"] = three_way(y, p)
    pred = p.argmax(1)
    out["proxy_dev"]["f1_per_class"] = _f1_per_class(y, pred)
    out["proxy_dev"]["predicted"] = {lab: int((pred == i).sum()) for i, lab in enumerate(("against", "none", "favor"))}
    # the card's calibration set: P-Stance val plus the neutral NewsMTSC dev targets as "none"
    neutral = y == 1
    cal_p = np.concatenate([pv, p[neutral]])
    cal_y = np.concatenate([splits["val"]["stance"], y[neutral]])
    out["stance_ece_3way"] = expected_calibration_error(cal_p, cal_y)
    out["proxy_dev"]["ece"] = expected_calibration_error(p, y)
    out["score"] = float(np.mean([out["val"]["f_avg"], out["proxy_dev"]["macro_f1"]]))
    return out


def _f1_per_class(y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import f1_score

    f = f1_score(y, pred, labels=[0, 1, 2], average=None, zero_division=0)
    return {lab: float(v) for lab, v in zip(("against", "none", "favor"), f)}


def _sentiment_dev(head: Any, temperature: float, splits: dict[str, Any]) -> dict[str, Any]:
    import torch

    out = {}
    with torch.inference_mode():
        for s in ("dev_rw", "dev_mt"):
            logits = head(splits[s]["features"]).float().numpy()
            out[s] = three_way(splits[s]["sentiment"], softmax(logits, temperature))
    return out


# --- training ---------------------------------------------------------------------------------

def _training_rows(splits: dict[str, Any], prose_weight: float) -> tuple[Any, Any, Any, dict[str, int]]:
    """Features, stance targets and loss weights of the rows the head is trained on."""
    import torch

    ps, nw = splits["pstance_train"], splits["newsmtsc_train"]
    keep_ps = ps["stance"] >= 0
    sent = nw["sentiment"]
    y_news = _proxy(sent)
    w_news = np.where(sent == 1, 1.0, prose_weight)
    keep_news = w_news > 0
    x = torch.cat([ps["features"][torch.from_numpy(keep_ps)], nw["features"][torch.from_numpy(keep_news)]])
    y = torch.from_numpy(np.concatenate([ps["stance"][keep_ps], y_news[keep_news]]))
    w = torch.from_numpy(np.concatenate([np.ones(int(keep_ps.sum())), w_news[keep_news]]).astype(np.float32))
    counts = {"pstance": int(keep_ps.sum()), "newsmtsc_none": int((sent == 1).sum()),
              "newsmtsc_weak_favor_against": int(((sent != 1) & keep_news).sum())}
    return x, y, w, counts


def _stance_logits(head: Any, splits: dict[str, Any], names: Sequence[str]) -> dict[str, np.ndarray]:
    import torch

    was = head.training
    head.eval()
    try:
        with torch.inference_mode():
            return {s: head(splits[s]["features"]).float().numpy() for s in names}
    finally:
        head.train(was)


def train_stance_head(splits: dict[str, Any], config: RefitConfig, hidden_size: int, head_hidden: int,
                      dropout: float) -> tuple[Any, list[dict[str, Any]], dict[str, int]]:
    """A fresh stance head trained on the frozen features; best dev-score state kept."""
    import torch

    from polisent.models.targeted import _head

    torch.manual_seed(config.seed)
    head = _head(3 * hidden_size, head_hidden, dropout)
    x, y, w, counts = _training_rows(splits, config.prose_weight)
    opt = torch.optim.AdamW(head.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    gen = torch.Generator().manual_seed(config.seed)
    ce = torch.nn.CrossEntropyLoss(reduction="none")
    history: list[dict[str, Any]] = []
    best: tuple[float, dict[str, Any]] | None = None
    bad = 0
    for epoch in range(1, config.max_epochs + 1):
        head.train()
        perm = torch.randperm(len(y), generator=gen)
        total = 0.0
        for i in range(0, len(perm), config.batch_size):
            idx = perm[i:i + config.batch_size]
            loss = (ce(head(x[idx]), y[idx]) * w[idx]).sum() / w[idx].sum().clamp_min(1e-8)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            total += float(loss.detach()) * len(idx)
        m = stance_dev_metrics(_stance_logits(head, splits, ("val", "dev_rw", "dev_mt")), splits)
        history.append({"epoch": epoch, "loss": total / len(perm), "score": m["score"],
                        "val_f_avg": m["val"]["f_avg"], "proxy_macro_f1": m["proxy_dev"]["macro_f1"]})
        logger.info("epoch %d loss %.4f score %.4f (val F_avg %.4f, proxy macro-F1 %.4f)", epoch,
                    history[-1]["loss"], m["score"], m["val"]["f_avg"], m["proxy_dev"]["macro_f1"])
        if best is None or m["score"] > best[0]:
            best = (m["score"], {k: v.detach().clone() for k, v in head.state_dict().items()})
            bad = 0
        else:
            bad += 1
            if bad >= config.patience:
                logger.info("early stopping after epoch %d", epoch)
                break
    assert best is not None
    head.load_state_dict(best[1])
    head.eval()
    return head, history, counts


def _calibration_rows(logits: dict[str, np.ndarray], splits: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """P-Stance val plus neutral NewsMTSC dev targets as none (the definition train.py uses)."""
    ls, ys = [logits["val"]], [splits["val"]["stance"]]
    for s in ("dev_rw", "dev_mt"):
        sel = splits[s]["sentiment"] == 1
        ls.append(logits[s][sel])
        ys.append(np.ones(int(sel.sum()), dtype=np.int64))
    return np.concatenate(ls), np.concatenate(ys)


# --- the refit --------------------------------------------------------------------------------

def _build_unmerged(src: Path, encoder_path: str | None) -> tuple[Any, dict[str, Any]]:
    """The source artifact as a model with LoRA *unmerged* (what save_targeted_model stores)."""
    from polisent.models.artifact import _read_config, build_model, read_adapter, resolve_encoder_path

    cfg = _read_config(src)
    model = build_model(resolve_encoder_path(cfg.get("encoder", {}), encoder_path), cfg)
    result = model.load_state_dict(read_adapter(src), strict=False)
    if result.unexpected_keys:
        raise ModelLoadError(f"{str(src)!r}: unexpected weights {result.unexpected_keys[:5]}.")
    return model.eval(), cfg


def _check_only_stance_changed(src: Path, out: Path) -> dict[str, Any]:
    """Compare the two adapters: every tensor but the stance head and temperature must be equal."""
    from safetensors.numpy import load_file

    a, b = load_file(str(src / "adapter.safetensors")), load_file(str(out / "adapter.safetensors"))
    if set(a) != set(b):
        raise ModelLoadError(f"refit artifact has other tensors than its source: {sorted(set(a) ^ set(b))[:5]}")
    changed = sorted(k for k in a if not np.array_equal(a[k], b[k]))
    bad = [k for k in changed if not (k.startswith("stance_head.") or k == "stance_temperature")]
    if bad:
        raise ModelLoadError(f"refit changed tensors outside the stance head: {bad[:5]}")
    return {"tensors": len(a), "changed": changed}


def _default_cache(output: str) -> Path:
    return Path(output) / "stance_features_cache.pt"


def refit_stance(config: RefitConfig, *, features: dict[str, Any] | None = None) -> dict[str, Any]:
    """Refit the stance head of ``config.source`` into a new artifact at ``config.output``; return the record."""
    import torch

    from polisent.models.artifact import save_targeted_model
    from polisent.training.train import _command, _versions
    from polisent._provenance import git_sha

    check_refit_config(config)
    t0 = time.time()
    src = _source_dir(config.source)
    if not src.exists():
        raise ModelLoadError(f"--from {str(src)!r} does not exist. Pass the directory of a trained artifact.")
    if Path(config.output).resolve() == src.resolve():
        raise ConfigError("--output must differ from --from: refit-stance never overwrites its source artifact.")
    cache = Path(config.cache) if config.cache else _default_cache(config.output)
    blob = features if features is not None else load_or_extract_features(config, cache)
    splits = blob["splits"]
    t_feat = time.time() - t0

    model, cfg = _build_unmerged(src, config.encoder_path)
    old_t = float(model.stance_temperature)
    names = ("val", "dev_rw", "dev_mt")
    before_raw = _stance_logits(model.stance_head, splits, names)
    before = stance_dev_metrics(before_raw, splits, old_t)
    lb, yb = _calibration_rows(before_raw, splits)
    before["stance_ece_3way_uncalibrated"] = expected_calibration_error(softmax(lb), yb)
    sent_before = _sentiment_dev(model.sentiment_head.eval(), float(model.sentiment_temperature), splits)

    t1 = time.time()
    head, history, counts = train_stance_head(splits, config, int(model.hidden_size), int(cfg.get("head_hidden", 256)),
                                              float(cfg.get("dropout", 0.1)))
    train_s = time.time() - t1
    raw = _stance_logits(head, splits, names)
    lc, yc = _calibration_rows(raw, splits)
    calibration = crossfit_temperature(lc, yc, folds=2, seed=config.seed)
    temperature = float(calibration["temperature"])
    after = stance_dev_metrics(raw, splits, temperature)
    with torch.no_grad():
        model.stance_head.load_state_dict(head.state_dict())
        model.stance_temperature.fill_(temperature)
    sent_after = _sentiment_dev(model.sentiment_head.eval(), float(model.sentiment_temperature), splits)

    brief = {"prose_weight": config.prose_weight, "seed": config.seed, "score": after["score"],
             "val_f_avg": after["val"]["f_avg"], "proxy_dev_macro_f1": after["proxy_dev"]["macro_f1"],
             "stance_temperature": temperature}
    record: dict[str, Any] = {
        "kind": "stance_head_refit",
        "command": config.command or _command(),
        "source": str(src),
        "source_adapter_sha256": blob["key"]["adapter_sha256"],
        "config": asdict(config),
        "selection_rule": "mean of P-Stance val F_avg and NewsMTSC dev_rw+dev_mt proxy stance macro-F1 "
                          "(positive->favor, neutral->none, negative->against); early stopping on the same",
        "n_train": counts,
        "n_dev_targets": {s: int(len(splits[s]["stance"])) for s in names},
        "feature_seconds": round(t_feat, 1),
        "feature_cache": str(cache) if features is None else None,
        "train_seconds": round(train_s, 1),
        "epochs": len(history),
        "best_epoch": int(max(history, key=lambda h: h["score"])["epoch"]),
        "history": history,
        "calibration": {"stance": calibration},
        "dev_before": before | {"stance_temperature": old_t},
        "dev_after": after,
        "sentiment_dev_before": sent_before,
        "sentiment_dev_after": sent_after,
        "versions": _versions(),
        "git_sha": git_sha(),
    }
    new_cfg = dict(cfg)
    metrics = dict(cfg.get("metrics") or {})
    metrics["calibration"] = dict(metrics.get("calibration") or {}) | {"stance": calibration}
    dev_brief = dict(metrics.get("dev") or {})
    dev_brief["val_favg"] = round(after["val"]["f_avg"], 4)
    metrics["dev"] = dev_brief
    metrics["stance_refit"] = brief
    new_cfg["metrics"] = metrics
    new_cfg["stance_refit"] = {k: record[k] for k in ("command", "source", "source_adapter_sha256", "n_train",
                                                      "epochs", "best_epoch")} | brief
    out = save_targeted_model(model, config.output, new_cfg)
    record["weights_check"] = _check_only_stance_changed(src, out)
    record["total_seconds"] = round(time.time() - t0, 1)
    src_rec_path = src / "training_record.json"
    base = json.loads(src_rec_path.read_text(encoding="utf-8")) if src_rec_path.is_file() else {}
    full = dict(base) | {"stance_refit": record}
    full["artifact"] = {"path": str(out), "bytes": sum(f.stat().st_size for f in out.iterdir()
                                                       if f.is_file() and f.suffix in (".json", ".safetensors"))}
    (out / "training_record.json").write_text(json.dumps(full, indent=2, default=float) + "\n", encoding="utf-8")
    logger.info("refit W=%s: score %.4f (val F_avg %.4f, proxy %.4f), T=%.3f -> %s", config.prose_weight,
                after["score"], after["val"]["f_avg"], after["proxy_dev"]["macro_f1"], temperature, out)
    return record


def refit_stance_sweep(config: RefitConfig, weights: Sequence[float], *, selection: str | Path | None = None) -> dict[str, Any]:
    """Refit once per W (``config.output`` may hold ``{w}``); pick W by the dev score fixed in advance.

    The features are computed once. Ties go to the smaller W. Writes a selection JSON.
    """
    if not weights:
        raise ConfigError("refit-stance needs at least one --prose-weight.")
    if len(weights) > 1 and "{w}" not in config.output:
        raise ConfigError("With several --prose-weight values, --output must contain '{w}' (one artifact per W), "
                          "e.g. /tmp/polisent_runs/refit_W{w}.")
    template = config.output
    check_refit_config(RefitConfig(**{**asdict(config), "prose_weight": float(weights[0]), "output": template}))
    cache = (Path(config.cache) if config.cache else
             (Path(template.replace("{w}", "")).parent / "refit_stance_features.pt" if "{w}" in template
              else _default_cache(template)))
    blob = load_or_extract_features(RefitConfig(**{**asdict(config), "output": template}), cache)
    runs = []
    for w in weights:
        out = template.format(w=f"{float(w):g}")
        rec = refit_stance(RefitConfig(**{**asdict(config), "prose_weight": float(w), "output": out,
                                          "cache": str(cache)}), features=blob)
        rec["feature_cache"] = str(cache)
        runs.append({"prose_weight": float(w), "output": out, "score": rec["dev_after"]["score"],
                     "val_f_avg": rec["dev_after"]["val"]["f_avg"],
                     "val_per_target": rec["dev_after"]["val"]["per_target"],
                     "proxy_dev_macro_f1": rec["dev_after"]["proxy_dev"]["macro_f1"],
                     "proxy_dev_predicted": rec["dev_after"]["proxy_dev"]["predicted"],
                     "stance_ece_3way_before": rec["calibration"]["stance"]["ece_before"],
                     "stance_ece_3way_after_crossfit": rec["calibration"]["stance"]["ece_after_crossfit"],
                     "stance_temperature": rec["calibration"]["stance"]["temperature"],
                     "sentiment_dev_after": rec["sentiment_dev_after"],
                     "sentiment_unchanged": rec["sentiment_dev_after"] == rec["sentiment_dev_before"],
                     "epochs": rec["epochs"], "best_epoch": rec["best_epoch"], "train_seconds": rec["train_seconds"]})
    best = max(runs, key=lambda r: (r["score"], -r["prose_weight"]))
    report = {"rule": "argmax over W of mean(P-Stance val F_avg, NewsMTSC dev rw+mt proxy stance macro-F1); "
                      "ties to the smaller W",
              "feature_seconds": blob.get("seconds"), "feature_cache": str(cache),
              "source_dev": rec["dev_before"], "source_sentiment_dev": rec["sentiment_dev_before"],
              "runs": runs, "chosen": best}
    path = Path(selection) if selection else cache.parent / "refit_stance_selection.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2, default=float) + "\n", encoding="utf-8")
    report["path"] = str(path)
    return report
