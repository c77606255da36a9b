"""Per-document actor figures against careful readers: does polisent's roll-up of an actor in a
document (:class:`~polisent.records.ActorSummary`) say what the annotators' pairs say?

The gold view of actor A in document D is the mean of the signed gold labels (negative / against
-1, neutral / none 0, positive / favor +1) over the pairs of D's expert claims (units of kind
``answer`` or ``body``; the editor's intro and the questions are not the speaker's view), the
same claims :func:`polisent._assemble.summarise` rolls up. Both sides are then read as a label with
one fixed band: below ``tau`` in absolute value is neutral (``tau=0.25``: one claim in four
portraying the actor one way, net of the other way). Reported:

- ``coverage``: the share of gold (document, actor) views for which polisent gave a score, and
  ``spurious``: polisent's scored views with no gold pair among the expert claims (a linking false
  positive, an actor the annotators left out, or an intro or question polisent kept as a claim);
- on the views both have: Spearman correlation and mean absolute difference of the means, macro-F1
  of the three labels, the share of views read as non-neutral by each side, and ``polarised``: the
  share of gold-neutral views that polisent reads as positive or negative (what a careful reader
  calls polarising neutral analysis);
- the all-neutral baseline's macro-F1.

``oracle_document_actor_metrics`` does the same from the scorer's probabilities on the gold pairs
(gold claims, gold mentions), which measures the model and the roll-up apart from segmentation
and linking.

>>> pairs = [{"doc_id": "d", "actor": "ru", "kind": "answer", "sentiment": "negative", "stance": "none"},
...          {"doc_id": "d", "actor": "ru", "kind": "answer", "sentiment": "neutral", "stance": "none"}]
>>> gold_views(pairs, "sentiment")
{('d', 'ru'): -0.5}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["TAU", "agreement", "document_actor_metrics", "gold_views", "oracle_document_actor_metrics"]

#: the band below which a mean signed score reads as neutral
TAU = 0.25
_SIGN = {"negative": -1, "neutral": 0, "positive": 1, "against": -1, "none": 0, "favor": 1}
_EXPERT = frozenset({"answer", "body"})
_HEADS = ("sentiment", "stance")


def _actor(a: str) -> str:
    # "x:slug" outside the registry is "slug" if a registry has it, and "local:slug" if a backend found it
    return a.removeprefix("x:").removeprefix("local:")


def gold_views(pairs: Sequence[Mapping[str, Any]], head: str) -> dict[tuple[str, str], float]:
    """Mean signed gold label per (document, actor) over the expert claims' pairs."""
    acc: dict[tuple[str, str], list[int]] = defaultdict(list)
    for p in pairs:
        if p.get("kind") in _EXPERT:
            acc[(p["doc_id"], _actor(p["actor"]))].append(_SIGN[p[head]])
    return {k: sum(v) / len(v) for k, v in acc.items()}


def _label(x: float, tau: float) -> int:
    return 0 if abs(x) < tau else (1 if x > 0 else -1)


def agreement(gold: Sequence[float], pred: Sequence[float], tau: float = TAU) -> dict[str, Any]:
    """Agreement of predicted and gold mean signed scores of the same views.

    >>> agreement([-0.5, 0.0, 0.0], [-0.4, 0.1, 0.3])["polarised"]
    0.5
    """
    from scipy.stats import spearmanr
    from sklearn.metrics import f1_score

    n = len(gold)
    if n == 0:
        return {"n": 0}
    g = [_label(x, tau) for x in gold]
    p = [_label(x, tau) for x in pred]
    neutral = [i for i in range(n) if g[i] == 0]
    varied = n > 2 and len(set(gold)) > 1 and len(set(pred)) > 1
    rho = round(float(spearmanr(gold, pred).statistic), 4) if varied else None  # undefined for a constant side
    return {
        "n": n,
        "spearman": rho,
        "mean_abs_diff": round(sum(abs(a - b) for a, b in zip(gold, pred)) / n, 4),
        "macro_f1": round(100 * float(f1_score(g, p, labels=[-1, 0, 1], average="macro", zero_division=0)), 2),
        "all_neutral_macro_f1": round(100 * float(f1_score(g, [0] * n, labels=[-1, 0, 1], average="macro", zero_division=0)), 2),
        "gold_non_neutral": round(sum(x != 0 for x in g) / n, 4),
        "pred_non_neutral": round(sum(x != 0 for x in p) / n, 4),
        "polarised": round(sum(p[i] != 0 for i in neutral) / len(neutral), 4) if neutral else None,
        "opposite_sign": round(sum(a * b < 0 for a, b in zip(g, p)) / n, 4),
    }


def document_actor_metrics(analyses: Mapping[str, Any], pairs: Sequence[Mapping[str, Any]],
                           tau: float = TAU) -> dict[str, Any]:
    """polisent's per-document actor roll-ups (``analysis.actors``) against the gold views."""
    docs = {p["doc_id"] for p in pairs}
    out: dict[str, Any] = {"tau": tau}
    for head in _HEADS:
        gold = gold_views(pairs, head)
        pred: dict[tuple[str, str], float] = {}
        for doc_id in docs:
            a = analyses.get(doc_id)
            if a is None or a.error:
                continue
            for s in a.actors:
                v = getattr(s, head)
                if v is not None:
                    pred[(doc_id, _actor(s.actor_id))] = v
        both = sorted(set(gold) & set(pred))
        out[head] = {
            "gold_views": len(gold), "scored_views": len(pred),
            "coverage": round(len(both) / len(gold), 4) if gold else None,
            "spurious": round(len(set(pred) - set(gold)) / len(pred), 4) if pred else None,
        } | agreement([gold[k] for k in both], [pred[k] for k in both], tau)
    return out


def oracle_document_actor_metrics(pairs: Sequence[Mapping[str, Any]], probs: Mapping[str, Any],
                                  tau: float = TAU) -> dict[str, Any]:
    """The same from the scorer's probabilities on the gold pairs (``probs[head]``: one row of
    three probabilities per pair, in the label order negative/neutral/positive or
    against/none/favor), rolled up as :func:`polisent._assemble.summarise` does (mean of
    P(positive) - P(negative) weighted by the top probability; gold claims have no cue certainty)."""
    out: dict[str, Any] = {"tau": tau}
    for head in _HEADS:
        rows = probs.get(head)
        if rows is None:
            out[head] = None
            continue
        gold = gold_views(pairs, head)
        acc: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
        for p, r in zip(pairs, rows):
            if p.get("kind") in _EXPERT:
                w = float(max(r))
                slot = acc[(p["doc_id"], _actor(p["actor"]))]
                slot[0] += w
                slot[1] += w * (float(r[2]) - float(r[0]))
        keys = sorted(gold)
        out[head] = agreement([gold[k] for k in keys], [acc[k][1] / acc[k][0] for k in keys], tau)
    return out
