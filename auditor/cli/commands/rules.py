"""`auditor rules`: the active rules and where each comes from; `--check DIR` validates a pack.

auditor rules --profile school.toml        the rules a scan with this profile uses
                                           (the built-in pack and the school's rules.d/)
auditor rules --check rules.d --profile school.toml
                                           validate a school's folder and run its examples
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from auditor.cli.command import Command
from auditor.errors import AuditorError
from auditor.findings.build import PLATFORM_NAMES
from auditor.pipeline import default_overrides
from auditor.profile.loader import load_profile
from auditor.profile.schema import SchoolProfile
from auditor.rules.check import check_folder
from auditor.rules.clauses import clause_sort_key, load_clauses
from auditor.rules.loader import RulePack, default_pack_dir, load_rule_pack
from auditor.rules.schema import Rule

SAMPLE_PROFILE = Path(__file__).resolve().parents[3] / "fixtures" / "sample" / "school.toml"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--profile",
        type=Path,
        help="your school profile: its rules.d/ folder is applied (and with --check, its "
        "names are used to run the examples; default: the bundled sample profile)",
    )
    p.add_argument("--rules", type=Path, help="a rule pack folder instead of the built-in one")
    p.add_argument("--all", action="store_true", help="also list the rules that are disabled")
    p.add_argument(
        "--show", metavar="RULE-ID", help="explain one rule: its clause, what it checks, the steps"
    )
    p.add_argument(
        "--check",
        type=Path,
        metavar="DIR",
        help="validate a rule pack or a school's rules.d/ folder and run its examples; "
        "exits 1 when anything fails",
    )


def _line(rule: Rule, source: str) -> str:
    clause = rule.clause + (f" (+{', '.join(rule.also)})" if rule.also else "")
    return (
        f"  {rule.id:<26} {clause:<16} {rule.severity.value:<7} {rule.title}\n      from {source}"
    )


def _sorted(rules: list[Rule]) -> list[Rule]:
    return sorted(rules, key=lambda r: (clause_sort_key(r.clause), r.severity.rank, r.id))


def list_rules(pack: RulePack, show_all: bool, base: Path, overrides: list[Path]) -> int:
    print(f"Rule pack: {base}")
    for d in overrides:
        print(f"School adaptations: {d}")
    active = _sorted(pack.active)
    print(f"\nActive rules ({len(active)}):")
    for rule in active:
        print(_line(rule, pack.sources.get(rule.id, "?")))
    disabled = _sorted([r for r in pack.rules if not r.enabled])
    if disabled:
        print(f"\nDisabled rules ({len(disabled)}):")
        if show_all:
            for rule in disabled:
                print(_line(rule, pack.sources.get(rule.id, "?")))
        else:
            print("  " + ", ".join(r.id for r in disabled) + "  (--all for details)")
    for problem in pack.problems:
        print(f"auditor: warning: {problem}", file=sys.stderr)
    return 0


def show_rule(pack: RulePack, rule_id: str, overrides: list[Path]) -> int:
    rule = pack.get(rule_id.strip().upper())
    if rule is None:
        raise AuditorError(f"no rule {rule_id}; `auditor rules` lists them")
    clauses = load_clauses(overrides)
    state = "" if rule.enabled else " (disabled)"
    print(f"{rule.id}{state}: {rule.title}")
    print(f"Severity: {rule.severity.value}.  From {pack.sources.get(rule.id, '?')}")
    for number in [rule.clause, *rule.also]:
        clause = clauses.get(number)
        print(f"\nClause {number}: {clause.summary if clause else '(not in the policy data)'}")
    print(f"\nWhat it checks: {rule.doc.what}")
    print(f"\nWhy: {' '.join(rule.doc.why.split())}")
    print("\nWhat to do:")
    for platform, steps in rule.remediation.items():
        name = (
            "Other platforms" if platform == "default" else PLATFORM_NAMES.get(platform, platform)
        )
        print(f"  {name}:")
        for step in steps:
            print(f"    - {step}")
    return 0


def _check_profile(args: argparse.Namespace, folder: Path) -> SchoolProfile:
    if args.profile is not None:
        return load_profile(args.profile)
    beside = folder.resolve().parent / "school.toml"
    return load_profile(beside if beside.is_file() else SAMPLE_PROFILE)


def check(args: argparse.Namespace, base: Path) -> int:
    folder: Path = args.check
    if not folder.is_dir():
        raise AuditorError(f"{folder}: no such folder")
    profile = _check_profile(args, folder)
    report = check_folder(folder, profile, base)
    for problem in report.problems:
        print(str(problem))
    n = len(report.checked)
    verdict = "OK" if report.ok else f"{len(report.problems)} problem(s)"
    print(
        f"{folder}: {verdict}; {n} rule(s) checked with the profile of "
        f"{profile.school.name}, {report.examples_run} example(s) run"
    )
    return 0 if report.ok else 1


def run(args: argparse.Namespace) -> int:
    base: Path = args.rules or default_pack_dir()
    if args.check is not None:
        return check(args, base)
    profile = load_profile(args.profile, read_pupils=False) if args.profile else None
    overrides = default_overrides(profile) if profile else []
    pack = load_rule_pack(base, overrides)
    if args.show:
        return show_rule(pack, args.show, overrides)
    return list_rules(pack, args.all, base, overrides)


COMMAND = Command(
    "rules",
    "list the active rules and where they come from, or check a rule folder (--check)",
    add_arguments,
    run,
    order=30,
)
