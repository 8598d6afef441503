"""Failure classes found by the twenty-fourth held-out set (heldout24.jsonl: X and Telegram posts — OSINT
geolocation, map updates, voenkor slang such as "серая зона" and "заходят", brigade posts, numbered threads), each as a
general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime

from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples

RU_OUTLET = "ria-region.example"
UA_OUTLET = "ukrinform.example"
WIRE = "wire.example"
NOV = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)


# 1. "X — серая зона", "X переведена в сіру зону", "X is now a grey zone": the place is fought over and held by
#    nobody — fighting with no side named, whatever side the channel or a nearby attack names
def test_grey_zone_is_fighting_with_no_actor(gaz: Gazetteer) -> None:
    got = tuples(run("Под Угледаром без изменений, Макаровка — серая зона.", gaz, source=RU_OUTLET, published=NOV))
    assert ("Makarivka", "fighting", "unknown", "factual") in got
    assert not any(t[0] == "Vuhledar" and t[1] == "fighting" for t in got)  # the other clause's town is not grey
    got = tuples(run("Оновлення мапи: Яблунівка переведена в сіру зону.", gaz, source=UA_OUTLET, published=NOV))
    assert any(t[1:] == ("fighting", "unknown", "factual") for t in got)
    got = tuples(run("The village of Nevelske is now a grey zone.", gaz, source=WIRE, published=NOV))
    assert ("Nevelske", "fighting", "unknown", "factual") in got


# 2. near miss: "enter the grey zone near X", "зайти в сіру зону біля X": the entry is the claim, not a contested X
def test_entering_the_grey_zone_is_no_grey_place(gaz: Gazetteer) -> None:
    got = tuples(run("Troops managed to enter the grey zone near Stupochky.", gaz, source=WIRE, published=NOV))
    assert ("Stupochky", "fighting", "unknown", "factual") not in got
    got = tuples(run("Окупанти намагалися зайти в сіру зону біля Торського.", gaz, source=UA_OUTLET, published=NOV))
    assert not any(t[0] == "Torske" and t[2] == "unknown" for t in got)


# 3. "штурмовые группы заходят в X", "ВСУ заходят в X": voenkor slang for entering a place — an advance
def test_zakhodyat_is_an_advance(gaz: Gazetteer) -> None:
    got = tuples(run("Наши штурмовики заходят в Курахово с востока.", gaz, source=RU_OUTLET, published=NOV))
    assert ("Kurakhove", "advancing", "RU", "factual") in got
    assert not any(t[0] == "Kurakhove" and t[1] == "captured" for t in got)  # entering is not taking


JAN = datetime(2025, 1, 3, 9, 0, tzinfo=UTC)


# 4. a look-back list: "Russia took X (Mar), Y (Aug)": a month tag with no year is the last such month, so a month
#    later in the calendar than publication is last year's — background; a clause after a semicolon is not dated by it
def test_month_tags_in_a_look_back_list_are_historical(gaz: Gazetteer) -> None:
    got = tuples(run("Year in review: Russia took Avdiivka (Feb), Krasnohorivka (Sept 10) and Selydove (Oct); "
                     "Kurakhove is all but lost.", gaz, source=WIRE, published=JAN))
    assert ("Avdiivka", "captured", "RU", "historical") in got
    assert ("Selydove", "captured", "RU", "historical") in got
    assert not any(t[0] == "Selydove" and t[3] == "factual" for t in got)
    assert ("Kurakhove", "advancing", "RU", "factual") in got  # after the semicolon: now, and not taken yet
    # a tag of the month just before publication is recent news
    got = tuples(run("Russian troops took Kurakhove (Dec 28).", gaz, source=WIRE, published=JAN))
    assert ("Kurakhove", "captured", "RU", "factual") in got


# 5. "Since X fell in late October, ...": a capture in an opening "since" clause is the background of the sentence
#    (but "Since Monday Russian troops took X" is a span of time, and the capture is news)
def test_opening_since_clause_is_historical(gaz: Gazetteer) -> None:
    got = tuples(run("Since Selydove fell in late October the front has moved west, and Russia took Kurakhove "
                     "last week.", gaz, source=WIRE, published=NOV))
    assert ("Selydove", "captured", "RU", "historical") in got
    assert ("Kurakhove", "captured", "RU", "factual") in got
    got = tuples(run("С тех пор как Угледар был взят российскими войсками, фронт сдвинулся на запад.", gaz,
                     source=RU_OUTLET, published=NOV))
    assert ("Vuhledar", "captured", "RU", "historical") in got
    got = tuples(run("Since Monday Russian troops took Selydove.", gaz, source=WIRE, published=NOV))
    assert ("Selydove", "captured", "RU", "factual") in got


# 6. a brigade post: "ворог намагався прорвати оборону в районах X та Y. Усі атаки відбито. Біля Z тривають бої":
#    with no gain anywhere, the side named attacking is the attacker of the post's other battles, and the places where
#    its attacks were repelled are the other side's
def test_brigade_post_carries_the_attacker(gaz: Gazetteer) -> None:
    got = tuples(run("На Покровському напрямку ворог намагався прорвати нашу оборону в районах Новотроїцького та "
                     "Лисівки. Усі атаки відбито. Біля Миролюбівки тривають бої.", gaz, source=UA_OUTLET,
                     published=NOV))
    assert ("Lysivka", "fighting", "RU", "factual") in got
    assert ("Lysivka", "holds", "UA", "factual") in got
    assert not any(t[0] == "Lysivka" and t[1] == "holds" and t[2] == "unknown" for t in got)
    assert any(t[1:] == ("fighting", "RU", "factual") and t[0].startswith("Myrol") for t in got)


# 7. a map-update list: "🇺🇦✅ X" (taken), "🇺🇦➡️ Y" (pushing in), "🇷🇺 still in Z" (held), whatever the names' endings
def test_flag_mark_lists(gaz: Gazetteer) -> None:
    got = tuples(run("Zaporizhzhia front, week 3:\n🇺🇦✅ Robotyne\n🇺🇦➡️ Verbove\n🇷🇺 still in Kopani\n#update", gaz,
                     source=WIRE, published=NOV))
    assert ("Robotyne", "captured", "UA", "factual") in got
    assert ("Verbove", "advancing", "UA", "factual") in got
    assert ("Kopani", "holds", "RU", "factual") in got
    # a tick with no flag claims nothing
    got = tuples(run("✅ Robotyne\n✅ Verbove", gaz, source=WIRE, published=NOV))
    assert not any(t[1] == "captured" for t in got)


# 8. "Угледар — наши штурмовики зашли на западную окраину, идут бои": a place opening its clause before a dash is
#    the topic of the clause's cues that name no place of their own
def test_place_before_a_dash_is_the_clause_topic(gaz: Gazetteer) -> None:
    got = tuples(run("Южнодонецкое направление 🇷🇺: Угледар — наши штурмовики зашли на западную окраину, идут бои в "
                     "частном секторе.", gaz, source=RU_OUTLET, published=NOV))
    assert ("Vuhledar", "advancing", "RU", "factual") in got
    assert ("Vuhledar", "fighting", "RU", "factual") in got
    assert not any(t[0] == "Vuhledar" and t[1] == "captured" for t in got)


# 9. "the 🇺🇦 brigade says all assaults on X were repelled": a side word right before the speaker is the speaker's
#    side, not the attacker
def test_side_word_of_the_speaker_is_not_the_attacker(gaz: Gazetteer) -> None:
    for text in ("The 🇺🇦 brigade says all assaults on Ivanivske were repelled.",
                 "The Ukrainian brigade in the area says all assaults on Ivanivske were repelled."):
        got = tuples(run(text, gaz, source=WIRE, published=NOV))
        assert ("Ivanivske", "fighting", "RU", "factual") in got
        assert ("Ivanivske", "holds", "UA", "factual") in got
        assert ("Ivanivske", "holds", "RU", "factual") not in got


# 10. "X — це Україна!", "X — это Россия": that side holds the place named right before; a region's slogan is no claim
def test_place_is_ukraine_slogan(gaz: Gazetteer) -> None:
    got = tuples(run("Ворог знову штурмував Торецьк. Торецьк — це Україна! 🇺🇦", gaz, source=UA_OUTLET,
                     published=NOV))
    assert ("Toretsk", "holds", "UA", "factual") in got
    got = tuples(run("Угледар — это Россия!", gaz, source=RU_OUTLET, published=NOV))
    assert ("Vuhledar", "holds", "RU", "factual") in got
    got = tuples(run("Донбасс — это Россия!", gaz, source=RU_OUTLET, published=NOV))
    assert not any(t[1] == "holds" for t in got)


# 11. "X — без изменений, серая зона": a status list about one place; the comma ends no clause
def test_grey_zone_after_no_change(gaz: Gazetteer) -> None:
    got = tuples(run("Работино: без изменений. Вербовое — без изменений, серая зона.", gaz, source=RU_OUTLET,
                     published=NOV))
    assert ("Verbove", "fighting", "unknown", "factual") in got


# 12. geolocation debunks: "footage shows 🇺🇦 troops still operating in X", "it's still Ukrainian", and the side word
#     of another clause is not the side of "RU MoD claimed the liberation of X" (the speaker's own claim)
def test_geolocation_debunk(gaz: Gazetteer) -> None:
    got = tuples(run("Geolocated footage shows 🇺🇦 troops still operating in the Shakhtarskyi microdistrict of "
                     "Pokrovsk (48.28, 37.18), two days after RU MoD claimed the \"liberation\" of Krasnoarmeysk.",
                     gaz, source=WIRE, published=NOV))
    assert ("Pokrovsk", "holds", "UA", "factual") in got
    assert ("Pokrovsk", "captured", "RU", "factual") in got
    assert ("Pokrovsk", "captured", "UA", "factual") not in got
    got = tuples(run("RU MoD claims the \"liberation\" of Toretsk. Again. Spoiler: it's still Ukrainian, and heavy "
                     "fighting is ongoing.", gaz, source=WIRE, published=NOV))
    assert ("Toretsk", "holds", "UA", "factual") in got
    assert ("Toretsk", "fighting", "RU", "factual") in got
    assert ("Toretsk", "fighting", "UA", "factual") not in got
    # a side word in a clause of its own with no speaker between still names the taker
    got = tuples(run("Ukrainian troops, the General Staff said, took Robotyne.", gaz, source=WIRE, published=NOV))
    assert ("Robotyne", "captured", "UA", "factual") in got


# 13. "X is all but lost", "has all but captured X": nearly taken — an advance, not a capture
def test_all_but_is_not_yet_a_capture(gaz: Gazetteer) -> None:
    got = tuples(run("Russia has all but captured Selydove.", gaz, source=WIRE, published=NOV))
    assert ("Selydove", "advancing", "RU", "factual") in got
    assert not any(t[0] == "Selydove" and t[1] == "captured" for t in got)


# 14. "окупанти тікають з X", "оккупанты бегут из X": fleeing troops withdraw; fleeing civilians are no withdrawal
def test_fleeing_troops_withdraw(gaz: Gazetteer) -> None:
    got = tuples(run("Вовчанськ звільнено ще вчора, а окупанти тікають з Липців.", gaz, source=UA_OUTLET,
                     published=NOV))
    assert ("Lyptsi", "withdrew", "RU", "factual") in got
    assert not any(t[0] == "Lyptsi" and t[1] == "captured" for t in got)
    got = tuples(run("Оккупанты бегут из Волчанска.", gaz, source=UA_OUTLET, published=NOV))
    assert ("Vovchansk", "withdrew", "RU", "factual") in got
    got = tuples(run("Мирні жителі тікають з Липців.", gaz, source=UA_OUTLET, published=NOV))
    assert not any(t[1] == "withdrew" for t in got)


# 15. "Correction to my earlier thread: I wrote that X had fallen": the author retracts the capture
def test_thread_correction_denies(gaz: Gazetteer) -> None:
    got = tuples(run("2/4 Correction to my earlier thread: I wrote that Vovchansk had fallen to Russian forces. "
                     "That was wrong.", gaz, source=WIRE, published=NOV))
    assert ("Vovchansk", "captured", "RU", "denied") in got
    assert not any(t[0] == "Vovchansk" and t[1] == "captured" and t[3] == "factual" for t in got)


# 16. 'QT @mod: "… have liberated X."\n\nNo. Footage shows …': a bare "No." answers the claim just quoted
def test_bare_no_denies_the_quoted_claim(gaz: Gazetteer) -> None:
    got = tuples(run('QT @mod_russia: "Units of the Centre group have liberated the town of Krasnoarmeysk."\n\nNo. '
                     "Geolocated footage from today shows 🇺🇦 drone units still operating from northern Pokrovsk.",
                     gaz, source=WIRE, published=NOV))
    assert ("Pokrovsk", "captured", "RU", "denied") in got
    assert ("Pokrovsk", "holds", "UA", "factual") in got
    # "No" opening a longer sentence is no bare answer
    got = tuples(run("No Russian unit has entered Pokrovsk. Ukraine holds it.", gaz, source=WIRE, published=NOV))
    assert not any(t[1] == "captured" and t[3] == "denied" and t[2] == "UA" for t in got)


# 17. voenkor slang: "противник держится в X" (clings on: the other side holds), "Y: накаты продолжаются" (assaults
#     go on at the place the heading names; a place before a colon is the topic like one before a dash)
def test_derzhitsya_and_nakaty(gaz: Gazetteer) -> None:
    got = tuples(run("Наши продвигаются, а в Торецке противник держится в шахтах.", gaz, source=RU_OUTLET,
                     published=NOV))
    assert ("Toretsk", "holds", "UA", "factual") in got
    got = tuples(run("Авдеевка: накаты продолжаются третьи сутки.", gaz, source=RU_OUTLET, published=NOV))
    assert any(t[0] == "Avdiivka" and t[1] == "fighting" for t in got)
