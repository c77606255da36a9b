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
- Q1: question paragraphs that ask first and then set up or press ("How ready is your country to host the summit?
  Some of your neighbours doubt it."), two or more put to "you", are the interviewer's (the whole Q&A had been read as
  the guest's op-ed, the interviewer's challenges scored as the guest's views); then the same shape asks without "you"
  too, when it opens as a question ("Will ...", "But is there ..."), and so it does on a page that says it is an
  interview. An op-ed's rhetorical questions stay the writer's, and an answer that opens on a tag question ("..., right?
  That is what they say.") the guest's.
- L1: a statement's one turn label alone on its line over the speech ("Anna Berg:" / "Let me first of all recognise
  ...") names the speaker, as one whose speech opened by addressing the room did (the label had been glued to the first
  claim and the speaker left unnamed).
- D1: a turn label whose description runs past 60 characters ("Ana Ruiz, Assistant Minister for Trade and Assistant
  Minister for Manufacturing:") is a label (up to 90): the guest's first answer had been read as the host's turn, so
  dropped.
- C1: full names in capitals alone on their lines, no colon ("TOM WEISS" / "ANA RUIZ" over alternating turns), are
  turn labels, as names in mixed case were.

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


_PRESSED = [("How ready is your country to host the summit? Some of your neighbours doubt it.",
             "We have been preparing for two years. The venue is ready and the budget has passed parliament. Our partners know it."),
            ("What do you expect from the talks on the reef dispute? The navy says the reef is lost.",
             "We expect a code of conduct within the year. Nobody gains from a clash at sea, and every member knows it."),
            ("Will the larger powers send their leaders? Two of them have cancelled trips this year.",
             "Most have confirmed. Two have not yet answered, and we keep the door open for them until the last day.")]


def test_question_paragraphs_that_ask_first_and_then_press_are_the_interviewers() -> None:
    text = ("Ana Ruiz: 'The summit will test us'\n\nThe foreign minister of the island state spoke to our paper before "
            "the summit.\n\n" + "\n\n".join(f"{q}\n\n{a}" for q, a in _PRESSED) + "\n")
    st = RuleSegmenter().segment(text)
    asked = [c.text for c in st.claims if c.is_question]
    assert asked == [q.split("? ")[0] + "?" for q, _ in _PRESSED]
    assert not any(c.text.startswith(("Some of your", "The navy says", "Two of them")) for c in st.claims)  # set-up: no claim
    assert {c.speaker for c in st.claims if c.text.startswith(("We have", "We expect", "Most have"))} == {"Ana Ruiz"}


def test_rhetorical_questions_in_an_oped_stay_the_writers() -> None:
    text = ("Europe and the sea\n\nBy Ana Ruiz\n\n"
            "Is Europe ready for the summit? Not yet. The navy has lost two bases since the spring, the budget has not "
            "moved, and the ministers who promised a fleet have gone quiet about it.\n\n"
            "The islands have heard such promises before. In 2019 the union pledged a coastal fund and paid a tenth of "
            "it, most of that to consultants in the capitals.\n\n"
            "Do you remember the last summit? It ended without a word on the reefs.\n\n"
            "The talks must fund the defences before it is too late. Anything less will be read in the islands as "
            "another farewell.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.is_question for c in st.claims)
    assert {c.speaker for c in st.claims} == {"Ana Ruiz"}


def test_on_a_page_that_says_it_is_an_interview_pressed_questions_need_no_you() -> None:
    text = ("The reef and the summit\n\nIn an exclusive interview with our paper, Foreign Minister Ana Ruiz spoke about the "
            "summit and the reef dispute.\n\n"
            "Will the larger powers send their leaders to the summit? Two of them have cancelled trips this year.\n\n"
            "Most have confirmed. Two have not yet answered, and we keep the door open for them until the last day.\n\n"
            "Is there a chance that the navy will give up the reef? The last report was alarming.\n\n"
            "No. Our coast guard is there every day, and the summit will say so in its declaration.\n")
    st = RuleSegmenter().segment(text)
    assert [c.text for c in st.claims if c.is_question] == ["Will the larger powers send their leaders to the summit?",
                                                             "Is there a chance that the navy will give up the reef?"]
    assert {c.speaker for c in st.claims if c.text.startswith(("Most have", "No.", "Our coast"))} == {"Ana Ruiz"}


def test_an_answer_that_opens_on_a_tag_question_stays_the_guests() -> None:
    text = ("In an exclusive interview with our paper, Foreign Minister Ana Ruiz spoke about the summit.\n\n"
            "How ready is your country to host the summit? Some of your neighbours doubt it.\n\n"
            "We are ready. The venue is built and the budget has passed parliament.\n\n"
            "It is safe to say the islands want this summit more than anyone, right? That is what they say here.\n\n"
            "What do you expect from the talks on the reef? The navy says the reef is lost.\n\n"
            "We expect a code of conduct within the year.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.is_question and c.text.startswith("It is safe") for c in st.claims)


@pytest.mark.parametrize("label", ["Anna Berg:", "Anna Berg, Prime Minister of the Harbour Islands:", "Prime Minister Anna Berg:"])
def test_a_statements_one_label_alone_on_its_line_names_the_speaker(label: str) -> None:
    text = (f"Remarks at the close of the summit\n\n{label}\nLet me first of all recognise the presence of the President "
            "and the Secretary-General, and of you, the media. We have just concluded a most successful meeting.\n"
            "We addressed a number of matters to keep the integration process moving.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {"Anna Berg"}
    assert not any("Anna Berg" in c.text for c in st.claims)  # the label is no part of a claim


def test_a_label_with_a_long_office_is_a_turn() -> None:
    text = ("27 March 2023\n\nTom Weiss, Host: Joining me live in the studio is the Assistant Minister for Trade Ana Ruiz, "
            "who is off to the islands tomorrow. Minister, thanks for your time. Is this trip a stepping stone to a summit?\n\n"
            "Ana Ruiz, Assistant Minister for Trade and Assistant Minister for Manufacturing: Well, we have seen a steady "
            "progression in the relationship. We are being careful and acting in the national interest.\n\n"
            "Tom Weiss: We have seen some of the tariffs come off as well. There is still a way to go.\n\n"
            "Assistant Minister: There is a long way to go. Some impediments have been relaxed.\n\n"
            "Tom Weiss: What is still blocked?\n\n"
            "Assistant Minister: Coal in particular.\n")
    st = RuleSegmenter().segment(text)
    first = [c for c in st.claims if c.text.startswith(("Well, we", "We are being"))]
    assert len(first) == 2 and {c.speaker for c in first} == {"Ana Ruiz"}  # the first answer is kept, and hers


def test_full_names_in_capitals_alone_on_their_lines_are_turn_labels() -> None:
    text = ("TOM WEISS\nHow ready is your country to host the summit?\n\n"
            "ANA RUIZ\nWe have been preparing for two years. The venue is ready and the budget has passed parliament.\n\n"
            "TOM WEISS\nWhat do you expect from the talks on the reef dispute?\n\n"
            "ANA RUIZ\nWe expect a code of conduct within the year. Nobody gains from a clash at sea.\n")
    st = RuleSegmenter().segment(text)
    assert [c.is_question for c in st.claims if c.text.startswith(("How", "What"))] == [True, True]
    assert {c.speaker for c in st.claims if not c.is_question} == {"Ana Ruiz"}
    assert not any(c.text.startswith(("TOM", "ANA")) for c in st.claims)
