"""Rules of the forty-second pass, each on a text written for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter


def _answers(t: str) -> set[tuple[str | None, SpeakerRole]]:
    return {(c.speaker, c.role) for c in RuleSegmenter().segment(t).claims if not c.is_question and c.role is not SpeakerRole.EDITOR}


def test_the_outlets_journalist_with_an_initial_is_not_the_guest() -> None:
    # "<guest> talked with <Outlet>'s <First> <Initial>. <Surname>": the journalist asks, the subject answers
    t = ("Mon, 14 Mar 2011\n\n"
         "Neighbours who still do not know each other\n\n"
         "Professor of history at the University of Tartu, Aino Kask talked with The Baltic Courier's Lena M. Oja "
         "about Estonia and Finland. She spoke at a trade fair in Turku last week. This is an excerpt.\n\n"
         "Question How do you see the relationship between the two neighbours?\n\n"
         "Answer: It is not yet a natural relationship. The ties are thinner than people think.\n\n"
         "Question What would change that?\n\n"
         "Answer: More students crossing the gulf, and a ferry that runs in winter.\n")
    assert _answers(t) == {("Aino Kask", SpeakerRole.INTERVIEWEE)}


def test_an_outlets_reporter_told_the_news_is_no_guest() -> None:
    # "He told <Outlet> reporter X": X asked; never named as the one who answers
    t = ("OSLO: The spokesman for the harbour authority said ferries would stop if the strike went on.\n\n"
         "He told Nordic Wire reporter Per Olav Dahl in Oslo that the number of cancelled crossings was rising.\n\n"
         "What will happen to the winter timetable?\n\n"
         "It depends on the unions. We have asked them to meet us on Monday.\n\n"
         "Will the government step in?\n\n"
         "Not yet. The ministry is watching closely.\n")
    assert "Per Olav Dahl" not in {s for s, _ in _answers(t)}


def test_a_colleague_who_is_joining_the_host_is_the_guest() -> None:
    # "My colleague X is joining me live": X answers, not the leader the news line opens with
    t = ("President Ana Mura was honoured with the highest civilian award during her visit to the islands.\n"
         "Transcript\n"
         "00:00My colleague Tomas Reyes is joining me live on the broadcast from the capital.\n"
         "00:04Tomas, what long-term impact do you think this visit could have?\n"
         "00:09Massive impact.\n"
         "00:11The agreements signed today show a commitment to development.\n")
    named = {s for s, _ in _answers(t)}
    assert "Tomas Reyes" in named
    assert "Ana Mura" not in named


def test_a_guest_who_joins_us_is_still_the_guest() -> None:
    # guard: the older cue keeps working
    t = ("Summit notes\n\n"
         "Analyst Ivo Marsh joins us from Vienna to talk about the summit.\n\n"
         "Q: What did the summit decide?\n\n"
         "A: Very little. The leaders agreed to meet again in spring.\n\n"
         "Q: Was anyone pleased?\n\n"
         "A: The hosts were. They wanted the photographs.\n")
    assert ("Ivo Marsh", SpeakerRole.INTERVIEWEE) in _answers(t)


def test_an_interview_with_an_institutes_analyst_names_the_analyst() -> None:
    # guard: "<Institute>'s X" after "interview with" is the guest's employer, not an outlet's journalist
    t = ("Thursday, May 7, 2015\n\n"
         "Analysis Of Latvia's Energy Policy Interview With NORDEN's Karlis Ozols\n\n"
         "Latvia is once again arguing with its neighbours over gas. To help explore the policy is NORDEN's Karlis Ozols.\n\n"
         "1. Do you think Riga wants to leave the common market?\n\n"
         "The government is realistic. It knows it cannot go it alone.\n\n"
         "2. What happens next?\n\n"
         "More talks, and a new pipeline in the end.\n")
    assert _answers(t) == {("Karlis Ozols", SpeakerRole.INTERVIEWEE)}
