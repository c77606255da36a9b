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
    answers = [c for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR]
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
    text = ("Home > World > Europe\n\nPlay Live Radio\n\n0:00 0:00\n\nThe Baltic Question\n\n"
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


VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Anna Kovacs>Welcome to the briefing. Is the ceasefire

2
00:00:04.500 --> 00:00:07.000
<v Anna Kovacs>going to hold?

3
00:00:07.500 --> 00:00:10.000
<v Peter Lund>I doubt it. Both sides are

4
00:00:10.500 --> 00:00:12.000
<v Peter Lund>rearming quickly.
"""


def test_webvtt_voices_become_turns_and_sentences_join_across_cues() -> None:
    st = run(VTT)
    q = [c for c in st.claims if c.is_question]
    assert len(q) == 1 and q[0].text.startswith("Is the ceasefire") and q[0].text.endswith("going to hold?")
    assert q[0].speaker == "Anna Kovacs" and q[0].role is SpeakerRole.INTERVIEWER
    answers = [c for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR]
    assert [c.text[:14] for c in answers] == ["I doubt it.", "Both sides are"]
    assert answers[1].text.endswith("rearming quickly.")
    assert {(c.speaker, c.role) for c in answers} == {("Peter Lund", SpeakerRole.INTERVIEWEE)}
    assert not any(c.text.startswith(("<v", "0", "WEBVTT")) for c in st.claims)
    timing = [g for g in st.segments if g.kind is SegmentKind.CLUTTER]
    assert timing and {g.reason for g in timing} == {"timestamp"}


def test_srt_cue_numbers_and_timings_are_not_claims() -> None:
    srt = ("1\n00:00:01,000 --> 00:00:03,000\nThe talks failed because\n\n2\n00:00:03,500 --> 00:00:05,000\n"
           "Moscow refused. Kyiv waits.\n")
    st = run(srt)
    assert [c.text.split("\n")[0] for c in st.claims] == ["The talks failed because", "Kyiv waits."]
    assert st.claims[0].text.endswith("Moscow refused.")  # one sentence across two cues


def test_timestamps_glued_to_text_are_masked() -> None:
    text = "00:00So the talks failed.\n00:04[00:00:04] Moscow refused\n00:07and Kyiv waits.\n00:09Nobody is surprised.\n"
    st = run(text)
    assert [c.text for c in st.claims] == ["So the talks failed.", "Moscow refused\n00:07and Kyiv waits.", "Nobody is surprised."]


def test_inline_turns_after_pdf_extraction() -> None:
    text = ("Interview transcript\n\nAnna Berg: Will the truce hold? Omar Said: It may. The talks go on. "
            "Anna Berg: Why? Omar Said: Because both sides are tired. He said: no.\n")
    st = run(text)
    assert [(c.text, c.speaker, c.is_question) for c in st.claims] == [
        ("Will the truce hold?", "Anna Berg", True), ("It may.", "Omar Said", False),
        ("The talks go on.", "Omar Said", False), ("Why?", "Anna Berg", True),
        ("Because both sides are tired.", "Omar Said", False), ("He said: no.", "Omar Said", False)]
    # a colon after a sentence in an op-ed is no turn
    st = run("Europe has one choice. Washington: the capital that decides. It may not.\n")
    assert {c.role for c in st.claims} == {SpeakerRole.AUTHOR}


def test_lower_case_machine_captions_split_and_keep_questions() -> None:
    text = ("welcome to the programme. i'm lena kurz. is the border deal dead? my guest says it is not. "
            "the talks go on in geneva, and both sides want a result before the winter. what comes next? "
            "we will see. nobody expects a quick agreement. the ministers meet again on friday.\n")
    st = run(text)
    assert "is the border deal dead?" in [c.text for c in st.claims if c.is_question]
    assert "my guest says it is not." in [c.text for c in st.claims]
    assert all(c.role is not SpeakerRole.AUTHOR for c in st.claims)  # a caption transcript, not an op-ed


def test_em_dash_labels_and_dotted_initials() -> None:
    text = ("Karl Mertens \u2014 What has changed since the election?\n\n"
            "Ilse Varga Moreno \u2014 Almost everything. Our neighbours talk to us again.\n\n"
            "K. M. \u2014 And the old allies?\n\n"
            "I. V. M. \u2014 They are still waiting.\n")
    st = run(text)
    assert [(c.text, c.speaker, c.is_question) for c in st.claims] == [
        ("What has changed since the election?", "Karl Mertens", True),
        ("Almost everything.", "Ilse Varga Moreno", False), ("Our neighbours talk to us again.", "Ilse Varga Moreno", False),
        ("And the old allies?", "Karl Mertens", True), ("They are still waiting.", "Ilse Varga Moreno", False)]


def test_one_bare_question_is_enough_when_the_title_says_interview() -> None:
    text = ("Sahel after the juntas: an interview with Awa Diallo\n\n"
            "What changed when the French troops left?\n\n"
            "Less than people think. The juntas still depend on outside help.\n")
    st = run(text)
    assert [(c.text, c.is_question) for c in st.claims] == [
        ("What changed when the French troops left?", True), ("Less than people think.", False),
        ("The juntas still depend on outside help.", False)]
    assert {c.speaker for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Awa Diallo"}
    # an op-ed with one rhetorical question keeps it as the author's claim
    st = run("Sahel after the juntas\n\nThe French troops left. What changed? Less than people think.\n")
    assert not any(c.is_question for c in st.claims)


def test_dash_turns_run_together_in_paragraphs() -> None:
    # a dash-marked interview whose page lost its line breaks: "- Question? - Answer" in one paragraph
    text = ("- Last week the minister announced new talks with the rebels. Will they lead anywhere? "
            "- Frankly, I doubt it. The rebels have no reason to stop now.\n\n"
            "- What would change their minds? - Pressure from their backers. Nothing else works.\n")
    st = run(text)
    assert [(c.text, c.is_question, c.role) for c in st.claims] == [
        ("Will they lead anywhere?", True, SpeakerRole.INTERVIEWER),
        ("Frankly, I doubt it.", False, SpeakerRole.INTERVIEWEE),
        ("The rebels have no reason to stop now.", False, SpeakerRole.INTERVIEWEE),
        ("What would change their minds?", True, SpeakerRole.INTERVIEWER),
        ("Pressure from their backers.", False, SpeakerRole.INTERVIEWEE),
        ("Nothing else works.", False, SpeakerRole.INTERVIEWEE)]
    # an op-ed's dashes after a word are no turns
    st = run("The talks failed - again. Will they ever succeed? Nobody knows - not even the mediators.\n")
    assert not any(c.is_question for c in st.claims)


def test_newsmaker_in_the_set_up_is_not_the_interviewee() -> None:
    text = ("\u2013 Recently, Donald Trump announced a deal within a week. Is there any chance for success? "
            "\u2013 Well, I think the chances are lower than a month ago. Nobody has met yet.\n\n"
            "\u2013 Why does Moscow want Washington to stay? \u2013 Because it needs the pressure on Kyiv.\n")
    st = run(text)
    assert [c.text for c in st.claims if c.is_question] == ["Is there any chance for success?",
                                                             "Why does Moscow want Washington to stay?"]
    assert "Well, I think the chances are lower than a month ago." in [c.text for c in st.claims]
    assert {c.speaker for c in st.claims} == {None}  # Trump is the news, not the guest


def test_podcast_ad_read_is_clutter() -> None:
    text = ("Try the new travel card today, go to examplebank.com slash travel. Upfront payment of $20 required. "
            "See full terms at examplebank.com.\n\n"
            "Sanctions on oil exports are hurting the budget more than Moscow admits. The deficit keeps growing.\n")
    st = run(text)
    assert [c.text for c in st.claims] == ["Sanctions on oil exports are hurting the budget more than Moscow admits.",
                                           "The deficit keeps growing."]
    assert any(s.kind is SegmentKind.CLUTTER and s.reason == "ad" for s in st.segments)


def test_dash_interview_set_up_and_asking_turns_that_comment() -> None:
    # the text opens with the dash: the set-up before the first question is the interviewer's
    text = ("\u2013 The talks in Riyadh ended yesterday. Is there any chance for a truce?\n\n"
            "\u2013 Well, I think the chances are lower than a month ago. Nobody has met yet.\n\n"
            "\u2013 Why does Moscow want Washington to stay? Obviously, it cannot win alone.\n\n"
            "\u2013 Because it needs the pressure on Kyiv. That is all.\n")
    st = run(text)
    assert [(c.text, c.is_question) for c in st.claims] == [
        ("Is there any chance for a truce?", True), ("Well, I think the chances are lower than a month ago.", False),
        ("Nobody has met yet.", False), ("Why does Moscow want Washington to stay?", True),
        ("Because it needs the pressure on Kyiv.", False), ("That is all.", False)]
    assert {c.role for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {SpeakerRole.INTERVIEWEE}
    # an answer that asks itself a question and answers it stays the interviewee's
    text = ("\u2013 Is there any chance for a truce?\n\n"
            "\u2013 Why would there be? Nobody has met yet.\n\n"
            "\u2013 What about the envoys?\n\n"
            "\u2013 They are waiting. Nothing moves.\n")
    st = run(text)
    assert [c.text for c in st.claims if c.is_question] == ["Is there any chance for a truce?", "What about the envoys?"]


def test_military_rank_before_an_author_name() -> None:
    for line, name in (("Capt. Walker D. Ames", "Walker D. Ames"), ("By Lt. Gen. Ann Roe", "Ann Roe"), ("Captain Ann Roe", "Ann Roe")):
        text = (f"Deterring the Dragon: Forces Return to the Island\n\n{line}\n\n"
                "During the Cold War, deterrence was meant to prevent an invasion. Since then, the risk fell.\n\n"
                "Meanwhile, the United States has pivoted to Asia. Beijing has made its aims clear.\n")
        st = run(text)
        assert {(c.speaker, c.role) for c in st.claims} == {(name, SpeakerRole.AUTHOR)}, line


def test_byline_continued_on_the_next_line() -> None:
    text = ("By Erik Vandenberg\nand co-workers\nCan Beijing Take the Island?\n"
            "For 70 years, both sides have avoided disaster. But a consensus is forming that\n"
            "this peace may not last. Many analysts now argue for preparing for war.\n"
            "Will Beijing Try During The Third Term?\n"
            "Nobody knows. The signals are mixed and the costs are high.\n")
    st = run(text)
    assert st.segments[0].kind is SegmentKind.CLUTTER and st.segments[0].text == "By Erik Vandenberg\nand co-workers"
    assert {(c.speaker, c.role) for c in st.claims} == {("Erik Vandenberg", SpeakerRole.AUTHOR)}
    assert not any(c.is_question for c in st.claims)


def test_truncated_title_is_a_heading() -> None:
    text = ("The Fragile State of Deterrence in the Strait - Commission on Economic and ...\n\n"
            "Deterrence is weaker today than at any point in decades. Modernisation and failed coalitions both matter.\n\n"
            "The first pathway to conflict is a crisis. The second is a choice.\n")
    st = run(text)
    assert st.segments[0].kind is SegmentKind.HEADING
    assert st.claims[0].text.startswith("Deterrence is weaker")


def test_video_page_furniture() -> None:
    text = ("Regional bloc draws a line after a series of coups\n\n  \u2022 last year\n\nVisit our website:\n"
            "http://www.example.com\n\n"
            "The bloc gave the junta a week. Its leaders say force is an option. Few believe them.\n")
    st = run(text)
    assert [c.text for c in st.claims] == ["The bloc gave the junta a week.", "Its leaders say force is an option.",
                                           "Few believe them."]
    assert {s.reason for s in st.segments if s.kind is SegmentKind.CLUTTER} >= {"dateline", "share"}


def test_schedule_lines_are_no_speaker_labels() -> None:
    text = ("Fragile dawn over the valley: experts weigh the truce\n"
            "After two years of war, both sides agreed to a first phase\n"
            "By Ilse Marten\n"
            "Example Network Analysis\n"
            "When news of the truce broke, some residents allowed themselves hope.\n"
            "Still, many are reluctant to see this as anything but temporary.\n"
            "What the first phase demands\n"
            "The roadmap, as confirmed by diplomatic sources, operates on a tight schedule:\n"
            "- Thursday: The cabinet approves the truce; maps are published.\n"
            "- Friday\u2013Saturday: Troops pull back while captives are handed over.\n"
            "- Sunday: The envoy is expected to visit the region. The official end of the war is declared.\n"
            "- Monday: A large exchange of prisoners is supervised by mediators. The crossings reopen for aid.\n"
            "Under the deal, the militia must release its prisoners, and the government will free detainees.\n")
    st = run(text)
    assert {(c.speaker, c.role) for c in st.claims} == {("Ilse Marten", SpeakerRole.AUTHOR)}


def test_guest_who_recently_talked_to_an_outlet() -> None:
    text = ("The ministers met on Friday and excluded the junta chief.\n\n"
            "Daw Moe Lwin, coordinator at the Example Institute, recently talked to The Observer about the decision.\n\n"
            "What is your opinion of that decision?\n\n"
            "It is a rare move. The bloc has never done this before.\n\n"
            "What happens next?\n\n"
            "It is hard to say. The junta will resist.\n")
    st = run(text)
    assert {c.speaker for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Moe Lwin"}


def test_round_up_names_over_their_job_lines() -> None:
    text = ("What the election means abroad\n\nThree professors offer their views\n\n"
            "The election will shape foreign policy for four years.\n\nAllies are watching closely.\n\n"
            "Three professors offer brief insights:\n\nWar looms\n\n"
            "Ronald K. Lister\nProfessor of politics\nProvost, Carson College\n\n"
            "\u201cWar looms large in this election. Neither candidate has offered anything new.\u201d\n\n"
            "Bernard T. Reed\nAssociate professor of politics\n\n"
            "\u201cBeijing watches with amusement. It expects little change either way.\u201d\n")
    st = run(text)
    by = {c.text[:12]: c.speaker for c in st.claims}
    assert by["\u201cWar looms l"] == "Ronald K. Lister" and by["\u201cBeijing wat"] == "Bernard T. Reed"


def test_dash_turns_over_several_paragraphs() -> None:
    text = ("-\n\nMr. President, good afternoon!\n\nThank you for receiving us.\n\n"
            "Could you tell us first: is the ceasefire in effect?\n\n"
            "- First of all, thank you for coming.\n\nTimes are hard, and it is good to talk.\n\n"
            "-\n\nThank you.\n\n"
            "- To answer directly: no, the ceasefire is not observed.\n\nObservers on both sides say so.\n\n"
            "- Are there violations by your side?\n\nAnd if so, why?\n\n"
            "- This is not the place to discuss that.\n")
    st = run(text)
    assert [c.text for c in st.claims if c.is_question] == [
        "Could you tell us first: is the ceasefire in effect?", "Are there violations by your side?", "And if so, why?"]
    assert {c.role for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {SpeakerRole.INTERVIEWEE}
    assert "Thank you." not in [c.text for c in st.claims]  # the interviewer's, no claim


def test_the_guest_who_talks_most_is_not_the_interviewer_for_one_question() -> None:
    text = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Speaker 2>I was here when it happened, and it was a very strange day.\n\n"
            "00:00:04.000 --> 00:00:08.000\n<v Speaker 2>People in the capital were stunned. Everybody was asking, what did just happen?\n\n"
            "00:00:08.000 --> 00:00:11.000\n<v Speaker 4>Anna Ruiz is a journalist in the capital.\n\n"
            "00:00:11.000 --> 00:00:16.000\n<v Speaker 2>The president had been asked about it many times. He kept calling his rival a criminal.\n\n"
            "00:00:16.000 --> 00:00:21.000\n<v Speaker 2>There is no proof of that whatsoever, but he kept saying it, and people believed him.\n")
    st = run(text)
    said = [c.text for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR]
    assert "He kept calling his rival a criminal." in said and "There is no proof of that whatsoever" in said
    assert not any(c.role is SpeakerRole.INTERVIEWER for c in st.claims)


def test_image_placeholder_is_no_author() -> None:
    st = run("Placeholder Image\n\nThe talks failed again. Nobody expected otherwise.\n\nBoth sides blame each other.\n")
    assert {c.speaker for c in st.claims} == {None}
    assert st.segments[0].kind is SegmentKind.CLUTTER and st.segments[0].reason == "caption"


def test_paywall_and_see_more_teasers() -> None:
    text = ("The fork in the road\n\nBelgrade must choose between Brussels and Moscow. It cannot have both.\n\n"
            "SEE MORE Is the bloc facing a new crisis at sea?\n\n"
            "Pristina wants recognition first. Belgrade refuses. The talks have stalled for a year now.\n\n"
            "To read this story, log in or subscribe\n\n"
            "Enjoy access to all articles and 25 years of archives. Become a member for as low as 2 euros per week.\n")
    st = run(text)
    assert [c.text for c in st.claims] == ["Belgrade must choose between Brussels and Moscow.", "It cannot have both.",
                                           "Pristina wants recognition first.", "Belgrade refuses.",
                                           "The talks have stalled for a year now."]


def test_clip_label_of_a_person_the_host_names_after_a_long_office() -> None:
    text = ("Podcast: New asylum deals in the region\n\n"
            "The following is a transcript of episode 34 of the weekly podcast.\n\n"
            "NOEL: The president has a clear message for those here illegally: leave now. We will find you.\n\n"
            "GRESTON, HOST: In recent months, Department of Homeland Security Secretary Kristi Noel has been running "
            "commercials like this. This week she made the regional rounds herself.\n")
    st = run(text)
    clip = [c for c in st.claims if c.text.startswith("The president has a clear message")]
    assert clip and clip[0].speaker == "Kristi Noel"


def test_co_authors_desk_bylines_and_says_x_for_outlet_name_the_author() -> None:
    co = run("Ports, power and the new scramble\n\nMarta Lindqvist And Owen Farrell\nFiled on March 3, 2019\n\n"
             "The region's ports have become a prize. Three powers now compete for them.\n")
    assert {c.speaker for c in co.claims} == {"Marta Lindqvist and Owen Farrell"}
    assert [s.reason for s in co.segments if s.kind is SegmentKind.CLUTTER] == ["byline", "byline"]
    desk = run("By Coastal Daily News Desk\nPORT LOUIS - Tensions over the atoll are rising again. Talks have stalled.\n")
    assert {c.speaker for c in desk.claims} == {"Coastal Daily News Desk"}
    board = run("The case for talks\n\nBy The Editorial Board\n\nThe war has entered its third year. Diplomacy must resume.\n")
    assert {c.speaker for c in board.claims} == {"The Editorial Board"}
    says = run("Commentary: An old rivalry looks ahead\n\nTwo leaders meet this week in a bold departure from the past, "
               "says Aoife Brennan for Harbour Opinion.\n\nThe summit opens on Friday. Both sides want a deal.\n")
    assert {c.speaker for c in says.claims} == {"Aoife Brennan"}
    # two places joined by "and" under a title are no authors
    places = run("A fragile truce\n\nNorth Macedonia and South Sudan\n\nThe truce held for a week. Then it broke.\n")
    assert {c.speaker for c in places.claims} == {None}


def test_one_numbered_or_set_up_question_opens_an_excerpt_of_an_interview() -> None:
    numbered = run("1.   What are your priority goals as the new envoy to Astana?\n\n"
                   "The priority goals of the embassy are set out in the joint statement of our presidents.\n\n"
                   "The most important among them are regular contacts at the highest level and the practical "
                   "implementation of what was agreed.\n\nAnother is direct ties between firms and regions.\n")
    assert [c.is_question for c in numbered.claims][:2] == [True, False]
    assert {c.role for c in numbered.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {SpeakerRole.INTERVIEWEE}
    set_up = run("Recent governments have tried to widen the country's influence abroad. Given the changes at the "
                 "foreign ministry, do you think its diplomacy has changed, and what would you improve?\n\n"
                 "Despite the importance of foreign relations to our country, we have seen our diplomacy lose its "
                 "lustre over the last few years.\n\nI see parts of the government still stuck to old platforms. "
                 "We must rethink our place in the world and build a new strategy.\n")
    assert set_up.claims[-1].is_question is False and set_up.claims[0].role is SpeakerRole.INTERVIEWER
    assert {c.role for c in set_up.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {SpeakerRole.INTERVIEWEE}
    # an analysis that quotes a question put to someone else stays the author's
    quoted = run("The general on television\n\nThe general gave his first long interview this week. He was pressed only "
                 "lightly, yet he rebuked the presenters, saying, \u201cDo you want to listen or do you want to talk?\u201d\n\n"
                 "On the release of militants, he blamed his predecessor. The record says otherwise.\n\n"
                 "On the protest law he skirted the issue. Street unrest has not ended.\n")
    assert {c.role for c in quoted.claims} == {SpeakerRole.AUTHOR}


def test_a_title_naming_whose_interview_it_is_names_the_interviewee() -> None:
    text = ("Farid Osmani\u2019s interview: the region needs a political settlement\n\n"
            "Kabul. Prime Minister Farid Osmani has faulted his neighbours for the crisis. He said so to a "
            "television channel on Tuesday. Here is how he answered.\n\n"
            "Q1. What went wrong?\nA1. Everybody wanted a military answer. There was none.\n\n"
            "Q2. What comes next?\nA2. Talks, and nothing else. We are ready.\n")
    st = run(text)
    assert {c.speaker for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Farid Osmani"}
    # an op-ed that discusses someone's interview is still its author's
    oped = run("What the Kremlin wants\n\nVladimir Putin's interview with a talk-show host last week was a "
               "masterclass in grievance. He spoke for two hours.\n\nThe West should not take the bait.\n")
    assert {c.speaker for c in oped.claims} == {None}


def test_reader_widgets_are_no_author() -> None:
    text = ("Why the rapprochement will hold this time\n\nA rapprochement that seemed impossible is now happening\n\n"
            "Amal Haddad\nAmal Haddad\nPublished: Updated:\nRead Mode\n100% Font Size\n\n"
            "The two capitals have invited each other's ministers. And I think the sceptics are mistaken.\n")
    st = run(text)
    assert {c.speaker for c in st.claims} == {"Amal Haddad"}
    assert [s.reason for s in st.segments if s.text in ("Read Mode", "100% Font Size")] == ["share", "share"]
