"""`auditor decide`: record what you did about a finding, or tick a privacy setting checked.

auditor decide ID fixed | not-a-problem | open
auditor decide ID permitted --note "Headteacher agreed: my nephew, 6.7"
auditor decide ID --undo
auditor decide --setting facebook.past-posts [--undo]
"""

from __future__ import annotations

import argparse

from auditor.cli.command import Command
from auditor.errors import AuditorError
from auditor.report.checklist.data import all_setting_checks, find_setting_check
from auditor.report.checklist.write import refresh_checklist
from auditor.store.models import Decision
from auditor.store.options import add_state_argument, open_store

CHOICES = {d.value.replace("_", "-"): d for d in Decision}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("finding", nargs="?", metavar="ID", help="the finding's id (or its start)")
    p.add_argument(
        "decision",
        nargs="?",
        choices=sorted(CHOICES),
        help="fixed, not-a-problem, permitted (needs --note) or open (undecided again)",
    )
    p.add_argument("--note", default="", help="why; who permitted it (kept in the history)")
    p.add_argument("--undo", action="store_true", help="withdraw the latest decision")
    p.add_argument(
        "--setting",
        metavar="KEY",
        help="tick a privacy setting as checked, e.g. facebook.past-posts (see the checklist)",
    )
    add_state_argument(p)


def run(args: argparse.Namespace) -> int:
    if args.setting:
        return _setting(args)
    if not args.finding:
        raise AuditorError("give a finding id (see the checklist) or --setting KEY")
    with open_store(args) as store:
        if args.undo:
            now = store.undo(args.finding)
            refresh_checklist(store)
            state = now.decision.label if now else Decision.OPEN.label
            print(f"Undone. {store.resolve_id(args.finding)} is now: {state}.")
            return 0
        if not args.decision:
            raise AuditorError("say what you decided: fixed, not-a-problem, permitted or open")
        record = store.decide(args.finding, CHOICES[args.decision], args.note)
        refresh_checklist(store)
    note = f" ({record.note})" if record.note else ""
    print(f"{record.finding_id}: {record.decision.label}{note}. Undo with --undo.")
    return 0


def _setting(args: argparse.Namespace) -> int:
    check = find_setting_check(args.setting)
    if check is None:
        known = ", ".join(c.key for c in all_setting_checks()[:6])
        raise AuditorError(
            f"no privacy setting {args.setting!r}; the checklist names them (e.g. {known} …)"
        )
    with open_store(args) as store:
        store.set_setting_checked(check.platform, check.id, checked=not args.undo)
        refresh_checklist(store)
    state = "not checked" if args.undo else "checked"
    print(f"{check.key} ({check.title}): {state}.")
    return 0


COMMAND = Command(
    "decide",
    "mark a finding fixed, not a problem or permitted; tick a setting",
    add_arguments,
    run,
    order=40,
)
