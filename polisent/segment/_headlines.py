"""Lines that read as headlines: a label's line quoting the person, a line in title case, a short first line
over a new sentence, a label whose words the text also writes in lower case. Split out of
:mod:`polisent.segment._structure`, whose :func:`~polisent.segment._structure.build_units` applies them."""

from __future__ import annotations

import re

from polisent.segment._person_names import is_person_name, person_part
from polisent.segment._phrase_words import lexical_run
from polisent.segment._prefilter import bounded_spans

__all__ = ["_common_words", "_headline", "_headline_after_label", "_lead_in", "_reported_after", "_spoken_opening", "_title_like", "person_speaks"]

_HEADLINE_QUOTE = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]")


def _headline_after_label(t: str, cs: int, le: int, alone: bool) -> bool:
    """Whether a label's line reads as a headline that quotes the person: alone in its paragraph,
    at most 16 words, no sentence end, and a quotation or a lower-case or number start ("on Wagner, “...”").

    >>> _headline_after_label("Ann Lee: on Iran, \u201cTalks will fail\u201d", 8, 36, True)
    True
    >>> _headline_after_label("Ann Lee: Talks will fail. They always do.", 8, 41, True)
    False
    >>> _headline_after_label("Ann Lee: 20 people, 20 questions", 8, 32, True)  # (a number opens no turn's sentence)
    True
    """
    body = t[cs:le].strip()
    words = body.split()
    if not alone or not words or len(words) > 16 or body.rstrip("\"\u201d\u00bb'\u2019)")[-1:] in ".!?:":
        return False
    return _HEADLINE_QUOTE.search(body) is not None or body[0].islower() or body[0].isdigit()


#: a reporting verb after a surname: "Aadan said", "Aadan hailed" (the text reports the person in the third person)
_REPORTED = r"[ \t]+(?:said|says|told|tells|added|adds|noted|notes|stressed|stresses|hailed|hails|insisted|insists|argued|argues|" \
    r"warned|warns|urged|urges|explained|explains|expressed|expresses|welcomed|welcomes|emphasi[sz]ed|emphasi[sz]es)\b"


def _reported_after(t: str, label: str, start: int, *, short: int = 12) -> bool:
    r"""Whether ``label`` reads as a headline of a report on its person ("Somali Foreign Minister Aadan: Somalia is open
    for business" over "... Aadan said ..."): a short line (at most ``short`` words after the label) with no sentence
    end, and the text after ``start`` writes the label's surname as the subject of a reporting verb. Nobody calls
    himself by surname in his own turn.

    >>> t = "Minister Aadan: Somalia is open for business\nAadan said the message is simple."
    >>> _reported_after(t, "Minister Aadan", 16)
    True
    >>> _reported_after("Ann Lee: Talks will fail\nThey always do.", "Ann Lee", 9)
    False
    """
    words = label.split()
    end = t.find("\n", start)
    end = len(t) if end < 0 else end
    line = t[start:end].strip()
    if not words or not line or len(line.split()) > short or line.endswith((".", "!", "?", ":", "\u2026")):
        return False
    return re.search(rf"\b{re.escape(words[-1])}{_REPORTED}", t[end:]) is not None


def _common_words(t: str, label: str) -> bool:
    """A label half of whose words the text also writes in lower case is a lead-in, not a name:
    "Economic Interests: These relate to gold ..." / "Military Aspirations: The UAE might ...".

    >>> _common_words("Economic Interests: gold. Its economic interests are large.", "Economic Interests")
    True
    >>> _common_words("Peter Lund: The port is calm. Lund says so.", "Peter Lund")
    False

    An office before the name is no lead-in's word ("Ambassador Prasad:" under "Fiji's ambassador to the UN"):

    >>> _common_words("Ambassador Prasad: We are ready. The ambassador spoke.", "Ambassador Prasad")
    False
    >>> _common_words("Senator WONG: I thank the senator.", "Senator WONG")
    False
    """
    words = [w for w in label.split() if len(w) > 2 and not w.isupper()]
    named = [w for w in words if not _ROLE_WORD.fullmatch(w) and w.lower() not in _OFFICE_QUALIFIERS]
    if words and not named and any(w.isupper() and len(w) > 1 for w in label.split()):
        return False  # an office before a surname in capitals ("Senator WONG:" where the text says "the senator"; pass 119)
    if named and len(named) < len(words) and named[-1] == words[-1]:
        words = named  # (the office's words count for nothing: only the name after them)
    if not words:
        return False
    low = sum(next(bounded_spans(t, w.lower()), None) is not None for w in words)
    return 2 * low >= len(words)


#: words that qualify an office ("Prime Minister", "Foreign Secretary", "Deputy Director")
_OFFICE_QUALIFIERS = frozenset("prime foreign deputy vice former chief general defence defense senior state acting".split())
#: a word of a speaker's role or office, which a turn label of common words may be ("SENIOR ADMINISTRATION
#: OFFICIAL:", "MODERATOR:"), unlike a lead-in of them ("FULL STORY:")
_ROLE_WORD = re.compile(r"(?i)\b(?:officials?|minister|secretary|spokes(?:person|man|woman)|ambassador|envoy|president|"
                        r"representative|commissioner|chancellor|premier|governor|moderator|host|operator|reporter|"
                        r"journalist|questioner|audience|participant|member|senator|speaker|chair(?:man|woman|person)?|"
                        r"interpreter|translator|narrator|announcer|anchor|correspondent|voice|vox|caller|student|delegate|"
                        # an outlet asking ("Coast Daily:", "Global Times:", "Observer Network:", "Federal News Agency:")
                        r"network|news|times|agency|radio|television|channel|press|daily|broadcasting|newspaper)s?\b")


def _lead_in(label: str) -> bool:
    """A label of a phrase's words (:func:`lexical_run`) that names no role and holds no function word:
    a lead-in ("FULL STORY:", "Cold Front:"), not a role ("SENIOR ADMINISTRATION OFFICIAL:", "VOX POP:"), an
    outlet that asks ("Coast Daily:", "Global Times:"),
    a page's prompt ("CONNECT WITH US:") or the tail of a longer label ("FOR DEFENCE:").

    >>> _lead_in("FULL STORY"), _lead_in("SENIOR ADMINISTRATION OFFICIAL"), _lead_in("FOR DEFENCE"), _lead_in("Mark Field")
    (True, False, False, False)
    """
    return lexical_run(label) and _ROLE_WORD.search(label) is None \
        and not any(w.lower() in _LABEL_FUNCTION_WORDS for w in label.split())


#: words of a prompt or of a label's tail, not of a lead-in
_LABEL_FUNCTION_WORDS = frozenset("for with us our we you your to of on in at by from and or the a an".split())


#: the longer prepositions and conjunctions that a title in title case writes in lower case
_TITLE_CASE_LOWER = frozenset("from with into onto over upon than that this about after before under between against without within "
                              "through across among amid during versus toward towards".split())


def _headline(t: str, start: int, end: int, *, min_words: int = 3, share: float = 0.75, max_words: int | None = None) -> bool:
    """A line in title case with no sentence end: "The Wagner Group, One Year After Prigozhin"; at
    least ``min_words`` words of four letters or more, ``share`` of them capitalised, and at most
    ``max_words`` words in all when given ("A Diplomatic Quandary" with 2, 1.0 and 12).

    >>> _headline(" A Diplomatic Quandary", 0, 22, min_words=2, share=1.0, max_words=12)
    True
    >>> _headline("The talks failed again", 0, 22, min_words=2, share=1.0), _headline("Talks Fail.", 0, 11, min_words=2)
    (False, False)
    >>> _headline("Coming In from the Cold", 0, 23, min_words=2)
    True
    """
    line = t[start:end].strip()
    # (title case leaves its longer prepositions in lower case: "Coming In from the Cold")
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", line) if len(w) > 3 and w not in _TITLE_CASE_LOWER]
    if len(words) < min_words or (max_words is not None and len(line.split()) > max_words) \
            or line.endswith((".", "!", "?", ":", "\u2026")):
        return False
    return sum(w[0].isupper() for w in words) >= share * len(words)


def _title_like(t: str, fs: int, le: int, next_char: str) -> bool:
    """A short first line without final punctuation, followed by a line that starts a new
    sentence (a subtitle, a byline, a date), not by the rest of a wrapped sentence."""
    line = t[fs:le].rstrip()
    return 0 < len(line.split()) <= 20 and line[-1] not in ".,;:-" and not next_char.islower()


def _spoken_opening(rest: str) -> bool:
    """The words after a first line's label are a statement's opening, not a title's: more than 20 words, an address
    or a thanks among them, ending in a full stop ("FOREIGN SECRETARY X: Thank you, Secretary Y, for hosting us; ...
    thank you very much."; rule O1 of the 103rd pass).

    >>> _spoken_opening(" Thank you, Secretary Lee, for hosting us; thank you all for being here, and to all the people "
    ...                 "involved, from the government as well as the agencies, thank you very much.")
    True
    >>> _spoken_opening(" Russia is buying time"), _spoken_opening(" Good afternoon dear ladies and gentlemen!")
    (False, True)
    """
    words = rest.split()
    if _ROOM_GREETING.match(rest) is not None:
        return True  # "PRESIDENT OF RUSSIA VLADIMIR PUTIN: Good afternoon dear ladies and gentlemen!" (rule S5 of pass 116)
    return len(words) > 20 and rest.rstrip().endswith(".") and _THANKS_OR_ADDRESS.search(rest) is not None


def person_speaks(label: str, rest: str, written: str = "") -> bool:
    """A first line's label and the words after it are a person's turn, not a title that quotes the person: the label
    names a person and two full sentences follow it (no headline runs to two; rule F1 of the 118th pass, the issue's
    "a turn label seen once is enough"). A label ``written`` with a description ("MARY KELLY, HOST:") is left to the
    rules on a host's introduction.

    >>> person_speaks("PRESIDENT ANNA BERG", " I sincerely appreciate your presence at this meeting. The mere fact that we meet is important.")
    True
    >>> person_speaks("Tom Weiss", " \u2018We will not send troops. Never,\u2019 says the minister of the small country")
    False
    >>> person_speaks("Anna Berg", " No deal. Here is why"), person_speaks("Nigeria Elections", " Voters Go To The Polls. The count has begun in the states.")
    (False, False)
    """
    if len(rest.split()) < _TWO_SENTENCES_MIN_WORDS or rest.lstrip()[:1] in _QUOTE_OPENERS or rest.rstrip()[-1:] not in ".!?" \
            or _SENTENCE_SPLIT.search(rest) is None or "," in written:
        return False
    name = person_part(label)
    return name is not None and is_person_name(name)


#: a full stop after a word of three lower-case letters or more, then the next sentence's capital (not "U.S. President",
#: "Mr. Biden", "Gen. Smith")
_SENTENCE_SPLIT = re.compile(r"[a-z\u00df-\u00ff]{3}[.!?][\"'\u201d\u2019)]*[ \t]+[\"'\u201c\u2018(]?[A-Z\u00c0-\u00de]")
#: at least this many words after the label (a headline may end on a second short sentence: "Scholz: No Taurus. Here is why")
_TWO_SENTENCES_MIN_WORDS = 12
#: a headline that quotes the person opens with the quotation mark ("Kaja Kallas: \u2018We should stop ...\u2019")
_QUOTE_OPENERS = frozenset("\"'\u201c\u2018\u201e\u00ab")


#: a speaker greeting the room, which no headline opens with: "Good afternoon, dear ladies and gentlemen!"
_ROOM_GREETING = re.compile(r"(?i)[ \t]*(?:good[ \t]+(?:morning|afternoon|evening|day)|dear[ \t]+(?:friends|colleagues|ladies)|"
                            r"ladies[ \t]+and[ \t]+gentlemen|hello,?[ \t]+everyone)\b[^\n]{0,80}[.!][ \t]*\Z")


#: the opening words of a statement: a thanks or an address to the room
_THANKS_OR_ADDRESS = re.compile(r"(?i)\b(?:thank[ \t]+you|thanks|good[ \t]+(?:morning|afternoon|evening)|ladies[ \t]+and[ \t]+gentlemen|"
                                r"dear[ \t]+(?:colleagues|friends))\b")
