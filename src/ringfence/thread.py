"""Thread scanning: contacts spread over consecutive messages of one sender.

"0300" / "123" / "4567", or "john.smith" / "@" / "gmail.com", or "my skype" / "live:" / "john_88": each
message alone holds nothing, together they hold a contact. For every message of a sender, the sender's
previous messages in a bounded window (the last `WINDOW` of that sender, reaching further back only over
tiny messages, a spelling one letter per message, up to `SPELLING_WINDOW`; Context has no timestamp, so the
window counts messages) are joined with it and scanned again. A finding of the joined text that spans two
or more messages, one of them the current one, is reported in each message that holds a part of it, at
that part's offsets, with rule "thread.split_<kind>"; each message is then re-judged by the policy. Other
senders' messages in between neither break a sender's sequence nor contribute to it, and neither do the sender's
own fillers ("one sec", "ok", "lol"). A message correcting the end of the number its sender just gave ("sorry, last
digit is 8", "ends in 4568") is that number's last part, with the corrected value.

Messages are joined with a space, except where a space would cut one token in two:
- a local part spelled over messages and followed by an address's "@"/"at" part ("j" / "e" / "n" / "n" / "y" /
  "@gmail.com", "jenny" / "lopez" / "at gmail dot com") is joined without separators when each fragment is
  tiny (one to three letters, a letter-per-message spelling) and with "." between longer words; the "@" part
  (a mail provider, a dotted host or a UPI handle: "rahul.sharma" / "@okaxis") follows the local part directly.
  A message naming the channel before it ("email", "upi") is its cue, not part of the local part. Without an
  address part after them, short replies ("k" / "y" / "ok") stay apart, and an "@" part must be the whole
  message, so "@gmail.com is down" joins nothing;
- a message that continues a handle ("@jenny" / ".designs", "@jlopez" / "_dev") follows it directly;
- a mail provider or a dotted host ("gmail", "domain: outlook.com") after a local part named as an address ("my
  email is maria.lopez88") is its domain: joined with "@", the label before the host left out; so is a mail
  provider after a message that is one id-shaped token ("kimberly.draws" / "gmail");
- an id-shaped answer to the other party's question about an app follows it as a value follows its label ("what's your
  insta?" / "kim_draws").

Intent can hang on the thread too: "add me there" or "let's talk on it" says where only through an app a recent
message named ("do you use telegram?" / "yes, add me there"), or answer a question about an app ("what's your
skype?" / "same as my username here"). Such a message is read again with its "there" put as "on <the app>", or
as "my <app> is <answer>", and the intent found in it is reported at the message's own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ringfence.detectors.phone import named_or_priced
from ringfence.detectors.split_digits import LIKELY_REGIONS, PHONE_CUE, phone_e164
from ringfence.intent.rules import CONTACT_PLATFORM
from ringfence.normalize.separators import AT_WORDS
from ringfence.normalize.spoken import MAIL_DOMAINS, UPI_HANDLES
from ringfence.normalize.view import words
from ringfence.resolve import resolve
from ringfence.types import INTENT_KINDS, Context, Finding, Kind, ScanResult

if TYPE_CHECKING:
    from ringfence.scanner import Scanner

WINDOW = 6
# A letter-per-message spelling is longer than the window but adds a few characters each: the window reaches
# back over tiny messages up to this many messages in all.
SPELLING_WINDOW = 24
# A longer message is a whole thought: only its end (as an earlier part) or its start (as the current part)
# can continue a contact.
_FRAGMENT_CHARS = 160
_EDGE_CHARS = 80
_SEPARATOR = " "
_ANSWER_SEPARATOR = ": "
# Fragments of a spelled local part: a whole message that is one token ("jenny", "j.e.n.n.y", "88"), or the
# mark a spelling puts between its letters ("k" / "i" / "m" / "." / "l" / "e" / "e") ...
_LOCAL_FRAGMENT = re.compile(r"\s{0,4}(?:[^\W_][\w.\-]{0,39}|[._\-])\s{0,4}")
_TINY_FRAGMENT = re.compile(r"\s{0,4}(?:[^\W_]{1,3}|[._\-])\s{0,4}")
# ... followed by a whole message that is an address's "@" part: the at word or sign, then nothing (the domain
# follows in later messages), a mail provider or a UPI handle ("@okaxis"), or a dotted host ("@gmail.com", "at gmail dot
# com", "(at) yahoo").
_AT_PART = re.compile(
    r"\s{0,4}[(\[{<]?\s{0,2}(?P<at>@|(?:" + AT_WORDS + r")(?![^\W_]))\s{0,2}[)\]}>]?\s{0,3}"
    r"(?P<host>[^\W_][\w\-]{0,62}(?P<dotted>(?:\s{0,2}(?:\.|\bdot\b)\s{0,2}[^\W_][\w\-]{0,62}){1,3})?)?"
    r"\s{0,4}[.!]?\s{0,4}",
    re.IGNORECASE,
)
# A message naming the address's channel is its cue, not the first word of its local part ("email" / "jenny" /
# "@gmail.com", "upi" / "rahul.sharma" / "@okaxis").
_CHANNEL_NAMES = words("email e-mail mail upi vpa gpay paytm phonepe bhim")
# A local part named as an address at a message's end ("my email is maria.lopez88", "mail id: jo.dev") and a
# message that is its domain, labelled or not ("gmail", "outlook.com", "and the domain is yahoo.co.uk").
# After "is" the local part must look like one (a digit, "." "_" or "-" in it): "my email is down" / "gmail" is
# news about a mailbox.
_NAMED_LOCAL_PART = re.compile(
    r"(?<![\w-])(?:e-?mail|mail)(?:\s{1,2}(?:id|address))?"
    r"(?:\s{0,2}[:=\-]\s{0,2}|\s{1,2}is\s{1,2}(?=[\w.\-+]{0,63}[\d._\-]))[^\W_][\w.\-+]{0,63}\s{0,4}$",
    re.IGNORECASE,
)
# Or a whole message that is one id-shaped token ("kimberly.draws", "kim_88"): a letter first, a digit or a mark
# inside, so "yes" / "gmail" or "thanks!" / "gmail" make no address.
_SHAPED_TOKEN = re.compile(r"\s{0,4}[^\W\d_][\w+\-]{0,31}(?:[._\-+\d][\w+\-]{0,31}){1,4}(?<=[^\W_])\s{0,4}")
_DOMAIN_PART = re.compile(
    r"\s{0,4}(?:(?:and\s{1,2})?(?:the\s{1,2})?(?:domain|provider)(?:\s{1,2}is)?\s{0,2}[:=\-]?\s{0,2})?"
    r"(?P<host>[^\W_][\w\-]{0,62}(?P<dotted>(?:\.[^\W_][\w\-]{0,62}){1,3})?)\s{0,4}[.!]?\s{0,4}",
    re.IGNORECASE,
)
# A message that only keeps the conversation going ("one sec", "ok", "wait", "lol"): it sits between dictated parts
# without being one, so it is left out of its sender's sequence. A lone letter is a spelling's part, never filler.
_FILLER = re.compile(
    r"[\s.,!…]{0,4}(?:(?:ok(?:ay)?|kk|one\s{1,2}sec(?:ond)?|a\s{1,2}sec(?:ond)?|sec|wait|hold\s{1,2}on|hang\s{1,2}on"
    r"|lol|haha(?:ha){0,3}|hm{1,4}|um{1,4}|uh{1,4}|sorry|oops|and|then|next|got\s{1,2}it|so)[\s.,!…]{0,4}){1,3}",
    re.IGNORECASE,
)
# A message that continues the previous one's handle: one token starting with "." "_" or "-" (".designs").
_CONTINUATION = re.compile(r"[._\-][^\W_][\w.\-]{0,39}\s{0,4}")
# Bare digit messages are weaker evidence than a labelled dictation: two short numbers ("2024", "500")
# must not make a phone, so a reassembled number needs the length of a real subscriber number.
_MIN_THREAD_DIGITS = 9
# A message that is nothing but a digit group ("0300", "123-4567", "+44"), or a phone cue ending in one.
_DIGITS_ONLY = re.compile(r"\s{0,4}(\+?\d[\d\s().\-]{0,24})[\s.,;!]{0,4}")
_TRAILING_DIGITS = re.compile(r"(?<![\w])(\+?\d[\d\s().\-]{0,24})[\s.,;!]{0,4}$")
# A message correcting the end of the number its sender just gave ("sorry, last digit is 8", "ends in 4568", "wait
# no, 4568 at the end", "typo: 68", "8 not 7"): the corrected digits, and the ones they replace when it says so.
_CORRECTION = re.compile(
    r"(?:last|final)\s{1,2}(?:digit|number|two|three|four|\d\s{0,2}digit)s?\s{0,3}(?:is|are|should\s{1,2}be|=|:|-)?\s{0,3}"
    r"(?P<tail>\d{1,4})(?!\d)"
    r"|ends?\s{1,2}(?:with|in)\s{1,2}(?P<ending>\d{1,4})(?!\d)"
    r"|(?<!\d)(?P<at_end>\d{1,4})\s{1,2}(?:at\s{1,2}the\s{1,2}end|in\s{1,2}the\s{1,2}end)"
    r"|(?<!\d)(?P<right>\d{1,4})\s{1,2}not\s{1,2}(?P<wrong>\d{1,4})(?!\d)"
    r"|not\s{1,2}(?P<wrong_first>\d{1,4})[\s,;]{1,3}(?:it['’]?s\s{1,2})?(?P<right_after>\d{1,4})(?!\d)"
    r"|^\s{0,3}(?:sorry|typo|oops|my\s{1,2}bad|correction|i\s{1,2}mean[t]?|wait(?:\s{1,2}no)?|no|actually|\*)[\s,.:!\-]{0,6}"
    r"(?:it['’]?s\s{1,2})?(?P<bare>\d{1,4})[\s.!]{0,3}$",
    re.IGNORECASE,
)
# A word that points at a place named before ("add me there", "talk on it", "ping me on that app"), and the
# messaging apps such a word can point at, looked for in the thread's last few messages of any sender.
_REFERRING = re.compile(
    r"(?<!\w)(?:(?:on|over|in)\s{1,2})?there(?!\w)|(?<!\w)(?:on|in|via)\s{1,2}(?:it|that(?:\s{1,2}app)?|the\s{1,2}same)"
    r"(?!\w)|(?<!\w)(?:ahí|ahi|allí|alli|allá|alla|wahan|waha|udhar|wahin)(?!\w)",
    re.IGNORECASE,
)
# The "yes" an answer may open with before saying what it is ("yes, same name as here").
_AFFIRMATION = re.compile(
    r"(?:(?:yes|yeah|yep|yup|sure|ya|of\s{1,2}course|it['’]?s|it\s{1,2}is)\b[\s,.!:\-]{0,4}){0,3}", re.IGNORECASE
)
_APP_NAME = re.compile(rf"(?<!\w)(?:{CONTACT_PLATFORM})(?!\w)", re.IGNORECASE)
_REFERENT_REACH = 3


@dataclass(frozen=True, slots=True)
class _Part:
    """Characters [start, end) of message `index`, placed at `offset` in the joined text."""

    index: int
    start: int
    end: int
    offset: int


@dataclass(frozen=True, slots=True)
class _Split:
    kind: Kind
    platform: str | None
    value: str
    confidence: float
    spans: tuple[tuple[int, int, int], ...]  # (message index, start, end) per contributing message

    @property
    def messages(self) -> frozenset[int]:
        return frozenset(index for index, _, _ in self.spans)


def _segment(text: str, current: bool) -> tuple[int, int]:
    if len(text) <= _FRAGMENT_CHARS:
        return 0, len(text)
    return (0, _EDGE_CHARS) if current else (len(text) - _EDGE_CHARS, len(text))


def _spelled_before(messages: Sequence[tuple[str, Context]], earlier: Sequence[int]) -> list[int]:
    """The tiny messages (see `_TINY_FRAGMENT`) that end `earlier`, one sender's messages before the window,
    and the message before them, which may name the channel ("my insta" / "k" / "i" / "m" / "_" / ...), so that
    the window holds at most `SPELLING_WINDOW` messages."""
    run: list[int] = []
    for index in reversed(earlier[-(SPELLING_WINDOW - WINDOW) :]):
        run.append(index)
        if _TINY_FRAGMENT.fullmatch(messages[index][0]) is None:
            break
    return run[::-1]


def _is_at_part(text: str) -> bool:
    m = _AT_PART.fullmatch(text)
    if m is None:
        return False
    host = m.group("host")
    return host is None or m.group("dotted") is not None or host.lower() in MAIL_DOMAINS or host.lower() in UPI_HANDLES


def _domain_start(before: str, text: str) -> int | None:
    """Where the host starts in `text` when it is the domain of the local part `before` ends with."""
    m = _DOMAIN_PART.fullmatch(text)
    if m is None:
        return None
    provider = m.group("host").lower() in MAIL_DOMAINS
    if _NAMED_LOCAL_PART.search(before[-_EDGE_CHARS:]) is not None:
        return m.start("host") if provider or m.group("dotted") is not None else None
    # Unnamed, the token is an address only before a mail provider: "v2.final" / "figma.com" is a file and a site.
    return m.start("host") if provider and _SHAPED_TOKEN.fullmatch(before) is not None else None


def _separators(texts: Sequence[str]) -> list[str]:
    """What goes before each of these consecutive segments in the joined text (nothing before the first)."""
    separators = [""] + [_SEPARATOR] * (len(texts) - 1)
    for position in range(1, len(texts)):
        if _domain_start(texts[position - 1], texts[position]) == 0:
            separators[position] = "@"
        if _CONTINUATION.fullmatch(texts[position]) and texts[position - 1][-1:].isalnum():
            separators[position] = ""
        if not _is_at_part(texts[position]):
            continue
        if texts[position].lstrip().startswith("@") and texts[position - 1][-1:].isalnum():
            separators[position] = ""
        local = position - 1
        while (
            local > 0
            and _LOCAL_FRAGMENT.fullmatch(texts[local])
            and _LOCAL_FRAGMENT.fullmatch(texts[local - 1])
            and texts[local - 1].strip().lower() not in _CHANNEL_NAMES
        ):
            tiny = _TINY_FRAGMENT.fullmatch(texts[local]) and _TINY_FRAGMENT.fullmatch(texts[local - 1])
            separators[local] = "" if tiny else "."
            local -= 1
    return separators


def _join(
    messages: Sequence[tuple[str, Context]], window: Sequence[int], asked: bool = False
) -> tuple[str, list[_Part]]:
    """The window's messages as one text; when `asked`, the first is a question the others answer, and an answer
    shaped like an id is joined to it as a value to its label ("what's your insta?" / "kim_draws" -> "what's your
    insta?: kim_draws"; "nope" stays a word)."""
    pieces: list[str] = []
    parts: list[_Part] = []
    offset = 0
    segments = [
        _segment(messages[index][0], current=position == len(window) - 1) for position, index in enumerate(window)
    ]
    for position in range(1, len(window)):
        before, (start, end) = messages[window[position - 1]][0], segments[position]
        host = _domain_start(before[: segments[position - 1][1]], messages[window[position]][0][start:end])
        if host is not None:
            segments[position] = (start + host, end)
    separators = _separators(
        [messages[index][0][start:end] for index, (start, end) in zip(window, segments, strict=True)]
    )
    if asked and _SHAPED_TOKEN.fullmatch(messages[window[1]][0]):
        separators[1] = _ANSWER_SEPARATOR
    for index, (start, end), separator in zip(window, segments, separators, strict=True):
        text = messages[index][0]
        pieces.append(separator)
        offset += len(separator)
        parts.append(_Part(index, start, end, offset))
        pieces.append(text[start:end])
        offset += end - start
    return "".join(pieces), parts


def _spans(parts: Sequence[_Part], start: int, end: int) -> tuple[tuple[int, int, int], ...]:
    """Each message's share of the joined span [start, end), in that message's offsets."""
    spans = []
    for part in parts:
        low = max(start, part.offset)
        high = min(end, part.offset + part.end - part.start)
        if low < high:
            spans.append((part.index, part.start + low - part.offset, part.start + high - part.offset))
    return tuple(spans)


def _rescan(
    scanner: Scanner, messages: Sequence[tuple[str, Context]], window: Sequence[int], asked: bool = False
) -> list[_Split]:
    joined, parts = _join(messages, window, asked)
    splits = []
    for finding in scanner.find(joined, messages[window[-1]][1]):
        if not finding.kind.is_contact:
            continue
        spans = _spans(parts, finding.start, finding.end)
        splits.append(_Split(finding.kind, finding.platform, finding.value, finding.confidence, spans))
    return splits


def _digit_fragment(text: str, first: bool) -> tuple[int, int] | None:
    """The digit group a message contributes to a dictated number: the whole message, or (for the first
    message of a sequence) the digits that end a phone cue ("my number is 0300"; not "invoice 2024")."""
    m = _DIGITS_ONLY.fullmatch(text)
    if m is None and first:
        offset = max(len(text) - _EDGE_CHARS, 0)
        m = _TRAILING_DIGITS.search(text, offset)
        if m is not None and PHONE_CUE.search(text, offset, m.start(1)) is not None:
            return m.start(1), m.end(1)
        return None
    return (m.start(1), m.end(1)) if m is not None else None


def _names_something_else(text: str) -> bool:
    """Whether a message ends by naming its trailing digits, or the digits the next messages bring, as something
    other than a phone ("order number is" / "0300" / "123", "invoice 0315" / "1187", "budget: $" / "1500")."""
    tail = text[-_EDGE_CHARS:]
    m = _TRAILING_DIGITS.search(tail)
    label = tail[: m.start()] if m is not None else tail
    return named_or_priced(label.lower(), label)


def _digit_split(messages: Sequence[tuple[str, Context]], window: Sequence[int]) -> _Split | None:
    """A phone number dictated one group per message: the longest valid run ending in the current message.
    Bare groups are weak evidence (order numbers, prices and times come one per message too): the run needs a
    phone cue before it, in its first message or the sender's message before that, or a number written as
    dialled, with a "+" or a trunk "0" ("0300" / "123" / "4567"), and no name for something else before it
    ("order number is" / "0300" / ...)."""
    fragments: list[tuple[int, int, int]] = []
    cued_from = -1  # the first fragment a phone cue stands before
    for position in range(len(window) - 1, -1, -1):
        index = window[position]
        found = _digit_fragment(messages[index][0], first=True)
        if (found is None or _DIGITS_ONLY.fullmatch(messages[index][0]) is None) and _names_something_else(
            messages[index][0]
        ):
            return None
        if found is None:
            if PHONE_CUE.search(messages[index][0][-_EDGE_CHARS:]) is not None:
                cued_from = 0
            break
        fragments.insert(0, (index, *found))
        if _DIGITS_ONLY.fullmatch(messages[index][0]) is None:
            cued_from = 0  # a cue like "my number is 0300" starts the sequence
            break
    context = messages[window[-1]][1]
    for first in range(len(fragments) - 1):
        used = fragments[first:]
        digits = "".join(ch for index, start, end in used for ch in messages[index][0][start:end] if ch.isdigit())
        if not _MIN_THREAD_DIGITS <= len(digits) <= 15:
            continue
        written = messages[used[0][0]][0][used[0][1]]
        if first != cued_from and written not in "+0":
            continue
        international = written == "+"
        value = phone_e164(
            digits, () if international else LIKELY_REGIONS, hint=None if international else context.region
        )
        if value is not None:
            return _Split(Kind.PHONE, None, value, 0.85, tuple(used))
    return None


def _corrected(
    messages: Sequence[tuple[str, Context]], phones: Sequence[tuple[int, int, int, str]], index: int
) -> _Split | None:
    """The number the sender's previous message gave, corrected by this message ("0300 123 4567" / "sorry, last
    digit is 8" -> +443001234568): a split of two parts, the number and the corrected digits. `phones` are the
    previous message's numbers, (message index, start, end, E.164 value)."""
    text = messages[index][0]
    m = _CORRECTION.search(text) if phones and len(text) <= _EDGE_CHARS else None
    if m is None:
        return None
    digit_group = next(name for name in ("tail", "ending", "at_end", "right", "right_after", "bare") if m.group(name))
    right, wrong = m.group(digit_group), m.group("wrong") or m.group("wrong_first")
    before, start, end, value = phones[-1]
    if wrong is not None and len(wrong) == len(right) and wrong in value[1:]:
        position = value.rindex(wrong)
        corrected = value[:position] + right + value[position + len(right) :]
    elif len(right) < len(value) - 4:
        corrected = value[: -len(right)] + right
    else:
        return None
    spans = ((before, start, end), (index, *m.span(digit_group)))
    return _Split(Kind.PHONE, None, corrected, 0.8, spans)


def _finding(text: str, split: _Split, start: int, end: int) -> Finding:
    rule = f"thread.split_{split.kind.value}"
    return Finding(split.kind, split.platform, split.value, start, end, text[start:end], rule, split.confidence)


def _last_app(text: str) -> str | None:
    """The last app named at the end of a message (where a reply's "there" or an answer's question points)."""
    apps = list(_APP_NAME.finditer(text[-_EDGE_CHARS:]))
    return apps[-1].group(0) if apps else None


def _referred_intents(scanner: Scanner, messages: Sequence[tuple[str, Context]], index: int) -> list[Finding]:
    """The intent of a message that points at an app named in one of the thread's last messages ("there", "on
    it"), found in the message read with the app in place of the pointing words, or of a message answering the
    other party's question about an app, read as what the app is; at the message's offsets."""
    text, context = messages[index]
    if len(text) > _FRAGMENT_CHARS:
        return []
    pointer = _REFERRING.search(text, 0, _EDGE_CHARS)
    if pointer is not None:
        for earlier in range(index - 1, max(index - 1 - _REFERENT_REACH, -1), -1):
            app = _last_app(messages[earlier][0])
            if app is not None:
                break
        else:
            return []
        named = f"on {app}"
        start, end = pointer.span()
    elif (asked := _asked_app(messages, index)) is not None:
        # The answer to "what's your skype?" is read as what the app is ("same as my username here").
        named = f"my {_last_app(messages[asked][0])} is "
        affirmed = _AFFIRMATION.match(text)
        start = end = affirmed.end() if affirmed is not None else 0
    else:
        return []
    read = text[:start] + named + text[end:]
    shift = len(named) - (end - start)

    def original(position: int, inside: int) -> int:
        """`position` of the read text in `text`; a position within the app's name goes to `inside`."""
        if position <= start:
            return position
        return position - shift if position >= start + len(named) else inside

    found = []
    for finding in scanner.find(read, context):
        if finding.kind not in INTENT_KINDS:
            continue
        low, high = original(finding.start, start), original(finding.end, end)
        if low >= high:
            continue  # the words put in, not the message's own
        found.append(
            Finding(
                finding.kind,
                finding.platform,
                finding.value,
                low,
                high,
                text[low:high],
                f"thread.{finding.rule}",
                finding.confidence,
            )
        )
    return found


def _asked_app(messages: Sequence[tuple[str, Context]], index: int) -> int | None:
    """The other party's question naming an app ("do you have telegram?", "whatsapp number?") when it is the last
    message of another sender before `index`, within a few messages: the current message may answer it."""
    sender = messages[index][1].sender_id
    for earlier in range(index - 1, max(index - 1 - _REFERENT_REACH, -1), -1):
        text, context = messages[earlier]
        if context.sender_id == sender:
            continue
        tail = text[-_EDGE_CHARS:]
        return earlier if "?" in tail and _APP_NAME.search(tail) is not None else None
    return None


def _answers(scanner: Scanner, messages: Sequence[tuple[str, Context]], window: Sequence[int]) -> list[_Split]:
    """The contacts of one sender's messages read after the other party's question about an app ("telegram?" /
    "yes" / "jo_dev"): the question is their cue, never a part, so only the answer's spans are kept."""
    asked = _asked_app(messages, window[-1])
    if asked is None:
        return []
    answer = [asked, *(index for index in window if index > asked)]
    return [
        replace(split, spans=tuple(span for span in split.spans if span[0] != asked))
        for split in _joined_contacts(scanner, messages, answer, asked=True)
        if asked in split.messages and len(split.messages) >= 2
    ]


def _joined_contacts(
    scanner: Scanner, messages: Sequence[tuple[str, Context]], window: Sequence[int], asked: bool = False
) -> list[_Split]:
    """The contacts of the window's messages read as one: the joined text rescanned, and digits dictated one
    group per message."""
    found = _rescan(scanner, messages, window, asked)
    digits = _digit_split(messages, window)
    return found if digits is None else [*found, digits]


def _phones(own: Sequence[Sequence[Finding]], splits: Sequence[_Split], index: int) -> list[tuple[int, int, int, str]]:
    """The numbers message `index` holds, its own or a part of a split, as (index, start, end, E.164 value)."""
    found = [(index, f.start, f.end, f.value) for f in own[index] if f.kind is Kind.PHONE]
    found += [
        (index, start, end, split.value)
        for split in splits
        if split.kind is Kind.PHONE
        for part, start, end in split.spans
        if part == index
    ]
    return found


def scan_thread(scanner: Scanner, messages: Sequence[tuple[str, Context]]) -> list[ScanResult]:
    """One result per message, in order; a contact split across messages is reported in each message that
    holds one of its parts."""
    for text, _ in messages:
        scanner.check_input(text)
    own = [scanner.find(text, context) for text, context in messages]
    splits: list[_Split] = []
    history: dict[str, list[int]] = {}
    for index, (text, context) in enumerate(messages):
        if context.sender_id is None:
            continue  # without a sender there is no telling whose parts these are
        if _FILLER.fullmatch(text):
            continue
        previous = history.setdefault(context.sender_id, [])
        correction = _corrected(messages, _phones(own, splits, previous[-1]), index) if previous else None
        if correction is not None:
            splits.append(correction)
        window = [*previous[-(WINDOW - 1) :], index]
        if _TINY_FRAGMENT.fullmatch(messages[window[0]][0]):
            window[:0] = _spelled_before(messages, previous[: -(WINDOW - 1)])
        previous.append(index)
        splits.extend(s for s in _answers(scanner, messages, window) if index in s.messages)
        if len(window) < 2:
            continue
        # Only what spans several messages and reaches the current one: the rest was reported earlier.
        found = _joined_contacts(scanner, messages, window)
        if correction is not None:  # the digits it corrects are no new number's
            found = [s for s in found if s.kind is not Kind.PHONE]
        splits.extend(s for s in found if len(s.messages) >= 2 and index in s.messages)
    # A prefix found before the last part arrived ("0300 123" valid on its own) gives way to the whole.
    kept = [s for s in splits if not any(o.kind is s.kind and s.messages < o.messages for o in splits)]
    extra: list[list[Finding]] = [
        [] if any(f.kind in INTENT_KINDS for f in findings) else _referred_intents(scanner, messages, index)
        for index, findings in enumerate(own)
    ]
    for split in kept:
        for index, start, end in split.spans:
            extra[index].append(_finding(messages[index][0], split, start, end))
    results = []
    for (text, context), findings, added in zip(messages, own, extra, strict=True):
        merged = resolve([*findings, *added]) if added else findings
        results.append(scanner.decide(text, merged, context))
    return results
