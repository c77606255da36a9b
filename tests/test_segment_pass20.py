"""Interview formats from the twentieth pass's blind sets (texts written for the project)."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._intro_person import intro_person
from polisent.segment._principal import person_part

_OPENS_ASKING = (
    "Photo 2023-05-02 Lucía Ferreira, Foreign Minister of Freedonia during the government of Tomás Vidal. "
    "Photo: AP - Jan Kowalski\n\n"
    "Has the new government's approach to the border talks with Sylvania seemed right to you so far?\n\n"
    "The relationship with Sylvania needs a change after four difficult years, and that change must be "
    "prepared with care. The consulates that closed in 2019 should reopen, and the bridges with them.\n\n"
    "Trade matters just as much for the border towns, which have lived through years of chaos. I hope the "
    "ministers know that a lasting relationship needs trust on both sides.\n\n"
    "I do not think it will be easy, but the ambassadors have a clear road map to follow.\n"
)


def test_an_excerpt_that_opens_on_a_question_put_to_you() -> None:
    st = RuleSegmenter().segment(_OPENS_ASKING)
    q = [g for g in st.segments if g.kind is SegmentKind.QUESTION]
    assert [g.text.strip() for g in q] == [
        "Has the new government's approach to the border talks with Sylvania seemed right to you so far?"]
    answers = [c for c in st.claims if c.text.startswith(("The relationship", "Trade matters", "I do not think"))]
    assert len(answers) == 3 and all(c.role is SpeakerRole.INTERVIEWEE for c in answers)
    # the caption gives one of its people a job: she is the interviewee, not the president it names
    assert all(c.speaker == "Lucía Ferreira" for c in answers)


def test_a_headline_question_is_still_a_title() -> None:
    text = ("Is the Border Deal Dead?\n\n"
            "The talks between Freedonia and Sylvania broke down on Monday after the two delegations failed to "
            "agree on the customs posts. Both sides blamed the other for the collapse of the process.\n\n"
            "Diplomats say a new round could start in the spring, once the elections are over.\n")
    st = RuleSegmenter().segment(text)
    assert not [g for g in st.segments if g.kind is SegmentKind.QUESTION]
    assert st.segments[0].kind is SegmentKind.HEADING


def test_the_job_of_a_quoted_expert_does_not_make_him_the_interviewee() -> None:
    text = ("\u201cThe policy community underestimated the threat,\u201d lamented Carl Dorsey, a former defence "
            "official now at the Atlantic Institute. The Gazette's Ina Voss interviewed President Mara Lind and "
            "President Olev Tamm this week. Excerpts follow.\n\nQ. How do you see it?")
    assert intro_person(text, text.index("Q.")) is None


def test_the_host_welcomes_the_guest_a_few_turns_in_and_voices_take_their_introductions() -> None:
    text = (
        "Speaker 1 (00:00):\nSo the big question this morning is how voters will feel about the new pact. "
        "Former Prime Minister Helen Marsh this morning, when she said the government should think again.\n"
        "Speaker 2 (00:12):\nGiven how the public feels about that administration, I cannot see it being popular "
        "to be seen realigning with a partner that volatile.\n"
        "Speaker 1 (00:31):\nJeremy Mills is a strategic studies expert at Harbour University. Hey Jeremy, "
        "welcome back.\n"
        "Speaker 3 (00:37):\nGood evening.\n"
        "Speaker 1 (00:38):\nHas Helen got a point.\n"
        "Speaker 3 (00:40):\nLook, I think everything will be on the table with a new administration. It is a "
        "big question whether the pact survives at all, and the second pillar is even less certain.\n"
        "Speaker 1 (01:02):\nAnd what about the trade side of it.\n"
        "Speaker 3 (01:05):\nTrade will be the harder part, because the tariffs are already in place and the "
        "exporters have started to look elsewhere.\n"
    )
    st = RuleSegmenter().segment(text)
    host = [g for g in st.segments if g.text.startswith("Speaker 1")]
    assert host and all(g.role is SpeakerRole.INTERVIEWER for g in host)
    by_voice = {g.text.split(" (")[0]: g.speaker for g in st.segments if g.text.startswith(("Speaker 2", "Speaker 3"))}
    assert by_voice == {"Speaker 2": "Helen Marsh", "Speaker 3": "Jeremy Mills"}


def test_a_guest_greeted_by_first_name_after_the_full_name() -> None:
    text = (
        "Speaker 1 (00:00):\nLots of messages coming in on the drills around the island this morning. Thanks "
        "for your texts. Robert Palmer, the Harbour University international relations expert, is with me. "
        "Robert, good morning to you.\n"
        "Speaker 2 (00:33):\nGood morning.\n"
        "Speaker 1 (00:34):\nDo you reckon the texters have a point?\n"
        "Speaker 2 (00:37):\nI think they have a point. We are entering a period of uncertainty, and Beijing "
        "has been concerned about the island's leadership for some time.\n"
        "Speaker 1 (01:08):\nWould they have done this if Washington were not busy elsewhere?\n"
        "Speaker 2 (01:21):\nI think they are testing the waters. This is part of a long-term policy of "
        "pressure, and the timing is about the calendar in Washington.\n"
    )
    st = RuleSegmenter().segment(text)
    guest = [c for c in st.claims if c.text.startswith(("I think", "We are", "This is part"))]
    assert guest and all(c.speaker == "Robert Palmer" for c in guest)


def test_a_self_introduction_is_not_part_of_a_name() -> None:
    assert person_part("I'm Anna Berg") == "Anna Berg"
    assert person_part("I\u2019m Anna Berg") == "Anna Berg"
    text = "From the Daily Times, I'm Michael Barr. This is The Morning. Today, a conversation with a general.\nHi there."
    assert intro_person(text, text.index("Hi there")) is None


def test_a_newspaper_with_an_article_is_no_interviewee() -> None:
    assert person_part("La República") is None and person_part("EL PAÍS") is None
    assert person_part("DAS Sumar") == "DAS Sumar"  # an office's initials, not the German article
    text = ("The deputy and president of the Civic Convergence party, Diego Ruiz Marín, visited our country and spoke "
            "with La República about the constituent assembly.\n\n"
            "\u2014Why do Peruvians reject a constituent assembly?\n\n"
            "\u2014I think it is not hard to understand that a constitution is the law of laws, and that people can "
            "see what it changes in their lives.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if c.text.startswith("\u2014I think")]
    assert answers and all(c.speaker == "Diego Ruiz Marín" for c in answers)


def test_a_dek_that_ends_with_the_writer_names_the_author() -> None:
    text = ("Grading the government's answer to the tariff threats\n\n"
            "Dealing with a bully is never easy. The administration has acted like one with many countries, but it "
            "has raised some fair concerns that need answers.\n\n"
            "Some of the questions raised on trafficking and tariffs are valid, Tomas Brenner writes. (Photo/X)\n\n"
            "Trade imbalances do exist, and a level playing field often does not. That is a fair statement.\n")
    st = RuleSegmenter().segment(text)
    body = [c for c in st.claims if c.text.startswith(("Dealing", "Trade imbalances"))]
    assert body and all(c.speaker == "Tomas Brenner" for c in body)


def test_a_commentary_under_a_name_line_in_capitals() -> None:
    text = ("Freedonia votes for change\n\n"
            "The opposition candidate won the run-off on Sunday with a clear majority.\n\n"
            "COMMENTARIES\n\n"
            "Ivan KOSLOV, ex-prime minister of Freedonia:\n\n"
            "\u201cThe main reason people voted for him is a protest against the second government of the old party.\n\n"
            "\u201cThe president has no power to move the country into another orbit.\n")
    st = RuleSegmenter().segment(text)
    said = [c for c in st.claims if c.text.startswith("\u201c")]
    assert said and all(c.speaker == "Ivan Koslov" for c in said)


def test_a_guest_introduced_after_the_hosts_opening_questions() -> None:
    text = ("Hello and welcome to the show\u2026\n"
            "Are the refugees going home any time soon? How much do they know about the deal?\n"
            "The team has just published a report on what 1,700 refugees know and feel about returning. Joining me to "
            "discuss their findings is Research Assistant, Nikos Andreou.\n"
            "What prompted you to do the survey now?\n"
            "Well, first of all, we did two other surveys before, and the question of going back came up in both.\n"
            "What did you find most surprising?\n"
            "Well, that just over half of them want to go back, but only with guarantees of citizenship.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if c.text.startswith("Well")]
    assert answers and all(c.speaker == "Nikos Andreou" for c in answers)
