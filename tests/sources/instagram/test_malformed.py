"""Damaged Instagram files: each gives a warning naming the file, and the audit goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.sources.facebook.meta_support import EMPTY_PAGE, assert_warns_and_survives, damaged

T = 1_600_000_000
ACT = "your_instagram_activity"
JSON_FILES = [
    (
        "personal_information/personal_information/personal_information.json",
        {"profile_user": [{"string_map_data": {"Bio": {"value": "hi there you"}}}]},
        {"profile_user": [{"string_map_data": "x"}]},
    ),
    (
        f"{ACT}/media/posts_1.json",
        [{"media": [{"uri": "media/a.jpg", "creation_timestamp": T, "title": "hi"}]}],
        {"x": 1},
    ),
    (
        f"{ACT}/media/stories.json",
        {"ig_stories": [{"uri": "media/a.jpg", "creation_timestamp": T, "title": "hi"}]},
        {"ig_stories": "x"},
    ),
    (
        f"{ACT}/comments/post_comments_1.json",
        [{"string_map_data": {"Comment": {"value": "hi"}, "Time": {"timestamp": T}}}],
        [{"string_map_data": 3}],
    ),
    (
        "connections/followers_and_following/followers_1.json",
        [
            {
                "title": "",
                "string_list_data": [
                    {"value": "hi", "href": "https://www.instagram.com/hi", "timestamp": T}
                ],
            }
        ],
        [{"string_list_data": "x"}],
    ),
    (
        f"{ACT}/messages/inbox/a_1/message_1.json",
        {
            "participants": [{"name": "a"}],
            "title": "a",
            "messages": [{"sender_name": "a", "timestamp_ms": T * 1000, "content": "hi"}],
        },
        {"participants": "a", "messages": [5]},
    ),
]
HTML_FILES = [
    (
        f"{ACT}/comments/post_comments_1.html",
        "<table><tr><td>Comment<div><div>hi</div></div></td></tr></table>",
    ),
    (
        "personal_information/personal_information/personal_information.html",
        "<table><tr><td>Bio<div><div>hi there you</div></div></td></tr></table>",
    ),
    (
        f"{ACT}/media/posts_1.html",
        '<div><h2>hi</h2><div><img src="media/a.jpg"/></div><div>Oct 19, 2019, 2:37 PM</div></div>',
    ),
    (
        "connections/followers_and_following/followers_1.html",
        '<div><a href="https://www.instagram.com/hannah">hi</a><div>Oct 19, 2019, 2:37 PM</div></div>',
    ),
]
DAMAGES = list(damaged("hi", "x"))


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
    page = f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'
    assert_warns_and_survives(tmp_path, rel, damaged(page, EMPTY_PAGE)[damage])
