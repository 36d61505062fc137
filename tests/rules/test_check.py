"""`auditor rules --check` beyond the schema: clause, quote, placeholders, and examples of the
rules a school folder defines or whose behaviour it changes."""

from __future__ import annotations

from pathlib import Path

from auditor.profile.loader import load_profile
from auditor.rules.check import check_folder, rule_problems
from auditor.rules.clauses import bundled_clauses
from auditor.rules.loader import default_pack_dir, load_rule_pack
from tests.conftest import SAMPLE_PROFILE

PACK = load_rule_pack()
PROFILE = load_profile(SAMPLE_PROFILE)


def fields(problems: list) -> list[str]:  # type: ignore[type-arg]
    return [p.field for p in problems]


def test_wrong_clause_quote_and_placeholders_are_named_by_field() -> None:
    rule = PACK.get("SMP65-PUPIL-DISCUSSED")
    assert rule is not None
    bad = rule.model_copy(deep=True)
    bad.clause = "6.50"
    bad.also = ["6.5"]
    bad.doc.explanation = "This {platfrom} message names {evidence} and {pupil}."
    bad.doc.quote = "Adults may chat about pupils"
    got = rule_problems(bad, bundled_clauses())
    assert fields(got) == ["clause", "doc.quote", "doc.explanation"]
    assert "the policy has no clause 6.50" in got[0].message
    assert "['platfrom', 'pupil']" in got[2].message


def test_a_quote_from_a_related_clause_is_accepted() -> None:
    rule = PACK.get("SMP61-CONTACT-SHARED")  # clause 6.1, quotes 6.2 (in `also`)
    assert rule is not None
    assert rule_problems(rule, bundled_clauses()) == []
    alone = rule.model_copy(update={"also": []})
    assert fields(rule_problems(alone, bundled_clauses())) == ["doc.quote"]


def test_a_changed_match_runs_the_rules_examples(tmp_path: Path) -> None:
    d = tmp_path / "rules.d"
    d.mkdir()
    # Requiring a job title too breaks the rule's own first example (a bio naming the school
    # without a role): the check must say so.
    (d / "stricter.toml").write_text(
        '[override.SMP617-PROFILE-SCHOOL.match]\nall = ["job_title"]\n', "utf-8"
    )
    report = check_folder(d, PROFILE)
    assert report.checked == ["SMP617-PROFILE-SCHOOL"]
    assert "examples.match[1]" in fields(report.problems)
    assert all(p.rule == "SMP617-PROFILE-SCHOOL" for p in report.problems)


def test_a_reworded_or_disabled_rule_runs_no_examples(tmp_path: Path) -> None:
    d = tmp_path / "rules.d"
    d.mkdir()
    (d / "words.toml").write_text(
        'disable = ["SMP91-SCHOOL-GROUP"]\n[override.SMP613-DEROGATORY]\ntitle = "Unkind words"\n',
        "utf-8",
    )
    report = check_folder(d, PROFILE)
    assert report.ok and report.checked == [] and report.examples_run == 0


def test_checking_the_built_in_pack_checks_every_rule() -> None:
    report = check_folder(default_pack_dir(), PROFILE)
    assert set(report.checked) == {r.id for r in PACK.rules if r.trigger == "item"}
    assert report.examples_run == sum(
        len(r.examples.match) + len(r.examples.ok) for r in PACK.rules
    )
    # Only example results can fail here (the integrity of the pack is tested elsewhere).
    assert all(p.field.startswith("examples.") for p in report.problems)
