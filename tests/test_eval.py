"""The eval harness on tiny handmade case sets with known scores, the loaders on copied samples, the eval CLI."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ringfence import Context, Scanner
from ringfence.cli import app
from ringfence.detectors.base import Match
from ringfence.eval.datasets import load_cases, mendeley_cases, presidio_cases, resolve_cases
from ringfence.eval.harness import Case, CaseError, build_report, evaluate, is_covered, score
from ringfence.normalize.view import View
from ringfence.types import Kind

DATA = Path(__file__).parent / "data"
PLAIN = Path(__file__).parents[1] / "data" / "cases" / "plain.jsonl"


class FixedDetector:
    """Reports exactly the listed substrings (first occurrence in the raw view), so scores are known in advance."""

    name = "fixed"
    kinds = frozenset(Kind)

    def __init__(self, spans: Sequence[tuple[str, Kind]]) -> None:
        self.spans = spans

    def detect(self, view: View, context: Context) -> list[Match]:
        if view.text != view.original:
            return []
        out = []
        for needle, kind in self.spans:
            start = view.text.find(needle)
            if start >= 0:
                out.append(Match(kind, None, needle, start, start + len(needle), "fixed.span", 0.9))
        return out


def case(cid: str, text: str, contacts: Sequence[str | None] = (), **extra: object) -> Case:
    data = {
        "id": cid,
        "text": text,
        "contacts": [{"kind": "email", "text": c} for c in contacts],
        "tags": extra.pop("tags", ["t"]),
        **extra,
    }
    return Case.from_dict(data)


def test_metrics_on_a_handmade_set() -> None:
    scanner = Scanner(
        detectors=[
            FixedDetector(
                [
                    ("ann@x.io", Kind.EMAIL),  # full cover
                    ("bo@y.i", Kind.EMAIL),  # 6 of bo@y.io's 7 characters: 86% < 90%, not covered
                    ("cy@zz.org", Kind.EMAIL),  # in a clean case: flags it
                    ("move to", Kind.OFF_PLATFORM_REQUEST),
                ]
            )
        ]
    )
    cases = [
        case("1", "write ann@x.io or dee@q.com", ["ann@x.io", "dee@q.com"], violation=True, tags=["a"]),
        case("2", "mail bo@y.io", ["bo@y.io"], violation=True, tags=["a", "b"]),
        case("3", "nothing here", [], violation=False, tags=["b"]),
        case("4", "cy@zz.org is a clean case by its labels", [], violation=False, tags=["b"]),
        case("5", "let's move to another app", [], intents=["off_platform_request"], violation=True),
        case("6", "pay me elsewhere", [], intents=["off_platform_payment"], violation=True),
        case("7", "phone only, known at message level", [None], violation=True),
        case("8", "we could move to a bigger room", [], violation=False),  # clean, flagged by an intent only
    ]
    outcomes = evaluate(scanner, cases)
    m = score(outcomes)
    assert (m.contact_recall.hits, m.contact_recall.total) == (2, 3)  # cases 1, 2 found; 7 not
    assert (m.span_coverage.hits, m.span_coverage.total) == (1, 3)  # ann covered; dee and bo not; 7 has no span
    assert (m.clean_flag_rate.hits, m.clean_flag_rate.total) == (2, 3)  # cases 4 and 8 flagged, 3 not
    assert (m.clean_contact_flag_rate.hits, m.clean_contact_flag_rate.total) == (1, 3)  # 8 only by an intent
    assert m.intent_recall["off_platform_request"].value == 1.0
    assert m.intent_recall["off_platform_payment"].value == 0.0
    # decisions: 1 T ok, 2 T ok, 3 F ok, 4 F wrong, 5 T ok, 6 T wrong, 7 T wrong, 8 F wrong
    assert (m.decision_accuracy.hits, m.decision_accuracy.total) == (4, 8)
    report = build_report(outcomes)
    assert report.by_tag["a"].contact_recall.value == 1.0
    assert report.by_tag["b"].cases == 3 and report.by_tag["b"].span_coverage.total == 1
    missed_ids = [o.case.id for o, _ in report.misses()]
    assert missed_ids == ["1", "2", "4", "6", "7", "8"]
    assert any("dee@q.com" in why for why in report.misses()[0][1])
    assert json.loads(json.dumps(report.to_dict(misses=2)))["misses"][1]["id"] == "2"


def test_coverage_counts_any_occurrence_and_the_90_percent_threshold() -> None:
    text = "a@b.co then again a@b.co"
    mask = [False] * len(text)
    second = text.rindex("a@b.co")
    for i in range(second, len(text)):  # only the second occurrence is covered
        mask[i] = True
    assert is_covered(text, "a@b.co", mask)
    ten = "0123456789"
    assert is_covered(ten, ten, [True] * 9 + [False])  # exactly 90%
    assert not is_covered(ten, ten, [True] * 8 + [False] * 2)


def test_case_schema_errors_name_the_case() -> None:
    with pytest.raises(CaseError, match=r"'c1'.*not a substring"):
        Case.from_dict({"id": "c1", "text": "abc", "contacts": [{"kind": "email", "text": "zzz"}]})
    with pytest.raises(CaseError, match="kind must be one of"):
        Case.from_dict({"id": "c2", "text": "abc", "contacts": [{"kind": "fax", "text": "abc"}]})
    with pytest.raises(CaseError, match="unknown intents"):
        Case.from_dict({"id": "c3", "text": "abc", "intents": ["bribery"]})
    with pytest.raises(CaseError, match="surface"):
        Case.from_dict({"id": "c4", "text": "abc", "surface": "billboard"})


def test_mendeley_loader_on_the_sample() -> None:
    cases = mendeley_cases(DATA)
    assert len(cases) == 50
    labelled = [c for c in cases if c.contacts]
    assert labelled and all(g.text is None for c in labelled for g in c.contacts)
    assert all(c.violation is True for c in labelled)
    clean = [c for c in cases if c.is_clean]
    assert clean and all("ham" in c.tags and not c.contacts for c in clean)
    unlabelled_spam = [c for c in cases if not c.contacts and "ham" not in c.tags]
    assert unlabelled_spam and not any(c.is_clean for c in unlabelled_spam)
    assert {"phone", "url", "email"} <= {t for c in labelled for t in c.tags}


def test_presidio_loader_on_the_sample() -> None:
    cases = presidio_cases(DATA)
    assert len(cases) == 50
    with_contacts = [c for c in cases if c.contacts]
    assert with_contacts and all(g.text and g.text in c.text for c in with_contacts for g in c.contacts)
    kinds = {g.kind for c in with_contacts for g in c.contacts}
    assert {"phone", "email"} <= kinds and kinds <= {"phone", "email", "url", "payment"}
    raw = json.loads((DATA / "presidio_research" / "data_synth_dataset_v2.json").read_text("utf-8"))
    first_clean = next(r for r in raw if not any(s["entity_type"] == "PHONE_NUMBER" for s in r["spans"]))
    assert any(c.text == first_clean["full_text"] for c in cases)
    assert all(c.is_clean and c.violation is False for c in cases if not c.contacts)


def test_load_cases_from_file_and_directory(tmp_path: Path) -> None:
    rows = [{"id": "x1", "text": "hi", "violation": False, "tags": ["t"]}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", "utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "x2", "text": "yo"}) + "\n", "utf-8")
    assert [c.id for c in load_cases(tmp_path)] == ["x1", "x2"]
    assert [c.id for c in resolve_cases(str(tmp_path / "a.jsonl"))] == ["x1"]
    with pytest.raises(CaseError, match="not one of"):
        resolve_cases("no-such-set")
    (tmp_path / "c.jsonl").write_text("{oops\n", "utf-8")
    with pytest.raises(CaseError, match=r"c\.jsonl:1: invalid JSON"):
        load_cases(tmp_path)


def test_plain_cases_follow_the_schema_and_the_policy() -> None:
    cases = load_cases(PLAIN)
    assert len({c.id for c in cases}) == len(cases)
    contact_cases = [c for c in cases if c.contacts]
    hard = [c for c in cases if "hard_negative" in c.tags]
    assert len(contact_cases) >= 400 and len(hard) >= 150
    assert all(c.is_clean and c.violation is False for c in hard)
    assert {c.surface for c in cases} == {
        "job_post",
        "screening_question",
        "screening_answer",
        "proposal",
        "message",
        "profile",
        "review",
    }
    assert all(not c.violation for c in contact_cases if c.stage != "pre_contract" and not c.intents)
    assert any(c.violation is False and "work_sample" in c.tags for c in contact_cases)
    assert all(c.violation for c in contact_cases if "personal_site" in c.tags and c.stage == "pre_contract")


def test_eval_cli_on_a_file_and_json_output(tmp_path: Path) -> None:
    src = tmp_path / "cases.jsonl"
    src.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {
                    "id": "e1",
                    "text": "mail jo@example.com",
                    "contacts": [{"kind": "email", "text": "jo@example.com"}],
                    "violation": True,
                    "tags": ["plain"],
                },
                {"id": "e2", "text": "see you at 10:30", "violation": False, "tags": ["hard_negative"]},
            ]
        ),
        "utf-8",
    )
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", str(src), "--json", str(out), "--show-misses", "5"])
    assert result.exit_code == 0, result.output
    assert "contact recall" in result.stdout and "hard_negative" in result.stdout
    report = json.loads(out.read_text("utf-8"))
    assert report["overall"]["cases"] == 2
    assert report["overall"]["contact_recall"] == {"hits": 1, "total": 1, "value": 1.0}
    assert report["overall"]["clean_flag_rate"]["total"] == 1


def test_eval_cli_named_set_with_datasets_dir() -> None:
    result = CliRunner().invoke(app, ["eval", "presidio", "--datasets", str(DATA)])
    assert result.exit_code == 0, result.output
    assert "presidio" in result.stdout
    missing = CliRunner().invoke(app, ["eval", "mendeley", "--datasets", "/nonexistent"])
    assert missing.exit_code == 2 and "cannot read" in missing.output


def test_cases_of_one_thread_are_scanned_together() -> None:
    rows = [
        {"id": "t-1", "text": "j", "thread_id": "t", "sender_id": "a", "contacts": [{"kind": "email", "text": "j"}]},
        {"id": "t-2", "text": "o", "thread_id": "t", "sender_id": "a", "contacts": [{"kind": "email", "text": "o"}]},
        {"id": "t-3", "text": "@gmail.com", "thread_id": "t", "sender_id": "a", "contacts": [{"kind": "email"}]},
        {"id": "alone", "text": "@gmail.com"},
    ]
    cases = [Case.from_dict(row) for row in rows]
    outcomes = evaluate(Scanner(), cases)
    assert [o.contact_found for o in outcomes] == [True, True, True, False]
    assert cases[0].to_dict()["thread_id"] == "t"
