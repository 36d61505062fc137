"""The export container (auditor/sources/export.py) as a user meets it: split zips found beside
the first part, a zip inside the zip, a single exported file, and a folder that is no export."""

from __future__ import annotations

import zipfile
from pathlib import Path

from auditor.sources.export import open_export, split_parts
from tests.conftest import FIXTURES
from tests.helpers import kinds, read_items

X = FIXTURES / "exports" / "x" / "twitter-2026-11-01-jsmith"
CHAT = FIXTURES / "exports" / "whatsapp" / "android-us" / "WhatsApp Chat with Tom Baker.txt"


def _write_zip(dest: Path, files: dict[str, Path]) -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, src in files.items():
            zf.write(src, name)
    return dest


def _x_files(*names: str) -> dict[str, Path]:
    return {f"data/{n}": X / "data" / n for n in names}


def test_split_parts_are_found_beside_the_first(tmp_path: Path) -> None:
    first = _write_zip(tmp_path / "twitter-2026-11-01-1.zip", _x_files("account.js", "tweets.js"))
    _write_zip(tmp_path / "twitter-2026-11-01-2.zip", _x_files("tweets-part1.js", "profile.js"))
    _write_zip(
        tmp_path / "twitter-2026-11-01-3.zip",
        {
            "data/tweets_media/1701000000000000001-F5aaaaaXkAA1bbb.jpg": X
            / "data/tweets_media/1701000000000000001-F5aaaaaXkAA1bbb.jpg"
        },
    )
    _write_zip(tmp_path / "other-export-2.zip", _x_files("follower.js"))  # another download
    assert [p.name for p in split_parts(first)] == [
        "twitter-2026-11-01-2.zip",
        "twitter-2026-11-01-3.zip",
    ]
    items, warnings = read_items(first)
    assert warnings == []
    assert kinds(items) == {"profile_field": 5, "bio": 1, "post": 3, "comment": 1, "media": 2}
    # A photo in part 3 is found for the tweet in part 1.
    paths = sorted(i.media.path or "-" for i in items if i.media)
    assert paths == ["-", "data/tweets_media/1701000000000000001-F5aaaaaXkAA1bbb.jpg"]


def test_a_missing_part_is_named(tmp_path: Path) -> None:
    first = _write_zip(tmp_path / "twitter-2026-11-01-1.zip", _x_files("account.js"))
    _write_zip(tmp_path / "twitter-2026-11-01-3.zip", _x_files("profile.js"))
    items, warnings = read_items(first)
    assert [(w.file, "missing" in w.message) for w in warnings] == [
        ("twitter-2026-11-01-2.zip", True)
    ]
    assert kinds(items) == {"profile_field": 5, "bio": 1}


def test_nested_zip_one_level_deep(tmp_path: Path) -> None:
    inner = _write_zip(tmp_path / "inner.zip", {"_chat.txt": CHAT})
    outer = tmp_path / "backup.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(inner, "chats/WhatsApp Chat - Staff Room.zip")
        zf.write(X / "data" / "profile.js", "twitter/data/profile.js")
    items, warnings = read_items(outer)
    assert warnings == []
    chat = [i for i in items if i.platform == "whatsapp"]
    assert len(chat) == 3
    assert {i.source for i in chat} == {"chats/WhatsApp Chat - Staff Room/_chat.txt"}
    assert {i.title for i in chat} == {"Staff Room"}
    assert {i.source for i in items if i.platform == "x"} == {"twitter/data/profile.js"}


def test_zip_nested_two_levels_is_skipped_with_a_warning(tmp_path: Path) -> None:
    deepest = _write_zip(tmp_path / "deepest.zip", {"_chat.txt": CHAT})
    middle = _write_zip(tmp_path / "middle.zip", {"deeper.zip": deepest})
    outer = _write_zip(tmp_path / "outer.zip", {"middle.zip": middle, "chat.txt": CHAT})
    items, warnings = read_items(outer)
    assert len(items) == 3  # the chat at the top is still read
    assert [w.file for w in warnings] == ["middle.zip/deeper.zip"]


def test_a_single_exported_file(tmp_path: Path) -> None:
    export = open_export(CHAT, lambda f, m: None)
    with export:
        assert [e.path for e in export.entries] == [CHAT.name]
    items, warnings = read_items(CHAT)
    assert warnings == [] and len(items) == 3


def test_a_folder_that_is_no_export_says_so(tmp_path: Path) -> None:
    (tmp_path / "holiday.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "notes.txt").write_text("Shopping: milk, bread\n")
    (tmp_path / "data.json").write_text('{"hello": "world"}')
    items, warnings = read_items(tmp_path)
    assert items == []
    assert len(warnings) == 1
    assert warnings[0].file == tmp_path.name
    assert "no recognisable social-media export" in warnings[0].message


def test_an_empty_folder_says_so(tmp_path: Path) -> None:
    items, warnings = read_items(tmp_path)
    assert items == [] and "no recognisable" in warnings[0].message


def test_the_export_is_not_changed(tmp_path: Path) -> None:
    first = _write_zip(tmp_path / "twitter-1.zip", _x_files("account.js", "tweets.js"))
    before = (first.stat().st_mtime_ns, first.read_bytes())
    read_items(first)
    assert (first.stat().st_mtime_ns, first.read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["twitter-1.zip"]
