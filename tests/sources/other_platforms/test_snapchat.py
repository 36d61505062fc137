"""Snapchat's My Data (JSON)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import FIXTURES
from tests.helpers import kinds, read_items

EXPORT = FIXTURES / "exports" / "snapchat" / "mydata~1762000000000"


def _follow(pointer: str, data: object) -> object:
    for part in pointer.strip("/").split("/"):
        data = data[int(part)] if isinstance(data, list) else data[part]  # type: ignore[index]
    return data


def test_items_and_counts() -> None:
    items, warnings = read_items(EXPORT)
    assert warnings == []
    assert kinds(items) == {
        "profile_field": 2,
        "connection": 2,
        "message": 2,
        "media": 2,
        "post": 1,
    }


def test_locators_lead_back() -> None:
    items, _ = read_items(EXPORT)
    for item in items:
        data = json.loads((EXPORT / item.source).read_text())
        target = _follow(item.locator, data)
        if item.kind.value == "message":
            assert target == item.text


def test_memory_places_and_zero_zero() -> None:
    items, _ = read_items(EXPORT)
    memories = [i for i in items if i.kind.value == "media"]
    assert memories[0].location is not None and abs(memories[0].location.lon + 2.42888) < 1e-9
    assert memories[1].location is None  # 0.0, 0.0 means no place
    assert memories[1].media is not None and memories[1].media.media_type == "video"


def test_created_microseconds_are_milliseconds() -> None:
    items, _ = read_items(EXPORT)
    msg = next(i for i in items if i.kind.value == "message")
    assert msg.timestamp is not None and msg.timestamp.year == 2025


def test_friends_json_of_another_app_is_not_snapchat(tmp_path: Path) -> None:
    (tmp_path / "friends.json").write_text('{"users": [{"id": 1, "nick": "A"}]}')
    items, _ = read_items(tmp_path)
    assert items == []


def test_wrong_types_warn_nothing_crashes(tmp_path: Path) -> None:
    d = tmp_path / "json"
    d.mkdir()
    (d / "chat_history.json").write_text('{"x": [{"Content": [], "Media Type": {}}, "text", null]}')
    (d / "memories_history.json").write_text('{"Saved Media": {"Location": 3}}')
    items, warnings = read_items(tmp_path)
    assert items == [] and warnings == []
