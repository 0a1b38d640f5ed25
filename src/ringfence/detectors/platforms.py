"""One table of messaging, social and meeting platforms, shared by the URL and handle detectors.

Each platform has a canonical lower-case name, the words that name it in text (cues), and the link rules
that turn a link to it into a handle. A cue is "strong" when the word names nothing else ("telegram",
"whatsapp"); "weak" cues ("ig", "signal", "line", "snap", "li") are ordinary words or abbreviations too, so
the handle detector accepts them only before an explicit "@id" or an id-shaped token after "id:", next to
a contact verb or an id word ("dm me on ig", "tg nick is"), or, for the short names, right before an id no
word is ("IG jenny.designs"). A platform whose ids have one fixed shape (Threema,
Session, Matrix, Google Meet) names it as `id_form`. Cues include the names chat gives a platform in other scripts
("скайп", "سناب", "카톡", "インスタ").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from ringfence.triggers import TRIGGERS, words_pattern


class IdShape(StrEnum):
    """What a cue + id form may carry for a platform."""

    NAME = "name"  # user names: letters, digits, ._-
    MEETING = "meeting"  # 9-11 digit meeting ids, spaced or not (Zoom)
    NONE = "none"  # phone-number platforms: the phone detector owns the number; links and named ids count


@dataclass(frozen=True, slots=True)
class LinkRule:
    """A link to the platform: `hosts` (lower-case, matched with any sub-domain) followed by `path`, a regex
    fragment with one group named "id" (bounded repeats only). `fold` lower-cases the id (user names are
    case-insensitive; invite codes are not)."""

    hosts: tuple[str, ...]
    path: str
    fold: bool = True


@dataclass(frozen=True, slots=True)
class Platform:
    name: str
    cues: tuple[str, ...]
    weak_cues: tuple[str, ...] = ()
    links: tuple[LinkRule, ...] = ()
    id_shape: IdShape = IdShape.NAME
    # Path segments that are site pages, not accounts (instagram.com/explore, twitter.com/intent ...).
    reserved: frozenset[str] = frozenset()
    # A regex an id must match whole, for platforms whose ids have one fixed shape (Threema's eight characters,
    # Session's 66 hex digits, Matrix's "user:server"): so specific that it counts after any cue of the platform.
    id_form: str = ""
    # Domains under which every account is a sub-domain of its own ("sam.bsky.social"): such a host is the account.
    account_suffixes: tuple[str, ...] = ()


_NAME30 = r"(?P<id>[A-Za-z0-9_](?:[\w.]{0,28}[A-Za-z0-9_])?)"

PLATFORMS: tuple[Platform, ...] = (
    Platform(
        "skype",
        cues=("skype", "skype id", "skypeid", "скайп", "سكايب"),
        links=(LinkRule(("join.skype.com",), r"/(?:invite/)?(?P<id>[\w-]{6,32})", fold=False),),
    ),
    Platform(
        "telegram",
        cues=(
            "telegram",
            "tele gram",
            "telegramm",
            "telegarm",
            "telgram",
            # Russian, with the case endings chat gives it ("в телеграме", "пиши в телегу"), and Arabic
            "телеграм",
            "телеграмм",
            "телеграме",
            "телеграмме",
            "телега",
            "телеге",
            "телегу",
            "تيليجرام",
            "تلجرام",
            "تليجرام",
            "تلغرام",
        ),
        weak_cues=("tg", "tele", "тг", "plane app", "paper plane app"),
        links=(
            LinkRule(("t.me", "telegram.me", "telegram.dog"), r"/(?:joinchat/|\+)(?P<id>[\w-]{5,64})", fold=False),
            LinkRule(("t.me", "telegram.me", "telegram.dog"), r"/(?:s/)?(?P<id>[A-Za-z][\w]{3,31})"),
            LinkRule(("tg://resolve",), r"\?(?:[\w.%=-]{0,60}&){0,4}domain=(?P<id>[A-Za-z][\w]{3,31})"),
            LinkRule(
                ("tg://resolve", "tg://msg"), r"\?(?:[\w.%=-]{0,60}&){0,4}(?:phone|to)=(?:%2[bB]|\+)?(?P<id>\d{6,15})"
            ),
        ),
        reserved=frozenset({"share", "joinchat", "addstickers", "addtheme", "proxy", "socks", "iv", "login"}),
    ),
    Platform(
        "whatsapp",
        cues=("whatsapp", "whats app", "what's app", "whatsap", "watsapp", "watsap", "whtsapp", "whatsup"),
        weak_cues=("wa", "wapp"),
        links=(
            LinkRule(("wa.me",), r"/\+?(?P<id>\d{6,15})"),
            LinkRule(("wa.me",), r"/message/(?P<id>[A-Za-z0-9]{6,40})", fold=False),
            LinkRule(("wa.link",), r"/(?P<id>[A-Za-z0-9]{4,40})", fold=False),
            LinkRule(("chat.whatsapp.com",), r"/(?:invite/)?(?P<id>[A-Za-z0-9]{10,40})", fold=False),
            LinkRule(("whatsapp.com",), r"/channel/(?P<id>[A-Za-z0-9]{10,40})", fold=False),
            LinkRule(
                ("api.whatsapp.com", "web.whatsapp.com", "whatsapp.com"),
                r"/send/?\?(?:[\w.%=-]{0,60}&){0,4}phone=(?:%2[bB]|\+)?(?P<id>\d{6,15})",
            ),
            LinkRule(("whatsapp://send",), r"\?(?:[\w.%=-]{0,60}&){0,4}phone=(?:%2[bB]|\+)?(?P<id>\d{6,15})"),
        ),
        id_shape=IdShape.NONE,
    ),
    Platform(
        "discord",
        cues=("discord", "discord id", "discordapp", "дискорд", "ديسكورد", "디스코드"),
        weak_cues=("dc",),
        links=(
            LinkRule(("discord.gg",), r"/(?P<id>[\w-]{2,32})", fold=False),
            LinkRule(("discord.com", "discordapp.com"), r"/invite/(?P<id>[\w-]{2,32})", fold=False),
            LinkRule(("discord.com", "discordapp.com"), r"/users/(?P<id>\d{15,20})"),
        ),
    ),
    Platform(
        "wechat",
        # "vx号", "v信", "薇信": the name spelled around censors that look for "微信"
        cues=("wechat", "we chat", "weixin", "微信", "微信号", "vx号", "wx号", "v信", "薇信"),
        weak_cues=("wx", "vx"),
        links=(LinkRule(("u.wechat.com", "weixin.qq.com"), r"/(?:r/|g/)?(?P<id>[\w-]{5,40})", fold=False),),
    ),
    Platform(
        "signal",
        cues=("signal messenger", "signal app"),
        weak_cues=("signal",),
        links=(
            LinkRule(("signal.me",), r"/#(?:p|u|eu)/(?P<id>[\w.+%-]{2,120})", fold=False),
            LinkRule(("signal.group",), r"/#(?P<id>[\w.+%-]{10,200})", fold=False),
        ),
    ),
    Platform(
        "viber",
        cues=("viber",),
        links=(
            LinkRule(("viber://chat", "viber://add", "viber://contact"), r"\?number=(?:%2[bB]|\+)?(?P<id>\d{6,15})"),
        ),
        id_shape=IdShape.NONE,
    ),
    Platform(
        "instagram",
        cues=(
            "instagram",
            "insta gram",
            "инстаграм",
            "инста",
            "инсту",
            "انستا",
            "انستقرام",
            "انستغرام",
            "인스타",
            "インスタ",
        ),
        # "ins": how Chinese-speaking chat names it ("我的ins: kim.creates"); the app by its icon's colours ("purple
        # app: kim_creates": Viber is purple too, but an id with letters is no Viber number)
        # the app by its icon ("📸 kim.draws"), which bios put before the account as a label
        weak_cues=("ig", "insta", "insta id", "the gram", "ins", "purple app", "pink app", "📸", "📷"),
        links=(LinkRule(("instagram.com", "instagr.am"), r"/(?:stories/)?" + _NAME30),),
        reserved=frozenset(
            {"p", "reel", "reels", "explore", "accounts", "tv", "direct", "about", "legal", "developer", "stories"}
        ),
    ),
    Platform(
        "facebook",
        cues=("facebook", "face book", "messenger", "fb messenger"),
        weak_cues=("fb",),
        links=(
            LinkRule(("facebook.com", "fb.com"), r"/profile\.php\?id=(?P<id>\d{5,20})"),
            LinkRule(
                ("facebook.com", "fb.com", "m.me", "fb.me", "messenger.com"), r"/(?:t/)?(?P<id>[A-Za-z0-9.]{2,50})"
            ),
        ),
        reserved=frozenset(
            {
                "groups",
                "pages",
                "events",
                "share",
                "sharer",
                "sharer.php",
                "login",
                "login.php",
                "help",
                "policies",
                "watch",
                "marketplace",
                "gaming",
                "photo.php",
                "story.php",
                "permalink.php",
                "hashtag",
                "dialog",
                "profile.php",
                "people",
                "business",
                "ads",
                "privacy",
                "terms",
                "settings",
                "notifications",
            }
        ),
    ),
    Platform(
        "twitter",
        # X, its new name, is a letter: it names the platform only paired with the old one ("twitter/x: jo_22").
        cues=(
            "twitter",
            "tweeter",
            "twitter/x",
            "twitter / x",
            "twitter (x)",
            "x/twitter",
            "x / twitter",
            "x (twitter)",
        ),
        weak_cues=("blue bird", "blue bird app", "bird app", "bird site", "blue bird site", "🐦"),
        links=(LinkRule(("twitter.com", "x.com"), r"/(?P<id>\w{1,15})"),),
        reserved=frozenset(
            {
                "home",
                "intent",
                "share",
                "search",
                "hashtag",
                "i",
                "explore",
                "settings",
                "login",
                "messages",
                "notifications",
                "compose",
                "tos",
                "privacy",
                "signup",
                "about",
                "logout",
            }
        ),
    ),
    Platform(
        "linkedin",
        cues=("linkedin", "linked in"),
        weak_cues=("li",),
        links=(LinkRule(("linkedin.com",), r"/(?:in|company|pub|school)/(?P<id>[\w%-]{2,100})"),),
    ),
    Platform(
        "calendly",
        cues=("calendly",),
        links=(LinkRule(("calendly.com",), r"/(?P<id>[\w.-]{2,64})"),),
        reserved=frozenset({"app", "login", "signup", "pricing", "integrations", "features", "resources"}),
    ),
    # A link-in-bio page gathers every other contact; its links ("linktr.ee/kim") are read as sites by the URL
    # detector, so only the name before an id is the platform's.
    Platform("linktree", cues=("linktree", "link tree", "linktr.ee")),
    # Beacons, another link-in-bio page; "beacons" is an everyday word too ("emergency beacons: 12 units").
    Platform("beacons", cues=("beacons.ai", "beacons page", "beacons link"), weak_cues=("beacons",)),
    Platform(
        "zoom",
        cues=("zoom", "zoom id", "zoom meeting id", "zoom meeting", "zoom room", "zoom pmi"),
        links=(
            LinkRule(("zoom.us", "zoom.com"), r"/(?:j|s|w|wc/join)/(?P<id>\d{9,11})"),
            LinkRule(("zoom.us", "zoom.com"), r"/my/(?P<id>[\w.-]{2,40})"),
        ),
        id_shape=IdShape.MEETING,
    ),
    Platform(
        "google_meet",
        cues=("google meet", "gmeet", "g meet", "google meet code", "meet code", "meeting code"),
        links=(LinkRule(("meet.google.com",), r"/(?P<id>[a-z]{3}-[a-z]{4}-[a-z]{3})"),),
        # a meeting code: three, four and three letters ("abc-defg-hij")
        id_form=r"[a-z]{3}-[a-z]{4}-[a-z]{3}",
    ),
    Platform(
        "snapchat",
        cues=("snapchat", "snap chat", "سناب", "سنابي", "سناب شات"),
        weak_cues=("snap", "sc", "ghost app", "yellow app", "👻"),
        links=(LinkRule(("snapchat.com",), r"/add/(?P<id>[\w.-]{2,32})"),),
    ),
    Platform(
        "kik",
        cues=("kik", "kik messenger", "kik app"),
        links=(LinkRule(("kik.me",), r"/" + _NAME30),),
    ),
    Platform(
        "threema",
        cues=("threema", "threema id"),
        links=(LinkRule(("threema.id",), r"/(?P<id>[A-Z0-9*]{8})", fold=False),),
        # eight characters; typed in capitals as the app shows them, or in lower case with a digit
        id_form=r"[A-Z0-9*]{8}|(?=\D{0,7}\d)[a-z0-9*]{8}",
    ),
    Platform(
        "session",
        cues=("session id", "session messenger", "session app", "getsession"),
        weak_cues=("session",),
        id_form=r"05[0-9a-fA-F]{64}",
    ),
    Platform(
        "matrix",
        cues=("matrix id",),
        weak_cues=("matrix", "element"),
        links=(LinkRule(("matrix.to",), r"/#/(?P<id>@[\w.=/-]{1,64}:[\w.-]{3,64})"),),
        id_form=r"@?[\w.=/-]{1,64}:[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}",
    ),
    Platform(
        "reddit",
        cues=("reddit",),
        links=(LinkRule(("reddit.com",), r"/u(?:ser)?/(?P<id>[\w-]{3,20})"),),
    ),
    Platform(
        "mastodon",
        cues=("mastodon", "fediverse", "fedi"),
        # "user@server", the fediverse's own notation, which the handle detector reads as an address with an "@" or
        # a cue before it; a cue before a plain name names no server, so no account
        id_form=r"@?[A-Za-z0-9_]{1,30}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}",
    ),
    Platform(
        "threads",
        cues=("threads app",),
        weak_cues=("threads",),
        links=(LinkRule(("threads.net", "threads.com"), r"/@(?P<id>[\w.]{1,30})"),),
    ),
    Platform(
        "keybase",
        cues=("keybase",),
        links=(LinkRule(("keybase.io",), r"/" + _NAME30),),
        reserved=frozenset({"docs", "download", "blog", "team", "jobs", "pgp", "_", "inv"}),
    ),
    Platform(
        "twitch",
        cues=("twitch", "twitch tv"),
        links=(LinkRule(("twitch.tv",), r"/(?P<id>\w{4,25})"),),
        reserved=frozenset({"directory", "videos", "settings", "subscriptions", "search", "downloads", "p", "jobs"}),
    ),
    Platform(
        "bluesky",
        cues=("bluesky", "bsky"),
        links=(LinkRule(("bsky.app",), r"/profile/(?P<id>[\w.:-]{3,253})"),),
        account_suffixes=("bsky.social",),
    ),
    Platform(
        "tiktok",
        cues=("tiktok", "tik tok"),
        links=(LinkRule(("tiktok.com",), r"/@(?P<id>[\w.]{2,24})"),),
    ),
    Platform(
        "kakaotalk",
        cues=("kakaotalk", "kakao talk", "kakao", "kakao id", "katalk", "카카오톡", "카톡"),
        links=(LinkRule(("open.kakao.com",), r"/o/(?P<id>[A-Za-z0-9]{4,16})", fold=False),),
    ),
    # Zalo, Botim and imo find people by phone number (the phone detector reads those) but also give each account
    # an id of its own ("zalo: kim_draws88"); "imo" is chat's "in my opinion" too.
    Platform(
        "zalo",
        cues=("zalo", "zalo id"),
        links=(LinkRule(("zalo.me",), r"/(?P<id>\d{8,12})"),),
    ),
    Platform("botim", cues=("botim", "botim id")),
    Platform("imo", cues=("imo id", "imo app", "imo messenger"), weak_cues=("imo",)),
    # Wire, Slack and Microsoft Teams: "wire", "slack" and "teams" are everyday words, named only with a word that
    # makes them the app.
    Platform("wire", cues=("wire app", "wire messenger", "wire handle", "wire username")),
    Platform("slack", cues=("slack id", "slack handle", "slack username", "slack dm"), weak_cues=("slack",)),
    Platform("teams", cues=("ms teams", "microsoft teams", "teams app")),
    Platform(
        "line",
        cues=("line id", "line app", "ラインid"),
        weak_cues=("line", "ライン"),
        links=(LinkRule(("line.me",), r"/(?:ti/p/|R/ti/p/)~?(?P<id>[\w.@%-]{3,40})", fold=False),),
    ),
)

BY_NAME: dict[str, Platform] = {p.name: p for p in PLATFORMS}


def _host_index() -> dict[str, tuple[tuple[Platform, LinkRule], ...]]:
    index: dict[str, list[tuple[Platform, LinkRule]]] = {}
    for platform in PLATFORMS:
        for rule in platform.links:
            for host in rule.hosts:
                index.setdefault(host, []).append((platform, rule))
    return {host: tuple(rules) for host, rules in index.items()}


# Link host -> the (platform, rule) pairs to try, in table order (more specific rules first).
LINK_HOSTS: dict[str, tuple[tuple[Platform, LinkRule], ...]] = _host_index()
# Account suffix ("bsky.social") -> the platform whose accounts are its sub-domains.
ACCOUNT_SUFFIXES: dict[str, str] = {suffix: p.name for p in PLATFORMS for suffix in p.account_suffixes}


@lru_cache(maxsize=8192)
def platform_of_host(host: str) -> str | None:
    """The platform whose link host or account suffix is `host` or a parent of it ("us02web.zoom.us" -> "zoom",
    "sam.bsky.social" -> "bluesky"), else None."""
    host = host.lower()
    while True:
        rules = LINK_HOSTS.get(host)
        if rules:
            return rules[0][0].name
        if host in ACCOUNT_SUFFIXES:
            return ACCOUNT_SUFFIXES[host]
        dot = host.find(".")
        if dot < 0 or host.count(".") < 2:
            return None
        host = host[dot + 1 :]


# --- triggers shared by the detectors that read platform names (handles, indirect references) ---------------

# Every cue (strong and weak) of every platform, plus the names the indirect-reference detector reads.
_CUE_WORDS = {cue for p in PLATFORMS for cue in p.cues + p.weak_cues} | {"tiktok", "google"}
# Cues short enough to sit inside ordinary words ("ig" in "night", "line" in "online") count between word
# boundaries (spelled as ASCII classes, so a non-ASCII neighbour passes); every other cue counts anywhere.
# So do the weak cues of several words ("bird app", "purple app"): the handle detector reads weak cues only where a
# short word fired.
_WORDLIKE_CUES = (
    "line",
    "snap",
    "tele",
    "insta",
    "ins",
    "signal",
    "тг",
    "ライン",
    "threads",
    "session",
    "fedi",
    "beacons",
    "imo",
    "slack",
)
# A platform's icon ("📸", "👻") touches the id it labels ("📸kim.draws"), so it counts with no word boundary.
_ICON_CUES = {c for c in _CUE_WORDS if not c[0].isalnum()}
_SHORT_CUES = {
    c
    for c in _CUE_WORDS
    if (len(c) <= 2 and c.isascii()) or (" " in c and any(c in p.weak_cues for p in PLATFORMS)) or c in _WORDLIKE_CUES
} - _ICON_CUES
_LONG_CUES = _CUE_WORDS - _SHORT_CUES - _ICON_CUES
_NON_WORD = "[^0-9A-Za-z_]"
PLATFORM_WORDS = TRIGGERS.add("platforms.words", words_pattern(_LONG_CUES), re.IGNORECASE)
_SHORT = words_pattern(_SHORT_CUES, bounded=True)
PLATFORM_SHORT_WORDS = (
    TRIGGERS.add("platforms.short_words", _NON_WORD + _SHORT + _NON_WORD, re.IGNORECASE)
    | TRIGGERS.add("platforms.short_words_first", "^" + _SHORT + _NON_WORD, re.IGNORECASE)
    | TRIGGERS.add("platforms.short_words_last", _NON_WORD + _SHORT + "$", re.IGNORECASE)
    | TRIGGERS.add("platforms.icons", words_pattern(_ICON_CUES))
)


__all__ = [
    "ACCOUNT_SUFFIXES",
    "BY_NAME",
    "LINK_HOSTS",
    "PLATFORMS",
    "PLATFORM_SHORT_WORDS",
    "PLATFORM_WORDS",
    "IdShape",
    "LinkRule",
    "Platform",
    "platform_of_host",
]
