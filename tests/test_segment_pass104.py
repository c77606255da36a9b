"""Pass 104 (issue 11): a label of initials still names its person where the page spells the name two ways, and the
prose's first spelling stands (I2); "X writes for The Outlet" in a dek names the writer (W3); the guest who owns a
"joint written interview" (two words before "interview") is its interviewee (G1); "X, who is visiting ..., gave an
interview to ..." names the guest across the relative clause (G3, a cue in ``polisent/data/speaker_cues.json``); a
title line "Prime Minister X's Exclusive Interview with <Outlet>" names the guest over the journalist a later sentence
names after "interview with" (G4). "X was ready to engage ... when he met The Courier's Tom Bell, ..." marks Bell as the
press and X as the guest, and a share widget's "Read Later" names no one (P2).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers


def test_initials_of_a_name_the_page_spells_two_ways_take_its_first_spelling() -> None:
    text = ("Lithuanian journalist: \"I did not believe some of his answers\"\n\n\n"
            "Ahead of the president's visit, Rita Milas and Edvinas Jankauskas, the journalists from a national TV "
            "channel, talked with him. Edvinas Jankauskasa shared with the Radio Europe how the president reacted.\n\n"
            "Radio Europe: Did you send your questions in advance?\n\n"
            "EJ: No. We did not send our questions to the press office. We only agreed the topics with my colleague.\n\n"
            "Radio Europe: Which answers did you not believe?\n\n"
            "EJ: The ones about the prisoners. He said there were none, and we know the names of dozens.\n")
    assert answer_speakers(text) == {"Edvinas Jankauskas"}


def test_a_dek_that_says_who_writes_for_an_outlet_names_the_writer() -> None:
    text = ("Nordland's Independence Too Big a Price for a Submarine Fantasy\n"
            "THE COURIER\n"
            "Network member Ana Morales writes for The Courier, highlighting the cost of the submarine deal and the loss "
            "of sovereignty it brings.\n\n"
            "The deal announced this week sets the country on a course from which it will be very hard to depart. It "
            "binds our navy to a partner that can change its mind on a whim.\n\n"
            "The government has not explained why the old plan was dropped, nor what the new one will cost.\n")
    assert answer_speakers(text) == {"Ana Morales"}


def test_the_owner_of_a_joint_written_interview_is_its_interviewee() -> None:
    text = ("NORDHAVEN, Feb. 10 (Wire) -- The following is the first part of an unofficial translation of President "
            "Arvid Holm's joint written interview with Wire News Agency and seven other news agencies.\n"
            "QUESTION 1: Your approval ratings remain high in your last months in office. What do you attribute this to? "
            "(Wire, Agency)\n"
            "ANSWER: I am deeply grateful to the people for their support. We started without a transition period, and "
            "we had to rebuild trust in the institutions first.\n"
            "QUESTION 2: What will you do after you leave office?\n"
            "ANSWER: I will go home and rest, and then I will see how I can still be of use.\n")
    assert answer_speakers(text) == {"Arvid Holm"}


def test_a_guest_who_gave_an_interview_after_a_relative_clause_is_named() -> None:
    text = ("Nordland's Foreign Minister Arvid Holm, who is visiting New York within the framework of the high-level week "
            "of the 78th session of the UN General Assembly (UNGA), gave an interview to Wire\u2019s US Bureau.\n\n"
            "\u2013 In what direction does the government expect relations with the neighbour to develop?\n\n"
            "\u2013 The initiative to prepare a peace treaty belongs to us. Work has been done in this direction for a long "
            "time and several rounds of negotiations have been held.\n\n"
            "But there were open issues, and during the last months there was some stagnation in the process.\n\n"
            "\u2013 What comes next?\n\n"
            "\u2013 We will meet again in October, and we hope to sign before the end of the year.\n")
    assert answer_speakers(text) == {"Arvid Holm"}


def test_the_title_owner_of_an_exclusive_interview_outranks_the_journalist() -> None:
    text = ("Prime Minister Arvid Holm\u2019s Exclusive Interview with NordNet\n\n"
            "Nordland\u2019s Prime Minister responded to NordNet\u2019s request and came to our studio for an exclusive "
            "interview with Tomas Berg. The interview was conducted on April 23. Excerpts from the interview are presented "
            "below.\n\n\n"
            "During the past year, what has been the most challenging issue? Which one have you thought to be very difficult?\n\n"
            "Honestly speaking, the most difficult issue up to this day is shedding light on the corrupt system and "
            "restoring stolen resources to the country. There is resistance, and there may be resistance within the state.\n\n"
            "And the border talks?\n\n"
            "They go on, and I expect an agreement on the first section before the end of the year.\n")
    assert answer_speakers(text) == {"Arvid Holm"}


def test_the_one_who_met_an_outlets_journalists_is_the_guest() -> None:
    text = ("Courier Interview with Nordland's President\n\n"
            "  \u2022 Share\n"
            "  \u2022 Read Later\n"
            "Lena Park for The Courier\n\n"
            "Nordland's President Arvid Holm was ready to engage on a wide range of issues when he met The Courier's Tom "
            "Bell, Ana Ruiz and Eva Holm. Here are excerpts from the one-hour interview:\n\n"
            "There have been reports that the food situation in the north is getting bad. Can you tell us what you know?\n"
            "I don't think anybody has a fully accurate assessment. But our principle is that nobody should go hungry.\n\n"
            "What is the status of the talks?\n"
            "I think the verification stage is going to take a lot of time and is going to be very difficult. That is our "
            "position as well. We will continue to work very closely with our partners in order to resolve this.\n\n"
            "Will you meet the other leader this year?\n"
            "If the conditions are right, I am ready to meet him anywhere, at any time. We have nothing to hide.\n")
    assert answer_speakers(text) == {"Arvid Holm"}
