"""Structure rules of the twenty-sixth pass (issue 11). Texts written for the project."""

from __future__ import annotations

from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _answer_speakers(text: str) -> set[str | None]:
    return {c.speaker for c in SEG.segment(text).claims if not c.is_question and c.role.value not in ("interviewer", "editor")}


def test_a_newspaper_named_trust_is_the_outlet_not_the_guest() -> None:
    text = ("A retired diplomat, Ambassador Musa Okonkwo, spoke with Sunday Trust on the bloc's future. "
            "The former envoy said the region had been badly served. Excerpts:\n\n"
            "What do you make of the decision to let the three states leave the bloc?\n\n"
            "Every sovereign country may decide what is in its interest. They had already left in practice.\n\n"
            "Was the bloc too slow to respond?\n\n"
            "It was slow, and it relied on threats that nobody believed.\n")
    assert _answer_speakers(text) == {"Musa Okonkwo"}


def test_a_caption_line_that_breaks_inside_the_greeting_still_names_the_voice() -> None:
    # an automatic transcript: the host greets the guest ("Lena, great / to have you on."), broken
    # across caption lines; the voice that answers next is hers, and the earlier clip keeps its label
    text = ("Speaker 1 (00:05):\nWelcome to the Harbour Hour. Each week we look at one story.\n"
            "The minister spoke about the port last week.\n"
            "Speaker 3 (00:20):\nThe port is ours and it will stay ours, whatever they say.\n"
            "Speaker 1 (00:31):\nJoining me now is someone who covered the port for years. Reporter and author"
            " Lena Marsh. Lena, great\nto have you on.\n"
            "Speaker 4 (00:40):\nThanks very much for having me.\n"
            "Speaker 1 (00:42):\nSo what is really at stake in the harbour?\n"
            "Speaker 4 (00:45):\nWell, the lease runs for a century. Nobody in the capital has read it in full.\n")
    claims = SEG.segment(text).claims
    assert {c.speaker for c in claims if "lease runs" in c.text or "Nobody in the capital" in c.text} == {"Lena Marsh"}
    assert {c.speaker for c in claims if "stay ours" in c.text} == {"Speaker 3"}


def test_a_round_up_whose_comments_open_with_their_expert_names_each() -> None:
    # "Name, job: "quotation"" paragraphs, one per expert; a job may hold a quoted programme name
    text = ("Anna Berg, Director of the Asia research program: \u201cThe talks will stall. Nobody in the capital wants "
            "them to succeed before the vote.\u201d\n\n"
            "Omar Haddad, Senior Researcher and former head of the \"Gulf and Red Sea\" program: \u201cThe navy will "
            "stay in the strait. It has no reason to leave.\u201d\n\n"
            "Lina Duarte, Head of the U.S. program: \u201cWashington hopes for a quick deal and fears a long war.\u201d\n")
    claims = SEG.segment(text).claims
    assert {c.speaker for c in claims if "navy" in c.text or "no reason" in c.text} == {"Omar Haddad"}
    assert {c.speaker for c in claims if "Washington" in c.text} == {"Lina Duarte"}
    assert {c.speaker for c in claims if "stall" in c.text or "Nobody" in c.text} == {"Anna Berg"}


def test_a_standfirst_that_says_who_analyses_names_the_transcripts_speaker() -> None:
    text = ("The island nation is at a crossroads, political and economic. Editor Lina Duarte analyses the "
            "challenges.\nTranscript\n"
            "00:00Meanwhile, there is talk of a meeting between the two leaders at the summit next month.\n"
            "00:09We need understanding and we need cooperation with our neighbours. That is the official position.\n"
            "00:17But on the streets there is a strong feeling against the neighbour, and I say it openly.\n")
    assert _answer_speakers(text) == {"Lina Duarte"}


def test_a_prompt_that_a_caption_line_breaks_still_ends_the_hosts_turn_as_a_question() -> None:
    text = ("Speaker 1 (00:00):\nJoining me now is analyst Lena Marsh. Welcome back.\n"
            "Speaker 2 (00:04):\nThanks for having me.\n"
            "Speaker 1 (00:06):\nThe minister came to the capital last week and there was a lot of\n"
            "pushback on the visit. Your\nthoughts on how this looks from the region.\n"
            "Speaker 2 (00:20):\nIt looks like a reset, and the region has noticed it.\n")
    asked = [c.text for c in SEG.segment(text).claims if c.is_question]
    assert asked == ["Your\nthoughts on how this looks from the region."]


def test_the_voice_that_hands_over_to_a_named_guest_hosts_among_several_voices() -> None:
    # four numbered voices: a jingle, the host, a clip, the guest the host greets by name (a guard: on the
    # page this came from, the rules had given the host's voice the guest's role; mark_host now overrides it)
    text = ("Speaker 1 (00:05):\nWelcome to the Harbour Hour. Each week we look at one story.\n"
            "Speaker 2 (00:09):\nI'm Tom Reyes.\n"
            "Speaker 1 (00:12):\nThe minister spoke about the port last week.\n"
            "Speaker 3 (00:20):\nThe port is ours and it will stay ours, whatever they say.\n"
            "Speaker 1 (00:31):\nJoining me now is someone who covered the port for years. Reporter and author"
            " Lena Marsh. Lena, great\nto have you on.\n"
            "Speaker 4 (00:40):\nThanks very much for having me.\n"
            "Speaker 1 (00:42):\nSo let's define our terms. When we say the lease, what are we talking about?\n"
            "Speaker 4 (00:45):\nWell, the lease runs for a century. Nobody in the capital has read it in full.\n")
    claims = SEG.segment(text).claims
    assert [c.text for c in claims if c.is_question] == ["When we say the lease, what are we talking about?"]
    assert {c.speaker for c in claims if "lease runs" in c.text} == {"Lena Marsh"}
    assert {c.speaker for c in claims if "stay ours" in c.text} == {"Speaker 3"}


def test_a_round_ups_quoted_comment_is_its_experts_own_voice_not_a_report() -> None:
    from polisent.records import CueKind

    text = ("Anna Berg, Director of the Asia research program: \u201cThe talks will stall. Nobody in the capital wants "
            "them to succeed.\u201d\n\n"
            "Omar Haddad, Senior Researcher of the \"Gulf and Red Sea\" program: \u201cThe navy will stay in the strait."
            " It has no reason to leave.\u201d\n")
    claims = SEG.segment(text).claims
    assert claims and all(not any(q.kind is CueKind.REPORTED for q in c.cues) for c in claims if "Gulf" not in c.text)
    # the programme's quoted name is no report either way; a quotation the text attributes stays one
    said = SEG.segment("Anna Berg, analyst: The talks may fail. \u201cNobody wants them,\u201d the minister said.\n").claims
    assert any(q.kind is CueKind.REPORTED for c in said for q in c.cues)


def test_a_columns_name_over_its_title_is_no_turn_label() -> None:
    # "COLUMN NAME: Title" under page furniture: the op-ed's rhetorical questions are the author's claims
    # (a guard: this invented page passed before too; the page that failed is dev103's, measured by
    # benchmarks/eval_structure.py, where question precision went from 68.8 to 100 %)
    text = ("Page Tracker\n\nHARBOUR VIEW: A Maritime Dilemma\n\n"
            "The president offered to bargain with the neighbour over the shoal and the missiles.\n\n"
            "Was it a good bargain for the neighbour? It is likely. The lease would stay the same.\n\n"
            "The president's diplomacy is reckless. It alienates an old ally.\n")
    st = SEG.segment(text)
    assert not [c.text for c in st.claims if c.is_question]
    assert {c.speaker for c in st.claims} != {"Harbour View"} and "Was it a good bargain for the neighbour?" in [c.text for c in st.claims]


def test_someone_elses_adviser_is_not_the_commentator() -> None:
    # "his advisor, Omar Haddad" is a person the piece is about; a commissioner is a job that introduces
    text = ("The interim government has come to power through a coup, says Lina Duarte, former high commissioner "
            "to the island. She adds:\n\n"
            "\u201cThe caretaker has steered the country towards ruin. All of his decisions are made by his advisor, "
            "Omar Haddad.\u201d\n\n"
            "Haddad runs the cabinet. Haddad also runs the army. Haddad decides everything.\n")
    assert "Omar Haddad" not in _answer_speakers(text)


def test_a_round_up_that_hands_over_inside_each_paragraph_names_each_quotation() -> None:
    text = ("Expert Insights on the Harbour Crisis\n\n"
            "Retired Rear Admiral Anna Berg is a professor of practice at the Institute for Security. Berg writes: "
            "\u201cThe navy will stay in the strait. The neighbour will want to send a signal.\u201d\n\n"
            "Omar Haddad, professor at the School of Public Affairs and author of The Long Lease. Haddad writes: "
            "\u201cThe lease runs for a century. Nobody in the capital has read it.\u201d\n")
    claims = SEG.segment(text).claims
    assert {c.speaker for c in claims if "navy" in c.text or "signal" in c.text} == {"Anna Berg"}
    assert {c.speaker for c in claims if "lease" in c.text.lower() or "Nobody" in c.text} == {"Omar Haddad"}


def test_a_line_announcing_someones_comments_names_the_quoted_commentary() -> None:
    text = ("Normalising relations between the neighbours\n\n"
            "The road should be moved to projects that satisfy both sides. This is the opinion of political "
            "scientist Lena Marsh. She says the neighbour should know what it gets in return.\n\n"
            "Lena Marsh\u2019s comments on the road, the joint statement and the early elections.\n\n"
            "The road is irrelevant now\n\n"
            "\u201cThe topic of the road has become irrelevant for the capital. The approach of the other side is clear: "
            "we recognise the border, and we want the road.\u201d\n")
    assert {c.speaker for c in SEG.segment(text).claims if "irrelevant for the capital" in c.text} == {"Lena Marsh"}


def test_a_greeting_before_the_hosts_first_question_names_the_voice_that_answers() -> None:
    # a guard (this invented page is also named by the principal rules); the page that failed is
    # dev106's, measured by benchmarks/eval_structure.py (speaker 87.3 -> 99.2 %)
    text = ("Speaker 1 (00:00):\nThe war has displaced millions. Now the president says a deal is near.\n"
            "Speaker 2 (00:21):\nI think they want to end the war. I spoke to him yesterday.\n"
            "Speaker 1 (00:36):\nSo what would it take to end the war? I'm Tom Reyes, and you're listening to\n"
            "the Harbour Hour. Associate professor of politics Lena Marsh on the offers on the table.\n"
            "Lena, thanks for speaking with me. Let's start with the meeting last week.\n"
            "What was the president's position going into it?\n"
            "Speaker 3 (01:19):\nI think he came with two goals in mind. First, he wanted missiles.\n"
            "Speaker 1 (01:43):\nAnd the second?\n"
            "Speaker 3 (01:47):\nSecurity guarantees, so that any deal would bind both sides.\n")
    claims = SEG.segment(text).claims
    assert {c.speaker for c in claims if "two goals" in c.text or "guarantees" in c.text} == {"Lena Marsh"}
