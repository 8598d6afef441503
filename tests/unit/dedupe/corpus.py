"""A labelled syndication corpus: original stories, copies made the way syndication makes them, and
independent reports of the same events (hard negatives). Used by the dedupe tests and
scripts/eval_dedupe.py; deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from schemas.models import Document


@dataclass(frozen=True)
class Story:
    key: str
    source: str
    title: str
    paragraphs: tuple[str, ...]
    alt_lead: str  # the lead sentence as another desk rewords it
    place: str
    region: str
    actor: str
    quote: str  # a line other outlets quote verbatim


STORIES: tuple[Story, ...] = (
    Story(
        "toretsk", "apnews.com", "Russia claims capture of Toretsk",
        (
            "Russia's Defense Ministry said Friday that its forces had captured the coal mining town of "
            "Toretsk, a key stronghold in the eastern Donetsk region that Ukrainian troops have defended "
            "for months.",
            "A Ukrainian officer with the 28th Brigade told The Associated Press that his unit continued to "
            "hold its ground on Friday afternoon. \"Intense assault operations are ongoing,\" he said.",
            "DeepState, an open-source map widely used by the military and analysts, showed late Thursday "
            "that Ukrainian troops were on the northwest edge of the town and still had soldiers inside.",
            "The claimed fall of Toretsk, if confirmed, would advance Moscow's sweep across the Donetsk "
            "region, which has cost it heavily in troops and armor.",
            "Russian forces crush settlements with glide bombs, artillery, missiles and drones, then send in "
            "infantry units to attack the exposed defenders, military analysts say.",
            "The town, known in Russia by its Soviet-era name Dzerzhinsk, had a prewar population of about "
            "30,000 people. Only a few hundred residents are believed to remain.",
        ),
        "Russian troops have taken Toretsk, the Defense Ministry in Moscow announced on Friday, claiming a "
        "town Ukraine has held for months in the Donetsk region.",
        "Toretsk", "Donetsk", "Russian", "Intense assault operations are ongoing",
    ),
    Story(
        "kupiansk", "reuters.com", "Ukraine says it repelled attacks near Kupiansk",
        (
            "Ukrainian forces repelled more than a dozen Russian assaults near the northeastern city of "
            "Kupiansk over the past day, the General Staff in Kyiv said on Tuesday.",
            "The city on the Oskil river was recaptured by Ukraine in a lightning counteroffensive in 2022 "
            "and has been under renewed pressure since the summer.",
            "\"The enemy is trying to cut our supply routes across the river,\" a spokesman for the Khortytsia "
            "group of forces told national television.",
            "Russia's Defence Ministry said its troops had improved their positions in the area but did not "
            "claim to have entered the city.",
            "Reuters could not independently verify battlefield reports from either side.",
            "Local authorities last month ordered the evacuation of families with children from Kupiansk and "
            "surrounding villages as shelling intensified.",
        ),
        "Kyiv's General Staff said on Tuesday that its troops had fought off more than a dozen Russian "
        "attacks around Kupiansk in 24 hours.",
        "Kupiansk", "Kharkiv", "Ukrainian", "The enemy is trying to cut our supply routes across the river",
    ),
    Story(
        "tass_kurakhove", "tass.com", "Russian troops liberate Kurakhove",
        (
            "MOSCOW, January 6. /TASS/. Units of the Yug battlegroup have completed the liberation of the "
            "town of Kurakhove in the Donetsk People's Republic, the Russian Defense Ministry reported.",
            "According to the ministry, the town was the largest settlement in the southwestern part of the "
            "republic still held by Ukrainian formations.",
            "Over the past day, the enemy lost up to 200 servicemen, two tanks and four armored combat "
            "vehicles in this direction, the statement said.",
            "\"The liberation of Kurakhove opens the way to the western borders of the republic,\" military "
            "expert Vitaly Kiselyov told TASS.",
            "Earlier, the ministry reported the liberation of several villages on the approaches to the town.",
        ),
        "Russia's Defense Ministry announced that troops of the Yug battlegroup had fully liberated "
        "Kurakhove in the Donetsk People's Republic.",
        "Kurakhove", "Donetsk", "Russian", "The liberation of Kurakhove opens the way to the western borders",
    ),
    Story(
        "kyivind_strike", "kyivindependent.com", "Russian missile strike on Zaporizhzhia kills 13",
        (
            "A Russian missile strike on the city of Zaporizhzhia killed at least 13 people and injured more "
            "than 60 on Wednesday afternoon, Governor Ivan Fedorov said.",
            "Two guided aerial bombs hit an industrial facility and a residential area, damaging several "
            "apartment blocks and a tram line, according to the regional administration.",
            "Photos from the scene showed a bus with its windows blown out and people lying on the pavement.",
            "\"Russia is deliberately targeting civilians in the middle of the day,\" Fedorov wrote on "
            "Telegram. He declared Thursday a day of mourning in the city.",
            "Zaporizhzhia lies about 35 kilometers from the front line and is regularly hit by drones, "
            "missiles and glide bombs.",
        ),
        "At least 13 people were killed and more than 60 wounded when Russian bombs struck Zaporizhzhia "
        "on Wednesday, the regional governor reported.",
        "Zaporizhzhia", "Zaporizhzhia", "Russian", "Russia is deliberately targeting civilians",
    ),
    Story(
        "isw_brief", "understandingwar.org", "Russian Offensive Campaign Assessment, February 10",
        (
            "Russian forces recently advanced in the Pokrovsk direction amid continued offensive operations "
            "southwest of the town.",
            "Geolocated footage published on February 9 indicates that Russian forces advanced along a "
            "railway line south of Kotlyne and seized a field position west of Pishchane.",
            "A Ukrainian brigade operating in the area reported that Russian forces are increasingly using "
            "motorcycles and light vehicles to infiltrate between Ukrainian positions.",
            "ISW assesses that the Russian command likely intends to envelop Pokrovsk from the west rather "
            "than seize the town through frontal assaults.",
            "Russian milbloggers claimed further gains near Udachne, but ISW has not observed confirmation of "
            "these claims.",
        ),
        "Russian troops made recent gains in the Pokrovsk direction as offensive operations southwest of "
        "the town continued, according to the assessment.",
        "Pokrovsk", "Donetsk", "Russian", "likely intends to envelop Pokrovsk from the west",
    ),
    Story(
        "bbc_kursk", "bbc.co.uk", "Ukraine launches new push in Russia's Kursk region",
        (
            "Ukrainian troops have launched a new offensive in Russia's Kursk region, officials in both "
            "countries have said, six months after Kyiv's forces first crossed the border.",
            "Russia's defence ministry said its forces were repelling attacks near the village of "
            "Berdin, north-east of the town of Sudzha, and had destroyed a number of tanks.",
            "Andriy Kovalenko of Ukraine's centre for countering disinformation said Russians in the area "
            "were \"getting what they deserve\".",
            "Analysts say Kyiv wants to keep hold of territory in Kursk as a bargaining chip ahead of "
            "possible ceasefire talks.",
            "The BBC was unable to verify the claims made by either side.",
            "North Korean soldiers have been deployed to the Kursk region to help Russia push back "
            "Ukrainian forces, according to Western and Ukrainian intelligence.",
        ),
        "Kyiv's forces have opened a fresh offensive in the Kursk region of Russia, officials on both "
        "sides say, half a year after the first incursion.",
        "Kursk", "Kursk", "Ukrainian", "getting what they deserve",
    ),
    Story(
        "energy", "ft.com", "Ukraine's power grid hit by largest attack of winter",
        (
            "Russia launched more than 90 missiles and 200 drones at Ukraine's energy infrastructure "
            "overnight, forcing the grid operator to impose emergency power cuts across the country.",
            "Ukrenergo said thermal power plants in the west and gas production facilities in the "
            "Poltava region were among the targets.",
            "Energy minister Herman Halushchenko said the attack was aimed at leaving Ukrainians without "
            "heating in sub-zero temperatures.",
            "Poland scrambled fighter jets as missiles flew close to its border, its operational command "
            "said.",
            "Ukraine has imported record volumes of electricity from the EU this winter as it struggles to "
            "repair damaged plants faster than they are hit.",
            "\"Every attack makes the repairs longer and more expensive,\" said an executive at a private "
            "power company, who asked not to be named.",
        ),
        "More than 90 missiles and 200 drones were fired at Ukrainian energy facilities overnight in the "
        "biggest strike of the winter, prompting nationwide blackouts.",
        "Poltava", "Poltava", "Russian", "Every attack makes the repairs longer and more expensive",
    ),
    Story(
        "humanitarian", "reliefweb.int", "Thousands evacuated from frontline towns in Donetsk",
        (
            "More than 4,000 civilians, including 600 children, have been evacuated from frontline towns in "
            "the Donetsk region over the past week, the UN humanitarian office said.",
            "Most of those leaving came from Kostiantynivka and the villages around it, where shelling has "
            "destroyed water and power supplies.",
            "Aid workers say older people with limited mobility are often the last to leave and the hardest "
            "to reach.",
            "\"People are arriving with nothing but a bag of documents,\" said a volunteer at a transit "
            "centre in Pavlohrad.",
            "The UN and its partners have appealed for $2.6 billion to support people affected by the war "
            "this year, a figure that is only 15 percent funded.",
        ),
        "The UN humanitarian office says over 4,000 people, 600 of them children, fled frontline Donetsk "
        "towns in the past seven days.",
        "Kostiantynivka", "Donetsk", "Ukrainian", "People are arriving with nothing but a bag of documents",
    ),
    Story(
        "blacksea", "navalnews.com", "Sea drones strike Russian patrol ship off Crimea",
        (
            "Ukraine's military intelligence agency said its naval drones struck a Russian patrol ship near "
            "the port of Sevastopol in occupied Crimea early on Monday.",
            "Video released by the agency showed several unmanned surface vessels approaching a ship at "
            "night before a series of explosions.",
            "Russia's Black Sea Fleet did not comment. The governor installed by Moscow in Sevastopol said "
            "air defenses had repelled an attack and that no civilian infrastructure was damaged.",
            "Naval drone attacks have forced the Black Sea Fleet to move much of its strength to "
            "Novorossiysk on the Russian coast.",
            "The strike, if confirmed, would be the first successful attack on a Russian warship in several "
            "months.",
        ),
        "Naval drones operated by Ukrainian military intelligence hit a Russian patrol vessel off "
        "Sevastopol before dawn on Monday, the agency said.",
        "Sevastopol", "Crimea", "Ukrainian", "air defenses had repelled an attack",
    ),
    Story(
        "vuhledar_blog", "militarywatch.example", "Vuhledar falls after two years of fighting",
        (
            "After more than two years of brutal fighting, Ukrainian forces have withdrawn from the hilltop "
            "town of Vuhledar, the command of the Khortytsia group said late Wednesday.",
            "The statement said the decision was made to preserve personnel and equipment as Russian troops "
            "threatened to encircle the garrison.",
            "Vuhledar had become a symbol of Ukrainian resistance after repeated Russian armored assaults in "
            "early 2023 ended in heavy losses for Moscow.",
            "Pro-Russian bloggers had published footage on Tuesday purporting to show a Russian flag over the "
            "town administration building.",
            "Military analysts say the loss of the town exposes Ukrainian supply lines further north around "
            "Kurakhove.",
            "Read the full statement below, and our earlier coverage of the battle for the Donbas.",
        ),
        "Ukraine has pulled its troops out of Vuhledar after a battle lasting over two years, its Khortytsia "
        "command announced late on Wednesday.",
        "Vuhledar", "Donetsk", "Ukrainian", "to preserve personnel and equipment",
    ),
    Story(
        "grain", "bloomberg.com", "Ukraine grain exports rebound despite port attacks",
        (
            "Ukraine's grain exports rose 12 percent in January from a year earlier as shipments through its "
            "Black Sea corridor continued despite repeated drone attacks on Odesa's ports.",
            "The agriculture ministry said 4.3 million tons of grain and oilseeds left the country last "
            "month, most of it corn headed for Spain, China and Egypt.",
            "Insurance costs for vessels calling at Ukrainian ports have fallen since the corridor opened, "
            "shipbrokers said.",
            "Farmers in the south still face high logistics costs and mined fields, limiting the area they "
            "can sow this spring.",
            "\"The corridor works, but every week there is damage to a terminal somewhere,\" said a trader in "
            "Odesa.",
        ),
        "Grain shipments from Ukraine climbed 12 percent year on year in January, with the Black Sea "
        "corridor operating despite drone strikes on Odesa ports.",
        "Odesa", "Odesa", "Russian", "The corridor works, but every week there is damage",
    ),
    Story(
        "kharkiv_local", "kharkivtoday.example", "Drone attack damages school in Kharkiv",
        (
            "A Russian drone hit a school building in Kharkiv's Saltivskyi district overnight, shattering "
            "windows and starting a fire on the second floor, Mayor Ihor Terekhov said.",
            "No one was inside at the time. Firefighters put out the blaze within an hour.",
            "Classes at the school had already moved underground after a strike on a nearby building last "
            "spring.",
            "City officials said 17 drones were launched at Kharkiv overnight and air defenses shot down most "
            "of them.",
            "\"We will rebuild the school, as we have rebuilt everything else,\" Terekhov said in a video "
            "address.",
        ),
        "Overnight, a school in the Saltivskyi district of Kharkiv was struck by a Russian drone that "
        "blew out windows and set a fire, the mayor said.",
        "Kharkiv", "Kharkiv", "Russian", "We will rebuild the school",
    ),
    Story(
        "politics_talks", "politico.eu", "European leaders meet in Paris on Ukraine security guarantees",
        (
            "European leaders gathered in Paris on Monday for an emergency meeting on security guarantees "
            "for Ukraine, as Washington pushes for a quick ceasefire deal with Moscow.",
            "The French president called the meeting after US officials said Europe would not have a seat at "
            "the table in initial talks with Russia.",
            "Several governments said they were prepared to discuss sending troops to Ukraine as part of a "
            "future peacekeeping force, while others ruled it out.",
            "\"There can be no negotiations about Ukraine without Ukraine,\" the German chancellor told "
            "reporters after the meeting.",
            "Ukraine's president said any deal must include firm guarantees that Russia would not attack "
            "again.",
        ),
        "Leaders from across Europe met in Paris on Monday to discuss security guarantees for Kyiv as the "
        "US presses for a rapid ceasefire with Russia.",
        "Paris", "Ile-de-France", "neutral", "There can be no negotiations about Ukraine without Ukraine",
    ),
    Story(
        "chasiv_yar", "ukrinform.ua", "Fighting continues in Chasiv Yar, General Staff says",
        (
            "Ukrainian defenders continue to hold positions in Chasiv Yar despite Russian claims to have "
            "captured the town, the General Staff of the Armed Forces of Ukraine said.",
            "Over the past day, 14 combat clashes were recorded in the Kramatorsk direction, most of them near "
            "Chasiv Yar and Stupochky.",
            "A spokesman for the 24th Mechanized Brigade said Russian units had raised a flag on the "
            "outskirts for a propaganda video and were destroyed shortly afterwards.",
            "\"The city is not captured. Our soldiers are there,\" the spokesman said.",
            "The Russian Defense Ministry announced the capture of Chasiv Yar on Thursday.",
        ),
        "The General Staff in Kyiv says Ukrainian troops are still holding positions in Chasiv Yar, "
        "rejecting Russian statements that the town has fallen.",
        "Chasiv Yar", "Donetsk", "Ukrainian", "The city is not captured. Our soldiers are there",
    ),
    Story(
        "prisoner_swap", "aljazeera.com", "Russia and Ukraine swap 300 prisoners of war",
        (
            "Russia and Ukraine exchanged 150 prisoners of war each on Wednesday in a deal mediated by the "
            "United Arab Emirates, officials on both sides said.",
            "Ukraine's coordination headquarters for prisoners said those released included defenders of "
            "Mariupol and soldiers captured in the Kursk region.",
            "Russia's defence ministry said its servicemen were being flown to Moscow for medical treatment "
            "and rehabilitation.",
            "It was the latest of more than 50 exchanges since the start of the full-scale invasion in "
            "February 2022.",
            "\"Every one of them is home now, and we will bring back every one who remains,\" Ukraine's "
            "president wrote on social media.",
        ),
        "A UAE-brokered exchange on Wednesday saw Russia and Ukraine each hand over 150 prisoners of war, "
        "according to officials from both countries.",
        "Mariupol", "Donetsk", "neutral", "we will bring back every one who remains",
    ),
    Story(
        "velyka_novosilka", "theguardian.com", "Russia claims capture of Velyka Novosilka",
        (
            "Russia's defence ministry has claimed the capture of Velyka Novosilka, a village at the junction "
            "of the Donetsk and Zaporizhzhia regions that Ukraine has defended since 2022.",
            "Ukraine's Khortytsia group of forces said on Sunday that its units had left the encircled parts of "
            "the settlement to avoid being surrounded.",
            "The village had been one of the main supply hubs for Ukrainian troops on the southern flank of "
            "the Donetsk front.",
            "Russian military bloggers posted videos of soldiers waving flags in the ruins of the village "
            "centre.",
            "Military analysts said the loss would make it harder for Ukraine to defend the western border of "
            "the Donetsk region.",
            "\"The fight for every metre of our land continues,\" the Khortytsia group said in its statement.",
        ),
        "Moscow's defence ministry says its forces have taken Velyka Novosilka, a village on the boundary "
        "of the Donetsk and Zaporizhzhia regions held by Ukraine since 2022.",
        "Velyka Novosilka", "Donetsk", "Russian", "The fight for every metre of our land continues",
    ),
    Story(
        "sumy_evac", "suspilne.media", "Sumy region orders evacuation of border villages",
        (
            "Authorities in the Sumy region have ordered the mandatory evacuation of 11 more villages along "
            "the Russian border as shelling and drone attacks intensify.",
            "Regional governor Oleh Hryhorov said about 1,500 people still live in the affected communities.",
            "Russian forces have been shelling border areas in the region daily, hitting homes, a post office "
            "and a farm with hundreds of cattle.",
            "Officials said buses would be provided and that evacuees would receive temporary housing and "
            "payments.",
            "\"It is no longer safe to stay. Please leave while the roads are open,\" the governor said.",
        ),
        "The Sumy regional administration has made evacuation mandatory for another 11 border villages "
        "because of intensifying Russian shelling and drone strikes.",
        "Sumy", "Sumy", "Russian", "It is no longer safe to stay",
    ),
)

# -- syndication transformations ---------------------------------------------------------------

_US_TO_UK = {
    "defense": "defence", "armor": "armour", "armored": "armoured", "center": "centre",
    "neighboring": "neighbouring", "kilometers": "kilometres", "meters": "metres", "percent": "per cent",
    "program": "programme", "toward": "towards", "mobilized": "mobilised", "organized": "organised",
    "recognized": "recognised", "traveled": "travelled", "offense": "offence", "gray": "grey",
    "labor": "labour", "honor": "honour", "favor": "favour", "analyze": "analyse",
}
_UK_TO_US = {v: k for k, v in _US_TO_UK.items()}
_DATELINES = (
    "KYIV, Ukraine (AP) — ", "MOSCOW: ", "KYIV – ", "Kyiv, Feb 7 (Reuters) - ", "LONDON (AFP) — ",
    "KHARKIV, Ukraine — ", "(CNN) — ", "WASHINGTON: ",
)
_HEADINGS = (
    "What we know", "BATTLE FOR THE DONBAS", "The view from Kyiv", "Key developments", "Background",
    "What happens next", "Reaction", "On the ground",
)
_TAILS = (
    ["Read more:", "Russia steps up drone attacks on Kyiv", "What is the Black Sea grain corridor?"],
    ["Related: Ukraine war latest - maps and live updates"],
    ["READ MORE", "Inside the battle for Pokrovsk", "Why Toretsk matters"],
    ["Subscribe to our newsletter for daily updates from the front"],
    ["See also: How drones changed the war in Ukraine", "Follow us on Telegram"],
)
_BYLINES = ("By Hanna Arhirova and Illia Novikov, Associated Press", "By Staff Reporter",
            "Updated 14:32 GMT", "By TOM BALMFORTH")
_CAPTIONS = ("Illustrative file image via Reuters", "Photo: AFP", "FILE PHOTO: Ukrainian servicemen",
             "Aftermath video from the scene:")


def _swap_spelling(text: str, table: dict[str, str]) -> str:
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, table)) + r")\b", re.IGNORECASE)

    def repl(m: re.Match[str]) -> str:
        word = table[m.group(0).lower()]
        return word.capitalize() if m.group(0)[0].isupper() else word

    return pattern.sub(repl, text)


def _typography(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return text.replace('"', "“", 1).replace("'", "’")
    return text.replace("—", "-").replace("“", '"').replace("”", '"')


def syndicate(story: Story, rng: random.Random) -> tuple[str, str, list[str]]:
    """A copy of `story` with a random realistic set of syndication edits: (title, text, edits)."""
    paragraphs = list(story.paragraphs)
    edits: list[str] = []
    if rng.random() < 0.45:
        keep = max(2, round(len(paragraphs) * rng.uniform(0.4, 0.85)))
        paragraphs = paragraphs[:keep]
        edits.append(f"trim:{keep}/{len(story.paragraphs)}")
    elif rng.random() < 0.25 and len(paragraphs) > 4:
        del paragraphs[rng.randrange(2, len(paragraphs))]
        edits.append("cut-paragraph")
    if rng.random() < 0.4:
        first_sentence_end = paragraphs[0].find(". ") + 1 or len(paragraphs[0])
        paragraphs[0] = story.alt_lead + paragraphs[0][first_sentence_end:]
        edits.append("reworded-lead")
    if rng.random() < 0.5:
        paragraphs[0] = rng.choice(_DATELINES) + paragraphs[0]
        edits.append("dateline")
    if rng.random() < 0.35:
        for _ in range(rng.randint(1, 2)):
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), rng.choice(_HEADINGS))
        edits.append("headings")
    if rng.random() < 0.3:
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), rng.choice(_CAPTIONS))
        edits.append("caption")
    if rng.random() < 0.3:
        paragraphs.insert(0, rng.choice(_BYLINES))
        edits.append("byline")
    if rng.random() < 0.4:
        paragraphs.extend(rng.choice(_TAILS))
        edits.append("read-more")
    if rng.random() < 0.2:
        paragraphs.append("This story has been updated with additional details.")
        edits.append("update-note")
    text = "\n\n".join(paragraphs)
    if rng.random() < 0.4:
        text = _swap_spelling(text, _US_TO_UK if rng.random() < 0.5 else _UK_TO_US)
        edits.append("spelling")
    if rng.random() < 0.3:
        text = _typography(text, rng)
        edits.append("typography")
    if rng.random() < 0.35:
        width = rng.randint(60, 80)
        text = "\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))
        edits.append(f"rewrap:{width}")
    elif rng.random() < 0.3:
        text = text.replace("\n\n", "\n")
        edits.append("single-newlines")
    title = story.title if rng.random() < 0.5 else f"{story.title} | {rng.choice(['World', 'Europe', 'News'])}"
    return title, text, edits


# -- independent reports of the same events (hard negatives) ---------------------------------------

_OWN_LEADS = (
    "{place}, {region}: the situation around the town remained tense on {day}, according to local officials "
    "and soldiers reached by phone.",
    "The war around {place} entered a new phase this week as {actor} units pressed on several fronts.",
    "What is happening in {place}? Here is what we know so far about the fighting in the {region} region.",
    "{actor} forces near {place} faced a difficult week, a volunteer medic told our newsroom on {day}.",
    "Conflicting claims about {place} dominated the news from the {region} front on {day}.",
    "Our correspondent in the {region} region spent {day} talking to people who had just left {place}.",
)
_OWN_QUOTES = (
    "\"{quote},\" one official said, repeating a line that has circulated widely since the morning.",
    "Officials quoted in the media said \"{quote}\", but gave few other details.",
    "Her account matches what officials said earlier: \"{quote}.\"",
    "The most quoted line of the day was a short one: \"{quote}.\"",
)
_OWN_SENTENCES = (
    "Our correspondent, who visited the area last week, saw damaged houses and burnt vehicles.",
    "Residents who stayed described nights spent in basements and days without water or power.",
    "Neither side's account could be checked independently.",
    "The front line in the area has shifted several times in recent weeks.",
    "Satellite images reviewed by our desk show fresh craters along the main road into {place}.",
    "Analysts we spoke to were cautious about drawing conclusions.",
    "\"It is too early to say what this means,\" said a former officer who now works for a think tank.",
    "The {region} region has seen some of the heaviest fighting of the war.",
    "Why does {place} matter? It sits on roads that supply troops along a long stretch of the front.",
    "Moscow and Kyiv have given contradictory accounts, as they often do.",
    "Military bloggers on both sides expect the fighting to continue for weeks.",
    "Evacuating the wounded has become almost impossible because drones watch every road.",
    "Aid groups said they were preparing for a new wave of people leaving.",
    "The regional administration asked residents to ignore rumours spread on messaging apps.",
    "Prices for food and fuel in nearby towns have doubled since the autumn.",
    "A local priest said his church now serves as a shelter for about forty people.",
    "Power was restored to parts of the area late in the evening, the utility said.",
    "Drone footage shared online showed columns of smoke rising over the outskirts.",
    "Western officials declined to comment on the reports.",
    "The defence ministry in Kyiv did not respond to a request for comment.",
    "Russian state television showed footage it said was filmed in the area.",
    "Families with children were urged to leave before the roads become impassable.",
    "Schools in the district have taught online since the start of the full-scale invasion.",
    "A farmer said he had not been able to harvest his fields for two years because of mines.",
    "The nearest hospital is now more than an hour away by road.",
    "Soldiers complained of shortages of artillery shells and trained infantry.",
    "Volunteers deliver bread and water to the remaining residents twice a week.",
    "A curfew from 7 p.m. to 6 a.m. remains in force, the military administration said.",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


_WHO = ("a local official", "one resident", "a soldier reached by phone", "an aid worker", "the mayor",
        "a police spokeswoman", "a doctor at the district hospital", "a volunteer driver", "a shop owner",
        "a retired teacher", "an engineer at the water utility", "a military chaplain")
_SAW = ("described", "recalled", "spoke of", "complained about", "pointed to", "told us about",
        "shared photos of", "warned of")
_WHAT = ("shattered windows in every building on the street", "queues for drinking water",
         "a crater where the bus stop used to be", "nights without heating", "the silence after the sirens",
         "burnt cars along the main road", "children who no longer react to explosions",
         "the last pharmacy closing its doors", "drones circling above the market",
         "a bridge that was blown up twice", "fields nobody dares to enter", "a school turned into a shelter")
_WHEN = ("on {day} morning", "late on {day}", "earlier in the week", "for the past month", "since the autumn",
         "after the latest strike", "in the hours before dawn", "as the shelling resumed")


def _own_sentence(rng: random.Random, facts: dict[str, str]) -> str:
    """A sentence of an outlet's own reporting, from a small grammar: rarely the same twice."""
    if rng.random() < 0.5:
        return rng.choice(_OWN_SENTENCES).format(**facts)
    who = rng.choice(_WHO)
    return (f"{who[0].upper()}{who[1:]} {rng.choice(_SAW)} {rng.choice(_WHAT)} "
            f"{rng.choice(_WHEN).format(**facts)}.")


def own_story(story: Story, rng: random.Random) -> str:
    """Another outlet's own report of the same event: same names, the same quote, its own words."""
    facts = {"place": story.place, "region": story.region, "actor": story.actor.capitalize(),
             "quote": story.quote, "day": rng.choice(_DAYS)}
    sentences = [_own_sentence(rng, facts) for _ in range(rng.randint(4, 7))]
    body = [rng.choice(_OWN_LEADS), rng.choice(_OWN_QUOTES), *sentences]
    paragraphs = [" ".join(body[i : i + 2]) for i in range(0, len(body), 2)]
    return "\n\n".join(p.format(**facts) for p in paragraphs)


def quoting_story(story: Story, rng: random.Random) -> str:
    """A blog-style story around a wire report: its own intro and commentary plus a quoted passage."""
    start = rng.randrange(1, max(2, len(story.paragraphs) - 1))
    quoted = list(story.paragraphs[start : start + rng.randint(1, 2)])
    intro = own_story(story, rng).split("\n\n")[:3]
    outro = (
        f"All of this comes as the broader front around {story.place} continues to shift, and as "
        "diplomats prepare for talks whose outcome nobody can predict.",
        f"We will keep following events in the {story.region} region and update this page.",
    )
    return "\n\n".join([*intro, f"{story.source} reported the following:", *quoted, *outro])


def follow_up(story: Story, rng: random.Random) -> str:
    """The same outlet's next-day story: new lead paragraphs over recycled background."""
    background = list(story.paragraphs[-2:])
    facts = {"place": story.place, "region": story.region, "day": rng.choice(_DAYS)}
    picked = [p.format(**facts) for p in rng.sample(_FOLLOW_UPS, 2)]
    picked += [_own_sentence(rng, facts) for _ in range(4)]
    new = [" ".join(picked[i : i + 2]) for i in range(0, 6, 2)]
    return "\n\n".join([*new, *background])


_FOLLOW_UPS = (
    "A day after the events in {place}, officials gave a fuller picture of what happened, though many "
    "questions remain unanswered.",
    "Local authorities in the {region} region said repair work would take several more days, and asked "
    "people to avoid the area.",
    "Speaking on {day}, a spokesman said the situation was \"difficult but under control\" and promised "
    "a further update within 24 hours.",
    "New satellite pictures published on {day} appeared to show further destruction in {place}.",
    "The foreign ministry summoned an ambassador over the events, a diplomatic source told us.",
    "In {place} itself, the few remaining residents queued for bread and water delivered by volunteers.",
    "Officials have not said how many soldiers were involved, citing operational security.",
    "Opposition politicians demanded an inquiry into how the events in {place} were handled.",
)


@dataclass(frozen=True)
class Labelled:
    document: Document
    original: str | None  # doc_id of the original this copies, or None for an original / own report
    kind: str  # original | copy | own-story | quoting | follow-up
    edits: tuple[str, ...] = ()


def build_corpus(seed: int = 7, copies: int = 6, negatives: int = 3,
                 stories: tuple[Story, ...] = STORIES) -> list[Labelled]:
    """Originals, their syndicated copies and same-event independent reports, in publication order."""
    rng = random.Random(seed)
    base = datetime(2025, 2, 7, 6, 0, tzinfo=UTC)
    out: list[Labelled] = []
    outlets = ("yahoo.com", "msn.com", "usnews.com", "independent.co.uk", "thehill.com", "abc.net.au",
               "dailymail.co.uk", "newsweek.com", "kyivpost.com", "euronews.com")
    for n, story in enumerate(stories):
        start = base + timedelta(hours=5 * n)
        original = Document(doc_id=f"web:{story.key}", source=story.source, title=story.title,
                            text="\n\n".join(story.paragraphs), published_at=start)
        out.append(Labelled(original, None, "original"))
        for i in range(copies):
            title, text, edits = syndicate(story, rng)
            doc = Document(doc_id=f"web:{story.key}-copy{i}", source=rng.choice(outlets), title=title,
                           text=text, published_at=start + timedelta(minutes=rng.randint(5, 600)))
            out.append(Labelled(doc, original.doc_id, "copy", tuple(edits)))
        makers = (own_story, quoting_story, follow_up)
        for i in range(negatives):
            maker = makers[i % len(makers)]
            doc = Document(doc_id=f"web:{story.key}-{maker.__name__}{i}", source=rng.choice(outlets),
                           title=f"{story.place}: latest", text=maker(story, rng),
                           published_at=start + timedelta(minutes=rng.randint(5, 900)))
            out.append(Labelled(doc, None, maker.__name__.replace("_", "-")))
    return sorted(out, key=lambda item: (item.document.published_at, item.document.doc_id))
