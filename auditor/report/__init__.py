"""Report: the scan report as JSON, plain text and Markdown."""

from auditor.report.formats import render

__all__ = ["render"]
