"""The model card of a v3 artifact (heads trained on frozen features of the training union).

Rendered from the artifact's ``config.json`` and ``training_record.json`` and, when given, the
one-run evaluation report of ``polisent evaluate --gold all`` (:mod:`polisent.evaluation.full`).
No figure is typed by hand.

>>> cfg = {"name": "m", "encoder": {"name": "enc"}, "features": {"set": "mcw", "window": 3},
...        "temperatures": {"sentiment": 1.0, "stance": 1.0}, "metrics": {"calibration": {}}}
>>> rec = {"config": {"weights": {}}, "history": [], "train_sources": {}, "dev_metrics": {}}
>>> render_heads_card(cfg, rec).splitlines()[0]
'# Model card: m'
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

__all__ = ["render_heads_card", "write_heads_card"]

_PIECES = {
    "commentary_dev": "commentary dev (cross-fitted calibration)",
    "newsmtsc_dev_rw": "NewsMTSC dev_rw", "newsmtsc_dev_mt": "NewsMTSC dev_mt", "pstance_val": "P-Stance val",
    "basil_dev": "BASIL dev share", "narrative_frames_dev": "Narrative Frames dev share",
    "persent_random_test": "PerSenT random_test (held out)", "ibm_test": "IBM claim stance test (held out)",
}


def _pct(x: Any) -> str:
    return "n/a" if x is None else f"{100 * float(x):.1f}"


def _rates(r: Any) -> str:
    return "n/a" if not r else "/".join(_pct(v) for v in r)


def _head_cell(m: dict[str, Any] | None) -> str:
    if not m:
        return "–"
    score = m.get("macro_f1", m.get("f_avg"))
    return f"{_pct(score)} / {_pct(m.get('accuracy'))}"


def _dev_table(dev: dict[str, Any]) -> list[str]:
    lines = ["| data (targets) | sentiment macro-F1 / acc | predicted / gold neg-neu-pos % | stance macro-F1 (P-Stance: F_avg) / acc "
             "| predicted / gold against-none-favor % | same-claim pairs with different gold: predicted differently |",
             "|---|---|---|---|---|---|"]
    for key, label in _PIECES.items():
        m = dev.get(key)
        if not m:
            continue
        s, t = m.get("sentiment") or {}, m.get("stance") or {}
        same = (s.get("same_claim") or {})
        same_txt = "n/a" if not same.get("pairs") else f"{_pct(same.get('different_predictions'))} % of {same['pairs']}"
        lines.append(f"| {label} ({m.get('targets')}) | {_head_cell(s)} | {_rates(s.get('predicted_rates'))} / "
                     f"{_rates(s.get('gold_rates'))} | {_head_cell(t)} | {_rates(t.get('predicted_rates'))} / "
                     f"{_rates(t.get('gold_rates'))} | {same_txt} |")
    return lines


def _eval_rows(report: dict[str, Any], model: str) -> list[str]:
    rows = [r for r in report.get("table", []) if r["model"] in (model, "all-neutral", "majority", "tfidf-logreg")]
    if not rows:
        return []
    lines = ["| model | data | n | sentiment macro-F1 | stance macro-F1 (P-Stance: F_avg) | ECE sentiment / stance "
             "| neutral predicted / gold | none predicted / gold |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ece = f"{r['sentiment_ece'] if r['sentiment_ece'] is not None else 'n/a'} / {r['stance_ece'] if r['stance_ece'] is not None else 'n/a'}"
        lines.append(f"| {r['model']} | {r['dataset']} | {r.get('n') or ''} | {_pct(r['sentiment_macro_f1'])} "
                     f"| {_pct(r['stance_f1'])} | {ece} | {_pct(r['neutral_predicted'])} / {_pct(r['neutral_gold'])} "
                     f"| {_pct(r['none_predicted'])} / {_pct(r['none_gold'])} |")
    return lines


def _where(command: str) -> str:
    """Where a recorded training command ran: "one GPU" for ``--device cuda``, else "one CPU thread".

    >>> _where("gpu_train.py run --device cuda --lr 5e-4"), _where("train --threads 1")
    ('one GPU', 'one CPU thread')
    """
    return "one GPU" if re.search(r"--device[ =]cuda", command) else "one CPU thread"


def render_heads_card(config: dict[str, Any], record: dict[str, Any], evaluation: dict[str, Any] | None = None,
                      *, model_label: str | None = None) -> str:
    """The card's markdown. ``model_label`` is the model's name in ``evaluation`` (e.g. ``"default"``)."""
    cfg = record.get("config", {})
    feats = config.get("features") or {}
    enc = config.get("encoder", {})
    base = config.get("base_artifact")
    cal = (config.get("metrics") or {}).get("calibration") or {}
    recal = (config.get("metrics") or {}).get("recalibration") or {}
    out = [f"# Model card: {config.get('name')}", ""]
    out += [
        "Scores every (claim, actor) pair of political commentary: **sentiment** (how the claim portrays the "
        "actor: negative / neutral / positive) and **stance** (whether the speaker approves of the actor: "
        "against / none / favor), as calibrated probabilities. Label meanings: `docs/annotation.md`.", "",
        "## Architecture", "",
        f"- Encoder: `{enc.get('name')}`" + (f", adapted with LoRA in `{base.get('name')}` (kept frozen here)" if base
                                            else ", adapted with LoRA" if config.get("lora") else ", frozen (no adapter)") + ".",
        f"- One encoder pass per claim. Features per target: `{feats.get('set')}` = [m, c, w, m*c, w*c"
        + (", w - mean(w), m - mean(m)" if feats.get("set") == "mcwr" else "")
        + f"], where m pools the target's mention tokens, c the claim, and w the tokens within {feats.get('window')} "
        "tokens of the mentions (mentions excluded), so two actors of one claim get different inputs"
        + ("; the means run over the actors scored in the same claim, so the last two say how this actor differs "
           "from the claim's others." if feats.get("set") == "mcwr" else "."),
        (f"- Two MLP heads ({config.get('head_hidden')} hidden units), trained end to end with the encoder's LoRA adapter "
         "on the training union" if record.get("kind") == "end-to-end" else
         f"- Two MLP heads ({config.get('head_hidden')} hidden units) trained on cached features of the training union")
        + "; logits are divided by a temperature and shifted by per-class biases fitted on the commentary dev split"
        + (" pooled with the pairs of later structure dev sets (see Recalibration)." if recal else "."), "",
        "## Training data", "",
        "Mapping of each source to sentiment and stance, with rationale: `docs/training_data.md`. "
        + ("Examples per source and loss weight:" if record.get("kind") == "end-to-end" else
           "Targets per source (labels per head; a source that does not teach a head is masked there) and loss weight:"),
        "", "| source | " + ("examples" if record.get("kind") == "end-to-end" else "targets")
        + " | sentiment labels | stance labels | weight |", "|---|---|---|---|---|",
    ]
    weights = cfg.get("weights", {})
    for src, n in (record.get("train_sources") or {}).items():
        out.append(f"| {src} | {n['targets']} | {n['sentiment_labels']} | {n['stance_labels']} | {weights.get(src, 1.0)} |")
    bt = record.get("base_training")
    if bt:
        n = bt.get("n_train") or {}
        out += ["", f"The encoder's LoRA adapter was trained first, end to end with heads, on the union "
                f"({n.get('targets')} targets from {n.get('examples_by_source')} examples per source; "
                f"{bt.get('steps')} steps, {bt.get('train_minutes')} min on {_where(bt.get('command') or '')}): `{bt.get('command')}`."]
        if bt.get("init_from"):
            out[-1] += f" It was warm-started from the adapter of `{bt['init_from']}`."
    if cfg.get("teacher"):
        who = f"`{cfg['teacher_model']}`" if cfg.get("teacher_model") else "a teacher"
        out += ["", f"Distilled from {who}'s soft labels (weight {cfg.get('distill_weight')}, temperature "
                f"{cfg.get('distill_temperature')}; its heads on its own encoder's features, without its commentary "
                "biases) on every training target, masked heads included."]
    hist = record.get("history") or []
    best = max(hist, key=lambda h: h["score"]) if hist else {}
    if record.get("kind") == "end-to-end":
        how = (f"Evaluations: {len(hist)}; kept: epoch {best.get('epoch')} (selection score {_pct(best.get('score'))}: "
               "mean of NewsMTSC dev_rw and dev_mt macro-F1, P-Stance val F_avg and commentary dev sentiment and "
               "stance macro-F1, the commentary figures counted twice).")
    else:
        how = (f"Epochs run: {len(hist)}; kept: epoch {best.get('epoch')} (selection score {_pct(best.get('score'))}: "
               "weighted mean of commentary dev sentiment and stance macro-F1 (weight 2 each), NewsMTSC dev_rw (1) and "
               "dev_mt (0.5) macro-F1 and P-Stance val F_avg (1)).")
    how += f" Training time: {record.get('minutes')} min on CPU"
    how += f"; command: `{record.get('command')}`." if record.get("command") else "."
    init = record.get("init_from")
    if record.get("kind") == "end-to-end" and isinstance(init, dict):
        steps = f"{init.get('steps')} steps, {init.get('train_minutes')} min" if init.get("steps") else "an earlier run"
        how += (f" It was warm-started from the adapter and heads of `{init.get('path')}` ({steps}"
                + (f"; command: `{init['command']}`" if init.get("command") else "") + ").")
    out += ["", "## Selection and calibration (dev splits only)", "", how, "",
            "| head | method | temperature | biases | ECE before | ECE after (cross-fitted by document) | ECE after (in sample) |",
            "|---|---|---|---|---|---|---|"]
    for head, c in cal.items():
        out.append(f"| {head} | {c.get('method')} | {c.get('temperature', 0):.3f} | "
                   f"{', '.join(f'{b:+.2f}' for b in c.get('bias', []))} | {c.get('ece_before', 0):.3f} | "
                   f"{c.get('ece_after_crossfit', 0):.3f} | {c.get('ece_after_in_sample', 0):.3f} |")
    out += _recalibration_rows(recal)
    out += ["", "## Dev figures at the kept epoch", "",
            "Commentary dev figures use probabilities calibrated on the *other* half of the dev documents; the other "
            "pieces use the raw heads (no commentary biases).", ""]
    out += _dev_table(record.get("dev_metrics") or {})
    if evaluation and model_label:
        rows = _eval_rows(evaluation, model_label)
        if rows:
            out += ["", f"## Evaluation (`polisent evaluate --gold all`, {evaluation.get('created')}, "
                        f"git {str(evaluation.get('git_sha'))[:7]})", "",
                    "The shipped model through the scorer, commentary figures on gold claims and mentions, next to the "
                    "baselines of the same run. Test figures are reported once, after the choices. The commentary dev "
                    "rows are in sample for the calibration (fitted on that split); the cross-fitted figures are in the "
                    "calibration table above.", ""] + rows
    out += ["", "## Limitations", "",
            "- The commentary corpus was labelled by model instances following a written guideline, not by independent "
            "human annotators (see `data/commentary/DATA_CARD.md`); its figures measure agreement with that guideline.",
            "- Stance *favor/against* is learned mostly from tweets about three US candidates and a few hundred commentary "
            "pairs; rare classes (favor 2-4 % of commentary pairs) have few examples and low F1.",
            "- The biases set the label rates of commentary analysis (about 9 pairs in 10 without stance). On text that "
            "takes sides more often (the 141-pair gold set: half the pairs have a stance; op-eds), the model under-calls "
            "stance: read p(against) and p(favor) rather than only the label there. On news or tweets it predicts "
            "neutral/none more often than those sources' gold rates.",
            "- Two actors of one claim with different gold labels get different labels only about half the time "
            "(see the same-claim column): the context window helps less than hoped.", ""]
    return "\n".join(out)


def _recalibration_rows(recal: dict[str, Any]) -> list[str]:
    """The recalibration section (``python -m polisent.training recalibrate``), if there was one."""
    if not recal:
        return []
    sets = {k: v for k, v in (recal.get("collections") or {}).items() if k != "corpus_dev"}
    out = ["", "## Recalibration", "",
           f"The calibration above was then refitted, heads and encoder untouched, on {recal.get('pairs')} pairs: the "
           f"commentary dev split pooled with {sum(sets.values())} pairs of {len(sets)} structure dev sets labelled after "
           f"this model was trained ({', '.join(sets)}). Chosen on those sets held out one at a time, calibrated as first "
           "shipped (dev split alone) and fitted on every other collection:", "",
           "| head | temperature | biases | held-out ECE, as first shipped | held-out ECE, pooled | held-out macro-F1, first / pooled | dev split ECE (in sample), first / pooled |",
           "|---|---|---|---|---|---|---|"]
    for head, r in (recal.get("heads") or {}).items():
        ho, dev = r["held_out_dev_sets"], r["corpus_dev_ece_in_sample"]
        out.append(f"| {head} | {r['pooled']['temperature']:.3f} | {', '.join(f'{b:+.2f}' for b in r['pooled']['bias'])} | "
                   f"{ho['shipped']['ece']:.3f} | {ho['pooled']['ece']:.3f} | {_pct(ho['shipped']['macro_f1'])} / "
                   f"{_pct(ho['pooled']['macro_f1'])} | {dev['shipped']:.3f} / {dev['pooled']:.3f} |")
    return out


def write_heads_card(artifact_dir: str | Path, evaluation: str | Path | dict[str, Any] | None = None,
                     *, model_label: str | None = None) -> Path:
    """Write ``MODEL_CARD.md`` into ``artifact_dir`` from its files and an optional evaluation report."""
    d = Path(artifact_dir)
    config = json.loads((d / "config.json").read_text(encoding="utf-8"))
    record = json.loads((d / "training_record.json").read_text(encoding="utf-8"))
    if evaluation is not None and not isinstance(evaluation, dict):
        evaluation = json.loads(Path(evaluation).read_text(encoding="utf-8"))
    path = d / "MODEL_CARD.md"
    path.write_text(render_heads_card(config, record, evaluation, model_label=model_label), encoding="utf-8")
    return path
