"""The settlement lexicon (KATOTTG): a capitalised word the gazetteer lacks is read as a village when the codifier
lists it, in Ukrainian, Russian or Latin spelling and in any case form; such places stay `unresolved:`."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import pytest

from services.normalizer.extraction import Gazetteer, extract_claims
from services.normalizer.extraction.settlements import (
    DATA_PATH,
    KEYS_PATH,
    SettlementLexicon,
    lexicon_keys,
    settlement_lexicon,
)

from .conftest import doc, got

PUBLISHED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
_got = partial(got, source="wire.example", published=PUBLISHED)


@pytest.mark.parametrize("word", [
    "Виїмка", "Выемка", "Выемке", "Выемки", "Vyimka",  # Ukrainian, Russian (ї/е, и/ы), inflected, Latin
    "Кліщіївка", "Клещеевка", "Кліщіївку", "Клещеевки", "Klishchiivka",
    "Предтечине", "Предтечино", "Предтечиного", "Predtechyne",  # -ине / -ино, and the adjective-like genitive
    "Ступочки", "Ступочками", "Stupochky",
    "Kleban", "Клебан", "Рідкодуба", "Редкодуба", "Ridkodub",
])
def test_the_lexicon_knows_a_village_in_every_spelling(word: str) -> None:
    assert settlement_lexicon().knows(word)


@pytest.mark.parametrize("word", [
    "Reuters", "Kremlin", "Putin", "Москва", "Генштаб", "Zelensky", "Syrskyi", "Сырский", "Герасимов",
    "Шевченко", "Shevchenko",  # a village's name, but in the news nearly always the person
    "Острів", "Хортиця", "Таврія", "Перемога",  # villages named by a noun or a unit's name
    "Велика", "Нова",  # the first word of a two-word name is no name alone
])
def test_the_lexicon_does_not_know_people_units_or_words(word: str) -> None:
    assert not settlement_lexicon().knows(word)


def test_a_text_ending_must_be_able_to_inflect_the_name() -> None:
    lexicon = SettlementLexicon(lexicon_keys(["Зеленське"]))
    assert lexicon.knows("Зеленське") and lexicon.knows("Зеленського") and lexicon.knows("Зеленское")
    assert not lexicon.knows("Зеленський")  # the surname: a masculine ending no neuter name takes


def test_the_russian_forms_of_the_ukrainian_suffixes_are_generated() -> None:
    lexicon = SettlementLexicon(lexicon_keys(["Новоселівка", "Андріївка", "Олхівське"]))
    assert lexicon.knows("Новоселовку") and lexicon.knows("Андреевки") and lexicon.knows("Ольховского")
    assert lexicon.knows("Novoselivka") and lexicon.knows("Andriivka")


def test_a_plural_name_is_known_in_its_genitive_plural() -> None:
    lexicon = settlement_lexicon()
    assert lexicon.name_of("Колодязів") == "Колодязі" and lexicon.name_of("Щербаків") == "Щербаки"
    assert not lexicon.knows("Іванов") and not lexicon.knows("Петров")  # surnames, not plural villages


def test_the_shipped_keys_are_what_the_names_give() -> None:
    # scripts/build_settlements.py writes both files; a change to the key functions must rebuild them
    with gzip.open(DATA_PATH, "rt", encoding="utf-8") as fh:
        names = sorted({row[0] for row in json.load(fh)["settlements"]})
    with gzip.open(KEYS_PATH, "rt", encoding="utf-8") as fh:
        shipped = json.load(fh)
    assert len(names) > 7000
    assert lexicon_keys(names) == shipped


def test_a_missing_or_broken_keys_file_leaves_an_empty_lexicon(tmp_path: Path) -> None:
    broken = tmp_path / "keys.json.gz"
    broken.write_bytes(b"not gzip")
    for path in (str(broken), str(tmp_path / "missing.json.gz")):
        assert not settlement_lexicon(path).knows("Выемке")


@pytest.mark.parametrize(("text", "expected"), [
    ("Наши подразделения продвигаются к Выемке, сообщили в Минобороны России.",
     {("Выемка", "advancing", "RU", "factual")}),
    ("На соседнем участке продолжается штурм Выемки российскими войсками.",
     {("Выемка", "fighting", "RU", "factual")}),
    ("Бойцы 200-й бригады водрузили флаг России над Ступочками, сообщили в Минобороны РФ.",
     {("Ступочки", "captured", "RU", "factual")}),
    ("Russian troops advanced near Kleban-Byk, DeepState said.", {("Kleban-Byk", "advancing", "RU", "factual")}),
    ("Russian troops reached the outskirts of Stupochky, DeepState said.",
     {("Stupochky", "advancing", "RU", "factual")}),
    ("Russian troops still hold Robotyne.", {("Robotyne", "holds", "RU", "factual")}),  # a verb of holding
    ("На Лиманському напрямку окупанти намагалися просунутися в районах Колодязів та Торського.",
     {("Колодязів", "fighting", "RU", "factual"), ("Torske", "fighting", "RU", "factual")}),
    ("Ворог атакував поблизу Рідкодуба та Новоселівки, повідомили у Генштабі ЗСУ.",
     {("Рідкодуб", "fighting", "RU", "factual"), ("Новоселівка", "fighting", "RU", "factual")}),
])
def test_a_known_village_after_a_preposition_of_place_makes_a_claim(
        text: str, expected: set[tuple[str, str, str, str]], gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


def test_every_spelling_of_a_known_village_has_one_unresolved_id(gaz: Gazetteer) -> None:
    texts = ["Наши подразделения продвигаются к Выемке, сообщили в Минобороны России.",
             "Russian troops advanced near Vyimka, DeepState said.",
             "Ворог просунувся поблизу Виїмки, повідомив DeepState."]
    claims = [c for text in texts for c in extract_claims(doc(text, published=PUBLISHED), gaz)]
    assert [c.place_id for c in claims] == ["unresolved:виімка"] * 3
    assert {"Виїмка", "Vyimka"} <= set(claims[0].place_aliases)  # the codifier's name and its romanisation


@pytest.mark.parametrize("text", [
    "Российская группа пыталась переправиться у Антоновского моста, атака отбита.",  # a bridge named after it
    "Росіяни висадилися на острові Великий Потьомкін. Острів під контролем ЗСУ.",  # "Острів" is the island
    "Zelensky met Shevchenko in Kyiv.",
])
def test_what_only_looks_like_a_known_village_is_none(text: str, gaz: Gazetteer) -> None:
    names = {c.place_name for c in extract_claims(doc(text, published=PUBLISHED), gaz)}
    assert not names & {"Антоновское", "Антонівське", "Острів", "Shevchenko"}

