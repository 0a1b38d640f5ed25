"""Bracketed "at"/"dot" spellings ("john (at) gmail [dot] com") folded to "@" and "."."""

from __future__ import annotations

import re

from ringfence.normalize.view import View, rewrite

_BRACKETED = re.compile(
    r"\s{0,3}[\(\[\{<]\s{0,2}(at|@|dot|\.)\s{0,2}[\)\]\}>]\s{0,3}",
    re.IGNORECASE,
)
_SYMBOL = {"at": "@", "@": "@", "dot": ".", ".": "."}


class BracketedSeparators:
    name = "separators"

    def needed(self, text: str) -> bool:
        return ("(" in text or "[" in text or "{" in text or "<" in text) and _BRACKETED.search(text) is not None

    def apply(self, view: View) -> View:
        edits = [(m.start(), m.end(), _SYMBOL[m.group(1).lower()]) for m in _BRACKETED.finditer(view.text)]
        return rewrite(view, self.name, edits) if edits else view
