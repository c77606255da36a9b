"""Speakers and questions on real-page layouts found in the dev sets of the eighth pass (issue 11).
Texts written for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _claims(text: str) -> list[tuple[bool, str | None, str]]:
    return [(c.is_question, c.speaker, str(c.role)) for c in SEG.segment(text).claims if c.role is not SpeakerRole.EDITOR]


def test_a_ministers_transcript_names_the_radio_host_it_is_an_interview_with():
    text = ("Interview with Tom Reid, 3AW\n\nTranscript, E&OE\n\nSubject: Port deal\n\n"
            "TOM REID: I want to bring in the Trade Minister, Ana Silva, because the port deal is signed. "
            "Minister, welcome back to the program.\n\n"
            "REID: They signed it anyway. Why did they not listen?\n\n"
            "SILVA: Well, Tom, we talked with them for months. We respect their choice.\n\n"
            "We remain their largest partner and we will keep working with them.\n\n"
            "REID: Will you still visit in May?\n\n"
            "SILVA: I will, and I look forward to it.\n")
    claims = _claims(text)
    answers = {sp for q, sp, _ in claims if not q}
    assert answers == {"Ana Silva"}
    assert {sp for q, sp, _ in claims if q} == {"Tom Reid"}


def test_a_guest_who_spoke_with_an_outlet_is_not_its_host():
    text = ("Port authority chief Mara Lind spoke with Coast Energy to discuss the strait and the sanctions.\n\n"
            "Shipping through the strait has fallen by a third since the spring.\n\n"
            "Piet Haas: Why does the strait matter for world fuel markets?\n\n"
            "Mara Lind: I think it matters because a fifth of the world's fuel passes through it. "
            "The sanctions have not changed that.\n\n"
            "The insurers are the ones who decide now.\n")
    claims = _claims(text)
    assert {sp for q, sp, _ in claims if not q} == {"Mara Lind"}
    assert [sp for q, sp, _ in claims if q] == ["Piet Haas"]


def test_a_question_put_to_you_after_an_excerpts_first_lines_is_no_dek():
    text = ("They fear the courts will be used against them as well.\n\n"
            "How do you see the approach of the prime minister in the debates on the war?\n\n"
            "The country is close to the front and depends on imported gas. Its neighbours do not.\n\n"
            "Whether the policy works will be decided by what it costs in Brussels.\n\n"
            "I think he is right to protect the economy. It is not simply a favour to Moscow.\n\n"
            "This war is a wake-up call. What are the lessons for the future of Europe?\n\n"
            "Europe depends on the United States, and I see no change in the medium term.\n")
    claims = _claims(text)
    assert [q for q, _, _ in claims].count(True) == 2
    assert {role for q, _, role in claims if not q} == {"interviewee"}


def test_a_long_question_in_sentence_case_opening_an_interview_is_no_title():
    text = ("With the return of coups in the region, is democracy failing and is the regional bloc "
            "helpless in this situation?\n\n"
            "It is a very sad situation we find ourselves in, and we should ask why so many coups happen "
            "in so short a time. I think the answer is at home.\n\n"
            "One of the reasons behind these coups is bad governance. What would you say about that?\n\n"
            "I will not say that there is any excuse for a coup. But we have to ask why the soldiers are back.\n")
    claims = _claims(text)
    assert [q for q, _, _ in claims][:1] == [True]
    assert [q for q, _, _ in claims].count(True) == 2
    assert {role for q, _, role in claims if not q} == {"interviewee"}


def _clutter(text: str) -> dict[str, str]:
    return {s.text: s.reason or "" for s in SEG.segment(text).segments if s.kind.value == "clutter"}


def test_agency_and_long_caption_lines_are_clutter():
    body = "The strike marks a new escalation. Both sides now expect more attacks in the coming weeks."
    text = ("Iran strikes Israel\n\nBy Anna Berg\n\n"
            "HAIFA, ISRAEL - MAY 3: A soldier inspects the remains of a missile near Haifa. Last night the "
            "strike hit the port. (Photo by Jan Roe/Example Images)\n\n"
            "The ties in the region are tense. Photo above is a combination of file pictures: the two leaders "
            "meeting in 2021, by Jan Roe.\n\n"
            "The minister announced new tariffs. // File Photo: The Ministry.\n\n"
            "A frigate arrives at the naval base. Image \u2013 navy.example.org.\n\n" + body + "\n")
    cl = _clutter(text)
    assert set(cl.values()) == {"byline", "caption"}
    for piece in ("HAIFA", "Photo above", "File Photo", "navy.example.org"):
        assert any(piece in c for c in cl)
    claims = [c.text for c in SEG.segment(text).claims]
    assert claims == ["The strike marks a new escalation.", "Both sides now expect more attacks in the coming weeks."]


def test_podcast_credits_and_site_widgets_are_clutter():
    text = ("The trade war\n\nHOST: What does the deal change? GUEST: Very little, I think.\n\n"
            "Listen to the complete interview (Audio Player)\n\n"
            "Please check your e-mail for a link to activate your account.\n\n"
            "No events are scheduled at this time.\n\n"
            "Today\u2019s show was produced by Ana Lee and Tom Park. It was mixed by Sam Roe and edited by Kim Yu.\n")
    st = SEG.segment(text)
    reasons = [s.reason for s in st.segments if s.kind.value == "clutter"]
    assert reasons.count("media") == 1 and reasons.count("subscribe") == 2 and "credits" in reasons
    assert not any(w in c.text for c in st.claims for w in ("produced", "mixed", "Listen", "e-mail", "events"))


def test_an_author_line_in_a_table_row_names_the_author():
    text = ("The EU and its eastern neighbours\n\n|\n|\nThe EU can offer a clear path to the associated states.\n|\n"
            "Dionis Cenu\u015fa, Senior Contributor |\n|\n"
            "Russia's war goes on. The union must answer it.\n\nKyiv wants to join the union soon.\n")
    assert {sp for _, sp, _ in _claims(text)} == {"Dionis Cenu\u015fa"}


def test_the_interlocutor_of_an_outlet_is_the_interviewee():
    text = ("The interlocutor of Radar Armenia is public figure Aram Petrosyan.\n"
            "\u2013 The war has gathered new momentum. Can the offensive change its course?\n"
            "\u2013 Yes, it can, but it will not be a breakthrough.\n"
            "\u2013 What is the role of the great powers here?\n"
            "\u2013 So far no one wants a treaty before the wider conflict is settled.\n")
    claims = _claims(text)
    assert {sp for q, sp, _ in claims if not q} == {"Aram Petrosyan"}


def test_a_title_that_ends_with_by_and_a_name_names_the_author_but_a_passive_does_not():
    body = "\n\nThe rivalry now dominates policy in the region. It will last.\n\nBoth parties back the line.\n"
    assert {sp for _, sp, _ in _claims("2021/138 \u201cWhy the Rivalry Will Endure\u201d by Anna Berg" + body)} == {"Anna Berg"}
    assert {sp for _, sp, _ in _claims("A Peace Plan Backed by Donald Trump" + body)} == {None}


def test_one_question_to_you_after_a_long_standfirst_opens_the_answers_when_they_speak_in_the_first_person():
    text = ("I Hope There Will Be Talks Again: Omar Saleh\n\n"
            "Former foreign minister Omar Saleh says \"history will judge this as a dark day for the region.\"\n\n"
            "Omar Saleh was the face of peace-making through the last decade, when the two capitals came closer "
            "than ever to a deal on the valley, its water and its borders, and the talks ran for years in three "
            "cities with envoys from both sides and from the neighbours, until the elections ended them.\n\n"
            "Here the former minister gives his view of the decision and of what comes next for the two states "
            "and their long dispute over the valley and its people.\n\n"
            "As you look back, what has the decision changed? How has it hit the ties between the capitals?\n\n"
            "We must understand what was achieved in the past and what has been lost now. I think history will "
            "record this day as a dark one for the valley and for the ties between us.\n\n"
            "I still believe that talks are the only way forward for both sides.\n")
    claims = _claims(text)
    assert any(q for q, _, _ in claims)
    answers = [(sp, role) for q, sp, role in claims if not q][-3:]
    assert answers == [("Omar Saleh", "interviewee")] * 3


def test_a_byline_at_the_end_of_a_first_line_the_rules_took_for_text():
    text = ("Coup in the North: Do Not Stir Up the Hornet's Nest, by Prof. MK Salim\n"
            "A coup is a bad omen for any country. It puts the nation in the hands of soldiers.\n"
            "They do and undo as they please.\n")
    assert {sp for q, sp, _ in _claims(text) if not q} == {"MK Salim"}
