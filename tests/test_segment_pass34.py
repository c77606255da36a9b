"""Thirty-fourth pass (issue 11): rules from real pages read in the thirty-fourth pass.
Every text is invented for the project."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _speakers(text: str) -> set[tuple[str | None, SpeakerRole]]:
    return {(c.speaker, c.role) for c in SEG.segment(text).claims if not c.is_question}


def test_topic_lines_without_a_colon_over_quoted_answers_are_the_questions() -> None:
    # a "key quotes" page of a broadcast interview: each quoted answer under the topic it was asked on
    text = ("In an exclusive interview with Radio Example host Mia Ross, Foreign Minister Tomas Berg discusses "
            "the truce on the northern border.\n"
            "On whether the truce is expected to hold and the ministry's role in mediating it\n"
            "\u201cWe have been in direct contact with both parties around the clock, urging restraint, an end to the "
            "shelling and a return to the talks.\n"
            "We hope that this truce, where both sides stop firing for a day, will hold and open further doors to a "
            "renewed dialogue.\u201d\n"
            "On the president's support for the army and the position it puts the country in\n"
            "\u201cOur relations with the neighbours are old and close, with every one of the political forces on "
            "the other side of the river.\n"
            "Thereby we maintain impartiality and a total commitment to the best conditions for the people.\u201d\n")
    st = SEG.segment(text)
    asked = [text[s.start:s.end] for s in st.segments if s.kind is SegmentKind.QUESTION]
    assert any(a.startswith("On whether the truce") for a in asked)
    assert any(a.startswith("On the president's support") for a in asked)
    said = [c for c in st.claims if "impartiality" in c.text or "this truce" in c.text]
    assert said and all(c.speaker == "Tomas Berg" and c.role is SpeakerRole.INTERVIEWEE for c in said)


def test_a_heading_over_one_quote_in_a_report_stays_text() -> None:
    # one heading over a quotation in a report is no interview's topic line
    text = ("Ministers met in the capital on Monday to discuss the border.\n"
            "Talks at the border\n"
            "\u201cWe will keep the crossings open,\u201d the minister said after the meeting.\n")
    assert not any(s.kind is SegmentKind.QUESTION for s in SEG.segment(text).segments)


def test_a_transcription_services_timed_labels_are_turns_and_the_one_who_hands_over_asking_is_the_host() -> None:
    # each label seen once, the host's with his first name only; his turn reads the news, then asks the guest
    text = ("Transcript\n\n"
            "Martin (00:00):\n\n"
            "After weeks of fighting, a truce is supposed to have started last night on the river. It was brokered "
            "by two neighbours and signed by the leaders of both factions.\n\n"
            "To understand what is happening now, we turn to Lena Okafor, an analyst at the Delta Institute. Lena, "
            "thank you for being here. Is this truce holding as far as you can tell?\n\n"
            "Lena Okafor (00:41):\n\n"
            "Well, we are getting mixed reports. Overall there is more calm than during the last truces, but we "
            "hear of fighting in some villages.\n")
    st = SEG.segment(text)
    asked = [c for c in st.claims if c.is_question]
    assert asked and all(c.speaker == "Martin" and c.role is SpeakerRole.INTERVIEWER for c in asked)
    assert _speakers(text) == {("Lena Okafor", SpeakerRole.INTERVIEWEE)}  # the host's news is no claim of hers


def test_generic_timed_labels_name_no_one() -> None:
    text = ("S1 (00:02):\nThis is the morning edition. I'm Ana Ruiz. Today, our correspondent Tom Reed on the "
            "border.\n"
            "S2 (00:40):\nSo, Tom, can you tell us what that border region is?\n"
            "S3 (00:52):\nYeah. It is a remote area of jungle, where three borders meet and troops have been stationed "
            "for a very long time.\n")
    assert not any(name in ("S1", "S2", "S3") for name, _ in _speakers(text))


def test_a_drafted_by_byline_names_the_author_and_an_edited_by_credit_does_not() -> None:
    text = ("Guest Column\n\nThe Coast in Crisis\n\nDrafted By: Dr. Lena Marsh\nHarbour Policy Report\n\n"
            "The coastal states form the least stable region of the continent today. Each of them is in the throes "
            "of a political crisis, and their crises share their roots.\n")
    assert _speakers(text) == {("Lena Marsh", SpeakerRole.AUTHOR)}
    edited = ("Edited by Clara Holm\n\n"
              "Omar Tariq is the editor of the Gulf Observer. He teaches a course on Gulf politics at the institute.\n\n"
              "The protests spread to seven cities within a week, and none of them had a leader.\n")
    assert not any(name == "Clara Holm" for name, _ in _speakers(edited))


def test_an_experts_name_glued_to_their_job_heads_their_comment() -> None:
    text = ("Experts on the northern enlargement\n\n"
            "Ian MorrowDirector of foreign policy at the Centre for Coastal Reform\n\n"
            "The war has forced the coastal states to think about their own safety first. Membership will make "
            "them more secure.\n\n"
            "Kate Lund BergSecretary General of the Atlantic Committee\n\n"
            "Membership adds depth to the defence of the region, and the alliance gains two capable forces.\n")
    said = {(c.speaker, c.role) for c in SEG.segment(text).claims if not c.is_question}
    assert ("Ian Morrow", SpeakerRole.AUTHOR) in said and ("Kate Lund Berg", SpeakerRole.AUTHOR) in said
    assert not any(c.speaker and "Director" in c.speaker for c in SEG.segment(text).claims)


def test_an_office_label_with_its_holders_name_after_a_comma_names_the_holder() -> None:
    text = ("Greta Holm: Now, the Pacific minister Tom Reyes joined us from Suva. Tom Reyes, welcome back. "
            "What do you understand about the offer?\n\n"
            "Minister For Development and The Pacific, Tom Reyes: Well, we are the security partner of choice "
            "for the islands, and we do not take that lightly.\n\n"
            "I'm happy to report that the relationship is as strong as it has ever been.\n")
    assert ("Tom Reyes", SpeakerRole.INTERVIEWEE) in _speakers(text)


def test_initials_never_stand_for_the_outlet_a_journalist_works_for() -> None:
    text = ("Two weeks ago I did an email interview with journalist Karl Gruber of Daily Sentinel. Below is "
            "our exchange.\n\n"
            "KG: Is a military option seriously considered?\n\n"
            "DS: A military option is on the table. It hardens the government's discourse.\n\n"
            "KG: What should the neighbours do?\n\n"
            "DS: Keep the talks going and keep the border open.\n")
    assert not any(name == "Daily Sentinel" for name, _ in _speakers(text))


def test_a_guest_who_gives_their_name_in_a_narrated_podcast_is_not_the_host() -> None:
    text = ("Season 1 Episode 3\n\n"
            "Nadia: The war is a continuation of a long line of colonial aggression. Now, people are finally starting "
            "to pay attention.\n\n"
            "Timur: My name is Timur Aliev. I'm a journalist from the valley. I think I'm most famous for founding a "
            "newsroom in the capital.\n\n"
            "Nadia: Timur Aliev, co-founder of the newsroom. This was his gateway into journalism.\n\n"
            "Timur: In 2004 we were among the few young people following the protests next door. We were very much "
            "inspired by them.\n")
    said = _speakers(text)
    assert any(name == "Timur Aliev" for name, _ in said)
    assert ("Timur Aliev", SpeakerRole.INTERVIEWER) not in said


def test_page_furniture_of_transcripts_and_interviews_is_dropped_with_a_reason() -> None:
    text = ("This is a rush transcript. Copy may not be in its final form.\n\n"
            "AMY LANE: The strikes hit three villages on Monday. Our guest is Omar Said, an analyst in Nairobi.\n\n"
            "(Applause.)\n\n"
            "OMAR SAID: The strikes will not end the insurgency. They will harden it, as they did before.\n\n"
            "Read our full cover story on the insurgency here.\n\n"
            "Sign up for Example Now's Daily Digest to get our latest headlines delivered to your inbox.\n\n"
            "By continuing to use this site without changing your cookie settings, you agree to receive cookies.\n")
    st = SEG.segment(text)
    kept = " ".join(c.text for c in st.claims)
    for furniture in ("rush transcript", "Applause", "cover story", "Daily Digest", "cookie"):
        assert furniture not in kept
    assert all(s.reason for s in st.segments if s.kind is SegmentKind.CLUTTER)
    assert any("harden it" in c.text for c in st.claims)


def test_a_guest_the_standfirst_presents_is_named_even_when_he_introduces_himself() -> None:
    text = ("He is a reader in international relations at the Lagoon University. Dr Kunle Bayo Adeyemi is a public "
            "affairs commentator. In this interview, he spoke on the exit of three states from the regional bloc.\n"
            "I am Dr. Kunle Bayo Adeyemi a lecturer in the department of international relations.\n"
            "In January, three countries pulled out of the bloc. What are the implications of their exit?\n"
            "Firstly, the bloc will feel their exit at the level of trade, but it will survive it.\n"
            "What does it mean for the unity of the region?\n"
            "The region will be weaker for a while, and the bloc must win them back.\n")
    assert ("Kunle Bayo Adeyemi", SpeakerRole.INTERVIEWEE) in _speakers(text)


def test_a_journalist_named_with_a_place_asks_and_a_style_inside_a_name_stays_in_it() -> None:
    text = ("Kenya President Omar Sheikh Abdi has survived three attempts on his life since he was elected.\n\n"
            "In an interview with Ruth Wanjiru at State House, President Abdi vowed to take the fight to the "
            "militants and to restore elections.\n\n"
            "Here are the excerpts:\n\n"
            "You were on the frontline. Are you winning the war?\n\n"
            "We have escalated the war on two fronts, and the militants are losing ground every month.\n\n"
            "When will the elections take place?\n\n"
            "Next year, in every region, with one person, one vote.\n")
    said = _speakers(text)
    assert ("Omar Sheikh Abdi", SpeakerRole.INTERVIEWEE) in said
    assert not any(name == "Ruth Wanjiru" for name, _ in said)


def test_an_apposition_after_the_guest_does_not_make_the_guest_an_outlet() -> None:
    text = ("Interviewed By Omar Saleh\n\n"
            "The weekly magazine sat down with veteran military commander Yusuf Karim, the most powerful figure in "
            "the east of the country, to talk about the war and the talks.\n\n"
            "Q: Is there any chance that you and the head of the government work together?\n\n"
            "A: I met him twice last year, and we issued a statement together. Then both of us went our own way.\n\n"
            "Q: What do you expect from the neighbours?\n\n"
            "A: They should stop sending weapons to the militias in the capital.\n")
    assert ("Yusuf Karim", SpeakerRole.INTERVIEWEE) in _speakers(text)


def test_a_surname_label_names_the_guest_whose_family_name_has_an_article() -> None:
    text = ("Radio Example has conducted an interview with Nabil al-Rashid, director of the Gulf Institute, on the "
            "truce.\n\n"
            "Radio Example: What do you make of the new truce?\n\n"
            "Rashid: There appears to be fatigue on all sides. The government has spent billions on this war and "
            "gained nothing.\n\n"
            "Radio Example: Will it hold?\n\n"
            "Rashid: Only if the blockade ends. Otherwise the fighting will resume within weeks.\n")
    assert ("Nabil al-Rashid", SpeakerRole.INTERVIEWEE) in _speakers(text)


def test_a_catalogue_record_is_no_set_of_turns() -> None:
    text = ("What's Next for the Island?\n\n"
            "Publisher:  Against the Tide\n"
            "Date Written:  01/05/2015\n"
            "Year Published:  2015\n"
            "Resource Type:  Article\n"
            "Record Number:  RX20953\n\n"
            "Interview with Anne Morel conducted by Paul Dumas and published online in December 2014.\n\n"
            "AM: The issue of energy is not the central one in these negotiations. The island needs normal "
            "relations with a power that is ninety miles from its shores.\n\n"
            "The embargo has had very serious economic consequences, whatever the media have reported.\n")
    said = _speakers(text)
    assert not any(name in ("Resource Type", "Record Number", "Publisher") for name, _ in said)
    assert any(name == "Anne Morel" for name, _ in said)


def test_a_byline_that_ends_with_the_writers_handle_names_the_writer() -> None:
    text = ("The general, centre, at the talks. (Photo by Example/AFP)\n"
            "By Lena Tekle Haile @DrLena\n"
            "Addis Abeba - On 1 December, a year after the peace agreement was signed, the monitoring committee met "
            "for the third time. Its statement left out the regional administration, which took part.\n")
    assert ("Lena Tekle Haile", SpeakerRole.AUTHOR) in _speakers(text)


def test_the_outlet_a_conversation_is_with_asks_when_the_guest_follows_the_comma() -> None:
    text = ("Khan Q&A: 'The imbalance has to change'\n\n"
            "In a freewheeling conversation with Sahel Post, the former prime minister looks back at a turbulent "
            "year.\n\n"
            "Ali Khan, who was removed from power last year, says he is confident of victory.\n\n"
            "In an interview with Sahel Post at his Riverside home in the province's capital, Kano, Khan discusses "
            "his plans.\n\n"
            "Sahel Post: In January, your party dissolved two assemblies. What is your plan if the elections are "
            "delayed?\n\n"
            "Ali Khan: Every lawyer said elections must be held within 90 days. So who decides when they will "
            "happen? Why not next year?\n")
    st = SEG.segment(text)
    asked = [c for c in st.claims if c.is_question]
    assert asked and all(c.speaker == "Sahel Post" for c in asked)
    assert ("Ali Khan", SpeakerRole.INTERVIEWEE) in _speakers(text)


def test_initials_label_after_the_outlets_full_name_label_is_the_same_asker() -> None:
    text = ("Bureau chief Ana Holm sat down with President Tuomas Lind in Helsinki. The following are excerpts.\n\n"
            "The Nordic Herald: We've seen provocative behaviour by Russia. I'm wondering what you think its objective is.\n\n"
            "Lind: Well, first we have the catastrophe in Ukraine, and alongside it a lot of tension between Russia "
            "and the West.\n\n"
            "NH: Could this escalate?\n\n"
            "TL: I wouldn't say it would escalate as a military conflict.\n\n"
            "NH: What is Russia's broader objective?\n\n"
            "TL: That is due to the tension I described.\n")
    st = SEG.segment(text)
    first = next(s for s in st.segments if text[s.start:s.end].startswith("The Nordic Herald:"))
    assert first.kind is SegmentKind.QUESTION
    assert not any("provocative" in c.text for c in st.claims if not c.is_question)


def test_an_anchors_news_package_between_timed_soundbites_stays_the_anchors_text() -> None:
    text = ("Transcript\n\n"
            "Mara Stone (00:00):\n\n"
            "Good evening, I'm Mara Stone. In the streets of the capital, demonstrators are vowing to keep "
            "demanding the president's resignation despite a strong police response. At least 50 people are dead.\n\n"
            "Overnight there were more violent clashes between protesters and police, and dozens were injured.\n\n"
            "Luis Ortega (01:03):\n\n"
            "We want the president to step down and call new elections. The protests will continue.\n\n"
            "Mara Stone (01:11):\n\n"
            "The protests erupted across the country last month after the former president was arrested.\n")
    st = SEG.segment(text)
    said = [c for c in st.claims if "clashes" in c.text or "erupted" in c.text]
    assert said and all(c.speaker == "Mara Stone" and not c.is_question for c in said)
    assert any(c.speaker == "Luis Ortega" for c in st.claims)


def test_one_bracket_timed_label_over_an_opening_statement_is_a_turn() -> None:
    text = ("Lena Dahl (00:26):\n"
            "Okay. Good afternoon, ladies and gentlemen from the press. The foreign minister and I met the vice "
            "president today. We came here following a number of remarkable public comments on the island and "
            "Arctic security.\n"
            "(01:57)\n"
            "The island is, through the kingdom, a member of the alliance, and is therefore covered by its "
            "collective defence clause.\n")
    assert {name for name, _ in _speakers(text)} == {"Lena Dahl"}
