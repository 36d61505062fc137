"""`auditor scan`'s use of the store: record the audit, write the checklist, say where.

Kept out of the scan command so that the command stays a thin layer over `run_scan`.
"""

from __future__ import annotations

import argparse
import sys

from auditor.models.report import ScanReport
from auditor.pipeline import ScanCallbacks, ScanOptions
from auditor.profile.schema import SchoolProfile
from auditor.report.checklist import build_checklist, write_checklist
from auditor.report.checklist.write import default_folder
from auditor.store.models import AuditRecord
from auditor.store.options import open_store
from auditor.store.recorder import recorded_scan


def interrupted_note(audit: AuditRecord, resuming: bool, restart: bool) -> str:
    when = audit.started_at.astimezone().strftime("%d %b %Y %H:%M")
    done = f" after {audit.items_done:,} items" if audit.items_done else ""
    head = f"the last audit (started {when}) was interrupted{done}; "
    if resuming:
        return head + "resuming it (items already analysed are not analysed again; "
        "use --restart to start again)."
    if restart:
        return head + "starting a new audit (--restart)."
    return head + "starting a new audit, as these downloads or this profile differ from its own."


def scan_and_record(
    args: argparse.Namespace,
    profile: SchoolProfile,
    options: ScanOptions,
    callbacks: ScanCallbacks,
) -> tuple[ScanReport, list[str]]:
    """Run the recorded scan; returns the report and the lines to end the output with."""

    def note(audit: AuditRecord, resuming: bool) -> None:
        print(f"auditor: {interrupted_note(audit, resuming, args.restart)}", file=sys.stderr)

    with open_store(args) as store:
        if args.output is not None:
            store.record_written(args.output, "scan report")
        result = recorded_scan(
            store,
            list(args.exports),
            profile,
            options,
            callbacks,
            restart=args.restart,
            on_interrupted=note,
            reuse=not getattr(args, "fresh", False),
        )
        written = write_checklist(build_checklist(store), default_folder(store.folder))
    c = result.counts
    lines = []
    if result.reused_from is not None:
        lines.append(
            f"These downloads, your profile and the rules are unchanged since audit "
            f"{result.reused_from}: its results were used (--fresh analyses everything again)."
        )
    lines += [
        f"Audit {result.audit.id} recorded: {c.new} new, {c.open} still open, "
        f"{c.resolved} resolved, {c.reopened} reopened (see 'auditor history').",
        f"Your checklist: {written.checklist['html']} "
        f"(also {written.checklist['markdown'].name}; review reminder {written.reminder.name})",
    ]
    return result.report, lines
