"""Where the engine's time goes on the SMS corpora: microseconds per message for each stage (view building, each
detector, resolve + policy), apart for the messages that hold nothing and those with a finding.

    python benchmarks/stage_profile.py [--passes 3]

One core; before each pass every cache is cleared and warmed up on the labelled cases, as throughput.py does. Each
stage is timed alone around its own call, so the stages add up to a little more than a whole scan (the timer's
own cost); the "scan" column is the whole scan of the same messages, timed in a pass of its own. The fastest pass
is kept for each.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from _corpora import sms_corpora
from throughput import fresh_caches, pin_to_one_core, warmup_texts

from ringfence import Context, Scanner, compiled
from ringfence.normalize import build_views
from ringfence.resolve import resolve
from ringfence.types import Finding

GROUPS = ("clean", "found")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3, help="passes per measurement; the fastest is kept")
    args = parser.parse_args()
    pin_to_one_core()
    texts = sms_corpora()
    scanner = Scanner()
    context = Context("message", "pre_contract")

    def fresh() -> None:
        fresh_caches(scanner)
        for text in warmup_texts():
            scanner.scan(text, context)

    fresh()
    group = {text: GROUPS[bool(scanner.scan(text, context).findings)] for text in texts}
    clock = time.perf_counter_ns

    def whole() -> Counter[str]:
        fresh()
        spent: Counter[str] = Counter()
        for text in texts:
            start = clock()
            scanner.scan(text, context)
            spent[group[text]] += clock() - start
        return spent

    def by_stage() -> Counter[tuple[str, str]]:
        fresh()
        spent: Counter[tuple[str, str]] = Counter()
        for text in texts:
            kind = group[text]
            start = clock()
            views = build_views(text)
            spent[kind, "views"] += clock() - start
            found: list[Finding] = []
            for view in views:
                for detector in scanner.detectors:
                    start = clock()
                    matches = detector.detect(view, context)
                    spent[kind, detector.name] += clock() - start
                    for m in matches:
                        a, b = view.to_original(m.start, m.end)
                        found.append(Finding(m.kind, m.platform, m.value, a, b, text[a:b], m.rule, m.confidence))
            start = clock()
            scanner.decide(text, resolve(found) if found else found, context)
            spent[kind, "resolve+policy"] += clock() - start
        return spent

    totals = min((whole() for _ in range(args.passes)), key=lambda c: sum(c.values()))
    stages = min((by_stage() for _ in range(args.passes)), key=lambda c: sum(c.values()))
    counts = Counter(group[text] for text in texts)
    build = "compiled by mypyc" if compiled() else "pure Python"
    print(f"SMS corpora, {len(texts)} messages, one core, Ringfence {build}; microseconds per message of each group\n")
    print("| group | messages | share of time | scan | stages (each timed alone) |")
    print("|---|---:|---:|---:|---|")
    whole_time = sum(totals.values())
    for kind in GROUPS:
        rows = sorted(((name, spent) for (g, name), spent in stages.items() if g == kind), key=lambda r: -r[1])
        parts = ", ".join(f"{name} {spent / counts[kind] / 1000:.1f}" for name, spent in rows)
        print(
            f"| {kind} | {counts[kind]} | {totals[kind] / whole_time:.0%} | {totals[kind] / counts[kind] / 1000:.1f} "
            f"| {parts} |"
        )
    print(f"\nall: {whole_time / len(texts) / 1000:.1f} us per message, {len(texts) / whole_time * 1e9:,.0f} msgs/s")


if __name__ == "__main__":
    main()
