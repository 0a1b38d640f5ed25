"""GET /v1/audit: the tenant's audit log with filters, as JSON pages or a JSON-lines / CSV export."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from ringfence.service.audit import service
from ringfence.service.deps import Admin, SessionDep
from ringfence.service.errors import Invalid

router = APIRouter(prefix="/v1/audit", tags=["audit"])


@router.get("", summary="Audit entries, oldest first; ?format=jsonl or csv exports every match")
def list_audit(
    caller: Admin,
    session: SessionDep,
    action: str | None = None,
    actor: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after: int = Query(default=0, ge=0, description="return entries with id greater than this (the `next` value)"),
    limit: int = Query(default=100, ge=1, le=1000),
    format: Literal["json", "jsonl", "csv"] = "json",
) -> Any:
    for name, value in (("since", since), ("until", until)):
        if value is not None and value.tzinfo is None:
            raise Invalid(f"{name} needs a timezone, e.g. 2026-01-01T00:00:00Z")
    if format != "json":
        entries = service.query(
            session, caller.tenant, action=action, actor=actor, since=since, until=until, after_id=after
        )
        media = "application/x-ndjson" if format == "jsonl" else "text/csv"
        filename = f"audit-{caller.tenant}.{format}"
        return StreamingResponse(
            service.export_lines(entries, format),
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )
    entries = service.query(
        session, caller.tenant, action=action, actor=actor, since=since, until=until, after_id=after, limit=limit + 1
    )
    more = len(entries) > limit
    entries = entries[:limit]
    return {"items": [service.entry_dict(e) for e in entries], "next": entries[-1].id if more else None}
