"""The Meta readers read a download in place: inside a zip with a root folder, split over
two zips, without reading any photo or video bytes, and the bundled samples give what the
rule tests rely on."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from auditor.sources.export import Export
from tests.conftest import SAMPLE_EXPORTS, zip_folder
from tests.helpers import kinds, read_items
from tests.sources.facebook.test_facebook_json import CURRENT

IG_CURRENT = CURRENT.parents[1] / "instagram" / "instagram-priya.makes-2026-03-10-current"


def test_zip_with_root_folder_reads_like_the_folder(tmp_path: Path) -> None:
    folder_items, _ = read_items(CURRENT)
    archive = zip_folder(CURRENT, tmp_path / "facebook-priyadesai-2026.zip", "facebook-priyadesai/")
    zip_items, warnings = read_items(archive)
    assert warnings == []
    assert kinds(zip_items) == kinds(folder_items)
    assert {(i.source.removeprefix("facebook-priyadesai/"), i.locator) for i in zip_items} == {
        (i.source, i.locator) for i in folder_items
    }
    split = [i.source.rsplit("/", 1)[1] for i in zip_items if "hannahprice_1029" in i.source]
    assert split == ["message_1.json"] * 2 + ["message_2.json"] * 2 + ["message_10.json"] * 2


def test_split_download_thread_parts_in_different_zips(tmp_path: Path) -> None:
    """Meta splits large downloads; a thread's parts may land in different zips."""
    files = sorted(p for p in CURRENT.rglob("*") if p.is_file())
    first, second = tmp_path / "facebook-priyadesai-1.zip", tmp_path / "facebook-priyadesai-2.zip"
    with zipfile.ZipFile(first, "w") as a, zipfile.ZipFile(second, "w") as b:
        for n, path in enumerate(files):
            (a if n % 2 else b).write(path, path.relative_to(CURRENT).as_posix())
    items, warnings = read_items(first)
    assert warnings == []
    assert kinds(items) == kinds(read_items(CURRENT)[0])


@pytest.mark.parametrize("root", [CURRENT, IG_CURRENT], ids=["facebook", "instagram"])
def test_media_bytes_are_never_read(
    tmp_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = zip_folder(root, tmp_path / "export.zip")
    with zipfile.ZipFile(archive, "a") as zf:  # the photos the JSON points at
        for uri in (
            "your_facebook_activity/posts/media/WorldBookDay_1/1001.jpg",
            "media/posts/202603/5001.jpg",
        ):
            zf.writestr(uri, b"\xff\xd8\xff\xe0" + b"\0" * 1000)
    opened: list[str] = []
    real_open = Export.open

    def spy(self: Export, entry):  # type: ignore[no-untyped-def]
        opened.append(entry.path)
        return real_open(self, entry)

    monkeypatch.setattr(Export, "open", spy)
    items, warnings = read_items(archive)
    assert warnings == [] and any(i.kind.value == "media" for i in items)
    assert opened and not [p for p in opened if p.endswith((".jpg", ".mp4"))]


def test_facebook_sample_export_items() -> None:
    items, warnings = read_items(SAMPLE_EXPORTS / "facebook-janesmith-20261101")
    assert warnings == []
    friends = [i.text for i in items if i.kind.value == "connection"]
    assert "Olivia Hussain" in friends and "Olivia Marsh" in friends
    assert "St Clement’s PTA Parents 2026" in {i.text for i in items if i.kind.value == "group"}
    thread = [i for i in items if i.kind.value == "message"]
    assert any("Maisie Clarke" in i.text and i.author == "Karen Clarke" for i in thread)
    (comment,) = [i for i in items if i.kind.value == "comment"]
    assert comment.title == "St Clement’s PTA Parents 2026"
    album = next(i for i in items if i.source.endswith("album/0.json"))
    assert (album.location.lat, album.location.lon) == (53.57795, -2.42911)


def test_instagram_sample_export_items() -> None:
    items, warnings = read_items(SAMPLE_EXPORTS / "instagram-janesmith.bakes-20261101")
    assert warnings == []
    assert kinds(items) == {"profile_field": 3, "bio": 1, "media": 1, "connection": 2}
    (bio,) = [i for i in items if i.kind.value == "bio"]
    assert "Year 4 teacher" in bio.text
    (post,) = [i for i in items if i.kind.value == "media"]
    assert (post.location.lat, post.location.lon) == (53.56012, -2.44118)
    assert "oliviahussain.x" in {i.text for i in items if i.kind.value == "connection"}


@pytest.mark.parametrize(
    "name", ["facebook-janesmith-20261101", "instagram-janesmith.bakes-20261101"]
)
def test_sample_locators_lead_back(name: str) -> None:
    from tests.sources.facebook.meta_support import assert_leads_back

    items, _ = read_items(SAMPLE_EXPORTS / name)
    assert items
    for item in items:
        assert_leads_back(SAMPLE_EXPORTS / name, item)
