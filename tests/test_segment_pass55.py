"""Pass 55 structure: bylines run into a page's stamp or its title, labels with a short form in brackets, a
monitoring service's bracketed turns, the interviewee's own meetings and a subject's apposition before
"spoke to". Texts written for these tests."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter

_P1 = ("Does the alliance still matter? Judging from the summit that has just ended, its members agree on less each "
       "year, and the communique they signed says little that the previous one did not already say.")
_P2 = ("The three-day gathering was held in a seaside town, and the hosts had hoped to talk about trade, but the war "
       "and the quarrels over tariffs took most of the time the leaders had.")


def _speakers(text: str) -> set[str | None]:
    return {c.speaker for c in RuleSegmenter().segment(text).claims
            if not c.is_question and c.role in (SpeakerRole.AUTHOR, SpeakerRole.INTERVIEWEE)}


def test_a_byline_run_into_the_source_and_time_stamp_names_the_author() -> None:
    text = ("Why hold the next summit at all? Just call it off\n\n"
            "By Ana Ruiz Source:Example Times Published: 2019/8/27 20:53:40\n\n" + _P1 + "\n\n" + _P2)
    st = RuleSegmenter().segment(text)
    line = next(s for s in st.segments if s.text.startswith("By Ana Ruiz"))
    assert line.kind is SegmentKind.CLUTTER and line.reason == "byline"
    assert _speakers(text) == {"Ana Ruiz"}


def test_a_byline_glued_to_the_title_names_the_author() -> None:
    text = "Friday, May 17, 2013\n\nThe role of the Gulf in mediating the two neighboursBy ANA MARIA RUIZ\n\n" + _P1 + "\n\n" + _P2
    assert _speakers(text) == {"Ana Maria Ruiz"}


def test_a_byline_in_capitals_glued_to_the_lead_is_cut_off_and_names_the_author() -> None:
    text = "How will the north fare after the war?\n\nBy OMAR HADDAD " + _P2 + "\n\n" + _P1
    st = RuleSegmenter().segment(text)
    assert any(s.kind is SegmentKind.CLUTTER and s.reason == "byline" and s.text.strip() == "By OMAR HADDAD" for s in st.segments)
    assert _speakers(text) == {"Omar Haddad"}


def test_a_guest_essay_kicker_makes_the_standfirst_name_the_writer() -> None:
    text = ("By Invitation | Europe\n\nAnna Virtanen believes the war offers a chance to rebuild the continent's security\n\n"
            + _P1 + "\n\n" + _P2)
    assert _speakers(text) == {"Anna Virtanen"}
    plain = "Europe\n\nAnna Virtanen believes the war offers a chance to rebuild the continent's security\n\n" + _P1 + "\n\n" + _P2
    assert "Anna Virtanen" not in _speakers(plain)  # no kicker, no first person: a report on her view


def test_the_interviewees_own_meeting_names_no_guest() -> None:
    text = ("'Our ties are strong'\n\nThe president of the republic ended his tour of Europe in Paris on Friday.\n\n"
            "What is the outcome of your visit?\n\n"
            "It is very positive. Regarding my interview with Emmanuel Macron, we talked about the values we share.\n\n"
            "Will the trade deal be signed this year?\n\nWe hope so. The talks are going well.")
    assert "Emmanuel Macron" not in _speakers(text)


def test_an_apposition_between_the_subject_and_spoke_to_keeps_the_guest() -> None:
    text = ("By Ana Ruiz, senior editor at The Example Post.\n\n"
            "Estonian President Kersti Kaljulaid is treading carefully. Kaljulaid, chosen last year as a compromise "
            "candidate, spoke to The Example Post's Ana Ruiz about the alliance. Edited excerpts follow.\n\n"
            "Q. Is Russia a threat?\n\nA. Yes, it is a threat to the security order in Europe.\n\n"
            "Q. What should the allies do?\n\nA. Stay together and keep their promises.")
    assert _speakers(text) == {"Kersti Kaljulaid"}


def test_a_label_with_its_short_form_in_brackets_links_the_later_turns() -> None:
    text = ("Lasting change in the North: an interview with Institute Director Son Gi Woong\n\n"
            "Unification Media Group [UMG]: You became the director of the institute this spring. What has been on your mind?\n"
            "Director Son [Son]: I have been deeply moved. I was a student in Berlin when the wall fell.\n"
            "UMG: The South has elected a new president. How do you see his policy?")
    st = RuleSegmenter().segment(text)
    questions = [s for s in st.segments if s.kind is SegmentKind.QUESTION]
    assert len(questions) == 2 and {s.speaker for s in questions} == {"Unification Media Group"}
    assert _speakers(text) == {"Son Gi Woong"}


def test_bracketed_turns_of_a_monitoring_transcript() -> None:
    text = ("Analyst urges the neighbours to adopt a policy of non-interference\n\n"
            "[Unidentified anchorperson]\n\n"
            "To give analysis on the anniversary we have Rahim Yusuf, who joins us from the capital.\n\n"
            "[Rahim Yusuf] This has been their trend. Sometimes they praise and then they blame.\n\n"
            "[Unidentified anchorperson] Don't you think we deserve the right to choose our friends?\n\n"
            "[Yusuf] It should have been like this from the beginning. We will always live here.")
    st = RuleSegmenter().segment(text)
    asked = [s for s in st.segments if s.kind is SegmentKind.QUESTION]
    assert asked and all(s.role is SpeakerRole.INTERVIEWER for s in asked)
    assert _speakers(text) == {"Rahim Yusuf"}


def test_a_bracketed_section_name_is_no_turn() -> None:
    text = "[Column] Sitting on our hands over the alliance\n\nAna Ruiz\n\n" + _P1 + "\n\n" + _P2
    st = RuleSegmenter().segment(text)
    assert all(s.speaker != "Column" for s in st.segments)


def test_a_label_opening_with_a_title_and_its_dot_stays_whole() -> None:
    text = ("Margaret Hale: Welcome to the show.\nAmb. Iravani: Thank you for having me.\n"
            "Margaret Hale: Does your country intend to restart enrichment?\n"
            "Amb. Iravani: Enrichment is our right and we want to exercise it.")
    st = RuleSegmenter().segment(text)
    assert not [s for s in st.segments if s.text.strip() == "Amb."]
    assert [s.speaker for s in st.segments if s.kind is SegmentKind.ANSWER] == ["Amb. Iravani", "Amb. Iravani"]


def test_a_briefing_title_names_its_principal() -> None:
    text = ("Transcript of Minister for Foreign Affairs Dr Ana Ruiz's Doorstop Interview with Reporters\n\n18 January 2023\n\n"
            "Minister: I am really glad to be back in the capital. I have been visiting every single year.\n\n"
            "The second point I would make is that the last three years have been a confidence booster for both sides.")
    assert _speakers(text) == {"Ana Ruiz"}


def test_a_transcript_notice_run_into_a_one_line_page_is_cut_out() -> None:
    text = ("By \u2014 News Desk Leave your feedback Share Copy URL Email Facebook Twitter Transcript Audio The talks have stalled "
            "over the limits on enrichment, and the deadline is six weeks away. Our correspondent Ana Ruiz joins us to discuss. "
            "Read the Full Transcript Notice: Transcripts are machine and human generated and lightly edited for accuracy. "
            "They may contain errors. Tom Weiss: Now to a looming deadline in one of the most significant foreign policy "
            "negotiations of the year, which has split the allies and worried the region for months without any end in sight")
    st = RuleSegmenter().segment(text)
    notes = [s for s in st.segments if s.kind is SegmentKind.CLUTTER and s.reason == "editor_note"]
    assert [s.text for s in notes] == ["Read the Full Transcript Notice: Transcripts are machine and human generated and "
                                       "lightly edited for accuracy. They may contain errors."]
    assert not any("Transcripts are machine" in c.text for c in st.claims)
    assert any(c.text.startswith("Tom Weiss") or "looming deadline" in c.text for c in st.claims)  # the cut-off turn stays


def test_a_letter_citing_another_writers_op_ed_is_not_that_writers() -> None:
    text = ("Ana Ruiz\u2019s op-ed \u201cIs the Alliance Ready?\u201d (Jan. 24) and your editorial (Jan. 25) correctly "
            "highlight why the strategy will fail. There will be two owners for this failure.\n\n"
            "As ambassador, I had to answer the question again and again. I would point to the budget.\n\n"
            "The allies were spending too little, forcing me to ask in kind why they were not committed.")
    assert "Ana Ruiz" not in _speakers(text)
    own = ("Ana Ruiz\u2019s op-ed: the alliance is not ready\n\n"
           "As ambassador, I had to answer the question again and again. I would point to the budget.\n\n"
           "The allies were spending too little, forcing me to ask in kind why they were not committed.")
    assert _speakers(own) == {"Ana Ruiz"}


def test_a_geographic_feature_is_no_persons_name() -> None:
    from polisent.segment._person_names import is_person_name

    assert not is_person_name("Galwan Valley") and not is_person_name("Korean Peninsula")
    assert is_person_name("Joan Rivers") and is_person_name("Ana Ruiz")


def test_a_colleague_the_interviewer_names_to_the_guest_is_not_the_guest() -> None:
    text = ("Russia will remain a threat, says the prime minister\n\n"
            "You can access a longer version of this interview here.\n\n"
            "Your foreign minister, Edgars Ozolins, recently played on a Latin phrase about Carthage. Is it common in Europe "
            "to believe that Russia should be destroyed?\n\n"
            "You could argue that Russia must lose this conflict in many respects, I guess.\n\n"
            "Throughout recent European history there have been many empires. We Latvians are aware of this.")
    st = RuleSegmenter(speaker_model=True).segment(text)
    assert "Edgars Ozolins" not in {c.speaker for c in st.claims}
