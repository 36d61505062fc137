"""Pinterest's data-download HTML page."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES
from tests.helpers import kinds, read_items, scan_findings

EXPORT = FIXTURES / "exports" / "pinterest" / "pinterest-jsmith-2026"


def test_items_and_counts() -> None:
    items, warnings = read_items(EXPORT)
    assert warnings == []
    assert kinds(items) == {"profile_field": 3, "bio": 1, "post": 4}


def test_pin_fields() -> None:
    items, _ = read_items(EXPORT)
    pin = next(i for i in items if i.url == "https://www.pinterest.com/pin/111222333/")
    assert pin.text == "Our Year 4 Viking display\nMade by 4C at St Clements Primary - so proud!"
    assert pin.title == "Classroom"
    assert pin.timestamp is not None and pin.timestamp.isoformat() == "2026-02-13T15:35:01+00:00"
    assert pin.locator == "section 'Pins' record 1"
    assert pin.audience == "public"


def test_boards_and_secret_board() -> None:
    items, _ = read_items(EXPORT)
    boards = [i for i in items if i.locator.startswith("section 'Boards'")]
    assert [b.text for b in boards] == ["Classroom\nIdeas for 4C", "Bakes"]
    assert boards[1].audience == "private"


def test_bio_names_the_school() -> None:
    report = scan_findings(EXPORT)
    assert any(f.platform == "pinterest" and f.clause == "6.17" for f in report.findings)


def test_other_html_is_not_pinterest(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<html><h1>Posts</h1><p>Title: hello,</p></html>")
    items, _ = read_items(tmp_path)
    assert items == []
