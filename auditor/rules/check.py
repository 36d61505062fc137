"""Checks a rule pack or a school's override folder: `auditor rules --check DIR`.

Beyond the schema (which the loader checks), a rule must cite a clause the policy has, quote
that clause's own words, use only the placeholders its explanation can be given, and its
examples must behave: those under `match` produce a finding, those under `ok` do not.
Every problem names the file, the rule id and the field, never an example's text (a school's
examples may name its pupils).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from pathlib import Path

from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.profile.schema import SchoolProfile
from auditor.rules.clauses import Clause, load_clauses, normalise_words
from auditor.rules.examples import ExampleResult, run_examples
from auditor.rules.loader import RulePack, RuleProblem, default_pack_dir, load_rule_pack
from auditor.rules.schema import Rule

ITEM_PLACEHOLDERS = {"platform", "field", "kind", "evidence", "where", "date", "clause", "quote"}
ITEM_PLACEHOLDERS |= {"title", "item", "dated", "name", "others", "channels"}
REVIEW_PLACEHOLDERS = {"last_audit", "due", "days", "interval", "clause", "quote", "platform"}


@dataclass
class CheckReport:
    folder: Path
    pack: RulePack
    checked: list[str] = field(default_factory=list)  # ids of the rules whose examples ran
    problems: list[RuleProblem] = field(default_factory=list)
    examples_run: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _file(rule: Rule) -> str:
    return Path(rule.source).name if rule.source else "?"


def _placeholders(template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}
    except ValueError:
        return {"{"}  # an unbalanced brace: reported as an unknown placeholder


def rule_problems(rule: Rule, clauses: dict[str, Clause]) -> list[RuleProblem]:
    """What is wrong with one valid rule beyond its schema."""
    out: list[RuleProblem] = []

    def problem(where: str, message: str) -> None:
        out.append(RuleProblem(_file(rule), rule.id, f"{where}: {message}", where))

    for i, number in enumerate([rule.clause, *rule.also]):
        if number not in clauses:
            problem("clause" if i == 0 else f"also[{i - 1}]", f"the policy has no clause {number}")
    cited = [clauses[n] for n in [rule.clause, *rule.also] if n in clauses]
    if rule.doc.quote and cited:
        words = normalise_words(rule.doc.quote)
        if not any(words in normalise_words(p) for c in cited for p in c.paragraphs):
            numbers = ", ".join([rule.clause, *rule.also])
            problem("doc.quote", f"these are not the words of clause {numbers}")
    allowed = ITEM_PLACEHOLDERS if rule.trigger == "item" else REVIEW_PLACEHOLDERS
    unknown = _placeholders(rule.doc.explanation) - allowed
    if unknown:
        problem("doc.explanation", f"unknown placeholder(s) {sorted(unknown)}")
    if "{quote}" in rule.doc.explanation and not rule.doc.quote:
        problem("doc.quote", "the explanation quotes the clause but `quote` is empty")
    if rule.trigger == "item" and not rule.examples.match:
        problem("examples.match", "no example that must match")
    if rule.trigger == "item" and not rule.examples.ok:
        problem("examples.ok", "no example that must not match")
    return out


def example_problems(rule: Rule, results: list[ExampleResult]) -> list[RuleProblem]:
    return [RuleProblem(_file(rule), rule.id, r.describe(), r.where) for r in results if not r.ok]


# Changing these can change which items match; a reworded rule keeps its built-in examples'
# results (and they are written for the sample profile, not the school's).
_BEHAVIOUR = {"rule", "applies", "match", "examples"}


def _behaviour_changed(pack: RulePack, rule: Rule, is_base: bool) -> bool:
    return is_base or bool(pack.changes.get(rule.id, set()) & _BEHAVIOUR)


def check_folder(folder: Path, profile: SchoolProfile, base: Path | None = None) -> CheckReport:
    """Load `folder` as the rule pack itself (when it is the base pack) or as a school's
    overrides over the base pack, then check every rule it defines or changes."""
    base = base or default_pack_dir()
    is_base = folder.resolve() == base.resolve()
    pack = load_rule_pack(base) if is_base else load_rule_pack(base, overrides=[folder])
    report = CheckReport(folder=folder, pack=pack, problems=list(pack.problems))
    ids = {r.id for r in pack.rules} if is_base else pack.touched.get(str(folder), set())
    clauses = load_clauses([] if is_base else [folder])
    engine: DetectionEngine | None = None
    for rule in sorted((r for r in pack.rules if r.id in ids), key=lambda r: r.id):
        report.problems.extend(rule_problems(rule, clauses))
        if (
            not rule.enabled
            or rule.trigger != "item"
            or not _behaviour_changed(pack, rule, is_base)
        ):
            continue
        if engine is None:
            engine = DetectionEngine(DetectionContext.from_profile(profile))
        results = run_examples(rule, engine)
        report.examples_run += len(results)
        report.problems.extend(example_problems(rule, results))
        report.checked.append(rule.id)
    return report
