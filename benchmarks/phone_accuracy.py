"""Phone detector accuracy and cost on public data; prints a table.

    python benchmarks/phone_accuracy.py [--datasets DIR] [--show N]

- libphonenumber example numbers in sentences, per format: message recall, span coverage (gold substring
  >= 90% covered), value == E.164;
- libphonenumber matcher IMPOSSIBLE cases: how many get a finding (target 0); VALID-leniency cases: recall;
- Mendeley smishing: recall on PHONE=yes messages; phone findings on unlabelled ham (target <= 1%);
- UCI SMS Spam Collection: phone findings on ham, messages with a phone finding on spam;
- cost: µs per message of PhoneDetector + ShortCodeDetector on the raw view of UCI ham.

`--show N` prints up to N misses and false-positive hits of each set to review by eye.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from _corpora import mendeley_sms, uci_sms

from ringfence.detectors.phone import PhoneDetector
from ringfence.detectors.short_code import ShortCodeDetector
from ringfence.eval.datasets import default_datasets_dir
from ringfence.eval.harness import Case, evaluate_case
from ringfence.eval.phone_examples import example_cases, matcher_cases
from ringfence.normalize.view import View
from ringfence.scanner import Scanner
from ringfence.types import Context, Kind

SCANNER = Scanner(detectors=[PhoneDetector(), ShortCodeDetector()])


def phone_findings(text: str, locale: str | None = None) -> list[str]:
    return [f.text for f in SCANNER.find(text, Context(locale=locale)) if f.kind is Kind.PHONE]


def row(name: str, hits: int, total: int, note: str = "") -> None:
    share = hits / total if total else 0.0
    print(f"{name:<52} {hits:>6} / {total:<6} {share:7.4f}  {note}")


def libphonenumber(datasets: Path, show: int) -> None:
    per_format: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    for data in example_cases(datasets):
        case = Case.from_dict(data)
        outcome = evaluate_case(SCANNER, case)
        fmt = case.tags[1]
        stats = per_format[fmt]
        stats[0] += 1
        stats[1] += outcome.contact_found
        stats[2] += all(outcome.covered)
        values = {f.value for f in outcome.result.findings} if outcome.result else set()
        stats[3] += case.contacts[0].value in values
        if not all(outcome.covered):
            misses.append((case.locale, case.text, [f.text for f in outcome.result.findings] if outcome.result else []))
    totals = [sum(s[i] for s in per_format.values()) for i in range(4)]
    for fmt, (n, found, covered, value) in [*per_format.items(), ("all formats", tuple(totals))]:
        row(f"libphonenumber {fmt}: recall", found, n)
        row(f"libphonenumber {fmt}: span coverage", covered, n)
        row(f"libphonenumber {fmt}: value == E.164", value, n)
    for miss in misses[:show]:
        print("   miss:", miss)

    impossible = flagged = valid = valid_found = 0
    for data in matcher_cases(datasets):
        case = Case.from_dict(data)
        found = phone_findings(case.text, case.locale)
        if "impossible" in case.tags:
            impossible += 1
            flagged += bool(found)
            if found and show:
                print("   impossible flagged:", case.text, found)
        else:
            valid += 1
            valid_found += bool(found)
    row("libphonenumber matcher IMPOSSIBLE: flagged (want 0)", flagged, impossible)
    row("libphonenumber matcher VALID leniency: found", valid_found, valid)


def mendeley(datasets: Path, show: int) -> None:
    rows = mendeley_sms(datasets)
    phone_rows = [r for r in rows if r["PHONE"].strip() == "yes"]
    ham = [r for r in rows if r["LABEL"].strip().lower() == "ham" and r["PHONE"].strip() != "yes"]
    missed = [r["TEXT"] for r in phone_rows if not phone_findings(r["TEXT"])]
    ham_hits = [(r["TEXT"], phone_findings(r["TEXT"])) for r in ham]
    ham_hits = [h for h in ham_hits if h[1]]
    row("Mendeley PHONE=yes: recall", len(phone_rows) - len(missed), len(phone_rows))
    row("Mendeley ham without PHONE label: phone findings", len(ham_hits), len(ham), "(want <= 1%)")
    for text in missed[:show]:
        print("   miss:", repr(text[:160]))
    for text, found in ham_hits[:show]:
        print("   ham hit:", found, repr(text[:160]))


def uci(datasets: Path, show: int) -> list[str]:
    pairs = uci_sms(datasets)
    ham = [t for label, t in pairs if label == "ham"]
    spam = [t for label, t in pairs if label == "spam"]
    ham_hits = [(t, found) for t in ham if (found := phone_findings(t))]
    spam_found = sum(bool(phone_findings(t)) for t in spam)
    row("UCI ham: phone findings (some ham holds real numbers)", len(ham_hits), len(ham))
    row("UCI spam: messages with a phone finding", spam_found, len(spam))
    for text, found in ham_hits[:show]:
        print("   ham hit:", found, repr(text[:160]))
    return ham


def cost(messages: list[str]) -> None:
    detectors = (PhoneDetector(), ShortCodeDetector())
    context = Context()
    views = [View.identity(t) for t in messages]
    ordinary = [v for v in views if len(v.text) <= 100]
    for name, sample in (("UCI ham, all", views), ("UCI ham, <= 100 chars", ordinary)):
        best = float("inf")
        for _ in range(5):
            t0 = time.perf_counter()
            for view in sample:
                for detector in detectors:
                    detector.detect(view, context)
            best = min(best, time.perf_counter() - t0)
        print(f"{'cost per message, ' + name:<52} {best / len(sample) * 1e6:8.2f} µs (phone + short_code)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=default_datasets_dir())
    parser.add_argument("--show", type=int, default=0, help="print up to N misses / false-positive hits per set")
    args = parser.parse_args()
    libphonenumber(args.datasets, args.show)
    mendeley(args.datasets, args.show)
    ham = uci(args.datasets, args.show)
    cost(ham)


if __name__ == "__main__":
    main()
