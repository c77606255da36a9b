"""Interview formats from the nineteenth pass's blind sets (texts written for the project)."""

from __future__ import annotations

import re

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._labels import _NAME


def test_a_name_may_open_with_initials_but_not_with_a_country_abbreviation() -> None:
    def names(text: str) -> list[str]:
        return [m.group() for m in re.finditer(_NAME, text)]

    assert names("An interview of the President of Freedonia A.B. Karimov to the agency") == ["A.B. Karimov"]
    assert names("written by J. Okoro") == ["J. Okoro"]
    assert names("U.S. President Jane Doe") == ["President Jane Doe"]
    assert names("the U.K. Parliament and the E.U. Council") == []


_INITIALS = (
    "(Interview of the President of the Republic of Freedonia A.B. Karimov to the Northern Agency).\n\n"
    "Question: Your country hosted the regional summit this year. What did it achieve?\n\n"
    "Answer: Freedonia values its partnerships with every neighbour. The summit agreed a new transit corridor.\n\n"
    "We will open the first section of the railway next spring.\n"
)


def test_an_interviewee_named_with_initials_in_the_standfirst() -> None:
    st = RuleSegmenter().segment(_INITIALS)
    answers = [c for c in st.claims if c.role is SpeakerRole.INTERVIEWEE]
    assert answers and all(c.speaker == "A.B. Karimov" for c in answers)


def _one_question(announcement: str) -> str:
    return (
        "What the Harbour Deal Means for the Region\n\n"
        "By K. Mensah\n\n"
        "Last week the two governments signed a lease for the northern harbour after years of talks. The deal "
        "has been criticised by the opposition in both parliaments, which says its terms were never published.\n\n"
        f"{announcement}\n\n"
        "Why did the deal happen now?\n\n"
        "Both governments needed a win before the elections. The lease gives each of them a project to point to, "
        "and I think the investors saw that the window was closing.\n\n"
        "The opposition will keep asking for the terms, and I expect they will be published in the end.\n"
    )


def test_one_bare_question_after_a_phone_interview_announcement() -> None:
    text = _one_question("To discuss what the deal could mean, I spoke by phone with Ama Boateng, a professor of "
                         "maritime law at the University of Accra.")
    st = RuleSegmenter().segment(text)
    q = [g for g in st.segments if g.kind is SegmentKind.QUESTION]
    assert [text[g.start:g.end] for g in q] == ["Why did the deal happen now?"]
    answers = [c for c in st.claims if c.text.startswith(("Both governments", "The opposition will"))]
    assert len(answers) == 2 and all(c.speaker == "Ama Boateng" and c.role is SpeakerRole.INTERVIEWEE for c in answers)


def test_one_bare_question_after_a_broadcast_appearance() -> None:
    text = _one_question("Ama Boateng, a professor of maritime law, appeared on the Morning Line radio show on "
                         "Tuesday to talk about the lease.")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if c.text.startswith("Both governments")]
    assert answers and answers[0].speaker == "Ama Boateng" and answers[0].role is SpeakerRole.INTERVIEWEE


def test_a_rhetorical_question_in_an_op_ed_stays_the_authors() -> None:
    text = _one_question("The opposition has promised to fight the lease in court.")
    st = RuleSegmenter().segment(text)
    assert not [g for g in st.segments if g.kind is SegmentKind.QUESTION]
    assert all(c.role is not SpeakerRole.INTERVIEWEE for c in st.claims)


def test_a_round_up_whose_name_lines_carry_runs_of_commas() -> None:
    text = ("What should the summit's main message be? Read some comments.\n\n"
            "Ana Lindqvist,,,,, Professor of Security Studies, Nordic Institute of Affairs\n"
            "As always, the main message at these summits is unity. The allies will agree on spending, but the "
            "statement will be short because the largest ally disagrees with most of the others on trade.\n"
            "The harder question is how long the new commitment will last once the budgets of the next two years "
            "are drawn up and the governments that signed it face their voters again.\n"
            "Marek Nowak,,,,, Senior Fellow of the Baltic Programme, Central Policy Centre\n"
            "First, the summit has to show that deterrence works on the eastern flank. Second, it has to fund "
            "it for longer than one budget cycle, which none of the recent summits has managed to do.\n")
    st = RuleSegmenter().segment(text)
    by_start = {c.text.split()[0] + " " + c.text.split()[1]: c.speaker for c in st.claims}
    assert by_start["As always,"] == "Ana Lindqvist"
    assert by_start["The harder"] == "Ana Lindqvist"
    assert by_start["First, the"] == "Marek Nowak"
    assert not any(",,,,," in c.text for c in st.claims)


def test_podcast_show_notes_furniture_is_clutter_and_a_network_is_not_the_author() -> None:
    text = ("Frontline Notes\n\n"
            "A weekly podcast on the wars that shape our time, with two historians and their guests.\n\n"
            "Northwind Podcasts\n\n"
            "Hosted on Acast. See acast.com/privacy for more information.\n\n"
            "If you have any thoughts or questions, you can send them to -\n\n"
            "Hosted on Acast. See for more information.\n\n"
            "The front line has barely moved all winter, and both armies are digging in for a long war.\n")
    st = RuleSegmenter().segment(text)
    reasons = {text[g.start:g.end]: g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER}
    assert reasons["Hosted on Acast. See acast.com/privacy for more information."] == "media"
    assert reasons["Hosted on Acast. See for more information."] == "media"
    assert reasons["If you have any thoughts or questions, you can send them to -"] == "other"
    assert all(c.speaker != "Northwind Podcasts" for c in st.claims)


def test_a_byline_with_the_writers_job_before_the_name() -> None:
    text = ("analysis: A harbour lease signals a new era for the region\n\n"
            "By Pacific correspondent Mele Tupou in Suva\n"
            "Posted , updated\n\n"
            "For a government that preaches non-alignment, signing a secret lease with one large partner is a curious "
            "deal, and its neighbours have noticed.\n\n"
            "The details remain secret, which is little comfort to the other partners.\n")
    st = RuleSegmenter().segment(text)
    reasons = {text[g.start:g.end]: g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER}
    assert reasons["By Pacific correspondent Mele Tupou in Suva"] == "byline"
    assert st.claims and all(c.speaker == "Mele Tupou" and c.role is SpeakerRole.AUTHOR for c in st.claims)


def test_a_headline_printed_twice_is_not_an_interview() -> None:
    text = ("Moldova: What's next as the sanctions return?\n\n"
            "Moldova: What\u2019s next as the sanctions return?\n\n"
            "Moldova is once again facing sanctions on its oil exports and its banks under the old agreement.\n\n"
            "\u201cThis is not another round of sanctions; it is a full embargo,\u201d analyst Rana Aziz told the agency.\n")
    st = RuleSegmenter().segment(text)
    assert not [g for g in st.segments if g.kind is SegmentKind.QUESTION]
    assert [g.kind for g in st.segments[:2]] == [SegmentKind.HEADING, SegmentKind.HEADING]
    assert all(c.role is SpeakerRole.AUTHOR for c in st.claims)
