"""Pass 57 structure, from real pages read outside the corpus: "Name, outlet:" labels on their own line, a
publication named for its city taken for a person, an author line with a suffix or a long job in brackets, a
byline's co-authors. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._bylines import with_co_authors
from polisent.segment._labels import _label_of
from polisent.segment._person_names import is_person_name


def _answers(text: str) -> set[tuple[str | None, str]]:
    return {(c.speaker, c.role.value) for c in RuleSegmenter().segment(text).claims
            if not c.is_question and c.role in (SpeakerRole.AUTHOR, SpeakerRole.INTERVIEWEE)}


def _questions(text: str) -> set[tuple[str | None, str]]:
    return {(c.speaker, c.role.value) for c in RuleSegmenter().segment(text).claims if c.is_question}


def test_a_label_with_an_outlet_in_lower_case_on_its_own_line_asks() -> None:
    text = ("The minister spoke to us in Lisbon after the talks.\n\n"
            "Lena Brandt, euronews:\n\u201cYou have reached an initial agreement. What happens next?\u201d\n\n"
            "Foreign Minister Tomas Alvarado:\n\u201cWe will write the text in the coming weeks and sign it in June.\u201d\n\n"
            "Lena Brandt, euronews:\n\u201cAnd if the parliament says no?\u201d\n\n"
            "Foreign Minister Tomas Alvarado:\n\u201cThen we will try again, as we always have.\u201d\n")
    assert _questions(text) == {("Lena Brandt", "interviewer")}
    assert _answers(text) == {("Tomas Alvarado", "interviewee")}


def test_a_lower_case_description_is_a_label_only_when_it_reads_as_one() -> None:
    def label(s: str) -> str | None:
        got = _label_of(s, 0, len(s))
        return got[1] if got is not None else None

    assert label("Lena Brandt, euronews: \u201cWhat next?\u201d") == "Lena Brandt"
    assert label("Jane Doe, host: Welcome back.") == "Jane Doe"
    assert label("Alona Rees, senior editor:") == "Alona Rees"
    assert label("President Ortega, meanwhile: no deal") is None  # a sentence adverb
    assert label("Tim Hale, a Libya expert at Chatham House, said:") is None  # reported speech
    assert label("Mr. Ambassador, could you please tell us about yourself:") is None


def test_a_publication_named_for_its_city_is_no_author() -> None:
    assert not is_person_name("Jerusalem Time")
    assert is_person_name("Georgia Rose") and is_person_name("Jordan Peterson")
    text = ("OPINIONS\n\nTue 14 May 2024 9:05 am - Kyiv Independent\n\n"
            "Opinion| The ceasefire is a chance the region cannot waste\n\nKarim Ben-Haddad\n\n\n"
            "For two decades the border has seen raids, reprisals and broken truces, and yet both governments have "
            "quietly moved toward a settlement. The talks in Doha showed how far they have come. Time will tell.\n\n"
            "Neither side trusts the other, but both know that another war would ruin them. Time is short.\n")
    assert _answers(text) == {("Karim Ben-Haddad", "author")}


def test_an_author_line_with_a_suffix_or_a_long_job_in_brackets_names_the_writer() -> None:
    body = ("These days, everyone who talks about the Pacific begins by noting that it is becoming the centre of the "
            "world economy. That is true.\n\nChina has built a navy to match its trade, and Washington has not yet "
            "decided how to answer it.\n")
    text = ("Realignment in the Pacific\nRemarks to the annual conference on maritime security\n"
            "Ambassador Tomas R. Whitfield, Jr. (USFS, Ret.)\nManila, Philippines, 4 March 2019\n" + body)
    assert _answers(text) == {("Tomas R. Whitfield", "author")}
    text = ("The enlargement debate must go on\n\n3 June 2015\n"
            "Lena Marquardt (Head of European Politics and Institutions programme and Senior Policy Analyst)\n\n" + body)
    assert _answers(text) == {("Lena Marquardt", "author")}


def test_a_bylines_co_authors_are_one_speaker() -> None:
    t = "By Ruth Calloway and Dr. Ibrahim Nasser"
    assert with_co_authors(t, "Ruth Calloway", 16, len(t)) == "Ruth Calloway and Ibrahim Nasser"
    assert with_co_authors("By Ruth Calloway and Russia", "Ruth Calloway", 16, 27) == "Ruth Calloway"
    text = ("Why the bloc matters more than Washington thinks\n\nBy Ruth Calloway and Ibrahim Nasser\n\n"
            "In the contest to shape the world order, the bloc has become increasingly important. It now accounts for "
            "roughly a third of global output.\n\nThat might make the bloc seem like an anti-Western club. But for most "
            "of its history it has not acted as one.\n")
    assert _answers(text) == {("Ruth Calloway and Ibrahim Nasser", "author")}


def test_the_common_word_list_ships() -> None:
    from polisent.segment._person_names import common_words

    words = common_words()
    assert "meanwhile" in words and "euronews" not in words
    assert (Path(__file__).resolve().parents[1] / "polisent" / "data" / "common_words.txt").is_file()


def test_a_bare_question_between_two_turns_of_the_guest_is_the_interviewers() -> None:
    text = ("In this interview with the Example Daily, President Olek Marchenko speaks about the war.\n\n"
            "DAILY: Mister President, what was it like to see the station after the strike?\n\n"
            "Olek Marchenko: \u201eI no longer cry. The first days were hard. I always had wet eyes.\u201c\n\n"
            "Does it change you as a person?\n\n"
            "Marchenko: \u201eIt does not make you better. You cannot get used to the victims, but you do.\u201c\n\n"
            "DAILY: What do you expect from the summit?\n\n"
            "Marchenko: \u201eWeapons, and quickly.\u201c\n")
    st = RuleSegmenter().segment(text)
    asked = [c for c in st.claims if c.text.startswith("Does it change")]
    assert asked and all(c.is_question and c.role is SpeakerRole.INTERVIEWER for c in asked)
    assert _answers(text) == {("Olek Marchenko", "interviewee")}


def test_a_dialogue_printed_with_hyphens_asks_and_answers() -> None:
    text = ("Ivan Petrenko: The Minister Opens Up About His Profession\n\n"
            "His name is in the newspapers of many countries almost every day.\n\n"
            "His colleagues abroad call him the most experienced diplomat of his generation.\n\n"
            "Let's talk to one of the best-informed actors in international affairs, Minister Ivan Petrenko, about how "
            "to negotiate.\n\n"
            "- Hello.\n\n- Hello, Maria, nice to meet you.\n\n"
            "- What happened to your partners in the West?\n\n"
            "- They lost any sense of proportion, I am afraid.\n\n"
            "- What should our reaction to the arms supplies be?\n\n"
            "- We cannot forbid them. But we will draw conclusions.\n\n"
            "- How can the two sides reach a compromise?\n\n"
            "- The one who is stronger and wiser should step back first.\n")
    st = RuleSegmenter().segment(text)
    qs = [c.text for c in st.claims if c.is_question]
    assert len(qs) == 3 and all(q.endswith("?") for q in qs)
    assert _answers(text) == {("Ivan Petrenko", "interviewee")}


def test_a_headline_quoting_the_guest_over_a_q_and_a_is_no_turn() -> None:
    text = ("Interviews\n\nFebruary 05, 2014\n\n"
            "Lind: Washington still sees the missile threat as a risk to be managed\n\n"
            "The outgoing ambassador Peter Lind has given an interview to the agency about his years in the post and the "
            "state of relations between the two capitals.\n\n"
            "Question: Your departure came as a surprise. Is there any political reason for it?\n\n"
            "Answer: None at all. I was asked to stay as long as I could, and I did.\n\n"
            "Question: What will you miss most?\n\n"
            "Answer: The people, and the long conversations in the ministry's corridors.\n")
    st = RuleSegmenter().segment(text)
    head = next(s for s in st.segments if s.text.startswith("Lind:"))
    assert head.kind.value == "heading"
    intro = [c for c in st.claims if c.text.startswith("The outgoing ambassador")]
    assert intro and all(c.role is SpeakerRole.EDITOR for c in intro)


def test_a_person_a_question_speaks_of_is_not_the_unnamed_guest() -> None:
    text = ("1.Mr. Victor Hale broke with decades of practice and took a call from the island's president, Mei Lin. "
            "How do you read the message that Mr. Hale wanted to send?\n\n"
            "It is not yet clear whether he means to upgrade the island's status or to challenge the old policy. Either "
            "way he is sending a message to his own party and one to the mainland.\n\n\n\n"
            "2. What does that mean for relations with the island?\n\n"
            "It may mean little more than a change of protocol. But it could also lead to more arms sales.\n\n"
            "3. How will the mainland respond?\n\n"
            "Cautiously, I think. It has more to lose than to gain from a crisis now.\n")
    st = RuleSegmenter(speaker_model=True).segment(text)
    assert {c.speaker for c in st.claims if not c.is_question} == {None}


def test_an_office_label_in_capitals_stands_for_the_holder_named_with_it() -> None:
    text = ("Transcript: summit press conference\n\n"
            "JAMES CURRAN, MODERATOR: Foreign Minister, welcome. What do you expect from the summit?\n\n"
            "PENNY WONG, FOREIGN MINISTER: Thank you, James. We expect a great deal from it.\n\n"
            "JAMES CURRAN: And the trade talks, will they go anywhere?\n\n"
            "FOREIGN MINISTER: They will. We have made real progress with our partners in the region.\n\n"
            "JAMES CURRAN: Last one: the defence pact?\n\n"
            "FOREIGN MINISTER: It stands, and it will be stronger after this week.\n")
    assert _answers(text) == {("Penny Wong", "interviewee")}
    assert _answers(text.replace("FOREIGN MINISTER:", "Foreign Minister:")) == {("Penny Wong", "interviewee")}


def test_a_request_without_its_question_mark_asks() -> None:
    text = ("JIM LINDSAY: Welcome to the show. My guest today is Ebo Mensah, a fellow at the institute.\n\n"
            "I'd like to begin with just having you give us an overview of the coups in the region.\n\n"
            "EBO MENSAH: Thank you, Jim. There have been six of them in four years, and each had its own causes.\n\n"
            "JIM LINDSAY: So I was wondering if you could tell us which of them worries you most.\n\n"
            "EBO MENSAH: The last one, because the army there has no plan to hand power back.\n")
    asked = [c.text for c in RuleSegmenter().segment(text).claims if c.is_question]
    assert any(a.startswith("I'd like to begin") for a in asked)
    assert any(a.startswith("So I was wondering") for a in asked)


def test_a_transcript_titled_interview_with_its_host_keeps_the_roles_the_turns_show() -> None:
    text = ("Morning Radio - interview with Tom Walker\n\n"
            "TOM WALKER Some bad news around this morning, but very happy to say our Foreign Minister is on the line.\n\n"
            "JULIA BRENT Good morning Tom.\n\n"
            "TOM WALKER What a year you've had. Do you ever feel like you're in a pinball machine?\n\n"
            "JULIA BRENT It has been a challenging year for the country and for many others around the world.\n\n"
            "TOM WALKER Yes it has. You must have had more exposure abroad than any minister before you.\n\n"
            "JULIA BRENT There is a lot of travel involved, but much of my focus has been on the region.\n\n"
            "TOM WALKER And the inquiry into the crash, is there much you can't tell us?\n\n"
            "JULIA BRENT There is a time to be diplomatic and a time to be frank, and this is a time to be frank.\n")
    assert _answers(text) == {("Julia Brent", "interviewee")}


def test_a_browser_notice_is_clutter() -> None:
    for notice in ("IE 11 is not supported.", "For an optimal experience visit our site on another browser.",
                   "Please Update your browser", "Please ensure Javascript is enabled for purposes of website accessibility"):
        text = f"Title of the piece\n\n{notice}\n\nThe talks resumed on Monday after a long pause, and both sides were hopeful.\n"
        seg = next(s for s in RuleSegmenter().segment(text).segments if s.text == notice)
        assert (seg.kind.value, seg.reason) == ("clutter", "other")
    text = "Title\n\nThe new browser war is not supported by evidence, the minister said on Monday.\n"
    assert all(s.kind.value != "clutter" for s in RuleSegmenter().segment(text).segments)


def test_a_title_that_puts_questions_to_someone_names_the_one_who_answers() -> None:
    answers = ("1When you founded the review, would you have predicted the region would look as it does today? We were "
               "cautiously optimistic. Democracy was spreading, and the old dictatorships were isolated.\n\n"
               "2Who is to blame for the setbacks since then? Mostly the leaders who promised everything, said Rosa Lind, "
               "a historian I admire, and she was right about that.\n\n"
               "3What comes next? I do not know. Nobody does, and anyone who says otherwise is selling something.\n")
    text = "3 QUESTIONS FOR Marco Vidal\n\nArticle excerpt\n\nHistorian and publisher.\n\n" + answers
    assert _answers(text) == {("Marco Vidal", "interviewee")}
    text = ("Marco Vidal Answers:\n1. When you were a prosecutor, did you expect the region to look as it does today?\n"
            "In 1985, as a deputy prosecutor, I learned how the crimes were committed. Rosa Lind, a scholar, later wrote "
            "the best account of it.\n"
            "2. How would you describe the way your country dealt with its past?\n"
            "Each country managed the violence in its own way, and ours was slower than most.\n")
    assert _answers(text) == {("Marco Vidal", "interviewee")}

