"""Messages the scan worker posts to the app (from its thread), and the app to its screens."""

from __future__ import annotations

from textual.message import Message

from auditor.models.finding import Finding
from auditor.models.report import ScanWarning


class ScanFindingFound(Message):
    def __init__(self, finding: Finding) -> None:
        super().__init__()
        self.finding = finding


class ScanProgressed(Message):
    def __init__(
        self,
        export: str,
        stage: str,
        files_done: int,
        files_total: int,
        items: int,
        found: int,
        eta: float | None = None,
    ) -> None:
        super().__init__()
        self.eta = eta
        self.export = export
        self.stage = stage
        self.files_done = files_done
        self.files_total = files_total
        self.items = items
        self.found = found


class ScanWarned(Message):
    def __init__(self, warning: ScanWarning) -> None:
        super().__init__()
        self.warning = warning


class SessionChanged(Message):
    """Sent to the screen on show: something it displays may have changed."""

    def __init__(self, what: frozenset[str]) -> None:
        super().__init__()
        self.what = what
