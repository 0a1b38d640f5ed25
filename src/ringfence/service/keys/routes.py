"""POST/GET /v1/keys, DELETE /v1/keys/{id}: admins manage their tenant's keys (the default tenant's admins,
the operators, may create keys for any tenant)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from ringfence.service.deps import Admin, RuntimeDep, SessionDep
from ringfence.service.errors import Forbidden
from ringfence.service.keys import service

router = APIRouter(prefix="/v1/keys", tags=["keys"])


class KeyRequest(BaseModel):
    role: Literal["integrator", "reviewer", "admin"]
    tenant: str | None = Field(default=None, description="defaults to the caller's tenant")
    label: str | None = Field(default=None, max_length=200)


@router.post("", status_code=201, summary="Create a key; the secret is returned only in this response")
def create_key(body: KeyRequest, caller: Admin, session: SessionDep, runtime: RuntimeDep) -> dict[str, Any]:
    tenant = body.tenant or caller.tenant
    if tenant != caller.tenant and caller.tenant != service.DEFAULT_TENANT:
        raise Forbidden("only admins of the default tenant may create keys for other tenants")
    key, secret = service.create_key(
        session, runtime.clock, tenant=tenant, role=body.role, actor=caller.key_id, label=body.label
    )
    session.commit()
    return {**service.key_dict(key), "key": secret}


@router.get("", summary="List this tenant's keys (never their secrets)")
def list_keys(caller: Admin, session: SessionDep) -> dict[str, Any]:
    return {"items": [service.key_dict(k) for k in service.list_keys(session, caller.tenant)]}


@router.delete("/{key_id}", summary="Revoke a key")
def revoke_key(key_id: str, caller: Admin, session: SessionDep, runtime: RuntimeDep) -> dict[str, Any]:
    key = service.revoke_key(session, runtime.clock, tenant=caller.tenant, key_id=key_id, actor=caller.key_id)
    session.commit()
    runtime.principals.drop(key.secret_sha256)
    return service.key_dict(key)
