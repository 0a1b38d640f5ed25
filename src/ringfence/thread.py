"""Thread scanning: contacts spread over consecutive messages of one sender (stub: filled in by its owner)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ringfence.types import Context, ScanResult

if TYPE_CHECKING:
    from ringfence.scanner import Scanner


def scan_thread(scanner: Scanner, messages: Sequence[tuple[str, Context]]) -> list[ScanResult]:
    """One result per message, in order; a contact split across messages is reported in each message that
    holds one of its parts."""
    return [scanner.scan(text, context) for text, context in messages]
