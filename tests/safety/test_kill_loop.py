"""Twenty kills at random points of a scan: never a corrupt store, and the audit that finally
completes has exactly the findings of an uninterrupted one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.kill_loop import run_kill_loop
from tests.store.exports import large_facebook_export


@pytest.mark.slow
def test_twenty_kills(tmp_path: Path) -> None:
    export = large_facebook_export(tmp_path / "facebook-kills", posts=20_000)
    result = run_kill_loop(export, tmp_path, kills=20)
    assert result.kills >= 20
    assert result.integrity_failures == []
    assert result.same_findings, "the resumed audit found something else"
    assert result.findings > 100
    # A run that completes after a kill left an audit running says the last one was interrupted.
    assert result.owed_notices >= 1
    assert result.interrupted_notices == result.owed_notices
