"""`auditor scan EXPORT… --profile FILE`: audit exports and print or write the findings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from auditor.cli.command import Command
from auditor.cli.output import write_output
from auditor.errors import AuditorError
from auditor.pipeline import ScanCallbacks, ScanOptions, run_scan
from auditor.profile.loader import load_profile
from auditor.report.coverage import coverage
from auditor.report.formats import FORMATS, render
from auditor.store.options import add_state_argument
from auditor.store.scan_cli import scan_and_record


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "exports",
        nargs="+",
        type=Path,
        metavar="EXPORT",
        help="a download as the platform gave it: a zip (or the first part), a folder, or a file",
    )
    p.add_argument(
        "--profile",
        type=Path,
        help="your school profile (TOML); default: the one the app's Setup saved",
    )
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="output format (default text); text and markdown mask pupils' names, json keeps "
        "every text exactly as the download has it (it is for scripts)",
    )
    p.add_argument(
        "--show-names",
        action="store_true",
        help="show pupils' names in full in the text and markdown report (on your own screen)",
    )
    p.add_argument(
        "--output", type=Path, help="write to this file (private, 0600) instead of the screen"
    )
    p.add_argument(
        "--model",
        help="spaCy pipeline package to use; 'none' for rules only (default: the English one installed)",
    )
    p.add_argument(
        "--rules", type=Path, help="use this rule pack folder instead of the built-in one"
    )
    p.add_argument("--quiet", action="store_true", help="no progress messages on stderr")
    p.add_argument(
        "--no-store",
        action="store_true",
        help="do not record this audit in the history nor write the checklist",
    )
    p.add_argument(
        "--restart",
        action="store_true",
        help="when the last audit was interrupted, start again instead of resuming it",
    )
    p.add_argument(
        "--fresh",
        action="store_true",
        help="read and analyse everything again, even a download audited before unchanged",
    )
    add_state_argument(p)


SAVED_PROFILE = "school.toml"  # where the app's Setup saves it, in the state folder


def profile_path(args: argparse.Namespace) -> Path:
    """--profile, or the profile the app saved (in the same state folder as the history)."""
    if args.profile is not None:
        return Path(args.profile)
    from auditor.store.paths import state_dir

    saved = state_dir(getattr(args, "state", None)) / SAVED_PROFILE
    if not saved.is_file():
        raise AuditorError(
            "no profile: give one with --profile FILE, or set up your school in the app "
            f"('auditor'), which saves it as {saved}"
        )
    if not getattr(args, "quiet", False):
        print(f"auditor: using the profile saved by the app: {saved}", file=sys.stderr)
    return saved


def run(args: argparse.Namespace) -> int:
    profile = load_profile(profile_path(args))
    for e in args.exports:
        if not e.exists():
            raise AuditorError(f"{e}: no such file or folder")
    options = ScanOptions(model=args.model, rules_dir=args.rules)
    progress = sys.stderr.isatty() and not args.quiet
    callbacks = ScanCallbacks()
    if progress:
        callbacks.on_progress = lambda p: print(
            f"\r  reading {Path(p.export).name}: {p.items} items, {p.findings} findings ",
            end="",
            file=sys.stderr,
        )
    if args.no_store:
        report = run_scan(list(args.exports), profile, options, callbacks)
        tail: list[str] = []
    else:
        report, tail = scan_and_record(args, profile, options, callbacks)
    if progress:
        print(file=sys.stderr)
    # Checks that could not run for want of something in the profile (where the school is…).
    missing = coverage(report, profile, list(args.exports)).missing
    tail = [f"Not checked: {m}." for m in missing] + tail
    text = render(report, args.format, show_names=args.show_names)
    if tail and args.format == "text" and args.output is None:
        text += "\n" + "\n".join(tail) + "\n"  # the README's first command ends here
    elif tail:
        print("\n".join(f"auditor: {line}" for line in tail), file=sys.stderr)
    write_output(text, args.output)
    return 0


COMMAND = Command(
    "scan", "audit one or more exports against the policy", add_arguments, run, order=10
)
