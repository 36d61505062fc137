"""Tumblr's blog export: post pages and their images."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES, zip_folder
from tests.helpers import kinds, read_items

EXPORT = FIXTURES / "exports" / "tumblr" / "janesmithbakes"


def test_items_and_counts() -> None:
    items, warnings = read_items(EXPORT)
    assert warnings == []
    assert kinds(items) == {"post": 2, "media": 1}


def test_post_text_tags_time_and_image(tmp_path: Path) -> None:
    # The blog export arrives as posts.zip inside the download: read it in place.
    outer = tmp_path / "download"
    outer.mkdir()
    zip_folder(EXPORT, outer / "posts.zip")
    items, warnings = read_items(outer)
    assert warnings == []
    post = next(i for i in items if i.kind.value == "post" and "World Book Day" in i.text)
    assert post.text.endswith("#worldbookday #teacherlife")
    assert post.timestamp is not None and post.timestamp.isoformat() == "2026-03-05T16:10:00+00:00"
    image = next(i for i in items if i.kind.value == "media")
    assert image.media is not None and image.media.path == "posts/media/731234567890_0.jpg"


def test_page_without_footer(tmp_path: Path) -> None:
    page = tmp_path / "posts" / "html" / "1.html"
    page.parent.mkdir(parents=True)
    page.write_text("<p>Just text</p>")
    items, _ = read_items(tmp_path)
    assert [i.text for i in items] == ["Just text"] and items[0].timestamp is None
