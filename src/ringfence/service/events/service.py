"""Scanning with the tenant's policy, and recording decisions idempotently (unique tenant + event_id)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ringfence import Context, InputTooLargeError, RingfenceError, ScanResult
from ringfence.masking import mask_value
from ringfence.service.audit import service as audit
from ringfence.service.cases import service as cases
from ringfence.service.cases.models import Case
from ringfence.service.errors import Conflict, Invalid, NotFound, TooLarge
from ringfence.service.events.models import Event
from ringfence.service.logs import get_logger
from ringfence.service.policies.service import PolicyState
from ringfence.service.runtime import Principal, Runtime

CONTEXT_FIELDS = ("surface", "stage", "sender_id", "sender_role", "thread_id", "locale", "sender_name")


def make_context(data: dict[str, Any], tenant: str) -> Context:
    try:
        return Context.from_mapping(data, tenant=tenant)
    except RingfenceError as exc:
        raise Invalid(f"context: {exc}") from None


def scan(state: PolicyState, text: str, context: Context) -> ScanResult:
    try:
        return state.scanner.scan(text, context)
    except InputTooLargeError as exc:
        raise TooLarge(str(exc)) from None
    except RingfenceError as exc:
        raise Invalid(str(exc)) from None


def masked_findings(result: ScanResult) -> list[dict[str, Any]]:
    """Findings as safe for logs and the audit trail: kind, rule and a masked value, never the raw value."""
    return [
        {"kind": f.kind.value, "rule": f.rule, "value": mask_value(f.kind, f.value), "violation": f.violation}
        for f in result.findings
    ]


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _response(event: Event, case_id: int | None) -> dict[str, Any]:
    return {**event.result, "event_id": event.event_id, "case_id": case_id}


def _first_case_id(session: Session, event: Event) -> int | None:
    return session.scalar(select(Case.id).where(Case.event_pk == event.id).order_by(Case.id).limit(1))


def _replay(session: Session, tenant: str, event_id: str, digest: str) -> dict[str, Any] | None:
    event = session.scalar(select(Event).where(Event.tenant == tenant, Event.event_id == event_id))
    if event is None:
        return None
    _check_digest(event_id, event.text_sha256, digest)
    return _response(event, _first_case_id(session, event))


def _check_digest(event_id: str, stored: str, digest: str) -> None:
    if stored != digest:
        raise Conflict(f"event_id {event_id!r} was already recorded for a different text; use a new event_id")


# Core, built once: far cheaper per call than an ORM query, and session.connection() never autoflushes
_FIND_DIGEST = select(Event.text_sha256).where(
    Event.tenant == bindparam("tenant"), Event.event_id == bindparam("event_id")
)
_BATCH_EVENTS = "ringfence_batch_events"  # session.info: (tenant, event_id) -> events this transaction added


def _replay_in_batch(session: Session, tenant: str, event_id: str, digest: str) -> dict[str, Any] | None:
    """A retry of an event stored earlier in this transaction (not flushed yet), or of a committed one. The
    committed check reads one narrow row and never flushes, so a batch's inserts go out in one flush."""
    earlier: Stored | None = session.info.get(_BATCH_EVENTS, {}).get((tenant, event_id))
    if earlier is not None and earlier.event is not None and earlier.event in session:  # not rolled back
        _check_digest(event_id, earlier.event.text_sha256, digest)
        return earlier.response
    found = session.connection().execute(_FIND_DIGEST, {"tenant": tenant, "event_id": event_id}).first()
    if found is None:
        return None
    _check_digest(event_id, found.text_sha256, digest)
    return _replay(session, tenant, event_id, digest)


@dataclass(frozen=True)
class Pending:
    """A scanned text ready to be stored: everything CPU-bound is done before the write queue sees it."""

    tenant: str
    key_id: str
    event_id: str | None  # None: a generated id, which never replays
    text: str
    digest: str
    context: dict[str, Any]
    sender_id: str | None
    surface: str
    result: ScanResult
    source: str


@dataclass(frozen=True)
class Stored:
    """The API response of a stored (or replayed) event, and what to log and count once it is committed."""

    response: dict[str, Any]
    event: Event | None = None  # None on a replay
    case_id: int | None = None
    findings: list[dict[str, Any]] = field(default_factory=list)


def _check_storable(fields: dict[str, Any]) -> None:
    """A recorded field must be valid Unicode: JSON may carry a lone surrogate ("\\ud800"), which scans (and is
    echoed escaped) but cannot be stored as UTF-8 in either database."""
    for name, value in fields.items():
        if not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise Invalid(
                f"{name}: a lone surrogate (U+{ord(value[exc.start]):04X}) at character {exc.start} cannot be "
                "recorded; send valid Unicode, or scan without record"
            ) from None


def prepare(
    state: PolicyState,
    caller: Principal,
    *,
    text: str,
    context_data: dict[str, Any],
    event_id: str | None,
    source: str = "scan",
) -> Pending:
    """Scan a text for recording (no database): the part of `record` that runs outside the write transaction."""
    _check_storable({"text": text, "event_id": event_id, **{f"context.{k}": v for k, v in context_data.items()}})
    context = make_context(context_data, caller.tenant)
    result = scan(state, text, context)
    return Pending(
        tenant=caller.tenant,
        key_id=caller.key_id,
        event_id=event_id,
        text=text,
        digest=text_digest(text),
        context={k: v for k, v in context_data.items() if k in CONTEXT_FIELDS and v is not None},
        sender_id=context.sender_id,
        surface=str(context.surface),
        result=result,
        source=source,
    )


def store(session: Session, state: PolicyState, pending: Pending, now: datetime) -> Stored:
    """Insert the event, its audit entry and its case (if the policy opens one) without committing. A retried
    event_id returns the stored result, also when the retries share a write batch (the earlier one's row is
    visible) or race across processes: the unique constraint lets exactly one insert win, and the loser's
    IntegrityError makes the write queue run it again, when it reads the winner's row."""
    if pending.event_id is not None:
        replayed = _replay_in_batch(session, pending.tenant, pending.event_id, pending.digest)
        if replayed is not None:
            return Stored(replayed)
    result = pending.result
    event = Event(
        tenant=pending.tenant,
        event_id=pending.event_id or f"evt_{uuid.uuid4().hex}",
        text=pending.text,
        text_sha256=pending.digest,
        context=pending.context,
        result=result.to_dict(),
        verdicts=[{"kind": f.kind.value, "rule": f.rule, "violation": f.violation} for f in result.findings],
        sender_id=pending.sender_id,
        surface=pending.surface,
        original_action=result.action.value,
        action=result.action.value,
        status="decided",
        violation=result.violation,
        policy_version=result.decision.policy_version,
        recorded_by=pending.key_id,
        created_at=now,
    )
    session.add(event)  # flushed with the batch, or by the case below; a lost race raises IntegrityError then
    findings = masked_findings(result)
    audit.record(
        session,
        tenant=pending.tenant,
        actor=pending.key_id,
        action="event.record",
        target_type="event",
        target_id=event.event_id,
        at=now,
        after={
            "action": event.action,
            "violation": event.violation,
            "policy_version": event.policy_version,
            "sender_id": event.sender_id,
            "findings": findings,
        },
    )
    case = None
    if pending.source == "scan" and state.cases.opens_case(event.action, cases.severity_for(state, event)):
        session.flush()  # the case refers to the event's primary key
        case = cases.open_for_scan(session, state, event, pending.key_id, now)
    case_id = case.id if case else None
    stored = Stored(_response(event, case_id), event, case_id, findings)
    session.info.setdefault(_BATCH_EVENTS, {})[(event.tenant, event.event_id)] = stored
    return stored


def committed(runtime: Runtime, stored: Stored) -> None:
    """Count and log a new event once its transaction committed (a replay stored nothing)."""
    event = stored.event
    if event is None:
        return
    runtime.metrics.inc("ringfence_scans_total", action=event.original_action, recorded="true")
    get_logger().info(
        "decision recorded",
        extra={
            "tenant": event.tenant,
            "event_id": event.event_id,
            "action": event.original_action,
            "findings": stored.findings,
            "case_id": stored.case_id,
        },
    )


def record(
    runtime: Runtime,
    session: Session,
    state: PolicyState,
    caller: Principal,
    *,
    text: str,
    context_data: dict[str, Any],
    event_id: str | None,
    source: str = "scan",
) -> tuple[dict[str, Any], Event | None]:
    """Scan and store the decision in `session` and commit it (opening a case when the policy says so); the
    scan path uses the write queue instead (`prepare` + `store` in a group commit).
    Returns the API response and the new event (None on a replay)."""
    if event_id is not None:  # a retry needs no scan
        stored_response = _replay(session, caller.tenant, event_id, text_digest(text))
        if stored_response is not None:
            session.rollback()
            return stored_response, None
    pending = prepare(state, caller, text=text, context_data=context_data, event_id=event_id, source=source)
    try:
        stored = store(session, state, pending, runtime.clock.now())
        session.flush()
    except IntegrityError:  # a concurrent retry of this event_id won: return its row
        session.rollback()
        stored = store(session, state, pending, runtime.clock.now())
    if stored.event is None:
        session.rollback()
        return stored.response, None
    session.commit()
    committed(runtime, stored)
    return stored.response, stored.event


def get_event(session: Session, tenant: str, event_id: str) -> Event:
    event = session.scalar(select(Event).where(Event.tenant == tenant, Event.event_id == event_id))
    if event is None:
        raise NotFound(f"no event {event_id!r} in this tenant")
    return event


def event_view(session: Session, event: Event) -> dict[str, Any]:
    case_ids = list(session.scalars(select(Case.id).where(Case.event_pk == event.id).order_by(Case.id)))
    return {
        **event.result,
        "event_id": event.event_id,
        "case_id": case_ids[0] if case_ids else None,
        "case_ids": case_ids,
        "original_action": event.original_action,
        "action": event.action,
        "status": event.status,
        "content": event.content(),
        "text": event.text if event.status == "released" else None,
        "context": event.context,
        "policy_version": event.policy_version,
        "created_at": event.created_at.isoformat(),
        "released_at": event.released_at.isoformat() if event.released_at else None,
    }
