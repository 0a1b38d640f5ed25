"""Cue rules and their scopes.

Stage 1 (`TRIGGERS`): one compiled trie of trigger stems; ordinary text has none and costs about a microsecond.
Stage 2 (`find_cues`): per-intent rules, each a pattern built from the lexicon with a tier (how explicit the cue
is). Stage 3 (`scope_of`): whether the cue is a mention rather than a move: negated or refused in its clause,
a question about the rules, reported speech, a quotation, or the work itself (a skill, an integration, the
platform's own payout flow).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ringfence.intent import lexicon as lx
from ringfence.types import Kind

STRONG, MEDIUM = "strong", "medium"
_I = re.IGNORECASE


def _alias_group(platforms: dict[str, tuple[str, ...]]) -> str:
    return "(?:" + "|".join(a for aliases in platforms.values() for a in aliases) + ")"


def _named_group(platforms: dict[str, tuple[str, ...]]) -> str:
    return "|".join(f"(?P<{name}>{'|'.join(aliases)})" for name, aliases in platforms.items())


CONTACT_PLATFORM = _alias_group({k: v for k, v in lx.CONTACT_PLATFORMS.items() if k not in {"email", "phone"}})
ANY_CONTACT = _alias_group(lx.CONTACT_PLATFORMS)
PAY_PLATFORM = _alias_group(lx.PAYMENT_PLATFORMS)
_CONTACT_FINDER = re.compile(rf"(?<!\w)(?:{_named_group(lx.CONTACT_PLATFORMS)})(?!\w)", _I)
_PAYMENT_FINDER = re.compile(rf"(?<!\w)(?:{_named_group(lx.PAYMENT_PLATFORMS)})(?!\w)", _I)
_EUPHEMISM_PLATFORM = re.compile(r"(?:green|verde|vert|hara|berde|a5dar|akhdar|\bw)\s(?:app|appli|aplicativo)", _I)


def _trie(words: list[str]) -> str:
    """A regex that matches any of `words` with shared prefixes factored out (fast first-character dispatch)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# Stems at a word start, per intent family; every rule of a family contains one of its stems, so a message
# with no stem of a family skips that family's rules, and one with none at all stops at a single search.
_REQUEST_STEMS = [
    "whats",
    "wats",
    "whtsapp",
    "wasap",
    "wsp",
    "wpp",
    "zap",
    "vatsap",
    "telegr",
    "tele",
    "tg",
    "signal",
    "skyp",
    "viber",
    "wechat",
    "we_chat",
    "weixin",
    "line",
    "discord",
    "messenger",
    "insta",
    "ig",
    "facebook",
    "fb",
    "linked",
    "snap",
    "twitter",
    "imo",
    "kakao",
    "mail",
    "e-mail",
    "email",
    "gmail",
    "correo",
    "courriel",
    "phone",
    "cell",
    "mobile",
    "celular",
    "telef",
    "teléf",
    "tél",
    "sms",
    "imessage",
    "number",
    "numero",
    "número",
    "numéro",
    "no.",
    "nos.",
    "contact",
    "contato",
    "coordonn",
    "raqam",
    "raqmak",
    "ra2mak",
    "rakamak",
    "r2mak",
    "nemrtak",
    "nimr",
    "numrak",
    "numrik",
    "handle",
    "socials",
    "call",
    "text",
    "ring",
    "gimme",
    "give_me_a",
    "hit_me",
    "buzz",
    "llám",
    "llam",
    "márc",
    "marc",
    "escrib",
    "escríb",
    "habl",
    "liga",
    "chama",
    "appel",
    "téléphon",
    "texte",
    "mujhe",
    "karo",
    "tawag",
    "i-text",
    "itext",
    "i-call",
    "kall",
    "kalim",
    "kalem",
    "kalam",
    "ettasel",
    "itasal",
    "ittasil",
    "rassel",
    "ra2ssel",
    "facetime",
    "whatsappni",
    "message",
    "msg",
    "dm",
    "pm",
    "ping",
    "add",
    "reach",
    "find",
    "follow",
    "write",
    "join",
    "connect",
    "hmu",
    "agrég",
    "agreg",
    "cont",
    "búsc",
    "busc",
    "adiciona",
    "procura",
    "fala",
    "écris",
    "ecris",
    "écriv",
    "ajoute",
    "rejoins",
    "dhundo",
    "i-message",
    "i-add",
    "i-pm",
    "mag-message",
    "magmessage",
    "kontakin",
    "zidni",
    "addni",
    "ab3at",
    "ib3at",
    "eb3at",
    "app",
    "appli",
    "aplica",
    "bird",
    "outside",
    "off",
    "platform",
    "plataforma",
    "plateforme",
    "plate-forme",
    "site",
    "sitio",
    "website",
    "fuera",
    "fora",
    "dehors",
    "hors",
    "bahar",
    "labas",
    "barra",
    "khare",
    "without",
    "preferred",
    "favorite",
    "favourite",
    "usual",
    "another",
    "different",
    "private",
]
_PAYMENT_STEMS = [
    "paypal",
    "pay_pal",
    "pp",
    "wise",
    "transfer",
    "payon",
    "zell",
    "cash",
    "venmo",
    "gcash",
    "g-cash",
    "maya",
    "paymaya",
    "western",
    "wu",
    "money",
    "bank",
    "wire",
    "direct",
    "iban",
    "swift",
    "ach",
    "virement",
    "deposit",
    "depósito",
    "deposito",
    "crypto",
    "cripto",
    "usdt",
    "usdc",
    "tether",
    "bitcoin",
    "btc",
    "eth",
    "binance",
    "trc",
    "erc",
    "pix",
    "upi",
    "paytm",
    "phone_pe",
    "gpay",
    "g_pay",
    "google_pay",
    "bhim",
    "revolut",
    "skrill",
    "remitly",
    "worldremit",
    "ria",
    "bizum",
    "mercado",
    "nequi",
    "daviplata",
    "yape",
    "plin",
    "efectivo",
    "dinheiro",
    "espèces",
    "especes",
    "fee",
    "commission",
    "comisi",
    "comiss",
    "taxa",
    "frais",
    "tarifa",
    "cargo",
    "charge",
    "pourcentage",
    "percentage",
    "katauti",
    "kaat",
    "singil",
    "bawas",
    "komisyon",
    "3umula",
    "3omola",
    "rsoum",
    "rusum",
    "cut",
    "20%",
    "10%",
    "outside",
    "off",
    "private",
    "personal",
    "separately",
    "side",
    "under",
    "seedha",
    "direkta",
    "diretso",
    "directo",
    "direto",
    "directement",
    "fuera",
    "fora",
    "dehors",
    "hors",
    "bahar",
    "labas",
    "bara",
    "barra",
    "friends",
    "f&f",
    "f_&_f",
    "f_and_f",
    "fnf",
    "amigos",
    "amis",
    "family",
    "in_person",
]
_FEEDBACK_STEMS = [
    "review",
    "feedback",
    "rating",
    "rate",
    "star",
    "score",
    "testimonial",
    "reseña",
    "resena",
    "calific",
    "valorac",
    "opini",
    "estrell",
    "avalia",
    "estrel",
    "nota",
    "coment",
    "avis",
    "évaluat",
    "evaluat",
    "note",
    "étoile",
    "etoile",
    "taqy",
    "tuqy",
    "njoum",
    "nojoom",
    "nujum",
    "bituin",
    "marka",
]


def _stems(words: list[str]) -> str:
    return r"\b" + _trie(
        sorted({w.replace("_", " ") for w in words})
    )  # \b, not a lookbehind: keeps the fast prefix scan


TRIGGERS = re.compile(_stems(_REQUEST_STEMS + _PAYMENT_STEMS + _FEEDBACK_STEMS))
FAMILY_TRIGGERS = {
    Kind.OFF_PLATFORM_REQUEST: re.compile(_stems(_REQUEST_STEMS)),
    Kind.OFF_PLATFORM_PAYMENT: re.compile(_stems(_PAYMENT_STEMS)),
    Kind.FEEDBACK_MANIPULATION: re.compile(_stems(_FEEDBACK_STEMS)),
}

_GAP = r"[^.!?\n]{0,30}?"
_NOT_THROUGH_PLATFORM = (
    r"(?!\s{0,2},?\s?(?:through|via|on|in|into|to|using|within|inside|thru)\s(?:the\s|your\s|my\s|our\s)?"
    r"(?:upwork|fiverr|platform|escrow|milestones?|contract|site|plataforma|plateforme|app)\b)"
)


@dataclass(frozen=True, slots=True)
class Rule:
    kind: Kind
    name: str
    tier: str
    pattern: re.Pattern[str]


def _rule(kind: Kind, name: str, tier: str, source: str) -> Rule:
    # Rules read lower-cased text: case-sensitive alternations let the regex engine skip positions fast.
    return Rule(kind, name, tier, re.compile(source))


_REQ, _PAY, _FB = Kind.OFF_PLATFORM_REQUEST, Kind.OFF_PLATFORM_PAYMENT, Kind.FEEDBACK_MANIPULATION
_YOUR_CONTACT = rf"(?:{lx.YOUR}\s{lx.CONTACT_NOUNS}|{lx.YOUR_CONTACT_COMPOUND})(?!\w)"
_MY = r"(?:my|mi|meu|minha|mon|ma|mes|mera|meri|apna|aking|el\sraqam\sbta3i)"
_FB_VERB = (
    r"(?:leave|give|write|post|drop|rate|mark|score|need|want|deserve|expect|appreciate|hoping\sfor|hope\sfor"
    r"|would\slove|get|dejar|d[eé]jame|deja|d[eé]jeme|dame|deme|calif[ií]came|califica|calificar|ponme|ponga"
    r"|me\sd[aá]|me\sd[eê]|deixe|deixa|d[eê]|avalie|avaliar|me\savalie|me\savalia|laissez|laisse|laisser|mettez"
    r"|mets|donnez|donne|noter|notez|dena|de\sdo|dedo|dijiye|do|dein|bigyan|bigay|ibigay|pakibigay|i-?rate"
    r"|mag-?iwan|iwan|a3tini|3tini|e3tini|7ot|7ott|7otli|hotli|ektebli)"
)
_PLEASE = r"(?:please|pls|plz|por\sfavor|porfa|s'il\svous\spla[iî]t|svp|dena|de\sdo|dijiye|dedo|po|naman|law\ssama7t)"
_LATER = (
    r"(?:before\s(?:i|we)\s(?:finish|complete|deliver|start|send|do)|before\s(?:the\swork|it'?s\sdone|finishing"
    r"|delivery|completion|i'?m\sdone)|(?:finish|complete|deliver|do|send|fix|continue|rest)\b[^.!?\n]{0,20}?\b"
    r"(?:later|after(?:wards)?|tomorrow|next\sweek)|luego\s(?:termino|sigo|te\sentrego|acabo)|despu[eé]s\s(?:termino"
    r"|sigo|te\sentrego)|depois\s(?:eu\s)?(?:termino|entrego|finalizo|continuo)|je\s(?:terminerai|finirai|livrerai)"
    r"|apr[eè]s\sje\s(?:termine|finis|livre)|ensuite\sje|baad\smein|baad\sme|mamaya|pagkatapos|tatapusin\sko"
    r"|ba3den|ba3dain|ba3d\skeda)"
)
_RATING_WORK = re.compile(
    r"(?:code|design|peer|pr|pull\srequest|literature|book|product|amazon|google|yelp|app\sstore|play\sstore"
    r"|trustpilot|movie|restaurant|hotel|customer|tripadvisor|performance|security|legal|document|film|game)"
    r"\s(?:\w{1,12}\s)?$",
    _I,
)

RULES: tuple[Rule, ...] = (
    # -- off_platform_request -----------------------------------------------------------------------------------
    _rule(
        _REQ,
        "request.ask_contact",
        STRONG,
        rf"\b{lx.ASK}\b{_GAP}{_YOUR_CONTACT}|(?<!\w){_YOUR_CONTACT}\s(?:[\w']{{1,10}}\s)?(?:bhejo|bhej\sdo|de\sdo|dedo"
        r"|do|dijiye|batao|bataiye|share\skaro|send\skaro|chahiye|bhejna|bhejiye|please|pls|plz|por\sfavor|pls\sna"
        r"|naman|po|ibigay|bigay|pa-?send|ab3atli|ib3atli)(?!\w)",
    ),
    _rule(
        _REQ,
        "request.require_contact",
        STRONG,
        rf"\b(?:{lx.ASK}|must|required|mandatory|should|need\sto)\b{_GAP}\b{CONTACT_PLATFORM}\s(?:ids?|numbers?|handle"
        rf"|username|user\sname|no|account)\b|\b{CONTACT_PLATFORM}\s(?:ids?|numbers?|no|handle)\s(?:is\s)?"
        r"(?:required|mandatory|a\smust|needed|obligatorio|obrigat[oó]rio|obligatoire|zaroori|kailangan)",
    ),
    _rule(
        _REQ,
        "request.offer_contact",
        STRONG,
        r"\b(?:send|give|share|drop|pass|text|dm|forward|leave|mando|env[ií]o|paso|doy|passo|envio|envoie|donne"
        rf"|bhejta|bhej\sdeta|ibibigay|ipapadala|ba3tlak|ab3atlak)\s(?:you\s|u\s|te\s|lhe\s|vous\s|tumhe\s|aapko\s)?"
        rf"{_MY}\s{lx.CONTACT_NOUNS}(?!\w)",
    ),
    _rule(_REQ, "request.call_me", STRONG, rf"(?<!\w){lx.CALL_ME}(?!\w)"),
    _rule(
        _REQ,
        "request.call_you",
        STRONG,
        r"\b(?:can|could|may|shall|should)\s(?:i|we)\s(?:call|text|phone|ring|whats\s?app|skype|telegram|e-?mail|sms)"
        r"\s(?:you|u)\b",
    ),
    _rule(
        _REQ,
        "request.contact_me_on",
        STRONG,
        rf"(?<!\w){lx.CONTACT_ME}\b[^.!?\n]{{0,20}}?(?:\b{lx.MOVE_PREP}\s(?:my\s|the\s|your\s)?)?"
        rf"(?:\b{CONTACT_PLATFORM}(?!\w)|{lx.EUPHEMISM}|directly|privately|personally)",
    ),
    _rule(
        _REQ,
        "request.move_chat",
        STRONG,
        rf"\b{lx.MOVE}\b[^.!?\n]{{0,25}}?\b{lx.MOVE_PREP}\s(?:the\s|a\s|my\s|your\s|o\s|la\s|el\s|le\s)?"
        rf"(?:{CONTACT_PLATFORM}(?!\w)|{lx.EUPHEMISM})"
        rf"|\b{CONTACT_PLATFORM}\s(?:pe|par|pr|mein|me)\s(?:baat|chat|call|msg|message|milte|connect|aa\sjao|aajao"
        rf"|add|contact)|\bsa\s{CONTACT_PLATFORM}\s(?:tayo|na\slang|nalang|kita|mo\sako|ka\smag)"
        rf"|\b(?:let'?s|lets|let\sus|vamos|on\sva)\s{CONTACT_PLATFORM}\b",
    ),
    _rule(
        _REQ,
        "request.ask_platform",
        MEDIUM,
        r"\b(?:do\syou\s(?:have|use)|are\syou\son|you\son|got|any|tienes|tiene|usas|tens|voc[eê]\stem|tem|as-tu"
        rf"|avez-vous|t'as|meron\s(?:ka|kang|ba)|may|3andak|fi\s3andak)\s(?:a\s|an\s)?{CONTACT_PLATFORM}\b"
        rf"[^.!?\n]{{0,25}}\?|\b{CONTACT_PLATFORM}\s(?:hai|he|ha)\s?kya\b|\b{_YOUR_CONTACT}\s{{0,2}}\?",
    ),
    _rule(_REQ, "request.euphemism", MEDIUM, rf"(?<!\w){lx.EUPHEMISM}(?!\w)"),
    # -- off_platform_payment -----------------------------------------------------------------------------------
    _rule(
        _PAY,
        "payment.pay_via",
        STRONG,
        rf"\b{lx.PAY}\b{_GAP}\b(?:via|through|thru|by|on|with|using|over|to\smy|into\smy|in|por|pelo|pela|com|en"
        rf"|par|sur|avec|sa|se|me|pe|3an\stari2|3ala|ng)\s(?:my\s|your\s|a\s|the\s|mi\s|meu\s|mon\s|ma\s)?"
        rf"{PAY_PLATFORM}(?!\w)",
    ),
    _rule(
        _PAY,
        "payment.platform_named",
        MEDIUM,
        rf"\b{PAY_PLATFORM}\s(?:only|instead|is\sfine|is\sbetter|works|ok|okay|preferred|accepted|please|pls|payment"
        r"|transfer|me|is\seasier|would\sbe\sbetter|na\slang|nalang|chalega|se\spay|pe\spay|mein\spay|de\sdo|kar\sdo"
        r"|sirf|solamente|s[oó]|seulement)\b"
        rf"|\b(?:accept|accepts|take|prefer|use|do\syou\s(?:have|use|accept|take)|you\shave|aceptas|aceitas|aceita"
        rf"|acceptez|as-tu|tienes|tens|meron\ska|may\s(?:ka|kang))\s{PAY_PLATFORM}(?!\w)",
    ),
    _rule(
        _PAY,
        "payment.avoid_fee",
        STRONG,
        r"\b(?:skip|skipping|avoid|avoiding|save\son|saving\son|bypass|bypassing|dodge|cut\sout|get\saround|escape|evade"
        r"|circumvent|no\smore|evitar|evitemos|ahorrar|ahorrarnos|ahorremos|economizar|fugir\sd[aoe]s?|n[aã]o\spagar"
        r"|[eé]viter|[eé]vitons|[eé]conomiser|contourner|bachane|bachaye|bachao|bachana|iwas|iwasan|makaiwas|t3adda)"
        rf"\b[^.!?\n]{{0,20}}?{lx.FEE}(?!\w)"
        r"|\b(?:without|sin|sem|sans|bina|walang|para\swalang|bdoun|bidun|min\sgheir|mn\sgher)\s(?:the\s|any\s|la\s"
        r"|a\s|les\s|o\s|their\s|paying\s)?(?:upwork\s|fiverr\s|platform\s|site\s|service\s)?(?:fees?|commissions?"
        r"|comisi[oó]n|comiss[aã]o|cut|percentage|komisyon|3umula|3omola)(?!\w)(?!\s(?:for|on)\s(?:revisions?|changes))",
    ),
    _rule(
        _PAY,
        "payment.pay_direct",
        STRONG,
        rf"\b{lx.PAY}\b(?:\s[\w']{{1,12}}){{0,3}}\s{lx.PAY_OUTSIDE}(?!\w){_NOT_THROUGH_PLATFORM}",
    ),
    _rule(
        _PAY,
        "payment.friends_family",
        STRONG,
        rf"(?:\b{lx.PAY}\b|\b{PAY_PLATFORM}\b)[^.!?\n]{{0,40}}?{lx.FRIENDS_FAMILY}"
        rf"|{lx.FRIENDS_FAMILY}[^.!?\n]{{0,30}}?(?:\b{lx.PAY}\b|\b{PAY_PLATFORM}\b|option|mode)|\bf\s?&\s?f\b",
    ),
    # -- feedback_manipulation ----------------------------------------------------------------------------------
    _rule(
        _FB,
        "feedback.ask_positive",
        STRONG,
        rf"\b{_FB_VERB}\b[^.!?\n]{{0,25}}?(?<!\w){lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?{lx.RATING}(?!\w)"
        rf"|(?<!\w){lx.POSITIVE}[\s-]{{0,2}}{lx.RATING}\s{{0,2}}[,!]?\s?{_PLEASE}\b"
        rf"|\b{lx.RATING}\s{lx.POSITIVE}\s{_PLEASE}\b",
    ),
    _rule(
        _FB,
        "feedback.trade",
        STRONG,
        rf"\b{lx.INCENTIVE}\b[^.!?\n]{{0,40}}?\b{lx.TRADE}\b[^.!?\n]{{0,30}}?{lx.RATING}(?!\w)"
        rf"|\b{lx.RATING}\b[^.!?\n]{{0,40}}?\b(?:i(?:'ll|\swill)|we(?:'ll|\swill)|you(?:'ll|\swill)?\s(?:get|receive)"
        r"|te\s(?:doy|dou|hago|devuelvo|reembolso)|je\s(?:vous|te)|main|milega|ibibigay|bibigyan|makakakuha)\b"
        rf"[^.!?\n]{{0,25}}?\b{lx.INCENTIVE}(?!\w)",
    ),
    _rule(
        _FB,
        "feedback.close_early",
        STRONG,
        rf"\b{lx.CLOSE}\b\s(?:[\w']{{1,10}}\s){{0,2}}{lx.CONTRACT}\b[^\n]{{0,100}}?\b{_LATER}"
        rf"|\b{_FB_VERB}\b[^.!?\n]{{0,20}}?{lx.RATING}\b[^.!?\n]{{0,30}}?\b(?:before\s(?:i|we|the\swork|delivery"
        r"|it'?s\sdone|finishing|completion)|in\sadvance|upfront|ahead\sof\stime|antes\sde\s(?:terminar|entregar)"
        r"|avant\s(?:la\slivraison|de\sterminer)|pehle\shi|kaam\sse\spehle|bago\sko\statapusin)",
    ),
    _rule(
        _FB,
        "feedback.threat",
        STRONG,
        rf"(?<!\w){lx.NEGATIVE_RATING}[\s-]{{0,2}}(?:[\w']{{1,10}}\s)?{lx.RATING}\b[^\n]{{0,50}}?\b{lx.THREAT_IF}"
        rf"|\b{lx.THREAT_IF}\b[^\n]{{0,60}}?(?:(?<!\w){lx.NEGATIVE_RATING}[\s-]{{0,2}}(?:[\w']{{1,10}}\s)?{lx.RATING}"
        rf"|\b{lx.RATING}\s{lx.NEGATIVE_RATING})(?!\w)",
    ),
)

# -- scopes ------------------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_START = re.compile(
    r".{0,200}(?:[,;:()]|\s(?:but|pero|mas|mais|lekin|magar|bas|walakin|bas\s?ba2a|though|however|so|anyway)\s)",
    _I | re.DOTALL,
)
_NEGATION = re.compile(rf"(?<!\w){lx.NEGATION}(?!\w)", _I)
_NEGATION_EXCEPTION = re.compile(lx.NEGATION_EXCEPTIONS, _I)
_RULE_REFERENCE = re.compile(lx.RULE_REFERENCE, _I)
_RULE_QUESTION = re.compile(rf"(?<!\w){lx.RULE_QUESTION}(?!\w)", _I)
_QUESTION_ABOUT = re.compile(rf"(?<!\w){lx.QUESTION_ABOUT}(?!\w)[^\n]{{0,60}}?(?<!\w){lx.RULE_QUESTION}(?!\w)", _I)
_REPORT = re.compile(
    rf"(?<!\w){lx.REPORTER}\b[^.!?\n]{{0,30}}?\b{lx.REPORT_VERB}(?!\w)|\basked\sme\b|\bme\s(?:pidi[oó]|pediu)\b", _I
)
_QUOTES = re.compile(r"[\"“”«»„]")
_SKILL_AFTER = re.compile(
    rf"^[\s/,&+\-]{{0,3}}(?:(?:and|or|&|[\w.]{{1,15}})[\s/,&+\-]{{1,3}}){{0,2}}{lx.SKILL_AFTER}\b", _I
)
_SKILL_BEFORE = re.compile(
    rf"\b{lx.SKILL_BEFORE}\s(?:(?:the|your|a|an|our|their|my|la|el|o|a|le)\s)?(?:[\w']{{1,15}}\s)?$", _I
)
_WORK_DOMAIN = re.compile(rf"\b{lx.WORK_DOMAIN}\b", _I)
_PERSONAL = re.compile(
    r"\b(?:me|you|u|us|i|we|my|your|te|t[eú]|mim|moi|vous|tu|toi|mujhe|aap|aapko|tumhe|ako|mo|ikaw|ka|li|lak|ana|enta)\b",
    _I,
)
_PLATFORM_FLOW = re.compile(
    r"\b(?:upwork|fiverr|freelancer\.com|toptal|the\splatform|withdraw\w{0,4}|payouts?|escrow|connects?)\b", _I
)
_FLOW_ESCAPE = re.compile(
    r"\b(?:instead\sof|rather\sthan|outside|not\sthrough|avoid|skip|bypass|off\sthe|en\svez\sde|em\svez\sde"
    r"|au\slieu\sde|ke\sbajaye)\b",
    _I,
)


@dataclass(frozen=True, slots=True)
class Cue:
    kind: Kind
    rule: str
    tier: str
    start: int
    end: int
    platform: str | None
    scope: str | None


def lower_same_length(text: str) -> str:
    """text.lower(), except characters whose lower case is longer stay as they are, so offsets still match."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def find_cues(text: str, lower: str | None = None) -> list[Cue]:
    lower = lower_same_length(text) if lower is None else lower
    families = {kind for kind, trigger in FAMILY_TRIGGERS.items() if trigger.search(lower)}
    cues: list[Cue] = []
    for rule in RULES:
        if rule.kind not in families:
            continue
        for m in rule.pattern.finditer(lower):
            start, end = m.span()
            while end > start and text[end - 1].isspace():
                end -= 1
            if rule.name == "request.call_me" and _names_a_person(text, end):
                continue
            platform = platform_in(text[start:end], rule.kind)
            cues.append(Cue(rule.kind, rule.name, rule.tier, start, end, platform, scope_of(text, rule, start, end)))
    return cues


def platform_in(span: str, kind: Kind) -> str | None:
    finders = (_PAYMENT_FINDER, _CONTACT_FINDER) if kind is Kind.OFF_PLATFORM_PAYMENT else (_CONTACT_FINDER,)
    for finder in finders:
        m = finder.search(span)
        if m and m.lastgroup:
            return m.lastgroup
    if kind is Kind.OFF_PLATFORM_REQUEST and _EUPHEMISM_PLATFORM.search(span):
        return "whatsapp"
    return None


def _names_a_person(text: str, end: int) -> bool:
    """ "Call me Sam" introduces a name; "call me on WhatsApp" does not."""
    rest = text[end : end + 20].lstrip()
    word = rest.split(" ", 1)[0].strip(",.!?")
    return (
        bool(word)
        and word[0].isupper()
        and word.lower()
        not in {
            "on",
            "at",
            "via",
            "today",
            "tomorrow",
            "now",
            "asap",
            "when",
            "please",
            "pls",
            "back",
            "later",
            "anytime",
            "if",
            "and",
            "or",
            "so",
            "directly",
        }
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    s = start
    while s > 0 and start - s < 300 and text[s - 1] not in ".!?\n":
        s -= 1
    m = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return s, (m.end() if m else min(len(text), end + 300))


def scope_of(text: str, rule: Rule, start: int, end: int) -> str | None:
    """Why the cue is a mention rather than a move, or None when it stands."""
    s_start, s_end = _sentence(text, start, end)
    before = text[s_start:start]
    clause = before
    m = _CLAUSE_START.match(before)
    if m:
        clause = before[m.end() :]
    if len(_QUOTES.findall(text, 0, start)) % 2 == 1:
        return "quote"
    if _REPORT.search(before) or _REPORT.search(text[start:end]):
        return "report"
    negated = _NEGATION.search(clause) or (
        rule.kind is not Kind.FEEDBACK_MANIPULATION and _NEGATION.search(text, start, min(end, start + 12))
    )
    if negated and not _NEGATION_EXCEPTION.search(text, max(0, negated.start() - 2 + s_start), s_end):
        return "negation"
    sentence = text[s_start:s_end]
    if _RULE_REFERENCE.search(text, end, s_end) or _RULE_REFERENCE.search(clause):
        return "refusal"
    if (sentence.rstrip().endswith("?") and _RULE_QUESTION.search(sentence)) or _QUESTION_ABOUT.search(before):
        return "rule_question"
    return _work_scope(text, rule, start, end, sentence)


def _work_scope(text: str, rule: Rule, start: int, end: int, sentence: str) -> str | None:
    if rule.kind is Kind.FEEDBACK_MANIPULATION:
        rating = re.search(lx.RATING, text[start:end], _I)
        if rating and _RATING_WORK.search(text[max(0, start + rating.start() - 30) : start + rating.start()]):
            return "work"
        return None
    finder = _PAYMENT_FINDER if rule.kind is Kind.OFF_PLATFORM_PAYMENT else _CONTACT_FINDER
    for p in finder.finditer(text, start, end):
        if _SKILL_AFTER.search(text, p.end(), min(len(text), p.end() + 60)) or _SKILL_BEFORE.search(
            text[max(0, p.start() - 60) : p.start()]
        ):
            return "work"
    if rule.kind is Kind.OFF_PLATFORM_PAYMENT:
        cue = text[start:end]
        if _WORK_DOMAIN.search(text) and not _PERSONAL.search(cue):
            return "work"
        if _PLATFORM_FLOW.search(sentence) and not _FLOW_ESCAPE.search(sentence) and rule.name != "payment.avoid_fee":
            return "platform_flow"
    return None
