"""The review dashboard in a real Chromium against a real server (uvicorn in a subprocess, SQLite in a temp dir)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.service.conftest import ADMIN_SECRET, REVIEW_POLICY, free_port

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
XSS = "<img src=x onerror=alert(1)>"

if CHROMIUM is None:
    pytest.skip("Chromium is not installed (apt-get install chromium, or `make system-deps`)", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install -e '.[dev]')")
from playwright.sync_api import Browser, Dialog, Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The API served by uvicorn exactly as in production (the app factory reads RINGFENCE_* variables)."""
    root = tmp_path_factory.mktemp("dashboard")
    port = free_port()
    env = {
        **os.environ,
        "RINGFENCE_DATABASE_URL": f"sqlite:///{root / 'ringfence.db'}",
        "RINGFENCE_ADMIN_KEY": ADMIN_SECRET,
        "RINGFENCE_LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-m", "uvicorn", "ringfence.service.app:app_from_env", "--factory"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"]
    base = f"http://127.0.0.1:{port}"
    repo = Path(__file__).parents[2]
    with (root / "server.log").open("wb") as log:
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=repo)
    try:
        _wait_until_up(base, process, root / "server.log")
        yield base
    finally:
        process.terminate()  # this pid only
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _wait_until_up(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            if httpx.get(f"{base}/v1/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    pytest.fail(f"the server did not answer within 60 s:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    yield page
    context.close()
    assert problems == [], problems


@dataclass
class Tenant:
    """A fresh tenant per test (its own queue) with the review-everything policy and a key of each role."""

    http: httpx.Client
    integrator: str
    reviewer: str
    other_reviewer: str

    def call(self, method: str, path: str, key: str, **kwargs: Any) -> Any:
        response = self.http.request(method, path, headers={"Authorization": f"Bearer {key}"}, **kwargs)
        assert response.is_success, response.text
        return response.json()

    def open_case(self, text: str, sender: str, surface: str = "message") -> int:
        body = {
            "text": text,
            "record": True,
            "event_id": uuid.uuid4().hex,
            "context": {"surface": surface, "stage": "pre_contract", "sender_id": sender},
        }
        result = self.call("POST", "/v1/scan", self.integrator, json=body)
        assert result["case_id"], result
        return int(result["case_id"])


@pytest.fixture
def tenant(server: str) -> Iterator[Tenant]:
    name = "t" + uuid.uuid4().hex[:10]
    with httpx.Client(base_url=server, timeout=10) as http:

        def key(role: str) -> str:
            response = http.post(
                "/v1/keys",
                json={"role": role, "tenant": name},
                headers={"Authorization": f"Bearer {ADMIN_SECRET}"},
            )
            assert response.status_code == 201, response.text
            return str(response.json()["key"])

        admin = key("admin")
        response = http.put(
            "/v1/policy",
            content=REVIEW_POLICY,
            headers={"Authorization": f"Bearer {admin}", "Content-Type": "application/yaml"},
        )
        assert response.status_code == 200, response.text
        yield Tenant(http, key("integrator"), key("reviewer"), key("reviewer"))


def sign_in(page: Page, server: str, key: str, where: str = "") -> None:
    page.goto(f"{server}/dashboard{where}")
    page.get_by_label("Reviewer or admin API key").fill(key)
    page.get_by_role("button", name="Use key").click()
    expect(page.locator("#key-status")).to_have_text(f"Using key …{key[-4:]}.")


def open_case_page(page: Page, case_id: int) -> None:
    page.get_by_role("link", name=f"Case {case_id}", exact=True).click()
    expect(page.get_by_role("heading", level=2)).to_have_text(f"Case {case_id}")


def test_queue_case_view_and_a_warn_decision(server: str, tenant: Tenant, page: Page) -> None:
    # the emoji before the email checks that code-point offsets from the API are sliced as code points
    alice = tenant.open_case("mail me 😀 at jo.smith@example.com", sender="alice")
    bob = tenant.open_case("write to bob.jones@example.org please", sender="bob", surface="proposal")
    carol = tenant.open_case("carol@example.net is my address", sender="carol")
    order = [c["id"] for c in tenant.call("GET", "/v1/cases", tenant.reviewer)["items"]]
    assert sorted(order) == sorted([alice, bob, carol])

    sign_in(page, server, tenant.reviewer)
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(3)
    assert [int(r) for r in rows.evaluate_all("rows => rows.map(r => r.dataset.caseId)")] == order

    page.get_by_label("Surface").fill("proposal")
    page.get_by_role("button", name="Apply filters").click()
    expect(rows).to_have_count(1)
    expect(rows.first).to_have_attribute("data-case-id", str(bob))
    page.get_by_label("Surface").fill("")
    page.get_by_role("button", name="Apply filters").click()
    expect(rows).to_have_count(3)

    open_case_page(page, alice)
    detail = tenant.call("GET", f"/v1/cases/{alice}", tenant.reviewer)
    finding = next(f for f in detail["findings"] if f["kind"] == "email")
    mark = page.locator(f'#message-text mark[data-start="{finding["start"]}"]')
    expect(mark).to_have_text(finding["text"])
    assert finding["text"] == "jo.smith@example.com"
    expect(mark).to_have_class("finding violation")
    expect(page.locator("#message-text")).to_have_text(detail["event"]["text"])
    expect(page.get_by_role("heading", name="Normalised views")).to_be_visible()
    expect(page.locator("#active-strikes")).to_have_text("0")

    page.get_by_role("button", name="Claim this case").click()
    expect(page.locator("#flash")).to_have_text(f"You claimed case {alice}.")
    page.get_by_label("Warn", exact=True).check()
    page.get_by_label("Note (optional, kept in the audit log)").fill("first contact detail, warned")
    page.get_by_role("button", name="Decide").click()
    expect(page.locator("#flash")).to_have_text(f"Case {alice} decided: warn.")
    expect(page.locator("#case-status")).to_have_text("decided")
    expect(page.locator("#active-strikes")).to_have_text("1")

    decided = tenant.call("GET", f"/v1/cases/{alice}", tenant.reviewer)
    assert decided["status"] == "decided" and decided["outcome"] == "warn"
    assert decided["note"] == "first contact detail, warned"
    account = tenant.call("GET", "/v1/accounts/alice", tenant.reviewer)
    assert account["active_strikes"] == 1 and [s["case_id"] for s in account["strikes"]] == [alice]

    page.get_by_role("link", name="Back to the queue").click()
    expect(rows).to_have_count(2)


def test_a_case_decided_elsewhere_shows_the_409_clearly(server: str, tenant: Tenant, page: Page) -> None:
    case_id = tenant.open_case("reach me at dan@example.com", sender="dan")
    sign_in(page, server, tenant.reviewer)
    open_case_page(page, case_id)
    # another reviewer decides while this page is open
    tenant.call("POST", f"/v1/cases/{case_id}/decision", tenant.other_reviewer, json={"outcome": "takedown"})

    page.get_by_label("Dismiss", exact=True).check()
    page.get_by_role("button", name="Decide").click()
    flash = page.get_by_role("alert")
    expect(flash).to_contain_text("Someone else got there first.")
    expect(flash).to_contain_text(f"case {case_id} was already decided (takedown)")
    expect(page.locator("#case-status")).to_have_text("decided")  # the page reloaded the case
    assert tenant.call("GET", f"/v1/cases/{case_id}", tenant.reviewer)["outcome"] == "takedown"


def test_an_appeal_is_overturned_from_the_appeals_view(server: str, tenant: Tenant, page: Page) -> None:
    case_id = tenant.open_case("mail erin@example.com", sender="erin")
    tenant.call("POST", f"/v1/cases/{case_id}/decision", tenant.reviewer, json={"outcome": "warn"})
    appeal = tenant.call("POST", f"/v1/cases/{case_id}/appeal", tenant.integrator, json={"statement": "my own shop"})
    assert tenant.call("GET", "/v1/accounts/erin", tenant.reviewer)["active_strikes"] == 1

    sign_in(page, server, tenant.other_reviewer, where="#/appeals")  # not the reviewer who decided the case
    article = page.locator(f'article[data-appeal-id="{appeal["id"]}"]')
    expect(article.locator("blockquote")).to_have_text("my own shop")
    article.get_by_label("Overturn", exact=True).check()
    article.get_by_role("button", name=f"Decide appeal {appeal['id']}").click()
    expect(page.locator("#flash")).to_have_text(f"Appeal {appeal['id']} decided: overturned.")
    expect(page.get_by_text("No appeals.")).to_be_visible()  # the open filter no longer lists it

    assert tenant.call("GET", f"/v1/appeals/{appeal['id']}", tenant.reviewer)["outcome"] == "overturned"
    assert tenant.call("GET", "/v1/accounts/erin", tenant.reviewer)["active_strikes"] == 0


def test_user_text_is_shown_as_text_never_as_markup(server: str, tenant: Tenant, page: Page) -> None:
    text = f"look {XSS} then mail frank@example.com"
    case_id = tenant.open_case(text, sender="frank")
    event_id = tenant.call("GET", f"/v1/cases/{case_id}", tenant.reviewer)["event_id"]
    tenant.call("POST", "/v1/reports", tenant.integrator, json={"event_id": event_id, "reason": f"spam {XSS}"})

    sign_in(page, server, tenant.reviewer)
    open_case_page(page, case_id)
    expect(page.locator("#message-text")).to_have_text(text)
    expect(page.locator("#message-text mark")).to_have_text("frank@example.com")
    expect(page.get_by_role("cell", name=f"spam {XSS}")).to_be_visible()
    assert page.locator("img").count() == 0
    assert page.locator("#message-text *").count() == 1  # the one <mark>, nothing parsed out of the text
    assert page.evaluate("() => document.querySelectorAll('[onerror]').length") == 0


def test_the_queue_pages_by_the_api_cursor(server: str, tenant: Tenant, page: Page) -> None:
    ids = [tenant.open_case(f"mail g{i}@example.com", sender=f"g{i}") for i in range(27)]  # the page holds 25
    sign_in(page, server, tenant.reviewer)
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(25)
    expect(page.get_by_role("button", name="Previous page")).to_be_disabled()
    page.get_by_role("button", name="Next page").click()
    expect(rows).to_have_count(2)
    expect(page.get_by_role("button", name="Next page")).to_be_disabled()
    assert [int(r) for r in rows.evaluate_all("rows => rows.map(r => r.dataset.caseId)")] == ids[25:]
    page.get_by_role("button", name="Previous page").click()
    expect(rows).to_have_count(25)
    expect(rows.first).to_have_attribute("data-case-id", str(ids[0]))
