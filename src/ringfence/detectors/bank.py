"""Domestic bank details, which move a payment off the platform as surely as an IBAN does: an account number
given with the code that routes it (a UK sort code, a US routing number, an Indian IFSC, an Australian BSB, a
SWIFT/BIC), a Mexican CLABE or an Argentine CBU/CVU, or an account number right after "bank account".

A routing code needs its own word before it ("sort code 12-34-56", "IFSC HDFC0001234"), and codes that carry a
check digit are validated (US routing numbers, BICs and CBUs with python-stdnum, CLABEs with their published
weights), so an order number or a date is not read as one. The finding spans code and account together, so that
redaction leaves neither; its value is "<code>/<account>" (or the CLABE, CBU or bare account number).
IBANs, cards and wallets are the payment detector's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum import bic
from stdnum.ar import cbu
from stdnum.us import rtn

from ringfence.detectors.base import Match, ascii_digit_count
from ringfence.normalize.view import View
from ringfence.triggers import TRIGGERS, words_pattern
from ringfence.types import Context, Kind

# What may stand between a cue word and its number: "sort code: 12-34-56", "IFSC code is HDFC0001234".
_SAID = r"(?:\s(?:number|no\.?|num|code|#))?[\s:#.=-]{0,3}(?:is\s{1,2})?"
_ACCOUNT = re.compile(
    rf"(?<![\w/])(?:account|acct|acc|a/c|checking|savings){_SAID}(?P<number>[0-9](?:[ -]?[0-9]){{5,17}})(?![\w])"
)
# Up to three words between a check-digit code's cue and the code: "CLABE interbancaria es", "CVU de Mercado Pago:".
_QUALIFIED = r"(?:\s[^\W\d_]{1,14}){0,3}"
_BANK_ACCOUNT = re.compile(
    rf"(?<![\w])bank\s{{1,2}}(?:account|acct|a/c){_SAID}(?P<number>[0-9](?:[ -]?[0-9]){{5,17}})(?![\w])"
)


def _clabe_valid(digits: str) -> bool:
    """A CLABE's 18th digit: the weights 3, 7, 1 over the first 17, each product taken mod 10."""
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(digits[:17]))
    return (10 - total % 10) % 10 == int(digits[17])


def _compact(code: str) -> str:
    return "".join(c for c in code if c.isalnum()).upper()


# scheme -> (its cue and code, the code's validator or None when it has no check digit, whether an account
# number must come with it). A code without a check digit is trusted only with its cue word and an account.
_SCHEMES: dict[str, tuple[re.Pattern[str], Callable[[str], bool] | None, bool]] = {
    "sort_code": (
        # "sort code", or its short forms beside the account: "sort: 20-00-00 acc: ...", "S/C 20-00-00 A/C ..."
        re.compile(
            rf"(?<![\w])(?:sort(?:[\s-]?code)?|s/c){_SAID}(?P<code>[0-9]{{2}}[ -]?[0-9]{{2}}[ -]?[0-9]{{2}})(?![\w])"
        ),
        None,
        True,
    ),
    "routing": (
        re.compile(rf"(?<![\w])(?:routing|aba|rtn){_SAID}(?P<code>[0-9]{{9}})(?![\w])"),
        rtn.is_valid,
        True,
    ),
    "ifsc": (re.compile(rf"(?<![\w])ifsc{_SAID}(?P<code>[a-z]{{4}}0[a-z0-9]{{6}})(?![\w])"), None, True),
    "bsb": (re.compile(rf"(?<![\w])bsb{_SAID}(?P<code>[0-9]{{3}}[ -]?[0-9]{{3}})(?![\w])"), None, True),
    "swift": (
        re.compile(rf"(?<![\w])(?:swift|bic){_SAID}(?P<code>[a-z]{{6}}[a-z0-9]{{2}}(?:[a-z0-9]{{3}})?)(?![\w])"),
        bic.is_valid,
        True,
    ),
    "clabe": (
        re.compile(rf"(?<![\w])clabe{_QUALIFIED}{_SAID}(?P<code>[0-9](?:[ -]?[0-9]){{17}})(?![\w])"),
        _clabe_valid,
        False,
    ),
    "cbu": (
        re.compile(rf"(?<![\w])(?:cbu|cvu){_QUALIFIED}{_SAID}(?P<code>[0-9](?:[ -]?[0-9]){{21}})(?![\w])"),
        cbu.is_valid,
        False,
    ),
}
# How far from its routing code an account number may be written ("account 12345678, sort code 12-34-56").
_ACCOUNT_REACH = 60

_CUE_BIT = TRIGGERS.add(
    "bank.cue",
    words_pattern(
        ("sort", "s/c", "routing", "aba", "rtn", "ifsc", "bsb", "swift", "bic", "clabe", "cbu", "cvu", "bank")
    ),
    re.IGNORECASE,
)
_MIN_DIGITS = 6  # the shortest account number read (an Australian one)


class BankDetector:
    name = "bank"
    kinds = frozenset({Kind.PAYMENT})
    triggers = _CUE_BIT

    def detect(self, view: View, context: Context) -> list[Match]:
        if not view.triggers & self.triggers or ascii_digit_count(view.text) < _MIN_DIGITS:
            return []
        text = view.lower_kept
        found: list[Match] = []
        for scheme, (pattern, valid, needs_account) in _SCHEMES.items():
            for m in pattern.finditer(text):
                code = _compact(m.group("code"))
                if valid is not None and not valid(code):
                    continue
                if not needs_account:
                    found.append(_bank(scheme, code, m.start(), m.end(), 0.95))
                    continue
                account = _nearest_account(text, m.start(), m.end())
                if account is not None:
                    start, end = min(m.start(), account.start()), max(m.end(), account.end())
                    value = f"{code}/{_compact(account.group('number'))}"
                    found.append(_bank(scheme, value, start, end, 0.95 if valid is not None else 0.9))
        for m in _BANK_ACCOUNT.finditer(text):
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(_bank("account", _compact(m.group("number")), m.start(), m.end(), 0.8))
        return found


def _nearest_account(text: str, start: int, end: int) -> re.Match[str] | None:
    """The account number written closest to a routing code, before or after it, within `_ACCOUNT_REACH`."""
    best: re.Match[str] | None = None
    best_gap = _ACCOUNT_REACH + 1
    for m in _ACCOUNT.finditer(text, max(0, start - _ACCOUNT_REACH)):
        if m.start() > end + _ACCOUNT_REACH:
            break
        gap = m.start() - end if m.start() >= end else start - m.end()
        if 0 <= gap < best_gap:  # an account overlapping the code is the code read again
            best, best_gap = m, gap
    return best


def _bank(scheme: str, value: str, start: int, end: int, confidence: float) -> Match:
    return Match(Kind.PAYMENT, "bank", value, start, end, f"bank.{scheme}", confidence)
