"""Phone numbers (PhoneDetector) and SMS short codes (ShortCodeDetector): regions, formats, hard negatives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ringfence.detectors.phone import PhoneDetector
from ringfence.detectors.short_code import ShortCodeDetector
from ringfence.eval.phone_examples import example_cases, matcher_cases
from ringfence.normalize.view import View, ViewBuilder
from ringfence.scanner import Scanner
from ringfence.types import Context, Finding, Kind

DATA = Path(__file__).parent / "data"
SCANNER = Scanner(detectors=[PhoneDetector(), ShortCodeDetector()])


def phones(text: str, locale: str | None = None) -> list[Finding]:
    found = [f for f in SCANNER.find(text, Context(locale=locale)) if f.kind is Kind.PHONE]
    for f in found:
        assert f.text == text[f.start : f.end]
    return found


# (text, locale, the number as written, E.164)
POSITIVES = [
    ("call me on +44 20 7946 0958 tomorrow", None, "+44 20 7946 0958", "+442079460958"),
    ("UK office: +44 (0)20 7946 0958.", None, "+44 (0)20 7946 0958", "+442079460958"),
    ("dial 00 44 20 7946 0958 from abroad", None, "00 44 20 7946 0958", "+442079460958"),
    ("0044 7911 123456 is my mobile", None, "0044 7911 123456", "+447911123456"),
    ("my whatsapp 07911 123456", None, "07911 123456", "+447911123456"),
    ("ring 020-7946-0958 after 5", "en-GB", "020-7946-0958", "+442079460958"),
    ("(415) 555-2671 ext. 12 is the desk", None, "(415) 555-2671 ext. 12", "+14155552671"),
    ("text me at 415.555.2671", None, "415.555.2671", "+14155552671"),
    ("my cell is 415/555-2671", None, "415/555-2671", "+14155552671"),
    ("+1 (416) 555-0199 Toronto", None, "+1 (416) 555-0199", "+14165550199"),
    ("WhatsApp me: 98765 43210", None, "98765 43210", "+919876543210"),
    ("Call 9891943823 today", None, "9891943823", "+919891943823"),
    ("+91-98765-43210", None, "+91-98765-43210", "+919876543210"),
    ("my number is 0300-1234567, Lahore", None, "0300-1234567", "+923001234567"),
    ("+92 300 1234567 (whatsapp)", None, "+92 300 1234567", "+923001234567"),
    ("call 0803 123 4567 in Lagos", None, "0803 123 4567", "+2348031234567"),
    ("text 0917 123 4567 po, Manila", None, "0917 123 4567", "+639171234567"),
    ("phone 01712-345678 Dhaka", None, "01712-345678", "+8801712345678"),
    ("mpesa line 0712 345678 Nairobi", None, "0712 345678", "+254712345678"),
    ("call 082 123 4567 in South Africa", None, "082 123 4567", "+27821234567"),
    ("mobile 0412 345 678 (Sydney)", None, "0412 345 678", "+61412345678"),
    ("Handy: 0151 23456789", "de-DE", "0151 23456789", "+4915123456789"),
    ("appelle-moi au 06 12 34 56 78", None, "06 12 34 56 78", "+33612345678"),
    ("tel. 01.23.45.67.89 Paris", None, "01.23.45.67.89", "+33123456789"),
    ("mi móvil 612 34 56 78", None, "612 34 56 78", "+34612345678"),
    ("zap (11) 91234-5678", None, "(11) 91234-5678", "+5511912345678"),
    ("celular 55 1234 5678 México", None, "55 1234 5678", "+525512345678"),
    ("call 050 123 4567 Dubai", None, "050 123 4567", "+971501234567"),
    ("كلمني 010 1234 5678 مصر", None, "010 1234 5678", "+201012345678"),
    ("номер 8 (912) 345-67-89", None, "8 (912) 345-67-89", "+79123456789"),
    ("моб. 050 123 4567 Україна", None, "050 123 4567", "+380501234567"),
    ("WA 0812-3456-789 Jakarta", None, "0812-3456-789", "+628123456789"),
    ("Zalo 091 234 56 78 Vietnam", None, "091 234 56 78", "+84912345678"),
    ("tel:+1-415-555-2671", None, "tel:+1-415-555-2671", "+14155552671"),
    ("+49 30 1234567", None, "+49 30 1234567", "+49301234567"),
    ("call 0 7 9 1 1 1 2 3 4 5 6 now", None, "0 7 9 1 1 1 2 3 4 5 6", "+447911123456"),
    ("reach me +4 4 7 9 1 1 1 2 3 4 5 6", None, "+4 4 7 9 1 1 1 2 3 4 5 6", "+447911123456"),
    ("Help08700621170150p", None, "08700621170", "+448700621170"),
    ("call 087147123779am-7pm", None, "08714712377", "+448714712377"),
    ("Please call 08712300220 quoting claim code 7684", None, "08712300220", "+448712300220"),
    ("fullwidth ０７９１１ １２３４５６ ok", None, "０７９１１ １２３４５６", "+447911123456"),
    ("Hong Kong office 2212-3456", "en-HK", "2212-3456", "+85222123456"),
    ("Andorra: call 712 345", "ca-AD", "712 345", "+376712345"),
]


@pytest.mark.parametrize(("text", "locale", "written", "value"), POSITIVES)
def test_finds_numbers_of_many_regions_and_formats(text: str, locale: str | None, written: str, value: str) -> None:
    found = phones(text, locale)
    assert [(f.text, f.value) for f in found] == [(written, value)]


def test_confidence_and_rules_follow_the_evidence() -> None:
    (intl,) = phones("see +44 20 7946 0958")
    (cued,) = phones("call 07911 123456")
    (bare,) = phones("ok 07911 123456")
    assert (intl.rule, cued.rule, bare.rule) == ("phone.international", "phone.cue", "phone.national")
    assert intl.confidence >= 0.95 and cued.confidence >= 0.95
    assert 0.6 <= bare.confidence <= 0.8


def test_region_hints_choose_the_reading() -> None:
    # The same national digits mean a different number in each locale.
    assert phones("call 030 1234567", "de-DE")[0].value == "+49301234567"
    assert phones("call 0300 1234567", "en-PK")[0].value == "+923001234567"
    assert phones("my Pakistan number 0300 1234567")[0].value == "+923001234567"
    # A hinted region reads a number without its trunk prefix only when a cue names it a phone.
    assert phones("call 30 1234567", "de-DE")[0].value == "+49301234567"
    assert phones("301234567", "de-DE") == []


def test_cyrillic_text_hints_ukraine_or_russia() -> None:
    # Ukrainian letters ("і") hint Ukraine; other Cyrillic, Russia; the digits alone would read elsewhere.
    assert phones("мій номер 097 321 00 22")[0].value == "+380973210022"
    assert phones("мой номер 8 916 123-45-67")[0].value == "+79161234567"


def test_a_long_dictation_of_homophones_is_read() -> None:
    # Nine single spoken digits in a row, most of them homophones: dictation, not prose.
    [found] = phones("call me: for won five, ate ate ate, too tree for five")
    assert found.value == "+14158882345"
    assert phones("I want to go for a walk too, I ate one five minutes ago") == []


def test_cjk_scripts_hint_their_region() -> None:
    assert phones("電話番号は090-1234-5678です")[0].value == "+819012345678"
    assert phones("제 번호는 010-1234-5678 입니다")[0].value == "+821012345678"
    assert phones("我的手机号 138 1234 5678")[0].value == "+8613812345678"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("আমার নম্বর ০১৭১২৩৪৫৬৭৮", "+8801712345678"),  # Bengali: Bangladesh, not the Indian reading
        ("เบอร์ผม 081 234 5678", "+66812345678"),
        ("میرا نمبر 0300 1234567 ہے", "+923001234567"),  # Urdu letters: Pakistan
        ("Το τηλέφωνό μου είναι 694 123 4567", "+306941234567"),
        ("मेरा नंबर 98765 43210 है", "+919876543210"),
    ],
)
def test_other_scripts_hint_their_region(text: str, value: str) -> None:
    assert phones(text)[0].value == value


def test_ukrainian_dictation_with_a_lookalike_number_word() -> None:
    [found] = (
        Scanner()
        .scan("мій номер нуль дев'ять сім три два один нуль нуль два два", Context("message", "pre_contract"))
        .findings
    )
    assert (found.value, found.text) == ("+380973210022", "нуль дев'ять сім три два один нуль нуль два два")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("msg me on whtsapp 03001234567", "+923001234567"),  # UK UAN, Pakistani mobile
        ("whatsapp: 0917 123 4567", "+639171234567"),  # UK premium rate, Philippine mobile
        ("my viber 0917 123 4567", "+639171234567"),
        ("telegram: 0300-1234567", "+923001234567"),
        ("aap mujhe 03001234567 pe message karo", "+923001234567"),  # Hindi/Urdu words: a mobile
        ("tawag ka sa akin sa 0917 123 4567", "+639171234567"),  # Tagalog: a Philippine number
        ("salamat po, text mo ako 09171234567", "+639171234567"),
        ("miy nomer 067 123 45 67, dzvony", "+380671234567"),  # Ukrainian in Latin letters
        ("moy nomer 8 916 123 45 67, zvoni", "+79161234567"),  # Russian in Latin letters
        ("raqmi 3ala el whats 01123456789", "+201123456789"),  # Arabizi: an Egyptian mobile, not Delhi
        ("ara beni 0532 123 45 67", "+905321234567"),  # Turkish: a Turkish mobile, not Indian
        ("gọi cho em 0912 345 678 nhé", "+84912345678"),  # Vietnamese
        ("vodafone cash number 01012345678", "+201012345678"),  # an Egyptian wallet names its country
    ],
)
def test_a_mobile_reading_wins_where_the_words_say_mobile(text: str, value: str) -> None:
    (found,) = phones(text)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call 09061743386 to claim your prize", "+449061743386"),  # UK spam: the premium number stays
        ("ur awarded a city break, 09061743386 now", "+449061743386"),
        ("Customer Care: 08718726270", "+448718726270"),
        ("call 0300 123 4567 about your council tax", "+443001234567"),
    ],
)
def test_service_numbers_stay_where_nothing_says_mobile(text: str, value: str) -> None:
    (found,) = phones(text)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my number: 0917 ... 123 ... 4567", "+449171234567"),
        ("my number is 0917 . . . 123 . . . 4567", "+449171234567"),
        ("call me 415 … 555 … 0123", "+14155550123"),
        ("call me 415…555…0123", "+14155550123"),
    ],
)
def test_an_ellipsis_between_digit_groups_is_a_separator(text: str, value: str) -> None:
    (found,) = phones(text)
    assert found.value == value


@pytest.mark.parametrize(
    "text",
    [
        "the years 2019 ... 2020 ... 2021 were hard",
        "counting down 10 … 9 … 8 … 7 … 6 … 5 … 4 … 3 … 2 … 1",
        "prices went 100 ... 150 ... 200 ... 250 over the week",
        "chapter 12 . . . 13 . . . 14 done",
    ],
)
def test_ellipses_between_counts_and_years_are_no_number(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("text me: 415 • 555 • 0198", "+14155550198"),
        ("WA 0917·123·4567", "+639171234567"),
        ("call 415 ∙ 555 ∙ 0123", "+14155550123"),
    ],
)
def test_a_middle_dot_or_bullet_between_digit_groups_is_a_separator(text: str, value: str) -> None:
    (found,) = phones(text)
    assert found.value == value


@pytest.mark.parametrize(
    "text",
    ["• 2019 • 2020 • 2021 • 2022", "score 4 · 5 · 3 · 4 · 5 · 5", "• 3 bed • 2 bath • 1200 sq ft • built 1998"],
)
def test_bulleted_lists_of_counts_are_no_number(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ruf mich an: null eins sieben zwei drei vier fünf sechs sieben acht neun", "+491723456789"),
        ("meine Nummer: 0171 / vier fünf sechs / 78 90", "+491714567890"),
        ("telefon: sıfır beş üç iki, bir iki üç, dört beş, altı yedi", "+905321234567"),
        ("mój numer: pięć zero jeden, dwa trzy cztery, pięć sześć siedem", "+48501234567"),
        ("mio numero: tre tre tre, uno due tre, quattro cinque sei sette", "+393331234567"),
        ("whatsapp: sefr khamsa sefr wa7ed etnen tlata arba3 khamsa setta sab3a", "+966501234567"),
        ("raqmi: sifr wa7ed wa7ed, wa7ed itnen talata, arba3a khamsa sitta sab3a tamanya", "+201112345678"),
    ],
)
def test_the_language_of_a_dictation_hints_its_country(text: str, value: str) -> None:
    (found,) = phones(text)
    assert found.value == value


def test_a_region_named_in_the_text_comes_before_the_dictation_language() -> None:
    (found,) = phones("I live in London, call null sieben neun eins eins, eins zwei drei vier fünf sechs")
    assert found.value == "+447911123456"


def test_two_numbers_in_one_run_and_trailing_junk() -> None:
    found = phones("07911123456 07911123457")
    assert [f.value for f in found] == ["+447911123456", "+447911123457"]
    (f,) = phones("Help? 0845 2814032 16 after 1st free")
    assert f.text == "0845 2814032"


NEGATIVES = [
    # dates and times
    "due 2024-05-12",
    "due 12/05/2024",
    "due 12.05.2024",
    "meeting 10:30-11:45",
    "2012-01-02 08:00",
    "20120102 08:00",
    # prices, amounts, ranges
    "price $1,299.00",
    "1 500 000 руб",
    "budget 150000 USD",
    "Rs.5,00,000 prize",
    "budget 1000-2000",
    "between 10000 - 20000 words",
    # numbers named as something else
    "order #12345678",
    "Order number: 4155552671",
    "invoice 0300 1234567",
    "tracking 1Z9999999999999999",
    "part no. 0803-123-4567",
    "ticket 07911123456",
    "ref: 9876543210",
    "account number 0123456789",
    # versions, ISBNs, IPs, coordinates, ZIPs, hex colours
    "update to v1.2.3.4",
    "Windows 10.0.19045",
    "ISBN 978-3-16-148410-0",
    "isbn 9783161484100",
    "server 192.168.100.200",
    "at 40.7128, -74.0060",
    "at 40.712776, -74.005974",
    "ZIP 90210-1234",
    "colour #112233 or #aa12345678",
    # cards, IBANs, long ids
    "card 4111 1111 1111 1111",
    "card 4111111111111111",
    "IBAN GB29NWBK60161331926819",
    "id 650x2531234",
    "hash 12345678901234567890123",
    "5 apples and 3 pears",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_number_like_text_is_not_a_phone(text: str) -> None:
    assert phones(text) == []
    assert phones(text, "en-US") == []


def test_libphonenumber_impossible_matcher_cases_are_not_phones() -> None:
    cases = [c for c in matcher_cases(DATA) if "impossible" in c["tags"]]
    assert len(cases) == 17
    for case in cases:
        assert phones(case["text"], case["locale"]) == [], case["text"]


def test_libphonenumber_examples_in_sentences_every_format() -> None:
    cases = example_cases(DATA)
    assert {c["tags"][1] for c in cases} == {"e164", "international", "national", "rfc3966"}
    missed = []
    for case in cases:
        gold = case["contacts"][0]
        found = phones(case["text"], case.get("locale"))
        start = case["text"].index(gold["text"])
        covered = {i for f in found for i in range(f.start, f.end)} & set(range(start, start + len(gold["text"])))
        if len(covered) < 0.9 * len(gold["text"]) or gold["value"] not in {f.value for f in found}:
            missed.append((case["text"], case.get("locale")))
    assert missed == []


def test_national_cases_carry_their_region_as_locale() -> None:
    national = [c for c in example_cases(DATA) if "national" in c["tags"]]
    assert national and all(c["locale"] == f"en-{c['tags'][2]}" for c in national)
    assert all("locale" not in c for c in example_cases(DATA) if "e164" in c["tags"])


def test_matcher_cases_follow_the_eval_schema() -> None:
    raw = [json.loads(line) for line in (DATA / "libphonenumber" / "matcher_test_cases.jsonl").open()]
    cases = matcher_cases(DATA)
    assert len(cases) == sum(r["bucket"] == "IMPOSSIBLE" or r["is_phone_at_valid_leniency"] for r in raw)
    for case in cases:
        for contact in case["contacts"]:
            assert contact["text"] in case["text"] and contact["value"].startswith("+")


SHORT_CODES = [
    ("txt WIN to 87121 to claim", "87121"),
    ("send STOP to 62468", "62468"),
    ("text HELLO to 80488 now", "80488"),
    ("reply to 85023", "85023"),
    ('Simply text the password "MIX" to 85069 to verify', "85069"),
    ("TXT: SHOP to 80878. T's&C's", "80878"),
    ("Txt word: COLLECT to No: 83355!", "83355"),
    ("OR SMS YND 53030", "53030"),
    ("billed from shortcode 83332.Please call", "83332"),
    ("txting MOAN to 69888Nyt.", "69888"),
]


@pytest.mark.parametrize(("text", "code"), SHORT_CODES)
def test_short_codes_after_a_cue(text: str, code: str) -> None:
    found = [f for f in SCANNER.find(text) if f.rule == "short_code.cue"]
    assert [(f.value, f.text, f.platform) for f in found] == [(code, code, "sms")]


@pytest.mark.parametrize(
    "text",
    [
        "I will send it to you by 2024",
        "reply to 2025 planning thread",
        "resize the text to 1200px",
        "text 5000 words about cats",
        "we moved to 12345 Main St",
        "send 2 files to 123",
    ],
)
def test_numbers_without_a_short_code_cue_are_not_codes(text: str) -> None:
    assert [f for f in SCANNER.find(text) if f.rule.startswith("short_code")] == []


def test_ordinary_chat_yields_nothing() -> None:
    for text in [
        "Hey, are we still on for the call tomorrow at 3? I'll send the draft over tonight!!",
        "I can deliver 3 logo concepts in 2 days for $150, with 5 revisions.",
        "The file is 1920x1080, 300 dpi, around 12 MB.",
    ]:
        assert SCANNER.find(text) == []


def test_digits_a_view_made_from_words_need_a_cue() -> None:
    def spoken(prefix: str) -> View:
        original = prefix + "1120 to 1205 one"
        n = len(prefix)
        builder = ViewBuilder(View.identity(original), "spoken")
        builder.copy(0, n + 4)
        builder.replace(n + 4, n + 8, "2")
        builder.copy(n + 8, n + 12)
        builder.replace(n + 12, n + 16, "1")
        return builder.build()

    assert PhoneDetector().detect(spoken("we go for the "), Context()) == []
    (match,) = PhoneDetector().detect(spoken("call me on "), Context())
    assert match.rule == "phone.cue"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the digits of Arabizi number words ("wa7ed", "arba3a") are letters, not digits typed in the number
        ("sifr wa7ed sifr sifr 123 4567", "sifr wa7ed sifr sifr 123 4567"),
        ("kalamni 3la el rakam da: zero wa7ed zero zero 123 4567", "zero wa7ed zero zero 123 4567"),
        ("sefr wa7ed 0 0 arba3a 5amsa 67 89", "sefr wa7ed 0 0 arba3a 5amsa 67 89"),
        # digits typed one at a time beside digits said as words: dictation, in any language
        ("0 wa7ed 0 khamsa 1234567", "0 wa7ed 0 khamsa 1234567"),
        ("0 one 0 five 1234567", "0 one 0 five 1234567"),
        ("zero 1 zero 0 123 4567", "zero 1 zero 0 123 4567"),
        # an Arabizi word for "number" or "call me" is a cue, however its vowels and its q are written
        ("ra2ami 05 tamanya sab3a 123 456", "05 tamanya sab3a 123 456"),
        ("el nemra: sefr 1 0 0 tlata arba3a 5 6 7 8 9", "sefr 1 0 0 tlata arba3a 5 6 7 8 9"),
        ("rakmi 0 wa7ed 0 0 123 4567", "0 wa7ed 0 0 123 4567"),
    ],
)
def test_arabizi_number_words_among_digits(text: str, written: str) -> None:
    (found,) = phones(text)
    assert found.text == written


@pytest.mark.parametrize(
    "text",
    [
        "meeting 3 to 5 one 1234567",
        "I need 2 tnen 3 items",
        "khamsa w arb3een dollar",
        "talata arba3a khamsa sitta people",
        "wa7ed minute, 3 wa7ed 2 wa7ed, ok",
    ],
)
def test_arabizi_number_words_in_prose_are_not_phones(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("my phone is 91seven-555-01two3", "91seven-555-01two3", "+19175550123"),
        ("3o5-fourfour7-1122", "3o5-fourfour7-1122", "+13054471122"),  # no cue: the glue is the disguise
        ("nine1seven five5five 0one23", "nine1seven five5five 0one23", "+19175550123"),
        ("cuatro15 555 0123", "cuatro15 555 0123", "+14155550123"),
        ("whatsapp me 0seven7one2 345six78", "0seven7one2 345six78", "+447712345678"),
    ],
)
def test_number_words_glued_to_digits(text: str, written: str, value: str) -> None:
    (found,) = phones(text)
    assert (found.text, found.value) == (written, value)


@pytest.mark.parametrize(
    "text",
    [
        "2nite 4ever gr8 b4 2day, some1 any1 k9 mp3 win10",
        "i need 2for1 deals and 3for2 on 555 items",
        "open 5to6, 6to7, 7to8 daily",
        "ninety9 problems, top10 hits of 2o2o",
    ],
)
def test_digits_glued_to_other_words_are_not_phones(text: str) -> None:
    assert phones(text) == []


def test_dotted_runs_with_an_empty_part_do_not_crash() -> None:
    """A dotted run with an empty part ("192.168..1") is not an IPv4 address, and the scan goes on."""
    findings = Scanner().scan("ip 192.168..1 or 0300.123..4567", Context("message", "pre_contract")).findings
    assert all(f.kind is Kind.PHONE for f in findings)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("call 0917 | 123 | 4567", "0917 | 123 | 4567"),
        ("whatsapp 0917 ~ 123 ~ 4567", "0917 ~ 123 ~ 4567"),
        ("my number is 0917~123~4567", "0917~123~4567"),
        ("viber: 0917 | 123 | 4567", "0917 | 123 | 4567"),
        ("phone +44 | 7400 | 123456", "+44 | 7400 | 123456"),
        ("0917 | 123 | 4567 is my cell", "0917 | 123 | 4567"),
        ("call 212_555_0199", "212_555_0199"),
        ("my cell 415*555*0123", "415*555*0123"),
        ("reach me 020^7946^0958", "020^7946^0958"),
        ("ph 212=555=0199 after six", "212=555=0199"),
        ("whatsapp 0917;123;4567", "0917;123;4567"),
        ("text 0917 \\ 123 \\ 4567", "0917 \\ 123 \\ 4567"),
    ],
)
def test_bars_between_cued_groups_join_a_number(text: str, span: str) -> None:
    assert [text[f.start : f.end] for f in phones(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "| 2019 | 2020 | 2021 |",
        "| 415 | 555 | 0198 |",
        "call volume | 2019 | 2020 | 2021 |",  # a table row, even beside a cue
        "it takes 5~10 days",
        "415 | 555 | 0198 in the table",  # no cue
        "sizes 10 ~ 12 ~ 14 available",
        "~100~200~300 words",
        "call log file_2023_04_15_report",  # glued to a word: an identifier
        "call me about 2023_04_15_report.pdf",
        "phone ratio 1_000_000 units",  # "_" as a thousands separator: no number has such groups
        "call count 3*4*5 = 60",
        "phone 0917_123~4567",  # a different separator each time
        "415_555_0198 in the file",  # no cue
    ],
)
def test_bars_without_a_cue_or_in_a_table_join_nothing(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("0300🔥123🔥4567", "0300🔥123🔥4567"),  # a pictograph between the groups needs no cue
        ("0300 ★ 123 ★ 4567", "0300 ★ 123 ★ 4567"),
        ("+44 ⭐ 7700 ⭐ 900123", "+44 ⭐ 7700 ⭐ 900123"),
        ("07700✅900✅123 thanks", "07700✅900✅123"),
        ("my number 415💥555💥0132", "415💥555💥0132"),
        ("0 3 0 0 ✨ 1 2 3 ✨ 4 5 6 7", "0 3 0 0 ✨ 1 2 3 ✨ 4 5 6 7"),  # digits spaced out inside the groups
        ("0300-🔥-123-🔥-4567", "0300-🔥-123-🔥-4567"),
        ("0300 → 123 → 4567", "0300 → 123 → 4567"),
        ("0300 | 123 | 4567", "0300 | 123 | 4567"),  # a trunk "0" opens a number, not a count or a year
        ("0300 🔥 123 ✨ 4567", "0300 🔥 123 ✨ 4567"),  # pictographs may differ
        ("0300🍎123🍌4567", "0300🍎123🍌4567"),
        ("📞0300🔥1234567", "0300🔥1234567"),  # two groups holding a whole number
        ("🌸 0300 🌸 123 🌸 4567 🌸", "0300 🌸 123 🌸 4567"),  # decoration framing a trunk "0"
    ],
)
def test_pictographs_or_a_trunk_zero_between_groups_join_a_number(text: str, span: str) -> None:
    assert [text[f.start : f.end] for f in phones(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "5⭐ service 🔥🔥",
        "1 ⭐ 2 ⭐ 3 ⭐ 4 ⭐ 5",
        "🔥 20 🔥 30 🔥 40 🔥",  # the pictograph opens and closes the run: a list's bullet
        "2019 → 2020 → 2021 → 2022",
        "Steps: 10 ➡️ 20 ➡️ 30 ➡️ 45",
        "levels 100 ~ 200 ~ 300",
        "| 0300 | 123 | 4567 |",  # a table row
        "2024 🎉 happy new year 🎉 2025",
        "1080 × 1920 × 30fps",
        "⭐ 2019 ⭐ 2020 ⭐ 2021 ⭐",
        "500 🔥 1000 🔥 1500 🔥 2000 likes",
        "ID 4155 🔥 5501",  # two groups too short for a number
        "1000 💰 2000 💰 3000 💰 budget tiers",
    ],
)
def test_pictographs_in_lists_and_ratings_join_nothing(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("salamat, text me po 0917 123 4567", "+639171234567"),  # Tagalog "po" (respect), not a purchase order
        ("gcash ko po 0917 123 4567 salamat", "+639171234567"),
        ("hubungi 0812 3456 7890 ya kak", "+6281234567890"),  # Indonesian "contact"
        ("whatsapp +52 1 55 1234 5678", "+525512345678"),  # Mexico's dropped mobile "1", still written
        ("cel +521 55 1234 5678", "+525512345678"),
        # a mobile wallet's account is its phone number: the wallet names it as a cue does
        ("gcash mo na lang po sa 0917 one two three 4567", "+639171234567"),
        ("мой вотсап 8 девять два пять 1234567", "+79251234567"),  # a messenger's name in Cyrillic
    ],
)
def test_cue_words_particles_and_a_dropped_mobile_prefix(text: str, value: str) -> None:
    assert [f.value for f in phones(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "PO 4500012345 approved",  # a purchase order, written in capitals
        "po no. 4512345678 for the shipment",
        "1 2 3 4 5 6 7 8 9 10 steps tutorial",  # a list's numbering
        "steps 3, 4, 5, 6, 7, 8, 9 are optional",
        "pages 11 12 13 14 15 16 are missing",
        "gcash 500 sent, thanks",
        "mpesa code QWE12345 received Ksh 1500",
        # the name, then a copula
        "the PO is 4500012345",
        "the UPC code is 036000291452 and the EAN is 4006381333931",
        "the tracking number is 9400111899",
        "order number is 07911123456",
        "my driver's license number is 2270-66-1551",
    ],
)
def test_purchase_orders_and_counts_are_no_phone(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my whatsapp id: 0300 1234567", "+923001234567"),
        ("my whatsapp id is 0300 1234567", "+923001234567"),
        ("viber account - 0917 123 4567", "+639171234567"),
    ],
)
def test_an_id_word_after_a_messenger_labels_its_number(text: str, value: str) -> None:
    """ "id", "account" or "code" name a number as something else, except right after a messenger's name."""
    assert [f.value for f in phones(text)] == [value]


# Fictional and reserved ranges people and test data write: possible but not valid in libphonenumber.
# (text, the number as written, value: E.164 when the "+CC" or the trunk and grouping name the country, else digits)
POSSIBLE_NUMBERS = [
    ("my number is +44 7700 900 456", "+44 7700 900 456", "+447700900456"),
    ("+1 (555) 123-4567 is my cell", "+1 (555) 123-4567", "+15551234567"),
    ("call me at +1.555.123.4567", "+1.555.123.4567", "+15551234567"),
    ("my UK mobile: +44 (0) 7700 900 321", "+44 (0) 7700 900 321", "+447700900321"),
    ("my phone is +81 90-0000-0000", "+81 90-0000-0000", "+819000000000"),
    ("+447700900123 text me", "+447700900123", "+447700900123"),
    ("call me at 555-123-4567", "555-123-4567", "5551234567"),
    ("my number: 123-456-7890", "123-456-7890", "1234567890"),
    ("Reach me: (555) 010-4477", "(555) 010-4477", "5550104477"),
    ("ring me on 07700 900 982 tonight", "07700 900 982", "+447700900982"),
    ("office line 01632 960 001, ask for Sam", "01632 960 001", "+441632960001"),
    ("my cell is 555-0134", "555-0134", "5550134"),
    ("text me on 555 0199", "555 0199", "5550199"),
    ("Phone:\n467 3395", "467 3395", "4673395"),
    ("llámame al 555-0134", "555-0134", "5550134"),
]


@pytest.mark.parametrize(("text", "written", "value"), POSSIBLE_NUMBERS)
def test_possible_numbers_of_fictional_ranges(text: str, written: str, value: str) -> None:
    assert [(f.text, f.value) for f in phones(text)] == [(written, value)]


def test_a_possible_number_is_named_so_and_trusted_less() -> None:
    (international,) = phones("my number is +44 7700 900 456")
    assert (international.rule, international.confidence) == ("phone.international_possible", 0.8)
    (local,) = phones("my cell is 555-0134")
    assert local.rule == "phone.local_cued"


@pytest.mark.parametrize(
    "text",
    [
        "the bill passed with +1 555 votes",
        "+49-49-34",  # too short to be a number even where the country code is written
        "chapter 7, verse 555-0134",  # seven digits need a phone cue right before them
        "room 555-0134 is on the left",
        "SKU 123-456-789 is out of stock",
        "reach me at 250-1000 per month",  # a round range, not a local number
        "customer id AB12 3456 7890 1234",  # an id whose letters are glued to its digits
        "revenue grew +20 000 000 000 this year",  # an amount grouped in thousands
        "balance +44 123 456 789",
        "+49 000 000 000 euros",
        "Upgrade to version 1.555.123.4567 today",
    ],
)
def test_possible_readings_need_their_evidence(text: str) -> None:
    assert phones(text) == []


def test_a_valid_reading_grouped_as_written_beats_a_possible_one() -> None:
    # 020 7153 9153 is a valid London number: no possible reading of a later region replaces it.
    assert [f.value for f in phones("Call now on 02071539153")] == ["+442071539153"]


def test_a_second_local_number_joined_to_a_cued_one() -> None:
    found = phones("call me at 555-0134 or 555-0199")
    assert [(f.text, f.value) for f in found] == [("555-0134", "5550134"), ("555-0199", "5550199")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("text me on 07700 900123", "+447700900123"),  # its digits are also a valid German number
        ("my mobile is 07700900456", "+447700900456"),
        ("mon portable: 06 39 98 12 34", "+33639981234"),
        ("text 5551234567 when you land", "5551234567"),
    ],
)
def test_ranges_published_for_fiction_are_read_in_their_country(text: str, value: str) -> None:
    assert [(f.value, f.rule) for f in phones(text)] == [(value, "phone.fictional_range")]


def test_a_valid_fictional_number_keeps_its_ordinary_rule_and_a_hinted_region_comes_first() -> None:
    assert [(f.value, f.rule) for f in phones("call 0161 496 0000")] == [("+441614960000", "phone.cue")]
    assert [f.value for f in phones("ruf an: 07700 900123", locale="de-DE")] == ["+497700900123"]


@pytest.mark.parametrize(
    "text",
    [
        "addr 4155551234abXyZ9kLmn3PqRsT7",
        "key: abcDEFghJK4155551234xyZ9aBcD",
        "AbC9x4155551234 is the api key",
        "sk_test_4155551234AbCdEfGhIjKlMn",
        "token AbC_4155551234_XyZ",
    ],
)
def test_a_digit_run_inside_a_key_or_address_is_no_phone(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("To claim, call09050000327 now", "+449050000327"),  # a word glued to the number
        ("T&C's apply 08452810075over18's", "+448452810075"),  # a word and a number glued after it
        ("call 4155551234x22", "+14155551234"),  # an extension
        ("call_me_4155551234", "+14155551234"),
    ],
)
def test_a_number_glued_to_words_is_still_read(text: str, value: str) -> None:
    assert [f.value for f in phones(text)] == [value]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("(0300) ~ 123 ~ 4567", "(0300) ~ 123 ~ 4567", "+443001234567"),
        ("+1 (415) 🔹 555 🔹 0132", "+1 (415) 🔹 555 🔹 0132", "+14155550132"),
        ("(+44) - 7700 - 900123", "(+44) - 7700 - 900123", "+447700900123"),
        ("[0300] 123 [4567]", "[0300] 123 [4567]", "+443001234567"),
        ("[ 0300 ] 123 [ 4567 ]", "[ 0300 ] 123 [ 4567 ]", "+443001234567"),
        ("( 0300 ) ~ 123 ~ 4567", "( 0300 ) ~ 123 ~ 4567", "+443001234567"),
        ("[0300]~123~4567", "[0300]~123~4567", "+443001234567"),
        ("call 0300  |  123  |  4567", "0300  |  123  |  4567", "+443001234567"),
        ("number <0300> 123 <4567>", "<0300> 123 <4567>", "+443001234567"),
        ("phone 【0300】【123】【4567】", "【0300】【123】【4567】", "+443001234567"),
        ("ph «0300» «123» «4567»", "«0300» «123» «4567»", "+443001234567"),
        ("[+44] 7700 [900] 123", "[+44] 7700 [900] 123", "+447700900123"),
        ("+49 (030) / 1234 / 5678", "+49 (030) / 1234 / 5678", "+493012345678"),
        ("whatsapp (0300) | 123 | 4567", "(0300) | 123 | 4567", "+443001234567"),
        ("Please call (+376312345) tomorrow", "+376312345", "+376312345"),
    ],
)
def test_a_bracketed_group_beside_a_spaced_separator_is_one_number(text: str, written: str, value: str) -> None:
    assert [(f.text, f.value) for f in phones(text)] == [(written, value)]


@pytest.mark.parametrize(
    "text",
    [
        "(2019) ~ 2020 ~ 2021",
        "[1] 2 [3]",
        "pages (12) - 34 - 56",
        "items [10] 20 [30] 40",
        "see [12] and [34]",
        "if x < 5 and y > 300 then 1234567",
        "<td>0300</td><td>1234567</td>",
        "| 2019  |  2020  |  2021 |",
    ],
)
def test_bracketed_years_and_references_are_no_number(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("my number:\n0300\n123\n4567", "0300\n123\n4567"),
        ("call me on\n- 0300\n- 123\n- 4567", "0300\n- 123\n- 4567"),
        ("number is 0300 /\n123 /\n4567", "0300 /\n123 /\n4567"),
        ("text me\n• 0917\n• 123\n• 4567\nthanks", "0917\n• 123\n• 4567"),
    ],
)
def test_a_number_listed_one_group_a_line_is_one_number(text: str, written: str) -> None:
    assert [f.text for f in phones(text)] == [written]


@pytest.mark.parametrize(
    "text", ["Prices:\n100\n200\n3000", "I worked there 2019\n2020\n2021", "milestones:\n- 300\n- 150\n- 4500"]
)
def test_amounts_and_years_listed_one_a_line_are_no_number(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # the "00" that dials out is the number's, as a "+" is: no country code is left beside the placeholder
        ("0044 7700 900123 is my whatsapp", "[phone removed] is my whatsapp"),
        ("call 00 44 7700 900123", "call [phone removed]"),
        ("(0044) 7700 900123", "[phone removed]"),
        ("my number 00447911123456", "my number [phone removed]"),
        # numbers listed with a bare comma are each redacted
        ("+447911123456,+447911123457", "[phone removed],[phone removed]"),
        ("Call 9891943823,9891943780", "Call [phone removed],[phone removed]"),
    ],
)
def test_a_number_is_redacted_with_its_international_prefix_and_each_of_a_list(text: str, redacted: str) -> None:
    assert Scanner().scan(text, Context("message", "pre_contract")).redacted == redacted


@pytest.mark.parametrize("text", ["price 1,299,000,000", "we had 12,345,678 views", "ref 0012345678901"])
def test_thousands_and_zero_padded_references_are_no_number(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "commit sha: de ad be ef 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff",
        "checksum 01 23 45 67 89 ab cd ef",
        "payload bytes: 0a 00 27 00 00 05 12 34 56 78 90",
        "MAC 00-11-22-33-44-55 on eth0",
        "Sizes 32 34 36 38 40 42 44 46",
    ],
)
def test_hex_bytes_mac_addresses_and_size_lists_are_no_phone(text: str) -> None:
    assert phones(text) == []


def test_a_french_number_before_a_word_like_a_hex_pair_is_read() -> None:
    assert [f.text for f in phones("appelle-moi au 06 12 34 56 78 de 9h à 18h", "FR")] == ["06 12 34 56 78"]


@pytest.mark.parametrize(
    "text",
    [
        "His social security number is 853-37-1694",
        "VAT number 284 7719 02 must print in the footer",
        "points won on credit card 060426070011",
        "Ship samples to Apt. 402 HOLLAND PARK, London",  # not the vanity number 402-465-5263
        "Please mail it to Suite 1208 MAPLEWOOD, Toronto",
        "Deliver to 94107 1455 Market Street Suite 600",
        "Our office is at 17031 2202 Rissik St",
        "Our studio moved to 10115 12 Invalidenstrasse, Berlin",
        "can you please send a new one to 99449 18 McPherson Road",  # a postcode, not an SMS short code
    ],
)
def test_national_ids_units_and_postcodes_before_a_street_are_no_phone(text: str) -> None:
    assert phones(text) == []


def test_a_number_after_a_strong_cue_is_read_even_before_a_street() -> None:
    assert [f.text for f in phones("call me at 415 555 0134 Main Street office")] == ["415 555 0134"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("my number is 9123 4567, whatsapp works too", "9123 4567"),
        ("you can reach me at 22 33 44 55", "22 33 44 55"),
        ("ring me: 41 234 567", "41 234 567"),
        ("Phone: 72 128 827", "72 128 827"),
        ("call me at 555-0134", "555-0134"),
    ],
)
def test_a_local_number_in_phone_groups_after_a_strong_cue_is_its_digits(text: str, written: str) -> None:
    [found] = phones(text)
    digits = "".join(c for c in written if c.isdigit())
    assert (found.text, found.value, found.rule) == (written, digits, "phone.local_cued")


@pytest.mark.parametrize(
    "text", ["call me between 0900 1030 tomorrow", "call me at 2024 2025", "the invoice number is 4123 8899"]
)
def test_clock_times_years_and_named_numbers_after_a_cue_are_no_local_number(text: str) -> None:
    assert phones(text) == []


def test_tax_ids_named_or_in_their_own_shape_are_not_phones() -> None:
    scanner = Scanner()
    for text in (
        "Sistema de nota fiscal, CNPJ 12.345.678/0001-95, integração com a SEFAZ.",
        "Use 123.456.789-09 no ambiente de homologação.",
        "La factura lleva el NIT 900.123.456-7 de la empresa.",
        "Notre SIREN est 732 829 320, à mettre sur les factures.",
        "Yung SSS number ng empleyado ay 34-1234567-8, para sa payroll.",
    ):
        assert not [f for f in scanner.scan(text).findings if f.kind is Kind.PHONE], text
    assert [f for f in scanner.scan("whatsapp: 912.345.678-9").findings if f.kind is Kind.PHONE]


@pytest.mark.parametrize(
    "text",
    [
        "The sample data uses fake numbers like (555) 010-0000 for testing.",
        "The phone number validation now rejects 123-456-7890 and other dummy values.",
        "The meeting ID in the mockup is a placeholder: 123 456 7890.",
        "Use (800) 555-0199 per the brief when testing the IVR flow.",
        "We tested the form with fake data like test.user and 123-456-7890.",
        "Seed script: INSERT INTO customers (name, phone) VALUES ('Ana', '+1 415 555 2671');",
        'Sample JSON: {"name": "Bob", "phone": "+44 20 7946 0958"}',
        "CSV sample: id,name,phone -> 1,Jane Doe,(415) 555-0132",
    ],
)
def test_a_number_no_one_answers_called_sample_data_is_no_violation(text: str) -> None:
    assert not [f for f in Scanner().scan(text, Context("message", "pre_contract")).findings if f.violation]


def test_a_real_number_beside_a_placeholder_word_is_still_one() -> None:
    findings = (
        Scanner().scan("my test number for you to reach me: 0412 345 678", Context("message", "pre_contract")).findings
    )
    assert [f.violation for f in findings if f.kind is Kind.PHONE] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Sample? Sure, call me at (415) 555-2671 and I'll walk you through the rest.",
        "Per the brief I'm sharing my number 415-555-2671, text me there.",
    ],
)
def test_a_real_line_in_prose_beside_a_placeholder_word_is_still_one(text: str) -> None:
    findings = Scanner().scan(text, Context("message", "pre_contract")).findings
    assert [f.violation for f in findings if f.kind is Kind.PHONE] == [True]


@pytest.mark.parametrize("line_break", ["\n", "\r\n"])
def test_a_number_one_digit_a_line(line_break: str) -> None:
    (found,) = phones("my number is" + line_break + line_break.join("07700900123"))
    assert found.value == "+447700900123"


def test_counts_one_a_line_beside_a_cue_are_no_number() -> None:
    assert not phones("phone call count per day\n3\n0\n2\n5\n6\n1\n4\n2\n3\n0")


@pytest.mark.parametrize(
    "text",
    [
        "the reference book 0-306-40615-2 explains it",  # ISBN-10 in its hyphened parts
        "Scan the barcode 0 12345 67890 5 on the box",  # UPC-A, 1-5-5-1
        "EAN on the packaging: 5 012345 678900",  # EAN-13, 1-6-6
        "Apple (US0378331005) stock analysis report",  # ISIN
        "the meeting code for the platform call is 884 2213 9901",
        "join with access code 551 203 8876 when the session starts",
    ],
)
def test_check_digit_codes_and_meeting_codes_are_not_phones(text: str) -> None:
    assert phones(text) == []


def test_a_phone_after_a_meeting_code_and_its_own_cue_is_found() -> None:
    assert [f.value for f in phones("the meeting id is in the invite; my number is +44 7911 123456")] == [
        "+447911123456"
    ]


@pytest.mark.parametrize(
    ("text", "violation"),
    [
        ("| name | phone |\n|---|---|\n| Ana | +351 912 345 678 |\n| Bo | +1 415 555 2671 |", False),
        (
            "Seed file:\nINSERT INTO t VALUES (1, 'Ana', '+1 415 555 2671');\n"
            "INSERT INTO t VALUES (2, 'Bo', '+44 20 7946 0958');",
            False,
        ),
        ("Flag invalid ones like 123-456-7890.", False),
        ('The webhook payload had "phone": "+1 (415) 555-2671" with brackets.', False),
        ("Sample of my work attached. Phone=+14155552671 if you want to talk.", True),
        ("P/N 800-555-1212 goes on the label.", False),
        ("Sure, here is my info:\nname,phone\nJohn,+1 415 555 2671", True),
    ],
)
def test_sample_data_numbers_are_test_data(text: str, violation: bool) -> None:
    findings = Scanner().scan(text, Context("job_post", "pre_contract")).findings
    assert any(f.violation for f in findings if f.kind is Kind.PHONE) is violation
