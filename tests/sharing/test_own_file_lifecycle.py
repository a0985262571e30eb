"""Opening one's own file for editing: one writer at a time, a daily backup, recovery when it is damaged."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from datetime import timedelta
from pathlib import Path

import pytest

from stancedesk.cli.main import main
from stancedesk.domain.errors import FileProblem, RuleError
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.claims import ClaimInput
from stancedesk.services.sharing.recovery import RecoveredFile
from stancedesk.services.workspace import Workspace

ANA = ReviewerProfile("Ana", "dddddddd-dddd-4ddd-8ddd-dddddddddddd")


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def own(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "mine.stancedesk"
    with Workspace.create(path, ANA) as ws:
        ws.claims.add(ClaimInput(quote="The bridge opens in May", speaker_name="Anna Kessel"))
    return path


def test_a_second_writer_is_told_the_file_is_in_use_and_readers_are_not(own: Path) -> None:
    with Workspace.open(own, ANA) as first:
        with pytest.raises(FileProblem, match="already open for editing"):
            Workspace.open(own, ANA)
        with Workspace.open(own, ANA, read_only=True) as reader:
            assert reader.claims.count() == 1
        code, _out, err = _run("claim", "add", str(own), "--quote", "second writer")
        assert code == 1 and "already open for editing" in err
        first.claims.add(ClaimInput(quote="still mine"))
    with Workspace.open(own, ANA) as again:  # released on close
        assert again.claims.count() == 2


def test_one_backup_a_day_and_none_when_nothing_changed(own: Path) -> None:
    with Workspace.open(own, ANA) as ws:
        backups = ws.backups()
    assert len(backups) == 1  # taken when the file was first opened for editing today
    with Workspace.open(own, ANA) as ws:
        assert ws.backups() == backups
    code, out, _err = _run("backups", str(own))
    assert code == 0 and str(backups[0].path) in out
    assert backups[0].path.parent != own.parent  # never beside the file that gets e-mailed


def test_a_damaged_own_file_is_set_aside_and_the_backup_offered(own: Path) -> None:
    with Workspace.open(own, ANA) as ws:
        [backup] = ws.backups()  # taken at this open: it holds the claim
    data = bytearray(own.read_bytes())
    data[4096 * 2:4096 * 2 + 2000] = b"\xff" * 2000  # wreck a page in the middle
    own.write_bytes(bytes(data))

    with pytest.raises(RecoveredFile) as caught:
        Workspace.open(own, ANA)
    message = str(caught.value)
    assert "damaged file" in message and "the newest good backup is from" in message
    corrupt = caught.value.recovery.corrupt_copy
    assert corrupt.exists() and corrupt.name.startswith("mine.stancedesk.corrupt-")
    assert corrupt.read_bytes() == bytes(data)  # never deleted or altered
    assert not own.exists()

    code, out, _err = _run("restore", str(own))
    assert code == 0 and "restored" in out
    with Workspace.open(own, ANA) as ws:
        assert ws.claims.count() == 1
    assert backup.path.exists()


def test_restore_without_a_backup_says_so(tmp_path: Path) -> None:
    code, _out, err = _run("restore", str(tmp_path / "never.stancedesk"))
    assert code == 1 and "no good backup of this file was found" in err


def test_a_session_that_changed_the_file_leaves_a_backup_of_its_work(own: Path, monkeypatch: pytest.MonkeyPatch
                                                                        ) -> None:
    import stancedesk.services.workspace as workspace_module

    monkeypatch.setattr(workspace_module, "BACKUP_AT_CLOSE_AFTER", timedelta(0))
    with Workspace.open(own, ANA) as ws:
        ws.claims.add(ClaimInput(quote="Work of the day"))
        before_close = ws.backups()
    with Workspace.open(own, ANA, read_only=True) as ws:
        after_close = ws.backups()
    assert after_close[-1] != before_close[-1]  # same day: the rotation keeps only the newer one
    with Workspace.open(after_close[-1].path, ANA, read_only=True) as backup:
        assert backup.claims.count() == 2
    with Workspace.open(own, ANA) as ws:  # nothing changed in this session: no new backup on close
        pass
    with Workspace.open(own, ANA, read_only=True) as ws:
        assert ws.backups() == after_close


def test_own_file_on_read_only_media_opens_with_a_reason_and_refuses_edits(
        own: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Case 31. Tests run as root, so the read-only mount is simulated at the one place that asks."""
    import stancedesk.services.workspace as workspace_module

    monkeypatch.setattr(workspace_module, "read_only_reason", lambda path: "the file is on read-only media")
    before = own.read_bytes()
    with Workspace.open(own, ANA) as ws:
        assert ws.read_only and ws.db.read_only_reason == "the file is on read-only media"
        assert ws.claims.count() == 1
        with pytest.raises(RuleError, match=r"open read-only \(the file is on read-only media\)"):
            ws.claims.add(ClaimInput(quote="not saved"))
    code, _out, err = _run("claim", "add", str(own), "--quote", "not saved either")
    assert code == 1 and "read-only media" in err and err.count("\n") == 1
    assert own.read_bytes() == before
    assert sorted(p.name for p in own.parent.iterdir()) == ["mine.stancedesk"]  # no journal left behind


def test_disk_full_while_saving_keeps_earlier_data_and_saving_resumes(
        own: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Case 22. SQLite's own size cap gives the same SQLITE_FULL a full disk does."""
    from stancedesk.storage import connection

    with Workspace.open(own, ANA, read_only=True) as ws:
        pages = ws.db.execute_pragma("page_count")
    monkeypatch.setattr(connection, "WRITE_PRAGMAS", (*connection.WRITE_PRAGMAS, f"PRAGMA max_page_count={pages}"))
    with Workspace.open(own, ANA) as ws:
        with pytest.raises(FileProblem, match="cannot write: the disk is full"):
            ws.claims.add(ClaimInput(quote="a long quote " * 1_500))
        assert ws.claims.count() == 1
    monkeypatch.undo()  # space is freed
    with Workspace.open(own, ANA) as ws:
        ws.claims.add(ClaimInput(quote="saved after space was freed"))
        assert ws.claims.count() == 2
    with Workspace.open(own, ANA, read_only=True) as ws:
        assert ws.db.execute_pragma("integrity_check") == "ok"
