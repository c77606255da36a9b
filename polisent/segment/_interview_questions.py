"""Which of a text's paragraphs are an interviewer's questions: the patterns
:func:`polisent.segment._roles.assign_roles` reads them with (a quoted or a reported question, a topic line, an
imperative prompt, a caption service's question, a bulleted list, the thanks for an interview), whether the page
announces an interview (:func:`_announced`), the hints that a lone question is asked (:func:`_hinted_question`),
and the questions that are the writer's own (:func:`_writers_questions`).
Split out of :mod:`polisent.segment._roles` (pass 112), which re-exports them."""

from __future__ import annotations

import re

from polisent.segment._hailed_guest import _OFFICE_HAIL, hails_named
from polisent.segment._prefilter import Guarded
from polisent.segment._questions import YOU_ASKED, numbered
from polisent.segment._role_cues import (
    _ANSWERS_ASKER,
    _GREETS_GUEST,
    _INTERVIEW_HINT,
    _INTERVIEW_LABEL,
    _dash_opened,
    _hyphen_masked,
    hyphen_exchange,
)
from polisent.segment._turn_roles import _FIRST_PERSON
from polisent.segment._units import ASR_QUESTION_OPENING, Unit, _plain

_THANKED = re.compile(r"(?i)\bthank(?:s|[ \t]+you)[ \t]+(?:very[ \t]+much[ \t]+|so[ \t]+much[ \t]+)?for[ \t]+"
                      r"(?:this[ \t]+interview|(?:the[ \t]+)?(?:opportunity|invitation)[ \t]+to[ \t]+(?:speak|talk)|having[ \t]+me|inviting[ \t]+me)\b")
_ASR_QUESTION = re.compile(r"(?:^|(?<=[.?!])\s+)" + ASR_QUESTION_OPENING + r"[^.?!\n]{3,200}[ \t]\.(?=\s|\Z)", re.MULTILINE)
_REPORTED = re.compile(r"[\"\u201d][ \t]+(?:(?:he|she|they|[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)[ \t]+)?"
                       r"(?:says|said|adds|added|explains|explained|told|argues|argued|notes|noted|"
                       r"warns|warned|insists|insisted)\b")

#: a paragraph that is one quotation ending in a question (a pull quote: "It's fair. What's there to fear?")
_WHOLLY_QUOTED = re.compile(r"[ \t]*[\"\u201c][^\"\u201c\u201d\n]{1,400}\?[\"\u201d][ \t]*")
#: a line that ends by quoting a question ('... rebuked the presenters saying, "Do you want to listen?"'):
#: a report of one, not an interviewer's question
_QUOTED_Q = re.compile(r"(?:(?i:saying|said|says|asked|asks|asking|wondered|wonders|told\s+\w+)[ \t]*[,:]?[ \t]*"
                       r"[\"\u201c][^\"\u201c\u201d\n]{1,300}"
                       # (or without its quotation marks, the question capitalised after the verb's comma: "An interviewer
                       # ... asked, What would you do to resolve the “problem?”", an op-ed's narration; pass 119)
                       r"|(?i:asked|asks|wondered|wonders)[ \t]*[,:][ \t]*(?:What|Why|How|When|Where|Who|Which|Whether|Is|Are|Do|"
                       r"Does|Did|Can|Could|Would|Will|Should)\b[^\n?]{0,300})\?[\"\u201d]?[ \t]*\Z")
#: (these searched only where the text holds a word every match holds: see _prefilter.Guarded)
_THANKED_SCAN, _QUOTED_Q_SCAN = Guarded(_THANKED), Guarded(_QUOTED_Q)

_NUMBERED_Q = re.compile(r"[ \t]*(?:Q|Question)[ \t]?\d")
_ON_TOPIC = re.compile(r"On[ \t]+[^\n:]{3,160}:[ \t]*")
#: a topic line without a colon or a sentence's end (over a quoted answer)
_BARE_TOPIC = re.compile(r"[A-Z][^\n:.!?\u201c\u201d\"]{10,200}[^\n:.!?\u201c\u201d\"\s][ \t]*")

#: an interviewer's question put as an imperative, opening its paragraph
_BARE_PROMPT = re.compile(r"[ \t]*(?:Explain|Assess|Describe|Identify|Examine|Evaluate|Analy[sz]e|Outline|Elaborate on|"
                          r"Tell us|Walk us through|Give us|Share your)\b[^\n]{10,400}[.:][ \t]*\Z"
                          # an edited interview's topic prompts, a line each over the answer ("On Tuesday's sanctions:")
                          r"|[ \t]*On[ \t]+(?:[^\n.?!:]|(?<=[A-Z])\.){3,120}:[ \t]*\Z")


#: a line of a bulleted list, as the original text writes it (the masked text blanks the mark)
_BULLET_LINE = re.compile(r"[ \t]*[-*\u2022\u2013][ \t]+\S")


def _announced(t: str, units: list[Unit], content: list[Unit], q1: int, pq_ids: set[int], questions: set[int]) -> bool:
    """Whether the page announces an interview before its first bare question (its title or introduction, an editor's
    note or the guest's bio), where it asks at all. Split out of :func:`polisent.segment._roles.assign_roles`."""
    # the title or the introduction says it is an interview ("... spoke with the Gazette")
    # (or its editor's note does: "The interview has been edited and condensed for clarity.")
    q1_at = content[q1].start if q1 < len(content) else len(t)
    announced = bool(pq_ids or questions) and (
        any(_INTERVIEW_HINT.search(t, u.start, u.end) for u in content[:min(q1, 12)] if u.form != "label")
        or any(u.form == "clutter" and u.reason == "editor_note" and u.start < q1_at and "interview" in t[u.start:u.end].lower()
               for u in units[:24])
        # (or the guest's bio over the questions does: "... In our exclusive interview, he unpacks ...")
        or any(u.form == "clutter" and u.reason == "author_bio" and u.start < q1_at and _INTERVIEW_HINT.search(t, u.start, u.end)
               for u in units[:24]))
    return announced


def _hinted_question(text: str, t: str, content: list[Unit], plain_q: list[Unit], title: Unit | None, n_plain_q: int,
                     announced: bool, q1: int, pq_ids: set[int], opening_q: bool) -> tuple[bool, set[int]]:
    """Whether a text's one bare question is hinted to be an interviewer's, and the units of an excerpt that opens
    mid-answer (first-person talk before a dash-marked question). Split out of
    :func:`polisent.segment._roles.assign_roles`."""
    # a question put to "you" is an interviewer's, an op-ed's section heading never is
    addressed = any(YOU_ASKED.search(t, u.content_start, u.end) for u in content if id(u) in pq_ids)
    hinted = n_plain_q == 1 and announced
    # a question marked with a leading dash ("— At the talks in Jeddah, ... what risks are there?") is an
    # interviewer's turn in the press of many countries, even when it is the only one
    hinted = hinted or (n_plain_q == 1 and any(_dash_opened(text, u) for u in plain_q if u is not title))
    # ... or numbered as the first of a list ("1. What are your priority goals as the Ambassador?")
    hinted = hinted or (n_plain_q == 1 and any(numbered(text, t, u, first=True) for u in plain_q if u is not title))
    # ... or whose answer opens with the dash ("How do you see our relations?" / "- Of course, ...")
    hinted = hinted or (n_plain_q == 1 and q1 + 1 < len(content) and _dash_opened(text, content[q1 + 1]))
    standfirst_words = sum(len(_plain(t, u).split()) for u in content[:q1] if u.form == "plain" and u is not title)
    mid_answer: set[int] = set()  # an excerpt that opens mid-answer: first-person talk before a dash-marked question
    if hinted and not addressed:  # ... and the question comes right after a short standfirst or the announcement
        dashed = any(_dash_opened(text, u) for u in plain_q if u is not title)
        # (a title labelled "Interview: ..." announces it over a longer standfirst)
        labelled = any(_INTERVIEW_LABEL.match(t, u.content_start, u.end) for u in content[:min(q1, 3)] if u.form != "label")
        hinted = standfirst_words <= (250 if labelled else 80) \
            or any(_INTERVIEW_HINT.search(t, u.start, u.end) for u in content[max(0, q1 - 2):q1])
        before = [u for u in content[:q1] if u.form == "plain" and u is not title]
        if not hinted and dashed and before and 2 * sum(_FIRST_PERSON.search(t, u.start, u.end) is not None for u in before) >= len(before):
            hinted = True
            mid_answer = {id(u) for u in before}
    # ... or it is put to "you" right after a short standfirst and answered at length
    # ('"...," says X, a scholar ...' / "What are your observations on the reforms?" / answers)
    after_q = [u for u in content[q1 + 1:q1 + 4] if u.form == "plain"]
    answer_words = sum(len(_plain(t, u).split()) for u in after_q)
    hinted = hinted or (n_plain_q == 1 and addressed and 0 < standfirst_words <= 80 and answer_words >= 25)
    # ... or it opens the excerpt, put to "you" and answered at length (see :func:`_opens_asking`)
    hinted = hinted or (n_plain_q == 1 and q1 == 0 and opening_q)
    # ... or after a longer standfirst, when the answer speaks in the first person ("We must understand ...")
    hinted = hinted or (n_plain_q == 1 and addressed and standfirst_words <= 160 and answer_words >= 40
                        and sum(_FIRST_PERSON.search(t, u.start, u.end) is not None for u in after_q) * 2 > len(after_q))
    # ... or the talk before it greets the guest on an interview's page ("Hello, Mr President. Thank you
    # for accepting my invitation." / set-up paragraphs / "How could that be the case?")
    hinted = hinted or (n_plain_q == 1 and announced and any(
        _GREETS_GUEST.search(t, u.content_start, u.end) for u in content[:q1] if u.form == "plain"))
    # ... or on an interview's page the host hails the guest by office in the question or right before it ("Minister, the
    # level of knowledge ... is changing all the time." / "Does that make it very difficult to formulate policy?"; rule H1
    # of pass 115)
    hinted = hinted or (n_plain_q == 1 and announced and any(
        _OFFICE_HAIL.match(t, u.content_start) is not None for u in content[max(0, q1 - 1):q1 + 1] if u.form == "plain"))
    # ... or the answer speaks back to the one who asked ("And, as you said, climate change is ...")
    hinted = hinted or (n_plain_q == 1 and any(_ANSWERS_ASKER.search(t, u.content_start, u.end) for u in after_q))
    return hinted, mid_answer


def _writers_questions(text: str, t: str, content: list[Unit], questions: set[int], title: Unit | None, announced: bool,
                       head_q: list[Unit], mid_answer: set[int], hinted: bool, inline_questions: bool) -> bool:
    """Whether the question paragraphs of a text without turn labels are the writer's, no interviewer's: an op-ed's
    section headings, a dek under the title, or a news story's questions before reported speech. Split out of
    :func:`polisent.segment._roles.assign_roles`."""
    # an op-ed whose section headings are questions: several body paragraphs come before
    # the first question (an interview has at most a short standfirst there)
    q_at = [i for i, u in enumerate(content) if id(u) in questions]
    body_before = [u for u in content[:q_at[0]] if u.form == "plain" and u is not title]
    # a question right under the title is a dek ("Touch and go at the WTO" / "Is the optimism
    # justified?"): the body before the next question decides
    # ... never one put to "you" ("How do you see ...?" after an excerpt's first lines)
    # ... nor after a standfirst that announces the interview ("X sat down with Dr. Kuo to discuss ...")
    dek = q_at[0] <= 1 + (title is not None and content.index(title) == 0) and len(q_at) >= 2 \
        and not YOU_ASKED.search(t, content[q_at[0]].content_start, content[q_at[0]].end) \
        and not (announced and q_at[0] > 0 and len(_plain(t, content[q_at[0] - 1]).split()) > 25)
    body_after_dek = [u for u in content[q_at[0] + 1:q_at[1]] if u.form == "plain"] if dek else []
    # a news story that asks and then quotes ("... game," says George Friedman): reported speech
    # after the questions, not answers
    reported = not head_q and not mid_answer and any(_REPORTED.search(t, u.content_start, u.end) for u in content[q_at[0] + 1:])
    # (not where the questions are put to "you", two or more of them: a subtitled interview whose
    # host's greeting runs over several caption lines)
    # (or one of them hails a person the text names: "Bakhrom, when speaking of ..., who can lead the people?")
    asked_you = sum(YOU_ASKED.search(t, content[i].content_start, content[i].end) is not None for i in q_at) >= 2 \
        or any(hails_named(t, content[i].content_start, content[i].end) for i in q_at)
    # (nor where two of them or more open with the dash that marks an interviewer's turn in the
    # press of many countries: "—How would you define the elections ...?" under a related-link line)
    dashed_qs = sum(_dash_opened(text, content[i]) or hyphen_exchange(text, t, content, i) for i in q_at) >= 2
    # (or two hyphen-marked ones, one of them answered by a hyphen turn: the last may end an excerpt; pass 121)
    dashed_qs = dashed_qs or (sum(_hyphen_masked(text, content[i]) for i in q_at) >= 2
                              and any(hyphen_exchange(text, t, content, i) for i in q_at))
    long_intro = len(body_before) >= 3 and not inline_questions and not announced and not hinted and not asked_you \
        and not dashed_qs
    # (a dek's rule holds no more where the later questions are put to "you", two or more of them: an interview)
    return long_intro or (len(body_after_dek) >= 3 and not asked_you) or reported
