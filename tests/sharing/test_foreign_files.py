"""Cases 1-7, 9, 11-13, 15-18, 30: a colleague's file that is not what it claims to be.

Each time: a specific one-line message, nothing merged, the input unchanged (bytes, mtime, no sidecar),
the user's own file intact.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from stancedesk.domain.errors import FileProblem
from stancedesk.services.sharing.merge import merge_file
from stancedesk.storage.database import Database
from stancedesk.storage.file_format import SCHEMA_VERSION
from stancedesk.storage.foreign import iter_changes, open_foreign
from tests.conftest import CliResult
from tests.sharing.conftest import ALICE, fingerprint, listing, raw_sql

Cli = Callable[..., CliResult]
Damage = Callable[[Path], None]


def _write(data: bytes) -> Damage:
    def damage(path: Path) -> None:
        path.write_bytes(data)
    return damage


def _zip(path: Path) -> None:
    path.unlink()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("report.txt", "hello")


def _page_size(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[16:18] = (1000).to_bytes(2, "big")
    path.write_bytes(bytes(data))


def _truncate(keep: Callable[[int], int]) -> Damage:
    def damage(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: keep(len(data))])
    return damage


def _flip_bytes(seed: int) -> Damage:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        rng = random.Random(seed)
        for _ in range(200):
            at = rng.randrange(100, len(data))
            data[at] ^= 0xFF
        path.write_bytes(bytes(data))
    return damage


def _other_app(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes(body) VALUES ('hi')")
    conn.commit()
    conn.close()


def _sql(*statements: str) -> Damage:
    return lambda path: raw_sql(path, *statements)


_CLAIM = "(SELECT id FROM claim LIMIT 1)"

CASES: dict[str, tuple[Damage, str]] = {
    "01-empty": (_write(b""), "empty file (0 bytes)"),
    "02-pdf": (_write(b"%PDF-1.7\n" + b"x" * 5000), "not an SQLite database"),
    "02-zip": (_zip, "not an SQLite database"),
    "03-page-size": (_page_size, "invalid page size"),
    "04-header-only": (_truncate(lambda n: 100), "truncated"),
    "04-half": (_truncate(lambda n: n // 2), "truncated"),
    "04-last-1000": (_truncate(lambda n: n - 1000), "truncated"),
    "05-byte-flips-a": (_flip_bytes(5), "damaged"),
    "05-byte-flips-b": (_flip_bytes(6), "damaged"),
    "05-byte-flips-c": (_flip_bytes(7), "damaged"),
    "06-other-app": (_other_app, "another application's SQLite database"),
    "07-newer": (_sql(f"PRAGMA user_version={SCHEMA_VERSION + 1}"), "made by a newer StanceDesk"),
    "08-unknown-older": (_sql("PRAGMA user_version=0"), "unknown StanceDesk schema 0"),
    "09-view-for-table": (_sql("DROP TABLE dossier_item",
                               "CREATE VIEW dossier_item AS SELECT * FROM dossier"),
                          "unexpected view 'dossier_item' in place of a table"),
    "09-extra-trigger": (_sql("CREATE TRIGGER evil AFTER INSERT ON claim BEGIN DELETE FROM actor; END"),
                         "unexpected trigger 'evil'"),
    "09-extra-table": (_sql("CREATE TABLE payload(x)"), "unexpected table 'payload'"),
    "11-50mb-cell": (_sql(f"UPDATE claim SET quote = replace(hex(zeroblob(25000000)), '0', 'x') "
                          f"WHERE id = {_CLAIM}"), "larger than allowed"),
    "12-schema-text": (_sql("UPDATE sqlite_master SET sql = 'CREATE TABLE claim(id TEXT, ' "
                            "WHERE name = 'claim'"), "damaged"),
    "17-bad-uuid": (_sql(f"UPDATE claim SET speaker_id = 'not-a-uuid' WHERE id = {_CLAIM}"), "not a valid id"),
    "17-bad-enum": (_sql(f"UPDATE claim SET kind = 'rumour' WHERE id = {_CLAIM}"), "unknown value 'rumour'"),
    "17-feb-30": (_sql(f"UPDATE claim SET said_on = '2024-02-30' WHERE id = {_CLAIM}"), "not a valid date"),
    "17-dmy-date": (_sql(f"UPDATE claim SET said_on = '31/02/2024' WHERE id = {_CLAIM}"), "not a valid date"),
    "17-int-date": (_sql(f"UPDATE claim SET said_on = 20240230 WHERE id = {_CLAIM}"), "not a valid date"),
    "17-bad-change-value": (_sql("UPDATE change_log SET value = '\"2024-13-01\"' WHERE id = "
                                 "(SELECT id FROM change_log WHERE entity = 'claim' AND field = 'quote')",
                                 "UPDATE change_log SET field = 'said_on' WHERE value = '\"2024-13-01\"'"),
                            "not a valid date"),
    "18-nul": (_sql(f"UPDATE claim SET quote = 'a' || char(0) || 'b' WHERE id = {_CLAIM}"), "NUL character"),
    "18-lone-surrogate": (_sql(f"UPDATE claim SET quote = CAST(X'61EDA080' AS TEXT) WHERE id = {_CLAIM}"),
                          "bad UTF-8 or a lone surrogate"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_colleague_file_is_refused_untouched(case: str, sample: Path, new_file: Callable[..., Path],
                                                 cli: Cli) -> None:
    damage, expected = CASES[case]
    damage(sample)
    before, files_before = fingerprint(sample), listing(sample.parent)
    own = new_file("mine.stancedesk", ALICE, "Alice's own claim.")
    own_before = fingerprint(own)

    checked = cli("check", str(sample))
    assert checked.code == 1
    assert checked.err.count("\n") == 1 and expected in checked.err, checked.err
    merged = cli("merge", str(own), str(sample), "--json")
    assert merged.code == 1 and expected in merged.err, merged.err

    assert fingerprint(sample) == before
    assert listing(sample.parent) == files_before
    assert fingerprint(own)[0] == own_before[0]
    assert cli("check", str(own)).code == 0


def test_healthy_file_checks_and_leaves_nothing_behind(sample: Path, cli: Cli) -> None:
    before, files_before = fingerprint(sample), listing(sample.parent)
    result = cli("check", str(sample))
    assert result.code == 0, result.err
    assert "healthy" in result.out
    assert fingerprint(sample) == before and listing(sample.parent) == files_before


def test_missing_file_is_not_created(tmp_path: Path, cli: Cli) -> None:
    result = cli("check", str(tmp_path / "nope.stancedesk"))
    assert result.code == 1 and "no such file" in result.err
    assert not (tmp_path / "nope.stancedesk").exists()


def _leave_hot_journal(path: Path) -> None:
    """A writer killed mid-transaction: the database pages are half written, the journal is hot."""
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA cache_size=1')\n"
        "conn.execute('BEGIN')\n"
        "conn.execute(\"UPDATE claim SET quote = 'half-written ' || hex(randomblob(3000))\")\n"
        "conn.execute(\"UPDATE change_log SET author = hex(randomblob(100))\")\n"
        "os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=False)


def test_13_hot_journal_rolls_back_on_the_private_copy_only(sample: Path, cli: Cli) -> None:
    _leave_hot_journal(sample)
    journal = Path(f"{sample}-journal")
    assert journal.exists() and journal.stat().st_size > 0
    before, journal_before, files_before = fingerprint(sample), fingerprint(journal), listing(sample.parent)
    with open_foreign(sample) as foreign:
        quotes = [r[0] for r in foreign.rows("SELECT quote FROM claim")]
    assert quotes == ["Bob's claim about fuel."]
    assert cli("check", str(sample)).code == 0
    assert fingerprint(sample) == before and fingerprint(journal) == journal_before
    assert listing(sample.parent) == files_before


def test_14_wal_rows_arrive(sample: Path) -> None:
    raw_sql(sample, "PRAGMA journal_mode=WAL")
    keep = sqlite3.connect(sample, isolation_level=None)  # holds the -wal open, uncheckpointed
    keep.execute("PRAGMA wal_autocheckpoint=0")
    keep.execute("UPDATE claim SET quote = 'committed in the wal'")
    keep.execute("UPDATE change_log SET value = '\"committed in the wal\"' "
                 "WHERE entity = 'claim' AND field = 'quote'")  # rows and log agree, as a real edit leaves them
    assert Path(f"{sample}-wal").stat().st_size > 0
    try:
        with open_foreign(sample) as foreign:
            assert [r[0] for r in foreign.rows("SELECT quote FROM claim")] == ["committed in the wal"]
    finally:
        keep.close()


def test_15_no_sidecar_and_no_write_on_the_original(sample: Path) -> None:
    before, files_before = fingerprint(sample), listing(sample.parent)
    with open_foreign(sample) as foreign:
        assert list(iter_changes(foreign))
        with pytest.raises(sqlite3.DatabaseError):
            foreign.conn.execute("DELETE FROM claim")
        assert listing(sample.parent) == files_before
    assert fingerprint(sample) == before and listing(sample.parent) == files_before


def test_16_locked_by_another_process_says_in_use(sample: Path, cli: Cli) -> None:
    holder = sqlite3.connect(sample, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = cli("check", str(sample))
    finally:
        holder.rollback()
        holder.close()
    assert result.code == 1 and "in use by another program" in result.err


def test_10_recursive_view_is_stopped_by_the_deadline(sample: Path) -> None:
    with open_foreign(sample, deadline_s=0.5) as foreign, pytest.raises(FileProblem, match="ran too long"):
        foreign.rows("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")


def test_30_hardened_connection_reports_its_pragmas(sample: Path) -> None:
    with open_foreign(sample) as foreign:
        values = {name: foreign.rows(f"PRAGMA {name}")[0][0] for name in ("journal_mode", "user_version")}
        foreign.conn.set_authorizer(None)
        for name, expected in (("trusted_schema", 0), ("cell_size_check", 1), ("mmap_size", 0),
                               ("query_only", 1)):
            assert foreign.conn.execute(f"PRAGMA {name}").fetchone()[0] == expected, name
    assert values == {"journal_mode": "delete", "user_version": SCHEMA_VERSION}


def test_30_own_connection_reports_its_pragmas(sample: Path) -> None:
    db = Database.open(sample)
    try:
        assert db.execute_pragma("journal_mode") == "delete"
        assert db.execute_pragma("synchronous") == 2
        assert db.execute_pragma("foreign_keys") == 1
        assert db.execute_pragma("trusted_schema") == 0
    finally:
        db.close()


def test_merge_refuses_own_file_as_other(sample: Path) -> None:
    db = Database.open(sample)
    try:
        with pytest.raises(FileProblem, match="being merged into"):
            merge_file(db, ALICE, sample)
    finally:
        db.close()
