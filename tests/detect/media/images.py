"""Real image files for the media tests, made here (nothing binary is committed)."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import datetime
from fractions import Fraction
from pathlib import Path

from PIL import Image

SCHOOL_LATLON = (53.5780, -2.4290)  # fixtures/sample/school.toml
HOME_LATLON = (53.5601, -2.4412)


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    s = Fraction(round(((value - d) * 60 - m) * 60 * 10000), 10000)
    return Fraction(d), Fraction(m), s


def jpeg_with_gps(
    lat: float, lon: float, when: datetime | None = None, image: Image.Image | None = None
) -> bytes:
    """A JPEG whose EXIF has GPS (degrees/minutes/seconds rationals) and DateTimeOriginal."""
    im = image or Image.new("RGB", (640, 480), (90, 140, 200))
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1] = "N" if lat >= 0 else "S"
    gps[2] = _dms(lat)
    gps[3] = "E" if lon >= 0 else "W"
    gps[4] = _dms(lon)
    if when is not None:
        exif.get_ifd(0x8769)[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif, quality=85)
    return buf.getvalue()


def png_bomb(width: int = 20_000, height: int = 20_000) -> bytes:
    """A valid grey PNG of `width` × `height` zeros, written in a few hundred KB."""
    comp = zlib.compressobj(9)
    row = b"\x00" * (width + 1)
    chunks = [comp.compress(row) for _ in range(height)]
    data = b"".join(chunks) + comp.flush()

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload))
            + kind
            + payload
            + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def jpeg_claiming_size(width: int, height: int) -> bytes:
    """A small JPEG whose frame header claims `width` × `height` (a lying header)."""
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), (10, 200, 10)).save(buf, "JPEG")
    data = bytearray(buf.getvalue())
    i = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, i + 5, height, width)
    return bytes(data)


def animated_gif() -> bytes:
    frames = [Image.new("RGB", (200, 120), c) for c in ((250, 0, 0), (0, 250, 0), (0, 0, 250))]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buf.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
