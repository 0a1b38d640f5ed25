"""Review cases: opened by recorded decisions and reports, ordered by priority, claimed and decided exactly once.

Deciding is one conditional UPDATE (status still open or claimed by the caller), so of two reviewers racing
to decide a case exactly one wins; the other gets 409.
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from ringfence.normalize import build_views
from ringfence.service import rules
from ringfence.service.audit import service as audit
from ringfence.service.cases.models import Case
from ringfence.service.errors import Conflict, Invalid, NotFound
from ringfence.service.events.models import Event
from ringfence.service.policies.service import PolicyState
from ringfence.service.reports.models import Report
from ringfence.service.runtime import Principal, Runtime
from ringfence.service.strikes import service as strikes

OUTCOMES = ("dismiss", "warn", "takedown", "suspend")
STATUSES = ("open", "claimed", "decided", "pending")  # pending = open or claimed
MAX_REPEAT = 99


def event_key(event: Event) -> str:
    return f"event:{event.id}"


def case_dict(case: Case, event: Event | None = None) -> dict[str, Any]:
    return {
        "id": case.id,
        "status": case.status,
        "source": case.source,
        "event_id": event.event_id if event else None,
        "surface": case.surface,
        "sender_id": case.sender_id,
        "severity": case.severity,
        "repeat_score": case.repeat_score,
        "priority": case.priority,
        "report_count": case.report_count,
        "claimed_by": case.claimed_by,
        "decided_by": case.decided_by,
        "decided_at": case.decided_at.isoformat() if case.decided_at else None,
        "outcome": case.outcome,
        "confirmed": case.confirmed,
        "created_at": case.created_at.isoformat(),
    }


def _audit_view(case: Case) -> dict[str, Any]:
    return {
        k: v
        for k, v in case_dict(case).items()
        if k in ("status", "claimed_by", "decided_by", "outcome", "confirmed", "report_count")
    }


def new_case(
    session: Session,
    state: PolicyState,
    *,
    tenant: str,
    event: Event | None,
    sender_id: str | None,
    source: str,
    severity: int,
    actor: str,
    now: datetime,
    open_key: str,
) -> Case:
    repeat = min(strikes.active_weight(session, tenant, sender_id, now), MAX_REPEAT)
    case = Case(
        tenant=tenant,
        event_pk=event.id if event else None,
        open_key=open_key,
        source=source,
        status="open",
        surface=event.surface if event else None,
        sender_id=sender_id,
        severity=severity,
        repeat_score=repeat,
        priority=severity * (MAX_REPEAT + 1) + repeat,
        report_count=0,
        created_at=now,
    )
    session.add(case)
    session.flush()  # the unique open_key raises here if this content already has an open case
    audit.record(
        session,
        tenant=tenant,
        actor=actor,
        action="case.open",
        target_type="case",
        target_id=case.id,
        at=now,
        after={
            **_audit_view(case),
            "source": source,
            "event_id": event.event_id if event else None,
            "severity": severity,
        },
    )
    return case


def severity_for(state: PolicyState, event: Event) -> int:
    kinds = event.violating_kinds() or [v["kind"] for v in event.verdicts]
    return state.cases.severity_of(kinds)


def open_for_scan(session: Session, state: PolicyState, event: Event, actor: str, now: datetime) -> Case | None:
    """Open a case when the policy's `cases:` section says this recorded decision needs a human."""
    severity = severity_for(state, event)
    if not state.cases.opens_case(event.action, severity):
        return None
    return new_case(
        session,
        state,
        tenant=event.tenant,
        event=event,
        sender_id=event.sender_id,
        source="scan",
        severity=severity,
        actor=actor,
        now=now,
        open_key=event_key(event),
    )


def get_case(session: Session, tenant: str, case_id: int) -> Case:
    case = session.get(Case, case_id, populate_existing=True)
    if case is None or case.tenant != tenant:
        raise NotFound(f"no case {case_id} in this tenant")
    return case


def _cursor(case: Case) -> str:
    return base64.urlsafe_b64encode(f"{case.priority}:{case.id}".encode()).decode()


def _parse_cursor(cursor: str) -> tuple[int, int]:
    try:
        priority, case_id = base64.urlsafe_b64decode(cursor.encode()).decode().split(":")
        return int(priority), int(case_id)
    except (ValueError, UnicodeDecodeError):
        raise Invalid("cursor is not one this API returned") from None


def queue(
    session: Session,
    tenant: str,
    *,
    status: str,
    surface: str | None,
    sender_id: str | None,
    cursor: str | None,
    limit: int,
) -> tuple[list[tuple[Case, Event | None]], str | None]:
    """Highest priority first (severity, then repeat offender), then oldest first; keyset pagination."""
    if status not in STATUSES:
        raise Invalid(f"status must be one of {', '.join(STATUSES)}; got {status!r}")
    stmt = select(Case, Event).outerjoin(Event, Case.event_pk == Event.id).where(Case.tenant == tenant)
    stmt = stmt.where(Case.status.in_(("open", "claimed")) if status == "pending" else Case.status == status)
    if surface:
        stmt = stmt.where(Case.surface == surface)
    if sender_id:
        stmt = stmt.where(Case.sender_id == sender_id)
    if cursor:
        priority, case_id = _parse_cursor(cursor)
        stmt = stmt.where(or_(Case.priority < priority, (Case.priority == priority) & (Case.id > case_id)))
    rows: list[tuple[Case, Event | None]] = [
        (c, e) for c, e in session.execute(stmt.order_by(Case.priority.desc(), Case.id).limit(limit + 1))
    ]
    next_cursor = _cursor(rows[limit - 1][0]) if len(rows) > limit else None
    return rows[:limit], next_cursor


def highlight(text: str, spans: list[dict[str, Any]]) -> str:
    """The text with each finding wrapped in ⟦…⟧; overlapping findings share one pair of brackets."""
    merged: list[list[int]] = []
    for span in sorted(spans, key=lambda s: (s["start"], s["end"])):
        if merged and span["start"] < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span["end"])
        else:
            merged.append([span["start"], span["end"]])
    out: list[str] = []
    position = 0
    for start, end in merged:
        out += [text[position:start], "⟦", text[start:end], "⟧"]
        position = end
    out.append(text[position:])
    return "".join(out)


def detail(session: Session, runtime: Runtime, state: PolicyState, case: Case) -> dict[str, Any]:
    now = runtime.clock.now()
    event = session.get(Event, case.event_pk) if case.event_pk else None
    out = case_dict(case, event)
    out["note"] = case.note
    if event is not None:
        spans = [
            {"start": f["start"], "end": f["end"], "kind": f["kind"], "rule": f["rule"], "violation": v["violation"]}
            for f, v in zip(event.result["findings"], event.verdicts, strict=True)
        ]
        out["event"] = {
            "event_id": event.event_id,
            "text": event.text,
            "context": event.context,
            "original_action": event.original_action,
            "action": event.action,
            "status": event.status,
            "policy_version": event.policy_version,
            "created_at": event.created_at.isoformat(),
        }
        out["spans"] = spans
        out["highlighted"] = highlight(event.text, spans)
        out["normalised"] = [{"view": v.name, "text": v.text} for v in build_views(event.text)]
        out["findings"] = event.result["findings"]
        out["reasons"] = event.result["reasons"]
    out["reports"] = [
        {"id": r.id, "reason": r.reason, "reported_by": r.reported_by, "created_at": r.created_at.isoformat()}
        for r in session.scalars(select(Report).where(Report.case_id == case.id).order_by(Report.id))
    ]
    if case.sender_id:
        previous = session.scalars(
            select(Case)
            .where(Case.tenant == case.tenant, Case.sender_id == case.sender_id, Case.id != case.id)
            .order_by(Case.id.desc())
            .limit(20)
        )
        events = session.scalar(
            select(func.count())
            .select_from(Event)
            .where(Event.tenant == case.tenant, Event.sender_id == case.sender_id)
        )
        out["sender_history"] = {
            "account": strikes.account(session, state.strikes, tenant=case.tenant, sender_id=case.sender_id, now=now),
            "recorded_events": events,
            "cases": [
                {
                    "id": c.id,
                    "status": c.status,
                    "outcome": c.outcome,
                    "confirmed": c.confirmed,
                    "created_at": c.created_at.isoformat(),
                }
                for c in previous
            ],
        }
    return out


def _explain_conflict(session: Session, tenant: str, case_id: int, caller: Principal) -> Conflict:
    case = get_case(session, tenant, case_id)
    if case.status == "decided":
        return Conflict(f"case {case_id} was already decided ({case.outcome}) by {case.decided_by}")
    return Conflict(f"case {case_id} is claimed by {case.claimed_by}, not by you ({caller.key_id})")


def claim(session: Session, runtime: Runtime, caller: Principal, case_id: int) -> Case:
    now = runtime.clock.now()
    result = session.execute(
        update(Case)
        .where(Case.id == case_id, Case.tenant == caller.tenant, Case.status == "open")
        .values(status="claimed", claimed_by=caller.key_id, claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        case = get_case(session, caller.tenant, case_id)
        if case.status == "claimed" and case.claimed_by == caller.key_id:
            return case
        raise _explain_conflict(session, caller.tenant, case_id, caller)
    audit.record(
        session,
        tenant=caller.tenant,
        actor=caller.key_id,
        action="case.claim",
        target_type="case",
        target_id=case_id,
        at=now,
        before={"status": "open", "claimed_by": None},
        after={"status": "claimed", "claimed_by": caller.key_id},
    )
    session.commit()
    return get_case(session, caller.tenant, case_id)


def decide(
    session: Session,
    runtime: Runtime,
    state: PolicyState,
    caller: Principal,
    case_id: int,
    outcome: str,
    note: str | None,
) -> Case:
    if outcome not in OUTCOMES:
        raise Invalid(f"outcome must be one of {', '.join(OUTCOMES)}; got {outcome!r}")
    now = runtime.clock.now()
    before = _audit_view(get_case(session, caller.tenant, case_id))
    confirmed = outcome != "dismiss"
    result = session.execute(
        update(Case)
        .where(
            Case.id == case_id,
            Case.tenant == caller.tenant,
            Case.status.in_(("open", "claimed")),
            or_(Case.claimed_by.is_(None), Case.claimed_by == caller.key_id),
        )
        .values(
            status="decided",
            outcome=outcome,
            note=note,
            confirmed=confirmed,
            decided_by=caller.key_id,
            decided_at=now,
            claimed_by=func.coalesce(Case.claimed_by, caller.key_id),
            claimed_at=func.coalesce(Case.claimed_at, now),
            open_key=None,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise _explain_conflict(session, caller.tenant, case_id, caller)
    case = get_case(session, caller.tenant, case_id)
    audit.record(
        session,
        tenant=caller.tenant,
        actor=caller.key_id,
        action="case.decide",
        target_type="case",
        target_id=case.id,
        at=now,
        before=before,
        after={**_audit_view(case), "note": note},
    )
    event = session.get(Event, case.event_pk) if case.event_pk else None
    if event is not None:
        _apply_to_content(session, caller, event, outcome, now)
    if confirmed and case.sender_id and (event is not None or outcome == "suspend"):
        strike_rules = state.strikes
        if event is not None:
            kinds = event.violating_kinds() or [v["kind"] for v in event.verdicts]
        else:  # a suspension decided on an escalation case: recorded as a strike that carries no extra weight
            kinds = ["escalation"]
            strike_rules = rules.StrikeRules(strike_rules.window_days, {}, 0, strike_rules.ladder)
        _, before_step, after_step = strikes.add_strike(
            session,
            strike_rules,
            tenant=caller.tenant,
            sender_id=case.sender_id,
            case_id=case.id,
            kinds=kinds,
            outcome=outcome,
            actor=caller.key_id,
            now=now,
        )
        if after_step and after_step.needs_human and after_step != before_step:
            _escalate(session, state, caller, case.sender_id, now)
    session.commit()
    runtime.metrics.inc("ringfence_moderation_actions_total", action="case.decide", outcome=outcome)
    return case


def _apply_to_content(session: Session, caller: Principal, event: Event, outcome: str, now: datetime) -> None:
    before = event.state
    if outcome == "dismiss":
        changed = event.release(now)
    elif outcome in ("takedown", "suspend"):
        changed = event.action != "block"
        event.take_down()
    else:
        changed = False
    if changed:
        audit.record_event_change(session, event, actor=caller.key_id, action="event.update", at=now, before=before)


def _escalate(session: Session, state: PolicyState, caller: Principal, sender_id: str, now: datetime) -> None:
    """A standing that needs a human opens (at most one open) escalation case for the sender."""
    key = f"sender:{sender_id}"
    if session.scalar(select(Case.id).where(Case.tenant == caller.tenant, Case.open_key == key)) is not None:
        return
    severity = max(state.cases.severity.values(), default=state.cases.default_severity) + 1
    new_case(
        session,
        state,
        tenant=caller.tenant,
        event=None,
        sender_id=sender_id,
        source="escalation",
        severity=severity,
        actor=caller.key_id,
        now=now,
        open_key=key,
    )


def rule_precision(session: Session, tenant: str) -> list[dict[str, Any]]:
    """Per rule: cases a reviewer confirmed vs dismissed (an overturned appeal counts as dismissed)."""
    counts: dict[str, list[int]] = {}
    rows = session.execute(
        select(Case.confirmed, Event.verdicts)
        .join(Event, Case.event_pk == Event.id)
        .where(Case.tenant == tenant, Case.confirmed.is_not(None))
    )
    for confirmed, verdicts in rows:
        for rule in {v["rule"] for v in verdicts if v["violation"]}:
            pair = counts.setdefault(rule, [0, 0])
            pair[0 if confirmed else 1] += 1
    return [
        {"rule": rule, "confirmed": c, "dismissed": d, "precision": round(c / (c + d), 4)}
        for rule, (c, d) in sorted(counts.items())
    ]
