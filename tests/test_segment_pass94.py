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
