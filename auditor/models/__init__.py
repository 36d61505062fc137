"""The pydantic models that pass between the stages. Every stage boundary uses these."""

from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.finding import Finding, FindingItem, Severity
from auditor.models.item import GeoPoint, Item, ItemKind, MediaInfo
from auditor.models.report import ExportSummary, ScanReport, ScanWarning

__all__ = [
    "Evidence",
    "EvidenceKind",
    "ExportSummary",
    "Finding",
    "FindingItem",
    "GeoPoint",
    "Item",
    "ItemKind",
    "MediaInfo",
    "ScanReport",
    "ScanWarning",
    "Severity",
]
