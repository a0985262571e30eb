"""An open StanceDesk file with every service over it: what the CLI and the window are built on."""

from __future__ import annotations

import logging
import tempfile
from datetime import timedelta
from pathlib import Path
from types import TracebackType

from stancedesk.domain.errors import DamagedFile, FileProblem
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.actors import ActorService
from stancedesk.services.base import ServiceContext
from stancedesk.services.claims import ClaimService
from stancedesk.services.details import DetailService
from stancedesk.services.dossiers import DossierService
from stancedesk.services.events import EventService
from stancedesk.services.evidence import EvidenceService
from stancedesk.services.lookup import LookupService
from stancedesk.services.search import SearchService
from stancedesk.services.sharing.backups import (
    Backup,
    backup_folder_for,
    clean_leftovers,
    rotated_backups,
    snapshot_before,
)
from stancedesk.services.sharing.conflicts import Conflict, list_conflicts, resolve_conflict
from stancedesk.services.sharing.locks import WriterLock
from stancedesk.services.sharing.merge import MergeResult, merge_file
from stancedesk.services.sharing.recovery import backup_if_stale, recover
from stancedesk.services.sharing.share import share
from stancedesk.services.sources import SourceService
from stancedesk.services.stances import StanceService
from stancedesk.services.verdicts import VerdictService, ensure_shipped_scales
from stancedesk.storage.database import Database
from stancedesk.storage.file_format import SCHEMA_VERSION, read_header, read_only_reason
from stancedesk.storage.health import HealthReport, check_file

log = logging.getLogger(__name__)
BACKUP_AT_OPEN_AFTER = timedelta(hours=24)  # the state before the day's first edits
BACKUP_AT_CLOSE_AFTER = timedelta(hours=1)  # the state after a working session


class Workspace:
    def __init__(self, db: Database, profile: ReviewerProfile) -> None:
        self.db = db
        self._lock: WriterLock | None = None
        self._private_copy: tempfile.TemporaryDirectory[str] | None = None
        self.profile = profile
        ctx = ServiceContext(db, profile)
        self.actors = ActorService(ctx)
        self.sources = SourceService(ctx)
        self.claims = ClaimService(ctx)
        self.events = EventService(ctx)
        self.evidence = EvidenceService(ctx)
        self.verdicts = VerdictService(ctx)
        self.stances = StanceService(ctx)
        self.dossiers = DossierService(ctx)
        self.search = SearchService(ctx)
        self.lookup = LookupService(ctx)
        self.details = DetailService(ctx)

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @classmethod
    def create(cls, path: Path, profile: ReviewerProfile) -> Workspace:
        """A new file holding the shipped rating scales; nothing is left behind if it fails."""
        def initialize(db: Database) -> None:
            with db.writing(profile) as store:
                ensure_shipped_scales(store)

        return cls(Database.create(Path(path), initialize), profile)

    @classmethod
    def open(cls, path: Path, profile: ReviewerProfile, *, read_only: bool = False) -> Workspace:
        """Open for reading, or for editing: one writer at a time, a rotated backup, recovery if damaged."""
        path = Path(path)
        header = read_header(path)  # a missing or foreign file is named before anything else happens
        if read_only and header.user_version < SCHEMA_VERSION:
            db, private = Database.open_upgraded_copy(path)
            reader = cls(db, profile)
            reader._private_copy = private
            return reader
        unwritable = None if read_only else read_only_reason(path)
        if read_only or unwritable:
            # A file on read-only media opens for reading with the reason kept for the banner.
            return cls(Database.open(path, read_only=True, read_only_reason=unwritable), profile)
        lock = WriterLock(path).acquire()
        try:
            folder = backup_folder_for(path)
            clean_leftovers(folder)
            try:
                db = Database.open(path, before_upgrade=lambda p: snapshot_before(p, "upgrade", folder))
            except DamagedFile as damaged:
                lock.release()
                raise recover(path, damaged, folder) from None
            backup_if_stale(path, folder, BACKUP_AT_OPEN_AFTER)
        except BaseException:
            lock.release()
            raise
        workspace = cls(db, profile)
        workspace._lock = lock
        return workspace

    def close(self) -> None:
        """Close; after a session that changed something, take a backup unless a recent one exists."""
        if self._lock is not None and self.db.wrote:
            try:
                backup_if_stale(self.path, backup_folder_for(self.path), BACKUP_AT_CLOSE_AFTER)
            except FileProblem as exc:  # the edits are safe in the file; only the extra copy failed
                log.warning("backup after editing %s failed: %s", self.path, exc)
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._private_copy is not None:
            self._private_copy.cleanup()
            self._private_copy = None

    # -- sharing ------------------------------------------------------------------------------------
    def share(self, target: Path) -> Path:
        """A self-contained copy to send; holds every committed edit."""
        return share(self.path, Path(target))

    def merge(self, other: Path, *, dry_run: bool = False) -> MergeResult:
        result = merge_file(self.db, self.profile, Path(other), dry_run=dry_run,
                            backup_dir=backup_folder_for(self.path))
        self.db.forget_clock()
        return result

    def conflicts(self) -> list[Conflict]:
        return list_conflicts(self.db, self.profile)

    def resolve(self, conflict_ref: str, keep: str) -> Conflict:
        return resolve_conflict(self.db, self.profile, conflict_ref, keep)

    def backups(self) -> list[Backup]:
        return rotated_backups(self.path, backup_folder_for(self.path))

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def check(path: Path) -> HealthReport:
    """Integrity, schema shape and the application's rules of any file, without modifying it."""
    return check_file(Path(path))
