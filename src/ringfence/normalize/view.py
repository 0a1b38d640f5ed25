"""Views of a text: a derived string plus an exact map from each of its characters back to the original.

Every transform reads one view and writes the next through a ViewBuilder, so a match found in any view maps
back to original code-point offsets without approximation: a view character that came from a replaced span
maps to that whole span, so redacting the mapped span removes the whole disguise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar, cast

from ringfence.triggers import TRIGGERS

_T = TypeVar("_T")


def lower_same_length(text: str) -> str:
    """text.lower(), except characters whose lower case is longer ("İ") stay as they are, so offsets still match."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


class View:
    """A text derived from `original`; char i of `text` came from original[starts[i]:ends[i]]."""

    __slots__ = ("_ends", "_lower", "_shared", "_starts", "_triggers", "name", "original", "text")

    def __init__(
        self,
        name: str,
        text: str,
        original: str,
        starts: list[int] | None = None,
        ends: list[int] | None = None,
    ) -> None:
        if starts is not None and (ends is None or len(starts) != len(text) or len(ends) != len(text)):
            raise ValueError("offset map must have one entry per view character")
        self.name = name
        self.text = text
        self.original = original
        self._starts = starts
        self._ends = ends
        self._lower: str | None = None
        self._triggers: int | None = None
        self._shared: dict[Callable[[str], object], object] | None = None

    @property
    def lower(self) -> str:
        """`text` lower-cased, computed once per view and shared by every detector's keyword pre-check.
        Offsets agree with `text` only where lower-casing keeps lengths (`lower_kept` always keeps them)."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    @property
    def lower_kept(self) -> str:
        """`lower` with offsets that always agree with `text` (`lower_same_length`): the same string but for a
        text holding a letter whose lower case is longer."""
        lower = self.lower
        return lower if len(lower) == len(self.text) else lower_same_length(self.text)

    @property
    def triggers(self) -> int:
        """The bits of every trigger (`ringfence.triggers.TRIGGERS`) found in `text`: one pass, shared by every
        detector's and recipe's pre-check."""
        if self._triggers is None:
            self._triggers = TRIGGERS.scan(self.text)
        return self._triggers

    def shared(self, compute: Callable[[str], _T]) -> _T:
        """compute(text), computed once per view for every detector that asks (`compute` must be a pure
        function of the text: several detectors read the same facts of one view, such as its dates)."""
        if self._shared is None:
            self._shared = {}
        elif compute in self._shared:
            return cast(_T, self._shared[compute])
        value = self._shared[compute] = compute(self.text)
        return value

    @classmethod
    def identity(cls, text: str) -> View:
        return cls("raw", text, text)

    @property
    def is_identity(self) -> bool:
        return self._starts is None

    def renamed(self, name: str) -> View:
        """The same view under another name (the offset map is shared, not copied)."""
        return View(name, self.text, self.original, self._starts, self._ends)

    def origin(self, index: int) -> tuple[int, int]:
        """Original span of view character `index`."""
        if self._starts is None or self._ends is None:
            return index, index + 1
        return self._starts[index], self._ends[index]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the view span [start, end) to the smallest original span holding every source character."""
        if self._starts is None or self._ends is None:
            return start, end
        if end <= start:
            position = self._starts[start] if start < len(self._starts) else len(self.original)
            return position, position
        return min(self._starts[start:end]), max(self._ends[start:end])

    def __repr__(self) -> str:
        return f"View({self.name!r}, {self.text!r})"


class ViewBuilder:
    """Builds the next view from `source`, keeping the offset map exact."""

    __slots__ = ("_ends", "_parts", "_starts", "name", "source")

    def __init__(self, source: View, name: str) -> None:
        self.source = source
        self.name = name
        self._parts: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def copy(self, start: int, end: int) -> None:
        """Copy source characters [start, end) unchanged."""
        if end <= start:
            return
        self._parts.append(self.source.text[start:end])
        src = self.source
        if src._starts is None or src._ends is None:
            self._starts.extend(range(start, end))
            self._ends.extend(range(start + 1, end + 1))
        else:  # each character keeps the origin it had (`origin`), copied a slice at a time
            self._starts.extend(src._starts[start:end])
            self._ends.extend(src._ends[start:end])

    def replace(self, start: int, end: int, text: str) -> None:
        """Emit `text` in place of source characters [start, end); an empty `text` deletes them."""
        if not text:
            return
        if end <= start:
            raise ValueError("a replacement must consume at least one source character")
        s, e = self.source.to_original(start, end)
        self._parts.append(text)
        self._starts.extend([s] * len(text))
        self._ends.extend([e] * len(text))

    def build(self) -> View:
        return View(self.name, "".join(self._parts), self.source.original, self._starts, self._ends)


def rewrite(source: View, name: str, edits: Iterable[tuple[int, int, str]]) -> View:
    """Apply non-overlapping (start, end, replacement) edits, sorted by start, to `source`."""
    builder = ViewBuilder(source, name)
    cursor = 0
    for start, end, text in edits:
        if start < cursor:
            continue  # overlapping edit: the earlier one wins
        builder.copy(cursor, start)
        if end > start:
            builder.replace(start, end, text)
        cursor = end
    builder.copy(cursor, len(source.text))
    return builder.build()


def words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())
