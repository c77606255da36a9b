"""Linking rules of the forty-second pass, each on a text written for the project."""

from __future__ import annotations

from polisent.analyzer import Analyzer

_AN = Analyzer(scorer="none", progress=False)


def _pronouns(text: str) -> list[tuple[int, str | None]]:
    return [(m.start, m.actor_id) for m in _AN(text).mentions if m.kind.value == "pronoun"]


def test_a_pronoun_opening_a_sentence_takes_the_subject_of_the_sentence_before() -> None:
    # the sentence before names Trump first (its subject) and Hitler last, in a comparison: "He" is Trump
    t = ("Donald Trump gets on well with his deputy, who once said that he was like Hitler. "
         "He also gets on with the Hungarian prime minister.")
    he = t.rindex("He ")
    assert (he, "donald_trump") in _pronouns(t)


def test_a_pronoun_after_a_person_in_its_own_sentence_still_takes_the_nearest() -> None:
    # guard: inside one sentence the nearest person before the pronoun is its antecedent
    t = ("Donald Trump met Viktor Orban, who said that he would not send weapons.")
    he = t.index("he would")
    assert (he, "viktor_orban") in _pronouns(t)


def _links(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_id) for m in _AN(text).mentions]


def test_two_demonyms_a_space_apart_are_an_ethnic_group_not_two_states() -> None:
    # "Greek Cypriot leaders", "Bosnian Serbs", "Iranian American groups": a people, neither state
    assert _links("The Greek Cypriot leaders met the Bosnian Serbs in Vienna.") == []
    assert ("Iranian", "iran") not in _links("Iranian American groups lobbied the senators.")


def test_two_demonyms_joined_by_a_hyphen_still_name_both_states() -> None:
    # guard: "Saudi-Iranian talks" are talks between the two states
    assert {("Saudi", "saudi_arabia"), ("Iranian", "iran")} <= set(_links("Saudi-Iranian talks resumed in Baghdad."))


def test_spellings_and_short_forms_commentary_uses_link() -> None:
    links = set(_links("Lukashenka met the Wagner commanders; Burkina and the PICs were not invited. "
                       "Officials in Tiraspol and Erbil stayed silent, and María Corina called it a farce."))
    assert {("Lukashenka", "alexander_lukashenko"), ("Wagner", "wagner_group"), ("Burkina", "burkina_faso"),
            ("PICs", "pacific_island_countries"), ("Tiraspol", "transnistria"), ("Erbil", "krg"),
            ("María Corina", "maria_corina_machado")} <= links


def test_the_composer_is_not_the_wagner_group() -> None:
    assert ("Richard Wagner", "wagner_group") not in _links("Richard Wagner wrote operas in Bayreuth.")
    assert not any(a == "wagner_group" for _, a in _links("Richard Wagner wrote operas in Bayreuth."))


def test_spellings_of_names_a_transliteration_changes() -> None:
    links = set(_links("Azerbaijani Foreign Minister Jeyhun Bajramov met the Georgian premier Irakli Kobachidze; "
                       "Katib Al-Hizballah and the Kurdish Regional Government were not invited."))
    assert {("Katib Al-Hizballah", "kataib_hezbollah"),
            ("Kurdish Regional Government", "krg")} <= links
    assert {"jeyhun_bayramov", "irakli_kobakhidze"} <= {a for _, a in links}
