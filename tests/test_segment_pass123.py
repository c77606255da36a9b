"""Pass 123 (issue 11): layouts the rules read wrongly, found on the dev tables and fresh real pages.

- C1: timed lines seconds apart ("00:25 What is your reading of the region?" / "00:30 What worries you most?") are a
  transcript's cues, not a podcast's chapter list: three of them in a row are kept and asked, not dropped as navigation.
  A chapter list's titles lie minutes apart and stay navigation.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter


def test_timed_cue_questions_seconds_apart_are_talk_not_chapters() -> None:
    text = ("Minister Ana Ruiz | The Harbour Roundtable\n\nTranscript\n"
            "00:00 [MUSIC]\n"
            "00:09 Minister Ana Ruiz, welcome to the Harbour Roundtable.\n"
            "00:13 Thank you very much, Tom.\n"
            "00:15 We can only imagine how full your schedule is these days.\n"
            "00:21 Maybe we can start off with the region.\n"
            "00:24 What is your reading of our security landscape?\n"
            "00:29 What are the challenges that you are keeping an eye on?\n"
            "00:33 And what is the directive from the president?\n"
            "00:37 Well, the directive of the president is to secure our territory,\n"
            "00:42 and to make sure that not one inch of it is taken.\n"
            "00:50 In that spirit we see a lot of change in the region.\n")
    st = RuleSegmenter().segment(text)
    lines = [s for s in st.segments if "What are the challenges" in text[s.start:s.end]]
    assert lines and all(s.kind is not SegmentKind.CLUTTER for s in lines)
    asked = [c for c in st.claims if c.is_question]
    assert any("What are the challenges" in c.text for c in asked)
    assert all(c.role is SpeakerRole.INTERVIEWER for c in asked)


def test_chapter_titles_minutes_apart_stay_navigation() -> None:
    text = ("The Harbour Podcast: the region after the vote\n\nIn this episode Tom Berg talks to Ana Ruiz about the "
            "vote and what comes after it.\n\n"
            "00:00 Introduction\n"
            "03:12 Why the vote mattered\n"
            "09:40 What the neighbours want\n"
            "17:05 Is the alliance still alive?\n\n"
            "The vote was close, and its result surprised the capital. Ruiz says the region has changed.\n")
    st = RuleSegmenter().segment(text)
    chapters = [s for s in st.segments if "What the neighbours want" in text[s.start:s.end]]
    assert chapters and all(s.kind is SegmentKind.CLUTTER and s.reason == "navigation" for s in chapters)
