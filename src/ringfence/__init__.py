"""Ringfence: find contact details and off-platform intent in marketplace text, and apply a policy."""

from ringfence.errors import (
    InputTooLargeError,
    InvalidContextError,
    InvalidInputError,
    PolicyError,
    RingfenceError,
)
from ringfence.policy import Policy, load_policy
from ringfence.scanner import ScanError, Scanner
from ringfence.types import (
    CONTACT_KINDS,
    INTENT_KINDS,
    Action,
    Context,
    Decision,
    Finding,
    Kind,
    Role,
    ScanResult,
    Stage,
    Surface,
)

__version__ = "0.1.0"

__all__ = [
    "CONTACT_KINDS",
    "INTENT_KINDS",
    "Action",
    "Context",
    "Decision",
    "Finding",
    "InputTooLargeError",
    "InvalidContextError",
    "InvalidInputError",
    "Kind",
    "Policy",
    "PolicyError",
    "RingfenceError",
    "Role",
    "ScanError",
    "ScanResult",
    "Scanner",
    "Stage",
    "Surface",
    "load_policy",
]
