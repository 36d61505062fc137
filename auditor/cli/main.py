"""`auditor`: the entry point. Errors reach the user as one line, never as a traceback."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from pathlib import Path

from auditor import __version__
from auditor.cli.command import Command
from auditor.errors import AuditorError


def _commands(only: str | None = None) -> list[Command]:
    from auditor.cli import commands

    found = []
    for mod in pkgutil.iter_modules(commands.__path__):
        if only is not None and mod.name != only:
            continue
        module = importlib.import_module(f"{commands.__name__}.{mod.name}")
        cmd = getattr(module, "COMMAND", None)
        if isinstance(cmd, Command):
            found.append(cmd)
    return sorted(found, key=lambda c: (c.order, c.name))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"auditor: error: {message}\n")


def _opens_the_app(args: list[str]) -> bool:
    """`auditor`, `auditor tui …`, `auditor --state DIR`: the app, whose first frame must come
    quickly, so the other commands (and the engine modules they import) are not loaded."""
    rest = list(args)
    while rest and (rest[0] in ("--debug", "--state") or rest[0].startswith("--state=")):
        rest = rest[2:] if rest[0] == "--state" else rest[1:]
    return not rest or rest[0] == "tui"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="auditor",
        description="Audit your own social-media downloads against your school's social-media "
        "policy. Everything stays on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"auditor {__version__}")
    parser.add_argument("--debug", action="store_true", help="show internal details of errors")
    parser.add_argument(
        "--state",
        dest="top_state",
        metavar="DIR",
        help="keep the audit history in this folder (for any command, or the app)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for cmd in _commands(only):
        p = sub.add_parser(cmd.name, help=cmd.help, description=cmd.help)
        cmd.add_arguments(p)
        p.set_defaults(_run=cmd.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    parser = build_parser("tui" if _opens_the_app(args_list) else None)
    args = parser.parse_args(args_list)
    if args.top_state and getattr(args, "state", None) is None:
        args.state = Path(args.top_state)  # `auditor --state DIR [COMMAND]`
    debug = args.debug or os.environ.get("AUDITOR_DEBUG") == "1"
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(message)s")
    run = getattr(args, "_run", None)
    if run is None:
        from auditor.cli.commands.tui import open_tui

        return open_tui(args)
    try:
        return int(run(args))
    except AuditorError as exc:
        print(f"auditor: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("auditor: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if debug:
            raise
        # The type only: a message could quote the data being read.
        print(
            f"auditor: internal error ({type(exc).__name__}); nothing was changed. "
            "Run again with --debug for details.",
            file=sys.stderr,
        )
        return 1
