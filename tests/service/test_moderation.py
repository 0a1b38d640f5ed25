"""The moderation loop: cases and the queue, claims, decisions, strikes, reports, appeals, audit and metrics."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from tests.service.conftest import REVIEW_POLICY, Api

from ringfence.service.logs import AccessLog, JsonFormatter

EMAIL = "jo.smith@example.com"


def _ctx(sender: str = "u1", surface: str = "message") -> dict[str, str]:
    return {"surface": surface, "stage": "pre_contract", "sender_id": sender}


@pytest.fixture
def loop(api: Api) -> Api:
    api.put_policy(REVIEW_POLICY)
    return api


def _case(api: Api, integrator: dict[str, str], event_id: str, sender: str = "u1", surface: str = "message") -> int:
    result = api.scan(
        integrator, f"mail {event_id} to {EMAIL}", event_id=event_id, record=True, context=_ctx(sender, surface)
    )
    assert result["action"] == "review" and result["case_id"], result
    return int(result["case_id"])


def _decide(api: Api, reviewer: dict[str, str], case_id: int, outcome: str) -> Any:
    return api.client.post(f"/v1/cases/{case_id}/decision", json={"outcome": outcome, "note": "n"}, headers=reviewer)


def test_review_opens_a_case_with_highlights_views_reasons_and_history(loop: Api) -> None:
    integrator, reviewer = loop.key("integrator"), loop.key("reviewer")
    case_id = _case(loop, integrator, "e1")
    detail = loop.client.get(f"/v1/cases/{case_id}", headers=reviewer).json()
    assert detail["status"] == "open" and detail["event_id"] == "e1"
    assert detail["event"]["text"] == f"mail e1 to {EMAIL}"
    assert re.search(rf"⟦[^⟧]*{re.escape(EMAIL)}[^⟧]*⟧", detail["highlighted"]), detail["highlighted"]
    assert any(s["kind"] == "email" and s["violation"] for s in detail["spans"])
    assert detail["normalised"][0]["view"] == "raw"
    assert detail["reasons"] and EMAIL not in " ".join(detail["reasons"])  # reasons carry masked values
    assert detail["sender_history"]["recorded_events"] == 1
    # allowed content does not open a case
    assert loop.scan(integrator, "see you tomorrow", record=True)["case_id"] is None


def test_queue_orders_by_priority_and_pages_with_a_cursor(loop: Api) -> None:
    integrator, reviewer = loop.key("integrator"), loop.key("reviewer")
    first = _case(loop, integrator, "q1", sender="a")
    second = _case(loop, integrator, "q2", sender="b", surface="proposal")
    # make sender "c" a repeat offender: a confirmed case gives a strike, so c's next case outranks the others
    _decide(loop, reviewer, _case(loop, integrator, "q3", sender="c"), "warn")
    repeat = _case(loop, integrator, "q4", sender="c")
    page = loop.client.get("/v1/cases?status=open&limit=2", headers=reviewer).json()
    assert [c["id"] for c in page["items"]] == [repeat, first]
    rest = loop.client.get(f"/v1/cases?status=open&limit=2&cursor={page['next']}", headers=reviewer).json()
    assert [c["id"] for c in rest["items"]] == [second] and rest["next"] is None
    proposals = loop.client.get("/v1/cases?status=open&surface=proposal", headers=reviewer).json()
    assert [c["id"] for c in proposals["items"]] == [second]
    assert loop.client.get("/v1/cases?status=nonsense", headers=reviewer).status_code == 422


def test_claims_and_decisions_happen_once(loop: Api) -> None:
    integrator = loop.key("integrator")
    alice, bob = loop.key("reviewer"), loop.key("reviewer")
    case_id = _case(loop, integrator, "c1")
    assert loop.client.post(f"/v1/cases/{case_id}/claim", headers=alice).status_code == 200
    assert loop.client.post(f"/v1/cases/{case_id}/claim", headers=alice).status_code == 200  # idempotent for her
    taken = loop.client.post(f"/v1/cases/{case_id}/claim", headers=bob)
    assert taken.status_code == 409 and "claimed by" in taken.json()["error"]["message"]
    assert _decide(loop, bob, case_id, "warn").status_code == 409
    assert _decide(loop, alice, case_id, "warn").status_code == 200
    again = _decide(loop, alice, case_id, "takedown")
    assert again.status_code == 409 and "already decided" in again.json()["error"]["message"]
    assert _decide(loop, alice, case_id, "ban").status_code == 422


def test_concurrent_reviewers_decide_a_case_exactly_once(loop: Api) -> None:
    integrator = loop.key("integrator")
    reviewers = [loop.key("reviewer") for _ in range(8)]
    for round_ in range(3):
        case_id = _case(loop, integrator, f"race-{round_}")
        with ThreadPoolExecutor(max_workers=8) as pool:
            calls = [pool.submit(_decide, loop, r, case_id, "warn") for r in reviewers]
            statuses = [c.result().status_code for c in calls]
        assert sorted(statuses) == [200] + [409] * 7
        account = loop.client.get("/v1/accounts/u1", headers=reviewers[0]).json()
        assert account["active_strikes"] == round_ + 1  # one strike per case, never two


def test_strikes_follow_the_ladder_and_expire_on_a_rolling_window(loop: Api) -> None:
    integrator, reviewer = loop.key("integrator"), loop.key("reviewer")
    assert loop.client.get("/v1/accounts/u9", headers=integrator).json()["standing"] == "good"
    _decide(loop, reviewer, _case(loop, integrator, "s1", sender="u9"), "warn")
    account = loop.client.get("/v1/accounts/u9", headers=integrator).json()
    assert account["active_strikes"] == 1 and account["standing"] == "warning"
    loop.clock.advance(days=60)
    _decide(loop, reviewer, _case(loop, integrator, "s2", sender="u9"), "takedown")
    account = loop.client.get("/v1/accounts/u9", headers=integrator).json()
    assert account["standing"] == "restricted" and account["restricted_until"]
    assert loop.client.get("/v1/events/s2", headers=integrator).json()["action"] == "block"  # taken down
    loop.clock.advance(days=31)  # the first strike is now 91 days old
    account = loop.client.get("/v1/accounts/u9", headers=integrator).json()
    assert account["active_strikes"] == 1 and account["standing"] == "warning"
    assert [s["active"] for s in account["strikes"]] == [False, True]
    loop.clock.advance(days=60)
    assert loop.client.get("/v1/accounts/u9", headers=integrator).json()["standing"] == "good"


def test_reaching_a_needs_human_step_opens_one_escalation_case(loop: Api) -> None:
    integrator, reviewer = loop.key("integrator"), loop.key("reviewer")
    for i in range(4):
        _decide(loop, reviewer, _case(loop, integrator, f"x{i}", sender="bad"), "warn")
    account = loop.client.get("/v1/accounts/bad", headers=reviewer).json()
    assert account["standing"] == "suspension_candidate" and account["needs_human"]
    escalations = [
        c for c in loop.client.get("/v1/cases", headers=reviewer).json()["items"] if c["source"] == "escalation"
    ]
    assert len(escalations) == 1 and escalations[0]["sender_id"] == "bad"
    assert _decide(loop, reviewer, escalations[0]["id"], "suspend").status_code == 200
    assert loop.client.get("/v1/accounts/bad", headers=reviewer).json()["standing"] == "suspended"


def test_dismissal_gives_no_strike_and_releases_held_content(loop: Api) -> None:
    integrator, reviewer = loop.key("integrator"), loop.key("reviewer")
    case_id = _case(loop, integrator, "d1")
    held = loop.client.get("/v1/events/d1", headers=integrator).json()
    assert held["content"] is None and held["status"] == "decided"
    assert _decide(loop, reviewer, case_id, "dismiss").json()["confirmed"] is False
    released = loop.client.get("/v1/events/d1", headers=integrator).json()
    assert released["action"] == "allow" and released["original_action"] == "review"
    assert released["content"] == f"mail d1 to {EMAIL}"
    assert loop.client.get("/v1/accounts/u1", headers=integrator).json()["active_strikes"] == 0


def test_reports_join_the_open_case_for_the_same_event_or_content(loop: Api) -> None:
    integrator, reviewer = loop.key("integrator"), loop.key("reviewer")
    case_id = _case(loop, integrator, "r1")
    joined = loop.client.post("/v1/reports", json={"event_id": "r1", "reason": "spam"}, headers=integrator)
    assert joined.status_code == 201 and joined.json() == {
        "report_id": joined.json()["report_id"],
        "case_id": case_id,
        "event_id": "r1",
        "joined": True,
    }
    by_text = loop.client.post(
        "/v1/reports", json={"text": f"mail r1 to {EMAIL}", "context": _ctx(), "reason": "again"}, headers=integrator
    ).json()
    assert by_text["case_id"] == case_id and by_text["joined"]
    detail = loop.client.get(f"/v1/cases/{case_id}", headers=reviewer).json()
    assert detail["report_count"] == 2 and [r["reason"] for r in detail["reports"]] == ["spam", "again"]
    # content never seen before: recorded and a case opened; a second report joins it
    fresh = {"text": "totally benign text", "context": _ctx("u2"), "reason": "rude"}
    opened = loop.client.post("/v1/reports", json=fresh, headers=integrator).json()
    assert not opened["joined"]
    assert loop.client.post("/v1/reports", json=fresh, headers=integrator).json()["case_id"] == opened["case_id"]
    # once decided, a new report opens a new case
    _decide(loop, reviewer, case_id, "warn")
    reopened = loop.client.post("/v1/reports", json={"event_id": "r1", "reason": "still there"}, headers=integrator)
    assert reopened.json()["case_id"] != case_id and not reopened.json()["joined"]
    missing = loop.client.post("/v1/reports", json={"reason": "?"}, headers=integrator)
    assert missing.status_code == 422


def test_concurrent_reports_share_one_case(loop: Api) -> None:
    integrator = loop.key("integrator")
    loop.scan(integrator, "hello there", event_id="cr1", record=True)

    def report(i: int) -> int:
        response = loop.client.post("/v1/reports", json={"event_id": "cr1", "reason": f"r{i}"}, headers=integrator)
        assert response.status_code == 201, response.text
        return int(response.json()["case_id"])

    with ThreadPoolExecutor(max_workers=8) as pool:
        case_ids = set(pool.map(report, range(16)))
    assert len(case_ids) == 1
    detail = loop.client.get(f"/v1/cases/{case_ids.pop()}", headers=loop.admin).json()
    assert detail["report_count"] == 16


def test_appeal_is_decided_by_another_reviewer_and_overturning_restores_everything(loop: Api) -> None:
    integrator, alice, bob = loop.key("integrator"), loop.key("reviewer"), loop.key("reviewer")
    case_id = _case(loop, integrator, "a1", sender="ap")
    not_yet = loop.client.post(f"/v1/cases/{case_id}/appeal", json={"statement": "early"}, headers=integrator)
    assert not_yet.status_code == 409
    _decide(loop, alice, case_id, "takedown")
    assert loop.client.get("/v1/accounts/ap", headers=integrator).json()["active_strikes"] == 1
    appeal = loop.client.post(
        f"/v1/cases/{case_id}/appeal", json={"statement": "it was my work email"}, headers=integrator
    )
    assert appeal.status_code == 201
    appeal_id = appeal.json()["id"]
    twice = loop.client.post(f"/v1/cases/{case_id}/appeal", json={"statement": "again"}, headers=integrator)
    assert twice.status_code == 409
    own = loop.client.post(f"/v1/appeals/{appeal_id}/decision", json={"outcome": "overturned"}, headers=alice)
    assert own.status_code == 403 and "another reviewer" in own.json()["error"]["message"]
    assert [a["id"] for a in loop.client.get("/v1/appeals?status=open", headers=bob).json()["items"]] == [appeal_id]
    decided = loop.client.post(f"/v1/appeals/{appeal_id}/decision", json={"outcome": "overturned"}, headers=bob)
    assert decided.status_code == 200 and decided.json()["outcome"] == "overturned"
    assert (
        loop.client.post(f"/v1/appeals/{appeal_id}/decision", json={"outcome": "upheld"}, headers=bob).status_code
        == 409
    )
    account = loop.client.get("/v1/accounts/ap", headers=integrator).json()
    assert account["active_strikes"] == 0 and account["strikes"][0]["removed_reason"] == "appeal overturned"
    event = loop.client.get("/v1/events/a1", headers=integrator).json()
    assert event["status"] == "released" and event["action"] == "allow" and event["original_action"] == "review"
    assert event["text"] == event["content"] == f"mail a1 to {EMAIL}"
    assert loop.client.get(f"/v1/cases/{case_id}", headers=bob).json()["confirmed"] is False


def test_audit_log_records_every_action_filters_and_exports(loop: Api) -> None:
    integrator, reviewer = loop.key("integrator"), loop.key("reviewer")
    case_id = _case(loop, integrator, "au1")
    loop.client.post(f"/v1/cases/{case_id}/claim", headers=reviewer)
    _decide(loop, reviewer, case_id, "warn")
    entries = loop.client.get("/v1/audit?limit=1000", headers=loop.admin).json()["items"]
    actions = [e["action"] for e in entries]
    for expected in (
        "key.create",
        "policy.update",
        "event.record",
        "case.open",
        "case.claim",
        "case.decide",
        "strike.add",
    ):
        assert expected in actions, expected
    decision = next(e for e in entries if e["action"] == "case.decide")
    assert decision["actor"] == reviewer["X-Key-Id"]
    assert decision["before"]["status"] == "claimed" and decision["after"]["outcome"] == "warn"
    assert EMAIL not in json.dumps(entries)  # the audit trail holds masked values only
    mine = loop.client.get(f"/v1/audit?actor={reviewer['X-Key-Id']}", headers=loop.admin).json()["items"]
    assert {e["action"] for e in mine} == {"case.claim", "case.decide", "strike.add"}
    at = decision["at"].replace("+00:00", "Z")
    assert loop.client.get(f"/v1/audit?action=case.decide&since={at}", headers=loop.admin).json()["items"]
    assert not loop.client.get(f"/v1/audit?action=case.decide&until={at}", headers=loop.admin).json()["items"]
    paged = loop.client.get("/v1/audit?limit=2", headers=loop.admin).json()
    after = loop.client.get(f"/v1/audit?limit=2&after={paged['next']}", headers=loop.admin).json()
    assert after["items"][0]["id"] > paged["items"][-1]["id"]
    lines = loop.client.get("/v1/audit?format=jsonl", headers=loop.admin).text.splitlines()
    assert [json.loads(line)["action"] for line in lines] == actions
    rows = list(csv.DictReader(io.StringIO(loop.client.get("/v1/audit?format=csv", headers=loop.admin).text)))
    assert [r["action"] for r in rows] == actions and json.loads(rows[-1]["after"]) == entries[-1]["after"]


def test_audit_log_is_append_only_in_the_database(loop: Api) -> None:
    for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), loop.runtime.engine.begin() as conn:
            conn.execute(text(statement))


def test_metrics_and_rule_precision(loop: Api) -> None:
    integrator, reviewer = loop.key("integrator"), loop.key("reviewer")
    _decide(loop, reviewer, _case(loop, integrator, "m1"), "warn")
    _decide(loop, reviewer, _case(loop, integrator, "m2"), "dismiss")
    _decide(loop, reviewer, _case(loop, integrator, "m3"), "takedown")
    rules = loop.client.get("/v1/metrics/rules", headers=reviewer).json()["items"]
    assert rules and all(r["confirmed"] == 2 and r["dismissed"] == 1 and r["precision"] == 0.6667 for r in rules)
    body = loop.client.get("/metrics", headers=loop.admin).text
    assert 'ringfence_scans_total{action="review",recorded="true"} 3' in body
    assert 'ringfence_http_requests_total{method="POST",route="/v1/scan",status="200"} 3' in body
    assert 'ringfence_http_request_duration_seconds_bucket{route="/v1/scan",le="+Inf"} 3' in body
    assert 'ringfence_moderation_actions_total{action="case.decide",outcome="dismiss"} 1' in body


def test_policy_is_validated_and_versioned(api: Api) -> None:
    first = api.client.get("/v1/policy", headers=api.admin).json()
    assert first["revision"] == 0 and "strikes:" in first["yaml"]
    bad = api.client.put("/v1/policy", content="version: 1\nviolations: {someday: []}\n", headers=api.admin)
    assert bad.status_code == 422 and "someday" in bad.json()["error"]["message"]
    bad_strikes = REVIEW_POLICY.replace("window_days: 90", "window_days: -1")
    response = api.client.put("/v1/policy", content=bad_strikes, headers=api.admin)
    assert response.status_code == 422 and "strikes.window_days" in response.json()["error"]["message"]
    api.put_policy(REVIEW_POLICY)
    api.put_policy(REVIEW_POLICY.replace("test-review-1", "test-review-2"))
    current = api.client.get("/v1/policy", headers=api.admin).json()
    assert current["revision"] == 2 and current["version"] == "test-review-2"
    assert [h["revision"] for h in current["history"]] == [1, 2]
    assert api.client.get("/v1/policy?format=yaml", headers=api.admin).text.startswith("\nversion:")


def test_logs_never_contain_raw_contact_values(loop: Api, caplog: pytest.LogCaptureFixture) -> None:
    integrator, reviewer = loop.key("integrator"), loop.key("reviewer")
    with caplog.at_level(logging.DEBUG, logger="ringfence.service"):
        case_id = _case(loop, integrator, "l1")
        _decide(loop, reviewer, case_id, "warn")
        loop.client.post("/v1/scan/batch", json={"items": [{"text": f"x {EMAIL}"}]}, headers=integrator)
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert "decision recorded" in logged and "j•••@example.com" in logged
    assert EMAIL not in logged


def test_access_log_writes_the_line_the_logger_would() -> None:
    logger = logging.getLogger("ringfence.test.access")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger.handlers, logger.propagate = [handler], False
    logger.setLevel("INFO")
    fields = {"method": "POST", "route": "/v1/scan", "status": 200, "ms": 0.25, "key_id": None}
    AccessLog(logger).write(fields)  # the direct write
    logger.info("request", extra=fields)  # the logging machinery
    direct, logged = (json.loads(line) for line in stream.getvalue().splitlines())
    assert direct.pop("ts")[:4] == logged.pop("ts")[:4] and direct == logged
    assert direct == {"level": "info", "logger": logger.name, "msg": "request", **fields}
    logger.setLevel("WARNING")
    AccessLog(logger).write(fields)
    assert len(stream.getvalue().splitlines()) == 2
