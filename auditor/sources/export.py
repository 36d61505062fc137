"""A read-only view of one export: a zip (or its split parts), a folder, or a single file.

Nothing is extracted to disk. Entry paths are posix, relative to the export's root. Paths that
try to leave the export (``..``, absolute paths), symlinks, encrypted entries and entries that
would decompress far beyond their stored size are skipped with a warning.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from auditor.errors import ExportError

# Limits that keep a hostile archive from exhausting the machine.
MAX_ENTRY_BYTES = 4 * 1024**3  # one file, decompressed
MAX_RATIO = 200  # decompressed / compressed, for entries over 1 MB
MAX_ENTRIES = 500_000
NESTED_ZIP_MAX_BYTES = 2 * 1024**3
_SPLIT_PART = re.compile(r"^(?P<stem>.+?)-(?P<n>\d{1,3})\.zip$", re.IGNORECASE)

Warn = Callable[[str, str], None]


@dataclass(frozen=True)
class Entry:
    path: str  # posix path inside the export
    size: int  # decompressed size in bytes
    # Where the bytes are: ("zip", part index, name in zip) | ("fs", absolute path) |
    # ("nested", part index, outer name, inner name)
    where: tuple[object, ...] = field(compare=False, repr=False)

    @property
    def name(self) -> str:
        # As PurePosixPath(path).name, without building a path: every reader asks, per file.
        return self.path.rsplit("/", 1)[-1]

    @property
    def suffix(self) -> str:
        name = self.name
        dot = name.rfind(".")
        return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


class Export:
    """An opened export. Use as a context manager; `entries` lists what can be read."""

    def __init__(self, display: str, warn: Warn) -> None:
        self.display = display
        self._warn = warn
        self._zips: list[zipfile.ZipFile] = []
        self._nested: dict[tuple[int, str], zipfile.ZipFile] = {}
        self.entries: list[Entry] = []
        self.parts: list[Path] = []

    # -- reading ---------------------------------------------------------------------------
    def open(self, entry: Entry) -> IO[bytes]:
        kind = entry.where[0]
        if kind == "fs":
            return open(str(entry.where[1]), "rb")
        if kind == "zip":
            zf = self._zips[int(str(entry.where[1]))]
            # Open by ZipInfo, not name: with duplicate names, a name opens the last one.
            return zf.open(_as_info(entry.where[2]))
        if kind == "nested":
            inner = self._nested[(int(str(entry.where[1])), str(entry.where[2]))]
            return inner.open(_as_info(entry.where[3]))
        raise ValueError(f"unknown entry location {kind!r}")

    def read_bytes(self, entry: Entry, limit: int | None = None) -> bytes:
        """The entry's bytes, at most `limit` of them (the head of the file)."""
        with self.open(entry) as fh:
            return fh.read(-1 if limit is None else limit)

    def head(self, entry: Entry, n: int = 4096) -> bytes:
        return self.read_bytes(entry, n)

    def find(self, path: str) -> Entry | None:
        """The entry at `path` (as written inside the export), matched leniently by suffix."""
        if not hasattr(self, "_by_path"):
            self._by_path = {e.path: e for e in self.entries}
        hit = self._by_path.get(path.lstrip("./"))
        if hit is not None:
            return hit
        tail = "/" + path.lstrip("./")
        for e in self.entries:
            if e.path.endswith(tail):
                return e
        return None

    def close(self) -> None:
        for zf in [*self._nested.values(), *self._zips]:
            zf.close()
        self._nested.clear()
        self._zips.clear()

    def __enter__(self) -> Export:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- building ----------------------------------------------------------------------------
    def _add_zip(self, path: Path) -> None:
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise ExportError(f"{path}: not a readable zip file (damaged or incomplete?)") from None
        except UnicodeDecodeError:  # a name marked UTF-8 that is not: zipfile cannot list it
            raise ExportError(
                f"{path}: a file name inside this zip is not valid text, so the zip cannot be "
                "listed; unpack it (your system's 'Extract all') and scan the folder instead"
            ) from None
        except OSError as exc:
            raise ExportError(f"{path}: cannot be read ({exc.strerror})") from None
        index = len(self._zips)
        self._zips.append(zf)
        self.parts.append(path)
        seen: set[str] = {e.path for e in self.entries}
        for info in zf.infolist():
            if len(self.entries) >= MAX_ENTRIES:
                self._warn(path.name, f"more than {MAX_ENTRIES} files; the rest were not read")
                break
            if info.is_dir():
                continue
            rel = _safe_relpath(info.filename)
            if rel is None:
                self._warn(info.filename, "skipped: its path points outside the export")
                continue
            if _zip_is_symlink(info):
                self._warn(rel, "skipped: a symbolic link inside the archive")
                continue
            if info.flag_bits & 0x1:
                self._warn(rel, "skipped: the file is encrypted in the archive")
                continue
            if info.file_size > MAX_ENTRY_BYTES or (
                info.file_size > 1_000_000
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                self._warn(rel, "skipped: it would unpack to an implausible size (zip bomb?)")
                continue
            if rel in seen:
                self._warn(rel, "skipped: a second file with the same name in the archive")
                continue
            seen.add(rel)
            if (
                rel.lower().endswith(".zip")
                and info.file_size <= NESTED_ZIP_MAX_BYTES
                and self._add_nested(index, zf, info, rel, seen)
            ):
                continue
            self.entries.append(Entry(rel, info.file_size, ("zip", index, info)))

    def _add_nested(
        self, index: int, outer: zipfile.ZipFile, info: zipfile.ZipInfo, rel: str, seen: set[str]
    ) -> bool:
        """A zip inside the zip (one level deep): its files join the export under its name."""
        try:
            data = outer.open(info)
            # ZipFile needs a seekable file; the outer member stream is seekable in 3.11+
            inner = zipfile.ZipFile(data if data.seekable() else io.BytesIO(data.read()))
        except (zipfile.BadZipFile, OSError, RuntimeError, UnicodeDecodeError):
            self._warn(rel, "skipped: a zip inside the export that cannot be opened")
            return True
        self._nested[(index, info.filename)] = inner
        prefix = rel[: -len(".zip")]
        for sub in inner.infolist():
            if sub.is_dir():
                continue
            sub_rel = _safe_relpath(sub.filename)
            if sub_rel is None or sub.flag_bits & 0x1:
                self._warn(f"{rel}/{sub.filename}", "skipped: unsafe or encrypted entry")
                continue
            if sub.file_size > MAX_ENTRY_BYTES or (
                sub.file_size > 1_000_000 and sub.file_size > MAX_RATIO * max(sub.compress_size, 1)
            ):
                self._warn(f"{rel}/{sub_rel}", "skipped: implausible unpacked size (zip bomb?)")
                continue
            if sub_rel.lower().endswith(".zip"):
                self._warn(f"{rel}/{sub_rel}", "skipped: zips nested more than one level deep")
                continue
            path = f"{prefix}/{sub_rel}"
            if path in seen:
                continue
            seen.add(path)
            self.entries.append(Entry(path, sub.file_size, ("nested", index, info.filename, sub)))
        return True

    def _add_folder(self, root: Path) -> None:
        self.parts.append(root)
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames.sort()
            for fn in sorted(filenames):
                full = Path(dirpath) / fn
                rel = full.relative_to(root).as_posix()
                try:
                    st = full.lstat()
                except OSError:
                    self._warn(rel, "skipped: cannot be read")
                    continue
                if stat.S_ISLNK(st.st_mode):
                    self._warn(rel, "skipped: a symbolic link")
                    continue
                if not stat.S_ISREG(st.st_mode):
                    continue
                if fn.lower().endswith(".zip"):
                    self._add_folder_zip(full, rel)
                    continue
                self.entries.append(Entry(rel, st.st_size, ("fs", str(full))))
                if len(self.entries) >= MAX_ENTRIES:
                    self._warn(root.name, f"more than {MAX_ENTRIES} files; the rest were not read")
                    return

    def _add_folder_zip(self, full: Path, rel: str) -> None:
        """A zip inside an unpacked folder (such as a zipped WhatsApp chat): read it in place."""
        try:
            zf = zipfile.ZipFile(full)
        except (zipfile.BadZipFile, OSError, UnicodeDecodeError):
            self._warn(rel, "skipped: a zip file that cannot be opened")
            return
        index = len(self._zips)
        self._zips.append(zf)
        prefix = rel[: -len(".zip")]
        for info in zf.infolist():
            if info.is_dir():
                continue
            sub = _safe_relpath(info.filename)
            if sub is None or info.flag_bits & 0x1 or _zip_is_symlink(info):
                self._warn(f"{rel}/{info.filename}", "skipped: unsafe or encrypted entry")
                continue
            if info.file_size > MAX_ENTRY_BYTES or (
                info.file_size > 1_000_000
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                self._warn(f"{rel}/{sub}", "skipped: implausible unpacked size (zip bomb?)")
                continue
            self.entries.append(Entry(f"{prefix}/{sub}", info.file_size, ("zip", index, info)))


def open_export(path: Path, warn: Warn, extra_parts: list[Path] | None = None) -> Export:
    """Open `path` (zip, first of split zips, folder or single file) without changing it."""
    display = str(path)
    if not path.exists():
        raise ExportError(f"{path}: no such file or folder")
    export = Export(display, warn)
    try:
        if path.is_dir():
            export._add_folder(path)
        elif zipfile.is_zipfile(path):
            export._add_zip(path)
            for part in [*split_parts(path, warn), *(extra_parts or [])]:
                if part in export.parts:
                    continue
                try:
                    export._add_zip(part)
                except ExportError as exc:  # a damaged later part: read the others
                    warn(part.name, str(exc).removeprefix(f"{part}: "))
        elif path.suffix.lower() == ".zip":
            raise ExportError(f"{path}: not a readable zip file (damaged or incomplete?)")
        elif path.is_file():
            export.parts.append(path)
            export.entries.append(Entry(path.name, path.stat().st_size, ("fs", str(path))))
        else:
            raise ExportError(f"{path}: not a file or folder that can be read")
    except ExportError:
        export.close()
        raise
    except PermissionError:
        export.close()
        raise ExportError(f"{path}: permission denied") from None
    return export


def split_parts(first: Path, warn: Warn | None = None) -> list[Path]:
    """The other parts of a split download (`name-2.zip`, `name-3.zip`) beside `first`.

    A gap in the numbering (a part not downloaded) is reported through `warn`.
    """
    m = _SPLIT_PART.match(first.name)
    if not m:
        return []
    stem = m.group("stem")
    parts: list[tuple[int, Path]] = [(int(m.group("n")), first)]
    for sibling in first.parent.glob(f"{glob_escape(stem)}-*.zip"):
        sm = _SPLIT_PART.match(sibling.name)
        if sm and sm.group("stem") == stem and sibling != first:
            parts.append((int(sm.group("n")), sibling))
    parts.sort()
    if warn is not None and len(parts) > 1:
        numbers = {n for n, _ in parts}
        missing = [n for n in range(min(numbers), max(numbers) + 1) if n not in numbers]
        for n in missing:
            warn(
                f"{stem}-{n}.zip", "part of this split download is missing; its files were not read"
            )
    return [p for _, p in parts if p != first]


def glob_escape(s: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", s)


def _as_info(value: object) -> zipfile.ZipInfo | str:
    return value if isinstance(value, zipfile.ZipInfo) else str(value)


def _safe_relpath(name: str) -> str | None:
    """The entry's path if it stays inside the export; None for `..`, absolute or drive paths."""
    name = name.replace("\\", "/")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts):
        return None
    return "/".join(parts)


def _zip_is_symlink(info: zipfile.ZipInfo) -> bool:
    return (info.external_attr >> 16) & 0o170000 == 0o120000


def iter_entries(export: Export, predicate: Callable[[Entry], bool]) -> Iterator[Entry]:
    return (e for e in export.entries if predicate(e))
