"""Encoded payloads: base64 and hex tokens, and text marked as written backwards, decoded for a rescan.

`EncodedPayloads` is a normalisation transform. A base64 or hex token that decodes to printable, contact-like
text is replaced by its decoded text through `ViewBuilder.replace`, so every decoded character maps to the
whole token and a finding in the decoded text points at (and redaction removes) the encoded token. Text next
to a reversal cue ("read it backwards", "reversed:", "de derecha a izquierda") is reversed character by
character, each reversed character mapping to exactly its own source character, so a reversed email's
finding covers just the reversed email.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
import unicodedata

from ringfence.normalize.base import Transform
from ringfence.normalize.letters import DefangedUrls, unleet
from ringfence.normalize.numbers import dictation_edits
from ringfence.normalize.separators import BracketedSeparators
from ringfence.normalize.spoken import SeparatorNoise
from ringfence.normalize.unicode import INVISIBLE, HtmlEntities, UnicodeFold
from ringfence.normalize.view import View, ViewBuilder

# A run of the base64 alphabet (standard and URL-safe) long enough to hide a contact (12 characters carry
# the 9 bytes of "0712123456"); hex is a subset. Tokens that do not decode to contact-like text are left.
_TOKEN = re.compile(r"(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{12,512}={0,2}(?![A-Za-z0-9+/_=-])")
_HEX = re.compile(r"(?:[0-9a-fA-F]{2}){8,256}")
# Hex written a byte at a time, the bytes apart ("6b 69 6d 2e ...", "6B:69:6D:...", "6b-69-6d-..."): eight bytes
# at least, read as one token once the separators go.
SPACED_HEX = re.compile(r"(?<![0-9A-Za-z:\-])[0-9a-fA-F]{2}(?:[ :\-][0-9a-fA-F]{2}){7,255}(?![0-9A-Za-z:\-])")
_HEX_SEPARATORS = re.compile(r"[ :\-]")

# "Read it backwards" and its family in the languages the marketplace sees. Specific phrasings only, so
# "backwards compatible" or "reverse engineering" do not reverse the text around them.
REVERSAL_CUE = re.compile(
    r"\b(?:"
    r"(?:read|write|written|spell|spelled|spelt|type|typed|read\s{1,3}(?:it|this|that|them))\s{1,3}"
    r"(?:(?:it|this|that|them|my\s{1,3}\w{2,12})\s{1,3})?"
    r"(?:backwards?|in\s{1,3}reverse(?:\s{1,3}order)?|reversed?|(?:from\s{1,3})?right\s{1,3}to\s{1,3}left)"
    # "my number backwards", "the email is reversed:", "number in reverse order:"
    r"|(?:my|the)\s{1,3}(?:number|phone|mobile|email|e-mail|mail|id|handle|username|contact|whatsapp|skype|telegram)"
    r"\s{1,3}(?:is\s{1,3})?(?:written\s{1,3})?(?:backwards?|reversed|in\s{1,3}reverse(?:\s{1,3}order)?)"
    r"|(?:number|email|id|handle|username|digits)\s{1,3}in\s{1,3}reverse(?:\s{1,3}order)?\s{0,3}:"
    r"|reverse\s{1,3}(?:it|this|that|them|the\s{1,3}(?:text|order|letters|digits|characters))"
    # (not a payment's reversal: "the charge was reversed: ...")
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!got\s)(?:reversed|backwards?|in\s{1,3}reverse)\s{0,3}(?::|-{1,2}>|=>|→)"
    # "reversed phone: ...", "4321 765 0030 reversed", "... but backwards": the word right beside the payload
    r"|reversed\s{1,3}(?:number|phone|mobile|email|e-mail|mail|digits|id|handle|username|contact)\s{0,3}:"
    r"|(?<=\d)\s{1,3}(?:reversed|backwards?|in\s{1,3}reverse)\b|\bbut\s{1,3}(?:reversed|backwards?|in\s{1,3}reverse)\b"
    r"|from\s{1,3}right\s{1,3}to\s{1,3}left"
    r"|al\s{1,3}rev[ée]s|de\s{1,3}derecha\s{1,3}a\s{1,3}izquierda|de\s{1,3}atr[áa]s\s{1,3}(?:hacia|para|pa)\s{1,3}adelante"
    r"|al\s{1,3}contrario|alla\s{1,3}rovescia|all['’]incontrario"  # Spanish and Italian
    r"|ult[ae]\s{1,3}(?:padh|parh|likh|order)\w{0,4}"  # Hindi and Urdu: "ulta padho", "ulta likha hai"
    r"|tersten\s{1,3}(?:oku|yaz)\w{0,4}|baca(?:lah)?\s{1,3}(?:terbalik|dari\s{1,3}belakang)|dibalik"
    r"|baliktarin|baligtarin|pabaliktad"  # Turkish, Indonesian, Tagalog
    r"|de\s{1,3}tr[áa]s\s{1,3}(?:para|pra)\s{1,3}(?:a\s{1,3})?frente|ao\s{1,3}contr[áa]rio"
    r"|[àa]\s{1,3}l['’]envers|de\s{1,3}droite\s{1,3}[àa]\s{1,3}gauche"
    r"|r[üu]ckw[äa]rts|von\s{1,3}rechts\s{1,3}nach\s{1,3}links"
    r")",
    re.IGNORECASE,
)
# The reversed payload sits on the cue's line, right after it ("backwards: moc.liamg@nhoj") or right
# before it ("moc.liamg@nhoj (read it backwards)"); this many characters either side are reversed, and a word the
# reach ends in is reversed whole (a cut word would glue its rest to the payload: "...d·i·o" + "orrow").
_REVERSE_REACH = 112
_LEAD_IN = re.compile(r"[\s:=>\-–—,.(\[\"'“]{0,6}")

# What a decoded payload must contain to count as contact-like: an @, a run of digits (a symbol or two between
# them allowed), a link or a messaging platform, or at/dot words. Decoded binary (an image fragment) never
# passes the printable check.
_CONTACTISH = re.compile(
    r"@|\d[\W_]{0,2}\d[\W_]{0,2}\d[\W_]{0,2}\d|https?:|www\.|\.[a-z]{2,6}\b"
    r"|\b(?:at|dot|arroba|punto|ponto|point|punkt|skype|telegram|whatsapp|signal|instagram|insta|wechat"
    r"|discord|linkedin|facebook|gmail|outlook|hotmail|yahoo|phone|call|tel)\b",
    re.IGNORECASE,
)
# The same without the at/dot words, for the payload read with its spacing removed and its leet read as letters
# ("h t t p s : / /", "h77p5://...c0m"), where "4t" would spell "at" by chance.
_CONTACTISH_SHAPE = re.compile(
    r"@|https?:|www\.|\.[a-z]{2,6}\b|\b(?:skype|telegram|whatsapp|signal|instagram|insta|wechat|discord|linkedin"
    r"|facebook|gmail|outlook|hotmail|yahoo)\b",
    re.IGNORECASE,
)
_SPACING = re.compile(r"\s{1,64}")
# A JSON object decoded is machine data (a JWT's header and claims, an API payload: '{"sub":"1234567890"}'),
# not text a person typed to hide a contact.
_MACHINE_DATA = ('{"', "[{")
_OK_CONTROLS = frozenset("\t\n\r")


def decode_spaced_hex(run: str) -> str | None:
    """The contact-like text a `SPACED_HEX` run decodes to, or None."""
    return decode_token(_HEX_SEPARATORS.sub("", run))


def _printable(text: str) -> bool:
    """Decoded text a person could have typed: no control characters, mostly letters, digits and punctuation."""
    if not text or len(text) < 5:
        return False
    plain = marks = 0
    for char in text:
        category = unicodedata.category(char)
        if category == "Cc" and char not in _OK_CONTROLS:
            return False
        if category in ("Cn", "Co", "Cs"):
            return False
        if category in ("Cf", "Mn", "Me"):
            marks += 1  # invisibles and keycap marks a disguise adds inside the payload: not counted either way
        elif char.isalnum() or char.isspace() or category[0] == "P" or (category[0] == "S" and char.isascii()):
            plain += 1  # punctuation too: a symbol put between every character ("j*o*h*n", "0|7|1|2") is typed
    return plain * 10 >= (len(text) - marks) * 8


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def hex_digits(token: str) -> str | None:
    """The hex digits of a hex token, its "0x" prefix left out ("0x6b69...", as code writes bytes), or None."""
    digits = token[2:] if token.startswith(("0x", "0X")) else token
    return digits if _HEX.fullmatch(digits) else None


def decode_token(token: str) -> str | None:
    """The contact-like text a base64 or hex token decodes to, or None."""
    candidates: list[str | None] = []
    if (digits := hex_digits(token)) is not None:
        candidates.append(_utf8(binascii.unhexlify(digits)))
    body = token.rstrip("=")
    padded = body + "=" * (-len(body) % 4)
    if len(body) % 4 != 1:
        alphabet = b"-_" if ("-" in body or "_" in body) else b"+/"
        with contextlib.suppress(binascii.Error, ValueError):
            candidates.append(_utf8(base64.b64decode(padded, altchars=alphabet, validate=True)))
    for text in candidates:
        if text is not None and _printable(text) and not text.startswith(_MACHINE_DATA):
            folded = _folded(text)
            if _CONTACTISH.search(folded) or dictation_edits(folded):  # number words: a dictated phone
                return text
            tight = _SPACING.sub("", folded)  # spelled out one character at a time ("+ 3 3   6   1 2")
            if _CONTACTISH.search(tight) or _CONTACTISH_SHAPE.search(unleet(tight)):
                return text
    return None


# The folding a payload is judged after: it may itself be disguised (entities "&#64;", look-alike or fullwidth
# letters, circled digits, zero-width characters or keycap marks, "(.)", "hxxps", a symbol between every
# character "s·k·y·p·e", spacing and leet, the last two on copies). The views fold it again
# after decoding; this only decides whether the token is decoded.
_PAYLOAD_FOLD: tuple[Transform, ...] = (
    HtmlEntities(),
    UnicodeFold(),
    DefangedUrls(),
    BracketedSeparators(),
    SeparatorNoise(),
)


def _folded(text: str) -> str:
    view = View.identity(INVISIBLE.sub("", unicodedata.normalize("NFKC", text)))
    for transform in _PAYLOAD_FOLD:
        if transform.needed(view.text):
            view = transform.apply(view)
    return view.text


def mixed_token(token: str) -> bool:
    """Encoded data mixes classes: a digit, or a capital after the first character next to lower case. A
    long plain word, capitalised or not ("Congratulations", "internationalisation"), does not; base64 of
    text always has capitals inside (each 4-character group starts with one for lower-case letters)."""
    if any(map(str.isdigit, token)):
        return True
    rest = token[1:]
    return rest != rest.lower() and token != token.upper()


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _word_start(text: str, start: int, floor: int) -> int:
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return start


def _word_end(text: str, end: int, ceiling: int) -> int:
    while end < ceiling and not text[end].isspace():
        end += 1
    return end


class EncodedPayloads:
    """Decode base64/hex tokens and reverse text marked as backwards, so detectors can rescan them."""

    name = "decoded"

    def needed(self, text: str) -> bool:
        for m in _TOKEN.finditer(text):
            if mixed_token(m.group(0)):
                return True
        return SPACED_HEX.search(text) is not None or REVERSAL_CUE.search(text) is not None

    def apply(self, view: View) -> View:
        text = view.text
        # Edits as (start, end, kind): "d" decodes a token, "r" reverses a segment. Sorted, non-overlapping.
        edits: list[tuple[int, int, str]] = []
        for m in _TOKEN.finditer(text):
            token = m.group(0)
            if mixed_token(token):
                decoded = decode_token(token)
                if decoded is not None:
                    edits.append((m.start(), m.end(), decoded))
        for m in SPACED_HEX.finditer(text):
            decoded = decode_spaced_hex(m.group(0))
            if decoded is not None:
                edits.append((m.start(), m.end(), decoded))
        for cue in REVERSAL_CUE.finditer(text):
            line_start, line_end = _line_bounds(text, cue.start(), cue.end())
            after_start = _LEAD_IN.match(text, cue.end())
            after = after_start.end() if after_start else cue.end()
            segments = (
                (_word_start(text, max(line_start, cue.start() - _REVERSE_REACH), line_start), cue.start()),
                (after, _word_end(text, min(line_end, after + _REVERSE_REACH), line_end)),
            )
            for start, end in segments:
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1] in " \t([\"'“":
                    end -= 1
                if end - start >= 5:
                    edits.append((start, end, ""))
        if not edits:
            return view
        edits.sort()
        builder = ViewBuilder(view, self.name)
        cursor = 0
        for start, end, decoded in edits:
            if start < cursor:
                continue  # overlaps an earlier edit: the earlier one wins
            builder.copy(cursor, start)
            if decoded:
                builder.replace(start, end, decoded)
            else:
                for i in range(end - 1, start - 1, -1):
                    builder.replace(i, i + 1, text[i])
            cursor = end
        builder.copy(cursor, len(text))
        return builder.build()


__all__ = ["SPACED_HEX", "EncodedPayloads", "decode_spaced_hex", "decode_token", "hex_digits"]
