"""Pass 86 (issue 11): a podcast host's privacy notice or an affiliate disclosure as a sentence (rule K2), a news
agency's dateline written as its own sentence at a line's start (K3) and a wire photo's caption on its own line (K4)
are clutter with their reason; a case-insensitive group inside a case-sensitive clutter rule no longer hides the
rule from capitalised text (the literal prefilter reads such a rule folded).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.segment import RuleSegmenter
from polisent.segment._lexicon import load_clutter_rules

LEAD = "Talks on the corridor\n\n"
BODY = "The ministers met for four hours and agreed on a timetable for the rail link.\n\nThe money comes next year.\n"


def _cut(text: str, **kw: object) -> tuple[list[tuple[str, str]], list[str]]:
    st = RuleSegmenter(**kw).segment(text)  # type: ignore[arg-type]
    assert all(text[c.start:c.end] == c.text for c in st.claims)
    return [(s.reason or "", text[s.start:s.end]) for s in st.segments if s.kind.value == "clutter"], [c.text for c in st.claims]


def test_a_podcast_hosts_privacy_notice_and_an_affiliate_disclosure() -> None:
    text = LEAD + ("Thanks for listening to the show today and see you next week again. See lanternhost.fm/privacy for "
                   "more information.\n\nSome of the books we mention are linked on our page. As an Amazon Associate we earn "
                   "from qualifying purchases.\n\n") + BODY
    clutter, claims = _cut(text)
    assert ("legal", "See lanternhost.fm/privacy for more information.") in clutter  # (before the pass: a claim)
    assert ("legal", "As an Amazon Associate we earn from qualifying purchases.") in clutter
    assert "Thanks for listening to the show today and see you next week again." in claims


def test_an_agency_dateline_as_its_own_sentence_is_cut_from_the_lead() -> None:
    for dateline in ("RIGA, September 10. /BNA/.", "TALLINN, Aug 4 - TASS.", "VILNIUS, 12 March - Interfax."):
        text = LEAD + dateline + " The ministers met for four hours and agreed on a timetable for the rail link.\n"
        clutter, claims = _cut(text)
        assert ("dateline", dateline) in clutter, dateline
        assert claims == ["The ministers met for four hours and agreed on a timetable for the rail link."]


def test_a_wire_photo_caption_on_its_own_line() -> None:
    caption = ("Estonia's Foreign Minister Anna Tamm speaks during a news conference on the rail link in Tallinn, "
               "Estonia, Sept. 4, 2024.")
    clutter, claims = _cut(LEAD + "The ministers met for four hours.\n\n" + caption + "\n\n" + BODY)
    assert ("caption", caption) in clutter
    assert caption not in claims


def test_prose_with_a_date_or_a_capitalised_place_stays() -> None:
    body = ("The minister speaks for the government, and she said so in Tallinn on Monday.\n\n"
            "MOSCOW and Kyiv disagree on the corridor, officials said on Tuesday.\n\n"
            "Hosted by the ministry, the talks ran late. The review of the deal is due in March.\n\n")
    clutter, claims = _cut(LEAD + body + BODY)
    assert clutter == []
    assert "MOSCOW and Kyiv disagree on the corridor, officials said on Tuesday." in claims


def test_a_case_insensitive_group_in_a_case_sensitive_rule_is_still_tried() -> None:
    rules = [{"name": "dateline", "glued": True, "flags": "", "pattern": r"(?<![^\n])NARVA, (?i:march) \d{1,2}\."}]
    (rule,) = [r for r in load_clutter_rules(rules) if r.pattern.pattern.startswith("(?<![^\\n])NARVA")]
    assert rule.folds and rule.required is not None  # tested on the folded line, which holds "march" in any case
    clutter, _ = _cut(LEAD + "NARVA, March 3. The ministers met for four hours on the rail link.\n", clutter_rules=rules)
    assert ("dateline", "NARVA, March 3.") in clutter
