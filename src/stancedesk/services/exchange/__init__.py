"""Exchange formats (ClaimReview, CSV, CSL-JSON): shared file helpers so every writer is all-or-nothing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from stancedesk.domain.errors import FileProblem


def write_atomically(path: Path, fill: Callable[[IO[str]], object], *, newline: str | None = None) -> None:
    """Write text to a temp file beside `path`, then replace: a failure never leaves a half-written file."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path()
    if target.exists() and not target.is_file():
        # A device such as /dev/full or a folder must never be replaced by our temp file.
        raise FileProblem(target, "cannot write: not a regular file")
    if not folder.is_dir():
        raise FileProblem(target, "cannot write: the folder does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise FileProblem(target, f"cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise FileProblem(target, f"cannot write: {exc.strerror or exc}") from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def read_text(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FileProblem(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileProblem(path, f"cannot read: {exc}") from None
