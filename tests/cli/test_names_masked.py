"""The text and Markdown reports mask pupils' names, in quotes and in file names, unless the
user asks with --show-names; the JSON keeps the exact text (the scripting contract)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SAMPLE_PROFILE
from tests.helpers import run_cli

CHAT = """\
12/05/2026, 18:02 - Olivia Hussain: hi miss its olivia from year 4 can i bring my recorder tmrw
12/05/2026, 18:05 - Jane Smith: Yes Olivia, and remember your reading book
"""


def _scan(tmp_path: Path, *args: str) -> str:
    chat = tmp_path / "WhatsApp Chat with Olivia Hussain.txt"
    chat.write_text(CHAT, "utf-8")
    proc = run_cli("scan", chat, "--profile", SAMPLE_PROFILE, "--no-store", *args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_text_and_markdown_mask_pupils_in_quotes_and_file_names(tmp_path: Path) -> None:
    for fmt in ("text", "markdown"):
        out = _scan(tmp_path, "--format", fmt)
        assert "6.7" in out
        assert "Olivia" not in out and "Hussain" not in out and "olivia" not in out.casefold()
        assert "WhatsApp Chat with O••••a H•••••n.txt" in out


def test_show_names_shows_them_and_json_keeps_the_exact_text(tmp_path: Path) -> None:
    out = _scan(tmp_path, "--show-names")
    assert "WhatsApp Chat with Olivia Hussain.txt" in out
    data = json.loads(_scan(tmp_path, "--format", "json"))
    (thread,) = [f for f in data["findings"] if f["rule"] == "SMP67-PUPIL-THREAD"]
    assert thread["item"]["source"] == "WhatsApp Chat with Olivia Hussain.txt"


def test_help_says_which_formats_mask_names() -> None:
    help_text = " ".join(run_cli("scan", "--help").stdout.split())
    assert "mask pupils' names" in help_text and "--show-names" in help_text
    assert "json keeps every text exactly" in help_text
