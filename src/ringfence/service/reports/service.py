"""User reports: join the open case for the reported event (or identical content), or open one."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ringfence.service.audit import service as audit
from ringfence.service.cases import service as cases
from ringfence.service.cases.models import Case
from ringfence.service.errors import Conflict, Invalid
from ringfence.service.events import service as events
from ringfence.service.events.models import Event
from ringfence.service.policies.service import PolicyState
from ringfence.service.reports.models import Report
from ringfence.service.runtime import Principal, Runtime


def _open_case_for_content(session: Session, tenant: str, digest: str, sender_id: str | None) -> Event | None:
    stmt = (
        select(Event)
        .join(Case, Case.event_pk == Event.id)
        .where(Case.tenant == tenant, Case.open_key.is_not(None), Event.text_sha256 == digest)
    )
    if sender_id:
        stmt = stmt.where(Event.sender_id == sender_id)
    return session.scalar(stmt.order_by(Case.id).limit(1))


def report(
    runtime: Runtime,
    session: Session,
    state: PolicyState,
    caller: Principal,
    *,
    event_id: str | None,
    text: str | None,
    context_data: dict[str, Any],
    reason: str,
) -> dict[str, Any]:
    if event_id is not None:
        event = events.get_event(session, caller.tenant, event_id)
    elif text is not None:
        found = _open_case_for_content(session, caller.tenant, events.text_digest(text), context_data.get("sender_id"))
        if found is None:  # unseen content: record it (scanned with the tenant's policy) so the case can show it
            _, created = events.record(
                runtime, session, state, caller, text=text, context_data=context_data, event_id=None, source="report"
            )
            assert created is not None  # a generated event_id never replays
            found = created
        event = found
    else:
        raise Invalid('send "event_id", or "text" with its "context"')
    for _ in range(3):  # a concurrent report may open the case between our look-up and our insert
        now = runtime.clock.now()
        case = session.scalar(select(Case).where(Case.tenant == caller.tenant, Case.open_key == cases.event_key(event)))
        joined = case is not None
        try:
            if case is None:
                case = cases.new_case(
                    session,
                    state,
                    tenant=caller.tenant,
                    event=event,
                    sender_id=event.sender_id,
                    source="report",
                    severity=cases.severity_for(state, event),
                    actor=caller.key_id,
                    now=now,
                    open_key=cases.event_key(event),
                )
        except IntegrityError:
            session.rollback()
            continue
        session.execute(
            update(Case)
            .where(Case.id == case.id)
            .values(report_count=Case.report_count + 1)
            .execution_options(synchronize_session=False)
        )
        entry = Report(
            tenant=caller.tenant,
            case_id=case.id,
            event_pk=event.id,
            reason=reason,
            reported_by=caller.key_id,
            created_at=now,
        )
        session.add(entry)
        session.flush()
        audit.record(
            session,
            tenant=caller.tenant,
            actor=caller.key_id,
            action="report.create",
            target_type="case",
            target_id=case.id,
            at=now,
            after={"report_id": entry.id, "event_id": event.event_id, "joined": joined},
        )
        session.commit()
        runtime.metrics.inc(
            "ringfence_moderation_actions_total", action="report.create", outcome="joined" if joined else "opened"
        )
        return {"report_id": entry.id, "case_id": case.id, "event_id": event.event_id, "joined": joined}
    raise Conflict("the case for this content kept changing; retry the report")
