"""TikTok's JSON download: the 2024+ `user_data_tiktok.json` and the older `user_data.json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REAL_EXPORTS, zip_folder
from tests.helpers import kinds, read_items
from tests.sources.locate import json_record

NEW = FIXTURES / "exports" / "tiktok" / "tiktok-2024-jsmith"
OLD = FIXTURES / "exports" / "tiktok" / "tiktok-2022-jsmith"


def test_2024_file_items() -> None:
    items, warnings = read_items(NEW)
    assert warnings == []
    assert kinds(items) == {
        "bio": 1,
        "profile_field": 4,  # username, e-mail, autofill address, autofill phone
        "post": 2,
        "comment": 1,  # the "N/A" comment is empty
        "message": 2,
        "connection": 2,  # the follower called "N/A" is no one
    }


def test_locators_lead_back_with_the_files_own_keys() -> None:
    for root in (NEW, OLD):
        items, _ = read_items(root)
        assert items
        for item in items:
            record = json_record(root, item.source, item.locator)
            if isinstance(record, str):
                assert record == item.text
            elif item.field == "address":
                assert record["Address"] in item.text and record["ZipCode"] in item.text
            else:
                assert item.timestamp_raw in json.dumps(record)


def test_profile_bio_and_autofill_address() -> None:
    items, _ = read_items(NEW)
    bio = next(i for i in items if i.kind.value == "bio")
    assert (bio.field, bio.text) == ("bio", "Year 4 teacher 🍎 Bolton. Dances badly.")
    address = next(i for i in items if i.field == "address")
    assert address.text == "14 Mill Lane, Bolton, Greater Manchester, BL3 2AB, United Kingdom"
    assert address.audience == "private"
    fields = {i.field for i in items if i.kind.value == "profile_field"}
    assert fields == {"username", "email", "address", "phone"}  # "" and "N/A" are not values


def test_posts_comments_messages() -> None:
    items, _ = read_items(NEW)
    post = next(i for i in items if i.locator == "/Post/Posts/VideoList/0")
    assert post.text == "Friday dance-off with my class #teacherlife #year4\nBolton, United Kingdom"
    assert post.url == "https://www.tiktokv.com/share/video/7432000000000000001/"
    assert post.audience == "public"
    assert post.timestamp is not None and post.timestamp.isoformat() == "2024-11-02T18:55:00+00:00"
    assert post.timestamp_raw == "2024-11-02 18:55:00"  # the zone is not in the file
    quiet = next(i for i in items if i.locator == "/Post/Posts/VideoList/1")
    assert quiet.text == "" and quiet.audience == "friends"
    comment = next(i for i in items if i.kind.value == "comment")
    assert "St Clement's" in comment.text  # lower-case keys ("comment", "date") are read
    reply = next(i for i in items if i.kind.value == "message" and "Harry" in i.text)
    assert reply.author == "mrs.smith.y4"
    assert reply.title == "sarahj_bolton"
    assert reply.people == ["mrs.smith.y4", "sarahj_bolton"]


def test_older_generation_file() -> None:
    items, warnings = read_items(OLD)
    assert warnings == []
    assert kinds(items) == {"profile_field": 2, "post": 1, "message": 1, "connection": 1}
    assert not any(i.kind.value == "bio" for i in items)  # "None" is no bio
    video = next(i for i in items if i.kind.value == "post")
    assert video.url == "https://www.tiktokv.com/share/video/7070000000000000003/"


def test_single_file_given_directly_and_zipped(tmp_path: Path) -> None:
    items, warnings = read_items(NEW / "user_data_tiktok.json")
    assert warnings == [] and len(items) == 12
    zipped, warnings = read_items(zip_folder(NEW, tmp_path / "TikTok_Data_1730000000.zip"))
    assert warnings == [] and len(zipped) == 12


def test_renamed_file_recognised_by_content(tmp_path: Path) -> None:
    (tmp_path / "my tiktok.json").write_bytes((OLD / "user_data.json").read_bytes())
    items, _ = read_items(tmp_path)
    assert len(items) == 5


def test_keys_case_insensitive_and_null_sections(tmp_path: Path) -> None:
    (tmp_path / "user_data_tiktok.json").write_text(
        json.dumps(
            {
                "profile": {"profile info": {"profilemap": {"BIODESCRIPTION": "Teacher"}}},
                "post": None,
                "comment": {"comments": {"commentslist": [None, 3, {"COMMENT": "hi"}]}},
                "direct message": {"direct messages": {"chathistory": None}},
                "your activity": {"follower": {"fanslist": "x"}},
            }
        )
    )
    items, warnings = read_items(tmp_path)
    assert warnings == []
    assert [(i.kind.value, i.text, i.locator) for i in items] == [
        ("bio", "Teacher", "/profile/profile info/profilemap/BIODESCRIPTION"),
        ("comment", "hi", "/comment/comments/commentslist/2"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"Profile": {"Profile Info": {"ProfileMap": {"bioDescr', "not valid JSON"),
        (b"", "empty file"),
        (b"[1, 2, 3]", "expected a JSON object"),
        (
            '{"Profile": {"Profile Info": {"ProfileMap": {"bioDescription": "café"}}}}'.encode(
                "latin-1"
            ),
            "not saved as UTF-8",
        ),
    ],
    ids=["truncated", "empty", "wrong-type", "wrong-encoding"],
)
def test_malformed_file_warns_by_name(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "user_data_tiktok.json").write_bytes(content)
    items, warnings = read_items(tmp_path)
    assert [i.text for i in items] == (["café"] if "UTF-8" in message else [])
    assert [w.file for w in warnings] == ["user_data_tiktok.json"]
    assert message in warnings[0].message


def test_huge_single_string(tmp_path: Path) -> None:
    bio = "x" * 4_000_000
    (tmp_path / "user_data_tiktok.json").write_text(
        json.dumps({"Profile": {"Profile Info": {"ProfileMap": {"bioDescription": bio}}}})
    )
    items, warnings = read_items(tmp_path)
    assert warnings == [] and len(items[0].text) == 4_000_000


@pytest.mark.skipif(not (REAL_EXPORTS / "tiktok").is_dir(), reason="no shared TikTok sample")
def test_real_format_sample_reads_without_warnings() -> None:
    items, warnings = read_items(REAL_EXPORTS / "tiktok")
    assert warnings == []
    assert any(i.kind.value in ("bio", "profile_field") for i in items)
