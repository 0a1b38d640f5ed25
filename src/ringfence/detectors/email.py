"""Email addresses, including sub-addresses (john+tag@) and internationalised domains.

A dot inside the domain, or inside the local part of an address whose "@" or domain is spaced too ("chidi .
writes @ yahoo . com"), is either bare or spaced on both sides ("out look . com", a disguise the normalisation
views leave alone): "jo@hotmail.co.uk. Shortlisted" is an address followed by a sentence, never the domain
"co.uk. Shortlisted". A domain glued to the next word ("jo@mail.com.Thanks") is cut back to its longest run of
leading labels with a known public suffix. The value is the address a reader takes: compatibility forms folded,
and look-alikes read as ASCII where the address mixes scripts through them ("jеnny@gmаil.com", Cyrillic "е" and
"а", is "jenny@gmail.com"); an address in another script ("пример@почта.рф") keeps its letters.
"""

from __future__ import annotations

import re

from ringfence.detectors.base import (
    TEST_DATA_CONFIDENCE,
    Match,
    placeholder_local,
    placeholder_said,
    sample_value,
)
from ringfence.detectors.domains import FILE_EXTENSIONS, is_common_tld, is_registrable_host
from ringfence.normalize.precheck import AT_SIGN
from ringfence.normalize.spoken import MAIL_DOMAINS, lookalike_provider, meant_provider_domain
from ringfence.normalize.unicode import canonical_address
from ringfence.normalize.view import View, words
from ringfence.triggers import TRIGGERS, words_pattern
from ringfence.types import Context, Kind

# Bounded repeats only, so a run like "a.a.a.a..." or "@@@@" costs linear time. The local part excludes
# "@" so one address never spans two; the domain is two to eight labels, judged in code.
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_DOT = r"(?:\.| {1,2}\. {1,2})"
_LOCAL_RUN = r"[\w%+-](?:[\w.%+-]{0,62}[\w%+-])?"
_EMAIL = re.compile(
    r"(?<![\w.+%-])"
    r"(?P<local>" + _LOCAL_RUN + r"(?: {1,2}\. {1,2}" + _LOCAL_RUN + r"){0,3})"
    r"(?P<at>\s{0,2}@\s{0,2})"
    r"(?P<domain>" + _LABEL + r"(?:" + _DOT + _LABEL + r"){1,7})"
    r"(?![\w-])"
)
_LABEL_RUN = re.compile(r"[^\s.]{1,63}")
# A host of one name whose only dot is spaced on one side ("tom@tomfolio .io", "tom@tomfolio. io"): without the
# dot the host is no domain at all, so the dot and a common TLD in lower case after it are its own, spaced as a
# disguise. A capital ("jo@work. It was") or a word that is no common TLD starts a sentence. Searched from its "@"
# (a literal, quick to find), the local part read back from there.
_ONE_SIDED_DOT_HOST = re.compile(
    r"@(?P<name>" + _LABEL + r")(?: {1,2}\.|\. {1,2})(?P<tld>[a-z]{2,6})(?![\w@-]|\s{0,2}\.\s{0,2}\w)"
)
_LOCAL_BEFORE = re.compile(r"(?<![\w.+%-])" + _LOCAL_RUN + r"\Z")
_LOCAL_REACH = 64
# A path right after the host with a ":" and no space, as scp and git write a remote ("user@host:org/repo.git").
_REMOTE_PATH = re.compile(r":[~\w.-]{0,100}/")

# A mail provider named before the address's local part ("my gmail is jennylopez88", "hotmail id - sam_k_1990"):
# the address is <local>@<the provider's domain>. "live", "mail" and "msn" are everyday words, and qq ids are
# numbers (the phone detector's), so those providers are left out.
_PROVIDER_DOMAINS = {name: domain for name, domain in MAIL_DOMAINS.items() if name not in ("live", "mail", "msn", "qq")}
_PROVIDER_DOMAINS["mail.ru"] = "mail.ru"
# Words that may stand between the provider and the id ("is", "es", "c'est", "id", "mail", "address", "adresim")
# and ":", "=" or a dash.
_CUE_WORD = (
    r"is|es|est|c['’]est|ist|é|è|id|address|adresse|adres|adresim|direcci[oó]n|endere[cç]o|account|acc|mail|email"
    r"|e-mail|username|user"
)
_PROVIDER = r"(?P<provider>" + "|".join(map(re.escape, sorted(_PROVIDER_DOMAINS, key=len, reverse=True))) + ")"
# the id: from a letter to a letter or digit, and not part of a longer address ("jo.lee@...") or word
_ID = r"(?P<local>[A-Za-z][\w.+\-]{1,62}[A-Za-z0-9])"
_PROVIDER_ID = re.compile(
    r"(?<![\w.@/\-])" + _PROVIDER + r"(?![\w@]|\.\w)"
    r"(?P<cue>(?:\s{0,3}(?:[:=\-–—]|(?:" + _CUE_WORD + r")(?![\w\-]))){0,4})"
    r"\s{0,3}" + _ID + r"(?![\w@]|[.+\-][\w@])",
    re.IGNORECASE | re.ASCII,
)
# The id first: "jenny.lopez88 on gmail" (or "on" in the marketplace's other languages: Tagalog "sa", Spanish "en",
# Portuguese "em", Hindi "pe", German "bei"), or the provider in brackets after it as a signature writes it
# ("fatima.webdev (gmail)", "sam_k_1990 [yahoo]"); an "at" between them is the spoken reading's. Not a file kept
# in one of the provider's products ("report_v2 on gmail drive").
_PRODUCTS = r"drive|docs?|sheets?|calendar|chat|meet|photos|inbox|folder|spam|drafts?|app"
_ID_ON_PROVIDER = re.compile(
    r"(?<![\w.@/+\-])"
    + _ID
    + r"(?P<cue>\s{1,3}(?:on|via|sa|en|em|pe|bei)\s{1,3}(?:my\s{1,3})?|\s{0,3}(?P<bracket>[(\[])\s{0,2})"
    + _PROVIDER
    + r"(?(bracket)\s{0,2}[)\]]|(?![\w@\-]|\.\w|\s{1,3}(?:"
    + _PRODUCTS
    + r")(?!\w)))",
    re.IGNORECASE | re.ASCII,
)
# The address named, its "@" left out: "my email is jenny.lopez88 gmail", "e-mail: sam_k_1990 yahoo com", "correo:
# juan.perez99 - hotmail". The mail word before the id is what makes the provider after it its domain.
_MAIL_WORD_ID_PROVIDER = re.compile(
    r"(?<![\w@.\-])(?P<cue>(?:e-?mail|mail|correo|courriel)(?:\s{1,3}(?:me|id|address|adresse|addr))?"
    r"(?:\s{0,3}(?:[:=\-–—]|(?:is|es|est|é|ist)(?![\w\-]))){0,2})\s{1,3}"
    + _ID
    + r"\s{1,3}(?:[,\-–—]\s{0,2})?"
    + _PROVIDER
    + r"(?:\s{1,3}(?:dot\s{1,3})?com)?(?![\w@\-]|\.\w|\s{1,3}(?:"
    + _PRODUCTS
    + r")(?!\w))",
    re.IGNORECASE | re.ASCII,
)
# The id, whatever joins it, then the provider's own domain ("rahul99 attherate gmail.com", "klaus.weber bei gmx.net",
# "maria_santos sa yahoo.com", "sofia.g, gmail.com", "ahmed_k ات gmail.com"): a mail provider's domain is where a
# mailbox lives, so the id before it is its local part however the "@" was put, in any language's word for it or
# none. One word or a few symbols between them; the id must hold a digit or an inner "." or "_" (see
# `_provider_ids`), so "I use gmail.com" or "sign-up on gmail.com" names no mailbox.
_ID_BEFORE_MAIL_DOMAIN = re.compile(
    r"(?<![\w.@/+\-])"
    + _ID
    + r"(?P<cue>\s{0,2}[^\w\s@]{1,3}\s{0,2}|\s{1,3}[^\W\d_]{1,12}\s{1,3}|\s{1,3})"
    + _PROVIDER
    + r"(?P<suffix>(?:\.[a-z]{2,6}){1,2})(?![\w@\-]|\.\w)",
    re.IGNORECASE,
)
_ID_MARK = re.compile(r"\d|.[._+\-].")  # a digit, or ".", "_", "+", "-" inside: "jenny.lopez", "sam_k_1990"
_NAME_MARK = re.compile(r".[._].")  # what a name-shaped id holds: "j.lopez", "sam_k"
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_NAME_PART = re.compile(r"[^\W_]{3}")  # three letters or digits together: not "e.g", "a.k.a" or "v2.0"
_ADDRESS_CUES = frozenset(("id", "address", "account", "acc", "mail", "email", "e-mail", "username", "user"))
# Providers that are also words ("the outlook: FY2024", "proton: 1.6 MeV"): their id must be name-shaped, unless
# the cue names the address ("outlook id", "proton mail").
_WORDLIKE_PROVIDERS = frozenset(("outlook", "proton"))
PROVIDER_NAME = TRIGGERS.add("email.provider", words_pattern(_PROVIDER_DOMAINS), re.IGNORECASE)
# An address whose domain is its provider's name alone ("hit me up at john@gmail", "jo (at) hotmail"): the
# provider's own domain is meant. Not a provider followed by a dot and a word: "jo@gmail.co" and "jo@gmail . com"
# are the address detector's, and "jo@gmail. Come" is an address and a sentence. Only the provider's own domain
# spaced on one side of its dot, or with its dot left out, is read whole ("jane.doe@gmail .com", "jo@yahoo. co.uk",
# "jo@gmailcom", "jo@yahoocouk"): a disguise.
_AT_PROVIDER = re.compile(
    r"(?<![\w.+%-])(?P<local>[^\W_](?:[\w.%+-]{0,62}[^\W_])?)(?P<at>\s{0,2}@\s{0,2})"
    + _PROVIDER
    + r"(?:(?P<dot>\s{0,2}\.\s{0,2})(?P<suffix>[a-z]{2,6}(?:\.[a-z]{2})?)(?![\w@-]|\.\w)"
    + r"|(?P<glued>[a-z]{2,6})(?![\w@-]|\.\w)"
    + r"|(?![\w@-]|\s{0,2}\.\s{0,2}[^\W\d_]))",
    re.IGNORECASE,
)


# Words before " @gmail.com" that name whose mailbox it is, not the mailbox: "my @gmail.com stopped syncing".
_OWNER_WORDS = words("my your our their his her its the a an any new old this that me you us")
# Words that point at a name instead of writing it: before a spaced "@" ("my full name @ gmail.com") they are the
# indirect detector's reference, no local part.
_NAME_POINTERS = words("name surname lastname firstname fullname username")
_NOT_A_LOCAL_PART = _OWNER_WORDS | _NAME_POINTERS


# A mailbox named and a copula or a colon, then its local part said as two words ("my email is jane doe at gmail dot
# com", "email: kim creates@gmail.com", "mail me: jane doe at yahoo"): both words are the local part, written
# together. Only the one word right after the cue, and not a word that says when, which or how ("my email is now
# jo@...", "email: work jo@..."); after "email" as a verb without a colon the word is whom to write to ("email Jane
# doe@acme.com").
_MAILBOX_CUE_THEN_WORD = re.compile(
    r"(?<![\w-])(?:e-?mail|mail|gmail|correo|courriel|adresse|address|endere[cç]o)"
    r"(?:\s{1,3}(?:id|address|me))?(?:\s{1,3}(?:is|es|est|é|ist)|\s{0,3}[:=\-–—])\s{1,3}(?P<word>[A-Za-z]{2,20})\s\Z",
    re.IGNORECASE,
)
_NOT_A_NAME_WORD = words(
    "is now still also just here below above the my same not new old currently simply actually really only"
    " personal work private official business primary main backup other second alternate real ahora aqui aquí"
    " maintenant ici agora ya deja ist es est"
)
_NAME_REACH = 40


def _name_word_before(text: str, start: int) -> int | None:
    """Where the first word of a local part said as two words starts (see `_MAILBOX_CUE_THEN_WORD`), else None."""
    m = _MAILBOX_CUE_THEN_WORD.search(text, max(0, start - _NAME_REACH), start)
    if m is None or m.group("word").lower() in _NOT_A_NAME_WORD:
        return None
    return m.start("word")


def _mail_domain_after_name(local: str, domain: str) -> bool:
    """ "jenny @gmail.com": a mail provider's domain cannot be a mention, so the word before it is the local
    part, unless that word is a possessive, an article, a pointer to a name or a stray letter or two ("k y
    @gmail.com")."""
    provider = domain.split(".", 1)[0].lower()
    return len(local) >= 3 and provider in MAIL_DOMAINS and local.lower() not in _NOT_A_LOCAL_PART


def registrable_prefix(domain: str) -> tuple[str, int] | None:
    """The longest run of leading labels of `domain` that is a registrable host, without spaces, and the
    length of that run in `domain`; None when no run of two or more labels is."""
    labels = list(_LABEL_RUN.finditer(domain))
    for count in range(len(labels), 1, -1):
        host = ".".join(m.group(0) for m in labels[:count])
        if not labels[count - 1].group(0).isdigit() and is_registrable_host(host):
            return host, labels[count - 1].end()
    return None


# The second-level names RFC 2606 reserves for documentation: no one's mailbox, so an address there that a
# placeholder word calls sample data ("Example .env: MAIL_FROM=hello@example.com") is test data.
_RESERVED_DOMAIN = re.compile(r"(?i)example\.(?:com|net|org)")
# A template's address: a host that stands for whoever fills it in ("yourcompany.com", "domain.com", "example.co")
# with a local part that does too ("name@", "you@", "first.last@") or a host that says "your" ("info@yourdomain.com").
# Not the mail providers named so ("mail.com", "email.com"): "me@mail.com" may be someone's.
_PLACEHOLDER_HOST = re.compile(
    r"(?i)(?:your)?(?:company|domain|website|site|business|brand|agency|organi[sz]ation|example)(?:name)?"
    r"|your(?:name|e-?mail|mail)"
)
# Local parts that stand for whoever fills in a template host ("you@company.com", "email@domain.com"); elsewhere
# "email@" may be someone's.
_TEMPLATE_LOCAL = re.compile(r"(?i)you|e-?mail|address")


class EmailDetector:
    name = "email"
    kinds = frozenset({Kind.EMAIL})
    triggers = PROVIDER_NAME | AT_SIGN

    def detect(self, view: View, context: Context) -> list[Match]:
        triggers = view.triggers
        matches = _provider_ids(view.text) if triggers & PROVIDER_NAME else []
        if not triggers & AT_SIGN:
            return matches
        text = view.text
        if triggers & PROVIDER_NAME:
            matches += _at_provider(text)
        matches += _one_sided_dots(text)
        for m in _EMAIL.finditer(text):
            local = m.group("local")
            at = m.group("at")
            prefix = registrable_prefix(m.group("domain"))
            if prefix is None or ".." in local:
                continue
            domain, length = prefix
            if (
                at == "@"
                and length == len(domain)
                and _REMOTE_PATH.match(text, m.end()) is not None
                and domain.split(".", 1)[0].lower() not in MAIL_DOMAINS
            ):
                continue  # "git@github.com:acme/app.git": an SSH remote, a login to a server with a path on it
            start = m.start()
            if " " in local:
                if at == "@" and length == len(domain):
                    # a plain address after a spaced dot: the dot ends a sentence ("done . jo@x.com")
                    start = m.start("local") + local.rindex(" ") + 1
                    local = local[local.rindex(" ") + 1 :]
                else:
                    local = "".join(local.split())  # spaced like its "@" and domain ("chidi . writes @ yahoo . com")
            if at[0].isspace() and not at[-1].isspace() and not _mail_domain_after_name(local, domain):
                continue  # "ping me @jo.dev" is a mention of "@jo.dev", not "me@jo.dev"
            if at != "@" and local.lower() in _NAME_POINTERS:
                continue
            if (first := _name_word_before(text, start)) is not None:
                local = text[first : start - 1] + local
                start = first
            spaced = at != "@" or length != len(domain)
            end = m.start("domain") + length
            if _sample_address(text, start, end, local, domain):
                rule, confidence = "email.test_data", TEST_DATA_CONFIDENCE
            else:
                rule, confidence = ("email.spaced", 0.9) if spaced else ("email.address", 0.99)
            matches.append(
                Match(
                    kind=Kind.EMAIL,
                    platform=None,
                    value=_value(local, domain),
                    start=start,
                    end=end,
                    rule=rule,
                    confidence=confidence,
                )
            )
        return matches


def _placeholder(local: str, domain: str) -> bool:
    """Whether `local`@`domain` is a template's, no one's mailbox (`_PLACEHOLDER_HOST`); a local part that names a
    form's field anywhere (`placeholder_local`) is asked apart."""
    host = domain.split(".", 1)[0].lower()
    return _PLACEHOLDER_HOST.fullmatch(host) is not None and (
        host.startswith("your") or _TEMPLATE_LOCAL.fullmatch(local) is not None
    )


def _sample_address(text: str, start: int, end: int, local: str, domain: str) -> bool:
    """Whether the address at text[start:end] is sample data the work quotes: a form's field for its local part
    ("yourname@gmail.com"), a value of the work's data (`sample_value`), or no one's mailbox (a reserved domain) or
    a validator's test input (beside a malformed one) that a placeholder word calls sample data."""
    if placeholder_local(local) or _placeholder(local, domain) or sample_value(text, start, end):
        return True
    reserved = _RESERVED_DOMAIN.fullmatch(domain) is not None
    return (reserved or _test_inputs_near(text, start, end)) and placeholder_said(text, start, end)


# An address with its local part or its domain missing, or a doubled "@" ("@gmail.com", "john@", "a@@b.com"): a
# validator's test inputs list them beside well-formed ones ("accept jo@gmail.com, a_b@x.co.uk; reject john@").
_MALFORMED_ADDRESS = re.compile(
    r"(?:^|(?<=[\s,;:(\[\"']))@[\w-]{1,63}\.[a-z]{2,24}\b|[\w.+-]{1,64}@(?=[\s,;:)\]\"']|\.?$)|[\w.+-]{1,64}@@[\w.-]{1,253}",
    re.IGNORECASE,
)
_WELL_FORMED_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.\w")
_TEST_INPUTS_REACH = 80


def _test_inputs_near(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one of a validator's test inputs: on its line, within `_TEST_INPUTS_REACH`
    characters, a malformed address and another well-formed one stand (one address beside a broken one is
    someone's: "my old email jo@ is invalid, use jo.k88@gmail.com")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    window_start = max(line_start, start - _TEST_INPUTS_REACH)
    window_end = min(line_end if line_end >= 0 else len(text), end + _TEST_INPUTS_REACH)
    if text.count("@", window_start, window_end) < 3:  # two addresses and a broken one: most text has one
        return False
    if len(_WELL_FORMED_ADDRESS.findall(text, window_start, window_end)) < 2:
        return False
    malformed = _MALFORMED_ADDRESS.finditer(text, window_start, window_end)
    return any(m.end() <= start or m.start() >= end for m in malformed)


def _value(local: str, domain: str) -> str:
    """The address a reader takes: look-alikes folded (`canonical_address`), a provider's name with a stroke
    for its "l" or "i" read as the name ("jo@gmaiI.com", "jo@outIook.com"), a misspelt provider read as the
    provider ("jo@gmale.com" -> jo@gmail.com), a name spelled a letter at a time between dots read whole
    ("j.o.h.n@g.m.a.i.l.com" -> john@gmail.com)."""
    local = _undotted(local)
    name, _, tld = domain.rpartition(".")
    domain = f"{_undotted(name)}.{tld}"
    first, dot, rest = domain.partition(".")
    domain = (lookalike_provider(first) or first) + dot + rest
    address = canonical_address(f"{local}@{domain}").lower()
    local_part, _, host = address.rpartition("@")
    meant = meant_provider_domain(host)
    return address if meant is None else f"{local_part}@{meant}"


def _undotted(name: str) -> str:
    """ "g.m.a.i.l" -> "gmail": three or more single characters between dots spell one name."""
    pieces = name.split(".")
    return "".join(pieces) if len(pieces) >= 3 and all(len(piece) == 1 for piece in pieces) else name


def _at_provider(text: str) -> list[Match]:
    """Addresses whose domain is a provider's bare name ("john@gmail"), read as at the provider's domain. With
    no domain to vouch for it, a spaced "@" needs spaces on both sides, or an id with a digit or an inner "." or "_"
    before it ("maryjane90 @gmail"), and a name before it (not "me @ gmail"),
    and "@outlook" or "@proton" after a space is a mention ("I love @outlook") unless a name-shaped id stands
    before it ("hassan.ali92 @ outlook")."""
    matches = []
    for m in _AT_PROVIDER.finditer(text):
        local, at, provider = m.group("local"), m.group("at"), m.group("provider").lower()
        domain = _PROVIDER_DOMAINS[provider]
        if ".." in local:
            continue
        if (dot := m.group("dot")) is not None and (
            f"{provider}.{m.group('suffix').lower()}" != domain or dot[0].isspace() == dot[-1].isspace()
        ):
            continue  # another domain, or a dot spaced like the address detector reads it
        if (glued := m.group("glued")) is not None and provider + glued.lower() != domain.replace(".", ""):
            continue  # "jo@gmailer": a longer word, not the provider's domain without its dot
        if at != "@" and (
            not (at[-1].isspace() or _ID_MARK.search(local))
            or (provider in _WORDLIKE_PROVIDERS and not (_NAME_MARK.search(local) and _NAME_PART.search(local)))
            or not _mail_domain_after_name(local, domain)
        ):
            continue
        value = f"{canonical_address(local).lower()}@{domain}"
        rule, confidence = (
            ("email.test_data", TEST_DATA_CONFIDENCE) if placeholder_local(local) else ("email.provider_at", 0.85)
        )
        matches.append(Match(Kind.EMAIL, None, value, m.start(), m.end(), rule, confidence))
    return matches


def _one_sided_dots(text: str) -> list[Match]:
    """Addresses whose one-name host has its dot spaced on one side (`_ONE_SIDED_DOT_HOST`), with a letter in the
    local part ("5@home. de ..." is a count and a sentence); a mail provider's name there is `_at_provider`'s."""
    matches = []
    for m in _ONE_SIDED_DOT_HOST.finditer(text):
        name, tld = m.group("name").lower(), m.group("tld")
        local = _LOCAL_BEFORE.search(text, max(0, m.start() - _LOCAL_REACH), m.start())
        if (
            local is None
            or ".." in local.group()
            or not _LETTER.search(local.group())
            or name in _PROVIDER_DOMAINS
            or not is_common_tld(tld)
        ):
            continue
        domain = f"{name}.{tld}"
        if is_registrable_host(domain):
            value = f"{canonical_address(local.group()).lower()}@{domain}"
            matches.append(Match(Kind.EMAIL, None, value, local.start(), m.end(), "email.spaced", 0.9))
    return matches


def _provider_ids(text: str) -> list[Match]:
    """Addresses named by their provider and local part ("my gmail is jennylopez88", "gmail: jenny.lopez.88",
    "jenny.lopez88 on gmail", "jenny.lopez88 (gmail)").
    Prose puts a word after the provider ("my gmail is full", "gmail: please check spam", "I use gmail for
    work"), so the id must look like one: it starts with a letter and holds a digit or an inner ".", "_", "+",
    "-", with three letters or digits together ("e.g" is no id); a host ("gmail: support.google.com") is a link."""
    matches = []
    for m in (
        *_PROVIDER_ID.finditer(text),
        *_ID_ON_PROVIDER.finditer(text),
        *_ID_BEFORE_MAIL_DOMAIN.finditer(text),
        *_MAIL_WORD_ID_PROVIDER.finditer(text),
    ):
        local = m.group("local")
        provider = m.group("provider").lower()
        if _ID_MARK.search(local) is None or _NAME_PART.search(local) is None or is_registrable_host(local.lower()):
            continue
        if "." in local and local.rsplit(".", 1)[1].lower() in FILE_EXTENSIONS:
            continue  # a file: "invoice_2024.pdf (gmail)"
        cues = set(m.group("cue").lower().split())
        if provider in _WORDLIKE_PROVIDERS and _NAME_MARK.search(local) is None and not cues & _ADDRESS_CUES:
            continue
        domain = _PROVIDER_DOMAINS[provider]
        if m.re is _ID_BEFORE_MAIL_DOMAIN:
            domain = (provider + m.group("suffix")).lower()
            if not is_registrable_host(domain) or (_NAME_MARK.search(local) is None and not _DIGIT.search(local)):
                continue  # "sign-up on gmail.com": a hyphen alone makes no id here
        matches.append(
            Match(
                kind=Kind.EMAIL,
                platform=None,
                value=f"{local.lower()}@{domain}",
                start=m.start("local") if m.re is _MAIL_WORD_ID_PROVIDER else m.start(),
                end=m.end(),
                rule="email.provider_id",
                confidence=0.85,
            )
        )
    return matches
