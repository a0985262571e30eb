"""Cases 24-26: one writer per file, rotated backups over 60 days, a damaged own file set aside."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from stancedesk.domain.errors import FileProblem
from stancedesk.services.sharing.backups import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    clean_leftovers,
    restore,
    rotated_backups,
    set_aside_damaged,
    take_backup,
)
from stancedesk.services.sharing.locks import WriterLock
from stancedesk.storage.database import Database
from tests.conftest import CliResult
from tests.sharing.conftest import ALICE, add_claim

Cli = Callable[..., CliResult]


def test_24_second_writer_gets_a_clear_message(new_file: Callable[..., Path], cli: Cli) -> None:
    own = new_file("mine.stancedesk")
    bob = new_file("bob.stancedesk")
    with WriterLock(own):
        with pytest.raises(FileProblem, match="already open for editing"):
            WriterLock(own).acquire()
        result = cli("merge", str(own), str(bob))
        assert result.code == 1 and "already open for editing" in result.err
    assert cli("merge", str(own), str(bob)).code == 0


def test_26_rotation_over_60_days(new_file: Callable[..., Path], tmp_path: Path) -> None:
    own = new_file("mine.stancedesk")
    folder = tmp_path / "backups"
    start = datetime(2026, 1, 1, 18, 0, tzinfo=UTC)
    taken: list[Path] = []
    months: set[int] = set()
    for day in range(60):
        now = start + timedelta(days=day)
        if day % 5 != 4:  # some days nothing changes
            db = Database.open(own)
            try:
                add_claim(db, ALICE, f"day {day}")
            finally:
                db.close()
        made = take_backup(own, folder, now)
        assert (made is None) == (day % 5 == 4)  # none taken when unchanged
        if made:
            taken.append(made)
            months.add(now.month)
    kept = rotated_backups(own, folder)
    assert kept[-1].path == taken[-1]  # the last good one is never deleted
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    days = {b.taken.date() for b in kept}
    last_days = {(start + timedelta(days=d)).date() for d in range(53, 60) if d % 5 != 4}
    assert last_days <= days  # daily
    assert len({b.taken.isocalendar()[:2] for b in kept}) >= KEEP_WEEKLY  # weekly
    assert {b.taken.month for b in kept} == months  # monthly
    again = take_backup(own, folder, start + timedelta(days=61))
    assert again is None


def test_25_damaged_own_file_is_set_aside_and_the_newest_backup_offered(
        new_file: Callable[..., Path], tmp_path: Path) -> None:
    own = new_file("mine.stancedesk")
    folder = tmp_path / "backups"
    first = take_backup(own, folder, datetime(2026, 3, 1, tzinfo=UTC))
    db = Database.open(own)
    try:
        add_claim(db, ALICE, "after the first backup")
    finally:
        db.close()
    second = take_backup(own, folder, datetime(2026, 3, 2, tzinfo=UTC))
    assert first and second
    second.write_bytes(second.read_bytes()[:4096])  # the newest backup is damaged too
    data = bytearray(own.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    own.write_bytes(bytes(data))
    with pytest.raises(FileProblem, match="damaged"):
        Database.open(own).close()

    recovery = set_aside_damaged(own, folder, datetime(2026, 3, 3, 9, 30, tzinfo=UTC))
    assert recovery.corrupt_copy.name == "mine.stancedesk.corrupt-20260303T093000"
    assert recovery.corrupt_copy.read_bytes() == bytes(data)  # kept, never deleted
    assert recovery.backup is not None and recovery.backup.path == first
    assert recovery.backup.taken.date().isoformat() == "2026-03-01"
    restore(recovery.backup, own)
    Database.open(own).close()


def test_23_disk_full_during_a_backup_leaves_old_backups_untouched(
        new_file: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated: the copy fails the way a full disk makes VACUUM INTO fail, after writing part of it."""
    own = new_file("mine.stancedesk")
    folder = tmp_path / "backups"
    first = take_backup(own, folder, datetime(2026, 3, 1, tzinfo=UTC))
    assert first is not None
    kept = first.read_bytes()
    db = Database.open(own)
    try:
        add_claim(db, ALICE, "changed")
    finally:
        db.close()

    def full(source: sqlite3.Connection, target: Path, *, verify: bool = True) -> None:
        del source, verify
        (target.parent / f".{target.name}.x.partial").write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("stancedesk.services.sharing.share.snapshot_into", full)
    with pytest.raises(FileProblem, match="disk is full"):
        take_backup(own, folder, datetime(2026, 3, 2, tzinfo=UTC))
    assert [b.path for b in rotated_backups(own, folder)] == [first] and first.read_bytes() == kept
    assert clean_leftovers(folder)
