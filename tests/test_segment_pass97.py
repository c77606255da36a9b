"""Pass 97 (issue 11): an excerpt opening on the interviewer's compound question put to no "you" (Q3); a question after a
standfirst that announces the interview is no dek (D2), nor are questions put to "you" (D3).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import claims as _claims

from polisent.records import SpeakerRole

_ANSWER = ("The annexation of the peninsula was already a shock for the country. It explains why, even then, the "
           "government took the difficult decision to side with its neighbours in supporting the sanctions. That move "
           "genuinely surprised the other side, and it changed how the public saw the whole relationship.\n"
           "Those events triggered a reassessment of the old balance, when foreign policy sought good relations with "
           "both sides at once.")


def test_an_excerpt_opening_on_a_compound_question() -> None:
    text = ("What is the general mood in the country toward its neighbour after the invasion? Is fear dominant, and how "
            "different is the situation between the two countries today?\n" + _ANSWER + "\n")
    cl = _claims(text)
    assert [x for q, _, _, x in cl if q][:1] == ["What is the general mood in the country toward its neighbour after the invasion?"]
    assert all(role is SpeakerRole.INTERVIEWEE for q, _, role, _ in cl if not q)


def test_a_headline_question_over_an_oped_stays_the_writers() -> None:
    # the guard: one short question over the writer's text is a headline, no interviewer's
    text = "Is fear dominant?\n" + _ANSWER + "\n"
    assert not any(q for q, _, _, _ in _claims(text))


def test_a_question_after_a_standfirst_that_announces_the_interview_is_no_dek() -> None:
    text = ("Dr. Ana Ruiz is a leading academic in the capital and the director of the Harbour Institute. An associate "
            "professor of regional studies, her work covers defence policy and maritime security in the region. Our "
            "contributor Tom Berg sat down with Dr. Ruiz earlier this month to discuss the future of the alliance.\n"
            "What is the status of security ties between the two countries?\n"
            "Current security ties between the two countries are still weak, especially because of the pressure from "
            "the north.\n"
            "For example, the two navies should cooperate closely at sea, but they don't. They should share intelligence, "
            "and they don't.\n"
            "Right now, both governments are trying to connect in order to cooperate in these areas, and the new leaders "
            "are more open to it.\n"
            "What will be the next steps?\n"
            "A maritime agreement first, and then a regular dialogue between the two defence ministries.\n")
    cl = _claims(text)
    assert sum(q for q, _, _, _ in cl) == 2
    assert any(not q and role is SpeakerRole.INTERVIEWEE and x.startswith("Current security ties") for q, _, role, x in cl)
