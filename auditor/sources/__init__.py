"""Sources: open an export in place (zip, split zips, folder or single file) and read it into
items. Each platform format is a small reader module in `auditor.sources.readers`."""

from auditor.sources.export import Entry, Export, open_export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.registry import all_readers, register
from auditor.sources.scan import ExportReading, read_export

__all__ = [
    "Entry",
    "Export",
    "ExportReading",
    "ReadContext",
    "Reader",
    "all_readers",
    "open_export",
    "read_export",
    "register",
]
