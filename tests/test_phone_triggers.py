"""The triggers gating the phone, split-digit and short-code detectors never change what they find.

Each detector answers at once when its triggers did not fire; with every trigger forced on (view bits -1) it runs
its exact checks on every text. Both ways must give the same matches, on the labelled cases and on texts built
to sit at the edges the triggers are written around (case folds, separators, astral digits, window cuts).
"""

from __future__ import annotations

import random

import pytest

from ringfence.detectors.phone import PhoneDetector
from ringfence.detectors.short_code import ShortCodeDetector
from ringfence.detectors.split_digits import SplitDigitsDetector
from ringfence.normalize import build_views
from ringfence.types import Context
from support import every_trigger_fired, labelled_texts

DETECTORS = (PhoneDetector(), SplitDigitsDetector(), ShortCodeDetector())
CONTEXTS = (Context(), Context(locale="en-GB"), Context(locale="pt-BR"))

EDGES = [
    "call 0790 123 4567",
    "Help08700621170150p",
    "Help\n08700621170150p",
    "reorder 07911123456",
    "ORDER #: 07911 123456",
    "order no.\n07911123456",
    "£ 07911123456 or Rs. 9876543210",
    "\u212aES 0712345678",
    "руб 07911123456",
    "ГРН 07911123456",
    "DELHİ 98765 43210",
    "from \u212aenya 0712 345678",
    "München 030 1234567",
    "mob\u00a007911\u00a0123456",
    "tel\x1c07911 123456",
    "whats\x1capp 07911123456",
    "dien thoai 0912345678",
    "SEP\u212a 3 2024 07911123456",
    "12th May 2005 07911123456",
    "2024-05-12 and 07911123456",
    "call ٠٧٩١١١٢٣٤٥٦",
    "call \U0001d7ce\U0001d7d5\U0001d7d7\U0001d7cf\U0001d7cf\U0001d7d0\U0001d7d1\U0001d7d2",
    "first part 0300, second part 1234567",
    "fırst part 0300, second part 1234567",
    "FIRST PART 0300, SECOND PART 1234567",
    "country\x1ccode 234, then 906, then 118, then 2473",
    "call 0300/1234567/89",
    "312 / then 86 / then 75379 is my number",
    "312 / then 86 / then 75379 IS MY TELÉFONO",
    "312 / then 86 / then 75379 is my \u017fignal",
    "txt WIN to 87121",
    "TXT WIN TO 87121",
    "ſms STOP to 62468",
    "txtıng ok to 62468",
    "shortcode 83332",
    "short\x1ccode 83332",
    "reply\x1c2 85023",
    "send STOP\u00a0to\u00a062468",
    "opt\x1cout to 85023",
]
TOKENS = (
    "call", "CALL", "tel:", "+", "(", ")", "no.", "order #", "ref", "£", "Rs.", "usd", "txt", "TEXT", "send", "reply",
    "to", "2", "WIN", "first part", "second part", "then", "ends with", "starts with", "country code", "/", "-", ".",
    " ", "\n", "\x1c", "\u00a0", "\u2013", "ext.", "px", "pm", "uk", "London", "DELHİ", "İ", "ı", "ſ", "\u212a",
    "May", "2024", "12/03/2024", "v1.2.3", "1,299", "3.50", "😀", "é", "номер", "電話", "Help", "short code",
)  # fmt: skip


def _number(rng: random.Random) -> str:
    groups = ["".join(rng.choice("0123456789") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.5:
        groups[0] = rng.choice(["0", "07", "08", "+44 ", "+1 ", "0300", "(415)", "00 44", "+91"]) + groups[0]
    return rng.choice([" ", "-", ".", "/", "", " - ", "\u00a0"]).join(groups)


def _generated(count: int) -> list[str]:
    rng = random.Random(5)
    texts = []
    for _ in range(count):
        parts = [_number(rng) if rng.random() < 0.35 else rng.choice(TOKENS) for _ in range(rng.randint(2, 12))]
        texts.append("".join(part + rng.choice([" ", "", ", ", "\n"]) for part in parts))
    return texts


@pytest.mark.parametrize("source", ["edges", "generated", "labelled"])
def test_gated_detectors_find_what_the_exact_checks_find(source: str) -> None:
    texts = {"edges": EDGES, "generated": _generated(1500), "labelled": labelled_texts()}[source]
    differ = []
    for i, text in enumerate(texts):
        context = CONTEXTS[i % len(CONTEXTS)]
        for view in build_views(text):
            for detector in DETECTORS:
                if detector.detect(view, context) != detector.detect(every_trigger_fired(view), context):
                    differ.append((detector.name, view.name, text))
    assert not differ, differ[:5]
