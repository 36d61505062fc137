"""Writing command output: to stdout, or to a private file (0600) the user named."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from auditor.errors import AuditorError


def write_private(path: Path, text: str) -> None:
    """Write atomically with mode 0600; a failure leaves any previous file as it was."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AuditorError(
            f"{path}: could not be written ({exc.strerror}); nothing was changed"
        ) from None


def write_output(text: str, path: Path | None) -> None:
    if path is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_private(path, text)
    print(f"auditor: wrote {path}", file=sys.stderr)
