"""Pass 96 (issue 11): the press an interview names, read as the press (P3, P4, H2, O2); an anchor's lead-in (A2); a
photographer credited with an agency (R1); the one exchange a page labels (L6).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers as _answer_speakers
from _segment_helpers import claims as _claims

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

_QA = ("\n\nWhy now?\n\nBecause the talks stalled, and we cannot wait for the next round. The partners know it, and so do we.\n\n"
       "What comes next?\n\nA second round in the spring. I expect it to be harder than the first, but I am hopeful.\n")


def test_the_one_a_named_person_talks_to_with_a_press_job_is_the_press() -> None:
    from polisent.segment._press_names import press_surnames

    text = ("EU Trade Commissioner Karin Moberg talks to political editor Tom Bell about the fight over tariffs and "
            "why the talks with the islands took so long." + _QA)
    assert "bell" in press_surnames(text, until=150)
    assert _answer_speakers(text) == {"Karin Moberg"}


def test_we_spoke_to_a_journalist_keeps_the_journalist_a_guest() -> None:
    # the guard: a first person talks to the journalist, who is the guest
    from polisent.segment._press_names import press_surnames

    assert press_surnames("We spoke to political editor Tom Bell about the vote.\n\nWhy now?") == frozenset()


def test_the_press_who_sat_down_with_her() -> None:
    text = ("Karin Moberg became foreign minister in January. Tom Bell sat down with her to discuss the successes and the "
            "failures of the government's foreign policy. The interview has been condensed and edited for clarity." + _QA)
    assert _answer_speakers(text) == {"Karin Moberg"}


def test_an_anchors_lead_in_is_no_guests() -> None:
    text = ("The minister on the talks\n\n"
            "Lena Park:\n\n"
            "The minister visited the capital today to meet her counterpart, as the two sides resumed the trade talks.\n\n"
            "She spoke to Tom Berg, who's here with me now.\n\n"
            "Tom Berg:\n\n"
            "Lena, we talked about the talks and about the border. But we began with the ceasefire.\n\n"
            "Karin Moberg, Foreign Minister:\n\n"
            "The ceasefire gives us a chance, and we will not waste it.\n\n"
            "Tom Berg:\n\n"
            "Will it hold through the winter?\n\n"
            "Karin Moberg, Foreign Minister:\n\n"
            "I believe it will, if both sides keep their word.\n")
    st = RuleSegmenter().segment(text)
    roles = {s.name: s.role for s in st.speakers}
    assert roles.get("Lena Park") is not SpeakerRole.INTERVIEWEE
    assert not any(c.speaker == "Lena Park" and c.role is SpeakerRole.INTERVIEWEE for c in st.claims)
    assert roles.get("Karin Moberg") is SpeakerRole.INTERVIEWEE


def test_a_photographer_credited_with_an_agency_speaks_nowhere() -> None:
    text = ("Bank President Karin Moberg, right, at work in the capital\n"
            "Tomas Varga\u2014AFP/Getty Images\n\n"
            "Karin Moberg's approach to the crisis in the south is an unusual one: using not only the bank's money but "
            "the experience of its members." + _QA)
    assert "Tomas Varga" not in _answer_speakers(text)


def test_speaks_with_a_correspondent_makes_the_speaker_the_guest() -> None:
    text = ("Full transcript of the crown prince's interview\n\n"
            "Crown Prince Karim Haddad speaks with correspondent Ana Ruiz during an interview on Tuesday.\n\n"
            "  \u2022 The wide-ranging interview was conducted with Ana Ruiz, the anchor of Harbour Evening News\n\n"
            "Ana Ruiz: Did you order the operation?\n\n"
            "Crown Prince Karim Haddad: Absolutely not. This was a terrible crime, and I take full responsibility as a "
            "leader.\n\n"
            "Ana Ruiz: What does it mean that you take responsibility?\n\n"
            "Crown Prince Karim Haddad: When a crime is committed by officials, I must take responsibility.\n")
    st = RuleSegmenter().segment(text)
    roles = {s.name: s.role for s in st.speakers}
    assert roles.get("Ana Ruiz") is SpeakerRole.INTERVIEWER and roles.get("Karim Haddad") is SpeakerRole.INTERVIEWEE
    from polisent.segment._hosts import _PRESS_OBJECT

    assert _PRESS_OBJECT.match("correspondent Ana Ruiz during an interview").group("name") == "Ana Ruiz"
    assert _PRESS_OBJECT.match("Foreign Minister Ana Ruiz during an interview") is None


def test_a_news_agency_is_no_guest() -> None:
    text = ("President Moberg interviewed by AFP\n\n"
            "During an interview with Agence France-Presse (AFP) on the morning of June 25, President Karin Moberg "
            "responded to questions about the islands and the border.\n\n"
            "Q: You said you've had some challenges since taking office. What is your next challenge?\n\n"
            "President Moberg: During the elections, the voters had very high hopes, and they cast their votes with "
            "conviction. Our society faces many trials, and the pressure from the north is one of them.\n")
    assert "Agence France-Presse" not in _answer_speakers(text)
    from polisent.segment._person_names import is_outlet

    assert is_outlet("Agence France-Presse") and is_outlet("JoongAng Ilbo") and not is_outlet("Karin Moberg")


def test_the_one_exchange_a_page_labels() -> None:
    text = ("Prime Minister Karin Moberg's answers to questions at the magazine's jubilee event\n\n"
            "22 November 2023, Zurich\n\n"
            "Tom Berg: You said you are the longest-serving prime minister in the region, a great survivor. What is your "
            "recipe for survival?\n\n"
            "First of all, you should know that I belong to the old-fashioned political leaders. When I started to be "
            "active in politics, switching to business was not the fashion, and we decided to serve for as long as the "
            "voters would have us. That is still how I see the job today.\n")
    cl = _claims(text)
    assert any(q and role is SpeakerRole.INTERVIEWER for q, _, role, _ in cl)
    assert not any(sp == "Tom Berg" for q, sp, role, _ in cl if not q and role is SpeakerRole.INTERVIEWEE)


def test_a_statement_with_a_rhetorical_question_keeps_its_speaker() -> None:
    # the guard: a long statement under a label seen once, asking along the way, is no interviewer's question
    text = ("Prime Minister Moberg (00:05):\n\n"
            "Good afternoon, everyone. We met today as leaders of two sovereign nations, and I thank our hosts.\n\n"
            "The question is how we will cooperate in the future, how we can build our security together?\n\n"
            "We had what I would describe as wide-ranging and very constructive talks, and we agreed to have further "
            "conversations in the coming weeks. I expect them to be hard, and I expect them to succeed.\n")
    cl = _claims(text)
    assert not any(role is SpeakerRole.INTERVIEWER for q, _, role, _ in cl if not q)
