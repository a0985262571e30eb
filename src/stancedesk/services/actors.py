"""People and organisations who speak and act, with the names the press calls them by."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from stancedesk.domain.changes import Outcome
from stancedesk.domain.enums import ActorKind
from stancedesk.domain.errors import InputError, NotFoundError
from stancedesk.domain.model import Actor
from stancedesk.domain.rules import optional_text
from stancedesk.services import dto
from stancedesk.services.base import Service
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import ActorRow
from stancedesk.storage.unit_of_work import Store


@dataclass(frozen=True)
class RoleInput:
    title: str
    affiliation: str | None = None
    start: date | None = None
    end: date | None = None


def _name(value: str) -> str:
    name = optional_text(value, "actor name", limit=500)
    if name is None:
        raise InputError("actor name is empty")
    return " ".join(name.split())


def create_actor(store: Store, repo: Repository, name: str, kind: ActorKind = ActorKind.PERSON,
                 aliases: Sequence[str] = (), roles: Sequence[RoleInput] = (),
                 wikidata_id: str | None = None, url: str | None = None) -> str:
    """Shared by the actor service and by anything that meets a new speaker (claims, imports)."""
    if wikidata_id and not (wikidata_id.startswith("Q") and wikidata_id[1:].isdigit()):
        raise InputError(f"Wikidata id '{wikidata_id}' is not of the form Q123")
    actor_id = store.create("actor", {
        "kind": kind.value, "name": _name(name), "wikidata_id": wikidata_id or None,
        "url": optional_text(url, "actor URL", limit=2000),
    })
    for alias in aliases:
        _add_alias(store, repo, actor_id, alias)
    for role in roles:
        _add_role(store, actor_id, role)
    return actor_id


def _add_alias(store: Store, repo: Repository, actor_id: str, alias: str) -> None:
    text = _name(alias)
    if any(a.alias.casefold() == text.casefold() for a in repo.aliases_of(actor_id)):
        return
    store.create("actor_alias", {"actor_id": actor_id, "alias": text})


def _add_role(store: Store, actor_id: str, role: RoleInput) -> None:
    if role.start and role.end and role.end < role.start:
        raise InputError(f"role '{role.title}' ends ({role.end}) before it starts ({role.start})")
    store.create("actor_role", {
        "actor_id": actor_id, "title": _name(role.title),
        "affiliation": optional_text(role.affiliation, "affiliation"),
        "start_on": role.start.isoformat() if role.start else None,
        "end_on": role.end.isoformat() if role.end else None,
    })


def match_actor(repo: Repository, name: str) -> ActorRow | None:
    """The one actor called `name` (or with that alias); refuses to guess between several."""
    rows = repo.actors_named(name)
    if len(rows) > 1:
        raise NotFoundError(f"'{name}' matches {len(rows)} actors; use an id instead")
    return rows[0] if rows else None


def actor_for_speaker(store: Store, repo: Repository, name: str) -> str:
    found = match_actor(repo, name)
    return found.id if found is not None else create_actor(store, repo, name)


class ActorService(Service):
    def add(self, name: str, kind: ActorKind = ActorKind.PERSON, aliases: Sequence[str] = (),
            roles: Sequence[RoleInput] = (), wikidata_id: str | None = None,
            url: str | None = None) -> Outcome[Actor]:
        def work(store: Store, repo: Repository) -> Actor:
            if repo.actors_named(name):
                raise InputError(f"an actor called '{name}' already exists")
            actor_id = create_actor(store, repo, name, kind, aliases, roles, wikidata_id, url)
            return dto.actor(repo, store.require("actor", actor_id))

        return self._write(work)

    def add_alias(self, actor_id: str, alias: str) -> Outcome[Actor]:
        def work(store: Store, repo: Repository) -> Actor:
            _add_alias(store, repo, store.require("actor", actor_id).id, alias)
            return dto.actor(repo, store.require("actor", actor_id))

        return self._write(work)

    def add_role(self, actor_id: str, role: RoleInput) -> Outcome[Actor]:
        def work(store: Store, repo: Repository) -> Actor:
            _add_role(store, store.require("actor", actor_id).id, role)
            return dto.actor(repo, store.require("actor", actor_id))

        return self._write(work)

    def rename(self, actor_id: str, name: str) -> Outcome[Actor]:
        def work(store: Store, repo: Repository) -> Actor:
            store.update("actor", actor_id, {"name": _name(name)})
            return dto.actor(repo, store.require("actor", actor_id))

        return self._write(work)

    def get(self, actor_id: str) -> Actor:
        def work(repo: Repository) -> Actor:
            row = repo.session.get(ActorRow, actor_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no actor with id {actor_id}")
            return dto.actor(repo, row)

        return self._read(work)

    def find_loosely(self, text: str) -> list[Actor]:
        """Exact name or alias first; else actors with `text` as a word of their name (a surname)."""
        def work(repo: Repository) -> list[Actor]:
            exact = repo.actors_named(text)
            return dto.actors(repo, exact or repo.actors_with_word(text))

        return self._read(work)

    def find(self, name: str) -> Actor | None:
        def work(repo: Repository) -> Actor | None:
            row = match_actor(repo, name)
            return dto.actor(repo, row) if row is not None else None

        return self._read(work)

    def all(self, offset: int = 0, limit: int | None = None) -> list[Actor]:
        return self._read(lambda repo: dto.actors(repo, repo.actors(offset, limit)))
