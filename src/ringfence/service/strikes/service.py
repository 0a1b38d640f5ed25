"""Strikes: added for confirmed violations, active for a rolling window, removed when an appeal overturns."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ringfence.service import rules
from ringfence.service.audit import service as audit
from ringfence.service.strikes.models import Strike


def _active(tenant: str, sender_id: str, now: datetime) -> Any:
    return (
        Strike.tenant == tenant,
        Strike.sender_id == sender_id,
        Strike.removed_at.is_(None),
        Strike.expires_at > now,
    )


def active_weight(session: Session, tenant: str, sender_id: str | None, now: datetime) -> int:
    if not sender_id:
        return 0
    return int(
        session.scalar(select(func.coalesce(func.sum(Strike.weight), 0)).where(*_active(tenant, sender_id, now))) or 0
    )


def add_strike(
    session: Session,
    strike_rules: rules.StrikeRules,
    *,
    tenant: str,
    sender_id: str,
    case_id: int,
    kinds: list[str],
    outcome: str,
    actor: str,
    now: datetime,
) -> tuple[Strike, rules.LadderStep | None, rules.LadderStep | None]:
    """Add the case's strike; returns it with the standing step before and after."""
    before_step = strike_rules.step_for(active_weight(session, tenant, sender_id, now))
    kind, weight = strike_rules.weight_for(kinds)
    strike = Strike(
        tenant=tenant,
        sender_id=sender_id,
        case_id=case_id,
        kind=kind,
        weight=weight,
        outcome=outcome,
        created_at=now,
        expires_at=now + timedelta(days=strike_rules.window_days),
    )
    session.add(strike)
    session.flush()
    after_step = strike_rules.step_for(active_weight(session, tenant, sender_id, now))
    audit.record(
        session,
        tenant=tenant,
        actor=actor,
        action="strike.add",
        target_type="account",
        target_id=sender_id,
        at=now,
        before={"standing": before_step.standing if before_step else rules.STANDING_GOOD},
        after={
            "strike_id": strike.id,
            "case_id": case_id,
            "kind": kind,
            "weight": weight,
            "standing": after_step.standing if after_step else rules.STANDING_GOOD,
        },
    )
    return strike, before_step, after_step


def remove_for_case(
    session: Session, *, tenant: str, case_id: int, reason: str, actor: str, now: datetime
) -> list[Strike]:
    removed = list(
        session.scalars(
            select(Strike).where(Strike.tenant == tenant, Strike.case_id == case_id, Strike.removed_at.is_(None))
        )
    )
    for strike in removed:
        strike.removed_at = now
        strike.removed_reason = reason
        audit.record(
            session,
            tenant=tenant,
            actor=actor,
            action="strike.remove",
            target_type="account",
            target_id=strike.sender_id,
            at=now,
            before={"strike_id": strike.id, "active": True},
            after={"strike_id": strike.id, "active": False, "reason": reason},
        )
    return removed


def strike_dict(strike: Strike, now: datetime) -> dict[str, Any]:
    return {
        "id": strike.id,
        "case_id": strike.case_id,
        "kind": strike.kind,
        "weight": strike.weight,
        "outcome": strike.outcome,
        "created_at": strike.created_at.isoformat(),
        "expires_at": strike.expires_at.isoformat(),
        "removed_at": strike.removed_at.isoformat() if strike.removed_at else None,
        "removed_reason": strike.removed_reason,
        "active": strike.removed_at is None and strike.expires_at > now,
    }


def account(
    session: Session, strike_rules: rules.StrikeRules, *, tenant: str, sender_id: str, now: datetime
) -> dict[str, Any]:
    """The sender's standing: active strikes (count and weight), every strike, and the ladder step reached."""
    strikes = list(
        session.scalars(
            select(Strike)
            .where(Strike.tenant == tenant, Strike.sender_id == sender_id)
            .order_by(Strike.created_at, Strike.id)
        )
    )
    active = [s for s in strikes if s.removed_at is None and s.expires_at > now]
    weight = sum(s.weight for s in active)
    step = strike_rules.step_for(weight)
    standing = step.standing if step else rules.STANDING_GOOD
    restricted_until = None
    if any(s.outcome == "suspend" for s in active):
        standing = rules.SUSPENDED
    elif step and step.restriction_days and active:
        restricted_until = (max(s.created_at for s in active) + timedelta(days=step.restriction_days)).isoformat()
    return {
        "sender_id": sender_id,
        "active_strikes": len(active),
        "active_weight": weight,
        "standing": standing,
        "needs_human": bool(step and step.needs_human) and standing != rules.SUSPENDED,
        "restricted_until": restricted_until,
        "window_days": strike_rules.window_days,
        "strikes": [strike_dict(s, now) for s in strikes],
    }
