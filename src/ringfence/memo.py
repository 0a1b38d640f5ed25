"""Bounded memo tables for pure answers that repeat in real traffic (stem combinations, cue words)."""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(Generic[K, V]):
    """Answers by key, at most `limit` of them. A full table starts over (the keys of real text repeat, and a
    server's traffic drifts: a table that kept its first `limit` keys would stop answering for good). `cache_clear`
    empties it, as it does a functools cache, so a benchmark can measure passes that start cold."""

    __slots__ = ("_answers", "_limit")

    def __init__(self, limit: int) -> None:
        self._answers: dict[K, V] = {}
        self._limit = limit

    def __contains__(self, key: K) -> bool:
        return key in self._answers

    def __getitem__(self, key: K) -> V:
        return self._answers[key]

    def get(self, key: K) -> V | None:
        return self._answers.get(key)

    def put(self, key: K, value: V) -> V:
        """Keep `value` for `key` (emptying the table first when it is full), and return it."""
        if len(self._answers) >= self._limit:
            self._answers.clear()
        self._answers[key] = value
        return value

    def cache_clear(self) -> None:
        self._answers.clear()
