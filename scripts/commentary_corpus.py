"""Build and check the polisent commentary corpus (``data/commentary/``).

Sub-commands (guideline: ``docs/annotation.md``)::

    python scripts/commentary_corpus.py merge             # raw/*/ -> documents.jsonl (dedup, ids, units frozen)
    python scripts/commentary_corpus.py split             # assign train/dev/test by document -> splits.json
    python scripts/commentary_corpus.py units DOC_ID      # print a document's numbered units
    python scripts/commentary_corpus.py lookup NAME       # registry ids whose names contain NAME
    python scripts/commentary_corpus.py check FILE.ann... # validate annotation files
    python scripts/commentary_corpus.py build             # ann/<annotator>/*.ann -> units.jsonl, pairs.jsonl (+ second/)
    python scripts/commentary_corpus.py agreement         # Cohen's kappa, first vs second annotator

The unit splitter is frozen: changing it would move the unit ids annotations refer to. It is
deliberately independent of polisent's own segmenter, so the corpus does not inherit its choices.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# ``POLISENT_COMMENTARY`` builds another corpus with the same tools (a separate blind set)
CORPUS = Path(os.environ.get("POLISENT_COMMENTARY") or ROOT / "data" / "commentary")
ACTORS = ROOT / "polisent" / "data" / "actors"
MIN_CHARS = 300  # shorter excerpts are dropped at merge

KINDS = {"heading", "intro", "question", "interviewer", "answer", "body", "clutter"}
CLAIM_KINDS = {"answer", "body", "intro"}
ROLES = {"editor", "interviewer", "host", "interviewee", "guest", "author"}
REASONS = {"navigation", "share", "byline", "date", "author_bio", "caption", "related", "subscribe", "media",
           "timestamp", "editor_note", "legal", "link", "ad", "other"}
SENTIMENT = {"negative", "neutral", "positive"}
STANCE = {"against", "none", "favor"}
TAGS = {"factual", "victim", "aggressor_factual", "reported", "quote", "critic_of_critics", "prediction",
        "conditional", "sarcasm", "praise_negative_words", "hedged", "rhetorical", "mixed", "metonym",
        "pronoun", "demonym"}
FORMATS = {"question_headings", "qa_lines", "bold_questions", "bare_questions", "name_turns", "caps_turns",
           "inline_turns", "broadcast_transcript", "podcast_transcript", "subtitles", "oped", "analysis",
           "expert_comment", "news_quotes"}

# ---------------------------------------------------------------------------------------------- units
_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sen", "rep", "gov", "pres", "jr", "sr",
           "inc", "corp", "ltd", "co", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul",
           "aug", "sep", "sept", "oct", "nov", "dec", "sgt", "capt", "adm", "maj", "rev", "hon", "amb", "mt", "ft",
           "u.s", "u.k", "u.n", "a.m", "p.m", "approx", "dept", "est", "fig", "op", "cf", "al"}
_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9<])")
_END_LOWER = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Za-z0-9<>])")


def split_units(text: str) -> list[tuple[int, int]]:
    """Character spans of the units of ``text``: each non-blank line, cut into sentences.

    >>> t = "Title\\nDr. Smith said no. Mr. Jones? Yes! A. B. Cole agreed."
    >>> [t[s:e] for s, e in split_units(t)]
    ['Title', 'Dr. Smith said no.', 'Mr. Jones?', 'Yes!', 'A. B. Cole agreed.']

    Caption text with no capitals (closed captions) is cut at every sentence end:

    >>> t = "we are going to talk about syria tonight. my first question is simple. when did it start?"
    >>> len(split_units(t))
    3
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start_line, pos = pos, pos + len(line) + 1
        cut = start_line
        letters = [ch for ch in line if ch.isalpha()]
        lower_case_line = len(letters) > 40 and sum(ch.isupper() for ch in letters) < 0.01 * len(letters)
        for m in (_END_LOWER if lower_case_line else _END).finditer(line):
            end = start_line + m.end()
            word = re.search(r"([\w.]+)[.!?\u2026]*$", line[: m.start() + 1])
            w = (word.group(1) if word else "").rstrip(".").lower()
            nxt = line[m.end():].lstrip()[:1]
            if m.group(0)[0] == "." and (w in _ABBREV or len(w) == 1 or (w == "no" and nxt.isdigit())):
                continue
            _add(text, cut, end, spans)
            cut = end
        _add(text, cut, start_line + len(line), spans)
    return spans


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


# ---------------------------------------------------------------------------------------------- io
def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def documents() -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in read_jsonl(CORPUS / "documents.jsonl")}


def registry_records() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for f in sorted(ACTORS.glob("*.jsonl")):
        if f.name != "false_friends.jsonl":
            rows.extend(read_jsonl(f))
    return rows


# ---------------------------------------------------------------------------------------------- merge
_SHINGLE, _STRIDE = 80, 25  # a run of 105 shared characters or more always shares an indexed shingle


def _norm_url(url: str) -> str:
    """A URL without scheme, "www.", "amp" paths and trailing slash: one page however a collector wrote it.

    >>> _norm_url("https://www.Example.org/a/amp/"), _norm_url("http://example.org/a?x=1")
    ('example.org/a', 'example.org/a?x=1')
    """
    u = url.strip().split("://", 1)[-1].lower()
    u = u.removeprefix("www.").rstrip("/")
    return re.sub(r"/amp$|/amp(?=/)", "", u)


class _OtherCorpora:
    """URLs and text shingles of every other corpus beside this one (``data/commentary*``: the main
    corpus with its test split, the blind set, the other dev sets): a page collected again under
    another URL or from a mirror is a copy (the thirty-seventh pass found three dev documents that
    copied test documents, collected when only the dev sets' URLs were checked)."""

    def __init__(self, corpus: Path) -> None:
        self.urls: dict[str, str] = {}
        self.index: dict[int, set[str]] = defaultdict(set)
        self.length: dict[str, int] = {}
        for path in sorted(corpus.parent.glob("commentary*/documents.jsonl")):
            if path.parent.resolve() == corpus.resolve():
                continue
            for d in read_jsonl(path):
                key = f"{path.parent.name}/{d['id']}"
                if d.get("url"):
                    self.urls[_norm_url(str(d["url"]))] = key
                t = " ".join(d["text"].split())
                self.length[key] = len(t)
                for i in range(0, max(1, len(t) - _SHINGLE + 1), _STRIDE):
                    self.index[hash(t[i:i + _SHINGLE])].add(key)

    def copy_of(self, url: str, text: str) -> str | None:
        """The document ``url`` or ``text`` copies (the same page, or half its text shared), or None."""
        if url and _norm_url(url) in self.urls:
            return self.urls[_norm_url(url)]
        t = " ".join(text.split())
        hits: Counter[str] = Counter()
        for i in range(0, max(1, len(t) - _SHINGLE + 1)):
            for key in self.index.get(hash(t[i:i + _SHINGLE]), ()):
                hits[key] += 1
        for key, n in hits.most_common(3):
            if n * _STRIDE >= 0.5 * min(len(t), self.length[key]):
                return key
        return None


def cmd_merge(_: argparse.Namespace) -> int:
    """Merge every collector's raw/<X>/meta.jsonl + <id>.txt into documents.jsonl (dedup by url and text,
    within this corpus and against every other corpus beside it)."""
    old = documents()
    out: dict[str, dict[str, Any]] = dict(old)
    seen_url = {d["url"].rstrip("/") for d in old.values()}
    seen_text = {hashlib.sha1(d["text"].encode()).hexdigest() for d in old.values()}
    others = _OtherCorpora(CORPUS)
    dropped: Counter[str] = Counter()
    for meta in sorted((CORPUS / "raw").glob("*/meta.jsonl")):
        for m in read_jsonl(meta):
            f = meta.parent / f"{m['id']}.txt"
            if not f.exists():
                dropped["no text file"] += 1
                continue
            text = f.read_text(encoding="utf-8")
            h = hashlib.sha1(text.encode()).hexdigest()
            url = str(m.get("url") or "").rstrip("/")
            if m["id"] in out:
                continue
            if url in seen_url or h in seen_text:
                dropped["duplicate"] += 1
                continue
            if (copy := others.copy_of(url, text)) is not None:
                print(f"dropped {m['id']}: a copy of {copy}", file=sys.stderr)
                dropped["copy of another corpus's document"] += 1
                continue
            if len(text.strip()) < MIN_CHARS:
                dropped["too short"] += 1
                continue
            if m.get("format") not in FORMATS:
                print(f"warning: {m['id']}: unknown format {m.get('format')!r}", file=sys.stderr)
            seen_url.add(url)
            seen_text.add(h)
            units = split_units(text)
            out[m["id"]] = {"id": m["id"], "url": m.get("url"), "title": m.get("title"), "outlet": m.get("outlet"),
                            "date": m.get("date"), "format": m.get("format"), "region": m.get("region"),
                            "topic": m.get("topic"), "collector": meta.parent.name, "query": m.get("query"),
                            "text": text, "units": [[s, e] for s, e in units]}
    write_jsonl(CORPUS / "documents.jsonl", sorted(out.values(), key=lambda d: d["id"]))
    print(f"{len(out)} documents ({len(out) - len(old)} new); dropped {dict(dropped)}")
    return 0


# ---------------------------------------------------------------------------------------------- split
def cmd_split(args: argparse.Namespace) -> int:
    """Assign splits by document, stratified by format then outlet; existing assignments never move."""
    path = CORPUS / "splits.json"
    splits: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}
    docs = documents()
    new = [d for d in docs.values() if d["id"] not in splits]
    rng = random.Random(args.seed)
    rng.shuffle(new)
    # stratify: walk documents grouped by format, then outlet, cycling through a fixed pattern
    new.sort(key=lambda d: (str(d.get("format")), str(d.get("outlet"))))
    pattern = ["train", "test", "train", "dev", "train", "test", "train", "train", "dev", "test"]
    offset = rng.randrange(len(pattern))
    for i, d in enumerate(new):
        splits[d["id"]] = pattern[(i + offset) % len(pattern)]
    path.write_text(json.dumps(dict(sorted(splits.items())), indent=1) + "\n")
    print(Counter(splits.values()))
    return 0


# ---------------------------------------------------------------------------------------------- units / lookup
def cmd_units(args: argparse.Namespace) -> int:
    docs = documents()
    for doc_id in args.doc:
        d = docs[doc_id]
        print(f"## {doc_id}  ({d.get('outlet')}, {d.get('format')}, {len(d['units'])} units)")
        for i, (s, e) in enumerate(d["units"], 1):
            print(f"u{i}\t{d['text'][s:e]}")
    return 0


def _names(r: dict[str, Any]) -> list[str]:
    out = [r["id"], r.get("name", "")]
    for k in ("variants", "aliases", "adjectives", "demonyms", "metonyms", "surnames"):
        out += list(r.get(k) or [])
    if r.get("capital"):
        out.append(r["capital"])
    return out


def cmd_lookup(args: argparse.Namespace) -> int:
    q = " ".join(args.name).lower()
    hits = [r for r in registry_records() if any(q in n.lower() for n in _names(r))]
    for r in hits[:25]:
        print(f"{r['id']}\t{r.get('type')}\t{r.get('name')}\t{', '.join(_names(r)[2:8])}")
    if not hits:
        print(f"(no registry actor matches {q!r}: use x:<slug>)")
    return 0


# ---------------------------------------------------------------------------------------------- parse/check
_RANGE = re.compile(r'^u(\d+)(?:-u?(\d+))?\s+(\w+)(?:\s+(\w+))?(?:\s+"([^"]*)")?(?:\s+(\w+))?\s*$')


def parse_ann(path: Path, docs: dict[str, dict[str, Any]], ids: set[str]) -> tuple[list[dict], list[dict], list[str]]:
    """Units and pairs of one annotation file, with errors (empty when valid)."""
    doc_id = path.stem
    errors: list[str] = []
    if doc_id not in docs:
        return [], [], [f"{path}: no document {doc_id!r}"]
    d = docs[doc_id]
    text, spans = d["text"], d["units"]
    n = len(spans)
    kinds: dict[int, dict[str, Any]] = {}
    pairs: list[dict[str, Any]] = []
    section = None
    for ln, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path}:{ln}"
        if not line:
            continue
        if line.startswith("#"):
            low = line.lower()
            section = "structure" if "structure" in low else "pairs" if "pairs" in low else section
            continue
        if section == "structure":
            m = _RANGE.match(line)
            if not m:
                errors.append(f"{where}: cannot read structure line {line!r}")
                continue
            a, b = int(m.group(1)), int(m.group(2) or m.group(1))
            kind, extra, name, tail = m.group(3), m.group(4), m.group(5), m.group(6)
            rec: dict[str, Any] = {"kind": kind, "reason": None, "role": None, "speaker": name or None, "glued": False}
            if kind not in KINDS:
                errors.append(f"{where}: unknown kind {kind!r}")
            if kind == "clutter":
                rec["reason"] = extra
                if extra not in REASONS:
                    errors.append(f"{where}: unknown clutter reason {extra!r}")
            elif extra == "glued" and tail is None:
                rec["glued"] = True
            elif extra is not None:
                rec["role"] = extra
                if extra not in ROLES:
                    errors.append(f"{where}: unknown role {extra!r}")
            if tail == "glued":
                rec["glued"] = True
            elif tail is not None:
                errors.append(f"{where}: unexpected {tail!r}")
            if not 1 <= a <= b <= n:
                errors.append(f"{where}: units u{a}-u{b} outside u1-u{n}")
                continue
            for u in range(a, b + 1):
                if u in kinds:
                    errors.append(f"{where}: u{u} labelled twice")
                kinds[u] = rec
        elif section == "pairs":
            parts = [p.strip() for p in line.split("|")]
            if len(parts) not in (5, 6):
                errors.append(f"{where}: a pair needs 'uN | actor | mentions | sentiment | stance [| tags]'")
                continue
            u_s, actor, ments, sent, stan = parts[:5]
            tags = [t.strip() for t in parts[5].split(",") if t.strip()] if len(parts) == 6 else []
            if not re.fullmatch(r"u\d+", u_s) or not 1 <= int(u_s[1:]) <= n:
                errors.append(f"{where}: bad unit {u_s!r}")
                continue
            u = int(u_s[1:])
            if actor not in ids and not re.fullmatch(r"x:[a-z0-9_]+", actor):
                errors.append(f"{where}: actor {actor!r} is not a registry id (use x:<slug>)")
            if sent not in SENTIMENT:
                errors.append(f"{where}: sentiment {sent!r}")
            if stan not in STANCE:
                errors.append(f"{where}: stance {stan!r}")
            bad = [t for t in tags if t not in TAGS]
            if bad:
                errors.append(f"{where}: unknown tags {bad}")
            us, ue = spans[u - 1]
            unit = text[us:ue]
            mentions = []
            for mtext in [x.strip() for x in ments.split(";") if x.strip()]:
                k = 1
                mm = re.fullmatch(r"(.*)#(\d+)", mtext)
                if mm:
                    mtext, k = mm.group(1), int(mm.group(2))
                # a subtitle timing glued to the word ("00:22AUGUS") is not part of the mention
                mtext = _GLUED_TIME.sub("", mtext) or mtext
                pos, found = -1, 0
                while found < k:
                    pos = _find_word(unit, mtext, pos + 1)
                    if pos < 0:
                        break
                    found += 1
                if pos < 0:
                    errors.append(f"{where}: mention {mtext!r}#{k} not found in u{u}: {unit[:80]!r}")
                    continue
                mentions.append({"start": us + pos, "end": us + pos + len(mtext), "text": mtext})
            if not mentions:
                errors.append(f"{where}: no mention")
            pairs.append({"unit": u, "actor": actor, "mentions": mentions, "sentiment": sent, "stance": stan,
                          "tags": tags, "line": ln})
    missing = [u for u in range(1, n + 1) if u not in kinds]
    if missing:
        errors.append(f"{path}: units without a structure label: {_ranges(missing)}")
    seen = Counter((p["unit"], p["actor"]) for p in pairs)
    for (u, a), c in seen.items():
        if c > 1:
            errors.append(f"{path}: u{u} {a} listed {c} times (one pair per unit and actor)")
    for p in pairs:
        k = kinds.get(p["unit"], {}).get("kind")
        if k and k not in CLAIM_KINDS:
            errors.append(f"{path}:{p['line']}: pair on u{p['unit']} of kind {k} (pairs go on answer/body/intro)")
    units = []
    for u in range(1, n + 1):
        s, e = spans[u - 1]
        units.append({"doc_id": doc_id, "unit": u, "start": s, "end": e, **kinds.get(u, {"kind": None})})
    return units, pairs, errors


def _fold(s: str) -> str:
    """Case- and accent-folded text: "Peñaranda" and "PENARANDA" compare equal."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def absent_speakers(where: str | Path, units: list[dict[str, Any]], text: str) -> list[str]:
    """Units whose speaker name the text never writes (no word of it occurs, or not its last word, the
    surname the evaluation compares: "Nasser Arrabyee" over a transcript that says "Nasser Arabi"): the
    guideline names a speaker only where the text gives one, never from a page's metadata or the
    annotator's knowledge.
    Only ``check`` asks (the committed corpora are built as labelled).

    >>> absent_speakers("x.ann", [{"unit": 2, "speaker": "Raúl Peñaranda"}, {"unit": 3, "speaker": "Ana Ruiz"}],
    ...                 "Interview with PENARANDA, a journalist.")
    ["x.ann: u3 speaker 'Ana Ruiz' is not in the text (give the role only)"]
    """
    folded = _fold(text)
    out, seen = [], set()
    for u in units:
        name = u.get("speaker")
        if not name or name in seen:
            continue
        words = [w for w in re.findall(r"[\w'\u2019-]+", _fold(name)) if len(w) > 1 or not w.isascii()]
        if words and not any(w in folded for w in words):
            seen.add(name)
            out.append(f"{where}: u{u['unit']} speaker {name!r} is not in the text (give the role only)")
        elif words and words[-1] not in folded:  # the surname, which the evaluation compares, spelled as the text never does
            seen.add(name)
            out.append(f"{where}: u{u['unit']} speaker {name!r}: the text never writes {words[-1]!r} (give the name as the text "
                       "writes it, or the role only)")
    return out


_GLUED_TIME = re.compile(r"^\d{1,2}:\d{2}(?:[.:]\d{1,3})?(?=[^\W\d])")


def _find_word(hay: str, needle: str, start: int) -> int:
    """First occurrence of needle at or after start that is not inside a longer word."""
    while True:
        pos = hay.find(needle, start)
        if pos < 0:
            return -1
        before = hay[pos - 1] if pos > 0 else " "
        after = hay[pos + len(needle)] if pos + len(needle) < len(hay) else " "
        if before.isdigit() and needle[:1].isalpha():
            before = " "  # a timestamp glued to the word ("00:22AUGUS")
        if not (_joins(before, needle[:1])) and not (_joins(after, needle[-1:])):
            return pos
        start = pos + 1


def _joins(a: str, b: str) -> bool:
    """Two characters of one word: both letters or digits, neither of a script written without spaces
    between words (Chinese, Japanese: "\u4e2d\u56fd" is a whole mention inside "\u4e2d\u56fd\u548c\u4fc4\u7f57\u65af")."""
    return a.isalnum() and b.isalnum() and not (_unspaced(a) or _unspaced(b))


def _unspaced(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("CJK ", "HIRAGANA", "KATAKANA", "HALFWIDTH KATAKANA"))


def _ranges(nums: list[int]) -> str:
    out, i = [], 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(f"u{nums[i]}" + (f"-u{nums[j]}" if j > i else ""))
        i = j + 1
    return ", ".join(out)


def cmd_check(args: argparse.Namespace) -> int:
    docs = documents()
    ids = {r["id"] for r in registry_records()}
    bad = 0
    for f in args.files:
        units, pairs, errors = parse_ann(Path(f), docs, ids)
        if Path(f).stem in docs:
            errors += absent_speakers(f, units, docs[Path(f).stem]["text"])
        for e in errors:
            print(e)
        bad += bool(errors)
        if not errors:
            print(f"{f}: ok ({len(units)} units, {len(pairs)} pairs)")
    return 1 if bad else 0


# ---------------------------------------------------------------------------------------------- build
def _collect(annotator_dirs: list[Path], docs: dict, ids: set[str], split_of: dict[str, str]) -> tuple[list, list, list]:
    units_out, pairs_out, errs = [], [], []
    for adir in annotator_dirs:
        for f in sorted(adir.glob("*.ann")):
            units, pairs, errors = parse_ann(f, docs, ids)
            if errors:
                errs.extend(errors)
                continue
            d = docs[f.stem]
            kinds = {u["unit"]: u for u in units}
            for u in units:
                u["annotator"] = adir.name
                u["split"] = split_of.get(f.stem)
                units_out.append(u)
            for p in pairs:
                u = kinds[p["unit"]]
                pairs_out.append({
                    "id": f"{f.stem}:u{p['unit']}:{p['actor']}", "doc_id": f.stem, "split": split_of.get(f.stem),
                    "unit": p["unit"], "claim_start": u["start"], "claim_end": u["end"],
                    "claim": d["text"][u["start"]:u["end"]], "actor": p["actor"], "mentions": p["mentions"],
                    "sentiment": p["sentiment"], "stance": p["stance"], "tags": p["tags"],
                    "speaker": u.get("speaker"), "role": u.get("role"), "kind": u["kind"],
                    "format": d.get("format"), "outlet": d.get("outlet"), "annotator": adir.name})
    return units_out, pairs_out, errs


def _multi_actor_tags(pairs: list[dict[str, Any]]) -> None:
    by_unit: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for p in pairs:
        by_unit[(p["doc_id"], p["unit"])].append(p)
    for group in by_unit.values():
        if len(group) > 1:
            for p in group:
                p["tags"] = sorted(set(p["tags"]) | {"multi_actor"})
            if len({p["sentiment"] for p in group}) > 1:
                for p in group:
                    p["tags"] = sorted(set(p["tags"]) | {"multi_actor_diverse"})


def _adjudicate(units: list[dict], pairs: list[dict], second_pairs: list[dict]) -> int:
    """Apply ``adjudication.jsonl`` (decisions on first/second disagreements) to the first annotation."""
    path = CORPUS / "adjudication.jsonl"
    if not path.exists():
        return 0
    by_pair = {p["id"]: p for p in pairs}
    second = {p["id"]: p for p in second_pairs}
    by_unit = {f"{u['doc_id']}:u{u['unit']}": u for u in units}
    n = 0
    for row in read_jsonl(path):
        item, field, final = row["item"], row["field"], row["final"]
        if field in ("sentiment", "stance") and item in by_pair:
            if final not in (SENTIMENT if field == "sentiment" else STANCE):
                raise SystemExit(f"adjudication: bad {field} {final!r} for {item}")
            by_pair[item][field] = final
            by_pair[item]["adjudicated"] = True
            n += 1
        elif field == "pair":
            if final == "absent" and item in by_pair:
                pairs.remove(by_pair.pop(item))
                n += 1
            elif final == "present" and item not in by_pair and item in second:
                p = dict(second[item], annotator="adjudicated", adjudicated=True)
                for head in ("sentiment", "stance"):
                    if row.get(head):
                        p[head] = row[head]
                pairs.append(p)
                by_pair[item] = p
                n += 1
        elif field == "kind" and item in by_unit:
            if final not in KINDS:
                raise SystemExit(f"adjudication: bad kind {final!r} for {item}")
            by_unit[item]["kind"] = final
            by_unit[item]["adjudicated"] = True
            n += 1
    return n


def cmd_build(_: argparse.Namespace) -> int:
    docs = documents()
    ids = {r["id"] for r in registry_records()}
    split_of = json.loads((CORPUS / "splits.json").read_text()) if (CORPUS / "splits.json").exists() else {}
    first_dirs = sorted(p for p in (CORPUS / "ann").glob("*") if p.is_dir() and not p.name.startswith("second"))
    units, pairs, errs = _collect(first_dirs, docs, ids, split_of)
    second = sorted(p for p in (CORPUS / "ann").glob("second*") if p.is_dir())
    u2, p2, errs2 = _collect(second, docs, ids, split_of) if second else ([], [], [])
    errs += errs2
    for e in errs:
        print(e, file=sys.stderr)
    n_adj = _adjudicate(units, pairs, p2)
    _multi_actor_tags(pairs)
    write_jsonl(CORPUS / "units.jsonl", units)
    write_jsonl(CORPUS / "pairs.jsonl", sorted(pairs, key=lambda p: (p["doc_id"], p["unit"], p["actor"])))
    if second:
        _multi_actor_tags(p2)
        write_jsonl(CORPUS / "second" / "units.jsonl", u2)
        write_jsonl(CORPUS / "second" / "pairs.jsonl", p2)
    print(f"adjudicated decisions applied: {n_adj}")
    labelled = {u["doc_id"] for u in units}
    print(f"{len(labelled)} documents labelled, {len(units)} units, {len(pairs)} pairs; {len(errs)} errors")
    print("pairs by split:", dict(Counter(p["split"] for p in pairs)))
    print("sentiment:", dict(Counter(p["sentiment"] for p in pairs)), "stance:", dict(Counter(p["stance"] for p in pairs)))
    return 1 if errs else 0


# ---------------------------------------------------------------------------------------------- agreement
def kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two label lists.

    >>> round(kappa(["x", "x", "y", "y"], ["x", "y", "y", "y"]), 3)
    0.5
    """
    n = len(a)
    if n == 0:
        return float("nan")
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def _first_and_second() -> tuple[dict, dict, dict, dict]:
    docs = documents()
    ids = {r["id"] for r in registry_records()}
    first_dirs = sorted(p for p in (CORPUS / "ann").glob("*") if p.is_dir() and not p.name.startswith("second"))
    second_dirs = sorted(p for p in (CORPUS / "ann").glob("second*") if p.is_dir())
    u1, p1, _ = _collect(first_dirs, docs, ids, {})
    u2, p2, _ = _collect(second_dirs, docs, ids, {})
    both = {u["doc_id"] for u in u1} & {u["doc_id"] for u in u2}
    U1 = {(u["doc_id"], u["unit"]): u for u in u1 if u["doc_id"] in both}
    U2 = {(u["doc_id"], u["unit"]): u for u in u2 if u["doc_id"] in both}
    P1 = {(p["doc_id"], p["unit"], p["actor"]): p for p in p1 if p["doc_id"] in both}
    P2 = {(p["doc_id"], p["unit"], p["actor"]): p for p in p2 if p["doc_id"] in both}
    return U1, U2, P1, P2


def _speaker_same(a: dict, b: dict) -> bool:
    na, nb = (a.get("speaker") or "").lower().split(), (b.get("speaker") or "").lower().split()
    if na and nb:
        return na[-1] in nb or nb[-1] in na
    return not na and not nb and a.get("role") == b.get("role")


def cmd_agreement(_: argparse.Namespace) -> int:
    """Cohen's kappa per task on the doubly annotated documents; disagreements to adjudicate."""
    U1, U2, P1, P2 = _first_and_second()
    keys = sorted(U1)
    kinds1 = [U1[k]["kind"] for k in keys]
    kinds2 = [U2[k]["kind"] for k in keys]
    q1 = [str(x == "question") for x in kinds1]
    q2 = [str(x == "question") for x in kinds2]
    c1 = [str(x == "clutter") for x in kinds1]
    c2 = [str(x == "clutter") for x in kinds2]
    expert = [k for k in keys if U1[k]["kind"] in ("answer", "body") and U2[k]["kind"] in ("answer", "body")]
    spk = sum(_speaker_same(U1[k], U2[k]) for k in expert)
    common = sorted(set(P1) & set(P2))
    rep = {
        "documents": len({k[0] for k in keys}), "units": len(keys),
        "unit_kind": {"kappa": round(kappa(kinds1, kinds2), 4),
                      "agreement": round(sum(a == b for a, b in zip(kinds1, kinds2)) / max(1, len(keys)), 4)},
        "question_vs_not": {"kappa": round(kappa(q1, q2), 4)},
        "clutter_vs_not": {"kappa": round(kappa(c1, c2), 4)},
        "speaker_of_expert_units": {"agreement": round(spk / max(1, len(expert)), 4), "n": len(expert)},
        "pairs_first": len(P1), "pairs_second": len(P2), "pairs_both": len(common),
        "pair_set_f1": round(2 * len(common) / max(1, len(P1) + len(P2)), 4),
    }
    for head in ("sentiment", "stance"):
        a = [P1[k][head] for k in common]
        b = [P2[k][head] for k in common]
        rep[head] = {"kappa": round(kappa(a, b), 4), "agreement": round(sum(x == y for x, y in zip(a, b)) / max(1, len(a)), 4),
                     "n": len(a), "first": dict(Counter(a)), "second": dict(Counter(b))}
    dis = []
    for k in common:
        for head in ("sentiment", "stance"):
            if P1[k][head] != P2[k][head]:
                dis.append({"item": f"{k[0]}:u{k[1]}:{k[2]}", "field": head, "first": P1[k][head], "second": P2[k][head],
                            "claim": P1[k]["claim"], "mentions": [m["text"] for m in P1[k]["mentions"]]})
    for k in sorted(set(P1) ^ set(P2)):
        p = P1.get(k) or P2[k]
        dis.append({"item": f"{k[0]}:u{k[1]}:{k[2]}", "field": "pair", "first": "present" if k in P1 else "absent",
                    "second": "present" if k in P2 else "absent", "claim": p["claim"],
                    "labels": [p["sentiment"], p["stance"]], "mentions": [m["text"] for m in p["mentions"]]})
    docs = documents()
    for k in keys:
        if U1[k]["kind"] != U2[k]["kind"]:
            d = docs[k[0]]
            s, e = d["units"][k[1] - 1]
            dis.append({"item": f"{k[0]}:u{k[1]}", "field": "kind", "first": U1[k]["kind"], "second": U2[k]["kind"],
                        "unit": d["text"][s:e]})
    (CORPUS / "agreement.json").write_text(json.dumps(rep, indent=2) + "\n")
    write_jsonl(CORPUS / "disagreements.jsonl", dis)
    print(json.dumps(rep, indent=2))
    print(f"{len(dis)} disagreements -> {CORPUS / 'disagreements.jsonl'}")
    return 0


# ---------------------------------------------------------------------------------------------- data card
def _table(counter: Counter, head: tuple[str, str], limit: int | None = None) -> str:
    rows = counter.most_common(limit)
    out = [f"| {head[0]} | {head[1]} |", "|---|---:|"] + [f"| {k} | {v} |" for k, v in rows]
    if limit is not None and len(counter) > limit:
        out.append(f"| ({len(counter) - limit} more) | {sum(counter.values()) - sum(v for _, v in rows)} |")
    return "\n".join(out)


def cmd_card(_: argparse.Namespace) -> int:
    """Write the figures section of DATA_CARD.md from the data (between the FIGURES markers)."""
    docs = list(documents().values())
    splits = json.loads((CORPUS / "splits.json").read_text())
    units = read_jsonl(CORPUS / "units.jsonl")
    pairs = read_jsonl(CORPUS / "pairs.jsonl")
    labelled = {u["doc_id"] for u in units}
    ldocs = [d for d in docs if d["id"] in labelled]
    agree = json.loads((CORPUS / "agreement.json").read_text()) if (CORPUS / "agreement.json").exists() else None
    by_split = defaultdict(Counter)
    for d in ldocs:
        by_split[splits[d["id"]]]["documents"] += 1
    for p in pairs:
        by_split[p["split"]]["pairs"] += 1
        by_split[p["split"]][p["sentiment"]] += 1
        by_split[p["split"]][p["stance"]] += 1
    lines = ["<!-- FIGURES: written by `python scripts/commentary_corpus.py card`; do not edit by hand -->", "",
             f"**{len(docs)} documents** collected, **{len(ldocs)} labelled** ({len(units)} units), "
             f"**{len(pairs)} (claim, actor) pairs**, from **{len({d['outlet'] for d in docs})} outlet names** "
             f"(reposts named as 'site (original producer)').", "",
             "| split | documents | pairs | negative | neutral | positive | against | none | favor |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for sp in ("train", "dev", "test"):
        c = by_split[sp]
        lines.append(f"| {sp} | {c['documents']} | {c['pairs']} | " + " | ".join(
            str(c[k]) for k in ("negative", "neutral", "positive", "against", "none", "favor")) + " |")
    lines += ["", "Labelled documents by format:", "", _table(Counter(d["format"] for d in ldocs), ("format", "documents")),
              "", "Labelled documents by region (as the collectors named it):", "",
              _table(Counter(d.get("region") for d in ldocs), ("region", "documents"), 15),
              "", "Structure labels of the units:", "", _table(Counter(u["kind"] for u in units), ("kind", "units")),
              "", "Clutter reasons:", "", _table(Counter(u["reason"] for u in units if u["kind"] == "clutter"), ("reason", "units")),
              "", "Hard-case tags of the pairs (a pair may carry several):", "",
              _table(Counter(t for p in pairs for t in p["tags"]), ("tag", "pairs")),
              "", f"Actors: {len({p['actor'] for p in pairs})} distinct; "
              f"{sum(p['actor'].startswith('x:') for p in pairs)} pairs name an actor outside the registry (`x:`).",
              "", "Annotators (documents of the first annotation):", "",
              _table(Counter(u["annotator"] for u in units if u["unit"] == 1), ("annotator", "documents"))]
    if agree:
        lines += ["", f"**Agreement** (independent second annotation of {agree['documents']} documents, "
                  f"{agree['units']} units, {agree['pairs_both']} pairs labelled by both):", "",
                  "| task | Cohen's kappa | raw agreement | n |", "|---|---:|---:|---:|",
                  f"| unit kind (7 classes) | {agree['unit_kind']['kappa']:.3f} | {agree['unit_kind']['agreement']:.3f} | {agree['units']} |",
                  f"| question vs not | {agree['question_vs_not']['kappa']:.3f} | | {agree['units']} |",
                  f"| clutter vs not | {agree['clutter_vs_not']['kappa']:.3f} | | {agree['units']} |",
                  f"| sentiment | {agree['sentiment']['kappa']:.3f} | {agree['sentiment']['agreement']:.3f} | {agree['sentiment']['n']} |",
                  f"| stance | {agree['stance']['kappa']:.3f} | {agree['stance']['agreement']:.3f} | {agree['stance']['n']} |",
                  "", f"Speaker of answer/body units agreed for {agree['speaker_of_expert_units']['agreement']:.1%} "
                  f"of {agree['speaker_of_expert_units']['n']} units. Which actors were listed: pair-set F1 "
                  f"{agree['pair_set_f1']:.3f} ({agree['pairs_first']} first, {agree['pairs_second']} second)."]
    lines.append("")
    lines.append("<!-- /FIGURES -->")
    card = CORPUS / "DATA_CARD.md"
    text = card.read_text(encoding="utf-8") if card.exists() else "<!-- FIGURES --><!-- /FIGURES -->"
    a, b = text.index("<!-- FIGURES"), text.index("<!-- /FIGURES -->") + len("<!-- /FIGURES -->")
    card.write_text(text[:a] + "\n".join(lines) + text[b:], encoding="utf-8")
    print("\n".join(lines))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("merge").set_defaults(func=cmd_merge)
    p = sub.add_parser("split")
    p.add_argument("--seed", type=int, default=20261130)
    p.set_defaults(func=cmd_split)
    p = sub.add_parser("units")
    p.add_argument("doc", nargs="+")
    p.set_defaults(func=cmd_units)
    p = sub.add_parser("lookup")
    p.add_argument("name", nargs="+")
    p.set_defaults(func=cmd_lookup)
    p = sub.add_parser("check")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_check)
    sub.add_parser("build").set_defaults(func=cmd_build)
    sub.add_parser("agreement").set_defaults(func=cmd_agreement)
    sub.add_parser("card").set_defaults(func=cmd_card)
    args = ap.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
