"""The service's own policy sections, `strikes:` and `cases:`, parsed and validated with path-precise errors."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ringfence import Action, Kind, Policy, PolicyError

STANDING_GOOD = "good"
SUSPENDED = "suspended"


@dataclass(frozen=True)
class LadderStep:
    at: int  # active strike weight at which this standing applies
    standing: str
    restriction_days: int | None = None
    needs_human: bool = False


@dataclass(frozen=True)
class StrikeRules:
    window_days: int
    weights: Mapping[str, int]
    default_weight: int
    ladder: tuple[LadderStep, ...]  # ascending by `at`

    def weight_for(self, kinds: Iterable[str]) -> tuple[str, int]:
        """The most serious kind among `kinds` and its weight (one strike per confirmed case)."""
        scored = [(self.weights.get(kind, self.default_weight), kind) for kind in kinds]
        if not scored:
            return "other", self.default_weight
        weight, kind = max(scored)
        return kind, weight

    def step_for(self, active_weight: int) -> LadderStep | None:
        reached = [step for step in self.ladder if active_weight >= step.at]
        return reached[-1] if reached else None


@dataclass(frozen=True)
class CaseRules:
    open_actions: frozenset[str]
    redact_min_severity: int
    severity: Mapping[str, int]
    default_severity: int

    def severity_of(self, kinds: Iterable[str]) -> int:
        return max((self.severity.get(k, self.default_severity) for k in kinds), default=self.default_severity)

    def opens_case(self, action: str, severity: int) -> bool:
        return action in self.open_actions or (action == Action.REDACT.value and severity >= self.redact_min_severity)


def _fail(path: str, message: str) -> PolicyError:
    return PolicyError(f"policy.{path}: {message}")


def _int(data: Mapping[str, Any], key: str, path: str, default: int, minimum: int = 0) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise _fail(f"{path}.{key}", f"must be an integer ≥ {minimum}; got {value!r}")
    return value


def _kind_map(data: Any, path: str) -> tuple[dict[str, int], int]:
    if not isinstance(data, dict):
        raise _fail(path, "must map finding kinds (or `default`) to integers")
    known = {k.value for k in Kind} | {"default"}
    out: dict[str, int] = {}
    for key in data:
        if key not in known:
            raise _fail(path, f"unknown kind {key!r}; expected one of {sorted(known)}")
        out[key] = _int(data, key, path, 1, minimum=0)
    return out, out.pop("default", 1)


def strike_rules(policy: Policy) -> StrikeRules:
    data = policy.extra.get("strikes") or {}
    if not isinstance(data, dict):
        raise _fail("strikes", "must be a mapping")
    unknown = set(data) - {"window_days", "weights", "ladder"}
    if unknown:
        raise _fail("strikes", f"unknown keys {sorted(unknown)}")
    weights, default_weight = _kind_map(data.get("weights", {}), "strikes.weights")
    ladder_data = data.get("ladder", [])
    if not isinstance(ladder_data, list):
        raise _fail("strikes.ladder", "must be a list of {at, standing, restriction_days?, needs_human?}")
    ladder: list[LadderStep] = []
    for i, step in enumerate(ladder_data):
        here = f"strikes.ladder[{i}]"
        if not isinstance(step, dict) or not isinstance(step.get("standing"), str):
            raise _fail(here, "must be a mapping with `at` and `standing`")
        unknown = set(step) - {"at", "standing", "restriction_days", "needs_human"}
        if unknown:
            raise _fail(here, f"unknown keys {sorted(unknown)}")
        days = step.get("restriction_days")
        ladder.append(
            LadderStep(
                at=_int(step, "at", here, 1, minimum=1),
                standing=step["standing"],
                restriction_days=_int(step, "restriction_days", here, 0, minimum=1) if days is not None else None,
                needs_human=bool(step.get("needs_human", False)),
            )
        )
    if [s.at for s in ladder] != sorted({s.at for s in ladder}):
        raise _fail("strikes.ladder", "steps must have strictly increasing `at`")
    return StrikeRules(
        window_days=_int(data, "window_days", "strikes", 90, minimum=1),
        weights=weights,
        default_weight=default_weight,
        ladder=tuple(ladder),
    )


def case_rules(policy: Policy) -> CaseRules:
    data = policy.extra.get("cases") or {}
    if not isinstance(data, dict):
        raise _fail("cases", "must be a mapping")
    unknown = set(data) - {"open_actions", "redact_min_severity", "severity"}
    if unknown:
        raise _fail("cases", f"unknown keys {sorted(unknown)}")
    actions = data.get("open_actions", ["review", "block"])
    allowed = {a.value for a in Action}
    if not isinstance(actions, list) or not set(actions) <= allowed:
        raise _fail("cases.open_actions", f"must be a list drawn from {sorted(allowed)}")
    severity, default_severity = _kind_map(data.get("severity", {}), "cases.severity")
    return CaseRules(
        open_actions=frozenset(actions),
        redact_min_severity=_int(data, "redact_min_severity", "cases", 3, minimum=0),
        severity=severity,
        default_severity=default_severity,
    )
