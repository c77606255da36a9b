"""Document structure: lines, paragraphs, units (headings, turns, clutter) and their kinds.

Works on the masked view (see :mod:`._markup`); every offset is an offset into the original.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Sequence

from polisent.segment._bare_labels import bare_caps_labels, bare_name_labels
from polisent.segment._headlines import _common_words, _headline, _headline_after_label, _lead_in, _reported_after, _spoken_opening, _title_like, person_speaks
from polisent.segment._label_accept import _exchange, _opens_speech, _resolve_labels, _titled_person, addresses_room, legend_line, sole_exchange, speaks_below
from polisent.segment._inline_turns import _split_inline_turns
from polisent.segment._host_opening import split_host_opening
from polisent.segment._intro_person import editor_intros
from polisent.segment._label_names import _HELD_BY, _job_names, _text_names, office_holder, refine_labels, respelled, under_marked_question
from polisent.segment._label_passes import (
    _QMARK_LINE,
    asking_label_as_q,
    q_turn_asks,
    bare_name_turns,
    dotted_initials_turns,
    photo_of_turns,
    drop_field_records,
    drop_repeated_titles,
    merge_bracket_aliases,
)
from polisent.segment._labels import (
    _HOST_DESC,
    _INITIALS_LABEL,
    _LABEL_TIME,
    _OFFICE_WORDS,
    _RANGE_LABEL,
    _TIMED_LABEL,
    _label_desc,
    _label_of,
)
from polisent.segment._lexicon import ClutterRule
from polisent.segment._line_clutter import _clutter, _find_all, _glued_pieces, sentences_clutter
from polisent.segment._marks import (
    after_mark,
    assign_marked_interview,
    assign_marked_turns,
    is_mark,
    split_turn_marks,
)
from polisent.segment._markup import Masked
from polisent.segment._name_cues import _outlet_after_name
from polisent.segment._paragraphs import (_SENT_END, cue_runs_on, _asks_over_lines, _heading_like, _join_wrapped, _line_paragraphs, _replies_to_welcome,
                                         continues_line)
from polisent.segment._prefilter import passes
from polisent.segment._principal import SpeakerCues, is_person_name, is_place
from polisent.segment._layout_patterns import (  # noqa: F401 - importable from here, as before the split
    _TITLE_MAX_WORDS, _SLUG_NOTE, _SLUG_BYLINE, _TWICE, _BOLD_Q_INLINE, _BOLD_LINE, _TIMED_LINE, _TABLE_ROW,
    _OFFICE_SURNAME, _BRACKET_TIME_LABEL, _TIMED_NAME, _PLAYER_ZERO, _TIME_LEAD, _TIME_PAIR, _TS_ONLY, _VOICE,
    _NUMBERED_VOICE, _BYLINE_MORE, _SITE_TITLE, _pairs_twice, _BLANK_LINE, _DIGIT, _once,
)
from polisent.segment._speaker_model import SpeakerModel
from polisent.segment._questions import (
    assign_dash_turns,
    split_answered_prompts,
    split_dash_answered,
    split_inline_dash_turns,
    split_inline_questions,
)
from polisent.segment._quotes import reporter_not_source
from polisent.segment._roles import assign_roles
from polisent.segment._sentences import trim
from polisent.segment._one_person import settle_names
from polisent.segment._speakers import _speakers
from polisent.segment._units import (
    _GLUED_CUE,
    _QMARK_END,
    _WORD,
    Layout,
    Unit,
    _lines,
    slug_lines,
)

__all__ = ["Layout", "Unit", "build_units"]

logger = logging.getLogger(__name__)


def build_units(text: str, mk: Masked, rules: Sequence[ClutterRule], *, transcript: bool = False,
                speaker_cues: SpeakerCues | None = None, speaker_model: SpeakerModel | None = None) -> Layout:
    """Split ``text`` into units and decide their kind, speaker and role; ``speaker_model`` ranks the
    people the text names when no rule names the speaker (None: the rules alone)."""
    t = mk.text
    line_labels: dict[tuple[int, int], tuple[str, str, int] | None] = {}  # _label_of by line span, filled on the way
    lines = split_turn_marks(text, _split_inline_turns(t, _lines(t), line_labels))
    # (a ">>" mark that opens a line cut out of a longer one is no part of its words, as at a line's start, where
    # the masking blanks it: ">> John Haskell: ... >> Carla Freeman: Well, ..." read as two labelled turns)
    spans = [(after_mark(t, fs, le), le) if t.startswith(">>", fs) else (fs, le) for fs, le in (trim(t, s, e) for s, e in lines)]
    heads = sorted(mk.headings)
    items = sorted(mk.list_items)

    def marker(sorted_pos: list[int], s: int, fs: int) -> int | None:
        i = bisect.bisect_left(sorted_pos, s)
        return sorted_pos[i] if i < len(sorted_pos) and sorted_pos[i] <= fs else None

    # subtitles and timestamped transcripts: from the first timing on, blank lines and timing-only
    # lines do not end a paragraph, so a sentence that runs across cues is one sentence again
    rows = "|" in text  # (a subtitle table's rows are looked for only where the text has a pipe)
    timed = [i for i, (s0, e0) in enumerate(lines) if (_TIMED_LINE.match(text, s0, e0) or (rows and _TABLE_ROW.match(text, s0, e0)))
             and not _PLAYER_ZERO.fullmatch(text, s0, e0)]
    sub_from = timed[0] if len(timed) >= 3 and len(timed) * 7 >= sum(le > fs for fs, le in spans) else len(lines)
    if sub_from < len(lines) and _TIME_PAIR.fullmatch(t, *spans[sub_from]):
        # a subtitle table flattened into lines writes each cue's text above its times (":00:00.:00:16."): the first
        # cue's text is the transcript's, not the page's
        sub_from = next((i for i in range(sub_from - 1, -1, -1) if spans[i][1] > spans[i][0]), sub_from)
    skip = {i for i in timed if i >= sub_from and _TS_ONLY.fullmatch(t, *spans[i])}
    timed_set = set(timed)
    paras: list[list[int]] = []
    cur: list[int] = []
    gap, gap_timed = False, False
    for i, (fs, le) in enumerate(spans):
        if i in skip or (i >= sub_from and le <= fs and i in timed_set):
            gap = gap_timed = True
            continue
        if le > fs:
            if gap and cur and (i < sub_from or not gap_timed or _heading_like(t, *spans[cur[-1]])):
                paras.append(cur)
                cur = []
            gap = gap_timed = False
            cur.append(i)
        elif i < sub_from:
            if cur:
                paras.append(cur)
                cur = []
        else:
            gap = True
    if cur:
        paras.append(cur)
    paras = _join_wrapped(t, spans, _line_paragraphs(t, spans, paras, sub_from), sub_from)

    labels: list[tuple[str, str, int] | None] = [None] * len(lines)
    voiced: set[int] = set()
    cands: Counter[tuple[str, str]] = Counter()
    speechy: set[str] = set()  # labels that open running speech (see _resolve_labels)
    asking: set[str] = set()  # labels on a line that ends by asking ("Bloomberg: ... What is China's comment?")
    loose: set[str] = set()  # "NIKE CHING, ...:" alone on its line, the name written in another case elsewhere
    paired: set[str] = set()  # a full name seen once over a short opening and a statement below, written nowhere else
    for p in paras:
        for i in p:
            lab = line_labels[spans[i]] if spans[i] in line_labels else _label_of(t, *spans[i])
            if lab is None and "<v" in text[lines[i][0]:spans[i][0]]:
                v = _VOICE.match(text, lines[i][0], lines[i][1])
                if v is not None:  # a WebVTT voice tag: <v Anna Kovacs>
                    lab = ("name", " ".join(v.group(1).split()), trim(t, v.end(), spans[i][1])[0])
                    voiced.add(i)
            labels[i] = lab
            if lab is not None:
                cands[(lab[0], lab[1])] += 1
                if lab[0] in ("name", "initials") and _opens_speech(t, lab, i, spans):
                    speechy.add(lab[1])
                elif lab[0] in ("name", "initials") and _opens_speech(t, lab, i, spans, any_case=True):
                    loose.add(lab[1])
                elif (lab[0] == "name" or (lab[0] == "titled" and _titled_person(lab[1]))) \
                        and _opens_speech(t, lab, i, spans, unwritten=True):
                    paired.add(lab[1])  # "Erna Solberg: Thank you, President Putin." over her statement
                if _QMARK_LINE.search(t, *spans[i]) or (lab[:2] == ("qa", "Q") and q_turn_asks(t, spans, i)):
                    asking.add(lab[1])  # ("QUESTION: Happy Friday. My question is about ..." / "... Is it still around?")
    merge_bracket_aliases(t, spans, labels, cands)
    if not cands:  # "Luis Arce Catacora We are seeing ...": the answers' bold name lost its colon
        firsts = [p[0] for p in paras]  # (or a transcript's in capitals: "TONY JONES Good evening ...")
        for i, lab in (bare_caps_labels(t, spans, firsts) or bare_name_labels(t, spans, firsts)).items():
            labels[i] = lab
            cands[(lab[0], lab[1])] += 1
            speechy.add(lab[1])
    slugs = slug_lines(t, spans, paras)  # "TRT: 2:53" / "TYPE: TVR": a script's slug, not turns
    for i in slugs:
        if labels[i] is not None:
            cands[(labels[i][0], labels[i][1])] -= 1
            labels[i] = None
    if len(speechy | loose) >= 2:  # a broadcast's turns in capitals: two of them are enough, one is not
        speechy |= loose
    # two leaders' statements at a meeting, each under its speaker's full name; or one leader's, the
    # text's only label, opening by addressing the room ("President of Russia Vladimir Putin: Mr
    # President, ladies and gentlemen,"): turns, not headlines
    statements = paired if not asking and (len(paired) >= 2 or (len(cands) == 1 and (addresses_room(t, labels, spans, paired)
                                                                                   or speaks_below(t, labels, spans, paired)))) else set()
    # (or the only label, a name that greets the room: "Legal Counsel Ana Ruiz: Good morning and thank you for coming."; pass 121)
    only = {k[1] for k in cands if k[0] == "name" or (k[0] == "titled" and _titled_person(k[1]))} if len(cands) == 1 and not asking else set()
    statements = statements or (only if only and addresses_room(t, labels, spans, only) else set())
    speechy |= statements
    # the first line "Unfair Triangle: Ukraine-US-Russia" / "Kurt Volker: Russia is buying time" is a
    # title when its label never comes back: not a turn ("Nick Schifrin:" with nothing after it, the host's
    # words on the next line, is a turn label seen once: no title ends at its colon; rule L4 of the ninety-third pass)
    first_i = next((i for p in paras for i in p), None)
    # "Seidik Abba: on Wagner, “Burkina Faso will probably be very cautious”" under "Skip to content":
    # a headline that quotes the guest (one short line, no sentence end) even when the label comes back
    head_p = next((p for p in paras[:4] if labels[p[0]] is not None), None)
    headline = head_p is not None and _headline_after_label(t, labels[head_p[0]][2], spans[head_p[0]][1], len(head_p) == 1)
    # ... or a column's name over its title, under page furniture ("TURNING POINT: A Diplomatic Quandary"):
    # a label that never comes back, alone in its paragraph, before a line in title case
    headline = headline or (head_p is not None and len(head_p) == 1 and cands[(labels[head_p[0]][0], labels[head_p[0]][1])] == 1
                            and _headline(t, labels[head_p[0]][2], spans[head_p[0]][1], min_words=2, share=1.0, max_words=12))
    # ... or a report's headline on its person ("Somali Foreign Minister Aadan: Somalia is open for business" over
    # "... Aadan said ..."): a label seen once, alone in its paragraph, whose surname the text then reports
    reported = head_p is not None and len(head_p) == 1 and cands[(labels[head_p[0]][0], labels[head_p[0]][1])] == 1 \
        and _reported_after(t, labels[head_p[0]][1], labels[head_p[0]][2])
    headline = headline or reported
    if headline:
        first_i = head_p[0]
    if first_i is not None and labels[first_i] is not None and labels[first_i][0] == "name" \
            and (cands[(labels[first_i][0], labels[first_i][1])] == 1 or headline) and first_i not in voiced \
            and not _QMARK_LINE.search(t, *spans[first_i]) \
            and not _BRACKET_TIME_LABEL.search(t, spans[first_i][0], labels[first_i][2]) \
            and (headline or 0 < len(t[labels[first_i][2]:spans[first_i][1]].split()) <= _TITLE_MAX_WORDS) \
            and (headline or not (_spoken_opening(t[labels[first_i][2]:spans[first_i][1]])
                                  or person_speaks(labels[first_i][1], t[labels[first_i][2]:spans[first_i][1]],
                                                   t[spans[first_i][0]:labels[first_i][2]]))) \
            and not (labels[first_i][1] in speechy and sum(k[0] == "name" and k[1] in speechy for k in cands) >= 2) \
            and (reported or not any(k[1] != labels[first_i][1] and set(k[1].lower().split()) & set(labels[first_i][1].lower().split())
                                     for k in cands)):  # "WAJAHAT SAEED KHAN:" then "KHAN:" is a turn
        cands[(labels[first_i][0], labels[first_i][1])] -= 1
        labels[first_i] = None
    drop_field_records(t, spans, labels, cands)
    bare_name_turns(t, spans, labels, cands, speechy)
    dotted_initials_turns(t, spans, labels, cands, speechy)
    photo_of_turns(t, spans, labels, cands, speechy)
    drop_repeated_titles(t, spans, labels, cands)
    asking_label_as_q(t, spans, labels, cands)
    # "Lawfare Daily: The Wagner Group, One Year After Prigozhin with X" over a transcript: a show's
    # name before a headline, seen once before any label that comes back, is the page's title, not a
    # name; a label seen once that the text also writes in lower case is a list's lead-in
    # ("Economic Interests: These relate to gold ...")
    again = next((i for i, lab in enumerate(labels) if lab is not None and cands[(lab[0], lab[1])] >= 2), len(labels))
    asked = sole_exchange(labels, paras, asking, speechy, cands)
    for i, lab in enumerate(labels):
        if lab is not None and lab[0] == "name" and cands[(lab[0], lab[1])] == 1 and i not in voiced \
                and lab[1] not in statements and not _NUMBERED_VOICE.fullmatch(lab[1]) \
                and ((i < again and _headline(t, lab[2], spans[i][1])) or (_common_words(t, lab[1]) and lab[1] not in asked)
                     or _lead_in(lab[1]) or _SITE_TITLE.search(t, lab[2], spans[i][1]) is not None):
            # (or the page's title as a browser shows it, the site's name after a bar: "Saudi National Guard Minister:
            # We hope for reconciliation soon | ASHARQ AL-AWSAT English Archive"; rule L1 of the 111th pass)
            # (not a statement's opening address under its speaker's name: "Madam Prime Minister, colleagues,")
            cands[(lab[0], lab[1])] -= 1
            labels[i] = None
    first_label = next((spans[i][0] for i, lab in enumerate(labels) if lab is not None and lab[0] != "qa"), len(t))
    intro_end = first_label
    for _ in range(2):  # the first two turns often name the guest and the host ("My guest is ...")
        nxt = next((spans[i][0] for i, lab in enumerate(labels) if lab is not None and spans[i][0] > intro_end), len(t))
        intro_end = nxt
    intro = (0, min(intro_end, 6000))
    text_names = _text_names(t, [intro]) if cands else []
    # (not the outlet a journalist works for: "Kaspar Goethals of De Standaard" names no "DS:")
    text_names = [x for x in text_names if not _outlet_after_name(t, x)]
    exchange = _exchange(labels, paras, asking, speechy)
    if any(is_place(x) for x in exchange):
        exchange = set()  # "US: Will the talks resume?" / "EU: Brussels expects ...": places, not initials of people
    jobs = _job_names(t, *intro) if cands else None
    if jobs is not None:  # a label that says its office ("Penny Wong, Foreign Minister:" then "Foreign Minister:")
        for i, lab in enumerate(labels):
            if lab is not None and lab[0] == "name" and " " in lab[1] and spans[i][0] >= intro[1]:
                for job, name in _job_names(t, spans[i][0], lab[2]).items():
                    jobs.setdefault(job, name)
    if jobs is not None:  # "Assistant Minister for Foreign Affairs:" after "... Assistant Minister Tim Watts"
        for i, lab in enumerate(labels):
            if lab is not None and lab[0] == "titled" and lab[1].lower() not in jobs:
                holder = office_holder(t, lab[1], spans[i][0])
                if holder is not None:
                    jobs[lab[1].lower()] = holder
    # "Puja Mehra (host): Hello, I'm Puja Mehra ..." once: a label that says it is the host is a turn
    said_host = {lab[1] for i, lab in enumerate(labels) if lab is not None and lab[0] in ("name", "role") and " " in lab[1]
                 and _HOST_DESC.search(_label_desc(t, spans[i][0], lab[2])) is not None}
    # "William (00:00):" beside "Kholood Khair (00:56):": a transcription service times every turn's label
    # (names only: "S1 (00:02):" and "Speaker 2 (01:02):" name no one)
    time_labelled = {lab[1] for i, lab in enumerate(labels) if lab is not None and lab[0] == "name"
                     and _TIMED_NAME.fullmatch(lab[1]) and _LABEL_TIME.search(t, spans[i][0], lab[2]) is not None}
    # (one such label is enough when it is written the transcription service's way, the time code in
    # brackets before the colon: "Lars Lokke Rasmussen (00:26):" over his opening statement)
    bracketed = {lab[1] for i, lab in enumerate(labels) if lab is not None and lab[1] in time_labelled
                 and _BRACKET_TIME_LABEL.search(t, spans[i][0], lab[2]) is not None}
    # "Museveni: That attack was horrible. ..." once, under "President Museveni Talks To Al Jazeera": a surname label that
    # opens running speech, the introduction giving that surname after an office (rule R6)
    titled_once = {lab for (k, lab), n in cands.items() if k == "name" and n == 1 and lab in speechy and " " not in lab
                   and re.compile(rf"\b{_OFFICE_SURNAME}[ \t]+{re.escape(lab)}\b").search(t, 0, intro[1]) is not None}
    # "External Affairs Minister (Shrimati Sushma Swaraj):" once: an office's label whose brackets name its holder, as a
    # ministry's transcript prints it, is a turn (rule R12; see refine_labels for the holder)
    titled_once |= {lab[1] for i, lab in enumerate(labels) if lab is not None and lab[0] == "name"
                    and any(w.lower() in _OFFICE_WORDS for w in lab[1].split())
                    and _HELD_BY.fullmatch(_label_desc(t, spans[i][0], lab[2])) is not None}
    accepted = _resolve_labels(cands, text_names, speechy, asking, exchange, jobs,
                               said_host | titled_once | (time_labelled if len(time_labelled) >= 2 else bracketed) | statements
                               | (under_marked_question(text, labels, spans) if "**" in text or "#" in text else set()))
    accepted = respelled(t, accepted, Counter({lab: n for (_, lab), n in cands.items()})) if accepted else accepted
    refine_labels(t, labels, spans, accepted, cands)  # "(SG)" short forms, "Minister (Shri X):", "SG:" offices

    units: list[Unit] = []
    low_t = t.lower()  # glued rules are tried only on lines holding one of their keywords
    glued = [r for r in rules if r.glued and (not r.keywords or passes(r.keywords, low_t))]
    glue_at: list[int] | None = None  # sorted keyword positions; None: try every line
    if glued and len(low_t) == len(t) and all(r.keywords for r in glued):
        glue_at = sorted({p for r in glued for k in r.keywords for p in _find_all(low_t, k)})
    label_counts: Counter[str] = Counter()
    first_glued = [r for r in glued if r.name == "byline"]
    n_paras = len(paras)
    for pi, p in enumerate(paras):
        cur_u: Unit | None = None
        k = 0
        while k < len(p):
            i = p[k]
            s, e = lines[i]
            fs, le = spans[i]
            plain = " ".join(t[fs:le].split())
            first_line = not units and k == 0 and pi == 0
            lab = labels[i]
            hd = marker(heads, s, fs)
            # (the first line is the title: only a byline may be glued to it, where an excerpt opens with its
            # writer's line run into the lead: "By Peter MARTELL \u2013 NAIROBI -After decades of war, ...")
            # (a first line of more than 80 words is no title but a page extracted as one line: every rule)
            use = glued if not first_line or len(plain.split()) > 80 else first_glued
            rule = _clutter(rules, plain, pi, n_paras, first=first_line) if i not in slugs \
                else _SLUG_BYLINE if _SLUG_BYLINE.pattern.match(plain) else _SLUG_NOTE
            if rule is None and not first_line and lab is None:  # a short line of furniture sentences, each a line rule's
                rule = sentences_clutter(rules, plain, pi, n_paras)
            # (a line that a line rule takes whole from its start is not cut: "NOTE: This transcript is done by a
            # machine. Human eyes have gone through it ..." goes whole, not its first sentence alone; a rule that
            # matches later in the line leaves the text before the furniture to the cut)
            # (but an editor's note whose end a glued "note" rule finds is cut there, the text after it kept; pass 120)
            whole = rule is not None and i not in slugs and rule.pattern.match(plain) is not None \
                and not (rule.name == "note" and any(g.name == "note" and g.pattern.match(plain) for g in use))
            pieces = _glued_pieces(t, fs, le, use, rules, pi, n_paras) \
                if use and not whole and (glue_at is None or marker(glue_at, fs, le - 1) is not None) and hd is None \
                and (lab is None or lab[1] not in accepted) else None
            if pieces is not None:  # furniture glued to text: cut out, each piece with its reason
                cur_u = None
                for ps, pe, prule in pieces:
                    if prule is not None:
                        units.append(Unit(ps, pe, [i], pi, "clutter", ps, reason=prule.name))
                        cur_u = None
                    else:
                        cur_u = Unit(ps, pe, [i], pi, "plain", ps)
                        units.append(cur_u)
                k += 1
                continue
            if rule is not None and rule.name == "byline" and k and lab is None and continues_line(t, spans[p[k - 1]], fs, le):
                rule = None  # wrapped prose: "... to that of U.S. President" / "Donald Trump, asking why ..." is no byline
            if rule is not None and rule.name == "byline" and fs > s and _TIME_LEAD.fullmatch(text, s, fs) \
                    and any(0 <= j < len(lines) and _TIME_LEAD.match(text, lines[j][0], lines[j][1]) for j in (i - 1, i + 1)):
                rule = None  # a chapter list's entry, its time code masked: "38:13 Stepan Bandera" names a topic
            if rule is None and pi and k == 0 and 2 <= len(p) <= 4 and len(plain) >= 15 and lab is None \
                    and plain == " ".join(t[spans[p[1]][0]:spans[p[1]][1]].split()) \
                    and all(len(t[spans[j][0]:spans[j][1]].split()) <= 6 for j in p[2:]):
                rule = _TWICE  # (perhaps with its credit under it: "Photo" / "Jefferson City Tribune")
            twice = (rule is None or rule.name == "byline") and pi and k == 0 and len(p) in (2, 4, 6) and _pairs_twice(t, [spans[j] for j in p]) \
                and any(len(t[u.start:u.end].split()) >= 40 for u in units if u.form == "plain")  # under the body's start
            if twice:
                rule = _TWICE  # names printed twice each ("William Taylor" / "William Taylor" / "George Lopez" / "George
                # Lopez" between an op-ed's paragraphs): the authors' photos and captions, never turn labels (above the
                # body, a name twice is the byline and its author box)
            if rule is not None and rule.where == "tail" and rule.scope == "paragraph" \
                    and ((cur_u is not None and cur_u.form == "label") or (i >= sub_from and lab is None)):
                # "Speaker 1:" / "Jo Mills is an expert at ...", or a timed transcript's line: the speaker's talk,
                # not a page's bio
                rule = None
            if rule is not None and rule.name == "byline" and lab is not None and lab[1] in accepted \
                    and (cands[(lab[0], lab[1])] >= 2 and (label_counts or (i + 1 < len(spans) and re.search(
                        rf"(?i)\b(?:I['\u2019]m|I am|this is|my name is)[ \t]+{re.escape(lab[1])}\b", t[spans[i + 1][0]:spans[i + 1][0] + 300])))
                         or (cands[(lab[0], lab[1])] == 1 and label_counts and lab[1] in speechy)):
                # a name alone that labels turns of this transcript, once the turns have begun, or over the host's
                # greeting ("Gideon Rachman" / "Hello, and welcome ... I'm Gideon Rachman"), is a turn, not a byline
                # (a byline over a dek, before any turn, stays one: "Lily Lynch"); so is a panellist's name seen once,
                # once the moderator's turns have begun ("Sam Greene" / "..., is Nico Lange, ..." / "Nico Lange" / "My
                # answer is no."; rule P1 of the 113th pass)
                rule = None
            if rule is not None:
                last = p[-1] if rule.scope == "paragraph" else i
                if last != i and len(t[fs:spans[last][1]].split()) > rule.max_words:
                    last = i  # a paragraph longer than the rule allows: a script with no blank lines, the line alone
                # ... and never over the next speaker's turn ("Speaker 3 (00:37):")
                last = last if twice else next((p[j - 1] for j in range(k + 1, p.index(last) + 1)
                                                if labels[p[j]] is not None and labels[p[j]][1] in accepted), last)
                if rule.name == "byline" and last == i and k + 1 < len(p) and _BYLINE_MORE.fullmatch(t, *spans[p[k + 1]]):
                    k += 1  # "By Eric Vandenbroeck" / "and co-workers": one byline
                    last = p[k]
                units.append(Unit(fs, spans[last][1], list(range(i, last + 1)), pi, "clutter", fs,
                                  reason=rule.name, following=rule.following))
                cur_u = None
                if rule.scope == "paragraph" and last == p[-1]:
                    break
                k = p.index(last) + 1  # past every line the unit took (a paragraph rule cut short before a turn)
                continue
            if lab is not None and lab[1] in accepted and cur_u is not None and cur_u.form == "label" and cur_u.label == accepted[lab[1]] \
                    and (i in voiced or (i >= sub_from and cue_runs_on(t, spans[cur_u.lines[-1]], lab[2], le))):
                cur_u.end = le  # the same voice in the next cue (or the same name, its sentence cut across cues): one turn
                cur_u.lines.append(i)
            elif lab is not None and lab[1] in accepted:
                cur_u = Unit(fs, le, [i], pi, "label", lab[2], label=accepted[lab[1]])
                units.append(cur_u)
                label_counts[cur_u.label] += 1
            elif hd is not None or _BOLD_LINE.match(text, s, e):
                units.append(Unit(fs, le, [i], pi, "heading", fs, level=mk.headings[hd] if hd is not None else 9))
                cur_u = None
            elif (bq := _BOLD_Q_INLINE.match(text, s, e)) is not None and bq.end() < le \
                    and _WORD.search(t, bq.end(), le) and _WORD.search(t, s, bq.end(2)):
                # "**Why now?** Because ..." : the question and the start of its answer on one line
                qs, qe = trim(t, s, bq.end(2))
                units.append(Unit(qs, qe, [i], pi, "heading", qs, level=9))
                a_start = trim(t, bq.end(), le)[0]
                cur_u = Unit(a_start, le, [i], pi, "plain", a_start)
                units.append(cur_u)
            elif cur_u is None and is_mark(text, s, e):
                cur_u = Unit(fs, le, [i], pi, "plain", max(fs, after_mark(text, s, e)), mark=True)
                units.append(cur_u)
            elif cur_u is None:
                nxt_char = t[spans[p[k + 1]][0]] if k + 1 < len(p) else ""
                if pi == 0 and k > 0 and units and units[0].form == "plain" and len(units[0].lines) == 1 \
                        and i < sub_from and _title_like(t, fs, le, nxt_char or "A"):
                    units.append(Unit(fs, le, [i], pi, "subtitle", fs))  # a subtitle under the title
                else:
                    cur_u = Unit(fs, le, [i], pi, "plain", fs)
                    units.append(cur_u)
                    if len(units) == 1 and nxt_char and i < sub_from and _title_like(t, fs, le, nxt_char):
                        cur_u = None  # a title line with a subtitle, byline or date under it
            elif is_mark(text, s, e) and _WORD.search(t, fs, le):  # ">> ...": a new voice in a caption
                cur_u = Unit(fs, le, [i], pi, "plain", max(fs, after_mark(text, s, e)), mark=True)
                units.append(cur_u)
            elif i >= sub_from and cur_u.form == "plain" and cur_u.lines[-1] < sub_from and _GLUED_CUE.match(text, s, e):
                # the first timed cue under the page's own lines (a standfirst, "Transcript") with no
                # blank line between: the recorded talk starts a unit of its own
                cur_u = Unit(fs, le, [i], pi, "plain", fs)
                units.append(cur_u)
            elif _SENT_END.search(t, max(cur_u.start, cur_u.end - 3), cur_u.end) and not t[fs].islower() \
                    and (_QMARK_END.search(t, max(fs, le - 12), le) or _QMARK_END.search(t, max(cur_u.start, cur_u.end - 12), cur_u.end)
                         or (cur_u.form == "label" and cur_u.label == "Q")
                         or (i >= sub_from and _GLUED_CUE.match(text, s, e) and _asks_over_lines(t, spans, p, k))) \
                    or (i >= sub_from and _GLUED_CUE.match(text, s, e) and _replies_to_welcome(t, spans, p, k)):
                # one line per paragraph (pages copied with single line breaks): a question line (or a
                # "Q:" line) and the line after it are units of their own; in a block of timed cues, so is
                # a question that runs over the next cue or two ("00:34What are the ... or other" /
                # "00:39security arrangements with China?"), and the guest's reply to the host's welcome
                cur_u = Unit(fs, le, [i], pi, "plain", fs)
                units.append(cur_u)
            else:
                cur_u.end = le
                cur_u.lines.append(i)
            it = marker(items, s, fs)
            if it is not None and cur_u is not None and cur_u.lines[0] != i:
                cur_u.list_items.append(fs)
            k += 1
    spoken_alone = {accepted[x] for x in speechy if x in accepted}  # "Mr. Antony Loewenstein:" over his talk
    alone = [u for u in units if u.form == "label" and u.label is not None and not _WORD.search(t, u.content_start, u.end)]
    opens = {id(u) for u in alone if label_counts[u.label] >= 2 or u.label.isupper() or t[u.start:u.content_start].isupper()
             or _TIMED_LABEL.fullmatch(t, u.start, u.end)
             or u.label in time_labelled  # "William (00:00):"
             or _RANGE_LABEL.fullmatch(t, u.start, u.end)
             or _INITIALS_LABEL.fullmatch(t, u.start, u.end)
             or u.label in spoken_alone
             or _NUMBERED_VOICE.fullmatch(u.label)  # a transcription service's "Speaker 3"
             or t.startswith("((", u.start)}  # a script's "((Name, affiliation))"
    # a briefing that puts every speaker's label alone on its line, name and affiliation ("Andrew Gray, Reuters:"
    # over the question, then "Mark Rutte, Secretary General of NATO:" over the answer): where three speakers'
    # labels stand alone and one of them opens turns that way, a person's label seen once does too
    if any(id(u) in opens for u in alone) and len({u.label for u in alone}) >= 3:
        opens |= {id(u) for u in alone if is_person_name(u.label)}
    # a turn label alone in its paragraph, its words in the next one ("QUESTION:" / blank line / "Prime Minister,
    # what was ...?"): one turn, as where no blank line parts them
    joined: set[int] = set()
    for a, b in zip(units, units[1:]):
        if id(a) in opens and b.form == "plain" and not b.mark and b.para == a.para + 1 and _WORD.search(t, b.start, b.end) \
                and _BLANK_LINE.search(t, a.end, b.start) and not _DIGIT.search(t, a.start, a.end):  # (not a timed cue's label)
            a.end = b.end
            a.lines.extend(b.lines)
            a.list_items.extend(b.list_items)
            joined.add(id(b))
    units[:] = [u for u in units if id(u) not in joined]
    for u in units:
        if u.form != "clutter" and not _WORD.search(t, u.content_start, u.end):
            # a speaker label alone on its line ("RAY SUAREZ:", a name seen in several turns) still
            # opens a turn; a Title Case line ending in ':' seen once is a description, not a turn
            if id(u) in opens:
                continue
            u.form, u.reason = "clutter", "markup"
        elif u.form == "label" and u.label and legend_line(t, t[u.start:u.content_start].strip(" \t:"), u.content_start, u.end):
            u.form, u.reason = "clutter", "other"  # "SG: Dr. Sajjan Gohel": the transcript's legend of its initials
    starts = [s for s, _ in lines]
    inline_qs = not accepted and (split_inline_dash_turns(text, t, units, starts) | split_inline_questions(t, units, starts)
                                  | split_dash_answered(text, t, units, starts) | split_answered_prompts(t, units, starts))
    if not accepted:  # an unlabelled transcript's host opening, up to the first question
        split_host_opening(t, units, starts)
    # the first time code alone on its line: what follows is recorded talk, never a standfirst; not
    # a player widget's run of them ("0:00" / "0:00")
    def ts_only(i: int) -> bool:
        return 0 <= i < len(spans) and _TS_ONLY.fullmatch(t, *spans[i]) is not None

    # (a time code, never a bare number: "9" over an op-ed's title is a comment count, not a cue; pass 122)
    talk_from = next((lines[i][0] for i in timed if ts_only(i) and not ts_only(i - 1) and not ts_only(i + 1)
                      and not t[spans[i][0]:spans[i][1]].strip().isdigit()), len(t))
    assign_roles(text, t, units, accepted, 0 if transcript else lines[sub_from][0] if sub_from < len(lines) else len(t),
            talk_from=0 if transcript else talk_from, inline_questions=inline_qs)
    if not accepted:
        assign_dash_turns(text, t, units)
    assign_marked_interview(t, units)
    speakers = reporter_not_source(t, units, assign_marked_turns(t, units, _speakers(text, t, units, speaker_cues, speaker_model)),
                                speaker_cues)
    editor_intros(t, units)
    fixed = settle_names(t, units, speakers, speaker_model)
    return Layout(units, list(dict.fromkeys(fixed)))
