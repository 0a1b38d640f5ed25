"""Phone numbers through phonenumbers, for every region.

One compiled candidate search finds runs of digits joined by phone separators; only those candidates reach
phonenumbers (parse + is_valid_number cost ~90 µs, so ordinary chat must never get there). A candidate is
read in three ways, in order: with its own "+CC"/"00CC" prefix; with the regions the text suggests (the
context's locale, country names and demonyms near it); with a short list of regions where the marketplace's
users live. Numbers of fictional and reserved ranges, which people and test data write and phonenumbers calls
invalid, are read as written: a possible "+CC" number, a range published for fiction, a possible reading grouped
as its region writes it, a local 3-4 number right after a strong cue. Shapes that only look like numbers
(dates, ranges, versions, IPs, decimals, cards, ZIP+4, ISBNs) and numbers named as something else ("order #",
"invoice", "ref") are dropped before any parse.
"""

from __future__ import annotations

import importlib
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import phonenumbers
from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    REGION_CODE_FOR_NON_GEO_ENTITY,
    NumberParseException,
    PhoneMetadata,
    PhoneNumberFormat,
    PhoneNumberType,
    re_util,
)
from stdnum import ean, isbn, isin

from ringfence.detectors.base import (
    TEST_DATA_CONFIDENCE,
    Match,
    ascii_digit_count,
    placeholder_said,
    sample_value,
    street_follows,
)
from ringfence.intent.lexicon import CONTACT_PLATFORMS
from ringfence.normalize.cues import byte_classes, encoded
from ringfence.normalize.numbers import MIDDLE_DOTS, MIN_COUNT, dictation_languages, glued_pieces, steps_up
from ringfence.normalize.view import View, words
from ringfence.patterns import factored
from ringfence.types import Context, Kind

# Separators people put inside a number: spaces (also no-break and thin), brackets, dot, slash, dashes, and the
# middle dots and bullets a dot is swapped for (`MIDDLE_DOTS`).
_SEP = rf"[ \t\u00a0\u2009\u202f().\-/\u2010-\u2015{MIDDLE_DOTS}]"
# What stands between two digits of one number: up to three separators, with the bracket closing or opening a
# group beside them, spaced inside or not ("(0300) - 123", "[0300] 123 [4567]", "[ 0300 ] 123"), or an ellipsis,
# spaced ("0917 ... 123", "415 … 555", "0917 . . . 123") or not ("415…555"); "..." unspaced is three separators
# already.
_GAP = (
    rf"(?:(?:[ \t]?[)\]}}])?{_SEP}{{0,3}}(?:[(\[{{][ \t]?)?"
    rf"|[ \t\u00a0]{{1,2}}(?:\.{{2,3}}|…|\.(?: \.){{2}})[ \t\u00a0]{{1,2}}|…)"
)
# A digit may not precede the candidate (it would start mid-run), nor a currency sign, "#" (hex colour,
# order #), "+" (handled by the pattern) or a thousands separator after a digit ("1,299"); a comma after four
# digits or more lists numbers ("07911123456,07911123457").
_CANDIDATE = re.compile(
    r"(?<![\d#$€£¥₹₦₱₽+])(?<!\d\.)(?<!(?<!\d{3})\d,)"
    r"(?P<lead>(?:tel:\s{0,2})?\+\s{0,2}|[(\[{]\s{0,2}(?:\+\s{0,2})?)?"
    rf"(?P<number>\d(?:{_GAP}\d){{5,23}})"
    r"(?P<ext>\s{0,2}(?:ext\.?|extn\.?|extension|x|#)\s{0,2}\d{1,6}(?!\d))?",
    re.IGNORECASE,
)
# The cheap check every text pays: six digits joined by separators at most. ASCII text gets the ASCII
# pattern (faster); other text keeps every script's digits, which phonenumbers reads.
_PRECHECK_ASCII = re.compile(rf"\d(?:{_GAP}\d){{5}}", re.ASCII)
_PRECHECK = re.compile(rf"\d(?:{_GAP}\d){{5}}")
_CLOSING = {"(": ")", "[": "]", "{": "}"}  # the bracket a lead opens, which the number may close ("(+44) 7700 ...")
_CLOSERS = frozenset(_CLOSING.values())
_CLOSER_AFTER = re.compile(r"[ \t]?[)\]}]")


def _opens_more(written: str) -> bool:
    """Whether `written` opens more brackets than it closes."""
    return sum(written.count(o) for o in _CLOSING) > sum(written.count(c) for c in _CLOSERS)


_LEAD_MAX = 8  # "tel: +", "( " or "(+" before the first digit
_LEAD_REACH = 9  # the longest lead the candidate pattern allows: "tel:  +  "
_GROUP = re.compile(r"\d{1,24}")
_EXTENSION = re.compile(r"\s{0,2}(?:ext|extn|extension|x|#)", re.IGNORECASE)
# A run that goes on (more digits after a separator) is longer than any phone number: a long id.
_RUN_GOES_ON = re.compile(rf"{_GAP}\d")
_GLUED_LEFT = re.compile(r"[^\W_]{1,24}$")


def _glued_left(text: str, start: int) -> bool:
    """Whether _GLUED_LEFT may match before `start`: a letter or digit ends there (or before a final newline,
    where "$" also matches)."""
    last = text[start - 1 : start]
    return last.isalnum() or (last == "\n" and text[start - 2 : start - 1].isalnum())


_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_LETTER_DIGIT_TURN = re.compile(r"(?=[A-Za-z][0-9]|[0-9][A-Za-z])")  # each place letters and digits meet
_EXTENSION_GLUED = re.compile(r"(?:ext|extn|x)[0-9]{1,6}", re.IGNORECASE)


def _inside_key(text: str, start: int, end: int) -> bool:
    """Whether the run text[start:end] is glued inside a longer token that mixes letters and digits beside it
    too ("4155551234abXyZ9kLmn", "AbC9x4155551234"), or has an identifier's parts on both sides: a key, a wallet
    address or an id, where no phone number is written. A word glued to the number ("Help0871...", "call0905...now",
    "0845...over18's") or an extension ("4155551234x22") is still read."""
    left = start
    while left > 0 and text[left - 1] in _KEY_CHARS:
        left -= 1
    right = end
    while right < len(text) and text[right] in _KEY_CHARS:
        right += 1
    before, after = text[left:start], text[end:right]
    if not before and not after:
        return False  # nothing glued: most numbers
    if _EXTENSION_GLUED.fullmatch(after):
        after = ""
    if before and after and ("_" in before or "_" in after):
        return True  # an identifier's part on both sides, one joined by "_" ("sk_test_4155551234AbCd")
    # Twice between letters and digits beside the number: random characters, not a word and a number ("over18's")
    return len(_LETTER_DIGIT_TURN.findall(before)) >= 2 or len(_LETTER_DIGIT_TURN.findall(after)) >= 2


# The cue and unit patterns below are written in lower case and applied to lower-cased windows: Python's
# re.IGNORECASE makes alternations several times slower.
_AFTER_WINDOW = 24  # enough for the longest unit word after a number

# Cue words that make a number a phone number, looked for just before or after it: the word for "phone",
# "number", "call me", the messaging apps people name a number by, in the marketplace's languages, and the mobile
# wallets whose accounts are phone numbers (GCash, JazzCash, bKash, M-Pesa, OPay, Paytm).
# Scripts written without spaces (Chinese, Japanese, Korean) have no word boundaries, so they stand alone.
_PHONE_CUE = re.compile(
    r"\b(?:call(?:ing|ed)?|phone|ph|tel|telephone|mob(?:ile)?|cell(?:phone)?|whats\s?app|whats|wa|wsp|wasap|"
    r"viber|telegram|signal|imo|text(?:ing)?|txt|sms|ring|dial|contact|number|num|no|hotline|helpline|fax|"
    r"landline|reach|line|direct|office|home|work|telefon|telefone|telefono|teléfono|tlf|fone|celular|cel|"
    r"móvil|movil|número|numero|numéro|portable|handy|nummer|nr|rufnummer|zap|zapzap|ligue|liga|llámame|"
    r"llamame|márcame|marcame|appelle|chiamami|ruf|anrufen|nomer|nomor|hubungi|telp|kontak|tawagan|"
    r"ra[qk29]a?m[iy]?|n[ei]mr[ae]|kall?[aei]mn[iy]|"
    r"numara|numaram|telefonum|số|sdt|sđt|điện\s?thoại|dien\s?thoai|namba|nambari|simu|nipigie|piga|"
    r"gcash|paymaya|jazzcash|easypaisa|bkash|nagad|mpesa|m-pesa|opay|palmpay|paytm|phonepe|"
    r"номер|тел|телефон|звони|позвони|пиши|напиши|дзвони|вотсап|ватсап|вацап|вайбер|телеграм|телега|رقم|رقمي|هاتف|موبايل|نمبر|فون|फ़ोन|फोन|नंबर|নম্বর|ফোন)\b"
    r"|手机|手機|电话|電話|号码|號碼|番号|携帯|연락처|번호|전화|핸드폰",
)
# A business's or person's tax or national id, named in an invoicing, payroll or registration job.
_TAX_ID_NAMES = r"cpf|cnpj|nit|rut|ruc|rfc|cuit|cuil|nif|cif|siret|siren|tva|gstin|ntn|rg|c[eé]dula|sss|philhealth"
_TAX_ID_NAME = re.compile(rf"\b(?:{_TAX_ID_NAMES})\b")
# A number named as something else: the name is the last word before it ("Order #", "invoice no.").
_OTHER_CUE = re.compile(
    r"\b(?:order|invoice|inv|ticket|ref|reference|tracking|track|awb|sku|serial|s/n|part|p/n|mpn|po|case|booking|"
    r"confirmation|conf|transaction|txn|trx|receipt|pnr|isbn|issn|id|identifier|code|pin|otp|acct|account|"
    r"a/c|iban|swift|bic|routing|sort\s?code|zip|postcode|postal\s?code|model|item|product|batch|lot|ssn|"
    r"nin|passport|licen[cs]e|cnic|nric|aadhaar|aadhar|bvn|nuban|policy|member|membership|customer|"
    r"voucher|coupon|version|ver|build|release|patch|cve|doi|asin|ean|upc|imei|vin|shipment|parcel|"
    r"social\s?security|insurance|tax|vat|ein|itin|" + _TAX_ID_NAMES + "|"
    r"(?:credit|debit|gift|atm|loyalty|sim)\s?card|card\s(?:number|no)|"
    r"apt|apartment|suite|ste|unit|flat|room|floor|bldg|building|box|"
    r"consignment|waybill|docket|file|job|project|task|issue|pr|commit|bug|ticket)"
    r"\.?\s{0,2}(?:(?:number|num|no|nr|n°|nº|id|code|#)\.?\s{0,2})?[:#=\-]?\s{0,2}"
    r"(?:(?:is|was|are|es|é|est|ist)\s{0,2}[:\-]?\s{0,2})?$",  # "the PO is ...", "order number is ..."
)
_CURRENCY_BEFORE = re.compile(
    r"(?:[$€£¥₹₦₱₽৳₩₨]|\b(?:rs|inr|usd|eur|gbp|ngn|pkr|kes|php|aed|sar|rub|uah|brl|mxn|zar|aud|cad|"
    r"bdt|egp|idr|vnd|tk|ksh|руб|грн))\.?\s{0,2}$",
)
_UNIT_AFTER = re.compile(
    r"\s{0,2}(?:[$€£¥₹₦₱₽৳₩₨%]|(?:rs|inr|usd|eur|gbp|ngn|pkr|kes|php|aed|sar|rub|uah|brl|mxn|zar|aud|cad|bdt|"
    r"egp|idr|vnd|dollars?|euros?|pounds?|rupees?|naira|pesos?|reais|dirhams?|руб\w{0,6}|грн|р\.|"
    r"k|m|bn|km|kg|mb|gb|kb|px|words?|views?|users?|followers?|subscribers?|downloads?)\b)",
)
# The long alternations above, trie-shaped: the same matches with a few character tests per position.
_PHONE_CUE_SOURCE, _OTHER_CUE_SOURCE, _CURRENCY_SOURCE = _PHONE_CUE, _OTHER_CUE, _CURRENCY_BEFORE
_PHONE_CUE, _OTHER_CUE, _CURRENCY_BEFORE = factored(_PHONE_CUE), factored(_OTHER_CUE), factored(_CURRENCY_BEFORE)


_parser: Any = importlib.import_module("re._parser")  # the stdlib regex parser, as ringfence.patterns uses it
_c: Any = importlib.import_module("re._constants")


def _expand(items: Any) -> list[str]:
    """Every string a finite, flag-free pattern matches, with whitespace written as one space, a digit as 0 and
    a word boundary as nothing."""
    out = [""]
    for op, av in items:
        if op is _c.LITERAL:
            options = [chr(av)]
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            options = _expand(av[3])
        elif op is _c.BRANCH:
            options = [word for alternative in av[1] for word in _expand(alternative)]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[1] <= 3:
            once = _expand(av[2])
            options = [""] if av[0] == 0 else []
            for count in range(max(av[0], 1), av[1] + 1):
                options += ["".join(parts) for parts in itertools.product(once, repeat=count)]
        elif op is _c.IN and all(kind is _c.LITERAL for kind, _ in av):
            options = [chr(value) for _, value in av]
        elif op is _c.IN and av == [(_c.CATEGORY, _c.CATEGORY_SPACE)]:
            options = [" "]
        elif op is _c.IN and av == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
            options = ["0"]
        elif op is _c.AT and av is _c.AT_BOUNDARY:
            options = [""]
        else:
            raise ValueError(f"cannot expand {op} in a cue pattern")
        out = [head + tail for head in out for tail in options]
    return out


def _ascii_cues(pattern: re.Pattern[str]) -> tuple[frozenset[str], frozenset[str]]:
    r"""For a pattern `\b(?:words)\b|glyphs`: the ASCII words that match on their own, and the first word of
    every ASCII match. In an ASCII window, a word (a maximal run of \w) of the first kind is a match, and a
    window with no word of the second kind holds none."""
    items = list(_parser.parse(pattern.pattern))
    words, *glyphs = items[0][1][1] if len(items) == 1 and items[0][0] is _c.BRANCH else [items]
    (before, _), inner, (after, _) = words
    if before is not _c.AT or after is not _c.AT or any(w.isascii() for g in glyphs for w in _expand(g)):
        raise ValueError("the cue pattern changed shape; update _ascii_cues")
    matches = [w for w in _expand([inner]) if w.isascii()]
    whole = frozenset(w for w in matches if _ASCII_WORD.fullmatch(w))
    first = {_ASCII_WORD.match(w) for w in matches}
    if None in first or not all(pattern.fullmatch(w) for w in whole):
        raise ValueError("a cue does not start with a word character")
    return whole, frozenset(m.group(0) for m in first if m is not None)


# A word of an ASCII text (\w there), bounded as every pattern here is: longer than the cue windows, and a
# longer run of a whole text only adds words to a necessary condition (no region word is that long).
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]{1,64}")
_MAX_WORD = 64
# The same words split in C: every byte of the UTF-8 text but an ASCII word's made a space, the runs left are
# the words (findall cuts a run longer than _MAX_WORD in pieces; split keeps it whole).
_WORD_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"
_OTHER_BYTES = bytes(c for c in range(256) if c not in _WORD_BYTES)
_ONLY_WORDS = bytes.maketrans(_OTHER_BYTES, b" " * len(_OTHER_BYTES))


def _word_runs(text: str) -> list[bytes]:
    """The runs of ASCII letters, digits and "_" in `text`, as bytes."""
    return text.encode("utf-8", "surrogatepass").translate(_ONLY_WORDS).split()


_CUE_WORDS, _CUE_FIRST_WORDS = map(encoded, _ascii_cues(_PHONE_CUE_SOURCE))


# A name word (_OTHER_CUE) or a currency (_CURRENCY_BEFORE) ends a window only after what may follow it (dots,
# spaces, ":#=-") is stripped; in an ASCII window the stripped text then ends with one of these endings (the
# last word of a name, of a "number"-like word after it, or a currency), so a window ending otherwise is ruled
# out before the searches.
_TAIL_CHARS = ".:#=- \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"


def _endings(pattern: re.Pattern[str], group: int) -> tuple[str, ...]:
    """The endings after the last space of the ASCII strings the `group`-th item of `pattern` (a word alternation)
    matches: "code" of "sort code", "s/n" whole."""
    item = list(_parser.parse(pattern.pattern))[group]
    words = [w for w in _expand([item]) if w.isascii() and w != "$"]  # "$": the one ASCII currency sign
    if not all(re.search(r"[a-z]\Z", w) for w in words):
        raise ValueError("the cue pattern changed shape; update _endings")
    return tuple(sorted({w.split()[-1] for w in words}))


_OTHER_ENDINGS = (
    *_endings(_OTHER_CUE_SOURCE, 1), "number", "num", "no", "nr", "id", "code", "is", "was", "are", "es", "est", "ist"
)  # fmt: skip
_CURRENCY_ENDINGS = (*_endings(_CURRENCY_SOURCE, 0), "$")


def named_or_priced(before: str, written: str) -> bool:
    """_OTHER_CUE.search(before) or _CURRENCY_BEFORE.search(before), ruled out from the window's end when ASCII.
    `before` is the lower-cased window, `written` the same window as written."""
    if before.isascii():
        stripped = before.rstrip(_TAIL_CHARS)
        spaced = before.rstrip()
        priced = (spaced[:-1] if spaced.endswith(".") else spaced).endswith(_CURRENCY_ENDINGS)
        if not priced and not stripped.endswith(_OTHER_ENDINGS):
            return False
    named = _OTHER_CUE.search(before)
    if named is not None and not _tagalog_po(named, written) and not _labels_a_contact(before, named.start()):
        return True
    return _CURRENCY_BEFORE.search(before) is not None


_WORD_BEFORE = re.compile(r"(\S{1,40})\s{1,3}\Z")


def _labels_a_contact(before: str, name_start: int) -> bool:
    """Whether a phone's cue word stands right before the name word: "whatsapp id: 0300...", "gcash account is
    0917..." label a contact, not an order or an account elsewhere."""
    word = _WORD_BEFORE.search(before, 0, name_start)
    return word is not None and _has_phone_cue(word.group(1))


def _tagalog_po(named: re.Match[str], written: str) -> bool:
    """Whether the name word found is a bare lower-case "po": the Tagalog particle of respect ("text me po 0917...",
    "gcash ko po 0917..."), where a purchase order is written "PO", "PO#" or "po no."."""
    return named.group(0).rstrip(_TAIL_CHARS) == "po" and written[named.start() : named.end()].rstrip() == "po"


# What the words say of a number, as bits of a plain int (an IntFlag's operators cost microseconds): the words
# around it that it is a phone, the text that it is a mobile (it names a messaging app, or is in a language of a
# region where mobiles are written with their trunk prefix).
_CUE_NONE, _CUE_PHONE, _CUE_MOBILE = 0, 1, 2


# Apps that run on a mobile number (the intent lexicon's spellings) and the common words of Hindi/Urdu in Latin
# script (two of them say the language, which India and Pakistan share): a number given there is a mobile.
_MESSENGER = re.compile(
    r"\b(?:"
    + "|".join(f"(?:{s})" for name in ("whatsapp", "telegram", "viber") for s in CONTACT_PLATFORMS[name])
    + r")\b"
)
_, _MESSENGER_FIRST_WORDS = _ascii_cues(_MESSENGER)
_MOBILE_LANGUAGE_WORDS = words("mera meri mujhe aap hai karo karein kijiye bhai yaar nahi")
# The common words of languages spoken in one region (two of them say the language): a region hint.
_LANGUAGE_OF_REGION = {
    "PH": words("akin ako ikaw naman lang po tawag tawagan kayo ninyo niyo salamat yung kasi"),
    # Russian and Ukrainian in Latin letters ("moy nomer ...", "miy nomer ...")
    "RU": words("moy nomer zvoni pozvoni pishi napishi"),
    "UA": words("miy mii nomer dzvony podzvony pyshy napyshy"),
    "EG": words("raqmi rakmi kalemni kalimni kallimni 3ala 3andi 3ndi ana enta enti"),  # Arabizi, most written there
    "ID": words("aku saya kamu kak gan dong aja bisa hubungi nomor nya"),
    "TR": words("beni ara arayin arayın numaram numaramı bana yaz bir mesaj whatsapptan merhaba tamam"),
    "VN": words("anh chị em gọi goi số nhé nhe ạ zalo"),
}
_LANGUAGE_WORDS = frozenset().union(*_LANGUAGE_OF_REGION.values())
# A script hints the region that writes it: Cyrillic with a letter only Ukrainian writes ("і ї є ґ") Ukraine,
# other Cyrillic Russia; Hangul Korea; kana Japan; Han characters alone China; Bengali Bangladesh (most of its
# writers; an Indian number that Bangladesh cannot read still falls back to India); the scripts of India;
# Arabic with a letter only Urdu writes Pakistan; Thai, Hebrew, Greek, Georgian, Armenian and Sinhala their
# countries.
_UKRAINIAN_LETTERS = re.compile("[іїєґ]")
_SCRIPT_OF_REGION = (
    ("KR", re.compile("[\uac00-\ud7a3]")),
    ("JP", re.compile("[\u3040-\u30ff]")),
    ("CN", re.compile("[\u4e00-\u9fff]")),
    ("RU", re.compile("[а-я]")),
    ("BD", re.compile("[\u0980-\u09ff]")),
    ("IN", re.compile("[\u0900-\u097f\u0a00-\u0d7f]")),
    ("PK", re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")),
    ("TH", re.compile("[\u0e00-\u0e7f]")),
    ("IL", re.compile("[\u05d0-\u05ea]")),
    ("GR", re.compile("[\u03ac-\u03ce]")),
    ("GE", re.compile("[\u10d0-\u10ff]")),
    ("AM", re.compile("[\u0561-\u0587]")),
    ("LK", re.compile("[\u0d80-\u0dff]")),
)


# Any letter of those scripts: one search answers the texts whose only non-ASCII characters are symbols ("£", "’").
_ANY_HINTING_SCRIPT = re.compile("|".join(script.pattern for _, script in _SCRIPT_OF_REGION))


def _region_of_script(lower: str) -> str | None:
    """The region a non-ASCII text's script hints (`_SCRIPT_OF_REGION`), or None."""
    if _ANY_HINTING_SCRIPT.search(lower) is None:
        return None
    region = next((region for region, script in _SCRIPT_OF_REGION if script.search(lower)), None)
    return "UA" if region == "RU" and _UKRAINIAN_LETTERS.search(lower) else region


def _says_mobile(lower: str, text_words: frozenset[str]) -> bool:
    """Whether a lower-cased text with these ASCII words (`_HINT_WORDS` of them) names a messaging app or is in
    Hindi/Urdu. The names are ASCII and the search wants no letter, digit or "_" before one: a text with no ASCII
    word a name starts with names none."""
    if len(_MOBILE_LANGUAGE_WORDS.intersection(text_words)) >= 2:
        return True
    if _MESSENGER_FIRST_WORDS.isdisjoint(text_words):
        return False
    return _MESSENGER.search(lower) is not None


def _has_phone_cue(*windows: str) -> bool:
    """Whether _PHONE_CUE finds a cue in any of the windows, answered from their words when they are ASCII (their
    words are those of the windows joined by a space)."""
    joined = " ".join(windows)
    if joined.isascii():
        words = _word_runs(joined)  # shorter than _MAX_WORD: its words are its runs
        if not _CUE_WORDS.isdisjoint(words):
            return True
        if _CUE_FIRST_WORDS.isdisjoint(words):
            return False
    return any(_PHONE_CUE.search(window) is not None for window in windows)


_TIME_AFTER = re.compile(r"\s{0,2}(?::\d|[ap]\.?m\b|h\d|hrs?\b|o'?clock)")
_TIME_BEFORE = re.compile(r"\d:$")

# Region hints written in the text: country names, demonyms, capitals, and the payment and messaging apps used
# in one country only (bKash is Bangladeshi, JazzCash Pakistani, Zalo Vietnamese).
_REGION_WORDS = {
    "GB": "uk|u.k|britain|british|england|scotland|wales|london|manchester|gb",
    "US": "usa|u.s|u.s.a|america|american|united states|new york|california|texas",
    "CA": "canada|canadian|toronto|vancouver|montreal",
    "IN": "india|indian|delhi|mumbai|bangalore|bengaluru|hyderabad|chennai|kolkata|paytm|phonepe",
    "PK": "pakistan|pakistani|karachi|lahore|islamabad|jazzcash|easypaisa|sadapay|nayapay",
    "NG": "nigeria|nigerian|lagos|abuja",
    "PH": "philippines|filipino|filipina|pinoy|manila|cebu|gcash|paymaya",
    "BD": "bangladesh|bangladeshi|dhaka|bkash|nagad",
    "KE": "kenya|kenyan|nairobi|mpesa|m-pesa",
    "ZA": "south africa|south african|johannesburg|cape town|durban",
    "AU": "australia|australian|sydney|melbourne|brisbane|perth",
    "NZ": "new zealand|kiwi|auckland",
    "DE": "germany|german|deutschland|berlin|munich|münchen|hamburg",
    "FR": "france|french|paris|lyon",
    "ES": "spain|spanish|españa|madrid|barcelona",
    "IT": "italy|italian|italia|rome|milan",
    "NL": "netherlands|dutch|amsterdam",
    "BR": "brazil|brasil|brazilian|são paulo|sao paulo|rio",
    "MX": "mexico|méxico|mexican|guadalajara",
    "AR": "argentina|argentinian|buenos aires",
    "CO": "colombia|colombian|bogota|bogotá",
    "AE": "uae|emirates|dubai|abu dhabi|sharjah",
    "SA": "saudi|ksa|riyadh|jeddah",
    "EG": "egypt|egyptian|cairo|alexandria|vodafone cash|etisalat cash|instapay|fawry",
    "MA": "morocco|moroccan|casablanca",
    "UA": "ukraine|ukrainian|kyiv|kiev|україна",
    "RU": "russia|russian|moscow|россия|москва",
    "TR": "turkey|türkiye|turkish|istanbul|ankara",
    "ID": "indonesia|indonesian|jakarta|bali",
    "VN": "vietnam|viet nam|vietnamese|hanoi|saigon|hcmc|zalo",
    "MY": "malaysia|malaysian|kuala lumpur",
    "SG": "singapore|singaporean",
    "TH": "thailand|thai|bangkok",
    "CN": "china|chinese|beijing|shanghai",
    "JP": "japan|japanese|tokyo",
    "IE": "ireland|irish|dublin",
    "PL": "poland|polish|warsaw",
    "GH": "ghana|ghanaian|accra",
    "LK": "sri lanka|sri lankan|colombo",
    "NP": "nepal|nepali|kathmandu",
}
# Words (and two-word names) are looked up in a dict: one big alternation regex costs microseconds a char.
_REGION_OF_WORD = {word: region for region, words in _REGION_WORDS.items() for word in words.split("|")}
# One search over the lower-cased text; longest names first so "south africa" wins over a shorter name.
_REGION_WORD = factored(
    re.compile(
        r"(?<![\w.])(?:"
        + "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in sorted(_REGION_OF_WORD, key=len, reverse=True))
        + r")(?![\w])"
    )
)
# An ASCII region word is an ASCII word of the text (the search wants no letter, digit or "_" beside it), or
# words of it in a row: a text with no such word (no word of each multi-word name) names none in ASCII, which a
# set test tells before the search. The others each hold a non-ASCII word, found as a substring.
_REGION_SINGLE = frozenset(w for w in _REGION_OF_WORD if _ASCII_WORD.fullmatch(w))
_REGION_MULTI = tuple(
    frozenset(_ASCII_WORD.findall(w)) for w in _REGION_OF_WORD if w.isascii() and not _ASCII_WORD.fullmatch(w)
)
# Every multi-word name has two words at least: a text with fewer of their words names none.
_REGION_MULTI_WORDS = frozenset().union(*_REGION_MULTI)
assert all(len(name) >= 2 for name in _REGION_MULTI), "a multi-word name of one word"
_REGION_NON_ASCII = tuple(next(p for p in w.split() if not p.isascii()) for w in _REGION_OF_WORD if not w.isascii())


# The ASCII words the text-level hints read (languages, Hindi/Urdu, region names, the first words of app names):
# a text's other words change none of them, so only these are kept of its words.
_HINT_WORDS = frozenset().union(
    *_LANGUAGE_OF_REGION.values(), _MOBILE_LANGUAGE_WORDS, _MESSENGER_FIRST_WORDS, _REGION_SINGLE, *_REGION_MULTI
)
_HINT_BYTES = encoded(_HINT_WORDS)


# Every ASCII word byte made "x", every other byte a space: a run longer than _MAX_WORD is a substring then.
_WORD_MARKS = byte_classes({_WORD_BYTES: b"x"})
_LONGER_THAN_WORD = b"x" * (_MAX_WORD + 1)


def _hint_words(lower: str) -> frozenset[str]:
    """_HINT_WORDS.intersection(_ASCII_WORD.findall(lower)), the words split in C unless a run is longer than
    _MAX_WORD (findall's pieces of it are words then)."""
    data = lower.encode("utf-8", "surrogatepass")
    if _LONGER_THAN_WORD in data.translate(_WORD_MARKS):
        return _HINT_WORDS.intersection(_ASCII_WORD.findall(lower))
    return frozenset(map(bytes.decode, _HINT_BYTES.intersection(data.translate(_ONLY_WORDS).split())))


def _may_name_region(lower: str, text_words: frozenset[str]) -> bool:
    """False when the lower-cased text, whose ASCII words are `text_words` (`_HINT_WORDS` of them), cannot hold a
    match of _REGION_WORD (a necessary condition)."""
    if not _REGION_SINGLE.isdisjoint(text_words):
        return True
    if len(_REGION_MULTI_WORDS.intersection(text_words)) >= 2 and any(map(text_words.issuperset, _REGION_MULTI)):
        return True
    return not lower.isascii() and any(map(lower.__contains__, _REGION_NON_ASCII))


# Where a bare national number is read when nothing in the text says otherwise, most likely first.
FALLBACK_REGIONS = (
    "US", "GB", "IN", "PK", "NG", "PH", "BD", "KE", "ZA", "AU", "CA", "DE", "FR", "ES", "BR", "MX", "AE", "EG",
    "UA", "RU", "ID", "VN",
)  # fmt: skip

# Where mobiles are written without the trunk prefix their national format shows ("98765 43210").
_BARE_MOBILES = frozenset({"IN"})
_CUE_WINDOW_BEFORE = 32
_CUE_WINDOW_AFTER = 24
assert _CUE_WINDOW_BEFORE + _CUE_WINDOW_AFTER + 2 < _MAX_WORD, "two cue windows' words must fit _ASCII_WORD"
# phonenumbers.parse + is_valid_number cost ~90 µs: a candidate may try 24 readings (regions x sub-runs)
# and a text 192, so a hostile text full of digit runs stays cheap; real messages use a handful.
_MAX_PARSES = 24
_MAX_PARSES_PER_TEXT = 192
_MAX_SPANS = 32  # sub-runs of one candidate read at most
_MIN_DIGITS = 7
_USUAL_LENGTHS = (9, 11)
_MAX_DIGITS = 15
_MAX_LOCAL_DIGITS = 9  # the longest number written without its area code (_cued_local)


@dataclass(frozen=True, slots=True)
class _Region:
    code: str
    country_code: str
    trunk: str  # the national prefix a written national number starts with ("" when none is used)
    lengths: frozenset[int]


@lru_cache(maxsize=512)
def _region(code: str) -> _Region | None:
    meta = PhoneMetadata.metadata_for_region(code)
    if meta is None or meta.general_desc is None:
        return None
    # NANP numbers are written without their "1" trunk prefix, so it is not required.
    trunk = "" if meta.country_code == 1 else (meta.national_prefix or "")
    lengths = frozenset(meta.general_desc.possible_length or ())
    return _Region(code, str(meta.country_code), trunk, lengths)


_ASCII_NON_DIGITS = bytes(c for c in range(128) if not chr(c).isdigit())


def _digits(text: str) -> str:
    """The digits of `text` as ASCII (phonenumbers' own version walks every character through Unicode data)."""
    if text.isascii():  # a run of digits only (most candidates) is its own digits
        return text if text.isdecimal() else text.encode().translate(None, _ASCII_NON_DIGITS).decode()
    return str(phonenumbers.normalize_digits_only(text))


@lru_cache(maxsize=32768)
def valid_number(written: str, code: str | None) -> phonenumbers.PhoneNumber | None:
    """The valid number `written` denotes (dialled from region `code`, or international when None), or None.

    Cached: spam and chat repeat numbers. For the many regions whose national prefix is a plain literal, the
    number is built directly, which is about 8x cheaper than phonenumbers.parse; so are numbers written without
    a carrier code where the prefix may carry one (Australia), and ten NANP digits; digits after a region's "00"
    international prefix are read as after "+". Other readings (prefix transforms, leading zeros kept, carrier
    codes, longer international prefixes) go through parse.
    """
    meta = PhoneMetadata.metadata_for_region(code) if code else None
    if meta is not None and written.isdigit() and _plain_trunk(meta):
        prefix = _trunk_pattern(meta.national_prefix_for_parsing or re.escape(meta.national_prefix or ""))
        stripped = prefix.match(written) if meta.national_prefix or meta.national_prefix_for_parsing else None
        national = written[stripped.end() :] if stripped is not None else written
        # Digits that start with the region's own country code ("919876543210" in India) may be an
        # international number written without "+": parse knows how to read those.
        if national and not national.startswith("0") and not written.startswith(str(meta.country_code)):
            # An ASCII national number is its number's national significant number: its validity is found
            # before the number is built, as most readings are invalid.
            if national.isascii() and not _valid_national(national, meta.country_code):
                return None
            number = phonenumbers.PhoneNumber(country_code=meta.country_code, national_number=int(national))
            return number if national.isascii() or is_valid_number(number) else None
    elif meta is not None and (past_trunk := _national_past_carrier_trunk(written, meta)) is not None:
        if not _valid_national(past_trunk, meta.country_code):
            return None
        return phonenumbers.PhoneNumber(country_code=meta.country_code, national_number=int(past_trunk))
    elif meta is not None and meta.country_code == 1 and _nanp_national(written):
        # Ten digits not starting with "0" or "1" parse in a NANP region as the national number itself (no
        # international or national prefix to strip): parse's answer, without its cost.
        if not _valid_national(written, 1):
            return None
        return phonenumbers.PhoneNumber(country_code=1, national_number=int(written))
    if meta is not None and written.startswith("00") and written.isascii() and written.isdigit():
        international = re_util.re_compile(meta.international_prefix or "NonMatch").match(written)
        if international is not None and international.end() == 2 and written[2:3] not in ("", "0"):
            # parse reads what follows a plain "00" international prefix as it reads it after a "+"
            return valid_number("+" + written[2:], None)
    try:
        number = phonenumbers.parse(written, code)
    except NumberParseException:
        return None
    return number if is_valid_number(number) else _past_dropped_prefix(number)


# Mexico's mobiles were dialled "+52 1 ..." until 2019 and are still written so; phonenumbers reads the "1" as
# part of the number, which makes it too long.
_DROPPED_MOBILE_PREFIX = {52: "1"}


def _past_dropped_prefix(number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneNumber | None:
    """The valid number an invalid one is once its country's dropped mobile prefix is removed, or None."""
    prefix = _DROPPED_MOBILE_PREFIX.get(number.country_code or 0)
    national = str(number.national_number)
    if prefix is None or not national.startswith(prefix):
        return None
    shorter = phonenumbers.PhoneNumber(country_code=number.country_code, national_number=int(national[len(prefix) :]))
    return shorter if is_valid_number(shorter) else None


def _nanp_national(written: str) -> bool:
    return len(written) == 10 and written.isascii() and written.isdigit() and written[0] not in "01"


def is_valid_number(number: phonenumbers.PhoneNumber) -> bool:
    """phonenumbers.is_valid_number, with the same steps done in fewer regex calls: the region is found as
    phonenumbers finds it (its leading digits, else the first region whose metadata gives the number a type),
    and a number's type is known when its general pattern and any one type pattern admitting its length match
    (_known_type_pattern joins those per region and length)."""
    country_code = number.country_code
    regions = None if country_code is None else COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if country_code is None or not regions or REGION_CODE_FOR_NON_GEO_ENTITY in regions:
        return bool(phonenumbers.is_valid_number(number))
    return _valid_national(phonenumbers.national_significant_number(number), country_code)


def _valid_national(national: str, country_code: int | None) -> bool:
    """is_valid_number for the number of a geographic country code (a region's metadata gives one) whose national
    significant number is `national`."""
    regions = COUNTRY_CODE_TO_REGION_CODE[country_code or 0]
    if len(regions) == 1:
        return _has_type(national, regions[0], country_code)
    for code, region_country_code, leading_digits in _sharing_regions(country_code):
        if leading_digits is not None:
            if leading_digits.match(national):
                return _has_type(national, code, country_code)
        elif _type_known(national, code):
            # phonenumbers validates again in the region it found: the same type test, the same answer
            return bool(region_country_code == country_code)
    return False


@lru_cache(maxsize=64)
def _sharing_regions(country_code: int) -> tuple[tuple[str, int | None, re.Pattern[str] | None], ...]:
    """The regions of a country code shared by several, in phonenumbers' order, each with its own country code
    and compiled leading-digits pattern (None when it has none): is_valid_number's loop, looked up once."""
    out = []
    for code in COUNTRY_CODE_TO_REGION_CODE[country_code]:
        meta = PhoneMetadata.metadata_for_region(code.upper(), None)
        if meta is not None:
            leading = None if meta.leading_digits is None else re_util.re_compile(meta.leading_digits)
            out.append((code, meta.country_code, leading))
    return tuple(out)


def _has_type(national: str, code: str, country_code: int | None) -> bool:
    """phonenumbers.is_valid_number_for_region for a geographic region: the number has a type there."""
    meta = PhoneMetadata.metadata_for_region(code.upper(), None)
    return meta is not None and meta.country_code == country_code and _type_known(national, code)


def _type_known(national: str, code: str) -> bool:
    """phonenumbers' _number_type_helper(national, metadata of `code`) != UNKNOWN."""
    pattern = _known_type_pattern(code.upper(), len(national))
    return pattern is not None and pattern.fullmatch(national) is not None


@lru_cache(maxsize=4096)
def _known_type_pattern(code: str, length: int) -> re.Pattern[str] | None:
    """For numbers of `length` digits in region `code`: one pattern a number matches whole when it matches the
    general pattern and any type pattern that admits the length, with the length tests of phonenumbers'
    _number_type_helper; None when no number of that length has a type there. One search instead of up to ten:
    most readings tried are of no type. Compiled through phonenumbers' pattern cache, which outlives this one."""
    meta = PhoneMetadata.metadata_for_region(code, None)
    general = _admitting(meta.general_desc, length) if meta is not None else None
    if meta is None or general is None:
        return None
    descs = [
        meta.premium_rate, meta.toll_free, meta.shared_cost, meta.voip, meta.personal_number, meta.pager,
        meta.uan, meta.voicemail, meta.fixed_line,
    ]  # fmt: skip
    if not meta.same_mobile_and_fixed_line_pattern:
        descs.append(meta.mobile)
    sources = [source for source in (_admitting(desc, length) for desc in descs) if source is not None]
    if not sources:
        return None
    types = "|".join(f"(?:{source})" for source in sources)
    return re_util.re_compile(rf"(?=(?:{general})\Z)(?:{types})")


def _admitting(desc: phonenumbers.PhoneNumberDesc | None, length: int) -> str | None:
    """The pattern of `desc` when a number of `length` digits may match it (phonenumbers' length test)."""
    if desc is None or not desc.national_number_pattern:
        return None
    if desc.possible_length and length not in desc.possible_length:
        return None
    return str(desc.national_number_pattern)


def _plain_trunk(meta: PhoneMetadata) -> bool:
    """True when a national number is a prefix to strip followed by the national number (no carrier codes
    to capture, no transform, no leading zero kept), so it can be built without a full parse."""
    parsing = meta.national_prefix_for_parsing or ""
    return (
        meta.country_code != 1
        and meta.national_prefix_transform_rule is None
        and not meta.leading_zero_possible
        and "(" not in parsing
    )


def _national_past_carrier_trunk(written: str, meta: PhoneMetadata) -> str | None:
    """The national number parse finds in ASCII digits written in a region whose national prefix may carry a
    carrier code (Australia's "0" or "1831"), when no carrier code, international prefix or country code is
    written and the prefix is stripped as a plain one; None when that takes parse."""
    parsing = meta.national_prefix_for_parsing
    if (
        parsing is None
        or "(" not in parsing
        or meta.national_prefix_transform_rule is not None
        or meta.leading_zero_possible
        or meta.country_code == 1
        or meta.general_desc is None
        or not (written.isascii() and written.isdigit())
        or written.startswith(str(meta.country_code))
        or (meta.international_prefix and re_util.re_compile(meta.international_prefix).match(written))
    ):
        return None
    national = written
    stripped = _trunk_pattern(parsing).match(written)
    if stripped is not None:
        if any(group is not None for group in stripped.groups()):
            return None  # a carrier code
        national = written[stripped.end() :]
        general = meta.general_desc
        # parse keeps the prefix when the whole is a number there, or when the rest has no possible length
        if re_util.re_compile(general.national_number_pattern or "").fullmatch(written):
            return None
        if len(national) not in (general.possible_length or ()):
            return None
    return national if national and not national.startswith("0") else None


@lru_cache(maxsize=512)
def _trunk_pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _written_as(digits: str, region: _Region, hinted: bool) -> str | None:
    """How `digits` would be written in `region` ("trunk", "cc" for a country code without "+", "bare"), or
    None when it can't be a number there: a cheap length test before the costly parse. Unhinted regions only
    read the usual 9-11 digit numbers; hinted ones are left to phonenumbers (national prefix rules such as
    Argentina's "011 15-..." change the length)."""
    cc = region.country_code
    if region.trunk and digits.startswith(region.trunk):
        written, length = "trunk", len(digits) - len(region.trunk)
    elif len(digits) >= 11 and digits.startswith(cc):
        written, length = "cc", len(digits) - len(cc)
    else:
        written, length = "bare", len(digits)
    if not hinted and (length not in region.lengths or not _USUAL_LENGTHS[0] <= length <= _USUAL_LENGTHS[1]):
        return None
    return written


def _bare_is_usual(number: phonenumbers.PhoneNumber, region: _Region) -> bool:
    """Whether a number written without the trunk prefix is written that way in its region: its national
    format has none ("(11) 91234-5678" in Brazil, "1300 123 456" in Australia), or it is an Indian mobile.
    Elsewhere a bare run is more likely an id ("301234567" is no way to write Berlin's 030 1234567)."""
    national = _national_format(number)
    if not _digits(national).startswith(region.trunk):
        return True
    return region.code in _BARE_MOBILES and phonenumbers.number_type(number) == PhoneNumberType.MOBILE


def _national_format(number: phonenumbers.PhoneNumber) -> str:
    """phonenumbers.format_number(number, NATIONAL), for a geographic number with digits and no extension
    taking its region's formats from _national_formats instead of walking format_number's call chain."""
    country_code = number.country_code
    regions = None if country_code is None else COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not number.national_number or number.extension or not regions or REGION_CODE_FOR_NON_GEO_ENTITY in regions:
        return str(phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL))
    national = phonenumbers.national_significant_number(number)
    for leading_digits, pattern, rule in _national_formats(country_code):
        if (leading_digits is None or leading_digits.match(national)) and pattern.fullmatch(national):
            return pattern.sub(rule, national)
    return national


_FIRST_GROUP = re.compile(r"(\\\d)")  # phonenumbers' _FIRST_GROUP_PATTERN: "\1" in a format rule


@lru_cache(maxsize=512)
def _national_formats(country_code: int) -> tuple[tuple[re.Pattern[str] | None, re.Pattern[str], str], ...]:
    """The national formats of a country code's main region, in order, as format_number reads them: the last
    leading-digits pattern (None when there is none), the number pattern and the rule with the national prefix
    formatting rule applied to its first group."""
    region = phonenumbers.region_code_for_country_code(country_code)
    meta = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region.upper())
    out = []
    for number_format in meta.number_format if meta is not None else ():
        leading = number_format.leading_digits_pattern
        pattern = re_util.re_compile(number_format.pattern or "")
        rule = number_format.format or ""
        if number_format.national_prefix_formatting_rule:
            rule = _FIRST_GROUP.sub(number_format.national_prefix_formatting_rule, rule, count=1)
        out.append((re_util.re_compile(leading[-1]) if leading else None, pattern, rule))
    return tuple(out)


def _grouping(written: str) -> list[int]:
    """Digit-group lengths of a written number, without its extension: "(415) 555-2671" -> [3, 3, 4]."""
    if "x" in written or "X" in written or "#" in written:  # every extension mark holds one
        written = _EXTENSION.split(written, maxsplit=1)[0]
    return [len(g) for g in _GROUP.findall(written)]


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# Dates written in running text, found once per text that has a candidate: a candidate overlapping one is a
# date range or a date next to a number ("27.12.2025 - 24.08.2023", "Jan 23, 2025 - 03/06/2026"), not a phone.
# Numeric dates need a four-digit year here ("20.12.34" is also a New Caledonian number) and must be real
# dates (_is_date). A date may not be one link of a longer digit chain, so "06-12-34-56-78" and
# "+375 152 45-09-11" stay phones.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
# The look-behinds come after the first digit (the same test: no digit, nor a digit and a separator, before it)
# so the search skips ahead to a digit on its own.
_NUMERIC_DATE = r"\d(?<!\d[-/.\s]\d)(?<!\d\d)(?:\d{3}[-/.]\d{1,2}[-/.]\d{1,2}|\d?[-/.]\d{1,2}[-/.]\d{4})(?![-/.]?\d)"
_NUMERIC_DATE_IN_TEXT = re.compile(_NUMERIC_DATE)
_DATE_IN_TEXT = re.compile(
    _NUMERIC_DATE + rf"|\b{_MONTH}\s{{1,2}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,2}}\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s{{1,2}}{_MONTH},?\s{{1,2}}\d{{4}}\b"
)
# Every date has a four-digit year: a numeric one joins it by "-", "/" or "." to two numbers of one or two
# digits, a named one puts it after a space, ends it with no letter, digit or "_" and has a month name. Texts
# with neither (most texts with a candidate, whose phone numbers have longer groups) skip the search. ASCII
# text is tested as its shape (digits -> "0", date separators -> "-", whitespace -> " ") with substring tests
# (each numeric shape holds "0-0") and a search; other text with regexes.
_DATE_SHAPE = bytes.maketrans(b"123456789/.\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f", b"000000000--         ")
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMERIC_DATE_GATE = re.compile(r"\d\d\d\d[-/.]\d\d?[-/.]\d|\d[-/.]\d\d?[-/.]\d\d\d\d")
_NUMERIC_DATE_SHAPES = (b"0000-0-0", b"0000-00-0", b"0-0-0000", b"0-00-0000")
_SPACED_YEAR_GATE = re.compile(r"\s\d\d\d\d\b")
_SPACED_YEAR_SHAPE = re.compile(rb" 0000(?![0-9a-z_])")
_DATE_PARTS = re.compile(r"(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_CARD = re.compile(r"\d{13,19}|\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?|\d{4}[ -]\d{6}[ -]\d{4,5}")
_ZIP4 = re.compile(r"\d{5}-\d{4}")
_DECIMAL = re.compile(r"\d{1,12}[.,]\d{1,12}")
_RANGE = re.compile(r"(\d{1,7})(\s{0,2}[-\u2010-\u2015]\s{0,2})(\d{1,7})")
# Every shape above but the compact date needs one of these characters.
_SHAPE_SEPARATOR = re.compile(r"[-/.,\u2010-\u2015]")


def _is_date(text: str) -> bool:
    m = _DATE_PARTS.fullmatch(text)
    if m is None:
        return _COMPACT_DATE.fullmatch(text) is not None
    a, b, c = m.group(1), m.group(3), m.group(4)
    if len(a) == 4:  # 2024-05-12
        return 1 <= int(b) <= 12 and 1 <= int(c) <= 31 and len(c) <= 2
    if len(c) not in (2, 4) or len(a) > 2:
        return False
    x, y = int(a), int(b)  # day/month in either order
    return (1 <= x <= 31 and 1 <= y <= 12) or (1 <= x <= 12 and 1 <= y <= 31)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the dates written in `text` (see _DATE_IN_TEXT)."""
    lower = text.lower()
    search = _date_search(lower) if len(lower) == len(text) else None
    if search is None:
        return []
    return [d.span() for d in search.finditer(lower) if not d.group(0)[0].isdigit() or _is_date(d.group(0))]


def _date_search(lower: str) -> re.Pattern[str] | None:
    """A search finding the same dates as _DATE_IN_TEXT in `lower`: None when it cannot hold one, the numeric
    dates' own (faster) when it cannot hold a named one (necessary conditions, never a guess)."""
    if lower.isascii():
        shape = lower.encode().translate(_DATE_SHAPE)
        numeric = b"0-0" in shape and any(map(shape.__contains__, _NUMERIC_DATE_SHAPES))
        spaced_year = b" 0000" in shape and _SPACED_YEAR_SHAPE.search(shape) is not None
    else:
        numeric = _NUMERIC_DATE_GATE.search(lower) is not None
        spaced_year = _SPACED_YEAR_GATE.search(lower) is not None
    if spaced_year and any(map(lower.__contains__, _MONTH_NAMES)):
        return _DATE_IN_TEXT
    return _NUMERIC_DATE_IN_TEXT if numeric else None


def _is_other_shape(text: str, digits: str, plus: bool, whole_ruled_out: bool) -> bool:
    """A written run that is a date, decimal, range, ZIP+4 or (unless `whole_ruled_out`: the run was found none
    before) one of the _is_other_whole shapes."""
    if _SHAPE_SEPARATOR.search(text) is None:  # none of those but a compact date ("20240512") or a whole shape
        return (len(text) == 8 and _COMPACT_DATE.fullmatch(text) is not None) or (
            not whole_ruled_out and _is_other_whole(text, digits, plus)
        )
    if _is_date(text) or _ZIP4.fullmatch(text) or _DECIMAL.fullmatch(text):
        return True
    m = _RANGE.fullmatch(text)
    # "1000-2000", "1500 - 2500" or "10–20": a plain dash between unround numbers ("2212-3456") is a local
    # number in Hong Kong, Singapore or Honduras.
    if (
        m
        and len(m.group(1)) == len(m.group(3))
        and int(m.group(1)) < int(m.group(3))
        and (m.group(2) != "-" or (m.group(1).endswith("0") and m.group(3).endswith("0")))
    ):
        return True
    return not whole_ruled_out and _is_other_whole(text, digits, plus)


def _is_other_whole(text: str, digits: str, plus: bool) -> bool:
    """A version, IP, MAC address, ISBN, card or count: no part of it is read as a phone either."""
    if text.isdecimal():  # one group (a candidate holds 24 digits at most): no count, version, IP or ISBN
        return _is_card(text, digits, plus)
    if _is_count(text) or _MAC_ADDRESS.fullmatch(text) is not None:
        return True
    if "." in text and not any(c in text for c in " -/()"):
        parts = text.split(".")
        if len(parts) == 4 and all(0 < len(p) <= 3 and p.isdecimal() and int(p) <= 255 for p in parts):  # not "1.2..3"
            return True  # IPv4
        if len(parts) >= 3 and not plus and not parts[0].startswith("0") and any(len(p) == 1 for p in parts):
            return True  # version 10.0.19045 (a version has no "+": "+1.555.123.4567" is a phone)
    if len(digits) == 13 and digits.startswith(("978", "979")) and "-" in text:
        return True  # ISBN-13
    if not plus and _is_check_digit_code(text, digits):
        return True
    return _is_card(text, digits, plus)


# The printed layouts of check-digit codes: an ISBN-10 in four hyphened parts ("0-306-40615-2"), a UPC-A barcode's
# 1-5-5-1 digits ("0 12345 67890 5") and an EAN-13's 1-6-6 ("5 012345 678900"). No numbering plan groups a phone
# so, and the check digit must hold too.
_ISBN10_LAYOUT = re.compile(r"\d{1,5}-\d{1,7}-\d{1,7}-\d")
_BARCODE_LAYOUT = re.compile(r"\d \d{5} \d{5} \d|\d \d{6} \d{6}")


def _is_check_digit_code(text: str, digits: str) -> bool:
    """Whether the written run is an ISBN-10 or a UPC/EAN barcode in its printed layout, its check digit valid."""
    if len(digits) == 10 and _ISBN10_LAYOUT.fullmatch(text) is not None:
        return bool(isbn.is_valid(digits))
    return len(digits) in (12, 13) and _BARCODE_LAYOUT.fullmatch(text) is not None and bool(ean.is_valid(digits))


# A tax or social-security id written in its own shape, a check digit hyphened on: dotted thousands groups and a
# CNPJ's branch number (CPF 123.456.789-09, NIT 900.123.456-7, CNPJ 12.345.678/0001-95), or a two-digit prefix
# and seven or eight digits (CUIT 20-12345678-9, Philippine SSS 34-1234567-8). No numbering plan writes a phone so.
_CHECK_DIGIT_ID = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3}){2,3}(?:/[0-9]{4})?-[0-9]{1,2}|[0-9]{2}-[0-9]{7,8}-[0-9]")
# A MAC address whose six bytes happen to be all decimal ("00-11-22-33-44-55").
_MAC_ADDRESS = re.compile(r"[0-9]{2}(?:-[0-9]{2}){5}")
# Bytes written as hex pairs ("de ad be ef 00 11 22", "0a 00 27 00 05 12 34"): a run of two-digit groups is one
# more stretch of a dump or key when the pairs beside it hold hex letters. One pair must mix a digit in ("0a"),
# or two stand in a row ("ab cd"), since a lone "de" after a French number is a word.
_HEX_PAIRS_BEFORE = re.compile(r"(?<![^\W_])(?:[0-9a-f]{2}[ :-]){2,8}$|(?<![^\W_])(?=[a-f]?[0-9])[0-9a-f]{2}[ :-]$")
_HEX_PAIRS_AFTER = re.compile(r"(?:[ :-][0-9a-f]{2}){2,8}(?![^\W_])|[ :-](?=[a-f]?[0-9])[0-9a-f]{2}(?![^\W_])")
_TWO_DIGIT_GROUPS = re.compile(r"[0-9]{2}(?:[ :-][0-9]{2}){1,11}")


def _among_hex_pairs(text: str, start: int, end: int) -> bool:
    """Whether the run text[start:end] of two-digit groups sits beside hex pairs holding a letter."""
    if _TWO_DIGIT_GROUPS.fullmatch(text, start, end) is None:
        return False
    lower = text.lower()
    before = _HEX_PAIRS_BEFORE.search(lower, max(0, start - 24), start)
    if before is not None and any(c.isalpha() for c in before.group()):
        return True
    after = _HEX_PAIRS_AFTER.match(lower, end, end + 24)
    return after is not None and any(c.isalpha() for c in after.group())


_ISIN_SHAPE = re.compile(r"[A-Z]{2}[A-Z0-9]{9}[0-9]")


def _is_isin(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a number with letters glued on its left, is a valid ISIN standing alone."""
    if end - start != 12 or _glued_left(text, start) or text[end : end + 1].isalnum():
        return False
    return _ISIN_SHAPE.fullmatch(text, start, end) is not None and bool(isin.is_valid(text[start:end]))


def _is_card(text: str, digits: str, plus: bool) -> bool:
    # a card number never opens with "0": "00447911123456" dials out, whatever its check digit
    return not plus and len(digits) >= 13 and digits[0] != "0" and _CARD.fullmatch(text) is not None and _luhn(digits)


def _is_count(text: str) -> bool:
    """Whether the written run counts up in one small step: counting ("1 2 3 4 5 6 7 8 9 10", "3, 4, 5, 6, 7") or a
    list of sizes ("32 34 36 38 40 42")."""
    groups = _WRITTEN_DIGITS.findall(text)
    return len(groups) >= MIN_COUNT and steps_up([int(g) for g in groups])


@dataclass(frozen=True, slots=True)
class _Parsed:
    value: str
    international: bool
    region_hinted: bool
    # The rule of a reading that is possible but not valid: fictional and reserved ranges ("+44 7700 900123",
    # "555-0134") that people and test data write, read only from the written "+CC", grouping or a strong cue.
    possible_rule: str = ""


# The view where dictated number words became digits (see normalize.VIEW_RECIPES).
_WORDS_VIEW = "spoken"
# Digits typed as digits: not a letter of an Arabizi number word ("wa7ed", "arba3a", "5amsa"), which is a word.
_WRITTEN_DIGITS = re.compile(r"(?<![^\W\d_])\d{1,24}(?![^\W\d_])")
_MIXED_TOKEN = re.compile(r"[^\W_]{0,40}[0-9][^\W_]{0,40}")  # a word holding a digit


_DICTATED_SINGLES = 2  # digits typed one at a time, and digits said as words, that make a span dictation
# Three words in a row between digits or separators only: the number words of a dictation ("one two three").
_SAID_IN_A_ROW = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,10}(?:[\s,.-]{1,3}[^\W\d_]{2,10}){2}(?![^\W\d_])")


def _from_words_not_dictated(view: View, match: Match) -> bool:
    """Digits the number-word view made partly from words, in a span that does not read as dictation.

    Dictation gives a number a digit or two at a time ("zero three double one", "0 four 1 2 3 ...", "four
    fifteen, five fifty-five"); a range or a time with a stray word ("1120 to 1205 one") keeps whole numbers
    written in digits and gets only a digit or two from words. So a span reads as dictation when no digit
    group written in it is longer than three, when words give at least half of its digits, when it types two
    digits one at a time beside two said as words ("0 one 0 five 1234567", "zero 1 zero 0 123 4567"), when it says
    three words in a row ("0300 one two three 4567"), or when it glues a number word to digits ("3o5-fourfour7-1122"),
    which no range or time does."""
    start, end = view.to_original(match.start, match.end)
    source = view.original[start:end]
    if not any(c.isalpha() for c in source):
        return False
    if any(glued_pieces(token) for token in _MIXED_TOKEN.findall(source.lower())):
        return False
    written = _WRITTEN_DIGITS.findall(source)
    if all(len(group) <= 3 for group in written):
        return False
    from_words = len(_digits(view.text[match.start : match.end])) - sum(map(len, written))
    typed_singly = sum(len(group) == 1 for group in written)
    if typed_singly >= _DICTATED_SINGLES and from_words >= _DICTATED_SINGLES:
        return False
    if _SAID_IN_A_ROW.search(source) is not None:
        return False  # "0300 one two three 4567": three words said in a row, as no range or time has them
    return from_words * 2 < sum(map(len, written))


# Digit groups split by an odd separator, the same one each time ("0917 | 123 | 4567", "0917~123~4567",
# "212_555_0199", "415*555*0123"): three groups or more, as a number has them; two are a range ("5~10 days").
# Tables split numbers by "|" too, identifiers by "_" ("file_2023_04_15"), so such a run is a phone's candidate
# only beside a phone cue, not inside a table row ("| 2019 | 2020 | 2021 |") and not glued to a word.
# Pictographs (emojis, dingbats, arrows, stars: "0300🔥123🔥4567", "0300 ★ 123 ★ 4567", "0300🍎123🍌4567", "+44 ⭐
# 7700 ⭐ 900123") between the groups are decoration no table or identifier uses, so they need no cue, may differ
# and may split a number in two ("0300 💯 1234567"); a group may then be digits spaced out ("0 3 0 0 ✨ 1 2 3 ✨
# 4 5 6 7") or bracketed ("(0300)~123~4567").
_ODD_SEPARATORS = r"|~_*^=;`\\"
_PICTOGRAPHS = "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_VARIATION = "\ufe0f"  # the emoji presentation selector some pictographs carry
_DIGIT_GROUP = r"(?:[(\[{] ?)?\+?\d(?: ?\d){0,7}(?: ?[)\]}])?"
_PICTOGRAPH = rf"[{_PICTOGRAPHS}]{_VARIATION}?"
_AROUND = r"[ \t\-]{0,2}"
_BARRED_GROUPS = re.compile(
    rf"(?<![0-9A-Za-z_]){_DIGIT_GROUP}{_AROUND}(?:(?P<odd>[{_ODD_SEPARATORS}])|(?P<pictograph>{_PICTOGRAPH})){_AROUND}"
    rf"{_DIGIT_GROUP}(?:{_AROUND}(?(odd)(?P=odd)|{_PICTOGRAPH}){_AROUND}{_DIGIT_GROUP}){{0,4}}(?![0-9A-Za-z_])"
)
_MIN_ODD_GROUPS = 3  # two groups split by an ASCII separator are a range ("5~10 days")
_MIN_SPLIT_DIGITS = 9  # two groups split by a pictograph hold a whole number, not a score ("2024 🎉 2025")
# A run opening with a trunk "0" is written as a phone number, which no count or year is ("0300 | 123 | 4567",
# "( 0300 ) ~ 123 ~ 4567", "[0300]~123~4567"): it needs no cue either, and decoration may frame it ("🌸 0300 🌸 123 🌸
# 4567 🌸").
_TRUNK_OPENING = re.compile(r"(?:[(\[{] ?)?0[1-9]")
_ODD_SEPARATOR_AFTER_DIGIT = re.compile(rf"\d{_AROUND}[{_ODD_SEPARATORS}{_PICTOGRAPHS}]")
_SEPARATOR_CHAR = re.compile(rf"[{_ODD_SEPARATORS}{_PICTOGRAPHS}]")
_EDGE_BEFORE = re.compile(rf"(?:[{_ODD_SEPARATORS}]|{_PICTOGRAPH}){_AROUND}$")
_EDGE_AFTER = re.compile(rf"{_AROUND}(?:[{_ODD_SEPARATORS}]|[{_PICTOGRAPHS}])")


# Brackets other than "()[]{}" that people put around a number's groups ("<0300> 123 <4567>", "【0300】【123】【4567】",
# "«0300» «123» «4567»"): read as parentheses, which phonenumbers and the gap know (one character each, so spans
# hold), where one touches a digit.
_BRACKET_LOOKALIKES = ("<«‹【〔〖「『〈《", ">»›】〕〗」』〉》")
_PARENS_FOR_LOOKALIKES = str.maketrans(
    dict.fromkeys(_BRACKET_LOOKALIKES[0], "(") | dict.fromkeys(_BRACKET_LOOKALIKES[1], ")")
)
_BRACKET_LOOKALIKE_BY_DIGIT = re.compile(rf"[{_BRACKET_LOOKALIKES[0]}] ?\d|\d ?[{_BRACKET_LOOKALIKES[1]}]")
# Any lookalike at all, which the search above needs: one class, which re skips to fast, unlike that alternation.
_BRACKET_LOOKALIKE = re.compile(f"[{''.join(_BRACKET_LOOKALIKES)}]")


def _cue_beside(text: str, start: int, end: int) -> bool:
    """Whether a phone cue stands in the windows before and after the run text[start:end]."""
    before = text[max(0, start - _CUE_WINDOW_BEFORE) : start].lower()
    return _has_phone_cue(before, text[end : end + _CUE_WINDOW_AFTER].lower())


def _bridge_cued_groups(text: str) -> str:
    """`text` with the odd separators between a run's digit groups made spaces (same length, so spans hold): an
    ASCII separator beside a phone cue or after a trunk "0", pictographs anywhere."""
    bridged = text
    for m in _BARRED_GROUPS.finditer(text):
        start, end = m.start(), m.end()
        odd = m.group("odd") is not None
        run = m.group(0)
        groups = 1 + len(_SEPARATOR_CHAR.findall(run))
        if (odd and groups < _MIN_ODD_GROUPS) or (groups == 2 and sum(c.isdigit() for c in run) < _MIN_SPLIT_DIGITS):
            continue
        trunk = _TRUNK_OPENING.match(text, start) is not None
        framed = _EDGE_BEFORE.search(text, max(0, start - 4), start) or _EDGE_AFTER.match(text, end)
        if framed and (odd or not trunk):
            continue  # a table row or a list's bullets ("| 2019 | 2020 |", "🔥 20 🔥 30 🔥")
        if odd and not trunk and not _cue_beside(text, start, end):
            continue
        bridged = bridged[:start] + _BARRED_GAP.sub(_bridged_gap, run) + bridged[end:]
    return bridged


# A number put one group a line, bare or as a list ("my number:\n0300\n123\n4567", "- 0300\n- 123\n- 4567", "number
# 0300 /\n123 /\n4567"): two lines or more, each after the first nothing but a group (a bullet before it, a separator
# after it), down to one digit a line ("0\n3\n0\n0\n5..."). Lists of amounts or years look the same, so the run
# must have a phone cue beside it, or open its own line with a trunk "0" or a "+"; its line breaks and bullets are
# then blanked like an odd separator.
_LINE_BULLET = r"[ \t]?(?:[-*•·>][ \t]?)?"
_LINE_GROUP = r"\+?\d{1,8}(?: \d{1,8}){0,2}[ \t]?[/,.\-]?"
_MAX_LISTED_LINES = 15  # a number's digits one a line
# Beyond this many lines a list of counts or scores with a cue near it ("calls per day\n3\n0\n2...") looks the
# same: the run must open like a phone, with its trunk "0" or a "+".
_CUED_LISTED_LINES = 5
_LISTED_GROUPS = re.compile(
    rf"(?<![\w+.,]){_LINE_BULLET}(?P<first>{_LINE_GROUP})"
    rf"(?:[ \t]?\r?\n{_LINE_BULLET}{_LINE_GROUP}){{1,{_MAX_LISTED_LINES}}}"
    r"[ \t]{0,8}(?=\r?\n|$)"
)
_DIGIT_LINE_BREAK = re.compile(r"\d[ \t/,.\-]{0,2}\r?\n")
_LINE_GAP = re.compile(rf"[ \t]?\r?\n{_LINE_BULLET}")
_TRUNK_OR_PLUS = re.compile(r"\+|0[1-9]")


def _bridge_listed_groups(text: str) -> str:
    """`text` with the line breaks between a number's groups listed one a line made spaces (see `_LISTED_GROUPS`)."""
    bridged = text
    for m in _LISTED_GROUPS.finditer(text):
        start, end = m.start("first"), m.end()
        own_line = m.start() == 0 or text[m.start() - 1] == "\n"
        if not (own_line and _TRUNK_OR_PLUS.match(text, start) is not None) and not _cue_beside(text, start, end):
            continue
        run = text[start:end]
        if run.count("\n") >= _CUED_LISTED_LINES and run[0] not in "0+":
            continue
        blanked = _LINE_GAP.sub(_bridged_gap, run)
        bridged = bridged[:start] + blanked + bridged[end:]
    return bridged


# A separator between two groups with the spaces around it: blanked, or, when that would leave more spaces than a
# number's gap allows ("0300  |  123", "0300 ⭐️  123"), an ellipsis between them, which the gap reads as one.
_BARRED_GAP = re.compile(rf"{_AROUND}[{_ODD_SEPARATORS}{_PICTOGRAPHS}]{_VARIATION}?{_AROUND}")
_WIDEST_BLANK_GAP = 3
_WIDEST_ELLIPSIS_GAP = 5


def _bridged_gap(gap: re.Match[str]) -> str:
    return _blank_gap(len(gap.group(0))) or gap.group(0)


def _blank_gap(width: int) -> str | None:
    """A gap of `width` characters that a number's gap reads: spaces, or up to two, an ellipsis and up to two (see
    `_GAP`); None when even that is too wide."""
    if width <= _WIDEST_BLANK_GAP:
        return " " * width
    if width > _WIDEST_ELLIPSIS_GAP:
        return None
    left = min(2, width - 2)
    return " " * left + "…" + " " * (width - left - 1)


def _candidates(text: str, precheck: re.Pattern[str], pos: int) -> Iterator[re.Match[str]]:
    """The candidates from `pos` on, without runs longer than any number."""
    while (m := _CANDIDATE.search(text, pos)) is not None:
        pos = m.end()
        if _RUN_GOES_ON.match(text, m.end("number")) and m.group("ext") is None:
            # Longer than any number: skip the rest of the run too.
            while (tail := _RUN_GOES_ON.match(text, pos)) is not None:
                pos = tail.end()
        else:
            yield m
        # A candidate's number starts where the precheck matches and its lead at most _LEAD_REACH before, so
        # the next search starts there: the candidate pattern opens with look-behinds, which keep the engine
        # from skipping ahead fast on its own.
        following = precheck.search(text, pos)
        if following is None:
            return
        pos = max(pos, following.start() - _LEAD_REACH)


# The countries whose numbers a language's dictation most likely reads, in order (the language is spoken mostly
# there, or most of its speakers on the marketplace are): "null eins sieben ..." is a German number. Arabizi is
# written across the Arab world: a Saudi mobile ("sifr khamsa ...") cannot be read as an Egyptian one ("sifr
# wa7ed ...", eleven digits), so both are tried. English and Spanish say none.
_REGIONS_OF_DICTATION = {
    "de": ("DE",), "fr": ("FR",), "it": ("IT",), "nl": ("NL",), "pl": ("PL",), "tr": ("TR",), "pt": ("BR",),
    "id": ("ID",), "sw": ("KE",), "vi": ("VN",), "tl": ("PH",), "bn": ("BD",), "hi": ("IN",), "ru": ("RU",),
    "uk": ("UA",), "ar": ("SA", "EG", "AE"),
}  # fmt: skip


def _with_dictation_regions(hints: tuple[str, ...], original: str) -> tuple[str, ...]:
    """`hints`, then the regions of the languages the original text dictates numbers in (`dictation_languages`)."""
    spoken = [region for lang in dictation_languages(original) for region in _REGIONS_OF_DICTATION.get(lang, ())]
    return tuple(dict.fromkeys((*hints, *spoken)))


def _written_country_code(m: re.Match[str], groups: list[tuple[int, int]]) -> bool:
    """Whether the candidate opens with "+" and a group short enough to be just the country code ("+44 ...")."""
    return "+" in (m.group("lead") or "") and groups[0][1] - groups[0][0] <= 3


_MIN_POSSIBLE_INTERNATIONAL = 8  # digits with the country code: shorter runs ("+49-49-34") are rarely phones
# Groups of three after the first, as amounts are written ("+20 000 000 000", "+44 123 456 789"): no phone grouping.
_THOUSANDS = re.compile(r"\+\s{0,2}\d{1,3}(?:[ ,.]\d{3}){1,8}")


def _dials_out(digits: str) -> bool:
    """Whether the digits open with the "00" international prefix most of the world dials out with."""
    return digits.startswith("00") and not digits.startswith("000")


def _as_plus(written: str) -> str:
    """A number written after a "00" international prefix ("00 44 20 ...") as written after "+" ("+44 20 ...")."""
    second_zero = [i for i, c in enumerate(written) if c.isdigit()][1]
    return "+" + written[second_zero + 1 :]


def _possible_international(written: str, grouped: bool, cued: bool) -> _Parsed | None:
    """A "+CC" number that is not valid but possible (an assigned country code, a length its region allows),
    written in phone groups or named a phone: "+44 7700 900123" is an Ofcom drama number, not an Indian one."""
    digits = _digits(written)
    if len(digits) < _MIN_POSSIBLE_INTERNATIONAL:
        return None
    if not cued and (not grouped or _THOUSANDS.fullmatch(written) is not None):
        return None
    try:
        number = phonenumbers.parse(written, None)
    except NumberParseException:
        return None
    # Only a written trunk prefix ("+44 (0) 7700 ...") may be dropped: leading zeros make no number.
    written_national = len(digits) - len(str(number.country_code)) - len(number.extension or "")
    national = phonenumbers.national_significant_number(number)
    if len(national) < written_national - 1 or national.startswith("00"):
        return None
    if phonenumbers.region_code_for_country_code(number.country_code or 0) == phonenumbers.UNKNOWN_REGION:
        return None
    if phonenumbers.is_possible_number_with_reason(number) != phonenumbers.ValidationResult.IS_POSSIBLE:
        return None
    return _Parsed(e164(number), True, True, "phone.international_possible")


# A code that lets one into a call, room or building ("meeting ID", "access code", "passcode", "door pin"): a
# number after one is that code, unless a phone's own cue stands between ("the meeting id is below, my number is
# ..."). "call" is no such cue there: it names the meeting ("the code for the platform call is ...").
_MEETING_CODE_NAME = re.compile(
    r"\b(?:meeting|room|access|conference|webinar|session|participant|attendee|entry|door|gate|lobby|join(?:ing)?)"
    r"\s?(?:code|id|pin|passcode|key)\b|\bpass\s?code\b"
)
_MEETING_CODE_REACH = 64
_CALL_WORDS = re.compile(r"\bcall(?:s)?\b")


def _names_a_meeting_code(text: str, start: int) -> bool:
    """Whether a meeting or access code's name stands before `start` with no phone cue or digit after it."""
    before = text[max(0, start - _MEETING_CODE_REACH) : start].lower()
    if "code" not in before and "id" not in before and "pin" not in before and "key" not in before:
        return False
    names = list(_MEETING_CODE_NAME.finditer(before))
    if not names:
        return False
    gap = before[names[-1].end() :]
    return not any(c.isdigit() for c in gap) and not _has_phone_cue(_CALL_WORDS.sub(" ", gap))


# A strong phone cue right before a number ("call me at", "text 555-...", "my cell is", "tel:", "llámame al"),
# maybe with a first local number before this one ("call me at 555-0134 or 555-0199").
_CUE_JUST_BEFORE = re.compile(
    r"\b(?:(?:call|text|txt|ring|phone|dial|reach|sms|whatsapp|message|llámame|llamame|márcame|marcame)"
    r"(?:\s(?:me|us))?(?:\s(?:at|on|al))?"
    r"|(?:cell|mobile|phone|number|tel|ph|cel|celular|número|numero|teléfono|telefono)"
    r"(?:\s(?:number|no\.?|#))?(?:\s(?:is|was|es))?)\s{0,2}:?\s{0,2}"
    r"(?:[2-9]\d\d[ .\-]\d{4}\s{0,2}(?:,|/|or|and|o|y)\s{0,2})?$"
)
# The groupings of seven- to nine-digit numbers written without their area or country code: 555-0134 (North
# America), 9472 7916 (Denmark, Norway, Singapore, Hong Kong), 71-33-52-22, 72 128 827, 374 780 163.
_LOCAL_SHAPE = re.compile(
    r"[2-9]\d\d[ .\-]\d{4}|\d{4}[ .\-]\d{4}|\d\d(?:[ .\-]\d\d){3}"
    r"|\d\d[ .\-]\d{3}[ .\-]\d{3}|\d{3}[ .\-]\d{3}[ .\-]\d{3}"
)
_CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def _cued_local(text: str, start: int, number_text: str, digits: str) -> _Parsed | None:
    """A local number written in phone groups ("555-0134", "9472 7916") right after a strong phone cue: no region
    reads it (its area or country code is left out), so its digits are the value."""
    if _LOCAL_SHAPE.fullmatch(number_text) is None or (digits[2] == "0" and digits.endswith("00")):
        return None  # not a local number, or a round range ("250-1000")
    if len(digits) == 8 and _CLOCK_TIME.fullmatch(digits[:4]) and _CLOCK_TIME.fullmatch(digits[4:]):
        return None  # "call me 1200 1330": two clock times (or years)
    if _CUE_JUST_BEFORE.search(text[max(0, start - _CUE_WINDOW_BEFORE) : start].lower()) is None:
        return None
    return _Parsed(digits, False, False, "phone.local_cued")


class PhoneDetector:
    name = "phone"
    kinds = frozenset({Kind.PHONE})

    def detect(self, view: View, context: Context) -> list[Match]:
        text = view.text
        ascii_text = text.isascii()
        if ascii_text and ascii_digit_count(text) < 6:
            return []  # the precheck needs six digits (bridging below keeps the digits and the ASCII)
        if (
            (not ascii_text or "<" in text)
            and _BRACKET_LOOKALIKE.search(text) is not None
            and _BRACKET_LOOKALIKE_BY_DIGIT.search(text) is not None
        ):
            text = text.translate(_PARENS_FOR_LOOKALIKES)
        if _SEPARATOR_CHAR.search(text) is not None and _ODD_SEPARATOR_AFTER_DIGIT.search(text) is not None:
            text = _bridge_cued_groups(text)
        if "\n" in text and _DIGIT_LINE_BREAK.search(text) is not None:
            text = _bridge_listed_groups(text)
        precheck = _PRECHECK_ASCII if ascii_text else _PRECHECK
        first = precheck.search(text)
        if first is None:
            return []
        matches: list[Match] = []
        region_hints: tuple[str, ...] | None = None
        mobile = _CUE_NONE
        dates: list[tuple[int, int]] | None = None
        budget = [_MAX_PARSES_PER_TEXT]
        for m in _candidates(text, precheck, max(0, first.start() - _LEAD_MAX)):
            if region_hints is None:
                text_words = _hint_words(view.lower)
                region_hints = self._region_hints(view.lower, text_words, context)
                if view.name == _WORDS_VIEW:
                    region_hints = _with_dictation_regions(region_hints, view.original)
                mobile = _CUE_MOBILE if _says_mobile(view.lower, text_words) else _CUE_NONE
            if budget[0] <= 0:
                break
            if dates is None:
                dates = view.shared(date_spans)
            if any(s < m.end("number") and m.start("number") < e for s, e in dates):
                continue
            matches.extend(self._read_candidate(text, m, region_hints, mobile, budget))
        if view.name == _WORDS_VIEW:
            # Digits the number-word view made from words in a span that is not dictation ("1120 to 1205 one"
            # -> "1120212051") are a phone only when the text names one; a bare national reading of them is
            # usually times or amounts. Other derived views (decoded payloads, vanity letters) are not words.
            matches = [x for x in matches if x.rule != "phone.national" or not _from_words_not_dictated(view, x)]
        return matches

    @staticmethod
    def _region_hints(lower: str, text_words: frozenset[str], context: Context) -> tuple[str, ...]:
        hints: list[str] = []
        if context.region:
            hints.append(context.region)
        # Two words of one language are two of them all: a text with fewer has no language hint.
        languages = _LANGUAGE_OF_REGION.items() if len(_LANGUAGE_WORDS.intersection(text_words)) >= 2 else ()
        for region, language in languages:
            if region not in hints and len(language.intersection(text_words)) >= 2:
                hints.append(region)  # a text in Tagalog gives a Philippine number
        if not lower.isascii() and (written := _region_of_script(lower)) is not None and written not in hints:
            hints.append(written)
        if not _may_name_region(lower, text_words):
            return tuple(hints)
        for m in _REGION_WORD.finditer(lower):
            region = _REGION_OF_WORD[" ".join(m.group(0).split())]
            if region not in hints:
                hints.append(region)
        return tuple(hints)

    def _read_candidate(
        self, text: str, m: re.Match[str], hints: tuple[str, ...], mobile: int, text_budget: list[int]
    ) -> list[Match]:
        start, end = m.start("number"), m.end("number")
        lead = m.group("lead") or ""
        written_before = text[max(0, m.start() - _CUE_WINDOW_BEFORE) : m.start()]
        before = written_before.lower()
        if named_or_priced(before, written_before):
            return []
        if not lead and street_follows(text, m.end("number")) and _CUE_JUST_BEFORE.search(before) is None:
            return []  # "94941 2505 Heatherleigh Suite 620": a postcode and a house number
        if (
            not lead
            and _CHECK_DIGIT_ID.fullmatch(text, start, end)
            and (not _has_phone_cue(before) or _TAX_ID_NAME.search(before))
        ):
            return []  # a tax id in its own shape ("use 123.456.789-09", "SSS number ay 34-1234567-8"), not a phone
        # Glued to a word on the left: fine when the word is letters ("Help0870..."), not when it is an id
        # ("650x2531234", "GB29NWBK6016...") or a hex colour/version ("#a12345678", "v1.2.3").
        glued = None if lead or not _glued_left(text, start) else _GLUED_LEFT.search(text, max(0, start - 24), start)
        if glued is not None:
            word = glued.group(0)
            if not word.isalpha() or word.lower() in ("v", "x") or text[glued.start() - 1 : glued.start()] == "#":
                return []
            if _is_isin(text, glued.start(), end):
                return []  # a security's ISIN ("US0378331005"): a country code, nine characters, a check digit
            # The glued word is the id's own prefix when a name stands before it ("customer id AB12 3456 7890").
            written_before_word = text[max(0, glued.start() - _CUE_WINDOW_BEFORE) : glued.start()]
            if named_or_priced(written_before_word.lower(), written_before_word):
                return []
        if _inside_key(text, start, end) or _among_hex_pairs(text, start, end):
            return []
        if not lead and _names_a_meeting_code(text, m.start()):
            return []
        # From one character before the window, so \b sees what precedes it as a search with pos would.
        after = text[m.end() - 1 : m.end() + _CUE_WINDOW_AFTER].lower()
        cue = (_CUE_PHONE if _has_phone_cue(after, before) else _CUE_NONE) | mobile
        number_text = text[start:end]
        digits = _digits(number_text)
        if _is_other_whole(number_text, digits, "+" in lead):
            return []  # an ISBN or a card is not searched for a phone inside it
        # A run of digits only (most candidates) is one group: the run holds at most 24 digits.
        groups = [(start, end)] if number_text.isdecimal() else [g.span() for g in _GROUP.finditer(text, start, end)]
        found: list[Match] = []
        budget = [min(_MAX_PARSES, text_budget[0]), _MAX_SPANS]
        granted = budget[0]
        self._search_spans(text, m, groups, digits, 0, len(groups), hints, cue, glued is not None, found, budget)
        text_budget[0] -= granted - max(budget[0], 0)
        return found

    def _search_spans(
        self,
        text: str,
        m: re.Match[str],
        groups: list[tuple[int, int]],
        run_digits: str,
        lo: int,
        hi: int,
        hints: tuple[str, ...],
        cue: int,
        glued: bool,
        found: list[Match],
        budget: list[int],
    ) -> None:
        """Longest reading first: the whole run, then runs with groups dropped from either end; a found
        number splits the rest into the parts left and right of it (two numbers in one run)."""
        for size in range(hi - lo, 0, -1):
            for i in range(lo, hi - size + 1):
                j = i + size
                if budget[0] <= 0 or budget[1] <= 0:
                    return
                if size < len(groups) and not _MIN_DIGITS - 1 <= sum(e - s for s, e in groups[i:j]) <= _MAX_DIGITS:
                    continue  # a part of the run too short or too long to be a number
                if i == 1 and _written_country_code(m, groups):
                    continue  # the rest of a "+CC" number is not a national number of some other region
                budget[1] -= 1
                match = self._read_span(text, m, groups, run_digits, i, j, hints, cue, glued, budget)
                if match is not None:
                    found.append(match)
                    self._search_spans(text, m, groups, run_digits, lo, i, hints, cue, glued, found, budget)
                    self._search_spans(text, m, groups, run_digits, j, hi, hints, cue, glued, found, budget)
                    return

    def _read_span(
        self,
        text: str,
        m: re.Match[str],
        groups: list[tuple[int, int]],
        run_digits: str,
        i: int,
        j: int,
        hints: tuple[str, ...],
        cue: int,
        glued: bool,
        budget: list[int],
    ) -> Match | None:
        first, last = i == 0, j == len(groups)
        start, end = groups[i][0], groups[j - 1][1]
        number_text = text[start:end]
        digits = run_digits if first and last else _digits(number_text)  # the whole run's digits, found once
        # One unbroken run of 12+ digits from a trunk "0": maybe a number with something glued after it.
        whole_run = first and last and len(groups) == 1 and len(digits) >= 12
        # Six-digit numbers exist in small regions only; read them when the text or locale names a region and
        # the number is named or grouped like one ("712 345").
        plus = first and "+" in (m.group("lead") or "")
        short_ok = len(digits) == _MIN_DIGITS - 1 and hints and (cue & _CUE_PHONE or len(groups) > 1)
        too_short = len(digits) < _MIN_DIGITS and not short_ok
        # _read_candidate ruled the whole run out of the _is_other_whole shapes before reading any of it.
        if too_short or len(digits) > _MAX_DIGITS or _is_other_shape(number_text, digits, plus, first and last):
            return self._read_glued_prefix(text, start, digits, hints, cue, budget) if whole_run else None
        following = text[end : end + _AFTER_WINDOW].lower() if last else ""
        if last and (_TIME_AFTER.match(following) or _UNIT_AFTER.match(following)):
            return self._read_glued_prefix(text, start, digits, hints, cue, budget) if whole_run else None
        if first and _TIME_BEFORE.search(text, max(0, start - 2), start):
            return None
        lead = m.group("lead") if first else None
        if first and lead:
            start = m.start()
        elif start > 0 and text[start - 1] == "(" and ")" in text[start:end]:
            start -= 1  # "(415) 555-0123" read from group i > 0
        if lead and lead[0] in "([" and _CLOSING[lead[0]] not in text[start:end]:
            # a bracket that closes nowhere in the number is the sentence's ("call (+376312345)"): keep its "+"
            start = m.start("lead") + lead.index("+") if "+" in lead else m.start("number")
        ext = m.group("ext") if last else None
        if ext:
            end = m.end("ext")
        elif last and (closer := _CLOSER_AFTER.match(text, end)) is not None and _opens_more(text[start:end]):
            end = closer.end()  # the bracket round the last group ("[0300] 123 [4567]") is the number's
        parsed = self._parse(text[start:end], digits, plus, hints, cue, budget)
        if parsed is None and (plus or (first and _dials_out(digits))):
            written = text[start:end] if plus else _as_plus(text[start:end])
            parsed = _possible_international(written, j - i > 1, bool(cue & _CUE_PHONE))
        elif parsed is None and first and (len(digits) == _MIN_DIGITS or (last and len(digits) <= _MAX_LOCAL_DIGITS)):
            parsed = _cued_local(text, start, number_text, digits)
        if parsed is None:
            return self._read_glued_prefix(text, start, digits, hints, cue, budget) if whole_run else None
        if _sample_number(parsed, text, start, end):
            rule, confidence = "phone.test_data", TEST_DATA_CONFIDENCE
        elif parsed.possible_rule:
            rule, confidence = parsed.possible_rule, 0.8 if parsed.international or cue & _CUE_PHONE else 0.65
        elif parsed.international:
            rule, confidence = "phone.international", 0.95
        elif cue & _CUE_PHONE:
            rule, confidence = "phone.cue", 0.95 if not glued else 0.9
        else:
            rule, confidence = "phone.national", 0.75 if parsed.region_hinted else 0.65
        return Match(Kind.PHONE, None, parsed.value, start, end, rule, confidence)

    def _read_glued_prefix(
        self, text: str, start: int, digits: str, hints: tuple[str, ...], cue: int, budget: list[int]
    ) -> Match | None:
        """UK SMS spam glues a price to the number ("Help08700621170150p"): read the longest national
        prefix of a trunk-prefixed run, the rest being something else."""
        if not (digits.startswith("0") and not digits.startswith("00") and len(digits) <= 16):
            return None
        for length in (11, 10):
            if budget[0] <= 0:
                return None
            prefix = digits[:length]
            parsed = self._parse(prefix, prefix, False, hints, cue, budget)
            if parsed is not None:
                rule, confidence = ("phone.cue", 0.85) if cue & _CUE_PHONE else ("phone.glued", 0.65)
                return Match(Kind.PHONE, None, parsed.value, start, start + length, rule, confidence)
        return None

    @staticmethod
    def _parse(
        written: str, digits: str, plus: bool, hints: tuple[str, ...], cue: int, budget: list[int]
    ) -> _Parsed | None:
        if not plus and _dials_out(digits):
            plus, written = True, _as_plus(written)
        if plus:
            budget[0] -= 1
            e164 = valid_e164(written, None)
            return None if e164 is None else _Parsed(e164, True, True)
        parsed, readings = _national_unbounded(written, digits, hints, cue)
        if readings <= budget[0]:
            budget[0] -= readings
            return parsed
        return _read_national(written, digits, hints, cue, budget)


def _read_national(written: str, digits: str, hints: tuple[str, ...], cue: int, budget: list[int]) -> _Parsed | None:
    """A national number's reading: hinted regions first, then the likely ones; one budget unit a reading.

    Unhinted, when the words say the number is a mobile (`_CUE_MOBILE`: "whatsapp me on 0300 123 4567"), a
    service reading (premium rate, UAN, personal...) gives way to a mobile one of a later region ("0300 123
    4567": UK UAN, Pakistani mobile). Elsewhere the first region keeps it: UK spam advertises its 08/09
    numbers."""
    grouping: tuple[int, ...] | None = None
    first: _Parsed | None = None
    first_region = ""
    service: _Parsed | None = None
    fiction_read = False
    for region, hinted, how in _readings(len(digits), digits[:_HEAD], hints):
        if not hinted and not fiction_read:
            # Where no hinted region reads it, a number of a range published for fiction is that region's.
            fiction_read = True
            if (fictional := _fictional(written, digits)) is not None:
                return fictional
        budget[0] -= 1
        if budget[0] < 0:
            break
        e164 = valid_e164(digits, region.code)
        if e164 is None:
            continue
        # A hinted region may read a number written without its trunk prefix when a cue names it a phone.
        if (
            how == "bare"
            and region.trunk
            and not (hinted and cue & _CUE_PHONE)
            and not _bare_usual(digits, region.code)
        ):
            continue
        parsed = _Parsed(e164, False, hinted)
        # Unhinted, the digits may be valid in several regions: the one whose national format groups
        # them as written wins ("06 12 34 56 78" is French, though Pakistan would take the digits).
        if hinted:
            return parsed
        if grouping is None:
            grouping = tuple(_grouping(written))
        if len(grouping) < 2 or _national_grouping(digits, region.code) == grouping:
            if service is None and not cue & _CUE_MOBILE:
                return parsed
            kind = _number_type(digits, region.code)
            if service is None and kind not in _SERVICE_TYPES:
                return parsed
            if service is None:
                service = parsed
            elif kind in MOBILE_TYPES:
                return parsed
            continue
        if first is None:
            first, first_region = parsed, region.code
    if service is None and (first is not None or cue & _CUE_PHONE):
        # No valid reading groups the digits as written: a possible one of a likelier region that does is what
        # was meant ("555-123-4567" is a fictional NANP number, not the Brazilian one its digits also are).
        return _possible_as_written(written, digits, hints, first_region) or first
    return service or first


_NANP_GROUPING = (3, 3, 4)

# Ranges regulators publish for drama and test data (Ofcom, ACMA, ARCEP), as national numbers without the trunk
# prefix: libphonenumber calls most of them invalid, and their digits may be valid elsewhere ("07700 900123"
# would be German). North America's 555 area code is written the same way, read as digits (1 is many countries').
_FICTIONAL_RANGES = {
    "GB": (
        "7700900", "1632960", "1134960", "1144960", "1154960", "1164960", "1174960", "1184960", "1214960",
        "1314960", "1414960", "1514960", "1614960", "1914980", "2079460", "2896496", "2920180", "3069990",
        "8081570", "9098790",
    ),
    "AU": ("491570", "25550", "37010", "75550", "87010"),
    "FR": ("19900", "26191", "35301", "46571", "53649", "63998"),
}  # fmt: skip
_FICTIONAL_NANP_AREA = "555"
# North America's 555-0100 to 555-0199 are set aside for fiction in every area code: valid, yet no one's line.
_FICTIONAL_NANP_LINE = "55501"


def _sample_number(parsed: _Parsed, text: str, start: int, end: int) -> bool:
    """Whether the reading is sample data quoted by the work: a record of a data table, or, when a placeholder
    word says so, a number no one answers (not valid, or a line set aside for fiction: "(800) 555-0199 per the
    brief") or a value of a code or data sample (`VALUES ('Ana', '+1 415 555 2671')`, `"phone": "+44 20 7946 0958"`,
    `Jane,(415) 555-0132`), whose lines the placeholder word may stand above."""
    if sample_value(text, start, end):
        return True
    national = parsed.value.removeprefix("+1") if len(parsed.value) == 12 else parsed.value
    unreachable = bool(parsed.possible_rule) or (len(national) == 10 and national[3:8] == _FICTIONAL_NANP_LINE)
    return unreachable and placeholder_said(text, start, end)


def _fictional(written: str, digits: str) -> _Parsed | None:
    """The reading of a national number in a range published for fiction, or None."""
    for code, prefixes in _FICTIONAL_RANGES.items():
        region = _region(code)
        if region is None or not digits.startswith(region.trunk):
            continue
        national = digits[len(region.trunk) :]
        if national.startswith(prefixes) and len(national) in region.lengths:
            valid = valid_e164(digits, code) is not None  # some are valid ("020 7946 0xxx"): an ordinary reading
            return _Parsed(f"+{region.country_code}{national}", False, False, "" if valid else "phone.fictional_range")
    nanp_area = len(digits) == 10 and digits.startswith(_FICTIONAL_NANP_AREA)
    if nanp_area and tuple(_grouping(written)) in ((10,), _NANP_GROUPING):
        return _Parsed(digits, False, False, "phone.fictional_range")
    return None


def _possible_as_written(written: str, digits: str, hints: tuple[str, ...], valid_in: str) -> _Parsed | None:
    """The possible (not valid) reading of a national number whose written grouping is its region's: the
    North American 3-3-4 ("(555) 123-4567", digits as the value, as 1 is the code of many countries), else a
    region tried before `valid_in` (the region of a valid reading grouped otherwise, "" for none) whose trunk
    prefix it starts with and whose national format it splits no finer than written ("07700 900 123")."""
    grouping = tuple(_grouping(written))
    if len(grouping) < 2:
        return None
    if grouping == _NANP_GROUPING:
        return _Parsed(digits, False, False, "phone.possible_as_written")
    if grouping == (1, *_NANP_GROUPING) and digits.startswith("1"):
        return _Parsed("+" + digits, False, False, "phone.possible_as_written")
    written_ends = set(itertools.accumulate(grouping))
    for region, hinted, how in _readings(len(digits), digits[:_HEAD], hints):
        if region.code == valid_in:
            return None
        if how != "trunk" or region.country_code == "1":
            continue
        national = digits[len(region.trunk) :]
        if national.startswith("0"):
            continue
        number = phonenumbers.PhoneNumber(country_code=int(region.country_code), national_number=int(national))
        if phonenumbers.is_possible_number_with_reason(number) != phonenumbers.ValidationResult.IS_POSSIBLE:
            continue
        format_ends = set(itertools.accumulate(_grouping(_national_format(number))))
        if format_ends <= written_ends:
            return _Parsed(e164(number), False, hinted, "phone.possible_as_written")
    return None


_SERVICE_TYPES = frozenset(
    {
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,
        PhoneNumberType.PERSONAL_NUMBER,
        PhoneNumberType.PAGER,
        PhoneNumberType.VOICEMAIL,
    }
)
# The types a mobile line may have (a wallet or a messaging account sits on one).
MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


@lru_cache(maxsize=8192)
def _number_type(digits: str, code: str) -> int:
    number = valid_number(digits, code)
    return PhoneNumberType.UNKNOWN if number is None else int(phonenumbers.number_type(number))


@lru_cache(maxsize=8192)
def _national_unbounded(written: str, digits: str, hints: tuple[str, ...], cue: int) -> tuple[_Parsed | None, int]:
    """_read_national with a budget for every reading, and how many it used: with at least that many left,
    _read_national gives the same reading (spam and chat repeat numbers, so this is cached)."""
    unbounded = len(_readings(len(digits), digits[:_HEAD], hints))
    budget = [unbounded]
    return _read_national(written, digits, hints, cue, budget), unbounded - budget[0]


# Readings repeat (spam resends the same numbers, a candidate tries several regions): the costly steps after
# validation are cached on the same (digits, region) key as valid_number.
@lru_cache(maxsize=32768)
def valid_e164(written: str, code: str | None) -> str | None:
    number = valid_number(written, code)
    return None if number is None else e164(number)


def e164(number: phonenumbers.PhoneNumber) -> str:
    """phonenumbers.format_number(number, E164): for a number with digits, that is "+", the country code and the
    national significant number, built here without format_number's call chain."""
    if not number.national_number:
        return str(phonenumbers.format_number(number, PhoneNumberFormat.E164))
    return f"+{number.country_code}{phonenumbers.national_significant_number(number)}"


@lru_cache(maxsize=8192)
def _bare_usual(digits: str, code: str) -> bool:
    number, region = valid_number(digits, code), _region(code)
    return number is not None and region is not None and _bare_is_usual(number, region)


@lru_cache(maxsize=8192)
def _national_grouping(digits: str, code: str) -> tuple[int, ...]:
    number = valid_number(digits, code)
    return () if number is None else tuple(_grouping(_national_format(number)))


# _written_as reads a number's length and its first digits (the trunk prefix or the country code, at most this
# many): the regions a number may be read in are found once per length, head and hints.
_HEAD = 4


@lru_cache(maxsize=8192)
def _readings(length: int, head: str, hints: tuple[str, ...]) -> tuple[tuple[_Region, bool, str], ...]:
    """(region, hinted, how written) for every region of _regions_to_try(hints) where digits of `length`
    starting with `head` can be a number (see _written_as)."""
    regions = _regions_to_try(hints)
    if any(len(r.trunk) > _HEAD or len(r.country_code) > _HEAD for r, _ in regions):
        raise ValueError("a trunk prefix or country code longer than _HEAD digits")
    digits = head + "0" * (length - len(head))  # the same length and head: the same answers
    out = []
    for region, hinted in regions:
        how = _written_as(digits, region, hinted)
        if how is not None:
            out.append((region, hinted, how))
    return tuple(out)


@lru_cache(maxsize=256)
def _regions_to_try(hints: tuple[str, ...]) -> tuple[tuple[_Region, bool], ...]:
    """The regions a national number is read in, hinted ones first, each once, with whether it is hinted."""
    out: list[tuple[_Region, bool]] = []
    for code in dict.fromkeys((*hints, *FALLBACK_REGIONS)):
        region = _region(code)
        if region is not None:
            out.append((region, code in hints))
    return tuple(out)


# phonenumbers compiles its metadata patterns through re's cache, which holds 512 patterns: with every
# region in play it thrashes, so each validation recompiles. Keep them for the process instead.
phonenumbers.re_util.enable_pattern_cache()


def load_every_region() -> None:
    """Load every region's metadata (and the non-geographic country codes'), compile its patterns and pick the
    ones validation uses per number length (a fifth of a second). They load on first use otherwise: a
    millisecond or two the first time a message holds a number of a region, national or international
    ("+389 ..."). `Scanner.warm_up` calls this, so no message of a server pays for it."""
    for code in sorted(phonenumbers.SUPPORTED_REGIONS):
        example = phonenumbers.example_number(code)
        if example is not None:
            _validate_and_parse(example)
            _national_format(example)
        meta = PhoneMetadata.metadata_for_region(code)
        if meta is not None and meta.national_prefix_for_parsing:
            _trunk_pattern(meta.national_prefix_for_parsing)
        if meta is not None and meta.general_desc is not None:
            for length in meta.general_desc.possible_length or ():
                _known_type_pattern(code, length)  # validation's pattern per length, built once
    for country_code, regions in COUNTRY_CODE_TO_REGION_CODE.items():
        if len(regions) > 1 and REGION_CODE_FOR_NON_GEO_ENTITY not in regions:
            _sharing_regions(country_code)
    # Country codes of no region ("+800" freephone, "+882" networks) have metadata of their own.
    for country_code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        example = phonenumbers.example_number_for_non_geo_entity(country_code)
        if example is not None:
            _validate_and_parse(example)


def _validate_and_parse(example: phonenumbers.PhoneNumber) -> None:
    """Validate and parse an example number: what loads its metadata and compiles the patterns both use."""
    phonenumbers.is_valid_number(example)
    phonenumbers.parse(phonenumbers.format_number(example, PhoneNumberFormat.E164))
