"""Decode an image small enough to analyse, within fixed memory, or say why not.

A phone photo is 12–50 megapixels; faces and signs are found just as well at about 1,000 pixels
across. JPEGs are decoded straight to a fraction of their size (libjpeg's DCT scaling, Pillow's
"draft" mode), so a 20,000 × 20,000 JPEG costs a 2,500 × 2,500 decode. Formats that cannot be
decoded scaled are refused above a pixel limit instead of filling the memory.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field

from PIL import Image, UnidentifiedImageError

try:  # HEIC/HEIF (iPhone photos) when the optional pillow-heif is installed.
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:  # pragma: no cover - depends on the installation
    HEIF_SUPPORTED = False

MAX_FILE_BYTES = 200 * 1024**2  # larger "images" are not photos anyone posted
# Most pixels decoded at once: JPEGs are scaled below this; other formats above it are refused.
MAX_DECODE_PIXELS = 40_000_000
# Pillow refuses images over 2 × Image.MAX_IMAGE_PIXELS at open (DecompressionBombError).


class DecodeError(Exception):
    """The file is not an image we can read; the message is plain words for a warning."""


@dataclass
class Decoded:
    """A downscaled copy of the picture, and what its header says."""

    image: Image.Image  # RGB or L, long side ≤ the size asked for (never upscaled)
    width: int  # the original size
    height: int
    format: str
    frames: int = 1  # animated GIF/WebP: only the first frame is analysed
    exif: Image.Exif | None = field(default=None, repr=False)


def decode(data: bytes, long_side: int) -> Decoded:
    """The image in `data` with its long side at most `long_side` pixels, upright (EXIF)."""
    if len(data) > MAX_FILE_BYTES:
        raise DecodeError(f"too large to check ({len(data) // 1024**2} MB)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im: Image.Image = Image.open(io.BytesIO(data))
            width, height = im.size
            fmt = im.format or "unknown"
            frames = int(getattr(im, "n_frames", 1) or 1)
            exif = _exif(im)
            if fmt == "JPEG":
                # Scale by 1/2, 1/4 or 1/8 during decoding, never below the size asked for.
                im.draft("RGB", _draft_target(width, height, long_side))
            elif width * height > MAX_DECODE_PIXELS:
                raise DecodeError(f"too large to check safely ({width} × {height} pixels, {fmt})")
            if frames > 1:
                im.seek(0)
            im = _to_rgb(im)
            im.load()
    except Image.DecompressionBombError:
        raise DecodeError("too large to check safely (a decompression bomb?)") from None
    except UnidentifiedImageError:
        raise DecodeError("not a picture format that can be read") from None
    except DecodeError:
        raise
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, TypeError) as exc:
        # Truncated or corrupt data: Pillow raises a handful of types for it.
        raise DecodeError(f"damaged or incomplete picture ({type(exc).__name__})") from None
    im = _upright(im, exif)
    if max(im.size) > long_side:
        im.thumbnail((long_side, long_side), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return Decoded(im, width, height, fmt, frames, exif)


def _draft_target(width: int, height: int, long_side: int) -> tuple[int, int]:
    scale = long_side / max(width, height, 1)
    return max(1, int(width * scale)), max(1, int(height * scale))


def _exif(im: Image.Image) -> Image.Exif | None:
    try:
        exif = im.getexif()
    except Exception:  # a damaged EXIF block must not stop the picture being looked at
        return None
    return exif if len(exif) else None


def _to_rgb(im: Image.Image) -> Image.Image:
    if im.mode in ("RGB", "L"):
        return im
    if im.mode in ("RGBA", "LA", "P", "PA") or "transparency" in im.info:
        im = im.convert("RGBA")
        bg = Image.new("RGB", im.size, (255, 255, 255))
        bg.paste(im, mask=im.getchannel("A"))
        return bg
    return im.convert("RGB")


_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _upright(im: Image.Image, exif: Image.Exif | None) -> Image.Image:
    """Turn the picture the way the camera meant (faces are found upright only)."""
    if exif is None:
        return im
    method = _ORIENTATION.get(exif.get(0x0112, 1))
    return im.transpose(method) if method is not None else im
