"""One pass of a compiled multi-pattern matcher over a text names every trigger it holds.

A trigger is a pattern that must match for some step to find anything: a detector's or a view recipe's own
pre-check. Every module registers its triggers at import (`TRIGGERS.add`), and the first scan compiles them all
into one Hyperscan database, so a text pays for one C-level pass instead of a regex search per step, and a step
whose triggers did not fire returns at once.

Triggers are compiled in Hyperscan's prefilter mode: what it cannot express (look-arounds, back-references) is
widened, so a trigger fires on every text its Python pattern matches, and the step still runs its exact pattern.
A test holds each trigger to that on the labelled cases and the corpora. Without Hyperscan (a platform with no
wheel), or on text that is not valid Unicode, the exact Python patterns answer instead: slower, same findings.
Hyperscan's case folding also differs from Python's on a few letters (`FOLDS_UNLIKE_HYPERSCAN`): on a text
holding one, every trigger counts as fired, so each step runs its exact checks.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any

_hs: Any
try:  # Hyperscan ships wheels for Linux and macOS on x86-64; elsewhere the Python fallback answers
    import hyperscan as _hs
except ImportError:  # pragma: no cover - exercised through TriggerSet(use_hyperscan=False)
    _hs = None


_SUPPORTED_FLAGS = re.IGNORECASE | re.DOTALL | re.MULTILINE
# Letters Python's lower() and IGNORECASE take to ASCII ones and Hyperscan's caseless matching may not: the Kelvin
# sign ("k"), the long s ("s"), dotted and dotless I ("i").
FOLDS_UNLIKE_HYPERSCAN = "\u212a\u017f\u0130\u0131"
_FOLDS_UNLIKE = re.compile(f"[{FOLDS_UNLIKE_HYPERSCAN}]")


def words_pattern(words: Iterable[str], *, bounded: bool = False) -> str:
    """A trigger pattern for "one of `words` is in the text": an alternation of literals (quick to compile and to
    scan), a space standing for any one separator or none ("whats app", "whatsapp"). Unless the caller puts word
    boundaries around it (`bounded`), a word that holds another is left out: the shorter one fires wherever it
    would."""
    kept = sorted(set(words), key=len)
    if not bounded:
        kept = [w for i, w in enumerate(kept) if not any(v in w for v in kept[:i])]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", "[^0-9A-Za-z]?") for w in sorted(kept)) + ")"


class TriggerSet:
    """Named patterns, each given one bit; `scan(text)` returns the bits of every pattern found in `text`."""

    def __init__(self, *, use_hyperscan: bool = True) -> None:
        self._patterns: list[tuple[str, int]] = []
        self._names: list[str] = []
        self._use_hyperscan = use_hyperscan and _hs is not None
        self._compiled: bytes | None = None  # the serialized database each thread loads its copy from
        self._python: list[re.Pattern[str]] | None = None
        self._local = threading.local()  # a database copy (and its scratch space) per thread
        self._lock = threading.Lock()

    def add(self, name: str, pattern: str, flags: int = 0) -> int:
        """Register `pattern` (Python syntax; `flags` from `re`: IGNORECASE, DOTALL, MULTILINE) and return its bit."""
        if self._compiled is not None or self._python is not None:
            raise RuntimeError(f"trigger {name!r} registered after the first scan; register triggers at import")
        if flags & ~_SUPPORTED_FLAGS:
            raise ValueError(f"trigger {name!r}: only IGNORECASE, DOTALL and MULTILINE are supported")
        re.compile(pattern, flags)  # a bad pattern fails here, in its own module, not at the first scan
        self._patterns.append((pattern, flags))
        self._names.append(name)
        return 1 << (len(self._patterns) - 1)

    @property
    def patterns(self) -> tuple[tuple[str, int], ...]:
        """Every registered (pattern, re flags), in bit order."""
        return tuple(self._patterns)

    @property
    def all(self) -> int:
        return (1 << len(self._patterns)) - 1

    def names(self, mask: int) -> list[str]:
        """The names of the triggers in `mask` (for tests and debugging)."""
        return [name for bit, name in enumerate(self._names) if mask >> bit & 1]

    def scan(self, text: str) -> int:
        # One method, the scan's arguments positional: this runs once per view, and at a microsecond or two per
        # scan a second method call and keyword parsing are a sizeable share.
        if self._use_hyperscan and self._patterns:  # an empty set has no database (`scan_exact` answers 0)
            if not text.isascii() and _FOLDS_UNLIKE.search(text) is not None:
                return self.all
            try:
                data = text.encode()
            except UnicodeEncodeError:  # lone surrogates: not UTF-8, which Hyperscan's UTF-8 mode requires
                return self.scan_exact(text)
            database = getattr(self._local, "database", None)
            if database is None:
                database = self._local.database = self._thread_database()
            found = [0]
            database.scan(data, _on_match, 0, found)
            return found[0]
        return self.scan_exact(text)

    def scan_exact(self, text: str) -> int:
        """The bits of the patterns Python's `re` finds in `text`: the fallback, and what tests hold the
        prefilter to (every bit set here is set by `scan`)."""
        if self._python is None:
            with self._lock:
                if self._python is None:
                    self._python = [re.compile(p, f) for p, f in self._patterns]
        mask = 0
        for bit, pattern in enumerate(self._python):
            if pattern.search(text) is not None:
                mask |= 1 << bit
        return mask

    def _thread_database(self) -> Any:
        """This thread's copy of the database, with its own scratch space: a scan passed no scratch argument
        costs less, and threads never share one."""
        with self._lock:
            if self._compiled is None:
                self._compiled = _hs.dumpb(self._compile())
        database = _hs.loadb(self._compiled, _hs.HS_MODE_BLOCK)
        database.scratch = _hs.Scratch(database)
        return database

    def _compile(self) -> Any:
        assert _hs is not None
        base = _hs.HS_FLAG_SINGLEMATCH | _hs.HS_FLAG_PREFILTER | _hs.HS_FLAG_UTF8 | _hs.HS_FLAG_UCP
        expressions, flags = [], []
        for pattern, re_flags in self._patterns:
            expressions.append(pattern.encode("utf-8"))
            flags.append(
                base
                | (_hs.HS_FLAG_CASELESS if re_flags & re.IGNORECASE else 0)
                | (_hs.HS_FLAG_DOTALL if re_flags & re.DOTALL else 0)
                | (_hs.HS_FLAG_MULTILINE if re_flags & re.MULTILINE else 0)
            )
        database = _hs.Database(mode=_hs.HS_MODE_BLOCK)
        try:
            database.compile(expressions=expressions, ids=list(range(len(expressions))), flags=flags)
        except _hs.error:
            for name, expression, flag in zip(self._names, expressions, flags, strict=True):
                try:
                    _hs.Database(mode=_hs.HS_MODE_BLOCK).compile(expressions=[expression], ids=[0], flags=[flag])
                except _hs.error as exc:
                    raise RuntimeError(f"trigger {name!r} does not compile in Hyperscan: {exc}") from exc
            raise
        return database


def _on_match(bit: int, start: int, end: int, flags: int, found: list[int]) -> None:
    found[0] |= 1 << bit


# The one set every detector and view recipe registers in.
TRIGGERS = TriggerSet()
