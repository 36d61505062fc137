"""The clause data is the policy's own words, and every shipped rule cites and quotes it right."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.models.item import ItemKind
from auditor.rules.check import rule_problems
from auditor.rules.clauses import bundled_clauses, load_clauses, normalise_words
from auditor.rules.loader import load_rule_pack
from auditor.rules.schema import Rule
from tests.conftest import SHARED

POLICY = SHARED / "policy" / "social-media-policy.txt"
PACK = load_rule_pack()
CLAUSES = bundled_clauses()


@pytest.fixture(scope="module")
def policy_words() -> str:
    if not POLICY.is_file():
        pytest.skip("the shared policy text is not beside the project")
    return normalise_words(POLICY.read_text("utf-8"))


def test_every_numbered_clause_of_the_policy_is_there() -> None:
    # Sections 1-13: 65 distinct numbers; 6.7 and 6.8 are printed twice in the policy.
    assert len(CLAUSES) == 65
    for number in ("5.1", "5.2", "5.4", "6.1", "6.5", "6.13", "6.16", "6.17", "6.20", "9.1"):
        assert CLAUSES[number].summary and CLAUSES[number].paragraphs
    assert len(CLAUSES["6.7"].paragraphs) == 2
    assert CLAUSES["6.7"].paragraphs[1].startswith("Adults must never connect to")
    assert CLAUSES["6.16"].section == "Responsibilities when using social media"


def test_clause_words_are_the_policys_exact_words(policy_words: str) -> None:
    for clause in CLAUSES.values():
        for paragraph in clause.paragraphs:
            assert normalise_words(paragraph) in policy_words, clause.number


def test_summaries_are_one_plain_line() -> None:
    for clause in CLAUSES.values():
        assert "\n" not in clause.summary and 10 < len(clause.summary) < 160, clause.number


@pytest.mark.parametrize("rule", PACK.rules, ids=lambda r: r.id)
def test_rule_cites_an_existing_clause_and_quotes_its_words(rule: Rule) -> None:
    assert rule.doc.quote, f"{rule.id} quotes no words of its clause"
    assert rule_problems(rule, CLAUSES) == []


@pytest.mark.parametrize("rule", PACK.rules, ids=lambda r: r.id)
def test_rule_file_is_named_after_its_id_and_gives_every_platforms_steps(rule: Rule) -> None:
    assert Path(rule.source).stem == rule.id
    if rule.trigger == "item":
        kinds = rule.applies.kinds or list(ItemKind)
        for platform in ("facebook", "instagram", "x", "linkedin", "tiktok", "whatsapp"):
            for kind in kinds:
                steps = rule.steps_for(platform, kind.value)
                assert steps is not rule.remediation["default"], (
                    f"{rule.id}: no steps for a {kind.value} on {platform}"
                )


def test_rules_that_need_the_headteacher_say_so() -> None:
    for rule_id in ("SMP67-PUPIL-CONNECTION", "SMP67-PUPIL-THREAD", "SMP65-PUPIL-DISCUSSED"):
        rule = PACK.get(rule_id)
        assert rule is not None
        assert any("Headteacher" in step for step in rule.remediation["default"]), rule_id


def test_the_issue_clauses_all_have_a_rule() -> None:
    cited = {r.clause for r in PACK.rules} | {c for r in PACK.rules for c in r.also}
    wanted = {"6.17", "6.16", "5.1", "5.2", "6.7", "6.5", "6.1", "9.1", "6.13", "6.14"}
    assert wanted | {"6.20", "6.21", "5.4"} <= cited


def test_a_school_policy_file_replaces_clause_words(tmp_path: Path) -> None:
    (tmp_path / "_policy.toml").write_text(
        '[sections]\n"6" = "Staff conduct online"\n'
        '[clauses."6.25"]\nsummary = "No selfies in class."\ntext = ["Staff must not post selfies taken in class."]\n',
        "utf-8",
    )
    clauses = load_clauses([tmp_path])
    assert clauses["6.25"].summary == "No selfies in class."
    assert clauses["6.16"] == CLAUSES["6.16"]
    assert list(clauses).index("6.25") == list(clauses).index("6.24") + 1


def test_a_broken_school_policy_file_leaves_the_bundled_words(tmp_path: Path) -> None:
    (tmp_path / "_policy.toml").write_text("[clauses.\n", "utf-8")
    assert load_clauses([tmp_path]) == load_clauses()
