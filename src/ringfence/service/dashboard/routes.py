"""GET /dashboard and its two assets. The page needs no key: it holds none and every API call it makes sends the
reviewer's own key. A strict Content-Security-Policy (scripts and styles from this origin only, no inline code)
backs up the script's rule of rendering user text as text nodes only."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from fastapi import APIRouter
from fastapi.responses import Response

from ringfence.service.errors import NotFound

router = APIRouter(include_in_schema=False)

ASSETS = {"dashboard.js": "text/javascript; charset=utf-8", "dashboard.css": "text/css; charset=utf-8"}
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


@cache
def _read(name: str) -> bytes:
    return files("ringfence.service.dashboard").joinpath("static", name).read_bytes()


@router.get("/dashboard")
async def dashboard() -> Response:
    return Response(_read("index.html"), media_type="text/html; charset=utf-8", headers=HEADERS)


@router.get("/dashboard/assets/{name}")
async def asset(name: str) -> Response:
    media_type = ASSETS.get(name)
    if media_type is None:
        raise NotFound(f"no dashboard asset {name!r}")
    return Response(_read(name), media_type=media_type, headers=HEADERS)
