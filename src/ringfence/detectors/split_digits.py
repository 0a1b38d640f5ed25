"""Numbers dictated in parts: "first part 0300, second part 1234567", "ends with 4718, starts with 0312 and
the middle is 660", "country code 234, then 906, then 118, then 2473".

Each digit group takes the label written just before it (start, second, middle, end, then, country code, in
several languages); the groups of one run are put in the stated order, joined and validated with
`phonenumbers`. The match spans from the first to the last contributing group in the text, so redaction
removes the whole dictation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import phonenumbers

from ringfence.detectors.base import Match, ascii_digit_count
from ringfence.detectors.phone import date_spans, e164, valid_e164, valid_number
from ringfence.normalize.letters import KEYPAD
from ringfence.normalize.view import View
from ringfence.patterns import factored
from ringfence.triggers import TRIGGERS, words_pattern
from ringfence.types import Context, Kind

# A group may end in keypad capitals, the tail of a vanity number dictated in parts ("third part 6 XDPQ").
_GROUP = re.compile(
    r"(?<![\d\w])\+?(\d{1,10}(?:[ .\-]\d{1,10}){0,3})(?![\d])(?:[ .\-]{0,2}(?P<tail>[A-Z]{3,7})(?![\w]))?"
)
_PRECHECK = re.compile(r"\d\D{1,60}\d")
# Amounts, counts and times are not phone parts ("300 dollars", "$500", "2 revisions", "5 pm").
_UNIT_AFTER = re.compile(
    r"\s{0,2}(?:[$€£₹%]|k\b|x\b|usd|eur|gbp|inr|pkr|ngn|dollars?|euros?|pounds?|bucks|rupees?|naira|hours?|hrs?"
    r"|days?|weeks?|months?|years?|words?|pages?|items?|pieces?|revisions?|mockups?|screens?|minutes?|mins?"
    r"|seconds?|am\b|pm\b|h\b|st\b|nd\b|rd\b|th\b|people|users|percent)",
    re.IGNORECASE,
)
_UNIT_BEFORE = re.compile(r"[$€£₹#]\s{0,1}$|(?:usd|eur|gbp|inr|rs\.?|no\.?)\s{0,2}$", re.IGNORECASE)
_UNIT_BEFORE_REACH = 8  # "rs.", two spaces and the newline "$" may stand before, with room to spare
# An unlabeled first part needs a phone cue before it ("my number: 0300 / then 123 / then 4567").
PHONE_CUE = re.compile(
    r"\b(?:number|num|no|phone|mobile|cell|tel|call|text|sms|whats\s{0,1}app|wa|viber|signal|telegram|contact"
    r"|n[úu]meros?|telefone|tel[ée]fono|celular|handy|nummer|portable)\b",
    re.IGNORECASE,
)
# The three case-insensitive searches above, case-sensitive for an ASCII text's lower-cased form (the same
# matches there, found several times faster).
_UNIT_AFTER_LOWER, _UNIT_BEFORE_LOWER, _PHONE_CUE_LOWER = (
    factored(re.compile(pattern.pattern)) for pattern in (_UNIT_AFTER, _UNIT_BEFORE, PHONE_CUE)
)
_NON_DIGITS = re.compile(r"\D")
# A clock time ("02:30", "18:00:05") is no dictated part: a schedule in a long text strings several together.
_CLOCK_TIME = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])")
# A day and month with no year ("shipped 03/04, 05/06 and 07/08"): its slash parts no number.
_DAY_MONTH = re.compile(
    r"(?<![\d/])(?:(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))(?![\d/])"
)
_MAX_GAP = 60
_BARE = "bare"  # label of an unlabeled, uncued number that may start a dictation followed by labelled parts
_LABEL_REACH = 40

_SP = r"\s{1,3}"
_PART = r"(?:part|half|bit|piece|chunk|section|portion|digits?|numbers?|group|block|one)"
_UNCUED = "uncued"  # label of an unlabeled, uncued number that starts a dictation only if a cue follows it
_CUE_AFTER_REACH = 80  # from such a number to the cue: a dictation in three short parts
# "... is my number", "... = my cell", "... my whatsapp": said of the dictation just before it.
_CUE_AFTER = re.compile(
    rf"[\s,.:;!()\-]{{0,4}}(?:(?:is|=|are){_SP}(?:(?:my|our){_SP})?|(?:my|our){_SP})"
    r"(?:number|num|phone|mobile|cell|tel|whats\s?app|viber|signal|telegram|n[úu]mero|telefone|tel[ée]fono|celular)\b",
    re.IGNORECASE,
)
# Every cue word holds one of these pieces ("num" of "number", "mero" of "número", "tel" of "telegram", "telefone"
# and "teléfono"): a text where none fires as a trigger holds no cue, and in ASCII text the window after a number
# is tested for them before the search, which reads the lower-cased window case-sensitively.
_CUE_AFTER_PIECES = ("num", "phone", "mobile", "cell", "tel", "whats", "viber", "signal", "mero", "celular")
_CUE_AFTER_WORD = TRIGGERS.add("split_digits.cue_after", words_pattern(_CUE_AFTER_PIECES), re.IGNORECASE)
_CUE_AFTER_LOWER = factored(re.compile(_CUE_AFTER.pattern))
# One named group per label kind; the last label in the gap before a digit group is that group's label.
_LABEL = re.compile(
    r"\b(?:"
    rf"(?P<cc>country{_SP}code|country{_SP}prefix|dial(?:ing|ling)?{_SP}code|int(?:ernationa)?l{_SP}code"
    r"|c[óo]digo\s{1,3}(?:de\s{1,3})?pa[íi]s|indicatif|l[äa]ndervorwahl|country)"
    rf"|(?P<start>(?:starts?|starting|begins?|beginning|commences?){_SP}(?:with|by|from)"
    rf"|(?:first|1st){_SP}(?:{_PART}|\d{{1,2}}(?:{_SP}digits|:|{_SP}(?:are|is))|two|three|four|five|six|seven)"
    rf"|part{_SP}(?:1|one|a)|the{_SP}start|beginning|(?:first|1st)\s{{0,2}}:"
    rf"|empieza{_SP}(?:con|por)|comienza{_SP}(?:con|por)|primera{_SP}parte|primeros"
    rf"|come[çc]a{_SP}(?:com|por)|primeira{_SP}parte|primeiros"
    rf"|commence{_SP}par|premi[èe]re{_SP}partie|beginnt{_SP}mit|erste[rn]?{_SP}teil|anfang)"
    rf"|(?P<area>area{_SP}code)"
    rf"|(?P<second>(?:second|2nd){_SP}{_PART}|(?:second|2nd)\s{{0,2}}:|part{_SP}(?:2|two|b)|segunda{_SP}parte"
    rf"|deuxi[èe]me{_SP}partie"
    rf"|zweite[rn]?{_SP}teil)"
    rf"|(?P<third>(?:third|3rd){_SP}{_PART}|(?:third|3rd)\s{{0,2}}:|part{_SP}(?:3|three|c)|tercera{_SP}parte"
    rf"|terceira{_SP}parte"
    rf"|troisi[èe]me{_SP}partie|dritte[rn]?{_SP}teil)"
    rf"|(?P<fourth>(?:fourth|4th){_SP}{_PART}|part{_SP}(?:4|four|d))"
    rf"|(?P<middle>middle|in{_SP}between|medio|meio|milieu|mitte)"
    rf"|(?P<end>(?:ends?|ending|finish(?:es)?|finishing){_SP}(?:with|in|by)"
    rf"|(?:last|final){_SP}(?:{_PART}|\d{{1,2}}(?:{_SP}digits|:|{_SP}(?:are|is))|two|three|four|five|six|seven|eight)"
    r"|(?:last|final)\s{0,2}:"
    rf"|the{_SP}(?:rest|end)"
    rf"|remaining|termina{_SP}(?:en|com|con|por)|[úu]ltima{_SP}parte|[úu]ltimos|finit{_SP}par"
    rf"|derni[èe]re{_SP}partie|endet{_SP}mit|letzte[rn]?{_SP}teil)"
    r"|(?P<then>then|next|after\s{1,3}that|followed\s{1,3}by|plus|luego|despu[ée]s|depois|ensuite|puis|dann"
    r"|danach|y\s{1,3}luego|e\s{1,3}depois|/)"
    r")",
    re.IGNORECASE,
)
# The same labels, case-sensitive, for the view's shared lower-cased text (several times cheaper).
_LABEL_LOWER = factored(re.compile(_LABEL.pattern))

# Every label holds one of these words (case aside; tests/test_split_digits.py checks it on every label the
# pattern can match): a literal trigger, which costs Hyperscan almost nothing, tells whether a text may hold one.
LABEL_STEMS = (
    "country", "dial", "intl", "international", "digo", "indicatif", "ndervorwahl",
    "start", "begin", "commence", "first", "1st", "part", "area", "empieza", "comienza", "primer", "começa",
    "comeca", "primeir", "premi", "erste", "anfang",
    "second", "2nd", "segunda", "deuxi", "zweite", "third", "3rd", "tercera", "terceira", "troisi", "dritte",
    "fourth", "4th", "middle", "between", "medio", "meio", "milieu", "mitte",
    "end", "finish", "last", "final", "rest", "remaining", "termina", "ltim", "finit", "derni", "letzte",
    "then", "next", "after", "followed", "plus", "luego", "despu", "depois", "ensuite", "puis", "dann", "danach",
    "/",
)  # fmt: skip
_LABELLED = TRIGGERS.add("split_digits.label", words_pattern(LABEL_STEMS), re.IGNORECASE)
# A label starts at most this many characters before the first stem it holds ("the   rest", "in   between";
# tests/test_split_digits.py checks it), so in ASCII text the label pattern is tried only there.
_STEM_REACH = 6
_STEM = factored(re.compile("|".join(re.escape(stem) for stem in LABEL_STEMS)))
_MIN_DIGITS = 7  # a reassembled number has 7 digits at least (see reassemble), or ends in keypad capitals
_WHOLE_NUMBER_DIGITS = 10  # a national number with its trunk "0", or a country code and the national number
_PREFIX_DIGITS = 3  # a trunk "0" and an area or operator code ("030", "0917"), or a country code and more
_CAPITALS = re.compile(r"[A-Z]{3}")
# Sort keys for explicit positions; "then" and unlabeled groups follow the previous group.
_KEYS = {"cc": -1000, "start": 0, "area": 0, "second": 200, "third": 300, "fourth": 400, "middle": 500, "end": 900}
_RESTARTS = frozenset({"cc", "start", "area"})
# The number after an area code is the rest of it ("area code 415, number 555 0123"): that group is a labelled
# part when it holds a local number's digits, not a count ("area code 415 has 40 towns").
_MIN_LOCAL_DIGITS = 6
LIKELY_REGIONS = (
    "US", "GB", "IN", "PK", "NG", "PH", "BD", "KE", "GH", "ZA", "EG", "DE", "FR", "ES", "IT", "BR", "MX",
    "AR", "CO", "AU", "CA", "ID", "UA", "TR", "AE", "SA",
)  # fmt: skip


_PERSONAL_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE,
    }
)


@dataclass(frozen=True, slots=True)
class _Group:
    digits: str
    start: int
    end: int
    label: str | None
    label_start: int
    tail: str = ""  # keypad capitals after the digits, as digits: read only when the digits alone make no number
    tail_end: int = 0


@lru_cache(maxsize=4096)
def phone_e164(
    digits: str, regions: tuple[str, ...], country_code: str | None = None, hint: str | None = None
) -> str | None:
    """E.164 of a valid number written as `digits`: with the given country code, as international digits
    ("00"/leading country code) or national. The `hint` region (the sender's) decides when it accepts the
    digits; among the other `regions` a personal (mobile or fixed) reading wins. Cached: a first reading
    tries every region (up to a millisecond), and spam repeats its dictations."""
    if country_code:
        return valid_e164("+" + country_code + digits, None)
    if hint is not None:
        value = valid_e164(digits, hint)
        if value is not None:
            return value
    candidates: list[tuple[str, str | None]] = []
    if digits.startswith("00"):
        candidates.append(("+" + digits[2:], None))
    candidates.extend((digits, region) for region in regions)
    if not digits.startswith("0"):
        candidates.append(("+" + digits, None))
    fallback = None
    for number, region in candidates:
        parsed = valid_number(number, region)
        if parsed is None:
            continue
        value = e164(parsed)
        # National digits are ambiguous across regions: a mobile reading beats a premium or shared one.
        if phonenumbers.number_type(parsed) in _PERSONAL_TYPES:
            return value
        fallback = fallback or value
    return fallback


def _labels(view: View) -> list[tuple[int, int, str | None]]:
    lower = view.lower
    found = _labels_near_stems(lower) if len(lower) == len(view.text) else _LABEL.finditer(view.text)
    # A slash parts a number only right after a digit ("0300/123/4567"), not in a path ("app/cron-2024-06.log")
    # or a date ("03/04")
    text = view.text
    return [
        (m.start(), m.end(), m.lastgroup)
        for m in found
        if m.group() != "/"
        or (
            m.start() > 0
            and text[m.start() - 1].isdigit()
            and _DAY_MONTH.match(text, max(0, m.start() - 2)) is None
            and _DAY_MONTH.match(text, m.start() - 1) is None
        )
    ]


def _labels_near_stems(lower: str) -> Iterator[re.Match[str]]:
    """_LABEL_LOWER.finditer(lower), the label pattern tried only up to _STEM_REACH characters before each stem:
    no label starts anywhere else (a whitespace or a digit a label holds is one character in any script)."""
    pos = 0
    while (stem := _STEM.search(lower, pos)) is not None:
        # No label but "/" holds a slash, so no label starting before this (the first) stem reaches it.
        reach = 0 if stem.group() == "/" else _STEM_REACH
        for start in range(max(pos, stem.start() - reach), stem.start() + 1):
            if (m := _LABEL_LOWER.match(lower, start)) is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = stem.start() + 1


_DIGIT = re.compile(r"\d")


def _may_label_a_part(text: str, labels: list[tuple[int, int, str | None]]) -> bool:
    """False when no group can take a part's label, which every dictation has (see `detect`): a necessary
    condition. A group takes the last label ending before it and starting at most _LABEL_REACH characters
    before it (so its first digit, after a "+" at most, is found at most _LABEL_REACH + 1 characters after the
    label's start), and a part's label (not a country code's) follows the group before it in its run, whose
    digits end at most _MAX_GAP characters before the part's group starts; an area code's label may open the
    run instead (the local number after it is the part)."""
    for start, end, name in labels:
        if name == "cc" or _DIGIT.search(text, end, start + _LABEL_REACH + 2) is None:
            continue
        if name == "area" or _DIGIT.search(text, max(0, end - _MAX_GAP - 1), start) is not None:
            return True
    return False


def _runs(view: View, labels: list[tuple[int, int, str | None]]) -> list[list[_Group]]:
    """Digit groups with their labels, cut into runs: a long gap, an amount, or a second start/country code
    begins a new run. Digits inside a label ("part 1", "first 4 digits") are not groups."""
    runs: list[list[_Group]] = []
    current: list[_Group] = []
    previous_end = -_MAX_GAP - 1
    text = view.text
    dates = view.shared(date_spans)
    if ":" in text:
        dates = [*dates, *(m.span() for m in _CLOCK_TIME.finditer(text))]
    cue_may_follow = bool(view.triggers & _CUE_AFTER_WORD)
    ascii_text = text.isascii()
    if ascii_text:
        haystack, unit_after, unit_before, phone_cue = (
            view.lower,
            _UNIT_AFTER_LOWER,
            _UNIT_BEFORE_LOWER,
            _PHONE_CUE_LOWER,
        )
    else:
        haystack, unit_after, unit_before, phone_cue = text, _UNIT_AFTER, _UNIT_BEFORE, PHONE_CUE
    for m in _GROUP.finditer(text):
        if any(start <= m.start() < end for start, end, _ in labels):
            continue
        if any(start < m.end(1) and m.start() < end for start, end in dates):
            continue  # a date or a time is not a dictated part ("02/11/2023 - 16/6/2023", "at 02:30")
        joined = m.start() - previous_end <= _MAX_GAP
        gap_start = max(previous_end, m.start() - _LABEL_REACH, 0)
        # A unit before ends the gap and is at most _UNIT_BEFORE_REACH long: only the gap's end is searched.
        unit = unit_after.match(haystack, m.end(1))
        # A unit word that starts a label is the label ("0917 second part 1234567"), not an amount.
        if unit is not None and any(start == unit.end() - len(unit.group().lstrip()) for start, _, _ in labels):
            unit = None
        amount = (
            unit is not None
            or unit_before.search(haystack, max(gap_start, m.start() - _UNIT_BEFORE_REACH), m.start()) is not None
        )
        label, label_start = None, m.start()
        if not amount:
            for start, end, name in labels:
                if gap_start <= start and end <= m.start():
                    label, label_start = name, start  # the last label before the group
        restart = label in _RESTARTS and any(g.label in _RESTARTS for g in current)
        if current and (not joined or restart or amount):
            runs.append(current)
            current = []
        previous_end = m.end(1)
        if amount:
            continue  # an amount starts nothing
        if label is None and not current and phone_cue.search(haystack[gap_start : m.start()]) is None:
            # Uncued and unlabeled, it may still open a dictation if it looks like a number's start (a trunk
            # "0" or a "+") and labelled parts follow, or if the dictation is followed by a phone cue ("312 /
            # then 86 / then 75379 is my number"); anything else ("Order 5521 then ...") starts nothing.
            if m.group(0).lstrip().startswith(("0", "+")):
                label = _BARE
            elif cue_may_follow and _cue_follows(text, m.end(), view.lower if ascii_text else None):
                label = _UNCUED
            else:
                continue
        tail = m["tail"] or ""
        digits = _NON_DIGITS.sub("", m.group(1))
        current.append(_Group(digits, m.start(), m.end(1), label, label_start, tail.translate(KEYPAD), m.end()))
    if current:
        runs.append(current)
    return runs


def _opens_whole_number(groups: Sequence[_Group]) -> bool:
    """Whether a bare start and one part make a whole number with its trunk or country code ("0300 followed by
    1234567", "+92 300 then 1234567"): the start holds a prefix's three digits at least, not "0" or "0.5"."""
    return len(groups[0].digits) >= _PREFIX_DIGITS and sum(len(g.digits) for g in groups) >= _WHOLE_NUMBER_DIGITS


def _cue_follows(text: str, start: int, ascii_lower: str | None) -> bool:
    """_CUE_AFTER.search(text, start, start + _CUE_AFTER_REACH) is not None; `ascii_lower` is the lower-cased text
    when the text is ASCII (see _CUE_AFTER_LOWER), else None."""
    if ascii_lower is None:
        return _CUE_AFTER.search(text, start, start + _CUE_AFTER_REACH) is not None
    window = ascii_lower[start : start + _CUE_AFTER_REACH]
    return any(map(window.__contains__, _CUE_AFTER_PIECES)) and _CUE_AFTER_LOWER.search(window) is not None


def _ordered(groups: Sequence[_Group]) -> list[_Group]:
    keyed: list[tuple[int, int, _Group]] = []
    previous = -2000
    for index, group in enumerate(groups):
        key = _KEYS.get(group.label or "", previous + 1)
        keyed.append((key, index, group))
        previous = key
    keyed.sort(key=lambda item: (item[0], item[1]))
    return [group for _, _, group in keyed]


def reassemble(groups: Sequence[_Group], hint: str | None) -> tuple[str, int] | None:
    """E.164 of the groups put in their stated order, and where the number ends in the text; or None."""
    ordered = _ordered(groups)
    country_code = None
    if ordered[0].label == "cc" and len(ordered[0].digits) <= 3:
        country_code = ordered[0].digits
        ordered = ordered[1:]
    digits = "".join(g.digits for g in ordered)
    if 7 <= len(digits) + len(country_code or "") <= 15:
        value = phone_e164(digits, LIKELY_REGIONS, country_code, hint)
        if value is not None:
            return value, groups[-1].end
    last = ordered[-1]
    if last.tail and last is groups[-1] and country_code in (None, "1"):
        # A vanity number's tail ends its last part ("ends with 2 8 DOHS"): a North American convention, so the
        # digits with the tail must make a +1 number.
        value = valid_e164(("+1" if country_code == "1" else "") + digits + last.tail, "US")
        if value is not None and value.startswith("+1"):
            return value, last.tail_end
    return None


class SplitDigitsDetector:
    name = "split_digits"
    kinds = frozenset({Kind.PHONE})
    triggers = _LABELLED

    def detect(self, view: View, context: Context) -> list[Match]:
        text = view.text
        if not view.triggers & self.triggers:
            return []
        if text.isascii() and ascii_digit_count(text) < _MIN_DIGITS and _CAPITALS.search(text) is None:
            return []  # too few digits for a number, and no keypad capitals to complete one
        if _PRECHECK.search(text) is None:
            return []
        labels = _labels(view)
        if not labels or not _may_label_a_part(text, labels):
            return []
        matches = []
        for run in _runs(view, labels):
            # The run may start with unrelated numbers ("300 dollars ... first part 0300"): drop them.
            for first in range(len(run) - 1):
                groups = run[first:]
                parts = sum(
                    1
                    for previous, g in pairwise(groups)
                    if g.label not in (None, "cc", _BARE, _UNCUED)
                    or (g.label is None and previous.label == "area" and len(g.digits) >= _MIN_LOCAL_DIGITS)
                )
                if parts == 0:
                    break  # a dictation needs at least one part labelled as a part
                if groups[0].label == "then" or (
                    groups[0].label in (_BARE, _UNCUED) and parts < 2 and not _opens_whole_number(groups)
                ):
                    # "then 345" continues a number, it does not start one; a bare start needs two parts
                    continue
                if groups[0].label == _UNCUED and _CUE_AFTER.match(text, groups[-1].tail_end) is None:
                    continue
                found = reassemble(groups, context.region)
                if found is not None:
                    value, end = found
                    rule = "split_digits.ordered" if _ordered(groups) != list(groups) else "split_digits.parts"
                    # From the first part's label, so redaction removes "first part 0300, second part ...".
                    start = groups[0].label_start
                    matches.append(Match(Kind.PHONE, None, value, start, end, rule, 0.85))
                    break
        return matches
