"""Failure classes found by the twenty-sixth held-out set (heldout26.jsonl: what a feed reader receives — RSS/Atom
briefs whose place is often only in the headline, medium stories with background paragraphs, X posts), each as a
general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime

from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples

RU_OUTLET = "ria-region.example"
UA_OUTLET = "ukrinform.example"
WIRE = "wire.example"
SEP = datetime(2025, 9, 20, 9, 0, tzinfo=UTC)


def _none(text: str, gaz: Gazetteer, source: str = WIRE, title: str = "") -> None:
    got = run(text, gaz, source=source, published=SEP, title=title)
    assert got == [], [(c.place_name, c.predicate.value) for c in got]


# 1. "cleared Russian troops out of X", "cleared the defenders out of X": like "drove ... out of", the side named
#    before "out of" lost X; the subject took it
def test_cleared_troops_out_of_is_the_subjects_capture(gaz: Gazetteer) -> None:
    got = tuples(run("Ukrainian marines cleared Russian troops out of Krynky, the brigade said.", gaz, source=WIRE,
                     published=SEP))
    assert ("Krynky", "captured", "UA", "factual") in got
    assert not any(t[2] == "RU" for t in got)
    got = tuples(run("Russian assault units cleared the Ukrainian units out of Vovchansk.", gaz,
                     source=RU_OUTLET, published=SEP))
    assert ("Vovchansk", "captured", "RU", "factual") in got
    # near miss: "cleared X of the occupiers" keeps its reading
    got = tuples(run("Ukrainian troops cleared Robotyne of Russian forces.", gaz, source=WIRE, published=SEP))
    assert ("Robotyne", "captured", "UA", "factual") in got


# 2. "repelled a Ukrainian cross-border raid near X", "repelled a Russian incursion": a raid or an incursion is an
#    attack — the side named in it fought there, the other side holds; a repelled raid "in the X region" of a
#    headline holds no region
def test_repelled_raids_and_incursions(gaz: Gazetteer) -> None:
    got = tuples(run("Russian border guards repelled a Ukrainian cross-border raid near Glushkovo.", gaz,
                     source=RU_OUTLET, published=SEP))
    assert ("Glushkovo", "holds", "RU", "factual") in got
    assert ("Glushkovo", "fighting", "UA", "factual") in got
    got = tuples(run("Ukrainian troops repelled a Russian incursion near Vovchansk, the brigade said.", gaz,
                     source=WIRE, published=SEP))
    assert ("Vovchansk", "holds", "UA", "factual") in got
    assert ("Vovchansk", "fighting", "RU", "factual") in got
    got = tuples(run("", gaz, source=WIRE, published=SEP,
                     title="Moscow says it repelled Ukrainian cross-border attack in Belgorod region"))
    assert not any(t[1] == "holds" for t in got)


# 3. "remained in full control of X": a hold, not a capture
def test_remained_in_full_control_is_a_hold(gaz: Gazetteer) -> None:
    got = tuples(run("The governor said Russian troops remained in full control of Glushkovo.", gaz, source=WIRE,
                     published=SEP))
    assert ("Glushkovo", "holds", "RU", "factual") in got
    assert not any(t[1] == "captured" for t in got)
    got = tuples(run("Ukrainian units remain in complete control of Kupiansk, the spokesman said.", gaz,
                     source=WIRE, published=SEP))
    assert ("Kupiansk", "holds", "UA", "factual") in got
    assert not any(t[1] == "captured" for t in got)


# 4. a border that locates a place ("near the Kharkiv border", "на границе с Белгородской областью", "на кордоні з
#    Курською областю") is no place held, taken or left
def test_borders_locate(gaz: Gazetteer) -> None:
    got = tuples(run("", gaz, source=WIRE, published=SEP, title="Kyiv reports advance near Kharkiv border"))
    assert not any(t[0] == "Kharkiv" for t in got)
    got = tuples(run("Российские войска заняли село на границе с Белгородской областью.", gaz, source=RU_OUTLET,
                     published=SEP))
    assert not any("Belgorod" in t[0] or "Белгород" in t[0] for t in got)
    got = tuples(run("Українські підрозділи відійшли з села на кордоні з Курською областю.", gaz, source=UA_OUTLET,
                     published=SEP))
    assert not any("Kursk" in t[0] or "Курськ" in t[0] for t in got)
    # near miss: a border checkpoint is still a place
    got = tuples(run("Russian troops captured the Kozacha Lopan border checkpoint.", gaz, source=WIRE,
                     published=SEP))
    assert any(t[1] == "captured" for t in got)


# 5. "regained positions lost in the spring", "повернули позиції, втрачені у травні": the date is the earlier loss's,
#    the advance is today's
def test_date_of_the_earlier_loss_dates_no_advance(gaz: Gazetteer) -> None:
    got = tuples(run("Ukrainian troops advanced near Vovchansk and regained positions lost in the spring, the "
                     "military said.", gaz, source=WIRE, published=SEP))
    assert ("Vovchansk", "advancing", "UA", "factual") in got
    assert not any(t[3] == "historical" for t in got)
    got = tuples(run("Russian forces regained positions near Glushkovo lost in May, the ministry said.", gaz,
                     source=WIRE, published=SEP))
    assert not any(t[3] == "historical" for t in got)


# 6. dates: "recaptured X in a swift counteroffensive in September 2022" (a cue noun inside "in a ..." is no verb of
#    its own), "was held by Russia in 2022 before Ukrainian forces retook it" (a clause tied by "before"/"after" to a
#    dated one is as old); but "the third time since 2023" counts claims, today's among them
def test_dated_clauses(gaz: Gazetteer) -> None:
    got = tuples(run("Ukrainian troops recaptured Izium in a swift counteroffensive in September 2022.", gaz,
                     source=WIRE, published=SEP))
    assert ("Izium", "captured", "UA", "historical") in got
    assert not any(t[3] == "factual" for t in got)
    got = tuples(run("Kherson was held by Russia for eight months in 2022 before Ukrainian forces retook it.", gaz,
                     source=WIRE, published=SEP))
    assert ("Kherson", "captured", "UA", "historical") in got
    assert not any(t[1] == "captured" and t[3] == "factual" for t in got)
    got = tuples(run("Toretsk: Russia's MoD has claimed the town again, the fourth time since 2023.", gaz,
                     source="x.com", published=SEP))
    assert ("Toretsk", "captured", "RU", "factual") in got


# 7. "it" for the place named before: the object of a capture ("months after Russian troops seized it") and the
#    subject of a fall ("If it falls, ..."), whose actor is the side attacking the place; not a pluperfect aside
#    ("after Russian troops had occupied it for two weeks")
def test_it_is_the_place_named_before(gaz: Gazetteer) -> None:
    got = tuples(run("Ukrainian troops recaptured Izium in September 2022, months after Russian forces seized it.",
                     gaz, source=WIRE, published=SEP))
    assert ("Izium", "captured", "RU", "historical") in got
    got = tuples(run("Russian troops are storming Pokrovsk. If it falls, the road to Dobropillia lies open.", gaz,
                     source=WIRE, published=SEP))
    assert ("Pokrovsk", "captured", "RU", "conditional") in got
    got = tuples(run("Russian troops are storming Siversk. If the town falls, the line near Bakhmut is exposed.", gaz,
                     source=WIRE, published=SEP))
    assert ("Siversk", "captured", "RU", "conditional") in got
    assert not any(t[0] == "Bakhmut" and t[1] == "captured" for t in got)
    got = tuples(run("Ukrainian forces have retaken Robotyne after Russian troops had occupied it for a week.", gaz,
                     source=WIRE, published=SEP))
    assert ("Robotyne", "captured", "UA", "factual") in got
    assert not any(t[1] == "captured" and t[2] == "RU" and t[3] == "factual" for t in got)


# 8. "Russian MoD now claims X", "has claimed the village": a place as the object of "claims" is claimed taken by the
#    claimant's side; "has not yet claimed the village", "claimed responsibility" claim nothing
def test_claims_a_place(gaz: Gazetteer) -> None:
    got = tuples(run("Russian MoD now claims Siversk in Donetsk oblast.", gaz, source="x.com", published=SEP))
    assert ("Siversk", "captured", "RU", "factual") in got
    got = tuples(run("", gaz, source=WIRE, published=SEP, title="Russia claims Toretsk; Kyiv says fighting goes on"))
    assert ("Toretsk", "captured", "RU", "factual") in got
    assert not any(t[1] == "captured" and t[2] == "UA" for t in got)
    got = tuples(run("Ukrainian troops left Vesele on Monday. Russia's Defence Ministry has not yet claimed the "
                     "village.", gaz, source=WIRE, published=SEP))
    assert not any(t[1] == "captured" for t in got)
    _none("A Russian group claimed responsibility in Kharkiv.", gaz)


# 9. a post's topic before a colon with a bracketed region ("X (Luhansk oblast): ..."), and "troops still in the
#    western part": the place named before, held
def test_bracketed_topic_and_troops_still_in_a_part(gaz: Gazetteer) -> None:
    got = tuples(run("Chasiv Yar (Donetsk oblast): RU MoD claimed the town today. Geolocated footage shows "
                     "Ukrainian troops still in the western part.", gaz, source="x.com", published=SEP))
    assert ("Chasiv Yar", "captured", "RU", "factual") in got
    assert ("Chasiv Yar", "holds", "UA", "factual") in got
    assert not any("Donetsk" in t[0] for t in got)
    got = tuples(run("Footage shows Russian soldiers still inside Vovchansk.", gaz, source="x.com", published=SEP))
    assert ("Vovchansk", "holds", "RU", "factual") in got


# 10. strikes and their victims: "could not reach the line because of shelling near X", "в результате атаки на X
#     пострадали двое мирных жителей", "внаслідок атаки на X постраждали мирні мешканці" — no ground claim
def test_shelling_and_strike_victims_claim_nothing(gaz: Gazetteer) -> None:
    _none("Engineers could not reach the damaged pipeline because of shelling near Kupiansk, officials said.", gaz)
    _none("Губернатор сообщил, что в результате атаки на Шебекино пострадали двое мирных жителей.", gaz, RU_OUTLET)
    _none("Внаслідок атаки на Нікополь постраждали троє мирних мешканців, повідомив голова ОВА.", gaz, UA_OUTLET)


# 11. "could take several days", "took two weeks": a duration, nothing taken
def test_durations_take_nothing(gaz: Gazetteer) -> None:
    _none("Repairs to the substation in Konotop could take several days, the utility said.", gaz)
    _none("Restoring water supply in Kherson will take a few weeks.", gaz)
    # near miss: a real capture keeps its reading
    got = tuples(run("Russian troops took Toretsk after weeks of fighting.", gaz, source=WIRE, published=SEP))
    assert ("Toretsk", "captured", "RU", "factual") in got


# 12. "an official in the occupied part of the X region": a description, no event
def test_occupied_part_as_a_description(gaz: Gazetteer) -> None:
    _none("A Russian-installed official in the occupied part of the Kherson region said the ferry was running.", gaz)
    _none("Schools in the occupied areas of the Luhansk region switched to a Russian curriculum.", gaz)


# 13. "the city in the X region remains under Ukrainian control": the anaphor is the place named before with its
#     part, the region only locates it
def test_settlement_anaphor_with_a_region_locator(gaz: Gazetteer) -> None:
    got = tuples(run("Russian soldiers have entered the eastern part of Pokrovsk, a spokesman said, but he insisted "
                     "the city in the Donetsk region remains under Ukrainian control.", gaz, source=WIRE,
                     published=SEP))
    assert ("Pokrovsk", "holds", "UA", "factual") in got
    assert not any("Donetsk" in t[0] for t in got)


# 14. "остающихся под контролем Киева", "під контролем Москви", "under Kyiv's control": the capital names the side
def test_capital_as_the_controlling_side(gaz: Gazetteer) -> None:
    got = tuples(run("Краматорск — один из последних крупных городов, остающихся под контролем Киева.", gaz,
                     source=RU_OUTLET, published=SEP))
    assert ("Kramatorsk", "holds", "UA", "factual") in got
    assert not any(t[0] in ("Kyiv", "Киев") for t in got)
    got = tuples(run("Гірське з 2022 року перебуває під контролем Москви.", gaz, source=UA_OUTLET, published=SEP))
    assert not any(t[0] in ("Moscow", "Москва") for t in got)


# 15. "откроется путь на X", "відкриє шлях на X", "the road to X": where a route leads, no place taken
def test_routes_lead_nowhere(gaz: Gazetteer) -> None:
    got = tuples(run("Пушилин заявил, что после освобождения Часова Яра откроется путь на Константиновку и далее на "
                     "Краматорск.", gaz, source=RU_OUTLET, published=SEP))
    assert not any(t[0] in ("Kostiantynivka", "Kramatorsk") for t in got)
    assert any(t[0] == "Chasiv Yar" and t[1] == "captured" for t in got)
    got = tuples(run("Захоплення Покровська відкриє ворогу шлях на Добропілля, вважає аналітик.", gaz,
                     source=UA_OUTLET, published=SEP))
    assert not any(t[0] == "Dobropillia" for t in got)


# 16. "блогери заперечують втрату X", "военкоры отрицают потерю X", "deny the loss of X": the speakers' side did not
#     lose X — the other side's capture, denied
def test_denied_loss(gaz: Gazetteer) -> None:
    got = tuples(run("Російські воєнкори заперечують втрату Вовчанська.", gaz, source=UA_OUTLET, published=SEP))
    assert ("Vovchansk", "captured", "UA", "denied") in got
    assert not any(t[3] == "factual" and t[1] == "captured" for t in got)
    got = tuples(run("Российские военкоры отрицают потерю Глушково.", gaz, source=RU_OUTLET, published=SEP))
    assert ("Glushkovo", "captured", "UA", "denied") in got
    got = tuples(run("Ukraine's army denied the loss of Toretsk on Friday.", gaz, source=WIRE, published=SEP))
    assert ("Toretsk", "captured", "RU", "denied") in got


# 17. "удерживают позиции на западной окраине X", "позиції на околиці X утримують наші підрозділи", "hold positions
#     on the western edge of X": the edge is where the held positions are — a hold, no advance
def test_positions_held_at_the_edge(gaz: Gazetteer) -> None:
    got = tuples(run("Отдельные позиции на северной окраине Покровска по-прежнему удерживают украинские "
                     "подразделения.", gaz, source=RU_OUTLET, published=SEP))
    assert ("Pokrovsk", "holds", "UA", "factual") in got
    assert not any(t[1] == "advancing" for t in got)
    got = tuples(run("Українські підрозділи утримують позиції на південній околиці Торецька.", gaz, source=UA_OUTLET,
                     published=SEP))
    assert ("Toretsk", "holds", "UA", "factual") in got
    got = tuples(run("Ukrainian units still hold positions on the western edge of Siversk.", gaz, source=WIRE,
                     published=SEP))
    assert ("Siversk", "holds", "UA", "factual") in got
    # near miss: an advance to the edge stays one
    got = tuples(run("Російські війська просунулися на околиці Торецька.", gaz, source=UA_OUTLET, published=SEP))
    assert ("Toretsk", "advancing", "RU", "factual") in got


# 18. "Сили оборони утримують позиції.", "Ukrainian units hold their positions.": positions held with nothing after
#     are the place just talked about
def test_bare_held_positions_are_the_place_before(gaz: Gazetteer) -> None:
    got = tuples(run("Російські війська намагалися штурмувати Торецьк. Сили оборони утримують позиції.", gaz,
                     source=UA_OUTLET, published=SEP))
    assert ("Toretsk", "holds", "UA", "factual") in got
    got = tuples(run("Russian troops attacked Siversk overnight. Ukrainian units hold their positions, the spokesman "
                     "said.", gaz, source=WIRE, published=SEP))
    assert ("Siversk", "holds", "UA", "factual") in got


# 19. "бої на околицях X тривають, противник зазнає втрат", "fighting goes on near X, the enemy is suffering heavy
#     losses": with no side at the cue, the enemy named in the clause after is the attacker
def test_enemy_named_after_the_fighting(gaz: Gazetteer) -> None:
    got = tuples(run("За словами речника, бої на околицях Торецька тривають, противник зазнає значних втрат.", gaz,
                     source=UA_OUTLET, published=SEP))
    assert ("Toretsk", "fighting", "RU", "factual") in got
    assert not any(t[2] == "UA" for t in got)
    # (from Donetsk the phrase names the side the Russian attack hits, not an attacker: since the seventeenth
    # session, whose heldout110 labels Pushilin's "бои идут на окраинах X, противник несёт потери" a Russian fight)
    got = tuples(run("По словам Пушилина, бои в Торецке продолжаются, противник несёт большие потери.", gaz,
                     source=RU_OUTLET, published=SEP))
    assert ("Toretsk", "fighting", "UA", "factual") not in got


# 20. "окупував Зелений Кут", "заняли Красный Лиман" with a two-word name the gazetteer lacks: neither the
#     adjective nor the noun alone is the place (since round 28 a generic second noun — Кут, Колодязь, Гай — makes the
#     pair one unknown village, named whole)
def test_unknown_two_word_names_are_not_split(gaz: Gazetteer) -> None:
    got = tuples(run("Ворог окупував Зелений Кут та просунувся поблизу Мирнограда.", gaz, source=UA_OUTLET,
                     published=SEP))
    assert ("Myrnohrad", "advancing", "RU", "factual") in got
    assert not any(t[1] == "captured" and not t[0].endswith(("Kut", "Кут")) for t in got)
    # near miss: a two-word name the gazetteer knows stays one place
    got = tuples(run("Ворог окупував Великий Бурлук.", gaz, source=UA_OUTLET, published=SEP))
    assert any(t[1] == "captured" for t in got)


# 21. "Село под нашим контролем. Следующая — X": the next target named after a placeless claim is not its place
def test_next_target_is_no_antecedent(gaz: Gazetteer) -> None:
    got = tuples(run("Штурмовики подняли флаг в центре села. Село под нашим контролем. Следующая — Торецк.", gaz,
                     source="x.com", published=SEP))
    assert not any(t[0] == "Toretsk" and t[3] == "factual" for t in got)


# 22. "зірвали спробу висадитися біля X", "сорвали попытку высадки у X": a foiled attempt is a repelled one — the
#     defender holds, the side that tried fought there
def test_foiled_attempts(gaz: Gazetteer) -> None:
    got = tuples(run("", gaz, source=UA_OUTLET, published=SEP,
                     title="Сили оборони зірвали спробу росіян висадитися біля Кринок"))
    assert ("Krynky", "holds", "UA", "factual") in got
    assert ("Krynky", "fighting", "RU", "factual") in got
    got = tuples(run("", gaz, source=RU_OUTLET, published=SEP,
                     title="Российские военные сорвали попытку прорыва ВСУ у Глушково"))
    assert ("Glushkovo", "holds", "RU", "factual") in got
    assert ("Glushkovo", "fighting", "UA", "factual") in got


# 23. "X (Luhansk oblast): RU MoD claimed the village. … Not captured.": a post's heading with a bracketed region is
#     still the topic of its placeless sentences, the bare denial included
def test_bracketed_heading_topic_carries_a_bare_denial(gaz: Gazetteer) -> None:
    got = tuples(run("Siversk (Donetsk oblast): RU MoD has claimed the town again today. Footage from this week shows "
                     "Ukrainian troops still in the western part. Not captured.", gaz, source="x.com", published=SEP))
    assert ("Siversk", "captured", "RU", "factual") in got
    assert ("Siversk", "captured", "RU", "denied") in got


# 24. "Moscow wants a buffer zone in the region; Kyiv says the claims of gains there are exaggerated": "there" is the
#     region the sentence names, not the town named last
def test_there_after_the_region_is_no_town(gaz: Gazetteer) -> None:
    got = tuples(run("A shelter for evacuated families opened in Pavlohrad. Moscow says it wants a buffer zone in the "
                     "region; Kyiv says the Russian claims of rapid gains there are exaggerated.", gaz, source=WIRE,
                     published=SEP))
    assert not any(t[0] == "Pavlohrad" for t in got)
    # near miss: "there" after a town still is the town
    got = tuples(run("Russian troops attacked Siversk. Ukraine says fighting there continues.", gaz, source=WIRE,
                     published=SEP))
    assert any(t[0] == "Siversk" and t[1] == "fighting" for t in got)
