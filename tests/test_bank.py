"""Bank details: an account number with the code that routes it, or a CLABE/CBU alone; checksums and cue words
keep order numbers, dates and skill words clean."""

from __future__ import annotations

import pytest

from ringfence import Scanner
from ringfence.detectors.bank import BankDetector
from ringfence.normalize.view import View
from ringfence.types import Context, Kind
from support import assert_triggers_hide_nothing

DETECTOR = BankDetector()
CONTEXT = Context("message", "pre_contract")


# (text, value, exact matched text)
POSITIVES = [
    ("routing number 021000021, account 123456789012", "021000021/123456789012", None),
    ("ABA: 021000021 acct 4455667788", "021000021/4455667788", None),
    (
        "account number: 12345678 sort code: 20-00-00, thanks",
        "200000/12345678",
        "account number: 12345678 sort code: 20-00-00",
    ),
    ("Sort Code 20 00 00, Account No 87654321", "200000/87654321", "Sort Code 20 00 00, Account No 87654321"),
    ("IFSC code: SBIN0001234, A/C no. 123456789012", "SBIN0001234/123456789012", None),
    (
        "pay to account no. 0123456789, IFSC HDFC0001234",
        "HDFC0001234/0123456789",
        "account no. 0123456789, IFSC HDFC0001234",
    ),
    ("BSB 062-000 account 12345678", "062000/12345678", None),
    ("SWIFT: DEUTDEFF account 0532013000", "DEUTDEFF/0532013000", None),
    ("mi CLABE: 002010077777777771", "002010077777777771", "CLABE: 002010077777777771"),
    ("CBU 2850590940090418135201 a mi nombre", "2850590940090418135201", "CBU 2850590940090418135201"),
    ("my bank account number is 0123456789", "0123456789", "bank account number is 0123456789"),
    ("Bank account: 1234 5678 90", "1234567890", "Bank account: 1234 5678 90"),
    ("mi CLABE interbancaria es 032180000118359719", "032180000118359719", "CLABE interbancaria es 032180000118359719"),
    ("CVU de mercado pago: 0000003110001000000004", "0000003110001000000004", None),
    ("routing #: 021000021 / checking 000123456789", "021000021/000123456789", None),
    # the sort code's short forms beside the account
    ("S/C 40-05-15 A/C 22334455", "400515/22334455", None),
    ("sort: 40-05-15 acc: 22334455", "400515/22334455", None),
]


@pytest.mark.parametrize(("text", "value", "span"), POSITIVES)
def test_bank_details_found_with_their_code(text: str, value: str, span: str | None) -> None:
    matches = DETECTOR.detect(View.identity(text), CONTEXT)
    assert len(matches) == 1, matches
    m = matches[0]
    assert (m.kind, m.platform, m.value) == (Kind.PAYMENT, "bank", value)
    assert text[m.start : m.end] == (span if span is not None else text)


NEGATIVES = [
    "my account was created in 2019 and the sort code field is missing in the form",
    "routing number validation in the checkout form",
    "I built an IFSC lookup API for a fintech client, 123456 requests a day",
    "the ABA problem in concurrent programming, see ticket 123456789",
    "please don't share bank account details here",
    "order 123456789 shipped, account manager is Tom",
    "SWIFT developer for iOS apps, 6 years, account 12345678 on the App Store",
    "invoice 20-00-00 account 12345678 in the accounting system",
    "routing number 021000022, account 123456789012",  # fails the routing checksum
    "CLABE: 002010077777777772",  # fails the CLABE check digit
    "CBU 2850590940090418135202",  # fails the CBU check digit
    "bank holiday on 12 05 2025",
    "sort the list by date 2024-05-06, account 12345678 first",
    "sorted 100000 rows for account 123456789",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_codes_without_their_account_or_checksum_are_not_bank_details(text: str) -> None:
    assert DETECTOR.detect(View.identity(text), CONTEXT) == []


def test_redaction_removes_code_and_account_together() -> None:
    result = Scanner().scan("account number: 12345678 sort code: 20-00-00, thanks", CONTEXT)
    assert result.redacted == "[payment removed], thanks"
    assert result.decision.violation


def test_bank_triggers_hide_nothing() -> None:
    assert_triggers_hide_nothing(DETECTOR, "IFSC SBIN0001234 A/C 123456789012", CONTEXT)
