"""`auditor history`: the audits recorded so far, with what each found new, open or resolved."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from auditor.cli.command import Command
from auditor.store.models import AuditRecord, AuditStatus
from auditor.store.options import add_state_argument, open_store


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print as JSON")
    add_state_argument(p)


def _row(a: AuditRecord) -> dict[str, object]:
    return {
        "id": a.id,
        "started_at": a.started_at.isoformat(),
        "finished_at": a.finished_at.isoformat() if a.finished_at else None,
        "status": a.status.value,
        "exports": [{"path": e.path, "platforms": e.platforms} for e in a.exports],
        "profile": a.profile_name,
        "rules_version": a.rules_version,
        "detector_version": a.detector_version,
        "tool_version": a.tool_version,
        "items": a.items_done,
        "findings": a.counts.findings,
        "new": a.counts.new,
        "open": a.counts.open,
        "resolved": a.counts.resolved,
        "reopened": a.counts.reopened,
    }


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if not store.lock.is_held_elsewhere():
            store.reap_interrupted()
        audits = store.audits()
        folder = store.folder
    if args.json:
        print(json.dumps({"state": str(folder), "audits": [_row(a) for a in audits]}, indent=2))
        return 0
    if not audits:
        print(f"No audits recorded yet in {folder}. Run 'auditor scan' to make the first.")
        return 0
    print(f"Audit history ({folder})")
    print()
    print(
        f"  {'#':>3}  {'when':<17} {'status':<11} {'found':>5} {'new':>4} {'open':>4} "
        f"{'resolved':>8} {'reopened':>8}  downloads"
    )
    for a in audits:
        when = a.started_at.astimezone().strftime("%d %b %Y %H:%M")
        names = ", ".join(Path(e.path).name for e in a.exports)
        if a.status == AuditStatus.COMPLETED:
            c = a.counts
            nums = f"{c.findings:>5} {c.new:>4} {c.open:>4} {c.resolved:>8} {c.reopened:>8}"
        else:
            nums = f"{'-':>5} {'-':>4} {'-':>4} {'-':>8} {'-':>8}"
        print(f"  {a.id:>3}  {when:<17} {a.status.value:<11} {nums}  {names}")
    last = audits[-1]
    if last.status in (AuditStatus.INTERRUPTED, AuditStatus.RUNNING):
        state = "is running now" if last.status == AuditStatus.RUNNING else "was interrupted"
        print()
        print(
            f"The last audit {state} after {last.items_done:,} items. Run 'auditor scan' with "
            "the same downloads to resume it, or add --restart to start again."
        )
    return 0


COMMAND = Command("history", "list the audits recorded so far", add_arguments, run, order=30)
