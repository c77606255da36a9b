"""The built-in finder of people the registry lacks (polisent.actors.people, ner="rules")."""

from __future__ import annotations

from polisent.actors import RegistryLinker
from polisent.actors.people import find_people


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in find_people(text)]


def test_people_named_with_a_title_a_role_speech_or_an_apposition() -> None:
    text = ("UN relief chief Tamsin Fairweather visited the camps. Professor Oskar Lindqvist disagrees. "
            "Marta Oyelaran said the talks would fail. Idris Kamara, a researcher at a think tank, was blunt.")
    assert names(text) == ["Tamsin Fairweather", "Oskar Lindqvist", "Marta Oyelaran", "Idris Kamara"]


def test_places_events_self_introductions_and_uncued_runs_are_no_people() -> None:
    text = ("I'm Pavel Orlov, and this is the show. The Second Thomas Shoal stand-off goes on. "
            "Leaders met in Cape Town. Final Deal Looms. But Rose, welcome.")
    assert names(text) == []


def test_a_leading_job_or_sentence_word_is_cut_from_the_name() -> None:
    assert names("Geographer Tekle Abraha said it plainly.") == ["Tekle Abraha"]


def test_the_linker_makes_them_document_local_actors_and_leaves_registry_people_alone() -> None:
    text = "Analyst Omar Haddad said Vladimir Putin would not stop. Haddad added that Kyiv would hold."
    got = [(m.text, m.actor_id) for m in RegistryLinker().link(text)]
    assert ("Omar Haddad", "local:omar_haddad") in got and ("Vladimir Putin", "vladimir_putin") in got
    assert ("Haddad", "local:omar_haddad") in got  # the surname alone, by the linker's chains
    assert all(not a.startswith("local:") for _, a in [(m.text, m.actor_id) for m in RegistryLinker(ner=False).link(text)] if a)


def test_two_titles_before_a_three_word_name_leave_the_whole_name() -> None:
    # the run may hold the titles and the name; the titles are cut, the surname alone counts after
    text = "The party chief, General Secretary Tran Van Hoang, met the envoy. Hoang said ties were good."
    assert names(text) == ["Tran Van Hoang", "Hoang"]


def test_a_registry_surname_after_another_given_name_is_another_person() -> None:
    got = [(m.text, m.actor_id) for m in RegistryLinker().link(
        "Economist Omar Haddad said the budget was late. Haddad added that Brasilia knew it.")]
    assert ("Haddad", "local:omar_haddad") in got and not any(a == "fernando_haddad" for _, a in got)
    got = [(m.text, m.actor_id) for m in RegistryLinker().link("Fernando Haddad said so. Haddad added more.")]
    assert got == [("Fernando Haddad", "fernando_haddad"), ("Haddad", "fernando_haddad")]


def test_an_apposition_naming_a_company_is_no_person() -> None:
    text = "Tarek Minerals, a Russian-owned mining company, denied it. Minerals said nothing."
    assert names(text) == []
    assert names("Omar Haddad, a company director, said no.") == ["Omar Haddad"]


def test_a_nationality_and_an_office_before_a_four_word_name_keep_the_whole_name() -> None:
    # seven capitalised words: a six-word run cut the surname off ("Ine Marie Eriksen" and a stray "Søreide")
    text = "Norwegian Defence Minister Ine Marie Eriksen Søreide spoke to the editor. Søreide said the north matters."
    assert names(text) == ["Ine Marie Eriksen Søreide", "Søreide"]
    got = {(m.text, m.actor_id) for m in RegistryLinker().link(text)}
    assert ("Ine Marie Eriksen Søreide", "ine_eriksen_soreide") in got
    assert not any(a and a.startswith("local:") for _, a in got)


def test_a_military_rank_is_a_title_not_part_of_the_name() -> None:
    text = "I presented one to the late Brigadier Ratu Epeli Ganilau, then a minister. Major General Ana Ruiz said no."
    assert names(text) == ["Ratu Epeli Ganilau", "Ana Ruiz"]
