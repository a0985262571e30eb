"""Closed vocabularies of the domain; values are what the file stores and the CLI accepts."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from stancedesk.domain.errors import InputError

E = TypeVar("E", bound=StrEnum)


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    GOVERNMENT = "government"
    OTHER = "other"


class SourceKind(StrEnum):
    ARTICLE = "article"
    TRANSCRIPT = "transcript"
    SOCIAL_POST = "social_post"
    VIDEO = "video"
    OFFICIAL_DOCUMENT = "official_document"
    OTHER = "other"


class ClaimKind(StrEnum):
    """What a claim is rated for: truth, consistency or delivery."""

    STATEMENT = "statement"
    POSITION = "position"
    PROMISE = "promise"


class Relation(StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    CONTEXT = "context"
    REPEATS = "repeats"
    REVERSES = "reverses"
    FULFILS = "fulfils"
    BREAKS = "breaks"


class TargetKind(StrEnum):
    EVENT = "event"
    CLAIM = "claim"
    SOURCE = "source"


class StancePosition(StrEnum):
    FOR = "for"
    AGAINST = "against"
    CONDITIONAL = "conditional"
    UNCLEAR = "unclear"


class VerdictStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"


class ScaleKind(StrEnum):
    TRUTH = "truth"
    CONSISTENCY = "consistency"
    PROMISE = "promise"
    CUSTOM = "custom"
    IMPORTED = "imported"


class FlipSuggestion(StrEnum):
    """Flip-O-Meter style reading of a stance timeline; labels match the shipped consistency scale."""

    NO_FLIP = "No flip"
    HALF_FLIP = "Half flip"
    FULL_FLOP = "Full flop"


def parse_enum(enum_type: type[E], value: str, what: str) -> E:
    """Turn user text into an enum member, or fail with the accepted values named."""
    cleaned = value.strip().lower().replace("-", "_").replace(" ", "_")
    for member in enum_type:
        if member.value == cleaned or member.name.lower() == cleaned:
            return member
    accepted = ", ".join(m.value for m in enum_type)
    raise InputError(f"unknown {what} '{value}' (expected one of: {accepted})")
