"""Email addresses, including sub-addresses (john+tag@) and internationalised domains."""

from __future__ import annotations

import re

from ringfence.detectors.base import Match
from ringfence.detectors.domains import is_registrable_host
from ringfence.normalize.view import View
from ringfence.types import Context, Kind

# Bounded repeats only, so a run like "a.a.a.a..." or "@@@@" costs linear time. The local part excludes
# "@" so one address never spans two.
_EMAIL = re.compile(
    r"(?<![\w.+%-])"
    r"([\w%+-](?:[\w.%+-]{0,62}[\w%+-])?)"
    r"\s{0,2}@\s{0,2}"
    r"((?:[^\W_](?:[\w-]{0,61}[^\W_])?\s{0,1}\.\s{0,1}){1,6}[^\W\d_]{2,24})"
    r"(?![\w-])"
)


class EmailDetector:
    name = "email"
    kinds = frozenset({Kind.EMAIL})

    def detect(self, view: View, context: Context) -> list[Match]:
        text = view.text
        if "@" not in text:
            return []
        matches = []
        for m in _EMAIL.finditer(text):
            local, domain = m.group(1), "".join(m.group(2).split()).lower()
            if ".." in local or ".." in domain or not is_registrable_host(domain):
                continue
            spaced = m.group(0) != local + "@" + m.group(2)
            matches.append(
                Match(
                    kind=Kind.EMAIL,
                    platform=None,
                    value=f"{local.lower()}@{domain}",
                    start=m.start(),
                    end=m.end(),
                    rule="email.spaced" if spaced else "email.address",
                    confidence=0.9 if spaced else 0.99,
                )
            )
        return matches
