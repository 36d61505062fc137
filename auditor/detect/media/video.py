"""Videos: the place and time in the file's own metadata, and a few key frames.

MP4/MOV keep the GPS position as an ISO 6709 string ("+53.5780-002.4290/") in the `©xyz` atom
(Android, older iPhones) or under the `com.apple.quicktime.location.ISO6709` key, and the
creation time in `mvhd`. Key frames are decoded with OpenCV's FFmpeg backend when this
OpenCV build has one; otherwise videos are checked by their metadata only.
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
import tempfile
from datetime import UTC, datetime, timedelta
from functools import cache

import numpy as np

from auditor.detect.media.analysis import MediaAnalysis, cpu_seconds, look_at_pixels
from auditor.models.item import GeoPoint

MAX_VIDEO_BYTES = 1024**3
KEY_FRAMES = (0.15, 0.5, 0.85)  # where in the video, as a share of its length
FRAME_LONG_SIDE = 960
_MOOV_MAX = 32 * 1024**2
_ISO6709 = re.compile(rb"([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)")
_MP4_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)
METADATA_ONLY = "videos: checked by metadata only (no video decoder in this OpenCV build)"


@cache
def can_decode_video() -> bool:
    try:
        import cv2

        info = cv2.getBuildInformation()
    except Exception:
        return False
    m = re.search(r"FFMPEG:\s+(\w+)", info)
    return bool(m and m.group(1) == "YES")


def _atoms(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of the atoms between `start` and `end`."""
    out: list[tuple[bytes, int, int]] = []
    pos = start
    while pos + 8 <= end and len(out) < 10_000:
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        header = 8
        if size == 1 and pos + 16 <= end:
            size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            break
        out.append((kind, pos + header, pos + size))
        pos += size
    return out


def mp4_metadata(data: bytes) -> tuple[GeoPoint | None, datetime | None]:
    """The GPS position and creation time an MP4/MOV file records, where it does."""
    moov = next(((s, e) for k, s, e in _atoms(data, 0, len(data)) if k == b"moov"), None)
    if moov is None or moov[1] - moov[0] > _MOOV_MAX:
        return None, None
    payload = data[moov[0] : moov[1]]
    when = None
    mvhd = next(((s, e) for k, s, e in _atoms(data, *moov) if k == b"mvhd"), None)
    if mvhd is not None and mvhd[1] - mvhd[0] >= 8:
        version = data[mvhd[0]]
        try:
            if version == 1:
                secs = struct.unpack(">Q", data[mvhd[0] + 4 : mvhd[0] + 12])[0]
            else:
                secs = struct.unpack(">I", data[mvhd[0] + 4 : mvhd[0] + 8])[0]
            if secs > 0:
                when = _MP4_EPOCH + timedelta(seconds=secs)
        except (struct.error, OverflowError):
            when = None
    point = None
    for marker in (b"\xa9xyz", b"location.ISO6709"):
        i = payload.find(marker)
        if i < 0:
            continue
        m = _ISO6709.search(payload, i, i + 200)
        if m:
            try:
                lat, lon = float(m.group(1)), float(m.group(2))
                if (lat, lon) != (0.0, 0.0) and -90 <= lat <= 90 and -180 <= lon <= 180:
                    point = GeoPoint(lat=lat, lon=lon, source="video metadata")
                    break
            except ValueError:
                continue
    return point, when


def analyse_video(data: bytes, *, faces: bool = True, ocr: bool = True) -> MediaAnalysis:
    t0 = cpu_seconds()
    result = MediaAnalysis(media_type="video", frames=0)
    if len(data) > MAX_VIDEO_BYTES:
        result.problem = f"too large to check ({len(data) // 1024**2} MB)"
        return result
    with contextlib.suppress(Exception):  # damaged metadata: the frames may still be read
        result.gps, result.taken_at = mp4_metadata(data)
    if not can_decode_video():
        result.skipped.append(METADATA_ONLY)
        return result
    frames = _key_frames(data)
    best_faces: list[object] = []
    for frame in frames:
        one = MediaAnalysis(media_type="video")
        look_at_pixels(frame, frame.shape[1], one, faces=faces, ocr=ocr)
        result.frames += 1
        if len(one.faces) > len(best_faces):
            best_faces = list(one.faces)
            result.faces = one.faces
        result.faces_checked = result.faces_checked or one.faces_checked
        result.ocr_checked = result.ocr_checked or one.ocr_checked
        result.text_likely = result.text_likely or one.text_likely
        if one.text:
            result.text = "\n".join(t for t in (result.text, one.text) if t)
        result.skipped.extend(s for s in one.skipped if s not in result.skipped)
        result.width, result.height = frame.shape[1], frame.shape[0]
    if not frames and result.problem is None:
        result.problem = "no frames could be decoded (checked by metadata only)"
    result.format = "video"
    result.cpu_s = cpu_seconds() - t0
    return result


def _key_frames(data: bytes) -> list[np.ndarray]:
    """A few frames as RGB images, decoded from a private temporary copy (OpenCV reads files)."""
    import cv2

    frames: list[np.ndarray] = []
    with tempfile.TemporaryDirectory(prefix="auditor-video-") as tmp:
        os.chmod(tmp, 0o700)
        path = os.path.join(tmp, "video")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        cap = cv2.VideoCapture(path)
        try:
            if not cap.isOpened():
                return frames
            count = int(cap.get(cv2.CAP_PROP_FRAME_COUNT) or 0)
            positions = [int(count * p) for p in KEY_FRAMES] if count > 0 else [0]
            for pos in sorted(set(positions)):
                cap.set(cv2.CAP_PROP_POS_FRAMES, pos)
                ok, frame = cap.read()
                if not ok or frame is None:
                    continue
                rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
                h, w = rgb.shape[:2]
                k = FRAME_LONG_SIDE / max(h, w)
                if k < 1:
                    rgb = cv2.resize(rgb, None, fx=k, fy=k, interpolation=cv2.INTER_AREA)
                frames.append(np.ascontiguousarray(rgb))
        finally:
            cap.release()
    return frames
