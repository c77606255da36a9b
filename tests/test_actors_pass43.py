"""Linking rules of the forty-third pass, each on a text written for the project."""

from __future__ import annotations

from polisent.actors import RegistryLinker


def _links(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_id) for m in RegistryLinker().link(text)]


def test_the_north_is_the_north_korea_the_text_names() -> None:
    text = ("Seoul and Pyongyang traded warnings. South Korea's defence ministry said the North had moved artillery, "
            "and that the South would respond. North Korea denied it.")
    links = _links(text)
    assert ("the North", "north_korea") in links and ("the South", "south_korea") in links


def test_the_south_of_a_sudan_story_is_south_sudan() -> None:
    assert ("The South's", "south_sudan") in _links("Talks between Sudan and South Sudan resumed. The South's oil flows north.")


def test_no_half_without_its_state_nor_a_longer_name() -> None:
    # no "North ..." state in the text, or two of them, or the start of a longer name: nothing
    assert not any(a == "north_korea" for _, a in _links("Prices in the North of England rose faster than in the South."))
    assert not any(t.lower().startswith("the north") for t, _ in _links("North Korea and North Macedonia both voted. The North abstained."))
    assert not any(t.lower().startswith("the north") for t, _ in _links("North Korea sent ships to the North Atlantic."))


def test_actors_the_annotators_kept_naming() -> None:
    # registry entries for actors written as x: ids on several dev sets
    text = ("Kurt Campbell met Marty Natalegawa. Musa Bihi praised the Jamaat-e-Islami leaders, "
            "and the Warsaw Pact was recalled; prices in Warsaw rose.")
    links = _links(text)
    for pair in [("Kurt Campbell", "kurt_campbell"), ("Marty Natalegawa", "marty_natalegawa"), ("Musa Bihi", "muse_bihi_abdi"),
                 ("Jamaat-e-Islami", "jamaat_e_islami"), ("Warsaw Pact", "warsaw_pact")]:
        assert pair in links
    assert ("Warsaw Pact", "poland") not in links
