"""Dossiers: named, ordered sets of claims that a report covers."""

from __future__ import annotations

from collections.abc import Sequence

from stancedesk.domain.changes import Outcome
from stancedesk.domain.errors import InputError, NotFoundError
from stancedesk.domain.model import Dossier
from stancedesk.domain.rules import optional_text
from stancedesk.services import dto
from stancedesk.services.base import Service
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import DossierRow
from stancedesk.storage.unit_of_work import Store


def create_dossier(store: Store, repo: Repository, name: str, description: str | None = None,
                   claim_ids: Sequence[str] = ()) -> str:
    clean = optional_text(name, "dossier name", limit=300)
    if clean is None:
        raise InputError("dossier name is empty")
    if repo.dossier_named(clean) is not None:
        raise InputError(f"a dossier called '{clean}' already exists")
    dossier_id = store.create("dossier", {"name": clean, "description": optional_text(description, "description",
                                                                                        limit=20_000)})
    _append(store, repo, dossier_id, claim_ids)
    return dossier_id


def _append(store: Store, repo: Repository, dossier_id: str, claim_ids: Sequence[str]) -> None:
    items = repo.dossier_items(dossier_id)
    present = {i.claim_id for i in items}
    position = max((i.position for i in items), default=0)
    for claim_id in claim_ids:
        store.require("claim", claim_id)
        if claim_id in present:
            continue
        position += 10
        present.add(claim_id)
        store.create("dossier_item", {"dossier_id": dossier_id, "claim_id": claim_id, "position": position})


class DossierService(Service):
    def create(self, name: str, description: str | None = None, claim_ids: Sequence[str] = ()) -> Outcome[Dossier]:
        def work(store: Store, repo: Repository) -> Dossier:
            return dto.dossier(repo, store.require("dossier", create_dossier(store, repo, name, description,
                                                                             claim_ids)))

        return self._write(work)

    def add_claims(self, dossier_id: str, claim_ids: Sequence[str]) -> Outcome[Dossier]:
        def work(store: Store, repo: Repository) -> Dossier:
            _append(store, repo, store.require("dossier", dossier_id).id, claim_ids)
            return dto.dossier(repo, store.require("dossier", dossier_id))

        return self._write(work)

    def named(self, name: str) -> Dossier:
        def work(repo: Repository) -> Dossier:
            row = repo.dossier_named(name)
            if row is None:
                raise NotFoundError(f"no dossier called '{name}'")
            return dto.dossier(repo, row)

        return self._read(work)

    def get(self, dossier_id: str) -> Dossier:
        def work(repo: Repository) -> Dossier:
            row = repo.session.get(DossierRow, dossier_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no dossier with id {dossier_id}")
            return dto.dossier(repo, row)

        return self._read(work)

    def all(self) -> list[Dossier]:
        return self._read(lambda repo: [dto.dossier(repo, r) for r in repo.dossiers()])
