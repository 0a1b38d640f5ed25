"""SMS short codes after a cue: "txt WIN to 87121", "send STOP to 62468", "reply to 85023", "shortcode 83332".

A 4-6 digit number is everything and nothing, so the cue is required: an SMS verb (txt, text, sms, send,
reply) then "to" within a few words (the keyword to send), or the word "shortcode" itself. Years ("reply to
2024") and amounts or sizes after the code ("text to 1200px") are not codes.
"""

from __future__ import annotations

import re

from ringfence.detectors.base import Match
from ringfence.normalize.view import View
from ringfence.types import Context, Kind

_PRECHECK_ASCII = re.compile(r"\d\d\d\d", re.ASCII)  # unrolled: faster than \d{4}
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


class ShortCodeDetector:
    name = "short_code"
    kinds = frozenset({Kind.PHONE})

    def detect(self, view: View, context: Context) -> list[Match]:
        text = view.text
        if (_PRECHECK_ASCII if text.isascii() else _PRECHECK).search(text) is None:
            return []
        matches = []
        for m in _SHORT_CODE.finditer(text):
            code = m.group("code")
            if _YEAR.fullmatch(code):
                continue
            matches.append(
                Match(Kind.PHONE, "sms", code, m.start("code"), m.end("code"), "short_code.cue", confidence=0.85)
            )
        return matches
