"""Every read query the services need; rows go out, DTOs are built by the services."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, defer

from stancedesk.domain.queries import ClaimCursor, ClaimFilter
from stancedesk.domain.rules import fold_name
from stancedesk.storage import search_index
from stancedesk.storage.schema import (
    ENTITY_TABLES,
    ActorAliasRow,
    ActorRoleRow,
    ActorRow,
    AppearanceRow,
    ClaimRow,
    ClaimTopicRow,
    DossierItemRow,
    DossierRow,
    EventActorRow,
    EventRow,
    EventSourceRow,
    EvidenceLinkRow,
    RatingLabelRow,
    RatingScaleRow,
    Replicated,
    SourceRow,
    StanceRow,
    TopicRow,
    VerdictRow,
)

R = TypeVar("R", bound=Replicated)

PREFIX_KINDS = ("claim", "event", "source", "actor", "verdict", "evidence_link", "dossier", "topic", "stance")





def _after(cursor: ClaimCursor) -> ColumnElement[bool]:
    """Rows that sort after `cursor` in the claims order (said_on, created_at, id, all descending; nulls last)."""
    later_in_day = or_(ClaimRow.created_at < cursor.created_at,
                       and_(ClaimRow.created_at == cursor.created_at, ClaimRow.id < cursor.id))
    if cursor.said_on is None:
        return and_(ClaimRow.said_on.is_(None), later_in_day)
    return or_(ClaimRow.said_on < cursor.said_on, ClaimRow.said_on.is_(None),
               and_(ClaimRow.said_on == cursor.said_on, later_in_day))


class Repository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _live(self, table: type[R], *where: ColumnElement[bool], order: Sequence[Any] = ()) -> list[R]:
        """Rows that are not tombstoned, matching `where`, in `order`."""
        query = select(table).where(table.deleted.is_(False), *where).order_by(*order)
        return list(self.session.scalars(query))

    # -- ids ----------------------------------------------------------------------------------------
    def find_by_prefix(self, prefix: str, kinds: Sequence[str] = PREFIX_KINDS, limit: int = 5) -> list[tuple[str, str]]:
        pattern = prefix.lower().replace("%", "").replace("_", "") + "%"
        found: list[tuple[str, str]] = []
        for kind in kinds:
            table = ENTITY_TABLES[kind]
            ids = self.session.scalars(
                select(table.id).where(table.id.like(pattern), table.deleted.is_(False)).limit(limit)
            )
            found.extend((kind, row_id) for row_id in ids)
        return found

    # -- actors -------------------------------------------------------------------------------------
    def actors(self, offset: int = 0, limit: int | None = None) -> list[ActorRow]:
        query = select(ActorRow).where(ActorRow.deleted.is_(False)).order_by(func.sd_fold(ActorRow.name), ActorRow.id)
        return list(self.session.scalars(query.offset(offset).limit(limit)))

    def actors_named(self, name: str) -> list[ActorRow]:
        """Actors whose name or an alias equals `name`, ignoring case."""
        wanted = fold_name(name)
        alias_match = exists().where(
            ActorAliasRow.actor_id == ActorRow.id,
            ActorAliasRow.deleted.is_(False),
            func.sd_fold(ActorAliasRow.alias) == wanted,
        )
        query = select(ActorRow).where(
            ActorRow.deleted.is_(False), or_(func.sd_fold(ActorRow.name) == wanted, alias_match)
        )
        return list(self.session.scalars(query.order_by(ActorRow.created_at)))

    def actors_with_word(self, word: str) -> list[ActorRow]:
        """Actors whose name has `word` as one of its words ("Putin" finds "Vladimir Putin"), ignoring case."""
        wanted = fold_name(word)
        if not wanted:
            return []
        pattern = "%" + wanted.replace("%", "").replace("_", "") + "%"
        rows = self.session.scalars(select(ActorRow).where(
            ActorRow.deleted.is_(False), func.sd_fold(ActorRow.name).like(pattern)))
        return [row for row in rows if wanted in fold_name(row.name).replace("-", " ").split()
                or fold_name(row.name).endswith(" " + wanted)]

    def aliases_of(self, actor_id: str) -> list[ActorAliasRow]:
        return self._live(ActorAliasRow, ActorAliasRow.actor_id == actor_id, order=[ActorAliasRow.created_at])

    def roles_of(self, actor_id: str) -> list[ActorRoleRow]:
        return self._live(ActorRoleRow, ActorRoleRow.actor_id == actor_id, order=[ActorRoleRow.start_on])

    def aliases_for(self, actor_ids: Sequence[str]) -> dict[str, list[ActorAliasRow]]:
        """Aliases of many actors in one query, for list pages."""
        out: dict[str, list[ActorAliasRow]] = {i: [] for i in actor_ids}
        for row in self._live(ActorAliasRow, ActorAliasRow.actor_id.in_(actor_ids), order=[ActorAliasRow.created_at]):
            out[row.actor_id].append(row)
        return out

    def roles_for(self, actor_ids: Sequence[str]) -> dict[str, list[ActorRoleRow]]:
        out: dict[str, list[ActorRoleRow]] = {i: [] for i in actor_ids}
        for row in self._live(ActorRoleRow, ActorRoleRow.actor_id.in_(actor_ids), order=[ActorRoleRow.start_on]):
            out[row.actor_id].append(row)
        return out

    def all_aliases(self) -> list[tuple[str, str]]:
        """(actor id, alias) for every live alias: what the quote extractor's directory looks through."""
        query = select(ActorAliasRow.actor_id, ActorAliasRow.alias).join(
            ActorRow, ActorRow.id == ActorAliasRow.actor_id
        ).where(ActorAliasRow.deleted.is_(False), ActorRow.deleted.is_(False))
        return [(a, b) for a, b in self.session.execute(query)]

    # -- sources ------------------------------------------------------------------------------------
    def sources(self, offset: int = 0, limit: int | None = None) -> list[SourceRow]:
        """Without their text snapshots (megabytes each), which lists never show; touching `.text` loads it."""
        query = (select(SourceRow).options(defer(SourceRow.text)).where(SourceRow.deleted.is_(False))
                 .order_by(SourceRow.created_at, SourceRow.id))
        return list(self.session.scalars(query.offset(offset).limit(limit)))

    def sources_with_url(self, url: str) -> list[SourceRow]:
        return self._live(SourceRow, SourceRow.url == url)

    # -- claims -------------------------------------------------------------------------------------
    def appearances_of(self, claim_id: str) -> list[AppearanceRow]:
        return list(self.session.scalars(select(AppearanceRow).where(
            AppearanceRow.claim_id == claim_id, AppearanceRow.deleted.is_(False)
        ).order_by(AppearanceRow.is_first.desc(), AppearanceRow.created_at)))

    def topics_of_claim(self, claim_id: str) -> list[TopicRow]:
        return list(self.session.scalars(select(TopicRow).join(
            ClaimTopicRow, ClaimTopicRow.topic_id == TopicRow.id
        ).where(ClaimTopicRow.claim_id == claim_id, ClaimTopicRow.deleted.is_(False), TopicRow.deleted.is_(False))
          .order_by(TopicRow.name)))

    def claim_topic_links(self, claim_id: str) -> list[ClaimTopicRow]:
        return self._live(ClaimTopicRow, ClaimTopicRow.claim_id == claim_id)

    def _current_verdict_column(self, column: str) -> ColumnElement[str]:
        newer = aliased(VerdictRow)
        return (
            select(getattr(VerdictRow, column))
            .where(
                VerdictRow.claim_id == ClaimRow.id,
                VerdictRow.deleted.is_(False),
                ~exists().where(newer.supersedes_id == VerdictRow.id, newer.deleted.is_(False)),
            )
            .order_by(VerdictRow.created_at.desc(), VerdictRow.id.desc())
            .limit(1)
            .correlate(ClaimRow)
            .scalar_subquery()
        )

    def _claim_conditions(self, claim_filter: ClaimFilter) -> list[ColumnElement[bool]]:
        f = claim_filter
        conditions: list[ColumnElement[bool]] = [ClaimRow.deleted.is_(False)]
        if f.speaker_id:
            conditions.append(ClaimRow.speaker_id == f.speaker_id)
        if f.kind:
            conditions.append(ClaimRow.kind == f.kind.value)
        if f.topic_id:
            conditions.append(exists().where(
                ClaimTopicRow.claim_id == ClaimRow.id, ClaimTopicRow.topic_id == f.topic_id,
                ClaimTopicRow.deleted.is_(False)))
        if f.said_from:
            conditions.append(ClaimRow.said_on >= f.said_from.isoformat())
        if f.said_to:
            conditions.append(ClaimRow.said_on <= f.said_to.isoformat())
        if f.rating:
            conditions.append(func.sd_fold(self._current_verdict_column("label")) == fold_name(f.rating))
        if f.status:
            conditions.append(self._current_verdict_column("status") == f.status.value)
        return conditions

    def claims_page(self, claim_filter: ClaimFilter, offset: int, limit: int, after: ClaimCursor | None = None
                    ) -> list[tuple[ClaimRow, str | None, str | None, str | None]]:
        """(claim, speaker name, current rating, current status) for one page, newest said first."""
        query = (
            select(ClaimRow, ActorRow.name, self._current_verdict_column("label"),
                   self._current_verdict_column("status"))
            .outerjoin(ActorRow, ActorRow.id == ClaimRow.speaker_id)
            .where(*self._claim_conditions(claim_filter))
            .order_by(ClaimRow.said_on.desc(), ClaimRow.created_at.desc(), ClaimRow.id.desc())  # SQLite: nulls last
            .offset(offset).limit(limit)
        )
        if after is not None:
            query = query.where(_after(after))
        return [(row[0], row[1], row[2], row[3]) for row in self.session.execute(query)]

    def claims_count(self, claim_filter: ClaimFilter) -> int:
        query = select(func.count(ClaimRow.id)).where(*self._claim_conditions(claim_filter))
        return int(self.session.scalar(query) or 0)

    def search(self, user_text: str, claim_filter: ClaimFilter, kinds: Sequence[str] | None,
               limit: int, offset: int) -> list[search_index.IndexHit]:
        conditions = None if claim_filter.is_empty else self._claim_conditions(claim_filter)
        return search_index.search(self.session, user_text, limit=limit, offset=offset,
                                   claim_conditions=conditions, kinds=kinds)

    def claim_ids_matching(self, claim_filter: ClaimFilter, ids: Sequence[str]) -> set[str]:
        query = select(ClaimRow.id).where(ClaimRow.id.in_(ids), *self._claim_conditions(claim_filter))
        return set(self.session.scalars(query))

    def claims_with_quote(self, quote: str) -> list[ClaimRow]:
        return self._live(ClaimRow, ClaimRow.quote == quote)

    def claims_of_speaker(self, actor_id: str) -> list[ClaimRow]:
        return list(self.session.scalars(select(ClaimRow).where(
            ClaimRow.speaker_id == actor_id, ClaimRow.deleted.is_(False)).order_by(ClaimRow.said_on)))

    # -- events -------------------------------------------------------------------------------------
    def events(self, offset: int = 0, limit: int | None = None) -> list[EventRow]:
        query = select(EventRow).where(EventRow.deleted.is_(False)).order_by(
            EventRow.occurred_on.desc().nulls_last(), EventRow.id)
        return list(self.session.scalars(query.offset(offset).limit(limit)))

    def event_actors(self, event_id: str) -> list[ActorRow]:
        return list(self.session.scalars(select(ActorRow).join(
            EventActorRow, EventActorRow.actor_id == ActorRow.id
        ).where(EventActorRow.event_id == event_id, EventActorRow.deleted.is_(False), ActorRow.deleted.is_(False))
          .order_by(EventActorRow.created_at)))

    def event_actors_for(self, event_ids: Sequence[str]) -> dict[str, list[ActorRow]]:
        out: dict[str, list[ActorRow]] = {i: [] for i in event_ids}
        query = (select(EventActorRow.event_id, ActorRow)
                 .join(ActorRow, ActorRow.id == EventActorRow.actor_id)
                 .where(EventActorRow.event_id.in_(event_ids), EventActorRow.deleted.is_(False),
                        ActorRow.deleted.is_(False))
                 .order_by(EventActorRow.created_at))
        for event_id, actor in self.session.execute(query):
            out[event_id].append(actor)
        return out

    def event_sources_for(self, event_ids: Sequence[str]) -> dict[str, list[EventSourceRow]]:
        out: dict[str, list[EventSourceRow]] = {i: [] for i in event_ids}
        order = [EventSourceRow.created_at]
        for row in self._live(EventSourceRow, EventSourceRow.event_id.in_(event_ids), order=order):
            out[row.event_id].append(row)
        return out

    def event_sources(self, event_id: str) -> list[EventSourceRow]:
        return self._live(EventSourceRow, EventSourceRow.event_id == event_id, order=[EventSourceRow.created_at])

    # -- evidence -----------------------------------------------------------------------------------
    def links_from(self, claim_id: str) -> list[EvidenceLinkRow]:
        return self._live(EvidenceLinkRow, EvidenceLinkRow.claim_id == claim_id, order=[EvidenceLinkRow.created_at])

    def links_to(self, target_id: str) -> list[EvidenceLinkRow]:
        return self._live(EvidenceLinkRow, EvidenceLinkRow.target_id == target_id, order=[EvidenceLinkRow.created_at])

    def has_live_evidence(self, claim_id: str) -> bool:
        """Whether a live link points at a live event, claim or source (a deleted target is no evidence)."""
        for link in self.links_from(claim_id):
            target = self.session.get(ENTITY_TABLES[link.target_kind], link.target_id)
            if target is not None and not target.deleted:
                return True
        return False

    # -- verdicts and scales ------------------------------------------------------------------------
    def verdicts_of(self, claim_id: str) -> list[VerdictRow]:
        return self._live(VerdictRow, VerdictRow.claim_id == claim_id, order=[VerdictRow.created_at, VerdictRow.id])

    def published_verdicts(self) -> list[VerdictRow]:
        return self._live(VerdictRow, VerdictRow.status == "published", order=[VerdictRow.created_at])

    def scales(self) -> list[RatingScaleRow]:
        return self._live(RatingScaleRow, order=[RatingScaleRow.created_at, RatingScaleRow.name])

    def scale_named(self, name: str) -> RatingScaleRow | None:
        return self.session.scalars(select(RatingScaleRow).where(
            func.sd_fold(RatingScaleRow.name) == fold_name(name), RatingScaleRow.deleted.is_(False))
        ).first()

    def labels_of(self, scale_id: str) -> list[RatingLabelRow]:
        return self._live(RatingLabelRow, RatingLabelRow.scale_id == scale_id, order=[RatingLabelRow.value.desc()])

    # -- topics and stances -------------------------------------------------------------------------
    def topics(self) -> list[TopicRow]:
        return self._live(TopicRow, order=[TopicRow.name])

    def topic_named(self, name: str) -> TopicRow | None:
        return self.session.scalars(select(TopicRow).where(
            func.sd_fold(TopicRow.name) == fold_name(name), TopicRow.deleted.is_(False))).first()

    def stances_of(self, actor_id: str, topic_id: str | None = None) -> list[StanceRow]:
        conditions = [StanceRow.actor_id == actor_id, StanceRow.deleted.is_(False)]
        if topic_id:
            conditions.append(StanceRow.topic_id == topic_id)
        return list(self.session.scalars(select(StanceRow).where(and_(*conditions)).order_by(
            StanceRow.as_of, StanceRow.created_at, StanceRow.id)))

    def stances_for_claim(self, claim_id: str) -> list[StanceRow]:
        return self._live(StanceRow, StanceRow.claim_id == claim_id)

    # -- dossiers -----------------------------------------------------------------------------------
    def dossiers(self) -> list[DossierRow]:
        return self._live(DossierRow, order=[DossierRow.name])

    def dossier_named(self, name: str) -> DossierRow | None:
        return self.session.scalars(select(DossierRow).where(
            func.sd_fold(DossierRow.name) == fold_name(name), DossierRow.deleted.is_(False))).first()

    def dossier_items_with_claim(self, claim_id: str) -> list[DossierItemRow]:
        return self._live(DossierItemRow, DossierItemRow.claim_id == claim_id)

    def dossier_items(self, dossier_id: str) -> list[DossierItemRow]:
        order = [DossierItemRow.position, DossierItemRow.created_at]
        return self._live(DossierItemRow, DossierItemRow.dossier_id == dossier_id, order=order)

    # -- counts for `check` and the status bar ------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for kind in ("actor", "source", "claim", "event", "evidence_link", "verdict", "topic", "dossier"):
            table = ENTITY_TABLES[kind]
            out[kind] = int(self.session.scalar(
                select(func.count()).select_from(table).where(table.deleted.is_(False))) or 0)
        return out
