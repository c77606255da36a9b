"""Structure rules of the twenty-seventh pass (issue 11). Texts written for the project."""

from __future__ import annotations

from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()

# a video page's automatic transcript: cue times glued to the words, no speaker labels, the guest
# hailed by a first name only, and a question that runs over two cues
_CUES = ("• 2 days ago\n"
         "The head of a regional think tank speaks to Harbour TV about the new port deal.\n"
         "Transcript\n"
         "00:00Tomas, what does the port deal give the two governments?\n"
         "00:05The deal gives the island a pier it could never afford on its own.\n"
         "00:11It also gives the lender a foothold in a region where it had none.\n"
         "00:17That is why the neighbours are so nervous about it.\n"
         "00:22What could the neighbours do now to answer the deal, if anything at\n"
         "00:27all, without pushing the island further away?\n"
         "00:31They can match the money. That is the only answer that works.\n"
         "00:36Anything else will look like a lecture, and the island has had enough of those.\n")


def test_a_guest_hailed_by_a_first_name_only_is_named_by_it() -> None:
    claims = SEG.segment(_CUES).claims
    answers = {c.speaker for c in claims if not c.is_question and c.role.value == "interviewee"}
    assert answers == {"Tomas"}


def test_a_question_cut_across_two_cues_is_the_hosts() -> None:
    claims = SEG.segment(_CUES).claims
    asked = [c for c in claims if c.is_question]
    assert any("neighbours do now" in c.text for c in asked)
    assert not any("match the money" in c.text for c in asked)
    assert {c.speaker for c in claims if "match the money" in c.text} == {"Tomas"}


def test_a_discourse_word_before_a_comma_is_no_name() -> None:
    text = _CUES.replace("Tomas, what does", "Well, what does")
    claims = SEG.segment(text).claims
    assert {c.speaker for c in claims if "pier it could never" in c.text} == {None}


def test_cues_right_under_the_standfirst_are_talk_not_the_standfirst() -> None:
    # no blank line between the page's standfirst and the first cues: the cues before the first
    # question are recorded talk (here the guest's), never part of the standfirst
    text = ("The island's new port worries its neighbours. Harbour TV speaks to Tomas Berg, a fellow at the "
            "Sound Institute.\nTranscript\n"
            "00:00Tomas, I want to start with the port deal and what it means for the region,\n"
            "00:05and for the lender.\n"
            "00:07Well, it means a pier the island could never afford on its own.\n"
            "00:12It also gives the lender a foothold it never had.\n"
            "00:16And how are the neighbours going to respond to all of this, do you\n"
            "00:20think?\n"
            "00:21They will match the money, and they will say so loudly.\n")
    seg = SEG.segment(text)
    pier = [c for c in seg.claims if "pier the island" in c.text]
    assert pier and pier[0].speaker == "Tomas Berg"
    assert any("neighbours going to respond" in c.text for c in seg.claims if c.is_question)
    assert {c.speaker for c in seg.claims if "match the money" in c.text} == {"Tomas Berg"}


_EXCERPTS = ("The ceasefire, brokered by Qatar, has failed because nobody enforced it, says Mira Hollis, a former envoy "
             "to the region. She tells our correspondent that the guarantors lost interest, and adds:\n\n"
             "\u201cNobody wanted to pay for the monitors. Without monitors, a ceasefire is a press release.\u201d\n\n"
             "Excerpts:\n\n"
             "You were posted there for four years. How do you read the collapse?\n\n"
             "It was predictable. The guarantors signed and then looked away.\n\n"
             "Could the monitors have been paid for by the neighbours, or was that never on the table?\n\n"
             "It was never on the table. The neighbours wanted the credit, not the bill.\n")


def test_excerpts_announce_the_questions_and_the_says_name_names_the_guest() -> None:
    seg = SEG.segment(_EXCERPTS)
    asked = [c for c in seg.claims if c.is_question]
    assert any("How do you read the collapse" in c.text for c in asked)
    assert any("paid for by the neighbours" in c.text for c in asked)
    assert {c.speaker for c in seg.claims if "predictable" in c.text or "the bill" in c.text} == {"Mira Hollis"}


def test_a_quotation_the_standfirst_hands_over_to_is_the_guests() -> None:
    claims = SEG.segment(_EXCERPTS).claims
    quoted = [c for c in claims if "press release" in c.text]
    assert quoted and {(c.speaker, c.role.value) for c in quoted} == {("Mira Hollis", "interviewee")}


def test_a_clause_between_commas_is_no_appositive_of_the_name_before_it() -> None:
    # "Ali Qatari, has collapsed since the spring, says ...": the clause is a predicate, so the
    # name before it is not the one who says it
    text = ("The truce brokered by Ali Qatari, has collapsed since the spring, says a former envoy to the region.\n\n"
            "Q: How do you read the collapse?\n\nA: It was predictable. The guarantors signed and then looked away.\n\n"
            "Q: Could the neighbours have paid for the monitors?\n\nA: It was never on the table.\n")
    assert {c.speaker for c in SEG.segment(text).claims if "predictable" in c.text} == {None}


def test_a_widget_line_is_no_author_and_a_bracketed_end_note_names_the_writer() -> None:
    text = ("PageView Counter\n\n"
            "OUTLOOK: A Risky Bargain\n\n"
            "PORT CITY (Daily Coast / 3 March) \u2013 The president offered the neighbour a deal: stop the patrols "
            "and the new missiles go home. It is a bold offer and a reckless one.\n\n"
            "Would the neighbour accept? It might. Its access to the sea would stay the same.\n\n"
            "But the offer alienates the one ally that has kept the patrols in check.\n\n"
            "(CoastViews is the opinion section of the Daily Coast. Maria L. Santos, Ph.D., is retired professor "
            "of international relations at the State University.)\n\n"
            "Search DailyCoast\n")
    speakers = {c.speaker for c in SEG.segment(text).claims if "reckless" in c.text or "alienates" in c.text}
    assert speakers == {"Maria L. Santos"}


def test_a_transcript_tables_short_question_cue_is_the_hosts() -> None:
    # a podcast site's transcript table: "time | words |" on every line, no speaker labels
    text = ("Click on a timestamp to play from that location\n"
            "0:00.0 | From the Harbour Times, I'm Ann Lowe. This is The Brief. |\n"
            "0:06.2 | My colleague, Piet Marsh, explains why the port deal went wrong. |\n"
            "0:12.9 | Piet, you told us last week that the deal was in trouble. |\n"
            "0:16.0 | Yes, and it has only got worse since then. |\n"
            "0:19.4 | The lender wants the pier as collateral, and the island cannot say no. |\n"
            "0:25.1 | Why is that? |\n"
            "0:26.3 | Because the budget depends on the loan, and there is no other lender. |\n"
            "0:31.7 | So the island is stuck with the deal for a generation at least. |\n")
    claims = SEG.segment(text).claims
    assert [c.text.strip(" |") for c in claims if c.is_question] == ["Why is that?"]
    assert {c.speaker for c in claims if "no other lender" in c.text} == {"Piet Marsh"}


def test_a_page_that_quotes_every_turn_asks_in_its_quoted_questions() -> None:
    text = ("harbour news\n\n"
            "Expert's view: Dr. Lena Okafor on the port deal\n\n"
            "\"Could the port deal push the island closer to the lender?\"\n\n"
            "\"It already has. The lender sits on the board of the port authority now.\"\n\n"
            "\"What should the neighbours do about it?\"\n\n"
            "\"Offer money of their own. Nothing else will be heard.\"\n\n"
            "\"Is there still time for that?\"\n\n"
            "\"A little. The lease is not signed yet.\"\n")
    claims = SEG.segment(text).claims
    assert sum(c.is_question for c in claims) == 3
    assert {c.speaker for c in claims if not c.is_question} == {"Lena Okafor"}


def test_a_show_the_host_opens_is_talk_and_names_the_guest_he_brings_in() -> None:
    text = ("THIS IS AN UNEDITED TRANSCRIPT\n"
            "Hello, I'm Tom Reyes, and this is Harbour Talk, a production of the Harbour Institute. It has been a "
            "year since the port deal was signed.\n"
            "And joining us is our woman on that beat, Nadia Fell. She is senior associate for the islands at the institute. Nadia, "
            "welcome. Thanks, Tom. Happy to be here.\n"
            "The lender now sits on the port's board, and the island has no say over the pier. The neighbours have "
            "noticed, and they are worried.\n")
    claims = SEG.segment(text).claims
    assert {c.speaker for c in claims if "no say over the pier" in c.text} == {"Nadia Fell"}
    assert {c.role.value for c in claims if "no say over the pier" in c.text} != {"author"}


def test_my_interview_with_in_the_title_names_the_guest_not_the_writer() -> None:
    text = ("  5. Anna Ruiz: My interview with a Canadian historian, writer and author with expertise on Russia Mr Pavel Lind\n\n"
            "We talked about the elections.\n\n"
            "- What do you make of the vote?\n\n"
            "- I think the vote was a protest against the coalition. Nobody expected the turnout.\n\n"
            "- Will the coalition survive?\n\n"
            "- It may survive the winter, but not the budget.\n")
    claims = SEG.segment(text).claims
    assert {c.speaker for c in claims if "protest against" in c.text or "the budget" in c.text} == {"Pavel Lind"}


def test_the_subject_who_spoke_to_an_outlet_is_the_guest_not_the_outlet() -> None:
    text = ("Head of the Coastal Council Omar Said al-Hariri rejected claims that his council plans to sell the port.\n"
            "Hariri spoke to Harbour Al-Yawm in an interview days before the vote on the new lease.\n"
            "Below are excerpts of the interview:\n"
            "Q: The lease goes to a vote next week. What is your position?\n"
            "We will vote against it. The port belongs to the people who work in it.\n"
            "Q: Did the lender offer you anything in return?\n"
            "It offered money. We said no.\n")
    claims = SEG.segment(text).claims
    assert {c.speaker for c in claims if "vote against" in c.text or "We said no" in c.text} == {"Omar Said al-Hariri"}


def test_a_press_review_source_whose_title_ends_lower_case_is_named() -> None:
    text = ("Talks stall again\n\n"
            "The two governments met in Brussels without result.\n\n"
            "The stalemate will last, Vjesnik comments:\n\n"
            "\u201cNobody in either capital wants to move first. The mediators know it.\u201d\n\n"
            "Dnevni list is appalled:\n\n"
            "\u201cThe talks have become a ritual with no purpose at all.\u201d\n")
    claims = SEG.segment(text).claims
    assert {c.speaker for c in claims if "ritual" in c.text} == {"Dnevni list"}
    assert {c.speaker for c in claims if "move first" in c.text} == {"Vjesnik"}


def test_an_article_continues_prompt_glued_to_the_next_sentence_is_cut_out() -> None:
    text = ("The neighbours should show restraint instead of pushing their claims.\n"
            "Article continues after this advertisementThe islands have chosen the courts, and the courts have spoken.\n")
    claims = SEG.segment(text).claims
    assert any(c.text == "The islands have chosen the courts, and the courts have spoken." for c in claims)
    assert not any("advertisement" in c.text for c in claims)
