"""Process-wide state shared by the routes: settings, database, clock, metrics, caches, the rate limiter and the
group-commit write queue."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ringfence.service.clock import Clock, SystemClock
from ringfence.service.db import make_engine, make_sessionmaker, writer_lock_path
from ringfence.service.events.writer import WriteQueue
from ringfence.service.metrics import Metrics
from ringfence.service.settings import Settings

if TYPE_CHECKING:
    from ringfence.service.policies.service import PolicyState

T = TypeVar("T")


@dataclass(frozen=True)
class Principal:
    """The caller: one API key of one tenant with one role."""

    key_id: str
    tenant: str
    role: str


class TtlCache(Generic[T]):
    """A small thread-safe cache whose entries a worker trusts for `ttl` seconds (monotonic time)."""

    def __init__(self, ttl: float, max_entries: int = 10_000) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._items: dict[str, tuple[float, T]] = {}

    def get(self, key: str) -> T | None:
        item = self._items.get(key)
        if item is None or item[0] < time.monotonic():
            return None
        return item[1]

    def get_stale(self, key: str) -> T | None:
        """The last value even if expired: served while one caller refreshes it (no thundering herd)."""
        item = self._items.get(key)
        return item[1] if item else None

    def put(self, key: str, value: T) -> None:
        with self._lock:
            if len(self._items) >= self.max_entries:
                self._items.clear()
            self._items[key] = (time.monotonic() + self.ttl, value)

    def drop(self, key: str) -> None:
        with self._lock:
            self._items.pop(key, None)


class RateLimiter:
    """A token bucket per key: `rate` tokens a second up to `burst`; each request takes one."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, key: str) -> float:
        """0 when allowed, else the seconds until a token is available."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate if self.rate > 0 else 60.0


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    read_sessions: sessionmaker[Session]
    clock: Clock = field(default_factory=SystemClock)
    metrics: Metrics = field(default_factory=Metrics)
    writes: WriteQueue = field(init=False)  # group commit of recorded scans
    principals: TtlCache[Principal] = field(init=False)
    limiter: RateLimiter = field(init=False)
    policies: TtlCache[PolicyState] = field(init=False)  # trusted for cache_seconds
    policy_states: dict[str, PolicyState] = field(default_factory=dict)  # last built state per tenant
    refreshing: set[str] = field(default_factory=set)  # cache keys some request is refreshing right now

    def __post_init__(self) -> None:
        self.principals = TtlCache(self.settings.cache_seconds)
        self.policies = TtlCache(self.settings.cache_seconds)
        self.limiter = RateLimiter(self.settings.rate_limit_per_second, self.settings.rate_limit_burst)
        self.writes = WriteQueue(
            self.sessions,
            max_batch=self.settings.write_batch_max,
            on_batch=self._count_batch,
            lock_path=writer_lock_path(self.engine),
        )

    def _count_batch(self, size: int) -> None:
        self.metrics.inc("ringfence_write_batches_total")
        self.metrics.inc("ringfence_write_batch_items_total", float(size))

    @classmethod
    def create(cls, settings: Settings, clock: Clock | None = None) -> Runtime:
        engine = make_engine(settings.database_url)
        return cls(
            settings,
            engine,
            make_sessionmaker(engine),
            make_sessionmaker(engine, read_only=True),
            clock or SystemClock(),
        )
