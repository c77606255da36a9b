"""Issue 11: formats of real commentary pages, on small texts written for the project."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter


def run(text: str):
    st = RuleSegmenter().segment(text)
    for c in st.claims:
        assert text[c.start:c.end] == c.text
    return st


def test_label_seen_once_and_host_from_standfirst() -> None:
    text = ("Ines Varga was interviewed by Tomas Berg about the Danube summit.\n\n"
            "Tomas Berg: Good evening. The summit ended without a deal. Why?\n\n"
            "Ines Varga: Because Budapest vetoed the text. Nobody expected it.\n\n"
            "Tomas Berg: What happens now?\n\n"
            "VARGA: The talks resume in May.\n")
    st = run(text)
    qs = [c.text for c in st.claims if c.is_question]
    assert qs == ["Why?", "What happens now?"]
    answers = [c for c in st.claims if not c.is_question]
    assert [c.text for c in answers] == ["Because Budapest vetoed the text.", "Nobody expected it.", "The talks resume in May."]
    assert {(c.speaker, c.role) for c in answers} == {("Ines Varga", SpeakerRole.INTERVIEWEE)}
    assert ("Tomas Berg", SpeakerRole.INTERVIEWER) in [(s.name, s.role) for s in st.speakers]


def test_caps_labels_linked_to_standfirst_names() -> None:
    text = ("Radio host Lena Kurz speaks with analyst Omar Haddad about the port deal.\n\n"
            "KURZ: Welcome, Omar. Is the deal done?\n\n"
            "HADDAD: Almost. The lawyers are still reading it.\n\n"
            "KURZ: And the opposition?\n\n"
            "HADDAD: It will challenge the deal in court.\n")
    st = run(text)
    by_text = {c.text: c for c in st.claims}
    assert by_text["Almost."].speaker == "Omar Haddad" and by_text["Almost."].role is SpeakerRole.INTERVIEWEE
    assert by_text["Is the deal done?"].is_question and by_text["Is the deal done?"].speaker == "Lena Kurz"
    assert "Welcome, Omar." not in by_text  # a greeting is neither a question nor a claim


def test_guest_named_in_first_turn_makes_the_other_speaker_the_host() -> None:
    text = ("MARTIN: Our reporter Ana Lind joins us from Tallinn. Hey, Ana.\n\n"
            "ANA LIND, BYLINE: Hey there.\n\n"
            "MARTIN: Tell us what the minister said.\n\n"
            "LIND: He said the border stays open.\n")
    st = run(text)
    q = [c for c in st.claims if c.is_question]
    assert [c.text for c in q] == ["Tell us what the minister said."]  # a prompt ending the host's turn
    assert q[0].role is SpeakerRole.INTERVIEWER
    a = [c for c in st.claims if c.text == "He said the border stays open."][0]
    assert a.speaker == "Ana Lind" and a.role is SpeakerRole.INTERVIEWEE


def test_bare_question_lines_in_single_newline_paragraphs() -> None:
    text = ("Minister, the exercise ended yesterday. Was it a success?\n"
            "It was. Our forces trained with three allies.\n"
            "What comes next?\n"
            "More exercises in the spring.\n")
    st = run(text)
    assert [(c.text, c.is_question) for c in st.claims] == [
        ("Was it a success?", True), ("It was.", False), ("Our forces trained with three allies.", False),
        ("What comes next?", True), ("More exercises in the spring.", False)]


def test_timestamps_players_and_page_furniture_are_clutter() -> None:
    text = ("Home > World > Europe\n\nPlay Live Radio\n\n0:00 0:00\n\nThe Baltic question\n\n"
            "00:07\n\nThe ferry crossed at dawn. Nobody checked the cargo.\n\n01:02\n\n"
            "Email this page Print this page\n\nThis interview has been edited for length.\n\n"
            "Latest news\n\nMore on the ferry: https://bit.ly/abc123\n")
    st = run(text)
    assert [c.text for c in st.claims] == ["The ferry crossed at dawn.", "Nobody checked the cargo."]
    reasons = {g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER}
    assert {"navigation", "media", "timestamp", "share", "editor_note", "related"} <= reasons


def test_name_line_under_title_names_the_author() -> None:
    text = ("Why the Sahel matters\n\nKarin Holm\n\nThe juntas have closed the door on Paris. "
            "Moscow walked in.\n")
    st = run(text)
    assert {(c.speaker, c.role) for c in st.claims} == {("Karin Holm", SpeakerRole.AUTHOR)}
    assert [g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER] == ["byline"]


def test_rhetorical_question_inside_an_answer_is_not_the_interviewers() -> None:
    text = "Q: Will the ceasefire hold?\n\nA: Who trusts the promises now? Nobody does.\n"
    st = run(text)
    rq = [c for c in st.claims if c.text == "Who trusts the promises now?"][0]
    assert rq.role is SpeakerRole.INTERVIEWEE
