"""GET/PUT /v1/policy: the caller's tenant policy as YAML, validated with ringfence.Policy and versioned."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse
from starlette.concurrency import run_in_threadpool

from ringfence.service.deps import Admin, RuntimeDep, SessionDep
from ringfence.service.errors import Invalid
from ringfence.service.policies import service

router = APIRouter(prefix="/v1/policy", tags=["policy"])


def _summary(state: service.PolicyState) -> dict[str, Any]:
    return {"revision": state.revision, "version": state.policy.version, "name": state.policy.name}


@router.get("", summary="The tenant's current policy (?format=yaml for the document alone)")
def get_policy(caller: Admin, session: SessionDep, runtime: RuntimeDep, format: str = "json") -> Any:
    state = service.state_for(runtime, session, caller.tenant)
    if format == "yaml":
        return PlainTextResponse(state.yaml, media_type="application/yaml")
    history = [
        {"revision": r.revision, "version": r.policy_version, "created_by": r.created_by, "created_at": r.created_at}
        for r in service.history(session, caller.tenant)
    ]
    return {**_summary(state), "yaml": state.yaml, "history": history}


@router.put(
    "",
    summary="Replace the tenant's policy with a new revision",
    openapi_extra={"requestBody": {"content": {"application/yaml": {"schema": {"type": "string"}}}}},
)
async def put_policy(request: Request, caller: Admin, runtime: RuntimeDep) -> dict[str, Any]:
    raw = await request.body()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Invalid("the policy must be UTF-8 YAML") from None
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            body = json.loads(text)
        except json.JSONDecodeError as exc:
            raise Invalid(f"body is not valid JSON: {exc}") from None
        if not isinstance(body, dict) or not isinstance(body.get("yaml"), str):
            raise Invalid('send the YAML as the body, or JSON {"yaml": "..."}')
        text = body["yaml"]

    def store() -> service.PolicyState:
        with runtime.sessions() as session:
            return service.put_policy(runtime, session, tenant=caller.tenant, text=text, actor=caller.key_id)

    return _summary(await run_in_threadpool(store))
