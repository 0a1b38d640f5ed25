"""In-process Prometheus metrics (text exposition format 0.0.4): counters and one latency histogram.

Each worker process keeps its own numbers; scrape each worker, or run one worker per port, for exact totals.
"""

from __future__ import annotations

import threading
from collections import defaultdict

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
Labels = tuple[tuple[str, str], ...]

_HELP = {
    "ringfence_http_requests_total": ("counter", "HTTP requests by method, route and status."),
    "ringfence_scans_total": ("counter", "Texts scanned, by decided action and whether they were recorded."),
    "ringfence_moderation_actions_total": ("counter", "Moderation actions: case, report, strike, appeal events."),
    "ringfence_http_request_duration_seconds": ("histogram", "Request latency by route."),
}


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counters: dict[str, dict[Labels, float]] = defaultdict(lambda: defaultdict(float))
        self._buckets: dict[Labels, list[int]] = {}
        self._sums: dict[Labels, float] = defaultdict(float)
        self._counts: dict[Labels, int] = defaultdict(int)

    def inc(self, name: str, amount: float = 1.0, **labels: str) -> None:
        key = tuple(sorted(labels.items()))
        with self._lock:
            self._counters[name][key] += amount

    def observe_latency(self, seconds: float, **labels: str) -> None:
        key = tuple(sorted(labels.items()))
        with self._lock:
            buckets = self._buckets.setdefault(key, [0] * len(LATENCY_BUCKETS))
            for i, bound in enumerate(LATENCY_BUCKETS):
                if seconds <= bound:
                    buckets[i] += 1
            self._sums[key] += seconds
            self._counts[key] += 1

    def render(self) -> str:
        lines: list[str] = []
        with self._lock:
            for name, series in sorted(self._counters.items()):
                kind, help_text = _HELP.get(name, ("counter", name))
                lines += [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
                lines += [f"{name}{_fmt(labels)} {value:g}" for labels, value in sorted(series.items())]
            name = "ringfence_http_request_duration_seconds"
            kind, help_text = _HELP[name]
            lines += [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
            for labels, buckets in sorted(self._buckets.items()):
                for bound, count in zip(LATENCY_BUCKETS, buckets, strict=True):
                    lines.append(f"{name}_bucket{_fmt((*labels, ('le', f'{bound:g}')))} {count}")
                lines.append(f"{name}_bucket{_fmt((*labels, ('le', '+Inf')))} {self._counts[labels]}")
                lines.append(f"{name}_sum{_fmt(labels)} {self._sums[labels]:.6f}")
                lines.append(f"{name}_count{_fmt(labels)} {self._counts[labels]}")
        return "\n".join(lines) + "\n"


def _fmt(labels: Labels) -> str:
    if not labels:
        return ""
    escaped = (f'{k}="{v.replace(chr(92), chr(92) * 2).replace(chr(34), chr(92) + chr(34))}"' for k, v in labels)
    return "{" + ",".join(escaped) + "}"
