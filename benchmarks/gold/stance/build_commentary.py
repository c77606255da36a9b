"""Build ``commentary.jsonl`` (the hand-labelled commentary stance gold set) from the passages below.

The passages and labels were written by hand for this gold set (see README.md for the
guideline); this script only finds the character offsets of each actor's mentions (whole-word,
case-sensitive matches of the listed surface forms, every occurrence) and writes one JSON row
per (claim, actor). Run it after editing a label: ``python benchmarks/gold/stance/build_commentary.py``.

Each claim is ``(sentence, [(actor, [surface forms], stance, sentiment, note), ...])``; stance is
f(avor) / n(one) / a(gainst), sentiment p(ositive) / 0 (neutral) / n(egative).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

STANCE = {"f": "favor", "n": "none", "a": "against"}
SENTIMENT = {"p": "positive", "0": "neutral", "n": "negative"}

PASSAGES: list[tuple[str, list[tuple[str, list[tuple[str, list[str], str, str, str]]]]]] = [
    ("ukraine-war", [
        ("Russia's invasion of Ukraine was a catastrophic miscalculation by Putin, and he has nobody to blame but himself.", [
            ("Russia", ["Russia"], "a", "n", "the invasion is condemned"),
            ("Ukraine", ["Ukraine"], "n", "0", "object of the invasion, not evaluated"),
            ("Vladimir Putin", ["Putin"], "a", "n", "explicit blame"),
        ]),
        ("Ukraine suffered heavy losses around Bakhmut last winter.", [
            ("Ukraine", ["Ukraine"], "n", "n", "victim: portrayed badly (losses), no approval or disapproval"),
        ]),
        ("Moscow claims that NATO provoked the war by expanding eastward.", [
            ("Russia", ["Moscow"], "n", "0", "reported speaker, neutral verb"),
            ("NATO", ["NATO"], "n", "n", "reported view: the claim portrays NATO badly, the speaker takes no side here"),
        ]),
        ("That narrative is self-serving nonsense, and the Kremlin knows it.", [
            ("Russia", ["Kremlin"], "a", "n", "the speaker rejects the Kremlin's narrative"),
        ]),
        ("I think Zelensky has been an effective wartime leader, although his government has been slow to tackle corruption.", [
            ("Volodymyr Zelensky", ["Zelensky"], "f", "p", "mixed but mainly approving"),
        ]),
        ("Washington has been too cautious, frankly, in delivering long-range weapons to Kyiv.", [
            ("United States", ["Washington"], "a", "n", "criticism"),
            ("Ukraine", ["Kyiv"], "f", "0", "implied: the speaker wants Kyiv armed"),
        ]),
        ("Germany deserves credit for weaning itself off Russian gas faster than anyone expected.", [
            ("Germany", ["Germany"], "f", "p", "praise"),
            ("Russia", ["Russian"], "n", "0", "adjectival mention, not evaluated"),
        ]),
    ]),
    ("taiwan-strait", [
        ("Beijing has steadily escalated its military pressure on Taiwan, sending warships and aircraft across the median line almost daily.", [
            ("China", ["Beijing"], "n", "n", "negative conduct described without evaluative wording"),
            ("Taiwan", ["Taiwan"], "n", "0", "object of pressure"),
        ]),
        ("Xi Jinping's decision to purge his own generals shows a leader who trusts no one.", [
            ("Xi Jinping", ["Xi Jinping"], "a", "n", "disparaging judgement"),
        ]),
        ("Taipei, to its credit, has responded with restraint rather than provocation.", [
            ("Taiwan", ["Taipei"], "f", "p", "praise"),
        ]),
        ("Some in Congress argue that the United States should commit explicitly to defending Taiwan.", [
            ("US Congress", ["Congress"], "n", "0", "reported view"),
            ("United States", ["United States"], "n", "0", "reported view"),
            ("Taiwan", ["Taiwan"], "n", "0", "reported view"),
        ]),
        ("I am not convinced that strategic clarity would deter China; it might simply accelerate a crisis.", [
            ("China", ["China"], "n", "0", "analysis, no evaluation of China"),
        ]),
        ("Japan and the Philippines have quietly done more to strengthen deterrence than most Europeans realise.", [
            ("Japan", ["Japan"], "f", "p", "praise"),
            ("Philippines", ["Philippines"], "f", "p", "praise"),
        ]),
        ("Beijing will read any hesitation in Washington as weakness.", [
            ("China", ["Beijing"], "n", "0", "prediction"),
            ("United States", ["Washington"], "n", "0", "hypothetical hesitation, not evaluated"),
        ]),
        ("Perhaps Washington has been a little too eager to publicise every arms sale to Taipei.", [
            ("United States", ["Washington"], "a", "n", "hedged criticism"),
            ("Taiwan", ["Taipei"], "n", "0", "recipient, not evaluated"),
        ]),
    ]),
    ("middle-east", [
        ("Hamas committed an atrocity on October 7, and nothing excuses the deliberate killing of civilians.", [
            ("Hamas", ["Hamas"], "a", "n", "condemnation"),
        ]),
        ("Israel has every right to defend itself, but the way the Netanyahu government has conducted the war in Gaza has cost it enormous international support.", [
            ("Israel", ["Israel"], "f", "0", "right to self-defence affirmed; loss of support: mixed portrayal"),
            ("Benjamin Netanyahu", ["Netanyahu"], "a", "n", "criticism of the conduct of the war"),
        ]),
        ("Tehran insists that it does not want a regional war, while arming the Houthis and Hezbollah.", [
            ("Iran", ["Tehran"], "a", "n", "juxtaposition exposes hypocrisy"),
            ("Houthis", ["Houthis"], "n", "0", "recipients of arms, not evaluated"),
            ("Hezbollah", ["Hezbollah"], "n", "0", "recipients of arms, not evaluated"),
        ]),
        ("Saudi Arabia has played its cards shrewdly, keeping normalisation with Israel on the table without paying a domestic price.", [
            ("Saudi Arabia", ["Saudi Arabia"], "f", "p", "admiring"),
            ("Israel", ["Israel"], "n", "0", "mentioned as the other party"),
        ]),
        ("Qatar and Egypt have been indispensable mediators in the hostage negotiations.", [
            ("Qatar", ["Qatar"], "f", "p", "praise"),
            ("Egypt", ["Egypt"], "f", "p", "praise"),
        ]),
        ("The Biden administration says it is pressing for a ceasefire, but I see little evidence that it is using its leverage.", [
            ("United States", ["Biden administration"], "a", "n", "reported claim, then the speaker's doubt: criticism"),
        ]),
    ]),
    ("europe", [
        ("Viktor Orban has turned Hungary into the EU's most reliable spoiler, blocking aid to Ukraine whenever it suits him.", [
            ("Viktor Orban", ["Viktor Orban"], "a", "n", "criticism"),
            ("Hungary", ["Hungary"], "n", "n", "portrayed as spoiler, but the blame goes to Orban"),
            ("European Union", ["EU"], "n", "0", "not evaluated"),
            ("Ukraine", ["Ukraine"], "n", "0", "aid blocked; not evaluated"),
        ]),
        ("Brussels, for its part, has been far too slow to use the tools it already has against him.", [
            ("European Union", ["Brussels"], "a", "n", "criticism"),
        ]),
        ("Poland has emerged as one of the most serious military powers in Europe, and Warsaw's voice now carries real weight.", [
            ("Poland", ["Poland", "Warsaw"], "f", "p", "praise"),
        ]),
        ("Macron likes to talk about European strategic autonomy, but France's actual contribution to Ukraine has been modest.", [
            ("Emmanuel Macron", ["Macron"], "a", "n", "ironic: talk versus deeds"),
            ("France", ["France"], "a", "n", "criticism of a modest contribution"),
            ("Ukraine", ["Ukraine"], "n", "0", "recipient"),
        ]),
        ("Berlin has finally accepted that its old model of cheap Russian energy and Chinese export markets is dead.", [
            ("Germany", ["Berlin"], "n", "0", "'finally': approval of the change and criticism of the delay; left at none"),
            ("Russia", ["Russian"], "n", "0", "adjectival mention"),
            ("China", ["Chinese"], "n", "0", "adjectival mention"),
        ]),
        ("The European Commission deserves praise for holding the sanctions regime together.", [
            ("European Commission", ["European Commission"], "f", "p", "praise"),
        ]),
    ]),
    ("sahel", [
        ("The juntas in Mali and Burkina Faso expelled French troops and invited in Russian mercenaries, and security has only deteriorated since.", [
            ("Mali", ["Mali"], "a", "n", "the juntas' choices are blamed for the deterioration"),
            ("Burkina Faso", ["Burkina Faso"], "a", "n", "as Mali"),
            ("France", ["French"], "n", "0", "expelled; not evaluated"),
            ("Russia", ["Russian"], "n", "n", "'mercenaries': negative portrayal, no explicit stance"),
        ]),
        ("Wagner's fighters have been accused of massacres against civilians, including at Moura in 2022.", [
            ("Wagner Group", ["Wagner"], "n", "n", "reported accusation: portrayed badly, the speaker does not judge"),
        ]),
        ("Paris made real mistakes in the Sahel, above all by staying too long and listening too little.", [
            ("France", ["Paris"], "a", "n", "criticism"),
        ]),
        ("ECOWAS looked weak when it threatened military intervention in Niger and then backed down.", [
            ("ECOWAS", ["ECOWAS"], "a", "n", "criticism"),
            ("Niger", ["Niger"], "n", "0", "location of the threatened intervention"),
        ]),
        ("The African Union has been largely absent from the crisis, which is a missed opportunity.", [
            ("African Union", ["African Union"], "a", "n", "criticism"),
        ]),
        ("Washington still has a constructive role to play, if it is willing to work with regional partners rather than around them.", [
            ("United States", ["Washington"], "n", "0", "conditional; neither approval nor disapproval of what it does now"),
        ]),
    ]),
    ("india-global-south", [
        ("India has managed its relationship with Moscow and Washington with considerable skill.", [
            ("India", ["India"], "f", "p", "praise"),
            ("Russia", ["Moscow"], "n", "0", "partner, not evaluated"),
            ("United States", ["Washington"], "n", "0", "partner, not evaluated"),
        ]),
        ("Critics say Modi buys discounted Russian oil while posing as a voice of the Global South.", [
            ("Narendra Modi", ["Modi"], "n", "n", "reported criticism; the next sentence rejects it"),
            ("Russia", ["Russian"], "n", "0", "adjectival mention"),
        ]),
        ("Frankly, I find that criticism unfair: Delhi is doing exactly what Washington did for decades, putting its own interests first.", [
            ("India", ["Delhi"], "f", "0", "the speaker defends Delhi"),
            ("United States", ["Washington"], "n", "0", "comparison, not evaluated"),
        ]),
        ("China remains India's most serious strategic rival.", [
            ("China", ["China"], "n", "0", "description"),
            ("India", ["India"], "n", "0", "description"),
        ]),
        ("The Quad gives Delhi useful leverage without binding it to an alliance.", [
            ("Quad", ["Quad"], "f", "p", "the Quad is presented as useful"),
            ("India", ["Delhi"], "n", "p", "benefits; not evaluated"),
        ]),
        ("Brazil's Lula has been naive about Putin, repeating Kremlin talking points on Ukraine.", [
            ("Luiz Inacio Lula da Silva", ["Lula"], "a", "n", "criticism"),
            ("Vladimir Putin", ["Putin"], "n", "0", "object of Lula's naivety; not evaluated directly"),
            ("Russia", ["Kremlin"], "a", "n", "'talking points': dismissive"),
            ("Ukraine", ["Ukraine"], "n", "0", "topic"),
        ]),
    ]),
    ("korea", [
        ("Pyongyang has tested more missiles in the past two years than in the previous decade.", [
            ("North Korea", ["Pyongyang"], "n", "n", "negative conduct, factual wording"),
        ]),
        ("Kim Jong Un is a rational actor, not a madman, and that is precisely what makes him dangerous.", [
            ("Kim Jong Un", ["Kim Jong Un"], "a", "n", "'dangerous': wary, critical"),
        ]),
        ("Seoul and Tokyo deserve enormous credit for putting their historical grievances aside.", [
            ("South Korea", ["Seoul"], "f", "p", "praise"),
            ("Japan", ["Tokyo"], "f", "p", "praise"),
        ]),
        ("Russia's deepening military cooperation with North Korea should alarm everyone in Europe.", [
            ("Russia", ["Russia"], "a", "n", "alarm"),
            ("North Korea", ["North Korea"], "a", "n", "alarm"),
        ]),
        ("Beijing, I suspect, is less comfortable with this partnership than it lets on.", [
            ("China", ["Beijing"], "n", "0", "speculation"),
        ]),
        ("The UN Security Council has been paralysed on North Korea because Russia and China veto every new sanction.", [
            ("UN Security Council", ["UN Security Council"], "n", "n", "paralysed: portrayed badly, not blamed"),
            ("North Korea", ["North Korea"], "n", "0", "topic"),
            ("Russia", ["Russia"], "a", "n", "blamed for the paralysis"),
            ("China", ["China"], "a", "n", "blamed for the paralysis"),
        ]),
    ]),
    ("nato-north", [
        ("Erdogan held Sweden's NATO membership hostage for more than a year to extract concessions.", [
            ("Recep Tayyip Erdogan", ["Erdogan"], "a", "n", "'held hostage'"),
            ("Sweden", ["Sweden"], "n", "0", "object"),
            ("NATO", ["NATO"], "n", "0", "not evaluated"),
        ]),
        ("That said, Turkey remains an indispensable ally, controlling the Straits and fielding NATO's second-largest army.", [
            ("Turkey", ["Turkey"], "f", "p", "'indispensable ally'"),
            ("NATO", ["NATO"], "n", "0", "not evaluated"),
        ]),
        ("Ankara's drone diplomacy has made it a genuine power broker from Libya to the Caucasus.", [
            ("Turkey", ["Ankara"], "f", "p", "admiring"),
        ]),
        ("Sweden and Finland bring serious capabilities, especially in the Baltic and the Arctic.", [
            ("Sweden", ["Sweden"], "f", "p", "praise"),
            ("Finland", ["Finland"], "f", "p", "praise"),
        ]),
        ("NATO is stronger today than at any point since the end of the Cold War.", [
            ("NATO", ["NATO"], "f", "p", "the speaker's positive assessment"),
        ]),
        ("Moscow says the alliance is encircling Russia, but Finland chose to join precisely because of what Russia did.", [
            ("Russia", ["Moscow", "Russia"], "a", "n", "the speaker rebuts Moscow and blames Russia"),
            ("NATO", ["alliance"], "n", "n", "reported view portrays NATO badly; the speaker takes no side toward NATO"),
            ("Finland", ["Finland"], "n", "0", "its choice explained, not evaluated"),
        ]),
    ]),
    ("transatlantic", [
        ("Trump's return has thrown transatlantic relations into genuine uncertainty.", [
            ("Donald Trump", ["Trump"], "n", "n", "cause of uncertainty; no explicit judgement"),
        ]),
        ("London has been the most consistent European supporter of Kyiv since 2022.", [
            ("United Kingdom", ["London"], "f", "p", "praise"),
            ("Ukraine", ["Kyiv"], "n", "0", "recipient"),
        ]),
        ("The idea that Washington will simply abandon Europe is overstated, in my view.", [
            ("United States", ["Washington"], "n", "0", "prediction"),
        ]),
        ("Congress has repeatedly shown that support for Ukraine is bipartisan, even when the White House wavers.", [
            ("US Congress", ["Congress"], "f", "p", "approving"),
            ("Ukraine", ["Ukraine"], "n", "0", "topic"),
            ("White House", ["White House"], "a", "n", "'wavers': mild criticism"),
        ]),
        ("Keir Starmer has handled Trump with more finesse than I expected.", [
            ("Keir Starmer", ["Keir Starmer"], "f", "p", "praise"),
            ("Donald Trump", ["Trump"], "n", "0", "object"),
        ]),
        ("Perhaps the Pentagon has been a little complacent about its munitions stockpiles.", [
            ("Pentagon", ["Pentagon"], "a", "n", "hedged criticism"),
        ]),
    ]),
    ("caucasus-balkans", [
        ("Azerbaijan's offensive in Nagorno-Karabakh forced more than 100,000 Armenians to flee within a week.", [
            ("Azerbaijan", ["Azerbaijan"], "n", "n", "harmful conduct, factual wording"),
            ("Armenia", ["Armenians"], "n", "n", "victims"),
        ]),
        ("Baku calls it a counter-terrorism operation, which is a grotesque euphemism.", [
            ("Azerbaijan", ["Baku"], "a", "n", "the speaker rejects Baku's framing"),
        ]),
        ("Moscow's peacekeepers stood by and did nothing.", [
            ("Russia", ["Moscow"], "a", "n", "criticism"),
        ]),
        ("Pashinyan has made a brave and politically costly bet on turning Armenia toward the West.", [
            ("Nikol Pashinyan", ["Pashinyan"], "f", "p", "'brave'"),
            ("Armenia", ["Armenia"], "n", "0", "not evaluated"),
        ]),
        ("Belgrade keeps flirting with Moscow while negotiating EU membership, and Brussels keeps pretending not to notice.", [
            ("Serbia", ["Belgrade"], "a", "n", "'flirting': criticism"),
            ("Russia", ["Moscow"], "n", "0", "object"),
            ("European Union", ["EU", "Brussels"], "a", "n", "'pretending not to notice'"),
        ]),
        ("Kosovo's government has not always helped its own cause, but Pristina is right to insist on recognition.", [
            ("Kosovo", ["Kosovo", "Pristina"], "f", "0", "mixed: mild criticism, then 'is right'"),
        ]),
    ]),
    ("iran-nuclear", [
        ("Iran is now closer to a bomb than at any point in its history, and the IAEA has lost much of its ability to see what is happening.", [
            ("Iran", ["Iran"], "n", "n", "alarming description, no explicit judgement"),
            ("IAEA", ["IAEA"], "n", "n", "weakened: portrayed badly, not blamed"),
        ]),
        ("The collapse of the nuclear deal was a self-inflicted wound for Washington, which walked away in 2018 while Tehran was still complying.", [
            ("United States", ["Washington"], "a", "n", "blamed"),
            ("Iran", ["Tehran"], "n", "p", "'still complying': good conduct, no approval of Iran as such"),
        ]),
        ("Britain, France and Germany tried hard to save the agreement.", [
            ("United Kingdom", ["Britain"], "f", "p", "approving"),
            ("France", ["France"], "f", "p", "approving"),
            ("Germany", ["Germany"], "f", "p", "approving"),
        ]),
        ("Israeli officials argue that only military force can stop the programme.", [
            ("Israel", ["Israeli"], "n", "0", "reported view"),
        ]),
        ("I think a strike would delay Iran's programme by a few years at most and would harden the regime's resolve.", [
            ("Iran", ["Iran"], "n", "0", "analysis"),
        ]),
        ("Oman, as so often, has been quietly useful as a channel between the two sides.", [
            ("Oman", ["Oman"], "f", "p", "praise"),
        ]),
        ("Russia and China have shielded Tehran at the UN, which tells you how far the diplomatic landscape has shifted.", [
            ("Russia", ["Russia"], "n", "n", "'shielded': unfavourable conduct, no explicit judgement"),
            ("China", ["China"], "n", "n", "as Russia"),
            ("Iran", ["Tehran"], "n", "0", "object"),
            ("United Nations", ["UN"], "n", "0", "venue"),
        ]),
    ]),
    ("venezuela", [
        ("Maduro stole the 2024 election, and the evidence from the opposition's tally sheets is overwhelming.", [
            ("Nicolas Maduro", ["Maduro"], "a", "n", "accusation made by the speaker"),
        ]),
        ("Edmundo Gonzalez almost certainly won, according to independent observers.", [
            ("Edmundo Gonzalez", ["Edmundo Gonzalez"], "n", "p", "reported fact, good for him; no stance"),
        ]),
        ("Brazil and Colombia have been disappointingly timid in their response.", [
            ("Brazil", ["Brazil"], "a", "n", "criticism"),
            ("Colombia", ["Colombia"], "a", "n", "criticism"),
        ]),
        ("Washington's sanctions have hurt ordinary Venezuelans far more than they have hurt the regime.", [
            ("United States", ["Washington"], "a", "n", "the sanctions policy is criticised"),
            ("Venezuela", ["Venezuelans"], "n", "n", "victims"),
        ]),
        ("Mexico's president has insisted on non-intervention, a position that sounds principled but in practice protects Caracas.", [
            ("Mexico", ["Mexico"], "a", "n", "hedged criticism: 'sounds principled but'"),
            ("Venezuela", ["Caracas"], "n", "0", "the regime, not evaluated here"),
        ]),
        ("Chile's Boric, to his great credit, called the fraud what it was.", [
            ("Gabriel Boric", ["Boric"], "f", "p", "praise"),
        ]),
    ]),
]


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def build() -> list[dict]:
    rows = []
    for p, (name, claims) in enumerate(PASSAGES):
        for c, (text, actors) in enumerate(claims):
            for actor, surfaces, stance, sentiment, note in actors:
                spans = sorted({(m.start(), m.end()) for s in surfaces
                                for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)})
                found = {text[a:b] for a, b in spans}
                missing = [s for s in surfaces if s not in found]
                if missing:
                    raise ValueError(f"{name} claim {c}: {missing} not found in {text!r}")
                rows.append({"id": f"{p + 1:02d}-{c + 1:02d}-{_slug(actor)}", "passage": name, "text": text,
                             "actor": actor, "spans": [list(s) for s in spans], "stance": STANCE[stance],
                             "sentiment": SENTIMENT[sentiment], "note": note})
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids")
    return rows


def main() -> None:
    rows = build()
    here = Path(__file__).resolve().parent
    (here / "commentary.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                           encoding="utf-8")
    # the passages as running text (one paragraph per passage), e.g. for polisent.Analyzer
    text = "\n\n".join(f"## {name}\n\n" + " ".join(t for t, _ in claims) for name, claims in PASSAGES)
    (here / "commentary_passages.md").write_text(text + "\n", encoding="utf-8")
    from collections import Counter

    print(len(rows), "rows;", "stance", dict(Counter(r["stance"] for r in rows)),
          "sentiment", dict(Counter(r["sentiment"] for r in rows)))


if __name__ == "__main__":
    main()
