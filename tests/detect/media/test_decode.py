"""Every kind of file gives a result or a warning, never a crash, and never unbounded memory."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import datetime

import pytest
from PIL import Image

from auditor.detect.media.analysis import analyse_image
from auditor.detect.media.decode import HEIF_SUPPORTED, DecodeError, decode
from tests.conftest import ROOT
from tests.detect.media.images import (
    SCHOOL_LATLON,
    animated_gif,
    jpeg_claiming_size,
    jpeg_with_gps,
    png_bomb,
)


def test_jpeg_exif_gps_and_time_are_read() -> None:
    data = jpeg_with_gps(*SCHOOL_LATLON, when=datetime(2026, 7, 8, 10, 15, 0))
    result = analyse_image(data, faces=False, ocr=False)
    assert result.problem is None
    assert result.gps is not None and result.gps.source == "exif"
    assert result.gps.lat == pytest.approx(53.5780, abs=1e-5)
    assert result.gps.lon == pytest.approx(-2.4290, abs=1e-5)
    assert result.taken_at == datetime(2026, 7, 8, 10, 15, 0)
    assert (result.width, result.height) == (640, 480)


def test_a_large_jpeg_is_decoded_scaled_down() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (4000, 3000), (200, 30, 30)).save(buf, "JPEG")
    dec = decode(buf.getvalue(), 960)
    assert (dec.width, dec.height) == (4000, 3000)
    assert max(dec.image.size) <= 960


def test_png_with_transparency_is_read() -> None:
    buf = io.BytesIO()
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(buf, "PNG")
    result = analyse_image(buf.getvalue())
    assert result.problem is None and result.format == "PNG"
    assert result.faces == [] and result.gps is None


@pytest.mark.skipif(not HEIF_SUPPORTED, reason="pillow-heif is not installed")
def test_heic_is_read_when_pillow_heif_is_installed() -> None:
    import pillow_heif

    heif = pillow_heif.from_pillow(Image.new("RGB", (320, 240), (30, 120, 60)))
    buf = io.BytesIO()
    heif.save(buf, quality=60)
    result = analyse_image(buf.getvalue(), faces=False, ocr=False)
    assert result.problem is None
    assert result.format in ("HEIF", "HEIC") and result.width == 320


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(jpeg_with_gps(*SCHOOL_LATLON)[:400], id="truncated-jpeg"),
        pytest.param(b"\xff\xd8\xff\xe0" + b"\x00garbage" * 50, id="garbage-after-jpeg-magic"),
        pytest.param(b"", id="empty"),
        pytest.param(b"<html>not a picture</html>", id="html"),
    ],
)
def test_corrupt_files_give_a_problem_not_a_crash(data: bytes) -> None:
    result = analyse_image(data)
    assert result.problem is not None
    assert "damaged" in result.problem or "not a picture" in result.problem


def test_animated_gif_first_frame_is_analysed() -> None:
    dec = decode(animated_gif(), 960)
    assert dec.frames == 3 and dec.image.size == (200, 120)
    assert analyse_image(animated_gif()).problem is None


def test_decompression_bomb_png_is_refused_with_a_reason() -> None:
    with pytest.raises(DecodeError, match="too large"):
        decode(png_bomb(), 960)
    assert "too large" in (analyse_image(png_bomb()).problem or "")


def test_huge_files_stay_within_bounded_memory() -> None:
    """A 20,000 × 20,000 PNG and a JPEG whose header claims that size, in a fresh process:
    its peak memory stays far below the 400 MB–1.2 GB a full decode would take."""
    code = (
        "import resource, json, sys\n"
        "from auditor.detect.media.analysis import analyse_image\n"
        "from tests.detect.media.images import png_bomb, jpeg_claiming_size\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "out = [analyse_image(png_bomb()).problem,\n"
        "       analyse_image(jpeg_claiming_size(20000, 20000)).problem]\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(json.dumps({'problems': out, 'grew_kb': peak - base}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert "too large" in got["problems"][0]
    assert got["grew_kb"] < 250_000, got  # KB
    assert jpeg_claiming_size(20000, 20000)[:2] == b"\xff\xd8"
