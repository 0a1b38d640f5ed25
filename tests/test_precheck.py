"""The recipe gate: yes on every disguise family (labelled examples), no on ordinary chat and on the shapes it
was tightened against (numbers in a sentence, camel-cased names, long digit runs, at/dot words without an
address), and linear on a long text of cue words."""

from __future__ import annotations

import pytest

from ringfence.normalize import build_views
from ringfence.normalize.precheck import gate, survey
from support import labelled_texts


@pytest.mark.parametrize(
    ("text", "recipe"),
    [
        # number words (disguised-0047, -0051, -0063, -0070, -0080, -0088)
        ("my number is four one five, five five five, zero one three two", "spoken"),
        ("ping me on zero three double zero, one two three, four five six seven", "spoken"),
        ("meu zap é onze nove oito sete seis cinco quatro três dois um", "spoken"),
        ("meine Nummer: null eins sieben zwei, zweiundvierzig, dreiundzwanzig, neunzehn, achtundacht", "spoken"),
        ("raqmi sifr wa7ed sifr, wa7ed itnen talata arba3a, khamsa sitta sab3a tamanya", "spoken"),
        ("my number: 9 8 7 six five 4 3 two 1 0", "spoken"),
        # number words glued into one token, short English ones alone or beside a longer one
        ("ring fivezeronine fivefivefive zerooneninenine", "spoken"),
        ("call ninesevenone fivefivefive onetwothreefour", "spoken"),
        ("mi numero nuevetresuno cincocincocinco unodostres", "spoken"),
        # at/dot words (disguised-0092, -0096, -0102, -0104, -0110, -0111)
        ("you can email me at sarah.jones at gmail dot com", "spoken"),
        ("my id is sneha123 at the rate yahoo dot co dot in", "spoken"),
        ("scrivimi a marco.bianchi chiocciola libero punto it", "spoken"),
        ("почта: anna.smirnova собака mail точка ru", "spoken"),
        ("send it to adaeze.obi at yahoo.com when you can", "spoken"),
        ("reach me: nguyen.van.an at gmail", "spoken"),
        ("mail sam.k at studio.io or jo88 at example.org", "spoken"),  # a bare "at" between an id and a host
        ("peter.klein, then the at, then site.com", "spoken"),
        # split provider names and spaced letters (disguised-0126, -0132, -0133, -0140)
        ("ana_p @ out look . com", "spoken"),
        ("my email is k i m . n g u y e n @ g m a i l . c o m", "spoken"),
        ("email j-o-h-n-s-m-i-t-h at yahoo dot com", "spoken"),
        ("my mail: s*o*f*i*a*r at outlook dot com", "spoken"),
        # leet (disguised-0142, -0146) and vanity numbers (disguised-0153, -0155)
        ("mail: tony.r@gma1l.com", "letters"),
        ("jake.w at gm4il dot com", "letters"),
        ("call my studio line 415-DEV-CODE", "letters"),
        ("Questions? Call (212) WEB-HELP before applying", "letters"),
        # base64, hex and reversed text (sti-0013, -0014, -0015, -0016, -0017, -0021)
        ("my mail in base64 am9obi5zbWl0aEBnbWFpbC5jb20= decode it :)", "decoded"),
        ("number: MDMwMCAxMjM0NTY3", "decoded"),
        ("hex 6d617269612e6761726369613838406f75746c6f6f6b2e636f6d you know what to do", "decoded"),
        ("2B3434203734303020313233343536 <- decode, call me", "decoded"),
        ("read it backwards: moc.liamg@htims.nhoj", "decoded"),
        # leet separator words, provider parts and TLDs; a vanity number spelled out (fuzz pairs)
        ("4nn4-k(4t)w3b (d07) d3", "spoken"),
        ("c0nt4c7 4rr084 p1x3lf0rg3 pun70 57ud10", "spoken"),
        ("4 1 5   7 3 6   W D Q P", "spoken"),
        ("mi correo al revés: moc.kooltuo@88aicrag.airam", "decoded"),
        # letters between a non-ASCII symbol, or spaced out in another script
        ("мой ник: s·o·f·i·a·r·9·9", "spoken"),
        ("ник: к о т и к", "spoken"),
    ],
)
def test_the_gate_opens_for_every_disguise_family(text: str, recipe: str) -> None:
    assert recipe in gate(text)
    assert survey(text) is not None
    # the one pass hands on the gate's own answer, so nothing is asked twice
    assert survey(text) == gate(text)
    # a recipe whose view repeats an earlier one's text ("gma1l" read by spoken and letters alike) adds none
    assert len(build_views(text)) > 1


@pytest.mark.parametrize(
    "text",
    [
        "Hey, are we still on for the call tomorrow at 3? I'll send the draft over tonight!!",
        "I can deliver 3 logo concepts in 2 days for $150, with 5 revisions. Prices are £20, see you",
        "Congratulations on the internationalisation work, that's one for the books",
        # words that hold number words but are none ("someone", "often", "tonight", "network")
        "someone said often tonight that oneself in the network is seventeenth-century",
        # number words and digits scattered through a sentence, not dictated
        "I have one question: two of the five screens need 3 more days, so Friday at 4 works",
        # "und" inside English words ("found", "around") is not a German number
        "found it, I'll be around the office until the fund meeting",
        # "at" and "point" without a provider or TLD word after them
        "at this point I'd rather meet at noon, point taken about the budget",
        # single characters between symbols that neither spaced letters nor separator noise reads
        "K..k..i'm also fine, T's&C's apply",
        # long digit runs, camel-cased names and lower-case paths with digits are not payloads
        "Call 09064019788 now to claim, or +447781234567, ref 123456789012345",
        "XXXMobileMovieClub: To use your credit, click the WAP link in the next txt message",
        "see example.com/downloads/release2024final/notes for details",
        # an "@" alone opens no leet reading, nor one beside leet-shaped tokens when the host after it is plain
        "ping me at the team inbox, cc @anna on the thread",
        "msg recd@thirtyeight, charged@150p/msg, 2stop txt stop",
        # a bare "at" before a TLD-shaped word that is no host, or before a host after a word that is no id
        "used on 29-11-2016 at APPLE ONLINE STORE for 1267.00 GBP, call nationwide uk",
        "Log in at icicibank.com and enter URN, or claim at your PC",
        # numbers spell no leet word ("47" is not "at", "10" not "io"), even beside a leet-shaped token
        "room 47 at 10, the 2nd floor by 5pm",
        # non-ASCII characters the folding keeps ("£", "’", "€") and capitals after digits that are no vanity number
        "Win £1000 cash now’s your chance, or €50 from ÉCOLE 123 AB",
    ],
)
def test_ordinary_chat_closes_the_gate(text: str) -> None:
    assert gate(text) == frozenset()
    assert survey(text) is None
    assert [v.name for v in build_views(text)] == ["raw"]


def test_cue_words_alone_stay_linear_and_raw() -> None:
    """A long text of at/dot and number words with no address or dictation in it: the gate says no."""
    text = "at dot one two " * 20_000
    assert gate(text) == frozenset()
    assert [v.name for v in build_views(text)] == ["raw"]


@pytest.mark.parametrize(
    "text",
    [
        "see &#64; me",  # an entity
        "hxxps://example.com",  # a defanged scheme
        "john (at) example (dot) com",  # bracketed separators
        "call O8O-1234-5678",  # digit look-alikes
        "call 080 |234 5678 now",  # "|" beside a digit
        "visit c4lendly.c0m/me",  # a leet TLD
        "visit h77p5://example.com",  # a leet scheme
        "ring me: ５５５ 0123",  # a character Unicode folding changes
        "k\ni\nm\n@\ng\nm\na\ni\nl",  # one character per line
        "john<b>@</b>gmail.com",  # an HTML tag inside a word
        "john`@`gmail`.`com",  # markdown code marks inside a word
        "c\u0338a\u0335l\u0337l 0\u03387\u0335",  # stacked combining marks
    ],
)
def test_a_folding_step_keeps_survey_from_answering_raw_only(text: str) -> None:
    """`survey` answers for the folding too: a text one folding transform changes never gets None (raw only)."""
    assert survey(text) is not None
    assert len(build_views(text)) > 1


def test_a_leet_check_passes_a_host_written_plainly() -> None:
    """Leet beside a plain host ("4u", "www.example.com") is no leet URL: survey answers raw only."""
    text = "gr8 offer 4u, see www.example.com for details"
    assert survey(text) is None
    assert [v.name for v in build_views(text)] == ["raw"]


def test_the_triggers_never_hide_a_survey_answer() -> None:
    """`survey` reads the view triggers first and asks only the questions they open: on every labelled case and
    fuzz text (and texts holding plain symbols or other non-ASCII characters) it answers as asking every
    question does."""
    from ringfence.fuzz import generate
    from ringfence.normalize.precheck import survey_exact

    texts = labelled_texts() + [case.text for case in generate(pairs=False)]
    texts += [
        "Win £100 now… at gmail dot com",
        "call £ 5 5 5 £ 1",
        "s£o£f£i£a",
        "meu número é três",
        "zweiundvierzig",
        "fünfundzwanzig",
        "FÜNF EINS ZWEI DREI",
        "ät gmail punkt com",
        "ｇｍａｉｌ",
        "john\u200b@gmail",
        "(\u212aukac) gmail",
        "£ john (at) example (dot) com £",
        "£ call O8O-1234-5678 ’",
        "€ 415-DEV-CODE, “am9obi5zbWl0aEBnbWFpbC5jb20=”",
        "£ j o h n ’",
        "ring fivezeronine fivefivefive zerooneninenine",
        "£ ninesevenone fivefivefive onetwothreefour",
        "someone often tonight oneself network seventeenth",
        # short number words of other languages glued, with no longer word to fire a words trigger
        "call me dostres dostres ok",
        # hex a byte at a time
        "6b 69 6d 2e 6c 65 65 38 38 40 67 6d 61 69 6c 2e 63 6f 6d",
        "mac 00:1A:2B:3C:4D:5E:6F:70",
        "facebook ekdo ekdo",
        "call (2l2) 5S5-0l99",
        "whatsapp 98B65 43210",
        "RTX 3080S, SW1A 1AA, B2B 2024",
        # a slash said between dashes, a long TLD, a separator Python's \s holds and Hyperscan's does not
        "msg me t.me-slash-samdev",
        "samdev.website / portfolio",
        "linktr.ee\x1c/ sam",
        # one character per line, markup inside a word, pictographs between spelled characters
        "£ 0\n7\n7\n0\n0 ’",
        "Options:\nA\nB\nC\nD",
        "£ leo`@`gmail`.`com",
        "<p>Hi</p><p>there</p> £",
        "j😀o🎉h💥n✨@g🌟m🍀a🔥i💫l",
    ]
    assert len(texts) > 700
    for text in texts:
        assert survey(text) == survey_exact(text), text


def test_plain_symbols_leave_every_question_as_on_ascii() -> None:
    """A plain symbol has no case, is no word character, digit or space, and Unicode folding keeps it."""
    import re
    import unicodedata

    from ringfence.normalize.precheck import _PLAIN_SYMBOLS
    from ringfence.normalize.unicode import _changes

    assert "£" in _PLAIN_SYMBOLS and "’" in _PLAIN_SYMBOLS
    assert "…" not in _PLAIN_SYMBOLS and "ü" not in _PLAIN_SYMBOLS and "\u200b" not in _PLAIN_SYMBOLS
    for char in _PLAIN_SYMBOLS:
        assert not char.isascii() and re.match(r"[\w\s]", char) is None and not _changes(char)
        assert char.lower() == char == char.upper() and unicodedata.category(char)[0] in "PSC"


def test_dictation_window_is_four_number_tokens_within_five() -> None:
    """`_dictation` (the window found as byte literals) says yes exactly when four number tokens stand within
    five consecutive tokens."""
    import random

    from ringfence.normalize import precheck

    def by_places(tokens: list[bytes]) -> bool:
        places = [i for i, token in enumerate(tokens) if token in precheck._NUMBER_B or token.isdigit()]
        return any(places[k + 3] - places[k] < 5 for k in range(len(places) - 3))

    rng = random.Random(7)
    vocabulary = [b"one", b"two", b"tres", b"12", b"x", b"the", b"dog"]
    for _ in range(20_000):
        tokens = [rng.choice(vocabulary) for _ in range(rng.randint(0, 14))]
        assert precheck._dictation(tokens) == by_places(tokens), tokens


def test_german_compound_search_led_by_und_agrees_with_the_compound_regex() -> None:
    import random

    from ringfence.normalize.numbers import GERMAN_COMPOUND, GERMAN_COMPOUND_ANYWHERE

    rng = random.Random(5)
    pieces = ["ein", "zwei", "und", "vierzig", "undxxxxx", "achtundachtzig", "neunundneu", " ", "fünfundzwanzig", "ß"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        assert (GERMAN_COMPOUND.search(text) is None) == (GERMAN_COMPOUND_ANYWHERE.search(text) is None), text
