"""Bracketed separators ("john (at) gmail [dot] com", "jo (underscore) li", "example[.]com", "hxxps[:]//") folded
to "@", "_", "-", ".", ":", "/", and brackets around the parts of an address ("{samir.haddad}@{gmail}.{com}")
dropped.

A bracket around a separator word is a deliberate disguise in any language, so the fold needs no further
evidence; bare words ("at", "dot") are handled by `spoken.SpokenSeparators`, which checks the address shape.
A bracket around one part of an address, touching the "@" or "." that joins it to the next, is the same
disguise turned inside out: an address's parts are brackets apart only when someone put them there.
"""

from __future__ import annotations

import re

from ringfence.normalize.view import View, rewrite

# English "at" and "dot" as other scripts write them (Hindi, Bengali, Urdu, Arabic, Persian, Thai, Japanese, Korean,
# Greek), and the names those languages give "@" and "." themselves (Ukrainian "равлик" and "крапка", Russian
# "собачка", Arabic "نقطة", Hebrew "שטרודל" and "נקודה", Greek "παπάκι" and "τελεία"); each "ॉ"/"ো"-style
# vowel sign spelled as people type it. The Latin spellings of those names ("ravlyk", "krapka", "no2ta") are in
# the lists below.
NON_LATIN_AT_WORDS = "ऐट|एट|अॅट|ॲट|অ্যাট|এট|ایٹ|آت|собачка|равлик|שטרודל|παπάκι|アット|앳"
NON_LATIN_DOT_WORDS = "डॉट|डोट|डाट|डौट|ডট|ডটে|ডোট|ڈاٹ|ڈوٹ|دوت|دات|نقطة|نقطه|крапка|ดอท|ดอต|ドット|닷|τελεία|נקודה"
# The word for "@" and for "." in the languages marketplace chat uses (plus the symbols themselves); longest
# first, so "at the rate" is tried before "at" (Indian English "at the rate", however it is run together or
# shortened: "attherate", "at d rate").
AT_WORDS = (
    "at the rate of|at the rate|at d rate|atd rate|at drate|at therate|attherate|atherate|atdrate|at sign|"
    "at symbol|@ symbol|@ sign|atsign|at|@|arroba|arrova|arobase|arobas|chiocciola|"
    "klammeraffe|affenschwanz|sobachka|sobaka|собака|ravlyk|ravlik|małpa|malpa|kukac|snabel-a|snabel a|apenstaartje|ät|"
    "zavináč|zavinac|arond|a còng|a cong|krøllalfa|papaki|shtrudel|et|"
    f"{NON_LATIN_AT_WORDS}"
)
# "period" and "full stop" are prose words too: like "point", the spoken reading wants more of an address with them
# (`spoken.PROSE_DOT_WORDS`).
DOT_WORDS = (
    "dot sign|dot symbol|dot|d0t|\\.|punto|ponto|point|full stop|period|punktum|punkts|punkt|punct|nokta|no2ta|"
    "nu2ta|noqta|nuqta|nukta|tochka|точка|krapka|kropka|tečka|tecka|bodka|točka|tocka|chấm|cham|titik|tuldok|pont|"
    f"punt|piste|teleia|nekuda|{NON_LATIN_DOT_WORDS}"
)
# The words for "_" and "-" in the same languages, which only ever join the words of an address's local part
# ("jenny underscore lopez at ..."); longest first, so "guion bajo" is tried before "guion".
UNDERSCORE_WORDS = (
    "underscore|under score|guion bajo|guión bajo|subrayado|underline|sublinhado|tiret bas|unterstrich|"
    "alt çizgi|нижнее подчеркивание|подчеркивание|podkreślnik|podkreslnik|garis bawah|liggend streepje|"
    "trattino basso"
)
DASH_WORDS = "dash|hyphen|guion|guión|tiret|bindestrich|traço|traco|hífen|hifen|дефис|тире|myślnik|łącznik|trattino"
# The words for "/" (a link's path after a dictated host: "t punto me barra samdev", "t dot me slash samdev").
SLASH_WORDS = "forward slash|slash|barra|barre oblique|schrägstrich|слэш|слеш|ukośnik|eğik çizgi"
# Each word for ".", "_" and "-" -> the symbol it stands for (the spoken view and the handle reading use it too).
SYMBOL_OF_WORD = (
    dict.fromkeys(DOT_WORDS.replace("|\\.", "").split("|"), ".")
    | dict.fromkeys(UNDERSCORE_WORDS.split("|"), "_")
    | dict.fromkeys(DASH_WORDS.split("|"), "-")
)
_WORD = {w: "@" for w in AT_WORDS.split("|")} | {".": "."} | SYMBOL_OF_WORD
_SPACE = r"[\s_]{0,3}"
_SEPARATOR_WORDS = f"{AT_WORDS}|{UNDERSCORE_WORDS}|{DASH_WORDS}|{DOT_WORDS}".replace(" ", _SPACE)
# Brackets of every script's kind: ASCII, guillemets, CJK corner and lenticular brackets, angle brackets.
_OPENERS = "([{<«‹【〔「『〈⟨"
_CLOSERS = ")]}>»›】〕」』〉⟩"
BRACKETS = _OPENERS + _CLOSERS
_OPEN = f"[{re.escape(_OPENERS)}]"
_CLOSE = f"[{re.escape(_CLOSERS)}]"
_BRACKETED = re.compile(
    rf"\s{{0,3}}{_OPEN}{_SPACE}({_SEPARATOR_WORDS}|:|/|://){_SPACE}{_CLOSE}\s{{0,3}}",
    re.IGNORECASE,
)
# The cheap check starts at the bracket, so the search skips ahead to brackets only.
HINT = re.compile(rf"{_OPEN}{_SPACE}(?:{_SEPARATOR_WORDS}|:|/)", re.IGNORECASE)
# A bracketed "a" for "@" ("sara(a)yahoo.com", "sara (a) yahoo . com"): "(a)" also numbers a list, so only after
# a word and before a host with its dot.
_BRACKETED_A = re.compile(
    rf"(?<=[^\W_])\s{{0,2}}{_OPEN}a{_CLOSE}\s{{0,2}}(?=[^\W_][\w\-]{{0,62}}\s{{0,3}}(?:\.|{_OPEN}\s{{0,2}}(?:dot|\.)|dot\b))",
    re.IGNORECASE,
)
# Its core, searched first: a charset then a letter, where the whole pattern opens with a look-behind.
_A_IN_BRACKETS = re.compile(rf"{_OPEN}a{_CLOSE}", re.IGNORECASE)
# Parts of an address joined by "@" or ".", some wrapped in a pair of brackets: the chain needs an "@" and a
# bracket touching a joiner (checked in `_wrapped_parts`), so "(see kim@mail.com)" or "[1].[2]" stay as written.
# Nothing glued to its ends ("moc]tod[liamg]@[htims]tod[nhoj", "moc].[liamtoh]@[iew].[il" are bracketed
# separators written backwards, for the decoder to turn round).
_PART = r"[^\W_](?:[\w+\-]{0,62}[^\W_])?"  # its dots are the chain's joiners: a chain reads one way only
_WRAPPED_PART = "|".join(
    rf"{re.escape(o)}\s{{0,2}}{_PART}(?:\.{_PART}){{0,4}}\s{{0,2}}{re.escape(c)}" for o, c in ("()", "[]", "{}", "<>")
)
_CHAIN = re.compile(
    rf"(?<![\w\)\]\}}>.@])(?:{_WRAPPED_PART}|{_PART})(?:\s{{0,2}}[@.]\s{{0,2}}(?:{_WRAPPED_PART}|{_PART})){{1,8}}"
    r"(?![\w\(\[\{<]|\s{0,2}[@.]\s{0,2}[\(\[\{<])"
)
_BRACKET_AT_JOINER = re.compile(r"[\)\]\}>]\s{0,2}[@.]|[@.]\s{0,2}[\(\[\{<]")
_CHAIN_NOISE = re.compile(r"[\(\[\{<\)\]\}>]|\s{1,2}")
# What the unwrapped chain must be: a host with a TLD after "@".
_ADDRESS = re.compile(r"[^@]{1,600}@[^@]{0,600}\.[^\W\d_]{2,63}")


def _wrapped_parts(text: str) -> list[tuple[int, int, str]]:
    """Edits dropping the brackets (and the spaces) inside each chain of address parts that has them and is an
    address without them ("[Note] @team" is not). A bracket at either end of the chain goes with the character
    beside it, so the address maps back to the whole chain."""
    edits: list[tuple[int, int, str]] = []
    for m in _CHAIN.finditer(text):
        chain = m.group(0)
        if (
            "@" not in chain
            or not _BRACKET_AT_JOINER.search(chain)
            or not _ADDRESS.fullmatch(_CHAIN_NOISE.sub("", chain))
        ):
            continue
        noise = [(m.start() + n.start(), m.start() + n.end()) for n in _CHAIN_NOISE.finditer(chain)]
        first, last = _edge(noise, m.start(), 1), _edge(noise, m.end(), -1)
        edits.append((m.start(), first + 1, text[first]))
        edits.extend((a, b, "") for a, b in noise if first < a and b <= last)
        edits.append((last, m.end(), text[last]))
    return edits


def _edge(noise: list[tuple[int, int]], at: int, step: int) -> int:
    """The first character of the chain from `at` (step 1) or its last before `at` (step -1) that is no noise."""
    spans = dict(noise) if step == 1 else {b: a for a, b in noise}
    while at in spans:
        at = spans[at]
    return at if step == 1 else at - 1


class BracketedSeparators:
    name = "separators"

    def needed(self, text: str) -> bool:
        # the opening half first (the search skips to brackets), then the whole bracketed word, as `apply` reads it
        if not ("(" in text or "[" in text or "{" in text or "<" in text) and (
            text.isascii() or not any(c in text for c in _OPENERS[4:])
        ):
            return False
        if HINT.search(text) is not None and _BRACKETED.search(text) is not None:
            return True
        if _A_IN_BRACKETS.search(text) is not None and _BRACKETED_A.search(text) is not None:
            return True
        return "@" in text and _BRACKET_AT_JOINER.search(text) is not None and bool(_wrapped_parts(text))

    def apply(self, view: View) -> View:
        edits = []
        for m in _BRACKETED.finditer(view.text):
            word = " ".join(m.group(1).lower().replace("_", " ").split())
            symbol = _WORD.get(word, word)
            if symbol in ("/", ":", "://"):
                # "[:]" and "[/]" defang URLs; keep the spaces around them out of the replaced span
                opener = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                closer = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
                edits.append((opener, closer, symbol))
            else:
                edits.append((m.start(), m.end(), symbol))
        edits.extend((m.start(), m.end(), "@") for m in _BRACKETED_A.finditer(view.text))
        folded = rewrite(view, self.name, sorted(edits)) if edits else view
        unwrapped = _wrapped_parts(folded.text) if "@" in folded.text else []
        return rewrite(folded, self.name, unwrapped) if unwrapped else folded
