"""The scan report: what the CLI prints as JSON, and what the store keeps of an audit."""

from __future__ import annotations

from pydantic import BaseModel, Field

from auditor.models.finding import Finding


class ScanWarning(BaseModel):
    file: str  # the file (inside the export where it applies) that could not be read fully
    message: str  # why, in plain words; never the content of the file
    export: str = ""


class ExportSummary(BaseModel):
    export: str  # display name: the path the user gave
    platform: str  # the main platform detected, or "unknown"
    platforms: list[str] = Field(default_factory=list)  # all platforms found in it
    formats: list[str] = Field(default_factory=list)  # json, html, csv, txt …
    items: dict[str, int] = Field(default_factory=dict)  # item counts by kind
    files_read: int = 0
    files_skipped: int = 0


class ScanSummary(BaseModel):
    exports: list[ExportSummary] = Field(default_factory=list)
    findings: int = 0
    by_severity: dict[str, int] = Field(default_factory=dict)
    by_clause: dict[str, int] = Field(default_factory=dict)
    language_model: str | None = None  # the spaCy pipeline used, or None in rules-only mode
    rules_only: bool = False
    skipped_signals: list[str] = Field(default_factory=list)  # e.g. "ocr: tesseract not found"


class ScanReport(BaseModel):
    """The `--format json` object. Keep it stable; extend it compatibly."""

    tool: str = "staff-profile-auditor"
    version: str = ""
    summary: ScanSummary = Field(default_factory=ScanSummary)
    findings: list[Finding] = Field(default_factory=list)
    warnings: list[ScanWarning] = Field(default_factory=list)
