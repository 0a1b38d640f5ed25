"""Contacts split over one sender's consecutive messages are reassembled and reported in every part."""

from __future__ import annotations

from ringfence import Context, Kind, Scanner
from ringfence.detectors.email import EmailDetector
from ringfence.detectors.split_digits import SplitDigitsDetector
from ringfence.thread import WINDOW

# The detectors these parts need, so the test does not depend on how other detectors read the joined text.
DETECTORS = [EmailDetector(), SplitDigitsDetector()]
A = Context("message", "pre_contract", sender_id="alice")
B = Context("message", "pre_contract", sender_id="bob")


def _kinds(results: list, kind: Kind) -> list[list[str]]:  # type: ignore[type-arg]
    return [[f.text for f in r.findings if f.kind is kind] for r in results]


def test_digits_over_three_messages_with_another_sender_between() -> None:
    messages = [("my number is 0300", A), ("what time works?", B), ("123", A), ("4567", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert _kinds(results, Kind.PHONE) == [["0300"], [], ["123"], ["4567"]]
    values = {f.value for r in results for f in r.findings if f.kind is Kind.PHONE}
    assert values == {"+923001234567"}
    assert results[0].violation and not results[1].violation
    assert all(f.rule == "thread.split_phone" for r in (results[2], results[3]) for f in r.findings)
    assert results[3].redacted == "[phone removed]"


def test_email_in_fragments() -> None:
    messages = [("john.smith", A), ("@", A), ("ok?", B), ("gmail.com", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert _kinds(results, Kind.EMAIL) == [["john.smith"], ["@"], [], ["gmail.com"]]
    assert {f.value for r in results for f in r.findings} == {"john.smith@gmail.com"}


def test_another_senders_fragment_does_not_contribute() -> None:
    messages = [("john.smith", A), ("@", B), ("gmail.com", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert not any(r.findings for r in results)


def test_fragments_beyond_the_window_are_not_joined() -> None:
    filler = [(f"message {i}", A) for i in range(WINDOW)]
    messages = [("john.smith", A), *filler, ("@gmail.com", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert not results[0].findings


def test_ordinary_numbers_in_a_conversation_are_not_a_phone() -> None:
    messages = [("I have 3 years of experience", A), ("and 2 projects", A), ("2024", A), ("500", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert not any(r.findings for r in results)


def test_whole_contacts_keep_their_own_rule_and_messages_without_sender_are_scanned_alone() -> None:
    anonymous = Context("message", "pre_contract")
    messages = [("mail me at jo@example.com", A), ("john.smith", anonymous), ("@gmail.com", anonymous)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert [f.rule for f in results[0].findings] == ["email.address"]
    assert not results[1].findings
