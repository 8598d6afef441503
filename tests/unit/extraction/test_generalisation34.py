"""Failure classes found by the thirty-fourth held-out set (heldout34.jsonl: a week of an analyst's feeds in early
spring 2026 — wires, Russian state media and the MoD bulletin, Ukrainian outlets, a General Staff report, ISW, an OSINT
thread, DeepState, a regional military administration, X and Telegram), each as a general rule, with other places and
wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, places, sides

WIRE = "wire.example"
MAR = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=MAR)
_sides = partial(sides, source=WIRE, published=MAR)
_places = partial(places, source=WIRE, published=MAR)


# 1. The Ukrainian і/о alternation: "до Зінькова", "під Виноградовом" are cases of a name in -ів (Зіньків,
#    Виноградів), not a neuter look-alike in -ове (whose genitive is -ового); "наблизитися до X" is an approach
def test_ukrainian_iv_names_in_oblique_cases(gaz: Gazetteer) -> None:
    assert _got("Російські війська наблизилися до Зінькова.", gaz) == {("Зіньків", "advancing", "RU", "factual")}
    assert _places("Бої тривають під Виноградовом.", gaz) == {"Vynohradiv"}
    assert _got("Российские войска пытаются приблизиться к Ивановке с юга.", gaz) == {
        ("Ивановка", "advancing", "RU", "factual")}


# 2. An unknown village in -ок after a word that governs the genitive ("біля Ступочок", "захоплення Липочок") is
#    a genitive plural: the village is Ступочки, and its -ки form elsewhere in the text is the same village
def test_genitive_plural_of_unknown_villages(gaz: Gazetteer) -> None:
    assert _places("Бої тривають біля Ступочок.", gaz) == {"Ступочки"}
    assert _places("Окупанти заявили про захоплення Липочок.", gaz) == {"Липочки"}
    assert _places("Бої тривають біля Ступочок, Ступочки тримаємо.", gaz) == {"Ступочки"}
    assert _places("Бої тривають за Городок.", gaz) == {"Городок"}  # no genitive governor: the name itself


# 3. "did not comment on X", "declined to comment on", «отказался комментировать ситуацию в X», «не прокоментував»:
#    nothing is said about X (but ", which bloggers said ..." after X still is); "the fighting there" after a place
#    of the same sentence is that place, not the one the sentence declined to mention
def test_no_comment_is_no_claim(gaz: Gazetteer) -> None:
    assert _got('The spokesman did not comment on Torske, saying only that the situation on that stretch was '
                '"difficult but controlled."', gaz) == set()
    got = _places("Российские войска продвинулись у Серебрянки. Представитель бригады отказался комментировать "
                  "ситуацию в Торском, сообщив лишь, что ВСУ удерживают позиции.", gaz)
    assert "Torske" not in got
    got = _places("Російські війська просунулися біля Серебрянки. Речник не прокоментував ситуацію в Торському, "
                  "зазначивши лише, що бої тривають біля Ямполя.", gaz)
    assert "Torske" not in got
    assert _got("He did not comment on Torske, which Russian bloggers said had been abandoned by Ukrainian troops.",
                gaz) == {("Torske", "withdrew", "UA", "factual")}
    assert _sides("The General Staff made no mention of Novoiehorivka but said Russian troops had launched five "
                  'assaults near Kopanky, adding that "the fighting there continues."', gaz) == {
        ("Kopanky", "fighting", "RU", "UA")}


# 4. "Ukrainian channels claim", «украинские каналы утверждают», «в українських ЗМІ»: the media are a source, not the
#    side that repelled the attack (whose defender would then be the other side)
def test_ukrainian_media_are_no_force(gaz: Gazetteer) -> None:
    got = _got("Ukrainian channels claim the attack was repelled and the village of Kopanky remains under AFU control.",
               gaz)
    assert ("Kopanky", "holds", "UA", "factual") in got
    assert all(actor != "RU" and not (pred == "fighting" and actor == "UA") for _, pred, actor, _ in got)
    got = _got("Украинские каналы утверждают, что атака отбита и Копанки остаются под контролем ВСУ.", gaz)
    assert all(actor != "RU" for _, _, actor, _ in got)


# 5. "X, on the eastern outskirts of Y", "X, a village on the outskirts of Y", «X, на восточной окраине Y»: the city
#    after the comma only locates the village
def test_outskirts_apposition_locates(gaz: Gazetteer) -> None:
    assert _places("Russian troops attempted to land near the village of Antonivka, on the eastern outskirts of "
                   "Kherson, but the assault was repelled.", gaz) == {"Antonivka"}
    assert _places("Russian troops attempted to land near Antonivka, a village on the outskirts of Kherson, but the "
                   "assault was repelled.", gaz) == {"Antonivka"}
    assert _got("Российские войска продвинулись у села Антоновка, на восточной окраине Херсона.", gaz) == {
        ("Antonivka", "advancing", "RU", "factual")}
    assert _got("Російські війська просунулися біля села Антонівка, на східній околиці Херсона.", gaz) == {
        ("Antonivka", "advancing", "RU", "factual")}


# 6. A strike report is no advance: "a fire that took rescuers three hours to put out" is a duration, not a capture;
#    "villages within 10km of the border, including X" is an evacuation zone, no one closing in on X
def test_durations_and_border_zones(gaz: Gazetteer) -> None:
    assert _got("One of the drones hit a nine-storey block in the city's Zarichnyi district, starting a fire that took "
                "rescuers more than three hours to put out.", gaz) == set()
    assert _got("The authorities extended the evacuation of families from villages within 10km of the border, "
                "including Velyka Pysarivka.", gaz) == set()
    assert _got("Russian troops took Myropillia.", gaz) == {("Myropillia", "captured", "RU", "factual")}
    assert _got("Russian forces are now within 5 km of Myropillia.", gaz) == {
        ("Myropillia", "advancing", "RU", "factual")}


# 7. «После освобождения X в конце прошлого года», «після звільнення X наприкінці минулого року»: "after taking X"
#    dated to last year is background, not a future step (undated, it stays one)
def test_after_taking_dated_last_year(gaz: Gazetteer) -> None:
    assert _got("После освобождения Покровска в конце прошлого года наступление перешло в новую фазу.", gaz) == {
        ("Pokrovsk", "captured", "RU", "historical")}
    assert _got("Після звільнення Покровська наприкінці минулого року наступ російських військ перейшов у нову фазу.",
                gaz) == {("Pokrovsk", "captured", "RU", "historical")}
    assert ("Pokrovsk", "captured", "RU", "conditional") in _got(
        "После взятия Покровска российские войска двинутся на Доброполье.", gaz)


# 8. «контролюють якусь частину міста», «какую-то часть города», "any part of the town": a share of the place
#    talked about is an advance (and its denial a denied advance), not a hold of the whole
def test_any_share_of_the_place(gaz: Gazetteer) -> None:
    assert _got("Бої тривають у Торському. Говорити, що росіяни контролюють якусь частину міста, — неправда.",
                gaz) == {("Torske", "fighting", "RU", "factual"), ("Torske", "advancing", "RU", "denied")}
    assert ("Torske", "advancing", "RU", "factual") in _got(
        "Бои идут в Торском. Российские войска контролируют какую-то часть города.", gaz)


# 9. «Кринки й острів під контролем наших захисників»: a name and one more noun before "under control" with no verb
#    states who holds it, no change of hands
def test_name_and_noun_under_control(gaz: Gazetteer) -> None:
    assert _got("Кринки й острів під контролем наших захисників.", gaz) == {("Krynky", "holds", "UA", "factual")}
    assert _got("Кринки и остров под контролем ВСУ.", gaz) == {("Krynky", "holds", "UA", "factual")}


# 10. "the enemy holds the bulk of X", "control the bulk of the village": a share, the attacker's advance
def test_bulk_of_the_place(gaz: Gazetteer) -> None:
    assert _got("Russian forces now control the bulk of Torske.", gaz) == {("Torske", "advancing", "RU", "factual")}
    assert ("Torske", "holds", "RU", "factual") not in _got(
        'Бої тривають у Торському. "The enemy holds the bulk of the village," the officer said.', gaz)


# 11. "X, whose outskirts have come under drone attacks", «околиці X регулярно обстрілюють»: struck from afar, no one
#     on the outskirts (reaching them stays an advance)
def test_outskirts_under_fire(gaz: Gazetteer) -> None:
    assert _got("Both towns lie south of the regional capital, Zaporizhzhia, whose outskirts have come under "
                "increasingly frequent drone attacks.", gaz) == set()
    assert _got("Околиці Запоріжжя регулярно обстрілюють дрони.", gaz) == set()
    assert _got("Окраины Запорожья ежедневно обстреливает противник.", gaz) == set()
    assert _got("Russian troops reached the outskirts of Huliaipole.", gaz) == {
        ("Hulyaypole", "advancing", "RU", "factual")}


# 12. Peace-talk demands: "give up X and Y without a fight" names no fight there; "ruled out such a withdrawal"
#     refuses the demanded withdrawal, no withdrawal claimed
def test_demands_refused_and_without_a_fight(gaz: Gazetteer) -> None:
    assert _got("The demand would require Kyiv to give up cities including Kramatorsk and Sloviansk without a fight.",
                gaz) == set()
    assert _got("Russia demands that Ukraine leave Kramatorsk. Zelenskiy has repeatedly ruled out such a withdrawal, "
                "saying it would hand Russia a fortified line.", gaz) == set()
    assert _got("Fighting continues near Kramatorsk.", gaz) == {("Kramatorsk", "fighting", "unknown", "factual")}


# 13. «будет вынуждено отвести войска из X», «змушене відвести війська з X»: the infinitive of a pull-out is a
#     (conditional) withdrawal; "X, which covers Y", «X, которое прикрывает Y»: Y only says what X shields
def test_forced_pull_out_and_covering_clause(gaz: Gazetteer) -> None:
    assert _got("Украинское командование может быть вынуждено отвести войска из Родинского.", gaz) == {
        ("Rodynske", "withdrew", "UA", "conditional")}
    assert _got("Українське командування може бути змушене відвести війська з Родинського.", gaz) == {
        ("Rodynske", "withdrew", "UA", "conditional")}
    assert _places("По его словам, сейчас бои идут на подступах к Белицкому, которое прикрывает Доброполье с юга.",
                   gaz) == {"Bilytske"}
    assert _places("Fighting continues near Bilytske, which covers Dobropillia from the south.", gaz) == {"Bilytske"}


# 14. "the Russian border town of X", "the Ukrainian village of X": the country a place lies in, not a force; "a year
#     after Ukrainian forces were pushed out of X" dates the loss as background
def test_country_adjective_and_anniversary(gaz: Gazetteer) -> None:
    assert _got("Russian troops captured the Ukrainian village of Torske.", gaz) == {
        ("Torske", "captured", "RU", "factual")}
    assert _got("Almost exactly a year after Ukrainian forces were pushed out of the Russian border town of Sudzha, "
                "the war has moved back across the frontier.", gaz) == {("Sudzha", "withdrew", "UA", "historical")}


# 15. «закрепиться на рубежах западнее города», «утримують висоти на захід від села»: the place talked about only
#     locates the lines or heights, nothing is claimed in it (but "withdrew to positions north of the village" is)
def test_lines_located_by_the_place(gaz: Gazetteer) -> None:
    assert _got("Бои идут в Северске. По словам Пушилина, противник пытается закрепиться на рубежах западнее города.",
                gaz) == {("Siversk", "fighting", "unknown", "factual")}
    assert _got("Бої тривають у Торському. Українські підрозділи утримують ключові висоти на захід від села.", gaz) == {
        ("Torske", "fighting", "unknown", "factual")}


# 16. «Наши пока не заходят», "our units have not yet entered": the speaker's own side not (yet) moving is no denial
#     of anyone's claim; "the town is not in immediate danger of encirclement" claims no encirclement
def test_not_yet_and_not_in_danger(gaz: Gazetteer) -> None:
    got = _got("Бои идут у Голубовки. Наши пока не заходят, дроны висят над селом.", gaz)
    assert all(pred != "advancing" for _, pred, _, _ in got)
    assert _got("Fighting continues near Kramatorsk. Ukraine's military says the town is not in immediate danger of "
                "encirclement.", gaz) == {("Kramatorsk", "fighting", "unknown", "factual")}
    assert _got("Kramatorsk is in danger of Russian encirclement.", gaz) == {
        ("Kramatorsk", "advancing", "RU", "factual")}


# 17. «Попытки российских подразделений зайти в X были отбиты», «спроби російських штурмових груп зайти в X»: the
#     attempt's agent between the noun and the verb still makes it an attempt, an assault, not a gain
def test_attempt_noun_with_its_agent(gaz: Gazetteer) -> None:
    got = _got("Попытки российских подразделений зайти в Степногорск были отбиты.", gaz)
    assert ("Stepnohirsk", "fighting", "RU", "factual") in got
    assert all(pred != "advancing" for _, pred, _, _ in got)
    assert _got("Спроби російських штурмових груп зайти в Степногірськ провалилися.", gaz) == {
        ("Stepnohirsk", "fighting", "RU", "factual")}


# 18. "managed to reach the shore of the island, where it was destroyed", «дійшла до берега, де її знищили»: a landing
#     destroyed on the spot is a failed assault, no gain
def test_reached_where_destroyed(gaz: Gazetteer) -> None:
    got = _got('Russian troops tried to land near Krynky. "Part of the group managed to reach the shore of the island, '
               'where it was destroyed," the Southern Defence Forces said.', gaz)
    assert got == {("Krynky", "fighting", "RU", "factual")}


# 19. "an attempt to exaggerate gains around X", «попытка преувеличить продвижение у X»: a charge of spin, no gain
def test_exaggerated_gains(gaz: Gazetteer) -> None:
    assert _got("Ukrainian commanders dismissed the claim as an attempt to exaggerate gains around Kupiansk.",
                gaz) == set()
    assert _got("Командование назвало это попыткой преувеличить продвижение у Купянска.", gaz) == set()
    assert _got("Russian forces made gains around Kupiansk.", gaz) == {("Kupyansk", "advancing", "RU", "factual")}


# 20. «Противник кидає в бій нові підрозділи», «бросает в бой новые подразделения»: reinforcements belong to whoever
#     sends them, not to the speaker's side ("units" alone stay the speaker's own)
def test_reinforcements_are_not_own_units(gaz: Gazetteer) -> None:
    for text in ('Бої тривають біля Оріхова. "Противник кидає в бій нові підрозділи і намагається вийти до околиць '
                 'Оріхова", — сказав речник Сил оборони.',
                 "Бои идут у Орехова. «Противник бросает в бой новые подразделения и пытается выйти к окраинам "
                 "Орехова», — сказал представитель ВСУ."):
        got = _got(text, gaz)
        assert ("Orikhiv", "advancing", "UA", "factual") not in got
        assert ("Orikhiv", "fighting", "unknown", "factual") in got


# 21. «ризики для оборони північно-східних підступів до X», "the defence of the approaches to X": the approaches
#     defended, no advance on X (reaching them, «вийшли на підступи до X», still is); a title's question part
#     («Чи загрожує X новий наступ РФ? Аналітик пояснив …») claims nothing
def test_defended_approaches_and_title_questions(gaz: Gazetteer) -> None:
    assert _got("Російські війська просунулися біля Закітного, і це створює ризики для оборони північно-східних "
                "підступів до Слов'янська.", gaz) == {("Закітне", "advancing", "RU", "factual")}
    assert "Slovyansk" not in _places("Российские войска продвинулись у Закитного, что создает риски для обороны "
                                      "северо-восточных подступов к Славянску.", gaz)
    assert _got("Російські війська вийшли на підступи до Слов'янська.", gaz) == {
        ("Слов'янськ", "advancing", "RU", "factual")}
    assert _got("Текст без міст.", gaz, title="Чи загрожує Слов'янську новий наступ РФ? Аналітик пояснив, що "
                "відбувається біля Закітного") == set()
