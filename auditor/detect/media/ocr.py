"""Text in pictures: a cheap test for where text is likely, then Tesseract on those regions.

Tesseract runs only where the picture has rows of letter-shaped strokes (a
morphological-gradient text-line test, a few milliseconds), on the crop around them, one thread
(`OMP_THREAD_LIMIT=1`; with OpenMP it is ~4× slower on two busy cores), under a timeout.
It runs in this process through the `tesserocr` binding (the model loaded once: ~10 ms a crop),
or else as the `tesseract` program (the model loaded for every crop: ~75 ms a crop). Nothing is
written to disk: the program gets the crop on its standard input.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

import cv2
import numpy as np
from numpy.typing import NDArray

Gray = NDArray[Any]

OCR_TIMEOUT_S = 6.0
# Page segmentation: 6 = one block of text (a crop around one sign, badge or page part).
PSM = os.environ.get("AUDITOR_OCR_PSM", "6")
if not PSM.isdigit():  # a mistyped override must not silently switch reading off
    PSM = "6"
# A text line is wider than tall, at least this many pixels high in the working image.
_MIN_LINE_H, _MAX_LINE_H = 7, 160
# A block needs about one word of four letters or more (filled line area / line height²).
_MIN_BLOCK_SCORE = 3.0
# Padding around a block, in line heights (more was tried: no better on a held-out set).
PAD_X, PAD_Y = 1.5, 0.6


class OcrUnavailable(RuntimeError):
    """No usable Tesseract: the audit goes on without reading text in pictures."""


@dataclass(frozen=True)
class TextRegions:
    """Where text is likely: blocks (x0, y0, x1, y1) in the working image, best first."""

    blocks: list[tuple[int, int, int, int]]
    scores: list[float]
    angles: list[float]  # the median slope of each block's lines, in degrees

    @property
    def likely(self) -> bool:
        return bool(self.blocks)


def text_regions(gray: Gray, max_blocks: int = 3) -> TextRegions:
    """Blocks of letter-like strokes: strong local contrast joined along a line, wider than
    high, nearly horizontal (±25°), with several separate strokes inside.

    Textures (grass, gravel, hair) give blobs that are not line-shaped, not filled densely
    enough, or scattered: lines are grouped into blocks and only blocks with enough line
    evidence are kept.
    """
    h, w = gray.shape
    grad = cv2.morphologyEx(gray, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    _, bw = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    joined = cv2.morphologyEx(
        bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1))
    )
    # Outer outlines first; when none is a line, every contour: text on a board or a page
    # whose outline touches a busy background lies inside that outline.
    mask = np.zeros((h, w), np.uint8)
    line_h: list[int] = []
    line_at: list[tuple[float, float, float]] = []  # centre x, centre y, angle
    for mode in (cv2.RETR_EXTERNAL, cv2.RETR_LIST):
        if line_h:
            break
        contours, _ = cv2.findContours(joined, mode, cv2.CHAIN_APPROX_SIMPLE)
        _find_lines(contours, bw, w, mask, line_h, line_at)
    if not line_h:
        return TextRegions([], [], [])
    med = float(np.median(line_h))
    kernel = cv2.getStructuringElement(
        cv2.MORPH_RECT, (max(9, int(3 * med)), max(5, int(2.5 * med)))
    )
    blocks_mask = cv2.dilate(mask, kernel)
    n, _, stats, _ = cv2.connectedComponentsWithStats(blocks_mask)
    found: list[tuple[float, tuple[int, int, int, int], float]] = []
    for i in range(1, n):
        x, y, bw_, bh_, _area = (int(v) for v in stats[i])
        text_px = cv2.countNonZero(mask[y : y + bh_, x : x + bw_])
        score = text_px / med**2
        if score < _MIN_BLOCK_SCORE:
            continue
        # Pad: letters at a line's ends often fail the line test on their own (a rotated or
        # short word); Tesseract also reads better with a margin.
        px, py = int(PAD_X * med), int(PAD_Y * med)
        inside = [a for cx, cy, a in line_at if x <= cx < x + bw_ and y <= cy < y + bh_]
        slope = float(np.median(inside)) if inside else 0.0
        box = (max(0, x - px), max(0, y - py), min(w, x + bw_ + px), min(h, y + bh_ + py))
        found.append((score, box, slope))
    found.sort(reverse=True)
    found = found[:max_blocks]
    return TextRegions([b for _, b, _ in found], [sc for sc, _, _ in found], [a for *_, a in found])


def level(gray: Gray, angle: float) -> Gray:
    """The crop turned so its text lines are horizontal (Tesseract reads level lines best)."""
    if abs(angle) < 2.0:
        return gray
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    out: Gray = cv2.warpAffine(
        gray, m, (nw, nh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return out


def _find_lines(
    contours: Any,
    bw: Gray,
    w: int,
    mask: Gray,
    line_h: list[int],
    line_at: list[tuple[float, float, float]],
) -> None:
    """Draw the line-shaped contours into `mask`, noting each one's height and slope."""
    for c in contours:
        if len(c) < 5:
            continue
        rect = cv2.minAreaRect(c)
        long_side, short_side = max(rect[1]), min(rect[1])
        angle = _long_edge_angle(cv2.boxPoints(rect))
        if not (_MIN_LINE_H <= short_side <= _MAX_LINE_H) or long_side < 2.5 * short_side:
            continue
        if abs(angle) > 25 or long_side > 0.98 * w:
            continue
        if cv2.contourArea(c) < 0.45 * long_side * short_side:
            continue
        x, y, bw_, bh_ = cv2.boundingRect(c)
        strokes, _ = cv2.connectedComponents(bw[y : y + bh_, x : x + bw_])
        if strokes - 1 < 3:
            continue
        cv2.drawContours(mask, [c], -1, 255, thickness=-1)
        line_h.append(int(short_side))
        line_at.append((rect[0][0], rect[0][1], angle))


def _long_edge_angle(box: NDArray[Any]) -> float:
    """The angle of a rotated rectangle's long edge from the horizontal, in -90..90 degrees."""
    e1, e2 = box[1] - box[0], box[2] - box[1]
    dx, dy = (e1 if np.hypot(*e1) >= np.hypot(*e2) else e2).tolist()
    angle = float(np.degrees(np.arctan2(dy, dx)))
    return (angle + 90.0) % 180.0 - 90.0


class OcrEngine(Protocol):
    name: str

    def read(self, gray: Gray, timeout: float) -> str:
        """Tesseract's raw output for one picture ('' when it ran out of time)."""
        ...


# Where Debian/Ubuntu, Fedora, Homebrew and a source build put the language data.
_TESSDATA_GLOBS = (
    "/usr/share/tesseract-ocr/*/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)


def tessdata_dir() -> str | None:
    """The folder holding `eng.traineddata` (TESSDATA_PREFIX first), or None."""
    candidates = [os.environ["TESSDATA_PREFIX"]] if os.environ.get("TESSDATA_PREFIX") else []
    for pattern in _TESSDATA_GLOBS:
        candidates.extend(sorted(glob.glob(pattern), reverse=True))
    for folder in candidates:
        if os.path.isfile(os.path.join(folder, "eng.traineddata")):
            return folder
    return None


class LibraryTesseract:
    """Tesseract in this process (the `tesserocr` binding): the model is loaded once per
    process, where the command line loads it again for every crop (~65 ms each time)."""

    def __init__(self, tessdata: str) -> None:
        # One thread: OpenMP reads this when the library is loaded.
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        import tesserocr  # type: ignore[import-untyped,import-not-found,unused-ignore]

        self._api = tesserocr.PyTessBaseAPI(
            path=tessdata.rstrip("/") + "/", lang="eng", psm=int(PSM)
        )
        version = tesserocr.tesseract_version().split()[1:2]
        self.name = "tesserocr-" + (version[0] if version else "?")
        self._lock = threading.Lock()  # one API object; the TUI scans in a thread

    def read(self, gray: Gray, timeout: float) -> str:
        from PIL import Image

        with self._lock:
            self._api.SetImage(Image.fromarray(gray))
            if not self._api.Recognize(int(timeout * 1000)):
                return ""
            text: str = self._api.GetUTF8Text()
        return text


class CommandTesseract:
    """The `tesseract` program, once per crop (when the binding is not installed)."""

    name = "tesseract"

    def __init__(self, exe: str) -> None:
        self._exe = exe

    def read(self, gray: Gray, timeout: float) -> str:
        ok, buf = cv2.imencode(".png", gray, [cv2.IMWRITE_PNG_COMPRESSION, 1])
        if not ok:
            return ""
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        try:
            run = subprocess.run(
                [self._exe, "stdin", "stdout", "--psm", PSM, "-l", "eng"],
                input=buf.tobytes(),
                capture_output=True,
                timeout=timeout,
                env=env,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return ""
        except OSError as exc:
            raise OcrUnavailable(f"tesseract could not run ({type(exc).__name__})") from None
        return run.stdout.decode("utf-8", "replace") if run.returncode == 0 else ""


@cache
def ocr_engine() -> OcrEngine:
    """Tesseract for this process: the in-process binding when installed, else the program.

    `AUDITOR_OCR=command` forces the program (to compare the two)."""
    tessdata = tessdata_dir()
    if tessdata is not None and os.environ.get("AUDITOR_OCR", "") != "command":
        try:
            return LibraryTesseract(tessdata)
        except (ImportError, RuntimeError, OSError):
            pass  # the binding is missing or cannot load the data: try the program
    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrUnavailable("tesseract not found")
    return CommandTesseract(exe)


def ocr(gray: Gray, timeout: float = OCR_TIMEOUT_S) -> str:
    """The text Tesseract reads in `gray` ('' when it reads none or runs out of time).

    Tesseract's LSTM reads dark letters on a light ground; signs are often the reverse, so
    when a first reading finds no word, the inverted crop is read too. When neither reading
    has a real word in it (a sign on bricks, grass or a starry print confuses Tesseract's own
    thresholding), the crop is read again evened out (local contrast, then a local threshold),
    both ways round.
    """
    engine = ocr_engine()
    # Tesseract reads letters best at 25–40 px high; small crops are enlarged.
    if gray.shape[0] < 60:
        gray = cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
    first, second = (gray, cv2.bitwise_not(gray))
    if float(np.median(gray)) < 110:
        first, second = second, first
    text = clean_text(engine.read(first, timeout))
    if not _has_word(text):
        again = clean_text(engine.read(second, timeout))
        if len(again) > len(text):
            text = again
    if not _has_word(text, 5):
        evened = [clean_text(engine.read(b, timeout)) for b in _evened(gray)]
        text = "\n".join(t for t in [text, *evened] if t)
    return text


def _evened(gray: Gray) -> tuple[Gray, Gray]:
    """The crop as black on white, thresholded against its neighbourhood (both polarities)."""
    flat = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(4, 8)).apply(gray)
    block = max(15, (gray.shape[0] // 4) | 1)
    out = []
    for g in (flat, cv2.bitwise_not(flat)):
        out.append(
            cv2.adaptiveThreshold(
                g, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 10
            )
        )
    return out[0], out[1]


def _has_word(text: str, letters: int = 3) -> bool:
    return any(len(w) >= letters and w.isalpha() for w in text.split())


_VOWELS = frozenset("aeiouyAEIOUY")


def _real_line(words: list[str]) -> bool:
    """A line worth keeping: a word of three letters or more with a vowel in it, or a run of
    digits (a phone number, a house number with its street is kept by its street). Lines such
    as "a eS ie" or "7 OP ae 3S" are Tesseract reading a texture, and would otherwise turn up
    as abbreviations ("PE", "SEN") in the text detectors."""
    for w in words:
        letters = "".join(ch for ch in w if ch.isalpha())
        if (
            len(letters) >= 3
            and letters.isalpha()
            and _VOWELS & set(letters)
            and len(w) - len(letters) <= 2
        ):
            return True
        if sum(ch.isdigit() for ch in w) >= 4:
            return True
    return False


def clean_text(raw: str) -> str:
    """Tesseract's output as lines of words: no empty lines, no stray single symbols, no lines
    without a real word in them."""
    lines = []
    for line in raw.replace("\u2018", "'").replace("\u2019", "'").splitlines():
        words = [w for w in line.split() if any(ch.isalnum() for ch in w)]
        if words and _real_line(words):
            lines.append(" ".join(words))
    return "\n".join(lines)
