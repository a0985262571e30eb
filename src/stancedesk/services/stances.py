"""Topics, and where each speaker stood on them over time."""

from __future__ import annotations

from stancedesk.domain.changes import Outcome
from stancedesk.domain.dates import PartialDate
from stancedesk.domain.enums import StancePosition
from stancedesk.domain.errors import InputError, NotFoundError
from stancedesk.domain.model import Stance, Topic
from stancedesk.domain.rules import optional_text
from stancedesk.domain.stance import StanceTimeline, read_timeline
from stancedesk.services import dto
from stancedesk.services.base import Service
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import ActorRow, ClaimRow, TopicRow
from stancedesk.storage.unit_of_work import Store


def topic_for_name(store: Store, repo: Repository, name: str, description: str | None = None) -> str:
    """The topic with this name (any case), created when new."""
    clean = optional_text(name, "topic name", limit=300)
    if clean is None:
        raise InputError("topic name is empty")
    existing = repo.topic_named(clean)
    if existing is not None:
        return existing.id
    return store.create("topic", {"name": " ".join(clean.split()), "description": description})


def record_stance(store: Store, actor_id: str, topic_id: str, position: StancePosition, as_of: PartialDate,
                  label: str | None = None, claim_id: str | None = None, note: str | None = None) -> str:
    return store.create("stance", {
        "actor_id": actor_id, "topic_id": topic_id, "position": position.value,
        "label": optional_text(label, "stance label", limit=300),
        "as_of": as_of.value.isoformat(), "as_of_precision": as_of.precision.value,
        "claim_id": claim_id, "note": optional_text(note, "note", limit=10_000),
    })


def timelines(repo: Repository, actor_id: str, topic_id: str | None = None) -> list[StanceTimeline]:
    actor = repo.session.get(ActorRow, actor_id)
    if actor is None or actor.deleted:
        raise NotFoundError(f"no actor with id {actor_id}")
    by_topic: dict[str, list[tuple[Stance, str | None]]] = {}
    for row in repo.stances_of(actor_id, topic_id):
        claim = repo.session.get(ClaimRow, row.claim_id) if row.claim_id else None
        by_topic.setdefault(row.topic_id, []).append((dto.stance(row), claim.quote if claim else None))
    out = []
    for tid, stances in by_topic.items():
        topic = repo.session.get(TopicRow, tid)
        entries, suggestion = read_timeline(stances)
        out.append(StanceTimeline(actor_id, actor.name, tid, topic.name if topic else "?", entries, suggestion))
    return sorted(out, key=lambda t: t.topic_name.casefold())


class StanceService(Service):
    def add_topic(self, name: str, description: str | None = None) -> Outcome[Topic]:
        def work(store: Store, repo: Repository) -> Topic:
            if repo.topic_named(name) is not None:
                raise InputError(f"a topic called '{name}' already exists")
            return dto.topic(store.require("topic", topic_for_name(store, repo, name, description)))

        return self._write(work)

    def topics(self) -> list[Topic]:
        return self._read(lambda repo: [dto.topic(t) for t in repo.topics()])

    def topic_named(self, name: str) -> Topic | None:
        def work(repo: Repository) -> Topic | None:
            row = repo.topic_named(name)
            return dto.topic(row) if row is not None else None

        return self._read(work)

    def record(self, actor_id: str, topic: str, position: StancePosition, as_of: PartialDate,
               label: str | None = None, claim_id: str | None = None, note: str | None = None) -> Outcome[Stance]:
        def work(store: Store, repo: Repository) -> Stance:
            store.require("actor", actor_id)
            if claim_id:
                store.require("claim", claim_id)
            topic_id = topic_for_name(store, repo, topic)
            return dto.stance(store.require("stance", record_stance(
                store, actor_id, topic_id, position, as_of, label, claim_id, note)))

        return self._write(work)

    def timeline(self, actor_id: str, topic: str | None = None) -> list[StanceTimeline]:
        """One timeline per topic the actor took a stance on (or just `topic`)."""
        def work(repo: Repository) -> list[StanceTimeline]:
            topic_id = None
            if topic:
                row = repo.topic_named(topic)
                if row is None:
                    raise NotFoundError(f"no topic called '{topic}'")
                topic_id = row.id
            return timelines(repo, actor_id, topic_id)

        return self._read(work)
