"""Pass 93 (issue 11): a host's label alone on the first line, seen once (L4); two styles before a byline's name (B1);
an author line "Name Editor-in-Chief, the Outlet" (B2); "X, in this interview by <outlet>" (C2); a host's prompt
without "?" ("If you could talk about ...", "Your thoughts on ...", "I'm wondering what you ...") (Q1).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers as _answer_speakers
from _segment_helpers import claims as _claims

from polisent.segment import RuleSegmenter


def test_a_hosts_label_alone_on_the_first_line_is_no_title() -> None:
    # an excerpt's one exchange: the host's label alone over her words, the guest's label once, inline
    text = ("Lena Marsh:\n\n"
            "Minister, thank you very much. Welcome to the \"Evening Hour.\"\n\n"
            "Can you talk to the other side while its soldiers are shelling the port?\n\n"
            "Pavel Orlik, Eastland Minister of Foreign Affairs: It is a painful question, because as a diplomat I "
            "must be ready to talk even with the devil if the interests of my country require it.\n")
    assert _answer_speakers(text) == {"Pavel Orlik"}
    assert any(q and "talk to the other side" in x for q, _, _, x in _claims(text))


def test_a_title_label_with_words_after_it_stays_a_title() -> None:
    # the guard: "Name: headline" on the first line, its label never back, is still the page's title, no turn
    text = ("Kurt Holm: The harbour deal is buying time\n\n"
            "The deal signed on Monday gives both sides a pause. It settles none of the disputes.\n\n"
            "Critics say the pause favours the stronger side, and the council agrees.\n")
    st = RuleSegmenter().segment(text)
    assert st.segments[0].kind.value == "heading"
    assert not any(c.text.startswith("The harbour deal is buying time") for c in st.claims)


def test_two_styles_before_a_bylines_name() -> None:
    text = ("Opinion Editorial\n\n"
            "By Arch. Dr. D.M. Kariuki\n"
            "Publisher, The Harbour Times\n\n"
            "As our troops stand in the port city, the time has come for reflection: what are we doing there?\n\n"
            "Let us be clear. The mission has no end date, and parliament was never asked.\n")
    assert _answer_speakers(text) == {"D.M. Kariuki"}


def test_an_author_line_with_the_editors_job_and_the_outlet() -> None:
    text = ("publish time\n\n"
            "Karim Al-Haddad Editor-in-Chief, the Harbour Times\n\n"
            "WHAT was the result of seven decades of conflict, besides wasted wealth? No land was freed by force; "
            "peace returned it to its owners.\n\n"
            "From this perspective, the new talks deserve a chance, and the region should give them one.\n")
    assert _answer_speakers(text) == {"Karim Al-Haddad"}


def test_in_this_interview_by_an_outlet_names_the_guest() -> None:
    # (a guard: the speaker ranker already names him here; the cue decides where the ranker declines)
    text = ("\u201cNobody gives us credit\u201d \u2013 Minister laments\n\n"
            "The Minister of Information, Alhaji Musa Bello, in this interview by HARBOUR DAILY, says the government "
            "will tell citizens the truth.\n\n"
            "Read excerpts of the interview.\n\n"
            "In three years there will be another election and your party could lose. How does that make you feel?\n\n"
            "If our aim was to stay eight years without working, we would be the most unfortunate government. "
            "We came to bring change, and people will judge us by our results.\n\n"
            "What is the biggest obstacle?\n\n"
            "Oil prices fell by half in our first year. No government can plan around that.\n")
    assert _answer_speakers(text) == {"Alhaji Musa Bello"} or _answer_speakers(text) == {"Musa Bello"}


def test_a_hosts_prompts_without_a_question_mark() -> None:
    text = ("HOST: Welcome back to the programme. The talks opened this morning in the capital.\n\n"
            "If you could just talk about this visit and what the president hopes to get from it.\n\n"
            "GUEST: He wants a trade deal first. The rest will follow if the deal holds.\n\n"
            "HOST: The opposition called the visit a mistake. Your thoughts on that.\n\n"
            "GUEST: It is politics. Every visit is a mistake to the opposition.\n\n"
            "HOST: I'm wondering what you think the other side wants.\n\n"
            "GUEST: Time. They want time more than anything.\n")
    asked = [x for q, _, _, x in _claims(text) if q]
    assert any(x.startswith("If you could just talk about this visit") for x in asked)
    assert "Your thoughts on that." in asked
    assert any(x.startswith("I'm wondering what you think") for x in asked)
    # the set-up sentences before them stay no question
    assert not any(x.startswith("The opposition called") for x in asked)
