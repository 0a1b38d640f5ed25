"""Linear time by construction: every regex in the engine uses bounded repeats only.

An unbounded repeat (`+`, `*`, `{n,}`) lets one failed match attempt scan to the end of the text, so a
search over n characters can cost O(n^2) (or worse when nested). With every repeat bounded by B, each
attempt reads at most a constant number of characters and a scan costs O(n * B). This test parses every
compiled pattern reachable from engine modules and fails on any unbounded repeat; the benchmark
benchmarks/adversarial.py shows the resulting linear scaling on 1 MB hostile inputs.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import ringfence
from ringfence.triggers import TRIGGERS

try:  # Python 3.11+
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
if hasattr(sre_constants, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre_constants.POSSESSIVE_REPEAT)


def _engine_modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(ringfence.__path__, "ringfence."):
        if info.name.startswith(("ringfence.service", "ringfence.cli")):
            continue  # outside the scanning path
        yield importlib.import_module(info.name)


def _patterns(obj: Any, seen: set[int], depth: int = 0) -> Iterator[re.Pattern[str]]:
    if id(obj) in seen or depth > 3:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        yield obj
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for item in obj:
            yield from _patterns(item, seen, depth + 1)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from _patterns(item, seen, depth + 1)
    elif isinstance(obj, type) or (hasattr(obj, "__dict__") and type(obj).__module__.startswith("ringfence")):
        for item in vars(obj).values():
            yield from _patterns(item, seen, depth + 1)


def _unbounded(parsed: Any) -> Iterator[str]:
    for op, arg in parsed:
        if op in _REPEATS:
            low, high, sub = arg
            if high == sre_constants.MAXREPEAT:
                yield f"{{{low},}}"
            yield from _unbounded(sub)
        elif op in (sre_constants.SUBPATTERN,):
            yield from _unbounded(arg[-1])
        elif op is sre_constants.BRANCH:
            for branch in arg[1]:
                yield from _unbounded(branch)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            yield from _unbounded(arg[1])


def test_every_engine_pattern_has_only_bounded_repeats() -> None:
    seen: set[int] = set()
    patterns = {}
    for module in _engine_modules():
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ != module.__name__:
                continue
            for pattern in _patterns(value, seen):
                patterns[(module.__name__, pattern.pattern)] = pattern
    # The shared triggers run in Python too (no Hyperscan wheel, or text that is not valid UTF-8), compiled only
    # on first use: asked for here, so the answer does not depend on which test ran first.
    for source, flags in TRIGGERS.patterns:
        patterns[("ringfence.triggers", source)] = re.compile(source, flags)
    assert len(patterns) >= 3, "the walker should find the detectors' patterns"
    offenders = []
    for (module_name, source), pattern in patterns.items():
        parsed = sre_parse.parse(source, pattern.flags)
        bad = list(_unbounded(parsed))
        if bad:
            offenders.append(f"{module_name}: {source[:80]!r} has unbounded repeat(s) {bad}")
    assert not offenders, "\n".join(offenders)


def test_the_checker_catches_an_unbounded_repeat() -> None:
    assert list(_unbounded(sre_parse.parse(r"(a|b\w+)@x", 0))) == ["{1,}"]
    assert not list(_unbounded(sre_parse.parse(r"(a|b\w{1,9})@x", 0)))
