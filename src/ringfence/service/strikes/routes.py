"""GET /v1/accounts/{sender_id}: a sender's strikes and standing in the caller's tenant."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ringfence.service.deps import AnyRole, RuntimeDep, SessionDep
from ringfence.service.policies import service as policies
from ringfence.service.strikes import service

router = APIRouter(prefix="/v1/accounts", tags=["strikes"])


@router.get("/{sender_id}", summary="A sender's active strikes and standing (an unknown sender has none)")
def get_account(sender_id: str, caller: AnyRole, session: SessionDep, runtime: RuntimeDep) -> dict[str, Any]:
    state = policies.state_for(runtime, session, caller.tenant)
    return service.account(session, state.strikes, tenant=caller.tenant, sender_id=sender_id, now=runtime.clock.now())
