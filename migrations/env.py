"""Alembic environment: runs on the connection the program hands over, or opens its own."""

from __future__ import annotations

from alembic import context

from stockpile_tracker.db.engine import make_engine
from stockpile_tracker.db.models import Base
from stockpile_tracker.paths import default_database_url

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = make_engine(config.get_main_option("sqlalchemy.url") or default_database_url())
    with engine.begin() as own_connection:
        _run(own_connection)
    engine.dispose()
