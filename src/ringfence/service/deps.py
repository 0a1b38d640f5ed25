"""FastAPI dependencies shared by every domain: the runtime, a database session and the authenticated caller."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable, Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ringfence.service.errors import Forbidden, RateLimited, Unauthorized
from ringfence.service.keys import service as keys
from ringfence.service.runtime import Principal, Runtime


async def get_runtime(request: Request) -> Runtime:
    """Async on purpose: FastAPI runs sync dependencies in the thread pool, a costly hop on the scan path."""
    return runtime_of(request)


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def get_session(request: Request) -> Iterator[Session]:
    with runtime_of(request).sessions() as session:
        yield session


async def authenticate(request: Request) -> Principal:
    runtime = runtime_of(request)
    header = request.headers.get("authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise Unauthorized("send `Authorization: Bearer <key>`", headers={"WWW-Authenticate": "Bearer"})
    secret = secret.strip()
    digest = keys.hash_secret(secret)
    principal = runtime.principals.get(digest)
    if principal is None:
        stale = runtime.principals.get_stale(digest)
        if stale is not None and digest in runtime.refreshing:
            principal = stale  # another request is re-checking this key right now
        else:
            runtime.refreshing.add(digest)
            try:
                principal = await run_in_threadpool(_lookup, runtime, secret)
            finally:
                runtime.refreshing.discard(digest)
            if principal is None:
                runtime.principals.drop(digest)
                raise Unauthorized("unknown or revoked API key", headers={"WWW-Authenticate": "Bearer"})
            runtime.principals.put(digest, principal)
    wait = runtime.limiter.take(principal.key_id)
    if wait > 0:
        raise RateLimited(
            f"rate limit of {runtime.settings.rate_limit_per_second:g} requests/s per key exceeded; retry later",
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
        )
    request.state.key_id = principal.key_id
    return principal


def _lookup(runtime: Runtime, secret: str) -> Principal | None:
    with runtime.read_sessions() as session:
        return keys.lookup(session, secret)


async def authorize(request: Request, allowed: frozenset[str]) -> Principal:
    principal = await authenticate(request)
    if principal.role not in allowed:
        raise Forbidden(f"this endpoint needs one of the roles {sorted(allowed)}; your key is {principal.role!r}")
    return principal


def require(*roles: str) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency admitting the given roles; admins may do everything."""
    allowed = frozenset({*roles, "admin"})

    async def dependency(request: Request) -> Principal:
        return await authorize(request, allowed)

    return dependency


INTEGRATORS = frozenset({"integrator", "admin"})


SessionDep = Annotated[Session, Depends(get_session)]
RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
Admin = Annotated[Principal, Depends(require("admin"))]
Reviewer = Annotated[Principal, Depends(require("reviewer"))]
Integrator = Annotated[Principal, Depends(require("integrator"))]
AnyRole = Annotated[Principal, Depends(require("integrator", "reviewer"))]
