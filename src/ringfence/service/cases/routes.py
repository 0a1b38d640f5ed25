"""The review queue: list, inspect, claim and decide cases; per-rule precision from the outcomes."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from ringfence.service.cases import service
from ringfence.service.deps import Reviewer, RuntimeDep, SessionDep
from ringfence.service.policies import service as policies

router = APIRouter(tags=["cases"])


class DecisionRequest(BaseModel):
    outcome: Literal["dismiss", "warn", "takedown", "suspend"]
    note: str | None = Field(default=None, max_length=4000)


@router.get("/v1/cases", summary="The review queue, highest priority first")
def list_cases(
    caller: Reviewer,
    session: SessionDep,
    runtime: RuntimeDep,
    status: str = "open",
    surface: str | None = None,
    sender_id: str | None = None,
    cursor: str | None = None,
    limit: int = Query(default=50, ge=1, le=500),
) -> dict[str, Any]:
    rows, next_cursor = service.queue(
        session, caller.tenant, status=status, surface=surface, sender_id=sender_id, cursor=cursor, limit=limit
    )
    return {"items": [service.case_dict(c, e) for c, e in rows], "next": next_cursor}


@router.get("/v1/cases/{case_id}", summary="A case: highlighted text, normalised views, reasons, sender history")
def get_case(case_id: int, caller: Reviewer, session: SessionDep, runtime: RuntimeDep) -> dict[str, Any]:
    case = service.get_case(session, caller.tenant, case_id)
    state = policies.state_for(runtime, session, caller.tenant)
    return service.detail(session, runtime, state, case)


@router.post("/v1/cases/{case_id}/claim", summary="Claim a case for yourself (409 if another reviewer holds it)")
def claim_case(case_id: int, caller: Reviewer, session: SessionDep, runtime: RuntimeDep) -> dict[str, Any]:
    return service.case_dict(service.claim(session, runtime, caller, case_id))


@router.post("/v1/cases/{case_id}/decision", summary="Decide a case once (deciding an unclaimed case claims it)")
def decide_case(
    case_id: int, body: DecisionRequest, caller: Reviewer, session: SessionDep, runtime: RuntimeDep
) -> dict[str, Any]:
    state = policies.state_for(runtime, session, caller.tenant)
    case = service.decide(session, runtime, state, caller, case_id, body.outcome, body.note)
    return service.case_dict(case)


@router.get("/v1/metrics/rules", tags=["metrics"], summary="Per-rule precision from reviewer outcomes")
def rule_metrics(caller: Reviewer, session: SessionDep) -> dict[str, Any]:
    return {"items": service.rule_precision(session, caller.tenant)}
