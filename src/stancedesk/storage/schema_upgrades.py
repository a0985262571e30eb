"""Schema upgrades: Alembic revisions shipped in the package, applied in one transaction when a file opens."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection

from stancedesk.storage.file_format import APPLICATION_ID, SCHEMA_VERSION

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def revision_for(schema: int) -> str:
    return f"{schema:04d}"


def upgrade_to_current(connection: Connection) -> None:
    """Run every missing revision and stamp the header, inside the caller's transaction."""
    command.upgrade(alembic_config(connection), revision_for(SCHEMA_VERSION))
    connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
