"""Property tests: any text scans without an exception, and every finding points at its own characters."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ringfence import Context, Scanner

SCANNER = Scanner()
CONTEXT = Context("message", "pre_contract")
# The characters contacts and their disguises are made of, so random texts reach deep into the detectors.
WORDS = ["at", "dot", "gmail", "com", "www", "call", "whatsapp", "paypal", "zero", "one", "double", "first part"]
MARKS = ["then", "ends with", "live:", "t.me/", "0x", "bc1", "GB82", "٣", "０", "\u200b", "О", "read it backwards:"]
PIECES = st.sampled_from([*"0123456789 ..--()+/@:#_[]{}|*&;'\"\n", "1.2", "..", *WORDS, *MARKS])
TEXTS = st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=200)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("1.2[1.21.2")  # four dotted parts that are not all digits: no IPv4, and no crash reading one
def test_any_text_scans_and_findings_point_at_the_original(text: str) -> None:
    result = SCANNER.scan(text, CONTEXT)
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.text == text[finding.start : finding.end]
