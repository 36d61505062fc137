"""`auditor checklist`: your private to-do list from the audit history, in the format you want.

Without --output it writes into your private data folder (not the current folder) and says
where; `--output -` prints it instead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from auditor.cli.command import Command
from auditor.cli.output import write_private
from auditor.report.checklist import CHECKLIST_FORMATS, build_checklist, render_checklist
from auditor.report.checklist.ics import review_ics
from auditor.report.checklist.write import ICS_NAME, default_folder, write_checklist
from auditor.store.options import add_state_argument, open_store


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format", choices=sorted(CHECKLIST_FORMATS), default="html", help="default html"
    )
    p.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help="write here (0600); '-' prints it (default: your private data folder)",
    )
    add_state_argument(p)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        checklist = build_checklist(store)
        if args.output is not None and str(args.output) == "-":
            sys.stdout.write(render_checklist(checklist, args.format))
            return 0
        if args.output is not None:
            write_private(args.output, render_checklist(checklist, args.format))
            reminder = _reminder_path(args.output)
            write_private(reminder, review_ics(checklist.next_review, checklist.interval_days))
            store.record_written(args.output, "checklist")
            store.record_written(reminder, "review reminder")
            path = args.output
        else:
            written = write_checklist(
                checklist, default_folder(store.folder), formats=(args.format,)
            )
            path, reminder = written.checklist[args.format], written.reminder
    if checklist.last_audit is None:
        print("auditor: no audit recorded yet; run 'auditor scan' first.", file=sys.stderr)
    print(f"Your checklist: {path}")
    print(f"Review reminder for {checklist.next_review:%d %B %Y}: {reminder}")
    return 0


def _reminder_path(output: Path) -> Path:
    """`notes/checklist.html` -> `notes/checklist.ics` (beside it, named after it)."""
    if output.suffix.lower() == ".ics":
        return output.with_name(ICS_NAME)
    return output.with_suffix(".ics")


COMMAND = Command(
    "checklist", "write your private checklist of what to fix", add_arguments, run, order=20
)
