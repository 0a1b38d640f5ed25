"""One pure-ASGI middleware: request size limit (413), latency/request metrics, a JSON access log line, and the
fast path of POST /v1/scan.

The access log names the route template (never the raw path or query, which may carry user text) and the key id.

The fast path parses the scan body with pydantic directly and calls the route's own handler (`scan_body`),
skipping FastAPI's routing, dependency and validation passes (about half of an unrecorded scan's service cost).
A body that does not validate goes on to the FastAPI route unchanged, so its 422 is the app's own.
"""

from __future__ import annotations

import json
import time
from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ringfence.service.errors import ServiceError
from ringfence.service.events.routes import ScanRequest, scan_body
from ringfence.service.logs import AccessLog, get_logger
from ringfence.service.responses import JsonResponse
from ringfence.service.runtime import Runtime

_BODY_METHODS = {"POST", "PUT", "PATCH"}
SCAN_PATH = "/v1/scan"


class BodyTooLarge(Exception):
    pass


class ServiceMiddleware:
    def __init__(self, app: ASGIApp, runtime: Runtime) -> None:
        self.app = app
        self.runtime = runtime
        self.access_log = AccessLog(get_logger())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        response_started = False
        limit = self.runtime.settings.max_body_bytes

        async def send_wrapper(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                status = message["status"]
                response_started = True
            await send(message)

        received = 0

        async def receive_wrapper() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        fast = scope["method"] == "POST" and scope["path"] == SCAN_PATH
        try:
            length = _content_length(scope)
            if scope["method"] in _BODY_METHODS and length is not None and length > limit:
                raise BodyTooLarge
            if fast:
                await self._fast_scan(scope, receive_wrapper, send_wrapper)
            else:
                await self.app(scope, receive_wrapper, send_wrapper)
        except BodyTooLarge:
            if response_started:
                raise
            status = 413
            await _send_json(
                send,
                413,
                {"error": {"code": "too_large", "message": f"request body is over the limit of {limit} bytes"}},
            )
        finally:
            elapsed = time.perf_counter() - started
            template = SCAN_PATH if fast else getattr(scope.get("route"), "path", "unmatched")
            metrics = self.runtime.metrics
            metrics.inc("ringfence_http_requests_total", method=scope["method"], route=template, status=str(status))
            metrics.observe_latency(elapsed, route=template)
            self.access_log.write(
                {
                    "method": scope["method"],
                    "route": template,
                    "status": status,
                    "ms": round(elapsed * 1000, 3),
                    "key_id": scope.get("state", {}).get("key_id"),
                }
            )

    async def _fast_scan(self, scope: Scope, receive: Receive, send: Send) -> None:
        chunks = []
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        raw = b"".join(chunks)
        try:
            body = ScanRequest.model_validate_json(raw)
        except ValidationError:
            await self.app(scope, _replay(raw), send)  # the route answers with the app's 422
            return
        try:
            status, content, headers = 200, await scan_body(Request(scope, receive), body), None
        except ServiceError as exc:  # as the app's ServiceError handler answers
            status, headers = exc.status, exc.headers or None
            content = {"error": {"code": exc.code, "message": exc.message}}
        await JsonResponse(content, status_code=status, headers=headers)(scope, receive, send)


def _replay(raw: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    return receive


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
