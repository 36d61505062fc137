"""`auditor public-check URL… --profile FILE`: what a logged-out stranger sees on your public
profile pages, checked against the policy. The one command (with `profile import URL`) that goes
online: it names every site it will contact and asks before it does.

Network code is imported only when the command runs, so building the command line (or running
any other command) loads no network client.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from auditor.cli.command import Command
from auditor.cli.output import write_output
from auditor.errors import AuditorError
from auditor.profile.loader import load_profile


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "urls",
        nargs="+",
        metavar="URL",
        help="the address of one of your public profile pages (https://…)",
    )
    p.add_argument("--profile", type=Path, required=True, help="your school profile (TOML)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument(
        "--output", type=Path, help="write to this file (private, 0600) instead of the screen"
    )
    p.add_argument(
        "--rules", type=Path, help="use this rule pack folder instead of the built-in one"
    )
    p.add_argument(
        "--yes", action="store_true", help="do not ask before contacting the sites listed"
    )


def run(args: argparse.Namespace) -> int:
    from auditor.online.check import PublicChecker
    from auditor.online.fetch import PageFetcher
    from auditor.online.outcome import Outcome
    from auditor.online.plan import confirm, contact_plan
    from auditor.online.report import render_json, render_text
    from auditor.online.urls import checked_url
    from auditor.pipeline import default_overrides
    from auditor.rules.loader import load_rule_pack

    profile = load_profile(args.profile)
    # Refuses a bad address before anything is contacted; the same address is asked once.
    urls = list({str(u): u for u in (checked_url(a) for a in args.urls)}.values())
    pack = load_rule_pack(args.rules, default_overrides(profile))
    print(contact_plan(urls, "public-check"), file=sys.stderr)
    if not confirm("Go ahead?", assume_yes=args.yes):
        print("auditor: nothing was contacted.", file=sys.stderr)
        return 1
    with PageFetcher() as fetcher:
        checker = PublicChecker(profile, pack, fetcher)
        report = checker.check_all(
            [str(u) for u in urls],
            on_page=lambda r: print(f"  {r.url}: {r.outcome.value}", file=sys.stderr),
        )
    if all(p.outcome is Outcome.NO_CONNECTION for p in report.pages):
        raise AuditorError(f"public-check: {report.pages[0].message}; nothing was checked")
    text = render_json(report) if args.format == "json" else render_text(report)
    write_output(text, args.output)
    return 0


COMMAND = Command(
    "public-check",
    "check what a logged-out stranger sees on your public profile pages (goes online; asks first)",
    add_arguments,
    run,
    order=30,
)
