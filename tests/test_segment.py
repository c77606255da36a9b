"""Unit tests for polisent.segment (no torch)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from polisent.errors import ConfigError, InputDecodeError, InputError
from polisent.protocols import DocumentStructure, Segmenter
from polisent.records import CueKind, SegmentKind, SpeakerRole
from polisent.inputs import decode_bytes
from polisent.segment import RuleSegmenter, mask

ROOT = Path(__file__).resolve().parents[1]
SEG = RuleSegmenter()


def check_offsets(text: str, st: DocumentStructure) -> None:
    for g in st.segments:
        assert text[g.start:g.end] == g.text
    for i, c in enumerate(st.claims):
        assert c.index == i
        assert text[c.start:c.end] == c.text
        seg = st.segments[c.segment_index]
        assert seg.start <= c.start < c.end <= seg.end
        assert seg.kind in (SegmentKind.QUESTION, SegmentKind.ANSWER, SegmentKind.INTRO)
        assert 0.0 <= c.certainty <= 1.0
        for q in c.cues:
            assert text[q.start:q.end] == q.text
            assert c.start <= q.start < q.end <= c.end


def run(text: str) -> DocumentStructure:
    st = SEG.segment(text)
    check_offsets(text, st)
    return st


def claim(st: DocumentStructure, needle: str):
    hits = [c for c in st.claims if needle in c.text]
    assert hits, f"no claim contains {needle!r}: {[c.text for c in st.claims]}"
    return hits[0]


# --- the two example texts -------------------------------------------------------------------

@pytest.fixture(scope="module")
def interview() -> tuple[str, DocumentStructure]:
    text = (ROOT / "examples" / "interview.md").read_text(encoding="utf-8")
    return text, run(text)


@pytest.fixture(scope="module")
def roundtable() -> tuple[str, DocumentStructure]:
    text = (ROOT / "examples" / "roundtable.txt").read_text(encoding="utf-8")
    return text, run(text)


def test_protocol_and_name() -> None:
    assert isinstance(SEG, Segmenter)
    # the rules, the learned second pass, the learned speaker ranker in conversations
    assert SEG.name == "rules-v1+unit-v1+speaker-v2.2-conversations+qm-v1"
    assert "rules-v1" in repr(SEG)
    assert RuleSegmenter(unit_model=False, speaker_model=False, question_model=False).name == "rules-v1"


def test_interview_structure(interview) -> None:
    text, st = interview
    kinds = [g.kind for g in st.segments]
    assert kinds[0] is SegmentKind.HEADING  # the title, although it ends in '?'
    assert kinds[1] is SegmentKind.INTRO  # the standfirst: the editor's claims, no speaker's view
    assert {c.role for c in st.claims if c.segment_index == 1} == {SpeakerRole.EDITOR}
    questions = [g for g in st.segments if g.kind is SegmentKind.QUESTION]
    assert len(questions) == 6
    assert questions[3].text == "**Could China play a role in a settlement?**"
    reasons = [g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER]
    assert reasons == ["markup", "caption", "comments_policy", "disclaimer", "short_url", "author_bio", "author_bio"]
    assert not any(c.start >= st.segments[-7].start for c in st.claims)  # nothing from the clutter at the end
    assert [(s.name, s.role) for s in st.speakers] == [(None, SpeakerRole.INTERVIEWER), ("Anna Kowalczyk", SpeakerRole.INTERVIEWEE)]
    for c in st.claims:
        if c.is_question:
            assert c.role is SpeakerRole.INTERVIEWER and c.speaker is None
        elif c.segment_index == 1:  # the standfirst
            assert c.role is SpeakerRole.EDITOR and c.speaker is None
        else:
            assert c.role is SpeakerRole.INTERVIEWEE and c.speaker == "Anna Kowalczyk"


def test_interview_claims_and_cues(interview) -> None:
    _, st = interview
    left = claim(st, "Moscow announced the ceasefire")
    right = st.claims[left.index + 1]
    assert left.text == "Moscow announced the ceasefire as a gesture of goodwill"
    assert right.text.startswith("but Russian forces have kept shelling")
    assert left.sentence_index == right.sentence_index
    assert claim(st, "My bet is").hedges[0].cue == "my bet is"
    assert claim(st, "a big if").is_hedged
    assert claim(st, "remains to be seen").certainty == pytest.approx(0.5)
    c = claim(st, "If diplomacy fails")
    assert c.is_conditional and c.conditions[0].text == "If diplomacy fails"
    assert c.certainty < 0.5
    putin = claim(st, "Putin said that")
    assert putin.is_reported
    rep = [q for q in putin.cues if q.kind is CueKind.REPORTED][0]
    assert rep.text.startswith("said that the truce would") and rep.text.endswith('lasting peace"')
    tp = claim(st, "talking point")
    rep = [q for q in tp.cues if q.kind is CueKind.REPORTED]
    assert len(rep) == 1 and rep[0].text == 'talking point that Ukraine is "a failed state"'
    assert tp.is_negated  # "has not persuaded": the main predicate
    assert claim(st, "That omission was not an accident.").is_negated
    assert not claim(st, "even if the Kremlin hides it well").is_conditional
    assert claim(st, "Ukrainian society has shown remarkable resilience.").certainty == 1.0


def test_roundtable_speakers(roundtable) -> None:
    _, st = roundtable
    assert [(s.name, s.role) for s in st.speakers] == [
        ("Maria Lopez", SpeakerRole.INTERVIEWER), ("David Chen", SpeakerRole.INTERVIEWEE)]
    dc = [g for g in st.segments if g.text.startswith("DC:")][0]
    assert dc.speaker == "David Chen" and dc.kind is SegmentKind.ANSWER
    reasons = {g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER}
    assert reasons == {"byline", "reading_time", "subscribe"}
    assert st.segments[0].kind is SegmentKind.HEADING
    # claims never include the speaker label
    assert not any(c.text.startswith(("Maria Lopez:", "David Chen:", "DC:")) for c in st.claims)
    host = [c for c in st.claims if c.role is SpeakerRole.INTERVIEWER]
    assert host and all(c.is_question and c.speaker == "Maria Lopez" for c in host)
    # the host's set-up before her question is neither a question nor a claim (issue 11)
    assert not any("Some analysts argue that" in c.text for c in st.claims)
    assert claim(st, "Chinese officials have said that").is_reported
    assert claim(st, "while Cambodia and Laos").sentence_index == claim(st, "Vietnam and Malaysia").sentence_index


# --- formats ---------------------------------------------------------------------------------

def test_qa_prefixes_with_mixed_line_endings() -> None:
    text = "Q: Will Russia attack?\r\nA: I think it may.\r\n\r\nQ: Why now?\rA: Because Moscow wants it. Putin said so.\n"
    st = run(text)
    assert [g.kind for g in st.segments] == [SegmentKind.QUESTION, SegmentKind.ANSWER] * 2
    assert [c.text for c in st.claims] == [
        "Will Russia attack?", "I think it may.", "Why now?", "Because Moscow wants it.", "Putin said so."]
    assert [c.is_question for c in st.claims] == [True, False, True, False, False]
    assert st.claims[1].role is SpeakerRole.INTERVIEWEE and st.claims[1].speaker is None  # never guessed
    assert st.claims[1].certainty == pytest.approx(0.8 * 0.7)


def test_inline_bold_question_then_answer() -> None:
    st = run("Interview\n\n**Why now?** Because Moscow wants it.\nMore answer here.\n\n<b>Really?</b> Yes.")
    assert [g.kind for g in st.segments] == [SegmentKind.HEADING, SegmentKind.QUESTION, SegmentKind.ANSWER,
                                             SegmentKind.QUESTION, SegmentKind.ANSWER]
    assert st.segments[1].text == "**Why now?**" and st.segments[4].text == "Yes."
    assert [(c.text, c.is_question) for c in st.claims] == [
        ("Why now?", True), ("Because Moscow wants it.", False), ("More answer here.", False),
        ("Really?", True), ("Yes.", False)]


def test_qa_with_dots_but_not_initials() -> None:
    st = run("Q. Why now?\n\nA. Because Moscow wants it.\n\nQ. And then?\n\nA. We wait.")
    assert [(c.text, c.role) for c in st.claims] == [
        ("Why now?", SpeakerRole.INTERVIEWER), ("Because Moscow wants it.", SpeakerRole.INTERVIEWEE),
        ("And then?", SpeakerRole.INTERVIEWER), ("We wait.", SpeakerRole.INTERVIEWEE)]
    st = run("A. Smith said so.\n\nB. Jones did not.")
    assert [c.text for c in st.claims] == ["A. Smith said so.", "B. Jones did not."]
    assert {c.role for c in st.claims} == {SpeakerRole.AUTHOR}


def test_oped_author_from_byline_and_bio() -> None:
    text = ("Why Europe must act\n\nBy John Smith\n\nEurope has failed Ukraine. If it does not act, Russia will win; "
            "the cost will be enormous.\n\n- Sanctions are working.\n- Aid is late.\n\n"
            "John Smith is a senior fellow at the Centre for Things.\n")
    st = run(text)
    assert [g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER] == ["byline", "author_bio"]
    assert [c.text for c in st.claims] == ["Europe has failed Ukraine.", "If it does not act, Russia will win",
                                           "the cost will be enormous.", "Sanctions are working.", "Aid is late."]
    assert {(c.speaker, c.role) for c in st.claims} == {("John Smith", SpeakerRole.AUTHOR)}
    cond = st.claims[1]
    assert cond.is_conditional and not cond.is_negated  # the "not" is inside the if-clause


def test_oped_without_name_keeps_author_unknown() -> None:
    st = run("Sanctions are working. Moscow knows it.")
    assert {(c.speaker, c.role) for c in st.claims} == {(None, SpeakerRole.AUTHOR)}
    assert [(s.name, s.role) for s in st.speakers] == [(None, SpeakerRole.AUTHOR)]


def test_turns_without_questions_stay_unknown_role() -> None:
    text = "Anna Berg: Russia will not stop.\n\nTom Hale: I disagree.\n\nAnna Berg: We will see.\n"
    st = run(text)
    assert {c.role for c in st.claims} == {SpeakerRole.UNKNOWN}
    assert [c.speaker for c in st.claims] == ["Anna Berg", "Tom Hale", "Anna Berg"]


def test_oped_with_question_subheadings_stays_an_oped() -> None:
    text = ("Europe's choice\n\nEurope has waited too long. The war goes on.\n\nSanctions bite slowly.\n\n"
            "Kyiv holds the line for now.\n\n## What went wrong?\n\nThe EU was slow.\n\n## What now?\n\nIt must act.\n")
    st = run(text)
    assert {c.role for c in st.claims} == {SpeakerRole.AUTHOR}
    assert len(st.claims) == 6 and not any(c.is_question for c in st.claims)
    assert [g.kind for g in st.segments].count(SegmentKind.HEADING) == 3


def test_role_labels_and_guest_named_in_intro() -> None:
    text = ("Talking to Dr. Jan Novak, who explains the crisis.\n\nInterviewer: What happened?\n\n"
            "Guest: The talks failed.\n\nInterviewer: Why?\n\nGuest: Moscow refused.\n")
    st = run(text)
    assert [(c.text, c.role, c.speaker) for c in st.claims] == [
        ("Talking to Dr. Jan Novak, who explains the crisis.", SpeakerRole.EDITOR, None),
        ("What happened?", SpeakerRole.INTERVIEWER, None), ("The talks failed.", SpeakerRole.INTERVIEWEE, "Jan Novak"),
        ("Why?", SpeakerRole.INTERVIEWER, None), ("Moscow refused.", SpeakerRole.INTERVIEWEE, "Jan Novak")]


def test_title_subtitle_and_dateline() -> None:
    st = run("Why the West must act\nA reply to the realists\nMarch 3, 2025\n\nThe war goes on. It may last.")
    assert [(g.kind, g.reason) for g in st.segments] == [
        (SegmentKind.HEADING, None), (SegmentKind.HEADING, None), (SegmentKind.CLUTTER, "dateline"), (SegmentKind.ANSWER, None)]
    assert [c.text for c in st.claims] == ["The war goes on.", "It may last."]
    wrapped = run("The war in Ukraine has entered\nits fourth year. Nobody expected that.")
    assert [c.text for c in wrapped.claims] == ["The war in Ukraine has entered\nits fourth year.", "Nobody expected that."]


def test_bold_labels_and_labels_on_their_own_line() -> None:
    st = run("**Maria Lopez:** Hello. Why now?\n\n**David Chen:** Because.\n\n**Maria Lopez:** Really?\n\n**David Chen:** Yes.\n")
    assert [(c.text, c.speaker, c.is_question) for c in st.claims] == [
        ("Why now?", "Maria Lopez", True), ("Because.", "David Chen", False),  # "Hello." is no question (issue 11)
        ("Really?", "Maria Lopez", True), ("Yes.", "David Chen", False)]
    st = run("Ana Ruiz:\nWhat now?\n\nBen Cole:\nWe wait. It may take years.\n\nAna Ruiz:\nWhy?\n")
    assert [(c.text, c.speaker) for c in st.claims] == [
        ("What now?", "Ana Ruiz"), ("We wait.", "Ben Cole"), ("It may take years.", "Ben Cole"), ("Why?", "Ana Ruiz")]


def test_label_lookalikes_are_not_speakers() -> None:
    st = run("Ukraine: the long war\n\nThe answer: more aid. Moscow will adapt.\n")
    assert not st.speakers or all(s.role is SpeakerRole.AUTHOR for s in st.speakers)
    assert st.segments[0].kind is SegmentKind.HEADING


def test_plain_question_paragraphs() -> None:
    text = ("Talking to the expert\n\nWhat happens next?\n\nThe war goes on. Kyiv holds.\n\n"
            "Will the West help?\n\nProbably, but slowly.\n")
    st = run(text)
    assert [g.kind for g in st.segments] == [SegmentKind.HEADING, SegmentKind.QUESTION, SegmentKind.ANSWER,
                                             SegmentKind.QUESTION, SegmentKind.ANSWER]


def test_markup_and_html() -> None:
    text = ("<h1>NATO</h1>\n<h2>Is NATO ready?</h2><p>Not yet. See <a href='https://x.org/a.b'>the report</a> &amp; "
            "[the plan](https://nato.int/v1.2/doc.html) and [this](#).</p>\n\n"
            "## Next steps\n\n1. Europe must spend more.\n2. Kyiv needs air defence.\n\n***\n\n![](photo.jpg)\n")
    st = run(text)
    kinds = [g.kind for g in st.segments]
    assert kinds[:3] == [SegmentKind.HEADING, SegmentKind.QUESTION, SegmentKind.ANSWER]
    assert st.segments[1].text == "<h2>Is NATO ready?</h2>"
    assert [c.text for c in st.claims][:3] == [
        "Is NATO ready?", "Not yet.",
        "See <a href='https://x.org/a.b'>the report</a> &amp; [the plan](https://nato.int/v1.2/doc.html) and [this](#)."]
    assert "Europe must spend more." in [c.text for c in st.claims]
    assert "Kyiv needs air defence." in [c.text for c in st.claims]
    assert [g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER] == ["markup", "markup"]
    assert len(mask(text)) == len(text)


def test_every_non_blank_block_is_a_segment() -> None:
    text = "Title\n\n---\n\nSome text here.\n\n<img src='a.png'>\n\n**About the author**\n\nJo Bloggs is a writer.\n"
    st = run(text)
    covered = set()
    for g in st.segments:
        covered.update(range(g.start, g.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


# --- sentences and clauses -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Prof. Smith met U.S. officials in Jan. 2024. They left.", ["Prof. Smith met U.S. officials in Jan. 2024.", "They left."]),
    ("George W. Bush and Dr. Rice disagreed, e.g. on Iran. Later they agreed.",
     ["George W. Bush and Dr. Rice disagreed, e.g. on Iran.", "Later they agreed."]),
    ("Growth was 3.5 per cent (down from 4.1 in the U.K.). That matters.",
     ["Growth was 3.5 per cent (down from 4.1 in the U.K.).", "That matters."]),
    ('He said: "We will win." Nobody believed him.', ['He said: "We will win."', "Nobody believed him."]),
    ("Moscow waited... and waited. Then it struck!", ["Moscow waited... and waited.", "Then it struck!"]),
    ("The sanctions hit the U.S. The EU followed.", ["The sanctions hit the U.S.", "The EU followed."]),
])
def test_sentences(text: str, expected: list[str]) -> None:
    st = run(text)
    assert [c.text for c in st.claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Moscow wants a deal, but Kyiv will not accept it.", ["Moscow wants a deal", "but Kyiv will not accept it."]),
    ("The EU is slow; it still acts in the end.", ["The EU is slow", "it still acts in the end."]),
    ("The point is simple: the West has no plan.", ["The point is simple", "the West has no plan."]),
    ("Poland spends more, while Germany still hesitates.", ["Poland spends more", "while Germany still hesitates."]),
    ("It is not a victory, but a pause.", ["It is not a victory, but a pause."]),
    ("Trade, but not arms, will continue.", ["Trade, but not arms, will continue."]),
    ('He said "we fight, but they will lose" and left.', ['He said "we fight, but they will lose" and left.']),
    ("Three options remain: talks, sanctions and aid.", ["Three options remain: talks, sanctions and aid."]),
    ("The plan (cheap, but it is untested) failed.", ["The plan (cheap, but it is untested) failed."]),
])
def test_clauses(text: str, expected: list[str]) -> None:
    assert [c.text for c in run(text).claims] == expected


# --- cues ------------------------------------------------------------------------------------

def test_cues_and_certainty() -> None:
    st = run("Theresa May met Putin in May. Should talks fail, war may resume. I said that Russia lies. "
             "Perhaps Kyiv will win, if at all. Nobody knows whether Moscow will agree. Europe can't wait.")
    may = st.claims[0]
    assert not may.cues and may.certainty == 1.0
    c = st.claims[1]
    assert [q.kind for q in c.cues] == [CueKind.CONDITION, CueKind.HEDGE]
    assert c.cues[0].text == "Should talks fail"
    assert c.certainty == pytest.approx(0.7 * 0.7)
    assert not st.claims[2].is_reported  # the speaker's own view
    assert st.claims[3].certainty == pytest.approx(0.65 * 0.7)
    assert st.claims[4].certainty < 0.5
    assert st.claims[5].is_negated and st.claims[5].cues[0].text == "can't"


def test_reported_quote_and_according_to() -> None:
    st = run('"Russia will never retreat," the minister said. According to Kyiv, the strikes continue.')
    assert st.claims[0].cues[0].kind is CueKind.REPORTED
    assert st.claims[0].cues[0].text == '"Russia will never retreat,"'
    assert not st.claims[0].is_negated  # "never" is inside the quote
    assert st.claims[1].is_reported and st.claims[1].cues[0].text == st.claims[1].text


def test_single_quotes_and_third_person_beliefs() -> None:
    st = run("The Kremlin calls Ukraine 'a failed state', which nobody believes. "
             "He called it \u2018the Kremlin\u2019s war\u2019 again. Putin thinks that the West is weak. "
             "The allies' position and the states' interests differ. I think he is wrong.")
    texts = [[(q.kind, q.text) for q in c.cues] for c in st.claims]
    assert texts[0] == [(CueKind.REPORTED, "'a failed state'")]  # "nobody" sits in a relative clause
    assert texts[1] == [(CueKind.REPORTED, "\u2018the Kremlin\u2019s war\u2019")]
    assert texts[2] == [(CueKind.REPORTED, "thinks that the West is weak.")]
    assert texts[3] == []  # possessive apostrophes are not quotes
    assert texts[4] == [(CueKind.HEDGE, "I think")]


# --- bad input and scale ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   ", "\n\r\n\t ", "\u2028\u2029"])
def test_empty(text: str) -> None:
    assert SEG.segment(text) == DocumentStructure((), (), ())


@pytest.mark.parametrize("bad", [None, 3, b"text", ["a"]])
def test_non_str(bad: object) -> None:
    with pytest.raises(InputError, match="needs a str"):
        SEG.segment(bad)  # type: ignore[arg-type]


def test_text_that_grows_when_lower_cased() -> None:
    st = run("\u0130stanbul may fall. Kyiv will not.")  # "\u0130".lower() has two characters
    assert st.claims[0].is_hedged and st.claims[1].is_negated


def test_other_language() -> None:
    st = run("Путин заявил, что переговоры возможны. 习近平说。和平很重要！Czy NATO pomoże?")
    assert len(st.claims) == 4
    assert st.claims[-1].text == "Czy NATO pomoże?" and not st.claims[-1].is_question  # rhetorical in an op-ed


def test_long_unpunctuated_run_is_cut() -> None:
    words = ("war peace moscow talks the of " * 900).split()[:5000]
    t0 = time.perf_counter()
    st = run(" ".join(words))
    assert time.perf_counter() - t0 < 5
    assert len(st.claims) == 13
    assert all(len(c.text.split()) <= 400 for c in st.claims)


@pytest.mark.parametrize("unit", ["Abc Def: ", '"', "<", "&", "[", "](", "a", ". ", "\r", "* ", "# ", "Q: x?\n",
                                  " 'a", "\u2018a ", "a' ", "_", "**", "Anna Berg: ", 'He said "yes it is". ', "|", "a |"])
def test_pathological_inputs_finish(unit: str) -> None:
    text = unit * (60_000 // len(unit))
    t0 = time.perf_counter()
    run(text)
    assert time.perf_counter() - t0 < 10


def test_decode_bytes() -> None:
    assert decode_bytes(b"\xef\xbb\xbfKyiv\r\n") == "Kyiv\r\n"
    assert decode_bytes("Kyiv".encode("utf-16")) == "Kyiv"
    assert decode_bytes(b"") == ""
    with pytest.raises(InputDecodeError, match="not valid UTF-8"):  # other encodings are refused, never guessed
        decode_bytes("caf\xe9 au lait, d\xe9j\xe0 vu".encode("cp1252"))
    with pytest.raises(InputDecodeError, match="a ZIP archive"):  # (named since pass 119; it was "NUL bytes")
        decode_bytes(b"PK\x03\x04\x00\x00")
    with pytest.raises(InputDecodeError, match="NUL bytes"):
        decode_bytes(b"\x7fELF\x02\x01\x00\x00")
    with pytest.raises(InputDecodeError, match="not valid UTF-8"):
        decode_bytes(bytes(range(128, 256)) * 4)
    with pytest.raises(InputError):
        decode_bytes("text")  # type: ignore[arg-type]


# --- configuration ---------------------------------------------------------------------------

def test_custom_rules_and_cues(tmp_path: Path) -> None:
    seg = RuleSegmenter(clutter_rules=[{"name": "promo", "pattern": "^promo code", "scope": "line"}],
                        cues={"families": [{"name": "doubt", "kind": "hedge", "weight": 0.5, "phrases": ["I wager"]}]})
    assert seg.name == "rules-v1+custom+unit-v1+speaker-v2.2-conversations+qm-v1"
    st = seg.segment("Kyiv holds. I wager Moscow folds.\n\nPromo code SAVE10 for subscribers.")
    assert st.segments[-1].reason == "promo"
    assert st.claims[1].certainty == 0.5
    path = tmp_path / "rules.json"
    path.write_text('{"rules": [{"name": "caption", "pattern": "^pic:"}], "replace": true}', encoding="utf-8")
    seg = RuleSegmenter(clutter_rules=path, unit_model=False)  # the rules alone, without the learned pass
    assert [r.name for r in seg.clutter_rules] == ["caption"]
    st = seg.segment("Kyiv holds.\n\nPic: a tank.\n\nPhoto: a tank.")
    assert [g.reason for g in st.segments] == [None, "caption", None]


@pytest.mark.parametrize("kwargs, match", [
    ({"clutter_rules": [{"name": "x", "pattern": "("}]}, "does not compile"),
    ({"clutter_rules": [{"name": "x", "pattern": "a", "scope": "page"}]}, "'scope'"),
    ({"clutter_rules": "/no/such/file.json"}, "does not exist"),
    ({"clutter_rules": 5}, "must be a path"),
    ({"cues": [{"name": "x", "kind": "maybe", "phrases": ["a"]}]}, "'kind'"),
    ({"cues": [{"name": "x", "kind": "hedge", "weight": 1.5, "phrases": ["a"]}]}, "'weight'"),
    ({"cues": [{"name": "x", "kind": "hedge"}]}, "neither"),
    ({"max_sentence_words": 0}, "max_sentence_words"),
])
def test_bad_config(kwargs: dict, match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        RuleSegmenter(**kwargs)


def test_import_is_light() -> None:
    code = "import sys, polisent.segment; print('torch' in sys.modules, 'transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_follow_listen_and_watch_prompts_are_clutter() -> None:
    text = ("Q: Will the juntas last?\n\nA: They last as long as Moscow pays. Follow the money and you see it.\n\n"
            "Follow West Africa Monitor on Telegram\n\nListen to more episodes of The Sahel Hour\n\n"
            "Watch the full interview on our channel.\n\nFollow the talks in Doha closely, I would say.")
    st = RuleSegmenter().segment(text)
    clutter = [g.text for g in st.segments if g.kind is SegmentKind.CLUTTER]
    assert clutter == ["Follow West Africa Monitor on Telegram", "Listen to more episodes of The Sahel Hour",
                       "Watch the full interview on our channel."]
    assert any(c.text.startswith("Follow the money") for c in st.claims)
