"""The words that say what a turn label names (a role, a sound, a production cue, no speaker at all), the
question and answer marks, and the word-level tests of a label: a job after "Name," (:func:`_job_desc`), a
person's name (:func:`_name_words`), a television script's mark (:func:`_script_mark`).
Split out of :mod:`polisent.segment._labels` (pass 112), which re-exports them."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment._name_forms import _JOB_WORDS
from polisent.segment._person_names import common_words

_PARTICLES = frozenset("de da di du del der van von la le al el bin ibn ben st. jr. jr sr. sr "
                        # Portuguese, Spanish, Swahili, Polish and Arabic particles too ("José Eduardo dos Santos", "Ulisses
                        # Correia e Silva", "Bingu wa Mutharika", "Szymon Szynkowski vel Sęk", "bint"; rule L1 of pass 113)
                        "dos das do e y wa vel bint ould ter".split())
#: the particles a family name keeps as a separate word ("Alex de Waal", "Ursula von der Leyen", "Mohamed bin Zayed"):
#: the label particles without the suffixes, and a few more
NAME_PARTICLES = (_PARTICLES - {"st.", "jr.", "jr", "sr.", "sr"}) | frozenset("della den dos das do ter ten zu".split())
_NOT_SPEAKERS = frozenset(
    """note notes photo photos foto fotos fot image picture credit credits source sources update updated correction caption disclaimer
    views reads likes shares
    warning summary background context example conclusion read watch listen published posted tags topics
    title subject date location keywords related share editor editors nb ps re fw fwd see also translation
    transcript part chapter section step question answer q a objective objectives result results
    bottom line key takeaways takeaway why how what when where who lesson next previous up more home menu listen
    download shortcuts trending latest popular breaking live now also however yes no well so but and or then meanwhile
    today tomorrow yesterday here there this that these those it its they he she we i you our my his her
    sponsored advertisement episode episodes podcast video audio tag archive archives category
    africa europe asia americas oceania world analysis opinion exclusive explainer commentary editorial interview
    interviews feature features report expertise email e-mail phone mobile tel fax languages website contact
    twitter profile bio biography op-ed oped producer producers engineer engineers
    quote quotes quotation details detail reference facts fact text verbatim
    spotlight focus insight perspective viewpoint dispatch essay column""".split()  # (a column's kicker: "Spotlight: ..."; pass 121)
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday weekend".split())
#: words that end a name written in capitals ("MICHAEL BYERS IS THE ...")
_CAPS_STOP = frozenset("is was are has had says said the of and to in on at for with from by".split())
_HONORIFICS = frozenset("Mr Ms Mrs Dr Prof Professor Sir Dame Ambassador Gen General Shri Shrimati Smt Sec".split())
_NAME_TITLES = _HONORIFICS | frozenset("President Minister Senator Sen Admiral Adm Colonel Col Judge Rep".split())
_QA = {"q": "Q", "question": "Q", "a": "A", "answer": "A",
       # the same marks in a Spanish, Portuguese, French, German, Italian or Dutch interview ("Pregunta:" / "Respuesta:")
       "pregunta": "Q", "respuesta": "A", "pergunta": "Q", "resposta": "A", "réponse": "A", "reponse": "A",
       "frage": "Q", "antwort": "A", "domanda": "Q", "risposta": "A", "vraag": "Q", "antwoord": "A",
       "ques": "Q", "ans": "A",  # (an office's record: "Question - 1: ..." / "Ans: Well, ...")
       # a research interview's transcript, "I:" / "R:" or "INT:" / "RESP:" (interviewer and respondent; pass 119; the
       # single letters only where the text has both: "I: Rt Hon X MP, Minister ..." numbers a committee's first panel)
       "i": "Q", "r": "A", "int": "Q", "intv": "Q", "resp": "A"}
#: labels that name a role, not a person ("Interviewer:", "Guest:")
_ROLE_LABELS = {
    "Interviewer": SpeakerRole.INTERVIEWER, "Host": SpeakerRole.INTERVIEWER, "Moderator": SpeakerRole.INTERVIEWER,
    "Presenter": SpeakerRole.INTERVIEWER, "Anchor": SpeakerRole.INTERVIEWER,
    "Interviewee": SpeakerRole.INTERVIEWEE, "Guest": SpeakerRole.INTERVIEWEE, "Expert": SpeakerRole.INTERVIEWEE,
    "Respondent": SpeakerRole.INTERVIEWEE, "Narrator": SpeakerRole.AUTHOR,
}
#: words of a transcript's sound notes in brackets
_SOUND_WORDS = frozenset("music playing applause laughter laughs crosstalk inaudible noise sound sounds video clip "
                         "audio silence cheering chanting foreign speaking language unintelligible break".split())
#: the host's role in a bracketed label: "[Unidentified anchorperson]", "[Presenter]"
_HOST_WORDS = frozenset("anchor anchorperson anchorman anchorwoman presenter host interviewer moderator".split())


#: first words of a script's production cues ("((Via Zoom))", "((Courtesy: Reuters))", "((SOT FULL))")
_CUE_WORDS = frozenset("via courtesy mandatory file archive graphic graphics video sot nats nat map end intro tag outro "
                       "sound music lower full".split())
#: script marks of the reporter's own voice: the narrator is the script's byline
_NARRATOR_MARKS = frozenset({"narrator", "narration", "reporter", "reporter standup", "standup", "stand-up", "stand up",
                             "voice over", "voiceover", "vo", "v/o"})
#: last words of a label, or words in its parenthesis, that say it names a speaker ("Political Analyst:")
_ROLE_WORDS = frozenset("host anchor presenter moderator interviewer editor correspondent reporter analyst guest expert".split())


#: small words a job description may hold between its capitalised words ("Chairman of the Senate")
_DESC_SMALL = frozenset("of the and for at on in to".split())


#: words that make the text after "Name," a sentence about what the person said, or a question to them:
#: "Tim Eaton, a Libya expert at Chatham House, said:", "Mr. Ambassador, could you please tell us about yourself:"
_DESC_SPEECH = frozenset("said says told tells writes wrote added adds asked asks noted notes explained photo could would "
                         "can will you we i".split())


def _job_desc(words: list[str]) -> bool:
    """Whether the words after "Name," in a turn label read as a job or an affiliation: capitalised
    (particles aside), small linking words allowed between capitalised words; or written in lower
    case, one or two words, a job's word among them ("host", "senior editor") and no word of speech; or
    one lower-case word that is no English word (an outlet's name: "euronews"). A longer lower-case
    description ("X, former U.S. ambassador to Honduras:") is left to a round-up's own rules, which
    read such lines as its experts' comments.

    >>> _job_desc("First Deputy Chairman of the Senate of Uzbekistan".split()), _job_desc("the point is".split())
    (True, False)
    >>> _job_desc("senior editor".split()), _job_desc(["euronews"]), _job_desc(["meanwhile"])
    (True, True, False)
    >>> _job_desc("former U.S. ambassador to Honduras".split())
    False
    >>> _job_desc("a Libya expert at Chatham House said".split())
    False
    """
    if not words:
        return False
    if words[0][0].isupper() and words[-1][0].isupper() \
            and all(w[0].isupper() or w.lower() in _PARTICLES or w.lower() in _DESC_SMALL for w in words):
        return True
    low = [w.lower().strip(".'\u2019") for w in words]
    if len(words) > 2 or any(w in _DESC_SPEECH for w in low):
        return False
    if any(p in _JOB_WORDS for w in low for p in w.split("-")):
        return True
    return len(words) == 1 and low[0].isalpha() and low[0] == words[0] and low[0] not in common_words()


def _name_words(words: list[str]) -> bool:
    """Whether a label's words read as a person's name: two or more, capitalised (particles
    aside), neither the first nor the last a word that names no speaker ("Photo Credit").

    >>> _name_words(["Lina", "de", "Souza"]), _name_words(["Executive", "Producer"]), _name_words(["Lina"])
    (True, False, False)
    """
    return len(words) >= 2 and all(w[0].isupper() or w.lower() in _PARTICLES for w in words) \
        and words[0].lower() not in _NOT_SPEAKERS and words[-1].lower() not in _NOT_SPEAKERS


def _script_mark(label: str, le: int) -> tuple[str, str, int] | None:
    """A television script's speaker mark: the narrator (the script's byline) or the person of a
    soundbite, written with an affiliation after a comma; production cues ("((INTRO))") are none.

    >>> _script_mark("NARRATOR", 12), _script_mark("Greg Poling, Center for Strategic Studies", 45), _script_mark("INTRO", 9)
    (('role', 'Narrator', 12), ('name', 'Greg Poling', 45), None)
    """
    if label.lower() in _NARRATOR_MARKS:
        return "role", "Narrator", le
    name = label.split(",")[0].strip()
    words = name.split()
    if len(words) > 4 or not _name_words(words) or words[0].lower() in _CUE_WORDS:
        return None
    return "name", name.title() if name.isupper() else name, le
