"""POST /v1/reports: a user reports a recorded event, or a text with its context."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ringfence.service.deps import Integrator, RuntimeDep, SessionDep
from ringfence.service.events.routes import ContextIn
from ringfence.service.policies import service as policies
from ringfence.service.reports import service

router = APIRouter(prefix="/v1/reports", tags=["reports"])


class ReportRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    event_id: str | None = Field(default=None, min_length=1, max_length=128)
    text: str | None = None
    context: ContextIn = Field(default_factory=ContextIn)
    reason: str = Field(min_length=1, max_length=2000)


@router.post("", status_code=201, summary="Report content: joins the open case for it or opens one")
def create_report(body: ReportRequest, caller: Integrator, session: SessionDep, runtime: RuntimeDep) -> dict[str, Any]:
    state = policies.state_for(runtime, session, caller.tenant)
    return service.report(
        runtime,
        session,
        state,
        caller,
        event_id=body.event_id,
        text=body.text,
        context_data=body.context.model_dump(),
        reason=body.reason,
    )
