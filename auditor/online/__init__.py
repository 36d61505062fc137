"""The only part of the tool that opens network connections, and only when the user asks.

Two features live here: `auditor public-check` (what a logged-out stranger sees on the user's
public profile pages) and `auditor profile import URL` (a profile the school publishes). Nothing
else in `auditor/` or `tui/` imports a network client (a test reads the source to prove it), and
nothing here is imported by a scan: the CLI commands import it when they run.
"""
