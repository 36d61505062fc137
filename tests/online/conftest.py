"""Fixtures of the online tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.online.guarded import GuardedChild


@pytest.fixture
def child(tmp_path: Path) -> GuardedChild:
    """A child Python process with the network guard installed at start-up."""
    return GuardedChild(tmp_path)
