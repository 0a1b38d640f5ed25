from ringfence.intent import rules
from ringfence.memo import Memo


def test_memo_keeps_answers_up_to_its_limit() -> None:
    memo: Memo[str, int] = Memo(2)
    assert memo.put("a", 1) == 1 and memo.put("b", 2) == 2
    assert memo.put("c", 3) == 3  # answered, not kept: the cap bounds memory
    assert memo.get("a") == 1 and "c" not in memo and memo.get("c") is None


def test_cache_clear_empties_a_memo_and_answers_stay_the_same() -> None:
    text = "what's your whatsapp? call me"
    before = rules.triggered_rules(text)
    assert rules._RULES_BY_GROUPS.get(tuple(rules._STEM_GROUPS(text.encode()))) == before
    rules._RULES_BY_GROUPS.cache_clear()  # as benchmarks/throughput.py clears every cache between passes
    assert rules._RULES_BY_GROUPS.get(tuple(rules._STEM_GROUPS(text.encode()))) is None
    assert rules.triggered_rules(text) == before
