"""Whether a capitalised run names a person: the words that make it a place, an organisation, an
outlet or page furniture, the registry's states and capitals, and :func:`person_part`, which cuts
a person's name out of a run ("BBC's Paul Adams", "Iranian Foreign Minister Abbas Araghchi").
Split out of :mod:`polisent.segment._principal`."""

from __future__ import annotations

import re
from functools import lru_cache

from polisent.segment._person_registry import (
    NEWS_WORDS,
    _one_word_places,
    _org_acronyms,
    _registry_words,
    _state_adjectives,
    _state_names,
    common_words,
    is_place,
    outlets,
)
from polisent.segment._person_registry import _LETTER_RUN, _office_holders, _records  # noqa: F401
from polisent.segment._person_registry import is_outlet, news_agencies, office_holder, person_name_words, registry_person, state_capitals  # noqa: F401
from polisent.segment._person_registry import _STYLES, registry_group, verb_s_form
from polisent.segment._phrase_words import gazetteer_place, lexical_run


#: a speaker label that names no one ("Speaker 2", "SPEAKER_01", "Guest")
GENERIC_LABEL = re.compile(r"(?i:speaker|voice|participant|unknown(?:\s+speaker)?)[ _-]?\d{0,3}|(?i:guest|interviewee|expert)|S\d{1,2}")


#: words that start a capitalised run but are not a person ("The White House", "Prime Minister ...")
_NOT_PERSON = frozenset(
    "the a an this that these those in on at for from with by as of and but or so if when while after before "
    "president prime minister secretary foreign defence defense state general chief senator king queen prince "
    "sheikh his her their our my its we i you he she they it".split()
)
#: words that make a capitalised run an organisation, a place or page furniture, not a person
NON_PERSON = NEWS_WORDS | frozenset(
    "pressa quarterly interest age welle blog team text subtitles aide aides shortcuts keyboard "
    "support donate "
    "subtitle transcript transcripts podcast podcasts audio studio studios episode episodes corridor video vlogs download click share institute university college "
    "school council house center centre foundation agency ministry department committee party union republic "
    "jamia universidad universidade universita università universität universite université academy academia "
    "kingdom world international radio tv television media network channel breaking zionism africa europe asia "
    "america americas middle east west north south hide show program programme forum affairs policy studies group "
    "league movement coalition bank fund office embassy government parliament assembly senate congress court army forces company corporation "
    "inc ltd llc org com net www association organization organisation alliance nations states senior editor "
    "correspondent reporter director professor fellow analyst minister secretary president play live listen watch "
    "follow subscribe sign prime premier vice deputy former chief governor mayor chancellor senator king queen prince sheikh "
    "he journalist columnist writer contributor edition aired online recent features stories articles latest popular "
    "trending related print printer friendly the a an of and for to on at with from by about member members bureau research interview interviews "
    "ambassador envoy representative excellency spokesperson spokesman spokeswoman delegate "
    "summary findings conclusion conclusions introduction overview abstract highlights takeaways recommendations "
    "reflections insights lessons observations thoughts points questions answers form forms application internship "
    "economist economists scholar historian researcher expert commentator strategist "
    "islands island sea ocean gulf strait straits peninsula coast bay region relations expertise rights "
    "science sciences politics economics our your their his its this that these those "
    "what why how when where who which whose "
    "count stats statistics length minutes words placeholder image images photo photos picture gallery thumbnail auto scroll select edited produced special staff contributing aa foreign defence defense interior "
    "technologies innovations initiatives strategies solutions communications cooperation development "
    "presidents ministers leaders officials experts analysts diplomats ambassadors diplomacy strategy crisis conflict "
    "war security election elections referendum summit talks analysis perspectives board trust "
    "logo icon banner menu login logout gives gave grants granted tells told "
    "state regime chamber released monday tuesday wednesday thursday friday saturday sunday "
    "presidency celebration celebrations festival anniversary road silk step-up "
    "could would should might must does did season chapter calendar solve média médias medios publish published updated posted date view original also quick deep column article democratic resilience language content package letters letter "
    "author authors archive archives result results downloads available settings subscription subscriptions evidence economy "
    # a headline's verb after the name ("Chairman Tom Reyes Publishes Op-Ed"), a venue's words ("Imperial Hotel Osaka"; a
    # dateline's "Residence La Vignette, Caracas", "Kompleks Seri Perdana": pass 112) and a briefing's ("Spokesperson's
    # Noon Briefing")
    "publishes writes argues urges warns vows pledges unveils announces condemns hails meets visits says hotel hotels resort "
    "residence residences kompleks complex palace mansion "
    "briefing briefings "
    # a video page's tabs ("Captions Word Cloud", "Reddit Comments"; pass 121)
    "comments comment captions caption cloud "
    # an event's words after a name in a speech's title ("Keir Starmer Opening Press Conference Remarks"; rule E1 of pass 113)
    "opening closing remarks speech speeches address statement keynote lecture conference "
    # a speech's salutation ("Distinguished Ladies and Gentlemen", "Excellencies, Esteemed Guests"; rule G1 of pass 114)
    "ladies gentlemen guests colleagues excellencies distinguished esteemed "
    # a page's script and loading notices ("No Script", "Please Wait...", "Enable JavaScript") and a photo credit in
    # another language ("Foto: Instagram/..."; rule F1 of pass 114)
    "script javascript noscript please loading enable cookie cookies foto fotos "
    # a policy or a treaty named for a person or a place ("Monroe Doctrine", "Abraham Accords"; rule D1 of pass 114)
    "doctrine doctrines accord accords protocol protocols "
    # ... or a show named for one ("Putin Vision", a podcast's title; pass 120)
    "vision visions "
    # ... and a treaty or a pact named for a place ("Aachen Treaty", "Warsaw Pact"; rule N1 of pass 115)
    "treaty treaties pact pacts".split()
)
#: the words of NON_PERSON that end an outlet's name
_OUTLET_WORDS = frozenset("times post journal gazette tribune herald review magazine quarterly age welle agency".split())
#: the words of NON_PERSON that may end an organisation's name run on into a person's
#: ("... and Technologies Mubariz Ahmadoglu"); not function words ("By I. Chotiner" is a byline)
_ORG_TAIL = NON_PERSON - _NOT_PERSON - frozenset("to about your what why how when where who which whose".split())
#: the words of NON_PERSON (and the short offices "FM", "PM", "MP") that may stand before a name ("President
#: Donald Trump", "Journalist Kenneth Rosen"); any other ("South China Sea", "Breaking News") says the run is no person
#: the words "General" completes as an office, not a rank ("Secretary General X", "Director-General X"; pass 122)
_BEFORE_GENERAL = frozenset("secretary director attorney governor solicitor inspector surgeon consul under".split())
_TITLE_WORDS = frozenset(
    "senior editor correspondent reporter director professor fellow analyst minister secretary president prime "
    "vice premier deputy former chief governor mayor chancellor senator king queen prince sheikh journalist columnist "
    "writer contributor ambassador envoy excellency spokesperson spokesman spokeswoman economist scholar historian "
    "researcher expert commentator strategist chair co-chair chairman chairwoman fm pm mp mep eam".split()
)


_ORG_AFTER = re.compile(r"(?i)[ \t]+(?:party|movement|coalition|alliance|front|bloc|group|union|foundation|institute|council)\b")
_ARTICLES = frozenset({"el", "la", "los", "las", "le", "les", "il", "der", "die", "das", "het"})
#: a self-introduction right before a name ("I am X", "my name is X")
_SELF_BEFORE = re.compile(r"(?i)\b(?:i['\u2019]m|i\s+am|my\s+name\s+is)\s+\Z")
_CONTRACTION = re.compile(r"(?i)(?:i|he|she|we|they|you|that|there|here|this)['\u2019](?:m|re|ve|ll|d)")


#: the honorifics a run of capitalised words may carry before the name ("Mr Paul Goble")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "mme", "mlle", "herr", "frau", "sra"})
#: a greeting before the name it greets ("Hello Ana Ruiz", "Bonsoir Mme Ana Ruiz", "Good evening, Ana Ruiz")
_GREETINGS = frozenset("hello hi welcome dear thanks bonsoir bonjour hola buenas buenos guten".split())
_GREETING_TIMES = frozenset("morning afternoon evening night day tardes noches días dias abend tag".split())
#: the first word of a two-word greeting ("Good evening", "Buenas tardes", "Guten Abend")
_GREETING_OPENERS = frozenset("good buenas buenos guten".split())


#: a Vietnamese name whose family name is Le (Lê): two short syllables after it ("Le Luong Minh", "LE HOAI TRUNG"; rule
#: S3 of the 102nd pass), not a French paper's title ("Le Monde Diplomatique", "Le Nouvel Observateur")
_VIETNAMESE_LE = re.compile(r"(?:Le|LE)[ \t]+[A-Z][a-z\u00c0-\u1ef9]{1,5}[ \t]+[A-Z][a-z\u00c0-\u1ef9]{1,5}|LE[ \t]+[A-Z]{2,6}[ \t]+[A-Z]{2,6}")


def _hyphen_office(word: str) -> bool:
    """An office in one hyphenated word: "Secretary-General", "Director-General" (passes 121-122)."""
    return "-" in word and all(p in _NOT_PERSON or p in _TITLE_WORDS or p in _BEFORE_GENERAL for p in word.lower().strip(".,").split("-"))


@lru_cache(maxsize=8192)  # a pure function of the string and the built-in registry
def person_part(name: str) -> str | None:
    """The person's name in a capitalised run, or None: what follows a possessive ("BBC's Paul Adams"),
    up to the first word of an organisation, a job or page furniture ("James Carter Senior News");
    at least two words.

    >>> person_part("BBC's Paul Adams"), person_part("James Carter Senior News"), person_part("Svobodnaya Pressa")
    ('Paul Adams', 'James Carter', None)
    >>> person_part("President Donald Trump"), person_part("Knesset Member")
    ('Donald Trump', None)
    >>> person_part("Ukrainian President Volodymyr Zelenskyy"), person_part("Jordan Peterson")
    ('Volodymyr Zelenskyy', 'Jordan Peterson')
    >>> person_part("Iranian Foreign Minister Abbas Araghchi")
    'Abbas Araghchi'
    >>> person_part("Sheikh Hasina Prime Minister"), person_part("Prince Saud Al-Faisal")
    ('Sheikh Hasina', 'Saud Al-Faisal')
    >>> person_part("Somalia President Hassan Sheikh Mohamud")
    'Hassan Sheikh Mohamud'
    >>> person_part("Moldova Vitaly Andrievsky"), person_part("Jordan Peterson"), person_part("Jordan B. Peterson")
    ('Vitaly Andrievsky', 'Jordan Peterson', 'Jordan B. Peterson')
    >>> person_part("Audu A. Kadiri"), person_part("I'm Anna Berg"), person_part("La República")
    ('Audu A. Kadiri', 'Anna Berg', None)
    >>> person_part("Lauded India"), person_part("THE WEEK"), person_part("DAS Sumar")
    (None, None, 'DAS Sumar')
    >>> person_part("India China Border"), person_part("Kim Jong Un"), person_part("FM Saad Ali Shire")
    (None, 'Kim Jong Un', 'Saad Ali Shire')
    >>> person_part("Kyrgyz Republic Ruslan Kazakbaev"), person_part("Russian Federation Council")
    ('Ruslan Kazakbaev', None)
    >>> person_part("Russian Sinologist Andrei Ostrovsky"), person_part("Activist Anna Berg"), person_part("Chinese Communist Party")
    ('Andrei Ostrovsky', 'Anna Berg', None)
    >>> person_part("Vice Foreign Minister Luo Zhaohui"), person_part("Deputy Defence Minister Anna Berg")
    ('Luo Zhaohui', 'Anna Berg')
    >>> person_part("Political Analysis Marius Laurinavicius")
    'Marius Laurinavicius'
    >>> person_part("Bonsoir Mme Ana Ruiz"), person_part("Good Evening Ana Ruiz"), person_part("Hello Ana")
    ('Ana Ruiz', 'Ana Ruiz', None)
    >>> person_part("Sri Lanka Ana Ruiz"), person_part("Saudi Arabia Tom Weiss")
    ('Ana Ruiz', 'Tom Weiss')
    >>> person_part("HE Ana Ruiz"), person_part("H.E. Ana Ruiz"), person_part("Broadcasting Mr")
    ('Ana Ruiz', 'H.E. Ana Ruiz', None)
    >>> person_part("Beijing Ashok K Kantha")  # "(Ambassador to) Beijing Ashok K Kantha"
    'Ashok K Kantha'
    >>> person_part("Space Andrius Kubilius"), person_part("Justice Ana Ruiz")
    ('Andrius Kubilius', 'Ana Ruiz')
    >>> person_part("NATO Daalder"), person_part("NATO Ivo Daalder"), person_part("DAS Sumar")
    (None, 'Ivo Daalder', 'DAS Sumar')
    >>> person_part("Le Luong Minh"), person_part("Le Monde Diplomatique"), person_part("Le Monde")
    ('Le Luong Minh', None, None)
    >>> person_part("Ambassador of Uzbekistan Aybek Arif Usmanov"), person_part("Minister of the Czech Republic Ana Ruiz")
    ('Aybek Arif Usmanov', 'Ana Ruiz')
    """
    if registry_person(name):
        return " ".join(name.split())  # a person the registry knows by this name ("Luís Montenegro", "To Lam"; rule R1, pass 113)
    words = name.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower().endswith(("'s", "\u2019s", "s'", "s\u2019")):  # "BBC's Paul Adams", "ABC News' Martha Raddatz"
            words = words[i + 1:]
            break
    while words and _CONTRACTION.fullmatch(words[0]):  # "I'm Michael Barbaro"
        words = words[1:]
    if len(words) >= 3 and words[0] == "HE":  # "HE Zoran Jolevski": His Excellency's initials (but "H.E. X Y" stays as written)
        words = words[1:]
    while words:  # "Hello Ana Ruiz", "Good evening Ana Ruiz"
        if len(words) > 1 and words[0].lower() in _GREETING_OPENERS and words[1].lower().strip(",") in _GREETING_TIMES:
            words = words[2:]
        elif words[0].lower().strip(",") in _GREETINGS:
            words = words[1:]
        else:
            break
    if words and words[0].lower() in _ARTICLES and not (len(words[0]) > 2 and words[0].isupper()
                                                         and not all(w.isupper() for w in words)) \
            and not _VIETNAMESE_LE.fullmatch(" ".join(words)):  # not "DAS Sumar", nor "Le Luong Minh"
        return None  # "La República", "EL PAÍS", "Le Monde", "Die Zeit": a newspaper, not a person
    if len(words) >= 2 and words[0].strip(".,") in _org_acronyms() and words[1][:1].isupper() and not words[1].isupper():
        words = words[1:]  # "(Former US Ambassador to) NATO Daalder": an organisation's acronym before a surname
    while len(words) >= 3 and words[0].lower().strip(".,") in _PORTFOLIO_TAIL and words[1].lower().strip(".,") not in _TITLE_WORDS \
            and not _JOB_TITLE_WORD.fullmatch(words[1].lower()):  # (not "Trade Commissioner X": the office goes on)
        words = words[1:]  # "(Commissioner for Defense and) Space Andrius Kubilius": a portfolio's last word, then the name
    places = _registry_words()[0]
    lead = 0  # "Ukrainian President Volodymyr Zelenskyy", "US Senator X": places before a title go with it
    while lead < len(words) - 1 and (words[lead].lower().strip(".,") in places or words[lead].lower().strip(".,") in _OFFICE_ADJ):
        lead += 1  # "Iranian Foreign Minister Abbas Araghchi": a portfolio goes with its title too
    if lead and words[lead].lower().strip(".,") in _TITLE_WORDS | _HONORIFICS:
        words = words[lead:]  # "Russia Mr Paul Goble" (a description ending in a country, then the name)
    elif len(words) - lead >= 3 and _JOB_WORD.fullmatch(words[lead].lower()) and words[lead].lower() not in places:
        words = words[lead + 1:]  # "Russian Sinologist Andrei Ostrovsky", "Activist Anna Berg": a job the list lacks
    elif len(words) >= 3 and (words[0].lower() in _state_names() or (words[0].lower() in _one_word_places()
                                                                     and words[0].lower() not in _GIVEN_STATES)) \
            and len(words[1].rstrip(".")) > 1 and words[1].lower().strip(".,") not in places | NON_PERSON:
        words = words[1:]  # "(analyst from) Moldova Vitaly Andrievsky": the state a full name comes after is where the person is from
    for k in (3, 2):  # "(an analyst from) Sri Lanka Ana Ruiz": a state of two or three words, then the name
        if len(words) - k >= 2 and all(w[:1].isupper() for w in words[:k]) and is_place(" ".join(words[:k])):
            words = words[k:]
            break
    if len(words) >= 2 and words[0].lower() in _STYLES and words[1][:1].isupper() and words[1].lower() not in NON_PERSON \
            and (len(words) == 2 or words[2].lower().strip(".,") in NON_PERSON):
        return f"{words[0]} {words[1]}"  # "Sheikh Hasina Prime Minister": a style and one name is how she is named
    if len(words) >= 5 and words[1] == "of" and words[0].lower().strip(".,") in _TITLE_WORDS:
        k = 3 if words[2].lower() == "the" else 2  # "Ambassador of Uzbekistan Aybek Arif Usmanov": the office's state goes with it
        n = next((n for n in (3, 2, 1) if len(words) - k - n >= 2 and is_place(" ".join(words[k:k + n]))), 0)
        words = words[k + n:] if n else words
    stripped = ""
    while len(words) > 2 and (words[0].lower().strip(".,") in _TITLE_WORDS | _HONORIFICS  # "President Donald Trump"
                              or (words[0].lower() in _OFFICE_ADJ and words[1].lower().strip(".,") in _TITLE_WORDS)
                              or (words[0].lower().strip(".,") == "general" and stripped in _BEFORE_GENERAL)
                              or _hyphen_office(words[0])):
        stripped = words[0].lower().strip(".,")
        words = words[1:]  # "Vice Foreign Minister X": a portfolio after a title goes with it too
    if len(words) >= 4 and words[0].lower().strip(".,") in _state_adjectives() and words[1].lower() in ("republic", "federation"):
        words = words[2:]  # "(Minister of Foreign Affairs of the) Kyrgyz Republic Ruslan Kazakbaev": the state, then the name
    if words and words[0].lower().strip(".,") in _state_adjectives():
        return None  # "Japanese Maritime Self-Defense": a state's adjective opens no one's name (a title after it went above)
    # "... Center for Political Innovations and Technologies Mubariz Ahmadoglu": an organisation's
    # tail; "Armenian-Azerbaijani Nagorno-Karabakh": a compound of states' adjectives is no first name
    lead = 0
    while lead < len(words) - 1 and (words[lead].lower().strip(".,") in _ORG_TAIL and lead < len(words) - 2
                                     or "-" in words[lead] and all(p in places for p in words[lead].lower().strip(".,").split("-"))):
        lead += 1
    words = words[lead:]
    kept = []
    for i, w in enumerate(words):
        if kept and w.lower() in _STYLES and i + 1 < len(words) and words[i + 1][:1].isupper() \
                and words[i + 1].lower().strip(".,") not in NON_PERSON:
            kept.append(w)  # "Hassan Sheikh Mohamud": a style word inside a name is part of it
            continue
        if w.lower().strip(".,") in NON_PERSON and not (len(w) == 2 and w[0].isupper() and w[1] == ".") \
                and not _bare_initial(kept, w, words[i + 1:]) \
                and not (kept and i == len(words) - 1 and w.lower() in _SURNAME_STYLES and not w.isupper()):
            # (a style that is also a surname ends a name: "Noel King", "Madeleine King", "Salman Rafi Sheikh"; rule K1
            # of the 113th pass; "Saudi King" went above, with the state's adjective)
            if w.lower().strip(".,") in _OUTLET_WORDS:
                return None  # "Wall Street Journal", "Kyiv Post": the words before name the outlet
            rest = " ".join(words[i + 1:])
            if len(words) - i > 2 and w.lower().strip(".,") in _ORG_TAIL and person_part(rest) == rest:
                return rest  # "(the Institute for) Political Analysis Marius Laurinavicius": an organisation's tail, then the name
            break  # "A." in "Audu A. Kadiri" is an initial, not the article
        if w[0] in "\"\u2018\u201c" or w[-1] in "\"\u201d" or (w[-1] == "\u2019" and not w.endswith("s\u2019")):
            return None  # a quoted phrase ("Vietnam's \u2018Bamboo Diplomacy\u2019" in a title) is no person
        kept.append(w)
    while kept and kept[-1].rstrip(".").lower() in _HONORIFICS:
        kept.pop()  # "(Director of) Broadcasting Mr" (". R. Gillette"): an honorific ends no name
    if kept and kept[-1].lower() in _state_names() and kept[-1].lower() not in _registry_words()[1] and not registry_person(" ".join(kept)):
        return None  # a crosshead ("Lauded India", "Beyond Russia"): no surname is a state's name
    if sum(w.lower() in _state_names() for w in kept) >= 2:
        return None  # "India China Border" (a title's words): two states name no one
    return " ".join(kept) if len(kept) >= 2 else None


#: styles of NON_PERSON that are also surnames, kept as the last word of a name after a given name (rule K1, pass 113)
_SURNAME_STYLES = frozenset({"king", "sheikh"})


def _bare_initial(kept: list[str], w: str, rest: list[str]) -> bool:
    """A middle initial written without its stop ("Athaulla A Rasheed"): one capital between a first
    name and the surname that ends the run, neither of them a common word ("Iran Faces A Choice" is a
    headline's article).

    >>> _bare_initial(["Athaulla"], "A", ["Rasheed"]), _bare_initial(["Putin"], "A", ["Threat"])
    (True, False)
    """
    if not (len(w) == 1 and w.isupper() and len(kept) == 1 and len(rest) == 1 and rest[0][:1].isupper()):
        return False
    common = common_words()
    return not ({kept[0].lower(), rest[0].lower()} & common) and rest[0].lower() not in NON_PERSON


#: a capital inside a word after a lower-case letter ("WebClick") ...
_CAMEL = re.compile(r"[a-z][A-Z]")
#: ... which a name has only after a prefix ("McDonald", "MacArthur", "DeSantis", "LaToya", "VanDyke", "FitzGerald",
#: the Arabic article run in: "AlTaher", "ElBaradei"; "Abu" and "Bou" too: "AbuZeid", "BouHabib", rule C1 of pass 113)
_CAMEL_NAME = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St|Al|El|Abu|Bou)[A-Z][a-z'\u2019-]+(?:-[A-Z][\w'\u2019-]*)?$")


def brand_like(name: str) -> bool:
    """A word with a capital inside it after a lower-case letter and no name prefix: a brand or a
    widget ("WebClick Tracer", "YouTube"), not "McDonald" or "DeSantis".

    >>> brand_like("WebClick Tracer"), brand_like("Ron DeSantis"), brand_like("Mitch McConnell")
    (True, False, False)
    >>> brand_like("Search MindaNews"), brand_like("Harold JamesHarold James")
    (True, False)
    >>> brand_like("Nada AlTaher"), brand_like("Mohamed ElBaradei")
    (False, False)
    """
    if _CAMEL.search(name) is None:
        return False
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).split()
    if len(words) % 2 == 0 and words[:len(words) // 2] == words[len(words) // 2:]:
        return False  # "Harold JamesHarold James": a photo's caption glued to the same name
    return any(_CAMEL.search(w) and not _CAMEL_NAME.match(w) for w in name.split())


#: a share widget's word or a compound adjective, never part of a name ("Short Url", "Iran-backed", "Saudi-led")
#: a page's genre words: inside a capitalised run they end a headline's kicker ("SPIEGEL Interview Merkel:"); no
#: person's name holds one ("Question-and-Answer Session")
GENRE_WORDS = frozenset("interview interviews exclusive transcript podcast explainer editorial opinion op-ed oped q&a question-and-answer".split())
NOT_NAME_PART = re.compile(r"(?i)\burl\b|-(?:backed|led|based|linked|aligned|funded|born)\b")


@lru_cache(maxsize=8192)  # a pure function of the string and the built-in word lists
def is_person_name(name: str) -> bool:
    """A capitalised run that could be a person's name as it stands.

    >>> is_person_name("Boris Rozhin"), is_person_name("Breaking News"), is_person_name("Khatib")
    (True, False, True)
    >>> is_person_name("Tapesearch Logo"), is_person_name("Analysing Viktor Orb\u00e1n"), is_person_name("As It Happens")
    (False, False, False)
    >>> is_person_name("Jerusalem Time"), is_person_name("Georgia Rose"), is_person_name("Iraq Reboot")
    (False, True, False)
    >>> is_person_name("Holds Hearing"), is_person_name("Ask Me Anything"), is_person_name("Charles Moss")
    (False, False, True)
    >>> is_person_name("Al Jazeera"), is_person_name("Euronews"), is_person_name("Short Url"), is_person_name("Iran-backed Houthi")
    (False, False, False, False)
    >>> is_person_name("Understanding Putin"), is_person_name("Sterling Jones"), is_person_name("Xiaoming Wang")
    (False, True, True)
    >>> is_person_name("But Mearns"), is_person_name("Meanwhile Kallas"), is_person_name("Oh Se-hoon")
    (False, False, True)
    >>> is_person_name("Join Whatsapp"), is_person_name("Get Updates")
    (False, False)
    """
    words = name.split()
    folded = " ".join(words).lower()
    if brand_like(name) or folded in FURNITURE or folded in outlets():
        return False  # (a news outlet: "Al Jazeera", "Euronews", "RFE")
    if registry_person(name):
        return True  # a person the registry knows by this name ("To Lam", "Luís Montenegro"; rule R1 of pass 113)
    if registry_group(name):
        return False  # ... and no state, organisation or party it knows ("Sierra Leone", "Muslim Brotherhood"; rule R2)
    if any(ch.isdigit() for ch in name) and not GENERIC_LABEL.fullmatch(name):
        return False  # "Page E324" ("[Page E324]" over the Congressional Record); "Speaker 2" is a label
    if len(words) == 1:
        return words[0].lower() not in NON_PERSON
    if gazetteer_place(name):
        return False  # a city, region or landmark: "New York", "Tel Aviv", "Downing Street"
    if has_page_word(name):
        return False  # a column's or a menu's name: "Dateline Colombo", "Venezuela Overview"
    if NOT_NAME_PART.search(name) or any(w.lower() in GENRE_WORDS for w in words):
        return False  # a share widget ("Short Url"), a compound adjective ("Iran-backed Houthi"), "Q&A Session"
    if any(w in _FUNCTION_WORDS or w in _CALENDAR for w in words):
        return False  # a show's or a headline's words: "As It Happens", "What Is Next"; a date's: "P.M. November"
    if words[0].lower() in _HEADLINE_VERBS or (len(words) >= 3 and any(w.lower() in _HEADLINE_VERBS for w in words[2:])):
        return False  # a headline's words: "(Senate Committee) Holds Hearing", "Brian Winter Details Latin (America's ...)"
    if verb_s_form(words[0]):
        return False  # ... and any verb's: "(Trump Bombs Venezuela,) Kidnaps Maduro" (rule H1 of the 113th pass)
    if len(words) == 2 and words[0].lower() in _REGION_WORDS and words[1].lower() in _state_adjectives():
        return False  # a region's people: "Latin American", "South African" (rule N8 of the 111th pass)
    if words[0].lower() in WIDGET_VERBS:
        return False  # a page widget's call: "Join Whatsapp", "Get Updates" (rule N5 of the 109th pass)
    if words[0] in SENTENCE_OPENERS:
        return False  # a sentence's first word before a name: "But Mearns was front and centre ..." (pass 107)
    if words[0].split("-")[0].lower() in _NUMBER_WORDS:
        return False  # a title's count: "(The Two-State,) Two-Economy Solution", "Three Lessons" (rule N1 of the 103rd pass)
    if any(_ADVERB.fullmatch(w) for w in words):
        return False  # a sentence's words: "Be Completely Cut", "Sri Lanka Concretely"
    if words[-1] in _FEATURE_WORDS:
        return False  # a place: "Galwan Valley", "Red Sea", "Korean Peninsula"
    if len(words) == 2 and words[0].lower() in _one_word_places() and not words[1].isupper() \
            and words[1].lower() in common_words():
        return False  # a publication named for its city or country: "Jerusalem Time", "Kyiv Independent"
    if len(words) == 2 and words[0].lower() in _state_names() and words[0].lower() not in _GIVEN_STATES:
        return False  # a headline's state and noun: "Iraq Reboot", "Russia Rising" (not "Jordan Peterson")
    if len(words) >= 3 and _GERUND.fullmatch(words[0]) and words[0].lower() not in _ING_NAMES and is_person_name(" ".join(words[1:])):
        return False  # a title that names someone: "Analysing Viktor Orb\u00e1n", "Understanding Xi Jinping"
    if len(words) == 2 and _GERUND.fullmatch(words[0]) and words[0].lower() not in _ING_NAMES and words[0].lower() in common_words():
        return False  # ... or a surname alone: "Understanding Putin" (a podcast episode's title), "Reading Room"
    return person_part(name) == " ".join(words)


def has_page_word(name: str) -> bool:
    """``name`` holds a word of a page's furniture that no person's name holds.

    >>> has_page_word("Dateline Colombo"), has_page_word("Ana Ruiz")
    (True, False)
    """
    return any(w.lower() in _PAGE_WORDS for w in name.split())


#: numbers written as words, which open no person's name
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
                          "thousand million billion".split())
#: words of a page's furniture that no person's name holds
_PAGE_WORDS = frozenset("dateline byline overview homepage newsletter newsletters subscribe bookmark".split())
#: the last word of a geographic feature's name, which no person's name ends with
_FEATURE_WORDS = frozenset("Valley River Sea Strait Straits Islands Mountains Peninsula Desert Plateau Basin Delta Canal Corridor "
                           "Province Region Dam Gulf Ocean Airport Strip Heights Square Street Avenue Boulevard Highlands "
                           # a reef or a shoal ("Second Thomas Shoal", "Mischief Reef"; rule N1 of pass 115)
                           "Shoal Shoals Reef Reefs Atoll Atolls Archipelago".split())
_GERUND = re.compile(r"[A-Z][a-z]{3,}ing")
#: an adverb, which no name holds ("Completely", "Concretely", "Reportedly")
_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:ously|ively|ately|ingly|fully|lessly|ically|etely|edly)")
#: a page's links and buttons written as two capitalised words ("Read More" under an author's bio), and a
#: section's kicker ("Cover Story")
FURNITURE = frozenset({"read more", "read later", "see more", "learn more", "show more", "load more", "view more", "more stories", "read also",
                        "bottom line", "key takeaways", "try free", "free trial", "sign in", "sign up", "log in", "watch now",
                        "listen now", "cover story", "top story", "lead story", "special report", "news analysis",
                        "stay connected", "stay informed", "stay updated", "stay tuned", "get connected", "keep reading",
                        "continue reading", "subscribe now", "follow us", "connect with us", "join us",
                        "source link", "original link", "full story", "full article", "print version", "view source"})
#: states' names that are given names too ("Georgia Rose", "Jordan Peterson", "China Mieville")
_GIVEN_STATES = frozenset("georgia jordan israel chad india china kenya".split())
#: a portfolio's last word, which no given name is ("Minister of Tourism", "Commissioner for Defense and Space")
_PORTFOLIO_TAIL = frozenset("space affairs security development trade defence defense industry energy justice health education "
                            "finance environment agriculture tourism culture transport labour labor interior economy".split())
#: an office's word after a portfolio ("Trade Commissioner", "Justice Minister")
_JOB_TITLE_WORD = re.compile(r"commissioner|minister|secretary|director|chief|head|spokes(?:man|woman|person)|representative|envoy")
#: months and weekdays that are no given names (not April, May, June, August)
_CALENDAR = frozenset("January February March September October November December Monday Tuesday Wednesday Thursday Friday "
                      "Saturday Sunday".split())
#: capitalised function words no person's name holds
_FUNCTION_WORDS = frozenset("It As The Of And For In On At To With From By Is Are Was This That What How Why When Who Our Your Up Out Down Into Onto Upon All "
                            "Me My Us We They Them Anything Everything Nothing Something".split())
#: a sentence's opening conjunction or adverb, capitalised by its place, which opens no person's name ("But Mearns",
#: "Meanwhile Kallas"); not "Oh", "No" or "So", which are surnames too ("Oh Se-hoon")
SENTENCE_OPENERS = frozenset("But Yet Still Now Then Even Only Also Meanwhile However Thus Hence Indeed Instead Perhaps Maybe "
                              "Yes Or Nor Because Although Though While If After Before Since Until Unless Here There Today "
                              "Tomorrow Yesterday Later Earlier Again Already Finally Clearly Certainly Obviously Apparently "
                              "Nevertheless Nonetheless".split())
#: a page widget's imperative, which opens no person's name ("Join Whatsapp", "Get Updates", "Follow Us")
WIDGET_VERBS = frozenset("join get follow subscribe download watch listen share click tap visit install view show hide load print".split())
#: a headline's verb, which opens no person's name ("Holds Hearing", "Urges Restraint"; given names ending in -s
#: are no verbs: "James", "Charles")
_HEADLINE_VERBS = frozenset("""holds says meets calls urges warns slams backs wins seeks plans vows eyes hits signs visits launches
    hosts opens takes makes gets sets asks tells faces rejects welcomes condemns denies hails pledges unveils announces
    discusses marks weighs pushes rules blames accuses details explains outlines analyzes analyses""".split())
#: the first word of a region's adjective ("Latin American", "East Asian")
_REGION_WORDS = frozenset("latin south north east west central southeast southwest northeast northwest eastern western "
                          "northern southern sub-saharan".split())
#: given names that end like a gerund
_ING_NAMES = frozenset("sterling channing manning fleming browning darling harding cushing golding kipling irving deming".split())


#: a portfolio before an office ("Foreign Minister", "Defence Secretary")
#: a capitalised job noun before a name that the title list lacks ("Sinologist", "Activist", "Political Scientist")
_JOB_WORD = re.compile(r"[a-z]{3,}(?:ologist|ist)")
_OFFICE_ADJ = frozenset("foreign defence defense interior finance home cabinet".split())


def state_surname(name: str) -> bool:
    """A person's name but for its surname, which is also a state's ("Ricardo Israel", "Steve Israel"), read
    as a crosshead by :func:`person_part` ("Beyond Russia"); only a byline ("By: X") makes it a name.

    >>> state_surname("Ricardo Israel"), state_surname("Cornell University"), state_surname("RFA Staff")
    (True, False, False)
    """
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() not in _state_names():
        return False
    probe = " ".join(words[:-1] + ["Lind"])  # the same name with a surname that is no state's
    return person_part(probe) == probe and is_person_name(probe)


#: prepositions no person's name holds ("Trump Moves Towards Putin", "Beyond Strategic Depth")
_PREPOSITIONS = frozenset("towards toward against into onto upon amid among between versus via beyond within without across "
                          "through".split())
#: the particles inside a name ("Xiomara Castro de Zelaya", "Sophie in 't Veld"), not its first word
_PARTICLES = frozenset("de van von der den al el bin ibn bint ben da di du del la le in 't \u2019t".split())
#: a desk's byline ends with one of these words ("ADF Staff", "ET Bureau"): an author, if no person; a briefing's
#: numbered voices too ("Senior Administration Official One")
_DESK_WORDS = frozenset("staff desk bureau team board editors newsroom one two three four five six".split())


def reads_as_phrase(name: str) -> bool:
    """Whether a capitalised run given as a speaker reads as a headline's or a section's words
    rather than a person's name: two or more words that are all common lower-case words of English
    ("Understandable Motives", "Strategic Shift", "Historical Context and Geopolitical
    Significance"), or a preposition among them ("Trump Moves Towards Putin"). A word in capitals
    ("ASEAN Beat": "Beat") and a particle inside the name are not counted; a desk ("ADF Staff") is
    left alone, as a briefing's numbered voice ("Administration Official One").

    >>> reads_as_phrase("Understandable Motives"), reads_as_phrase("Trump Moves Towards Putin")
    (True, True)
    >>> reads_as_phrase("Mark Brown"), reads_as_phrase("Will Glasgow"), reads_as_phrase("Sophie in 't Veld")
    (False, False, False)
    >>> reads_as_phrase("Khatib"), reads_as_phrase("ADF Staff")
    (False, False)
    """
    words = [w for k, w in enumerate(name.split()) if (k == 0 or w.lower() not in _PARTICLES) and not re.fullmatch(r"[A-Z]\.?", w)]
    if len(words) < 2 or words[-1].lower() in _DESK_WORDS:
        return False
    if any(w.lower() in _PREPOSITIONS for w in words):
        return True
    mixed = [w.lower().strip(".,'\u2019") for w in words if not w.isupper()]
    common = common_words()
    return bool(mixed) and all(w in common for w in mixed) or lexical_run(name)
