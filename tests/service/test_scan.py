"""Scanning: the CLI row shape, input errors, limits, batches, idempotent recording (sequential and concurrent)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import func, select
from tests.service.conftest import Api, make_api

from ringfence import Context, Scanner
from ringfence.service.audit.models import AuditEntry
from ringfence.service.events.models import Event

EMAIL_TEXT = "mail me at jo.smith@example.com please"
CTX = {"surface": "message", "stage": "pre_contract", "sender_id": "u1"}


def _count(api: Api, model: Any) -> int:
    with api.runtime.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_scan_returns_the_cli_row_fields(api: Api) -> None:
    integrator = api.key("integrator")
    result = api.scan(integrator, EMAIL_TEXT, context=CTX)
    expected = Scanner().scan(EMAIL_TEXT, Context(**CTX, tenant="default")).to_dict()
    assert {k: result[k] for k in expected} == expected
    assert set(result) == {*expected, "event_id", "case_id"}
    assert result["case_id"] is None
    assert _count(api, Event) == 0  # not recorded unless asked


def test_bad_input_is_422_with_a_clear_message(api: Api) -> None:
    integrator = api.key("integrator")
    cases = [
        ({"context": CTX}, "text: Field required"),
        ({"text": 42}, "text"),
        ({"text": "hi", "context": {"surface": "chatroom"}}, "surface must be one of"),
        ({"text": "hi", "context": {"stage": "someday"}}, "stage must be one of"),
        ({"text": "hi", "context": {"sender_role": "pirate"}}, "sender_role must be one of"),
        ({"text": "hi", "context": {"colour": "red"}}, "colour"),
        ({"text": "hi", "event_id": ""}, "event_id"),
    ]
    for body, message in cases:
        response = api.client.post("/v1/scan", json=body, headers=integrator)
        assert response.status_code == 422, body
        assert message in response.json()["error"]["message"], response.json()
    broken = api.client.post(
        "/v1/scan", content=b"{not json", headers={**integrator, "Content-Type": "application/json"}
    )
    assert broken.status_code == 422 and "JSON" in broken.json()["error"]["message"]


def test_a_lone_surrogate_scans_and_comes_back_escaped_but_is_not_recorded(api: Api) -> None:
    integrator = {**api.key("integrator"), "Content-Type": "application/json"}
    # valid JSON, but U+D800 alone is no Unicode character: the scan answers, echoing it as "\\ud800"
    body = b'{"text": "mail jo@example.com \\ud800 ok"}'
    scanned = api.client.post("/v1/scan", content=body, headers=integrator)
    assert scanned.status_code == 200
    assert b'"redacted":"mail [email removed] \\ud800 ok"' in scanned.content
    assert scanned.json()["redacted"] == "mail [email removed] \ud800 ok"
    recorded = api.client.post(
        "/v1/scan", content=body[:-1] + b', "record": true, "event_id": "s1"}', headers=integrator
    )
    assert recorded.status_code == 422
    assert "text: a lone surrogate (U+D800) at character 20" in recorded.json()["error"]["message"]
    assert _count(api, Event) == 0


def test_text_over_the_engine_limit_is_413(api: Api) -> None:
    integrator = api.key("integrator")
    response = api.client.post("/v1/scan", json={"text": "a" * (64 * 1024 + 1)}, headers=integrator)
    assert response.status_code == 413
    assert "over the limit" in response.json()["error"]["message"]


def test_request_body_over_the_limit_is_413(database_url: str) -> None:
    for api in make_api(database_url, max_body_bytes=10_000):
        integrator = api.key("integrator")
        response = api.client.post("/v1/scan", json={"text": "b" * 20_000}, headers=integrator)
        assert response.status_code == 413
        assert "10000 bytes" in response.json()["error"]["message"]


def test_batch_isolates_bad_items_and_enforces_its_size(database_url: str) -> None:
    for api in make_api(database_url, max_batch_items=3):
        integrator = api.key("integrator")
        items: list[Any] = [
            {"text": EMAIL_TEXT, "context": CTX},
            {"text": 7},
            {"text": "hi", "context": {"stage": "x"}},
        ]
        response = api.client.post("/v1/scan/batch", json={"items": items}, headers=integrator)
        assert response.status_code == 200, response.text
        first, second, third = response.json()["items"]
        assert first["action"] == api.scan(integrator, EMAIL_TEXT, context=CTX)["action"]
        assert second["index"] == 1 and second["status"] == 422 and "text" in second["error"]
        assert third["index"] == 2 and "stage must be one of" in third["error"]
        too_many = api.client.post("/v1/scan/batch", json={"items": [{"text": "x"}] * 4}, headers=integrator)
        assert too_many.status_code == 413
        assert "4 items, over the limit of 3" in too_many.json()["error"]["message"]


def test_rate_limit_answers_429_with_retry_after(database_url: str) -> None:
    for api in make_api(database_url, rate_limit_per_second=0.01, rate_limit_burst=3):
        integrator = api.key("integrator")
        statuses = [api.client.post("/v1/scan", json={"text": "hi"}, headers=integrator) for _ in range(5)]
        assert [r.status_code for r in statuses[:3]] == [200, 200, 200]
        assert statuses[3].status_code == 429
        assert int(statuses[3].headers["Retry-After"]) >= 1
        # buckets are per key: another key is unaffected
        assert api.client.post("/v1/scan", json={"text": "hi"}, headers=api.key("integrator")).status_code == 200


def test_recorded_scan_is_stored_and_retries_replay_it(api: Api) -> None:
    integrator = api.key("integrator")
    first = api.scan(integrator, EMAIL_TEXT, event_id="evt-1", record=True, context=CTX)
    again = api.scan(integrator, EMAIL_TEXT, event_id="evt-1", record=True, context=CTX)
    assert first == again and first["event_id"] == "evt-1"
    assert _count(api, Event) == 1
    with api.runtime.sessions() as session:
        recorded = session.scalars(select(AuditEntry).where(AuditEntry.action == "event.record")).all()
    assert len(recorded) == 1
    stored = api.client.get("/v1/events/evt-1", headers=integrator).json()
    assert stored["action"] == first["action"] and stored["findings"] == first["findings"]
    conflict = api.client.post(
        "/v1/scan", json={"text": "other text", "event_id": "evt-1", "record": True}, headers=integrator
    )
    assert conflict.status_code == 409 and "different text" in conflict.json()["error"]["message"]
    generated = api.scan(integrator, "no id given", record=True)
    assert generated["event_id"].startswith("evt_")
    assert api.client.get(f"/v1/events/{generated['event_id']}", headers=integrator).status_code == 200
    assert api.client.get("/v1/events/nope", headers=integrator).status_code == 404


def test_concurrent_retries_store_exactly_one_event(api: Api) -> None:
    integrator = api.key("integrator")

    def send(_: int) -> dict[str, Any]:
        response = api.client.post(
            "/v1/scan",
            json={"text": EMAIL_TEXT, "event_id": "race-1", "record": True, "context": CTX},
            headers=integrator,
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(send, range(32)))
    assert all(r == results[0] for r in results)
    assert _count(api, Event) == 1


def test_recorded_batch_items_are_idempotent(api: Api) -> None:
    integrator = api.key("integrator")
    items = [{"text": EMAIL_TEXT, "event_id": f"b-{i}", "record": True, "context": CTX} for i in range(3)]
    first = api.client.post("/v1/scan/batch", json={"items": items}, headers=integrator).json()["items"]
    second = api.client.post("/v1/scan/batch", json={"items": items}, headers=integrator).json()["items"]
    assert first == second and [r["event_id"] for r in first] == ["b-0", "b-1", "b-2"]
    assert _count(api, Event) == 3
