"""Small tests of single units the role pass asks: a unit in quotation marks, a question with its set-up, a
standfirst that announces the interview, a dash turn and the dash turns that ask and then comment; and the
patterns of a page that says it is an interview (:data:`_INTERVIEW_HINT`), of a host greeting the guest and of
an answer speaking back to the one who asked. Split out of :mod:`polisent.segment._roles`, whose
:func:`~polisent.segment._roles.assign_roles` applies them."""

from __future__ import annotations

import re
from functools import lru_cache

from polisent.segment._questions import YOU_ASKED
from polisent.segment._sentences import split_sentences
from polisent.segment._units import _LAST_SENTENCE, INTERROGATIVE, Unit, _is_q, _plain

__all__ = ["_ANSWERS_ASKER", "_GREETS_GUEST", "_INTERVIEW_HINT", "_INTERVIEW_LABEL", "_announces", "_asking_dash_turns",
           "_dash_opened", "_in_quotes", "_set_up_and_question", "asks_then_presses"]

#: a dash opening a turn: "- Well, ...", or an em dash glued to the first word ("\u2014How would you ...?")
_DASH_TURN = re.compile(r"[ \t]*(?:[\u2014\u2013-][ \t]+\S|\u2014(?=[A-Z\u00bf\u00a1\"\u201c]))")
#: ... or a hyphen glued to it, as Spanish and Portuguese papers print interviews ("-\u00bfVa a romper relaciones?",
#: "-Ah\u00ed no ..."): a hyphen before a word (never a font widget's "-A +A"), on a page with two such paragraphs or more
_GLUED_HYPHEN = re.compile(r"[ \t]*-(?=[\u00bf\u00a1\"\u201c]|[A-Z][a-z\u00e0-\u00ff])")
_GLUED_HYPHEN_PARA = re.compile(r"(?:^|\n)[ \t]*-(?=[\u00bf\u00a1\"\u201c]|[A-Z][a-z\u00e0-\u00ff])")
_DASH_BEFORE = re.compile(r"(?:^|\n)[ \t]*[\u2014\u2013][ \t]+\Z")  # the dash masked as a list mark


def _in_quotes(t: str, u: Unit) -> bool:
    """The unit opens and closes with a quotation mark ("\u201cNobody wanted ... a press release.\u201d")."""
    return t[u.content_start:u.content_start + 1] in "\"\u201c" and t[u.content_start:u.end].rstrip()[-1:] in "\"\u201d"


def _set_up_and_question(t: str, u: Unit, *, to_you: bool = True) -> bool:
    """A question paragraph with its set-up: at most four sentences, the last one put to "you"
    (any last sentence where not ``to_you``)."""
    sents = split_sentences(t, u.content_start, u.end)
    return 0 < len(sents) <= 4 and (not to_you or YOU_ASKED.search(t, *sents[-1]) is not None)


#: a paragraph that asks and presses holds at most 50 words: no need to split a longer one into sentences
_PRESSED_MAX_CHARS = 600


def asks_then_presses(t: str, u: Unit, to_you: bool = True) -> bool:
    """A question paragraph that asks first and then sets up or presses: at most three sentences and 50 words, the
    first put to "you" (where not ``to_you``, any that opens as a question: "Will ...", "But is there ...") and ending
    with "?", the last a statement ("How ready is your country to host the summit? Some of your neighbours doubt it.";
    rule Q1 of the 118th pass; the role pass needs two such paragraphs, or a page that says it is an interview).

    >>> t = "How ready is your country to host the summit? Some of your neighbours doubt it."
    >>> asks_then_presses(t, Unit(0, len(t), [0], 0, "plain", 0))
    True
    >>> t = "Is Europe ready? Not yet, and it will not be for years."
    >>> asks_then_presses(t, Unit(0, len(t), [0], 0, "plain", 0))
    False
    """
    if u.end - u.content_start > _PRESSED_MAX_CHARS or t.find("?", u.content_start, u.end) < 0:
        return False  # (cheap tests first: this runs on every paragraph, and a text may be one long paragraph)
    sents = split_sentences(t, u.content_start, u.end)
    if not 2 <= len(sents) <= 3 or len(t[u.content_start:u.end].split()) > 50:
        return False
    first, last = sents[0], sents[-1]
    if len(t[first[0]:first[1]].split()) < 6:
        return False  # "Why? Because ...": an answer's own question
    if not to_you and INTERROGATIVE.match(t, *first) is None:
        return False  # "It's safe to say ..., right? That's what they say.", "But for a chance to speak to ...? I could not miss it."
    return t[first[0]:first[1]].rstrip(" \t\"'\u201d\u2019").endswith("?") and (not to_you or YOU_ASKED.search(t, *first) is not None) \
        and t[last[0]:last[1]].rstrip(" \t\"'\u201d\u2019)")[-1:] in (".", "!")


#: the words of a standfirst that announces the interview in so many words ("talks with" may be
#: negotiations: "the minister announced talks with the rebels. Will they lead anywhere?")
_ANNOUNCEMENT = re.compile(r"(?i)\b(?:in\s+(?:this|an|the\s+following)\s+interview|interview(?:ed)?\s+by|"
                           r"in\s+conversation\s+with|we\s+interviewed|answer(?:s|ed)?\s+(?:\w+\s+){0,3}?questions)\b")


def _announces(t: str, u: Unit) -> bool:
    """The standfirst's line that announces the interview, even one ending in a rhetorical question
    ("In this interview, X talks about ... - what will happen next?"): never put to "you"."""
    return _ANNOUNCEMENT.search(t, u.content_start, u.end) is not None and YOU_ASKED.search(t, u.content_start, u.end) is None


def _dash_opened(text: str, u: Unit) -> bool:
    """The unit opens with a dash turn mark (perhaps masked as a list mark before ``u.start``)."""
    return _DASH_TURN.match(text, u.start, u.end) is not None or _DASH_BEFORE.search(text, max(0, u.start - 6), u.start) is not None \
        or (_GLUED_HYPHEN.match(text, u.start, u.end) is not None and _hyphen_dialogue(text))


@lru_cache(maxsize=4)
def _hyphen_dialogue(text: str) -> bool:
    """Whether two paragraphs or more of ``text`` open with a hyphen glued to a word (a dialogue's turns).

    >>> _hyphen_dialogue("-Ha sido claro. \u00bfVa a romper?\\n\\n-No en este a\u00f1o."), _hyphen_dialogue("-We turn now to questions.")
    (True, False)
    """
    found = _GLUED_HYPHEN_PARA.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


#: a hyphen opening a paragraph, masked as a list mark: "- What happened to the American partners?"
_HYPHEN_BEFORE = re.compile(r"(?:^|\n)[ \t]*-[ \t]+\Z")


def _hyphen_masked(text: str, u: Unit) -> bool:
    """``u`` opens after a hyphen that the masking took for a list mark ("- What happened ...?")."""
    return _HYPHEN_BEFORE.search(text, max(0, u.start - 6), u.start) is not None


def hyphen_exchange(text: str, t: str, content: list[Unit], k: int) -> bool:
    """A question paragraph opened by a hyphen and answered by the next paragraph, opened by a hyphen
    too and no question ("- What happened to the American partners?" / "- This mass psychosis has
    swept them clean of any rationality."): a dialogue printed with hyphens, as a Russian transcript's
    translation prints it, not a bulleted list (whose items are lines of one paragraph)."""
    if k + 1 >= len(content):
        return False
    u, v = content[k], content[k + 1]
    return u.para != v.para and v.form == "plain" and not _is_q(t, v) \
        and all(_hyphen_masked(text, w) for w in (u, v))


_ASKS_INSIDE = re.compile(r"\?[\"'\u201d\u2019)]*[ \t]+[\"\u201c]?[A-Z]")


def _asking_dash_turns(text: str, t: str, content: list[Unit], plain_q: list[Unit]) -> list[Unit]:
    """In a dash-marked interview, the turns that ask and then comment ("- Why does Russia want
    America to stay? ... Obviously, Russia cannot succeed militarily." / "- Well, I think ..."):
    turns alternate, so a dash turn that asks inside, comes after an answer and is answered by the
    next dash turn is the interviewer's, though it does not end with its question."""
    dashed = [u for u in content if u.form == "plain" and _dash_opened(text, u)]
    if len(dashed) < 3 or not plain_q:
        return []
    out = []
    asked = {id(x) for x in plain_q}
    for a, u, b in zip(content, content[1:], content[2:]):
        if id(u) in asked or u.form != "plain" or not _dash_opened(text, u) or len(_plain(t, u).split()) > 80:
            continue
        if id(a) in asked or not _dash_opened(text, a) or not _dash_opened(text, b) or _is_q(t, b):
            continue
        if _ASKS_INSIDE.search(t, u.content_start, u.end) and not _ASKS_INSIDE.search(t, b.content_start, b.end):
            out.append(u)
    return out


def dash_prompts(text: str, t: str, content: list[Unit], plain_q: list[Unit]) -> list[Unit]:
    """In a dash-marked interview that asks at least once, a dash turn that ends on a request instead of a question
    ("- As it is known, the district is a key point of ... . Please tell us about the results of the past year." / "- At
    the moment more than 100 companies ..."), answered by the next dash turn of 20 words or more that does not ask: the
    interviewer's too (rule D1 of pass 116). A hyphen masked as a list mark counts as the dash."""
    if not plain_q:
        return []
    asked = {id(x) for x in plain_q}

    def opened(u: Unit) -> bool:
        return _dash_opened(text, u) or _hyphen_masked(text, u)

    if not any(opened(u) for u in plain_q):
        return []
    out = []
    for u, b in zip(content, content[1:]):
        if id(u) in asked or id(b) in asked or u.form != "plain" or b.form != "plain" or len(_plain(t, u).split()) > 120:
            continue
        if not (opened(u) and opened(b)) or _is_q(t, b) or len(_plain(t, b).split()) < 20:
            continue
        last = max((m.end() for m in _LAST_SENTENCE.finditer(t, u.content_start, max(u.content_start, u.end - 2))), default=u.content_start)
        if _DASH_PROMPT.match(t, last, u.end) is not None:
            out.append(u)
    return out


#: a request that ends an interviewer's dash turn: "Please tell us about ...", "Could you describe ...", "Tell us ..."
_DASH_PROMPT = re.compile(r"[ \t]*(?:(?:and|so|now)[ \t,]+)?(?i:(?:please[ \t,]+)?(?:tell|give|describe|explain|share[ \t]+with)[ \t]+(?:us|me|our[ \t]+readers)\b|"
                          r"(?:could|would|can)[ \t]+you[ \t]+(?:please[ \t]+)?(?:tell|describe|explain|share|comment|elaborate|outline|give)\b|"
                          r"please[ \t]+(?:describe|explain|comment|elaborate|outline)\b)")


def _dash_answered_questions(text: str, t: str, content: list[Unit], plain_q: list[Unit]) -> list[Unit]:
    """A dash-marked question paragraph with a long set-up ("- Mr. President, thank you for ... . We are talking
    hours before your visit ... . What is your agenda? How do you foresee the talks?"), more sentences than a
    plain question paragraph may hold, answered by the next paragraph's dash turn, which does not ask.
    (A hyphen masked as a list mark counts too where both are turns of 20 words or more, no list's items.)"""
    asked = {id(x) for x in plain_q}

    def opened(u: Unit) -> bool:
        return _dash_opened(text, u) or (_hyphen_masked(text, u)
                                         and len(_plain(t, u).split()) >= 20)

    return [u for u, b in zip(content, content[1:]) if id(u) not in asked and u.form == "plain" and b.form == "plain"
            and _is_q(t, u) and len(_plain(t, u).split()) <= 150 and opened(u) and opened(b) and not _is_q(t, b)]


#: a title or kicker labelled as an interview ("Interview: is the dream of ... ending?", "Q&A | ...")
_INTERVIEW_KICKER = r"[ \t*_#]*(?:(?:exclusive|video|audio)[ \t]+)?(?:interview|q[ \t]*&[ \t]*a)"
_LABELLED = _INTERVIEW_KICKER + r"[ \t]*[:|\u2013\u2014-]"
_INTERVIEW_LABEL = re.compile("(?i)" + _LABELLED)
_INTERVIEW_HINT = re.compile(
    r"(?im)(?:^" + _LABELLED + "|"  # "Interview: ..." at a line's start
    r"^" + _INTERVIEW_KICKER + r"[ \t*_]*$|"  # "Interview", a kicker alone on its line
    r"^[ \t*_]*(?:edited[ \t]+)?excerpts[ \t]*:?[ \t*_]*$|"  # "Excerpts:" alone on its line, over the questions
    r"\b(?:an?\s+(?:(?:exclusive|wide-ranging|recent|candid|lengthy|rare|special|extended|in-depth|detailed|two-part|[a-z]+-part|email|e-mail|phone|telephone|video)\s+)?interview(?:\s+with|\s*,(?=\s+(?:Ms|Mr|Mrs|Dr|[A-Z][a-z]+\s+[A-Z])))|"
    # ("In a wide-ranging interview, Ms Ana Ruiz told about ...": the interview and the name after its comma; rule
    # A2 of the 111th pass)
    # "In our interview ...", "Interview to X, Vice-Minister ..." opening a line (a translation's "interview to")
    r"in\s+(?:our|this)\s+(?:(?:exclusive|recent|special)\s+)?interview\b|"
    # the editor's note on the talk below: "Our conversation, which has been edited for length and clarity, is below."
    r"(?:our|this|the)\s+conversation,?\s+(?:which\s+)?(?:has\s+been\s+|was\s+|is\s+)?(?:lightly\s+)?(?:edited|condensed)\b|(?:exclusive|special)\s+interview\s+with\b|(?<![^\n])[ \t*_]*interview\s+to\s+(?-i:[A-Z])|"
    r"in\s+an?\s+(?:exclusive\s+)?interview,?\s+(?:exclusively\s+)?(?:for|to)\s+(?-i:[A-Z])|interview(?:ed)?\s+by|"
    # (the outlet it went to may come first: "he granted Czech Radio an exclusive interview", "gave us an interview"; pass 121)
    r"(?:(?:has|had)\s+)?(?:gives|gave|given|granted|grants)\s+(?:(?:us|me|(?-i:[A-Z])[\w.&'\u2019-]*)\s+){0,3}?(?:an?\s+)?(?:(?:exclusive|rare|wide-ranging|special|joint|lengthy|brief|written|televised|telephone)\s+)?interview\b|(?:in\s+)?conversation\s+with|q\s*&\s*a\b|"
    # ... and in Spanish, Portuguese, French and Italian: "concedi\u00f3 una entrevista", "a accord\u00e9 un entretien"
    r"(?:concedi[\u00f3o]|concede|concedeu|concesso|accord[\u00e9e]|accorde)\s+(?:una|uma|un|une)\s*['\u2019]?\s*(?:entrevista|entretien|interview|intervista)\b|"
    r"(?:spoke|speaks|speaking|talked|talks|talking|sat\s+down)\s+(?:(?:by\s+(?:phone|telephone|video|zoom|e-?mail)|recently|briefly|exclusively)\s+)?(?:to|with)|this\s+interview\b|appear(?:s|ed)?\s+on\s+(?:[\w'\u2019.&-]+,?\s+){0,6}?(?:radio|channel|program(?:me)?|show|podcast)\b|the\s+interview\b|(?:we|has|have|had)\s+interviewed\b|"
    r"answer(?:s|ed)?\s+(?:to\s+)?(?:\w+\s+){0,3}?(?:our|my|the|your|submitted|these|[A-Z][\w.-]*['\u2019]s)\s+(?:\w+\s+)?questions|"
    # "Azeri.Today interviews Professor X.": an outlet or a journalist, then the verb (not "Exclusive Interviews &"); in
    # the past too ("The Jakarta Globe's Telly Nathalia interviewed Foreign Minister X"; rule I1 of pass 116)
    r"(?-i:[A-Z][\w.&'\u2019-]*)\s+(?-i:interview(?:s|ed))\s+(?-i:[A-Z])|"
    # '..., Dawar tells Syed Firdaus Ashraf/Rediff.com.': the journalist and the outlet credited
    r"\b(?:tells|told)\s+(?-i:(?:[A-Z][\w.'\u2019-]*\s+){1,3}?[A-Z][\w.'\u2019-]*\s*/\s*[A-Z][\w.-]*)|"
    # '..., Dr Kugelman tells Rediff's Archana Masih.': the outlet's journalist who put the questions
    r"\b(?:tells|told)\s+(?-i:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['\u2019]s?\s+(?:[A-Z][\w'\u2019-]+\s+){1,2}?[A-Z][\w'\u2019-]+)\s*[.:]\s*$))"
)


#: the interviewer greeting the guest: "Thank you for accepting my invitation", "Hello, Mr President"
_GREETS_GUEST = re.compile(r"(?i)\bthank\s+you\s+(?:very\s+much\s+|so\s+much\s+)?for\s+(?:accepting\s+(?:my|our)\s+invitation|"
                           r"joining\s+(?:me|us)|being\s+(?:here|with\s+(?:me|us))|taking\s+the\s+time)\b|"
                           r"\b(?:hello|good\s+(?:morning|evening|afternoon)),?\s+(?:mr|madam|mrs|ms|dr|professor|sir|ambassador|minister|president)\b")


#: an answer that speaks back to the interviewer: "as you said", "your question", "good question"
_ANSWERS_ASKER = re.compile(r"(?i)\bas\s+you\s+(?:(?:just|rightly|correctly)\s+)?(?:said|mentioned|noted|pointed\s+out|put\s+it|suggested|asked)\b"
                            r"|\byour\s+question\b|\byou\s+(?:just\s+)?(?:asked|mentioned)\b|\b(?:good|great|excellent|interesting)\s+question\b")


#: a prompt that trails off instead of asking: "Could you explain what this means, in terms of meetings, participation\u2026"
_TRAILS_OFF = re.compile(r"(?:\u2026|\.\.\.)[ \t\"\u201d]*\Z")
#: ... and opens as a question or puts it to "you" ("So you say that is the reason why ...")
_PROMPT_OPEN = re.compile(r"(?i)[ \t\"\u201c\u2014\u2013-]*(?:(?:so|and|but|now),?[ \t]+)?(?:(?:could|would|can|will|do|does|did|is|are|was|"
                          r"were|have|has|what|why|how|when|where|who|which)\b|(?:[\w'\u2019]+[ \t]+){0,3}you\b)")


def trailing_prompts(t: str, content: list[Unit], plain_q: list[Unit]) -> list[Unit]:
    """In an interview that asks elsewhere, a short paragraph that opens as a question (or puts it to "you") and trails
    off ("Could you explain ... participation\u2026", "So you say that is the reason why ...\u2026"), between two paragraphs
    that do not ask: the interviewer's prompt (pass 121). Marks each ``asks``."""
    if not plain_q or any(u.form == "label" or u.label for u in content):
        return []  # (a labelled transcript's turns trail off where the other speaker cuts in)
    asked = {id(u) for u in plain_q}
    out = [b for a, b, c in zip(content, content[1:], content[2:]) if b.form == "plain" and id(b) not in asked
           and a.form == "plain" and c.form == "plain" and id(a) not in asked and id(c) not in asked
           and len(_plain(t, b).split()) <= 60 and _TRAILS_OFF.search(t, max(b.content_start, b.end - 4), b.end)
           and _PROMPT_OPEN.match(t, b.content_start, b.end) and not t.startswith(("\u2026", "..."), b.content_start)
           and len(split_sentences(t, b.content_start, b.end)) == 1]  # (one sentence, no continuation of a cut one)
    for u in out:
        u.asks = True
    return out
