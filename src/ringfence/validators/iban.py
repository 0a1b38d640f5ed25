"""IBAN: country-specific length and structure plus the ISO 7064 mod-97 checksum (python-stdnum)."""

from __future__ import annotations

from stdnum import iban

# The shortest (Norway) and longest (Russia) IBANs in the registry.
MIN_LENGTH = 15
MAX_LENGTH = 34


def canonical_iban(compact: str) -> str | None:
    """The upper-case IBAN when `compact` (letters and digits only) is a valid one, else None."""
    if not MIN_LENGTH <= len(compact) <= MAX_LENGTH:
        return None
    candidate = compact.upper()
    return candidate if iban.is_valid(candidate) else None
