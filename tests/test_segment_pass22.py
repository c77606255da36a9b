"""Layouts from the twenty-second pass's dev sets (texts written for the project)."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter


def _kinds(text: str) -> list[tuple[str, str, str | None, str | None]]:
    st = RuleSegmenter().segment(text)
    return [(g.kind.value, g.text.strip(), getattr(g, "speaker", None), getattr(g, "reason", None)) for g in st.segments]


def test_a_turn_label_with_a_long_job_names_the_guest() -> None:
    text = ("Sylvania's new course\n\n"
            "Mira Kovac, Radio North: What are Sylvania's plans for the region?\n\n"
            "Anton Weiss, First Deputy Chairman of the Senate of Sylvania:\n\n"
            "\u201cA few years ago the region was a zone of uncertainty. Today we look at it with optimism.\u201d\n\n"
            "Radio North: What about the trade route to the south?\n\n"
            "Anton Weiss, First Deputy Chairman of the Senate of Sylvania:\n\n"
            "\u201cThe route is open again. We expect trade to double within five years.\u201d\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if c.text.startswith("\u201c")]
    assert len(answers) == 2 and {c.speaker for c in answers} == {"Anton Weiss"}
    assert all(c.role is SpeakerRole.INTERVIEWEE for c in answers)


def test_a_blog_author_box_names_the_author_and_its_footer_is_clutter() -> None:
    text = ("The border no one guards\n\n"
            "Thousands have crossed the northern border this year, and the government in Sylvania looks away. "
            "Its calculations are political, not humanitarian.\n\n"
            "The neighbours have noticed, and they are not pleased. Trade talks stalled in March.\n\n"
            "Nobody in the capital wants to pay the price of a real policy.\n\n"
            "About Lina Duarte\n\n"
            "A commentator on the politics of the northern states. I may not have every answer but I know the "
            "questions to ask.\n"
            "This entry was posted in Politics, Sylvania, Migration. Bookmark the permalink.\n\n"
            "2 Responses to The border no one guards\n")
    rows = _kinds(text)
    body = [r for r in rows if r[0] == "answer"]
    assert len(body) == 3 and {r[2] for r in body} == {"Lina Duarte"}
    tail = {r[1][:20]: r[3] for r in rows if r[0] == "clutter"}
    assert tail["About Lina Duarte"] == "author_bio" and tail["A commentator on the"] == "author_bio"
    assert "2 Responses to The b" in tail


def test_subscription_renewal_prompts_and_captions_are_clutter() -> None:
    text = ("Hello\n\n"
            "Your subscription is almost coming to an end. Don\u2019t miss out on the great content.\n\n"
            "Ready to continue your informative journey with us?\n\n"
            "Your premium access has ended. Renew now to unlock exclusive stories.\n\n"
            "Reclaim your full access. Click below to renew.\n\n"
            "Anton Weiss\nCaption for the landscape image:\n\n"
            "How the mission became a burden\n\n"
            "Scroll down to read the article\n\n"
            "President Anton Weiss greets police officers on his arrival in the capital.\n\n"
            "Photo credit: PCS\n\n"
            "An old proverb says that patience finds everything. For Sylvania, patience has run out. The mission "
            "has cost more than anyone planned.\n\n"
            "Here is how it started. In 2023, Sylvania offered to lead the mission, months after the request.\n")
    st = RuleSegmenter().segment(text)
    assert not [g for g in st.segments if g.kind is SegmentKind.QUESTION]
    reasons = {g.text.strip()[:25]: g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER}
    assert reasons["Your premium access has e"] == "subscribe" and reasons["Reclaim your full access."] == "subscribe"
    assert reasons["Scroll down to read the a"] == "navigation"
    assert reasons["President Anton Weiss gre"] == "caption"  # a caption over its credit line
    claims = [c for c in st.claims if c.text.startswith(("An old proverb", "Here is how"))]
    assert len(claims) == 2 and all(c.speaker is None and c.role is SpeakerRole.AUTHOR for c in claims)


def test_a_bio_under_the_byline_and_an_agency_photo_credit_are_clutter() -> None:
    text = ("Why a truce in the north but not in the south?\n\n"
            "Lina Duarte\n\n"
            "Lina Duarte is the founding editor of The Northern Times. She is the author of two books on the war.\n\n"
            "Supporters pose near a destroyed launcher after the truce took effect on Wednesday, in the border "
            "village of Kfar Lanna, where fighting had raged for fourteen months before the ceasefire. (AP Photo/Jo Tan)\n\n"
            "These are the very first hours of the truce. The timeline is already slipping.\n\n"
            "By the time you read this, things may have calmed down.\n")
    rows = _kinds(text)
    reasons = {r[1][:20]: r[3] for r in rows if r[0] == "clutter"}
    assert reasons["Lina Duarte is the f"] == "author_bio" and reasons["Supporters pose near"] == "caption"
    body = [r for r in rows if r[0] == "answer"]
    assert len(body) == 2 and {r[2] for r in body} == {"Lina Duarte"}
    # a country's name over a section is no byline: its first paragraph is text, not a bio
    section = ("The Sahel pact\n\nThe three juntas signed a defence pact this month.\n\nBurkina Faso\n\n"
               "Burkina Faso has been under military rule since 2022, when soldiers led by an army captain took power.\n")
    assert any(r[0] == "answer" and r[1].startswith("Burkina Faso has been") for r in _kinds(section))


def test_a_round_up_with_abbreviations_in_a_job_and_a_hand_over_that_calls_for() -> None:
    text = ("Foreign experts on the truce\n\n"
            "Mark Hale, columnist for The Northern Times:\n\n"
            "\"The proposed deal is not particularly attractive to either side.\"\n\n"
            "Wes Carter, retired U.S. Army General, former commander of the allied forces in Europe:\n\n"
            "\"He can agree to a ceasefire now and resume the war later.\"\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.text.startswith("\"")} == {"Mark Hale", "Wes Carter"}
    review = ("Protests spread in Sylvania\n\n"
              "Students are blockading forty faculties. Commentators see the situation escalating.\n\n"
              "Vremenik calls for reinforcements for the students:\n\n"
              "\u201cThe older ones must now decide whom they trust. The old must join the young.\u201d\n\n"
              "The protests could mark the beginning of the end for the president, Telegraf concludes:\n\n"
              "\u201cEven people who do not follow politics have heard of the student revolt.\u201d\n")
    st = RuleSegmenter().segment(review)
    assert {c.speaker for c in st.claims if c.text.startswith("\u201c")} == {"Vremenik", "Telegraf"}


def test_a_co_host_who_asks_in_half_of_his_turns_is_an_interviewer() -> None:
    text = ("Transcript\n\n"
            "Carla Bick: On a scale of one to ten, how awkward is it that their president forgot our leader's name?\n\n"
            "Simon Berg: Well, look, he is known for being a folksy sort of guy, and that was just his character.\n\n"
            "Wally Ames: Can I ask, do you actually believe what you just said?\n\n"
            "Simon Berg: Sorry, who was it there that I was talking to?\n\n"
            "Carla Bick: So let's talk submarines. What's the message we're sending to the region?\n\n"
            "Simon Berg: The message is that we invest in our own sovereign capability for decades to come.\n\n"
            "Wally Ames: So we are willing to invest. But this is not yet a formal agreement. There is another "
            "reading of this, which is that we have sided with the declining power.\n\n"
            "Simon Berg: We have sided with a very long-term ally, in the seventy-first year of the alliance.\n")
    st = RuleSegmenter().segment(text)
    asked = {g.speaker for g in st.segments if g.kind is SegmentKind.QUESTION}
    assert asked == {"Carla Bick", "Wally Ames"}
    assert {c.speaker for c in st.claims if c.role is SpeakerRole.INTERVIEWEE} == {"Simon Berg"}


def test_podcast_page_prompts_are_clutter() -> None:
    text = ("Interview: Dara Nouri on the aftermath of the strike\n\n"
            "We\u2019re in our seventh season. If you would like to support the show, please become a subscriber on "
            "our Patreon page.\n\n"
            "For the first interview of the year, the hosts are joined by Dara Nouri, a professor in the capital.\n\n"
            "To listen to the interview, click on the above player or go here.\n\n"
            "Below is a full transcript of the interview with Dara Nouri with a few very minor edits.\n\n"
            "Visit our website at example.news.\n")
    reasons = {r[1][:20]: r[3] for r in _kinds(text) if r[0] == "clutter"}
    assert reasons.get("We\u2019re in our seventh") == "subscribe"
    assert reasons.get("To listen to the int") == "media" and reasons.get("Below is a full tran") == "editor_note"
    assert reasons.get("Visit our website at") == "share"


def test_a_transcript_whose_capitalised_names_lost_their_colons() -> None:
    text = ("Release content\n\n2 December 2019\n\n"
            "TONY BARNES Good evening and welcome to the programme. I'm Tony Barnes. We're broadcasting tonight "
            "from the capital. Please welcome our panel.\n\n"
            "LENA SOTO, FORMER PRIME MINISTER OF SYLVANIA 2013-19 Thank you very much. We are a small country and "
            "the sea is rising around us.\n\n"
            "TONY BARNES Is the region safer than it was a decade ago?\n\n"
            "LENA SOTO, FORMER PRIME MINISTER OF SYLVANIA 2013-19 I don't think so. The big powers are back.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if c.role is SpeakerRole.INTERVIEWEE]
    assert answers and {c.speaker for c in answers} == {"Lena Soto"}
    assert {g.speaker for g in st.segments if g.kind is SegmentKind.QUESTION} == {"Tony Barnes"}
    # one capitalised lead is a dateline, not a turn
    one = RuleSegmenter().segment("UNITED NATIONS The council met on Monday. Nobody expected a vote.\n\n"
                                  "The talks resume next week in Geneva.\n")
    assert {c.role for c in one.claims} == {SpeakerRole.AUTHOR}


def test_a_bloggers_own_interview_is_his_and_a_platform_credit_is_a_caption() -> None:
    text = ("Categories: Anna Berg\n\n"
            "Trouble in the north comes from the south\n\n"
            "I did this interview for Jo Tan of the capital's TV1 yesterday:\n\n"
            "Q: It has been two weeks since the barricades went up. Should the peacekeepers act now?\n\n"
            "A: They should not have allowed the barricades, but now they need to proceed with caution.\n\n"
            "Q: Is the government in the south responsible for the groups behind them?\n\n"
            "A: Yes, they are its agents. None of this would happen without its approval.\n")
    st = RuleSegmenter().segment(text)
    answers = [g for g in st.segments if g.kind is SegmentKind.ANSWER]
    assert len(answers) == 2 and {g.speaker for g in answers} == {"Anna Berg"}
    caption = ("Grading the response\n\nDealing with a bully is never easy. The tariffs hurt both sides.\n\n"
               "Cabinet meeting in the capital.\nSome of the questions the president raised are valid, Jo Tan writes. "
               "(Leo Marsh/X)\n\nTrade imbalances do exist. That is a valid and factual statement.\n")
    reasons = {g.text.strip()[:20]: g.reason for g in RuleSegmenter().segment(caption).segments
               if g.kind is SegmentKind.CLUTTER}
    assert reasons.get("Some of the question") == "caption"


def test_a_floor_speech_a_glued_byline_and_an_interview_i_gave() -> None:
    record = ("[Congressional Record Volume 168]\n[Extensions of Remarks]\n"
              "EXPRESSING CONCERN WITH POLICY TOWARDS SYLVANIA\n______\n"
              "HON. ANNA B. KOWAL\nof ohio\nin the house of representatives\nWednesday, March 30, 2022\n"
              "Mrs. KOWAL. Madam Speaker, I rise today to address the failure of our policy towards Sylvania. "
              "The shift towards its neighbour was not out of the blue.\n"
              "This strategic shift began in 2019, when the prime minister broke ties with the west.\n")
    st = RuleSegmenter().segment(record)
    assert {c.speaker for c in st.claims} == {"Anna B. Kowal"}
    glued = ("Weekly Report | Vol. XI\n\nSylvania: Confusions cloud the peace process\n\n"
             "Lina Duarte \u201cWe know from the past forty years that bullets do not stop war,\u201d said a farmer "
             "interviewed recently. The war has gone on for too long.\n\nConfusion\n\n"
             "The presence of several factions makes the talks harder.\n")
    assert {c.speaker for c in RuleSegmenter().segment(glued).claims} == {"Lina Duarte"}
    quoted = ("Talks stall\n\nJoe Marsh \u201chas failed,\u201d the senator said on Monday. The talks stalled.\n\n"
              "Nobody expects a deal this year.\n")
    assert {c.speaker for c in RuleSegmenter().segment(quoted).claims} == {None}
    blog = ("Categories: Anna Berg\n\nDialogue will work when people support it\n\n"
            "Koha today published an interview I gave yesterday to Jo Tan:\n\n"
            "Q: Will this year bring the final recognition?\n\nA: No, I don't. I see no sign of it.\n\n"
            "Q: Where is the dialogue stuck?\n\nA: In the domestic politics of both countries.\n")
    answers = [g for g in RuleSegmenter().segment(blog).segments if g.kind is SegmentKind.ANSWER]
    assert answers and {g.speaker for g in answers} == {"Anna Berg"}


def test_a_numbered_voice_welcomed_by_name_and_honorific_is_that_guest() -> None:
    text = ("Episode Transcript\n"
            "Speaker 1 (00:00):\nThis is the Review podcast.\n"
            "Speaker 2 (00:04):\nMy guest today has written four books on the region and served there for years.\n"
            "Speaker 1 (00:37):\nTe Lak Devasher, Sir, Welcome on the show.\n"
            "Speaker 3 (00:40):\nThank you so much. I am looking forward to a conversation.\n"
            "Speaker 2 (00:47):\nSo let's begin by asking you about the army chief and his plans for the country\n"
            "Speaker 3 (01:10):\nThere are a lot of straws in the wind. The army has the upper hand now.\n")
    st = RuleSegmenter().segment(text)
    assert "Te Lak Devasher" in {g.speaker for g in st.segments}
    assert "Speaker 3" not in {g.speaker for g in st.segments}


def test_a_podcasts_chapter_list_is_clutter_and_a_guest_gets_her_full_name() -> None:
    text = ("All Episodes\n\nOctober 31, 2025 37 mins\n\n"
            "Three weeks after her prize, opposition leader Lina Sofía Duarte backs foreign pressure on her country. "
            "Mark speaks to Lina Sofia on the strikes and the need for strength to secure peace.\n\n"
            "03:24 - \"I had to go into hiding\"\n\n03:51 - Impact of the prize\n\n05:38 - The military build-up\n\n"
            "10:21 - Prospect of ground strikes\n\n"
            "Episode Transcript\n"
            "Speaker 1 (00:02):\nBloomberg Audio Studios, Podcasts, radio News.\n\n"
            "Speaker 2 (00:08):\nI believe that the increased pressure is the only way to force the regime to understand "
            "that it is time to go.\n\n"
            "Speaker 1 (00:20):\nLina Sofia Duarte, activist, politician and now winner of the prize. Isn't it the case "
            "that you need foreign troops\n\n"
            "Speaker 2 (00:35):\nWell, I think that history shows that is correct. We are ready to take our government.\n")
    st = RuleSegmenter().segment(text)
    reasons = {g.text.strip()[:12]: g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER}
    assert all(reasons.get(k) == "navigation" for k in ("03:24 - \"I h", "03:51 - Impa", "10:21 - Pros"))
    spoken = {g.speaker for g in st.segments if g.text.split("\n", 1)[-1].startswith(("I believe", "Well, I think"))}
    assert spoken == {"Lina Sofía Duarte"}


def test_an_exclusive_interview_announces_the_bare_questions_after_a_long_standfirst() -> None:
    text = ("'It would be better if the leader leaves soon'\n\n"
            "Prof Anna Berg shares her views on the interim government in an exclusive interview with the Tribune\n\n"
            "Anna Berg is a scholar of government and a fellow of the Foundation.\n\n"
            "A retired professor of politics, Berg shares her views on the current situation and the interim "
            "government of Sylvania.\n\n"
            "Why did the leader feel compelled to leave the country at the last moment?\n\n"
            "The departure was not a sudden event but the result of mounting pressures. The government's delayed "
            "decisions led to growing public anger.\n\n"
            "Is there a risk that relations with the neighbour will suffer?\n\n"
            "I don't believe it will have a significant negative impact if the leader stays out of politics.\n")
    st = RuleSegmenter().segment(text)
    asked = [g.text.strip()[:10] for g in st.segments if g.kind is SegmentKind.QUESTION]
    assert asked == ["Why did th", "Is there a"]


def test_a_page_archives_date_stamp_run_into_the_first_line_is_masked() -> None:
    text = (" date 2022-06-13 Q: You refer to the outside powers here. Your reference is to the north?\n\n"
            "Especially the north. But I also notice some distant countries sending their warships here.\n\n"
            "Q: What do you think of the two leaders' personal chemistry?\n\n"
            "I think when leaders actually meet, they communicate very well face to face.\n")
    st = RuleSegmenter().segment(text)
    assert [g.kind for g in st.segments] == [SegmentKind.QUESTION, SegmentKind.ANSWER] * 2
    assert not any("2022" in c.text for c in st.claims)


def test_spanish_style_marks_an_announced_interview_and_the_journalists_byline() -> None:
    marks = ("Rafael Soto has the soul of a newspaper editor. He answers from exile, via a video call.\n\n"
             "Ask. Do you already know who the candidate will be?\n\n"
             "Answer. We are discussing various names. The primaries are on Saturday.\n\n"
             "Q. Do you think you will win the elections?\n\n"
             "R. We have a healthy confidence, which is not self-sufficiency.\n")
    kinds = [g.kind for g in RuleSegmenter().segment(marks).segments if g.text.startswith(("Ask.", "Answer.", "Q.", "R."))]
    assert kinds == [SegmentKind.QUESTION, SegmentKind.ANSWER] * 2
    text = ("Ana Ruiz: \"What counts is the result\"\n\nThomas Osborne\n06 February 2023 Monday 01:40\n\n"
            "Strong support for the neighbour after the invasion. A summit in the capital in July. Clear improvement "
            "in relations with the north. The Tribune has interviewed the foreign minister, Ana Ruiz, to review that "
            "year.\n\n"
            "Is a summit without the king a good summit?\n\n"
            "There have never been so many ministers on both sides of the table. We went in search of results.\n")
    st = RuleSegmenter().segment(text)
    assert [g.text[:10] for g in st.segments if g.kind is SegmentKind.QUESTION] == ["Is a summi"]
    assert {g.speaker for g in st.segments if g.kind is SegmentKind.ANSWER} == {"Ana Ruiz"}


def test_the_hosts_name_over_his_greeting_is_his_first_turn() -> None:
    turns = [("Lina Duarte", "Well, ten years on from the agreement, the landscape has changed in the region."),
             ("Mark Hale", "That's the one known as the accord."),
             ("Lina Duarte", "Yes, that's right. And the programme has advanced a great deal since then."),
             ("Mark Hale", "And what does the other side want from these talks now?"),
             ("Lina Duarte", "Relief from sanctions, above all, and some guarantee that a deal will last."),
             ("Mark Hale", "Can anyone give such a guarantee?"),
             ("Lina Duarte", "No one can, and both sides know it. That is why the talks are so fragile.")]
    text = ("Transcript: Talks could reshape the region\n\n"
            "This is an audio transcript of the Review podcast episode: 'Talks could reshape the region'\n[MUSIC PLAYING]\n"
            "Mark Hale\nHello, and welcome to the Review. I'm Mark Hale, chief commentator of the Times.\n"
            "My guest is Lina Duarte, director of the Middle East programme.\n"
            "So, is the region heading for a deal or for war?\n" + "".join(f"{n}\n{x}\n" for n, x in turns))
    st = RuleSegmenter().segment(text)
    first = [g for g in st.segments if "welcome to the Review" in g.text]
    assert first and first[0].speaker == "Mark Hale" and first[0].kind is not SegmentKind.CLUTTER
    assert {g.speaker for g in st.segments if g.kind is SegmentKind.ANSWER} == {"Lina Duarte"}


def test_a_podcast_sites_starting_points_are_timestamps_and_a_hosts_bio_line_is_talk() -> None:
    lines = ["Starting point is 00:00:00 Anna Berg, correspondent with the Times, tells our host what went wrong.",
             "Starting point is 00:00:25 Mark Hale is a correspondent with the Times in the capital.",
             "Starting point is 00:00:40 Mark, what is it like on the island right now?",
             "Starting point is 00:00:52 It is dark most nights. The grid has failed again and people are angry.",
             "Starting point is 00:01:10 Why does the grid keep failing?",
             "Starting point is 00:01:20 Because there is no money for fuel, and the plants are old."]
    text = "The Current - Blackouts on the island\n\nTranscript\n" + "\n".join(lines) + "\n"
    st = RuleSegmenter().segment(text)
    assert not any("Starting point" in c.text for c in st.claims)
    assert not [g for g in st.segments if g.kind is SegmentKind.CLUTTER and g.reason == "author_bio"]


def test_ministry_transcripts_and_briefings_name_the_official() -> None:
    hyphen = ("CHECK AGAINST DELIVERY\n"
              "PRESENTER- Thank you, Your Excellency, for seeing us. How did you make this transformation?\n"
              "FOREIGN MINISTER ANA RUİZ- Well, thank you very much. I think of myself as a servant of the people.\n"
              "PRESENTER- Okay. What do you expect from the summit?\n"
              "FOREIGN MINISTER ANA RUİZ- Well, first of all, we expect a clear commitment to peace.\n")
    st = RuleSegmenter().segment(hyphen)
    assert {g.speaker for g in st.segments if g.kind is SegmentKind.ANSWER} == {"Ana Ruiz"}
    assert st.segments[0].kind is SegmentKind.CLUTTER
    captions = ("THE U.S.\n\nFOCUS ON THE MINERAL- RICH TERRITORY SIGNALS A GROWING INTEREST IN THE REGION.\n\n"
                "AND KEN ROSEN, WELCOME TO THE SHOW.\n\n>> THANKS, WALTER.\n")
    assert not any(g.speaker and "Mineral" in g.speaker for g in RuleSegmenter().segment(captions).segments)
    office = ("Extraordinary Press Conference by Foreign Minister MOTEGI Taro\n\n"
              "Reporter: The neighbour has attacked. Please share your thoughts.\n\n"
              "Minister MOTEGI: We are collecting information. We will protect our nationals.\n\n"
              "Reporter: Will you send a special envoy?\n\n"
              "Minister MOTEGI: That is a hypothetical question. We are not considering it now.\n")
    st = RuleSegmenter().segment(office)
    assert {g.speaker for g in st.segments if g.kind is SegmentKind.ANSWER} == {"MOTEGI Taro"}
    remarks = ("Remarks by High Representative/Vice-President Ana Berg upon arrival at the Council\n"
               "Q. Do you have a proposal on how to deal with the neighbour after the agreement?\n"
               "You know that we already delivered a communication on that. We will continue talking.\n"
               "Q. What does the language of power mean in your mind?\n"
               "It means being able to react using all the tools we have.\n")
    st = RuleSegmenter().segment(remarks)
    assert {g.speaker for g in st.segments if g.kind is SegmentKind.ANSWER} == {"Ana Berg"}


def test_a_briefings_bare_question_and_answer_marks() -> None:
    text = ("Foreign Ministry Spokesperson Li Wen's Regular Press Conference on January 13, 2020\n\n"
            "Published on Jan 13, 2020\n"
            "At the invitation of the Forum's founder, the Vice Premier will attend the annual meeting in the Alps "
            "and visit the host country from January 20 to 21.\n"
            "At the invitation of the Foreign Minister, the Minister of Foreign Affairs of the Republic will visit "
            "the capital from January 13 to 16.\n"
            "The Vice Premier will also sign the trade agreement in the capital of the north on January 15.\n"
            "Q The military admitted that they shot down the jetliner. What is your comment on this?\n"
            "A We are deeply saddened by this tragic crash. We express our condolences to the families.\n"
            "Q The ministry started using a new account in December. Can you tell us its purpose?\n"
            "A First I would like to thank you for your interest in our account.\n")
    st = RuleSegmenter().segment(text)
    assert [g.kind for g in st.segments[-4:]] == [SegmentKind.QUESTION, SegmentKind.ANSWER] * 2
    assert {g.speaker for g in st.segments if g.kind is SegmentKind.ANSWER} == {"Li Wen"}
    prose = "A new era begins. The talks resume.\n\nA second round is planned for May.\n"
    assert not [g for g in RuleSegmenter().segment(prose).segments if g.kind is SegmentKind.QUESTION]


def test_page_counters_and_an_edited_interview_note() -> None:
    text = ("Interview with an analyst: the crisis will go on\n\nAhmed Salem , Tuesday 20 Jun 2017\n"
            "Views: 2184\nViews: 2184\n\nBased on current facts, I lean towards escalation. The crisis will continue.\n\n"
            "Qatar pivoted towards the east after the sanctions. Anna Berg, a professor, says so too.\n")
    st = RuleSegmenter().segment(text)
    assert not any(g.speaker == "Views" for g in st.segments)
    assert [g.reason for g in st.segments if g.text.startswith("Views")] == ["other", "other"]
    edited = ("Since taking office, the president has pushed his nation closer to the west.\n"
              "The visit next week is meant to draw attention to a railway project.\n"
              "It is also an effort to counter the influence of the east, invested there for years.\n"
              "At the palace in the capital, the president discussed his hopes for the visit.\n"
              "The interview has been edited and condensed for clarity.\n"
              "Clearly, you are making an effort to reach out to the west. Why?\n"
              "We want investment coming to our country, and we need to take this step.\n"
              "What do you hope to get out of the visit?\n"
              "When a head of state visits, that conveys a sign of confidence to business.\n")
    asked = [g.text[:10] for g in RuleSegmenter().segment(edited).segments if g.kind is SegmentKind.QUESTION]
    assert asked == ["Clearly, y", "What do yo"]


def test_a_podcast_host_talking_with_a_guest_in_one_running_transcript() -> None:
    text = ("Welcome to the Region update podcast. I'm Jo Tan, a senior lecturer in international relations, and "
            "I'm talking today with Professor Lina Duarte. Lina is a professor of East European studies. So thanks "
            "for joining me on the podcast today, Lina. It's my pleasure, Jo. The invasion has had ripple effects "
            "far beyond the two countries.\n"
            "So how has the invasion been viewed from the perspective of the Central Asian states?\n"
            "Seen from Central Asia, it is an important episode in a history that goes back 150 years.\n"
            "It is not a turning point, but it is certainly a landmark event for the region.\n")
    st = RuleSegmenter().segment(text)
    assert "Lina Duarte" in {c.speaker for c in st.claims}
    assert "Jo Tan" not in {c.speaker for c in st.claims}
