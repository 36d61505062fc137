"""Damaged Facebook files: each gives a warning naming the file, and the audit goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.sources.facebook.meta_support import EMPTY_PAGE, assert_warns_and_survives, damaged

T = 1_600_000_000
ACT = "your_facebook_activity"
THREAD = {
    "participants": [{"name": "A"}],
    "title": "A",
    "messages": [{"sender_name": "A", "timestamp_ms": T * 1000, "content": "hi"}],
}
# (path in the export, a valid file containing "hi", the same file with wrong types)
JSON_FILES = [
    (
        f"{ACT}/posts/your_posts__check_ins__photos_and_videos_1.json",
        [{"timestamp": T, "data": [{"post": "hi"}]}],
        {"status_updates_v2": "x"},
    ),
    (
        "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"current_city": {"name": "hi"}}},
        {"profile_v2": [1, 2]},
    ),
    (
        f"{ACT}/posts/album/0.json",
        {"name": "A", "photos": [{"uri": "a.jpg", "description": "hi"}]},
        {"name": "A", "photos": {"uri": 1}},
    ),
    (
        f"{ACT}/posts/your_videos.json",
        {"videos_v2": [{"uri": "a.mp4", "description": "hi"}]},
        {"videos_v2": [1, "a"]},
    ),
    (
        f"{ACT}/posts/check-ins.json",
        [{"timestamp": T, "label_values": [{"label": "Message", "value": "hi"}]}],
        [[1], "x"],
    ),
    (
        f"{ACT}/comments_and_reactions/comments.json",
        {"comments_v2": [{"timestamp": T, "data": [{"comment": {"comment": "hi"}}]}]},
        {"comments_v2": "x"},
    ),
    (
        f"{ACT}/groups/your_group_membership_activity.json",
        {"groups_joined_v2": [{"timestamp": T, "data": [{"name": "hi"}]}]},
        {"groups_joined_v2": 5},
    ),
    (
        "connections/friends/your_friends.json",
        {"friends_v2": [{"name": "hi", "timestamp": T}]},
        {"friends_v2": [{"name": None}, "x"]},
    ),
    (f"{ACT}/messages/inbox/a_1/message_1.json", THREAD, {"participants": [], "messages": "x"}),
]
HTML_FILES = [
    (
        f"{ACT}/posts/your_posts__check_ins__photos_and_videos_1.html",
        "<div><div>Title</div><div>hi</div><div>Oct 19, 2019, 2:37 PM</div></div>",
    ),
    (
        f"{ACT}/messages/inbox/a_1/message_1.html",
        "<div>Participants: A, B</div><div><div>A</div><div>hi</div><div>Oct 19, 2019, 2:37 PM</div></div>",
    ),
    (
        f"{ACT}/comments_and_reactions/comments.html",
        "<div><div>A commented.</div><div>hi</div><div>Oct 19, 2019, 2:37 PM</div></div>",
    ),
    ("connections/friends/your_friends.html", "<div><div>hi</div><div>Oct 19, 2019</div></div>"),
    (
        "personal_information/profile_information/profile_information.html",
        "<table><tr><td>Current city<div><div>hi</div></div></td></tr></table>",
    ),
]
DAMAGES = list(damaged("hi", "x"))


def _page(body: str) -> str:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize(
    ("rel", "valid", "wrong"), JSON_FILES, ids=[f[0].rsplit("/", 1)[1] for f in JSON_FILES]
)
def test_damaged_json(tmp_path: Path, rel: str, valid: object, wrong: object, damage: str) -> None:
    content = damaged(json.dumps(valid, indent=1), json.dumps(wrong))[damage]
    assert_warns_and_survives(tmp_path, rel, content)


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize(
    ("rel", "body"), HTML_FILES, ids=[f[0].rsplit("/", 1)[1] for f in HTML_FILES]
)
def test_damaged_html(tmp_path: Path, rel: str, body: str, damage: str) -> None:
    content = damaged(_page(body), EMPTY_PAGE)[damage]
    assert_warns_and_survives(tmp_path, rel, content)


@pytest.mark.parametrize("damage", ["truncated", "wrong types", "huge single string", "cp1252"])
def test_damaged_secure_storage_thread(tmp_path: Path, damage: str) -> None:
    valid = {
        "participants": ["A", "B"],
        "threadName": "A",
        "messages": [{"senderName": "A", "text": "hi", "timestamp": T * 1000}],
    }
    wrong = {"participants": ["A"], "threadName": "A", "messages": [1, 2]}
    content = damaged(json.dumps(valid), json.dumps(wrong))[damage]
    assert_warns_and_survives(tmp_path, f"{ACT}/messages/A_1.json", content)


def test_a_truncated_posts_list_keeps_the_posts_before_the_damage(tmp_path: Path) -> None:
    posts = [{"timestamp": T + n, "data": [{"post": f"post number {n}"}]} for n in range(10)]
    text = json.dumps(posts, indent=1)
    cut = text[: text.index("post number 7") + 5]
    rel = f"{ACT}/posts/your_posts__check_ins__photos_and_videos_1.json"
    items = assert_warns_and_survives(tmp_path, rel, cut.encode())
    got = [i.text for i in items if i.source == rel]
    assert got == [f"post number {n}" for n in range(7)]
    assert [i.locator for i in items if i.source == rel] == [f"/{n}" for n in range(7)]


def test_profile_entries_of_the_wrong_type_are_counted(tmp_path: Path) -> None:
    profile = {
        "profile_v2": {
            "phone_numbers": [5, {"phone_number": "+44 7700 900999"}],
            "websites": [None],
        }
    }
    rel = "personal_information/profile_information/profile_information.json"
    items = assert_warns_and_survives(tmp_path, rel, json.dumps(profile).encode())
    assert [i.text for i in items if i.source == rel] == ["+44 7700 900999"]
