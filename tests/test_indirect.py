"""Handles given by pointing at the sender's name."""

from __future__ import annotations

import pytest

from ringfence import Context, Kind, Scanner
from ringfence.detectors.indirect import IndirectReferenceDetector
from ringfence.normalize.view import View
from support import assert_triggers_hide_nothing


def _detect(text: str, name: str | None) -> list[tuple[str, str | None, str, str]]:
    matches = IndirectReferenceDetector().detect(View.identity(text), Context(sender_name=name))
    return [(m.kind.value, m.platform, m.value, text[m.start : m.end]) for m in matches]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("my Skype is my name here without spaces", "John Smith", ("handle", "skype", "johnsmith")),
        ("my skype is my name here, with a dot", "John Smith", ("handle", "skype", "john.smith")),
        (
            "my telegram is my full name with an underscore",
            "Ana María Lopez",
            ("handle", "telegram", "ana_maría_lopez"),
        ),
        ("same username on Telegram", "devguru88", ("handle", "telegram", "devguru88")),
        ("add me on whatsapp, same name as here", "mike_dev", ("handle", "whatsapp", "mike_dev")),
        ("mi skype es mi nombre sin espacios", "Ana Lopez", ("handle", "skype", "analopez")),
        ("same username on Telegram", "John Smith", ("off_platform_request", "telegram", "telegram")),
        ("same username on Telegram", None, ("off_platform_request", "telegram", "telegram")),
        ("search my full name on LinkedIn", "John Smith", ("off_platform_request", "linkedin", "linkedin")),
        (
            "find me on Instagram with the same name as here",
            "John Smith",
            ("off_platform_request", "instagram", "instagram"),
        ),
        ("look me up on linked in", None, ("off_platform_request", "linkedin", "linkedin")),
    ],
)
def test_references_resolve_to_a_handle_or_a_request(text: str, name: str | None, expected: tuple[str, ...]) -> None:
    ((kind, platform, value, span),) = _detect(text, name)
    assert (kind, platform, value) == expected
    assert len(span) >= len(text.strip()) * 0.8


@pytest.mark.parametrize(
    "text",
    [
        "I'm a LinkedIn ads specialist",
        "my name here is John",
        "search engine optimisation for your Skype clone",
        "I use the same name on GitHub for all my repos",
        "my name is on the contract",
        "we can talk here on the platform, Telegram is not needed",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert _detect(text, "John Smith") == []


def test_the_scanner_redacts_a_resolved_reference() -> None:
    context = Context("message", "pre_contract", sender_name="John Smith")
    result = Scanner(detectors=[IndirectReferenceDetector()]).scan(
        "ok great, my Skype is my name here without spaces", context
    )
    handles = [f for f in result.findings if f.kind is Kind.HANDLE]
    assert [(h.platform, h.value) for h in handles] == [("skype", "johnsmith")]
    assert result.violation


@pytest.mark.parametrize(
    "text",
    [
        "my skype is my name here without spaces",
        "\u017fame name on telegram",
        "MY IG IS MY NAME WITH A DOT",
        "look me up on linked in",
        "add me on fb, same name as here",
        "búscame mi nombre en instagram",
    ],
)
def test_triggers_never_hide_a_reading(text: str) -> None:
    assert_triggers_hide_nothing(IndirectReferenceDetector(), text, Context(sender_name="Ana Lima"))
