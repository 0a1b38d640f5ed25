"""Payment accounts: every family found with exact offsets and canonical values; checksums reject look-alikes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ringfence import Scanner
from ringfence.detectors.base import Match
from ringfence.detectors.payment import PaymentDetector
from ringfence.normalize.view import View
from ringfence.types import Context, Kind
from ringfence.validators import (
    base58check_platform,
    canonical_iban,
    card_network,
    eth_checksum_address,
    segwit_platform,
)
from support import assert_triggers_hide_nothing

DATA = Path(__file__).parent / "data" / "presidio_payment"
DETECTOR = PaymentDetector()
CONTEXT = Context("message", "pre_contract")


def found(text: str, context: Context = CONTEXT) -> list[Match]:
    matches = DETECTOR.detect(View.identity(text), context)
    for m in matches:
        assert m.kind is Kind.PAYMENT and m.rule.startswith("payment.")
        assert 0 <= m.start < m.end <= len(text)
    return matches


def one(text: str) -> tuple[str | None, str, str]:
    matches = found(text)
    assert len(matches) == 1, matches
    m = matches[0]
    return m.platform, m.value, text[m.start : m.end]


# (text, platform, value, exact matched text)
POSITIVES = [
    # pay links: value is the account id, span the whole link
    ("pay me at paypal.me/JohnDoe.", "paypal", "johndoe", "paypal.me/JohnDoe"),
    (
        "https://www.paypal.com/paypalme/jdoe/25EUR thanks",
        "paypal",
        "jdoe",
        "https://www.paypal.com/paypalme/jdoe/25EUR",
    ),
    ("use wise.com/pay/me/johnd", "wise", "johnd", "wise.com/pay/me/johnd"),
    ("request: https://wise.com/pay/r/aB3dE5fG7h", "wise", "ab3de5fg7h", "https://wise.com/pay/r/aB3dE5fG7h"),
    (
        "pay here https://link.payoneer.com/Token?t=8A2F5D3C1B9E4A7F&src=prq ok",
        "payoneer",
        "8A2F5D3C1B9E4A7F",
        "https://link.payoneer.com/Token?t=8A2F5D3C1B9E4A7F&src=prq",
    ),
    ("cash.app/$JohnDoe", "cashapp", "johndoe", "cash.app/$JohnDoe"),
    ("venmo.com/u/john-doe, thanks", "venmo", "john-doe", "venmo.com/u/john-doe"),
    ("revolut.me/johnd1", "revolut", "johnd1", "revolut.me/johnd1"),
    # a cue word then the account: the span covers cue and account so it outranks the bare email
    ("PayPal: john@example.com", "paypal", "john@example.com", "PayPal: john@example.com"),
    ("my paypal is john@example.com", "paypal", "john@example.com", "paypal is john@example.com"),
    ("send it to my PayPal john@x.com", "paypal", "john@x.com", "PayPal john@x.com"),
    (
        "my PayPal account email is John.Doe@Gmail.com",
        "paypal",
        "john.doe@gmail.com",
        "PayPal account email is John.Doe@Gmail.com",
    ),
    ("payoneer: me@corp.io", "payoneer", "me@corp.io", "payoneer: me@corp.io"),
    ("Cash App $JaneRoe please", "cashapp", "janeroe", "Cash App $JaneRoe"),
    ("venmo @jane-roe", "venmo", "jane-roe", "venmo @jane-roe"),
    ("Zelle me at (415) 555-0123 please", "zelle", "+14155550123", "Zelle me at (415) 555-0123"),
    ("GCash 0917 123 4567", "gcash", "+639171234567", "GCash 0917 123 4567"),
    # UPI virtual payment addresses
    ("pay to ramesh.k@okaxis today", "upi", "ramesh.k@okaxis", "ramesh.k@okaxis"),
    ("9876543210@YBL", "upi", "9876543210@ybl", "9876543210@YBL"),
    # IBANs, compact, grouped, lower-case
    ("IBAN GB82WEST12345698765432.", "iban", "GB82WEST12345698765432", "GB82WEST12345698765432"),
    ("to DE89 3704 0044 0532 0130 00 thanks", "iban", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00"),
    ("ref DE89-3704-0044-0532-0130-00", "iban", "DE89370400440532013000", "DE89-3704-0044-0532-0130-00"),
    ("gb82west12345698765432", "iban", "GB82WEST12345698765432", "gb82west12345698765432"),
    # cards: value is the digits, platform the network
    ("card 4111 1111 1111 1111 exp 12/26", "visa", "4111111111111111", "4111 1111 1111 1111"),
    ("5555555555554444", "mastercard", "5555555555554444", "5555555555554444"),
    ("amex 3782-822463-10005", "amex", "378282246310005", "3782-822463-10005"),
    ("disc 6011111111111117 ok", "discover", "6011111111111117", "6011111111111117"),
    ("card 4111 1111 1111 1111 2 items", "visa", "4111111111111111", "4111 1111 1111 1111"),
    # crypto wallets
    ("BTC 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", None),
    ("p2sh 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "bitcoin", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", None),
    ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", None),
    (
        "taproot bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        "bitcoin",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        None,
    ),
    ("ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", None),
    ("USDT TRC20: TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7", "tron", "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7", None),
]


@pytest.mark.parametrize(("text", "platform", "value", "span"), POSITIVES)
def test_every_family_is_found_with_exact_span_and_canonical_value(
    text: str, platform: str, value: str, span: str | None
) -> None:
    assert one(text) == (platform, value, span if span is not None else value)


NEGATIVES = [
    # one character changed from a positive above
    "IBAN GB82WEST12345698765433",
    "DE89 3704 0044 0532 0130 01",
    "card 4111 1111 1111 1112",
    "5555555555554445",
    "BTC 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3",
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp",
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",  # EIP-55 checksum broken by one letter's case
    "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8",
    # look-alikes
    "fixed in commit 9fceb02d0ae598e95dc970b74767f19372d61af8 yesterday",
    "request id 123e4567-e89b-12d3-a456-426614174000",
    "mask 0xDEADBEEF and hash 0x" + "ab" * 32,
    "order #1234567812345678 shipped",  # Luhn fails
    "call 415 555 0123 tomorrow",
    "ramesh@paytm.com",  # an email at the bank's domain, not a UPI address
    "a+b@ybl",
    # payment words without an account id
    "I need a PayPal integration developer",
    "Stripe/PayPal checkout for my store",
    "I accept payments through the platform only",
    "It would be wise to email me at john@example.com",
    "paypal.com is down",
    "venmo.com/about",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_and_broken_checksums_do_not_match(text: str) -> None:
    assert found(text) == []


# A payment platform's name, a short cue and an id shaped like that platform's ids (one table row each).
ACCOUNT_IDS = [
    ("send the money to paypal: jennylopez88", "paypal", "jennylopez88", "paypal: jennylopez88"),
    ("send to my paypal jennylopez88", "paypal", "jennylopez88", "paypal jennylopez88"),
    ("my paypal id is jenny_lopez", "paypal", "jenny_lopez", "paypal id is jenny_lopez"),
    ("PayPal username: Mark.Dunn77.", "paypal", "mark.dunn77", "PayPal username: Mark.Dunn77"),
    ("PAYPAL: @OliviaK21", "paypal", "oliviak21", "PAYPAL: @OliviaK21"),
    ("here's my binance pay id 123456789", "binance", "123456789", "binance pay id 123456789"),
    ("my binance id 384729101, send usdt", "binance", "384729101", "binance id 384729101"),
    ("Binance UID: 57201938 pls", "binance", "57201938", "Binance UID: 57201938"),
    ("wise: @jennyl88", "wise", "jennyl88", "wise: @jennyl88"),
    ("my wise tag is jennylopez88", "wise", "jennylopez88", "wise tag is jennylopez88"),
    ("revolut tag: ana_sousa7", "revolut", "ana_sousa7", "revolut tag: ana_sousa7"),
    ("Venmo username is mike-ross-12", "venmo", "mike-ross-12", "Venmo username is mike-ross-12"),
    ("cash app: $ jenny lopez 88", "cashapp", "jennylopez88", "cash app: $ jenny lopez 88"),
    ("venmo @ jenny lopez 88 tonight", "venmo", "jennylopez88", "venmo @ jenny lopez 88"),
    ("perfect money U1234567", "perfectmoney", "U1234567", "perfect money U1234567"),
    ("Perfect Money account: e87654321", "perfectmoney", "E87654321", "Perfect Money account: e87654321"),
    ("payeer P1234567", "payeer", "P1234567", "payeer P1234567"),
    ("mi cuenta payeer es P10293847", "payeer", "P10293847", "payeer es P10293847"),
    ("AdvCash wallet U 1234 5678 9012", "advcash", "U123456789012", "AdvCash wallet U 1234 5678 9012"),
    ("GCash: @maria.santos9", "gcash", "maria.santos9", "GCash: @maria.santos9"),
    ("WebMoney purse: Z123456789012", "webmoney", "Z123456789012", "WebMoney purse: Z123456789012"),
    ("binance pay: 123 456 789", "binance", "123456789", "binance pay: 123 456 789"),
    ("paypal \u2014 jennylopez88 pls", "paypal", "jennylopez88", "paypal \u2014 jennylopez88"),
    ("mon paypal c'est jenny88", "paypal", "jenny88", "paypal c'est jenny88"),
    ("meu paypal \u00e9 joao.silva21", "paypal", "joao.silva21", "paypal \u00e9 joao.silva21"),
    ("mein PayPal ist max_mueller9", "paypal", "max_mueller9", "PayPal ist max_mueller9"),
]

ACCOUNT_ID_NEGATIVES = [
    "I integrated PayPal checkout for 30 stores",
    "paypal: please use the invoice",
    "Binance API trading bot developer",
    "binance 100000000 usdt volume last month",  # an amount: a bare number needs "id", ":" or "is" first
    "wise decision",
    "be wise: plan ahead",
    "It would be wise to email me at the end",
    "cash app clone in Flutter",
    "Stripe and PayPal integration v2.0",
    "Venmo v3 API integration",
    "paypal fees are 4.4%",
    "PayPal checkout.js and pay-later buttons",
    "upgrade the paypal sdk_v2 module",
    "paypal: webhook_handler crashed at line 42",  # a bare snake_case word needs "id", "is"... before it
    "venmo @ jenny lopez tonight",  # spaced pieces with no digit: where the tag ends is a guess
    "perfect money management skills",
    "the payoneer card arrived",
    "Payeer and Perfect Money support for the exchange script",
    "WebMoney and Payeer integration for 12 merchants",
    "my binance id is on my profile, 2 factor is on",
    "mon paypal c'est pour les clients",
]


@pytest.mark.parametrize(("text", "platform", "value", "span"), ACCOUNT_IDS)
def test_a_platform_id_after_its_cue_is_read_by_the_platform_id_shape(
    text: str, platform: str, value: str, span: str
) -> None:
    assert one(text) == (platform, value, span)


@pytest.mark.parametrize("text", ACCOUNT_ID_NEGATIVES)
def test_words_versions_and_amounts_after_a_platform_name_are_not_ids(text: str) -> None:
    assert found(text) == []


def test_an_at_tag_after_a_payment_platform_is_a_payment_account_not_a_handle() -> None:
    for text in ("wise: @jennyl88", "revolut: @jennyl88", "paypal: @jennyl88", "Venmo - @jennyl88"):
        contacts = [f for f in Scanner().scan(text, CONTEXT).findings if f.kind.is_contact]
        assert [(f.kind, f.value) for f in contacts] == [(Kind.PAYMENT, "jennyl88")], text


@pytest.mark.parametrize(
    ("text", "platform", "value", "span"),
    [
        ("Sure. Relevant example: $frojas (my Cash App).", "cashapp", "frojas", "$frojas (my Cash App"),
        ("@jenny88 on venmo", "venmo", "jenny88", "@jenny88 on venmo"),
        ("tag me @jenny88 - Revolut", "revolut", "jenny88", "@jenny88 - Revolut"),
    ],
)
def test_a_tag_written_before_its_platform(text: str, platform: str, value: str, span: str) -> None:
    assert one(text) == (platform, value, span)


@pytest.mark.parametrize(
    "text", ["@be wise", "email @jo, paypal is fine", "I have $100 in cash app", "$AAPL on cash app"]
)
def test_a_sigil_word_before_a_platform_in_prose_is_no_tag(text: str) -> None:
    assert found(text) == []


def test_several_accounts_in_one_text_are_each_found_once() -> None:
    text = (
        "IBAN GB82WEST12345698765432 and DE89 3704 0044 0532 0130 00, or card 4111111111111111, "
        "BTC bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
    )
    values = [m.value for m in sorted(found(text), key=lambda m: m.start)]
    assert values == [
        "GB82WEST12345698765432",
        "DE89370400440532013000",
        "4111111111111111",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    ]


def test_unchecksummed_eth_address_is_found_with_lower_confidence() -> None:
    checked = found("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")[0]
    lower = found("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")[0]
    assert lower.value == checked.value == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    assert lower.confidence < checked.confidence


def test_bare_card_without_grouping_or_cue_has_lower_confidence() -> None:
    (bare,) = found("ref 4111111111111111")
    (cued,) = found("my card 4111111111111111")
    assert bare.confidence < cued.confidence


def test_phone_after_cue_uses_the_locale_when_the_service_has_no_home_region() -> None:
    (m,) = found("payoneer: 07700 900123", Context("message", "pre_contract", locale="en-GB"))
    assert m.value == "+447700900123"


def test_validators_directly() -> None:
    assert canonical_iban("NO9386011117947") == "NO9386011117947"  # the shortest IBAN country
    assert canonical_iban("GB82WEST1234569876543") is None  # wrong length for GB
    assert card_network("4111111111111111") == "visa"
    assert card_network("4111111111111111".replace("4", "9", 1)) is None  # no such network
    assert card_network("４１１１１１１１１１１１１１１１") is None  # only ASCII digits
    assert base58check_platform("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2") == "bitcoin"
    assert segwit_platform("BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ") == "bitcoin"
    assert segwit_platform("bc1QAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq") is None  # mixed case
    # a v1 program with a Bech32 (not Bech32m) checksum is invalid under BIP 350
    assert segwit_platform("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx") is None
    assert eth_checksum_address("5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED") == (
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        False,
    )


def test_scanner_end_to_end_payment_is_a_violation_only_before_a_contract() -> None:
    text = "send it to my PayPal john@example.com or IBAN GB82 WEST 1234 5698 7654 32"
    scanner = Scanner()
    pre = scanner.scan(text, Context("message", "pre_contract"))
    payments = [f for f in pre.findings if f.kind is Kind.PAYMENT]
    assert [f.value for f in payments] == ["john@example.com", "GB82WEST12345698765432"]
    assert all(f.text == text[f.start : f.end] for f in pre.findings)
    assert not [f for f in pre.findings if f.kind is Kind.EMAIL]  # the payment reading wins the overlap
    assert pre.violation and "john@example.com" not in pre.redacted and "GB82" not in pre.redacted
    active = scanner.scan(text, Context("message", "active_contract"))
    assert [f.value for f in active.findings if f.kind is Kind.PAYMENT] == [f.value for f in payments]
    assert not any(f.violation for f in active.findings if f.kind is Kind.PAYMENT)


def test_presidio_research_iban_and_card_span_recall() -> None:
    """Synthetic sentences from presidio-research with labelled IBAN and credit-card spans (copied subset)."""
    hits = {"IBAN_CODE": 0, "CREDIT_CARD": 0}
    totals = {"IBAN_CODE": 0, "CREDIT_CARD": 0}
    for line in (DATA / "payment_spans.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        matches = found(record["text"])
        for span in record["spans"]:
            totals[span["entity_type"]] += 1
            length = span["end"] - span["start"]
            covered = max((min(span["end"], m.end) - max(span["start"], m.start) for m in matches), default=0)
            hits[span["entity_type"]] += covered >= 0.9 * length
    assert totals == {"IBAN_CODE": 49, "CREDIT_CARD": 348}
    assert hits["IBAN_CODE"] == totals["IBAN_CODE"]
    # The misses are 12-digit Maestro-style numbers with no card word nearby, left out on purpose.
    assert hits["CREDIT_CARD"] >= 345


@pytest.mark.parametrize(
    "text",
    [
        "PAY PAL: jo@x.com",
        "Cash App $jo",
        "upi jo@okaxis",
        "pay to JO@O\u212aAXIS",
        "ZELLE 4155550123",
        "Wise @jo_doe",
        "wise: @jo_doe",
        "my paypal id is jenny_lopez",
        "binance id 384729101",
        "perfect money U1234567",
        "cash app: $ jenny lopez 88",
        "card 4111 1111 1111 1111",
        "DE89 3704 0044 0532 0130 00",
        "paypal.me/jo/25EUR",
        "m-pesa 0712345678",
        "0x52908400098527886E0F7030069857D2E4169EE7",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    ],
)
def test_triggers_never_hide_a_reading(text: str) -> None:
    assert_triggers_hide_nothing(PaymentDetector(), text, Context())
