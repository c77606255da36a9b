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
