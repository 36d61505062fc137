"""Facebook downloads built for the store's tests, the way fixtures/build_sample_exports.py
builds the sample: real layout, Meta's mojibake, one profile file and one posts file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tests.conftest import FIXTURES

sys.path.insert(0, str(FIXTURES))
from build_sample_exports import ts, write_meta_json

SCHOOL = "St Clement's CE Primary School"

# Profile entries that name the school (each one a clause 6.17 finding) and one that does not.
Y4_TEACHER = {"employer": SCHOOL, "title": "Year 4 Teacher", "timestamp": ts(2019, 9, 2)}
TA = {"employer": SCHOOL, "title": "Teaching Assistant", "timestamp": ts(2017, 9, 2)}
SUPERVISOR = {"employer": "SCPS", "title": "Lunchtime supervisor", "timestamp": ts(2015, 9, 2)}
GOVERNOR = {"employer": SCHOOL, "title": "Staff governor", "timestamp": ts(2021, 9, 2)}
VOLUNTEER = {"employer": "Bolton Wanderers Supporters Trust", "title": "Volunteer"}
PUPIL_DAYS = {"name": SCHOOL, "school_type": "Primary", "timestamp": ts(1994, 7, 1)}


def facebook_export(
    root: Path, work: list[dict[str, Any]], education: list[dict[str, Any]] | None = None
) -> Path:
    profile = {
        "profile_v2": {
            "name": {"full_name": "Jane Smith", "first_name": "Jane", "last_name": "Smith"},
            "work_experiences": work,
            "education_experiences": education or [],
        }
    }
    write_meta_json(
        root / "personal_information" / "profile_information" / "profile_information.json",
        profile,
    )
    write_meta_json(
        root
        / "your_facebook_activity"
        / "posts"
        / "your_posts__check_ins__photos_and_videos_1.json",
        [
            {
                "timestamp": ts(2026, 9, 1, 19, 2),
                "data": [{"post": "Café Nero with the girls then a long walk on Winter Hill."}],
                "title": "Jane Smith updated her status.",
            }
        ],
    )
    return root


def large_facebook_export(root: Path, posts: int) -> Path:
    """Many ordinary posts (one in fifty names the school): a scan of it takes seconds."""
    words = "walk garden cake football holiday rain sunshine family concert recipe book film"
    vocab = words.split()
    start = ts(2020, 1, 1)
    data = []
    for i in range(posts):
        text = f"Post {i}: " + " ".join(vocab[(i * 7 + k) % len(vocab)] for k in range(12))
        if i % 50 == 0:
            text += f" at {SCHOOL}"
        data.append(
            {"timestamp": start + i * 3600, "data": [{"post": text}], "title": "Jane Smith."}
        )
    path = (
        root
        / "your_facebook_activity"
        / "posts"
        / "your_posts__check_ins__photos_and_videos_1.json"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), "utf-8")
    facebook_export_profile_only(root)
    return root


def facebook_export_profile_only(root: Path) -> None:
    write_meta_json(
        root / "personal_information" / "profile_information" / "profile_information.json",
        {"profile_v2": {"name": {"full_name": "Jane Smith"}, "work_experiences": [Y4_TEACHER]}},
    )
