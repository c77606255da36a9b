"""Thirty-third pass (issue 11): rules from pages of dev133/dev134 read after the thirty-second pass.
Every text is invented for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _speakers(text: str) -> set[tuple[str | None, SpeakerRole]]:
    return {(c.speaker, c.role) for c in SEG.segment(text).claims if not c.is_question}


def test_an_office_label_alone_that_opens_running_speech_is_a_turn() -> None:
    # a press availability's excerpt that ends before anyone asks: one label, seen once
    text = ("Official websites use .gov\n\n"
            "FOREIGN MINISTER KALNINA:  (Via Interpreter)  Good afternoon, ladies and gentlemen.  Today I had the "
            "honour to welcome my counterpart to the harbour museum.  When we met last time in the winter, we could "
            "not have imagined we would meet so soon again.  We spoke about the border, the grain and the ferries, "
            "and about the help our neighbours need this year.\n\n"
            "We agreed to exchange information on the assets of the oligarchs, and we will keep working on this.\n")
    st = SEG.segment(text)
    said = [c for c in st.claims if "Good afternoon" in c.text or c.text.startswith("We agreed")]
    assert len(said) == 2 and {(c.speaker, c.role) for c in said} == {("Kalnina", SpeakerRole.INTERVIEWEE)}
    assert not any("KALNINA" in c.text for c in st.claims)  # the label leaves the claim
    # a headline in capitals with a colon and no running speech stays text
    headline = "PRESIDENT ORBAN: THE BORDER WILL STAY SHUT\n\nThe border will stay shut, the government said on Monday.\n"
    assert ("Orban", SpeakerRole.INTERVIEWEE) not in _speakers(headline)


def test_a_question_that_reports_what_someone_said_does_not_name_the_interviewee() -> None:
    text = ("The government crunches under the blows of a group of deputies demanding a new cabinet. "
            "Ana Varga, special representative of the Union for the coast, expert on the region, analyzes the "
            "scenario in an interview with Example Daily.\n\n"
            "UN adviser Clara Moss spoke of elections by June. Given the situation, what are the odds that they "
            "will take place by then?\n\n"
            "The elections were postponed because they were not prepared. I would say that in the next weeks "
            "one of two scenarios will occur.\n")
    assert ("Ana Varga", SpeakerRole.INTERVIEWEE) in _speakers(text)
    assert not any(name == "Clara Moss" for name, _ in _speakers(text))


def test_a_name_always_written_after_the_is_an_organisation_not_the_interviewee() -> None:
    text = ("Opinion > Columns\n\n"
            "Liu Mei\n\n"
            "The author is head of the Harbour Research Institute of the Daily Hanbit.\n\n"
            "The scar on the lip of Fisheries Minister Park Ji-ho pointed to the hard work he has faced since May. "
            "Park has been busy drawing up a plan for the fishing grounds.\n\n"
            "In an interview with the Daily Hanbit on July 3, Park stressed the need for dialogue. "
            "The following is the interview.\n\n"
            "Q. Will the dispute over the fishing grounds affect relations?\n\n"
            "A. That is an issue for our law, not something the other side should get involved in. "
            "We pursue practical policies while upholding principles.\n")
    names = {name for name, _ in _speakers(text)}
    assert "Daily Hanbit" not in names
    # the name line over "The author is ..." is the interviewer's byline, not the interviewee's name
    assert "Liu Mei" not in names


def test_the_subject_who_said_it_in_an_interview_is_the_interviewee_not_the_outlet() -> None:
    text = ("Ana Ruiz, chair of the Basin Forum, said in an interview with Diario Uno that the upstream state "
            "ignores the downstream concerns about the dam.\n"
            "Q: What do you make of the upstream position in the talks?\n"
            "A: It is not interested in our concerns. It is stalling and wasting time, and it should show goodwill.\n"
            "Q: What else can be done?\n"
            "A: We should use our influence with the lenders that finance the project.\n"
            "Edited translation from Diario Uno\n")
    names = {name for name, role in _speakers(text) if role is SpeakerRole.INTERVIEWEE}
    assert names == {"Ana Ruiz"}


def test_dashes_that_mark_only_the_questions_do_not_alternate_the_turns() -> None:
    # the answers open with no dash; the last question adds a set-up sentence before it asks
    text = ("- Why is the harbour committee not part of the core opposition, the Shore Council?\n"
            "The Shore Council is part of the opposition but not its core, and we are not part of it. "
            "We believe the only way out is an international coalition to protect the islanders.\n"
            "- Why is the opposition divided?\n"
            "The regime has left no room for political parties to grow. Thus the opposition emerged abroad.\n"
            "- Do you believe the Free Harbour Guard is the answer to the regime's army?\n"
            "The Free Harbour Guard consists of officers who refused to fire on civilians.\n"
            "- You accuse the governor of pushing towards civil war. What is his strategy?\n")
    st = SEG.segment(text)
    asked = [c.text for c in st.claims if c.is_question]
    assert asked[:3] == ["Why is the harbour committee not part of the core opposition, the Shore Council?",
                         "Why is the opposition divided?",
                         "Do you believe the Free Harbour Guard is the answer to the regime's army?"]
    answers = [c for c in st.claims if not c.is_question]
    assert answers and all(c.role is SpeakerRole.INTERVIEWEE for c in answers)


def test_the_one_a_titled_surname_talks_to_asks() -> None:
    # a subtitle page: "President X talks to Y", the president named in full further down
    text = ("President Lindqvist talks to Maria Oduya\n\nDownload Subtitles\n\nTranscript\n\n"
            "0:00:00 > 0:00:02talks to Maria Oduya about the harbour treaty,\n\n"
            "0:00:02 > 0:00:08and about the future of the northern alliance.\n\n"
            "0:00:08 > 0:00:12I'm here at the old naval academy, where the president\n\n"
            "0:00:12 > 0:00:15Erik Lindqvist has just been holding talks with his neighbours.\n\n"
            "0:00:50 > 0:00:55Mr President, can I start by asking you what you've agreed today?\n\n"
            "0:00:55 > 0:01:00We agreed a series of cooperations on ships and ports.\n\n"
            "0:01:00 > 0:01:04It is very important because we have a very strong relationship.\n")
    names = {name for name, role in _speakers(text) if role is SpeakerRole.INTERVIEWEE}
    assert "Maria Oduya" not in names
    assert names == {"Erik Lindqvist"}


def test_initials_labels_name_the_person_a_title_precedes() -> None:
    text = ("Our senior reporter Ama Ofori (AO) caught up with Cde Kofi Mensah (KM), who chairs the committee on "
            "foreign affairs. For more, read the excerpts.\n\n"
            "AO: The bloc has declared a day of solidarity against the sanctions. What is your take on that?\n\n"
            "KM: For the first time the bloc has come together and said let us deal with this as one.\n\n"
            "It is no longer one country's issue but the region's issue, and we will take it to the union.\n")
    st = SEG.segment(text)
    assert {c.speaker for c in st.claims if c.role is SpeakerRole.INTERVIEWEE} == {"Kofi Mensah"}
    assert {c.speaker for c in st.claims if c.is_question} == {"Ama Ofori"}


def test_two_leaders_statements_under_their_names_and_offices_are_turns() -> None:
    text = ("President of Norway Anna Berg: Madam Prime Minister, colleagues,\n"
            "Allow me to greet you once again, now in this format. I would like to thank you for coming to Oslo.\n"
            "Today we covered the opportunities for cooperation in the Arctic. This is good for our relations.\n"
            "We are very pleased to see you. Welcome.\n"
            "Prime Minister of Iceland Jon Sigurdsson (retranslated): Thank you, President Berg.\n"
            "We are pleased to take part in this conference on the ocean. We appreciate the invitation.\n"
            "Our two countries cooperate in the north, and we face many common challenges.\n")
    st = SEG.segment(text)
    assert not any(c.is_question for c in st.claims)
    assert {c.speaker for c in st.claims if "Allow me to greet" in c.text or "Welcome." in c.text} == {"Anna Berg"}
    assert {c.speaker for c in st.claims if "take part" in c.text or "common challenges" in c.text} == {"Jon Sigurdsson"}
    # soundbites a report quotes under their speakers' captions stay the report's
    report = ("Russian forces strike across the border, and the small neighbour is caught in the crossfire.\n\n"
              "Ivan Petrov, Deputy Chief of the General Staff:\n\n"
              "\u201cThe biggest threat is coming from the region and the foreign elements that are there.\u201d\n\n"
              "Sealed off by the river, the region is a separatist one. Roughly 1,500 troops are stationed there.\n\n"
              "Maria Lind, Example News:\n\n"
              "\u201cWe are at a checkpoint of the region, and a few hundred meters in front of us, troops are manning "
              "another one.\u201d\n\n"
              "For our security, border guards escorted us without incident as we recrossed the river.\n")
    # (the captions are not turns: the narration after a soundbite is not its speaker's)
    assert not any(c.speaker == "Ivan Petrov" for c in SEG.segment(report).claims)


def test_an_author_line_with_the_date_after_the_name_names_the_writer() -> None:
    text = ("The Harbour Gazette 18 May 2021, Tuesday\n\n"
            "Collaboration across the sea\n\n"
            "Lena Marsh Vella Sunday, 18 April 2021, 08:06 Last update: about 30 days ago\n\n"
            "The last decade was characterised by turmoil in the region, not least due to the upheaval on the "
            "southern shore.\n\n"
            "With the benefit of hindsight one can trace at least partial responsibility to political short-termism.\n")
    st = SEG.segment(text)
    assert {(c.speaker, c.role) for c in st.claims} == {("Lena Marsh Vella", SpeakerRole.AUTHOR)}
    assert not any("Last update" in c.text for c in st.claims)


def test_an_acronym_with_a_colon_in_it_is_no_turn_label() -> None:
    text = ("Fast Focus by the Harbour Relations Institute (HRI:ASIA) provides concise commentary by its experts.\n\n"
            "IN FOCUS: What are the key takeaways from the prime minister's visit to the capital?\n\n"
            "Image\n\nProfessor Jane Holm\n\n"
            "HRI:ASIA DIRECTOR\n\n"
            "The United States might be re-framing its approach to the region, but the islands are not. In Washington, "
            "engagement is seen as naive, but the prime minister calls it constructive.\n\n"
            "This does not mean the islands will stop hedging against their largest trading partner.\n\n"
            "Image\n\nProfessor Tom Reyes\n\nHRI:ASIA DEPUTY DIRECTOR\n\n"
            "The visit was a success for the people-to-people links that both governments keep talking about.\n")
    claims = SEG.segment(text).claims
    assert not any(c.speaker == "HRI" for c in claims)
    assert {c.speaker for c in claims if c.start > text.index("Jane Holm")} == {"Jane Holm", "Tom Reyes"}
