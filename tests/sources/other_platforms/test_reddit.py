"""Reddit's data request CSVs."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES
from tests.helpers import csv_record_at, kinds, read_items

EXPORT = FIXTURES / "exports" / "reddit" / "export_jsmith_20261101"


def test_items_and_counts() -> None:
    items, warnings = read_items(EXPORT)
    assert warnings == []
    assert kinds(items) == {"post": 2, "comment": 2, "message": 2, "group": 3}


def test_post_keeps_subreddit_and_multiline_body() -> None:
    items, _ = read_items(EXPORT)
    post = next(i for i in items if i.kind.value == "post" and "Parking" in i.text)
    assert post.title == "r/bolton"
    assert "I teach there" in post.text
    assert post.timestamp is not None and post.timestamp.isoformat() == "2026-09-14T07:55:10+00:00"
    assert post.url and post.url.startswith("https://www.reddit.com/r/bolton/")
    assert "t3_1ab2" in csv_record_at(EXPORT / "posts.csv", post.locator)


def test_other_platforms_posts_csv_is_not_reddit(tmp_path: Path) -> None:
    (tmp_path / "posts.csv").write_text("date,text\n2026-01-01,hello\n")
    items, _ = read_items(tmp_path)
    assert items == []


def test_truncated_quoted_field_warns(tmp_path: Path) -> None:
    text = (EXPORT / "posts.csv").read_text()
    (tmp_path / "posts.csv").write_text(text[: text.index("I teach")])
    items, warnings = read_items(tmp_path)
    assert len(items) <= 1  # the record cut in half is read as far as it goes, or not at all
    assert all("Traceback" not in w.message for w in warnings)
