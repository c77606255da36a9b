"""The segmenter's speed-ups change no result: literal prefilters and start characters of the clutter
rules, the one-pass count of hard-wrapped lines, the office-word search and the name search in a long
text each agree with the plain regex they stand in for (thirty-seventh pass)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from polisent.segment import RuleSegmenter
from polisent.segment._label_accept import _finditer_at, _written_elsewhere
from polisent.segment._label_names import _OFFICE_WORDS, _job_names
from polisent.segment._lexicon import load_clutter_rules
from polisent.segment._line_clutter import _HEAD_PARAS, _clutter
from polisent.segment._prefilter import every_start, first_chars, fold, iter_starts, literal_starts, passes, required_literals
from polisent.segment._voices import _count_broken

ROOT = Path(__file__).resolve().parents[1]


def _lines() -> list[str]:
    """Lines of the project's own gold and example texts, plus furniture-like lines written here."""
    out: list[str] = []
    for p in sorted((ROOT / "benchmarks" / "gold" / "segment").rglob("*.*")) + sorted((ROOT / "examples").glob("*.*")):
        if p.suffix in (".txt", ".md", ".html", ".vtt", ".srt"):
            out += [" ".join(x.split()) for x in p.read_text(encoding="utf-8").split("\n") if x.strip()]
    out += ["Share this article", "SHARE THIS ARTICLE", "Photo: Reuters", "(Photo by AFP)", "By Anna Berg",
            "Subscribe to our newsletter", "\u00a9 2024 All rights reserved", "Read more: the talks", "Advertisement",
            "Comments policy", "Kİ SUBSCRİBE TO OUR NEWSLETTER", "ſhare this article", "Listen to this article",
            "Featured image: a tank", "12:30 PM", "Skip to content", "Transcripts are machine generated", ""]
    return out


def _reference_clutter(rules, plain: str, para: int, n_paras: int, first: bool = False):
    """The clutter pass before the prefilters: every rule's conditions, then its regex."""
    n_words = plain.count(" ") + 1
    for r in rules:
        if r.glued or n_words > r.max_words or (first and r.not_first):
            continue
        if r.where == "head" and para >= _HEAD_PARAS or r.where == "tail" and para < n_paras - 5:
            continue
        if r.keywords and not any(k in plain.lower() for k in r.keywords):
            continue
        if r.pattern.search(plain):
            return r
    return None


def test_fold_reads_every_character_as_a_case_insensitive_regex_does() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        f = fold(c)
        assert len(f) == 1, hex(cp)
        if letter.fullmatch(c):  # matched to an ASCII letter: fold gives that letter
            assert f.isascii() and f.isalpha() and re.fullmatch(f, c, re.IGNORECASE), hex(cp)
        else:
            assert not ("a" <= f <= "z"), hex(cp)


def test_required_literals_never_skip_a_line_a_rule_matches() -> None:
    rules = load_clutter_rules()
    assert sum(r.required is not None for r in rules) >= 10 and sum(r.starts is not None for r in rules) >= 30
    lines = _lines()
    for r in rules:
        for line in lines:
            if not r.pattern.search(line):
                continue
            if r.required is not None:
                assert passes(r.required, fold(line) if r.folds else line), (r.name, line)
            if r.starts is not None:
                assert (fold(line[:1]) if r.folds else line[:1]) in r.starts, (r.name, line)


def test_required_literals_of_small_patterns() -> None:
    assert required_literals(r"\bcomments?[ \t]+polic(?:y|ies)\b", re.IGNORECASE) == ("comment",)
    assert required_literals(r"(?:read[ \t]+more|see[ \t]+also)", re.IGNORECASE) == ("also", "read")  # one necessary part of each branch
    assert required_literals(r"\d+[ \t]*(?:min|minutes)", 0) == ("min",)
    assert required_literals(r"(?:photo)?[ \t]*credit", re.IGNORECASE) == ("credit",)  # an optional part requires nothing
    assert required_literals(r"(?:photo|\w+)[ \t]by", re.IGNORECASE) == ("by",)
    assert required_literals(r"(?:photo|\w+)[ \t]b", re.IGNORECASE) is None  # "b" is too short, one branch any word
    assert required_literals(r"^share", re.IGNORECASE) is None  # anchored: the engine tries one position anyway
    assert first_chars(r"^(?:share|print)\b", re.IGNORECASE) == frozenset("ps")
    assert first_chars(r"^(?:\(|\[)?photo", re.IGNORECASE) == frozenset("([p")
    assert first_chars(r"^\W*listen", re.IGNORECASE) is None
    assert first_chars(r"share", re.IGNORECASE) is None  # not anchored


@pytest.mark.parametrize("seed", [0, 1])
def test_clutter_pass_agrees_with_the_plain_rule_loop(seed: int) -> None:
    rules = load_clutter_rules()
    rng = random.Random(seed)
    lines = _lines()
    for line in lines + [rng.choice(lines) + " " + rng.choice(lines) for _ in range(300)]:
        for para, n_paras, first in ((0, 40, True), (3, 40, False), (20, 40, False), (38, 40, False)):
            assert _clutter(rules, line, para, n_paras, first) is _reference_clutter(rules, line, para, n_paras, first), line


def test_count_of_broken_lines_agrees_with_the_regex() -> None:
    broken = re.compile(r"[^\n]{30,}[^\n.?!:;\"\u201d)\]]\n[a-z]")  # the regex _count_broken replaced
    rng = random.Random(3)
    pieces = ["a" * 29, "a" * 30, "a" * 31, "a" * 40 + ".", "b", "Cc", "", "x" * 45 + ")", "y" * 33]
    for _ in range(3000):
        t = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert _count_broken(t.split("\n")) == len(broken.findall(t)), repr(t)


def test_office_word_search_agrees_with_the_overlapping_regex() -> None:
    from polisent.segment._label_names import _ASCII_WORD, _JOB_NAME

    job_name = re.compile(r"(?=\b(?P<job>[A-Za-z]+)(?:[ \t]+(?:of|to|for)[ \t]+(?:the[ \t]+)?[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,3})?"
                          r"(?:,?[ \t]+(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3})"
                          r"|[ \t]+(?P<surname>[A-Z][a-z][\w'\u2019-]+)(?![ \t]*[A-Z\w'\u2019-])))")  # before the pass
    texts = ["Foreign Minister of Taiwan, Jaushieh Joseph Wu, speaks about the strait.",
             "PRIME MINISTER Anna Berg and Defence Minister Iwaya met Ministers Lee Kim.",
             "The envoy, Ambassador Omar Said, told the Secretary-General Guterres. Spokesman Tanaka",
             "minister\u017f Omar Said; Chairman Mao Zedong and chairwoman Ruth Ross; xMinister Ali Ben; 3Minister Al Bo"]
    rng = random.Random(7)
    words = ["Minister", "MINISTER", "minister", "Chairman", "chair", "Omar", "Said", "of", "the", "Taiwan", ",", "x", "Lee"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) for _ in range(2000)]
    for t in texts:
        old = [(m.start(), m.groupdict()) for m in job_name.finditer(t) if m.group("job").lower() in _OFFICE_WORDS]
        new = [(m.start(), m.groupdict()) for w in _ASCII_WORD.finditer(t) if w.group().lower() in _OFFICE_WORDS
               for m in [_JOB_NAME.match(t, w.start())] if m is not None]
        assert new == old, t
    assert _job_names(texts[0], 0, len(texts[0]))["minister"] == "Jaushieh Joseph Wu"


def test_name_search_in_a_long_text_agrees_with_finditer() -> None:
    rx = re.compile(r"(?i)(?<![\w'\u2019-])kİm[ \t]+lee(?![\w'\u2019-])")
    t = "KIM LEE: Hello. kim lee said, and Kım Lee, Kim  Lee and xkim lee. K\u0130M LEE and \u212aim Lee."
    assert [m.span() for m in _finditer_at(rx, t, "kİm")] == [m.span() for m in rx.finditer(t)]
    rx2 = re.compile(r"(?i)(?<![\w'\u2019-])ann[ \t]+lee(?![\w'\u2019-])")
    t2 = "ANN LEE:\nHello. I'm Ann Lee in Seoul. ann lee; ANNE LEE; Ann Lees."
    assert [m.span() for m in _finditer_at(rx2, t2, "Ann")] == [m.span() for m in rx2.finditer(t2)]
    assert _written_elsewhere("Ann Lee speaks.\nANN LEE:\nHello.", "ANN LEE", 16, 24)


def test_word_spans_agree_with_the_word_bounded_regex() -> None:
    from polisent.segment._prefilter import word_spans

    rng = random.Random(5)
    cap = re.compile(r"[ \t]+[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f]")
    for _ in range(3000):
        word = rng.choice(["Lee", "al-Sabah", "O'Neil", "Ng", "_x", "Kım"])
        pieces = [word, word + "s", "x" + word, " ", "  Kim", " kim", ".", "_", "\u00c9", "9", "\t", "\n"]
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        a, b = sorted((rng.randint(0, len(t)), rng.randint(0, len(t))))
        plain = re.compile(rf"\b{re.escape(word)}\b")
        capped = re.compile(rf"\b{re.escape(word)}\b(?!{cap.pattern})")
        assert list(word_spans(t, word, a, b)) == [m.span() for m in plain.finditer(t, a, b)], (t, a, b)
        assert list(word_spans(t, word, a, b, not_before=cap)) == [m.span() for m in capped.finditer(t, a, b)], (t, a, b)


def test_folded_literals_of_cue_regexes_with_scoped_flags() -> None:
    assert required_literals(r"\b(?i:spoke\s+to)[ \t]+(?:[a-z]+[ \t]+){0,3}\Z", 0, folded=True) == ("spoke",)
    assert required_literals(r"(?-i:By)[ \t]+(?:the\s+)?Minister", re.IGNORECASE, folded=True) == ("minister",)
    assert required_literals(r"(?i:spoke)|Σ", 0, folded=True) is None  # a cased non-ASCII letter: no safe literal


def test_bounded_spans_and_literal_starts_agree_with_their_regexes() -> None:
    from polisent.segment._prefilter import bounded_spans, literal_starts

    rng = random.Random(11)
    for _ in range(4000):
        word = rng.choice(["Lee", "al", "O'N", "aa", "Ng-", "x"])
        pieces = [word, word + "s", "x" + word, "'", "-", " ", "_", "\u2019", "9", "\u00e9", ".", word]
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        a, b = sorted((rng.randint(0, len(t)), rng.randint(0, len(t))))
        rx = re.compile(rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w'\u2019-])")
        assert list(bounded_spans(t, word, a, b)) == [m.span() for m in rx.finditer(t, a, b)], (t, word, a, b)
        assert literal_starts(t, word) == [m.start() for m in re.finditer(re.escape(word), t)], (t, word)


def test_lazy_starts_agree_with_the_list_and_stop_early() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        t = "".join(rng.choice("ab c.") for _ in range(rng.randint(0, 40)))
        sub = "".join(rng.choice("ab ") for _ in range(rng.randint(1, 3)))
        starts = literal_starts(t, sub)
        assert list(iter_starts(t, sub)) == starts
        pred = (lambda s: s % 3 != 1) if rng.random() < 0.5 else (lambda s: True)
        assert every_start(t, sub, pred) == (bool(starts) and all(pred(s) for s in starts))
    # a name written 100,000 times is not scanned to the end once a check fails at its first place
    seen: list[int] = []
    assert not every_start("Abc Def: " * 100_000, "Abc Def", lambda s: seen.append(s) or False)
    assert seen == [0]


def test_before_cue_search_by_alternatives_agrees_with_the_whole_regex() -> None:
    """``search_before`` (a "before" cue's phrase searched alternative by alternative, each where its literal
    stands) finds the match ``rx.search`` finds, in the windows before every capitalised word, for the
    built-in cues and a user's."""
    from polisent.segment._speaker_cues import _before_plan, load_speaker_cues, search_before

    cues = load_speaker_cues([{"kind": "interview", "where": "before", "phrase": "joined by|we talk to|(?:our|my) guest"},
                              {"kind": "self", "where": "before", "phrase": "i am|this is"}]).cues
    befores = [c[3] for c in cues if c[0] == "before"]
    assert sum(_before_plan(rx.pattern, rx.flags)[2] is not None for rx in befores) >= 3  # the cut is used
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.*"))]
    texts += ["Today we talk to the man joined by Anna Berg", "JOINED TODAY BY the minister of Defence, Pat Kim",
              "In an interview with the BBC, spoke to Ann Lee and our guest Bo Li. I am Jo Ng; this is Al Wu"]
    n = 0
    for t in texts:
        for m in re.finditer(r"[A-Z]", t[:20000]):
            end = m.start()
            for lo in (max(0, end - 160), max(0, end - 360)):
                for rx in befores:
                    got, want = search_before(rx, t, lo, end), rx.search(t, lo, end)
                    assert (got and got.span()) == (want and want.span()), (rx.pattern[:60], t[lo:end])
                    n += want is not None
    assert n > 20


def test_guarded_scans_with_required_characters_agree_with_their_regexes() -> None:
    """A Guarded scan whose regex consumes an uncased character in every match (the round-up's hand-overs: a
    colon; a question's "?") finds what the regex finds, in every unit-sized span of the example texts,
    pre-folded or not."""
    from polisent.segment._required_chars import required_chars
    from polisent.segment._roles import _QUOTED_Q_SCAN, _THANKED_SCAN
    from polisent.segment._roundup import _HAND_OVER_AFTER_SCAN, _HAND_OVER_SCAN, _INLINE_HAND_OVER_SCAN

    assert required_chars(r"a[:]b\?(?=;)(?:x|y:)", 0) == ":?"
    assert required_chars(r"(?i)A:", re.IGNORECASE) == ":" and required_chars(r"a(?::)?", 0) == ""
    scans = [_QUOTED_Q_SCAN, _THANKED_SCAN, _HAND_OVER_AFTER_SCAN, _HAND_OVER_SCAN, _INLINE_HAND_OVER_SCAN]
    assert all(g.chars for g in scans[:1] + scans[2:]) and not _THANKED_SCAN.chars
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.*"))]
    texts += ["The deal is fragile, Le Monde notes:\n", "Anna Berg is a professor. Berg writes: \u201cThe talks will fail.\u201d",
              "Berg writes \u201cno colon\u201d", "He asked: why? She said no."]
    rng = random.Random(7)
    for t in texts:
        spans = [(0, len(t))] + [tuple(sorted((rng.randrange(len(t) + 1), rng.randrange(len(t) + 1)))) for _ in range(100)]
        for s, e in spans:
            for g in scans:
                got, want = g.search(t, s, e), g.rx.search(t, s, e)
                assert (got and got.span()) == (want and want.span())
                assert [m.span() for m in g.finditer(t, s, e, fold(t[s:e]))] == [m.span() for m in g.rx.finditer(t, s, e)]


def test_lower_case_test_counts_letters_as_str_methods_do() -> None:
    """``is_lower_case`` (ASCII letters counted as bytes, the rest one by one) says what the count of
    ``str.isalpha`` and ``str.isupper`` over every character says, on real, accented and odd texts."""
    from polisent.segment._units import is_lower_case

    def reference(text: str) -> bool:
        step = max(1, len(text) // 20000)
        sample = text[::step] if step > 1 else text
        letters = sum(map(str.isalpha, sample))
        return letters >= 200 and sum(map(str.isupper, sample)) * 100 < letters

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.*"))]
    rng = random.Random(3)
    alphabet = "abcxyz ABC.\u00e9\u00c9\u0130\u0131\u017f\u212a\u01c5\u00aa\u00b2\u0663\u4e2d\u03d2\ud800\U0001d400 \n"
    for n in (150, 199, 200, 201, 250, 5000, 45000):
        for _ in range(20):
            texts.append("".join(rng.choice(alphabet) for _ in range(n)))
            texts.append("welcome to hardtalk. " * (n // 21) + "".join(rng.choice("ABC\u00c9\u0130") for _ in range(rng.randrange(6))))
    for t in texts:
        assert is_lower_case(t) == reference(t), t[:60]
