"""Fixtures: the API on SQLite and on a real PostgreSQL (started here with initdb + pg_ctl on loopback)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ringfence.service.app import create_app
from ringfence.service.clock import ManualClock
from ringfence.service.db import make_engine, migrate
from ringfence.service.runtime import Runtime
from ringfence.service.settings import Settings

ADMIN_SECRET = "rfk_test-admin-secret-0123456789abcdef"
TEMPLATE = "ringfence_template"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@dataclass
class PgServer:
    bin: Path
    data: Path
    port: int
    as_postgres: bool

    def run(self, *args: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_postgres else []
        subprocess.run([*prefix, *args], check=True, capture_output=True, text=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); run `make system-deps`")
    as_postgres = os.geteuid() == 0  # initdb refuses to run as root
    if as_postgres and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser; cannot start PostgreSQL as the postgres user")
    root = Path(tempfile.mkdtemp(prefix="ringfence-pg-"))
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
    server = PgServer(bin_dir, root / "data", free_port(), as_postgres)
    server.run(str(bin_dir / "initdb"), "-D", str(server.data), "-A", "trust", "-U", "postgres", "--no-sync")
    # fsync off: a test database need not survive a power cut (the kill -9 test kills the API server, not this)
    options = f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off"
    server.run(str(bin_dir / "pg_ctl"), "-D", str(server.data), "-o", options, "-l", str(root / "log"), "-w", "start")
    try:
        _admin_sql(server, f"CREATE DATABASE {TEMPLATE}")
        engine = make_engine(server.url(TEMPLATE))
        migrate(engine)  # once; each test's database is a copy of this migrated template
        engine.dispose()
        yield server
    finally:
        server.run(str(bin_dir / "pg_ctl"), "-D", str(server.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


def _admin_sql(server: PgServer, statement: str) -> None:
    import psycopg

    with psycopg.connect(f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres", autocommit=True) as conn:
        conn.execute(statement)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ringfence.db'}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = "t_" + uuid.uuid4().hex[:12]
    _admin_sql(server, f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
    yield server.url(name)
    _admin_sql(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@dataclass
class Api:
    """A TestClient with helpers for keys of each role and tenant."""

    client: TestClient
    clock: ManualClock
    runtime: Runtime
    admin: dict[str, str] = field(default_factory=lambda: {"Authorization": f"Bearer {ADMIN_SECRET}"})

    def key(self, role: str, tenant: str = "default") -> dict[str, str]:
        response = self.client.post("/v1/keys", json={"role": role, "tenant": tenant}, headers=self.admin)
        assert response.status_code == 201, response.text
        return {"Authorization": f"Bearer {response.json()['key']}", "X-Key-Id": response.json()["id"]}

    def scan(self, headers: dict[str, str], text: str, **body: Any) -> dict[str, Any]:
        body.setdefault("context", {"surface": "message", "stage": "pre_contract", "sender_id": "u1"})
        response = self.client.post("/v1/scan", json={"text": text, **body}, headers=headers)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def put_policy(self, yaml_text: str, headers: dict[str, str] | None = None) -> None:
        response = self.client.put(
            "/v1/policy", content=yaml_text, headers={**(headers or self.admin), "Content-Type": "application/yaml"}
        )
        assert response.status_code == 200, response.text


def make_api(database_url: str, **settings: Any) -> Iterator[Api]:
    clock = ManualClock()
    config = Settings(database_url=database_url, admin_key=ADMIN_SECRET, **settings)
    runtime = Runtime.create(config, clock)
    app = create_app(config, runtime=runtime)
    with TestClient(app) as client:
        yield Api(client, clock, runtime)
    runtime.engine.dispose()


@pytest.fixture
def api(database_url: str) -> Iterator[Api]:
    yield from make_api(database_url)


# Every email a violation to review, whatever the surface: makes case tests independent of the action table.
REVIEW_POLICY = """
version: "test-review-1"
name: review-everything
violations:
  pre_contract: [email, phone, url, handle, payment, off_platform_request, off_platform_payment, feedback_manipulation]
actions:
  - when: {}
    action: review
strikes:
  window_days: 90
  weights: {default: 1, email: 1}
  ladder:
    - {at: 1, standing: warning}
    - {at: 2, standing: restricted, restriction_days: 7}
    - {at: 3, standing: suspension_candidate, needs_human: true}
cases:
  open_actions: [review, block]
  redact_min_severity: 3
  severity: {default: 1, email: 2}
"""
