"""Every acknowledged write survives kill -9: a real server under concurrent recorded scans is killed mid-load,
restarted on the same database, and must hold every event whose response reached the client. Recorded scans are
group-committed (events/writer.py), so the kill lands while batches are queued, being written and committing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from tests.service.conftest import ADMIN_SECRET, free_port

EMAIL = "jo.smith@example.com"


def start_server(database_url: str, port: int, log: Path, workers: int = 1) -> subprocess.Popen[bytes]:
    env = {**os.environ, "RINGFENCE_ADMIN_KEY": ADMIN_SECRET}
    with log.open("ab") as sink:
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from ringfence.cli import main; main()",
                "serve",
                "--port",
                str(port),
                "--database",
                database_url,
                "--workers",
                str(workers),
            ],
            stdout=sink,
            stderr=sink,
            env=env,
            start_new_session=True,
        )
    # Each worker imports and warms the engine (several seconds of pattern compiling): on a loaded machine, more.
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError(f"server did not start:\n{log.read_text()}")


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])  # 2: two processes' group-commit writers share the database
def test_acknowledged_events_survive_kill_9(database_url: str, tmp_path: Path, workers: int) -> None:
    port, log = free_port(), tmp_path / "server.log"
    server = start_server(database_url, port, log, workers)
    base = f"http://127.0.0.1:{port}"
    admin = {"Authorization": f"Bearer {ADMIN_SECRET}"}
    key = httpx.post(f"{base}/v1/keys", json={"role": "integrator"}, headers=admin).json()["key"]
    headers = {"Authorization": f"Bearer {key}"}
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def drive(worker: int) -> None:
        with httpx.Client(base_url=base, headers=headers, timeout=5) as client:
            for i in range(100_000):
                if stop.is_set():
                    return
                event_id = f"w{worker}-{i}"
                body = {
                    "text": f"msg {i}: write to {EMAIL}",
                    "event_id": event_id,
                    "record": True,
                    "context": {"surface": "message", "sender_id": f"s{worker}"},
                }
                try:
                    response = client.post("/v1/scan", json=body)
                except httpx.TransportError:
                    return  # the server died under us: this one was never acknowledged
                if response.status_code == 200:
                    with lock:
                        acknowledged.append(event_id)

    threads = [threading.Thread(target=drive, args=(w,)) for w in range(12)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 20
    while len(acknowledged) < 300 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(server.pid, signal.SIGKILL)  # mid-load, every process of the server: requests are in flight
    server.wait()
    stop.set()
    for thread in threads:
        thread.join()
    assert len(acknowledged) >= 50, f"too little load before the kill: {len(acknowledged)}"

    server = start_server(database_url, port, log)
    try:
        with httpx.Client(base_url=base, headers=headers, timeout=10) as client:
            missing = [e for e in acknowledged if client.get(f"/v1/events/{e}").status_code != 200]
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    assert missing == [], f"{len(missing)} of {len(acknowledged)} acknowledged events lost"
    assert EMAIL not in log.read_text(errors="replace")  # logs carry masked values only
