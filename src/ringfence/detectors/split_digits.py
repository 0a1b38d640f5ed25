"""Numbers dictated in parts (first part 0300, second part 1234567) (stub: filled in by its owner)."""

from __future__ import annotations

from ringfence.detectors.base import Match
from ringfence.normalize.view import View
from ringfence.types import Context, Kind


class SplitDigitsDetector:
    name = "split_digits"
    kinds = frozenset({Kind.PHONE})

    def detect(self, view: View, context: Context) -> list[Match]:
        return []
