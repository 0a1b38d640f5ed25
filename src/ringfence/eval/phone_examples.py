"""Labelled phone cases built from libphonenumber's data (datasets/libphonenumber, Apache-2.0).

`example_cases`: every example number of example_numbers.csv (245 regions, all number types) written in each
of its four formats (E.164, international, national, RFC 3966) inside sentences of our own, in several
languages, with and without cue words, at the start, middle and end of the text. A national number means
something only in its region, so national cases carry that region as their locale ("en-GB").

`matcher_cases`: libphonenumber's find-in-text matcher cases. IMPOSSIBLE ones (dates, times, "650x2531234")
have no contacts; those its matcher finds at VALID leniency have one, the whole text. POSSIBLE_ONLY cases
are left out: libphonenumber itself does not say whether they are phone numbers.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

EXAMPLES_FILE = Path("libphonenumber") / "example_numbers.csv"
MATCHER_FILE = Path("libphonenumber") / "matcher_test_cases.jsonl"
FORMATS = ("e164", "international", "national", "rfc3966")

# "{n}" is the number as written. Half the sentences name it (call, WhatsApp, número...), half don't, so
# the score shows both the cue and the bare reading.
SENTENCES = (
    "You can reach me at {n} after 6pm.",
    "{n} is my WhatsApp, message me there",
    "ok sure, {n}",
    "My number: {n}",
    "Please call ({n}) tomorrow morning",
    "the office line is {n}, ask for Dana.",
    "Sent from my phone. {n}",
    "Mi número es {n} gracias",
    "Позвоните мне: {n}",
    "text me on {n} when you are free",
    "Here it is - {n} - thanks!",
    "{n}",
    "Contact details below\n{n}\nBest regards",
    "I'm in the office all week; {n} works best",
)


def _case(case_id: str, text: str, written: str, value: str, tags: list[str], locale: str | None) -> dict[str, Any]:
    case: dict[str, Any] = {
        "id": case_id,
        "surface": "message",
        "stage": "pre_contract",
        "text": text,
        "contacts": [{"kind": "phone", "platform": None, "value": value, "text": written}],
        "intents": [],
        "violation": True,
        "tags": tags,
    }
    if locale is not None:
        case["locale"] = locale
    return case


def example_cases(datasets_dir: Path) -> list[dict[str, Any]]:
    """One case per example number and format; the sentence rotates so every format meets every sentence."""
    cases = []
    with (Path(datasets_dir) / EXAMPLES_FILE).open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for n, row in enumerate(rows):
        for k, fmt in enumerate(FORMATS):
            written = row[fmt]
            sentence = SENTENCES[(n + k * 5) % len(SENTENCES)]
            locale = f"en-{row['region']}" if fmt == "national" else None
            tags = ["libphonenumber", fmt, row["region"], row["type"].lower()]
            text = sentence.format(n=written)
            cases.append(_case(f"lpn-{n:04d}-{fmt}", text, written, row["e164"], tags, locale))
    return cases


def matcher_cases(datasets_dir: Path) -> list[dict[str, Any]]:
    """libphonenumber matcher cases with their region as the locale (see the module docstring)."""
    cases = []
    with (Path(datasets_dir) / MATCHER_FILE).open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for n, row in enumerate(rows):
        bucket, region, text = row["bucket"], row["region"], row["text"]
        tags = ["libphonenumber-matcher", bucket.lower(), region]
        if bucket == "IMPOSSIBLE":
            case = _case(f"lpn-matcher-{n:03d}", text, text, "", tags, f"en-{region}")
            case["contacts"], case["violation"] = [], False
            cases.append(case)
        elif row["is_phone_at_valid_leniency"]:
            try:
                value = phonenumbers.format_number(phonenumbers.parse(text, region), PhoneNumberFormat.E164)
            except NumberParseException:
                continue
            cases.append(_case(f"lpn-matcher-{n:03d}", text, text, value, tags, f"en-{region}"))
    return cases
