"""Scoring labelled cases (the schema in docs/architecture.md) against the scanner.

Metrics, overall and per tag:
- contact recall: share of cases with >= 1 gold contact in which >= 1 contact finding exists (message level);
- span coverage: share of gold contact substrings (those with a known `text`) whose characters are >= 90%
  covered by the union of contact-finding spans; a substring occurring several times counts if any occurrence is;
- clean flag rate: share of clean cases (no gold contacts, no gold intents) whose decision is a violation. A case
  may set `"clean": false` when its gold labels are incomplete (e.g. unlabelled spam), so it is never "clean";
- clean contact flag rate: the same, counting only violating contact findings (for sets with no intent labels);
- intent recall per intent kind: share of cases listing that intent in which a finding of that kind exists;
- decision accuracy: share of cases with a gold `violation` whose decision.violation equals it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ringfence.errors import RingfenceError
from ringfence.scanner import Scanner
from ringfence.types import CONTACT_KINDS, INTENT_KINDS, Context, ScanResult

COVERAGE_THRESHOLD = 0.9
_CONTACT_KIND_NAMES = frozenset(k.value for k in CONTACT_KINDS)
_INTENT_KIND_NAMES = frozenset(k.value for k in INTENT_KINDS)


class CaseError(RingfenceError, ValueError):
    """A labelled case does not follow the schema; the message names the case and the field."""


@dataclass(frozen=True, slots=True)
class GoldContact:
    kind: str
    text: str | None  # None when only the message-level label is known
    platform: str | None = None
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    text: str
    surface: str = "message"
    stage: str = "pre_contract"
    contacts: tuple[GoldContact, ...] = ()
    intents: tuple[str, ...] = ()
    violation: bool | None = None
    tags: tuple[str, ...] = ()
    locale: str | None = None
    sender_name: str | None = None
    sender_role: str | None = None
    labels_complete: bool = True
    # A case with a thread id is one message of that thread: the thread's cases, in file order, are scanned
    # together (Scanner.scan_thread), each scored on its own text.
    thread_id: str | None = None
    sender_id: str | None = None

    @property
    def is_clean(self) -> bool:
        return self.labels_complete and not self.contacts and not self.intents

    def context(self) -> Context:
        return Context(
            self.surface,
            self.stage,
            sender_role=self.sender_role,
            locale=self.locale,
            sender_name=self.sender_name,
            sender_id=self.sender_id,
            thread_id=self.thread_id,
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "case") -> Case:
        if not isinstance(data, Mapping):
            raise CaseError(f"{where}: must be a JSON object")
        case_id = data.get("id")
        where = f"{where} {case_id!r}" if case_id is not None else where
        text = data.get("text")
        if not isinstance(case_id, str | int) or isinstance(case_id, bool):
            raise CaseError(f"{where}: `id` must be a string")
        if not isinstance(text, str):
            raise CaseError(f"{where}: `text` must be a string")
        contacts = []
        for i, item in enumerate(data.get("contacts") or []):
            if not isinstance(item, Mapping) or item.get("kind") not in _CONTACT_KIND_NAMES:
                raise CaseError(f"{where}: contacts[{i}].kind must be one of {sorted(_CONTACT_KIND_NAMES)}")
            gold_text = item.get("text")
            if gold_text is not None and (not isinstance(gold_text, str) or not gold_text or gold_text not in text):
                raise CaseError(f"{where}: contacts[{i}].text {gold_text!r} is not a substring of the text")
            contacts.append(GoldContact(item["kind"], gold_text, item.get("platform"), item.get("value")))
        intents = data.get("intents") or []
        unknown = [i for i in intents if i not in _INTENT_KIND_NAMES]
        if unknown:
            raise CaseError(f"{where}: unknown intents {unknown}; expected {sorted(_INTENT_KIND_NAMES)}")
        violation = data.get("violation")
        if violation is not None and not isinstance(violation, bool):
            raise CaseError(f"{where}: `violation` must be true, false or null")
        case = cls(
            id=str(case_id),
            text=text,
            surface=data.get("surface") or "message",
            stage=data.get("stage") or "pre_contract",
            contacts=tuple(contacts),
            intents=tuple(intents),
            violation=violation,
            tags=tuple(str(t) for t in data.get("tags") or ()),
            locale=data.get("locale"),
            sender_name=data.get("sender_name"),
            sender_role=data.get("sender_role"),
            thread_id=data.get("thread_id"),
            sender_id=data.get("sender_id"),
            labels_complete=data.get("clean", True) is not False,
        )
        try:
            case.context()
        except RingfenceError as exc:
            raise CaseError(f"{where}: {exc}") from None
        return case

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "surface": self.surface, "stage": self.stage, "text": self.text}
        for name in ("locale", "sender_name", "sender_role", "thread_id", "sender_id"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        out["contacts"] = [
            {"kind": c.kind, "platform": c.platform, "value": c.value, "text": c.text} for c in self.contacts
        ]
        out["intents"] = list(self.intents)
        out["violation"] = self.violation
        out["tags"] = list(self.tags)
        if not self.labels_complete:
            out["clean"] = False
        return out


@dataclass(frozen=True, slots=True)
class Outcome:
    """How the scanner did on one case."""

    case: Case
    result: ScanResult | None
    error: str | None = None
    contact_found: bool = False
    covered: tuple[bool, ...] = ()  # one per gold contact with a known text
    intents_found: frozenset[str] = frozenset()

    @property
    def flagged(self) -> bool:
        return self.result is not None and self.result.violation

    @property
    def contact_flagged(self) -> bool:
        return self.result is not None and any(f.violation and f.kind in CONTACT_KINDS for f in self.result.findings)

    def misses(self) -> list[str]:
        """Human-readable reasons this case counts against a metric (empty when it is fully right)."""
        case = self.case
        if self.error is not None:
            return [f"scan failed: {self.error}"]
        out = []
        if case.contacts and not self.contact_found:
            out.append("no contact found")
        spans = [c for c in case.contacts if c.text is not None]
        out.extend(f"{c.kind} {c.text!r} not covered" for c, ok in zip(spans, self.covered, strict=True) if not ok)
        out.extend(f"intent {i} missed" for i in case.intents if i not in self.intents_found)
        if case.is_clean and self.flagged:
            out.append("clean case flagged")
        if case.violation is not None and case.violation != self.flagged:
            out.append(f"decision violation={self.flagged}, expected {case.violation}")
        return out


def coverage(text_len: int, spans: Iterable[tuple[int, int]]) -> list[bool]:
    covered = [False] * text_len
    for start, end in spans:
        for i in range(max(start, 0), min(end, text_len)):
            covered[i] = True
    return covered


def is_covered(text: str, gold: str, covered: Sequence[bool], threshold: float = COVERAGE_THRESHOLD) -> bool:
    """Whether any occurrence of `gold` in `text` has >= threshold of its characters covered."""
    start = text.find(gold)
    while start != -1:
        if sum(covered[start : start + len(gold)]) >= threshold * len(gold):
            return True
        start = text.find(gold, start + 1)
    return False


def evaluate_case(scanner: Scanner, case: Case) -> Outcome:
    try:
        result = scanner.scan(case.text, case.context())
    except RingfenceError as exc:
        return Outcome(case, None, str(exc))
    return _outcome(case, result)


def _outcome(case: Case, result: ScanResult) -> Outcome:
    contact_spans = [(f.start, f.end) for f in result.findings if f.kind in CONTACT_KINDS]
    mask = coverage(len(case.text), contact_spans)
    covered = tuple(is_covered(case.text, c.text, mask) for c in case.contacts if c.text is not None)
    intents = frozenset(f.kind.value for f in result.findings if f.kind in INTENT_KINDS)
    return Outcome(case, result, None, bool(contact_spans), covered, intents)


def evaluate(scanner: Scanner, cases: Iterable[Case]) -> list[Outcome]:
    """One outcome per case, in order; the cases of one thread are scanned together."""
    cases = list(cases)
    threads: dict[str, list[int]] = {}
    for position, case in enumerate(cases):
        if case.thread_id is not None:
            threads.setdefault(case.thread_id, []).append(position)
    outcomes: list[Outcome | None] = [None] * len(cases)
    for positions in threads.values():
        members = [cases[p] for p in positions]
        try:
            results = scanner.scan_thread([(case.text, case.context()) for case in members])
        except RingfenceError as exc:
            for p in positions:
                outcomes[p] = Outcome(cases[p], None, str(exc))
            continue
        for p, result in zip(positions, results, strict=True):
            outcomes[p] = _outcome(cases[p], result)
    return [outcome or evaluate_case(scanner, case) for case, outcome in zip(cases, outcomes, strict=True)]


@dataclass(frozen=True, slots=True)
class Ratio:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        value = self.value
        return {"hits": self.hits, "total": self.total, "value": None if value is None else round(value, 4)}


@dataclass(frozen=True, slots=True)
class Metrics:
    cases: int
    contact_recall: Ratio
    span_coverage: Ratio
    clean_flag_rate: Ratio
    clean_contact_flag_rate: Ratio
    decision_accuracy: Ratio
    intent_recall: Mapping[str, Ratio] = field(default_factory=dict)
    errors: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "errors": self.errors,
            "contact_recall": self.contact_recall.to_dict(),
            "span_coverage": self.span_coverage.to_dict(),
            "clean_flag_rate": self.clean_flag_rate.to_dict(),
            "clean_contact_flag_rate": self.clean_contact_flag_rate.to_dict(),
            "decision_accuracy": self.decision_accuracy.to_dict(),
            "intent_recall": {kind: r.to_dict() for kind, r in sorted(self.intent_recall.items())},
        }


def score(outcomes: Sequence[Outcome]) -> Metrics:
    contact = [o for o in outcomes if o.case.contacts]
    covered = [ok for o in outcomes for ok in _covered_or_missed(o)]
    clean = [o for o in outcomes if o.case.is_clean]
    decided = [o for o in outcomes if o.case.violation is not None]
    intents: dict[str, Ratio] = {}
    for kind in sorted(_INTENT_KIND_NAMES):
        gold = [o for o in outcomes if kind in o.case.intents]
        if gold:
            intents[kind] = Ratio(sum(kind in o.intents_found for o in gold), len(gold))
    return Metrics(
        cases=len(outcomes),
        contact_recall=Ratio(sum(o.contact_found for o in contact), len(contact)),
        span_coverage=Ratio(sum(covered), len(covered)),
        clean_flag_rate=Ratio(sum(o.flagged for o in clean), len(clean)),
        clean_contact_flag_rate=Ratio(sum(o.contact_flagged for o in clean), len(clean)),
        decision_accuracy=Ratio(sum(o.flagged == o.case.violation for o in decided if o.error is None), len(decided)),
        intent_recall=intents,
        errors=sum(o.error is not None for o in outcomes),
    )


def _covered_or_missed(outcome: Outcome) -> Iterable[bool]:
    """Coverage flags per gold span; a failed scan covers none of them."""
    n = sum(c.text is not None for c in outcome.case.contacts)
    return outcome.covered if outcome.error is None else (False,) * n


@dataclass(frozen=True, slots=True)
class Report:
    overall: Metrics
    by_tag: Mapping[str, Metrics]
    outcomes: tuple[Outcome, ...]

    def misses(self, limit: int | None = None) -> list[tuple[Outcome, list[str]]]:
        found = [(o, why) for o in self.outcomes if (why := o.misses())]
        return found if limit is None else found[:limit]

    def to_dict(self, misses: int = 0) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "by_tag": {tag: m.to_dict() for tag, m in self.by_tag.items()},
            "misses": [
                {"id": o.case.id, "tags": list(o.case.tags), "text": o.case.text, "why": why, "findings": _brief(o)}
                for o, why in self.misses(misses)
            ],
        }


def _brief(outcome: Outcome) -> list[str]:
    if outcome.result is None:
        return []
    return [f"{f.kind.value}:{f.text!r}" for f in outcome.result.findings]


def build_report(outcomes: Sequence[Outcome]) -> Report:
    tags = sorted({t for o in outcomes for t in o.case.tags})
    by_tag = {tag: score([o for o in outcomes if tag in o.case.tags]) for tag in tags}
    return Report(score(outcomes), by_tag, tuple(outcomes))


def run(scanner: Scanner, cases: Iterable[Case]) -> Report:
    return build_report(evaluate(scanner, cases))


__all__ = [
    "COVERAGE_THRESHOLD",
    "Case",
    "CaseError",
    "GoldContact",
    "Metrics",
    "Outcome",
    "Ratio",
    "Report",
    "build_report",
    "evaluate",
    "evaluate_case",
    "is_covered",
    "run",
    "score",
]
