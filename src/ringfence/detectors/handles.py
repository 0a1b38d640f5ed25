"""Messaging and social handles (stub: filled in by its owner)."""

from __future__ import annotations

from ringfence.detectors.base import Match
from ringfence.normalize.view import View
from ringfence.types import Context, Kind


class HandleDetector:
    name = "handles"
    kinds = frozenset({Kind.HANDLE})

    def detect(self, view: View, context: Context) -> list[Match]:
        return []
