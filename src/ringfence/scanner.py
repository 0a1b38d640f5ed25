"""The scanner: text -> views -> detectors -> resolve -> policy -> redaction."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ringfence.detectors import CATALOGUE, Detector
from ringfence.detectors.phone import load_every_region
from ringfence.errors import InputTooLargeError, InvalidInputError, RingfenceError
from ringfence.normalize import build_views
from ringfence.policy import Policy, load_policy
from ringfence.redact import redact
from ringfence.resolve import resolve
from ringfence.types import Action, Context, Decision, Finding, ScanResult

DEFAULT_MAX_BYTES = 64 * 1024
_DEFAULT_CONTEXT = Context()
# Texts that reach every detector and view recipe once (see Scanner.warm_up).
_WARM_UP_TEXTS = (
    "call +44 20 7946 0958 or 0300 1234567, mail jo@example.com, see www.example.org/x, txt WIN to 87121",
    "skype live:jo_1, t.me/jo, paypal.me/jo, IBAN GB82WEST12345698765432, what's your whatsapp? pay me directly",
    "sort code 20-00-00, account 12345678",
    "j o h n at g mail dot com, zero three double one two, first part 0300, second part 1234567",
    "ｊｏ＠ｇｍａｉｌ．ｃｏｍ, 415-DEV-CODE, read it backwards: moc.liamg@oj, my skype is my name here",
)


def _past_marks(text: str, end: int) -> int:
    """`end` moved past the combining marks on the span's last character ("k̲i̲m̲@̲g̲m̲a̲i̲l̲.̲c̲o̲m̲"): the views drop
    them, and they belong to that character, so its redaction takes them too."""
    while end < len(text) and unicodedata.category(text[end]) in _MARKS:
        end += 1
    return end


_MARKS = frozenset({"Mn", "Me"})


@dataclass(frozen=True, slots=True)
class ScanError:
    """A batch item that could not be scanned; the rest of the batch still is."""

    index: int
    error: str
    error_type: str


class Scanner:
    """Finds contacts and circumvention intent in text and decides what to do with it.

    >>> Scanner().scan("mail me at jo@example.com", Context("message", "pre_contract")).decision.action
    <Action.REDACT: 'redact'>
    """

    def __init__(
        self,
        policy: Policy | Mapping[str, Any] | str | Path | None = None,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        detectors: Sequence[Detector] | None = None,
    ) -> None:
        self.policy = load_policy(policy)
        self._nothing_found = Decision(Action.ALLOW, False, (), self.policy.version)
        self.max_bytes = max_bytes
        self.detectors: tuple[Detector, ...] = tuple(detectors) if detectors is not None else CATALOGUE
        # (detector, the trigger bits it needs, 0 for none): a view none of whose bits fired is not asked
        self._asks = tuple((d, getattr(d, "triggers", 0)) for d in self.detectors)

    def check_input(self, text: object) -> str:
        if not isinstance(text, str):
            raise InvalidInputError(f"text must be a string; got {type(text).__name__}")
        if len(text) * 4 > self.max_bytes:  # cheap bound first: UTF-8 is at most 4 bytes per code point
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > self.max_bytes:
                raise InputTooLargeError(size, self.max_bytes)
        return text

    def find(self, text: str, context: Context = _DEFAULT_CONTEXT) -> list[Finding]:
        """Resolved findings before the policy (no reasons or violation flags yet)."""
        text = self.check_input(text)
        found: list[Finding] = []
        asks = self._asks
        for view in build_views(text):
            to_original = view.to_original
            fired = view.triggers
            for detector, needs in asks:
                if needs and not fired & needs:
                    continue  # nearly always: the detector would return at once
                matches = detector.detect(view, context)
                if not matches:  # nearly always: no per-match work
                    continue
                for m in matches:
                    start, end = to_original(m.start, m.end)
                    end = _past_marks(text, end)
                    found.append(
                        Finding(m.kind, m.platform, m.value, start, end, text[start:end], m.rule, m.confidence)
                    )
        return resolve(found) if found else found

    def decide(self, text: str, findings: Sequence[Finding], context: Context) -> ScanResult:
        if not findings:  # most messages: nothing to judge
            return ScanResult((), self._nothing_found, text)
        judged, decision = self.policy.judge(findings, context)
        return ScanResult(tuple(judged), decision, redact(text, judged))

    def scan(self, text: str, context: Context | None = None) -> ScanResult:
        context = context or _DEFAULT_CONTEXT
        return self.decide(text, self.find(text, context), context)

    def warm_up(self) -> None:
        """Pay the engine's one-time costs now instead of in the first scans: compiling the shared trigger
        database (about a second), loading every region's phone metadata and the intent model. A server calls it
        at start."""
        load_every_region()
        context = Context("message", "pre_contract")
        for text in _WARM_UP_TEXTS:
            self.scan(text, context)

    def scan_thread(self, messages: Sequence[tuple[str, Context]]) -> list[ScanResult]:
        """Scan the messages of one thread in order, reassembling contacts split across a sender's messages."""
        from ringfence.thread import scan_thread

        return scan_thread(self, messages)

    def scan_many(self, items: Iterable[tuple[str, Context | None] | str]) -> list[ScanResult | ScanError]:
        """Scan a batch; a bad item becomes a ScanError in its place and the rest are still scanned."""
        results: list[ScanResult | ScanError] = []
        for index, item in enumerate(items):
            try:
                if isinstance(item, str):
                    results.append(self.scan(item))
                else:
                    text, context = item
                    results.append(self.scan(text, context))
            except RingfenceError as exc:
                results.append(ScanError(index, str(exc), type(exc).__name__))
            except (TypeError, ValueError) as exc:
                results.append(ScanError(index, f"malformed item: {exc}", "InvalidInputError"))
        return results
