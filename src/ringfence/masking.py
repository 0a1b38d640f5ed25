"""Masked renderings of contact values, safe for reasons shown to users, logs and audit trails."""

from __future__ import annotations

from ringfence.types import Kind

_DOT = "•"


def mask_value(kind: Kind | str, value: str) -> str:
    """Enough of `value` to recognise it, never enough to use it."""
    if type(kind) is not Kind:  # calling the enum costs about a microsecond
        kind = Kind(kind)
    if kind is Kind.EMAIL and "@" in value:
        local, _, domain = value.partition("@")
        return f"{local[:1]}{_DOT * 3}@{domain}"
    if kind is Kind.PHONE:
        digits = "".join(filter(str.isdigit, value))
        prefix = "+" if value.startswith("+") else ""
        return f"{prefix}{_DOT * max(len(digits) - 2, 3)}{digits[-2:]}"
    if kind is Kind.URL:
        host, _, path = value.partition("/")
        return host + ("/" + _DOT * 3 if path else "")
    if kind is Kind.PAYMENT:
        return f"{_DOT * 3}{value[-4:]}" if len(value) > 6 else _DOT * 3
    if kind is Kind.HANDLE:
        return f"{value[:1]}{_DOT * 3}" if len(value) > 1 else _DOT * 3
    return value  # intents: the cue is not secret
