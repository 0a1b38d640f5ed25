"""The transform protocol: a cheap `needed` pre-check and an `apply` that writes the next view."""

from __future__ import annotations

from typing import Protocol

from ringfence.normalize.view import View


class Transform(Protocol):
    name: str  # what it does, distinct per settings: build_views keys its memo of answers by (type, name)

    def needed(self, text: str) -> bool:
        """Cheap check: could this transform change `text`? Benign text must answer False fast."""
        ...

    def apply(self, view: View) -> View:
        """Return the next view (or `view` itself when nothing changed)."""
        ...
