"""Where a rule can start: the literal prefixes of its matches, read off the compiled pattern.

A rule pattern is `\\W(?:...)`; scanning a message with it costs one match attempt at every separator, for every
rule. Instead, one search finds the separators followed by the first letters of some rule (a trie of the prefixes
of all rules), and each rule is tried only there (`pattern.match` at each candidate, which finds exactly what
`finditer` finds, because every match starts at a candidate). The prefixes are derived from the parse tree, so
they never drift from the patterns: a character class of a few letters branches, anything wider ends the prefix
there (a shorter prefix allows more starts, never fewer), and assertions are skipped (they only narrow a match).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # the stdlib regex parser (no public API, no stubs)
_c: Any = importlib.import_module("re._constants")

_MAX_LEN = 3  # longer prefixes barely narrow the candidates, and the bigger trie costs more per separator
_MAX_PREFIXES = 4000  # per rule, while enumerating; past it the prefixes end where they are
_MAX_CLASS = 4  # [eé], [oó]: branch; \s, \w, [^.!?\n]: end the prefix


def literal_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which starts every match of `pattern` (after its leading separator `\\W`), or None when a
    match can start with something that is not a short literal (the rule then scans the whole text)."""
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if not items or items[0] != (_c.IN, [(_c.CATEGORY, _c.CATEGORY_NOT_WORD)]):
        return None
    open_, closed = _extend({""}, items[1:])
    prefixes = open_ | closed
    if "" in prefixes or any("=" in p for p in prefixes):
        return None
    return frozenset(prefixes)


def _extend(open_: set[str], items: list[Any]) -> tuple[set[str], set[str]]:
    """Prefixes still growing after `items`, and prefixes that stopped (ended by a wide item or the length cap)."""
    closed: set[str] = set()
    for op, av in items:
        if not open_:
            break
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.SUBPATTERN and (av[1] or av[2]):  # inline flags change what a literal matches
            closed |= open_
            return set(), closed
        if op is _c.SUBPATTERN:
            grown, ended = _extend(open_, list(av[3]))
        elif op is _c.BRANCH:
            grown, ended = set(), set()
            for alt in av[1]:
                g, e = _extend(open_, list(alt))
                grown |= g
                ended |= e
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, high, sub = av
            grown, ended = _extend(open_, list(sub))
            if high > 1:  # after the first repeat the prefix ends
                ended |= grown
                grown = set()
            if low == 0:
                grown |= open_
        else:
            chars = _chars(op, av)
            if chars is None:
                closed |= open_
                return set(), closed
            grown, ended = {p + ch for p in open_ for ch in chars}, set()
        if len(grown) + len(ended) > _MAX_PREFIXES:  # too many: end them all, shortened until they fit
            every = grown | ended
            for length in range(_MAX_LEN, -1, -1):
                short = {p[:length] for p in every}
                if len(short) <= _MAX_PREFIXES:
                    break
            closed |= short
            return set(), closed
        closed |= ended
        open_ = set()
        for p in grown:
            (closed if len(p) >= _MAX_LEN else open_).add(p)
    return open_, closed


def _chars(op: Any, av: Any) -> list[str] | None:
    if op is _c.LITERAL:
        return [chr(av)]
    if op is _c.IN:
        out: list[str] = []
        for kind, value in av:
            if kind is _c.LITERAL:
                out.append(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_CLASS:
                out.extend(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        return out if len(out) <= _MAX_CLASS else None
    return None
