"""The `--state DIR` option every command that touches the audit history shares."""

from __future__ import annotations

import argparse
from pathlib import Path

from auditor.store.db import Store


def add_state_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--state",
        type=Path,
        metavar="DIR",
        help="keep the audit history in this folder instead of your private data folder "
        "(also AUDITOR_STATE_DIR)",
    )


def open_store(args: argparse.Namespace) -> Store:
    return Store.open(getattr(args, "state", None))
