"""Issue 11, second pass: broad structure rules checked on the train split as well as dev, each
on small texts written for the project."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter


def run(text: str):
    st = RuleSegmenter().segment(text)
    for c in st.claims:
        assert text[c.start:c.end] == c.text
    for s in st.segments:
        assert text[s.start:s.end] == s.text
    return st


def test_caps_label_alone_on_its_line_opens_a_turn() -> None:
    text = ("Harbour talks stall\n\n"
            "The talks on the harbour ended without a deal.\n\n"
            "\u2022 NORA FELD:\n\n"
            "We turn now to the harbour. Who gains from the delay?\n\n"
            "\u2022 PAVEL KOS, Institute for Baltic Shipping and Port Economics Research:\n\n"
            "The smugglers gain. The port loses money every week.\n\n"
            "\u2022 NORA FELD:\n\n"
            "And the ministry?\n\n"
            "\u2022 PAVEL KOS:\n\n"
            "It will wait for the election.\n")
    st = run(text)
    assert [c.text for c in st.claims if c.is_question] == ["Who gains from the delay?", "And the ministry?"]
    answers = [c for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR]
    assert [c.text for c in answers] == ["The smugglers gain.", "The port loses money every week.",
                                         "It will wait for the election."]
    assert {(c.speaker, c.role) for c in answers} == {("Pavel Kos", SpeakerRole.INTERVIEWEE)}


def test_title_case_line_ending_in_colon_seen_once_is_no_turn() -> None:
    text = ("Voices from the valley\n\n"
            "Mara Ilic\n"
            "Retired Water Engineer:\n"
            "\u201cThe dam will not hold another flood.\u201d\n\n"
            "Jon Weller\n"
            "Regional Council Member:\n"
            "\u201cWe have asked for money for ten years.\u201d\n")
    st = run(text)
    assert not any(c.is_question for c in st.claims)
    assert not any(s.kind is SegmentKind.QUESTION for s in st.segments)


def test_talk_after_a_time_code_before_the_first_question_is_no_standfirst() -> None:
    text = ("Episode 12: the river treaty\n\n"
            "A conversation about water and borders.\n\n"
            "(00:00):\n"
            "Nobody will give up a drop of this river. The treaty is dead\n"
            "unless the farmers are paid.\n"
            "(00:40):\n"
            "Welcome to the show. Is the treaty dead?\n"
            "(00:45):\n"
            "It is not dead yet. But it is sick.\n"
            "(01:10):\n"
            "Who can heal it?\n"
            "(01:12):\n"
            "Only the two capitals can.\n")
    st = run(text)
    texts = [c.text for c in st.claims]
    assert any(x.startswith("Nobody will give up a drop") for x in texts)  # the cold open is talk, not a standfirst
    assert [c.text for c in st.claims if c.is_question] == ["Is the treaty dead?", "Who can heal it?"]
    assert "It is not dead yet." in texts


def test_labels_that_name_a_role_are_turns_even_once() -> None:
    text = ("Unrest in the capital\n\n"
            "Protesters marched again on Tuesday night.\n\n"
            "Daily Courier Editor: Thank you for joining us. What will the government do next?\n"
            "Political Analyst: It will wait. The budget vote comes first.\n")
    st = run(text)
    assert [c.text for c in st.claims if c.is_question] == ["What will the government do next?"]
    answers = [c for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR]
    assert [c.text for c in answers] == ["It will wait.", "The budget vote comes first."]
    assert {(c.speaker, c.role) for c in answers} == {("Political Analyst", SpeakerRole.INTERVIEWEE)}


def test_parenthesised_role_marks_the_host() -> None:
    text = ("Lina Moss (host): Welcome back. Will the ceasefire hold?\n\n"
            "Arno Falk: It may hold for a month.\n\n"
            "Lina Moss: And after that?\n\n"
            "Arno Falk: Nobody knows.\n")
    st = run(text)
    assert [(c.text, c.speaker) for c in st.claims if c.is_question] == [("Will the ceasefire hold?", "Lina Moss"),
                                                                        ("And after that?", "Lina Moss")]
    assert {(c.speaker, c.role) for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {("Arno Falk", SpeakerRole.INTERVIEWEE)}


def test_transcription_service_labels_with_time_codes() -> None:
    text = ("Transcript: the border question\n\n"
            "Host 0:05\n"
            "Welcome to the podcast. My guest today is Mira Sand. What changed at the border?\n\n"
            "Mira Sand 0:21\n"
            "The patrols doubled. Trade fell by half.\n\n"
            "Host 1:02\n"
            "Why did trade fall?\n\n"
            "Mira Sand 1:10\n"
            "The tariffs came first.\n")
    st = run(text)
    assert [c.text for c in st.claims if c.is_question] == ["What changed at the border?", "Why did trade fall?"]
    answers = [c for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR]
    assert [c.text for c in answers] == ["The patrols doubled.", "Trade fell by half.", "The tariffs came first."]
    assert {c.speaker for c in answers} == {"Mira Sand"}
    assert not any("0:21" in c.text or "1:10" in c.text for c in st.claims)


def test_furniture_glued_to_text_is_cut_out_with_its_reason() -> None:
    text = ("Harbour talks stall\n\n"
            "Share this article Read more: The minister said the talks would resume in May.\n\n"
            "The port lost money again. Advertisement The smugglers gained from every week of delay.\n\n"
            "The advertisement was banned by the regulator last year.\n")
    st = run(text)
    claims = [c.text for c in st.claims]
    assert "The minister said the talks would resume in May." in claims
    assert "The port lost money again." in claims and "The smugglers gained from every week of delay." in claims
    assert "The advertisement was banned by the regulator last year." in claims  # not at a sentence boundary
    assert not any("Share" in c or "Read more" in c or c.startswith("Advertisement") for c in claims)
    dropped = {(s.text, s.reason) for s in st.segments if s.kind is SegmentKind.CLUTTER}
    assert {("Share this article", "share"), ("Read more:", "related"), ("Advertisement", "advertisement")} <= dropped


def test_a_line_that_is_only_furniture_stays_clutter_whole() -> None:
    text = ("Harbour talks stall\n\n"
            "The talks ended without a deal on Tuesday.\n\n"
            "Share this article on Facebook\n")
    st = run(text)
    assert [c.text for c in st.claims] == ["The talks ended without a deal on Tuesday."]
    assert any(s.kind is SegmentKind.CLUTTER and s.text.startswith("Share this article") for s in st.segments)


def test_glued_rules_are_data_users_can_extend() -> None:
    rules = [{"name": "promo", "glued": True, "flags": "i", "pattern": "use code [A-Z0-9]+ for 10% off\\.?"}]
    text = "Harbour talks stall\n\nThe talks ended on Tuesday. Use code PORT10 for 10% off. The port lost money again.\n"
    st = RuleSegmenter(clutter_rules=rules).segment(text)
    assert [c.text for c in st.claims] == ["The talks ended on Tuesday.", "The port lost money again."]
    assert any(s.reason == "promo" for s in st.segments)


def test_a_link_title_after_a_related_prompt_is_clutter_too() -> None:
    text = ("Harbour talks stall\n\n"
            "The talks ended without a deal on Tuesday.\n\n"
            "Related: Why the harbour deal keeps failing\n")
    st = run(text)
    assert [c.text for c in st.claims] == ["The talks ended without a deal on Tuesday."]


def test_interviewee_named_by_a_role_noun_in_the_standfirst() -> None:
    text = ("Our guest this week is economist Lena Marsh of the Harbour Institute.\n\n"
            "- Will the port strike end soon?\n\n"
            "- Not before the election. The unions want a new contract first.\n\n"
            "- And the ministry?\n\n"
            "- It will wait and hope the unions tire.\n")
    st = run(text)
    answers = [c for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR]
    assert answers and all(c.speaker == "Lena Marsh" and c.role is SpeakerRole.INTERVIEWEE for c in answers)


def test_role_noun_names_that_disagree_name_nobody() -> None:
    text = ("Analyst Lena Marsh and economist Omar Daud disagree.\n\n"
            "- Will the port strike end soon?\n\n"
            "- Not before the election.\n\n"
            "- And the ministry?\n\n"
            "- It will wait.\n")
    st = run(text)
    assert all(c.speaker is None for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR)

