"""Staff Profile Auditor: audits a school employee's own social-media downloads, offline.

The engine is laid out by stage, in the order data flows through it:
sources (exports -> items) -> detect (items -> evidence) -> rules (evidence -> findings)
-> findings (ids, ordering) -> store / report. The CLI and the TUI use `auditor.api`.
"""

__version__ = "0.1.0"
