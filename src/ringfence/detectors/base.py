"""The detector protocol. A detector reads one view and yields matches in that view's coordinates; the
scanner maps them to the original text, resolves overlaps and applies the policy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from ringfence.normalize.view import View
from ringfence.patterns import factored
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
# (800) 555-0199 per the brief", "fixtures.json holds ...", "flag invalid ones like 123-456-7890", "the validator
# must accept ...", "the webhook payload had ...", ".env.example has ...". Only a contact no one can reach (a number
# no one answers, a reserved domain) or a value inside a code sample is read so: the word alone makes no real contact
# test data. A word is not a cue inside an address ("test.io", "sample@x.com"), but is inside a data file's name
# ("fixtures.json", "mock_users.json", ".env.example").
_PLACEHOLDER_CUE = re.compile(
    r"(?<![\w@.])(?:placeholders?|dummy|fake|fictional|mock(?:ups?|ed)?|sample|examples?|test\s(?:data|numbers?"
    r"|cases?|inputs?)|(?:for|when|while)\stesting|seed(?:\s(?:data|script|file)|s)?|fixtures?|invalid|validators?"
    r"|payloads?|unit\stests?|asserts?|(?:per|in|from)\sthe\s(?:brief|spec|specs|specification|mockups?"
    r"|wireframes?|design))\b(?![.@]\w)"
)
# Written in lower case for lower-cased words, trie-shaped (re.IGNORECASE makes alternations slower).
_PLACEHOLDER_CUE = factored(_PLACEHOLDER_CUE)
# A data file's name, and the words in one that make it sample data ("fixtures.json", "mock_users.json", a
# template's ".env.example").
_DATA_FILE = re.compile(r"\b[\w-]{1,64}\.(?:json|jsonl|ndjson|csv|tsv|sql|ya?ml|xml|xlsx?|txt)\b")
_SAMPLE_FILE_WORD = re.compile(r"placeholder|dummy|fake|mock|sample|example|test|seed|fixture")
_TEMPLATE_SUFFIX = re.compile(r"\w\.(?:example|sample|template|dist)\b(?![.@]\w)")
_PLACEHOLDER_REACH = 100
_SENTENCE_END = re.compile(r"[.?!] ")
# A code or data sample's lines may stand between its value and the words that introduce it.
_SAMPLE_BLOCK_REACH = 240


def placeholder_said(text: str, start: int, end: int, across_lines: bool = False) -> bool:
    """Whether a placeholder word stands near text[start:end], in its sentence (a dot, "?" or "!" ends one only
    before a space: "test@test.com and 123-456-7890" is one sentence; "Sample? Sure, call '+1 415 555 2671'" is
    two). With `across_lines` (a value of a code or data sample, whose lines are not sentences) a line break ends
    none: "fixtures.json:\n{\"phone\": \"+49 30 901820\"}"."""
    before = text[max(0, start - (_SAMPLE_BLOCK_REACH if across_lines else _PLACEHOLDER_REACH)) : start]
    ends = list(_SENTENCE_END.finditer(before))
    before = before[max(ends[-1].end() if ends else 0, 0 if across_lines else before.rfind("\n") + 1) :]
    after = text[end : end + _PLACEHOLDER_REACH].split("\n", 1)[0]
    after = after[: m.start() if (m := _SENTENCE_END.search(after)) else len(after)]
    return _cue_in(before) or _cue_in(after)


def _cue_in(words: str) -> bool:
    words = words.lower()
    if _PLACEHOLDER_CUE.search(words) is not None:
        return True
    if "." not in words:
        return False
    if _TEMPLATE_SUFFIX.search(words) is not None:
        return True
    return any(_SAMPLE_FILE_WORD.search(m.group()) for m in _DATA_FILE.finditer(words))


_QUOTES = "'\"`"


# An indented key of a YAML or similar block before its value ("support:\n  email: help@shopco.io").
_NESTED_KEY = re.compile(r"[ \t]{1,16}[A-Za-z_][\w-]{0,40}:[ \t]?")


def _data_literal(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a value written as code or data writes one: between matching quotes
    (`'+1 415 555 2671'`), a CSV field or a setting glued to the comma or "=" before it (`Jane Doe,(415) 555-0132`,
    `SUPPORT_PHONE=+14155552671`), as prose puts a space after its commas, an XML element's text
    (`<phone>+49 89 1234567</phone>`), or the value of an indented key."""
    before = text[start - 1] if start > 0 else ""
    if before and before in _QUOTES:
        return text[end : end + 1] == before
    if before in ",=":
        return start > 1 and not text[start - 2].isspace()
    if before == ">":
        return text[end : end + 1] == "<"
    line_start = text.rfind("\n", 0, start) + 1
    return line_start > 0 and _NESTED_KEY.fullmatch(text, line_start, start) is not None


def sample_value(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a value of the work's data: a record of a data table, or a value written as code
    or data writes one that a placeholder word calls sample data, in its sentence or above its lines."""
    if _in_data_table(text, start):
        return True
    return _data_literal(text, start, end) and placeholder_said(text, start, end, across_lines=True)


# The characters that split a table's row into fields, most telling first.
_FIELD_SEPARATORS = "|\t;,"
# A header row's field: a column's name of three words at most ("email", "Phone number", "first_name"), no value.
_COLUMN_NAME = re.compile(r"\s{0,8}[A-Za-z][\w.()/-]{0,30}(?: [\w.()/-]{1,30}){0,2}\s{0,8}")
# A Markdown table's rule under its header ("|---|:---:|").
_TABLE_RULE = re.compile(r"[\s|:-]{0,200}-[\s|:-]{0,200}")


def _in_data_table(text: str, start: int) -> bool:
    """Whether the value at text[start] is a field of a delimited table (CSV, TSV, Markdown) with a header row
    naming its three columns or more over two rows of values or more, whose column holds values shaped like it
    (all addresses, all numbers): the records the work handles, not the writer's contact ("name,phone" above
    "John,+1 415 555 2671" is one; "Email, jo@x.com, ok" over "Phone, +1 415 555 2671, ok" is no column). Words may
    introduce the header on its line ("Test fixture users.csv: id,name,email,phone")."""
    row_start = text.rfind("\n", 0, start) + 1
    if row_start == 0:
        return False  # a table has its header above the value: most text has no line break before its contact
    lines = text.split("\n")
    row = text.count("\n", 0, row_start)
    line = lines[row]
    separator = next((s for s in _FIELD_SEPARATORS if s in line), None)
    if separator is None or line.count(separator) < 2:
        return False
    fields = line.count(separator)
    column = text.count(separator, row_start, start)
    shape = _field_shape(line.split(separator)[column])
    first, last = row, row
    while last + 1 < len(lines) and lines[last + 1].count(separator) == fields:
        last += 1
    while first > 0 and lines[first - 1].count(separator) == fields:
        first -= 1
        header = lines[first]
        if _TABLE_RULE.fullmatch(header):
            continue
        names = header.split(separator)
        names[0] = names[0].rsplit(": ", 1)[-1]
        if all(_COLUMN_NAME.fullmatch(name) or not name.strip() for name in names):
            records = [lines[n] for n in range(first + 1, last + 1) if not _TABLE_RULE.fullmatch(lines[n])]
            return len(records) >= 2 and all(_field_shape(r.split(separator)[column]) == shape for r in records)
    return False


def _field_shape(field: str) -> tuple[bool, bool]:
    """Whether a table's field holds an "@" and a digit: a column's values share their shape."""
    return "@" in field, any(c.isdigit() for c in field)


# Local parts that name a form's field, not anyone's mailbox or account: "yourname@gmail.com", "username@paytm",
# "firstname.lastname@acme.com", "mobilenumber@ybl", "xxxx@gmail.com". Role mailboxes ("mail@", "info@") are real.
_PLACEHOLDER_LOCAL = re.compile(
    r"(?i)(?:(?:your|my)[._-]?)?(?:user[._-]?)?(?:(?:first|last|full|user|your)[._-]?)?name(?:[._-]?last[._-]?name)?"
    r"|user|first[._-]?last|your[._-]?(?:e?mail|id|handle|vpa|upi(?:[._-]?id)?|number|mobile|phone|account|login)"
    r"|(?:mobile|phone)[._-]?(?:no|num|number)|x{3,64}|abc|xyz|some(?:one|body)"
)


def placeholder_local(local: str) -> bool:
    """Whether an address's local part (before its "@") names a form's field instead of someone's account."""
    return _PLACEHOLDER_LOCAL.fullmatch(local) is not None


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
