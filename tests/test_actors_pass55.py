"""Pass 55 linking: acronyms a text defines in brackets, an office holder's "we" by the office the text's title
names, new registry forms. Texts written for these tests."""

from __future__ import annotations

from polisent.actors import RegistryLinker
from polisent.protocols import DocumentStructure
from polisent.records import Claim


def _links(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_id) for m in RegistryLinker().link(text)]


def test_an_acronym_defined_in_brackets_stands_for_its_body_in_that_text() -> None:
    text = "The Pacific Islands Forum (PIF) met in Tonga. Leaders said the PIF must speak with one voice."
    assert _links(text).count(("PIF", "pacific_islands_forum")) == 1  # the later use; the bracket is the name's
    assert ("PIF", "pacific_islands_forum") not in _links("Leaders said the PIF must speak with one voice.")


def test_an_acronym_is_not_defined_by_a_bracket_that_does_not_abbreviate_the_name() -> None:
    text = "The Pacific Islands Forum (XYZ) met. The XYZ said so."
    assert not [a for t, a in _links(text) if t == "XYZ"]


def test_an_acronym_two_bodies_define_stands_for_neither() -> None:
    one = "The Alliance of Sahel States (AS) met in Niamey. The AS said nothing."
    assert ("AS", "alliance_of_sahel_states") in _links(one)
    two = "The Alliance of Sahel States (AS) met the Arab League (AS) in Cairo. The AS said nothing."
    assert not [a for t, a in _links(two) if t == "AS"]


def test_we_of_a_person_with_two_offices_follows_the_title_the_text_gives() -> None:
    text = "Press remarks by High Representative Kaja Kallas upon arrival\nWe have a long Council today."
    start = text.index("We")
    doc = DocumentStructure((), (Claim(0, start, len(text), text[start:], 0, 0, speaker="Kaja Kallas"),))
    pronouns = [(m.text, m.actor_id) for m in RegistryLinker().link(text, doc) if m.kind.value == "pronoun"]
    assert pronouns == [("We", "european_union")]


def test_new_registry_forms() -> None:
    assert ("G 20", "g20") in _links("The G 20 met in Delhi.")
    assert ("Gulenists", "gulen_movement") in _links("The Gulenists were purged from the army.")
    assert ("Commission", "european_commission") in _links("The EU budget is tight. The Commission proposed cuts.")
