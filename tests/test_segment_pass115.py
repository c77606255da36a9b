"""Pass 115 (issue 11): questions a magazine prints bare after one marked exchange.

- Q1: an interview marks its first exchange only ("Q. What happened at the summit?" / "A. We agreed ..."), then prints
  each question as a bare paragraph answered by the next one. Those paragraphs are the interviewer's questions when they
  open asking or put it to "you" and speak in no first-person singular; a guest's paragraph that ends on a question of
  his own ("In our meetings I keep hearing that question: why ...?") stays his answer, and so does a lone rhetorical
  question paragraph in a page whose every question is marked.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.segment import RuleSegmenter

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
