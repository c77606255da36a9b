"""Pass 107 (issue 11): a speech's title names its speaker, and a sentence's first word is no part of a name.

A speech printed alone under its title ("Address by President Ana Ruiz" under the event's name, "Harbour Peace
Summit"), with no question and no turns, is the title's speaker's, even where the event's name could read as a name
line and the speech names the speaker (T2). A sentence that opens with a conjunction or an adverb before a surname
("But Ruiz was front and centre last week ...") does not make "But Ruiz" a person: the standfirst's full name stands
(N4). A page widget's call ("Join Whatsapp Channel") is no author line (N5, pass 109).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers, speakers

from polisent.records import SpeakerRole
from polisent.segment._person_names import is_person_name


def test_a_speech_under_its_title_is_the_titles_speakers() -> None:
    text = ("Harbour Peace Summit\n\n"
            "Harbour Peace Summit\n\n"
            "Address by President Ana Maria Ruiz\n\n"
            "Your Majesties, Excellencies, distinguished guests,\n\n"
            "Today we meet in the capital at a hard time, a time that tests our conscience before our interests. "
            "The whole world is watching what we do in this hour.\n\n"
            "I speak to you frankly. The siege must end, the crossings must open, and the talks must resume without "
            "conditions. Our country has paid for this war with its economy and with the lives of its sons.\n\n"
            "We will not accept the displacement of a people from its land, and we will say so in every forum.\n")
    assert speakers(text) == {"Ana Maria Ruiz": SpeakerRole.AUTHOR}


def test_a_sentences_first_word_is_no_part_of_a_name() -> None:
    assert not is_person_name("But Ruiz") and not is_person_name("Meanwhile Ruiz")
    assert is_person_name("Oh Se-hoon") and is_person_name("Ana Ruiz")
    text = ("Envoy to the North\n\n"
            "Lena Ruiz probably did not expect to be at the centre of a crisis when she became the country's Arctic "
            "envoy last July.\n\n"
            "But Ruiz was front and centre last week when the new consulate opened in the capital of the island, after "
            "threats from abroad to annex it.\n\n"
            "How has it been so far, taking on such an important job?\n\n"
            "It has been a humbling experience, and a busy one. The region matters more every year.\n\n"
            "What are your priorities as the new envoy?\n\n"
            "Strengthening our ties with the island's people and its government comes first.\n")
    assert answer_speakers(text) == {"Lena Ruiz"}


def test_a_standfirsts_bio_cue_keeps_a_titled_name() -> None:
    # (N4 as first written took only runs that read as a person's name whole, and lost "Kenyan President Daniel Okello
    # is ...": the reporter the standfirst names later became the guest; pass 108 drops only a sentence's opening word)
    text = ("- The Harbour Times - Wednesday, June 11, 2003\n\n"
            "Kenyan President Daniel Okello is in Washington this week meeting with government and business leaders. On "
            "Tuesday, he met the president in the Oval Office. Later, Mr. Okello was interviewed by reporter Tom Bell of "
            "The Harbour Times.\n\n"
            "Question: The region has been hit hard by the floods. How is Kenya dealing with them?\n\n"
            "Answer: We were among the first to be hit, and we built the dykes years ago. We have contained the "
            "rivers in the north, and the south is next.\n\n"
            "Question: Will the aid from Washington help?\n\n"
            "Answer: It will, if it comes before the rains.\n")
    assert answer_speakers(text) == {"Daniel Okello"}


def test_a_widgets_call_is_no_author_line() -> None:
    # (N5, pass 109: "Join Whatsapp Channel" alone on a line at the page's head read as the op-ed's author line)
    text = ("'Islands first' policy presents challenges : The Harbour Daily\n\n"
            "Join Whatsapp Channel\n\n"
            "  \u2022 Comment\n"
            "  \u2022 'Islands first' policy presents challenges\n\n"
            "'Islands first' policy presents challenges\n\n"
            "Greater care in handling the country's relations with its neighbours will lead to a better entente.\n\n"
            "Ana Ruiz\n\n"
            "Former ambassador to Nordland and Sudland\n\n"
            "In his recent meetings with the visiting leaders of the region, on the sidelines of his swearing-in, the "
            "prime minister reaffirmed the 'islands first' policy he set out at the start of his first term.\n\n"
            "The policy will need more than summits to work. The region's small states want trade, not speeches.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}
