"""Rules of the forty-first pass, each on a text written for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

_OPED = ("Home | Columns | Reports | About\n\n"
         "Column 0412 Varga\n\n"
         "Where Will Danube Shipping Relations Go After the Election?\n\n"
         "By Ilona Varga\n\n"
         "Where will Danube shipping relations go after the election, now that the new coalition has taken office?\n\n"
         "Judging from the campaign, the new government may change course on tariffs and river tolls.\n\n"
         "On the other hand, the change opens new ways of working with the neighbours downstream.\n\n"
         "The first weeks were busy. The planned visit of the transport minister was cancelled.\n")


def test_an_oped_asking_its_titles_question_again_is_no_interview() -> None:
    # the opening paragraph restates the title's question: the author's own question, and the byline names her
    st = RuleSegmenter().segment(_OPED)
    assert not any(c.is_question for c in st.claims)
    assert {(c.speaker, c.role) for c in st.claims} == {("Ilona Varga", SpeakerRole.AUTHOR)}


def test_a_different_second_question_still_makes_an_interview() -> None:
    # guard: a question title over an interview whose first question asks something else
    t = ("Will the Danube Shipping Deal Survive the Election?\n\n"
         "Transport analyst Ilona Varga spoke to us about the river trade.\n\n"
         "How did the new coalition win the vote?\n\n"
         "It promised lower tolls. Voters in the river towns liked that.\n\n"
         "What happens to the deal with Vienna now?\n\n"
         "It will be renegotiated, but it will not be dropped.\n")
    st = RuleSegmenter().segment(t)
    asked = {c.text for c in st.claims if c.is_question}
    assert {"How did the new coalition win the vote?", "What happens to the deal with Vienna now?"} <= asked
    assert {c.speaker for c in st.claims if not c.is_question} == {"Ilona Varga"}


def test_a_long_byline_with_the_writers_offices_beats_the_outlets_byline() -> None:
    # "By Euronews" over "By <name>, <a job of more than twenty words>": the writer's byline names the author
    t = ("Views. The union must settle its own crisis before lecturing others\n\n"
         "By Euronews\n"
         "Share this article\n\n"
         "By Karel Janssens, former Dutch prime minister and President of the Alliance of Liberals and Democrats "
         "for Europe Group (ALDE) in the European Parliament\n\n\n"
         "European leaders have mastered the art of lecturing others. Sadly, the same cannot be said for their "
         "ability to act at home.\n\n"
         "The crisis in the union has shaken it to its core. The courts have been ignored for years.\n")
    st = RuleSegmenter().segment(t)
    assert {c.speaker for c in st.claims} == {"Karel Janssens"}
    assert not any("Karel Janssens" in c.text for c in st.claims)


_SHOW = ("Transcribe your podcast\n\n"
         "Hello, I'm Katie Rowe. From the World Service, this is The Daily Story. Today, after weeks of fighting, "
         "the first hostages have come home. Crowds greeted them in the streets. Families waited at the border "
         "crossing for hours, and many of them had not slept for days. The talks behind the release took weeks. "
         "Envoys flew between three capitals, and at several points the whole deal seemed to collapse. At the "
         "centre of it all was a small country that has made mediation its trade. It hosts offices of groups that "
         "other states will not talk to, and it keeps lines open to capitals that distrust each other. Our question "
         "today is how it pulled this off, and what it gains from doing so. With me today, our security "
         "correspondent, Frank Dale. Frank, how did the deal come together?\n\n"
         "It came together slowly. Qatar talked to both sides for weeks. The Americans pushed hard at the end.\n\n"
         "And what did Qatar get out of it?\n\n"
         "Qatar got what it always wants: to be needed. It is the only place both sides will talk.\n")


def test_the_hosts_opening_of_an_unlabelled_transcript_is_no_guests_claim() -> None:
    st = RuleSegmenter().segment(_SHOW)
    claims = {c.text: c for c in st.claims}
    assert not any("hostages have come home" in x or "this is The Daily Story" in x for x in claims)
    assert claims["Frank, how did the deal come together?"].is_question
    answers = [c for c in st.claims if not c.is_question]
    assert answers and all(c.speaker == "Frank Dale" and c.role is SpeakerRole.INTERVIEWEE for c in answers)
    assert any("Qatar talked to both sides" in c.text for c in answers)


def test_a_newsletters_welcome_or_a_this_is_sentence_opens_no_show() -> None:
    # guards: a written newsletter's welcome, an op-ed's "This is <Name>'s moment", a bulletin with no guest
    letter = ("Welcome to Harbour Notes, our new newsletter on the river trade. I'm Dev Marlow, and this week I look "
              "at tolls. Will the tolls rise?\n\nThe tolls will rise. Vienna wants more money and Budapest agrees.\n\n"
              "The barges will pay the most. Their owners are angry.\n")
    oped = ("This is Vienna's big moment. So what will it do with it?\n\nIt should lower the tolls. The river trade "
            "needs cheap passage.\n\nBudapest will follow if Vienna moves first.\n")
    bulletin = ("Welcome to the evening news. I'm Dev Marlow. Tolls on the Danube rose again today.\n\n"
                "The transport ministry said the rise was needed. Barge owners protested in Vienna.\n")
    for t in (letter, oped, bulletin):
        st = RuleSegmenter().segment(t)
        assert any("Budapest" in c.text or "Barge owners" in c.text for c in st.claims), t
        assert all(c.role is not SpeakerRole.INTERVIEWEE or c.speaker is None for c in st.claims)
        kept = " ".join(c.text for c in st.claims if not c.is_question)
        assert "The tolls will rise" in kept or "It should lower the tolls" in kept or "Tolls on the Danube" in kept, t


def test_an_events_moderator_who_introduces_the_speakers_hosts_it() -> None:
    # nobody asks, but the first speaker welcomes the audience, introduces the experts and hands over: a moderator
    t = ("Previewing the Danube election\n\n"
         "Paige Holm: Thank you very much, Operator. To those of you joining us from Europe, good afternoon. "
         "Our experts will discuss the candidates and the river trade. So, without further ado I will introduce "
         "them: Ana Ruiz, our senior fellow, and Tom Lee from the university. I will turn it over to Ana.\n\n"
         "Ana Ruiz: Thank you, Paige. The election changed the coalition, and the new government wants higher "
         "tolls. That will hurt the barge owners.\n\n"
         "Tom Lee: I agree with Ana on the tolls. But Budapest needs the revenue.\n")
    st = RuleSegmenter().segment(t)
    assert not any("without further ado" in c.text or "good afternoon" in c.text for c in st.claims)
    assert {c.speaker for c in st.claims if not c.is_question} == {"Ana Ruiz", "Tom Lee"}


def test_a_co_host_the_host_is_joined_by_is_no_guest_of_a_long_opening() -> None:
    t = ("Transcript\n"
         "Welcome to the Harbour podcast. I'm your host, Lena Park, joined by Tom Weiss. The port has been under "
         "siege for a month, the lenders have left and the ministry has stopped paying its bills. Ships wait "
         "outside the harbour for days, and the traders who kept the islands fed are closing their stalls. The "
         "government says a deal is close; the lenders say it is not. Nobody on the islands knows whom to believe. "
         "This week, we are talking to Omar Haddad. Omar, thank you so much for joining us. "
         "Can you walk us through what happened to the port?\n"
         "The lenders left in 2014. The ministry never paid them back.\n")
    st = RuleSegmenter().segment(t)
    assert {c.speaker for c in st.claims if not c.is_question} == {"Omar Haddad"}


def test_an_opener_who_introduces_the_speaker_moderates_without_a_welcome() -> None:
    t = ("Transcript\n"
         "Bob Hart:\nThank you for coming. I'm going to introduce the ambassador and give you a bit about his "
         "background. He has served in the army and in the foreign ministry for thirty years.\n"
         "Ana Ruiz:\nThank you, Bob. The river trade is the heart of our economy. The new tolls will hurt it.\n"
         "Ana Ruiz:\nVienna and Budapest must settle their quarrel before the spring.\n")
    st = RuleSegmenter().segment(t)
    assert not any("foreign ministry" in c.text for c in st.claims)
    assert {c.speaker for c in st.claims if not c.is_question} == {"Ana Ruiz"}


def test_a_generic_label_that_says_im_your_host_is_the_host() -> None:
    t = ("Episode Transcript\n\n"
         "Speaker 1 (00:00):\nThis is River Podcasts.\n\n"
         "Speaker 2 (00:05):\nWelcome to season three of Harbour Talk, the podcast that\ntakes you inside the "
         "world of shipping. I'm your host,\nDev Marlow and every week I sit down with experts\nto decode the "
         "trade routes. Tolls on the Danube rose again this week.\n\n"
         "Speaker 2 (00:36):\nThe barge owners are angry, and Vienna blames Budapest for the rise.\n")
    st = RuleSegmenter().segment(t)
    assert not any(c.role is SpeakerRole.INTERVIEWEE and "Tolls on the Danube" in c.text for c in st.claims)
    assert not any("Vienna blames Budapest" in c.text and not c.is_question for c in st.claims)


def test_the_editor_who_signs_a_note_and_a_publishers_credit_name_no_author() -> None:
    t = ("World News\n\n"
         "The River Tolls Will Stay High Despite the Deal\n\n"
         "Ana Ruiz\nSaturday, March 4, 2023, 5:17 PM\n\n"
         "Published by The Harbour Institute\n\n"
         "Editor's Note: Many hoped the deal would lower the tolls. Ana Ruiz argues that it will not.\n\n"
         "Tom Lee\n\n***\n\n"
         "On the morning of the signing, both capitals promised lower tolls. Nothing in the text obliges them to.\n\n"
         "The barge owners will keep paying, and Vienna will keep the money.\n")
    st = RuleSegmenter().segment(t)
    assert {c.speaker for c in st.claims if c.role is SpeakerRole.AUTHOR} == {"Ana Ruiz"}


def test_published_by_a_person_is_still_a_byline() -> None:
    t = ("Published by Luis Orozco 3 February 2026\n\n"
         "The river trade is in trouble. The tolls rose again this week, and the barge owners are angry.\n\n"
         "Vienna blames Budapest. Budapest blames the new coalition.\n")
    st = RuleSegmenter().segment(t)
    assert {c.speaker for c in st.claims} == {"Luis Orozco"}


def test_a_programmes_name_or_a_pages_metadata_is_no_speakers_name() -> None:
    # "Director of the Democratic Resilience Program" and "- Language English" named the speaker
    t = ("Ana Ruiz\nHello, everybody. My name is Ana Ruiz. I'm Director of the Democratic Resilience Program at the "
         "institute, and it's my pleasure to welcome you to this briefing on the elections in Moldova. The vote is close, "
         "and the government fears interference from Moscow.\n")
    assert {c.speaker for c in RuleSegmenter().segment(t).claims} <= {"Ana Ruiz", None}
    meta = ("Interview with an opposition leader\n- August 10, 2022\n- Content Type Package\n- Language English\n"
            "- The bureau chief interviewed the opposition leader in Vilnius, where she lives in exile. The regime "
            "has jailed thousands since the election.\n")
    assert not {c.speaker for c in RuleSegmenter().segment(meta).claims} & {"Language English", "Content Type Package"}


def test_a_news_anchor_who_brings_the_guest_in_is_no_guest() -> None:
    # an unlabelled TV transcript: the anchor reads the news, brings the guest in and asks; the lead-in stays the
    # editor's introduction, the hand-over is the host's, and the talk after the question is the guest's
    t = ("NewsTranscript\n"
         "00:00Next, it is the dawn of a new era in the river trade.\n"
         "00:04After three decades of dominance, the ruling party has struck a deal to form a new coalition.\n"
         "00:18The deal saw lawmakers re-elect the prime minister for a second term.\n"
         "00:24For some analysis on this new chapter, we can bring in Omar Haddad, the founder of the Harbour Institute.\n"
         "00:31Thank you so much for taking the time to speak with us today.\n"
         "00:34First, just how significant is this coalition?\n"
         "00:43Thank you for having me.\n"
         "00:44It is an extraordinary moment. The ruling party has been in power for thirty years.\n")
    st = RuleSegmenter().segment(t)
    assert not any("we can bring in" in c.text or "taking the time" in c.text for c in st.claims)
    assert any(c.is_question and "how significant" in c.text for c in st.claims)
    assert {c.speaker for c in st.claims if c.role is SpeakerRole.INTERVIEWEE} == {"Omar Haddad"}
    assert any(c.role is SpeakerRole.EDITOR and "dawn of a new era" in c.text for c in st.claims)


def test_a_name_printed_twice_in_a_row_and_a_section_heading_are_no_doubled_or_false_name() -> None:
    t = ("By \u2014 Kira Kay Kira Kay Leave your feedback Share Transcript It has been a year since the coup rolled back "
         "the country's fragile progress. Citizens at home and abroad fight on for their rights.\n")
    assert {c.speaker for c in RuleSegmenter().segment(t).claims} <= {"Kira Kay", None}
    bottom = ("Bottom Line\n\nThe new constitution is likely to keep the president in power for decades. Protests were "
              "banned, and the opposition boycotted the vote.\n")
    assert "Bottom Line" not in {c.speaker for c in RuleSegmenter().segment(bottom).claims}
