"""The adversarial self-test: disguise seed contacts, embed them in sentences, scan, score.

For every technique, and every pair of techniques (applied in stage order, skipping pairs where the second
has nothing left to change, pairs of two encodings and the EXCLUDED_PAIRS that destroy each other), each seed
the technique fits becomes one case: the disguised contact inside a randomly chosen sentence, scanned as a
pre-contract message. A case is

- recalled when a finding of the seed's kind overlaps the disguised span;
- covered when the union of such findings covers >= 90% of the disguised span's characters (the eval
  harness's threshold), i.e. redaction would remove the disguise;
- value-exact when one of those findings carries the seed's canonical value (reported, not a target).

Every random choice comes from a generator seeded with (run seed, technique key, seed index), so a run is
reproducible and adding a technique does not change the cases of the others.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ringfence.eval.harness import COVERAGE_THRESHOLD, coverage
from ringfence.fuzz.seeds import Seed, default_seeds
from ringfence.fuzz.techniques import TECHNIQUES, Technique
from ringfence.fuzz.templates import TEMPLATES
from ringfence.scanner import Scanner
from ringfence.types import Context, Finding


@dataclass(frozen=True, slots=True)
class Case:
    key: str  # "zero_width" or "zero_width+base64"
    seed_index: int
    seed: Seed
    text: str
    start: int
    end: int

    @property
    def disguised(self) -> str:
        return self.text[self.start : self.end]

    def context(self) -> Context:
        locale = f"en-{self.seed.region}" if self.seed.region else None
        return Context("message", "pre_contract", locale=locale)


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    recalled: bool
    covered: bool
    value_exact: bool
    findings: tuple[Finding, ...] = ()
    error: str | None = None  # the scanner raised: a crash is a finding of the fuzzer too

    def to_dict(self) -> dict[str, Any]:
        return {
            "technique": self.case.key,
            "kind": self.case.seed.kind.value,
            "seed": self.case.seed.text,
            "expected_value": self.case.seed.value,
            "text": self.case.text,
            "disguised": self.case.disguised,
            "recalled": self.recalled,
            "covered": self.covered,
            "value_exact": self.value_exact,
            "findings": [f.to_dict() for f in self.findings],
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class Score:
    key: str
    kinds: tuple[str, ...]
    cases: int
    recalled: int
    covered: int
    value_exact: int
    errors: int = 0

    @property
    def recall(self) -> float:
        return self.recalled / self.cases if self.cases else 0.0

    @property
    def coverage(self) -> float:
        return self.covered / self.cases if self.cases else 0.0

    @property
    def value_rate(self) -> float:
        return self.value_exact / self.cases if self.cases else 0.0

    @property
    def is_pair(self) -> bool:
        return "+" in self.key

    def to_dict(self) -> dict[str, Any]:
        return {
            "technique": self.key,
            "kinds": list(self.kinds),
            "cases": self.cases,
            "recall": round(self.recall, 4),
            "span_coverage": round(self.coverage, 4),
            "value_exact": round(self.value_rate, 4),
            "errors": self.errors,
        }


@dataclass(frozen=True, slots=True)
class FuzzReport:
    seed: int
    singles: tuple[Score, ...]
    pairs: tuple[Score, ...]
    failures: tuple[Outcome, ...] = field(default=())

    @staticmethod
    def _total(scores: Sequence[Score], key: str) -> Score:
        kinds = sorted({k for s in scores for k in s.kinds})
        return Score(
            key,
            tuple(kinds),
            sum(s.cases for s in scores),
            sum(s.recalled for s in scores),
            sum(s.covered for s in scores),
            sum(s.value_exact for s in scores),
            sum(s.errors for s in scores),
        )

    @property
    def singles_total(self) -> Score:
        return self._total(self.singles, "all single techniques")

    @property
    def pairs_total(self) -> Score:
        return self._total(self.pairs, "all pairs")

    def below(self, minimum: float, pairs: bool) -> list[Score]:
        """Techniques (or pairs) whose recall or span coverage is below `minimum`."""
        scores = self.pairs if pairs else self.singles
        return [s for s in scores if s.recall < minimum or s.coverage < minimum]

    def to_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "singles": [s.to_dict() for s in self.singles],
            "pairs": [s.to_dict() for s in self.pairs],
            "totals": {"singles": self.singles_total.to_dict(), "pairs": self.pairs_total.to_dict()},
            "failures": [o.to_dict() for o in self.failures],
        }


def _rng(run_seed: int, key: str, seed_index: int) -> random.Random:
    return random.Random(f"{run_seed}:{key}:{seed_index}")


def _embed(key: str, index: int, seed: Seed, disguised: str, frame: tuple[str, str], rng: random.Random) -> Case:
    template = rng.choice(TEMPLATES)
    prefix, suffix = frame
    at = template.index("{c}")
    text = template[:at] + prefix + disguised + suffix + template[at + 3 :]
    start = at + len(prefix)
    return Case(key, index, seed, text, start, start + len(disguised))


# Pairs that destroy each other rather than compose, so no reader could recover the number either:
# - number_words x digits_with_words: both rewrite every digit; the second finds only words or only the digits
#   the first left, and the case is one of the singles (or nonsense when the output is re-spaced);
# - double_triple x digits_with_words: "double 7" has its digit turned into a word a second time and the
#   remaining digits re-split, so the repeat no longer says which digits it stands for;
# - digits_with_words / double_triple x vanity: vanity turns the last four *remaining* digits into keypad
#   letters, which after words or "double" are no longer the number's last four ("four 1 5 ... W three R").
EXCLUDED_PAIRS = frozenset(
    frozenset(pair)
    for pair in (
        ("number_words", "digits_with_words"),
        ("double_triple", "digits_with_words"),
        ("digits_with_words", "vanity"),
        ("double_triple", "vanity"),
    )
)


def _chains(techniques: Sequence[Technique], pairs: bool) -> list[tuple[Technique, ...]]:
    chains: list[tuple[Technique, ...]] = [(t,) for t in techniques]
    if pairs:
        order = {t.name: i for i, t in enumerate(techniques)}
        for a, b in itertools.combinations(techniques, 2):
            if a.stage == 2 and b.stage == 2:
                continue  # an encoding of an encoding is not a disguise a reader can undo in their head
            if frozenset((a.name, b.name)) in EXCLUDED_PAIRS:
                continue
            first, second = sorted((a, b), key=lambda t: (t.stage, order[t.name]))
            chains.append((first, second))
    return chains


def generate(
    seeds: Sequence[Seed] | None = None,
    techniques: Sequence[Technique] = TECHNIQUES,
    run_seed: int = 0,
    pairs: bool = True,
) -> list[Case]:
    """Every applicable (technique or pair, seed) case, reproducibly."""
    seeds = default_seeds() if seeds is None else seeds
    cases = []
    for chain in _chains(techniques, pairs):
        key = "+".join(t.name for t in chain)
        for index, seed in enumerate(seeds):
            if not all(seed.kind in t.kinds for t in chain):
                continue
            rng = _rng(run_seed, key, index)
            text = seed.text
            steps = []
            for technique in chain:
                disguised = technique.apply(text, seed, rng)
                if disguised == text:
                    break  # this technique has nothing to change here
                steps.append(disguised)
                text = disguised
            if len(steps) < len(chain):
                continue
            # Each technique's cue wraps what the techniques before it produced.
            prefix, suffix = "", ""
            for technique in chain:
                before, after = technique.frame(rng)
                prefix, suffix = before + prefix, suffix + after
            cases.append(_embed(key, index, seed, text, (prefix, suffix), rng))
    return cases


def _same_value(found: str, expected: str) -> bool:
    def canon(value: str) -> str:
        value = value.casefold().rstrip("/")
        return value.removeprefix("www.")

    return canon(found) == canon(expected)


def judge(case: Case, findings: Iterable[Finding]) -> Outcome:
    """Score one case against the findings of its scan."""
    relevant = tuple(f for f in findings if f.kind is case.seed.kind and f.start < case.end and case.start < f.end)
    covered = coverage(len(case.text), ((f.start, f.end) for f in relevant))
    span = case.end - case.start
    return Outcome(
        case,
        recalled=bool(relevant),
        covered=bool(relevant) and sum(covered[case.start : case.end]) >= COVERAGE_THRESHOLD * span,
        value_exact=any(_same_value(f.value, case.seed.value) for f in relevant),
        findings=tuple(findings),
    )


def _scan(scanner: Scanner, case: Case) -> Outcome:
    try:
        findings = scanner.scan(case.text, case.context()).findings
    except Exception as exc:  # any crash on hostile input is reported per case, and the run goes on
        return Outcome(case, False, False, False, (), f"{type(exc).__name__}: {exc}")
    return judge(case, findings)


def _scores(outcomes: Sequence[Outcome]) -> list[Score]:
    grouped: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        grouped.setdefault(outcome.case.key, []).append(outcome)
    return [
        Score(
            key,
            tuple(sorted({o.case.seed.kind.value for o in group})),
            len(group),
            sum(o.recalled for o in group),
            sum(o.covered for o in group),
            sum(o.value_exact for o in group),
            sum(o.error is not None for o in group),
        )
        for key, group in grouped.items()
    ]


def run(
    cases: Sequence[Case],
    scanner: Scanner | None = None,
    run_seed: int = 0,
    failures_per_technique: int = 3,
) -> FuzzReport:
    scanner = scanner or Scanner()
    outcomes = [_scan(scanner, case) for case in cases]
    scores = _scores(outcomes)
    failures: list[Outcome] = []
    shown: dict[str, int] = {}
    for outcome in outcomes:
        if not (outcome.recalled and outcome.covered) and shown.get(outcome.case.key, 0) < failures_per_technique:
            shown[outcome.case.key] = shown.get(outcome.case.key, 0) + 1
            failures.append(outcome)
    return FuzzReport(
        run_seed,
        tuple(s for s in scores if not s.is_pair),
        tuple(s for s in scores if s.is_pair),
        tuple(failures),
    )


def fuzz(
    seeds: Sequence[Seed] | None = None,
    techniques: Sequence[Technique] = TECHNIQUES,
    run_seed: int = 0,
    pairs: bool = True,
    scanner: Scanner | None = None,
) -> FuzzReport:
    return run(generate(seeds, techniques, run_seed, pairs), scanner, run_seed)
