"""Errors on data full of names: no pupil name, the user's name, an address or message text
reaches stderr, the warnings, or anything the tool writes besides the user's own report."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_cli

SECRETS = ["Zebedee Quackenbush", "Jane Smith", "14 Mill Lane", "BL3 2AB", "secret message text"]


def _poisoned_export(root: Path) -> Path:
    """An export whose every file is broken in a different way, and full of names."""
    prof = root / "personal_information" / "profile_information" / "profile_information.json"
    prof.parent.mkdir(parents=True)
    # Wrong types everywhere, names in keys and values.
    prof.write_text(
        json.dumps(
            {
                "profile_v2": {
                    "work_experiences": {"Zebedee Quackenbush": ["14 Mill Lane", 3]},
                    "Jane Smith": [{"BL3 2AB": None}],
                    "emails": ["secret message text"],
                    "phone_numbers": "Zebedee Quackenbush",
                }
            }
        )
    )
    posts = root / "your_facebook_activity" / "posts" / "your_posts_1.json"
    posts.parent.mkdir(parents=True)
    posts.write_text('[{"data": [{"post": "Zebedee Quackenbush secret message text 14 Mill Lane"')
    comments = root / "your_facebook_activity" / "posts" / "your_posts_2.json"
    comments.write_bytes(b"\xff\xfe" + "Zebedee Quackenbush".encode("utf-16-le")[:-1])
    return root


def test_no_names_in_errors_warnings_or_state(tmp_path: Path) -> None:
    export = _poisoned_export(tmp_path / "export")
    profile_dir = tmp_path / "profile"
    profile_dir.mkdir()
    (profile_dir / "pupils.txt").write_text("Zebedee Quackenbush\n")
    (profile_dir / "school.toml").write_text(
        '[school]\nname = "St Clement\'s CE Primary School"\n\n[you]\nname = "Jane Smith"\n'
        'home_address = "14 Mill Lane, Bolton"\nhome_postcode = "BL3 2AB"\n\n'
        '[pupils]\nnames_file = "pupils.txt"\n'
    )
    state = tmp_path / "state"
    proc = run_cli(
        "scan",
        export,
        "--profile",
        profile_dir / "school.toml",
        "--format",
        "json",
        env={"AUDITOR_STATE_DIR": str(state)},
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["warnings"], "the broken files should have been reported"
    said = proc.stderr + json.dumps(report["warnings"]) + json.dumps(report["summary"])
    for secret in SECRETS:
        assert secret not in said, f"{secret!r} leaked into errors or warnings"
    # Logs and other files the tool keeps for itself (not the user's database or checklist,
    # which are private copies of their own data) must not hold the values either.
    for path in state.rglob("*") if state.exists() else []:
        if path.is_file() and path.suffix in (".log", ".txt", ".crash"):
            text = path.read_text(errors="replace")
            for secret in SECRETS:
                assert secret not in text, f"{secret!r} written to {path.name}"
