"""Tesseract in this process (tesserocr) and as the program: the same words, a timeout that
holds, and a fallback when the binding or the language data is missing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from auditor.detect.media import ocr

SCHOOL = "St Clement's CE Primary School"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _sign(text: str, size: tuple[int, int] = (900, 110), invert: bool = False) -> np.ndarray:
    ink, paper = (255, 30) if invert else (20, 245)
    im = Image.new("L", size, paper)
    ImageDraw.Draw(im).text((20, 25), text, fill=ink, font=ImageFont.truetype(FONT, 48))
    return np.asarray(im)


@pytest.fixture(autouse=True)
def fresh_engine() -> Iterator[None]:
    ocr.ocr_engine.cache_clear()
    yield
    ocr.ocr_engine.cache_clear()


def _library() -> ocr.LibraryTesseract:
    pytest.importorskip("tesserocr")
    tessdata = ocr.tessdata_dir()
    if tessdata is None:
        pytest.skip("no Tesseract language data installed")
    return ocr.LibraryTesseract(tessdata)


def _command() -> ocr.CommandTesseract:
    exe = shutil.which("tesseract")
    if exe is None:
        pytest.skip("tesseract not installed")
    return ocr.CommandTesseract(exe)


def test_the_binding_and_the_program_read_the_same_sign() -> None:
    sign = _sign(SCHOOL)
    assert ocr.clean_text(_library().read(sign, 5.0)) == SCHOOL
    assert ocr.clean_text(_command().read(sign, 5.0)) == SCHOOL


def test_light_letters_on_a_dark_sign_are_read_inverted() -> None:
    _library()
    assert isinstance(ocr.ocr_engine(), ocr.LibraryTesseract)
    assert ocr.ocr(_sign(SCHOOL, invert=True)) == SCHOOL


def test_the_binding_gives_up_at_its_timeout() -> None:
    page = Image.new("L", (1600, 1000), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 30)
    for i in range(25):
        draw.text((10, 10 + 38 * i), f"The quick brown fox jumps over the lazy dog {i}", font=font)
    assert _library().read(np.asarray(page), 0.001) == ""


def test_the_binding_is_chosen_when_it_loads_and_the_program_otherwise(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _library()
    assert isinstance(ocr.ocr_engine(), ocr.LibraryTesseract)
    ocr.ocr_engine.cache_clear()
    monkeypatch.setenv("AUDITOR_OCR", "command")
    if shutil.which("tesseract"):
        assert isinstance(ocr.ocr_engine(), ocr.CommandTesseract)
    ocr.ocr_engine.cache_clear()
    # No language data anywhere and no program: OCR is unavailable, said as a reason.
    monkeypatch.delenv("AUDITOR_OCR")
    monkeypatch.setattr(ocr, "_TESSDATA_GLOBS", (str(tmp_path / "none"),))
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    with pytest.raises(ocr.OcrUnavailable, match="tesseract not found"):
        ocr.ocr_engine()


def test_tessdata_prefix_is_looked_at_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "eng.traineddata").write_bytes(b"not really")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    assert ocr.tessdata_dir() == str(tmp_path)
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path / "missing"))
    assert ocr.tessdata_dir() != str(tmp_path / "missing")
