"""An open StanceDesk file with every service over it: what the CLI and the window are built on."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.actors import ActorService
from stancedesk.services.base import ServiceContext
from stancedesk.services.claims import ClaimService
from stancedesk.services.details import DetailService
from stancedesk.services.dossiers import DossierService
from stancedesk.services.events import EventService
from stancedesk.services.evidence import EvidenceService
from stancedesk.services.lookup import LookupService
from stancedesk.services.profiles import data_dir
from stancedesk.services.search import SearchService
from stancedesk.services.sources import SourceService
from stancedesk.services.stances import StanceService
from stancedesk.services.verdicts import VerdictService, ensure_shipped_scales
from stancedesk.storage.database import Database
from stancedesk.storage.health import HealthReport, check_file


class Workspace:
    def __init__(self, db: Database, profile: ReviewerProfile) -> None:
        self.db = db
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
        return cls(Database.open(Path(path), read_only=read_only, backup_dir=data_dir() / "backups"), profile)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def check(path: Path) -> HealthReport:
    """Integrity, schema shape and the application's rules of any file, without modifying it."""
    return check_file(Path(path))
