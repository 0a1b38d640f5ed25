"""The fuzzer: techniques produce the disguise they name, runs are reproducible, scoring is right."""

from __future__ import annotations

import base64
import json
import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ringfence import Kind, Scanner
from ringfence.cli import app
from ringfence.detectors.email import EmailDetector
from ringfence.fuzz import TECHNIQUES_BY_NAME, Seed, SeedError, default_seeds, generate, judge, load_seeds, run
from ringfence.fuzz.runner import Case
from ringfence.types import Finding

EMAIL = Seed(Kind.EMAIL, "john.smith@gmail.com", "john.smith@gmail.com")
PHONE = Seed(Kind.PHONE, "0300 1112233", "+923001112233", region="PK")


def _apply(name: str, seed: Seed, rng_seed: int = 1) -> str:
    return TECHNIQUES_BY_NAME[name].apply(seed.text, seed, random.Random(rng_seed))


def test_each_technique_produces_the_disguise_it_names() -> None:
    assert "\u200b" in _apply("zero_width", EMAIL)
    assert "\u00ad" in _apply("soft_hyphens", EMAIL)
    assert _apply("spaced_letters", EMAIL).startswith("j o h n")
    assert _apply("fullwidth", EMAIL) == "ｊｏｈｎ．ｓｍｉｔｈ＠ｇｍａｉｌ．ｃｏｍ"
    assert any(0x1D400 <= ord(c) <= 0x1D7FF for c in _apply("math_alphanumerics", EMAIL))
    assert any("\u0370" <= c <= "\u04ff" for c in _apply("lookalikes", EMAIL))
    assert re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", _apply("html_entities", EMAIL))
    assert "gmail" not in _apply("spelled_provider", EMAIL)
    assert "[" in _apply("defanged", EMAIL) or "(.)" in _apply("defanged", EMAIL)
    assert base64.b64decode(_apply("base64", EMAIL) + "==").decode() == EMAIL.text
    assert bytes.fromhex(_apply("hex", EMAIL)).decode() == EMAIL.text
    assert _apply("reversed", EMAIL) == "moc.liamg@htims.nhoj"
    assert "triple" in _apply("double_triple", PHONE) and "double" in _apply("double_triple", PHONE)
    assert not any(c.isdigit() for c in _apply("number_words", PHONE))
    assert all(not c.isascii() for c in _apply("native_digits", PHONE) if c.isdigit())
    assert "\u20e3" in _apply("keycap_digits", PHONE)
    assert "③" in _apply("circled_digits", PHONE)
    split = _apply("split_parts", PHONE)
    assert re.sub(r"\D", "", split) == "03001112233" and not re.search(r"\d{6}", split)


def test_a_technique_that_has_nothing_to_change_returns_the_input() -> None:
    assert _apply("vanity", PHONE) == PHONE.text  # not a North American number
    assert _apply("spelled_provider", Seed(Kind.EMAIL, "a@pixelforge.studio", "a@pixelforge.studio")) == (
        "a@pixelforge.studio"
    )


def test_generation_is_reproducible_and_the_seed_changes_it() -> None:
    first = [c.text for c in generate(run_seed=7)]
    assert first == [c.text for c in generate(run_seed=7)]
    assert first != [c.text for c in generate(run_seed=8)]


def test_every_case_marks_its_disguise_and_pairs_apply_both_techniques() -> None:
    cases = generate([EMAIL, PHONE], run_seed=3)
    keys = {c.key for c in cases}
    assert {"zero_width", "base64", "zero_width+base64", "split_parts+circled_digits"} <= keys
    assert "base64+hex" not in keys  # two encodings are not paired
    for case in cases:
        assert case.disguised and case.disguised in case.text
    (pair,) = [c for c in cases if c.key == "zero_width+base64" and c.seed is EMAIL]
    assert "\u200b" in base64.b64decode(pair.disguised + "==").decode()


def _finding(kind: Kind, start: int, end: int, value: str = "x") -> Finding:
    return Finding(kind, None, value, start, end, "", "test.rule", 0.9)


def test_scoring_counts_kind_overlap_and_ninety_percent_coverage() -> None:
    case = Case("t", 0, EMAIL, "write to 0123456789 now", 9, 19)
    full = judge(case, [_finding(Kind.EMAIL, 9, 19, EMAIL.value)])
    assert (full.recalled, full.covered, full.value_exact) == (True, True, True)
    nine_of_ten = judge(case, [_finding(Kind.EMAIL, 9, 18)])
    assert (nine_of_ten.recalled, nine_of_ten.covered, nine_of_ten.value_exact) == (True, True, False)
    partial = judge(case, [_finding(Kind.EMAIL, 9, 17)])
    assert (partial.recalled, partial.covered) == (True, False)
    wrong_kind = judge(case, [_finding(Kind.URL, 9, 19)])
    assert (wrong_kind.recalled, wrong_kind.covered) == (False, False)
    elsewhere = judge(case, [_finding(Kind.EMAIL, 0, 5)])
    assert not elsewhere.recalled


def test_a_run_with_only_the_email_detector_scores_emails_and_misses_phones() -> None:
    cases = [c for c in generate([EMAIL, PHONE], run_seed=0, pairs=False) if c.key in ("fullwidth", "zero_width")]
    report = run(cases, Scanner(detectors=[EmailDetector()]))
    by_key = {s.key: s for s in report.singles}
    assert by_key["fullwidth"].cases == 2 and by_key["fullwidth"].recalled == 1  # the email, not the phone
    assert {o.case.seed.kind for o in report.failures} == {Kind.PHONE}


def test_seeds_file(tmp_path: Path) -> None:
    path = tmp_path / "seeds.jsonl"
    path.write_text(
        '{"kind": "phone", "text": "0301 2345678", "region": "PK"}\n'
        '{"kind": "email", "text": "a.b@example.org", "value": "a.b@example.org"}\n',
        encoding="utf-8",
    )
    phone, email = load_seeds(path)
    assert phone.value == "+923012345678" and email.kind is Kind.EMAIL
    path.write_text('{"kind": "fax", "text": "1"}\n', encoding="utf-8")
    with pytest.raises(SeedError, match="kind"):
        load_seeds(path)
    assert all(s.kind is not Kind.PHONE or s.value.startswith("+") for s in default_seeds())


def test_cli_writes_json_and_fails_below_min_recall(tmp_path: Path) -> None:
    out = tmp_path / "fuzz.json"
    seeds = tmp_path / "seeds.jsonl"
    seeds.write_text('{"kind": "email", "text": "jo@example.com", "value": "jo@example.com"}\n', encoding="utf-8")
    args = ["fuzz", "--no-builtin-seeds", "--seeds", str(seeds), "-t", "fullwidth", "--no-pairs", "--json", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [s["technique"] for s in report["singles"]] == ["fullwidth"]
    assert report["singles"][0]["cases"] == 1
    failing = CliRunner().invoke(app, [*args, "-t", "lookalikes", "--min-recall", "1.01"])
    assert failing.exit_code == 1
    unknown = CliRunner().invoke(app, ["fuzz", "-t", "nope"])
    assert unknown.exit_code != 0


def test_spaced_letters_keep_a_word_gap_and_bracketed_wraps_separator_words() -> None:
    from ringfence.fuzz.techniques import SPACED_WORD_GAP

    spaced = _apply("spaced_letters", Seed(Kind.PHONE, "four one five", "+1415", region="US"))
    assert spaced == SPACED_WORD_GAP.join(("f o u r", "o n e", "f i v e"))
    words = TECHNIQUES_BY_NAME["at_dot_words"].apply(EMAIL.text, EMAIL, random.Random(3))
    bracketed = TECHNIQUES_BY_NAME["bracketed"].apply(words, EMAIL, random.Random(3))
    assert bracketed.count("@") == 0 and re.search(r"[(\[{](at|arroba|arobase|chiocciola|at the rate)[)\]}]", bracketed)
    assert bracketed.startswith("john.smith ")  # the local part's own "." is not a separator word


def test_pairs_that_destroy_each_other_are_not_generated() -> None:
    from ringfence.fuzz.runner import EXCLUDED_PAIRS

    keys = {case.key for case in generate(run_seed=0)}
    for pair in EXCLUDED_PAIRS:
        a, b = sorted(pair)
        assert f"{a}+{b}" not in keys and f"{b}+{a}" not in keys
    assert "number_words+spaced_letters" in keys
