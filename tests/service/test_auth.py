"""Authentication, roles and tenant isolation for every endpoint (table-driven)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.service.conftest import REVIEW_POLICY, Api

EMAIL_TEXT = "write to jo.smith@example.com for the files"
CTX = {"surface": "message", "stage": "pre_contract", "sender_id": "acme-user"}

# (method, path, json body or None, roles allowed besides admin)
ENDPOINTS: list[tuple[str, str, Any, set[str]]] = [
    ("POST", "/v1/keys", {"role": "integrator"}, set()),
    ("GET", "/v1/keys", None, set()),
    ("DELETE", "/v1/keys/key_missing", None, set()),
    ("GET", "/v1/policy", None, set()),
    ("PUT", "/v1/policy", {"yaml": REVIEW_POLICY}, set()),
    ("POST", "/v1/scan", {"text": "hello"}, {"integrator"}),
    ("POST", "/v1/scan/batch", {"items": [{"text": "hello"}]}, {"integrator"}),
    ("GET", "/v1/events/missing", None, {"integrator", "reviewer"}),
    ("POST", "/v1/reports", {"event_id": "missing", "reason": "spam"}, {"integrator"}),
    ("GET", "/v1/accounts/someone", None, {"integrator", "reviewer"}),
    ("GET", "/v1/cases", None, {"reviewer"}),
    ("GET", "/v1/cases/999999", None, {"reviewer"}),
    ("POST", "/v1/cases/999999/claim", None, {"reviewer"}),
    ("POST", "/v1/cases/999999/decision", {"outcome": "warn"}, {"reviewer"}),
    ("POST", "/v1/cases/999999/appeal", {"statement": "not me"}, {"integrator"}),
    ("GET", "/v1/appeals", None, {"reviewer"}),
    ("GET", "/v1/appeals/999999", None, {"reviewer"}),
    ("POST", "/v1/appeals/999999/decision", {"outcome": "upheld"}, {"reviewer"}),
    ("GET", "/v1/audit", None, set()),
    ("GET", "/v1/metrics/rules", None, {"reviewer"}),
    ("GET", "/metrics", None, set()),
]


def _call(api: Api, method: str, path: str, body: Any, headers: dict[str, str]) -> int:
    return api.client.request(method, path, json=body, headers=headers).status_code


@pytest.mark.parametrize(("method", "path", "body", "roles"), ENDPOINTS, ids=[f"{m} {p}" for m, p, _, _ in ENDPOINTS])
def test_every_endpoint_needs_a_valid_key_and_the_right_role(
    api: Api, method: str, path: str, body: Any, roles: set[str]
) -> None:
    assert _call(api, method, path, body, {}) == 401
    assert _call(api, method, path, body, {"Authorization": "Bearer rfk_not-a-key"}) == 401
    assert _call(api, method, path, body, {"Authorization": "Basic abc"}) == 401
    for role in ("integrator", "reviewer", "admin"):
        status = _call(api, method, path, body, api.key(role))
        if role in roles or role == "admin":
            assert status not in (401, 403), f"{role} should be allowed: {status}"
        else:
            assert status == 403, f"{role} should be forbidden: {status}"


def test_health_needs_no_key(api: Api) -> None:
    response = api.client.get("/v1/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_revoked_key_is_rejected(api: Api) -> None:
    integrator = api.key("integrator")
    assert api.client.post("/v1/scan", json={"text": "hi"}, headers=integrator).status_code == 200
    revoked = api.client.delete(f"/v1/keys/{integrator['X-Key-Id']}", headers=api.admin)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert api.client.post("/v1/scan", json={"text": "hi"}, headers=integrator).status_code == 401


def test_keys_are_stored_hashed_and_shown_once(api: Api) -> None:
    created = api.client.post("/v1/keys", json={"role": "reviewer"}, headers=api.admin).json()
    listed = api.client.get("/v1/keys", headers=api.admin).json()["items"]
    assert created["key"].startswith("rfk_")
    assert all("key" not in k and created["key"] not in str(k) for k in listed)
    from sqlalchemy import text

    with api.runtime.engine.connect() as conn:
        stored = [row[0] for row in conn.execute(text("SELECT secret_sha256 FROM api_keys"))]
    assert created["key"] not in stored and len(stored[0]) == 64


def test_only_default_tenant_admins_create_keys_for_other_tenants(api: Api) -> None:
    acme_admin = api.key("admin", tenant="acme")
    other = api.client.post("/v1/keys", json={"role": "integrator", "tenant": "globex"}, headers=acme_admin)
    assert other.status_code == 403
    own = api.client.post("/v1/keys", json={"role": "integrator"}, headers=acme_admin)
    assert own.status_code == 201 and own.json()["tenant"] == "acme"
    bad = api.client.post("/v1/keys", json={"role": "superuser"}, headers=api.admin)
    assert bad.status_code == 422 and "role" in bad.json()["error"]["message"]


def test_tenants_never_see_each_others_records(api: Api) -> None:
    acme = {role: api.key(role, tenant="acme") for role in ("integrator", "reviewer", "admin")}
    acme_reviewer2 = api.key("reviewer", tenant="acme")
    api.put_policy(REVIEW_POLICY, acme["admin"])
    scanned = api.scan(acme["integrator"], EMAIL_TEXT, event_id="acme-1", record=True, context=CTX)
    case_id = scanned["case_id"]
    assert scanned["action"] == "review" and case_id is not None
    decided = api.client.post(f"/v1/cases/{case_id}/decision", json={"outcome": "warn"}, headers=acme["reviewer"])
    assert decided.status_code == 200, decided.text
    appeal = api.client.post(f"/v1/cases/{case_id}/appeal", json={"statement": "x"}, headers=acme["integrator"])
    assert appeal.status_code == 201, appeal.text
    appeal_id = appeal.json()["id"]

    mine = {role: api.key(role) for role in ("integrator", "reviewer", "admin")}
    not_found = [
        ("GET", "/v1/events/acme-1", None, "integrator"),
        ("GET", f"/v1/cases/{case_id}", None, "reviewer"),
        ("POST", f"/v1/cases/{case_id}/claim", None, "reviewer"),
        ("POST", f"/v1/cases/{case_id}/decision", {"outcome": "dismiss"}, "reviewer"),
        ("POST", f"/v1/cases/{case_id}/appeal", {"statement": "y"}, "integrator"),
        ("GET", f"/v1/appeals/{appeal_id}", None, "reviewer"),
        ("POST", f"/v1/appeals/{appeal_id}/decision", {"outcome": "overturned"}, "reviewer"),
        ("POST", "/v1/reports", {"event_id": "acme-1", "reason": "spam"}, "integrator"),
        ("DELETE", f"/v1/keys/{acme['integrator']['X-Key-Id']}", None, "admin"),
    ]
    for method, path, body, role in not_found:
        for caller in (mine[role], mine["admin"]):
            assert _call(api, method, path, body, caller) == 404, (method, path)

    empty_lists = [
        ("/v1/cases?status=decided", "reviewer"),
        ("/v1/cases?status=pending", "reviewer"),
        ("/v1/appeals", "reviewer"),
        ("/v1/metrics/rules", "reviewer"),
    ]
    for path, role in empty_lists:
        response = api.client.get(path, headers=mine[role])
        assert response.status_code == 200 and response.json()["items"] == [], path
    account = api.client.get("/v1/accounts/acme-user", headers=mine["reviewer"]).json()
    assert account["active_strikes"] == 0 and account["strikes"] == []
    assert api.client.get("/v1/accounts/acme-user", headers=acme["reviewer"]).json()["active_strikes"] == 1
    audit = api.client.get("/v1/audit?limit=1000", headers=mine["admin"]).json()["items"]
    assert not any(e["target_id"] in ("acme-1", str(case_id)) for e in audit)
    keys = api.client.get("/v1/keys", headers=mine["admin"]).json()["items"]
    assert all(k["tenant"] == "default" for k in keys)
    assert api.client.get("/v1/policy", headers=mine["admin"]).json()["revision"] == 0
    # idempotency keys are per tenant: the same event_id elsewhere is a new event, not a replay or a conflict
    other = api.scan(mine["integrator"], "see you tomorrow", event_id="acme-1", record=True)
    assert other["event_id"] == "acme-1" and other["case_id"] != case_id
    assert api.client.get("/v1/events/acme-1", headers=acme["integrator"]).json()["case_id"] == case_id
    # and the appeal is still decidable in its own tenant (by a reviewer who did not decide the case)
    ok = api.client.post(f"/v1/appeals/{appeal_id}/decision", json={"outcome": "upheld"}, headers=acme_reviewer2)
    assert ok.status_code == 200, ok.text
