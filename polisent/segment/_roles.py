"""Kinds and roles of the units: which are questions, answers, the author's text or headings.

Decides whether a text is an interview (question lines, turn labels, ``Q:``/``A:``, role labels),
an explainer that asks its own questions, an op-ed whose headings ask, or a report that quotes;
then walks the units giving each a kind and a role. Speakers are named later
(:mod:`._speakers`). Shared by :func:`._structure.build_units`.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._clutter_context import neighbour_clutter
from polisent.segment._hosts import _interviewer, co_hosts, handover, press_desc_label, welcoming_self
from polisent.segment._interview_questions import (  # noqa: F401 - importable from here, as before the split
    _ASR_QUESTION, _BARE_PROMPT, _BARE_TOPIC, _BULLET_LINE, _NUMBERED_Q, _ON_TOPIC, _QUOTED_Q, _QUOTED_Q_SCAN,
    _REPORTED, _THANKED, _THANKED_SCAN, _WHOLLY_QUOTED, _announced, _hinted_question, _writers_questions,
)
from polisent.segment._labels import _OFFICIAL, _ROLE_LABELS, _label_is_host, narrated
from polisent.segment._questions import (
    _OPINION_KICKER,
    _YOU,
    _head_end,
    _states_then_asks,
    explainer_question,
    numbered,
    question_run,
    restates_title,
    single_sentence,
)
from polisent.segment._role_cues import (_INTERVIEW_HINT, _announces, _asking_dash_turns, _dash_answered_questions, _dash_opened, dash_prompts,
                                         _in_quotes, _set_up_and_question, asks_then_presses, trailing_prompts)
from polisent.segment._sentences import split_sentences
from polisent.segment._turn_roles import (_asked_line, _askers, _bare_exchanges, _doubled, _followups, _headline_labels,
                                          _opens_asking, _runs_on, _short_asker, anchor_lead, asking_label_exchange, headline_turn)
from polisent.segment._units import _GLUED_CUE, _WORD, INTERROGATIVE, Unit, _is_q, _plain

__all__ = ["assign_roles"]

logger = logging.getLogger(__name__)
#: the first person singular an answer speaks in (rule Q1)
_I = re.compile(r"\bI\b(?![.'\u2019]?[A-Z])")

#: a host's opening: "Hello, I'm X, and this is <show>", "Welcome to <show>, I'm X"
_HOSTED = re.compile(r"(?i)\b(?:i['\u2019]m|i\s+am)\s+(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?),?\s+and\s+this\s+is\b"
                     r"|\bwelcome\s+to\s+[^.\n]{1,60}[.,]\s+i['\u2019]m\s+(?-i:[A-Z])")
#: ... and the guest it brings in ("joining us is", "with me now is", "my guest today is")
_JOINING = re.compile(r"(?i)\b(?:joining\s+(?:us|me)|with\s+(?:us|me)\s+(?:now|today)|(?:my|our)\s+guests?(?:\s+today)?)\s+(?:now\s+|today\s+)?(?:is|are)\b")
#: a standfirst that ends by handing over to a quotation ("..., and adds:")
_HANDS_TO_QUOTE = re.compile(r"\b(?:adds|added|says|said|notes|noted|argues|argued|explains|explained|warns|warned)[ \t]*:[ \t]*\Z")
#: a first line that ends a sentence inside a closing quote ('... is "leaving Armenia behind."') is a
#: lede, unless the whole line is the quotation (a quoted title: '"It's a shame what they did."')
_LEDE_END = re.compile(r"\A[^\"'\u201c\u2018].*[.;,][\"'\u201d\u2019)]+\s*\Z", re.DOTALL)


#: a paragraph of this many words or more after a bio's first paragraph is the text's own (on the dev
#: sets, every such paragraph an "Author" heading swallowed was text; the bios' other paragraphs were shorter)
_BODY_WORDS = 40


#: a page's word or two over a title, no sentence ("Share", "Opinion", "World")
_KICKER_WORDS = re.compile(r"[ \t]*[A-Z][\w&'\u2019-]*(?:[ \t]+[A-Za-z][\w&'\u2019-]*)?[ \t]*")


def assign_roles(text: str, t: str, units: list[Unit], accepted: dict[str, str], timed_from: int | None = None, *,
            talk_from: int | None = None, inline_questions: bool = False) -> None:
    """Decide kind / role for every unit (speakers are filled in by :func:`_speakers`)."""
    # clutter that swallows the paragraphs after it ("About the author" + bio)
    for i, u in enumerate(units):
        if u.form == "clutter" and u.following:
            paras_seen: set[int] = set()
            for v in units[i + 1:]:
                if v.form in ("label", "heading") and not (v.form == "heading" and v.para == u.para):
                    break
                if v.para != u.para:
                    paras_seen.add(v.para)
                if len(paras_seen) > u.following:
                    break
                if (len(paras_seen) > 1 or len(u.lines) > 1) and len(_plain(t, v).split()) >= _BODY_WORDS:
                    break  # after the bio (its first paragraph, or lines of the heading's own unit), a long
                    # paragraph is the text's own: an "Author:" label in the page's header ("Author:" /
                    # "Name, Institute" / "Download PDF", then the article)
                v.form, v.reason = "clutter", u.reason
    neighbour_clutter(text, t, units)
    content = [u for u in units if u.form != "clutter"]
    doubled = _doubled(t, content) | _headline_labels(t, content)
    head_q = [u for u in content if u.form == "heading" and _is_q(t, u) and id(u) not in doubled]
    # a page that prints every turn in quotation marks (questions and answers alike): the marks are
    # the page's style, not a report of someone else's question
    quoted = [u for u in content if u.form == "plain" and _in_quotes(t, u)]
    all_quoted = len(quoted) >= 4 and 3 * len(quoted) >= 2 * sum(u.form == "plain" for u in content)
    plain_q = [u for u in content if u.form == "plain" and id(u) not in doubled and _is_q(t, u) and (len(u.lines) == 1 or single_sentence(t, u))
               and len(_plain(t, u).split()) <= 80 and not _QUOTED_Q_SCAN.search(t, u.content_start + 1, u.end)
               and not (_WHOLLY_QUOTED.fullmatch(t, u.content_start, u.end) and not all_quoted) and not _announces(t, u)]
    # a bulleted list of questions inside one paragraph ("Three questions hang over it:" / "- Will the truce hold?" /
    # "- Who pays for the rebuilding?"): the writer's own list, no interviewer's turns
    listed = Counter(u.para for u in plain_q if _BULLET_LINE.match(text, t.rfind("\n", 0, u.end) + 1))
    plain_q = [u for u in plain_q if listed[u.para] < 2]
    plain_q += _asking_dash_turns(text, t, content, plain_q)
    plain_q += _dash_answered_questions(text, t, content, plain_q)
    plain_q += dash_prompts(text, t, content, plain_q)
    # a question printed as the title's second line, a labelled turn answering it ("An Interview with
    # X and Y" / "What interests does ... have in Africa?" / "X: In Africa ..."): the opening question
    plain_q += [u for u, v in zip(content, content[1:]) if u.form == "subtitle" and v.form == "label" and id(u) not in doubled
                and _is_q(t, u) and len(u.lines) == 1]
    # a magazine's Q&A that asks in imperatives, a paragraph each ("Explain the reasons behind ...",
    # "Assess the impact of ..."): two of them or more
    in_pq = {id(u) for u in plain_q}  # (identity: a dataclass's "in" compares every field, quadratic on long texts)
    prompts = [u for u in content if u.form == "plain" and id(u) not in in_pq and _BARE_PROMPT.match(t, u.content_start, u.end)
               and len(_plain(t, u).split()) <= 60 and len(split_sentences(t, u.content_start, u.end)) == 1]
    if len(prompts) >= 2:
        for u in prompts:
            u.asks = True
        plain_q += prompts
    # a question paragraph with its set-up ("The past administrations have ... . Do you think ...?"):
    # a few sentences put to "you", the last one asking
    # where the standfirst announces the interview ("X answered Turan's questions"), such a paragraph
    # asks whether or not it says "you" ("- It seems relations are tense. Is it so?")
    # (a paragraph of its own, never lines of a timed transcript, where a block runs answers into questions)
    heralded = timed_from is None and any(_INTERVIEW_HINT.search(t, u.start, u.end) for u in content[:8] if u.form == "plain")
    per_para = Counter(u.para for u in content)
    in_pq = {id(u) for u in plain_q}
    plain_q += [u for u in content if u.form == "plain" and id(u) not in in_pq and _is_q(t, u) and len(_plain(t, u).split()) <= 120
                and _set_up_and_question(t, u, to_you=not (heralded and per_para[u.para] == 1))
                and not _QUOTED_Q_SCAN.search(t, u.content_start + 1, u.end)]
    # question paragraphs that ask first and then press ("How ready is your country? Some of your neighbours doubt it."):
    # two or more put to "you", then the same shape without "you" too; any, on a page that says it is an interview
    # (rule Q1 of the 118th pass)
    in_pq = {id(u) for u in plain_q}
    shaped = [u for u in content if u.form == "plain" and id(u) not in in_pq and id(u) not in doubled]
    enough = len([u for u in shaped if asks_then_presses(t, u)]) >= 2
    pressed = [u for u in shaped if asks_then_presses(t, u, to_you=False)]
    if pressed and not enough and not heralded:  # (the page's words on the interview searched only when needed)
        # (heralded searched the same words where timed_from is None; here only a text whose timing starts at its end)
        said = timed_from is not None and timed_from >= len(t) \
            and any(_INTERVIEW_HINT.search(t, u.start, u.end) for u in content[:8] if u.form == "plain")
        pressed = pressed if said else []
    for u in pressed:
        u.asks = True
    plain_q += pressed
    plain_q += trailing_prompts(t, content, plain_q)  # "Could you explain ... participation\u2026" (pass 121)
    # an opinion page (its kicker says so: "Opinion by X", "Insight & Opinion") that never says it is an interview: a
    # paragraph that states and then asks, putting nothing to "you", is the writer's rhetorical question ("As the US
    # retreats, China invests. But is the strategy feasible?"), no interviewer's turn
    if plain_q and (timed_from is None or timed_from >= len(t)) and units and _OPINION_KICKER.search(t, 0, _head_end(units)) \
            and not any(_INTERVIEW_HINT.search(t, u.start, u.end) for u in content[:8] if u.form == "plain"):
        plain_q = [u for u in plain_q if not _states_then_asks(t, u)]
    turns = [u for u in content if u.form == "label" and u.label not in ("Q", "A") and u.label not in _ROLE_LABELS
             and id(u) not in doubled]
    qa = [u for u in content if u.form == "label" and u.label in ("Q", "A") and id(u) not in doubled]
    at = next((i for i, u in enumerate(content[:4]) if plain_q and u is plain_q[0]), None)
    if at is not None and len(content[at].lines) == 1:
        # an op-ed opening on its title's question, asked again in the first paragraph ("Where will
        # U.S.-Mexican Relations Go in the Age of Trump?" / "Where will U.S.-Mexican relations go in the
        # age of Donald Trump, ...?"): the author's own question, no interviewer's
        head, near = content[at], {id(v) for v in content[at + 1:at + 4]}
        plain_q = [u for u in plain_q if u is head or not (id(u) in near and restates_title(t, head, u))]
    # the title: the first content unit, when it looks like one
    title: Unit | None = None
    opening_q = bool(content) and _opens_asking(t, content[0], content)  # asked, never a title
    if content:
        f = content[0]
        if len(content) > 2 and _KICKER_WORDS.fullmatch(_plain(t, f)) and len(content[1].lines) == 1 and _is_q(t, content[1]) \
                and len(_plain(t, content[2]).split()) >= 40:
            doubled.add(id(f))  # "Share" / "Is 70 Too Old for the UN?" / the text: a page's word over the title, a heading
            content = content[1:]  # (pass 122)
            f = content[0]
        nxt = content[1] if len(content) > 1 else None
        numbered_q = _is_q(t, f) and numbered(text, t, f)  # "1. What are your goals?" is asked, never a title
        if f.form == "heading" and nxt is not None:
            others = [u.level for u in head_q if u is not f]
            if not numbered_q and (not _is_q(t, f) or f.level == 1 or (others and f.level < min(others)) or not others):
                title = f
        elif f.form == "plain" and nxt is not None and len(f.lines) == 1 and len(_plain(t, f).split()) <= 25 \
                and not _dash_opened(text, f) \
                and (timed_from is None or f.start < timed_from) \
                and not re.search(r"(?<!\.\.)[.;,]\s*\Z|(?<!\.\.)[.!?]\s+[A-Z]", _plain(t, f)) and not _LEDE_END.search(_plain(t, f)) and not (_is_q(t, f) and len([u for u in plain_q if u is not f]) >= 2 - _asked_line(t, f, nxt)) \
                and not numbered_q and not opening_q:
            title = f
        elif f.form == "label" and nxt is not None and headline_turn(t, f, nxt):
            title = f  # "Ana Ruiz: The Sahel needs more than soldiers" over "Ana Ruiz, a former envoy, spoke to ..." (rule T2)
    if title is not None:
        title.kind = SegmentKind.HEADING
    questions = {id(u) for u in head_q if u is not title}
    # a radio interview's web version heads each answer with its topic ("On the leadership of
    # Ukrainian President Volodymyr Zelenskyy:"), on a page that says it is an interview
    on_q = [u for u in content if u is not title and u.form in ("plain", "heading") and len(u.lines) == 1
            and _ON_TOPIC.fullmatch(t, u.content_start, u.end)]
    # ... or, where the colon is left out, with topic lines that each head a quoted answer ("On whether
    # the ceasefire will hold" / "“Egypt has been in contact ...")
    if len(on_q) < 2:
        on_q = [u for u, v in zip(content, content[1:]) if u is not title and u.form in ("plain", "heading")
                and len(u.lines) == 1 and _BARE_TOPIC.fullmatch(t, u.content_start, u.end)
                and t.startswith(("\u201c", '"'), v.content_start)]
    if len(on_q) >= 2 and any(_INTERVIEW_HINT.search(t, u.start, u.end) for u in content[:content.index(on_q[0])]):
        questions |= {id(u) for u in on_q}
    # a question heading followed straight by another heading is a title or dek, not a question
    for a, b in zip(content, content[1:]):
        if id(a) in questions and b.form in ("heading", "subtitle"):
            questions.discard(id(a))
    n_plain_q = len([u for u in plain_q if u is not title])
    pq_ids = {id(u) for u in plain_q if u is not title}
    q1 = next((i for i, u in enumerate(content) if id(u) in pq_ids), len(content))
    announced = _announced(t, units, content, q1, pq_ids, questions)
    hinted, mid_answer = _hinted_question(text, t, content, plain_q, title, n_plain_q, announced, q1, pq_ids, opening_q)
    if (n_plain_q >= 2 or hinted) and not turns and not qa:
        questions |= {id(u) for u in plain_q if u is not title}
    # (or a time code opening every line: "1:58.0 | Why is that? |", "00:34What are ...?")
    cued_from = min(talk_from if talk_from is not None else len(t),
                    timed_from if timed_from is not None and _GLUED_CUE.match(text, timed_from) else len(t))
    if not questions and not turns and not qa and cued_from < len(t):
        # recorded talk between time codes, without labels: a turn that ends by asking and is
        # answered by one that does not is the host's ("... So is there a breaking point? Where do
        # you see this going?" / "27:08" / "I unfortunately do not see ...")
        talk = [u for u in content if u.start >= cued_from and u.form == "plain" and u is not title]
        # (where time codes open the lines, a block of many cues that ends by asking holds more than
        # the question: the host's introduction and the guest's thanks before it)
        codes_alone = cued_from == talk_from
        questions |= {id(a) for a, b in zip(talk, talk[1:]) if _is_q(t, a) and not _is_q(t, b) and (codes_alone or len(a.lines) <= 3)}
    if questions and not turns and not qa and _writers_questions(text, t, content, questions, title, announced, head_q,
                                                                 mid_answer, hinted, inline_questions):
        questions = set()
    # named answers whose questions stand unlabelled between them ("Alpher: ..." / "Over the past 25
    # years, ... which issue was the most frustrating?" / "Khatib: ..."): when no labelled turn asks
    # anything, those question paragraphs are an unnamed interviewer's, and every label answers
    unlabelled_host = False
    forced_host: str | None = None
    pos = {id(u): i for i, u in enumerate(content)}

    def spoken(i: int) -> bool:  # a unit with words of its own, not a label alone on its line
        return 0 <= i < len(content) and content[i].form in ("label", "plain") \
            and _WORD.search(t, content[i].content_start, content[i].end) is not None

    def turn_asks(u: Unit) -> bool:  # the turn's first words (on the label's line or under it) ask
        return _is_q(t, u) if spoken(pos[id(u)]) else spoken(pos[id(u)] + 1) and _is_q(t, content[pos[id(u)] + 1])

    # a magazine labels the first exchange only ("WEHRFRITZ: Is North Korea near collapse?" /
    # "KOMURA: There are ..."), then prints its questions as bare paragraphs between the answers
    exchange: tuple[str | None, str | None] | None = None  # (asker, guest) of the one labelled exchange
    first_answer: set[int] = set()  # the answer to a once-seen asking label's own question (see below)
    if len(turns) == 2 and not qa and turns[0].label != turns[1].label and turn_asks(turns[0]) and not turn_asks(turns[1]):
        later = [u for u in plain_q if u.start > turns[1].start and u is not title]
        if later:
            exchange = (turns[0].label or "", turns[1].label or "")
            questions |= {id(u) for u in later}
    # ... or asks under "Question:" / "Q:" and answers under the guest's name, once ("Question: How is Israel
    # likely to respond?" / "Harris: What occurred ..."), then the bare question paragraphs
    elif len(turns) == 1 and len(qa) == 1 and qa[0].label == "Q" and qa[0].start < turns[0].start \
            and turn_asks(qa[0]) and not turn_asks(turns[0]):
        later = [u for u in plain_q if u.start > turns[0].start and u is not title]
        if later:
            exchange = (None, turns[0].label or "")
            questions |= {id(u) for u in later}
    # ... or marks its first exchange "Q." / "A." only ("Q. What happened in your meeting with President Bush?" /
    # "A. We told him ..."), then prints its questions as bare paragraphs, each answered by the next (rule Q1): one that
    # opens asking or puts it to "you", in no first-person singular ("During our meetings ..., I am certainly getting
    # that question more and more; why is ...?" ends an answer)
    elif not turns and [u.label for u in qa] == ["Q", "A"] and qa[0].start < qa[1].start and turn_asks(qa[0]):
        questions |= {id(u) for u in plain_q if u.start > qa[1].start and u is not title and pos[id(u)] + 1 < len(content)
                      and content[pos[id(u)] + 1].form == "plain" and not _is_q(t, content[pos[id(u)] + 1])
                      and (INTERROGATIVE.match(t, u.content_start) or _YOU.search(t, u.content_start, u.end))
                      and not _I.search(t, u.content_start, u.end)}
    # one voice labelled, the odd answer of it ending on a rhetorical question ("How can we talk
    # about democracy, when ...?"): still the answerer's turns
    one_label = len({u.label for u in turns}) == 1
    # the one label, where the text starts (no talk before it): a panellist's or a lecturer's talk
    sole_opener = turns[0] if one_label and turns and not any(v.form == "plain" for v in content[:pos[id(turns[0])]]) else None
    # (a turn right after a bare question line answers it, even when it ends asking: "What is your reaction ...?" /
    # "Jaishankar: ... Now, I ask you: how do you have normal relations with ...?")
    # (not a title repeated over the first turn: "Q&A: Exclusive: Is the ... Fight Working?" / "ASEAN Wonk: ... ?")
    def answers_bare(u: Unit) -> bool:
        b = content[pos[id(u)] - 1] if pos[id(u)] > 0 else None
        return b is not None and b.form == "plain" and _is_q(t, b) and t.find(t[max(b.start, b.end - 40):b.end], 0, b.start) < 0

    one_voice = one_label and 2 * sum(turn_asks(u) and not answers_bare(u) for u in turns) < len(turns)
    # a label that says it is the host ("TERRY GROSS, HOST:", "CHRISTIANE AMANPOUR, CNN HOST (voice-over):")
    # settles who asks: a question-like title above the first turn is no unlabelled host's
    host_label = any(u.label and _label_is_host(t, u.start, u.content_start) for u in turns) or press_desc_label(t, turns) is not None
    def hands_over_asking(k: int) -> bool:
        """The turn ends asking the next label, whom it names ("William (00:00):" / "... we turn to
        Kholood Khair. ... Kholood, thank you ... Could you give us a status report?" / "Kholood Khair (00:56):")."""
        u, nxt = turns[k], turns[k + 1] if k + 1 < len(turns) else None
        if nxt is None or not nxt.label or nxt.label == u.label:
            return False
        last = content[pos[id(nxt)] - 1]
        if last is u or last.form != "plain" or not _is_q(t, last):
            return False
        said = t[u.content_start:last.end]
        return any(len(w) >= 3 and re.search(r"\b" + re.escape(w) + r"\b", said) for w in nxt.label.split())

    if turns and not qa and not host_label and (one_voice or not any(turn_asks(u) or hands_over_asking(k)
                                                                     for k, u in enumerate(turns))):
        # each one answered by a label (or the text ends), after talk in another paragraph or
        # before the first turn (the opening question)
        orphans = [u for u in plain_q if (pos[id(u)] == len(content) - 1 or content[pos[id(u)] + 1].form == "label")
                   and (u.start < turns[0].start or (spoken(pos[id(u)] - 1) and content[pos[id(u)] - 1].para != u.para
                                                    and content[pos[id(u)] - 1].start > turns[0].start - 1
                                                    and not _runs_on(t, content[pos[id(u)] - 1], u)))]
        if orphans and (host := welcoming_self(t, content, turns)) is not None:
            # the question ends a paragraph of the host's own turn ("BARNARD: ... Welcome ... I'm Anne Barnard." /
            # "... So how does this picture square with ...?" / "GARGASH: ..."): no unlabelled asker
            orphans = [u for u in orphans if next((v.label for v in reversed(content[:pos[id(u)]]) if v.form == "label"), None) != host]
        asker = _short_asker(t, content, pos, orphans, turns[0].start)
        if asker is not None:
            forced_host = asker  # "Dragon TV: <set-up>" / "Can the spokesperson give us more details?"
        elif orphans:
            questions |= {id(u) for u in orphans}
            unlabelled_host = True
            if one_label:
                # only the guest's first turn is labelled ("ntv.de: ... how do you assess ...?" /
                # "Peter Kreko: ..."), the later questions stand bare between the answers
                later = [u for u in plain_q if u.start > turns[0].start and u is not title]
                questions |= {id(u) for u in later}
                exchange = (None, turns[0].label or "") if later else None
        elif one_label and (later := _bare_exchanges(t, content, pos, plain_q, turns[0], title)):
            # ... or the interviewer's first prompt was no question ("DW: A summit was held in Lome last week." /
            # "Robert Dussey: ..."): two bare questions or more, each a short paragraph answered by unlabelled talk,
            # are the interviewer's (rule X2 of the eighty-ninth pass)
            questions |= {id(u) for u in later}
            unlabelled_host = True
            exchange = (None, turns[0].label or "")
    elif len(turns) == 1 and not qa and not host_label and exchange is None and turn_asks(turns[0]) \
            and (found := asking_label_exchange(t, content, pos, plain_q, turns[0], title, pq_ids)) is not None:
        # one label seen once that asks, over bare question and answer paragraphs, or the one exchange a page labels
        # (see asking_label_exchange): the label asks, the answers are the guest's
        later, answer = found
        questions |= {id(u) for u in later}
        exchange, forced_host = (turns[0].label, None), turns[0].label
        if answer is not None and id(answer) not in questions:
            first_answer.add(id(answer))
    # an explainer asks its own questions ("What Was The Interim Deal?", "1. What's the pact
    # about?"): Title Case or numbered, never "you"; the answers are the author's
    asked = [u for u in content if id(u) in questions]
    # (not on a page that says, above the questions, it is an interview: "Interview: Tom Weiss on Asia" over "1. What is
    # at stake ...?"; rule E1 of the 119th pass)
    explainer = not turns and not qa and len(asked) >= 2 and all(explainer_question(text, t, u) for u in asked) \
        and not any(_INTERVIEW_HINT.search(t, u.start, u.end) for u in content[:8] if u.form == "plain" and u.end <= asked[0].start)
    talk_early: set[int] = set(mid_answer)  # answers before the first clean question line
    if questions and not turns and not qa and (talk_from is None or talk_from >= len(t)):
        # the standfirst ends where the first question is asked, even one that is no clean question
        # line (a set-up and its question in one paragraph): the paragraphs after it are answers,
        # never the editor's intro, so a missed first question loses no answer
        first = next(i for i, u in enumerate(content) if id(u) in questions)
        k = next((i for i, u in enumerate(content[:first]) if u.form == "plain" and u is not title and _is_q(t, u)
                  and not _announces(t, u)), None)
        if k is not None:
            if len(_plain(t, content[k]).split()) <= 40:
                questions.add(id(content[k]))  # a short set-up and question: the interviewer's
                k += 1
            talk_early.update(id(u) for u in content[k:first] if u.form == "plain")
    roles = [u for u in content if u.form == "label" and u.label in _ROLE_LABELS]
    interview = bool(questions or turns or qa or roles)
    # a caption service's transcript: questions end in " ." ("why did you flee hong kong ."), so it is
    # recorded talk whose speakers are unsure, not an author's text
    asr = not interview and len(_ASR_QUESTION.findall(t, 0, min(len(t), 20000))) >= 2
    # ... or a show's host opens it, introducing himself and then a guest ("Hello, I'm John Milewski,
    # and this is Wilson Center NOW ... And joining us is ..., Lucas Myers."): recorded talk too
    asr = asr or (not interview and _HOSTED.search(t, 0, min(len(t), 400)) is not None
                  and _JOINING.search(t, 0, min(len(t), 1500)) is not None)
    asr = asr or any(u.opening for u in units)  # a host's opening marked before the roles
    # "Thank you for this interview." opening the text: the answers of an interview whose questions
    # the page left out, not an author's text
    thanked = not interview and _THANKED_SCAN.search(t, 0, min(len(t), 1500)) is not None
    logger.debug("structure: %d units, interview=%s (questions=%d, turns=%d, Q/A=%d, role labels=%d), title=%s",
                 len(units), interview, len(questions), len(turns), len(qa), len(roles), title is not None)
    role_host = any(_ROLE_LABELS[u.label] is SpeakerRole.INTERVIEWER for u in roles) or any(u.label == "Q" for u in qa)
    # (the page's note on the transcript, a clutter line, may say whom it interviews: "The following is a transcript of an
    # interview with Ukrainian Ambassador X that aired ..."; rule E1 of the 111th pass)
    notes = [u for u in units if u.form == "clutter" and u.reason == "editor_note" and u.end <= 3000]
    interviewer = forced_host or (_interviewer(t, content, turns, notes) if turns and not role_host and not unlabelled_host else None)
    # a radio news package: the presenter hands over to the reporter, who narrates (an author), between soundbites
    # (an unlabelled presenter's lead may hand over to the first label: no label asks then)
    package = handover(t, content, turns) if turns and not role_host and not unlabelled_host else None
    package = package if package and (interviewer is None or package[0] is None) else None
    interviewer = package[0] if package else interviewer
    askers = _askers(t, content, turns, interviewer) if not role_host else set()
    askers |= co_hosts(t, content, turns) if askers else set()  # "... I'm Mike Green, and I'm joined by ..."
    # the anchor who leads in and hands over ("Geoff Bennett: ... spoke to Nick Schifrin, who's here with me now."): the
    # programme's introduction, read as a standfirst (the editor's), neither questions nor a guest's claims
    anchors = anchor_lead(t, turns, interviewer) - askers
    role_host = role_host or unlabelled_host
    news_package = narrated(units)  # "((NARRATOR))": named turns are soundbites
    followups = _followups(t, content, pos, plain_q, turns) if interviewer is not None else set()
    has_a = any(u.label == "A" for u in qa)
    lone_asker = interviewer is not None and one_label and bool(turns) and turns[0].label == interviewer and not package
    asking: set[int] = set()  # the paragraphs a "Q1." heads, up to its last question
    quoted_up_front = {id(b) for a, b in zip(content, content[1:]) if a.form == "plain" and b.form == "plain" and questions
                       and _HANDS_TO_QUOTE.search(t, a.start, a.end) and _in_quotes(t, b)}
    state: tuple[SegmentKind, str | None, SpeakerRole] | None = None
    for u in units:
        if u.form == "clutter":
            u.kind = SegmentKind.CLUTTER
            continue
        if u is title:
            continue
        if (u.form == "subtitle" and id(u) not in questions) or id(u) in doubled:
            u.kind = SegmentKind.HEADING
            continue
        if u.form == "label":
            if u.label == "Q":
                u.kind, u.role = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER
                state = (SegmentKind.QUESTION if has_a else SegmentKind.ANSWER, None,
                         SpeakerRole.INTERVIEWER if has_a else SpeakerRole.INTERVIEWEE)
                if not has_a and not _is_q(t, u) and _NUMBERED_Q.match(t, u.start, u.end):
                    # "Q1." may head a question written over several paragraphs; "Q:" asks in its own line
                    asking |= question_run(t, content, content.index(u))
            elif u.label == "A":
                u.kind, u.role = SegmentKind.ANSWER, SpeakerRole.INTERVIEWEE
                state = (u.kind, None, u.role)
            elif u.label in _ROLE_LABELS:
                u.role = _ROLE_LABELS[u.label]
                u.kind = SegmentKind.QUESTION if u.role is SpeakerRole.INTERVIEWER else SegmentKind.ANSWER
                state = (u.kind, None, u.role)
            elif u.label in anchors:
                u.speaker, u.kind, u.role = u.label, SegmentKind.INTRO, SpeakerRole.EDITOR
                state = (u.kind, u.label, u.role)
            else:
                u.speaker = u.label
                if package and u.label == package[1]:
                    u.kind, u.role = SegmentKind.ANSWER, SpeakerRole.AUTHOR
                elif interviewer is None and not askers:  # named turns beside a "Host:" label are the guests'
                    # ... and so is an office holder's ("SENIOR STATE DEPARTMENT OFFICIAL ONE:", "Spokesperson Mao:")
                    official = _OFFICIAL.search(u.label or "") is not None or news_package or package is not None
                    # one speaker, labelled where the text starts, and nobody else: a panellist's or a
                    # lecturer's talk, whose questions are his own ("And so the real question is, is there ...?")
                    official = official or (u is sole_opener)
                    # (or the turn answers a question the page marks as one, in bold or as a heading: "**Has France
                    # lost the Sahel?**" / "Ana Ruiz: France lost ..."; rule B1 of the eighty-ninth pass)
                    answers_q = one_label and pos[id(u)] > 0 and content[pos[id(u)] - 1].kind is SegmentKind.QUESTION \
                        and content[pos[id(u)] - 1].form != "label" and not turn_asks(u)
                    u.kind, u.role = SegmentKind.ANSWER, (SpeakerRole.INTERVIEWEE if role_host or official or answers_q
                                                          else SpeakerRole.UNKNOWN)
                elif u.label in askers or (has_a and "?" in t[u.content_start:u.end]):
                    # ... and beside "A:" answers, a reader who asks under his own name ("Omar: Which side ...?")
                    u.kind, u.role = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER
                else:
                    u.kind, u.role = SegmentKind.ANSWER, SpeakerRole.INTERVIEWEE
                state = (u.kind, u.speaker, u.role)
            continue
        if u.opening and u.intro:  # a news programme's lead-in before the anchor brings the guest in
            u.kind = SegmentKind.HEADING
            continue
        if u.opening:  # the host's opening of an unlabelled transcript: set-up, then the first question
            u.kind, u.role = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER
            state = (SegmentKind.ANSWER, None, SpeakerRole.INTERVIEWEE)
            continue
        if id(u) in questions or id(u) in asking:
            u.kind, u.role = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER
            state = (SegmentKind.ANSWER, None, SpeakerRole.AUTHOR if explainer else SpeakerRole.INTERVIEWEE)
            if exchange is not None and u.start > turns[-1].start:
                u.speaker, state = exchange[0], (SegmentKind.ANSWER, exchange[1], SpeakerRole.INTERVIEWEE)
            continue
        if u.form == "heading":
            u.kind = SegmentKind.HEADING
            continue
        if not interview:
            # a timestamped transcript without turns is a conversation whose speakers are unknown,
            # not an author's text: its questions stay questions
            transcript = (timed_from is not None and timed_from < len(t)) or asr
            if timed_from is not None and u.end <= timed_from < len(t) and talk_from is not None and talk_from == timed_from:
                # a video page's own lines over the transcript's first time code (its description,
                # "In an exclusive interview, Ambassador X delivers ..."): the page's, not the talk
                u.kind, u.intro = SegmentKind.HEADING, True
                continue
            u.kind, u.role = SegmentKind.ANSWER, (SpeakerRole.UNKNOWN if transcript else
                                                  SpeakerRole.INTERVIEWEE if thanked else SpeakerRole.AUTHOR)
        elif state is None and ((talk_from is not None and u.start >= talk_from < len(t))
                                or (timed_from is not None and u.start >= timed_from < len(t)
                                    and _GLUED_CUE.match(text, text.rfind("\n", 0, u.start) + 1, u.end) is not None)):
            # talk after a time code but before the first question (a podcast's cold open, a video
            # page's cues "00:00Ray, I want to first ask ..."): not a standfirst
            u.kind, u.role = SegmentKind.ANSWER, SpeakerRole.UNKNOWN
        elif state is None and id(u) in quoted_up_front:
            # the standfirst hands over to a quotation ("... She tells X that ..., and adds:" /
            # "“The caretaker of ...”"): the interviewee's words, quoted before the first question
            u.kind, u.role = SegmentKind.ANSWER, SpeakerRole.INTERVIEWEE
        elif state is None and _dash_opened(text, u) and not _is_q(t, u):
            # "\u2013 Regardless of what they ask, ... \u2013 says Serwer." above the first question: a dash
            # marks a turn, here the interviewee's words quoted up front
            u.kind, u.role = SegmentKind.ANSWER, SpeakerRole.INTERVIEWEE
        elif state is None and id(u) in talk_early:
            u.kind, u.role = SegmentKind.ANSWER, SpeakerRole.INTERVIEWEE
        elif state is None:
            u.kind, u.intro = SegmentKind.HEADING, True  # standfirst / intro before the first question
        elif id(u) in first_answer:
            u.kind, u.speaker, u.role = SegmentKind.ANSWER, None, SpeakerRole.INTERVIEWEE
            state = (SegmentKind.ANSWER, None, SpeakerRole.INTERVIEWEE)
        elif id(u) in followups and state[2] is SpeakerRole.INTERVIEWEE:
            # the host's follow-up the page left unlabelled; the guest's turn goes on after it
            u.kind, u.speaker, u.role = SegmentKind.QUESTION, interviewer, SpeakerRole.INTERVIEWER
        elif lone_asker and state[0] is SegmentKind.QUESTION and pos[id(u)] > 0 and content[pos[id(u)] - 1].form in ("label", "plain") \
                and _is_q(t, content[pos[id(u)] - 1]) and not _is_q(t, u):
            # the page labels only the interviewer ("RG: ... What do you think it would take ...?" / "A number of
            # things. ..."): the paragraph after his question answers it, unnamed (rule P3 of the 111th pass)
            u.kind, u.speaker, u.role = SegmentKind.ANSWER, None, SpeakerRole.INTERVIEWEE
            state = (SegmentKind.ANSWER, None, SpeakerRole.INTERVIEWEE)
        else:
            u.kind, u.speaker, u.role = state
