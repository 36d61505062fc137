"""Reads the school profile TOML and the pupil list, with errors that name the key and line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import ValidationError

from auditor.errors import ProfileError
from auditor.profile.schema import SchoolProfile

MAX_PUPIL_NAMES = 20_000
MAX_PROFILE_BYTES = 1_000_000


def load_profile(path: Path, *, read_pupils: bool = True) -> SchoolProfile:
    """Load and validate a profile. Raises ProfileError with a one-line, content-free message."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProfileError(f"profile {path}: file not found") from None
    except IsADirectoryError:
        raise ProfileError(f"profile {path}: is a folder, not a TOML file") from None
    except OSError as exc:
        raise ProfileError(f"profile {path}: cannot be read ({exc.strerror})") from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise ProfileError(f"profile {path}: too large to be a school profile")
    text = _decode(raw, path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"profile {path}: not valid TOML ({exc})") from None
    try:
        profile = SchoolProfile.model_validate(data)
    except ValidationError as exc:
        raise ProfileError(_describe(exc, text, path)) from None
    profile.path = path
    if read_pupils and profile.pupils.names_file:
        profile.pupil_names = load_pupil_names(path.parent / profile.pupils.names_file)
    return profile


def load_pupil_names(path: Path) -> list[str]:
    """One name per line; blank lines, comments (#), BOMs and duplicates are dropped."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProfileError(f"pupil list {path}: file not found") from None
    except OSError as exc:
        raise ProfileError(f"pupil list {path}: cannot be read ({exc.strerror})") from None
    text = _decode(raw, path)
    seen: dict[str, str] = {}
    for line in text.splitlines():
        name = " ".join(line.replace("\t", " ").split()).strip(" ,;")
        if not name or name.startswith("#"):
            continue
        seen.setdefault(name.casefold(), name)
        if len(seen) > MAX_PUPIL_NAMES:
            raise ProfileError(
                f"pupil list {path}: more than {MAX_PUPIL_NAMES} names; is this the right file?"
            )
    return list(seen.values())


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Windows editors still save as cp1252; accept it rather than refuse the file.
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            raise ProfileError(f"{path}: not a text file in UTF-8 or Windows encoding") from None


def _describe(exc: ValidationError, text: str, path: Path) -> str:
    err = exc.errors()[0]
    loc = [str(p) for p in err["loc"]]
    key = ".".join(loc) if loc else "(top level)"
    line = _line_of(loc, text)
    where = f" (line {line})" if line else ""
    kind = err["type"]
    if kind == "extra_forbidden":
        msg = "unknown key"
    elif kind == "missing":
        msg = "required key is missing"
    else:
        msg = str(err["msg"])
    more = f"; {len(exc.errors()) - 1} more problem(s)" if len(exc.errors()) > 1 else ""
    return f"profile {path}: {key}{where}: {msg}{more}"


def _line_of(loc: list[str], text: str) -> int | None:
    """Best-effort line number of a dotted key: the key's line inside its [table]."""
    if not loc:
        return None
    table, key = (loc[0], loc[1]) if len(loc) > 1 else ("", loc[0])
    current = ""
    header = re.compile(r"^\s*\[([^\[\]]+)\]\s*(#.*)?$")
    for number, line in enumerate(text.splitlines(), start=1):
        m = header.match(line)
        if m:
            current = m.group(1).strip()
            if not table and current == key:
                return number
            continue
        if current == table and re.match(rf"^\s*{re.escape(key)}\s*=", line):
            return number
    if table:
        for number, line in enumerate(text.splitlines(), start=1):
            m = header.match(line)
            if m and m.group(1).strip() == table:
                return number
    return None
