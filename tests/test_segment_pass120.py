"""Pass 120 (issue 11): writers and interviewers that real pages name in forms the rules missed.

- N1: an op-ed's editor's note that introduces the writer and disowns the views "from the author" / "those of the
  author" (not only "his own") names the writer; glued to the text after it (one paragraph after extraction), the note
  up to its disclaimer is dropped as a note, the text after it kept.
- F1: an opinion page's follow button, "Follow Ana Ruiz's opinions", names the writer and is dropped as a byline.
- S1: a speech's title that gives the office after the name ("SPEECH BY THE HONOURABLE DATO' SERI ANA RUIZ PRIME
  MINISTER OF ... AT THE ... 31 MAY 2025") names the speaker.
- P1: of two speaker labels, the one whose description gives a press job ("TOM HALE, Special Correspondent:") asks,
  where the question closes his turn (it had been read as an unlabelled host's question and his turn as answers).
- G1: "My guest on <show> this week is ..." opens a host's turn in an unlabelled transcript.
- Later rules (each test says which): a lead-in ending "said:" over a speech; a round-up's "Name, job: comment"
  without quotation marks; a surname after the standfirst's quotation read through the page's full name; a handout
  picture's credit; a name line over its photo's caption; the BLOX comment guidelines; a table of contents under
  "Click to jump to ...:"; a clock's minute marks; podcast sites' widgets; a dateline's month; a title printed three
  times; "X gave a long interview to ..." for a registry person; a news site's name card inside a sentence; a caption
  with its agency glued on; "opinion | Name"; empty date fields; dotted initials after a style.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter

_BODY = ("Relations between the two neighbours have always been uneven. The border talks stalled in May, and "
         "neither capital has offered a new plan since. Trade is growing all the same, and the ports are busy. The "
         "next summit should aim at a standing commission on water and migration.")


def test_an_editors_note_glued_to_the_op_ed_names_the_writer_and_is_dropped() -> None:
    text = ("OPINION | The border talks need a new start\n\nEditor's note: Ana Ruiz is a contributor to Example News. She "
            "was foreign minister of Chile from 2010 to 2014. The views expressed in this commentary are solely from the "
            "author. You can find more opinion pieces at example.com/opinion. (Example) \u2014 " + _BODY + "\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {"Ana Ruiz"}
    assert not any("Editor" in c.text or "views expressed" in c.text for c in st.claims)
    assert any(s.reason == "note" and s.text.startswith("Editor's note") for s in st.segments)
    assert any(c.text.startswith("Trade is growing") for c in st.claims)


def test_an_editors_note_disowning_views_as_the_authors_own_names_the_writer() -> None:
    text = ("Editor's note: Tom Hale is a senior fellow at the Ledger Institute. The views expressed here are those of "
            "the author.\n\n" + _BODY + "\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {"Tom Hale"}


def test_an_editors_note_without_the_disclaimer_names_no_writer() -> None:
    text = "Editor's note: Tom Hale served as envoy to Chile.\n\n" + _BODY + "\n"
    st = RuleSegmenter().segment(text)
    assert "Tom Hale" not in {c.speaker for c in st.claims}


def test_a_follow_button_names_the_op_eds_writer() -> None:
    text = ("Opinion\n\nThe alliance is strong. It must be stronger.\n\nThis week's summit showed that the alliance "
            "remains a force for good. It also showed how far most members must still go.\n\nFollow Ana Ruiz's "
            "opinionsFollow\n\n" + _BODY + "\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.role is SpeakerRole.AUTHOR} == {"Ana Ruiz"}
    assert any(s.reason == "byline" and s.text.startswith("Follow Ana Ruiz") for s in st.segments)


def test_follow_without_a_writers_opinions_is_no_byline() -> None:
    text = "Opinion\n\nFollow the money in the border talks\n\n" + _BODY + "\n"
    st = RuleSegmenter().segment(text)
    assert not any(s.reason == "byline" for s in st.segments)


def test_a_speech_title_with_the_office_after_the_name() -> None:
    text = ("SPEECH BY THE HONOURABLE DATO\u2019 SERI ANA RUIZ PRIME MINISTER OF CHILE AT THE PACIFIC FORUM 31 MAY 2025\n"
            "SANTIAGO\n"
            "This forum has become a place where ideas are tested. Today, I would like to speak about how our region "
            "holds its ground. We adopted a new roadmap last week, and I believe it will knit our economies closer. Our "
            "ports and our people are ready.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {"Ana Ruiz"}


def test_a_speech_title_whose_office_comes_first_still_names_the_speaker() -> None:
    text = ("Speech by Chilean Prime Minister Ana Ruiz at the Pacific Forum\n\nThis forum has become a place where ideas "
            "are tested. Today, I would like to speak about how our region holds its ground. We adopted a new roadmap "
            "last week, and I believe it will knit our economies closer.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {"Ana Ruiz"}


_INTERVIEW = ("Ruiz: the time of interference is over\n\n"
              "In a rare interview, President Ana Ruiz sat down with special correspondent Tom Hale in Moscow.\n\n"
              "  \u2022 TOM HALE, Special Correspondent:\n\n"
              "    Your critics say the economy is collapsing.\n\n"
              "    As far as I know, Mr. President, you have not spoken with them. What would you say to them?\n\n"
              "  \u2022 PRESIDENT ANA RUIZ, Chile (through interpreter):\n\n"
              "    I would say the truth. Chile wants only one thing, respect. The time of interference is over.\n")


def test_the_label_with_a_press_job_asks() -> None:
    st = RuleSegmenter().segment(_INTERVIEW)
    qs = [c for c in st.claims if c.is_question]
    assert [c.text for c in qs] == ["What would you say to them?"]
    assert {c.speaker for c in qs} == {"Tom Hale"}
    answers = [c for c in st.claims if not c.is_question and c.role is SpeakerRole.INTERVIEWEE]
    assert answers and {c.speaker for c in answers} == {"Ana Ruiz"}
    assert not any(c.speaker == "Tom Hale" and c.role is SpeakerRole.INTERVIEWEE for c in st.claims)


def test_two_labels_with_press_jobs_leave_the_turns_to_decide() -> None:
    text = _INTERVIEW.replace("Chile (through interpreter)", "Reporter")
    st = RuleSegmenter().segment(text)
    assert any(s.kind is SegmentKind.ANSWER for s in st.segments)


def test_my_guest_opens_the_hosts_turn_in_an_unlabelled_transcript() -> None:
    from polisent.segment._host_opening import split_host_opening
    from polisent.segment._units import Unit

    t = ("My guest on Harbour Talk this week is the port authority's Sandra Pike. She says the river needs a new deal. "
         "Well, Sandra Pike, thank you very much for joining us. Thank you, Dev. It's a pleasure to be here. And I want "
         "to ask you first of all about the tolls. What is happening on the Danube?\nThe Danube is busy. Vienna wants a "
         "new deal, and the barges are waiting.")
    cut = t.index("\n")
    units = [Unit(0, cut, [0], 0, "plain", 0), Unit(cut + 1, len(t), [1], 1, "plain", cut + 1)]
    assert split_host_opening(t, units, [0, cut + 1])
    opening = [t[u.start:u.end] for u in units if u.opening]
    assert opening and opening[0].startswith("My guest")
    assert not any(u.opening for u in units if t[u.start:u.end].startswith("The Danube"))


def test_the_guest_a_hosts_opening_names_after_his_office_is_the_interviewee() -> None:
    text = ("Chile will answer the tariffs, its foreign minister says.\n"
            "00:00My guest on The Pacific Hour this week is Chilean Foreign Minister Ana Ruiz.\n"
            "00:06She says the region must answer the new tariffs together.\n"
            "00:11Minister, thank you for joining us.\n"
            "00:13Thank you, Tom.\n"
            "00:15What did you tell your American counterpart today?\n"
            "00:19I told him that we did not start this trade war. We will answer it with our partners, and we will be "
            "firm about it.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.role is SpeakerRole.INTERVIEWEE} == {"Ana Ruiz"}  # (not the show's name)


def test_a_lead_in_that_ends_said_colon_hands_the_text_to_the_one_it_names() -> None:
    text = ("What the minister said at the launch of the Pacific policy\n\nExample News\n\n"
            "Santiago \u2013 Foreign Affairs Minister, Ana Ruiz, at the launch of the Pacific policy said:\n\n"
            "Good morning, everyone. Thank you very much for joining us here.\n\n"
            "I would like to acknowledge my colleagues from defence and trade. Our policy rests on three pillars, and I "
            "want to explain each of them. We will open two consulates, and we will work with our partners.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.text.startswith(("I would like", "Our policy"))} == {"Ana Ruiz"}


def test_a_report_that_quotes_after_said_colon_stays_the_reporters() -> None:
    text = ("Minister defends the policy\n\nSantiago \u2013 Foreign Affairs Minister, Ana Ruiz, at the launch of the policy "
            "said:\n\n\u201cWe will open two consulates.\u201d\n\nRuiz said the policy would cost little. She added that the "
            "opposition had not read it. Critics said the plan was vague and that the ministry had not consulted them.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.speaker == "Ana Ruiz" and c.text.startswith("Critics said") for c in st.claims)


def test_an_experts_comment_that_opens_with_name_and_job_names_its_writer() -> None:
    text = ("What comes next in Chile\n\nAna Ruiz, deputy, later acting U.S. special representative for Chile, 2013-2017: In "
            "the very immediate term, there is a huge amount of uncertainty. We don't know when the new cabinet will sit. "
            "There is just huge uncertainty about the capital.\n\nThe new leaders are sending reassuring messages, but "
            "nobody knows what they will do.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {"Ana Ruiz"}


def test_round_up_comments_without_quotation_marks_are_each_experts() -> None:
    text = ("Experts weigh in on the election\n\nAna Ruiz, senior fellow at the Ledger Institute: The vote was clean. The "
            "opposition will accept it.\n\nTom Hale, former ambassador to Chile: The vote was not clean. Observers saw "
            "problems in the north.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.text.startswith("The opposition")} == {"Ana Ruiz"}
    assert {c.speaker for c in st.claims if c.text.startswith("Observers")} == {"Tom Hale"}


def test_a_sentence_with_a_colon_after_a_name_is_no_experts_comment() -> None:
    text = ("The talks in Chile\n\nAna Ruiz, who knows the talks well, put it simply: Nobody wants them. The mediators "
            "have gone home, and the ministers are silent.\n")
    st = RuleSegmenter().segment(text)
    assert "Ana Ruiz" not in {c.speaker for c in st.claims}


_SAYS_RUIZ = ("\u201cBoth of our countries face the same enemy. And both of our countries see our future in Europe\u201d, says Ruiz "
              "who is expected to speak at the Delphi forum next week.\n\nHow did you feel when you heard the news from "
              "Minsk?\n\nI was shocked when I heard it. I know how his family must feel, since my husband is also a political "
              "prisoner.\n\nChilean opposition leader Ana Ruiz meets supporters in Santiago. Ana Ruiz/Handout via REUTERS\n\n"
              "Are you afraid for your own life?\n\nNo. I made my choice a long time ago, and I will go on.\n")


def test_a_surname_after_the_standfirsts_quotation_is_the_full_name_the_page_writes() -> None:
    st = RuleSegmenter().segment(_SAYS_RUIZ)
    assert {c.speaker for c in st.claims if c.role is SpeakerRole.INTERVIEWEE} == {"Ana Ruiz"}


def test_a_handout_pictures_credit_names_no_journalist() -> None:
    from polisent.segment._press_names import press_surnames

    assert "ruiz" not in press_surnames("Leaders met. Ana Ruiz/Handout via REUTERS\n\nWhat now?")
    assert "masih" in press_surnames("... -- tells Archana Masih/Rediff.com. Will it hold?", until=40)


def test_a_name_line_over_a_photos_caption_is_no_byline() -> None:
    text = ("Tom Hale says Change Is the New Normal, Humans Are the Only Constant\n\nAna Ruiz\n\n\"Hope is not a strategy,\" "
            "said the Chilean Minister for Foreign Affairs Ana Ruiz during her speech at the Pacific conference in "
            "Santiago. (Photo: Eva Holm).\n\n(Commentary) Santiago: Next year, Chile will take over the council's "
            "leadership. Perhaps it will not go like that after all. Resistance to a council without all its members could "
            "make the transition very demanding.\n\nAs with everything else, the answer lies in the capitals.\n")
    st = RuleSegmenter().segment(text)
    assert "Ana Ruiz" not in {c.speaker for c in st.claims}


def test_a_news_sites_comment_guidelines_are_furniture() -> None:
    text = ("The pact and the Pacific\n\nBy Ana Ruiz\n\nChina offered the islands a security pact. The region should decide "
            "for itself, and the capitals should listen before they lecture.\n\n(0) comments\n\nWelcome to the discussion.\n\n"
            "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.\nDon't Threaten. Threats "
            "of harming another person will not be tolerated.\nBe Truthful. Don't knowingly lie about anyone or anything.\n"
            "Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.\n")
    st = RuleSegmenter().segment(text)
    assert [c.text for c in st.claims][-1].startswith("The region should decide")
    assert {s.reason for s in st.segments if "Keep it Clean" in s.text or "Welcome to the discussion" in s.text} == {"comments_policy"}


def test_a_table_of_contents_under_its_lead_in_is_navigation() -> None:
    text = ("Experts react: the regime has fallen. What comes next?\n\nThe road to the capital was short. Below, our experts "
            "answer the urgent questions.\n\nClick to jump to an expert analysis:\n\nAna Ruiz: The region's balance of power "
            "has shifted. A new strategy is needed.\nTom Hale: A moment for the Gulf states to reset their ties\n"
            "Eva Holm: The old rulers should still be held accountable. Here is how.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.text.startswith(("The region's balance", "A moment", "The old rulers")) for c in st.claims)
    assert all(s.reason == "navigation" for s in st.segments if s.text.startswith(("Ana Ruiz:", "Tom Hale:", "Click to jump")))


def test_turns_after_a_jump_link_with_long_answers_stay_turns() -> None:
    text = ("Interview with the minister\n\nJump to: the transcript\n\nTom Hale: What did you agree with the Americans?\n"
            "Ana Ruiz: We agreed on the essentials, and the tariffs will go. Our farmers will sell again, and I think that is "
            "a good result for both sides, whatever the opposition says about it this week.\n")
    st = RuleSegmenter().segment(text)
    assert any(c.speaker == "Ana Ruiz" for c in st.claims)


def test_a_caption_archives_clock_minutes_are_no_claims() -> None:
    text = ("Kazakhstan at the crossroads\n\n10:00 am\n\n>> this is america. the talks in astana went on for a week, and the "
            "ministers agreed on a plan for the region.\n\n10:01 am\n\n>> we will see what the plan means for trade and for "
            "the pipelines across the caspian.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.text.strip() in ("am", "pm") or c.text.startswith("10:0") for c in st.claims)
    assert any(s.text == "10:00 am" and s.kind is SegmentKind.CLUTTER for s in st.segments)


def test_a_line_that_opens_on_a_time_code_keeps_its_words() -> None:
    st = RuleSegmenter().segment("00:05 I think the talks will fail.\n00:09 Nobody wants them.\n00:12 The ministers have gone home.\n")
    assert [c.text for c in st.claims][:1] == ["I think the talks will fail."]


def test_a_podcast_sites_episode_widgets_are_furniture() -> None:
    text = ("The talks in Geneva\n\nReleased Thursday, 18th April 2024\nGood episode? Give it some love!\n\nEpisode "
            "Transcript\n\nTranscripts are displayed as originally observed. Some content, including advertisements may have "
            "changed.\n\nUse Ctrl + F to search\n\n0:02\n\nWelcome to the show. Today we talk about the talks in Geneva, "
            "and my guest thinks they will fail.\n")
    st = RuleSegmenter().segment(text)
    kept = " ".join(c.text for c in st.claims)
    for words in ("Released", "Good episode", "love", "displayed as originally", "Ctrl"):
        assert words not in kept


def test_a_datelines_month_is_no_interviewees_surname() -> None:
    from polisent.segment._intro_person import intro_person

    t = "tv Inside Story Al Jazeera May 3, 2023 8:30pm-9:01pm AST\n\nThe talks go on. How likely are they to succeed?"
    assert intro_person(t, 60) is None


def test_a_title_printed_three_times_is_no_turn_nor_question() -> None:
    title = "Harbour Talk \u2013 How does Chile see the rest of the world?"
    text = (f"{title}\n\n{title}\n\nReleased Thursday, 18th April 2024\n\n{title}\n\n{title}\n\nEpisode Transcript\n\n"
            "0:02\n\nWelcome to Harbour Talk. I'm Tom Hale, and my guest today is Ana Ruiz of the Ledger Institute. Ana, how "
            "does Santiago see the world?\n\n0:09\n\nSantiago sees a world of ports. Trade comes first, and the capitals know "
            "it.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.is_question and c.text.startswith("How does Chile") for c in st.claims)
    assert "Harbour Talk" not in {c.speaker for c in st.claims}


def test_a_dash_label_that_comes_back_with_new_words_stays_a_turn() -> None:
    text = ("Interview\n\nTom Hale \u2013 What did you agree with the Americans?\n\nAna Ruiz \u2013 We agreed on the essentials.\n\n"
            "Tom Hale \u2013 Will the opposition accept it?\n\nAna Ruiz \u2013 They will have to.\n\nTom Hale \u2013 And the farmers?\n\n"
            "Ana Ruiz \u2013 They will sell again.\n")
    st = RuleSegmenter().segment(text)
    assert sum(c.is_question for c in st.claims) == 3
    assert {c.speaker for c in st.claims if not c.is_question} == {"Ana Ruiz"}


def test_a_registry_person_named_by_surname_who_gave_the_interview_answers() -> None:
    text = ("Zelensky gave a long interview to a Hungarian weekly\n\nZelensky gave a long interview to a Hungarian weekly. "
            "Part four:\n\nLet's talk about Hungary then. A poll found that Viktor Orban is the most unpopular politician "
            "among Ukrainians.\n\nDoes he deserve it?\n\nViktor Orban's position does not reflect the position of the whole "
            "of Hungary. We respect the Hungarian people.\n\nWill you meet him?\n\nI am ready to meet anyone who wants peace.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.role is SpeakerRole.INTERVIEWEE and not c.is_question} == {"Volodymyr Zelensky"}


def test_a_surname_the_registry_does_not_know_names_no_one() -> None:
    text = ("Ruiz gave a long interview to a weekly\n\nRuiz gave a long interview to a weekly. Part four:\n\nDoes the "
            "minister deserve the criticism?\n\nHis position does not reflect the position of the whole country.\n")
    st = RuleSegmenter().segment(text)
    assert "Ruiz" not in {c.speaker for c in st.claims}


_CARD = ("How to avoid war in the Gulf\n\nThe pressure campaign has failed. And President TrumpDonald TrumpKushner lands book "
         "deal, slated for release in 2022 Biden moves to undo Trump trade legacy with EU deal Progressives rave over "
         "Harrison's start at DNC MORE has indicated he does not want to go to war in the Middle East.\n\nNevertheless, the "
         "two capitals are locked in a cycle of brinkmanship.\n")


def test_a_news_sites_name_card_inside_a_sentence_is_blanked_for_models_and_linker() -> None:
    from polisent.actors import RegistryLinker
    from polisent.segment._markup import scoring_text

    st = RuleSegmenter().segment(_CARD)
    claim = next(c for c in st.claims if "has indicated" in c.text)
    assert " ".join(scoring_text(claim.text).split()) == ("And President Trump has indicated he does not want to go to war "
                                                           "in the Middle East.")
    linked = {m.actor_id for m in RegistryLinker().link(_CARD, st) if claim.start <= m.start < claim.end}
    assert "joe_biden" not in linked and "donald_trump" in linked


def test_a_caption_with_its_agency_glued_and_a_lower_case_opinion_byline() -> None:
    text = ("Skip to main content\nopinion | Ana Ruiz\n\nConcerns about the deal go beyond the deal\n\nSoldiers trained in "
            "the capital in July. The defence minister watched the training.Associated Press\n\nCongress returns next week "
            "with enough votes to pass the deal. The outcome suggests the argument has worked.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.text.startswith(("Congress", "The outcome"))} == {"Ana Ruiz"}
    assert not any("trained" in c.text or "Associated Press" in c.text for c in st.claims)


def test_empty_date_fields_are_furniture() -> None:
    st = RuleSegmenter().segment("The Gulf and the deal\n\nBy Ana Ruiz\n\nPublished: Updated:\n\nThe talks resumed this week in Vienna, and the "
                                 "envoys sounded hopeful about a deal.\n")
    assert not any("Published" in c.text for c in st.claims)


def test_dotted_initials_after_a_style_are_the_interviewees_initials() -> None:
    text = ("An exclusive interview with the Hon. Minister of Foreign Affairs of Chile, Ana Ruiz\n\nThe minister visited "
            "Sofia last week. Here is what she shared with me:\n\nMAGAZINE: What are your first impressions of Bulgaria?\n\n"
            "Hon.A.R: My first impressions are very positive. The landscape is beautiful.\n\nMAGAZINE: What will the visit "
            "achieve?\n\nHon. A.R: We have engaged with the universities, and students will come to study here.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if not c.is_question} == {"Ana Ruiz"}
