"""Masked renderings of contact values, safe for reasons shown to users, logs and audit trails."""

from __future__ import annotations

from collections.abc import Callable

from ringfence.detectors.domains import registered_name
from ringfence.types import Kind

_DOT = "•"


def mask_value(kind: Kind | str, value: str) -> str:
    """Enough of `value` to recognise it, never enough to use it."""
    if type(kind) is not Kind:  # calling the enum costs about a microsecond
        kind = Kind(kind)
    mask = _MASKS.get(kind)
    return value if mask is None else mask(value)  # intents: the cue is not secret


def _email(value: str) -> str:
    if "@" not in value:
        return value
    local, _, domain = value.partition("@")
    return f"{local[:1]}{_DOT * 3}@{domain}"


def _phone(value: str) -> str:
    prefix = "+" if value.startswith("+") else ""
    digits = value[len(prefix) :]
    if not (digits.isascii() and digits.isdigit()):  # a value written with other characters than "+" and digits
        digits = "".join(filter(str.isdigit, value))
    return f"{prefix}{_DOT * max(len(digits) - 2, 3)}{digits[-2:]}"


def _url(value: str) -> str:
    host, _, path = value.partition("/")
    return _host(host) + ("/" + _DOT * 3 if path else "")


def _host(host: str) -> str:
    """The host's public suffix and the first letter of the name registered under it ("maryjane.dev" ->
    "m•••.dev", "www.jo-designs.co.uk" -> "j•••.co.uk"): a personal site's name is the contact itself."""
    name = host.partition(":")[0].rstrip(".")
    registered, suffix = registered_name(name)
    return f"{registered[:1]}{_DOT * 3}.{suffix}" if registered else name


def _payment(value: str) -> str:
    return f"{_DOT * 3}{value[-4:]}" if len(value) > 6 else _DOT * 3


def _handle(value: str) -> str:
    return f"{value[:1]}{_DOT * 3}" if len(value) > 1 else _DOT * 3


_MASKS: dict[Kind, Callable[[str], str]] = {
    Kind.EMAIL: _email,
    Kind.PHONE: _phone,
    Kind.URL: _url,
    Kind.PAYMENT: _payment,
    Kind.HANDLE: _handle,
}
