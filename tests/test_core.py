"""Core contracts: context validation, offset maps, policy loading, redaction, batch error isolation."""

from __future__ import annotations

import pytest

from ringfence import (
    Action,
    Context,
    InputTooLargeError,
    InvalidContextError,
    Kind,
    Policy,
    PolicyError,
    ScanError,
    Scanner,
)
from ringfence.normalize import VIEW_RECIPES, build_views
from ringfence.normalize.view import View, rewrite
from ringfence.scanner import _WARM_UP_TEXTS


def test_context_rejects_unknown_values_with_the_allowed_set() -> None:
    with pytest.raises(InvalidContextError, match=r"surface must be one of .*job_post"):
        Context("chatroom", "pre_contract")
    with pytest.raises(InvalidContextError, match="stage"):
        Context("message", "someday")
    assert Context("message", "closed", locale="en_GB").region == "GB"


def test_rewrite_maps_every_view_span_to_exact_original_characters() -> None:
    raw = View.identity("ab (at) cd")
    view = rewrite(raw, "t", [(2, 8, "@")])
    assert view.text == "ab@cd"
    assert view.to_original(1, 4) == (1, 9)
    assert raw.original[slice(*view.to_original(2, 3))] == " (at) "


@pytest.mark.parametrize(
    "text",
    ["ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ", "jo\u200bhn@exa\u200dmple.com", "john [at] example (dot) com"],
)
def test_folded_views_point_back_at_the_original_disguise(text: str) -> None:
    result = Scanner().scan(f"write to {text} today", Context("message", "pre_contract"))
    (finding,) = [f for f in result.findings if f.kind is Kind.EMAIL]
    assert finding.text == f"write to {text} today"[finding.start : finding.end]
    assert finding.text.strip() == text
    assert "removed]" in result.redacted and "example" not in result.redacted.replace("[email removed]", "")


def test_views_are_not_built_for_plain_ascii() -> None:
    assert [v.name for v in build_views("see you at 5 pm")] == ["raw"]


def test_active_contract_allows_contacts_but_reports_them() -> None:
    result = Scanner().scan("mail me: a.b@example.org", Context("message", "active_contract"))
    assert result.decision.action is Action.ALLOW and not result.decision.violation
    assert result.findings[0].reason.startswith("Email address a•••@example.org")
    assert result.redacted == "mail me: a.b@example.org"


def test_size_limit_is_a_typed_error_and_batches_continue_past_bad_items() -> None:
    scanner = Scanner(max_bytes=100)
    with pytest.raises(InputTooLargeError, match="over the limit of 100 bytes"):
        scanner.scan("é" * 60)
    results = scanner.scan_many(["ok", ("x" * 200, None), (42, None), "bye x@example.com"])  # type: ignore[list-item]
    assert [type(r).__name__ for r in results] == ["ScanResult", "ScanError", "ScanError", "ScanResult"]
    assert isinstance(results[2], ScanError) and "must be a string" in results[2].error


def test_policy_errors_name_the_offending_path() -> None:
    with pytest.raises(PolicyError, match=r"policy.actions\[0\].action"):
        Policy.default().with_overrides({"actions": [{"when": {}, "action": "explode"}]})
    with pytest.raises(PolicyError, match="unknown top-level keys"):
        Policy.from_dict({"version": 1, "violations": {}, "colour": "red"})


def test_policy_can_map_a_kind_and_surface_to_any_action_and_tenant_exceptions_apply() -> None:
    policy = Policy.default().with_overrides(
        {
            "version": "test-1",
            "actions": [{"when": {"kinds": ["email"], "surfaces": ["profile"]}, "action": "block"}],
            "tenants": {"acme": {"allowed_domains": [], "enterprise_senders": ["u1"]}},
        }
    )
    scanner = Scanner(policy)
    blocked = scanner.scan("x@example.com", Context("profile", "pre_contract"))
    assert blocked.decision.action is Action.BLOCK and blocked.decision.policy_version == "test-1"
    exempt = scanner.scan("x@example.com", Context("profile", "pre_contract", tenant="acme", sender_id="u1"))
    assert exempt.decision.action is Action.ALLOW


def test_policy_round_trips_through_yaml() -> None:
    import yaml

    policy = Policy.default()
    again = Policy.from_yaml(yaml.safe_dump(policy.to_dict()))
    assert again.to_dict() == policy.to_dict()
    assert again.version == policy.version


def test_context_from_a_mapping_ignores_unknown_keys_treats_null_as_default_and_applies_overrides() -> None:
    context = Context.from_mapping(
        {"id": 7, "text": "hi", "surface": None, "stage": "closed", "locale": "en-IN", "tenant": "row"},
        tenant="key",
    )
    assert context == Context("message", "closed", locale="en-IN", tenant="key")
    with pytest.raises(InvalidContextError, match="sender_id must be a string"):
        Context.from_mapping({"sender_id": 5})


def test_warm_up_reaches_every_detector_and_view_recipe() -> None:
    # what each one loads lazily (compiled triggers, phone metadata, the intent model) is loaded by warm_up
    context = Context("message", "pre_contract", sender_name="Jo Smith")
    scanner = Scanner()
    views = [view for text in _WARM_UP_TEXTS for view in build_views(text)]
    assert {view.name for view in views} == {"raw", *(name for name, _ in VIEW_RECIPES)}
    assert {d.name for d in scanner.detectors if any(d.detect(view, context) for view in views)} == {
        d.name for d in scanner.detectors
    }
    scanner.warm_up()


def test_the_scanner_skips_a_detector_only_on_views_where_it_finds_nothing() -> None:
    # Scanner.find does not call a detector on a view holding none of its `triggers`: on every labelled case and
    # its views, such a call finds nothing; and a detector without `triggers` is asked about every view.
    from support import labelled_texts

    context = Context("message", "pre_contract", sender_name="Jo Smith")
    gated = [d for d in Scanner().detectors if getattr(d, "triggers", 0)]
    assert {d.name for d in gated} >= {"url", "email", "handles", "payment", "bank", "short_code", "split_digits"}
    skipped = 0
    for text in labelled_texts():
        for view in build_views(text):
            for detector in gated:
                if not view.triggers & detector.triggers:  # type: ignore[attr-defined]
                    skipped += 1
                    assert detector.detect(view, context) == [], (detector.name, text)
    assert skipped

    class EveryView:
        name, kinds = "every_view", frozenset({Kind.URL})

        def __init__(self) -> None:
            self.seen: list[str] = []

        def detect(self, view: View, context: Context) -> list[object]:
            self.seen.append(view.text)
            return []

    probe = EveryView()
    Scanner(detectors=[probe]).scan("hello there", context)  # type: ignore[list-item]
    assert probe.seen == ["hello there"]


def test_an_intents_reason_hides_the_contact_its_words_name() -> None:
    result = Scanner().scan("message me on telegram @maryjane90 instead of here", Context("message", "pre_contract"))
    assert result.redacted == "message me on [handle removed] instead of here"
    assert result.decision.action is Action.REVIEW
    assert all("maryjane90" not in reason for reason in result.decision.reasons)
    assert any("'[handle removed] instead of here'" in reason for reason in result.decision.reasons)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("see maryjane.dev", "Link m•••.dev"),
        ("site: https://www.maryjane-designs.co.uk/contact", "Link m•••.co.uk/•••"),
    ],
)
def test_a_links_reason_masks_the_sites_name(text: str, shown: str) -> None:
    (reason,) = Scanner().scan(text, Context("message", "pre_contract")).decision.reasons
    assert reason.startswith(shown) and "maryjane" not in reason
