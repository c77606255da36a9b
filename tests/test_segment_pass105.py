"""Pass 105 (issue 11): one person is one speaker. A short turn label ("PRESIDENT HALE:") joins the full label or
name of the same person where that ends in a generational suffix ("PRESIDENT JONATHAN R. HALE JR.:",
"Jonathan Hale Jr."), instead of becoming a second speaker of the same name (S1).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers, speakers

from polisent.records import SpeakerRole


def test_a_short_label_joins_the_full_label_that_ends_in_a_suffix() -> None:
    text = ("PRESS SECRETARY MARA DIAZ: Good evening. Let me introduce the President, who will take your questions.\n"
            "PRESIDENT JONATHAN R. HALE JR.: Thank you, Mara. The summit went well for our country.\n"
            "SEC. DIAZ: Sir, your statement on the border.\n"
            "PRESIDENT HALE: We agreed to open two more crossings before the rains.\n"
            "SEC. DIAZ: And on the fishing dispute?\n"
            "PRESIDENT HALE: The talks go on, and we expect a deal by June.\n")
    assert speakers(text) == {"Mara Diaz": SpeakerRole.INTERVIEWER, "Jonathan R. Hale Jr.": SpeakerRole.INTERVIEWEE}
    assert answer_speakers(text) == {"Jonathan R. Hale Jr."}


def test_a_short_label_joins_the_full_name_the_title_gives_with_a_suffix() -> None:
    text = ("Media interview with President Jonathan R. Hale Jr.\n\n"
            "Q: Sir, what do you expect from the visit?\n\n"
            "PRESIDENT HALE: We expect to finish the projects the lockdowns delayed, and to open some new ones.\n\n"
            "Q: Will the bridge be among them?\n\n"
            "PRESIDENT HALE: The bridge is the first of them. Work starts in March.\n")
    # (the title's full stop and the suffix's dot are one character: the name may keep it or not)
    assert {name.rstrip(".") for name in answer_speakers(text) if name} == {"Jonathan R. Hale Jr"}
