"""Dates in news copy, absolute or relative to the publication day, resolved with dateutil."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from .lexicon import MONTHS, WEEKDAYS
from .models import DateCandidate, Precision

_WEEKDAY_CODES = (MO, TU, WE, TH, FR, SA, SU)
_MONTH = (r"(?P<{name}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}

_PATTERN = re.compile("|".join((
    r"\b(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b",
    (r"\b" + _MONTH.format(name="mdy_m") + r"\s+" + _DAY.format(name="mdy_d") + r",?\s+(?P<mdy_y>\d{4})\b"),
    (r"\b" + _DAY.format(name="dmy_d") + r"\s+(?:of\s+)?" + _MONTH.format(name="dmy_m")
     + r",?\s+(?P<dmy_y>\d{4})\b"),
    r"\b" + _MONTH.format(name="my_m") + r",?\s+(?P<my_y>\d{4})\b",
    r"\b" + _MONTH.format(name="md_m") + r"\s+" + _DAY.format(name="md_d") + r"\b(?![.:]?\d)",
    r"\b" + _DAY.format(name="dm_d") + r"\s+(?:of\s+)?" + _MONTH.format(name="dm_m") + r"\b",
    r"\b(?:in|early|late|mid-?|since|until|by)\s+" + _MONTH.format(name="mo_m") + r"\b(?!,?\s+\d)",
    (r"\b(?:(?P<wd_part1>early|late)\s+)?(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
     r"Sunday)(?:['’]s)?(?:\s+(?P<wd_part2>morning|afternoon|evening|night))?\b"),
    (r"(?i:\b(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|last\s+night|"
     r"this\s+(?:morning|afternoon|evening)|earlier\s+today|(?:last|this|next)\s+(?:week(?:end)?|month|year)|"
     r"earlier\s+this\s+(?:week|month|year)|(?P<ago_n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)"
     r"\s+(?P<ago_unit>days?|weeks?|months?|years?)\s+ago)\b)"),
)))
_PARENTHESISED = re.compile(r"\s*\(\s*(?:" + _MONTH.format(name="pm") + r"\s+" + _DAY.format(name="pd")
                            + r"|" + _DAY.format(name="pd2") + r"\s+" + _MONTH.format(name="pm2")
                            + r")(?:,?\s+(?P<py>\d{4}))?\s*\)")
_BLOCKING = re.compile(r"(?i:\b(?:since|until|till|through|between|from|before|ahead\s+of|by|as\s+of|"
                       r"starting|beginning|born|founded|established)\s+(?:(?:the|on|early|late|mid)\s+)*$)")
_SINCE_FAR = re.compile(r"(?i:\bsince\b[^.;:!?,]*$)")
_RELATIVE = re.compile(r"(?i:\b(?:which|who|whom|whose|where)\b)")
_FUTURE = re.compile(r"(?i:\b(?:will|would|'ll|’ll|shall|next|due|expected|scheduled|plans?|planned|set\s+to|"
                     r"going\s+to|meets?|begins?|starts?|upcoming)\b[^.;:!?]{0,40}$)")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: date | None
    precision: Precision
    future: bool
    blocked: bool
    relative: bool
    evidence: str
    subordinate: bool = False


# Phrases that say a sentence reports a stretch of time or a habit, not one occasion: "In recent times, he has
# consistently referred to …", "has long argued", "for months". Such a sentence borrows no day from elsewhere.
_SPAN_OF_TIME = re.compile(
    r"(?i:\b(?:in\s+recent\s+(?:times|days|weeks|months|years)|recently|lately|for\s+(?:days|weeks|months|years"
    r"|decades|some\s+time|a\s+long\s+time|a\s+while)|over\s+the\s+(?:past|last)\s+(?:(?:few|several|\w+)\s+)?"
    r"(?:days|weeks|months|years|decades?)|in\s+the\s+past|(?:has|have|had)\s+(?:long|consistently|repeatedly"
    r"|often|frequently|always|for\s+years)|time\s+and\s+again|on\s+(?:several|many|numerous)\s+occasions"
    r"|repeatedly|consistently)\b)")


def describes_span_of_time(sentence: str) -> bool:
    """True when the sentence places what it reports over a vague stretch of time rather than on a day."""
    return _SPAN_OF_TIME.search(sentence) is not None


def find_date_mentions(text: str, published: date | None, start: int = 0, end: int | None = None,
                       year_hint: int | None = None) -> list[DateMention]:
    stop = len(text) if end is None else end
    mentions: list[DateMention] = []
    for match in _PATTERN.finditer(text, start, stop):
        try:
            mention = _resolve(text, match, published, year_hint)
        except (OverflowError, ValueError):
            continue  # a date arithmetic step left the calendar (year 1 or 9999)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _month_number(name: str) -> int:
    prefix = name.lower()[:3]
    return next(index for index, month in enumerate(MONTHS, start=1) if month.startswith(prefix))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(text: str, match: re.Match[str], published: date | None,
             year_hint: int | None) -> DateMention | None:
    groups = match.groupdict()
    before = text[max(0, match.start() - 80):match.start()]
    blocked = bool(_BLOCKING.search(before) or _SINCE_FAR.search(before))
    lead = match.group(0).split(None, 1)[0].lower()
    if lead in ("since", "until", "by"):
        blocked = True
    future = bool(_FUTURE.search(before))
    end = match.end()
    anchor_year = published.year if published else year_hint
    value: date | None = None
    precision: Precision = "day"
    relative = False

    if groups["iso_y"]:
        value = _safe_date(int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"]))
    elif groups["mdy_m"]:
        value = _safe_date(int(groups["mdy_y"]), _month_number(groups["mdy_m"]), int(groups["mdy_d"]))
    elif groups["dmy_m"]:
        value = _safe_date(int(groups["dmy_y"]), _month_number(groups["dmy_m"]), int(groups["dmy_d"]))
    elif groups["my_m"]:
        value = _safe_date(int(groups["my_y"]), _month_number(groups["my_m"]), 1)
        precision = "month"
    elif groups["md_m"] or groups["dm_m"]:
        month = _month_number(groups["md_m"] or groups["dm_m"])
        day = int(groups["md_d"] or groups["dm_d"])
        value = _in_anchor_year(anchor_year, month, day, published, future)
    elif groups["mo_m"]:
        month = _month_number(groups["mo_m"])
        value = _in_anchor_year(anchor_year, month, 1, published, future)
        precision = "month"
    elif groups["wd"]:
        relative = True
        if published is not None:
            code = _WEEKDAY_CODES[WEEKDAYS.index(groups["wd"].lower())]
            value = published + relativedelta(weekday=code(+1) if future else code(-1))
    else:
        relative = True
        value, precision, implied_future = _relative(groups, published)
        future = future or implied_future
        parenthesised = _PARENTHESISED.match(text, end)
        if parenthesised:
            explicit = _parenthesised_date(parenthesised, anchor_year, value)
            if explicit is not None:
                value, precision, relative = explicit, "day", False
                end = parenthesised.end()
    if value is None and not relative:
        return None
    if published is not None and value is not None and value > published and not future:
        future = True
    clause = re.split(r"[,;.(—–\n]", before)[-1]
    subordinate = bool(_RELATIVE.search(clause))
    return DateMention(match.start(), end, value, precision, future, blocked, relative, text[match.start():end],
                       subordinate)


def _in_anchor_year(year: int | None, month: int, day: int, published: date | None, future: bool) -> date | None:
    if year is None:
        return None
    value = _safe_date(year, month, day)
    if value is not None and published is not None and not future and value > published + timedelta(days=7):
        value = _safe_date(year - 1, month, day)
    return value


def _relative(groups: dict[str, str | None], published: date | None) -> tuple[date | None, Precision, bool]:
    phrase = " ".join((groups["rel"] or "").lower().split())
    if groups["ago_unit"]:
        amount = _NUMBER_WORDS.get(groups["ago_n"] or "", 0) or int(groups["ago_n"] or 0)
        unit = (groups["ago_unit"] or "").rstrip("s")
        deltas = {"day": (relativedelta(days=amount), "day"), "week": (relativedelta(weeks=amount), "approximate"),
                  "month": (relativedelta(months=amount), "month"), "year": (relativedelta(years=amount), "year")}
        delta, precision = deltas[unit]
        return (published - delta if published else None), _as_precision(precision), False
    table: dict[str, tuple[relativedelta, str, bool]] = {
        "the day before yesterday": (relativedelta(days=-2), "day", False),
        "yesterday": (relativedelta(days=-1), "day", False),
        "last night": (relativedelta(days=-1), "day", False),
        "today": (relativedelta(), "day", False),
        "tonight": (relativedelta(), "day", False),
        "this morning": (relativedelta(), "day", False),
        "this afternoon": (relativedelta(), "day", False),
        "this evening": (relativedelta(), "day", False),
        "earlier today": (relativedelta(), "day", False),
        "tomorrow": (relativedelta(days=1), "day", True),
        "last week": (relativedelta(weeks=-1), "approximate", False),
        "last weekend": (relativedelta(weekday=SA(-1)), "approximate", False),
        "this week": (relativedelta(), "approximate", False),
        "earlier this week": (relativedelta(), "approximate", False),
        "this weekend": (relativedelta(weekday=SA(-1)), "approximate", False),
        "next week": (relativedelta(weeks=1), "approximate", True),
        "next weekend": (relativedelta(weekday=SA(+1)), "approximate", True),
        "last month": (relativedelta(months=-1), "month", False),
        "this month": (relativedelta(), "month", False),
        "earlier this month": (relativedelta(), "month", False),
        "next month": (relativedelta(months=1), "month", True),
        "last year": (relativedelta(years=-1), "year", False),
        "this year": (relativedelta(), "year", False),
        "earlier this year": (relativedelta(), "year", False),
        "next year": (relativedelta(years=1), "year", True),
    }
    delta, precision, future = table.get(phrase, (relativedelta(), "approximate", False))
    value = published + delta if published else None
    if value is not None and precision == "month":
        value = value.replace(day=1)
    elif value is not None and precision == "year":
        value = value.replace(month=1, day=1)
    return value, _as_precision(precision), future


def _as_precision(name: str) -> Precision:
    if name == "day":
        return "day"
    if name == "month":
        return "month"
    if name == "year":
        return "year"
    return "approximate"


def _parenthesised_date(match: re.Match[str], year: int | None, near: date | None) -> date | None:
    month = _month_number(match.group("pm") or match.group("pm2") or "")
    day = int(match.group("pd") or match.group("pd2") or 0)
    explicit_year = match.group("py")
    if explicit_year:
        return _safe_date(int(explicit_year), month, day)
    if near is not None:
        year = near.year
    return _safe_date(year, month, day) if year is not None else None


def year_hint_from(text: str) -> int | None:
    """The year of the latest fully written date, for month-day dates when no publication date is known."""
    years = [m.value.year for m in find_date_mentions(text, None) if m.value is not None and not m.relative
             and m.precision == "day"]
    return max(years) if years else None


def infer_publication_date(text: str) -> list[DateCandidate]:
    """Votes from relative-with-explicit pairs ("tomorrow (April 23)"), datelines and the latest date seen."""
    year = year_hint_from(text)
    fallback_year = year if year is not None else datetime.now(tz=UTC).year
    votes: dict[date, float] = defaultdict(float)
    evidence: dict[date, str] = {}

    for match in _PATTERN.finditer(text):
        groups = match.groupdict()
        phrase = " ".join((groups["rel"] or "").lower().split())
        parenthesised = _PARENTHESISED.match(text, match.end())
        if phrase and parenthesised:
            explicit = _parenthesised_date(parenthesised, fallback_year, None)
            offsets = {"yesterday": 1, "last night": 1, "today": 0, "tonight": 0, "this morning": 0,
                       "tomorrow": -1, "the day before yesterday": 2}
            guess = _shift(explicit, offsets.get(phrase))
            if guess is not None:
                _vote(votes, evidence, guess, 0.6 if year is not None else 0.35,
                      text[match.start():parenthesised.end()])

    for mention in find_date_mentions(text, None):
        if mention.value is None or mention.relative or mention.precision != "day":
            continue
        if mention.start < 600:
            _vote(votes, evidence, mention.value, 0.45, mention.evidence)
    latest = [m for m in find_date_mentions(text, None)
              if m.value is not None and not m.relative and m.precision == "day" and not m.future]
    if latest:
        newest = max(latest, key=lambda m: m.value or date.min)
        if newest.value is not None:
            _vote(votes, evidence, newest.value, 0.25, newest.evidence)
            following = _shift(newest.value, 1)
            if following is not None:
                _vote(votes, evidence, following, 0.15, newest.evidence)

    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    return [DateCandidate(value, min(0.95, round(score, 3)), evidence[value]) for value, score in ranked]


def _shift(value: date | None, days: int | None) -> date | None:
    if value is None or days is None:
        return None
    try:
        return value + timedelta(days=days)
    except OverflowError:
        return None


def _vote(votes: dict[date, float], evidence: dict[date, str], value: date, weight: float, why: str) -> None:
    votes[value] += weight
    evidence.setdefault(value, why)
