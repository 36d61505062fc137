"""One media file's analysis: what the pixels and the file's own metadata say.

The result holds no judgement about the policy (that is `evidence`); it is what the cache keeps
per content hash, so an unchanged photo is never decoded twice. It runs in worker processes:
everything here is plain data that pickles and serialises to JSON.
"""

from __future__ import annotations

import resource
import time
from datetime import datetime

import numpy as np
from pydantic import BaseModel, Field

from auditor.detect.media import exif as exif_mod
from auditor.detect.media.decode import DecodeError, decode
from auditor.detect.media.faces import FaceBox, FacesUnavailable, face_finder, find_faces
from auditor.models.item import GeoPoint

# Bump when the analysis changes what it finds, so cached analyses are redone.
ANALYSIS_VERSION = "3"
# The working size for text: lines of letters 14 px high in a 1080p photo are 7 here.
WORK_LONG_SIDE = 960
# The working size for faces, as an area (960 × 540 for a 16:9 photo, 720 × 720 for a square
# one), so the time per photo does not depend on its shape: faces of 40 px in a 1080p photo are
# 20 px here, well above MTCNN's 12 and at the Haar cascade's floor.
FACE_AREA = 960 * 540
# The decoded size: JPEG draft mode gives 1/2 of a 1080p photo directly; signs, badges and
# headings stay 20 px high or more, which Tesseract reads (set higher to read small print).
OCR_LONG_SIDE = 960
# With the Haar cascade, group photos are searched again at this size, in the rows of faces.
FINE_LONG_SIDE = 1920


class Face(BaseModel):
    x: int
    y: int
    w: int
    h: int


class MediaAnalysis(BaseModel):
    """What one photo (or a video's key frames) shows."""

    media_type: str = "image"  # image | video
    format: str = ""
    width: int = 0
    height: int = 0
    frames: int = 1  # frames looked at (video key frames; animations: the first only)
    gps: GeoPoint | None = None
    taken_at: datetime | None = None
    faces: list[Face] = Field(default_factory=list)
    faces_checked: bool = False
    text: str | None = None  # what OCR read; None when OCR did not run
    text_likely: bool = False
    ocr_checked: bool = False
    problem: str | None = None  # why the file could not be looked at (for a warning)
    skipped: list[str] = Field(default_factory=list)  # signals unavailable: "ocr: …", "faces: …"
    cpu_s: float = 0.0  # CPU seconds this analysis took (for the benchmark)


def analyse_image(data: bytes, *, faces: bool = True, ocr: bool = True) -> MediaAnalysis:
    """Decode once, downscaled; EXIF place and time; faces; OCR where text is likely."""
    t0 = cpu_seconds()
    try:
        dec = decode(data, OCR_LONG_SIDE)
    except DecodeError as exc:
        return MediaAnalysis(problem=str(exc), cpu_s=cpu_seconds() - t0)
    result = MediaAnalysis(
        format=dec.format,
        width=dec.width,
        height=dec.height,
        frames=1,
        gps=exif_mod.gps_point(dec.exif),
        taken_at=exif_mod.taken_at(dec.exif),
    )
    look_at_pixels(np.asarray(dec.image), dec.width, result, faces=faces, ocr=ocr)
    if (
        faces
        and len(result.faces) >= 2
        and max(dec.width, dec.height) > WORK_LONG_SIDE * 1.2
        and _second_look_wanted()
    ):
        _finer_faces(data, result)
    result.cpu_s = cpu_seconds() - t0
    return result


def _second_look_wanted() -> bool:
    try:
        return face_finder().needs_second_look
    except FacesUnavailable:
        return False


def _finer_faces(data: bytes, result: MediaAnalysis) -> None:
    """A group photo (Haar cascade only): look again at full detail in the band of rows where
    faces were found.

    Faces of 40–60 px are only 20–30 px in the working image, at the cascade's floor; rows of
    people are where the missed ones are, so only that band is searched at twice the size.
    """
    try:
        big = decode(data, FINE_LONG_SIDE)
    except DecodeError:
        return
    gray = np.ascontiguousarray(np.asarray(big.image.convert("L")))
    k = gray.shape[1] / max(result.width, 1)
    tallest = max(f.h for f in result.faces)
    top = max(0, int((min(f.y for f in result.faces) - 1.5 * tallest) * k))
    bottom = min(gray.shape[0], int((max(f.y + f.h for f in result.faces) + 2.5 * tallest) * k))
    left = max(0, int((min(f.x for f in result.faces) - 2 * tallest) * k))
    right = min(gray.shape[1], int((max(f.x + f.w for f in result.faces) + 2 * tallest) * k))
    if bottom - top < 40 or right - left < 40:
        return
    band = np.ascontiguousarray(gray[top:bottom, left:right])
    try:
        found = face_finder().find(band, max(20, int(40 * k)))
    except FacesUnavailable:
        return
    extra = [
        FaceBox(round((x + left) / k), round((y + top) / k), round(w / k), round(h / k))
        for x, y, w, h in found
        if w <= 1.5 * tallest * k
    ]
    known = [FaceBox(f.x, f.y, f.w, f.h) for f in result.faces]
    result.faces = [Face(x=f.x, y=f.y, w=f.w, h=f.h) for f in _distinct(known + extra)]


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (Tesseract runs as a child)."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


def look_at_pixels(
    image_big: np.ndarray, orig_w: int, result: MediaAnalysis, *, faces: bool, ocr: bool
) -> None:
    """Faces and text in one picture (a photo or a video frame; RGB or grey), added to `result`."""
    import cv2

    gray_big = cv2.cvtColor(image_big, cv2.COLOR_RGB2GRAY) if image_big.ndim == 3 else image_big
    big_h, big_w = gray_big.shape
    if faces:
        small = _shrunk(image_big, (FACE_AREA / max(1, big_w * big_h)) ** 0.5)
        try:
            found = find_faces(np.ascontiguousarray(small), small.shape[1] / max(orig_w, 1))
            result.faces.extend(Face(x=f.x, y=f.y, w=f.w, h=f.h) for f in _distinct(found))
            result.faces_checked = True
        except FacesUnavailable as exc:
            _skip(result, f"faces: {exc}")
    if not ocr:
        return
    from auditor.detect.media import ocr as ocr_mod

    gray = _shrunk(gray_big, WORK_LONG_SIDE / max(big_w, big_h))
    regions = ocr_mod.text_regions(gray)
    result.text_likely = result.text_likely or regions.likely
    k = big_w / gray.shape[1]
    texts = [result.text] if result.text else []
    try:
        for (x0, y0, x1, y1), angle in zip(regions.blocks, regions.angles, strict=True):
            crop = gray_big[int(y0 * k) : int(y1 * k), int(x0 * k) : int(x1 * k)]
            texts.append(ocr_mod.ocr(ocr_mod.level(np.ascontiguousarray(crop), angle)))
        result.ocr_checked = True
    except ocr_mod.OcrUnavailable as exc:
        _skip(result, f"ocr: {exc}")
    if result.ocr_checked and (regions.blocks or result.text is not None):
        result.text = "\n".join(t for t in texts if t)


def _shrunk(image: np.ndarray, k: float) -> np.ndarray:
    """`image` scaled by `k` when that makes it smaller; never enlarged."""
    import cv2

    if k >= 1.0:
        return image
    out: np.ndarray = cv2.resize(image, None, fx=k, fy=k, interpolation=cv2.INTER_AREA)
    return out


def _skip(result: MediaAnalysis, signal: str) -> None:
    if signal not in result.skipped:
        result.skipped.append(signal)


def _distinct(faces: list[FaceBox]) -> list[FaceBox]:
    """Drop a box mostly inside a bigger one (the cascade sometimes nests two on one face)."""
    keep: list[FaceBox] = []
    for f in sorted(faces, key=lambda b: -b.w * b.h):
        inside = False
        for k in keep:
            ix = max(0, min(f.x + f.w, k.x + k.w) - max(f.x, k.x))
            iy = max(0, min(f.y + f.h, k.y + k.h) - max(f.y, k.y))
            if ix * iy > 0.5 * f.w * f.h:
                inside = True
                break
        if not inside:
            keep.append(f)
    return keep
