"""WhatsApp chat exports: iOS and Android line formats, zipped with media or alone."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REAL_EXPORTS, zip_folder
from tests.helpers import kinds, read_items
from tests.sources.locate import text_line

BASE = FIXTURES / "exports" / "whatsapp"
IOS = BASE / "ios-group"
IOS_CHAT = "WhatsApp Chat - Year 4 Parents (St Clement's)"
ANDROID = BASE / "android-direct"
US = BASE / "android-us"
REAL = REAL_EXPORTS / "whatsapp"


def _ios_zip(tmp_path: Path) -> Path:
    return zip_folder(IOS / IOS_CHAT, tmp_path / f"{IOS_CHAT}.zip")


def test_ios_group_chat_items_and_locators() -> None:
    items, warnings = read_items(IOS)
    assert warnings == []
    # 14 lines: 3 system lines, one continuation, one "image omitted", one deletion.
    assert kinds(items) == {"message": 7, "media": 1, "group": 1}
    for item in items:
        line = text_line(IOS, item.source, item.locator)
        if item.kind.value == "group":
            assert "created this group" in line
        else:
            assert line.lstrip("\u200e").startswith(f"[{item.timestamp_raw}] {item.author}:")
            first = item.text.split("\n")[0]
            assert first in line or "<attached:" in line


def test_ios_group_name_is_title_and_group_item() -> None:
    items, _ = read_items(IOS)
    assert {i.title for i in items} == {"Year 4 Parents (St Clement's)"}
    group = next(i for i in items if i.kind.value == "group")
    assert group.text == "Year 4 Parents (St Clement's)"
    assert group.people == ["Jane Smith", "Priya Hussain", "Mark Clarke"]
    assert {i.audience for i in items} == {"group"}


def test_ios_message_details() -> None:
    items, _ = read_items(IOS)
    by_line = {i.locator: i for i in items}
    multi = by_line["line 5"]
    assert (
        multi.text
        == "Thanks Mrs Smith. Olivia is so excited for this year\nWill PE be on Tuesdays again?"
    )
    assert (
        multi.timestamp is not None and multi.timestamp.isoformat() == "2026-09-02T18:10:33+00:00"
    )
    assert multi.timestamp_raw == "02/09/2026, 18:10:33"
    photo = by_line["line 8"]
    assert photo.kind.value == "media" and photo.media is not None
    assert photo.media.path == f"{IOS_CHAT}/00000012-PHOTO-2026-09-14-16-44-10.jpg"
    assert photo.media.media_type == "image"
    pin = by_line["line 10"]
    assert pin.location is not None and (pin.location.lat, pin.location.lon) == (53.578, -2.429)
    edited = by_line["line 14"]
    assert edited.text.endswith("07700 900456 if needed")  # the "edited" marker is dropped


def test_zipped_ios_chat_given_directly(tmp_path: Path) -> None:
    items, warnings = read_items(_ios_zip(tmp_path))
    assert warnings == []
    assert kinds(items) == {"message": 7, "media": 1, "group": 1}
    assert {i.title for i in items} == {"Year 4 Parents (St Clement's)"}
    photo = next(i for i in items if i.kind.value == "media")
    assert photo.media is not None and photo.media.path == "00000012-PHOTO-2026-09-14-16-44-10.jpg"


def test_zipped_chat_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "chats"
    folder.mkdir()
    _ios_zip(folder)
    items, warnings = read_items(folder)
    assert warnings == []
    photo = next(i for i in items if i.kind.value == "media")
    assert photo.media is not None
    assert photo.media.path == f"{IOS_CHAT}/00000012-PHOTO-2026-09-14-16-44-10.jpg"


def test_android_12_hour_clock_attachments_and_location() -> None:
    items, warnings = read_items(ANDROID)
    assert warnings == []
    assert kinds(items) == {"message": 4, "media": 1}
    assert {i.title for i in items} == {"Sarah Jones"}
    assert {i.audience for i in items} == {"private"}
    by_line = {i.locator: i for i in items}
    assert by_line["line 2"].timestamp is not None
    assert by_line["line 2"].timestamp.isoformat() == "2026-10-03T20:01:00+00:00"
    photo = by_line["line 4"]
    assert photo.media is not None and photo.media.path == "IMG-20261004-WA0003.jpg"
    assert photo.text == "Grace Okafor's drawing for you"  # the caption on the next line
    assert by_line["line 7"].text == "Lunch duty again.\n\nThree weeks in a row!"
    # 13/10 shows the file is day-first, so 04/10 is the 4th of October.
    assert by_line["line 4"].timestamp is not None and by_line["line 4"].timestamp.day == 4
    loc = by_line["line 10"].location
    assert loc is not None and (loc.lat, loc.lon) == (53.5601, -2.4412)
    for item in items:
        assert text_line(ANDROID, item.source, item.locator).startswith(item.timestamp_raw or "-")


def test_month_first_order_inferred_from_the_whole_file() -> None:
    items, _ = read_items(US)
    assert [i.timestamp.isoformat() for i in items if i.timestamp] == [
        "2026-09-02T07:30:00+00:00",
        "2026-09-02T07:31:00+00:00",
        "2026-09-14T15:05:00+00:00",
    ]


def test_chat_recognised_by_content_not_name(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes((US / "WhatsApp Chat with Tom Baker.txt").read_bytes())
    (tmp_path / "readme.txt").write_text("Just some notes\n01/02/2026 was a Sunday\n")
    items, warnings = read_items(tmp_path)
    assert warnings == []
    assert {i.source for i in items} == {"notes.txt"}
    assert {i.title for i in items} == {None}


def test_single_chat_file_given_directly() -> None:
    items, warnings = read_items(US / "WhatsApp Chat with Tom Baker.txt")
    assert warnings == [] and len(items) == 3


def test_utf16_export_with_bom_is_read(tmp_path: Path) -> None:
    text = (US / "WhatsApp Chat with Tom Baker.txt").read_text("utf-8")
    (tmp_path / "chat.txt").write_bytes(text.encode("utf-16"))
    items, warnings = read_items(tmp_path)
    assert warnings == [] and len(items) == 3


def test_wrong_encoding_warns_and_reads(tmp_path: Path) -> None:
    raw = "1/2/26, 7:30 AM - Tom: Café at 8\n1/2/26, 7:31 AM - Jane: \xff\xfe ok\n"
    (tmp_path / "chat.txt").write_bytes(raw.encode("latin-1"))
    items, warnings = read_items(tmp_path)
    assert len(items) == 2
    assert [w.file for w in warnings] == ["chat.txt"]


@pytest.mark.parametrize("cut", [0.5, 0.77, 0.99])
def test_truncated_chat_reads_what_is_there(tmp_path: Path, cut: float) -> None:
    raw = (IOS / IOS_CHAT / "_chat.txt").read_bytes()
    (tmp_path / "_chat.txt").write_bytes(raw[: int(len(raw) * cut)])
    items, warnings = read_items(tmp_path)
    assert items and all(w.file == "_chat.txt" for w in warnings)


def test_chat_cut_before_its_first_message_warns(tmp_path: Path) -> None:
    raw = (IOS / IOS_CHAT / "_chat.txt").read_bytes()
    (tmp_path / "_chat.txt").write_bytes(raw[: raw.index(b"Jane Smith: Welcome")])
    items, warnings = read_items(tmp_path)
    assert items == []
    assert [w.file for w in warnings] == ["_chat.txt"]


def test_huge_single_line_and_garbage(tmp_path: Path) -> None:
    huge = "02/09/2026, 18:02 - Jane Smith: " + "x" * 3_000_000 + "\n\x00\x01garbage\n"
    (tmp_path / "chat.txt").write_text(huge)
    items, warnings = read_items(tmp_path)
    assert warnings == []
    assert len(items) == 1 and len(items[0].text) > 3_000_000


def test_header_only_chat_warns(tmp_path: Path) -> None:
    (tmp_path / "chat.txt").write_text(
        "02/09/2026, 18:01 - Messages and calls are end-to-end encrypted.\n"
    )
    items, warnings = read_items(tmp_path)
    assert items == []
    assert [(w.file, w.message) for w in warnings] == [
        ("chat.txt", "no WhatsApp messages found in this file")
    ]


def test_literal_replacement_character_is_not_damage(tmp_path: Path) -> None:
    dest = tmp_path / "WhatsApp Chat - Test.zip"
    with zipfile.ZipFile(dest, "w") as zf:
        zf.writestr("_chat.txt", "02/09/2026, 18:02 - Jane: hi\n" + "\ufffd")
        zf.writestr("IMG-20260902-WA0001.jpg", b"\xff\xd8\xff")
    items, warnings = read_items(dest)
    assert [i.title for i in items] == ["Test"]
    assert warnings == []


REAL_COUNTS = {
    # name: (messages, media, groups)
    "test_ddmmyy_24hrs.txt": (7, 0, 1),
    "test_mmddyy_24hrs.txt": (7, 0, 1),
    "test_mmddyyyy_12hrs.txt": (7, 0, 1),
    "test_yyyymmdd_24hrs.txt": (7, 0, 1),
    "test_[mmddyy]_24hrs.txt": (7, 0, 1),
    "WhatsApp Chat mit Jane Doe.txt": (5, 2, 0),
}


@pytest.mark.skipif(not REAL.is_dir(), reason="shared real-format samples not present")
@pytest.mark.parametrize("name", sorted(REAL_COUNTS))
def test_real_format_samples(name: str) -> None:
    path = next(p for p in REAL.rglob("*.txt") if p.name == name)
    items, warnings = read_items(path)
    assert warnings == []
    k = kinds(items)
    assert (k.get("message", 0), k.get("media", 0), k.get("group", 0)) == REAL_COUNTS[name]
    dated = sorted(i.timestamp.isoformat() for i in items if i.timestamp)
    # Every variant of the same chat dates it the same, whatever the locale's order.
    if name.startswith("test_"):
        assert dated[0] == "2019-01-01T11:25:00+00:00"
        assert dated[-1] == "2021-12-30T22:01:00+00:00"
        assert next(i for i in items if i.kind.value == "group").text == "Groupname"
    else:
        assert {i.title for i in items} == {"Jane Doe"}
    for item in items:
        line = text_line(path.parent, path.name, item.locator).lstrip("[")
        assert line.startswith(item.timestamp_raw or "-")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[3/14/24, 9:05:12 AM] Jane: hi", (3, 14, 24, 9, 5, 12, False)),
        ("[12.3.2022 klo 14.08.18] Jane: moi", (12, 3, 2022, 14, 8, 18, None)),
        ("12/03/2024, 14:08 – Jane: en dash", (12, 3, 2024, 14, 8, 0, None)),
        ("[2024-03-12, 14:08:18] Jane: iso", (2024, 3, 12, 14, 8, 18, None)),
        ("\u200e[14/03/2024, 9:05:12\u202fpm] Jane: x", (14, 3, 2024, 9, 5, 12, True)),
        ("12/03/2024, 1:55 p.m. - Jane: ca", (12, 3, 2024, 1, 55, 0, True)),
        ("01/01/2019, 11:25 a. m. - John: es", (1, 1, 2019, 11, 25, 0, False)),
    ],
)
def test_line_formats(line: str, expected: tuple[object, ...]) -> None:
    from auditor.sources.readers.whatsapp.lines import parse_head

    head = parse_head(line)
    assert head is not None
    assert (head.a, head.b, head.c, head.hour, head.minute, head.second, head.pm) == expected
    assert head.rest.startswith("Jane: ") or head.rest.startswith("John: ")


@pytest.mark.parametrize("line", ["1:55 p.m. nothing", "Re: 12/03/2024 was fun", "", "[]"])
def test_continuation_lines_are_not_message_starts(line: str) -> None:
    from auditor.sources.readers.whatsapp.lines import parse_head

    assert parse_head(line) is None


def test_empty_chat_file_given_alone_is_named(tmp_path: Path) -> None:
    empty = tmp_path / "WhatsApp Chat with Tom.txt"
    empty.write_bytes(b"")
    items, warnings = read_items(empty)
    assert items == []
    assert [w.file for w in warnings] == [empty.name]


def _peak_bytes_reading(path: Path) -> tuple[int, int]:
    import tracemalloc

    from auditor.sources.registry import all_readers
    from auditor.sources.scan import ExportReading

    all_readers()  # imports happen before measuring
    tracemalloc.start()
    reading = ExportReading(path)
    count = sum(1 for _ in reading)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    reading.close()
    return count, peak


def test_a_long_chat_is_streamed_not_held(tmp_path: Path) -> None:
    line = "14/03/2024, 21:05 - Jane Smith: Reading books go home on Friday 😊 see you then\n"
    (tmp_path / "short.txt").write_text(line * 2_000, encoding="utf-8")
    (tmp_path / "long.txt").write_text(line * 12_000, encoding="utf-8")  # ~1 MB, 4 MB decoded
    short_count, short_peak = _peak_bytes_reading(tmp_path / "short.txt")
    long_count, long_peak = _peak_bytes_reading(tmp_path / "long.txt")
    assert (short_count, long_count) == (2_000, 12_000)
    assert long_peak < short_peak + 300_000  # six times the chat, not six times the memory
