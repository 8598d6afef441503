"""Place mentions in text: gazetteer aliases (with Cyrillic inflection), unknown villages, anchors.

A mention is a token sequence whose keys match an alias key; candidates are every gazetteer entry
with that alias (same-name places are resolved later, from context). Names not in the gazetteer are
still found in place slots ("the village of X", "село X", lists after "liberated", "X has fallen").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from .gazetteer import COMMON_WORD_KEYS, MAX_ALIAS_TOKENS, Gazetteer, token_key
from .morphology import CYR_VOWELS, fold, inflection_score, nominative_guess
from .regex_cache import compile_re
from .settlements import is_settlement_name
from .transliteration import central_european_key, loose_key

_GAP_OK = frozenset(" -‐–\u00a0_")  # "_" joins the words of a hashtag: "#Chasiv_Yar"
_PLACE_NOUN = compile_re(
    r"(?:\b(?:villages?|towns?|settlements?|hamlets?|cit(?:y|ies)|localit(?:y|ies)|urban-type settlement)"
    r"(?:\s+of)?|\b(?:сел[оаеі]|сёл|сел|селом|селищ[еаіу]|селищем|пос[её]л(?:ок|ка|ке|ку)|пгт|смт|н\.\s?п\.|"
    r"населенн\w*\s+пункт\w*|населённ\w*\s+пункт\w*|населен\w*\s+пункт\w*|деревн[яюиеі]|хутор[аеу]?|"
    # ("освобождены 12 населённых пунктов — Агроном, …": the list after a dash too)
    r"міст[оаі]|містом|город[ауе]?|городом|остр[оі]в|острова|острове|острові|островом))\s*(?::|\s[—–])?\s+$")
_CAPTURE_BEFORE = compile_re(
    r"(?:continu\w*\s+(?:for|in)|"
    r"captured|seized|took|liberated|taken|entered|recaptured|retook|occupied|capture of|fall of|"
    # a headline's present or an aim's infinitive: "Ukrainian forces liberate X", "trying to retake X"
    r"liberat(?:e|es|ing)|seiz(?:e|es)|retak(?:e|es|ing)|recaptur(?:e|es|ing)|"
    r"control of|capturing|capture|seizing|seizure of|liberation of|pushed into|moved into|broke into|"
    r"advanced into|made (?:its|their|his) way into|"
    r"pulled out of|withdrew from|retreated from|out of|outskirts of|slipped into|infiltrated|cleared|clearing|"
    r"attacking|fighting in|fighting for|along with|together with|approaches\s+to|"
    r"(?:are|is|were|was|still)\s+holding|"  # "forces are holding X": a hold
    r"(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?\s+(?:outskirts\s+)?of|окраин\w*|околиц\w*|"
    # "advanced into eastern Keramik and southern X", "pushing on X", "advancing in the direction of X, toward Y"
    r"(?:north|south|east|west)(?:-?(?:north|south|east|west))?ern|push\w*\s+on|towards?|direction\s+of|"
    # "просунулися західніше X", "на захід від X", "продвинулись западнее X": a compass adverb's village
    r"(?:північн|південн|східн|західн)іше|(?:север|юж|восточ|запад)нее|"
    r"на\s+(?:північ|південь|схід|захід)\s+від|(?:к|на)\s+(?:северу|югу|востоку|западу|север|юг|восток|запад)\s+от|"
    r"зайшли\s+(?:в|у)|увійшли\s+(?:в|у)|вошли\s+в|зашли\s+в|отош(?:ли|ёл|ел)\s+из|"
    r"отступ(?:ают|ает|или|ил|ила|ать)\s+из|відступ(?:ають|ає|или|ив|ила|ати)\s+(?:з|зі|із)|вийш(?:ли|ов|ла)\s+(?:з|зі|із)|"
    r"відійш(?:ли|ов|ла)\s+(?:з|із)|"
    # "противник отводит часть сил из X", "відводить підрозділи з X": a withdrawal's village
    r"(?:отвод(?:ят|ит|или|ил|ила)|відвод(?:ять|ить|или|ив))\s+(?:\w+\s+){0,2}(?:из|з|із)|"
    r"остави(?:ли|л|ла)\s+позиции\s+(?:в|у)|"
    # "ВСУ оставили X", "залишили X", "противник цепляется за X": a place left or clung to
    r"(?:остави|покину)(?:ли|л|ла)|(?:залиши|покину)(?:ли|в|ла)|(?:цепля|чіпля)\w+\s+за|залиши(?:ли|в|ла)\s+позиції\s+(?:в|у)|(?:выбили|вытеснили)\s+(?:\w+\s+){0,2}из|"
    r"near|outside|поблизу|біля|в районі|у районі|в районе|(?:в|у)\s+районах(?:\s+населен\w+\s+пункт\w+)?|"
    # "контратаковать у X", "атакують у X", "около X", "возле X": an attack's or a position's village
    r"около|возле|вблизи|(?:контр)?атак\w*\s+у|штурм\w*\s+у|"
    # "відбили штурм на X", "атаку на X": the village an assault aimed at
    r"(?:штурм|атак[уи]|наступ)\s+на|"
    r"(?:в|у)\s+(?:бік|сторону|направлении|напрямку)|"  # "атакував у бік Котлиного": a push's target village
    # "объявило о взятии под контроль X", "взяли під контроль X": taken under control
    r"(?:под|під)\s+(?:свой\s+|свій\s+|полный\s+|повний\s+)?контроль|"
    r"под|захоплення|звільнення|(?:на\s+)?(?:подступ\w*\s+к|підступ\w*\s+до)|продвинул\w*\s+к|просунул\w*\s+до|"
    # "продвигаются на Казачью Локню", "просуваються до X": a push's target village
    r"продвига\w*\s+(?:на|к)|просува\w*\s+(?:на|до)|"
    r"освобождени[еяию]|об\s+освобождении|освободили|освобождены|"
    r"освобождено|освобожден|освобождена|освободила|освободил|заняли|взяли|взяти[еия]|взятт[яюі]|захопили|захопив|захопила|"
    # "очистили X від окупантів", "зачистили X": cleared it
    r"(?:о|за)чисти(?:ли|л|ла|в)|(?:о|за)чищен[аоы]?|"
    r"звільнили|звільнено|окупува\w*|зайняли|заняла|занял|занят[аоы]?|"
    # "если наши войска займут X", "якщо ворог займе X": a capture to come still names its village
    r"займ(?:ут|[её]т|уть|е)|возьм(?:ут|[её]т)|візьм(?:уть|е)|просун(?:улися|увся|улась|улася)\s+(?:в|у|до|біля)|"
    r"storming|stormed|assaulting|бои\s+за|бої\s+за|боях\s+за|боїв\s+за|штурмуют|штурмують|"
    # "ведут бои в X", "тривають бої у X": like "fighting in"; "repelled an assault on X"
    r"бо(?:и|ї)\s+(?:в|у)|(?:assaults?|attacks?|push(?:es)?)\s+(?:on|at|against)|attacked|"
    # "бои идут в X", "бої тривають біля X", "закрепился в X": a fight's or a foothold's village
    r"бо(?:и|ї)\s+(?:идут|ид[её]т|йдуть|ідуть|тривають|продолжаются|ведутся|точаться)\s+(?:в|у|за|біля|около|возле|под|під)|"
    r"(?:закрепил|закріпил|закрепля|закріплю)\w*\s+(?:в|у|на\s+окраин\w*|на\s+околиц\w*)|"
    # "ВСУ контратаковали под X", "атакують біля X": an attack verb and a preposition of place ("у" is above)
    r"(?:контр)?атак(?:овали|овал|овала|уют|ует|ували|ував|ують|ує)\s+(?:под|возле|около|біля|поблизу)|"
    # "withdrawn from nearby X", "the pullback from X", "наши забрали X" (a capture in a channel's slang)
    r"withdrawn\s+from|pull-?back\s+from|забрал[иа]?)"
    # "pulled out of neighbouring X": an adjective of nearness between the cue and the name
    r"(?:\s+(?:nearby|neighbou?ring|сусідн\w+|соседн\w+))?[\"“”«»']?\s+$")
_CAPTURE_AFTER = compile_re(
    r"^(?:\s*(?:,|and|та|і|и)\s*[^\W\d_][\w'’-]+)*"
    # "X / #Y (Zaporizhzhia Obl.) \"liberated\"": another spelling and a bracketed region between
    r"(?:\s*/\s*#?[^\W\d_][\w'’-]+)?(?:\s*\([^()]{2,40}\))?"
    r"\s+(?:has|have|had|was|were|is)?\s*(?:already\s+|now\s+)?(?:been\s+|now\s+)?[\"“«']?(?:liberated|captured|taken|seized|fell|fallen|"
    r"recaptured|окуповано|окупована|окупований|захоплено|захоплена|звільнено|звільнена|освобожден[аоы]?|"
    r"занят[аоы]?|взят[аоы]?|cleared|зачищено|зачищена|зачищен|очищено|очищена)(?![^\W_])")
# "Плещіївку окупанти захопили", "Марьевку ВСУ оставили": a fronted object, then a force and a capture or loss verb
_OBJECT_FIRST_AFTER = compile_re(
    r"\s+(?:окупанти|оккупанты|росіяни|россияне|русские|ворог|враг|противник|зсу|всу|наші|наши|мы|ми)\s+"
    r"(?:вже\s+|уже\s+|ще\s+|ещё\s+|еще\s+)?(?:захопили|окупували|взяли|заняли|захватили|оккупировали|звільнили|"
    r"освободили|залишили|оставили)(?![^\W_])")
# "Варачине залишається під контролем ворога", "X remains under Ukrainian control": the status of a named place (a
# side named: "Ситуация находится под контролем" is none)
_STATUS_AFTER = compile_re(
    r"\s+(?:залиша[єю]ться|остаётся|остается|остаются|перебува[єю]|находится|находятся|remains?)\s+(?:під|под|under)\s+"
    r"(?:(?:russian|ukrainian|russia['’]s|ukraine['’]s)\s+control|контрол\w*\s+(?:ворога|противника|окупант\w*|"
    r"зсу|всу|сил\s+оборони|силами\s+оборони|наш\w*|росі\w*|россий\w*|україн\w*|украин\w*|збройних|вооруж\w*))")
# "X в Харьковской области", "X у Запорізькій області", "X in the Kharkiv region": a locator between a name and its
# status
_REGION_LOCATOR_AFTER = compile_re(r",?\s+(?:(?:в|у)\s+[\w'’-]+(?:ской|ській|цкой|цькій)\s+(?:области|області)|"
                                   r"in\s+(?:the\s+|ukraine['’]s\s+)?[\w'’-]+\s+(?:region|oblast|province)),?")
# "Предтечине під нашим контролем", "X под контролем ВСУ" (a side named: "Ситуация под контролем" is none)
_STATUS_BARE_AFTER = compile_re(
    # ("Свердликово по-прежнему под контролем ВСУ": a "still" between)
    r"(?:,?\s+(?:по-прежнему|досі|все\s+ещё|всё\s+ещё|все\s+еще|ещё|еще|вже|уже|тепер|теперь|як\s+і\s+раніше),?)?"
    r"\s+(?:під|под)\s+(?:(?:повним\s+|полным\s+)?(?:нашим|нашим\s+повним|нашим\s+полным)\s+контролем\b|"
    r"контролем\s+(?:ворога|противника|окупант\w*|оккупант\w*|зсу|всу|сил\s+оборони|росі\w*|россий\w*|україн\w*|"
    r"украин\w*))")
# a capitalised word right after a strong capture/withdrawal verb is a place even with an unusual ending
_STRONG_SLOT = compile_re(
    r"\b(?:captured|seized|recaptured|retook|liberated|entered|withdr(?:ew|awn|aw|awing)\s+from|pulled\s+out\s+of|"
    r"liberat(?:e|es|ing)|seiz(?:e|es)|retak(?:e|es|ing)|recaptur(?:e|es|ing)|"
    r"retreated\s+from|(?:took|taken|take|taking)(?:\s+control\s+of)?|capture\s+of|capturing|"
    # "Ukrainian Units Pull Back From X", "fell back from X": a withdrawal's place
    r"(?:pull(?:s|ed|ing)?|fall(?:s|ing)?|fell)\s+back\s+from|"
    r"toward|towards|(?:in|into)\s+(?:central|(?:north|south|east|west)(?:-?(?:north|south|east|west))?ern)|"
    # "Russians occupied Kolodiazi": the verb after a force (not the adjective of "in occupied Luhansk")
    r"(?:russians|ukrainians|troops|forces|units|they|enemy|occupiers)\s+(?:have\s+|had\s+)?occupied)\s+$")
# "X, a small village northwest of Y" / "X, a settlement on the road to Y"
_APPOSITIVE_PLACE_NOUN = compile_re(
    r"\s*,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:village|town|settlement|hamlet|city)\b")
# capitalised words that follow such slots without being places
_NOT_NAME_LATIN = frozenset({"western", "eastern", "northern", "southern", "soviet", "german", "american", "british",
                             "leopard", "abrams", "bradley", "himars", "storm", "shadow", "starlink", "bayraktar",
                             "prisoners", "control", "part", "positions", "command", "office", "power", "charge",
                             # titles after a list ("the villages of A and B, Deputy Defence Minister … said")
                             "deputy", "defence", "defense", "minister", "president", "general", "colonel",
                             "commander", "governor", "mayor", "spokesman", "spokesperson", "lieutenant", "major"})
# ("capture of A and B in the DPR, plus C": "plus" joins a list like "and")
_LIST_JOIN = compile_re(r"^(?:\s*,\s*|\s+(?:and|as well as|plus|и|і|та|й|or|или|або|&)\s+|"
                        r"\s*,\s*(?:and|plus|и|і|та)\s+|\s*,?\s+(?:а\s+также|а\s+також|а\s+ещё|а\s+еще)\s+)"
                        r"(?:(?:in|near|at|в|у|біля|поблизу|под|около)\s+)?$")
_TOPONYM_LATIN = compile_re(
    r"(?:ivka|ovka|yivka|ivske|ovske|ske|skoye|skoe|skyi|skiy|sk|ove|ovo|eve|evo|ne|nе|nke|yne|ine|ino|ka|ky|"
    r"ytsia|ytsya|ets|tsi|ichi|ychi|ki|yar|dar|hrad|grad|pil|pol|ivtsi|ovtsi|yany|iane|ia|ya|ivo|nia|"
    r"[aeiouy](?:kh|zh|ch|sh|shch)e)$")  # "Tykhe", "Sukhe": a neuter adjective in -хе, -же, -че, -ше, -ще
# the second word of "Kucheriv Yar", "Zelenyi Hai", "Zolotyi Kolodiaz": a generic place noun
_GENERIC_SECOND_LATIN = frozenset({"yar", "pole", "hai", "hay", "kut", "kolodiaz", "kolodez", "balka", "hora", "gora",
                                   "rih", "rog", "bairak", "dolyna", "luka", "luh", "lug", "bereh", "dvir",
                                   "khutory", "khutir", "khutor", "khutora", "shliakh", "shlyakh", "island"})
_TOPONYM_CYR = compile_re(
    r"(?:[оеі]вк[аиуеіо]й?|ск(?:ое|ого|ом|ий|ая|ую|ой|е)?|[сцз]ьк(?:е|ого|ому|ий|а|у|і)?|ов[оеау]|ев[оа]|"
    r"[иі]н[оаеу]|н[ое]е|вого|вому|ц[яіиы]|ка|ку|ки|ке|кой|не|ному|ного|ього|його|ок|яр[уі]?|дар[іа]?|град[ауе]?|"
    r"поль|пол[юяе]|піль|пол[юяі]|ці|ки|ія|ия|ї|и|аг[иі]в|[чжшщтх]ого|"
    r"пілл(?:я|і|ю|ям)|поль(?:е|я|ю|ем)|"  # "поблизу Миколайпілля", "у Николайполья": a neuter name in -пілля/-полье
    r"[иі]щ[еаіу]|"  # "поблизу Вільчі, Гатища та Охрімівки": a neuter name in -ище (Гатище, Городище)
    r"щин(?:а|ы|у|е|і|и|ой|ою)|"  # "из Храповщины": a feminine name in -щина
    r"иц(?:а|ы|у|е)|"  # "освобождены … Косица и Лебедевка": a feminine name in -ица
    r"^гор(?:а|ы|у|е|і|ой|ою))$")  # "Белой Горой": a generic noun, in any case
# "Селище перебуває під контролем", "Село ...": a settlement noun at the start of a sentence is no name
# "Гора-Подол", "Hora-Podil": a generic landform before a hyphen starts one name, not the village Hora
_GENERIC_FIRST = frozenset({"гора", "hora", "gora", "яр", "yar", "балка", "balka", "кут", "kut", "хутір", "хутор"})
_SETTLEMENT_NOUNS = frozenset({"селище", "село", "місто", "город", "посёлок", "поселок", "селища", "містечко"})
_BLOCK = frozenset({
    "the", "russian", "ukrainian", "russia", "ukraine", "kremlin", "moscow", "wagner", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "general", "staff", "ministry",
    "defense", "defence", "president", "telegram", "deepstate", "brigade", "army", "forces", "meanwhile",
    "however", "україна", "україни", "украина", "украины", "россия", "россии", "росія", "росії", "москва",
    "донбас", "донбасс", "крым", "крим", "зсу", "всу", "рф", "днр", "лнр", "мінобороны", "генштаб",
    "europe", "european", "nato", "america", "american", "crimea", "donbas", "donbass",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
    "southeast", "southwest", "zelensky", "zelenskyy", "zelenskiy",
    # "Вооружёнными Силами Российской Федерации взяты …": the country's formal name, no village
    "федерации", "федерация", "федерацией", "федерації", "федерація", "республики", "республіки",
})
_ANCHOR = compile_re(
    r"(?:\b(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ern)?"
    r"(?:\s+(?:edge|outskirts|part|side|flank|approaches))?\s+of|\bnear|\boutside|\baround|\bclose\s+to|"
    # "the capture of X and Y closer to the regional capital, Z": Z locates them (not "edging/moved closer to Z":
    # a verb of moving before it makes Z the aim)
    r"\bcloser(?<!ing\scloser)(?<!ed\scloser)(?<!es\scloser)(?<!ve\scloser)(?<!ge\scloser)(?<!ch\scloser)"
    r"(?<!sh\scloser)\s+to(?=\s+the\s)|"
    r"\bnot\s+far\s+from|\bin\s+the\s+direction\s+of|\bdirection\s+of|\bapproaches\s+to|\bkm\s+(?:\w+\s+)?of|"
    r"\bkilomet(?:er|re)s?\s+(?:\w+\s+)?of|\bmiles?\s+(?:\w+\s+)?of|"
    r"\b(?:km|kilomet(?:er|re)s?|miles?)\s+(?:away\s+)?from|\b(?:up|down)(?:river|stream)\s+from|"
    # "about 15 kilometers (9 miles) from X": the distance with its conversion in brackets
    r"\b(?:km|kilomet(?:er|re)s?|miles?)\s*\([^()]{1,25}\)\s+(?:away\s+)?from|"
    # "an advance west from the X area", "pushing north from X": where the push starts, not where it goes ("were
    # pushed from X", "driven from X": expelled from it)
    r"\b(?:advanc\w*|push(?:es|ing)?|thrust\w*)\s+(?:(?:north|south|east|west)\w*(?:[\s-]+(?:north|south|east|west)\w*)?\s+)?"
    r"from\s+(?:the\s+)?|"
    r"\bна\s+(?:північ|південь|схід|захід|північний\s+схід|північний\s+захід|південний\s+схід|"
    r"південний\s+захід)(?:\s+(?:і|й|та)\s+(?:на\s+)?(?:північ|південь|схід|захід))?\s+від|"
    r"\b(?:к|на)\s+(?:северу|югу|востоку|западу|северо-востоку|северо-западу|"
    r"юго-востоку|юго-западу)(?:\s+(?:и|и\s+к)\s+(?:северу|югу|востоку|западу))?\s+от|\bкм\s+(?:від|от)|"
    # ("к западу и северу от X", "на захід і північ від X": two compass sides of one locator)
    r"\b(?:road|highway|route|way)\s+(?:to|towards?)|"
    # "on the road between X and Y", "між X та Y": both only locate
    # "#Studenok (Kharkiv obl.), SE of Izium", "2 km NW of X": compass abbreviations in posts
    # (the word boundary first: a branch opening with a look-behind is tried at every position, 15x slower)
    r"\b(?<!['’])(?:[ns][ew]{1,2}|[ew][ns][ew]|[nsew])\s+of|"
    r"\bon\s+the\s+(?:[\w-]+\s+)?edge\s+of|\bbetween|\bміж|\bмежду|\b(?:between|між|между)\s+(?:[\w'’-]+\s+){1,3}(?:and|та|і|и)|"
    r"\b(?:северо|юго|північно|південно)-(?:восточнее|западнее|східніше|західніше)|"
    r"\b(?:севернее|южнее|восточнее|западнее|північніше|південніше|східніше|західніше)|"
    # "на південному фланзі Бахмута", «на южном фланге Бахмута»: the flank locates the villages fought for
    r"\bна\s+(?:північному|південному|східному|західному|северном|южном|восточном|западном)\s+(?:фланзі|фланге)|"
    r"\bв\s+районе|\bв\s+районах|\bв\s+районі|\bу\s+районі|\bпод|\bблиз|\bвблизи|\bвозле|\bоколо|"
    r"\bнеподал[её]ку\s+от|\bпоблизу|\bбіля|\bпід|\bнеподалік\s+від|\bна\s+подступах\s+к|\bна\s+підступах\s+до|"
    # "the island directly opposite Kherson", "острова напротив Херсона": a landmark across from a place
    r"\bopposite|\bacross\s+from|\bнапротив|\bнавпроти)"
    # ("north of the regional capital Sumy": a capital named after its noun)
    r"(?:\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:(?:town|city|village|settlement|hub|stronghold)\s+of|"
    r"(?:capital|centre|center)(?:\s+of)?),?\s+)?)?"
    r"(?:\s*(?:населенн\w+\s+пункт\w*|населённ\w+\s+пункт\w*|н\.\s?п\.|сел[аи]|селищ[аі]|міст[аі]|город[ау]|"
    r"пос[её]лка|the))?"
    # "a village near Ukraine's Kupiansk": the country's possessive between the anchor and the name
    r"(?:\s+(?:ukraine|russia)['’]s)?"
    # "just west of embattled Kostiantynivka", "near besieged X": an epithet between the anchor and the name
    r"(?:\s+(?:embattled|besieged|beleaguered|battered|front-?line|encircled|strategic|key|ruined|devastated))?\s*$")
_REGION_AS_QUALIFIER = compile_re(
    r"^(?:\s*,?\s*(?:in|of)?\s*(?:the\s+)?|\s*\(\s*|\s+(?:на|в|у|во)\s+|\s*,\s*(?:in\s+)?(?:the\s+)?)$")
# "Kamianske in Zaporizhzhia", "village in Kharkiv", "the Sumy village of X": a regional centre locating a village
_IN_CITY_GAP = compile_re(r"\s*,?\s+in\s+(?:southern\s+|northern\s+|eastern\s+|western\s+)?")
_VILLAGE_IN = compile_re(r"\b(?:villages?|towns?|settlements?|hamlets?)\s+in\s+"
                         r"(?:(?:southern|northern|eastern|western)\s+)?$")
_VILLAGE_OF_AFTER = compile_re(r"(?:'s)?\s+(?:frontline\s+|border\s+)?(?:villages?|settlements?|hamlets?)\s+of\b")
_CITY_AS_REGION = compile_re(r"(?:\bthe|\ball\s+of|\bacross|\bthroughout)\s+$")
_HASH_OR_AT = "#"
# "Штурмовые группы": a plural adjective before a lower-case noun, not the village Штурмове
_PLURAL_ADJ_PHRASE = compile_re(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ые|ие|ні|ві) [а-яёіїєґ]")
_PLURAL_ADJ_ENDS = ("ые", "ие", "ні", "ві")
_FUNCTION_WORD_AFTER = compile_re(r"\s(?:та|і|й|и|а|але|но|в|у|на|з|із|зі|до|від|по|під|за|про|не|ще|вже|уже|біля|"
                                  r"поблизу|протягом|після|через|вночі|уночі|зранку|вранці|вдень|ввечері|сьогодні|"
                                  r"вчора|знову|також|триває|тривають|лунали|пролунали|ночью|утром|днем|днём|вечером|"
                                  r"сегодня|вчера|снова|также)\b")
_CAMEL = compile_re(r"[A-ZА-ЯЁІЇЄҐ]")  # "#StandWithUkraine": a slogan, not a village
# ("у районах A, B та C", "в районах A и B", "in the areas of A and B": the General Staff's list of areas)
_PLURAL_PLACE_NOUN = compile_re(r"(?:\b(?:villages|towns|settlements|hamlets|areas\s+of)(?:\s+of)?|\bсіл|\bсёл|"
                                r"\bсел|\bселищ|(?:\bв|\bу)\s+районах|"
                                r"\bнаселен(?:их|і)\s+пункт(?:ів|и)|\bнасел[её]нн(?:ых|ые)\s+пункт(?:ов|ы))"
                                r"(?:\s+(?:the\s+)?|\s*(?::|\s[—–])\s+)$")
_AREA_ANCHOR_START = compile_re(r"(?:near|around|outside|close to|в район|у район|біля|поблизу|під|под|около|возле|"
                                r"вблизи|близ)", re.IGNORECASE)
# Rivers and units named after places: "лівому березі Дніпра", "bank of the Dnipro", "the Kursk brigade".
_HYPHEN_LINE_AFTER = compile_re(r"(?:\s?[–—-]\s?[\w'’]{3,}){1,3}(?:\s+city)?\s+(?:axis|direction|sector|area)\b|"
                                # (a front line named by three towns; "the Arkhanhelske–Ukrainka line" is two villages)
                                r"(?:\s?[–—-]\s?[\w'’]{3,}){2,3}\s+line\b")
_HYPHEN_LINE_END = compile_re(r"(?:\s+city)?\s+(?:axis|direction|sector|area)\b")
_MID_TOWN_LINE = compile_re(r"(?:\s?[–—-]\s?[\w'’]{3,}){1,2}(?:\s+city)?\s+(?:line|axis|direction|sector|area)\b")
_THREE_TOWN_LINE_END = compile_re(r"\s+line\b")
_ACROSS_RIVER_BEFORE = compile_re(r"(?:\bза|\bчерез|\bacross(?:\s+the)?|\bbeyond(?:\s+the)?)\s+$")
_RIVERBANK_BEFORE = compile_re(r"(?:ліво|право|лево)бережж?\w*\s+$")
_NOT_A_PLACE = compile_re(r"(?:берез\w*|берег\w*|bank\s+of(?:\s+the)?|along\s+the|вдоль|уздовж|вздовж|sea\s+of|"

                          # "вулиці Шевченка", "по улице Харьковской", "проспект Миру": a street's name (but "в районе
                          # центральной площади X": a square named by its adjective belongs to the town after it)
                          r"вулиц[яіею]|улиц[аеуы]|улицей|проспект\w*|бульвар\w*|провулк\w*|переулк\w*|"
                          # (the look-behinds after "площ": tried only where the word is, not at every position)
                          r"площ(?<!центральной\sплощ)(?<!центральній\sплощ)(?<!центральної\sплощ)"
                          r"(?<!главной\sплощ)(?<!головній\sплощ)(?<!головної\sплощ)[аіе]\w*|"
                          r"cross(?:es|ed|ing)?\s+the|river|річк\w*|реки|река|річ\w*|реку|реке|рекой|"
                          # "пыталась переправиться через Днепр", "форсувати Дніпро": the river crossed
                          # ("форсировали Северский Донец": an adjective of the river's name between)
                          r"(?:переправ\w*|форсир\w*|форсува\w*|форсу\w*)(?:\s+через)?(?:\s+[^\W\d_]+(?:ий|ый|ій))?|"
                          # "ремонтують міст через Сіверський Донець": the river a bridge spans
                          r"(?:міст\w*|мост\w*)\s+через(?:\s+[^\W\d_]+(?:ий|ый|ій))?|"
                          # "the bridges over the Oskil", "острови Дніпра", "у дельті Дніпра": a river's
                          r"(?:bridges?|crossings?)\s+(?:over|across)\s+the|islands\s+(?:of|in)\s+the|"
                          r"delta\s+of\s+the|острови|островах|островів|островов|дельт\w*|"
                          # "острова в пойме Днепра", "у заплаві Дніпра", "the Dnipro floodplain": a river's flood plain
                          r"пойм\w*|заплав\w*|русл\w*|"
                          # "у канала Северский Донец — Донбасс", "the Siverskyi Donets-Donbas canal": a canal's name
                          r"канал[ауоеі]?\w{0,2}(?:\s+[^\W\d_]+(?:ий|ый|ій|ого|ому))?(?:\s+[^\W\d_]+\s*[—–-]\s*)?|"
                          r"canal\s+(?:of\s+)?|"
                          # "в районі шахти 'Торецька'", "у шахты «Комсомолец Донбасса»": a mine named after a town
                          r"шахт[аиіуеы]\w{0,2}\s+[\"'«“„]?|"
                          # "откроется прямая дорога на X", "the road to X": where a road leads, no claim about X
                          r"(?:дорог[аиуе]|путь|шлях|road|трасс[аиуе]|трас[аиуі]|шосе|шоссе|highway)\s+(?:на|до|к|to)|"
                          # "the road from X to Y": the ends of a road only name it
                          r"(?:road|highway|route|motorway)\s+(?:from|between|(?:that\s+)?(?:connect|link)\w*)|"
                          # "у противника останутся только Краматорск и Славянск", "left with only X and Y": what the
                          # other side would still hold once a town falls, no claim about them
                          r"(?:останут|останет|залишат|залишит|left\s+with)\w*\s+(?:только|лишь|лише|тільки|only)\s+"
                          r"(?:[\w'’-]+\s+(?:и|і|та|й|and)\s+)?|"
                          # "to complicate Ukrainian logistics in the X-Y area", «логистику ВСУ в X»: whose supply is
                          # hit (but "the logistics hub of X" is X itself)
                          r"(?:logistics|supply\s+lines?|supplies|логистик\w*|логістик\w*)\s+"
                          r"(?:(?!hubs?\b|cent(?:re|er)s?\b|nodes?\b)\w+\s+)?(?:in|to|for|в|у|на)\s+(?:the\s+)?"
                          r"(?:[\w'’]+-)?|"
                          # "told Ukrainska Pravda", "Komsomolskaya Pravda reported": an outlet named with an adjective
                          r"\b(?:ukrainska|ukrayinska|ukrainskaya|komsomolskaya|komsomolska))\s*$")
# "вийти до траси Костянтинівка — Покровськ", "трассу Харьков — Купянск", "шосе Бахмут-Лисичанськ": a road named by
# its two ends, no claim about either town
_ROAD_NAMED_BEFORE = compile_re(r"(?:трасс?[аиуеіыою]\w*|шосе|шоссе|автодорог\w*|автотрас\w*)\s+"
                                r"(?:[\w'’]+\s*[—–-]\s*)?$|"
                                # "трассу, связывающую город с Ореховом", "трасу, що з'єднує місто з X": the far end
                                r"(?:трасс?|шосе|шоссе|автодорог|автотрас)\w*,?\s+(?:що\s+|которая\s+)?"
                                r"(?:связыва|соединя|сполуча|з['’]єдну)\w*\s+(?:[\w'’-]+\s+){0,2}(?:с|со|з|із)\s+$")
_ROAD_TO = compile_re(r"\b(?:road|highway|route|motorway)\s+(?:from|between|(?:that\s+)?(?:connect|link)\w*)\s+"
                      r"(?:the\s+city\s+|the\s+town\s+)?[\w'’-]+(?:\s+[\w'’-]+)?"
                      r"\s+(?:to|and|with)\s+$")
# a soldier's or a resident's home town ("a native of X", "a 33-year-old machine-gunner from X") and where people are
# taken ("evacuated to X", "take evacuees to X"): no ground claim about X
# one scan of the text gates the per-mention test: most texts name no one's home town
_PEOPLE_GATE = compile_re(r"native|born\s+in|grew\s+up|hails?\s+from|year-old|evacu\w*\s+(?:[a-z-]+\s+){0,3}?to\s|"
                          r"уродж|урожен|родом|евакуй|эвакуир|жив[её]т\s|живе\s|живу(?:т|ть)\s|прожива|"
                          r"\blives\s+(?:[a-z-]+\s+){0,3}?in\s")
# "trying to cut the roads linking the city with X and Y", "the last village on the way from X to Y", «на пути от X к
# Y», «на шляху від X до Y»: the ends of a road or a route only locate, no claim about them
_ROUTE_ENDS_BEFORE = compile_re(r"(?:\b(?:roads?|highways?|routes?|supply\s+(?:lines?|routes?))\s+(?:that\s+)?"
                                r"(?:connect|link|join)\w*\s+(?:[\w'’-]+\s+){1,3}?(?:with|to|and)\s+|"
                                r"(?:\bна\s+пути|\bна\s+шляху|\bon\s+the\s+(?:way|road|route))\s+(?:от|від|from)\s+|"
                                r"(?:\bна\s+пути\s+от|\bна\s+шляху\s+від|\bon\s+the\s+(?:way|road|route)\s+from)\s+"
                                r"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:к|до|to)\s+)"
                                r"(?:[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|and|и|і|та)\s+)?$")


def _may_name_route(lower: str) -> bool:
    """Words every alternative of `_ROUTE_ENDS_BEFORE` needs: most texts with "from" name no road or way at all."""
    return ((("link" in lower or "connect" in lower or "join" in lower)
             and ("road" in lower or "highway" in lower or "route" in lower or "supply" in lower))
            or ("на" in lower and ("пути" in lower or "шляху" in lower))
            or ("from" in lower and ("way" in lower or "road" in lower or "route" in lower)))


_PEOPLE_PLACE = compile_re(r"(?:\bnatives?\s+of|\bborn\s+in|\bgrew\s+up\s+in|\bhails?\s+from|\bуродженець|"
                           r"\bуроженец|\bродом\s+(?:из|з)|\b\d+-year-old\s+(?:[a-z-]+\s+){0,3}from|"
                           r"\bevacu\w*\s+(?:[a-z-]+\s+){0,3}to|\bевакуй?\w*\s+(?:\w+\s+){0,2}(?:до|в|у)|"
                           r"\bэвакуир\w*\s+(?:\w+\s+){0,2}(?:в|во)|"
                           # "живёт у родственников в X", "now lives with her son in X": where someone lives
                           r"\b(?:жив[её]т|живе|живут|живуть|прожива\w*|lives)\s+(?:[\w-]+\s+){0,3}?(?:в|у|in))\s+$")
# `_PEOPLE_GATE` as one test per alternative: a word it must contain (a substring test), then, where the word is
# not the whole alternative, a search that starts with that word. The alternation scanned a whole text position by
# position (~80 µs on 2 KB, and "evacu…" or "born" are in two texts out of five); a pattern opening with a literal
# is scanned for that literal first.
_PEOPLE_GATE_TESTS: tuple[tuple[str, re.Pattern[str] | None], ...] = (
    ("native", None), ("year-old", None), ("уродж", None), ("урожен", None), ("родом", None), ("евакуй", None),
    ("эвакуир", None), ("прожива", None),
    ("born", compile_re(r"born\s+in")), ("grew", compile_re(r"grew\s+up")), ("hail", compile_re(r"hails?\s+from")),
    ("evacu", compile_re(r"evacu\w*\s+(?:[a-z-]+\s+){0,3}?to\s")),
    ("жив", compile_re(r"жив(?:[её]т|е|ут|уть)\s")),
    ("lives", compile_re(r"\blives\s+(?:[a-z-]+\s+){0,3}?in\s")),
)


def _people_gate(lower: str) -> bool:
    for word, pattern in _PEOPLE_GATE_TESTS:
        if word in lower and (pattern is None or pattern.search(lower) is not None):
            return True
    return False


# "The Dnipro has been the front line", "a Dnipro island": a river with the article or an island, not the town
_RIVERS_LATIN = frozenset({"dnipro", "dnieper", "dnepr", "oskil", "oskol", "donets", "inhulets", "vorskla", "psel",
                           "seym", "seim", "desna", "sula"})
# everyday words that fold into a town's romanisation ("Human rights" is not Uman)
_EVERYDAY = frozenset({"human", "мені",  # ("Мені військові сказали": "to me", not the town of Mena)
                       # a sentence opening with a compass comparative or an attack noun ("Севернее, у X",
                       # "Атаки отражаются"): the word, not Severnyi or Ataky
                       "севернее", "южнее", "западнее", "восточнее", "північніше", "південніше", "західніше",
                       "східніше", "атаки", "атака", "атаку", "атак",
                       # a sentence opening with a preposition ("Біля X, за його словами, ..."): not a village Bilia
                       "біля", "возле", "около",
                       # a headline or sentence opening with a question word ("Чому бої за Y ..."): the word, not
                       # the village Choma
                       "чому", "почему", "навіщо", "зачем",
                       # "Ровно два года назад …" ("exactly two years ago"): the adverb, not the Russian name of Rivne
                       "ровно"})
# "Шлях на Слов'янськ", "Путь на Покровск": "the road to", not the village Shliakh (which keeps "пункта Шлях.")
_ROAD_WORDS = frozenset({"шлях", "путь"})
# A place name used as the name of an axis or an operation ("the Pokrovsk direction", "на Покровському
# напрямку", "the Kharkiv counteroffensive") or a first name after a title ("President Vladimir Putin").
_NOT_A_PLACE_AFTER = compile_re(
    # "The Severny Veter channel": a channel's name; "the Dnepr group", "Oleksandrivka group of forces": a force
    # ("the Tavria military spokesperson": the grouping's spokesperson, its name no place)
    r"(?:\s+[\w'’-]+)?\s+(?:channel|канал\w*)\b|\s+military\s+spokes(?:person|man|woman)\b|"
    r"\s+(?:military\s+)?(?:group(?:ing)?|угруповання|группировк\w*)\b(?!\s+of\s+"
    r"(?:villages|settlements|houses))|"
    # "a spokesperson for the Dnipro operational command", "Донецьке оперативне угруповання": a command, no place
    r"\s+(?:operational(?:[\s-]+(?:tactical|strategic))?\s+(?:command|group)|оперативн\w*\s+(?:командуванн\w*|"
    r"командовани\w*|угруповання|группировк\w*))\b|"
    # "Курское приграничье", "Сумське прикордоння": a border area named after the oblast, not a village;
    # "Тим часом" ("meanwhile"): an idiom, not the town of Tim
    r"\s+(?:приграничь\w*|прикордонн\w*|часом\b)|"
    # "Слов'янсько-Краматорської агломерації", "the Kramatorsk agglomeration": an urban area, no village
    r"\s+(?:агломерац\w*|agglomeration)\b|"
    # "the Sloviansk-Kramatorsk agglomeration / urban area": both halves of a hyphenated urban area
    r"[-–][\w'’]+\s+(?:агломерац\w*|agglomeration|urban\s+area|conurbation)\b|\s+(?:urban\s+area|conurbation)\b|"
    # "звільнено Силами оборони", "Сил обороны": the Defence Forces, no place
    r"\s+(?:оборони|обороны)\b|"
    # "у Богодухівській міській раді", "Mezhova community", "the \"Kyiv regime\"", "киевский режим": a council,
    # a community or a government, no place of a claim
    r"\s+(?:(?:міськ|сільськ|селищн|городск|сельск|поселков)\w*\s+(?:рад|совет)\w*|communit(?:y|ies)|"
    # "начальник Куп'янської міської військової адміністрації": a city's administration, no place of a claim
    r"(?:міськ|районн|обласн|городск|областн)\w*\s+(?:(?:військов|воен)\w*\s+)?(?:адміністрац|администрац)\w*|"
    r"regime|режим\w*)\b|"
    # "opposite Belgorod's Krasnaya Yaruga district": the oblast only names whose district it is
    r"(?:['’]s)?\s+(?!(?:north|south|east|west|central|industrial|residential|old|new|private|city|historic)\w*\s)"
    r"(?:(?!(?:in|of|near|and|or|the|at|on|to|from|by|its)\s)[\w'’-]+\s+){1,2}(?:district|raion)\b|"
    # "Kursk residents", "Belgorod locals": people from a place, no place of a claim
    r"\s+(?:residents|inhabitants|locals|evacuations?)\b|"
    # "along Shevchenka Street", "on Myru Avenue": a street named after a person or a town, not the town
    r"\s+(?:street|st\.|avenue|ave\.|boulevard|square|lane|road\s+in)(?![^\W_])|"
    # "в районе Советской площади", "на Соборній площі": a square named by its adjective, not a Sovetskyi
    r"\s+(?:площад[иьейю]|площ[аіеу]|площею)(?![^\W_])|"
    # "Дніпропетровська ОВА", "Сумская ОВА": a military administration, not the city
    r"\s+(?:о?ва|ода|мва|рва|ova|oda|mva)\b|"  # ("Sumy OVA says": the same in Latin letters)
    # "у Головному управлінні розвідки", "Главного управления": an institution's adjective, not a village
    r"\s+(?:управлін\w*|управлени\w*|директорат\w*|департамент\w*|міністерств\w*|министерств\w*)\b|"
    # "на Північно-Слобожанському і Курському напрямках": a coordinated axis name is one too
    # ("X та в напрямку Y": a preposition after the conjunction, no axis name)
    # "атакували Межівську, Покровську та Великомихайлівську громади": a coordinated list of communities too
    # ("Pokrovsk and Kostiantynivka sectors"; "the Pokrovsk–Dobropillia axis": two towns joined by a dash name one)
    r"(?:(?:,\s*[\w'’-]{3,})*\s+(?:і|й|и|та|and)\s+[\w'’-]{3,}(?=\s+(?:напрям|направлени|directions|axes|sectors|"
    r"громад|общин|communities|hromadas|областей|областях|областями|областям|oblasts\b|regions\b|райони\b|"
    r"районів|районах|районы\b|районов|districts\b))|"
    # ("the Kostiantynivka-Druzhkivka direction": a hyphen joins two towns into an axis name too)
    r"\s?[–—-]\s?[\w'’]{3,}(?=\s+(?:axis|direction|sector|front|напрям|направлени)))?"
    r"[\s_]*(?:directions?|dir(?=\.)|axis|sectors?|front|counter-?offensive|offensive|push|напрям\w*|направлени\w*|контрнаступ\w*|district|raion|"
    # "на Сіверському відтинку", «на Северском участке»: a sector named after a town
    r"відтин(?:ку|ок|ках)|участк(?:е|ах)|участок|"
    r"hromadas?|"  # "a border village in Krasnopillia hromada": the community, no place of a claim
    r"район\w*|громад\w*|(?:operational(?:[-\s]strategic|[-\s]tactical)?|tactical|оперативн\w*|"
    r"оперативно-\w+)\s+(?:group|угруповання|группировк\w*))\b|\s+обл\.|\s+obl\b|\s+р-н\b|\s+р-на\b|\s+р-ні\b|"
    r"(?:['’]s)?\s+(?:(?:regional|region|oblast|city|military)\s+){0,2}(?:governor|gov\.|mayor|administration|council)|"
    # "the Zaporizhzhia nuclear power plant", "Запорожской АЭС": the plant, not the town
    r"\s+(?:nuclear\s+(?:power\s+)?(?:plant|station)|npp|аэс|аес)\b|"
    # "the Kakhovka reservoir", "the Dnipro delta", "Северского Донца": a body of water named after a place
    r"\s+(?:reservoir|delta|estuary|lagoon|donets|водохранилищ\w*|водосховищ\w*|дельт\w*|лиман\w*|донц\w*|"
    r"донец|дінц\w*|донець)\b|"
    # "в напрямку Антонівського мосту", "the Antonivskyi bridge": a bridge named after a place
    r"\s+(?:міст|мосту|мостом|мост|моста|bridge)\b|"
    # "the Kharkiv-Vovchansk highway", "трасса Х": a road named after the towns it joins
    r"(?:[-–][\w'’]+)?\s+(?:highway|motorway|road|трасс\w*|траса|шосе|шоссе|автодорог\w*)\b|"
    # "the 93rd Kholodnyi Yar brigade", "бригада": a unit named after a place
    r"\s+(?:(?:separate|mechani[sz]ed|assault|airborne|marine|infantry|tank)\s+)?(?:brigade|battalion|regiment|"
    r"бригад\w*|батальон\w*|полк\w*)\b|"
    r"(?:['’]s)?\s+(?:(?:east|west|left|right)(?:ern)?\s+bank|river|islands|delta)\b|"
    # outlets named after a city: "told Kyiv Post", "the Kyiv Independent reported"
    r"\s+(?:post|independent|times|pravda)\b|"
    # "the Kyiv-based Frontelligence group", "a London-based think tank": where an organisation sits, no claim
    r"[-‑](?:based|headquartered)\b|"
    # "a Kharkiv region village", "Toretsk villages": the name only qualifies the noun after it
    r"\s+(?:(?:region|oblast|province|border|frontline|front-line|mining|coal-mining|industrial|port)\s+)?"
    r"(?:villages?|towns?)\b(?!\s+of\b)|"
    # "in Kharkiv, Donetsk oblasts": names before a plural region noun name regions, not towns
    r"(?:\s*(?:,|and)\s*[\w'’-]+)*\s+(?:oblasts|regions|provinces)\b")
_TITLE_BEFORE = compile_re(
    r"\b(?:president|minister|premier|chancellor|leader|chief|mr|mrs|ms|commander|spokes(?:man|woman|person)|"
    r"(?:mil)?blogger|officer|soldier|named|call\s+sign,?|first\s+name,?|surname,?|"
    # ranks: "Lt Col Dmytro Zaporozhets", "полковник Олександр ..."
    r"(?:lieutenant|lt\.?|colonel|col\.?|general|gen\.?|major|maj\.?|captain|capt\.?|sergeant|sgt\.?)(?:\s+\w+)?|"
    r"(?:під)?полковник\w*|(?:под)?полковник\w*|генерал\w*|майор\w*|капітан\w*|капитан\w*|"
    r"глав[аыеуою]|голов[аиуі]|губернатор\w*|governor(?:\s+of)?(?:\s+the)?|президент\w*|министр\w*|міністр\w*|прем'?єр\w*|премьер\w*|военкор\w*|блогер\w*|позивн\w*|позывн\w*)\s+$")
# "в Глушковському районі Курської області", "in the Glushkovo district of Kursk region": a district's oblast
_DISTRICT_BEFORE = compile_re(r"\w+(?:ому|ом|ій|ой|ий|ый)\s+(?:район\w*|окру\w*|громад\w*)\s+$|"
                              r"\bdistrict\s+of\s+(?:the\s+)?$")
_OPEN_QUOTES = frozenset("\"“«„'")
# 'группировки войск "Днепр"', 'угруповання «Дніпро»', 'the "Dnepr" group of forces': a force's name
_FORCE_GROUP_BEFORE = compile_re(r"(?:группировк\w*|угрупован\w*|grouping|"
                                 # 'корпуса "Азов"', 'бригади «Хартія»', 'the "Azov" corps': a unit's name
                                 r"корпус\w*|бригад\w*|полк\w*|батальон\w*|батальйон\w*|дивизи\w*|дивізі\w*|"
                                 r"отряд\w*|загон\w*|corps|brigade|regiment|battalion|division|unit)"
                                 r"\s+(?:войск\s+|військ\s+|of\s+forces\s+)?[\"“«„']\s*$")
# "», — заявил Смирнов в своём канале", "— сказав Лиман": the speaker after a quote, not a place
_QUOTE_SPEAKER_BEFORE = compile_re(r"[—–]\s*(?:заяви\w*|сказа\w*|сообщи\w*|повідоми\w*|отмети\w*|зазначи\w*|"
                                   r"подчеркну\w*|наголоси\w*|добави\w*|дода\w*|поясни\w*|написа\w*|уточни\w*|"
                                   r"считает|вважає|говорит|говорить)\s+$")
# genitive plurals (Катеринок, Тернів, Russian Ставков) and the locative of -ка (в Андріївці)
# (and the fleeting о of a name in -ок: "к Райгородку", "біля Берестка" → Райгородок, Бересток)
_ALT_ENDINGS = (("ок", "ка"), ("ек", "ка"), ("ів", "и"), ("ов", "и"), ("ці", "ка"), ("ка", "ок"), ("ку", "ок"),
                ("ке", "ок"), ("ком", "ок"), ("ці", "ок"),
                # "біля Костянтинополя", "у Костянтинополі": a Ukrainian -піль whose і turns о in the oblique cases
                ("поля", "піль"), ("полі", "піль"), ("полем", "піль"), ("полю", "піль"))
# the second word of "Золотий Колодязь", "Зелений Гай", "Біла Гора": a generic place noun (in its common cases)
_GENERIC_SECOND_CYR = compile_re(r"колод(?:язь|язя|язі|язю|езь|езя|езе|езю|ца|це)|пол[еяі]|га[йюїяе]|кут[аіу]?|"
                                 r"балк[аиіуе]|гор[аиіуеы]|ріг|рог[ау]?|байрак\w*|долин[аиіуы]|луг[аиу]?|двір|двор[аиу]|"
                                 r"хут(?:ір|ор)\w*|шлях\w*|бр(?:і|о)д\w*|клин\w*|лиман\w*|ключ\w*")
# "Степная Новоселовка", "Малая Локня", "Желанне Друге": a two-word name even when the second word is a place
_NEUTER_LOCATIVE_PAIR = compile_re(r"\w+[ои]м \w+(?:ном|ском|вом)")
_INSTRUMENTAL_PAIR = compile_re(r"\w+(?:им \w+(?:[оеє]вим|[иі]ним|ським|цьким)|ою \w+(?:к|н|в|ц)ою)")
_ADJECTIVE_CYR = compile_re(r"(?:ая|яя|ья|ое|ее|ий|ый|ій|ої|ые|ие)$")  # "ые|ие": "Новые Юрковичи"
# "Нову Полтавку", "Велику Новосілку": common adjective stems that start two-word names in any case
_ADJECTIVE_STEM_CYR = compile_re(r"(?:нов|велик|мал|стар|біл|бел|золот|червон|верхн|нижн|сух|зелен|кам['’]?ян|"
                                 r"козач|казач|вільн|вольн|чорн|черн|довг|высок|висок|красн|"
                                 r"общ|спільн|глибок|глубок|широк|середн|средн)(?:а|у|ю|ая|ую|ої|ой|ое|е|"
                                 r"ий|ый|ій|ого|его|ому|ему|ей|ою|ья|ье|ьей|ью|ьи|ом|ем|ым|им|ім)$|"
                                 # soft stems: "Верхня", "Нижньої", "Середнє", "Верхнюю"
                                 r"(?:верхн|нижн|середн)(?:я|є|ьої|ьою|ього|ьому|юю|яя)$")
_SETTLEMENT_NOUN_CYR = compile_re(r"(?:пос[её]л(?:ок|ка|ке)|сел[оаеуі]|селищ[еаіу]|деревн[яиюе]|пгт|смт)\s+$")
# "Вовчанських Хуторів", "Волчанские Хутора": plural adjective + plural generic noun
_PLURAL_ADJ_ENDINGS = ("і", "их", "им", "ими", "ие")
_PLURAL_ADJ_CYR = compile_re(r"(?:ськ|цьк|ск|цк)(і|их|им|ими|ие|ими)$")
_PLURAL_NOUN_CYR = compile_re(r"(?:хутор|двор|будинк|дом)(и|ів|ах|ам|ами|а|ов)")
# "Даченское Донецкой Народной Республики": a genitive oblast adjective is not the second word of a name
_OBLAST_ADJ_CYR = compile_re(r"(?:ской|ськ(?:ої|ій)|цкой|цьк(?:ої|ій)|ского|ського|цкого|цького)$")
_ORDINAL_STEM_CYR = compile_re(r"(?:перш|друг|трет|перв|втор)"
                               r"(?:е|ое|ий|ый|ій|а|ая|ого|ому|ої|ой|ом|ім|ем|у|ую|ю|ья|ье)$")
_ORDINAL_CYR = frozenset({"друге", "другое", "второе", "перше", "первое", "третє", "третье", "перший", "первый",
                          "другий", "второй", "перша", "первая", "друга", "вторая"})
# "Kherson governor Vladimir Saldo", "Владимир Рогов", "доложил Владимиру Путину": a first name before a surname
# (in any case) is no place
_PERSON_NEXT = compile_re(r" [A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+(?:ov|ev|in|sky|skiy|ko|uk|chuk|yan|enko|ов|ев|ин|ский|"
                          r"ський|енко|ук|чук|ян|о)(?:у|а|ым|им|ом|ого|ому|ой|ій|ую|ю|е)?\b(?!\s+(?:район\w*|област\w*|district|raion|oblast|region))")
# "Володимир Артюх", "Vladimir Saldo": a given name that is also a town's name, before any capitalised word
_GIVEN_NAMES = frozenset({"володимир", "владимир", "volodymyr", "vladimir", "олександр", "александр", "oleksandr",
                          "aleksandr", "alexander", "богдан", "bohdan", "сергей", "сергій", "sergei", "sergey",
                          "serhii", "serhiy", "михаил", "михайло", "mykhailo", "mikhail", "иван", "іван", "ivan",
                          "петр", "пётр", "петро", "petro", "pyotr", "николай", "микола", "mykola", "nikolai",
                          "андрей", "андрій", "andriy", "andrei", "дмитрий", "дмитро", "dmytro", "dmitry"})


def _given_name_forms(names: frozenset[str]) -> frozenset[str]:
    """The names with their Russian and Ukrainian case forms ("сергій" → "сергія", "сергію", "сергієм" …)."""
    forms = set(names)
    for name in names:
        if not ("\u0400" <= name[:1] <= "\u04ff"):
            continue
        if name.endswith("й"):
            forms.update(name[:-1] + end for end in ("я", "ю", "єм", "ем", "ї", "е"))
        elif name.endswith(("о", "а")):
            forms.update(name[:-1] + end for end in ("а", "у", "ом", "ою", "ы", "и", "і", "е"))
        else:
            forms.update(name + end for end in ("а", "у", "ом", "ем", "е", "і"))
    return frozenset(forms)


_GIVEN_NAME_FORMS = _given_name_forms(_GIVEN_NAMES)
_ANY_SURNAME = compile_re(r" [A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+\b"
                          r"(?!\s+(?:район\w*|област\w*|district|raion|oblast|region))")
# "Українські військові", "Российские войска": the nationality adjective is not the town of Ukrainsk
_NATIONALITY_ADJ = compile_re(r"(?:українськ(?:і|ий|ої|ого|их|им|ими|ому|е|ій|а|у)|"
                              r"украинск(?:ие|ий|ое|ой|ого|их|им|ими|ую|ому|ая)|российск\w*|російськ\w*)")
# "KYIV, June 12 (Reuters) -": a dateline names where the story was filed
_DATELINE_AFTER = compile_re(r"(?:/[A-Z]{3,})*(?:,\s+[A-Z][a-z]+\.?\s+\d|\s*\((?:Reuters|AP|AFP)\))|"
                             r",\s+(?:Ukraine|Russia)\s*(?:\(|—|–|-)|"
                             r",\s+(?:Ukraine|Russia),\s+[A-Z][a-z]+\.?\s+\d|"  # "LVIV, Ukraine, March 3 (Reuters)"
                             # "ЛУГАНСК, 4 сентября. /ТАСС/.", "КИЇВ, 5 вересня": a Cyrillic wire dateline
                             r",\s+\d{1,2}\s+[а-яёіїєґ]{3,}\b|"
                             r",?\s*\((?:Reuters|AP|AFP|Reuters\)|UNIAN|Ukrinform)\)"
                             # "KYIV — Russian troops crossed ...": a bare dateline before a dash
                             r"|\s*(?:—|–|--)\s|\s+-\s")
# "Kiev (dpa) - ", "Kyiv (PAP) – ": a title-case dateline with any agency's short name in brackets before a dash
# ("Orikhiv (Ukraine) (AFP) – ": the country in brackets before the agency's)
_AGENCY_DATELINE_AFTER = compile_re(r"(?:\s*\([A-Z][a-z]{3,12}\))?\s*\([A-Za-z]{2,12}\)\s*(?:—|–|-{1,2})\s")
_DATELINE_LEAD = compile_re(r"\s*(?:[A-Z][A-Z .'-]+/)+")  # "MOSCOW/KYIV, Dec 14 (Reuters)"
# Latin "Bila Hora", "Mali Shcherbaky", "Zolota Nyva": an adjective that starts a two-word village name
_ADJECTIVE_LATIN = frozenset({"mala", "mali", "male", "malyi", "malaya", "malye", "velyka", "velyki", "velyke",
                              "velykyi", "nova", "novi", "nove", "novyi", "stara", "stari", "stare", "staryi",
                              "bila", "bile", "bili", "zolota", "zolote", "kryva", "chervona", "chervone",
                              "chervonyi", "verkhnia", "nyzhnia", "bolshaya", "belaya", "zolotaya", "krasnyi",
                              "krasnyy", "krasnaya", "sukha", "sukhi", "vilna", "vilne", "sukhyi", "sukhyy",
                              "sukhoi", "sukhoy", "zelena", "zelene", "zelenyi", "kozacha", "kazachya", "kamiana",
                              "chorna", "chorne", "dovha", "vysoka", "vysokyi", "krasna", "krasne", "novaya",
                              "staraya", "malyy", "velykyy", "russkoye", "russkoe", "russkaya", "staroye", "staroe",
                              "novoye", "novoe", "maloye", "maloe", "bolshoye", "bolshoe", "krasnoye", "krasnoe",
                              "zelenoye", "zelenoe", "belenkoye", "cherkasskoye", "cherkasskoe", "bolshiye", "malyye",
                              "zeleny", "zelenyy", "zelenaya", "novy", "stary", "maly", "bely"})
# "Borivska Andriivka", "Vovchanski Khutory": a Latin -ska/-ski adjective before a village name
_ADJECTIVE_SUFFIX_LATIN = compile_re(r"[a-z]{3}(?:ska|ske|ski|skyi|skyy|skaya|skoye|skiye|tska|tske|tski)$")
_ADJECTIVE_ENDINGS_LATIN = ("ska", "ske", "ski", "skyi", "skyy", "skaya", "skoye", "skiye")
_NOT_SECOND_LATIN = frozenset({"oblast", "region", "district", "raion", "hromada", "direction", "axis", "front",
                               "sector", "brigade", "corps", "army", "group", "battalion", "regiment"})
# "Kyiv's forces", "Kyiv did not comment", "Kyiv rejects": the capital stands for the government
_CAPITAL_SUBJECT = compile_re(r"(?:['’]s\s|\s+(?:did|does|has|have|had|is|was|would|will|says?|said|claims?|claimed|"
                              r"den(?:y|ies|ied)|rejects?|rejected|responded|insists?|insisted|accused|accuses|"
                              r"confirm(?:s|ed)?|dismiss(?:es|ed)?|"
                              # "which Kyiv called "a fiction"", "Kyiv branded it propaganda": its verdict
                              r"call(?:s|ed)|describ(?:es|ed)|brand(?:s|ed)|label(?:s|led)|term(?:s|ed)|"
                              # "Kyiv retakes X", "as Kyiv recaptured the village": the government's forces act
                              r"retakes?|retook|recaptur(?:es|ed)|regain(?:s|ed)?|liberat(?:es|ed)|pushe[sd]|"
                              r"launch(?:es|ed)|counterattack(?:s|ed)?)\b)")
_CAPITALS = frozenset({"kyiv", "kiev"})
_CAPITALS_GENITIVE = frozenset({"киева", "києва", "киеву", "києву"})
# "заявления Киева об «освобождении» X", "слова Києва", "по версии Киева", "претензии Киева": the capital in the
# genitive after a statement or position noun is the government that speaks, not a place
_CAPITAL_WORDS_BEFORE = compile_re(r"\b(?:заявлени\w*|заяв[аиуіою]\w*|утверждени\w*|твердженн\w*|позици\w*|позиці\w*|"
                                   r"слова|верси[ийяю]|версі[їя]|требовани\w*|вимог\w*|претензи\w*|претензі\w*|"
                                   r"реляци\w*|ответ\w*|відповід\w*|обвинени\w*|звинувачен\w*|сторон[аыуі])\s+$")
# "a demand that Kyiv withdraw", "urged Kyiv to", "a setback for Kyiv", a headline's closing ": Kyiv": the government
_CAPITAL_ACTOR_AFTER = compile_re(r"\s+(?:withdraws?|must|should|cannot|can['’]t|won['’]t|agree[sd]?|refuse[sd]?|"
                                  r"cede[sd]?|hands?\s+over|wants?|wanted|needs?|hopes?|fears?|warn(?:s|ed)?|"
                                  r"ask(?:s|ed)?|sees?|sent|sends?|to\s+(?:withdraw|cede|hand|give|agree|accept)|"
                                  # "as Kyiv seeks to close a salient", "Kyiv is trying to": the government's aim
                                  r"seeks?|sought|tries|tried|is\s+trying|was\s+trying|aims?|aimed|plans?|planned|"
                                  r"intends?|intended|moved\s+to|moves\s+to)\b")
_CAPITAL_ACTOR_BEFORE = compile_re(r"(?:\b(?:setback|blow|boost|win|victory|headache|problem|embarrassment|brighter|"
                                   r"bleaker|grimmer|worse|better|harder|tougher|news|pressure)\s+(?:for|to|on)|"
                                   r"\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|want(?:s|ed)?|ask(?:s|ed)?)\s+that|"
                                   # "Nobody in Kyiv expects a collapse": people in the capital, its view
                                   r"\b(?:[Nn]obody|[Nn]o\s+one|[Oo]fficials|[Dd]iplomats|[Ff]ew|[Mm]any|[Ee]veryone|[Aa]nyone|[Oo]bservers)\s+in|"
                                   r"\b(?:urg|press|pressur|forc|push)(?:e|es|ed|ing)?|"
                                   # "ruled out any talks with Kyiv": the government one talks with
                                   r"\b(?:talks|negotiations|contacts|dialogue|deal|ties|relations)\s+with)\s+$")
_HEADLINE_TAG_BEFORE = compile_re(r"[:–—-]\s*$")
_UKRAINIAN_TEXT = compile_re("[іїєґІЇЄҐ]")
_BRACKETED = compile_re(r"\s*\(")
# a flattened table row "Village | Oblast | status | date": the cell right after the place's and an oblast adjective
_CELL_GAP = compile_re(r" *\| *")
_CELL_END = compile_re(r" *\|")
_OBLAST_ADJECTIVE = compile_re(r"[\w'’-]+(?:ская|цкая|зская|ська|цька|зька)")
_PARENTHESIS_ANCHOR = compile_re(r"\(\s*[^()]{0,40}$")
# "Khromove, a small settlement on the western edge of Bakhmut", "X, north of Pokrovsk": Y only locates X
_APPOSITION = compile_re(r"\s*,\s+(?:an?|the)\s+[^,;.()\n]{0,60}")
# "X, a village on the outskirts of Y", «X, на восточной окраине Y»: the city after the comma only locates X
_OUTSKIRTS_APPOSITION = compile_re(r"\s*,\s*(?:(?:an?|the)\s+(?:[a-z-]+\s+)?(?:village|town|settlement|suburb)\s+)?"
                                   r"(?:on|at)\s+the\s+(?:[a-z-]+\s+)?(?:outskirts|edge)\s+of\s+|"
                                   r"\s*,\s*(?:(?:сел[оа]|селище|пос[её]лок)\s+)?на\s+(?:[^\W\d_]+\s+)?"
                                   r"(?:окраин[еау]|околиц[іяю])\s+")
# "X, which covers Y from the south", «X, которое прикрывает Y», «X, що прикриває Y»: Y only says what X shields
_COVERS_APPOSITION = compile_re(r"\s*,\s*(?:which|that|котор\w+|як(?:е|ий|а|і)|що)\s+(?:(?:also|тоже|также|також)\s+)?"
                                r"(?:covers|shields|protects|guards|прикрыва\w*|защища\w*|прикрива\w*|захища\w*)\s+|"
                                # «X, откуда открывается направление на Y», «X, звідки відкривається шлях на Y», "X,
                                # which opens the road to Y": Y is where the road from X leads, no claim
                                r"\s*,\s*(?:откуда|звідки|звідти|оттуда|which|from\s+where)\s+(?:\w+\s+)?"
                                r"(?:открыва\w*|откро\w*|відкрива\w*|відкри\w*|opens?|would\s+open)\s+"
                                r"(?:(?:\w+\s+)?(?:направлени\w*|напрям\w*|путь|шлях|дорог\w*|road|way|path|route)\s+)?"
                                r"(?:на|к|до|to|towards?)\s+")
# "the defence of the northern approaches to X", «оборони північно-східних підступів до X», «обороны подступов к X»
_DEFENDED_APPROACHES = compile_re(r"(?:\bоборон\w*|\bdefen[cs]e\s+of(?:\s+the)?)\s+(?:[\w'’-]+\s+)?"
                                  r"(?:підступ\w*\s+до|подступ\w*\s+к|approaches\s+to)\s+$")
_BARE_APPOSITION = compile_re(r"\s*,\s*(?:(?:on|at|in)\s+the\s+)?")  # "X, on the eastern outskirts of Y"
_NOUN_NAMED = compile_re(r"\b(?:villages?\s+of|towns?\s+of|settlements?\s+of|сел[оаеі]|селищ[еаіу]|"
                         r"пос[её]л(?:ок|ка|ке)|island\s+of|остр[іо]в\w*)\s+$")
# "a village near Lyman": the place locates the noun before the anchor, it is not where the claim is
# ("Karantynnyi Island near Kherson", "острів … біля Херсона": an island located by the city)
_NOUN_BEFORE = compile_re(r"\b(?:villages?|towns?|settlements?|hamlets?|suburbs?|islands?|сел[оа]|селищ[еа]|містечк\w*|"
                          r"остр[іо]в\w*|пос[её]л(?:ок|ка)),?\s+$")  # ("took the village, on the edge of X")


_NOUN_IN = compile_re(r"\b(?:an?|one|two|three|several|some)\s+(?:[a-z-]+\s+)?"
                      r"(?:villages?|towns?|settlements?|hamlets?)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+)?$")


# "a military analyst at the National Institute for Strategic Studies in Kyiv", "he told reporters in Kyiv": where an
# organisation sits or where someone spoke, not a place anything happened to
_SEAT_BEFORE = compile_re(r"(?:\b(?:Institute|University|Academy|Cent(?:re|er)|Foundation|College|School|Council)"
                          r"(?:\s+(?:for|of|on|and|the|[A-Z][\w'’-]*))*|\b(?:told|briefed|addressed)\s+(?:reporters|"
                          r"journalists|the\s+media|lawmakers)|\b(?:news|press)\s+conference|\bspeaking)\s+in\s+$")


_QUARTER_AFTER = compile_re(r"['’]s\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*\s+(?:district|neighbou?rhood)\b")


def _own_quarter(lower: str, m: Mention, gaz: Gazetteer) -> bool:
    """"Chasiv Yar's Kanal district": a town's own quarter (the town is the place); "Belgorod's Krasnaya Yaruga
    district" stays a raion its regional capital only names (a town under 200,000 people has no raions)."""
    at = m.end - 2 if m.surface.endswith(("'s", "’s")) else m.end
    if not m.candidates or m.is_region or _QUARTER_AFTER.match(lower, at, m.end + 60) is None:
        return False
    return max(gaz.places[i].population for i in m.candidates) < 200_000


def _seat_in(text: str, m: Mention) -> bool:
    """The name after "in" closes an organisation's name or a place where someone spoke."""
    return text.startswith(" in ", m.start - 4) and _SEAT_BEFORE.search(text, max(0, m.start - 80), m.start) is not None


def _capital_subject(text: str, lower: str, m: Mention) -> bool:
    name = lower[m.start:m.end]
    if name in ("киевом", "києвом"):
        return True  # "из-за переброски Киевом резервов": the capital in the instrumental is the agent, a government
    if name in _CAPITALS_GENITIVE:
        # "заявления Киева о взятии X", "позиція Києва": the government's words, not the city
        return _CAPITAL_WORDS_BEFORE.search(lower, max(0, m.start - 30), m.start) is not None
    if name[-2:] in ("'s", "’s"):
        return name[:-2] in _CAPITALS
    return name in _CAPITALS and (_CAPITAL_SUBJECT.match(text, m.end, m.end + 14) is not None
                                  or _capital_actor(text, m))


_SPEECH_VERB_AFTER = compile_re(r"\s+(?:said|says|told|added|wrote|noted|stated)\b")


def _surname_speaking(lower: str, m: Mention, gaz: Gazetteer) -> bool:
    """"Orlov said …": a one-word Latin name right before a verb of speech is a speaker's surname, not a village
    (a city speaking for its government, "Kyiv said", is a big place)."""
    if " " in m.surface or not m.surface.isascii() or _SPEECH_VERB_AFTER.match(lower, m.end) is None:
        return False
    return not m.candidates or max(gaz.places[i].population for i in m.candidates) < 100_000


def _capital_actor(text: str, m: Mention) -> bool:
    """The capital as the government: a demand or pressure on it, news for it, or a headline's closing source tag."""
    if _CAPITAL_ACTOR_AFTER.match(text, m.end, m.end + 24) is not None:
        return True
    rest = text[m.end:m.end + 8]
    if (m.end + 8 >= len(text) or "\n" in rest) and not rest.split("\n", 1)[0].strip(" .!\"'”’") and \
            _HEADLINE_TAG_BEFORE.search(text, max(0, m.start - 4), m.start):
        return True
    return _CAPITAL_ACTOR_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


@dataclass(slots=True)
class Mention:
    """One place mention in an analysed unit (offsets relative to the unit's text)."""

    start: int
    end: int
    surface: str
    candidates: list[int] = field(default_factory=list)
    is_region: bool = False
    unknown: bool = False
    name_guess: str = ""
    common: bool = False
    anchor: str | None = None
    qualifier: bool = False
    key: str = ""


def _renamed_region(gaz: Gazetteer) -> dict[str, int]:
    """Latin key → region, for the oblasts named after a city that has since been renamed (Dnipropetrovsk Oblast
    and Dnipro, Kirovohrad Oblast and Kropyvnytskyi): a bare old name in today's reporting is the oblast."""
    found = gaz.renamed_regions
    if found is None:
        found = {}
        settlement_names = {loose_key(token_key(p.name, True)) for p in gaz.places
                            if not p.is_region and " " not in p.name}
        for idx, p in enumerate(gaz.places):
            if not p.is_region or not p.name.endswith(" Oblast"):
                continue
            stems = {token_key(a[: -len(" Oblast")], True) for a in p.aliases
                     if a.endswith(" Oblast") and " " not in a[: -len(" Oblast")]}
            if loose_key(token_key(p.name[: -len(" Oblast")], True)) in settlement_names:
                continue  # Kharkiv, Mykolaiv: the city keeps the name, a bare name is the city
            for stem in stems:
                if loose_key(stem) not in settlement_names:
                    found[stem] = idx
        gaz.renamed_regions = found
    return found


def _gap_ok(text: str, a_end: int, b_start: int) -> bool:
    gap = text[a_end:b_start]
    return 0 < len(gap) <= 2 and all(ch in _GAP_OK for ch in gap)


def _in_guillemets(text: str, start: int) -> bool:
    """Inside a short «name» (a group, a unit, a channel); a quoted sentence in guillemets is running text."""
    open_at = text.rfind("«", max(0, start - 40), start)
    if open_at < 0 or text.find("»", open_at, start) >= 0:
        return False
    close = text.find("»", start, open_at + 41)
    return close >= 0 and text.count(" ", open_at, close) <= 3


def _is_cyr(token: str) -> bool:
    return "\u0400" <= token[0] <= "\u04ff"


_TIE_CACHE_LIMIT = 50_000
_DEAD_LIMIT = 200_000


def _tie_break(gaz: Gazetteer, candidates: list[int], surface: str) -> list[int]:
    """Among places whose alias stems equal the text's, keep those whose alias is closest in form."""
    if len(candidates) < 2:
        return candidates
    cache = gaz.tie_cache
    memo_key = (tuple(candidates), surface)
    hit = cache.get(memo_key)
    if hit is not None:
        return list(hit)
    if len(cache) >= _TIE_CACHE_LIMIT:
        cache.clear()
    result = _tie_break_uncached(gaz, candidates, surface)
    cache[memo_key] = result
    return list(result)


def _tie_break_uncached(gaz: Gazetteer, candidates: list[int], surface: str) -> list[int]:
    words = surface.split()
    scored: list[tuple[int, int]] = []
    for idx in candidates:
        best = 99
        for alias in gaz.places[idx].aliases:
            alias_words = alias.split()
            if len(alias_words) != len(words) or not _is_cyr(alias):
                continue
            score = sum(inflection_score(a, w) for a, w in zip(alias_words, words, strict=True))
            best = min(best, score)
        scored.append((best, idx))
    top = min(s for s, _ in scored)
    kept = [idx for s, idx in scored if s == top]
    if top == 0 and len(words) == 1 and surface.endswith("е") and len(kept) < len(scored):
        # "в Димитрове" (Russian locative of the city Димитров) beside a village named Димитрове: the much larger
        # city whose consonant-final name takes the -е stays a candidate (the population decides)
        biggest = max(gaz.places[i].population for i in kept)
        kept += [idx for sc, idx in scored if sc == 1 and gaz.places[idx].population >= max(20000, 5 * biggest)
                 and any(fold(a) == fold(surface[:-1]) for a in gaz.places[idx].aliases if _is_cyr(a))]
    if len(kept) > 1:
        # "у районі Зарічного" beside a city's Зарічний district: a bare name is the village, not a city's district
        # (whose aliases carry "District"/«район»), however many people the district counts
        villages = [idx for idx in kept if not any(_CITY_DISTRICT_ALIAS.search(a) for a in gaz.places[idx].aliases)]
        if villages:
            kept = villages
    return kept


_CITY_DISTRICT_ALIAS = compile_re(r"(?: District| район| [Rr]a[jy]on)$")
_TOWN_POSSESSIVE_BEFORE = compile_re(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s+$")
_CITY_DISTRICT_OF = compile_re(r"\s+(?:micro)?(?:district|район\w*)\s+(?:of|in(?:\s+the\s+\w+\s+of)?|міста|города|"
                               r"у\s+\w+\s+частині|в\s+\w+\s+части)\s")


_ADJ_CASE_ENDS = ("ого", "ому", "ої")
# "X на Костянтинівському напрямку та Y на Олександрівському": the second axis adjective with «напрямку» left out
# is an axis too, not a village Oleksandrivske
_AXIS_ADJ_ENDS = ("ському", "цькому", "ском", "цком")
_AXIS_NAMED_BEFORE = compile_re(r"(?:ському|цькому|ском|цком)\s+(?:напрямк\w*|направлени\w*)[^.!?\n]*$")
# the oblique cases of a Ukrainian masculine name in -ів (Оріхів: Оріхова), and in -їв (Миколаїв: Миколаєва, Миколаєві)
_UK_OV_CASES = ("ова", "ову", "овом", "ові", "єва", "єву", "євом", "єві")


def _no_form_fits(gaz: Gazetteer, candidates: list[int], surface: str) -> bool:
    """No Cyrillic one-word alias of any candidate can inflect into `surface` (memoised in the tie-break cache)."""
    memo_key = (tuple(candidates), "\0" + surface)
    hit = gaz.tie_cache.get(memo_key)
    if hit is not None:
        return bool(hit)
    fits = any(" " not in alias and _is_cyr(alias) and inflection_score(alias, surface) < 3
               for idx in candidates for alias in gaz.places[idx].aliases)
    if len(gaz.tie_cache) >= _TIE_CACHE_LIMIT:
        gaz.tie_cache.clear()
    gaz.tie_cache[memo_key] = [] if fits else [1]
    return not fits


def start_tokens(text: str, tokens: Sequence[tuple[int, int]]) -> list[int]:
    """Indexes of the tokens that can start a mention: the capitalised ones, and #hashtags."""
    if _HASH_OR_AT in text:
        return [j for j, (s, _) in enumerate(tokens) if text[s].isupper() or (s > 0 and text[s - 1] == _HASH_OR_AT)]
    # no hashtag: the capitalised tokens, tested without a Python-level loop (hundreds of tokens per document)
    return list(compress(range(len(tokens)), map(str.isupper, map(text.__getitem__, map(itemgetter(0), tokens)))))


def _central_european(key: str, gaz: Gazetteer) -> str:
    """A German/Polish spelling ("Siwersk", "Tschassiw", "Słowiańsk") takes the English-style key that the
    gazetteer knows (exactly or loosely, alone or as the start of a longer name); any other token keeps its key."""
    alt = central_european_key(key)
    if len(alt) >= 5 and (alt in gaz.index or alt in gaz.prefixes or loose_key(alt) in gaz.loose
                          or loose_key(alt) in gaz.loose_prefixes):
        return alt
    return key


def _central_european_prefix(key: str, gaz: Gazetteer) -> str:
    """A German/Polish spelling that is a gazetteer name of its own ("Charkiw") takes the English-style key only when
    that key starts longer names ("Charkiw region" → "kharkiv region", the oblast)."""
    alt = central_european_key(key)
    return alt if alt in gaz.prefixes else key


def find_mentions(
    text: str,
    lower: str,
    tokens: Sequence[tuple[int, int]],
    gaz: Gazetteer,
    learned: set[str],
) -> list[Mention]:
    """All place mentions in `text` (known, unknown and regions), in order of appearance."""
    mentions: list[Mention] = []
    keys: dict[tuple[int, bool], str] = {}

    def key_of(i: int, first: bool) -> str:
        k = keys.get((i, first))
        if k is None:
            s, e = tokens[i]
            k = token_key(text[s:e], first)
            if k not in prefixes and central_european_key(k) != k:
                k = _central_european(k, gaz) if k not in index else _central_european_prefix(k, gaz)
            keys[(i, first)] = k
        return k

    n_tokens = len(tokens)
    dead = gaz.dead_tokens
    prefixes = gaz.prefixes
    loose_prefixes = gaz.loose_prefixes
    index = gaz.index
    starts = start_tokens(text, tokens)
    guillemets = "«" in text
    next_free = 0
    for i in starts:
        if i < next_free:
            continue
        s, e = tokens[i]
        if e - s < 2 or (guillemets and _in_guillemets(text, s)) or lower[s:e] in _SETTLEMENT_NOUNS:
            continue
        if text.startswith("-", e) and (lower[e - 1] in "oо" or token_key(text[s:e], True) not in gaz.index
                                        or lower[s:e] in _GENERIC_FIRST or e - s <= 4):
            # "Ivano-Darivka", "Posad-Pokrovske": a first part that is no name of its own joins the second ("Рай-
            # Олександрівку": a short first part is no place of its own before a hyphen and a toponym either)
            compound = _hyphen_compound(text, lower, tokens, i, gaz)
            if compound is not None:
                mentions.append(compound)
                learned.add(compound.key)
                next_free = i + 2
                continue
            if lower[e - 1] in "oо" and e + 1 < len(text) and text[e + 1].islower():
                continue  # "Десантно-штурмових військ", "Оперативно-тактичне угруповання": a compound adjective
        token_id = (text[s:e], lower[s:e])
        if token_id in dead:  # known to match no gazetteer name on its own: only an unknown-village slot is left
            dead_key = dead[token_id]
            if dead_key is None:
                continue
            unknown = _unknown_at(text, lower, tokens, i, mentions, learned, dead_key, gaz.first_keys)
            if unknown is not None:
                unknown = _hyphen_tail(text, tokens, i, unknown)
                mentions.append(unknown)
                learned.add(unknown.key)
                next_free = i + 1 + (unknown.end > e)
            continue
        cyr = _is_cyr(text[s:e])
        max_n = min(MAX_ALIAS_TOKENS, n_tokens - i)
        # grow the span only while the keys so far begin some multi-token alias (exact or loose)
        span_n = 1
        prefix = key_of(i, True)
        while (span_n < max_n and _gap_ok(text, tokens[i + span_n - 1][1], tokens[i + span_n][0])
               and (prefix in prefixes or (not cyr and loose_key(prefix) in loose_prefixes))):
            prefix = prefix + " " + key_of(i + span_n, False)
            span_n += 1
        if not cyr and (lower[s:e] in _ADJECTIVE_LATIN or (
                i + 1 < n_tokens and lower[tokens[i + 1][0]:tokens[i + 1][1]] in _GENERIC_SECOND_LATIN) or (
                i + 1 < n_tokens and lower.endswith(_ADJECTIVE_ENDINGS_LATIN, s, e)
                and _ADJECTIVE_SUFFIX_LATIN.search(lower, s, e) is not None
                and (_TOPONYM_LATIN.search(lower, tokens[i + 1][0], tokens[i + 1][1]) is not None
                     or lower.endswith(("ok", "ik", "yk"), tokens[i + 1][0], tokens[i + 1][1])))):
            pair = _latin_pair(text, lower, tokens, i, gaz)
            if pair is not None:
                mentions.append(pair)
                learned.add(pair.key)
                next_free = i + 2
                continue
        matched = False
        for n in range(span_n, 0, -1):
            key = key_of(i, True) if n == 1 else " ".join(key_of(i + j, j == 0) for j in range(n))
            cands = gaz.index.get(key)
            if cands and n == 1 and cyr and lower.endswith(("ов", "ів"), s, e) and _no_form_fits(
                    gaz, list(cands), text[s:e]) and gaz.index.get(token_key(lower[s:e - 2] + "и", True)):
                cands = None  # "в районе Ставков": the genitive plural of Ставки, not a look-alike Ставкове
            if n == 1 and cyr and lower.endswith(_UK_OV_CASES, s, e) and (
                    not cands or _no_form_fits(gaz, list(cands), text[s:e])) \
                    and _UKRAINIAN_TEXT.search(text) is not None:
                # "до Оріхова", "під Оріховом": the Ukrainian і/о alternation of a name in -ів (Оріхів), not the
                # neuter look-alike Оріхове (whose genitive is "Оріхового")
                low_tok = lower[s:e]
                yot = "єв" in low_tok[-4:]
                stem = low_tok[:low_tok.rindex("єв" if yot else "ов")]
                nominative = gaz.index.get(token_key(stem + ("їв" if yot else "ів"), True)) if len(stem) >= 3 else None
                if nominative:
                    cands = nominative
            if not cands and n > 1 and cyr and lower.endswith("ці", s, tokens[i + n - 1][1]) \
                    and tokens[i + n - 1][1] - tokens[i + n - 1][0] > 4:
                # "у Малій Токмачці", "у Великій Новосілці": the locative of a two-word name's -ка noun (к → ц)
                ls, le = tokens[i + n - 1]
                cands = gaz.index.get(" ".join([*(key_of(i + j, j == 0) for j in range(n - 1)),
                                                token_key(lower[ls:le - 2] + "ка", False)]))
            if not cands and n == 1 and cyr:
                low_tok = lower[s:e]
                for ending, repl in _ALT_ENDINGS:
                    if low_tok.endswith(ending) and len(low_tok) > 4:
                        cands = gaz.index.get(token_key(low_tok[: -len(ending)] + repl, True))
                        if cands:
                            break
                if not cands and "овк" in low_tok:
                    # "в Минковке" for Мінківка: the Russian -овка of a Ukrainian -івка with no Russian alias
                    uk_form = low_tok.replace("овк", "івк")
                    cands = gaz.index.get(token_key(uk_form, True)) or gaz.index.get(
                        token_key(uk_form.replace("и", "і"), True))
                if not cands and "і" in low_tok and "ськ" not in low_tok:
                    # "у Малієвку" for Малиевка: a Ukrainian і for the Russian и of a name with only a Russian alias
                    ru_form = low_tok.replace("і", "и")
                    cands = gaz.index.get(token_key(ru_form, True))
                    if not cands and ru_form.endswith("ци"):  # "у Малієвці"
                        cands = gaz.index.get(token_key(ru_form[:-2] + "ка", True))
            if not cands and not cyr and len(key) >= 6:
                cands = gaz.loose.get(loose_key(key))
            if not cands:
                continue
            if n == 1 and cyr:
                pair = _possessive_pair(text, lower, tokens, i) or _ordinal_pair(text, lower, tokens, i) \
                    or _adjective_pair(text, lower, tokens, i, learned)
                if pair is not None:
                    mentions.append(pair)
                    learned.add(pair.key)
                    next_free = i + 2
                    matched = True
                    break
            end = tokens[i + n - 1][1]
            surface = text[s:end]
            cands = list(dict.fromkeys(cands))
            if n == 1 and cyr and lower.endswith(_ADJ_CASE_ENDS, s, e) and _COORD_REGIONS_AFTER.match(lower, e):
                # "на межі Дніпропетровської та Запорізької областей": the first of two regions, no village
                next_free = i + 1
                matched = True
                break
            if n == 1 and cyr and lower.endswith(_ADJ_CASE_ENDS, s, e) and _no_form_fits(gaz, cands, surface):
                # "поблизу Зибиного" when the gazetteer only has Зибини: an adjective-shaped case form that no
                # alias of the candidates can take is an unknown village (Зибине), not the look-alike
                uk = _UKRAINIAN_TEXT.search(text) is not None
                unknown_m = Mention(s, e, surface, [], unknown=True, name_guess=nominative_guess(surface, uk),
                                    key=key)
                mentions.append(unknown_m)
                learned.add(key)
                next_free = i + 1
                matched = True
                break
            if _is_cyr(surface):
                cands = _tie_break(gaz, cands, surface)
            regions = [c for c in cands if gaz.places[c].is_region]
            if regions:
                cands = regions
            elif n == 1 and not cyr:
                renamed = _renamed_region(gaz).get(key)
                if renamed is not None and all(token_key(gaz.places[c].name, True) != key for c in cands):
                    # "Dnipropetrovsk": the old name of a renamed city (Dnipro) that its oblast keeps is the oblast
                    cands, regions = [renamed], [renamed]
            mention = Mention(s, end, surface, cands, is_region=bool(regions), key=key,
                              common=key in COMMON_WORD_KEYS)
            mentions.append(mention)
            next_free = i + n
            matched = True
            break
        if matched:
            continue
        first = key_of(i, True)
        if (span_n == 1 and first not in prefixes and (cyr or loose_key(first) not in loose_prefixes)
                and (cyr or lower[s:e] not in _ADJECTIVE_LATIN)
                and not (cyr and lower.endswith(_UK_OV_CASES, s, e))):  # "Оріхова" depends on the text's language
            if len(dead) >= _DEAD_LIMIT:
                dead.clear()
            dead[token_id] = first if _token_shape(*token_id) is not None else None
        unknown = _unknown_at(text, lower, tokens, i, mentions, learned, first, gaz.first_keys)
        if unknown is not None:
            unknown = _hyphen_tail(text, tokens, i, unknown)
            mentions.append(unknown)
            learned.add(unknown.key)
            next_free = i + 1 + (unknown.end > e)
    if mentions and ("трас" in lower or "шос" in lower or "автодорог" in lower):
        mentions = [m for m in mentions if _ROAD_NAMED_BEFORE.search(lower, max(0, m.start - 50), m.start) is None]
    if mentions and ("link" in lower or "connect" in lower or " пути от" in lower or " шляху від" in lower
                     or "from" in lower) and _may_name_route(lower):
        mentions = [m for m in mentions if _ROUTE_ENDS_BEFORE.search(lower, max(0, m.start - 80), m.start) is None]
    if mentions and _people_gate(lower):
        mentions = [m for m in mentions if _PEOPLE_PLACE.search(lower, max(0, m.start - 60), m.start) is None]
    mentions = [m for m in mentions if not _NOT_A_PLACE.search(lower[max(0, m.start - 30):m.start])
                # "along the Kupiansk-Svatove-Kreminna line", "in the Avdiivka-Donetsk City area": the last town of
                # a hyphenated line or area names the line
                and not (m.start > 1 and text[m.start - 1] in "-–—" and (
                    _HYPHEN_LINE_END.match(lower, m.end) is not None
                    or _MID_TOWN_LINE.match(lower, m.end) is not None or (
                        _THREE_TOWN_LINE_END.match(lower, m.end) is not None
                        and lower.count("-", max(0, m.start - 40), m.start) + lower.count(
                            "–", max(0, m.start - 40), m.start) >= 2)))
                and _HYPHEN_LINE_AFTER.match(lower, m.end) is None
                # "на лівобережжі Дніпра", «левобережье Днепра»: the river's bank (but "правобережжя Херсонщини",
                # the part of a region, is a place)
                and (m.is_region or _RIVERBANK_BEFORE.search(lower, max(0, m.start - 24), m.start) is None)
                and lower[m.start:m.end] not in _EVERYDAY
                # "отбросили врага за Днепр", "відкинули через Дніпро": beyond or across the river, not the city
                and not (lower[m.start:m.end] in ("днепр", "дніпро", "dnipro", "dnieper")
                         and _ACROSS_RIVER_BEFORE.search(lower, max(0, m.start - 24), m.start) is not None)
                # «Восточная часть Юнаковки», «Восточные и центральные кварталы»: a compass adjective of a part of the
                # town, not the village Vostochnoye
                and not (_COMPASS_ADJ_CYR.fullmatch(lower, m.start, m.end) is not None
                         and _PART_NOUN_AFTER.match(lower, m.end) is not None)
                # "очільник Миколаївської ОВА": an oblast's military administration read as a two-word name
                and not m.surface.endswith((" ОВА", " ОДА", " ВЦА", " МВА"))
                and not (lower[m.start:m.end] in _ROAD_WORDS and lower.startswith((" на ", " до ", " к "), m.end))
                and not ((lower.endswith("the ", 0, m.start) or lower.startswith(" island", m.end))
                         and lower[m.start:m.end] in _RIVERS_LATIN)
                and not (_NOT_A_PLACE_AFTER.match(lower, m.end, m.end + 64) and not _own_quarter(lower, m, gaz))
                and not _TITLE_BEFORE.search(lower[max(0, m.start - 30):m.start])
                and not (lower[max(0, m.start - 2):m.start].rstrip()[-1:] in _OPEN_QUOTES
                         and _FORCE_GROUP_BEFORE.search(lower, max(0, m.start - 30), m.start))
                and not (lower[max(0, m.start - 30):m.start].find("—") >= 0 and _QUOTE_SPEAKER_BEFORE.search(
                    lower, max(0, m.start - 30), m.start))
                and not (m.candidates and " " not in m.surface and (
                    _PERSON_NEXT.match(text, m.end)
                    or (lower[m.start:m.end] in _GIVEN_NAME_FORMS and _ANY_SURNAME.match(text, m.end))))
                # "Dmytro Zaporozhets, spokesperson for …": a surname after a given name, not Zaporizke
                and not (" " not in m.surface and m.start >= 3 and text[m.start - 1] == " "
                         and lower[max(0, m.start - 16):m.start - 1].rsplit(" ", 1)[-1] in _GIVEN_NAME_FORMS
                         and text[m.start - 2:m.start - 1].isalpha())
                and not (" " not in m.surface and _NATIONALITY_ADJ.fullmatch(lower, m.start, m.end))
                and not (m.surface.isupper() and (m.start < 3 or _DATELINE_LEAD.fullmatch(text, 0, m.start) is not None)
                         and _DATELINE_AFTER.match(text, m.end, m.end + 30))
                and not (m.start < 3 and _AGENCY_DATELINE_AFTER.match(text, m.end, m.end + 24) is not None)
                and not _force_name(lower, m)
                and not (lower.endswith(" the ", 0, m.start) and not m.is_region
                         and _CROSSING_BEFORE.search(lower, max(0, m.start - 14), m.start) is not None)
                and not (_capital_subject(text, lower, m))
                and not _surname_speaking(lower, m, gaz)
                # "toward the Siverskyi Donets crossings", "the Oskil river": a river, not a settlement of its name
                and not (lower.startswith((" cross", " river"), m.end) and _RIVER_AFTER.match(lower, m.end) is not None)
                # "Widen Oskil Bridgehead Near X", "the Dnipro valley": a river's bridgehead or valley, no settlement
                and not (lower.startswith((" bridgehead", " valley", " floodplain"), m.end)
                         and lower[m.start:m.end] in _RIVERS_LATIN)
                and not _seat_in(text, m)
                and not (lower.endswith((" to ", " and ", " with "), 0, m.start)
                         and _ROAD_TO.search(lower, max(0, m.start - 70), m.start) is not None)
                # ("у Харкові та області", "у Херсоні вибухи": a noun's locative, which the name can take)
                and not (m.candidates and m.surface.endswith(_PLURAL_ADJ_ENDS)
                         and _PLURAL_ADJ_PHRASE.match(text, m.start, m.end + 2) is not None
                         and _FUNCTION_WORD_AFTER.match(lower, m.end) is None
                         and (m.surface.endswith(("ые", "ие")) or _no_form_fits(gaz, m.candidates, m.surface)))
                and not (lower.endswith(_AXIS_ADJ_ENDS, m.start, m.end) and lower.endswith(" на ", 0, m.start)
                         and _AXIS_NAMED_BEFORE.search(lower, max(0, m.start - 160), m.start) is not None)]
    if mentions and ("district" in lower or "район" in lower):
        # "the Zhovtnevyi district in the south of Chasiv Yar", "Шахтарський район міста X": a city's district named
        # with the town it is in is part of that town, no place of its own (the claim is the town's)
        mentions = [m for m in mentions if not (
            m.candidates and all(any(_CITY_DISTRICT_ALIAS.search(a) for a in gaz.places[i].aliases)
                                 for i in m.candidates)
            and ((_CITY_DISTRICT_OF.match(lower, m.start + len(m.surface.split()[0]), m.end + 48)
                  and any(o.start > m.end for o in mentions))
                 # ("Chasiv Yar's Zhovtnevyi District": the town's possessive before it)
                 or _TOWN_POSSESSIVE_BEFORE.search(text, max(0, m.start - 30), m.start) is not None))]
    prior: Mention | None = None  # mentions are in order and do not overlap: the one before m
    for m in mentions:
        _annotate(text, lower, m, mentions, gaz, prior)
        prior = m
    return mentions


def _plural_pair(text: str, lower: str, tokens: Sequence[tuple[int, int]], i: int) -> Mention | None:
    """"Вовчанських Хуторів", "Волчанские Хутора": a plural adjective + plural noun is one unknown village."""
    s, e = tokens[i]
    if i + 1 >= len(tokens) or not lower.endswith(_PLURAL_ADJ_ENDINGS, s, e):
        return None
    pm = _PLURAL_ADJ_CYR.search(lower, s, e)
    if pm is None:
        return None
    ns, ne = tokens[i + 1]
    nm = _PLURAL_NOUN_CYR.fullmatch(lower, ns, ne)
    if nm is None or not text[ns].isupper() or not _gap_ok(text, e, ns):
        return None
    uk = _UKRAINIAN_TEXT.search(text) is not None
    first = text[s:pm.start(1)] + ("і" if uk else "ие")
    stem = text[ns:ne][: nm.start(1) - ns]
    second = stem + ("и" if uk else "а")
    return Mention(s, ne, text[s:ne], [], unknown=True, name_guess=first + " " + second,
                   key=token_key(text[s:e], True))


def _ordinal_pair(text: str, lower: str, tokens: Sequence[tuple[int, int]], i: int) -> Mention | None:
    """"Лиман Первый", "Новоселівка Друга": a name and an ordinal are one village, not the name alone."""
    if i + 1 >= len(tokens):
        return None
    s, e = tokens[i]
    ns, ne = tokens[i + 1]
    if not (_gap_ok(text, e, ns) and text[ns].isupper() and _ORDINAL_STEM_CYR.fullmatch(lower, ns, ne)):
        return None
    uk = _UKRAINIAN_TEXT.search(text) is not None
    guess = nominative_guess(text[s:e], uk) + " " + text[ns:ne]
    return Mention(s, ne, text[s:ne], [], unknown=True, name_guess=guess, key=token_key(text[s:e], True))


def _adjective_pair(text: str, lower: str, tokens: Sequence[tuple[int, int]], i: int,
                    learned: set[str] | None = None) -> Mention | None:
    """"Степная Новоселовка" when only "Степная" is a gazetteer name: one unknown two-word village."""
    plural = _plural_pair(text, lower, tokens, i) or _plural_stem_pair(text, lower, tokens, i)
    if plural is not None:
        return plural
    s, e = tokens[i]
    if _COMPASS_COMPARATIVE.fullmatch(lower, s, e) is not None:
        return None  # "Севернее Купянска идут бои": "north of", an adverb shaped like a neuter adjective
    if i + 1 >= len(tokens) or not (_ADJECTIVE_CYR.search(lower[s:e]) or _ADJECTIVE_STEM_CYR.match(lower[s:e])
                                    or lower.endswith(("ском", "цком"), s, e)):  # "в Черкасском Поречном"
        return None
    ns, ne = tokens[i + 1]
    nxt = text[ns:ne]
    if lower.endswith(_ISLAND_ADJ_NOM, s, e) and _gap_ok(text, e, ns) and nxt[:1].isupper() and _is_cyr(nxt) \
            and _ISLAND_NOUN_BEFORE.search(lower, max(0, s - 12), s) is not None:
        # "острова Великий Потьомкін", "на острове Большой Потёмкинский": a nominative name after the island noun
        key = token_key(text[s:e], True)
        if learned is not None:
            learned.add(_ISLAND_MARK + key)
        return Mention(s, ne, text[s:ne], [], unknown=True, name_guess=text[s:ne], key=key)
    ordinal = _ORDINAL_STEM_CYR.fullmatch(lower, ns, ne) is not None
    # ("населённый пункт Новый Донбасс": after a settlement noun even "Донбасс" is the name's second word)
    after_noun = _SETTLEMENT_NOUN_CYR.search(lower, max(0, s - 10), s) is not None or lower.endswith("пункт ", 0, s)
    two_words = lower[s:e] + " " + lower[ns:ne]  # for the case-pair shapes below
    if not (_gap_ok(text, e, ns) and nxt[:1].isupper() and _is_cyr(nxt) and (lower[ns:ne] not in _BLOCK or after_noun)
            and (ordinal or (_TOPONYM_CYR.search(lower[ns:ne]) and not _ADJECTIVE_CYR.search(lower[ns:ne]))
                 # "Золотий Колодязь", "Сухий Яр", "Зелений Гай": a generic place noun as the second word
                 or _GENERIC_SECOND_CYR.fullmatch(lower, ns, ne) is not None
                 # "в посёлок Новый Путь": after a settlement noun any capitalised noun is the name's second word
                 or (not _ADJECTIVE_CYR.search(lower[ns:ne]) and after_noun)
                 # "Верхня Терса", "Верхню Терсу", "Нижньої Терси": a feminine adjective of a name-starting stem
                 # and a noun in the same feminine case, whatever the noun's ending
                 or _feminine_agrees(lower[s:e], lower[ns:ne])
                 # "над Новим Шаховим", "за Новою Полтавкою": an adjective and a name in the same instrumental
                 or _INSTRUMENTAL_PAIR.fullmatch(two_words) is not None
                 # "освобождены Черкасское Поречное": a Russian neuter name whose noun is adjective-shaped too
                 or (lower.endswith(("ое", "ее"), s, e) and lower.endswith(("ное", "ское", "вое", "лье", "ье"), ns, ne))
                 or _NEUTER_LOCATIVE_PAIR.fullmatch(two_words) is not None)
            and not _OBLAST_ADJ_CYR.search(lower[ns:ne])):  # "Терноватое Запорожской области": no second word
        return None
    uk = _UKRAINIAN_TEXT.search(text) is not None  # "Нового Шахового" in Ukrainian text → "Нове Шахове"
    key = token_key(text[s:e], True)
    if learned is not None and (
            (lower.find("остр", ne, ne + 40) >= 0 and _ISLAND_AFTER.match(lower, ne) is not None)
            or _ISLAND_MARK + key in learned):
        # "на Великому Потьомкінському острові" (and the same name later without the noun): an island, masculine
        learned.add(_ISLAND_MARK + key)
        return Mention(s, ne, text[s:ne], [], unknown=True,
                       name_guess=_masculine(text[s:e], uk) + " " + _masculine(nxt, uk), key=key)
    second = nominative_guess(nxt, uk)
    if lower[s:e].endswith("ої") and second == nxt and nxt[-1:] in "иі":
        second = nxt[:-1] + "а"  # "Золотої Ниви" → "Золота Нива"
    first = nominative_guess(text[s:e], uk)
    if second[-1:] in "ая" and first[-1:] in "ую":
        # "Нову Полтавку" → "Нова Полтавка"; the Russian "Новую", "Верхнюю" → "Новая", "Верхняя"
        first = first[:-2] + ("ая" if first.endswith("ую") else "яя") if first.endswith(("ую", "юю")) else \
            first[:-1] + ("а" if first[-1] == "у" else "я")
    if second == nxt and (pair := _feminine_pair_nominative(text[s:e], nxt, uk)) is not None:
        # "зачистили Малую Локню", "на Казачью Локню" → "Малая Локня", "Казачья Локня": a feminine accusative (a
        # soft noun in -ю, a hard one in -у)
        first, second = pair.split(" ", 1)
    feminine = None if uk else _feminine_oblique(text[s:e], nxt)
    if feminine is not None:
        first, second = feminine.split(" ", 1)
    if not uk and _NEUTER_LOCATIVE_PAIR.fullmatch(two_words) is not None:
        first, second = text[s:e][:-2] + "ое", nxt[:-2] + "ое"  # "в Черкасском Поречном" → "Черкасское Поречное"
    if lower[s:e].endswith("им") and _INSTRUMENTAL_PAIR.fullmatch(two_words) is not None:
        first, second = text[s:e][:-2] + "е", nxt[:-2] + "е"  # "над Новим Шаховим" → "Нове Шахове": a neuter name
    if nxt[-2:].lower() in ("ой", "ою") and lower[s:e][-2:] in ("ой", "ою"):
        # "над Белой Горой", "Білою Горою": a feminine name in the instrumental
        first, second = text[s:e][:-2] + ("а" if uk else "ая"), nxt[:-2] + "а"
    if lower[s:e].endswith(("ого", "его")) and lower[ns:ne].endswith(("аю", "ою", "ею", "єю")):
        # "із Зеленого Гаю" → "Зелений Гай": a masculine adjective's genitive and a й-stem noun's
        first, second = _masculine(text[s:e], uk), nxt[:-1] + "й"
    if second == nxt and first[-1:] == "е" and lower[s:e].endswith(("ого", "его")) and len(nxt) > 3 \
            and lower[ne - 2:ne] in ("ля", "ря"):
        second = nxt[:-1] + "е"  # "Вільного Поля", «Вольного Поля» → "Вільне Поле": a neuter noun's genitive in -я
    soft = _soft_masculine_nominative(lower[ns:ne]) if lower[s:e].endswith(_MASC_ENDS) else None
    if soft is not None:
        # "от Зеленого Гая", "у Золотого Колодезя", "в Зеленом Гае": a masculine adjective's case and a й/ь-stem
        # noun's (Russian genitive/prepositional) → "Зеленый Гай", "Золотой Колодезь", not the look-alike Зелене
        first, second = _masculine(text[s:e], uk), nxt[:1] + soft[1:]
        if not uk and _STRESSED_OI_STEM.fullmatch(first.lower()[:-2]) is not None:
            first = first[:-2] + "ой"  # "Золотого" → "Золотой": an end-stressed Russian adjective
    if not uk and _feminine_agrees(lower[s:e], lower[ns:ne]) and lower[ns:ne][-1:] == "е" \
            and lower[s:e].endswith(("ой", "ей")):
        # "в Нижней Терсе", "в Новой Полтавке" → "Нижняя Терса", "Новая Полтавка": the Russian feminine
        # prepositional's nominative
        first = text[s:e][:-2] + ("яя" if lower[s:e].endswith("ней") else "ая")
        second = nxt[:-1] + "а" if second == nxt else second
    elif _feminine_agrees(lower[s:e], lower[ns:ne]) and lower[ns:ne][-1:] in "уюі" and (
            second == nxt or lower[s:e].endswith("ій")):
        # ("у Малій Токмачці": the noun's nominative already guessed from its ending, the adjective's still to make)
        # "Верхню Терсу", "у Верхній Терсі" → "Верхня Терса": the feminine accusative or locative's nominative
        low1 = lower[s:e]
        soft_stem = low1.endswith(("ню", "ній", "ьій", "юю"))
        if low1.endswith(("ую", "юю")):
            first = text[s:e][:-2] + ("ая" if low1.endswith("ую") else "яя")
        elif low1.endswith(("ій", "ьій")):
            first = text[s:e][:-(3 if low1.endswith("ьій") else 2)] + ("я" if soft_stem else "а")
        else:
            first = text[s:e][:-1] + ("я" if soft_stem else "а")
        if second == nxt:
            second = nxt[:-1] + ("я" if lower[ns:ne].endswith("ю") else "а")
    guess = first + " " + second
    return Mention(s, ne, text[s:ne], [], unknown=True, name_guess=guess, key=key)


# "Русиного Яру", "Попового Яру", "Кучеровом Яру", "Русина Яра": a possessive first word (a surname-like stem in
# -ов/-ин/-ін) before the masculine noun "Яр" is the short possessive of the name — Русин Яр, Попів Яр (Ukrainian -ов-
# → -ів), Кучеров Яр — not a neuter -е adjective nor the look-alike Popovo; relative adjectives of plants and
# landscape ("Березового", "Степового") keep the long form
_YAR_CASE = compile_re(r"яр(?:у|а|і|ом|е)?")
_POSSESSIVE_CASE = compile_re(r"([^\W\d_]{2,}(?:ов|ин|ін|їн))(?:ого|ому|ім|им|ым|ом|а|у)")
_RELATIVE_OV_STEM = compile_re(r"(?:берез|бер[её]з|дуб|лип|груш|степ|поль|пол|сад|вишн|клен|бук|сосн|ялин|ельн|горіх|"
                               r"орех|тополь|верб|ясен|осик|осин|бузк|сирен|мох|мш|ліс|лес|кам|крейд|мел|торф|зерн|бор)"
                               r"(?:ов|ин|ін)$")


def _possessive_yar(first: str, second: str, uk: bool) -> str | None:
    """The nominative "Попів Яр" of "Попового Яру" (None unless a possessive stem precedes a case form of "Яр")."""
    if _YAR_CASE.fullmatch(second.lower()) is None:
        return None
    low = first.lower()
    if second.lower() == "яр" and len(low) >= 5 and low.endswith(("ів", "їв", "ов", "ин", "ін", "їн")):
        return first + " " + second  # "Кучерів Яр", "Русин Яр": the nominative already
    m = _POSSESSIVE_CASE.fullmatch(low)
    if m is None or _RELATIVE_OV_STEM.search(m.group(1)) is not None:
        return None
    stem = first[: m.end(1)]
    if uk and stem.endswith("ов"):
        stem = stem[:-2] + "ів"
    return stem + " " + second[:1] + "р"


# (feminine adjective endings, the same case's noun endings): nominative, accusative, genitive, dative/locative
_SOFT_FEMININE_ENDS = ("нь", "ль", "сь", "зь", "дь", "ць")
# (the Ukrainian nominative "Золота Нива", "Нова Полтавка" too: a stem's short -а form)
_FEMININE_CASES = ((("ая", "яя", "ня", "ьа", "ота", "ова", "ика", "іла", "ела", "рна", "ена"), ("а", "я")),
                   (("ую", "юю", "ню"), ("у", "ю")),
                   (("ої", "ьої", "ой", "ей"), ("и", "і", "ы")), (("ій", "ьій"), ("і",)),
                   (("ой", "ей"), ("е",)))


def _feminine_agrees(first: str, second: str) -> bool:
    """True when `first` is a feminine case form of a common name-starting adjective stem (верхн-, нов-, велик-) and
    `second` a noun of at least four letters in the same feminine case ("Верхню Терсу", not "Нову Пошту" alone)."""
    if len(second) < 4 or _ADJECTIVE_STEM_CYR.match(first) is None or _ADJECTIVE_CYR.search(second) is not None:
        return False
    if first.endswith("у") and not first.endswith(("ому", "ему")) and second.endswith(_SOFT_FEMININE_ENDS):
        return True  # "Стару Басань": a Ukrainian feminine accusative and a soft noun that keeps its nominative
    return any(first.endswith(adj) and second.endswith(noun) for adj, noun in _FEMININE_CASES)


def _feminine_oblique(first: str, second: str) -> str | None:
    """"Малой Локни" → "Малая Локня", "Казачьей Локни" → "Казачья Локня", "Белой Горы" → "Белая Гора": a Russian
    feminine adjective in -ой/-ей before a noun in -и/-ы is the pair's genitive (None for any other shape)."""
    low, low2 = first.lower(), second.lower()
    if len(first) < 4 or len(second) < 4 or not low.endswith(("ой", "ей")) or not low2.endswith(("и", "ы")):
        return None
    if low.endswith("ьей"):
        adj = first[:-2] + "я"
    elif low.endswith("ней"):
        adj = first[:-2] + "яя"
    elif low.endswith("ей") and low[-3:-2] not in "жшчщ":
        return None
    else:
        adj = first[:-2] + "ая"
    hard = low2.endswith("ы") or low2[-2:-1] in "кгхжшчщц"
    return adj + " " + second[:-1] + ("а" if hard else "я")


def _feminine_pair_nominative(first: str, second: str, uk: bool) -> str | None:
    """The nominative of a feminine two-word name in the accusative ("Малую Локню", Ukrainian "Малу Локню") or the
    Ukrainian genitive ("Козачої Локні"); None for any other shape. A soft noun keeps its softness (-ю, -і → -я)."""
    low, low2 = first.lower(), second.lower()
    if len(first) < 4 or len(second) < 4 or _ADJECTIVE_CYR.search(low2) is not None:
        return None
    if low2.endswith(("у", "ю")) and (low.endswith(("ую", "юю", "ью")) if not uk else low.endswith(("у", "ю"))):
        if uk:
            adj = first[:-1] + ("я" if low.endswith("ю") else "а")
        else:
            adj = first[:-2] + ("ья" if low.endswith("ью") else "яя" if low.endswith("юю") else "ая")
        return adj + " " + second[:-1] + ("я" if low2.endswith("ю") else "а")
    if uk and low.endswith("у") and not low.endswith(("ому", "ему")) and low2.endswith(_SOFT_FEMININE_ENDS):
        return first[:-1] + "а" + " " + second  # "Стару Басань" → "Стара Басань"
    if uk and low.endswith("ої") and low2.endswith(("і", "и")):
        adj = first[:-3] + ("я" if low.endswith("ьої") else "а") if low.endswith("ьої") else first[:-2] + "а"
        soft = low2.endswith("і") and low2[-2:-1] not in "жчшщ"
        return adj + " " + second[:-1] + ("я" if soft else "а")
    return None


def _possessive_pair(text: str, lower: str, tokens: Sequence[tuple[int, int]], i: int) -> Mention | None:
    """"поблизу Попового Яру" when "Попового" alone looks like Popovo: one unknown village Попів Яр."""
    if i + 1 >= len(tokens):
        return None
    s, e = tokens[i]
    ns, ne = tokens[i + 1]
    if not (_gap_ok(text, e, ns) and text[e:ns] == " " and text[ns:ns + 1].isupper()):
        return None
    guess = _possessive_yar(text[s:e], text[ns:ne], _UKRAINIAN_TEXT.search(text) is not None)
    if guess is None:
        return None
    return Mention(s, ne, text[s:ne], [], unknown=True, name_guess=guess, key=token_key(text[s:e], True))


def _latin_pair(text: str, lower: str, tokens: Sequence[tuple[int, int]], i: int, gaz: Gazetteer) -> Mention | None:
    """"Bila Hora", "Mali Shcherbaky" missing from the gazetteer: one unknown two-word village."""
    s, e = tokens[i]
    if i + 1 >= len(tokens):
        return None
    ns, ne = tokens[i + 1]
    nxt = text[ns:ne]
    if not (_gap_ok(text, e, ns) and text[e:ns] in (" ", "_") and nxt[:1].isupper() and len(nxt) >= 3
            and not _is_cyr(nxt) and lower[ns:ne] not in _BLOCK and lower[ns:ne] not in _NOT_SECOND_LATIN):
        return None
    key = token_key(text[s:e], True) + " " + token_key(nxt, False)
    if key in gaz.index or key in gaz.prefixes:
        return None
    return Mention(s, ne, text[s:ne], [], unknown=True, name_guess=text[s:ne].replace("_", " "), key=key)


# "Великому Потьомкінському острові", "Большой Потёмкинский остров": one or two adjectives before an island noun
_ISLAND_AFTER = compile_re(r"(?:\s+[^\W\d_]+(?:ий|ій|ый|ой|ого|ому|ім|им|ым|ом))?\s+остр(?:ів|ова|ові|овом|ов|ове)\b")
_ISLAND_ADJ_NOM = ("ий", "ій", "ый", "ой")
_ISLAND_NOUN_BEFORE = compile_re(r"\bостр(?:ів|ова|ові|ов|ове|овом)\s+$")
_MASC_ENDS = ("ому", "ого", "ему", "его", "ім", "им", "ым", "ом")
_ISLAND_ADJ_ENDS = ("ий", "ій", "ый", "ой", "ого", "ому", "ім", "им", "ым", "ом")
_ISLAND_MARK = "\x00island:"  # in `learned`: a name key first seen before an island noun


_SOFT_MASCULINE = (("гаю", "гай"), ("гая", "гай"), ("гае", "гай"), ("гаї", "гай"), ("колодезя", "колодезь"),
                   ("колодезе", "колодезь"), ("колодезю", "колодезь"), ("колодязя", "колодязь"),
                   ("колодязі", "колодязь"), ("колодязю", "колодязь"),
                   # "у Нового Пути", "Ленинского Пути" → "Новый Путь": путь's irregular case forms
                   ("пути", "путь"), ("путём", "путь"), ("путем", "путь"))


# Russian adjective stems of place names stressed on the ending (nominative -ой, not -ый/-ий)
_STRESSED_OI_STEM = compile_re(r"золот|молод|сух|голуб|крут|прям|свят|больш|сед|прост|лесн|степн|луговск|полев")


def _soft_masculine_nominative(low: str) -> str | None:
    """"гая" → "гай", "колодезя" → "колодезь": the nominative of a case form of a generic й/ь-stem place noun."""
    for case, nominative in _SOFT_MASCULINE:
        if low == case:
            return nominative
    return None


def _masculine(word: str, uk: bool) -> str:
    """The masculine nominative of an adjective in an island's name ("Потьомкінському" → "Потьомкінський")."""
    low = word.lower()
    if low.endswith(("ий", "ій", "ый", "ой")):
        return word
    for ending in _MASC_ENDS:
        if low.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if not uk and _STRESSED_OI_STEM.fullmatch(stem.lower()):
                return stem + "ой"  # "Большом Потемкинском острове" → "Большой"
            return stem + ("ий" if uk or stem[-1:].lower() in "кгхжшчщ" else "ый")
    return word


# "Малих Щербаків", "Великих Прохід", "Малых Щербаков": a plural adjective of a common stem and a plural noun
_PLURAL_STEM_ADJ = compile_re(r"(?:нов|велик|мал|стар|верхн|нижн|біл|бел|сух|зелен|червон|красн)"
                              r"(их|ых|і|ые|ие|им|ым|ими|ыми)")
_PLURAL_NOM_NOUN = compile_re(r"[^\W\d_]{3,}?[ыи]")  # "Щербаки", "Хутора" is no plural in -и/-ы (left alone)
_COMPASS_COMPARATIVE = compile_re(r"(?:(?:северо|юго)-)?(?:север|юж|восточ|запад)нее|"
                                  r"(?:(?:північно|південно)-)?(?:північн|південн|східн|західн)іше")
_COMPASS_ADJ_CYR = compile_re(r"(?:восточн|западн|северн|южн|східн|західн|північн|південн|центральн)\w*")
_PART_NOUN_AFTER = compile_re(r"(?:\s+(?:и|і|та|й)\s+[\w-]+)?\s+(?:част\w*|окраин\w*|околиц\w*|квартал\w*|район\w*|"
                              r"микрорайон\w*|мікрорайон\w*|сектор\w*|промзон\w*|фланг\w*|берег\w*|"
                              r"направлени\w*|напрям\w*|окраїн\w*)\b")
_HARD_CONSONANTS = frozenset("бвгдзклмнпрстфхцчшщ")
_PLURAL_CASE_NOUN = compile_re(r"[^\W\d_]{3,}?(ів|ов|ах|ам|ами)")
# "біля X", "в районах X": an area preposition before a two-word plural name
# ("у Малых Щербаков", "в Малых Щербаках", "у Малих Щербаках": "у"/"в" too, as in a digest's "атака у X отбита")
_MID_SENTENCE = compile_re(r"[\w,:;)»]\s+$")  # a lower word or a comma right before: not a sentence's first word
_AREA_SLOT = compile_re(r"(?:біля|поблизу|під|около|возле|под|вблизи|районі|районах|районе|\bу|\bв|"
                        # "про захоплення Малих Щербаків", "об освобождении Малых Щербаков": a capture's noun
                        r"захопленн[яюі]|звільненн[яюі]|освобождени[еяию]|взяти[еяию]|взятт[яюі]|захват[аеу]?)\s+$")


def _plural_stem_pair(text: str, lower: str, tokens: Sequence[tuple[int, int]], i: int) -> Mention | None:
    """The nominative of a plural two-word name: "Малих Щербаків" → "Малі Щербаки", "Малых Щербаков" → "Малые
    Щербаки"."""
    s, e = tokens[i]
    if i + 1 >= len(tokens):
        return None
    adj = _PLURAL_STEM_ADJ.fullmatch(lower, s, e)
    ns, ne = tokens[i + 1]
    nm = _PLURAL_CASE_NOUN.fullmatch(lower, ns, ne)
    if adj is not None and nm is None and adj.group(1) in ("і", "ые", "ие") and text[ns:ns + 1].isupper() and \
            _PLURAL_NOM_NOUN.fullmatch(lower, ns, ne) and _gap_ok(text, e, ns) and lower[ns:ne] not in _BLOCK:
        # "контратаки на Малые Щербаки", "відбити Малі Щербаки": the nominative (or accusative) is the name itself
        return Mention(s, ne, text[s:ne], [], unknown=True, name_guess=text[s:ne], key=token_key(text[s:e], True))
    if adj is not None and nm is None and adj.group(1) in ("их", "ых") and text[ns:ns + 1].isupper() and \
            ne - ns >= 2 and lower[ne - 1] in _HARD_CONSONANTS and _gap_ok(text, e, ns) and lower[ns:ne] not in _BLOCK:
        # "в районе Старых Терн", "у Сухих Ял": a genitive plural noun with no ending (Терны, Ялы)
        uk = _UKRAINIAN_TEXT.search(text) is not None
        first = text[s:adj.start(1)] + ("і" if uk else "ие" if adj.group(1).startswith("и") else "ые")
        noun = text[ns:ne]
        return Mention(s, ne, text[s:ne], [], unknown=True,
                       name_guess=first + " " + noun + ("и" if uk or noun[-1:].lower() in "кгхжшчщ" else "ы"),
                       key=token_key(text[s:e], True))
    if adj is None or nm is None or not text[ns].isupper() or not _gap_ok(text, e, ns) or lower[ns:ne] in _BLOCK:
        return None
    uk = _UKRAINIAN_TEXT.search(text) is not None
    # (Russian "Малых" → "Малые", but "Великих", "Нижних" → "Великие", "Нижние": -их keeps its и)
    first = text[s:adj.start(1)] + ("і" if uk else "ие" if adj.group(1).startswith("и") else "ые")
    noun = text[ns:nm.start(1)]
    second = noun + ("и" if uk or noun[-1:].lower() in "кгхжшчщ" else "ы")
    return Mention(s, ne, text[s:ne], [], unknown=True, name_guess=first + " " + second,
                   key=token_key(text[s:e], True))


def _hyphen_tail(text: str, tokens: Sequence[tuple[int, int]], i: int, m: Mention) -> Mention:
    """"населённые пункты Клебан-Бык и ...": an unknown village in a slot keeps a short capitalised part after a
    hyphen (too short for `_hyphen_compound`) as part of its name."""
    s, e = tokens[i]
    if m.end != e or i + 1 >= len(tokens) or not text.startswith("-", e):
        return m
    ns, ne = tokens[i + 1]
    nxt = text[ns:ne]
    if ns != e + 1 or ne - ns < 3 or not nxt[:1].isupper() or _is_cyr(nxt) != _is_cyr(text[s:e]):
        return m
    return Mention(m.start, ne, text[m.start:ne], [], unknown=True, name_guess=(m.name_guess or m.surface) + "-" + nxt,
                   key=m.key)


_HYPHEN_PREP = r"(?:^|\s)(?:near|around|outside|біля|поблизу|поруч\s+із|около|возле|вблизи|під|под)\s+"
# (or second in a pair after one: "поблизу Костянтинівки та Клебан-Бика")
_HYPHEN_SLOT_BEFORE = compile_re(_HYPHEN_PREP + r"(?:[\w'’-]+\s+(?:та|і|й|и|and)\s+)?$")

_GENITIVE_SLOT_BEFORE = compile_re(r"(?:^|\s)(?:біля|поблизу|около|возле|вблизи)\s+(?:[\w'’-]+\s+(?:та|і|й|и)\s+)?$")


def _hyphen_compound(text: str, lower: str, tokens: Sequence[tuple[int, int]], i: int,
                     gaz: Gazetteer) -> Mention | None:
    """"Ivano-Darivka", "Олександро-Шультине" missing from the gazetteer: one unknown village, not its second part."""
    s, e = tokens[i]
    if i + 1 >= len(tokens) or e - s < 3:
        return None
    ns, ne = tokens[i + 1]
    nxt = text[ns:ne]
    cyr = _is_cyr(text[s:e])
    # "near Kleban-Byk", "поблизу Клебан-Бика": two capitalised words joined by a hyphen right after a locative
    # preposition name one village, whatever the second word's length or ending
    slot = _HYPHEN_SLOT_BEFORE.search(lower, max(0, s - 40), s) is not None
    if (ns != e + 1 or not nxt[:1].isupper() or _is_cyr(nxt) != cyr or lower[s:e] in _BLOCK
            or lower[ns:ne] in _BLOCK or len(nxt) < (3 if slot else 4)):
        return None
    key = token_key(text[s:e], True) + " " + token_key(nxt, False)
    if key in gaz.index or key in gaz.prefixes:
        return None  # Ivano-Frankivsk, Kupiansk-Vuzlovyi: a gazetteer name
    if cyr:
        first = lower[s:e]
        for ending, repl in _ALT_ENDINGS:
            if first.endswith(ending) and len(first) > 4:
                # "Пісків-Радьківських": a genitive plural first part of a gazetteer name (Піски-Радьківські)
                head = token_key(first[: -len(ending)] + repl, True) + " "
                alt = head + token_key(nxt, False)
                cands = gaz.index.get(alt)
                if not cands and nxt.endswith(("их", "ых")):  # the plural adjective's nominative: Оріхових → Оріхові
                    alt = head + token_key(nxt[:-2] + ("і" if nxt.endswith("их") else "ые"), False)
                    cands = gaz.index.get(alt)
                if cands:
                    surface = text[s:ne]
                    return Mention(s, ne, surface, _tie_break(gaz, list(dict.fromkeys(cands)), surface), key=alt)
    second = lower[ns:ne]
    if not ((_TOPONYM_CYR if cyr else _TOPONYM_LATIN).search(second) or token_key(nxt, True) in gaz.index or (
            slot and nxt[1:].islower() and text[s + 1:e].islower())):
        return None
    tail = nominative_guess(nxt, _UKRAINIAN_TEXT.search(text) is not None) if cyr else nxt
    if cyr and slot and tail == nxt and len(nxt) <= 5 and nxt.endswith("а") and nxt[-2:-1] not in CYR_VOWELS and \
            _GENITIVE_SLOT_BEFORE.search(lower, max(0, s - 40), s) is not None:
        tail = nxt[:-1]  # "поблизу Клебан-Бика": after a genitive preposition a short "-а" is a masculine's ending
    guess = text[s:e] + "-" + tail
    return Mention(s, ne, text[s:ne], [], unknown=True, name_guess=guess, key=key)


# a status line's topic: "• Hrekivka: grey zone → RU", "Vyimka — Russian-held", "Фиголівка — «сіра зона»": the
# first word of a line before a dash or colon and a control status names a place whatever the gazetteer says
_STATUS_TOPIC_AFTER = compile_re(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[:—–]|\s-)\s*[«\"“]?(?:gr[ae]y\s+zone|contested|(?:ru|ua)\b|now\s+(?:ru|ua)\b|"
    r"russian-(?:held|controlled)|ukrainian-(?:held|controlled)|сер(?:ая|ой)\s+зон|сір(?:а|ій)\s+зон|"
    r"без\s+(?:изменений|змін)|no\s+change|"
    # "Никанорівка — українська 🇺🇦", "X — наш": a status line's topic too
    r"(?:українськ|украинск|російськ|российск)(?:а|е|ий|ая|ое|ий|ой)\b|наш(?:а|е|и)?\b)")
_LINE_LEAD = compile_re(r"(?:^|\n)[\s•·▪◾*>\-\u2022\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]*$")
_COORD_REGIONS_AFTER = compile_re(r"\s+(?:і|й|и|та|and)\s+[\w'’-]{3,}\s+(?:областей|областях|областями|областям|"
                                  r"oblasts|regions)\b")
_ISLAND_WORD = compile_re(r"\bостр(?:ів|ова|ові|ов|ове|овом)\b|\bislands?\b")
_ISLAND_IN_GAP = compile_re(r"(?:\s+(?:остр[оі]в\w*))?\s+(?:у|в|біля|под|під|near|in)\s+")
_SENTENCE_LEAD = compile_re(r"[.!?…][\"»”]?\s+$")
_FLAG_MARK_ENDS = ("\u2705", "\u27A1", "\u2B06", "\u2611", "\uFE0F", "n")  # ✅ ➡️ ⬆️ ☑️, "still in"
_SLOT_END_CHARS = "_\"“”«»':—–"  # ":", "—": "освободили 5 населённых пунктов: X, Y", "… пунктов — X, Y"


def may_end_in_slot(before: str) -> bool:
    """False when none of the slot patterns before a name (`_PLACE_NOUN`, `_CAPTURE_BEFORE`, `_STRONG_SLOT`) can
    match `before`: each ends in a word (or "н.п.", or a quote) and then whitespace up to the end. Most capitalised
    words start a sentence, after a full stop: one string test instead of three regex searches over the window."""
    tail = before.rstrip()
    if not tail or len(tail) == len(before):
        return False
    last = tail[-1]
    return last.isalnum() or last in _SLOT_END_CHARS or tail.endswith("п.")


@lru_cache(maxsize=65536)
def _token_shape(token: str, low: str) -> tuple[bool, bool] | None:
    """(Cyrillic, toponymic ending) of a token that could name an unknown village, None when it never can."""
    if len(token) < 4 or low in _BLOCK or not token[0].isupper():
        return None
    cyr = _is_cyr(token)
    return cyr, bool((_TOPONYM_CYR if cyr else _TOPONYM_LATIN).search(low))


# "біля Ступочок", "захоплення Ступочок": a word that governs the genitive, after which a name in -ок/-ек is a
# genitive plural (a masculine -ок name would read "Городка" there)
_MASC_OK_GENITIVE = compile_re(r"[бвгджзлмнпрт]ка$")
_GENITIVE_GOVERNOR_BEFORE = compile_re(r"(?:^|[\s(«\"])(?:біля|поблизу|неподалік|районі|району|до|від|із|з|"
                                       r"захоплення|звільнення|взяття|окраїн\w*|околиц\w*|штурм\w*|"
                                       r"около|возле|вблизи|районе|от|из|захвата|освобождения|окраин\w*|"
                                       r"районах|районов|районів)\s+$")
# a list item before a name: "у районах Новоплатонівки, " — the governor before the list governs its every name
_LIST_ITEM_BEFORE = compile_re(r"[А-ЯЁІЇЄҐ][\w'’-]+(?:\s*,\s*|\s+(?:и|і|та|й)\s+|\s*,\s*(?:и|і|та)\s+)$")
# a masculine name's genitive in a genitive slot ("біля Рідкодуба" → Рідкодуб): a feminine -а reads -и/-ы there
_MASC_A_GENITIVE = compile_re(r"(?:[бвгджзлмнпрстфх]|[аеиоуыіу]к)а$")


def _genitive_slot(lower: str, text: str, s: int) -> bool:
    """A word that governs the genitive before the name at s, or before the list the name ends."""
    for _ in range(5):
        if _GENITIVE_GOVERNOR_BEFORE.search(lower, max(0, s - 24), s) is not None:
            return True
        item = _LIST_ITEM_BEFORE.search(text, max(0, s - 40), s)
        if item is None:
            return False
        s = item.start()
    return False


# "у Антоновского моста", "the Kleban-Byk reservoir": a name's adjective before a bridge, road or reservoir
_NO_NAME_NOUN_AFTER = compile_re(r"\s+(?:мост|міст|bridge|шосе|шоссе|трас[сиуеіо]|road|highway|водосховищ|водохранилищ|"
                                 r"reservoir|ставк|пруд|river|річк|рек[аиеу])")
# prepositions of place before a name the settlement lexicon knows
_KNOWN_NAME_SLOT = compile_re(r"(?:\b(?:in|near|around|outside|into|towards?|at|through|"
                              r"(?:outskirts|cent(?:re|er)|edge)\s+of)|"
                              r"(?:^|[\s(«\"])(?:в|во|у|под|около|возле|вблизи|близ|районе|районах|районов|біля|"
                              r"поблизу|під|районі|районів|неподалік|к|до|за|через|из|от|від|із|над|штурм\w*|центр\w*|"
                              r"окраин\w*|околиц\w*|окраїн\w*|"
                              # "still hold Robotyne", «удерживают Работино»: a verb of holding or attacking
                              r"удержива\w*|утриму\w*|контролиру\w*|контролю\w*|атаку\w*)|"
                              r"\b(?:hold|holds|holding|control|controls|controlling|attack(?:ed|ing|s)?|"
                              r"storm(?:ed|ing|s)?|claims|claimed))\s+$")

# "атаки ВСУ на X", «атака двух ротных тактических групп ВСУ на X», «штурм на X»: an attack's target after "на"
_ATTACK_ON_SLOT = compile_re(r"(?:^|[\s(«\"])(?:контр)?(?:атак[аиуой]\w*|штурм\w*|наступ\w*)\s+"
                             r"(?:[\w«»\"'’-]+\s+){0,5}?на\s+$")


_LIST_NEXT = compile_re(r"\s*,\s*|\s+(?:and|і|й|та|и)\s+|\s*,\s*(?:and|і|та|и)\s+")


def _list_goes_on(text: str, lower: str, tokens: Sequence[tuple[int, int]], i: int, gaz_first: frozenset[str]) -> bool:
    """The next word is joined to token i as the next item of a list and is a place name itself (a gazetteer
    name's first word or a settlement the codifier knows)."""
    if i + 1 >= len(tokens):
        return False
    ns, ne = tokens[i + 1]
    if _LIST_NEXT.fullmatch(lower, tokens[i][1], ns) is None or not text[ns].isupper():
        return False
    nxt = text[ns:ne]
    return token_key(nxt, True) in gaz_first or is_settlement_name(nxt)


def _shouted(text: str, tokens: Sequence[tuple[int, int]], i: int) -> bool:
    """The word before or after token i is capitalised throughout too (a post's all-caps line)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            word = text[tokens[j][0]:tokens[j][1]]
            if len(word) >= 2 and word.isupper() and word.isalpha():
                return True
    return False


def _unknown_at(
    text: str,
    lower: str,
    tokens: Sequence[tuple[int, int]],
    i: int,
    mentions: list[Mention],
    learned: set[str],
    key: str,
    gaz_first: frozenset[str],
) -> Mention | None:
    s, e = tokens[i]
    token = text[s:e]
    low = lower[s:e]
    shape = _token_shape(token, low)
    if shape is None:
        return None
    cyr, toponymic = shape
    # a settlement's name in the codifier (Виїмка, Ступочки, Kleban-Byk) reads as a toponym whatever its ending
    known = is_settlement_name(token) and _NO_NAME_NOUN_AFTER.match(lower, e) is None
    if not cyr and (low.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), e)):
        return None  # "the villages of A and B, Ukraine's General Staff said": a possessive owner, no unknown village
    if low in _GIVEN_NAME_FORMS and _ANY_SURNAME.match(text, e) is not None:
        return None  # "…, Dmytro Zaporozhets, spokesperson for …": a given name before a surname
    if not cyr and low in _NOT_NAME_LATIN:
        return None  # "the villages of A and B, Deputy Defence Minister … said": a title, not the list's next name
    if not known and token.isupper() and _shouted(text, tokens, i):
        return None  # "ЗАШЛИ НА ОКРАИНУ ПРИМОРСКОГО": in a capitalised headline a capital marks no name
    # (not a sentence's first word: there a capital says nothing, and many villages are named by a noun)
    if known and not toponymic:
        at = s - 1 if s > 0 and text[s - 1] in "#@" else s  # "near #Vesele and #Pylna"
        toponymic = _MID_SENTENCE.search(text, max(0, at - 3), at) is not None
    if toponymic and _COORD_REGIONS_AFTER.match(lower, e) is not None:
        return None  # "на межі Дніпропетровської та Запорізької областей": a region's adjective, no village
    if not toponymic and cyr and i + 1 < len(tokens) and (_ADJECTIVE_CYR.search(low) or _ADJECTIVE_STEM_CYR.match(low)):
        toponymic = text[tokens[i + 1][0]].isupper()  # "Казачья Локня": an adjective starting a two-word name
    if not toponymic and cyr and i + 1 < len(tokens) and text[e:tokens[i + 1][0]] == " " and _possessive_yar(
            token, text[tokens[i + 1][0]:tokens[i + 1][1]], False) is not None:
        toponymic = True  # "в Кучеровом Яру": a possessive before "Яр" starts a two-word name
    if not toponymic and not cyr and i + 1 < len(tokens) and text[e:tokens[i + 1][0]] == " ":
        # "Kucheriv Yar", "Vilne Pole": a word before a generic place noun starts a two-word name
        toponymic = lower[tokens[i + 1][0]:tokens[i + 1][1]] in _GENERIC_SECOND_LATIN
    before = lower[max(0, s - 45):s]
    tag = s > 0 and text[s - 1] == _HASH_OR_AT
    if tag:
        before = before[:-1]  # "entered #X", "near #X": the slot before the tag
    if before.endswith(_NEARBY_ENDS):
        before = _NEARBY_BEFORE.sub("", before)  # "the capture of nearby X", «освобождении соседней X»: the slot
    slot = may_end_in_slot(before)
    ok = key in learned
    if not ok and tag and toponymic and _CAMEL.search(token, 1) is None:
        ok = True  # "#Volfyne", "#Куземівка": a war post's tag with a place-name ending names a place
    if not ok and not toponymic and mentions and mentions[-1].end > s - 40 \
            and _LIST_JOIN.match(text[mentions[-1].end:s] or "x") and _listed_after_plural_noun(text, lower, mentions):
        ok = True  # "the villages of Mohrytsia and Sopych": every name of the list, whatever its ending
    if not ok and not cyr and not toponymic and len(mentions) >= 2 and mentions[-1].end > s - 12 \
            and _FINAL_AND.fullmatch(text, mentions[-1].end, s) is not None \
            and _LIST_END_AFTER.match(text, e) is not None and _near_list(text, lower, mentions):
        ok = True  # "attacked near Shandryholove, Novyi Myr and Ridkodub": the last name of a list of places near
    if not ok and slot and _PLACE_NOUN.search(before):
        ok = True
    if not ok and known and _list_goes_on(text, lower, tokens, i, gaz_first):
        ok = True  # "Нескучне, Сторожеве, Благодатне та Макарівка — під контролем ЗСУ": a known name heading a list
    if not ok and known and slot and _KNOWN_NAME_SLOT.search(before):
        ok = True  # "In Vyimka they attack", «в Выемке сложнее»: a known settlement after a preposition of place
    if not ok and (known or toponymic) and cyr and before.endswith("на ") and _ATTACK_ON_SLOT.search(
            lower, max(0, s - 80), s) is not None:
        ok = True  # "отражены атаки ВСУ на Червонопоповку", «атака двух рот на X»: the target of an attack
    if not ok and not cyr and i + 1 < len(tokens) and lower.startswith("island", tokens[i + 1][0]) \
            and text[e:tokens[i + 1][0]] == " ":
        ok = True  # "Karantynnyi Island", "Velykyi Potemkin Island": an island named like this is a place
    plural = _plural_stem_pair(text, lower, tokens, i) if cyr and _PLURAL_STEM_ADJ.fullmatch(low) else None
    if plural is not None and (ok or (slot and (_AREA_SLOT.search(before) is not None
                                                or plural.name_guess == plural.surface))
                               or (mentions and mentions[-1].end > s - 40
                                   and _LIST_JOIN.match(text[mentions[-1].end:s] or "x") is not None)
                               or (token[0].isupper() and _MID_SENTENCE.search(text, max(0, s - 3), s) is not None)):
        # "біля Малих Щербаків", "в районе Малых Щербаков": a plural two-word village; "поблизу Плавнів та Малих
        # Щербаків": the last item of a list of places is one too; "после Малых Щербаков": a capitalised plural
        # adjective in mid-sentence starts a name, whatever the slot (not "Щербаков" alone)
        return plural
    island = cyr and ((lower.find("остр", e, e + 40) >= 0 and _ISLAND_AFTER.match(lower, e) is not None)
                      or (low.endswith(_ISLAND_ADJ_ENDS) and _ISLAND_MARK + key in learned))
    if not ok and island:
        ok = True  # "на Великому Потьомкінському острові", "Большой Потёмкинский остров": an island's name
    if not ok and cyr and i + 1 < len(tokens) and text[e:tokens[i + 1][0]] == " " and text[tokens[i + 1][0]].isupper():
        ns, ne = tokens[i + 1]
        ok = (_possessive_yar(token, text[ns:ne], False) is not None or (
            (_ADJECTIVE_CYR.search(low) is not None or _ADJECTIVE_STEM_CYR.match(low) is not None)
            and _GENERIC_SECOND_CYR.fullmatch(lower, ns, ne) is not None))
        # "над Кучеровым Яром", "у Кучерова Яра", "Зелений Гай": a possessive or an adjective before a capitalised
        # generic place noun is a two-word village by its shape alone, whatever the slot
    if not ok and toponymic and mentions and mentions[-1].end > s - 40:
        gap = text[mentions[-1].end:s]
        if gap.startswith(")"):
            gap = gap[1:]  # "captured A (southwest of X) and B (west of X)": the list goes on past the bracket
        if gap.lower().endswith(_NEARBY_ENDS):
            gap = _NEARBY_BEFORE.sub("", gap.lower())  # "звільнення X та сусіднього Y": Y is the list's next item
        ok = _LIST_JOIN.match(gap or "x") is not None
    if not ok and toponymic and slot and _CAPTURE_BEFORE.search(before):
        ok = True
    if not ok and toponymic and _CAPTURE_AFTER.match(lower[e:e + 80]):
        ok = True
    if not ok and toponymic and cyr and _OBJECT_FIRST_AFTER.match(lower, e, e + 60) is not None:
        ok = True  # "Плещіївку окупанти захопили ще навесні": the place fronted before its taker and the verb
    if not ok and toponymic and _STATUS_AFTER.match(lower, e) is not None:
        ok = True
    if not ok and toponymic and cyr and _STATUS_BARE_AFTER.match(lower, e) is not None:
        ok = True  # "Предтечине під нашим контролем", "X под контролем ВСУ": a status line with no verb
    if not ok and toponymic and (loc := _REGION_LOCATOR_AFTER.match(lower, e)) is not None and (
            _STATUS_AFTER.match(lower, loc.end()) is not None or _CAPTURE_AFTER.match(lower[loc.end():loc.end() + 80])
            or (cyr and _STATUS_BARE_AFTER.match(lower, loc.end()) is not None)):
        ok = True  # "X в Харьковской области остается под контролем ...": the status past the region's locator
    if not ok and not cyr and text[e:e + 1] not in ("'", "’") and (
            _APPOSITIVE_PLACE_NOUN.match(lower, e) is not None or (slot and _STRONG_SLOT.search(before) is not None)):
        # "captured Dorozhnie, a village on ...", "withdrew from Kruhle": the slot or the apposition names a
        # place whatever its ending
        ok = True
    if not ok and toponymic and _STATUS_TOPIC_AFTER.match(lower, e) is not None and ((_LINE_LEAD.search(
            lower, max(0, s - 12), s) is not None and (s < 12 or "\n" in lower[s - 12:s])) or _SENTENCE_LEAD.search(
            lower, max(0, s - 4), s) is not None):
        ok = True  # "• Hrekivka: grey zone → RU", "… Фиголівка — «сіра зона»": a status line's or sentence's topic
    if not ok and before[-1:] == " " and before.rstrip()[-1:] in _FLAG_MARK_ENDS and "\U0001F1FA" in before and (
            not before.rstrip().endswith("n") or before.rstrip().endswith("still in")) and not (
            token.isupper() and text[e:e + 1] == ":"):
        ok = True  # a map-update line: "🇺🇦✅ X", "🇺🇦➡️ X", "🇷🇺 still in X" names a place whatever its ending
        # (not "🇷🇺⚡️ BREAKING: …": a capitalised label before a colon heads the post)
    if not ok:
        return None
    end = e
    words = [token]
    if i + 1 < len(tokens):
        ns, ne = tokens[i + 1]
        nxt = text[ns:ne]
        two_word = cyr and _is_cyr(nxt) and (lower[ns:ne] in _ORDINAL_CYR or bool(_ADJECTIVE_CYR.search(low))
                                             or bool(_ADJECTIVE_STEM_CYR.match(low)))
        if cyr and _OBLAST_ADJ_CYR.search(lower[ns:ne]):
            two_word = False
        if cyr and _possessive_yar(token, nxt, False) is not None:
            two_word = True  # "у Русина Яра": the possessive and "Яр" are one name
        if (_gap_ok(text, e, ns) and nxt[:1].isupper() and lower[ns:ne] not in _BLOCK
                and (token_key(nxt, True) not in gaz_first or two_word)
                and _is_cyr(nxt) == cyr
                and (two_word or lower[ns:ne] in _GENERIC_SECOND_LATIN
                     or ((_TOPONYM_CYR if cyr else _TOPONYM_LATIN).search(lower[ns:ne])
                         and not (cyr and _OBLAST_ADJ_CYR.search(lower[ns:ne]))))):
            end = ne
            words.append(nxt)
    uk = cyr and _UKRAINIAN_TEXT.search(text) is not None
    if island:
        learned.add(_ISLAND_MARK + key)
        # "острів"/"остров" is masculine: its adjectives' nominative is -ий/-ій/-ый/-ой, never the neuter -е
        return Mention(s, end, text[s:end], [], unknown=True, name_guess=" ".join(_masculine(w, uk) for w in words),
                       key=key)
    guess = " ".join(nominative_guess(w, uk) for w in words) if cyr else " ".join(words)
    if cyr and len(words) == 1 and len(low) > 5 and low.endswith(("ки", "ок", "ек")):
        # "Ступочки" and "захоплення Ступочок" in one text: a genitive plural -ок beside a -ки form names a plural
        # village (Ступочки), not a feminine Ступочка nor a masculine Ступочок
        stem = low[:-2]
        plural_ki = low.endswith("ки")
        if (stem + ("ок" if plural_ki else "ки")) in lower or (plural_ki and stem + "ек" in lower) or (
                not plural_ki and _genitive_slot(lower, text, s)) or (
                plural_ki and _ASSAULT_ON_BEFORE.search(lower, max(0, s - 16), s) is not None):
            # ("відбили штурм на Копанки": an accusative after "на" is a plural name's nominative, a -ка name would
            # read "на Копанку")
            guess = token[:-2] + ("ки" if token[-1:].islower() else "КИ")
    elif cyr and len(words) == 1 and len(low) > 6 and guess == token and _MASC_A_GENITIVE.search(low) is not None \
            and _genitive_slot(lower, text, s):
        guess = token[:-1]  # "у районах … та Рідкодуба", "біля Рідкодуба": a masculine name's genitive
    elif cyr and not uk and len(words) == 1 and len(low) > 6 and low.endswith("ку") and low[-3:-2] not in "аеиоуыэюяь" \
            and lower.endswith((" к ", " ко "), 0, s) and guess.endswith("ка"):
        # "выйдут к Райгородку": after «к» a feminine -ка would read -ке, so -ку is a masculine -ок's dative
        guess = token[:-2] + "ок"
    elif cyr and len(words) == 1 and len(low) > 6 and _MASC_OK_GENITIVE.search(low) is not None and \
            _GENITIVE_GOVERNOR_BEFORE.search(lower, max(0, s - 24), s) is not None:
        # "на северной окраине Райгородка", "біля Райгородка": a genitive slot takes a feminine -ка as -ки, so a
        # -ка there is a masculine -ок's genitive (Райгородок), not a feminine Райгородка
        guess = token[:-2] + "ок"
    possessive = _possessive_yar(words[0], words[1], uk) if cyr and len(words) == 2 else None
    if possessive is None and cyr and len(words) == 2 and not uk:
        possessive = _feminine_oblique(words[0], words[1])
    if possessive is not None:
        return Mention(s, end, text[s:end], [], unknown=True, name_guess=possessive, key=key)
    if cyr and len(words) == 2 and words[0].lower().endswith(("ые", "ие")):
        guess = " ".join(words)  # "Малые Щербаки": a plural name in the nominative already
    if cyr and len(words) == 2 and (feminine := _feminine_pair_nominative(words[0], words[1], uk)) is not None:
        guess = feminine  # "Малую Локню", "Малу Локню", "Козачої Локні" → "Малая Локня", "Мала Локня", "Козача Локня"
    elif cyr and len(words) == 2 and guess[-1:] in "ая" and words[0][-1:] in "ую":
        guess = words[0][:-1] + ("а" if words[0][-1] == "у" else "я") + guess[len(words[0]):]  # "Нову" → "Нова"
    elif cyr and len(words) == 2 and words[0].lower().endswith(("его", "ого")) and words[1].lower().endswith(
            ("зя", "ля", "ня", "ря")) and not uk:
        # "в районе Общего Колодезя" → "Общий Колодезь": a masculine adjective's genitive and a soft noun's
        guess = _masculine(words[0], uk) + " " + words[1][:-1] + "ь"
    return Mention(s, end, text[s:end], [], unknown=True, name_guess=guess, key=key)


# "a commander with the call sign \"Dnipro\"", "позывной «Донецк»": a nickname, not a place
_CALL_SIGN_BEFORE = compile_re(r"(?:call\s*sign|callsign|nom\s+de\s+guerre|позывн\w*|позивн\w*|"
                               # 'the Russian Telegram channel "Severny Veter"', «канал «Южный фронт»»: a channel
                               r"channel|каналу?|канале|каналі|каналом|"
                               # "повідомили Суспільному Суми", "Suspilne Kharkiv": the broadcaster's regional edition
                               r"\bсуспільн(?:е|ого|ому|им)|\bsuspilne|"
                               # "бригади імені князя Романа Великого", «имени Героя X»: a unit named after a person
                               r"\b(?:імені|имени)(?:\s+[\w'’-]+){0,3})\s*[\"“«„'’]?\s*$")
# "the Levada Center", "Kharkiv University", "Azov Institute": an organisation named after a place
# "(мікрорайон Червоне)", "the Chervone microraion", "у мікрорайоні Лісовий": a town's district named like a village
_MICRODISTRICT_PAIR_BEFORE = compile_re(r"(?:мікрорайон\w*|микрорайон\w*|microdistricts|microraions)\s+[\"“«„']?"
                                        r"[\w'’-]+[\"”»']?(?:\s*,\s*|\s+(?:и|і|та|й|and)\s+)[\"“«„']?$")
_MICRODISTRICT_BEFORE = compile_re(r"(?:мікрорайон\w*|микрорайон\w*|microdistrict|microraion|mikrorayon)\s+[\"“«„']?$")
_MICRODISTRICT_AFTER = compile_re(r"[\"”»']?\s+(?:microraion|microdistrict|mikrorayon|neighbou?rhood|"
                                  r"мікрорайон\w*|микрорайон\w*)\b")
# "Battlegroup Dnepr", "Operational-Tactical Group 'Kharkiv'", 'the "Luhansk" group': a force named after a place
_FORCE_NAME_BEFORE = compile_re(r"(?:group(?:ing)?\s+(?:of\s+forces\s+)?|"
                                # «речниці ОК "Південь"», «оперативного командування «Північ»»: a command's name
                                r"(?:^|[\s(])(?:ок|ок\.|оперативн\w+\s+командуванн?\w*|угрупованн?\w*(?:\s+військ)?|"
                                r"группировк\w*(?:\s+войск)?)\s+)[\"“«„']?$")
# "a bridgehead over the Oskil", "across the Dnipro": the river crossed, not a settlement of the same name
_CROSSING_BEFORE = compile_re(r"\b(?:over|across)\s+the\s+$")
_BARE_DIRECTION_ANCHOR = compile_re(r"(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?|"
                                    r"(?:північн|південн|східн|західн|северн|южн|восточн|западн)\w*)\s+(?:of|від|от)")
# a second place right after the first behind a proximity anchor ("positions at Myrove near Kupiansk", "у Мирового под
# Купянском", "the island opposite Kherson"): it only locates the first
_CHAIN_ANCHOR = compile_re(r"(?:near|outside|close\s+to|opposite|across\s+from|под|під|біля|поблизу|возле|около|вблизи|"
                           r"близ|напротив|навпроти)\b")
_TOWARD_BEFORE = compile_re(r"(?:\btowards?|\bto|\bк|\bдо|\bсторону|\bбік|\bнапрямку|\bнаправлении)\s+$")
_ISLAND_GAP = compile_re(r"\s*(?:остр(?:ів|ова|ові|ов|ове|овом)|islands?)\s+")  # "Карантинного острова напротив"
_RIVER_AFTER = compile_re(r"\s+(?:crossings|river\b|riverbank)")
# ('its "Vostok" (East) group of forces': a gloss in brackets between the name and "group")
_FORCE_NAME_AFTER = compile_re(r"[\"”»']\s+(?:\([^()]{1,24}\)\s+)?(?:group|grouping|battlegroup)\b")


def _force_name(lower: str, m: Mention) -> bool:
    """The mention names a force (a group named after a place), not the place."""
    window = lower[max(0, m.start - 40):m.start]
    return (("group" in window or "ок" in window or "командуван" in window or "угрупован" in window
             or "группировк" in window)
            and _FORCE_NAME_BEFORE.search(lower, max(0, m.start - 40), m.start) is not None) or (
        lower.startswith(("\"", "”", "»", "'"), m.end) and _FORCE_NAME_AFTER.match(lower, m.end) is not None)


_DISTANCE_LEFT_AFTER = compile_re(r"\s+(?:остается|остаётся|осталось|оставалось|залишається|лишається|залишилося|"
                                  r"лишилося|залишалося)\s+(?:(?:около|приблизно|близько|менее|меньше|менше|всего|лише|"
                                  r"лишь|ще|ещё|еще|порядка|до)\s+)*\d")
_ORGANISATION_AFTER = compile_re(r"[\"”»]?\s+(?:Cent(?:er|re)|Institute|University|Foundation|Fund|Academy|Museum|"
                                 r"Theat(?:er|re)|Stadium|Airlines|Group|Holding|Agency|"
                                 # "the State Border Guard Service", "State Emergency Service": a body, not a place
                                 r"Border\s+Guard|Emergency\s+Service|Duma)\b"
                                 # "Freedom of Russia Legion", "Bank of Russia": a body named after the country
                                 r"|\s+of\s+Russia\b"
                                 # "the Siversk-Sumy operational group", "the Kharkiv tactical group": a unit's name
                                 r"|(?:[-–][A-Z][\w'’]+)?\s+(?:operational|tactical)(?:[-\s](?:strategic|tactical))?"
                                 r"\s+(?:group|grouping|command)\b")


_FINAL_AND = compile_re(r",?\s+and\s+")
_LIST_END_AFTER = compile_re(r"\s*(?:[.;:]|,\s|\s+(?:on|in|over|during|since)\s|$)")
_NEAR_LIST_BEFORE = compile_re(r"\b(?:near|around|outside)\s+$")


def _near_list(text: str, lower: str, mentions: list[Mention]) -> bool:
    """The last two mentions or more are a comma list opened by "near"/"around" ("near A, B")."""
    first = mentions[-1]
    n = 1
    for prev in reversed(mentions[-4:-1]):
        if not _COMMA_GAP.fullmatch(text, prev.end, first.start):
            break
        first = prev
        n += 1
    return n >= 2 and _NEAR_LIST_BEFORE.search(lower, max(0, first.start - 8), first.start) is not None


_COMMA_GAP = compile_re(r"\s*,\s*")


_ASSAULT_ON_BEFORE = compile_re(r"\b(?:штурм|атак[уи]|наступ)\s+на\s+$")
_NEARBY_ENDS = ("nearby ", "neighbouring ", "neighboring ", "соседней ", "соседнего ", "соседнее ", "соседнюю ",
                 "сусідньої ", "сусіднього ", "сусіднє ", "сусідню ")
_NEARBY_BEFORE = compile_re(r"(?:nearby|neighbou?ring|соседн\w+|сусідн\w+) $")


def _listed_after_plural_noun(text: str, lower: str, mentions: list[Mention]) -> bool:
    """The list the last mention ends is introduced by a plural place noun ("the villages of A, B and ...")."""
    first = mentions[-1]
    for prev in reversed(mentions[-16:-1]):  # (a bulletin's list of a dozen villages)
        if not _LIST_JOIN.match(text[prev.end:first.start] or "x"):
            break
        first = prev
    return _PLURAL_PLACE_NOUN.search(lower, max(0, first.start - 30), first.start) is not None


def _annotate(text: str, lower: str, m: Mention, mentions: list[Mention], gaz: Gazetteer,
              prior: Mention | None) -> None:
    start = m.start - 1 if m.start > 0 and text[m.start - 1] == "#" else m.start  # "near #Kupiansk"
    before = lower[max(0, start - 60):start]
    anchor = _ANCHOR.search(before)
    if anchor:
        at = max(0, start - 60) + anchor.start()
        m.anchor = " ".join(text[at:m.start].split())
        noun = _NOUN_BEFORE.search(lower, max(0, at - 14), at)
        if noun and not lower.endswith(("of the ", "of that "), 0, noun.start()):
            # (not "southeast of the town near X": "the town" is where the area lies, X is the area named)
            m.anchor = lower[noun.start():at] + m.anchor  # "village near": a locator, never a target
        if prior is not None and not prior.is_region and (
                _APPOSITION.fullmatch(text, prior.end, m.start) is not None
                or (_BARE_APPOSITION.fullmatch(text, prior.end, at) is not None
                    # "fighting for X, near Y": Y locates X; "near A, near B" is a list
                    and (not _AREA_ANCHOR_START.match(m.anchor)
                         or (prior.anchor is None and (m.end == len(text) or text[m.end] in ",).;"))))):
            m.qualifier = True
        if prior is not None and not prior.is_region and prior.end <= at and not text[prior.end:at].strip() \
                and _NOUN_NAMED.search(lower, max(0, prior.start - 16), prior.start) is not None:
            m.qualifier = True  # "захопили село Садове під Херсоном", "the village of X near Y": Y only locates X
        if prior is not None and not prior.is_region and prior.end <= at and not text[prior.end:at].strip() \
                and _BARE_DIRECTION_ANCHOR.fullmatch(m.anchor.lower()) is not None:
            m.qualifier = True  # "the outskirts of Rai-Oleksandrivka south-east of Sloviansk": Y only locates X
        if prior is not None and not prior.is_region and prior.end <= at and (
                prior.anchor is None or _CHAIN_ANCHOR.match(prior.anchor.lower()) is not None) and (
                # (ISW's "attacked north of Lyman near Derylove", "toward Izium near Oskil": a list of two anchors)
                _TOWARD_BEFORE.search(lower, max(0, prior.start - 14), prior.start) is None) and (
                not text[prior.end:at].strip() or _ISLAND_GAP.fullmatch(lower, prior.end, at) is not None) \
                and _CHAIN_ANCHOR.match(m.anchor.lower()) is not None:
            m.qualifier = True  # "у Мирового под Купянском", "Karantynnyi Island opposite Kherson": Y only locates X
        # ISW's "Terny (west of Kreminna)": the bracket only locates the place before it
        if mentions and mentions[0] is not m and _PARENTHESIS_ANCHOR.search(text, max(0, m.start - 40), m.start):
            m.qualifier = True
    if prior is not None and not prior.is_region and prior.end <= m.start and \
            _OUTSKIRTS_APPOSITION.fullmatch(lower, prior.end, m.start) is not None:
        m.qualifier = True  # "Antonivka, on the outskirts of Kherson", «Антонівка, на східній околиці Херсона»
    if lower.endswith(("до ", "к ", "to "), 0, m.start) and _DEFENDED_APPROACHES.search(
            lower, max(0, m.start - 50), m.start) is not None:
        m.qualifier = True  # «ризики для оборони північно-східних підступів до X»: the approaches defended, no claim
    if prior is not None and not prior.is_region and prior.end <= m.start and \
            _COVERS_APPOSITION.fullmatch(lower, prior.end, m.start) is not None:
        m.qualifier = True  # «бои на подступах к X, которое прикрывает Y с юга»: Y is what X shields, no claim
    if lower.endswith("до ", 0, m.start) and _DISTANCE_LEFT_AFTER.match(lower, m.end) is not None:
        m.qualifier = True  # "откуда до Сум остается около 20 километров": how far X is, no claim about X
    if _CALL_SIGN_BEFORE.search(lower, max(0, start - 20), start) or _ORGANISATION_AFTER.match(text, m.end,
                                                                                                m.end + 48):
        m.qualifier = True  # "the call sign Dnipro", "the Levada Center": a name, no place claimed
    if _MICRODISTRICT_BEFORE.search(lower, max(0, start - 16), start) is not None or (
            # «в микрорайонах Шахтёрский и Лазурный»: the second district of a pair too
            "район" in lower and _MICRODISTRICT_PAIR_BEFORE.search(lower, max(0, start - 48), start) is not None) or \
            _MICRODISTRICT_AFTER.match(lower, m.end) is not None:
        m.qualifier = True  # "в Костянтинівці (мікрорайон Червоне)", "the Chervone microraion": a town's district
    if prior is not None and prior.end <= m.start and _ISLAND_IN_GAP.fullmatch(
            lower, prior.end, m.start) is not None and _ISLAND_WORD.search(
            lower, max(0, prior.start - 12), min(len(lower), prior.end + 10)) is not None:
        m.qualifier = True  # "острова Карантинний у Херсоні": the city only locates the island
    if prior is not None and _BRACKETED.fullmatch(text, prior.end, m.start) and text.startswith(")", m.end):
        m.qualifier = True  # "Yalta (Donetsk)": the bracketed name only locates the place before it
    if prior is not None and _CELL_END.match(text, m.end) and _CELL_GAP.fullmatch(text, prior.end, m.start) and \
            _OBLAST_ADJECTIVE.fullmatch(lower, m.start, m.end):
        m.qualifier = True  # "Новопавловка | Днепропетровская | освобождён": the oblast column of a table row
    if m.is_region:
        prev = [p for p in mentions if p.end <= m.start and not p.is_region]
        if prev and m.start - prev[-1].end <= 14 and _REGION_AS_QUALIFIER.match(text[prev[-1].end:m.start]):
            m.qualifier = True
        elif prev and _APPOSITION.fullmatch(text, prev[-1].end, m.start) and " in " in text[prev[-1].end:m.start]:
            m.qualifier = True  # "Novoiakovlivka, a village in Ukraine's southern Zaporizhzhia region"
        elif _NOUN_IN.search(lower, max(0, m.start - 40), m.start):
            m.qualifier = True  # "recaptured a village in the Sumy region": the region only locates the village
        elif _DISTRICT_BEFORE.search(lower, max(0, m.start - 40), m.start):
            m.qualifier = True  # "в Глушковському районі Курської області": the oblast only locates the district
    elif not m.unknown and m.candidates and not _is_cyr(m.surface) and (
            (prior is not None and not prior.is_region and _IN_CITY_GAP.fullmatch(text, prior.end, m.start))
            or _VILLAGE_IN.search(lower, max(0, m.start - 30), m.start) or _VILLAGE_OF_AFTER.match(lower, m.end)):
        # "the village of Kamianske in Zaporizhzhia", "a village in Kharkiv", "the Zaporizhzhia village of Omelnyk":
        # a regional centre named next to a village stands for its oblast, which only locates the village
        place = max((gaz.places[i] for i in m.candidates), key=lambda p: p.population)
        region = gaz.region_of(place.admin_code)
        first = region.name.split(" ")[0].lower() if region is not None else ""
        if region is not None and place.population >= 200_000 and first[:6] == place.name[:6].lower():
            m.candidates = [gaz.by_id[region.place_id]]
            m.is_region = True
            m.qualifier = True
    elif not m.unknown and len(m.candidates) == 1 and _CITY_AS_REGION.search(before):
        place = gaz.places[m.candidates[0]]
        region = gaz.region_of(place.admin_code)
        if region is not None and region.name.lower().startswith(m.surface.lower()):
            m.candidates = [gaz.by_id[region.place_id]]
            m.is_region = True
    elif not m.unknown and m.candidates and before.endswith(" на ") and "\u0400" <= m.surface[:1] <= "\u04ff":
        # "Тернувате на Запоріжжі", "на Запорожье": the oblast named after its centre ("у Запоріжжі" is the city;
        # "на Дніпрі" is the river: Dnipropetrovsk is no spelling of Dnipro)
        place = max((gaz.places[i] for i in m.candidates), key=lambda p: p.population)
        region = gaz.region_of(place.admin_code)
        first = region.name.split(" ")[0].lower() if region is not None else ""
        if region is not None and place.population >= 200_000 and first[:6] == place.name[:6].lower() and \
                len(first) <= len(place.name) + 1:
            m.candidates = [gaz.by_id[region.place_id]]
            m.is_region = True
            prev = [p for p in mentions if p.end <= m.start and not p.is_region]
            m.qualifier = bool(prev) and m.start - prev[-1].end <= 8
