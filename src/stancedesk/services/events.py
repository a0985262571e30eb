"""Events: what actors later (or earlier) did, which can support or contradict what they said."""

from __future__ import annotations

from collections.abc import Sequence

from stancedesk.domain.changes import Outcome
from stancedesk.domain.dates import PartialDate
from stancedesk.domain.errors import InputError, NotFoundError
from stancedesk.domain.model import Event
from stancedesk.domain.rules import clean_text, optional_text
from stancedesk.domain.selectors import anchor, selector_columns
from stancedesk.services import dto
from stancedesk.services.actors import actor_for_speaker
from stancedesk.services.base import Service
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import EventRow
from stancedesk.storage.unit_of_work import Store


def create_event(store: Store, repo: Repository, *, description: str, occurred_on: PartialDate | None,
                 ended_on: PartialDate | None = None, place: str | None = None,
                 actor_ids: Sequence[str] = (), actor_names: Sequence[str] = (),
                 source_ids: Sequence[str] = (), excerpt: str | None = None) -> str:
    text = clean_text(description.strip(), "event description", limit=20_000)
    if occurred_on and ended_on and ended_on.value < occurred_on.value:
        raise InputError(f"event ends ({ended_on}) before it starts ({occurred_on})")
    event_id = store.create("event", {
        "description": text,
        "occurred_on": occurred_on.value.isoformat() if occurred_on else None,
        "occurred_precision": occurred_on.precision.value if occurred_on else None,
        "ended_on": ended_on.value.isoformat() if ended_on else None,
        "ended_precision": ended_on.precision.value if ended_on else None,
        "place": optional_text(place, "place"),
    })
    actors = [store.require("actor", a).id for a in actor_ids]
    actors += [actor_for_speaker(store, repo, name) for name in actor_names]
    for actor_id in dict.fromkeys(actors):
        store.create("event_actor", {"event_id": event_id, "actor_id": actor_id})
    for source_id in source_ids:
        source = store.require("source", source_id)
        selector = anchor(source.text, excerpt) if excerpt else None
        store.create("event_source", {"event_id": event_id, "source_id": source_id, **selector_columns(selector)})
    return event_id


class EventService(Service):
    def add(self, *, description: str, occurred_on: PartialDate | None, ended_on: PartialDate | None = None,
            place: str | None = None, actor_ids: Sequence[str] = (), actor_names: Sequence[str] = (),
            source_ids: Sequence[str] = (), excerpt: str | None = None) -> Outcome[Event]:
        def work(store: Store, repo: Repository) -> Event:
            event_id = create_event(
                store, repo, description=description, occurred_on=occurred_on, ended_on=ended_on, place=place,
                actor_ids=actor_ids, actor_names=actor_names, source_ids=source_ids, excerpt=excerpt)
            return dto.event(repo, store.require("event", event_id))

        return self._write(work)

    def get(self, event_id: str) -> Event:
        def work(repo: Repository) -> Event:
            row = repo.session.get(EventRow, event_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no event with id {event_id}")
            return dto.event(repo, row)

        return self._read(work)

    def all(self, offset: int = 0, limit: int | None = None) -> list[Event]:
        return self._read(lambda repo: dto.events(repo, repo.events(offset, limit)))
