"""Verified snapshots of the user's own file: before merges and migrations, and rotated daily/weekly/monthly.

Backups live in the data folder, never beside the file (e-mailing a folder must not send them). A damaged
own file is renamed `.corrupt-<time>`, never deleted, and the newest backup that passes its check is offered.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from stancedesk.domain.errors import FileProblem
from stancedesk.services.profiles import data_dir
from stancedesk.services.sharing.share import snapshot_file
from stancedesk.storage.connection import sqlite_uri
from stancedesk.storage.foreign import copy_is_sound

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 5, 12
_ROTATED = re.compile(r"^(?P<stem>.+)\.auto-(?P<when>\d{8}T\d{12})-(?P<token>[0-9a-f]{12})\.stancedesk$")


def backup_dir() -> Path:
    return data_dir() / "backups"


def backup_folder_for(path: Path) -> Path:
    """One folder per file (name + a hash of where it lives), so two files called alike never share backups."""
    where = hashlib.sha256(str(Path(path).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return backup_dir() / f"{Path(path).stem}-{where}"


def _moment(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def snapshot_before(path: Path, reason: str, folder: Path | None = None, now: datetime | None = None) -> Path:
    """A verified copy named after the file, the reason and the time, so a merge can be undone."""
    moment = _moment(now).strftime("%Y%m%dT%H%M%S%fZ")
    target = (folder or backup_folder_for(path)) / f"{path.stem}.before-{reason}-{moment}{path.suffix}"
    target.parent.mkdir(parents=True, exist_ok=True)
    snapshot_file(path, target)
    return target


def content_token(path: Path) -> str:
    """Changes only when the file's content does: the change log's size and newest clock."""
    conn = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True, timeout=5.0)
    try:
        count, newest = conn.execute("SELECT count(*), max(hlc) FROM change_log").fetchone()
    except sqlite3.Error as exc:
        raise FileProblem(path, f"cannot back up ({exc})") from None
    finally:
        conn.close()
    return hashlib.sha256(f"{count}:{newest}".encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    token: str


def rotated_backups(path: Path, folder: Path | None = None) -> list[Backup]:
    """This file's rotated backups, oldest first."""
    found = []
    place = folder or backup_folder_for(path)
    for entry in place.iterdir() if place.is_dir() else ():
        match = _ROTATED.match(entry.name)
        if match and match["stem"] == path.stem:
            taken = datetime.strptime(match["when"], "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
            found.append(Backup(entry, taken, match["token"]))
    return sorted(found, key=lambda b: b.taken)


def take_backup(path: Path, folder: Path | None = None, now: datetime | None = None) -> Path | None:
    """A verified backup unless nothing changed since the last one; then prune by the rotation rules."""
    place = folder or backup_folder_for(path)
    place.mkdir(parents=True, exist_ok=True)
    token = content_token(path)
    existing = rotated_backups(path, place)
    if existing and existing[-1].token == token:
        return None
    moment = _moment(now)
    # microseconds: two backups in one second must still sort in the order they were taken
    target = place / f"{path.stem}.auto-{moment.strftime('%Y%m%dT%H%M%S%f')}-{token}.stancedesk"
    snapshot_file(path, target)
    prune(path, place, moment)
    return target


def keep_set(backups: list[Backup], now: datetime) -> set[Path]:
    """Newest per day for the last days, per ISO week for the last weeks, per month for the last months."""
    keep: set[Path] = set()
    for key_of, count in ((lambda t: t.date(), KEEP_DAILY), (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
                          (lambda t: (t.year, t.month), KEEP_MONTHLY)):
        newest_per: dict[object, Backup] = {}
        for backup in backups:
            if backup.taken <= now:
                newest_per[key_of(backup.taken)] = backup  # oldest first, so the last one wins
        for key in sorted(newest_per, key=lambda k: newest_per[k].taken)[-count:]:
            keep.add(newest_per[key].path)
    if backups:
        keep.add(backups[-1].path)  # the last good backup is never deleted
    return keep


def prune(path: Path, folder: Path, now: datetime) -> list[Path]:
    backups = rotated_backups(path, folder)
    keep = keep_set(backups, now)
    removed = [b.path for b in backups if b.path not in keep]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


@dataclass(frozen=True)
class Recovery:
    corrupt_copy: Path
    backup: Backup | None


def set_aside_damaged(path: Path, folder: Path | None = None, now: datetime | None = None) -> Recovery:
    """Rename a damaged own file `.corrupt-<time>` (never deleted) and find the newest sound backup."""
    stamp = _moment(now).strftime("%Y%m%dT%H%M%S")
    corrupt = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while corrupt.exists():  # never replace an earlier damaged copy
        counter += 1
        corrupt = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    try:
        os.link(path, corrupt)  # fails rather than replace a name that appeared meanwhile
        path.unlink()
    except OSError as exc:
        raise FileProblem(path, f"cannot set the damaged file aside ({exc.strerror or exc})") from None
    for backup in reversed(rotated_backups(path, folder)):
        try:
            copy_is_sound(backup.path)
        except FileProblem:
            continue
        return Recovery(corrupt, backup)
    return Recovery(corrupt, None)


def restore(backup: Backup, path: Path) -> None:
    """Put a backup back in place of the file (the file itself must have been set aside first)."""
    if path.exists():
        raise FileProblem(path, "still exists; set it aside before restoring")
    snapshot_file(backup.path, path)


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove half-written copies a killed process left (`.<name>.<random>.partial`); run at start."""
    removed = []
    for entry in folder.iterdir() if folder.is_dir() else ():
        if entry.name.startswith(".") and entry.name.endswith(".partial") and entry.is_file():
            entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed
