"""Sentence-level cases: predicates, actors, modality and claimants across towns and languages."""

from __future__ import annotations

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples

TOWNS = ["Bakhmut", "Avdiivka", "Chasiv Yar", "Kupiansk", "Vovchansk", "Selydove", "Kurakhove",
         "Velyka Novosilka", "Toretsk", "Pokrovsk", "Vuhledar", "Myrnohrad", "Siversk", "Lyman", "Sudzha"]

EN_TEMPLATES = [
    ("Russia's Defense Ministry said its forces had captured {t}.", "captured", "RU", "factual", "RU"),
    ("Russian forces seized {t} on Friday, the ministry said.", "captured", "RU", "factual", None),
    ("Ukrainian troops liberated {t}, Ukraine's General Staff said.", "captured", "UA", "factual", "UA"),
    ("Russian troops have reached the outskirts of {t}.", "advancing", "RU", "factual", None),
    ("Russian forces control about half of {t}, a Ukrainian commander said.", "advancing", "RU", "factual",
     "UA"),
    ("Russian forces captured 70% of {t}, according to DeepState.", "advancing", "RU", "factual", "UA"),
    ("Ukrainian forces still hold {t}, the brigade spokesman said.", "holds", "UA", "factual", "UA"),
    ("Ukrainian defenders repelled Russian assaults on {t}.", "holds", "UA", "factual", None),
    ("Heavy fighting continues in {t}, where Russian troops attacked Ukrainian positions.", "fighting", "RU",
     "factual", None),
    ("Ukrainian forces withdrew from {t} to avoid encirclement, the army said.", "withdrew", "UA", "factual",
     "UA"),
    ("If confirmed, the capture of {t} would be a major Russian gain.", "captured", "RU", "conditional", None),
    ("Once {t} falls, Russian forces will push further west.", "captured", "RU", "conditional", None),
    ("Last year {t} fell to Russian forces after months of fighting.", "captured", "RU", "historical", None),
    ("Ukraine denied that Russian forces had captured {t}.", "captured", "RU", "denied", "UA"),
    ("Ukrainian forces have not captured {t}, Russia's Defense Ministry said.", "captured", "UA", "denied",
     None),
    ("The Kremlin said Russian troops had taken full control of {t}.", "captured", "RU", "factual", "RU"),
    ("DeepState reported Russian advances near {t}.", "advancing", "RU", "factual", "UA"),
    ("ISW assessed that Russian forces recently advanced in {t}.", "advancing", "RU", "factual", None),
]


@pytest.mark.parametrize("town", TOWNS)
@pytest.mark.parametrize(("template", "predicate", "actor", "factuality", "side"), EN_TEMPLATES)
def test_english_templates(gaz: Gazetteer, town: str, template: str, predicate: str, actor: str,
                           factuality: str, side: str | None) -> None:
    claims = run(template.format(t=town), gaz)
    assert (town, predicate, actor, factuality) in tuples(claims), [
        (c.place_name, c.predicate, c.actor, c.modality) for c in claims]
    if side is not None:
        hits = [c for c in claims if c.predicate.value == predicate and c.actor.value == actor]
        assert any(c.claimant_side.value == side for c in hits)


RU_CASES = [
    ("Подразделения группировки «Центр» освободили Новоалексеевку.", "Новоалексеевка", "captured", "RU"),
    ("Минобороны России сообщило об освобождении Авдеевки.", "Авдеевка", "captured", "RU"),
    ("Российские войска продвинулись на окраины Курахово.", "Kurakhove", "advancing", "RU"),
    ("Группировка «Восток» освободила село Макаровка.", "Макаровка", "captured", "RU"),
    ("ВСУ отступили из Угледара, сообщили военкоры.", "Vuhledar", "withdrew", "UA"),
    ("Идут бои за Часов Яр.", "Chasiv Yar", "fighting", "unknown"),
    ("Российские войска освободили Селидово.", "Selydove", "captured", "RU"),
    ("Завершено освобождение Артемовска, сообщили в Минобороны.", "Bakhmut", "captured", "RU"),
    ("Российские штурмовые отряды вошли в Торецк.", "Toretsk", "advancing", "RU"),
    ("Освобождены населённые пункты Ленинское и Ильинка.", "Ленинское", "captured", "RU"),
]
UK_CASES = [
    ("Ворог захопив Катеринівку.", "Катеринівка", "captured", "RU"),
    ("Окупанти просунулися у Вовчанську.", "Vovchansk", "advancing", "RU"),
    ("Сили оборони утримують позиції у Вовчанську.", "Vovchansk", "holds", "UA"),
    ("ЗСУ звільнили Роботине, повідомив Генштаб.", "Роботине", "captured", "UA"),
    ("Тривають бої за Курахове.", "Kurakhove", "fighting", "unknown"),
    ("Окупанти захопили Великої Новосілки околиці.", "Velyka Novosilka", "captured", "RU"),
    ("Ворог намагається оточити Покровськ.", "Pokrovsk", "advancing", "RU"),
    ("Наші захисники відбили атаки біля Часового Яру.", "Chasiv Yar", "holds", "UA"),
    ("Росіяни окупували Селидове.", "Selydove", "captured", "RU"),
    ("Українські війська вийшли з Авдіївки.", "Avdiivka", "withdrew", "UA"),
]


@pytest.mark.parametrize(("text", "place", "predicate", "actor"), RU_CASES + UK_CASES)
def test_cyrillic_cases(gaz: Gazetteer, text: str, place: str, predicate: str, actor: str) -> None:
    claims = run(text, gaz)
    got = {(n, p, a) for n, p, a, _ in tuples(claims)}
    if actor == "unknown":
        assert any(n == place and p == predicate for n, p, _ in got), got
    else:
        assert (place, predicate, actor) in got, got
