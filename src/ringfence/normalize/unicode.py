"""Unicode folding: compatibility forms (NFKC), every decimal digit, look-alikes (UTS #39), invisibles, entities.

Each character of a view maps to exactly the original characters it came from, so a folded contact redacts
the whole disguise.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from ringfence.normalize.letters import unleet
from ringfence.normalize.numbers import WORDS as NUMBER_WORDS
from ringfence.normalize.separators import AT_WORDS, DOT_WORDS
from ringfence.normalize.view import View, ViewBuilder, rewrite

# Zero-width, joiners, bidi controls, soft hyphen, word joiner, BOM, variation selectors and the combining
# enclosing marks (keycap U+20E3, circle U+20DD...) carry no content of their own; people insert them to split
# a contact so that a plain matcher misses it ("3️⃣" is "3" + U+FE0F + U+20E3).
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u20dd-\u20e4\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]"
)
# NFKC of parenthesised / full-stop digits ("⑴" -> "(1)", "⒈" -> "1."): keep the digits only.
_DECORATED_DIGITS = re.compile(r"\(?(\d{1,2})[.)]?")
# NFKC of a parenthesised Latin letter ("⒥" -> "(j)", "🄙" -> "(J)"): keep the letter only.
_PARENTHESISED_LETTER = re.compile(r"\(([A-Za-z])\)")
# KEYCAP TEN has no decomposition; BRAILLE PATTERN BLANK is drawn as a space ("415⠀555⠀0132").
_EXTRA = {"\U0001f51f": "10", "\u2800": " "}
# Letters drawn in a black circle or square ("🅹🅾🅷🅽", "🅐"), which NFKC leaves as they are (it unwraps only the
# white ones, "🄹").
_NEGATIVE_LETTER = re.compile("NEGATIVE (?:CIRCLED|SQUARED) LATIN CAPITAL LETTER ([A-Z])")
# A regional indicator stands for its letter when it stands alone ("🇯 🇴 🇭 🇳"): two side by side are a flag,
# unless the text spells with them (`_spelled_in_regional_indicators`).
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
_REGIONAL_RUN = re.compile("[\U0001f1e6-\U0001f1ff]{1,128}")
# A right-to-left override (U+202E) draws what follows it backwards up to its pop (U+202C), the next embedding,
# override or isolate, or the end of the line.
_OVERRIDE = "\u202e"
_OVERRIDDEN = re.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]{0,1024})\u202c?")
# A right-to-left isolate or embedding (U+2067 to its pop U+2069, U+202B to U+202C) draws a row of digit groups
# last group first, each group still left to right: "⁧1234 555 0917⁩" shows "0917 555 1234".
_RIGHT_TO_LEFT = "\u2067\u202b"
_RIGHT_TO_LEFT_RUN = re.compile("[\u2067\u202b]([^\u202a-\u202e\u2066-\u2069\n]{0,1024})")
_DIGIT_GROUPS = re.compile(r"\s{0,8}[\d\-.]{1,24}(?:\s{1,3}[\d\-.]{1,24}){1,8}\s{0,8}")
_GROUP = re.compile(r"\S{1,24}")  # a group of `_DIGIT_GROUPS`
# Tag characters (U+E0020-U+E007E) mirror printable ASCII and are drawn as nothing. A run of them outside an emoji
# tag sequence (a subdivision flag, "🏴" + tags + CANCEL TAG) is a payload spelled in them ("ASCII smuggling"):
# it reads as its ASCII. Fewer than four are noise, dropped like any invisible.
_TAG_OFFSET = 0xE0000
_TAG_PAYLOAD = re.compile("(?<![\U0001f3f4\U000e0020-\U000e007e])[\U000e0020-\U000e007e]{4,1024}(?![\U000e007f])")
# Middle dots and bullets written for the dot of an address ("samdev·io", "gmail•com"). Each is read as "." only
# between two words of two characters or more, or before a link's path ("t·me/johndev"): between single letters
# it is noise ("j·o·h·n"), which the letter view strips, and in a list ("SEO · SEM") it stands between spaces.
DOT_LOOKALIKES = frozenset("\u00b7\u2022\u2027\u2219\u22c5\u25e6\u30fb\uff65\ua78f\u2e31")
_HOST_BEFORE_PATH = re.compile(r"[^\W_]{2,63}/")


@lru_cache(maxsize=1)
def confusables() -> dict[str, str]:
    """Look-alike -> ASCII prototype, from Unicode's confusables.txt (built by scripts/build_confusables.py),
    plus lower-case Greek/Cyrillic letters a reader takes for Latin ones that UTS #39 leaves out ("τ", "м"), and
    the Latin small capitals ("ᴊ", "ɢ")."""
    data = resources.files("ringfence.data")
    table: dict[str, str] = json.loads(data.joinpath("confusables.json").read_text(encoding="utf-8"))["map"]
    extra: dict[str, str] = json.loads(data.joinpath("lookalikes_extra.json").read_text(encoding="utf-8"))["map"]
    return table | extra | _small_capitals() | _cherokee_small_letters(table)


# The blocks holding Latin small capitals: IPA, phonetic extensions, Latin Extended-C and -D, Latin Extended-G.
_SMALL_CAPITAL_BLOCKS = ((0x0250, 0x02B0), (0x1D00, 0x1D80), (0x2C60, 0x2C80), (0xA720, 0xA800), (0x1DF00, 0x1E000))
_SMALL_CAPITAL = "LATIN LETTER SMALL CAPITAL "


def _small_capitals() -> dict[str, str]:
    """Each Latin small capital -> its lower-case letter ("ᴊᴏʜɴ@ɢᴍᴀɪʟ.ᴄᴏᴍ", what "small caps" text generators
    write); UTS #39 maps only the few shaped like a lower-case letter ("ᴏ", "ᴄ")."""
    table: dict[str, str] = {}
    for start, end in _SMALL_CAPITAL_BLOCKS:
        for code in range(start, end):
            name = unicodedata.name(chr(code), "")
            letter = name.removeprefix(_SMALL_CAPITAL)
            if name.startswith(_SMALL_CAPITAL) and len(letter) == 1:
                table[chr(code)] = letter.lower()
    return table


# Cherokee small letters are drawn as smaller capitals ("ꮪꭺꮇ" beside "ᏚᎪᎷ"); UTS #39 lists most capitals only.
_CHEROKEE_SMALL_LETTERS = (*range(0x13F8, 0x13FE), *range(0xAB70, 0xABC0))


def _cherokee_small_letters(table: dict[str, str]) -> dict[str, str]:
    """Each Cherokee small letter whose capital is a look-alike -> that look-alike's lower-case letter."""
    small = (chr(code) for code in _CHEROKEE_SMALL_LETTERS)
    return {char: table[char.upper()].lower() for char in small if char not in table and char.upper() in table}


# Upside-down text ("ɯoɔ˙lᴉɐɯƃ@ʌǝpuɥoſ", what "flip text" generators write) turns each character half a circle and
# runs from the end. Unicode names most turned letters ("LATIN SMALL LETTER TURNED M"); the generators borrow other
# glyphs for the rest, and some Latin letters and digits are each other turned (b/q, d/p, n/u, 6/9). Only turned
# letters and "ƃ" mark a word as upside down, or digits drawn in the borrowed digit glyphs: "ɔ", "ı", "ן" or "˙"
# alone are letters of Akan, Turkish, Hebrew or Bopomofo.
_TURNED_NAME = re.compile(
    r"^(?:LATIN|MODIFIER|TURNED)\b[A-Z ]{0,40}\bTURNED (?:SANS-SERIF )?(?:CAPITAL |SMALL )?([A-Z])$"
)
_TURNED_BLOCKS = ((0x0180, 0x02B0), (0x1D00, 0x1DC0), (0x2100, 0x2150), (0x2C60, 0x2C80), (0xA720, 0xA800))
_FLIPPED_DIGITS = {"Ɩ": "1", "ᄅ": "2", "Ɛ": "3", "ㄣ": "4", "ϛ": "5", "ㄥ": "7"}
_FLIPPED_GLYPHS = {"ƃ": "g", "ɔ": "c", "ɟ": "f", "ɾ": "j", "ſ": "j", "ı": "i", "ן": "l", "˙": ".", "¡": "!", "¿": "?"}
_TURNED_ASCII = {"b": "q", "q": "b", "d": "p", "p": "d", "n": "u", "u": "n", "6": "9", "9": "6", "'": ","}
_MIN_TURNED = 3  # marks in a run of words: a phonetic transcription holds one or two ("/ˈɹʌn/")


@lru_cache(maxsize=1)
def _turned_letters() -> dict[str, str]:
    """Each letter Unicode names turned -> the letter it stands for upright, with "ƃ" (the "g" of flip text)."""
    table = {"ƃ": "g"}
    for start, end in _TURNED_BLOCKS:
        for code in range(start, end):
            turned = _TURNED_NAME.match(unicodedata.name(chr(code), ""))
            if turned is not None:
                table[chr(code)] = turned.group(1).lower()
    return table


@lru_cache(maxsize=1)
def _upside_down() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """A search for any mark of upside-down text, a run of upside-down words (each holding a turned letter, or
    digits with a turned one, and plain digits between two such), and the table that turns a character back."""
    letters = re.escape("".join(_turned_letters()))
    digits = re.escape("".join(_FLIPPED_DIGITS))
    number = rf"[0-9{digits}+().\-]{{0,24}}[{digits}][0-9{digits}+().\-]{{0,24}}"
    word = rf"(?:\S{{0,64}}[{letters}]\S{{0,64}}|{number})"
    # a group of plain digits joins the run between two upside-down words ("ƐᄅƖ 006 00ㄥㄥ": 0, 6, 8 and 9 turn)
    between = r"(?:\s{1,8}[0-9+().\-]{1,24}){0,4}"
    run = re.compile(rf"(?<!\S){word}(?:{between}\s{{1,8}}{word}){{0,32}}(?!\S)")
    table = _turned_letters() | _FLIPPED_DIGITS | _FLIPPED_GLYPHS | _TURNED_ASCII
    return re.compile(f"[{letters}{digits}]"), run, table


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str | None:
    """The ASCII-leaning reading of one non-ASCII character, or None when it stays as it is.

    Look-alikes are not applied here (they depend on the surrounding token); see `UnicodeFold`.
    """
    if INVISIBLE.match(char) or unicodedata.category(char) == "Cf":
        return ""  # a format character (Arabic number sign, musical beam...) is drawn as nothing
    decimal = unicodedata.decimal(char, None)
    if decimal is not None:
        return str(decimal)  # Devanagari, Bengali, Arabic-Indic, Persian, Thai... and fullwidth digits
    if char in _EXTRA:
        return _EXTRA[char]
    negative = _NEGATIVE_LETTER.fullmatch(unicodedata.name(char, ""))
    if negative is not None:
        return negative.group(1)
    folded = unicodedata.normalize("NFKC", char)
    digit = unicodedata.digit(char, None)
    if digit is not None:
        decorated = _DECORATED_DIGITS.fullmatch(folded)
        return decorated.group(1) if decorated else str(digit)  # circled, dingbat, superscript digits
    parenthesised = _PARENTHESISED_LETTER.fullmatch(folded)
    if parenthesised is not None:
        return parenthesised.group(1)
    return None if folded == char else folded


@lru_cache(maxsize=8192)
def stacked_mark(char: str) -> bool:
    """Whether `char` is one of the combining diacritics "Zalgo" and strikethrough generators pile on each letter
    ("j̸̡o̵h̷n̶", "0̲7̲7̲"): Unicode names them "COMBINING ..." (the vowel signs of Indic scripts, Arabic harakat and
    Hebrew points are named for their script and stay)."""
    return unicodedata.category(char) == "Mn" and unicodedata.name(char, "").startswith("COMBINING ")


@lru_cache(maxsize=8192)
def _changes(char: str) -> bool:
    """Whether UnicodeFold could change `char` (folding, or a look-alike in the right company)."""
    folded = fold_char(char)
    return (
        folded is not None
        or char in confusables()
        or char in DOT_LOOKALIKES
        or ord(char) in _REGIONAL_INDICATORS
        or char in _turned_letters()
        or char in _FLIPPED_DIGITS
        or stacked_mark(char)
    )


def _lookalike(char: str) -> str | None:
    target = confusables().get(char)
    if target == "l" and unicodedata.category(char) == "Lu":
        return "I"  # the prototype of capital I is "l"; keep the case a reader sees
    return target


_ADDRESS_PARTS = re.compile(r"([@.])")


def canonical_address(address: str) -> str:
    """`address` as a reader takes it: each character folded as `fold_char` folds it (compatibility forms such
    as "𝐚" or "ｊ", invisibles dropped), then its look-alikes read as ASCII where it mixes scripts through them
    ("jеnny@gmаil.com" with Cyrillic "е" and "а" is "jenny@gmail.com"). A part between "@" and "." is read so
    when every non-ASCII character in it is a look-alike and the address holds an ASCII letter; a part in its
    own script ("почта" in "jenny@почта.рф") and an address wholly in another script ("пример@почта.рф") stay."""
    if address.isascii():
        return address
    address = "".join(char if (folded := fold_char(char)) is None else folded for char in address)
    if address.isascii() or not any(c.isascii() and c.isalpha() for c in address):
        return address
    parts = _ADDRESS_PARTS.split(address)
    for i, part in enumerate(parts):
        if part.isascii():
            continue
        folded_part = [c if c.isascii() else _lookalike(c) for c in part]
        if all(f is not None for f in folded_part):
            parts[i] = "".join(f for f in folded_part if f is not None)
    return "".join(parts)


class UnicodeFold:
    """NFKC per character, decimal digits of every script, invisible removal and look-alike folding.

    A look-alike (Cyrillic "а" in "gmаil", Greek "Ο" and Cyrillic "З" in "ΟЗОО") is folded only inside a token
    that already holds ASCII letters or digits or that becomes all-ASCII, so ordinary Cyrillic or Greek words
    keep their letters (number words like "три" stay readable for the spoken view).
    """

    name = "unicode"

    def needed(self, text: str) -> bool:
        # "£", "…" or "’" change nothing: look at the non-ASCII characters only (a C-level scan finds them).
        return not text.isascii() and any(map(_changes, _NON_ASCII.findall(text)))

    def apply(self, view: View) -> View:
        if _OVERRIDE in view.text:
            view = _drawn_order(view)
        if any(mark in view.text for mark in _RIGHT_TO_LEFT):
            view = _groups_drawn_right_to_left(view)
        if _upside_down()[0].search(view.text) is not None:
            view = _upright(view)
        text = view.text
        lookalikes = confusables()
        changes: dict[int, str] = {}  # index -> folded text ("" deletes)
        lookalike_at: list[int] = []
        marks: list[int] = []
        spelled: bool | None = None  # whether regional indicators spell letters, asked at the first one
        for m in _NON_ASCII.finditer(text):
            i, char = m.start(), m.group()
            folded = fold_char(char)
            if folded is not None:
                changes[i] = folded
            elif char in DOT_LOOKALIKES and _between_words(text, i):
                changes[i] = "."
            elif stacked_mark(char):
                changes[i] = ""
                marks.append(i)
            elif ord(char) in _REGIONAL_INDICATORS:
                if spelled is None:
                    spelled = _spelled_in_regional_indicators(text)
                if spelled or not _beside_regional_indicator(text, i):
                    changes[i] = chr(ord(char) - _REGIONAL_INDICATORS.start + ord("A"))
            if (char if folded is None else folded) in lookalikes:
                lookalike_at.append(i)
        for payload in _TAG_PAYLOAD.finditer(text):
            for i in range(payload.start(), payload.end()):
                changes[i] = chr(ord(text[i]) - _TAG_OFFSET)
        if marks:
            _bare_letters(text, marks, changes)
        if lookalike_at:
            _fold_lookalikes(text, changes, lookalike_at)
        if not changes:
            return view
        # An invisible character joins the span of the character before it, so that "3" + U+FE0F + U+20E3 maps
        # back to the whole keycap and redaction leaves no stray marks.
        edits: list[tuple[int, int, str]] = []
        for i in sorted(changes):
            folded = changes[i]
            if folded == "" and edits and edits[-1][1] == i:
                edits[-1] = (edits[-1][0], i + 1, edits[-1][2])
            elif folded == "" and i > 0 and i - 1 not in changes:
                edits.append((i - 1, i + 1, text[i - 1]))
            else:
                edits.append((i, i + 1, folded))
        return rewrite(view, self.name, edits)


def _bare_letters(text: str, marks: list[int], changes: dict[int, str]) -> None:
    """In each word a stacked mark decorates, read the accented Latin letters bare ("ṃ̈ařĭ̯ǎ" is "maria"): a pile
    of marks is decoration, and a letter's own accent is part of the pile once a platform composes it."""
    done = -1
    for mark in marks:
        if mark < done:
            continue
        start, done = mark, mark
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while done < len(text) and not text[done].isspace():
            done += 1
        for i in range(start, done):
            if i not in changes and not text[i].isascii():
                bare = unicodedata.normalize("NFD", text[i])
                if bare[0].isascii() and bare[0].isalpha() and all(map(stacked_mark, bare[1:])):
                    changes[i] = bare[0]


def _drawn_order(view: View) -> View:
    """`view` with each right-to-left override's run in the order it is drawn ("‮moc.liamg@nhoj‬" shows
    "john@gmail.com", "‮321009 0077 44+‬" shows "+44 7700 900123"). The run's outer characters take the override
    and its pop with them, so redaction leaves no control behind to turn the rest of the line around."""
    builder = ViewBuilder(view, view.name)
    cursor = 0
    for run in _OVERRIDDEN.finditer(view.text):
        builder.copy(cursor, run.start())
        _backwards(builder, run.span(1), run.span(), {})
        cursor = run.end()
    builder.copy(cursor, len(view.text))
    return builder.build()


def _groups_drawn_right_to_left(view: View) -> View:
    """`view` with each right-to-left isolate or embedding that holds only digit groups in the order its groups
    are drawn (see `_RIGHT_TO_LEFT_RUN`); the spaces between them keep their places."""
    builder = ViewBuilder(view, view.name)
    cursor = 0
    for run in _RIGHT_TO_LEFT_RUN.finditer(view.text):
        if not _DIGIT_GROUPS.fullmatch(run.group(1)):
            continue
        groups = [m.span() for m in _GROUP.finditer(view.text, *run.span(1))]
        builder.copy(cursor, groups[0][0])
        for i in range(len(groups) - 1, 0, -1):
            builder.copy(*groups[i])
            builder.copy(groups[i - 1][1], groups[i][0])  # the gap before it, now after it
        builder.copy(*groups[0])
        cursor = groups[-1][1]
    builder.copy(cursor, len(view.text))
    return builder.build()


def _upright(view: View) -> View:
    """`view` with each run of upside-down words read upright: from its end, each character turned back
    ("ɯoɔ˙lᴉɐɯƃ@ʌǝpuɥoſ" is "johndev@gmail.com", "ᄅƐƖ0 ϛϛϛ ϛƖㄣ" is "415 555 0132"), when the run holds
    `_MIN_TURNED` marks or more."""
    marks, runs, table = _upside_down()
    builder = ViewBuilder(view, view.name)
    cursor = 0
    for run in runs.finditer(view.text):
        if len(marks.findall(run.group())) >= _MIN_TURNED:
            builder.copy(cursor, run.start())
            _backwards(builder, run.span(), run.span(), table)
            cursor = run.end()
    builder.copy(cursor, len(view.text))
    return builder.build()


def _backwards(builder: ViewBuilder, inner: tuple[int, int], outer: tuple[int, int], table: dict[str, str]) -> None:
    """Emit the source's characters inner[0]:inner[1] last first, each through `table`, keeping each base
    character's marks and joiners after it ("4️⃣") and its own origin; the first and last of the run take the
    rest of `outer` (the controls around it) with them."""
    text = builder.source.text
    clusters: list[list[int]] = []
    for i in range(*inner):
        if clusters and (unicodedata.category(text[i])[0] == "M" or text[i] == "\u200d"):
            clusters[-1].append(i)
        else:
            clusters.append([i])
    for i in (i for cluster in reversed(clusters) for i in cluster):
        start = outer[0] if i == inner[0] else i
        end = outer[1] if i == inner[1] - 1 else i + 1
        builder.replace(start, end, table.get(text[i], text[i]))


def _spelled_in_regional_indicators(text: str) -> bool:
    """Whether `text` spells with regional indicators rather than drawing flags with them: a run of three or more
    of odd length (a flag takes two), an "@" touching a run with a letter, digit or indicator beyond it, or a dot
    between two runs ("🇯🇴🇭🇳@🇬🇲🇦🇮🇱.🇨🇴🇲", "🇯🇴🇭🇳 at 🇬🇲🇦🇮🇱 dot 🇨🇴🇲"). Then every run reads as letters; a row of
    flags ("🇺🇸🇬🇧🇩🇪", "🇮🇳.Working hours") stays."""
    for run in _REGIONAL_RUN.finditer(text):
        length = run.end() - run.start()
        if length > 1 and length % 2:
            return True
        for joiner, beyond in ((run.start() - 1, run.start() - 2), (run.end(), run.end() + 1)):
            if not (0 <= joiner < len(text) and 0 <= beyond < len(text)):
                continue
            sign = fold_char(text[joiner]) or text[joiner]
            indicator_beyond = ord(text[beyond]) in _REGIONAL_INDICATORS
            if (sign == "@" and (indicator_beyond or text[beyond].isalnum())) or (
                (sign == "." or sign in DOT_LOOKALIKES) and indicator_beyond
            ):
                return True
    return False


def _beside_regional_indicator(text: str, i: int) -> bool:
    return any(0 <= j < len(text) and ord(text[j]) in _REGIONAL_INDICATORS for j in (i - 1, i + 1))


def _between_words(text: str, i: int) -> bool:
    """Two letters or digits on each side of text[i], or one before it and a host's label and "/" after it."""
    if i >= 2 and i + 2 < len(text) and all(text[j].isalnum() for j in (i - 2, i - 1, i + 1, i + 2)):
        return True
    return i >= 1 and text[i - 1].isalnum() and _HOST_BEFORE_PATH.match(text, i + 1) is not None


def _fold_lookalikes(text: str, changes: dict[int, str], positions: list[int]) -> None:
    """Fold look-alikes in each segment of ASCII and look-alike characters that holds an ASCII letter or digit
    ("gmаil.com") or stands alone between spaces or punctuation ("ΟЗОО"). A segment bounded by other letters
    is part of a word in its own script (Cyrillic "сор" inside a sentence, "〇" inside Japanese; an apostrophe
    inside a word, "п'ять", joins it) and stays, as does a lone word of the engine's own vocabularies made only of
    look-alikes (Ukrainian "сім", seven, is not "cim"; Russian "собака", the "@", is not "co6aka")."""
    length = len(text)

    def current(i: int) -> str:
        return changes.get(i, text[i])

    def joins(i: int) -> bool:
        char = current(i)
        if char.isascii():
            return char.isalnum() or char in _ADDRESS_JOINERS
        return _lookalike(char) is not None

    done = -1
    for pos in positions:
        if pos <= done:
            continue
        start, end = pos, pos + 1
        while start > 0 and joins(start - 1):
            start -= 1
        while end < length and joins(end):
            end += 1
        done = end
        segment = range(start, end)
        has_ascii = any(current(i).isascii() and current(i).isalnum() for i in segment)
        bounded = not _in_word(text, start - 1, -1) and not _in_word(text, end, 1)
        if has_ascii or (bounded and "".join(map(current, segment)).lower() not in _OWN_SCRIPT_WORDS):
            kept = _compound_words(text, start, end)
            for i in segment:
                target = None if current(i).isascii() or i in kept else _lookalike(current(i))
                if target is not None:
                    changes[i] = target


def _compound_words(text: str, start: int, end: int) -> set[int]:
    """The positions of text[start:end]'s hyphen-joined words that are words of one other script next to a Latin
    word ("Telegram-бот", "SEO-оптимизатор"): a compound in that language, not a look-alike disguise. A part that
    mixes scripts ("gmаil"), stands next to digits ("ЗОО-555") or is joined by "." or "@" ("gmail.сом") is not one."""
    if "-" not in text[start:end]:
        return set()
    kept: set[int] = set()
    at = start
    parts = text[start:end].split("-")
    for index, part in enumerate(parts):
        neighbours = parts[max(0, index - 1) : index] + parts[index + 1 : index + 2]
        if (
            len(part) >= 2
            and part.isalpha()
            and not any(c.isascii() for c in part)
            and len({_script(c) for c in part}) == 1
            and any(n.isascii() and n.isalpha() for n in neighbours)
        ):
            kept.update(range(at, at + len(part)))
        at += len(part) + 1
    return kept


def _script(char: str) -> str:
    """The script word of a letter's Unicode name ("CYRILLIC", "GREEK")."""
    return unicodedata.name(char, "").partition(" ")[0]


# Words of the engine's vocabularies written in another script, which read as themselves, not as Latin look-alikes.
_OWN_SCRIPT_WORDS = frozenset(
    word
    for word in (*NUMBER_WORDS, *AT_WORDS.split("|"), *DOT_WORDS.split("|"))
    if not word.isascii() and word.isalpha()
)
_APOSTROPHES = "'’ʼ"


def _in_word(text: str, i: int, step: int) -> bool:
    """Whether text[i] continues a word from the side `step` points away from: a letter, or an apostrophe with a
    letter beyond it ("п'ять")."""
    if not 0 <= i < len(text):
        return False
    if text[i] in _APOSTROPHES:
        i += step
        return 0 <= i < len(text) and text[i].isalpha()
    return text[i].isalpha()


# ASCII characters that hold an address together, so "gmаil.com" and "ΟЗОО-555" are judged as one segment.
_ADDRESS_JOINERS = frozenset(".@_+-")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Numeric references, and the named ones that spell a contact's characters or hide in it (invisible ones).
# Named references need their ";" (html.unescape would otherwise read "&notice" as "¬ice"); "&lt;", "&amp;"
# and the like are left alone, as they are everyday escaping.
_NAMED = (
    "commat|period|colon|sol|bsol|lowbar|UnderBar|hyphen|dash|plus|num|shy|zwj|zwnj|ZeroWidthSpace|NoBreak|nbsp|"
    "lpar|rpar|lsqb|rsqb|lbrack|rbrack|lcub|rcub|excl|dollar|verbar|vert|fullstop"
)
# A named reference spelled in leet ("&p3ri0d;", "&c0mm4t;"): a name holding a digit or "$|", read only when it
# de-leets to one of the names above that stands for a symbol.
_LEET_NAME = r"(?=[A-Za-z]{0,13}[0-9$|])[A-Za-z0-9$|]{3,14};"
_ENTITY = re.compile(rf"&(?:#[0-9]{{1,7}};?|#[xX][0-9a-fA-F]{{1,6}};?|(?:{_NAMED});|{_LEET_NAME})")
_SYMBOL_NAMES = {
    name.lower(): symbol
    for name in _NAMED.split("|")
    if len(symbol := html.unescape(f"&{name};")) == 1 and symbol.isascii() and not symbol.isalnum()
}


def _entity(reference: str) -> str:
    """What a reference stands for (itself when nothing)."""
    decoded = html.unescape(reference)
    if decoded != reference or reference[1] == "#":
        return decoded
    name = reference[1:-1].lower()
    for plain in (unleet(name), unleet(name.replace("1", "l").replace("|", "l"))):
        if plain in _SYMBOL_NAMES:
            return _SYMBOL_NAMES[plain]
    return reference


# An "@" percent-encoded as a link writes it ("tomb%40gmail.com", "mailto:jo%40acme.io"), between an address's
# character and a letter ("20%40" with a digit after is two figures), the ":" of an encoded "mailto%3A", and an
# encoded "." in the host after an encoded "@" ("jo%40acme%2Eio").
_PERCENT_AT = re.compile(
    r"(?<=[\w.+-])(?P<at>%40)(?=[A-Za-z])(?:[A-Za-z0-9-]{1,63}(?P<dot>%2[Ee])(?=[A-Za-z]))?|(?<=mailto)(?P<colon>%3[Aa])"
)
_PERCENT_DECODED = {"at": "@", "dot": ".", "colon": ":"}


def _percent_edits(text: str) -> list[tuple[int, int, str]]:
    return [
        (*m.span(name), symbol)
        for m in _PERCENT_AT.finditer(text)
        for name, symbol in _PERCENT_DECODED.items()
        if m.group(name) is not None
    ]


class HtmlEntities:
    """HTML character references ("&#64;", "&#x40;", "&commat;", "&period;", "&p3ri0d;") decoded to their
    characters, and an "@" percent-encoded (`_PERCENT_AT`)."""

    name = "entities"

    def needed(self, text: str) -> bool:
        return ("&" in text and _ENTITY.search(text) is not None) or (
            "%40" in text and _PERCENT_AT.search(text) is not None
        )

    def apply(self, view: View) -> View:
        edits = []
        for m in _ENTITY.finditer(view.text):
            decoded = _entity(m.group(0))
            if decoded != m.group(0):
                edits.append((m.start(), m.end(), decoded))
        if "%40" in view.text:
            edits = sorted(edits + _percent_edits(view.text))
        return rewrite(view, self.name, edits) if edits else view
