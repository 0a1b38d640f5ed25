"""The FastAPI application: routers of every domain, error mapping, middleware, migrations at start."""

from __future__ import annotations

import gc
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse
from sqlalchemy import text
from starlette.exceptions import HTTPException as StarletteHTTPException

import ringfence
from ringfence import InputTooLargeError, RingfenceError, Scanner
from ringfence.service.appeals.routes import router as appeals_router
from ringfence.service.audit.routes import router as audit_router
from ringfence.service.cases.routes import router as cases_router
from ringfence.service.clock import Clock
from ringfence.service.db import migrate
from ringfence.service.deps import Admin, RuntimeDep
from ringfence.service.errors import ServiceError
from ringfence.service.events.routes import router as events_router
from ringfence.service.keys import service as keys
from ringfence.service.keys.routes import router as keys_router
from ringfence.service.logs import configure_logging
from ringfence.service.middleware import ServiceMiddleware
from ringfence.service.policies.routes import router as policy_router
from ringfence.service.reports.routes import router as reports_router
from ringfence.service.responses import JsonResponse
from ringfence.service.runtime import Runtime
from ringfence.service.settings import Settings
from ringfence.service.strikes.routes import router as strikes_router

DESCRIPTION = """Scan marketplace text for contact details and off-platform intent, record decisions, and run the
moderation loop: review cases, user reports, strikes, appeals and an audit log.

Every endpoint except `GET /v1/health` needs `Authorization: Bearer <key>`. Roles: **integrator** (scan, report,
appeal), **reviewer** (cases, appeals), **admin** (keys, policy, audit, metrics, and everything else)."""


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any) -> JsonResponse:
    return JsonResponse({"error": {"code": code, "message": message, **extra}}, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    details = [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in exc.errors()
    ]
    message = "; ".join(
        f"{'.'.join(d['loc'][1:] if d['loc'][:1] == ['body'] else d['loc']) or 'body'}: {d['msg']}" for d in details
    )
    return message, details


def create_app(
    settings: Settings | None = None, *, clock: Clock | None = None, runtime: Runtime | None = None
) -> FastAPI:
    """Build the app; migrates the database and installs RINGFENCE_ADMIN_KEY (if set) first."""
    settings = settings or Settings.from_env()
    runtime = runtime or Runtime.create(settings, clock)
    migrate(runtime.engine)
    with runtime.sessions() as session:
        keys.ensure_admin_key(session, runtime.clock, settings.admin_key) if settings.admin_key else None

    # FastAPI's OpenTelemetry bridge asks on every request whether a provider is configured (~10 us of a scan's
    # service time); Ringfence serves its own Prometheus metrics.
    app = FastAPI(
        title="Ringfence",
        version=ringfence.__version__,
        description=DESCRIPTION,
        telemetry={"tracing": False, "metrics": False, "logs": False},
        default_response_class=JsonResponse,
    )
    app.state.runtime = runtime
    app.add_middleware(ServiceMiddleware, runtime=runtime)

    @app.exception_handler(ServiceError)
    async def service_error(_: Request, exc: ServiceError) -> JsonResponse:
        return _error(exc.status, exc.code, exc.message, exc.headers or None)

    @app.exception_handler(RingfenceError)
    async def engine_error(_: Request, exc: RingfenceError) -> JsonResponse:
        if isinstance(exc, InputTooLargeError):
            return _error(413, "too_large", str(exc))
        return _error(422, "invalid_request", str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JsonResponse:
        message, details = _validation_message(exc)
        return _error(422, "invalid_request", message, details=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JsonResponse:
        return _error(exc.status_code, f"http_{exc.status_code}", str(exc.detail), dict(exc.headers or {}) or None)

    @app.get("/v1/health", tags=["meta"], summary="Liveness and database check (no key needed)")
    def health(runtime: RuntimeDep) -> dict[str, str]:
        with runtime.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return {"status": "ok", "version": ringfence.__version__}

    @app.get("/metrics", tags=["metrics"], summary="Prometheus metrics of this worker process")
    def metrics(_: Admin, runtime: RuntimeDep) -> PlainTextResponse:
        return PlainTextResponse(runtime.metrics.render(), media_type="text/plain; version=0.0.4")

    for router in (
        keys_router,
        policy_router,
        events_router,
        cases_router,
        reports_router,
        strikes_router,
        appeals_router,
        audit_router,
    ):
        app.include_router(router)
    from ringfence.service.dashboard.routes import router as dashboard_router  # the review page (static assets)

    app.include_router(dashboard_router)
    return app


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers: settings come from RINGFENCE_* variables (set by `ringfence serve`)."""
    settings = Settings.from_env()
    configure_logging(settings.log_level)
    app = create_app(settings)
    Scanner().warm_up()
    # What is alive now (modules, phone metadata, compiled patterns) lives as long as the worker: kept out of the
    # cyclic collector, whose full passes over it would stall every in-flight request for ~80 ms.
    gc.freeze()
    return app
