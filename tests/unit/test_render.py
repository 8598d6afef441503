"""Readable rendering of status changes."""

from __future__ import annotations

import pytest

from services.common.place_names import other_name


@pytest.mark.parametrize(
    ("name", "aliases", "expected"),
    [
        ("Toretsk", ["Toretsk", "Dserschynsk", "Dzerzhins'k", "Dzerzhinsk", "Дзержинск", "Торецк", "Торецьк"],
         "Dzerzhinsk"),
        ("Pokrovsk", ["Grishino", "Krasnoarmeysk", "Pokrovsk", "Красноармейск", "Покровськ"], "Krasnoarmeysk"),
        ("Krymske", ["Krims'ke", "Krymskoe", "Krymskoye", "Кримське", "Крымское"], "Krymskoe"),
        ("Druzhba", ["Druzhba", "Дружба"], None),
        ("Kursk", [], None),
    ],
)
def test_the_other_name_is_the_transliterated_russian_form(name: str, aliases: list[str],
                                                          expected: str | None) -> None:
    assert other_name(name, aliases) == expected
