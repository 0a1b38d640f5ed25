"""Accuracy of the full scanner (default policy) on our labelled cases and the public sets; one Markdown table.

    python benchmarks/accuracy.py [--datasets DIR] [--cases data/cases] [--min-tag-cases 10] [--out FILE]

Rows: each set overall, then its tags with at least --min-tag-cases cases. Metrics are those of
ringfence.eval.harness. The section is printed (and written to --out when given); benchmarks/report.py puts it
in docs/benchmarks.md. Public sets that are missing (no datasets directory) are skipped with a note.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ringfence import Scanner, __version__
from ringfence.errors import RingfenceError
from ringfence.eval.datasets import NAMED_SETS, default_datasets_dir, load_cases, named_set
from ringfence.eval.harness import Case, Metrics, Ratio, Report, run

ROOT = Path(__file__).resolve().parents[1]

# (set, tag or None for the whole set, metric, bound, "min"/"max"): the targets this table is checked against.
TARGETS = [
    ("cases", "plain", "contact_recall", 0.99, "min"),
    ("cases", "plain", "span_coverage", 0.98, "min"),
    ("cases", "hard_negative", "clean_flag_rate", 0.01, "max"),
    ("mendeley", None, "contact_recall", 0.97, "min"),
    ("mendeley", "ham", "clean_flag_rate", 0.01, "max"),
    ("mendeley", "ham", "clean_contact_flag_rate", 0.01, "max"),
]


def fmt(r: Ratio) -> str:
    return "–" if r.value is None else f"{r.value:.3f} ({r.hits}/{r.total})"


def intents(m: Metrics) -> str:
    return "; ".join(f"{k.replace('_', ' ')} {fmt(r)}" for k, r in sorted(m.intent_recall.items())) or "–"


def shown(set_name: str, tag: str, m: Metrics) -> bool:
    """Per-country rows only for our cases (the public phone sets have ~245 regions); no row repeating a set."""
    is_region = len(tag) == 2 and tag.isupper()
    return not (is_region and set_name != "cases") and not set_name.startswith(tag)


def table(reports: dict[str, Report], min_tag_cases: int) -> list[str]:
    lines = [
        "| set | tag | cases | contact recall | span coverage | clean flagged | clean flagged by contacts "
        "| decision accuracy | intent recall |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, report in reports.items():
        rows = [("**all**", report.overall)]
        rows += [(tag, m) for tag, m in report.by_tag.items() if m.cases >= min_tag_cases and shown(name, tag, m)]
        for tag, m in rows:
            cells = [
                fmt(m.contact_recall),
                fmt(m.span_coverage),
                fmt(m.clean_flag_rate),
                fmt(m.clean_contact_flag_rate),
                fmt(m.decision_accuracy),
            ]
            lines.append(f"| {name} | {tag} | {m.cases} | {' | '.join(cells)} | {intents(m)} |")
    return lines


def check_targets(reports: dict[str, Report]) -> list[str]:
    lines = []
    for name, tag, metric, bound, sense in TARGETS:
        if name not in reports:
            lines.append(f"- {name} {tag or ''} {metric}: not measured (set unavailable)")
            continue
        metrics = reports[name].overall if tag is None else reports[name].by_tag.get(tag)
        value = getattr(metrics, metric).value if metrics else None
        if value is None:
            lines.append(f"- {name} {tag or 'all'} {metric}: no cases")
            continue
        ok = value >= bound if sense == "min" else value <= bound
        sign = "≥" if sense == "min" else "≤"
        lines.append(
            f"- {'met' if ok else '**missed**'}: {name} / {tag or 'all'} {metric.replace('_', ' ')} "
            f"{value:.3f} (target {sign} {bound})"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", type=Path, default=None, help="public datasets directory")
    parser.add_argument("--cases", type=Path, default=ROOT / "data" / "cases", help="our labelled cases")
    parser.add_argument("--min-tag-cases", type=int, default=10, help="smallest tag shown as its own row")
    parser.add_argument("--out", type=Path, default=None, help="also write the section to this file")
    args = parser.parse_args()
    datasets = args.datasets or default_datasets_dir()

    scanner = Scanner()
    sets: dict[str, list[Case]] = {"cases": load_cases(args.cases)}
    notes = []
    for name in NAMED_SETS:
        try:
            sets[name] = named_set(name, datasets)
        except RingfenceError as exc:
            notes.append(f"- {name}: skipped ({exc})")
    reports: dict[str, Report] = {}
    timings = []
    for name, cases in sets.items():
        start = time.perf_counter()
        reports[name] = run(scanner, cases)
        timings.append(f"{name} {len(cases)} cases in {time.perf_counter() - start:.1f} s")

    section = [
        "## Accuracy",
        "",
        f"Full scanner, default policy, ringfence {__version__}; `python benchmarks/accuracy.py` "
        f"({'; '.join(timings)}). `cases` is data/cases/*.jsonl; the others are the public sets in "
        "`../shared/datasets`. Contact recall is message-level; span coverage counts gold substrings ≥ 90% "
        "covered by contact findings; clean flagged is the violation rate on cases with no gold contact or intent "
        '(Mendeley: ham with no contact label); "by contacts" counts only violating contact findings, since Mendeley '
        "has no intent labels. Mendeley and presidio labels are imperfect: review misses with "
        "`ringfence eval mendeley --show-misses 50` before reading a miss as a detector error.",
        "",
        *table(reports, args.min_tag_cases),
        "",
        "Targets:",
        "",
        *check_targets(reports),
        *(["", *notes] if notes else []),
        "",
    ]
    text = "\n".join(section)
    print(text)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
