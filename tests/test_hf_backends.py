"""Hugging Face backends and load_scorer: inputs they build, and one clear error per bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from _tiny_scorers import (
    SENTIMENT_LABELS,
    make_tasks,
    tiny_encoder_path,
    tiny_nli_path,
    tiny_sentiment_path,
    tiny_targeted,
)
from polisent.errors import ConfigError, ModelLoadError
from polisent.protocols import ScoringTask
from polisent.testing import build_tiny_bert

FP32 = {"device": "cpu", "precision": "fp32", "threads": 1}
TASK = ScoringTask("Moscow and Kyiv talks failed", (((0, 6),), ((11, 15),)))


def _tokens(scorer, ids):  # type: ignore[no-untyped-def]
    return scorer.tokenizer.convert_ids_to_tokens(ids)


def test_load_scorer_infers_the_task_from_labels() -> None:
    from polisent.models import HFSentimentScorer, HFStanceScorer, load_scorer

    assert isinstance(load_scorer(str(tiny_nli_path()), **FP32), HFStanceScorer)
    s = load_scorer(str(tiny_sentiment_path()), **FP32)
    assert isinstance(s, HFSentimentScorer)
    assert s.models() == {"sentiment": f"hf:{tiny_sentiment_path()}", "stance": "none"}
    r = s.score([TASK])
    assert r.stance is None and r.sentiment.shape == (2, 3)


def test_nli_hypotheses_use_the_mention_and_one_padded_pass() -> None:
    from polisent.models import HFStanceScorer

    scorer = HFStanceScorer(tiny_nli_path(), **FP32)
    seqs, _ = scorer.build_inputs([TASK])
    assert len(seqs) == 6  # 2 targets x 3 hypotheses
    toks = [" ".join(_tokens(scorer, s)) for s in seqs]
    assert "[SEP] the speaker supports moscow . [SEP]" in toks[2]
    assert toks[3].startswith("[CLS] moscow and kyiv") and "kyiv . [SEP]" in toks[3]
    tasks = [TASK] + make_tasks(5, seed=1)
    n_seqs = len(scorer.build_inputs(tasks)[0])
    r = scorer.score(tasks)
    # all (claim, actor, label) pairs in padded batches: one per rung of the batch-size ladder
    # (e.g. 39 sequences run as 32 + 7), never one forward per label
    assert scorer.model_calls <= 2 and n_seqs >= 3 * len(tasks)
    np.testing.assert_allclose(r.stance.sum(1), 1.0, atol=1e-6)


def test_custom_templates_and_their_validation() -> None:
    from polisent.models import HFStanceScorer

    scorer = HFStanceScorer(tiny_nli_path(), templates=("{actor} is bad.", "{actor} is here.", "{actor} is good."), **FP32)
    seqs, _ = scorer.build_inputs([TASK])
    assert "moscow is good ." in " ".join(_tokens(scorer, seqs[2]))
    with pytest.raises(ConfigError, match="three strings"):
        HFStanceScorer(tiny_nli_path(), templates=("The speaker supports X.",), **FP32)


def test_sentiment_pair_and_marker_inputs() -> None:
    from polisent.models import HFSentimentScorer

    pair = HFSentimentScorer(tiny_sentiment_path(), **FP32)
    seqs, _ = pair.build_inputs([TASK])
    assert _tokens(pair, seqs[1]) == ["[CLS]", "moscow", "and", "kyiv", "talks", "failed", "[SEP]", "kyiv", "[SEP]"]
    marked = HFSentimentScorer(tiny_sentiment_path(), target_format="markers", markers=("(", ")"), **FP32)
    seqs, _ = marked.build_inputs([ScoringTask("Moscow said Moscow failed", (((0, 6), (12, 18)),))])
    assert _tokens(marked, seqs[0]) == ["[CLS]", "(", "moscow", ")", "said", "(", "moscow", ")", "failed", "[SEP]"]
    with pytest.raises(ConfigError, match="target_format"):
        HFSentimentScorer(tiny_sentiment_path(), target_format="prefix", **FP32)


@pytest.mark.parametrize("kind", ["pair", "markers", "nli"])
def test_long_claims_are_windowed_around_the_target(kind: str) -> None:
    from polisent.models import HFSentimentScorer, HFStanceScorer

    scorer = (HFStanceScorer(tiny_nli_path(), **FP32) if kind == "nli"
              else HFSentimentScorer(tiny_sentiment_path(), target_format=kind, **FP32))
    text = "the war " * 150 + "Beijing failed " + "the peace " * 150
    start = text.index("Beijing")
    task = ScoringTask(text, (((start, start + 7),),))
    seqs, _ = scorer.build_inputs([task])
    assert all(len(s) <= scorer.max_length for s in seqs)
    for s in seqs:
        toks = _tokens(scorer, s)
        first = toks.index("[SEP]")
        assert "beijing" in toks[:first], "the mention must stay inside the claim window"
    assert scorer.score([task], progress=False).__getattribute__("sentiment" if kind != "nli" else "stance").shape == (1, 3)


def test_label_map_for_unnamed_labels(tmp_path: Path) -> None:
    from polisent.models import HFSentimentScorer, load_scorer

    path = build_tiny_bert(tmp_path / "generic", num_labels=3)
    with pytest.raises(ModelLoadError, match="label_map="):
        load_scorer(str(path), task="sentiment", **FP32)
    scorer = HFSentimentScorer(path, label_map={"LABEL_0": "negative", "LABEL_1": "neutral", "LABEL_2": "positive"}, **FP32)
    assert scorer.score([TASK]).sentiment.shape == (2, 3)
    five = build_tiny_bert(tmp_path / "stars", id2label={i: f"{i + 1} stars" for i in range(5)})
    lm = {"1 stars": "negative", "2 stars": "negative", "3 stars": "neutral", "4 stars": "positive", "5 stars": "positive"}
    r = HFSentimentScorer(five, label_map=lm, **FP32).score([TASK])
    np.testing.assert_allclose(r.sentiment.sum(1), 1.0, atol=1e-6)
    with pytest.raises(ConfigError, match="label_map"):
        HFSentimentScorer(path, label_map={"LABEL_0": "bad", "LABEL_1": "neutral", "LABEL_2": "positive"}, **FP32)


def test_wrong_kind_of_model_says_what_to_pass(tmp_path: Path) -> None:
    from polisent.models import load_scorer

    with pytest.raises(ModelLoadError, match="task='stance'"):
        load_scorer(str(tiny_nli_path()), task="sentiment", **FP32)
    with pytest.raises(ModelLoadError, match="entailment"):
        load_scorer(str(tiny_sentiment_path()), task="stance", **FP32)
    with pytest.raises(ModelLoadError, match="not a sequence classifier"):
        load_scorer(str(tiny_encoder_path()), task="sentiment", **FP32)
    with pytest.raises(ModelLoadError, match="does not exist"):
        load_scorer(str(tmp_path / "nowhere" / "model"), **FP32)
    with pytest.raises(ModelLoadError, match="does not exist"):
        load_scorer("./no-such-model", **FP32)
    with pytest.raises(ConfigError, match="'task'"):
        load_scorer(str(tiny_nli_path()), task="emotion", **FP32)


def test_missing_default_model_is_a_clear_error() -> None:
    from polisent.models import load_scorer
    from polisent.models.artifact import DEFAULT_ARTIFACT, is_artifact

    if is_artifact(DEFAULT_ARTIFACT):
        assert load_scorer("default", **FP32).name
    else:
        with pytest.raises(ModelLoadError, match="polisent train"):
            load_scorer("default", **FP32)


def test_slow_tokenizer_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import transformers

    from polisent.models import HFSentimentScorer

    class Slow:
        is_fast = False
        pad_token_id = 0

    monkeypatch.setattr(transformers.AutoTokenizer, "from_pretrained", classmethod(lambda cls, *a, **k: Slow()))
    with pytest.raises(ModelLoadError, match="fast"):
        HFSentimentScorer(tiny_sentiment_path(), **FP32)


def test_safetensors_only(tmp_path: Path) -> None:
    from transformers import AutoModelForSequenceClassification

    from polisent.models import HFSentimentScorer

    src = tiny_sentiment_path()
    dst = tmp_path / "bin-only"
    shutil.copytree(src, dst)
    model = AutoModelForSequenceClassification.from_pretrained(src)
    for f in dst.glob("*.safetensors"):
        f.unlink()
    import torch

    torch.save(model.state_dict(), dst / "pytorch_model.bin")  # pickle weights only
    with pytest.raises(ModelLoadError, match="safetensors"):
        HFSentimentScorer(dst, **FP32).load()


def test_polisent_artifact_directory_loads_as_targeted_scorer(tmp_path: Path) -> None:
    from polisent.models import TargetedScorer, load_scorer
    from polisent.models.artifact import save_targeted_model

    model, tokenizer, meta = tiny_targeted()
    path = save_targeted_model(model, tmp_path / "art", {
        "name": "tiny-art", "encoder": {"name": "tiny", "source": "path", "path": str(tiny_encoder_path())},
        "max_length": 64, "head_hidden": 16, "dropout": 0.0, "lora": None,
    })
    scorer = load_scorer(str(path), **FP32)
    assert isinstance(scorer, TargetedScorer) and scorer.name == "tiny-art"
    ref = TargetedScorer(model=model, tokenizer=tokenizer, meta=meta, **FP32).score([TASK])
    np.testing.assert_allclose(scorer.score([TASK]).sentiment, ref.sentiment, atol=1e-5)


def test_combined_scorer_takes_each_task_from_its_scorer() -> None:
    from polisent.models import CombinedScorer, HFSentimentScorer, HFStanceScorer

    sent = HFSentimentScorer(tiny_sentiment_path(), **FP32)
    stance = HFStanceScorer(tiny_nli_path(), **FP32)
    both = CombinedScorer(sentiment=sent, stance=stance)
    r = both.score([TASK])
    np.testing.assert_array_equal(r.sentiment, sent.score([TASK]).sentiment)
    np.testing.assert_array_equal(r.stance, stance.score([TASK]).stance)
    assert both.models() == {"sentiment": sent.name, "stance": stance.name}
    only = CombinedScorer(stance=str(tiny_nli_path()), **FP32)
    assert only.score([TASK]).sentiment is None
    with pytest.raises(ConfigError, match="neither"):
        CombinedScorer()
    assert SENTIMENT_LABELS[0] == "negative"
