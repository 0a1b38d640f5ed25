"""SMS short codes after a cue: "txt WIN to 87121", "send STOP to 62468", "reply to 85023", "shortcode 83332".

A 4-6 digit number is everything and nothing, so the cue is required: an SMS verb (txt, text, sms, send,
reply) then "to" within a few words (the keyword to send), or the word "shortcode" itself. Years ("reply to
2024"), amounts or sizes after the code ("text to 1200px") and postcodes before a street are not codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ringfence.detectors.base import Match, ascii_digit_count, street_follows
from ringfence.normalize.view import View
from ringfence.patterns import factored
from ringfence.triggers import FOLDS_UNLIKE_HYPERSCAN, TRIGGERS, words_pattern
from ringfence.types import Context, Kind

_PRECHECK = re.compile(r"\d\d\d\d")
_VERB = r"txt|txting|text|texting|sms|mms|send|reply|rply|msg|ans|opt\s?out"
# Up to eight keyword tokens between the verb and "to"/"2" (SMS shorthand): "text the password "MIX" to",
# "Text 1,2 or 3 to"; or an UPPERCASE keyword right before the code: "SMS YND 53030".
_SHORT_CODE = re.compile(
    rf"\b(?:(?i:{_VERB})[:\s]{{1,3}}(?:[^\s]{{1,20}}\s{{1,3}}){{0,8}}?(?i:to|2)(?:\s{{1,3}}(?i:no)\.?:?)?"
    rf"|(?i:txt|text|sms|send)[:\s]{{1,3}}[A-Z][A-Z0-9]{{1,11}}|(?i:short\s?code))"
    r"[\s:]{1,3}(?P<code>\d{4,6})(?![\d.,/]\d|\d|[^\W\d_]{1,3}\d)"
    r"(?!\s{0,2}(?i:px|pt|words?|chars?|characters?|k\b|%|[$€£]|usd|eur|gbp|dollars?|euros?|pounds?))",
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# Every cue opens with one of these words (case aside): _SHORT_CODE is tried where they start, not at every
# character (the same matches as its finditer, found with less work).
_CUE_START_LOWER = re.compile("txt|text|sms|mms|send|reply|rply|msg|ans|opt|short")
_CUE_START = re.compile(_CUE_START_LOWER.pattern, re.IGNORECASE)
# The same words as a literal trigger (almost free in Hyperscan): a text without one holds no cue.
_CUE_WORD = TRIGGERS.add("short_code.cue_word", words_pattern(_CUE_START_LOWER.pattern.split("|")), re.IGNORECASE)
# In ASCII text the lower-cased text decides the cue's case-insensitive matches, and with every non-word
# character made a space (and one put in front) each cue holds one of these byte strings.
_VERBS = ("sms", "txt", "text", "send", "reply", "msg", "ans", "mms", "rply", "txting", "texting", "opt", "optout")
_CUE_STEMS = (*(f" {verb} ".encode() for verb in _VERBS), b" short")
_WORD_BYTES = b"abcdefghijklmnopqrstuvwxyz0123456789_"
_WORD_SHAPE = bytes.maketrans(bytes(c for c in range(128) if c not in _WORD_BYTES), b" " * (128 - len(_WORD_BYTES)))
_PRECHECK_ASCII = re.compile(r"\d\d\d\d", re.ASCII)  # unrolled: faster than \d{4}
# Other text: a verb anywhere in the lower-cased text, unless it holds a letter that matches an ASCII one only
# case-insensitively ("ſ" is "s", "ı" and "İ" are "i"; every trigger fires on such text).
_VERB_ANYWHERE = factored(re.compile("sms|txt|text|send|reply|msg|ans|mms|rply|opt|short"))


def _cues(text: str, lower: str) -> Iterator[re.Match[str]]:
    """_SHORT_CODE.finditer(text): the leftmost match from each position on, tried only where a cue word starts
    (found in the lower-cased text, else case-insensitively in the text when it holds a letter IGNORECASE takes
    to an ASCII one that lower() does not: "ı", "İ" and "ſ", of `FOLDS_UNLIKE_HYPERSCAN`; without one, lower()
    keeps every offset and finds the same cue words)."""
    folds_alike = text.isascii() or not any(c in text for c in FOLDS_UNLIKE_HYPERSCAN)
    starts, haystack = (_CUE_START_LOWER, lower) if folds_alike else (_CUE_START, text)
    pos = 0
    while (start := starts.search(haystack, pos)) is not None:
        m = _SHORT_CODE.match(text, start.start())
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


class ShortCodeDetector:
    name = "short_code"
    kinds = frozenset({Kind.PHONE})
    triggers = _CUE_WORD

    def detect(self, view: View, context: Context) -> list[Match]:
        text = view.text
        if not view.triggers & self.triggers:
            return []
        if text.isascii():
            # Four digits at least, then four in a row, then a cue word: each test cheaper than the next.
            if ascii_digit_count(text) < 4:
                return []
            if _PRECHECK_ASCII.search(text) is None:
                return []
            shape = b" " + view.lower.encode().translate(_WORD_SHAPE)
            if not any(stem in shape for stem in _CUE_STEMS):
                return []
        elif _PRECHECK.search(text) is None or (
            _VERB_ANYWHERE.search(view.lower) is None and not any(c in text for c in FOLDS_UNLIKE_HYPERSCAN)
        ):
            return []
        matches = []
        for m in _cues(text, view.lower):
            code = m.group("code")
            if _YEAR.fullmatch(code) or street_follows(text, m.end("code")):
                continue  # a year, or a postcode ("send it to 99449 18 McPherson Road")
            matches.append(
                Match(Kind.PHONE, "sms", code, m.start("code"), m.end("code"), "short_code.cue", confidence=0.85)
            )
        return matches
