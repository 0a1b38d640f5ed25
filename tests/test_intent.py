"""Intent detection: each intent in several languages, mentions that must not be violations, spans on the cue,
and the shipped model loading offline."""

from __future__ import annotations

import pytest

from ringfence import Context, Scanner
from ringfence.intent.model import IntentModel, IntentModelError
from ringfence.types import Kind

SCANNER = Scanner()
PRE = Context("message", "pre_contract")
ACTIVE = Context("message", "active_contract")


def _intents(text: str, context: Context = PRE) -> dict[Kind, list[str]]:
    result = SCANNER.scan(text, context)
    out: dict[Kind, list[str]] = {}
    for f in result.findings:
        if f.kind.is_contact or f.confidence < SCANNER.policy.min_confidence:
            continue
        out.setdefault(f.kind, []).append(f.text)
    return out


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        ("Pls add me on Telegram, I answer faster", Kind.OFF_PLATFORM_REQUEST, "add me on Telegram"),
        ("¿Me pasas tu número? así coordinamos", Kind.OFF_PLATFORM_REQUEST, "pasas tu número"),
        ("bhai apna number bhejo jaldi", Kind.OFF_PLATFORM_REQUEST, "apna number bhejo"),
        ("i-message mo ako sa Viber mamaya", Kind.OFF_PLATFORM_REQUEST, "i-message mo ako sa Viber"),
        ("ab3atli raqmak law sama7t", Kind.OFF_PLATFORM_REQUEST, "ab3atli raqmak"),
        ("I can pay through Payoneer if you like", Kind.OFF_PLATFORM_PAYMENT, "pay through Payoneer"),
        ("Je peux vous payer par Wise", Kind.OFF_PLATFORM_PAYMENT, "payer par Wise"),
        ("let's avoid the commission this time", Kind.OFF_PLATFORM_PAYMENT, "avoid the commission"),
        ("Leave me a five star review please", Kind.FEEDBACK_MANIPULATION, "Leave me a five star review"),
        ("Deixe uma avaliação positiva por favor", Kind.FEEDBACK_MANIPULATION, "Deixe uma avaliação positiva"),
    ],
)
def test_intents_are_found_with_the_span_on_the_cue(text: str, kind: Kind, cue: str) -> None:
    found = _intents(text)
    assert kind in found, found
    at = text.index(cue)
    assert any(_overlaps(text, span, at, at + len(cue)) for span in found[kind]), found[kind]


def _overlaps(text: str, span: str, start: int, end: int) -> bool:
    s = text.index(span)
    return s < end and start < s + len(span)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I can't share my WhatsApp here, it's against the rules.",  # refusal
        "No puedo darte mi número por aquí.",  # negation
        "Is it allowed to share my Skype after the contract starts?",  # rule question
        "The client asked me to pay via PayPal, is that ok?",  # reported speech
        'He wrote "add me on WhatsApp", should I report it?',  # quotation
        "Telegram bot developer with aiogram and webhooks",  # skill
        "I will set up your Zelle payments page",  # work
        "Please leave honest feedback when you close the contract.",  # honest feedback
    ],
)
def test_mentions_are_not_violations(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


def test_requests_are_allowed_in_an_active_contract_but_payment_is_not() -> None:
    assert not SCANNER.scan("Add me on WhatsApp for quick questions", ACTIVE).decision.violation
    assert SCANNER.scan("Pay the next milestone to my PayPal instead", ACTIVE).decision.violation


def test_findings_name_platform_and_rule() -> None:
    result = SCANNER.scan("let's continue on WhatsApp", PRE)
    (finding,) = [f for f in result.findings if f.kind is Kind.OFF_PLATFORM_REQUEST]
    assert finding.platform == "whatsapp" and finding.rule.startswith("intent.request.")
    assert finding.text == "let's continue on WhatsApp"[finding.start : finding.end]


def test_the_shipped_model_loads_offline_and_scores() -> None:
    model = IntentModel.load()
    assert model.rule == "intent.model.v1"
    scores = model.predict("send me your whatsapp number")
    assert scores[Kind.OFF_PLATFORM_REQUEST] > scores[Kind.FEEDBACK_MANIPULATION]
    with pytest.raises(IntentModelError):
        IntentModel.load("{}")
