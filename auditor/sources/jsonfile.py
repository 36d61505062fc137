"""Loading JSON (and X's `window.YTD…=` JS) from an export with size limits and clear warnings."""

from __future__ import annotations

import json
from typing import Any

from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext
from auditor.sources.text import decode_text, fix_mojibake_deep

MAX_INT_DIGITS = 40


class NumberGuard:
    """`parse_int` for one file: a JSON integer, or None when it is too long to be a real value
    (no export has a 40-digit number; Python refuses 4,300 digits and float() 309), so that
    one value is lost, not the file; `warn` says how many once the file is read."""

    def __init__(self) -> None:
        self.too_long = 0

    def __call__(self, digits: str) -> int | None:
        if len(digits) > MAX_INT_DIGITS:
            self.too_long += 1
            return None
        return int(digits)

    def warn(self, entry: Entry, ctx: ReadContext) -> None:
        if self.too_long:
            ctx.warn(entry.path, f"{self.too_long} number(s) too long to be real were left out")
            self.too_long = 0


def load_json(
    entry: Entry,
    export: Export,
    ctx: ReadContext,
    *,
    mojibake: bool = False,
    js_prefix: bool = False,
) -> Any | None:
    """The parsed JSON of `entry`, or None after a warning when it cannot be read."""
    if entry.size > ctx.max_json_bytes:
        ctx.warn(entry.path, f"skipped: {entry.size // 1_000_000} MB is too large for a JSON file")
        return None
    raw = export.read_bytes(entry)
    if not raw.strip():
        ctx.warn(entry.path, "empty file")
        return None
    text, encoding = decode_text(raw)
    if encoding == "cp1252":  # JSON is UTF-8 by definition; say so when it was not
        ctx.warn(
            entry.path, "not saved as UTF-8; read as Windows-1252, some characters may be wrong"
        )
    if js_prefix:
        eq = text.find("=")
        bracket = min((i for i in (text.find("["), text.find("{")) if i >= 0), default=-1)
        if 0 <= eq < bracket:
            text = text[eq + 1 :]
    numbers = NumberGuard()
    try:
        data = json.loads(text, parse_int=numbers)
    except json.JSONDecodeError as exc:
        ctx.warn(entry.path, f"not valid JSON (line {exc.lineno}: {exc.msg}); it may be truncated")
        return None
    except RecursionError:
        ctx.warn(entry.path, "skipped: JSON nested too deeply to be a real export file")
        return None
    numbers.warn(entry, ctx)
    return fix_mojibake_deep(data) if mojibake else data


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) from path parts."""
    out = []
    for p in parts:
        s = str(p).replace("~", "~0").replace("/", "~1")
        out.append(s)
    return "/" + "/".join(out) if out else ""


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""
