"""Indirect references: a handle given by pointing at the sender's name instead of writing it.

"my Skype is my name here without spaces", "same username on Telegram", "my handle on insta is the same as
here", "search my full name on LinkedIn", "find me by my name on LinkedIn", "google me", "find me on Instagram
with the same name as here". When the name written right after the reference ("...the same as my name here:
Jenny Lopez") or else the sender's display name (`context.sender_name`, else a name signed at the end:
"Thanks, John Smith") and the stated format resolve the handle ("John Smith" + "without spaces" ->
"johnsmith", + "with a dot" -> "john.smith"; "same username" with a one-word name -> that name), the match
is a HANDLE with that value; otherwise (a search by the sender's own name, or a name that cannot be resolved)
it is an OFF_PLATFORM_REQUEST naming the platform. A name the writer gives for a search is the handle, as
written ("search Sam Devlin Designs on facebook", "look me up on linkedin, Sam Devlin", 'google "samdev
studio" and you'll find me' -> "samdev studio"); a web search needs its "you'll find me", and no word of the
name may be a stopword ("search React Developer Jobs on linkedin"). A platform word alone ("I'm a LinkedIn ads
specialist") or a name alone ("my name here is John") is not a reference.
"""

from __future__ import annotations

import re

from ringfence.detectors.base import Match
from ringfence.detectors.email import PROVIDER_NAME
from ringfence.detectors.handles import STOPWORDS
from ringfence.detectors.platforms import PLATFORM_SHORT_WORDS, PLATFORM_WORDS
from ringfence.normalize.spoken import MAIL_DOMAINS
from ringfence.normalize.view import View
from ringfence.patterns import factored
from ringfence.triggers import TRIGGERS, words_pattern
from ringfence.types import Context, Kind

_S = r"\s{1,3}"
# "my" in the languages of the forms below ("mio" Italian, "mera/meri/mere" Hindi and Urdu).
_MY = r"(?:my|mi|meu|mon|ma|mein|mio|mia|mera|meri|mere)"
# Mailboxes: the name a reference resolves is the local part of an address at the provider's domain ("my gmail is
# my name without spaces" -> johnsmith@gmail.com); "my email is my full name" names no domain, so it stays a request.
_MAILBOX_WORDS = r"g\s{0,1}mail|yahoo|hotmail|outlook|proton\s{0,1}mail|icloud|e-{0,1}mail"
_MAILBOX_DOMAINS: dict[str, str | None] = {
    **{name: MAIL_DOMAINS[name] for name in ("gmail", "yahoo", "hotmail", "outlook", "protonmail", "icloud")},
    "email": None,
}
# Platform words -> canonical platform names (the names the handle detector uses).
_PLATFORM_NAMES = {
    "skype": "skype",
    "telegram": "telegram",
    "whatsapp": "whatsapp",
    "whats app": "whatsapp",
    "signal": "signal",
    "instagram": "instagram",
    "insta": "instagram",
    "ig": "instagram",
    "linkedin": "linkedin",
    "linked in": "linkedin",
    "facebook": "facebook",
    "fb": "facebook",
    "messenger": "facebook",
    "twitter": "twitter",
    "discord": "discord",
    "wechat": "wechat",
    "snapchat": "snapchat",
    "tiktok": "tiktok",
    "viber": "viber",
    "zoom": "zoom",
    "google": "google",
    **{mailbox: mailbox for mailbox in _MAILBOX_DOMAINS},
    "g mail": "gmail",
    "proton mail": "protonmail",
    "e-mail": "email",
}
_SOCIAL_WORDS = (
    r"skype|telegram|whats\s{0,1}app|signal|instagram|insta|ig|linked\s{0,1}in|facebook|fb|messenger"
    r"|twitter|discord|wechat|snapchat|tiktok|viber|zoom"
)
_PLATFORM = rf"(?P<platform>{_SOCIAL_WORDS}|google|{_MAILBOX_WORDS})"
# Case-sensitive on the view's shared lower-cased text: IGNORECASE alternations cost several times more.
_PRECHECK = re.compile(r"\b" + _PLATFORM.replace("(?P<platform>", "(?:") + r"\b")

# The sender's name as the reference ("my name here", "the same username as here", "mi nombre", "le même
# pseudo"). `same` marks "same ... as here", which points at the name used on this platform.
_HERE = (
    rf"(?:{_S}(?:here|on{_S}(?:this|the){_S}(?:site|platform|app)|from{_S}(?:here|my{_S}profile)"
    rf"|as{_S}(?:here|on{_S}(?:here|this{_S}(?:site|platform|app)|my{_S}profile)|my{_S}profile|above)"
    rf"|aqu[íi]|(?:como|que){_S}aqu[íi]|daqui|ici|(?:comme|que){_S}ici|qu['’]\s{{0,1}}ici|hier|wie{_S}hier))?"
)
# What "the same as" points at: the sender's name or the account here ("the same as my name", "same as here").
_MY_NAME_OR_HERE = (
    rf"(?:my{_S}(?:(?:full|real|display|profile){_S})?(?:user\s{{0,1}})?name|here|on{_S}here"
    rf"|(?:this|the){_S}(?:site|platform|app|one{_S}here)|my{_S}profile)"
)
_NAMEREF = (
    r"(?P<nameref>"
    rf"(?:(?:just|simply|literally){_S})?my{_S}(?:(?:full|real|display|profile|first|complete){_S})?(?:user{{0,1}}\s{{0,1}})?name"
    rf"(?:{_S}(?:and|&|\+|plus){_S}(?:my{_S})?(?:last{_S}name|surname|family{_S}name))?|my{_S}first{_S}and{_S}last{_S}name"
    # "first name dot last name", "firstname_lastname": the separator between the names is the format
    rf"|(?:my{_S})?first\s{{0,1}}name(?P<namesep>{_S}(?:dot|period|underscore|dash|hyphen){_S}|\s{{0,2}}[._-]\s{{0,2}})"
    rf"(?:my{_S})?(?:last\s{{0,1}}name|surname|family{_S}name)"
    # "the name on my profile", "the name you see above": the name shown here, pointed at
    rf"|(?:the{_S})?(?:(?:full|display|user){_S})?name{_S}(?:on|in|from|of){_S}my{_S}(?:profile|account)"
    rf"|(?:the{_S})?name{_S}(?:you{_S}see|shown|written){_S}(?:here|above|on{_S}my{_S}profile)"
    rf"|(?P<same>(?:the{_S})?same{_S}(?:user\s{{0,1}}name|name|handle|id|nick(?:name)?|as{_S}{_MY_NAME_OR_HERE})"
    rf"|identical{_S}to{_S}{_MY_NAME_OR_HERE}"
    rf"|(?:el{_S}|lo{_S})?mismo{_S}(?:nombre|usuario|que{_S}(?:aqu[íi]|mi{_S}nombre))"
    rf"|(?:o{_S})?mesmo{_S}(?:nome|usu[áa]rio|que{_S}(?:aqui|meu{_S}nome))"
    rf"|(?:le{_S})?m[êe]me{_S}(?:nom|pseudo|qu['’]\s{{0,1}}ici|que{_S}(?:ici|mon{_S}nom))"
    rf"|(?:der{_S}|den{_S}|die{_S}|das{_S})?(?:gleichen?|selben?){_S}(?:namen?|nutzernamen?|wie{_S}(?:hier|mein{_S}name))"
    rf"|(?:der|die|das|den)selben?{_S}wie{_S}(?:hier|mein{_S}name)"
    rf"|(?:lo{_S})?stesso{_S}(?:nome(?:{_S}utente)?|username|nick|che{_S}(?:qui|il{_S}mio{_S}nome))"
    rf"|(?:(?:wahi|same){_S}naam|wahi{_S}(?:name|username|id))(?:{_S}(?:se|jo|jaisa))?)"  # Hindi, Urdu
    rf"|mi{_S}nombre|meu{_S}nome|mon{_S}nom|mein(?:en)?{_S}namen?|(?:il{_S})?mio{_S}nome|mer[ae]{_S}(?:(?:pura|poora){_S})?naa?me?(?:{_S}(?:hi|hai|he)){{0,2}}"
    rf"){_HERE}"
)
# How the name is written there: joined, or with a separator.
_FORMAT = (
    r"(?:[\s,(]{1,3}(?:(?P<joined>(?:without|with\s{1,3}no|no|minus)\s{1,3}(?:the\s{1,3})?spaces?"
    r"|(?:all\s{1,3})?together|in\s{1,3}one\s{1,3}word|joined(?:\s{1,3}up)?|as\s{1,3}one\s{1,3}word|sin\s{1,3}espacios|sem\s{1,3}espa[çc]os"
    r"|sans\s{1,3}espaces?|ohne\s{1,3}leerzeichen|zusammen(?:geschrieben)?|senza\s{1,3}spazi|(?:tutto\s{1,3})?attaccato"
    r"|bina\s{1,3}space(?:\s{1,3}ke)?|(?:sab\s{1,3})?(?:saath|sath)\s{1,3}(?:mein|me))"
    r"|(?:with|using|and)\s{1,3}(?:an?\s{1,3})?(?P<sep>dot|period|point|full\s{1,3}stop|underscore|dash|hyphen)"
    r"(?:\s{1,3}(?:in\s{1,3})?between)?))?"
)
# An "@" said or written before a mailbox ("my full name at gmail", "... @ yahoo dot com").
_AT = rf"(?:\s{{0,3}}@|{_S}(?:at|en|em|arroba|bei))\s{{0,3}}"
_DOT_COM = r"(?:\s{0,2}(?:\.|dot)\s{0,2}com\b)?"
_AT_MAILBOX = re.compile(rf"{_AT}(?P<platform>{_MAILBOX_WORDS})\b{_DOT_COM}", re.IGNORECASE)
# Hindi and Urdu say the copula last ("mera insta id mera naam hai"): their name reference follows directly.
_IS = (
    r"(?:\s{0,2}(?:is|=|:|-|\?|es|é|è|est|c['’]est|ist)\s{0,3}|\s{1,3}(?=mer[ae]\s)"
    r"|\s{1,3}(?:is\s{1,3})?(?:just|simply|under)\s{1,3})"
)
_ON = r"\s{1,3}(?:on|in|into|at|for|en|no|na|sur|auf|bei|sa|pe|par|3ala|ala|su|sul)\s{1,3}"
_MY_NAME_WORDS = (
    rf"(?:my{_S}(?:(?:full|real){_S})?name|mi{_S}nombre(?:{_S}completo)?|meu{_S}nome(?:{_S}completo)?"
    rf"|mon{_S}nom(?:{_S}complet)?|meinen{_S}(?:vollen{_S})?namen)"
)
_SEARCH = (
    rf"(?P<search>look{_S}me{_S}up|(?:search|look{_S}up|look{_S}for|google|type|enter|busca|b[úu]scame|procura"
    rf"|pesquisa|cherche|tape|such|gib)(?:{_S}(?:for|up))?{_S}(?:me|{_MY_NAME_WORDS}|mich)(?:{_S}(?:up|ein))?"
    # "find me by my name", "búscame por mi nombre", "me procura pelo meu nome", "trouve-moi par mon nom"
    rf"|(?:(?:find|search{_S}for|look{_S}for)(?:{_S}me)?|b[úu]scame|encu[ée]ntrame|me{_S}(?:procura|acha|encontra)|procure-me"
    rf"|trouve[sz]?-moi|cherche[sz]?-moi|find(?:e|et)?{_S}mich)"
    rf"{_S}(?:by|under|with|using|por|pelo|par|sous|unter|mit){_S}(?:{_MY_NAME_WORDS}|(?:full{_S})?name|nombre|nome"
    rf"|nom|namen))"
)
_ID_NOUN = (
    r"(?:id|user\s{0,1}name|handle|account|nick(?:name)?|usuario|usu[áa]rio|pseudo|nutzername|nome\s{1,3}utente"
    r"|nombre\s{1,3}de\s{1,3}usuario|nome\s{1,3}de\s{1,3}usu[áa]rio|nom\s{1,3}d['’]utilisateur)"
)

# A name the writer gives for a search, in any case: quoted ("samdev studio"), or two to four capitalised words
# (Sam Devlin Designs) that `_names_someone` then checks are no everyday words ("React Developer Jobs").
_NAME_WORD = r"[A-Z][A-Za-z'’\-]{1,20}"
_GIVEN = (
    r"(?P<given>(?-i:[\"“'‘][^\"”'’\n]{2,40}[\"”'’]"
    rf"|{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,3}}))"
)
# "my name is", "esmi", "mera naam", "pangalan ko": a name introduced after the platform.
_NAME_INTRO = (
    rf"(?:my{_S}name{_S}is|i['’]?m|i{_S}am|esmi|ismi|mera{_S}naam(?:{_S}hai)?|naam|pangalan{_S}ko|ako{_S}si"
    rf"|me{_S}llamo|mi{_S}nombre{_S}es|meu{_S}nome{_S}[ée]|je{_S}m['’]appelle|mon{_S}nom{_S}est)"
)
# The name after a search, which needs `_GIVEN`'s stronger form: "look me up on linkedin, Sam Devlin", "find me
# on fb as 'samdev studio'"; "look me up on LinkedIn, Thanks!" names nobody.
_SEARCHED_NAME_AFTER = (
    rf"\s{{0,2}}(?:[,:(\-–—]\s{{0,3}}(?:{_NAME_INTRO}{_S})?|{_S}(?:as|under|como|comme|sous|als|unter|{_NAME_INTRO}"
    rf"|(?:by|under|with|por|pelo|par|sous|con|com|avec){_S}(?:the{_S}|le{_S}|el{_S}|o{_S})?(?:name|nombre|nome|nom)"
    rf"(?:{_S}(?:de|of))?){_S})"
    rf"{_GIVEN}(?![\w@])"
)
# "find me", "add me", "búscame", "me procura", "trouve-moi", "such mich": asking to be looked up on a platform.
_FIND_ME = (
    rf"(?:(?:find|add|follow|message|dm|text|ping|reach|search|look)(?:{_S}(?:me|for{_S}me))?|me{_S}(?:encuentras"
    rf"|encontr[áa]s|agregas|acha|encontra|procura|adiciona)|encu[ée]ntrame|b[úu]scame|agr[ée]game|(?:tu{_S})?me"
    rf"{_S}(?:trouve[sz]?|trouver|ajouter|chercher)|trouve[sz]?-moi|ajoute[sz]?-moi|cherche[sz]?-moi"
    rf"|finde(?:st)?{_S}mich|such{_S}mich|mich{_S}finden|(?:me{_S})?(?:encontrar|achar|adicionar)|encontrarme|buscarme"
    rf"|agregarme|(?:hanapin|i-?add|add|i-?search){_S}mo{_S}ako|dawarni|dawar{_S}3alaya|deefni|defni|zidni"
    rf"|(?:mujhe|muje){_S}(?:dhoondo|dhundo|dhoondh\s{{0,1}}lo|search{_S}kar(?:o|lo|na)|add{_S}kar(?:o|lo|na)))"
)
_SOCIAL = rf"(?P<platform>{_SOCIAL_WORDS})"  # where a search by name finds a profile
# "...and you'll find me", "- you'll see my page": what makes a web search for a name a pointer to the writer.
_FINDS_ME = (
    rf"[\s,;:\-–—]{{1,3}}(?:and{_S})?(?:you['’]?ll|you{_S}(?:will|can)|to)(?:{_S}(?:easily|quickly|then))?"
    rf"{_S}(?:find|see|get{_S}to){_S}(?:me|my)\b"
)

# The account named by the name written after it: "my facebook is Ahmed Khaled", "my fb account: Sam Devlin
# Designs", "mera fb naam Rahul Verma hai", "on fb I'm Ahmed Khaled". These hold no name stem (`_NAME_STEMS`).
# A name that names the account ends its clause (`_CLAUSE_END`); title-cased words that go on ("my instagram is
# Mostly Photos of my cat") describe it.
_CLAUSE_END = r"(?=\s{0,3}(?:$|[,.!?;:)\n(\-–—]|(?:from|in|at|hai|he|ha|po|and|add|please|pls|plz)\b))"
_NAMED_ACCOUNT_FORMS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b(?:my|mi|meu|mon|ma|mein|mera|meri|mere){_S}{_SOCIAL}(?:{_S}(?:{_ID_NOUN}|name|naam|profile|page))?"
        rf"(?:{_IS}|{_S}(?=[A-Z\"“'‘]))(?:{_NAME_INTRO}{_S})?{_GIVEN}(?![\w@]){_CLAUSE_END}",
        rf"\b(?:on|in|en|no|na|sur|auf|sa|pe|par){_S}{_SOCIAL},?{_S}{_NAME_INTRO}{_S}{_GIVEN}(?![\w@]){_CLAUSE_END}",
    )
)
# The sender's name or a search for it.
_NAME_FORMS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # "search Sam Devlin Designs on facebook", "look up 'samdev studio' on insta"
        rf"\b(?:search(?:{_S}for)?|look{_S}(?:up|for)|find|type|enter){_S}{_GIVEN}{_ON}(?:the{_S})?{_SOCIAL}\b",
        # "find me on fb as Sam Devlin Designs", "add me on linkedin: 'samdev studio'", "búscame en facebook como ..."
        rf"\b{_FIND_ME}{_ON}{_SOCIAL}\b{_SEARCHED_NAME_AFTER}",
        # 'google "samdev studio" and you'll find me', "search Sam Devlin on google, you'll see my work"
        rf"\b(?:(?P<platform>google)|search(?:{_S}for)?|look{_S}up){_S}{_GIVEN}(?:{_ON}google)?{_FINDS_ME}",
        # "my Skype is my name here without spaces", "my telegram id: same as here"
        rf"\b{_MY}{_S}{_PLATFORM}(?:{_S}(?:{_ID_NOUN}|name))?{_IS}{_NAMEREF}{_FORMAT}",
        # "my username on telegram is the same as here", "my handle is my name with a dot on insta"
        rf"\b{_MY}{_S}{_ID_NOUN}(?:{_ON}|{_S}(?:de|do|du|von){_S}){_PLATFORM}{_IS}{_NAMEREF}{_FORMAT}",
        rf"\b{_MY}{_S}{_ID_NOUN}{_IS}{_NAMEREF}{_FORMAT}{_ON}{_PLATFORM}\b",
        # "my username is the same on telegram", "mi usuario es el mismo en insta"
        rf"\b{_MY}{_S}{_ID_NOUN}{_IS}(?:the{_S}|el{_S}|o{_S}|le{_S})?"
        rf"(?P<same>same|identical|mismo|mesmo|même|meme|gleiche?){_ON}{_PLATFORM}\b",
        # "it's my first name dot last name at gmail", "my full name without spaces @ yahoo"
        rf"\b{_NAMEREF}{_FORMAT}{_AT}(?P<platform>{_MAILBOX_WORDS})\b{_DOT_COM}",
        # "google me", "google my full name", "google mich"
        rf"\b(?P<platform>google)(?P<search>{_S}(?:me|mich|moi|{_MY_NAME_WORDS}))\b",
        # "same username on Telegram", "my name on skype, without spaces"
        rf"\b{_NAMEREF}{_ON}{_PLATFORM}\b{_FORMAT}",
        # "Telegram: same name as here", "skype id = my name with a dot", "telegram same username as here"
        rf"\b{_PLATFORM}(?:{_S}{_ID_NOUN})?(?:\s{{0,2}}[:=\-–?]\s{{0,3}}|{_S}(?=(?:the{_S})?same\b)){_NAMEREF}{_FORMAT}",
        # the number the app is on, given elsewhere: "whatsapp same as my number", "my viber is the same as the number
        # on my profile"
        rf"\b(?:{_MY}{_S})?{_PLATFORM}(?:{_S}(?:number|no|{_ID_NOUN}))?(?:{_IS}|{_S})(?:the{_S})?"
        rf"same{_S}(?:as{_S})?(?:my|the){_S}(?:(?:phone|mobile|cell|contact){_S})?number\b",
        # "on telegram I'm the same as here", "en telegram soy el mismo que aquí"
        rf"\b(?:on|in|en|no|na|sur|auf|su|sul){_S}{_PLATFORM},?{_S}(?:i['’]?m|i{_S}am|i{_S}(?:have|use)|soy|tengo|uso|sou|tenho"
        rf"|je{_S}suis|j['’]ai|ich{_S}bin|ich{_S}habe|sono|ho){_S}"
        rf"{_NAMEREF}{_FORMAT}",
        # Hindi and Urdu, the platform before its postposition: "insta pe wahi naam hai", "skype par mera naam"
        rf"\b{_PLATFORM}{_S}(?:pe|par|per)(?:{_S}(?:bhi|bi))?{_S}{_NAMEREF}{_FORMAT}",
        # "search my full name on LinkedIn", "look me up on insta"
        rf"\b{_SEARCH}{_ON}(?:the{_S})?{_PLATFORM}\b",
        # "find me on Instagram with the same name as here", "add me on whatsapp, same name as here"
        rf"\b{_FIND_ME}{_ON}{_PLATFORM}[\s,;:\-–]{{1,3}}(?:(?:(?:just{_S})?(?:type|search|enter)(?:{_S}in)?|it['’]?s|it{_S}is|with|by|under|using|as|con|por|como|pelo|com|avec|sous"
        rf"|mit|unter){_S})?{_NAMEREF}{_FORMAT}",
    )
)
# The name itself, written right after the reference: "the same as my name here: Jenny Lopez", "(jenny_lopez)".
# Capitalised words or one id-shaped token, so "same name as here: thanks" names nothing.
_GIVEN_NAME = re.compile(
    r"\s{0,2}[:=(\"“'‘\-–]\s{0,3}[\"“'‘]?(?P<given>[A-Z][\w'’.-]{0,30}(?:[ \t][A-Z][\w'’.-]{0,30}){0,2}"
    r"|[a-z][a-z0-9]{0,30}[._][\w.]{1,30})(?![\w@])"
)
# The writer's name signed at the end: "Thanks, Jenny Lopez", "thanks for your time, Jenny", "Regards,\nJenny",
# "- Jenny Lopez"; the name is capitalised, so "thanks a lot" signs nothing.
_SIGNATURE = re.compile(
    r"(?:(?i:thanks|thank\s{1,3}you|thx|regards|best|cheers|saludos|gracias|atte\.?|obrigad[oa]|abra[çc]os"
    r"|merci|cordialement|gr[üu]ße|danke)(?:[ \t]{1,3}[a-z]{1,12}){0,4}[ \t]{0,3}[,!.]?|[\n.!][ \t]{0,3}[-–—~])\s{0,3}"
    r"(?P<name>[A-Z][A-Za-z'’-]{1,20}(?:[ \t][A-Z][A-Za-z'’-]{1,20}){0,2})[ \t.!]{0,3}\Z"
)
_SEARCHED_NAME = re.compile(_SEARCHED_NAME_AFTER)


def _names_someone(given: str | None) -> bool:
    """Whether a name read from the text (or none read) may be a person's or a brand's: none of its words is a
    stopword or a platform's name ("React Developer Jobs", "Facebook Ads Manager" name no one)."""
    if given is None:
        return True
    words = [w.lower() for w in _WORD.findall(given)]
    return bool(words) and not any(w in STOPWORDS or w in _PLATFORM_NAMES for w in words)


# Where a named-account form may start, on the lower-cased text: its first word, then the platform. The forms
# are tried only there (`match`), not searched through the text: a long text holds the platform words often.
_NAMED_ACCOUNT_START = re.compile(
    r"\b(?:my|mi|meu|mon|ma|mein|mera|meri|mere|on|in|en|no|na|sur|auf|sa|pe|par)\s{1,3}"
    + _PLATFORM.replace("(?P<platform>", "(?:")
    + r"\b"
)
_SEPARATORS = {
    "dot": ".", "period": ".", "point": ".", "underscore": "_", "dash": "-", "hyphen": "-", ".": ".", "_": "_", "-": "-"
}  # fmt: skip
_WORD = re.compile(r"\w{1,40}")
# Every name form holds one of these stems; in ASCII text the lower-cased text decides the forms'
# case-insensitive matches, so one search there leaves only the named-account forms for most texts.
_NAME_STEMS = factored(
    re.compile(
        r"nam|naam|nom|same|identical|mism|mesm|même|meme|gleich|selb|stess|look|search|find|google|busca|procura|pesquisa|cherche"
        r"|such|encu|encontr|trouv|achar|hanap|dawar|deefni|defni|zidni|dhoond|dhund"
    )
)

# Trigger: every form names a platform (`_PLATFORM` is a subset of the platforms' cue words) or a mailbox.
_TRIGGERS = (
    PLATFORM_WORDS
    | PLATFORM_SHORT_WORDS
    | PROVIDER_NAME
    | TRIGGERS.add("indirect.mail_word", words_pattern(("email", "e-mail")), re.IGNORECASE)
)


def _resolve(m: re.Match[str], sender_name: str | None, given: str | None) -> str | None:
    """The handle the reference names, when the name (`given` in the text, else the sender's) and the stated
    format pin it down."""
    name = given or sender_name
    if not name or (m.groupdict().get("search") and not given):
        return None  # a search by the sender's name finds a profile, not an id; a name written out is the id
    words: list[str] = [w.lower() for w in _WORD.findall(name)]
    if not words:
        return None
    groups = m.groupdict()
    if given and not (groups.get("joined") or groups.get("sep") or groups.get("namesep")):
        return given.lower()  # "my skype is my name: Jenny Lopez" writes the id out
    if groups.get("joined"):
        return "".join(words)
    written = groups.get("sep") or groups.get("namesep")
    if written:
        separator: str = _SEPARATORS.get(written.split()[0].lower(), ".")
        return separator.join(words)
    if groups.get("same") and len(words) == 1:
        return words[0]  # "same username as here": a one-word display name is the username
    return None


class IndirectReferenceDetector:
    name = "indirect"
    kinds = frozenset({Kind.HANDLE, Kind.OFF_PLATFORM_REQUEST})
    triggers = _TRIGGERS

    def detect(self, view: View, context: Context) -> list[Match]:
        if not view.triggers & self.triggers:
            return []
        text = view.text
        lower = view.lower_kept
        if _PRECHECK.search(lower) is None:
            return []
        readings = [
            m
            for start in _NAMED_ACCOUNT_START.finditer(lower)
            for form in _NAMED_ACCOUNT_FORMS
            if (m := form.match(text, start.start())) is not None
        ]
        if not text.isascii() or _NAME_STEMS.search(lower) is not None:
            readings += (m for form in _NAME_FORMS for m in form.finditer(text))
        # Every form, then the longest reading wins where two overlap.
        found = sorted(
            (m for m in readings if _names_someone(m.groupdict().get("given"))),
            key=lambda m: (m.start() - m.end(), m.start()),
        )
        matches: list[Match] = []
        sender_name = context.sender_name
        if sender_name is None and found and (signed := _SIGNATURE.search(text[-80:])) is not None:
            sender_name = signed.group("name")
        for m in found:
            if any(m.start() < k.end and k.start < m.end() for k in matches):
                continue
            # A search that names no site ("search 'samdev studio' and you'll find me") is a web search.
            platform = _platform_name(m.group("platform") or "google")
            end = m.end()
            if (given := m.group("given") if "given" in m.groupdict() else None) is None:
                name_after = (_SEARCHED_NAME if m.groupdict().get("search") else _GIVEN_NAME).match(text, end)
                if name_after is not None and _names_someone(name_after.group("given")):
                    given, end = name_after.group("given"), name_after.end()
            handle = _resolve(m, sender_name, given.strip("\"“”'‘’") if given else None)
            if platform in _MAILBOX_DOMAINS:
                matches.append(_mailbox_reference(m, text, platform, handle, end))
                continue
            if handle is not None:
                matches.append(Match(Kind.HANDLE, platform, handle, m.start(), end, "indirect.name_handle", 0.8))
            else:
                matches.append(
                    Match(Kind.OFF_PLATFORM_REQUEST, platform, platform, m.start(), m.end(), "indirect.reference", 0.75)
                )
        matches.sort(key=lambda k: k.start)
        return matches


def _platform_name(word: str) -> str:
    """The canonical name of a platform or mailbox word as written ("Whats  App" -> "whatsapp")."""
    return _PLATFORM_NAMES[" ".join(word.lower().split())]


def _mailbox_reference(m: re.Match[str], text: str, mailbox: str, handle: str | None, end: int) -> Match:
    """An address at the mailbox's domain when the name resolves ("my gmail is my name without spaces"), with the
    mailbox named after the reference when the word was "email" ("my email is my full name at gmail");
    otherwise a request naming email."""
    if mailbox == "email" and (named := _AT_MAILBOX.match(text, end)) is not None:
        mailbox, end = _platform_name(named.group("platform")), named.end()
    domain = _MAILBOX_DOMAINS[mailbox]
    if handle is not None and domain is not None and " " not in handle:
        return Match(Kind.EMAIL, None, f"{handle}@{domain}", m.start(), end, "indirect.name_email", 0.8)
    return Match(Kind.OFF_PLATFORM_REQUEST, "email", "email", m.start(), end, "indirect.reference", 0.75)
