"""Public value types: the scan context, findings, decisions and results."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from ringfence.errors import InvalidContextError


class Surface(StrEnum):
    JOB_POST = "job_post"
    SCREENING_QUESTION = "screening_question"
    SCREENING_ANSWER = "screening_answer"
    PROPOSAL = "proposal"
    MESSAGE = "message"
    PROFILE = "profile"
    REVIEW = "review"


class Stage(StrEnum):
    PRE_CONTRACT = "pre_contract"
    ACTIVE_CONTRACT = "active_contract"
    CLOSED = "closed"


class Role(StrEnum):
    CLIENT = "client"
    FREELANCER = "freelancer"
    AGENCY = "agency"
    ENTERPRISE = "enterprise"


class Kind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    HANDLE = "handle"
    PAYMENT = "payment"
    OFF_PLATFORM_REQUEST = "off_platform_request"
    OFF_PLATFORM_PAYMENT = "off_platform_payment"
    FEEDBACK_MANIPULATION = "feedback_manipulation"

    @property
    def is_contact(self) -> bool:
        return self in CONTACT_KINDS


CONTACT_KINDS = frozenset({Kind.EMAIL, Kind.PHONE, Kind.URL, Kind.HANDLE, Kind.PAYMENT})
INTENT_KINDS = frozenset({Kind.OFF_PLATFORM_REQUEST, Kind.OFF_PLATFORM_PAYMENT, Kind.FEEDBACK_MANIPULATION})


class Action(StrEnum):
    """What happens to the content; ordered from mildest to strictest."""

    ALLOW = "allow"
    REDACT = "redact"
    REVIEW = "review"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _ACTION_ORDER[self]


_ACTION_ORDER = {Action.ALLOW: 0, Action.REDACT: 1, Action.REVIEW: 2, Action.BLOCK: 3}


def _coerce(enum: type[StrEnum], value: Any, field_name: str) -> Any:
    if type(value) is enum:
        return value
    member = _MEMBERS[enum].get(value) if isinstance(value, str) else None
    if member is None:
        allowed = ", ".join(m.value for m in enum)
        raise InvalidContextError(f"{field_name} must be one of {allowed}; got {value!r}")
    return member


# Lookup tables: calling an enum with a value costs about a microsecond, a dict lookup a few dozen ns.
_MEMBERS: dict[type[StrEnum], dict[str, StrEnum]] = {
    enum: {m.value: m for m in enum} for enum in (Surface, Stage, Role)
}


@dataclass(frozen=True, slots=True)
class Context:
    """Where a text was written and by whom; the policy decides with it."""

    surface: Surface | str = Surface.MESSAGE
    stage: Stage | str = Stage.PRE_CONTRACT
    sender_role: Role | str | None = None
    sender_id: str | None = None
    thread_id: str | None = None
    tenant: str | None = None
    locale: str | None = None
    sender_name: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "surface", _coerce(Surface, self.surface, "surface"))
        object.__setattr__(self, "stage", _coerce(Stage, self.stage, "stage"))
        if self.sender_role is not None:
            object.__setattr__(self, "sender_role", _coerce(Role, self.sender_role, "sender_role"))
        for name in ("sender_id", "thread_id", "tenant", "locale", "sender_name"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise InvalidContextError(f"{name} must be a string; got {type(value).__name__}")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], **overrides: Any) -> Context:
        """A context from a JSON-like mapping (a CLI row, an API body): unknown keys are ignored, a null value
        means the field's default, and `overrides` win over the mapping. Bad values raise InvalidContextError."""
        values = {name: data[name] for name in _CONTEXT_FIELDS if data.get(name) is not None}
        return cls(**{**values, **overrides})

    @property
    def region(self) -> str | None:
        """The ISO country of the locale ("en-GB" -> "GB"), used as a phone region hint."""
        if not self.locale:
            return None
        parts = self.locale.replace("_", "-").split("-")
        for part in parts[1:]:
            if len(part) == 2 and part.isalpha():
                return part.upper()
        return None


_CONTEXT_FIELDS = tuple(f.name for f in fields(Context))


@dataclass(frozen=True, slots=True, init=False)
class Finding:
    """One contact or intent, located in the ORIGINAL text: text == original[start:end]."""

    kind: Kind
    platform: str | None
    value: str
    start: int
    end: int
    text: str
    rule: str
    confidence: float
    reason: str = ""
    violation: bool = False

    def __init__(
        self,
        kind: Kind,
        platform: str | None,
        value: str,
        start: int,
        end: int,
        text: str,
        rule: str,
        confidence: float,
        reason: str = "",
        violation: bool = False,
    ) -> None:
        # The frozen dataclass's own __init__ sets each field through object.__setattr__; the slots' setters
        # take half the time, and a finding is built for every match and again when judged.
        (
            set_kind,
            set_platform,
            set_value,
            set_start,
            set_end,
            set_text,
            set_rule,
            set_confidence,
            set_reason,
            set_violation,
        ) = _FINDING_SETTERS
        set_kind(self, kind)
        set_platform(self, platform)
        set_value(self, value)
        set_start(self, start)
        set_end(self, end)
        set_text(self, text)
        set_rule(self, rule)
        set_confidence(self, confidence)
        set_reason(self, reason)
        set_violation(self, violation)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "platform": self.platform,
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The setter of each field's slot, in field order: they bypass a frozen dataclass's __setattr__."""
    return tuple(vars(cls)[f.name].__set__ for f in fields(cls))


_FINDING_SETTERS = slot_setters(Finding)


@dataclass(frozen=True, slots=True, init=False)
class Decision:
    action: Action
    violation: bool
    reasons: tuple[str, ...]
    policy_version: str

    def __init__(self, action: Action, violation: bool, reasons: tuple[str, ...], policy_version: str) -> None:
        # built once per scan with findings: the slots' setters, as for Finding
        set_action, set_violation, set_reasons, set_policy_version = _DECISION_SETTERS
        set_action(self, action)
        set_violation(self, violation)
        set_reasons(self, reasons)
        set_policy_version(self, policy_version)


_DECISION_SETTERS = slot_setters(Decision)


@dataclass(frozen=True, slots=True, init=False)
class ScanResult:
    findings: tuple[Finding, ...]
    decision: Decision
    redacted: str
    views: tuple[str, ...] = field(default=(), compare=False)

    def __init__(
        self, findings: tuple[Finding, ...], decision: Decision, redacted: str, views: tuple[str, ...] = ()
    ) -> None:
        # built once per scan: the slots' setters, as for Finding
        set_findings, set_decision, set_redacted, set_views = _SCAN_RESULT_SETTERS
        set_findings(self, findings)
        set_decision(self, decision)
        set_redacted(self, redacted)
        set_views(self, views)

    @property
    def action(self) -> Action:
        return self.decision.action

    @property
    def violation(self) -> bool:
        return self.decision.violation

    def to_dict(self) -> dict[str, Any]:
        """The CLI/API row shape (without id)."""
        return {
            "violation": self.decision.violation,
            "action": self.decision.action.value,
            "findings": [f.to_dict() for f in self.findings],
            "redacted": self.redacted,
            "reasons": list(self.decision.reasons),
        }


_SCAN_RESULT_SETTERS = slot_setters(ScanResult)
