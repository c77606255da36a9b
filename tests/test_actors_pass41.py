"""Linking rules of the forty-first pass, each on a text written for the project."""

from __future__ import annotations

from polisent.analyzer import Analyzer

_AN = Analyzer(scorer="none", progress=False)


def _links(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_id) for m in _AN(text).mentions]


def test_a_party_adjective_opening_another_name_is_no_mention_of_the_party() -> None:
    # "Democratic Resilience Program" (a think tank's programme) is no mention of the US Democratic Party
    assert ("Democratic", "us_democratic_party") not in _links("The Democratic Resilience Program at the institute studies Georgia.")
    assert ("Democratic", "us_democratic_party") not in _links("Democratic Governance Unit staff visited Tbilisi.")


def test_a_party_adjective_before_its_offices_and_people_still_links() -> None:
    assert ("Democratic", "us_democratic_party") in _links("Democratic Senator Ana Ruiz criticised the deal with Riyadh.")
    assert ("Democratic", "us_democratic_party") in _links("Democratic lawmakers opposed the tariffs.")
    assert ("Democratic Party", "us_democratic_party") in _links("The Democratic Party lost the House.")


def test_the_historical_leaders_commentary_compares_with_are_actors() -> None:
    links = _links("Like Stalin and Hitler before him, he wants a sphere of influence; Nixon and Kissinger would have "
                   "understood. Human Rights Watch says the purges go on.")
    assert {("Stalin", "joseph_stalin"), ("Hitler", "adolf_hitler"), ("Nixon", "richard_nixon"),
            ("Kissinger", "henry_kissinger"), ("Human Rights Watch", "human_rights_watch")} <= set(links)


def test_a_given_name_shared_with_a_dictator_needs_his_full_name_first() -> None:
    # "Saddam" alone is Saddam Hussein only after the text has named him in full
    assert ("Saddam", "saddam_hussein") not in _links("Saddam Haftar met the envoy in Benghazi.")
    assert ("Saddam", "saddam_hussein") in _links("Saddam Hussein invaded Kuwait in 1990. Saddam expected no war.")


def test_another_countrys_party_of_the_same_letters_is_not_linked() -> None:
    assert ("PAS", "pas_moldova") not in _links("In Malaysia, PAS gained seats in Kelantan and Terengganu.")
    assert ("PAS", "pas_moldova") in _links("In Moldova, PAS kept its majority after the vote.")
    # the party's country named through its people or as a place still counts
    assert ("MAS", "mas_bolivia") in _links("Evo Morales wants the MAS back in the palace.")


def test_a_party_named_by_words_any_country_uses_is_linked_only_with_its_country() -> None:
    # pass 66: "the Conservative Party" of a text on Norway is Høyre, not the British party
    norway = "In Oslo, Norway's Conservative Party and the Social Democrats argue about Russia."
    assert not any(a == "uk_conservative_party" for _, a in _links(norway))
    assert ("Conservative Party", "uk_conservative_party") in _links("In Britain, the Conservative Party lost seats to Labour.")
    # a name of its own ("Tories") keeps its party wherever it is written
    assert ("Tories", "uk_conservative_party") in _links("In Norway they watch the Tories with worry.")


def test_a_party_word_after_another_familys_modifier_is_not_that_party() -> None:
    # pass 67: "Danish Social Democrats" and "a Social Democrat" are not the US Democrats
    text = "A Social Democrat, the prime minister leads Denmark. Danish Social Democrats differ from the Democrats in the U.S."
    got = _links(text)
    assert ("Democrat", "us_democratic_party") not in got
    assert got.count(("Democrats", "us_democratic_party")) == 1


def test_congress_is_the_us_congress_only_with_the_united_states() -> None:
    # pass 67: a legislature's bare name in a text on another state; checked after coreference
    assert ("Congress", "us_congress") not in _links("In Peru, Congress voted to remove the president. Lima was calm.")
    assert ("Congress", "us_congress") in _links("Trump asked Congress for money.")
    assert ("Congress", "us_congress") in _links("In Washington, Congress passed the bill.")
