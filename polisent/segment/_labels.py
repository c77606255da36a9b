"""Speaker turn labels: 'Name:', 'NAME, ROLE:', 'Q:'/'A:', 'Name -- ...', inline turns after PDF
extraction (which of them a text accepts as speakers: :mod:`polisent.segment._label_accept`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from polisent.segment._label_words import (  # noqa: F401 - importable from here, as before the split
    _CAPS_STOP, _CUE_WORDS, _DESC_SMALL, _DESC_SPEECH, _HONORIFICS, _HOST_WORDS, _NAME_TITLES, _NARRATOR_MARKS,
    _NOT_SPEAKERS, _PARTICLES, _QA, _ROLE_LABELS, _ROLE_WORDS, _SOUND_WORDS, _WEEKDAYS, _job_desc, _name_words,
    _script_mark,
)
from polisent.segment._name_forms import (  # noqa: F401 - importable from here, as before the split
    _JOB_WORDS,
    _LABEL_OFFICE,
    _OFFICE_FIRST,
    _OFFICE_WORDS,
    _after_possessive,
    _display,
    _initials,
    _strip_office,
)
from polisent.segment._person_names import GENRE_WORDS, common_words, is_person_name, is_place
from polisent.segment._person_registry import news_agencies, outlets, registry_person
from polisent.segment._record_labels import _qa_person, _record_label, interviewer_and_respondent, peer_label
from polisent.segment._units import Unit

_LABEL = re.compile(
    r"(?P<label>[^\W\d_][\w'\u2019.\-]*(?:[ \t]+[^\W\d_][\w'\u2019.\-]*){0,6}(?:[ \t]+\d{1,2}(?![\d:]))?)[ \t]*"
    # a reporter's outlet after a slash: "ALEXIS ROMERO/PHIL. STAR:"
    r"(?:/[ \t]*[A-Z][\w'\u2019.&\-]*(?:[ \t]+[A-Z][\w'\u2019.&\-]*){0,3}[ \t]*)?"
    # (a short form the later turns use may follow in square brackets: "Unification Media Group [UMG]:")
    # (a parliament's record adds the party after the seat, the UN's the language, Australia's the time: "Mrs Kemi Badenoch
    # (North West Essex) (Con):", "Mr. Nebenzia (Russian Federation) (spoke in Russian):", "Senator WONG (South
    # Australia\u2014Minister for Foreign Affairs) (14:06):"; rule H1 of the 119th pass)
    # (or one longer description that holds an office: ", Assistant Minister for Trade and Assistant Minister for
    # Manufacturing"; rule D1 of the 118th pass)
    r"(?P<desc>(?:,[ \t]*[^:,\r\n]{1,60}?){1,3}|,[ \t]*(?=[^:,\r\n]{0,60}\b(?:Minister|Secretary|Ambassador|Professor|Director|"
    r"President|Chair|Fellow|Advis[eo]r|Spokes(?:person|man|woman)|Commissioner|Governor|Senator|Representative)\b)[^:,\r\n]{61,90}?)?[ \t]*(?P<paren>\([^()\r\n]{0,60}\)(?:[ \t]*\((?:[A-Za-z/ ]{1,30}|\d{1,2}:\d{2}(?::\d{2})?)\))?|\[[^\W\d_][^\[\]\d\r\n]{0,40}\])?[ \t]*:(?=\s|\Z|[A-Z])"
)
#: "Constanza Sanhueza [00:39] The literal ...": a podcast transcript's turn, its time code in brackets
_TIMED_INLINE = re.compile(
    r"(?P<label>[^\W\d_][\w'\u2019.\-]*(?:[ \t]+[^\W\d_][\w'\u2019.\-]*){1,4})[ \t]+"
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|[ \t]{6,})[ \t]*(?=\S)"  # the segmenter reads the code blanked out
)
#: a role written in capitals after the name in a label ("Hamish Macdonald HOST:")
_ROLE_AFTER = frozenset({"HOST", "ANCHOR", "PRESENTER", "MODERATOR", "INTERVIEWER", "GUEST"})
_TIMED_LABEL = re.compile(
    r"(?P<label>[^\W\d_][\w'\u2019.\-]*(?:[ \t]+[^\W\d_][\w'\u2019.\-]*){0,3}(?:[ \t]+\d{1,2})?)[ \t]+"
    # (a dash or a bar may part the name from the time, a clock's time may be the cue: "Anna Berg - 00:05", "Anna Berg |
    # 00:05", a chat or meeting transcript's "Anna Berg  10:02 AM"; rule T1 of the 119th pass)
    r"(?:[-\u2013\u2014|][ \t]+)?[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*"
)
#: a time code inside a turn label ("William (00:00):", "Kasit Piromya  3:01")
_LABEL_TIME = re.compile(r"[\[( \t]\d{1,2}:\d{2}(?::\d{2})?[\])]?")
#: a time code alone after a turn label ("Alex Galitsky: (00:41)")
_TIME_ONLY = re.compile(r"[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?[\])]?[ \t]*")
#: a transcript site's turn label: the turn's start and end in seconds, then the speaker ("1.598 - 27.644 Unknown Speaker")
_RANGE_LABEL = re.compile(r"[ \t]*\d{1,5}\.\d{1,3}[ \t]*-[ \t]*\d{1,5}\.\d{1,3}[ \t]+"
                          r"(?P<label>[^\W\d_][\w'\u2019.\-]*(?:[ \t]+[^\W\d_][\w'\u2019.\-]*){0,3})[ \t]*")
_INITIALS_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){1,3})[ \t]*"
                            r"\((?P<init>(?:[A-Z]\.?[ \t]?){2,4})\)[ \t]*")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")
#: a label that names an office holder, who answers at a briefing or an interview
_OFFICIAL = re.compile(r"(?i)\b(?:officials?|minister|secretary|spokes(?:person|man|woman)|ambassador|envoy|president|"
                       r"representative|commissioner|chancellor|premier|governor)\b")
#: a label's description that is a person's name alone (", Pat Conroy")
_DESC_PERSON = re.compile(r",[ \t]*(?P<name>[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){1,2})[ \t]*")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?:\s|\Z)")
#: "Q1." / "Question 2:" alone on its line; a reader's question may name its asker ("Question#1 Author: Kuanysh")
_Q_NUMBER = re.compile(r"(?:Q|Question)[ \t]?(?:#|No\.)?[ \t]?\d{1,2}[ \t]*[.:)]?[ \t]*"
                       r"(?:(?:Author|From|Asked[ \t]+by)[ \t]*:?[ \t]*[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3}[ \t]*)?")
#: the number a parliamentary committee's evidence gives each question, before the asker's label ("Q231 Chair:")
_EVIDENCE_NUMBER = re.compile(r"Q\d{1,4} (?=[A-Z])")
#: (a spaced hyphen too: "Q - ... R - ...", as the French foreign ministry's transcripts mark the turns)
_QA_DOT = re.compile(r"(Q|A|P|R|Ask|Questions|Question|Answer)(?:[ \t]?(\d{0,2})[.)\u2013\u2014](?:[ \t]*[\u2013\u2014-](?=[ \t]))?|[ \t]-(?=[ \t]))(?:[ \t]+(?=\S)|(?<=\d[.)])(?=[A-Z]))")  # "Q2.What ..." too
#: the dotted marks of a Spanish, Portuguese or French interview ("P. ... R. ...": pregunta, respuesta) and
#: their machine translation ("Ask. ... Answer.")
_QA_MARKS = {"p": "Q", "r": "A", "ask": "Q", "questions": "Q"}  # ("Questions. What impact ...": "Preguntas.")
#: a question or answer mark numbered before its colon: "QUESTION 1:", "Answer 2:"
_QA_NUMBERED = re.compile(r"(Question|QUESTION|Answer|ANSWER)[ \t]+\d{1,2}[ \t]*:[ \t]*(?=\S)")
#: a government transcript's marks that say who asks and who answers: "Question by RFI:", "Question from Al Arabiya:",
#: "Answer by Minister Ana Ruiz:" (pass 122)
_QA_BY = re.compile(r"(Question|QUESTION|Answer|ANSWER)[ \t]+(?:by|from|BY|FROM)[ \t]+(?P<who>[^\W\d_][^\n:\"\u201c]{1,70}?)[ \t]*:[ \t]*(?=\S)")
#: a turn label in square brackets: "[Anchor]" alone on its line, "[Minister Kang] This time, ..."
_BRACKET_LABEL = re.compile(r"\(?\[(?P<label>[^\W\d_][\w'\u2019.\-]*(?:[ \t]+[\w'\u2019.\-]+){0,4})\][ \t]*")
#: a television script's speaker mark alone on its line: "((NARRATOR))", "((Greg Poling, CSIS))"
_SCRIPT_MARK = re.compile(r"[ \t]*\(\([ \t]*(?P<label>[^()\n]{2,120}?)[ \t]*\)\)[ \t]*")
#: a style of address standing for the office holder who speaks ("His Excellency:", "Her Majesty:")
_STYLED = re.compile(r"(?i:his|her)[ \t]+(?i:excellency|highness|majesty|royal[ \t]+highness)")
#: a parliamentary style of address opening a label ("The Most Honourable Andrew Holness, Prime Minister (PM):")
#: (or a royal's or an envoy's: "His Majesty King Abdullah II:", "His Excellency Ana Ruiz:"; rule R10)
_HONOURABLE = re.compile(r"(?:(?:The[ \t]+)?(?:(?:Most|Right|Rt\.?)[ \t]+)?(?:Honourable|Honorable|Hon\.?)"
                         r"|(?:His|Her)[ \t]+(?:Royal[ \t]+)?(?:Majesty|Excellency|Highness))[ \t]+(?=[A-Z])")
_ROLE_WORD_RX = re.compile(r"(?i)\b(?:" + "|".join(sorted(_ROLE_WORDS)) + r")\b")
#: (a style of address may stand before another title: "H.E. Mr. Mevl\u00fct \u00c7avu\u015fo\u011flu", "H.E. Ana Ruiz")
_TITLE = (r"(?:H\.[ \t]?E\.(?:[ \t]+(?:Mr|Mrs|Ms|Dr)\.?)?|(?:Lt|Maj|Brig|Rear|Vice)\.?[ \t]+(?:Gen|Col|Adm)\.|Professor|Prof\.|Dr\.?|Ambassador|General|Gen\.|"
          r"Admiral|Adm\.|Colonel|Col\.|Captain|Capt\.|Lieutenant|Lt\.|Maj\.|Cmdr\.|Cdr\.|Sgt\.|Brig\.|Senator|Sen\.|"
          r"Mr\.?|Ms\.?|Mrs\.?|Sir|Dame|Lord|Lady|Rev\.|Hon\.|HON\.|Daw|Amb\.|Arch\.|Eng\.|Engr\.|Barr\.)")
#: (a professional style may stand before another title: "Arch. Dr. D.K. Gitau", "Prof. Dr. Ana Ruiz", "Rev. Dr. Jo Bell")
_TITLES = rf"(?:{_TITLE}(?:[ \t]+{_TITLE})?)"
_NOT_NAME_WORD = r"(?!(?:Of|The|And|For|To|On|At|In|With|From|By|About|After|Over|Under|Is|Are|Was|Has|Says|Said|Interviewed|Speaks|Talks|Gives|Gave|Grants|Granted|Tells|Told)\b|Source[ \t]*:|(?:Question|Answer)[ \t]*:|(?:Published|Updated|Posted)\b)"
#: a capital that may open a name, with the Latin accented ones ("Minna \u00c5lander", "\u0160ef\u010dovi\u010d")
_CAP = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff]"  # (Latin Extended-B and Additional too: "\u021aoiu", "\u1ea0"; pass 113)
#: an Arabic particle hyphened to the surname that follows ("al-Ansari", "bin-Salman")
PARTICLE_PREFIX = r"(?:al|el|ad|as|ash|az|bin|ibn|abu|ben)-"
#: a name opens with a capitalised word or with initials ("K.K. Tokayev", "J. R. R. Tolkien"; not "U.S.")
#: (a name's particles go with the word after them and do not count among its words: "Crown Prince Mohammed bin Salman",
#: "Luiz In\u00e1cio Lula da Silva"; a name never ends on one; rule N2 of pass 113)
#: (after a particle the word is a surname whatever it reads as: "Qaboos bin Said")
_NAME = ("(?:" + _CAP + r"[\w'\u2019-]+|(?<![\w.])(?!(?:U\.[SKN]|E\.U|D\.C)\.)[A-Z]\.(?:[ \t]?[A-Z]\.){0,2})(?:[ \t]+(?:"
         r"(?:(?:de|van|von|der|al|Al|El|bin|da|di|du|del|la|le|vanden|vander|dos|das|della)[ \t]+){1,2}" + _CAP + r"[\w'\u2019-]+|"
         + _NOT_NAME_WORD + r"(?:[A-Z]\.(?![A-Z])|[A-Z](?=[ \t]+[A-Z][\w'\u2019-])|" + _CAP +
         r"[\w'\u2019-]+|" + PARTICLE_PREFIX + _CAP + r"[\w'\u2019-]+|in[ \t]+['\u2019]t))){1,3}")
_NAME_RX = re.compile(_NAME)
_INITIAL_GLUED = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")
#: a turn of a described-video transcript, its speech in capitals: "Steve says WHETHER FROM CLIMATE"
_SAYS_CAPS = re.compile(r"(?P<label>[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+)?)[ \t]+(?:says|continues|asks|replies)[ \t]+"
                        r"(?=[\"'\u201c(]?[A-Z0-9][A-Z0-9 ,.'\u2019\"?!:;()-]{3})")
_PARTICLE_HYPHEN = re.compile(r"(?:al|el|bin|ibn|abu|ul|ud|ad|as|ar|an|at)-[A-Z]")
#: a bare question or answer mark, no stop after it ("Q Iranian military admitted ...?"): a mark only where
#: the text alternates several of each (an "A" opening a sentence is the article)
_QA_BARE = re.compile(r"[QA][ \t]+(?=[A-Z\u201c\"])")
#: a label in capitals with a hyphen run into it, then the turn: "PRESENTER- Thank you, ..."
_CAPS_HYPHEN = re.compile(r"[ \t]*(?P<label>[A-Z\u00C0-\u024F][A-Z\u00C0-\u024F'\u2019.]*(?:[ \t]+[A-Z\u00C0-\u024F][A-Z\u00C0-\u024F'\u2019.]*){0,5})"
                          r"-[ \t]+(?=[\"\u201c\u2018]?[A-Z\u00C0-\u024F]?[a-z\u00DF-\u024F])")  # the turn in mixed case
_DASH_LABEL = re.compile(
    r"(?:(?P<initials>(?:[A-Z]\.[ \t]?){2,5})|(?P<acr>[A-Z]{2,6})|(?P<name>[A-Z][\w'\u2019.\-]+(?:[ \t]+(?:[A-Z][\w'\u2019.\-]+|da|de|do|dos|van|von|al|bin)){1,4}))"
    # a parliament's verbatim record: "Anna Kovacs (Renew). \u2013 Mr President, ...", "X, on behalf of the S&D Group. \u2013 ..."
    r"(?:[ \t]+\([A-Za-z/&-]{1,12}\))?(?:,[ \t]+on[ \t]+behalf[ \t]+of[ \t]+the[ \t]+[\w/&-]+(?:[ \t]+[\w/&-]+)?[ \t]+[Gg]roup)?"
    r"(?:,[ \t]+(?:rapporteur|draftsman|draftswoman|author|Member[ \t]+of[ \t]+the[ \t]+Commission"
    # (an office of the Union: "Josep Borrell, Vice-President of the Commission / High Representative of the Union for
    # Foreign Affairs and Security Policy. \u2013 ...", "X, President-in-Office of the Council. \u2013 ..."; pass 119)
    r"|(?:Executive[ \t]+)?(?:Vice-)?President(?:-in-Office)?[ \t]+of[ \t]+the[ \t]+(?:European[ \t]+)?(?:Commission|Council)"
    r"(?:[ \t]*/[ \t]*High[ \t]+Representative[^.\u2013\u2014\n]{0,90})?))?\.?"
    r"[ \t]+[\u2014\u2013][ \t]+(?=\S)"
)


#: a turn label closed by a full stop and a hyphen, as Spanish-language transcripts write them, with
#: the speaker's outlet in brackets: "Barack Obama.- Well, ...", "Jim Acosta (CNN).-Thank you, ..."
_DOT_HYPHEN_LABEL = re.compile(r"[ \t]*(?P<name>[A-Z][\w'\u2019\-]+(?:[ \t]+(?:[A-Z][\w'\u2019\-]+|da|de|del|do|dos|van|von|al|bin)){1,4})"
                               r"(?:[ \t]+\([^()\n]{1,30}\))?\.-[ \t]*(?=\S)")
#: a name in mixed case, a hyphen and the turn: "Jos\u00e9 Manuel Albares- Claramente ...", "Alain Jupp\u00e9 - Mesdames ..."
_NAME_HYPHEN = re.compile(r"[ \t]*(?P<name>[A-Z\u00C0-\u00DE][\w'\u2019]+(?:-[A-Z\u00C0-\u00DE][\w'\u2019]+)?"
                          r"(?:[ \t]+(?:[A-Z\u00C0-\u00DE][\w'\u2019]+(?:-[A-Z\u00C0-\u00DE]?[\w'\u2019]+)?|da|de|del|do|dos|van|von|al|bin)){1,4})"
                          r"[ \t]*-[ \t]+(?=[\"\u201c\u2018\u00ab]?[A-Z\u00C0-\u024F])")
#: a title's kicker after a name and a colon: "X, Prime Minister of Fiji: Interview" is no turn
_KICKER_ONLY = re.compile(r"[ \t*_]*(?i:(?:an?[ \t]+)?(?:exclusive[ \t]+|full[ \t]+|video[ \t]+)?(?:interview|q[ \t]*&[ \t]*a|transcript))[ \t*_.]*")
#: a letter's salutation, or a letters page's title, before a colon: "To the editor: I believe ...",
#: "Letters to the Editor: China is ..." (no one's turn; "Editor:" alone can be an interviewer's label)
_SALUTATION = re.compile(r"[ \t*_]*(?i:letters?(?:[ \t]+to[ \t]+the[ \t]+editors?)?|to[ \t]+the[ \t]+editors?|dear[ \t]+(?:sir|madam|editors?)(?:[ \t]+or[ \t]+madam)?)[ \t*_]*")
#: the chair's turn in a parliament's verbatim record ("President. \u2013 We now continue with the debate ...")
_CHAIR_DASH = re.compile(r"[ \t]*(?:President|Chair|Chairman|Chairwoman|Chairperson)\.[ \t]+[\u2014\u2013][ \t]+(?=\S)")
_ACRONYM_GLUED = re.compile(r"[A-Z]{2,}(?=[\s,.;)]|\Z)")
#: a date alone, perhaps with its hour ("March 21, 2024, at 10 a.m.", "3 May 2024", "2024-05-03 14:00")
_DATE_ONLY = re.compile(r"(?i)[ \t]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?"
                        r"(?:(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
                        r"(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?,?[ \t]+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
                        r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}(?:[:.]\d{2})?[ \t]*(?:a\.m\.|p\.m\.|am|pm)?(?:[ \t]+[A-Z]{2,4})?)?[ \t.]*")


#: a title after the label: "Interview with Ambassador Ana Ruiz/ The Relationship ...", "In conversation with ..."
#: (no sentence's end on the line)
_TITLE_AFTER = re.compile(r"[ \t]*(?i:(?:an?[ \t]+)?(?:exclusive[ \t]+)?interview[ \t]+with|in[ \t]+conversation[ \t]+with|"
                          r"transcript[ \t]+of)\b[^.!?\n]*")


#: a list's numbers as a lone label ("One: What did he think ...?"; pass 121)
_LIST_NUMBERS = frozenset("one two three four five six seven eight nine ten first second third fourth fifth firstly secondly "
                          "thirdly lastly finally".split())


def _label_of(t: str, fs: int, le: int) -> tuple[str, str, int] | None:
    """(kind, label, content_start) for a line starting with 'Name:' / 'Q:' / 'JL:'; a time code
    alone after the label is no content ("Alex Galitsky: (00:41)").

    >>> _label_of("Alex Galitsky: (00:41)", 0, 22)
    ('name', 'Alex Galitsky', 22)
    >>> _label_of("UTS:ACRI DIRECTOR", 0, 17), _label_of("KP:First and foremost", 0, 21)
    (None, ('initials', 'KP', 3))
    >>> _label_of("Data Cutoff: March 21, 2024, at 10 a.m.", 0, 39), _label_of("Last Updated: 3 May 2024", 0, 24)
    (None, None)
    >>> _label_of("Jim Acosta (CNN).-Thank you, President.", 0, 39)
    ('name', 'Jim Acosta', 18)
    >>> _label_of("To the editor: I believe so.", 0, 28), _label_of("Editor: Welcome, Dr. Petadze.", 0, 29)[:2]
    (None, ('role', 'Editor'))
    >>> _label_of("NPR: Interview with Ambassador Ruiz/ The Relationship Between Two Capitals", 0, 74)
    """
    lab = _label_of_line(t, fs, le)
    if lab is not None and _SALUTATION.fullmatch(lab[1]):
        return None  # "To the editor: I believe ...": a letter's salutation, not a turn label
    if lab is not None and lab[2] < le and _KICKER_ONLY.fullmatch(t, lab[2], le):
        return None  # "Josaia Bainimarama, Prime Minister of Fiji: Interview": a title, not his turn
    if lab is not None and lab[2] < le and _TITLE_AFTER.fullmatch(t, lab[2], le):
        return None  # "NPR: Interview with Ambassador Alvarez/ The Relationship ...": the page's title, not the outlet's turn
    if lab is not None and lab[2] < le and _DATE_ONLY.fullmatch(t, lab[2], le):
        return None  # "Data Cutoff: March 21, 2024, at 10 a.m.": a page's date line, not a turn
    if lab is not None and lab[0] == "initials" and _ACRONYM_GLUED.match(t, lab[2]) and t[lab[2] - 1:lab[2]] == ":":
        return None  # "UTS:ACRI DIRECTOR": one acronym with a colon in it (an institute's name), not a turn label
    if lab is not None and lab[2] < le and _TIME_ONLY.fullmatch(t, lab[2], le):
        return lab[0], lab[1], le
    if lab is not None and lab[1] in ("Min", "MIN") and "Minister" in t:
        return "name", "Minister", lab[2]  # "Min:": a doorstop transcript's short form of "Minister:" (pass 122)
    return lab


def _bracket_label(t: str, fs: int, le: int) -> tuple[str, str, int] | None:
    """A broadcast's turn label in square brackets, alone on its line or before the talk: "[Anchor]",
    "[Kim Hyung-seok]", "[Minister Kang] This time, ...", "([Greg Palkot] You are ...)".

    >>> t = "[Minister Kang] This time, I think so."
    >>> _bracket_label(t, 0, len(t)), _bracket_label("[Anchor]", 0, 8), _bracket_label("[Source] KBS", 0, 12)
    (('name', 'Minister Kang', 16), ('name', 'Anchor', 8), None)
    >>> _bracket_label("[Reporter]", 0, 10), _bracket_label("[MUSIC PLAYING]", 0, 15)
    (('bracket', 'Reporter', 10), None)
    """
    m = _BRACKET_LABEL.match(t, fs, le)
    if m is None:
        return None
    label = " ".join(m.group("label").split())
    words = label.split()
    if any(w.lower() in _SOUND_WORDS for w in words):
        return None  # "[MUSIC PLAYING]", "[Applause]": a sound, no one's turn
    if label in _ROLE_LABELS or (_name_words(words) and len(words) <= 4):
        return "name", label, m.end()
    if m.end() < le and len(words) <= 3:
        # a monitoring service's transcript, the label run into the talk: "[Unidentified anchorperson] Don't you
        # think ...?" (the host's role), "[Yousufzai] It should have been ..." (a surname the text gives in full)
        host = next((w for w in words if w.lower() in _HOST_WORDS), None)
        if host is not None:
            return "role", "Anchor" if host.lower().startswith("anchor") else host.title(), m.end()
        if len(words) == 1 and label[:1].isupper() and label.isalpha() and label.lower() not in _NOT_SPEAKERS \
                and re.search(rf"\b[A-Z][\w'\u2019-]+[ \t]+(?:(?i:al|el|ad|as|ash|ar|an|at|az)-)?{label}\b(?![ \t]*\])", t):
            # (not "[Column] Sitting on ..."; "Ali Hadi al-Musawi" gives "[Musawi]" in full)
            return "name", label, m.end()
    if m.end() >= le and len(words) <= 3:
        # alone on its line, naming no one: the other voice opposite the anchor when it recurs, a
        # correspondent's live answers ("[Reporter]") or a machine translation's "[Both symbols]"
        # (see _resolve_labels)
        return "bracket", label, le
    return None


#: a transcription page's generic label glued to the talk: "Speaker 2Tensions between Japan and China ..."
_GLUED_SPEAKER = re.compile(r"(?P<label>Speaker[ \t]+\d{1,2})(?=[A-Z\"'\u201c])")
#: ... or with its colon, as a transcription service writes it: "Speaker 1:" / "Speaker 2: This is ...", or
#: alone on its line without one ("Speaker 3" over the talk)
_SPEAKER_N = re.compile(r"(?P<label>Speaker[ \t]+\d{1,2})[ \t]*(?::[ \t]*|\Z)")


#: a speaker's initials with dots after a style: "Hon.G.O", "Hon. G. O." (the interviewee Geoffrey Onyeama; initials
#: alone, "E.M." / "H.L.D.K.", are read further on, as :data:`_DOTTED_INITIALS`)
_STYLED_INITIALS = re.compile(r"(?:Hon|Dr|Prof|Amb)\.?[ \t]*((?:[A-Z]\.[ \t]?){1,3}[A-Z]\.?)")


def _spelled_initials(t: str, label: str) -> bool:
    """Whether ``label`` is the capitals of a person the text names in full, though the word is no speaker's: "PS :" for
    Patrick Suckling, not a postscript (pass 122).

    >>> _spelled_initials("an interview with Patrick Suckling.", "PS"), _spelled_initials("PS: see you.", "PS")
    (True, False)
    """
    if not (2 <= len(label) <= 3 and label.isalpha() and label.isupper()):
        return False
    return any(is_person_name(m.group()) for m in re.finditer(r"\b" + r"[\w'\u2019-]*[ \t]+".join(label) + r"[\w'\u2019-]+", t))


def _label_of_line(t: str, fs: int, le: int) -> tuple[str, str, int] | None:
    if t.startswith("((", fs) and (sm := _SCRIPT_MARK.fullmatch(t, fs, le)) is not None:
        return _script_mark(" ".join(sm.group("label").split()), le)
    if t.startswith(("[", "(["), fs) and (bl := _bracket_label(t, fs, le)) is not None:
        return bl
    if t.startswith("Speaker", fs) and (gs := _GLUED_SPEAKER.match(t, fs, le)) is not None:
        return "name", " ".join(gs.group("label").split()), gs.end()
    if t.startswith("Speaker", fs) and (gs := _SPEAKER_N.match(t, fs, le)) is not None:
        return "name", " ".join(gs.group("label").split()), gs.end()  # "Speaker 1:" over the talk or before it
    if t.startswith(("- [", "\u2013 [", "\u2014 ["), fs):
        # a caption's speaker change, named: "- [Kejal] Venezuela unveiled" (one word is enough after the dash)
        if (bl := _bracket_label(t, fs + 2, le)) is not None:
            return bl
        bm = _BRACKET_LABEL.match(t, fs + 2, le)
        word = bm.group("label") if bm is not None else ""
        if word[:1].isupper() and " " not in word and word.lower() not in _NOT_SPEAKERS and word.lower() not in _SOUND_WORDS:
            return "name", word, bm.end()
    if t[fs:fs + 1] in "QAqa" and (num := _QA_NUMBERED.match(t, fs, le)) is not None:
        # "QUESTION 1:", "Question 2:": a numbered questioner's turn (a mission's transcript numbers the
        # journalists) or a Q&A's numbered question, read as "Q1:" is
        return "qa", _QA[num.group(1).lower()], num.end()
    if t[fs:fs + 1] in "QA" and (by := _QA_BY.match(t, fs, le)) is not None:
        # "Question by RFI: ...": the questioner's turn, whoever asks; "Answer by Minister Ana Ruiz: ...": hers
        if by.group(1).lower() == "question":
            return "qa", "Q", by.end()
        who = by.group("who").split()
        person = _strip_office(who) or " ".join(who)
        return ("name", person, by.end()) if is_person_name(person) else ("qa", "A", by.end())
    m = _LABEL.match(t, fs, le) if t.find(":", fs, le) >= 0 else None  # most lines have no colon: skip the regex
    if m is None and (t.find(" says ", fs, min(le, fs + 40)) > 0 or t.find(" continues ", fs, min(le, fs + 40)) > 0):
        sm = _SAYS_CAPS.match(t, fs, le)  # "Steve says WHETHER FROM CLIMATE": a described-video transcript
        if sm is not None and sm.group("label").split()[0].lower() not in _NOT_SPEAKERS:
            return "name", sm.group("label"), sm.end()
    if m is None and t[fs:fs + 1].isdigit() and (rl := _RANGE_LABEL.fullmatch(t, fs, le)) is not None:
        return "name", " ".join(rl.group("label").split()), le  # "1.598 - 27.644 Sean Rameswaram" alone on its line
    if m is None and _Q_NUMBER.fullmatch(t, fs, le):
        return "qnum", "Q", le  # "Q1." alone on its line: the question follows under it
    if m is None and t.find(":", fs, le) >= 0 and (tl := _TIMED_LABEL.fullmatch(t, fs, le)) is not None:
        # "Kasit Piromya  3:01", "Host 1:23", "Speaker 2 01:04:10": a turn label of a transcription service
        label = " ".join(tl.group("label").split())
        words = label.split(" ")
        if label in _ROLE_LABELS or label.split(" ")[0] == "Speaker":
            return "name", label, le
        if _name_words(words):
            return "name", label, le
        return None
    if m is None and (t.find("[", fs, min(le, fs + 80)) > fs or t.find("      ", fs, min(le, fs + 80)) > fs) \
            and (ti := _TIMED_INLINE.match(t, fs, le)) is not None:
        words = ti.group("label").split()
        if words[-1] in _ROLE_AFTER:
            words = words[:-1]
        if _name_words(words):
            return "name", " ".join(words), ti.end()
        return None
    if m is None and t.find("(", fs, le) >= 0 and (il := _INITIALS_LABEL.fullmatch(t, fs, le)) is not None:
        # "Fiona Hill (F.H.)" alone on its line: a transcript's turn label, its initials in brackets
        label = " ".join(il.group("label").split())
        if _initials(label).upper() == re.sub(r"[^A-Za-z]", "", il.group("init")).upper():
            return "name", label, le
    if m is None and t.find(". ", fs, min(le, fs + 48)) > fs and (rec := _record_label(t, fs, le)) is not None:
        return rec
    if m is None:
        d = _QA_DOT.match(t, fs, le)
        if d is not None:  # "Q. ...", "A. ...", "Q1. ..." (a numbered question: its answer may go unlabelled)
            low = d.group(1).lower()
            return "qnum" if d.group(2) else "qa", _QA.get(low) or _QA_MARKS[low], d.end()
        if t[fs + 1:fs + 2] == " " and t[fs:fs + 1] in "QA" and (qb := _QA_BARE.match(t, fs, le)) is not None:
            return "qa_bare", t[fs] + " ", qb.end()  # "Q Iranian military admitted ...?" / "A We are deeply saddened ..."
        if t.find("- ", fs, min(le, fs + 70)) > fs and (ch := _CAPS_HYPHEN.match(t, fs, le)) is not None:
            # "PRESENTER- Thank you ...", "FOREIGN MINISTER HAKAN FİDAN- Well, ...": a ministry's transcript
            words = ch.group("label").split()
            role = " ".join(words).title()
            if role in _ROLE_LABELS:
                return "role", role, ch.end()
            if len(words) >= 2 and words[0].lower() not in _NOT_SPEAKERS and words[-1].lower() not in _NOT_SPEAKERS:
                return "name", _strip_office(words) or " ".join(words), ch.end()
        if t.find("- ", fs, min(le, fs + 60)) > fs and (nh := _NAME_HYPHEN.match(t, fs, le)) is not None \
                and not nh.group("name").isupper():
            # "Jos\u00e9 Manuel Albares- Claramente ...": a transcript's turn (not a dateline: "Addis Abeba - ...")
            label = " ".join(nh.group("name").split())
            words = label.lower().split()
            person = _strip_office(label.split()) or label  # "Prime Minister Nikol Pashinyan - Thank you."
            if words[0] not in _NOT_SPEAKERS and words[-1] not in _NOT_SPEAKERS and not is_place(label) and is_person_name(person) \
                    and not any(w in GENRE_WORDS for w in words):
                return "name", person, nh.end()
        if t.find(".-", fs, min(le, fs + 70)) > fs and (dh := _DOT_HYPHEN_LABEL.match(t, fs, le)) is not None:
            # "Barack Obama.- Well, ...", "Jim Acosta (CNN).-Thank you, ...": a Spanish-style transcript's turns
            words = dh.group("name").split()
            if words[0].lower() not in _NOT_SPEAKERS and words[-1].lower() not in _NOT_SPEAKERS:
                return "name", " ".join(words), dh.end()
        if t.find("\u2014", fs, min(le, fs + 140)) < 0 and t.find("\u2013", fs, min(le, fs + 140)) < 0:
            return None  # (140: a Union office's long title before the dash, "X, Vice-President of the Commission / ...")
        if (ch := _CHAIR_DASH.match(t, fs, le)) is not None:
            return "role", "Moderator", ch.end()  # a parliament's record: "President. \u2013 The debate is closed."
        d = _DASH_LABEL.match(t, fs, le)  # "Gaspard Estrada — Since ...", "G. E. — Have ..."
        if d is None:
            return None
        if d.group("initials"):
            return "initials", d.group("initials").replace(".", "").replace(" ", ""), d.end()
        label = " ".join((d.group("name") or d.group("acr")).split())
        if label.isupper():
            # "S\u00c3O PAULO \u2013 It has not taken long ...": a dateline; "CNN \u2014 You talk ...", again and
            # again between "President Lula \u2014" turns: an outlet's turns (see _resolve_labels)
            return ("caps_dash", label, d.end()) if len(label) <= 12 else None
        if label.lower().split()[0] in _NOT_SPEAKERS or label.lower().split()[-1] in _NOT_SPEAKERS:
            return None
        if is_place(label):
            return None  # "Addis Abeba – Tensions rise ...": a dateline in title case, not a speaker
        return "name", label, d.end()
    label = " ".join(m.group("label").split())
    if not m.group("desc") and (di := _STYLED_INITIALS.fullmatch(label)) is not None:
        return "initials", di.group(1).replace(".", "").replace(" ", ""), m.end()  # "Hon.G.O:" (pass 120)
    if label[:1] == "Q" and (qn := _EVIDENCE_NUMBER.match(label)) is not None:
        label = label[qn.end():]  # "Q231 Chair:": a committee's numbered question, then who asks it
    if "." in label:
        label = _INITIAL_GLUED.sub(r"\1. ", label)  # "M.Kelly" is "M. Kelly"
    desc = m.group("desc")
    if desc and not (label.isupper() and len(label) >= 2) \
            and not (" " in label and _job_desc(desc.replace(",", " ").split())):
        return None  # "However, the point is: ..." is a sentence; "NAME, ROLE:" / "Full Name, Host, CNN:" take a description
    if desc and (words := label.split(" "))[0] in _OFFICE_FIRST | {"Foreign", "Prime", "Defence", "Defense"} \
            and _OFFICIAL.search(label) and (person := _DESC_PERSON.fullmatch(desc)) is not None:
        # "Minister For International Development and The Pacific, Pat Conroy:": the office, then its holder
        return "name", person.group("name"), m.end()
    if (hon := _HONOURABLE.match(label)) is not None and len(label[hon.end():].split()) >= 2:
        label = label[hon.end():]  # "The Most Honourable Andrew Michael Holness": the name after the style
    low = label.lower()
    if re.split(r"[\s\-\u2013\u2014/]", low)[0] in _WEEKDAYS:
        return None  # "Friday\u2013Saturday: troops pull back" is a schedule, not a speaker
    if (low.endswith("ly") and low.isalpha() and low in common_words()) or low in _LIST_NUMBERS:
        # "Politically: ..." / "Economically: ...": an op-ed's lead-ins by aspect; "One: ..." / "Two: ...": a list's items
        # (not "OFFICIAL ONE:", a briefing's second voice); no speakers (pass 121)
        return None
    if low in _QA:
        if low in ("i", "r") and not interviewer_and_respondent(t):
            return None
        if (named := _qa_person(m.group("paren"))) is not None:
            return "name", named, m.end()  # "Q (Sarah Miles):" / "A (Omar Haddad):": the turns of named people
        return "qa", _QA[low], m.end()
    if len(low) <= 3 and low[0] in "qa" and low[1:].isdigit():  # "Q1:", "A12:"
        return "qa", _QA[low[0]], m.end()
    words = label.split(" ")
    if len(words) >= 3 and words[-1] in _ROLE_AFTER and all(w[0].isupper() for w in words[:-1]) and not desc \
            and not label.isupper():
        return "name", " ".join(words[:-1]), m.end()  # "Hamish Macdonald HOST:": the name; asking makes the host
    if label == "Editor" and not desc:
        return "role", label, m.end()  # "Editor: Let's dive right in.": the interviewer's turns, when they recur
    if len(words) >= 2 and words[0][0].isupper() and words[-1].lower() in _ROLE_WORDS \
            or _ROLE_WORD_RX.search(m.group("paren") or ""):
        return "role", label, m.end()  # "Time.news Editor:", "Political Analyst:", "Liu Kun (host):"
    if _STYLED.fullmatch(label):
        return "role", label, m.end()  # "His Excellency:": an office holder's turns, under the style of address
    if "of" in words and peer_label(label):
        return "name", label, m.end()  # "Lord Ahmad of Wimbledon (Con):": a peer's turn in the Lords' record
    initial_name = desc is not None and len(words) == 2 and len(words[0]) == 1 and words[0].isupper()  # "A MARTÍNEZ, BYLINE:"
    if (low in _NOT_SPEAKERS or (words[0].lower() in _NOT_SPEAKERS and not initial_name) or words[-1].lower() in _NOT_SPEAKERS) \
            and not (len(words) >= 2 and registry_person(label)) and not _spelled_initials(t, label):
        return None  # (not a person the registry knows by the full name: "John Key:", "Julius Maada Bio:"; rule R1, pass 113)
    if not words[0][0].isupper():
        if len(words) == 1 and len(label) >= 4 and label.isalpha() and desc is None and not m.group("paren") \
                and not t[m.end():le].strip():
            return "lower", label, m.end()  # "euronews:" alone on its line: an outlet's turns, if it recurs
        return None
    if len(words) == 1 and 2 <= len(label) <= 4 and label.isalpha() and label.isupper():
        return "initials", label, m.end()
    if len(words) <= 3 and _DOTTED_INITIALS.fullmatch("".join(words)):  # "M.C.:" under "Mikhail Chernov", "W. I. :"
        return "initials", "".join(words).replace(".", ""), m.end()
    if any(w.endswith(("'s", "\u2019s", "'S", "\u2019S")) for w in words):
        return None
    if not all(w[0].isupper() or w.lower() in _PARTICLES or _PARTICLE_HYPHEN.match(w) or w.isdigit() for w in words):
        # "President of Russia Dmitry Medvedev:": a title before the name; kept only when the
        # name is a speaker label elsewhere in the text (see _resolve_labels)
        # ("Assistant Minister for Foreign Affairs:": an office alone, named by the standfirst's office holder)
        if len(words) >= 4 and all(w[0].isupper() and w.isalpha() for w in words[-2:]):
            return "titled", label, m.end()
        # "Minister for International Development and the Pacific:": an office, its small words included
        if 3 <= len(words) <= 10 and words[0] in _OFFICE_FIRST and words[-1][0].isupper() and words[-1].isalpha() \
                and all(w[0].isupper() or w in ("for", "of", "and", "the", "on", "to") for w in words):
            return "titled", label, m.end()
        return None
    titled = _strip_office(words)
    if titled is not None:
        return "name", titled, m.end()
    if len(words) > 5 or any(w.lower() in GENRE_WORDS for w in words):
        return None  # "SPIEGEL Interview Merkel: Guantanamo ...": a headline's kicker, no speaker
    return "name", label, m.end()




def narrated(units: Iterable[Unit]) -> bool:
    """Whether a script's "((NARRATOR))" mark opens one of ``units``: a news package, its named
    turns the soundbites and the narrator the byline's reporter."""
    return any(u.form == "label" and u.label == "Narrator" for u in units)




_HOST_DESC = re.compile(r"(?i)\b(?:host|anchor|presenter|moderator|interviewer|chair)\b")
_HOST_WORD = re.compile(r"(?i)\b(?:host|moderator|interviewer|editor)\Z")  # not "News Anchor:" (a clip)


def _label_desc(t: str, fs: int, le: int) -> str:
    """The description of a speaker label ("Host, CNN GPS" after the name, "(host)"), or ''."""
    m = _LABEL.match(t, fs, le)
    return " ".join(filter(None, (m.group("desc"), m.group("paren")))) if m else ""


def _label_is_host(t: str, fs: int, le: int) -> bool:
    """'Name, Host, CNN:', 'Name (host):' and 'Outlet Editor:' say the speaker is the interviewer."""
    m = _LABEL.match(t, fs, le)
    return m is not None and (_HOST_DESC.search(_label_desc(t, fs, le)) is not None
                              or _HOST_WORD.search(" ".join(m.group("label").split())) is not None)


def label_outlet(t: str, fs: int, le: int) -> bool:
    """The label gives a news outlet alone after the name ("Anelise Borges, Euronews:"): a journalist's, the interviewer's
    where no other label gives one (rule O3 of pass 114; "Katie Putz, The Diplomat:" answers "Navbahor Imamova, VOA:").

    >>> t = 'Tom Bell, Euronews: "Thank you."'
    >>> label_outlet(t, 0, 19), label_outlet("Ana Ruiz, Foreign Minister: Yes.", 0, 27)
    (True, False)
    >>> label_outlet("New Delhi (Sputnik): India's Prime Minister is to visit.", 0, 20)
    False
    """
    folded = " ".join(_label_desc(t, fs, le).strip(" ,()").split()).lower()
    if not folded or not (folded in outlets() or folded in news_agencies()):
        return False
    m = _LABEL.match(t, fs, le)  # (a person's name: not a dateline's "New Delhi (Sputnik):")
    return m is not None and is_person_name(" ".join(m.group("label").split())) and not is_place(" ".join(m.group("label").split()))
