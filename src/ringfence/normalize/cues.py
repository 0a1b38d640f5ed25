"""Cheap facts about a text, computed once and shared by every transform's `needed` check.

The checks run on every message, so they are set operations on one tokenisation rather than a regex search
each; the last few texts are cached because the recipes ask about the same text one after another.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import filterfalse

_PUNCT = ".,;:!?()[]{}<>\"'/\\-_*+=#~^`&%@"
# bytes.translate is a table lookup in C; UTF-8 keeps every non-ASCII character in bytes >= 0x80, so mapping
# ASCII punctuation to spaces on the encoded text never touches them.
_TO_SPACE = bytes.maketrans(_PUNCT.encode(), b" " * len(_PUNCT))
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))


def byte_classes(classes: dict[bytes, bytes], default: bytes = b" ") -> bytes:
    """A 256-byte `bytes.translate` table: each byte of a key maps to its value, every other byte to `default`.
    On UTF-8 text a regex's character-class test becomes one translate plus a literal `in` (both in C); every
    byte of a non-ASCII character is >= 0x80, so it takes `default` unless a key names it."""
    table = bytearray(default * 256)
    for members, to in classes.items():
        for byte in members:
            table[byte] = to[0]
    return bytes(table)


def encoded(strings: Iterable[str]) -> frozenset[bytes]:
    """The strings as UTF-8 bytes, for set tests on a text's encoded tokens."""
    return frozenset(s.encode() for s in strings)


class Cues:
    __slots__ = ("digits", "mixed", "singles", "text", "tokens", "uppers", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        # Lower-cased tokens split at spaces and punctuation ("$" and "|" stay inside tokens).
        raw = text.encode("utf-8", "surrogatepass")
        data = raw.lower() if text.isascii() else text.lower().encode("utf-8", "surrogatepass")
        self.tokens = tokens = data.translate(_TO_SPACE).decode("utf-8", "surrogatepass").split()
        self.words = words = frozenset(tokens)
        self.digits = len(data) - len(data.translate(None, b"0123456789"))
        self.uppers = len(raw) - len(raw.translate(None, _ASCII_UPPER))  # ASCII capitals
        # Tokens mixing letters with digits or leet symbols ("gma1l", "o8o", "h0tmail"); none without either.
        self.mixed: list[str] = []
        if self.digits or "$" in text or "|" in text:
            self.mixed = list(filterfalse(str.isdecimal, filterfalse(str.isdigit, filterfalse(str.isalpha, words))))
            if self.mixed:
                self.mixed = [w for w in self.mixed if any(c.isalpha() for c in w)]
        # How many one-character tokens ("j o h n").
        self.singles = list(map(len, tokens)).count(1)


@lru_cache(maxsize=16)
def cues(text: str) -> Cues:
    return Cues(text)
