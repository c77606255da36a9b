"""Fifty-third pass: an author box that prints the name twice, a name over the reading time, page
furniture that is no one's name, and a report built on an interview, whose quotations stay the
reporter's reported words. Texts written for these tests."""

from __future__ import annotations

import pytest

from polisent.records import CueKind
from polisent.segment import RuleSegmenter
from polisent.segment._person_names import is_person_name

_BODY = ("The political scene in the north has been different from that in any other province since the war. "
         "The council finally reached a model it saw fit to govern the region, even if it is flawed.\n\n"
         "Regardless of whether voters are satisfied with the council or not, the protests go on, and the capital "
         "has doubled its gains since the truce.\n")


def _authors(text: str) -> set[tuple[str | None, str]]:
    st = RuleSegmenter().segment(text)
    return {(c.speaker, c.role.value) for c in st.claims if not c.is_question and c.role.value != "editor"}


@pytest.mark.parametrize("box", [
    "Anna Berg\nAnna Berg is the former editor-in-chief of The Northern Ledger.\n\n",
    "- ANNA BERG The Northern Ledger Anna Berg is an author and a journalist.\n\n",
])
def test_an_author_box_that_prints_the_name_before_the_note_names_the_writer(box: str) -> None:
    text = "The Last Cure for the North\n\nSunday, 10 November, 2019 - 08:30\n\n" + box + _BODY
    assert _authors(text) == {("Anna Berg", "author")}


def test_a_sentence_that_names_someone_before_a_bio_is_no_author_box() -> None:
    text = ("The Last Cure for the North\n\nBoris Kan said it first. Anna Berg is a fellow at the Ledger Institute.\n\n"
            + _BODY + "\nAnna Berg disagrees with the council.\n")
    assert "Anna Berg" not in {s for s, _ in _authors(text)}


@pytest.mark.parametrize("name", ["Ali Karimov", "Ali Karimov (Omowale)"])
def test_a_name_alone_over_the_reading_time_is_the_byline(name: str) -> None:
    text = f"Tehran Prepares Its Public for a Thaw\n\n{name}\n\n4 min read\n\n" + _BODY
    st = RuleSegmenter().segment(text)
    assert {(c.speaker, c.role.value) for c in st.claims} == {("Ali Karimov", "author")}
    assert any(s.reason == "byline" and s.text.startswith("Ali Karimov") for s in st.segments)


@pytest.mark.parametrize("words", ["Guest Author", "Subscription Settings", "Available Downloads", "No Result",
                                   "English Archive", "Be Completely Cut", "Sri Lanka Concretely"])
def test_page_furniture_and_sentence_words_are_no_person_name(words: str) -> None:
    assert not is_person_name(words)


@pytest.mark.parametrize("name", ["Anna Berg", "Kelly Connolly", "Beverly Daly", "Jean-Jacques Hallaert"])
def test_names_stay_names(name: str) -> None:
    assert is_person_name(name)


def test_a_report_built_on_an_interview_keeps_the_quotations_as_the_reporters_reported_words() -> None:
    text = ("Expert: the crisis is of the elites' making\n\n"
            "PODGORICA \u2013 Speaking with our paper, Daniel Sowerby, a professor at the Ledger Institute, said the "
            "two countries show what a stable transition means.\n\n"
            "Sowerby said that political elites were the only ones to blame for the crisis.\n\n"
            "\u201cWashington and Brussels cannot be blamed for the situation. They have been too patient with "
            "the government,\u201d Sowerby told our paper.\n\n"
            "He pointed out that the citizens deserved better.\n")
    st = RuleSegmenter().segment(text)
    quoted = [c for c in st.claims if "Washington and Brussels" in c.text]
    assert quoted and all(c.speaker != "Daniel Sowerby" and c.role.value == "author" for c in quoted)
    assert all(any(q.kind is CueKind.REPORTED for q in c.cues) for c in quoted)
    assert all(c.speaker != "Daniel Sowerby" for c in st.claims)


_FIRST_PERSON_BODY = ("Having visited both capitals myself, I know how complex the dispute is. It is my view that the "
                      "court case is a blunder.\n\n"
                      "Now let me be clear: I support neither side in the war, and I say so as a critic of both.\n")


@pytest.mark.parametrize("dek", [
    "Anna Berg says the government is using the court to run interference for the militia",
    "If the region hopes to find security in others it is destined for disappointment, says Lithuania\u2019s former "
    "Foreign Minister Anna Berg.",
])
def test_a_standfirst_that_names_the_writer_over_a_first_person_piece(dek: str) -> None:
    text = "Why is the capital going to court?\n\n" + dek + "\n\n" + _FIRST_PERSON_BODY
    assert _authors(text) == {("Anna Berg", "author")}


def test_a_third_person_report_gives_the_standfirst_rule_no_writer() -> None:
    from polisent.segment._bylines import says_writer
    from polisent.segment._units import Unit

    text = ("Anna Berg says the government is using the court to run interference for the militia\n"
            "The minister made the remarks on Tuesday in the capital, and the court sits again next week.\n"
            "Officials did not reply to a request for comment.")
    a, b = text.index("\n"), text.rindex("\n")
    units = [Unit(0, a, [0], 0, "plain", 0), Unit(a + 1, b, [1], 1, "plain", 0), Unit(b + 1, len(text), [2], 2, "plain", 0)]
    assert says_writer(text, units, units[1:]) == []


def test_a_report_that_mostly_quotes_one_expert_stays_its_reporters() -> None:
    text = ("Dr. Ana Ruiz, a scholar at the Ledger Institute, discussed the ceasefire on the radio.\n\n"
            "\u201cThere was never a ceasefire like this one. The militia rearms every night and the army knows it "
            "and does nothing,\u201d Ruiz said.\n\n"
            "\u201cThe mediators want quiet before the election, and quiet is all they will get,\u201d she added.\n\n"
            "\u201cIn a year the border will burn again, and the same envoys will fly in to put it out,\u201d said Ruiz.\n")
    assert {s for s, _ in _authors(text)} == {None}


def test_a_page_that_hands_its_quotes_over_to_the_expert_keeps_them_theirs() -> None:
    text = ("In an interview with the Ledger, political scientist Ana Ruiz believes that power now sits with one clan.\n\n"
            "Comments from Ruiz:\n\n"
            "\u201cToday there is no longer any pluralism and no guarantee of civil rights. The private sector is "
            "tightly controlled and the public sector is run by the clan.\u201d\n\n"
            "\u201cThe army is complicit, and the church has been silenced one parish at a time.\u201d\n")
    assert "Ana Ruiz" in {s for s, _ in _authors(text)}


def test_says_in_a_reports_lead_names_a_source_not_a_writer() -> None:
    text = ("Bombings aimed at the peacekeepers\n\n"
            "The bombings may be aimed at breaking the morale of the peacekeepers, says Rashid Omar, an analyst for "
            "the Crisis Institute.\n\n"
            "The bombings killed more than 20 people on Thursday, officials said. The force has 22,000 troops in the country.\n\n"
            "Omar said the attacks were timed to the talks in the capital.\n")
    assert "Rashid Omar" not in {s for s, _ in _authors(text)}


def test_says_with_the_outlet_still_signs_a_column() -> None:
    text = ("Commentary: The two capitals look to the future\n\n"
            "The summit is a bold departure for a relationship that is often backward-looking, says Ana Ruiz for "
            "Ledger Opinion.\n\n"
            "The leaders arrived at the retreat on Friday for a historic summit. The talks will cover the islands and trade.\n")
    assert _authors(text) == {("Ana Ruiz", "author")}


def test_an_excerpt_that_opens_inside_an_answer_has_no_standfirst_to_name_the_guest() -> None:
    text = ("THE GAZETTE. SUNDAY, MARCH 27, 2022\n"
            "A. I really hope that these things won't happen. This is why we have asked our allies for air defence "
            "systems like the Patriot and Sky Sabre.\n"
            "Q. What shape can a peace deal take?\n"
            "A. There are many possible shapes, but none of them will be decided without the people of the country.\n"
            "Q. Will the border stay open?\n"
            "A. It will stay open for as long as we can keep it open.\n")
    assert "Sky Sabre" not in {c.speaker for c in RuleSegmenter().segment(text).claims}
