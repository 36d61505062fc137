"""Cheap fingerprints that change when a download, a profile or the detectors change.

A download is recognised by its files' names, sizes and modification times (hashing gigabytes
of photos to recognise a zip would cost more than the audit it saves). A profile by its
settings and pupil list, hashed together so that neither is kept.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from auditor.profile.schema import SchoolProfile


def export_fingerprint(path: Path) -> str:
    h = hashlib.sha256()
    try:
        root = path.resolve()
        h.update(str(root).encode())
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                for name in sorted(filenames):
                    _add_file(h, Path(dirpath) / name, root)
        else:
            _add_file(h, root, root.parent)
    except OSError:
        h.update(b"unreadable")
    return h.hexdigest()[:24]


def _add_file(h: hashlib._Hash, path: Path, root: Path) -> None:
    try:
        st = path.stat()
    except OSError:
        return
    rel = path.relative_to(root).as_posix() if path != root else path.name
    h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())


def profile_fingerprint(profile: SchoolProfile) -> str:
    h = hashlib.sha256(profile.model_dump_json().encode())
    for name in sorted(profile.pupil_names):
        h.update(b"\0" + name.casefold().encode())
    return h.hexdigest()[:24]
