"""Per-tenant policies: the newest stored revision (or the packaged default), validated before it is stored."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ringfence import Policy, PolicyError, Scanner
from ringfence.service import rules
from ringfence.service.audit import service as audit
from ringfence.service.errors import Conflict, Invalid
from ringfence.service.policies.models import TenantPolicyRecord
from ringfence.service.runtime import Runtime


@dataclass(frozen=True)
class PolicyState:
    """Everything a request needs from its tenant's policy, built once per revision."""

    revision: int  # 0 = the packaged default
    yaml: str
    policy: Policy
    scanner: Scanner
    strikes: rules.StrikeRules
    cases: rules.CaseRules


def _default_yaml() -> str:
    """The packaged default document, comments included (a tenant edits it as its starting point)."""
    return resources.files("ringfence.policy").joinpath("default.yaml").read_text("utf-8")


def build_state(revision: int, text: str, max_text_bytes: int) -> PolicyState:
    """Validate a policy document (engine sections and the service's strikes/cases sections)."""
    try:
        policy = Policy.from_yaml(text)
        return PolicyState(
            revision,
            text,
            policy,
            Scanner(policy, max_bytes=max_text_bytes),
            rules.strike_rules(policy),
            rules.case_rules(policy),
        )
    except PolicyError as exc:
        raise Invalid(str(exc)) from None


def state_for(runtime: Runtime, session: Session, tenant: str) -> PolicyState:
    """The tenant's policy. A worker trusts its cached state for `cache_seconds`, then re-reads only the revision
    number and rebuilds (parses YAML, ~10 ms) only when another worker stored a new revision."""
    cached = runtime.policies.get(tenant)
    if cached is not None:
        return cached
    revision = session.scalar(select(func.max(TenantPolicyRecord.revision)).where(TenantPolicyRecord.tenant == tenant))
    known = runtime.policy_states.get(tenant)
    if known is not None and known.revision == (revision or 0):
        state = known
    elif revision is None:
        state = build_state(0, _default_yaml(), runtime.settings.max_text_bytes)
    else:
        record = session.scalar(
            select(TenantPolicyRecord).where(
                TenantPolicyRecord.tenant == tenant, TenantPolicyRecord.revision == revision
            )
        )
        assert record is not None
        state = build_state(record.revision, record.yaml, runtime.settings.max_text_bytes)
    _remember(runtime, tenant, state)
    return state


def _remember(runtime: Runtime, tenant: str, state: PolicyState) -> None:
    runtime.policy_states[tenant] = state
    runtime.policies.put(tenant, state)


def put_policy(runtime: Runtime, session: Session, *, tenant: str, text: str, actor: str) -> PolicyState:
    current = state_for(runtime, session, tenant)
    revision = (
        session.scalar(select(func.max(TenantPolicyRecord.revision)).where(TenantPolicyRecord.tenant == tenant)) or 0
    ) + 1
    state = build_state(revision, text, runtime.settings.max_text_bytes)
    now = runtime.clock.now()
    session.add(
        TenantPolicyRecord(
            tenant=tenant,
            revision=revision,
            policy_version=state.policy.version,
            yaml=text,
            created_by=actor,
            created_at=now,
        )
    )
    audit.record(
        session,
        tenant=tenant,
        actor=actor,
        action="policy.update",
        target_type="policy",
        target_id=revision,
        at=now,
        before={"revision": current.revision, "version": current.policy.version},
        after={"revision": revision, "version": state.policy.version},
    )
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise Conflict("another policy update landed first; fetch the policy and retry") from None
    _remember(runtime, tenant, state)
    return state


def history(session: Session, tenant: str) -> list[TenantPolicyRecord]:
    return list(
        session.scalars(
            select(TenantPolicyRecord).where(TenantPolicyRecord.tenant == tenant).order_by(TenantPolicyRecord.revision)
        )
    )
