"""Crypto-currency addresses: Base58Check (Bitcoin, Litecoin, Dogecoin, TRON, and XRP in Ripple's own alphabet),
SegWit Bech32/Bech32m (BIP 173/350), Ethereum EIP-55 mixed-case checksums, Lightning invoices (BOLT 11, Bech32
without the length limit) and Solana addresses (length only)."""

from __future__ import annotations

import base58
import bech32
from Crypto.Hash import keccak

# Base58Check version byte of a 21-byte payload -> platform. 0x05 (P2SH) is shared by several chains and
# is reported as Bitcoin, the common case.
_BASE58_VERSIONS = {
    0x00: "bitcoin",
    0x05: "bitcoin",
    0x30: "litecoin",
    0x32: "litecoin",
    0x1E: "dogecoin",
    0x41: "tron",
}
# An XRP classic address ("r...") is Base58Check over a permuted alphabet, with the version byte 0x00.
_XRP_VERSION = 0x00
_SEGWIT_HRPS = {"bc": "bitcoin", "ltc": "litecoin"}
_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3


def base58check_platform(address: str) -> str | None:
    """The chain of a Base58Check address with a 21-byte payload (version + 20-byte hash), else None."""
    xrp = address.startswith("r")
    try:
        payload = base58.b58decode_check(address, alphabet=base58.XRP_ALPHABET if xrp else base58.BITCOIN_ALPHABET)
    except ValueError:
        return None
    if len(payload) != 21:
        return None
    if xrp:
        return "ripple" if payload[0] == _XRP_VERSION else None
    return _BASE58_VERSIONS.get(payload[0])


def solana_address(address: str) -> str | None:
    """The address when it decodes to a 32-byte public key, else None. A Solana address has no checksum, so only
    its length is checked and callers need a cue ("solana", "sol wallet") before it."""
    try:
        return address if len(base58.b58decode(address)) == 32 else None
    except ValueError:
        return None


def lightning_invoice(invoice: str) -> str | None:
    """The lower-cased invoice when its Bech32 checksum holds, else None. BOLT 11 lifts Bech32's 90-character
    limit, so this checks what `bech32.bech32_decode` would refuse."""
    invoice = invoice.lower()
    hrp, sep, rest = invoice.rpartition("1")
    if not sep or not hrp.startswith("ln") or len(rest) < 7 or any(c not in bech32.CHARSET for c in rest):
        return None
    data = [bech32.CHARSET.index(c) for c in rest]
    return invoice if bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data) == _BECH32_CONST else None


def segwit_platform(address: str) -> str | None:
    """The chain of a valid SegWit address: Bech32 for witness version 0, Bech32m for versions 1-16."""
    if address.lower() != address and address.upper() != address:
        return None  # BIP 173 forbids mixed case
    address = address.lower()
    hrp, sep, rest = address.rpartition("1")
    platform = _SEGWIT_HRPS.get(hrp)
    if not sep or platform is None or len(rest) < 7 or len(address) > 90:
        return None
    if any(c not in bech32.CHARSET for c in rest):
        return None
    data = [bech32.CHARSET.index(c) for c in rest]
    const = bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data)
    version = data[0]
    if const != (_BECH32_CONST if version == 0 else _BECH32M_CONST) or version > 16:
        return None
    program = bech32.convertbits(data[1:-6], 5, 8, False)
    if program is None or not 2 <= len(program) <= 40:
        return None
    if version == 0 and len(program) not in (20, 32):
        return None
    return platform


def _eip55(hex40: str) -> str:
    lower = hex40.lower()
    digest = keccak.new(digest_bits=256, data=lower.encode("ascii")).hexdigest()
    return "".join(c.upper() if int(h, 16) >= 8 else c for c, h in zip(lower, digest, strict=False))


def eth_checksum_address(hex40: str) -> tuple[str, bool] | None:
    """(EIP-55 address "0x...", checksummed) for 40 hex digits: a mixed-case input must carry a valid
    EIP-55 checksum (else None); an all-lower or all-upper one carries none, so `checksummed` is False."""
    canonical = _eip55(hex40)
    if hex40 == hex40.lower() or hex40 == hex40.upper():
        return "0x" + canonical, False
    return ("0x" + canonical, True) if hex40 == canonical else None
