"""The training union: every labelled source as :class:`~polisent.training.data.Example` rows.

:func:`load_training_union` reads the sources named in ``sources`` and returns a
:class:`TrainingUnion`: the training examples (each with its ``source``, so the trainer can weigh
sources with :meth:`TrainingUnion.example_weights`), the dev pieces used to select models, and
held-out pieces that are for checks only (never training, never selection). The mapping of each
source's labels to polisent's sentiment (negative / neutral / positive) and stance (against /
none / favor), with ``-1`` where a source does not teach a head, is argued in
``docs/training_data.md``.

| source | trains on | dev (selection) | held out (checks) |
|---|---|---|---|
| newsmtsc | train | dev_rw, dev_mt | |
| pstance | train | val | |
| commentary | train split | dev split | (test: never loaded here) |
| commentary_extra | the pairs of the structure dev sets ``data/commentary_dev*`` | | |
| basil | 85 % of triplets | 15 % of triplets | |
| narrative_frames | 85 % of articles | 15 % of articles | |
| persent | dev.jsonl paragraphs | | random_test.jsonl paragraphs |
| ibm | train.jsonl | | test.jsonl (unseen topics) |

>>> ex = ibm_example({"claim": "Sanctions hurt ordinary people", "compatible": True,
...                   "claim_target": {"text": "Sanctions", "start": 0, "end": 9}, "claim_sentiment": -1})
>>> ex.targets, ex.sentiment, ex.stance
((((0, 9),),), (0,), (-1,))
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polisent.errors import ConfigError, InputError
from polisent.training.data import Example, default_data_dir, load_newsmtsc, load_pstance
from polisent.training.sources_news import basil_examples, narrative_frames_examples
from polisent.training.sources_persent import persent_examples

__all__ = [
    "DEFAULT_WEIGHTS",
    "SOURCES",
    "SourceOptions",
    "TrainingUnion",
    "commentary_examples",
    "commentary_extra_roots",
    "held_out_key",
    "ibm_example",
    "label_stats",
    "load_training_union",
]

logger = logging.getLogger(__name__)

SOURCES = ("newsmtsc", "pstance", "commentary", "commentary_extra", "basil", "narrative_frames", "persent", "ibm")

#: Default loss weight per source: the commentary train split (the target domain) most; weak,
#: article-level or off-domain labels least.
DEFAULT_WEIGHTS: dict[str, float] = {
    "newsmtsc": 1.0, "pstance": 1.0, "commentary": 2.0, "commentary_extra": 1.0, "basil": 0.5,
    "narrative_frames": 0.3, "persent": 0.5, "ibm": 0.3,
}

SENTIMENT_LABELS = ("negative", "neutral", "positive")
STANCE_LABELS = ("against", "none", "favor")
_SENT = {"negative": 0, "neutral": 1, "positive": 2}
_STANCE = {"against": 0, "none": 1, "favor": 2}


@dataclass(frozen=True)
class SourceOptions:
    """Mapping switches; the defaults are the choices argued in ``docs/training_data.md``."""

    neutral_as_none: bool = True  #: NewsMTSC and PerSenT neutral -> stance none
    dev_share: float = 0.15  #: share of BASIL triplets / Narrative Frames articles kept for dev
    basil_author_stance: bool = False  #: author's biased framing (non-quote spans) -> stance
    basil_feeling_none: bool = True  #: neutral whole-article feeling -> stance none in its sentences
    nf_role_stance: bool = False  #: hero -> favor, villain -> against
    nf_victim_sentiment: int | None = 0  #: victim sentiment (0 negative; None masks)
    ibm_stance: bool = False  #: claim sentiment toward a policy target copied to stance
    pstance_limit: int | None = None
    #: the last structure dev set whose pairs ``commentary_extra`` trains on (``None``: all of them), so
    #: that newer sets stay unseen for choosing between models and for an after-check
    commentary_extra_last: int | None = None
    seed: int = 0


@dataclass
class TrainingUnion:
    """Training examples of all sources plus the dev pieces (selection) and held-out pieces (checks)."""

    train: list[Example]
    dev: dict[str, list[Example]]
    held_out: dict[str, list[Example]]
    weights: dict[str, float]
    skipped: dict[str, dict[str, int]] = field(default_factory=dict)

    def by_source(self) -> dict[str, list[Example]]:
        out: dict[str, list[Example]] = defaultdict(list)
        for e in self.train:
            out[e.source].append(e)
        return dict(out)

    def example_weights(self, examples: Sequence[Example] | None = None) -> list[float]:
        """The loss weight of each example (its source's weight), in order."""
        return [self.weights.get(e.source, 1.0) for e in (self.train if examples is None else examples)]


def held_out_key(key: str, share: float) -> bool:
    """Deterministic split by a group key (triplet or article id): True for the dev share."""
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16)
    return (h % 10_000) < share * 10_000


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(
            f"Dataset file {str(path)!r} does not exist. Pass data_dir= the datasets directory "
            "(see ../shared/datasets/README.md), or leave this source out of sources=."
        )
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# --- commentary corpus -------------------------------------------------------------------------

def commentary_examples(rows: Iterable[dict[str, Any]], *, counts: Counter[str] | None = None,
                        source: str = "commentary") -> list[Example]:
    """Commentary (claim, actor) pairs grouped into one example per claim; spans claim-relative.

    ``rows`` are pairs-table rows (``claim``, ``claim_start``, ``mentions`` with document
    offsets, ``sentiment``, ``stance``); ``group`` is the document id.

    >>> row = {"doc_id": "d", "claim": "Moscow blamed Kyiv.", "claim_start": 100, "actor": "russia",
    ...        "mentions": [{"start": 100, "end": 106, "text": "Moscow"}], "sentiment": "negative", "stance": "none"}
    >>> ex = commentary_examples([row], source="commentary_extra")[0]
    >>> ex.targets, ex.sentiment, ex.stance, ex.source
    ((((0, 6),),), (0,), (1,), 'commentary_extra')
    """
    counts = Counter() if counts is None else counts
    claims: dict[tuple[str, int, int], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        claims[(r["doc_id"], int(r["claim_start"]), int(r.get("claim_end") or r["claim_start"] + len(r["claim"])))].append(r)
    out = []
    for (doc_id, c0, _), pairs in sorted(claims.items()):
        text = pairs[0]["claim"]
        targets, sent, stance = [], [], []
        for r in sorted(pairs, key=lambda p: p["actor"]):
            spans = []
            for m in r["mentions"]:
                s, e = int(m["start"]) - c0, int(m["end"]) - c0
                if 0 <= s < e <= len(text) and text[s:e] == m["text"]:
                    spans.append((s, e))
                else:
                    counts["mention_outside_claim"] += 1
            if not spans:
                counts["pair_without_mention"] += 1
                continue
            s_lab, st_lab = _SENT.get(r.get("sentiment") or "", -1), _STANCE.get(r.get("stance") or "", -1)
            if s_lab < 0 and st_lab < 0:
                counts["pair_without_label"] += 1
                continue
            targets.append(tuple(sorted(set(spans))))
            sent.append(s_lab)
            stance.append(st_lab)
        if targets:
            out.append(Example(text, tuple(targets), tuple(sent), tuple(stance), source, doc_id))
    return out


def _load_commentary(split: str, root: str | Path | None, counts: Counter[str]) -> list[Example]:
    if split not in ("train", "dev"):
        raise ConfigError(f"The commentary {split!r} split is not for training or selection. Use 'train' or 'dev'.")
    from polisent.evaluation.commentary import read_table  # load_commentary(...) without the Dataset wrap

    return commentary_examples(read_table("pairs", split=split, root=root), counts=counts)


def commentary_extra_roots(root: str | Path | None = None, last: int | None = None) -> list[Path]:
    """The structure dev sets beside the commentary corpus (``<corpus>_dev2`` ...) that hold pairs,
    up to number ``last`` when given."""
    from polisent.evaluation.commentary import dev_set_dirs

    return dev_set_dirs(root, "pairs", last=last)


def _load_commentary_extra(root: str | Path | None, counts: Counter[str], *, last: int | None = None) -> list[Example]:
    """Pairs of the structure dev sets as training rows (source ``commentary_extra``).

    Every row of those sets is used (they are dev sets for structure, not for scoring); a document
    whose id or address is also in the commentary corpus (any split) is left out, so nothing of
    its test split can reach training.
    """
    from polisent.evaluation.commentary import read_table

    roots = commentary_extra_roots(root, last)
    if not roots:
        raise InputError("No commentary dev sets with pairs (data/commentary_dev*/pairs.jsonl) were found.")
    main_docs = read_table("documents", root=root)
    seen_ids = {d["id"] for d in main_docs}
    seen_urls = {d.get("url") for d in main_docs if d.get("url")}
    rows = []
    for folder in roots:
        urls = {d["id"]: d.get("url") for d in read_table("documents", root=folder)}
        for r in read_table("pairs", root=folder):
            if r["doc_id"] in seen_ids or urls.get(r["doc_id"]) in seen_urls:
                counts["pair_of_a_corpus_document"] += 1
            else:
                rows.append(r)
    return commentary_examples(rows, counts=counts, source="commentary_extra")


# --- IBM claim stance ---------------------------------------------------------------------------

def ibm_example(row: dict[str, Any], *, stance: bool = False) -> Example | None:
    """A claim with its ``claim_target`` span and ``claim_sentiment`` as sentiment (None if incompatible).

    ``stance`` copies the sentiment to the stance head (against/favor toward the claim target);
    off by default, see ``docs/training_data.md``.
    """
    tgt = row.get("claim_target")
    if not row.get("compatible") or not tgt or row.get("claim_sentiment") not in (-1, 1, "-1", "1"):
        return None
    text = row["claim"]
    s, e = int(tgt["start"]), int(tgt["end"])
    if not (0 <= s < e <= len(text)) or text[s:e] != tgt["text"]:
        return None
    label = 0 if int(row["claim_sentiment"]) < 0 else 2
    return Example(text, (((s, e),),), (label,), (label if stance else -1,), "ibm", str(row.get("topic_id", "")))


def _ibm(rows: Iterable[dict[str, Any]], stance: bool, counts: Counter[str]) -> list[Example]:
    out = []
    for r in rows:
        ex = ibm_example(r, stance=stance)
        if ex is None:
            counts["incompatible_or_bad_target"] += 1
        else:
            out.append(ex)
    return out


# --- the union ----------------------------------------------------------------------------------

def _split_by_group(examples: list[Example], share: float) -> tuple[list[Example], list[Example]]:
    train = [e for e in examples if not held_out_key(e.group, share)]
    dev = [e for e in examples if held_out_key(e.group, share)]
    return train, dev


def load_training_union(
    data_dir: str | Path | None = None,
    sources: Sequence[str] = SOURCES,
    weights: dict[str, float] | None = None,
    *,
    options: SourceOptions | None = None,
    commentary_root: str | Path | None = None,
    missing: str = "raise",
) -> TrainingUnion:
    """Load the named sources as one training union with per-source dev and held-out pieces.

    Args:
        data_dir: the datasets folder (default ``../shared/datasets`` next to the checkout).
        sources: which of :data:`SOURCES` to load.
        weights: loss weight per source, over :data:`DEFAULT_WEIGHTS`.
        options: mapping switches (:class:`SourceOptions`).
        commentary_root: the commentary corpus folder (default: the checkout's ``data/commentary``).
        missing: ``"raise"`` (default) or ``"skip"`` a source whose files are absent (logged and
            recorded in ``skipped``).

    Example (needs the data sets, so not run here)::

        union = load_training_union(sources=("newsmtsc", "commentary", "basil"))
        w = union.example_weights()          # one loss weight per training example
        union.dev["commentary_dev"]          # the selection split that weighs most
    """
    unknown = [s for s in sources if s not in SOURCES]
    if unknown:
        raise ConfigError(f"Unknown training source(s) {unknown}. Available: {', '.join(SOURCES)}.")
    if missing not in ("raise", "skip"):
        raise ConfigError(f"missing must be 'raise' or 'skip'. Got {missing!r} instead.")
    opt = options or SourceOptions()
    if not 0.0 <= opt.dev_share < 1.0:
        raise ConfigError(f"dev_share must be in [0, 1). Got {opt.dev_share!r} instead.")
    base = Path(data_dir) if data_dir is not None else default_data_dir()
    union = TrainingUnion([], {}, {}, DEFAULT_WEIGHTS | dict(weights or {}))
    for name in sources:
        counts: Counter[str] = Counter()
        try:
            train, dev, held = _load_source(name, base, opt, commentary_root, counts)
        except (InputError, OSError) as exc:
            if missing == "raise":
                raise
            logger.warning("training source %s skipped: %s", name, exc)
            union.skipped[name] = {"missing": 1}
            continue
        union.train += train
        union.dev.update(dev)
        union.held_out.update(held)
        union.skipped[name] = dict(sorted(counts.items()))
        logger.info("source %s: %d training examples, dev %s, held out %s", name, len(train),
                    {k: len(v) for k, v in dev.items()}, {k: len(v) for k, v in held.items()})
    return union


def _load_source(name: str, base: Path, opt: SourceOptions, commentary_root: str | Path | None,
                 counts: Counter[str]) -> tuple[list[Example], dict[str, list[Example]], dict[str, list[Example]]]:
    if name == "newsmtsc":
        kw = {"neutral_as_none": opt.neutral_as_none}
        return (load_newsmtsc(base, "train", **kw),
                {"newsmtsc_dev_rw": load_newsmtsc(base, "dev_rw", **kw), "newsmtsc_dev_mt": load_newsmtsc(base, "dev_mt", **kw)},
                {})
    if name == "pstance":
        return load_pstance(base, "train", limit=opt.pstance_limit, seed=opt.seed), {"pstance_val": load_pstance(base, "val")}, {}
    if name == "commentary":
        return _load_commentary("train", commentary_root, counts), {"commentary_dev": _load_commentary("dev", commentary_root, Counter())}, {}
    if name == "commentary_extra":
        return _load_commentary_extra(commentary_root, counts, last=opt.commentary_extra_last), {}, {}
    if name == "basil":
        d = base / "basil"
        exs = basil_examples(_jsonl(d / "articles.jsonl"), _jsonl(d / "spans.jsonl"), _jsonl(d / "entity_feelings.jsonl"),
                             author_stance=opt.basil_author_stance, feeling_none=opt.basil_feeling_none, counts=counts)
        train, dev = _split_by_group(exs, opt.dev_share)
        return train, {"basil_dev": dev}, {}
    if name == "narrative_frames":
        d = base / "narrative_frames"
        exs = narrative_frames_examples(_jsonl(d / "articles.jsonl"), _jsonl(d / "roles.jsonl"),
                                        role_stance=opt.nf_role_stance, victim_sentiment=opt.nf_victim_sentiment,
                                        counts=counts)
        train, dev = _split_by_group(exs, opt.dev_share)
        return train, {"narrative_frames_dev": dev}, {}
    if name == "persent":
        d = base / "persent"
        kw = {"neutral_as_none": opt.neutral_as_none}
        return (persent_examples(_jsonl(d / "dev.jsonl"), counts=counts, **kw), {},
                {"persent_random_test": persent_examples(_jsonl(d / "random_test.jsonl"), **kw)})
    d = base / "ibm_claim_stance"  # name == "ibm"
    return (_ibm(_jsonl(d / "train.jsonl"), opt.ibm_stance, counts), {},
            {"ibm_test": _ibm(_jsonl(d / "test.jsonl"), opt.ibm_stance, Counter())})


def label_stats(examples: Sequence[Example]) -> dict[str, Any]:
    """Examples, targets and the label distribution per head (``masked``: -1) of ``examples``."""
    sent = Counter(y for e in examples for y in e.sentiment)
    stance = Counter(y for e in examples for y in e.stance)
    return {
        "examples": len(examples),
        "targets": sum(len(e.targets) for e in examples),
        "groups": len({e.group for e in examples}),
        "sentiment": {lab: sent.get(i, 0) for i, lab in enumerate(SENTIMENT_LABELS)} | {"masked": sent.get(-1, 0)},
        "stance": {lab: stance.get(i, 0) for i, lab in enumerate(STANCE_LABELS)} | {"masked": stance.get(-1, 0)},
    }
