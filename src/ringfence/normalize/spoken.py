"""Contacts written out in words: spaced letters, split provider names and bare "at"/"dot" words.

"k i m . n g u y e n at gee mail dot com" becomes "kim.nguyen@gmail.com". Bare separator words are folded
only when the result has an address shape: `<local> at <label> dot <tld>` with a real TLD, or a known mail
provider after "at"; a bare host needs "dot" and a common TLD. Only then do the words before such a local part
join it where a spoken ".", "_" or "-" stands between them ("jenny dot lopez at ..."). So "at the moment",
"at 5 pm", "dot product" and "meet at the cafe" never change.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ringfence.normalize.cues import byte_classes, cues
from ringfence.normalize.letters import LEET_NAMES, has_inner_leet, unleet
from ringfence.normalize.numbers import MIN_COUNT, PICTOGRAPHS, counts_up, said_number
from ringfence.normalize.separators import (
    AT_WORDS,
    DASH_WORDS,
    DOT_WORDS,
    NON_LATIN_DOT_WORDS,
    SLASH_WORDS,
    SYMBOL_OF_WORD,
    UNDERSCORE_WORDS,
)
from ringfence.normalize.view import View, rewrite, words
from ringfence.triggers import FOLDS_UNLIKE_HYPERSCAN

# --- spaced or split letters -------------------------------------------------------------------------------

# Four or more single letters/digits split by one separator each ("j o h n", "j-o-h-n", "j.o.h.n") or by a
# spaced symbol (" . ", " _ ", " @ ") that belongs to the address and is kept. A wider gap of spaces between
# spelled-out words ("f o u r   o n e") is kept as the word gap it is.
_SPACED = re.compile(
    r"(?<![\w.@'’])[^\W_](?:(?: {1,4}|[\-_.*/]| {0,4}(?:[._@+\-:/#()\[\]{}] {0,4}){1,3})[^\W_]){3,80}(?![\w'’])"
)
_WORD_GAP = 3  # spaces
_TIGHT_MARKS = frozenset(".@")
# The last label of a spelled run and a one-letter word after it, at the run's end ("c o m y").
_LETTER_AFTER_TLD = re.compile(r"\.\s{0,4}(?P<tld>[a-zA-Z](?: [a-zA-Z]){1,5})(?P<gap> )(?P<word>[a-zA-Z])$")
# A word gap: wide spaces, or a symbol with wide spaces on both sides ("3 1 2 8   /   t h e n").
_WIDE = re.compile(r" {3,4}(?:\S {3,4})?")
_LONE_LETTER_FIRST = re.compile(r"[^\W\d_] {3,4}(?=[^\W_] )")
_LONE_LETTER_LAST = re.compile(r"(?<= [^\W_]) {3,4}[^\W\d_]$")
_LOWER_AFTER_CAPITALS = re.compile(r"(?<=[A-Z]) {1,2}[a-z]$")
# A tight "." or "@" with a letter on at least one side ("a.g", "8@o"); "1.2" is a number.
_TIGHT_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])[.@](?=[^\W_])|(?<=[^\W_])[.@](?=[^\W\d_])")
# Symbols of an address or handle that keep their place when spelled out spaced (" . ", " @ ", " : / / "), and
# brackets, so a spelled-out "{ a t }" or "[ . ]" becomes "{at}"/"[.]" for the bracket folding run after.
_KEPT = frozenset("._@+-:/#()[]{}")
_SINGLE_CHAR = re.compile(r"(?<![\w.@'’])[^\W_](?:[ \-_.*/])[^\W_](?:[ \-_.*/])[^\W_]")


class SpacedLetters:
    """Collapse letters written one at a time ("j o h n", "j_o_h_n", "k i m . n g u y e n")."""

    name = "spaced"

    def needed(self, text: str) -> bool:
        found = cues(text)
        return (found.singles >= 4 and _SINGLE_CHAR.search(text) is not None) or (
            found.singles >= 2 and short_spelling(text, found.words)
        )

    def apply(self, view: View) -> View:
        text = view.text
        edits: list[tuple[int, int, str]] = []
        for m in _SPACED.finditer(text):
            pos, chunk = m.start(), m.group(0)
            # A lone letter a word gap away at either end is the sentence's ("... s e v e n   y hablamos").
            if (lead := _LONE_LETTER_FIRST.match(chunk)) is not None:
                pos, chunk = pos + lead.end(), chunk[lead.end() :]
            if (tail := _LONE_LETTER_LAST.search(chunk)) is not None:
                chunk = chunk[: tail.start()]
            # So is a one-letter word spelled right after an address's TLD ("... c o m y hablamos", "... n e t e
            # ..."): the run ends where its TLD does, when the TLD with the letter is no TLD.
            if (glued := _LETTER_AFTER_TLD.search(chunk)) is not None:
                tld = glued.group("tld").replace(" ", "").lower()
                if _is_common_tld(tld) and not _is_tld(tld + glued.group("word").lower()):
                    chunk = chunk[: glued.start("gap")]
            # So is a lower-case word of one letter after capitals spelled out ("W D P R y hablamos").
            if (case := _LOWER_AFTER_CAPITALS.search(chunk)) is not None and chunk[: case.start()].upper() == chunk[
                : case.start()
            ]:
                chunk = chunk[: case.start()]
            letters = sum(c.isalnum() for c in chunk)
            seps = [s for s in _LETTER.split(chunk) if s]
            plain = {" " if s.isspace() else s for s in seps if not _kept(s)}
            # Letters spelled with spaces, with an address's "." or "@" typed tight ("g m a i l.c o m", often
            # what the bracket folding left of "g m a i l ( . ) c o m"): those stay.
            marks = (
                len(plain) > 1
                and plain - _TIGHT_MARKS == {" "}
                and len(_TIGHT_BETWEEN_LETTERS.findall(chunk)) == sum(s in _TIGHT_MARKS for s in seps)
            )
            if marks:
                plain = {" "}
            if letters < 4 or len(plain) > 1:
                continue  # one separator per spelled word: "a-b c_d" is not one
            if plain <= {".", "-", "/"} and sum(c.isalpha() for c in chunk) < letters:
                continue  # "1.2.3.4" or "2-3-4-5" are numbers, not spelled letters
            if chunk.isascii() and letters >= MIN_COUNT and _counts_up_by_digit(chunk):
                continue  # "1 2 3 4 5 6 7 8 9 10 steps" is a list's numbering, not a spelled number
            for sep in _SEP_RUN.finditer(chunk):
                gap = sep.group(0)
                if _WIDE.fullmatch(gap) or (marks and gap in _TIGHT_MARKS):
                    continue  # the gap between spelled-out words (" / " too), or a tight address mark
                edits.append((pos + sep.start(), pos + sep.end(), _kept(gap)))
        edits.extend(_short_part_edits(text, edits))
        edits.extend(_spaced_tld_edits(text, edits))
        edits.extend(_spelled_operator_edits(text, edits))
        return rewrite(view, self.name, sorted(edits)) if edits else view


# Two or three letters spelled out, too few for a spaced run of their own ("c o m", "g m x").
_SHORT_SPELLED = r"[a-zA-Z](?: {1,2}[a-zA-Z]){1,2}"
# A TLD spelled out after a spoken or typed dot, too short for a spaced run of its own ("... dot c o m",
# "kimcreates . c o m", "kimcreates.c o m").
_SPACED_TLD = re.compile(
    rf"(?:(?P<typed>(?<=[^\W_]{{2}}) {{0,3}}\.)|(?<![\w])(?:{DOT_WORDS})) {{0,3}}(?P<tld>{_SHORT_SPELLED})(?![\w'’])",
    re.IGNORECASE,
)
# "at" or "dot" itself spelled out between the words of an address ("john a t gmail d o t com", "a-t", "d.o.t"),
# too short for a spaced run: read only after a word and where the address goes on after it
# (`_spelled_operator_edits`); the spoken reading then judges the whole.
_SPELLED_GAP = r"(?: {1,2}|[\-.*_])"
_SPELLED_AT = rf"a{_SPELLED_GAP}t"
_SPELLED_DOT = rf"d{_SPELLED_GAP}[o0]{_SPELLED_GAP}t"
_SPELLED_OPERATOR = re.compile(
    rf"(?<![\w'’.@])(?:(?P<at>{_SPELLED_AT})|{_SPELLED_DOT}) {{1,3}}"
    rf"(?=(?P<next>{_SHORT_SPELLED}|[^\W_][\w\-]{{0,62}})"
    rf"(?:(?P<dot> {{0,3}}\.(?= {{0,3}}[^\W_])| {{1,3}}(?:dot|{_SPELLED_DOT})(?![\w']))|(?![\w'’])))",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"[^\W_] {1,3}\Z")
_WORD_BEFORE_REACH = 4


# A part of an address spelled out too short for a spaced run of its own (two or three letters), before a spoken
# "@" or "." that another spelled part follows ("k i m dot n g u y e n at ...", "l i dot w e i at g m a i l"), when
# the address has its "@" ("a b dot c d" alone is none).
_SHORT_PART = re.compile(
    rf"(?<![\w.@'’])(?P<part>{_SHORT_SPELLED}) {{1,3}}(?:(?P<at>{AT_WORDS})|{DOT_WORDS}) {{1,3}}"
    r"(?=[a-zA-Z] {1,2}[a-zA-Z](?![\w'’]))",
    re.IGNORECASE,
)
_AT_SPOKEN = re.compile(rf"(?<!\w)(?:{AT_WORDS})(?!\w)", re.IGNORECASE)
_AT_REACH = 60  # characters either side of a short part's "." within which its address's "@" is spoken
# A domain's name of two or three letters spelled out between a spoken "@" and a spoken "." that a word follows
# ("jo at g m x dot de", "kim at a o l dot com"): too short for a spaced run, and the address says what it is.
_SHORT_DOMAIN = re.compile(
    rf"(?<!\w)(?:{AT_WORDS}) {{1,3}}(?P<part>{_SHORT_SPELLED}) {{1,3}}(?:{DOT_WORDS}) {{1,3}}"
    r"[a-zA-Z]{2}",
    re.IGNORECASE,
)


def _short_part_edits(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The gaps to close inside a short spelled-out address part that no spaced run already covers."""
    out: list[tuple[int, int, str]] = []
    for m in (*_SHORT_PART.finditer(text), *_SHORT_DOMAIN.finditer(text)):
        start, end = m.span("part")
        if _overlaps(start, end, edits) or _overlaps(start, end, out):
            continue
        if (
            m.re is _SHORT_PART
            and m.group("at") is None
            and _AT_SPOKEN.search(text, max(0, start - _AT_REACH), m.end() + _AT_REACH) is None
        ):
            continue
        out.extend(_closed_gaps(start, m.group("part")))
    return out


def _overlaps(start: int, end: int, edits: list[tuple[int, int, str]]) -> bool:
    """Whether text[start:end] overlaps one of the `edits`."""
    return any(s < end and start < e for s, e, _ in edits)


def _closed_gaps(start: int, spelled: str) -> list[tuple[int, int, str]]:
    """Edits deleting the spaces of `spelled`, which starts at `start`: "c o m" -> "com"."""
    return [(start + gap.start(), start + gap.end(), "") for gap in re.finditer(" +", spelled)]


def short_spelling(text: str, found: frozenset[str]) -> bool:
    """Whether `text` (whose words are `found`) may hold a short spelled-out part that `SpacedLetters` reads
    beyond its spaced runs: a domain's name, a TLD, or "at"/"dot" themselves."""
    return (
        _SHORT_DOMAIN.search(text) is not None
        or _SPACED_TLD.search(text) is not None
        or ("t" in found and bool(_spelled_operator_edits(text, [])))
    )


def _spelled_operator_edits(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Edits reading a spelled-out "a t" or "d o t" as the word, between a word and the rest of an address, where
    no spaced run already reads it: after "a t" a host with its dot or a mail provider, after "d o t" a TLD."""
    out: list[tuple[int, int, str]] = []
    for m in _SPELLED_OPERATOR.finditer(text):
        start = m.start()
        end = m.end("at") if m.group("at") is not None else m.start() + len(m.group(0).rstrip())
        if _overlaps(start, end, edits) or _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start) is None:
            continue
        label = m.group("next").replace(" ", "").lower()
        if m.group("at") is not None:
            if m.group("dot") is None and label not in MAIL_DOMAINS:
                continue
        elif not _is_tld(label):
            continue
        if m.group("at") is None:
            out.append((start, end, "dot"))
        else:
            # Spelling "at" out is the disguise: before a typed dot and a host of no mail provider it is the sign,
            # which an English "at" there is not ("nina a t nina-design . c o m", not "log in at bank.com").
            typed_dot = (m.group("dot") or "").strip() == "."
            out.append((start, end, "@" if typed_dot and label not in MAIL_DOMAINS else "at"))
    return out


# An address's host or a "www." host right before a typed dot ("kim@studio.i o", "www.kimlabs.a i"): what follows
# the dot there is its TLD, also two letters spelled, not a name's initial.
_HOST_BEFORE_DOT = re.compile(r"(?:[\w.+-]@|(?<![\w.])www\.)[^\W_][\w-]{0,62}\Z", re.IGNORECASE)
_HOST_BEFORE_DOT_REACH = 70


def _ends_a_host(text: str, end: int) -> bool:
    return _HOST_BEFORE_DOT.search(text, max(0, end - _HOST_BEFORE_DOT_REACH), end) is not None


def _spaced_tld_edits(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The gaps to close inside a spelled-out common TLD that no spaced run already covers."""
    out: list[tuple[int, int, str]] = []
    for m in _SPACED_TLD.finditer(text):
        start, end = m.span("tld")
        tld = m.group("tld").replace(" ", "").lower()
        typed = m.group("typed")
        # after an address's host any TLD is one ("jo@kimlabs.u s", "kim@studio.a i")
        host_dot = typed is not None and _ends_a_host(text, m.start("typed"))
        if not (_is_common_tld(tld) or (host_dot and _is_tld(tld))) or _overlaps(start, end, edits):
            continue
        if typed is not None and len(tld) == 2 and not host_dot:
            continue  # "sofia.g a", "MORROW. C U", "enjoy . R u": a name's initial or textspeak after a typed dot
        if typed is not None and len(typed) < start - m.start("typed"):
            # spelling the TLD out is the disguise, and so are the spaces around the typed dot before it
            out.append((m.start("typed"), start, "."))
        out.extend(_closed_gaps(start, m.group("tld")))
    return out


_SEP_RUN = re.compile(r"[\W_]{1,8}")


def _counts_up_by_digit(chunk: str) -> bool:
    """Whether a spelled run is single digits counting up ("1 2 3 4 5")."""
    singles = _LETTER.findall(chunk)
    return all(c.isdigit() for c in singles) and counts_up([int(c) for c in singles])


def _kept(sep: str) -> str:
    """The address symbols a spaced separator keeps (" . " -> ".", " : / / " -> "://"); "" when it is spacing."""
    core = sep.replace(" ", "")
    return core if core != sep and core and all(c in _KEPT for c in core) else ""


# --- one symbol repeated between single characters ---------------------------------------------------------

# A whitespace-free token, and inside it one symbol between two letters/digits.
_TOKEN = re.compile(r"\S{3,512}")
_JOINED = re.compile(r"(?<=[^\W_])([^\w\s]|_)(?=[^\W_])")
_ADJACENT = re.compile(r"[^\W_]{2}")
# An address's "@" or "." with one symbol on each side, between two letters/digits ("n-@-g", "l*.*c").
_WRAPPED_MARK = re.compile(r"(?<=[^\W_])([^\w\s@.]|_)([@.])([^\w\s@.]|_)(?=[^\W_])")
# Emoji and pictographic symbols (arrows, dingbats, shapes, the emoji planes): between single characters any
# of them is the same noise, a different one each time or not ("j😀o🎉h💥n").
PICTOGRAPH = re.compile(f"[{PICTOGRAPHS}]")
_ANY_PICTOGRAPH = "\U0001f300"  # the one symbol every pictograph counts as
# The cheap check: four single letters/digits joined by the same symbol ("j*o*h*n", "5|5|5|0", "w·e·b·d"), or by
# pictographs.
_P = PICTOGRAPH.pattern
NOISE_HINT = re.compile(rf"[^\W_]([^\w\s]|_)[^\W_]\1[^\W_]\1[^\W_]|[^\W_]{_P}[^\W_]{_P}[^\W_]{_P}[^\W_]")
MIN_NOISE = 3


def _noise_symbol(symbol: str) -> str:
    """The symbol `symbol` counts as between spelled characters: itself, or any pictograph as one."""
    return _ANY_PICTOGRAPH if PICTOGRAPH.match(symbol) is not None else symbol


class SeparatorNoise:
    """Drop a symbol put between every character ("j*o*h*n.s*m*i*t*h@g*m*a*i*l.c*o*m", "0|7|1|2 1|2|3|4"): in a
    token whose letters and digits all stand alone, a symbol that joins them at least three times is noise, and
    so is the same symbol in the neighbouring such tokens. The address's own "." and "@" (rarer there) stay, also
    when the noise surrounds them ("j-o-h-n-@-g-m-a-i-l-.-c-o-m")."""

    name = "noise"

    def needed(self, text: str) -> bool:
        return NOISE_HINT.search(text) is not None

    def apply(self, view: View) -> View:
        text = view.text
        # (token match, the symbol joining its single characters most often, how often); None: not spelled out
        tokens: list[tuple[re.Match[str], str, int] | None] = []
        for m in _TOKEN.finditer(text):
            token = m.group(0)
            joins = [_noise_symbol(j.group(0)) for j in _JOINED.finditer(token)]
            if not joins or _ADJACENT.search(token):
                tokens.append(None)
                continue
            symbol = max(dict.fromkeys(joins), key=joins.count)  # ties: the first written, not set order
            tokens.append((m, symbol, joins.count(symbol)))
        edits: list[tuple[int, int, str]] = []
        i = 0
        while i < len(tokens):
            entry = tokens[i]
            if entry is None:
                i += 1
                continue
            # Neighbouring tokens joined by the same symbol form one spelled-out stretch ("+2|7 7|1 1|2|3"): short
            # pieces count when one of them is spelled out at length.
            end = i + 1
            while end < len(tokens) and (nxt := tokens[end]) is not None and nxt[1] == entry[1]:
                end += 1
            stretch = [t for t in tokens[i:end] if t is not None]
            if max(count for _, _, count in stretch) >= MIN_NOISE:
                for m, symbol, _ in stretch:
                    token = m.group(0)
                    if symbol == _ANY_PICTOGRAPH:  # every pictograph of the token, also one beside "@" or "."
                        spans = [p.span() for p in PICTOGRAPH.finditer(token)]
                    else:
                        joined = [(j.start(), j.end()) for j in _JOINED.finditer(token) if j.group(0) == symbol]
                        around = [
                            span
                            for w in _WRAPPED_MARK.finditer(token)
                            if w.group(1) == w.group(3) == symbol
                            for span in (w.span(1), w.span(3))
                        ]
                        spans = sorted(joined + around)
                    dropped = [(m.start() + s, m.start() + e, "") for s, e in spans]
                    if symbol == ".":
                        dropped = _keep_tld_dots(text, m, dropped)
                    edits.extend(dropped)
            i = end
        return rewrite(view, self.name, edits) if edits else view


def _keep_tld_dots(text: str, token: re.Match[str], dropped: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`dropped` (the "." noise of a token) keeping the dots of the host's TLD when "." joins every letter of an
    address, its TLD's too ("k.i.m@h.o.t.m.a.i.l.c.o.m", "g.m.a.i.l.d.o.t.c.o.m", "y.a.h.o.o.c.o.u.k"): the
    host after "@" (in the token or just before it) read as a mail provider and a TLD, or a name and a common
    TLD."""
    body = token.group(0)
    at = body.rfind("@")
    if at < 0 and not text[: token.start()].rstrip().endswith("@"):
        return dropped
    host_start = token.start() + at + 1
    places = [host_start + i for i, c in enumerate(body[at + 1 :]) if c.isalnum()]
    cuts = _host_cuts("".join(text[i] for i in places).lower())
    if not cuts:
        return dropped
    # each cut: the letters before it end a label, those from `resume` on start the next ("dot" between is said)
    kept = [(places[cut - 1] + 1, places[resume], ".") for cut, resume in cuts]
    return sorted([d for d in dropped if not any(a <= d[0] < b for a, b, _ in kept)] + kept)


def _host_cuts(host: str) -> list[tuple[int, int]]:
    """Where the dots of a host spelled without them go ("hotmailcom" -> [(7, 7)], "gmaildotcom" -> [(5, 8)],
    "yahoocouk" -> [(5, 5), (7, 7)]): after a mail provider's name, or before a common TLD ending a longer name."""
    for provider in sorted(MAIL_DOMAINS, key=len, reverse=True):
        if not host.startswith(provider):
            continue
        if len(host) == len(provider):
            return []  # the provider's name alone: its TLD comes after ("g.m.a.i.l . c.o.m")
        cut = len(provider)
        resume = cut + 3 if host.startswith("dot", cut) and len(host) > cut + 3 else cut
        suffix = host[resume:]
        if _is_tld(suffix):
            return [(cut, resume)]
        if suffix[:2] in _SECOND_LEVEL_LABELS and _is_tld(suffix[2:]):
            return [(cut, resume), (resume + 2, resume + 2)]
        return []
    for size in (3, 2):
        if len(host) > size + 1 and _is_common_tld(host[-size:]):
            return [(len(host) - size, len(host) - size)]
    return []


_SECOND_LEVEL_LABELS = ("co", "com")  # the label a country's TLD has under it in a mail host ("yahoo.co.uk")


_LETTER = re.compile(r"[^\W_]")

# --- provider names written apart ---------------------------------------------------------------------------

_SEP = r"[\s._\-*]{1,3}"
# canonical name -> the ways people break or spell it
_PROVIDER_FORMS = {
    "gmail": rf"(?:g|gee|jee|ji){_SEP}(?:mail|male|meil)|g{_SEP}m{_SEP}a{_SEP}i{_SEP}l",
    "hotmail": rf"hot{_SEP}(?:mail|male)",
    "yahoo": rf"ya{_SEP}hoo|yah{_SEP}oo",
    "outlook": rf"out{_SEP}look(?={_SEP}(?:dot|\.|com)|\s{{0,2}}\.)",
    "icloud": rf"i{_SEP}cloud",
    "protonmail": rf"proton{_SEP}mail",
    "rediffmail": rf"rediff{_SEP}mail",
    "yandex": rf"yan{_SEP}dex",
}
_PROVIDERS = re.compile(
    r"(?<![\w])(?:" + "|".join(f"(?P<{name}>{form})" for name, form in _PROVIDER_FORMS.items()) + r")(?![\w])",
    re.IGNORECASE,
)
# Pairs of word sets: a provider name written apart shows a word from each ("gee" + "mail", "out" + "look").
PROVIDER_PARTS = (
    (words("g gee jee ji hot proton rediff"), words("mail male meil")),
    (words("ya yah"), words("hoo oo")),
    (words("out"), words("look")),
    (words("i"), words("cloud")),
    (words("yan"), words("dex")),
)
_PROVIDER_SECOND_PARTS = frozenset().union(*(second for _, second in PROVIDER_PARTS))


class ProviderNames:
    """Mail providers split or spelled out ("gee mail", "g-mail", "hot mail", "ya hoo") to their names."""

    name = "providers"

    def needed(self, text: str) -> bool:
        words = cues(text).words
        if _PROVIDER_SECOND_PARTS.isdisjoint(words):
            return False
        return any(not first.isdisjoint(words) and not second.isdisjoint(words) for first, second in PROVIDER_PARTS)

    def apply(self, view: View) -> View:
        edits = [(m.start(), m.end(), str(m.lastgroup)) for m in _PROVIDERS.finditer(view.text)]
        return rewrite(view, self.name, edits) if edits else view


# --- messaging platform names written apart -----------------------------------------------------------------

# The platforms people move a chat to, whose names are one word: written apart at any letter ("sk ype", "dis
# cord", "insta.gram", "what sapp") each still names the platform. Two pieces of two letters or more, one
# space or symbol between them; two everyday words ("we chat") are prose.
SPLIT_PLATFORM_NAMES = words(
    "whatsapp telegram skype discord instagram snapchat signal viber wechat facebook messenger linkedin tiktok"
)
_PLATFORM_SPLITS = sorted(
    (name[:i], name[i:]) for name in SPLIT_PLATFORM_NAMES for i in range(2, len(name) - 1) if name[:i] != "we"
)
_PLATFORM_GAP = r"[ .\-_*]"
_SPLIT_PLATFORM_PATTERN = "|".join(f"{re.escape(a)}{_PLATFORM_GAP}{re.escape(b)}" for a, b in _PLATFORM_SPLITS)
# The trigger: a name with room for a gap after every letter (the names written whole fire it too). Hyperscan
# compiles that quickly, the alternation of every split slowly.
SPLIT_PLATFORM_HINT = "|".join(f"{_PLATFORM_GAP}?".join(map(re.escape, name)) for name in sorted(SPLIT_PLATFORM_NAMES))
_SPLIT_PLATFORM = re.compile(rf"(?<![\w])(?:{_SPLIT_PLATFORM_PATTERN})(?![\w])", re.IGNORECASE)
_PLATFORM_NAMES_BYTES = re.compile("|".join(sorted(SPLIT_PLATFORM_NAMES)).encode())
_PLATFORM_GAP_BYTES = b" .-_*"  # the characters of _PLATFORM_GAP
_FOLDS_TO_ASCII = re.compile(f"[{FOLDS_UNLIKE_HYPERSCAN}]")


def _caseless_lower(text: str) -> str | None:
    """`text` lower-cased, when a caseless pattern's ASCII letters match in `text` exactly what they match in
    that (no letter of `text` folds to an ASCII one: `FOLDS_UNLIKE_HYPERSCAN`); else None. A pattern's ASCII
    words are then looked for with `find`, in C, before the pattern runs."""
    return text.lower() if text.isascii() or _FOLDS_TO_ASCII.search(text) is None else None


def split_platform_name(text: str) -> bool:
    """Whether `text` holds a platform's name written apart (`PlatformNames` reads it). A name written apart is
    the whole name once its gaps are deleted: a count in C rules out nearly every text first, one holding the
    name written whole ("on facebook") among them."""
    lower = _caseless_lower(text)
    if lower is not None:
        encoded = lower.encode("utf-8", "surrogatepass")
        squeezed = encoded.translate(None, _PLATFORM_GAP_BYTES)
        # A name written apart, between non-word characters, shares no character with one written whole (that is
        # letters only, and would have to cross the gap or the bounds), so deleting the gaps adds one more
        # occurrence of the name than the text holds whole (`count` finds the most that do not overlap).
        if not any(squeezed.count(name) > encoded.count(name) for name in set(_PLATFORM_NAMES_BYTES.findall(squeezed))):
            return False
    return _SPLIT_PLATFORM.search(text) is not None


# "AT" or "DOT" in capitals glued between lower-case letters or digits ("johnATgmailDOTcom", "maria88ATyahoo"):
# the change of case marks the word where no space does.
CASE_GLUED_HINT = r"[a-z0-9](?:AT|DOT)[a-z0-9]"
_CASE_GLUED = re.compile(r"(?<=[a-z0-9])(?:AT|DOT)(?=[a-z0-9])")


def case_glued_separator(text: str) -> bool:
    return _CASE_GLUED.search(text) is not None


class CaseGluedSeparators:
    """Set a capitalised "AT"/"DOT" glued inside a lower-case word apart ("johnATgmailDOTcom" -> "john AT gmail
    DOT com"), for the spoken reading to judge like any other."""

    name = "case_glued"

    def needed(self, text: str) -> bool:
        return ("AT" in text or "DOT" in text) and case_glued_separator(text)

    def apply(self, view: View) -> View:
        edits = [(m.start(), m.end(), f" {m.group(0)} ") for m in _CASE_GLUED.finditer(view.text)]
        return rewrite(view, self.name, edits)


class PlatformNames:
    """Messaging platforms' names written apart ("sk ype", "dis-cord") joined to their names."""

    name = "platforms"

    def needed(self, text: str) -> bool:
        return split_platform_name(text)

    def apply(self, view: View) -> View:
        edits = [
            (m.start(), m.end(), "".join(re.split(_PLATFORM_GAP, m.group(0))))
            for m in _SPLIT_PLATFORM.finditer(view.text)
        ]
        return rewrite(view, self.name, edits) if edits else view


# --- bare "at" / "dot" words --------------------------------------------------------------------------------

MAIL_DOMAINS = {
    "gmail": "gmail.com",
    "googlemail": "googlemail.com",
    "yahoo": "yahoo.com",
    "ymail": "ymail.com",
    "hotmail": "hotmail.com",
    "outlook": "outlook.com",
    "live": "live.com",
    "msn": "msn.com",
    "icloud": "icloud.com",
    "aol": "aol.com",
    "protonmail": "protonmail.com",
    "proton": "proton.me",
    "gmx": "gmx.com",
    "yandex": "yandex.ru",
    "mail": "mail.ru",
    "zoho": "zoho.com",
    "rediffmail": "rediffmail.com",
    "qq": "qq.com",
    "naver": "naver.com",
}
# The handles of UPI payment service providers: a UPI address is name@handle, an email-like id with one label for
# a host ("ravi.kumar@okaxis").
UPI_HANDLES = words(
    "okaxis okhdfcbank okicici oksbi okbizaxis ybl ibl axl paytm ptyes ptaxis pthdfc ptsbi upi apl yapl rapl "
    "axisbank hdfcbank icici sbi kotak idfcfirst fbl jupiteraxis slc freecharge waaxis wahdfcbank wasbi waicici "
    "airtel jio pingpay abfspay axisb ikwik yesbank yesbankltd barodampay aubank indus federal naviaxis "
    "superyes dlb timecosmos tapicici"
)
# Provider names as people spell them by ear or with a slipped key ("gmale", "gmial", "hotmale", "outluk",
# "yahuu"): an address at one of them means the provider's.
_MISSPELT_PROVIDER = re.compile(
    r"(?P<gmail>g(?:ee|ji|jee)?(?:male|meil|mial|mali|mil|maill|amil))|(?P<hotmail>hot(?:male|mial|mal|meil|maill))"
    r"|(?P<outlook>out(?:luk|lok|lock|louk|loook))|(?P<yahoo>ya(?:huu|hu|ho|hooo|hooh))"
)


_PROVIDERS_BY_LENGTH = {size: [name for name in MAIL_DOMAINS if len(name) == size] for size in map(len, MAIL_DOMAINS)}


def meant_provider_domain(domain: str) -> str | None:
    """The provider's domain when `domain` (lower case) is a misspelt provider's name and a ".com" ("gmale.com" ->
    "gmail.com"); None otherwise."""
    label, _, tld = domain.partition(".")
    misspelt = _MISSPELT_PROVIDER.fullmatch(label) if tld == "com" else None
    return MAIL_DOMAINS[misspelt.lastgroup] if misspelt is not None and misspelt.lastgroup else None


# Strokes drawn for a lower-case "l" or "i": "1" and "|" always, a capital "I" only in a label with lower-case
# letters ("gmaiI"; in "GMAIL" it is the "I" of the name).
_STROKES = frozenset("1|")


def lookalike_provider(label: str) -> str | None:
    """The mail provider's name `label` spells once its strokes ("I", "1", "|") are read as "l" or "i"
    ("gmaiI", "outIook", "icIoud", "hotmai1"); None when no stroke was needed, so a plain word or a number
    never changes."""
    strokes = _STROKES | {"I"} if any(c.islower() for c in label) else _STROKES
    if strokes.isdisjoint(label):
        return None
    lower = label.lower()
    for name in _PROVIDERS_BY_LENGTH.get(len(label), ()):
        if all(a == b or (c in strokes and b in "il") for c, a, b in zip(label, lower, name, strict=True)):
            return name
    return None


# Words that sit before "at" in prose ("look at", "available at", "based at") or point at a name ("my full name at
# gmail", the indirect detector's): never an address's local part.
_PROSE_BEFORE_AT = words(
    "me us him her them you it this that look looking looked available based work works working worked job meet "
    "meeting stay live lives living located find found visit arrive arrived start starts started stop is are was "
    "were be been am good great best bad expert skilled here there home office online site website portfolio blog "
    "page price priced rate rates paid charge charged starting from only just not and or but i we they he she one "
    "hired hire me anytime anywhere name surname lastname firstname fullname username"
)
# (and the articles of the languages whose word for "." is also "point": "el punto de encuentro", "o ponto de")
_PROSE_BEFORE_DOT = words(
    "the a an this that my your our his her their its old new big first last el la lo los las o os as um uma un "
    "una le les du des der die das dem den ein eine"
)
_ID_LIKE = re.compile(r"[._\d]")
# A determiner right before a word makes the word a noun ("my agency", "the team"), not an address's local part.
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted(_PROSE_BEFORE_DOT, key=len, reverse=True)) + r")\s{1,3}\Z", re.I
)
_NAMED_ID = re.compile(r"[^\W\d_].{0,63}[._\d]|[._\d].{0,63}[^\W\d_]")  # a letter and an id's mark: "ravi.k", "anil12"
_LOCAL = r"[^\W_](?:[\w.+\-]{0,62}[^\W_])?"
_LABEL = r"[^\W_](?:[\w\-]{0,61}[^\W_])?"
_WS = r"[\s_\-]{1,3}"
_AT_WORD = AT_WORDS.replace("|@|", "|").replace(" ", r"[\s_\-]{1,3}")
_DOT_WORD = DOT_WORDS.replace("|\\.", "").replace(" ", _WS)
# "@" with the words "at the rate" glued on, as if both were typed for one sign ("rahul@therate gmail.com").
_AT_RATE = r"(?P<atrate>@\s{0,2}(?:the|d)\s?rate(?:\sof)?)"
# An address dictated in steps, its sign said between "then"s ("peter.klein, then the at sign, then gmx.de").
_THEN = r",?\s{1,3}(?:then|followed\s{1,3}by)\s{1,3}"
_AT_STEP = rf"{_THEN}(?:the\s{{1,3}})?(?P<atstep>(?:at|@)(?:\s{{1,3}}(?:sign|symbol))?){_THEN}"
# German "bei" ("at", and a common preposition) is the at sign only right before a mail provider's name.
# German-speaking countries' own mail providers, written as hosts ("web.de", "t-online punkt de", "bluewin.ch").
_GERMAN_MAIL_HOSTS = r"(?:web|t-online|freenet|posteo|arcor|mail|bluewin)(?:\.|\s{1,3}punkt\s{1,3})(?:de|ch|at)"
_BEI_PROVIDER = rf"(?:{'|'.join(sorted(MAIL_DOMAINS, key=len, reverse=True))}|{_GERMAN_MAIL_HOSTS})(?![\w])"
_AT_BEI = rf"\s{{1,3}}(?P<atbei>bei)\s{{1,3}}(?={_BEI_PROVIDER})"
# An "@" or "." typed or said twice in a row ("john at at gmail dot dot com", "john@@gmail.com") is one, doubled
# to slip past a filter: no sentence says it so, and no address is written so by mistake.
_AT_TWICE = r"\s{0,2}(?P<attwice>@\s{0,2}@)\s{0,2}"
_AT = (
    rf"(?:{_WS}(?P<atw>(?:{_AT_WORD})(?:{_WS}(?:{_AT_WORD}))?){_WS}|\s{{0,2}}{_AT_RATE}{_WS}|{_AT_STEP}|{_AT_BEI}"
    rf"|{_AT_TWICE}|\s{{0,2}}@\s{{0,2}})"
)


def _typed_or_said_dot(spaces: int) -> str:
    """A typed "." with up to `spaces` spaces either side, or a said dot word between separators; either may be
    doubled (`_AT_TWICE`)."""
    return (
        rf"(?:{_WS}(?:{_DOT_WORD})(?:{_WS}(?:{_DOT_WORD}))?{_WS}"
        rf"|\s{{0,{spaces}}}\.(?:\s{{0,{spaces}}}\.)?\s{{0,{spaces}}})"
    )


_DOT = _typed_or_said_dot(2)
# A spoken "/" and the first segment of a path after a dictated host ("slash jo", "barra jo").
_SLASH_WORD = SLASH_WORDS.replace(" ", _WS)
_SLASH_WORD_FOUND = re.compile(_SLASH_WORD)
# Its words may be joined by a spoken "_" or "-" ("slash sam underscore dev").
_JOIN_WORD = rf"(?:{UNDERSCORE_WORDS}|{DASH_WORDS})".replace(" ", _WS)
_PATH_JOIN = re.compile(rf"{_WS}{_JOIN_WORD}{_WS}", re.I)
_SPOKEN_PATH = (
    rf"(?P<path>{_WS}(?P<slash>{_SLASH_WORD}){_WS}[\w\-]{{1,64}}(?:{_WS}{_JOIN_WORD}{_WS}[\w\-]{{1,64}}){{0,3}})"
)
# A host's label may be words joined by a spoken "-" ("sam dash design dot com"), only before a dot: after the
# TLD a dash word is the sentence's.
_HOST_DASH = rf"\s{{1,3}}(?:{DASH_WORDS})\s{{1,3}}"
_HOST_DASH_FOUND = re.compile(_HOST_DASH, re.I)
_HOST_LABEL = rf"{_LABEL}(?:(?:{_HOST_DASH}{_LABEL}){{1,3}}(?={_DOT}))?"
_EMAIL = re.compile(
    rf"(?<![\w.+\-@])(?P<local>{_LOCAL}){_AT}(?P<host>{_HOST_LABEL}(?:{_DOT}{_HOST_LABEL}){{0,4}})", re.I
)
_HOST = re.compile(rf"(?<![\w.@\-])(?P<host>{_HOST_LABEL}(?:{_DOT}{_HOST_LABEL}){{1,4}}){_SPOKEN_PATH}?", re.I)
_DOT_SPLIT = re.compile(rf"{_DOT}", re.I)
# A word of an address's local part joined to the next by a spoken ".", "_" or "-", right before it ("jenny dot
# lopez at ...", "jenny guion bajo lopez arroba ..."): read back from the local part the "at" follows.
_LOCAL_SEP_WORD = "|".join(sorted(SYMBOL_OF_WORD, key=len, reverse=True)).replace(" ", _WS)
# (a typed "." spaced out joins them too: "kim . lee a t gmail . com")
_LOCAL_JOIN = re.compile(rf"(?<![\w.+\-@])(?P<word>{_LOCAL}){_WS}(?P<sep>{_LOCAL_SEP_WORD}|\.){_WS}$", re.I)
_GLUED_SEP = re.compile(rf"(?<=[^\W_])[_\-](?P<sep>{_LOCAL_SEP_WORD})[_\-](?=[^\W_])", re.I)
_LOCAL_WORDS = 3  # a local part is a few words at most ("jenny dot m dot lopez")
_LOCAL_REACH = 3 * 64  # characters a word, its separator word and the spaces can take
_NOT_LOCAL_WORDS = (
    _PROSE_BEFORE_AT | _PROSE_BEFORE_DOT | words(AT_WORDS.replace("|", " ")) | words(" ".join(SYMBOL_OF_WORD))
)
# "point" once is prose ("at this point"); twice in one host ("studio point annak point io") it dictates dots.
_POINT = re.compile(rf"{_WS}point{_WS}", re.I)
# The dot words that are prose words too ("at this point", "a trial period", "full stop."): an address needs more
# evidence with them than with "dot" or "punto".
PROSE_DOT_WORDS = frozenset({"point", "period", "full stop"})
# The dot words that are never prose.
_SPOKEN_DOT_WORDS = (
    "dot|d0t|punto|ponto|punktum|punkts|punkt|punct|nokta|no2ta|nu2ta|noqta|nuqta|nukta|tochka|точка|krapka|kropka|"
    f"tečka|tecka|bodka|točka|tocka|chấm|titik|tuldok|teleia|nekuda|{NON_LATIN_DOT_WORDS}"
)
_SPOKEN_DOT = re.compile(rf"{_WS}(?:{_SPOKEN_DOT_WORDS}){_WS}", re.I)
# A host is read only when it holds a spoken dot, "point" or "www": one case-sensitive search of the lower-cased
# text tells, unless the text holds a character that caseless matching reads as a letter of those words but
# lower-casing does not make one ("ı", "İ", Cyrillic "ᲂ", Greek "ϵ"...).
_HOST_WORD = re.compile(rf"{_SPOKEN_DOT_WORDS}|point|www")
HOST_WORD_TWINS = frozenset("İıſᲂᲄᲅϵ")


# "dot" and a TLD said as one word after a name ("samdev dotcom", "samdevdotcom", "tiendaluz puntocom"). Glued to
# the name it is an address; spaced, "dotcom" is also the 1990s ("the dotcom bubble", "a dotcom startup"), so the
# name must look like an id, or come right after words that name a site ("my site is") and the word end its clause.
GLUED_TLD_WORDS = ("dotcom", "dotnet", "dotorg", "dotio", "dotco", "dotdev", "dotapp", "puntocom", "pontocom")
_GLUED_DOT_WORDS = ("dot", "punto", "ponto")
_GLUED_TLD = re.compile(
    rf"(?<![\w.@\-])(?P<name>{_LABEL}?)(?P<sep>\s{{1,3}}|[\-_]?)(?:{'|'.join(_GLUED_DOT_WORDS)})"
    r"(?P<tld>com|net|org|io|co|dev|app)(?![\w])"
    rf"{_SPOKEN_PATH}?",
    re.I,
)
NOT_SITE_NAMES = (
    _PROSE_BEFORE_AT
    | _PROSE_BEFORE_DOT
    | words(
        "pre post anti non ex so in on of for with to by out use used uses using run runs era whole classic any some"
    )
)
# What names a site right before its name: "site is", "web es", "portfolio at", "visit", "check", "go to", "find me at".
_SITE_LEAD = re.compile(
    r"(?:\b(?:web)?site|\bweb|\bpage|portfolio|\bblog|\bshop|\bstore|\blink|\burl|\bdomain)"
    r"\s{0,3}(?:is|es|at|on|[:=\-])\s{0,3}$"
    r"|\b(?:visit|check|see|go\s{1,3}to)\s{1,3}$|\b(?:find|reach|see)\s{1,3}me\s{0,3}(?:at|on|[:=\-])\s{0,3}$",
    re.I,
)
_SITE_LEAD_REACH = 24
# Where the name's address ends its clause: punctuation, the end, or a word that starts the next one ("for").
_CLAUSE_END = re.compile(r"\s{0,3}(?:$|[.,;:!?)\]\n]|(?:for|to|and|or|if|is|where)\b)", re.I)


def glued_tld_host(text: str) -> bool:
    """Whether `text` may hold a "dot"+TLD word after a name (`SpokenSeparators` reads it), asked only of texts
    holding such a word (in C first)."""
    lower = text.lower()
    return any(lower.find(word) >= 0 for word in GLUED_TLD_WORDS) and _GLUED_TLD.search(text) is not None


def _glued_tld_edits(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Edits that read a "dot"+TLD word after a name as ".tld" ("samdev DOTCOM" -> "samdev.com"), with a
    spoken "slash" after it as "/"."""
    edits: list[tuple[int, int, str]] = []
    lower = _caseless_lower(text)
    if lower is not None and not any(lower.find(word) >= 0 for word in _GLUED_DOT_WORDS):
        return edits
    for m in _GLUED_TLD.finditer(text):
        name = m.group("name")
        if name.lower() in NOT_SITE_NAMES or _overlaps(m.start(), m.end(), taken):
            continue
        if any(c.isspace() for c in m.group("sep")) and not _ID_LIKE.search(name):
            lead = _SITE_LEAD.search(text, max(0, m.start() - _SITE_LEAD_REACH), m.start())
            if lead is None or not (m.group("path") or _CLAUSE_END.match(text, m.end())):
                continue
        edits.append((m.end("name"), m.end("tld"), "." + m.group("tld").lower()))  # the URL reader wants ".com"
        if m.group("path"):
            edits.extend(_path_edits(m))
    return edits


def _path_edits(m: re.Match[str]) -> list[tuple[int, int, str]]:
    """The edits that read the spoken "slash" before a host's path (`m`'s "path" and "slash" groups) as "/", and
    the spoken "_" or "-" joining the path's words as the symbol."""
    slash_end = m.end("slash") + _lead(m.string, m.end("slash"))
    joins = [
        (j.start(), j.end(), _local_symbol(j.group(0).strip(" \t\n_-")))
        for j in _PATH_JOIN.finditer(m.string, slash_end, m.end("path"))
    ]
    return [(m.start("path"), slash_end, "/"), *joins]


# Hosts whose links are nothing without their path: link shorteners, link-in-bio pages and pay links (the
# messaging platforms' link hosts, "t.me", "wa.me", come from `platforms.LINK_HOSTS`).
PATH_HOSTS = words(
    "bit.ly tinyurl.com goo.gl t.co ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at tiny.cc rb.gy s.id "
    "linktr.ee beacons.ai lnk.bio bio.link campsite.bio taplink.cc solo.to carrd.co paypal.me revolut.me cash.app"
)
# A host's dot: plain, spaced ("bit . ly") or said ("t dot me").
_HOST_DOT = _typed_or_said_dot(3)  # a link host may space its dots wider ("kimcreates .  com")
_HOST_DOTS = re.compile(_HOST_DOT, re.I)
_DOT_WORD_FOUND = re.compile(rf"(?<![a-z])(?:{_DOT_WORD})(?![a-z])")
# A link host, then a slash spaced out or said ("linktr.ee / sam.codes", "t.me slash samdev", "t dot me / samdev")
# and the path's first segment, which may be a "$cashtag" ("cash . app / $jo").
_SPACED_PATH = re.compile(
    rf"(?<![\w.@\-])(?P<host>{_LABEL}(?:(?:{_HOST_DOT}){_LABEL}){{1,3}})"
    rf"(?P<slash>\s{{1,3}}/\s{{0,3}}|/\s{{1,3}}|{_WS}(?:{_SLASH_WORD}){_WS})(?=[\w~]|\$\w|\$\s[^\W\d_])",
    re.I,
)


# A link shortener's or link-in-bio host with a space for its dot ("bit ly slash x7Kp", "linktr ee / kim"): its
# names are no words, so with a spaced or said slash and a path after them they are the host. Hosts whose name is a
# word ("cash app / venmo", "is gd", "t co") are left to their dotted forms.
_WORD_NAMED_HOSTS = words("cash is s t solo bio tiny paypal")
_SPACE_FOR_DOT_HOST = re.compile(
    r"(?<![\w.@\-])(?P<host>"
    + "|".join(
        rf"{re.escape(name)}(?P<gap{i}> {{1,2}}){re.escape(tld)}"
        for i, (name, tld) in enumerate(
            host.split(".")
            for host in sorted(PATH_HOSTS)
            if host.count(".") == 1 and host.split(".")[0] not in _WORD_NAMED_HOSTS
        )
    )
    + rf")(?P<slash>\s{{1,3}}/\s{{0,3}}|/\s{{1,3}}|{_WS}(?:{_SLASH_WORD}){_WS})(?=[\w~])",
    re.I,
)


def _spaced_paths(text: str) -> list[tuple[int, int, str]]:
    """Edits that close up a link host's spaced dots and the spaced or spoken slash after it: a shortener's or
    a platform's host, or any host with a common TLD whose dots are spaced out; and a shortener's host with a
    space for its dot (`_SPACE_FOR_DOT_HOST`)."""
    edits: list[tuple[int, int, str]] = []
    for m in _SPACE_FOR_DOT_HOST.finditer(text):
        gap = next(name for name, value in m.groupdict().items() if value is not None and name.startswith("gap"))
        edits += [(m.start(gap), m.end(gap), "."), (m.start("slash"), m.end("slash"), "/")]
    if not _may_space_a_path(text):
        return edits
    for m in _SPACED_PATH.finditer(text):
        host_edits = [
            (m.start("host") + d.start(), m.start("host") + d.end(), ".")
            for d in _HOST_DOTS.finditer(m.group("host"))
            if d.group() != "."
        ]
        labels = _HOST_DOTS.split(m.group("host").lower())
        host = ".".join(labels)
        # Any host with its dots spaced out and a common TLD is as deliberate ("github . com / samdev"), when its
        # slash is spaced or said: one glued to the host is a link's last ("doit. mymoby. tv/ to collect"). A dot
        # said in words counts only in a host that needs its path ("t dot me / samdev"; "lol dot com / whatever").
        spaced_host = (
            bool(host_edits)
            and all("." in text[start:end] for start, end, _ in host_edits)
            and not m.group("slash").startswith("/")
            and _is_common_tld(labels[-1])
            and not labels[0].isdigit()
        )
        if _needs_path(host) or spaced_host:
            edits += [*host_edits, (m.start("slash"), m.end("slash"), "/")]
    return edits


# ASCII spaces (what `\s` matches below 128) as " " and "/" as itself: a slash spaced out shows as " /" or "/ ".
_SLASH_SHAPE = byte_classes({b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f": b" ", b"/": b"/"}, b"x")
# The first word of each slash word an ASCII text can hold (the others need letters outside ASCII).
_ASCII_SLASH_WORDS = tuple(sorted({word.split()[0] for word in SLASH_WORDS.split("|") if word.isascii()}))


def _may_space_a_path(text: str) -> bool:
    """Whether `text` may hold `_SPACED_PATH`: on ASCII text, a dot (typed or a word for it), and a slash with a
    space beside it or a word for it (asked in C); any other text the pattern itself reads."""
    if not text.isascii():
        return True
    if "." not in text and _DOT_WORD_FOUND.search(text.lower()) is None:
        return False
    shape = text.encode().translate(_SLASH_SHAPE)
    if shape.find(b" /") >= 0 or shape.find(b"/ ") >= 0:
        return True
    lower = text.lower()
    return any(lower.find(word) >= 0 for word in _ASCII_SLASH_WORDS)


def spaced_link_path(text: str) -> bool:
    """Whether `text` holds a link host with a spaced or spoken slash after it (`SpokenSeparators` reads it),
    asked only of texts holding a slash or the word (in C first)."""
    return ("/" in text or _SLASH_WORD_FOUND.search(text.lower()) is not None) and bool(_spaced_paths(text))


def _may_dictate_host(text: str) -> bool:
    return (not text.isascii() and not HOST_WORD_TWINS.isdisjoint(text)) or _HOST_WORD.search(text.lower()) is not None


# A bare "at" needs a provider or a TLD word nearby to be worth a look; the other words are cues on their own.
# The "_"/"-" words count by their own word ("guion" of "guion bajo"), not by the everyday words beside it.
STRONG_CUES = (
    words(DOT_WORDS.replace("|\\.", "").replace("|", " ")).difference({"period", "full", "stop", "sign", "symbol"})
    | words(AT_WORDS.replace("|", " ").replace("@", "").replace(" at ", " ")).difference(
        {"at", "et", "the", "of", "rate", "sign", "symbol", "d", "atd", "drate", "a", "snabel"}
    )
    | words(
        "underscore guion guión subrayado underline sublinhado tiret unterstrich çizgi подчеркивание podkreślnik "
        "podkreslnik garis streepje trattino"
    )
    | words(DASH_WORDS.replace("|", " "))
)
AT_TARGET_CUES = (
    words(" ".join(MAIL_DOMAINS))
    | words("com net org io info biz uk de es fr br mx ph ng pk rate sign symbol")
    | UPI_HANDLES
)
# A typed "@" with the words said for it ("priya@ the rate yahoo.in", "anna then @ then web.de"), or German "bei"
# before a mail provider's name: what `_AT_RATE`, `_AT_STEP` and `_AT_BEI` read without the word "at" (a trigger).
SIGN_SPOKEN_HINT = (
    r"@\s{0,2}(?:the|d)\s?rate|(?:then|by)\s{1,3}(?:the\s{1,3})?@|@\s{0,2}@"
    rf"|\bbei\s{{1,3}}{_BEI_PROVIDER}"
)
_SIGN_SPOKEN = re.compile(SIGN_SPOKEN_HINT, re.I)


def sign_spoken(text: str) -> bool:
    """Whether `text` may hold an "@" said in words around the sign or as "bei" (`SpokenSeparators` reads it)."""
    return _SIGN_SPOKEN.search(text) is not None


def _needs_path(host: str) -> bool:
    """A host whose links are nothing without their path (`PATH_HOSTS`, a platform's link host), whose TLD may be
    a word ("paypal dot me slash jo")."""
    return host in PATH_HOSTS or _is_link_host(host)


def _is_link_host(host: str) -> bool:
    """A messaging or social platform's link host ("t.me", "wa.me"), whose TLD may be a word."""
    from ringfence.detectors.platforms import LINK_HOSTS  # lazy: normalize must not import detectors eagerly

    return host in LINK_HOSTS


@lru_cache(maxsize=4096)
def _is_tld(label: str) -> bool:
    from ringfence.detectors.domains import public_suffix  # lazy: normalize must not import detectors eagerly

    return label.isascii() and label.isalpha() and public_suffix(label) == label


@lru_cache(maxsize=4096)
def _is_common_tld(label: str) -> bool:
    from ringfence.detectors.domains import is_common_tld

    return _is_tld(label) and is_common_tld(label)


def _is_leet_tld(label: str) -> bool:
    """A last label that is a TLD in leet ("stud10", "d3"); the host is de-leeted after "@" by `Leetspeak`."""
    return not label.isdigit() and not _LEET_CHARS.isdisjoint(label) and _is_tld(unleet(label))


def _leet_common_tld(labels: list[str], path: bool) -> bool:
    """A last label that is a common TLD in leet ("n37", "c0m"); digits alone ("10") only with a path after the
    host or a leet label before it, as `LeetUrls` reads them ("python3.10" is a version)."""
    last = labels[-1]
    if last.isalpha() or _LEET_CHARS.isdisjoint(last) or not _is_common_tld(unleet(last)):
        return False
    return not last.isdigit() or path or any(map(has_inner_leet, labels[:-1]))


def _spoken_dot(text: str, edits: list[tuple[int, int, str]]) -> bool:
    return any(text[start:end].strip() != "." for start, end, _ in edits)


def _through_tld(labels: list[str]) -> int:
    """How many labels make the host: through the last TLD after the first label (all when none is one)."""
    for keep in range(len(labels), 1, -1):
        if _is_tld(labels[keep - 1]):
            return keep
    return len(labels)


# The words for "." that also mean "point", and the prepositions after them that are also TLDs ("punto de
# venta", "ponto do ônibus"): no host ends so.
_POINT_WORDS = words("punto ponto point pont punt")
_POINT_OF = words("de do")


def _point_of(text: str, dot_edits: list[tuple[int, int, str]], labels: list[str]) -> bool:
    """Whether a host of two labels reads "point of" ("el punto de encuentro", "ponto de ônibus")."""
    return (
        len(labels) == 2
        and labels[-1] in _POINT_OF
        and text[dot_edits[-1][0] : dot_edits[-1][1]].strip().lower() in _POINT_WORDS
    )


def _dot_edits(
    host: str, offset: int
) -> tuple[list[tuple[int, int, str]], list[str], list[list[tuple[int, int, str]]]]:
    """The edits reading a host's dots, its labels (a spoken "-" read), and each label's edits reading those."""
    edits = [(offset + d.start(), offset + d.end(), ".") for d in _DOT_SPLIT.finditer(host)]
    starts = [offset, *(end for _, end, _ in edits)]
    parts = _DOT_SPLIT.split(host)
    dashes = [
        [(start + d.start(), start + d.end(), "-") for d in _HOST_DASH_FOUND.finditer(part)]
        for start, part in zip(starts, parts, strict=True)
    ]
    labels = [_HOST_DASH_FOUND.sub("-", part).lower() for part in parts]
    return edits, labels, dashes


# --- leet in separator words, provider names and TLDs ------------------------------------------------------

_LEET_TOKEN = re.compile(r"(?<![\w$!|])[\w$!|]{2,16}(?![\w$!|])")
# A token with "@" for its "a" ("gm@il", "h0tm@il", "@t"): read whole only when it spells such a word, so an address
# ("jo@gmail") stays split at its sign.
_AT_LEET_TOKEN = re.compile(r"(?<![\w$!|@.])[\w$!|]{0,15}@[\w$!|]{1,15}(?![\w$!|@])")
_LEET_CHARS = frozenset("01345789$!|")
# "1" and "|" read as "i" first ("gma1l"), then as "l" ("ou7|ook", "ma1l" either way).
_LEET_AS_L = str.maketrans("1|", "ll")
# (not Turkish "et", which "3t" would spell in any sentence)
LEET_SEPARATORS = words(
    " ".join(w for w in (AT_WORDS + "|" + DOT_WORDS).split("|") if w.isalpha() and w.isascii() and w != "et")
)
LEET_TARGETS = (
    words(" ".join(MAIL_DOMAINS))
    | LEET_NAMES
    | frozenset(w for first, second in PROVIDER_PARTS for w in first | second if len(w) > 1)
    | words("com net org info biz")
)
LEET_WORDS = LEET_SEPARATORS | LEET_TARGETS


def read_leet_word(token: str) -> str | None:
    """The separator word, provider name (or part) or TLD a whole token spells in leet ("4rr084", "p0nt0",
    "9m41l", "j33", "c0m"): None for plain words and for numbers ("47" is not "at")."""
    lower = token.lower()
    plain = unleet(lower)
    if plain not in LEET_WORDS and ("1" in lower or "|" in lower):
        plain = unleet(lower.translate(_LEET_AS_L))
    if plain not in LEET_WORDS or plain == lower or not any(c.isalpha() for c in lower):
        return None
    return plain


_OPENERS, _CLOSERS = "([{<", ")]}>"


def _bracketed_number_separator(text: str, start: int, end: int) -> str | None:
    """A number read as "at"/"dot" only when bracketed like one ("[47]", "(d07)"): a bare "47" is a number."""
    token = text[start:end]
    if not token.isdigit() or start == 0 or end >= len(text):
        return None
    if text[start - 1] not in _OPENERS or text[end] != _CLOSERS[_OPENERS.index(text[start - 1])]:
        return None
    plain = unleet(token)
    return plain if plain in LEET_SEPARATORS else None


def at_for_a(text: str) -> bool:
    """Whether `text` holds "@" written for the "a" of a separator word or provider name ("@t", "gm@il")."""
    return "@" in text and any(read_leet_word(m.group(0)) is not None for m in _AT_LEET_TOKEN.finditer(text))


class LeetWords:
    """Leet in the words that dictate an address ("j0hn 4t gm41l d0t c0m", "[a7]", "gee m4il", "y4 h00"): a
    whole token that de-leets to an at/dot word, a provider name or part, or a common TLD is read as that word,
    so the bracket, provider and spoken readings after it see the address. Only when the text then holds a
    provider or TLD word and a separator (a word, "@" or "."): a lone "4t" in a sentence stays."""

    name = "leet-words"

    def needed(self, text: str) -> bool:
        return any(read_leet_word(w) is not None for w in cues(text).mixed) or at_for_a(text)

    def apply(self, view: View) -> View:
        text = view.text
        edits: list[tuple[int, int, str]] = []
        read: set[str] = set()
        at_tokens = [m for m in _AT_LEET_TOKEN.finditer(text) if read_leet_word(m.group(0))] if "@" in text else []
        for m in (*at_tokens, *_LEET_TOKEN.finditer(text)):
            if _overlaps(m.start(), m.end(), edits):
                continue
            plain = read_leet_word(m.group(0)) or _bracketed_number_separator(text, m.start(), m.end())
            if plain is not None:
                edits.append((m.start(), m.end(), plain))
                read.add(plain)
        if not edits:
            return view
        # A leet "arroba" or "d0t" dictates on its own; a leet "4t" ("meet 4t 5") needs a provider or TLD word.
        found = cues(text).words | read
        separator = "@" in text or "." in text or not LEET_SEPARATORS.isdisjoint(found)
        if not (read & LEET_SEPARATORS) - {"at"} and (not separator or LEET_TARGETS.isdisjoint(found)):
            return view
        return rewrite(view, self.name, sorted(edits))


class SpokenSeparators:
    """Bare "at"/"dot" words (and "arroba", "punto", "at the rate"...) folded where an address shape results."""

    name = "spoken"

    def needed(self, text: str) -> bool:
        found = cues(text).words
        if not STRONG_CUES.isdisjoint(found):
            return True
        return (
            ("at" in found and not AT_TARGET_CUES.isdisjoint(found))
            or sign_spoken(text)
            or glued_tld_host(text)
            or spaced_link_path(text)
        )

    def apply(self, view: View) -> View:
        text = view.text
        edits: list[tuple[int, int, str]] = []
        taken_until = pos = 0
        while (m := _EMAIL.search(text, pos)) is not None:
            pos = m.start("host")  # on a rejection, the host may be the next local part ("me at jo at x dot com")
            host_edits, labels, dashes = _dot_edits(m.group("host"), m.start("host"))
            end = m.end()
            keep = _through_tld(labels)
            if keep < len(labels):  # "... dot com . message me": the sentence goes on after the address
                end = host_edits[keep - 1][0]
                host_edits, labels, dashes = host_edits[: keep - 1], labels[:keep], dashes[:keep]
            at_word = (
                m.group("atw")
                or m.group("atrate")
                or m.group("atstep")
                or m.group("atbei")
                or m.group("attwice")
                or "@"
            ).lower()
            if at_word == "et":
                at_word = "at"  # Turkish "et" is an everyday word too (French "and"): read with a bare "at"'s care
            spoken_dots = [" ".join(text[s:e].lower().split()) for s, e, _ in host_edits if text[s:e].strip() != "."]
            local = m.group("local")
            if local.lower() in _NOT_LOCAL_WORDS or labels[0] in _PROSE_BEFORE_DOT:
                continue  # "look at ...", "met at the dot com launch", "the at sign and dot in ..."
            if (
                at_word == "at"
                and labels[0] not in MAIL_DOMAINS
                and not _ID_LIKE.search(local)
                and _DETERMINER_BEFORE.search(text, max(0, m.start() - 9), m.start())
            ):
                continue  # "my agency at nordwave dot org": a noun at a place, whose host is read below
            local_start, local_edits = _number_glued_to_name(text, m, labels[0], taken_until)
            local_edits += _local_joins(
                text, local_start, taken_until, not PROSE_DOT_WORDS.isdisjoint(spoken_dots) or at_word != "at"
            )
            if at_word == "bei" and not local_edits and not _ID_LIKE.search(local):
                continue  # "ich arbeite bei gmx punkt net": a workplace; an address's first part is dictated or an id
            # (an address dictated in steps names its first part whole: "sara_b, then the at sign, then ...")
            if not local_edits and at_word not in ("at", "@") and labels[0] in MAIL_DOMAINS and not m.group("atstep"):
                local_edits = _first_name_before(text, local_start, taken_until)
            if at_word != "@" and not any(c.isspace() for c in text[m.end("local") : m.start("host")]):
                # words glued by "_" or "-" like the "at" ("jenny_dot_lopez_at_gmail_dot_com"): the separator words
                # inside the local part are spoken too
                local_edits += [
                    (m.start("local") + j.start(), m.start("local") + j.end(), _local_symbol(j.group("sep")))
                    for j in _GLUED_SEP.finditer(local)
                ]
            if at_word == "@" and not spoken_dots and not local_edits and not m.group("atstep"):
                continue
            if len(labels) == 1:
                domain = MAIL_DOMAINS.get(labels[0])
                if domain is not None:
                    host_edits = [(m.start("host"), m.end("host"), domain)]
                elif labels[0] not in UPI_HANDLES or not (local_edits or _NAMED_ID.search(local)):
                    # A UPI handle is a bank's name too ("worked at icici"): the name before it must be an id, or
                    # dictated ("ravi dot kumar at okaxis")
                    continue
            elif not _is_tld(labels[-1]) and not _is_leet_tld(labels[-1]):
                continue
            elif at_word == "at" and labels[0] not in MAIL_DOMAINS:
                # A bare English "at" is everywhere in prose ("log in at bank.com", "room at some point so"):
                # it needs a local part shaped like an id and a common TLD, or a mail provider.
                clear_dot = bool(set(spoken_dots) - PROSE_DOT_WORDS)  # "dot", "punto"...: not prose
                if not clear_dot and (not _ID_LIKE.search(local) or not _is_common_tld(labels[-1])):
                    continue
            edits.extend(local_edits)
            edits.append((m.end("local"), m.start("host"), "@"))
            edits.extend(host_edits)
            edits.extend(e for label in dashes for e in label)
            taken_until = pos = end
        for m in _HOST.finditer(text) if _may_dictate_host(text) else ():
            if m.start() < taken_until:
                continue
            host_edits, labels, dashes = _dot_edits(m.group("host"), m.start("host"))
            path = m.group("path")
            # The sentence may go on after the address ("... dot net . message me") or end right before it
            # ("ok deal. www dot ..."): the host runs through its last TLD, and from "www" when it has one.
            keep = _through_tld(labels)
            if keep < len(labels):
                host_edits, labels, dashes, path = host_edits[: keep - 1], labels[:keep], dashes[:keep], None
            if "www" in labels[1:]:
                first = labels.index("www", 1)
                host_edits, labels, dashes = host_edits[first:], labels[first:], dashes[first:]
            # "point" is prose ("at this point") unless twice in the host or the host starts with "www"
            host = m.group("host")
            if (
                _SPOKEN_DOT.search(host) is None
                and len(_POINT.findall(host)) < 2
                and (labels[0] != "www" or not _spoken_dot(text, host_edits))
            ):
                continue
            if labels[0] in _PROSE_BEFORE_DOT or labels[0].isdigit() or _point_of(text, host_edits, labels):
                continue
            if (
                not _is_common_tld(labels[-1])
                and not _leet_common_tld(labels, text.startswith("/", m.end("host")))
                and not (path and _needs_path(".".join(labels).lower()))  # "t dot me slash jo"
            ):
                continue
            edits.extend(host_edits)
            edits.extend(e for label in dashes for e in label)
            if path:
                edits.extend(_path_edits(m))
        edits.extend(_glued_tld_edits(text, edits))
        edits.extend(e for e in _spaced_paths(text) if not _overlaps(e[0], e[1], edits))
        edits.sort()
        return rewrite(view, self.name, edits) if edits else view


def _local_joins(text: str, start: int, floor: int, point_dictated: bool) -> list[tuple[int, int, str]]:
    """Edits that join the words before the local part at `start` to it where a spoken separator stands between
    them ("jenny dot lopez at ..." -> "jenny.lopez"): up to `_LOCAL_WORDS` words back, none before `floor` and
    none a prose word ("at the dot"...). "point" is prose ("good point jo at ..."): it joins only when the
    address dictates dots with it or is not written with an English "at"."""
    edits: list[tuple[int, int, str]] = []
    for _ in range(_LOCAL_WORDS):
        m = _LOCAL_JOIN.search(text, max(floor, start - _LOCAL_REACH), start)
        if m is None or m.group("word").lower() in _NOT_LOCAL_WORDS:
            break
        sep = m.group("sep")
        if " ".join(re.split(r"[\s_\-]+", sep.lower())) in PROSE_DOT_WORDS and not point_dictated:
            break
        edits.append((m.end("word"), start, _local_symbol(sep)))
        start = m.start()
    return edits


# A plain first name before the local part, right after the text opens or a word for the address ("rahul sharma
# attherate gmail dot com", "mera mail rahul sharma attherate ...", "mi correo es juan perez arroba gmail ...").
_FIRST_NAME = re.compile(
    r"(?:^|(?<![\w])(?:e-?mail|mail|gmail|correo|id)\s{0,3}(?:(?:is|hai|es|é|eh)\s{0,3})?[:\-]?\s{0,3})"
    rf"(?P<word>[^\W\d_]{{2,30}}){_WS}$",
    re.I,
)


# Words that follow a word for the address but name nobody: prose, and Hinglish verbs and particles ("mail bhejo
# rahul attherate ...", "email pe ...").
_NOT_FIRST_NAMES = _NOT_LOCAL_WORDS | words(
    "bhejo bhej bhejna bhejiye karo kar kro karna kijiye do de dena dijiye pe par per hai he ka ki ko se mein on to "
    "for please pls plz send sent address id ke liye"
)


def _first_name_before(text: str, start: int, floor: int) -> list[tuple[int, int, str]]:
    """The edit joining a plain first name to the local part at `start` (`_FIRST_NAME`), none before `floor`,
    for an address said with a word for "@" other than a bare "at", which prose never has after a name."""
    m = _FIRST_NAME.search(text, max(floor, start - _LOCAL_REACH), start)
    if m is None or m.group("word").lower() in _NOT_FIRST_NAMES:
        return []
    return [(m.end("word"), start, "")]


# A name right before the number that ends a local part ("santos 88", "john seven seven").
_NAME_BEFORE_NUMBER = re.compile(rf"(?<![\w.+\-@])(?P<word>[^\W\d_](?:[\w.]{{0,62}}[^\W_])?){_WS}$")
_WORD_TOKEN = re.compile(r"[^\W_]{1,64}")
_SAID_NUMBER_WORDS = 4  # "seven seven seven seven", "double seven", "nineteen ninety"
_SAID_NUMBER_REACH = 80  # characters those words and their gaps can take
_SAID_NUMBER_DIGITS = 4  # a year or a few digits; a longer number is a phone's, no name's


def _number_glued_to_name(
    text: str, m: re.Match[str], first_label: str, floor: int
) -> tuple[int, list[tuple[int, int, str]]]:
    """Where the local part starts, and the edits gluing it, when the part the "at" follows is a short number
    typed or said after the name it ends ("maria dot santos 88 at gmail dot com" -> "santos88", "john seven seven
    at ..." -> "john77", "juan doble siete arroba ..." -> "juan77"): only before a mail provider, where a bare
    number is no address of its own."""
    start, end = m.start("local"), m.end("local")
    if first_label.lower() not in MAIL_DOMAINS or said_number(m.group("local")) is None:
        return start, []
    before = [w.start() for w in _WORD_TOKEN.finditer(text, max(floor, start - _SAID_NUMBER_REACH), start)]
    number_start, digits = start, ""
    for word_start in [start, *reversed(before[-_SAID_NUMBER_WORDS + 1 :])]:
        said = said_number(text[word_start:end])
        if said is None:
            break
        number_start, digits = word_start, said
    name = _NAME_BEFORE_NUMBER.search(text, max(floor, number_start - 70), number_start)
    if len(digits) > _SAID_NUMBER_DIGITS or name is None or name.group("word").lower() in _NOT_LOCAL_WORDS:
        return start, []
    return name.start("word"), [(name.end("word"), end, digits)]


def _local_symbol(word: str) -> str:
    """The symbol a spoken separator word of a local part stands for ("guion_bajo" -> "_")."""
    return "." if word == "." else SYMBOL_OF_WORD[" ".join(re.split(r"[\s_\-]+", word.lower()))]


def _lead(text: str, index: int) -> int:
    """Length of the separator run at text[index:]."""
    end = index
    while end < len(text) and text[end] in " _-\t":
        end += 1
    return end - index
