"""Faces: how many, and how big, with a detector that ships inside a registry package.

The default is OpenCV's Haar cascade `frontalface_alt2` (bundled with opencv-python-headless
4.x, BSD licence): on the project's labelled set it finds frontal faces reliably with very few
false positives, where `frontalface_default` fires on textures. dlib's HOG detector
(`dlib-bin`, Boost licence, the model compiled into the wheel) is measured beside it by
`bench/bench_images.py` and can be chosen with `AUDITOR_FACE_BACKEND=dlib` when installed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from numpy.typing import NDArray

Gray = NDArray[Any]

# Measured on the labelled set (bench/bench_images.py): 1.15 / 3 finds most faces of 40 px and
# more in a 1080p photo at 960 px working width with precision over 0.95; 1.1 finds a few more
# for a third more time, 1.2 a tenth fewer.
SCALE_FACTOR = 1.15
MIN_NEIGHBOURS = 3


@dataclass(frozen=True)
class FaceBox:
    """A face, in pixels of the original picture."""

    x: int
    y: int
    w: int
    h: int


class FaceFinder(Protocol):
    name: str

    def find(self, gray: Gray, min_size: int) -> list[tuple[int, int, int, int]]:
        """Faces as (x, y, w, h) in `gray`'s pixels, none smaller than `min_size`."""
        ...


class HaarFaces:
    name = "opencv-haar-frontalface_alt2"

    def __init__(self) -> None:
        import cv2

        folder: str = cv2.data.haarcascades  # type: ignore[attr-defined]
        path = os.path.join(folder, "haarcascade_frontalface_alt2.xml")
        self._cascade: Any = cv2.CascadeClassifier(path)
        if self._cascade.empty():
            raise RuntimeError("the OpenCV face cascade could not be loaded")
        self._cv2 = cv2

    def find(self, gray: Gray, min_size: int) -> list[tuple[int, int, int, int]]:
        eq = self._cv2.equalizeHist(gray)
        found = self._cascade.detectMultiScale(
            eq, scaleFactor=SCALE_FACTOR, minNeighbors=MIN_NEIGHBOURS, minSize=(min_size, min_size)
        )
        return [(int(x), int(y), int(w), int(h)) for x, y, w, h in found]


class DlibFaces:
    name = "dlib-hog"

    def __init__(self, upsample: int = 1) -> None:
        import dlib  # type: ignore[import-untyped]

        self._detector: Any = dlib.get_frontal_face_detector()
        self._upsample = upsample

    def find(self, gray: Gray, min_size: int) -> list[tuple[int, int, int, int]]:
        rects = self._detector(gray, self._upsample)
        out = []
        for r in rects:
            x, y = max(0, r.left()), max(0, r.top())
            w, h = r.right() - x, r.bottom() - y
            if min(w, h) >= min_size:
                out.append((int(x), int(y), int(w), int(h)))
        return out


class FacesUnavailable(RuntimeError):
    """No face detector could be loaded; the audit goes on without faces."""


@cache
def face_finder(backend: str | None = None) -> FaceFinder:
    """The face detector for this process (loaded once)."""
    backend = backend or os.environ.get("AUDITOR_FACE_BACKEND", "haar")
    try:
        if backend == "dlib":
            return DlibFaces()
        return HaarFaces()
    except (ImportError, RuntimeError, AttributeError) as exc:
        raise FacesUnavailable(f"{backend}: {type(exc).__name__}") from None


def find_faces(gray: Gray, scale: float, min_face_px: int = 40) -> list[FaceBox]:
    """Faces in `gray` (the picture shrunk by `scale`), as boxes in original pixels.

    `min_face_px` is in original pixels; the detector's own floor is 20 pixels in `gray`.
    """
    finder = face_finder()
    min_size = max(20, int(min_face_px * scale))
    return [
        FaceBox(round(x / scale), round(y / scale), round(w / scale), round(h / scale))
        for x, y, w, h in finder.find(gray, min_size)
    ]
