"""Text repairs shared by readers: Meta's mojibake, and decoding files of unknown encoding."""

from __future__ import annotations

import re
from typing import Any

_SUSPECT = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf]")


def fix_mojibake(s: str) -> str:
    """Undo UTF-8 bytes that were escaped as latin-1 code points (Meta's exports do this).

    Correct text is left alone: only strings whose every char fits in latin-1 and which decode
    as UTF-8 are changed, and only when they contain a lead/continuation byte pair.
    """
    if not s or s.isascii() or not _SUSPECT.search(s):
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def fix_mojibake_deep(value: Any) -> Any:
    """fix_mojibake over every key and string value of parsed JSON."""
    if isinstance(value, str):
        return fix_mojibake(value)
    if isinstance(value, list):
        return [fix_mojibake_deep(v) for v in value]
    if isinstance(value, dict):
        return {fix_mojibake(k): fix_mojibake_deep(v) for k, v in value.items()}
    return value


def decode_text(raw: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding: BOMs, UTF-8, UTF-16, then cp1252. Returns (text, enc)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-16 without a BOM: many NULs in alternate positions.
    if raw[:2000].count(b"\x00") > len(raw[:2000]) // 4:
        enc = "utf-16-le" if raw[1:2] == b"\x00" else "utf-16-be"
        return raw.decode(enc, errors="replace"), enc
    return raw.decode("cp1252", errors="replace"), "cp1252"
