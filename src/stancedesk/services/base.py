"""What every service shares: the open file, who is working, and the write helper returning change-sets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from stancedesk.domain.changes import Outcome
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.storage.database import Database
from stancedesk.storage.repository import Repository
from stancedesk.storage.unit_of_work import Store

T = TypeVar("T")


@dataclass
class ServiceContext:
    db: Database
    profile: ReviewerProfile


class Service:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _write(self, work: Callable[[Store, Repository], T]) -> Outcome[T]:
        """Run `work` in one all-or-nothing transaction and report what it changed."""
        with self._ctx.db.writing(self._ctx.profile) as store:
            value = work(store, Repository(store.session))
        return Outcome(value, store.change_set())

    def _read(self, work: Callable[[Repository], T]) -> T:
        with self._ctx.db.reading() as session:
            return work(Repository(session))
