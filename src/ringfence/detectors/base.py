"""The detector protocol. A detector reads one view and yields matches in that view's coordinates; the
scanner maps them to the original text, resolves overlaps and applies the policy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from ringfence.normalize.view import View
from ringfence.types import Context, Kind, slot_setters


@dataclass(frozen=True, slots=True, init=False)
class Match:
    kind: Kind
    platform: str | None
    value: str
    start: int
    end: int
    rule: str
    confidence: float

    def __init__(
        self, kind: Kind, platform: str | None, value: str, start: int, end: int, rule: str, confidence: float
    ) -> None:
        # every detector's every reading builds one: the slots' setters, as for Finding
        set_kind, set_platform, set_value, set_start, set_end, set_rule, set_confidence = _MATCH_SETTERS
        set_kind(self, kind)
        set_platform(self, platform)
        set_value(self, value)
        set_start(self, start)
        set_end(self, end)
        set_rule(self, rule)
        set_confidence(self, confidence)


_MATCH_SETTERS = slot_setters(Match)


class Detector(Protocol):
    """`triggers`, where a detector has it, are the trigger bits (`ringfence.triggers.TRIGGERS`) a view must hold at
    least one of for the detector to find anything in it: the scanner does not call it on other views, most
    messages. A detector without it (or with 0) is asked about every view."""

    name: str
    kinds: frozenset[Kind]

    def detect(self, view: View, context: Context) -> list[Match]:
        """Every match in `view.text`; offsets are in the view, `rule` is "<detector>.<rule>"."""
        ...


# The confidence of a reading quoted as test or sample data (a gateway's test card, a placeholder number, a
# contract the work audits): below the default policy's threshold, so reported and never a violation, while it
# still covers its characters so no other reading is made of them.
TEST_DATA_CONFIDENCE = 0.3

# Words that call a contact sample data the work quotes: "fake numbers like (555) 010-0000 for testing", "the
# validation rejects 123-456-7890 and other dummy values", "a placeholder: 123 456 7890", "seed data", "use
# (800) 555-0199 per the brief", "fixtures.json holds ...". Only a contact no one can reach (a number no one answers,
# a reserved domain) or a value inside a code sample is read so: the word alone makes no real contact test data.
_PLACEHOLDER_CUE = re.compile(
    r"(?i)(?<![\w@.])(?:placeholders?|dummy|fake|fictional|mock(?:ups?|ed)?|sample|examples?|test\s(?:data|numbers?)"
    r"|(?:for|when|while)\stesting|seed(?:\s(?:data|script|file)|s)?|fixtures?|(?:per|in|from)\sthe\s(?:brief|spec"
    r"|specs|specification|mockups?|wireframes?|design))\b(?![.@]\w)"
)
_PLACEHOLDER_REACH = 100


def placeholder_said(text: str, start: int, end: int) -> bool:
    """Whether a placeholder word stands near text[start:end], in its sentence (a dot ends one only before a space
    or the end: "test@test.com and 123-456-7890" is one sentence)."""
    before = text[max(0, start - _PLACEHOLDER_REACH) : start]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    after = text[end : end + _PLACEHOLDER_REACH].split("\n", 1)[0]
    after = after[: i if (i := after.find(". ")) >= 0 else len(after)]
    return _PLACEHOLDER_CUE.search(before) is not None or _PLACEHOLDER_CUE.search(after) is not None


_QUOTES = "'\"`"


def data_literal(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a value written as code or data writes one: between matching quotes
    (`'+1 415 555 2671'`), or a CSV field glued to the comma before it (`Jane Doe,(415) 555-0132`), as prose puts
    a space after its commas."""
    before = text[start - 1] if start > 0 else ""
    if before and before in _QUOTES:
        return text[end : end + 1] == before
    return before == "," and start > 1 and not text[start - 2].isspace()


_ASCII_DIGITS = b"0123456789"


def ascii_digit_count(text: str) -> int:
    """How many ASCII digits `text` holds, counted in C: the cheap first test of the number-reading detectors."""
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded) - len(encoded.translate(None, _ASCII_DIGITS))


# The words after a number that make it part of a street address ("17031 2202 Rissik St", "94941 2505 Heatherleigh
# Suite 620", "62 Schachterlweg"): one to three capitalised names, then a street or unit word, or a name ending in
# a street suffix of a language that glues it on. A phone number is not followed by a street.
_STREET_AFTER = re.compile(
    r"[ \t]{1,3}(?:\d{1,5}[a-z]?[ \t]{1,3})?"
    r"(?:(?:[A-Z][\w'’.\-]{1,30}[ \t]{1,3}){1,3}"
    r"(?i:st|street|rd|road|ave|avenue|ln|lane|blvd|boulevard|dr|drive|way|ct|court|pl|place|ter|terrace|hwy|"
    r"highway|pkwy|parkway|cir|circle|sq|square|crescent|close|grove|row|trail|suite|ste|apt|unit)\b"
    r"|[A-Z]\w{1,30}(?:weg|straße|strasse|str\.|gasse|platz|katu|tie|vej|gade|gatan|vägen|laan|straat)\b)"
)


def street_follows(text: str, end: int) -> bool:
    """Whether a street name follows text[:end]: the number before it is a house number or a postcode."""
    return _STREET_AFTER.match(text, end) is not None
