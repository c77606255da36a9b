"""Rules of the fortieth pass, each on a text written for the project."""

from __future__ import annotations

from polisent.segment import RuleSegmenter


def _letter(salutation: str) -> str:
    return ("Letters to the Editor: The harbour deal deserves support\n\n"
            f"{salutation} I believe the harbour deal is good for both countries. (\"A deal at last\", column, May 3)\n\n"
            "So, why do its critics keep attacking it?\n\n"
            "The deal opens the port to trade. It also settles a quarrel that has lasted a decade.\n\n"
            "Marta Kowalczyk, Springfield\n\n"
            "The writer is a retired trade official.\n")


def test_a_letters_salutation_is_no_turn_label() -> None:
    # "To the editor:" opened an interviewer's turn, and the whole letter was lost as set-up lines
    for salutation in ("To the editor:", "Dear Editor:", "To the Editors:"):
        st = RuleSegmenter().segment(_letter(salutation))
        assert [(s.name, s.role.value) for s in st.speakers] == [("Marta Kowalczyk", "author")], salutation
        texts = [c.text for c in st.claims]
        assert any("It also settles a quarrel" in x for x in texts)
        assert not any(c.is_question for c in st.claims)


def test_an_editor_label_that_recurs_is_still_a_turn() -> None:
    t = ("Editor: Welcome, Dr. Lena Fischer. How do you read the harbour deal?\n\n"
         "Lena Fischer: It is a good deal. Both sides gain from it.\n\n"
         "Editor: Will it last?\n\nLena Fischer: It will last as long as trade grows.\n")
    st = RuleSegmenter().segment(t)
    assert ("Editor", "interviewer") in [(s.name, s.role.value) for s in st.speakers]


def test_the_writer_is_line_at_the_end_is_an_author_bio() -> None:
    st = RuleSegmenter().segment(_letter("To the editor:"))
    bios = [s.text for s in st.segments if s.kind.value == "clutter" and s.reason == "author_bio"]
    assert bios == ["The writer is a retired trade official."]
    assert not any("retired trade official" in c.text for c in st.claims)


def test_a_line_printed_twice_is_a_caption() -> None:
    # an image's alt text over its caption, then a credit: never a claim
    t = ("Expert says the mission will change the gangs\n\n"
         "The mission will force young members out of the gangs, an expert said on Monday.\n\n"
         "Police officers on patrol in the capital\nPolice officers on patrol in the capital\nPhoto\nExample Wire\n\n"
         "He added that the gangs would retreat once the fighting grew.\n")
    st = RuleSegmenter().segment(t)
    caps = [s for s in st.segments if s.kind.value == "clutter" and s.reason == "caption"]
    assert len(caps) == 1 and caps[0].text.startswith("Police officers on patrol")
    assert not any("Police officers" in c.text for c in st.claims)
    assert any("gangs would retreat" in c.text for c in st.claims)


def test_a_repeated_sentence_inside_running_text_stays_a_claim() -> None:
    # a transcript's "Thank you very much." said twice among other lines is talk, not a caption
    t = ("Host: Welcome back to the show. How are you doing?\n"
         "Guest: Thank you very much.\nThank you very much.\nEverything is okay here.\n")
    st = RuleSegmenter().segment(t)
    assert sum("Thank you very much." in c.text for c in st.claims) >= 1


def test_two_state_names_in_a_title_name_no_one() -> None:
    from polisent.segment._person_names import person_part
    assert person_part("India China Border") is None
    assert person_part("Moldova Vitaly Andrievsky") == "Vitaly Andrievsky"


def test_a_transcripts_wrapped_lines_with_blank_lines_between_are_one_sentence() -> None:
    # CNN's transcript pages wrap long lines and put a blank line after each: "... departure of the" /
    # "President, so there is no reason ...", "... and where" / "the minister is?"
    t = ("Return to Transcripts main page\n\n"
         "ANNA BERG, CNN ANCHOR: Hello everyone. The crisis in the region keeps growing, and the talks have\n\n"
         "stalled since Monday in the capital. What more do we know about the talks and where\n\n"
         "the minister is?\n\n"
         "OMAR HADDAD, FORMER PRIME MINISTER (through translator): This is a seizure of power by force. It is not a voluntary departure of the\n\n"
         "President, so there is no reason to talk about this resignation issue.\n")
    st = RuleSegmenter().segment(t)
    texts = [" ".join(c.text.split()) for c in st.claims]
    assert "It is not a voluntary departure of the President, so there is no reason to talk about this resignation issue." in texts
    assert [" ".join(c.text.split()) for c in st.claims if c.is_question] == [
        "What more do we know about the talks and where the minister is?"]
    assert not any(c.text.startswith("Return to") for c in st.claims)


def test_a_short_line_without_a_full_stop_does_not_run_on() -> None:
    # a heading (short) over lower-case text, and a long line over a caption's label, stay apart
    t = ("Why the talks failed\n\nthe talks in Geneva failed because neither side wanted a deal, officials said on Monday.\n\n"
         "A long title of the kind some pages write over their lead paragraph, with no stop at its end\n\n"
         "photo: Example Wire\n\nThe ministers met again on Tuesday.\n")
    st = RuleSegmenter().segment(t)
    assert not any("Why the talks failed" in c.text and "Geneva" in c.text for c in st.claims)
    assert not any("photo:" in c.text and "no stop" in c.text for c in st.claims)


def test_a_report_quoting_two_sources_is_the_reporters() -> None:
    # "..., Parker Novak, a fellow at ..., told VOA" made him the author of the whole report, though the
    # report quotes a second source: a news report is the reporter's (docs/annotation.md)
    t = ("Pacific leaders back regional policing plan\n\n"
         "Leaders of the island states wrapped up their forum on Friday and endorsed a regional policing plan.\n\n"
         "\u201cThe result shows that the leaders still want Australia as their partner,\u201d Parker Nowak, a fellow at the "
         "Example Council, told EBC by phone.\n\n"
         "Other experts said the plan was an attempt to keep rivals out. \u201cIt locks down the architecture,\u201d "
         "Anna Pohl, a senior lecturer at Example University, said.\n")
    st = RuleSegmenter().segment(t)
    assert {c.speaker for c in st.claims if c.role.value == "author"} == {None}


def test_a_report_built_on_one_experts_words_is_the_reporters() -> None:
    # one source, whose organisation sits in his apposition ("a researcher at the Example Endowment"): no second
    # source. Until the ninetieth pass the report was named after him; its rule A2 (a text in the third person that
    # reports the words of the one it says it interviewed is the reporter's, the guideline's "the source is quoted,
    # not interviewed") made 19 held-out judge pages right and none wrong, so the report now stays unnamed
    t = ("The term peace agreement is deceptive, as it is only a framework agreement, Thomas Weller, a leading "
         "researcher at the Example Endowment, an expert on the conflict, told EBC on the Power Factor program.\n\n"
         "According to him, everything depends on Moscow and Baku.\n\n"
         "He suggested that there are negotiations going on behind the scenes. Weller thinks that this issue can be solved.\n")
    st = RuleSegmenter().segment(t)
    assert "Thomas Weller" not in {s.name for s in st.speakers}
    assert {(c.speaker, c.role.value) for c in st.claims} == {(None, "author")}


def test_talks_ending_a_title_are_the_talks_not_someone_talking() -> None:
    # "... and the Modi Xi talks" over a Q&A: "Xi talks" is no standfirst ("Anna Berg talks to ...")
    t = ("Border issue and the Modi Xi talks\nby R Hariharan on 21 Sep 2014\n\n"
         "Q: How is the momentum for the border talks going?\n\n"
         "It is unreasonable to expect sudden momentum. The statements of Modi and Xi show what each wants.\n")
    st = RuleSegmenter().segment(t)
    assert "Modi Xi" not in {s.name for s in st.speakers}


def test_an_office_holder_whose_interview_a_piece_weighs_is_not_its_author() -> None:
    # "Moldovan President X was interviewed on ..." over the writer's analysis of what she said, no question
    t = ("Weighing a union of the two states\n\n"
         "Moldovan President Maia Sandu was interviewed in a television program on Sunday and said a union with "
         "Romania would need a majority.\n\n"
         "The idea is not new. Polls show support growing in both countries, though the numbers remain modest.\n\n"
         "A union would also raise hard questions about the breakaway region and its Russian troops.\n")
    st = RuleSegmenter().segment(t)
    assert "Maia Sandu" not in {c.speaker for c in st.claims}


def test_page_furniture_quick_read_names_no_one() -> None:
    t = ("Calls for compassion as deportations grow\n\nQuick Read\n\n"
         "The government has deported thousands of refugees this month. Aid groups say the camps are full.\n")
    st = RuleSegmenter().segment(t)
    assert "Quick Read" not in {s.name for s in st.speakers}


def test_wire_copy_is_the_agencys_not_the_analysts() -> None:
    t = ("Junta's election unlikely to bring change, says analyst\n\n"
         "YANGON (Reuters) \u2013 As the military gears up for the first phase of an election on Sunday, analysts "
         "said the move was a bid for foreign legitimacy.\n\n"
         "\u201cIt is very important to bring the country back to a normal state,\u201d said Lalita Hanwell, a historian "
         "at the Faculty of Social Sciences.\n\n"
         "\u201cThe election will not produce anything new,\u201d Lalita told Reuters.\n")
    st = RuleSegmenter().segment(t)
    assert {c.speaker for c in st.claims} == {None}


def test_a_link_under_the_bio_is_no_author() -> None:
    # "Read More" under the author's bio had named the author; "Guest Column" under the title too
    t = ("Support\n\nIn my opinion the country is the most important in the region. Its leaders have not received "
         "enough attention.\n\nAbout the Author\n\nJohn Carsten\n\nFormer Assistant Secretary of State for Africa\n\n"
         "Read More\n\nThe Africa Program works on the most critical issues facing the continent.\n")
    st = RuleSegmenter().segment(t)
    assert "Read More" not in {s.name for s in st.speakers}
    from polisent.segment._person_names import is_person_name
    assert not is_person_name("Guest Column") and not is_person_name("Full Article") and is_person_name("Benjamin L. Read")


def test_the_host_who_thanks_the_minister_for_her_time_asks() -> None:
    # a minister's site titles the transcript "Interview with <journalist>": the journalist is the host
    t = ("Interview with Leah Sayles, Example TV 7.30\n\nSubjects: the security pact\n\n"
         "LEAH SAYLES: The Foreign Minister, Marisa Paine, joined me from Melbourne. Minister, thanks for your time "
         "this evening. Do you have any plans yet to travel to the islands?\n\n"
         "MARISA PAINE: Leah, as you know, the minister was there last week. We understand that this is a very serious "
         "decision that the islands have made.\n")
    st = RuleSegmenter().segment(t)
    assert [(s.name, s.role.value) for s in st.speakers] == [("Leah Sayles", "interviewer"), ("Marisa Paine", "interviewee")]


def test_a_short_office_before_a_full_name_is_no_part_of_it() -> None:
    from polisent.segment._person_names import person_part
    assert person_part("FM Saad Ali Shiri") == "Saad Ali Shiri"
    assert person_part("MEP Sophie Veldt") == "Sophie Veldt" and person_part("PM Edi Ramo") == "Edi Ramo"
