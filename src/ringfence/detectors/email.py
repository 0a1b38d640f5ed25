"""Email addresses, including sub-addresses (john+tag@) and internationalised domains.

A dot inside the domain is either bare or spaced on both sides ("out look . com", a disguise the normalisation
views leave alone): "jo@hotmail.co.uk. Shortlisted" is an address followed by a sentence, never the domain
"co.uk. Shortlisted". A domain glued to the next word ("jo@mail.com.Thanks") is cut back to its longest run of
leading labels with a known public suffix. The value is the address a reader takes: compatibility forms folded,
and look-alikes read as ASCII where the address mixes scripts through them ("jеnny@gmаil.com", Cyrillic "е" and
"а", is "jenny@gmail.com"); an address in another script ("пример@почта.рф") keeps its letters.
"""

from __future__ import annotations

import re

from ringfence.detectors.base import Match
from ringfence.detectors.domains import is_registrable_host
from ringfence.normalize.unicode import canonical_address
from ringfence.normalize.view import View
from ringfence.triggers import TRIGGERS
from ringfence.types import Context, Kind

# Bounded repeats only, so a run like "a.a.a.a..." or "@@@@" costs linear time. The local part excludes
# "@" so one address never spans two; the domain is two to eight labels, judged in code.
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_DOT = r"(?:\.| {1,2}\. {1,2})"
_EMAIL = re.compile(
    r"(?<![\w.+%-])"
    r"(?P<local>[\w%+-](?:[\w.%+-]{0,62}[\w%+-])?)"
    r"(?P<at>\s{0,2}@\s{0,2})"
    r"(?P<domain>" + _LABEL + r"(?:" + _DOT + _LABEL + r"){1,7})"
    r"(?![\w-])"
)
_LABEL_RUN = re.compile(r"[^\s.]{1,63}")
# Trigger: an "@" (a literal, nearly free to look for); the handle and payment detectors read it too.
AT_SIGN = TRIGGERS.add("at_sign", "@")


def registrable_prefix(domain: str) -> tuple[str, int] | None:
    """The longest run of leading labels of `domain` that is a registrable host, without spaces, and the
    length of that run in `domain`; None when no run of two or more labels is."""
    labels = list(_LABEL_RUN.finditer(domain))
    for count in range(len(labels), 1, -1):
        host = ".".join(m.group(0) for m in labels[:count])
        if not labels[count - 1].group(0).isdigit() and is_registrable_host(host):
            return host, labels[count - 1].end()
    return None


class EmailDetector:
    name = "email"
    kinds = frozenset({Kind.EMAIL})

    def detect(self, view: View, context: Context) -> list[Match]:
        if not view.triggers & AT_SIGN:
            return []
        text = view.text
        matches = []
        for m in _EMAIL.finditer(text):
            local = m.group("local")
            at = m.group("at")
            prefix = registrable_prefix(m.group("domain"))
            if prefix is None or ".." in local or (at[0].isspace() and not at[-1].isspace()):
                continue  # "ping me @jo.dev" is a mention of "@jo.dev", not "me@jo.dev"
            domain, length = prefix
            spaced = at != "@" or length != len(domain)
            matches.append(
                Match(
                    kind=Kind.EMAIL,
                    platform=None,
                    value=canonical_address(f"{local}@{domain}").lower(),
                    start=m.start(),
                    end=m.start("domain") + length,
                    rule="email.spaced" if spaced else "email.address",
                    confidence=0.9 if spaced else 0.99,
                )
            )
        return matches
