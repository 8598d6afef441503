"""Is this capitalised word the name of a settlement? A lexicon of every village of the front-line oblasts.

GeoNames cities500 (the gazetteer) misses most hamlets; the state codifier KATOTTG (data/settlements.json.gz,
built by scripts/build_settlements.py) has them all, in Ukrainian only. The lexicon answers one question for
the reader of unknown names — is "Vyimka", «Выемке» or «Виїмки» a village's name? — and gives the name the
codifier spells it with (`name_of`), so that every spelling gets the same `unresolved:` id; the place stays
unresolved, since the codifier has no coordinates to choose between same-name villages.

Matching is by skeleton: the Cyrillic stem (morphology's suffix model) with the vowels the two languages
spell differently merged (Виїмка/Выемка, Кліщіївка/Клещеевка), plus Russian forms of the common suffixes
(-івка → -овка/-евка, -ине → -ино, -ське → -ское) generated rather than listed. The text's ending must be able
to inflect the name's (so the surname «Зеленський» never meets the village Зеленське). Latin names are the
Ukrainian and Russian romanisations of the Cyrillic ones.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

from .morphology import _COMPATIBLE, cyrillic_key, fold
from .regex_cache import compile_re
from .transliteration import latin_key, loose_key, romanisations

DATA_PATH = Path(__file__).parent / "data" / "settlements.json.gz"  # the codifier's names, for provenance and tests
KEYS_PATH = Path(__file__).parent / "data" / "settlement_keys.json.gz"  # their match keys, what the reader loads
# vowels Ukrainian and Russian spell differently in the same name: merged in the skeleton
_SKELETON = str.maketrans({"ы": "и", "і": "и", "е": "и", "э": "и"})
# the Russian endings of the common Ukrainian name shapes (folded, soft signs dropped)
_RUSSIAN_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ске", "ское"), ("цке", "цкое"), ("зке", "зкое"), ("ине", "ино"), ("ове", "ово"), ("еве", "ево"),
    ("не", "ное"), ("ове", "овое"), ("еве", "евое"), ("ий", "ый"),
)
_MIN_STEM = 4
_PLURAL_GENITIVE = ("ів", "ов", "ев")
# surnames that are also village names (Шевченко): in war reporting nearly always the person
_SURNAME_ENDS = "енко"
# adjectives that begin two-word names (Велика Новосілка): never a name by themselves (folded, as names are
# compared: "кам'яна" → "камяна", "верхнє" → "верхне")
_FIRST_WORD_ADJECTIVES = frozenset(fold(word) for word in {
    "велика", "великий", "велике", "великі", "мала", "малий", "мале", "малі", "нова", "новий", "нове", "нові",
    "стара", "старий", "старе", "старі", "верхня", "верхній", "верхнє", "нижня", "нижній", "нижнє", "червона",
    "червоний", "червоне", "зелена", "зелений", "зелене", "біла", "білий", "біле", "чорна", "чорний", "золота",
    "золотий", "золоте", "ясна", "ясний", "широка", "широкий", "широке", "суха", "сухий", "сухе", "кам'яна",
    "кам'яний", "степова", "степовий", "тиха", "тихий", "вільна", "вільний", "вільне", "мирна", "мирний",
    "перше", "друге", "третє", "перша", "друга", "третя", "перший", "другий", "третій", "ново", "старо",
})
# villages named by an everyday noun, or by a unit's or an operational group's name (Хортиця, Таврія): as a
# capitalised word these are rarely the village
_COMMON_NOUN_NAMES = frozenset(fold(word) for word in {
    "острів", "балка", "дружба", "перемога", "надія", "промінь", "прогрес", "світанок", "зірка", "свобода", "слава",
    "дніпро", "хортиця", "таврія", "восход", "сокіл", "весна", "авангард", "ударник", "шахтар", "майдан", "береза",
    "колос", "азов", "батьківщина", "вітчизна", "комунар", "жовтень", "мир", "зоря", "схід", "степ", "поле", "гай",
    "яр", "кут", "сад", "луг", "хутір", "нива", "праця", "труд", "воля", "весела", "іскра", "маяк", "відродження",
})
# Latin forms that are everyday English words or names in an English sentence
_LATIN_STOP = frozenset({
    "victoria", "nadiia", "nadia", "maria", "mariia", "olena", "sofia", "vera", "liubov", "zoria", "zorya", "mir",
    "pobeda", "peremoha", "druzhba", "progress", "zirka", "svoboda", "slava", "nova", "kyiv", "rus",
})


_FLEETING_O = compile_re(r"(\w{3,}[^аеиоуыэюяіїєьаoа])к(?:а|у|ом|ові|е|і|и)")


def _skeleton(stem: str) -> str:
    return stem.translate(_SKELETON)


# name-forming words whose Russian form differs in more than the vowels the skeleton merges (folded): Олександрівка
# is Александровка, Миколаївка Николаевка, Кам'янське Каменское, Піщане Песчаное, Роботине Работино
_TRANSLATED_STEMS: tuple[tuple[str, str], ...] = (
    ("олександр", "александр"), ("олекс", "алекс"), ("микола", "никола"), ("катерин", "екатерин"),
    ("вільн", "вольн"), ("камян", "камен"), ("чорн", "черн"), ("залізн", "железн"), ("піщ", "песч"),
    ("щасл", "счастл"), ("дібров", "дубров"), ("північн", "северн"), ("південн", "южн"), ("східн", "восточн"),
    ("західн", "западн"), ("робот", "работ"),
)
_NAME_PREFIXES = ("", "ново", "старо", "мало", "велико")


def _translated(low: str) -> str | None:
    """The Russian form of a folded name whose stem (after an optional ново-/старо-/мало-/велико-) translates."""
    for prefix in _NAME_PREFIXES:
        if low.startswith(prefix):
            rest = low[len(prefix):]
            for uk, ru in _TRANSLATED_STEMS:
                if rest.startswith(uk):
                    return prefix + ru + rest[len(uk):]
    return None


def _russian_forms(low: str) -> list[str]:
    """Russian spellings of a folded Ukrainian single-word name that the skeleton cannot see."""
    forms = []
    translated = _translated(low)
    if translated is not None:
        forms.append(translated)
    for base in [low, *forms]:
        if "ів" in base:  # Новоселівка → Новоселовка, Андріївка → -еевка
            forms += [base.replace("ів", "ов"), base.replace("ів", "ев")]
    for base in [low, *forms]:
        for uk, ru in _RUSSIAN_ENDINGS:
            if base.endswith(uk) and uk != ru:
                forms.append(base[: -len(uk)] + ru)
    return forms


def skeletons(word: str) -> set[str]:
    """The skeletons of a Cyrillic word and of its Russian spellings: what the lexicon can match it by
    (Федорівка and Федоровка share one; Кіндрашівка and Кондрашовка do not)."""
    low = fold(word)
    return {_skeleton(cyrillic_key(form, 3)) for form in [low, *_russian_forms(low)]}


def lexicon_keys(names: list[str]) -> dict[str, object]:
    """The lexicon's match keys of the codifier's names, in the compact form KEYS_PATH stores (~10 ms to load):
    Cyrillic skeleton → "endings<TAB>names", Latin key → "names" (alternatives joined by "|")."""
    endings: dict[str, set[str]] = {}
    cyrillic_names: dict[str, set[str]] = {}
    latin: dict[str, set[str]] = {}
    for name in names:
        first = name.split()[0].split("-")[0]
        low = fold(first)
        if (low in _FIRST_WORD_ADJECTIVES or low in _COMMON_NOUN_NAMES or len(low) < _MIN_STEM + 1
                or low.endswith(_SURNAME_ENDS)):
            continue
        for form in [low, *_russian_forms(low)]:
            stem = cyrillic_key(form, 3)
            if len(stem) >= _MIN_STEM:
                endings.setdefault(_skeleton(stem), set()).add(form[len(stem):])
                cyrillic_names.setdefault(_skeleton(stem), set()).add(name)
        for romanised in romanisations(first):
            key = latin_key(romanised)
            if len(key) >= 5 and key not in _LATIN_STOP:
                for k in (key, loose_key(key)):
                    latin.setdefault(k, set()).add(name)
    return {"cyrillic": {k: "|".join(sorted(v)) + "\t" + "|".join(sorted(cyrillic_names[k]))
                         for k, v in sorted(endings.items())},
            "latin": {k: "|".join(sorted(v)) for k, v in sorted(latin.items())}}


class SettlementLexicon:
    """Skeleton key → the endings and names it stands for; Latin key → the names its romanisations spell."""

    def __init__(self, keys: dict[str, object]) -> None:
        cyrillic = keys.get("cyrillic")
        latin = keys.get("latin")
        self.cyrillic: dict[str, str] = cyrillic if isinstance(cyrillic, dict) else {}
        self.latin: dict[str, str] = latin if isinstance(latin, dict) else {}

    def _names(self, token: str) -> str | None:
        """The codifier names the token can spell ("|"-joined), None when it spells none."""
        if any("\u0400" <= ch <= "\u04ff" for ch in token):
            stem = cyrillic_key(token, 3)
            entry = self.cyrillic.get(_skeleton(stem))
            low = fold(token)
            if entry is None and low.endswith(_PLURAL_GENITIVE) and len(low) > _MIN_STEM + 2:
                # "в районах Колодязів", «у Ставков»: the genitive plural of a plural name (Колодязі, Ставки)
                entry = self.cyrillic.get(_skeleton(low[:-2]))
                if entry is None or not {"и", "і"} & set(entry.partition("\t")[0].split("|")):
                    return None
                plural = [n for n in entry.partition("\t")[2].split("|") if fold(n).endswith(("и", "і"))]
                return "|".join(plural) or None
            if entry is not None:
                endings, _, names = entry.partition("\t")
                end = low[len(stem):]
                if any(end == known or end in _COMPATIBLE.get(known, ()) for known in endings.split("|")):
                    return names
            if (fleeting := _FLEETING_O.fullmatch(low)) is not None:
                # "біля Берестка", «из Затишка»: the fleeting о of a name in -ок (Бересток, Затишок)
                entry = self.cyrillic.get(_skeleton(cyrillic_key(fleeting.group(1) + "ок", 3)))
                names_ok = [n for n in (entry or "").partition("\t")[2].split("|") if fold(n).endswith("ок")]
                return "|".join(names_ok) or None
            return None
        key = latin_key(token)
        found = self.latin.get(key)
        return found if found is not None else self.latin.get(loose_key(key))

    def knows(self, token: str) -> bool:
        """True when the token, in any case form, spells a settlement's (first) name."""
        return self._names(token) is not None

    def name_of(self, surface: str) -> str | None:
        """The codifier's name of a mention ("Выемке", "Vyimka" → Виїмка; "Kleban-Byk" → Клебан-Бик) when exactly
        one name of as many words fits, else None: one id for every spelling of the same village."""
        words = surface.replace("-", " ").split()
        if not words:
            return None
        names = self._names(words[0])
        if names is None:
            return None
        fitting = [n for n in names.split("|") if len(n.replace("-", " ").split()) == len(words)]
        return fitting[0] if len(fitting) == 1 else None


@lru_cache(maxsize=1)
def settlement_lexicon(path: str | None = None) -> SettlementLexicon:
    """The lexicon of the shipped keys (empty when the file is missing or broken: recognition only narrows)."""
    try:
        with gzip.open(path or KEYS_PATH, "rt", encoding="utf-8") as fh:
            keys = json.load(fh)
    except (OSError, ValueError):
        return SettlementLexicon({})
    return SettlementLexicon(keys if isinstance(keys, dict) else {})


@lru_cache(maxsize=65536)
def is_settlement_name(token: str) -> bool:
    """`settlement_lexicon().knows(token)`, remembered: the same capitalised words recur across documents."""
    return settlement_lexicon().knows(token)


@lru_cache(maxsize=16384)
def settlement_name_of(surface: str) -> str | None:
    """`settlement_lexicon().name_of(surface)`, remembered."""
    return settlement_lexicon().name_of(surface)
