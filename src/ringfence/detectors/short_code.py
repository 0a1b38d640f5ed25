"""SMS short codes after a cue (txt WIN to 87121) (stub: filled in by its owner)."""

from __future__ import annotations

from ringfence.detectors.base import Match
from ringfence.normalize.view import View
from ringfence.types import Context, Kind


class ShortCodeDetector:
    name = "short_code"
    kinds = frozenset({Kind.PHONE})

    def detect(self, view: View, context: Context) -> list[Match]:
        return []
