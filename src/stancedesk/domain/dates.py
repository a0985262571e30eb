"""Dates as fact-checkers know them: sometimes only a month, a year, or "around then"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from stancedesk.domain.errors import InputError


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"


_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_ISO_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date and how much of it is known; `value` is the first day of the known period."""

    value: date
    precision: DatePrecision = DatePrecision.DAY

    def iso(self) -> str:
        """The text form users type and the CLI prints: 2025-04-21, 2025-04, 2025 or ~2025-04-21."""
        if self.precision is DatePrecision.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        if self.precision is DatePrecision.YEAR:
            return f"{self.value.year:04d}"
        if self.precision is DatePrecision.APPROXIMATE:
            return "~" + self.value.isoformat()
        return self.value.isoformat()

    def __str__(self) -> str:
        return self.iso()


def parse_partial_date(text: str, what: str = "date") -> PartialDate:
    """Parse YYYY-MM-DD, YYYY-MM, YYYY, or ~YYYY-MM-DD; anything else is refused with a reason."""
    raw = text.strip()
    approximate = raw.startswith("~")
    body = raw[1:].strip() if approximate else raw
    try:
        if m := _ISO_DAY.match(body):
            value = date(int(m[1]), int(m[2]), int(m[3]))
            precision = DatePrecision.DAY
        elif m := _ISO_MONTH.match(body):
            value = date(int(m[1]), int(m[2]), 1)
            precision = DatePrecision.MONTH
        elif m := _ISO_YEAR.match(body):
            value = date(int(m[1]), 1, 1)
            precision = DatePrecision.YEAR
        else:
            raise InputError(f"{what} '{text}' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    except ValueError as exc:
        raise InputError(f"{what} '{text}' does not exist ({exc})") from None
    if approximate and precision is DatePrecision.DAY:
        precision = DatePrecision.APPROXIMATE  # "~" marks a day; a bare month or year is already approximate
    return PartialDate(value, precision)


def parse_day(text: str, what: str = "date") -> date:
    """A full calendar day, for options such as --published."""
    parsed = parse_partial_date(text, what)
    if parsed.precision is not DatePrecision.DAY:
        raise InputError(f"{what} '{text}' must be a full date (YYYY-MM-DD)")
    return parsed.value


def partial_from_storage(value: str | None, precision: str | None) -> PartialDate | None:
    """Rebuild a PartialDate from its two stored columns."""
    if not value:
        return None
    return PartialDate(date.fromisoformat(value), DatePrecision(precision or DatePrecision.DAY))


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso_timestamp(moment: datetime) -> str:
    """Timestamps are stored as UTC ISO text so files sort and merge the same everywhere."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")
