"""The service's JSON response: bodies through orjson, ~5x cheaper than json.dumps on every scan."""

from __future__ import annotations

import json
from typing import Any

import orjson
from starlette.responses import JSONResponse


class JsonResponse(JSONResponse):
    """A JSON body written by orjson. A text holding a lone surrogate (valid JSON input, but no valid UTF-8) is
    echoed back with that character escaped, as json.dumps writes it, instead of failing the request."""

    def render(self, content: Any) -> bytes:
        try:
            return orjson.dumps(content)
        except orjson.JSONEncodeError:
            return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode()
