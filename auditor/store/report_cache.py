"""Whole results of an unchanged download: the same files, audited the same way, are not read
and analysed again; the results of the audit that last read them are used.

"The same way" is everything the results depend on: each download's files (names, sizes,
modification times), the profile and pupil list, the rule pack, the detectors, the language
model, the auditor's own code (its files' sizes and times, so a development build is never
stale), and whether OCR and face detection are available. Any change is a miss, and the audit
runs in full (still sparing unchanged items through the text and media caches).

Pupil names are not stored here either: sensitive evidence is kept without its text and takes
it back from the item's own text when the results are used.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import auditor
from auditor import __version__
from auditor.models.report import ScanReport
from auditor.store.redact import mask_name

_CODE_SUFFIXES = {".py", ".toml", ".txt", ".tsv", ".json", ".csv"}


@cache
def code_fingerprint() -> str:
    """Changes whenever a file of the installed auditor package changes."""
    h = hashlib.sha256(__version__.encode())
    root = Path(auditor.__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.suffix in _CODE_SUFFIXES and "__pycache__" not in path.parts:
            try:
                st = path.stat()
            except OSError:
                continue
            h.update(f"{path.relative_to(root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:24]


def environment() -> str:
    """Optional signals whose presence changes results (OCR, face detection)."""
    return json.dumps(
        {
            "tesseract": shutil.which("tesseract") is not None,
            "tesserocr": importlib.util.find_spec("tesserocr") is not None,
            "opencv": importlib.util.find_spec("cv2") is not None,
        },
        sort_keys=True,
    )


def report_key(
    export_fingerprints: list[str],
    profile_fingerprint: str,
    rules_version: str,
    detector_version: str,
    model: str,
) -> str:
    parts = [
        *sorted(export_fingerprints),
        profile_fingerprint,
        rules_version,
        detector_version,
        model,
        code_fingerprint(),
        environment(),
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def dump_report(report: ScanReport) -> str:
    data = report.model_dump(mode="json")
    for f in data["findings"]:
        text = f["item"].get("text") or ""
        for e in f["evidence"]:
            if not e.get("sensitive"):
                continue
            if e["end"] > e["start"] and text[e["start"] : e["end"]] == e["text"]:
                e["text"] = None  # taken back from the item's text when used
            else:
                e["text"] = mask_name(e["text"])  # not in the text: kept masked only
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def load_report(stored: str) -> ScanReport:
    data: dict[str, Any] = json.loads(stored)
    for f in data["findings"]:
        text = f["item"].get("text") or ""
        for e in f["evidence"]:
            if e.get("text") is None:
                e["text"] = text[e["start"] : e["end"]]
    return ScanReport.model_validate(data)
