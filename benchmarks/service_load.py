"""Load test of the HTTP service: scans/s and latency percentiles for messages up to 1 KB.

Starts `ringfence serve` on a fresh SQLite store (or --database) with 1 and/or 2 workers, then drives it from a
separate process with a small keep-alive HTTP/1.1 client on asyncio (httpx is too slow to saturate the server),
for a bounded time per mode: unrecorded scans, then recorded scans (unique event_ids).

    python benchmarks/service_load.py --workers 1 2 --seconds 10 --concurrency 32
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ADMIN = "rfk_benchmark-admin-key-000000000000"
_SENTENCE = (
    "hello thanks for the proposal I can start tomorrow the design looks great please send the files when ready "
    "we need a logo and a landing page budget is fine let me know about the timeline milestones revisions"
)
WORDS = _SENTENCE.split(" ")
CONTACTS = ["mail me at jo.smith@example.com", "call +1 415 555 0123", "my telegram is @jo_smith", "paypal.me/josmith"]


def messages(count: int, seed: int = 7) -> list[str]:
    """Marketplace-like messages of 20..1000 characters; about one in five carries a contact."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        target = rng.choice((40, 80, 160, 400, 1000))
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < target - 40:
            words.append(rng.choice(WORDS))
        if rng.random() < 0.2:
            words.insert(rng.randrange(len(words) + 1), rng.choice(CONTACTS))
        out.append(" ".join(words)[:1000])
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def request_bytes(port: int, key: str, body: dict[str, Any]) -> bytes:
    payload = json.dumps(body).encode()
    head = (
        f"POST /v1/scan HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {key}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    )
    return head.encode() + payload


async def _connection(
    port: int, requests: list[bytes], until: float, latencies: list[float], errors: list[int]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = 0
    while time.perf_counter() < until and i < len(requests):
        started = time.perf_counter()
        writer.write(requests[i])
        i += 1
        status_line = await reader.readline()
        length = 0
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        await reader.readexactly(length)
        latencies.append(time.perf_counter() - started)
        if b" 200 " not in status_line:
            errors.append(int(status_line.split()[1]))
    writer.close()


def drive(port: int, key: str, record: bool, seconds: float, concurrency: int, corpus_name: str, queue: Any) -> None:
    """Runs in its own process: `concurrency` keep-alive connections for `seconds`."""
    corpus = messages(2000) if corpus_name == "mixed" else ["hello, see you tomorrow"]
    per_connection = 200_000 // concurrency

    def build(c: int) -> list[bytes]:
        out = []
        for i in range(per_connection):
            body: dict[str, Any] = {
                "text": corpus[(c * 7919 + i) % len(corpus)],
                "context": {"surface": "message", "stage": "pre_contract", "sender_id": f"u{i % 500}"},
            }
            if record:
                body.update(record=True, event_id=f"c{c}-{i}")
            out.append(request_bytes(port, key, body))
        return out

    requests = [build(c) for c in range(concurrency)]
    latencies: list[float] = []
    errors: list[int] = []

    async def main() -> float:
        started = time.perf_counter()
        until = started + seconds
        await asyncio.gather(*(_connection(port, r, until, latencies, errors) for r in requests))
        return time.perf_counter() - started

    elapsed = asyncio.run(main())
    queue.put((latencies, errors, elapsed))


def start(workers: int, database: str, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "RINGFENCE_ADMIN_KEY": ADMIN,
        "RINGFENCE_RATE_LIMIT_PER_SECOND": "1e9",
        "RINGFENCE_RATE_LIMIT_BURST": "1000000000",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from ringfence.cli import main; main()",
            "serve",
            "--port",
            str(port),
            "--database",
            database,
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("server did not start")


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000)[int(q * 10) - 1] if len(values) > 1 else values[0]


def run(
    workers: int, database: str | None, seconds: float, concurrency: int, corpus: str, modes: list[str]
) -> list[dict[str, Any]]:
    port = free_port()
    tmp = tempfile.mkdtemp(prefix="ringfence-bench-")
    server = start(workers, database or f"sqlite:///{Path(tmp) / 'bench.db'}", port)
    rows = []
    try:
        base = f"http://127.0.0.1:{port}"
        key = httpx.post(
            f"{base}/v1/keys", json={"role": "integrator"}, headers={"Authorization": f"Bearer {ADMIN}"}
        ).json()["key"]
        for record in (False, True):
            if ("recorded" if record else "unrecorded") not in modes:
                continue
            queue: Any = multiprocessing.Queue()
            # warm-up (policy caches, connections), then the measured run
            for phase_seconds in (1.0, seconds):
                loader = multiprocessing.Process(
                    target=drive, args=(port, key, record, phase_seconds, concurrency, corpus, queue)
                )
                loader.start()
                latencies, errors, elapsed = queue.get()
                loader.join()
            rows.append(
                {
                    "workers": workers,
                    "corpus": corpus,
                    "mode": "recorded" if record else "unrecorded",
                    "requests": len(latencies),
                    "scans_per_s": round(len(latencies) / elapsed),
                    "p50_ms": round(percentile(latencies, 50) * 1000, 2),
                    "p99_ms": round(percentile(latencies, 99) * 1000, 2),
                    "errors": len(errors),
                }
            )
            print(json.dumps(rows[-1]), flush=True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument(
        "--corpus",
        choices=["mixed", "short"],
        default="mixed",
        help="mixed: 20..1000-char messages, a fifth with contacts; short: one benign 23-char message (HTTP overhead)",
    )
    parser.add_argument("--modes", nargs="+", choices=["unrecorded", "recorded"], default=["unrecorded", "recorded"])
    parser.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file per run)")
    args = parser.parse_args()
    print(
        f"cpus={os.cpu_count()} seconds={args.seconds} concurrency={args.concurrency} corpus={args.corpus}",
        flush=True,
    )
    for workers in args.workers:
        run(workers, args.database, args.seconds, args.concurrency, args.corpus, args.modes)


if __name__ == "__main__":
    main()
