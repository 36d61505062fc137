"""A school adapts the pack with `rules.d/` beside its profile: one rule disabled, one reworded,
one added; checked through the real CLI (`auditor scan`, `auditor rules`, `rules --check`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.rules.test_loader import GOOD_RULE, write_school_folder


def write_export(root: Path) -> Path:
    """A small Facebook download: a work entry naming the school, a bio giving the role, and
    a post naming the school."""
    profile = root / "personal_information" / "profile_information" / "profile_information.json"
    profile.parent.mkdir(parents=True)
    profile.write_text(
        json.dumps(
            {
                "profile_v2": {
                    "name": {"full_name": "Jane Smith"},
                    "intro_bio": "Year 4 teacher. Tea, books and fells.",
                    "work_experiences": [
                        {"employer": "St Clement's CE Primary School", "title": "Teacher"}
                    ],
                }
            }
        ),
        "utf-8",
    )
    posts = (
        root
        / "your_facebook_activity"
        / "posts"
        / "your_posts__check_ins__photos_and_videos_1.json"
    )
    posts.parent.mkdir(parents=True)
    posts.write_text(
        json.dumps(
            [
                {
                    "timestamp": 1765000000,
                    "data": [{"post": "Christmas fair at St Clement's CE Primary School today!"}],
                }
            ]
        ),
        "utf-8",
    )
    return root


def scan(export: Path, profile: Path) -> list[dict]:  # type: ignore[type-arg]
    proc = run_cli("scan", export, "--profile", profile, "--format", "json", "--model", "none")
    assert proc.returncode == 0, proc.stderr
    findings: list[dict] = json.loads(proc.stdout)["findings"]  # type: ignore[type-arg]
    return findings


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_export(tmp_path / "facebook-jane-20261201")


def test_scan_with_and_without_the_schools_folder(sample_profile: Path, export: Path) -> None:
    before = {f["rule"]: f for f in scan(export, sample_profile)}
    assert {"SMP617-PROFILE-SCHOOL", "SMP617-PROFILE-ROLE"} <= set(before)
    assert "SCH-TEST-RULE" not in before
    assert before["SMP617-PROFILE-SCHOOL"]["severity"] == "high"

    write_school_folder(sample_profile.parent / "rules.d")
    after = {f["rule"]: f for f in scan(export, sample_profile)}
    assert "SMP617-PROFILE-ROLE" not in after  # disabled
    named = after["SMP617-PROFILE-SCHOOL"]  # reworded
    assert named["severity"] == "medium"
    assert named["title"] == "Your profile says where you work"
    assert named["explanation"] == (
        "Your Facebook profile names our school. Please remove it (policy 6.17)."
    )
    assert named["remediation_steps"] == [
        "Ask the school office for help if you cannot find the setting."
    ]
    assert named["id"] == before["SMP617-PROFILE-SCHOOL"]["id"]  # same problem, same id
    added = after["SCH-TEST-RULE"]  # added
    assert added["clause"] == "6.15" and "Christmas fair" in added["item"]["text"]


def test_auditor_rules_lists_the_active_rules_with_their_source(sample_profile: Path) -> None:
    write_school_folder(sample_profile.parent / "rules.d")
    proc = run_cli("rules", "--profile", sample_profile)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert f"School adaptations: {sample_profile.parent / 'rules.d'}" in out
    active = out.split("Active rules")[1].split("Disabled rules")[0]
    assert "SCH-TEST-RULE" in active and "from school (SCH-TEST-RULE.toml)" in active
    assert "Your profile says where you work" in active
    assert "changed by adapt.toml" in active
    assert "SMP617-PROFILE-ROLE" not in active
    assert "SMP617-PROFILE-ROLE" in out.split("Disabled rules")[1]
    assert proc.stderr == ""

    listed = run_cli("rules", "--profile", sample_profile, "--all").stdout
    assert "disabled by adapt.toml" in listed


def test_rules_check_passes_a_good_school_folder(sample_profile: Path) -> None:
    folder = write_school_folder(sample_profile.parent / "rules.d")
    proc = run_cli("rules", "--check", folder)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "OK; 1 rule(s) checked" in proc.stdout  # the added rule; a reworded one keeps its own
    assert "2 example(s) run" in proc.stdout


def test_rules_check_reports_file_rule_and_field_and_exits_1(sample_profile: Path) -> None:
    folder = write_school_folder(sample_profile.parent / "rules.d")
    (folder / "broken.toml").write_text(
        GOOD_RULE.replace("SCH-TEST-RULE", "SCH-BROKEN").replace(
            'severity = "low"', "severity = 3"
        ),
        "utf-8",
    )
    wrong = GOOD_RULE.replace("SCH-TEST-RULE", "SCH-WRONG")
    wrong = wrong.replace('text = "Christmas fair at the village hall"', 'text = "Fair at SCPS"')
    wrong = wrong.replace('quote = "Adults must not', 'quote = "Adults may')
    wrong = wrong.replace('clause = "6.15"', 'clause = "6.15"\nalso = ["6.99"]')
    (folder / "wrong.toml").write_text(wrong, "utf-8")
    proc = run_cli("rules", "--check", folder)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert (
        "broken.toml: rule SCH-BROKEN: severity: Input should be 'high', 'medium' or 'low'" in lines
    )
    assert "wrong.toml: rule SCH-WRONG: also[0]: the policy has no clause 6.99" in lines
    assert any(
        line.startswith("wrong.toml: rule SCH-WRONG: doc.quote: these are not the words")
        for line in lines
    )
    assert "wrong.toml: rule SCH-WRONG: examples.ok[0]: should not match but did" in lines
    assert "SCPS" not in proc.stdout  # an example's text is never printed (it may name pupils)
    assert lines[-1].endswith(
        "4 problem(s); 2 rule(s) checked with the profile of St Clement's CE Primary School, 4 example(s) run"
    )


def test_rules_check_of_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    proc = run_cli("rules", "--check", tmp_path / "nope")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"auditor: {tmp_path / 'nope'}: no such folder"


def test_rules_show_explains_a_rule_as_the_school_changed_it(sample_profile: Path) -> None:
    write_school_folder(sample_profile.parent / "rules.d")
    proc = run_cli("rules", "--profile", sample_profile, "--show", "smp617-profile-school")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("SMP617-PROFILE-SCHOOL: Your profile says where you work\n")
    assert "Severity: medium." in out and "changed by adapt.toml" in out
    assert "Clause 6.17: Don't put anything in your profile" in out
    assert "  Facebook:\n    - Ask the school office for help" in out
    assert "  Other platforms:\n" in out
    missing = run_cli("rules", "--show", "SMP999-NONE")
    assert missing.returncode == 2 and "no rule SMP999-NONE" in missing.stderr
