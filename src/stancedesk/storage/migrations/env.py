"""Alembic environment: always run on the connection StanceDesk hands over, never from a config URL."""

from alembic import context

from stancedesk.storage.schema import Base

FTS_PREFIX = "search_index"


def include_object(obj, name, type_, reflected, compare_to):
    # The FTS5 table and its shadow tables are managed by hand in the migrations.
    return not (type_ == "table" and name and name.startswith(FTS_PREFIX))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
