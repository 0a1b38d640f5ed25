"""`ringfence scan`: the JSONL row contract, error rows in place, ordering, workers, stdin/stdout, the report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from ringfence import Scanner
from ringfence.cli import app
from ringfence.cli.scan import print_report

runner = CliRunner()
EMAIL = "mail me at jo@example.com"
MAIN = "from ringfence.cli import main; main()"


def rows_text(rows: list[Any]) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)


def scan_rows(rows: list[Any], *args: str) -> tuple[int, list[dict[str, Any]]]:
    result = runner.invoke(app, ["scan", "--input", "-", *args], input=rows_text(rows))
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()]


def test_row_contract_and_defaults() -> None:
    code, out = scan_rows([{"id": "a1", "text": EMAIL, "whatever": [1, 2], "priority": "high"}])
    assert code == 0
    assert list(out[0]) == ["id", "violation", "action", "findings", "redacted", "reasons"]
    row = out[0]
    assert row["id"] == "a1" and row["violation"] is True and row["action"] == "redact"
    finding = row["findings"][0]
    assert set(finding) == {"kind", "platform", "value", "start", "end", "text", "rule", "confidence"}
    assert finding["kind"] == "email" and EMAIL[finding["start"] : finding["end"]] == finding["text"]
    assert "jo@example.com" not in row["redacted"]
    assert row["reasons"] and "jo@example.com" not in row["reasons"][0]  # reasons show masked values


def test_defaults_are_message_and_pre_contract() -> None:
    _, out = scan_rows(
        [
            {"id": 1, "text": EMAIL},
            {"id": 2, "text": EMAIL, "surface": "message", "stage": "pre_contract"},
            {"id": 3, "text": EMAIL, "stage": "active_contract"},  # contacts are allowed during a contract
            {"id": 4, "text": EMAIL, "surface": None, "stage": None},
        ]
    )
    assert {k: v for k, v in out[0].items() if k != "id"} == {k: v for k, v in out[1].items() if k != "id"}
    assert out[2]["violation"] is False and out[2]["action"] == "allow" and out[2]["findings"]
    assert out[3]["violation"] is True


def test_context_fields_reach_the_policy(tmp_path: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(
        "version: t1\nwork_samples: {hosts: [], surfaces: []}\n"
        "violations: {pre_contract: [email], active_contract: [], closed: []}\n"
        "actions: [{when: {}, action: redact}]\nexplanations: {}\n"
        "tenants: {acme: {allowed_domains: [], enterprise_senders: [boss], actions: []}}\n",
        encoding="utf-8",
    )
    _, out = scan_rows(
        [
            {"id": 1, "text": EMAIL, "tenant": "acme", "sender_id": "boss"},
            {"id": 2, "text": EMAIL, "tenant": "acme", "sender_id": "someone", "sender_role": "client"},
        ],
        "--policy",
        str(policy),
    )
    assert [r["violation"] for r in out] == [False, True]


@pytest.mark.parametrize(
    ("line", "expected_id", "message"),
    [
        ("{not json", None, "invalid JSON"),
        ("[1, 2]", None, "must be a JSON object; got array"),
        ('"just a string"', None, "must be a JSON object; got string"),
        ('{"id": "n", "surface": "message"}', "n", 'no "text" field'),
        ('{"id": "t", "text": 42}', "t", "text must be a string; got number"),
        ('{"id": "z", "text": null}', "z", "text must be a string; got null"),
        ('{"id": "s", "text": "hi", "surface": "chatroom"}', "s", "surface must be one of"),
        ('{"id": "g", "text": "hi", "stage": "someday"}', "g", "stage must be one of"),
        ('{"id": "r", "text": "hi", "sender_role": "boss"}', "r", "sender_role must be one of"),
        ('{"id": "b", "text": "' + "x" * 200 + '"}', "b", "over the limit of 100 bytes"),
    ],
)
def test_each_kind_of_bad_row_is_written_in_place_and_exits_2(line: str, expected_id: str | None, message: str) -> None:
    result = runner.invoke(
        app,
        ["scan", "-i", "-", "--max-bytes", "100"],
        input=rows_text([{"id": "before", "text": "hello"}, line, {"id": "after", "text": EMAIL}]),
    )
    assert result.exit_code == 2
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r.get("id") for r in out] == ["before", expected_id, "after"]
    bad = out[1]
    assert bad["line"] == 2 and message in bad["error"]
    assert ("id" in bad) == (expected_id is not None)
    assert out[2]["violation"] is True  # the run went on after the bad row


def test_invalid_utf8_is_a_bad_row(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": 1, "text": "ok"}\n{"id": 2, "text": "\xff\xfe"}\n')
    result = runner.invoke(app, ["scan", "-i", str(src)])
    assert result.exit_code == 2
    assert "not valid UTF-8" in json.loads(result.stdout.splitlines()[1])["error"]


def test_blank_lines_are_skipped_and_order_is_kept() -> None:
    rows: list[Any] = []
    for i in range(40):
        rows.append({"id": i, "text": EMAIL if i % 3 == 0 else f"message number {i}"})
        if i % 10 == 0:
            rows.append("")
    code, out = scan_rows(rows)
    assert code == 0
    assert [r["id"] for r in out] == list(range(40))
    assert [any(f["kind"] == "email" for f in r["findings"]) for r in out] == [i % 3 == 0 for i in range(40)]


def test_thread_rows_are_scanned_together_but_written_in_input_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from ringfence.scanner import Scanner

    seen: list[list[str]] = []
    original = Scanner.scan_thread

    def spy(self: Scanner, messages: Any) -> Any:
        seen.append([text for text, _ in messages])
        return original(self, messages)

    monkeypatch.setattr(Scanner, "scan_thread", spy)
    rows = [
        {"id": "t1-a", "text": "first A", "thread_id": "t1", "sender_id": "u1"},
        {"id": "solo", "text": EMAIL},
        {"id": "t2-a", "text": "first B", "thread_id": "t2", "sender_id": "u2"},
        {"id": "nothread", "text": "has thread but no sender", "thread_id": "t1"},
        {"id": "t1-b", "text": "second A", "thread_id": "t1", "sender_id": "u3"},
    ]
    code, out = scan_rows(rows)
    assert code == 0
    assert [r["id"] for r in out] == ["t1-a", "solo", "t2-a", "nothread", "t1-b"]
    assert sorted(seen) == [["first A", "second A"], ["first B"]]


def big_input() -> str:
    rows: list[Any] = []
    for i in range(700):
        if i % 97 == 5:
            rows.append("{broken")
        elif i % 50 == 7:
            rows.append({"id": i, "text": f"part {i} of a thread jo@", "thread_id": f"t{i % 3}", "sender_id": "s"})
        else:
            rows.append({"id": i, "text": EMAIL if i % 4 == 0 else f"the deadline is day {i}", "stage": "closed"})
    return rows_text(rows)


def test_workers_give_byte_identical_output(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(big_input(), encoding="utf-8")
    outputs = []
    for workers in ("1", "2"):
        dst = tmp_path / f"out{workers}.jsonl"
        result = runner.invoke(app, ["scan", "-i", str(src), "-o", str(dst), "--workers", workers])
        assert result.exit_code == 2  # the broken rows
        outputs.append(dst.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == 700


def test_subprocess_stdin_stdout_with_dash() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", MAIN, "scan", "--input", "-", "--output", "-"],
        input=rows_text([{"id": "x", "text": EMAIL}, {"id": "y", "text": "héllo wörld"}]).encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in out] == ["x", "y"]
    assert out[1]["redacted"] == "héllo wörld"
    assert proc.stderr == b""  # no progress bar when stderr is not a terminal


def test_subprocess_workers_match_single_process(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(big_input(), encoding="utf-8")
    outs = []
    for workers in ("1", "3"):
        proc = subprocess.run(
            [sys.executable, "-c", MAIN, "scan", "-i", str(src), "--workers", workers],
            capture_output=True,
            timeout=300,
            check=False,
        )
        assert proc.returncode == 2, proc.stderr
        outs.append(proc.stdout)
    assert outs[0] == outs[1]


def test_text_mode_prints_a_report() -> None:
    result = runner.invoke(app, ["scan", EMAIL, "--surface", "proposal", "--stage", "pre_contract"])
    assert result.exit_code == 0
    assert "Findings" in result.stdout and "email" in result.stdout
    assert "j•••@example.com" in result.stdout and "Decision" in result.stdout and "redact" in result.stdout
    empty = Scanner(detectors=[]).scan("see you tomorrow")
    console = Console(record=True, width=100)
    print_report(console, "see you tomorrow", empty)
    shown = console.export_text()
    assert "No contacts" in shown and "allow" in shown and "Findings" not in shown


def test_text_mode_and_usage_errors_exit_2() -> None:
    assert runner.invoke(app, ["scan", "hi", "--surface", "nowhere"]).exit_code == 2
    assert runner.invoke(app, ["scan"]).exit_code == 2
    assert runner.invoke(app, ["scan", "hi", "--input", "-"]).exit_code == 2
    missing = runner.invoke(app, ["scan", "--input", "/nonexistent/in.jsonl"])
    assert missing.exit_code == 2 and "cannot read" in missing.output
