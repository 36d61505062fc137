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
        after = target.find_next_sibling()  # pre-2019 pages: the words follow in a <p>
        tail = after.get_text(" ", strip=True) if after is not None and after.name == "p" else ""
        words = (
            target.get_text(" ", strip=True)
            + " "
            + tail
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


HUGE = 300_000
# A page with no records at all: the HTML counterpart of "wrong types".
EMPTY_PAGE = "<!DOCTYPE html><html><body><p>Nothing to see</p></body></html>"


def damaged(valid: str, wrong_types: str) -> dict[str, bytes]:
    """The damaged versions of a valid file whose text contains the token "hi"."""
    return {
        "truncated": valid[: len(valid) // 2].encode("utf-8"),
        "wrong types": wrong_types.encode("utf-8"),
        "empty": b"",
        "huge single string": valid.replace("hi", "x" * HUGE, 1).encode("utf-8"),
        "cp1252": valid.replace("hi", "café").encode("cp1252"),
        "utf-16": valid.encode("utf-16"),
    }


def assert_warns_and_survives(tmp: Path, rel: str, content: bytes) -> list[Any]:
    """Reading an export holding one damaged file warns about that file and does not crash.

    A good file beside it is still read."""
    from tests.helpers import read_items

    root = write_export(tmp / "export", {rel: content})
    good = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_9.json"
    if rel != good:
        write_export(root, {good: '[{"timestamp": 1600000000, "data": [{"post": "still read"}]}]'})
    items, warnings = read_items(root)
    mine = [w for w in warnings if w.file == rel]
    assert mine, f"no warning for {rel}: {[(w.file, w.message) for w in warnings]}"
    assert not any("could not be read completely" in w.message for w in warnings), warnings
    if rel != good:
        assert "still read" in {i.text for i in items}
    assert all(len(i.text) < HUGE for i in items)
    return items
