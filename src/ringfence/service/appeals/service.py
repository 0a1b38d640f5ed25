"""Appeals: filed against a confirmed case; decided by a different reviewer; overturning removes the strike
and releases the content."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ringfence.service.appeals.models import Appeal
from ringfence.service.audit import service as audit
from ringfence.service.cases import service as cases
from ringfence.service.cases.models import Case
from ringfence.service.errors import Conflict, Forbidden, Invalid, NotFound
from ringfence.service.events.models import Event
from ringfence.service.runtime import Principal, Runtime
from ringfence.service.strikes import service as strikes

OUTCOMES = ("upheld", "overturned")


def appeal_dict(appeal: Appeal) -> dict[str, Any]:
    return {
        "id": appeal.id,
        "case_id": appeal.case_id,
        "status": appeal.status,
        "statement": appeal.statement,
        "filed_by": appeal.filed_by,
        "outcome": appeal.outcome,
        "note": appeal.note,
        "decided_by": appeal.decided_by,
        "decided_at": appeal.decided_at.isoformat() if appeal.decided_at else None,
        "created_at": appeal.created_at.isoformat(),
    }


def file(session: Session, runtime: Runtime, caller: Principal, case_id: int, statement: str) -> Appeal:
    case = cases.get_case(session, caller.tenant, case_id)
    if case.status != "decided" or not case.confirmed:
        raise Conflict(
            f"case {case_id} has no confirmed violation to appeal (status {case.status}, outcome {case.outcome})"
        )
    now = runtime.clock.now()
    appeal = Appeal(
        tenant=caller.tenant,
        case_id=case.id,
        statement=statement,
        status="open",
        filed_by=caller.key_id,
        created_at=now,
    )
    session.add(appeal)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise Conflict(f"case {case_id} already has an appeal") from None
    audit.record(
        session,
        tenant=caller.tenant,
        actor=caller.key_id,
        action="appeal.file",
        target_type="appeal",
        target_id=appeal.id,
        at=now,
        after={"case_id": case.id, "status": "open"},
    )
    session.commit()
    return appeal


def get_appeal(session: Session, tenant: str, appeal_id: int) -> Appeal:
    appeal = session.get(Appeal, appeal_id, populate_existing=True)
    if appeal is None or appeal.tenant != tenant:
        raise NotFound(f"no appeal {appeal_id} in this tenant")
    return appeal


def list_appeals(session: Session, tenant: str, status: str | None) -> list[Appeal]:
    stmt = select(Appeal).where(Appeal.tenant == tenant)
    if status:
        stmt = stmt.where(Appeal.status == status)
    return list(session.scalars(stmt.order_by(Appeal.id).limit(500)))


def decide(
    session: Session, runtime: Runtime, caller: Principal, appeal_id: int, outcome: str, note: str | None
) -> Appeal:
    if outcome not in OUTCOMES:
        raise Invalid(f"outcome must be one of {', '.join(OUTCOMES)}; got {outcome!r}")
    appeal = get_appeal(session, caller.tenant, appeal_id)
    case = cases.get_case(session, caller.tenant, appeal.case_id)
    if case.decided_by == caller.key_id:
        raise Forbidden("the reviewer who decided the case cannot decide its appeal; another reviewer must")
    now = runtime.clock.now()
    result = session.execute(
        update(Appeal)
        .where(Appeal.id == appeal_id, Appeal.tenant == caller.tenant, Appeal.status == "open")
        .values(status="decided", outcome=outcome, note=note, decided_by=caller.key_id, decided_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise Conflict(f"appeal {appeal_id} was already decided")
    if outcome == "overturned":
        _overturn(session, caller, case, now)
    audit.record(
        session,
        tenant=caller.tenant,
        actor=caller.key_id,
        action="appeal.decide",
        target_type="appeal",
        target_id=appeal_id,
        at=now,
        before={"status": "open"},
        after={"status": "decided", "outcome": outcome, "case_id": case.id},
    )
    session.commit()
    runtime.metrics.inc("ringfence_moderation_actions_total", action="appeal.decide", outcome=outcome)
    return get_appeal(session, caller.tenant, appeal_id)


def _overturn(session: Session, caller: Principal, case: Case, now: Any) -> None:
    strikes.remove_for_case(
        session, tenant=caller.tenant, case_id=case.id, reason="appeal overturned", actor=caller.key_id, now=now
    )
    session.execute(
        update(Case).where(Case.id == case.id).values(confirmed=False).execution_options(synchronize_session=False)
    )
    event = session.get(Event, case.event_pk) if case.event_pk else None
    if event is not None:
        before = event.state
        if event.release(now):
            audit.record_event_change(
                session, event, actor=caller.key_id, action="event.release", at=now, before=before
            )
