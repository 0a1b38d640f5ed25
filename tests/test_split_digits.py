"""Phone numbers dictated in labelled parts, reassembled in the stated order."""

from __future__ import annotations

import re

import pytest

from ringfence import Context, Kind, Scanner
from ringfence.detectors.split_digits import SplitDigitsDetector, phone_e164
from ringfence.normalize.view import View


def _detect(text: str, context: Context | None = None) -> list[tuple[str, str]]:
    matches = SplitDigitsDetector().detect(View.identity(text), context or Context())
    return [(m.value, text[m.start : m.end]) for m in matches]


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("first part 0300, second part 1234567", "+923001234567", "first part 0300, second part 1234567"),
        # a part named by its digit count, in digits or in words
        ("first 4 digits: 0300, last 7: 1234567", "+923001234567", "first 4 digits: 0300, last 7: 1234567"),
        ("first four digits 0300, last seven 1234567", "+923001234567", "first four digits 0300, last seven 1234567"),
        (
            "ends with 4718, starts with 0312 and the middle is 660",
            "+923126604718",
            "ends with 4718, starts with 0312 and the middle is 660",
        ),
        (
            "ok: country code 234, then 906, then 118, then 2473.",
            "+2349061182473",
            "country code 234, then 906, then 118, then 2473",
        ),
        ("my number: 0300 / then 123 / then 4567", "+923001234567", "0300 / then 123 / then 4567"),
        ("primera parte 0300, segunda parte 1234567", "+923001234567", "primera parte 0300, segunda parte 1234567"),
        ("starts with 415, then 555, ends with 0123", "+14155550123", "starts with 415, then 555, ends with 0123"),
        ("part 1: 0300, part 2: 1234567", "+923001234567", "part 1: 0300, part 2: 1234567"),  # "1" is a label
        # a vanity number's keypad tail ends the last part, and the span takes it in
        (
            "first part 415, second part 73, third part 6 XDPQ!",
            "+14157369377",
            "first part 415, second part 73, third part 6 XDPQ",
        ),
        (
            "starts with 1 4 1, then 6 9, ends with 2 8 DOHS",
            "+14169283647",
            "starts with 1 4 1, then 6 9, ends with 2 8 DOHS",
        ),
        # capitals after digits that make a number alone are no tail
        ("first part 0300, second part 1234567 NOW", "+923001234567", "first part 0300, second part 1234567"),
        # an uncued, unlabeled first part, when the dictation is followed by what it is
        ("sur 3 1 2 / then 8 6 / then 7 5379 is my number", "+13128675379", "3 1 2 / then 8 6 / then 7 5379"),
        ("312 / then 86 / then 7 KFRX = my cell", "+13128675379", "312 / then 86 / then 7 KFRX"),
        # the number after an area code is the rest of it
        ("area code 415, number 555 0123", "+14155550123", "area code 415, number 555 0123"),
        ("area code 415 and the number is 5550123", "+14155550123", "area code 415 and the number is 5550123"),
        # a slash right after a digit parts the number
        ("my number: 0300/then 123/then 4567", "+923001234567", "0300/then 123/then 4567"),
    ],
)
def test_parts_are_reassembled_in_order(text: str, value: str, span: str) -> None:
    assert _detect(text) == [(value, span)]


@pytest.mark.parametrize(
    "text",
    [
        "the first part of the project is 300 dollars, the second part 500",
        "project starts with 3 mockups, then 2 revisions, ends with 1 handoff",
        "budget 300, then 1200 for phase two and 5000 after that",
        "first part $300, second part $1234567",
        "call between 9 and 5 then 6",
        # capitals after the digits are read only as the tail of a +1 number
        "country code 44, then 20, then 7946 ABCD",
        "first part 415, second part 73, third part 6 ABC",
        # an uncued first part needs the cue right after the dictation, not anywhere after it
        "Order 5521 then 33 then 12 ok",
        "Order 5521 then 33 then 1234, and later is my number for questions",
        "the first 30 minutes are free, then 45 minutes at 20 usd, last 15 at 10",
        "First 2 milestones: 300 and 450, last 3: 500 each",  # a count of milestones, not of digits
        "area code 415 has 40 towns and 1200 square miles",  # counts after an area code: no local number
        "my area code is 212 and I have 3 kids",
        "it took 30 second then 45 minutes",
        "first 2 are free and last 3 are 500 each",
        # clock times and path slashes of a long technical message
        "recap of the call: release at 18:00, then the cron at 02:30, next sync 10:15",
        "call notes: the cron runs at 02:30 UTC; log is /var/log/app/cron-2024-06.log, size 25 MB, /api/v1 then 2",
        # days and months without a year
        "shipped on 03/04, 05/06 and 07/08",
        "deliveries 3/4, 5/6 and 7/8 as agreed",
    ],
)
def test_amounts_and_counts_are_not_phone_parts(text: str) -> None:
    assert _detect(text) == []


def test_the_context_region_decides_an_ambiguous_national_number() -> None:
    assert _detect("first part 0300, second part 1234567", Context(locale="en-GB")) == [
        ("+443001234567", "first part 0300, second part 1234567")
    ]


def test_national_digits_prefer_a_personal_number_reading() -> None:
    # 0300 1234567 is a UK shared-cost number but a Pakistani mobile: the mobile reading wins.
    assert phone_e164("03001234567", ("US", "GB", "PK")) == "+923001234567"
    assert phone_e164("03001234567", ("US", "PK"), hint="GB") == "+443001234567"
    assert phone_e164("9061182473", (), "234") == "+2349061182473"
    assert phone_e164("123", ("US",)) is None


def test_redaction_removes_the_whole_dictation() -> None:
    result = Scanner(detectors=[SplitDigitsDetector()]).scan(
        "sure! first part 0300, second part 1234567 call me", Context("message", "pre_contract")
    )
    assert any(f.kind is Kind.PHONE and f.value == "+923001234567" for f in result.findings)
    assert "0300" not in result.redacted and "1234567" not in result.redacted


def test_every_label_holds_a_trigger_stem() -> None:
    """The literal trigger gating the detector is a necessary condition: every string the label pattern can match
    (whitespace as a space, a digit as 0) holds one of LABEL_STEMS, case aside."""
    from ringfence.detectors.phone import _expand, _parser
    from ringfence.detectors.split_digits import _LABEL, _STEM_REACH, LABEL_STEMS

    labels = _expand(_parser.parse(_LABEL.pattern.removeprefix(r"\b"), _LABEL.flags & ~re.IGNORECASE))
    assert len(labels) > 100
    stems = [stem.lower() for stem in LABEL_STEMS]
    assert [label for label in labels if not any(stem in label.lower() for stem in stems)] == []
    # ... and, the stems being lower-case, one starts at most _STEM_REACH characters into the label
    assert stems == list(LABEL_STEMS)
    first_stem = {label: min(label.find(stem) for stem in stems if stem in label) for label in labels}
    assert max(first_stem.values()) == _STEM_REACH
    assert [label for label in labels if "/" in label] == ["/"]  # a slash is tried as a label start only


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "second" right after a part is the next label, not a unit of time
        ("first part 0917 second part 1234567", "+919171234567"),
        ("last 4 are 4567 and first 7 are 0917123", "+919171234567"),  # parts named by their digit counts
    ],
)
def test_a_label_word_that_is_also_a_unit_and_counted_parts(text: str, value: str) -> None:
    assert [v for v, _ in _detect(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0300 followed by 7654321", "+923007654321"),
        ("+92 333 then 7654321 on whatsapp", "+923337654321"),
    ],
)
def test_a_trunk_or_country_code_start_and_one_part_make_a_whole_number(text: str, value: str) -> None:
    assert [v for v, _ in _detect(text)] == [value]


@pytest.mark.parametrize("text", ["we scored 0 then 1234567890 views", "05 then 12345678 units", "0.5 then 123456789"])
def test_a_short_start_and_one_part_make_no_number(text: str) -> None:
    assert _detect(text) == []
