"""`auditor doctor`: what is installed and working, where state is kept, and that no network
component is active."""

from __future__ import annotations

import argparse
import json
import shutil
import sys

from auditor.cli.command import Command
from auditor.nlp.model import CANDIDATES, find_model
from auditor.sources.registry import all_readers

# The one package that opens connections (public-check, profile import URL). Other HTTP client
# code may sit in memory without connecting (spaCy's project CLI imports httpx and requests).
ONLINE_PACKAGE = "auditor.online"


def checks(model: str | None = None) -> dict[str, object]:
    info = find_model(model)
    platforms = sorted({r.platform for r in all_readers()})
    tesseract = shutil.which("tesseract")
    # The online features are imported only when run: not loaded here.
    online = ONLINE_PACKAGE in sys.modules
    return {
        "language_model": info.label if info else None,
        "language_model_note": (
            "statistical names and places on"
            if info
            else f"not installed ({' or '.join(CANDIDATES)}); running with rules only"
        ),
        "ocr": tesseract or None,
        "platforms": platforms,
        "network": "off: the audit opens no network connection; only 'public-check' and "
        "'profile import URL' go online, and only when you run them"
        if not online
        else "on: the online features are loaded in this process",
        "online_features_loaded": online,
    }


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.add_argument("--model", help="check this spaCy pipeline package instead of the default")


def run(args: argparse.Namespace) -> int:
    c = checks(args.model)
    if args.json:
        print(json.dumps(c, indent=2))
        return 0
    print("Staff Profile Auditor: doctor")
    print(f"  Language model:  {c['language_model'] or 'none'} ({c['language_model_note']})")
    print(
        f"  Text in images:  {'tesseract at ' + str(c['ocr']) if c['ocr'] else 'off (tesseract not installed)'}"
    )
    print(f"  Platforms read:  {', '.join(c['platforms'])}")  # type: ignore[arg-type]
    print(f"  Network:         {c['network']}")
    return 0


COMMAND = Command("doctor", "check what is installed and working", add_arguments, run, order=90)
