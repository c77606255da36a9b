"""Structure rules of the twenty-ninth pass (issue 11): the host's talk is no guest's view.
Texts written for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter
from tests.conftest import said_by as _said_by
from tests.conftest import views as _views

SEG = RuleSegmenter()

# a hard-wrapped broadcast transcript: a blank line breaks the host's question mid-sentence
_WRAPPED = ("Return to Transcripts main page\n\n"
            "Talks on the Harbour Deal; Interview with the Islands' Foreign Minister\n\n"
            "Aired May 2, 2024 - 14:00   ET\n\n"
            "ANNA LINDQVIST, HOST (voice-over): Tonight, the harbour deal hangs by a thread. I speak to the\n\n"
            "islands' foreign minister.\n\n"
            "LINDQVIST: Good evening, everyone, and welcome to the program. I'm Anna Lindqvist.\n\n"
            "The lenders walked out of the talks last week, blaming the government for the delays.\n\n"
            "LINDQVIST: Foreign Minister Grace Okafor, welcome to the program.\n\n"
            "LINDQVIST: You, the negotiators here, whether it's yourself, the foreign minister, or Secretary\n\n"
            "Haugen, do you feel that the deal can still be saved?\n\n"
            "OKAFOR: It can be saved. The lenders want the port as much as we do, and we will find a way.\n\n"
            "LINDQVIST: Minister, thank you.\n\n"
            "OKAFOR: Thank you, Anna.\n")


def test_a_question_wrapped_over_a_blank_line_is_the_labelled_hosts() -> None:
    assert _said_by(_WRAPPED, "blaming the government") <= {("Anna Lindqvist", "interviewer", True)}
    assert not any("blaming the government" in v or "welcome to the program" in v for v in _views(_WRAPPED))
    assert {(r, q) for _, r, q in _said_by(_WRAPPED, "want the port")} == {("interviewee", False)}


def test_a_label_that_says_host_beats_a_headline_that_asks() -> None:
    text = ("Play Live Radio\nNext Up:\n0:00 0:00\nAvailable On Air Stations\n\n"
            "The lenders have walked out. Can the harbour deal survive?\n\n"
            "MARIA KOWALSKA, HOST:\n\n"
            "This is NIGHT DESK. I'm Maria Kowalska. The lenders walked out of the talks last week.\n\n"
            "My guest Tomas Berg covered the talks for ten years.\n\n"
            "TOMAS BERG: The lenders lost patience with the ministry. They had waited two years.\n\n"
            "KOWALSKA: That is a long time to wait for a signature.\n\n"
            "BERG: It is, and they will not come back before the elections.\n")
    assert not any("walked out of the talks" in v or "covered the talks" in v for v in _views(text))
    assert _said_by(text, "lost patience") == {("Tomas Berg", "interviewee", False)}


def test_a_podcasts_credits_block_is_no_speaker_turns() -> None:
    text = ("Host: Lena Park\n"
            "Guest: Omar Haddad\n"
            "Producer: Lena Park\n"
            "Craft Editor: Jon Weiss\n"
            "Supervising Editor: Ada Brook\n"
            "Transcript\n"
            "LENA: My name is Lena Park, and this is Harbour Talk. The port has been idle for a month.\n"
            "In this episode, I'm speaking with my colleague Omar Haddad. Let's jump in.\n"
            "OMAR: The port is idle because the lenders have stopped paying, and the ministry has no plan.\n"
            "LENA: What would a plan look like?\n"
            "OMAR: A plan would start with the debt, and nobody wants to talk about the debt.\n")
    claims = SEG.segment(text).claims
    assert not any("Jon Weiss" in c.text or "Ada Brook" in c.text for c in claims)
    assert not any("idle for a month" in v for v in _views(text))
    assert {(r, q) for _, r, q in _said_by(text, "stopped paying")} == {("interviewee", False)}


def test_the_hosts_unlabelled_opening_with_her_own_name_is_hers() -> None:
    text = ("Moldova: A Model Deal?\n\n"
            "I'm Ruth Adler and this is THE WEEK from Radio Nord. But first, we turn to Moldova.\n\n"
            "The lenders walked out of the talks on Friday, and the opposition says the deal was rigged.\n\n"
            "Here to tell us more is Kwame Boateng. He is a reporter in the capital.\n\n"
            "Thanks so much for joining us. Welcome.\n\n"
            "KWAME BOATENG: Hi, Ruth, and hello to your listeners.\n\n"
            "ADLER: What were the lenders' objections?\n\n"
            "BOATENG: They said the government had hidden the costs, and they were right.\n\n"
            "ADLER: And what comes next?\n\n"
            "BOATENG: A new tender, probably in the spring.\n")
    assert not any("deal was rigged" in v or "I'm Ruth Adler" in v for v in _views(text))
    opening = [g for g in SEG.segment(text).segments if "deal was rigged" in text[g.start:g.end]]
    assert opening and all(g.kind.value != "answer" for g in opening)
    assert _said_by(text, "hidden the costs") == {("Kwame Boateng", "interviewee", False)}


def test_the_one_label_that_opens_a_show_with_its_own_name_is_the_host() -> None:
    text = ("The Harbour Hour transcript, episode 12\n\n"
            "Lena Park: There is a power vacuum in the islands, and the lenders are leaving. I'm Lena Park. "
            "The Harbour Hour starts now.\n\n"
            "The fight over the port is now in the streets. The minister resigned on Friday, after a month of protests.\n\n"
            "We talk with the islands' ambassador about what comes next.\n\n"
            "Lena Park: That was the view from the capital. More after the break.\n")
    assert _views(text) == []


def test_a_round_ups_introduction_is_the_editors() -> None:
    text = ("Expert reaction: the harbour deal\n\n"
            "The islands signed a harbour deal with a foreign lender on Monday. The opposition called it a sell-out.\n\n"
            "Here's what two experts had to say:\n\n"
            "Anna Berg, Professor of International Relations, University of the North\n\n"
            "The deal gives the lender a foothold in the region, and the government knows it.\n\n"
            "Omar Haddad, Senior Fellow, Harbour Institute\n\n"
            "The deal is a sensible one, and the opposition will sign the next one.\n")
    claims = SEG.segment(text).claims
    assert not any(("sell-out" in c.text or "signed a harbour deal" in c.text) and c.role is not SpeakerRole.EDITOR
                   for c in claims)
    assert _said_by(text, "foothold") == {("Anna Berg", "author", False)}
    assert _said_by(text, "sensible") == {("Omar Haddad", "author", False)}


def test_a_letters_page_signs_each_letter_below_it() -> None:
    text = ("The harbour pact is a sea change in our security\n\n"
            "News that the islands have signed a security pact with a distant power is alarming.\n\n"
            "We must consider whether our government saw this coming.\n\n"
            "Lesley Barton, Queanbeyan, NSW\n\n"
            "We have given billions in aid to the islands, and they are free to choose their friends.\n\n"
            "Tim Tonner, Cowra, NSW\n\n"
            "My father flew over those islands in the war.\n")
    assert _said_by(text, "is alarming") == {("Lesley Barton", "author", False)}
    assert _said_by(text, "billions in aid") == {("Tim Tonner", "author", False)}
    assert {s for s, _, _ in _said_by(text, "My father")} == {None}


def test_a_dated_standfirst_names_the_interviewee() -> None:
    text = ("By Omar Haddad\n\n"
            "Why the harbour deal matters\n\n"
            "May 2, 2024 - 10:7\n\n"
            "TEHRAN \u2013 Richard Nolan, who served as the lead negotiator for the lenders' team in the talks, is of the "
            "opinion that \u201cthe deal will hold\u201d.\n\n"
            "The fellow at the Center on Global Energy Policy at Columbia University says the South Korea "
            "team will come round.\n\n"
            "Following is the text of the interview:\n\n"
            "Q: The islands signed the deal on Friday. What led to such a breakthrough?\n\n"
            "A: I think it is because of fear, and because the lenders were patient.\n\n"
            "Q: Will it hold?\n\n"
            "A: It will, if the opposition wins nothing by breaking it.\n")
    assert _said_by(text, "lenders were patient") == {("Richard Nolan", "interviewee", False)}


def test_an_office_label_with_small_words_is_the_minister_the_host_names() -> None:
    text = ("Anna Berg, Harbour News\n\n"
            "Transcript, E&OE\n\n"
            "Anna Berg: First, let's go to Pat Molloy, Minister for Trade and the Pacific. Minister, good morning to you.\n"
            "Realistically, what can come out of the forum?\n\n"
            "Minister for Trade and the Pacific: Well, the forum is the region's main meeting, and we will be there "
            "to listen.\n\n"
            "Anna Berg: The lender has shelved its pact.\n"
            "Do you expect it to come back?\n\n"
            "Minister for Trade and the Pacific: Look, I think many countries want a role in the region.\n")
    assert _said_by(text, "main meeting") == {("Pat Molloy", "interviewee", False)}
    assert not any("let's go to" in v for v in _views(text))


def test_square_bracket_turn_labels_of_a_broadcast() -> None:
    text = ("[News UP] The harbour deal...What comes next?\n\n"
            "\u25a0 Host: Anchor Lee Min-ji\n"
            "\u25a0 Appearance: Park Joon-ho, Professor of Ocean Studies at Harbour University\n\n"
            "[Anchor]\n"
            "Let's take a closer look at the harbour deal. Let's talk with Park Joon-ho, a professor at Harbour University.\n"
            "Please come in.\n\n"
            "[Both symbols]\n"
            "Hello.\n\n"
            "[Anchor]\n"
            "The deal was signed yesterday. What does it change?\n\n"
            "[Both symbols]\n"
            "I think it changes the balance of power in the strait, and the lenders know it.\n\n"
            "[Anchor]\n"
            "Will the opposition accept it?\n\n"
            "[Both symbols]\n"
            "The opposition will protest, but it will not tear it up.\n")
    assert _said_by(text, "balance of power") == {("Park Joon-ho", "interviewee", False)}
    assert _said_by(text, "opposition accept") == {("Lee Min-ji", "interviewer", True)}
    assert not any("closer look" in v for v in _views(text))


def test_a_bracket_label_before_the_talk_and_a_sound_note() -> None:
    text = ("Minister's Interview with Harbour News (4.26.)\n\n"
            "[MUSIC PLAYING]\n\n"
            "[Minister Rhee] This time, I think the urgency of the deal is shared by everyone.\n\n"
            "([Tom Walsh] You are starting at the top. What role did the lenders play?)\n\n"
            "[Minister Rhee] They were patient, and they were right to be.\n")
    assert _said_by(text, "were patient") == {("Rhee", "interviewee", False)}
    assert not any("MUSIC" in c.text for c in SEG.segment(text).claims)


def test_an_expert_who_spoke_about_it_in_an_interview_speaks_the_points_below() -> None:
    text = ("In an interview with the Ukrainian TV channel UWN, institute director Vlad Kolesnyk spoke about "
            "who can destabilise the region and about the lender's stakes in our country.\n\n"
            "Key talking points:\n\n"
            "\u2013 The breakaway region is not a threat to the security of its neighbours right now. Rather, the "
            "economy can destabilise the country.\n\n"
            "\u2013 The lender continues to support those who have already lost.\n")
    assert _said_by(text, "lender continues") == {("Vlad Kolesnyk", "author", False)}


def test_the_guest_a_podcast_host_is_introducing_answers() -> None:
    text = ("All right, y'all, welcome to the Harbour Show. I'm the director of the Harbour Institute.\n"
            "All right, you guys, introducing Mara Lindgren, CEO of Strait Analytics. She wrote a great piece on the deal.\n"
            "Welcome back to the show.\n"
            "Mara, it's great to be with you. I'm doing well.\n"
            "The deal was rushed, and the lenders will regret it, because the islands have other friends now.\n")
    assert _said_by(text, "lenders will regret") == {("Mara Lindgren", "interviewee", False)}


def test_an_unlabelled_podcast_hosts_introduction_up_to_the_guests_thanks() -> None:
    text = ("And welcome once again to Strait Talk, brought to you by the Harbour Institute. I'm Tom Reyes.\n\n"
            "My co-host, Jim Carr, is in New York. How are you, Jim?\n\n"
            "You can hope all you want. We just don't know.\n\n"
            "Well, hopefully the weather will hold. So our guest today is Anil Mehta. He is one of the region's leading "
            "analysts, and he has covered the strait for forty years. Sir, welcome to our podcast.\n\n"
            "Thank you, Tom. And thank you, Jim. It is a pleasure to join you.\n\n"
            "How did we get here?\n\n"
            "Well, the lenders pulled out in March, and the government had no plan, so the islands turned elsewhere.\n")
    views = _views(text)
    assert not any("leading analysts" in v or "covered the strait" in v for v in views)
    assert any("lenders pulled out" in v for v in views)


def test_with_me_to_discuss_it_is_the_guest() -> None:
    text = ("Click on a timestamp to play from that location\n"
            "0:00.0 | Welcome to the Harbour Inbox, a podcast about the challenges facing the islands. |\n"
            "0:09.5 | I'm Tom Reyes, director of studies at the Harbour Institute. |\n"
            "0:13.3 | This week's topic is the port deal. |\n"
            "0:25.6 | With me to discuss the deal and its lenders is Ana Ruiz. Ana is a senior fellow at the institute. |\n"
            "1:06.0 | What is it about this deal that stands out? Well, the lenders want the port more than the islands |\n"
            "1:12.4 | want the money, and both sides know it. |\n")
    assert ("Ana Ruiz", "interviewee", False) in _said_by(text, "lenders want the port")


def test_an_interview_page_whose_host_greets_the_guest_before_one_bare_question() -> None:
    text = ("Video Politics\n\n"
            "Former president Arman Petrosyan gives exclusive interview (video)\n\n"
            "Good evening. Former President Arman Petrosyan has kindly accepted my invitation and we will talk "
            "about the harbour talks.\n\n"
            "Hello, Mr President. Thank you for accepting my invitation and for this opportunity.\n\n"
            "A moment ago we were watching with you a short video on the ten years of talks during your tenure. "
            "The video presented the summits and the main documents, and you have made all this public.\n\n"
            "A few days ago the Prime Minister said that he knows everything you knew about the talks.\n\n"
            "How could that be the case?\n\n"
            "You know, I could skip all those speeches, which had been full of lies. But the claim that he knows "
            "everything about the talks is a complete lie, because nobody can learn the talks from the papers.\n")
    assert not any("Prime Minister said" in v or "short video" in v for v in _views(text))
    assert _said_by(text, "complete lie") == {("Arman Petrosyan", "interviewee", False)}


def test_a_guest_who_is_with_us_this_evening_names_the_answering_voice() -> None:
    text = ("Episode Transcript\n"
            "Speaker 1 (00:00):\n"
            "Seventeen past five on Harbour Radio. The islands have been hosting the regional defence ministers in\n"
            "the capital this week, and they have discussed new approaches to security challenges and risks.\n"
            "The group has decided to set up a new response group for the islands in advance of an incident. Maria Tane\n"
            "is the Defence Minister and is with us this evening.\n"
            "Good evening is a security challenge just a code word for the lender.\n"
            "Speaker 2 (00:34):\n"
            "No. I think it's the fact that we are dealing with a whole lot of security challenges, whether it's the\n"
            "effects of climate change, the volcanoes, all those sorts of things, and we need to work together on them.\n"
            "Speaker 1 (00:50):\n"
            "And what did the lender say about it.\n"
            "Speaker 2 (00:53):\n"
            "The lender was not at the table, and that was the right call for this meeting.\n")
    assert _said_by(text, "work together") == {("Maria Tane", "interviewee", False)}


def test_a_letter_signed_with_the_writers_name_and_town_is_the_writers() -> None:
    text = ("The lenders must not underestimate the islands' resolve. The government must make it clear that it will "
            "defend the harbour deal in court if the lenders walk away.\n\n"
            "The deal is not perfect, but it is ours. Hopefully, patience is the key, but that is up to the capital.\n\n"
            "Kent Wong, Potomac Falls\n"
            "The writer is an advisory\n"
            "commissioner for the Harbour Council\n"
            "in the United States.\n")
    assert _said_by(text, "not perfect") == {("Kent Wong", "author", False)}
    text = ("I appreciated Josh Rogers' op-ed on the harbour deal. But Mr. Rogers was wrong to call it a sell-out.\n\n"
            "We have long accepted that the port is the islands' business, and our policy has to make sure that push "
            "does not come to shove.\n\n"
            "Peter Lyle, Berkeley, Calif.\n")
    assert _said_by(text, "push does not come") == {("Peter Lyle", "author", False)}
