"""Service settings: defaults, overridden by RINGFENCE_* environment variables, then by explicit arguments."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

DEFAULT_SQLITE_URL = "sqlite:///./var/ringfence.db"


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_SQLITE_URL
    admin_key: str | None = None
    max_body_bytes: int = 1024 * 1024  # whole request; a single text is limited by the engine (64 KiB)
    max_text_bytes: int = 64 * 1024
    max_batch_items: int = 100
    rate_limit_per_second: float = 5000.0  # per key, per worker process; generous by default
    rate_limit_burst: int = 10000
    cache_seconds: float = 2.0  # how long a worker trusts its cached keys and policies
    page_size: int = 50
    write_batch_max: int = 256  # recorded scans committed together in one transaction (group commit), at most
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        env = dict(os.environ if env is None else env)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"RINGFENCE_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            kind = type(getattr(cls(), f.name)) if getattr(cls(), f.name) is not None else str
            values[f.name] = kind(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)

    def to_env(self) -> dict[str, str]:
        """The environment that makes `from_env` in a worker process rebuild these settings."""
        return {f"RINGFENCE_{f.name.upper()}": str(v) for f in fields(self) if (v := getattr(self, f.name)) is not None}
