"""Rules of the forty-first pass, each on a text written for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

_OPED = ("Home | Columns | Reports | About\n\n"
         "Column 0412 Varga\n\n"
         "Where Will Danube Shipping Relations Go After the Election?\n\n"
         "By Ilona Varga\n\n"
         "Where will Danube shipping relations go after the election, now that the new coalition has taken office?\n\n"
         "Judging from the campaign, the new government may change course on tariffs and river tolls.\n\n"
         "On the other hand, the change opens new ways of working with the neighbours downstream.\n\n"
         "The first weeks were busy. The planned visit of the transport minister was cancelled.\n")


def test_an_oped_asking_its_titles_question_again_is_no_interview() -> None:
    # the opening paragraph restates the title's question: the author's own question, and the byline names her
    st = RuleSegmenter().segment(_OPED)
    assert not any(c.is_question for c in st.claims)
    assert {(c.speaker, c.role) for c in st.claims} == {("Ilona Varga", SpeakerRole.AUTHOR)}


def test_a_different_second_question_still_makes_an_interview() -> None:
    # guard: a question title over an interview whose first question asks something else
    t = ("Will the Danube Shipping Deal Survive the Election?\n\n"
         "Transport analyst Ilona Varga spoke to us about the river trade.\n\n"
         "How did the new coalition win the vote?\n\n"
         "It promised lower tolls. Voters in the river towns liked that.\n\n"
         "What happens to the deal with Vienna now?\n\n"
         "It will be renegotiated, but it will not be dropped.\n")
    st = RuleSegmenter().segment(t)
    asked = {c.text for c in st.claims if c.is_question}
    assert {"How did the new coalition win the vote?", "What happens to the deal with Vienna now?"} <= asked
    assert {c.speaker for c in st.claims if not c.is_question} == {"Ilona Varga"}


def test_a_long_byline_with_the_writers_offices_beats_the_outlets_byline() -> None:
    # "By Euronews" over "By <name>, <a job of more than twenty words>": the writer's byline names the author
    t = ("Views. The union must settle its own crisis before lecturing others\n\n"
         "By Euronews\n"
         "Share this article\n\n"
         "By Karel Janssens, former Dutch prime minister and President of the Alliance of Liberals and Democrats "
         "for Europe Group (ALDE) in the European Parliament\n\n\n"
         "European leaders have mastered the art of lecturing others. Sadly, the same cannot be said for their "
         "ability to act at home.\n\n"
         "The crisis in the union has shaken it to its core. The courts have been ignored for years.\n")
    st = RuleSegmenter().segment(t)
    assert {c.speaker for c in st.claims} == {"Karel Janssens"}
    assert not any("Karel Janssens" in c.text for c in st.claims)
