"""The file itself: pragmas, header checks, all-or-nothing creation, the change log and schema upgrades."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from stancedesk.domain.errors import FileProblem
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.claims import ClaimInput
from stancedesk.services.workspace import Workspace, check
from stancedesk.storage.connection import pragma_values, raw_connect
from stancedesk.storage.file_format import APPLICATION_ID, SCHEMA_VERSION, read_header
from stancedesk.storage.schema import ChangeRecord, FieldHead

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_every_connection_reports_the_file_pragmas(workspace: Workspace) -> None:
    for read_only in (False, True):
        conn = raw_connect(workspace.path, read_only=read_only)
        values = pragma_values(conn)
        conn.close()
        assert values["journal_mode"] == "delete"
        assert values["foreign_keys"] == 1
        assert values["trusted_schema"] == 0
        assert values["application_id"] == APPLICATION_ID
        assert values["user_version"] == SCHEMA_VERSION
        if not read_only:
            assert values["synchronous"] == 2  # FULL


def _sqlite_file(path: Path, application_id: int = 0, user_version: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute(f"PRAGMA application_id={application_id}")
    conn.execute(f"PRAGMA user_version={user_version}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b""), "empty file (0 bytes)"),
        (lambda p: p.write_text("just some notes\n" * 20), "not a StanceDesk file (not an SQLite database)"),
        (lambda p: p.write_bytes(b"%PDF-1.7\n" + b"\x00" * 4000), "not an SQLite database"),
        (_sqlite_file, "another application's SQLite database"),
        (lambda p: _sqlite_file(p, APPLICATION_ID, SCHEMA_VERSION + 5),
         f"made by a newer StanceDesk (schema {SCHEMA_VERSION + 5})"),
    ],
)
def test_files_that_are_not_ours_are_refused_and_left_alone(tmp_path: Path, profile: ReviewerProfile,
                                                            make: object, message: str) -> None:
    path = tmp_path / "colleague.stancedesk"
    make(path)  # type: ignore[operator]
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(FileProblem, match=re.escape(message)):
        Workspace.open(path, profile)
    with pytest.raises(FileProblem):
        check(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["colleague.stancedesk"]


def test_missing_file_is_named_and_not_created(tmp_path: Path, profile: ReviewerProfile) -> None:
    path = tmp_path / "nowhere.stancedesk"
    with pytest.raises(FileProblem, match=r"nowhere\.stancedesk: no such file"):
        Workspace.open(path, profile)
    assert not path.exists()


def test_truncated_file_is_called_damaged(workspace: Workspace, tmp_path: Path) -> None:
    copy = tmp_path / "half.stancedesk"
    data = workspace.path.read_bytes()
    copy.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(FileProblem, match="damaged file"):
        check(copy)


def test_create_refuses_to_overwrite_and_leaves_nothing_on_failure(tmp_path: Path, profile: ReviewerProfile,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    existing = tmp_path / "mine.stancedesk"
    existing.write_text("keep me")
    with pytest.raises(FileProblem, match="already exists"):
        Workspace.create(existing, profile)
    assert existing.read_text() == "keep me"

    import stancedesk.services.workspace as ws_module

    def explode(store: object) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(ws_module, "ensure_shipped_scales", explode)
    with pytest.raises(RuntimeError):
        Workspace.create(tmp_path / "new.stancedesk", profile)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.stancedesk"]


def test_each_field_edit_is_a_change_record_that_replaces_what_it_saw(workspace: Workspace) -> None:
    claim = workspace.claims.add(ClaimInput(quote="We will build ten bridges", speaker_name="Anna Kessel")).value
    workspace.claims.update(claim.id, summary="Kessel promises ten bridges")
    workspace.claims.update(claim.id, summary="Kessel promises 10 bridges")
    with workspace.db.reading() as session:
        changes = list(session.scalars(select(ChangeRecord).where(
            ChangeRecord.row_id == claim.id, ChangeRecord.field == "summary").order_by(ChangeRecord.hlc)))
        heads = list(session.scalars(select(FieldHead).where(FieldHead.row_id == claim.id,
                                                             FieldHead.field == "summary")))
    # an unset field is not logged at creation; each later edit names the change it replaced
    assert [json.loads(c.value) for c in changes] == ["Kessel promises ten bridges", "Kessel promises 10 bridges"]
    assert json.loads(changes[0].replaces) == []
    assert json.loads(changes[1].replaces) == [changes[0].id]
    assert {c.author for c in changes} == {"Test Reviewer"}
    assert [h.change_id for h in heads] == [changes[1].id]


def test_delete_is_a_tombstone_that_hides_the_row(workspace: Workspace) -> None:
    claim = workspace.claims.add(ClaimInput(quote="Gone soon", speaker_name="Marek Dobrin")).value
    outcome = workspace.claims.delete(claim.id)
    assert outcome.changes.deleted == {"claim": frozenset({claim.id})}
    assert workspace.claims.count() == 0
    assert workspace.search.search("Gone soon") == []


def test_schema_one_fixture_opens_and_checks_healthy(tmp_path: Path, profile: ReviewerProfile) -> None:
    """One fixture per released schema; each must upgrade on open, after a backup, and keep its data."""
    copy = tmp_path / "schema-1.stancedesk"
    shutil.copy(FIXTURES / "schema-1.stancedesk", copy)
    assert check(copy).healthy  # an older file is checked against its own schema, untouched
    with Workspace.open(copy, profile) as ws:
        assert ws.db.opened_schema == 1
        assert ws.db.execute_pragma("user_version") == SCHEMA_VERSION
        assert ws.claims.count() == 3
        assert {s.name for s in ws.verdicts.scales()} >= {"truth", "consistency", "promise"}
        kessel = ws.actors.find("Anna Kessel")
        assert kessel is not None and "the prime minister" in kessel.aliases
        [before_upgrade] = [p for p in ws.backups()[0].path.parent.iterdir() if ".before-upgrade-" in p.name]
        ws.claims.add(ClaimInput(quote="written after the upgrade"))
    untouched = before_upgrade.read_bytes()
    assert read_header(before_upgrade).user_version == 1
    with Workspace.open(before_upgrade, profile, read_only=True) as old:  # read through an upgraded copy
        assert old.claims.count() == 3 and old.read_only
    assert before_upgrade.read_bytes() == untouched
    assert check(copy).healthy and check(copy).schema == SCHEMA_VERSION


def test_migrations_build_exactly_the_mapped_schema(tmp_path: Path) -> None:
    """A model change without its Alembic revision would make files that differ by how they were made."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from stancedesk.storage.schema import Base
    from stancedesk.storage.schema_upgrades import alembic_config, revision_for

    engine = create_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision_for(SCHEMA_VERSION))
        context = MigrationContext.configure(conn, opts={
            "include_object": lambda obj, name, kind, reflected, other: not (
                kind == "table" and name.startswith("search_index"))})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_odd_paths_get_one_line_messages(tmp_path: Path, profile: ReviewerProfile) -> None:
    fifo = tmp_path / "pipe.stancedesk"
    os.mkfifo(fifo)
    with pytest.raises(FileProblem, match="not a regular file"):
        Workspace.open(fifo, profile)  # must not block reading a pipe
    odd = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/n\xff.stancedesk"))
    with Workspace.create(odd, profile) as ws:
        ws.claims.add(ClaimInput(quote="bytes in the name"))
    with Workspace.open(odd, profile, read_only=True) as ws:
        assert ws.claims.count() == 1
    assert check(odd).healthy


def test_create_never_replaces_a_file_that_appears_meanwhile(tmp_path: Path, profile: ReviewerProfile) -> None:
    target = tmp_path / "race.stancedesk"

    def someone_else_saves(store: object) -> None:
        target.write_bytes(b"a colleague's file")

    import stancedesk.services.workspace as ws_module

    original = ws_module.ensure_shipped_scales
    try:
        ws_module.ensure_shipped_scales = someone_else_saves  # type: ignore[assignment]
        with pytest.raises(FileProblem, match="already exists"):
            Workspace.create(target, profile)
    finally:
        ws_module.ensure_shipped_scales = original
    assert target.read_bytes() == b"a colleague's file"
    assert [p.name for p in tmp_path.iterdir() if p.name not in {"config", "data"}] == ["race.stancedesk"]


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.stancedesk")), ids=lambda p: p.stem)
def test_every_released_schema_opens_at_the_current_one(fixture: Path, tmp_path: Path,
                                                         profile: ReviewerProfile) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    with Workspace.open(copy, profile) as ws:
        assert ws.db.execute_pragma("user_version") == SCHEMA_VERSION
        assert ws.claims.count() == 3 and ws.dossiers.named("Fuel tax").claim_ids
        [timeline] = ws.stances.timeline(ws.lookup.resolve_id(ws.actors.all()[0].id, "actor"), "fuel tax")
        assert timeline.entries
    assert check(copy).healthy


def test_there_is_a_fixture_for_every_schema() -> None:
    assert sorted(FIXTURES.glob("schema-*.stancedesk")) == [
        FIXTURES / f"schema-{n}.stancedesk" for n in range(1, SCHEMA_VERSION + 1)]
