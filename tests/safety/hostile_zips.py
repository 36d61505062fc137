"""Builders of hostile and broken archives, shared by the safety tests and the figures script."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

PROFILE_JSON = (
    b'{"profile_v2": {"work_experiences": [{"employer": "St Clement\'s CE Primary School"}]}}'
)
PROFILE_PATH = "personal_information/profile_information/profile_information.json"


def _base(zf: zipfile.ZipFile) -> None:
    zf.writestr(PROFILE_PATH, PROFILE_JSON)


def traversal(path: Path) -> str:
    with zipfile.ZipFile(path, "w") as zf:
        _base(zf)
        zf.writestr("../../evil.json", b"{}")
        zf.writestr("a/../../escape.json", b"{}")
    return "../../evil.json"


def absolute(path: Path) -> str:
    with zipfile.ZipFile(path, "w") as zf:
        _base(zf)
        info = zipfile.ZipInfo("/etc/passwd_copy.json")
        zf.writestr(info, b"{}")
        zf.writestr(zipfile.ZipInfo("C:/Windows/evil.json"), b"{}")
    return "/etc/passwd_copy.json"


def symlink(path: Path) -> str:
    with zipfile.ZipFile(path, "w") as zf:
        _base(zf)
        info = zipfile.ZipInfo("your_facebook_activity/posts/your_posts_1.json")
        info.external_attr = 0o120777 << 16  # a symlink entry
        zf.writestr(info, b"/etc/passwd")
    return "your_posts_1.json"


def duplicate(path: Path) -> str:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate; that is the point
        with zipfile.ZipFile(path, "w") as zf:
            _base(zf)
            zf.writestr(PROFILE_PATH, b'{"profile_v2": {}}')
    return "profile_information.json"


def bomb(path: Path) -> str:
    """60 MB of zeros that pack into ~60 KB: a ratio of ~1000."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        _base(zf)
        with zf.open("your_facebook_activity/posts/your_posts_1.json", "w") as fh:
            chunk = b"\x00" * (1 << 20)
            for _ in range(60):
                fh.write(chunk)
    return "your_posts_1.json"


def nested_deep(path: Path) -> str:
    def wrap(inner: bytes, name: str) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr(name, inner)
        return buf.getvalue()

    level3 = wrap(PROFILE_JSON, PROFILE_PATH)
    level2 = wrap(level3, "deeper.zip")
    with zipfile.ZipFile(path, "w") as zf:
        _base(zf)
        zf.writestr("inner.zip", level2)
    return "deeper.zip"


def encrypted(path: Path) -> str:
    with zipfile.ZipFile(path, "w") as zf:
        _base(zf)
        info = zipfile.ZipInfo("your_facebook_activity/posts/your_posts_1.json")
        info.flag_bits |= 0x1  # marked as encrypted: it cannot be read without a password
        zf.writestr(info, b"\x13\x37" * 50)
    return "your_posts_1.json"


def truncated(path: Path) -> str:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        _base(zf)
        zf.writestr(
            "your_facebook_activity/posts/your_posts_1.json",
            b"[" + b'{"data": []},' * 5000 + b"{}]",
        )
    path.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    return path.name


HOSTILE: dict[str, Callable[[Path], str]] = {
    "traversal": traversal,
    "absolute": absolute,
    "symlink": symlink,
    "duplicate": duplicate,
    "bomb": bomb,
    "nested_deep": nested_deep,
    "encrypted": encrypted,
    "truncated": truncated,
}
