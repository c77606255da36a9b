"""Which turn labels a text accepts as speakers, and the name each stands for: a label seen twice,
one seen once beside other turns or opening running speech, an exchange a magazine labels once, a
surname or office label linked to the full name the text gives (:func:`_resolve_labels`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from polisent.records import SpeakerRole
from polisent.segment._labels import (
    _HONORIFICS,
    _LABEL_OFFICE,
    _ROLE_LABELS,
    PARTICLE_PREFIX,
    _after_possessive,
    _display,
    _initials,
)
from polisent.segment._label_words import _ROLE_WORDS, NAME_PARTICLES
from polisent.segment._name_forms import OFFICE_ABBREV, spelled_alike, without_postnominals
from polisent.segment._one_person import GENERATION  # "Jr.", "III": a generational suffix
from polisent.segment._label_speech import _exchange, _opens_speech, _speech_after, _written_elsewhere, addresses_room, sole_exchange, speaks_below  # noqa: F401
from polisent.segment._label_speech import (  # noqa: F401
    _ADDRESS_LINE,
    _GIVEN_BEFORE,
    _LONG_TURN,
    _QUOTE_OPEN,
    _finditer_at,
    _folded,
    _full_before,
    _lowered,
)
from polisent.segment._person_names import NEWS_WORDS, NON_PERSON, common_words, is_person_name, is_place, outlets

__all__ = ["_exchange", "_opens_speech", "_resolve_labels", "_speech_after", "_written_elsewhere", "addresses_room", "legend_line", "sole_exchange",
           "speaks_below"]


#: an office or a style of address before a surname in a label ("FOREIGN MINISTER WORKNEH:", "Mr. Berg:")
_OFFICE_OR_STYLE = _LABEL_OFFICE | {h.lower() for h in _HONORIFICS}
#: a particle glued to a family name ("al-Ahmed", "el-Sisi")
_PARTICLE_START = re.compile("^" + PARTICLE_PREFIX)
#: first letters of titles a label of initials may start with ("SRH:" for Senator Risa Hontiveros)
_TITLE_INITIALS = frozenset("SPMAGDRCHE")
#: a word of initials: "N.", "H.E.", "J.R."
_INITIAL_WORD = re.compile(r"[A-Z]\.(?:[A-Z]\.)*")
#: particles a family name keeps as a separate word ("Alex de Waal", "Ursula von der Leyen", "Mohamed bin Zayed")
_SEPARATE_PARTICLES = NAME_PARTICLES


def _before_suffix(name: str) -> str | None:
    """The family name (lower case) before a generational suffix, None where the name has none.

    >>> _before_suffix("Ferdinand R. Marcos Jr."), _before_suffix("JOHN SMITH III"), _before_suffix("Anna Berg")
    ('marcos', 'smith', None)
    """
    words = name.replace(",", " ").split()
    if len(words) >= 3 and words[-1].lower().rstrip(".") in GENERATION:
        return words[-2].lower()
    return None


def _titled_person(label: str) -> str | None:
    """The name after an office and its state in a label ("President of Russia Vladimir Putin",
    "AMBASSADOR TO THE U.S. KIRSTEN HILLMAN").

    >>> _titled_person("President of Russia Vladimir Putin"), _titled_person("President of the United States Joe Biden")
    ('Vladimir Putin', 'Joe Biden')
    >>> _titled_person("President of Turkey Recep Tayyip Erdogan"), _titled_person("Professor of Molecular Biology")
    ('Recep Tayyip Erdogan', None)
    >>> _titled_person("CANADIAN AMBASSADOR TO THE U.S. KIRSTEN HILLMAN")
    'KIRSTEN HILLMAN'
    """
    m = re.search(r"\b(?:of|to|OF|TO)[ \t]+(?:(?:the|THE)[ \t]+)?(?P<rest>[^\W\d_][\w'\u2019 .-]*)\Z", label)
    if m is None:
        return None
    words = m.group("rest").split()
    for k in range(min(3, len(words) - 2), 0, -1):  # the longest state first ("United States", not "United")
        if is_place(" ".join(words[:k]).replace(".", "")) and 2 <= len(words) - k <= 4 and all(w[:1].isupper() for w in words[k:]):
            return " ".join(words[k:])
    return None


def _resolve_labels(cands: Counter[tuple[str, str]], text_names: Sequence[str] = (),
                    speechy: Collection[str] = (), asking: Collection[str] = (),
                    exchange: Collection[str] = (), jobs: dict[str, str] | None = None,
                    sure: Collection[str] = ()) -> dict[str, str]:
    """Accepted speaker labels -> canonical speaker name.

    A label seen once is enough when the text has other turns ("Bashar al-Assad:" once after
    "Charlie Rose:" twice); a surname or CAPS label is linked to the full name given by another
    label or by the standfirst ("SIMON:" -> "Scott Simon" from "NPR's Scott Simon speaks with ...").
    Surname labels seen once that open running speech (``speechy``) are turns when two of them
    alternate ("Alpher: ..." then "Khatib: ...") or when the text names the person in full
    ("Iokibe: ..." under the bio line "Iokibe Makoto"). A label seen once on a line that asks
    (``asking``) is a turn beside a label seen twice: the askers of a press conference
    ("Bloomberg: ... What is China's comment?" between "Mao Ning:" turns). Two labels seen once
    that make an ``exchange`` (a line that asks, answered by the next label's running speech:
    "WEHRFRITZ: Is North Korea near collapse?" / "KOMURA: There are too many things ...") are turns:
    a magazine labels the first exchange only. A full name whose label says it is the host
    ("Puja Mehra (host):"), and a transcription service's timed labels ("William (00:00):" beside
    "Kholood Khair (00:56):"), are turns even once (``sure``).
    """
    # (a label naming its speaker's outlet counts as a turn too: "Elaine Reyes from CGTN America:" beside "President
    # Maduro:"; rule L3 of the 111th pass; not a leader's office, "President of Mongolia X:", whose statement may
    # stand alone beside another's)
    n_turns = sum(n for (k, lab), n in cands.items() if k in ("name", "initials", "role") or (k == "titled" and " from " in lab))
    full_by_surname: dict[str, list[str]] = {}  # in text order: the first one introduced wins a tie
    full_by_given: dict[str, list[str]] = {}  # "Iokibe Makoto": family name first
    for x in sorted(text_names, key=str.isupper):  # 'Ann Curry' before 'ANN CURRY'
        if x.isupper() and any(y.lower() == x.lower() for y in text_names if not y.isupper()):
            continue
        full_by_surname.setdefault(x.split()[-1].lower(), []).append(x)
        if (fam := _before_suffix(x)) is not None:
            full_by_surname.setdefault(fam, []).append(x)  # "MARCOS:" under "Ferdinand Marcos Jr."
        bare = _PARTICLE_START.sub("", x.split()[-1].lower())
        if bare != x.split()[-1].lower() and len(bare) >= 3:
            full_by_surname.setdefault(bare, []).append(x)  # "Ahmed:" under "Ali al-Ahmed"
        full_by_given.setdefault(x.split()[0].lower(), []).append(x)
    names = {lab for (k, lab), n in cands.items() if k == "name" and (n >= 2 or (n == 1 and lab in sure))}
    # a role says it is a turn ("Editor:" only when it recurs: once, it credits the page's editor)
    names |= {lab for (k, lab), n in cands.items() if k == "role" and ((n_turns >= 2 and (n >= 2 or lab != "Editor"))
                                                                      or lab in sure)}
    if n_turns + cands[("qa", "Q")] + cands[("qa", "A")] >= 2:
        for (k, lab), n in cands.items():
            # (or the host's role in capitals where no label recurs: "MODERATOR:" once, then "MR KIRBY:"
            # once, in a briefing's excerpt; beside recurring askers it is the page's introduction)
            # ("Son:" once under "KINU Director Son Gi Woong": a family name written first)
            if k == "name" and n == 1 and (" " in lab or lab.lower() in full_by_surname or lab.lower() in full_by_given
                                           or any(lab in (x.split()[-1], x.split()[0]) for x in names if " " in x)
                                           or (lab.isupper() and _ROLE_LABELS.get(lab.title()) is SpeakerRole.INTERVIEWER
                                               and max(cands.values()) == 1)):
                names.add(lab)
    if any(k == "name" and n >= 2 for (k, _), n in cands.items()):
        # (not a country over a headline that asks: "Ghana: Model Of Democracy?")
        names |= {lab for (k, lab), n in cands.items() if k in ("name", "initials") and n == 1 and lab in asking
                  and not is_place(lab)}
    if len(exchange) >= 2:
        names |= {lab for (k, lab), n in cands.items() if k in ("name", "initials") and n == 1 and lab in exchange}
    spoken = [lab for (k, lab), n in cands.items() if k == "name" and n == 1 and lab in speechy and lab not in names]
    for lab in spoken:
        low = lab.lower()
        if len(spoken) >= 2 or low in full_by_surname or low in full_by_given \
                or (" " in lab and any(x.lower() in low or re.search(rf"\b{re.escape(low)}\b", x.lower()) for x in text_names)):
            # (the name may sit inside a Title Case headline's run: "Defense Secretary Pete Hegseth Conducts Joint ...")
            names.add(lab)
    only = sum(n > 0 for n in cands.values()) == 1
    for (k, lab), n in cands.items():
        # "FOREIGN MINISTER WORKNEH: Thank you ..." once, under "... News Conference with Foreign Minister
        # Workneh Gebeyehu": a transcript's office label, its bearer named in full by the text
        words = [w.rstrip(".") for w in lab.lower().split()]
        if k == "name" and n == 1 and lab not in names and len(words) >= 2 \
                and (lab.isupper() or (only and lab in speechy)) \
                and words[0] in _OFFICE_OR_STYLE and (bare := [w for w in words if w not in _OFFICE_OR_STYLE]) \
                and len(bare) == 1 and (bare[0] in full_by_surname or bare[0] in full_by_given or lab in speechy):
            # ... or alone, opening running speech: "FOREIGN MINISTER RINKEVICS:  (Via Interpreter)  Good
            # afternoon, ladies and gentlemen. ..." (a press availability's excerpt before anyone asks); in any case
            # where it is the text's only label: "Mr. Berg: Good afternoon. I want to start ..." (rule M1, pass 119)
            names.add(lab)
    multi = [x for x in names if " " in x]
    by_surname: dict[str, set[str]] = {}
    by_initials: dict[str, list[str]] = {}
    by_first: dict[str, set[str]] = {}  # "FT:" after "FT China:", "Moriyasu:" after "Moriyasu Ken:"
    for x in multi:
        by_surname.setdefault(x.split()[-1].lower(), set()).add(x)
        if (fam := _before_suffix(x)) is not None:
            by_surname.setdefault(fam, set()).add(x)  # "PRESIDENT MARCOS:" beside "PRESIDENT FERDINAND R. MARCOS JR.:"
        by_first.setdefault(x.split()[0].lower(), set()).add(x)
        by_initials.setdefault(_initials(x), []).append(x)
        if not x.isupper() and len(caps := "".join(c for c in x if c.isupper())) > len(_initials(x)) >= 2:
            by_initials.setdefault(caps, []).append(x)  # "JAI:" after "JoongAng Ilbo:" (a capital inside a word)
        if x.split()[0] in ("The", "THE") and len(x.split()) >= 3:
            by_initials.setdefault(_initials(" ".join(x.split()[1:])), []).append(x)  # "WP:" after "The Washington Post:"

    def canonical(lab: str) -> str:
        if cands.get(("role", lab)) and lab.split()[-1].lower() in _ROLE_WORDS:
            return lab  # "EU Reporter:" (an outlet's reporter) names no one the text gives ("EU Presidency"; pass 121)
        lab = _titled_person(lab) or lab  # "... AMBASSADOR TO THE U.S. KIRSTEN HILLMAN:" is Kirsten Hillman
        core = _honorific_off(lab)  # "SEC. PANELO" too
        initialled = _initialled(core)
        if initialled is not None:
            return initialled
        bare = " ".join(w for w in core.split() if w.lower() not in _LABEL_OFFICE)  # "Minister MOTEGI" is "MOTEGI"
        if " " in lab and bare and " " not in bare:  # "Ambassador Palmieri:" under "Francisco Palmieri"
            longer = [x for x in by_surname.get(bare.lower(), set()) if _before_suffix(x) == bare.lower()]
            if len(longer) == 1 and longer[0] != lab:
                return canonical(longer[0])  # "PRESIDENT MARCOS:" beside "PRESIDENT FERDINAND R. MARCOS JR.:"
            full = [x for x in full_by_surname.get(bare.lower(), []) if not x.isupper()] or full_by_surname.get(bare.lower(), [])
            # "Minister MOTEGI:" under "Foreign Minister MOTEGI Toshimitsu" (the family name first, in capitals)
            full = full or [x for x in full_by_given.get(bare.lower(), []) if x.split()[0].isupper() and not x.isupper()]
            if not full and lab.isupper() and len(full_by_given.get(bare.lower(), [])) == 1:
                full = full_by_given[bare.lower()]  # "FOREIGN MINISTER WORKNEH:" under "Workneh Gebeyehu"
            if not full and (core != lab or all(w.lower() in OFFICE_ABBREV for w in core.split()[:-1])) \
                    and len(set(full_by_given.get(bare.lower(), []))) == 1:
                full = full_by_given[bare.lower()]  # "Dr. Kao:" under "Dr. Kao Kim Hourn", "PM Lee:": the family name first
            if full:  # the first the text names ("Paco Palmieri" before "Francisco Palmieri": one surname)
                # (its honorific off: the label's own words "MS NAUERT" among the text's names are Nauert; pass 121)
                named = _honorific_off(full[0]) or full[0]
                return _display(named) if named.isupper() else named
        if " " in core and (described := described_surname(core, full_by_surname)) is not None:
            return described  # "PRESIDENTIAL SPOKESPERSON ROQUE:" under "Press Briefing by ... Harry Roque"
        # "Dr. Tedros", "Presidente Lula": the name after an honorific or an office's abbreviation or foreign word
        one = core if " " not in core else bare if all(w.lower() in OFFICE_ABBREV for w in core.split()[:-1]) else ""
        # (a hyphenated or apostrophised surname too: "Ms. Thomas-Greenfield:" is Thomas-Greenfield; pass 119)
        if one != lab and one and " " not in one and re.sub(r"[-'\u2019]", "", one).isalpha() and one[0].isupper() \
                and one.lower() not in _LABEL_OFFICE \
                and not (jobs and one.lower() in jobs) and not any(
                x != lab and _honorific_off(x) != one and x.split()[-1].lower() != one.lower()
                for x in by_surname.get(one.lower(), set()) | by_first.get(one.lower(), set())):
            return _display(one)  # "Dr. Tedros:", whose full name neither the text nor a label gives, is Tedros
        lab = core if " " in core else lab  # "Mr. Antony Loewenstein" is Antony Loewenstein
        low = lab.lower()
        last = low.split()[-1]
        if jobs and low in jobs and " " in low:
            return _display(jobs[low]) if jobs[low].isupper() else jobs[low]  # "ACTING PRIME MINISTER:" (the whole office)
        if jobs and last in jobs and (" " not in lab or all(w[:1].isupper() for w in lab.split())) \
                and not any(x.lower() == low for x in text_names if " " in x and x.split()[-1].lower() != last):
            # "Minister:" under "Foreign Minister of Taiwan, Jaushieh Joseph Wu"; "UN Special Envoy:"
            # under "our newly appointed Envoy for Yemen, Hans Grundberg"
            return _display(jobs[last]) if jobs[last].isupper() else jobs[last]  # "PENNY WONG, FOREIGN MINISTER:"
        words = low.split()
        if len(words) == 2 and _PARTICLE_START.fullmatch(words[0] + "-") and full_by_surname.get(words[1]):
            full = [x for x in full_by_surname[words[1]] if not x.isupper()] or full_by_surname[words[1]]
            return full[0]  # "AL ABADI:" under "Prime Minister Haider al-Abadi"
        if " " in lab:
            same = [x for x in text_names if x.lower() == low and not x.isupper()]
            if not same and low.split()[0] in _SEPARATE_PARTICLES:
                # "DE WAAL:" under "Alex de Waal", "BIN ZAYED:" under "Mohamed bin Zayed": a family name with its particle
                n = len(low.split())
                same = list(dict.fromkeys(x for x in text_names if x.lower().endswith(" " + low) and x.split()[-n].islower()))
                longer = [x for x in multi if x.lower().endswith(" " + low)]
                if not same and len(longer) == 1:
                    return canonical(longer[0])  # "DE WAAL:" beside "ALEX DE WAAL:" turns, the name written nowhere else
                same = same if len(same) == 1 else []
            return same[0] if same else _display(lab)
        for got, in_text in ((by_surname.get(low), False), (full_by_surname.get(low), True),
                             (by_first.get(low), False), (full_by_given.get(low), True)):
            if got:
                got = [_titled_person(x) or x for x in got]  # "HILLMAN:" beside "... TO THE U.S. KIRSTEN HILLMAN:"
                full = list(dict.fromkeys(_after_possessive(_display(x) if x.isupper() else x) for x in got))
                if not in_text and len(full) == 1 and " " in got[0] and got[0] != lab:
                    return canonical(got[0])  # "Hubbard:" beside "Ambassador Hubbard:", under "Thomas C. Hubbard"
                if len(full) == 1:
                    return full[0]
                if not in_text:
                    return _display(lab)  # a surname two labels share stays as it is
                if len({x.split()[-1] for x in full}) == 1:  # one person written several ways: the plain two-word form
                    return min(full, key=lambda x: (len(x.split()) != 2, full.index(x)))
                return full[0]  # two people the text names: the one it names first
        return _display(lab)

    def _initialled(core: str) -> str | None:
        """The full name the text gives for a label opened by initials: "N. DENDIAS:" under "Nikos
        Dendias", "H. E. Mohamed Siad Doualeh:" (an honorific's initials) under "Mohamed Siad Doualeh"."""
        words = core.split()
        k = 0
        while k < len(words) - 1 and _INITIAL_WORD.fullmatch(words[k]):
            k += 1
        if not k:
            return None
        rest = " ".join(words[k:]).lower()
        if " " in rest:
            if any(w in _LABEL_OFFICE for w in rest.split()):
                return None  # "U.S. Ambassador Smith": an office, resolved below
            same = [x for x in text_names if x.lower() == rest and not x.isupper()]
            return same[0] if same else _display(" ".join(words[k:]))
        full = list(dict.fromkeys(x for x in full_by_surname.get(rest, []) if not x.isupper() and " " in x
                                  and x.split()[0][:1].upper() == words[0][:1].upper() and not _INITIAL_WORD.fullmatch(x.split()[0])))
        return full[0] if len(full) == 1 else None

    out = {lab: canonical(lab) for lab in names}
    if names:  # "euronews:" twice, alone on its lines, between "President Emomali Rahmon:" turns
        out |= {lab: lab for (k, lab), n in cands.items() if k in ("lower", "caps_dash") and n >= 2 and not is_place(lab)}
    # "[Reporter]" / "[Both symbols]" alone on its lines, again and again, between "[Anchor]" turns: the guest's
    if any(_ROLE_LABELS.get(x) is SpeakerRole.INTERVIEWER for x in out):
        out |= {lab: "Guest" for (k, lab), n in cands.items() if k == "bracket" and n >= 2}
    # "Reporter:" once, asking, over an office's answer ("Secretary for Justice:"), as a government's transcript prints a
    # media session (pass 122): the press's turn, which lets the office's label stand
    press = next((lab for (k, lab), n in cands.items() if k == "name" and lab.lower() in ("reporter", "journalist")
                  and lab in asking and lab not in out), None)
    for (k, lab), n in cands.items():
        if k == "titled" and lab not in out:
            tail = " ".join(lab.split()[-2:])  # "President of Russia Dmitry Medvedev:" under "Dmitry Medvedev:"
            same = [x for x in names if x.lower() == tail.lower() or (" " in x and x.split()[-1].lower() == tail.split()[-1].lower())]
            if len(same) == 1:
                out[lab] = canonical(same[0])
            elif not same and (lab in speechy or names) and (person := _titled_person(lab)) is not None:
                # "President of Russia Vladimir Putin:" and "Prime Minister of Norway Erna Solberg:" once each,
                # each over a statement: a meeting's transcript, the office said before the name (or once beside
                # another turn: "President of Mongolia X (speaking in Russian): Thank you, Mr President.")
                out[lab] = person
            elif not same and (names or cands[("qa", "Q")] or press) and jobs \
                    and (lab.lower() in jobs or (press and lab.split()[0].lower() in jobs and len(set(jobs.values())) == 1)):
                # "Assistant Minister for Foreign Affairs:" under "Joining now is foreign affairs Assistant
                # Minister Tim Watts", beside the host's named turns (see office_holder), or beside the host's
                # turns read as questions ("Lena Park: ... Is the visit a good thing?" twice)
                out[lab] = jobs.get(lab.lower()) or jobs[lab.split()[0].lower()]  # ("Secretary for Justice" under "the Secretary ..., Ms X")
                if press is not None:
                    out[press] = "Q"
    for (k, lab), n in sorted(cands.items(), key=lambda c: -len(c[0][1])):
        if k == "initials":
            # "GR:" under "WOLA's Geoff Ramsey ... provided responses": the initials of a label or of a name in the intro
            full = by_initials.get(lab) or list({x.lower(): x for x in map(_after_possessive, text_names)
                                                 if (ini := _initials(x)) and lab in (ini, ini[0] + ini[-1])}.values()) \
                or list({y.lower(): y for x in map(_after_possessive, text_names) for k in (2, 3) if len(x.split()) > k
                         for y in [" ".join(x.split()[-k:])] if _initials(y) == lab}.values())
            # (the last words of a name with a title the text puts before it: "KP:" under "Cde Kindness Paradza (KP)")
            if not full:
                # "HAA:" for Haider Al-Abadi (a hyphenated name's parts), "SRH:" for Senator Risa Hontiveros (a title's
                # initial before the name's)
                full = list({x.lower(): x for x in map(_after_possessive, text_names)
                             if (ini := _part_initials(x)) and (lab == ini or (
                                 len(lab) >= 3 and lab[0] in _TITLE_INITIALS and lab[1:] in (ini, _initials(x))))}.values())
            if lab not in by_initials:  # (a text's words that read as no person or outlet spell no one: "MW:" under "the Middle West")
                # (a label's own words still may: "Island Reports (IR):" then "IR:")
                full = [x for x in full if not is_place(x) and (is_person_name(x) or " ".join(x.lower().split()) in outlets()
                                                   or any(w.lower() in NEWS_WORDS for w in x.split()) or ("name", x) in cands)]
            # "AG:" once beside "AAG:": "Aboul Gheit" is the "Ahmed Aboul Gheit" the text names (rule I1 of the 103rd pass)
            # (the longest first: "AAG:" is resolved before "AG:", "TOV:" before "OV:")
            full = list(dict.fromkeys(max([y for y in out.values() if y.lower().endswith(" " + x.lower())] + [x], key=len)
                                      for x in full))
            # ... and one person the page spells two ways ("Edmundas Jakilaitis", then "Edmundas Juakilaitis"): the first
            full = [x for k, x in enumerate(full) if not any(spelled_alike(y, x) for y in full[:k])]
            if len(full) == 1:
                out[lab] = canonical(without_postnominals(full[0]))  # ("SK:" is "Sophie Katsarava", not "... MBE")
            elif lab.lower() in by_surname or lab.lower() in full_by_surname:
                out[lab] = canonical(lab)  # "HU:" is Elise Hu's surname, not initials
            elif len(by_first.get(lab.lower(), ())) == 1:
                out[lab] = canonical(next(iter(by_first[lab.lower()])))  # "FT:" is "FT China:" shortened
            elif n >= 2 or (n_turns >= 3 and len(lab) >= 3):
                out[lab] = lab
            elif lab in speechy and (titled := _titled_by(lab, text_names)) is not None:
                out[lab] = titled  # "SRSG:" once over running speech, under "Transcript of SRSG Leon Press Conference"
    if cands[("qa_bare", "Q ")] >= 2 and cands[("qa_bare", "A ")] >= 2:
        out["Q "], out["A "] = "Q", "A"  # a briefing's bare marks, several of each: "Q ...?" / "A ..."
    n_q = cands[("qa", "Q")] + cands[("qnum", "Q")]  # "Q1. ..." answered by "ANSWER: ..." too
    if n_q >= 1 and cands[("qa", "A")] >= 1 and n_q + cands[("qa", "A")] >= 2:
        out["Q"], out["A"] = "Q", "A"
    elif n_q == 0 and cands[("qa", "A")] >= 1 and any(lab in asking for lab in out):
        out["A"] = "A"  # readers' questions under their names, each answered by "A:" ("Samar: ...?" / "A: ...")
    elif cands[("qa", "Q")] >= 1 and any(lab != "Q" for lab in out) and (cands[("qa", "Q")] + n_turns >= 3 or "Q" in asking):
        # "Q1: ...?" questions answered in named turns ("Stephen Nagy: ..."), or one "Question: ...?" that asks,
        # answered under a name label seen once ("Ambassador Mulford:"; rule L1 of the eighty-ninth pass)
        out["Q"] = "Q"
    elif (cands[("qnum", "Q")] >= 1 or cands[("qa", "Q")] >= 2 or (cands[("qa", "Q")] == 1 and "Q" in asking and not out)) \
            and not cands[("qa", "A")]:
        # numbered questions ("Q1."), "Q:" lines whose answers follow unlabelled, or the one "Q:" of an
        # excerpt that asks ("Q: I want to refer to ... What lessons do you draw?")
        out["Q"] = "Q"
    if out.get("Q") == "Q" and "A" not in out:
        # "Q. – ...?" answered by "THE MINISTER – ..." again and again: a ministry's transcript marks its answers
        # by the office in capitals and a dash; the mark is the answer's, no name (rule D1 of the eighty-ninth pass)
        for (k, lab), n in cands.items():
            if k == "caps_dash" and n >= 2 and (words := [w for w in lab.lower().split() if w != "the"]) \
                    and all(w in _LABEL_OFFICE for w in words):
                out[lab] = "A"
    return out


def described_surname(label: str, full_by_surname: dict[str, list[str]]) -> str | None:
    """The one person the text names in full whose surname ends ``label``, a turn label that describes
    the speaker before the surname: an office or job, its adjectives and state ("PRESIDENTIAL SPOKESPERSON
    ROQUE", "FOR AFGHANISTAN ZAL KHALILZAD": rule S1 of the 102nd pass). The word before the surname
    must be an office's, an abbreviation or a shortening of the person's own given name (not the given name
    itself: the label then names the person, and the text's run may carry a stray word, "As Nick Schifrin"); the words
    before it common lower-case words, places, offices or abbreviations. A given name of another
    person ("BILL CLINTON" under "Hillary Clinton") is none of these.

    >>> described_surname("PRESIDENTIAL SPOKESPERSON ROQUE", {"roque": ["Harry Roque"]})
    'Harry Roque'
    >>> described_surname("FOR AFGHANISTAN ZAL KHALILZAD", {"khalilzad": ["Zalmay Khalilzad"]})
    'Zalmay Khalilzad'
    >>> described_surname("BILL CLINTON", {"clinton": ["Hillary Clinton"]}) is None
    True
    """
    words = label.split()
    full = list(dict.fromkeys(x for x in full_by_surname.get(words[-1].lower(), []) if " " in x and not x.isupper()))
    if len(full) != 1 or full[0].lower() == label.lower():
        return None
    given = [w.lower() for w in full[0].split()[:-1]]

    def describes(word: str, next_to_name: bool) -> bool:
        low = word.lower().rstrip(".,")
        if low in _LABEL_OFFICE or word.endswith("."):
            return True
        if len(low) >= 3 and any(g.startswith(low) and g != low for g in given):
            return True  # "ZAL" of "Zalmay" (the given name in full: the label names the person itself)
        return not next_to_name and (low in common_words() or is_place(word))

    if not describes(words[-2], True) or not all(describes(w, False) for w in words[:-2]):
        return None
    return full[0]


def _honorific_off(lab: str) -> str:
    """``lab`` without its honorifics: "Dr. Tedros" is "Tedros", "SEC. PANELO" is "PANELO"."""
    return " ".join(w for w in lab.split() if w.rstrip(".").title() not in _HONORIFICS)


#: a legend line's words: an optional title, then the name
_LEGEND = re.compile(r"[ \t]*(?:(?:Dr|Prof|Mr|Mrs|Ms|Amb|Gen)\.?[ \t]+)?(?P<name>[^\n:]{3,60}?)[ \t.]*")


def legend_line(t: str, label: str, start: int, end: int) -> bool:
    """``t[start:end]``, after the label ``label``, is a transcript's legend of who its initials are
    ("SG: Dr. Sajjan Gohel", "GSM: Guillaume Soto-Mayor"): only a person's name, whose initials the label is.

    >>> t = "GSM: Guillaume Soto-Mayor"
    >>> legend_line(t, "GSM", 4, len(t)), legend_line("SG: Thank you, Dr. Gohel", "SG", 3, 24)
    (True, False)
    """
    m = _LEGEND.fullmatch(t, start, end)
    if m is None or not label.isupper() or not 2 <= len(name := m.group("name").split()) <= 4:
        return False
    name_ = " ".join(name)
    return is_person_name(name_) and label in (_initials(name_), _part_initials(name_))


def _part_initials(name: str) -> str:
    """The initials of ``name`` with one letter for each part of a hyphenated word, in capitals or not.

    >>> _part_initials("Haider Al-Abadi"), _part_initials("Roh Moo-hyun"), _part_initials("Ana Ruiz MBE")
    ('HAA', 'RMH', 'AR')
    """
    return "".join(p[0].upper() for w in without_postnominals(name).split() if w[0].isupper() for p in w.split("-") if p)


def _titled_by(lab: str, text_names: Sequence[str]) -> str | None:
    """The one person the text names right after ``lab``, an office's initials ("SRSG Leon Press
    Conference" -> "Leon"); the name ends at the first word that names no person.

    >>> _titled_by("SRSG", ["Featured Articles", "SRSG Leon Press Conference", "United Nations"])
    'Leon'
    >>> _titled_by("PM", ["PM Anna Berg", "PM Jon Dahl"]) is None
    True
    """
    found = set()
    for x in text_names:
        words = x.split()
        if len(words) >= 2 and words[0] == lab:
            kept = []
            for w in words[1:]:
                if w.lower().strip(".,") in NON_PERSON:
                    break
                kept.append(w)
            if kept:
                found.add(" ".join(kept))
    return found.pop() if len(found) == 1 else None
