"""POST /v1/cases/{id}/appeal, GET /v1/appeals[/{id}], POST /v1/appeals/{id}/decision."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from ringfence.service.appeals import service
from ringfence.service.deps import Integrator, Reviewer, RuntimeDep, SessionDep

router = APIRouter(tags=["appeals"])


class AppealRequest(BaseModel):
    statement: str = Field(min_length=1, max_length=4000)


class AppealDecision(BaseModel):
    outcome: Literal["upheld", "overturned"]
    note: str | None = Field(default=None, max_length=4000)


@router.post("/v1/cases/{case_id}/appeal", status_code=201, summary="Appeal a confirmed case (once)")
def file_appeal(
    case_id: int, body: AppealRequest, caller: Integrator, session: SessionDep, runtime: RuntimeDep
) -> dict[str, Any]:
    return service.appeal_dict(service.file(session, runtime, caller, case_id, body.statement))


@router.get("/v1/appeals", summary="Appeals of this tenant (?status=open)")
def list_appeals(caller: Reviewer, session: SessionDep, status: str | None = None) -> dict[str, Any]:
    return {"items": [service.appeal_dict(a) for a in service.list_appeals(session, caller.tenant, status)]}


@router.get("/v1/appeals/{appeal_id}", summary="One appeal")
def get_appeal(appeal_id: int, caller: Reviewer, session: SessionDep) -> dict[str, Any]:
    return service.appeal_dict(service.get_appeal(session, caller.tenant, appeal_id))


@router.post("/v1/appeals/{appeal_id}/decision", summary="Decide an appeal (not by the case's own reviewer)")
def decide_appeal(
    appeal_id: int, body: AppealDecision, caller: Reviewer, session: SessionDep, runtime: RuntimeDep
) -> dict[str, Any]:
    return service.appeal_dict(service.decide(session, runtime, caller, appeal_id, body.outcome, body.note))
