"""Pass 115 (issue 11): questions a magazine prints bare after one marked exchange; the writer of prose no rule names.

- Q1: an interview marks its first exchange only ("Q. What happened at the summit?" / "A. We agreed ..."), then prints
  each question as a bare paragraph answered by the next one. Those paragraphs are the interviewer's questions when they
  open asking or put it to "you" and speak in no first-person singular; a guest's paragraph that ends on a question of
  his own ("In our meetings I keep hearing that question: why ...?") stays his answer, and so does a lone rhetorical
  question paragraph in a page whose every question is marked.
- N1: treaties and pacts ("Aachen Treaty"), reefs and shoals ("Second Thomas Shoal") are no person's names.
- S3: a speech's title that gives the office first and the name after its comma ("SPEECH BY THE PRESIDENT OF THE
  GOVERNMENT OF NORDLAND, ANA RUIZ", "Statement by the Minister for Foreign Affairs, Senator Tom Adler") names the speaker.
- H1: on a page that announces an interview, a lone bare question is the interviewer's when the host hails the guest
  by office in it or right before it ("Minister, the level of knowledge ... is changing." / "Does that make it ...?").
- C1: feed and send-to-a-friend widgets alone on their line ("RSS", "SEND THIS ARTICLE TO A FRIEND") are clutter (an
  "RSS" line had been linked to an Indian organisation).
- T1: a caption service's cue time (":00:14. > :00:18.") before a line that opens on a sum ("$8 or $9 billion") is
  stripped like any other, so the sentence across the cue is joined.
- R2: in an op-ed or a report that no rule names, the learned speaker ranker (otherwise asked in conversations only) names
  the writer where it is sure (0.9) and the page credits that person as a writer ("By", "Dr.", a job beside the name),
  never the headline's subject nor a caption's name.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from polisent.segment import RuleSegmenter
from polisent.segment._person_names import is_person_name
from polisent.segment._prose_speaker import credited, prose_model
from polisent.segment._speaker_model import load_speaker_model

_HEAD = ("'The North Is Not in Crisis'\n\nMonday, March 2, 2026\n\n"
         "Last week our correspondent interviewed Nordland's president, Ana Ruiz, in Oslo. Excerpts:\n\n"
         "Q. What happened in your meeting with the Swedish prime minister?\n\n"
         "A. We told him about our progress on trade and the fisheries, and we thanked him for his support.\n\n")


def _claims(text: str) -> list[tuple[str, bool, str | None]]:
    st = RuleSegmenter().segment(text)
    return [(c.text, c.is_question, c.speaker) for c in st.claims]


def _questions(text: str) -> list[str]:
    return [c for c, q, _ in _claims(text) if q]


def test_bare_questions_after_one_marked_exchange() -> None:
    text = _HEAD + ("What did the prime minister say to you?\n\n"
                    "That he will keep supporting our fishermen until the new quotas are agreed.\n\n"
                    "When should the foreign trawlers leave?\n\n"
                    "In three ports they have left already. We hope the others follow by the end of the year.\n\n"
                    "How long will that take?\n\n"
                    "A few months at most, if the talks in Brussels go well.\n")
    asked = _questions(text)
    assert "What did the prime minister say to you?" in asked
    assert "When should the foreign trawlers leave?" in asked
    assert "How long will that take?" in asked
    answers = {s for c, q, s in _claims(text) if not q and c.startswith(("That he will", "In three ports", "A few months"))}
    assert answers == {"Ana Ruiz"}


def test_guest_paragraph_ending_on_his_own_question_stays_an_answer() -> None:
    text = _HEAD + ("What did the prime minister say to you?\n\n"
                    "That he will keep supporting our fishermen until the new quotas are agreed.\n\n"
                    "In our meetings with fishermen along the coast, I keep hearing the same thing; why is Brussels "
                    "not listening to them?\n\n"
                    "We will take their case to the next council, and we expect an answer before the summer.\n")
    asked = _questions(text)
    assert "What did the prime minister say to you?" in asked
    assert not any(q.startswith("In our meetings") for q in asked)


def test_unanswered_or_unmarked_pages_unchanged() -> None:
    # every question marked: a lone question paragraph inside an answer is the guest's own
    text = ("Q. What happened in your meeting with the Swedish prime minister?\n\n"
            "A. We told him about our progress on trade.\n\n"
            "Why does this matter so much to the north?\n\n"
            "Because the fisheries are our economy, and the quotas decide them.\n\n"
            "Q. And the trawlers?\n\n"
            "A. They will leave by the end of the year.\n")
    assert not any(q.startswith("Why does this matter") for q in _questions(text))


# --------------------------------------------------------------------------------------------------------------- R2
_BIO_OPED = ("Nordic leadership: bright spots and fading stars\n"
             "Dr. Liv Aaberg, Harbour Weekly's Editorial Advisor, who studied medicine in Bergen before turning to "
             "science and policy journalism, is a former adviser to two ministers of fisheries.\n"
             "April 18, 2026\n"
             "SMALL AND ISOLATED lights are not enough to show the north as it is. Yet that is what its leaders do "
             "today. I have watched three governments promise a new deal for the coast and forget it after the vote. "
             "The fisheries need rules that outlast an election, and the ports need money that does not vanish.\n\n"
             "We should expect more of our leaders. The next government must publish its plan before the summer.\n")
_SUBMITTED = ("OPINION: A few words to my southern friends\n"
              "Submitted by Tom Adler*\n"
              "If a storm had struck the capital on the day of the vote, the consequences could hardly have been "
              "greater than what happened. I fear the region is on the cusp of a long decline. Anyone reading this "
              "grew up in a world where the north was first among equals.\n\n"
              "We must now choose our partners with care, and I believe the coast can still lead.\n")


# (the first the rules named already: a guard)
@pytest.mark.parametrize("text, name", [(_BIO_OPED, "Liv Aaberg"), (_SUBMITTED, "Tom Adler")])
def test_prose_no_rule_names_credited_writer(text: str, name: str) -> None:
    assert _authors(text) == {name}


_HEADLINE_SUBJECT = ("Piotr Malek is unlikely to lose the army's support anytime soon\n\n"
                     "Piotr Malek, the former prime minister, remains the most popular politician in Nordland. The army "
                     "has backed him through two elections, and Malek has returned the favour with a generous budget.\n\n"
                     "His rivals hope the courts will stop him. They are likely to be disappointed.\n")


def test_prose_headline_subject_is_not_the_writer() -> None:
    # the headline names the piece's subject: no writer, though the ranker is sure of him and a job stands by his name
    assert _authors(_HEADLINE_SUBJECT) == {None}
    seg = RuleSegmenter()
    seg._speaker_model = replace(seg._speaker_model, prose={**seg._speaker_model.prose, "veto": []})
    assert {c.speaker for c in seg.segment(_HEADLINE_SUBJECT).claims} == {"Piotr Malek"}  # the veto decides


def test_prose_caption_name_is_not_the_writer() -> None:
    text = ("Follow us\n"
            "Ana Ruiz harbour\n"
            "The harbour deal begins, but can it last?\n\n"
            "A deal that ends the blockade of the harbour is welcome and long overdue. However, it remains unclear "
            "whether it will work, given that the agreement gives the navy sixty days to withdraw.\n\n"
            "Had the government acted sooner, the fishermen would have lost less.\n")
    assert _authors(text) == {None}


def test_prose_ranker_setting_is_data() -> None:
    model = load_speaker_model()
    assert model.prose is not None and model.prose["threshold"] >= 0.9
    assert "title_line" in model.prose["veto"] and "b_by" in model.prose["evidence"]
    assert prose_model(replace(model, prose=None)) is None
    seg = RuleSegmenter()
    seg._speaker_model = replace(seg._speaker_model, prose=None)  # a model without prose settings: prose stays unnamed
    assert {c.speaker for c in seg.segment(_SUBMITTED).claims if not c.is_question} == {None}
    assert credited(_SUBMITTED, "Tom Adler", model) and not credited(_HEADLINE_SUBJECT, "Piotr Malek", model)


def _authors(text: str) -> set[str | None]:
    st = RuleSegmenter().segment(text)
    return {c.speaker for c in st.claims if not c.is_question and c.role.value in ("author", "unknown")}


# --------------------------------------------------------------------------------------------------------------- N1
@pytest.mark.parametrize("run, person", [
    ("Aachen Treaty", False), ("Warsaw Pact", False), ("Second Thomas Shoal", False), ("Mischief Reef", False),
    # guards: plain names, and a given name before a surname that is also a headline verb (tests/test_segment_pass60.py)
    ("Anna Berg", True), ("Tom Reed", True), ("James Holds", True),
])
def test_treaties_and_reefs_are_no_names(run: str, person: bool) -> None:
    assert is_person_name(run) is person


# --------------------------------------------------------------------------------------------------------------- S3
_SPEECH = ("\nGood morning, and thank you to the media for attending. We have addressed two issues that are closely "
           "related. I would like to thank our diplomatic services for their work, and my government will keep its word.\n\n"
           "We agreed to meet again in the spring.\n")


@pytest.mark.parametrize("title, name", [
    ("SPEECH BY THE PRESIDENT OF THE GOVERNMENT OF NORDLAND, ANA RUIZ", "Ana Ruiz"),
    ("Statement by the Minister for Foreign Affairs, Senator Tom Adler", "Tom Adler"),
    ("Speech by the Prime Minister, Piotr Malek, at the harbour summit", "Piotr Malek"),
])
def test_speech_title_office_then_name(title: str, name: str) -> None:
    # (under a dateline line: a title in the first line was read before)
    assert _authors("Oslo (Norway)\n" + title + _SPEECH) == {name}


@pytest.mark.parametrize("title", [
    "Speech by the Prime Minister of Nordland",  # no name: nobody
    "Remarks by the delegation of Nordland, Geneva",  # a place after the comma, no office before it
])
def test_speech_title_office_without_name(title: str) -> None:
    assert _authors("Oslo (Norway)\n" + title + _SPEECH) == {None}


# --------------------------------------------------------------------------------------------------------------- H1, C1
_HAILED = ("The High North\n\n"
           "Nordland's Foreign Minister, Ana Ruiz, has spent a lot of time in the Arctic explaining what is happening "
           "there.\n\n"
           "In this interview, she outlines why she feels that the High North merits more attention and how best to "
           "bring nations together to solve the issues emerging there.\n\n"
           "Ana Ruiz is Nordland's Minister of Foreign Affairs. She has long argued for more attention to the north, "
           "and she has visited every coastal town of her country, from the fjords of the south to the islands of the "
           "far north, to hear what the fishermen and the mayors want.\n\n"
           "Minister, the level of knowledge about what is happening in the Arctic is changing all the time.\n\n"
           "Does that make it very difficult to formulate policy?\n\n"
           "No, I think to the contrary. When knowledge increases, the ability to formulate policy goes up. We "
           "welcome every new study of the ice and the sea routes.\n")


def test_office_hail_before_a_lone_question_marks_the_interview() -> None:
    st = RuleSegmenter().segment(_HAILED)
    assert [c.text for c in st.claims if c.is_question] == ["Does that make it very difficult to formulate policy?"]
    answers = [c for c in st.claims if c.text.startswith(("No, I think", "When knowledge", "We welcome"))]
    assert answers and {(c.speaker, c.role.value) for c in answers} == {("Ana Ruiz", "interviewee")}


def test_lone_question_without_hail_or_announcement_stays_the_writers() -> None:
    # an op-ed's one question, no interview announced and no one hailed: the author's own
    text = ("The north needs a plan\n\nBy Tom Adler\n\n"
            "The level of knowledge about the Arctic is changing all the time. Governments struggle to keep up, and "
            "their strategies age before they are printed.\n\n"
            "Does that make it very difficult to formulate policy?\n\n"
            "Not at all. When knowledge increases, the ability to formulate policy goes up.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.is_question for c in st.claims)


@pytest.mark.parametrize("line", ["RSS", "SEND THIS ARTICLE TO A FRIEND", "Email this story to a friend", "Tell a friend"])
def test_feed_and_send_widgets_are_clutter(line: str) -> None:
    text = (f"Nordland and the Arctic\n{line}\n\nThe talks on the Arctic failed in May, and the ministers will meet "
            "again in the spring to try once more.\n")
    st = RuleSegmenter().segment(text)
    assert any(s.kind.value == "clutter" and s.reason == "share" and s.text.strip() == line for s in st.segments)
    assert all(line not in c.text for c in st.claims)


# --------------------------------------------------------------------------------------------------------------- T1
def test_cue_time_before_a_sum_is_stripped_and_the_sentence_joined() -> None:
    text = (":00:00. > :00:10.Welcome to the programme. I'm Tom Weiss.\n"
            ":00:11. > :00:13.The truth is, last year, the fund asked for, I think,\n"
            ":00:14. > :00:18.$8 or $9 billion to help the people of the north.\n"
            ":00:19. > :00:21.Only got, I think, less than half of that.\n")
    st = RuleSegmenter().segment(text)
    plain = [c.plain_text for c in st.claims]
    assert "The truth is, last year, the fund asked for, I think, $8 or $9 billion to help the people of the north." in plain
    assert not any(":00:" in p for p in plain)
