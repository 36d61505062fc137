"""Timestamp helpers: every reader turns its platform's encoding into UTC datetimes here."""

from __future__ import annotations

from datetime import UTC, datetime

# Facebook writes bogus values such as -62169958800 for "unknown"; treat far-off values as none.
_MIN = datetime(1990, 1, 1, tzinfo=UTC).timestamp()
_MAX = datetime(2100, 1, 1, tzinfo=UTC).timestamp()


def from_unix(value: object) -> datetime | None:
    """Unix seconds (int, float or numeric string) to UTC, or None when absent or implausible."""
    try:
        seconds = float(str(value).strip()) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    if seconds != seconds or not (_MIN <= seconds <= _MAX):  # NaN or out of range
        return None
    return datetime.fromtimestamp(seconds, tz=UTC)


def from_unix_ms(value: object) -> datetime | None:
    try:
        ms = float(str(value).strip()) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    return from_unix(ms / 1000.0)


def from_unix_auto(value: object) -> datetime | None:
    """Seconds or milliseconds, told apart by magnitude."""
    try:
        n = float(str(value).strip()) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    return from_unix_ms(n) if abs(n) > 1e11 else from_unix(n)


def parse_iso(value: str) -> datetime | None:
    """ISO 8601; a value without a zone is taken as UTC (callers keep the raw text)."""
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def parse_naive(value: str, formats: tuple[str, ...]) -> datetime | None:
    """A local time with no zone, read with the first format that fits, labelled UTC.

    The zone is unknown, so readers also keep the original text in `Item.timestamp_raw`.
    """
    text = value.strip()
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None
