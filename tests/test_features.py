"""Tests of polisent.models.features: spans to tokens, windows, bad input."""

from __future__ import annotations

import pytest

from polisent.errors import ConfigError, InputError
from polisent.protocols import ScoringTask

transformers = pytest.importorskip("transformers")

from polisent.models.features import EncodedTargets, encode_tasks, spans_to_tokens  # noqa: E402
from polisent.testing import build_tiny_bert  # noqa: E402


@pytest.fixture(scope="module")
def tok(tmp_path_factory):
    path = build_tiny_bert(tmp_path_factory.mktemp("tiny"))
    return transformers.AutoTokenizer.from_pretrained(path)


def _decode(tok, ids, positions):
    return [tok.convert_ids_to_tokens(ids[p]) for p in positions]


def test_single_and_multi_target(tok):
    text = "Putin and Biden said the talks failed."
    tasks = [
        ScoringTask(text, (((0, 5),), ((10, 15),))),
        ScoringTask("Obama is strong.", (((0, 5),),)),
    ]
    enc = encode_tasks(tok, tasks)
    assert isinstance(enc, EncodedTargets)
    assert enc.n_units == 2 and enc.n_targets == 3
    assert enc.unit_of_task == [[0], [1]]
    assert enc.unit_of_target == [0, 0, 1]
    assert _decode(tok, enc.input_ids[0], enc.target_tokens[0]) == ["putin"]
    assert _decode(tok, enc.input_ids[0], enc.target_tokens[1]) == ["biden"]
    assert _decode(tok, enc.input_ids[1], enc.target_tokens[2]) == ["o", "##b", "##a", "##m", "##a"]
    # special tokens included, no padding
    assert enc.input_ids[0][0] == tok.cls_token_id and enc.input_ids[0][-1] == tok.sep_token_id


def test_several_mentions_of_one_target_are_pooled_together(tok):
    text = "Putin said that Putin will win."
    enc = encode_tasks(tok, [ScoringTask(text, (((0, 5), (16, 21)),))])
    assert _decode(tok, enc.input_ids[0], enc.target_tokens[0]) == ["putin", "putin"]
    assert enc.target_tokens[0] == sorted(enc.target_tokens[0])


def test_tasks_without_targets_make_no_units_and_no_tokenizer_call(tok):
    class Spy:
        is_fast = True
        calls = 0

        def __call__(self, *a, **k):
            Spy.calls += 1
            return tok(*a, **k)

    enc = encode_tasks(Spy(), [ScoringTask("Nothing here.", ()), ScoringTask("", ())])
    assert Spy.calls == 0
    assert enc.input_ids == [] and enc.unit_of_task == [[], []] and enc.target_tokens == []
    enc = encode_tasks(Spy(), [ScoringTask("x", ()), ScoringTask("Kyiv won.", (((0, 4),),))])
    assert Spy.calls == 1
    assert enc.unit_of_task == [[], [0]] and enc.unit_of_target == [0]


def test_span_without_token_falls_back_to_nearest(tok):
    text = "Russia  ,  talks"
    # the whitespace at 6..8 covers no token: nearest is "russia" (ends at 6)
    enc = encode_tasks(tok, [ScoringTask(text, (((6, 8),), ((16, 16),)))])
    assert _decode(tok, enc.input_ids[0], enc.target_tokens[0]) == ["russia"]
    assert _decode(tok, enc.input_ids[0], enc.target_tokens[1]) == ["talks"]
    # whitespace-only text: no content token, falls back to position 0, never empty
    enc = encode_tasks(tok, [ScoringTask("   ", (((0, 3),),))])
    assert enc.target_tokens == [[0]]


def test_spans_to_tokens_pure():
    offsets = [(0, 0), (0, 3), (4, 7), (8, 9), (0, 0)]
    assert spans_to_tokens([(0, 7), (7, 8)], offsets, [1, 2, 3]) == [[1, 2], [2]]
    assert spans_to_tokens([(0, 1)], [(0, 0), (0, 0)], []) == [[0]]


def test_long_claim_is_windowed_around_every_mention(tok):
    words = ["talks"] * 300
    words[10] = "putin"
    words[250] = "biden"
    words[260] = "biden"
    text = " ".join(words)

    def span(i):
        start = sum(len(w) + 1 for w in words[:i])
        return (start, start + len(words[i]))

    task = ScoringTask(text, ((span(10),), (span(250), span(260)), (span(255),)))
    enc = encode_tasks(tok, [task], max_length=64)
    assert all(len(ids) <= 64 for ids in enc.input_ids)
    assert all(ids[0] == tok.cls_token_id and ids[-1] == tok.sep_token_id for ids in enc.input_ids)
    # target 0 in its own window; targets 1 and 2 share one window that holds both mentions
    assert len(enc.unit_of_task[0]) == 2
    assert enc.unit_of_target[1] == enc.unit_of_target[2] != enc.unit_of_target[0]
    assert _decode(tok, enc.input_ids[enc.unit_of_target[0]], enc.target_tokens[0]) == ["putin"]
    assert _decode(tok, enc.input_ids[enc.unit_of_target[1]], enc.target_tokens[1]) == ["biden", "biden"]
    # the window is centred: context on both sides of the mention
    pos = enc.target_tokens[1][0]
    assert 10 < pos < 54


def test_far_apart_mentions_keep_the_first(tok):
    words = ["talks"] * 300
    words[5] = "putin"
    words[290] = "putin"
    text = " ".join(words)
    s1 = sum(len(w) + 1 for w in words[:5])
    s2 = sum(len(w) + 1 for w in words[:290])
    enc = encode_tasks(tok, [ScoringTask(text, (((s1, s1 + 5), (s2, s2 + 5)),))], max_length=32)
    assert enc.n_units == 1
    assert _decode(tok, enc.input_ids[0], enc.target_tokens[0]) == ["putin"]


def test_short_claim_at_limit_is_not_windowed(tok):
    text = " ".join(["talks"] * 30)
    enc = encode_tasks(tok, [ScoringTask(text, (((0, 5),),))], max_length=32)
    assert enc.n_units == 1 and len(enc.input_ids[0]) == 32


def test_bad_input(tok):
    with pytest.raises(InputError, match=r"tasks\[0\]\.targets\[0\] has the span \(0, 99\)"):
        encode_tasks(tok, [ScoringTask("short", (((0, 99),),))])
    with pytest.raises(InputError, match="no mention spans"):
        encode_tasks(tok, [ScoringTask("short", ((),))])
    with pytest.raises(InputError, match="must be a polisent.protocols.ScoringTask"):
        encode_tasks(tok, ["text"])  # type: ignore[list-item]
    with pytest.raises(ConfigError, match="max_length"):
        encode_tasks(tok, [ScoringTask("short", (((0, 1),),))], max_length=0)


def test_slow_tokenizer_is_refused(tok):
    class Slow:
        is_fast = False

    with pytest.raises(ConfigError, match="fast"):
        encode_tasks(Slow(), [ScoringTask("x", (((0, 1),),))])
