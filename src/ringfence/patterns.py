"""Patterns reshaped into tries: alternatives that start with the same character are merged.

Used by the intent rules and other keyword-heavy detectors. A rule pattern is a long alternation of words
written for people to read (`send|sent|share|...`); the regex engine tries every alternative at every word
start. Merged per alternation level (`s(?:e(?:nd|nt)|hare)|...`), a failing attempt costs a few character tests
instead of one per alternative. The merge never changes which alternative wins: alternatives keep their order,
and one moves up past another only when the two cannot start with the same character (so at any position at
most one of them can match). Anything the reshaping does not understand is left as it is, and a construct it
cannot write back raises at import, never silently.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # the stdlib regex parser (no public API, no stubs)
_c: Any = importlib.import_module("re._constants")

Item = tuple[Any, Any]  # (opcode, argument), as the stdlib parser gives them

_MAX_FIRST_RANGE = 64  # a character range wider than this counts as "any character" for the disjointness test


def factored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with its alternations merged by first character: the same matches, found with less work."""
    names = {index: name for name, index in pattern.groupindex.items()}
    items = _flatten(list(_parser.parse(pattern.pattern, pattern.flags)))
    return re.compile(_source(items, names), pattern.flags)


def _first_chars(items: list[Item]) -> frozenset[int] | None:
    """The characters a match of `items` can start with, or None when unknown or when it can match empty."""
    for op, av in items:
        if op is _c.LITERAL:
            return frozenset([av])
        if op is _c.IN:
            chars: set[int] = set()
            for kind, value in av:
                if kind is _c.LITERAL:
                    chars.add(value)
                elif kind is _c.RANGE and value[1] - value[0] < _MAX_FIRST_RANGE:
                    chars.update(range(value[0], value[1] + 1))
                else:
                    return None
            return frozenset(chars)
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:  # inline flags change what a character matches
                return None
            return _first_chars(list(av[3]))
        if op is _c.BRANCH:
            out: set[int] = set()
            for alt in av[1]:
                first = _first_chars(list(alt))
                if first is None:
                    return None
                out |= first
            return frozenset(out)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            return None if av[0] == 0 else _first_chars(list(av[2]))
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: only narrows where the next item may match
        return None
    return None


def _head(items: list[Item]) -> tuple[Item, list[Item]] | None:
    """(the first character item, the rest) when the sequence starts with one literal or character class."""
    if not items:
        return None
    op, av = items[0]
    if op in (_c.LITERAL, _c.IN):
        return items[0], items[1:]
    if op is _c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _head(list(av[3]) + items[1:])
    if op is _c.BRANCH and len(av[1]) == 1:
        return _head(list(av[1][0]) + items[1:])
    return None


def _merge(alternatives: list[list[Item]]) -> list[list[Item]]:
    """Alternatives with a shared first item merged into one (that item, then an alternation of the rests)."""
    # each group: [head key or None, head item, rests, first characters]
    groups: list[tuple[str | None, Item | None, list[list[Item]], frozenset[int] | None]] = []
    for alt in (_flatten(a) for a in alternatives):
        head, first = _head(alt), _first_chars(alt)
        if head is not None and first is not None:
            key = repr(head[0])
            joined = False
            for g_key, _, rests, g_first in reversed(groups):
                if g_key == key:
                    rests.append(head[1])
                    joined = True
                    break
                if g_first is None or g_first & first:  # may match where this one does: order matters, stop
                    break
            if not joined:
                groups.append((key, head[0], [head[1]], first))
        else:
            groups.append((None, None, [alt], first))
    out: list[list[Item]] = []
    for _, item, rests, _ in groups:
        if item is None:
            out.append(rests[0])
        elif len(rests) == 1:
            out.append([item, *rests[0]])
        else:
            merged = _merge(rests)
            out.append([item, *merged[0]] if len(merged) == 1 else [item, (_c.BRANCH, (None, merged))])
    return out


def _flatten(items: list[Item]) -> list[Item]:
    """Non-capturing groups without flags inlined, every nested alternation merged."""
    out: list[Item] = []
    for op, av in items:
        if op is _c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            out.extend(_flatten(list(av[3])))
        elif op is _c.BRANCH:
            out.append((op, (None, _merge([list(a) for a in av[1]]))))
        elif op is _c.SUBPATTERN:
            out.append((op, (av[0], av[1], av[2], _flatten(list(av[3])))))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            out.append((op, (av[0], av[1], _flatten(list(av[2])))))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            out.append((op, (av[0], _flatten(list(av[1])))))
        else:
            out.append((op, av))
    return out


# -- writing the parse tree back as a pattern -------------------------------------------------------------------

_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
_POSITIONS = {
    _c.AT_BOUNDARY: r"\b",
    _c.AT_NON_BOUNDARY: r"\B",
    _c.AT_BEGINNING: "^",
    _c.AT_END: "$",
    _c.AT_BEGINNING_STRING: r"\A",
    _c.AT_END_STRING: r"\Z",
}


def _char(code: int) -> str:
    ch = chr(code)
    if ch.isalnum() or ch in " _":
        return ch
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _source(items: list[Item], names: dict[int, str]) -> str:
    return "".join(_item_source(op, av, names) for op, av in items)


def _item_source(op: Any, av: Any, names: dict[int, str]) -> str:
    if op is _c.LITERAL:
        return _char(av)
    if op is _c.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is _c.ANY:
        return "."
    if op is _c.IN:
        return "[" + "".join(_class_part(kind, value) for kind, value in av) + "]"
    if op is _c.AT:
        return _POSITIONS[av]
    if op is _c.BRANCH:
        return "(?:" + "|".join(_source(alt, names) for alt in av[1]) + ")"
    if op is _c.SUBPATTERN:
        index, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise ValueError("inline flags are not supported in rule patterns")
        if index is None:
            return f"(?:{_source(sub, names)})"
        name = names.get(index)
        return (f"(?P<{name}>" if name else "(") + _source(sub, names) + ")"
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        if high is _c.MAXREPEAT:
            raise ValueError("unbounded repeat in a rule pattern (bounded repeats only)")
        lazy = "?" if op is _c.MIN_REPEAT else "+" if op is _c.POSSESSIVE_REPEAT else ""
        return f"(?:{_source(sub, names)}){{{low},{high}}}{lazy}"
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, sub = av
        kind = ("=" if op is _c.ASSERT else "!") if direction >= 0 else ("<=" if op is _c.ASSERT else "<!")
        return f"(?{kind}{_source(sub, names)})"
    raise ValueError(f"cannot write back regex item {op}")


def _class_part(kind: Any, value: Any) -> str:
    if kind is _c.NEGATE:
        return "^"
    if kind is _c.LITERAL:
        return _char(value)
    if kind is _c.RANGE:
        return f"{_char(value[0])}-{_char(value[1])}"
    if kind is _c.CATEGORY:
        return _CATEGORIES[value]
    raise ValueError(f"cannot write back character class item {kind}")


# -- a linear-time superset for RE2 ------------------------------------------------------------------------------

# Python's classes are Unicode-wide, RE2's ASCII-only: each positive one also takes every non-ASCII character.
# (RE2's \W, \D and \S already take every non-ASCII character, so they hold Python's.)
_NON_ASCII = r"\x{80}-\x{10ffff}"
_RE2_CATEGORIES = {
    _c.CATEGORY_DIGIT: "0-9" + _NON_ASCII,
    _c.CATEGORY_SPACE: r"\t-\r\x1c-\x20" + _NON_ASCII,
    _c.CATEGORY_WORD: "0-9A-Za-z_" + _NON_ASCII,
}
_RE2_NOT_CATEGORIES = {_c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_NOT_WORD: r"\W"}
_RE2_ANY = r"[\x00-\x{10ffff}]"
_RE2_MAX_BOUND = 2  # a wider repeat is left open: a smaller automaton, and a superset all the same


def re2_superset(pattern: str) -> str:
    """An RE2 pattern that matches every text `pattern` (Python syntax, no flags) matches, and a few more.

    Look-arounds and positions are dropped, character classes widened to RE2's ASCII-only categories, repeats
    wider than two left open. RE2 runs in time linear in the text, so it is a cheap test of whether a costly
    Python pattern (with the look-arounds RE2 lacks) is worth running at all."""
    return "".join(_re2_item(op, av) for op, av in _parser.parse(pattern))


def _re2_char(code: int) -> str:
    return chr(code) if code < 0x80 and chr(code).isalnum() else f"\\x{{{code:x}}}"


def _re2_item(op: Any, av: Any) -> str:
    if op is _c.LITERAL:
        return _re2_char(av)
    if op is _c.NOT_LITERAL:
        return f"[^{_re2_char(av)}]"
    if op is _c.ANY:
        return "."  # neither takes a newline
    if op is _c.IN:
        return _re2_class(av)
    if op is _c.CATEGORY:
        return _RE2_NOT_CATEGORIES.get(av) or f"[{_RE2_CATEGORIES[av]}]"
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return ""
    if op is _c.BRANCH:
        return "(?:" + "|".join("".join(_re2_item(o, a) for o, a in alt) for alt in av[1]) + ")"
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:
            raise ValueError("inline flags are not supported in an RE2 superset")
        return "(?:" + "".join(_re2_item(o, a) for o, a in av[3]) + ")"
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        body = "(?:" + "".join(_re2_item(o, a) for o, a in sub) + ")"
        if high is not _c.MAXREPEAT and high <= _RE2_MAX_BOUND:
            return f"{body}{{{low},{high}}}"
        return body + ("*" if low == 0 else "+")
    raise ValueError(f"cannot write regex item {op} for RE2")


def _re2_class(items: Any) -> str:
    negated = bool(items) and items[0][0] is _c.NEGATE
    parts = []
    for kind, value in items[1:] if negated else items:
        if kind is _c.LITERAL:
            parts.append(_re2_char(value))
        elif kind is _c.RANGE:
            parts.append(f"{_re2_char(value[0])}-{_re2_char(value[1])}")
        elif kind is _c.CATEGORY and value in _RE2_NOT_CATEGORIES:
            if negated:  # [^\W] holds Python's Unicode letters, which RE2's [^\W] lacks
                return _RE2_ANY
            parts.append(_RE2_NOT_CATEGORIES[value])
        elif kind is _c.CATEGORY:
            # in a negated class RE2's narrower category excludes less: still a superset
            parts.append(_CATEGORIES[value] if negated else _RE2_CATEGORIES[value])
        else:
            raise ValueError(f"cannot write character class item {kind} for RE2")
    return "[" + ("^" if negated else "") + "".join(parts) + "]"


# -- the strings a match can start with ----------------------------------------------------------------------------

_SPACES = frozenset(c for c in range(0x3001) if chr(c).isspace())  # every character \s matches (none lies above)
_MAX_KEYS = 20000


def start_keys(pattern: str, length: int) -> frozenset[str]:
    """Strings of up to `length` characters, one of which starts every match of `pattern` (compiled without flags).

    A key shorter than `length` stands for every string it starts ("" for any position): where the pattern may
    end, or its next character is not one of a short list. Zero-width tests are skipped, so the keys can only say
    too much, never too little: a position whose next characters start with none of them cannot start a match."""
    keys = _keys(list(_parser.parse(pattern)), length)
    return frozenset([""]) if keys is None else frozenset(keys)


def _keys(items: list[Item], length: int) -> set[str] | None:
    """The keys of `items` (see start_keys), or None when there are too many to list."""
    if length == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _keys(rest, length)
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:  # inline flags change what a character matches
            return {""}
        return _keys(list(av[3]) + rest, length)
    if op is _c.BRANCH:
        return _union_keys(_keys(list(alt) + rest, length) for alt in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        if sub.getwidth()[0] == 0:  # the parser's own width: a repeat of what may match nothing
            return {""}
        # each repetition takes a character or more, so repetitions past `length` change no key
        counts = range(low, min(high, max(low, length)) + 1)
        return _union_keys(_keys(list(sub) * n + rest, length) for n in counts)
    chars = _chars(op, av)
    if chars is None:
        return {""}
    tails = _keys(rest, length - 1)
    if tails is None or len(chars) * len(tails) > _MAX_KEYS:
        return None
    return {chr(c) + tail for c in chars for tail in tails}


def _union_keys(parts: Iterable[set[str] | None]) -> set[str] | None:
    out: set[str] = set()
    for part in parts:
        if part is None:
            return None
        out |= part
        if len(out) > _MAX_KEYS:
            return None
    return out


def _chars(op: Any, av: Any) -> set[int] | None:
    """The characters one character item matches, or None when they are too many to list."""
    if op is _c.LITERAL:
        return {av}
    if op is not _c.IN:
        return None
    chars: set[int] = set()
    for kind, value in av:
        if kind is _c.LITERAL:
            chars.add(value)
        elif kind is _c.RANGE and value[1] - value[0] < 256:
            chars.update(range(value[0], value[1] + 1))
        elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
            chars |= _SPACES
        else:
            return None
    return chars
