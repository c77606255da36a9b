"""Train the sentiment and stance heads of a v3 model on frozen pooled features of the training union.

The encoder is frozen: the v2 model's LoRA-adapted MiniLM for the fast default, all-mpnet-base-v2
for the accurate model. Its pooled vectors (:mod:`polisent.training.head_features`) are computed
once per source piece; the heads read the target-aware ``"mcw"`` or ``"mcwr"`` features
(:func:`~polisent.models.targeted.combine_features`), so training takes minutes on a CPU. For
``"mcwr"`` the claim of a target is its example in the piece.

- **Loss:** masked cross-entropy per head (a source that does not teach a head has ``-1``
  there), each target weighted by its source's weight
  (:data:`~polisent.training.sources.DEFAULT_WEIGHTS`); with a teacher (``distill``), a
  KL term to the teacher's softened probabilities on every training target, masked heads included.
- **Selection** (dev only): after each epoch, the heads are calibrated on the commentary dev split
  by document-level cross-fitting (:func:`~polisent.training.metrics.crossfit_temperature_bias`)
  and scored; the score weighs commentary dev most (see :func:`selection_score`).
- **Calibration:** a temperature and per-class biases per head fitted on the commentary dev split,
  so the shipped probabilities and label rates match careful readers of commentary.

>>> HeadConfig(features_dir="runs/features/minilm", window=3).window
3
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from polisent.errors import ConfigError, InputError
from polisent.training.distill import distill_loss
from polisent.training.metrics import crossfit_temperature_bias, f_avg, softmax, three_way
from polisent.training.sources import DEFAULT_WEIGHTS

__all__ = ["HeadConfig", "design_matrix", "load_pieces", "piece_metrics", "save_heads_artifact", "selection_score",
           "teacher_logits_of", "train_heads"]

logger = logging.getLogger(__name__)

#: Dev pieces and their weight in the selection score (commentary dev weighs most).
SELECTION = {
    "commentary_dev/sentiment": 2.0, "commentary_dev/stance": 2.0,
    "newsmtsc_dev_rw/sentiment": 1.0, "newsmtsc_dev_mt/sentiment": 0.5, "pstance_val/stance": 1.0,
}


@dataclass
class HeadConfig:
    """One head-training run on cached features (recorded in the artifact's training record)."""

    features_dir: str
    window: int = 3
    feature_set: str = "mcw"  #: "mcw", or "mcwr" (adds each target's difference from its claim's other targets)
    head_hidden: int = 256
    dropout: float = 0.1
    epochs: int = 25
    lr: float = 1e-3
    weight_decay: float = 0.01
    batch_size: int = 256
    patience: int = 5
    seed: int = 13
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    teacher: str | None = None  #: a .npz of teacher logits per training piece (distillation)
    teacher_model: str | None = None  #: the teacher artifact's model name (provenance)
    distill_weight: float = 0.5
    distill_temperature: float = 2.0
    threads: int | None = None


def load_pieces(folder: str | Path) -> dict[str, dict[str, Any]]:
    """Every cached piece (``<name>.pt``) of a features folder."""
    import torch

    folder = Path(folder)
    files = sorted(folder.glob("*.pt"))
    if not files:
        raise InputError(f"No cached features (*.pt) in {str(folder)!r}; extract them first (head_features).")
    return {f.stem: torch.load(f, weights_only=False)["data"] for f in files}


def design_matrix(piece: dict[str, Any], window: int, feature_set: str = "mcw") -> Any:
    """The ``"mcw"`` (T, 5H) or ``"mcwr"`` (T, 7H) features of a piece as a float32 tensor."""
    import torch

    from polisent.models.targeted import combine_features

    if feature_set not in ("mcw", "mcwr"):
        raise ConfigError(f"Heads train on the 'mcw' or 'mcwr' feature set; got {feature_set!r}.")

    key = f"w{window}"
    if key not in piece:
        raise ConfigError(f"The cached features have no window {window}; available: "
                          f"{sorted(k[1:] for k in piece if k.startswith('w'))}.")
    m, c, w = (torch.from_numpy(np.asarray(piece[k], dtype=np.float32)) for k in ("m", "c", key))
    if feature_set == "mcw":
        return combine_features(m, c, w)
    _, claim = np.unique(np.asarray(piece["example"]), return_inverse=True)
    return combine_features(m, c, w, group=torch.from_numpy(claim.astype(np.int64)))


def _same_claim_divergence(y: np.ndarray, pred: np.ndarray, example: np.ndarray) -> dict[str, float]:
    """Among pairs of targets of one claim with different gold labels: the share predicted differently."""
    n = diff = 0
    order = np.argsort(example, kind="stable")
    ex, ys, ps = example[order], y[order], pred[order]
    starts = np.flatnonzero(np.r_[True, ex[1:] != ex[:-1]])
    for s, e in zip(starts, np.r_[starts[1:], len(ex)]):
        for i in range(s, e):
            for j in range(i + 1, e):
                if ys[i] >= 0 and ys[j] >= 0 and ys[i] != ys[j]:
                    n += 1
                    diff += int(ps[i] != ps[j])
    return {"pairs": n, "different_predictions": diff / n if n else float("nan")}


def _dist(labels: np.ndarray) -> list[float]:
    labels = labels[labels >= 0]
    return [float((labels == k).mean()) if len(labels) else float("nan") for k in range(3)]


def piece_metrics(name: str, piece: dict[str, Any], probs: dict[str, np.ndarray]) -> dict[str, Any]:
    """Figures of one piece from per-target probabilities ``{"sentiment": (T,3), "stance": (T,3)}``."""
    out: dict[str, Any] = {"targets": int(len(piece["m"]))}
    for head in ("sentiment", "stance"):
        y = np.asarray(piece[head])
        sel = y >= 0
        if not sel.any():
            continue
        p = probs[head]
        pred = p.argmax(1)
        if name.startswith("pstance"):
            out[head] = f_avg(y[sel], p[sel, 0], p[sel, 2], np.asarray(piece["group"])[sel])
        else:
            out[head] = three_way(y[sel], p[sel])
        out[head]["gold_rates"] = _dist(y)
        out[head]["predicted_rates"] = _dist(pred[sel])
        out[head]["same_claim"] = _same_claim_divergence(np.where(sel, y, -1), pred, np.asarray(piece["example"]))
    return out


def selection_score(metrics: dict[str, Any]) -> float:
    """Weighted mean of the dev figures in :data:`SELECTION` (macro-F1, or F_avg for P-Stance)."""
    num = den = 0.0
    for key, w in SELECTION.items():
        piece, head = key.split("/")
        m = metrics.get(piece, {}).get(head)
        if m is None:
            continue
        num += w * float(m.get("macro_f1", m.get("f_avg", 0.0)))
        den += w
    return num / den if den else float("nan")


def _logits(head: Any, x: Any) -> np.ndarray:
    import torch

    with torch.inference_mode():
        return head(x).float().numpy()


def evaluate_heads(heads: dict[str, Any], pieces: dict[str, dict[str, Any]], xs: dict[str, Any],
                   calibration: dict[str, Any] | None = None) -> dict[str, Any]:
    """Metrics of every non-training piece; commentary dev with cross-fitted calibration.

    ``calibration`` (``{head: {"temperature", "bias"}}``) is applied to the other pieces when given.
    """
    for h in heads.values():
        h.eval()
    out: dict[str, Any] = {}
    cal_report: dict[str, Any] = {}
    for name, piece in pieces.items():
        if name.startswith("train_"):
            continue
        logits = {k: _logits(h, xs[name]) for k, h in heads.items()}
        if name == "commentary_dev":
            probs = {}
            for k in heads:
                y = np.asarray(piece[k])
                rep = crossfit_temperature_bias(logits[k], np.maximum(y, 0), np.asarray(piece["group"]))
                probs[k] = rep.pop("probs_crossfit")
                cal_report[k] = rep
        elif calibration:
            probs = {k: softmax(logits[k] / calibration[k]["temperature"] + np.asarray(calibration[k]["bias"]))
                     for k in heads}
        else:
            probs = {k: softmax(v) for k, v in logits.items()}
        out[name] = piece_metrics(name, piece, probs)
        if name == "commentary_dev":
            for k in heads:
                out[name][k]["ece_crossfit"] = cal_report[k]["ece_after_crossfit"]
                out[name][k]["ece_before"] = cal_report[k]["ece_before"]
    out["_calibration"] = {k: {kk: v[kk] for kk in ("method", "temperature", "bias", "ece_before", "ece_after_crossfit",
                                                     "ece_after_in_sample", "n")} for k, v in cal_report.items()}
    return out


def _training_rows(pieces: dict[str, dict[str, Any]], xs: dict[str, Any], config: HeadConfig,
                   teacher: dict[str, Any] | None) -> dict[str, Any]:
    import torch

    names = [n for n in pieces if n.startswith("train_")]
    x = torch.cat([xs[n] for n in names])
    ys = torch.from_numpy(np.concatenate([pieces[n]["sentiment"] for n in names]))
    yst = torch.from_numpy(np.concatenate([pieces[n]["stance"] for n in names]))
    src = np.concatenate([pieces[n]["source"] for n in names])
    unknown = sorted(set(src.tolist()) - set(config.weights))
    if unknown:
        raise ConfigError(f"No loss weight for source(s) {unknown}; give one in weights.")
    w = torch.from_numpy(np.array([config.weights[s] for s in src], dtype=np.float32))
    rows = {"x": x, "sentiment": ys, "stance": yst, "w": w, "names": names}
    if teacher is not None:
        for k in ("sentiment", "stance"):
            parts = []
            for n in names:
                t = np.asarray(teacher[f"{n}/{k}"], dtype=np.float32)
                same = len(t) == len(pieces[n]["m"]) and np.array_equal(teacher[f"{n}/_sentiment_labels"],
                                                                          pieces[n]["sentiment"])
                if not same:
                    raise InputError(f"Teacher logits for {n} do not line up with the features (other data or order).")
                parts.append(t)
            rows[f"teacher_{k}"] = torch.from_numpy(np.concatenate(parts))
    return rows


def train_heads(config: HeadConfig, pieces: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """Train both heads; keep the best epoch by :func:`selection_score`; return heads, history, metrics."""
    import torch
    from torch.nn import functional as F

    from polisent.models.targeted import FEATURE_SETS, _head

    t0 = time.time()
    if config.threads:
        torch.set_num_threads(config.threads)  # the CLI's own process
    torch.manual_seed(config.seed)
    pieces = pieces if pieces is not None else load_pieces(config.features_dir)
    xs = {n: design_matrix(p, config.window, config.feature_set) for n, p in pieces.items()}
    teacher = dict(np.load(config.teacher)) if config.teacher else None
    rows = _training_rows(pieces, xs, config, teacher)
    hidden = rows["x"].shape[1] // FEATURE_SETS[config.feature_set]
    heads = {k: _head(FEATURE_SETS[config.feature_set] * hidden, config.head_hidden, config.dropout) for k in ("sentiment", "stance")}
    params = [p for h in heads.values() for p in h.parameters()]
    opt = torch.optim.AdamW(params, lr=config.lr, weight_decay=config.weight_decay)
    n = len(rows["w"])
    steps = config.epochs * ((n + config.batch_size - 1) // config.batch_size)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=config.lr, total_steps=steps, pct_start=0.1)
    gen = torch.Generator().manual_seed(config.seed)
    history: list[dict[str, Any]] = []
    best: tuple[float, dict[str, Any], dict[str, Any]] | None = None
    bad = 0
    for epoch in range(1, config.epochs + 1):
        for h in heads.values():
            h.train()
        perm = torch.randperm(n, generator=gen)
        total = 0.0
        for i in range(0, n, config.batch_size):
            idx = perm[i:i + config.batch_size]
            x, w = rows["x"][idx], rows["w"][idx]
            loss = x.new_zeros(())
            for k, h in heads.items():
                z = h(x)
                y = rows[k][idx]
                lab = y >= 0
                if lab.any():
                    ce = F.cross_entropy(z[lab], y[lab], reduction="none")
                    loss = loss + (ce * w[lab]).sum() / w[lab].sum()
                if teacher is not None:
                    loss = loss + config.distill_weight * distill_loss(z, rows[f"teacher_{k}"][idx], w,
                                                                        config.distill_temperature)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(idx)
        metrics = evaluate_heads(heads, pieces, xs)
        score = selection_score(metrics)
        history.append({"epoch": epoch, "loss": total / n, "score": score, "minutes": (time.time() - t0) / 60,
                        "commentary_dev": {k: round(metrics["commentary_dev"][k]["macro_f1"], 4)
                                           for k in ("sentiment", "stance")}})
        logger.info("epoch %d loss %.4f score %.4f %s", epoch, total / n, score, history[-1]["commentary_dev"])
        if best is None or score > best[0]:
            best = (score, {k: {kk: v.detach().clone() for kk, v in h.state_dict().items()} for k, h in heads.items()},
                    metrics)
            bad = 0
        else:
            bad += 1
            if bad >= config.patience:
                logger.info("early stopping after epoch %d", epoch)
                break
    assert best is not None
    for k, h in heads.items():
        h.load_state_dict(best[1][k])
        h.eval()
    per_source = {nm[len("train_"):]: {"targets": int(len(pieces[nm]["m"])),
                                        "sentiment_labels": int((np.asarray(pieces[nm]["sentiment"]) >= 0).sum()),
                                        "stance_labels": int((np.asarray(pieces[nm]["stance"]) >= 0).sum())}
                  for nm in rows["names"]}
    return {"heads": heads, "history": history, "dev": best[2], "score": best[0], "hidden": hidden,
            "config": asdict(config), "n_train": int(n), "train_sources": per_source,
            "minutes": round((time.time() - t0) / 60, 2),
            "xs": xs, "pieces": pieces}


def teacher_logits_of(artifact: str | Path, features_dir: str | Path, path: str | Path) -> Path:
    """Soft labels for distillation: a v3 artifact's heads on its cached training-piece features.

    Logits are divided by the artifact's temperatures (its commentary biases are left out: the
    student gets the teacher's judgement, not the commentary label rates). Written to ``path``
    (a .npz with ``<piece>/<head>`` arrays, in the pieces' target order).
    """
    import torch

    from polisent.models.artifact import _read_config, artifact_dir, read_adapter
    from polisent.models.targeted import FEATURE_SETS, _head

    art = artifact_dir(artifact)
    cfg = _read_config(art)
    feats = cfg.get("features") or {}
    if feats.get("set") not in ("mcw", "mcwr"):
        raise ConfigError(f"The teacher {str(art)!r} is not a v3 ('mcw' or 'mcwr') artifact; train it with `heads` first.")
    state = read_adapter(art)
    hidden = int(cfg["encoder_config"]["hidden_size"])
    out = {}
    pieces = {k: v for k, v in load_pieces(features_dir).items() if k.startswith("train_")}
    for k in ("sentiment", "stance"):
        head = _head(FEATURE_SETS[feats["set"]] * hidden, int(cfg["head_hidden"]), 0.0)
        head.load_state_dict({n[len(k) + 6:]: v for n, v in state.items() if n.startswith(f"{k}_head.")})
        head.eval()
        t = float(state[f"{k}_temperature"])
        for name, piece in pieces.items():
            with torch.inference_mode():
                out[f"{name}/{k}"] = _logits(head, design_matrix(piece, int(feats["window"]), feats["set"])) / t
    for name, piece in pieces.items():
        out[f"{name}/_sentiment_labels"] = np.asarray(piece["sentiment"])
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, **out)
    return path


def save_heads_artifact(result: dict[str, Any], base: str | Path, output: str | Path, name: str, *,
                        storage: str = "fp32") -> Path:
    """A v3 artifact: the base encoder (an artifact's adapted encoder, or a backbone), the trained heads,
    and the commentary-dev calibration (temperature and biases per head).

    ``base`` is an artifact directory or name (its LoRA and LayerNorms are kept) or ``"accurate-backbone"``
    (all-mpnet-base-v2, frozen, no adapter). ``storage="int8"`` writes the shipped form
    (:func:`~polisent.models.artifact.quantize_state`).
    """
    import json

    import torch
    from polisent.models.artifact import (MPNET_SOURCE, _read_config, artifact_dir, build_model, read_adapter,
                                          resolve_encoder_path, save_targeted_model)

    cfg = result["config"]
    feats = {"set": cfg.get("feature_set", "mcw"), "window": int(cfg["window"])}
    if str(base) == "accurate-backbone":
        art_cfg: dict[str, Any] = {"encoder": {"name": "sentence-transformers/all-mpnet-base-v2", "source": MPNET_SOURCE,
                                               "revision": "e8c3b32e"}, "lora": None, "max_length": 256}
        state: dict[str, Any] = {}
    else:
        src = artifact_dir(base)
        base_cfg = _read_config(src)
        art_cfg = {k: base_cfg[k] for k in ("encoder", "lora", "max_length")}
        state = {k: v for k, v in read_adapter(src).items()
                 if not k.startswith(("sentiment_head.", "stance_head.")) and k not in _CALIBRATION_KEYS}
        art_cfg["base_artifact"] = {"name": base_cfg.get("name"), "path": str(src)}
    art_cfg |= {"name": name, "head_hidden": int(cfg["head_hidden"]), "dropout": float(cfg["dropout"]), "features": feats}
    model = build_model(resolve_encoder_path(art_cfg["encoder"]), art_cfg)
    res = model.load_state_dict(state, strict=False)
    if res.unexpected_keys:
        raise InputError(f"Base {base!r} has weights the v3 model does not: {res.unexpected_keys[:5]}.")
    model.sentiment_head.load_state_dict(result["heads"]["sentiment"].state_dict())
    model.stance_head.load_state_dict(result["heads"]["stance"].state_dict())
    cal = result["dev"]["_calibration"]
    with torch.no_grad():
        for k in ("sentiment", "stance"):
            getattr(model, f"{k}_temperature").fill_(float(cal[k]["temperature"]))
            getattr(model, f"{k}_bias").copy_(torch.tensor(cal[k]["bias"], dtype=torch.float32))
    art_cfg["metrics"] = {"dev": _brief(result["dev"]), "calibration": cal}
    art_cfg["training"] = {"kind": "heads on frozen features", "config": cfg, "n_train": result["n_train"],
                           "minutes": result["minutes"], "best_epoch": max(result["history"], key=lambda h: h["score"])["epoch"]}
    out = save_targeted_model(model, output, art_cfg, storage=storage)
    record = {k: result[k] for k in ("config", "history", "score", "n_train", "train_sources", "minutes")}
    record["base"] = art_cfg.get("base_artifact") or art_cfg["encoder"]
    base_rec = artifact_dir(base) / "training_record.json" if str(base) != "accurate-backbone" else None
    if base_rec is not None and base_rec.is_file():
        rec = json.loads(base_rec.read_text(encoding="utf-8"))
        if rec.get("base_training"):
            # the base is itself a heads artifact (a shipped model): its encoder's training is its base's
            record["base_training"] = rec["base_training"]
        else:
            record["base_training"] = {k: rec.get(k) for k in ("command", "train_minutes", "steps", "best_step", "n_train")}
            record["base_training"]["final_dev"] = (rec.get("history") or [{}])[-1].get("brief")
            init = rec.get("init_from") or {}
            record["base_training"]["init_from"] = init.get("path")
    from polisent.training.train import _command

    record["command"] = _command()
    record["dev_metrics"] = {k: v for k, v in result["dev"].items()}
    (Path(out) / "training_record.json").write_text(json.dumps(record, indent=2, default=_jsonable) + "\n", encoding="utf-8")
    from polisent.training.card_heads import write_heads_card

    write_heads_card(out)
    return Path(out)


#: Calibration buffers of an artifact: fitted anew for the heads of a v3 model, never copied from its base.
_CALIBRATION_KEYS = ("sentiment_temperature", "stance_temperature", "sentiment_bias", "stance_bias")


def _jsonable(x: Any) -> Any:
    if isinstance(x, np.ndarray):
        return x.tolist()
    if isinstance(x, (np.floating, np.integer)):
        return x.item()
    raise TypeError(type(x).__name__)


def _brief(dev: dict[str, Any]) -> dict[str, float]:
    out = {}
    for piece, m in dev.items():
        if piece.startswith("_"):
            continue
        for head in ("sentiment", "stance"):
            if head in m:
                out[f"{piece}/{head}"] = round(float(m[head].get("macro_f1", m[head].get("f_avg", float("nan")))), 4)
    return out
