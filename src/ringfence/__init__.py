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


def compiled() -> bool:
    """True when the engine's scanning path runs compiled by mypyc (`RINGFENCE_COMPILE=1 pip install`, setup.py),
    False for the pure-Python package."""
    from ringfence.normalize import spoken

    return not spoken.__file__.endswith(".py")


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
    "compiled",
    "load_policy",
]
