"""``polisent evaluate --gold commentary``: every figure on one split, for one or more models, as JSON.

Writes ``<results_dir>/eval_commentary_<split>.json`` (one entry per model, plus the baselines
and provenance) and returns the report; ``summary`` holds the headline figures.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import platform
from pathlib import Path
from typing import Any, Sequence

logger = logging.getLogger(__name__)


def _headline(res: dict[str, Any]) -> dict[str, Any]:
    st, pp = res["structure"], res["pipeline_pairs"]
    out = {
        "question_precision": st["questions"]["precision"], "question_recall": st["questions"]["recall_units"],
        "clutter_kept_as_claims": st["clutter_kept_as_claims"]["share"],
        "claims_dropped": st["claims_dropped"]["share"],
        "speaker_accuracy": st["speaker_accuracy_answer_claims"]["share"],
        "linking_precision": pp["linking"]["precision"], "linking_recall": pp["linking"]["recall"],
        "end_to_end_sentiment_macro_f1": pp["sentiment_end_to_end"].get("macro_f1"),
        "end_to_end_stance_macro_f1": pp["stance_end_to_end"].get("macro_f1"),
    }
    da = res.get("document_actors") or {}
    for head in ("sentiment", "stance"):
        if da.get(head):  # per-document actor roll-ups against the gold views (end to end)
            out[f"document_actor_{head}_macro_f1"] = da[head].get("macro_f1")
            out[f"document_actor_{head}_polarised"] = da[head].get("polarised")
            out[f"document_actor_{head}_coverage"] = da[head].get("coverage")
    gp = res.get("gold_pairs") or {}
    for head in ("sentiment", "stance"):
        if gp.get(head):
            out[f"gold_pairs_{head}_macro_f1"] = gp[head]["macro_f1"]
            out[f"gold_pairs_{head}_accuracy"] = gp[head]["accuracy"]
            out[f"gold_pairs_{head}_ece"] = gp[head]["ece"]
            out[f"gold_pairs_{head}_predicted"] = gp[head]["predicted_distribution"]
    return out


def run_commentary_evaluation(models: Sequence[str], split: str = "dev", *, root: str | Path | None = None,
                              results_dir: str | Path = "benchmarks/results", precision: str = "auto",
                              batch_size: int = 64, device: str = "auto") -> dict[str, Any]:
    """Evaluate each model spec (``default``, ``none``, an artifact path, ...) on ``split``."""
    import polisent
    from polisent._provenance import git_sha
    from polisent.evaluation.commentary_eval import evaluate_commentary

    if not models:
        from polisent.errors import ConfigError

        raise ConfigError("run_commentary_evaluation needs at least one model spec ('default', 'none', a path, ...)")
    results: dict[str, Any] = {}
    for spec in models:
        analyzer = polisent.Analyzer(scorer=spec, precision=precision, batch_size=batch_size, device=device,
                                     progress=False).load()
        res = evaluate_commentary(analyzer, split, root, oracle=spec != "none")
        results[spec] = res
        logger.info("%s on %s: %s", spec, split, _headline(res))
    base = next(iter(results.values()))["baselines"]  # the same gold pairs for every model
    summary = {spec: _headline(res) for spec, res in results.items()}
    summary["all_neutral"] = {
        "sentiment_macro_f1": base.get("all_neutral_sentiment", {}).get("macro_f1"),
        "sentiment_accuracy": base.get("all_neutral_sentiment", {}).get("accuracy"),
        "stance_macro_f1": base.get("all_neutral_stance", {}).get("macro_f1"),
        "stance_accuracy": base.get("all_neutral_stance", {}).get("accuracy"),
    }
    report = {
        "evaluation": "commentary",
        "split": split,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "git_sha": git_sha(),
        "versions": {"python": platform.python_version(), "polisent": polisent.__version__},
        "config": {"models": list(models), "precision": precision, "batch_size": batch_size, "device": device},
        "summary": summary,
        "baselines": base,
        "results": results,
    }
    out = Path(results_dir) / f"eval_commentary_{split}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    report["path"] = str(out)
    return report
