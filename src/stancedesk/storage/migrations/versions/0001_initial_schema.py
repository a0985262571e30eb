"""Schema 1: the first released StanceDesk file format.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 09:13:18.937355
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actor',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('wikidata_id', sa.String(length=40), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor'))
    )
    op.create_table('change_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('hlc', sa.String(length=80), nullable=False),
    sa.Column('site', sa.String(length=36), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('replaces', sa.Text(), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_target', ['entity', 'row_id', 'field'], unique=False)

    op.create_table('dossier',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier'))
    )
    op.create_table('event',
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('occurred_on', sa.String(length=10), nullable=True),
    sa.Column('occurred_precision', sa.String(length=12), nullable=True),
    sa.Column('ended_on', sa.String(length=10), nullable=True),
    sa.Column('ended_precision', sa.String(length=12), nullable=True),
    sa.Column('place', sa.String(length=500), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_occurred_on'), ['occurred_on'], unique=False)

    op.create_table('file_info',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_file_info'))
    )
    op.create_table('rating_scale',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating_scale'))
    )
    op.create_table('search_doc',
    sa.Column('rowid', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('chunk', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('rowid', name=op.f('pk_search_doc'))
    )
    with op.batch_alter_table('search_doc', schema=None) as batch_op:
        batch_op.create_index('ix_search_doc_target', ['kind', 'row_id', 'chunk'], unique=True)

    op.create_table('source',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('publisher', sa.String(length=500), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published_on', sa.String(length=10), nullable=True),
    sa.Column('published_precision', sa.String(length=12), nullable=True),
    sa.Column('accessed_at', sa.String(length=32), nullable=True),
    sa.Column('language', sa.String(length=20), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('text_sha256', sa.String(length=64), nullable=True),
    sa.Column('archive_url', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source'))
    )
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_url'), ['url'], unique=False)

    op.create_table('topic',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topic'))
    )
    op.create_table('actor_alias',
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('alias', sa.String(length=500), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actor.id'], name=op.f('fk_actor_alias_actor_id_actor'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_alias'))
    )
    with op.batch_alter_table('actor_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_alias_actor_id'), ['actor_id'], unique=False)

    op.create_table('actor_role',
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('affiliation', sa.String(length=500), nullable=True),
    sa.Column('start_on', sa.String(length=10), nullable=True),
    sa.Column('end_on', sa.String(length=10), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actor.id'], name=op.f('fk_actor_role_actor_id_actor'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_role'))
    )
    with op.batch_alter_table('actor_role', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_role_actor_id'), ['actor_id'], unique=False)

    op.create_table('claim',
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('summary', sa.String(length=75), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('speaker_id', sa.String(length=36), nullable=True),
    sa.Column('said_on', sa.String(length=10), nullable=True),
    sa.Column('said_precision', sa.String(length=12), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['actor.id'], name=op.f('fk_claim_speaker_id_actor'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim'))
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_said_on'), ['said_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('event_actor',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actor.id'], name=op.f('fk_event_actor_actor_id_actor'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_actor_event_id_event'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_actor'))
    )
    with op.batch_alter_table('event_actor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_actor_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_actor_event_id'), ['event_id'], unique=False)

    op.create_table('event_source',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.Column('exact', sa.Text(), nullable=True),
    sa.Column('prefix', sa.Text(), nullable=True),
    sa.Column('suffix', sa.Text(), nullable=True),
    sa.Column('start_offset', sa.Integer(), nullable=True),
    sa.Column('end_offset', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_source_event_id_event'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_event_source_source_id_source'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_source'))
    )
    with op.batch_alter_table('event_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_source_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_source_source_id'), ['source_id'], unique=False)

    op.create_table('field_head',
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['change_id'], ['change_log.id'], name=op.f('fk_field_head_change_id_change_log'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('entity', 'row_id', 'field', 'change_id', name=op.f('pk_field_head')),
    sqlite_with_rowid=False
    )
    op.create_table('rating_label',
    sa.Column('scale_id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['scale_id'], ['rating_scale.id'], name=op.f('fk_rating_label_scale_id_rating_scale'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating_label'))
    )
    with op.batch_alter_table('rating_label', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rating_label_scale_id'), ['scale_id'], unique=False)

    op.create_table('appearance',
    sa.Column('claim_id', sa.String(length=36), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('exact', sa.Text(), nullable=True),
    sa.Column('prefix', sa.Text(), nullable=True),
    sa.Column('suffix', sa.Text(), nullable=True),
    sa.Column('start_offset', sa.Integer(), nullable=True),
    sa.Column('end_offset', sa.Integer(), nullable=True),
    sa.Column('is_first', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_appearance_claim_id_claim'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_appearance_source_id_source'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appearance'))
    )
    with op.batch_alter_table('appearance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appearance_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_appearance_source_id'), ['source_id'], unique=False)

    op.create_table('claim_topic',
    sa.Column('claim_id', sa.String(length=36), nullable=False),
    sa.Column('topic_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_claim_topic_claim_id_claim'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], name=op.f('fk_claim_topic_topic_id_topic'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_topic'))
    )
    with op.batch_alter_table('claim_topic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_topic_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_topic_topic_id'), ['topic_id'], unique=False)

    op.create_table('dossier_item',
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('claim_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_dossier_item_claim_id_claim'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_dossier_item_dossier_id_dossier'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_item'))
    )
    with op.batch_alter_table('dossier_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_item_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossier_item_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('evidence_link',
    sa.Column('claim_id', sa.String(length=36), nullable=False),
    sa.Column('target_kind', sa.String(length=10), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('exact', sa.Text(), nullable=True),
    sa.Column('prefix', sa.Text(), nullable=True),
    sa.Column('suffix', sa.Text(), nullable=True),
    sa.Column('start_offset', sa.Integer(), nullable=True),
    sa.Column('end_offset', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_evidence_link_claim_id_claim'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_link'))
    )
    with op.batch_alter_table('evidence_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_link_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_link_target_id'), ['target_id'], unique=False)

    op.create_table('stance',
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('topic_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=True),
    sa.Column('as_of', sa.String(length=10), nullable=False),
    sa.Column('as_of_precision', sa.String(length=12), nullable=False),
    sa.Column('claim_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actor.id'], name=op.f('fk_stance_actor_id_actor'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_stance_claim_id_claim'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], name=op.f('fk_stance_topic_id_topic'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stance'))
    )
    with op.batch_alter_table('stance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stance_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stance_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stance_topic_id'), ['topic_id'], unique=False)

    op.create_table('verdict',
    sa.Column('claim_id', sa.String(length=36), nullable=False),
    sa.Column('scale_id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('rating_value', sa.Integer(), nullable=True),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('reviewer', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('signed_off_by', sa.String(length=200), nullable=True),
    sa.Column('signed_off_at', sa.String(length=32), nullable=True),
    sa.Column('supersedes_id', sa.String(length=36), nullable=True),
    sa.Column('correction_what', sa.Text(), nullable=True),
    sa.Column('correction_why', sa.Text(), nullable=True),
    sa.Column('corrected_at', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=500), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_verdict_claim_id_claim'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['scale_id'], ['rating_scale.id'], name=op.f('fk_verdict_scale_id_rating_scale'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['supersedes_id'], ['verdict.id'], name=op.f('fk_verdict_supersedes_id_verdict'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verdict'))
    )
    with op.batch_alter_table('verdict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verdict_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_verdict_supersedes_id'), ['supersedes_id'], unique=False)


    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )

def downgrade() -> None:
    op.execute("DROP TABLE search_index")
    with op.batch_alter_table('verdict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_verdict_supersedes_id'))
        batch_op.drop_index(batch_op.f('ix_verdict_claim_id'))

    op.drop_table('verdict')
    with op.batch_alter_table('stance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stance_topic_id'))
        batch_op.drop_index(batch_op.f('ix_stance_claim_id'))
        batch_op.drop_index(batch_op.f('ix_stance_actor_id'))

    op.drop_table('stance')
    with op.batch_alter_table('evidence_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_link_target_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_link_claim_id'))

    op.drop_table('evidence_link')
    with op.batch_alter_table('dossier_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_item_dossier_id'))
        batch_op.drop_index(batch_op.f('ix_dossier_item_claim_id'))

    op.drop_table('dossier_item')
    with op.batch_alter_table('claim_topic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_topic_topic_id'))
        batch_op.drop_index(batch_op.f('ix_claim_topic_claim_id'))

    op.drop_table('claim_topic')
    with op.batch_alter_table('appearance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appearance_source_id'))
        batch_op.drop_index(batch_op.f('ix_appearance_claim_id'))

    op.drop_table('appearance')
    with op.batch_alter_table('rating_label', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rating_label_scale_id'))

    op.drop_table('rating_label')
    op.drop_table('field_head')
    with op.batch_alter_table('event_source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_source_source_id'))
        batch_op.drop_index(batch_op.f('ix_event_source_event_id'))

    op.drop_table('event_source')
    with op.batch_alter_table('event_actor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_actor_event_id'))
        batch_op.drop_index(batch_op.f('ix_event_actor_actor_id'))

    op.drop_table('event_actor')
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_claim_said_on'))

    op.drop_table('claim')
    with op.batch_alter_table('actor_role', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_role_actor_id'))

    op.drop_table('actor_role')
    with op.batch_alter_table('actor_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_alias_actor_id'))

    op.drop_table('actor_alias')
    op.drop_table('topic')
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_url'))

    op.drop_table('source')
    with op.batch_alter_table('search_doc', schema=None) as batch_op:
        batch_op.drop_index('ix_search_doc_target')

    op.drop_table('search_doc')
    op.drop_table('rating_scale')
    op.drop_table('file_info')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_occurred_on'))

    op.drop_table('event')
    op.drop_table('dossier')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_target')

    op.drop_table('change_log')
    op.drop_table('actor')
