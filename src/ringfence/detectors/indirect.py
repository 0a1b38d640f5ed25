"""Indirect references (my Skype is my name here) (stub: filled in by its owner)."""

from __future__ import annotations

from ringfence.detectors.base import Match
from ringfence.normalize.view import View
from ringfence.types import Context, Kind


class IndirectReferenceDetector:
    name = "indirect"
    kinds = frozenset({Kind.HANDLE, Kind.OFF_PLATFORM_REQUEST})

    def detect(self, view: View, context: Context) -> list[Match]:
        return []
