"""Redaction: each violating contact span becomes a placeholder such as "[phone removed]"."""

from __future__ import annotations

from collections.abc import Sequence

from ringfence.types import CONTACT_KINDS, Finding

_PLACEHOLDERS = {kind: f"[{kind.value} removed]" for kind in CONTACT_KINDS}


def redact(text: str, findings: Sequence[Finding]) -> str:
    # a kind sorts as its value (a StrEnum member is that string), without the enum's slower `.value`
    spans = [(f.start, f.end, f.kind) for f in findings if f.violation and f.kind in CONTACT_KINDS]
    if not spans:
        return text
    spans.sort()
    out: list[str] = []
    cursor = 0
    for start, end, kind in spans:
        if start < cursor:  # overlaps the previous placeholder: extend it
            cursor = max(cursor, end)
            continue
        out.append(text[cursor:start])
        out.append(_PLACEHOLDERS[kind])
        cursor = end
    out.append(text[cursor:])
    return "".join(out)
