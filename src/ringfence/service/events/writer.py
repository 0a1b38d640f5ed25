"""Group commit: one writer thread per process turns many queued writes into one transaction (one fsync).

A request hands its write (a function of a session) to `WriteQueue.submit` and waits on the returned future.
The writer takes everything queued, runs the writes in one transaction, commits once, and only then resolves
the futures: a write is acknowledged only after the transaction holding it committed. Writes rarely fail, so a
batch first runs without savepoints; if a write raises, the transaction is rolled back and the batch runs again
with a SAVEPOINT per write, so the failing write fails alone and its batch-mates still commit. A write must
therefore be safe to run twice (it only touches the session it is given). If the commit itself fails, every
write of the batch fails (none of them is durable, so none is acknowledged).

Under light load a batch holds one write and costs what a plain commit costs; under load the batch grows with
the queue, so commits (and fsyncs) per second stay bounded while writes per second rise.
"""

from __future__ import annotations

import fcntl
import logging
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Generic, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")
log = logging.getLogger("ringfence.service")


@dataclass
class _Job(Generic[T]):
    work: Callable[[Session], T]
    future: Future[T]


class WriteQueue:
    """A single writer thread per process; `submit` is thread-safe and never blocks on the database."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        max_batch: int = 256,
        on_batch: Callable[[int], None] | None = None,
        lock_path: Path | None = None,
    ) -> None:
        self.sessions = sessions
        self.lock_path = lock_path  # SQLite: the writers of all processes take turns on this file lock
        self.max_batch = max_batch
        self.on_batch = on_batch  # called with the size of every committed batch (metrics)
        self._queue: queue.SimpleQueue[_Job[Any] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._lock_file: BinaryIO | None = None

    def submit(self, work: Callable[[Session], T]) -> Future[T]:
        """Queue `work(session)`; the future resolves after the transaction that ran it committed."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the write queue is closed")
            if self._thread is None:  # started lazily, in the process (worker) that uses it
                self._thread = threading.Thread(target=self._run, name="ringfence-writer", daemon=True)
                self._thread.start()
            self._queue.put(_Job(work, future))
        return future

    def close(self, timeout: float | None = 10.0) -> None:
        """Finish the queued writes, then stop the writer."""
        with self._lock:
            self._closed = True
            thread = self._thread
            self._queue.put(None)
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            batch = [job]
            stop = False
            while len(batch) < self.max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                batch.append(more)
            self._commit(batch)
            if stop:
                return

    def _commit(self, batch: list[_Job[Any]]) -> None:
        jobs = [job for job in batch if job.future.set_running_or_notify_cancel()]  # skip cancelled requests
        if not jobs:
            return
        try:
            with self._turn():
                try:
                    outcomes = self._transaction(jobs, careful=False)
                except _ItemFailed:  # rare: run the batch again with a savepoint per write
                    outcomes = self._transaction(jobs, careful=True)
        except BaseException as exc:  # BEGIN or COMMIT failed: nothing of this batch is durable
            log.error("write batch of %d failed: %s", len(jobs), exc.__class__.__name__)
            for job in jobs:
                job.future.set_exception(exc)
            return
        if self.on_batch is not None:
            self.on_batch(len(jobs))
        for job, value, error in outcomes:
            if error is None:
                job.future.set_result(value)
            else:
                job.future.set_exception(error)

    @contextmanager
    def _turn(self) -> Iterator[None]:
        """SQLite allows one writer at a time. Its busy handler polls with sleeps of up to 100 ms, so two worker
        processes' writers would wait far longer than a commit takes; a blocking file lock instead wakes the
        next writer the moment the previous one committed."""
        if self.lock_path is None:
            yield
            return
        if self._lock_file is None:
            self._lock_file = open(self.lock_path, "a+b")  # noqa: SIM115 - held for the writer's lifetime
        fcntl.flock(self._lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)

    def _transaction(self, jobs: list[_Job[Any]], *, careful: bool) -> list[tuple[_Job[Any], Any, Exception | None]]:
        """One transaction for all jobs. Optimistic (careful=False): no savepoints, and the first write that raises
        rolls the whole transaction back (_ItemFailed). Careful: a savepoint per write, so a write that raises is
        undone alone; one that lost a unique-key race (IntegrityError) runs once more, now seeing the winner's row."""
        outcomes: list[tuple[_Job[Any], Any, Exception | None]] = []
        with self.sessions() as session, session.begin():
            for job in jobs:
                if not careful:
                    try:
                        outcomes.append((job, job.work(session), None))
                    except Exception as exc:
                        raise _ItemFailed from exc
                    continue
                for attempt in (1, 2):
                    try:
                        with session.begin_nested():
                            value = job.work(session)
                    except IntegrityError as exc:
                        if attempt == 1:
                            continue
                        outcomes.append((job, None, exc))
                    except Exception as exc:  # this write alone fails; its savepoint undid it
                        outcomes.append((job, None, exc))
                    else:
                        outcomes.append((job, value, None))
                    break
            try:
                session.flush()  # an optimistic batch's inserts go out together here
            except Exception as exc:
                raise _ItemFailed from exc
        return outcomes


class _ItemFailed(Exception):
    """A write of an optimistic (savepoint-free) batch raised; the batch runs again with savepoints."""
