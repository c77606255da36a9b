"""The segmenter's learned second pass (``polisent/data/unit_model.json``): mechanics, switch, data
format and safety, on small texts written for the project."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from polisent.errors import ConfigError
from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter, load_unit_model

MODEL_FILE = Path(__file__).resolve().parents[1] / "polisent" / "data" / "unit_model.json"


def check(text: str, st) -> None:
    """Offsets hold, claims are numbered in order and point at the segment that holds them."""
    for i, c in enumerate(st.claims):
        assert text[c.start:c.end] == c.text
        assert c.index == i
        seg = st.segments[c.segment_index]
        assert seg.start <= c.start and c.end <= seg.end
        assert seg.kind in (SegmentKind.QUESTION, SegmentKind.ANSWER, SegmentKind.INTRO)
    for s in st.segments:
        assert text[s.start:s.end] == s.text
    starts = [s.start for s in st.segments]
    assert starts == sorted(starts)


#: a toy model: a claim holding "promo" is clutter, nothing else is (for the mechanics)
TOY = {"name": "toy", "vocabulary": ["promo"], "min_claims": 1,
       "clutter": {"weights": {"w:promo": 20.0}, "bias": -10.0, "threshold": 0.5, "threshold_partial": 0.5}}


def test_switch_and_name() -> None:
    text = "Harbour talks stall\n\nThe talks ended without a deal. The port lost money again.\n"
    on = RuleSegmenter(speaker_model=False, question_model=False)
    off = RuleSegmenter(unit_model=False, speaker_model=False, question_model=False)
    assert on.name == "rules-v1+unit-v1" and off.name == "rules-v1"
    assert off.unit_model is None and on.unit_model is not None
    assert RuleSegmenter(unit_model=None).unit_model is None
    assert RuleSegmenter(unit_model=TOY, speaker_model=False, question_model=False).name == "rules-v1+unit-custom"
    st_on, st_off = on.segment(text), off.segment(text)
    check(text, st_on)
    assert [c.text for c in st_on.claims] == [c.text for c in st_off.claims]


def test_a_claim_the_model_calls_clutter_is_cut_out_with_a_reason() -> None:
    text = "Kyiv holds the line. Promo offers end soon. Moscow may not wait.\n\nThe talks resume on Monday.\n"
    st = RuleSegmenter(unit_model=TOY).segment(text)
    check(text, st)
    assert [c.text for c in st.claims] == ["Kyiv holds the line.", "Moscow may not wait.", "The talks resume on Monday."]
    cut = [s for s in st.segments if s.kind is SegmentKind.CLUTTER]
    assert [(s.text, s.reason) for s in cut] == [("Promo offers end soon.", "unit_model")]
    # the segment around it is split into pieces that keep their kind
    assert [s.text for s in st.segments if s.kind is SegmentKind.ANSWER] == [
        "Kyiv holds the line.", "Moscow may not wait.", "The talks resume on Monday."]


def test_a_whole_segment_of_clutter_becomes_one_clutter_segment() -> None:
    text = "Kyiv holds.\n\nPromo code here. Promo ends Friday.\n\nMoscow waits."
    st = RuleSegmenter(unit_model=TOY).segment(text)
    check(text, st)
    assert [c.text for c in st.claims] == ["Kyiv holds.", "Moscow waits."]
    assert [(s.kind, s.reason) for s in st.segments] == [
        (SegmentKind.ANSWER, None), (SegmentKind.CLUTTER, "unit_model"), (SegmentKind.ANSWER, None)]
    assert st.segments[1].text == "Promo code here. Promo ends Friday."


def test_the_rules_questions_are_never_removed_as_clutter() -> None:
    text = "## Will the promo deal hold?\n\nIt may. Both sides need it.\n\n## And the promo after that?\n\nWe wait.\n"
    st = RuleSegmenter(unit_model=TOY).segment(text)
    check(text, st)
    assert [c.text for c in st.claims if c.is_question] == ["Will the promo deal hold?", "And the promo after that?"]


def test_a_partial_threshold_keeps_single_claims() -> None:
    toy = json.loads(json.dumps(TOY))
    toy["clutter"]["threshold_partial"] = 1.0  # only whole segments go
    text = "Kyiv holds the line. Promo offers end soon.\n\nPromo code here.\n"
    st = RuleSegmenter(unit_model=toy).segment(text)
    check(text, st)
    assert [c.text for c in st.claims] == ["Kyiv holds the line.", "Promo offers end soon."]
    assert st.segments[-1].kind is SegmentKind.CLUTTER and st.segments[-1].reason == "unit_model"


def test_short_documents_are_left_alone_and_never_emptied() -> None:
    few = json.loads(json.dumps(TOY)) | {"min_claims": 5}
    text = "Kyiv holds.\n\nPromo code here.\n\nMoscow waits."  # three claims: under min_claims
    st = RuleSegmenter(unit_model=few).segment(text)
    assert [c.text for c in st.claims] == ["Kyiv holds.", "Promo code here.", "Moscow waits."]
    text = "Promo code here.\n\nPromo ends Friday."  # every claim would go: the document is kept whole
    st = RuleSegmenter(unit_model=TOY).segment(text)
    assert [c.text for c in st.claims] == ["Promo code here.", "Promo ends Friday."]
    for one in ("Moscow and Kyiv talks failed", "Moscow failed badly ", "\n\nMoscow failed "):
        assert [c.text for c in RuleSegmenter().segment(one).claims] == [one.strip()]


def test_model_from_a_path_and_bad_models(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps(TOY), encoding="utf-8")
    assert load_unit_model(path).name == "toy"
    assert RuleSegmenter(unit_model=str(path)).unit_model.vocabulary == frozenset({"promo"})
    with pytest.raises(ConfigError):
        load_unit_model({"clutter": {"weights": {"x": "heavy"}, "bias": 0, "threshold": 0.5}})
    with pytest.raises(ConfigError):
        load_unit_model({"clutter": {"bias": 0}})
    with pytest.raises(ConfigError):
        load_unit_model(tmp_path / "missing.json")
    with pytest.raises(ConfigError):
        load_unit_model([1, 2])  # type: ignore[arg-type]


def test_shipped_model_is_data_with_provenance() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["name"] == "unit-v1" and data["min_claims"] >= 3
    prov = data["provenance"]
    assert prov["fitted_on"].endswith("train split") and prov["test_split"] == "never read"
    assert prov["script"] == "scripts/fit_unit_model.py"
    assert 0 < data["clutter"]["threshold"] <= data["clutter"]["threshold_partial"] <= 1
    assert len(data["vocabulary"]) <= 400
    m = load_unit_model()
    assert m.clutter is not None and m.gate is not None


@pytest.mark.parametrize("text", [
    "Russia will not win this war.",
    "Moscow may refuse. Kyiv will not give up.",
    "NATO is ready.\n\nThe Kremlin is not.\n\nBerlin hesitates.",
    "Q: Will the sanctions bite?\n\nA: Slowly. The central bank has reserves for a year.",
    ("# The Sahel after the coups\n\nBy Ana Ruiz\n\nThe juntas promised security. They have not delivered it.\n\n"
    "Attacks rose by a third last year. Trade with the coast fell."),
])
def test_clean_texts_keep_every_claim(text: str) -> None:
    on, off = RuleSegmenter().segment(text), RuleSegmenter(unit_model=False).segment(text)
    check(text, on)
    assert [c.text for c in on.claims] == [c.text for c in off.claims]


def test_page_furniture_the_rules_miss_is_removed() -> None:
    furniture = ["Site map", "Privacy policy", "Terms of use", "Contact the newsroom", "All our podcasts"]
    text = ("Ports and politics\n\n"
            "The harbour strike entered its third week on Monday, and the ministry says it will not negotiate "
            "until the unions end the blockade of the container terminal.\n\n"
            "Economists warn that the losses will reach the budget by the summer, because customs revenue "
            "pays for a fifth of the state's spending.\n\n" + "\n\n".join(furniture) + "\n")
    on, off = RuleSegmenter().segment(text), RuleSegmenter(unit_model=False).segment(text)
    check(text, on)
    assert set(furniture) <= {c.text for c in off.claims}  # the rules keep them all
    gone = {c.text for c in off.claims} - {c.text for c in on.claims}
    assert len(gone) >= 2 and gone <= set(furniture)  # the pass removes some, and nothing else
    assert all(s.reason == "unit_model" for s in on.segments if s.text in gone)


def test_no_scikit_learn_at_analysis_time() -> None:
    code = ("import sys; from polisent.segment import RuleSegmenter; "
            "RuleSegmenter().segment('Nice work!\\n\\nThe talks ended. Moscow waits.'); "
            "print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
