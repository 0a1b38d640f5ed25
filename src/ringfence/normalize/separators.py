"""Bracketed separators ("john (at) gmail [dot] com", "jo (underscore) li", "example[.]com", "hxxps[:]//") folded
to "@", "_", "-", ".", ":", "/".

A bracket around a separator word is a deliberate disguise in any language, so the fold needs no further
evidence; bare words ("at", "dot") are handled by `spoken.SpokenSeparators`, which checks the address shape.
"""

from __future__ import annotations

import re

from ringfence.normalize.view import View, rewrite

# The word for "@" and for "." in the languages marketplace chat uses (plus the symbols themselves); longest
# first, so "at the rate" is tried before "at".
AT_WORDS = (
    "at the rate of|at the rate|at sign|at symbol|@ symbol|@ sign|at|@|arroba|arrova|arobase|arobas|chiocciola|"
    "klammeraffe|affenschwanz|sobaka|собака|małpa|malpa|kukac|snabel-a|apenstaartje|ät"
)
DOT_WORDS = "dot|d0t|\\.|punto|ponto|point|punkt|nokta|tochka|точка|kropka|titik|tuldok|pont|punt|piste"
# The words for "_" and "-" in the same languages, which only ever join the words of an address's local part
# ("jenny underscore lopez at ..."); longest first, so "guion bajo" is tried before "guion".
UNDERSCORE_WORDS = (
    "underscore|under score|guion bajo|guión bajo|subrayado|underline|sublinhado|tiret bas|unterstrich|"
    "alt çizgi|нижнее подчеркивание|подчеркивание|podkreślnik|podkreslnik|garis bawah|liggend streepje|"
    "trattino basso"
)
DASH_WORDS = "dash|hyphen|guion|guión|tiret|bindestrich|traço|traco|hífen|hifen|дефис|тире|myślnik|łącznik|trattino"
# Each word for ".", "_" and "-" -> the symbol it stands for (the spoken view and the handle reading use it too).
SYMBOL_OF_WORD = (
    dict.fromkeys(DOT_WORDS.replace("|\\.", "").split("|"), ".")
    | dict.fromkeys(UNDERSCORE_WORDS.split("|"), "_")
    | dict.fromkeys(DASH_WORDS.split("|"), "-")
)
_WORD = {w: "@" for w in AT_WORDS.split("|")} | {".": "."} | SYMBOL_OF_WORD
_SPACE = r"[\s_]{0,3}"
_SEPARATOR_WORDS = f"{AT_WORDS}|{UNDERSCORE_WORDS}|{DASH_WORDS}".replace(" ", _SPACE)
_BRACKETED = re.compile(
    rf"\s{{0,3}}[\(\[\{{<]{_SPACE}({_SEPARATOR_WORDS}|{DOT_WORDS}|:|/|://){_SPACE}[\)\]\}}>]\s{{0,3}}",
    re.IGNORECASE,
)
# The cheap check starts at the bracket, so the search skips ahead to brackets only.
HINT = re.compile(rf"[\(\[\{{<]{_SPACE}(?:{_SEPARATOR_WORDS}|{DOT_WORDS}|:|/)", re.IGNORECASE)


class BracketedSeparators:
    name = "separators"

    def needed(self, text: str) -> bool:
        # the opening half first (the search skips to brackets), then the whole bracketed word, as `apply` reads it
        return (
            ("(" in text or "[" in text or "{" in text or "<" in text)
            and HINT.search(text) is not None
            and _BRACKETED.search(text) is not None
        )

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
        return rewrite(view, self.name, edits) if edits else view
