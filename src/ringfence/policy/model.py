"""Policy model, loader with path-precise errors, and the judge that applies it to findings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from ringfence.errors import PolicyError
from ringfence.masking import mask_value
from ringfence.redact import hide_contacts
from ringfence.types import CONTACT_KINDS, Action, Context, Decision, Finding, Kind, Role, Stage, Surface

E = TypeVar("E", bound=StrEnum)

_TOP_LEVEL = {
    "version",
    "name",
    "min_confidence",
    "work_samples",
    "violations",
    "actions",
    "explanations",
    "tenants",
    "strikes",
    "cases",
}
_KIND_LABELS = {
    Kind.EMAIL: "Email address",
    Kind.PHONE: "Phone number",
    Kind.URL: "Link",
    Kind.HANDLE: "Messaging handle",
    Kind.PAYMENT: "Payment account",
    Kind.OFF_PLATFORM_REQUEST: "Request to move off the platform",
    Kind.OFF_PLATFORM_PAYMENT: "Payment outside the platform",
    Kind.FEEDBACK_MANIPULATION: "Feedback manipulation",
}


@dataclass(frozen=True)
class ActionRule:
    action: Action
    kinds: frozenset[Kind] | None = None
    surfaces: frozenset[Surface] | None = None
    stages: frozenset[Stage] | None = None
    roles: frozenset[Role] | None = None
    platforms: frozenset[str] | None = None

    def matches(self, finding: Finding, context: Context) -> bool:
        return (
            (self.kinds is None or finding.kind in self.kinds)
            and (self.surfaces is None or context.surface in self.surfaces)
            and (self.stages is None or context.stage in self.stages)
            and (self.roles is None or context.sender_role in self.roles)
            and (self.platforms is None or finding.platform in self.platforms)
        )


@dataclass(frozen=True)
class TenantPolicy:
    allowed_domains: frozenset[str] = frozenset()
    enterprise_senders: frozenset[str] = frozenset()
    actions: tuple[ActionRule, ...] = ()


@dataclass(frozen=True)
class Policy:
    version: str
    name: str
    min_confidence: float
    work_sample_hosts: frozenset[str]
    work_sample_surfaces: frozenset[Surface]
    violations: Mapping[Stage, frozenset[Kind]]
    actions: tuple[ActionRule, ...]
    explanations: Mapping[str, str]
    tenants: Mapping[str, TenantPolicy] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)  # sections other components own (strikes, cases)
    # `action_for`'s answers by what its rules read (`_action_key`): a few distinct keys answer every finding.
    _actions: dict[tuple[object, ...], Action] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def default(cls) -> Policy:
        return _DEFAULT

    @classmethod
    def from_yaml(cls, source: str | Path) -> Policy:
        """Load from a path or a YAML string."""
        looks_like_path = "\n" not in str(source) and str(source).endswith((".yaml", ".yml"))
        if isinstance(source, Path) or looks_like_path:
            path = Path(source)
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise PolicyError(f"cannot read policy {path}: {exc.strerror}") from None
        else:
            text = str(source)
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise PolicyError(f"policy is not valid YAML: {exc}") from None
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Any) -> Policy:
        return _parse(data)

    def with_overrides(self, data: Mapping[str, Any]) -> Policy:
        """A policy whose top-level sections in `data` replace this one's (validated like a whole document)."""
        return _parse({**self.to_dict(), **data})

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "name": self.name,
            "min_confidence": self.min_confidence,
            "work_samples": {
                "hosts": sorted(self.work_sample_hosts),
                "surfaces": sorted(s.value for s in self.work_sample_surfaces),
            },
            "violations": {stage.value: sorted(k.value for k in kinds) for stage, kinds in self.violations.items()},
            "actions": [_rule_to_dict(r) for r in self.actions],
            "explanations": dict(self.explanations),
            "tenants": {
                name: {
                    "allowed_domains": sorted(t.allowed_domains),
                    "enterprise_senders": sorted(t.enterprise_senders),
                    "actions": [_rule_to_dict(r) for r in t.actions],
                }
                for name, t in self.tenants.items()
            },
            **dict(self.extra),
        }

    # -- judging -------------------------------------------------------------------------------------

    def is_work_sample(self, finding: Finding, context: Context, tenant: TenantPolicy | None) -> bool:
        if finding.kind is not Kind.URL:
            return False
        host = finding.value.split("/", 1)[0].split(":", 1)[0]
        if host.startswith("www."):
            host = host[4:]
        if tenant is not None and _host_in(host, tenant.allowed_domains):
            return True
        return host in self.work_sample_hosts and context.surface in self.work_sample_surfaces

    def action_for(self, finding: Finding, context: Context, tenant: TenantPolicy | None) -> Action:
        """The first matching rule's action, the tenant's before the policy's; redact when none matches. Kept by
        what the rules read (`_action_key`)."""
        key = _action_key(finding, context, tenant)
        action = self._actions.get(key)
        if action is None:
            rules = self.actions if tenant is None else (*tenant.actions, *self.actions)
            action = next((rule.action for rule in rules if rule.matches(finding, context)), Action.REDACT)
            self._actions[key] = action
        return action

    def judge(self, findings: Sequence[Finding], context: Context) -> tuple[list[Finding], Decision]:
        tenant = self.tenants.get(context.tenant) if context.tenant else None
        stage = context.stage if type(context.stage) is Stage else Stage(context.stage)  # Context coerces it
        forbidden = self.violations.get(stage, frozenset())
        stage_words = _STAGE_WORDS[stage]
        judged: list[Finding] = []
        action = Action.ALLOW
        reasons: list[str] = []
        for f in findings:
            verdict, why = self._verdict(f, context, tenant, forbidden, stage_words)
            violation = False
            if verdict:
                finding_action = self.action_for(f, context, tenant)
                violation = finding_action is not Action.ALLOW
                if violation and _SEVERITY[finding_action] > _SEVERITY[action]:
                    action = finding_action
            reason = self._reason(f, violation, why, findings)
            judged.append(
                Finding(f.kind, f.platform, f.value, f.start, f.end, f.text, f.rule, f.confidence, reason, violation)
            )
            if violation:
                reasons.append(reason)
        return judged, Decision(action, bool(reasons), tuple(reasons), self.version)

    def _verdict(
        self,
        finding: Finding,
        context: Context,
        tenant: TenantPolicy | None,
        forbidden: frozenset[Kind],
        stage_words: str,
    ) -> tuple[bool, str]:
        if finding.kind not in forbidden:
            return False, f"allowed at the {stage_words} stage"
        if finding.confidence < self.min_confidence:
            return False, "confidence below the policy threshold"
        if self.is_work_sample(finding, context, tenant):
            return False, "work-sample link"
        if finding.kind in CONTACT_KINDS and tenant is not None and context.sender_id in tenant.enterprise_senders:
            return False, "enterprise account exception"
        key = "contact" if finding.kind in CONTACT_KINDS else finding.kind.value
        return True, self.explanations.get(key, f"not allowed at the {stage_words} stage")

    @staticmethod
    def _reason(finding: Finding, violation: bool, why: str, findings: Sequence[Finding]) -> str:
        label = _KIND_LABELS[finding.kind]
        platform = f" ({finding.platform})" if finding.platform else ""
        if finding.kind in CONTACT_KINDS:
            shown = mask_value(finding.kind, finding.value)
        else:  # an intent's words, without the contact they may name
            shown = repr(hide_contacts(finding, findings))
        verdict = "" if violation else "not a violation: "
        return f"{label}{platform} {shown} [rule {finding.rule}]: {verdict}{why}"


def _action_key(finding: Finding, context: Context, tenant: TenantPolicy | None) -> tuple[object, ...]:
    """What `Policy.action_for` reads of a finding and its context (`ActionRule.matches`, the tenant's rules); a
    tenant the policy does not name counts as none, so the keys stay few."""
    name = context.tenant if tenant is not None else None
    return (name, finding.kind, finding.platform, context.surface, context.stage, context.sender_role)


_SEVERITY = {action: action.severity for action in Action}  # a dict lookup costs less than the property


# The words of each stage in reasons ("pre contract").
_STAGE_WORDS = {stage: stage.value.replace("_", " ") for stage in Stage}


def _host_in(host: str, domains: frozenset[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def _rule_to_dict(rule: ActionRule) -> dict[str, Any]:
    when: dict[str, list[str]] = {}
    for name in ("kinds", "surfaces", "stages", "roles", "platforms"):
        values = getattr(rule, name)
        if values is not None:
            when[name] = sorted(v.value if isinstance(v, StrEnum) else str(v) for v in values)
    return {"when": when, "action": rule.action.value}


# -- parsing with errors that name the path ----------------------------------------------------------


def _require(cond: bool, path: str, message: str) -> None:
    if not cond:
        raise PolicyError(f"policy{path}: {message}")


def _enum_set(enum: type[E], values: Any, path: str) -> frozenset[E]:
    _require(isinstance(values, list), path, "must be a list")
    out = set()
    for i, value in enumerate(values):
        try:
            out.add(enum(value))
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            raise PolicyError(f"policy{path}[{i}]: unknown value {value!r}; expected one of {allowed}") from None
    return frozenset(out)


def _str_set(values: Any, path: str) -> frozenset[str]:
    _require(isinstance(values, list) and all(isinstance(v, str) for v in values), path, "must be a list of strings")
    return frozenset(v.lower() for v in values)


def _parse_rules(data: Any, path: str) -> tuple[ActionRule, ...]:
    _require(isinstance(data, list), path, "must be a list of {when, action} rules")
    rules = []
    for i, item in enumerate(data):
        here = f"{path}[{i}]"
        _require(isinstance(item, dict), here, "must be a mapping with `when` and `action`")
        unknown = set(item) - {"when", "action"}
        _require(not unknown, here, f"unknown keys {sorted(unknown)}")
        when = item.get("when") or {}
        _require(isinstance(when, dict), f"{here}.when", "must be a mapping")
        unknown = set(when) - {"kinds", "surfaces", "stages", "roles", "platforms"}
        _require(not unknown, f"{here}.when", f"unknown keys {sorted(unknown)}")
        try:
            action = Action(item.get("action"))
        except ValueError:
            raise PolicyError(
                f"policy{here}.action: must be one of allow, redact, review, block; got {item.get('action')!r}"
            ) from None
        rules.append(
            ActionRule(
                action=action,
                kinds=_enum_set(Kind, when["kinds"], f"{here}.when.kinds") if "kinds" in when else None,
                surfaces=_enum_set(Surface, when["surfaces"], f"{here}.when.surfaces") if "surfaces" in when else None,
                stages=_enum_set(Stage, when["stages"], f"{here}.when.stages") if "stages" in when else None,
                roles=_enum_set(Role, when["roles"], f"{here}.when.roles") if "roles" in when else None,
                platforms=_str_set(when["platforms"], f"{here}.when.platforms") if "platforms" in when else None,
            )
        )
    return tuple(rules)


def _parse(data: Any) -> Policy:
    _require(isinstance(data, dict), "", "must be a mapping at the top level")
    unknown = set(data) - _TOP_LEVEL
    _require(not unknown, "", f"unknown top-level keys {sorted(unknown)}; allowed: {sorted(_TOP_LEVEL)}")
    version = data.get("version")
    _require(isinstance(version, (str, int, float)) and str(version) != "", ".version", "is required")
    min_conf = data.get("min_confidence", 0.5)
    _require(isinstance(min_conf, (int, float)) and 0 <= min_conf <= 1, ".min_confidence", "must be in [0, 1]")
    samples = data.get("work_samples") or {}
    _require(isinstance(samples, dict), ".work_samples", "must be a mapping with hosts and surfaces")
    violations_data = data.get("violations")
    _require(isinstance(violations_data, dict), ".violations", "must map each stage to a list of kinds")
    violations = {}
    for stage_name, kinds in violations_data.items():
        try:
            stage = Stage(stage_name)
        except ValueError:
            raise PolicyError(f"policy.violations: unknown stage {stage_name!r}") from None
        violations[stage] = _enum_set(Kind, kinds, f".violations.{stage_name}")
    explanations = data.get("explanations") or {}
    _require(
        isinstance(explanations, dict) and all(isinstance(v, str) for v in explanations.values()),
        ".explanations",
        "must map names to strings",
    )
    tenants = {}
    tenants_data = data.get("tenants") or {}
    _require(isinstance(tenants_data, dict), ".tenants", "must be a mapping of tenant name to exceptions")
    for name, tdata in tenants_data.items():
        here = f".tenants.{name}"
        _require(isinstance(tdata, dict), here, "must be a mapping")
        unknown = set(tdata) - {"allowed_domains", "enterprise_senders", "actions"}
        _require(not unknown, here, f"unknown keys {sorted(unknown)}")
        tenants[str(name)] = TenantPolicy(
            allowed_domains=_str_set(tdata.get("allowed_domains", []), f"{here}.allowed_domains"),
            enterprise_senders=frozenset(str(s) for s in tdata.get("enterprise_senders", [])),
            actions=_parse_rules(tdata.get("actions", []), f"{here}.actions"),
        )
    return Policy(
        version=str(version),
        name=str(data.get("name", "custom")),
        min_confidence=float(min_conf),
        work_sample_hosts=_str_set(samples.get("hosts", []), ".work_samples.hosts"),
        work_sample_surfaces=_enum_set(Surface, samples.get("surfaces", []), ".work_samples.surfaces"),
        violations=violations,
        actions=_parse_rules(data.get("actions", []), ".actions"),
        explanations=explanations,
        tenants=tenants,
        extra={k: data[k] for k in ("strikes", "cases") if k in data},
    )


def load_policy(source: str | Path | Mapping[str, Any] | Policy | None = None) -> Policy:
    """The default policy, or one from a Policy, a mapping, a YAML path or a YAML string."""
    if source is None:
        return Policy.default()
    if isinstance(source, Policy):
        return source
    if isinstance(source, Mapping):
        return Policy.from_dict(dict(source))
    return Policy.from_yaml(source)


_DEFAULT = Policy.from_yaml(resources.files("ringfence.policy").joinpath("default.yaml").read_text("utf-8"))
