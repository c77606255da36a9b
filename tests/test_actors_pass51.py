"""Fifty-first pass, actor linking: a person named after a nationality and a job the title list lacks, a
capitalised job title in the apposition, and "our (two) countries". Texts written for these tests."""

from __future__ import annotations

import pytest

from polisent.actors import RegistryLinker


def _links(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.actor_id, m.link) for m in RegistryLinker().link(text)]


def test_a_person_after_a_nationality_and_a_job_word_is_found() -> None:
    text = "Kazakh Sinologist Dana Serikova said the deal would hold. Serikova was calm."
    assert ("Dana Serikova", "local:dana_serikova", "ner") in _links(text)
    assert ("Serikova", "local:dana_serikova", "ner") in _links(text)


def test_a_deputy_minister_is_a_person() -> None:
    assert ("Li Wen", "local:li_wen", "ner") in _links("Vice Foreign Minister Li Wen will attend the meetings.")


def test_a_capitalised_job_title_in_the_apposition_is_a_cue() -> None:
    text = "Dana Serikova, Senior Researcher at the Steppe Institute, doubts the pipeline."
    assert ("Dana Serikova", "local:dana_serikova", "ner") in _links(text)
    # an organisation's apposition stays no person
    assert not any(a and a.startswith("local:") for _, a, _ in _links("Steppe Gold, a mining company, doubts it."))


@pytest.mark.parametrize(("text", "phrase"), [
    ("Italy and Japan signed a pact. One area in which our two countries can cooperate is security.", "our two countries"),
    ("Vietnam and the United States met. The ties between our nations have grown.", "our nations"),
    ("Russia needs China. Trade between our peoples is growing.", "our peoples"),
])
def test_our_countries_are_the_two_states_named_before(text: str, phrase: str) -> None:
    groups = [(t, a) for t, a, link in _links(text) if link == "group"]
    first, second = [a for t, a, link in _links(text) if link == "registry"][:2]
    assert groups == [(phrase, first), (phrase, second)]


def test_our_states_and_one_state_named_are_no_group() -> None:
    assert [link for _, _, link in _links("Texas and Ohio disagree. Our states will decide.")] == []
    assert [link for _, _, link in _links("Italy wants more. Our countries must talk.") if link == "group"] == []
