"""The shape of a WhatsApp chat line, and the whole-file inference of its date order.

Android writes `DD/MM/YY, HH:MM - Name: text`, iOS `[DD/MM/YYYY, HH:MM:SS] Name: text`; both
vary with the phone's locale (order of day and month, separators, 12/24-hour clock with
`AM`, `a.m.`, `a. m.` or `p. m.`, a narrow no-break space before it). A single line cannot tell
day/month from month/day, so the order is decided from every date in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

# Marks WhatsApp puts before system text and attachments, and spaces it uses inside times.
INVISIBLE = "\u200e\u200f\u2068\u2069\ufeff"
_SPACE = r"[ \u00a0\u202f]"
_DATE = r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})"
_TIME = (
    r"(?:klo )?(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?"
    rf"(?:{_SPACE}*(?P<ampm>[aApP]\.?{_SPACE}?[mM]\.?))?"
)
_BRACKET = re.compile(rf"^\[{_DATE},?{_SPACE}+{_TIME}\]{_SPACE}(?P<rest>.*)$")
_DASH = re.compile(rf"^{_DATE},?{_SPACE}+{_TIME}{_SPACE}*[-–]{_SPACE}(?P<rest>.*)$")


@dataclass(frozen=True)
class LineHead:
    """The date and time at the start of a message line, still in the file's own order."""

    a: int
    b: int
    c: int
    hour: int
    minute: int
    second: int
    pm: bool | None  # None on a 24-hour clock
    raw: str  # the date-time text as written
    rest: str  # the line after the date-time prefix


def parse_head(line: str) -> LineHead | None:
    """The date-time prefix of a message's first line, or None for a continuation line."""
    text = line.lstrip(INVISIBLE)
    m = _BRACKET.match(text) or _DASH.match(text)
    if not m:
        return None
    ampm = m.group("ampm")
    pm = None if ampm is None else ampm.lower().startswith("p")
    rest_start = m.start("rest")
    raw = text[:rest_start].strip(" []-–\u00a0\u202f")
    return LineHead(
        a=int(m.group("a")),
        b=int(m.group("b")),
        c=int(m.group("c")),
        hour=int(m.group("h")),
        minute=int(m.group("m")),
        second=int(m.group("s") or 0),
        pm=pm,
        raw=raw,
        rest=m.group("rest"),
    )


@dataclass
class DateOrder:
    """Evidence for the file's order of day, month and year, gathered line by line.

    A first field of four digits is a year; a first field above 12 can only be a day, a
    second above 12 only a day too (so the first is the month). With no such evidence the
    British order (day first) is assumed, since the tool is made for UK schools.
    """

    lines: int = 0
    year_first: int = 0
    first_over_12: bool = False
    second_over_12: bool = False

    def add(self, head: LineHead) -> None:
        self.lines += 1
        self.year_first += head.a > 31
        self.first_over_12 = self.first_over_12 or 12 < head.a <= 31
        self.second_over_12 = self.second_over_12 or head.b > 12

    @property
    def order(self) -> str:
        """`ymd`, `dmy` or `mdy`."""
        if self.lines and self.year_first == self.lines:
            return "ymd"
        if self.first_over_12:
            return "dmy"
        if self.second_over_12:
            return "mdy"
        return "dmy"


def infer_order(heads: list[LineHead]) -> str:
    """`ymd`, `dmy` or `mdy` for a whole file's message lines (see DateOrder)."""
    evidence = DateOrder()
    for head in heads:
        evidence.add(head)
    return evidence.order


def to_datetime(head: LineHead, order: str) -> datetime | None:
    """The local time the line was written, labelled UTC (the phone's zone is not exported)."""
    if order == "ymd":
        year, month, day = head.a, head.b, head.c
    elif order == "mdy":
        month, day, year = head.a, head.b, head.c
    else:
        day, month, year = head.a, head.b, head.c
    if year < 100:
        year += 2000
    hour = head.hour
    if head.pm is not None:
        hour = hour % 12 + (12 if head.pm else 0)
    try:
        return datetime(year, month, day, hour, head.minute, head.second, tzinfo=UTC)
    except ValueError:
        return None
