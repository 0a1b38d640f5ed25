"""Alembic environment: runs on the connection the service hands over (see ringfence.service.db.migrate)."""

from __future__ import annotations

from alembic import context

from ringfence.service.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the service always passes a connection
    raise RuntimeError("run migrations through ringfence.service.db.migrate")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
