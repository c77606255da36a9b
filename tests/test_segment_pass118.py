"""Pass 118 (issue 11): a text that opens with its speaker's label.

- F1: a first line "<NAME>: <two full sentences>" is the speaker's turn, not a title that quotes the person: a
  statement or a transcript pasted from its first turn ("PRESIDENT ANNA BERG: I sincerely appreciate ... . The mere
  fact ... .") had lost its only label, so its speaker was unnamed and the label was kept as a claim (the issue: "a turn
  label seen once is enough"). A headline that quotes the person ("Tom Weiss: 'We will not send troops. Never,' ...")
  or a short one ("Anna Berg: No deal. Here is why") stays a title, and so does a label that names no person
  ("Nigeria Elections: Voters Go To The Polls ...").
- F2: a time-coded turn label ("<name> (00:00):", a transcription service's) with a lower-case particle in the name
  ("Mohammed bin Abdulrahman Al Thani", "Lula da Silva") names its speaker, seen once, as one without a particle did.
- B1: a date, then the writer's name and job with no separator ("21 November 2018 Ana Ruiz, Research Analyst, Harbour
  Programme", a think tank's author line) is the byline (a clutter rule in ``clutter_rules.json`` and the name read
  after the date); a dated sentence about an office holder is not.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest

from polisent.segment import RuleSegmenter

_SPEECH = (" I sincerely appreciate the presence of the delegations of our two neighbours at this meeting. The mere fact "
           "that we are meeting as good neighbours, in an atmosphere of respect, is an event in itself.\n\n"
           "We agreed to strengthen our trade relations and to set up a joint committee on the border crossings.\n")


@pytest.mark.parametrize("label", ["ANNA BERG:", "Anna Berg:", "PRESIDENT ANNA BERG:", "President Anna Berg:"])
def test_a_text_that_opens_with_its_speakers_label_names_the_speaker(label: str) -> None:
    st = RuleSegmenter().segment(label + _SPEECH)
    assert {c.speaker for c in st.claims} == {"Anna Berg"}
    assert not any("BERG" in c.text.upper() for c in st.claims)  # the label is no claim


def test_a_headline_that_quotes_the_person_stays_a_title() -> None:
    body = ("\n\nThe minister of the small island state told reporters on Monday that the government would not change "
            "its position. Tom Weiss said the talks would go on. 'We keep talking,' Weiss said.\n")
    st = RuleSegmenter().segment("Tom Weiss: \u2018We will not send troops. Never,\u2019 says the minister of the island" + body)
    assert all(not c.text.startswith("Tom Weiss:") or c.speaker != "Tom Weiss" for c in st.claims)
    assert all(c.speaker is None for c in st.claims if c.text.startswith("The minister"))


@pytest.mark.parametrize("name", ["Mohammed bin Abdulrahman Al Thani", "Luiz Inacio Lula da Silva"])
def test_a_time_coded_label_with_a_lower_case_particle_names_its_speaker(name: str) -> None:
    text = (f"Press briefing with the prime minister\n\n{name} (00:00):\n\nWe confirmed one meeting on the humanitarian "
            "corridor this week. I have discussed the reconstruction of the port with the secretary.\n\n"
            "We have sent fifty airplanes of aid since the start of the month.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.text.startswith(("We ", "I have"))} == {name}


@pytest.mark.parametrize("line", ["21 November 2018 Ana Ruiz, Research Analyst, Harbour Programme",
                                  "November 21, 2018 Dr. Ana Ruiz, Senior Fellow at the Harbour Institute"])
def test_a_date_then_the_writers_name_and_job_is_the_byline(line: str) -> None:
    text = (f"Why the island summit matters\n\n{line}\n\nThe summit will test the region. Nobody gains from a clash at sea, "
            "and every member knows it.\n\nThe venue is ready and the budget has passed parliament.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {"Ana Ruiz"}
    assert not any(c.text.startswith(("21 November", "November 21")) for c in st.claims)


def test_a_dated_sentence_about_an_office_holder_is_no_byline() -> None:
    text = ("Talks resume\n\n5 May 2020 Prime Minister Boris Johnson, speaking in London, said the talks would go on.\n\n"
            "The venue is ready and the budget has passed parliament.\n")
    st = RuleSegmenter().segment(text)
    assert all(c.speaker is None for c in st.claims)
