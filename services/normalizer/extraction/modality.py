"""How surely a claim is put: conditional, future, historical, denied, or plain (asserted/reported)."""

from __future__ import annotations

import re
from datetime import datetime

from .lexicon import Hit
from .regex_cache import compile_re

# ("Neither side really controls it", "жодна зі сторін не контролює": nobody holds it)
# (the words share one leading \b: the engine then skips most positions at once, five times faster)
_NEGATION = compile_re(
    r"(?:\b(?:not|never|neither(?:\s+side)?|ни\s+одна\s+(?:из\s+)?сторон[аы]?|жодна\s+(?:зі\s+|з\s+)?сторін?|"
    r"no\s+longer|failed\s+to|fail\s+to|nobody|no\s+one|не|ні|нет|никогда|ніколи|ніхто|никто|жодн(?:ого|е|ий|их|а|ої)|никак(?:ого|ой|их))|n['’]t)"
    r"\s+(?:(?:yet|been|have|has|had|be|officially|fully|completely|so\s+far|\w+ly|удалось|вдалося|змогли|"
    r"смогли|было|було)\s+){0,3}[\"«“„]?$|"
    # "Neither X nor Y nor Z is under Russian control": the last item's "nor" negates its own verb too
    r"\bnor\s+(?:[\w'’-]+\s+){1,3}(?:is|are|was|were|has\s+been|have\s+been)\s+$|"
    # "Жодних «кварталів під контролем» у них немає", "никаких кварталов под контролем": "none" before its noun
    r"\b(?:жодних|жодного|никаких|никакого)\s+[\"«“„]?[^\W\d_]+\s+$|"
    # "It is no longer possible to talk about holding the village", «уже не приходится говорить об удержании»
    r"\b(?:no\s+longer|not)\s+(?:possible|realistic)\s+to\s+(?:talk|speak)\s+(?:about|of)\s+$|"
    r"\bне\s+(?:приходится|можно|можна|доводиться)\s+(?:говорить|говорити)\s+(?:об?|про)\s+$")
# "in May 2023", "in early September 2022", "in the autumn of 2022", "on Nov. 10, 2022"
_YEAR = compile_re(r"\b(?:in|since|back in|on|by|(?:during|of)(?=\s+(?:(?:its|their|the)\s+)?[a-z]+\s+(?:19|20)\d\d)|"
                   r"в|у|з|на|"
                   r"летом|зимой|весной|осенью|влітку|улітку|взимку|навесні|"
                   r"восени)\s+"
                   r"(?:(?:the|early|late|mid|[a-zа-яіїє]+\.?|\d{1,2},?)[\s-]+){0,3}"
                   # "in the first days of the February 2022 invasion", "of its August 2024 offensive": an event of
                   # that year named by its month
                   r"(?:of\s+(?:the\s+)?(?:[a-z]+\s+)?)?((?:19|20)\d\d)\b", re.IGNORECASE)


_EARLY = compile_re(r"\b(?:early|beginning\s+of|start\s+of|початку|начале)\s+(?:of\s+)?(?:19|20)\d\d$")
# "18 февраля 2015 года", "18 лютого 2015 року": a Russian/Ukrainian day-month-year date needs no preposition
_DMY = compile_re(r"\b\d{1,2}\s+[а-яіїє]{3,}\s+((?:19|20)\d\d)\s*(?:год|рок|г\.|р\.)", re.IGNORECASE)
# "captured X ..., since its troops entered it last year": a time word inside a later clause dates that clause
# ("captured X in the Y region, where its troops have been pushing since last year": the where-clause's push)
# a contrast between an aim and a later verb: the aim does not reach past it
# (not a dash: «Следующий шаг — продвижение к X» links the aim to what it is)
_CONTRAST_BETWEEN = compile_re(r"\b(?:but|however|yet|whereas|although|though|но|однако|але|проте|однак)\b|,\s*а\s|;",
                               re.IGNORECASE)
_CLAUSE = compile_re(r"\b(?:since|after|when|while|before|until|where)\s+(?:its|their|the|his|her|it|they|russian|"
                     r"ukrainian|moscow|kyiv)\b")

# a modal's own verb phrase, then "and" and a second verb it governs ("and eventually threaten"), no clause break
# ("смогут выйти к X и создать угрозу Y", "зможуть вийти до X і створити загрозу Y": the same in Russian and Ukrainian)
_MODAL_COORDINATED = compile_re(r"[^,;:.!?—–()]*\b(?:and|и|і|й|та)\s+(?:(?:then|later|eventually|even|possibly|perhaps|"
                                r"затем|потом|затим|потім)\s+)?(?:[a-zа-яёіїєґ'’]+\s+){0,2}")

# "спробує вийти до X, щоб розвинути наступ на Y", "попытается …, чтобы": an attempt's purpose clause
_PURPOSE_CHAIN = compile_re(r"[^.;:!?—–()]*\b(?:щоб|чтобы|so as to|in order to)\b[^.;:!?—–()]*")
# "intend to use positions west of X to envelop the city and to advance on Y": a purpose chain of infinitives after an
# aim ("to" right before the cue, no clause break nor finite link between)
_INFINITIVE_CHAIN = compile_re(r"(?:(?!\b(?:that|which|who|where|but|while|because|as|after|since)\b)[^,;:.!?—–()])*"
                               r"(?:\band\s+)?to\s+$")
_CLAIM_NOUN_END = compile_re(r"\b(?:assertions?|claims?|statements?|announcements?|reports?)\s+$")

_RELATIVE_CLAUSE = compile_re(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:that|which|where)\s")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# ("in the first week of March", "at the start of March")
# (not after "than": "we hold less than in December" compares with then, it dates nothing)
_MONTH = compile_re(r"(?<!than\s)\b(?:in|since|back in|by|until|at|last)\s+(?:(?:early|late|mid)[\s-]*|"
                    r"the\s+(?:(?:first|"
                    r"second|third|last|final)\s+(?:week|weeks|days|half|fortnight)|start|beginning|end|middle)\s+of\s+)?"
                    r"(january|february|march|april|may|june|july|august|september|"
                    r"october|november|december)\b", re.IGNORECASE)
# "в марте 2025 года", "у жовтні", "в начале февраля": a Russian/Ukrainian month (locative or genitive)
_CYR_MONTHS: dict[str, int] = {form: i + 1 for i, forms in enumerate((
    "январе января січні січня", "феврале февраля лютому лютого", "марте марта березні березня",
    "апреле апреля квітні квітня", "мае мая травні травня", "июне июня червні червня",
    "июле июля липні липня", "августе августа серпні серпня", "сентябре сентября вересні вересня",
    "октябре октября жовтні жовтня", "ноябре ноября листопаді листопада", "декабре декабря грудні грудня"))
    for form in forms.split()}
# ("на початку березня", "з 2 березня": the Ukrainian "at the start of" and a day before the month; not "менше, ніж у
# грудні": a comparison with then)
_CYR_MONTH = compile_re(r"(?<!ніж\s)(?<!чем\s)\b(?:(?:в|у|во|с|со|з|із|від|от)\s+"
                        r"(?:(?:начале|конце|середине|початку|кінці|середині)\s+)?"
                        r"(?:\d{1,2}\s+)?|(?:наприкінці|напочатку|посередині|на\s+початку|на\s+кінці)\s+)"
                        r"(" + "|".join(sorted(_CYR_MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_CYR_IN_MONTH = compile_re(r"(?:в|у|во|наприкінці|напочатку|посередині)\s", re.IGNORECASE)
# "ещё в апреле", "ще у квітні", "back in April": a month later in the calendar than publication, said as long past,
# is last year's
_LAST_YEAR_MONTH_LEAD = compile_re(r"(?:\b(?:ещё|еще|ще|вже|уже)\s+|\bback\s+in\s+)$|\bback\s+in\b", re.IGNORECASE)
# a future or modal word: "could fall in December", "до декабря", "будет взят в декабре" — no past month (but "a town
# of 13,000 before the full-scale invasion", "до повномасштабного вторгнення": a past era's date, no future)
_FUTURE_WORDS = compile_re(r"\b(?:will|would|could|might|may|expect\w*|plan\w*|aim\w*|hope\w*|by|until|"
                           # ("claimed X days before the new year": a date told relative to another, no future)
                           r"before(?<!days before)(?<!weeks before)(?!\s+the\s+(?:full[\s-]+scale\s+|russian\s+)?"
                           r"(?:invasion|war)\b)|"
                           r"буд\w*|мож\w*|план\w*|рассчитыва\w*|розрахову\w*|ожида\w*|очіку\w*|"
                           # ("до кінця року", "к декабрю": until, by; not "к северу от X", "підійшли до X": places)
                           r"(?:до|к)(?=\s+(?:кінця|конца|початку|начала|середини|середины|літа|осені|зими|весни|"
                           r"лета|осени|зимы|весны|концу|началу|середине|лету|осени|зиме|весне|"
                           r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|"
                           r"грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
                           r"январю|февралю|марту|апрелю|маю|июню|июлю|августу|сентябрю|октябрю|ноябрю|декабрю)\b)|"
                           r"если|якщо|if|когда|коли|when)\b", re.IGNORECASE)
_CYR_MONTH_GATE = ("январ", "феврал", "март", "апрел", "мае", "мая", "июн", "июл", "август", "сентябр", "октябр",
                   "ноябр", "декабр", "січн", "лют", "берез", "квітн", "травн", "червн", "липн", "серпн", "вересн",
                   "жовтн", "листопад", "грудн")
# a timeline entry: "— August 2024: Russian troops capture X", "— Dec. 1, 2025: ...", "— жовтень 2024: ..."
_TIMELINE = compile_re(
    r"[—–•*-]\s*(?:\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йя]|июн|июл|авг|"
    r"сен|окт|ноя|дек|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру)[a-zа-яіїє]*\.?(?:\s+\d{1,2})?,?\s+"
    r"((?:19|20)\d\d)(?:\s*(?:года|року|г\.|р\.))?\s*:")
_TIMELINE_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                    "oct": 10, "nov": 11, "dec": 12, "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5,
                    "июн": 6, "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12, "січ": 1, "лют": 2,
                    "бер": 3, "кві": 4, "тра": 5, "чер": 6, "лип": 7, "сер": 8, "вер": 9, "жов": 10, "лис": 11,
                    "гру": 12}
# the full month names (English, Russian and Ukrainian, in the cases a date tag uses) a bracketed tag abbreviates
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
    "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
    "октябрь", "ноябрь", "декабрь", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
    "вересня", "жовтня", "листопада", "грудня", "січень", "лютий", "березень", "квітень", "травень", "червень",
    "липень", "серпень", "вересень", "жовтень", "листопад", "грудень")
_PAREN_WORD = compile_re(r"[^\W\d_]+")
_YEAR_AFTER = compile_re(r",?\s+(\d{4})")
_DAY_MONTH = compile_re(r"(?:(?:в|у|in|on|з|с)\s+)?(\d{1,2})(?:-?(?:го|е|th|st|nd|rd))?\s+([^\W\d_]{3})", re.IGNORECASE)


def recent_day(text: str, pos: int, published_at: datetime, days: int = 14) -> bool:
    """A day and month at `pos` ("20 січня", "on 20 January") no more than `days` days before publication."""
    m = _DAY_MONTH.match(text, pos)
    if m is None or (month := _TIMELINE_MONTHS.get(m.group(2).lower())) is None:
        return False
    try:
        day = published_at.replace(month=month, day=int(m.group(1)))
    except ValueError:
        return False
    if day > published_at and month == 12:
        day = day.replace(year=day.year - 1)  # "30 грудня" in a text of 3 January
    return 0 <= (published_at - day).days <= days
# "on Nov. 20", "November 20", "20 November", "20 ноября", "1 грудня": a day and a month, either order
_MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|"
               r"июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|січня|лютого|березня|квітня|травня|"
               r"червня|липня|серпня|вересня|жовтня|листопада|грудня)")
_ANY_DAY_MONTH = compile_re(r"\b(\d{1,2})(?:-?(?:го|е|th|st|nd|rd))?\s+(" + _MONTH_WORD + r")\b"
                            r"|\b(" + _MONTH_WORD + r")\.?\s+(\d{1,2})\b(?!\d)", re.IGNORECASE)


def stale_day(text: str, start: int, end: int, published_at: datetime, days: int = 14) -> bool:
    """A day and month in `[start, end)` more than `days` days (and at most four months) before publication:
    "claimed the capture of X on Nov. 20" in a text of 10 December is an earlier claim, no longer this week's news."""
    window = text[max(0, start):end]
    if "|" in window or not any(ch.isdigit() for ch in window):
        return False  # ("X | Донецкая | освобождён | 14 октября": a status table's date column is the row's own)
    for m in _ANY_DAY_MONTH.finditer(window):
        day_text, month_text = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = _TIMELINE_MONTHS.get(month_text.lower()[:3])
        if month is None:
            continue
        try:
            day = published_at.replace(month=month, day=int(day_text))
        except ValueError:
            continue
        if day > published_at:
            day = day.replace(year=day.year - 1)
        if days < (published_at - day).days <= 120:  # (a later month of last year is left to the month rules)
            return True
    return False
# a look-back list's date tag: "took X (Feb), Y (May)", "X (Sept 12)", "Y (жовт.)"
_PAREN_MONTH = compile_re(
    r"\((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|січ|лют|"
    r"бер|кві|тра|чер|лип|сер|вер|жов|лис|гру)[a-zа-яіїє]*\.?(?:\s+\d{1,2})?(?:,?\s+((?:19|20)\d\d))?\)",
    re.IGNORECASE)
# "seized in the spring", "влітку 2025 року", "весной": a season of the publication year (or of no year)
_SEASON = compile_re(r"\b(?:(?:in\s+(?:the\s+)?|this\s+|over\s+the\s+|during\s+the\s+)(?:(?:early|late)\s+)?"
                     r"(spring|summer|autumn)(?:\s+of)?"
                     r"|(весной|весною|навесні|летом|влітку|улітку|осенью|восени|цієї\s+весни|цього\s+літа|"
                     r"цієї\s+осені)"
                     # «в начале лета», «наприкінці літа»: part of a season, in the genitive
                     r"|(?:в|на|у)\s+(?:начале|конце|середине|початку|кінці|середині)\s+(весны|лета|осени|весни|літа|"
                     r"осені)|наприкінці\s+(весни|літа|осені))\b", re.IGNORECASE)
_WINTER = compile_re(r"\b(?:(?:in\s+(?:the\s+)?)(?:(?:early|late)\s+)?winter|зимой|зимою|взимку|узимку)\b",
                     re.IGNORECASE)
_SEASON_WORDS = ("pring", "ummer", "utumn", "есной", "есною", "весні", "етом", "літку", "сенью", "осени", "весни",
                 "го літа", "осені", "лета", "літа", "весны")  # gate
_SEASON_MID = {"spring": 4, "summer": 7, "autumn": 10, "весной": 4, "весною": 4, "навесні": 4, "летом": 7,
               "влітку": 7, "улітку": 7, "осенью": 10, "восени": 10, "цієї весни": 4, "цього літа": 7,
               "цієї осені": 10, "весны": 4, "лета": 7, "осени": 10, "весни": 4, "літа": 7, "осені": 10}


def negated_before(lower: str, cue_start: int) -> bool:
    """True when the words just before a predicate cue negate it ("have not captured", "не взяли")."""
    return bool(_NEGATION.search(lower[max(0, cue_start - 40):cue_start]))


def _months_settled(lead: str) -> int:
    """How many months before publication a month must be to date a settled event: "in May" in a June text is
    last month's, background already (one); "since May", "by May" reach up to now, so two."""
    # ("at the end of July" names a month as firmly as "in July")
    return 1 if lead.lower().startswith(("in", "back", "at", "в", "у", "во", "на ", "наприкінці", "напочатку",
                                         "посередині")) else 2


_MONTH_START = compile_re(r"early|start|beginning|first\s+week|начал[еа]|початку|напочатку", re.IGNORECASE)


def _month_start_past(lead: str, month: int, has_year: bool, published_at: datetime) -> bool:
    """The start of the publication month, told three weeks or more into it ("took X at the start of October" on
    October 22, «в начале октября» on the 25th): settled already."""
    return not has_year and month == published_at.month and published_at.day >= 20 and \
        _MONTH_START.search(lead) is not None and _months_settled(lead) == 1  # (not "з початку березня": since then)


def past_years(unit_text: str, published_at: datetime) -> list[int]:
    """Offsets of dates settled in the past: a year before publication ("in May 2023" in a 2025 text), or
    an earlier month of the same year ("captured in May" in a June text; "since May" only two months back)."""
    out: list[int] = []
    if "19" in unit_text or "20" in unit_text:  # every year `_YEAR` takes begins so; most sentences have none
        for m in _YEAR.finditer(unit_text):
            named = int(m.group(1))
            # "in early 2025", "на початку 2025 року" in a text of April 2025 or later: settled too
            if named < published_at.year or (named == published_at.year and published_at.month >= 4 and
                                            _EARLY.search(m.group(0).lower()) is not None):
                out.append(m.start())
        out += [m.start() for m in _DMY.finditer(unit_text) if int(m.group(1)) < published_at.year]
    for m in _MONTH.finditer(unit_text):
        month = _MONTHS.index(m.group(1).lower()[:3]) + 1
        year = _YEAR_AFTER.match(unit_text, m.end())
        if year is None and m.group(0)[:4].lower() == "last":
            out.append(m.start())  # "in an incursion last August": the last such month, over before publication
            continue
        # "By mid-March 2025" in a November 2025 text: a month of the publication year counts like a bare month
        if (published_at.month - month >= _months_settled(m.group(0)) and (
                year is None or int(year.group(1)) == published_at.year)) or _month_start_past(
                m.group(0), month, year is not None, published_at):
            out.append(m.start())
        elif year is None and month > published_at.month and (_LAST_YEAR_MONTH_LEAD.search(
                unit_text, max(0, m.start() - 12), m.start() + 8) or (
                unit_text[m.start():m.start() + 2].lower() in ("in", "at") and month - published_at.month >= 4
                and _FUTURE_WORDS.search(unit_text) is None)):
            # "back in April" in a January text: last year's April; so is "seized X in December" in an August text
            # (a month four or more later in the calendar, with no future or modal word in the sentence: a month just
            # ahead, "in April" in a January text, may still be a date to come and needs "back in")
            out.append(m.start())
    if any(w in unit_text for w in _CYR_MONTH_GATE):
        for m in _CYR_MONTH.finditer(unit_text):
            month = _CYR_MONTHS[m.group(1).lower()]
            year = _YEAR_AFTER.match(unit_text, m.end())
            if (published_at.month - month >= _months_settled(m.group(0)) and (
                    year is None or int(year.group(1)) == published_at.year)) or _month_start_past(
                    m.group(0), month, year is not None, published_at):
                out.append(m.start())
            elif year is None and month > published_at.month and (_LAST_YEAR_MONTH_LEAD.search(
                    unit_text, max(0, m.start() - 12), m.start()) or (
                    # ("у грудні", "наприкінці грудня" in an April text: last December; not "с декабря": since then)
                    (unit_text[m.start():m.start() + 1].lower() in ("в", "у")
                     or _CYR_IN_MONTH.match(m.group(0)) is not None) and month - published_at.month >= 4
                    and _FUTURE_WORDS.search(unit_text) is None)):
                out.append(m.start())  # "оставили X ещё в апреле" in a January text: last year's April
    if "(" in unit_text:
        for m in _PAREN_MONTH.finditer(unit_text):
            word = _PAREN_WORD.match(unit_text, m.start() + 1)
            if word is None or not any(full.startswith(word.group(0).lower()) for full in _MONTH_NAMES):
                continue  # "Marinka (Maryinka)": a spelling in brackets that only begins like a month
            # a month tag with no year is the last such month: one later in the calendar than publication is of the
            # year before ("Russia took X (Oct)" in a January post)
            month = _TIMELINE_MONTHS[m.group(1).lower()]
            tag_year = int(m.group(2)) if m.group(2) else published_at.year
            if tag_year < published_at.year or (tag_year == published_at.year and
                                                (published_at.month - month) % 12 >= 2):
                out.append(m.start())
    if ("зим" in unit_text or "winter" in unit_text) and 4 <= published_at.month <= 10:
        # "Родинское мы взяли ещё зимой", "this winter" in a spring, summer or October text: the winter just past
        out += [m.start() for m in _WINTER.finditer(unit_text)]
    if not any(w in unit_text for w in _SEASON_WORDS):
        return sorted(out)
    for m in _SEASON.finditer(unit_text):
        # a season whose middle month is two or more months before publication, in the same year
        month = _SEASON_MID[" ".join(next(g for g in m.groups() if g).lower().split())]
        year = _YEAR_AFTER.match(unit_text, m.end())
        if published_at.month - month >= 2 and (year is None or int(year.group(1)) == published_at.year):
            out.append(m.start())
        elif year is None and month - published_at.month >= 3 and _FUTURE_WORDS.search(unit_text) is None:
            out.append(m.start())  # "which they took in the autumn" in a March text: last year's autumn
    return sorted(out)


def marker_modality(markers: list[Hit], cue_start: int, cue_end: int, unit_text: str,
                    published_at: datetime) -> str | None:
    """Conditional / future / historical from the unit's markers, scoped to the cue; None if plain."""
    for hit in markers:
        near = "near" in hit.flags
        before = hit.end <= cue_start
        if hit.kind == "cond":
            if near and before and cue_start - hit.end <= 40:
                return "conditional"
            if near and before and cue_start - hit.end <= 90 and _MODAL_COORDINATED.fullmatch(
                    unit_text, hit.end, cue_start):
                return "conditional"  # "could turn west toward X and eventually threaten Y": one modal, two verbs
            if near and before and cue_start - hit.end <= 120 and _PURPOSE_CHAIN.fullmatch(unit_text.lower(), hit.end,
                                                                                          cue_start):
                # "ворог спробує вийти до X, щоб розвинути наступ на Y": the purpose of an attempt still to come
                return "conditional"
            if "premise" in hit.flags:
                # "the fall of X would allow Russia to advance on Y": the premise's own capture cue and the
                # consequence's after it, but not a cue before it nor one a past date scopes ("the siege Russia used to
                # take Z last year")
                if hit.start <= cue_start and (cue_end <= hit.end or not any(
                        h.kind == "hist" and 0 <= h.start - cue_end <= 40 for h in markers)):
                    return "conditional"
                continue
            if not near and (before or hit.start - cue_end <= 40):
                return "conditional"
    for hit in markers:
        before = hit.end <= cue_start
        if hit.kind == "future" and "near" in hit.flags and "once" not in hit.flags and before and \
                40 < cue_start - hit.end <= 90 and _MODAL_COORDINATED.fullmatch(unit_text, hit.end, cue_start):
            return "future"  # "will likely attempt to exploit the seizure of X and push north toward Y": one modal
        if hit.kind == "future":
            if "once" in hit.flags and before and cue_start - hit.end <= 40:
                return "future"
            if "near" in hit.flags and "once" not in hit.flags and before and cue_start - hit.end <= 40 and \
                    _CONTRAST_BETWEEN.search(unit_text, hit.end, cue_start) is None:
                return "future"  # (not past a contrast: "want to take X but have already captured Y")
            if "near" in hit.flags and "once" not in hit.flags and before and cue_start - hit.end <= 120 and \
                    unit_text.endswith("to ", 0, cue_start) and _INFINITIVE_CHAIN.fullmatch(
                        unit_text.lower(), hit.end, cue_start) is not None:
                return "future"  # "intend to use positions west of X to envelop the city and to advance on Y"
            if "after" in hit.flags and hit.start >= cue_end and hit.start - cue_end <= 40:
                return "future"  # "освободить X планируется", "to take X is planned": the plan after its infinitive
    for hit in markers:
        if hit.kind == "hist" and hit.start >= cue_end and unit_text.lower().endswith("after", hit.start, hit.end):
            continue  # "retook X on Thursday, three months after Moscow claimed it": the event after "after" is dated
        if hit.kind == "hist" and hit.start >= 8 and _CLAIM_NOUN_END.search(unit_text.lower(), max(0, hit.start - 16),
                                                                           hit.start):
            continue  # "rejecting Moscow's assertion last month that X had fallen": when the claim was made
        if hit.kind == "hist" and ("near" not in hit.flags or abs(hit.start - cue_start) <= 40 or (
                # "Half a year after Pokrovsk and Myrnohrad fell": a list between the marker and its cue
                "after" in unit_text[hit.start:hit.end].lower() and 0 <= cue_start - hit.end <= 40) or (
                # "the largest town Ukraine seized in its incursion into the Kursk region last August": a date at
                # the end of the cue's own clause, however long its object
                0 <= hit.start - cue_end <= 90 and _CLAUSE.search(unit_text.lower(), cue_end, hit.start) is None
                and not any(ch in unit_text[cue_end:hit.start] for ch in "—–(;:") and "--" not in unit_text[
                    cue_end:hit.start])):
            if hit.start >= cue_end and (_CLAUSE.search(unit_text.lower(), cue_end, hit.start)
                                         or _RELATIVE_CLAUSE.search(unit_text.lower(), cue_end, hit.start)):
                continue  # ("tried to encircle X, a hub that it occupied in the first months of the invasion": the
                # marker dates the relative clause after the cue's object, not the cue)
            return "historical"
    return None


def last_years_month(unit_text: str, published_at: datetime) -> bool:
    """A month with no year later in the calendar than publication ("in late December" in a February text): last
    year's month, so whatever it dates is settled, even a claim."""
    for m in _MONTH.finditer(unit_text):
        if _YEAR_AFTER.match(unit_text, m.end()) is None and \
                _MONTHS.index(m.group(1).lower()[:3]) + 1 > published_at.month:
            return True
    if any(w in unit_text for w in _CYR_MONTH_GATE):
        for m in _CYR_MONTH.finditer(unit_text):
            if _YEAR_AFTER.match(unit_text, m.end()) is None and _CYR_MONTHS[m.group(1).lower()] > published_at.month:
                return True
    return False


def month_before(unit_text: str, start: int, end: int, published_at: datetime, months: int = 2) -> bool:
    """A month with no year in `[start, end)` that, read as its last occurrence, lies two or more months before
    publication ("після звільнення X у листопаді" in an April text: last November); `months` sets how many."""
    window = unit_text[start:end]
    for m in _MONTH.finditer(window):
        if _YEAR_AFTER.match(window, m.end()) is None and \
                (published_at.month - _MONTHS.index(m.group(1).lower()[:3]) - 1) % 12 >= months:
            return True
    if any(w in window for w in _CYR_MONTH_GATE):
        for m in _CYR_MONTH.finditer(window):
            if _YEAR_AFTER.match(window, m.end()) is None and \
                    (published_at.month - _CYR_MONTHS[m.group(1).lower()]) % 12 >= months:
                return True
    return False


def timeline_past(lower: str, published_at: datetime) -> bool:
    """A timeline entry ("— August 2024: Russian troops capture X") dated two or more months before publication
    (or in an earlier year): the whole entry is background."""
    m = _TIMELINE.match(lower)
    if m is None:
        return False
    year = int(m.group(2))
    month = _TIMELINE_MONTHS[m.group(1)]
    return year < published_at.year or (year == published_at.year and published_at.month - month >= 2)
