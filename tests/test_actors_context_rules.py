"""Context rules of the linker: group phrases, "we" of an office holder, states as settings."""

from __future__ import annotations

from polisent.actors import RegistryLinker
from polisent.protocols import DocumentStructure
from polisent.records import Claim


def linked(text: str, structure: DocumentStructure | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_id) for m in RegistryLinker().link(text, structure)]


def test_the_two_countries_are_the_last_two_states_named() -> None:
    text = "Chile and Peru signed a deal. Bolivia watched. Both countries now trade more."
    assert linked(text)[-2:] == [("Both countries", "peru"), ("Both countries", "bolivia")]


def test_sides_may_be_groups_and_countries_are_states_only() -> None:
    text = "Israel and Hezbollah agreed a truce. Both sides claimed victory; the two countries were silent."
    out = linked(text)
    assert ("Both sides", "israel") in out and ("Both sides", "hezbollah") in out
    assert not any(m == "the two countries" for m, _ in out)  # one state only is named before it


def test_a_group_phrase_with_too_few_actors_before_it_links_nothing() -> None:
    assert [m for m, _ in linked("The three nations met. Chile hosted.")] == ["Chile"]


def test_a_group_phrase_looks_back_a_bounded_window() -> None:
    text = "Chile and Peru met. " + "Nothing else happened that week. " * 40 + "The two countries agreed."
    assert [m for m, _ in linked(text)] == ["Chile", "Peru"]


def _claims(text: str, speaker: str | None) -> DocumentStructure:
    return DocumentStructure((), (Claim(0, 0, len(text), text, 0, 0, speaker=speaker),))


def test_we_of_an_office_holder_is_the_body_they_serve() -> None:
    text = "We will keep our word to the US and to us all."
    out = linked(text, _claims(text, "Penny Wong"))
    assert out == [("We", "australia"), ("our", "australia"), ("US", "united_states"), ("us", "australia")]


def test_we_of_an_unknown_or_unaffiliated_speaker_links_nothing() -> None:
    text = "We will keep our word."
    assert linked(text, _claims(text, "Jane Analyst")) == []
    assert linked(text, _claims(text, None)) == []
    assert linked(text) == []


def test_we_needs_a_date_when_the_speaker_served_two_bodies() -> None:
    from polisent.actors import default_registry
    from polisent.actors.context import speaker_body

    reg = default_registry()
    assert speaker_body("Dmitry Medvedev", reg) == "russia"  # president, then prime minister: one state
    stoltenberg = reg.actors["jens_stoltenberg"]
    bodies = {o.of for o in stoltenberg.offices}
    if len(bodies) > 1:
        assert speaker_body("Jens Stoltenberg", reg) is None
    assert speaker_body("Jens Stoltenberg", reg, "2019-06-01") == "nato"


def test_a_state_as_the_setting_of_a_war_is_no_actor_but_its_agency_is() -> None:
    text = "The war in Ukraine drags on. The situation in Haiti worsens. Ukraine asked Haiti for nothing."
    assert [m for m, _ in linked(text)] == ["Ukraine", "Haiti"]
    assert linked("The people in Haiti want peace.") == [("Haiti", "haiti")]


def test_a_name_inside_a_sea_or_strait_name_is_a_place() -> None:
    text = "Beijing sends boats into the West Philippine Sea, the Sea of Japan and the Taiwan Strait."
    assert linked(text) == [("Beijing", "china")]
    # a capitalised word after the feature, or a word between, keeps the actor
    got = linked("The Russian Black Sea Fleet left. The Israeli Red Sea port was hit. U.S. Gulf allies worried.")
    assert [a for _, a in got] == ["russia", "israel", "united_states"]


def test_a_short_body_name_after_another_state_or_name_is_that_other_body() -> None:
    # "Security Council" is the UN's, "Congress" the US's, unless another state or a longer name owns it
    out = linked("She served on the US National Security Council. The Brazilian Congress and the Russian Security "
                 "Council met. Later the Security Council voted and Congress objected.")
    assert ("Security Council", "un_security_council") in out and ("Congress", "us_congress") in out
    assert sum(a == "un_security_council" for _, a in out) == 1 and sum(a == "us_congress" for _, a in out) == 1
    assert ("Brazilian", "brazil") in out and ("Russian", "russia") in out


def test_a_short_body_name_keeps_its_own_state_qualifier_and_articles() -> None:
    out = linked("America's Congress objected. A U.N Security Council mandate is needed. The Afghan Taliban "
                 "refused, and the Iran-aligned Houthis fired.")
    ids = [a for _, a in out]
    for actor in ("us_congress", "un_security_council", "taliban", "houthis"):
        assert actor in ids, actor
    # a headline in title case keeps it too
    assert ("Security Council", "un_security_council") in linked("Guterres Tells Security Council Debate on Reform")


def test_both_sides_are_a_pair_named_side_by_side_not_the_last_two_named() -> None:
    # the envoy's state and the country of the war are no sides of it; "Armenia-Azerbaijan" is a pair
    text = ("A former US envoy to Sudan said the two sides may stop only to let diplomats leave. "
            "Talks on Armenia-Azerbaijan relations resumed in Vienna, and France hosted them. Both sides welcomed it.")
    out = linked(text)
    assert not any(m == "the two sides" for m, _ in out)
    assert [a for m, a in out if m == "Both sides"] == ["armenia", "azerbaijan"]
