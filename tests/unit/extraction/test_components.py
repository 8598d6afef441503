"""Gazetteer, transliteration, morphology, sentence splitting, event time, claimants, documents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.normalizer.extraction import Gazetteer
from services.normalizer.extraction.claimants import handle_claimant, source_claimant
from services.normalizer.extraction.event_time import resolve
from services.normalizer.extraction.gazetteer import TOKEN_RE
from services.normalizer.extraction.morphology import cyrillic_key, nominative_guess
from services.normalizer.extraction.places import find_mentions
from services.normalizer.extraction.sentences import split_sentences
from services.normalizer.extraction.transliteration import romanisations

from .conftest import run


def _names(text: str, gaz: Gazetteer) -> list[str]:
    tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    out = []
    for m in find_mentions(text, text.lower(), tokens, gaz, set()):
        out.append(gaz.places[m.candidates[0]].name if m.candidates else f"?{m.name_guess}")
    return out


@pytest.mark.parametrize(("alias", "name"), [
    ("Dzerzhinsk", "Toretsk"), ("Artemovsk", "Bakhmut"), ("Krasnoarmeysk", "Pokrovsk"), ("Dimitrov", "Myrnohrad"),
    ("Vugledar", "Vuhledar"), ("Ugledar", "Vuhledar"), ("Kurakhovo", "Kurakhove"), ("Selidovo", "Selydove"),
    ("Avdeevka", "Avdiyivka"), ("Avdiivka", "Avdiyivka"), ("Kupiansk", "Kupyansk"), ("Kup'yansk", "Kupyansk"),
    ("Volchansk", "Vovchansk"), ("Chasiv Yar", "Chasiv Yar"), ("Chasov Yar", "Chasiv Yar"), ("Sudzha", "Sudzha"),
    ("Velikaya Novoselka", "Velyka Novosilka"), ("Kharkov", "Kharkiv"), ("Zaporizhzhia", "Zaporizhzhia"),
    ("Torez'k", "Toretsk"), ("Marinka", "Mar'yinka"), ("Izium", "Izyum"),
])
def test_latin_aliases(gaz: Gazetteer, alias: str, name: str) -> None:
    assert _names(f"Fighting in {alias} continues.", gaz)[:1] in ([name], [f"{name}"]) or name in [
        gaz.places[i].name for i in gaz.index.get(alias.lower().replace("'", ""), [])]


@pytest.mark.parametrize(("text", "name"), [
    ("освобождение Авдеевки", "Avdiyivka"), ("бои у Вовчанську", "Vovchansk"), ("в Селидово", "Selydove"),
    ("за Курахове", "Kurakhove"), ("біля Великої Новосілки", "Velyka Novosilka"), ("в Часовом Яре", "Chasiv Yar"),
    ("окраины Покровска", "Pokrovsk"), ("из Угледара", "Vuhledar"), ("у Вугледарі", "Vuhledar"),
    ("освобождение Артемовска", "Bakhmut"), ("в Торецке", "Toretsk"), ("у Бахмуті", "Bakhmut"),
    ("під Харковом", "Kharkiv"), ("в Харькове", "Kharkiv"), ("Донецкой области", "Donetsk Oblast"),
    ("на Харківщині", "Kharkiv Oblast"), ("в ДНР", "Donetsk Oblast"), ("Курской области", "Kursk Oblast"),
    ("у Суджі", "Sudzha"), ("в Судже", "Sudzha"),
])
def test_cyrillic_inflection(gaz: Gazetteer, text: str, name: str) -> None:
    assert name in _names(text, gaz)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia said it captured the village of Novoselydivka.", "Novoselydivka"),
    ("освободили село Дальнее.", "Дальнее"),
    ("освободили Новоселидовку.", "Новоселидовка"),
])
def test_unknown_places_still_found(gaz: Gazetteer, text: str, expected: str) -> None:
    assert f"?{expected}" in _names(text, gaz)


@pytest.mark.parametrize(("name", "form"), [
    ("Вугледар", "Vuhledar"), ("Вугледар", "Vugledar"), ("Угледар", "Ugledar"), ("Курахове", "Kurakhove"),
    ("Курахово", "Kurakhovo"), ("Крымское", "Krymskoye"), ("Крымское", "Krymskoe"), ("Авдіївка", "Avdiivka"),
    ("Авдіївка", "Avdiyivka"), ("Авдеевка", "Avdeevka"), ("Авдеевка", "Avdeyevka"), ("Куп'янськ", "Kupiansk"),
    ("Селидове", "Selydove"), ("Селидово", "Selidovo"), ("Харків", "Kharkiv"), ("Запоріжжя", "Zaporizhzhia"),
])
def test_romanisations(name: str, form: str) -> None:
    assert form in romanisations(name)


@pytest.mark.parametrize(("a", "b"), [
    ("Авдеевка", "Авдеевки"), ("Катериновка", "Катериновку"), ("Вовчанськ", "Вовчанську"), ("Селидове", "Селидово"),
    ("Торецьк", "Торецька"), ("Покровск", "Покровском"),
])
def test_stem_keys_meet(a: str, b: str) -> None:
    assert cyrillic_key(a) == cyrillic_key(b)


@pytest.mark.parametrize(("form", "nominative"), [
    ("Новоалексеевку", "Новоалексеевка"), ("Авдеевки", "Авдеевка"), ("Ленинского", "Ленинское"),
])
def test_nominative_guess(form: str, nominative: str) -> None:
    assert nominative_guess(form) == nominative


def test_sentence_split_keeps_abbreviations() -> None:
    text = 'On Jan. 6 Gen. Smith said it fell. “It is over.” Next one! And\nnew line'
    spans = split_sentences(text)
    assert text[spans[0][0]:spans[0][1]] == "On Jan. 6 Gen. Smith said it fell."
    assert len(spans) == 5


PUB = datetime(2025, 2, 7, 16, 0, tzinfo=UTC)  # a Friday


@pytest.mark.parametrize(("text", "start", "end"), [
    ("announced Friday", "2025-02-07T00:00", "2025-02-08T00:00"),
    ("showed late Thursday", "2025-02-06T18:00", "2025-02-07T00:00"),
    ("on Jan. 6", "2025-01-06T00:00", "2025-01-07T00:00"),
    ("last month", "2025-01-01T00:00", "2025-02-01T00:00"),
    ("this week", "2025-02-03T00:00", "2025-02-07T16:00"),
    ("last year", "2024-01-01T00:00", "2025-01-01T00:00"),
    ("yesterday", "2025-02-06T00:00", "2025-02-07T00:00"),
    ("в пятницу", "2025-02-07T00:00", "2025-02-08T00:00"),
    ("6 січня", "2025-01-06T00:00", "2025-01-07T00:00"),
    ("on Dec. 25", "2024-12-25T00:00", "2024-12-26T00:00"),
])
def test_event_time(text: str, start: str, end: str) -> None:
    got = resolve(text, PUB)
    assert got is not None
    assert (got[0].isoformat()[:16], got[1].isoformat()[:16]) == (start, end)


def test_no_time_cue() -> None:
    assert resolve("Russian forces captured the town.", PUB) is None


@pytest.mark.parametrize(("source", "claimant"), [
    ("x:@DeepStateUA", "deepstate"), ("apnews.com", "ap"), ("mil.ru", "ru_mod"), ("tass.ru", "ru_state_media"),
    ("x:@someone", None), ("reuters.com", "reuters"),
])
def test_source_claimant(source: str, claimant: str | None) -> None:
    assert source_claimant(source) == claimant


def test_handles() -> None:
    assert handle_claimant("@DeepStateUA") == "deepstate"
    assert handle_claimant("@someone") == "x:@someone"


def test_common_word_place_needs_cue(gaz: Gazetteer) -> None:
    assert run("Friendship, or Druzhba, matters to Russia and Ukraine.", gaz) == []
    assert any(c.matched_alias == "Druzhba" for c in run("Russian forces captured the village of Druzhba.", gaz))


def test_same_name_is_disambiguated_or_flagged(gaz: Gazetteer) -> None:
    claims = run("Russian forces captured Druzhba and Krymskoye, north-east of Toretsk.", gaz)
    druzhba = next(c for c in claims if c.matched_alias == "Druzhba")
    assert druzhba.place_id == "unresolved:druzhba"
    assert druzhba.admin_area == "Donetsk Oblast"
    assert druzhba.context and "Toretsk" in druzhba.context
    alone = run("Russian forces captured Semenivka.", gaz)
    assert alone and alone[0].place_ambiguous


def test_unresolved_place_keeps_only_its_own_name_forms(gaz: Gazetteer) -> None:
    # other Druzhbas are called Khutir-Mykhaylivskyi or Trybukhivtsi: not names of this village
    claims = run("Russian forces captured Druzhba and Krymskoye, north-east of Toretsk.", gaz)
    druzhba = next(c for c in claims if c.matched_alias == "Druzhba")
    assert druzhba.place_aliases == ["Druzhba"]
    # Ukrainian and Russian forms of the same name are kept
    krymske = next(c for c in claims if c.matched_alias == "Krymskoye")
    assert "Krymske" in krymske.place_aliases
    leninske = run("Подразделения группировки «Центр» освободили Ленинское.", gaz, lang="ru")
    assert leninske and "Hrushivka" not in leninske[0].place_aliases


def test_claim_fields(gaz: Gazetteer) -> None:
    text = "Russia's Defense Ministry announced Friday that its forces had captured Toretsk."
    (claim,) = [c for c in run(text, gaz, source="apnews.com")]
    assert claim.place_id == "geonames:709354" and claim.place_name == "Toretsk"
    assert "Dzerzhinsk" in claim.place_aliases and "Торецьк" in claim.place_aliases
    assert text[claim.span.start:claim.span.end] == "Toretsk"
    assert claim.claimant == "ru_mod" and claim.reporter == "apnews.com" and claim.modality.value == "reported"
    assert claim.coordinates is not None and claim.admin_area == "Donetsk Oblast"
    assert claim.event_time is not None and claim.published_at is not None and claim.document is None
    assert len(claim.claim_id) == 32


def test_relay_by_journalist(gaz: Gazetteer) -> None:
    text = 'Journalist Guy Elster wrote on X, "Russia said its forces had seized the town of Toretsk."'
    (claim,) = run(text, gaz)
    assert claim.claimant == "ru_government" and claim.claimant_side.value == "RU"


def test_coreference_from_title(gaz: Gazetteer) -> None:
    claims = run("The brigade officer told AP his unit continued to hold its ground.", gaz,
                 title="Russia claims capture of Toretsk")
    assert any(c.place_name == "Toretsk" and c.predicate.value == "holds" and c.actor.value == "UA"
               and c.claimant == "ua_army" for c in claims)


def test_bare_denial_refers_to_previous_claim(gaz: Gazetteer) -> None:
    claims = run("Wagner chief Prigozhin said his fighters had taken Bakhmut. "
                 "Ukraine's eastern command said the claim was false.", gaz)
    assert any(c.modality.value == "denied" and c.claimant == "ua_army" and c.actor.value == "RU" for c in claims)


def test_verification_is_not_denial(gaz: Gazetteer) -> None:
    claims = run("Russia said it captured Toretsk. Reuters could not verify the claim.", gaz)
    assert all(c.modality.value != "denied" for c in claims)


def test_x_post_style(gaz: Gazetteer) -> None:
    claims = run('RT @Rybar: Russian Armed Forces liberated Kurakhovo! 🇷🇺 #Kurakhove #Donbas', gaz, source="x.com")
    assert any(c.place_name == "Kurakhove" and c.claimant == "ru_milbloggers" for c in claims)
