"""Payment accounts: pay links (PayPal.Me, Wise, Payoneer, Cash App, Venmo, Revolut), accounts named after a
payment cue ("PayPal: jo@x.com", "Zelle 415 555 0123", "Cash App $jo"), UPI addresses, IBANs, card numbers
and crypto wallets. Every number family is checksum-validated, so look-alikes (order numbers, commit hashes,
UUIDs, hex constants) fail the check instead of being guessed at.

Cost: ordinary text pays for one digit count and a few substring tests; the regexes of a family run only
when its ingredients are present, and validators only on regex candidates.
"""

from __future__ import annotations

import re

import phonenumbers

from ringfence.detectors.base import Match
from ringfence.detectors.email import EmailDetector
from ringfence.normalize.view import View
from ringfence.types import Context, Kind
from ringfence.validators import (
    base58check_platform,
    canonical_iban,
    card_network,
    eth_checksum_address,
    segwit_platform,
)

_ASCII_DIGITS = b"0123456789"

# --- pay links ---------------------------------------------------------------------------------------------
# One alternative per service; the named group holds the account id. A trailing amount (paypal.me/jo/25EUR)
# belongs to the link. Names may end in "." or "-" only inside the link, so sentence punctuation is trimmed.
_LINK = re.compile(
    r"(?<![\w.@/-])(?:https?://)?(?:www\.)?(?:"
    r"(?:paypal\.me|paypal\.com/paypalme)/(?P<paypal>[\w.-]{1,64})(?:/[\d.,]{1,12}(?:[A-Za-z]{3})?)?"
    r"|(?:transfer)?wise\.com/pay/(?:me|r|business)/(?P<wise>[\w.-]{1,64})"
    r"|link\.payoneer\.com/Token\?t=(?P<payoneer>[\w-]{8,128})(?:&[\w=&%.-]{0,100})?"
    r"|cash\.app/\$(?P<cashapp>[\w-]{1,21})(?:/[\d.,]{1,12})?"
    r"|(?:account\.)?venmo\.com/(?:u/)?(?P<venmo>[\w-]{2,31})"
    r"|revolut\.me/(?P<revolut>[\w.-]{1,32})"
    r")",
    re.IGNORECASE,
)
# Venmo site pages that are not profiles.
_VENMO_PAGES = frozenset({"about", "legal", "signup", "login", "business", "pay", "help", "security", "privacy"})

# --- accounts after a payment cue ----------------------------------------------------------------------------
# cue word -> platform; the cue regex is built from the same table. "Wise" is an English word, so only the
# capitalised brand counts (handled in `_platform_of`).
_CUES: dict[str, str] = {
    "paypal": "paypal",
    "pay pal": "paypal",
    "payoneer": "payoneer",
    "zelle": "zelle",
    "gcash": "gcash",
    "g cash": "gcash",
    "venmo": "venmo",
    "cash app": "cashapp",
    "cashapp": "cashapp",
    "revolut": "revolut",
    "wise": "wise",
    "transferwise": "wise",
    "skrill": "skrill",
    "paytm": "paytm",
    "phonepe": "phonepe",
    "gpay": "googlepay",
    "google pay": "googlepay",
    "upi": "upi",
    "mpesa": "mpesa",
    "m-pesa": "mpesa",
    "paymaya": "maya",
    "interac": "interac",
    "e-transfer": "interac",
}
# Where a bare national phone number after the cue is most likely from.
_PHONE_REGION = {
    "zelle": "US",
    "venmo": "US",
    "cashapp": "US",
    "gcash": "PH",
    "maya": "PH",
    "paytm": "IN",
    "phonepe": "IN",
    "googlepay": "IN",
    "upi": "IN",
    "mpesa": "KE",
    "interac": "CA",
}
# Sigil-prefixed ids by platform: Cash App "$cashtag", Venmo/Revolut/Wise "@username".
_TAG_SIGIL = {"cashapp": "$", "venmo": "@", "revolut": "@", "wise": "@"}

_CUE_PLATFORM = {cue.replace(" ", ""): platform for cue, platform in _CUES.items()}
_CUE_WORDS = sorted(_CUES, key=len, reverse=True)
_CUE = re.compile(
    r"(?<![\w.@$])(?P<cue>" + "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in _CUE_WORDS) + r")(?![\w])"
    # A few filler words between cue and account: "my PayPal account email is", "Zelle me at", "GCash no.:".
    r"""(?:[\s:=>(\[,.'"-]{1,3}(?:account|acct|email|e-mail|mail|id|address|username|user|tag|cashtag|number|num|no"""
    r"|phone|handle|details|is|at|to|on|me|my|it's|its){1}(?![\w])){0,4}"
    r"""[\s:=>(\[,<'"-]{1,3}""",
    re.IGNORECASE,
)
_CUE_STEMS = ("pal", "payoneer", "zelle", "cash", "venmo", "revolut", "wise", "skrill", "paytm", "phonepe", "pay",
              "upi", "pesa", "interac", "e-transfer")  # fmt: skip
_PHONE_AT = re.compile(r"\+?\(?\d(?:[\s().-]{0,2}\d){6,16}(?![\w])")
_TAG_AT = re.compile(r"[$@](?P<tag>[A-Za-z][\w.-]{0,30}[A-Za-z0-9]|[A-Za-z])(?![\w@])")

# --- UPI virtual payment addresses: name@psp, an email-like id whose "domain" is a bank's handle ---------------
_UPI_HANDLES = [
    "okaxis",
    "okhdfcbank",
    "okicici",
    "oksbi",
    "ybl",
    "ibl",
    "axl",
    "paytm",
    "ptyes",
    "ptaxis",
    "pthdfc",
    "ptsbi",
    "upi",
    "apl",
    "yapl",
    "rapl",
    "axisbank",
    "hdfcbank",
    "icici",
    "sbi",
    "kotak",
    "idfcfirst",
    "fbl",
    "jupiteraxis",
    "slc",
    "freecharge",
    "waaxis",
    "wahdfcbank",
    "wasbi",
    "waicici",
    "airtel",
    "jio",
    "pingpay",
    "abfspay",
    "axisb",
    "ikwik",
    "yesbank",
    "yesbankltd",
    "barodampay",
    "aubank",
    "indus",
    "federal",
    "naviaxis",
    "superyes",
    "dlb",
    "timecosmos",
    "tapicici",
    "okbizaxis",
]
_UPI = re.compile(
    r"(?<![\w.+%-])(?P<name>\w[\w.-]{0,62}\w)@(?P<psp>" + "|".join(sorted(_UPI_HANDLES, key=len, reverse=True)) + r")"
    r"(?![\w@-]|\.[A-Za-z0-9])",
    re.IGNORECASE,
)

# --- account numbers -----------------------------------------------------------------------------------------
# Card: digit groups joined by single spaces or dashes; the validator picks the group window that is a card.
_CARD = re.compile(r"(?<![\w+.,/-])\d{1,19}(?:[ -]\d{1,19}){0,9}(?![\w]|[.,/-]\d)")
_DIGIT_GROUP = re.compile(r"\d{1,19}")
_CARD_CUE = re.compile(r"(?i)\b(?:card|cc|visa|master\s?card|amex|credit|debit|cvv|exp)\b")
# IBAN: country, check digits, then 11-30 letters/digits, optionally grouped; trimmed to a valid prefix below.
_IBAN = re.compile(r"(?<![\w])[A-Za-z]{2}\d\d(?:[ -]?[A-Za-z0-9]){11,31}")
_BASE58 = re.compile(r"(?<![\w])[13LMDT][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w])")
_SEGWIT = re.compile(r"(?<![\w])(?:bc|BC|ltc|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}(?![\w])")
_ETH = re.compile(r"(?<![\w])0x(?P<hex>[0-9a-fA-F]{40})(?![\w])")

_EMAILS = EmailDetector()


def _payment(platform: str, value: str, start: int, end: int, rule: str, confidence: float) -> Match:
    return Match(Kind.PAYMENT, platform, value, start, end, f"payment.{rule}", confidence)


def _platform_of(cue: str) -> str | None:
    key = "".join(cue.lower().split())
    platform = _CUE_PLATFORM.get(key)
    if platform == "wise" and cue[0] != "W" and key != "transferwise":
        return None  # "be wise", "otherwise"-like prose, not the brand
    return platform


class PaymentDetector:
    name = "payment"
    kinds = frozenset({Kind.PAYMENT})

    def detect(self, view: View, context: Context) -> list[Match]:
        text = view.text
        encoded = text.encode("utf-8")
        digits = len(encoded) - len(encoded.translate(None, _ASCII_DIGITS))
        has_at = "@" in text
        matches: list[Match] = []
        if digits >= 6:
            matches += self._cards(text)
            matches += self._ibans(text)
        if digits:
            matches += self._crypto(text)
        elif "T" in text:
            matches += self._base58(text)  # a TRON address can be free of digits
        if has_at:
            matches += self._upi(text)
        if has_at or digits >= 7 or "/" in text or "$" in text:
            lower = text.lower()
            if any(stem in lower for stem in _CUE_STEMS):
                matches += self._links(text)
                matches += self._cued(view, context)
        return matches

    # -- pay links and cued accounts --

    def _links(self, text: str) -> list[Match]:
        found = []
        for m in _LINK.finditer(text):
            platform = next(name for name, value in m.groupdict().items() if value is not None)
            account = m.group(platform)
            end = m.end()
            if m.end(platform) == end:  # the id ends the link: sentence punctuation is not part of it
                stripped = account.rstrip(".-")
                end -= len(account) - len(stripped)
                account = stripped
            if not account or (platform == "venmo" and account.lower() in _VENMO_PAGES):
                continue
            value = account if platform == "payoneer" else account.lower()
            found.append(_payment(platform, value, m.start(), end, "link", 0.97))
        return found

    def _cued(self, view: View, context: Context) -> list[Match]:
        text = view.text
        emails = {e.start: e for e in _EMAILS.detect(view, context)} if "@" in text else {}
        found = []
        for m in _CUE.finditer(text):
            platform = _platform_of(m.group("cue"))
            if platform is None:
                continue
            pos = m.end()
            email = emails.get(pos)
            if email is not None:
                found.append(_payment(platform, email.value, m.start(), email.end, "cue_email", 0.95))
                continue
            sigil = _TAG_SIGIL.get(platform)
            tag = _TAG_AT.match(text, pos)
            if tag is not None and sigil is not None and text[pos] == sigil:
                found.append(_payment(platform, tag.group("tag").lower(), m.start(), tag.end(), "cue_tag", 0.9))
                continue
            phone = _PHONE_AT.match(text, pos)
            if phone is not None:
                value = _phone_value(phone.group(), _PHONE_REGION.get(platform) or context.region)
                if value is not None:
                    found.append(_payment(platform, value, m.start(), phone.end(), "cue_phone", 0.85))
        return found

    def _upi(self, text: str) -> list[Match]:
        found = []
        for m in _UPI.finditer(text):
            value = f"{m.group('name').lower()}@{m.group('psp').lower()}"
            found.append(_payment("upi", value, m.start(), m.end(), "upi", 0.9))
        return found

    # -- numbers with checksums --

    def _cards(self, text: str) -> list[Match]:
        found = []
        for m in _CARD.finditer(text):
            groups = [(g.start(), g.end()) for g in _DIGIT_GROUP.finditer(m.group())]
            cued = _CARD_CUE.search(text, max(0, m.start() - 40), m.start()) is not None
            found += _card_windows(text, m.start(), groups, cued)
        return found

    def _ibans(self, text: str) -> list[Match]:
        found = []
        m = _IBAN.search(text)
        while m is not None:
            raw, pos = m.group(), m.start() + 1
            # The longest prefix ending at a token boundary: "DE89 3704 0044 0532 0130 00 thanks". A failed run
            # is retried from its next word, which may start the real IBAN ("ref AB12 ... DE89 3704 ...").
            for cut in range(len(raw), 14, -1):
                if not raw[cut - 1].isalnum() or (cut < len(raw) and raw[cut].isalnum()):
                    continue
                value = canonical_iban(raw[:cut].replace(" ", "").replace("-", ""))
                if value is not None:
                    found.append(_payment("iban", value, m.start(), m.start() + cut, "iban", 0.98))
                    pos = m.start() + cut
                    break
            m = _IBAN.search(text, pos)
        return found

    def _crypto(self, text: str) -> list[Match]:
        found = self._base58(text)
        if "c1" in text or "C1" in text:
            for m in _SEGWIT.finditer(text):
                platform = segwit_platform(m.group())
                if platform is not None:
                    found.append(_payment(platform, m.group().lower(), m.start(), m.end(), "segwit", 0.98))
        if "0x" in text:
            for m in _ETH.finditer(text):
                checked = eth_checksum_address(m.group("hex"))
                if checked is not None:
                    address, checksummed = checked
                    found.append(_payment("ethereum", address, m.start(), m.end(), "eth", 0.98 if checksummed else 0.8))
        return found

    def _base58(self, text: str) -> list[Match]:
        found = []
        for m in _BASE58.finditer(text):
            platform = base58check_platform(m.group())
            if platform is not None:
                found.append(_payment(platform, m.group(), m.start(), m.end(), "base58check", 0.98))
        return found


def _card_windows(text: str, offset: int, groups: list[tuple[int, int]], cued: bool) -> list[Match]:
    """Card numbers among consecutive digit groups: a window of groups whose digits form a valid card; a
    multi-group window starts with a 4-digit group, as every network prints it. Longest window first."""
    found = []
    i = 0
    while i < len(groups):
        hit = None
        for j in range(len(groups), i, -1):
            if j - i > 1 and groups[i][1] - groups[i][0] != 4:
                continue
            start, end = offset + groups[i][0], offset + groups[j - 1][1]
            digits = "".join(text[offset + a : offset + b] for a, b in groups[i:j])
            network = card_network(digits)
            if network is not None:
                confidence = 0.95 if cued or j - i > 1 else 0.85
                hit = (j, _payment(network, digits, start, end, "card", confidence))
                break
        if hit is None:
            i += 1
        else:
            i = hit[0]
            found.append(hit[1])
    return found


def _phone_value(raw: str, region: str | None) -> str | None:
    """E.164 when the number is possible for its region, else its digits if it has a phone number's length."""
    digits = "".join(c for c in raw if c.isdigit())
    if not 7 <= len(digits) <= 15:
        return None
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None if raw.startswith("+") else digits  # no region to read a national number with
    if phonenumbers.is_possible_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None
