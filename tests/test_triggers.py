"""The shared trigger pass: bits, the exact fallback, and the prefilter's promise (never misses a match)."""

from __future__ import annotations

import re

import pytest

from ringfence.triggers import TRIGGERS, TriggerSet
from support import labelled_texts


def test_bits_name_the_patterns_found() -> None:
    triggers = TriggerSet()
    digits = triggers.add("digits", r"\d{3}")
    call = triggers.add("call", r"(?<!\w)call", re.IGNORECASE)
    assert digits != call
    assert triggers.scan("CALL me") == call
    # the look-behind is widened in the prefilter ("recall" may fire "call"); the exact answer keeps it
    assert triggers.scan("recall 123") & digits
    assert triggers.scan_exact("recall 123") == digits
    assert triggers.names(triggers.scan("call 1234")) == ["digits", "call"]
    assert triggers.scan("nothing here") == 0


def test_unicode_digits_and_case() -> None:
    triggers = TriggerSet()
    digits = triggers.add("digits", r"\d{3}")
    name = triggers.add("name", "gmail", re.IGNORECASE)
    assert triggers.scan("٠٣٠٠") == digits  # Arabic-Indic digits are \d in Python and in Hyperscan's UCP mode
    assert triggers.scan("GMAIL") == name


def test_registering_after_the_first_scan_is_an_error() -> None:
    triggers = TriggerSet()
    triggers.add("a", "a")
    triggers.scan("a")
    with pytest.raises(RuntimeError, match="registered after the first scan"):
        triggers.add("b", "b")


def test_unsupported_flags_are_refused() -> None:
    with pytest.raises(ValueError, match="only IGNORECASE"):
        TriggerSet().add("verbose", "a b", re.VERBOSE)


def test_letters_hyperscan_folds_unlike_python_fire_every_trigger() -> None:
    """Python's IGNORECASE reads "ſms" as "sms" and "İ" as "i"; Hyperscan may not, so such a text fires every
    trigger and each step runs its exact checks."""
    triggers = TriggerSet()
    triggers.add("sms", "sms", re.IGNORECASE)
    triggers.add("digits", r"\d{3}")
    for text in ("ſms STOP", "DELHİ", "\u212aenya", "ıd"):
        assert triggers.scan(text) == triggers.all
    assert triggers.scan("café sms") == 1


def test_lone_surrogates_fall_back_to_the_exact_patterns() -> None:
    triggers = TriggerSet()
    bit = triggers.add("x", "x")
    assert triggers.scan("\ud800 x") == bit


def test_fallback_without_hyperscan_gives_the_exact_answer() -> None:
    triggers = TriggerSet(use_hyperscan=False)
    bit = triggers.add("digits", r"(?<!\d)\d{3}(?!\d)")
    assert triggers.scan("a 123 b") == bit
    assert triggers.scan("a 1234 b") == 0


def test_the_shared_set_never_misses_what_its_exact_patterns_find() -> None:
    """The prefilter may fire more often than a Python pattern, never less: a miss would hide a finding."""
    import ringfence.detectors  # noqa: F401  (registers every detector's triggers)

    missed = {}
    for text in labelled_texts():
        exact = TRIGGERS.scan_exact(text)
        if exact & ~TRIGGERS.scan(text):
            missed[text] = TRIGGERS.names(exact & ~TRIGGERS.scan(text))
    assert not missed


def test_threads_scan_with_their_own_copies() -> None:
    from concurrent.futures import ThreadPoolExecutor

    triggers = TriggerSet()
    digits = triggers.add("digits", r"\d{3}")
    word = triggers.add("word", "gmail", re.IGNORECASE)
    texts = ["call 123", "GMAIL me", "nothing", "gmail 4567"] * 200
    with ThreadPoolExecutor(4) as pool:
        masks = list(pool.map(triggers.scan, texts))
    assert masks == [digits, word, 0, digits | word] * 200
