"""Hashed features shared by training (scripts/train_intent.py) and the runtime model: word 1-2 grams plus
the 4-character prefix of each longer word, so inflections and misspellings ("watsap", "reviews") share a
bucket. Kept small: the model runs only on the few messages the rules leave undecided."""

from __future__ import annotations

import itertools
import re
import zlib

N_BUCKETS = 1 << 18
_TOKEN = re.compile(r"[^\W_]{1,30}|[$%&#?]", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def feature_ids(text: str) -> dict[int, float]:
    """Bucket -> count. Deterministic across processes (crc32, not Python's salted hash)."""
    out: dict[int, float] = {}
    words = tokens(text)
    grams: list[str] = [f"w:{w}" for w in words]
    grams.extend(f"b:{a} {b}" for a, b in itertools.pairwise(words))
    grams.extend(f"p:{w[:4]}" for w in words if len(w) > 4)
    for gram in grams:
        bucket = zlib.crc32(gram.encode("utf-8")) % N_BUCKETS
        out[bucket] = out.get(bucket, 0.0) + 1.0
    return out
