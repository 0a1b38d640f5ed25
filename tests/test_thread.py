"""Contacts split over one sender's consecutive messages are reassembled and reported in every part."""

from __future__ import annotations

import pytest

from ringfence import Context, Kind, Scanner
from ringfence.detectors.email import EmailDetector
from ringfence.detectors.split_digits import SplitDigitsDetector
from ringfence.thread import WINDOW

# The detectors these parts need, so the test does not depend on how other detectors read the joined text.
DETECTORS = [EmailDetector(), SplitDigitsDetector()]
A = Context("message", "pre_contract", sender_id="alice")
B = Context("message", "pre_contract", sender_id="bob")


def _kinds(results: list, kind: Kind) -> list[list[str]]:  # type: ignore[type-arg]
    return [[f.text for f in r.findings if f.kind is kind] for r in results]


def test_digits_over_three_messages_with_another_sender_between() -> None:
    messages = [("my number is 0300", A), ("what time works?", B), ("123", A), ("4567", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert _kinds(results, Kind.PHONE) == [["0300"], [], ["123"], ["4567"]]
    values = {f.value for r in results for f in r.findings if f.kind is Kind.PHONE}
    assert values == {"+923001234567"}
    assert results[0].violation and not results[1].violation
    assert all(f.rule == "thread.split_phone" for r in (results[2], results[3]) for f in r.findings)
    assert results[3].redacted == "[phone removed]"


def test_email_in_fragments() -> None:
    messages = [("john.smith", A), ("@", A), ("ok?", B), ("gmail.com", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert _kinds(results, Kind.EMAIL) == [["john.smith"], ["@"], [], ["gmail.com"]]
    assert {f.value for r in results for f in r.findings} == {"john.smith@gmail.com"}


def test_another_senders_fragment_does_not_contribute() -> None:
    # "jenny" (no digit, ".", "_") and "gmail.com" name no mailbox without the "@", which only bob sent
    messages = [("jenny", A), ("@", B), ("gmail.com", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert not any(r.findings for r in results)


def test_an_id_and_a_mail_providers_domain_over_two_messages() -> None:
    messages = [("john.smith", A), ("@", B), ("gmail.com", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert _kinds(results, Kind.EMAIL) == [["john.smith"], [], ["gmail.com"]]
    assert {f.value for r in results for f in r.findings} == {"john.smith@gmail.com"}


def test_fragments_beyond_the_window_are_not_joined() -> None:
    filler = [(f"message {i}", A) for i in range(WINDOW)]
    messages = [("john.smith", A), *filler, ("@gmail.com", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert not results[0].findings


def test_ordinary_numbers_in_a_conversation_are_not_a_phone() -> None:
    messages = [("I have 3 years of experience", A), ("and 2 projects", A), ("2024", A), ("500", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert not any(r.findings for r in results)


def test_whole_contacts_keep_their_own_rule_and_messages_without_sender_are_scanned_alone() -> None:
    anonymous = Context("message", "pre_contract")
    messages = [("mail me at jo@example.com", A), ("john.smith", anonymous), ("@gmail.com", anonymous)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert [f.rule for f in results[0].findings] == ["email.address"]
    assert not results[1].findings


def _email_texts(messages: list[tuple[str, Context]]) -> tuple[list[list[str]], set[str]]:
    results = Scanner().scan_thread(messages)
    return _kinds(results, Kind.EMAIL), {f.value for r in results for f in r.findings if f.kind is Kind.EMAIL}


@pytest.mark.parametrize(
    ("parts", "value"),
    [
        (["j", "e", "n", "n", "y", "@gmail.com"], "jenny@gmail.com"),
        (["J", "E", "N", "N", "Y", "@ outlook.com"], "jenny@outlook.com"),
        (["jen", "ny", "@gmail.com"], "jenny@gmail.com"),
        (["j", "e", "n", "n", "y", "at gmail"], "jenny@gmail.com"),
        (["j", "u", "a", "n", "arroba gmail punto com"], "juan@gmail.com"),
        (["jenny", "lopez", "at gmail dot com"], "jenny.lopez@gmail.com"),
        (["j.e.n.n.y", "at", "gmail", "dot com"], "jenny@gmail.com"),
        (["jenny_88", "@hotmail.com"], "jenny_88@hotmail.com"),
        # Longer than WINDOW: a spelling one letter per message reaches back further.
        (["c", "h", "r", "i", "s", "t", "o", "p", "h", "e", "r", "@yahoo.com"], "christopher@yahoo.com"),
    ],
)
def test_local_part_spelled_over_messages(parts: list[str], value: str) -> None:
    texts, values = _email_texts([(part, A) for part in parts])
    assert texts == [[part] for part in parts]
    assert values == {value}


def test_spelled_local_part_with_another_sender_between() -> None:
    messages = [("a", A), ("sorry?", B), ("n", A), ("a", A), ("@outlook.com", A)]
    texts, values = _email_texts(messages)
    assert texts == [["a"], [], ["n"], ["a"], ["@outlook.com"]]
    assert values == {"ana@outlook.com"}


def test_word_before_a_domain_message_is_its_local_part() -> None:
    texts, values = _email_texts([("my email is carlos", A), ("@hotmail.com", A)])
    assert texts == [["carlos"], ["@hotmail.com"]] and values == {"carlos@hotmail.com"}


@pytest.mark.parametrize(
    ("parts", "value"),
    [
        (["my ig", "@jenny", ".designs"], "jenny.designs"),
        (["telegram:", "@jlopez", "_dev"], "jlopez_dev"),
        (["insta", "@maria", "_art"], "maria_art"),
    ],
)
def test_handle_continued_in_the_next_message(parts: list[str], value: str) -> None:
    results = Scanner().scan_thread([(part, A) for part in parts])
    handles = [[f for f in r.findings if f.kind is Kind.HANDLE] for r in results]
    assert {f.value for found in handles for f in found} == {value}
    assert [[f.text for f in found] for found in handles[1:]] == [[part] for part in parts[1:]]


@pytest.mark.parametrize(
    "messages",
    [
        [("can you start monday?", B), ("k", A), ("budget ok?", B), ("y", A), ("revisions?", B), ("n", A), ("ok", A)],
        [("I", A), ("am", A), ("at", A), ("home", A)],
        [("which layout?", B), ("a", A), ("b", A), ("c", A)],
        [("how many pages?", B), ("2", A), ("3", A), ("4", A)],
        [("ok", A), ("k", A), ("y", A), ("@gmail.com is down", A)],
        [("can we meet", A), ("at", A), ("the office", A)],
        [("is gmail down?", A), ("@gmail.com", A), ("my inbox wont load", A)],
    ],
)
def test_ordinary_chat_is_not_joined_into_a_contact(messages: list[tuple[str, Context]]) -> None:
    assert not any(r.findings for r in Scanner().scan_thread(messages))


def test_a_mention_in_team_chat_gains_nothing_from_the_thread() -> None:
    messages = [("@jenny", A), ("can you check", A)]
    scanner = Scanner()
    alone = [scanner.scan(text, context).findings for text, context in messages]
    assert [r.findings for r in scanner.scan_thread(messages)] == alone


@pytest.mark.parametrize(
    ("parts", "value"),
    [
        (["first part 0917", "second part 1234567"], "+919171234567"),
        (["first part 0300", "ok?", "second part 1234567"], "+923001234567"),
    ],
)
def test_labelled_parts_over_messages(parts: list[str], value: str) -> None:
    messages = [(part, B if part == "ok?" else A) for part in parts]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert {f.value for r in results for f in r.findings if f.kind is Kind.PHONE} == {value}
    assert not any(r.findings for r, (_, context) in zip(results, messages, strict=True) if context is B)


def test_amounts_over_messages_stay_apart() -> None:
    messages = [("it took 30", A), ("second time 45", A), ("then 120", A)]
    assert not any(r.findings for r in Scanner(detectors=DETECTORS).scan_thread(messages))


@pytest.mark.parametrize(
    ("parts", "kind", "value"),
    [
        (["upi", "rahul.sharma", "@okaxis"], Kind.PAYMENT, "rahul.sharma@okaxis"),  # a UPI handle ends the address
        (["email", "jenny", "@gmail.com"], Kind.EMAIL, "jenny@gmail.com"),  # the channel's name is no local part
        (["mail", "jenny", "lopez", "@gmail.com"], Kind.EMAIL, "jenny.lopez@gmail.com"),
    ],
)
def test_the_channel_named_before_a_split_address_is_its_cue(parts: list[str], kind: Kind, value: str) -> None:
    results = Scanner().scan_thread([(part, A) for part in parts])
    assert {(f.kind, f.value) for r in results for f in r.findings if f.kind.is_contact} == {(kind, value)}
    assert not any(f.kind.is_contact for f in results[0].findings)


@pytest.mark.parametrize(
    "messages",
    [
        [("order number?", A), ("4471", B), ("2093", B), ("811", B)],  # bare groups, no "+"/"0", no phone cue
        [("invoice 2024", B), ("0315", B), ("1187", B)],  # digits ending a message that names them otherwise
        [("invoice 0315", B), ("1187", B), ("2209", B)],
    ],
)
def test_numbers_named_otherwise_are_no_dictated_phone(messages: list[tuple[str, Context]]) -> None:
    assert not any(r.findings for r in Scanner().scan_thread(messages))


def test_a_phone_cue_before_bare_groups_makes_them_a_number() -> None:
    messages = [("my number", A), ("sure", B), ("98110", A), ("ok", B), ("22333", A)]
    results = Scanner(detectors=DETECTORS).scan_thread(messages)
    assert _kinds(results, Kind.PHONE) == [[], [], ["98110"], [], ["22333"]]


@pytest.mark.parametrize(
    "messages",
    [
        [("order number is", A), ("0300", A), ("1234567", A)],  # a trunk "0" and a "number" named as an order's
        [("order #", A), ("0300", A), ("123", A), ("4567", A)],
        [("reference: 0300-123", A), ("-", A), ("4567", A)],
    ],
)
def test_a_label_naming_the_digits_otherwise_ends_a_dictation(messages: list[tuple[str, Context]]) -> None:
    assert not any(r.findings for r in Scanner().scan_thread(messages))


@pytest.mark.parametrize(
    ("parts", "value"),
    [
        (["my email is maria.lopez88", "gmail"], "maria.lopez88@gmail.com"),
        (["email: maria.lopez", "domain: outlook.com"], "maria.lopez@outlook.com"),
        (["k", "i", "m", ".", "l", "e", "e", "at gmail"], "kim.lee@gmail.com"),
    ],
)
def test_a_named_local_part_and_its_domain_over_messages(parts: list[str], value: str) -> None:
    results = Scanner(detectors=DETECTORS).scan_thread([(part, A) for part in parts])
    assert all(r.violation for r in results)
    assert {f.value for r in results for f in r.findings} == {value}


def test_news_about_a_mailbox_names_no_local_part() -> None:
    for parts in (["my email is down", "gmail"], ["email me", "gmail"]):
        assert not any(r.findings for r in Scanner().scan_thread([(part, A) for part in parts]))


def test_a_spelling_after_its_cue_reaches_past_the_window() -> None:
    parts = ["my insta", *"kim_creates"]
    results = Scanner().scan_thread([(part, A) for part in parts])
    assert {f.value for r in results for f in r.findings if f.kind is Kind.HANDLE} == {"kim_creates"}
    assert all(r.violation for r in results)


def test_the_other_partys_question_about_an_app_cues_the_answer() -> None:
    messages = [("do you have telegram?", A), ("yes", B), ("jo_dev", B)]
    results = Scanner().scan_thread(messages)
    assert {f.value for f in results[2].findings if f.kind is Kind.HANDLE} == {"jo_dev"}
    assert not any(f.kind.is_contact for f in results[0].findings)  # the question is a cue, not a part
    phone = Scanner().scan_thread([("whats your whatsapp number?", A), ("98110", B), ("22333", B)])
    assert [f.value for r in phone[1:] for f in r.findings] == ["+919811022333", "+919811022333"]
    refused = [("do you have telegram?", A), ("no, lets keep chatting here", B), ("the_draft is ready btw", B)]
    assert not any(r.violation for r in Scanner().scan_thread(refused)[1:])


@pytest.mark.parametrize(
    ("messages", "flagged"),
    [
        ([("do you use telegram?", A), ("yes, add me there", B)], True),
        ([("telegram", A), ("?", B), ("ping me on it", A)], True),
        ([("whatsapp?", A), ("don't add me there please, keep it here", B)], False),
        ([("the bot should post to telegram", A), ("and send alerts there too", A)], False),
        ([("upwork", A), ("message me there", A)], False),  # no messaging app named
    ],
)
def test_there_points_at_the_app_a_recent_message_named(messages: list[tuple[str, Context]], flagged: bool) -> None:
    last = Scanner().scan_thread(messages)[-1]
    assert last.violation is flagged
    assert all(f.rule.startswith("thread.") for f in last.findings if f.violation)


def test_a_filler_message_between_dictated_parts_does_not_break_them() -> None:
    parts = ["my number is", "0300", "one sec", "123", "ok", "4567"]
    results = Scanner(detectors=DETECTORS).scan_thread([(part, A) for part in parts])
    assert _kinds(results, Kind.PHONE) == [[], ["0300"], [], ["123"], [], ["4567"]]
    prices = ["order number is", "0300", "wait", "1234", "ok", "567"]
    assert not any(r.violation for r in Scanner().scan_thread([(part, A) for part in prices]))


def test_a_correction_of_the_number_just_given_is_its_last_part() -> None:
    messages = [("my number is 0300 123 4567", A), ("ok", B), ("sorry, last digit is 8", A)]
    results = Scanner().scan_thread(messages)
    assert _kinds(results, Kind.PHONE)[2] == ["8"]
    assert {f.value for f in results[2].findings} == {"+443001234568"}
    assert [f.value for f in Scanner().scan_thread([("0300 123 4567", A), ("8 not 7", A)])[1].findings] == [
        "+443001234568"
    ]
    unrelated = [("my number is 0300 123 4567", A), ("sorry I'm free after 5", A)]
    assert not Scanner().scan_thread(unrelated)[1].findings


def test_an_id_shaped_message_before_a_mail_provider_is_its_local_part() -> None:
    results = Scanner(detectors=DETECTORS).scan_thread([("kimberly.draws", A), ("gmail", A)])
    assert {f.value for r in results for f in r.findings} == {"kimberly.draws@gmail.com"}
    for parts in (["yes", "gmail"], ["v2.final", "figma.com"]):
        assert not any(r.violation for r in Scanner().scan_thread([(part, A) for part in parts]))


def test_an_answer_to_a_question_about_an_app_is_read_as_that_app() -> None:
    handle = Scanner().scan_thread([("what's your insta?", A), ("kim_draws", B)])[1]
    assert [f.value for f in handle.findings if f.kind is Kind.HANDLE] == ["kim_draws"]
    pointed = Scanner().scan_thread([("what's your skype?", A), ("same as my username here", B)])[1]
    assert [f.kind for f in pointed.findings] == [Kind.OFF_PLATFORM_REQUEST]
    for answer in ("nope", "no, sorry, only here", "I'd rather keep it here"):
        assert not Scanner().scan_thread([("do you have telegram?", A), (answer, B)])[1].violation
