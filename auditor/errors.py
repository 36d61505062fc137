"""Errors the user can act on. Their messages name the file and the problem, never its content."""


class AuditorError(Exception):
    """A problem to show the user in one line; the CLI exits with `exit_code`."""

    exit_code = 2


class ProfileError(AuditorError):
    """The school profile cannot be used."""


class ExportError(AuditorError):
    """An export cannot be opened at all (missing, unreadable, not an export)."""
