"""Rules of the thirty-seventh pass, each on a text written for the project."""

from __future__ import annotations

from polisent.segment import RuleSegmenter


def test_an_answer_label_glued_to_the_question_mark_opens_the_answer() -> None:
    # page extraction drops the line break: "... from President Ruiz?Omar Haddad: When this ..."
    t = ("Expert Haddad: the alliance gains from a member like this\n\n"
         "Omar Haddad is a senior fellow at the Institute for Regional Studies in Amman.\n\n"
         "Herald: Both countries applied a year ago and are still waiting. Did you expect such resistance from "
         "President Ruiz?Omar Haddad: When this was discussed a year ago, I noted that the press close to the "
         "government was hostile to the idea.\n\n"
         "I realized that the government was using the moment to settle older disputes with its neighbours.\n")
    st = RuleSegmenter().segment(t)
    asked = [c for c in st.claims if c.is_question]
    assert asked and asked[-1].text.endswith("Ruiz?")
    answer = next(c for c in st.claims if c.text.startswith("When this was discussed"))
    assert (answer.speaker, answer.role.value) == ("Omar Haddad", "interviewee")


def test_an_abbreviation_before_a_glued_label_is_no_cut() -> None:
    t = "He wrote for Today.Az: the talks went well. Was it true?yes: it was.\n"
    st = RuleSegmenter().segment(t)
    assert len({c.speaker for c in st.claims}) == 1


def test_a_title_case_dateline_is_no_speaker() -> None:
    # "Addis Abeba \u2013 ..." (the Ethiopian press's spelling) had been read as a name's dash turn label
    t = ("In-Depth AnalysisPolitics\n\nIn-depth: Between Trust and Doubt: Uneasy neighbours test each other in the Horn\n\n"
         "Addis Abeba \u2013 Tensions rise in the Horn of Africa as troops gather near the border.")
    st = RuleSegmenter().segment(t)
    assert [(s.name, s.role.value) for s in st.speakers] == [(None, "author")]
    from polisent.actors import RegistryLinker

    text = "Addis Abeba and Asmara traded accusations."
    assert [(m.text, m.actor_id) for m in RegistryLinker().link(text, RuleSegmenter().segment(text))][0] == ("Addis Abeba", "ethiopia")
