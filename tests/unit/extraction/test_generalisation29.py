"""Failure classes found by the twenty-ninth held-out set (heldout29.jsonl: three ordinary days of an analyst's feeds —
wires, Russian state media and MoD bulletins, Ukrainian outlets and General Staff reports, DeepState/ISW, X posts and
Telegram channels), each as a general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.models import Claim, Document
from services.normalizer.extraction import Gazetteer, extract_claims
from services.normalizer.extraction.claimants import author_claimant

from .conftest import run, tuples

WIRE = "wire.example"
MAY = datetime(2025, 5, 20, 9, 0, tzinfo=UTC)


def _got(text: str, gaz: Gazetteer, source: str = WIRE) -> set[tuple[str, str, str, str]]:
    return tuples(run(text, gaz, source=source, published=MAY))


def _post(text: str, gaz: Gazetteer, author: str) -> list[Claim]:
    document = Document(doc_id="x:1", kind="post", source="x.com", author=author, title="", text=text,
                        published_at=MAY)
    return extract_claims(document, gaz)


def _sides(claims: list[Claim]) -> set[tuple[str, str, str, str]]:
    return {(c.place_name, c.predicate.value, c.actor.value, c.claimant_side.value) for c in claims}


# 1. A post on the bare X host names its account in `author`: a known handle is that claimant, any other handle is
#    x:@name (and "the enemy" in @DeepStateEN's post is RU)
def test_author_handle_of_an_x_post() -> None:
    assert author_claimant("x.com", "@DefenceU") == "ua_mod"
    assert author_claimant("twitter.com", "@mod_russia") == "ru_mod"
    assert author_claimant("x.com", "@DeepStateEN") == "deepstate"
    assert author_claimant("x.com", "@some_reporter") == "x:@some_reporter"
    assert author_claimant("apnews.com", "@DefenceU") is None  # an article's byline is no account
    assert author_claimant("x.com", None) is None


def test_author_handle_gives_the_posts_side(gaz: Gazetteer) -> None:
    claims = _post("Map updated. The enemy advanced near #Toretsk and #Pokrovsk.", gaz, "@DeepStateEN")
    assert ("Toretsk", "advancing", "RU", "UA") in _sides(claims)
    assert {c.claimant for c in claims} == {"deepstate"}
    claims = _post("Ворог просунувся поблизу Курахового.", gaz, "@DefenceU")
    assert ("Kurakhove", "advancing", "RU", "UA") in _sides(claims)
    claims = _post("Противник продвинулся у Торецка.", gaz, "@mod_russia")
    assert ("Toretsk", "advancing", "UA", "RU") in _sides(claims)
    # near miss: an unknown handle stays neutral and "the enemy" has no side (an advance without a side is no claim)
    claims = _post("The enemy attacked near #Toretsk.", gaz, "@some_reporter")
    assert {c.claimant for c in claims} == {"x:@some_reporter"}
    assert ("Toretsk", "fighting", "unknown", "neutral") in _sides(claims)
    assert _post("The enemy advanced near #Toretsk.", gaz, "@some_reporter") == []


# 2. "… не соответствуют действительности" / "… не відповідали дійсності": the official formula of a denial, in any
#    tense (the Russian phrase's "*" had made it match nothing)
def test_does_not_correspond_to_reality(gaz: Gazetteer) -> None:
    got = _got("«Информация о захвате Торецка не соответствует действительности», — подчеркнул представитель ВСУ.", gaz)
    assert ("Toretsk", "captured", "RU", "denied") in got
    got = _got("«Заяви про захоплення Торецька не відповідали дійсності», — сказав речник бригади.", gaz)
    assert ("Toretsk", "captured", "RU", "denied") in got


# 3. "The ministry claimed X, but the claim was not true": after a speaker with no content clause, a contrast right
#    before the denial is the author's rebuttal; the ministry's claim stays its own
def test_author_rebuts_a_reported_claim(gaz: Gazetteer) -> None:
    for text in ("Раніше Міноборони РФ заявляло про «звільнення» Торецька, однак ці заяви не відповідали дійсності.",
                 "Ранее Минобороны России сообщало об освобождении Торецка, однако эти сведения не соответствуют "
                 "действительности.",
                 "Russia's Defense Ministry claimed the capture of Toretsk, but the claim was not true."):
        claims = run(text, gaz, source="outlet.example", published=MAY)
        got = {(c.place_name, c.modality.value, c.claimant) for c in claims}
        assert ("Toretsk", "reported", "ru_mod") in got, text
        assert ("Toretsk", "denied", "outlet.example") in got, text
        assert {c.actor.value for c in claims} == {"RU"}, text
    # near miss: "said that …, but …" is all the speaker's own content
    claims = run("Russia's Defense Ministry said that its troops captured Toretsk, but this is not true.", gaz,
                 source="outlet.example", published=MAY)
    assert {c.claimant for c in claims} == {"ru_mod"}


# 4. "Міноборони РФ сьогодні «взяло» X": the other side's claimant as the subject of a scare-quoted capture verb claims
#    it (the writer's quotes doubt it), so "Це брехня" in the next sentence denies that claim
def test_subject_of_a_scare_quoted_capture_claims_it(gaz: Gazetteer) -> None:
    claims = run("Міноборони РФ сьогодні «взяло» Торецьк. Це брехня: наші підрозділи в місті.", gaz,
                 source="x.com", published=MAY)
    got = {(c.place_name, c.predicate.value, c.modality.value, c.claimant_side.value) for c in claims}
    assert ("Toretsk", "captured", "reported", "RU") in got
    assert ("Toretsk", "captured", "denied", "UA") in got
    claims = run("Генштаб ВСУ снова «освободил» Торецк.", gaz, source="ria.example", published=MAY)
    assert {(c.predicate.value, c.actor.value, c.claimant) for c in claims} == {("captured", "UA", "ua_army")}
    claims = run('Russia\'s Defence Ministry has "liberated" Toretsk again.', gaz, source="x.com", published=MAY)
    assert {(c.predicate.value, c.actor.value, c.claimant) for c in claims} == {("captured", "RU", "ru_mod")}
    # near miss: without quotes the writer's own sentence stays the writer's
    claims = run("Міноборони РФ сьогодні взяло Торецьк.", gaz, source="x.com", published=MAY)
    assert not any(c.modality.value == "denied" for c in claims)


# 5. "Our units are in the village", "наші підрозділи в селі", "наши бойцы по-прежнему находятся в городе": the
#    speaker's side is there and holds the place
def test_our_units_are_in_the_village(gaz: Gazetteer) -> None:
    got = _got('Russia claimed Toretsk. "Our units are in the town," a Ukrainian brigade spokesman said.', gaz)
    assert ("Toretsk", "holds", "UA", "factual") in got
    got = _got("Бої точаться за Торецьк. «Наші підрозділи досі в місті», — сказав речник бригади.", gaz)
    assert ("Toretsk", "holds", "UA", "factual") in got
    got = _got("Бои идут за Торецк. «Наши бойцы по-прежнему находятся в городе», — сказал Пушилин.", gaz)
    assert ("Toretsk", "holds", "RU", "factual") in got
    # near miss: "our units are in position" names no settlement held
    got = _got('"Our units are in position near Toretsk," a Ukrainian brigade spokesman said.', gaz)
    assert ("Toretsk", "holds", "UA", "factual") not in got


# 6. "X полностью контролируется нашими войсками", "X повністю контролюється ЗСУ": a present passive states who holds
#    the place, like the active "контролируют" (no capture unless "снова/now")
def test_present_passive_control_is_a_hold(gaz: Gazetteer) -> None:
    got = _got("«Торецк полностью контролируется нашими войсками», — сказал Пушилин.", gaz)
    assert ("Toretsk", "holds", "RU", "factual") in got
    assert not any(t[1] == "captured" for t in got)
    got = _got("«Торецьк повністю контролюється Силами оборони», — сказав речник бригади.", gaz)
    assert ("Toretsk", "holds", "UA", "factual") in got
    assert not any(t[1] == "captured" for t in got)
    # near miss: "теперь полностью контролируют" is still a capture
    got = _got("Российские войска теперь полностью контролируют Торецк, сообщил Пушилин.", gaz)
    assert ("Toretsk", "captured", "RU", "factual") in got


# 7. A title's comparison or time reference ("'Like Bakhmut again': X braces …", "Рік після Часового Яру: чому X …") is
#    no target and not what "the city" later refers to
def test_title_comparison_is_no_antecedent(gaz: Gazetteer) -> None:
    claims = run("Russian infantry are fighting in the city's southern outskirts.", gaz, source=WIRE, published=MAY,
                 title="'Like Bakhmut again': Toretsk braces as Russian troops close in")
    assert {c.place_name for c in claims} == {"Toretsk"}
    claims = run("Російські штурмовики закріпилися в південній частині міста.", gaz, source=WIRE, published=MAY,
                 title="Рік після Авдіївки: чому Торецьк не впав")
    assert {c.place_name for c in claims} == {"Toretsk"}
    claims = run("Российские штурмовики закрепились в южной части города.", gaz, source=WIRE, published=MAY,
                 title="Как Бахмут: Торецк готовится к штурму")
    assert {c.place_name for c in claims} == {"Toretsk"}
    # near miss: a plain title's first place stays the antecedent
    claims = run("Russian infantry are fighting in the city's southern outskirts.", gaz, source=WIRE, published=MAY,
                 title="Bakhmut braces as Russian troops close in")
    assert {c.place_name for c in claims} == {"Bakhmut"}


APR = datetime(2026, 4, 22, 9, 0, tzinfo=UTC)


def _facts(got: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    return {(t[0], t[1], t[3]) for t in got}  # (actor left out: the point is the factuality, not the side)


def _apr(text: str, gaz: Gazetteer) -> set[tuple[str, str, str, str]]:
    return tuples(run(text, gaz, source="outlet.example", published=APR))


# 8. Settled past: "после освобождения X в ноябре" (a month later in the calendar than publication, with no year, is
#    last year's), "ещё зимой"/"ще взимку" in a spring or summer text, "в освобождённых ранее X" / "у звільнених
#    раніше X"
def test_settled_past_markers(gaz: Gazetteer) -> None:
    got = _apr("После освобождения Авдеевки в ноябре противник рассчитывал остановить нас у Торецка.", gaz)
    assert ("Avdiivka", "captured", "historical") in _facts(got)
    got = _apr("Після звільнення Авдіївки у листопаді ворог відступив.", gaz)
    assert ("Avdiivka", "captured", "historical") in _facts(got)
    got = _apr("Торецк мы взяли ещё зимой, сейчас идут бои у Константиновки.", gaz)
    assert ("Toretsk", "captured", "historical") in _facts(got)
    got = _apr("Торецьк ворог захопив ще взимку.", gaz)
    assert ("Toretsk", "captured", "historical") in _facts(got)
    got = _apr("Пушилин отметил, что в освобождённых ранее Торецке и Авдеевке начались работы по разминированию.", gaz)
    assert ("Toretsk", "captured", "historical") in _facts(got)
    got = _apr("У звільнених раніше Силами оборони Куп'янську та Ізюмі відновлюють водопостачання.", gaz)
    assert {t[3] for t in got if t[0] == "Kupiansk"} == {"historical"}
    # near misses: "после освобождения X" with no date is still ahead; "Ранее Минобороны сообщало" is a report
    got = _apr("После освобождения Торецка войска двинутся на Константиновку.", gaz)
    assert ("Toretsk", "captured", "conditional") in _facts(got)
    got = _apr("Ранее Минобороны России сообщало об освобождении Торецка.", gaz)
    assert ("Toretsk", "captured", "factual") in _facts(got)


# 9. "Когда возьмём X, …", "Коли візьмемо X, …": a future-tense taking is not done yet
def test_when_we_take_is_future(gaz: Gazetteer) -> None:
    got = _apr("— Когда мы возьмём Торецк, Константиновка окажется под угрозой, — сказал командир российской "
               "бригады.", gaz)
    assert ("Toretsk", "captured", "conditional") in _facts(got)
    assert ("Toretsk", "captured", "factual") not in _facts(got)
    got = _apr("«Коли звільнимо Торецьк, ворог відступить», — сказав командир бригади.", gaz)
    assert ("Toretsk", "captured", "conditional") in _facts(got)
    # near miss: "когда взяли X" is past
    got = _apr("Когда наши войска взяли Торецк, противник отступил к Константиновке.", gaz)
    assert ("Toretsk", "captured", "factual") in _facts(got)


# 10. Axis names in a plural or dash-joined form: "Pokrovsk and Kostiantynivka sectors", "the Pokrovsk–Dobropillia
#     axis", "на Покровсько–Добропільському напрямку" give no place
def test_plural_and_dash_joined_axes(gaz: Gazetteer) -> None:
    claims = run("Russian forces launched 164 attacks over the past day.", gaz, source=WIRE, published=MAY,
                 title="General Staff: 164 clashes, Pokrovsk and Toretsk sectors hottest")
    assert claims == []
    got = _got("The situation on the Pokrovsk–Myrnohrad axis remains difficult; the enemy keeps infiltrating.", gaz)
    assert got == set()
    got = _got("Fighting continues in the Toretsk sector and near Kurakhove.", gaz)
    assert {t[0] for t in got} >= {"Kurakhove"} and "Toretsk" not in {t[0] for t in got}
    # near miss: a dash between two places in running text is no axis ("Toretsk – fighting continues")
    got = _got("Russian troops attacked near Toretsk – fighting continues there.", gaz)
    assert "Toretsk" in {t[0] for t in got}


# 11. "X remains under the control of the Defense Forces" (US or British spelling): the side phrase shares the cue's
#     last word ("control") and still names the holder
def test_under_the_control_of_the_defense_forces(gaz: Gazetteer) -> None:
    got = _got('"Krynky remains under the control of the Defense Forces," the statement read.', gaz)
    assert ("Krynky", "holds", "UA", "factual") in got
    got = _got("Toretsk remains under the control of the Defence Forces, the spokesman said.", gaz)
    assert ("Toretsk", "holds", "UA", "factual") in got
    # near miss: the Russian defence forces' control is no Ukrainian hold
    got = _got("Tetkino remains under the control of Russian forces, the governor said.", gaz)
    assert ("Tetkino", "holds", "RU", "factual") in got or ("Tëtkino", "holds", "RU", "factual") in got


# 12. "said the claim about X was untrue" after a claim about X and Y: the denial that names one of the claimed places
#     denies only that one
def test_denial_naming_a_place_denies_only_it(gaz: Gazetteer) -> None:
    text = ("Russia's Defence Ministry said its forces had captured Toretsk and Niu-York. A Ukrainian army spokesman "
            "said the claim about Niu-York was untrue.")
    claims = run(text, gaz, source=WIRE, published=MAY)
    denied = {c.place_name for c in claims if c.modality.value == "denied"}
    assert "Toretsk" not in denied and denied
    got = _got("Минобороны России заявило о взятии Торецка и Нью-Йорка. В ВСУ назвали заявление о Нью-Йорке фейком.",
               gaz)
    assert ("Toretsk", "captured", "RU", "denied") not in got
    # near miss: a denial naming no place denies every claim before it
    claims = run("Russia's Defence Ministry said its forces had captured Toretsk and Niu-York. A Ukrainian army "
                 "spokesman said the claims were untrue.", gaz, source=WIRE, published=MAY)
    assert "Toretsk" in {c.place_name for c in claims if c.modality.value == "denied"}


# 13. "Since Russia captured X and Y in late 2024, Russian commanders have shifted men towards A, B and C": the
#     opening "since/after" clause's capture ends where the main clause begins
def test_opening_since_clause_ends_at_the_main_clause(gaz: Gazetteer) -> None:
    got = _got("Since Russia captured Avdiivka and Pokrovsk in late 2024, Russian commanders have shifted men and "
               "drones north, towards what officers call the fortress belt: Kostiantynivka, Druzhkivka and "
               "Kramatorsk.", gaz)
    assert {t[0] for t in got if t[1] == "captured"} >= {"Avdiivka", "Pokrovsk"}
    assert not {"Kostiantynivka", "Druzhkivka", "Kramatorsk"} & {t[0] for t in got if t[1] == "captured"}
    # near miss: a list right after the verb, before any main clause, stays the capture's
    got = _got("Since Russia captured Avdiivka, Pokrovsk and Toretsk in 2024, its forces have pushed west.", gaz)
    assert {t[0] for t in got if t[1] == "captured"} >= {"Avdiivka", "Pokrovsk", "Toretsk"}


# 14. A plural two-word village in the nominative/accusative after a slot ("контратаки на Малые Щербаки", "атакували
#     Малі Щербаки") is one unknown village, as its oblique cases already were
def test_nominative_plural_two_word_village(gaz: Gazetteer) -> None:
    got = _got("ВСУ проводят контратаки на Малые Щербаки. Наши подразделения удерживают село.", gaz)
    assert ("Малые Щербаки", "fighting", "UA", "factual") in got
    assert ("Малые Щербаки", "holds", "RU", "factual") in got
    got = _got("Окупанти штурмували Малі Щербаки, але були відкинуті.", gaz)
    assert "Малі Щербаки" in {t[0] for t in got}
    # near miss: a plural adjective + noun with no slot before it is no village
    got = _got("Новые Технологии сообщили о поставках дронов для штурмовиков у Торецка.", gaz)
    assert "Новые Технологии" not in {t[0] for t in got}


# 15. A forecast ("many predicted that X would fall to …", "прогнозировали, что X падёт под натиском …",
#     "прогнозував, що X впаде під натиском …") is conditional, no claim that it fell
def test_forecast_is_conditional(gaz: Gazetteer) -> None:
    got = _got("At the time many analysts predicted that Toretsk would fall to Russian forces within months.", gaz)
    assert ("Toretsk", "captured", "factual") not in _facts(got)
    assert ("Toretsk", "captured", "RU", "conditional") in got
    got = _got("Тогда многие прогнозировали, что Торецк падёт под натиском российских войск за несколько месяцев.",
               gaz)
    assert ("Toretsk", "captured", "RU", "conditional") in got
    got = _got("Тоді багато хто прогнозував, що Торецьк впаде під натиском росіян протягом кількох місяців.", gaz)
    assert ("Toretsk", "captured", "RU", "conditional") in got
    # near miss: a plain report of the fall stays factual
    got = _got("Торецьк впав після кількох місяців боїв, повідомили в бригаді.", gaz)
    assert ("Toretsk", "captured", "conditional") not in _facts(got)


# 16. A Russian milblogger's partial admission: "a Russian military blogger" (or "Dva Mayora") is no ministry; units
#     that had "left the northern part of X" (a quoted verb too) withdrew, and "were still holding positions on the
#     southern edge" is their hold ("still hold*" had matched only "still hold")
def test_milblogger_partial_admission(gaz: Gazetteer) -> None:
    claims = run('A Russian military blogger, writing as Dva Mayora, acknowledged that Russian units had "left the '
                 'northern part of Toretsk," but said they were still holding positions on the southern edge.', gaz,
                 source=WIRE, published=MAY)
    got = {(c.place_name, c.predicate.value, c.actor.value, c.claimant) for c in claims}
    assert ("Toretsk", "withdrew", "RU", "ru_milbloggers") in got
    assert ("Toretsk", "holds", "RU", "ru_milbloggers") in got
    got = _got("Russian military bloggers said Russian troops were still holding Toretsk.", gaz)
    assert ("Toretsk", "holds", "RU", "factual") in got
    claims = run("Russian military bloggers said Russian troops were still holding Toretsk.", gaz, source=WIRE,
                 published=MAY)
    assert {c.claimant for c in claims} == {"ru_milbloggers"}
    # near miss: "the Russian military said" is the ministry
    claims = run("The Russian military said its troops had captured Toretsk.", gaz, source=WIRE, published=MAY)
    assert {c.claimant for c in claims} == {"ru_mod"}


# 17. A report summary: "…, according to the report" and '"…," the statement read' speak for the report the text named
#     before ("Ukraine's General Staff reported", "the Southern Defense Forces reported")
def test_the_report_speaks_for_its_source(gaz: Gazetteer) -> None:
    text = ("Russian forces launched 120 attacks over the past day, Ukraine's General Staff reported. Ukrainian "
            "forces repelled 23 of the attacks. Ukrainian defenders repelled a Russian assault near Toretsk, "
            "according to the report.")
    claims = run(text, gaz, source=WIRE, published=MAY)
    assert {(c.place_name, c.claimant) for c in claims} >= {("Toretsk", "ua_general_staff")}
    text = ('Ukrainian forces destroyed a Russian assault group that attempted to land near Krynky, the Southern '
            'Defense Forces reported. '
            '"Krynky remains under the control of the Defense Forces," the statement read.')
    claims = run(text, gaz, source=WIRE, published=MAY)
    assert {(c.predicate.value, c.claimant_side.value) for c in claims if c.place_name == "Krynky"} >= {
        ("holds", "UA"), ("fighting", "UA")}
    # near miss: "the report" with no source named before stays the outlet's
    claims = run("Ukrainian defenders repelled a Russian assault near Toretsk, according to the report.", gaz,
                 source=WIRE, published=MAY)
    assert {c.claimant for c in claims} == {WIRE}


# 18. "Ранее в ведомстве сообщали, что …" / "у відомстві заявили": the ministry the text named before; "Представитель
#     ВСУ признал, что …" / "речник визнав": an admission is a statement of its speaker
def test_the_ministry_named_before_and_admissions(gaz: Gazetteer) -> None:
    text = ("Подразделения группировки «Запад» освободили Куриловку, сообщило Минобороны России. Куриловка расположена "
            "на левом берегу Оскола. Ранее в ведомстве сообщали, что российские штурмовые группы продолжают бои за "
            "Торецк.")
    claims = run(text, gaz, source="outlet.example", published=MAY)
    assert {c.claimant for c in claims if c.place_name == "Toretsk"} == {"ru_mod"}
    claims = run("Представитель ВСУ признал, что украинские подразделения отошли из Торецка.", gaz,
                 source="ria.example", published=MAY)
    assert {(c.predicate.value, c.actor.value, c.claimant_side.value) for c in claims} == {("withdrew", "UA", "UA")}
    claims = run("Речник бригади визнав, що українські підрозділи відійшли з Торецька.", gaz, source="ria.example",
                 published=MAY)
    assert {(c.predicate.value, c.actor.value, c.claimant_side.value) for c in claims} == {("withdrew", "UA", "UA")}
    # near miss: "в ведомстве" with no ministry named before stays the outlet's
    claims = run("Ранее в ведомстве сообщали, что российские штурмовые группы продолжают бои за Торецк.", gaz,
                 source="outlet.example", published=MAY)
    assert {c.claimant for c in claims} == {"outlet.example"}


# 19. "cleared the village of X in the Y region of Russian occupiers", "очистили X от оккупантов", "очистили X від
#     окупантів": the side named after "of/от/від" lost the place, the clearing side took it
def test_cleared_of_the_occupiers(gaz: Gazetteer) -> None:
    got = _got("Soldiers of the 225th Regiment have cleared the village of Andriivka in Sumy region of Russian "
               "occupiers.", gaz)
    assert ("Andriivka", "captured", "UA", "factual") in got
    got = _got("Украинские подразделения очистили Торецк от оккупантов.", gaz)
    assert ("Toretsk", "captured", "UA", "factual") in got
    got = _got("Українські штурмовики очистили Торецьк від окупантів.", gaz)
    assert ("Toretsk", "captured", "UA", "factual") in got
    # near miss: "зачистили X от диверсантов" mops up an incursion, no change of hands
    got = _got("Российские военные зачистили Торецк от диверсантов.", gaz)
    assert not any(t[1] == "captured" for t in got)


# 20. "відступили в напрямку X", "отошли в направлении X", "retreated in the direction of X": where they went; they left
#     the place the text is about
def test_withdrawal_in_the_direction_of(gaz: Gazetteer) -> None:
    got = _got("Десантники зачистили Торецьк. Окупанти, зазнавши втрат, відступили в напрямку Покровська.", gaz)
    assert ("Toretsk", "withdrew", "RU", "factual") in got
    assert not any(t[0] == "Pokrovsk" for t in got)
    got = _got("Бойцы ВСУ зачистили Торецк. Российские войска, понеся потери, отошли в направлении Покровска.", gaz)
    assert ("Toretsk", "withdrew", "RU", "factual") in got
    assert not any(t[0] == "Pokrovsk" for t in got)
    got = _got("Ukrainian troops cleared Toretsk. The Russians retreated in the direction of Pokrovsk.", gaz)
    assert ("Toretsk", "withdrew", "RU", "factual") in got


# 21. A part-of-town noun with no place ("Идут бои за северные кварталы", "бої за північні квартали", "fighting for the
#     northern districts") is about the place just named
def test_quarters_refer_to_the_place_just_named(gaz: Gazetteer) -> None:
    got = _got("Наши подразделения вошли в Торецк с юга. Идут бои за северные кварталы.", gaz)
    assert ("Toretsk", "fighting", "RU", "factual") in got
    got = _got("Росіяни зайшли в Торецьк з півдня. Тривають бої за північні квартали.", gaz)
    assert ("Toretsk", "fighting", "factual") in {(t[0], t[1], t[3]) for t in got}
    got = _got("Russian troops entered Toretsk from the south. Fighting continues for the northern districts.", gaz)
    assert ("Toretsk", "fighting", "RU", "factual") in got
    # near miss: a sentence naming its own place keeps it
    got = _got("Russian troops entered Toretsk. Fighting continues in the northern districts of Pokrovsk.", gaz)
    assert ("Toretsk", "fighting", "RU", "factual") not in got
