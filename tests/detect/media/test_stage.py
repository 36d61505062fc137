"""The media stage end to end: files read from an export, cached by content, analysed on two
processes with progress, and turned into evidence and findings by the real pipeline."""

from __future__ import annotations

import io
import json
import random
import shutil
import stat
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.detect.media.cache import MemoryMediaCache, SqliteMediaCache
from auditor.detect.media.pool import MediaProgress
from auditor.detect.media.stage import MediaStage
from auditor.detect.media.video import analyse_video, can_decode_video, mp4_metadata
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item, ItemKind, MediaInfo
from auditor.pipeline import Progress, ScanCallbacks, ScanOptions, run_scan
from auditor.profile.loader import load_profile
from auditor.sources.export import open_export
from tests.conftest import SAMPLE_EXPORTS, SAMPLE_PROFILE
from tests.detect.media.images import SCHOOL_LATLON, jpeg_with_gps, write

labelled = pytest.importorskip("fixtures.images.labelled")


def _jpeg(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=90)
    return buf.getvalue()


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine(DetectionContext.from_profile(load_profile(SAMPLE_PROFILE)))


def _export_with_photos(root: Path, n: int) -> list[Item]:
    items = []
    for i in range(n):
        im, _ = (
            labelled.group(random.Random(i)) if i % 2 == 0 else labelled.non_face(random.Random(i))
        )
        write(root / f"media/p{i}.jpg", _jpeg(im))  # faces of 40–110 px
        items.append(
            Item(
                platform="instagram",
                kind=ItemKind.MEDIA,
                source="media/posts_1.json",
                locator=f"/{i}",
                media=MediaInfo(path=f"media/p{i}.jpg"),
            )
        )
    write(root / "media/broken.jpg", b"\xff\xd8\xff\xe0 not really")
    items.append(items[0].model_copy(update={"media": MediaInfo(path="media/broken.jpg")}))
    items.append(items[0].model_copy(update={"media": MediaInfo(path="media/missing.jpg")}))
    return items


def test_stage_caches_by_content_and_reports_progress(
    tmp_path: Path, engine: DetectionEngine
) -> None:
    items = _export_with_photos(tmp_path / "export", 8)
    warnings: list[tuple[str, str]] = []
    progress: list[MediaProgress] = []
    cache = SqliteMediaCache(tmp_path / "state" / "media.sqlite")
    stage = MediaStage(
        engine,
        cache=cache,
        workers=2,
        warn=lambda f, m: warnings.append((f, m)),
        on_progress=progress.append,
    )
    export = open_export(tmp_path / "export", lambda f, m: None)
    evidence: list[list[Evidence]] = [[] for _ in items]
    try:
        stage.add_evidence(items, evidence, export)
    finally:
        stage.close()
    assert stage.analysed == 9 and stage.cached == 0  # 8 photos + the broken one
    assert [f for f, _ in warnings] == ["media/broken.jpg"]
    assert "picture not checked" in warnings[0][1]
    assert progress[-1].done == progress[-1].total == 9
    faces = [e for ev in evidence for e in ev if e.kind is EvidenceKind.FACE]
    assert len(faces) >= 3  # the group photos
    assert stat.S_IMODE((tmp_path / "state" / "media.sqlite").stat().st_mode) == 0o600

    # A second audit (a fresh stage, the same database): nothing is decoded again.
    again = MediaStage(engine, cache=SqliteMediaCache(tmp_path / "state" / "media.sqlite"))
    evidence2: list[list[Evidence]] = [[] for _ in items]
    again.add_evidence(items, evidence2, export)
    assert again.analysed == 1 and again.cached == 8  # the broken file is not cached
    assert [[e.kind for e in ev] for ev in evidence2] == [[e.kind for e in ev] for ev in evidence]
    export.close()


def test_memory_cache_round_trip() -> None:
    cache = MemoryMediaCache()
    cache.media_cache_put("ns", [(b"k1", "v1")])
    assert cache.media_cache_get("ns", [b"k1", b"k2"]) == {b"k1": "v1"}
    assert cache.media_cache_get("other", [b"k1"]) == {}


def _mp4(path: Path) -> None:
    out = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 10, (640, 360))
    from skimage import data

    face = cv2.cvtColor(cv2.resize(data.astronaut(), (360, 360)), cv2.COLOR_RGB2BGR)
    for _ in range(20):
        frame = np.full((360, 640, 3), 200, np.uint8)
        frame[:, 140:500] = face
        out.write(frame)
    out.release()


def _with_iso6709(data: bytes, iso: bytes) -> bytes:
    """Append a `udta/©xyz` atom inside `moov` (as phones write the place)."""
    import struct

    i = data.index(b"moov") - 4
    size = struct.unpack(">I", data[i : i + 4])[0]
    xyz_payload = struct.pack(">HH", len(iso), 0x15C7) + iso
    xyz = struct.pack(">I", 8 + len(xyz_payload)) + b"\xa9xyz" + xyz_payload
    udta = struct.pack(">I", 8 + len(xyz)) + b"udta" + xyz
    moov = struct.pack(">I", size + len(udta)) + data[i + 4 : i + size] + udta
    return data[:i] + moov + data[i + size :]


def test_video_place_and_key_frames(tmp_path: Path) -> None:
    _mp4(tmp_path / "v.mp4")
    data = _with_iso6709((tmp_path / "v.mp4").read_bytes(), b"+53.5781-002.4291/")
    point, _ = mp4_metadata(data)
    assert point is not None and point.lat == pytest.approx(53.5781)
    result = analyse_video(data, ocr=False)
    assert result.gps is not None
    if can_decode_video():
        assert result.frames == 3 and len(result.faces) == 1
    else:
        assert "metadata only" in result.skipped[0]


def test_run_scan_adds_photo_evidence_to_findings(tmp_path: Path) -> None:
    """The sample Facebook download with real photos at the paths its JSON names."""
    export = tmp_path / "facebook"
    shutil.copytree(SAMPLE_EXPORTS / "facebook-janesmith-20261101", export)
    album = json.loads((export / "your_facebook_activity/posts/album/0.json").read_text())
    uri = album["photos"][0]["uri"]
    im, _ = labelled.group(random.Random(4))
    write(export / uri, jpeg_with_gps(*SCHOOL_LATLON, image=im))
    progress: list[Progress] = []
    report = run_scan(
        [export],
        load_profile(SAMPLE_PROFILE),
        ScanOptions(model="none", media_workers=1),
        ScanCallbacks(on_progress=progress.append),
    )
    evidence = [e for f in report.findings for e in f.evidence]
    face = [e for e in evidence if e.kind is EvidenceKind.FACE]
    assert face and "faces found in the picture" in face[0].reason
    assert any(p.stage == "media" and p.files_done >= 1 for p in progress)
    assert not [w for w in report.warnings if uri in w.file]


def test_missing_tesseract_and_faces_are_named_as_skipped_signals(
    tmp_path: Path, engine: DetectionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from auditor.detect.media import faces, ocr

    def no_tesseract() -> ocr.OcrEngine:
        raise ocr.OcrUnavailable("tesseract not found")

    def no_faces(backend: str | None = None) -> faces.FaceFinder:
        raise faces.FacesUnavailable("haar: RuntimeError")

    monkeypatch.setattr(ocr, "ocr_engine", no_tesseract)
    monkeypatch.setattr(faces, "face_finder", no_faces)
    from auditor.detect.media import stage as stage_mod

    monkeypatch.setattr(stage_mod, "_namespace", lambda: "test-no-signals")
    im = Image.new("RGB", (1280, 720), (20, 60, 110))
    from PIL import ImageDraw

    ImageDraw.Draw(im).text(
        (100, 300),
        "St Clement's CE Primary School",
        fill=(255, 255, 255),
        font=labelled.font("DejaVuSans-Bold.ttf", 64),
    )
    write(tmp_path / "e/sign.jpg", _jpeg(im))
    skipped: list[str] = []
    stage = MediaStage(engine, skipped=skipped, workers=1)
    item = Item(
        platform="facebook",
        kind=ItemKind.POST,
        source="p.json",
        locator="/0",
        media=MediaInfo(path="sign.jpg"),
    )
    evidence: list[list[Evidence]] = [[]]
    with open_export(tmp_path / "e", lambda f, m: None) as export:
        stage.add_evidence([item], evidence, export)
    assert "ocr: tesseract not found" in skipped
    assert any(s.startswith("faces:") for s in skipped)
    assert evidence == [[]]
