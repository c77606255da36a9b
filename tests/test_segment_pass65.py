"""Pass 65 (issue 11): writers' author lines and bios, a bar's outlet, office labels. Texts written for the project;
none is a copy of a corpus document."""

from __future__ import annotations

from collections import Counter

from polisent.segment import RuleSegmenter

BODY = ("It was supposed to be a celebration. The alliance has been the cornerstone of security for decades, and "
        "nobody in the region expected the old order to end so fast.\n\n"
        "But last week's summit did not feel like one. Governments must now spend more on defence.\n")


def _main(text: str) -> str | None:
    """The speaker most answer claims carry (an editor's introduction aside), as the real-page judge reads it."""
    said = Counter(c.speaker for c in RuleSegmenter().segment(text).claims
                   if not c.is_question and c.role.value in ("author", "interviewee", "unknown", "guest"))
    return said.most_common(1)[0][0]


def test_writes_line_with_the_writers_job_between_commas() -> None:
    assert _main("Anna Lindqvist, a former IAEA nuclear safeguards inspector, writes:\n\n" + BODY) == "Anna Lindqvist"


def test_top_bio_with_a_former_job_in_apposition_and_an_abbreviation() -> None:
    head = ("Anna Lindqvist, former U.S. ambassador to NATO, is CEO of the Nordic Policy Centre and host of the weekly "
            "podcast \u201cNordic Review with Anna Lindqvist.\u201d She writes the Review\u2019s Across the Sea column.\n\n")
    assert _main(head + BODY) == "Anna Lindqvist"


def test_a_bio_that_names_a_subject_the_body_goes_on_about_is_no_byline() -> None:
    head = "Anna Lindqvist, former U.S. ambassador to NATO, is CEO of the Nordic Policy Centre.\n\n"
    assert _main(head + BODY + "Lindqvist said the summit went well.\n") is None


def test_author_line_with_the_outlet_after_a_bar() -> None:
    text = ("OPINION: Why Nordland wants the islands \u2013 Anna Lindqvist | Baltic Chronicles\n\n"
            "Map of the islands \u2013 disputed area\n\nAnna Lindqvist | Baltic Chronicles\n\n" + BODY)
    assert _main(text) == "Anna Lindqvist"


def test_an_office_label_is_the_person_named_with_that_office() -> None:
    text = ("Interview with Tom Weiss, Nordic TV\n\nTom Weiss, Host: This Friday there is a summit, with the Prime "
            "Minister, US Secretary of State Ana Ruiz and others. Joining me now is the Foreign Minister, Maren Olsby. "
            "Foreign Minister Olsby, thank you for joining us.\n\nMaren Olsby, Foreign Minister: Good to be with you.\n\n"
            "Weiss: What will you discuss there?\n\nForeign Minister: Trade and security, as always. We look forward "
            "to it.\n\nWeiss: And the islands?\n\nForeign Minister: We will raise them.\n")
    assert _main(text) == "Maren Olsby"


def test_the_outlets_interlocutor_is_the_guest() -> None:
    text = ("Today, Nordwire's interlocutor is Edgars Lapins, who has been the head of the Foreign Ministry for years.\n\n"
            "- Recently, you made a statement. What was the main reason behind this call?\n\n"
            "- The reason is simple. We see escalation.\n\n- Is it inevitable?\n\n- It is, because we see escalation.\n")
    assert _main(text) == "Edgars Lapins"


def test_our_correspondent_is_the_journalist_not_the_guest() -> None:
    text = ("The Speaker of the Nordland Parliament, Ana Ruiz, has said the trade deal is dead. Speaking exclusively to "
            "our diplomatic correspondent Tom Weiss, Ruiz said the debt must be restructured.\n\n"
            "Question: What is the status of the trade agreement?\n\nAnswer: It is dead. We will not revive it.\n\n"
            "Question: And the debt?\n\nAnswer: It must be restructured.\n")
    assert _main(text) != "Tom Weiss"


def test_a_fronted_phrase_before_he_sat_down_with_the_journalist() -> None:
    text = ("Ana Ruiz\n\nNordland Foreign Minister\n\nNovember 26, 2000|By Tom Weiss, Nordic Wire.\n\n"
            "Nordland Foreign Minister Ana Ruiz visited the United Nations recently for a vote. While in New York, he sat "
            "down with Tom Weiss to talk of the country's hopes.\n\n"
            "Q: What is the significance of this year's resolution?\n\nA: It is a clear signal of what the world thinks.\n\n"
            "Q: Will it change anything?\n\nA: Not at once.\n")
    assert _main(text) == "Ana Ruiz"


def test_slash_press_job_byline() -> None:
    assert _main("NATIONAL VIEW: Nordland must act\n\nAnna Lindqvist/Syndicated Columnist\n\n" + BODY) == "Anna Lindqvist"


def test_a_royals_title_and_first_name_is_his_full_name() -> None:
    text = ("During the visit, Nordic TV's Tom Weiss had an exclusive interview with Sheikh Khalid Bin Saif Al Nordi, "
            "Deputy Prime Minister, to discuss relations.\n\n"
            "Tom Weiss: Your Highness, welcome back to the show. What does the visit mean for the region?\n\n"
            "Sheikh Khalid: It means a great deal. We have worked on it for years.\n\n"
            "Tom Weiss: And the talks on trade?\n\nSheikh Khalid: They go well.\n")
    assert _main(text) == "Khalid Bin Saif Al Nordi"


def test_his_excellency_is_a_style_before_the_name() -> None:
    from polisent.segment._principal import _NAME_AT

    assert _NAME_AT.match("H.E. Mr. Mevl\u00fct \u00c7avu\u015fo\u011flu to TRT World").group("name") == "Mevl\u00fct \u00c7avu\u015fo\u011flu"
