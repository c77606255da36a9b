"""Pass 106 (issue 11): furniture that the earlier rules only took alone on its line.

A transcript's sound or event cue between two sentences ("... as long as it takes. (Applause.) And we ...") is
cut out as clutter, the sentences around it kept; alone on its line, "(pop music plays)", "(crowd cheers)" and
"[inaudible 00:00:40]." are clutter as "(Laughter.)" was (K1; "(SOUNDBITE OF ...)" alone on its line is left to the
unit model: as a rule it made the short soundbite line under it look like furniture to that model, two dev documents
worse). A language menu's entries
("bg - български", "pt - português") are navigation (K2). A blog's comment widget ("You are commenting using your
Twitter account.", "Log Out / Change )", "No comments:") is clutter (K3). A podcast's call to visit a web address
("Head to example.com to ...", "Go to example.com forward slash voucher.") is an ad, also between two sentences
(K4). The editor's note that introduces or qualifies a transcript ("What follows is a condensed and edited
transcript.", "(This transcript has been edited for brevity and clarity.)", "This transcript is from an event hosted
on ...", "The following is a rapporteur's summary of their remarks.") is an editor's note, alone on its line or as
the last sentence of an introduction (K5).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import claims

from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter


def _clutter(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.reason) for s in RuleSegmenter().segment(text).segments if s.kind is SegmentKind.CLUTTER]


def _claim_texts(text: str) -> list[str]:
    return [c[3] for c in claims(text)]


def test_a_sound_cue_between_sentences_is_cut_out() -> None:
    text = ("Remarks by the Premier at the Harbour Forum\n\n"
            "We will stand with our neighbours for as long as it takes. (Applause.) And we will not waver in that "
            "support, whatever the cost to us. (SOUNDBITE OF ARCHIVED RECORDING) The rest is history.\n")
    assert ("(Applause.)", "other") in _clutter(text)
    assert ("(SOUNDBITE OF ARCHIVED RECORDING)", "other") in _clutter(text)
    assert _claim_texts(text) == ["We will stand with our neighbours for as long as it takes.",
                                  "And we will not waver in that support, whatever the cost to us.", "The rest is history."]


def test_sound_cues_alone_on_their_lines_are_clutter() -> None:
    text = ("The Coast Road\n\n"
            "HOST: The fishermen say the patrols have doubled since March, and nobody knows why.\n\n"
            "(pop music plays)\n\n"
            "(crowd cheers)\n\n"
            "[inaudible 00:00:40].\n\n"
            "GUEST: The navy wants them gone before the survey ships arrive in the autumn.\n")
    got = _clutter(text)
    for cue in ("(pop music plays)", "(crowd cheers)", "[inaudible 00:00:40]."):
        assert (cue, "other") in got
    assert not any("cheers" in c or "music" in c or "inaudible" in c for c in _claim_texts(text))


def test_a_cue_inside_a_sentence_stays_text() -> None:
    text = ("The Call\n\n"
            "He said the deal was [inaudible 00:00:40]. Then the line went dead and nobody could reach him again.\n\n"
            "The music of the uprising lived on in the villages for years after it failed.\n")
    assert _clutter(text) == []
    assert "He said the deal was [inaudible 00:00:40]." in _claim_texts(text)


def test_a_language_menu_is_navigation() -> None:
    text = ("Debate on the rule of law\n\n"
            "bg - български\n\nes - español\n\net - eesti keel\n\npt - português\n\n"
            "The rapporteur told the chamber that the report had taken two years and forty hearings to write.\n")
    assert [r for _, r in _clutter(text)] == ["navigation"] * 4
    assert _claim_texts(text) == ["The rapporteur told the chamber that the report had taken two years and forty "
                                  "hearings to write."]


def test_a_blog_comment_widget_is_clutter() -> None:
    text = ("The Envoy's Last Week\n\n"
            "The envoy left the capital on Friday with nothing signed and no date for a return.\n\n"
            "No comments:\n\n"
            "You are commenting using your Twitter account.\n\n"
            "Log Out / Change )\n")
    assert [c for c, _ in _clutter(text)] == ["No comments:", "You are commenting using your Twitter account.",
                                             "Log Out / Change )"]


def test_a_call_to_visit_a_web_address_is_an_ad() -> None:
    text = ("The Briefing\n\n"
            "HOST: Before we start, a word from our sponsor. Head to example-energy.com to give your team a benefit they "
            "will use. Now, to the border talks, which stalled again this week.\n\n"
            "Go to example-weekly.co.uk forward slash voucher.\n")
    got = _clutter(text)
    assert ("Head to example-energy.com to give your team a benefit they will use.", "ad") in got
    assert ("Go to example-weekly.co.uk forward slash voucher.", "ad") in got
    assert "Now, to the border talks, which stalled again this week." in _claim_texts(text)


def test_a_transcripts_editors_note_is_clutter() -> None:
    text = ("A Conversation on the Strait\n\n"
            "What follows is a condensed and edited transcript.\n\n"
            "(This transcript has been edited for brevity and clarity.)\n\n"
            "This transcript is from an event hosted on May 4, 2024.\n\n"
            "Q: What did the navy want?\n\n"
            "A: It wanted the monitors gone before the survey ships came.\n")
    assert [r for _, r in _clutter(text)] == ["editor_note"] * 3
    assert _claim_texts(text) == ["What did the navy want?", "It wanted the monitors gone before the survey ships came."]


def test_an_editors_note_at_the_end_of_an_introduction_is_cut_out() -> None:
    text = ("The Minister on the Border\n\n"
            "The foreign minister spoke to our correspondent in the capital on Monday about the border and the talks. "
            "Here's the full transcript of that exclusive interview with the minister.\n\n"
            "Q: Will the talks resume?\n\n"
            "A: They will, once the patrols stop.\n")
    assert ("Here's the full transcript of that exclusive interview with the minister.", "editor_note") in _clutter(text)
    assert not any("full transcript" in c for c in _claim_texts(text))


def test_a_rapporteurs_summary_note_is_clutter() -> None:
    text = ("Policy Forum: The Gulf after the Truce\n\n"
            "On June 22, the Institute held a virtual forum with two former envoys to the Gulf. "
            "The following is a rapporteur\u2019s summary of their remarks.\n\n"
            "The first speaker said the truce would hold only as long as the ports stayed open.\n")
    assert _clutter(text) == [("The following is a rapporteur\u2019s summary of their remarks.", "editor_note")]
