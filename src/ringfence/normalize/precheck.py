"""One cheap pre-check that says which recipes could change a text, so benign messages pay almost nothing.

Each transform's `needed` check costs microseconds; the gate runs first and names the recipes beyond the
folding ("spoken", "letters", "decoded") whose transforms could apply. It reads one C-level split of the
lower-cased UTF-8 bytes and asks one frozenset question of it (does any token belong to the vocabulary of
some disguise: number words, at/dot words, provider and TLD words, platform names, reversal words); only
then are the word tests asked one by one. The shape tests (spaced letters, leet, vanity numbers, encoded
payloads) first count characters with `bytes.translate` and look for a short literal in the result, so a
regex or a loop runs only on texts that have the shape. Ordinary chat answers every question in C.

The gate is at most as generous as the transforms' `needed` checks, and in three places stricter, where the
transform would run but (on every labelled, corpus and fuzz text) change nothing: numbers need four number
tokens within a few words of each other (dictation; each piece of a token gluing number words to digits,
"91seven", counts), an at/dot word (or a spoken "_"/"-") needs a provider or TLD word within three words after
it ("at gmail", "punto it"; not "at this point" or "at dot one two"; and, in ASCII text with no dot word, a bare
"at" a provider's name or an id before it and a dotted host after it: "sam.k at site.com", not "log in at
bank.com" or "at APPLE ONLINE STORE"), and an encoded token must look like base64
(capitals and lower case after its first character) or hex (an even length of 16 or more), a long run of digits
or a lower-case path with digits being neither, and decode to contact-like text. An "@" opens the leet test only
beside a letter beside a digit (or "$|") and when the host right of it is leet ("@gma1l.com", `Leetspeak`'s own
question), not in "recd@thirtyeight" or "charged@150p". A test holds the gate to the views of asking every
transform.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from functools import lru_cache
from itertools import compress, count, filterfalse, product

from ringfence.normalize.alphabet import SPELLED_ALPHABET_HINT, spelled_alphabet
from ringfence.normalize.cues import byte_classes, encoded
from ringfence.normalize.decode import REVERSAL_CUE, SPACED_HEX, decode_spaced_hex, decode_token, hex_digits
from ringfence.normalize.joiners import JOINED_TLD, SPACED_SUFFIX, symbol_joined
from ringfence.normalize.layout import MIN_VERTICAL, InlineMarkup, VerticalText
from ringfence.normalize.letters import (
    LEET_NAMES,
    VANITY_NUMBER,
    DefangedUrls,
    DigitLookalikes,
    LeetUrls,
    leet_host_after_at,
)
from ringfence.normalize.numbers import (
    GERMAN_COMPOUND_ANYWHERE,
    GLUED_ENDS,
    GLUED_STARTS,
    GLUED_WORDS_MIN,
    IDEOGRAPHIC_RUN,
    MIN_GROUPS,
    STRONG_WORDS,
    WORDS,
    glued_pieces,
)
from ringfence.normalize.separators import BRACKETS, SLASH_WORDS, BracketedSeparators
from ringfence.normalize.spoken import (
    AT_TARGET_CUES,
    CASE_GLUED_HINT,
    GLUED_TLD_WORDS,
    LEET_WORDS,
    MAIL_DOMAINS,
    NOISE_HINT,
    PICTOGRAPH,
    PROVIDER_PARTS,
    SIGN_SPOKEN_HINT,
    SPLIT_PLATFORM_HINT,
    STRONG_CUES,
    UPI_HANDLES,
    SeparatorNoise,
    SpacedLetters,
    at_for_a,
    case_glued_separator,
    glued_tld_host,
    sign_spoken,
    spaced_link_path,
    split_platform_name,
)
from ringfence.normalize.unicode import DOT_LOOKALIKES, HtmlEntities, UnicodeFold, confusables, fold_char
from ringfence.normalize.view import words
from ringfence.triggers import TRIGGERS, words_pattern

_PUNCT = ".,;:!?()[]{}<>\"'/\\-_*+=#~^`&%@"
# bytes.translate is a table lookup in C; UTF-8 keeps every non-ASCII character in bytes >= 0x80, so mapping
# ASCII punctuation to spaces on the encoded text never touches them ("$" and "|" stay: leet uses them).
_TO_SPACE = bytes.maketrans(_PUNCT.encode(), b" " * len(_PUNCT))
_LEET_TO_LETTERS = bytes.maketrans(b"01345789@$!|", b"oieastbgasil")
_ALL_PUNCT = _PUNCT + "$|"
_ALL_TO_SPACE = bytes.maketrans(_ALL_PUNCT.encode(), b" " * len(_ALL_PUNCT))


_LOWER = b"abcdefghijklmnopqrstuvwxyz"
_UPPER = _LOWER.upper()
_DIGITS = b"0123456789"
# Letters "a", digits and leet symbols "0": a token mixing them shows as "a0" or "0a" ("wh4tsapp", "gma1l").
_MIXED = byte_classes({_LOWER + _UPPER: b"a", _DIGITS + b"$|": b"0"})
# The base64 alphabet (decode._TOKEN, standard and URL-safe, with padding) as "a", everything else a space.
_BASE64 = byte_classes({_LOWER + _UPPER + _DIGITS + b"+/_=-": b"a"})
_LONG_RUN = b"a" * 12
# Spaces and ASCII symbols " ", everything else "x": one-character tokens ("j.o.h.n") are the b"x" tokens.
_SHAPE = byte_classes({b" " + _ALL_PUNCT.encode(): b" "}, b"x")
# UTF-8 continuation bytes: deleted, each character of a non-ASCII text leaves one byte (its first).
_CONTINUATION = bytes(range(0x80, 0xC0))
# Printable ASCII and continuation bytes: deleted, what is left is one byte per control or non-ASCII character.
_PRINTABLE_OR_CONTINUATION = bytes(range(0x20, 0x7F)) + _CONTINUATION
# A vanity number's shape (`_VANITY` on ASCII text): digits "0", capitals "A", its separators "-".
_VANITY_CLASSES = byte_classes({_DIGITS: b"0", _UPPER: b"A", b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f.-)": b"-"}, b"x")
_VANITY_SHAPES = (b"000AA", b"000-AA", b"000--AA", b"000---AA")


_STRONG_B = encoded(STRONG_WORDS)
_NUMBER_B = encoded(set(WORDS))
_GLUED_STARTS_B = encoded(GLUED_STARTS)
_GLUED_ENDS_B = encoded(GLUED_ENDS)
_SPOKEN_B = encoded(STRONG_CUES)
_AT_TARGET_B = encoded(AT_TARGET_CUES)
_PROVIDER_PARTS_B = tuple((encoded(a), encoded(b)) for a, b in PROVIDER_PARTS)
_PROVIDER_SECONDS_B = frozenset().union(*(b for _, b in _PROVIDER_PARTS_B))
_LEET_NAMES_B = encoded(LEET_NAMES)
# Separator words, provider names and parts, TLDs (spoken.LeetWords): "4rr084", "[a7]", "j33 m4il", "c0m".
_LEET_WORDS_B = encoded(LEET_WORDS)
_LEET_ANY_B = _LEET_NAMES_B | _LEET_WORDS_B
# The spoken recipe folds separators and defanged schemes again (what spelled-out letters hid): on a text the
# folding left "[.]" in ("li.wei@hotmail[.]com" from "[[.]]"), those run whatever else the text holds.
_DEFANGED, _BRACKETED = DefangedUrls(), BracketedSeparators()
_SPACED_LETTERS, _NOISE = SpacedLetters(), SeparatorNoise()
_ENTITIES, _DIGIT_LOOKALIKES, _LEET_URLS = HtmlEntities(), DigitLookalikes(), LeetUrls()
# The bytes some test starts from ("&" entities, "*" and "x" defanged schemes, brackets and backticks, "|" between
# digits, "@" leet hosts): an ordinary message holds none of them, and deleting every other byte tells that in C.
_RARE = byte_classes({b"&*([{<|@`%": b"!"})
_BANG, _AT_SIGN = ord("!"), ord("@")  # single bytes tested as ints: `int in bytes` is the fast path
_NONE: frozenset[str] = frozenset()
# The folding's transforms, each asked about a non-ASCII text (Unicode folding among them).
_VERTICAL, _MARKUP = VerticalText(), InlineMarkup()
_FOLDING = (_MARKUP, _ENTITIES, UnicodeFold(), _VERTICAL, _DEFANGED, _BRACKETED, _DIGIT_LOOKALIKES, _LEET_URLS)
# A word every reversal cue holds (decode.REVERSAL_CUE), so only texts with one pay for that regex.
_REVERSAL_B = encoded(
    words(
        "backward backwards reverse reversed revés reves izquierda frente contrário contrario envers gauche "
        "rückwärts ruckwarts links left adelante rovescia incontrario ulta ulte tersten terbalik belakang dibalik "
        "baliktarin baligtarin pabaliktad"
    )
)
# Every word a word test looks for: one isdisjoint tells ordinary chat from a text worth the tests below.
_VOCABULARY = _STRONG_B | _SPOKEN_B | _AT_TARGET_B | _PROVIDER_SECONDS_B | _REVERSAL_B
_AT = b"at"
_AT_SET = frozenset({_AT})
_AT_REACH = 3  # "at gmail", "at the rate gmail", "dot co dot uk": the provider or TLD word within three words
# Words after an "at" that make it a sign whatever stands before it: a mail provider's name or a UPI handle ("at
# gmail", "at okaxis"), and the words of a longer "at" ("at the rate", "at sign", ", then the at, then").
_AT_NAMES_B = encoded(
    words(" ".join(MAIL_DOMAINS)) | UPI_HANDLES | words("rate sign symbol drate therate then followed")
)
# A bare "at" between separators ("_", "-" or spaces), then a host's first label and a dot: what a host after an
# "at" needs when it is no provider's name (`spoken._EMAIL`). The local part before it is `_ID_BEFORE`'s.
_AT_DOTTED_HOST = re.compile(r"(?<=[\s_\-])at[\s_\-]{1,3}[^\W_](?:[\w\-]{0,61}[^\W_])?\s{0,2}\.\s{0,2}[^\W_]", re.I)
# A local part with an id's mark (`spoken._ID_LIKE`: ".", "_" or a digit) right before the separators of an "at".
_ID_BEFORE = re.compile(r"[._\d][\w.+\-]{0,63}[\s_\-]{1,3}\Z")
_LOCAL_REACH = 64 + 3  # a local part's characters and the separators before the "at"
# Four number tokens within five tokens ("zero double one two", "0 four 1 2"): dictation, not prices and dates in
# a sentence, nor number words scattered through filler ("one two at dot one two").
_NUMBER_WINDOW = 5
# The stretches from a number token (1) to the fourth counting it within the window: `_dictation` finds one.
_NUMBER_WINDOWS = tuple(
    bytes(marks)
    for length in range(MIN_GROUPS, _NUMBER_WINDOW + 1)
    for marks in product((0, 1), repeat=length)
    if marks[0] == marks[-1] == 1 and sum(marks) == MIN_GROUPS
)
_GERMAN_AND = b"und"
_VANITY = re.compile(r"\d{3}[\s.\-)]{0,3}[A-Z]{2}")
_ENCODED = re.compile(r"(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{12,512}")  # decode._TOKEN without its ending
_CASE_SWITCH = re.compile(r"[a-z][A-Z]")
_MIN_SWITCHES = 3
# Four one-character tokens in a row, on the text with punctuation made spaces ("j.o.h.n", "k i m . n"): the
# literal space first lets the regex engine jump from space to space.
_SPACED = re.compile(rb" [^ ] {1,5}[^ ] {1,5}[^ ] {1,5}[^ ] ")
_SPACED_TEXT = re.compile(r" \S {1,5}\S {1,5}\S {1,5}\S ")  # the same on decoded text (multi-byte letters)
_ODD = re.compile(r"[^\x20-\x7e]")  # what NOISE_HINT's separator can be once ASCII symbols are spaces


def gate(text: str, bits: int = -1) -> frozenset[str]:
    """The recipes beyond the folding ("spoken", "letters", "decoded") that may change `text` as it stands
    (the caller asks again about the folded text when folding changed it): empty for ordinary chat. `bits`, the
    text's trigger bits when known, spare the questions whose triggers did not fire (`_joined_words`)."""
    ascii_text = text.isascii()
    raw = text.encode("utf-8", "surrogatepass")
    data = raw.lower() if ascii_text else text.lower().encode("utf-8", "surrogatepass")
    spaced = data.translate(_TO_SPACE)
    return _gate(text, ascii_text, raw, data, spaced, spaced.split(), raw.translate(_MIXED), bits)


def _gate(
    text: str,
    ascii_text: bool,
    raw: bytes,
    data: bytes,
    spaced: bytes,
    tokens: list[bytes],
    mixed: bytes,
    bits: int = -1,
) -> frozenset[str]:
    """`gate` on the copies it reads: the encoded text, its lower-cased copy, that with punctuation made spaces,
    its split and the letter/digit classes of the encoded text."""
    cued = not _VOCABULARY.isdisjoint(tokens)
    # `find` rather than `in` on bytes: `in` first tries the operand as an int, which costs a raised error
    letter_by_digit = mixed.find(b"a0") >= 0 or mixed.find(b"0a") >= 0
    leet = letter_by_digit and (("@" in text and leet_host_after_at(text)) or _leet_name(spaced, tokens))
    hits: list[str] = []
    if (
        leet
        or (cued and _spoken_words(text, tokens))
        or (_AT_SIGN in raw and at_for_a(text))
        or (letter_by_digit and _glued_dictation(tokens))
        or _glued_words_dictation(tokens)
        or (
            data.find(_GERMAN_AND) >= 0
            and GERMAN_COMPOUND_ANYWHERE.search(data.decode("utf-8", "surrogatepass")) is not None
        )
        or _spaced_letters(text, data, ascii_text)
        or (not ascii_text and IDEOGRAPHIC_RUN.search(text) is not None)
        or _BRACKETED.needed(text)
        or _DEFANGED.needed(text)
        or _joined_words(text, bits)
    ):
        hits.append("spoken")
    if leet or _vanity(text, raw, ascii_text):
        hits.append("letters")
    if _payload(text, raw) or (cued and not _REVERSAL_B.isdisjoint(tokens) and REVERSAL_CUE.search(text) is not None):
        hits.append("decoded")
    return frozenset(hits) if hits else _NONE


def survey(text: str, triggers: int | None = None) -> frozenset[str] | None:
    """None when neither the folding nor any recipe can change `text` (its raw view is its only one), else
    `gate(text)`: what `build_views` asks before anything else. `triggers` are the text's trigger bits
    (`View.triggers`, scanned here when not given): a text none of the view triggers fired in is answered at
    once; otherwise only the questions whose triggers fired are asked, on copies made once, and the gate's
    answer, when one is needed, is read from the same copies. A text holding a non-ASCII character other than
    a plain symbol is asked every question but those whose own triggers did not fire (`_survey_unicode`)."""
    bits = TRIGGERS.scan(text) if triggers is None else triggers
    return _survey_plain(text, bits) if bits & _VIEW_TRIGGERS or not text.isascii() else None


def survey_exact(text: str) -> frozenset[str] | None:
    """`survey` without triggers: every question asked. On ASCII text the gate's questions come after
    the byte tests that rule them out in C, on copies made once (entities need "&", digit look-alikes a letter
    or "|" beside a digit, leet URLs a letter beside a digit or "$|"). Other text is asked the gate and every
    folding check."""
    if not text.isascii():
        return _survey_unicode(text)
    raw = text.encode()
    data = raw.lower()
    spaced = data.translate(_TO_SPACE)
    tokens = spaced.split()
    mixed = raw.translate(_MIXED)
    return (
        None
        if _quiet_ascii(text, raw, data, spaced, tokens, mixed)
        else _gate(text, True, raw, data, spaced, tokens, mixed)
    )


def _survey_unicode(text: str, bits: int = -1) -> frozenset[str] | None:
    """`survey` on text that is not ASCII: the gate (sparing the questions whose triggers are not in `bits`) and
    every folding check."""
    hits = gate(text, bits)
    return None if not hits and not any(transform.needed(text) for transform in _FOLDING) else hits


def _quiet_ascii(text: str, raw: bytes, data: bytes, spaced: bytes, tokens: list[bytes], mixed: bytes) -> bool:
    """`survey`'s question on ASCII text: True only when `_gate` would say no and no folding transform is
    `needed` (Unicode folding never is); each question is the gate's own or a folding check."""
    if _VERTICAL.needed(text):
        return False
    rare = _BANG in raw.translate(_RARE)
    if (rare or data.find(b"xx") >= 0) and (
        _MARKUP.needed(text)
        or _ENTITIES.needed(text)
        or _DEFANGED.needed(text)
        or _BRACKETED.needed(text)
        or _DIGIT_LOOKALIKES.needed(text)
    ):
        return False
    if _AT_SIGN in raw and at_for_a(text):
        return False
    if (mixed.find(b"a0") >= 0 or mixed.find(b"0a") >= 0) and (
        _DIGIT_LOOKALIKES.needed(text)
        or _LEET_URLS.needed(text)
        or (_AT_SIGN in raw and leet_host_after_at(text))
        or _leet_name(spaced, tokens)
        or _glued_dictation(tokens)
    ):
        return False
    if not _VOCABULARY.isdisjoint(tokens) and (
        _spoken_words(text, tokens) or (not _REVERSAL_B.isdisjoint(tokens) and REVERSAL_CUE.search(text) is not None)
    ):
        return False
    if _joined_words(text) or _glued_words_dictation(tokens):
        return False
    return not (
        (data.find(_GERMAN_AND) >= 0 and GERMAN_COMPOUND_ANYWHERE.search(text.lower()) is not None)
        or _spaced_letters(text, data, True)
        or _vanity(text, raw, True)
        or _payload(text, raw)
    )


def _leet_name(spaced: bytes, tokens: list[bytes]) -> bool:
    """A platform name, or a word that dictates an address, once digits and symbols are read as letters
    ("wh4tsapp", "4rr084", "c0m"), not written plainly."""
    plain = spaced.translate(_LEET_TO_LETTERS).split()
    found = _LEET_ANY_B.intersection(plain)
    if not found:
        return False
    # only a word some token became through a leet character counts: the word is then more often in `plain`
    # than among the tokens (a token written as the word reads as itself); most texts hold only plain ones
    changed = {word for word in found if plain.count(word) > tokens.count(word)}
    if not changed:
        return False
    names = changed & _LEET_NAMES_B
    if names and not names.issubset(tokens):
        return True
    changed &= _LEET_WORDS_B
    # a leet word mixes letters and leet ("4t", "c0m"); a number ("47", "10") spells nothing
    return bool(changed) and any(
        word in changed and token != word and not token.isdigit() for token, word in zip(tokens, plain, strict=True)
    )


def _spoken_words(text: str, tokens: list[bytes]) -> bool:
    """The word tests, on a text holding at least one word of the vocabulary."""
    if not _SPOKEN_B.isdisjoint(tokens) and _target_after(tokens, _SPOKEN_B):
        return True
    if _AT in tokens and not _AT_TARGET_B.isdisjoint(tokens) and _at_address(text, tokens):
        return True
    if not _PROVIDER_SECONDS_B.isdisjoint(tokens) and _provider_split(tokens):
        return True
    return not _STRONG_B.isdisjoint(tokens) and _dictation(tokens)


def _target_after(tokens: list[bytes], cues: frozenset[bytes]) -> bool:
    """An at/dot word with a provider or TLD word within a few words after it ("at gmail", "dot com", "punto
    mx", "at the rate yahoo"): an address being dictated, not "at this point" or "at dot one two"."""
    return any(map(_target, _followers(tokens, cues)))


def _followers(tokens: list[bytes], cues: frozenset[bytes]) -> set[bytes]:
    """The tokens within a few words after any of `cues`."""
    places = compress(count(), map(cues.__contains__, tokens))  # in C
    return {token for i in places for token in tokens[i + 1 : i + 1 + _AT_REACH]}


def _at_address(text: str, tokens: list[bytes]) -> bool:
    """An "at" with a provider or TLD word after it (`_target_after`) that `SpokenSeparators` may read as "@".
    With no dot word in the text (an ASCII one: their spellings are then the tokens), a bare "at" is read only
    before a mail provider's name or a UPI handle, with the words of a longer "at" ("the rate", "sign", "then the
    at, then"), or between a local part shaped like an id ("sam.k", "jo88") and a host with a dot: "log in at
    bank.com", "at APPLE ONLINE STORE" and "at your PC" are prose."""
    followers = _followers(tokens, _AT_SET)
    if not any(map(_target, followers)):
        return False
    if not text.isascii() or not _SPOKEN_B.isdisjoint(tokens) or not _AT_NAMES_B.isdisjoint(followers):
        return True
    return any(
        _ID_BEFORE.search(text, max(0, m.start() - _LOCAL_REACH), m.start()) is not None
        for m in _AT_DOTTED_HOST.finditer(text)
    )


def _target(token: bytes) -> bool:
    """A provider or TLD word: a mail domain, a common TLD or two letters (a country code: "punto it"), but
    not "at" itself ("at dot at dot": the words alone, no address)."""
    from ringfence.detectors.domains import is_common_tld  # lazy: normalize must not import detectors eagerly

    return token in _AT_TARGET_B or (
        token.isalpha() and ((len(token) == 2 and token != _AT) or is_common_tld(token.decode()))
    )


def _dictation(tokens: list[bytes]) -> bool:
    """Four number tokens (words or digit groups) within a short window, as a dictated number has them."""
    if sum(map(_NUMBER_B.__contains__, tokens)) + sum(map(bytes.isdigit, tokens)) < MIN_GROUPS:
        return False  # counted in C; fewer in the whole text cannot make a window
    # one byte per token, 1 for a number token: a window is one of a few literals, found in C
    marks = bytes(map(operator.or_, map(_NUMBER_B.__contains__, tokens), map(bytes.isdigit, tokens)))
    return any(marks.find(window) >= 0 for window in _NUMBER_WINDOWS)


def _glued_dictation(tokens: list[bytes]) -> bool:
    """A token gluing number words to digits ("91seven", "0one23") in dictation (`_dictation`, each of its pieces
    a number token): what `NumberWords` reads of such tokens."""
    mixed = filterfalse(bytes.isdigit, filterfalse(bytes.isalpha, tokens))  # in C
    glued = {token: count for token in mixed if (count := _glued_piece_count(token))}
    return _dictation_with_pieces(tokens, glued)


def _dictation_with_pieces(tokens: list[bytes], glued: dict[bytes, int]) -> bool:
    """`_dictation` on `tokens` with each glued token read as its count of number pieces."""
    if not glued:
        return False
    expanded: list[bytes] = []
    for token in tokens:
        count = glued.get(token, 0)
        expanded.extend([b"0"] * count if count else [token])
    return _dictation(expanded)


def _glued_words_dictation(tokens: list[bytes]) -> bool:
    """A letters-only token of number words written without spaces ("fivefivefive", "ninesevenone") in
    dictation (`_dictation`, each of its words a number token): what `NumberWords` reads of such tokens. A token
    is read only when it starts and ends as a number word does (`numbers._glued_words` asks the same first), the
    cheap tests before the large set of number words."""
    glued = {
        token: count
        for token in tokens
        if len(token) >= GLUED_WORDS_MIN
        and token[:2] in _GLUED_STARTS_B
        and token[-2:] in _GLUED_ENDS_B
        and token.isalpha()
        and token not in _NUMBER_B
        and (count := _glued_piece_count(token))
    }
    return _dictation_with_pieces(tokens, glued)


@lru_cache(maxsize=8192)
def _glued_piece_count(token: bytes) -> int:
    """How many pieces `glued_pieces` reads in a token (0: not glued); chat repeats its tokens ("2nite", "4u")."""
    return len(glued_pieces(token.decode("utf-8", "surrogatepass")))


def _provider_split(tokens: list[bytes]) -> bool:
    return any(not first.isdisjoint(tokens) and not second.isdisjoint(tokens) for first, second in _PROVIDER_PARTS_B)


def _spaced_letters(text: str, data: bytes, ascii_text: bool) -> bool:
    """Characters spelled out one at a time ("j.o.h.n", "f|i|v|e") where `SpacedLetters` or `SeparatorNoise`
    reads them: their own checks, asked once the shape is there ("T's&C's" has it, and neither reads it)."""
    if _short_spelled(data) and _SPACED_LETTERS.needed(text):
        return True
    return _spaced_shape(data, ascii_text) and (_SPACED_LETTERS.needed(text) or _NOISE.needed(text))


# What `SpacedLetters` reads in fewer than four spelled characters (`spoken.short_spelling`), on the lower-cased
# bytes: "at" or "dot" spelled out ("a t", "d-o-t"), and a TLD spelled out after "dot" or, three letters of it
# ("c o m"), after a typed dot (two there are textspeak: "... U c", "enjoy . R u"), or two where an address's or
# a "www." host ends at the typed dot ("kim@studio.i o", `spoken._ends_a_host`).
_SPELLED_AT_OR_DOT = rb"(?:a(?: {1,2}|[\-.*_])t|d(?: {1,2}|[\-.*_])[o0](?: {1,2}|[\-.*_])t) "
_SPELLED_TLD_AFTER_DOT_WORD = rb"dot {1,3}[a-z] {1,2}[a-z]"
_SPELLED_TLD_AFTER_DOT = rb"\. {0,3}[a-z] {1,2}[a-z] {1,2}[a-z](?:[^a-z0-9]|$)"
_SPELLED_CC_AFTER_HOST = rb"(?:@|www\.)[a-z0-9][a-z0-9\-]{0,62} {0,3}\. {0,3}[a-z] {1,2}[a-z](?:[^a-z0-9]|$)"
_SHORT_SPELLED_SHAPE = rb"|".join(
    (rb"(?:^| )" + _SPELLED_AT_OR_DOT, _SPELLED_TLD_AFTER_DOT_WORD, _SPELLED_TLD_AFTER_DOT, _SPELLED_CC_AFTER_HOST)
)
# The same shapes searched one at a time, each from its first literal (twice as fast as the alternation); the
# first on the text with a space put before it, for the "^".
_SHORT_SPELLED_PARTS = tuple(
    re.compile(part)
    for part in (
        rb" " + _SPELLED_AT_OR_DOT,
        _SPELLED_TLD_AFTER_DOT_WORD,
        _SPELLED_TLD_AFTER_DOT,
        _SPELLED_CC_AFTER_HOST,
    )
)


def _short_spelled(data: bytes) -> bool:
    """Whether lower-cased `data` holds one of `_SHORT_SPELLED_SHAPE`."""
    spell_at, spell_tld, spell_typed_tld, spell_host_cc = _SHORT_SPELLED_PARTS
    return (
        spell_at.search(b" " + data) is not None
        or spell_tld.search(data) is not None
        or spell_typed_tld.search(data) is not None
        or ((_AT_SIGN in data or data.find(b"www.") >= 0) and spell_host_cc.search(data) is not None)
    )


def _spaced_shape(data: bytes, ascii_text: bool) -> bool:
    """Four one-character tokens in a row once every ASCII symbol is a space."""
    if ascii_text:
        # fewer than four one-character tokens in the whole text cannot make four in a row; with every space
        # doubled, each one-character token is its own " x " (counted in C, no split)
        if (b" " + data.translate(_SHAPE) + b" ").replace(b" ", b"  ").count(b" x ") < 4:
            return False
        return _SPACED.search(b" " + data.translate(_ALL_TO_SPACE) + b" ") is not None
    spaced = data.translate(_ALL_TO_SPACE)
    # four one-character pieces between spaces (counted as on ASCII text once each character is one byte), or
    # one symbol three times (every ASCII one is a space by now, so only a non-ASCII or control character can be
    # it: three such characters at least), before the text is decoded and either regex is asked
    singles = (b" " + spaced.translate(_SHAPE, _CONTINUATION) + b" ").replace(b" ", b"  ").count(b" x ") >= 4
    if not singles and len(spaced.translate(None, _PRINTABLE_OR_CONTINUATION)) < 3:
        return False
    # a non-ASCII symbol between single letters ("j·o·h·n") is not made a space above
    decoded = " " + spaced.decode("utf-8", "surrogatepass") + " "
    return (singles and _SPACED_TEXT.search(decoded) is not None) or (
        _repeated_symbol(decoded) and NOISE_HINT.search(decoded) is not None
    )


def _repeated_symbol(decoded: str) -> bool:
    """Whether a character that is neither a word character nor a space occurs three times, or three
    pictographs do (NOISE_HINT's separators): counted per distinct character outside printable ASCII."""
    odd = _ODD.findall(decoded)
    return any(decoded.count(char) >= 3 and not char.isalnum() and not char.isspace() for char in set(odd)) or (
        len(odd) >= 3 and len(PICTOGRAPH.findall(decoded)) >= 3
    )


def _vanity(text: str, raw: bytes, ascii_text: bool) -> bool:
    """A vanity number's shape ("1-800-FLOWERS"): three digits, up to three separators, two capitals."""
    shape = raw.translate(_VANITY_CLASSES)
    if ascii_text:
        found = any(shape.find(vanity) >= 0 for vanity in _VANITY_SHAPES)
    else:  # other scripts' digits and spaces: the regex itself, once the two ASCII capitals it ends in are there
        found = shape.find(b"AA") >= 0 and _VANITY.search(text) is not None
    # the shape is what `needed` asks; only an area code then a 7-character tail with three letters is rewritten
    # (VanityNumbers)
    return found and any(sum(map(str.isalpha, m["tail"])) >= _VANITY_TAIL_LETTERS for m in VANITY_NUMBER.finditer(text))


_VANITY_TAIL_LETTERS = 3


def _payload(text: str, raw: bytes) -> bool:
    """A base64 or hex token that decodes to contact-like text: a 12-character run of the base64 alphabet first
    (found in C), then the tokens' shape, then their decoding (what `EncodedPayloads` would read)."""
    return (
        raw.translate(_BASE64).find(_LONG_RUN) >= 0
        and any(_looks_encoded(token) and decode_token(token) is not None for token in _ENCODED.findall(text))
    ) or any(decode_spaced_hex(run) is not None for run in SPACED_HEX.findall(text))


def _looks_encoded(token: str) -> bool:
    """Base64 of text (capitals and lower case after the first character: each 4-character group of encoded
    text has capitals) or hex of even length; a long word, a phone number or a lower-case path is neither."""
    if hex_digits(token) is not None:
        return True
    rest = token[1:]
    if rest == rest.lower() or token == token.upper():
        return False
    # encoded text switches case every few characters; a camel-cased name ("MobileMovieClub") rarely does
    return not token.isalpha() or len(_CASE_SWITCH.findall(token)) >= _MIN_SWITCHES


# --- triggers: one Hyperscan pass tells ordinary chat from a text worth `survey`'s questions ----------------
#
# Each trigger is a necessary condition of one of survey's questions (or of the folding's checks), written for
# text of ASCII and the "plain symbols" below; any other non-ASCII character fires `_NA`, and such a text is
# asked every question. A text whose triggers all stay quiet gets its raw view only, after one mask test; when
# some fire, only the questions they open are asked, exactly as before.

# What `bytes.split()` splits at, and the punctuation `_TO_SPACE` makes spaces: a token's bounds.
_BOUND = "[" + re.escape("\t\n\x0b\x0c\r " + _PUNCT) + "]"
_ANY_SPACE = "[" + re.escape(" " + _ALL_PUNCT) + "]"  # a space once every ASCII symbol is one (spaced letters)


def _plain_symbols() -> str:
    """Non-ASCII characters that leave every question as it is on ASCII text: no letter, digit, mark or space
    (so no word, case or `\\s` question sees them), nothing Unicode folding changes, and no bracket. Checked here, one
    character at a time, over the blocks chat symbols come from (currency, punctuation, arrows, shapes, emoji)."""
    lookalikes = confusables()
    blocks = [(0x80, 0x100), (0x2010, 0x2060), (0x20A0, 0x20C1), (0x2190, 0x2400), (0x2500, 0x2800)]
    blocks += [(0xFFFD, 0xFFFE), (0x1F300, 0x1FB00)]
    plain = []
    for start, end in blocks:
        for code in range(start, end):
            char = chr(code)
            category = unicodedata.category(char)
            if (
                category[0] in "PSC"
                and category not in ("Cn", "Co", "Cs", "Cf")
                and not char.isspace()
                and not char.isalnum()
                and char.lower() == char == char.upper()
                and re.match(r"[\w\d\s]", char) is None
                and fold_char.__wrapped__(char) is None
                and char not in lookalikes
                and char not in DOT_LOOKALIKES
                and char not in BRACKETS
            ):
                plain.append(char)
    return "".join(plain)


_PLAIN_SYMBOLS = _plain_symbols()


def _ranges(chars: str) -> str:
    """`chars` (sorted, none of them ASCII) as the ranges of a character class."""
    parts: list[str] = []
    codes = [ord(c) for c in chars]
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        parts.append(chars[i] if i == j else f"{chars[i]}-{chars[j]}")
        i = j + 1
    return "".join(parts)


def _ascii_words(strings: frozenset[bytes]) -> list[str]:
    """The ASCII words of `strings`. Every other word holds a letter, which fires `_NA`."""
    return [w for w in (s.decode() for s in strings) if w.isascii()]


def _token_pattern(strings: frozenset[bytes]) -> str:
    """One of `strings` as a whole token (caseless: tokens are lower-cased)."""
    return f"(?:^|{_BOUND}){words_pattern(_ascii_words(strings), bounded=True)}(?:{_BOUND}|$)"


def _add(name: str, pattern: str, flags: int = 0) -> int:
    return TRIGGERS.add(f"views.{name}", pattern, flags)


_NON_PLAIN_CHAR = re.compile(f"[^\\x00-\\x7f{_ranges(_PLAIN_SYMBOLS)}]")
# The triggers are ASCII patterns (small automata, so the one pass stays in cache): a text with another
# character is asked its non-ASCII questions in Python (`_survey_plain`). Their classes are written out
# positively, never negated (a negated class holds every non-ASCII character).
_SINGLE = r"[\x00-\x1f\x7fA-Za-z0-9]"  # a character `_spaced_shape` keeps on ASCII text


_LINE_CHAR = r"[ \t]{0,4}[!-~]"  # a line of one character (layout.VERTICAL)


# Hyperscan's cost grows with every pattern it runs, so rare questions share one trigger, the union of theirs;
# a trigger that fires opens all of its questions (each asked exactly, cheapest first).
# Shapes: an entity, a defanged scheme, a German compound number, four one-character tokens or lines.
_T_SHAPES = _add(
    "shapes",
    "|".join(
        (
            r"&(?:#|[A-Za-z0-9$|]{3,14};)|%40[A-Za-z]",
            r"(?i:h(?:xx|\*\*)p)",
            r"(?i:(?:ein|zwei|drei|vier|fuenf|sechs|sieben|acht|neun)und[a-z]{5})",
            rf"(?:^|{_ANY_SPACE}){_SINGLE}(?:{_ANY_SPACE}{{1,5}}{_SINGLE}){{3}}(?:{_ANY_SPACE}|$)",
            f"(?i:{_SHORT_SPELLED_SHAPE.decode()})",
            rf"(?:^|\n){_LINE_CHAR}(?:[ \t]{{0,4}}\r?\n{_LINE_CHAR}){{{MIN_VERTICAL - 1}}}[ \t]{{0,4}}(?:\r?\n|$)",
        )
    ),
)
# An opening bracket (the bracketed separators' words, caseless after it, would make the database large), or a
# backtick (inline markup).
_T_BRACKET = _add("bracket", r"[\(\[\{<`]")
# An "@" (a literal, nearly free to look for), which may stand for an "a" ("gm@il", "@t": spoken.at_for_a); the
# email, handle and payment detectors read it too.
AT_SIGN = TRIGGERS.add("at_sign", "@")
# A vanity number's shape: three digits, up to three separators, two capitals.
_T_VANITY = _add("vanity", r"[0-9]{3}[\t\n\x0b\x0c\r\x1c-\x1f .\-)]{0,3}[A-Z]{2}")
# A base64 token has capitals and lower case after its first character, so a lower-case letter then a capital
# (or a capital after the token's first character then a lower-case letter) with no letter between; a hex
# token has 16 hex digits.
# (A token is at most 512 characters, so at most 510 non-letters stand between the two letters.)
_T_PAYLOAD = _add(
    "payload",
    r"[a-z][0-9+/_\-]{0,510}[A-Z]|[A-Za-z0-9+/_\-][A-Z][0-9+/_\-]{0,510}[a-z]|[0-9a-fA-F]{16}"
    r"|[0-9a-fA-F]{2}(?:[ :\-][0-9a-fA-F]{2}){7}",  # hex a byte at a time (decode.SPACED_HEX)
)
# A letter beside a digit, "$" or "|" (leet); a digit beside "O", "o", "I", "l" or "|", or "S", "B", "Z" between
# two digits (digit look-alikes); a scheme or a dot then a label holding a leet character (leet URLs, with a
# letter beside a leet character).
_T_MIXED = _add("mixed", r"[A-Za-z][0-9$|]|[0-9$|][A-Za-z]")
_T_DIGITISH = _add("digitish", r"[0-9][OoIl|]|[OoIl|][0-9]|[0-9][SBZ][0-9]")
_T_LEET_LABEL = _add("leet-label", r"://|\.[A-Za-z0-9_$|\-]{0,62}[01345789$|]")
# The words the word questions start from: as tokens "at", the spoken separators, a provider name's second part,
# a reversal cue's word and the short number words ("one" in "phone", "ek" in "week" opens nothing); a longer
# number word anywhere (Hyperscan compiles 300 words as tokens slowly, as literals fast). The longer words are
# spread over a few triggers, whose bits together are the words trigger: Hyperscan compiles one alternation of
# 450 literals in a second, four of a quarter of them each in a third of that.
_SHORT_WORD = 4
_SHORT_STRONG_B = frozenset(w for w in _STRONG_B if len(w) <= _SHORT_WORD)
_LONG_WORD_TRIGGERS = 4
_LONG_WORDS = sorted(_ascii_words(_STRONG_B - _SHORT_STRONG_B))
_T_WORDS = _add(
    "words", _token_pattern(_AT_SET | _SPOKEN_B | _PROVIDER_SECONDS_B | _REVERSAL_B | _SHORT_STRONG_B), re.IGNORECASE
)
for _part in range(_LONG_WORD_TRIGGERS):
    _T_WORDS |= _add(f"words-{_part + 1}", words_pattern(_LONG_WORDS[_part::_LONG_WORD_TRIGGERS]), re.IGNORECASE)
# Two short number words glued ("fivefour" in "fivefourzero", "dostres"): a glued run that starts with a longer one
# ("seven", "nueve") fires the words triggers, one of short words only this one. Non-ASCII words fire `_NA`.
_SHORT_ALTERNATION = "(?:" + "|".join(sorted(map(re.escape, _ascii_words(_SHORT_STRONG_B)))) + ")"
_T_WORDS |= _add("glued-words", _SHORT_ALTERNATION * 2, re.IGNORECASE)
# "dot" and a TLD as one word, anywhere in a token ("samdevdotcom", "samdev dotnet"): spoken.GLUED_TLD_WORDS.
_T_GLUED_TLD = _add("glued-tld", words_pattern(list(GLUED_TLD_WORDS)), re.IGNORECASE)
# A host's last label, then a slash spaced out or said ("linktr.ee / x", "t.me slash x", "t.me-slash-x",
# "samdev.website / x"): spoken.spaced_link_path. Python's `\s` also holds \x1c-\x1f, Hyperscan's does not.
_SLASH_WORD_STARTS = "|".join(sorted({word.split()[0] for word in SLASH_WORDS.split("|")}))
_SPACE = r"[\s\x1c-\x1f]"
# Only the slash is asked for: a host's label may be long or outside ASCII, which Hyperscan compiles too large.
_T_SPACED_PATH = _add("spaced-path", rf"{_SPACE}/|/{_SPACE}|[\s\x1c-\x1f_\-](?i:{_SLASH_WORD_STARTS})")
# A symbol, then a TLD word, or a country's domain suffix with spaces for its dots: joiners.symbol_joined ("sam 🔸
# gmail 🔸 com", "samdev • io", "samdev,com", "kimstudio co uk").
_T_JOINED_TLD = _add("joined-tld", f"{JOINED_TLD}|{SPACED_SUFFIX}")
# A platform's name written apart ("sk ype", "dis-cord"): spoken.split_platform_name.
_T_SPLIT_PLATFORM = _add("split-platform", SPLIT_PLATFORM_HINT, re.IGNORECASE)
# An "@" said in words around the sign or as "bei" ("priya@ the rate yahoo.in", "bei gmx.net"): spoken.sign_spoken.
_T_SIGN_SPOKEN = _add("sign-spoken", SIGN_SPOKEN_HINT, re.IGNORECASE)
# "AT"/"DOT" glued in capitals inside a lower-case word ("johnATgmailDOTcom"): spoken.case_glued_separator.
_T_CASE_GLUED = _add("case-glued", CASE_GLUED_HINT)
# A word spelled with the NATO alphabet or "s as in sam": alphabet.spelled_alphabet.
_T_SPELLED = _add("spelled-alphabet", SPELLED_ALPHABET_HINT, re.IGNORECASE)
_T_WORDS |= (
    _T_GLUED_TLD | _T_SPACED_PATH | _T_JOINED_TLD | _T_SPLIT_PLATFORM | _T_SIGN_SPOKEN | _T_CASE_GLUED | _T_SPELLED
)
_VIEW_TRIGGERS = _T_SHAPES | _T_BRACKET | AT_SIGN | _T_VANITY | _T_PAYLOAD | _T_MIXED | _T_DIGITISH | _T_WORDS


def _survey_plain(text: str, bits: int) -> frozenset[str] | None:
    """`survey` on a text some of whose view triggers fired: each question a fired trigger opens is asked
    exactly; the first that says yes gives the gate's answer. A text holding a non-ASCII character other than
    a plain symbol is asked every question but those whose own triggers did not fire."""
    ascii_text = text.isascii()
    if not ascii_text and _NON_PLAIN_CHAR.search(text) is not None:
        return _survey_unicode(text, bits)
    if (
        (bits & _T_MIXED and "@" in text and leet_host_after_at(text))
        or (bits & _T_DIGITISH and _digitish_run(text) and _DIGIT_LOOKALIKES.needed(text))
        or (bits & _T_MIXED and bits & _T_LEET_LABEL and _leet_host(text) and _LEET_URLS.needed(text))
        or (bits & _T_BRACKET and (_BRACKETED.needed(text) or _MARKUP.needed(text)))
        or (bits & AT_SIGN and (at_for_a(text) or _MARKUP.needed(text)))
    ):
        return gate(text, bits)
    raw = text.encode()
    data = raw.lower()  # plain symbols have no case: text.lower() would change the same bytes
    if (
        (
            bits & _T_SHAPES
            and (
                _ENTITIES.needed(text)
                or _DEFANGED.needed(text)
                or (data.find(_GERMAN_AND) >= 0 and GERMAN_COMPOUND_ANYWHERE.search(text.lower()) is not None)
                or _VERTICAL.needed(text)
            )
        )
        or ((bits & _T_SHAPES or not ascii_text) and _spaced_letters(text, data, ascii_text))
        or (bits & _T_PAYLOAD and _payload(text, raw))
        or (bits & _T_VANITY and _vanity(text, raw, ascii_text))
    ):
        return gate(text, bits)
    if not bits & (_T_MIXED | _T_WORDS):
        return None
    spaced = data.translate(_TO_SPACE)
    tokens = spaced.split()
    if (bits & _T_MIXED and (_leet_name(spaced, tokens) or _glued_dictation(tokens))) or (
        bits & _T_WORDS and _word_questions(text, tokens, bits)
    ):
        return _gate(text, ascii_text, raw, data, spaced, tokens, raw.translate(_MIXED), bits)
    return None


# The two questions below read a text of ASCII and plain symbols (no letter, digit or space among them) through a
# class of each byte, and ask in C and a short loop what the transforms' own regexes need before they run.
# DigitLookalikes: digits "0", look-alikes "o", the separators a run allows "-".
_DIGITISH_CLASSES = byte_classes({_DIGITS: b"0", b"OoIl|SBZ": b"o", b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f.-()": b"-"}, b"x")
_LOOKALIKE_RUN_DIGITS = 4  # in a run written mostly in look-alikes ("O7OO 9OO I23"), with ten characters
_LOOKALIKE_RUN_LENGTH = 10
_LOOKALIKE_RUN_LONGEST = 9 * 20 + 8 * 3  # nine parts of 20 characters, eight gaps of 3 (`_DIGITISH_RUN`)
_DIGITISH_STRETCH = re.compile(rb"[0o-]{7,%d}" % _LOOKALIKE_RUN_LONGEST)
# LeetUrls: letters "a", the characters it reads as letters "1", the other characters of a host label "w".
_HOST_CLASSES = byte_classes({_LOWER + _UPPER: b"a", b"01345789$|": b"1", b"26_-": b"w", b".": b"."})


def _digitish_run(text: str) -> bool:
    """A stretch of digits, look-alikes and separators with four digits, ten of both and a look-alike: what a run
    that `DigitLookalikes` rewrites is part of. A stretch longer than any run is read in pieces, and a run may
    straddle two: such a stretch counts whatever it holds."""
    shape = text.encode().translate(_DIGITISH_CLASSES)
    return any(
        len(stretch) == _LOOKALIKE_RUN_LONGEST
        or (
            stretch.count(b"0") >= _LOOKALIKE_RUN_DIGITS
            and b"o" in stretch
            and len(stretch) - stretch.count(b"-") >= _LOOKALIKE_RUN_LENGTH
        )
        for stretch in _DIGITISH_STRETCH.findall(shape)
    )


def _leet_host(text: str) -> bool:
    """A scheme (which may be leet), or a host label with two letters followed, in the same dotted token, by a
    label of two or more letters and leet characters, one of them at least: what `LeetUrls` needs to rewrite a
    host whose last label is a TLD in leet (a TLD is letters only)."""
    if "://" in text:
        return True
    for token in text.encode().translate(_HOST_CLASSES).split():
        if b"1" not in token or b"." not in token:
            continue
        labels = token.split(b".")
        for i, label in enumerate(labels[:-1]):
            if label.count(b"a") >= 2:
                if any(b"1" in later and len(later) > 1 and not later.strip(b"a1") for later in labels[i + 1 :]):
                    return True
                break  # a later label with two letters has fewer labels after it
    return False


def _word_questions(text: str, tokens: list[bytes], bits: int) -> bool:
    """The gate's word tests, on the words of their vocabulary the text holds (one pass over the tokens)."""
    found = _WORD_QUESTIONS.intersection(tokens)
    return (
        (
            bool(found)
            and (
                (not _SPOKEN_B.isdisjoint(found) and _target_after(tokens, _SPOKEN_B))
                or (_AT in found and not _AT_TARGET_B.isdisjoint(found) and _at_address(text, tokens))
                or (not _PROVIDER_SECONDS_B.isdisjoint(found) and _provider_split(tokens))
                or (not _STRONG_B.isdisjoint(found) and _dictation(tokens))
                or (not _REVERSAL_B.isdisjoint(found) and REVERSAL_CUE.search(text) is not None)
            )
        )
        or _joined_words(text, bits)
        or _glued_words_dictation(tokens)
    )


def _joined_words(text: str, bits: int = -1) -> bool:
    """Pieces a contact is read from once joined: a host said with its dot and TLD as one word, a link host with
    its slash spaced or said, a platform's name written apart, an "@" said around the sign or as "bei" (`spoken`),
    or an address with symbols for its "@" and "." (`joiners`). A question whose trigger is not in `bits` (the
    text's trigger bits, when known) is not asked: the platform-name search alone costs 20 µs on a long text."""
    return bool(
        (bits & _T_GLUED_TLD and glued_tld_host(text))
        or (bits & _T_SPACED_PATH and spaced_link_path(text))
        or (bits & _T_SPLIT_PLATFORM and split_platform_name(text))
        or (bits & _T_JOINED_TLD and symbol_joined(text))
        or (bits & _T_SIGN_SPOKEN and sign_spoken(text))
        or (bits & _T_CASE_GLUED and case_glued_separator(text))
        or (bits & _T_SPELLED and spelled_alphabet(text))
    )


_WORD_QUESTIONS = _VOCABULARY | _AT_SET
