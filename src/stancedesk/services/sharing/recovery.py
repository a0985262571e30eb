"""Recovering the user's own file: a damaged file is set aside and the newest good backup offered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from stancedesk.domain.errors import DamagedFile, FileProblem
from stancedesk.services.sharing.backups import (
    Backup,
    Recovery,
    backup_folder_for,
    restore,
    rotated_backups,
    set_aside_damaged,
    take_backup,
)
from stancedesk.storage.foreign import copy_is_sound


class RecoveredFile(DamagedFile):
    """The damaged file was set aside; `recovery` names the copy and the newest good backup."""

    def __init__(self, path: Path, detail: str, recovery: Recovery) -> None:
        self.recovery = recovery
        super().__init__(path, detail)
        backup = recovery.backup
        offer = (f"the newest good backup is from {backup.taken:%Y-%m-%d %H:%M} UTC "
                 f"(restore it with: stancedesk-cli restore {path})" if backup else "no good backup was found")
        self.problem = f"{self.problem}; it was renamed {recovery.corrupt_copy.name} and {offer}"
        self.args = (f"{self.path}: {self.problem}",)

    def __str__(self) -> str:
        return str(self.args[0])


def recover(path: Path, damaged: DamagedFile, folder: Path) -> RecoveredFile:
    detail = damaged.problem.removeprefix("damaged file (").removesuffix(")")
    return RecoveredFile(path, detail, set_aside_damaged(path, folder))


def backup_if_stale(path: Path, folder: Path, max_age: timedelta) -> Path | None:
    """A rotated backup unless one is younger than `max_age` (or nothing changed); rotation thins them out."""
    existing = rotated_backups(path, folder)
    if existing and datetime.now(UTC) - existing[-1].taken < max_age:
        return None
    return take_backup(path, folder)


def restore_latest(path: Path) -> Backup:
    """Put the newest sound backup in place of a file that was set aside as damaged."""
    for backup in reversed(rotated_backups(Path(path), backup_folder_for(Path(path)))):
        try:
            copy_is_sound(backup.path)
        except FileProblem:
            continue
        restore(backup, Path(path))
        return backup
    raise FileProblem(path, "no good backup of this file was found")
