"""Messaging and social handles: links to a platform (t.me/x, wa.me/1555..., discord.gg/x, zoom.us/j/...),
a platform cue followed by an id ("skype: john.doe", "my telegram is @jd"), an id followed by a cue
("@jd on telegram"), Skype "live:" ids, Discord "name#1234" tags, a platform's own notation for an account
(Reddit's "u/name", a Bluesky host "name.bsky.social"), and a bare "@username" (no platform, low confidence).
A bare "@gmail.com" is the domain half of an email address, not a username: alone it names no account, so it
is nothing here (the thread scan joins it to a local part sent just before it).

A cue only names a platform; what follows must look like an id. Skill talk ("Telegram bot developer",
"Discord server moderation", "LinkedIn ads expert") puts an ordinary word after the cue, so an id must not
be a stopword, and without an explicit separator (":", "id", "username", "@") it must be id-shaped (a digit,
"_", "." or "-" inside). Weak cues ("ig", "signal", "line", "tg", "li") need "@id" or an explicit separator
plus an id-shaped token, unless a contact verb leads them ("hmu on snap jenny_l88") or an id word or Tagalog's
"ko" ("my") follows them ("tg nick is ...", "ig ko kim.creates"), which makes them as good as a platform's name.
A platform's short name that is no everyday word ("ig", "fb", "tg", "snap", not "signal" or "line") also takes,
right after it, an id that no word or skill name is ("IG jenny.designs", "tg - samdev_pro"; not "fb -
ads_manager"), or after ":" one long coined word ending its clause ("tele: samdevpro"). Platforms and cues come from
`platforms.PLATFORMS`; an arrow ("snapchat → x", "tg >> @x", "insta 👉 x") separates a cue from its id like ":". A
platform known by phone numbers (WhatsApp, Viber) takes only an id named as an account ("whatsapp username:
shop_lagos"); the phone detector reads its numbers.

After a cue, the id is read on across separators spoken in the languages the normaliser knows or spaced out
("jenny underscore designs", "jenny . designs", "live : jenny_88", "jenny # 4821"), so the finding's span covers
the whole disguise; a link spelled that way ("t . me / jo", "linkedin dot com slash in slash jo") is read as the
link, with the cue itself as its first label when it is one. Platforms with a fixed id form (Threema, Session,
Matrix, Google Meet's "abc-defg-hij" codes) take only an id of that form. Cues in Chinese, Japanese and Korean need
no word boundary, as those scripts put no space between words ("加我微信 kim_88", "我的微信号是kim_88"). The writer's
own account named with only a copula ("my twitch is samdevlive") takes one coined word that ends its clause; "my
twitch is slow today" or "... is blocked" do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ringfence.detectors.base import Match
from ringfence.detectors.domains import FILE_EXTENSIONS, is_common_tld
from ringfence.detectors.platforms import (
    ACCOUNT_SUFFIXES,
    LINK_HOSTS,
    PLATFORM_SHORT_WORDS,
    PLATFORM_WORDS,
    PLATFORMS,
    IdShape,
    Platform,
)
from ringfence.detectors.url import url_end
from ringfence.normalize.precheck import AT_SIGN
from ringfence.normalize.separators import SLASH_WORDS, SYMBOL_OF_WORD
from ringfence.normalize.spoken import MAIL_DOMAINS
from ringfence.normalize.view import View
from ringfence.triggers import TRIGGERS, words_pattern
from ringfence.types import Context, Kind


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that follow a platform cue in ordinary talk, never ids: function words, chat words, and the nouns
# of skills and features around a platform ("bot", "api", "server", "ads", "clone", "marketing").
STOPWORDS = _words(
    "a an the and or but if then so to of in on at by for with from as is are was were be been am i me my mine "
    "we us our you your he him his she her it its they them their this that these those here there what which "
    "who whom when where why how all any both each few more most other some such no nor not only own same than "
    "too very can could will would shall should may might must just now also please thanks thank ok okay yes "
    "yeah sure later today tomorrow tonight soon asap etc do does did done have has had get got go going make "
    "made let know see call text ping add contact reach message dm hit send meet talk chat join find search follow "
    "connect use using used instead better best great good nice free busy available preferred works working "
    "down up out over again only via instead either anytime anyway back one two first new old same other "
    "bot bots api apis sdk business server servers channel channels group groups community communities "
    "moderation moderator mod mods clone marketing ads ad advertising page pages account accounts profile "
    "profiles integration integrations developer developers development dev expert experts expertise "
    "automation app apps web desktop mobile calls video voice message messages meeting meetings link links "
    "live story stories reel reels post posts feed influencer influencers campaign campaigns growth followers "
    "follower likes content manager management specialist consultant scraper scraping widget plugin webhook "
    "webhooks notification notifications login auth oauth pixel shop store marketplace analytics insights "
    "data theme template design designer strategy audience engagement verification verified handle username "
    "user users id ids name number team support help status experience skills skill services service work "
    "project projects job jobs client clients contract platform platforms tool tools system systems emoji "
    "emojis sticker stickers game games gaming mini web3 crypto nft token tokens wallet wallets payment "
    "payments pay premium stars call audio screen share sharing link bio handle tag btw pls plz thx tnx ty fyi "
    "lol asap below above attached following inbox private hidden secret pending unknown changed "
    # how often or how one is there: "I'm sometimes on discord", "find me on telegram as well"
    "sometimes often never rarely seldom usually mostly always well usual online offline away idle "
    # Hinglish, Tagalog and Spanish function words that follow a cue: "skype id hai kya?", "id bhejo", "ig mo ba?"
    "hai hain kya kaha kahan bhejo bhej bhejna dedo dijiye dena batao bata bataiye milega milegi chahiye nahi nahin "
    "bhai yaar ji aur naam pura poora wahi "
    "ang ng mo ko po ba naman yung mi tu su es en por para con"
)

# "@word" that is code, not a user: Java/TS annotations, Python decorators, CSS at-rules, doc tags, and
# chat-tool mentions and the mention feature itself ("@here", "use the @mention feature", "I'll @mention him").
CODE_AT_WORDS = _words(
    "override deprecated suppresswarnings functionalinterface test before after beforeeach aftereach "
    "autowired component service entity table column bean configuration controller restcontroller "
    "requestmapping getmapping postmapping putmapping deletemapping inject injectable nullable nonnull "
    "notnull data getter setter builder value param params return returns throws see since author version "
    "input output ngmodule hostlistener viewchild property staticmethod classmethod dataclass fixture "
    "abstractmethod cached_property lru_cache wraps media import font keyframes supports charset namespace "
    "layer container tailwind apply mixin include extend use forward each else function types type todo "
    "here everyone channel all admin admins mention mentions mentioned mentioning someone somebody anyone anybody "
    "interface implementation end synthesize protocol objc "
    "transactional valid validated slf4j json jsonproperty override_settings pytest mock patch app router bp "
    "blueprint api functools dataclasses abc typing celery self"
)

_DISCORD_NOT_TAGS = _words(
    "issue issues pr pull ticket order invoice item no number room bug case ref task job page step line comment "
    "post id build version v rev story epic sprint table row unit apt suite box po flight seat gate pin code card "
    "acct account inv commit item sku model part lot batch"
)

_CUE_OWNER: dict[str, tuple[Platform, bool]] = {}
for _platform in PLATFORMS:
    for _cue in _platform.cues:
        _CUE_OWNER[_cue] = (_platform, False)
    for _cue in _platform.weak_cues:
        _CUE_OWNER.setdefault(_cue, (_platform, True))


_Trie = dict[str, "_Trie"]


def _trie(words: list[str]) -> str:
    """An alternation factored into a prefix tree ("sk(?:ype)", not "skype|skypeid|..."): the engine then
    tries one branch per character instead of every word at every position."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def emit(node: _Trie) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + alternation + ")?" if "" in node else alternation

    return emit(tree)


# Letters from most to least frequent in English text; anything else (digits, other scripts) counts as rare.
_LETTER_ORDER = " etaoinshrdlcumwfgypbvkjxqz"


def _rarity(char: str) -> int:
    rank = _LETTER_ORDER.find(char)
    return len(_LETTER_ORDER) if rank < 0 else rank


def _gate(cues: list[str], size: int = 4) -> re.Pattern[str]:
    """A regex that finds a piece of every cue, each piece starting with the cue's rarest letter ("kype" for
    skype, "gram" for telegram and instagram): the engine jumps between those rare letters, so a scan of text
    without cues is several times cheaper than the cue regex, which then runs only on the texts it lets in."""
    pieces: list[str] = []
    for cue in sorted(cues, key=len):
        if any(piece in cue for piece in pieces):
            continue
        windows = [cue[i : i + size] for i in range(max(1, len(cue) - size + 1))]
        pieces.append(max(windows, key=lambda w: _rarity(w[0])))
    return re.compile(_trie(pieces))


# Searched in the lower-cased text; the left word boundary is checked in code so the pattern starts with a
# literal and the engine can skip ahead quickly.
# Platforms whose numbers belong to the phone detector contribute their strong cues only for an id named as one
# (`_names_account`); their weak cues ("wa") none.
_STRONG = [c for c, (p, weak) in _CUE_OWNER.items() if not weak]
_WEAK = [c for c, (p, weak) in _CUE_OWNER.items() if weak and p.id_shape is not IdShape.NONE]
# Chinese, Japanese and Korean put no space between words ("加我微信", "微信号是", "我的ins是"): a cue in or next to
# those scripts needs no word boundary on that side.
_UNSPACED_LETTERS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_UNSPACED_SCRIPT = re.compile("[" + _UNSPACED_LETTERS + "]")


def _unspaced(cue: str) -> bool:
    """Whether a cue needs no word boundary after it: one in an unspaced script, or a platform's icon ("📸kim")."""
    return _UNSPACED_SCRIPT.match(cue) is not None or not cue[0].isalnum()


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    spaced = [c for c in cues if not _unspaced(c)]
    unspaced = [c for c in cues if _unspaced(c)]
    word_ends = r"(?![^\W" + _UNSPACED_LETTERS + "])"
    return re.compile(r"(?:" + _trie(spaced) + ")" + word_ends + ("|" + _trie(unspaced) if unspaced else ""))


def _inside_word(low: str, start: int) -> bool:
    """Whether the cue at `start` goes on from a word before it ("night" holds "ig"); in or after an unspaced script
    the word before is another word ("加我微信", "我的ins"), and an icon ("📸") goes on from no word."""
    return (
        start > 0
        and (low[start - 1].isalnum() or low[start - 1] == "_")
        and low[start].isalnum()
        and _UNSPACED_SCRIPT.match(low, start - 1) is None
        and _UNSPACED_SCRIPT.match(low, start) is None
    )


_STRONG_CUE = _cue_pattern(_STRONG)
_WEAK_CUE = _cue_pattern(_WEAK)
_STRONG_GATE = _gate(_STRONG)
# Arrows that point from a platform to its id ("snapchat → jenny_l88", "insta ➡️ jenny.designs", "tg -> jl_88",
# "ig >> @jl"); a lone ">" is a separator but announces nothing: "telegram > whatsapp" compares two apps.
_ARROWS = "→⇒➔➜➡»👉"
_TYPED_ARROW = re.compile(r"[-=>]>")
# Without a contact verb before it or an id word after it (`_led_weak_cues`), a weak cue counts only before "@id"
# or an explicit ":"/"=" separator, so it is looked for only in this many characters before one of them.
_WEAK_REACH = 40
_WEAK_ANCHORS = re.compile(r"[@:=>" + _ARROWS + "]")
_HOST = re.compile(r"(?:" + _trie(list(LINK_HOSTS)) + r")(?=[/?#])")
_LINK_RULES = {
    host: tuple((platform, rule, re.compile(rule.path)) for platform, rule in rules)
    for host, rules in LINK_HOSTS.items()
}

# The words for an account's id, in the languages marketplace chat uses.
_ID_NOUNS = (
    r"ids?|handle|user\s?name|user|usu[aá]rio|utilisateur|pseudo|(?:benutzer|nutzer)name|nick(?:name)?|account|acc"
    r"|name|tag"
)
# A clause after the cue's own that names the id: a ",", "." or ";", then a possessive or article and an id word, or
# "it's" ("message me on telegram. username: x", "hit me on insta, the id is x", "escríbeme por telegram, mi usuario
# es x", "add me on snap, it's x").
_CLAUSE_LEADS = r"my|mi|meu|minha|mon|ma|mein|the|el|o|le|la|mera|meri"
_CLAUSE_NAMING_ID = (
    r"[,.;](?:\s{0,3}(?:" + _CLAUSE_LEADS + r")(?=\s{1,3}(?:" + _ID_NOUNS + r")(?![\w]))"
    r"|(?=\s{0,3}(?:" + _ID_NOUNS + r")(?![\w]))|\s{0,3}(?:it(?:['’]s|\s{1,3}is)|i(?:['’]m|\s{1,3}am))(?=\s))"
)
# Past the end of the cue's clause, only an id's shape tells it from prose ("on instagram, the user base is huge",
# "we use telegram. User feedback was great", "I use skype, my name is John"); ", username" and ", my id" still
# name one as they always have.
_PAST_CLAUSE = re.compile(
    r"[.;]|,\s{0,3}(?:(?:my|mi|meu|minha|mon|ma|mein|mera|meri)\s{1,3})?(?:name|account|acc)(?![\w])"
    r"|,\s{0,3}(?:the|el|o|le|la|it|mi|meu|minha|mon|ma|mein|mera|meri)(?![\w])"
)
# "search (for)" before an id word: how an app's own search finds the account ("wechat: search for id lily_88").
_SEARCH_FOR_ID = r"search(?:\s{1,3}for)?(?=\s{1,3}(?:my\s{1,3})?(?:" + _ID_NOUNS + r")(?![\w]))"
# Emoji (and the variation selector that makes a symbol one), which chat puts between a platform and its id.
_EMOJI = "\ufe0f\u2600-\u27bf\U0001f300-\U0001faff"
# The id words and copulas of Chinese, Japanese and Korean, which touch the words around them ("微信号是kim_88",
# "ラインIDはkim_01", "카톡 아이디는 kim88").
_UNSPACED_SEPARATORS = r"[是为為は号號]|아이디(?:는|가)?"
# Hindi and Urdu put the request after the platform, before the id: "insta pe aa jao kim.draws", "snap pe add karo
# kim_88", "telegram par msg kijiye @kim".
_REQUEST_AFTER_CUE = (
    r"(?:pe|par|per|mein|me)\s{1,3}(?:aa(?:o|\s{1,3}jao)?|add|follow|msg|message|dm|ping|text|search|dhundo|milo)"
    r"(?:\s{1,3}(?:karo|kro|kar(?:\s{1,3}(?:lo|do|lena|dena))?|kijiye|karein|karna|kare|jao|lo|do))?"
)
# Separators between a cue and an id: punctuation (a question answered at once: "my insta? jenny.l", or with a
# yes first: "telegram? yes jo_dev"), an emoji
# ("snapchat👻 jenny_l88", not explicit: only an id's shape makes what follows one), "id", "username", "is", "its",
# "at" ..., and the "my ... is" of a clause naming the id ("skype me — my id is x", "on skype, my username is x").
_SEPARATORS = (
    r"(?P<seps>(?:\s{0,3}(?:"
    + _REQUEST_AFTER_CUE
    + r"(?![\w])|[:=>|?\-–—→⇒➔➜➡»👉"
    + _EMOJI
    + r"]|['’]s\b|(?:"
    + _ID_NOUNS
    + r"|is|es|est|ist|é|its|it|c['’]est|at|on|me|us|my|there|add|here|as|under|como|meeting\s?id|room|pmi|hai|hain"
    r"|ay|pe|i['’]m|i\s{1,3}am"
    r"|yes|yeah|yep|yup|sure|haan|sí|oui"
    r"|ko|po|par|mera|meri|"
    + _SEARCH_FOR_ID
    + r")(?![\w])|\(|"
    + _CLAUSE_NAMING_ID
    + "|"
    + _UNSPACED_SEPARATORS
    # a lone comma last, so a clause naming the id is read whole first ("on insta, the id is x")
    + r"|,))"
    r"{0,5})\s{0,3}"
)
_ID = r"(?P<id>live:[\w.\-]{2,64}|[A-Za-z0-9][\w.\-]{0,65})"
_CUE_THEN_ID = re.compile(_SEPARATORS + r"(?P<at>@\s?)?" + _ID, re.IGNORECASE | re.ASCII)
_CUE_THEN_MEETING = re.compile(_SEPARATORS + r"(?P<id>\d{3}[ -]?\d{3,4}[ -]?\d{3,4})(?![\d])", re.IGNORECASE)
# Separators that announce an id: after them an unshaped word ("skype: johndoe") is still read as an id.
_EXPLICIT = _words(
    ": = id ids handle username user usuario usuário utilisateur pseudo benutzername nutzername nick nickname account "
    "acc name tag meeting room pmi 号 號 아이디 아이디는 아이디가"
) | frozenset(_ARROWS)
_SEPARATOR_TOKEN = re.compile(r"[^\W\d_]{1,16}|[^\s\w]")
# An id followed by a cue: "@jd on telegram", "john_doe on skype", "kim.creates (discord)", and an emoji arrow
# pointing between them ("kim.draws 👉 insta"; typed arrows draw data flows: "webhook_handler -> telegram").
# The preposition may be another language's ("kim.draws no insta", "kim.draws sur insta", "kim.draws pe insta"), and
# emoji may trim the id ("✨kim.draws✨ on ig").
_ID_THEN_CUE = re.compile(
    r"(?<![\w@./:])(?P<at>@)?(?P<id>[A-Za-z0-9][\w.\-]{1,65})(?:\s{0,3}[" + _EMOJI + r"]{1,3})?"
    r"(?:\s{1,3}(?:on|at|via|in|over|is|@|no|na|em|en|sur|pe|auf|bei|im|op|su)\s{1,3}(?:(?:my|the)\s{1,3})?"
    r"|(?P<paren>\s{0,3}\(\s{0,3})|(?P<arrow>\s{0,3}(?:[👉👈]|[➡⬅]\ufe0f)\s{0,3}))\Z",
    re.IGNORECASE | re.ASCII,
)
_LINK_PREFIX = re.compile(r"(?:(?:https?|ftp):/{0,3}|viber:/{0,2})?(?:[a-z0-9-]{1,63}\.){0,4}\Z")
# Spaced round its colon ("live : jo_1") the id needs a digit or "_", and no version's "v2" ("live: tomorrow",
# "now live: v1.2" announce a start).
_SKYPE_LIVE = re.compile(
    r"(?<![\w])live(?::|(?P<gap> {1,2}: {0,2}|: {1,2}))(?P<id>\.cid\.[0-9a-f]{6,32}|[A-Za-z][\w.\-]{2,31})"
)
_ID_MARK = re.compile(r"\.cid\.|(?![vV]\d)[\w.\-]{0,30}[\d_]")
_DISCORD_TAG = re.compile(r"(?<![\w#@])(?P<name>[A-Za-z0-9_.]{2,32})#(?P<digits>\d{4})(?![\w])", re.ASCII)
# The action of a Skype URI after its id: "skype:jo?chat", "skype:live:jo?call".
_SKYPE_ACTION = re.compile(r"\?(?:chat|call|add|userinfo|voicemail|sendfile)(?![\w])")
# A Discord tag's number after a cued name: "Discord: name#1234".
_DISCORD_NUMBER = re.compile(r"#\d{4}(?![\w])")
# After a bare "@word", a noun that makes it the name of a chat tool's feature ("the @mention feature") or of a
# language's construct ("a @login_required decorator", "the @Override annotation", "the @media directive").
_FEATURE_NOUN = re.compile(
    r"\s{1,3}(?:feature|function|functionality|button|command|option|shortcut|syntax|symbol|sign|notation|tag"
    r"|decorator|annotation|directive)s?\b",
    re.IGNORECASE,
)
# An owner, a word or two before an account, that makes it a third party the work studies: "the competitor's TikTok
# @duolingo", "an influencer's Instagram @glossier" ("our brand's Instagram" is the writer's own).
_THIRD_PARTY_OWNER = (
    r"(?:competitor|(?<!my\s)(?<!our\s)(?:influencer|creator|celebrit(?:y|ie)))s?['’]s?(?:\s{1,3}[A-Za-z]{2,12}){0,2}"
)
_THIRD_PARTY_OWNED_CUE = re.compile(_THIRD_PARTY_OWNER + r"\s{1,3}\Z", re.IGNORECASE)
# Before a bare "@name", words that make it a third party the work is about, not the writer: a brand to tag ("tag
# @nike in the caption", "feature @oatly", "the brand handle is @nike"; "mention @jane" may ask to reach a
# colleague), a client ("our client @casalupita.tx"), an example ("reels like @garyvee"), accounts studied ("tweets
# mentioning @Starbucks", "the influencers: @mrbeast"), and the other names of a list one of them leads ("tag
# @casalupita.tx and @nike").
_THIRD_PARTY_LEAD = re.compile(
    r"(?<![\w'’@])(?:tag(?:ging|ged)?|repost(?:ing)?|featur(?:e|ing)|shout\s?out\s{1,3}to|like|such\s{1,3}as"
    r"|e\.g\.?|similar\s{1,3}to|inspired\s{1,3}by|clients?|brands?|competitors?:?"
    r"|(?:client|brand)(?:['’]s)?\s{1,3}(?:handle|account|page|tag)(?:\s{1,3}is|\s{0,3}:)?"
    r"|(?:collab(?:orat(?:e|ion))?|partner(?:ing)?)"
    r"\s{1,3}with|mentioning|mentions\s{1,3}of|influencers(?:\s{1,3}list)?\s?:?|influencer\s{1,3}list\s?:?"
    rf"|{_THIRD_PARTY_OWNER})"
    r"(?:\s{1,3}@[\w.]{1,30}(?:\s{0,3},|\s{1,3}(?:and|&|or))){0,6}\s{1,3}\Z",
    re.IGNORECASE,
)
# After a bare "@name", a request to tag it: the brand or account the work promotes ("our brand handle is @nike,
# please tag them").
_TAG_REQUEST_AFTER = re.compile(
    r"[\s,.;:!)\-–—]{0,4}(?:(?:please|pls|plz|and|&|just|also)\s{1,3})?(?:tag|mention)\s{1,3}"
    r"(?:them|it|the\s{1,3}(?:brand|account|page|client)|that\s{1,3}(?:brand|account|page)|their\s{1,3}(?:account|page))"
    r"(?![\w])",
    re.IGNORECASE,
)
# Not after a closing bracket: "(x**2)@W.T" is a matrix product.
_BARE_AT = re.compile(r"(?<![\w@.+\-)\]])@(?P<id>[A-Za-z_][A-Za-z0-9_.]{1,29})", re.ASCII)

# An id after a cue may be dictated ("jenny underscore designs", "jenny dot lopez", "jenny hash 4821") or spaced
# out ("jenny . designs", "jenny # 4821", "live : jenny_88", "t . me / jennylopez"): the normaliser's words for
# ".", "_" and "-" ("point" is prose: "at this point"), and words for "#", ":" and "/". A spaced "." or "/" has
# spaces on both sides: "messages. Sup" ends a sentence; no prose puts "_" between words ("mary_jane _90").
_HASH_WORDS = (
    "hash|hash sign|hashtag|pound|pound sign|number sign|almohadilla|cerquilla|jogo da velha|dièse|diese|raute|"
    "решетка|решётка|kratka"
)
_COLON_WORDS = "colon|dos puntos|dois pontos|deux points|doppelpunkt|двоеточие|dwukropek|iki nokta"
_JOIN_SYMBOLS = (
    {word: symbol for word, symbol in SYMBOL_OF_WORD.items() if word != "point"}
    | dict.fromkeys(_HASH_WORDS.split("|"), "#")
    | dict.fromkeys(_COLON_WORDS.split("|"), ":")
    | dict.fromkeys(SLASH_WORDS.split("|"), "/")
)
_JOIN_WORD = "|".join(sorted(_JOIN_SYMBOLS, key=len, reverse=True)).replace(" ", r"\s{1,3}")
_JOIN = re.compile(
    rf"(?:\s{{1,3}}(?P<word>{_JOIN_WORD})\s{{1,3}}|(?P<symbol>\s{{1,3}}[./_]\s{{1,3}}|[./_]|\s{{0,3}}[_#:]\s{{0,3}}))"
    r"(?P<piece>[A-Za-z0-9][A-Za-z0-9_\-]{0,65})(?![\w])",
    re.IGNORECASE,
)
_MAX_JOINS = 6  # "linkedin dot com slash in slash jenny dash lopez"
# A piece of an id and the separator after it, read back from an id before a cue ("jenny underscore | designs").
_JOIN_BEFORE = re.compile(
    rf"(?<![\w@.])(?P<piece>[A-Za-z0-9][A-Za-z0-9_\-]{{0,65}})"
    rf"(?:\s{{1,3}}(?P<word>{_JOIN_WORD})\s{{1,3}}|(?P<symbol>\s{{1,3}}[._]\s{{1,3}}))\Z",
    re.IGNORECASE,
)
# Separator words that are everyday words too ("a dash of salt"): read only forwards, after a cue.
_PROSE_SEPARATORS = frozenset({"dash"})
_JOIN_REACH = 100  # characters a piece, its separator word and the spaces can take
_FORMS = {p.name: re.compile(p.id_form) for p in PLATFORMS if p.id_form}


class _Join(NamedTuple):
    """One separator and the piece of an id after it."""

    symbol: str
    piece: str
    end: int
    disguised: bool  # a word or a spaced symbol, not a symbol typed inside the id
    spoken: bool  # a word ("underscore", "punto")


def _joins(text: str, end: int) -> list[_Join]:
    """The separators and pieces that continue an id ending at `end`."""
    joins: list[_Join] = []
    while len(joins) < _MAX_JOINS and (m := _JOIN.match(text, end)) is not None:
        word, symbol = m.group("word"), m.group("symbol")
        if word:
            joins.append(_Join(_JOIN_SYMBOLS[" ".join(word.lower().split())], m.group("piece"), m.end(), True, True))
        else:
            joins.append(_Join(symbol.strip(), m.group("piece"), m.end(), symbol.strip() != symbol, False))
        end = m.end()
    return joins


def _spelled(ident: str, joins: list[_Join]) -> str:
    return ident + "".join(j.symbol + j.piece for j in joins)


def _spelled_link(ident: str, joins: list[_Join]) -> tuple[str, str, int] | None:
    """(platform, id, end) of a link to an account spelled out from `ident` on ("facebook dot com slash jenny dot
    lopez", "t . me / jennylopez"): the longest disguised run of joins that reads as a whole link."""
    if not any(j.symbol == "/" for j in joins):
        return None
    for count in range(len(joins), 0, -1):
        run = joins[:count]
        spelled = _spelled(ident, run)
        host = _HOST.match(spelled.lower())
        if host is None:
            return None
        if not any(j.disguised for j in run):
            continue
        for platform, rule, pattern in _LINK_RULES[host.group(0)]:
            path = pattern.fullmatch(spelled, host.end())
            if path is None:
                continue
            account = path.group("id")
            if account.lower() in platform.reserved:
                return None  # a site page ("facebook dot com slash pages"): the URL detector reports it
            return platform.name, account.lower() if rule.fold else account, run[-1].end
    return None


def _joined_id(platform: Platform, ident: str, joins: list[_Join]) -> list[_Join]:
    """The longest run of `joins` that continues `ident` as one id of `platform`: "_" and "-" between any words
    (no prose says "underscore"), "." before a piece that is not a prose word, "#" only before a Discord tag's four
    digits, ":" only after Skype's "live" or inside an id whose form has one (Matrix's "jenny:matrix.org"). Words
    of letters split by spaced dots more than once are a list ("photos . videos . memes"), not an id. A run
    typed without a disguise is the plain id the other readings take."""
    spaced_dots = sum(j.symbol == "." and j.disguised and not j.spoken for j in joins)
    if spaced_dots > 1 and ident.isalpha() and all(j.piece.isalpha() for j in joins):
        return []
    for count in range(len(joins), 0, -1):
        run = joins[:count]
        if (any(j.disguised for j in run) or platform.id_form) and all(
            _continues(platform, ident, i, j, i == count - 1) for i, j in enumerate(run)
        ):
            return run
    return []


def _continues(platform: Platform, ident: str, index: int, join: _Join, last: bool) -> bool:
    piece = join.piece.lower()
    # a word after a typed "." is the id's own ("live : sam.dev.93"); after a spaced one it may be prose
    if piece in _JOIN_SYMBOLS or (piece in STOPWORDS and join.symbol not in "_-" and join.disguised):
        return False
    if join.symbol == "#":
        return last and platform.name == "discord" and len(piece) == 4 and piece.isdigit()
    if join.symbol == ":":
        return ":" in platform.id_form or (platform.name == "skype" and index == 0 and ident.lower() == "live")
    return join.symbol in "._-"


# Triggers: every reading needs one. A cue reading needs a platform word (a weak cue between word boundaries);
# the other readings need their own literal: a link host, "live:", "#" and four digits, or "@".
_LINK_BIT = TRIGGERS.add("handles.link", words_pattern(LINK_HOSTS) + "[/?#]", re.IGNORECASE)
_LIVE_BIT = TRIGGERS.add("handles.skype_live", "live {0,2}:")
_TAG_BIT = TRIGGERS.add("handles.discord_tag", "#[0-9]{4}")
_REDDIT_BIT = TRIGGERS.add("handles.reddit_user", r"(?:^|[^0-9A-Za-z_/])/?[uU]/[0-9A-Za-z_-]{3}")
_SUFFIX_BIT = TRIGGERS.add("handles.account_suffix", words_pattern(ACCOUNT_SUFFIXES), re.IGNORECASE)
# The writer naming their handle with no platform ("my @ is", "our handle:"): `_OWN_HANDLE`'s lead and its trigger.
_OWN_HANDLE_LEAD = r"(?:my|our)\s{1,3}(?:@|at|tag|handle|user\s?name)\s{0,3}(?:is|:|=)"
_OWN_HANDLE_BIT = TRIGGERS.add("handles.own_handle", _OWN_HANDLE_LEAD, re.IGNORECASE)
_CUE_BITS = PLATFORM_WORDS | PLATFORM_SHORT_WORDS
_TRIGGERS = _LINK_BIT | _LIVE_BIT | _TAG_BIT | _REDDIT_BIT | _SUFFIX_BIT | _OWN_HANDLE_BIT | AT_SIGN | _CUE_BITS

# Reddit's own notation for a user, "u/name" or "/u/name" (3-20 letters, digits, "_" or "-"); "r/name" is a
# community, open to all, so it names no one to contact. "u/s" and "w/o" are too short to be a name.
_REDDIT_USER = re.compile(r"(?<![\w/.-])/?[uU]/(?P<id>[A-Za-z0-9_-]{3,20})(?![\w/-])", re.ASCII)
# An account that is a sub-domain of its platform's suffix ("sam.bsky.social", "@jenny-lopez.bsky.social"); the
# whole host is the account's name.
_ACCOUNT_HOST = re.compile(
    r"(?<![\w@.-])@?(?P<host>[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62}){0,3}"
    r"\.(?P<suffix>" + "|".join(re.escape(suffix) for suffix in ACCOUNT_SUFFIXES) + r"))(?![\w-]|\.\w)",
    re.IGNORECASE | re.ASCII,
)


# The writer's handle named with no platform: "my @ is kimdraws everywhere", "my at is kim.draws", "my tag is
# kimdraws", "our handle: studio.kim".
_OWN_HANDLE = re.compile(
    r"(?<![\w'’])" + _OWN_HANDLE_LEAD + r"\s{0,3}(?P<at>@\s?)?(?P<id>[A-Za-z0-9][\w.\-]{1,29})",
    re.IGNORECASE | re.ASCII,
)
# What may follow a handle given once for every platform: "my @ is kimdraws everywhere".
_EVERY_PLATFORM = re.compile(r"[ \t]{1,3}(?:everywhere|anywhere|on\s{1,3}(?:all|every|most)|across)(?![\w])")


def _own_handles(text: str, found: list[Match]) -> Iterator[Match]:
    """Handles the writer names as theirs without a platform: "@name", an id no word is, or one coined word that ends
    its clause or is said to hold everywhere ("my @ is kimdraws everywhere"; not "my username is locked")."""
    for m in _OWN_HANDLE.finditer(text):
        ident = _clean_id(m.group("id"))
        end = m.start("id") + len(ident)
        low = ident.lower()
        if low in STOPWORDS or low in _CUE_OWNER or _TAG_REQUEST_AFTER.match(text, end) is not None:
            continue  # "my handle is the same", "my tag is instagram", "our handle is @acme, tag them"
        if any(f.start <= m.start("id") < f.end for f in found):
            continue  # a cue, link or other reading has it
        at = m.group("at") is not None
        # a username may be any site's login, this one's too ("my username is jennifer"): only a social word ("@",
        # "tag", "handle") or a name held everywhere makes one plain word a handle to reach
        login = "user" in m.group(0).lower()
        coined = (
            len(low) >= 8
            and low.isalpha()
            and not _english_word_ending(low)
            and (
                (_CLAUSE_END.match(text, end) is not None and not login) or _EVERY_PLATFORM.match(text, end) is not None
            )
        )
        if (at and any(c.isalpha() for c in ident)) or _distinct_id(ident) or coined:
            confidence = 0.9 if at or coined else 0.85
            yield Match(Kind.HANDLE, None, low, m.start(), end, "handles.own_handle", confidence)


# A weak cue also names its platform right after a contact verb or a possessive ("write me on tg", "hmu on snap",
# "my fb is ...", "my handle on ig is ...") or right before a word that names an id ("tg nick is ...", "ig, username
# ...", "signal me, username ..."): "wa" in Tagalog prose, "sc" as a course code or "ig stories" have neither.
_POSSESSIVE = r"(?<![\w'’])(?:my|mi|meu|mon|mein|meine|mijn|mio|mia|moj|moje|mera|meri)\s{1,3}\Z"
_CONTACT_VERB_LEAD = (
    r"(?:(?:write|dm|pm|msg|message|text|ping|add|find|follow|reach|contact|hit|search|look)\s{1,3}(?:me|us)"
    r"(?:\s{1,3}up)?|hmu|write\s{1,3}to\s{1,3}me)\s{1,3}(?:on|at|via|in|over|thru|through)\s{1,3}(?:(?:my|the)\s{1,3})?\Z"
    # ... in Spanish, Portuguese and French: "búscame en insta", "me acha no insta", "ajoute moi sur snap"
    r"|(?:b[uú]scame|encu[eé]ntrame|s[ií]gueme|agr[eé]game|escr[ií]beme|me\s{1,3}(?:acha|procura|segue|adiciona|add)"
    r"|(?:ajoute[sz]?|suis|[eé]cris|contacte[sz]?)[-\s]moi)\s{1,3}(?:en|por|no|na|pelo|pela|sur)\s{1,3}\Z"
)
# The writer's own account on a platform: "my handle on ig", "my username on the bird site".
_OWN_ACCOUNT_ON = (
    r"(?<![\w'’])(?:my|our)\s{1,3}(?:handle|user\s?name|id|nick(?:name)?|account|acc|profile|page)"
    r"\s{1,3}(?:on|at|via|in|over|thru|through)\s{1,3}(?:(?:my|the)\s{1,3})?\Z"
)
_CONTACT_LEAD = re.compile(
    _CONTACT_VERB_LEAD
    + "|"
    + _OWN_ACCOUNT_ON
    + r"|(?:我的|加我)\s{0,3}\Z"  # Chinese "my", "add me (on)": "我的ins是...", "加我tg"
    r"|" + _POSSESSIVE
)
# The name the reader finds the sender by: "find me on telegram as samdev", "I'm on insta as kim.creates",
# "búscame en tg como samdev". After a contact verb or "I'm on", "as" names the account ("we use telegram as our main
# channel", "my insta is under construction" have neither).
_NAMED_AS = frozenset({"as", "under", "como"})
_FOUND_AS_LEAD = re.compile(
    _CONTACT_VERB_LEAD + r"|(?:i['’]?m|i\s{1,3}am|we['’]?re|we\s{1,3}are)\s{1,3}(?:on|in)\s{1,3}\Z"
)
# "as" in its adverbial phrases, after which the word is no name: "add me on discord as well", "as usual".
_AS_PHRASE_WORDS = frozenset(
    {"well", "usual", "always", "before", "agreed", "discussed", "mentioned", "needed", "requested", "soon", "such"}
)
# A cue owned by the writer ("my twitch", "mi telegram"): with only a copula after it ("my twitch is X"), the clause
# names the account, so one coined word that ends it is the id (see `_coined_name`).
_OWNED = re.compile(_POSSESSIVE + "|" + _OWN_ACCOUNT_ON)
_COPULAS = frozenset({"is", "es", "est", "ist", "é", "是", "は"})
# The words among the explicit separators: with nothing else between cue and id ("telegram username jenny"), a plain
# word is the id only where it ends its clause; one that goes on is a noun phrase ("telegram username changes").
_ID_WORDS = _EXPLICIT - {":", "="} - frozenset(_ARROWS)
# The cue said as a verb before its id word ("signal me, username ...", "kik us, username ..."): no more than the id
# word names the id.
_CUE_AS_VERB = frozenset({"me", "us", ","})
# Chat that goes on after an id given in passing ("skype id johnsmith or whatsapp", "... pls"), unless the word has an
# English word's ending ("username availability and pricing").
_CHAT_GOES_ON = re.compile(r"[ \t]{1,3}(?:or|and|pls|please|plz|thanks|thx|ok|asap|then)(?![\w])")
_ID_WORD_AHEAD = re.compile(
    r"(?:\s{1,3}(?:me|us))?"  # the cue said as a verb: "signal me, username sam.01"
    r"(?:[,.;]\s{0,3}(?:(?:" + _CLAUSE_LEADS + r")\s{1,3})?|\s{1,3})"
    r"(?:nick(?:name)?|user\s?name|user|handle|id|usu[aá]rio|utilisateur|pseudo|(?:benutzer|nutzer)name)(?![\w])"
)
_LEAD_REACH = 30
# Tagalog puts "my" after the noun ("ig ko kim.creates", "tg ko po ay @kim"): as good as "my ig".
_POSSESSIVE_AFTER = re.compile(r"\s{1,3}ko(?:\s{1,3}(?:po|ay|is)){0,3}\s")
_REQUEST_AFTER = re.compile(r"\s{1,3}" + _REQUEST_AFTER_CUE + r"(?![\w])")
# An indefinite article right before the cue: "a telegram username generator" is a kind of thing, not an account
# ("the skype id johnsmith" may name one).
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|any|every|each)\s{1,3}\Z", re.IGNORECASE)


def _weak_cues(low: str) -> Iterator[re.Match[str]]:
    """Weak cues that end within `_WEAK_REACH` characters before an "@", ":" or "=", each once."""
    done = 0
    for anchor in _WEAK_ANCHORS.finditer(low):
        end = anchor.end()
        yield from _WEAK_CUE.finditer(low, max(done, end - _WEAK_REACH), end)
        done = end


# A weak cue opening the message or a sentence, then a copula and an id's shape: two letters or more, then a ".",
# "_" or digit ("IG is kim.creates", "Thanks! snap is kimmy22"), not "IG is great", "IG is 100k" nor "IG is v2.0".
_OPENING = re.compile(r"(?:^|[.!?\n])\s{0,3}\Z")
_COPULA_THEN_ID = re.compile(r"\s{1,3}(?:is|es|est|ist|é)\s{1,3}[a-z]{2,30}[._0-9][\w.]")


def _led_weak_cues(low: str, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The weak `cues` after a contact verb, before an id word (see `_CONTACT_LEAD`) or opening a sentence that
    says what the id is (`_OPENING`)."""
    return [
        m
        for m in cues
        if not _inside_word(low, m.start())
        and (
            _ID_WORD_AHEAD.match(low, m.end()) is not None
            or _POSSESSIVE_AFTER.match(low, m.end()) is not None
            or _REQUEST_AFTER.match(low, m.end()) is not None
            or _CONTACT_LEAD.search(low, max(0, m.start() - _LEAD_REACH), m.start()) is not None
            or (
                _COPULA_THEN_ID.match(low, m.end()) is not None
                and _OPENING.search(low, max(0, m.start() - _LEAD_REACH), m.start()) is not None
            )
        )
    ]


# What must follow a platform's short name for `_stands_as_id` to read a distinct id after it with no anchor: a
# separator (none after an icon: "📸kim.draws"), then letters and a ".", "_" or digit, typed, spaced or spoken ("IG
# jenny.designs", "tg - samdev_pro", "snap samdev22", "ig (jenny.designs)", "ig jenny underscore designs").
_DISTINCT_ID_AHEAD = re.compile(
    r"[ \t\-–—|(" + _EMOJI + r"]{0,6}[a-z][a-z0-9]{0,40}(?:[._0-9]|\s{1,3}(?:" + _JOIN_WORD + r"|[._])\s)"
)


# A cue and a "/" right before another cue: "fb/ig: jenny.designs" names two platforms, not a link's path.
_CUE_AND_SLASH = re.compile(r"(?<![\w./])(?:" + _trie(list(_CUE_OWNER)) + r")/\Z")


def _paired(low: str, start: int) -> bool:
    """Whether the cue at `start` follows another cue and a "/" ("fb/ig", "IG/TG")."""
    return low[start - 1] == "/" and _CUE_AND_SLASH.search(low, max(0, start - 24), start) is not None


# Pronouns French joins to an imperative with "-" ("écrivez-moi", "retrouvez-nous").
_CLITICS = _words("moi toi nous vous lui leur")


def _compound_piece(piece: str) -> bool:
    """A word that makes a "-" compound prose: a stopword or a pronoun; one letter is an id spelled out
    ("s-a-m-d-e-v")."""
    return len(piece) > 1 and (piece in STOPWORDS or piece in _CLITICS)


def _id_shaped(value: str) -> bool:
    """A digit, "_", "." or "-" inside: "john_doe", "jd.92", "anna-k" (an English word has none), but no compound
    of a product word or a pronoun ("mini-app", "server-side", "end-to-end" after a platform's name are its
    features; "retrouvez-moi sur linkedin" a request)."""
    inner = value[1:-1]
    return (
        any(c.isdigit() for c in value)
        or any(c in "_." for c in inner)
        or ("-" in inner and not any(_compound_piece(piece.lower()) for piece in value.split("-")))
    )


# Weak cues that are everyday words ("signal strength", "line 3", "element.style", "matrix A_ij"): only "@id", an
# explicit separator with an id-shaped token, a contact verb or an id word make them a platform. The others are
# the platforms' short names ("ig", "fb", "tg", "snap"), which chat puts right before an id: "IG jenny.designs".
_WORD_CUES = _words("signal line matrix element imo slack")
_LETTER_RUN = re.compile(r"[a-z]{3,66}")
_NAME_AND_NUMBER = re.compile(r"[a-z]{5,40}[0-9]{2,4}")
# Where a lone id ends its clause: "tele: samdevpro", "IG: jennydesigns, dm me"; "ig: growth tips" goes on.
_CLAUSE_END = re.compile(r"[ \t]{0,3}(?:[,;)!?\n]|\.(?!\w)|\Z)")


def _hyphened_words(value: str) -> bool:
    """Letters joined by "-" and nothing else: a compound word ("real-time") as often as a name ("anna-k")."""
    return "-" in value and value.replace("-", "").isalpha()


def _distinct_id(value: str) -> bool:
    """An id that no word, skill or product name is: it starts with a letter, holds "_" or "." inside or is a name
    and a number ("jenny.designs", "samdev_pro", "samdev22"; a "-" joins prose words too: "e-commerce"), some run
    of three letters or more in it is not a stopword ("ads_manager" and "reels_2024" are words joined, "v1.2"
    none), and a dotted one does not end in a TLD or a file extension."""
    low = value.lower()
    if not low[:1].isascii() or not low[:1].isalpha():
        return False
    if not any(c in "_." for c in low[1:-1]) and _NAME_AND_NUMBER.fullmatch(low) is None:
        return False  # digits alone: a name and a number ("samdev22"), not a count or an item ("top10", "day30")
    if (
        "." in low
        and (ending := low.rsplit(".", 1)[1]).isalpha()
        and (is_common_tld(ending) or ending in FILE_EXTENSIONS)
    ):
        return False  # a host ("me.com") for the URL detector, or a file or library ("main.py", "node.js")
    return any(run not in STOPWORDS for run in _LETTER_RUN.findall(low))


# Endings of English adjectives and participles, the words a status list puts after a platform ("IG: pending",
# "FB: completed", "insta: beautiful"); names run together ("samdevpro", "jennylopez") seldom end so.
_WORD_ENDINGS = ("ing", "ed", "ly", "ful", "ion", "ness", "ment", "able", "ible", "ous", "ive", "est", "ary", "ic")
# Endings of other everyday words that fill "my <platform> is ___" ("hopeless", "somewhere", "everybody"), which no
# glued name explains away ("some" + "where" is no name + "where").
_EVERYDAY_ENDINGS = ("less", "where", "thing", "body", "ship", "ity", "ence", "ance", "ism", "ward", "wards", "self")


def _stands_as_id(ident: str, seps: set[str], explicit: bool, text: str, end: int) -> bool:
    """Whether `ident` after a platform's short name is its id without "@": a distinct id right after the cue or
    its punctuation ("tg samdev_pro", "snap - samdev22"; "fb ads manager" has no id shape), or, after an explicit
    separator, one long unshaped word that ends the clause and does not end like an English word ("tele:
    samdevpro"; "IG: pending", "ig: growth tips" are not ids)."""
    if _distinct_id(ident):
        return not any(sep.isalpha() for sep in seps)
    return explicit and _coined_name(ident, text, end)


# A name run together with a word at its end ("samdevlive", "jennygaming"): four letters or more, then a stopword.
_GLUED_WORD_END = re.compile(r"(?<=[a-z]{4})" + _trie([w for w in STOPWORDS if len(w) >= 3 and w.isalpha()]) + r"\Z")


def _english_word_ending(low: str) -> bool:
    """Whether a word of letters ends like an English word ("banned", "availability") and not like a name run
    together with a word of its own ("samdevlive")."""
    return (
        low.isalpha()
        and low.endswith(_WORD_ENDINGS + _EVERYDAY_ENDINGS)
        and (low.endswith(_EVERYDAY_ENDINGS) or _GLUED_WORD_END.search(low) is None)
    )


def _coined_name(ident: str, text: str, end: int) -> bool:
    """One long word of letters that ends its clause and does not end like an English word: a name run together
    ("samdevpro"), not a status ("pending", "blocked") or a word that goes on ("slow today"). A name may end in a
    word of its own ("samdev" + "live"): then the ending is that word's, not an adjective's."""
    low = ident.lower()
    return (
        len(low) >= 8
        and low.isalpha()
        and low not in STOPWORDS
        and not _english_word_ending(low)
        and _CLAUSE_END.match(text, end) is not None
    )


# A number with its unit: a count with its magnitude ("120k", "1.2m"), what a profile lists after a platform for its
# audience, how often ("3x" a week), an order ("2nd account") or a time ("10am").
_QUANTITY = re.compile(r"\d{1,4}(?:\.\d{1,2})?(?:[kmx]|st|nd|rd|th|am|pm|hrs?|mins?)", re.IGNORECASE)
# A compound adjective made of an account's name ("@duolingo-style campaign", "@mrbeast-like thumbnails").
_STYLED = ("-style", "-styled", "-like", "-esque", "-inspired", "-type", "-ish", "-worthy")


def _clean_id(value: str) -> str:
    return value.rstrip(".-_")


# A fediverse address: "@", a user, "@" and the server ("@lena@mastodon.social"), or a Mastodon cue before the user
# ("mastodon: lena@fosstodon.org"). Without either it is an email address; a mail provider's server
# ("@jo@gmail.com") makes it one too.
_FEDI_ADDRESS = re.compile(
    r"(?<![\w@.+\-])(?:(?P<cue>mastodon|fediverse|fedi)[^\w\n]{1,3}|@)(?P<user>[A-Za-z0-9_]{1,30})"
    r"@(?P<host>(?P<head>[A-Za-z0-9-]{1,63})(?:\.[A-Za-z0-9-]{1,63}){1,4})(?![\w-]|\.\w)",
    re.IGNORECASE | re.ASCII,
)


def _fedi_addresses(text: str) -> Iterator[Match]:
    for m in _FEDI_ADDRESS.finditer(text):
        if m.group("head").lower() not in MAIL_DOMAINS:
            value = f"{m.group('user')}@{m.group('host')}".lower()
            yield _match("mastodon", value, m.start(), m.end(), "handles.fedi_address", 0.95)


# A Matrix address with no cue: "@", a user, ":" and the server ("@kim:matrix.org"), whose TLD tells a host from a
# time or a ratio after a mention ("@kim:10.30").
_MATRIX_ADDRESS = re.compile(
    r"(?<![\w@.+\-])@(?P<user>[A-Za-z0-9_.=\-]{1,64}):(?P<host>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}"
    r"\.(?P<tld>[A-Za-z]{2,24}))(?![\w-]|\.\w)",
    re.ASCII,
)


def _matrix_addresses(text: str) -> Iterator[Match]:
    for m in _MATRIX_ADDRESS.finditer(text):
        if is_common_tld(m.group("tld").lower()):
            value = f"{m.group('user')}:{m.group('host')}".lower()
            yield _match("matrix", value, m.start(), m.end(), "handles.matrix_address", 0.95)


# A host right after "@" (labels and a dot, no space).
_HOST_AFTER_AT = re.compile(r"[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?P<tld>[a-z]{2,24})(?![\w@])", re.IGNORECASE)


def _mail_host_at(text: str, pos: int) -> bool:
    """Whether a mail host with a common TLD starts at `pos` ("gmail.com", "uni.edu"): then the cue before the "@" is
    an address's local part. A spelled-out "i n s t a @ a n n a . d e s i g n s" keeps its handle reading."""
    host = _HOST_AFTER_AT.match(text, pos)
    return host is not None and is_common_tld(host.group("tld"))


class HandleDetector:
    name = "handles"
    kinds = frozenset({Kind.HANDLE})
    triggers = _TRIGGERS

    def detect(self, view: View, context: Context) -> list[Match]:
        fired = view.triggers & self.triggers
        if not fired:
            return []
        text = view.text
        # Substring tests and the triggers decide which readings can exist at all.
        at, colon, slash, hashed = "@" in text, ":" in text, "/" in text, "#" in text
        low = view.lower_kept
        cued = bool(fired & _CUE_BITS) and _STRONG_GATE.search(low) is not None
        short = bool(fired & PLATFORM_SHORT_WORDS)  # every weak cue with an id shape is a short word
        anchored = at or colon or _WEAK_ANCHORS.search(text) is not None
        own = bool(fired & _OWN_HANDLE_BIT)
        if not (anchored or slash or hashed or cued or short or own):
            return []
        found: list[Match] = []
        if slash and fired & _LINK_BIT:
            found.extend(self._links(text, low))
        if colon and fired & _LIVE_BIT:
            found.extend(
                _match("skype", "live:" + m.group("id").lower(), m.start(), m.end(), "handles.skype_live", 0.95)
                for m in _SKYPE_LIVE.finditer(text)
                if m.group("gap") is None or _ID_MARK.match(m.group("id")) is not None
            )
        if cued:
            found.extend(self._cues(text, low, _STRONG_CUE.finditer(low)))
        if short or (anchored and fired & _CUE_BITS):
            weak = list(_WEAK_CUE.finditer(low)) if short else []
            led = _led_weak_cues(low, weak)
            found.extend(self._cues(text, low, led, led=True))
            read = {m.start() for m in led}
            if anchored:
                near = [m for m in _weak_cues(low) if m.start() not in read]
                found.extend(self._cues(text, low, near))
                read.update(m.start() for m in near)
            # A short name may also stand right before or after a distinct id, with no anchor: "IG jenny.designs",
            # "jenny.designs on IG".
            found.extend(
                self._cues(
                    text,
                    low,
                    (
                        m
                        for m in weak
                        if m.start() not in read
                        and m.group(0) not in _WORD_CUES
                        and (
                            _DISTINCT_ID_AHEAD.match(low, m.end()) is not None
                            or _id_before(_CUE_OWNER[m.group(0)][0], text, m.start())
                        )
                    ),
                )
            )
        if hashed and fired & _TAG_BIT:
            found.extend(self._discord_tags(text, low))
        if slash and fired & _REDDIT_BIT:
            found.extend(
                _match("reddit", m.group("id").lower(), m.start(), m.end(), "handles.reddit_user", 0.9)
                for m in _REDDIT_USER.finditer(text)
                if any(c.isalpha() for c in m.group("id")) and m.group("id").lower() not in STOPWORDS
            )
        if fired & _SUFFIX_BIT:
            found.extend(
                _match(ACCOUNT_SUFFIXES[m.group("suffix").lower()], m.group("host").lower(), m.start(), m.end(),
                       "handles.account_host", 0.95)
                for m in _ACCOUNT_HOST.finditer(text)
            )  # fmt: skip
        if at and (cued or text.count("@") > 1):
            found.extend(_fedi_addresses(text))
        if at and colon:
            found.extend(_matrix_addresses(text))
        if own:
            found.extend(_own_handles(text, found))
        if at:
            found.extend(self._bare_at(text, found))
        return found

    @staticmethod
    def _links(text: str, low: str) -> list[Match]:
        found = []
        for m in _HOST.finditer(low):
            host_start, host_end = m.start(), m.end()
            if host_start and (low[host_start - 1].isalnum() or low[host_start - 1] in "_-@"):
                continue  # "fix.com/", "jo@x.com/"
            prefix = _LINK_PREFIX.search(low, max(0, host_start - 80), host_start)
            start = prefix.start() if prefix else host_start
            if start and (low[start - 1].isalnum() or low[start - 1] in "_-@."):
                start = host_start  # the sub-domain run is part of a longer word; keep the host only
                if host_start and low[host_start - 1] == ".":
                    continue
            for platform, rule, pattern in _LINK_RULES[m.group(0)]:
                path = pattern.match(text, host_end)
                if path is None:
                    continue
                ident = path.group("id").rstrip(".")
                if ident.lower() in platform.reserved:
                    break  # a site page, not an account: the URL detector reports the link
                end = url_end(text, start, path.end())
                value = ident.lower() if rule.fold else ident
                found.append(_match(platform.name, value, start, end, "handles.link", 0.97))
                break
        return found

    @staticmethod
    def _cues(text: str, low: str, cues: Iterable[re.Match[str]], led: bool = False) -> list[Match]:
        """Cue readings; `led` cues (after a contact verb or before an id word) count as strong ones."""
        found = []
        for m in cues:
            start, end = m.start(), m.end()
            if (_inside_word(low, start) or (start and low[start - 1] in "@./<")) and not _paired(low, start):
                continue  # inside a word ("night" holds "ig"), a link or a markup tag ("<li>")
            if text.startswith("@", end) and _mail_host_at(text, end + 1):
                continue  # "skype@gmail.com", "li@uni.edu": the cue is an email's local part, not a platform
            if _THIRD_PARTY_OWNED_CUE.search(text, max(0, start - 30), start) is not None:
                continue  # "the competitor's TikTok @duolingo": the account the work studies
            platform, weak = _CUE_OWNER[m.group(0)]
            weak = weak and not led
            # The cue may be the first label of a link spelled out ("linkedin dot com slash in slash jenny").
            if (link := _spelled_link(text[start:end], _joins(text, end))) is not None:
                found.append(_match(link[0], link[1], start, link[2], "handles.link", 0.95))
                continue
            after = (_CUE_THEN_MEETING if platform.id_shape is IdShape.MEETING else _CUE_THEN_ID).match(text, end)
            # A cue that names the id itself ("skype id", "zoom meeting id") is an explicit separator.
            named = m.group(0).endswith(("id", "pmi"))
            owned = not weak and _OWNED.search(low, max(0, start - _LEAD_REACH), start) is not None
            match = _judge_after(platform, m.group(0), weak, named, owned, text, start, after) if after else None
            if match is None and platform.id_shape is IdShape.NAME:
                match = _judge_before(platform, m.group(0), weak, text, start, end)
            if match is not None:
                found.append(match)
        return found

    @staticmethod
    def _discord_tags(text: str, low: str) -> list[Match]:
        cue = "discord" in low
        found = []
        for m in _DISCORD_TAG.finditer(text):
            name = m.group("name").lower()
            if name in _DISCORD_NOT_TAGS or not any(c.isalpha() for c in name):
                continue
            value = f"{name}#{m.group('digits')}"
            found.append(_match("discord", value, m.start(), m.end(), "handles.discord_tag", 0.92 if cue else 0.8))
        return found

    @staticmethod
    def _bare_at(text: str, found: list[Match]) -> list[Match]:
        bare = []
        for m in _BARE_AT.finditer(text):
            ident = _clean_id(m.group("id"))
            end = m.start("id") + len(ident)
            following = text[end : end + 2]
            if following[:1] in ("(", "-", "@") or (following[:1] in (".", "/") and following[1:2].isalnum()):
                continue  # "@app.route(", "@font-face", "@angular/core": decorators, at-rules and package scopes
            head = ident.split(".", 1)[0].lower()
            if len(ident) < 3 or ident.lower() in STOPWORDS or head in CODE_AT_WORDS:
                continue
            if ident.lower() in _CUE_OWNER:
                continue  # "@tiktok", "@telegram": the platform's own account, no one to take off it
            if len(ident) > 5 and ident.lower().endswith("bot"):
                continue  # "@acme_orders_bot": a Telegram bot (whose names must end in "bot"), the work, not a person
            if _FEATURE_NOUN.match(text, end):
                continue  # "the @reply button", "an @tag feature": names a tool's feature, not an account
            if (
                _THIRD_PARTY_LEAD.search(text, max(0, m.start() - 80), m.start()) is not None
                or _TAG_REQUEST_AFTER.match(text, end) is not None
            ):
                continue  # "tag @nike", "our client @casalupita.tx", "@nike, tag them": the account the work is about
            if head in MAIL_DOMAINS and ("." in ident or ident.lower() == head):
                continue  # "@gmail.com", "@gmail": an address's domain half or a provider, not someone's account
            if any(f.start <= m.start() < f.end for f in found):
                continue  # already part of a cue or link finding
            bare.append(
                Match(Kind.HANDLE, None, ident.lower(), m.start(), end, "handles.at_mention", BARE_AT_CONFIDENCE)
            )
        return bare


# A bare "@name" may be a mention of someone on the platform itself; see benchmarks/url_false_positives.py
# for the measurement behind this value.
BARE_AT_CONFIDENCE = 0.55


def _match(platform: str, value: str, start: int, end: int, rule: str, confidence: float) -> Match:
    return Match(Kind.HANDLE, platform, value, start, end, rule, confidence)


def _judge_after(
    platform: Platform,
    cue: str,
    weak: bool,
    named: bool,
    owned: bool,
    text: str,
    cue_start: int,
    after: re.Match[str],
) -> Match | None:
    ident = _clean_id(after.group("id"))
    if platform.id_shape is IdShape.NONE and not _names_account(after, ident, text):
        return None
    if platform.id_shape is IdShape.MEETING:
        digits = "".join(c for c in ident if c.isdigit())
        seps = set(_SEPARATOR_TOKEN.findall(after.group("seps").lower()))
        # a number of ten or eleven digits is a meeting's by its length alone ("join zoom 81234567890"); a
        # shorter one must be named ("zoom id: 123 456 789")
        if not (named or seps & _EXPLICIT or len(digits) >= 10) or not 9 <= len(digits) <= 11:
            return None
        return _match(platform.name, digits, cue_start, after.end("id"), "handles.cue", 0.9)
    end = after.start("id") + len(ident)
    joins = _joins(text, end) if ident else []
    if (link := _spelled_link(ident, joins)) is not None:
        name, value, end = link
        return _match(name, value, cue_start, end, "handles.cue", 0.95)
    if any(_spelled(ident, joins[:count]).lower() in LINK_HOSTS for count in range(1, len(joins) + 1)):
        return None  # "telegram: t . me links": a link host spelled out, without an account after it
    if run := _joined_id(platform, ident, joins):
        ident, end = _clean_id(_spelled(ident, run)), run[-1].end
    elif (spaced := _spaced_id(ident, text, end)) is not None:
        ident, end = spaced
    if not ident or ident.lower() in STOPWORDS or ident.lower() in _CUE_OWNER or not any(c.isalpha() for c in ident):
        return None  # a word, or another platform's name ("telegram -> whatsapp")
    if _QUANTITY.fullmatch(ident) is not None:
        return None  # "ig: 120k, fb: 1.2m", "on TikTok 3x a week": how many follow or how often, not a name
    if ident.lower().endswith(_STYLED):
        return None  # "our TikTok @duolingo-style campaign": a look the work copies, no one to reach
    if after.group("at") is None and "." in ident and ident.rsplit(".", 1)[1].lower() in FILE_EXTENSIONS:
        return None  # "imo: node.js is better", "telegram: main.py": a file or a library, not an account
    if text.startswith("/", end) or ident.lower() in LINK_HOSTS:
        return None  # "Telegram: t.me/jo" names a link host; the link reading reports the whole link
    if platform.name == "discord" and (number := _DISCORD_NUMBER.match(text, end)) is not None:
        ident, end = ident + number.group(0), number.end()
    if platform.name == "skype" and (action := _SKYPE_ACTION.match(text, end)) is not None:
        end = action.end()  # a Skype URI's action ("skype:jo?chat") belongs to the link the id is in
    seps = set(_SEPARATOR_TOKEN.findall(after.group("seps").lower()))
    if seps == {","} and not _comma_gives_id(ident, text, cue_start, end):
        return None  # "skills: telegram, node.js" lists; "find me on telegram, kim_creates" gives
    explicit = (
        named
        or bool(seps & _EXPLICIT)
        or _TYPED_ARROW.search(after.group("seps")) is not None
        or (
            bool(seps & _NAMED_AS)
            and ident.lower() not in _AS_PHRASE_WORDS
            and _FOUND_AS_LEAD.search(text[max(0, cue_start - _LEAD_REACH) : cue_start].lower()) is not None
        )
    )
    at = after.group("at") is not None
    shaped = _id_shaped(ident)
    if (
        shaped
        and not (at or explicit or platform.id_form)
        and _hyphened_words(ident)
        and _CLAUSE_END.match(text, end) is None
    ):
        return None  # "Instagram real-time feed widget": a compound heading a noun phrase, not an account
    if not shaped and not at and _PAST_CLAUSE.search(after.group("seps")) is not None:
        return None
    only_id_words = seps - _CUE_AS_VERB <= _ID_WORDS and _TYPED_ARROW.search(after.group("seps")) is None
    if not (shaped or at) and only_id_words and _english_word_ending(ident.lower()):
        return None  # a state of the account, not its name: "my telegram account banned", "username availability"
    if not (shaped or at or owned) and seps - _CUE_AS_VERB <= _ID_WORDS:
        # A plain word after no more than an id word may head a noun phrase with it: "telegram username changes
        # are easy", "Telegram ID checker bot", and after an article "build a telegram username generator".
        if (
            _TYPED_ARROW.search(after.group("seps")) is None
            and _CLAUSE_END.match(text, end) is None
            and (_CHAT_GOES_ON.match(text, end) is None or ident.lower().endswith(_WORD_ENDINGS + _EVERYDAY_ENDINGS))
        ):
            return None
        if seps <= _ID_WORDS and _ARTICLE_BEFORE.search(text, max(0, cue_start - _LEAD_REACH), cue_start) is not None:
            return None
    if (form := _FORMS.get(platform.name)) is not None:
        if form.fullmatch(ident) is None or text[end : end + 1].isalnum():
            return None
        explicit = shaped = True  # an id of the platform's own fixed shape
    if (
        weak
        and cue in _WORD_CUES
        and not at
        and _CLAUSE_END.match(text, end) is None
        and _CHAT_GOES_ON.match(text, end) is None
    ):
        return None  # "IMO: react_native wins", "line: item_3 is missing": an everyday word heading a sentence
    if (at and len(ident) >= 2) or ident.startswith("live:"):
        confidence = 0.95
    elif explicit and (shaped or not weak):
        confidence = 0.95 if shaped else 0.9
    elif (
        (shaped and not weak)
        or (weak and cue not in _WORD_CUES and _stands_as_id(ident, seps, explicit, text, end))
        or (owned and seps and seps <= _COPULAS and _coined_name(ident, text, end))
        or (not weak and _self_named_after(ident, seps, text, cue_start, end))
    ):
        confidence = 0.85
    else:
        return None
    value = ident if ident.startswith("live:") else _joined_letters(ident.lower())
    return _match(platform.name, value, cue_start, end, "handles.cue", confidence)


def _comma_gives_id(ident: str, text: str, cue_start: int, end: int) -> bool:
    """Whether an id after only a comma is the account: after a contact verb or the writer's own account before
    the cue, one no word is that ends its clause ("find me on the purple app, kim_creates")."""
    lead = text[max(0, cue_start - _LEAD_REACH) : cue_start].lower()
    return _CONTACT_LEAD.search(lead) is not None and _distinct_id(ident) and _CLAUSE_END.match(text, end) is not None


# An id written in words with spaces for its joins, ending in its number ("telegram: mary jane 90"): a word or two
# more of letters, then two to four digits that end the clause.
_SPACED_ID_REST = re.compile(r"(?P<words>(?:[ \t]{1,2}[A-Za-z]{2,15}){0,2})[ \t]{1,2}(?P<number>\d{2,4})(?![\w.,:/%$])")


def _spaced_id(ident: str, text: str, end: int) -> tuple[str, int] | None:
    """(id, end) of an id of plain words spaced apart and its number after `ident`, which ends at `end`; no
    word of it a function word ("telegram: ping me at 10" is a time)."""
    if not ident.isalpha() or ident.lower() in STOPWORDS:
        return None
    rest = _SPACED_ID_REST.match(text, end)
    if rest is None or (_CLAUSE_END.match(text, rest.end()) is None and _CHAT_GOES_ON.match(text, rest.end()) is None):
        return None
    words = rest.group("words").split()
    if any(w.lower() in STOPWORDS for w in words):
        return None
    return ident + "".join(words) + rest.group("number"), rest.end()


# The writer naming themself between a cue and its id: "on discord I'm samdev", "find me on telegram as samdev".
_SELF_NAMING = _words("i ' ’ m am as under ,")
_SELF_NAMING_WORDS = _words("m am under")


def _self_named_after(ident: str, seps: set[str], text: str, cue_start: int, end: int) -> bool:
    """Whether a plain word after a cue is the name the writer goes by there: after "I'm" or "under", or after "as"
    when a contact verb leads the cue ("find me on telegram as samdev"; "on telegram as usual", "I work on
    discord as freelancer" are not), and it ends its clause."""
    if not (seps <= _SELF_NAMING and seps & (_SELF_NAMING_WORDS | {"as"})):
        return False
    if not seps & _SELF_NAMING_WORDS:
        lead = text[max(0, cue_start - _LEAD_REACH) : cue_start].lower()
        if _CONTACT_LEAD.search(lead) is None:
            return False
    return _plain_name(ident, 5) and _CLAUSE_END.match(text, end) is not None


# The words that name an account on a platform known by phone numbers ("whatsapp username: shop_lagos").
_ACCOUNT_WORDS = _words("id ids handle username user usuario usuário utilisateur pseudo nick nickname account name")


def _names_account(after: re.Match[str], ident: str, text: str) -> bool:
    """Whether what follows the cue of a platform known by phone numbers (WhatsApp, Viber) names an account that is
    no number: an account word, then an id-shaped name or "@name" ("whatsapp username: shop_lagos", "viber id
    @shop.lagos"), or after ":" or "is" one coined word ending its clause ("whatsapp username: shoplagos")."""
    seps = set(_SEPARATOR_TOKEN.findall(after.group("seps").lower()))
    if not seps & _ACCOUNT_WORDS or not ident[:1].isalpha():
        return False
    end = after.start("id") + len(ident)
    named = ":" in seps or bool(seps & _COPULAS)
    return _id_shaped(ident) or after.group("at") is not None or (named and _coined_name(ident, text, end))


# An id spelled one letter at a time between dots or dashes ("s.a.m.d.e.v", "s-a-m-d-e-v"): four letters at least,
# so "a.k.a" and "e.g" stay as typed.
_LETTER_BY_LETTER = re.compile(r"[a-z0-9](?:[.\-][a-z0-9]){3,32}")


def _joined_letters(ident: str) -> str:
    """The id a reader takes from one spelled letter by letter: the letters joined ("s.a.m.d.e.v" -> "samdev")."""
    return ident.replace(".", "").replace("-", "") if _LETTER_BY_LETTER.fullmatch(ident) else ident


def _judge_before(platform: Platform, cue: str, weak: bool, text: str, cue_start: int, cue_end: int) -> Match | None:
    before = _ID_THEN_CUE.search(text, max(0, cue_start - 90), cue_start)
    if before is None:
        return None
    ident = _clean_id(before.group("id"))
    at = before.group("at") is not None
    start = before.start()
    if not at:
        ident, start = _joined_back(ident, text, start)
    if ident.lower() in STOPWORDS or not any(c.isalpha() for c in ident):
        return None
    if before.group("paren") is not None:
        # the platform named in brackets after the id ("kim.creates (discord)"; not "main.py (discord bot)")
        closing = _CLOSING_PAREN.match(text, cue_end)
        if closing is None or not (at or _distinct_id(ident)):
            return None
        cue_end = closing.end()
    if before.group("arrow") is not None and not (
        (at or _distinct_id(ident))
        and (
            _CLAUSE_END.match(text, cue_end)
            or _CHAT_GOES_ON.match(text, cue_end)
            or _LABEL_GOES_ON.match(text, cue_end)
        )
    ):
        return None  # an arrow that goes on to more ("ads 👉 instagram reels"), or leads from a word, is no label
    # after a platform's short name, only an id no word is ("kim.creates on insta"; "v2.0 on ig" is not one); the
    # writer naming themself ("I'm kimcreates on insta", "I'm under kimcreates on ig") makes one coined word an id
    if (form := _FORMS.get(platform.name)) is not None:
        if form.fullmatch(ident) is None:
            return None
    elif not (
        at
        or (_id_shaped(ident) and not weak)
        or (cue not in _WORD_CUES and _distinct_id(ident))
        or _self_named_before(ident, text, start)
    ):
        return None
    return _match(platform.name, _joined_letters(ident.lower()), start, cue_end, "handles.id_then_cue", 0.85)


_CLOSING_PAREN = re.compile(r"\s{0,3}\)")
# What may follow a platform an arrow points to from its account: "kim.draws 👉 insta for daily sketches".
_LABEL_GOES_ON = re.compile(r"[ \t]{1,3}(?:for|if|to|too|with|daily)(?![\w])")
# The writer naming themself before an id: "I'm", "I am", and "under" or "as" the name ("I'm under kimcreates").
_SELF_LEAD = re.compile(r"(?<![\w'’])i(?:['’]m|\s{1,3}am)(?P<named>\s{1,3}(?:under|as))?\s{1,3}\Z", re.IGNORECASE)


def _self_named_before(ident: str, text: str, start: int) -> bool:
    """Whether the writer names themself with `ident` before a cue: after "I'm under" or "I'm as" a plain word of
    five letters or more, after "I'm" a coined one of eight ("I'm kimcreates on insta"; "I'm active on insta",
    "I'm popular on tiktok" say how they are there)."""
    lead = _SELF_LEAD.search(text, max(0, start - 16), start)
    return lead is not None and _plain_name(ident, 5 if lead.group("named") else 8)


def _plain_name(ident: str, length: int) -> bool:
    """One word of letters, at least `length` long, that is no stopword and does not end like an English word."""
    low = ident.lower()
    return len(low) >= length and low.isalpha() and low not in STOPWORDS and not _english_word_ending(low)


def _id_before(platform: Platform, text: str, cue_start: int) -> bool:
    """Whether an id that no word is stands right before the cue at `cue_start` ("kim.creates on insta"), one the
    writer names themself with ("I'm kimcreates on insta") or one of the platform's fixed form."""
    before = _ID_THEN_CUE.search(text, max(0, cue_start - 90), cue_start)
    if before is None:
        return False
    ident = _clean_id(before.group("id"))
    if (form := _FORMS.get(platform.name)) is not None:
        return form.fullmatch(ident) is not None
    return _distinct_id(ident) or _self_named_before(ident, text, before.start())


def _joined_back(ident: str, text: str, start: int) -> tuple[str, int]:
    """`ident` (starting at `start`) with the pieces before it that a spoken or spaced ".", "_" or "-" joins to it
    ("jenny underscore designs on instagram"), and where the id then starts. Read backwards, the left end is where
    the sentence is, so no piece may be a prose word, nor the separator one ("a dash of"); words split by spaced
    dots more than once are a list."""
    pieces: list[tuple[str, str, bool]] = []  # (piece, symbol, spaced dot), right to left
    joined_start = start
    while len(pieces) < _MAX_JOINS and (
        m := _JOIN_BEFORE.search(text, max(0, joined_start - _JOIN_REACH), joined_start)
    ):
        word, piece = m.group("word"), m.group("piece")
        symbol = _JOIN_SYMBOLS[" ".join(word.lower().split())] if word else m.group("symbol").strip()
        if symbol not in "._-" or (word or "").lower() in _PROSE_SEPARATORS:
            break
        if piece.lower() in STOPWORDS or piece.lower() in _JOIN_SYMBOLS:
            break
        pieces.append((piece, symbol, not word and symbol == "."))
        joined_start = m.start()
    if sum(dot for _, _, dot in pieces) > 1 and ident.isalpha() and all(p.isalpha() for p, _, _ in pieces):
        return ident, start
    return "".join(p + sym for p, sym, _ in reversed(pieces)) + ident, joined_start
