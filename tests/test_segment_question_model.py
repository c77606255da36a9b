"""The learned question pass (issue 11): candidates, features, the two thresholds, loading and the switch.

Texts written for these tests (not from any corpus)."""

from __future__ import annotations

import json

import pytest

from polisent.errors import ConfigError
from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter, load_question_model
from polisent.segment._question_model import apply_question_model, is_candidate, question_features

#: an unlabelled run-on: the host's welcome, a prompt, and the guest's answer
RUN_ON = ("Hello and welcome back to the programme. Today we are joined by a reporter who has spent the year in Kyiv. "
          "Can you tell us where you are now and what you have seen? Well, I am in Kyiv again this week. "
          "The city is calm but the sirens go off every night. People have learned to live with them.")
#: an op-ed whose writer asks and answers
OPED = ("Why Europe must pay for its own defence\n\nBy Jane Holt\n\nWhat does Europe want from Washington? "
        "It wants protection without the bill. That cannot last. The alliance needs money, and it needs it now.\n\n"
        "Is there another way? There is not. Every capital knows it, even if none says it aloud.")


def test_builtin_model_loads_and_names_the_segmenter() -> None:
    m = load_question_model()
    assert m.name == "qm-v1" and 0 <= m.reject <= m.add <= m.add_named
    assert m.provenance["test_split"] == "never read"
    assert RuleSegmenter().name.endswith("+qm-v1")
    assert RuleSegmenter(question_model=False).question_model is None
    assert RuleSegmenter(question_model={"weights": {}, "bias": 0.0, "add": 0.5, "reject": 0.5}).name.endswith("+qm-custom")


def test_candidates_are_questions_and_prompts_only() -> None:
    st = RuleSegmenter(question_model=False).segment(RUN_ON)
    cands = [c.text for c in st.claims if is_candidate(c)]
    assert cands == ["Can you tell us where you are now and what you have seen?"]
    f = question_features(RUN_ON, st)
    i = next(i for i, c in enumerate(st.claims) if c.text.startswith("Can you"))
    assert f[i]["f1:can"] == 1.0 and f[i]["f2:can_you"] == 1.0 and f[i]["n1:well"] == 1.0 and f[i]["w:you"] == 1.0
    assert all(x is None for j, x in enumerate(f) if j != i)


def test_the_builtin_head_scores_a_prompt_high_and_a_rhetorical_question_low() -> None:
    m = load_question_model()
    st = RuleSegmenter(question_model=False).segment(RUN_ON)
    f = question_features(RUN_ON, st)
    i = next(i for i, c in enumerate(st.claims) if c.text.startswith("Can you"))
    assert m.prob(f[i]) >= m.add  # the host's prompt, answered with "Well, ..."
    got = RuleSegmenter().segment(RUN_ON)
    assert [c.text for c in got.claims if c.is_question] == ["Can you tell us where you are now and what you have seen?"]
    assert got.claims[i].role is SpeakerRole.INTERVIEWER
    st = RuleSegmenter(question_model=False).segment(OPED)
    f = question_features(OPED, st)
    asks = [j for j, c in enumerate(st.claims) if c.text.endswith("?")]
    assert asks and all(m.prob(f[j]) < m.add for j in asks)  # a writer who asks and answers


def test_the_builtin_head_leaves_a_writers_rhetorical_questions() -> None:
    st = RuleSegmenter().segment(OPED)
    assert not any(c.is_question for c in st.claims)
    assert {c.speaker for c in st.claims if c.role is SpeakerRole.AUTHOR} == {"Jane Holt"}


def test_thresholds_add_reject_and_named_turns() -> None:
    text = "Q: Will the truce hold?\n\nA: It may. Who can say? Both sides are tired.\n"
    st = RuleSegmenter(question_model=False).segment(text)
    assert [c.text for c in st.claims if c.is_question] == ["Will the truce hold?"]
    never = load_question_model({"weights": {}, "bias": -30.0, "add": 0.5, "reject": 0.5})
    always = load_question_model({"weights": {}, "bias": 30.0, "add": 0.5, "reject": 0.5})
    assert not any(c.is_question for c in apply_question_model(text, st, never).claims)  # the rules' question rejected
    got = apply_question_model(text, st, always)
    assert [c.text for c in got.claims if c.is_question] == ["Will the truce hold?", "Who can say?"]
    assert [(c.start, c.end) for c in got.claims] == [(c.start, c.end) for c in st.claims]  # offsets unchanged
    # a claim in a named speaker's turn needs add_named: here never reached
    named = [c for c in st.claims if c.speaker]
    if named:
        guarded = load_question_model({"weights": {}, "bias": 30.0, "add": 0.5, "reject": 0.5, "add_named": 1.0})
        out = apply_question_model(text, st, guarded)
        assert not any(c.is_question for c, o in zip(st.claims, out.claims) if o.speaker and not c.is_question)


def test_a_model_that_changes_nothing_returns_the_same_structure() -> None:
    st = RuleSegmenter(question_model=False).segment("The talks ended without a deal. The port lost money again.")
    assert apply_question_model("", st, load_question_model()) is st


@pytest.mark.parametrize("bad", [
    {"weights": {}, "bias": 0.0, "add": 0.4, "reject": 0.6},  # reject above add
    {"weights": {}, "bias": 0.0, "add": 0.5},  # no reject
    {"weights": [1, 2], "bias": 0.0, "add": 0.5, "reject": 0.5},
    "not a dict",
])
def test_bad_models_are_config_errors(bad, tmp_path) -> None:
    with pytest.raises(ConfigError):
        if isinstance(bad, str):
            p = tmp_path / "m.json"
            p.write_text("{not json", encoding="utf-8")
            load_question_model(p)
        else:
            load_question_model(bad)


def test_a_model_file_round_trips(tmp_path) -> None:
    p = tmp_path / "qm.json"
    p.write_text(json.dumps({"name": "mine", "weights": {"ends_q": 1.0}, "bias": -0.5, "add": 0.6, "reject": 0.3}),
                 encoding="utf-8")
    seg = RuleSegmenter(question_model=p)
    assert seg.question_model is not None and seg.question_model.name == "mine"
    assert seg.question_model.add_named == 0.6  # defaults to add
