"""Letter/digit look-alikes: defanged URLs, "O"/"l" inside digit runs, leetspeak in names, vanity numbers.

Digits are never turned into letters where they could be a number: leetspeak is read only inside a token that
becomes a known provider or platform name, or in the host right of "@"; letters become digits only inside a
token that already holds digits ("O8O-1234") or in a phone-shaped vanity number ("1-800-FLOWERS").
"""

from __future__ import annotations

import re

from ringfence.normalize.cues import byte_classes, cues
from ringfence.normalize.view import View, rewrite, words

# --- defanged URLs ------------------------------------------------------------------------------------------

_DEFANGED_SCHEME = re.compile(
    r"(?<![\w])h(?:xx|\*\*|XX|tt)p([s5$]?)(?=\s{0,2}(?:\[?:\]?|\(:\))\s{0,2}/)", re.IGNORECASE
)
_DEFANG_HINT = re.compile(r"h(?:xx|\*\*)p", re.IGNORECASE)


class DefangedUrls:
    """ "hxxp://", "hxxps[:]//", "hxxp5://", "h**p://" back to "http"/"https" (brackets are handled by the
    separators)."""

    name = "defang"

    def needed(self, text: str) -> bool:
        return ("xx" in text or "XX" in text or "**" in text) and _DEFANG_HINT.search(text) is not None

    def apply(self, view: View) -> View:
        # "hxxp5://": the "s" may itself be leet
        edits = [(m.start(), m.end(), "https" if m.group(1) else "http") for m in _DEFANGED_SCHEME.finditer(view.text)]
        return rewrite(view, self.name, edits) if edits else view


# --- "O" for 0, "l"/"I" for 1 (and S, B, Z) inside digit runs ------------------------------------------------

# A digit or a look-alike: "O"/"o" for 0, "I"/"l"/"|" for 1 anywhere in a part; "S", "B" and "Z" (5, 8, 2)
# between two digits ("5S5"), or at a part's edge beside a digit ("S67B"), which `_digit_lookalike_edits` reads
# only in a run with another look-alike, so "B2B", "SOS" and a code's letters ("2OB", "33S", "12B") stay letters.
_EDGE_LOOKALIKE = r"(?<![^\W_])[SBZ](?=[0-9])|(?<=[0-9])[SBZ](?![^\W_])"
_DIGITISH = rf"(?:[0-9OoIl|]|(?<=[0-9])[SBZ](?=[0-9])|{_EDGE_LOOKALIKE})"
_DIGITISH_RUN = re.compile(
    rf"(?<![^\W\d_]){_DIGITISH}{{1,20}}(?:[\s.\-()]{{1,3}}{_DIGITISH}{{1,20}}){{0,8}}(?![^\W\d_])"
)
_DIGITISH_PART = re.compile(rf"{_DIGITISH}{{1,20}}")
_INNER_LOOKALIKE = re.compile(r"[SBZ]")
_EDGE_LOOKALIKES = re.compile(_EDGE_LOOKALIKE)
# A run with no more look-alikes than digits reads as digits once it has a phone's six digits; one written mostly
# in look-alikes ("O7OO 9OO I23") needs a phone's length and a digit in each of its parts ("I lOOO" stays words).
_MIN_RUN_DIGITS = 6
_MIN_MOSTLY_LOOKALIKE_DIGITS = 4
_MIN_MOSTLY_LOOKALIKE_LENGTH = 10
# A look-alike beside a digit asked in C: digits "0", the look-alikes "o", everything else (every byte of a
# non-ASCII character too) a space, then a literal "0o" or "o0".
_DIGITISH_PAIRS = byte_classes({b"0123456789": b"0", b"OoIl|SBZ": b"o"})
_AS_DIGIT = str.maketrans("OoIl|SBZ", "00111582")
# "4|1|6": a bar between every two digits separates them (`spoken.SeparatorNoise`); it is not a "1".
_BAR_SEPARATED = re.compile(r"[0-9](?:\|[0-9]){1,20}")


class DigitLookalikes:
    """ "O8O-1234-5678", "O3OO 555 l234": letters that look like digits, in a phone-length run of digits."""

    name = "digit-lookalikes"

    def needed(self, text: str) -> bool:
        # a look-alike beside a digit (asked in C), then the runs themselves: most such texts ("2nd", "10l")
        # hold no phone-length run
        pairs = text.encode("utf-8", "surrogatepass").translate(_DIGITISH_PAIRS)
        return (b"0o" in pairs or b"o0" in pairs) and bool(_digit_lookalike_edits(text))

    def apply(self, view: View) -> View:
        edits = _digit_lookalike_edits(view.text)
        return rewrite(view, self.name, edits) if edits else view


def _digit_lookalike_edits(text: str) -> list[tuple[int, int, str]]:
    """The look-alikes of each phone-length run as digits."""
    edits = []
    for run in _DIGITISH_RUN.finditer(text):
        chunk = run.group(0)
        digits = sum(c.isdigit() for c in chunk)
        letters = sum(c.isalpha() or c == "|" for c in chunk)
        if not letters or not (
            (digits >= _MIN_RUN_DIGITS and letters <= digits)
            or (
                digits >= _MIN_MOSTLY_LOOKALIKE_DIGITS
                and digits + letters >= _MIN_MOSTLY_LOOKALIKE_LENGTH
                and all(any(c.isdigit() for c in part.group()) for part in _DIGITISH_PART.finditer(chunk))
            )
        ):
            continue
        if letters == len(_EDGE_LOOKALIKES.findall(chunk)):
            continue  # "B2B 2024 12", "12B 10023": a code's letters beside digits, with no other look-alike
        for part in _DIGITISH_PART.finditer(chunk):
            token = part.group(0)
            if _BAR_SEPARATED.fullmatch(token):
                continue
            start = run.start() + part.start()
            end = start + len(token)
            glued = (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())
            if glued and _INNER_LOOKALIKE.search(token):
                continue  # "S", "B", "Z" only in a group of its own: hex and codes glue more to it ("2B3434...")
            if len(token) > 1 or token.isdigit():  # a lone "I" or "o" is a word
                edits.append((start, end, token.translate(_AS_DIGIT)))
    return edits


# --- leetspeak in provider and platform names ---------------------------------------------------------------

_LEET = str.maketrans("01345789@$!|", "oieastbgasil")
LEET_NAMES = words(
    "gmail googlemail hotmail outlook yahoo ymail icloud aol protonmail proton gmx yandex zoho rediffmail live "
    "whatsapp telegram signal skype viber wechat line discord instagram insta facebook messenger snapchat "
    "linkedin twitter tiktok paypal venmo cashapp zelle payoneer wise revolut upwork fiverr calendly"
)
_MIXED_TOKEN = re.compile(r"(?<![\w$!|])[\w$!|]{3,24}(?![\w$!|])")
# The host after "@", label by label ("9m41l.c0m"): leet there is read whole, TLD included.
_AFTER_AT = re.compile(r"@\s{0,2}([\w$!|]{2,63}(?:\.[\w$!|]{2,63}){0,4})")


def unleet(token: str) -> str:
    return token.translate(_LEET).lower()


class Leetspeak:
    """ "gma1l", "h0tmail", "0utlook", "wh4tsapp" -> the names, and leet in the host after "@"."""

    name = "leet"

    def needed(self, text: str) -> bool:
        mixed = cues(text).mixed
        if any(unleet(w) in LEET_NAMES for w in mixed):
            return True
        return "@" in text and bool(mixed) and leet_host_after_at(text)

    def apply(self, view: View) -> View:
        text = view.text
        edits: dict[int, tuple[int, int, str]] = {}
        for m in _AFTER_AT.finditer(text):
            labels = m.group(1).split(".")
            if _leet_host(labels):
                edits[m.start(1)] = (m.start(1), m.end(1), ".".join(map(unleet, labels)))
        for m in _MIXED_TOKEN.finditer(text):
            token = m.group(0)
            if m.start() in edits:
                continue
            plain = unleet(token)
            if plain != token.lower() and plain in LEET_NAMES:
                edits[m.start()] = (m.start(), m.end(), plain)
        return rewrite(view, self.name, sorted(edits.values())) if edits else view


def leet_host_after_at(text: str) -> bool:
    """Whether a host right of "@" is written in leet (`Leetspeak` reads it whole)."""
    return any(_leet_host(m.group(1).split(".")) for m in _AFTER_AT.finditer(text))


def _leet_host(labels: list[str]) -> bool:
    """A host written in leet: a label mixing letters and leet symbols, a digit between letters, or a last
    label that is neither letters nor a number ("c0m", "d3")."""
    return any((any(c.isalpha() for c in t) and not t.isalnum()) or has_inner_leet(t) for t in labels) or (
        len(labels) > 1 and not labels[-1].isalpha() and not labels[-1].isdigit()
    )


def has_inner_leet(token: str) -> bool:
    """A digit between letters ("gma1l") rather than a trailing number ("mail2")."""
    return any(
        token[i].isdigit() and token[i - 1].isalpha() and token[i + 1].isalpha() for i in range(1, len(token) - 1)
    )


# --- leetspeak inside URL-shaped tokens -----------------------------------------------------------------

# A dotted token, with the scheme when there is one ("h77p5://j0hn-d3s19n.c0m", "stud10.10/ca53"); a following
# "/" is kept apart, as a path corroborates the URL. Never after "@" (the email's host is Leetspeak's).
_URLISH = re.compile(
    r"(?<![\w$|@.\-])(?:(?P<scheme>[A-Za-z0-9$|]{4,5})://)?"
    r"(?P<host>[\w$|\-]{1,63}(?:\.[\w$|\-]{1,63}){1,4})(?![\w$|\-@])(?P<path>/)?"
)
# The cheap check: a letter beside a leet character (`[A-Za-z][0134579$|]|[0134579$|][A-Za-z]`, asked in C as
# for the digit look-alikes), then either "://" (a leet scheme) or a leet character in a label after a dot: a
# host is rewritten only when its last label or its scheme was leet, so "4u... www.example.com" changes nothing.
_LEET_PAIRS = byte_classes({b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz": b"a", b"0134579$|": b"0"})
_LEET_LABEL = re.compile(r"\.[\w$|\-]{0,62}[01345789$|]")  # the label chars up to a character _LEET reads
_SCHEMES = frozenset({"http", "https"})


def _tld(label: str, common: bool) -> bool:
    from ringfence.normalize.spoken import _is_common_tld, _is_tld  # spoken imports this module

    return _is_common_tld(label) if common else _is_tld(label)


class LeetUrls:
    """Leet read inside a URL-shaped token: a scheme that reads "http(s)" before "://", or a dotted host whose
    last label becomes a real TLD only once de-leeted ("c4lendly.c0m", "m4ria-d3v.n3t", "stud10.10/x").
    Labels are de-leeted only when the TLD itself was leet (or the scheme was), so real hosts with digits
    ("web3.com", "b2b4u.com") never change; a TLD of digits alone ("python3.10") also needs a leet label
    elsewhere (a digit between letters) or a path or scheme, and every host needs a label with two letters
    ("2.5m" is a number). Paths are left as typed ("/30min" is not leet)."""

    name = "leet-urls"

    def needed(self, text: str) -> bool:
        if "." not in text:
            return False
        pairs = text.encode("utf-8", "surrogatepass").translate(_LEET_PAIRS)
        # then the hosts themselves: most such texts ("4u ... 1.5p/min") hold no host with a leet TLD or scheme
        return (
            (b"a0" in pairs or b"0a" in pairs)
            and ("://" in text or _LEET_LABEL.search(text) is not None)
            and bool(_leet_url_edits(text))
        )

    def apply(self, view: View) -> View:
        edits = _leet_url_edits(view.text)
        return rewrite(view, self.name, edits) if edits else view


def _leet_url_edits(text: str) -> list[tuple[int, int, str]]:
    """The de-leeted scheme and host of each URL-shaped token whose TLD or scheme was leet."""
    edits = []
    for m in _URLISH.finditer(text):
        labels = m.group("host").split(".")
        plain = [unleet(label) for label in labels]
        scheme = m.group("scheme")
        leet_scheme = scheme is not None and scheme.lower() not in _SCHEMES and unleet(scheme) in _SCHEMES
        if scheme is not None and not leet_scheme and scheme.lower() not in _SCHEMES:
            continue  # "ftp://", "ws://": not read
        last = labels[-1]
        leet_tld = plain[-1] != last.lower() and not _tld(last.lower(), False) and _tld(plain[-1], scheme is None)
        if not (leet_scheme or leet_tld) or not _tld(plain[-1], False):
            continue
        if not any(sum(c.isascii() and c.isalpha() for c in label) >= 2 for label in labels[:-1]):
            continue
        if last.isdigit() and not (scheme or m.group("path") or any(map(has_inner_leet, labels[:-1]))):
            continue  # "python3.10": a version, unless something else says URL
        if leet_scheme:
            edits.append((m.start("scheme"), m.end("scheme"), unleet(scheme)))
        edits.append((m.start("host"), m.end("host"), ".".join(plain)))
    return edits


# --- vanity phone numbers -----------------------------------------------------------------------------------

# A phone keypad's letters as its digits (str.translate table).
KEYPAD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "22233344455566677778889999")
# Groups may keep the wide gaps of a number spelled out one character at a time ("4 1 5   7 3 6   W D Q P" is
# "415   736   WDQP" once collapsed, "( 3 1 2 )" is "( 312)").
VANITY_NUMBER = re.compile(
    r"(?<![\w+])(?P<lead>(?:\+?1[\s.\-]{0,3})?(?:\(\s{0,2}\d{3}\s{0,2}\)|\d{3})[\s.\-]{0,3})"
    r"(?P<tail>[A-Z0-9](?:(?:[\s.\-]| {3,4})?[A-Z0-9]){6})(?![\w])"
)
_VANITY_HINT = re.compile(r"\d{3}[\s.\-)]{0,3}[A-Z]{2}")
# A price's currency after its digits ("1500-2000 USD") is no keypad word.
_PRICED = re.compile(r"[\d\s.\-]{1,24}(?P<code>[A-Z]{3})")
_CURRENCY_CODES = words(
    "USD EUR GBP INR PKR NGN KES PHP AED SAR RUB UAH BRL MXN ZAR AUD CAD BDT EGP IDR VND JPY CNY CHF SGD HKD NZD TRY"
    " PLN SEK NOK DKK MYR THB GHS TZS UGX LKR NPR MAD ARS COP CLP PEN ILS QAR KWD CZK HUF RON"
)


class VanityNumbers:
    """ "415-DEV-CODE", "1-800-FLOWERS": keypad letters to digits, only after an area code (capitals, >= 3)."""

    def __init__(self, collapsed_only: bool = False) -> None:
        # After the spoken transforms: only a number they collapsed ("4/1/5 7/3/6 X/D/R/Q"); one typed as it
        # stands is the letters recipe's, so the spoken recipe makes no view of its own for it.
        self.collapsed_only = collapsed_only
        self.name = "vanity-collapsed" if collapsed_only else "vanity"

    def needed(self, text: str) -> bool:
        found = cues(text)
        if found.digits < 3 or found.uppers < 3:
            return False
        return self.collapsed_only or _VANITY_HINT.search(text) is not None

    def apply(self, view: View) -> View:
        if self.collapsed_only and (len(view.text) >= len(view.original) or _VANITY_HINT.search(view.text) is None):
            return view  # nothing was collapsed (collapsing only shortens), or no vanity shape
        edits = []
        for m in VANITY_NUMBER.finditer(view.text):
            tail = m.group("tail")
            priced = _PRICED.fullmatch(tail)
            if priced is not None and priced.group("code") in _CURRENCY_CODES:
                continue
            if sum(c.isalpha() for c in tail) >= 3 and not (self.collapsed_only and _as_typed(view, m)):
                edits.append((m.start("tail"), m.end("tail"), tail.translate(KEYPAD)))
        return rewrite(view, self.name, edits) if edits else view


def _as_typed(view: View, m: re.Match[str]) -> bool:
    start, end = view.to_original(m.start(), m.end())
    return view.original[start:end] == m.group(0)
