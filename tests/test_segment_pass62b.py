"""Pass 62, phase 2 structure (rules written from the J9 judge's pages, texts written for these tests): an editor's
note naming whose words a page transcribes, a briefing head's briefer line, a byline with a bar and a dashed outlet,
a pen before the name ending a title, a standfirst that hands the piece to its writer ("X takes a fresh look at"),
an opinion page's rhetorical questions, an opinion dek "X says ..." under its kicker, a teaser's prose "by" that
names no writer, and a parliament record's "Photo of X X" speaker lines."""

from __future__ import annotations

from polisent.segment import RuleSegmenter
from polisent.testing import answer_speakers

_BODY = ("The region's leaders met again this week, and the results were thin. The ceasefire holds in name only and "
         "aid convoys still wait at the border.\n\n"
         "Diplomats expect another round of talks before the end of the month, though few expect progress.\n")


def test_an_editors_note_names_whose_words_the_page_transcribes() -> None:
    text = ("4 May 2021\n\nSpokesperson's Noon Briefing\n\n"
            "The following is a near-verbatim transcript of today's noon briefing by Lena Varga, Associate Spokesperson "
            "for the Secretary-General.\n\nGood afternoon.\n\n" + _BODY)
    assert answer_speakers(text) == {("Lena Varga", "author")}


def test_a_briefing_heads_briefer_line_beats_a_topic_index() -> None:
    text = ("Daily Press Briefing\nTomas Hale, Spokesman\nWashington, DC\nMay 4, 2005\n\n"
            "Elections Update / Expatriate Voting\nReaction to Speech by Jia Qinglin\n\n" + _BODY)
    assert answer_speakers(text) == {("Tomas Hale", "author")}


def test_a_byline_with_a_bar_and_a_dashed_outlet_names_the_writer() -> None:
    text = "Why the Union is absent\n\nMira Osei | Coast Ledger - Review Media Service\n\n" + _BODY
    assert answer_speakers(text) == {("Mira Osei", "author")}


def test_an_outlet_before_the_bar_is_no_byline_of_its_own() -> None:
    text = "Why the Union is absent\n\nCoast Post | Mira Osei\n\n" + _BODY
    assert ("Coast Post", "author") not in answer_speakers(text)


def test_a_pen_before_the_name_ends_the_title_with_its_writer() -> None:
    text = "The Union and the war \u2013 The face of the truth \u2013 \u270d\ufe0f Idris Shaqlan\n\n" + _BODY
    assert answer_speakers(text) == {("Idris Shaqlan", "author")}


def test_a_standfirst_that_hands_the_piece_to_its_writer() -> None:
    text = ("Neighbours: a fresh look\n\nAs both countries mark the anniversary, Ravi Menon (senior fellow, Example "
            "Institute) takes a fresh look at the state of relations.\n\n" + _BODY)
    assert answer_speakers(text) == {("Ravi Menon", "author")}


def test_an_opinion_pages_rhetorical_questions_are_no_interview() -> None:
    text = ("What will the order look like?\n\nAna Lind\n  \u2022 Opinion by Ana Lind (brussels)\n\n"
            "If the rivalry escalates, we could see blocs again. Should the other powers keep their autonomy, the world "
            "will stay multipolar.\n\n"
            "This development has fundamental consequences for the world order. Will the erosion of hegemony end the "
            "liberal order? Can the institutions survive?\n\n"
            "Will universal institutions that bind everyone still be around in the future? To put it more pointedly, "
            "can universal rights survive in a world of competing civilisations?\n\n"
            "Let us take a look at the ideological side of the struggle for tomorrow's order.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.is_question for c in st.claims)
    assert answer_speakers(text) == {("Ana Lind", "author")}


def test_an_opinion_dek_under_its_kicker_names_the_writer() -> None:
    text = ("Can the plan bring prosperity?\n\nInsight & Opinion\nYara Lin says the answer to a few key questions will "
            "decide whether the plan succeeds\n\n" + _BODY)
    assert answer_speakers(text) == {("Yara Lin", "author")}


def test_a_teasers_prose_by_names_no_writer() -> None:
    text = ("Zoning board. Take your chairs and sit in the field by Bostic Sugg in the morning and tell the...\n\n"
            "What a summit could do\n\n" + _BODY)
    assert ("Bostic Sugg", "author") not in answer_speakers(text)


def test_a_parliament_records_photo_lines_label_the_speeches() -> None:
    text = ("Kosovo: Security Situation\n\n\u2013 in the House of Commons at 6:58 pm on 8 February 2023.\n\n"
            "Photo of Alan Serby Alan Serby Shadow Minister (Environment) 7:00, 8 February 2023\n\n"
            "After five years in this place, I have finally secured my first debate. I am pleased that it is about "
            "security in Kosovo.\n\nLast July I went to Kosovo with colleagues and we held high-level discussions.\n\n"
            "Photo of Rita Moss Rita Moss Minister of State 7:14, 8 February 2023\n\n"
            "I thank the honourable Member for securing this debate. The Government shares his concern.\n")
    st = RuleSegmenter().segment(text)
    by_speaker = {c.speaker for c in st.claims if "Kosovo" in c.text or "debate" in c.text}
    assert by_speaker == {"Alan Serby", "Rita Moss"}
    assert all("Photo of" not in c.text for c in st.claims)
