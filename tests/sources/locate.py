"""Following an item's locator back to the record it names, the way a user checking a finding
would: a JSON pointer into the (JS-wrapped) JSON file, a CSV record's first line, a text line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.helpers import csv_record_at


def load_js_or_json(path: Path) -> Any:
    text = path.read_text("utf-8-sig")
    if text.lstrip().startswith("window."):
        text = text[text.index("=") + 1 :]
    return json.loads(text)


def resolve_pointer(document: Any, pointer: str) -> Any:
    """RFC 6901: the value `pointer` names inside `document` (KeyError/IndexError if none)."""
    if pointer == "":
        return document
    assert pointer.startswith("/"), pointer
    value = document
    for raw in pointer[1:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


def json_record(root: Path, source: str, locator: str) -> Any:
    return resolve_pointer(load_js_or_json(root / source), locator)


def csv_record(root: Path, source: str, locator: str) -> str:
    assert locator.startswith("row "), locator
    return csv_record_at(root / source, locator)


def text_line(root: Path, source: str, locator: str) -> str:
    assert locator.startswith("line "), locator
    n = int(locator.split()[1])
    text = (root / source).read_text("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")[n - 1]
