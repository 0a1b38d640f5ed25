"""Checksum validators for payment account ids: IBAN, payment cards and crypto-currency addresses (a Solana
address has only its length to check).

Each validator takes a compact candidate (no separators) and returns the canonical id, or None when the
candidate fails its format or checksum; detectors call them only on strings their regexes already shaped.
"""

from __future__ import annotations

from ringfence.validators.card import PUBLISHED_TEST_CARDS, card_network
from ringfence.validators.crypto import (
    base58check_platform,
    eth_checksum_address,
    lightning_invoice,
    segwit_platform,
    solana_address,
)
from ringfence.validators.iban import PUBLISHED_EXAMPLE_IBANS, canonical_iban, iban_shaped

__all__ = [
    "PUBLISHED_EXAMPLE_IBANS",
    "PUBLISHED_TEST_CARDS",
    "base58check_platform",
    "canonical_iban",
    "card_network",
    "eth_checksum_address",
    "iban_shaped",
    "lightning_invoice",
    "segwit_platform",
    "solana_address",
]
