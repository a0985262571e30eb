"""Defects a review proved with scripts, each kept from coming back."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from stancedesk.domain.errors import FileProblem
from stancedesk.services.claims import ClaimInput
from stancedesk.services.sharing.backups import set_aside_damaged
from stancedesk.services.sharing.share import share
from stancedesk.services.workspace import Workspace, check
from tests.conftest import CliResult
from tests.sharing.conftest import ALICE, BOB, add_claim, edit, fingerprint, listing, raw_sql

Cli = Callable[..., CliResult]


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("UPDATE change_log SET value = '" + "[" * 50_000 + "]" * 50_000 + "' WHERE field = 'quote'",
         "unreadable value"),
        ("UPDATE change_log SET hlc = '999999999999999' || substr(hlc, 16)", "invalid clock"),
        ("UPDATE change_log SET site = 'not-a-site'", "invalid site"),
        ("UPDATE change_log SET site = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'", "invalid site"),
        ("UPDATE claim SET quote = 'not what the log says'", "quote differs from its change log"),
        (("INSERT INTO topic (id, created_at, created_by, updated_at, updated_by, deleted, name) VALUES "
          "('0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b', '2025-01-01T00:00:00.000+00:00', 'Bob', "
          "'2025-01-01T00:00:00.000+00:00', 'Bob', 0, 'unlogged')"), "has no entry in the change log"),
    ],
)
def test_a_hostile_change_log_is_refused_by_check_and_merge(sample: Path, tmp_path: Path, cli: Cli,
                                                             statement: str, message: str) -> None:
    raw_sql(sample, statement)
    before, files = fingerprint(sample), listing(sample.parent)
    checked = cli("check", str(sample))
    assert checked.code == 1 and message in checked.err and "unexpected" not in checked.err
    mine = tmp_path / "mine.stancedesk"
    Workspace.create(mine, ALICE).close()
    merged = cli("merge", str(mine), str(sample))
    assert merged.code == 1 and message in merged.err
    assert fingerprint(sample) == before and listing(sample.parent) == files


def test_checking_a_wal_file_leaves_no_shm_beside_it(sample: Path) -> None:
    raw_sql(sample, "PRAGMA journal_mode=WAL")
    keep = sqlite3.connect(sample, isolation_level=None)
    keep.execute("PRAGMA wal_autocheckpoint=0")
    keep.execute("UPDATE claim SET updated_by = updated_by")  # something in the -wal
    keep.close()  # closing checkpoints and removes the sidecars; put a -wal back by hand
    raw_sql(sample, "PRAGMA journal_mode=WAL")
    holder = sqlite3.connect(sample, isolation_level=None)
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("UPDATE claim SET updated_by = updated_by")
    try:
        names = listing(sample.parent)
        assert any(n.endswith("-wal") for n in names)
        shm = Path(f"{sample}-shm")
        shm_existed = shm.exists()
        before = {n: (sample.parent / n).stat().st_mtime_ns for n in names}
        assert check(sample).healthy
        assert listing(sample.parent) == names and shm.exists() == shm_existed
        assert {n: (sample.parent / n).stat().st_mtime_ns for n in names} == before
    finally:
        holder.close()


def test_sharing_over_a_file_open_for_editing_is_refused(tmp_path: Path) -> None:
    mine, other = tmp_path / "mine.stancedesk", tmp_path / "other.stancedesk"
    Workspace.create(mine, ALICE).close()
    Workspace.create(other, BOB).close()
    with Workspace.open(mine, ALICE) as ws:
        with pytest.raises(FileProblem, match="already open for editing"):
            share(other, mine)
        ws.claims.add(ClaimInput(quote="kept"))
    with Workspace.open(mine, ALICE, read_only=True) as ws:
        assert ws.claims.count() == 1


def test_resolve_keeps_typed_text_literally(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mine.stancedesk", tmp_path / "theirs.stancedesk"
    Workspace.create(mine, ALICE).close()
    with Workspace.open(mine, ALICE) as ws:
        claim_id = add_claim(ws.db, ALICE, "base")
    share(mine, theirs)
    with Workspace.open(mine, ALICE) as ws:
        edit(ws.db, ALICE, "claim", claim_id, summary="mine")
    with Workspace.open(theirs, BOB) as ws:
        edit(ws.db, BOB, "claim", claim_id, summary="theirs")
    with Workspace.open(mine, ALICE) as ws:
        ws.merge(theirs)
        [conflict] = ws.conflicts()
        ws.resolve(conflict.id, "2024")
        assert ws.claims.get(claim_id).summary == "2024"
        assert ws.conflicts() == []


def test_setting_aside_twice_in_one_second_keeps_both_copies(tmp_path: Path) -> None:
    own = tmp_path / "own.stancedesk"
    own.write_bytes(b"first damaged version")
    first = set_aside_damaged(own, tmp_path / "backups").corrupt_copy
    own.write_bytes(b"second damaged version")
    second = set_aside_damaged(own, tmp_path / "backups").corrupt_copy
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"first damaged version", b"second damaged version")
