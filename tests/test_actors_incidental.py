"""The learned incidental-mention pass (polisent.actors.incidental) on texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polisent import Analyzer
from polisent.actors import RegistryLinker
from polisent.actors.incidental import MentionModel, apply_mention_model, load_mention_model, mention_features
from polisent.errors import ConfigError
from polisent.protocols import DocumentStructure
from polisent.records import Claim, MentionKind

#: a hand-set model: a name right after "to" (a destination) is incidental; everything else stays
_PLACE_AFTER_TO = MentionModel({"w-1=to": -6.0}, 3.0, 0.5, "mention-test")


def _doc(text: str, *sentences: tuple[int, int], question: int | None = None) -> DocumentStructure:
    return DocumentStructure((), tuple(Claim(i, s, e, text[s:e], 0, i, is_question=(i == question))
                                       for i, (s, e) in enumerate(sentences)))


def _links(linker: RegistryLinker, text: str, doc: DocumentStructure) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.actor_id, m.link) for m in linker.link(text, doc)]


def test_a_destination_is_incidental_and_the_agent_stays() -> None:
    text = "Kenya sent police to Haiti."
    doc = _doc(text, (0, len(text)))
    assert _links(RegistryLinker(mention_model=_PLACE_AFTER_TO), text, doc) == [
        ("Kenya", "kenya", "registry"), ("Haiti", "haiti", "incidental")]
    # off by default, and off when asked
    assert _links(RegistryLinker(), text, doc) == [("Kenya", "kenya", "registry"), ("Haiti", "haiti", "registry")]
    assert RegistryLinker().mention_model is None and "mention" not in RegistryLinker().name
    assert RegistryLinker(mention_model=_PLACE_AFTER_TO).name.endswith("+mention-test")


def test_the_incidental_mention_keeps_its_probability_and_makes_no_pair() -> None:
    text = "Kenya sent police to Haiti."
    doc = _doc(text, (0, len(text)))
    haiti = [m for m in RegistryLinker(mention_model=_PLACE_AFTER_TO).link(text, doc) if m.actor_id == "haiti"][0]
    assert 0.0 < haiti.confidence < 0.5 and haiti.claim_index == 0
    a = Analyzer(linker=RegistryLinker(mention_model=_PLACE_AFTER_TO), scorer="none", progress=False)(text)
    assert [x.actor_id for x in a.assessments] == ["kenya"]
    assert {s.actor_id: s.n_mentions for s in a.actors} == {"kenya": 1, "haiti": 1}  # still counted as mentioned


def test_questions_pronouns_and_unclaimed_text_are_not_decided() -> None:
    text = "Did Kenya go to Haiti? It went to Haiti."
    doc = _doc(text, (0, 22), (23, len(text)), question=0)
    ms = RegistryLinker().link(text, doc)
    feats = mention_features(text, doc, ms)
    decided = {ms[i].start for i in feats}
    assert decided == {text.rindex("Haiti")}  # not the question's names
    assert all(ms[i].kind is not MentionKind.PRONOUN for i in feats)
    assert mention_features(text, DocumentStructure((), ()), ms) == {}  # no claims: nothing decided


def test_features_see_the_neighbours_and_the_shapes() -> None:
    text = "An analyst at the European Council on Foreign Relations said Russia-China ties grow."
    doc = _doc(text, (0, len(text)))
    ms = RegistryLinker().link(text, doc)
    feats = mention_features(text, doc, ms)
    by_text = {ms[i].text: f for i, f in feats.items()}
    assert "cap_after" not in by_text["European Council"]  # "on" follows: lower case
    assert by_text["European Council"]["w+1=on"] == 1.0 and by_text["European Council"]["w-1=the"] == 1.0
    assert by_text["Russia"]["hyphen_after"] == 1.0 and by_text["China"]["hyphen_before"] == 1.0
    assert by_text["Russia"]["k=name|hyphen_after"] == 1.0 and by_text["Russia"]["a=russia"] == 1.0


def test_apply_leaves_mentions_above_the_threshold_untouched() -> None:
    text = "Kenya sent police to Haiti."
    doc = _doc(text, (0, len(text)))
    ms = RegistryLinker().link(text, doc)
    keep_all = MentionModel({}, 5.0, 0.5)
    assert apply_mention_model(text, doc, ms, keep_all) == ms


def test_the_shipped_model_loads_and_bad_files_are_clear(tmp_path: Path) -> None:
    shipped = load_mention_model(True)
    assert shipped is not None and shipped.version.startswith("mention-v") and 0.0 < shipped.threshold < 1.0
    assert load_mention_model(False) is None and load_mention_model(None) is None
    assert load_mention_model(_PLACE_AFTER_TO) is _PLACE_AFTER_TO
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps({"weights": {}}), encoding="utf-8")
    with pytest.raises(ConfigError, match="not a mention model"):
        load_mention_model(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        load_mention_model(tmp_path / "missing.json")
    good = tmp_path / "g.json"
    good.write_text(json.dumps({"weights": {"w-1=to": -6.0}, "bias": 3.0, "threshold": 0.5, "version": "mention-x"}),
                    encoding="utf-8")
    assert RegistryLinker(mention_model=good).mention_model.version == "mention-x"  # type: ignore[union-attr]


def test_the_analyzer_and_the_command_line_turn_it_on_and_off(tmp_path: Path) -> None:
    from polisent.cli import main

    assert Analyzer(scorer="none").linker.mention_model is not None  # type: ignore[attr-defined]  (on by default)
    assert Analyzer(scorer="none", incidental=False).linker.mention_model is None  # type: ignore[attr-defined]
    assert Analyzer(scorer="none", incidental=True).linker.mention_model is not None  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match="not both"):
        Analyzer(scorer="none", linker=RegistryLinker(), incidental=False)
    with pytest.raises(ConfigError, match="not both"):
        Analyzer(scorer="none", linker=RegistryLinker(), incidental=True)
    with pytest.raises(ConfigError, match="True or False"):
        Analyzer(scorer="none", incidental="yes")  # type: ignore[arg-type]
    import argparse

    from polisent._cli_common import add_model_options, make_analyzer

    p = argparse.ArgumentParser()
    add_model_options(p)
    on = make_analyzer(p.parse_args(["--model", "none", "--no-progress"]))
    off = make_analyzer(p.parse_args(["--model", "none", "--no-incidental", "--no-progress"]))
    assert on.models()["linker"].endswith("+mention-v2") and "mention" not in off.models()["linker"]
    assert make_analyzer(p.parse_args(["--model", "none", "--incidental", "--no-progress"])).models()["linker"] == on.models()["linker"]
    doc = tmp_path / "d.txt"
    doc.write_text("Kenya sent police to Haiti. The mission began in June.", encoding="utf-8")
    out = tmp_path / "m.csv"
    assert main(["analyze", str(doc), "--model", "none", "--incidental", "--format", "csv", "--table", "mentions",
                 "-o", str(out), "--no-progress"]) == 0
    assert "haiti" in out.read_text(encoding="utf-8")
