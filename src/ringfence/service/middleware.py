"""One pure-ASGI middleware: request size limit (413), latency/request metrics and a JSON access log line.

The access log names the route template (never the raw path or query, which may carry user text) and the key id.
"""

from __future__ import annotations

import json
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ringfence.service.logs import get_logger
from ringfence.service.runtime import Runtime

_BODY_METHODS = {"POST", "PUT", "PATCH"}


class BodyTooLarge(Exception):
    pass


class ServiceMiddleware:
    def __init__(self, app: ASGIApp, runtime: Runtime) -> None:
        self.app = app
        self.runtime = runtime
        self.logger = get_logger()

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

        try:
            length = _content_length(scope)
            if scope["method"] in _BODY_METHODS and length is not None and length > limit:
                raise BodyTooLarge
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
            route = scope.get("route")
            template = getattr(route, "path", "unmatched")
            metrics = self.runtime.metrics
            metrics.inc("ringfence_http_requests_total", method=scope["method"], route=template, status=str(status))
            metrics.observe_latency(elapsed, route=template)
            self.logger.info(
                "request",
                extra={
                    "method": scope["method"],
                    "route": template,
                    "status": status,
                    "ms": round(elapsed * 1000, 3),
                    "key_id": scope.get("state", {}).get("key_id"),
                },
            )


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
