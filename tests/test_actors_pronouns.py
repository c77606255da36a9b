"""The learned pronoun pass (polisent.actors.pronouns) on texts written for these tests."""

from __future__ import annotations

import json

import pytest

from polisent.actors import RegistryLinker
from polisent.actors.pronouns import GROUPS, PronounModel, load_pronoun_model
from polisent.errors import ConfigError
from polisent.protocols import DocumentStructure
from polisent.records import Claim

#: a hand-set model: a state named in the sentence before "they"/"their" is their actor
_STATE_THEY = PronounModel({"they|st": 3.0, "they|d1": 1.0, "they|r0|n": 1.0, "they|r1|n": -2.0}, -2.0, {"they": 0.5})


def _doc(text: str, *sentences: tuple[int, int], speaker: str | None = None) -> DocumentStructure:
    return DocumentStructure((), tuple(Claim(i, s, e, text[s:e], 0, i, speaker=speaker) for i, (s, e) in enumerate(sentences)))


def _pronouns(linker: RegistryLinker, text: str, doc: DocumentStructure) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.actor_id, m.link) for m in linker.link(text, doc) if m.kind.value == "pronoun"]


def test_they_links_to_the_state_named_before() -> None:
    text = "Kenya sent police to Haiti. They arrived in June."
    doc = _doc(text, (0, 27), (28, 49))
    assert _pronouns(RegistryLinker(pronoun_model=_STATE_THEY), text, doc) == [("They", "haiti", "learned")]


def test_threshold_and_off_switch() -> None:
    text = "Kenya sent police to Haiti. They arrived in June."
    doc = _doc(text, (0, 27), (28, 49))
    strict = PronounModel(dict(_STATE_THEY.weights), _STATE_THEY.bias, {"they": 0.99})
    assert _pronouns(RegistryLinker(pronoun_model=strict), text, doc) == []
    off = RegistryLinker(pronoun_model=False)
    assert _pronouns(off, text, doc) == []
    assert off.pronoun_model is None and "pronoun" not in off.name
    assert RegistryLinker(pronoun_model=_STATE_THEY).name.endswith("+pronoun-v1")


def test_rules_keep_the_pronouns_they_resolve() -> None:
    text = "Emmanuel Macron spoke in Paris. He wants a deal."
    doc = _doc(text, (0, 31), (32, 48))
    assert _pronouns(RegistryLinker(pronoun_model=_STATE_THEY), text, doc) == [("He", "emmanuel_macron", "pronoun")]


def test_no_candidate_no_link_and_us_in_capitals_is_the_country() -> None:
    text = "They said the US would pay. Nobody believed them."
    doc = _doc(text, (0, 27), (28, 49))
    got = [(m.text, m.actor_id) for m in RegistryLinker(pronoun_model=_STATE_THEY).link(text, doc)]
    assert ("US", "united_states") in got
    assert all(t != "They" for t, _ in got)  # nothing named before it


def test_pronouns_outside_claims_are_left_alone() -> None:
    text = "Kenya sent police to Haiti. They arrived in June."
    doc = _doc(text, (0, 27))  # the second sentence is no claim (clutter, a heading)
    assert _pronouns(RegistryLinker(pronoun_model=_STATE_THEY), text, doc) == []


def test_record_sees_candidates_with_features() -> None:
    text = "Kenya sent police to Haiti. They arrived in June."
    doc = _doc(text, (0, 27), (28, 49))
    linker = RegistryLinker(pronoun_model=False)
    seen = []
    linker.pronoun_record = lambda p, word, cands: seen.append((word, {c.actor_id: c.feats for c in cands}))
    linker.link(text, doc)
    assert [w for w, _ in seen] == ["they"]
    feats = seen[0][1]
    assert set(feats) == {"kenya", "haiti"}
    assert feats["haiti"]["they|r0|n"] == 1.0 and feats["kenya"]["they|r1|n"] == 1.0
    assert feats["kenya"]["they|subj"] == 1.0 and "they|subj" not in feats["haiti"]
    assert feats["kenya"]["they|plgap"] == 1.0  # "police" stands between Kenya and "They"


def test_we_gets_the_speakers_state_as_a_candidate() -> None:
    text = "Our ties with China matter. We will keep them."
    doc = _doc(text, (0, 27), (28, 46), speaker="Some Analyst")
    linker = RegistryLinker(pronoun_model=False)
    seen = []
    linker.pronoun_record = lambda p, word, cands: seen.append((word, sorted(c.actor_id for c in cands)))
    linker.link(text, doc)
    assert ("we", ["china"]) in seen and ("our", []) in seen


def test_shipped_model_loads_with_a_threshold_per_group() -> None:
    model = load_pronoun_model(True)
    assert model is not None and model.version == "pronoun-v1"
    assert set(model.thresholds) == set(GROUPS.values())
    assert all(0.0 < t <= 1.01 for t in model.thresholds.values())
    assert 0.0 < model.prob({"they|st": 1.0}) < 1.0
    assert load_pronoun_model(None) is None and load_pronoun_model(False) is None


def test_shipped_model_links_a_clear_they() -> None:
    text = "The Taliban took Kabul in 2021. They have ruled since then."
    doc = _doc(text, (0, 31), (32, 59))
    assert _pronouns(RegistryLinker(), text, doc) == [("They", "taliban", "learned")]
    assert _pronouns(RegistryLinker(pronoun_model=False), text, doc) == []


def test_bad_model_files_raise_config_errors(tmp_path) -> None:
    with pytest.raises(ConfigError):
        load_pronoun_model(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"weights": {}}), encoding="utf-8")
    with pytest.raises(ConfigError):
        load_pronoun_model(bad)
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"weights": {"they|st": 1.0}, "bias": 0.0, "thresholds": {"they": 0.5}}), encoding="utf-8")
    assert load_pronoun_model(str(good)).thresholds == {"they": 0.5}


def test_definite_descriptions_and_unresolved_titles_are_candidates() -> None:
    text = "Mali expelled the French envoy. The junta says the country will vote. The government of Mali did not say when."
    doc = _doc(text, (0, 31), (32, 70), (71, 111))
    linker = RegistryLinker(pronoun_model=False)
    seen = []
    linker.pronoun_record = lambda p, word, cands: seen.append((text[p.start:p.end], word, sorted(c.actor_id for c in cands)))
    linker.link(text, doc)
    # "the government of Mali" names its actor: no description
    assert seen == [("The junta", "junta", ["france", "mali"]), ("the country", "country", ["france", "mali"])]
    model = PronounModel({"the_military|st": 2.0, "the_country|st": 2.0, "the_military|subj": 1.0, "the_country|subj": 1.0},
                         -1.0, {"the_military": 0.6, "the_country": 0.6})
    got = [(m.text, m.kind.value, m.actor_id) for m in RegistryLinker(pronoun_model=model).link(text, doc)
           if m.link == "learned"]
    assert got == [("The junta", "description", "mali"), ("the country", "description", "mali")]


def test_description_covered_by_a_registry_name_is_left_to_it() -> None:
    text = "Brussels met Kyiv. The European Union will pay."
    doc = _doc(text, (0, 18), (19, 47))
    linker = RegistryLinker(pronoun_model=False)
    seen = []
    linker.pronoun_record = lambda p, word, cands: seen.append(word)
    ids = [m.actor_id for m in linker.link(text, doc)]
    assert "union" not in seen and "european_union" in ids


def test_its_never_links_a_person_nor_the_country_a_person() -> None:
    text = "Imran Khan spoke in Lahore. He said its support was vital, and the country agreed."
    doc = _doc(text, (0, 27), (28, 83))
    eager = PronounModel({"it|pm": 5.0, "the_country|pm": 5.0}, 0.0, {"it": 0.5, "the_country": 0.5})
    record = RegistryLinker(pronoun_model=eager)
    seen = []
    record.pronoun_record = lambda p, word, cands: seen.append((word, [c.actor_id for c in cands]))
    got = [(m.text, m.actor_id, m.link) for m in record.link(text, doc)]
    assert ("its", ["imran_khan"]) in seen and ("country", ["imran_khan"]) in seen  # scored high, but no fit
    assert ("He", "imran_khan", "pronoun") in got and all(link != "learned" for _, _, link in got)
