"""The group-commit write queue: writes are batched into one transaction, a failing write fails alone, retries of
one event_id in a batch (or racing from two processes) store one event, and a write is acknowledged only once
its transaction committed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import Future
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from ringfence.service.audit.models import AuditEntry
from ringfence.service.db import migrate
from ringfence.service.errors import Conflict
from ringfence.service.events import service
from ringfence.service.events.models import Event
from ringfence.service.events.writer import WriteQueue
from ringfence.service.policies.service import PolicyState, _default_yaml, build_state
from ringfence.service.runtime import Principal, Runtime
from ringfence.service.settings import Settings

CALLER = Principal("key-1", "default", "integrator")


@pytest.fixture
def runtime(database_url: str) -> Iterator[Runtime]:
    runtime = Runtime.create(Settings(database_url=database_url))
    migrate(runtime.engine)
    yield runtime
    runtime.writes.close()
    runtime.engine.dispose()


@pytest.fixture
def sizes(runtime: Runtime) -> list[int]:
    """The size of every batch the runtime's writer committed, in order."""
    committed: list[int] = []
    runtime.writes.on_batch = committed.append
    return committed


@pytest.fixture(scope="module")
def state() -> PolicyState:
    return build_state(0, _default_yaml(), 64 * 1024)


def pending(state: PolicyState, text: str, event_id: str | None) -> service.Pending:
    return service.prepare(
        state, CALLER, text=text, context_data={"surface": "message", "sender_id": "u1"}, event_id=event_id
    )


def store(
    runtime: Runtime, state: PolicyState, item: service.Pending, queue: WriteQueue | None = None
) -> Future[service.Stored]:
    """Queue the recording of `item` (on the runtime's writer, or on another one)."""
    return (queue or runtime.writes).submit(lambda session: service.store(session, state, item, runtime.clock.now()))


def held_batch(runtime: Runtime, submit: Any) -> list[Future[Any]]:
    """Block the writer with one write, queue `submit()`'s writes behind it, then let it go: they share a batch."""
    started, release = threading.Event(), threading.Event()

    def blocker(_: Session) -> None:
        started.set()
        release.wait(10)

    first = runtime.writes.submit(blocker)
    assert started.wait(10)
    futures: list[Future[Any]] = submit()
    release.set()
    first.result(10)
    for future in futures:
        future.exception(10)  # wait, whatever the outcome
    return futures


def count_events(runtime: Runtime) -> int:
    with runtime.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(Event)) or 0)


def test_queued_writes_commit_in_one_transaction(runtime: Runtime, sizes: list[int], state: PolicyState) -> None:
    commits: list[int] = []
    event.listen(runtime.engine, "commit", lambda _conn: commits.append(1))

    def submit() -> list[Future[Any]]:
        commits.clear()  # count from here: the twenty writes queued behind the blocker
        return [store(runtime, state, pending(state, f"hello {i}", f"e{i}")) for i in range(20)]

    futures = held_batch(runtime, submit)
    assert sizes == [1, 20]
    assert len(commits) == 1  # one transaction, one commit for all twenty
    assert [f.result().response["event_id"] for f in futures] == [f"e{i}" for i in range(20)]
    assert count_events(runtime) == 20
    with Session(runtime.engine) as session:  # each event has its audit entry
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 20


def test_a_failing_write_does_not_fail_its_batch_mates(runtime: Runtime, state: PolicyState) -> None:
    def broken(session: Session) -> None:
        at = runtime.clock.now()
        session.add(AuditEntry(tenant="default", at=at, actor="x", action="half", target_type="t", target_id="1"))
        session.flush()
        raise ValueError("boom")

    def submit() -> list[Future[Any]]:
        return [
            store(runtime, state, pending(state, "first", "a")),
            runtime.writes.submit(broken),
            store(runtime, state, pending(state, "second", "b")),
            store(runtime, state, pending(state, "a different text", "a")),  # event_id "a" is taken
            store(runtime, state, pending(state, "third", "c")),
        ]

    first, bad, second, conflict, third = held_batch(runtime, submit)
    assert isinstance(bad.exception(), ValueError)
    assert isinstance(conflict.exception(), Conflict)
    assert [f.result().response["event_id"] for f in (first, second, third)] == ["a", "b", "c"]
    assert count_events(runtime) == 3
    with Session(runtime.engine) as session:  # the broken write's half-done insert was undone
        assert session.scalar(select(func.count()).where(AuditEntry.action == "half")) == 0


def test_retries_in_one_batch_store_one_event_and_return_the_same_result(
    runtime: Runtime, sizes: list[int], state: PolicyState
) -> None:
    text = "mail me at jo.smith@example.com"
    futures = held_batch(runtime, lambda: [store(runtime, state, pending(state, text, "same")) for _ in range(3)])
    results = [f.result() for f in futures]
    assert sizes == [1, 3]
    assert results[0].event is not None and results[1].event is None and results[2].event is None
    assert results[0].response == results[1].response == results[2].response
    assert count_events(runtime) == 1
    # and a retry in a later batch reads the committed row
    again = store(runtime, state, pending(state, text, "same")).result(10)
    assert again.event is None and again.response == results[0].response


def test_retries_racing_from_two_processes_store_one_event(runtime: Runtime, state: PolicyState) -> None:
    other = WriteQueue(runtime.sessions)  # a second worker process's writer, on its own connections
    try:
        for round_ in range(5):
            item = pending(state, f"call me {round_}", f"race-{round_}")
            futures = [store(runtime, state, item), store(runtime, state, item, other)]
            responses = [f.result(10).response for f in futures]
            assert responses[0] == responses[1]
        assert count_events(runtime) == 5
    finally:
        other.close()


def test_acknowledged_means_committed(runtime: Runtime, state: PolicyState) -> None:
    seen: list[int] = []
    done = threading.Event()

    def acknowledged(_: Future[service.Stored]) -> None:
        seen.append(count_events(runtime))  # at the moment of the acknowledgement, from another connection
        done.set()

    store(runtime, state, pending(state, "hello", "ack")).add_done_callback(acknowledged)
    assert done.wait(10)
    assert seen == [1]


def test_a_failed_commit_acknowledges_nothing(runtime: Runtime, state: PolicyState) -> None:
    def fail(session: Session) -> None:
        if session.info.get("fail_commit"):
            raise RuntimeError("disk full")

    def doomed(session: Session) -> None:
        session.info["fail_commit"] = True

    def submit() -> list[Future[Any]]:
        futures = [store(runtime, state, pending(state, f"text {i}", f"f{i}")) for i in range(4)]
        return [*futures, runtime.writes.submit(doomed)]

    event.listen(Session, "before_commit", fail)
    try:
        futures = held_batch(runtime, submit)
    finally:
        event.remove(Session, "before_commit", fail)
    assert all(isinstance(f.exception(), RuntimeError) for f in futures)
    assert count_events(runtime) == 0
    # the queue goes on: the same writes succeed afterwards
    assert store(runtime, state, pending(state, "text 0", "f0")).result(10).response["event_id"] == "f0"


def test_recorded_scans_over_http_use_the_queue(api: Any) -> None:
    headers = api.key("integrator")
    sizes: list[int] = []
    api.runtime.writes.on_batch = sizes.append
    text = "write to jo.smith@example.com"
    first = api.scan(headers, text, record=True, event_id="h1")
    again = api.scan(headers, text, record=True, event_id="h1")
    assert first == again and sizes == [1, 1]
    response = api.client.post(
        "/v1/scan", json={"text": "something else", "record": True, "event_id": "h1"}, headers=headers
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conflict"
