"""Disguise techniques: each rewrites a contact the way evaders do, and says which contact kinds it fits.

A technique returns the disguised text, or the input unchanged when it does not apply (no letters to swap,
no repeated digit, no keypad-friendly tail): the runner skips such cases. `stage` orders a pair: structural
rewrites (0) need the plain contact, character-level ones (1) work on any text, encodings (2) go last. An
encoding may add a cue around the payload (`frame`), which is not part of the span that must be covered.
"""

from __future__ import annotations

import base64
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import phonenumbers

from ringfence.fuzz.seeds import Seed
from ringfence.types import Kind

Rewrite = Callable[[str, Seed, random.Random], str]
Frame = Callable[[random.Random], tuple[str, str]]

_ALL = frozenset({Kind.EMAIL, Kind.PHONE, Kind.HANDLE, Kind.URL})
_TEXTUAL = frozenset({Kind.EMAIL, Kind.HANDLE, Kind.URL})
_LINKS = frozenset({Kind.EMAIL, Kind.URL})
_PHONE = frozenset({Kind.PHONE})


def _no_frame(rng: random.Random) -> tuple[str, str]:
    return "", ""


@dataclass(frozen=True, slots=True)
class Technique:
    name: str
    kinds: frozenset[Kind]
    stage: int
    rewrite: Rewrite
    frame: Frame = field(default=_no_frame)

    def apply(self, text: str, seed: Seed, rng: random.Random) -> str:
        return self.rewrite(text, seed, rng)


def _between(text: str, rng: random.Random, pick: Callable[[random.Random], str], gap: tuple[int, int]) -> str:
    """Insert pick(rng) between characters every gap[0]..gap[1] characters (never at the ends)."""
    out = []
    countdown = rng.randint(*gap)
    for i, char in enumerate(text):
        out.append(char)
        countdown -= 1
        if countdown <= 0 and i < len(text) - 1 and not char.isspace() and not text[i + 1].isspace():
            out.append(pick(rng))
            countdown = rng.randint(*gap)
    return "".join(out)


# --- character level -----------------------------------------------------------------------------------


# Between spelled-out words a writer leaves a wider gap, or "four one five" and "country code 44" become one
# unreadable stream of letters (to a reader as much as to a detector).
SPACED_WORD_GAP = "   "


def spaced_letters(text: str, seed: Seed, rng: random.Random) -> str:
    return SPACED_WORD_GAP.join(" ".join(word) for word in text.split())


def separator_noise(text: str, seed: Seed, rng: random.Random) -> str:
    # In an email or URL "." and "-" are meaningful, so noise there uses characters that are not.
    choices = "-._/|" if seed.kind is Kind.PHONE else "*~·|"
    noise = rng.choice(choices)
    return "".join(c + noise if c.isalnum() and n.isalnum() else c for c, n in zip(text, text[1:] + " ", strict=True))


_LOOKALIKES = {
    "a": "аα",
    "c": "сϲ",
    "e": "еε",
    "i": "іι",
    "j": "ј",
    "o": "оο",
    "p": "рρ",
    "s": "ѕ",
    "x": "хχ",
    "y": "уγ",
    "k": "κк",
    "h": "һ",
    "n": "η",
    "t": "τ",
    "v": "ν",
    "m": "м",
}


def lookalikes(text: str, seed: Seed, rng: random.Random) -> str:
    swapped = [rng.choice(_LOOKALIKES[c]) if c in _LOOKALIKES and rng.random() < 0.6 else c for c in text]
    return "".join(swapped)


def fullwidth(text: str, seed: Seed, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def math_alphanumerics(text: str, seed: Seed, rng: random.Random) -> str:
    """Mathematical bold (or sans-serif bold) letters and digits."""
    upper, lower, digit = rng.choice(((0x1D400, 0x1D41A, 0x1D7CE), (0x1D5D4, 0x1D5EE, 0x1D7EC)))
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(upper + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(lower + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(digit + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def zero_width(text: str, seed: Seed, rng: random.Random) -> str:
    # Mostly U+200B (the common one), sometimes the other invisibles.
    return _between(text, rng, lambda r: "\u200b" if r.random() < 0.6 else r.choice(_ZERO_WIDTH), (1, 2))


def soft_hyphens(text: str, seed: Seed, rng: random.Random) -> str:
    return _between(text, rng, lambda r: "\u00ad", (1, 3))


_ENTITIES = {"@": ("&#64;", "&#x40;", "&commat;"), ".": ("&#46;", "&period;", "&#x2E;"), ":": ("&#58;", "&colon;")}


def html_entities(text: str, seed: Seed, rng: random.Random) -> str:
    out = []
    for c in text:
        if c in _ENTITIES:
            out.append(rng.choice(_ENTITIES[c]))
        elif c.isalnum() and c.isascii() and rng.random() < 0.3:
            out.append(f"&#{ord(c)};" if rng.random() < 0.5 else f"&#x{ord(c):x};")
        else:
            out.append(c)
    return "".join(out)


_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}


def leetspeak(text: str, seed: Seed, rng: random.Random) -> str:
    return "".join(_LEET[c] if c in _LEET and rng.random() < 0.7 else c for c in text)


_NATIVE_ZEROS = {"devanagari": 0x0966, "arabic_indic": 0x0660, "extended_arabic_indic": 0x06F0, "bengali": 0x09E6}


# A character reference ("&#52;") is markup: a writer restyling the digits leaves its code alone, or the
# reference stops being one.
_REFERENCE = re.compile(r"&#?\w{1,8};")


def _digits(text: str, restyle: Callable[[str], str]) -> str:
    """Each ASCII digit restyled, outside character references."""
    out: list[str] = []
    cursor = 0
    for ref in [*_REFERENCE.finditer(text), None]:
        end = ref.start() if ref else len(text)
        out.extend(restyle(c) if "0" <= c <= "9" else c for c in text[cursor:end])
        if ref:
            out.append(ref.group(0))
            cursor = ref.end()
    return "".join(out)


def native_digits(text: str, seed: Seed, rng: random.Random) -> str:
    zero = _NATIVE_ZEROS[rng.choice(sorted(_NATIVE_ZEROS))]
    return _digits(text, lambda c: chr(zero + int(c)))


def circled_digits(text: str, seed: Seed, rng: random.Random) -> str:
    return _digits(text, lambda c: "⓪" if c == "0" else chr(0x2460 + int(c) - 1))


def keycap_digits(text: str, seed: Seed, rng: random.Random) -> str:
    return _digits(text, lambda c: c + "\ufe0f\u20e3")


# --- structural ----------------------------------------------------------------------------------------

_AT_DOT = {
    "en": (" at ", " dot "),
    "en_rate": (" at the rate ", " dot "),
    "es": (" arroba ", " punto "),
    "pt": (" arroba ", " ponto "),
    "fr": (" arobase ", " point "),
    "de": (" at ", " punkt "),
    "it": (" chiocciola ", " punto "),
}


def at_dot_words(text: str, seed: Seed, rng: random.Random) -> str:
    at, dot = _AT_DOT[rng.choice(sorted(_AT_DOT))]
    if seed.kind is Kind.EMAIL:
        local, _, domain = text.rpartition("@")
        return local + at + domain.replace(".", dot)
    return text.replace(".", dot)


_SEPARATOR_WORDS = frozenset(w.strip() for pair in _AT_DOT.values() for w in pair)


def bracketed(text: str, seed: Seed, rng: random.Random) -> str:
    if "@" not in text and any(f" {word} " in text for word in _SEPARATOR_WORDS):
        # The separators are words already ("john at gmail dot com"): the brackets go around those words.
        opener, closer = rng.choice(("()", "[]", "{}"))
        out = text
        for word in sorted(_SEPARATOR_WORDS, key=len, reverse=True):
            out = out.replace(f" {word} ", f" {opener}{word}{closer} ")
        return out
    at = rng.choice((" (at) ", " [at] ", "(at)", " {at} "))
    dot = rng.choice((" (dot) ", " [dot] ", "[.]", "(.)"))
    if seed.kind is Kind.EMAIL:
        local, _, domain = text.rpartition("@")
        return local + at + domain.replace(".", dot)
    return text.replace(".", dot)


_SPELLED = {
    "gmail": ("gee mail", "g mail", "gmale", "jee mail"),
    "outlook": ("out look", "outluk"),
    "yahoo": ("ya hoo", "yahuu"),
    "hotmail": ("hot mail", "hotmale"),
}


def spelled_provider(text: str, seed: Seed, rng: random.Random) -> str:
    for provider, spellings in _SPELLED.items():
        if "@" + provider + "." in text:
            return text.replace("@" + provider + ".", "@" + rng.choice(spellings) + ".")
    return text


def defanged(text: str, seed: Seed, rng: random.Random) -> str:
    out = text.replace("https://", "hxxps://").replace("http://", "hxxp://")
    out = out.replace("@", rng.choice(("[@]", "[at]")))
    return out.replace(".", rng.choice(("[.]", "(.)", "[dot]")))


_NUMBER_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "hi": "shunya ek do teen char paanch chhe saat aath nau",
}
_PLUS = {"en": "plus", "es": "más", "pt": "mais", "fr": "plus", "de": "plus", "it": "più", "hi": "plus"}


def number_words(text: str, seed: Seed, rng: random.Random) -> str:
    language = rng.choice(sorted(_NUMBER_WORDS))
    words = _NUMBER_WORDS[language].split()
    out = [_PLUS[language]] if text.lstrip().startswith("+") else []
    out.extend(words[int(c)] for c in text if "0" <= c <= "9")
    return " ".join(out)


def double_triple(text: str, seed: Seed, rng: random.Random) -> str:
    """Runs of a repeated digit said as "double 0" / "triple 5" (the rest stays digits)."""
    digits = [c for c in text if c.isdigit() or c == "+"]
    words = _NUMBER_WORDS["en"].split()
    out: list[str] = []
    i = 0
    changed = False
    while i < len(digits):
        run = 1
        while i + run < len(digits) and run < 3 and digits[i + run] == digits[i]:
            run += 1
        if run >= 2 and digits[i] != "+":
            out.append(("double " if run == 2 else "triple ") + rng.choice((digits[i], words[int(digits[i])])))
            changed = True
        else:
            out.extend(digits[i : i + run])
        i += run
    return " ".join(out) if changed else text


def digits_with_words(text: str, seed: Seed, rng: random.Random) -> str:
    words = _NUMBER_WORDS["en"].split()
    out = [words[int(c)] if "0" <= c <= "9" and rng.random() < 0.5 else c for c in text if c != " "]
    return " ".join(out)


_KEYPAD = {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS", "8": "TUV", "9": "WXYZ"}


def vanity(text: str, seed: Seed, rng: random.Random) -> str:
    """North American vanity number: the last four digits as keypad letters ("415 736 WERD")."""
    if not seed.value.startswith("+1"):
        return text
    positions = [i for i, c in enumerate(text) if c.isdigit()][-4:]
    if len(positions) < 4 or any(text[i] not in _KEYPAD for i in positions):
        return text
    chars = list(text)
    for i in positions:
        chars[i] = rng.choice(_KEYPAD[text[i]])
    return "".join(chars)


_SPLIT_LABELS = {
    "en_ordinal": ("first part {}", ", second part {}", ", third part {}"),
    "en_then": ("{}", " / then {}", " / then {}"),
    "es_ordinal": ("primera parte {}", ", segunda parte {}", ", tercera parte {}"),
    "en_start_end": ("starts with {}", ", then {}", ", ends with {}"),
}


# One dictated digit: a digit, or a word ("five", "double five") that an earlier technique wrote for some.
_DIGIT_UNIT = re.compile(r"(?:(?:double|triple)\s{1,3})?(?:\d|[^\W\d_]{1,24})")


def split_parts(text: str, seed: Seed, rng: random.Random) -> str:
    """Dictated in labelled parts; an international number starts with its country code. A number an earlier
    technique wrote partly in words is split between its words and digits, never by dropping them."""
    digits = "".join(c for c in text if c.isdigit())
    units = _DIGIT_UNIT.findall(text)
    if len(units) < 7:
        return text
    if len(digits) < len(units):
        labels = _SPLIT_LABELS[rng.choice(sorted(_SPLIT_LABELS))]
        first = rng.randint(3, 4) if len(units) >= 10 else 3
        second = rng.randint(first + 2, len(units) - 2)
        cuts = [units[:first], units[first:second], units[second:]]
        return "".join(label.format(" ".join(part)) for label, part in zip(labels, cuts, strict=True))
    if text.lstrip().startswith("+"):
        number = phonenumbers.parse(seed.value)
        national = str(phonenumbers.national_significant_number(number))
        labels = ("country code {}", ", then {}", ", then {}")
        cut = rng.randint(2, 3)
        parts = [str(number.country_code), national[:cut], national[cut:]]
    else:
        labels = _SPLIT_LABELS[rng.choice(sorted(_SPLIT_LABELS))]
        first = rng.randint(3, 4) if len(digits) >= 10 else 3
        second = rng.randint(first + 2, len(digits) - 2)
        parts = [digits[:first], digits[first:second], digits[second:]]
    return "".join(label.format(part) for label, part in zip(labels, parts, strict=True))


_PHONE_CUES = (("my number: ", ""), ("number ", ""), ("número: ", ""), ("tel: ", ""), ("", " is my number"))


def _phone_cue(rng: random.Random) -> tuple[str, str]:
    """Said around a dictated number (not part of the span a finding must cover)."""
    return rng.choice(_PHONE_CUES)


# --- encodings -----------------------------------------------------------------------------------------


def base64_encoded(text: str, seed: Seed, rng: random.Random) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii").rstrip("=" if rng.random() < 0.3 else "")


def hex_encoded(text: str, seed: Seed, rng: random.Random) -> str:
    encoded = text.encode("utf-8").hex()
    return encoded.upper() if rng.random() < 0.3 else encoded


def reversed_text(text: str, seed: Seed, rng: random.Random) -> str:
    return text[::-1]


_REVERSAL_FRAMES = (
    ("read it backwards: ", ""),
    ("", " (read it backwards)"),
    ("reverse this: ", ""),
    ("from right to left: ", ""),
    ("al revés: ", ""),
    ("", " - à l'envers"),
)


def _reversal_frame(rng: random.Random) -> tuple[str, str]:
    return rng.choice(_REVERSAL_FRAMES)


TECHNIQUES: tuple[Technique, ...] = (
    Technique("spaced_letters", _ALL, 1, spaced_letters),
    Technique("separator_noise", _ALL, 1, separator_noise),
    Technique("at_dot_words", _LINKS, 0, at_dot_words),
    Technique("bracketed", _LINKS, 0, bracketed),
    Technique("spelled_provider", frozenset({Kind.EMAIL}), 0, spelled_provider),
    Technique("lookalikes", _TEXTUAL, 1, lookalikes),
    Technique("fullwidth", _ALL, 1, fullwidth),
    Technique("math_alphanumerics", _ALL, 1, math_alphanumerics),
    Technique("zero_width", _ALL, 1, zero_width),
    Technique("soft_hyphens", _ALL, 1, soft_hyphens),
    Technique("html_entities", _ALL, 1, html_entities),
    Technique("number_words", _PHONE, 0, number_words),
    Technique("double_triple", _PHONE, 0, double_triple),
    Technique("digits_with_words", _PHONE, 0, digits_with_words),
    Technique("native_digits", _PHONE, 1, native_digits),
    Technique("circled_digits", _PHONE, 1, circled_digits),
    Technique("keycap_digits", _PHONE, 1, keycap_digits),
    Technique("leetspeak", _TEXTUAL, 1, leetspeak),
    Technique("defanged", _LINKS, 0, defanged),
    Technique("vanity", _PHONE, 0, vanity),
    Technique("split_parts", _PHONE, 0, split_parts, _phone_cue),
    Technique("base64", _ALL, 2, base64_encoded),
    Technique("hex", _ALL, 2, hex_encoded),
    Technique("reversed", _ALL, 2, reversed_text, _reversal_frame),
)
TECHNIQUES_BY_NAME = {t.name: t for t in TECHNIQUES}
