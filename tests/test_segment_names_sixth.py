"""Speaker names on layouts met on real pages (issue 11, sixth pass): automatic transcripts with
several "Speaker N" labels, machine captions, self-introductions with a job, bios at the end.

Every text here is written for the project; none is copied from a corpus page.
"""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._principal import principal


def _seg(text: str):
    return RuleSegmenter().segment(text)


def _answers(doc):
    return [c for c in doc.claims if not c.is_question and c.role is not SpeakerRole.EDITOR]


def _said_by(doc, start: str) -> str | None:
    return next(c.speaker for c in doc.claims if c.text.startswith(start))


def test_automatic_transcript_guest_is_named_beside_a_jingle_label():
    # the jingle ("Speaker 1") opens, the host ("Speaker 2") asks, the guest ("Speaker 3") answers
    doc = _seg("Episode Transcript\n"
               "Speaker 1 (00:05):\nThe Morning Hour, on Radio Sul, brought to you by our listeners.\n"
               "Speaker 2 (00:09):\nThe harbour deal is back in the news. To discuss it I'm joined by the lecturer\n"
               "of politics at Lakeside University, doctor maren okafor. Good morning. Is the deal in trouble?\n"
               "Speaker 3 (00:40):\nYes, I think it is. The two governments never agreed on the fishing rights.\n"
               "And the opposition wants a vote in parliament before anything is signed.\n")
    assert _said_by(doc, "Yes, I think it is") == "Maren Okafor"
    assert _said_by(doc, "And the opposition wants") == "Maren Okafor"
    assert _said_by(doc, "The Morning Hour") == "Speaker 1"  # the jingle is not the guest


def test_a_hand_over_this_is_x_the_correspondent_names_the_other_voice_not_the_host():
    doc = _seg("WEBVTT\n\n"
               "00:00:01.000 --> 00:00:04.000\n<v Speaker 1>From the Daily Courier, I'm Ana Lind. The war widened today.\n\n"
               "00:00:05.000 --> 00:00:09.000\n<v Speaker 2>The sirens went on all night and nobody here slept.\n\n"
               "00:00:10.000 --> 00:00:14.000\n<v Speaker 1>This is Tomas Berg, the Courier's correspondent in the capital.\n\n"
               "00:00:15.000 --> 00:00:19.000\n<v Speaker 2>The government says the strikes will go on for weeks.\n")
    assert _said_by(doc, "The sirens went on") == "Tomas Berg"
    assert _said_by(doc, "The government says") == "Tomas Berg"
    assert _said_by(doc, "The war widened") != "Tomas Berg"


def test_caption_guest_the_host_welcomes_by_name():
    doc = _seg("Transcripts for World Talk 20240101\n\n"
               "Welcome to world talk. Im paul reyes. The National Security Law has changed the city, but has it "
               "worked . My guest today was one of the leaders of the student movement, lena marsh. She now lives "
               "in exile. Lena marsh, welcome to world talk. Thank you for having me. Why did you leave the city . "
               "Well, the law made it impossible to stay. Many of my friends are in prison. And do you think "
               "the law has worked . No, people still resist it in small ways every day.")
    assert _said_by(doc, "Well, the law made it impossible") == "Lena Marsh"


def test_self_introduction_with_outlet_and_job_names_the_newsletters_author():
    doc = _seg("Welcome to Northern Brief, the Courier's weekly newsletter on the Baltic states.\n\n"
               "I'm Courier Europe Editor Ilse Varga, and this week I look at two elections.\n\n"
               "The vote in Riga will test the coalition. Its leaders have promised lower energy prices.")
    assert {c.speaker for c in _answers(doc)} == {"Ilse Varga"}
    # in a conversation the same line is the host's, not the guest's
    assert principal("I'm Radio Sul Chief Correspondent Ilse Varga, and with me is a guest.") is None


def test_an_end_bio_with_a_consultants_job_names_the_op_eds_author():
    doc = _seg("The sanctions are failing. Oil still flows through third countries, and the price cap is ignored.\n\n"
               "Western governments should enforce the rules they already have.\n\n"
               "Mara Quinlan is a geopolitical and energy consultant who served for twenty years in the foreign "
               "service.")
    assert {c.speaker for c in _answers(doc)} == {"Mara Quinlan"}
    assert not any(c.text.startswith("Mara Quinlan is") for c in doc.claims)  # the bio is no claim


def test_round_up_names_with_a_note_in_brackets_head_their_sections():
    doc = _seg("Expert reaction to the tariff threat\n\n"
               "Aron Pieters (English and Dutch)\n\n"
               "Tariffs of this size would hurt both economies within months.\n\n"
               "Lucia Ferrante (Italian only)\n\n"
               "The threat is a negotiating tactic and should be read as one.")
    assert _said_by(doc, "Tariffs of this size") == "Aron Pieters"
    assert _said_by(doc, "The threat is a negotiating") == "Lucia Ferrante"


def test_disclaimer_jingle_and_post_date_are_clutter_with_reasons():
    doc = _seg("Post on 09-Sep-2021\n\n"
               "You're listening to the Harbour Hour podcast from Radio Sul.\n\n"
               "The sanctions have not changed Tehran's course, and they will not.\n\n"
               "The views and opinions expressed in the article do not necessarily reflect those of Radio Sul.")
    assert [c.text for c in doc.claims] == ["The sanctions have not changed Tehran's course, and they will not."]
    dropped = {s.text.split()[0]: s.reason for s in doc.segments if s.reason}
    assert dropped["Post"] and dropped["You're"] and dropped["The"]
    # an expert's sentence with "do not reflect those of" stays a claim
    kept = _seg("Their interests do not necessarily reflect those of Russia, and Moscow knows it.")
    assert len(kept.claims) == 1


def test_labels_on_the_first_exchange_only_name_every_later_turn():
    doc = _seg("HALLORAN: Is the ceasefire about to collapse?\n\n"
               "OKONJO: Nobody knows for sure. But the militias still hold the roads into the city, and "
               "the army has not moved.\n\n"
               "The talks in Accra stalled last week. Who is to blame?\n\n"
               "Both sides share the blame. The mediators were too slow.\n\n"
               "What happens next?\n\n"
               "More fighting, I am afraid.")
    asked = [c for c in doc.claims if c.is_question]
    assert [c.text for c in asked] == ["Is the ceasefire about to collapse?", "Who is to blame?", "What happens next?"]
    assert {c.speaker for c in asked} == {"Halloran"}
    assert {c.speaker for c in _answers(doc) if not c.text.startswith("The talks in Accra")} == {"Okonjo"}
    # one label alone over a headline is no turn
    assert all(c.speaker is None for c in _seg("Venezuela: Local Stakes for International Actors\n\n"
                                                "The crisis has no end in sight. Who will mediate?\n\n"
                                                "Nobody has offered yet.").claims)


def test_an_experts_available_page_names_the_expert_it_quotes():
    doc = _seg("High stakes in the Ghana election\n\n"
               "On Saturday, Ghanaians go to the polls.\n\n"
               "Kwame Asante Boateng, director of the Centre for African Studies and a scholar of West African "
               "politics, is available for interviews.\n\n"
               "Boateng says: \u201cThis election is about more than a change of government. The incumbent is "
               "stepping down after two terms.\n\n"
               "\u201cThe citizens want a stable state and an end to the violence in the north.\u201d")
    assert _said_by(doc, "Boateng says:") == "Kwame Asante Boateng"
    assert _said_by(doc, "\u201cThe citizens want") == "Kwame Asante Boateng"


def test_a_briefings_spokesperson_answers_the_q_and_a():
    doc = _seg("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on May 6\n\n"
               "Foreign Ministry Spokesperson Lin Jian held a press conference on May 6.\n\n"
               "Q: The talks in Geneva ended without a deal. What is China's comment?\n\n"
               "A: We hope the parties keep talking. Dialogue is the only way out.")
    assert {c.speaker for c in _answers(doc) if c.text.startswith(("We hope", "Dialogue"))} == {"Lin Jian"}


def test_a_byline_with_a_job_in_brackets_names_the_op_eds_author():
    doc = _seg("By Maria T. Okafor (former ambassador to the African Union)\n\n"
               "The new treaty is a setback for the region.\n\n"
               "Its signatories have promised more than they can deliver.")
    assert {c.speaker for c in doc.claims} == {"Maria T. Okafor"}


def test_thanks_for_this_interview_opens_an_interviewees_answers():
    doc = _seg("Thank you for this interview. First, I would like to stress that our country sees Ghana as a key "
               "partner in Africa.\n\nWe look forward to closer cooperation in trade and education.")
    assert {c.role for c in doc.claims} == {SpeakerRole.INTERVIEWEE}
    assert {c.role for c in _seg("The new treaty is a setback for the region.").claims} == {SpeakerRole.AUTHOR}


def test_the_one_person_a_qa_standfirst_names_is_the_interviewee():
    doc = _seg("Professor of Peace Research at Lund University, Asha Rao has been a critic of the government's "
               "foreign policy. Here are excerpts from the interview:\n\n"
               "Could the government have done more to end the war?\n\n"
               "Yes, but its ties with both sides have become purely transactional.\n\n"
               "Is the new alliance a risk?\n\n"
               "It is a strategic nightmare.")
    assert {c.speaker for c in _answers(doc) if c.role is SpeakerRole.INTERVIEWEE} == {"Asha Rao"}


def test_a_q_turns_set_up_is_no_question_but_an_interrogative_put_to_you_is():
    doc = _seg("Q: The talks in Geneva ended without a deal. What is your comment?\n\n"
               "A: We hope the parties keep talking.\n\n"
               "Q: Can you tell us about the harbour deal.\n\n"
               "A: It was signed on Monday.")
    asked = [c.text for c in doc.claims if c.is_question]
    assert asked == ["What is your comment?", "Can you tell us about the harbour deal."]


def test_question_headings_and_worded_marks_are_questions_without_their_mark():
    doc = _seg("Ask me anything: the harbour pact\n\n"
               "Question 1: Can you share your view of the harbour pact. Will the towns gain?\n\n"
               "I think they will, in time. Trade will grow first.\n\n"
               "Question 2: What about the navy?\n\n"
               "The navy gains a pier.")
    asked = [c.text for c in doc.claims if c.is_question]
    assert asked == ["Can you share your view of the harbour pact.", "Will the towns gain?", "What about the navy?"]


def test_a_headline_prefix_is_no_speaker_even_when_the_title_repeats():
    doc = _seg("Interview: The pact is a turning point | Europe | News\n\n"
               "Interview: The pact is a turning point\n\n"
               "The harbour pact changes the region, says scholar Lena Berg.\n\n"
               "Outlet: Will the pact last?\n\n"
               "Lena Berg: I doubt it. The traders were never asked.")
    assert "Interview" not in {c.speaker for c in doc.claims}


def test_a_title_that_ends_with_its_writer_or_its_speaker():
    oped = _seg("Options before the bloc, By Ada Nwosu\n\nReading Time: 5 mins read\n\n"
                "It has been three weeks since the coup. The leaders have met twice.")
    assert {c.speaker for c in oped.claims} == {"Ada Nwosu"}
    qa = _seg("The country has managed its transition well - British Ambassador to the Republic Tom Fairley\n"
              "We offer our readers the full text of the interview.\n"
              "What surprised you most when you arrived?\n"
              "The strength of the winter! Apart from that, my expectations were met.\n"
              "How would you describe relations today?\n"
              "They are the best they have been.")
    assert {c.speaker for c in _answers(qa)} == {"Tom Fairley"}
    assert "Dw Interview" not in {c.speaker for c in _seg("Talks stall | DW Interview\n\nThe talks stalled today.").claims}


def test_a_column_line_names_its_author_between_column_and_outlet():
    doc = _seg("Opinion\n\nSea lanes\n\nON THE RECORD - Rosa Villanueva - The Courier\n\n"
               "A recent statement by the president has sparked a firestorm. Others disagreed.")
    assert {c.speaker for c in doc.claims} == {"Rosa Villanueva"}


def test_an_office_label_is_the_person_the_standfirst_names_with_that_office():
    doc = _seg("Unlimited expansion\n\n"
               "Foreign Minister of Lagosia, Ana Maria Costa, speaks about the strait and the coming vote.\n\n"
               "Reporter: How did Beijing react to the call?\n\n"
               "Minister: I helped plan that call. People here were excited about it.\n\n"
               "Reporter: And now?\n\n"
               "Minister: Now we wait for the vote.")
    assert {c.speaker for c in _answers(doc)} == {"Ana Maria Costa"}


def test_a_briefings_transcript_is_the_spokesmans_not_the_guest_he_announces():
    doc = _seg("Daily Press Briefing\n\n"
               "The following is a near-verbatim transcript of today's noon briefing by Omar Sadiq, Deputy Spokesman "
               "for the Secretary-General.\n\nGood afternoon.\n\n"
               "Later you will hear from Lena Vogt, the Chief Economist at the food agency.\n\n"
               "The Secretary-General arrived in Nairobi last night. He met the senior leadership of the mission.")
    assert _said_by(doc, "The Secretary-General arrived") == "Omar Sadiq"
