"""`auditor wipe`: delete everything the tool has written (asks first; --yes for scripts)."""

from __future__ import annotations

import argparse
import sys

from auditor.cli.command import Command
from auditor.store.lock import StateLock
from auditor.store.options import add_state_argument
from auditor.store.paths import LOCK_NAME, state_dir
from auditor.store.wipe import describe, plan_wipe, wipe


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    add_state_argument(p)


def run(args: argparse.Namespace) -> int:
    folder = state_dir(args.state)
    plan = plan_wipe(args.state)
    if plan.empty:
        print(f"Nothing to remove: the auditor has written nothing in {folder}.")
        return 0
    print("This removes your audit history, decisions, caches and checklists:")
    for line in describe(plan):
        print(f"  {line}")
    if not args.yes:
        if not sys.stdin.isatty():
            print("auditor: not removed; add --yes to confirm without a question.", file=sys.stderr)
            return 1
        answer = input("Remove all of this? Type 'yes' to confirm: ").strip().lower()
        if answer not in ("yes", "y"):
            print("Nothing was removed.")
            return 1
    lock = StateLock(folder / LOCK_NAME)
    if folder.is_dir():
        lock.acquire_or_fail(0.0, "recording an audit")
    try:
        removed = wipe(plan)
    finally:
        lock.release()
    print("Removed:")
    for line in removed:
        print(f"  {line}")
    return 0


COMMAND = Command("wipe", "delete everything the auditor has written", add_arguments, run, order=80)
