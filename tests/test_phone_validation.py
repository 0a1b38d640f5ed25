"""The cached validation fast path must agree with phonenumbers.parse on the numbers it builds directly."""

from __future__ import annotations

import phonenumbers
import pytest

from ringfence.detectors.phone import FALLBACK_REGIONS, valid_number


def _parse_reference(written: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


@pytest.mark.parametrize("region", FALLBACK_REGIONS)
def test_fast_path_agrees_with_parse_on_national_and_country_code_forms(region: str) -> None:
    example = phonenumbers.example_number(region)
    assert example is not None
    national = phonenumbers.national_significant_number(example)
    prefix = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix or ""
    code = str(example.country_code)
    for written in (prefix + national, national, code + national, "9" + national[1:], national[:-1]):
        number = valid_number(written, region)
        ours = None if number is None else phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        assert ours == _parse_reference(written, region), (region, written)


def test_country_code_without_plus_is_read_as_international() -> None:
    number = valid_number("919876543210", "IN")
    assert number is not None and (number.country_code, number.national_number) == (91, 9876543210)
