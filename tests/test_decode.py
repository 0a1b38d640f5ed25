"""Encoded payloads: base64/hex tokens and reversal-cued text decoded into a view that maps back exactly."""

from __future__ import annotations

import base64

import pytest

from ringfence import Context, Kind, Scanner
from ringfence import normalize as normalize_module
from ringfence.detectors.email import EmailDetector
from ringfence.normalize.decode import EncodedPayloads, decode_token
from ringfence.normalize.view import View

EMAIL = "john.smith@gmail.com"
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg"  # 1x1 image


@pytest.fixture
def scanner() -> Scanner:
    """The email detector over every view, including the decoded one the normalisation recipes build."""
    assert any(isinstance(t, EncodedPayloads) for _, recipe in normalize_module.VIEW_RECIPES for t in recipe)
    return Scanner(detectors=[EmailDetector()])


@pytest.mark.parametrize(
    "token",
    [
        base64.b64encode(EMAIL.encode()).decode(),
        base64.b64encode(EMAIL.encode()).decode().rstrip("="),
        base64.urlsafe_b64encode(b"call +44 7400 123456?").decode(),
        EMAIL.encode().hex(),
        EMAIL.encode().hex().upper(),
        "0x" + EMAIL.encode().hex(),
    ],
)
def test_tokens_that_hide_contacts_decode(token: str) -> None:
    decoded = decode_token(token)
    assert decoded is not None and ("@" in decoded or "7400" in decoded)


@pytest.mark.parametrize(
    "token",
    [
        PNG,
        base64.b64encode(b"the weather is lovely today").decode(),  # printable but nothing contact-like
        "deadbeefcafebabe0123456789abcdef",  # hex of binary
        "a1b2c3d4e5f6a7b8c9d0",  # an order id
    ],
)
def test_tokens_without_a_contact_do_not_decode(token: str) -> None:
    assert decode_token(token) is None


def test_needed_is_false_on_ordinary_text_and_long_plain_words() -> None:
    transform = EncodedPayloads()
    assert not transform.needed("Hi, I can deliver the internationalization work by Friday, backwards compatible.")
    assert transform.needed("read it backwards: moc.liamg@htims.nhoj")
    assert transform.needed("ping am9obi5zbWl0aEBnbWFpbC5jb20=")


def test_a_decoded_character_maps_to_the_whole_token() -> None:
    token = base64.b64encode(EMAIL.encode()).decode()
    text = f"mail: {token} ok"
    view = EncodedPayloads().apply(View.identity(text))
    assert EMAIL in view.text
    at = view.text.index(EMAIL)
    assert view.to_original(at + 3, at + 4) == (6, 6 + len(token))


def test_reversed_characters_map_one_to_one() -> None:
    text = "read it backwards: moc.liamg@htims.nhoj thanks"
    view = EncodedPayloads().apply(View.identity(text))
    at = view.text.index(EMAIL)
    start, end = view.to_original(at, at + len(EMAIL))
    assert text[start:end] == EMAIL[::-1]


@pytest.mark.parametrize(
    "template",
    [
        "my email is {b64}, decode it",
        "hex: {hex}",
        "hex bytes: {spaced_hex} ok",
        "{colon_hex}",
        "read it backwards: {rev} thanks",
        "{rev} (read it backwards)",
        "escríbeme, al revés: {rev}",
    ],
)
def test_scanner_finds_encoded_email_and_points_at_the_encoded_span(scanner: Scanner, template: str) -> None:
    payloads = {
        "b64": base64.b64encode(EMAIL.encode()).decode(),
        "hex": EMAIL.encode().hex(),
        "spaced_hex": EMAIL.encode().hex(" "),
        "colon_hex": EMAIL.encode().hex(":").upper(),
        "rev": EMAIL[::-1],
    }
    text = template.format(**payloads)
    result = scanner.scan(text, Context("message", "pre_contract"))
    (finding,) = [f for f in result.findings if f.kind is Kind.EMAIL]
    assert finding.value == EMAIL
    assert finding.text in payloads.values()
    assert finding.text not in result.redacted


def test_a_base64_image_fragment_is_not_a_contact(scanner: Scanner) -> None:
    text = "logo: data:image/png;base64," + PNG + "=="
    assert not scanner.scan(text, Context("message", "pre_contract")).findings


@pytest.mark.parametrize(
    ("payload", "found"),
    [
        ("john&#64;gmail&#46;com", "john@gmail.com"),  # entities inside the base64
        ("kim at gmail dot com", "kim@gmail.com"),  # spoken separators inside it
        ("j\u200bo\u200bh\u200bn@gmail.com", "john@gmail.com"),  # invisibles
        ("①②③ ④⑤⑥ ⑦⑧⑨⓪", "123 456 7890"),  # circled digits
        ("4\ufe0f\u20e31\ufe0f\u20e35\ufe0f\u20e3 555 0100", "415 555 0100"),  # keycaps
        ("0\u200b7\u200b1\u200b2 123\u200b456", "0712 123456"),  # zero-width between the digits
        ("0|7|1|2 1|2|3|4|5|6", "0712 123456"),  # a symbol between every digit
        ("j*o*h*n@g*m*a*i*l.c*o*m", "john@gmail.com"),
    ],
)
def test_the_decoded_recipe_folds_and_reads_spoken_forms_again_on_decoded_text(payload: str, found: str) -> None:
    token = base64.b64encode(payload.encode()).decode()
    text = f"mail {token} ok"
    (view,) = [v for v in normalize_module.build_views(text) if v.name == "decoded"]
    assert found in view.text
    at = view.text.index(found)
    begin, end = view.to_original(at, at + len(found))
    assert text[begin:end] == token  # the whole encoded token, nothing around it


@pytest.mark.parametrize(
    "payload",
    [
        "li&period;wei&commat;web&period;de",  # entities
        "johnsmith-design(.)com/portfolio",  # bracketed
        "ѕkуpе: maria_dev",  # look-alikes
        "s·k·y·p·e: l·i·v·e:m·a·r·i·a.d·e·v_2·1",  # a symbol between every character
        "+ 3 3   6   1 2   3 4   5 6   7 8",  # spaced out
        "h77p5://j0hnsmi7h-d3s19n.c0m/p0rtfol10",  # leet
    ],
)
def test_a_disguised_payload_is_judged_after_folding(payload: str) -> None:
    for token in (base64.b64encode(payload.encode()).decode(), payload.encode().hex()):
        assert decode_token(token) == payload


@pytest.mark.parametrize("payload", ["Hello there my good friend", "b4 2day 4t h0me l8r", "w e   m e e t   s o o n"])
def test_prose_payloads_stay_encoded(payload: str) -> None:
    assert decode_token(base64.b64encode(payload.encode()).decode()) is None


@pytest.mark.parametrize(
    "cue",
    ["ulta padho: ", "al contrario: ", "leggilo al contrario ", "tersten oku: ", "read it right to left: ",
     "my email reversed: ", "baliktarin mo: "],
)  # fmt: skip
def test_reversal_cues_in_more_languages(scanner: Scanner, cue: str) -> None:
    text = cue + EMAIL[::-1]
    found = [(f.value, f.text) for f in scanner.scan(text, Context()).findings]
    assert found == [(EMAIL, EMAIL[::-1])]


@pytest.mark.parametrize(
    "text", ["ulta pulta ho gaya sab", "al contrario, el precio es 500", "we need right to left support, 12 pages"]
)
def test_reversal_words_in_ordinary_talk_reverse_nothing_found(text: str) -> None:
    assert not Scanner().scan(text, Context()).findings


def test_a_json_payload_is_machine_data() -> None:
    claims = base64.b64encode(b'{"sub":"1234567890","name":"x"}').decode().rstrip("=")
    assert decode_token(claims) is None
    assert not Scanner().scan(f"token: eyJhbGciOiJIUzI1NiJ9.{claims}.sig", Context()).findings


def test_hex_bytes_apart_that_hold_no_contact_stay_as_written() -> None:
    """A MAC address or a hash printed a byte at a time decodes to no contact-like text."""
    for text in ("mac 00:1A:2B:3C:4D:5E:6F:70 on eth0", "digest de ad be ef 00 11 22 33 44 55 66 77"):
        assert [v.name for v in normalize_module.build_views(text)] == ["raw"]


@pytest.mark.parametrize(
    "text",
    [
        "number reversed -> 654321 11970",
        "my whatsapp is 654321 11970 reversed",
        "whatsapp 654321 11970 but backwards",
        "reversed phone: 654321 11970",
    ],
)
def test_more_reversal_cues_beside_a_number(text: str) -> None:
    findings = Scanner().scan(text, Context("message", "pre_contract")).findings
    assert [f.value for f in findings] == ["+447911123456"]


def test_a_payment_reversed_is_no_reversal_cue() -> None:
    assert not Scanner().scan("the charge was reversed: 4321 765 0030 is the txn id").findings
