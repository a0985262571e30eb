"""Schema 2: an index in the claims list's order, so a page is read in order instead of sorted each time.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claim") as batch_op:
        batch_op.create_index("ix_claim_list_order", ["said_on", "created_at", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claim") as batch_op:
        batch_op.drop_index("ix_claim_list_order")
