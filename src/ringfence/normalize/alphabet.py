"""Letters spelled with a spelling alphabet: "juliet oscar hotel november", "s as in sam, a, m".

A person dictating an address over a bad line spells it so, and so does one hiding it from a filter: "email me
juliet oscar hotel november at gmail dot com". `SpelledAlphabet` reads a run of such spellings as the letters
they spell, so the spoken reading after it sees "john at gmail dot com". A run is read only when it is plainly a
spelling: three NATO words in a row, or at least one "X as in Xword" (the word starting with its letter) among
three spelled characters; "alpha and beta", "delta hotel" or "a for apple" alone stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ringfence.normalize.view import View, rewrite

NATO_WORDS = {
    "alfa": "a", "alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f", "golf": "g",
    "hotel": "h", "india": "i", "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l", "mike": "m",
    "november": "n", "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t",
    "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "x-ray": "x", "yankee": "y",
    "zulu": "z",
}  # fmt: skip
# Digits said inside a spelled run ("... november nine zero"): the run reads them as the digits they are.
_DIGIT_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9",
}  # fmt: skip
_NATO = "|".join(sorted(NATO_WORDS, key=len, reverse=True))
_DIGIT_WORD = "|".join(_DIGIT_WORDS)
# "as in" or "for" between a character and the word it is spelled by ("s as in sam", "s for sam").
_SAID_AS = r"\s{1,2}(?:as\s{1,2}in|for)\s{1,2}"
# What stands between the spelled characters of a run.
_GAP = r"[\s,\-]{1,4}"
# One spelled character: "s as in sam" (or "s for sam"), a NATO word, a digit word, or the
# character alone.
_ITEM = (
    rf"(?P<as>[a-z0-9]){_SAID_AS}(?P<word>[a-z]{{2,20}})"
    rf"|(?P<nato>{_NATO})|(?P<digit>{_DIGIT_WORD})|(?P<single>[a-z0-9])"
)
_ITEM_AT = re.compile(rf"(?:{_ITEM})(?![\w'’-])", re.IGNORECASE)
_SEPARATOR = re.compile(_GAP)
# Where a run may start: a NATO word or an "as in" spelling (a cheap first look, then the run is read item by item).
_RUN_START = re.compile(rf"(?<![\w'’-])(?:{_NATO}|[a-z0-9]{_SAID_AS})", re.IGNORECASE)
MIN_NATO = 3
MIN_ITEMS = 3
# The trigger (`precheck`): three NATO words in a row, or a letter spelled "as in" or "for" a word of its own
# letter ("s as in sam"; "thank u for" in a chat opens nothing).
SPELLED_ALPHABET_HINT = rf"\b(?:{_NATO}){_GAP}(?:{_NATO}){_GAP}(?:{_NATO})\b|" + "|".join(
    rf"\b{letter}{_SAID_AS}{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"
)


def _run(text: str, start: int) -> tuple[list[tuple[int, int, str]], int, int]:
    """The spelled characters from `start` as (start, end, character), and how many were NATO words and "as in"
    spellings."""
    items: list[tuple[int, int, str]] = []
    nato = said = 0
    pos = start
    while (m := _ITEM_AT.match(text, pos)) is not None:
        if m.group("as") is not None:
            letter = m.group("as").lower()
            if not m.group("word").lower().startswith(letter):
                break  # "i for one": no spelling
            said += 1
        elif m.group("nato") is not None:
            letter = NATO_WORDS[m.group("nato").lower()]
            nato += 1
        elif m.group("digit") is not None:
            letter = _DIGIT_WORDS[m.group("digit").lower()]
        else:
            letter = m.group("single")
        items.append((m.start(), m.end(), letter))
        gap = _SEPARATOR.match(text, m.end())
        if gap is None:
            break
        pos = gap.end()
    return items, nato, said


class SpelledAlphabet:
    """Read NATO-alphabet and "s as in sam" spellings as the letters they spell."""

    name = "alphabet"

    def needed(self, text: str) -> bool:
        return spelled_alphabet(text)

    def apply(self, view: View) -> View:
        edits: list[tuple[int, int, str]] = []
        for items in _spelled_runs(view.text):
            for (_, end, _), (next_start, _, _) in pairwise(items):
                edits.append((end, next_start, ""))
            edits.extend(items)
        return rewrite(view, self.name, sorted(edits)) if edits else view


def _spelled_runs(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """Each run of spelled characters that is plainly a spelling, as (start, end, character) per character."""
    pos = 0
    while (start := _RUN_START.search(text, pos)) is not None:
        items, nato, said = _run(text, start.start())
        if not items:
            pos = start.end()
            continue
        pos = items[-1][1]
        if len(items) >= MIN_ITEMS and (nato >= MIN_NATO or said):
            yield items


def spelled_alphabet(text: str) -> bool:
    """Whether `text` holds a spelling `SpelledAlphabet` reads."""
    return next(_spelled_runs(text), None) is not None


__all__ = ["NATO_WORDS", "SPELLED_ALPHABET_HINT", "SpelledAlphabet", "spelled_alphabet"]
