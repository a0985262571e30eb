"""Mapped tables. Every replicated row has a UUID key, provenance columns and a tombstone flag.

Column values are plain text/integers/booleans so that the change log can carry them as JSON and a merge
can replay them; dates are ISO text, partial dates are a day plus a precision column.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _fk(target: str) -> ForeignKey:
    """Checked at commit, not per statement, so a merge may bring a child row before its parent."""
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Replicated:
    """Columns every merged row carries; `deleted` is a tombstone so a delete can travel and conflict."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[str] = mapped_column(String(32))
    updated_by: Mapped[str] = mapped_column(String(200))
    origin: Mapped[str | None] = mapped_column(String(500), default=None)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ActorRow(Replicated, Base):
    __tablename__ = "actor"
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(500))
    wikidata_id: Mapped[str | None] = mapped_column(String(40))
    url: Mapped[str | None] = mapped_column(Text)


class ActorAliasRow(Replicated, Base):
    __tablename__ = "actor_alias"
    actor_id: Mapped[str] = mapped_column(_fk("actor.id"), index=True)
    alias: Mapped[str] = mapped_column(String(500))


class ActorRoleRow(Replicated, Base):
    __tablename__ = "actor_role"
    actor_id: Mapped[str] = mapped_column(_fk("actor.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    affiliation: Mapped[str | None] = mapped_column(String(500))
    start_on: Mapped[str | None] = mapped_column(String(10))
    end_on: Mapped[str | None] = mapped_column(String(10))


class SourceRow(Replicated, Base):
    __tablename__ = "source"
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(Text, index=True)
    published_on: Mapped[str | None] = mapped_column(String(10))
    published_precision: Mapped[str | None] = mapped_column(String(12))
    accessed_at: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str | None] = mapped_column(Text)
    text_sha256: Mapped[str | None] = mapped_column(String(64))
    archive_url: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class TopicRow(Replicated, Base):
    __tablename__ = "topic"
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)


class ClaimRow(Replicated, Base):
    __tablename__ = "claim"
    # The claims list reads this index backwards (said_on, created_at, id all descending): no sort per page.
    __table_args__ = (Index("ix_claim_list_order", "said_on", "created_at", "id"),)
    quote: Mapped[str] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(String(75))
    kind: Mapped[str] = mapped_column(String(20))
    speaker_id: Mapped[str | None] = mapped_column(_fk("actor.id"), index=True)
    said_on: Mapped[str | None] = mapped_column(String(10), index=True)
    said_precision: Mapped[str | None] = mapped_column(String(12))


class AppearanceRow(Replicated, Base):
    __tablename__ = "appearance"
    claim_id: Mapped[str] = mapped_column(_fk("claim.id"), index=True)
    source_id: Mapped[str | None] = mapped_column(_fk("source.id"), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    exact: Mapped[str | None] = mapped_column(Text)
    prefix: Mapped[str | None] = mapped_column(Text)
    suffix: Mapped[str | None] = mapped_column(Text)
    start_offset: Mapped[int | None] = mapped_column(Integer)
    end_offset: Mapped[int | None] = mapped_column(Integer)
    is_first: Mapped[bool] = mapped_column(Boolean, default=False)


class ClaimTopicRow(Replicated, Base):
    __tablename__ = "claim_topic"
    claim_id: Mapped[str] = mapped_column(_fk("claim.id"), index=True)
    topic_id: Mapped[str] = mapped_column(_fk("topic.id"), index=True)


class EventRow(Replicated, Base):
    __tablename__ = "event"
    description: Mapped[str] = mapped_column(Text)
    occurred_on: Mapped[str | None] = mapped_column(String(10), index=True)
    occurred_precision: Mapped[str | None] = mapped_column(String(12))
    ended_on: Mapped[str | None] = mapped_column(String(10))
    ended_precision: Mapped[str | None] = mapped_column(String(12))
    place: Mapped[str | None] = mapped_column(String(500))


class EventActorRow(Replicated, Base):
    __tablename__ = "event_actor"
    event_id: Mapped[str] = mapped_column(_fk("event.id"), index=True)
    actor_id: Mapped[str] = mapped_column(_fk("actor.id"), index=True)


class EventSourceRow(Replicated, Base):
    __tablename__ = "event_source"
    event_id: Mapped[str] = mapped_column(_fk("event.id"), index=True)
    source_id: Mapped[str] = mapped_column(_fk("source.id"), index=True)
    exact: Mapped[str | None] = mapped_column(Text)
    prefix: Mapped[str | None] = mapped_column(Text)
    suffix: Mapped[str | None] = mapped_column(Text)
    start_offset: Mapped[int | None] = mapped_column(Integer)
    end_offset: Mapped[int | None] = mapped_column(Integer)


class EvidenceLinkRow(Replicated, Base):
    __tablename__ = "evidence_link"
    claim_id: Mapped[str] = mapped_column(_fk("claim.id"), index=True)
    target_kind: Mapped[str] = mapped_column(String(10))
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    relation: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    exact: Mapped[str | None] = mapped_column(Text)
    prefix: Mapped[str | None] = mapped_column(Text)
    suffix: Mapped[str | None] = mapped_column(Text)
    start_offset: Mapped[int | None] = mapped_column(Integer)
    end_offset: Mapped[int | None] = mapped_column(Integer)


class StanceRow(Replicated, Base):
    __tablename__ = "stance"
    actor_id: Mapped[str] = mapped_column(_fk("actor.id"), index=True)
    topic_id: Mapped[str] = mapped_column(_fk("topic.id"), index=True)
    position: Mapped[str] = mapped_column(String(20))
    label: Mapped[str | None] = mapped_column(String(300))
    as_of: Mapped[str] = mapped_column(String(10))
    as_of_precision: Mapped[str] = mapped_column(String(12))
    claim_id: Mapped[str | None] = mapped_column(_fk("claim.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)


class RatingScaleRow(Replicated, Base):
    __tablename__ = "rating_scale"
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))


class RatingLabelRow(Replicated, Base):
    __tablename__ = "rating_label"
    scale_id: Mapped[str] = mapped_column(_fk("rating_scale.id"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    value: Mapped[int] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)


class VerdictRow(Replicated, Base):
    __tablename__ = "verdict"
    claim_id: Mapped[str] = mapped_column(_fk("claim.id"), index=True)
    scale_id: Mapped[str] = mapped_column(_fk("rating_scale.id"))
    label: Mapped[str] = mapped_column(String(200))
    rating_value: Mapped[int | None] = mapped_column(Integer)
    rationale: Mapped[str] = mapped_column(Text)
    reviewer: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    signed_off_by: Mapped[str | None] = mapped_column(String(200))
    signed_off_at: Mapped[str | None] = mapped_column(String(32))
    supersedes_id: Mapped[str | None] = mapped_column(_fk("verdict.id"), index=True)
    correction_what: Mapped[str | None] = mapped_column(Text)
    correction_why: Mapped[str | None] = mapped_column(Text)
    corrected_at: Mapped[str | None] = mapped_column(String(32))


class DossierRow(Replicated, Base):
    __tablename__ = "dossier"
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)


class DossierItemRow(Replicated, Base):
    __tablename__ = "dossier_item"
    dossier_id: Mapped[str] = mapped_column(_fk("dossier.id"), index=True)
    claim_id: Mapped[str] = mapped_column(_fk("claim.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)


class ChangeRecord(Base):
    """One field edit: the unit a merge exchanges. `replaces` lists the change ids this edit had seen."""

    __tablename__ = "change_log"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)  # JSON
    hlc: Mapped[str] = mapped_column(String(80))
    site: Mapped[str] = mapped_column(String(36))
    author: Mapped[str] = mapped_column(String(200))
    replaces: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of change ids
    origin: Mapped[str | None] = mapped_column(String(500), default=None)

    __table_args__ = (Index("ix_change_log_target", "entity", "row_id", "field"),)


class FieldHead(Base):
    """The change(s) currently in force for one field; two heads mean an unresolved conflict."""

    __tablename__ = "field_head"
    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    change_id: Mapped[str] = mapped_column(_fk("change_log.id"), primary_key=True)

    __table_args__ = ({"sqlite_with_rowid": False},)  # the key is the whole row: store it once, not twice


class FileInfo(Base):
    """Facts about the file itself (its id, the newest clock reading); never user settings."""

    __tablename__ = "file_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SearchDoc(Base):
    """Maps a row to its full-text document; derived data, rebuilt locally, never merged."""

    __tablename__ = "search_doc"
    rowid: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    chunk: Mapped[int] = mapped_column(Integer, default=0)  # long texts are indexed in pieces

    __table_args__ = (Index("ix_search_doc_target", "kind", "row_id", "chunk", unique=True),)


ENTITY_TABLES: dict[str, type[Replicated]] = {
    "actor": ActorRow,
    "actor_alias": ActorAliasRow,
    "actor_role": ActorRoleRow,
    "source": SourceRow,
    "topic": TopicRow,
    "claim": ClaimRow,
    "appearance": AppearanceRow,
    "claim_topic": ClaimTopicRow,
    "event": EventRow,
    "event_actor": EventActorRow,
    "event_source": EventSourceRow,
    "evidence_link": EvidenceLinkRow,
    "stance": StanceRow,
    "rating_scale": RatingScaleRow,
    "rating_label": RatingLabelRow,
    "verdict": VerdictRow,
    "dossier": DossierRow,
    "dossier_item": DossierItemRow,
}

# A change to a child row is, for the views, a change to its parent.
PARENT_OF: dict[str, tuple[str, str]] = {
    "actor_alias": ("actor", "actor_id"),
    "actor_role": ("actor", "actor_id"),
    "appearance": ("claim", "claim_id"),
    "claim_topic": ("claim", "claim_id"),
    "event_actor": ("event", "event_id"),
    "event_source": ("event", "event_id"),
    "rating_label": ("rating_scale", "scale_id"),
    "dossier_item": ("dossier", "dossier_id"),
    "verdict": ("claim", "claim_id"),  # the claim's rating and status in lists
    "evidence_link": ("claim", "claim_id"),
    "stance": ("actor", "actor_id"),  # the actor's stance timeline
}

PROVENANCE_COLUMNS = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by", "origin"})


def is_text_field(kind: str, field: str) -> bool:
    """Whether a field holds text (so what a user types is taken literally, never parsed)."""
    column = ENTITY_TABLES[kind].__table__.columns[field]  # type: ignore[attr-defined]
    return isinstance(column.type, String | Text)


def data_fields(kind: str) -> tuple[str, ...]:
    """The columns a change record may set for this kind (everything but key and provenance)."""
    table = ENTITY_TABLES[kind].__table__  # type: ignore[attr-defined]
    return tuple(c.name for c in table.columns if c.name not in PROVENANCE_COLUMNS)
