"""IBAN: country-specific length and structure plus the ISO 7064 mod-97 checksum (python-stdnum)."""

from __future__ import annotations

import re
from functools import lru_cache

from stdnum import iban, numdb
from stdnum.iso7064 import mod_97_10

# The example IBANs of the SWIFT registry and the usual docs, quoted by validation and integration work.
PUBLISHED_EXAMPLE_IBANS = frozenset(
    {
        "DE89370400440532013000",
        "GB29NWBK60161331926819",
        "GB82WEST12345698765432",
        "GB33BUKB20201555555555",
        "FR1420041010050500013M02606",
        "FR7630006000011234567890189",
        "ES9121000418450200051332",
        "NL91ABNA0417164300",
        "IT60X0542811101000000123456",
        "CH9300762011623852957",
        "AT611904300234573201",
        "PL61109010140000071219812874",
        "PK36SCBL0000001123456702",
        "AE070331234567890123456",
        "SA0380000000608010167519",
        "TR330006100519786457841326",
        "BR9700360305000010009795493P1",
    }
)

# The shortest (Norway) and longest (Russia) IBANs in the registry.
MIN_LENGTH = 15
MAX_LENGTH = 34
_REGISTRY = numdb.get("iban")
_FIELD_LENGTH = re.compile(r"(\d{1,3})!")


@lru_cache(maxsize=512)
def registered_length(country: str) -> int:
    """The IBAN length the registry gives `country` (two upper-case letters), 0 for a country without IBANs. A
    reader trying every cut of a run ("GB29 NWBK 6016 1331 9268 19 thanks") validates only the one that fits."""
    bban = _REGISTRY.info(country)[0][1].get("bban")
    return 4 + sum(int(length) for length in _FIELD_LENGTH.findall(bban)) if bban else 0


def canonical_iban(compact: str) -> str | None:
    """The upper-case IBAN when `compact` (letters and digits only) is a valid one, else None."""
    candidate = _registered_shape(compact)
    return candidate if candidate is not None and iban.is_valid(candidate) else None


def iban_shaped(compact: str) -> bool:
    """Whether `compact` has a registered country's IBAN length and structure, its check digits aside: an IBAN
    quoted as invalid ("NL00 ABNA 0417 1643 00 should fail") or mistyped."""
    candidate = _registered_shape(compact) if compact.isalnum() else None
    if candidate is None:
        return False
    check = mod_97_10.calc_check_digits(candidate[4:] + candidate[:2])
    return iban.is_valid(candidate[:2] + check + candidate[4:])


def _registered_shape(compact: str) -> str | None:
    """`compact` upper-cased when its length is the one the registry gives its country, else None."""
    if not MIN_LENGTH <= len(compact) <= MAX_LENGTH:
        return None
    candidate = compact.upper()
    return candidate if len(candidate) == registered_length(candidate[:2]) else None
