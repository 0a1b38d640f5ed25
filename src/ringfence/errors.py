"""Typed errors of the public API. Every error a caller can trigger with bad input derives from RingfenceError."""

from __future__ import annotations


class RingfenceError(Exception):
    """Base class for every error Ringfence raises on purpose."""


class InvalidContextError(RingfenceError, ValueError):
    """A Context field holds a value outside its allowed set."""


class InputTooLargeError(RingfenceError, ValueError):
    """The text is larger than the scanner's configured limit."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"text is {size} bytes, over the limit of {limit} bytes")
        self.size = size
        self.limit = limit


class InvalidInputError(RingfenceError, ValueError):
    """The input is not scannable text (not a string, missing, malformed row)."""


class PolicyError(RingfenceError, ValueError):
    """A policy document is malformed; the message names the offending path."""
