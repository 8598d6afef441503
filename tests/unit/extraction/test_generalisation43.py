"""Failure classes found by the forty-third held-out set (heldout43.jsonl: a representative sample of an analyst's
feeds over five days in late October 2026 — wires, Russian state media and MoD relays, Ukrainian outlets, General Staff
updates, brigade channels, DeepState/ISW/GeoConfirmed/Black Bird Group, X and Telegram), each as a general rule, with
other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from schemas.models import Document, DocumentKind
from services.normalizer.extraction import Gazetteer, extract_claims

from .conftest import got, places, sides

WIRE = "wire.example"
OCT = datetime(2026, 10, 27, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=OCT)
_sides = partial(sides, source=WIRE, published=OCT)
_places = partial(places, source=WIRE, published=OCT)


# 1. A bare adjective-shaped name in an oblique case ("у районі Зарічного", "у Зарічному") is a village, not a city's
#    district of the same stem (Зарічний район of Sumy), however many people the district counts
def test_city_district_loses_to_village(gaz: Gazetteer) -> None:
    got = _places("Воїни бригади відбили штурм у районі Зарічного на Лиманському напрямку.", gaz)
    assert "Zarichnyi" not in got and len(got) == 1
    assert "Zarichnyi" not in _places("Бої тривають у Зарічному.", gaz)


# 2. A second axis adjective with «напрямку» left out ("X на Покровському напрямку та Y на Гуляйпільському") is an
#    axis too, not a village
def test_elided_axis_adjective(gaz: Gazetteer) -> None:
    got = _places("За їхніми даними, росіяни окупували Новопавлівку на Покровському напрямку та Малинівку на "
                  "Олександрівському.", gaz)
    assert not any(p.startswith(("Oleksandriv", "Олександрів")) for p in got)
    got = _places("Ранее ВС РФ освободили Малиновку на Гуляйпольском направлении и Андреевку на Александровском.", gaz)
    assert not any(p.startswith(("Oleksandriv", "Александров", "Aleksandrov")) for p in got)
    assert "Rodynske" in _places("Бои на Покровском направлении идут в Родинском.", gaz)


# 3. "It does not mean RU controls the town", «это не означает, что ВС РФ контролируют село»: a foothold shown (a flag,
#    a video) whose implied control is disowned is a partial gain, not a hold
def test_does_not_mean_control_is_a_partial_gain(gaz: Gazetteer) -> None:
    assert _got("Geolocated: Russian soldiers raising a flag near the church in central Pokrovske. It does not mean RU "
                "controls the village.", gaz) == {("Pokrovske", "advancing", "RU", "factual")}
    assert _got("Russian forces control Pokrovske.", gaz) == {("Pokrovske", "holds", "RU", "factual")}


# 4. A headline's toll ("Russian attack on X kills 2, injures 7", "…, killing three people") is a strike, no fight
def test_strike_toll_is_no_fight(gaz: Gazetteer) -> None:
    assert _got("The city was hit overnight.", gaz, title="Russian attack on Kramatorsk kills 2, injures 7") == set()
    assert _got("Russian attack on Kramatorsk kills 2, injures 7.", gaz) == set()
    assert _got("Russian troops attacked Novopavlivka, killing 20 soldiers.", gaz) == {
        ("Novopavlivka", "fighting", "RU", "factual")}


# 5. The far end of a road ("трассу, связывающую город с X", "the road connecting X with Y") and the approaches a
#    capture opens ("взятие X позволит выйти на подступы к Y") are no captures of their own
def test_road_ends_and_approaches(gaz: Gazetteer) -> None:
    got = _got("Взятие Малиновки российскими войсками позволит поставить под огневой контроль трассу, связывающую "
               "город с Гуляйполем.", gaz)
    assert {p for p, *_ in got} == {"Малиновка"}
    got = _got("Захоплення Малинівки росіянами дозволить контролювати трасу, що з'єднує місто з Гуляйполем.", gaz)
    assert {p for p, *_ in got} == {"Малинівка"}
    assert _places("Russian forces captured Malynivka, cutting the road connecting Huliaipole with Orikhiv.", gaz) == {
        "Malynivka"}
    got = _got("Эксперт считает, что взятие Малиновки и Андреевки позволит российским войскам выйти на ближние "
               "подступы к Гуляйполю.", gaz)
    assert ("Hulyaypole", "captured") not in {(p, pr) for p, pr, *_ in got}
    # (whether the approach is a conditional advance on Y or no claim at all, the sets disagree: heldout43 labels the
    # advance, heldout38 and round 42's "opens the way to Y" rule none; the merged rules claim nothing on Y)


# 6. «зачистили X від окупантів», «зачистили X от оккупантов»: rid of the holders, i.e. taken by the other side (an
#    incursion mopped up, «від диверсантів», stays no capture)
def test_cleared_of_occupiers(gaz: Gazetteer) -> None:
    assert _got("На Сумщині десантники зачистили Андріївку від окупантів.", gaz) == {
        ("Андріївка", "captured", "UA", "factual")}
    assert _got("Десантники зачистили Андріївку від диверсантів.", gaz) == set()
    assert _got("Российские штурмовики зачистили Андреевку от ВСУ.", gaz) == {
        ("Андреевка", "captured", "RU", "factual")}


# 7. A repelled attempt whose agent is a feminine group noun ("попытку диверсионно-разведывательной группы ВСУ
#    прорваться") is still an attempt: a fight by the attacker, the place held by the other side
def test_group_attempt_repelled(gaz: Gazetteer) -> None:
    assert _got("Подразделения отразили попытку диверсионно-разведывательной группы ВСУ прорваться в районе "
                "Глушково.", gaz) == {("Glushkovo", "fighting", "UA", "factual"),
                                     ("Glushkovo", "holds", "RU", "factual")}
    assert _got("Прикордонники зірвали спробу диверсійно-розвідувальної групи росіян прорватися в районі Миропілля.",
                gaz) == {("Myropillia", "fighting", "RU", "factual"), ("Myropillia", "holds", "UA", "factual")}


# 8. A quote opened in the sentence before and closed in this one («… уничтожено до 15 военнослужащих ВСУ», —
#    говорится в сообщении ведомства): a name inside it is what the quote talks about, not the speaker
def test_quote_closed_from_sentence_before(gaz: Gazetteer) -> None:
    text = ("Об этом сообщили в Минобороны России. «Противник пытался атаковать в направлении населенного пункта "
            "Глушково. Атака отражена, уничтожено до 15 военнослужащих ВСУ», — говорится в сообщении ведомства.")
    assert _sides(text, gaz) == {("Glushkovo", "fighting", "UA", "RU")}
    # (a quoted name between the speaker and the verb still leaves the speaker: «бригаді «Холодний Яр» спростували»)
    text = ("Російське Міноборони заявило про захоплення села Русин Яр. Однак у 93-й окремій механізованій бригаді "
            "«Холодний Яр» спростували цю інформацію.\n\n«Це неправда. Русин Яр під контролем наших підрозділів. Бої "
            "точаться на околицях села», — сказав речник бригади.")
    assert ("Русин Яр", "holds", "UA", "UA") in _sides(text, gaz)


# 9. A river's bridgehead or valley in a headline ("Widen Oskil Bridgehead Near X") names the river, no settlement
def test_river_bridgehead(gaz: Gazetteer) -> None:
    got = _places("Russian forces launched assaults near Kamianka.", gaz,
                  title="Russians Try to Widen Oskil Bridgehead Near Kamianka")
    assert "Oskil" not in got


# 10. "We see no evidence for the claimed capture of X", "Our data does not support this": a rejection of the claim
def test_no_evidence_is_a_denial(gaz: Gazetteer) -> None:
    got = _got("RU MoD today claims the 'liberation' of Shcherbynivka near Kostiantynivka. Our data does not support "
               "this: the village remains contested, RU holds a handful of houses on the eastern outskirts.", gaz)
    assert ("Shcherbynivka", "captured", "RU", "denied") in got
    assert ("Shcherbynivka", "advancing", "RU", "factual") in got
    assert _got("We see no evidence for the claimed Russian capture of Shcherbynivka.", gaz) == {
        ("Shcherbynivka", "captured", "RU", "denied")}


# 11. "X, which fell to Russian forces in 2025, was reduced to rubble before its capture": "before/after its capture"
#     in a sentence with a settled date is that dated capture again, no fresh one
def test_before_its_capture_is_the_dated_one(gaz: Gazetteer) -> None:
    assert _got("For many here, the fate of Toretsk is a warning. The hilltop town, which fell to Russian forces in "
                "2025, was reduced to rubble before its capture.", gaz) == {("Toretsk", "captured", "RU", "historical")}


# 12. "not in immediate danger of being encircled", "no risk of X being encircled": a threat denied, no advance
def test_no_danger_of_being_encircled(gaz: Gazetteer) -> None:
    assert _got("Officials insist Druzhkivka is not in immediate danger of being encircled, but the road to "
                "Kostiantynivka is now regularly hit by Russian drones.", gaz) == set()
    assert _got("There is no risk of Druzhkivka being encircled.", gaz) == set()


# 13. Where an attack comes from («контратаковать со стороны X», «з боку X») is no antecedent of a bare «Держимся»
def test_attack_origin_is_no_antecedent(gaz: Gazetteer) -> None:
    got = _got("В Купянске-Узловом продолжаются бои. Наши штурмовые группы закрепились в северной части поселка, "
               "противник пытается контратаковать со стороны Боровой, но безуспешно. Держимся.", gaz)
    assert ("Borova", "holds", "RU", "factual") not in got
    assert ("Kupiansk-Vuzlovyi", "holds", "RU", "factual") in got


# 14. «відійти з частини позицій на околицях X», «отошли с окраин X»: the edge is where the withdrawal was from, no
#     advance that swallows the withdrawal
def test_withdrawal_from_outskirts(gaz: Gazetteer) -> None:
    assert _got("Противник був змушений відійти з частини позицій на околицях Петропавлівки.", gaz) == {
        ("Петропавлівка", "withdrew", "RU", "factual")}
    assert _got("Российские войска отошли с окраин Петропавловки.", gaz) == {
        ("Петропавловка", "withdrew", "RU", "factual")}


# 15. «однак в угрупованні це заперечують», «однако в группировке это отрицают»: the sentence's own claim is denied
#     (and no claim of the sentence before is denied with it)
def test_zaperechuiut_denies(gaz: Gazetteer) -> None:
    got = _got("Противник відійшов з позицій біля Петропавлівки. Російські пропагандисти стверджують, що окупанти "
               "контролюють більшу частину Кругляківки, однак в угрупованні це заперечують.", gaz)
    assert got == {("Kruhliakivka", "advancing", "RU", "denied"), ("Petropavlivka", "withdrew", "RU", "factual")}
    assert ("Петропавловка", "advancing", "RU", "denied") in _got(
        "Российские блогеры утверждают, что ВС РФ контролируют большую часть Петропавловки, однако в группировке это "
        "отрицают.", gaz)
    # (Russian bloggers denying the loss: the loss would be Russia's, so the capture denied is Ukraine's)
    assert _got("Російські військові блогери заперечують втрату Петропавлівки.", gaz) == {
        ("Петропавлівка", "captured", "UA", "denied")}


# 16. "captured the village of X in the Y region, saying heavy fighting was continuing there": "there" is the village
#     the region only locates
def test_there_is_the_village_not_its_region(gaz: Gazetteer) -> None:
    text = ("Ukraine's military rejected a Russian claim that Moscow's forces had captured the village of Malynivka in "
            "the southeastern Zaporizhzhia region, saying heavy fighting was continuing there.")
    assert _got(text, gaz) == {("Malynivka", "captured", "RU", "factual"), ("Malynivka", "captured", "RU", "denied"),
                               ("Malynivka", "fighting", "RU", "factual")}


# 17. A post fetched with no author still names its account in its own address ("x.com/DeepStateUA/status/…"): "the
#     enemy" of that account's side
def test_post_account_from_its_address(gaz: Gazetteer) -> None:
    post = Document(doc_id="x:1", kind=DocumentKind.post, source="x.com", url="https://x.com/DeepStateUA/status/1",
                    text="The map has been updated. The enemy advanced near #Yunakivka and in #Kindrativka (Sumy "
                         "region).", lang="en", published_at=OCT)
    assert {(c.place_name, c.predicate.value, c.actor.value, c.claimant_side.value)
            for c in extract_claims(post, gaz)} == {("Yunakivka", "advancing", "RU", "UA"),
                                                     ("Kindrativka", "advancing", "RU", "UA")}
