"""Pass 94 (issue 11): a numbered voice seen once beside a page widget that writes "speaker" in lower case (S1); a
numbered voice named from the host's question that hails it by first name (S2); a headline's verb is no byline (B3);
an apposition closed by "about" describes the guest (O1); a dash-marked question with a long set-up (D1); an answer's
welcome to the one who asks names no guest (G1).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers as _answer_speakers
from _segment_helpers import claims as _claims

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

_TIMED = ("Harbour Talks Resume in Muscat (Full Transcript)\n\n"
          "Envoys met for a first round as the region watches.\n"
          "Download Transcript (DOCX)\n"
          "Speakers\n"
          "add Add new speaker\n\n"
          "[00:00:00] Speaker 1: Welcome to the World Desk. I'm Anna Reyes, and today we look at the talks in Muscat. "
          "To make sense of it I have our regional editor, Tomas Lindqvist, with me. Tomas, what was on the table "
          "today?\n\n"
          "[00:00:29] Speaker 2: Well, mostly the sequencing. Both sides want the other to move first, and the "
          "mediators are trying to find a formula that lets them move at the same time.\n")


def test_a_numbered_voice_seen_once_beside_a_speaker_widget_is_a_turn() -> None:
    st = RuleSegmenter().segment(_TIMED)
    # the labels are turns: stripped from the claims, the host asks, the guest answers
    assert not any("Speaker 2:" in c.text for c in st.claims)
    asked = [c for c in st.claims if c.is_question]
    assert asked and all(c.role is SpeakerRole.INTERVIEWER for c in asked)
    assert any(c.role is SpeakerRole.INTERVIEWEE and c.text.startswith("Well, mostly") for c in st.claims)


_HAILED = ("Harbour Talks Resume in Muscat (Full Transcript)\n\n"
           "Envoys met for a first round as the region watches.\n\n"
           "[00:00:00] Speaker 1: Welcome to the World Desk, where we go behind the headlines. Hello, I'm Anna Reyes, and "
           "today we are breaking down the talks in Muscat, which President Karl Brandt called the last chance for a deal. "
           "The key question: can a war be averted? Now to dive into this one, I've got our regional editor, Tomas "
           "Lindqvist with me. Tomas, key question then, what was on the table today?\n\n"
           "[00:00:29] Speaker 2: Well, mostly the sequencing. Both sides want the other to move first, and the "
           "mediators are trying to find a formula that lets them move at the same time. The envoy Paul Maron met "
           "the foreign minister, who then met the mediators.\n")


def test_a_numbered_voice_is_named_by_the_hosts_hail() -> None:
    assert _answer_speakers(_HAILED) == {"Tomas Lindqvist"}


def test_no_hail_leaves_the_voice_its_number() -> None:
    # the guard: the question hails no one, so the numbered voice keeps its number among the names the host gives
    text = _HAILED.replace("Tomas, key question then, what was", "Key question then, what was")
    assert _answer_speakers(text) == {"Speaker 2"}


def test_a_headlines_verb_is_no_byline() -> None:
    text = ("rearm12_PHOTO AGENCY via Getty Images_leaders Photo Agency/Getty Images\n\n"
            "Europe Must Rearm Now\n\n"
            "The war next door should end the habit of waiting for Washington. Budgets must rise, and they must rise "
            "together, or the money will buy twenty small armies instead of one defence.\n\n"
            "The alternative is to hope that the next election across the Atlantic goes well. Hope is not a plan.\n")
    st = RuleSegmenter().segment(text)
    assert all(sp is None for _, sp, _, _ in _claims(text))
    assert any(s.kind.value == "heading" and s.text == "Europe Must Rearm Now" for s in st.segments)


def test_a_byline_of_plain_names_is_still_a_byline() -> None:
    # the guard: a name of three capitalised words under the title stays the writer
    text = ("Why the harbour deal will hold\n\n"
            "Karin Elsa Moberg\n\n"
            "The deal signed on Monday settles little, but both sides need the pause more than they admit.\n\n"
            "That need, more than any clause, is what will keep it alive through the winter.\n")
    assert _answer_speakers(text) == {"Karin Elsa Moberg"}


def test_an_apposition_closed_by_about_describes_the_guest() -> None:
    text = ("Island Premier On Rebuilding After The Storm\n\n"
            "Two years after the hurricane, the island is still rebuilding. Earlier, I spoke with Marcus Delaney, the "
            "country's prime minister, about that storm and what it takes to recover.\n\n"
            "PRIME MINISTER MARCUS DELANEY: We lost one life, thankfully, but almost every roof on the smaller island "
            "was torn away.\n\n"
            "OKAFOR: The estimates for rebuilding were in the hundreds of millions...\n\n"
            "DELANEY: Right.\n\n"
            "OKAFOR: ...which is a great deal of money for a country your size. Should the big emitters pay for it?\n\n"
            "DELANEY: They should. We did not cause the warming that makes these storms stronger.\n")
    st = RuleSegmenter().segment(text)
    roles = {s.name: s.role for s in st.speakers}
    assert roles.get("Marcus Delaney") is SpeakerRole.INTERVIEWEE
    assert any(q and role is SpeakerRole.INTERVIEWER and "big emitters" in x for q, _, role, x in _claims(text))


_DASHED = ("Exclusive: a new page for the two capitals\n"
           "Ahead of his visit to the north, President Arman Vale in an interview with the Harbour Agency spoke about "
           "trade, the border talks and the pipeline.\n"
           "- Mr. President, thank you for the opportunity to have this meeting. We are talking literally hours before "
           "your visit to the north, to its old capital, where you are scheduled to meet the northern leader. His press "
           "office has already said that joint steps to mend relations, on a wide range of issues from trade to the "
           "border, will be in focus. There is a great deal for you to discuss. That is their view. What is your agenda? "
           "How do you see the talks?\n"
           "- Thank you very much. It is true that I am grateful for the chance to give our own view before the visit, "
           "and I will say it plainly.\n"
           "Our trade fell by a third in two years. Several joint projects, the pipeline among them, were suspended, "
           "and we mean to restart them.\n")


def test_a_dash_marked_question_with_a_long_set_up() -> None:
    cl = _claims(_DASHED)
    asked = [x for q, _, _, x in cl if q]
    assert "What is your agenda?" in asked and "How do you see the talks?" in asked
    assert _answer_speakers(_DASHED) == {"Arman Vale"}


def test_a_hyphen_list_stays_a_list() -> None:
    # the guard: short hyphen items, one of them asking, are the writer's list, no exchange
    text = ("What the summit must settle\n\n"
            "Three questions hang over the summit:\n"
            "- Who pays for the rebuilding?\n"
            "- The border.\n"
            "- The pipeline.\n\n"
            "None of them will be settled this week, but the first one decides the rest.\n")
    assert not any(q for q, _, _, _ in _claims(text))


def test_an_answers_welcome_to_the_asker_names_no_guest() -> None:
    text = ("Interview of the President to the Harbour Agency\n\n"
            "President Arman Vale, in an exclusive interview with First Deputy Director General of the Harbour Agency "
            "Ilya Petrovsky, spoke about the thirty years of the union.\n\n"
            "- Mr. President, your country marks thirty years of the union this year. For some it is a holiday, for "
            "others less so. How do you assess these thirty years? What do you expect from the union now?\n\n"
            "- First of all, let me warmly welcome you, Ilya Markovich, to our capital, and thank you for finding "
            "the time for this conversation.\n\n"
            "The union was founded as an answer to the collapse of the old state, and it did that work well.\n\n"
            "- And what comes next for it?\n\n"
            "- A quieter role. Trade will matter more than politics.\n")
    assert _answer_speakers(text) == {"Arman Vale"}


# ---------------------------------------------------------------------------------------------- second round
# An office label named by the office said shorter (H1); a byline line with a press job marks the press (P2); a guest
# cue past the outlet that stops inside the guest's titles (C3); "Our conversation ... edited" announces a Q&A (N1);
# one asking label over bare questions and answers (L5), its guest listed among the speakers (K1); a positive tag after
# a negative statement asks (T1).


def test_an_office_label_named_by_the_office_said_shorter() -> None:
    text = ("Lena Park, Harbour News\n\n"
            "Transcript, E&OE\n\n"
            "Lena Park: Welcome back. Let's go live to the Assistant Foreign Minister, Tom Reyes. Thanks for your time. "
            "Is the visit a good thing?\n\n"
            "Assistant Minister for Foreign Affairs: Well, Lena, the first visit in seven years is a significant event, "
            "and it is the product of a calm and consistent approach.\n\n"
            "Lena Park: Were concessions made along the way?\n\n"
            "Assistant Minister for Foreign Affairs: No. The dialogue resumed without any compromise on our interests.\n")
    assert _answer_speakers(text) == {"Tom Reyes"}
    assert all(role is SpeakerRole.INTERVIEWER for q, _, role, _ in _claims(text) if q)


def test_an_office_said_shorter_names_only_with_the_labels_words() -> None:
    # the guard: an office of other words ("Deputy Trade Minister") names no holder for the label
    from polisent.segment._label_names import office_holder

    t = "Let's go live to the Deputy Trade Minister, Tom Reyes. Hi."
    assert office_holder(t, "Assistant Minister for Foreign Affairs", len(t)) is None


_NIKKEI = ("March 2, 2024\n\n"
           "A new framework for the harbour talks\n\n"
           "KENJI MORI, Harbour Review senior staff writer\n\n"
           "Tensions in the strait are rising, and both capitals are watching each other closely.\n\n"
           "Speaking to the Harbour Review, Japanese Prime Minister Ana Ruiz reiterated that her country has no "
           "intention of sparking a conflict.\n\n"
           "Q: What did you accomplish at the summit?\n\n"
           "A: We agreed to keep talking, which is more than many expected. I am proud of the work our teams did.\n\n"
           "Q: What comes next?\n\n"
           "A: A second round in the spring, and I intend to lead it myself.\n")


def test_a_press_byline_line_is_the_journalist_and_the_guest_is_past_the_outlet() -> None:
    assert _answer_speakers(_NIKKEI) == {"Ana Ruiz"}


def test_a_press_job_in_the_standfirsts_prose_stays_a_possible_guest() -> None:
    # the guard: a journalist described in a sentence (no byline line) may be the guest
    from polisent.segment._press_names import press_surnames

    assert press_surnames("We speak to Kenji Mori, a senior staff writer, about the talks.\n\nQ: Why now?") == frozenset()


def test_an_editors_note_on_the_conversation_announces_the_qa() -> None:
    text = ("Last week the ceasefire collapsed, and the government has given no sign that it will return to the talks. "
            "Critics say the army is now the only voice that counts in the capital, and the opposition has gone quiet. "
            "The president responded to the collapse by expressing hope that a new round could begin before the winter, "
            "when the roads close and the aid convoys stop. But the prime minister has given no sign that he will allow "
            "the talks to resume, despite the toll; the army is also fighting in the north, where its forces are "
            "battling two militias at once.\n"
            "Karin Moberg is a senior fellow at the Harbour Institute and the author of a book on the region's wars. She "
            "served as an envoy in the nineteen-nineties, including two years in the capital. I wanted to talk with her "
            "about how the war looks from inside the country and what the collapse of the talks means for its "
            "neighbours, who have watched it for two years. Our conversation, which has been edited for length and "
            "clarity, is below. We also discuss the refugees, the border and the elections that keep being put off, and "
            "whether anyone in the capital still believes that the war can be won outright.\n"
            "You recently wrote, 'This year has been a slow and painful attempt to save the truce.' What did you mean?\n"
            "What we lost last week was the one thing both sides still shared: the belief that talking could work.\n")
    cl = _claims(text)
    assert any(q and x == "What did you mean?" for q, _, _, x in cl)
    assert _answer_speakers(text) == {"Karin Moberg"}


def test_the_note_on_the_conversation_is_an_interview_hint() -> None:
    from polisent.segment._role_cues import _INTERVIEW_HINT

    assert _INTERVIEW_HINT.search("Our conversation, which has been edited for length and clarity, is below.")
    assert _INTERVIEW_HINT.search("This conversation was lightly edited.")
    # the guard: a public debate is no interview
    assert not _INTERVIEW_HINT.search("Our conversation about the war has been going on for years.")


_OUTLET_ONCE = ("Harbour has a new prime minister\n\n"
                "He is Tomas Varga, sworn in last week.\n\n"
                "He gives an interview to Harbour Weekly.\n\n"
                "Harbour Weekly:\n\n"
                "What does it take to have a safe country?\n\n"
                "You need to train the security forces and finish the peace talks. We also need to help the needy.\n\n"
                "What is your strategy against the militia's propaganda?\n\n"
                "Their propaganda has become counter-productive. People see what they do.\n\n"
                "Why has the world failed to send more troops?\n\n"
                "Money. The pledges are there, and it is a matter of time.\n")


def test_one_asking_label_over_bare_questions_and_answers() -> None:
    st = RuleSegmenter().segment(_OUTLET_ONCE)
    answers = [c for c in st.claims if not c.is_question and c.role is SpeakerRole.INTERVIEWEE]
    assert answers and not any(c.speaker == "Harbour Weekly" for c in answers)
    assert any(c.text.startswith("You need to train") for c in answers)
    assert sum(c.is_question for c in st.claims) >= 3
    # the guest whom the claims name is among the document's speakers (K1)
    assert {c.speaker for c in st.claims if c.speaker} <= {s.name for s in st.speakers}


def test_a_positive_tag_after_a_negative_statement_asks() -> None:
    # T1: the host's question ends on a tag, its "?" lost; the person it names is no clip voice
    text = ("WEBVTT - Deputy Minister Talks Harbour Relations\n\n"
            "0:00:00.080 --> 0:00:04.000\n"
            "<v Speaker 1>We have a unique chance to speak with the Deputy Minister right now, it's great to see you.\n\n"
            "0:00:04.100 --> 0:00:09.000\n"
            "<v Speaker 1>That relationship has not changed much since Ana Ruiz was elected, has it.\n\n"
            "0:00:09.100 --> 0:00:14.000\n"
            "<v Speaker 2>I agree with you. There have been changes in a few areas, but the sanctions stayed.\n")
    assert "Ana Ruiz" not in _answer_speakers(text)
    from polisent.segment._units import asks_unmarked

    said = "It has not changed since she was elected, has it."
    assert asks_unmarked(said, 0, len(said))
