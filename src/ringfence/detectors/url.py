"""URLs and bare domains, markdown and HTML links (stub: filled in by its owner)."""

from __future__ import annotations

from ringfence.detectors.base import Match
from ringfence.normalize.view import View
from ringfence.types import Context, Kind


class UrlDetector:
    name = "url"
    kinds = frozenset({Kind.URL})

    def detect(self, view: View, context: Context) -> list[Match]:
        return []
