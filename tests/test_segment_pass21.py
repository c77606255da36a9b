"""Layouts from the twenty-first pass's dev sets (texts written for the project)."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._principal import person_part
from polisent.segment._sentences import split_sentences

# an interview whose bold questions lost their markup: each question is glued to its answer
_GLUED = (
    "Interview with Freedonian political analyst Marek Volny.\n"
    "The Sylvanian president travels to Brussels next week. In your opinion, what can we expect from the visit "
    "for the border talks?The EU wants to play a leading role in the talks. It has the means to do so.\n"
    "The ministers have met twice this year without progress. Both sides blame the other for the delay.\n"
    "So, I think that Brussels will push for a new round of talks before the summer.\n"
    "In your opinion, what will this visit change in the relations with Brussels? Will Sylvania send its "
    "ambassador back?I have no doubt that it will send the ambassador back. This is a formal matter.\n"
    "The harder question is trade, where the two sides remain far apart on customs and quotas.\n"
)


def test_a_question_glued_to_its_answer_is_cut_off_and_asked() -> None:
    st = RuleSegmenter().segment(_GLUED)
    q = [g.text.strip() for g in st.segments if g.kind is SegmentKind.QUESTION]
    assert any(x.endswith("for the border talks?") for x in q)
    # a run of two questions is asked as one
    assert "In your opinion, what will this visit change in the relations with Brussels? Will Sylvania send its ambassador back?" in q
    answers = [c for c in st.claims if c.text.startswith(("The EU wants", "I have no doubt", "The harder question"))]
    assert len(answers) == 3 and all(c.role is SpeakerRole.INTERVIEWEE and c.speaker == "Marek Volny" for c in answers)


def test_a_glued_question_mark_ends_a_sentence_but_a_link_does_not() -> None:
    t = "Will they come back?I have no doubt. See example.com/page?Id=4 for more."
    assert [t[s:e] for s, e in split_sentences(t, 0, len(t))] == [
        "Will they come back?", "I have no doubt.", "See example.com/page?Id=4 for more."]


def test_a_crosshead_naming_a_state_is_no_person() -> None:
    assert person_part("Lauded India") is None and person_part("Beyond Russia") is None
    assert person_part("National Interest") is None  # an outlet's name alone on its line is no author
    assert person_part("Anna Berg") == "Anna Berg"
    text = ("Close to Beijing, closer to Delhi\n\nRadhika Menon\n\n"
            "The new president of Sylvania may be close to Beijing in ideology, but his heart is closer to Delhi. "
            "His party has long leaned to the left.\n\n"
            "He visited Delhi this year and praised its digital identity scheme.\n\n"
            "Lauded India\n\n"
            "On his return, he is said to have praised India's help during the crisis of 2022. He may want to "
            "keep that goodwill alive.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {"Radhika Menon"}


def test_paywall_prompts_are_clutter() -> None:
    text = ("The Hermit Kingdom\n\nAn interview with Anna Berg\n\n"
            "Q: How does the new leader compare to his father?\n\n"
            "A: Following the sudden death of the old leader, some analysts hoped for a shift.\n\n"
            "You need a subscription to view this content. Subscribe here!\n"
            "Already have an account? Log in here.\n"
            "Want to try this article for free before subscribing? Click here.\n")
    st = RuleSegmenter().segment(text)
    assert any(c.text.startswith("Following the sudden death") for c in st.claims)
    assert not [c for c in st.claims if any(w in c.text for w in ("subscription", "account", "for free"))]
    # every prompt line is furniture with its reason (since pass 87 the first line goes as its two sentences, each
    # a prompt, rather than as one line)
    prompts = [g for g in st.segments if g.kind is SegmentKind.CLUTTER and g.reason == "subscribe"]
    for line in ("You need a subscription to view this content.", "Subscribe here!", "Already have an account?",
                 "Want to try this article for free before subscribing?"):
        at = text.index(line)
        assert any(g.start <= at < g.end for g in prompts), line


def test_a_bold_name_that_lost_its_colon_heads_each_answer() -> None:
    text = ("2020-10-15 What is the mood at the end of the campaign?\n\n"
            "Ana Ruiz Soto We are seeing a resurgence of the social movements. They take part in the campaign as "
            "they have not for a long time.\n\n"
            "After all the attempts to block your candidacy, what can guarantee a fair count of the vote?\n\n"
            "Ana Ruiz Soto We are extremely concerned. The electoral tribunal is making changes that hurt the "
            "transparency of the process. How can we talk about democracy when our people cannot campaign?\n\n"
            "And if you win, what comes first?\n\n"
            "Ana Ruiz Soto The economy comes first. Our people have suffered enough from the crisis.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if c.text.startswith(("We are", "The economy", "They take"))]
    assert len(answers) >= 3 and all(c.speaker == "Ana Ruiz Soto" and c.role is SpeakerRole.INTERVIEWEE for c in answers)
    q = [g.text for g in st.segments if g.kind is SegmentKind.QUESTION]
    assert "And if you win, what comes first?" in q
    # an op-ed's paragraphs that open with its subject's name are no turns
    oped = ("A fork in the road\n\nDavid L. Phillips is director of a programme on peace-building.\n\n"
            "David L. Phillips The Belgrade talks resumed after a long pause, and Phillips is not hopeful.\n")
    assert not any(c.speaker == "David L." for c in RuleSegmenter().segment(oped).claims)


def test_only_the_first_turn_labelled_then_bare_questions() -> None:
    text = ("Fidesz's rule faces uncertainty\n\n"
            "Despite a win in the European elections, the ruling party lost ground to a newcomer. Political "
            "scientist Anna Berg explains what comes next.\n\n"
            "harbour.fm: 44.8 percent for the ruling party - how do you assess the result?\n\n"
            "Anna Berg: The party kept its lead but failed to meet expectations. It lost two seats.\n\n"
            "Is that share still a poor result for the party?\n\n"
            "This is its worst showing in European elections so far. The trend is clear.\n\n"
            "What draws voters to the newcomer? What is his strategy?\n\n"
            "Voters find him appealing because he seems able to win. That is new.\n")
    st = RuleSegmenter().segment(text)
    q = [g.text for g in st.segments if g.kind is SegmentKind.QUESTION]
    assert "Is that share still a poor result for the party?" in q and "What draws voters to the newcomer? What is his strategy?" in q
    answers = [c for c in st.claims if c.text.startswith(("This is its worst", "Voters find him"))]
    assert len(answers) == 2 and all(c.speaker == "Anna Berg" for c in answers)


def test_sponsored_notices_promotion_lines_and_credited_captions_are_clutter() -> None:
    text = ("Talks stall in the north\n\n"
            "The president arrives at a party congress in the capital on May 3.Jan Kowalski/AFP via Getty Images\n\n"
            "The talks between the two parties stalled on Monday, and neither side expects a deal before the vote.\n\n"
            "About Sponsored Content This content was commissioned by the paper's business bureau.\n\n"
            "Never miss a story with breaking news alerts\n\n"
            "Find out more\n")
    st = RuleSegmenter().segment(text)
    assert [c.text for c in st.claims] == [
        "The talks between the two parties stalled on Monday, and neither side expects a deal before the vote."]
