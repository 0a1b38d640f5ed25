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
    lightning_invoice,
    segwit_platform,
    solana_address,
)
from support import assert_triggers_hide_nothing

DATA = Path(__file__).parent / "data" / "presidio_payment"
DETECTOR = PaymentDetector()
# BOLT 11's own example invoice
LIGHTNING_INVOICE = (
    "lnbc1pvjluezpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdpl2pkx2ctnv5sxxmmwwd5k"
    "getjypeh2ursdae8g6twvus8g6rfwvs8qun0dfjkxaq8rkx3yf5tcsyz3d73gafnh3cax9rn449d9p5uxz9ezhhypd"
    "0elx87sjle52x86fux2ypatgddc6k63n7erqz25le42c4u4ecky03ylcqca784w"
)
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
    ("link: paypal.me / JohnDoe88", "paypal", "johndoe88", "paypal.me / JohnDoe88"),  # spaced around the "/"
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


@pytest.mark.parametrize(
    ("text", "platform", "value", "span"),
    [
        ("upi: 9876543210@ybl", "upi", "9876543210@ybl", "upi: 9876543210@ybl"),
        ("UPI ID - 98765 43210@paytm ok", "upi", "9876543210@paytm", "UPI ID - 98765 43210@paytm"),
        ("gpay number 9876543210@okicici", "googlepay", "9876543210@okicici", "gpay number 9876543210@okicici"),
        ("gpay 9876543210 @ 3pm", "googlepay", "+919876543210", "gpay 9876543210"),  # no UPI handle: the phone
    ],
)
def test_a_number_after_a_rail_cue_that_is_a_upi_local_part(text: str, platform: str, value: str, span: str) -> None:
    [f] = [f for f in Scanner().scan(text, Context("message", "pre_contract")).findings if f.kind is Kind.PAYMENT]
    assert (f.platform, f.value, f.text) == (platform, value, span)


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
    # an IBAN with wrong check digits is kept below the policy's floor (0.5) to cover its digits: no account
    assert [m for m in found(text) if m.confidence >= 0.5] == []


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
    # a tag of two or three word pieces with no digit is read where it ends its clause
    ("send to my cash app: $ tasha dub", "cashapp", "tashadub", "cash app: $ tasha dub"),
    ("my Cash App is $ Tasha Dub.", "cashapp", "tashadub", "Cash App is $ Tasha Dub"),
    ("cash app $ maria de leon, thanks", "cashapp", "mariadeleon", "cash app $ maria de leon"),
    # the sigil said in words
    ("cashtag: dollar sign jordan b", "cashapp", "jordanb", "cashtag: dollar sign jordan b"),
    ("my cash app is dollar sign tasha dub", "cashapp", "tashadub", "cash app is dollar sign tasha dub"),
    ("Cash App - Dollar Sign jordanb22 tonight", "cashapp", "jordanb22", "Cash App - Dollar Sign jordanb22"),
    ("cashapp dollarsign mike b 7 or zelle", "cashapp", "mikeb7", "cashapp dollarsign mike b 7"),
    # "cashtag" names the id itself, as "id" after a cue does
    ("my cashtag is jordan_b", "cashapp", "jordan_b", "cashtag is jordan_b"),
    ("cashtag: mikey_b", "cashapp", "mikey_b", "cashtag: mikey_b"),
    ("Cash tag = $tashadub", "cashapp", "tashadub", "Cash tag = $tashadub"),
    # a Revtag named as such, a Monzo.me name, a WeChat Pay number
    ("revtag: @jakem", "revolut", "jakem", "revtag: @jakem"),
    ("monzo: @annas88 works too", "monzo", "annas88", "monzo: @annas88"),
    ("monzo.me/annasmith/25 for the logo", "monzo", "annasmith", "monzo.me/annasmith/25"),
    ("wechat pay 13812345678", "wechatpay", "+8613812345678", "wechat pay 13812345678"),
    ("wechat pay id: wxid_k2m9x81", "wechatpay", "wxid_k2m9x81", "wechat pay id: wxid_k2m9x81"),
    # a Pix key named by its kind, "pix" unsaid
    (
        "chave aleatória: 7d2f1c3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f",
        "pix",
        "7d2f1c3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f",
        "chave aleatória: 7d2f1c3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f",
    ),
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
    "cash app $ tasha and i will ship today",  # no digit piece and the sentence goes on
    "pay me on cash app $ is fine",  # chat words after the sigil
    "cash app: dollar sign thanks",
    "cash app $ 20 each and a $5 tip",
    "they put a dollar sign in the cash app logo",
    "the cashtag feature is neat",
    "cashtag: dollar sign shown in the price",
    "monzo is my bank, the app is great",
    "chave aleatória do banco é gerada no app",
]


@pytest.mark.parametrize(("text", "platform", "value", "span"), ACCOUNT_IDS)
def test_a_platform_id_after_its_cue_is_read_by_the_platform_id_shape(
    text: str, platform: str, value: str, span: str
) -> None:
    assert one(text) == (platform, value, span)


@pytest.mark.parametrize("text", ACCOUNT_ID_NEGATIVES)
def test_words_versions_and_amounts_after_a_platform_name_are_not_ids(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("paypal: p a y p a l . m e / annak", "annak", "p a y p a l . m e / annak"),
        ("P A Y P A L . M E / J O H N D O E", "johndoe", "P A Y P A L . M E / J O H N D O E"),
        ("pay me: p a y p a l . m e / j o h n", "john", "p a y p a l . m e / j o h n"),
    ],
)
def test_a_pay_link_spelled_in_spaced_letters_is_read_in_the_spaced_view(text: str, value: str, span: str) -> None:
    payments = [f for f in Scanner().scan(text, CONTEXT).findings if f.kind is Kind.PAYMENT]
    assert [(f.value, text[f.start : f.end]) for f in payments] == [(value, span)]


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("paypal dot me slash john smith 90", "johnsmith90", "paypal dot me slash john smith 90"),
        ("PayPal.me / Maria Lopez 88 thanks", "marialopez88", "PayPal.me / Maria Lopez 88"),
        ("paypal . me / johnsmith", "johnsmith", "paypal . me / johnsmith"),
        ("paypal.me / jo for 50 dollars", "jo", "paypal.me / jo"),  # the sentence after the link is not the name
        ("paypal.me/jo 50 dollars", "jo", "paypal.me/jo"),  # a slash typed plainly: the name ends at the space
    ],
)
def test_a_name_said_in_pieces_after_a_spaced_or_spoken_pay_link_is_joined(text: str, value: str, span: str) -> None:
    payments = [f for f in Scanner().scan(text, CONTEXT).findings if f.kind is Kind.PAYMENT]
    assert [(f.value, text[f.start : f.end]) for f in payments] == [(value, span)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("$ m i k e 2 2 on cash app", "mike22"), ("$ jordan88 on cash app", "jordan88")],
)
def test_a_spaced_cashtag_before_its_platform_is_a_payment_account(text: str, value: str) -> None:
    payments = [f for f in Scanner().scan(text, CONTEXT).findings if f.kind is Kind.PAYMENT]
    assert [f.value for f in payments] == [value]


@pytest.mark.parametrize("text", ["the price is $ 20 on cash app", "$ AAPL on cash app", "costs $ 50 via venmo"])
def test_an_amount_or_ticker_before_a_payment_platform_is_no_cashtag(text: str) -> None:
    assert [f for f in Scanner().scan(text, CONTEXT).findings if f.kind is Kind.PAYMENT] == []


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
        ("send the rest to $jakem, it's cash app", "cashapp", "jakem", "$jakem, it's cash app"),
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


# LNURL-pay's own example (LUD-01)
LNURL = (
    "LNURL1DP68GURN8GHJ7UM9WFMXJCM99E3K7MF0V9CXJ0M385EKVCENXC6R2C35XVUKXEFCV5MKVV34X5EKZD3EV56NYD3HXQURZEPEXEJXXEPN"
    "XSCRVWFNV9NXZCN9XQ6XYEFHVGCXXCMYXYMNSERXFQ5FNS"
)
# Local rails: (text, platform, value, exact matched text). Keys with a check digit or a shape of their own, and a
# rail's phone number read in the rail's country.
LOCAL_RAILS = [
    ("m-pesa till 123456, pay there", "mpesa", "123456", "m-pesa till 123456"),
    ("till no. 5123456 then send the message", "mpesa", "5123456", "till no. 5123456"),
    ("my mpesa till is 987654", "mpesa", "987654", "mpesa till is 987654"),
    ("Buy goods till number 891234 ndio hio", "mpesa", "891234", "Buy goods till number 891234"),
    (
        "Lipa na M-Pesa paybill 247247 account 0712345678",
        "mpesa",
        "247247/0712345678",
        "M-Pesa paybill 247247 account 0712345678",
    ),
    ("weka pesa kwa paybill 888880 akaunti 123456", "mpesa", "888880/123456", "paybill 888880 akaunti 123456"),
    ("PAYBILL: 303030 ACC: 2040", "mpesa", "303030/2040", "PAYBILL: 303030 ACC: 2040"),
    ("mpesa agent number 301234 store 4", "mpesa", "301234", "mpesa agent number 301234"),
    ("tuma kwa mpesa yangu 0712 345 678", "mpesa", "+254712345678", "mpesa yangu 0712 345 678"),
    ("M Pesa till 123456", "mpesa", "123456", "M Pesa till 123456"),
    # the phone number before its rail
    ("0712 345 678 (mpesa)", "mpesa", "+254712345678", "0712 345 678 (mpesa"),
    ("987 654 321 yape", "yape", "+51987654321", "987 654 321 yape"),
    ("my number 300 123 4567 on nequi", "nequi", "+573001234567", "300 123 4567 on nequi"),
    ("0244 123 456 momo", "momo", "0244123456", "0244 123 456 momo"),
    # symbols that point from the cue to the account
    ("yape 👉 987654321", "yape", "+51987654321", "yape 👉 987654321"),
    ("NEQUI 📲 300 123 4567", "nequi", "+573001234567", "NEQUI 📲 300 123 4567"),
    ("pix → 52998224725", "pix", "52998224725", "pix → 52998224725"),
    ("easypaisa # 0345-1234567", "easypaisa", "+923451234567", "easypaisa # 0345-1234567"),
    ("bKash no. 01712 345678", "bkash", "+8801712345678", "bKash no. 01712 345678"),
    ("Zelle → sam@example.com", "zelle", "sam@example.com", "Zelle → sam@example.com"),
    ("mpesa business no. 400200 acc 7788", "mpesa", "400200/7788", "mpesa business no. 400200 acc 7788"),
    ("paybill 247 247 account 0712345678", "mpesa", "247247/0712345678", "paybill 247 247 account 0712345678"),
    ("namba yangu ya mpesa ni 0712 345 678", "mpesa", "+254712345678", "mpesa ni 0712 345 678"),
    ("pochi la biashara 0712 345 678", "mpesa", "+254712345678", "pochi la biashara 0712 345 678"),
    ("bkash (personal): 01712-345678", "bkash", "+8801712345678", "bkash (personal): 01712-345678"),
    ("jazz cash ka number 0300-1234567", "jazzcash", "+923001234567", "jazz cash ka number 0300-1234567"),
    ("interac e transfer: mark.t@shaw.ca", "interac", "mark.t@shaw.ca", "e transfer: mark.t@shaw.ca"),
    ("chave pix: 123.456.789-09", "pix", "12345678909", "pix: 123.456.789-09"),
    ("minha chave pix é o CPF 52998224725", "pix", "52998224725", "pix é o CPF 52998224725"),
    ("pix cnpj 11.222.333/0001-81 pode mandar", "pix", "11222333000181", "pix cnpj 11.222.333/0001-81"),
    (
        "Chave PIX (aleatória): 7D9F3B2A-1C4E-4A8B-B6D5-0E9F8A7C6B5D manda ai",
        "pix",
        "7d9f3b2a-1c4e-4a8b-b6d5-0e9f8a7c6b5d",
        "PIX (aleatória): 7D9F3B2A-1C4E-4A8B-B6D5-0E9F8A7C6B5D",
    ),
    ("faz um pix pro meu celular (11) 98765-4321", "pix", "+5511987654321", "pix pro meu celular (11) 98765-4321"),
    ("chave pix (telefone): 11 98765-4321", "pix", "+5511987654321", "pix (telefone): 11 98765-4321"),
    ("mi alias de mercado pago es sol.luna.mate", "mercadopago", "sol.luna.mate", "mercado pago es sol.luna.mate"),
    ("Mercado Pago alias: Casa.Verde.Sol", "mercadopago", "casa.verde.sol", "Mercado Pago alias: Casa.Verde.Sol"),
    ("te paso mi alias: casa.verde.sol", "cbu_alias", "casa.verde.sol", "mi alias: casa.verde.sol"),
    ("transferime al alias cbu perro.gato.luna", "cbu_alias", "perro.gato.luna", "al alias cbu perro.gato.luna"),
    ("mi nequi es 300 123 4567", "nequi", "+573001234567", "nequi es 300 123 4567"),
    ("pasame por daviplata al 3151234567", "daviplata", "+573151234567", "daviplata al 3151234567"),
    ("yapeame al 987 654 321", "yape", "+51987654321", "yapeame al 987 654 321"),
    ("Plin 912345678 porfa", "plin", "+51912345678", "Plin 912345678"),
    ("bizum al 612 345 678", "bizum", "+34612345678", "bizum al 612 345 678"),
    ("swish 070-123 45 67", "swish", "+46701234567", "swish 070-123 45 67"),
    ("sinpe movil 8888 1234", "sinpe", "+50688881234", "sinpe movil 8888 1234"),
    ("Tigo Pesa 0754 123 456", "tigopesa", "+255754123456", "Tigo Pesa 0754 123 456"),
    ("momo number: 0772 123456 (MTN)", "momo", "0772123456", "momo number: 0772 123456"),
    ("neteller id: 453501234567", "neteller", "453501234567", "neteller id: 453501234567"),
    (
        "solana wallet: BuLJGseYbas2Sg8EeSfZpJrw9QvanppjozU1N9kZfJrm",
        "solana",
        "BuLJGseYbas2Sg8EeSfZpJrw9QvanppjozU1N9kZfJrm",
        "solana wallet: BuLJGseYbas2Sg8EeSfZpJrw9QvanppjozU1N9kZfJrm",
    ),
    (
        "USDT (SOL) 44PMwfFs4tfN4ujLy5xwpiGxQfa9abP5HFYtub8vgHXn",
        "solana",
        "44PMwfFs4tfN4ujLy5xwpiGxQfa9abP5HFYtub8vgHXn",
        "SOL) 44PMwfFs4tfN4ujLy5xwpiGxQfa9abP5HFYtub8vgHXn",
    ),
    (
        "phantom wallet: BuLJGseYbas2Sg8EeSfZpJrw9QvanppjozU1N9kZfJrm",
        "solana",
        "BuLJGseYbas2Sg8EeSfZpJrw9QvanppjozU1N9kZfJrm",
        "phantom wallet: BuLJGseYbas2Sg8EeSfZpJrw9QvanppjozU1N9kZfJrm",
    ),
    (
        "lightning: sam@walletofsatoshi.com",
        "lightning",
        "sam@walletofsatoshi.com",
        "lightning: sam@walletofsatoshi.com",
    ),
    (f"pay {LIGHTNING_INVOICE.upper()} thanks", "lightning", LIGHTNING_INVOICE, LIGHTNING_INVOICE.upper()),
    (f"lightning:{LNURL}", "lightning", LNURL.lower(), f"lightning:{LNURL}"),
]
LOCAL_RAIL_NEGATIVES = [
    "I built the M-Pesa API integration job last year",
    "open till 5 pm, come by",
    "we hit 250000 users till march",
    "I made 123456 requests in the test till it broke",
    "order number 123456 shipped today",
    "my mpesa statement shows 15000 spent",
    "the pix in the header look blurry, can you fix the pix?",
    "pix art style for the game, 32x32 sprites",
    "chave pix: 123.456.789-00",  # CPF check digits wrong
    "pix cnpj 11.222.333/0001-82",  # CNPJ check digit wrong
    "request 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d returned 500",
    "the config key is app.db.host for mercado pago sdk",
    "Solana dev here, 5 years experience, pay 5000 usdt monthly",
    "sol 25000000 tokens",
    "lightning 5000000 sats",
    "mobile money 1500000 received",  # an amount: no trunk prefix
    "swish 2000000 kr",  # an amount, not a Swedish mobile number
    "opay 5000000 naira sent",
    "the yape checkout button is blue",
    "still 0712345678 is off",
    f"pay {LIGHTNING_INVOICE[:-1]}x thanks",  # Bech32 checksum broken
    "the phantom menace is my favourite, 1999",
    "my alias in the game is dark.knight.rises",
    "e transfer fees are 1.50 per 100",
    "business number 2 on the list",
    "pochi is my dog, 3 years old",
    "pix número 12 ficou ótimo",
    # amounts before a rail: no home country to check a mobile number in, or not a mobile number there
    "paid 1500000 via paypal",
    "paid 1500000 via mobile money",
    "I paid 2000000 via swish",
    "send 5000000 sats via lightning",
]


@pytest.mark.parametrize(("text", "platform", "value", "span"), LOCAL_RAILS)
def test_a_local_rail_key_or_phone_after_its_cue(text: str, platform: str, value: str, span: str) -> None:
    assert one(text) == (platform, value, span)


@pytest.mark.parametrize("text", LOCAL_RAIL_NEGATIVES)
def test_rail_words_in_prose_amounts_and_failed_checks_are_no_accounts(text: str) -> None:
    assert found(text) == []


def test_a_cue_inside_the_account_just_read_starts_no_second_one() -> None:
    assert [m.rule for m in found("M-Pesa till no. 123456 and pix 52998224725")] == [
        "payment.mpesa_till",
        "payment.pix_cpf",
    ]


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
    assert lightning_invoice(LIGHTNING_INVOICE.upper()) == LIGHTNING_INVOICE
    assert lightning_invoice("lnbc1" + LIGHTNING_INVOICE[5:-1] + "q") is None
    assert solana_address("BuLJGseYbas2Sg8EeSfZpJrw9QvanppjozU1N9kZfJrm") is not None
    assert solana_address("BuLJGseYbas2Sg8EeSfZpJrw9QvanppjozU1N9kZfJ") is None  # too short for a 32-byte key


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
        "till no. 5123456",
        "M-PESA Paybill 400200",
        "chave pix: 123.456.789-09",
        "Mercado Pago alias: casa.verde.sol",
        "mi nequi es 300 123 4567",
        "sol: BuLJGseYbas2Sg8EeSfZpJrw9QvanppjozU1N9kZfJrm",
        LIGHTNING_INVOICE,
    ],
)
def test_triggers_never_hide_a_reading(text: str) -> None:
    assert_triggers_hide_nothing(PaymentDetector(), text, Context())


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("cash . app / $johnny88", "cash . app / $johnny88"),
        ("cash.app/ $johnny88", "cash.app/ $johnny88"),
        ("cash.app /$johnny88 pls", "cash.app /$johnny88"),
        ("pay me at cash . app / $ johnny88", "cash . app / $ johnny88"),
    ],
)
def test_a_cashtag_after_a_spaced_pay_link_is_the_account(text: str, span: str) -> None:
    payments = [f for f in Scanner().scan(text, CONTEXT).findings if f.kind is Kind.PAYMENT]
    assert [(f.value, text[f.start : f.end]) for f in payments] == [("johnny88", span)]


@pytest.mark.parametrize("text", ["it costs $50 / month on cash app", "cash . app / $ 50 a month"])
def test_an_amount_after_a_spaced_pay_link_is_no_cashtag(text: str) -> None:
    assert [f for f in Scanner().scan(text, CONTEXT).findings if f.kind is Kind.PAYMENT] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("iban GB29.NWBK.6016.1331.9268.19 pls", "GB29NWBK60161331926819"),
        ("Bank: DE89.3704.0044.0532.0130.00. Thanks!", "DE89370400440532013000"),
    ],
)
def test_an_iban_grouped_by_dots(text: str, value: str) -> None:
    assert [(m.platform, m.value) for m in found(text)] == [("iban", value)]


def test_an_iban_broken_over_two_lines() -> None:
    assert [(m.platform, m.value) for m in found("my iban is DE44 5001 0517\n5407 3249 31")] == [
        ("iban", "DE44500105175407324931")
    ]


def test_an_xrp_address_in_ripples_alphabet() -> None:
    assert [(m.platform, m.value) for m in found("xrp rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh tag 123")] == [
        ("ripple", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "use 4242 4242 4242 4242 in Stripe test mode",
        "the IBAN field should accept GB29 NWBK 6016 1331 9268 19 as the sample value",
    ],
)
def test_published_test_numbers_quoted_as_test_data_are_no_violation(text: str) -> None:
    result = Scanner().scan(text, CONTEXT)
    assert [f.rule for f in result.findings] == ["payment.test_data"]
    assert not any(f.violation for f in result.findings)


def test_a_published_test_card_without_test_words_is_still_a_card() -> None:
    assert [m.rule for m in found("card no. 4242 4242 4242 4242")] == ["payment.card"]


@pytest.mark.parametrize(
    ("text", "platform", "value", "written"),
    [
        ("my wallet: TJRy WwFs 9wTF GZg3 JbrV riFb NfCu g5tD eC thanks", "tron",
         "TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC", "TJRy WwFs 9wTF GZg3 JbrV riFb NfCu g5tD eC"),
        ("usdt:\nTJRyWwFs9wTFGZg3\nJbrVriFbNfCug5tDeC", "tron", "TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC",
         "TJRyWwFs9wTFGZg3\nJbrVriFbNfCug5tDeC"),
        ("btc bc1q ar0s rrr7 xfkv y5l6 43ly dnw9 re59 gtzz wf5m dq", "bitcoin",
         "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bc1q ar0s rrr7 xfkv y5l6 43ly dnw9 re59 gtzz wf5m dq"),
        ("eth 0x742d 35Cc 6634 C053 2925 a3b8 44Bc 454e 4438 f44e", "ethereum",
         "0x742d35Cc6634C0532925a3b844Bc454e4438f44e", "0x742d 35Cc 6634 C053 2925 a3b8 44Bc 454e 4438 f44e"),
        ("sol wallet: 7EcDhSYG xXyscszY Ep35KHN8 vvw3svAu LKTzXwCF LtV ok", "solana",
         "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV", "sol wallet: 7EcDhSYG xXyscszY Ep35KHN8 vvw3svAu LKTzXwCF LtV"),
    ],
)  # fmt: skip
def test_wallet_addresses_typed_in_groups_are_joined(text: str, platform: str, value: str, written: str) -> None:
    assert one(text) == (platform, value, written)


def test_words_after_a_solana_cue_are_not_a_key() -> None:
    assert found("sol: we can start on the next sprint when the design is ready to go") == []


def test_contract_addresses_of_the_work_stay_below_the_floor_unless_money_goes_there() -> None:
    (contract,) = found("The contract at 0xdAC17F958D2ee523a2206206994597C13D831ec7 is USDT, write the integration")
    assert contract.rule == "payment.contract_address" and contract.confidence < 0.5
    (fee,) = found("send the deploy fee to 0xdAC17F958D2ee523a2206206994597C13D831ec7")
    assert fee.rule == "payment.eth" and fee.confidence > 0.9


def test_an_iban_with_wrong_check_digits_covers_its_digits_below_the_floor() -> None:
    (invalid,) = found("test vector: NL00 ABNA 0417 1643 00 should return false")
    assert invalid.rule == "payment.iban_unchecked" and invalid.confidence < 0.5
    assert invalid.value == "NL00ABNA0417164300"


def test_checkout_and_tip_pages_are_pay_links() -> None:
    links = found("pay here: buy.stripe.com/4gw5kF9xR0aB3cI288 or ko-fi.com/jakedraws")
    assert [(m.platform, m.value) for m in links] == [("stripe", "4gw5kf9xr0ab3ci288"), ("kofi", "jakedraws")]
    assert found("patreon.com/login") == []


def test_iban_dictated_in_parts_with_labels() -> None:
    iban = found("IBAN DE89 3704 and then 0044 0532 0130 00")
    assert [(m.platform, m.value) for m in iban] == [("iban", "DE89370400440532013000")]


@pytest.mark.parametrize(
    "text",
    [
        "iban DE44 5001, then 0517 5407 3249 31",  # a first part too short to be an IBAN on its own
        "IBAN: DE44 5001, 0517 5407, 3249 31 (Sparkasse)",  # parts split by commas, no label
        "iban DE44 5001 0517 - 5407 3249 31",
    ],
)
def test_iban_in_short_or_comma_separated_parts(text: str) -> None:
    assert [(m.platform, m.value) for m in found(text)] == [("iban", "DE44500105175407324931")]


def test_parts_that_fail_the_iban_check_are_no_iban() -> None:
    assert found("order ES12, then 3456, then 7890 for the shipment") == []
    assert found("iban DE44 5001, then 0517 5407 3249 32") == []


def test_number_named_as_another_identifier_is_no_card() -> None:
    assert found("new SIM, ICCID 8949 1506 1599 8259 660 please activate it") == []
    assert found("your order #4539 1488 0343 6467 has shipped") == []
    assert [m.platform for m in found("my card 4539 1488 0343 6467")] == ["visa"]


@pytest.mark.parametrize(
    ("text", "span"),
    [("send ETH to jakem.eth", "jakem.eth"), ("my ens is jakedev.eth", "jakedev.eth")],
)
def test_an_ens_name_after_a_payment_word_is_an_ethereum_account(text: str, span: str) -> None:
    assert one(text) == ("ethereum", span, span)


@pytest.mark.parametrize(
    "text", ["call web3.eth.sendTransaction with the signed payload", "I registered myname.eth last year"]
)
def test_ens_look_alikes_in_code_or_without_a_payment_word_are_not_accounts(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "violation"),
    [
        ("name;iban;amount\nKlaus;DE89 3704 0044 0532 0130 00;120.50\nEva;GB29 NWBK 6016 1331 9268 19;99.00", False),
        ("Checkout must accept VPAs like name@okicici or mobilenumber@ybl.", False),
        ("Test data: {'name': 'Ravi', 'upi': 'ravi.k@okaxis'} - prefill the form from it.", False),
        ("For the next one just send it to my UPI priya.n@ybl", True),
    ],
)
def test_sample_data_accounts_are_test_data(text: str, violation: bool) -> None:
    findings = Scanner().scan(text, Context("job_post", "pre_contract")).findings
    assert any(f.violation for f in findings if f.kind is Kind.PAYMENT) is violation
