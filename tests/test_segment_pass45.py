"""Forty-fifth pass: one leader's statement under a turn label seen once (texts written for these tests)."""

from __future__ import annotations

from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter


def _speakers(t: str) -> set[str | None]:
    return {c.speaker for c in RuleSegmenter().segment(t).claims if not c.is_question}


def test_a_statement_that_opens_by_addressing_the_room_is_its_speakers() -> None:
    t = ("Prime Minister of Norway Ingrid Dahl: Madam President, colleagues and friends,\n"
         "We met today for the second time this year, and our talks were open and useful.\n"
         "We agreed to extend the fisheries accord for five more years and to meet again in spring.\n"
         "I thank our hosts for their hospitality and the delegations for their hard work.\n")
    assert _speakers(t) == {"Ingrid Dahl"}


def test_a_headline_label_seen_once_is_still_no_turn() -> None:
    # the label's line is a headline, not an address: a heading, and no turn of an interviewee
    t = ("Ingrid Dahl: Norway is buying time\n"
         "Oslo has spent the year hedging between its partners, and the fisheries talks show it.\n"
         "The government agreed to extend the accord for five more years without a vote in parliament.\n"
         "Few in the capital expect the spring meeting to change that.\n")
    st = RuleSegmenter().segment(t)
    assert st.segments[0].kind is SegmentKind.HEADING
    assert all(str(c.role) != "interviewee" for c in st.claims)


def test_an_author_line_under_its_own_label_names_the_author() -> None:
    # a column's name stands alone on a line above the title; the "Author" box names the writer
    t = ("March 3, 2024\n\nRegional Notes\n\nEurope and the Gulf after the Election\n\nAuthor\n\n"
         "Prof. Ana Lind,\nProfessor of International Relations, Example University\n\n"
         "This paper discusses how European governments have answered the shifts in the Gulf since the election. "
         "It argues that their choices were narrower than they seemed at the time.\n\n"
         "European states have long kept close ties with the Gulf monarchies, and those ties have outlasted "
         "several changes of government on both sides.\n")
    assert _speakers(t) == {"Ana Lind"}


def test_a_by_label_alone_over_a_name_in_capitals() -> None:
    t = ("'TO MAKE PEACE WE MUST KNOW THE PAST'\nBY:\nANNA MARIA BERG\n(FORMER MEMBER OF THE EUROPEAN PARLIAMENT)\n"
         "Sitting by the harbour in Sevastopol twenty years ago, I was struck by how little the war of 1854 was "
         "remembered by the people who lived beside its battlefields.\n"
         "Those were calmer days, and the sailors who waved at us from the quay had no reason to think otherwise.\n")
    assert _speakers(t) == {"Anna Maria Berg"}


def test_a_standfirst_that_ends_warns_name_names_the_author() -> None:
    t = ("Britain's reset with the EU needs bold thinking\n\n"
         "A slow approach is more likely than fireworks, but the government would be wise to finish it soon, warns Tom Hale\n\n"
         "In opposition, the prime minister's caution served him well and he won a large majority. Sometimes, "
         "being careful is the right approach in government.\n\n"
         "But it is now time to be bold in one area: relations with the European Union.\n")
    assert _speakers(t) == {"Tom Hale"}


def test_page_furniture_takes_no_place_in_the_standfirst() -> None:
    t = ("The Powerlessness of the Law\n\nShare\n\nProfessor at the Institute of Legal Studies, member of the Academy\n\n"
         "More\n\nThe law reigns in the country, but does not govern. And reigning without governing means "
         "powerlessness \u2013 writes Ewa Nowak.\n\n"
         "After 2015, the work of building the rule of law stopped. What had been built was taken apart piece by piece, "
         "and few noticed until it was too late.\n")
    assert "Ewa Nowak" in _speakers(t)


def test_an_office_label_to_a_state_names_its_bearer() -> None:
    t = ("Transcript: Norway's ambassador Ingrid Dahl on the trade talks\n\n"
         "JOHN HALE: We're joined now by Norway's ambassador to the United States. Good morning.\n\n"
         "NORWEGIAN AMBASSADOR TO THE U.S. INGRID DAHL: Thanks for having me, John.\n\n"
         "JOHN HALE: Will the tariffs be lifted this week?\n\n"
         "DAHL: Well, I hope so. We are in a good place in our talks, and both sides want an agreement soon.\n\n"
         "JOHN HALE: And if they are not?\n\n"
         "DAHL: Then we will answer in kind, as we have said from the start, and we will keep talking.\n")
    claims = [c for c in RuleSegmenter().segment(t).claims if not c.is_question]
    assert {c.speaker for c in claims if c.text.startswith(("Well", "Then"))} == {"Ingrid Dahl"}


def test_the_subject_after_an_interviews_outlet_is_the_guest() -> None:
    t = ("President Dahl interviewed by CNN\n\n"
         "In a recent interview with CNN, President Ingrid Dahl responded to questions on trade and security.\n\n"
         "Q: I wanted to begin with your new year's address. What did you mean by it?\n\n"
         "A: We need to look at the situation as a whole, and at our own place in it.\n\n"
         "Q: Are you worried about the tariffs?\n\n"
         "A: We are prepared for them, and we will keep talking to our partners until they are lifted.\n")
    assert {c.speaker for c in RuleSegmenter().segment(t).claims if str(c.role) == "interviewee"} == {"Ingrid Dahl"}
