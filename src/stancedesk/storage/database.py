"""Opening, creating and upgrading a StanceDesk file, and the transactions every service runs in."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from stancedesk.domain.errors import DamagedFile, FileProblem, RuleError, StanceDeskError
from stancedesk.domain.hlc import HlcStamp, HybridClock
from stancedesk.domain.ids import new_id
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.storage import search_index
from stancedesk.storage.connection import describe_sqlite_error, make_engine, raw_connect
from stancedesk.storage.file_format import FILE_SUFFIX, SCHEMA_VERSION, FileHeader, read_header
from stancedesk.storage.foreign import snapshot_into
from stancedesk.storage.schema import ChangeRecord, FileInfo
from stancedesk.storage.schema_upgrades import upgrade_to_current
from stancedesk.storage.unit_of_work import Store


@contextlib.contextmanager
def sqlite_errors(path: Path) -> Iterator[None]:
    """Turn SQLite failures into one-line FileProblems naming the file."""
    try:
        yield
    except StanceDeskError:
        raise
    except (DBAPIError, sqlite3.Error) as exc:
        problem = describe_sqlite_error(exc)
        if problem.startswith("damaged file"):
            raise DamagedFile(path, "the database is malformed") from exc
        raise FileProblem(path, problem) from exc
    except OSError as exc:
        raise FileProblem(path, f"cannot write ({exc.strerror or exc})") from exc


def _publish_new(temp: Path, path: Path) -> None:
    """Give the finished file its name without ever replacing a file that appeared meanwhile."""
    try:
        os.link(temp, path)  # fails if the name is taken, unlike a rename
    except FileExistsError:
        raise FileProblem(path, "already exists; choose another name") from None
    except OSError:
        if path.exists():  # a file system without hard links: check, then rename
            raise FileProblem(path, "already exists; choose another name") from None
        os.replace(temp, path)
        return
    temp.unlink()


class Database:
    """One open StanceDesk file."""

    def __init__(self, path: Path, engine: Engine, header: FileHeader | None, *, read_only: bool,
                 read_only_reason: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.read_only_reason = read_only_reason  # shown as the window's read-only banner
        self.opened_schema = header.user_version if header else SCHEMA_VERSION
        self._clock: HybridClock | None = None
        self.wrote = False  # whether any write transaction committed since opening

    # -- opening ------------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, initialize: Callable[[Database], None] | None = None) -> Database:
        """A new file, built and filled (`initialize`) under a temporary name: a failure leaves no half file."""
        path = Path(path)
        if path.exists():
            raise FileProblem(path, "already exists; choose another name")
        if not path.parent.is_dir():
            raise FileProblem(path, "the folder does not exist")
        with sqlite_errors(path):
            handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".creating", dir=path.parent)
        os.close(handle)
        temp = Path(temp_name)
        try:
            engine = make_engine(temp)
            with sqlite_errors(path), engine.begin() as conn:
                upgrade_to_current(conn)
                conn.execute(insert(FileInfo).values(key="file_id", value=new_id()))
            if initialize is not None:
                initialize(cls(temp, engine, None, read_only=False))
            engine.dispose()
            umask = os.umask(0)
            os.umask(umask)
            temp.chmod(0o666 & ~umask)  # mkstemp makes 0600; a shared file gets the user's usual mode
            _publish_new(temp, path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, read_only_reason: str | None = None,
             before_upgrade: Callable[[Path], object] | None = None) -> Database:
        """Check the header, the pages and the schema; upgrade an older file after `before_upgrade` backs it up."""
        path = Path(path)
        header = read_header(path)
        engine = make_engine(path, read_only=read_only)
        db = cls(path, engine, header, read_only=read_only, read_only_reason=read_only_reason)
        try:
            with sqlite_errors(path):
                db.quick_check()
                if header.user_version < SCHEMA_VERSION:
                    if read_only:
                        raise FileProblem(path, f"uses the older schema {header.user_version}; "
                                                "open it for editing to upgrade it")
                    db._upgrade(header.user_version, before_upgrade)
        except BaseException:
            engine.dispose()
            raise
        return db

    @classmethod
    def open_upgraded_copy(cls, path: Path) -> tuple[Database, tempfile.TemporaryDirectory[str]]:
        """Read an older file without changing it: upgrade a private copy and open that read-only.

        The caller keeps the folder alive while the database is open and cleans it up after closing.
        """
        path = Path(path)
        read_header(path)
        folder = tempfile.TemporaryDirectory(prefix="stancedesk-read-")
        copy = Path(folder.name) / path.name
        try:
            with sqlite_errors(path):
                source = raw_connect(path, read_only=True)
                target = sqlite3.connect(copy)
                try:
                    source.backup(target)
                finally:
                    target.close()
                    source.close()
            cls.open(copy, before_upgrade=lambda _copy: None).close()  # the original is the backup
            return cls.open(copy, read_only=True, read_only_reason="an older file, shown from an upgraded copy"), folder
        except BaseException:
            folder.cleanup()
            raise

    def quick_check(self) -> None:
        with self.engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA quick_check(1)").scalar()
        if result != "ok":
            raise DamagedFile(self.path, str(result))

    def _upgrade(self, from_schema: int, before_upgrade: Callable[[Path], object] | None) -> None:
        if before_upgrade is not None:
            before_upgrade(self.path)
        else:
            backup = self.path.with_name(f"{self.path.stem}.before-schema-{SCHEMA_VERSION}{FILE_SUFFIX}")
            source = raw_connect(self.path, read_only=False)  # query_only would refuse VACUUM INTO
            try:
                snapshot_into(source, backup)
            finally:
                source.close()
        with self.engine.begin() as conn:
            upgrade_to_current(conn)
        self.opened_schema = from_schema

    def close(self) -> None:
        self.engine.dispose()

    # -- transactions -------------------------------------------------------------------------------
    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with sqlite_errors(self.path), Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextlib.contextmanager
    def writing(self, author: ReviewerProfile, origin: str | None = None) -> Iterator[Store]:
        """One all-or-nothing transaction; the search index is brought up to date before it commits."""
        if self.read_only:
            why = f" ({self.read_only_reason})" if self.read_only_reason else ""
            raise RuleError(f"{self.path} is open read-only{why}; edits are not possible")
        with sqlite_errors(self.path), Session(self.engine, expire_on_commit=False) as session, session.begin():
            store = Store(session, self._clock_for(session, author.site_id), author, origin)
            yield store
            search_index.reindex(session, store.touched())
        self.wrote = True

    def _clock_for(self, session: Session, site: str) -> HybridClock:
        if self._clock is None or self._clock.site != site:
            clock = HybridClock(site)
            newest = session.scalar(select(func.max(ChangeRecord.hlc)))
            if newest:
                clock.observe(HlcStamp.decode(newest))
            self._clock = clock
        return self._clock

    def forget_clock(self) -> None:
        """After a merge brought in newer stamps, the next edit must read the clock from the log again."""
        self._clock = None

    def file_id(self) -> str | None:
        with self.reading() as session:
            return session.scalar(select(FileInfo.value).where(FileInfo.key == "file_id"))

    def rebuild_search_index(self) -> int:
        with sqlite_errors(self.path), Session(self.engine) as session, session.begin():
            return search_index.rebuild(session)

    def execute_pragma(self, name: str) -> object:
        with self.engine.connect() as conn:
            return conn.execute(text(f"PRAGMA {name}")).scalar()
