"""The detector catalogue: every detector, registered in one place, in the order the scanner runs them."""

from __future__ import annotations

from ringfence.detectors.bank import BankDetector
from ringfence.detectors.base import Detector, Match
from ringfence.detectors.email import EmailDetector
from ringfence.detectors.handles import HandleDetector
from ringfence.detectors.indirect import IndirectReferenceDetector
from ringfence.detectors.intent import IntentDetector
from ringfence.detectors.payment import PaymentDetector
from ringfence.detectors.phone import PhoneDetector
from ringfence.detectors.short_code import ShortCodeDetector
from ringfence.detectors.split_digits import SplitDigitsDetector
from ringfence.detectors.url import UrlDetector

CATALOGUE: tuple[Detector, ...] = (
    EmailDetector(),
    UrlDetector(),
    PhoneDetector(),
    ShortCodeDetector(),
    HandleDetector(),
    PaymentDetector(),
    BankDetector(),
    SplitDigitsDetector(),
    IndirectReferenceDetector(),
    IntentDetector(),
)


def detectors_by_name(names: list[str] | None = None) -> tuple[Detector, ...]:
    """The catalogue, or the named subset of it (unknown names raise KeyError naming the choices)."""
    if names is None:
        return CATALOGUE
    index = {d.name: d for d in CATALOGUE}
    missing = [n for n in names if n not in index]
    if missing:
        raise KeyError(f"unknown detectors {missing}; known: {sorted(index)}")
    return tuple(index[n] for n in names)


__all__ = ["CATALOGUE", "Detector", "Match", "detectors_by_name"]
