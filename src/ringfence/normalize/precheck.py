"""One cheap pre-check that says which recipes could change a text, so benign messages pay almost nothing.

Each transform's `needed` check is exact but costs microseconds; the gate runs first and names the recipes
beyond the folding ("spoken", "letters", "decoded") whose transforms could apply. It reads one C-level split
of the lower-cased UTF-8 bytes and asks frozenset questions of the token list (a strong number word among four
number tokens, four one-character tokens, a separator word, a provider or TLD word, a provider split in two,
a platform name with leet characters, a reversal word, a 12-character token), plus two short regexes on
rare shapes (a vanity number's capitals, a base64 run). Every test is implied by the `needed` checks of the
recipe's transforms, so the gate never hides a disguise a transform would read; a test holds it to that on
the labelled and fuzz cases (views identical to asking every transform).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ringfence.decode import REVERSAL_CUE, mixed_token
from ringfence.normalize.letters import LEET_NAMES
from ringfence.normalize.numbers import IDEOGRAPHIC_RUN, MIN_GROUPS, STRONG_WORDS, WORDS
from ringfence.normalize.spoken import AT_TARGET_CUES, NOISE_HINT, PROVIDER_PARTS, STRONG_CUES
from ringfence.normalize.view import words

_PUNCT = ".,;:!?()[]{}<>\"'/\\-_*+=#~^`&%@"
# bytes.translate is a table lookup in C; UTF-8 keeps every non-ASCII character in bytes >= 0x80, so mapping
# ASCII punctuation to spaces on the encoded text never touches them ("$" and "|" stay: leet uses them).
_TO_SPACE = bytes.maketrans(_PUNCT.encode(), b" " * len(_PUNCT))
_LEET_TO_LETTERS = bytes.maketrans(b"01345789@$!|", b"oieastbgasil")


def _encoded(strings: Iterable[str]) -> frozenset[bytes]:
    return frozenset(w.encode() for w in strings)


_STRONG_B = _encoded(STRONG_WORDS)
_NUMBER_B = _encoded(WORDS)
_SPOKEN_B = _encoded(STRONG_CUES)
_AT_TARGET_B = _encoded(AT_TARGET_CUES)
_PROVIDER_PARTS_B = tuple((_encoded(a), _encoded(b)) for a, b in PROVIDER_PARTS)
_PROVIDER_SECONDS_B = frozenset().union(*(b for _, b in _PROVIDER_PARTS_B))
_LEET_NAMES_B = _encoded(LEET_NAMES)
# A word every reversal cue holds (decode.REVERSAL_CUE), so only texts with one pay for that regex.
_REVERSAL_B = _encoded(
    words(
        "backward backwards reverse reversed revés reves izquierda frente contrário contrario envers gauche "
        "rückwärts ruckwarts links left"
    )
)
_GERMAN_AND = b"und"
_VANITY = re.compile(r"\d{3}[\s.\-)]{0,2}[A-Z]{2}")
_LONG_RUN = re.compile(rb"[A-Za-z0-9+/_=-]{12}")
_ENCODED = re.compile(r"(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{12,512}")  # decode._TOKEN without its ending
_DIGITS = b"0123456789"
_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Four one-character tokens in a row, on the text with punctuation made spaces ("j.o.h.n", "k i m . n"): the
# literal space first lets the regex engine jump from space to space.
_SPACED = re.compile(rb" [^ ] {1,5}[^ ] {1,5}[^ ] {1,5}[^ ] ")
_SPACED_TEXT = re.compile(r" \S {1,5}\S {1,5}\S {1,5}\S ")  # the same on decoded text (multi-byte letters)
_ALL_PUNCT = _PUNCT + "$|"
_ALL_TO_SPACE = bytes.maketrans(_ALL_PUNCT.encode(), b" " * len(_ALL_PUNCT))


def gate(text: str) -> frozenset[str]:
    """The recipes beyond the folding ("spoken", "letters", "decoded") that may change `text` as it stands
    (the caller asks again about the folded text when folding changed it): empty for ordinary chat."""
    ascii_text = text.isascii()
    raw = text.encode("utf-8", "surrogatepass")
    data = raw.lower() if ascii_text else text.lower().encode("utf-8", "surrogatepass")
    spaced = data.translate(_TO_SPACE)
    tokens = spaced.split()
    hits: list[str] = []
    digits = len(data) - len(data.translate(None, _DIGITS))
    # Leet: a platform name once its digits and symbols are read as letters ("wh4tsapp"), or "@" before a host.
    leet = "@" in text
    if not leet and (digits or "$" in text or "|" in text):
        names = _LEET_NAMES_B.intersection(spaced.translate(_LEET_TO_LETTERS).split())
        leet = bool(names) and not names.issubset(tokens)
    vanity = digits >= 3 and len(raw) - len(raw.translate(None, _UPPER)) >= 3 and _VANITY.search(text) is not None
    if (
        leet
        or not _SPOKEN_B.isdisjoint(tokens)
        or (b"at" in tokens and not _AT_TARGET_B.isdisjoint(tokens))
        or _spaced_letters(data, ascii_text)
        or (not ascii_text and IDEOGRAPHIC_RUN.search(text) is not None)
        or _numbers(tokens, data)
        or (not _PROVIDER_SECONDS_B.isdisjoint(tokens) and _provider_split(tokens))
    ):
        hits.append("spoken")
    if leet or vanity:
        hits.append("letters")
    encoded = _LONG_RUN.search(raw) is not None and any(mixed_token(m[0]) for m in _ENCODED.finditer(text))
    if encoded or (not _REVERSAL_B.isdisjoint(tokens) and REVERSAL_CUE.search(text) is not None):
        hits.append("decoded")
    return frozenset(hits)


def _numbers(tokens: list[bytes], data: bytes) -> bool:
    german = _GERMAN_AND in data
    if _STRONG_B.isdisjoint(tokens) and not german:
        return False
    return german or sum(map(_NUMBER_B.__contains__, tokens)) + sum(map(bytes.isdigit, tokens)) >= MIN_GROUPS


def _provider_split(words: list[bytes]) -> bool:
    return any(not first.isdisjoint(words) and not second.isdisjoint(words) for first, second in _PROVIDER_PARTS_B)


def _spaced_letters(data: bytes, ascii_text: bool) -> bool:
    """Four one-character tokens in a row once every ASCII symbol is a space ("j.o.h.n", "f|i|v|e")."""
    spaced = b" " + data.translate(_ALL_TO_SPACE) + b" "
    if ascii_text:
        return _SPACED.search(spaced) is not None
    # a non-ASCII symbol between single letters ("j·o·h·n") is not made a space above
    decoded = spaced.decode("utf-8", "surrogatepass")
    return _SPACED_TEXT.search(decoded) is not None or NOISE_HINT.search(decoded) is not None
