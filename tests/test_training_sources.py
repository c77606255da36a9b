"""Tests of polisent.training.sources: every source's mapping on tiny files; the real data when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _tiny_data import write_tiny_datasets
from polisent.errors import ConfigError, InputError
from polisent.training.data import default_data_dir
from polisent.training.sources import (
    SOURCES,
    SourceOptions,
    commentary_examples,
    held_out_key,
    ibm_example,
    label_stats,
    load_training_union,
)
from polisent.training.sources_news import basil_examples, name_pattern, narrative_frames_examples
from polisent.training.sources_persent import masked_mentions, persent_examples, repair_persent


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _spans(ex, k):
    return [ex.text[s:e] for s, e in ex.targets[k]]


# --- BASIL ---------------------------------------------------------------------------------------

S1 = "Critics slammed Barack Obama, but Obama praised Hillary Clinton."
S2 = "Republicans attacked the plan."
S3 = "Obama met the press on Monday."
S4 = '"He is a disaster," said a critic of Obama.'
BASIL_ART = {
    "id": "t1_1", "triplet_id": "t1", "main_entities": ["Barack Obama", "Republicans", "social security"],
    "sentences": [{"id": "p0", "text": S1}, {"id": "p1", "text": S2}, {"id": "p2", "text": S3},
                  {"id": "p3", "text": S4}, {"id": "p4", "text": ""}],
}


def _span(sid, sentence, target, polarity, aim="dir", quote=False, ind=None, ind_sent=None):
    return {"article_id": "t1_1", "sentence_id": sid, "sentence": sentence, "target": target, "polarity": polarity,
            "aim": aim, "quote": quote, "indirect_target": ind, "indirect_sentiment": ind_sent, "speaker": None}


BASIL_SPANS = [
    _span("p0", S1, "Barack Obama", "neg"),                                     # author's framing
    _span("p1", S2, "Barack Obama", "pos", "ind_anti", ind="Republicans", ind_sent="neg"),  # Obama not named
    _span("p3", S4, "Barack Obama", "neg", quote=True),                          # a quote
    _span("p0", S1, "social security", "neg"),                                   # not an actor
]
BASIL_FEEL = [{"article_id": "t1_1", "entity": "Barack Obama", "label": "neu"},
              {"article_id": "t1_1", "entity": "Republicans", "label": "neg"}]


def test_name_pattern_full_name_and_surname():
    pat = name_pattern("Barack Obama")
    assert [m.group() for m in pat.finditer(S1)] == ["Barack Obama", "Obama"]
    assert [m.group() for m in name_pattern("House Democrats").finditer("house democrats and Democrats")] == ["house democrats"]


def test_basil_mapping():
    exs = {e.text: e for e in basil_examples([BASIL_ART], BASIL_SPANS, BASIL_FEEL)}
    ex = exs[S1]  # author's framing: sentiment negative, stance masked (framed), both mentions
    assert _spans(ex, 0) == ["Barack Obama", "Obama"] and ex.sentiment == (0,) and ex.stance == (-1,)
    ex = exs[S2]  # ind_anti: the indirect target gets indirect_sentiment; Obama is not named -> no target
    assert _spans(ex, 0) == ["Republicans"] and ex.sentiment == (0,) and ex.stance == (-1,)
    ex = exs[S3]  # no span, neutral whole-article feeling -> stance none only
    assert ex.sentiment == (-1,) and ex.stance == (1,)
    ex = exs[S4]  # a quote: sentiment as portrayed; stance none from the feeling, never from the quote
    assert ex.sentiment == (0,) and ex.stance == (1,)
    assert all(e.source == "basil" and e.group == "t1" for e in exs.values())


def test_basil_options():
    exs = {e.text: e for e in basil_examples([BASIL_ART], BASIL_SPANS, BASIL_FEEL, author_stance=True, feeling_none=False)}
    assert exs[S1].stance == (0,)      # author's framing -> against
    assert exs[S4].stance == (-1,)     # a quote never gives stance
    assert S3 not in exs               # nothing left to learn there


# --- Narrative Frames ----------------------------------------------------------------------------

NF_TEXT = ("Senator Jane Roe blocked the climate bill. Farmers in Iowa lost crops. "
           "The EPA rescued the town, and Jane Roe objected.")


def _role(entity, role, group="GOVERNMENTS_POLITICIANS_POLIT.ORGS", pronoun=False):
    import re

    mentions = [{"start": m.start(), "end": m.end()} for m in re.finditer(re.escape(entity), NF_TEXT)]
    return {"article_id": "7", "entity": entity, "group": group, "role": role, "pronoun": pronoun, "mentions": mentions}


def test_narrative_frames_mapping():
    roles = [_role("Jane Roe", "villain"), _role("Jane Roe", "villain"), _role("The EPA", "hero"),
             _role("Iowa", "victim"), _role("Farmers", "victim", group="GENERALPUBLIC"), _role("they", "victim", pronoun=True)]
    exs = narrative_frames_examples([{"id": "7", "text": NF_TEXT}], roles)
    by = {e.text: e for e in exs}
    first = by["Senator Jane Roe blocked the climate bill."]
    assert _spans(first, 0) == ["Jane Roe"] and first.sentiment == (0,) and first.stance == (-1,)
    victim = by["Farmers in Iowa lost crops."]       # Farmers: not an actor group; Iowa: victim
    assert _spans(victim, 0) == ["Iowa"] and victim.sentiment == (0,) and victim.stance == (1,)
    last = by["The EPA rescued the town, and Jane Roe objected."]
    assert [_spans(last, k) for k in range(2)] == [["Jane Roe"], ["The EPA"]] and last.sentiment == (0, 2)
    assert all(e.group == "7" for e in exs)


def test_narrative_frames_conflicting_roles_skipped_and_options():
    from collections import Counter

    counts = Counter()
    roles = [_role("Jane Roe", "villain"), _role("Jane Roe", "victim"), _role("Iowa", "victim")]
    exs = narrative_frames_examples([{"id": "7", "text": NF_TEXT}], roles, victim_sentiment=None, counts=counts)
    assert counts["conflicting_roles"] == 1
    assert [(e.sentiment, e.stance) for e in exs] == [((-1,), (1,))]
    exs = narrative_frames_examples([{"id": "7", "text": NF_TEXT}], [_role("Jane Roe", "villain")], role_stance=True)
    assert {e.stance for e in exs} == {(0,)}


# --- PerSenT, IBM, commentary --------------------------------------------------------------------

def test_persent_repair_keeps_mentions():
    assert repair_persent("In 2006  Smith paid $1 500.", [])[0] == "In 2006, Smith paid $1,500."
    text = "Mueller\u00e2\x80\x99s fate"
    new, moved = repair_persent(text, [(0, 7)])
    assert new == "Mueller\u2019s fate" and moved == [(0, 7)]
    text = "He said  Smith  won  but  Smith  lost."
    spans = [(9, 14), (26, 31)]
    assert [text[s:e] for s, e in spans] == ["Smith", "Smith"]
    new, moved = repair_persent(text, spans, padded=True)
    assert new == "He said Smith won, but Smith lost." and [new[s:e] for s, e in moved] == ["Smith", "Smith"]
    new, moved = repair_persent(text, spans, padded=False)
    assert new == "He said, Smith, won, but, Smith, lost." and [new[s:e] for s, e in moved] == ["Smith", "Smith"]
    # padded masked copy: three spaces around each slot where the text has two
    text = "Until  she  asked  him  to leave."
    assert [text[s:e] for s, e in masked_mentions(text, "Until   [TGT]   asked   [TGT]   to leave.")] == ["she", "him"]
    assert masked_mentions(text, "Until [TGT] left.") is None
    assert masked_mentions("The deal with it failed.", "The deal with [TGT] failed.") is None  # not a person slot


def test_persent_examples():
    para = 'In 2006  John Smith bought a house. "We are suckers " he said.'
    masked = 'In 2006  [TGT] bought a house. "We are suckers [TGT] said.'
    doc = {"id": "9", "entity": "John Smith", "paragraphs": [
        {"text": para, "label": "Neutral", "masked_text": masked},
        {"text": "Smith lost. Badly.", "label": "Negative", "masked_text": None},
        {"text": "Nobody else.", "label": "Positive", "masked_text": None},
        {"text": "Smith again.", "label": None, "masked_text": None},
    ]}
    exs = persent_examples([doc])
    assert len(exs) == 2
    assert exs[0].text == 'In 2006, John Smith bought a house. "We are suckers," he said.'
    assert _spans(exs[0], 0) == ["John Smith", "he"] and exs[0].sentiment == (1,) and exs[0].stance == (1,)
    assert _spans(exs[1], 0) == ["Smith"] and exs[1].sentiment == (0,) and exs[1].stance == (-1,)


def test_ibm_example():
    row = {"claim": "Open primaries strengthen democracy", "compatible": True, "topic_id": "3",
           "claim_target": {"text": "Open primaries", "start": 0, "end": 14}, "claim_sentiment": 1}
    ex = ibm_example(row)
    assert _spans(ex, 0) == ["Open primaries"] and ex.sentiment == (2,) and ex.stance == (-1,)
    assert ibm_example(row, stance=True).stance == (2,)
    assert ibm_example(row | {"compatible": False, "claim_target": None}) is None


COMMENTARY_PAIRS = [
    {"doc_id": "d1", "claim_start": 100, "claim_end": 140, "claim": "Russia attacked while Ukraine held on.",
     "actor": "russia", "mentions": [{"start": 100, "end": 106, "text": "Russia"}], "sentiment": "negative", "stance": "against"},
    {"doc_id": "d1", "claim_start": 100, "claim_end": 140, "claim": "Russia attacked while Ukraine held on.",
     "actor": "ukraine", "mentions": [{"start": 122, "end": 129, "text": "Ukraine"}], "sentiment": "positive", "stance": "none"},
    {"doc_id": "d1", "claim_start": 200, "claim_end": 220, "claim": "NATO met.", "actor": "nato",
     "mentions": [{"start": 50, "end": 54, "text": "NATO"}], "sentiment": "neutral", "stance": "none"},
]


def test_commentary_claim_relative_spans_and_grouping():
    exs = commentary_examples(COMMENTARY_PAIRS)
    assert len(exs) == 1  # the NATO pair's mention lies outside its claim: dropped
    ex = exs[0]
    assert [_spans(ex, k) for k in range(2)] == [["Russia"], ["Ukraine"]]
    assert ex.sentiment == (0, 2) and ex.stance == (0, 1) and ex.source == "commentary" and ex.group == "d1"


def test_label_stats_and_held_out_key():
    st = label_stats(commentary_examples(COMMENTARY_PAIRS))
    assert st["targets"] == 2 and st["sentiment"]["negative"] == 1 and st["stance"]["none"] == 1
    assert st["sentiment"]["masked"] == 0
    assert held_out_key("abc", 0.0) is False and held_out_key("abc", 1.0) is True
    keys = [f"k{i}" for i in range(2000)]
    assert 0.1 < sum(held_out_key(k, 0.15) for k in keys) / len(keys) < 0.2


def _corpus(folder: Path, docs: list[dict], pairs: list[dict] | None) -> Path:
    _write(folder / "documents.jsonl", docs)
    (folder / "splits.json").write_text(json.dumps({d["id"]: "dev" for d in docs}), encoding="utf-8")
    if pairs is not None:
        _write(folder / "pairs.jsonl", pairs)
    return folder


def test_commentary_extra_reads_the_dev_sets_and_leaves_out_corpus_documents(tmp_path):
    from polisent.training.sources import _load_commentary_extra, commentary_extra_roots

    main = _corpus(tmp_path / "commentary", [{"id": "d1", "url": "https://a/1"}], COMMENTARY_PAIRS)
    with pytest.raises(InputError, match="No commentary dev sets"):
        _load_commentary_extra(main, None)
    other = [dict(r, doc_id="d2") for r in COMMENTARY_PAIRS[:1]]
    same_url = [dict(r, doc_id="d3") for r in COMMENTARY_PAIRS[1:2]]
    _corpus(tmp_path / "commentary_dev10", [{"id": "d2", "url": "https://b/2"}, {"id": "d3", "url": "https://a/1"}],
            other + same_url)
    _corpus(tmp_path / "commentary_dev2", [{"id": "d1", "url": "https://c/9"}], COMMENTARY_PAIRS)
    _corpus(tmp_path / "commentary_dev3", [{"id": "d4"}], None)  # structure only: no pairs table
    assert [p.name for p in commentary_extra_roots(main)] == ["commentary_dev2", "commentary_dev10"]
    from collections import Counter

    counts: Counter[str] = Counter()
    exs = _load_commentary_extra(main, counts)
    # d1 is a corpus document (same id) and d3 has a corpus document's address: both left out
    assert [(e.group, e.source, e.sentiment) for e in exs] == [("d2", "commentary_extra", (0,))]
    assert counts["pair_of_a_corpus_document"] == 4
    # the newer sets stay unseen when training stops at an earlier one
    assert [p.name for p in commentary_extra_roots(main, last=9)] == ["commentary_dev2"]
    assert _load_commentary_extra(main, Counter(), last=9) == []


# --- the union -----------------------------------------------------------------------------------

def _write_tiny_sources(root: Path) -> Path:
    write_tiny_datasets(root)
    _write(root / "basil" / "articles.jsonl", [BASIL_ART])
    _write(root / "basil" / "spans.jsonl", BASIL_SPANS)
    _write(root / "basil" / "entity_feelings.jsonl", BASIL_FEEL)
    _write(root / "narrative_frames" / "articles.jsonl", [{"id": "7", "text": NF_TEXT}])
    _write(root / "narrative_frames" / "roles.jsonl", [_role("Jane Roe", "villain")])
    doc = {"id": "9", "entity": "John Smith", "paragraphs": [{"text": "Smith won.", "label": "Positive", "masked_text": None}]}
    _write(root / "persent" / "dev.jsonl", [doc])
    _write(root / "persent" / "random_test.jsonl", [doc | {"id": "10"}])
    ibm = {"claim": "Bans fail", "compatible": True, "topic_id": "1",
           "claim_target": {"text": "Bans", "start": 0, "end": 4}, "claim_sentiment": -1}
    _write(root / "ibm_claim_stance" / "train.jsonl", [ibm])
    _write(root / "ibm_claim_stance" / "test.jsonl", [ibm])
    return root


def test_union_on_tiny_files(tmp_path, monkeypatch):
    import polisent.training.sources as src

    data = _write_tiny_sources(tmp_path / "datasets")
    monkeypatch.setattr(src, "_load_commentary",
                        lambda split, root, counts: commentary_examples(COMMENTARY_PAIRS) if split == "train" else [])
    monkeypatch.setattr(src, "_load_commentary_extra",
                        lambda root, counts, last=None: commentary_examples(COMMENTARY_PAIRS, source="commentary_extra"))
    union = load_training_union(data, weights={"ibm": 0.1}, options=SourceOptions(dev_share=0.0))
    assert set(union.by_source()) == set(SOURCES)
    assert set(union.dev) == {"newsmtsc_dev_rw", "newsmtsc_dev_mt", "pstance_val", "commentary_dev", "basil_dev",
                              "narrative_frames_dev"}
    assert set(union.held_out) == {"persent_random_test", "ibm_test"}
    w = dict(zip([e.source for e in union.train], union.example_weights()))
    assert w["ibm"] == 0.1 and w["commentary"] == 2.0 and w["commentary_extra"] == 1.0
    for e in union.train:  # every span inside its text, labels in range, one label per target
        assert len(e.targets) == len(e.sentiment) == len(e.stance) > 0
        assert all(0 <= s < t <= len(e.text) for spans in e.targets for s, t in spans)
        assert all(y in (-1, 0, 1, 2) for y in e.sentiment + e.stance)
        assert any(y >= 0 for y in e.sentiment + e.stance)


def test_union_errors(tmp_path):
    with pytest.raises(ConfigError, match="Unknown training source"):
        load_training_union(tmp_path, sources=("newsmtsc", "reddit"))
    with pytest.raises(InputError, match="does not exist"):
        load_training_union(tmp_path, sources=("basil",))
    union = load_training_union(tmp_path, sources=("basil", "ibm"), missing="skip")
    assert union.train == [] and union.skipped == {"basil": {"missing": 1}, "ibm": {"missing": 1}}
    with pytest.raises(ConfigError, match="not for training"):
        from polisent.training.sources import _load_commentary

        _load_commentary("test", None, None)


DATA = default_data_dir()


@pytest.mark.datasets
@pytest.mark.skipif(not (DATA / "basil" / "spans.jsonl").is_file(), reason="../shared/datasets is absent")
def test_union_on_real_data():
    union = load_training_union(DATA, sources=("basil", "narrative_frames", "persent", "ibm"))
    st = {k: label_stats(v) for k, v in union.by_source().items()}
    assert st["basil"]["targets"] > 1000 and st["persent"]["examples"] > 2000
    assert st["narrative_frames"]["stance"]["against"] == 0  # victims are never "against"
    assert st["ibm"]["stance"]["masked"] == st["ibm"]["targets"]
    train_groups = {e.group for e in union.train if e.source == "basil"}
    assert train_groups.isdisjoint({e.group for e in union.dev["basil_dev"]})  # split by triplet
    for e in union.train:
        assert all(0 <= s < t <= len(e.text) for spans in e.targets for s, t in spans)


@pytest.mark.parametrize("name", ["polisent.training.sources", "polisent.training.sources_news",
                                  "polisent.training.sources_persent"])
def test_docstring_examples(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_train_command_passes_commentary_extra_last_to_the_union(monkeypatch):
    """``train --commentary-extra-last N`` keeps later dev sets out of encoder training, as ``heads`` does."""
    import argparse
    from dataclasses import fields

    import polisent.training.sources as src
    from polisent.training import train as tr
    from polisent.training.cli import add_train_parser

    parser = argparse.ArgumentParser()
    add_train_parser(parser.add_subparsers())
    args = parser.parse_args(["train", "--sources", "newsmtsc", "pstance", "commentary_extra",
                              "--commentary-extra-last", "128"])
    names = {f.name for f in fields(tr.TrainConfig)}
    cfg = tr.TrainConfig(**{k: v for k, v in vars(args).items() if k in names})
    seen = {}

    def fake_union(data_dir, sources, weights=None, options=None):
        seen["last"] = options.commentary_extra_last
        raise RuntimeError("stop")

    monkeypatch.setattr(src, "load_training_union", fake_union)
    with pytest.raises(RuntimeError, match="stop"):
        tr._load_training_data(cfg)
    assert cfg.commentary_extra_last == 128 and seen["last"] == 128
