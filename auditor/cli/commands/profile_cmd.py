"""`auditor profile import URL|FILE [--to PATH] [--yes]`: take the profile your school publishes
(its name, other names, town, postcode, location, and any rule changes) into your own profile.

A URL must be https; the command names the site and asks before contacting it, shows what would
change, and asks again before saving. Your own details ([you]) and pupil list ([pupils]) are
never touched. Network code is imported only when a URL is given.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from auditor.cli.command import Command
from auditor.errors import AuditorError, ProfileError


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="profile_action", metavar="ACTION", required=True)
    imp = sub.add_parser(
        "import",
        help="import the profile your school publishes (an https address or a file)",
        description="Import the profile your school publishes (an https address or a file) "
        "into your own profile. Shows the changes and asks before saving.",
    )
    imp.add_argument("source", metavar="URL|FILE", help="https://… address, or a file")
    imp.add_argument(
        "--to",
        type=Path,
        default=Path("school.toml"),
        help="your profile to update or create (default: school.toml in this folder)",
    )
    imp.add_argument(
        "--yes", action="store_true", help="do not ask before contacting the site or saving"
    )


def _read_source(source: str, assume_yes: bool) -> tuple[bytes, str] | None:
    """The published file's bytes and where they came from; None when the user said no."""
    if "://" not in source:
        path = Path(source)
        try:
            return path.read_bytes(), str(path)
        except FileNotFoundError:
            raise ProfileError(f"published profile {path}: file not found") from None
        except OSError as exc:
            raise ProfileError(
                f"published profile {path}: cannot be read ({exc.strerror})"
            ) from None
    from auditor.online.plan import confirm, contact_plan
    from auditor.online.published import fetch_published, published_fetcher
    from auditor.online.urls import checked_url

    url = checked_url(source)
    print(contact_plan([url], "profile import"), file=sys.stderr)
    if not confirm("Go ahead?", assume_yes=assume_yes):
        return None
    with published_fetcher() as fetcher:
        return fetch_published(str(url), fetcher), str(url)


def run_import(args: argparse.Namespace) -> int:
    from auditor.online.plan import confirm
    from auditor.online.published import apply_import, parse_published, plan_import, render_plan

    got = _read_source(args.source, args.yes)
    if got is None:
        print("auditor: nothing was contacted.", file=sys.stderr)
        return 1
    raw, origin = got
    published = parse_published(raw, origin)
    note = f"# Imported from {origin} on {datetime.now(UTC):%Y-%m-%d}."
    plan = plan_import(published, args.to, note)
    sys.stdout.write(render_plan(plan))
    sys.stdout.flush()
    if plan.nothing_to_do:
        return 0
    if not confirm("Save these changes?", assume_yes=args.yes):
        print("auditor: nothing was saved.", file=sys.stderr)
        return 1
    apply_import(plan)
    print(f"auditor: saved {plan.profile_path}", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    if args.profile_action == "import":
        return run_import(args)
    raise AuditorError(f"profile: unknown action {args.profile_action!r}")


COMMAND = Command(
    "profile",
    "import the profile your school publishes (goes online for an https address; asks first)",
    add_arguments,
    run,
    order=40,
)
