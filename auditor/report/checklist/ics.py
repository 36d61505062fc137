"""An iCalendar (RFC 5545) reminder for the next review, importable into any calendar app.

It says only that a review is due: no school, no findings, nothing a shared calendar should
not show.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    raw = line.encode()
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    while raw:
        cut = 75 if not parts else 74
        chunk = raw[:cut]
        while True:  # never split a UTF-8 character
            try:
                text = chunk.decode()
                break
            except UnicodeDecodeError:
                chunk = chunk[:-1]
        parts.append(text)
        raw = raw[len(chunk) :]
    return "\r\n ".join(parts)


def _text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def review_ics(when: date, interval_days: int, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    uid = hashlib.sha256(f"review-{when.isoformat()}".encode()).hexdigest()[:16]
    description = (
        "Time for your regular review of your social-media accounts (school policy, clause "
        "5.4). Download fresh copies of your data and run Staff Profile Auditor again, then "
        f"work through its checklist. Reviews are due every {interval_days} days."
    )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Staff Profile Auditor//Review reminder//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}@staff-profile-auditor.invalid",
        f"DTSTAMP:{now.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{when:%Y%m%d}",
        f"DTEND;VALUE=DATE:{when + timedelta(days=1):%Y%m%d}",
        "SUMMARY:" + _text("Social-media review (school policy 5.4)"),
        "DESCRIPTION:" + _text(description),
        "TRANSP:TRANSPARENT",
        "CLASS:PRIVATE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:" + _text("Social-media review due today"),
        "TRIGGER;RELATED=START:PT9H",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
