"""Linking rules of the fortieth pass, each on a text written for the project."""

from __future__ import annotations

import pytest

from polisent import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(scorer="none", progress=False)


def _links(an: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor_id) for m in an(text).mentions]


def test_a_dotted_acronym_is_the_registry_acronym(analyzer: Analyzer) -> None:
    # some newspapers dot every acronym: "R.S.F." is the RSF the registry lists
    links = _links(analyzer, "The R.S.F. attacked the army, and the E.L.N. said the talks were over.")
    assert ("R.S.F.", "rapid_support_forces") in links and ("E.L.N.", "eln") in links


def test_a_dotted_acronym_keeps_the_case_rule(analyzer: Analyzer) -> None:
    # lower-case "r.s.f." is no acronym
    assert not any(a == "rapid_support_forces" for _, a in _links(analyzer, "The note said r.s.f. at the end of the form."))


def test_states_and_bodies_are_found_under_their_spanish_french_and_german_names(analyzer: Analyzer) -> None:
    links = _links(analyzer, "Estados Unidos y la Unión Europea presionan a Rusia. La Russie répond à l'OTAN. "
                             "Polen und Deutschland sind besorgt. EE.UU. pide calma.")
    assert ("Estados Unidos", "united_states") in links and ("EE.UU.", "united_states") in links
    assert ("Unión Europea", "european_union") in links and ("OTAN", "nato") in links
    assert ("Rusia", "russia") in links and ("Russie", "russia") in links
    assert ("Polen", "poland") in links and ("Deutschland", "germany") in links


def test_a_persons_name_beats_the_state_it_contains(analyzer: Analyzer) -> None:
    # "Francia" is France in Spanish, but "Francia M\u00e1rquez" is Colombia's vice-president; "Brasil Wire" is an outlet
    links = _links(analyzer, "Gustavo Petro and Francia M\u00e1rquez won in Colombia. Brasil Wire editors met them.")
    assert ("Francia M\u00e1rquez", "francia_marquez") in links
    assert not any(a in ("france", "brazil") for _, a in links)
