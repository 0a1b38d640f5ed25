"""Load test of the HTTP service: scans/s and latency percentiles for real messages up to 1 KB.

Starts `ringfence serve` on a fresh SQLite store (or --database) with 1 and/or 2 workers, then drives it with
`wrk` (benchmarks/wrk/scan.lua; installed with apt-get when missing and --install-wrk is given) for a bounded
time per mode: unrecorded scans, then recorded scans (event_ids unique per run). Without wrk it falls back to a
small keep-alive HTTP/1.1 client on asyncio in its own process, which costs the server far more CPU: its
numbers are marked `loader: python`. The load generator shares the machine's cores with the server.

Corpora (bodies of at most 1 KB of UTF-8):
  sms    every message of the UCI SMS Spam Collection and the Mendeley smishing set, plus data/cases texts
  long   the same messages joined into texts of 400..1000 characters (the engine's slow end)
  short  one benign 23-character message (HTTP and service overhead alone)

    python benchmarks/service_load.py --workers 1 2 --seconds 10 --connections 8 16 32
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import json
import multiprocessing
import os
import platform
import random
import shutil
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
from _corpora import case_texts, sms_corpora

ADMIN = "rfk_benchmark-admin-key-000000000000"
LUA = Path(__file__).resolve().parent / "wrk" / "scan.lua"
MAX_BYTES = 1024


def corpus(name: str, seed: int = 7) -> list[str]:
    """The texts of one corpus, shuffled with a fixed seed; every one at most MAX_BYTES of UTF-8."""
    if name == "short":
        return ["hello, see you tomorrow"]
    texts = [t for t in sms_corpora() + case_texts() if 0 < len(t.encode()) <= MAX_BYTES]
    rng = random.Random(seed)
    rng.shuffle(texts)
    if name == "long":
        joined, i = [], 0
        for _ in range(2000):
            target, parts = rng.randint(400, 1000), list[str]()
            while sum(len(p) + 1 for p in parts) < target:
                parts.append(texts[i % len(texts)])
                i += 1
            text = " ".join(parts)[:target]
            while len(text.encode()) > MAX_BYTES:
                text = text[:-1]
            joined.append(text)
        texts = joined
    return texts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def machine() -> str:
    model = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{os.cpu_count()} cpus ({model}), {platform.system()} {platform.release()}, load average {load:.2f} at start"
    )


def server_cpu_seconds(pgid: int) -> float:
    """User + system CPU time of every live process in the server's process group (Linux /proc)."""
    total, tick = 0, os.sysconf("SC_CLK_TCK")
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            fields = Path(stat).read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # fields after the name: state, ppid, pgrp, ...
            total += int(fields[11]) + int(fields[12])
    return total / tick


# --- wrk -------------------------------------------------------------------------------------------------------


def ensure_wrk(install: bool) -> str | None:
    found = shutil.which("wrk")
    if found or not install:
        return found
    subprocess.run(["apt-get", "install", "-y", "wrk"], check=False, capture_output=True)
    return shutil.which("wrk")


def drive_wrk(
    wrk: str, port: int, key: str, record: bool, seconds: float, connections: int, threads: int, bodies: Path, run: str
) -> dict[str, Any]:
    command = [
        wrk,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "10s",
        "--latency",
        "-s",
        str(LUA),
        f"http://127.0.0.1:{port}",
        "--",
        str(bodies),
        key,
        "record" if record else "scan",
        run,
    ]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    line = next(line for line in out.splitlines() if line.startswith("RESULT "))
    raw = json.loads(line.removeprefix("RESULT "))
    errors = sum(raw[k] for k in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts"))
    return {
        "requests": raw["requests"],
        "scans_per_s": round(raw["requests"] / (raw["duration_us"] / 1e6)),
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p90_ms": round(raw["p90_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "max_ms": round(raw["max_us"] / 1000, 2),
        "errors": errors,
    }


# --- the Python fallback loader ------------------------------------------------------------------------------------


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


def _python_loader(
    port: int, key: str, record: bool, seconds: float, connections: int, texts: list[str], run: str, queue: Any
) -> None:
    per_connection = 100_000 // connections

    def build(c: int) -> list[bytes]:
        out = []
        for i in range(per_connection):
            body: dict[str, Any] = {
                "text": texts[(c * 7919 + i) % len(texts)],
                "context": {"surface": "message", "stage": "pre_contract", "sender_id": f"u{i % 500}"},
            }
            if record:
                body.update(record=True, event_id=f"{run}-{c}-{i}")
            out.append(request_bytes(port, key, body))
        return out

    requests = [build(c) for c in range(connections)]
    latencies: list[float] = []
    errors: list[int] = []

    async def main() -> float:
        started = time.perf_counter()
        until = started + seconds
        await asyncio.gather(*(_connection(port, r, until, latencies, errors) for r in requests))
        return time.perf_counter() - started

    elapsed = asyncio.run(main())
    queue.put((latencies, errors, elapsed))


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000)[int(q * 10) - 1] if len(values) > 1 else values[0]


def drive_python(
    port: int, key: str, record: bool, seconds: float, connections: int, texts: list[str], run: str
) -> dict[str, Any]:
    queue: Any = multiprocessing.Queue()
    loader = multiprocessing.Process(
        target=_python_loader, args=(port, key, record, seconds, connections, texts, run, queue)
    )
    loader.start()
    latencies, errors, elapsed = queue.get()
    loader.join()
    return {
        "requests": len(latencies),
        "scans_per_s": round(len(latencies) / elapsed),
        "p50_ms": round(percentile(latencies, 50) * 1000, 2),
        "p90_ms": round(percentile(latencies, 90) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
        "max_ms": round(max(latencies) * 1000, 2),
        "errors": len(errors),
    }


# --- the server ----------------------------------------------------------------------------------------------------


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


def run(
    workers: int, args: argparse.Namespace, wrk: str | None, texts: list[str], bodies: Path
) -> list[dict[str, Any]]:
    port = free_port()
    tmp = tempfile.mkdtemp(prefix="ringfence-bench-")
    server = start(workers, args.database or f"sqlite:///{Path(tmp) / 'bench.db'}", port)
    rows = []
    try:
        base = f"http://127.0.0.1:{port}"
        key = httpx.post(
            f"{base}/v1/keys", json={"role": "integrator"}, headers={"Authorization": f"Bearer {ADMIN}"}
        ).json()["key"]
        for mode in args.modes:
            record = mode == "recorded"
            for connections in args.connections:
                result: dict[str, Any] = {}
                # warm-up (caches, connections, every worker), then the measured run
                for phase, seconds in (("warm", 2.0), ("run", args.seconds)):
                    tag = f"{phase}{workers}{int(time.time() * 1000) % 10**9}"
                    cpu_before, load = server_cpu_seconds(server.pid), os.getloadavg()[0]
                    if wrk:
                        result = drive_wrk(wrk, port, key, record, seconds, connections, args.threads, bodies, tag)
                    else:
                        result = drive_python(port, key, record, seconds, connections, texts, tag)
                # server CPU per request: less sensitive than requests/s to other work on a shared machine
                cpu_us = (server_cpu_seconds(server.pid) - cpu_before) * 1e6 / max(1, result["requests"])
                rows.append(
                    {
                        "workers": workers,
                        "corpus": args.corpus,
                        "mode": mode,
                        "loader": "wrk" if wrk else "python",
                        "connections": connections,
                        **result,
                        "server_cpu_us_per_req": round(cpu_us),
                        "load_avg_before": round(load, 2),
                    }
                )
                print(json.dumps(rows[-1]), flush=True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument(
        "--connections",
        type=int,
        nargs="+",
        default=[32],
        help="concurrent keep-alive connections; several values measure each (closed loop: more connections queue "
        "more requests, raising both scans/s and latency until the cores are saturated)",
    )
    parser.add_argument("--threads", type=int, default=1, help="wrk threads (each one takes a core while it runs)")
    parser.add_argument("--corpus", choices=["sms", "long", "short"], default="sms")
    parser.add_argument("--modes", nargs="+", choices=["unrecorded", "recorded"], default=["unrecorded", "recorded"])
    parser.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file per run)")
    parser.add_argument("--loader", choices=["wrk", "python"], default="wrk", help="python: the fallback loader")
    parser.add_argument("--install-wrk", action="store_true", help="apt-get install wrk when it is missing")
    args = parser.parse_args()
    wrk = ensure_wrk(args.install_wrk) if args.loader == "wrk" else None
    if args.loader == "wrk" and wrk is None:
        print("note: wrk not found (apt-get install wrk, or --install-wrk); using the slower Python loader", flush=True)
    texts = corpus(args.corpus)
    sizes = [len(t.encode()) for t in texts]
    with tempfile.TemporaryDirectory(prefix="ringfence-bodies-") as tmp:
        bodies = Path(tmp) / "texts.jsonl"
        bodies.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
        print(
            f"machine: {machine()}; load generator and server share it\n"
            f"corpus={args.corpus} texts={len(texts)} bytes mean={statistics.mean(sizes):.0f} max={max(sizes)} "
            f"seconds={args.seconds} connections={','.join(map(str, args.connections))} "
            f"loader={'wrk' if wrk else 'python'}",
            flush=True,
        )
        for workers in args.workers:
            run(workers, args, wrk, texts, bodies)


if __name__ == "__main__":
    main()
