"""Cost of `build_views` on the SMS corpora: CPU µs per message (best of several passes), the share of
messages each recipe's gate lets through and the share that get each extra view, and the worst case the
gate must stay linear on (1 MB of "at dot one two ").

    python benchmarks/views_cost.py [--repeat 5] [--adversarial-mb 1]

CPU time (`time.process_time_ns`), so a loaded machine inflates the figures less than wall time would.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable, Sequence

from _corpora import sms_corpora

from ringfence.normalize import VIEW_RECIPES, build_views
from ringfence.normalize.precheck import gate, survey

ADVERSARIAL_UNIT = "at dot one two "


def best_cpu_ns(fn: Callable[[str], object], texts: Sequence[str], repeat: int) -> int:
    """The fastest of `repeat` passes over `texts`, in CPU nanoseconds."""
    best = None
    for _ in range(repeat):
        start = time.process_time_ns()
        for text in texts:
            fn(text)
        spent = time.process_time_ns() - start
        best = spent if best is None else min(best, spent)
    assert best is not None
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus; the fastest counts")
    parser.add_argument("--adversarial-mb", type=float, default=1.0, help="size of the adversarial input")
    args = parser.parse_args()

    texts = sms_corpora()
    n = len(texts)
    for text in texts[:200]:  # warm caches and lazily built tables
        build_views(text)
    views_ns = best_cpu_ns(build_views, texts, args.repeat)
    gate_ns = best_cpu_ns(gate, texts, args.repeat)
    survey_ns = best_cpu_ns(survey, texts, args.repeat)

    gated: Counter[str] = Counter()
    produced: Counter[str] = Counter()
    full = calm = 0
    for text in texts:
        calm += survey(text) is None
        hits = gate(text)
        gated.update(hits)
        full += bool(hits)
        produced.update(v.name for v in build_views(text)[1:])

    print(f"SMS corpora: {n} messages, {args.repeat} passes, best CPU time")
    print(f"  build_views  {views_ns / n / 1000:7.2f} µs/msg")
    print(f"  gate alone   {gate_ns / n / 1000:7.2f} µs/msg")
    print(f"  survey alone {survey_ns / n / 1000:7.2f} µs/msg (the one question build_views asks first)")
    print(f"  survey says raw view only: {calm / n:6.1%}")
    print(f"  gate says yes to any recipe: {full / n:6.1%}")
    print(f"  {'recipe':<10} {'gate yes':>9} {'view made':>10}")
    for name, _ in VIEW_RECIPES:
        # Folding is not gated: its own cheap checks decide.
        share = f"{gated[name] / n:.1%}" if name != "folded" else "ungated"
        print(f"  {name:<10} {share:>9} {produced[name] / n:>10.1%}")

    size = int(args.adversarial_mb * 1_000_000)
    adversarial = (ADVERSARIAL_UNIT * (size // len(ADVERSARIAL_UNIT) + 1))[:size]
    start = time.process_time_ns()
    views = build_views(adversarial)
    spent = (time.process_time_ns() - start) / 1e9
    names = [v.name for v in views]
    print(f"adversarial {len(adversarial):,} chars of {ADVERSARIAL_UNIT!r}: {spent:.3f} s CPU, views {names}")


if __name__ == "__main__":
    main()
