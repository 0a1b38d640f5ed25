"""Symbols written for an address's "@" and "." ("sam 🔸 gmail 🔸 com", "kelly|at|gmail|dot|com", "sam /at/ gmail
/dot/ com", "samdev • io", "samdev,com", "nina @ gmail · com") read as those marks.

A chain of address parts joined by such symbols is read only when the marks it then holds make an address:
one "@" after a local part with a host of two labels or more ending in a TLD, or a bare host ending in a common
TLD. Which mark a bare symbol stands for comes from the chain itself: a word for "@" or "." wrapped in the same
symbol on both sides says it; a middle dot, bullet or comma stands for "."; any other symbol (an emoji, a
dingbat, an arrow) repeated between the parts stands for "@" before a mail provider's name and "." after it. A
symbol that spaces a list elsewhere in the text ("logo • web • app") is the list's, and a spaced comma is
prose's, so those never join a host.
"""

from __future__ import annotations

import re

from ringfence.normalize.separators import AT_WORDS, DOT_WORDS
from ringfence.normalize.spoken import MAIL_DOMAINS, NOT_SITE_NAMES, _is_common_tld, _is_tld
from ringfence.normalize.unicode import DOT_LOOKALIKES
from ringfence.normalize.view import View, rewrite

# A word for "@" or "." wrapped in the same symbol on both sides ("/at/", "|dot|", "~at~", "*dot*"), or in emoji
# or other non-ASCII symbols, which may differ ("🌀 at 🌀", "👉dot👈").
_DECORATION = r"[^\w\s\x00-\x7f]{1,2}"
_WRAPPED = (
    rf"(?:(?P<wrap>[/|~*=#+\-]{{1,2}})|{_DECORATION})\s{{0,2}}(?P<word>{AT_WORDS}|{DOT_WORDS})\s{{0,2}}"
    rf"(?(wrap)(?P=wrap)|{_DECORATION})"
)
# A run of symbols standing alone between two parts: no letter, digit, space, quote, bracket or sentence mark,
# no "/" (a path's), and not the "@" and "." that are already an address's.
_SYMBOL = r"[^\w\s.@'\"`()\[\]{}<>?!;:/]{1,4}"
_JOINER = re.compile(rf"\s{{0,3}}(?:{_WRAPPED}|(?P<mark>[@.])|(?P<symbol>{_SYMBOL}))\s{{0,3}}", re.IGNORECASE)
_PART = r"[^\W_](?:[\w+\-]{0,62}[^\W_])?"
_PART_AT = re.compile(_PART)
_CHAIN = re.compile(rf"(?<![\w.@+\-]){_PART}(?:{_JOINER.pattern}{_PART}){{1,6}}(?![\w@]|\.\w)", re.IGNORECASE)
_AT_WORD_SET = frozenset(w.lower() for w in AT_WORDS.split("|"))
# The symbols read as "." by their shape: the dot look-alikes of `unicode` and the comma.
_DOT_SYMBOLS = DOT_LOOKALIKES | {","}
# The labels a country's TLD has under it ("co.uk", "com.br").
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "edu"})
# The cheap check, and `precheck`'s trigger: a symbol, then spaces (none after a comma, which prose spaces) and a
# TLD word ending a word. Spaces, not `\s` (a large class in Hyperscan's Unicode mode); non-ASCII characters
# written as themselves (Hyperscan reads no "\u" escape).
_NON_ASCII = "\u0080-\U0010ffff"
JOINED_TLD = (
    rf"(?:,|(?:[|/~*=#+\-]|[{_NON_ASCII}]) {{0,3}})"
    r"(?i:com|net|org|info|biz|dev|xyz|tech|site|store|online|studio|blog|club|cloud|pro|app|me|io|co|uk|in|br|mx"
    r"|ar|ph|pk|ng|ca|au|fr|de|es)"
    rf"(?:[ \n.,!?;:/)'\"{_NON_ASCII}]|$)"
)
# A host's name, then a country's second-level label and its code, with spaces for both dots ("kimstudio co uk",
# "kim@kimstudio com au"): in lower case those two words are a domain's suffix, never prose ("Acme Co UK" is a
# company's name; "our co in Delhi" has an everyday word for its country code, `_is_common_tld`). Also the trigger.
SPACED_SUFFIX = r"[A-Za-z0-9] {1,2}(?:co|com|org|net|ac) {1,2}[a-z]{2}(?:[ \n.,!?;:/)'\"]|$)"
_SPACED_SUFFIX_HINT = re.compile(SPACED_SUFFIX)
_SPACED_SUFFIX = re.compile(
    r"(?<![\w.\-])(?P<name>[^\W_][\w\-]{1,62})(?P<gap1> {1,2})(?P<sld>co|com|org|net|ac)(?P<gap2> {1,2})"
    r"(?P<cc>[a-z]{2})(?![\w@\-]|\.\w)"
)
_JOINED_TLD = re.compile(JOINED_TLD)
# No host's name: prose words, and the words for the marks themselves ("... punto com pe message karo": "com"
# said after a dot word).
_NOT_HOST_NAMES = NOT_SITE_NAMES | frozenset(w.lower() for w in f"{AT_WORDS}|{DOT_WORDS}".split("|"))


def symbol_joined(text: str) -> bool:
    """Whether `text` holds an address whose "@" or "." is written as another symbol or a space
    (`SymbolJoiners` reads it)."""
    return (_JOINED_TLD.search(text) is not None or _SPACED_SUFFIX_HINT.search(text) is not None) and bool(_edits(text))


def _spaced_suffix_edits(text: str) -> list[tuple[int, int, str]]:
    """The dots of `_SPACED_SUFFIX` hosts, where the suffix is a public one and the name no prose or mark word."""
    from ringfence.detectors.domains import public_suffix  # lazy: normalize imports no detector eagerly

    edits: list[tuple[int, int, str]] = []
    for m in _SPACED_SUFFIX.finditer(text):
        suffix = f"{m.group('sld')}.{m.group('cc')}"
        # a country code that is a word ("in", "my") only in an address's host ("raj@pixelworks co in")
        mail_host = text[m.start() - 1 : m.start()] == "@"
        if (
            m.group("name").lower() not in _NOT_HOST_NAMES
            and (mail_host or _is_common_tld(m.group("cc")))
            and public_suffix(suffix) == suffix
        ):
            edits += [(*m.span("gap1"), "."), (*m.span("gap2"), ".")]
    return edits


def _edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = _spaced_suffix_edits(text) if _SPACED_SUFFIX_HINT.search(text) else []
    for chain in _CHAIN.finditer(text):
        parts, joiners = _split(text, chain.start(), chain.end())
        # The longest reading, earliest first: the sentence may go on around the address ("mail ▶ sam ▶ gmail
        # ▶ com", "site ⇒ sam • io", "... 👉 com, ok").
        readings = sorted(
            ((first, last) for first in range(len(joiners)) for last in range(first + 1, len(joiners) + 1)),
            key=lambda span: (span[0] - span[1], span[0]),
        )
        for first, last in readings:
            marks = _marks(text, joiners[first:last], parts[first : last + 1])
            if marks is not None:
                edits.extend((j.start(), j.end(), mark) for j, mark in zip(joiners[first:last], marks, strict=True))
                break
    return edits


def _split(text: str, start: int, end: int) -> tuple[list[str], list[re.Match[str]]]:
    """A chain's parts (lower case) and the joiners between them, read from its start as `_CHAIN` matched."""
    part = _PART_AT.match(text, start, end)
    assert part is not None  # the chain starts with a part
    parts, joiners = [part.group(0).lower()], []
    while part.end() < end:
        joiner = _JOINER.match(text, part.end(), end)
        part = _PART_AT.match(text, joiner.end(), end) if joiner is not None else None
        if joiner is None or part is None:
            break
        parts.append(part.group(0).lower())
        joiners.append(joiner)
    return parts, joiners


def _marks(text: str, joiners: list[re.Match[str]], parts: list[str]) -> list[str] | None:
    """The "@" or "." each joiner stands for, when the chain then reads as an address with a disguised mark."""
    known: list[str | None] = []
    symbols = set()
    for j in joiners:
        if j.group("word") is not None:
            known.append("@" if j.group("word").lower() in _AT_WORD_SET else ".")
        elif j.group("mark") is not None:
            known.append(j.group("mark"))
        else:
            symbol = j.group("symbol")
            if symbol == "," and j.group(0) != ",":
                return None  # a spaced comma is prose's
            symbols.add(symbol)
            known.append(None)
    if len(symbols) > 1 or all(j.group("mark") is not None for j in joiners):
        return None  # different symbols are no one disguise; plain marks are for the other readers
    symbol = next(iter(symbols), None)
    at = known.index("@") if "@" in known else None
    if at is None and symbol is not None:
        # a mail provider's name after a symbol: the symbol is the "@" before it ("sam 🔸 gmail 🔸 com")
        at = next((i for i, k in enumerate(known) if k is None and parts[i + 1] in MAIL_DOMAINS), None)
        if at is None and symbol not in _DOT_SYMBOLS:
            return None
    marks = ["@" if i == at else "." if k is None else k for i, k in enumerate(known)]
    if marks.count("@") > 1 or (at is not None and "@" in marks[:at]):
        return None
    if at is not None and None in known[:at]:
        return None  # a symbol before the "@" joins no local part
    labels = parts if at is None else parts[at + 1 :]
    if len(labels) < 2 or not _is_tld(labels[-1]) or any(label.isdigit() for label in labels):
        return None
    if at is None and (not _is_common_tld(labels[-1]) or len(labels) > 2 + (labels[-2] in _SECOND_LEVEL)):
        return None  # a bare host is a name and its TLD ("co.uk" one): more parts are a list ("red • blue • co")
    spaced = any(j.group(0) != j.group(0).strip() for j in joiners)
    if at is None and symbol is not None and spaced and text.count(symbol) > known.count(None):
        return None  # the symbol spaces a list elsewhere in the text
    return marks


class SymbolJoiners:
    """Symbols standing for an address's "@" and "." read as those marks, where an address results."""

    name = "joiners"

    def needed(self, text: str) -> bool:
        return symbol_joined(text)

    def apply(self, view: View) -> View:
        edits = _edits(view.text)
        return rewrite(view, self.name, edits) if edits else view
