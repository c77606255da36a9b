"""Structure rules of the twenty-eighth pass (issue 11). Texts written for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _speakers(text: str) -> set[tuple[str | None, str]]:
    return {(c.speaker, c.role.value) for c in SEG.segment(text).claims if not c.is_question and c.role is not SpeakerRole.EDITOR}


def test_a_style_and_one_name_in_an_interview_title_name_the_guest() -> None:
    text = ("Harbour TV - Interview with Sheikha Noor Foreign Minister of the Islands  Harbour TV  May 2, 2024\n\n"
            "What is your view of the vote?\n"
            "The vote was free and fair, and the people chose the port. We will keep working with our neighbours.\n\n"
            "How do you see the lender?\n"
            "We have signed nothing that gives away our land, and we never will.\n")
    assert _speakers(text) == {("Sheikha Noor", "interviewee")}


def test_an_office_label_seen_once_is_a_turn_when_the_title_names_its_bearer() -> None:
    text = ("Joint News Conference with Foreign Minister Tadesse Alemu\n\n"
            "The two ministers met the press after their talks on the border.\n\n"
            "FOREIGN MINISTER TADESSE: Thank you very much. Good afternoon.\n"
            "We discussed the border, the dam and the refugees in the east.\n"
            "It was a cordial and very fruitful discussion.\n")
    claims = SEG.segment(text).claims
    said = {c.speaker for c in claims if "dam and the refugees" in c.text or "fruitful" in c.text}
    assert said == {"Tadesse Alemu"}


# an automatic podcast transcript: numbered voices, no name the rules can read, questions without "?"
_VOICES = ("Episode Transcript\n"
           "Speaker 1 (00:00):\n"
           "The harbour plan has been delayed once again, and the minister\n"
           "blames the weather and the lenders. Our guest knows the plan well.\n"
           "Just how worrying are those delays.\n"
           "Speaker 2 (00:20):\n"
           "Well, they are worrying because the money was promised two years ago\n"
           "and the lenders have not paid a cent since then, as far as I know.\n"
           "Speaker 1 (00:41):\n"
           "So how has it changed the\n"
           "plans of the government.\n"
           "Speaker 2 (00:47):\n"
           "It has pushed everything back by a year, and the port will cost more.\n")


def test_numbered_voices_with_no_name_get_host_and_guest_roles() -> None:
    claims = SEG.segment(_VOICES).claims
    host = [c for c in claims if c.speaker == "Speaker 1"]
    guest = [c for c in claims if c.speaker == "Speaker 2"]
    assert guest and all(c.role is SpeakerRole.INTERVIEWEE and not c.is_question for c in guest)
    assert all(c.role is SpeakerRole.INTERVIEWER for c in host)
    assert any(c.is_question and "changed the" in c.text for c in host)
    # the host's own prompts are no view of the guest's
    assert not any("blames the weather" in c.text and c.role is not SpeakerRole.INTERVIEWER for c in claims)


def test_a_letters_sign_off_names_its_writer_and_is_no_claim() -> None:
    text = ("Letters to the Editor\n\nThe lender is testing our patience\n\n"
            "The latest attack on our boats shows that the lender has no respect for the ruling. "
            "The government must file a new protest.\n\n"
            "We cannot keep quiet while our fishermen are chased from their own waters.\n\n"
            "\u2014TERESA M. VALDEZ,\ntvaldez@example.org\n")
    s = SEG.segment(text)
    assert _speakers(text) == {("Teresa M. Valdez", "author")}
    assert not any("example.org" in c.text for c in s.claims)
    assert any(g.reason == "byline" and "VALDEZ" in g.text for g in s.segments)


def test_a_question_printed_under_the_title_and_answered_by_a_label_is_the_opening_question() -> None:
    text = ("A Conversation with Mara Oduya and Teodor Lind\n"
            "What interests do the coastal states have in the strait?\n\n"
            "Oduya: They have trade, fishing and the safety of their crews at stake. All of it depends on calm waters.\n\n"
            "Lind: I would add the cables on the sea floor, which few people think about.\n\n"
            "What are the main obstacles to a deal?\n\n"
            "Oduya: Mistrust, mostly, and elections on both sides.\n")
    s = SEG.segment(text)
    asked = [c.text for c in s.claims if c.is_question]
    assert asked == ["What interests do the coastal states have in the strait?", "What are the main obstacles to a deal?"]
    assert {c.speaker for c in s.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Mara Oduya", "Teodor Lind"}


def test_an_outlet_or_a_show_is_no_interviewee() -> None:
    from polisent.segment._principal import is_person_name, person_part

    assert person_part("Asian Age") is None and person_part("Blog Team") is None
    assert not is_person_name("Bangladesh Deutsche Welle")
    text = ("For more, we can speak to Rosa Lindqvist in Stockholm. She is a fellow at the Baltic Institute.\n"
            "Hello to you, Rosa. Thank you for speaking to Harbour Direct.\n"
            "Is the boycott the right strategy?\n"
            "I think it is the only strategy left to them, because the vote will not be free.\n"
            "What happens next?\n"
            "They will try to keep the street alive until the next round of talks.\n")
    said = {c.speaker for c in SEG.segment(text).claims if "only strategy" in c.text or "street alive" in c.text}
    assert said == {"Rosa Lindqvist"}


def test_an_interview_given_by_someone_to_an_outlet_names_him() -> None:
    text = ("Home > Information of the Embassy > Activities\n"
            "Full Text of the Interview by Ambassador Chen Liwei with the Harbour Monitor\n"
            "2016-03-01 10:20\n\n"
            "You are leading the new mission to the regional bloc. What are its duties?\n\n"
            "Our mission was set up to carry out the projects both sides agreed last year. My job is to implement them.\n\n"
            "How do you work with the other embassies?\n\n"
            "The embassy handles bilateral matters while my mission handles the bloc.\n")
    said = {c.speaker for c in SEG.segment(text).claims if not c.is_question and c.role is not SpeakerRole.EDITOR}
    assert said == {"Chen Liwei"}
    from polisent.segment._principal import person_part

    assert person_part("Full Text") is None


def test_an_expert_round_up_with_long_job_lines_names_each_section() -> None:
    text = ("Q & A\n\nUpdated: 2016-05-02\n\n"
            "Lena Varga, senior research fellow and director of the programme at the Institute of Regional Studies, which works under the Academy of Sciences\n\n"
            "What should the summit deliver?\n\n"
            "It should deliver a trade deal. Anything less will disappoint the region.\n\n"
            "Q & A\n\n"
            "Kofi Mensah, from Ghana, founder of the West Coast Trade Foundation\n\n"
            "What stands in the way?\n\n"
            "Mistrust stands in the way, and the language barrier.\n")
    s = SEG.segment(text)
    said = {c.speaker: c.text for c in s.claims if not c.is_question and c.role is not SpeakerRole.EDITOR}
    assert set(said) == {"Lena Varga", "Kofi Mensah"}
    assert not any(c.text.strip() == "Q & A" for c in s.claims)


def test_a_surname_with_a_job_after_it_names_the_speaker_of_a_text_without_questions() -> None:
    text = ("Professor Lucia Ferreira is an outspoken woman. She once told a minister to his face that his country had erred.\n\n"
            "Ferreira is a professor of international relations at the State University. Having advised many diplomats, "
            "Ms. Ferreira is a respected voice on the bloc. Ferreira sat with our channel for an interview.\n\n"
            "THE BLOC'S GOALS\n\n"
            "When the bloc was created, the world was becoming multipolar. Our country wanted a seat at that table.\n\n"
            "The second reason was trade. Nobody says no to an offer like that.\n")
    said = {c.speaker for c in SEG.segment(text).claims if "seat at that table" in c.text or "Nobody says no" in c.text}
    assert said == {"Lucia Ferreira"}


def test_a_clip_is_not_the_guest_the_host_greets_under_another_spelling() -> None:
    text = ("In this episode, Dana is joined by Kenneth Wollack, fellow at the Harbour Institute and author of books on the strait.\n\n"
            "Episode Transcript\n"
            "Speaker 1 (00:15):\n"
            "Welcome to the show. I'm Dana Price. We respond today to the news of the strikes\n"
            "on the harbour, which many call the most consequential decision of the year.\n"
            "Speaker 2 (00:36):\n"
            "A short time ago our forces carried out precise strikes on the three harbour depots.\n"
            "Tonight I can report that the strikes were a spectacular success.\n"
            "Speaker 1 (01:19):\n"
            "The strikes surprised many people here. Joining me now is Ken Wollock, fellow at the\n"
            "Harbour Institute and author of a book on the strait.\n"
            "Speaker 3 (01:41):\n"
            "Thanks for having me. I think the strikes were a gamble that may not pay off for years.\n")
    s = SEG.segment(text)
    clip = {c.speaker for c in s.claims if "spectacular success" in c.text}
    guest = {c.speaker for c in s.claims if "gamble" in c.text}
    assert guest == {"Kenneth Wollack"} and clip != guest


def test_a_columns_named_title_beats_a_source_who_told_the_writer() -> None:
    text = ("Tomas Reyes: The harbour on the brink\n\n"
            "Photo Desk/Harbour Appeal\n\n"
            "My heart aches for the islands, where I lived and worked for seven years during my diplomatic career. "
            "Two leaders have turned one of the richest places in the region into a ruin.\n\n"
            "So how can we help? As retired Ambassador Liam Norden, an experienced career diplomat, told me recently, "
            "\u201cThe neighbours must stay in the lead.\u201d Good advice.\n")
    said = {c.speaker for c in SEG.segment(text).claims if "heart aches" in c.text or "Good advice" in c.text}
    assert said == {"Tomas Reyes"}


def test_a_hosts_opening_before_the_first_question_is_no_guest_view() -> None:
    text = ("\u2022 7 weeks ago\nCategory\nNewsTranscript\n"
            "00:00And joining me now is Harbour Foreign Minister Tomas Arlen.\n"
            "00:04Mr. Foreign Minister, welcome to the programme.\n"
            "00:09Thank you so much for joining us after a very busy week, with the talks in the capital.\n"
            "00:18Has the president committed to a meeting with his rival?\n"
            "00:30Well, those are speculations spread by the rival himself and his sponsors.\n"
            "00:43It was not discussed at the summit.\n")
    claims = SEG.segment(text).claims
    said = {c.speaker for c in claims if "speculations" in c.text}
    assert said == {"Tomas Arlen"}
    assert not any("busy week" in c.text and not c.is_question and c.role is SpeakerRole.INTERVIEWEE for c in claims)
    # the guest's reply to the welcome stays the guest's
    text2 = text.replace("00:18Has", "00:15Thank you very much for having me.\n00:18Has")
    assert any("having me" in c.text and c.role is SpeakerRole.INTERVIEWEE for c in SEG.segment(text2).claims)


def test_a_podcast_pages_own_lines_over_the_first_time_code_are_no_talk() -> None:
    text = ("Harbour Podcasts\nLog in\n\nThe Strait Crisis\n\n"
            "The panel discusses the crisis in the strait and whether the navy will join the fray. "
            "They are joined by Mira Sand, a senior fellow at the Harbour Institute.\n\n"
            "Transcript\n\nClick on a timestamp to play from that location\n\n"
            "0:00.0\n\nGood to see familiar faces. The navy moved again today, and the ships are still there.\n\n"
            "0:15.0\n\nI think the navy will wait, because nobody wants to be blamed for the first shot.\n\n"
            "0:31.2\n\nThe ships will stay, and the talks will go on in the capital for weeks.\n\n"
            "0:44.8\n\nThat is the pattern we have seen for two years now, and it will not change soon.\n")
    claims = SEG.segment(text).claims
    assert not any("panel discusses" in c.text and c.role is not SpeakerRole.EDITOR for c in claims)
    assert any("nobody wants to be blamed" in c.text for c in claims)
