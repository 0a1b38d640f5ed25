"""Circumvention intent (stub: filled in by its owner)."""

from __future__ import annotations

from ringfence.detectors.base import Match
from ringfence.normalize.view import View
from ringfence.types import Context, Kind


class IntentDetector:
    name = "intent"
    kinds = frozenset({Kind.OFF_PLATFORM_REQUEST, Kind.OFF_PLATFORM_PAYMENT, Kind.FEEDBACK_MANIPULATION})

    def detect(self, view: View, context: Context) -> list[Match]:
        return []
