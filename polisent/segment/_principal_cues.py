"""Small cues around :func:`~polisent.segment._principal.principal`: the windows it searches, a spoken text, the
guest a caption names in lower case, an interview opened with the outlet that asks, a name cleaned of its
title or folded without accents. Split out of :mod:`polisent.segment._principal`."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from polisent.segment._labels import _CAP, PARTICLE_PREFIX
from polisent.segment._person_names import _NOT_PERSON, person_part
from polisent.segment._prefilter import Guarded, fold, lead_guarded, passes, required_literals, top_branches
from polisent.segment._speaker_cues import _builtin_data

__all__ = ["HEAD_CHARS", "TAIL_CHARS", "_COMMA_AFTER", "_SUBJECT_AFTER", "_clean", "_extra", "_folded", "_lower_case_guest",
           "is_spoken", "outlet_asks"]

#: how much of the text the cues are searched in: the intro and the bio at the end
HEAD_CHARS = 4000
TAIL_CHARS = 1500


@lru_cache(maxsize=1)
def _extra() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _builtin_data()
    return (re.compile(data["spoken_markers"], re.IGNORECASE | re.MULTILINE), re.compile(data["lower_case_guest"], re.IGNORECASE),
            re.compile(rf"\b(?:{data['job_words']})\b", re.IGNORECASE))


def is_spoken(t: str) -> bool:
    """The text is a transcript of talk: sound cues ("[MUSIC]") or ">>" turn marks in its first 20,000 characters.

    >>> is_spoken("[MUSIC] Going back to how the UN was formed"), is_spoken("The UN was formed in 1945.")
    (True, False)
    """
    end = min(len(t), 20000)
    low: str | None = None
    for lits, rx in _spoken_branches():
        if lits is not None:
            if low is None:
                low = fold(t[:end])
            if not passes(lits, low):
                continue
        if rx.search(t, 0, end) is not None:
            return True
    return False


@lru_cache(maxsize=1)
def _spoken_branches() -> tuple[tuple[tuple[str, ...] | None, re.Pattern[str]], ...]:
    """The spoken markers' alternatives one by one, each with the literals one of which its every match holds
    (see _prefilter; a "^" that opens a line, which tries every line, read past) and the lookahead of its first
    characters: the markers match in a text exactly where one of them does."""
    out = []
    for rx in top_branches(_extra()[0]):
        body = rx.pattern[1:] if rx.pattern.startswith("^") and rx.flags & re.MULTILINE else rx.pattern
        out.append((required_literals(body, rx.flags, folded=True), lead_guarded(rx)))
    return tuple(out)


#: words of a caption that never stand in a name ("i'm joined by my guest, got rid of, ...")
_CAPTION_NOT_NAME = frozenset("of the and to in on at for from with by as a an or is are was were be been it this that "
                              "ah oh uh um er hello hi hey well yes no thank thanks welcome good okay ok so".split())


def _caption_name(phrase: str | None, job: re.Pattern[str]) -> str | None:
    """Two or three words after the last job word or title of ``phrase`` ("council member dominic lee")."""
    if not phrase:
        return None
    jobs = [j.end() for j in job.finditer(phrase)]
    words = phrase[jobs[-1]:].split() if jobs else phrase.split()
    if 2 <= len(words) <= 3 and all(w.isalpha() for w in words) and words[0].lower() not in _NOT_PERSON \
            and words[0].lower() not in _CAPTION_NOT_NAME and words[-1].lower() not in _CAPTION_NOT_NAME:
        # not "got rid of", "ah hello" (misheard words); "doctor tree to parsi" keeps its "to"
        return " ".join(w.capitalize() if w.isupper() else w[:1].upper() + w[1:] for w in words)  # "JUDITH COLLINS" too
    return None


def _lower_case_guest(t: str) -> str | None:
    """The guest a caption without capitals names: "my guest is regina ip, convenor of ..." -> "Regina Ip";
    past one comma when the words before it are no name ("I'm joined by the lecturer of politics at
    X, doctor locklan mcnamie"); the name the host welcomes ("nathan law, welcome to hardtalk").

    >>> _lower_case_guest("i'm joined by the lecturer of politics at monash university, doctor locklan mcnamie. hi")
    'Locklan Mcnamie'
    >>> _lower_case_guest("DEFENCE MINISTER JUDITH COLLINS, KIA ORA. GOOD MORNING, JACK.")
    'Judith Collins'
    >>> _lower_case_guest("so is it working. nathan law, welcome to hardtalk. thank you.")
    'Nathan Law'
    """
    _, rx, job = _extra()
    for m in rx.finditer(t, 0, min(len(t), HEAD_CHARS)):
        name = _caption_name(m.group("phrase"), job) or _caption_name(m.group("more"), job) or _caption_name(m.group("called"), job)
        if name is not None:
            return name
    return None


#: a sentence that opens on the interview, before the name after "with" (or on the conversation, with up to three words
#: before it: "In this conversation with X, Editor-in-Chief, ...", "In a candid and exclusive interview with X, ..."; rule
#: O1 of pass 114)
_IN_AN_INTERVIEW_WITH = re.compile(r"(?:\A|[.!?\n][\"'\u201d\u2019]?\s+|\n)[ \t]*In[ \t]+(?:an?|this|the)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:interview|conversation|discussion|chat)[ \t]+with[ \t]+"
                                   r"(?:(?:journalist|reporter|correspondent|editor|host|anchor|presenter)[ \t]+)?\Z")


def outlet_asks(t: str, start: int, end: int) -> bool:
    """Whether the name at ``t[start:end]`` is the one a sentence opens its interview with, a comma
    after it: "In an exclusive interview with India Today Global, Brazil's President ... holds nothing
    back": the outlet or journalist who asks; the guest is the subject after the comma.

    >>> t = "In an exclusive interview with India Today Global, Lula holds nothing back."
    >>> outlet_asks(t, 31, 49), outlet_asks("Read our interview with Ana Ruiz, the envoy.", 24, 32)
    (True, False)
    >>> outlet_asks("In an interview with journalist Ivo Marsh, the envoy talks about the war.", 32, 41)
    True
    >>> outlet_asks("In an interview with Ivo Marsh at Villa Rosa, the president vowed to fight.", 21, 30)
    True
    >>> t = "In a brief interview with British journalist Ivo Marsh on a BBC show, the envoy was blunt."
    >>> outlet_asks(t, t.index("Ivo"), t.index("Ivo") + len("Ivo Marsh"))
    True
    >>> t = "Support is rising, says Ana Ruiz, the envoy, in a detailed interview with Ivo Marsh."
    >>> outlet_asks(t, t.index("Ivo"), t.index("Ivo") + len("Ivo Marsh"))
    True
    >>> t = "Prime Minister Ana Ruiz in an exclusive interview with Ivo Marsh spoke on a variety of issues."
    >>> outlet_asks(t, t.index("Ivo"), t.index("Ivo") + len("Ivo Marsh"))
    True
    >>> t = "In an exclusive interview with Ivo Marsh we discussed the war."
    >>> outlet_asks(t, t.index("Ivo"), t.index("Ivo") + len("Ivo Marsh"))
    False
    """
    if _COMMA_AFTER.match(t, end) is not None and _IN_AN_INTERVIEW_WITH.search(t, max(0, start - 60), start) is not None:
        return True
    if _WITH_JOURNALIST_SCAN.search(t, max(0, start - 80), start) is not None:
        return True  # "In a brief interview with British journalist Stephen Sackur on a BBC program, ...": the journalist asks
    # the sentence's speaker first, the interviewer at its end: "..., says Ana Ruiz, the envoy to the UN, in a
    # detailed interview with Ivo Marsh."
    said = _SAYS_THEN_INTERVIEW_SCAN.search(t, max(0, start - 400), start)
    if said is not None and _SENTENCE_END_AFTER.match(t, end) is not None:
        return True
    # the guest named (or telling) right before the cue: "Prime Minister Ana Ruiz in an exclusive interview with Ivo Marsh
    # spoke on ...", "Ana Ruiz, in an interview with Ivo Marsh, host of ...", "X ... tells in an interview with Y that"
    # (rule R15)
    return _SUBJECT_THEN_INTERVIEW.search(t, max(0, start - 80), start) is not None


#: an interview with a journalist named by the job, a few words before it ("interview with British journalist ",
#: "conversation with the BBC's veteran presenter "): the name after it asks, wherever the sentence goes on
_WITH_JOURNALIST = re.compile(r"\b(?i:interview|conversation|talk|chat)[ \t]+with[ \t]+(?:[\w'\u2019.-]+[ \t]+){0,3}?"
                              r"(?i:journalist|reporter|correspondent|presenter|anchor|interviewer|broadcaster)[ \t]+\Z")
#: "says X, ..., in a (detailed) interview with " right before a name
_SAYS_THEN_INTERVIEW = re.compile(r"\b(?:says|said|tells|told)[ \t]+[^.!?\n]{3,300}?[ \t,]in[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}"
                                  r"interview[ \t]+with[ \t]+(?:(?:journalist|reporter|correspondent|editor)[ \t]+)?\Z")
_SENTENCE_END_AFTER = re.compile(r"[ \t]*[.!?]")
#: a capitalised word (the guest's surname) or a telling verb right before "in an interview with " and a name
_SUBJECT_THEN_INTERVIEW = re.compile(r"(?:(?<![\w'\u2019-])(?!(?:In|During|An|A|The|This|And|But)\b)[A-Z][\w'\u2019-]+,?"
                                     r"|\b(?:tells|told|says|said|spoke|speaks|speaking|explains|explained))[ \t]+"
                                     r"(?:in|during)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}interview[ \t]+with[ \t]+"
                                     r"(?:(?:journalist|reporter|correspondent|editor|host|anchor)[ \t]+)?\Z")
#: (both searched only where the window holds a word every match holds: see _prefilter.Guarded)
_WITH_JOURNALIST_SCAN, _SAYS_THEN_INTERVIEW_SCAN = Guarded(_WITH_JOURNALIST), Guarded(_SAYS_THEN_INTERVIEW)


#: the subject after that comma: an office and a surname, then the verb ("President Mohamud vowed")
_SUBJECT_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?P<sur>[A-Z][\w'\u2019-]+)[ \t]+(?:said|says|[a-z]+ed|[a-z]+s)\b")
#: the comma after the interviewer's name, a place between them ("In an interview with David Okwemba at
#: Villa Somalia, President Mohamud vowed ...", "In an interview with Al Jazeera at his home in Lahore, Khan ...",
#: "In this interview with Esta Semana and CONFIDENCIAL, Orozco explains ...")
_COMMA_AFTER = re.compile(r"(?:[ \t]+(?:at|in)[ \t]+[^,.;:\n]{2,60}?|[ \t]+and[ \t]+[A-Z][\w&'\u2019.-]*(?:[ \t]+[A-Z][\w&'\u2019.-]*){0,3})?,")


_PARTICLE = re.compile("^" + PARTICLE_PREFIX)


#: a title that never ends a name
_TRAILING_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "sir", "gen", "col", "capt", "amb"})


#: a title that, before one word, is the name a person goes by ("Sheikh Hasina")
_NAME_TITLES = frozenset({"sheikh"})


@lru_cache(maxsize=8192)  # a pure function of the string (principal cleans each name twice)
def _clean(name: str) -> str | None:
    """The person's name in a capitalised run, without a title it ends with, or None.

    >>> _clean("Hla Kyaw Zaw Dr"), _clean("the minister"), _clean("Sheikh Hasina"), _clean("Sheikh Tamim bin Hamad")
    ('Hla Kyaw Zaw', None, 'Sheikh Hasina', 'Tamim bin Hamad')
    >>> _clean("NATO Secretary-General Jens Stoltenberg")
    'Jens Stoltenberg'
    """
    words = name.split()
    while words and words[0].lower() in _NOT_PERSON:
        if len(words) == 2 and words[0].lower() in _NAME_TITLES:
            break  # "Sheikh Hasina": the title is how the person is named
        words = words[1:]
    while len(words) > 2 and words[-1].lower().rstrip(".") in _TRAILING_TITLES:
        words = words[:-1]  # "Hla Kyaw Zaw Dr" from a name a page printed twice ("Dr. Hla Kyaw Zaw Dr. Hla Kyaw Zaw")
    if len(words) < 2 or words[-1].lower() in _NOT_PERSON or not _PARTICLE.sub("", words[-1])[:1].isupper():
        return None  # "al-Ansari" ends a name; "the minister" does not
    return person_part(" ".join(words))  # (an office in one hyphenated word comes off there: "Secretary-General Jens Stoltenberg")


def _folded(name: str) -> str:
    """A name without accents, in lower case: "María" is "maria"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower()


#: a first word glued from two names by the page's extraction: "PoltMichael" (not "McDonald", "MacArthur", "DeSantis")
_GLUED_FIRST = re.compile(r"(?P<left>[A-Z][a-z]{3,})(?=[A-Z][a-z]{2,}[ \t])")
#: the speaker's own words: "I", "my", "we", "our" (T5)
_OWN_WORDS = re.compile(r"\b(?:I|my|My|we|We|our|Our)\b")
#: a line, and a word of three letters or more (T5)
_LINE, _WORDY = re.compile(r"\S[^\n]*"), re.compile(r"[^\W\d_]{3,}")
#: a title that says who wrote the piece: "Article by Foreign Minister X", "Op-Ed by X"
_WRITTEN_BY = re.compile(r"(?<![\w-])(?:Article|Op-[Ee]d)[ \t]+by\b")
#: a title's surname and what the person says "on" ("Karzai on His Own", "...: Ruiz on the Peace Plan"), opening the
#: title or its part after a colon
_TITLE_SURNAME_ON = re.compile(rf"(?:\A|(?<=:)|(?<=\n))[ \t]*(?P<sur>{_CAP}[\w'\u2019-]+)[ \t]+on[ \t]+\S")


def journalists_outlet(t: str, name: str) -> bool:
    """Whether ``t`` writes ``name`` with a possessive before another person who talks to someone ("BW Businessworld's
    Manish Kumar Jha engages with ..."): an outlet and its journalist, no speaker (rule O5 of the 111th pass).

    >>> journalists_outlet("BW Businessworld's Manish Kumar Jha engages with the ambassador.", "BW Businessworld")
    True
    >>> journalists_outlet("Ana Ruiz's interview with the paper.", "Ana Ruiz")
    False
    >>> journalists_outlet("Spokesperson Hong Lei's Regular Press Conference on May 5", "Hong Lei")
    False
    """
    if name + "'s" not in t and name + "\u2019s" not in t:
        return False  # (a literal first: a regex per name compiled for every candidate cost a fifth of the time)
    return re.search(rf"\b{re.escape(name)}['\u2019]s[ \t]+(?:[a-z]+[ \t]+){{0,3}}[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{1,2}}"
                     r"[ \t]+(?:engages|engaged|interviews|interviewed|talks|talked|speaks|spoke|sat[ \t]+down|sits[ \t]+down|asks|"
                     r"asked|met|meets|caught[ \t]+up|chats|chatted)\b", t[:200_000]) is not None
