"""URLs: scheme URLs (http/https/ftp, also the broken "http:/x", "http//x" of phishing texts), "www." hosts,
IP-literal URLs, bare domains checked against the public-suffix list, and the targets of markdown and HTML
links. The link text of a markdown/HTML link is found as a URL of its own when it is one.

A bare "name.tld" is the risky reading: chat glues words to sentences ("ok.Then", "dear..sleep"), file
names look like domains ("README.md") and so do technology names ("ASP.NET"). A bare host counts only when
its TLD is lower-case (or the whole host is upper-case), it is not a technology name, the TLD is a known
public suffix, no label is empty, it is not a firm's name as prose writes it ("Booking.com experience",
"Hotels.com": one capital, then lower case; such a name counts only near a site word), and one of these holds:
- it is a site on a hosting platform's suffix ("jo.vercel.app", "jo.github.io"), even where the TLD is also
  a file extension;
- its TLD is a file extension many sites use too ("ai", "app", "cc", "sh", "so") and a "/" and a path follow
  ("beacons.ai/jo", "taplink.cc/jo");
- the TLD is not a file extension, and is a common one (com, net, org, non-word country codes ...) or a path
  follows ("bit.do/x");
- the TLD is a country code that is also a word ("in", "me", "so"), and the name is not a word (a hyphen,
  or letters then digits: "bello-design.in", "ana2.in") or a site word is near ("my website - ana.me");
- the TLD says what a personal site shows ("design", "art", "photography") and a site word is near ("ana at
  anaruiz.design for the full portfolio"): alone it may be a handle ("bia.design").

Right after a site word ("my site: ", "website - ", "portfolio at ") a host may have any public suffix but a file
extension, and its dot may be spaced or spoken ("jennylopez . design", "ana dot studio"). A dot with a space
after it but none before ends a sentence ("the site first. design is next"), so it never joins a host.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache

from ringfence.detectors.base import Match
from ringfence.detectors.domains import (
    FILE_EXTENSIONS,
    SIGNATURE_FILE_TLDS,
    SITE_FILE_TLDS,
    SITE_WORD_TLDS,
    WORD_CC_TLDS,
    is_api_endpoint,
    is_common_tld,
    is_company_name,
    is_hosted_site,
    is_registrable_host,
    is_tech_name,
    registered_name,
)
from ringfence.detectors.platforms import platform_of_host
from ringfence.normalize.view import View
from ringfence.triggers import TRIGGERS, words_pattern
from ringfence.types import Context, Kind

_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
# Characters of a path, query or fragment: anything but spaces, quotes, angle and square brackets (which
# close markdown/HTML links) and the U+FFFD left by broken decoding.
_PATH = r"[/?#][^\s<>\"'`{}|\\^\[\]\ufffd]{0,2000}"

# One pattern, leftmost match first, so a scheme URL is never re-read as a bare host. The atomic groups keep
# a host from backtracking into a shorter one ("ldew.com1win" must not become "ldew.com1"); the lookbehinds
# keep bare hosts out of words, e-mail domains and sub-labels, and out of a percent-encoded character ("jo%40acme.io"
# is an address, not the host "40acme.io").
_URL = re.compile(
    r"(?:"
    r"(?P<scheme>(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP])(?::/{0,3}|/{1,3})\s?)"
    r"(?P<shost>\[[0-9A-Fa-f:.]{2,45}\]|(?>[\w-]{1,63}(?:\.[\w-]{1,63}){0,10}))"
    r"|(?<![\w@.+-])(?P<www>[wW]{3}\.(?>" + _LABEL + r"(?:\." + _LABEL + r"){1,8}))"
    r"|(?<![\w@.+-])(?!(?<=%)[0-9A-Fa-f]{2})(?P<bare>(?>" + _LABEL + r"(?:\." + _LABEL + r"){1,8}))"
    r")"
    r"(?P<port>:\d{1,5}(?!\d))?"
    r"(?P<path>" + _PATH + r")?"
)
# Candidates: a dot between two letters/digits, or the "//" / ":/" of a scheme. Both branches start with a
# literal, so the search skips ordinary text at C speed; the full pattern then runs on the candidate's token.
_CANDIDATE = re.compile(r"\.(?<=[^\W_]\.)[^\W_]|/(?<=[:/]/)")
_SPACE = re.compile(r"\s")

# Triggers: every reading needs one of them. A scheme ("http:", "ftp/"), "www.", or a dot after a letter or
# digit followed by what starts a top-level label `_bare_host_ok` can accept: two ASCII letters of one case
# (every listed TLD starts so, and a TLD with capitals passes only in an all-capital host), or a non-ASCII
# character within its first two (an internationalised TLD, or full-width letters IDNA maps to ASCII).
_SCHEME_TRIGGER = TRIGGERS.add("url.scheme", r"(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP])[:/]")
_TRIGGERS = (
    _SCHEME_TRIGGER
    | TRIGGERS.add("url.www", r"[wW]{3}\.")
    | TRIGGERS.add("url.bare", r"[^\x00-/:-@\[-`{-\x7f]\.(?:[a-z]{2}|[A-Z]{2}|[A-Za-z]?[^\x00-\x7f])")
)

# Where a markdown link's text or target, or an HTML href value or anchor text starts: any public suffix
# (not only the common TLDs) is accepted there, since the markup says it is a link.
_LINK_TARGET = re.compile(r"\]\(\s{0,2}<?|\b[hH][rR][eE][fF]\s{0,2}=\s{0,2}[\"']?")
_LINK_TEXT = re.compile(r"\[\s{0,2}(?=[^\[\]\n]{1,300}\]\()|<[aA]\b[^<>]{0,500}>\s{0,2}")

# Words that say a name is a site; searched just before and after a bare host whose TLD is also a word.
_SITE_CUE = re.compile(
    r"(?<!\w)(?:web\s?site|site|sitio|seite|webseite|web\s?page|home\s?page|page|portfolio|blog|domain|url|link"
    r"|visit|сайт)s?(?!\w)",
    re.IGNORECASE,
)
_CUE_BEFORE, _CUE_AFTER = 60, 30
# A signature: at most this many lines, the first a sign-off ("Best regards,", "Cheers", "--").
_SIGNATURE_LINES = 6
_SIGN_OFF = re.compile(
    r"^[ \t]{0,8}(?:--|(?:(?:best|kind|warm|many)\s)?(?:regards|wishes|thanks)|best|cheers|thank\syou|sincerely"
    r"|yours(?:\s(?:truly|sincerely))?|respectfully|all\sthe\sbest)[ \t]{0,8}[,.!]?[ \t]{0,8}$",
    re.IGNORECASE | re.MULTILINE,
)
# A firm's name written as its domain ("Booking.com") is a site only with the site word right beside it ("my site:
# Janedoe.com", "Janedoe.com is my page"), not one a list away ("Zillow, Realtor.com and Redfin (public pages)").
_NAME_CUE_BEFORE, _NAME_CUE_AFTER = 25, 15
# A host right after a site word: the words between them say what it is ("is", "at", ":", "-"), and its dots are
# plain, spaced on the left ("jennylopez . design", "jane . carrd . co", "ana .studio") or dot words.
_CUED_DOT = r"(?:\.|\s{1,3}\.\s{0,3}|\s{1,3}(?:dot|punto|ponto|point|punkt)\s{1,3})"
_CUED_HOST = re.compile(
    _SITE_CUE.pattern + r"(?:\s{0,3}(?:is|at|here|on|:|-|–|—|=|>|→)){0,2}\s{0,3}"
    r"(?P<name>" + _LABEL + r"(?:" + _CUED_DOT + _LABEL + r"){0,3})(?P<dot>" + _CUED_DOT + r")"
    r"(?P<tld>(?-i:[a-z]{2,24}))(?![\w.-])",
    re.IGNORECASE,
)
_CUED_DOTS = re.compile(_CUED_DOT, re.IGNORECASE)
_SITE_TRIGGER = TRIGGERS.add(
    "url.site",
    words_pattern(["site", "sitio", "seite", "web page", "home page", "page", "portfolio", "blog", "domain", "url",
                   "link", "visit"]),
    re.IGNORECASE,
)  # fmt: skip

# A host spelled with spaces around its dots or its scheme ("https : // jennylopez . com", "www . jennylopez .
# com", "w w w . jennylopez . com", "https://jennylopez . com/work"): the scheme or "www" anchors it, so any
# registrable host counts.
_WWW = r"w\s{0,2}w\s{0,2}w"
_SPACED_WWW = re.compile(r"w\s{1,2}w\s{1,2}w", re.IGNORECASE)
_SPACED_HOST = re.compile(
    r"(?<![\w.])(?P<anchor>https?\s{0,3}:\s{0,3}/\s{0,3}/\s{0,3}(?P<www1>" + _WWW + r"\s{0,3}\.\s{0,3})?"
    r"|(?P<www2>" + _WWW + r"\s{0,3}\.\s{0,3}))"
    r"(?P<host>"
    + _LABEL
    + r"(?:\s{0,3}\.\s{0,3}"
    + _LABEL
    + r"){1,4})(?![\w-])(?P<path>/[^\s<>\"'`{}|\\^\[\]]{1,200})?",
    re.IGNORECASE,
)
# Its triggers: a scheme (the plain one's trigger, "http:"), or a scheme or "www" with spaces after it.
_SPACED_TRIGGER = TRIGGERS.add(
    "url.spaced", r"[hH][tT][tT][pP][sS]?\s{1,3}:|[wW]{3}\s{1,3}\.|[wW]\s{1,2}[wW]\s{1,2}[wW]\s{0,3}\."
)

# A host whose dots have spaces on both sides, with no site word or scheme before it ("kimcreates . com",
# "brightpixel . co . uk"): one space-flanked dot is not how a sentence ends, but prose does put one between words
# ("great . com bubble vibes"), so the host must end its clause, its TLD be a common one and its name not a word.
_SPACED_BARE_HOST = re.compile(
    r"(?<![\w.@-])(?<!@\s)(?<!@\s\s)(?P<host>" + _LABEL + r"(?:\s{1,3}\.\s{1,3}" + _LABEL + r"){1,3})"
    r"(?=\s{0,3}(?:$|[,;!?)\]\n]|\.(?!\w)))",
)
_SPACED_DOT = re.compile(r"\s{1,3}\.\s{1,3}")
# Its name must not read as a prose word: it holds a digit or a hyphen ("ana-ruiz", "kim92"), or is as long as the
# compound names sites take ("kimcreates", "brightpixel").
_ID_LIKE_NAME = re.compile(r"[\d-]")
_COMPOUND_NAME_LENGTH = 8
_SPACED_BARE_TRIGGER = TRIGGERS.add("url.spaced_bare", r"\s\.\s{1,3}[^\W\d_]")

_REST = re.compile(r"[^\s<>\"'`{}|\\^\[\]\ufffd]{0,2000}")
_TRAILING = ".,;:!?)]'\"…"
_LOCAL_HOSTS = frozenset({"localhost", "localhost.localdomain"})


def trim_url_end(text: str, start: int, end: int) -> int:
    """`end` moved left past trailing punctuation ("example.com/a)." -> "example.com/a"), keeping a closing
    bracket that balances an opening one inside the URL ("wiki/Foo_(bar)")."""
    while end > start and text[end - 1] in _TRAILING:
        char = text[end - 1]
        if char == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


def url_end(text: str, start: int, position: int) -> int:
    """Where the URL that starts at `start` and is read up to `position` ends: over the rest of its path,
    without trailing punctuation. Handle links use it so their span is the whole link."""
    rest = _REST.match(text, position)
    return trim_url_end(text, start, rest.end() if rest else position)


def _token_start(text: str, position: int) -> int:
    """Start of the whitespace-delimited token holding `position`, reaching back over one space after a
    scheme ("http:// 103.208.86.96")."""
    start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position), text.rfind("\t", 0, position)) + 1
    if start >= 2 and text[start - 2] in ":/":
        return _token_start(text, start - 2)
    return start


def _token_end(text: str, position: int) -> int:
    """End of the token holding `position`, reaching over one space after a scheme's slash or colon."""
    space = _SPACE.search(text, position)
    if space is None:
        return len(text)
    end = space.start()
    if end > 0 and text[end - 1] in ":/" and end + 1 < len(text) and not text[end + 1].isspace():
        return _token_end(text, end + 1)
    return end


@lru_cache(maxsize=8192)
def _ip_host(host: str) -> bool | None:
    """True for a routable IP literal, False for loopback/unspecified, None when `host` is not an IP."""
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
    return not (address.is_loopback or address.is_unspecified)


# Exchanges whose stocks are numbered and whose ticker suffix is also a country's domain: Hong Kong, Shenzhen,
# Taiwan, Singapore, Australia.
_NUMERIC_TICKER_EXCHANGES = frozenset(("HK", "SZ", "TW", "SI", "AX"))


def _bare_host_ok(text: str, start: int, end: int, host: str, has_path: bool, link_target: bool) -> bool:
    labels = host.split(".")
    tld = labels[-1]
    if tld != tld.lower() and host != host.upper():
        return False  # "python.My", "Mr.Smith", "ok.Then"
    if len(labels) == 2 and labels[0].isdecimal() and tld in _NUMERIC_TICKER_EXCHANGES:
        return False  # a stock ticker ("0700.HK", "2330.TW"), its exchange written in capitals
    if (len(labels) == 2 and not has_path and is_tech_name(host)) or not is_registrable_host(host):
        return False
    if len(labels) == 2 and not (has_path or link_target) and is_company_name(host):
        # "Booking.com experience" names a firm; "my site: Janedoe.com" gives a site, the word right beside it
        return _site_word_near(text, start, end, _NAME_CUE_BEFORE, _NAME_CUE_AFTER)
    if is_hosted_site(host):
        return True
    if tld.lower() in FILE_EXTENSIONS:
        after = start + len(host)
        if tld.lower() in SIGNATURE_FILE_TLDS and _in_signature(text, start):
            return True  # a country's domain in a sign-off block ("Regards,\nMarek\npixelforge.pl"), not a file
        return (
            tld.lower() in SITE_FILE_TLDS
            and text.startswith("/", after)
            and (text[after + 1 : after + 2].isalnum() or text.startswith("@", after + 1))
            and not text.startswith("/", start - 1)  # "src/logo.ai/..." is a file path
        )
    if link_target or has_path or is_common_tld(tld):
        return True
    if tld.lower() in SITE_WORD_TLDS:
        return _site_word_near(text, start, end)
    if tld.lower() not in WORD_CC_TLDS:
        return False
    name = labels[-2]
    if "-" in name or (name[0].isalpha() and name[-1].isdigit()):
        return True
    return _site_word_near(text, start, end)


def _in_signature(text: str, start: int) -> bool:
    """Whether `start` is in a signature: among the text's last lines, after a sign-off line ("Best regards,")."""
    if text.count("\n", start) >= _SIGNATURE_LINES:
        return False
    block_start = start
    for _ in range(_SIGNATURE_LINES):
        block_start = text.rfind("\n", 0, block_start)
        if block_start <= 0:
            break
    return _SIGN_OFF.search(text, max(block_start, 0), start) is not None


def _site_word_near(text: str, start: int, end: int, before: int = _CUE_BEFORE, after: int = _CUE_AFTER) -> bool:
    return (
        _SITE_CUE.search(text, max(0, start - before), start) is not None
        or _SITE_CUE.search(text, end, end + after) is not None
    )


def _cued_hosts(text: str) -> list[Match]:
    """Hosts right after a site word, with any public suffix but a file extension and a spaced or spoken dot."""
    found: list[Match] = []
    for m in _CUED_HOST.finditer(text):
        host = f"{_CUED_DOTS.sub('.', m.group('name'))}.{m.group('tld')}".lower()
        if m.group("tld") in FILE_EXTENSIONS or is_tech_name(host) or not is_registrable_host(host):
            continue
        if host.startswith("www."):
            continue  # "www" anchors the host for `_spaced_hosts`
        found.append(Match(Kind.URL, platform_of_host(host), host, m.start("name"), m.end("tld"), "url.cued", 0.85))
    return found


def _spaced_hosts(text: str) -> list[Match]:
    """Hosts after a scheme or "www" whose dots or scheme are spaced out (see `_SPACED_HOST`)."""
    found: list[Match] = []
    for m in _SPACED_HOST.finditer(text):
        if not any(c.isspace() for c in m.group(0)):
            continue  # typed plainly: the ordinary reading has it
        host = "".join(m.group("host").split()).lower()
        if m.group("www1") or m.group("www2"):
            host = f"www.{host}"
        tld = host.rsplit(".", 1)[-1]
        if tld in FILE_EXTENSIONS or not is_registrable_host(host.removeprefix("www.")):
            continue
        end = trim_url_end(text, m.start("host"), m.end())
        path = text[m.end("host") : end] if m.group("path") else ""
        value = host + ("" if path == "/" else path)
        found.append(Match(Kind.URL, platform_of_host(host), value, m.start(), end, "url.spaced", 0.9))
    return found


def _spaced_bare_hosts(text: str) -> list[Match]:
    """Hosts with space-flanked dots that end their clause, with a common TLD (see `_SPACED_BARE_HOST`)."""
    found: list[Match] = []
    for m in _SPACED_BARE_HOST.finditer(text):
        labels = _SPACED_DOT.split(m.group("host"))
        host = ".".join(labels).lower()
        if not is_common_tld(labels[-1]) or labels[-1] != labels[-1].lower():
            continue
        if is_tech_name(host) or not is_registrable_host(host):
            continue
        name = registered_name(host)[0]
        if not (_ID_LIKE_NAME.search(name) or len(name) >= _COMPOUND_NAME_LENGTH) or name.isdigit():
            continue  # "It is great . com": a prose word before the dot
        found.append(Match(Kind.URL, platform_of_host(host), host, m.start(), m.end(), "url.spaced_bare", 0.85))
    return found


def _apart(found: list[Match], kept: list[Match]) -> list[Match]:
    """The readings of `found` that overlap none of `kept` (the ordinary readings come first)."""
    return [m for m in found if not any(m.start < k.end and k.start < m.end for k in kept)]


class UrlDetector:
    name = "url"
    kinds = frozenset({Kind.URL})
    triggers = _TRIGGERS | _SITE_TRIGGER | _SPACED_TRIGGER | _SPACED_BARE_TRIGGER

    def detect(self, view: View, context: Context) -> list[Match]:
        if not view.triggers & self.triggers:
            return []
        text = view.text
        matches: list[Match] = []
        if view.triggers & _TRIGGERS:
            matches = self._hosts(text)
        if view.triggers & _SITE_TRIGGER:
            matches += _apart(_cued_hosts(text), matches)
        if view.triggers & _SPACED_TRIGGER or (view.triggers & _SCHEME_TRIGGER and "/" in text):
            spaced = _spaced_hosts(text)
            # A "www" spelled out ("w w w.jenny.com") is the host's start: its reading holds the ordinary one's.
            matches = _apart(matches, [m for m in spaced if _SPACED_WWW.match(text, m.start)])
            matches += _apart(spaced, matches)
        if view.triggers & _SPACED_BARE_TRIGGER:
            matches += _apart(_spaced_bare_hosts(text), matches)
        return matches

    def _hosts(self, text: str) -> list[Match]:
        candidate = _CANDIDATE.search(text)
        if candidate is None:
            return []
        targets: set[int] = set()
        if "](" in text or "ref" in text or "REF" in text:
            targets.update(m.end() for m in _LINK_TARGET.finditer(text))
            targets.update(m.end() for m in _LINK_TEXT.finditer(text))
        matches: list[Match] = []
        done = 0  # text before this offset has been scanned
        while candidate is not None:
            position = candidate.start()
            start = max(done, _token_start(text, position))
            token_end = _token_end(text, position)
            for m in _URL.finditer(text, start, token_end):
                match = self._judge(text, m, m.start() in targets)
                if match is not None:
                    matches.append(match)
            done = max(done, token_end)
            candidate = _CANDIDATE.search(text, done)
        return matches

    @staticmethod
    def _judge(text: str, m: re.Match[str], link_target: bool) -> Match | None:
        start = m.start()
        path_start = m.start("path") if m.group("path") is not None else m.end()
        end = max(trim_url_end(text, path_start, m.end()), path_start)
        path = text[path_start:end]
        port = m.group("port") or ""
        tail = port + ("" if path == "/" else path)
        has_path = len(path) > 1 or bool(port)
        if m.group("scheme") is not None:
            host = m.group("shost").lower()
            ip = _ip_host(host)
            if ip is False or host in _LOCAL_HOSTS or host.endswith(".localhost"):
                return None
            if ip or is_registrable_host(host):
                rule, confidence = ("url.ip", 0.95) if ip else ("url.scheme", 0.99)
            elif "." in host or has_path:
                rule, confidence = "url.scheme_unlisted", 0.75  # "http://itdo/bank...", "http://www.nabmobile"
            else:
                return None
        elif m.group("www") is not None:
            host = m.group("www").lower()
            rule, confidence = ("url.www", 0.97) if is_registrable_host(host) else ("url.www_unlisted", 0.7)
        else:
            host = m.group("bare")
            if text.startswith("@", m.end("bare")) or not _bare_host_ok(text, start, end, host, has_path, link_target):
                return None
            host = host.lower()
            rule, confidence = ("url.link", 0.95) if link_target else ("url.bare", 0.9)
        platform = platform_of_host(host)
        if platform is None and is_api_endpoint(host) and not _site_word_near(text, start, end):
            # "calls api.stripe.com/v1/charges": the integration being built, unless offered as a site to visit; a
            # messaging app's API links ("api.whatsapp.com/send?phone=") reach people
            return None
        return Match(
            kind=Kind.URL,
            platform=platform,
            value=host + tail,
            start=start,
            end=end,
            rule=rule,
            confidence=confidence,
        )
