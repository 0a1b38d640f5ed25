"""Resolve overlapping findings from all detectors and views into one non-overlapping set per family."""

from __future__ import annotations

from collections.abc import Iterable

from ringfence.detectors.base import TEST_DATA_CONFIDENCE
from ringfence.types import CONTACT_KINDS, Finding, Kind

# When two contact findings overlap, the more specific reading wins: a wa.me link is a WhatsApp handle,
# not a URL; paypal.me/x is a payment account; an email's domain is not a separate URL.
_READ_AS_MEANT = frozenset({Kind.EMAIL, Kind.URL})
_PRIORITY = {Kind.PAYMENT: 5, Kind.HANDLE: 4, Kind.EMAIL: 3, Kind.PHONE: 2, Kind.URL: 1}


def _rank(item: tuple[int, Finding]) -> tuple[int, int, float, int, int]:
    """Longest first, then the more specific kind, the more confident, the earlier. Findings come view by view, raw
    first (`index`): on a full tie the raw reading wins ("john_smith88" is not read as leet for "john_smithbb"),
    except that a later view's plain-ASCII email or link reads the address meant: "jenny@gma1l.com",
    "jenny@g-mail.com" and a reversed "moc.liamg@ynnej" are jenny@gmail.com, "gmаil.com" with a Cyrillic "а" is
    gmail.com, while an address in its own script ("contact@пример.рф") keeps its raw reading over a half-folded
    one."""
    index, f = item
    later_first = f.kind in _READ_AS_MEANT and f.value.isascii()
    return (-(f.end - f.start), -_PRIORITY.get(f.kind, 0), -f.confidence, f.start, -index if later_first else index)


def _keep_non_overlapping(findings: list[Finding]) -> list[Finding]:
    if len(findings) < 2:  # most messages: nothing to rank
        return findings
    kept: list[Finding] = []
    for _, finding in sorted(enumerate(findings), key=_rank):
        if all(finding.end <= k.start or finding.start >= k.end for k in kept):
            kept.append(finding)
    return kept


def resolve(findings: Iterable[Finding]) -> list[Finding]:
    """Contacts never overlap each other; intents of one kind never overlap each other (a rating traded for a bonus
    paid outside is two moves in the same words); all sorted by position."""
    contacts: list[Finding] = []
    intents: dict[Kind, list[Finding]] = {}
    for finding in findings:
        if finding.kind in CONTACT_KINDS:
            contacts.append(finding)
        else:
            intents.setdefault(finding.kind, []).append(finding)
    merged = _keep_non_overlapping(_sample_readings_kept(contacts))
    for same_kind in intents.values():
        merged += _keep_non_overlapping(same_kind)
    if len(merged) > 1:
        # a kind sorts as its value (a StrEnum member is that string), without the enum's slower `.value`
        merged.sort(key=_position)
    return merged


def _sample_readings_kept(contacts: list[Finding]) -> list[Finding]:
    """Contacts without the other views' readings of characters a view read as sample data: a view that drops
    markup or folds text loses the context that made them so (`<email>jo@corp.com</email>` in a sample file)."""
    samples = {(f.kind, f.start, f.end) for f in contacts if f.confidence == TEST_DATA_CONFIDENCE}
    if not samples:  # most messages
        return contacts
    return [f for f in contacts if f.confidence == TEST_DATA_CONFIDENCE or (f.kind, f.start, f.end) not in samples]


def _position(finding: Finding) -> tuple[int, int, str]:
    return finding.start, finding.end, finding.kind
