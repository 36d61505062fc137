"""The audit store: a private SQLite database of audits, findings, decisions and caches.

`Store` is the one API the CLI and the TUI share (`auditor.store.db`); `recorded_scan`
(`auditor.store.recorder`) runs a scan and records it. The database lives in the user's data
folder (0700, files 0600) unless `AUDITOR_STATE_DIR` or `--state DIR` names another.
"""

from auditor.store.db import Store
from auditor.store.models import (
    AuditCounts,
    AuditRecord,
    Decision,
    DecisionRecord,
    FindingStatus,
    TrackedFinding,
)
from auditor.store.paths import state_dir

__all__ = [
    "AuditCounts",
    "AuditRecord",
    "Decision",
    "DecisionRecord",
    "FindingStatus",
    "Store",
    "TrackedFinding",
    "state_dir",
]
