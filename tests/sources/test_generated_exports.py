"""fixtures/generate_exports.py: every platform's generated export is read without a warning,
with the number of records asked for, and the same seed writes the same bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from fixtures.generate.meta import Size
from fixtures.generate_exports import PLATFORMS, generate, main
from tests.helpers import kinds, read_items

SIZE = Size(posts=40, comments=20, messages=300, media=12, video_mb=0, seed=7)

# platform: what the readers must find for SIZE (exact where the reader is ours to pin).
EXPECTED = {
    "x": {"post": 40, "message": 300, "media": 6, "bio": 1},
    "linkedin": {"post": 40, "comment": 20, "message": 300, "bio": 1},
    "tiktok": {"post": 40, "comment": 20, "message": 300, "bio": 1},
    "whatsapp": {"message": 300 - 12, "media": 12, "group": 1},
    "google_photos": {"media": 12},
}


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for f in files:
        h.update(f.relative_to(path.parent).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_generated_export_reads_cleanly(platform: str, tmp_path: Path) -> None:
    path = generate(platform, tmp_path, SIZE, as_zip=platform in ("facebook", "whatsapp"))
    items, warnings = read_items(path)
    assert warnings == []
    counts = kinds(items)
    for kind, n in EXPECTED.get(platform, {}).items():
        assert counts.get(kind) == n, (kind, counts)
    if platform in ("facebook", "instagram"):
        # Every message written is read, as text or as a photo.
        assert (
            counts.get("message", 0)
            + sum(1 for i in items if i.kind.value == "media" and "/messages/" in i.source)
            == SIZE.messages
        )


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a = generate("facebook", tmp_path / "a", SIZE, as_zip=True)
    b = generate("facebook", tmp_path / "b", SIZE, as_zip=True)
    c = generate("facebook", tmp_path / "c", Size(**{**SIZE.__dict__, "seed": 8}), as_zip=True)
    assert a.read_bytes() == b.read_bytes()
    assert _digest(a) != _digest(c)


def test_texts_name_the_school_and_its_pupils(tmp_path: Path) -> None:
    path = generate("x", tmp_path, Size(200, 0, 0, 0, 0, 1), as_zip=False)
    items, _ = read_items(path)
    text = "\n".join(i.text for i in items)
    assert "St Clement's" in text
    assert "Alfie Turner" in text or "Olivia Hussain" in text or "Maisie Clarke" in text


def test_video_padding_is_stored_uncompressed(tmp_path: Path) -> None:
    import zipfile

    main(
        [
            "--platform",
            "google_photos",
            "--out",
            str(tmp_path),
            "--media",
            "2",
            "--video-mb",
            "3",
            "--zip",
        ]
    )
    (zip_path,) = tmp_path.glob("*.zip")
    with zipfile.ZipFile(zip_path) as zf:
        videos = [i for i in zf.infolist() if i.filename.endswith(".mp4")]
    assert sum(v.file_size for v in videos) == 3 * 1024 * 1024
    assert all(v.compress_type == zipfile.ZIP_STORED for v in videos)
