"""Turn labels seen once: surnames that alternate over running speech, a label alone on its line
under a speaker list, and the look-alikes that are no turns (datelines, widget help, headlines).
Texts written for these tests."""

from __future__ import annotations

from polisent.records import CueKind, SpeakerRole
from polisent.segment import RuleSegmenter


def _claims(text: str):
    return [c for c in RuleSegmenter().segment(text).claims]


def test_two_surname_labels_with_an_unlabelled_question_between() -> None:
    text = ("Brandt: Outside mediators cannot be expected to understand the harbour dispute better than the two "
            "towns do. The ministry still fails to see what the traders lose.\n\n"
            "Over the past ten years, both of you worked on the dispute. Which issue was the hardest?\n\n"
            "Okafor: The hardest issue is that nobody pays for broken promises. The navy keeps building on the pier.\n")
    cl = _claims(text)
    q = [c for c in cl if c.is_question]
    assert [c.text for c in q] == ["Which issue was the hardest?"]
    assert q[0].role is SpeakerRole.INTERVIEWER and q[0].speaker is None
    by = {c.text: (c.speaker, c.role) for c in cl if not c.is_question and c.role is not SpeakerRole.EDITOR}
    assert by["The ministry still fails to see what the traders lose."] == ("Brandt", SpeakerRole.INTERVIEWEE)
    assert by["The navy keeps building on the pier."] == ("Okafor", SpeakerRole.INTERVIEWEE)


def test_one_surname_label_named_in_full_by_the_bio_line() -> None:
    text = ("Tension Is Rising in the Harbour\n\n"
            "Iokawa Ren\n"
            "Chancellor, Coastal University\n\n"
            "Iokawa: The navy began claiming the pier after a survey found oil under it in 1970. The town then "
            "passed its own law on the waters. However, the navy waited for the right moment to act.\n")
    cl = _claims(text)
    assert cl and {c.speaker for c in cl} == {"Iokawa Ren"}


def test_a_name_label_alone_on_its_line_under_the_speaker_list() -> None:
    text = ("After the Treaty: One Port for Two Towns\n\n"
            "Mr. Tomas Brandt and Ms. Ada Okafor\n"
            "Transcript No. 12 (3 May 2019)\n\n"
            "Mr. Tomas Brandt:\n\n"
            "The conversation started about three years ago, when I was talking to the traders about the pier. "
            "The idea was never going to work from the beginning.\n")
    cl = _claims(text)
    assert cl and {c.speaker for c in cl} == {"Tomas Brandt"}


def test_datelines_widget_help_and_headline_prefixes_are_no_turns() -> None:
    text = ("Will the Port Deal Survive?\n\n"
            "S\u00c3O PAULO \u2013 It has not taken long for the new president to show the folly of his approach to "
            "the harbour. At the summit he raised the old dispute again, and the navy promptly refused to talk.\n\n"
            "Computer Shortcuts: Left and right arrows jump two seconds back or forward, and the space bar toggles "
            "play and pause.\n\n"
            "Harbour: Local Stakes for International Actors\n")
    cl = _claims(text)
    assert not {c.speaker for c in cl} & {"S\u00c3O PAULO", "Sao Paulo", "S\u00e3o Paulo", "Computer Shortcuts", "Harbour"}
    assert all(c.role is not SpeakerRole.INTERVIEWEE for c in cl)


def test_caption_turn_marks_split_a_news_package_into_narrator_and_soundbites() -> None:
    text = ("Harbour tensions rise\n\n"
            "00:00:01\n"
            ">> A stark reminder of tensions in the harbour. The navy installed guns on the pier. "
            "But as analyst Dana Whitlock explains, the traders may be the first to clash.>> The traders have "
            "many more boats than the navy. So we are never far from trouble.\n"
            "00:00:22\n"
            ">> As for the capital, tensions are at a low ebb. Patrols near the pier have stopped.>> It could be "
            "because the ministry wants the traders' help on taxes. I should add the dispute was never solved.\n")
    cl = _claims(text)
    by = {c.text: (c.speaker, c.role) for c in cl}
    assert by["A stark reminder of tensions in the harbour."] == (None, SpeakerRole.AUTHOR)
    assert by["The traders have many more boats than the navy."] == ("Dana Whitlock", SpeakerRole.INTERVIEWEE)
    assert by["Patrols near the pier have stopped."] == (None, SpeakerRole.AUTHOR)
    # no new hand-over: the package comes back to the expert it last handed over to
    assert by["I should add the dispute was never solved."] == ("Dana Whitlock", SpeakerRole.INTERVIEWEE)
    assert not any(">>" in c.text for c in cl)


def test_caption_turn_marks_in_an_interview_leave_the_questions_to_the_host() -> None:
    text = (">> Welcome back. Joining me now is Dana Whitlock. Dana, will the deal hold?\n"
            ">> I think it will hold for a while. The navy needs the traders.\n"
            ">> And the ministry?\n"
            ">> The ministry will wait.\n")
    cl = _claims(text)
    assert [c.text for c in cl if c.is_question] == ["Dana, will the deal hold?", "And the ministry?"]
    assert all(c.role is not SpeakerRole.AUTHOR for c in cl)


def test_an_explainer_answers_its_own_numbered_or_title_case_questions() -> None:
    text = ("Why the Harbour Pact Matters\n\n"
            "The harbour town has signed a pact with the navy. Its neighbours had urged it not to.\n\n"
            "1. What's the pact about?\n\n"
            "The navy may send ships to the pier, the mayor told the council on Monday.\n\n"
            "2. How did the deal come about?\n\n"
            "Talks began in secret last year after the traders left.\n")
    cl = _claims(text)
    assert [c.text for c in cl if c.is_question] == ["What's the pact about?", "How did the deal come about?"]
    assert {c.role for c in cl if not c.is_question and c.role is not SpeakerRole.EDITOR} == {SpeakerRole.AUTHOR}


def test_interview_questions_to_you_keep_the_answers_the_interviewees() -> None:
    text = ("Harbour talks\n\n"
            "What do you expect from the talks?\n\n"
            "Not much. The navy wants the pier.\n\n"
            "Will the traders accept that?\n\n"
            "They will have to.\n")
    cl = _claims(text)
    assert {c.role for c in cl if not c.is_question and c.role is not SpeakerRole.EDITOR} == {SpeakerRole.INTERVIEWEE}


def test_a_numbered_question_label_without_answer_labels() -> None:
    text = ("Written Interview with Mayor Ada Okafor\n\n"
            "Q1. You have worked with the navy for years. What do the two towns share?\n\n"
            "The towns share a harbour and a history. We also trade in many goods.\n\n"
            "Q2. Where can they do more?\n\n"
            "In shipping, above all.\n")
    cl = _claims(text)
    assert [c.text for c in cl if c.is_question] == ["What do the two towns share?", "Where can they do more?"]
    assert {c.role for c in cl if not c.is_question and c.role is not SpeakerRole.EDITOR} == {SpeakerRole.INTERVIEWEE}


def test_a_round_up_of_experts_named_with_their_affiliations() -> None:
    text = ("Experts react: the harbour pact\n\n"
            "Dana Whitlock, Professor of Maritime Law, Coastal University\n\n"
            "The pact is a turning point. The navy gains a pier it has wanted for years.\n\n"
            "Omar Haddad, Senior Fellow, Harbour Institute\n\n"
            "I doubt the pact will last. The traders were never asked.\n")
    cl = _claims(text)
    by = {c.text: c.speaker for c in cl}
    assert by["The pact is a turning point."] == "Dana Whitlock"
    assert by["The traders were never asked."] == "Omar Haddad"


def test_a_surname_label_takes_the_person_the_standfirst_introduces_first() -> None:
    text = ("Professor Park Min-jun of Harbour University joins anchor Ada Okafor to discuss the launch.\n\n"
            "Okafor: Why did the navy choose this timing?\n\n"
            "Park: Park Soo-ri, the navy chief, wanted to be seen. The launch was a message.\n\n"
            "Okafor: What comes next?\n\n"
            "Park: More launches, I think.\n")
    cl = _claims(text)
    assert {c.speaker for c in cl if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Park Min-jun"}


def test_a_dash_quote_above_the_first_question_is_the_interviewees() -> None:
    text = ("\u201cThe pier deal was a mistake.\u201d\n\n"
            "The talks resume on Monday, and the harbour scholar says two things must be clear.\n\n"
            "\u2013 Whatever either town asks, it should give as much. Everything agreed must be checked "
            "\u2013 says Whitlock.\n\n"
            "In your opinion, was this a good year for the talks?\n\n"
            "We have to wait and see.\n\n"
            "What do you expect next year?\n\n"
            "A new mayor.\n")
    cl = _claims(text)
    by = {c.text: c.role for c in cl}
    assert by["Whatever either town asks, it should give as much."] is SpeakerRole.INTERVIEWEE


def test_a_news_story_that_asks_and_then_quotes_is_no_interview() -> None:
    text = ("Will the navy leave the pier?\n\n"
            "The harbour has had no navy ships for fifty years. The traders have lent the town money.\n\n"
            "But why are the traders so friendly now?\n\n"
            "\u201cIt irritates the navy. It's a very old game,\u201d says Dana Whitlock, head of a shipping firm.\n\n"
            "Few in the town believe the pier will change hands soon.\n")
    cl = _claims(text)
    assert not any(c.is_question for c in cl)
    assert {c.role for c in cl} == {SpeakerRole.AUTHOR}


def test_questions_and_answers_run_together_in_one_paragraph() -> None:
    text = ("Harbour Minister on Rising Tension With the Navy\n\n"
            "How close is the harbour to war? The reality is that people still go on with their lives. "
            "We are not affected by the navy's threats. In fact, the navy wants to win without a fight. "
            "Are there any new threats that you are preparing for before the vote? This time the navy uses "
            "rumours. They spread them every day. We answer with facts.\n")
    cl = _claims(text)
    assert [c.text for c in cl if c.is_question] == [
        "How close is the harbour to war?", "Are there any new threats that you are preparing for before the vote?"]
    assert {c.role for c in cl if not c.is_question and c.role is not SpeakerRole.EDITOR} == {SpeakerRole.INTERVIEWEE}


def test_rhetorical_questions_inside_an_op_ed_paragraph_stay_the_authors() -> None:
    text = ("The Pier Is Not for Sale\n\nBy Dana Whitlock\n\n"
            "What does the navy want? It wants the pier. It has wanted it for years. "
            "And what will the traders do? They will wait. They always wait.\n")
    cl = _claims(text)
    assert not any(c.is_question for c in cl)
    assert {c.role for c in cl} == {SpeakerRole.AUTHOR}


def test_the_guest_the_host_addresses_by_first_name_is_named_in_full() -> None:
    text = ("HARBOUR POLICY - Radio Interview\n"
            "Dana Whitlock CHANNEL\n"
            "00:00.0\n"
            "columnist and an expert in harbour law.\n"
            "00:05.0\n"
            "Dana, from what the minister is saying,\n"
            "00:07.8\n"
            "do you get the impression that the town has a new plan?\n"
            "00:13.9\n"
            "Well, it's hard to say that there's a new plan here\n"
            "00:17.4\n"
            "because the navy keeps changing its demands.\n")
    cl = _claims(text)
    assert {c.speaker for c in cl if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Dana Whitlock"}


_LONG_INTRO = ("The harbour town votes in January, and the navy has made its wishes known.\n\n"
               "Officials in the capital have expressed concern over the mayor's treatment of the traders. "
               "They have imposed fees and other limits on the traders' boats.\n\n"
               "This has frayed the town's ties with the capital, a place where many of its people work.\n\n"
               "Dana Whitlock, a harbour lawyer who served on the council, spoke with the Harbour Gazette about the vote.\n\n")


def test_an_interview_after_a_long_introduction_keeps_its_questions() -> None:
    text = ("Dana Whitlock on Why the Harbour Vote Must Be Free\n\n" + _LONG_INTRO +
            "What do you think lies behind the quarrel with the capital?\n\n"
            "I think the capital wants a say over the pier. The mayor will not give it.\n\n"
            "How should the traders respond, in your view?\n\n"
            "They should wait for the vote.\n")
    cl = _claims(text)
    assert [c.text for c in cl if c.is_question] == ["What do you think lies behind the quarrel with the capital?",
                                                    "How should the traders respond, in your view?"]
    by = {c.text: c.role for c in cl}
    assert by["I think the capital wants a say over the pier."] is SpeakerRole.INTERVIEWEE


def test_one_question_after_a_long_introduction_that_announces_the_interview() -> None:
    text = ("Dana Whitlock on Why the Harbour Vote Must Be Free\n\n" + _LONG_INTRO +
            "What do you think lies behind the quarrel with the capital?\n\n"
            "I think the capital wants a say over the pier. The mayor will not give it.\n")
    cl = _claims(text)
    assert [c.text for c in cl if c.is_question] == ["What do you think lies behind the quarrel with the capital?"]
    assert {c.speaker for c in cl if c.role is SpeakerRole.INTERVIEWEE} == {"Dana Whitlock"}


def test_an_op_ed_whose_section_headings_are_questions_stays_an_op_ed() -> None:
    text = ("The Harbour Needs a Free Vote\n\nBy Dana Whitlock\n\n"
            "The harbour town votes in January. The navy has made its wishes known.\n\n"
            "The capital has imposed fees on the traders' boats. The traders are angry.\n\n"
            "This has frayed the town's ties with the capital.\n\n"
            "What lies behind the quarrel?\n\n"
            "The capital wants a say over the pier.\n\n"
            "What should the traders do?\n\n"
            "They should wait for the vote.\n")
    cl = _claims(text)
    assert {c.role for c in cl if not c.is_question and c.role is not SpeakerRole.EDITOR} == {SpeakerRole.AUTHOR}


def test_a_reported_question_closing_an_analysis_paragraph_is_no_interview() -> None:
    text = ("The Mayor in the Hot Seat\n\n"
            "The mayor appeared on television for the first time in an extended interview last week. "
            "The interview was conducted by two leading presenters.\n\n"
            "His tone remains one of projected sincerity. He relied on his past speeches.\n\n"
            "When new questions came, he did not handle them well. He avoided topics he disliked.\n\n"
            "At one point he rebuked the presenters saying, \u201cDo you want to listen to me or not?\u201d\n\n"
            "When it came to the pier, he blamed the traders.\n")
    cl = _claims(text)
    assert {c.role for c in cl} == {SpeakerRole.AUTHOR}


def test_an_expert_reaction_page_cut_after_its_first_expert() -> None:
    text = ("Expert reaction: harbour tensions\n\n"
            "The two towns are in the midst of a crisis over the pier.\n\n"
            "Here's what our experts had to say:\n\n"
            "Dana Whitlock, Professor of Maritime Law, Coastal University:\n\n"
            "The pier is the crucial issue here. The navy controls two thirds of it.\n")
    cl = _claims(text)
    assert {c.speaker for c in cl if c.text.startswith("The pier is")} == {"Dana Whitlock"}


def test_a_q_and_a_names_the_guest_who_discusses_the_topic() -> None:
    text = ("Harbour talks: a Q&A\n\n"
            "Dana Whitlock, a harbour lawyer, discusses the talks with the navy.\n\n"
            "Q: Will the talks succeed?\n"
            "A: I doubt it. The navy wants the pier.\n\n"
            "Q: What should the traders do?\n"
            "A: Wait for the vote.\n")
    cl = _claims(text)
    assert {c.speaker for c in cl if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Dana Whitlock"}


def test_a_report_on_an_interview_keeps_the_quotes_as_the_reporters_reported_words() -> None:
    # docs/annotation.md: a report's quoted source is quoted, not interviewed (until the fifty-third
    # pass the quotations went to the interviewee; the reporter is still never the interviewee)
    text = ("Harbour chief: the navy must leave the pier\n\n"
            "In an exclusive interview, the harbour chief Dana Whitlock has told the Gazette that the navy "
            "must leave the pier. She said the traders had waited long enough.\n\n"
            "\"We are not asking for much. The pier was ours for a century,\" Whitlock told the Gazette.\n\n"
            "\"We don't want a quarrel with the navy,\" she said.\n\n"
            "The navy has not replied. Its spokesman, Omar Haddad, said last week: \"We will stay until the treaty ends.\"\n")
    cl = _claims(text)
    by = {c.text: (c.speaker, c.role) for c in cl}
    assert by["\"We are not asking for much."] == (None, SpeakerRole.AUTHOR)
    assert by["\"We don't want a quarrel with the navy,\" she said."] == (None, SpeakerRole.AUTHOR)
    assert any(q.kind is CueKind.REPORTED for c in cl if c.text.startswith("\"We are not") for q in c.cues)
    assert by["She said the traders had waited long enough."] == (None, SpeakerRole.AUTHOR)
    assert by["The navy has not replied."] == (None, SpeakerRole.AUTHOR)
    # someone else's quotation stays the reporter's sentence
    assert all(s != "Omar Haddad" for s, _ in by.values())


def test_a_hard_wrapped_interview_whose_answers_open_with_a_dash() -> None:
    text = ("D. Okafor: Harbour ties signify our open-sea policy\n"
            "Harbour Town\n"
            "On the occasion of the anniversary, we interviewed the former harbour envoy D. Okafor.\n"
            "Since the treaty, eight envoys have served. You\n"
            "were the sixth envoy. How do you see our\n"
            "relations with the capital in this new era?\n"
            "- Of course, the\n"
            "relations are not limited to these thirty years. I have watched them grow\n"
            "as an envoy and as a trader.\n")
    cl = _claims(text)
    assert [c.text for c in cl if c.is_question] == ["How do you see our\nrelations with the capital in this new era?"]
    assert {c.role for c in cl if c.start > text.index("- Of course")} == {SpeakerRole.INTERVIEWEE}


def test_names_with_accented_capitals_and_particles() -> None:
    import re

    from polisent.segment._principal import TITLED_NAME
    names = [m.group("name") for m in re.finditer(TITLED_NAME, "Minna \u00c5lander met Maro\u0161 \u0160ef\u010dovi\u010d; "
                                                                 "Omar Daud disagreed with Charles de Gaulle.")]
    assert names == ["Minna \u00c5lander", "Maro\u0161 \u0160ef\u010dovi\u010d", "Omar Daud", "Charles de Gaulle"]


def test_one_question_right_after_we_interviewed_is_an_interview() -> None:
    text = ("Why does the mayor keep voting for the navy?\n\n"
            "The capital thinks in terms of pragmatic ties. The mayor saw the chance early.\n\n"
            "The new council means the end of an era. The harbour is offered a role as mediator.\n\n"
            "The town needs to defend its interests between the navy and the traders.\n\n"
            "Before the navy's visit, we interviewed councillor Dana Whitlock.\n\n"
            "Two years ago the mayor and the admiral agreed to meet every year. What might be the navy's goal with these meetings?\n\n"
            "The navy's thinking has not changed in a century. It wants a ring of friendly towns.\n")
    cl = _claims(text)
    assert [c.text for c in cl if c.is_question] == ["What might be the navy's goal with these meetings?"]
    assert {c.role for c in cl if c.start > text.index("The navy's thinking")} == {SpeakerRole.INTERVIEWEE}


def test_the_byline_of_a_q_and_a_is_not_the_interviewee() -> None:
    text = ("Harbour delegation: more progress in two days than in four years\n\n"
            "By Irene Marsh\n\n"
            "The new council has made the talks a priority, the delegation said on Monday.\n\n"
            "QUESTION: How was the first contact with the navy?\n\n"
            "ANSWER: Well, the old council did in four years what we undid in two days.\n")
    cl = _claims(text)
    assert all(c.speaker != "Irene Marsh" for c in cl if not c.is_question and c.role is not SpeakerRole.EDITOR)


def test_caption_marks_in_a_panel_give_the_asking_turns_to_the_host() -> None:
    text = ("The Harbour Push\n"
            ">>Good morning as we begin this conversation on the harbour. We have a fine panel.\n"
            "But you are the true native of these waters. How has the harbour changed for you?>>When the "
            "navy first came, there were traders on every pier. We would not want to be squeezed. Our issue "
            "with the navy is that it tends to trap us in debt>>It is a reality, not a tendency. The navy has "
            "taken more piers in one year than the old company did in a century.\n")
    cl = _claims(text)
    assert [c.text for c in cl if c.is_question] == ["How has the harbour changed for you?"]
    answers = [c for c in cl if not c.is_question and c.role is not SpeakerRole.EDITOR]
    assert answers and {c.role for c in answers} == {SpeakerRole.INTERVIEWEE}
    assert not any(">>" in c.text for c in cl)


def test_a_first_question_that_is_no_clean_question_line_loses_no_answer() -> None:
    text = ("Harbour talks with Dana Whitlock\n\n"
            "Dana Whitlock is a harbour lawyer. She spoke with the Gazette.\n\n"
            "Let me start with the pier, which the town sold\nlast year. What do you make of the sale?\n\n"
            "The sale was a mistake. The town lost its best asset.\n\n"
            "What should the council do now?\n\n"
            "Buy it back.\n\n"
            "And the navy?\n\n"
            "The navy will wait.\n")
    cl = _claims(text)
    by = {c.text: c.role for c in cl}
    assert by["The sale was a mistake."] is SpeakerRole.INTERVIEWEE  # not dropped as a standfirst
    assert "What do you make of the sale?" in [c.text for c in cl if c.is_question]


def test_answers_printed_in_quotation_marks_are_the_interviewees_own_words() -> None:
    from polisent.records import CueKind
    text = ("The Harbour Hundred: one expert, more space\n\n"
            "Dana Whitlock is a fellow at the Harbour Institute. Our questions are in bold, her answers in "
            "quotation marks.\n\n"
            "Why did the town not want the navy before?\n\n"
            "\u201cMostly for the sake of good relations with the traders. It was in the town's interest to avoid "
            "tension.\u201d\n\n"
            "Was the decision controversial in the town?\n\n"
            "\u201cThe town has a strong culture of consensus. Support kept rising all year.\u201d\n\n"
            "And now?\n\n"
            "\"The navy will stay,\" the admiral said. I doubt it.\n")
    cl = _claims(text)
    own = [c for c in cl if c.text.startswith("\u201cMostly")]
    assert own and not any(q.kind is CueKind.REPORTED for q in own[0].cues)
    other = [c for c in cl if "the admiral said" in c.text]
    assert other and any(q.kind is CueKind.REPORTED for q in other[0].cues)  # someone else's words stay reported
