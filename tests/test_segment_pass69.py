"""Pass 69 (issue 11): labels of initials and speakers that are no people.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest

from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _answers(text: str) -> set[str | None]:
    return {c.speaker for c in SEG.segment(text).claims if not c.is_question and c.role.value == "interviewee"}


@pytest.mark.parametrize("intro,label,name", [
    ("Following are excerpts of an interview by Dana Wirth with Karim Al-Rashidi, Prime Minister of Qatar.",
     "KAR", "Karim Al-Rashidi"),
    ("TRANSCRIPT OF INTERVIEW Senator Lorna Baticados with Dana Wirth", "SLB", "Lorna Baticados"),
])
def test_label_of_initials_names_its_person(intro: str, label: str, name: str) -> None:
    text = (f"{intro}\n\n"
            "DW: Welcome. Why are you here today?\n\n"
            f"{label}: Well, the talks matter. We came to listen and to be heard on the budget.\n\n"
            "DW: And what will you tell the donors?\n\n"
            f"{label}: That the money must reach the provinces first, and that we will account for every cent.\n")
    assert _answers(text) == {name}


def test_an_outlet_is_no_speaker() -> None:
    from polisent.segment._person_names import is_person_name

    assert not is_person_name("Al Jazeera") and not is_person_name("Euronews") and is_person_name("Ana Ruiz")
    text = ("President Tomas Vidal Talks To Al Jazeera\n\n"
            "What do you make of the attack on the border post?\n\n"
            "Vidal: It was horrible, but not surprising. We warned about it for months.\n\n"
            "What needs to happen now?\n\n"
            "We need more troops in the north, and the neighbours must close the routes.\n")
    assert "Al Jazeera" not in {c.speaker for c in SEG.segment(text).claims}


@pytest.mark.parametrize("name", ["EU Presidency", "Vidovdan Celebrations", "Maritime Silk Road", "Pacific Step-Up", "All Korea"])
def test_events_offices_and_slogans_are_no_people(name: str) -> None:
    from polisent.segment._person_names import is_person_name

    assert not is_person_name(name)


@pytest.mark.parametrize("standfirst", [
    "The day after the summit, THE LEDGER'S Tom Bell sat down with the foreign minister of Norland, Ana Ruiz, to discuss "
    "the speech. Excerpts:",
    "Tom Bell, a journalist with The Ledger, interviewed Norland's Foreign Minister Ana Ruiz by email.",
])
def test_the_journalist_who_sat_down_with_the_guest_asks(standfirst: str) -> None:
    text = (f"{standfirst}\n\n"
            "Is there anything different about the new government?\n\n"
            "We have not tested it yet, but the tone was right and the offer was concrete.\n\n"
            "What are you prepared to do now?\n\n"
            "We will open the border crossings in spring, as we promised at the talks.\n")
    assert "Tom Bell" not in {c.speaker for c in SEG.segment(text).claims if not c.is_question}


def test_the_correspondent_named_between_commas_asks() -> None:
    # pass 70: the journalist's job before the name ("Y's correspondent in Z, X, interviewed ...")
    text = ("The Ledger's correspondent in Oslo, Tom Bell, interviewed the new chair of the commission, Ana Ruiz, about the "
            "challenges ahead.\n\n"
            "Can the commission change life for the region?\n\n"
            "It has a noble goal. People want to live free from fear, and we are confronted with all these problems.\n\n"
            "What comes first?\n\n"
            "Peace on the borders, then trade. Without the first there is none of the second.\n")
    assert "Tom Bell" not in {c.speaker for c in SEG.segment(text).claims if not c.is_question}
