"""Who makes a claim: entity lexicon (EN/RU/UK), stable claimant ids, sides, and source mapping.

Ids are stable snake_case strings other services rely on (see docs/extraction.md). Named Russian
Telegram channels (SHOT, Rybar, Two Majors, WarGonzo) fold into `ru_milbloggers`; X accounts are
`x:@name` unless they belong to a known claimant (@DeepStateUA → `deepstate`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Spec
from .regex_cache import compile_re

SIDE: dict[str, str] = {
    "ru_mod": "RU", "ru_general_staff": "RU", "ru_government": "RU", "wagner": "RU", "ru_milbloggers": "RU",
    "ru_state_media": "RU", "ru_officials": "RU", "dpr_officials": "RU",
    "ua_general_staff": "UA", "ua_army": "UA", "ua_president": "UA", "ua_mod": "UA", "ua_khortytsia": "UA",
    "ua_government": "UA", "deepstate": "UA",
    "isw": "neutral", "ap": "neutral", "reuters": "neutral", "afp": "neutral",
}

_D = "defen[cs]e"
_EN: list[Spec] = [
    (f"russia['’]s {_D} ministry", "entity", "ru_mod", ""),
    (f"russian {_D} ministry", "entity", "ru_mod", ""),
    (f"russia['’]s ministry of {_D}", "entity", "ru_mod", ""),
    (f"russian ministry of {_D}", "entity", "ru_mod", ""),
    (f"moscow['’]s {_D} ministry", "entity", "ru_mod", ""),
    (f"{_D} ministry", "entity", "ru_mod", "sided"),
    (f"ministry of {_D}", "entity", "ru_mod", "sided"),
    (f"{_D} minister", "entity", "ru_mod", "sided"),
    (f"deputy {_D} minister", "entity", "ua_mod", ""),
    ("russian mod", "entity", "ru_mod", ""),
    ("ru mod", "entity", "ru_mod", ""),  # OSINT posts: "RU MoD claims capture of #X"
    ("ua mod", "entity", "ua_mod", ""),
    ("russia['’]s mod", "entity", "ru_mod", ""),
    ("MoD", "entity", "ru_mod", "cs sided"),
    # (a "Russian military blogger" is no ministry)
    ("russian military(?! bloggers?\\b| telegram| channels?\\b| correspondents?\\b| experts?\\b| analysts?\\b)",
     "entity", "ru_mod", ""),
    ("russia['’]s military", "entity", "ru_mod", ""),
    ("konashenkov", "entity", "ru_mod", ""),
    ("shoigu", "entity", "ru_mod", ""),
    ("belousov", "entity", "ru_mod", ""),
    ("russian general staff", "entity", "ru_general_staff", ""),
    ("russia['’]s general staff", "entity", "ru_general_staff", ""),
    ("gerasimov", "entity", "ru_general_staff", ""),
    ("general staff", "entity", "ua_general_staff", "sided"),
    ("ukraine['’]s general staff", "entity", "ua_general_staff", ""),
    ("ukrainian general staff", "entity", "ua_general_staff", ""),
    ("russia", "entity", "ru_government", ""),
    ("russia['’]s", "entity", "ru_government", ""),
    ("moscow", "entity", "ru_government", ""),
    ("kremlin", "entity", "ru_government", ""),
    ("putin", "entity", "ru_government", ""),
    ("peskov", "entity", "ru_government", ""),
    ("lavrov", "entity", "ru_government", ""),
    ("zakharova", "entity", "ru_government", ""),
    ("russian (?:government|president|authorities|foreign ministry)", "entity", "ru_government", ""),
    ("russian officials?", "entity", "ru_officials", ""),
    ("russian-(?:installed|appointed|backed)(?: \\w+)?(?: officials?| governor| authorities| leader)",
     "entity", "ru_officials", ""),
    # "an official of the Russian-backed Luhansk administration", "an official of the Moscow-installed authorities"
    ("official of the (?:russian|moscow)-(?:installed|appointed|backed)(?: \\w+){0,2} (?:administration|authorities|"
     "government)", "entity", "ru_officials", ""),
    ("officials of the (?:russian|moscow)-(?:installed|appointed|backed)(?: \\w+){0,2} (?:administration|authorities|"
     "government)", "entity", "ru_officials", ""),
    # "the Moscow-installed head of the Russian-held part of Ukraine's Donetsk region said": an occupation official,
    # whatever region his title names
    ("(?:russian|moscow|kremlin)-(?:installed|appointed|backed) (?:head|chief|leader|governor|administrator|"
     "official|mayor)s?", "entity", "ru_officials", ""),
    ("kimakovsky", "entity", "dpr_officials", ""),
    ("gladkov", "entity", "ru_officials", ""),
    # the governors of Russia's border regions, by region or by name ("Kursk regional governor Roman Starovoit")
    ("(?:kursk|belgorod|bryansk) (?:regional |region )?governor", "entity", "ru_officials", ""),
    ("governor of (?:the )?(?:kursk|belgorod|bryansk) (?:region|oblast|province)", "entity", "ru_officials", ""),
    ("starovoit", "entity", "ru_officials", ""),
    ("khinshtein", "entity", "ru_officials", ""),
    ("bogomaz", "entity", "ru_officials", ""),  # Bryansk governor
    ("saldo", "entity", "ru_officials", ""),
    ("balitsky", "entity", "ru_officials", ""),
    ("pushilin", "entity", "dpr_officials", ""),
    ("basurin", "entity", "dpr_officials", ""),
    # the occupation officials, commanders and bloggers quoted week after week
    ("marochko", "entity", "dpr_officials", ""),
    ("pasechnik", "entity", "dpr_officials", ""),
    ("rogov", "entity", "ru_officials", ""),
    ("stremousov", "entity", "ru_officials", ""),
    ("kadyrov", "entity", "ru_officials", ""),
    ("alaudinov", "entity", "ru_mod", ""),
    ("girkin", "entity", "ru_milbloggers", ""),
    ("strelkov", "entity", "ru_milbloggers", ""),
    ("dpr (?:leader|head|officials?|authorities|militia)", "entity", "dpr_officials", ""),
    ("separatist (?:leader|officials?|authorities)", "entity", "dpr_officials", ""),
    ("wagner", "entity", "wagner", ""),
    ("prigozhin", "entity", "wagner", ""),
    ("milblogger*", "entity", "ru_milbloggers", ""),
    ("mil-bloggers?", "entity", "ru_milbloggers", ""),
    ("military bloggers?", "entity", "ru_milbloggers", ""),  # (a "*" after a space is a regex star)
    ("war bloggers?", "entity", "ru_milbloggers", ""),
    ("russian (?:war )?(?:bloggers?|correspondents?)", "entity", "ru_milbloggers", ""),
    # "RU channels claim", "pro-Russian Telegram channels", "Z-bloggers", "pro-war Russian bloggers"
    ("(?:ru|russian|pro-russian|pro-kremlin|z)(?: telegram| military| war)? channels", "entity", "ru_milbloggers", ""),
    ("z-(?:bloggers?|channels?)", "entity", "ru_milbloggers", ""),
    # "Russian sources claim it was taken": unnamed Russian channels and correspondents
    ("(?:russian|pro-russian|pro-kremlin) sources", "entity", "ru_milbloggers", ""),
    ("rybar", "entity", "ru_milbloggers", ""),
    ("two majors", "entity", "ru_milbloggers", ""),
    ("dva ma(?:y|j)ora", "entity", "ru_milbloggers", ""),  # the channel's name transliterated
    ("wargonzo", "entity", "ru_milbloggers", ""),
    ("SHOT", "entity", "ru_milbloggers", "cs"),
    ("Mash", "entity", "ru_milbloggers", "cs"),
    ("readovka", "entity", "ru_milbloggers", ""),
    ("colonelcassad", "entity", "ru_milbloggers", ""),
    ("voenkor*", "entity", "ru_milbloggers", ""),
    ("tass", "entity", "ru_state_media", ""),
    ("ria novosti", "entity", "ru_state_media", ""),
    ("RIA", "entity", "ru_state_media", "cs"),
    ("RT", "entity", "ru_state_media", "cs"),
    ("russia today", "entity", "ru_state_media", ""),
    ("sputnik", "entity", "ru_state_media", ""),
    ("izvestia", "entity", "ru_state_media", ""),
    ("zvezda", "entity", "ru_state_media", ""),
    ("state (?:media|television|tv|news agency)", "entity", "ru_state_media", ""),
    ("russian state (?:media|television|tv|news agency)", "entity", "ru_state_media", ""),
    ("kremlin-(?:controlled|backed) media", "entity", "ru_state_media", ""),
    ("brigade*", "entity", "ua_army", "sided"),
    ("battalion*", "entity", "ua_army", "sided"),
    ("regiment*", "entity", "ua_army", "sided"),
    ("officer*", "entity", "ua_army", "sided"),
    ("commander*", "entity", "ua_army", "sided"),
    ("soldier*", "entity", "ua_army", "sided"),
    ("serviceman", "entity", "ua_army", "sided"),
    ("spokes(?:man|woman|person)", "entity", "ua_army", "sided"),
    # "Kharkiv grouping says RU only reached the outskirts": a grouping speaks (its side from the words around it)
    ("grouping", "entity", "ua_army", "sided"),
    # "State Border Guard spokesman Demchenko", "Russian border guards said": the border guards speak for their side
    ("border (?:guards?|troops)", "entity", "ua_army", "sided"),
    ("dpsu", "entity", "ua_army", ""),
    ("demchenko", "entity", "ua_army", ""),
    ("(?:eastern|southern|northern|operational|joint) (?:command|forces command)", "entity", "ua_army", ""),
    ("army corps", "entity", "ua_army", "sided"),
    # "UA 54th Bde: 'X is not lost'": a brigade by its short name
    ("bde", "entity", "ua_army", "sided"),
    ("ukrainian (?:military|army|armed forces|forces|troops|commander|officer|soldiers?)", "entity", "ua_army",
     ""),
    ("ukraine['’]s (?:military|army|armed forces|forces|troops)", "entity", "ua_army", ""),
    ("armed forces of ukraine", "entity", "ua_army", ""),
    # forces speak only as the subject ("Russian forces said"), never after a verb ("footage shows Russian forces")
    ("kyiv['’]s (?:military|army|forces|troops)", "entity", "ua_army", "subject"),
    ("russian (?:forces|troops|army)", "entity", "ru_mod", "subject"),
    ("moscow['’]s (?:forces|troops)", "entity", "ru_mod", "subject"),
    ("syrsk(?:yi|iy|y)", "entity", "ua_army", ""),
    ("cherevat(?:yi|iy|y)", "entity", "ua_army", ""),
    ("voloshyn", "entity", "ua_army", ""),
    ("the (?:army|military)", "entity", "ua_army", "sided"),
    ("the ministry", "entity", "ru_mod", "sided"),
    ("ZSU", "entity", "ua_army", "cs"),
    ("AFU", "entity", "ua_army", "cs"),
    ("azov", "entity", "ua_army", ""),
    # Russian volunteer units under Ukrainian command: not Russia speaking
    ("freedom of russia legion", "entity", "ua_army", ""),
    ("legion\\W{1,3}freedom of russia", "entity", "ua_army", ""),
    ("russian volunteer corps", "entity", "ua_army", ""),
    # "The Legion said on Telegram …", "RDK fighters": the volunteer units once named in full, then by short name
    ("Legion", "entity", "ua_army", "cs"),
    ("rdk", "entity", "ua_army", ""),
    ("siberian battalion", "entity", "ua_army", ""),
    ("tavria", "entity", "ua_army", ""),
    # "the Dnipro operational-strategic group said": Ukraine's army groupings (the name before it is no place)
    ("operational[- ]strategic (?:group|grouping)", "entity", "ua_army", ""),
    ("khortytsia", "entity", "ua_khortytsia", ""),
    ("khortytsya", "entity", "ua_khortytsia", ""),
    ("trehubov", "entity", "ua_khortytsia", ""),
    ("zelensk*", "entity", "ua_president", ""),
    ("ukraine['’]s president", "entity", "ua_president", ""),
    ("ukrainian president", "entity", "ua_president", ""),
    (f"ukraine['’]s {_D} ministry", "entity", "ua_mod", ""),
    (f"ukrainian {_D} ministry", "entity", "ua_mod", ""),
    (f"ukraine['’]s ministry of {_D}", "entity", "ua_mod", ""),
    ("maliar", "entity", "ua_mod", ""),
    ("malyar", "entity", "ua_mod", ""),
    ("umerov", "entity", "ua_mod", ""),
    ("reznikov", "entity", "ua_mod", ""),
    ("ukraine", "entity", "ua_government", ""),
    ("ukraine['’]s", "entity", "ua_government", ""),
    ("kyiv", "entity", "ua_government", ""),
    ("kiev", "entity", "ua_government", ""),
    ("ukrainian (?:officials?|authorities|government)", "entity", "ua_government", ""),
    ("(?:regional )?governor", "entity", "ua_government", "sided"),
    # "the head of the Dnipropetrovsk regional military administration said": a governor's office (ОВА)
    ("(?:regional|oblast|city) military administration", "entity", "ua_government", "sided"),
    ("syniehubov", "entity", "ua_government", ""),
    ("filashkin", "entity", "ua_government", ""),
    ("haidai", "entity", "ua_government", ""),
    ("kyrylenko", "entity", "ua_government", ""),
    ("lysak", "entity", "ua_government", ""),
    ("prokudin", "entity", "ua_government", ""),
    # the commanders and spokesmen of Ukraine's army and its groupings
    ("tarnavsk(?:yi|iy|y)", "entity", "ua_army", ""),
    ("shtupun", "entity", "ua_army", ""),
    ("lykhov(?:yi|ii|iy|oy)", "entity", "ua_army", ""),
    ("pletenchuk", "entity", "ua_army", ""),
    ("humeniuk", "entity", "ua_army", ""),
    ("zaluzhn(?:yi|iy|y)", "entity", "ua_army", ""),
    ("budanov", "entity", "ua_mod", ""),
    ("sarantsev", "entity", "ua_khortytsia", ""),
    ("deepstate*", "entity", "deepstate", ""),
    ("deep state", "entity", "deepstate", ""),
    ("ISW", "entity", "isw", "cs"),
    ("institute for the study of war", "entity", "isw", ""),
    ("AP", "entity", "ap", "cs"),
    ("associated press", "entity", "ap", ""),
    ("reuters", "entity", "reuters", ""),
    ("AFP", "entity", "afp", "cs"),
    ("agence france-presse", "entity", "afp", ""),
    ("journalist*", "relay", "", ""),
    ("correspondent*", "relay", "", ""),
    ("reporter*", "relay", "", ""),
    ("analyst*", "relay", "", ""),
    ("expert*", "relay", "", ""),
    ("observer*", "relay", "", ""),
    ("he", "pronoun", "", ""),
    ("she", "pronoun", "", ""),
    ("they", "pronoun", "", ""),
    ("it", "pronoun", "", ""),
    ("statement", "pronoun", "", ""),  # '"...," the statement said': the source just named, like "it said"
    # "…, according to the report": the report the text named before (right after "according to")
    ("the (?:report|statement|bulletin)", "pronoun", "", ""),
    ("Defen[cs]e Forces", "entity", "ua_army", "cs"),  # "the Southern Defense Forces reported": Ukraine's forces
    ("(?:Southern|Northern|Eastern|Western) DF", "entity", "ua_army", "cs"),  # a post's "Southern DF confirms ..."
]
_CYR: list[Spec] = [
    ("минобороны", "entity", "ru_mod", "sided"),
    ("министерств* обороны", "entity", "ru_mod", "sided"),
    ("мо рф", "entity", "ru_mod", ""),
    ("конашенков*", "entity", "ru_mod", ""),
    ("шойгу", "entity", "ru_mod", ""),
    ("белоусов*", "entity", "ru_mod", ""),
    # "военное ведомство сообщало о …": the ministry of the outlet's side unless a side word says otherwise
    ("военн(?:ое|ого|ым|ом) ведомств\\w*", "entity", "ru_mod", "sided"),
    ("військов(?:е|ого|им|ому) відомств\\w*", "entity", "ua_mod", "sided"),
    ("міноборони", "entity", "ua_mod", "sided"),
    ("міністерств* оборони", "entity", "ua_mod", "sided"),
    ("генштаб*", "entity", "ua_general_staff", "sided"),
    ("генеральн* штаб\\w*", "entity", "ua_general_staff", "sided"),
    ("герасимов*", "entity", "ru_general_staff", ""),
    ("кремл*", "entity", "ru_government", ""),
    ("путин*", "entity", "ru_government", ""),
    ("путін*", "entity", "ru_government", ""),
    ("песков*", "entity", "ru_government", ""),
    ("пєсков*", "entity", "ru_government", ""),
    ("россия", "entity", "ru_government", ""),
    ("росія", "entity", "ru_government", ""),
    ("москва", "entity", "ru_government", ""),
    ("в москве", "entity", "ru_government", ""),
    ("у москві", "entity", "ru_government", ""),
    ("пригожин*", "entity", "wagner", ""),
    ("вагнер*", "entity", "wagner", ""),
    ("военкор*", "entity", "ru_milbloggers", ""),
    # "Военные корреспонденты сообщали …" (RIA's spelled-out военкоры): the channels, not a relaying journalist
    ("военн(?:ые|ых|ым) корреспондент\\w*", "entity", "ru_milbloggers", ""),
    ("військов(?:і|их|им) кореспондент\\w*", "entity", "ru_milbloggers", ""),
    ("российские источники", "entity", "ru_milbloggers", ""),
    ("російські джерела", "entity", "ru_milbloggers", ""),
    ("воєнкор*", "entity", "ru_milbloggers", ""),
    ("рыбар*", "entity", "ru_milbloggers", ""),
    ("рибар*", "entity", "ru_milbloggers", ""),
    ("два майора", "entity", "ru_milbloggers", ""),
    ("z-канал*", "entity", "ru_milbloggers", ""),
    ("тасс", "entity", "ru_state_media", ""),
    ("риа новости", "entity", "ru_state_media", ""),
    ("РИА", "entity", "ru_state_media", "cs"),
    ("известия", "entity", "ru_state_media", ""),
    ("росси(?:йские|йськ\\w+) (?:сми|медіа|пропагандисты|пропагандисти)", "entity", "ru_state_media", ""),
    ("гладков*", "entity", "ru_officials", ""),
    # "За версією росіян, усі атаки відбито", «по версии российской стороны»: the Russian side's account
    ("за версією (?:росіян|російської сторони|окупантів|рф)", "entity", "ru_government", ""),
    ("по версии (?:россиян|российской стороны|рф)", "entity", "ru_government", ""),
    ("губернатор\\w* (?:курской|белгородской|брянской|курської|бєлгородської|брянської) област\\w*", "entity",
     "ru_officials", ""),
    ("(?:курск|белгородск|брянск|курськ|бєлгородськ|брянськ)\\w* губернатор\\w*", "entity", "ru_officials", ""),
    ("старовойт*", "entity", "ru_officials", ""),
    ("хинштейн*", "entity", "ru_officials", ""),
    ("хінштейн*", "entity", "ru_officials", ""),
    ("богомаз*", "entity", "ru_officials", ""),  # Bryansk governor
    ("балицьк*", "entity", "ru_officials", ""),
    # "Російські пропагандисти заявили, що …": Russian propaganda outlets, in Ukrainian
    ("російські (?:пропагандисти|зми|воєнкори|z-канали)", "entity", "ru_state_media", ""),
    ("сальдо", "entity", "ru_officials", ""),
    ("марочко", "entity", "dpr_officials", ""),
    ("пасечник*", "entity", "dpr_officials", ""),
    ("пасічник*", "entity", "dpr_officials", ""),
    ("рогов(?:а|у|ым|им|ом)?", "entity", "ru_officials", ""),
    ("стремоусов*", "entity", "ru_officials", ""),
    ("кадыров*", "entity", "ru_officials", ""),
    ("кадиров*", "entity", "ru_officials", ""),
    ("алаудинов*", "entity", "ru_mod", ""),
    ("гиркин*", "entity", "ru_milbloggers", ""),
    ("гіркін*", "entity", "ru_milbloggers", ""),
    ("стрелков(?:а|у|ым|ом)?", "entity", "ru_milbloggers", ""),
    ("гайда(?:й|я|ю|єм|ем)", "entity", "ua_government", ""),
    ("кириленк*", "entity", "ua_government", ""),
    ("лисак*", "entity", "ua_government", ""),
    ("лысак*", "entity", "ua_government", ""),
    ("прокуд(?:ін|ин)*", "entity", "ua_government", ""),
    # "У ДШВ спростували …": Ukraine's Air Assault Forces (in Russian, «ДШВ ВСУ» too)
    ("дшв", "entity", "ua_army", ""),
    ("десантно-штурмов(?:і|их) військ?\\w*", "entity", "ua_army", ""),
    ("тарнавськ*", "entity", "ua_army", ""),
    ("тарнавск*", "entity", "ua_army", ""),
    ("штупун*", "entity", "ua_army", ""),
    ("лихов(?:ий|ого|ому|им|ой)", "entity", "ua_army", ""),
    ("плетенчук*", "entity", "ua_army", ""),
    ("гуменюк", "entity", "ua_army", ""),
    ("залужн*", "entity", "ua_army", ""),
    ("буданов*", "entity", "ua_mod", ""),
    ("саранцев*", "entity", "ua_khortytsia", ""),
    ("балицк*", "entity", "ru_officials", ""),
    ("российские (?:власти|чиновники|официальные лица)", "entity", "ru_officials", ""),
    ("пушилин*", "entity", "dpr_officials", ""),
    ("пушилін*", "entity", "dpr_officials", ""),
    ("басурин*", "entity", "dpr_officials", ""),
    ("глава днр", "entity", "dpr_officials", ""),
    ("бригад*", "entity", "ua_army", "sided"),
    # "У 95 ОДШБр це спростували": a Ukrainian brigade by its abbreviation speaks
    ("(?:омбр|ошбр|одшбр|оаембр|омпбр|огшбр)", "entity", "ua_army", ""),
    ("батальйон*", "entity", "ua_army", "sided"),
    ("батальон*", "entity", "ua_army", "sided"),
    ("командир*", "entity", "ua_army", "sided"),
    ("речник*", "entity", "ua_army", ""),
    # "Прикордонники кажуть, що село тримають", "пограничники сообщили": the border guards of the side named or
    # of the outlet
    ("прикордонник*", "entity", "ua_army", "sided"),
    ("пограничник*", "entity", "ua_army", "sided"),
    ("дпсу", "entity", "ua_army", ""),
    # "У Державній прикордонній службі спростували", «Госпогранслужба Украины»: the border service itself
    ("державн\\w* прикордонн\\w* служб\\w*", "entity", "ua_army", ""),
    ("держприкордонслужб\\w*", "entity", "ua_army", ""),
    ("демченк*", "entity", "ua_army", ""),
    ("спікер*", "entity", "ua_army", ""),
    ("армійськ* корпус\\w*", "entity", "ua_army", ""),
    ("армейск* корпус\\w*", "entity", "ua_army", "sided"),
    ("корпус*", "entity", "ua_army", "sided"),
    ("зсу", "entity", "ua_army", ""),
    ("легион\\w*\\W{1,3}свобода росси\\w*", "entity", "ua_army", ""),
    ("легіон\\w*\\W{1,3}свобода росі\\w*", "entity", "ua_army", ""),
    ("Легион\\w*", "entity", "ua_army", "cs"),  # «Легион заявил»: the Freedom of Russia Legion by its short name
    ("Легіон\\w*", "entity", "ua_army", "cs"),
    ("русск(?:ий|ого|ому|им) добровольческ\\w* корпус\\w*", "entity", "ua_army", ""),
    ("російськ(?:ий|ого|ому|им) добровольч\\w* корпус\\w*", "entity", "ua_army", ""),
    ("всу", "entity", "ua_army", ""),
    # "Ранее в ведомстве сообщали", "у відомстві заявили": the ministry the text named before
    ("(?:в|у) (?:военном |воєнному |военного )?(?:ведомстве|відомстві)", "pronoun", "", ""),
    ("сили оборони", "entity", "ua_army", ""),
    ("сил оборони", "entity", "ua_army", ""),
    ("сил(?:ы|ах|ам|ами)? обороны(?= украины| всу| зсу| юга| севера)", "entity", "ua_army", ""),  # "Силы обороны юга:"
    ("силах оборони", "entity", "ua_army", ""),
    ("українськ* військов\\w*", "entity", "ua_army", ""),
    ("украинск* военн\\w*", "entity", "ua_army", ""),
    ("сирськ*", "entity", "ua_army", ""),
    ("сырск*", "entity", "ua_army", ""),
    ("волошин*", "entity", "ua_army", ""),
    ("череват*", "entity", "ua_army", ""),
    ("оперативно-стратегічн\\w* угрупован\\w*", "entity", "ua_army", ""),  # "ОСУВ «Дніпро»": Ukraine's groupings
    ("осув", "entity", "ua_army", ""),
    # "повідомили в угрупованні військ «Північ»", "речник угруповання": a grouping that speaks to Ukrainian media
    ("(?:в|у) угрупованн(?:і|ях) військ", "entity", "ua_army", ""),
    ("речник\\w* угрупован\\w*", "entity", "ua_army", ""),
    ("хортиц*", "entity", "ua_khortytsia", ""),
    ("трегубов*", "entity", "ua_khortytsia", ""),
    ("зеленськ*", "entity", "ua_president", ""),
    ("зеленск*", "entity", "ua_president", ""),
    ("маляр", "entity", "ua_mod", ""),
    ("умєров*", "entity", "ua_mod", ""),
    ("умеров*", "entity", "ua_mod", ""),
    # "украинская сторона опровергла …", "російська сторона заявила": the side itself as the speaker
    # (only as a denier: "украинская сторона подтвердила, что …" stays the outlet's relay)
    ("украинская сторона(?= (?:\\w+ )?(?:опроверг|отверг|отрица|назвал\\w* фейк))", "entity", "ua_government", ""),
    ("українська сторона(?= (?:\\w+ )?(?:спростува|заперечи|заперечу|відкину|назвал\\w* фейк))", "entity",
     "ua_government", ""),
    ("российская сторона(?= (?:\\w+ )?(?:опроверг|отверг|отрица|назвал\\w* фейк))", "entity", "ru_government", ""),
    ("російська сторона(?= (?:\\w+ )?(?:спростува|заперечи|заперечу|відкину|назвал\\w* фейк))", "entity",
     "ru_government", ""),
    # "Украинские ресурсы распространяют информацию о …": Ukraine's outlets spreading a claim
    ("украинские ресурсы(?= (?:\\w+ )?(?:распростран|пишут|сообща))", "entity", "ua_government", ""),
    ("україна", "entity", "ua_government", ""),
    ("киев", "entity", "ua_government", ""),
    ("київ", "entity", "ua_government", ""),
    ("в києві", "entity", "ua_government", ""),
    ("в киеве", "entity", "ua_government", ""),
    ("губернатор*", "entity", "ua_government", "sided"),
    ("синєгубов*", "entity", "ua_government", ""),
    ("синегубов*", "entity", "ua_government", ""),
    ("філашкін*", "entity", "ua_government", ""),
    ("ОВА", "entity", "ua_government", "cs"),
    ("ОДА", "entity", "ua_government", "cs"),
    ("deepstate*", "entity", "deepstate", ""),
    ("дипстейт*", "entity", "deepstate", ""),
    ("діпстейт*", "entity", "deepstate", ""),
    ("isw", "entity", "isw", ""),
    ("інститут вивчення війни", "entity", "isw", ""),
    ("институт изучения войны", "entity", "isw", ""),
    ("ассошиэйтед пресс", "entity", "ap", ""),
    ("рейтер*", "entity", "reuters", ""),
    ("франс[- ]пресс", "entity", "afp", ""),
    ("журналіст*", "relay", "", ""),
    ("журналист*", "relay", "", ""),
    ("кореспондент*", "relay", "", ""),
    ("корреспондент*", "relay", "", ""),
    ("аналітик*", "relay", "", ""),
    ("аналитик*", "relay", "", ""),
    ("експерт*", "relay", "", ""),
    ("эксперт*", "relay", "", ""),
    ("він", "pronoun", "", ""),
    ("вона", "pronoun", "", ""),
    ("вони", "pronoun", "", ""),
    ("он", "pronoun", "", ""),
    ("она", "pronoun", "", ""),
    ("они", "pronoun", "", ""),
]
SPECS_EN: list[Spec] = _EN
SPECS_CYR: list[Spec] = _CYR

# X handles of recurring claimants (lower case, without @).
X_HANDLES: dict[str, str] = {
    "deepstateua": "deepstate", "deepstate_ua": "deepstate", "deepstatemap": "deepstate",
    "generalstaffua": "ua_general_staff", "defenceu": "ua_mod", "defenceua": "ua_mod",
    "zelenskyyua": "ua_president", "mod_russia": "ru_mod", "mod_russia_en": "ru_mod",
    "kremlinrussia_e": "ru_government", "kremlinrussia": "ru_government", "tass_agency": "ru_state_media",
    "rt_com": "ru_state_media", "rianru": "ru_state_media", "thestudyofwar": "isw", "ap": "ap",
    "reuters": "reuters", "afp": "afp", "rybar_en": "ru_milbloggers", "rybar": "ru_milbloggers",
    "dva_majors": "ru_milbloggers",  # Two Majors' channel handle
    "boris_rozhin": "ru_milbloggers", "colonelcassad": "ru_milbloggers",  # Colonel Cassad (Boris Rozhin)
    # the border governors' own channels (Belgorod, Kursk, Bryansk)
    "vvgladkov": "ru_officials", "khinshtein": "ru_officials", "avbogomaz": "ru_officials",
    # Telegram channels of recurring claimants (the same names serve X handles and t.me addresses)
    "generalstaffzsu": "ua_general_staff", "v_zelenskiy_official": "ua_president", "annamaliar": "ua_mod",
    "osirskiy": "ua_army", "wargonzo": "ru_milbloggers", "voenkorkotenok": "ru_milbloggers",
    "sashakots": "ru_milbloggers", "rian_ru": "ru_state_media", "pushilindenis": "dpr_officials",
}
# Substrings of a document source that identify the claimant behind it.
SOURCES: tuple[tuple[str, str], ...] = (
    ("mil.ru", "ru_mod"), ("mod.ru", "ru_mod"), ("mod.gov.ru", "ru_mod"), ("tass.", "ru_state_media"),
    ("ria.ru", "ru_state_media"), ("rt.com", "ru_state_media"), ("sputnik", "ru_state_media"),
    ("iz.ru", "ru_state_media"), ("tvzvezda", "ru_state_media"), ("kremlin.ru", "ru_government"),
    ("t.me/rybar", "ru_milbloggers"), ("t.me/shot", "ru_milbloggers"), ("t.me/wargonzo", "ru_milbloggers"),
    ("mil.gov.ua", "ua_mod"), ("zsu.gov.ua", "ua_general_staff"), ("president.gov.ua", "ua_president"),
    ("generalstaff.ua", "ua_general_staff"),  # facebook.com/GeneralStaff.ua: the General Staff's own page
    ("deepstate", "deepstate"), ("understandingwar", "isw"), ("apnews", "ap"), ("reuters", "reuters"),
    ("afp.com", "afp"),
)
_HANDLE_RE = compile_re(r"x:@?([A-Za-z0-9_]{1,30})$")
_TELEGRAM_RE = compile_re(r"(?:https?://)?t\.me/(?:s/)?([A-Za-z0-9_]{1,40})/?$", re.IGNORECASE)


# Words in an X handle that mark the account's side ("@frontline_ukr", "@UAControlMap", "@z_front_voenkor")
_HANDLE_WORD = compile_re(r"[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
_UA_HANDLE_WORDS = frozenset({"ua", "ukr", "ukraine", "ukrainian", "ukraina", "ukrainy", "zsu", "afu", "uaf"})
_ADMIN_HANDLE_WORDS = frozenset({"ova", "oda"})
_RU_HANDLE_WORDS = frozenset({"voenkor", "voenkory", "z", "zov", "rus", "russia", "russian", "ru", "rf", "svo"})


@lru_cache(maxsize=4096)
def handle_side(name: str) -> str:
    """Side of an unknown X account from the words of its handle (`neutral` when none or both)."""
    words = {w.lower() for w in _HANDLE_WORD.findall(name)}
    ua, ru = bool(words & _UA_HANDLE_WORDS), bool(words & _RU_HANDLE_WORDS)
    return "UA" if ua and not ru else "RU" if ru and not ua else "neutral"


def claimant_side(claimant: str) -> str:
    """The side of a claimant id (`neutral` for outlets, reporters and accounts whose handle names no side)."""
    side = SIDE.get(claimant)
    if side is not None:
        return side
    return handle_side(claimant[3:]) if claimant.startswith("x:@") else "neutral"


def _known_handle(low: str) -> str | None:
    known = X_HANDLES.get(low)
    if known is None and "deepstate" in low:
        known = "deepstate"  # @deepstate_en, @DeepStateUA_live: the DeepState map's accounts
    elif known is None and "rybar" in low:
        known = "ru_milbloggers"  # @rybar_force, @rybar_stan: the Rybar channel's accounts
    return known


def handle_claimant(handle: str) -> str:
    """Claimant id of an X handle (`@DeepStateUA` → `deepstate`, else `x:@name`)."""
    name = handle.lstrip("@")
    return _known_handle(name.lower()) or f"x:@{name}"


# "… Details on the map 👇 deepstatemap.live #DeepState": a post signed off with a known account's hashtag or handle
_SIGNATURE = compile_re(r"[#@]([A-Za-z][A-Za-z0-9_]{2,30})\W*$")


def signature_claimant(text: str) -> str | None:
    """Known claimant whose hashtag or handle closes a post (the account signing its own update), else None."""
    tail = text[-60:]
    if "#" not in tail and "@" not in tail:
        return None
    m = _SIGNATURE.search(tail)
    return _known_handle(m.group(1).lower()) if m else None


X_HOSTS = frozenset({"x.com", "twitter.com", "www.x.com", "www.twitter.com", "mobile.twitter.com"})


def author_claimant(source: str, author: str | None) -> str | None:
    """Claimant of a post whose source is the bare X host and whose `author` is its handle ("@DefenceU" → ua_mod,
    "@some_reporter" → x:@some_reporter); None otherwise."""
    if not author or source.strip().lower() not in X_HOSTS:
        return None
    name = author.strip().lstrip("@")
    return handle_claimant(name) if _HANDLE_RE.match("x:" + name) else None


_X_STATUS_URL = compile_re(r"https?://(?:www\.|mobile\.)?(?:x|twitter)\.com/([A-Za-z0-9_]{1,30})/status/")
_TELEGRAM_POST_URL = compile_re(r"(?:https?://)?t\.me/(?:s/)?([A-Za-z0-9_]{1,40})/\d+")
TELEGRAM_HOSTS = frozenset({"t.me", "telegram.org", "telegram.me"})


def url_claimant(url: str | None) -> str | None:
    """Known claimant whose account a post's own address names ("https://x.com/DeepStateUA/status/…" → deepstate,
    "https://t.me/annamaliar/1039" → ua_mod), else None: a post fetched with no `author` still names its account
    there (an unknown handle is left to the text — its words, "GeoConfirmed_UA", are no side)."""
    if not url:
        return None
    m = _X_STATUS_URL.match(url)
    if m is not None:
        return _known_handle(m.group(1).lower())
    tg = _TELEGRAM_POST_URL.match(url)
    return source_claimant("t.me/" + tg.group(1)) if tg is not None else None


def source_claimant(source: str) -> str | None:
    """Claimant id behind a document source, when the source is itself a known claimant."""
    low = source.strip().lower()
    m = _HANDLE_RE.match(low)
    if m:
        return _known_handle(m.group(1))
    tg = _TELEGRAM_RE.match(source.strip())
    if tg:  # "t.me/voenkor_kotenok": a channel whose name marks a Russian war correspondent
        known = _known_handle(tg.group(1).lower())
        if known is None and handle_side(tg.group(1)) == "RU":
            known = "ru_milbloggers"
        elif known is None and {w.lower() for w in _HANDLE_WORD.findall(tg.group(1))} & _ADMIN_HANDLE_WORDS:
            known = "ua_government"  # "t.me/sumska_ova", "t.me/kharkiv_oda": a Ukrainian regional administration
        if known is not None:
            return known
    for needle, claimant in SOURCES:
        if needle in low:
            return claimant
    return None
