"""Structure rules of the thirty-first pass (issue 11): radio packages, readers' questions, subtitle
tables, outlets' dash turns and podcast pages that real pages print in ways the rules missed. Texts
written for the project."""

from __future__ import annotations

import re

from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter
from polisent.segment._person_names import is_person_name
from polisent.segment._speaker_cues import _APPOSITION
from tests.conftest import said_by as _said_by
from tests.conftest import views as _views

SEG = RuleSegmenter()


def test_a_reporters_package_under_an_unlabelled_lead_has_no_asker() -> None:
    # a soundbite that asks ("Why doesn't the lender take it?") is no interviewer's turn
    text = ("Harbour Talks Resume\n\n"
            "The lenders and the islands have restarted harbour talks. The two sides met today in Oslo. "
            "As our correspondent Ana Kovac reports from the capital, both sides want a deal.\n\n"
            "ANA KOVAC, BYLINE: Analysts believe the talks must begin with the old offer.\n\n"
            "IVO MARAS: The port is worth half the debt. Why doesn't the lender take it? It's a good deal.\n\n"
            "KOVAC: That's Ivo Maras, an adviser to the island government.\n\n"
            "MARAS: Nobody can finish the port in one year. It would take ten.\n")
    assert _said_by(text, "port is worth half") == {("Ivo Maras", "interviewee", False)}
    assert _said_by(text, "It would take ten") == {("Ivo Maras", "interviewee", False)}
    assert _said_by(text, "must begin with") == {("Ana Kovac", "author", False)}


def test_the_journalist_the_subject_gives_an_interview_to_asks() -> None:
    text = ("The President, in a lengthy interview with Lena Park, defends the harbour deal.\n\n"
            "LENA PARK: Mr. President, this is the interview everybody wants to see.\n\n"
            "OMAR HADDAD: I think it is.\n\n"
            "L.P.: Thank you for receiving us here.\n\n"
            "O.H.: Here in this cold.\n\n"
            "L.P.: Is the deal dead?\n\n"
            "O.H.: The deal is alive. The lenders will come back.\n")
    assert _said_by(text, "lenders will come back") == {("Omar Haddad", "interviewee", False)}
    assert _said_by(text, "Is the deal dead") == {("Lena Park", "interviewer", True)}


def test_a_subtitle_tables_rows_are_cues() -> None:
    # rows "text | from | to | |": the times are no words of a claim, the host's questions are questions
    text = ("Browse content similar to Omar Haddad - Island Analyst. Check below for episodes and series from the same categories and more!\n"
            "Line | From | To | |\n"
            "---|---|---|---|\n"
            "Welcome to Harbour Talk. The lenders have left\n"
            "the islands. | 0:00:05 | 0:00:09 | |\n"
            "Will the port ever be finished? | 0:00:09 | 0:00:12 | |\n"
            "I doubt it. The money has run out\n"
            "and the ministry has no plan. | 0:00:12 | 0:00:18 | |\n"
            "Is that the government's fault? | 0:00:18 | 0:00:21 | |\n"
            "Partly. The lenders share the blame. | 0:00:21 | 0:00:25 | |\n")
    st = SEG.segment(text)
    assert not any("0:00" in c.text or "|" in c.text for c in st.claims)
    assert not any("Browse content" in c.text for c in st.claims)
    asked = [c.text for c in st.claims if c.is_question]
    assert any("port ever be finished" in q for q in asked) and any("government's fault" in q for q in asked)
    assert any("money has run out and the ministry has no plan" in " ".join(v.split()) for v in _views(text))


def test_readers_questions_under_their_names_are_answered_by_a() -> None:
    text = ("Q&A With Omar Haddad on the Island Elections\n\n"
            "Omar Haddad\n\n"
            "Samar: What can the lenders do to keep the port going? Would they prefer a new government?\n\n"
            "Karim: Which side will the islanders choose, the lenders or the ministry? (Question submitted by a reader)\n\n"
            "A: The islanders have little choice. The lenders hold most of the debt and the ministry cannot pay it.\n")
    assert _said_by(text, "Which side will") == {("Karim", "interviewer", True)}
    assert _said_by(text, "little choice") == {("Omar Haddad", "interviewee", False)}


def test_an_outlets_dash_turns_ask() -> None:
    text = ("CBN \u2014 You talk a lot about the harbour, Mr President. Why not finish it?\n"
            "President Haddad \u2014 I am committed to the harbour. The lenders must return.\n"
            "CBN \u2014 You have those partners: the islands. None of them wants to pay.\n"
            "President Haddad \u2014 I want to talk about the port with everyone.\n"
            "CBN \u2014 But do you believe the islands can pay?\n")
    assert not any("None of them wants to pay" in v for v in _views(text))
    assert _said_by(text, "committed to the harbour") == {("Haddad", "interviewee", False)}
    # a dateline in capitals, once, is no turn
    dated = "OSLO \u2014 The lenders walked out of the harbour talks on Monday. The ministry blamed them.\n"
    assert not any(s.speaker == "OSLO" for s in SEG.segment(dated).segments)


def test_a_paywall_meter_and_a_template_token_are_clutter() -> None:
    text = ("The harbour talks have failed, says analyst Omar Haddad. The lenders left on Monday.\n\n"
            "You\u2019ve reached your limit of {{free_limit}} free articles this month.\n\n"
            "endNewsMessage1\n\n"
            "The ministry blamed the lenders for the delay, he said.\n")
    st = SEG.segment(text)
    assert not any("free articles" in c.text or "endNews" in c.text for c in st.claims)
    assert {s.reason for s in st.segments if s.kind is SegmentKind.CLUTTER} >= {"subscribe", "markup"}


def test_a_podcast_pages_host_credit_is_not_the_guest() -> None:
    text = ("Analysing the Islands\n\n"
            "Paul Reyes in conversation\n\n"
            "Analysing Omar Haddad\n\n"
            "Paul Reyes\n\n"
            "Summary\n\n"
            "Omar Haddad, director of the Harbour Institute, talks to Paul Reyes about the lenders and the port.\n\n"
            "Transcript\n\n"
            "0:00.0\n\nMy guest is Omar Hadad.\n\n"
            "0:04.1\n\nHe directs the Harbour Institute.\n\n"
            "0:08.3\n\nWelcome to the podcast, Omar.\n\n"
            "0:10.2\n\nHello, and thank you for having me.\n\n"
            "0:12.9\n\nSo how would you assess the ministry's record on the port?\n\n"
            "0:16.0\n\nI think we have to admit that the ministry has failed the islands.\n")
    assert _said_by(text, "ministry has failed") == {("Omar Haddad", "interviewee", False)}
    assert not any("directs the Harbour Institute" in v for v in _views(text))
    assert not is_person_name("Analysing Omar Haddad") and is_person_name("Sterling Brown")


def test_a_turn_label_takes_the_pages_spelling_of_the_name() -> None:
    # the transcription service spells the guest one letter off; the host's introduction spells it right
    text = ("Episode Transcript\n"
            "Dana Reyes (00:00):\n"
            "Talk about the islands, if you will.\n"
            "Omar Hadad (00:31):\n"
            "First of all, the lenders have left and the port is half built.\n"
            "Dana Reyes (01:32):\n"
            "Hi everyone and welcome to Backstory. I'm Dana Reyes. My guest is analyst Omar Haddad. "
            "Omar Haddad directs the Harbour Institute. Why did the lenders leave?\n"
            "Omar Hadad (02:10):\n"
            "They ran out of patience with the ministry.\n")
    assert _said_by(text, "ran out of patience") == {("Omar Haddad", "interviewee", False)}


def test_a_title_that_names_the_guest_and_his_office() -> None:
    text = ("Newsline - Interview with Omar Haddad Prime Minister of the Islands  Harbour TV  March 3, 2021\n\n"
            "so the first question is about the port. the port is half built and the lenders have gone. "
            "we will finish it ourselves and the ministry will pay for it. nobody else will.\n")
    assert {who for who, _, _ in _said_by(text, "finish it ourselves")} == {"Omar Haddad"}


def test_a_captions_dash_and_bracketed_name_open_a_turn() -> None:
    text = ("Subtitles section Play video\n\n"
            "  \u2022 - [Lena] The lenders left the islands\n\n"
            "  \u2022 in December, after the port stalled.\n\n"
            "  \u2022 - The port was our future.\n\n"
            "  \u2022 - [Lena] The ministry says it will finish\n\n"
            "  \u2022 the port on its own.\n")
    assert {who for who, _, _ in _said_by(text, "ministry says")} == {"Lena"}
    assert {who for who, _, _ in _said_by(text, "after the port stalled")} == {"Lena"}


def test_the_title_of_a_panel_is_no_guest() -> None:
    # "The Indo-Pacific Push" over a panel's transcript names no one
    text = ("The Harbour Push\n\n"
            ">>Good morning. We have a very eminent panel: Omar Haddad from the Harbour Institute and Ana Ruiz. "
            "How has the region changed for you?>>When the lenders came, we had hope. Now we have debts.\n")
    assert "Harbour Push" not in {who for who, _, _ in _said_by(text, "we had hope")}


def test_a_two_part_interview_heralds_bare_question_lines() -> None:
    text = ("\"The port is not the islands' only problem,\" says Omar Haddad, senior analyst at the Harbour Institute.\n"
            "Mr Haddad studies the islands' debts.\n"
            "In a two-part interview with the Courier's Ana Ruiz, Mr Haddad discusses the lenders and the ministry.\n"
            "An uneasy truce has come about between the lenders and the ministry. Will this truce hold?\n"
            "The situation has been delicate since 2019. There was no engagement and this dispute is a blow to the talks.\n"
            "The truce brings a precarious peace because the red lines have shifted.\n")
    assert _said_by(text, "Will this truce hold") == {("Ana Ruiz", "interviewer", True)} or \
        {(r, q) for _, r, q in _said_by(text, "Will this truce hold")} == {("interviewer", True)}
    assert _said_by(text, "red lines have shifted") == {("Omar Haddad", "interviewee", False)}


def test_an_outlet_that_opens_the_interview_sentence_is_no_guest() -> None:
    text = ("EXCLUSIVE: the islands' president on the harbour\n\n"
            "In an exclusive interview with Harbour Today Global, the islands' President Omar Haddad holds nothing back.\n\n"
            "Question:\nYou are here for the harbour summit. What has it achieved?\n\n"
            "Answer:\nThe summit has brought the lenders back to the table.\n")
    assert "Harbour Today Global" not in {who for who, _, _ in _said_by(text, "brought the lenders back")}


def test_a_columns_name_over_its_writers_byline() -> None:
    text = ("Latest Headlines\nOn the President's Foreign Trips\nPostscript by Ana Ruiz\n"
            "Under four months in office, the President has signalled that foreign relations will be a major focus. "
            "He has made five trips abroad. But the real work is at home.\n")
    assert {who for who, _, _ in _said_by(text, "real work is at home")} == {"Ana Ruiz"}


def test_a_dated_byline_with_a_bar() -> None:
    text = ("The Harbour Pullback Was Hasty\n\n"
            "The lenders have been critical of the ministry's handling of the port\n"
            "11:20 PM Aug 15, 2025 IST | Prof. A. K. Rao\n"
            "WITHIN less than a week of the election, the new government cancelled the harbour contracts and "
            "the lenders left the islands for good.\n")
    assert {who for who, _, _ in _said_by(text, "cancelled the harbour contracts")} == {"A. K. Rao"}


def test_a_players_zero_times_and_a_photo_credit_over_three_lines() -> None:
    # a news page with an audio player ("0:00") is no timed transcript; "Name" / "/" / "AFP via Getty Images" credits a photo
    text = ("Play Live Radio\nNext Up:\n0:00\n0:00\n0:00 0:00\nAvailable On Air Stations\n\n"
            "Why are the lenders leaving the islands?\n\n"
            "Lena Park\n/\nAFP via Getty Images\n\n"
            "The government's decision to cancel the harbour contracts is reverberating across the region. "
            "Many people who work in the port are trying to understand the impact.\n\n"
            "The lenders said they would not come back before the election.\n")
    said = _said_by(text, "reverberating across the region")
    assert {r for _, r, _ in said} == {"author"} and "Lena Park" not in {w for w, _, _ in said}


def test_a_show_opened_under_the_hosts_own_name_is_the_hosts() -> None:
    text = ("Transcribe your podcast\n[00:00:00]\n\n"
            "From the Harbour Times, I'm Lena Park, and this is The Morning. For years, the islands have lived through "
            "a debt crisis. Today, my colleague Omar Haddad on the election that could end it. Omar, talk to me about "
            "what is at stake.\n\n[00:01:25]\n\n"
            "So, the islands are a country of roughly two million people, and a quarter of them have left in ten years. "
            "The election on Sunday is the first real contest in a decade.\n")
    assert not any("debt crisis" in v for v in _views(text))
    assert _said_by(text, "first real contest") == {("Omar Haddad", "interviewee", False)}


def test_a_country_in_brackets_between_the_writer_and_his_verb() -> None:
    text = ("\u201cThe unrest along the border will freeze every project of the region\u201d, \u2013 political analyst "
            "Omar Haddad (Italy) notes in an article written for the platform.\n"
            "The decision to withdraw the last troops has spread concerns among the republics of the region. "
            "Indeed, the withdrawal has revived the rebels.\n")
    assert {who for who, _, _ in _said_by(text, "revived the rebels")} == {"Omar Haddad"}
    # a photo caption's "(left)" is no aside: "X (left) speaks to the Courier's Y" names no guest by itself
    assert re.fullmatch(_APPOSITION, " (Italy)") and not re.fullmatch(_APPOSITION, " (left)")


def test_a_hosts_imperative_prompt_in_recorded_talk_asks() -> None:
    text = ("Transcript\n"
            "00:00 In the islands, the lenders say they have sent a delegation to the capital.\n"
            "00:12 Our correspondent Omar Haddad is with us. Walk us through the lenders' presence in the islands until now.\n"
            "00:20 Well, the lenders came in 2019 and built half of the port before the money ran out.\n")
    assert any(c.is_question and "Walk us through" in c.text for c in SEG.segment(text).claims)


def test_an_interview_for_the_outlet_heralds_its_one_question() -> None:
    text = ("The islands' foreign policy: balancing between lenders is becoming difficult\n\n"
            "The islands' foreign policy is not changing much. Only a few new lenders entered the scene, "
            "\u2013 notes Omar Haddad (Belgium) in an interview, exclusively for Harbour Review.\n\n"
            "Dr. Haddad is a researcher at the Harbour Institute. His research focuses on debt.\n\n"
            "How is the debt crisis affecting the islands' relations with the lenders? Can we expect a break?\n\n"
            "So far, the crisis did not prove to be a turning point. The islands did not try to distance themselves.\n")
    assert any(c.is_question and "Can we expect" in c.text for c in SEG.segment(text).claims)


def test_a_chapter_block_hashtags_and_a_tracking_code_are_clutter() -> None:
    text = ("The Islands on the Second Anniversary of the Crisis\n\n"
            "Two years after the lenders left, Ana Ruiz sat down with Omar Haddad to discuss the islands.\n\n"
            "#IslandsCrisis #HarbourTalks #LendersOut\n\n~PR.152~HT.408~ED.420~\n\n"
            "Time Stamps:\n\n"
            "02:26\u2014Sources of the islands' resilience.\n07:35\u2014Morale in the port.\n12:08\u2014The ministry's plan.\n\n"
            "Episode Transcript\n\n"
            "Ana Ruiz: Welcome. Why did the lenders leave?\n\nOmar Haddad: The money has run out and the ministry has no plan.\n")
    kept = " ".join(c.text for c in SEG.segment(text).claims)
    for junk in ("Morale in the port", "#HarbourTalks", "~PR.152"):
        assert junk not in kept
    assert "money has run out" in kept
    # an automatic transcript's cues, seconds apart, are talk, not chapters
    talk = ("Transcript\n00:00 Just a few days ago, the party met.\n00:04 It elected a new leader\n00:06 for the election.\n"
            "00:09 But what does this mean for the party?\n")
    assert any("elected a new leader" in c.text for c in SEG.segment(talk).claims)


def test_a_caption_printed_on_both_sides_of_its_credit_is_clutter() -> None:
    text = ("Play Live Radio\nNext Up:\n0:00\n0:00\n\n"
            "Why are the lenders leaving the islands?\n\n"
            "The harbour of the capital at dusk. This week the lenders said they would leave the islands for good, including the port and the airport.\n"
            "Lena Park\n/\nAFP via Getty Images\n"
            "The harbour of the capital at dusk. This week the lenders said they would leave the islands for good, including the port and the airport.\n\n"
            "The government's decision to cancel the harbour contracts is reverberating across the region. "
            "Many people who work in the port are trying to understand the impact.\n")
    kept = " ".join(c.text for c in SEG.segment(text).claims)
    assert "at dusk" not in kept and "reverberating" in kept


def test_a_podcasts_spoken_opening_is_the_hosts_not_the_editors() -> None:
    text = ("Transcript\n\n"
            "Welcome to the Islands Update podcast.\n\n"
            "I'm Lena Park, a senior lecturer in international relations, and today I'm joined by Omar Haddad.\n\n"
            "Omar is a professor of island studies and the author of a book on the lenders.\n\n"
            "So thanks for joining me on the podcast today, Omar.\n\n"
            "How have the islands changed since you last went there?\n\n"
            "The islands have become poorer, and the ministry has lost its friends abroad.\n\n"
            "And what do you think the lenders want now?\n\n"
            "They want their money back before the election, and they will not wait much longer.\n")
    said = _said_by(text, "professor of island studies")
    assert {r for _, r, _ in said} <= {"interviewer"}
    assert not any("professor of island studies" in v for v in _views(text))


def test_glued_generic_labels_and_labels_with_an_outlet_or_an_abbreviation() -> None:
    glued = ("Episode Transcript\nHarbour Audio Studios, podcasts, radio news.\n"
             "Speaker 2Tensions between the lenders and the islands are escalating sharply over the port.\n"
             "Speaker 3Relations between them have never been easy, but right now they are in the dumps.\n"
             "Speaker 2The ministry cancelled the meeting, and the lenders say they will not come back.\n")
    assert {who for who, _, _ in _said_by(glued, "never been easy")} == {"Speaker 3"}
    brief = ("Press Briefing of Presidential Spokesperson Secretary Omar S. Haddad\n\n"
             "ANA RUIZ/HARBOUR STAR: Secretary, how did the President raise the harbour ruling with the lenders?\n\n"
             "SEC. HADDAD: Well, in a friendly, assertive, unequivocal manner.\n\n"
             "ANA RUIZ/HARBOUR STAR: How did the lenders respond?\n\n"
             "SEC. HADDAD: They expected it. Their position has not changed since the talks began.\n")
    assert _said_by(brief, "position has not changed") == {("Omar S. Haddad", "interviewee", False)}
    assert _said_by(brief, "How did the lenders respond") == {("Ana Ruiz", "interviewer", True)}


def test_a_clip_label_seen_once_in_capitals_after_a_translation_note() -> None:
    text = ("This is a rush transcript. Copy may not be in its final form.\n\n"
            "We turn now to the islands, still reeling from a wave of violence after the raid on the port. "
            "Speaking at a news conference on Monday, President Omar Haddad said the lenders only shared information.\n\n"
            "PRESIDENT OMAR HADDAD: [translated] All operations are carried out by our forces. There is no foreign "
            "participation in the operation. What there is, as we have said several times, is a great deal of "
            "information-sharing with the lenders.\n")
    assert {who for who, _, _ in _said_by(text, "no foreign participation")} == {"Omar Haddad"}


def test_a_guest_hailed_by_office_is_the_office_holder_the_intro_names() -> None:
    text = ("Transcript\n00:00.\n00:05Joining me is the islands.\n"
            "00:10The Minister for Ports, Energy and Mineral Resources, Naya Berg.\n"
            "00:15Her government is now entering talks with the lenders over the future of the harbour.\n"
            "00:30Minister, thank you so much.\n00:35Thank you so much for joining us.\n00:37Thank you for having me.\n"
            "00:38So can I first ask you to reflect on the last few days?\n"
            "00:55If I reflect back on the last 14 days, I think we saw increased pressure from the lenders.\n")
    assert {who for who, _, _ in _said_by(text, "increased pressure from the lenders")} == {"Naya Berg"}


def test_skip_links_a_byline_with_its_date_after_a_slash_and_an_agency_caption() -> None:
    text = ("Skip to: Content\nSkip to: Site Navigation\n\n"
            "The way forward in the islands after the lenders\n\n"
            "The lenders' departure shows it's not too soon to consider the way forward for the islands.\n\n"
            "By Ana Ruiz / July 19, 2012\n\n"
            "In this photo released by the island news agency, the new port minister is sworn in before the president.\n\n"
            "In light of the lenders' departure, it's not too early to consider the way forward for the port.\n\n"
            "Skip to next paragraph\n\n"
            "Conflicts elsewhere illustrate that by the time the money runs out, the night is far spent.\n")
    st = SEG.segment(text)
    assert {c.speaker for c in st.claims if "night is far spent" in c.text} == {"Ana Ruiz"}
    kept = " ".join(c.text for c in st.claims)
    assert "Skip to" not in kept and "sworn in" not in kept
    # "Skip to player" over a video page's description is navigation, and the outlet the description's
    # interview is "with" is still no guest
    video = ("Skip to playerSkip to main content\n"
             "In an exclusive interview with Harbour Today, the islands' President Omar Haddad outlined his plans for the port.\n\n"
             "Transcript\n00:10In a world of pressure, the islands choose a different path.\n"
             "00:19Despite the lenders, this man has held the line.\n")
    assert "Harbour Today" not in {c.speaker for c in SEG.segment(video).claims}


def test_a_shows_name_is_no_guest() -> None:
    text = ("The islands' council will be up and running in days, says Omar Haddad\n"
            "Omar Haddad, the islands' envoy to the lenders, was at that meeting. Here is part of his conversation "
            "with As It Happens host Ana Ruiz.\n"
            "When might this council be in place?\n"
            "We're ready to go. It's just a question of how quickly the parties themselves can come together.\n"
            "Are we talking weeks, months?\n"
            "Days. We don't have weeks.\n")
    assert "As It Happens" not in {who for who, _, _ in _said_by(text, "We don't have weeks")}


def test_a_hosts_request_in_recorded_talk_asks() -> None:
    text = ("Transcript\n00:30Minister, thank you so much for joining us.\n00:37Thank you for having me.\n"
            "00:38So can I first ask you to reflect on the dramatic last few days for the islands.\n"
            "00:55If I reflect back on the last 14 days, I think we saw increased pressure from the lenders.\n")
    assert any(c.is_question and "can I first ask you" in c.text for c in SEG.segment(text).claims)
