"""The cached validation fast path must agree with phonenumbers.parse on the numbers it builds directly."""

from __future__ import annotations

import phonenumbers
import pytest

from ringfence.detectors.phone import _national_format, is_valid_number, valid_number


def _parse_reference(written: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


@pytest.mark.parametrize("region", sorted(phonenumbers.SUPPORTED_REGIONS))
def test_fast_path_agrees_with_parse_on_national_and_country_code_forms(region: str) -> None:
    example = phonenumbers.example_number(region)
    if example is None:  # a few regions have no example number
        return
    national = phonenumbers.national_significant_number(example)
    prefix = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix or ""
    code = str(example.country_code)
    written_forms = (prefix + national, national, code + national, "00" + code + national, "9" + national[1:])
    for written in (*written_forms, national[:-1]):
        number = valid_number(written, region)
        ours = None if number is None else phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        assert ours == _parse_reference(written, region), (region, written)


def test_country_code_without_plus_is_read_as_international() -> None:
    number = valid_number("919876543210", "IN")
    assert number is not None and (number.country_code, number.national_number) == (91, 9876543210)


def _numbers_to_check() -> list[phonenumbers.PhoneNumber]:
    """Numbers of every country code: each region's example numbers of every type, with digits changed,
    dropped and added, and a few leading-zero variants."""
    import random

    rng = random.Random(7)
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE, None):
            example = (
                phonenumbers.example_number(region)
                if kind is None
                else phonenumbers.example_number_for_type(region, kind)
            )
            if example is None:
                continue
            national = str(example.national_number)
            variants = {national, national[:-1], national + "5", "1" + national, national[1:]}
            for _ in range(12):
                i = rng.randrange(len(national))
                variants.add(national[:i] + rng.choice("0123456789") + national[i + 1 :])
                variants.add("".join(rng.choice("0123456789") for _ in range(len(national))))
            for digits in variants:
                if digits and digits.lstrip("0"):
                    number = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(digits))
                    out.append(number)
                    if rng.random() < 0.1:
                        out.append(
                            phonenumbers.PhoneNumber(
                                country_code=example.country_code,
                                national_number=int(digits),
                                italian_leading_zero=True,
                            )
                        )
    for code in (800, 808, 870, 881, 882, 883, 888, 979, 999, 0, 1, 7, 44, 262, 590, 599):
        out.append(phonenumbers.PhoneNumber(country_code=code, national_number=12345678))
    return out


def test_is_valid_number_agrees_with_phonenumbers() -> None:
    """The faster validity test gives phonenumbers' answer for numbers of every region, valid or not."""
    numbers = _numbers_to_check()
    assert len(numbers) > 5000
    disagree = [n for n in numbers if is_valid_number(n) != phonenumbers.is_valid_number(n)]
    assert not disagree, disagree[:5]
    assert sum(map(phonenumbers.is_valid_number, numbers)) > 1000  # valid numbers were checked too


def test_national_format_agrees_with_phonenumbers() -> None:
    """The national format built from each region's compiled formats is format_number's, for numbers of every
    region, valid or not (the grouping comparison and the trunk-prefix test read it)."""
    numbers = _numbers_to_check()
    reference = phonenumbers.PhoneNumberFormat.NATIONAL
    disagree = [n for n in numbers if _national_format(n) != phonenumbers.format_number(n, reference)]
    assert not disagree, disagree[:5]
