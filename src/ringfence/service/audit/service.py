"""Append entries to the audit log (in the caller's transaction) and read them back with filters."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ringfence.service.audit.models import AuditEntry
from ringfence.service.events.models import Event

SYSTEM = "system"


def record(
    session: Session,
    *,
    tenant: str,
    actor: str,
    action: str,
    target_type: str,
    target_id: str | int,
    at: datetime,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Add one entry; it commits (or rolls back) with the change it describes. Never pass raw contact values."""
    session.add(
        AuditEntry(
            tenant=tenant,
            at=at,
            actor=actor,
            action=action,
            target_type=target_type,
            target_id=str(target_id),
            before=before,
            after=after,
        )
    )


def record_event_change(
    session: Session, event: Event, *, actor: str, action: str, at: datetime, before: dict[str, str]
) -> None:
    """Audit a moderation change to an event's shown content; `before` is `event.state` taken before it."""
    record(
        session,
        tenant=event.tenant,
        actor=actor,
        action=action,
        target_type="event",
        target_id=event.event_id,
        at=at,
        before=before,
        after=event.state,
    )


def entry_dict(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "target_type": entry.target_type,
        "target_id": entry.target_id,
        "before": entry.before,
        "after": entry.after,
    }


def query(
    session: Session,
    tenant: str,
    *,
    action: str | None = None,
    actor: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after_id: int = 0,
    limit: int | None = None,
) -> list[AuditEntry]:
    stmt = select(AuditEntry).where(AuditEntry.tenant == tenant, AuditEntry.id > after_id)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    if actor:
        stmt = stmt.where(AuditEntry.actor == actor)
    if since:
        stmt = stmt.where(AuditEntry.at >= since)
    if until:
        stmt = stmt.where(AuditEntry.at < until)
    stmt = stmt.order_by(AuditEntry.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


CSV_FIELDS = ("id", "at", "actor", "action", "target_type", "target_id", "before", "after")


def export_lines(entries: list[AuditEntry], fmt: str) -> Iterator[str]:
    """JSON lines, or CSV with a header (before/after as JSON strings)."""
    if fmt == "jsonl":
        for entry in entries:
            yield json.dumps(entry_dict(entry), ensure_ascii=False) + "\n"
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_FIELDS)
    for entry in entries:
        row = entry_dict(entry)
        writer.writerow([json.dumps(row[f]) if f in ("before", "after") else row[f] for f in CSV_FIELDS])
    yield buffer.getvalue()
