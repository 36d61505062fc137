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
    real = ocr.ocr_engine
    real.cache_clear()
    yield
    real.cache_clear()


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


def test_texture_read_as_letters_is_dropped_and_real_lines_kept() -> None:
    raw = "a eS ie\nSt Clement’s\n7 OP ae 3S\nMrs Ali\n01204 555123\n— ,\nee"
    assert ocr.clean_text(raw) == "St Clement's\nMrs Ali\n01204 555123"


class _Scripted:
    """An engine that answers from a script, to follow which readings `ocr` asks for."""

    name = "scripted"

    def __init__(self, answers: list[str]) -> None:
        self.answers = answers
        self.seen: list[np.ndarray] = []

    def read(self, gray: np.ndarray, timeout: float) -> str:
        self.seen.append(gray)
        return self.answers[len(self.seen) - 1]


def test_a_crop_with_no_real_word_is_read_again_evened_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = _Scripted(["Pas", "", "St Clement's CE Primary School"])
    monkeypatch.setattr(ocr, "ocr_engine", lambda: engine)
    crop = _sign(SCHOOL, invert=True)
    assert ocr.ocr(crop) == "Pas\nSt Clement's CE Primary School"
    assert len(engine.seen) == 3  # "Pas" is a word: the inverted crop is not read
    # The last two readings are thresholded pictures: only black and white, both ways round.
    for evened in engine.seen[1:]:
        assert set(np.unique(evened)) <= {0, 255}
    # Flat ground is white in both; the letters are black in one of them.
    assert engine.seen[1].mean() > 127 and engine.seen[2].mean() > 127
    assert (engine.seen[1] != engine.seen[2]).any()


def test_a_crop_read_at_once_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _Scripted(["St Clement's CE Primary School"])
    monkeypatch.setattr(ocr, "ocr_engine", lambda: engine)
    assert ocr.ocr(_sign(SCHOOL)) == SCHOOL
    assert len(engine.seen) == 1
