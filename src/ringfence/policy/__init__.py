"""The policy is data: a versioned YAML document, validated on load, that turns findings into a decision."""

from ringfence.policy.model import ActionRule, Policy, TenantPolicy, load_policy

__all__ = ["ActionRule", "Policy", "TenantPolicy", "load_policy"]
