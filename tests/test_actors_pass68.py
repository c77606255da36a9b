"""Pass 68: capitals that name where something is located are places, not the state (guideline: "a place that is
only a location is not an actor"), and a state's word inside another name is not the state. Texts written for the
project."""

from __future__ import annotations

import pytest

from polisent.actors import RegistryLinker

LINKER = RegistryLinker()


def _linked(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_id) for m in LINKER.link(text)]


@pytest.mark.parametrize("text", [
    "Both governments keep liaison offices in Seoul.",
    "We go now to our correspondent Lena Park in Moscow.",
    "She sat down with the opposition leader in Caracas last week.",
    "The governor of Jakarta opened the new port.",
    "Protesters gathered outside the embassy in Beijing.",
    # a state's word inside another name
    "The Inter-American Development Bank lent the money.",
    "The Lima Group met again.",
    "The Institute of Peruvian Studies polled voters.",
    "The Paris Club agreed to reschedule the debt.",
])
def test_capital_as_a_location_is_no_actor(text: str) -> None:
    assert not any(a in ("south_korea", "russia", "venezuela", "indonesia", "china", "united_states", "peru", "france")
                   for _, a in _linked(text))


@pytest.mark.parametrize("text,actor", [
    ("Moscow rejected the plan on Monday.", "russia"),
    ("Officials in Beijing said the talks would go on.", "china"),
    ("Seoul's offices abroad were told to wait.", "south_korea"),
    ("American troops left the base.", "united_states"),
    ("Peruvian officials met the Lima Group.", "peru"),
])
def test_capital_acting_stays_the_state(text: str, actor: str) -> None:
    assert actor in {a for _, a in _linked(text)}


def test_double_surname_is_not_the_namesake() -> None:
    linked = _linked("AU chair Dlamini-Zuma answered. Zuma, her former husband, was president.")
    assert ("Dlamini-Zuma", "nkosazana_dlamini_zuma") in linked and ("Zuma", "jacob_zuma") in linked


def test_title_of_the_state_is_that_states_office() -> None:
    # "of the United States" names the office's state: not the last president the text named
    linked = _linked("Zelensky met the press. He said the president of the United States would help.")
    assert sum(a == "volodymyr_zelensky" for _, a in linked) == 2  # the name and "He", not the title
    assert ("prime minister of the Netherlands", "mark_rutte") in _linked("Rutte spoke. The prime minister of the Netherlands agreed.")


@pytest.mark.parametrize("text,gone", [
    ("Reporter Jessica Washington asked him about the visit.", "united_states"),
    ("They met in East Jerusalem on Monday.", "israel"),
])
def test_capital_inside_another_name_is_no_state(text: str, gone: str) -> None:
    assert gone not in {a for _, a in _linked(text)}


def test_capital_after_a_function_word_stays_the_state() -> None:
    assert "russia" in {a for _, a in _linked("Officials said Moscow rejected it.")}
    assert "russia" in {a for _, a in _linked("Beijing and Moscow agreed.")}


@pytest.mark.parametrize("text", [
    "R. Yes, the acceptance of the Government is quite low.",
    "Former President Ma Interviewed by the Evening Paper",
])
def test_answer_marks_and_headline_verbs_make_no_person(text: str) -> None:
    assert not [m for m in LINKER.link(text) if (m.actor_id or "").startswith("local:")]
