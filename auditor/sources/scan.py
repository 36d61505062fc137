"""Read one export: give each file to the reader that claims it, stream the items out."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from auditor.models.item import Item
from auditor.models.report import ExportSummary, ScanWarning
from auditor.sources.export import Entry, Export, open_export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.registry import all_readers

log = logging.getLogger(__name__)


class ExportReading:
    """One export being read. Iterate it for items; `summary` and `warnings` fill in as it goes.

    The export stays open until `close()` so that later stages can read media files from it.
    """

    def __init__(
        self,
        path: Path,
        on_warning: Callable[[ScanWarning], None] | None = None,
        readers: list[Reader] | None = None,
    ) -> None:
        self.path = path
        self.warnings: list[ScanWarning] = []
        self._on_warning = on_warning
        self.summary = ExportSummary(export=str(path), platform="unknown")
        self._readers = readers if readers is not None else all_readers()
        self.export: Export = open_export(path, self._warn)
        self._platform_counts: Counter[str] = Counter()
        self.files_total = len(self.export.entries)
        self.files_done = 0

    def _warn(self, file: str, message: str) -> None:
        w = ScanWarning(file=file, message=message, export=str(self.path))
        self.warnings.append(w)
        if self._on_warning:
            self._on_warning(w)

    def plan(self) -> list[tuple[Entry, Reader]]:
        """Which reader reads which file; files no reader claims are left alone."""
        planned: list[tuple[Entry, Reader]] = []
        for entry in self.export.entries:
            for reader in self._readers:
                try:
                    claimed = reader.claims(entry, self.export)
                except Exception:  # a reader's bug must not stop the audit
                    log.debug("reader %s failed to inspect a file", reader.name, exc_info=True)
                    claimed = False
                if claimed:
                    planned.append((entry, reader))
                    break
        return planned

    def __iter__(self) -> Iterator[Item]:
        ctx = ReadContext(warn=self._warn)
        plan = self.plan()
        self.summary.files_read = len(plan)
        self.summary.files_skipped = len(self.export.entries) - len(plan)
        items: Counter[str] = Counter()
        formats: set[str] = set()
        if not plan:
            self._warn(
                self.path.name,
                "no recognisable social-media export here (expected a Facebook, Instagram, X, "
                "LinkedIn, TikTok, WhatsApp or Google Photos download)",
            )
        for entry, reader in plan:
            formats.add(reader.format)
            try:
                for item in reader.read(entry, self.export, ctx):
                    item.export = str(self.path)
                    items[item.kind.value] += 1
                    self._platform_counts[item.platform] += 1
                    self.summary.items = dict(items)
                    yield item
            except Exception as exc:
                # The message names the file and the kind of failure, never the content.
                self._warn(entry.path, f"could not be read completely ({type(exc).__name__})")
                log.debug("reader %s failed", reader.name, exc_info=True)
            self.files_done += 1
        self.summary.items = dict(items)
        self.summary.formats = sorted(formats)
        if self._platform_counts:
            self.summary.platforms = [p for p, _ in self._platform_counts.most_common()]
            self.summary.platform = self.summary.platforms[0]
        elif plan:
            self.summary.platforms = sorted({r.platform for _, r in plan})
            self.summary.platform = self.summary.platforms[0]

    def close(self) -> None:
        self.export.close()


def read_export(
    path: Path, on_warning: Callable[[ScanWarning], None] | None = None
) -> ExportReading:
    return ExportReading(path, on_warning)
