"""The loader: broken rule files are reported with file, rule id and field, and the rest load;
a school's `rules.d/` disables, changes and adds rules without touching the shipped pack."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from auditor.models.finding import Severity
from auditor.rules.loader import default_pack_dir, load_rule_pack

PACK_DIR = default_pack_dir()

GOOD_RULE = """
id = "SCH-TEST-RULE"
clause = "6.15"
title = "A post that names the school"
severity = "low"

[applies]
kinds = ["post"]

[match]
any = ["school_name"]

[doc]
what = "A post naming the school."
quote = "Adults must not represent their personal views on any social media forum as being in any way linked to the school"
why = "Clause 6.15."
explanation = "Your {platform} post names the school."

[remediation]
default = ["Edit the post."]

[[examples.match]]
kind = "post"
text = "Christmas fair at St Clement's CE Primary School"

[[examples.ok]]
kind = "post"
text = "Christmas fair at the village hall"
"""


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "rules"
    shutil.copytree(PACK_DIR, dest)
    return dest


def problems_by_file(pack_dir: Path, overrides: list[Path] | None = None) -> dict[str, list[str]]:
    pack = load_rule_pack(pack_dir, overrides)
    out: dict[str, list[str]] = {}
    for p in pack.problems:
        out.setdefault(p.file, []).append(str(p))
    return out


def test_the_shipped_pack_loads_without_problems() -> None:
    pack = load_rule_pack()
    assert pack.problems == []
    assert all(src.startswith("built-in (") for src in pack.sources.values())


def test_a_broken_rule_file_is_reported_with_file_rule_and_field(pack_copy: Path) -> None:
    bad = (pack_copy / "SMP616-SCHOOL-PHOTO.toml").read_text("utf-8")
    bad = bad.replace('severity = "medium"', 'severity = "urgent"')
    bad = bad.replace('any = ["school_name", "location_near_school"]', 'any = ["school_nme"]')
    (pack_copy / "SMP616-SCHOOL-PHOTO.toml").write_text(bad, "utf-8")
    pack = load_rule_pack(pack_copy)
    problems = [p for p in pack.problems if p.file == "SMP616-SCHOOL-PHOTO.toml"]
    assert {p.rule for p in problems} == {"SMP616-SCHOOL-PHOTO"}
    assert {p.field for p in problems} == {"severity", "match.any[0][0]"}
    text = "\n".join(map(str, problems))
    assert "SMP616-SCHOOL-PHOTO.toml: rule SMP616-SCHOOL-PHOTO: severity:" in text
    assert "match.any[0][0]:" in text
    # Every other rule still loads.
    assert pack.get("SMP616-SCHOOL-PHOTO") is None
    assert len(pack.rules) == len(load_rule_pack().rules) - 1


def test_invalid_toml_and_a_missing_id_are_reported_by_file(pack_copy: Path) -> None:
    (pack_copy / "BROKEN.toml").write_text('id = "X-Y"\ntitle = "unterminated\n', "utf-8")
    (pack_copy / "NO-ID.toml").write_text(GOOD_RULE.replace('id = "SCH-TEST-RULE"', ""), "utf-8")
    (pack_copy / "LATIN1.toml").write_bytes('title = "caf\u00e9"'.encode("latin-1"))
    found = problems_by_file(pack_copy)
    assert "not valid TOML" in found["BROKEN.toml"][0]
    assert found["NO-ID.toml"] == ["NO-ID.toml: rule NO-ID: id: Field required"]
    assert "not UTF-8" in found["LATIN1.toml"][0]
    assert len(load_rule_pack(pack_copy).rules) == len(load_rule_pack().rules)


def test_an_item_rule_without_match_and_a_review_rule_with_kinds_are_refused(
    pack_copy: Path,
) -> None:
    no_match = GOOD_RULE.replace('[match]\nany = ["school_name"]\n', "")
    (pack_copy / "SCH-TEST-RULE.toml").write_text(no_match, "utf-8")
    review = (pack_copy / "SMP54-REVIEW-DUE.toml").read_text("utf-8")
    (pack_copy / "SMP54-REVIEW-DUE.toml").write_text(
        review.replace("kinds = []", 'kinds = ["post"]'), "utf-8"
    )
    found = problems_by_file(pack_copy)
    assert "needs a [match] section" in found["SCH-TEST-RULE.toml"][0]
    assert "applies to no items" in found["SMP54-REVIEW-DUE.toml"][0]


def test_two_files_with_one_id_are_reported(pack_copy: Path) -> None:
    shutil.copy(pack_copy / "SMP91-SCHOOL-GROUP.toml", pack_copy / "SMP91-COPY.toml")
    pack = load_rule_pack(pack_copy)
    [problem] = pack.problems
    assert (problem.file, problem.rule, problem.field) == (
        "SMP91-SCHOOL-GROUP.toml",
        "SMP91-SCHOOL-GROUP",
        "id",
    )
    assert "SMP91-COPY.toml" in problem.message


def write_school_folder(d: Path) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    (d / "adapt.toml").write_text(
        """
disable = ["SMP617-PROFILE-ROLE"]

[override.SMP617-PROFILE-SCHOOL]
severity = "medium"
title = "Your profile says where you work"
doc.explanation = "Your {platform} profile names our school. Please remove it (policy 6.17)."
remediation.facebook = ["Ask the school office for help if you cannot find the setting."]
""",
        "utf-8",
    )
    (d / "SCH-TEST-RULE.toml").write_text(GOOD_RULE, "utf-8")
    return d


def test_a_school_folder_disables_rewords_and_adds(tmp_path: Path) -> None:
    school = write_school_folder(tmp_path / "rules.d")
    pack = load_rule_pack(overrides=[school])
    assert pack.problems == []
    role, named, added = (
        pack.get("SMP617-PROFILE-ROLE"),
        pack.get("SMP617-PROFILE-SCHOOL"),
        pack.get("SCH-TEST-RULE"),
    )
    assert role is not None and not role.enabled
    assert role not in pack.active
    assert named is not None and named.severity == Severity.MEDIUM
    assert named.title == "Your profile says where you work"
    assert named.doc.explanation.startswith("Your {platform} profile names our school")
    # Unchanged parts of the table survive the change.
    assert named.doc.quote and named.remediation["instagram"]
    assert named.steps_for("facebook") == [
        "Ask the school office for help if you cannot find the setting."
    ]
    # The school's Facebook steps stand for every kind of item on Facebook; the pack's steps
    # per kind stay on the other platforms.
    assert named.steps_for("facebook", "profile_field") == named.steps_for("facebook")
    assert "facebook.profile_field" not in named.remediation
    assert named.remediation["linkedin.profile_field"]
    assert added is not None and added in pack.active
    assert pack.sources["SMP617-PROFILE-ROLE"].endswith("disabled by adapt.toml")
    assert pack.sources["SMP617-PROFILE-SCHOOL"].endswith("changed by adapt.toml")
    assert pack.sources["SCH-TEST-RULE"] == "school (SCH-TEST-RULE.toml)"
    assert pack.touched[str(school)] == {
        "SMP617-PROFILE-ROLE",
        "SMP617-PROFILE-SCHOOL",
        "SCH-TEST-RULE",
    }
    assert pack.version != load_rule_pack().version
    # The shipped pack is untouched.
    assert load_rule_pack().get("SMP617-PROFILE-SCHOOL").severity == Severity.HIGH  # type: ignore[union-attr]


def test_a_school_rule_with_a_builtin_id_replaces_it(tmp_path: Path) -> None:
    d = tmp_path / "rules.d"
    d.mkdir()
    (d / "mine.toml").write_text(GOOD_RULE.replace("SCH-TEST-RULE", "SMP91-SCHOOL-GROUP"), "utf-8")
    pack = load_rule_pack(overrides=[d])
    rule = pack.get("SMP91-SCHOOL-GROUP")
    assert rule is not None and rule.clause == "6.15"
    assert pack.sources["SMP91-SCHOOL-GROUP"] == "school (mine.toml), replacing the built-in rule"
    assert len([r for r in pack.rules if r.id == "SMP91-SCHOOL-GROUP"]) == 1


def test_bad_school_files_are_reported_and_the_rest_still_apply(tmp_path: Path) -> None:
    d = write_school_folder(tmp_path / "rules.d")
    (d / "typos.toml").write_text(
        """
disable = ["SMP999-NOPE", "SMP91-SCHOOL-GROUP"]
colour = "blue"

[override.SMP613-DEROGATORY]
severity = "catastrophic"

[override.SMP620-CONFIDENTIAL]
id = "SMP620-RENAMED"

[override.SMP000-MISSING]
title = "x"
""",
        "utf-8",
    )
    (d / "string_disable.toml").write_text('disable = "SMP61-CONTACT-SHARED"\n', "utf-8")
    (d / "_policy.toml").write_text("this is not a rule file", "utf-8")
    pack = load_rule_pack(overrides=[d])
    got = {(p.file, p.rule, p.field) for p in pack.problems}
    assert got == {
        ("typos.toml", "typos", "colour"),
        ("typos.toml", "SMP999-NOPE", "disable[0]"),
        ("typos.toml", "SMP613-DEROGATORY", "severity"),
        ("typos.toml", "SMP620-CONFIDENTIAL", "id"),
        ("typos.toml", "SMP000-MISSING", "override.SMP000-MISSING"),
    }
    # What could be applied was applied; what could not left the built-in rule as it was.
    assert not pack.get("SMP91-SCHOOL-GROUP").enabled  # type: ignore[union-attr]
    assert not pack.get("SMP61-CONTACT-SHARED").enabled  # type: ignore[union-attr]
    assert pack.get("SMP613-DEROGATORY").severity == Severity.HIGH  # type: ignore[union-attr]
    assert pack.get("SCH-TEST-RULE") is not None
    assert not pack.get("SMP617-PROFILE-ROLE").enabled  # type: ignore[union-attr]


def test_a_missing_pack_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    pack = load_rule_pack(tmp_path / "nowhere")
    assert pack.rules == []
    assert "does not exist" in pack.problems[0].message


def test_a_schools_steps_for_one_kind_stand_beside_its_platform_steps(tmp_path: Path) -> None:
    school = tmp_path / "rules.d"
    school.mkdir()
    (school / "adapt.toml").write_text(
        """
[override.SMP620-PUPIL-NAMED.remediation]
facebook = ["Ask the office."]
"facebook.comment" = ["Delete the comment."]
"instagram.post" = ["Delete the post."]
""",
        "utf-8",
    )
    pack = load_rule_pack(overrides=[school])
    assert pack.problems == []
    rule = pack.get("SMP620-PUPIL-NAMED")
    assert rule is not None
    assert rule.steps_for("facebook", "post") == ["Ask the office."]
    assert rule.steps_for("facebook", "comment") == ["Delete the comment."]
    assert rule.steps_for("instagram", "post") == ["Delete the post."]
    assert rule.steps_for("instagram", "comment") == rule.remediation["instagram.comment"]
