"""What each shared trigger costs: Hyperscan compile time and scan time per SMS message, alone and all together.

    python benchmarks/trigger_cost.py

Run it after adding a trigger (`ringfence.triggers.TRIGGERS.add`): the database is compiled at a process's first
scan and scanned once per view, so a trigger that compiles slowly delays every command's first scan, and one that
scans slowly (a regex with no literal for Hyperscan to start from) costs every message.
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Sequence

import hyperscan as hs
from _corpora import sms_corpora

import ringfence.detectors  # registers the detectors' triggers
import ringfence.normalize  # noqa: F401  (registers the view triggers)
from ringfence.triggers import TRIGGERS

BASE = hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_PREFILTER | hs.HS_FLAG_UTF8 | hs.HS_FLAG_UCP


def flags(re_flags: int) -> int:
    return (
        BASE
        | (hs.HS_FLAG_CASELESS if re_flags & re.IGNORECASE else 0)
        | (hs.HS_FLAG_DOTALL if re_flags & re.DOTALL else 0)
        | (hs.HS_FLAG_MULTILINE if re_flags & re.MULTILINE else 0)
    )


def cost(expressions: Sequence[bytes], expression_flags: Sequence[int], texts: Sequence[bytes]) -> tuple[float, float]:
    """(compile seconds, scan microseconds per text, best of three passes)."""
    database = hs.Database()
    started = time.perf_counter()
    database.compile(expressions=list(expressions), ids=list(range(len(expressions))), flags=list(expression_flags))
    compiled = time.perf_counter() - started
    passes = []
    for _ in range(3):
        started = time.perf_counter()
        for data in texts:
            database.scan(data, match_event_handler=lambda *_: None)
        passes.append((time.perf_counter() - started) / len(texts) * 1e6)
    return compiled, min(passes)


def main() -> None:
    texts = [t.encode() for t in sms_corpora()]
    _, empty = cost([b"zqxjzqxj"], [BASE], texts)
    fired = {name: 0 for name in TRIGGERS.names(TRIGGERS.all)}
    for text in sms_corpora():
        for name in TRIGGERS.names(TRIGGERS.scan(text)):
            fired[name] += 1
    rows = []
    for (pattern, re_flags), name in zip(TRIGGERS.patterns, TRIGGERS.names(TRIGGERS.all), strict=True):
        compiled, scan = cost([pattern.encode()], [flags(re_flags)], texts)
        rows.append((name, compiled, scan - empty, fired[name] / len(texts)))
    print(f"SMS corpora, {len(texts)} messages; an empty database scans in {empty:.2f} us per message\n")
    print("| trigger | compile s | scan us/msg above empty | fires on |")
    print("|---|---:|---:|---:|")
    for name, compiled, scan, rate in sorted(rows, key=lambda r: -r[2]):
        print(f"| {name} | {compiled:.3f} | {scan:.2f} | {rate:.1%} |")
    compiled, scan = cost([p.encode() for p, _ in TRIGGERS.patterns], [flags(f) for _, f in TRIGGERS.patterns], texts)
    median = statistics.median(r[2] for r in rows) if rows else 0.0
    print(f"\nAll {len(rows)} together: compile {compiled:.2f} s, scan {scan:.2f} us/msg (median trigger {median:.2f})")


if __name__ == "__main__":
    main()
