"""Seed contacts for the fuzzer: what is disguised, and the value a detector must recover."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import phonenumbers

from ringfence.errors import RingfenceError
from ringfence.types import CONTACT_KINDS, Kind


class SeedError(RingfenceError, ValueError):
    """A seeds file line is not a valid seed; the message names the line and the field."""


@dataclass(frozen=True, slots=True)
class Seed:
    """A contact as written plainly (`text`), its canonical `value`, and for phones the region whose
    national format `text` may use (the scan context gets that locale, as a marketplace knows its users')."""

    kind: Kind
    text: str
    value: str
    platform: str | None = None
    region: str | None = None

    @property
    def digits(self) -> bool:
        return self.kind is Kind.PHONE


def _phone(text: str, region: str) -> Seed:
    number = phonenumbers.parse(text, region)
    if not phonenumbers.is_valid_number(number):
        raise SeedError(f"phone seed {text!r} is not a valid {region} number")
    return Seed(Kind.PHONE, text, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None, region)


def _example_phones() -> list[Seed]:
    """libphonenumber's own mobile example for each region, alternately national and international."""
    seeds = []
    regions = ("US", "GB", "IN", "PK", "NG", "DE", "BR", "FR", "KE", "PH", "AU", "MX", "EG", "ZA")
    for i, region in enumerate(regions):
        number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        if number is None:
            continue
        style = phonenumbers.PhoneNumberFormat.NATIONAL if i % 2 == 0 else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        seeds.append(_phone(phonenumbers.format_number(number, style), region))
    return seeds


def default_seeds() -> list[Seed]:
    return [
        Seed(Kind.EMAIL, "john.smith@gmail.com", "john.smith@gmail.com"),
        Seed(Kind.EMAIL, "maria.garcia88@outlook.com", "maria.garcia88@outlook.com"),
        Seed(Kind.EMAIL, "dev.ahmed@yahoo.com", "dev.ahmed@yahoo.com"),
        Seed(Kind.EMAIL, "li.wei@hotmail.com", "li.wei@hotmail.com"),
        Seed(Kind.EMAIL, "anna-k@web.de", "anna-k@web.de"),
        Seed(Kind.EMAIL, "contact@pixelforge.studio", "contact@pixelforge.studio"),
        *_example_phones(),
        # Repeated digits (double/triple) and a keypad-letter-friendly tail (vanity).
        _phone("0300 1112233", "PK"),
        _phone("(415) 555-0100", "US"),
        _phone("415 736 9377", "US"),
        _phone("+1 646 468 2743", "US"),
        _phone("(312) 867 5379", "US"),
        _phone("+1 416 928 3647", "CA"),
        _phone("98110 22333", "IN"),
        Seed(Kind.HANDLE, "telegram @john_smith88", "john_smith88", "telegram"),
        Seed(Kind.HANDLE, "skype: live:maria.dev_21", "live:maria.dev_21", "skype"),
        Seed(Kind.HANDLE, "insta @anna.designs", "anna.designs", "instagram"),
        Seed(Kind.HANDLE, "discord: pixelwolf#4821", "pixelwolf#4821", "discord"),
        Seed(Kind.URL, "https://johnsmith-design.com/portfolio", "johnsmith-design.com/portfolio"),
        Seed(Kind.URL, "www.maria-dev.net", "www.maria-dev.net"),
        # A booking link names a person on a meeting platform: a handle (platform calendly), as the detector reads it.
        Seed(Kind.HANDLE, "calendly.com/john-smith/30min", "john-smith", "calendly"),
        Seed(Kind.URL, "portfolio.annak-studio.io/case-studies", "portfolio.annak-studio.io/case-studies"),
    ]


def load_seeds(path: str | Path) -> list[Seed]:
    """JSONL, one seed per line: {"kind": "phone", "text": "0300 1234567", "value": "+923001234567",
    "region": "PK"} (phones may omit `value` when `region` is given; handles may give `platform`)."""
    seeds = []
    kinds = sorted(k.value for k in CONTACT_KINDS)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SeedError(f"cannot read seeds file {path}: {exc.strerror}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SeedError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(data, dict) or data.get("kind") not in kinds:
            raise SeedError(f"{where}: `kind` must be one of {kinds}")
        text, region = data.get("text"), data.get("region")
        if not isinstance(text, str) or not text.strip():
            raise SeedError(f"{where}: `text` must be a non-empty string")
        if data["kind"] == "phone" and not data.get("value"):
            if not isinstance(region, str):
                raise SeedError(f"{where}: a phone seed needs `value` (E.164) or `region`")
            try:
                seeds.append(_phone(text, region.upper()))
            except phonenumbers.NumberParseException as exc:
                raise SeedError(f"{where}: {exc}") from None
            continue
        value = data.get("value")
        if not isinstance(value, str) or not value:
            raise SeedError(f"{where}: `value` must be a non-empty string")
        seeds.append(Seed(Kind(data["kind"]), text, value, data.get("platform"), region))
    if not seeds:
        raise SeedError(f"{path}: no seeds")
    return seeds
