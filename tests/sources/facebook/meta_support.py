"""Test support for the Meta (Facebook, Instagram) readers: following a locator back into the
fixture file, and building small exports with one damaged file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Tag

from auditor.sources.text import fix_mojibake_deep


def follow_pointer(data: Any, pointer: str) -> Any:
    """The value a JSON pointer (RFC 6901) names."""
    if pointer == "":
        return data
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        data = data[int(part)] if isinstance(data, list) else data[part]
    return data


def record_at(root: Path, item: Any) -> Any:
    """The JSON value or HTML element an item's locator leads to, in the file it names."""
    path = root / item.source
    if path.suffix == ".html":
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        found = soup.select(item.locator)
        assert len(found) == 1, f"{item.locator} matches {len(found)} elements"
        return found[0]
    data = fix_mojibake_deep(json.loads(path.read_text("utf-8")))
    return follow_pointer(data, item.locator)


def assert_leads_back(root: Path, item: Any) -> None:
    """The record the locator names holds the item's words (or, for media, its file)."""
    target = record_at(root, item)
    if isinstance(target, Tag):
        words = (
            target.get_text(" ", strip=True)
            + " "
            + " ".join(
                str(t.get("src") or t.get("href") or "") for t in [target, *target.find_all(True)]
            )
        )
        if item.kind.value == "media":
            assert item.media.path in words, (item.locator, item.media.path)
        else:
            for line in item.text.splitlines():
                assert line in words, (item.locator, line)
        return
    dumped = json.dumps(target, ensure_ascii=False)
    if item.kind.value == "media":
        uri = str(target.get("uri")) if isinstance(target, dict) else ""
        assert item.media.path is None or uri.removeprefix("./") in item.media.path
        assert uri, f"{item.locator} is no media object"
        return
    for line in item.text.splitlines():
        # Profile fields join a record's strings with ", " (employer, title, place).
        for part in line.split(", ") if item.kind.value == "profile_field" else [line]:
            assert json.dumps(part, ensure_ascii=False)[1:-1] in dumped, (item.locator, part)


def write_export(root: Path, files: dict[str, bytes | str]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root
