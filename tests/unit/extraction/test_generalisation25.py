"""Failure classes found by the twenty-fifth held-out set (heldout25.jsonl: long regional news articles in English,
Russian and Ukrainian whose background paragraphs — shelling, evacuations, history, humanitarian news, council
business — name places without any claim), each as a general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime

from services.normalizer.extraction import Gazetteer
from services.normalizer.extraction.morphology import nominative_guess

from .conftest import run, tuples

RU_OUTLET = "ria-region.example"
UA_OUTLET = "ukrinform.example"
WIRE = "wire.example"
JUN = datetime(2025, 6, 20, 9, 0, tzinfo=UTC)


def _none(text: str, gaz: Gazetteer, source: str = WIRE) -> None:
    got = run(text, gaz, source=source, published=JUN)
    assert got == [], [(c.place_name, c.predicate.value) for c in got]


# 1. "звільнення з посади", "освобождён от должности": a dismissal from a post frees no place; a council or community
#    adjective ("у Ізюмській міській раді", "Нікопольську ... громади", "the Kupiansk community") names no target
def test_dismissal_and_councils_claim_nothing(gaz: Gazetteer) -> None:
    _none("Депутати Ізюмської міської ради проголосували за звільнення з посади заступника міського голови.", gaz,
          UA_OUTLET)
    _none("Указом президента освобождён от должности глава Купянской районной администрации.", gaz, RU_OUTLET)
    _none("Окупанти обстріляли Нікопольську, Марганецьку та Червоногригорівську громади.", gaz, UA_OUTLET)
    _none("Shelling killed two people in the Kupiansk community, the governor said.", gaz)
    # near miss: a liberation is still one
    got = tuples(run("Сили оборони звільнили Вербове від окупантів.", gaz, source=UA_OUTLET, published=JUN))
    assert ("Verbove", "captured", "UA", "factual") in got


# 2. "the Russian-occupied nuclear plant", "displaced people from occupied areas", "has taken in 30,000 people",
#    "which lies across the reservoir": descriptive background, no capture and no denial
def test_occupied_facilities_and_sheltering_are_background(gaz: Gazetteer) -> None:
    _none("A school was damaged in Nikopol, which lies across the reservoir from the Russian-occupied Zaporizhzhia "
          "nuclear plant.", gaz)
    _none("Kramatorsk has taken in more than 30,000 displaced people from occupied areas.", gaz)


# 3. civilians leaving ("police were pulling out elderly residents", "город покинули тысяча человек") are no
#    withdrawal; troops leaving still are
def test_civilians_leaving_are_no_withdrawal(gaz: Gazetteer) -> None:
    _none("Police were pulling out elderly residents from Kupiansk.", gaz)
    _none("За сутки Грайворон покинули более тысячи человек.", gaz, RU_OUTLET)
    got = tuples(run("Ukrainian troops pulled out of Kupiansk.", gaz, source=WIRE, published=JUN))
    assert ("Kupiansk", "withdrew", "UA", "factual") in got


# 4. a strike on the outskirts, battles of the Second World War, "there is no threat of an offensive", "has no forces
#    for an offensive on X", "rather than to take X": no ground claimed
def test_strikes_history_and_negated_offensives_claim_nothing(gaz: Gazetteer) -> None:
    _none("Вночі ворожий дрон влучив у склад на околиці Харкова.", gaz, UA_OUTLET)
    _none("Под Прохоровкой в годы Великой Отечественной войны шли тяжёлые бои.", gaz, RU_OUTLET)
    _none("There is no threat of an offensive on Kharkiv, the governor said.", gaz)
    _none("Ворог не має сил для наступу на Запоріжжя.", gaz, UA_OUTLET)
    _none("Officials said Moscow's aim was to pin down Ukrainian reserves rather than to take Zaporizhzhia.", gaz)


# 5. "under the control of the defence forces", "под контролем Сил обороны": Ukraine's forces hold the place
def test_defence_forces_control_is_ukrainian(gaz: Gazetteer) -> None:
    got = tuples(run("Волчанск находится под контролем Сил обороны, заявил спикер.", gaz, source=UA_OUTLET,
                     published=JUN))
    assert ("Vovchansk", "holds", "UA", "factual") in got
    got = tuples(run("Kupiansk remains under the control of the defence forces, the spokesman said.", gaz, source=WIRE,
                     published=JUN))
    assert ("Kupiansk", "holds", "UA", "factual") in got
    assert not any(t[2] == "RU" for t in got)


# 6. the "Kyiv regime" / "киевский режим" is Moscow's name for Ukraine's side, not the city
def test_kyiv_regime_is_a_side_not_a_place(gaz: Gazetteer) -> None:
    for text in ("Russia's Defence Ministry said the \"Kyiv regime\" had tried to attack near Glushkovo.",
                 "Минобороны России заявило, что киевский режим пытался атаковать у Глушково."):
        got = tuples(run(text, gaz, source=RU_OUTLET, published=JUN))
        assert ("Glushkovo", "fighting", "UA", "factual") in got, text
        assert not any(t[0] == "Kyiv" for t in got), text


# 7. a fall as a premise: "якщо X впаде під натиском росіян", "если X падёт под натиском …", "the seizure of X would
#    allow", "если ВСУ потеряют X", "якщо X буде втрачено" (the speaker's side loses it) — a conditional capture of X,
#    never a factual one (a fall that names no taker at all is no longer emitted)
def test_conditional_falls(gaz: Gazetteer) -> None:
    got = tuples(run("Якщо Оріхів впаде під натиском росіян, фронт посиплеться.", gaz, source=UA_OUTLET,
                     published=JUN))
    assert ("Orikhiv", "captured", "RU", "conditional") in got
    got = tuples(run("Если Часов Яр падёт под натиском российских войск, откроется путь на Константиновку.", gaz,
                     source=RU_OUTLET, published=JUN))
    assert ("Chasiv Yar", "captured", "RU", "conditional") in got
    got = tuples(run("The seizure of Kurakhove would allow Russian forces to push towards Velyka Novosilka.", gaz,
                     source=WIRE, published=JUN))
    assert ("Kurakhove", "captured", "RU", "conditional") in got
    assert not any(t[:2] == ("Kurakhove", "captured") and t[3] == "factual" for t in got)
    got = tuples(run("«Если ВСУ потеряют Торецк, оборона посыплется», — считает аналитик.", gaz, source=RU_OUTLET,
                     published=JUN))
    assert ("Toretsk", "captured", "RU", "conditional") in got
    got = tuples(run("«Якщо Часів Яр буде втрачено, наступною ціллю стане Костянтинівка», — сказав речник бригади.",
                     gaz, source=UA_OUTLET, published=JUN))
    assert ("Chasiv Yar", "captured", "RU", "conditional") in got
    # near miss: a capture with a consequence after "which" is still a capture
    got = tuples(run("Russia seized Avdiivka, which would later allow it to push west.", gaz, source=WIRE,
                     published=JUN))
    assert ("Avdiivka", "captured", "RU", "factual") in got


# 8. "Нагадаємо, 10 травня ...": a reminder opening with a date is background, even without a year
def test_dated_reminder_is_historical(gaz: Gazetteer) -> None:
    got = tuples(run("Нагадаємо, 10 травня російські війська зайшли у Вовчанськ.", gaz, source=UA_OUTLET,
                     published=JUN))
    assert got == set()  # historical, and a past advance settles nothing: no claim (a factual one would show)


# 9. "have lost their positions in X", "потеряли позиции в X": a withdrawal
def test_lost_positions_is_a_withdrawal(gaz: Gazetteer) -> None:
    got = tuples(run("Ukrainian marines have lost their positions in Krynky, a spokesman said.", gaz, source=WIRE,
                     published=JUN))
    assert ("Krynky", "withdrew", "UA", "factual") in got
    got = tuples(run("Российские войска потеряли позиции в Волчанске.", gaz, source=UA_OUTLET, published=JUN))
    assert ("Vovchansk", "withdrew", "RU", "factual") in got


# 10. "отражены две контратаки ВСУ", "відбито три штурми окупантів": the side named after the repelled attacks
#     attacked; the other side holds
def test_side_after_repelled_attacks_is_the_attacker(gaz: Gazetteer) -> None:
    got = tuples(run("В районе Новопокровки отражены две контратаки ВСУ.", gaz, source=UA_OUTLET, published=JUN))
    assert ("Новопокровка", "holds", "RU", "factual") in got
    assert not any(t[1] == "holds" and t[2] == "UA" for t in got)
    got = tuples(run("Біля Роботиного відбито три штурми окупантів.", gaz, source=UA_OUTLET, published=JUN))
    assert any(t[1:] == ("holds", "UA", "factual") for t in got)
    assert not any(t[1] == "holds" and t[2] == "RU" for t in got)


# 11. spelling: a Russian name in -ово/-ино declined as an adjective in Ukrainian ("біля Глушкового"), a Ukrainian і
#     for the Russian и of a name with only a Russian alias, -ости genitives, plural adjectives and the force group's
#     quoted name
def test_spellings_of_border_villages(gaz: Gazetteer) -> None:
    got = tuples(run("Бої тривають біля Глушкового.", gaz, source=UA_OUTLET, published=JUN))
    assert any(t[0] == "Glushkovo" and t[1] == "fighting" for t in got)
    assert nominative_guess("Заречности") == "Заречность"
    got = tuples(run("Бои идут у села Верхние Луки.", gaz, source=RU_OUTLET, published=JUN))
    assert ("Верхние Луки", "fighting", "unknown", "factual") in got
    got = tuples(run("Бои идут в районе Общего Лога.", gaz, source=RU_OUTLET, published=JUN))
    assert any(t[0].startswith("Общ") and " Лог" in t[0] for t in got)  # one two-word village, not two places
    got = tuples(run("Подразделения группировки войск \"Днепр\" отразили атаки у Каменского.", gaz, source=RU_OUTLET,
                     published=JUN))
    assert not any(t[0] in ("Dnipro", "Днепр") for t in got)


# 12. lists after "населённых пунктов"/"населённые пункты" (with ё) take every unknown village
def test_settlement_lists_with_yo(gaz: Gazetteer) -> None:
    got = tuples(run("Подразделения завершили освобождение населённых пунктов Куриловка и Ольшанка.", gaz,
                     source=RU_OUTLET, published=JUN))
    assert ("Куриловка", "captured", "RU", "factual") in got
    assert any(t[0] in ("Vilshanka", "Ольшанка") and t[1] == "captured" for t in got)
    got = tuples(run("Минобороны заявило, что вернуло под контроль село Малая Локня.", gaz, source=RU_OUTLET,
                     published=JUN))
    assert ("Малая Локня", "captured", "RU", "factual") in got


# 13. "прорваться/прорватися": an attempt to break through near X is fighting; a push "к X" is not a fight in X;
#     "пресекли попытки ... прорваться" too
def test_breakthrough_attempts(gaz: Gazetteer) -> None:
    got = tuples(run("Пограничники пресекли попытки ДРГ ВСУ прорваться в районе Ломаковки.", gaz, source=RU_OUTLET,
                     published=JUN))
    assert ("Ломаковка", "fighting", "UA", "factual") in got
    _none("ВСУ пытаются прорваться к Белгороду.", gaz, RU_OUTLET)


# 14. frames that claim no battle: "a terrorist attack", "атаковали 15 населённых пунктов" (shelling),
#     "під час наступу на X" (the campaign a capture belongs to), "X evacuations"
def test_frames_without_a_battle(gaz: Gazetteer) -> None:
    _none("Belgorod: Putin calls the incident a terrorist attack", gaz)
    _none("За сутки ВСУ атаковали 15 населённых пунктов Курской области.", gaz, RU_OUTLET)
    _none("Kherson evacuations widen as shelling intensifies", gaz)
    got = tuples(run("Російські війська захопили Вовчанськ у травні, під час наступу на Харківщину.", gaz,
                     source=UA_OUTLET, published=JUN))
    # (last month's capture, dated, is settled background since the sixteenth session: the blind sets label it so)
    assert ("Vovchansk", "captured", "RU", "historical") in got
    assert not any(t[0] in ("Kharkiv Oblast", "Kharkiv") for t in got)


# 15. an axis in the clause ("на Лиманському напрямку") locates a cue with no place: no antecedent from before
def test_axis_locates_a_placeless_cue(gaz: Gazetteer) -> None:
    got = tuples(run("«У Ямполі наші підрозділи тримають оборону. Ворог щодня штурмує позиції», — сказав речник. Він "
                     "додав, що на Лиманському напрямку українські сили провели низку успішних контратак.", gaz,
                     source=UA_OUTLET, published=JUN))
    assert any(t[1:] == ("holds", "UA", "factual") for t in got)
    assert not any(t[1] == "fighting" and t[2] == "UA" for t in got)  # the counterattacks were elsewhere


# 16. people, not places: the speaker after a quote ("», — заявил Смирнов"), where someone lives ("живёт у сестры
#     в X"), belongings taken ("взяли только документы")
def test_people_are_no_places(gaz: Gazetteer) -> None:
    got = tuples(run("«Бои идут на окраинах Рыльска», — заявил Смирнов в своём канале.", gaz, source=RU_OUTLET,
                     published=JUN))
    assert not any(t[0] in ("Smyrnove", "Смирнов") for t in got)
    got = tuples(run("«Нам сказали, что Глушково освободили», — говорит Ирина, которая живёт у сестры в Рыльске.", gaz,
                     source=RU_OUTLET, published=JUN))
    assert any(t[0] == "Glushkovo" and t[1] == "captured" for t in got)
    assert not any(t[0] in ("Rylsk", "Ryl’sk") for t in got)
    _none("«Взяли только документы», — рассказала жительница Грайворона.", gaz, RU_OUTLET)


# 17. "в Беловском районе Курской области", "in the Glushkovo district of Kursk region": the oblast only locates the
#     district — no claim on the whole oblast
def test_district_oblast_is_a_locator(gaz: Gazetteer) -> None:
    _none("Бои продолжаются в Беловском районе Курской области, сообщили военкоры.", gaz, RU_OUTLET)
    got = tuples(run("Бої тривають у Курській області.", gaz, source=UA_OUTLET, published=JUN))
    # the oblast itself: fighting in a whole region is no claim either (pooled residual pass 2: 7 false in 5 sets)
    assert not any(t[0] == "Kursk Oblast" and t[1] == "fighting" for t in got)


# 18. "продвижение позволит выйти к X", "армия постарается выбить ВСУ из X": a consequence or an intention is
#     conditional; "трассу на X" (a highway named by where it leads) is no claim about X
def test_consequences_and_intentions_are_conditional(gaz: Gazetteer) -> None:
    got = tuples(run("Военкоры отмечают, что продвижение позволит российским войскам выйти к окраинам Краматорска и "
                     "перерезать трассу на Славянск.", gaz, source=RU_OUTLET, published=JUN))
    assert ("Kramatorsk", "advancing", "RU", "conditional") in got
    assert not any(t[0] == "Kramatorsk" and t[3] == "factual" for t in got)
    assert not any(t[0] == "Sloviansk" for t in got)
    got = tuples(run("Эксперты полагают, что российская армия постарается выбить ВСУ из Белгородской области.", gaz,
                     source=RU_OUTLET, published=JUN))
    assert not any(t[3] == "factual" for t in got)


# 19. a street ("along Shevchenka Street", "на вулиці Шевченка") is no place: the town it is in is
def test_streets_are_no_places(gaz: Gazetteer) -> None:
    got = tuples(run("Russian forces advanced into Pokrovsk along Shevchenka Street.", gaz, source=WIRE, published=JUN))
    assert ("Pokrovsk", "advancing", "RU", "factual") in got
    assert not any(t[0].startswith(("Shevchenk", "Шевченк")) for t in got)
    got = tuples(run("Бої тривають на вулиці Шевченка в Покровську.", gaz, source=UA_OUTLET, published=JUN))
    assert any(t[0] == "Pokrovsk" and t[1] == "fighting" for t in got)
    assert not any(t[0].startswith(("Shevchenk", "Шевченк")) for t in got)


# 20. a numbered item opening with a place and a colon ("2. Toretsk: …") is about that place: its sentences with "the
#     town" or with no place take it, not the place most mentioned before
def test_numbered_item_topic(gaz: Gazetteer) -> None:
    text = ("1. Chasiv Yar: footage shows a Russian flag near the canal. Russian forces have advanced into the centre "
            "of Chasiv Yar.\n\n2. Toretsk: two videos of Russian armour being hit on the northern approach. Attacks "
            "continue. Ukrainian troops still hold the town according to everything we have seen.")
    got = tuples(run(text, gaz, source=WIRE, published=JUN))
    assert ("Toretsk", "holds", "UA", "factual") in got
    assert ("Toretsk", "fighting", "RU", "factual") in got
    assert not any(t[0] == "Chasiv Yar" and t[1] == "holds" for t in got)


# 21. "Russian sources claim X was taken" is a Russian claim (not the poster's); "we have not been able to geolocate
#     any Russian presence there" shows no one holding X
def test_russian_sources_and_unconfirmed_presence(gaz: Gazetteer) -> None:
    claims = run("Russian sources claim Bilohorivka was taken in September.", gaz, source="x.com", published=JUN)
    assert any(c.predicate.value == "captured" and c.claimant == "ru_milbloggers" for c in claims)
    _none("We have not been able to geolocate any Russian presence in Bilohorivka.", gaz)
    got = tuples(run("Footage confirms a Russian presence in Bilohorivka.", gaz, source=WIRE, published=JUN))
    assert any(t[1:] == ("holds", "RU", "factual") for t in got)  # near miss: a presence shown
