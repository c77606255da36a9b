"""Pass 56 structure: an office holder who "gave an interview" is its guest, a journalist named by the job after
"interview with" asks, and a headline's words the cues took for a name are nobody's name. Texts written for
these tests."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._person_names import reads_as_phrase
from polisent.segment._principal_cues import outlet_asks


def _speakers(text: str) -> set[tuple[str | None, str]]:
    return {(c.speaker, c.role.value) for c in RuleSegmenter().segment(text).claims
            if not c.is_question and c.role in (SpeakerRole.AUTHOR, SpeakerRole.INTERVIEWEE)}


def test_an_office_holder_who_gave_an_interview_is_its_guest() -> None:
    text = ("President Anara Tokova gave a brief interview to the Example News Agency, where she commented on reports "
            "about sanctions.\n\n"
            "- Some media reported that an American senator, Robert Hale, wrote a letter to you about the sanctions. Is "
            "there any reason to suspect that our country helps to get around them?\n\n"
            "- There is no reason to suspect it. Our trade with the neighbours has grown, but we watch every shipment.\n\n"
            "- What will you tell the senator?\n\n- We will answer him in writing, as is the custom.")
    assert _speakers(text) == {("Anara Tokova", "interviewee")}


def test_an_office_holder_the_text_reports_on_is_still_no_guest() -> None:
    text = ("President Anara Tokova told the council on Monday that the reform would go ahead.\n\n"
            "The reform has been debated for three years. Its critics say it gives the capital too much power over the "
            "regions, and its supporters say it will end years of paralysis.\n\n"
            "Whether the council agrees is another matter, and the vote is not expected before the summer.")
    assert ("Anara Tokova", "interviewee") not in _speakers(text)


def test_the_journalist_named_after_interview_with_asks_wherever_the_sentence_goes() -> None:
    t = "In a brief interview with British journalist Tom Hale on a BBC programme, President Luis Ortega put it bluntly."
    assert outlet_asks(t, t.index("Tom"), t.index("Tom") + len("Tom Hale"))
    text = ("The government will go on with the deportations and will not allow camps on its soil.\n\n" + t + "\n\n"
            "The interviewer asked Ortega about changes to his policy after the crisis next door.\n\n"
            "We will not stop the deportations, and we will not authorise camps. Our country cannot carry the burden alone.\n\n"
            "The international community has to do more, and it has to do it now.")
    assert "Tom Hale" not in {n for n, _ in _speakers(text)}


def test_a_headline_in_capitals_is_no_author() -> None:
    text = ("EUROPE: BERLIN\u2019S STRATEGIC SHIFT\n\nThere is a widespread view that Germany\u2019s ties with China are so close "
            "that they amount to a betrayal of its allies, and that its leaders will never change course.\n\n"
            "In reality, it was an earlier government that launched the policy of closer trade. The present one built on it "
            "because it made economic sense. But the war in Europe is changing that.\n\n"
            "During the last decade, it was Berlin that argued for engagement.")
    assert _speakers(text) == {(None, "author")}


def test_reads_as_phrase_tells_headline_words_from_names() -> None:
    for phrase in ("Understandable Motives", "Strategic Shift", "Trump Moves Towards Putin", "Beyond Strategic Depth",
                   "Historical Context and Geopolitical Significance"):
        assert reads_as_phrase(phrase), phrase
    for name in ("Mark Brown", "Will Glasgow", "Hope Hicks", "Theresa May", "Sophie in 't Veld", "Xiomara Castro de Zelaya",
                 "ADF Staff", "Senior Administration Official One", "Khatib", "K.K. Tokayev"):
        assert not reads_as_phrase(name), name


def test_a_briefing_label_with_a_title_in_capitals_stays_one_turn() -> None:
    text = ("Daily Press Briefing\n\nQUESTION: Have you any update on the prisoners?\n\n"
            "MS. PSAKI: I don't think there is news today, James. But we are watching.\n\n"
            "QUESTION: Well, nobody will tell us who they are.\n\n"
            "MR. PRICE: Well, as I have said, we will not list them.\n\nQUESTION: Thank you.\n")
    answers = [s for s in RuleSegmenter().segment(text).segments if s.kind.value == "answer"]
    assert [s.text.split(":")[0] for s in answers] == ["MS. PSAKI", "MR. PRICE"]
    assert all(s.speaker is not None and s.role is SpeakerRole.INTERVIEWEE for s in answers)


def test_a_royal_title_as_the_label_stands_for_the_holder_the_intro_names() -> None:
    text = ("Full transcript of the interview\n\n"
            "This is the transcript of the interview aired on Sunday with Jordan's Crown Prince Hamad bin Faisal, "
            "recorded in Amman last week.\n\n"
            "INTERVIEWER: Will the talks resume?\n\n"
            "CROWN PRINCE: They will. We have never closed the door, and we will not close it now.\n\n"
            "INTERVIEWER: When?\n\nCROWN PRINCE: When both sides are ready to listen to each other.\n")
    assert _speakers(text) == {("Hamad bin Faisal", "interviewee")}


def test_an_edited_interviews_topic_prompts_ask_and_the_quotes_answer() -> None:
    # one line per paragraph, as a page's extraction leaves it (blank lines between them already made the
    # prompts headings that ask)
    text = ("BRUSSELS \u2013 The alliance agreed on its harshest sanctions yet on Tuesday, spurred by what its leaders called "
            "continued interference in the region.\n"
            "While the new measures were being put in place, the foreign minister, Anna Berg, was visiting Washington. At the "
            "end of three busy days, she met with us for an interview to discuss the developments. Here are excerpts:\n"
            "On Tuesday\u2019s sanctions:\n"
            "\u201cSpeaking with one voice is an extremely important development. Sanctions imposed in parallel, in coordinated "
            "action, are as effective as the sanctions themselves.\u201d\n"
            "On seeking U.S. military assistance and a closer alliance:\n"
            "\u201cIt is one of the options. The situation in the region is a unique one, and we need to come up with unique "
            "ideas in our cooperation.\u201d\n"
            "On loans and the potential need for more financing:\n"
            "\u201cWe have to pay for the fighting, but we also have to pay for destroyed infrastructure, water and gas "
            "networks, and we lost considerable revenue.\u201d\n")
    segs = RuleSegmenter().segment(text).segments
    prompts = [s for s in segs if s.text.startswith("On ")]
    assert len(prompts) == 3 and all(s.kind.value == "question" for s in prompts)
    quotes = [s for s in segs if s.text.startswith("\u201c")]
    assert quotes and all(s.kind.value == "answer" and s.role is SpeakerRole.INTERVIEWEE for s in quotes)
