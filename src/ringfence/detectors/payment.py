"""Payment accounts: PayPal, Wise, Payoneer, IBAN, cards, crypto wallets (stub: filled in by its owner)."""

from __future__ import annotations

from ringfence.detectors.base import Match
from ringfence.normalize.view import View
from ringfence.types import Context, Kind


class PaymentDetector:
    name = "payment"
    kinds = frozenset({Kind.PAYMENT})

    def detect(self, view: View, context: Context) -> list[Match]:
        return []
