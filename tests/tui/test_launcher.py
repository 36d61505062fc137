"""`auditor` / `auditor tui`: the options, and a start-up path that loads nothing heavy
(spaCy, the pipeline, the other commands) before the first frame."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from auditor.cli.main import _opens_the_app, build_parser
from tests.conftest import ROOT


def test_which_command_lines_open_the_app() -> None:
    assert _opens_the_app([])
    assert _opens_the_app(["tui", "--profile", "school.toml"])
    assert _opens_the_app(["--state", "/tmp/x"])
    assert not _opens_the_app(["--state", "/tmp/x", "history"])
    assert not _opens_the_app(["scan", "export.zip", "--profile", "p.toml"])
    assert not _opens_the_app(["--help"])
    assert not _opens_the_app(["--debug", "profile", "show"])  # a command in profile_cmd.py
    assert _opens_the_app(["--debug", "--state=/tmp/x"])


def test_tui_options_and_the_top_level_state(tmp_path: Path) -> None:
    parser = build_parser("tui")
    args = parser.parse_args(
        ["tui", "--profile", "p.toml", "--state", str(tmp_path), "--theme", "high-contrast"]
    )
    assert (args.profile, args.state, args.theme) == (Path("p.toml"), tmp_path, "high-contrast")
    assert parser.parse_args(["--state", str(tmp_path)]).top_state == str(tmp_path)


def test_the_start_up_path_imports_nothing_heavy() -> None:
    code = (
        "import sys\n"
        "from auditor.cli.main import build_parser\n"
        "build_parser('tui')\n"
        "import tui.app\n"
        "heavy = ['spacy', 'thinc', 'cv2', 'numpy', 'auditor.pipeline', 'auditor.store.recorder',"
        " 'tui.screens.findings', 'auditor.cli.commands.scan']\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == ""
