"""Paths as terminals deliver them when a file is typed, pasted or dropped."""

from __future__ import annotations

from pathlib import Path

from tui.paths import parse_dropped_paths


def test_a_path_with_spaces_that_exists_is_taken_whole(tmp_path: Path) -> None:
    f = tmp_path / "My Downloads" / "facebook jane.zip"
    f.parent.mkdir()
    f.write_bytes(b"")
    assert parse_dropped_paths(f"  {f}  ") == [f]


def test_quoted_and_escaped_drops(tmp_path: Path) -> None:
    a = tmp_path / "a b.zip"
    b = tmp_path / "c'd.zip"
    dropped = f"'{a}' {str(b).replace(chr(39), chr(92) + chr(39))}"
    assert parse_dropped_paths(dropped) == [a, b]
    escaped = str(a).replace(" ", "\\ ")
    assert parse_dropped_paths(escaped) == [a]
    assert parse_dropped_paths(f'"{a}"') == [a]


def test_file_uris_are_decoded() -> None:
    assert parse_dropped_paths("file:///home/jane/My%20Exports/fb.zip") == [
        Path("/home/jane/My Exports/fb.zip")
    ]


def test_windows_paths_keep_backslashes() -> None:
    got = parse_dropped_paths(r'"C:\Users\Jane\Downloads\facebook-jane.zip"')
    assert [str(p) for p in got] == [r"C:\Users\Jane\Downloads\facebook-jane.zip"]


def test_unbalanced_quote_and_blank() -> None:
    assert parse_dropped_paths("'/tmp/half quoted.zip") == [Path("/tmp/half quoted.zip")]
    assert parse_dropped_paths("   ") == []


def test_home_is_expanded() -> None:
    assert parse_dropped_paths("~/x.zip") == [Path.home() / "x.zip"]
