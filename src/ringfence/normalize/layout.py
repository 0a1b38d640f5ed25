"""Layout disguises: markup inside a contact ("john<b>@</b>gmail<i>.</i>com", "john`@`gmail`.`com") and a contact
written down the page, one character per line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ringfence.normalize.view import View, rewrite

# Four or more lines in a row holding one character each ("j\no\nh\nn\n@\n..."): a word written vertically.
# A blank line ends the run, as does a line of two characters or more.
MIN_VERTICAL = 4
_LINE = r"[ \t]{0,4}\S[ \t]{0,4}"
VERTICAL = re.compile(rf"(?:^|(?<=\n)){_LINE}(?:\r?\n{_LINE}){{{MIN_VERTICAL - 1},256}}(?=\r?\n|$)")
_LINE_BREAK = re.compile(r"[ \t]{0,4}\r?\n[ \t]{0,4}")


def _vertical_runs(text: str) -> Iterator[re.Match[str]]:
    """The runs of one-character lines that spell more than digits: digits alone down the page are the phone
    detector's to read (a number one digit a line, told there from a list of counts)."""
    return (run for run in VERTICAL.finditer(text) if not "".join(run.group().split()).isdigit())


class VerticalText:
    """Join a run of one-character lines into the word they spell ("k\\ni\\nm\\n@..." is "kim@...")."""

    name = "vertical"

    def needed(self, text: str) -> bool:
        return "\n" in text and next(_vertical_runs(text), None) is not None

    def apply(self, view: View) -> View:
        edits = [
            (run.start() + gap.start(), run.start() + gap.end(), "")
            for run in _vertical_runs(view.text)
            for gap in _LINE_BREAK.finditer(run.group())
        ]
        return rewrite(view, self.name, edits) if edits else view


# An HTML tag or comment, or a markdown code mark, inside a word: drawn as nothing (or as formatting) between
# characters that read on as one word. One standing after or before a space formats prose ("<b>Note</b>: ...").
_TAG = r"<(?:(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]{0,9})(?P<attributes>\s[^<>]{0,80})?/?|!--[^<>]{0,80}?--)>"
# HTML's elements that break the line (blocks, list items, table rows and cells): between two of them is a gap.
_BLOCK_ELEMENTS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figure", "footer", "header"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "ul"),
        *("table", "tbody", "td", "tfoot", "th", "thead", "tr"),
    }
)
_PIECE = re.compile(rf"{_TAG}|`")
_INSIDE_WORD_MARKUP = re.compile(rf"(?<=\S)(?:{_TAG}|`){{1,8}}(?=\S)")


# Markdown emphasis or quote marks around the parts of an address, inside its token ("**john.smith**@**gmail**.com",
# "*jo*@*acme*.io", '"jo"@gmail.com', "«jo»@acme.io"): a mark between a letter or digit and the address's "@" or
# "." draws nothing there. Marks between letters ("j*o*h*n") are `spoken.SeparatorNoise`'s to read.
_MARK = r"(?:\*{1,3}|~~|[\"“”'‘’«»‹›])"
_EMPHASIS_MARK = re.compile(rf"(?<=[^\W_]){_MARK}(?=[@.])|(?<=[@.]){_MARK}(?=[^\W_])")
_ADDRESS_TOKEN = re.compile(r"[^\s@]{0,64}\w[*~\"“”'‘’«»‹›]{0,3}@\S{1,255}")
_EMPHASIS_CHARS = frozenset("*~\"“”'‘’«»‹›")


class InlineMarkup:
    """Drop HTML tags, comments and markdown code marks that split a word ("j<!-- -->ohn@gmail.com"), and
    emphasis or quote marks that split an address (`_EMPHASIS_MARK`)."""

    name = "markup"

    def needed(self, text: str) -> bool:
        return (("<" in text or "`" in text) and any(True for _ in self._runs(text))) or (
            "@" in text and not _EMPHASIS_CHARS.isdisjoint(text) and any(True for _ in _address_marks(text))
        )

    def apply(self, view: View) -> View:
        edits = [(start, end, "\n" if block else "") for start, end, block in self._runs(view.text)]
        if "@" in view.text:
            edits = sorted(edits + [(start, end, "") for start, end in _address_marks(view.text)])
        return rewrite(view, self.name, edits) if edits else view

    @staticmethod
    def _runs(text: str) -> Iterator[tuple[int, int, bool]]:
        """Each run of markup inside a word, and whether it breaks the line (a block or table cell's tag,
        "0300</td><td>1234567": two cells, read apart)."""
        lower = text.lower()
        for run in _INSIDE_WORD_MARKUP.finditer(text):
            pieces = list(_PIECE.finditer(run.group()))
            if all(_is_markup(piece, lower) for piece in pieces):
                block = any((piece.group("name") or "").lower() in _BLOCK_ELEMENTS for piece in pieces)
                yield run.start(), run.end(), block


def _address_marks(text: str) -> Iterator[tuple[int, int]]:
    """The spans of `_EMPHASIS_MARK` inside each token that holds an address's "@"."""
    for token in _ADDRESS_TOKEN.finditer(text):
        for mark in _EMPHASIS_MARK.finditer(text, token.start(), token.end()):
            yield mark.span()


def _is_markup(piece: re.Match[str], lower: str) -> bool:
    """Whether a tag is markup rather than a word in angle brackets ("<at>", "<proton>", which
    `separators.BracketedSeparators` reads): a comment, a closing tag, a tag with attributes or one closed
    later in the text ("<b>@</b>"); `lower` is the text lower-cased."""
    name = piece.group("name")
    return name is None or bool(piece.group("close") or piece.group("attributes")) or f"</{name.lower()}>" in lower
