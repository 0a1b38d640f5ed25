from ringfence.intent import rules
from ringfence.memo import Memo


def test_a_full_memo_starts_over_with_the_new_answer() -> None:
    memo: Memo[str, int] = Memo(2)
    assert memo.put("a", 1) == 1 and memo.put("b", 2) == 2
    assert memo.put("c", 3) == 3  # the cap bounds memory; the newest answers are the ones kept
    assert memo.get("c") == 3 and "a" not in memo and memo.get("b") is None


def test_cache_clear_empties_a_memo_and_answers_stay_the_same() -> None:
    text = "what's your whatsapp? call me"
    before = rules.triggered_rules(text)
    assert rules._RULES_BY_GROUPS.get(tuple(rules._STEM_GROUPS(text.encode()))) == before
    rules._RULES_BY_GROUPS.cache_clear()  # as benchmarks/throughput.py clears every cache between passes
    assert rules._RULES_BY_GROUPS.get(tuple(rules._STEM_GROUPS(text.encode()))) is None
    assert rules.triggered_rules(text) == before
