"""Redaction: each violating contact span becomes a placeholder such as "[phone removed]"."""

from __future__ import annotations

from collections.abc import Sequence

from ringfence.types import CONTACT_KINDS, Finding, Kind

_PLACEHOLDERS = {kind: f"[{kind.value} removed]" for kind in CONTACT_KINDS}


def redact(text: str, findings: Sequence[Finding]) -> str:
    # a kind sorts as its value (a StrEnum member is that string), without the enum's slower `.value`
    spans = [(f.start, f.end, f.kind) for f in findings if f.violation and f.kind in CONTACT_KINDS]
    return _replace(text, spans) if spans else text


def hide_contacts(finding: Finding, findings: Sequence[Finding]) -> str:
    """`finding`'s text with every contact of `findings` inside it a placeholder, violating or not: an intent's
    words quoted in a reason ("telegram @kim_88 instead of here") must not show the contact they name."""
    spans = [
        (max(f.start, finding.start) - finding.start, min(f.end, finding.end) - finding.start, f.kind)
        for f in findings
        if f.kind in CONTACT_KINDS and f.start < finding.end and f.end > finding.start
    ]
    return _replace(finding.text, spans) if spans else finding.text


def _replace(text: str, spans: list[tuple[int, int, Kind]]) -> str:
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
