"""Rules of the thirty-ninth pass, each on a text written for the project."""

from __future__ import annotations

from polisent.segment import RuleSegmenter


def test_a_state_before_a_full_name_is_where_the_speaker_comes_from() -> None:
    # "analyst from Moldova Vitaly Andrievsky": the speaker is Vitaly Andrievsky, not "Moldova Vitaly Andrievsky"
    t = ("The Example Agency talked to political analyst from Moldova Vitaly Andrievsky and found out what is happening.\n\n"
         "Mr. Vitaly, how does the population feel?\n\nThe situation is catastrophic. The gas is gone.\n")
    st = RuleSegmenter().segment(t)
    assert [s.name for s in st.speakers if s.role.value == "interviewee"] == ["Vitaly Andrievsky"]


def test_a_first_name_that_is_also_a_state_stays_in_a_two_word_name() -> None:
    t = ("We talked to analyst Jordan Peterby about the talks.\n\n"
         "How does the population feel?\n\nThe situation is catastrophic. The gas is gone.\n")
    st = RuleSegmenter().segment(t)
    assert [s.name for s in st.speakers if s.role.value == "interviewee"] == ["Jordan Peterby"]


def test_a_line_announcing_the_transcript_is_an_editors_note() -> None:
    t = ("Talks on the harbour\n\nThe transcript of the interview is as follows:\n\n"
         "Q: Will the talks resume?\n\nA: They will resume in May. Both sides want a deal.\n\n"
         "This is AI generated summarization, which may have errors.\n")
    st = RuleSegmenter().segment(t)
    notes = [s.text for s in st.segments if s.kind.value == "clutter" and s.reason == "editor_note"]
    assert notes == ["The transcript of the interview is as follows:", "This is AI generated summarization, which may have errors."]
    assert not any("transcript" in c.text or "summarization" in c.text for c in st.claims)


def test_a_byline_after_the_date_on_its_line_names_the_author() -> None:
    t = ("Why the talks will fail\n\n03 January 2025 - Written by Ana Ruizova\n\n"
         "The talks in Geneva will fail because neither side wants a deal. Moscow sees no reason to give ground.\n\n"
         "Washington, for its part, has little to offer. The sanctions will stay.\n")
    st = RuleSegmenter().segment(t)
    assert [(s.name, s.role.value) for s in st.speakers] == [("Ana Ruizova", "author")]
    assert {c.speaker for c in st.claims} == {"Ana Ruizova"}


_BODY = ("\n\nThe talks in Geneva will fail because neither side wants a deal. Moscow sees no reason to give ground.\n\n"
         "Washington, for its part, has little to offer. The sanctions will stay.\n")


def test_a_standfirst_naming_the_writer_and_his_job_names_the_author() -> None:
    t = "Why the talks will fail\n\nEurope must prepare for the worst, writes Erkki Koortson, security expert at the Example Academy." + _BODY
    assert [(s.name, s.role.value) for s in RuleSegmenter().segment(t).speakers] == [("Erkki Koortson", "author")]
    # a source quoted with his job in the body is not the author
    t = ("Why the talks will fail" + _BODY + "\n\u201cIt is a balance of weakness,\u201d says Mauro Jaramillez, an analyst at the Example University.\n")
    assert [s.name for s in RuleSegmenter().segment(t).speakers] == [None]


def test_published_and_updated_are_no_part_of_a_name() -> None:
    t = "Why the talks will fail\nAnna Ruizova Published April 25, 2025 | 11:30 AM" + _BODY
    assert [s.name for s in RuleSegmenter().segment(t).speakers] == ["Anna Ruizova"]
    t = "Why the talks will fail\n\nLast Updated 20 December 2017, 18:49 IST" + _BODY
    assert [s.name for s in RuleSegmenter().segment(t).speakers] == [None]


def test_a_byline_may_end_with_the_date_it_was_written_on() -> None:
    t = "Why the talks will fail\n\nBy Anna Ruizova on January 19, 2022." + _BODY
    assert [(s.name, s.role.value) for s in RuleSegmenter().segment(t).speakers] == [("Anna Ruizova", "author")]


def test_the_hosts_label_over_an_introduction_is_no_part_of_its_claims() -> None:
    t = ("MARY KELLY, HOST: In early November, the U.S. will put more sanctions on Iranian oil. "
         "Some customers may be undeterred, as Jane Doe reports.\n"
         "JANE DOE, BYLINE: The president faced pushback. It is having an impact.\n"
         "ROGER DIWANO: We are seeing a decrease in exports.\n"
         "DOE: Roger Diwano is an oil strategist.\nDIWANO: The Japanese went to zero.\n")
    st = RuleSegmenter().segment(t)
    first = st.claims[0]
    assert first.role.value == "editor" and first.text.startswith("In early November")
