"""The learned speaker ranker (issue 11): candidates, evidence, the model file and its use as the
rules' fallback. Texts written for the project."""

from __future__ import annotations

import json

import pytest

from polisent.records import SpeakerRole
from polisent.errors import ConfigError
from polisent.segment import RuleSegmenter, load_speaker_model
from polisent.segment._speaker_model import candidates, learned_principal

ANALYSIS = (
    "Why the ceasefire will not hold\n\nThe ceasefire agreed on Sunday is fragile. Both sides have reasons to break "
    "it, and the mediators have little leverage.\n\nA year ago, in Geneva, the analyst Marta Ruiz put it plainly: the "
    "outside powers want calm more than peace.\n\nFighting will resume within weeks. The truce buys time, not a settlement."
)
#: a toy ranker that trusts a job word before the name: deterministic, unlike the fitted weights
TOY = {"weights": {"b_job": 4.0}, "bias": -2.0, "threshold": 0.5}


def _speakers(seg: RuleSegmenter, text: str) -> set[str | None]:
    return {c.speaker for c in seg.segment(text).claims if not c.is_question and c.role is not SpeakerRole.EDITOR}


def test_candidates_carry_their_evidence():
    t = "Next Up: the week ahead\nBy Anna Berg\n\nThe next week will be hard, Berg says. Next up is the summit."
    cands = candidates(t, talk=False)
    assert set(cands) == {"berg", "up"}  # "Next Up" stays a candidate, marked as words the text writes in lower case
    assert cands["up"].feats["lower_words"] == 1.0
    f = cands["berg"].feats
    assert f["line_by"] == 1.0 and f["b_by"] == 1.0 and f["log_alone"] > 0  # "Berg says": the surname alone
    assert "place_word" not in f and f["lower_words"] == 0.0


def test_candidate_words_that_are_places_or_common_words_are_marked():
    t = ("Talks in Vienna\n\nKyrgyzstan David Moran spoke. The Korean Delegation came up. The Korean Peninsula too. "
         "Great Game talk is back; the great game never ended.")
    cands = candidates(t, talk=False)
    assert cands["moran"].name == "David Moran"  # the country before the name is not part of it
    assert cands["delegation"].feats.get("place_word") == 1.0
    assert "peninsula" not in cands  # a geographic word: never a person
    assert cands["game"].feats["lower_words"] == 1.0
    assert "war" not in candidates("The Cold War is back.", talk=False)  # an organisation's or policy's word


def test_wide_cues_tell_the_host_from_the_guest():
    t = ("Welcome to The World Tonight. I'm your host, Dana Price.\n"
         "With me to discuss the port deal and what it means for the region is Omar Haddad of the Example Institute.\n"
         "Omar, thanks for being with us. What happened?\nThe deal collapsed.")
    c = candidates(t, talk=True, has_q=True)
    assert c["price"].feats.get("w_host") == 1.0 and "addressed" not in c["price"].feats
    g = c["haddad"].feats
    assert g["w_guest"] == 1.0 and g["addressed"] == 1.0 and g["addressed*talk"] == 1.0
    assert candidates("Interview\nNeue Horizont February 2024\n\nThe text.", talk=False)["february"].feats["calendar"] == 1.0
    assert candidates("Interview\nNeue Zeitung February 2024\n\nThe text.", talk=False) == {}  # a newspaper's name (pass 81)
    m = load_speaker_model()  # the fitted weights: a guest cue and an address count for, a host cue against
    assert m.weights["w_guest*talk"] > 0 and m.weights["addressed"] > 0 and m.weights["w_host*talk"] < 0


def test_learned_principal_names_the_analyst_no_rule_names():
    assert _speakers(RuleSegmenter(), ANALYSIS) == {None}  # off by default: the rules alone name nobody here
    assert _speakers(RuleSegmenter(speaker_model=TOY), ANALYSIS) == {"Marta Ruiz"}
    p = learned_principal(ANALYSIS, talk=False, has_q=False, model=load_speaker_model(TOY))
    assert p is not None and p.name == "Marta Ruiz" and p.kind == "author" and 0.5 <= p.score <= 1
    assert "ruiz" in candidates(ANALYSIS, talk=False)


def test_learned_principal_respects_threshold_and_exclusions():
    toy = load_speaker_model(TOY)
    never = load_speaker_model({"weights": {}, "bias": 0.0, "threshold": 0.99})
    assert learned_principal(ANALYSIS, talk=False, has_q=False, model=never) is None
    assert _speakers(RuleSegmenter(speaker_model={"weights": {}, "bias": 0.0, "threshold": 0.99}), ANALYSIS) == {None}
    assert learned_principal(ANALYSIS, talk=False, has_q=False, model=toy, exclude=frozenset({"ruiz"})) is None
    assert learned_principal("No names here at all. Only words.", talk=False, has_q=False, model=toy) is None
    # two people about as likely: nobody
    two = "Why it fails\n\nThe analyst Marta Ruiz and the analyst Omar Daud disagree on the port."
    assert learned_principal(two, talk=False, has_q=False, model=load_speaker_model(TOY | {"margin": 0.05})) is None


def test_segmenter_name_and_switch():
    # on by default in texts with questions or talk only (forty-ninth pass, rule S1)
    assert RuleSegmenter().name == "rules-v1+unit-v1+speaker-v2.2-conversations+qm-v1"
    assert RuleSegmenter(speaker_model=False).name == "rules-v1+unit-v1+qm-v1"
    assert RuleSegmenter(speaker_model=True).name == "rules-v1+unit-v1+speaker-v2.2+qm-v1"
    assert RuleSegmenter(speaker_model=TOY).name.endswith("+speaker-custom+qm-v1")


def test_speaker_model_file_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read speaker model"):
        load_speaker_model(bad)
    with pytest.raises(ConfigError, match="needs 'weights'"):
        load_speaker_model({"weights": {}})
    good = tmp_path / "m.json"
    good.write_text(json.dumps({"weights": {"b_by": 2.0}, "bias": -1.0, "threshold": 0.4, "name": "mine"}), encoding="utf-8")
    m = load_speaker_model(good)
    assert m.name == "mine" and m.probability({"b_by": 1.0}) == pytest.approx(0.731, abs=1e-3)


def test_builtin_model_is_fitted_and_documented():
    m = load_speaker_model()
    assert len(m.weights) > 20 and 0 < m.threshold < 1
    assert m.weights["place_word"] < 0 and m.weights["line_by"] > 0  # the signs a reader expects


def test_initials_labels_on_one_exchange_are_turns_named_from_the_intro():
    text = ("This week the Harbour Review asked experts about the port strike. IPS's Geoff Ramsey answered; "
            "Geoff Ramsey's response is below.\n\n"
            "HR: The strike has closed the port for a month. What does it mean for the government?\n\n"
            "GR: It is a serious blow. The government will have to negotiate before the election.\n")
    st = RuleSegmenter().segment(text)
    qs = [c for c in st.claims if c.is_question]
    answers = [c for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR]
    assert qs and all(c.role.value == "interviewer" for c in qs)
    assert answers and {c.speaker for c in answers} == {"Geoff Ramsey"}


PODCAST_PAGE = (
    "Armed Conflict\n\n"
    "Harbour Weekly: The Port Militias, One Year After the Ceasefire with Peter Lund\n\n"
    "Anna Kovacs, Peter Lund\nMonday, March 3, 2025, 8:00 AM\n\n"
    "Peter Lund, a senior fellow at the Example Institute, joins Harbour Weekly Managing Editor Anna Kovacs to "
    "discuss the port militias.\n\n"
    "Transcript\n\n"
    "Peter Lund: The militias are stronger than a year ago. They control two of the three piers.\n\n"
    "Anna Kovacs: It's the Harbour Weekly podcast, I'm Anna Kovacs, managing editor, with Peter Lund.\n\n"
    "Peter Lund: The ceasefire froze the front lines, and the militias used the pause to recruit.\n"
)


def test_a_show_name_before_a_headline_is_the_title_not_a_turn():
    st = RuleSegmenter().segment(PODCAST_PAGE)
    head = next(s for s in st.segments if s.text.startswith("Harbour Weekly:"))
    assert head.kind.value == "heading" and head.speaker is None
    assert not any(c.speaker == "Harbour Weekly" for c in st.claims)


def test_the_speaker_who_introduces_themselves_is_the_host():
    st = RuleSegmenter().segment(PODCAST_PAGE)
    by_speaker = {c.speaker: (c.role.value, c.is_question) for c in st.claims}
    assert by_speaker["Peter Lund"] == ("interviewee", False)
    assert "Anna Kovacs" not in by_speaker or by_speaker["Anna Kovacs"][0] == "interviewer"
    # without the standfirst, the self-introduction alone decides
    bare = PODCAST_PAGE.replace("joins Harbour Weekly Managing Editor Anna Kovacs to discuss", "discusses")
    roles = {s.speaker: s.role.value for s in RuleSegmenter().segment(bare).segments if s.speaker}
    assert roles == {"Peter Lund": "interviewee", "Anna Kovacs": "interviewer"}


def test_the_one_label_that_always_asks_is_the_outlets_q():
    text = ("Harbour News Interview/Lund: There will be no strike\n\n"
            "In a short interview for the Harbour News agency, the analyst Peter Lund, a professor at the Example "
            "University, talks about the port.\n\n"
            "HNA: How do you assess the talks between the union and the port?\n\n"
            "I think the results have been good. Both sides now talk directly.\n\n"
            "HNA: Will there be a strike this year?\n\n"
            "No. The union has more to lose than to gain.\n")
    st = RuleSegmenter().segment(text)
    qs = [c for c in st.claims if c.is_question]
    answers = [c for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR]
    assert len(qs) == 2 and all(c.role.value == "interviewer" for c in qs)
    assert answers and all(c.role.value == "interviewee" and c.speaker != "HNA" for c in answers)
