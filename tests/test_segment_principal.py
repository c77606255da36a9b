"""Issue 11, third pass: the main speaker named from the prose (news built on one expert's
comments, author lines, transcripts without labels, machine captions), on small texts written
for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._principal import (
    is_person_name,
    is_spoken,
    person_part,
    principal,
)


def answers(text: str):
    st = RuleSegmenter().segment(text)
    for c in st.claims:
        assert text[c.start:c.end] == c.text
    return st, [c for c in st.claims if not c.is_question]


def test_news_built_on_one_experts_comments_is_the_reporters() -> None:
    # (named after the expert until the ninetieth pass; its rule A2 follows the guideline, "the source is quoted, not
    # interviewed": a report in the third person on what he told a station is the reporter's text. Held-out judge
    # pages: 19 right more, none wrong)
    text = ("Port deal will not last, expert says\n\n"
            "March 3 2025, 10:15\n\n"
            "Speaking with Harbour Radio, maritime security expert Tomas Velikov commented on the new port deal.\n\n"
            "The deal gives the navy a pier but no say over the cargo. Velikov expects it to collapse by winter.\n\n"
            "The ministry has not replied.\n")
    st, ans = answers(text)
    assert ans and {(c.speaker, c.role.value) for c in ans} == {(None, "author")}


def test_expert_introduced_by_dashes_and_a_quote_verb() -> None:
    text = ("'If the talks fail, the border will close.'\n"
            "\"The junta cannot be trusted,\" Dr Amara N Osei -- research fellow at the Coastal Institute -- tells "
            "the Ledger in the second part of an interview.\n"
            "The junta denies every report.\n"
            "It blames the neighbours for the smuggling.\n")
    _, ans = answers(text)
    assert {c.speaker for c in ans} == {"Amara N Osei"}


def test_author_line_alone_under_the_title() -> None:
    text = ("Tariffs are a political weapon\n"
            "Lucia Brenner Ortiz\n"
            "The meeting set off alarm bells in the government. Tariffs are now the main instrument of pressure.\n\n"
            "The negotiations were political, not commercial.\n")
    _, ans = answers(text)
    assert {(c.speaker, c.role) for c in ans} == {("Lucia Brenner Ortiz", SpeakerRole.AUTHOR)}


def test_page_furniture_on_the_first_line_is_no_author() -> None:
    text = ("Play Live Radio\n\n"
            "Harbour talks stall\n\n"
            "The talks ended without a deal. Both sides blame the weather.\n")
    _, ans = answers(text)
    assert all(c.speaker is None for c in ans)


def test_transcript_with_sound_cues_is_the_guests_talk() -> None:
    text = ("[MUSIC] Going back to how the council was formed, there was a conscious attempt to avoid old mistakes. "
            "The big powers could simply ignore the old body. So the designers gave them a veto.\n")
    _, ans = answers(text)
    assert ans and {c.role for c in ans} == {SpeakerRole.INTERVIEWEE}


def test_machine_captions_without_capitals_name_the_guest() -> None:
    text = ("harbour talk news january 3, 2025\n"
            "welcome to harbour talk. i'm olga brandt. the port deal is in trouble. my guest is mara lindqvist, "
            "a senior fellow at the coastal institute. does the deal survive the winter?\n"
            "it will not survive. the navy wants the pier and the traders want the cargo.\n")
    _, ans = answers(text)
    assert ans and {c.speaker for c in ans} == {"Mara Lindqvist"}


def test_generic_voice_labels_take_the_introduced_guests_name() -> None:
    text = ("WEBVTT\n\n"
            "00:00:01.000 --> 00:00:04.000\n<v Speaker 1>We are joined now by Dr. Mara Lindqvist of the Coastal Institute.\n\n"
            "00:00:04.500 --> 00:00:07.000\n<v Speaker 1>What happens to the port deal now?\n\n"
            "00:00:07.500 --> 00:00:10.000\n<v Speaker 2>It collapses. The navy wants the pier.\n\n"
            "00:00:10.500 --> 00:00:13.000\n<v Speaker 1>And the traders?\n\n"
            "00:00:13.500 --> 00:00:16.000\n<v Speaker 2>They lose the most.\n")
    st, ans = answers(text)
    assert ans and {c.speaker for c in ans} == {"Mara Lindqvist"}
    assert all(c.speaker != "Mara Lindqvist" for c in st.claims if c.is_question)


def test_hosts_self_introduction_is_not_the_guest() -> None:
    t = ("Welcome to the show. I'm Karl Jensen. Joining us now is Ines Moreau, a fellow at the Delta Institute.\n\n"
         "Jensen: What went wrong?\n\nMoreau: Everything.\n")
    p = principal(t, conversation=True)
    assert p is not None and p.name == "Ines Moreau" and p.kind == "interview"


def test_headline_prefix_is_no_speaker_label() -> None:
    text = ("Africa: Eastern DRC - Unpacking a Hard Task\n\n"
            "Africa: Eastern DRC - Unpacking a Hard Task\n\n"
            "The rebels took the city in January. The summit must learn from failed talks.\n")
    _, ans = answers(text)
    assert all(c.speaker != "Africa" for c in ans)


def test_person_name_helpers() -> None:
    assert person_part("CNN's Anna Berg") == "Anna Berg"
    assert person_part("Prime Minister Nikol Pashinyan") == "Nikol Pashinyan"
    assert person_part("Middle East Quarterly") is None
    assert not is_person_name("Hide Subtitles") and is_person_name("Mara Lindqvist")
    assert is_spoken(">> Good evening. >> Thank you.") and not is_spoken("Profits rose >50 %.")


def test_round_up_of_experts_gives_each_section_its_name() -> None:
    text = ("Experts react: the port deal\n\n"
            "Lena Marsh\n"
            "The deal is a step in the right direction. It brings the navy closer to the traders.\n\n"
            "Owen Castellano\n"
            "The deal will not survive the winter. Nobody has the will to enforce it.\n")
    st, ans = answers(text)
    by = {c.text: c.speaker for c in ans}
    assert by["The deal is a step in the right direction."] == "Lena Marsh"
    assert by["The deal will not survive the winter."] == "Owen Castellano"
    assert not any(c.text in ("Lena Marsh", "Owen Castellano") for c in st.claims)


def test_sign_up_and_broadcast_continuity_furniture_is_clutter() -> None:
    text = ("Harbour talks stall\n\n"
            "Thanks for signing up!\n\nUS Edition\n\nUnsubscribe at any time.\n\n"
            "Now on BBC News.\n\n"
            "The talks ended without a deal. Both sides blame the weather.\n\n"
            "We will have all the main news stories for you at the top of the hour.\n")
    st, ans = answers(text)
    assert [c.text for c in ans] == ["The talks ended without a deal.", "Both sides blame the weather."]
    dropped = [s for s in st.segments if s.kind.value == "clutter"]
    assert {s.reason for s in dropped} >= {"subscribe", "continuity"}


def test_staff_credits_glued_to_show_notes_are_cut_out() -> None:
    text = ("Harbour podcast\n\n"
            "Why does the port matter? The podcast is produced by Ana Ruiz and Bo Lind. Our intern is Cy Moss. "
            "Our editor is Di Park. The talks matter to every trader in the region.\n")
    st, ans = answers(text)
    assert "The talks matter to every trader in the region." in [c.text for c in st.claims]
    assert not any("intern" in c.text or "produced by" in c.text for c in st.claims)
    assert [s.reason for s in st.segments if s.kind.value == "clutter"].count("credits") == 3


def test_shortened_turn_labels_join_the_full_label() -> None:
    text = ("An interview on the harbour dispute\n\n"
            "HT Daily: Have you been to the harbour since the strike?\n\n"
            "Aoki Ren: I went on Monday. The gates were shut.\n\n"
            "HT: Have you talked to the strikers?\n\n"
            "Aoki: Not to the strikers themselves. I talked to their families.\n")
    st = RuleSegmenter().segment(text)
    qs = [c for c in st.claims if c.is_question]
    assert [c.text for c in qs] == ["Have you been to the harbour since the strike?", "Have you talked to the strikers?"]
    assert {c.speaker for c in qs} == {"HT Daily"}
    ans = [c for c in st.claims if not c.is_question]
    assert ans[-1].text == "I talked to their families." and {c.speaker for c in ans} == {"Aoki Ren"}


def test_dash_turns_and_a_title_that_quotes_the_speaker() -> None:
    text = ("Amb. Lena Marsh: The harbour deal gives the navy everything\n\n"
            "\u2013 The deal was signed on Monday. Do you expect the traders to accept it?\n"
            "\u2013 Well, so far the navy has won every point. The traders will demand more.\n\n"
            "\u2013 Would the ministry accept that?\n"
            "\u2013 I think that would be a big mistake.\n")
    st, ans = answers(text)
    assert [c.text for c in st.claims if c.is_question] == ["Do you expect the traders to accept it?",
                                                           "Would the ministry accept that?"]
    assert ans[0].text == "Well, so far the navy has won every point."  # the dash is a turn mark, not text
    assert {c.speaker for c in ans} == {"Lena Marsh"}


def test_event_transcript_with_initials_labels_and_a_moderator() -> None:
    text = ("Harbour Futures: Ports and Power\n\n"
            "This is a full transcript of the recording of \"Harbour Futures: Ports and Power\".\n\n"
            "Cora Nyland (C.N.)\n\n"
            "Good afternoon and welcome everyone. Today we host Ivo Brandt and Mia Tal.\n\n"
            "Rafa Olmo (R.O.)\n\n"
            "Thank you, Cora. Ivo, let me start with you. How do you see the port deal now?\n\n"
            "Ivo Brandt (I.B.)\n\n"
            "I think the deal is in danger. The navy wants the pier.\n\n"
            "Rafa Olmo (R.O.)\n\n"
            "Mia, do you agree?\n\n"
            "Mia Tal (M.T.)\n\n"
            "Partly. The traders are tired.\n")
    st = RuleSegmenter().segment(text)
    qs = [c for c in st.claims if c.is_question]
    assert [c.text for c in qs] == ["How do you see the port deal now?", "Mia, do you agree?"]
    assert {c.speaker for c in qs} == {"Rafa Olmo"}
    by = {c.text: c.speaker for c in st.claims if not c.is_question}
    assert by["I think the deal is in danger."] == "Ivo Brandt" and by["Partly."] == "Mia Tal"
    assert not any(c.speaker == "Harbour Futures" for c in st.claims)  # the title is no turn


def test_caption_service_transcript_with_lost_question_marks() -> None:
    text = ("Transcripts For Harbour Talk Guest Olga Brandt 20240708\n\n"
            "So how did we get to this point . And where do we go from here . In my opinion, the deal is dead. "
            "The navy wants the pier and the traders want the cargo. Why did you leave the talks . "
            "Because nobody listened to us.\n")
    st = RuleSegmenter().segment(text)
    qs = [c.text for c in st.claims if c.is_question]
    assert qs == ["So how did we get to this point .", "And where do we go from here .", "Why did you leave the talks ."]
    ans = [c for c in st.claims if not c.is_question]
    assert {(c.speaker, c.role) for c in ans} == {("Olga Brandt", SpeakerRole.INTERVIEWEE)}


def test_users_extend_the_speaker_cues() -> None:
    import pytest

    from polisent.errors import ConfigError
    from polisent.segment import load_speaker_cues

    text = ("Harbour notes\n\n"
            "In the studio tonight sits Tove Lindqvist. She sees no deal before winter. "
            "The navy wants the pier. The traders will lose.\n")
    seg = RuleSegmenter(speaker_cues=[{"kind": "interview", "where": "before", "weight": 3,
                                       "phrase": "in the studio tonight sits", "keywords": ["studio"]}])
    assert "custom" in seg.name
    assert {c.speaker for c in RuleSegmenter().segment(text).claims} == {None}  # no built-in cue says who
    assert {c.speaker for c in seg.segment(text).claims if not c.is_question} == {"Tove Lindqvist"}
    with pytest.raises(ConfigError, match="'kind' must be one of"):
        load_speaker_cues([{"kind": "guesswork", "where": "before", "phrase": "x"}])
    with pytest.raises(ConfigError, match="does not compile"):
        load_speaker_cues([{"kind": "interview", "where": "after", "phrase": "(unclosed"}])
    assert load_speaker_cues({"cues": [], "replace": True}).cues == ()


def test_a_name_after_a_long_office_is_read_whole() -> None:
    # five capitalised words: the run is cut after four, and the person is what follows the office
    p = principal("Ruritanian Foreign Minister Anna Varga told Radio Nord on Monday that the talks had failed. "
                  "Varga blamed the neighbours. Varga said more talks would come.")
    assert p is not None and p.name == "Anna Varga"
