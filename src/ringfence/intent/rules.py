"""Cue rules and their scopes.

Stage 1 (`triggered_rules`): one RE2 pass finds the groups of trigger stems at word starts in the text; ordinary
text has none. A rule runs only when every stem group of one of its gates is there, so a message that has a
common trigger word ("call", "number") runs only those few rules.
Stage 2 (`find_cues`): the triggered rules whose RE2 superset (linear time, no look-arounds) matches, each a
pattern built from the lexicon with a tier (how explicit the cue is); when four or more run, one pass over the
separators tries each only where the next letters can start it.
Stage 3 (`scope_of`): whether the cue is a mention rather than a move: negated or refused in its clause, a
question about the rules, reported speech, a quotation, or the work itself (a skill, an integration, the
platform's own payout flow).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import re2

from ringfence.intent import lexicon as lx
from ringfence.memo import Memo
from ringfence.normalize.view import lower_same_length
from ringfence.patterns import factored, re2_superset, start_keys
from ringfence.types import Kind

STRONG, MEDIUM = "strong", "medium"
_I = re.IGNORECASE


def _alias_group(platforms: dict[str, tuple[str, ...]]) -> str:
    return "(?:" + "|".join(a for aliases in platforms.values() for a in aliases) + ")"


def _named_group(platforms: dict[str, tuple[str, ...]]) -> str:
    return "|".join(f"(?P<{name}>{'|'.join(aliases)})" for name, aliases in platforms.items())


CONTACT_PLATFORM = _alias_group({k: v for k, v in lx.CONTACT_PLATFORMS.items() if k not in {"email", "phone"}})
# Messaging apps by a full name that means nothing else: asking whether someone has one is asking to move there
# ("do you have telegram?"). Their lexicon spellings, less the short, everyday or broken ones ("tg", "zap", "snap",
# "messenger", "sky pe"), which are left to the medium rule and the model with the apps "line" and "signal".
_NOT_ONLY_AN_APP = frozenset(
    (
        "wsp",
        "wpp",
        "whats",
        r"zap\s?zap",
        "zap",
        r"w\.?a\.?",
        "tg",
        "skyp",
        r"sky\s?pe",
        "kakao",
        "dc",
        "snap",
        "sc",
        "messenger",
    )
)
_MESSAGING_APP = _alias_group(
    {
        name: tuple(alias for alias in lx.CONTACT_PLATFORMS[name] if alias not in _NOT_ONLY_AN_APP)
        for name in (
            "whatsapp",
            "telegram",
            "skype",
            "viber",
            "threema",
            "wechat",
            "kakaotalk",
            "discord",
            "snapchat",
            "messenger",
            "zalo",
            "botim",
        )
    }
)
ANY_CONTACT = _alias_group(lx.CONTACT_PLATFORMS)
# Apps one is reached on by being there ("I'm on telegram"): messaging apps, not a meeting ("I'm on Zoom") or a feed
# ("I'm on Facebook all day").
_REACHABLE_APP = _alias_group(
    {
        k: v
        for k, v in lx.CONTACT_PLATFORMS.items()
        if k not in {"email", "phone", "zoom", "facebook", "instagram", "linkedin", "twitter"}
    }
)
# Asking whether the other party has or uses an app, in any word order or shorthand: "do u have", "r u on",
# "you got", "vous avez", "tienes". The app follows (or, in Tagalog and Hindi, sits inside the question).
_HAS_YOU = (
    r"\b(?:(?:do|did|does)\s)?(?:you|u|ya|yu)\s(?:(?:also|still|already)\s)?(?:have|use|got|on)"
    r"|\b(?:are|r)\s(?:you|u|ya)\s(?:(?:also|still|already)\s)?(?:on|using)"
    r"|\b(?:you're|youre|you\sare|ur|u\sr)\s(?:(?:also|still|already)\s)?(?:on|using)|\bhave\s(?:you|u)\sgot"
    r"|\b(?:tienes|tiene|ten[eé]s|usas|est[aá]s\sen|tens|voc[eê]\s(?:tem|usa|est[aá]\sno)|vc\s(?:tem|usa|t[aá]\sno)"
    r"|tu\susas|avez-vous|vous\savez|as-tu|tu\sas|t'as|[eê]tes-vous\ssur|vous\s[eê]tes\ssur|es-tu\ssur|tu\ses\ssur"
    r"|t'es\ssur|meron\s(?:ka|kang|kayo)|3andak|fi\s3andak)"
)
# The app's products or its own parts are the work ("WhatsApp Business", "Telegram's bot API", "WeChat Pay").
_NOT_ITS_PRODUCT = (
    r"(?!['’]s\b|\s(?:business|pay|api|bots?|ads|web|desktop|premium|mini|channels?|groups?|integration|for\sbusiness"
    r"|experience|skills?)\b)"
)
_HINDI_YOU = r"(?:aapke|apke|aap\ske|tumhare|tumhre|tere)"
# App names that are also everyday words ("a signal problem", "a line of credit", "a session at 5"): asked about
# only as a proper noun ending the question ("Do you have Signal?", "you have WA?"); find_cues checks the case.
_CASED_APPS = ("signal", "line", "session", "wa", "tg")
_CASED_APP = re.compile(rf"(?<!\w)(?:{'|'.join(_CASED_APPS)})(?!\w)")
_ASKED_APP = (
    rf"(?:{_MESSAGING_APP}|(?:{'|'.join(_CASED_APPS)})(?=\s?(?:[?.!,;]|$)|\s(?:or|and|too|as\swell|account|number)\b))"
    r"(?:\s(?:account|id|number))?(?!\w)"
    rf"{_NOT_ITS_PRODUCT}"
)
PAY_PLATFORM = _alias_group(lx.PAYMENT_PLATFORMS)
_CRYPTO = _alias_group({"crypto": lx.PAYMENT_PLATFORMS["crypto"]})
_CONTACT_FINDER = re.compile(rf"(?<!\w)(?:{_named_group(lx.CONTACT_PLATFORMS)})(?!\w)", _I)
_PAYMENT_FINDER = re.compile(rf"(?<!\w)(?:{_named_group(lx.PAYMENT_PLATFORMS)})(?!\w)", _I)
_EUPHEMISM = factored(re.compile(lx.EUPHEMISM, _I))
# The app a euphemism names by its look: a picture first (a paper plane is Telegram's whatever its colour), then
# a colour that only one app wears.
_LOOK_PLATFORMS = tuple(
    (name, re.compile(look, _I))
    for name, look in (
        ("telegram", "plane|avi[oó]n|avi[aã]o|avion|\u2708"),
        ("twitter", "bird|p[aá]jaro|p[aá]ssaro|oiseau|\U0001f426|\U0001f54a"),
        (
            "snapchat",
            "ghost|fantasma|fant[ôo]me|yellow|amarillo|amarelo|jaune|peela|dilaw|\U0001f47b|\U0001f49b|\U0001f7e1",
        ),
        ("viber", "purple|violet|morado|roxo|roxa|baingani|lila|\U0001f49c|\U0001f7e3"),
        (
            "whatsapp",
            r"green|verd|vert|hara|berde|a5dar|akhdar|\bw\s(?:app|appli|aplicativo)|zap|\U0001f49a"
            r"|\U0001f7e2",
        ),
    )
)
_BY_COLOUR = re.compile(lx.APP_BY_COLOUR, _I)


def _trie(words: list[str]) -> str:
    """A regex matching any of `words` (as prefixes: "call" also finds "calling"), shared prefixes factored out so
    each position tests one character class."""
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


# Trigger stems, grouped by the rules that need them: every match of a rule contains a stem of one of its groups
# at a word start, so a message runs only the rules its stems call for, and one with no stem stops at a single
# search (tests/test_intent.py checks the gate never hides a rule match). "=" marks a whole word.
_PLATFORM_STEMS = (
    "gram= whats wats whtsap wtsap wtsp= wasap wsp= wpp= zap wa= w= vatsap telegr tele tg= signal skyp sky_pe viber"
    " threema wechat we_chat weixin line discord dc= messenger fb= fbmessenger insta ig= facebook linked snap sc="
    " twitter x.com tiktok tik_tok imo= kakao zalo botim simplex zoom google hangout teams facetime"
)
_PHONE_MAIL_STEMS = (
    "mail e-mail email gmail correo courriel phone cell mobile celular telef teléf tél teleph teléph portable sms"
    " imessage facetime"
)
_CONTACT_NOUN_STEMS = (
    "number numbr nmbr numero número numéro numro no. nos. # contact contat coordonn handle social id= ids= adresse cp="
    " cellphone cel= ra9m ra9am r9mak raqam raqm ra2m ra2am rakam r2mak nemr nimr numr rakm el_raqam elraqam"
    " digits @= addy deets deetz numba numbah num= 06= 07="
)
_CALL_STEMS = (
    "call text ring= gimme hit= buzz llam llám marc márc escrib escríb habl hábl liga chama appel téléphon telephon"
    " texte msg message tawag i-text itext i-call kall kalim kalem kalam ettasel itasal ittasil rassel ra2ssel txt"
)
_CONTACT_ME_STEMS = (
    "send drop shoot leave message msg dm= pm= ping catch add= addni reach find follow write email mail join connect"
    " hmu chat"
    " escrib escríb agreg agrég contact contáct busc búsc habl hábl me_manda me_adiciona me_add me_procura me_segue"
    " me_siga me_acha sígueme sigueme suis-moi suivez-moi fala fale chama chame me_chamem me_escrev me_mand me_contat"
    " me_adicion entre_em_contato entra_em_contato"
    " écri ecri ajoute rejoins dhundo konta zidni i-message i-add i-pm i-msg i-dm i-chat mag-message magmessage"
    " ab3at ib3at eb3at b3at encuentr encuéntr encontr trouv retrouv mándame mandame envíame enviame manda_um mande_um"
)
_EUPHEMISM_STEMS = (
    "app appli aplica bird blue platform plataforma plateforme plate-forme channel messenger site sitio website"
    " página pagina outside off away beyond somewhere fuera fora dehors hors bahar labas bara barra bra= khare offline"
    " elsewhere besides apart private"
)
_PAY_PLATFORM_STEMS = (
    "paypal pay_pal pp= wise transfer payon zell cash venmo gcash g-cash maya paymaya western wu= money bank wire"
    " direct iban swift ach= virement deposit depósito crypto cripto usdt usdc tether bitcoin btc eth binance trc erc"
    " pix upi paytm phone_pe phonepe gpay g_pay google bhim revolut skrill remitly worldremit ria= bizum mercado nequi"
    " daviplata yape plin picpay pic_pay efectivo dinheiro espèces especes nakit metamask trust_wallet trustwallet"
    " m-pesa m_pesa mpesa lipa_na airtel mtn momo orange tigo opay palmpay chipper bkash nagad easypaisa easy_paisa"
    " jazzcash jazz_cash swish vipps mobilepay twint blik sinpe paylib wero lydia mbway mb_way liquide vodafone"
    " etisalat insta_pay"
    " instapay fawry eco_cash"
    " ecocash revtag monzo interac e-transfer etransfer payid pay_id alipay ali_pay wechatpay wechat_pay we_chatpay"
    " we_chat_pay weixinpay weixin_pay"
    " ko-fi kofi patreon gumroad tipjar tip_jar buymeacoffee buy_me_a escrow.com escrow_dot"
)
_FEE_STEMS = (
    "fee commission comisi comiss taxa frais tarifa cargo charge pourcentage percentage katauti kaat singil bawas"
    " komisyon 3umula 3omola rsoum rusum cut 20% 10% middlem middle-m"
)
_PAY_OUTSIDE_STEMS = (
    "direct directo direto diretamente diretso direkta outside off private personal person separately side under"
    " without seedha dehors hors bahar labas bara barra fuera fora cash espèces especes"
)
# request.points_elsewhere: a place the sender publishes a contact; request.present_on: being reachable there.
_PUBLISHED_PLACE_STEMS = (
    "bio= pfp= profile linktr link_tree linked web site homepage home_page portfolio resume cv= signature card"
    " about_me about_page about_section channel insta ig= github socials attach pdf file doc= document archivo arquivo"
    " fichier qr= portal"
)
_PRESENT_STEMS = "active online available reachable responsive around quicker faster"
_PRICE_CUT_STEMS = "discount cheaper lower better descuento barato desconto réduction reduction moins sasta"
_FRIENDS_FAMILY_STEMS = "friend f&f f= fnf amigos amis family famille familia"
_RATING_STEMS = (
    "review feedback rating rate star score testimonial reseña resena calific valorac opini estrell avalia estrel"
    " nota coment avis évaluat evaluat note étoile etoile taqy tuqy njoum nojoom nujum negoom nogoom nugoom ngoom"
    " bituin marka"
)
_CLOSE_STEMS = (
    "confirm set= close end= ends= mark complete approve release finish wrap submit accept finaliz finalis conclu"
    " cierra cerrar cierre aprueba encerre libera fecha feche encerra aprove ferme clôtur clotur valide termin band"
    " khatam i-close isara tapusin sakk a2fel 2fel 2efel 2ifel e2fel i2fel khallas marca marque"
)


# People of the sender's own who would do the reaching: "my assistant", "our manager", "my team".
_MY_PEOPLE = (
    r"(?:my|our)\s(?:personal\s)?(?:assistant|secretary|manager|team|hr|agent|partner|colleague|boss|brother|sister"
    r"|wife|husband|son|daughter|friend|pa|va|staff|rep|representative|accountant|admin|coordinator)"
)
_GAP = r"[^.!?\n]{0,30}?"
# What a sender offers for taking the deal outside: a lower price.
_PRICE_CUT = (
    r"(?:discount|cheaper|lower\s(?:price|rate)|better\s(?:price|rate|deal)|descuento|m[aá]s\sbarato|desconto"
    r"|mais\sbarato|r[eé]duction|moins\scher|sasta)"
)
_NOT_THROUGH_PLATFORM = (
    r"(?!\s{0,2},?\s?(?:through|via|on|in|into|to|using|within|inside|thru|a\strav[eé]s\sde|por|pela|pelo|dentro\sd[aeo]"
    r"|par|sur|dans|(?:dito\s)?sa)\s(?:the\s|this\s|your\s|my\s|our\s|la\s|a\s|o\s|le\s|l')?"
    r"(?:upwork|fiverr|platform|escrow|milestones?|contract|site|plataforma|plateforme|app)\b)"
)


# Asked of the reader, not told of others: at a clause's start ("Contact me by email.", "If so, DM me there") or after
# "please", "you can", "could you" ("the client will contact me by email" is a report).
_ASKED = (
    r"(?:(?<!\w[ \t])|(?<!\w)(?:please|pls|plz|kindly|just|feel\sfree\sto|(?:you|u)\s(?:can|could|may)|(?:can|could"
    r"|would)\s(?:you|u))\s)"
)


# Complaining about the platform's cut next to a payment app is the reason for moving the payment.
_FEE_COMPLAINT = (
    r"(?:\b(?:lose|losing|hate|tired\sof|sick\sof|killing|too\s(?:high|much|big)|ridiculous|huge|insane|eats?|eating"
    r"|takes?|taking|steals?)\b[^.!?\n]{0,25}?(?:\bfees?|\bcommissions?|\bcut|\d{1,2}\s?%)(?!\w)"
    r"|\b(?:fees?|commissions?|cut)\s(?:here\s|on\s(?:upwork|fiverr|this\ssite)\s)?(?:are|is)\s(?:killing|too\s(?:high"
    r"|much)|ridiculous|insane|crazy)"
    # the app praised over the platform itself: "I accept USDT, much faster than this platform"
    r"|\b(?:faster|cheaper|easier|quicker|simpler|safer)\sthan\s(?:the\s|this\s|using\s|going\sthrough\s)?"
    r"(?:platform|site|upwork|fiverr|escrow|milestones?|here)\b"
    # the platform's take itself: "upwork takes too much", "fiverr eats a big chunk"
    r"|\b(?:upwork|fiverr|the\splatform|the\ssite|they)\s(?:takes?|charges?|eats?|keeps?)\s(?:way\s)?(?:too\smuch|so\smuch"
    r"|a\slot|half|a\sbig\s(?:chunk|cut|bite)))"
)


@dataclass(frozen=True, slots=True)
class Rule:
    kind: Kind
    name: str
    tier: str
    source: str  # the pattern as written
    pattern: re.Pattern[str]  # the same regex with its alternations merged into tries (intent/factor.py)
    # Substrings one of which every match holds, beyond its trigger stems: a text with none skips the regex.
    needs: tuple[str, ...]
    # (length, keys): the first characters after the separator of every match start with a key of that length
    # (patterns.start_keys); empty when any word start may match.
    starts: tuple[tuple[int, frozenset[str]], ...]


_START_KEY_LENGTH = 4


def _rule(kind: Kind, name: str, tier: str, source: str, needs: tuple[str, ...] = ()) -> Rule:
    # Rules read lower-cased text padded with one space: case-sensitive alternations, and a match that starts with
    # the non-word character before its first word, so the regex engine skips to word starts in C.
    written = rf"\W(?:{source})"
    keys = start_keys(source, _START_KEY_LENGTH)
    lengths = sorted({len(key) for key in keys})
    starts = () if "" in keys else tuple((n, frozenset(k for k in keys if len(k) == n)) for n in lengths)
    return Rule(kind, name, tier, written, factored(re.compile(written)), needs, starts)


# "send me a direct message", "sent directly to your email": a message or a file sent, not money.
_NOT_A_MESSAGE = (
    r"(?!\s(?:(?:a|an|the)\s)?(?:messages?|msgs?|dms?|mails?|e-?mails?|chats?|lines?|links?|calls?|replies|reply|notes?"
    r"|invites?|invitations?|requests?|in\s(?:the\s)?chat"
    # a delivery to an inbox or a device: "sent direct to your mobile", "pics sent direct 2 ur phone"
    r"|(?:to|2)\s(?:my|your|ur|the)\s(?:e-?mail|inbox|mail|chat|dm|drive|folder|phone|mobile|cell|device|door))\b)"
)
# Paid directly to a third party the work uses, not to the sender: "ad spend is paid by you directly to Google",
# "you pay the hosting directly to the provider".
_NOT_TO_A_VENDOR = (
    r"(?!\s(?:to|with)\s(?:the\s|your\s)?(?:google|meta|facebook|microsoft|apple|amazon|tiktok|linkedin|shopify|aws"
    r"|stripe|vendors?|suppliers?|providers?|hosts?|hosting|registrars?|printers?|manufacturers?|factory|factories"
    r"|ad\s(?:networks?|platforms?))\b)"
)
# The object of "send" that is no money: "send you a link outside of here", "send the files directly".
_NOT_SENT_THING = (
    r"(?!(?:messages?|msgs?|dms?|mails?|e-?mails?|links?|files?|documents?|docs|drafts?|designs?|samples?|invites?"
    r"|invitations?|requests?|details|info|contracts?|photos?|pictures?|videos?|screenshots?|code|source)\b)"
)
# A payment account's details in Spanish, Portuguese or French: "datos bancarios", "dados do pix".
_FOREIGN_DETAILS = (
    rf"(?:{lx.FOREIGN_ACCOUNT_DETAILS}|(?:datos|dados|coordonn[eé]es|infos?)\s(?:de|del|do|da|du|para|pra|pour)\s"
    rf"(?:(?:mi|la|el|o|a|mon|ma|meu|minha)\s)?(?:conta\s|cuenta\s|compte\s)?{PAY_PLATFORM}(?!\w))"
)
_REQ, _PAY, _FB = Kind.OFF_PLATFORM_REQUEST, Kind.OFF_PLATFORM_PAYMENT, Kind.FEEDBACK_MANIPULATION
# "your number of revisions" is a count; "su número de WhatsApp" is still a contact.
_QUANTITY = (
    rf"(?!\s(?:(?:of|de|d[aeo]s?|du)\s|d')(?!(?:the\s|la\s|o\s|le\s)?(?:{ANY_CONTACT}|tel|t[eé]l|cel|contact|portable"
    # Hinglish "apna email de do", "apna number de sakte ho?": "de" is the verb "give" there
    r"|whats|zap|wsp|wpp)|(?<=de\s)(?:do|dijiye|dena|dein|dete|sakte|sakti|sakoge|sakogi|sakenge|sako)\b))"
)
# A contact an application is told to carry ("applicants must include a phone number", "proposals without a
# WhatsApp number will be ignored"): a contact by its full name, never a bare "number" (a price) or "ID" (a document).
_APPLICATION_CONTACT = (
    r"(?:(?:phone|mobile|cell|cellphone|contact|whats\s?app|telegram|viber|skype)\s(?:numbers?|no\.?|#|details|info"
    r"|information)|phone|mobile|e-?mail(?:\saddress(?:es)?)?|whats\s?app(?:\sid)?|telegram(?:\s(?:id|handle|username))?"
    r"|skype(?:\sid)?|contact\s(?:details|info|information)"
    r"|n[uú]mero\s(?:de\s|do\s)?(?:tel[eé]fono|telefone|celular|m[oó]vil|whats\s?app|telegram|viber|contacto|contato)"
    r"|tel[eé]fono|telefone"
    r"|celular|correo(?:\selectr[oó]nico)?|datos\sde\scontacto|dados\sde\scontato"
    r"|num[eé]ro\s(?:de\s)?(?:t[eé]l[eé]phone|portable|mobile|whats\s?app|telegram|viber)|t[eé]l[eé]phone|courriel"
    r"|adresse\s(?:e-?)?mail"
    rf"|coordonn[eé]es)(?!\w)(?![\s-]{lx.CHANNEL_THING}(?!\w))"
)
_APPLICATION = (
    r"(?:applicants?|candidates?|proposals?|bids?|applications?|bidders?|freelancers?|cover\sletters?|submissions?"
    r"|cvs?|resumes?|candidat[oa]s|postulantes|aplicantes|propuestas|propostas|candidaturas|solicitudes|candidats"
    r"|candidatures|propositions)"
)
# Where an application is sent that is not the platform: a mailbox, the company's own site, or a chat app.
_APPLY_CHANNEL = (
    rf"(?:e-?mail(?!\s(?:marketing|campaigns?|templates?|copy|list|automation))|inbox|correo|courriel|gmail"
    r"|(?:our|my|the\scompany's|nuestro|nuestra|mi|nosso|nossa|meu|notre|mon)\s(?:company\s|own\s|official\s|corporate\s)?"
    r"(?:website|site|careers?\s(?:page|site|portal)|portal|sitio(?:\sweb)?|p[aá]gina(?:\sweb)?|site\sweb|portail)"
    rf"|{_MESSAGING_APP}|linked\s?in|dms?)"
)
# The application sent, by the reader's possessive: "your CV", "tu hoja de vida", "votre candidature", "ng resume mo".
_APPLICATION_DOCUMENT = (
    r"(?:updated\s|latest\s|full\s|current\s)?(?:cv|resume|r[eé]sum[eé]|portfolio|portf[oó]lio|curr[ií]culo"
    r"|curr[ií]culum(?:\svitae)?|hoja\sde\svida|candidature|application|cover\sletter|carta\sde\spresentaci[oó]n)s?\b"
)
_YOUR_APPLICATION = (
    rf"\s(?:us\s|me\s|nos\s|nous\s|moi\s)?(?:your|ur|tu|su|seu|sua|votre|ton|vos|ng)\s{_APPLICATION_DOCUMENT}"
)
# A payment account by its rail, and optionally what identifies it there: "paypal", "wise email", "IBAN", "venmo tag".
_PAY_ACCOUNT = (
    rf"{PAY_PLATFORM}(?:\s(?:account\s)?(?:email|e-mail|address|id|username|handle|tag|number|no|details|info|link))?"
)
# A payment account asked for or sent ends its clause or is followed by a plea, a time or a purpose, not by a noun it
# qualifies ("my paypal integration demo").
_ACCOUNT_ENDS = (
    r"(?=\s?(?:[?.!,;:]|$)|\s(?:pls|please|plz|so|to|for|bro|sir|again|then|too|also|now|later|shortly|soon|tonight"
    r"|tomorrow|in|via|here|and|que|y|e|et)\b)"
)
# Between "apply" and the way it is sent, only when, how or to what: "apply now by email", "apply directly on our
# site", "apply for this job via email" ("apply filters by email domain" applies something).
_TO_THE_JOB = (
    r"(?:\s(?:now|today|directly|only|asap|here|for\s(?:this|the)\s(?:job|role|position|gig|project|post)"
    r"|to\s(?:this|the|our)\s(?:job|role|position|post|offer))){0,2},?"
)
# Not someone else's applying, which is the work: "so users can apply through our website".
_NOT_THEIR_APPLYING = (
    r"(?<!\bcan\s)(?<!\bwill\s)(?<!\bwho\s)(?<!\bthey\s)(?<!\busers\s)(?<!\bcustomers\s)(?<!\bpeople\s)(?<!\bto\slet\s)"
    r"(?<!\bcandidates\s)(?<!\bapplicants\s)"
)
# An article or possessive before the contact: "a", "your", "un", "su", "votre".
_A_OR_YOUR = r"(?:a|an|your|their|his|her|un|una|um|uma|su|sus|seu|sua|tu|teu|votre|leur|le|el|o)"
# ... unless the post says what happens to one that does: "proposals that include a phone number will be rejected".
_NOT_PUNISHED = (
    r"(?![^.!?\n]{0,30}\b(?:rejected|declined|removed|banned|flagged|reported|deleted|disqualified|ignored|against"
    r"|rechazad|descartad|eliminad|recusad|exclu[ií]d|rejet|refus|supprim)\w{0,3}\b)"
)
# A thing of the contact's kind, not the contact: "your phone model", "your email list", "your phone's screen".
_CONTACT_AS_THING = (
    rf"(?![\s-](?:{lx.CONTACT_THING}|models?|cases?|chargers?|bills?|plans?|providers?|carriers?|for\sbusiness"
    r"|business\s(?:api|account))(?!\w)|'s\s(?!(?:number|no)\b))"
)
_YOUR_CONTACT = (
    rf"(?<!\w)(?:{lx.YOUR}\s{lx.CONTACT_NOUNS}|{lx.YOUR_CONTACT_COMPOUND})(?!\w){_QUANTITY}{_CONTACT_AS_THING}"
)
# A phrase that ends its clause: punctuation, an emoji, the end, or a chat tag ("fr", "lol").
_CLAUSE_ENDS = r"(?=\s?(?:[^\w\s]|$)|\s(?:fr|lol|btw|pls|plz|too|tho)\b)"
_MY = r"(?:my|mi|meu|minha|mon|ma|mes|mera|meri|apna|aking|el\sraqam\sbta3i)"
# The contact named again before where it is: "my whatsapp is the number on my CV", "my skype is the one in my bio".
_THE_ONE = r"(?:the\s(?:number|one|e-?mail|address|id|contact)\s)"
# App nicknames that are everyday words ("a signal", "tele" for television): a place to talk only as the last word
# of the clause (before punctuation or an emoji) after a verb of talking or messaging and its preposition ("continue
# on signal", "add me on tele pls", "seguimos por signal"), or before a Hinglish or Tagalog verb ("signal pe baat").
_NICKNAME_PREP = r"(?:on|over|via|in|to|onto|por|pelo|pela|no|na|en|sur|par|pro|pra|sa|3al|3ala)"
_NICKNAMED_APP = (
    r"(?:signal|tele)(?=\s?(?:[^\w\s]|$)|\s(?:instead|then|app|pls|please|plz|too|better|rather|or|and|na|nalang)\b)"
)
# The sender offering to reach the reader from a line of their own ("I'll text you later on my number", "te escribo
# a mi número personal", "je t'appelle depuis mon portable perso", "i-text kita sa number ko"): the line is named, not
# given. A bare "my phone" or "my mobile" is the device, maybe the platform's app on it, so it needs "own",
# "personal" and the like; a number or a messaging app does not.
_CONTACT_YOU = (
    r"(?:(?:call|text|ring|message|msg|ping|whats\s?app|sms|phone|buzz|e-?mail)\s(?:you|u)"
    r"|(?:do|have|hop\son|jump\son|get\son|schedule|set\sup)\s(?:a\s)?(?:quick\s|short\s|brief\s)?call"
    r"|te\s(?:escribo|escribir[eé]|llamo|llamar[eé]|marco|hablo|mando\s(?:un\s)?(?:mensaje|msj|sms)|ligo|ligarei|chamo"
    r"|escrevo|mando\s(?:uma\s)?(?:mensagem|msg|sms))|(?:t'|vous\s)(?:appelle|appellerai|[eé]cris|[eé]crirai|texte"
    r"|envoie\sun\s(?:sms|message|texto))|(?:i-?text|ite-?text|text|tawagan|tatawagan|i-?call|call|i-?message)\skita"
    r"|kitang\s(?:i-?text|tawagan|i-?call|i-?message|text|call))"
)
_OWN_LINE = (
    rf"(?:{_MY}\s(?:(?:own|personal|private|other|real|work|second)\s(?:phone\s|mobile\s|cell\s|whats\s?app\s)?"
    r"(?:number|phone|mobile|cell|line|e-?mail|n[uú]mero|num[eé]ro|celular|portable)"
    r"|(?:(?:phone|mobile|cell|whats\s?app)\s)?(?:number|whats\s?app|wsp|wpp|zap|n[uú]mero|num[eé]ro|cell|cel|celular"
    r"|portable))"
    r"|(?:number|numero|cp|cellphone|cell)\sko)"
)
# Unaccented "de" is the Portuguese "dê" ("de 5 estrelas pra mim") only where a clause starts: after a word it is
# the preposition of "reseñas de 5 estrellas", "note de 5 étoiles", "más de 50 reseñas positivas".
_OPENS_A_CLAUSE = r"(?:(?<![^\W\d_]\s)|(?<=favor\s)|(?<=pode\s)|(?<=voc[eê]\s))"
# The writer's own ratings ("check my 5-star reviews", "mis reseñas de 5 estrellas") are a track record, and "this
# 5 star review" is the review being written ("leaving this 5 star review so others know"): no rating asked for.
# ("give this 5 stars" still is: "this" is the work there, not a review.)
_NOT_OWN = (
    r"(?<!\bmy\s)(?<!\bmis\s)(?<!\bmeus\s)(?<!\bminhas\s)(?<!\bmes\s)(?<!\bmon\s)(?<!\bma\s)"
    rf"(?!(?<=\bthis\s){lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?(?:reviews?|ratings?|feedbacks?|testimonials?)\b)"
)
_FB_VERB = (
    r"(?:leav(?:e|ing)|giv(?:e|ing)|writ(?:e|ing)|post(?:ing)?|drop(?:ping)?|rate|mark|score|need|want|deserve|expect|appreciate|hoping\sfor|hope\sfor"
    r"|would\slove|get|preciso|necesito|besoin\sd'|dejar|d[eé]jame|dejarme|dejarnos|deja|d[eé]jeme|dame|darme|deme"
    # the polite conditional: "¿me dejarías 5 estrellas?", "me darias 5 estrelas?", "tu me mettrais 5 étoiles ?"
    r"|dejar[ií]as?|dar[ií]as?|deixaria[s]?|daria[s]?|mettrais|mettriez|laisserais|laisseriez|donnerais|donneriez"
    r"|me\smettre|nous\smettre"
    r"|calif[ií]came|califica|calificar|ponme|ponga|me\sdar|me\sder|me\sdaria"
    rf"|me\sd[aá]|me\sd[eê]|deixe|deixa|dê|{_OPENS_A_CLAUSE}de|{_OPENS_A_CLAUSE}d[aá]|avalie|avaliar|me\savalie|me\savalia|laissez|laisse|laisser|mettez"
    r"|mets|donnez|donne|noter|notez|dena|de\sdo|dedo|dijiye|do|dein|bigyan|bigay|ibigay|pakibigay|i-?rate"
    r"|mag-?iwan|iwan|a3tini|3tini|e3tini|2eddini|eddini|edini|iddini|idini|2iddini|7ot|7ott|7otli|hotli|ektebli)"
)
_PLEASE_WORDS = (
    r"please|pls|plz|por\sfavor|porfa|s'il\svous\spla[iî]t|svp|dena|de\sdo|dijiye|de\sdijiye|dedo|do\sna|do\spls"
    r"|do\splease|chahiye|kar\sdo|kardo|kar\sdena|kar\sdijiye|de\sdena"
)
_PLEASE = rf"(?:{_PLEASE_WORDS}|po|naman|sana|law\ssama7t)"
# Before what it asks for: Tagalog's "po" and "naman" soften the clause they end ("Salamat po, limang bituin para sa
# inyo!" thanks and gives five stars), so they say "please" only after the ask ("limang bituin po").
_PLEASE_FIRST = rf"(?:{_PLEASE_WORDS}|sana|law\ssama7t)"
# Us moving the deal out, the move ending its clause: "let's do it outside", "can we deal directly?", "we could
# settle it privately". Not "we can work directly in your repo" (the clause goes on).
_OUR_MOVE_OUT = (
    r"(?:let'?s|lets|let\sus|(?:can|could|shall|should)\s(?:we|i|u)|(?:we|i)\s(?:can|could|should|will|'?ll))\s(?:just\s)?"
    r"(?:go|deal|work|do\s(?:it|this|business|the\s\w{1,12})|pay|trade|settle(?:\sit)?|handle\s(?:it|this|the\s\w{1,12})"
    r"|transact|continue|finish\s(?:it|this))\s(?:direct(?:ly)?|outside|privately|off\s(?:the\s)?(?:platform|site|app)"
    r"|between\s(?:us|ourselves))(?=\s{0,2}(?:$|[,.!?;)]|and\b|so\b|to\s(?:save|avoid|skip)|instead\b|then\b|no\b))"
)
_LATER = (
    r"(?:before\s(?:i|we)\s(?:finish|complete|deliver|start|send|do)|before\s(?:the\swork|it'?s\sdone|finishing"
    r"|delivery|completion|i'?m\sdone)|(?:finish|complete|deliver|do|send|fix(?:es)?|continue|rest|wrap\sup|polish|finali[sz]e)\b[^.!?\n]{0,30}?\b"
    r"(?:later|after(?:wards)?|tomorrow|next\sweek)|luego\s(?:termino|sigo|te\sentrego|acabo)|despu[eé]s\s(?:termino"
    r"|sigo|te\sentrego)|depois\s(?:eu\s)?(?:termino|entrego|finalizo|continuo)|je\s(?:terminerai|finirai|livrerai)"
    r"|apr[eè]s\sje\s(?:termine|finis|livre)|ensuite\sje|baad\smein|baad\sme|mamaya|pagkatapos|tatapusin\sko"
    r"|ba3den|ba3dain|ba3d\skeda|then\s(?:i'?ll|i\swill|we'?ll)\s(?:finish|complete|deliver|do|send|fix|continue)"
    r"|(?:the\s)?(?:rest|remaining\s\w{1,12})\s(?:later|afterwards|tomorrow)"
    r"|(?:will|'ll)\s(?:follow|come)\s(?:later|tomorrow|next\sweek|after(?:wards)?|soon)"
    r"|(?:files?|rest|source|deliverables?)\s(?:come|follow|arrive)s?\s(?:later|tomorrow|next\sweek|after(?:wards)?)"
    # the work promised for a later day or going on after the close: "te lo termino mañana", "kaam kal kar dunga",
    # "je finis demain", "I'll keep working on it"
    r"|(?:termino|acabo|entrego|sigo|finalizo|finis|termine|livre|mando|env[ií]o|fa[cç]o|hago|fais)\s(?:[\w']{1,12}\s){0,2}"
    r"(?:ma[nñ]ana"
    r"|amanh[aã]|demain"
    # or for afterwards: "que eu termino depois", "y lo acabo después", "je le finis après"
    r"|depois|despu[eé]s|luego|m[aá]s\starde|mais\starde|apr[eè]s|plus\stard|ensuite)"
    r"|(?:ma[nñ]ana|amanh[aã]|demain)\s(?:te\slo\s|te\s|lo\s|eu\s|je\s|je\ste\s|je\svous\s)?(?:termino|acabo|entrego|sigo"
    r"|finalizo|finis|termine|livre|mando|env[ií]o)|kal\s(?:tak\s)?(?:kar|de|bhej|complete|finish|deliver|khatam)\w{0,6}|bukas\sko\s\w{1,12}"
    # Tagalog and Arabizi: "tapusin ko bukas", "bokra akhales" (tomorrow I finish)
    r"|(?:ta)?tapusin\sko\s(?:na\s|po\s)?(?:bukas|mamaya|later)|[\w-]{2,12}\sko\s(?:na\s|po\s)?(?:bukas|mamaya)\b|(?:bokra|bukra)\s(?:[a-z0-9]{1,8}\s)?(?:akhales|a5ales"
    r"|akammel|akamel|ab3at|asallem|nkhales|n5ales|ntamem|atamem)"
    r"|(?:i'?ll|i\swill|we'?ll|we\swill)\s(?:keep\s(?:working|going)|continue\s(?:working|the\swork|with\sthe\swork)"
    r"|still\s(?:finish|complete|deliver|do|help|work|fix|support))"
    # the rest of the work promised after the close: "I'll send the remaining files by email", "I'll finish the rest"
    r"|(?:i'?ll|i\swill|we'?ll|we\swill)\s(?:send|deliver|share|upload|finish|complete|do|fix)\s(?:you\s)?(?:the\s)?"
    r"(?:rest|remaining|missing)\b(?:[^.!?\n]{0,30}?\b(?:later|afterwards|tomorrow|next\sweek))?"
    # ... and in the other languages: "je vous envoie le reste demain", "te mando el resto luego", "envio o restante"
    r"|(?:envoie|enverrai|livre|livrerai|termine|finis|mando|env[ií]o|entrego|termino|mandarei|enviarei|entregarei)\s"
    r"(?:le|el|o|lo|la)\s(?:reste|resto|restante|que\sfalta|que\sfalte)\b"
    # the work admitted unfinished: "still need a few days to finish", "it's not done yet"
    r"|still\s(?:need|have)\s(?:[\w']{1,10}\s){0,3}?to\s(?:finish|complete|do|deliver|fix)"
    r"|(?:not|isn'?t|aren'?t|haven'?t|hasn'?t)\s(?:\w{1,10}\s)?(?:done|finished|complete|completed|ready)\syet)"
)
_CHANGE = (
    r"(?:update|change|edit|revise|raise|bump|improve|amend|modify|upgrade|fix|cambia|cambias|cambiar|cambie|modifica|modificar"
    r"|modifique|actualiza|actualizar|actualice|sube|subir|muda|mude|mudar|altere|alterar|atualiza|atualize|atualizar"
    r"|edite|editar|modifie[sz]?|modifier|change[sz]|changer|corrige[sz]?|palitan|baguhin|i-?edit|i-?update|ghayyar"
    r"|ghayer|3adel|3addel)"
)
_REMOVE = (
    r"(?:remov(?:e|ing)|delet(?:e|ing)|tak(?:e|ing)\sdown|retract(?:ing)?|withdraw(?:ing)?|eras(?:e|ing)|quita|quitar|borra|borrar|elimina|eliminar|retira|retirar|tire"
    r"|apague|apagar|remova|remover|exclua|excluir|retire[sz]?|supprime[sz]?|supprimer|enl[eè]ve[sz]?|(?:paki)?tanggal(?:in)?"
    r"|burahin|emsa7|shil|sheel)"
)
_YOUR_FB = r"(?:your|ur|the|that|this|tu|su|esa|esta|sua|seu|essa|votre|ton|ta|cet|cette|aapka|aapki|yung|ang|el)"
# A rating told what not to say: "don't mention", "no need to bring up", "only mention the positives", "no menciones",
# "não fale", "ne mentionnez pas", "wag mo nang banggitin", "matzkorsh".
_KEEP_OUT = (
    r"(?:(?:don'?t|dont|do\snot|no\sneed\sto|avoid|try\snot\sto|better\snot\sto)\s(?:mention(?:ing)?|write\sabout"
    r"|bring(?:ing)?\sup|talk(?:ing)?\sabout|say\sanything\sabout|include|complain(?:ing)?\sabout)"
    r"|only\s(?:mention|write|say|talk\sabout|include)\s(?:the\s)?(?:good|positive|nice|best)\w{0,6}"
    r"|no\s(?:menciones|mencione|pongas|ponga|escribas|escriba|hables\sde|hable\sde|digas\snada\sde)"
    r"|n[aã]o\s(?:mencione|menciona|fale|cite|coloque|escreva)"
    r"|ne\s(?:pas\s)?(?:mentionne[rsz]?|parle[rsz]?|[eé]cri(?:re|s|vez))(?:\spas)?"
    r"|(?:wag|huwag)\s(?:mo\s)?(?:na\s|nang\s)?(?:banggitin|isulat|ilagay|sabihin)"
    r"|mat[zd]kor(?:sh|sh?i)?)"
)
# The rating, not a part of the product that shows ratings: "leave the logo out of the review section".
_RATING_ITSELF = (
    r"(?!\s(?:section|page|widget|form|box|field|component|module|system|tab|screen|area|block|feature|template|card"
    r"|slider|carousel|app))"
)
# Accounts the sender holds to rate from: "my accounts", "10 accounts", "fake profiles", "mis cuentas", "mes comptes"
# (not a client's: "10 client accounts" are managed work).
_SENDERS_ACCOUNTS = (
    r"(?:my|our|mis|mes|minhas|meus|nuestras|nos|\d{1,3}|multiple|several|different|other|alt|fake|dummy|extra|many)\s"
    r"(?!(?:client|customer|brand|business|social|media|ads?|google|amazon|bank)\s)(?:[\w']{1,12}\s)?"
    r"(?:accounts|profiles|ids|cuentas|contas|comptes|perfiles|perfis|profils)(?!\w)"
)
# Good ratings, a number of them maybe: "10 five-star reviews", "5 star review", "positive feedback".
_TOP_RATINGS = rf"(?:\d{{1,3}}\s)?{lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?{lx.RATING}"
# Ratings handed out or pushed up: "give you 10 reviews", "boost your rating", "de dunga", "darte", "fournir".
_BOOSTED = (
    r"(?:give|leave|post|write|drop|boost|pump|raise|increase|send|get\syou|darte|dar|dou|deixo|consigo|conseguir|fournir"
    r"|donner|bigyan)"
)
# Words a rating is told to say: "say", "mention", "pon", "escreva", "dites".
_SAY = r"(?:say|write|mention|put|state|pon|di|menciona|escribe|diga|coloque|escreva|mencione|mettez|dites|[eé]crivez)"
# A rating made better without a rating word: "update your feedback to something nicer".
_KINDER = (
    r"(?:(?:something|algo|quelque\schose\sde)\s)?(?:nicer|kinder|better|more\s(?:positive|favou?rable)|mejor|melhor"
    r"|m[aá]s\spositivo|mais\spositivo|mieux|plus\spositif|plus\sgentil)"
)
# Asking the reader to do something: "can you", "would you mind", "pls", "pouvez-vous", "puedes", "você pode".
_YOU_WOULD = (
    r"(?:(?:can|could|would|will)\s(?:you|u)|would\s(?:you|u)\smind|please|pls|plz|kindly|pouvez-vous|pourriez-vous"
    r"|peux-tu|pourrais-tu|puedes|podr[ií]as|podr[ií]a|puede|pode|poderia|voc[eê]\spode|voc[eê]\spoderia)"
)
# Where a review may be asked for outside the platform, named between the rating and its reward: "a review on
# Google and get 10% off", "un avis sur Trustpilot et obtenez ...", "review sa Google para sa discount".
_AT_REVIEW_SITE = (
    r"\s(?:(?:on|at|in|en|no|na|sur|sa|pe|par)\s)?(?:google(?:\s(?:maps|business))?|trustpilot|yelp|g2|capterra|clutch"
    r"|tripadvisor|facebook|fb|sitejabber|(?:my|our|mi|mon|meu|nuestro|notre|nosso)\s(?:page|site|website|gig|profile"
    r"|p[aá]gina|sitio|site\sweb|perfil|profil))"
)
_ON_REVIEW_SITE = f"(?:{_AT_REVIEW_SITE})?"
# "Or else" between a rating asked for and its reprisal: "warna", "otherwise", "sinon", "senão", "kung hindi", "walla".
_OR_ELSE = (
    r"(?:or(?:\selse)?|otherwise|else|warna|varna|nahi\sto|nahin\sto|o|o\ssi\sno|si\sno|sino|ou|sen[aã]o|sinon|ou\sbien"
    r"|kung\shindi|kundi|o\skaya|w\s?ella|walla|wella|willa)"
)
# What the reader is threatened with: a dispute, a report, a refund claimed, the payment withheld.
_REPRISAL = (
    r"(?:\b|mag-?|i-?re-?|i-?)(?:disput\w{0,4}|report\w{0,4}|refund|reembols\w{0,4}|rembours\w{0,4}|charge\s?back"
    r"|cancel\w{0,5}|complain\w{0,3}|reclam\w{0,5}|denunci\w{0,5}|litige|release\snahi|(?:won'?t|will\snot|not)\s"
    r"(?:release|pay)|no\s(?:libero|pago)|n[aã]o\s(?:libero|pago)|ne\s(?:paie|lib[eè]re)\spas)(?!\w)"
)
_CHANGING = r"(?:updating|changing|editing|revising|amending|modifying|removing|deleting|raising|bumping|improving)"
# The reader's own rating, by a possessive: "your review", not "the review section".
_YOUR_OWN = r"(?:your|ur|tu|su|sua|seu|votre|ton|ta)"
# Not the sender's own rating of the reader: "I'll leave a review saying you were great".
_NOT_MINE = r"(?<!\bi'll\s)(?<!\bi\swill\s)(?<!\bwe'll\s)(?<!\bwe\swill\s)(?<!\bgoing\sto\s)(?<!\bgonna\s)(?<!\bi\s)"
# What a hoped-for rating would do for the sender: "would mean a lot", "me ayudaría mucho", "m'aiderait".
_WOULD_HELP = (
    r"(?:(?:would|will|'d|could|can)\s(?:really\s|truly\s|so\s)?(?:be\s(?:(?:much|greatly|really|very|so|hugely)\s)?"
    r"(?:appreciated|amazing|awesome|great|lovely|wonderful|perfect|huge)|mean\s(?:a\slot|the\sworld|so\smuch|everything)"
    r"|help\s(?:me|my)|make\smy\sday)"
    r"|(?:me\s)?ayudar[ií]a|me\sayuda(?:r[ií]a)?\smucho|ser[ií]an?\s(?:geniales|genial|incre[ií]bles?|perfectas?|de\sgran"
    r"\sayuda)|(?:me\s)?ajudaria|seriam?\s(?:[oó]timas?|incr[ií]veis|perfeitas?|de\sgrande\sajuda)|m'aiderait"
    r"|m'aidera|serai(?:en)?t\s(?:g[eé]nial(?:es)?|top|parfaite?s?|super))"
)
# The reader's satisfaction made the condition of a top rating: "⭐⭐⭐⭐⭐ if happy", "5⭐ si estás contento".
_IF_PLEASED = (
    r"(?:(?:if|when|once)\s(?:you|u|ur|you're|youre|happy|satisfied|pleased|all\sgood|done)|si\s(?:est[aá]s|estuviste|te|le|quedas|qued[oó]"
    r"|quedaste|vous|tu|t'es|satisfait)|se\s(?:gostou|voc[eê]|ficou|curtiu|tiver)|agar\s(?:pasand|aapko|accha|achha|khush)"
    r"|kung\s(?:nagustuhan|satisfied|okay|ok|masaya))"
)
# The words a rating swap trades ("review for review"): not "note" or "score", which pair off in ordinary prose.
_SWAPPED_RATING = (
    rf"(?:(?:{lx.STAR}){{1,5}}|reviews?|feedbacks?|ratings?|stars?|rese[nñ]as?|estrellas?|avalia[cç][aãõo](?:es|o)?"
    r"|estrelas?|avis|[eé]toiles?)"
)
_RATING_WORK = factored(
    re.compile(
        r"(?:code|design|peer|pr|pull\srequest|literature|book|product|amazon|google|yelp|app\sstore|play\sstore"
        r"|trustpilot|movie|restaurant|hotel|customer|tripadvisor|performance|security|legal|document|film|game)"
        # (not a Hindi postposition, which makes the site the place of the review asked for: "Google pe review do")
        r"\s(?:(?!(?:pe|par|pr)\s)\w{1,12}\s)?$",
        _I,
    )
)

# The reader asked to rate the sender on a review site, the site named before the rating: "leave us a Google review
# and get 10% off", "please post a Trustpilot review" (not "manage our Google reviews", the work).
_REVIEW_ASKED = factored(
    re.compile(
        r"(?:\b(?:leave|give|drop|post|write)\s(?:me|us)|(?:^|[.!?,;:]\s?|\b(?:please|pls|plz|just|kindly)\s)"
        r"(?:leave|give|drop|post|write))\s(?:an?\s)?(?:[\w-]{1,10}\s)?$",
        _I,
    )
)

# The rating verb's object is a product, not the sender: "rate the app 5 stars", "review our game on the store".
_RATES_A_PRODUCT = factored(
    re.compile(r"\b(?:rate|rating|review|reviewing)\s(?:the|this|our|my|their)\s(?:app|game|extension|plugin)s?\b", _I)
)

# Hindi/Urdu drop the possessive, the imperative addresses the other party: "whatsapp number bhejo", "mujhe number
# do", "sir email id share karo". A contact by its full name, or a bare "number" that opens its clause or follows
# "mujhe" or a form of address; never another's ("client ka number") or an "order number".
_HI_GIVE = (
    # "do" (give) ends its clause or takes a tag: not English "do you", not Hindi "do" (two): "number do column mein"
    r"(?:bhejo|bhej\sdo|bhej\sdijiye|bhejiye|bhejna|de\sdo|dedo|dijiye|dena"
    r"|do(?=\s?(?:[^\w\s]|$)|\s(?:na|please|pls|plz|sir|bhai|ji|jaldi|yaar|abhi|mujhe)\b)"
    r"|batao|bata\sdo|bataiye|share\skaro|share\skar\sdo|share\skijiye|send\skaro|send\skar\sdo|chahiye|milega"
    r"|milegi|mil\ssakta|mil\ssakti)"
)
# words after which a bare "number" is the addressee's: "mujhe number do", "bhai number de do"
_HI_ADDRESS = ("mujhe", "muje", "mujhko", "bhai", "sir", "ji", "bro", "yaar", "please", "pls", "plz", "jaldi", "zara")
_HI_ASKED_CONTACT = (
    r"(?<!\w)(?<!\bka\s)(?<!\bki\s)(?<!\bke\s)"
    rf"(?:(?:phone|mobile|cell|contact|wa|{lx.ACCOUNT_APP})\s(?:number|numbr|no\.?|num|details|id)|e-?mail\s(?:id|address)"
    rf"|gmail(?:\sid)?|{lx.ACCOUNT_APP}"
    r"|(?:(?<![^\W\d_]\s)|"
    + "|".join(rf"(?<=\b{word}\s)" for word in _HI_ADDRESS)
    + r")(?:number|numbr|no\.|num|contact|digits))"
)

# The start of a clause, or a greeting or form of address before it: a contact there is all the clause asks for.
_OPENS_ITS_CLAUSE = (
    r"(?:(?<=^\s)|(?<=[.!?,;:\n]\s)|(?<=[.!?,;:\n])"
    + "".join(rf"|(?<=\b{word}\s)" for word in ("k", "ok", "okay", "hi", "hey", "sir", "bro", "bhai", "ji", "po"))
    + ")"
)
# An account on an app just asked about, asked for in the next breath: "do you have insta? send me the username",
# "tienes telegram? pásame el usuario", "insta hai? id bhejo", "may ig ka? send mo username". The question alone is
# a medium cue (request.ask_platform); the ask for the account after it makes the move.
_ACCOUNT_NOUN = (
    r"(?:user\s?name|user|usuario|usu[aá]rio|pseudo|handle|id|@|number|numero|n[uú]mero|num[eé]ro|num|no\.?)"
)
_ACCOUNT_ASKED_AFTER_APP = (
    rf"(?<!\w){CONTACT_PLATFORM}(?:\s[\w']{{1,10}}){{0,2}}\s?\?\s{{0,3}}"
    rf"(?:(?:me\s)?{lx.ASK}\s(?:me\s|mo\s|moi\s|-moi\s)?(?:(?:the|el|o|le|ang|yung|your|tu|teu|ton|apna|apni)\s)?{_ACCOUNT_NOUN}"
    r"(?=\s?(?:[^\w\s]|$)|\s(?:pls|plz|please|por|porfa|po|na|stp|svp|bhai|sir|so|and|y|e|et|to|para|pra|pour|i|i'll"
    r"|te|je|ke|taaki|w|wa)\b)"
    rf"|(?:(?:the|el|o|le|ang|yung)\s)?{_ACCOUNT_NOUN}\s(?:{_HI_GIVE}|pls|plz|please|por\sfavor|porfa|stp|svp|po))(?!\w)"
)

# request.process_on_app: a step of hiring or of the talk about the job, and the verb that schedules it.
_HIRING_STEP = (
    r"(?:interviews?|interviewing|communications?|discussions?|meetings?|screenings?|conversations?|onboarding"
    r"|(?:shortlisted|selected|successful|chosen)\s(?:candidates?|applicants?|freelancers?|bidders?|people)|next\ssteps?"
    r"|entrevistas?|entretiens?|comunicaci[oó]n|comunica[cç][aã]o|reuni[oó]n(?:es)?|reuni[aãõ]o(?:es)?|r[eé]unions?"
    r"|candidat[oa]s\s(?:seleccionad|selecionad|escolhid|elegid)[oa]s|candidats\ss[eé]lectionn[eé]s"
    # the trial work itself: "the test task will be sent on Telegram", "final round happens on Skype"
    r"|(?:test|trial|paid|sample)\s(?:tasks?|projects?|assignments?)|assessments?|task\s(?:details|instructions|brief)"
    r"|(?:final|first|second|next|technical|hr)\s(?:rounds?|interviews?)|(?:test|teste|prueba)\s(?:t[eé]cnic|pr[aá]tic)[oa]"
    r"|tarea\sde\sprueba|tarefa\sde\steste)"
)
_WILL_HAPPEN = (
    r"(?:will|shall|'ll|is|are|be|happens?|takes?\splace|continues?|moves?|se|ser[aá]n?|ser[aã]o|seront|sera|est|sont"
    r"|son|s[aã]o|va|vont|van|vai|v[aã]o|ocurrir[aá]n?|acontecer[aã]o|acontece|ay)"
)
# The app as the thing built or used by the product: "Telegram bots", "WhatsApp notifications", "Slack integration".
_APP_AS_PRODUCT = (
    r"(?![\s-](?:bots?|api|apis|groups?|grupos?|channels?|canal|business|notifications?|alerts?|integrations?"
    r"|webhooks?|messages?\sto\s(?:users|customers|clients)|templates?)\b)"
)
# Within the clause, no negation in between: "interviews will be on the platform, no Telegram", "will not be on".
_IN_CLAUSE = r"(?:(?!\b(?:not|no|never|nunca|n[aã]o|pas|jamais|nahi|nahin)\b)[^.!?\n,;])"
# The company's own tools described, not the hiring: "our team communication is on Slack".
_NOT_IN_HOUSE = r"(?<!team\s)(?<!internal\s)(?<!customer\s)(?<!user\s)(?<!client\s)"
# A chat app (not a meeting tool: an interview "on Zoom" is a call, "in DC" a city) and the preposition before it.
_ON_CHAT_APP = (
    r"(?:on|via|over|through|by|in|using|only\son|exclusively\son|por|pelo|pela|v[ií]a|sur|par|en|no|na|sa)\s"
    rf"(?:the\s|our\s|a\s|el\s|o\s|le\s|l')?(?:{_MESSAGING_APP}|slack)(?!\w){_APP_AS_PRODUCT}"
)
# A chat app's group or server the reader is put in or told to join ("our WhatsApp group", "a Discord server").
_APP_GROUP = (
    rf"(?:a|an|our|the|my|one|this)\s(?:private\s|dedicated\s|separate\s|official\s)?(?:{_MESSAGING_APP}|slack)"
    r"\s(?:group|chat|channel|server|workspace|community)"
)
# ... in Spanish and Portuguese: "un grupo de WhatsApp", "um grupo no Telegram".
_GRUPO_ON_APP = rf"grupo\s(?:de|do|no|en|em)\s(?:{_MESSAGING_APP})"
# The applicant put in one: "you'll be added to our WhatsApp group", "te agregaremos a un grupo de WhatsApp",
# "você será adicionado a um grupo no Telegram", "vous serez ajouté au groupe WhatsApp", "i-add ka namin sa Viber
# group" (a bot or a link "added to a Telegram group" is the product: the one added is a person here).
_ADDED_TO_GROUP = (
    r"\b(?:(?:you|u|candidates?|applicants?|freelancers?|everyone|(?:shortlisted|selected|successful|chosen)\s\w{1,12})"
    r"(?:'ll|\swill|\swould|\sshall|\smust|\smay)?\s(?:be|get)\sadded|(?:we|i|we'll|i'll|will|'ll)\s(?:\w{1,10}\s)?add"
    r"\s(?:you|u|all\s\w{1,12}|(?:the\s)?(?:candidates?|applicants?|freelancers?)))\s(?:to|into|in)\s"
    rf"{_APP_GROUP}"
    r"|\b(?:te\s(?:agregaremos|agregamos|a[nñ]adiremos|a[nñ]adimos|vamos\sa\s(?:agregar|a[nñ]adir))"
    r"|ser[aá]s?\s(?:agregad|a[nñ]adid|incluid)[oa]s?|ser[aá]n\s(?:agregad|a[nñ]adid|incluid)[oa]s)"
    rf"\s(?:a|al|en)\s(?:un\s|el\s|nuestro\s)?{_GRUPO_ON_APP}"
    r"|\b(?:vamos\ste\sadicionar|te\sadicionamos|te\sadicionaremos|(?:voc[eê]|vc)\s(?:ser[aá]|vai\sser)\sadicionad[oa]"
    rf"|ser[aá]s?\sadicionad[oa]s?|ser[aã]o\sadicionad[oa]s)\s(?:a|ao|em|no|num)\s(?:um\s|o\s|nosso\s)?{_GRUPO_ON_APP}"
    r"|\b(?:(?:vous\sserez|tu\sseras|(?:ils|elles)\sseront)\sajout[ée]e?s?|(?:on\svous|nous\svous|on\ste)\sajouter(?:a|ons))"
    rf"\s(?:au|[aà]\sun|dans\sle|dans\sun|[aà]\snotre)\sgroupe\s(?:(?:de|sur)\s)?(?:{_MESSAGING_APP})"
    rf"|\b(?:{_MESSAGING_APP})\sgroup\s(?:mein|me|pe)\sadd\s(?:kar|kiya|ho)"
    rf"|\bi-?add\s(?:ka|kayo)\s(?:namin|ko)\ssa\s(?:{_MESSAGING_APP})\sgroup"
)
# Joining one: "join our Discord server", "únete a nuestro grupo de Telegram", "entre no nosso grupo do WhatsApp",
# "rejoignez notre serveur Discord".
_JOIN_APP_GROUP = (
    r"(?:join|[uú]nete|unirte|unirse|[uú]nanse|entre|entra|entrar|entrem|rejoins|rejoignez|rejoindre)"
    r"\s(?:(?:a|al|em|no|na|[aà])\s)?(?:our|my|the|nuestro|nuestra|mi|el|la|nosso|nossa|meu|minha|o|a|notre|mon|ma|le)"
    r"\s(?:private\s|privado\s|priv[eé]\s)?(?:(?:group|server|channel|workspace|community|grupo|servidor|canal"
    r"|comunidad|comunidade|groupe|serveur|communaut[eé])\s(?:(?:de|do|no|en|em|sur|on)\s)?)?"
    rf"(?:{_MESSAGING_APP}|slack)(?:\s(?:group|server|channel|workspace|community|chat))?"
)
# The work the applicant gets there: "to get the task", "para recibir la tarea", "pour le test".
_FOR_THE_WORK = (
    r"(?:to|for|and|para|pour|pra)\s(?:(?:get|receive|see|start|discuss|do|take|complete|access|find|recibir|obtener"
    r"|ver|hacer|receber|pegar|fazer|recevoir|obtenir|avoir|faire)\s)?(?:(?:the|your|more|further|full|la|el|las|los"
    r"|tu|tus|a|o|as|os|sua|suas|le|les|votre|vos|mais|m[aá]s)\s)?"
    rf"(?:{_HIRING_STEP}|tasks?|details|instructions|brief|job|project|tareas?|tarefas?|detalles|detalhes"
    r"|instrucciones|instru[cç][oõ]es|t[aâ]ches?|d[eé]tails|consignes|tests?|pruebas?|testes?|trabajo|trabalho"
    r"|projet|proyecto|projeto|mission)\b"
)
# The product's users told to, not the applicant: "users must join our WhatsApp group to get the coupon".
_NOT_THEIR_USERS = (
    r"(?<!users\s)(?<!customers\s)(?<!members\s)(?<!subscribers\s)(?<!visitors\s)(?<!players\s)(?<!buyers\s)"
    r"(?<!clients\s)(?<!students\s)(?<!usuarios\s)(?<!clientes\s)(?<!utilisateurs\s)"
)
# Told to, in any person: "you must join", "deberás unirte", "você deve entrar", "vous devez rejoindre".
_MUST = (
    r"(?:must|should|need\sto|needs\sto|have\sto|has\sto|required\sto|please|kindly|deber[aá]s|debes|deben|tienes\sque"
    r"|tienen\sque|favor\sde|precisa|precisam|deve|devem|tem\sque|t[eê]m\sque|devez|dois|doit|doivent|merci\sde)"
)
# The sender's own meeting account: "on my personal account", "desde mi cuenta personal", "pela minha conta pessoal".
_OWN_MEETING_PREP = r"(?:on|via|from|with|through|using|desde|con|en|de|pela|pelo|na|da|com|depuis|avec|sur)"
_OWN_ACCOUNT = (
    r"(?:(?:my|our)\s(?:personal|private|own)\s(?:account|link|room|id)|mi\scuenta\s(?:personal|privada|propia)"
    r"|(?:a\s)?minha\sconta\s(?:pessoal|privada|pr[oó]pria)|mon\scompte\s(?:perso|personnel|priv[eé]))"
)
# payment.own_checkout: where a seller takes money outside the platform: a tip jar or creator store, a checkout
# page, a billing service's invoice or pay link.
_TIP_PAGE = _alias_group({"tips": lx.PAYMENT_PLATFORMS["tips"]}) + r"(?:\s(?:page|link|account|store|shop))?"
_OWN_CHECKOUT = (
    r"(?:(?:web\s?)?(?:site|store|shop)(?:['’]s)?\s)?(?:checkout|payment\s(?:page|link|portal)|pay\s?page|cart)"
)
_OUTSIDE_BILLER = (
    r"(?:stripe|square|quickbooks|freshbooks|xero|wave|zoho|shopify|gumroad|paypal|invoice\s?ninja|bonsai|honeybook)"
)
_BILL = r"invoices?|payment\s?links?|pay\s?links?|checkout\s?links?|checkout\spage|payment\spage|bill"
# payment.gift_card: a store card by name, or any gift card or voucher, in the languages the lexicon covers.
_GIFT_CARD = (
    r"(?:(?:amazon|steam|itunes|apple|google\s?play|play\s?store|ebay|xbox|psn|playstation|razer(?:\sgold)?|vanilla"
    r"|walmart|target|sephora|netflix|roblox)\s(?:gift\s)?(?:cards?|vouchers?|codes?)|gift\s?cards?|gift\s(?:vouchers?|codes?)"
    r"|tarjetas?\sde\sregalo|cart[aã]o(?:es)?[\s-]presente|vales?[\s-]presente|cartes?[\s-]cadeaux?)"
    r"(?!\s(?:module|feature|system|page|redemption|integration|balance|store|shop|program|promo\w{0,6}|api|section|form"
    r"|checkout|option\sto\s(?:our|my|the)))"
)
# The card itself sent, not its artwork: "send me a steam gift card instead" but not "send me the gift card mockups".
_CARD_ITSELF = (
    r"(?=\s?(?:[^\w\s]|$)|\s(?:code|codes|instead|too|pls|please|as|for\s(?:the|this|my)\s(?:work|job|project)|worth"
    r"|of|and))"
)
_SOME = r"(?:(?:an?|some|the|un[ae]?|um[a]?|des)\s)?(?:\$?\d{1,5}\s?\$?\s)?"
# The writer offering to do something: "I'll", "I can", "we could just".
_WRITER_WILL = (
    r"\b(?:i|i'll|i\swill|i\scan|i\scould|i'd|we|we'll|we\swill|we\scan|we\scould)\s(?:just\s|also\s|rather\s)?"
)


# request.other_marketplace: the sender hired through a listing of theirs, or the work proposed elsewhere.
_HIRE_ME = (
    r"(?:(?:hire|book|order|contract|pay|buy\sfrom)\s(?:me|us)|order|buy|book|contr[aá]t(?:a|e)(?:me|nos)|me\scontrat[ae]"
    r"|engagez-moi|embauchez-moi|commandez|commande)"
)
_LISTING = r"(?:gig|gigs|profile|page|account|store|listing|perfil|profil|cuenta|conta|compte|p[aá]gina)"
_THROUGH = r"(?:on|onto|to|through|thru|via|at|in|por|pelo|pela|en|no|na|sur|par|chez|a|al|pro|pra)"
_PROPOSE = (
    r"(?:let'?s|lets|let\sus|(?:we|i)\s(?:can|could|should)|(?:can|could|shall)\swe|why\sdon'?t\swe|how\sabout"
    r"|(?:i'?d|i\swould)\s(?:rather|prefer\sto|like\sto)|i\sprefer\sto|(?:better|easier)\sto|podemos|vamos|sigamos"
    r"|pasemos|trabajemos|hagamos|prefiero|bora|prefiro|on\speut|on\scontinue|continuons|passons|on\spasse"
    r"|je\spr[eé]f[eè]re)"
)
_OWN_SITE = (
    r"(?:my|our)\s(?:own\s)?(?:(?:agency|company|company'?s|personal|business|studio|booking|vendor|supplier"
    r"|contractor|freelancer)\s)?"
    r"(?:web\s?site|site|portal)"
)
_WORDS_NOT_KEEP = r"(?:(?!(?:keep|stay|remain)\b)[\w']{1,12}\s){0,4}?"  # "let's keep it on Upwork" stays
_VIA = r"(?:through|thru|via|por|pelo|pela|par)"  # "work on my own site" is the work
_PLACE_ELSEWHERE = (
    rf"(?:{_THROUGH}\s(?:el\s|o\s|la\s|le\s)?{lx.MARKETPLACE}|{_VIA}\s(?:el\s|o\s|la\s|le\s)?{_OWN_SITE})(?!\w)"
)
_PREFER = r"(?:i\s(?:would\s)?prefer\sto|i'?d\sprefer\sto|i'?d\srather|prefiero|prefiro|je\spr[eé]f[eè]re)"
_BETTER = r"(?:instead|rather|mejor|melhor|plut[oô]t|directly|directamente|diretamente|direto|directement)"
# What makes the marketplace a move away: instead of here, cheaper there, the sender's account there.
_BETTER_THERE = (
    r"(?:instead|rather|cheaper|lower|less|fees?|commissions?|comisi[oó]n|comisiones|taxas?|frais|there|all[aá]"
    r"|l[aá]|l[aà]-bas|my\s(?:account|profile|gig)|na\slang|nalang|sasta|kam|en\svez|em\svez|au\slieu|barato"
    r"|moins\scher|mais\sbarato)"
)


RULES: tuple[Rule, ...] = (
    # -- off_platform_request -----------------------------------------------------------------------------------
    _rule(
        _REQ,
        "request.ask_contact",
        STRONG,
        rf"\b{lx.ASK}\b{_GAP}{_YOUR_CONTACT}"
        # the contact last in a list "your" governs: "send your CV and phone number", "your name, email and phone"
        rf"|\b{lx.ASK}\b{_GAP}\b{lx.YOUR}\s(?:[\w'-]{{1,15}}(?:\s[\w'-]{{1,15}})?(?:,\s?|\s(?:and|&|\+|y|e|et|aur)\s)){{1,3}}"
        rf"{_APPLICATION_CONTACT}(?!\s(?:me|us|it|them|him|her)\b)"
        rf"|(?<!\w){_YOUR_CONTACT}\s(?:[\w']{{1,10}}\s)?(?:bhejo|bhej\sdo|de\sdo|dedo"
        r"|do|dijiye|batao|bataiye|share\skaro|send\skaro|chahiye|bhejna|bhejiye|please|pls|plz|por\sfavor|pls\sna"
        r"|naman|po|ibigay|bigay|pa-?send|ab3atli|ib3atli|kya\s(?:hai|h|he)|kiya\shai|do\sna|qual\s[eé]|cu[aá]l\ses|stp|svp"
        r"|c'est\squoi"
        # asked as "can you give": "kya aap apna number de sakte ho?"
        r"|(?:de|bhej|bata|share\skar|send\skar)\s(?:sakte|sakti|sakoge|sakogi|sakenge|sako))(?!\w)"
        # Hinglish without a possessive: "whatsapp number bhejo", "bhai number de do"
        rf"|{_HI_ASKED_CONTACT}\s(?:jaldi\s|zara\s|bhi\s)?{_HI_GIVE}(?!\w)"
        # ... and in any language's chat, the contact and a "please" or a "?" as the whole clause: "wa number pls",
        # "ok, whatsapp no. plz", "WhatsApp number?" (not "no Telegram or WhatsApp please", nor "kim @gmail please")
        rf"|{_OPENS_ITS_CLAUSE}{_HI_ASKED_CONTACT}(?:\s(?:pls|plz|pls\sna|please|por\sfavor|porfa|stp|svp|po)"
        r"(?=\s?(?:[^\w\s]|$))|\s?\?)"
        # Hinglish with the verb between: "number do apna", "whatsapp bhejo apna"
        rf"|(?<!\w){lx.CONTACT_NOUNS}\s(?:bhejo|bhej\sdo|de\sdo|dedo|do|dijiye|batao|bataiye|bhejiye|share\skaro"
        r"|send\skaro)\s(?:apna|apne|aapka|aapki|aapna|tera|teri|tumhara|tumhari)(?!\w)"
        # "do you have a personal email I could use?": a contact of one's own, asked for
        r"|\b(?:do|does|would|could|can)\s(?:you|u)\shave\s(?:a|an|any)\s(?:personal|private|direct)\s(?:e-?mail"
        r"|email\saddress|(?:phone\s|mobile\s|cell\s)?number|phone|cell|mobile)\b(?=\s?(?:[?.!]|$)|\s(?:i|we)\s(?:can|could|may)\b"
        r"|\s(?:to|so\sthat\si\scan)\s(?:reach|contact|send|call|text|write|message)\b|\sfor\s(?:emergencies|urgent))"
        # ... any contact, to be reached on: "do you have an email I can write to?", "got a personal line I can reach
        # you on?"
        r"|\b(?:(?:do|does|would|could|can)\s(?:you|u)\shave|(?:have\s)?(?:you|u)\sgot|got)\s(?:a|an|any)\s"
        r"(?:(?:personal|private|direct|other|work)\s)?(?:e-?mail(?:\saddress)?|(?:phone\s|mobile\s|cell\s)?number|phone"
        r"|cell|mobile|line)\s(?:that\s)?(?:i|we)\s(?:can|could|may)\s(?:write|reach|call|text|contact|message|e-?mail"
        r"|send)\b"
        rf"|{_ACCOUNT_ASKED_AFTER_APP}",
    ),
    _rule(
        _REQ,
        "request.require_contact",
        STRONG,
        rf"\b(?:{lx.ASK}|must|required|mandatory|should|need\sto)\b{_GAP}\b{CONTACT_PLATFORM}\s(?:ids?|numbers?|handle"
        rf"|username|user\sname|no|account)\b|\b{CONTACT_PLATFORM}\s(?:ids?|numbers?|no|handle)\s(?:is\s)?"
        r"(?:required|mandatory|a\smust|needed|obligatorio|obrigat[oó]rio|obligatoire|zaroori|kailangan)"
        # an item of a list of what to answer or send: "Please answer:\n- your rate\n- your WhatsApp number"
        r"|(?<=\n)[ \t]{0,4}(?:[-•*·→]|\d{1,2}[.)]|[a-z][.)])[ \t]{0,2}"
        rf"(?:your|ur)\s{CONTACT_PLATFORM}\s(?:ids?|numbers?|no|handle|username|user\sname)\b"
        # "contact info required in the first line of your bid", "phone number required in proposal"
        # a contact asked for so as to be reached directly: "send phone and WhatsApp for direct contact"
        rf"|\b{lx.ASK}\b{_GAP}{_APPLICATION_CONTACT}[^.!?\n]{{0,40}}?\b(?:for|para|pour|pra)\s(?:a\s|un\s|o\s|el\s)?"
        r"(?:(?:direct|directo|direto|quick|quicker|faster|r[aá]pido)\s(?:contact|contacto|contato|communication"
        r"|comunicaci[oó]n|comunica[cç][aã]o)|(?:contact|contacto|contato)\s(?:direct|directo|direto))\b"
        rf"|\b{_APPLICATION_CONTACT}\s(?:is\s|are\s)?(?:required|mandatory|a\smust|needed)\b"
        r"(?=[^.!?\n]{0,40}\b(?:bid|proposal|application|cover\sletter|apply|applying)\b)"
        # an application told to carry a contact: "applicants must include a phone number", "only proposals that
        # contain an email address", "los candidatos deben incluir un número de teléfono"
        rf"|\b{_APPLICATION}\s(?:[\w']{{1,12}}\s){{0,3}}?(?:include|provide|contain|send|share|list|mention|state|add"
        r"|attach|give|submit|put|with|incluir|incluyan|incluya|proporcionar|indicar|indiquen|enviar|env[ií]en|informar"
        r"|incluam|informem|fournir|inclure|indiquer|mentionner|joindre|dejar|dejen|deixar|deixem|colocar|coloquem"
        r"|poner|pongan|laisser|laissent|[eé]crire|noter)\s"
        rf"(?:{_A_OR_YOUR}\s)?(?:valid\s|working\s|active\s|direct\s)?{_APPLICATION_CONTACT}{_NOT_PUNISHED}"
        # the verb first, the application after the contact: Hinglish "apply karte waqt apna WhatsApp number zaroor
        # likhein", Tagalog "ilagay ang inyong Viber number sa inyong application", Arabizi "lazem tekteb raqam el
        # whatsapp fel proposal"
        r"|\b(?:apply|application|proposal|bid)\b[^.!?\n]{0,30}?\b(?:apna|apni|apne|aapka|aapki|aapna)\s"
        rf"(?:{_APPLICATION_CONTACT}\s(?:aur|ya|or|and|,)\s)?{_APPLICATION_CONTACT}\s(?:zaroor\s|zarur\s|bhi\s|jaroor\s)?(?:likhein|likhen|likhe|likho|daalein|dalein|dale"
        r"|bhejein|bhejen|dein|den|mention\skarein|share\skarein|add\skarein)\b"
        r"|\b(?:ilagay|isama|ibigay|isulat|i-?include|i-?send)\s(?:ang\s|ng\s)?(?:inyong\s|iyong\s|your\s)?[^.!?\n]{0,25}?"
        rf"{_APPLICATION_CONTACT}[^.!?\n]{{0,25}}?\bsa\s(?:inyong\s|iyong\s|your\s|ang\s)?(?:application|proposal|bid"
        r"|cover\sletter|resume|cv)\b"
        r"|\b(?:lazem|laazem|lazim|l[aā]zm)\s(?:tekteb|tiktib|tekteboo?|t7ot|t7ott|t7oto|teb3at|tib3at|tb3at|tzawed)\s"
        r"(?:el\s)?(?:raqam|ra2am|ra9m|rakam|nemret|whats\s?app|e-?mail|telegram|viber)[^.!?\n]{0,25}?\b(?:fel|fi\sel|fl"
        r"|f|fi)\s?(?:proposal|application|bid|cv|talab|el\sproposal)\b"
        r"|\b(?:include|provide|add|put|mention|list|state|attach|incluye|incluya|incluir|inclua|incluez|inclure"
        rf"|indique|indiquez)\s(?:a|an|un|una|um|uma)\s(?:valid\s|working\s|active\s|direct\s)?{_APPLICATION_CONTACT}"
        rf"(?=[^.!?\n]{{0,30}}\b(?:to\sbe\sconsidered|{_APPLICATION}|apply|applying|propuesta|proposta|candidature)\b"
        # ... or asked so as to reach the reader: "provide a phone number where we can reach you"
        r"|[^.!?\n]{0,20}\b(?:(?:where|so|so\sthat|that)\s(?:we|i)\s(?:can|could|may)|to)\s(?:reach|contact|call|text"
        r"|whats\s?app|message)\s(?:you|u)\b)"
        # the threat to applications without one: "bids without an email address will not be considered"
        rf"|\b(?:without|with\sno|missing|lacking|sin|sem|sans)\s(?:{_A_OR_YOUR}\s)?{_APPLICATION_CONTACT}(?=\s(?:will|would"
        r"|shall|are|is|get|gets|won'?t|wont|ser[aá]n?|ser[aã]o|seront|sera)\s(?:not\s|no\s|n[aã]o\s|pas\s)?(?:be\s)?"
        r"(?:ignored|rejected|declined|discarded|deleted|skipped|considered|disqualified|reviewed|read|accepted|answered"
        r"|ignorad[oa]s?|rechazad[oa]s?|descartad[oa]s?|eliminad[oa]s?|consideradas?|recusad[oa]s?|ignor[ée]e?s?"
        r"|rejet[ée]e?s?|refus[ée]e?s?|consid[ée]r[ée]e?s?)"
        r"(?!\w))",
    ),
    _rule(
        _REQ,
        "request.apply_elsewhere",
        STRONG,
        # the application itself sent by another way: "apply by emailing your portfolio", "apply through our website
        # instead", "postúlate por correo" ("apply with your portfolio through the platform" is the platform's own)
        rf"{_NOT_THEIR_APPLYING}\b(?:apply|applying|post[uú]late|postulate|postula|postular|postulez|postuler"
        rf"|candidate-se|candidatar-se|candidatez-vous|mag-?apply|aplica|aplique)\b{_TO_THE_JOB}\s(?:by|via|through|thru"
        r"|on|at|over|using|por|pelo|pela|en|par|sur|sa|no|na|em)\s(?:pamamagitan\sng\s)?(?:direct(?:ly)?\s)?"
        rf"(?:{_APPLY_CHANNEL}|pag-?e-?mail|e-?mailing)(?!\w)"
        # the CV or portfolio sent by mail or to an inbox: "email your resume to us", "send your CV to our HR email",
        # "enviando tu CV a nuestro correo", "pag-email ng resume mo"
        rf"|\b(?:e-?mail|e-?mailing|mail|i-?e-?mail|pag-?e-?mail){_YOUR_APPLICATION}"
        # ... in a post's third person: "interested applicants may email their CV", "candidates should mail theirs"
        r"|\b(?:applicants?|candidates?|freelancers?|bidders?|interested\s(?:applicants|candidates|freelancers|parties)"
        rf"|those\sinterested|anyone\sinterested)\s(?:[\w']{{1,12}}\s){{0,4}}?(?:e-?mail|mail)\s(?:us\s)?their\s"
        rf"{_APPLICATION_DOCUMENT}"
        rf"|\b(?:send|sending|submit|forward|env[ií]a|envie|enviar|enviando|manda|mande|mandar|enviem|envoyez|envoyer"
        rf"|envoyant|envoie|ipadala|magpadala){_YOUR_APPLICATION}[^.!?\n]{{0,20}}?\b(?:to|a|al|para|pra|à|au|par|by|via"
        r"|por|pelo|sa|no|na)\s(?:our|my|the|nuestro|nuestra|mi|nosso|nossa|meu|minha|notre|mon|aming|amin|el|o)?\s?"
        r"(?:(?:adresse|address|direcci[oó]n\sde|endere[cç]o\sde)\s)?"
        rf"(?:hr\s|recruit\w{{0,6}}\s|company\s|work\s|personal\s|official\s|direct\s|rh\s)?{_APPLY_CHANNEL}(?!\w)"
        # Hinglish "CV bhejo hamare email pe"
        r"|\b(?:cv|resume|portfolio|biodata)\s(?:bhejo|bhej\sdo|bhejiye|send\skaro|bhejna)\s(?:hamare|humare|mere|hamari"
        rf"|meri)\s{_APPLY_CHANNEL}\s(?:pe|par|mein|me)(?!\w)",
    ),
    _rule(
        _REQ,
        "request.offer_contact",
        STRONG,
        r"\b(?:send|give|share|drop|pass|text|dm|forward|leave|mando|env[ií]o|paso|doy|passo|envio|envoie|donne"
        # "te dejo mi correo", "deixo aqui meu zap", "je te laisse mon numéro": left for the reader
        r"|dejo|deixo|laisse"
        rf"|bhejta|bhej\sdeta|ibibigay|ipapadala|ba3tlak|ab3atlak)\s(?:you\s|u\s|te\s|lhe\s|vous\s|tumhe\s|aapko\s)?"
        rf"(?:aqu[ií]\s|aqui\s|ici\s)?{_MY}\s{lx.CONTACT_NOUNS}(?!\w)",
    ),
    _rule(
        _REQ,
        "request.offer_own_line",
        STRONG,
        rf"(?<!\w){_CONTACT_YOU}\b[^.!?\n]{{0,25}}?\b(?:on|from|with|at|by|via|through|using|a|al|desde|de|del|por|en"
        rf"|do|no|pelo|da|sur|depuis|avec|sa)\s{_OWN_LINE}(?!\w)"
        r"|\b(?:apne|mere)\s(?:number|whats\s?app|phone|mobile)\sse\s(?:call|msg|message|whats\s?app|text|sms)\s"
        r"(?:kar|karta|karti|karunga|karungi|karenge|karte)(?!\w)",
    ),
    _rule(
        _REQ,
        "request.instead_of_here",
        STRONG,
        # a channel named, and the platform set aside: "reach me on my email instead of here", "signal or telegram,
        # just not here", "por whatsapp y no por aquí"
        rf"(?<!\w){ANY_CONTACT}(?!\w)[^.!?\n]{{0,40}}?(?:\b(?:instead\sof|rather\sthan|just\snot)"
        r"\s(?:here|on\shere|(?:on|through|in|via)\s(?:this|the)\s(?:site|platform|chat|app)|this\s(?:site|platform|chat"
        r"|app))|\b(?:en\svez\sde|em\svez\sde|y\sno|e\sn[aã]o)\s(?:por\s|pela\s|pelo\s)?(?:aqu[ií]|la\splataforma)"
        r"|\b(?:plut[oô]t\squ'ici|et\spas\sici|qu'ici|que\saqu[ií]|do\sque\saqui)"
        r"|\b(?:better|easier|faster|quicker|simpler|safer)\sthan\s(?:here|(?:this|the)\s(?:chat|site|platform|app)))(?!\w)",
        needs=("here", "this", "the site", "the platform", "the chat", "the app", "aqu", "plataforma", "ici"),
    ),
    _rule(
        _REQ,
        "request.easier_elsewhere",
        STRONG,
        # a messaging app or email said to be the easier way, the platform left unsaid: "it's quicker on Skype if
        # you have questions", "it would be easier to talk on Telegram" (not a comparison of the work's channels:
        # "it's faster on Telegram than on WhatsApp", "easier on WhatsApp for your customers")
        r"\bit(?:'s|s|\sis|'d\sbe|\swould\sbe|\swill\sbe|'ll\sbe)\s(?:much\s|way\s|a\slot\s|far\s|so\s)?(?:quicker"
        r"|faster|easier|simpler|more\sconvenient)\s(?:(?:for\sus\s)?to\s(?:talk|chat|reach\sme|discuss|communicate"
        r"|coordinate|share\sfiles|send\sfiles)\s)?(?:(?:on|via|over|through|in|by)\s(?:the\s|my\s)?"
        # ... or by phone, a way of talking ("easier on the phone" may be the device)
        rf"(?:{_MESSAGING_APP}|e-?mail)|(?:by|over\sthe)\sphone)(?!\w)"
        rf"(?![^.!?\n]{{0,30}}\b(?:than|compared|{lx.SENT_BY_THE_WORK})\b)",
    ),
    _rule(_REQ, "request.call_me", STRONG, rf"(?<!\w){lx.CALL_ME}(?!\w)"),
    _rule(
        _REQ,
        "request.call_you",
        STRONG,
        rf"\b(?:can|could|may|shall|should)\s(?:i|we)\s(?:call|text|phone|ring|{lx.MESSAGE_APP_VERB}|e-?mail|sms)"
        r"\s(?:you|u)\b"
        # asking for a way around the chat: "how can I contact you directly?", "where can I reach you privately?"
        r"|\b(?:(?:how|where)\s(?:can|could|do|may|should)\s(?:i|we)|(?:is|are)\sthere\s(?:a|any|some|an|another)"
        r"\s(?:other\s)?(?:way|means|method|option|chance)s?\s(?:to|(?:i|we)\s(?:can|could))|(?:can|could|may)\s(?:i|we)"
        # "I need a way to reach you outside of here"
        r"|(?:need|want|have|got|give\sme|looking\sfor)\s(?:a|an|another|some|any)\s(?:other\s)?(?:way|means|method)\sto)"
        r"\s(?:contact|reach|call|text|email|find|get\sin\stouch\swith"
        rf"|get\shold\sof)\s(?:you|u)\s(?:directly|privately|personally|outside|elsewhere)\b{_NOT_THROUGH_PLATFORM}"
        # ... or anywhere but here: "where else can I message you?", "which number should I add you with?"
        r"|\b(?:(?:where|how)\selse|(?:which|what)\s(?:number|no|phone|e-?mail|id|handle|account))\s(?:can|could|do"
        r"|should|may|shall)\s(?:i|we)\s(?:reach|contact|message|msg|text|call|find|add|dm|pm|ping|save|e-?mail"
        rf"|write\sto|talk\sto|chat\swith|get\sin\stouch\swith|get\shold\sof)\s(?:you|u)\b{_NOT_THROUGH_PLATFORM}"
        # ... or any other way than this chat: "is there another way to reach you?"
        r"|\b(?:another|any\sother|some\sother|a\sdifferent|other)\s(?:way|means|method|channel)s?\s(?:to|(?:i|we)\s(?:can"
        r"|could))\s(?:reach|contact|call|text|talk\sto|get\sin\stouch\swith|get\shold\sof)\s(?:you|u)\b"
        rf"{_NOT_THROUGH_PLATFORM}"
        # ... or to talk in: "is there somewhere else we could chat?", "another way we can talk?"
        r"|\b(?:(?:another|any\sother|some\sother|a\sdifferent|other)\s(?:way|means|method|channel|app|place)s?"
        r"|(?:somewhere|someplace|anywhere)\selse)\s(?:we|i)\s(?:can|could)\s(?:talk|chat|speak|communicate|connect)\b"
        rf"(?!\s(?:about|here)\b){_NOT_THROUGH_PLATFORM}"
        # the same in the other languages: "¿tienes otro medio de contacto?", "tem outro lugar onde a gente possa
        # conversar?", "un autre moyen de te joindre ?", "koi aur tarika hai contact ka?", "ibang paraan para
        # ma-contact"
        r"|\b(?:otr[oa]|outr[oa]|autre|aur|dusr[aie]|doosr[aie]|ibang|iba\s(?:ka\s)?(?:bang|pang))\s(?:medio|forma|manera"
        r"|v[ií]a|lugar|canal|meio|jeito|moyen|fa[cç]on|endroit|tarika|tareeka|tariqa|jagah|medium|zariya|paraan|app"
        r"|appli)\s(?:ba\s|pa\s)?(?:de\s(?:contacto|contato|comunicaci[oó]n|comunica[cç][aã]o|communication|(?:te|vous)\s"
        r"(?:joindre|contacter|parler))|de\scontact"
        r"|p(?:a)?ra\s(?:(?:te|nos)\s)?(?:hablar|contactarte|comunicarnos|escribirte|llamarte|falar|conversar|chamar"
        r"|contatar|ma-?contact|mag-?usap)|pour\s(?:(?:te|vous)\s)?(?:joindre|contacter|parler|discuter)"
        r"|(?:donde|onde|o[uù])\s(?:(?:a\sgente|on|nous)\s)?(?:podamos|possamos|possa|pode|podemos|peut|pourrait|pourrions|hablar"
        r"|conversar|falar)|(?:hai\s)?(?:contact|baat|connect|rabta))\b"
        r"(?![^.!?\n]{0,25}\b(?:aqu[ií]|aqui|ici|yahan|dito|dentro|en\sla\splataforma|na\splataforma|sur\sla\splateforme"
        r"|platform\s(?:pe|par|mein)|sa\splatform)\b)"
        # ... or another contact asked for outright: "você tem algum outro contato?", "¿tienes otro número?"; Arabizi
        # "3andak tari2a tanya nitwasal biha?" (another way we keep in touch by)
        r"|\b(?:otr[oa]|outr[oa]|autre|dusr[aie]|doosr[aie]|ibang)\s(?:contacto|contato|contact|n[uú]mero|num[eé]ro|correo"
        r"|e-?mail)(?=\s?\?)"
        r"|\btari2a\s(?:tanya|tania|tanyeh|tanye|okhra|ukhra)\s(?:nitwasal|netwasal|atwasal|nitkalam|netkalam|nkalmak)\b"
        # a number asked for to reach the reader by: "do you have a number where I can reach you?", "tu as un numéro où
        # je peux te joindre ?", "¿tienes un número donde pueda llamarte?" (not one where customers reach them)
        r"|\b(?:a|an|un|una|um|uma|une)\s(?:(?:phone|cell|contact|mobile|whats\s?app|personal|direct)\s)?(?:number"
        r"|n[uú]mero|num[eé]ro|e-?mail|correo)\s(?:where|at\swhich|on\swhich|donde|onde|o[uù])\s(?:(?:i|we)\s(?:can|could"
        r"|may)\s|je\s(?:peux|pourrais)\s|on\s(?:peut|pourrait)\s|(?:yo\s)?(?:pueda|puedo|podamos)\s|(?:eu\s)?(?:possa"
        r"|posso)\s|a\sgente\s(?:possa|pode)\s)(?:te\s|vous\s|t')?(?:reach|call|contact|text|joindre|appeler|contacter"
        r"|contactarte|llamarte|escribirte|ligar|chamar|contatar)\b"
        rf"{_NOT_THROUGH_PLATFORM}",
    ),
    _rule(
        _REQ,
        "request.contact_me_on",
        STRONG,
        rf"(?<!\w){lx.CONTACT_ME}\b[^.!?\n]{{0,20}}?(?:\b{lx.MOVE_PREP}\s(?:my\s|the\s|your\s)?)?"
        rf"(?:\b{CONTACT_PLATFORM}(?!\w)|{lx.EUPHEMISM}|directly|privately"
        r"|personally|elsewhere|somewhere\selse|off\shere|outside(?=\s?(?:[,.!?;]|$)))"
        rf"|(?<!\w){lx.CONTACT_ME}\s{_NICKNAME_PREP}\s{_NICKNAMED_APP}"
        # the sender's own address named, not given: "email me at my work address", "text me on my other number"
        # "contact me through my personal email", "drop me a line at my private mail"
        # ("drop a line to my inbox": the reader is who drops it)
        r"|(?<!\w)(?:(?:e-?mail|mail|text|write(?:\sto)?|message|msg|contact|reach|ping)\s(?:me|us)|(?:shoot|drop|send)"
        r"\s(?:me|us)\s(?:an?\s)?(?:quick\s)?(?:text|txt|msg|message|e-?mail|line|note)|(?:shoot|drop)\s(?:an?\s)?"
        r"(?:quick\s)?(?:line|note|msg|message|e-?mail)|get\sin\stouch\swith\s(?:me|us))"
        r"(?:\s(?:directly|instead|privately))?\s(?:at|on|to|through|thru|via|by|using|in|into)\s(?:my|our)\s(?:(?:work|personal"
        r"|private|own|other|business|usual|main|second|gmail|direct)\s)?(?:e-?mail\s)?(?:address|e-?mail|mail|inbox"
        r"|gmail|number|phone|cell|mobile)(?!\w)(?![^.!?\n]{0,20}\b(?:here|on\s(?:this|the)\s(?:site|platform|app)))"
        # ... or the channel alone, asked of the reader: "Contact me by email.", "could you write to me by email
        # instead?", "please reach us over the phone" (not told of others: "the client will contact me by email")
        rf"|{_ASKED}(?:contact|reach(?:\sout\sto)?|write(?:\sto)?|e-?mail|mail|call|ring|text"
        r"|message|msg|ping|get\sin\stouch\swith)\s(?:me|us)(?:\s(?:directly|instead|privately|rather))?\s(?:by|via|over"
        rf"|through|thru|using)\s(?:the\s|an?\s|my\s)?{lx.CHANNEL}(?!\w)(?![\s-]{lx.CHANNEL_THING}(?!\w))"
        r"(?![^.!?\n]{0,20}\b(?:here|on\s(?:this|the)\s(?:site|platform|app)))"
        # the sender's inbox on an app: "slide into my tiktok DMs", "check my insta inbox"
        rf"|\b(?:slide|sliding|slid|hit|check)\s(?:into\s|in\s|in\sto\s)?(?:my|our)\s{CONTACT_PLATFORM}\s(?:dms?|pms?"
        r"|inbox)(?!\w)"
        # "there" for an app just named: "Instagram: @cuts.by.nikos (DM me there for rates)"
        rf"|(?<!\w){CONTACT_PLATFORM}(?!\w)[^\n]{{0,80}}?{_ASKED}{lx.CONTACT_ME}\s(?:(?:directly|instead)\s)?there(?!\w)",
    ),
    _rule(
        _REQ,
        "request.move_chat",
        STRONG,
        rf"\b{lx.MOVE}(?:ing|ed|s)?\b[^.!?\n]{{0,25}}?(?<!\w){lx.OFF_PLATFORM}"
        # the work itself proposed outside, by us: "let's do this outside the platform", "we can work outside upwork"
        r"|\b(?:let'?s|lets|let\sus|(?:can|could|shall)\s(?:we|i)|(?:we|i)\s(?:can|could|will|'?ll)|i\s(?:prefer|want|would"
        r"\slike)\sto|i'?d\slike\sto)\s(?:just\s)?(?:do|work|take|handle|finish|complete|proceed|collaborate|transact)\b"
        rf"[^.!?\n]{{0,25}}?(?<!\w){lx.OFF_PLATFORM}"
        rf"|\b{lx.MOVE}(?:ing|ed|s)?\b[^.!?\n]{{0,25}}?\b{lx.MOVE_PREP}\s(?:the\s|a\s|my\s|your\s|o\s|la\s|el\s|le\s)?"
        rf"(?:{CONTACT_PLATFORM}(?!\w)|{lx.EUPHEMISM})"
        # "take" only with the talk as its object: "take this chat to whatsapp" ("take a photo on instagram" is not)
        r"|\btak(?:e|ing)\s(?:this|it|things|(?:the|our|this)\s(?:chat|conversation|convo|discussion|talk))\s(?:over\s)?"
        rf"(?:to|onto)\s(?:the\s)?{CONTACT_PLATFORM}(?!\w)"
        # a nickname right after the verb and its object, not after "working on" and the like
        rf"|\b{lx.MOVE}(?:ing|ed|s)?\s(?:(?:this|it|that|things|there|later|more|then|tonight"
        rf"|(?:the|our)\s(?:chat|conversation|convo))\s)?{_NICKNAME_PREP}\s{_NICKNAMED_APP}"
        # "somewhere else" in other languages, right after the verb: "seguimos en otro lado", "on continue ailleurs ?"
        # ("por otro lado" is "on the other hand": not a place)
        rf"|\b{lx.MOVE}\s(?:(?:mejor|melhor|plut[oô]t)\s)?(?:(?:en|em|no|num|sur|pe|sa)\s)?(?:otro\slado|otra\s(?:app"
        r"|aplicaci[oó]n|plataforma)|outro\s(?:lugar|lado|app|aplicativo)|outra\splataforma|ailleurs|une?\sautre"
        r"\s(?:app|appli|plateforme)|ibang\s(?:app|lugar|platform))"
        # ... ending the clause: "on continue ailleurs dans le document" goes on in the same text
        r"(?=\s?(?:[,.!?;]|$)|\s(?:mejor|melhor|plut[oô]t|pls|porfa|por\sfavor|svp|na\slang|nalang|tayo)\b)"
        r"|\b(?:dusri\sjagah|kahin\saur|sa\sibang\s(?:app|lugar|platform))\s(?:tayo\s)?(?:baat|chat|mag-?usap|usap|milte)"
        r"(?!\w)"
        # verb-final: "platform ke bahar deal karte hain", "labas ng platform usap tayo"
        rf"|(?<!\w){lx.OFF_PLATFORM}\s(?:baat|deal|chat|milte|connect|usap|mag-?usap)(?!\w)"
        rf"|\b(?:{CONTACT_PLATFORM}|signal|tele)\s(?:pe|par|pr|mein|me)\s(?:baat|chat|call|msg|message|dm|pm|text|ping|milte"
        rf"|connect|aa\sjao|aajao|add|contact|shift|aao|aaja|voice\s?notes?|voice|audio|vn)"
        rf"|\bchalo\s(?:{CONTACT_PLATFORM}|signal|tele)\s(?:pe|par|pr)\b"
        # the voice message and its verb first: "voice note bhej do whatsapp pe", "audio bhejo telegram pe"
        r"|\b(?:voice\s?(?:notes?|messages?|msgs?)|audio|vn)\s(?:(?:bhejo|bhej\sdo|bhejna|bhejiye|bhej\sdena|send\skaro"
        rf"|send\skar\sdo)\s(?:mujhe\s)?(?:{CONTACT_PLATFORM}|signal|tele)\s(?:pe|par|pr|mein|me)\b"
        rf"|(?:{CONTACT_PLATFORM}|signal|tele)\s(?:pe|par|pr)\s(?:bhej|send\skar))"
        # answering the sender there, asked with no pronoun, the clause's first words: "reply on LinkedIn", "please
        # respond on Telegram" ("the bot should reply on Telegram" tells what the work does)
        r"|(?:(?<![^\W\d_]\s)|(?<=please\s)|(?<=pls\s)|(?<=plz\s)|(?<=kindly\s)|(?<=just\s)|(?<=can\syou\s)"
        r"|(?<=could\syou\s))(?:reply|respond|answer|write\sback)\s(?:(?:there|directly|instead)\s)?(?:on|over|via|through"
        rf"|thru|in)\s(?:my\s)?{CONTACT_PLATFORM}(?!\w)(?![\s-](?:bots?|api|group|grupo|channel|comments?|posts?))"
        rf"|\bmag-?(?:{CONTACT_PLATFORM}|signal)\s(?:na\slang|nalang|tayo)\b|\bsa\s(?:{CONTACT_PLATFORM}|signal|tele)\s(?:tayo|na\slang|nalang|kita|mo\sako"
        r"|ka\smag)"
        rf"|\b(?:let'?s|lets|let\sus|vamos|on\sva)\s{CONTACT_PLATFORM}\b"
        # someone of the sender's to reach the reader there: "my manager will reach you directly by phone", "my
        # assistant will whatsapp you", "our agent will call you on your number"
        rf"|\b{_MY_PEOPLE}\s(?:will|'ll|can|shall|is\sgoing\sto|would)\s(?:(?:directly|personally)\s)?(?:(?:reach|contact"
        r"|call|text|message|ring|ping|dm|sms)\s(?:you|u)\s(?:(?:directly|personally|privately)\s)?"
        rf"(?:(?:by|on|via|over|at|through)\s(?:your\s|the\s|my\s)?(?:phone|number|cell|mobile|{CONTACT_PLATFORM}(?!\w)"
        r"|e-?mail|private)|directly|personally|privately|outside)"
        r"|(?:whats\s?app|telegram|viber|signal|wa)\s(?:you|u))(?!\w)"
        # the app made a call's kind: "can we jump on a facetime call?", "quick whatsapp call?"
        rf"|\b(?:jump|hop|get)\s(?:on|onto)\s(?:a\s)?(?:quick\s)?(?:{_MESSAGING_APP}|facetime)\s(?:call|video|chat|vc)\b"
        rf"|(?<![\w'])quick\s(?:{_MESSAGING_APP}|facetime)\s(?:call|vc|video\scall|chat)\s?\?"
        # "pass/switch/come/jump over to" in any person, straight before the app: "passa pro signal", "on passe sur
        # signal", "pasemos a telegram", "vem pro zap", "viens sur telegram", "jump on telegram" ("passe le fichier",
        # "pasemos al diseño", "jump to the next section" name none)
        r"|\b(?:pas[ae]|p[aá]sate|pasemos|pasamos|pasen|passa|passe|passez|passons|passamos|passemos|on\spasse"
        r"|cambi(?:a|emos|amos)|mud(?:a|emos|amos)|bascul(?:e|ons|ez)|on\sbascule|ven|vente|venga|vem|venha|viens|venez"
        r"|jump(?:\sover)?|hop\sover|move\sover)\s(?:(?:mejor|melhor|plut[oô]t)\s)?"
        r"(?:pro|pra|para\so|para\sa|para|a|al|[aà]|au|sur|par|no|na|en|por|pelo|pela|to|on|onto)\s(?:el\s|la\s|o\s|le\s|l')?"
        rf"(?:{CONTACT_PLATFORM}|signal|tele)(?!\w)(?![\s-](?:bots?|api|group|grupo|groupe|channel|canal|business))",
    ),
    _rule(
        _REQ,
        "request.other_marketplace",
        STRONG,
        # hired or ordered through the sender's own listing on another marketplace: "hire me directly on my Fiverr
        # gig", "contrátame en mi perfil de Workana", "commandez sur mon profil Malt"
        rf"\b{_HIRE_ME}\s(?:[\w']{{1,12}}\s){{0,2}}?(?:{_THROUGH}\s)?{_MY}\s(?:own\s)?(?:{lx.MARKETPLACE}\s{_LISTING}"
        rf"|{_LISTING}\s(?:on|at|de|do|da|en|no|na|sur)\s{lx.MARKETPLACE}|{_LISTING}\s{lx.MARKETPLACE})\b"
        rf"|\b{_HIRE_ME}\s(?:[\w']{{1,12}}\s){{0,2}}?{_VIA}\s{_OWN_SITE}(?!\w)"
        # the work proposed on another marketplace, or through the sender's own site, and said to be instead of here
        # or better ("we could work on Fiverr instead, lower fees there"; "let's continue on Upwork" with no reason
        # may be the platform itself)
        rf"|\b{_PROPOSE}\s{_WORDS_NOT_KEEP}(?:{_BETTER}\s)?{_PLACE_ELSEWHERE}"
        rf"(?=[^.!?\n]{{0,60}}?\b{_BETTER_THERE}(?!\w))"
        rf"|\b(?:{_PROPOSE}\s{_WORDS_NOT_KEEP}{_BETTER}|{_PREFER}\s{_WORDS_NOT_KEEP})\s?{_PLACE_ELSEWHERE}"
        rf"|\b(?:move|moving|switch|switching|shift|shifting|transfer|transferring|migrate)\s(?:this|it|the\s\w{{1,12}}"
        rf"|things|everything|us)\s(?:over\s)?(?:to|onto)\s(?:{lx.MARKETPLACE}|{_OWN_SITE})(?!\w)(?![^.!?\n]{{0,40}}"
        r"\b(?:protect|protection|escrow|safe|safety|secure)\w{0,3}\b)"
        # Hinglish and Tagalog: "chalo Fiverr pe kaam karte hain", "Fiverr pe order kar do", "sa Upwork na lang tayo"
        # ("upwork pe hi pay karo", only there, stays)
        # the talk taken off here to the sender's own system: "take this off here and use my company's portal", "can we
        # take this off Upwork and go through our vendor portal?"
        r"|\b(?:take|taking|move|moving|get|getting)\s(?:this|it|things|everything|the\s\w{1,12})\s(?:off|away\sfrom"
        r"|out\sof)\s(?:here|upwork|fiverr|freelancer|the\s(?:platform|site|marketplace))\b[^.!?\n]{0,25}?\b(?:use|using"
        rf"|through|thru|via|onto|to|on|into)\s{_OWN_SITE}(?!\w)"
        rf"|\bchalo\s{lx.MARKETPLACE}\s(?:pe|par|pr)\b|(?<!\w){lx.MARKETPLACE}\s(?:pe|par|pr)\s(?!hi\s|hee\s)(?:[\w']{{1,10}}\s){{0,2}}?"
        r"(?:kar\sdo|kardo|karo|kijiye|karein|aa\sjao|aajao|aao|shift\s(?:ho|kar))(?!\w)"
        rf"|\bsa\s{lx.MARKETPLACE}\s(?:na\slang|nalang)\b|\b(?:tara|lipat\stayo|lumipat\stayo)\s(?:na\s)?sa\s{lx.MARKETPLACE}(?!\w)",
    ),
    _rule(
        _REQ,
        "request.go_private",
        STRONG,
        # the talk itself taken private, no app named: "lets go private, here is too restrictive", "can we talk in
        # private?", "hablemos en privado", "vamos conversar no privado", "on se parle en privé", "private mein baat
        # karte hain", "usap tayo sa labas" (what is made private, "go private with the repo", is another thing)
        r"\b(?:let'?s|lets|let\sus|we\s(?:can|could|should)|can\swe|could\swe|shall\swe|wanna|want\sto"
        r"|(?:i'?d|i\swould)\s(?:rather|prefer\sto|like\sto)|(?:prefer|better|need|happy)\sto)\s(?:go|talk|chat|speak"
        r"|continue|discuss|text|message"
        r"|take\s(?:this|it|things|(?:the|our|this)\s(?:chat|conversation|convo|discussion|talk)))\s(?:in\s)?"
        r"(?:private|privately)(?=\s?(?:[^\w\s]|$)|\s(?:here|then|now|pls|please|instead|bro|since|because|as|so|where"
        r"|outside|elsewhere|away|ok|okay|too)\b)"
        # ... or to a private place: "let's move to a more private place", "talk somewhere private"
        r"|\b(?:(?:move|go|talk|chat|continue|switch|speak)\s(?:this\s)?(?:to|on|in)\s(?:an?\s)?(?:more\s)?private"
        r"\s(?:place|spot|channel|app|platform|chat|space)|(?:talk|chat|continue|speak)\s(?:this\s)?somewhere\sprivate)"
        r"(?=\s?(?:[^\w\s]|$)|\s(?:here|then|now|pls|please|instead|since|because|as|so|where|ok|okay|too)\b)"
        r"|\b(?:hablemos|hablamos|sigamos|seguimos|conversemos|conversamos|platiquemos|platicamos|te\sescribo"
        r"|escr[ií]beme|podemos\s(?:hablar|seguir|conversar|platicar))\s(?:mejor\s)?(?:en|por|al)\s(?:el\s)?privado"
        r"|\b(?:vamos\s(?:falar|conversar|continuar)|podemos\s(?:falar|conversar|continuar)|falamos|conversamos"
        r"|bora\s(?:falar|conversar)|me\schama|fala\scomigo)\s(?:mais\s)?(?:no|em|pelo|por|pro)\s(?:o\s)?(?:privado"
        r"|particular)"
        r"|\b(?:on\sse\sparle|parlons|on\sparle|on\scontinue|continuons|discutons|on\sdiscute|on\ss'[eé]crit"
        r"|[eé]cris-moi|[eé]crivez-moi|on\sen\sparle|on\sen\sdiscute)\s(?:plut[oô]t\s)?en\s(?:priv[eé]|mp)(?!\w)"
        r"|\b(?:private|personal|prive?t)\s(?:mein|me|pe|par)\s(?:baat|chat|milte|connect|msg|message)(?!\w)"
        r"|\b(?:usap|mag-?usap|chat|mag-?chat)\s(?:na\s)?tayo\s(?:sa\s)?(?:labas|private|pribado)(?!\w)"
        r"|\bsa\s(?:labas|private|pribado)\s(?:na\s)?tayo\s(?:mag-?usap|usap|mag-?chat)(?!\w)"
        r"|\b(?:ne7ki|nehki|n7ki|nkamel|nkammel|nitkalam|netkalam|nkalam|khalina\s\w{1,10})\s(?:(?:3al|3ala|fi|bel|bil)\s)?"
        r"(?:private|5as|khas)(?!\w)",
    ),
    _rule(
        _REQ,
        "request.process_on_app",
        STRONG,
        # a hiring step announced on an outside app: "interviews will be conducted on Telegram only", "all
        # communication happens on Slack after you apply", "las entrevistas serán por WhatsApp" (the app as the
        # product, "notifications via WhatsApp", "a Telegram bot", has no step, or names the thing after the app)
        rf"{_NOT_IN_HOUSE}\b{_HIRING_STEP}\b{_IN_CLAUSE}{{0,30}}?\b{_WILL_HAPPEN}\b{_IN_CLAUSE}{{0,25}}?\b{_ON_CHAT_APP}"
        # ... or as a heading: "Communication: Telegram only"
        rf"|{_NOT_IN_HOUSE}\b{_HIRING_STEP}\s?[:\u2013\u2014-]\s(?:via\s|on\s|through\s|by\s)?(?:{_MESSAGING_APP}|slack)"
        r"(?=\s(?:only|or|and)\b|\s?(?:[^\w\s]|$))"
        # the step as the object: "are you ok doing the interview on WhatsApp?", "we contact shortlisted freelancers
        # through Telegram"
        r"|\b(?:do|doing|have|having|hold|holding|conduct|conducting|schedule|scheduling|contact|contacting|reach\sout\sto"
        rf"|message|messaging|call|calling)\s(?:the\s|an?\s|your\s|our\s|all\s)?{_HIRING_STEP}\s{_ON_CHAT_APP}"
        # the reader told to be there for it: "be available on WhatsApp for the interview"
        r"|(?:\b(?:be|stay|remain|are|you're|estar|est[eé]|estejam?|ficar|fique|[eê]tre|soyez)\s(?:\w{1,10}\s)?"
        r"(?:available|ready|reachable|online|active|disponibles?|dispon[ií]vel|dispon[ií]veis|pr[eê]ts?|listos?|prontos?)"
        # ... or to write there first: "send a hi on WhatsApp to schedule the interview"
        r"|\b(?:send|drop|say)\s(?:(?:us|me)\s)?(?:an?\s)?(?:hi|hello|message|msg|text|note|dm)"
        rf")\s{_ON_CHAT_APP}[^.!?\n]{{0,25}}?\b(?:for|para|pour|pra|to\s(?:schedule|book|arrange|set\sup|start|get|take"
        rf"|receive))\s(?:the\s|an?\s|your\s|our\s|la\s|el\s|a\s|o\s|l')?{_HIRING_STEP}"
        # put in its group, or told to join it for the work: "join our Discord server to get the task"
        rf"|{_ADDED_TO_GROUP}"
        rf"|\b{_JOIN_APP_GROUP}\s{_FOR_THE_WORK}|{_NOT_THEIR_USERS}\b{_MUST}\s(?:\w{{1,10}}\s)?{_JOIN_APP_GROUP}"
        rf"|\b(?:{_MESSAGING_APP}|slack)\s(?:group|server|channel)\s(?:join\s(?:karo|karna|kar\slo|kijiye|karein)"
        r"|(?:me|mein)\s(?:aao|aaiye|aa\sjao|join\skaro))(?!\w)"
        # Hinglish and Tagalog, the verb last: "interview Telegram pe hoga", "ang interview ay sa Viber gagawin"
        rf"|\b(?:{_HIRING_STEP}|test|task|kaam)\s(?:[\w']{{1,12}}\s){{0,2}}?(?:{_MESSAGING_APP}|slack)\s(?:pe|par|pr|mein|me)"
        r"\s(?:hoga|hogi|honge|hoge|lenge|karenge|karege|hota|bhejenge|milega|milegi)(?!\w)"
        rf"|\b(?:{_MESSAGING_APP}|slack)\s(?:pe|par|pr|mein|me)\s(?:{_HIRING_STEP}|test|task)\s(?:hoga|hogi|honge|hoge|lenge"
        r"|karenge|milega|milegi)(?!\w)"
        # a meeting app, but on the sender's own account: "the interview over Zoom on my personal account", "the
        # call via my private Skype link"
        rf"|\b(?:{_HIRING_STEP}|call|meeting|llamada|chamada|appel)\b[^.!?\n]{{0,30}}?(?:\b(?:zoom|google\smeet|skype|teams)\b"
        rf"[^.!?\n]{{0,20}}?\b{_OWN_MEETING_PREP}\s{_OWN_ACCOUNT}"
        rf"|\b{_OWN_MEETING_PREP}\s(?:my|our)\s(?:personal|private|own)\s(?:zoom|google\smeet|skype|teams)\s(?:account|link"
        r"|room|id))\b",
    ),
    _rule(
        _REQ,
        "request.offer_channel",
        STRONG,
        rf"(?<!\w)(?:{lx.OFFER_CHANNEL}(?!\w)|{lx.SETTLE_BY_CHANNEL}(?!\w)(?![\s-]{lx.CHANNEL_THING}(?!\w)))"
        # ... unless the platform is the channel after all: "I'll send you the details here"
        r"(?![^.!?\n]{0,60}\b(?:here|through\s(?:the\s)?(?:platform|upwork|fiverr|site)|(?:on|in|via)\s(?:upwork|fiverr"
        r"|the\splatform|this\splatform|the\ssite|(?:this|the)\schat)|aqu[ií]|aqui|ici|por\sla\splataforma"
        r"|pela\splataforma|sur\sla\splateforme)\b)",
    ),
    _rule(
        _REQ,
        "request.send_by_channel",
        STRONG,
        # a thing the sender will send or share by a messaging app or email, no "you" needed: "I'll send the mockups
        # via WhatsApp", "let me share it on Telegram", "I can forward them by email"
        rf"(?<!\w)(?:{lx.I_WILL}|let'?s|lets)\s(?:just\s|quickly\s|also\s|then\s)?(?:send|share|forward)\s"
        rf"(?:(?!{lx.SENT_BY_THE_WORK}\b)[\w'$€£%-]{{1,15}}\s){{1,4}}?(?:by|over|via|on|through|thru|in)\s"
        rf"(?:the\s|an?\s|my\s)?(?:{_MESSAGING_APP}|e-?mail|gmail)(?!\w)"
        rf"(?![^.!?\n]{{0,30}}\b(?:here|{lx.SENT_BY_THE_WORK})\b)",
    ),
    _rule(
        _REQ,
        "request.move_by_colour",
        STRONG,
        # an app named by its colour alone, where talking or messaging the sender governs it: "hablamos por el verde",
        # "me chama no verdinho", "talk later on the green one"
        # (not a noun: "the chat on the green one looks off")
        rf"(?:\b(?<!the\s)(?<!a\s)(?<!our\s)(?<!this\s)(?<!that\s){lx.COLOUR_MOVE}|(?<!\w){lx.CALL_ME}|(?<!\w){lx.CONTACT_ME})(?:\s{lx.COLOUR_MOVE_GAP})?\s{lx.COLOUR_PREP}"
        rf"\s{lx.APP_BY_COLOUR}(?!\w)",
    ),
    _rule(
        _REQ,
        "request.move_channel",
        STRONG,
        rf"\b{lx.CHANNEL_MOVE}(?:\s{lx.CHANNEL_OBJECT})?(?:\s(?:over|back|instead))?\s{lx.CHANNEL_PREP}\s"
        r"(?:the\s|a\s|an\s|my\s|your\s|o\s|la\s|el\s|le\s|l'|un\s|una\s|um\s|uma\s|mon\s|mi\s|meu\s|minha\s)?"
        rf"{lx.CHANNEL}(?!\w)(?![\s-]{lx.CHANNEL_THING}(?!\w))"
        r"|\b(?:e-?mail|mail|gmail|phone|call|number|mobile|sms|text)\s(?:pe|par|pr|mein|me)\s(?:baat|chat|call|msg"
        r"|message|connect|contact|milte)(?!\w)"
        r"|\bsa\s(?:e-?mail|gmail|phone|text|cellphone|cp|number|tawag)\s(?:na\slang|nalang|tayo|kita|mo\sako)(?!\w)",
    ),
    _rule(
        _REQ,
        "request.ask_platform",
        MEDIUM,
        r"\b(?:do\s(?:you|u)\s(?:have|use)|(?:are|r)\s(?:you|u)\son|you\son|got|any|tienes|tiene|usas|tens|voc[eê]\stem|tem|as-tu"
        rf"|avez-vous|vous\savez|tu\sas|t'as|meron\s(?:ka|kang|ba)|may|3andak|fi\s3andak)\s(?:a\s|an\s|un\s|um\s)?(?:{CONTACT_PLATFORM}"
        r"|(?:(?:personal|private|direct|other|work)\s)?(?:e-?mail|email\saddress|phone\snumber|mobile\snumber|cell\snumber))\b"
        rf"[^.!?\n]{{0,25}}\?|\b{CONTACT_PLATFORM}\s(?:hai|he|ha)\s?kya\b|\b{_YOUR_CONTACT}\s{{0,2}}\?"
        # chat's question with no mark, as the whole clause: "r u on tiktok", "are you on telegram"
        rf"|\b(?:r|are)\s(?:u|you)\son\s{CONTACT_PLATFORM}(?=\s?(?:[,.!]|$))",
    ),
    _rule(
        _REQ,
        "request.same_number",
        STRONG,
        # "my WhatsApp is the same as my phone number (in my profile)", "same number on telegram": a contact given by
        # pointing at one the reader can look up
        rf"\b(?:my|mi|meu|mon)\s{CONTACT_PLATFORM}(?:\s(?:number|no|id))?\s(?:is\s|es\s|é\s)?(?:the\s|el\s|o\s)?"
        r"(?:same|mismo|mesmo)\s(?:as\s|que\s)?(?:my\s|mi\s|meu\s)?(?:phone\s|mobile\s|cell\s)?(?:number|phone|n[uú]mero)"
        rf"|\bsame\s(?:phone\s)?number\s(?:on|for|in)\s{CONTACT_PLATFORM}\b",
    ),
    _rule(
        _REQ,
        "request.points_elsewhere",
        STRONG,
        # the sender's contact said to be published where the reader can look it up: "my number is in my bio",
        # "contact info is on my profile", "you can find my email on my website", "my whatsapp's in my linktree"
        rf"(?<!\w)(?:{_MY}\s{lx.CONTACT_NOUNS}{_QUANTITY}|{_APPLICATION_CONTACT}|contact\s?info|deets)"
        r"(?:(?:\s?['’]s|\s(?:is|are|s|r|can\sbe\sfound|is\slisted|are\slisted|listed|is\sup|are\sup|up|is\sall|are\sall))"
        rf"\s{_THE_ONE}?(?:in|on|at)\s{_MY}\s(?:[\w']{{1,12}}\s)?{lx.PUBLISHED_PLACE}(?![\w'’-])"
        # ... with no verb, only as the whole clause ("the contact info on my website needs a new layout" is the work)
        rf"|\s(?:in|on|at)\s{_MY}\s(?:[\w']{{1,12}}\s)?{lx.PUBLISHED_PLACE}{_CLAUSE_ENDS})"
        # the place, to look there for it: "check my bio for my contact", "see my website for my email", "visit my
        # site to reach me"
        r"|\b(?:check|see|visit|look\sat|peep|view|go\sto|open|click|hit|check\sout|find)\s(?:out\s)?"
        rf"{_MY}\s(?:[\w']{{1,12}}\s)?{lx.PUBLISHED_PLACE}\s(?:for|4|to\s(?:get|find|see|grab))\s(?:{_MY}\s|the\s)?"
        rf"(?:{lx.CONTACT_NOUNS}|contact|contacts|deets|details\sto\sreach\sme)(?!\w)"
        rf"|\b(?:check|see|visit|look\sat|peep|view|go\sto|open|click|hit|check\sout)\s(?:out\s)?{_MY}\s(?:[\w']{{1,12}}\s)?"
        rf"{lx.PUBLISHED_PLACE}\s(?:to|and)\s(?:contact|reach|call|text|message|dm|e-?mail|find)\s(?:me|us)\b"
        # reached through the place: "reach me thru my site", "contact me via my website" (not "my profile" here)
        rf"|(?<!\w){lx.CONTACT_ME}\s(?:thru|through|via|on|at|from)\s{_MY}\s(?:[\w']{{1,12}}\s)?(?!profile){lx.PUBLISHED_PLACE}"
        r"(?![\w-])"
        # ... or in a file sent along, "the" one as well as "my": "my number is in the PDF I attached", "my whatsapp
        # is in the attached file", "mi número está en el PDF"
        rf"|(?<!\w){_MY}\s{lx.CONTACT_NOUNS}(?:\s?['’]s|\s(?:is|are|s|r|is\sall|est[aá]|t[aá]|fica|est|hai))\s{_THE_ONE}?(?:(?:in|on|at|en|em"
        rf"|dans|sur|mein)\s(?:{_MY}|the|this|that|el|la|le|o|a)|no|na|nesse|nessa)\s{lx.SENT_FILE}(?![\w'’-])"
        # the influencer's "link in bio"
        r"|(?<![\w-])(?:links?|url|contact|contacts|deets|number|e-?mail|whats\s?app)\s(?:is\s|are\s|'s\s)?(?:in|on)\s"
        # (the whole clause: "the link in my bio goes to a broken page", "a link in bio tool" are the work)
        rf"(?:my\s|the\s)?bio(?!-){_CLAUSE_ENDS}",
    ),
    _rule(
        _REQ,
        "request.qr_contact",
        STRONG,
        # a messaging account handed over as a QR code: "here's my wechat QR", "scan my QR to add me", "scan the QR
        # on my banner, it's my whatsapp" (not the work's codes: "QR codes for your tables", "the WhatsApp QR login")
        rf"\b{_MY}\s{CONTACT_PLATFORM}\s(?:qr|qr\s?code|qr-code)s?(?!\w)"
        r"|\b(?:scan\s(?:my|the|this|that|our)|my)\sqr(?:\s?code|-code)?\b[^.!?\n]{0,40}?"
        r"(?:\b(?:to|and)\s(?:(?:add|reach|contact|chat\swith|message|msg|text|call|dm|pm|talk\sto|follow|connect\swith)"
        rf"\s(?:me|us)\b|(?:get|see|find)\s(?:my|our)\s(?:contacts?|number|details)\b|(?:chat|connect){_CLAUSE_ENDS})"
        rf"|\b{_MY}\s{CONTACT_PLATFORM}(?!\w))"
        r"|\badd\sme\s(?:by|via|with|using|through)\s(?:the\s|my\s)?qr(?:\s?code|-code)?(?!\w)",
    ),
    _rule(
        _REQ,
        "request.present_on",
        STRONG,
        # the sender reachable on an app, by its name or its look: "I'm more active on the green one", "I'm always
        # online on tele", "we're available on WhatsApp"
        rf"\b{lx.PRESENT_ON}\s(?:on|over|via|at)\s(?:the\s|my\s)?(?:{CONTACT_PLATFORM}(?!\w)|{lx.EUPHEMISM}"
        rf"|{lx.APP_BY_COLOUR}(?!\w)|{_NICKNAMED_APP})"
        # "I'm on whatsapp if that's easier", "I'm on tg, same name"
        rf"|\b{lx.PRESENT_AT}on\s(?:{_REACHABLE_APP}(?!\w){_NOT_ITS_PRODUCT}|{_NICKNAMED_APP})",
    ),
    _rule(
        _REQ,
        "request.ask_app",
        STRONG,
        rf"(?:{_HAS_YOU})\s(?:a\s|an\s)?{_ASKED_APP}"
        # "got telegram?": the bare verb only as a whole question
        rf"|\bgot\s(?:a\s|an\s)?{_ASKED_APP}(?=\s?\?)"
        # the app inside the question: "may telegram ka ba?", "aapke paas whatsapp hai?", "aap whatsapp use karte ho?"
        rf"|\b(?:may|meron)\s{_ASKED_APP}\s(?:ka|kayo)\b"
        # reachable there, asked: "pwede ka sa viber?", "puwede po kayo sa telegram?"
        rf"|\b(?:pwede|puwede|pede)\s(?:po\s)?(?:ka|kayo)\s(?:ba\s)?(?:po\s)?sa\s{_ASKED_APP}"
        rf"|\b{_HINDI_YOU}\s(?:paas|pas)\s{_ASKED_APP}|\b{_ASKED_APP}\s(?:hai|h|he)\s{_HINDI_YOU}\s(?:paas|pas)\b"
        rf"|\b(?:aap|ap|tum|tu)\s{_ASKED_APP}\s(?:use|chalate|chalati)\s(?:karte|karti|karta|krte)\b"
        # a messaging app of any name, the whole question: "do you use any other messaging apps?", "¿usas alguna app
        # de mensajería?", "você tem outro app de mensagem?", "tu as une appli de messagerie ?" ("do you have
        # experience with messaging apps?" asks about the work)
        rf"|(?:{_HAS_YOU}|\bkoi)\s(?:any\s|another\s|an?\s|some\s|other\s|alguna?\s|otra?\s|alg[uú]m\s|outro\s|une?\s"
        r"|autre\s|aur\s|dusra\s){0,2}(?:(?:messaging|chat|texting)\s(?:apps?|applications?|platforms?)|messengers?|(?:apps?"
        r"|aplicaci[oó]n|aplicativos?|applis?|applications?)\s(?:de\s)?(?:mensajer[ií]a|mensage[mn]s?|messagerie|chat))"
        r"(?:\s(?:besides|apart\sfrom|other\sthan|except|aside\sfrom|adem[aá]s\sde|al[eé]m\sd[eo]|à\spart|en\sdehors\sde)"
        r"\s[\w\s]{1,20})?(?:\s(?:hai|he|h|use\skarte\sho))?\s?\?",
    ),
    _rule(
        _REQ,
        "request.best_way",
        STRONG,
        r"\b(?:best|good|easiest|quickest|fastest|right|direct|mejor|melhor|meilleur)\s(?:phone\s|contact\s)?(?:number"
        r"|phone|email|e-mail|way|n[uú]mero|num[eé]ro|contact|whats\s?app|forma|jeito|moyen|fa[cç]on)\s(?:to|para|pra|pour)"
        r"\s(?:reach|call|text|contact|ring|message|get\sin\stouch\swith|get\shold\sof|llamarte|contactarte|escribirte"
        r"|localizarte|te\sligar|te\scontatar|falar\scom\svoc[eê]|vous\sjoindre|te\sjoindre|vous\scontacter"
        r"|te\scontacter|t'appeler|vous\sappeler)\b(?![^.!?\n]{0,20}\b(?:here|on\sthis|through\s(?:the\s)?(?:platform"
        r"|upwork|fiverr)|on\s(?:upwork|fiverr|the\splatform)|aqu[ií]|aqui|ici))",
    ),
    _rule(
        _REQ,
        "request.euphemism",
        MEDIUM,
        rf"(?<!\w){lx.EUPHEMISM}(?!\w)",
        # Each phrasing names the place (an app, a site, a platform, "here", a marketplace), a preferred/usual one,
        # or is one of the "somewhere"/fuera/fora/hors/bahar/labas/barra/khare idioms, or a talk taken "outside":
        # "off" or "away" alone is not.
        needs=(
            "app",
            "aplic",
            "bird",
            "prefer",
            "favo",
            "usual",
            "site",
            "platform",
            "marketplace",
            "portal",
            "system",
            "chat",
            "here",
            "upwork",
            "fiverr",
            "freelancer",
            "channel",
            "messenger",
            "somewhere",
            "private",
            "offline",
            "outside",
            "elsewhere",
            "besides",
            "apart",
            "fuera",
            "fora",
            "hors",
            "bahar",
            "labas",
            "bara",
            "barra",
            "bra",
            "khare",
        ),
    ),
    # -- off_platform_payment -----------------------------------------------------------------------------------
    _rule(
        _PAY,
        "payment.ask_account",
        STRONG,
        # the other party's payment account asked for: "what's your paypal?", "what is your IBAN?", "send me your wise
        # email", "your venmo pls" ("what's your paypal integration experience?" asks about the work)
        r"\b(?:what['’]?s|whats|wats|what\sis|share|send|give|drop|need|provide|pass|text|dm)\s(?:me\s|us\s)?"
        rf"(?:your|ur)\s{_PAY_ACCOUNT}{_ACCOUNT_ENDS}"
        rf"|\b(?:your|ur)\s{_PAY_ACCOUNT}\s?(?:pls|please|plz|por\sfavor|bhejo|do)\b"
        # ... in Spanish, Portuguese or French, the key or the account before the rail: "me passa sua chave pix",
        # "¿cuál es tu cuenta de nequi?", "envoie-moi ton RIB"
        r"|\b(?:me\spasa|me\spassa|p[aá]same|passa|me\smanda|m[aá]ndame|manda|me\sd[aá]|dame|qual\s(?:[eé]\s)?|cu[aá]l\ses"
        r"|envoie(?:-moi)?|envoyez(?:-moi)?|donne(?:-moi)?|donnez(?:-moi)?|quel\sest|c'est\squoi)\s(?:a\s|o\s)?"
        r"(?:sua|seu|tua|teu|tu|su|ton|ta|votre)\s(?:(?:chave|conta|cuenta|compte|n[uú]mero\sde|numero\sde|num[eé]ro)"
        rf"\s(?:de\s|do\s|da\s)?)?{_PAY_ACCOUNT}{_ACCOUNT_ENDS}",
    ),
    _rule(
        _PAY,
        "payment.pay_via",
        STRONG,
        rf"\b{lx.PAY}\b{_GAP}\b(?:via|through|thru|by|on|at|with|using|over|to|into|in|por|pelo|pela|com|en"
        # (English "no" after a clause break refuses the rail: "payments via the milestone here, no PayPal")
        rf"|par|sur|avec|con|al|sa|se|me|pe|3an\stari2|3ala|ng|(?<![,;]\s)no|na|em|num|numa|dans|kwa)\s(?:my\s|your\s|a\s|the\s|mi\s|meu\s"
        r"|mon\s|ma\s|o\s|el\s|le\s)?(?:(?:account|compte|conta|cuenta|wallet)\s)?"
        rf"{PAY_PLATFORM}(?!\w){_NOT_THROUGH_PLATFORM}"
        # Hindi/Urdu put the postposition after the rail: "pay kar do jazzcash pe", "paise bhejo easypaisa mein"
        rf"|\b{lx.PAY}\b{_GAP}\b{PAY_PLATFORM}\s(?:pe|par|pr|mein)(?!\w)"
        # the rail named, then money sent "there" / "to it": "mera gpay number 98xxx hai, wahan bhej do", "vodafone cash
        # raqam 010..., 7awel 3aleh", "gcash ko 0917..., doon mo na lang ipadala"
        rf"|\b{PAY_PLATFORM}\b[^.!?\n]{{0,40}}?\b(?:(?:wahan|wahin|waha|udhar|usme|us\spe|uspe|ispe|is\spe)\s(?:pe\s)?"
        r"(?:bhej|daal|dal|transfer|pay|kar)\w{0,6}"
        r"|(?:7awel|hawel|7awelli|ib3at|ab3at|edfa3|idfa3)\w{0,3}\s(?:3aleh|3alih|3aleeh|3aleha|3alaih|feeh|fih)"
        r"|(?:doon|dun|diyan)\s(?:mo\s|nyo\s)?(?:na\slang\s|nalang\s)?(?:ipadala|i-?send|ibayad|isend|bayaran))(?!\w)",
    ),
    _rule(
        _PAY,
        "payment.points_elsewhere",
        STRONG,
        # the sender's payment account said to be published where the reader can look it up: "my cashapp is in my
        # bio", "my paypal link's on my profile", "mi nequi está en mi perfil"; with no verb only as the whole
        # clause ("my PayPal on my website needs a new button" is the work)
        rf"(?<!\w){_MY}\s{PAY_PLATFORM}(?:\s(?:id|tag|handle|link|details|info|account|username|qr|number))?"
        r"(?:(?:\s?['’]s|\s(?:is|are|s|r|can\sbe\sfound|is\slisted|listed|is\sup|up|est[aá]|fica|est))"
        rf"\s(?:in|on|at|en|no|na|sur|dans)\s{_MY}\s(?:[\w']{{1,12}}\s)?(?:{lx.PUBLISHED_PLACE}|perfil|profil)(?![\w'’-])"
        rf"|\s(?:in|on|at)\s{_MY}\s(?:[\w']{{1,12}}\s)?{lx.PUBLISHED_PLACE}{_CLAUSE_ENDS})",
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
        "payment.accept_platform",
        STRONG,
        r"\b(?:(?:can|could|would|will|do|does)\s(?:you|u|ya)\s(?:(?:also\s|just\s)?(?:take|accept|receive|use|do|prefer"
        r"|work\swith|get\spaid\s(?:via|through|on|in|with|by)|be\s(?:ok|okay|fine|good|alright)\swith))"
        r"|(?:are\s(?:you|u)|r\su)\s(?:ok|okay|fine|good|alright)\swith|(?:ok|okay|fine|good)\swith\s(?:you|u)\sif\si\spay"
        r"|acept(?:as|a|an|ar[ií]as)|recib(?:es|e|ir[ií]as)|te\ssirve|le\ssirve|te\sparece\sbien|puedes\srecibir"
        r"|aceit(?:a|as|aria)|receb(?:e|es)|pode\sser|topa|rola|serve|prefiro\s(?:receber\s)?(?:por|no|na|via|em)"
        r"|prefiero\s(?:que\sme\spagues\s)?(?:por|en|con)|accept(?:es|ez)|prends|prenez|re[cç]ois|recevez"
        r"|[cç]a\s(?:te|vous)\sva|je\spr[eé]f[eè]re\s(?:[eê]tre\spay[eé]\s)?(?:par|via|en)"
        r"|(?:my|our|mi|meu|mon)\s(?:preferred|favou?rite|usual|m[eé]todo\sde\spago|forma\sde\spagamento"
        r"|moyen\sde\spaiement)\s(?:(?:payment|pay)\s(?:method\s|option\s)?)?(?:is|would\sbe|es|[eé]|est)"
        r"|tumatanggap\ska\sba\sng|(?:pwede|puwede|ok\slang|okay\slang)\s(?:ba\s)?(?:sa|thru|through|via|ng)"
        r"|bt2bal|bti2bal|teqbal|ta2bal|bta2bal)\s(?:a\s|an\s|un\s|una\s|um\s|uma\s|une\s|o\s|el\s|la\s|le\s|l')?"
        rf"(?:em\s|en\s|in\s|por\s|via\s|par\s)?{PAY_PLATFORM}(?!\w)"
        # the sender's one rail: "I only accept crypto", "só aceito pix", "acepto únicamente USDT", "je n'accepte que
        # les cryptos", "payment sirf crypto mein"
        r"|\b(?:(?:i|we)\s(?:only|just|solely|exclusively)\s(?:accept|take|receive|do|work\swith)"
        r"|(?:i|we)\s(?:accept|take|receive)\s(?:payments?\s)?(?:only|solely|exclusively)"
        r"|(?:s[oó]|s[oó]lo|solamente|[uú]nicamente|somente|apenas)\s(?:acepto|aceptamos|recibo|recibimos|aceito|aceitamos"
        r"|recebo|recebemos|trabajo\scon|trabalho\scom)"
        r"|(?:acepto|aceptamos|recibo|recibimos|aceito|aceitamos|recebo|recebemos)\s(?:s[oó]lo|solamente|[uú]nicamente"
        r"|apenas|s[oó]|somente)"
        r"|(?:je|on|nous)\s(?:n'|ne\s)(?:accepte|acceptons|prends|prend|prenons)\s(?:\w{1,10}\s)?que|je\sprends\sque)"
        r"\s(?:(?:les|le|la|l'|des|el|los|las|o|os|a|the)\s?)?(?:(?:payments?|pagos?|pagamentos?|paiements?)"
        rf"\s(?:in|via|by|through|en|por|con|em|no|na|par|en)\s(?:(?:el|la|o|a|le|la)\s)?)?{PAY_PLATFORM}(?!\w)"
        rf"|\b(?:payment|paisa|paise|pay)\s(?:sirf|only|bas)\s{PAY_PLATFORM}\s(?:mein|me|se|pe|par)(?!\w)"
        rf"|\bsirf\s{PAY_PLATFORM}\s(?:mein|me|se|pe|par)\s(?:payment|pay|paisa|paise|lunga|lungi|lenge|chahiye)(?!\w)"
        # "solo efectivo", "only crypto.", "apenas pix!": the rail alone, ending the clause
        r"|\b(?:only|solo|s[oó]lo|apenas|somente|seulement|uniquement|sirf)\s(?:(?:in|via|by|en|por|em|par)\s)?"
        rf"{PAY_PLATFORM}(?=\s?(?:[^\w\s]|$)|\s(?:pls|please|por\sfavor|bro|sir|accepted|aceito|aceptado|s'il)\b)"
        rf"|\b{PAY_PLATFORM}\s(?:(?:mo|nyo|niyo)\s)?(?:only|solo|s[oó]|seulement|sirf|lang|na\slang|nalang|(?:ok|okay|fine|good|cool|alright)"
        r"\s(?:for|with)\s(?:you|u)|works\sfor\s(?:you|u)|chalega|chalegi|theek\shai|ok\shai|le\slo(?:ge)?|mashi|tamam"
        r"|te\ssirve|te\sva|[cç]a\s(?:te|vous)\sva|serve|pode\sser|pwede\sba)(?!\w)"
        # (not another's terms, Tagalog's "ng" naming who accepts: "GCash lang ang tinatanggap ng supplier namin")
        r"(?!\s(?:ang\s|yung\s)?(?:tinatanggap|tatanggapin|tanggap|ginagamit|gamit)\sng\s)",
    ),
    _rule(
        _PAY,
        "payment.rail_as_verb",
        STRONG,
        # the rail itself is the verb, with the sum as its object: "PayPal me the balance", "venmo me $50"
        rf"\b{PAY_PLATFORM}\s(?:me|us)\s(?:the\s|my\s|your\s|an?\s)?(?:[$€£]\s?\d|\d|money|balance|rest|remaining"
        r"|deposit|bonus|tip|payment|advance|amount|half|funds?|invoice|difference)"
        # or with where to send it: "zelle me at 415 555 0198", "venmo me @jo-k", "paypal me on jo@mail.com"
        rf"|\b{PAY_PLATFORM}\s(?:me|us)\s(?:(?:at|on|to|via)\s)?(?:[@$+]\w|\d|[\w.+\-]{{1,40}}@\w)"
        # or with the work it would start: "cashapp me and I'll start today", "PayPal me first, then I'll deliver"
        rf"|\b{PAY_PLATFORM}\s(?:me|us)(?:\s(?:first|now|today|upfront))?,?\s(?:(?:and|&|n)\s)?(?:then\s)?"
        r"(?:i(?:'ll|\swill|\scan)|we(?:'ll|\swill|\scan))\s(?:get\s)?(?:start|begin|get\sstarted|deliver|send|ship|do"
        r"|finish|work|release|unlock)\b"
        # the rail as the thing sent, to the sender's own account: "send crypto to my wallet", "transfer USDT to me"
        rf"|\b(?:send|sent|transfer|pay|wire)\s(?:the\s|some\s|it\s(?:in|as)\s)?{PAY_PLATFORM}\s(?:to|into)\s(?:me\b|my\s)"
        # the rail as a verb or a noun of its own language: "yapéame", "bizuméame", "hazme un bizum", "faz um pix"
        r"|\b(?:yap|plin|bizum|nequi)[eé]?a?me\b|\b(?:hazme|h[aá]game|m[aá]ndame|env[ií]ame|faz|fa[cç]a|me\sfaz"
        r"|me\sfa[cç]a|me\smanda|manda|mande)\s(?:um|uma|un|una|o|el)\s(?:pix|bizum|yape|plin|nequi)\b"
        # a coin sent on a named chain: "send usdt trc20", "pay me 200 usdt (bep20)", "transfer usdc erc-20"
        r"|\b(?:send|transfer|pay|deposit)\s(?:(?:me|us)\s)?(?:the\s)?(?:[$€£]?\d[\d,.]{0,12}\s?)?(?:usdt|usdc|busd|btc"
        r"|eth|bnb|trx|sol)\s?[(\[-]?\s?(?:on\s)?(?:trc|erc|bep)[-\s]?20\b"
        # "zelle it to me", "paypal the rest over to me"
        rf"|\b{PAY_PLATFORM}\s(?:it|that|them|the\s(?:money|rest|balance|payment|amount|deposit|funds))\s(?:over\s)?to"
        r"\s(?:me|us)\b"
        # the money sent to the sender's own wallet, no rail named: "send it to my wallet directly", "manda el dinero
        # a mi billetera", "envoie l'argent sur mon wallet", "paisa mere wallet mein daal do", "7awelli 3al wallet"
        r"|\b(?:send|transfer|pay|wire|deposit|drop|put|manda|mande|env[ií]a|env[ií]e|transfiere|transfiera|deposita|transfira"
        r"|transfere|envoie|envoyez|vire|virez|verse|versez)(?:\s(?:me|it|them|(?:the|el|la|o|a|l'|le|les)\s?(?:money|payment"
        r"|funds|rest|balance|deposit|amount|dinero|plata|pago|dinheiro|pagamento|argent|paiement|fonds)))?\s(?:directly\s"
        r"|straight\s|directo\s"
        r"|direto\s|directement\s)?(?:to|into|in|a|en|pra|para|na|no|sur|dans)\s(?:my|our|mi|meu|minha|mon|ma)\s(?:own\s"
        r"|personal\s|crypto\s)?(?:wallet|billetera|cartera|carteira|portefeuille)\b"
        r"(?![\s-](?:folders?|apps?|designs?|screens?|pages?|icons?|features?|integrations?|ui|files?)\b)"
        r"|\b(?:mere|meri|apne)\swallet\s(?:mein|me|pe|par)\s(?:daal|dal|bhej|transfer)\w{0,6}"
        r"|\b(?:7awelli|hawelli|7awelly|ib3atli|ab3atli)\s(?:el\s?flous\s)?(?:3al|3ala|f|fi)\s(?:el\s)?wallet\b"
        # the sender's account named, then the rail sent: "my binance id 384729101, send usdt"
        rf"|\bmy\s(?:[\w-]{{1,12}}\s){{0,2}}(?:id|wallet|address|account|acct)(?:\s?[:=]|\s(?:is|below|above|here)\b"
        r"|\s[\w.@-]{0,40}\d)[^.!?\n]{0,40}?\b(?:send|transfer|pay)"
        rf"\s(?:(?:in|via|with)\s)?{PAY_PLATFORM}(?!\w)"
        # the rail straight to the sender's account: "pix na minha conta", "gcash sa account ko"
        rf"|\b{PAY_PLATFORM}\s(?:to|into|na|no|en|a|sur|sa)\s(?:my|minha|meu|mi|mon|ma)\s(?:account|conta|cuenta|compte"
        r"|wallet|carteira|billetera|portefeuille)\b"
        # the rail made a verb by Hindi/Urdu "karna" or Bengali "kora": "paytm kar do", "gpay se payment karo",
        # "easypaisa kar dein", "bkash kore den"
        rf"|\b{PAY_PLATFORM}\s(?:(?:se|pe|par|pr|mein|me|e|te)\s)?(?:(?:pay|payment|transfer|paise|paisa)\s)?(?:kar\s?do"
        r"|karo|kar\sdena|kar\sdijiye|kar\sdein|kar\sden|kijiye|karein|kore\s(?:den|din|diyen|dao|diben)|koren|korben"
        # ... or sent there in Bengali, its locative "e"/"te" before the verb: "bkash e pathao", "nagad e diye den"
        r"|pathao|pathan|pathaben|pathiye\s(?:den|din|dao|diben|dite)|diye\s(?:den|din|dao|diben)"
        # ... the sender promising it: "upi kar dunga", "paytm kar deta hoon", "gpay karenge"
        r"|kar\s(?:dunga|dungi|denge|deta|deti|dete)|karunga|karungi|karenge)(?!\w)"
        # Hinglish "upi se bhej do", Tagalog "gcash mo na lang bayad": the rail, then sending in its own grammar
        rf"|\b{PAY_PLATFORM}\s(?:se|pe|par|pr|mein|me)\s(?:[\w]{{1,10}}\s)?(?:bhej\w{{0,5}}|transfer\skar\w{{0,5}}"
        r"|pay\skar\w{0,5}|daal\sdo|dal\sdo)(?!\w)"
        rf"|\b{PAY_PLATFORM}\s(?:mo|nyo|niyo)\s(?:na\slang\s|nalang\s|na\s)?(?:ako\s|kami\s)?(?:ang\s|yung\s)?(?:bayad|ibayad|ipadala"
        r"|padala|i-?send|bayaran)(?!\w)",
    ),
    _rule(
        _PAY,
        "payment.fee_complaint",
        STRONG,
        rf"\b{PAY_PLATFORM}\b[^\n]{{0,80}}?{_FEE_COMPLAINT}|{_FEE_COMPLAINT}[^\n]{{0,80}}?\b{PAY_PLATFORM}(?!\w)",
    ),
    _rule(
        _PAY,
        "payment.avoid_fee",
        STRONG,
        r"\b(?:skip|skipping|avoid|avoiding|save\son|saving\son|bypass|bypassing|dodge|cut\sout|get\saround|escape|evade"
        r"|circumvent|no\smore|evitar|evitemos|ahorrar|ahorrarnos|ahorremos|economizar|fugir\sd[aoe]s?|n[aã]o\spagar"
        r"|[eé]viter|[eé]vitons|[eé]conomiser|contourner|bachane|bachaye|bachao|bachana|iwas|iwasan|makaiwas|t3adda"
        # Portuguese "poupar", Arabizi "nwaffar" (we save)
        r"|poupar|pouparmos|poupamos|nwaff?[ae]r|twaff?[ae]r|nwaffro|twaffro)"
        rf"\b[^.!?\n]{{0,20}}?{lx.FEE}(?!\w)"
        rf"|(?<!\w){lx.FEE}\s(?:[\w']{{1,12}}\s){{0,2}}(?:bach\w{{0,5}}|nahi\slage\w{{0,2}}|nahi\sdena|save\sho\w{{0,4}})(?!\w)"
        # the fee refused, then the deal kept between the two: "I'd rather not pay the platform fee, can we sort it out
        # between us", "I don't want to pay the fees, let's handle payment ourselves"
        r"|\b(?:rather\snot|don'?t\swant\sto|do\snot\swant\sto|won'?t|not\sgoing\sto)\spay\s(?:the\s|any\s|their\s)?"
        rf"{lx.FEE}(?!\w)[^.!?\n]{{0,60}}?\b(?:between\sus|ourselves|privately|off\s(?:the\s)?(?:site|platform|app))\b"
        r"|\b(?:without|sin|sem|sans|bina|walang|para\swalang|bdoun|bidun|min\sgheir|mn\sgher)\s(?:the\s|any\s|la\s"
        r"|a\s|les\s|o\s|their\s|paying\s)?(?:upwork\s|fiverr\s|platform\s|site\s|service\s)?(?:fees?|commissions?"
        r"|comisi[oó]n|comiss[aã]o|cut|percentage|komisyon|3umula|3omola)(?!\w)(?!\s(?:for|on)\s(?:revisions?|changes))"
        # the platform kept from its cut: "without upwork taking a cut", "so fiverr doesn't take their 20%", "no need
        # to give the site 20%", "so neither of us pays the platform fee", "keep the 20% for ourselves"
        rf"|\bwithout\s{lx.FEE_TAKER}\s{lx.TAKE_CUT}(?!\w)"
        rf"|\bso\s(?:that\s)?{lx.FEE_TAKER}\s(?:doesn'?t|doesnt|does\snot|don'?t|dont|won'?t|wont|will\snot|can'?t|cant"
        r"|never)\s"
        rf"{lx.TAKE_CUT}(?!\w)"
        r"|\b(?:no\sneed\sto|(?:don'?t|dont|do\snot)\s(?:need|want|have)\sto|why\s(?:should\s(?:we|i|you)\s)?)\s?"
        r"(?:give|pay|hand)\s(?:upwork|fiverr|the\s(?:site|platform|app|website|marketplace)|them)\s(?:a\s|their\s|its\s)?"
        rf"(?:\d{{1,2}}\s?%|{lx.FEE})(?!\w)"
        r"|\b(?:so|so\sthat|that\sway|this\sway|then)\s(?:(?:neither\sof\sus|nobody|no\sone|none\sof\sus)\s(?:has\sto\s"
        r"|needs\sto\s)?(?:pays?|loses?|gives?)|(?:we|you|u|i)\s(?:don'?t|dont|won'?t|wont|never|do\snot|will\snot)\s"
        r"(?:have\sto\s|need\sto\s)?(?:pay|lose|give))\s(?:the\s|any\s|a\s|their\s)?(?:(?:platform|site|upwork|fiverr"
        rf"|app|service)(?:'s)?\s)?(?:\d{{1,2}}\s?%|{lx.FEE})(?!\w)"
        rf"|\b{lx.KEEP_CUT}(?!\w)|(?<!\w){lx.CUT_MIDDLEMAN}|\b{lx.CUT_OUT_PLATFORM}"
        # the fee asked away with the move beside it: "why pay fees when we can deal direct", "no fees if we go direct"
        rf"|\b(?:why\s(?:pay|lose|give\saway)|no|zero|without)\s(?:the\s|any\s|those\s|all\sthose\s)?(?:platform\s|site\s"
        rf"|upwork\s|fiverr\s|service\s)?{lx.FEE}(?!\w)[^.!?\n]{{0,25}}?\b(?:when|if|once)\s(?:we|you|u|i)\s"
        r"(?:can\s|could\s|just\s)?(?:go|deal|work|do\s(?:it|this)|pay|trade|settle)\s(?:direct(?:ly)?|outside|privately"
        r"|off\s(?:the\s)?(?:platform|site|app))\b"
        # the fee named beside our own move out, either way round: "fees here are crazy, can we deal directly?", "we
        # can do it directly, no fees", "the platform fee is too high, let's do it outside"
        rf"|(?<!\w){lx.FEE}(?!\w)[^.!?\n]{{0,80}}?[\s,;:]{_OUR_MOVE_OUT}"
        rf"|\b{_OUR_MOVE_OUT}[^.!?\n]{{0,40}}?(?:no|zero|without|save\s(?:the|on)|skip\s(?:the)?)\s(?:the\s|any\s)?{lx.FEE}(?!\w)",
    ),
    _rule(
        _PAY,
        "payment.pay_direct",
        STRONG,
        # (a sum among the words: "send me the other $480 directly")
        rf"\b{lx.PAY}\b(?:[\s-]{_NOT_SENT_THING}(?:[$€£]\s?)?[\w']{{1,12}}){{0,4}},?\s{lx.PAY_OUTSIDE}(?!\w)"
        rf"{_NOT_THROUGH_PLATFORM}"
        rf"{_NOT_A_MESSAGE}{_NOT_TO_A_VENDOR}"
        rf"|(?<!\w){lx.OFF_PLATFORM}(?!\w)[^.!?\n]{{0,40}}?\b{lx.PAY}\b"
        # a price cut for leaving: "a discount if we do this outside the platform", "cheaper off the site"
        rf"|\b{_PRICE_CUT}\b[^.!?\n]{{0,40}}?(?<!\w){lx.OFF_PLATFORM}(?!\w)"
        # a rail used directly: "se for no Pix direto", "por Nequi directo", "GCash na lang diretso"
        r"|\b(?:no|na|pelo|pela|por|via|en|sur|par|pe|sa|3ala)\s(?:el\s|o\s|le\s)?"
        rf"{PAY_PLATFORM}\s(?:na\slang\s|nalang\s)?(?:direto|directo|diretamente|directamente|directement|diretso|direkta"
        r"|seedha|direct)(?!\w)"
        rf"|(?<!\w){lx.OFF_PLATFORM}(?!\w)[^.!?\n]{{0,30}}?\b{_PRICE_CUT}\b"
        r"|\b(?:direct|private|personal|side|seedha|bahar|bahar\sse)\s(?:payment|pay|transfer|deal)\s(?:karo|kar\sdo|karna|kijiye|please"
        r"|pls|is\sbetter|would\sbe\sbetter|works\sbetter|is\scheaper|na\slang)\b"
        # Hindi/Urdu "straight to me" before the payee: "direct mujhe pay karna", "seedha humein paise bhej do"
        r"|\b(?:direct|seedha|sidha)\s(?:mujhe|mujhko|mereko|mere\sko|humein|hume|humko)\s(?:hi\s)?(?:pay|payment|paise"
        r"|paisa)\s(?:kar|karo|karna|karein|kar\sdo|kar\sdena|bhej\w{0,5}|de\sdo|dena)(?!\w)"
        # the deal kept out of the records: "we can do it off the books", "keep this off the books"
        r"|\b(?:do|doing|did|keep|keeping|handle|work|deal|settle|run|pay|paid|paying)\s(?:(?:it|this|that|things|everything"
        r"|the\s(?:rest|job|work|deal|payment|project|order))\s)?off\sthe\sbooks\b",
        # Each phrasing has an outside-the-platform word (PAY_OUTSIDE, OFF_PLATFORM, or a direct/private/personal/side
        # deal): the app/site words that also open its gate are not enough.
        needs=(
            "direct",
            "diret",
            "direkta",
            "outside",
            "off",
            "privat",
            "person",
            "table",
            "side",
            "separat",
            "cash",
            "espèces",
            "especes",
            "fuera",
            "fora",
            "hors",
            "seedha",
            "sidha",
            "bahar",
            "labas",
            "bara",
            "barra",
            "bra",
            "somewhere",
            "without",
        ),
    ),
    _rule(
        _PAY,
        "payment.own_account",
        STRONG,
        # money sent to the sender's own account or card: "deposit to my acct", "transfer to my account number",
        # "deposítame a mi cuenta", "deposita na minha conta", "virez sur mon compte", "paise mere account mein bhej
        # do", "ipadala mo sa account ko", "7awelli 3ala 7sabi" (the files or ownership sent there are no money)
        r"\b(?:send|transfer|deposit|wire|remit|pay)(?:\s(?:me|it|them|(?:(?:the|your|ur)\s)?(?:money|payment|funds|rest|balance"
        r"|amount|deposit|advance|fee)|\$?\d[\d,.]{0,12}\$?))?\s(?:directly\s|straight\s)?(?:to|into|on|in)\s"
        # ... or one of the sender's people's: "send the payment to my brother's account"
        rf"(?:{_MY_PEOPLE}['’]s\s|(?:my|our)\s)"
        r"(?:own\s|personal\s|private\s|bank\s|savings\s|checking\s)?(?:account|acct|acc|a/c)\b"
        r"(?!\s(?:on|in|at)\s(?:drive|github|gitlab|dropbox|figma|the\s(?:app|site|portal|dashboard)))"
        r"(?![\s-](?:page|pages|settings|screen|folder|dashboard|manager|design|menu|icon)\b)"
        r"|\b(?:dep[oó]s[ií]t(?:a|ame|e|eme|en)|transfi[eé]r(?:e|eme|ame|a|an)|p[aá]same|env[ií]a(?:me)?|m[aá]nda(?:me)?|p[aá]g(?:ame|ueme)"
        r"|deposit[ae]|transfer[ae]|transfira|envi[ae]|mand[ae]|pag(?:a|ue)|me\spag(?:a|ue))(?:\s(?:el|la|o|os)\s(?:dinero"
        r"|plata|pago|dinheiro|pagamento|valor))?\s(?:directo\s|directamente\s|direto\s|diretamente\s)?(?:a|en|na|pra|para"
        r"\sa|em)\s(?:mi|minha)\s(?:cuenta|conta)\b"
        r"|\b(?:vire[sz]?|verse[sz]?|envoie[sz]?|envoyez|payez(?:-moi)?|paie(?:-moi)?|transf[eé]re[sz]?)(?:\s(?:l'argent|le\spaiement"
        r"|les\sfonds))?\s(?:directement\s)?(?:sur|[aà]|dans)\s(?:mon)\s(?:compte)\b"
        r"|\b(?:paise\s|payment\s)?(?:mere|meri|apne)\s(?:bank\s)?(?:account|acc|acct|khate|khaate|a/c)\s(?:mein|me|main"
        r"|pe|par)\s(?:\w{1,10}\s)?(?:bhej|daal|dal|transfer|deposit|jama)\w{0,6}"
        r"|\b(?:\d{6,18}|upi(?:\sid)?|account|acc|number|no\.?)\s(?:pe|par|pr|mein|me)\s(?:paise\s|payment\s|amount\s)?bhej"
        r"\w{0,6}"
        r"|\b(?:ipadala|padala|i-?send|ihulog|hulog|i-?transfer|ibayad|bayad)\s(?:mo\s|nyo\s)?(?:na\slang\s|nalang\s|na\s)?"
        r"(?:ang\s\w{1,10}\s|yung\s\w{1,10}\s)?sa\s(?:bank\s)?(?:account|acct)\s(?:ko|namin)\b"
        r"|\b(?:ib3atli|ab3atli|7awelli|hawelli|7awel|hawel|ib3at|ab3at)(?:\s(?:el\s?)?(?:flous|fulus|masari))?\s(?:3al"
        r"|3ala|3la|f|fi|le|l)\s(?:el\s)?(?:account|7sabi|hesabi|7esabi|hsabi|card|kart)\b"
        # Russian, Ukrainian (and their Latin spellings): "скинь на карту", "переведи туда", "perevedi na kartu"
        r"|(?<!\w)(?:переведи|переведите|перекинь|перекиньте|скинь|скиньте|кинь|киньте|отправь|отправьте|надішли)"
        r"(?:\s(?:мне|мені|деньги|гроші|оплату)){0,2}\s(?:на\s(?:мою\s|мой\s|мій\s)?(?:карту|карточку|картку|сч[её]т|рахунок"
        r"|кошел[её]к)|туда)(?!\w)"
        r"|\b(?:perevedi|perevedite|perekin|skin['’]?|skin['’]?te|kin['’]?|otprav['’]?)\s(?:mne\s)?na\s(?:moyu\s)?(?:kartu|kartochku|schet"
        r"|schyot)\b"
        # crypto to an address: "send usdt to this address", "envía usdt a esta dirección"
        rf"|\b(?:send|transfer|deposit|pay|env[ií]a|manda|transfiere|deposita|envie|mande|transfira|envoie[sz]?"
        rf"|transf[eé]re[sz]?)\s(?:(?:the|your|los|el|os|o|les|le)\s)?(?:\$?\d[\d,.]{{0,12}}\s)?{_CRYPTO}\s(?:(?:to|into|at|a"
        r"|en|pra|para|pro|no|na|[aà]|sur|vers)\s(?:this|that|my|the\sfollowing|the\sbelow|below|esta|esa|mi|esse|este"
        r"|essa|esta|meu|minha|cette|mon|ma)|nes[st][ea])\s(?:wallet\s|crypto\s)?(?:address|addy|wallet|direcci[oó]n|billetera"
        r"|endere[cç]o|carteira|adresse|portefeuille)\b"
        # paying there, set against here: "just pay there", "instead of paying here", "en vez de pagar aquí"
        r"|\b(?:just|simply|better|rather)\s(?:to\s)?pay(?:\s(?:me|us))?\sthere\b|\bpay\s(?:me|us)\sthere\b"
        r"|\bpay(?:\s(?:me|us))?\sthere\s(?:instead|not\shere|rather)\b"
        r"|\b(?:instead\sof|rather\sthan)\s(?:paying|pay)\s(?:(?:me|us)\s)?(?:here|(?:on|through|via|in|thru)\s(?:the\s|this\s)?"
        r"(?:site|platform|upwork|fiverr|app|website|marketplace))\b"
        # ... unless the way asked about is the platform's own: "instead of paying here, is there an invoice on the
        # platform?"
        r"(?![^.!?\n]{0,60}\b(?:on|through|via|in)\s(?:the\s)?(?:platform|upwork|fiverr|escrow|site)\b)"
        r"|\b(?:en\svez\sde|en\slugar\sde)\spagar(?:te|le|me)?\s(?:aqu[ií]|ac[aá]|(?:por|en)\s(?:la\s|el\s)?(?:plataforma"
        r"|p[aá]gina|app|sitio))"
        r"|\b(?:em\svez\sde|ao\sinv[eé]s\sde|inv[eé]s\sde)\s(?:te\s|me\s)?pagar\s(?:aqui|(?:pela|pelo|na|no)\s(?:plataforma"
        r"|app|site))\b"
        r"|\b(?:au\slieu\sde|plut[oô]t\sque\sde)\s(?:vous\s|te\s|me\s)?payer\s(?:ici|(?:sur|via|par)\s(?:la\s|le\s)?"
        r"(?:plate-?forme|site|appli))"
        r"|\b(?:yahan|yaha|idhar)\s(?:pe\s)?(?:pay|payment|paise)\s(?:mat|na|nahi)\s(?:karo|kar|bhejo|do)\b"
        r"|\b(?:wag|huwag)\s(?:na\s)?(?:dito|sa\splatform|sa\ssite)\s(?:magbayad|bayaran|ibayad|mag-?bayad)\b",
    ),
    _rule(
        _PAY,
        "payment.friends_family",
        STRONG,
        rf"(?:\b{lx.PAY}\b|\b{PAY_PLATFORM}\b)[^.!?\n]{{0,40}}?{lx.FRIENDS_FAMILY}"
        rf"|{lx.FRIENDS_FAMILY}[^.!?\n]{{0,30}}?(?:\b{lx.PAY}\b|\b{PAY_PLATFORM}\b|option|mode)|\bf\s?&\s?f\b"
        # the same payment type by its other names, with the fee it dodges or the app: "mark it as a gift so paypal
        # doesn't charge", "envíalo como pago personal para que no cobren comisión"
        r"|\b(?:send|mark|pay|do|select|choose|put|tick|set|manda(?:lo)?|m[aá]ndalo|env[ií]a(?:lo)?|env[ií]alo|marca(?:lo)?"
        r"|envie|envoie(?:-le)?|mets(?:-le)?|marque(?:-le)?)\s(?:(?:it|this|that|the\spayment|the\smoney|the\stransfer"
        r"|payment|el\spago|o\spagamento|le\spaiement)\s)?(?:as|como|en\stant\sque|comme)\s(?:a\s|an\s|un\s|um\s)?"
        r"(?:gift|personal(?:\spayment)?|regalo|presente|cadeau|pago\spersonal|pagamento\spessoal|paiement\spersonnel)\b"
        rf"(?=[^.!?\n]{{0,40}}?(?:\b(?:fees?|charges?|commissions?|comisi[oó]n|comiss[aã]o|taxas?|frais|cobr\w{{1,5}})\b"
        rf"|\b{PAY_PLATFORM}\b))"
        rf"|\b{PAY_PLATFORM}\s(?:gift|personal|friends?)\s(?:option|payment|mode|type|transfer)\b",
    ),
    _rule(
        _PAY,
        "payment.gift_card",
        STRONG,
        # a gift card as the payment: "pay me in steam cards", "gift cards work too", "I accept google play gift
        # cards", "send me the code of a steam gift card" (a shop that sells them, or a gift card module, pays no one)
        # the payer is the reader ("pay me in", "you can pay with", "paga con"), not the product's users
        r"(?:\b(?:pay|payer|paie|paye|pagar?|pague|p[aá]game|pagame)\s(?:me|us|moi|nous)|\bpay(?:ez|e|er)?-moi"
        r"|\bme\s(?:paga|pague|pagas|paie|payes)|\b(?:payment|pagamento|pago|paiement)"
        r"|(?:\b(?:you|u)\s(?:can\s|could\s|may\s|also\s|just\s)?|\b(?:pode|puede|puedes|podes|pouvez|peux)\s"
        r"|(?<![^\W\d_]\s)|\b(?:can|could|may|shall)\s(?:i|we)\s|\b(?:i|we)(?:'ll|\swill|\scan)\s"
        r"|\b(?:i|we)(?:'d|\swould)\s(?:prefer|like|rather)\sto\s)(?:pay|payer|payez|pagar?"
        r"|pague))"
        # ... all of it or a part: "can I pay half with gift cards?", "I'll pay the rest in steam cards"
        r"(?:\s(?:half|part|some|(?:the\s)?(?:rest|balance|remainder|remaining)|part\sof\sit|a\spart|la\smitad|a\smetade"
        r"|el\sresto|o\sresto|la\smoiti[eé]|le\sreste))?"
        rf"\s(?:in|with|by|via|using|through|as|con|com|en|em|par|avec)\s{_SOME}{_GIFT_CARD}"
        rf"|\b(?:send|buy|get|mand[ae]|env[ií]a|compra|envoie|ach[eè]te)\s(?:me|us|moi|me\sun[ae]?)\s[^.!?\n]{{0,25}}?"
        rf"{_GIFT_CARD}{_CARD_ITSELF}"
        # ... or the writer pays the reader so: "I'll pay you with an amazon gift card", "we can send you a steam card
        # instead"
        rf"|{_WRITER_WILL}(?:pay\s(?:you|u)\s(?:in|with|by|via|using)\s{_SOME}{_GIFT_CARD}"
        rf"|(?:send|buy|get)\s(?:you|u)\s[^.!?\n]{{0,25}}?{_GIFT_CARD}{_CARD_ITSELF})"
        rf"|\b(?:i|i'll|i\swill|i\scan|i\salso|acepto|aceito|j'accepte)\s(?:also\s)?(?:accept|take|receive)?\s?{_SOME}"
        rf"{_GIFT_CARD}|{_GIFT_CARD}\s(?:(?:also\s)?(?:work|works|are\sfine|is\sfine|are\sok(?:ay)?|is\sok(?:ay)?"
        r"|are\saccepted|accepted|are\swelcome|too|as\spayment|as\sa\spayment|funcionan|sirven|tambi[eé]n|tamb[eé]m"
        r"|servem|funcionam|aussi))\b"
        # ... or its code sent back: "buy a $100 google play card and send me the code"
        rf"|{_GIFT_CARD}[^.!?\n]{{0,30}}?\b(?:send|text|give|mand[ae]|env[ií]a)\s(?:me|us|me\sel|me\so)\s(?:the\s)?"
        r"(?:codes?|pins?|numbers?|c[oó]digos?|photos?|pictures?|pics?)\b",
    ),
    _rule(
        _PAY,
        "payment.rail_details",
        STRONG,
        # a payment account's details handed over with no verb: "bank details below", "wise details: ...",
        # "payoneer details sent in DM", "here are my bank details", "dados bancários abaixo"; without a possessive
        # or a "here are" only opening its clause ("the form asks for bank details: IBAN, BIC" describes the work)
        r"(?:(?<![\w'’]\s)|(?<=\bmy\s)|(?<=\bour\s)|(?<=\b(?:mera|meri|apna)\s))"
        rf"\b{PAY_PLATFORM}\s(?:account\s|acc\s|acct\s|a/c\s|transfer\s|payment\s|wire\s)?{lx.ACCOUNT_DETAILS}"
        r"(?:\s(?:ko|namin|mo))?"
        r"(?:\s?:(?!\w)|\s(?:below|above|attached|to\sfollow|follow|as\sfollows|here|neeche|niche|sent(?:\s(?:in|via|to|by))?"
        r"|(?:are|r)\s(?:below|above|attached|here|as\sfollows)|in\s(?:the\s)?(?:dm|pm|inbox|chat|next\smessage)"
        r"|in\s(?:my|a)\s(?:dm|pm|next\smessage)))"
        r"|\b(?:here\s(?:are|is)|here['’]?s|these\sare|below\sare|find|sending(?:\syou)?|sent\syou|i['’]ll\ssend(?:\syou)?"
        r"|i\swill\ssend(?:\syou)?|voici|voil[aà]|aqu[ií]\s(?:est[aá]n|van|tienes)|a(?:qui|í)\s(?:est[aã]o|v[aã]o)|segue[m]?"
        r"|take)\s(?:my|our|mis|mes|os\smeus|meus|nuestros|the)\s(?:[\w-]{1,12}\s)?"
        rf"(?:{PAY_PLATFORM}\s(?:account\s|transfer\s|payment\s)?{lx.ACCOUNT_DETAILS}|{_FOREIGN_DETAILS})\b"
        rf"|(?<!\w)(?:my|our|mera|meri|apna|mis|meus|mes|nuestros)\s{PAY_PLATFORM}\s(?:account\s)?{lx.ACCOUNT_DETAILS}"
        r"\s?:(?!\w)"
        rf"|(?:(?<![\w'’]\s)|(?<=\b(?:mis|mes)\s)|(?<=\bmeus\s)|(?<=\bnuestros\s)|(?<=\bnossos\s))(?<!\w)"
        rf"{_FOREIGN_DETAILS}"
        r"(?:\s?:(?!\w)|\s(?:abajo|aqu[ií]|abaixo|aqui|en\sseguida|a\sseguir|ci-dessous|ici|en\sdm|por\sdm|no\sdm|en\smp"
        r"|en\sprivado|no\sprivado|en\spriv[eé]))"
        r"|\b(?:voici|aqu[ií]\s(?:est[aá]n|van)|seguem)\s(?:mes|mis|os\smeus|meus)\s(?:coordonn[eé]es|datos|dados)\b"
        # the account itself in place of its details: "IBAN below", "my paypal email is below", "sending you my IBAN
        # now", "I'll DM you my paypal"
        r"|(?:(?<![\w'’]\s)|(?<=\bmy\s)|(?<=\bour\s))\b(?:iban|account\snumber|acct\sno|routing\snumber|swift\scode"
        rf"|upi\sid|{PAY_PLATFORM}\s(?:email|e-mail|address|id|tag|number|link))(?:\s(?:is|are))?\s(?:below|above|attached"
        r"|to\sfollow|as\sfollows|in\s(?:the\s|a\s|my\s)?(?:dm|pm|inbox|next\smessage))\b"
        r"|\b(?:here['’]?s|here\sis|sending(?:\syou)?|sent\syou|i['’]ll\s(?:send|dm|pm|text)(?:\syou)?|i\swill\s(?:send|dm|pm"
        rf"|text)(?:\syou)?|let\sme\s(?:send|dm|pm|text)(?:\syou)?)\s(?:my|our)\s{_PAY_ACCOUNT}{_ACCOUNT_ENDS}"
        # a remittance to a payee: "western union to Kim Nguyen, Manila", "moneygram: receiver name Ana Lopez",
        # "remitly to my mom's account" (find_cues keeps a name branch only for a capitalised name)
        rf"|\b{lx.REMITTANCE}\s?(?:[:\-–—]\s?)?(?:details\s?:?\s?)?{lx.PAYEE}\b"
        r"(?![\s-](?:names?\s)?(?:fields?|inputs?|columns?|box|forms?|labels?|validation|pages?|screens?)\b)"
        rf"|\b{lx.REMITTANCE}\s?(?:[:\-–—]\s?)?(?:(?:details|info)\s)?(?:to|for|kay|kina|para|pra|pour|a)\s(?:my|mi|mon|ma|meu|minha|aking)\s"
        rf"(?:[\w']{{1,12}}\s)?{lx.RELATIVE}(?:['’]s)?\b"
        rf"|\b{lx.REMITTANCE}\s?(?:[:\-–—]\s?)?(?:(?:details|info)\s)?(?:to|for|kay|kina|para|pra|pour|a)\s?:?\s[^\W\d_][\w'-]{{1,20}}"
        r"(?:\s(?:de|dela|del|da|dos|van|bin|al|el))?\s[^\W\d_][\w'-]{1,20}(?=\s?(?:[,.;!\n]|$))"
        rf"|\b(?:datos|dados|details|info|coordonn[eé]es)\s(?:para|pra|for|pour)\s(?:(?:el|o|le)\s)?{lx.REMITTANCE}\b",
    ),
    _rule(
        _PAY,
        "payment.receive_on",
        STRONG,
        # the sender receiving on a rail, with no preposition or in its own grammar: "I can receive moneygram too",
        # "main paytm pe receive karta hoon", "paytm pe le leta hoon", "ana ba2bal western union" ("I accept cash app"
        # is left to payment.platform_named and the model)
        r"\b(?:i|we|i'm|im|i\sam)\s(?:(?:can|could|also|usually|only|mostly|normally|generally|do|will|able\sto|happy\sto)\s)"
        r"{0,2}receive\s(?:(?:payments?|money|funds|transfers?)\s)?(?:(?:also|too)\s)?"
        rf"(?:(?:via|through|thru|on|in|by|with|using)\s)?{PAY_PLATFORM}(?!\w)"
        rf"|(?<!\w){PAY_PLATFORM}\s(?:pe|par|pr|se|mein|me|main)\s(?:bhi\s|hi\s)?(?:(?:payment|paise|paisa|pay|money"
        r"|amount)\s)?(?:(?:receive|accept)\s(?:kar\w{0,5}|ho\sjata|ho\sjayega|hota|le\s?\w{0,5})|le\s(?:leta|leti|lete"
        r"|lunga|lungi|lenge)|leta|leti|lete|lunga|lungi|lenge)(?!\w)"
        # "sí recibo zelle", "recebo pix também", "je reçois paypal aussi", "acepto transferencias bancarias"
        r"|\b(?:recibo|recibimos|recebo|recebemos|re[cç]ois|recevons|acepto|aceptamos|aceito|aceitamos|j'accepte"
        # the sender's own "I accept ..." (a business's "we accept" may be its shop: left to platform_named)
        r"|i\s(?:also\s|only\s|usually\s|mostly\s|gladly\s)?accept"
        r"|acceptons)\s"
        r"(?:(?:pagos|pagamentos|paiements|payments?|transferencias|transfer[eê]ncias)\s(?:(?:via|through|by|on|in)\s)?)?"
        r"(?:(?:tambi[eé]n|tamb[eé]m|aussi|also)\s)?"
        rf"(?:(?:el|la|o|a|le|les)\s)?{PAY_PLATFORM}(?!\w)"
        r"|\b(?:ba2bal|b2bal|ba2bel|bast2bel|basta2bel|bastalem|bastlem)\s(?:(?:el\s?)?(?:flous|fulus)\s)?"
        rf"(?:(?:3ala|3an\stari2|bel|b|fi|f)\s)?{PAY_PLATFORM}(?!\w)",
    ),
    _rule(
        _PAY,
        "payment.part_outside",
        STRONG,
        # a part of the price paid on a rail: "half here, half on paypal", "milestone 2 through wise", "la otra
        # mitad por paypal", "baaki paytm pe", "kalahati dito, kalahati sa gcash", "el ba2i 3ala paypal"
        rf"(?<![\w%]){lx.PART_OF_PRICE}(?:\s{lx.PART_FILLER}){{0,3}},?\s(?:via|through|thru|by|on|in|over|using|with|por"
        r"|pelo|pela|en|no|na|em|par|sur|sa|pe|se|3ala|3an\stari2)\s(?:the\s|my\s|mi\s|o\s|el\s|le\s|la\s)?"
        rf"{PAY_PLATFORM}(?!\w)"
        rf"|(?<![\w%]){lx.PART_OF_PRICE}\s{PAY_PLATFORM}\s(?:pe|par|pr|se|mein|me|sa|3ala)(?!\w)",
    ),
    _rule(
        _PAY,
        "payment.own_checkout",
        STRONG,
        # paid at the sender's own shop, tip jar or donation page: "buy it on my gumroad", "pay on my website's
        # checkout", "tip me through my ko-fi page"
        r"\b(?:pay|paying|buy|purchase|order|tip|donate|support\s(?:me|us)|send\s(?:me\s)?(?:the\s)?(?:money|payment|rest"
        rf"|balance|tip))\b{_GAP}\b(?:on|at|from|through|via|in|into|to|using)\s"
        rf"(?:my|our)\s(?:own\s)?(?:[\w-]{{1,15}}\s)?(?:{_TIP_PAGE}|{_OWN_CHECKOUT})(?!\w)"
        # a bill or pay link of the sender's own making: "I'll send you a Stripe invoice", "let me email you a Square
        # payment link", "payment link from my Shopify store"
        r"|\b(?:i['’]ll|i\swill|i\scan|i\scould|let\sme|i['’]m\sgoing\sto|i['’]d)\s(?:just\s)?(?:send|email|e-mail|text|dm"
        r"|create|make|generate|share|issue)\s(?:you\s|u\s)?(?:an?\s|my\s)?(?:own\s|separate\s|direct\s|private\s)?"
        rf"{_OUTSIDE_BILLER}\s(?:{_BILL})\b"
        rf"|\b(?:{_BILL})\s(?:from|on|via|through)\s(?:my|our)\s(?:own\s)?(?:{_OUTSIDE_BILLER}|website|site|store|shop)\b"
        # ... or of the reader's, asked for: "invoice me through your own company", "bill us directly via your Stripe"
        r"|\b(?:invoice|bill)\s(?:me|us)\s(?:(?:directly\s)?(?:through|via|from|with|under|using)\s(?:your|ur)\sown"
        r"|directly\s(?:through|via|from|with|under|using)\s(?:your|ur)(?:\sown)?)\s"
        rf"(?:{_OUTSIDE_BILLER}|company|business|firm|agency|llc|ltd|website|site|account)\b",
    ),
    # -- feedback_manipulation ----------------------------------------------------------------------------------
    _rule(
        _FB,
        "feedback.ask_positive",
        STRONG,
        rf"\b{_FB_VERB}\b[^.!?\n]{{0,25}}?(?<!\w){_NOT_OWN}{lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?{lx.RATING}(?!\w)"
        rf"|(?<!\w){lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?{lx.RATING}(?:\s{lx.RATING})?\s{{0,2}}[,!]?\s?{_PLEASE}\b"
        rf"|\b{_PLEASE_FIRST}[,!]?\s(?:a\s|me\s|uma?\s|una?\s)?{lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?{lx.RATING}(?!\w)"
        rf"|\b{_FB_VERB}\b[^.!?\n]{{0,25}}?(?<!\w){_NOT_OWN}{lx.RATING}\s{lx.POSITIVE}(?!\w)"
        rf"|(?<!\w){lx.RATING}\s{lx.POSITIVE}\s{_PLEASE}\b"
        # a top rating in symbols with nothing after it to say what it rates: "give me ⭐⭐⭐⭐⭐ pls", "leave 5★!"
        rf"|\b{_FB_VERB}\b[^.!?\n]{{0,25}}?(?<!\w){lx.FULL_STARS}"
        # (or a condition: "rate ⭐⭐⭐⭐⭐ if happy")
        rf"(?=\s{{0,2}}(?:[.!,;)]|$|{_PLEASE}\b|{_IF_PLEASED}\b))"
        rf"|(?<!\w){lx.FULL_STARS}\s{{0,2}}[,!]?\s?(?:{_PLEASE}|{_IF_PLEASED})\b"
        # a good rating hoped for aloud: "a 5 star review would mean a lot", "positive feedback would help me"
        rf"|(?<!\w)(?:{lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?{lx.RATING}|{lx.RATING}\s{lx.POSITIVE})\s(?:from\syou\s)?"
        rf"{_WOULD_HELP}\b"
        r"|\b(?:rate|mark|score|calif[ií]came|calif[ií]queme|val[oó]rame|punt[uú]ame|me\savali[ae]|avalie-me|note[sz]?-moi"
        r"|[eé]value[sz]?-moi)\s(?:me\s|us\s|my\swork\s|our\swork\s)?(?:well|highly|high|generously|positively|nicely"
        r"|good|bien|bem|positivamente|alto|haut)\b"
        # a top score given to the sender: "rate me 10/10", "score us 5/5" ("score 10/10 on Lighthouse" is no ask)
        r"|\b(?:rate|mark|score|give|gimme)\s(?:me|us|my\swork|our\swork)\s(?:a\s)?(?:10/10|5/5|10\sout\sof\s10"
        r"|5\sout\sof\s5)(?!\w)",
    ),
    _rule(
        _FB,
        "feedback.change_review",
        STRONG,
        rf"\b{_CHANGE}\s(?:{_YOUR_FB}\s)(?:[\w'-]{{1,12}}\s)?{lx.RATING}(?!\w)(?:[^.!?\n]{{0,20}}?\b(?:to|into|a|para|pra|à|en"
        rf"|pour|up\sto|ng|sa|le|li|ila)\s(?:a\s|an\s|um\s|uma\s|una?\s|une?\s)?(?:{lx.POSITIVE}|{_KINDER})"
        # or just up: "revise your 3-star rating upward"
        r"|\s(?:upwards?|higher|up\sa\sbit))(?!\w)"
        # the rating named by a pronoun, its new grade said: "change it to 5 stars and I'll fix it", "bump that up to
        # five stars", "cámbiala a 5 estrellas"
        # (ending its clause or followed by the sender's part: "change it to 5 stars in the config" is the work)
        rf"|\b(?:{_CHANGE}|make)\s(?:it|that|this|them)\s(?:back\s|up\s)?(?:to|into|a|para|pra|en)\s(?:a\s|an\s|una?\s|uma?\s)?"
        rf"{lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?{lx.RATING}(?!\w)"
        r"(?=\s?(?:[?.!,;]|$)|\s(?:and|&|n|y|e|et|then)\s|\s(?:please|pls|plz|for\sme|por\sfavor|svp|stp|asap|now)\b)"
        rf"|\b(?:c[aá]mbiala|c[aá]mbialo|muda\spara|mude\spara|change-la|change-le|modifie-la|modifie-le)\s(?:a\s|en\s|para\s)?"
        rf"{lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?{lx.RATING}(?!\w)"
        # the new rating first, Tagalog: "palitan mo ng 5 stars yung review"
        rf"|\b{_CHANGE}\s(?:mo\s)?(?:na\s)?(?:ng|sa)\s{lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?{lx.RATING}(?!\w)"
        # the reader asked to edit their own rating, with nothing after it: "can you update your feedback?", "would
        # you mind editing your review?", "pouvez-vous modifier votre avis ?" ("can you update your review of the PR"
        # goes on to say what it reviews)
        rf"|\b{_YOU_WOULD}\s(?:please\s|pls\s|kindly\s|just\s|consider\s)?(?:{_CHANGE}|{_CHANGING})\s{_YOUR_OWN}\s"
        rf"(?:[\w']{{1,12}}\s)?{lx.RATING}(?=\s?(?:[?.!,]|$|please\b|pls\b|for\s(?:me|us)\b|por\sfavor\b|svp\b))"
        rf"|\b{_REMOVE}\s(?:{_YOUR_FB}\s)(?:[\w']{{1,12}}\s)?{lx.RATING}(?!\w)"
        rf"|(?<!\w){_YOUR_FB}\s(?:[\w']{{1,12}}\s)?{lx.RATING}\s(?:change|edit|update|badal|hata|delete|remove)\s"
        r"(?:kar\sdo|karo|kar\sdijiye|do|dijiye|de\sdo)\b",
    ),
    _rule(
        _FB,
        "feedback.dictate",
        STRONG,
        # the rating's words dictated: "could you leave a review saying I delivered on time?", "deja una reseña
        # diciendo que ..." ("the client left a review saying ..." is a report)
        rf"{_NOT_MINE}\b{_FB_VERB}\b[^.!?\n]{{0,20}}?(?<!\w){lx.RATING}\s(?:saying|that\ssays|stating|mentioning"
        r"|to\ssay|diciendo|que\sdiga|dizendo|disant|qui\sdit)\b"
        # "write in the review that I was fast", "mention in your feedback that ...", "escreva na avaliação que ..."
        rf"|{_NOT_MINE}\b(?:write|say|mention|put|state|add|note|include|escribe|escriba|pon|ponga|menciona|mencione|di|diga"
        r"|escreva|escreve|coloque|coloca|diga|mencione|[eé]cri[st]|[eé]crivez|mets|mettez|dis|dites|mentionne[sz]?)"
        rf"\s(?:in|on|en|na|no|dans)\s(?:{_YOUR_FB}\s|sua\s|l')?{lx.RATING}\s?(?:that|que|:)"
        # "write that I was quick in the review"
        rf"|{_NOT_MINE}\b(?:write|say|mention|put|state)\sthat\b[^.!?\n]{{0,40}}?\b(?:in|on)\s(?:{_YOUR_FB}\s){lx.RATING}(?!\w)"
        # "in your review, say the quality was excellent", "en tu reseña pon que ...", "in the review, write that ..."
        rf"|\b(?:in|en|na|dans)\s(?:(?:your|ur|tu|su|sua|votre|ton)\s{lx.RATING},?\s(?:please\s|pls\s|just\s)?{_SAY}\b"
        rf"|(?:the|la|a|l')\s?{lx.RATING},?\s(?:please\s|pls\s|just\s)?{_SAY}\s(?:that|que)\b)"
        # Hinglish "review mein likh dena ki ...", Tagalog "pakisabi sa review na ..."
        rf"|(?<!\w){lx.RATING}\s(?:mein|me|mai)\s(?:likh|likhna|bol|bolna|likhiye)\b"
        rf"|\b(?:pakisabi|sabihin|isulat|pakisulat|ilagay|pakilagay)\s(?:mo\s)?sa\s{lx.RATING}\s(?:mo\s)?na\b"
        # Arabizi "ekteb fel review en ..." (write in the review that ...), "2ool fel taqyeem eni ..."
        rf"|\b(?:ekteb|ektebi|iktib|oktob|2ool|2oul|2oli|ool|oul)\s(?:fel|fil|fi\sel|fi|3al|3ala)\s?{lx.RATING}\s"
        r"(?:en|enn|eni|enak|ennak|inn|inno|enno|ino)\b"
        # what the reader's rating must leave out: "please don't mention the delay in the review", "leave the bugs out
        # of your feedback", "only mention the positives in your review", "no menciones el retraso en la reseña",
        # "não mencione o atraso na avaliação", "ne mentionnez pas le retard dans votre avis", "review mein delay ka
        # zikr mat karna", "wag mo nang banggitin sa review", "matzkorsh el ta25eer fel review"
        rf"|{_NOT_MINE}\b(?:{_KEEP_OUT}\b[^.!?\n]{{0,40}}?\s(?:(?:in|on|en|na|no|dans|sa)\s(?:{_YOUR_FB}\s|(?:sua|la|le|a|o)\s"
        rf"|l')?|f[ei]?l\s?)|leave\s[^.!?\n]{{1,30}}?\sout\sof\s{_YOUR_FB}\s){lx.RATING}(?!\w){_RATING_ITSELF}"
        rf"|(?<!\w){lx.RATING}\s(?:mein|me|mai)\s[^.!?\n]{{0,30}}?\b(?:(?:zikr|mention|likhna|likho)\s(?:mat|na|nahi)"
        r"|(?:mat|na|nahi)\s(?:likhna|likho|likhiye|bolna|batana|dalna|daalna|mention\skarna))\b",
    ),
    _rule(
        _FB,
        "feedback.staged_order",
        STRONG,
        # an order placed only to carry a rating: "I'll create a small order just so you can review me", "I'll
        # place a $5 order so you can leave me feedback", "hago un pedido solo para que me califiques"
        r"\b(?:create|place|open|make|buy|set\sup|start|send|hire\s(?:you|u)\sfor|crear|hago|hacer|crio|fa[cç]o|fazer|cr[eé]e"
        r"|passe|cr[eé]er)\s(?:[\w$€£']{1,10}\s){0,4}?(?:orders?|gigs?|contracts?|purchases?|jobs?|tasks?|pedidos?|orden"
        r"|encomendas?|commandes?)\b"
        # ... or for the sender's rating of the reader: "I'll send $5 as a test order just to leave you a review",
        # "I'll hire you for a $5 job just so I can leave you a review", "solo para dejarte una reseña"
        r"[^.!?\n]{0,25}?\b(?:(?:just\s|only\s)?(?:so\s(?:that\s)?(?:i|we)\s(?:can|could)\s|to\s)(?:leave|give|write|post)\s"
        rf"(?:you|u)\s(?:a\s|an\s|some\s)?(?:{lx.POSITIVE}[\s-]{{0,2}})?{lx.RATING}(?!\w)"
        r"|(?:solo\s|s[oó]\s|juste\s)?(?:para|pra|pour)\s(?:dejarte|darte|calificarte|te\sdar|te\savaliar|te\sdeixar"
        rf"|te\slaisser|vous\slaisser|te\snoter|vous\snoter)\s(?:una?\s|uma?\s|une?\s)?[^.!?\n]{{0,12}}?(?<!\w){lx.RATING}(?!\w)"
        r"|(?:just\s|only\s)?so\s(?:that\s)?(?:you|u)\s(?:can|could)\s(?:review\s(?:me|us)\b"
        rf"|rate\s(?:me|us)\b|{_FB_VERB}\s(?:me\s|us\s)?(?:a\s|an\s|some\s)?(?:{lx.POSITIVE}\s)?{lx.RATING}(?!\w))"
        rf"|(?:just|only)\sfor\s(?:the\s|a\s|your\s)?{lx.RATING}(?!\w)|for\s(?:the\s)?{lx.RATING}\s(?:only|purposes)\b"
        r"|(?:solo\s|s[oó]\s|juste\s)?(?:para|pra|pour)\s(?:que\s)?(?:tu\s|vous\s|voc[eê]\s)?(?:me\s|m')?(?:dejes|deje|califiques|califique|avalie"
        rf"|avalies|avaliar|laisses|laissiez|notes|notiez)\b[^.!?\n]{{0,15}}?(?<!\w){lx.RATING}(?!\w))",
    ),
    _rule(
        _FB,
        "feedback.fake_reviews",
        STRONG,
        # ratings from accounts the sender holds, or sold: "I can give you 10 five-star reviews from my accounts",
        # "I have 5 accounts, I can boost your rating", "puedo darte 10 reseñas de 5 estrellas desde mis cuentas",
        # "mere paas 10 accounts hain, sabse 5 star review de dunga", "I sell 5-star reviews"
        rf"\b{_BOOSTED}\b[^.!?\n]{{0,25}}?(?<!\w){_TOP_RATINGS}(?!\w)[^.!?\n]{{0,30}}?\s(?:from|with|using|through|via"
        rf"|desde|de|das|dos|con|com|depuis|avec|sa)\s{_SENDERS_ACCOUNTS}"
        rf"|{_SENDERS_ACCOUNTS}[^.!?\n]{{0,40}}?(?:\b{_BOOSTED}\b[^.!?\n]{{0,25}}?(?:(?<!\w){_TOP_RATINGS}|\b(?:your|ur)\s"
        rf"{lx.RATING})(?!\w){_RATING_ITSELF}|(?<!\w){_TOP_RATINGS}\s(?:de\s)?(?:dunga|denge|dilwa\sdunga)\b)"
        rf"|\b(?:sell|selling|vendo|vendemos|vends|vendons)\s(?:[\w']{{1,10}}\s)?{lx.POSITIVE}[\s-]{{0,2}}{lx.RATING}(?!\w)"
        rf"{_RATING_ITSELF}"
        # one more account of the sender's, or one borrowed: "I'll review you from my other account", "rate me from your
        # second profile", "leave me a review from your wife's account"
        rf"|\b(?:{_BOOSTED}|review|rate)\b[^.!?\n]{{0,25}}?(?:{lx.RATING}|you|u|me|us)\s(?:from|with|using|via|on)\s"
        r"(?:my|our|your|ur|another|a)\s(?:other|second|2nd|alt|fake|dummy|spare|extra|backup|friend['’]?s|brother['’]?s"
        r"|sister['’]?s|wife['’]?s|husband['’]?s|cousin['’]?s)\s(?:[\w']{1,12}\s)?(?:account|profile|id)\b",
    ),
    _rule(
        _FB,
        "feedback.trade",
        STRONG,
        rf"\b{lx.INCENTIVE}\b[^.!?\n]{{0,40}}?\b{lx.TRADE}\b[^.!?\n]{{0,30}}?{lx.RATING}(?!\w){_RATING_ITSELF}"
        rf"|(?<!\w){lx.RATING}(?!\w)[^.!?\n]{{0,40}}?\b(?:i(?:'ll|\swill)|we(?:'ll|\swill)|you(?:'ll|\swill)?\s(?:get|receive)"
        r"|te\s(?:doy|dou|hago|devuelvo|reembolso|regalo|ofrezco|ofere[cç]o|darei|dar[eé]|damos|hacemos|regalamos"
        r"|ofrecemos|daremos|oferecemos)|je\s(?:vous|te)|nous\s(?:vous|te)|main|milega"
        r"|ibibigay|bibigyan|makakakuha"
        # Arabizi future with "for you" as its suffix: "ha3melak", "hadilak", "ra7 a3tik"
        r"|(?:ha|ra7\s?a?)[a-z0-9]{2,9}(?:ak|ik|ek)"
        # ... or "I" and a verb with "you" as its suffix: "w ana a3mellak", "ana ba3tik"
        r"|ana\s[a-z0-9]{2,10}(?:ak|ik|ek))\b"
        rf"[^.!?\n]{{0,25}}?(?<!\w){lx.INCENTIVE}(?!\w)"
        # the reward as what the rating right before it earns: "rate me 10/10 and get 20% off", "leave a review and
        # get a discount", "5 estrellas y te llevas un descuento" ("score 10/10 on the quiz and get ..." is no rating)
        rf"|(?<!\w){lx.RATING}(?:\s(?:me|us))?(?:\s(?:a|an|un|una|um|uma|une))?(?:[\s-]{{1,2}}{lx.POSITIVE})?"
        rf"(?:\s{lx.RATING})?{_ON_REVIEW_SITE},?\s(?:and\s(?:you\s)?(?:get|receive|enjoy|save)|(?:gets|earns|wins)\s(?:you|u)"
        r"|y\s(?:te\sllevas|recibes|obtienes|ganas)"
        r"|e\s(?:ganha|ganhe|recebe|leva)|et\s(?:tu\s|vous\s)?(?:obtiens|obtenez|re[cç]ois|recevez|gagne[sz]?"
        rf"|profite[sz]?))\b[^.!?\n]{{0,25}}?(?<!\w){lx.INCENTIVE}(?!\w)"
        # ... or what the rating makes of the next thing: "leave a review today and the next revision is on me"
        rf"|(?<!\w){lx.RATING}(?!\w)[^.!?\n]{{0,15}}?\band\s(?:[\w']{{1,12}}\s){{1,4}}?(?:is|are|will\sbe|'s)\s(?:\w{{1,8}}\s)?"
        rf"{lx.INCENTIVE}(?!\w)"
        # a promise that is the reward itself: "..., te devuelvo el dinero", "je te rembourse", "paise wapas kar dunga"
        rf"|(?<!\w){lx.RATING}(?!\w)[^.!?\n]{{0,40}}?\b(?:(?:eu\s)?te\s(?:devuelvo|reembolso|devolvo|reembolsarei)"
        r"|je\s(?:te|vous)\srembourse(?:rai)?|(?:paise|pese|paisa)\swapas|refund\skar\s(?:dunga|dungi|denge|du)"
        r"|wapas\skar\s(?:dunga|dungi|denge|du))(?!\w)"
        # Hinglish "acha review do to discount dunga": the rating asked for, then "to" (so) and the reward
        # the trade written as an equation: "5★ review = 10% off", "⭐⭐⭐⭐⭐ → $5 back"
        rf"|(?<!\w)(?:{lx.POSITIVE}[\s-]{{0,2}})?{lx.RATING}(?:\s{lx.RATING})?{_ON_REVIEW_SITE}\s?(?:=|=>|->|\u2192"
        rf"|\u27a1\ufe0f?)\s?{lx.INCENTIVE}(?!\w)"
        rf"|(?<!\w){lx.RATING}\s(?:do|dena|dijiye|de\sdo|dedo|de\sdijiye)\s(?:to|toh|tho|phir)\b[^.!?\n]{{0,25}}?"
        rf"\b{lx.INCENTIVE}(?!\w)"
        # ... or after a comma, the reward promised: "5 star review do, bonus milestone add kar dunga", "Google pe
        # review do, next order pe 20% off"
        rf"|(?<!\w){lx.RATING}\s(?:do|dena|dijiye|de\sdo|dedo|de\sdijiye),\s?[^.!?\n]{{0,20}}?\b{lx.INCENTIVE}(?!\w)"
        r"[^.!?\n]{0,25}?\b(?:dunga|dungi|denge|milega|milegi|karunga|karungi|kar\sdunga|off)(?!\w)"
        # a review on an outside site, for a reward: "review us on Trustpilot for a discount", "mag-iwan ng review
        # sa Google para sa discount"
        # (only there: "reviews for a discount" may be the work; but "in exchange for" trades anywhere)
        rf"|(?<!\w){lx.RATING}(?:\s(?:me|us))?(?:{_AT_REVIEW_SITE}\s(?:for|para(?:\ssa)?|pour|pra|contre)|{_ON_REVIEW_SITE}"
        r"\s(?:in\sexchange\sfor|a\scambio\sde|em\stroca\sde|en\s[eé]change\sde|ke\sbadle))\s"
        rf"(?:[\w$€£%']{{1,10}}\s){{0,2}}?{lx.INCENTIVE}(?!\w)",
    ),
    _rule(
        _FB,
        "feedback.swap",
        STRONG,
        # good ratings traded for each other: "let's exchange 5 star reviews", "review for review", "5⭐ for 5⭐"
        r"\b(?:exchange|swap|trade|intercambiar|intercambiemos|trocar|trocamos|[eé]changer|[eé]changeons"
        r"|(?:mag)?palitan\stayo\sng)\s(?:our\s"
        rf"|some\s|nuestras\s|nossas\s|nos\s)?{lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?{lx.RATING}(?!\w)"
        # the ratings themselves, plural, traded: "let's swap reviews" ("exchange reviews of the draft" is work)
        r"|\b(?:exchange|swap|trade|intercambiar|intercambiemos|trocar|trocamos|[eé]changer|[eé]changeons)\s(?:our\s"
        r"|some\s|nuestras\s|nossas\s|nos\s)?(?:reviews|ratings|stars|rese[nñ]as|avalia[cç][oõ]es|estrellas|estrelas"
        r"|[eé]toiles)(?!\s(?:of|on|for|about|de|sur)\b)(?!\w)"
        # a review asked for with one promised back: "leave me a review and I'll do the same", "review de do, main bhi
        # de dunga"
        rf"|\b{_FB_VERB}\b[^.!?\n]{{0,20}}?(?<!\w){lx.RATING}(?!\w)[^.!?\n]{{0,30}}?(?:\b(?:i(?:'ll|\swill)|we(?:'ll|\swill))"
        r"\s(?:do\sthe\ssame|return\sthe\sfavou?r|leave\syou\sone|rate\syou\s(?:too|back|as\swell)|give\syou\sone\s(?:too"
        r"|back))|\bte\s(?:califico|dejo\suna)\s(?:igual|tambi[eé]n)|\beu\stamb[eé]m\ste\savalio"
        r"|\bje\s(?:te|vous)\snote(?:rai)?\saussi)(?!\w)"
        # the sender's rating given if the reader gives one: "te dejo 5 estrellas si tú me dejas 5", "eu te dou 5 e
        # você me dá 5", "je te mets 5 étoiles si tu m'en mets 5"
        r"|\b(?:te|eu\ste|je\ste|je\svous)\s(?:dejo|doy|pongo|dou|deixo|ponho|mets|donne|laisse|califico|avalio|note)\s"
        r"(?:(?:una?|uma?|une|con|com|avec)\s)?"
        rf"(?:{lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,10}}\s)?)?{lx.RATING}(?!\w)[^.!?\n]{{0,20}}?"
        r"\b(?:si|se|y|e|et|cuando|quando|quand)\s(?:t[uú]\s|voc[eê]\s|vous\s)?(?:tambi[eé]n\s|tamb[eé]m\s|aussi\s)?"
        r"(?:me|m'en|m')\s?(?:dejas|das|pones|d[aá]|d[eê]|deixa|deixar|der|mets|mettez|donnes|donnez|laisses|laissez"
        r"|calificas|califica|avalia|avaliar|notes|notez)\b"
        r"|\b(?:troca|trocas|intercambio|intercambios)\s(?:de\s)?(?:avalia[cç](?:[aã]o|[oõ]es)|rese[nñ]as?|estrel(?:as?|las?)"
        r"|calificaci(?:[oó]n|ones))(?!\w)"
        rf"|(?<!\w){lx.RATING}\s(?:de\sdo|dedo|dena|do|dijiye)\b[^.!?\n]{{0,20}}?\bmain\sbhi\s(?:de\sdunga|de\sdungi"
        r"|dunga|dungi|de\sdeta|kar\sdunga)(?!\w)"
        rf"|(?<!\w)(?:{lx.POSITIVE}[\s-]{{0,2}})?{_SWAPPED_RATING}\s(?:for|por|pour|pra|in\sexchange\sfor)\s"
        rf"(?:a\s|an\s|una?\s|uma?\s|une\s)?(?:{lx.POSITIVE}[\s-]{{0,2}})?{_SWAPPED_RATING}(?!\w)"
        # each rating the other: "you rate me 5, I rate you 5", "review me and I'll review you back", "I'll rate you
        # well if you rate me well" ("I'll review your code and you review mine" rates work)
        r"|\b(?:rate|review)\s(?:me|us)\b(?!\s(?:honestly|fairly|truthfully))[^.!?\n]{0,30}?\b(?:i|we)(?:'ll|\swill|'d"
        r"|\swould)?\s(?:\w{1,8}\s)?(?:rate|review)\s(?:you|u)(?!\w)"
        r"|\b(?:i|we)(?:'ll|\swill|'d|\swould)?\s(?:rate|review)\s(?:you|u)\b[^.!?\n]{0,30}?(?:\b(?:if|when|once|and"
        r"|as\slong\sas)|,)\s(?:you|u)\s(?:\w{1,8}\s)?(?:rate|review)\s(?:me|us)(?!\w)"
        # good ratings both ways: "positive feedback both ways", "5-star reviews for each other"
        rf"|(?<!\w){lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,12}}\s)?{lx.RATING}\s(?:both\sways|for\seach\sother|to\seach\sother"
        r"|each\sway)(?!\w)",
    ),
    _rule(
        _FB,
        "feedback.close_early",
        STRONG,
        rf"\b{lx.CLOSE}\b\s(?:[\w']{{1,10}}\s){{0,4}}{lx.CONTRACT}\b[^\n]{{0,100}}?\b{_LATER}"
        rf"|\b(?:{lx.CONTRACT}|payment|paise|paisa)\s(?:ko\s)?(?:pehle\s|abhi\s)?(?:close|complete|end|band|khatam|approve|submit"
        r"|release|done)\s(?:mark\s)?(?:kar(?:ke|\sdo|o|\sdijiye|na|\sdena)"
        rf"|ho\sjaye)\b[^\n]{{0,100}}?(?:\b{_LATER}|(?<!\w){lx.RATING}(?!\w))"
        # the money released before the work: "release the payment first and I'll deliver tomorrow", "libera o
        # pagamento que eu entrego depois"
        r"|\b(?:release|libera|liberar|libere|lib[eè]re[sz]?|lib[eé]rer|approve|aprove|aprueba)\s(?:[\w']{1,10}\s){0,2}"
        r"(?:payments?|funds|money|escrow|pagos?|fondos|dinero|pagamentos?|dinheiro|paiements?|fonds|argent|paise|payment\sko)"
        rf"\b[^\n]{{0,100}}?\b{_LATER}"
        # the order confirmed as done with work still to come: "confirm the order as complete, I'll deliver the rest
        # later"
        rf"|\b(?:confirm|mark|set)\s(?:[\w']{{1,10}}\s){{0,2}}{lx.CONTRACT}\s(?:as\s)?(?:complete|completed|done|delivered"
        rf"|received|finished)\b[^\n]{{0,100}}?\b{_LATER}"
        rf"|\b{_FB_VERB}\b[^.!?\n]{{0,20}}?{lx.RATING}(?!\w)[^.!?\n]{{0,30}}?\b(?:before\s(?:i|we|the\swork|delivery"
        r"|it'?s\sdone|finishing|completion)|in\sadvance|upfront|ahead\sof\stime|antes\sde\s(?:terminar|entregar)"
        r"|avant\s(?:la\slivraison|de\sterminer)|pehle\shi|kaam\sse\spehle|bago\sko\s(?:tatapusin|tapusin|i-?deliver"
        r"|ipadala|i-?send|ibigay))"
        # a rating asked for first or now, the work promised after: "rate me first and I'll deliver the rest", "déjame
        # la reseña ya y mañana te entrego todo", "me avalia agora e amanhã te entrego", "i-rate mo muna ako bago ko
        # i-deliver"
        rf"|(?:\b{_FB_VERB}\b[^.!?\n]{{0,20}}?{lx.RATING}|\b(?:rate|review)\s(?:me|us)|\b(?:calif[ií]came|me\savalia"
        r"|me\savalie|avalia-me|avalie-me|notez-moi|note-moi|[eé]valuez-moi))(?!\w)[^.!?\n]{0,15}?\b(?:first|now|right\snow"
        r"|today|already|primero|ya|ahora|agora|primeiro|j[aá]|maintenant|d'abord|tout\sde\ssuite|abhi)\b"
        rf"[^\n]{{0,60}}?\b{_LATER}"
        r"|\bi-?rate\smo\s(?:na\s)?muna\s(?:ako|kami)\b[^.!?\n]{0,30}?\b(?:bago|tapos|saka)\s(?:ko\s)?(?:i-?deliver|ipadala"
        r"|i-?send|ibigay|tapusin|ibibigay|ide-?deliver)"
        # Hinglish "pehle review do phir delivery karunga"
        rf"|\bpehle\s(?:[\w']{{1,12}}\s){{0,2}}?{lx.RATING}\s(?:do|de\sdo|dedo|dena|dijiye|de\sdijiye)\b[^.!?\n]{{0,10}}?"
        r"\b(?:phir|fir|uske\sbaad|baad\smein)\s(?:[\w']{1,12}\s){0,2}?(?:delivery|deliver|kaam|files?|baaki|bhej\w{0,5}"
        r"|complete)"
        # closed early so as to be paid: "please end the contract early so I can get paid" (closing it "now" to be paid
        # is how finished work is paid)
        rf"|\b{lx.CLOSE}\b\s(?:[\w']{{1,10}}\s){{0,3}}{lx.CONTRACT}\s(?:early|prematurely|ahead\sof\stime)\b"
        r"[^.!?\n]{0,20}?\b(?:so|that|and)\s(?:i|we)\s(?:can|could|will|'?ll)\s(?:get\spaid|be\spaid|receive\s(?:the\s|my\s)?"
        r"(?:payment|money|funds))\b",
        # Each branch ends in a "later" (_LATER), a "kar"/"ho jaye" verb, an "in advance" or being paid: most texts
        # that name a contract and a closing word have none of them.
        needs=(
            "paid",
            "receive",
            "before",
            "later",
            "after",
            "tomorrow",
            "next",
            "luego",
            "despu",
            "depois",
            "terminerai",
            "finirai",
            "livrerai",
            "apres",
            "après",
            "ensuite",
            "baad",
            "mamaya",
            "pagkatapos",
            "tatapusin",
            "ba3d",
            "then",
            "kar",
            "jaye",
            "advance",
            "upfront",
            "ahead",
            "antes",
            "avant",
            "pehle",
            "mañana",
            "tarde",
            "tard",
            "manana",
            "amanh",
            "demain",
            "kal",
            "bukas",
            "bokra",
            "bukra",
            "rest",
            "keep",
            "continue",
            "still",
            "yet",
            "ll ",
            " will ",
            "phir",
            "fir ",
            "bago",
            "saka",
            "tapos",
        ),
    ),
    _rule(
        _FB,
        "feedback.threat",
        STRONG,
        rf"(?<!\w){lx.NEGATIVE_RATING}[\s-]{{0,2}}(?:[\w']{{1,10}}\s)?{lx.RATING}(?!\w)[^\n]{{0,50}}?\b{lx.THREAT_IF}"
        rf"|\b{lx.THREAT_IF}\b[^\n]{{0,60}}?(?:(?<!\w){lx.NEGATIVE_RATING}[\s-]{{0,2}}(?:[\w']{{1,10}}\s)?{lx.RATING}"
        rf"|(?<!\w){lx.RATING}\s{lx.NEGATIVE_RATING})(?!\w)"
        # a good rating made the condition of a reprisal: "si no me das buena calificación abro una disputa", "pag
        # hindi mo ako binigyan ng magandang rating, ...", "law ma edtnish taqyeem kwayes ...", "acchi rating nahi di
        # to ..." (the condition's own words only, no comma: "if you are not happy, no 5 stars needed" is no threat;
        # nor one the reader weighs: "if you don't think it deserves 5 stars")
        rf"|\b{lx.THREAT_IF}\s(?:(?!(?:think|feel|believe|deserves?|merece|m[eé]rite|crees|acha|lagta)\b)[\w']{{1,12}}\s)"
        rf"{{0,4}}?(?:{lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,10}}\s)?{lx.RATING}|{lx.RATING}\s{lx.POSITIVE})(?!\w)"
        rf"(?=[,\s]{{1,3}}\w)"
        rf"|(?<!\w){lx.POSITIVE}[\s-]{{0,2}}{lx.RATING}(?:\s{lx.RATING})?\s(?:nahi|nahin|na)\s\w{{1,10}}\s(?:to|toh|tho)\b"
        r"(?!\s(?:bhi|bhee)\b)"  # "... nahi mila to bhi koi baat nahi": even so, no matter
        # anything short of a top rating met with a reprisal: "anything less than 5 stars and I'll open a dispute"
        r"|\b(?:anything|something)\s(?:(?:less|lower)\sthan|below|under|short\sof)\s(?:a\s)?"
        rf"{lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,10}}\s)?{lx.RATING}(?!\w)"
        r"[^.!?\n]{0,10}?(?:,|\band)\s(?:then\s)?(?:i(?:'ll|\swill|'m\sgoing\sto)|we(?:'ll|\swill))\s"
        # a bad rating deterred with a reprisal: "if you leave a bad review I'll dispute the payment"
        rf"|\b(?:if|once|when)\s(?:you|u)\s(?:leave|give|post|write|drop)\s(?:me\s)?(?:a\s|an\s|any\s)?"
        rf"{lx.NEGATIVE_RATING}[\s-]{{0,2}}(?:[\w']{{1,10}}\s)?{lx.RATING}(?!\w)[,\s]{{1,3}}(?:then\s)?(?:i(?:'ll|\swill"
        r"|'m\sgoing\sto|\sam\sgoing\sto)|we(?:'ll|\swill))\s(?:\w{1,10}\s)?(?:dispute|report|sue|cancel|charge\s?back"
        r"|complain|expose|flag|retaliate|open\sa\s(?:dispute|case|claim)|leave\syou\s(?:a\s)?(?:bad|negative))\b"
        # a good rating asked for, or else a reprisal: "5 star do warna dispute karunga", "dame 5 estrellas o abro una
        # disputa", "5 stars ibigay mo kung hindi mag-dispute ako" ("5 stars, otherwise fine" names none)
        rf"|(?<!\w){lx.POSITIVE}[\s-]{{0,2}}(?:[\w']{{1,10}}\s)?{lx.RATING}(?!\w)[^.!?\n]{{0,25}}?\b{_OR_ELSE}\b"
        rf"[^.!?\n]{{0,30}}?(?<!\bhave\s)(?<!\bhad\s){_REPRISAL}",  # not "otherwise I'd have reported it"
        # Each phrasing has a NEGATIVE_RATING word, which most texts that name a rating lack.
        needs=(
            "bad",
            "less",
            "under",
            "short",
            "gativ",
            "gatif",
            "poor",
            "low",
            "terribl",
            "awful",
            "horribl",
            "1",
            "worst",
            "one",
            "mala",
            "sima",
            "ruim",
            "mauvais",
            "kharab",
            "bura",
            "buri",
            "bekaar",
            "ganda",
            "pangit",
            "masama",
            "mababa",
            "we7ash",
            "wi7sh",
            "sayy",
            "wahda",
            # one star as a word ("uma estrela", "une étoile", "ek star", "isang bituin")
            "una",
            "uma",
            "une",
            "ek",
            "isang",
            # a good rating as the condition: "si no", "se você não", "si tu ne", "if you don't", "kung hindi",
            # "law ma", "nahi diya to" (the RE2 prefilter before these keeps short ones cheap)
            "no",
            "não",
            "nao",
            "ne",
            "don",
            "won",
            "refuse",
            "unless",
            "hindi",
            "law",
            "iza",
            "nahi",
            # ... or names its reprisal
            "disput",
            "report",
            "refund",
            "reembols",
            "rembours",
            "chargeback",
            "cancel",
            "complain",
            "reclam",
            "denunc",
            "litige",
            "release",
        ),
    ),
)

# Second stems a rule also needs (its other required words): a message with "call" or "number" alone runs few rules.
_YOUR_STEMS = (
    "your ur= yr= yours their applicant candidate tu= tus= su= sus= seu= sua= teu= tua= ton= ta= tes= votre vos= apna"
    " apni apne aapka aapki aapna aap tera teri tumhara tumhari beta3 bta3 btaa3 taba3 tab3 tabak ta3ak dyal diyal dial"
)
_MY_STEMS = "my mi= meu minha mon= ma= mes= mera meri apna aking bta3i el_raqam"
_TL_MO_STEMS = "mo= nyo= niyo= ninyo="
_ARABIZI_CONTACT_STEMS = (
    "raqm raqam ra2m ra2am ra9m ra9am r9mak rakam r2mak nemr nimr numr rakm emailak whatsappak telefonak"
    " mobilak elraqam el_raqam"
)
# request.move_channel: a channel word and a verb of moving/continuing the conversation (or "sa ... na lang").
_CHANNEL_STEMS = (
    "mail e-mail email gmail correo courriel phone telephone teléphone teléf telef tél cell mobile celular portable sms"
    " text call llamada ligaç appel number número numero numéro line cp="
)
_CHANNEL_MOVE_STEMS = (
    "continu mov switch shift talk chat speak discuss communicat convers connect keep stay take carry segu sig habl"
    " pas comunic fal mud parl discut échang echang usap mag-usap lipat tuloy ituloy nkamel nkammel ne7ki nehki n7ki"
    " netkalam nitkalam nkalam netwasal"
)
_CHANNEL_HI = ("pe= par= pr= mein= me=", "baat chat call msg message connect contact milte")  # "email pe baat"
_CHANNEL_TL = ("sa=", "na= nalang tayo kita mo=")  # "sa email na lang"
# request.offer_channel: a channel every match names (a message channel, or a phone or call to settle by), the
# sender's "I'll", "we can", "let's", "te mando", "lo arreglamos", and a sending verb or "by"/"over"/"via"/"por".
_OFFERED_CHANNEL_STEMS = (
    "mail e-mail email gmail correo courriel text sms whats mensa phone telephone teléphone teléf telef tél call"
    " llamada ligaç ligac appel"
)
_OFFER_HOW_STEMS = (
    "send shoot drop write mail e-mail email sms whats mando envi escrib mandar escrev envoie enverr écri ecri by="
    " over= via= per= por= pelo= pela= par="
)
_OFFER_CHANNEL_STEMS = (
    "i= ill= let shall can could we= im= gonna te= le= les= lhe= vous t' lo= vou= arregl acord combin resolv acert"
    " réglons reglons on="
)
# request.move_by_colour: an app's colour and a verb of talking or messaging.
_COLOUR_STEMS = (
    "green blue purple yellow verde verdinho verdecito azul morado roxo roxinho vert= bleu violet 💚 💙 💜 💛"
)
_COLOUR_MOVE_STEMS = "talk chat speak convers habl segu sig continu fal parl discut on_se baat mejor melhor"
# payment.own_account: an account or card word, a verb of sending money, and the sender's own ("my", "mere",
# "ko"); or a Russian sending verb and a card; or crypto and an address; or paying there or instead of here.
_OWN_ACCOUNT_STEMS = "account acct acc= a/c cuenta conta compte khate khaate 7sabi hesabi 7esabi hsabi card= kart"
_SEND_MONEY_STEMS = (
    "send transfer deposit dep wire remit pay= pag pág pásame pasame transf envi enví mand mánd vire vers envoie envoy"
    " payez paie bhej daal dal= jama ipadala padala i-send isend ihulog hulog i-transfer ibayad bayad ib3at ab3at"
    " 7awel hawel"
)
_MY_PEOPLE_STEMS = (
    "assistant secretary manager team hr= agent partner colleague boss brother sister wife husband son daughter"
    " friend pa= va= staff rep= representative accountant admin coordinator"
)
_MINE_STEMS = (
    "my= our= mi= minha mon= mere meri apne ko= namin 7sabi hesabi 7esabi hsabi ib3atli ab3atli 7awelli hawelli"
)
_RU_SEND_STEMS = "перевед перекин скин кин отправ надішли perevedi perekin skin= skinte kin= otprav"
_ADDRESS_STEMS = "address addy wallet direcc endere adresse billetera carteira portefeuille"
_PAY_THERE_STEMS = "pay pag payer bayad magbayad ibayad paise"
_CAN_STEMS = "can could may shall should"
# request.ask_app: the reader having or using an app, asked.
_YOU_HAVE_STEMS = (
    "you= u= ya= yu= ur= youre r= have got tienes tiene tenes tenés usas estas estás tens você voce vc= tu="
    " avez vous as-tu t'as etes êtes es-tu t'es meron may 3andak aap ap= apke tum= tumhare tumhre tere pwede"
    " puwede pede= koi="
)
_YOU_STEMS = "you= u="  # "can I call you": the object is always there
# Each avoid_fee phrasing has an avoiding word (or Hinglish "bach", "nahi", "save ho") besides the fee word.
_AVOID_STEMS = (
    "skip avoid sav bypass dodge cut get escape evade circumvent no= evit ahorr econom fugir não nao évit économ"
    " contourn bach iwas makaiwas t3adda poup nwaf twaf nahi without sin= sem= sans= bina walang bdoun bidun min= mn="
    " so= neither nobody keep pocket split why ditch lose losing way= then zero= both"
)
_BEST_STEMS = "best good easiest quickest fastest right direct mejor melhor meilleur"
_PAY_VERB_STEMS = (
    "pay paid send sent transfer invoice bill charge tip bonus refund money cash fund settle square receive accept"
    " deposit remit wire compensat payout balance rest advance pag pág cobr transf recib receb recev aceito acepto dep"
    " mand envi enví envoi envoy remain verse paie paye paiement reçois recois vire rembours pourboire propina gorjeta"
    " reembolso bhej paise paisa bayad bayaran magbayad magbayaran babayaran ipadala padala padalhan pasahan pasa="
    " i-send isend sweldo edfa3 idfa3 ed3afli dfa3 ba3at ib3at ab3at eb3at pasame pásame paseme páseme flous fulus"
    " masari 7awel ha7awel h7awel ba7awel hawel deal"
    " tuma= nitumi lipa= nilipe lipia"
    " tumatanggap tumanggap tatanggap bono bônus"
)
_COMPLAINT_STEMS = (
    "lose losing hate tired sick kill too ridiculous huge insane eat take taking steal fee commission cut faster"
    " cheaper"
    " easier quicker simpler safer"
)
_POSITIVE_STEMS = (
    "5 10 five positive good great nice excellent perfect top max full high glowing stellar awesome amazing best cinco"
    " buen excelent positiv boa boas bom ótima otima máxima maxima bon bonne bons positif cinq acha achha accha achi"
    " acchi achhi badhiya badiya zabardast maganda magandang limang mataas 7elw helw kwayes kwayyes mumtaz momtaz"
    " khamsa"
)
_INCENTIVE_STEMS = (
    "refund money discount bonus free extra tip cash gift coupon half lower reduced next reembolso descuento gratis"
    " regalo devoluc desconto grátis graça graca bônus rembours réduc reduc remise gratuit cadeau muft paise libre"
    " libreng balik diskwento ekstra khasm 5asm majjanan balash devuelvo devolvo wapas ibabalik ibalik knock pay take"
    " 0 1 2 3 4 5 6 7 8 9"
)
_MOVE_STEMS = (
    "talk chat continu discuss speak connect communicat move switch go= get keep stay coordinat catch reach text messag"
    " contact meet call convers habl segu sig coordin comunic pas mov fal vamos chama mud parl discut échang echang"
    " on= baat milte shift usap mag-usap lipat tuloy ituloy mag-chat ne7ki nehki n7ki nkamel nkammel nitkalam netkalam"
    " nkalam tkalam tkallam itkalam ta3al netwasal nit3amal khalina khalli nhdr nhder nhadar nhedro"
    " let pe= par= pr= mein= me= sa= add deal bora take= taking="
    " hop cambi bascul jump ven vem vien venez chalo tayo= link nkal akal kalm kallem"
    " reply respond respónd answer write répond repond voice audio áudio nota mensaje mensagem vocal"
)
# "call me", "call karo", "i-text mo ako": the verb needs its object; the one-word forms ("llámame", "tawagan",
# "gimme a call") do not. No "a" or "ka": every form with one also has "me" or a one-word stem.
_CALL_OBJECT_STEMS = "me= us= karo kar= karna kijiye karein mo= buzz"
_CALL_ONE_WORD_STEMS = (
    "gimme llam llám marc márc marq márq escrib escríb habl hábl liga ligue chama chame appel téléphon telephon texte"
    " tawag kall kalim kalem"
    " kalam ettasel itasal ittasil rassel ra2ssel whatsappni mujhe"
)
_ACCEPT_STEMS = (
    "can could would will do does are r= ok okay fine good cool alright acept recib sirve parece puedes aceit receb"
    " pode topa rola serve prefir prefier accept prends prenez reçois recois recevez ça ca je my our mi= meu mon="
    " tumatanggap pwede puwede ok bt2bal bti2bal teqbal ta2bal bta2bal only solo só so= seulement sirf lang na= nalang"
    " works chalega chalegi theek le= mashi tamam te= te just solely exclusively apenas somente únicamente unicamente"
    " solamente n' ne= que= sirf"
)
_CHANGE_STEMS = (
    "update change edit revis rais bump improv amend modif upgrad fix cambi actualiz sube subir muda mude mudar alter"
    " atualiz chang corrig palitan baguhin i-edit i-update ghayyar ghayer 3adel 3addel remov delet take tak retract"
    " withdraw eras quita borra elimin retir tire apag exclu supprim enlève enleve tanggal pakitanggal burahin emsa7"
    " shil sheel"
    " badal hata"
)
_CONTRACT_STEMS = (
    "contract job milestone order project gig task it= deliver submission contrato trabajo proyecto hito pedido projeto"
    " marco entrega contrat mission projet jalon commande livraison kaam kontrata trabaho 3a2d el_3a2d shoghl"
)
# feedback.close_early: the money a release would send ("release the payment first").
# Parts of the price (lexicon.PART_OF_PRICE): a percentage opens its gate by its digits.
_PART_STEMS = (
    "half other second last final remaining next rest remainder balance milestone mitad resto saldo restante lo_que"
    " outra metade reste solde l'autre moiti baaki baki bakaya aadha adha natitira kalahati yung ang el_ba2i elba2i"
    " ba2i 0 1 2 3 4 5 6 7 8 9"
)
_MONEY_STEMS = "payment fund money escrow pago fondos dinero pagamento dinheiro paiement fonds argent paise"
_CONTACT_ANY = f"{_PLATFORM_STEMS} {_PHONE_MAIL_STEMS} {_CONTACT_NOUN_STEMS}"
_ASK_CONTACT = (
    (_CONTACT_ANY, _YOUR_STEMS),
    (_ARABIZI_CONTACT_STEMS,),
    (_CONTACT_ANY, _TL_MO_STEMS),
    (f"{_CONTACT_ANY} line", _CAN_STEMS, "have got"),  # "got a personal line I can reach you on?"
)
# A group that is a substring test, not word-start stems: every ask_platform phrasing ends in "?" or has "kya".
_QUESTION = "?question"
# Stars drawn as symbols (lexicon.STAR), as word-start stems and as a substring group.
_STAR_STEMS = " ".join(lx.STAR_CHARS)
_STAR = "?star"
_SUBSTRINGS = {_QUESTION: ("?", "kya"), _STAR: lx.STAR_CHARS}

# (stems every one of which must be present, as groups: one stem of each group) -> rules; a rule listed twice runs
# when either entry holds.
_GATES: tuple[tuple[tuple[str, ...], str], ...] = (
    *((groups, "request.ask_contact") for groups in _ASK_CONTACT),
    ((f"{_PHONE_MAIL_STEMS} {_CONTACT_NOUN_STEMS}", "personal private direct"), "request.ask_contact"),
    (
        (_CONTACT_ANY, "bhej de= dedo do= dijiye dena bata share send chahiye milega milegi mil_sakt"),
        "request.ask_contact",
    ),
    ((_CONTACT_ANY, "pls= plz= please por_favor porfa stp= svp= po="), "request.ask_contact"),
    ((_CONTACT_ANY, _QUESTION), "request.ask_contact"),
    *(((*groups, _QUESTION), "request.ask_platform") for groups in _ASK_CONTACT),
    (
        (_PLATFORM_STEMS, _QUESTION, "user usuario usuário pseudo handle id= @= number numero número numéro num= no."),
        "request.ask_contact",
    ),
    ((_PLATFORM_STEMS,), "request.require_contact"),
    (("contact", "required mandatory must needed"), "request.require_contact"),
    (
        (
            f"{_PHONE_MAIL_STEMS} contact contat coordonn whats telegr viber skyp telep número numero numéro",
            "applica apply candidat proposal bid cover cv= cvs= resume submission freelancer include provide add put"
            " mention list state attach without missing lacking postulant aplicant propuest propost solicitud"
            " proposition inclu indic indiqu sin= sem= sans=",
        ),
        "request.require_contact",
    ),
    (
        (_COLOUR_STEMS, f"{_COLOUR_MOVE_STEMS} {_CALL_STEMS} {_CONTACT_ME_STEMS} {_CALL_ONE_WORD_STEMS}"),
        "request.move_by_colour",
    ),
    ((_CHANNEL_STEMS, _CHANNEL_MOVE_STEMS), "request.move_channel"),
    (
        (
            "interview communicat discuss meeting screening conversation onboard shortlist selected successful chosen"
            " next= entrevist entretien comunica reuni réunion candidat test trial paid sample assessment task final"
            " first second technical hr= prueba teste tarea tarefa kaam= available ready reachable online active"
            " disponib dispon prêt pret listo pronto",
            f"{_PLATFORM_STEMS} slack",
        ),
        "request.process_on_app",
    ),
    (
        (
            "you u= candidat applicant freelancer everyone shortlist selected successful chosen we= i= we'll i'll will"
            " 'll te= ser vous tu= ils elles on= nous group join",
            f"{_PLATFORM_STEMS} slack",
            "add agreg añad anad adicion ajout group",
        ),
        "request.process_on_app",
    ),
    (
        (
            "join= únete unete unirte unirse únanse unanse entre= entra= entrar entrem rejoins rejoign rejoindre"
            " send drop say",
            f"{_PLATFORM_STEMS} slack",
        ),
        "request.process_on_app",
    ),
    (
        (
            "zoom google skype teams",
            "personal private own= propia pessoal própria propria perso",
            "call llamada chamada",
        ),
        "request.process_on_app",
    ),
    ((_OFFERED_CHANNEL_STEMS, _OFFER_CHANNEL_STEMS, _OFFER_HOW_STEMS), "request.offer_channel"),
    (
        (f"{_PLATFORM_STEMS} mail e-mail email gmail", "send share forward", _OFFER_CHANNEL_STEMS),
        "request.send_by_channel",
    ),
    ((_CHANNEL_STEMS, *_CHANNEL_HI), "request.move_channel"),
    ((_CHANNEL_STEMS, *_CHANNEL_TL), "request.move_channel"),
    ((_PLATFORM_STEMS, _QUESTION), "request.ask_platform"),
    ((_PLATFORM_STEMS, "are= r="), "request.ask_platform"),
    (
        (f"{_PLATFORM_STEMS} session", _YOU_HAVE_STEMS),
        "request.ask_app",
    ),
    (
        (
            "messaging messenger mensajer mensagem mensagens messagerie chat_app chat_platform texting_app",
            _YOU_HAVE_STEMS,
        ),
        "request.ask_app",
    ),
    ((_PLATFORM_STEMS, "same mismo mesmo"), "request.same_number"),
    (
        (f"{_PHONE_MAIL_STEMS} contact contat whats telegr número numero numéro", "direct directo direto"),
        "request.require_contact",
    ),
    ((_PHONE_MAIL_STEMS, _QUESTION), "request.ask_platform"),
    ((f"{_PLATFORM_STEMS} {_EUPHEMISM_STEMS}", _MOVE_STEMS), "request.move_chat"),
    (
        (
            "outside off= off-platform fuera fora dehors hors bahar labas without",
            "do= work take handle finish complet proceed collaborat transact",
        ),
        "request.move_chat",
    ),
    (("otro otra outro outra ailleurs autre ibang dusri kahin", _MOVE_STEMS), "request.move_chat"),
    # "my assistant will call you", "our manager will whatsapp you"
    *(
        ((_MY_PEOPLE_STEMS, "my= our=", reach), "request.move_chat")
        for reach in (
            f"{_CALL_STEMS} {_CONTACT_ME_STEMS} joind locali",
            f"{_PLATFORM_STEMS} {_PHONE_MAIL_STEMS} {_CALL_STEMS}",
        )
    ),
    ((f"{_PLATFORM_STEMS} {_PHONE_MAIL_STEMS} {_CALL_STEMS}", _CALL_OBJECT_STEMS), "request.call_me"),
    ((_CALL_ONE_WORD_STEMS,), "request.call_me"),
    (
        (
            "send drop shoot manda mande mánd mand envi enví envoie envoyez",
            "whats wats wsp= wpp= wasap zap telegr tg= viber imessage",
        ),
        "request.call_me",
    ),
    ((_PHONE_MAIL_STEMS, "envi enví mand mánd escrib escríb envoi envoy écri ecri"), "request.call_me"),
    (
        (
            "contact contáct contat",
            f"{_PHONE_MAIL_STEMS} adresse cel= móvil movil número numero numéro",
        ),
        "request.call_me",
    ),
    (("give gimme", "buzz shout holler"), "request.call_me"),
    (
        (
            f"{_MY_STEMS} ko= apne mere",
            "number numero número numéro whats wsp= wpp= zap cel= celular portable phone mobile cell line email e-mail",
            f"{_CALL_STEMS} whats sms phone email e-mail te= t' vous kita kitang ping buzz",
        ),
        "request.offer_own_line",
    ),
    (
        (
            f"{_PLATFORM_STEMS} {_PHONE_MAIL_STEMS}",
            "instead rather not= en_vez em_vez y_no e_não e_nao plutôt plutot et_pas qu'ici que_aqu do_que better"
            " easier faster quicker simpler safer",
        ),
        "request.instead_of_here",
    ),
    (
        (f"{_PLATFORM_STEMS} mail e-mail email gmail phone", "easier faster quicker simpler convenient"),
        "request.easier_elsewhere",
    ),
    ((_CONTACT_ANY, _MY_STEMS), "request.offer_contact"),
    (("qr",), "request.qr_contact"),
    ((f"{_CALL_STEMS} {_PLATFORM_STEMS} {_PHONE_MAIL_STEMS}", _CAN_STEMS, _YOU_STEMS), "request.call_you"),
    (
        ("another other different", "way= ways= means method channel", "contact reach call text talk get", _YOU_STEMS),
        "request.call_you",
    ),
    (
        ("another other different somewhere someplace anywhere", "talk chat speak communicat connect", "we= i="),
        "request.call_you",
    ),
    (
        (
            "number numero número numéro mail correo",
            "where donde onde où ou=",
            "reach call contact text joindr appel llam ligar chamar contat",
        ),
        "request.call_you",
    ),
    (
        (
            "otro otra outro outra autre dusr doosr ibang",
            "contact contat número numero numéro correo mail e-mail email",
            _QUESTION,
        ),
        "request.call_you",
    ),
    (("tari2a", "tanya tania tanye okhra ukhra"), "request.call_you"),
    (
        (
            "how where there can could may need want have got give looking",
            f"{_CALL_STEMS} {_CONTACT_ME_STEMS} joind locali",
            _YOU_STEMS,
        ),
        "request.call_you",
    ),
    ((_CONTACT_ANY, _CAN_STEMS, _YOU_STEMS), "request.call_you"),
    (
        (
            "otro otra outro outra autre aur= dusr doosr ibang iba=",
            "medio forma manera vía via= lugar canal meio jeito moyen façon facon endroit tarika tareeka tariqa jagah"
            " medium zariya paraan app appli",
            "contact contat comunic habl convers fal escrib llam chamar joindr parl discut baat connect rabta"
            " ma-contact mag-usap communic",
        ),
        "request.call_you",
    ),
    (
        (
            "directly privately personally outside elsewhere",
            "contact reach get find",
            "how where there can could may need want have got give looking",
            _YOU_STEMS,
        ),
        "request.call_you",
    ),
    (
        (
            f"{_CONTACT_ME_STEMS} {_PHONE_MAIL_STEMS} text accept approve slide slid hit check call ring",
            f"{_PLATFORM_STEMS} {_EUPHEMISM_STEMS} {_PHONE_MAIL_STEMS} directly privately personally address inbox"
            " number text call",
        ),
        "request.contact_me_on",
    ),
    ((f"{_CALL_STEMS} {_CONTACT_ME_STEMS} joind locali", _BEST_STEMS), "request.best_way"),
    ((_EUPHEMISM_STEMS,), "request.euphemism"),
    (("private privately privado privé prive privet personal labas pribado mp= 5as= khas=",), "request.go_private"),
    ((f"{_CONTACT_ANY} contact deets", _PUBLISHED_PLACE_STEMS), "request.points_elsewhere"),
    (("bio=", "link url contact deets number mail e-mail email whats"), "request.points_elsewhere"),
    ((_CONTACT_ME_STEMS, _PUBLISHED_PLACE_STEMS), "request.points_elsewhere"),
    ((_PLATFORM_STEMS, "i= im= we=", "on="), "request.present_on"),
    (
        (f"{_PLATFORM_STEMS} {_COLOUR_STEMS} {_EUPHEMISM_STEMS}", _PRESENT_STEMS, "i= im= we="),
        "request.present_on",
    ),
    ((_PAY_PLATFORM_STEMS,), "payment.platform_named"),
    ((_MY_STEMS, _PAY_PLATFORM_STEMS, f"{_PUBLISHED_PLACE_STEMS} perfil profil"), "payment.points_elsewhere"),
    ((_PAY_PLATFORM_STEMS, _YOUR_STEMS), "payment.ask_account"),
    ((_PAY_PLATFORM_STEMS, _PAY_VERB_STEMS), "payment.pay_via"),
    ((_PAY_PLATFORM_STEMS, _ACCEPT_STEMS), "payment.accept_platform"),
    ((_PAY_PLATFORM_STEMS, _COMPLAINT_STEMS), "payment.fee_complaint"),
    ((_PAY_PLATFORM_STEMS, "details deets info information data coordinates"), "payment.rail_details"),
    ((_PAY_PLATFORM_STEMS, "below above attached follow dm= pm= inbox next send sending sent"), "payment.rail_details"),
    (
        (
            "datos dados coordonn détails details informaci informa info",
            "bancari bancári bancair cuenta conta compte para pra for pour de= del= do= da= du=",
        ),
        "payment.rail_details",
    ),
    (
        (
            "western wu= money_gram moneygram remitly world_remit worldremit ria=",
            "receiver recipient benefici payee name nombre nome nom= destinat pangalan full to= for= kay kina para pra"
            " pour a=",
        ),
        "payment.rail_details",
    ),
    (
        (
            _PAY_PLATFORM_STEMS,
            "receive accept le= leta leti lete lunga lungi lenge recib receb reçois recois recev acept aceit",
        ),
        "payment.receive_on",
    ),
    (("ba2bal b2bal ba2bel bast2bel basta2bel bastalem bastlem", _PAY_PLATFORM_STEMS), "payment.receive_on"),
    ((_PAY_PLATFORM_STEMS, _PART_STEMS), "payment.part_outside"),
    (("pay buy purchase order tip donate support send", "my= our="), "payment.own_checkout"),
    (
        (
            "stripe square quickbooks freshbooks xero wave zoho shopify gumroad paypal invoice_ninja bonsai honeybook",
            "invoice payment_link paymentlink pay_link paylink checkout payment_page bill",
        ),
        "payment.own_checkout",
    ),
    (
        ("invoice payment_link paymentlink pay_link paylink checkout payment_page bill", _YOUR_STEMS),
        "payment.own_checkout",
    ),
    (
        (_PAY_PLATFORM_STEMS, "me= us= to= into se= pe= par= pr= mein= mo= nyo= niyo= na= no= en= a= sur= sa="),
        "payment.rail_as_verb",
    ),
    ((_PAY_PLATFORM_STEMS, "my=", "send transfer pay="), "payment.rail_as_verb"),
    (
        (_PAY_PLATFORM_STEMS, "kar= karo kardo kijiye karein kore= koren korben pathao pathan pathiye diye="),
        "payment.rail_as_verb",
    ),
    (("trc erc bep", "send transfer pay= deposit"), "payment.rail_as_verb"),
    (
        (
            "yapea yapéa yapeá plinea plinéa bizumea bizuméa nequiea hazme hágame hagame mándame mandame envíame"
            " enviame faz= faça faca manda= mande=",
            _PAY_PLATFORM_STEMS,
        ),
        "payment.rail_as_verb",
    ),
    (
        (
            "wallet billetera cartera carteira portefeuille",
            "send transfer pay= wire deposit drop put= mand envi enví transfi transfe deposit envoi envoy vire= virez"
            " verse mere meri apne 7awel hawel ib3at ab3at",
        ),
        "payment.rail_as_verb",
    ),
    (
        (
            "fiverr upwork freelancer workana malt= toptal guru.com peopleperhour 99designs 99freelas truelancer"
            " onlinejobs",
        ),
        "request.other_marketplace",
    ),
    ((_PUBLISHED_PLACE_STEMS, "my= our="), "request.other_marketplace"),
    ((_FEE_STEMS, _AVOID_STEMS), "payment.avoid_fee"),
    ((_FEE_STEMS, "direct outside privately between ourselves off="), "payment.avoid_fee"),
    ((f"{_PAY_OUTSIDE_STEMS} {_EUPHEMISM_STEMS}", _PAY_VERB_STEMS), "payment.pay_direct"),
    ((f"{_PAY_OUTSIDE_STEMS} {_EUPHEMISM_STEMS}", _PRICE_CUT_STEMS), "payment.pay_direct"),
    (
        (_PAY_PLATFORM_STEMS, "direto directo diretamente directamente directement diretso direkta seedha direct="),
        "payment.pay_direct",
    ),
    (("upwork fiverr platform site app website marketplace", "cut leav keep", "out="), "payment.avoid_fee"),
    (("books=", "off="), "payment.pay_direct"),
    ((_OWN_ACCOUNT_STEMS, _SEND_MONEY_STEMS, _MINE_STEMS), "payment.own_account"),
    (("bhej", "pe= par= pr= mein= me="), "payment.own_account"),
    ((_RU_SEND_STEMS, "карт сч рахун кошел туда kartu kartochku schet schyot"), "payment.own_account"),
    (("usdt usdc tether bitcoin btc eth crypto cripto", _ADDRESS_STEMS), "payment.own_account"),
    (
        (
            _PAY_THERE_STEMS,
            "there= instead rather lieu= plutôt plutot vez= invés inves lugar= yahan yaha idhar wag= huwag",
        ),
        "payment.own_account",
    ),
    ((_FRIENDS_FAMILY_STEMS, f"{_PAY_VERB_STEMS} {_PAY_PLATFORM_STEMS} option mode"), "payment.friends_family"),
    (
        (
            "gift regalo presente cadeau personal personnel pessoal",
            f"{_PAY_PLATFORM_STEMS} fee charge commission comisi comiss taxa frais cobr",
        ),
        "payment.friends_family",
    ),
    (
        (
            "gift regalo presente cadeau cadeaux card= cards= voucher vouchers code= codes=",
            "pay paid pag payer payez paie paye send buy get mand envi enví compra envoie achète achete i= i'll"
            " acepto aceito j'accepte work are= is= accepted too= as= funcion sirven también tambien também tambem"
            " servem aussi",
        ),
        "payment.gift_card",
    ),
    (("f&f f= fnf",), "payment.friends_family"),
    ((_RATING_STEMS, _POSITIVE_STEMS), "feedback.ask_positive"),
    (
        (
            "rate mark score give gimme calif valor puntú puntu me_avali avalie note-moi notez-moi notes-moi évalue"
            " evalue",
            "well highly generously positively nicely bien bem positivamente alto haut 10/10 5/5 10= 5=",
        ),
        "feedback.ask_positive",
    ),
    # a star right after a digit ("5⭐") is no word start: the digit opens the gate, the star is a substring test
    ((_POSITIVE_STEMS, _STAR), "feedback.ask_positive feedback.trade"),
    ((_STAR_STEMS,), "feedback.ask_positive feedback.trade"),
    ((_RATING_STEMS, _INCENTIVE_STEMS), "feedback.trade"),
    (
        (
            "apply postul candidat mag-apply aplica aplique cv= cvs= resume résumé portfolio portfólio currícul"
            " curricul hoja candidature application cover carta biodata",
            f"{_PLATFORM_STEMS} mail e-mail email gmail i-email pag-email correo courriel inbox website site"
            " sitio página pagina portal portail careers dm= dms=",
        ),
        "request.apply_elsewhere",
    ),
    ((_RATING_STEMS, _CHANGE_STEMS), "feedback.change_review"),
    (
        (
            _RATING_STEMS,
            "saying stating mentioning diciendo dizendo disant qui_dit que_diga that_says to_say write say mention put"
            " state add note include escrib pon mencion di= diga escrev coloc écri ecri mets mettez dis= dites in= en="
            " na= dans likh bol pakisabi sabihin isulat pakisulat ilagay pakilagay ekteb iktib oktob 2ool 2oul 2oli"
            " ool= oul= out= zikr banggit sa= matzkor matdkor",
        ),
        "feedback.dictate",
    ),
    (
        (
            _RATING_STEMS,
            "order gig contract purchase pedido orden encomenda commande job= jobs= task= tasks=",
            "so= para pra pour just only to=",
        ),
        "feedback.staged_order",
    ),
    (
        (
            _RATING_STEMS,
            # the exchange word, "for", or the promise back ("the same", "the favor", "one too", "também", "bhi")
            "exchange swap trade intercamb troc échang echang for= por= pour= pra= palitan magpalitan same favor favour"
            " one= too= back= well= también tambien igual também tambem aussi bhi= si= se= cuando quando quand both="
            " each= you= u=",
        ),
        "feedback.swap",
    ),
    (
        (
            _RATING_STEMS,
            "account accounts profile cuentas contas comptes perfiles perfis profils ids= sell= selling vendo vendemos"
            " vends vendons",
        ),
        "feedback.fake_reviews",
    ),
    ((_RATING_STEMS,), "feedback.close_early feedback.threat"),
    ((_CLOSE_STEMS, _CONTRACT_STEMS), "feedback.close_early"),
    (("release libera libère libere libér liber approve aprove aprueba", _MONEY_STEMS), "feedback.close_early"),
)


# Word starts only: the text's start or a separator, then the stem.
_WORD_START = r"[ \t\n\r\f\v!-/:-@\[-`{-~¡¿«»‘’“”„…–—]"
# After a whole-word stem: no ASCII letter or digit (any other character passes: the gate may say too much, never
# too little, whatever Unicode version tells letters apart).
_WORD_END = r"(?:[^0-9a-z]|$)"


def _set_options(*, case_sensitive: bool) -> Any:
    """Options of an RE2 set with room for its whole automaton: a set whose DFA runs out of memory matches
    nothing."""
    options = re2.Options()
    options.case_sensitive = case_sensitive
    options.max_mem = 64 << 20
    return options


def _compiled_set(patterns: list[str], *, case_sensitive: bool) -> Callable[[bytes], list[int]]:
    """An RE2 set of `patterns`, as its compiled C object's Match: UTF-8 text -> the indices of the patterns that
    occur in it ([] for none). The Python wrapper's Match (a type check, then `or None`) costs a third of a short
    message's scan."""
    compiled = re2.Set.SearchSet(_set_options(case_sensitive=case_sensitive))
    for pattern in patterns:
        compiled.Add(pattern)
    compiled.Compile()
    match: Callable[[bytes], list[int]] = compiled._set.Match
    return match


def _gate() -> tuple[Callable[[bytes], list[int]], dict[int, list[tuple[int, int]]]]:
    """One RE2 set with a pattern per stem group (the pattern's index is the group's number), and per group the
    gates it opens: (bitmask of the groups the gate needs, bitmask of its rules' indices in RULES). A gate is
    filed under one of its groups, the rarest when it lists them rarest first. RE2 matches all groups in one
    linear pass, each on its own: a whole-word stem ("add=") and a prefix stem ("add") both fire on "add"."""
    group_numbers: dict[str, int] = {}
    gates: dict[int, list[tuple[int, int]]] = {}
    rule_bits = {rule.name: 1 << index for index, rule in enumerate(RULES)}
    for groups, names in _GATES:
        need = 0
        for group in groups:
            need |= 1 << group_numbers.setdefault(group, len(group_numbers))
        bits = sum(rule_bits[name] for name in names.split())
        gates.setdefault(group_numbers[groups[0]], []).append((need, bits))
    patterns = []
    for group in group_numbers:  # in number order
        if group in _SUBSTRINGS:
            patterns.append("(?:" + "|".join(re.escape(sub) for sub in _SUBSTRINGS[group]) + ")")
            continue
        words = (
            re.escape(stem.rstrip("=").replace("_", " ")) + (_WORD_END if stem.endswith("=") else "")
            for stem in group.split()
        )
        patterns.append(f"(?:^|{_WORD_START})(?:{'|'.join(words)})")
    # read on the text as written: no lower-cased copy
    return _compiled_set(patterns, case_sensitive=False), gates


_STEM_GROUPS, _GATES_BY_GROUP = _gate()
_GROUP_BITS = tuple(1 << group for group in range(len({g for groups, _ in _GATES for g in groups})))
_GATED_GROUPS = frozenset(_GATES_BY_GROUP)
# The rules of each set of rule bits: about a thousand combinations occur.
_RULES_BY_BITS: Memo[int, tuple[Rule, ...]] = Memo(16384)
# The answer for the stem groups found, in the order RE2 reports them: a pure function of them, and messages
# repeat their groups (a few thousand combinations in 11,545 SMS).
_RULES_BY_GROUPS: Memo[tuple[int, ...], tuple[Rule, ...]] = Memo(16384)


def triggered_rules(text: str) -> tuple[Rule, ...]:
    """The rules whose trigger stems occur in `text` (in any case), in RULES order; () for most texts."""
    encoded = _utf8(text)
    if encoded is None:
        return RULES
    groups = _STEM_GROUPS(encoded)
    if not groups:
        return ()
    key = tuple(groups)
    found = _RULES_BY_GROUPS.get(key)
    return _RULES_BY_GROUPS.put(key, _rules_opened_by(groups)) if found is None else found


def _rules_opened_by(groups: list[int]) -> tuple[Rule, ...]:
    """The rules of the gates whose stem groups are all among `groups`, in RULES order."""
    mask = sum(map(_GROUP_BITS.__getitem__, groups))
    bits = 0
    for group in _GATED_GROUPS.intersection(groups):  # ordinary text holds common stems that file no gate
        for need, rules in _GATES_BY_GROUP[group]:
            if mask & need == need:
                bits |= rules
    found = _RULES_BY_BITS.get(bits)
    if found is None:
        found = _RULES_BY_BITS.put(bits, tuple(rule for index, rule in enumerate(RULES) if bits >> index & 1))
    return found


def _utf8(text: str) -> bytes | None:
    """`text` as the UTF-8 RE2 reads, or None for text with lone surrogates (not UTF-8): then every rule's own
    Python pattern decides."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


# -- scopes ------------------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_START = factored(
    re.compile(
        r".{0,200}(?:[,;:()]|\s(?:but|pero|mas|mais|lekin|magar|bas|walakin|bas\s?ba2a|though|however|so|anyway)\s)",
        _I | re.DOTALL,
    )
)
_NEGATION = factored(re.compile(rf"(?<!\w){lx.NEGATION}(?!\w)", _I))
_NEGATION_EXCEPTION = factored(re.compile(lx.NEGATION_EXCEPTIONS, _I))
_RULE_REFERENCE = factored(re.compile(lx.RULE_REFERENCE, _I))
_RULE_QUESTION = factored(re.compile(rf"(?<!\w){lx.RULE_QUESTION}(?!\w)", _I))
_QUESTION_ABOUT = factored(
    re.compile(rf"(?<!\w){lx.QUESTION_ABOUT}(?!\w)[^\n]{{0,60}}?(?<!\w){lx.RULE_QUESTION}(?!\w)", _I)
)
# Every branch starts with a word character, so one leading (?<!\w) serves them all (a \b before a word character is
# the same test): tried once per position, not once per branch.
_REPORT = factored(
    re.compile(
        rf"(?<!\w)(?:{lx.REPORTER}\b[^.!?\n]{{0,30}}?\b{lx.REPORT_VERB}(?!\w)|{lx.REPORT_LEAD}(?!\w)|asked\sme\b"
        r"|me\s(?:pidi[oó]|pediu)\b"
        # the sender's own past ask of a third party: "I asked him to send me an email and he refused"
        r"|(?:i|we)\s(?:asked|told|begged|wanted)\s(?:him|her|them|the\s(?:client|freelancer|buyer|seller))\sto\b)",
        _I,
    )
)
# Hindi/Urdu report a third party's words verb last, the speaker marked by "ne": "client ne GCash pe pay karne bola",
# "usne number maanga tha" (never the sender's own "maine", nor "hum ne").
_ERGATIVE_SPEAKER = re.compile(r"\b(?:(?!(?:main|mai|hum|humne)\s)[a-z]{2,15}\sne|usne|unhone|isne|inhone)\b", _I)
_REPORTED_AFTER = re.compile(
    r"[^.!?\n,;]{0,25}?\b(?:bola|boli|bole|kaha|maanga|maangi|mangaa?|likha|pucha|poocha|keh\s(?:raha|rahi|rahe)"
    r"|bol\s(?:raha|rahi|rahe))\b",
    _I,
)
_QUOTES = re.compile(r"[\"“”«»„]")
# Words in single quotes, three or more (a copy line or a UI string: "translate: 'Share your phone number'"); one or
# two ("the 'green app'") are scare quotes round a nickname. Apostrophes inside words ("don't") stay inside.
_QUOTED_WORD = r"(?:[^'‘’\n\s]|(?<=\w)['’](?=\w)){1,40}"
_SINGLE_QUOTED = re.compile(rf"(?:^|(?<=[\s:(]))['‘](?=\w){_QUOTED_WORD}(?:\s{_QUOTED_WORD}){{2,40}}['’](?!\w)")
_SKILL_AFTER = factored(
    re.compile(rf"[\s/,&+\-]{{0,3}}(?:(?:and|or|&|[\w.]{{1,15}})[\s/,&+\-]{{1,3}}){{0,2}}{lx.SKILL_AFTER}\b", _I)
)
_SKILL_BEFORE = factored(
    re.compile(rf"\b{lx.SKILL_BEFORE}\s(?:(?:the|your|a|an|our|their|my|la|el|o|a|le)\s)?(?:[\w']{{1,15}}\s)?$", _I)
)
# "accept PayPal in your Shopify store": the payment app is a feature of someone's shop, not how we get paid.
_MERCHANT = factored(
    re.compile(
        r"\b(?:in|on|for|to|into|at)\s(?:your|my|our|the|their|his|her)\s(?:[\w-]{1,15}\s)?(?:store|shop|webshop|e-?shop"
        r"|checkout|cart|woocommerce|shopify|app|saas|booking\sform|donation\spage)\b"
        # "en mi tienda", "na minha loja", "dans ma boutique"
        r"|\b(?:en|na|no|em|dans|sur|para|pour)\s(?:mi|tu|su|nuestra|nuestro|minha|meu|sua|seu|nossa|nosso|ma|mon|notre"
        r"|votre|ta|ton|la|el|a|o|le)\s(?:[\w-]{1,15}\s)?(?:tienda|loja|boutique|app|aplicaci[oó]n|aplicativo|application"
        r"|sitio|site|p[aá]gina|e-?commerce|checkout|carrito|carrinho|panier)\b",
        _I,
    )
)
_WORK_DOMAIN = factored(re.compile(rf"\b{lx.WORK_DOMAIN}\b", _I))
_PERSONAL = factored(
    re.compile(
        r"\b(?:me|you|u|us|i|we|my|your|te|t[eú]|mim|moi|vous|tu|toi|mujhe|aap|aapko|tumhe|ako|mo|ikaw|ka|li|lak|ana|enta)\b",
        _I,
    )
)
# A pronoun the verb of a Romance-language cue carries: glued after it ("págame", "paga-me" is `_PERSONAL`'s) or
# right before it ("me pagas por Zelle", "te pago por PayPal").
_CLITIC_BEFORE = re.compile(r"(?<!\w)(?:me|te|nos|mi|moi)\s\Z", _I)
_PAYS_ME = re.compile(r"\bp[áa]g(?:a|ue|ar)(?:me|nos)\b", _I)
_PLATFORM_FLOW = factored(
    re.compile(
        r"\b(?:upwork|fiverr|freelancer\.com|toptal|the\splatform|withdraw\w{0,4}|payouts?|escrow|connects?"
        # the reader's pay said to stay here: "we use Wise for payroll, you'll be paid here though"
        r"|(?:be|get|getting|being)\spaid\s(?:here|through\shere|on\shere|on\sthis\s(?:site|platform))"
        r")\b",
        _I,
    )
)
_FLOW_ESCAPE = factored(
    re.compile(
        r"\b(?:instead|rather\sthan|outside|not\sthrough|avoid|skip|bypass|off\sthe|en\svez\sde|em\svez\sde"
        r"|au\slieu\sde|ke\sbajaye|faster\sthan|cheaper\sthan|better\sthan|no\sneed\sto|don'?t\sneed\sto|pas\sbesoin"
        r"|(?:ki|ka)\s(?:zaroorat|zarurat|jarurat|jaroorat)\s(?:nahi|nahin|nhi)"
        r"|no\shace\sfalta|sin\spasar|n[aã]o\sprecisa|sem\spassar|sans\spasser|without\sgoing"
        r"|(?:por\s)?fuera\sde|fora\sd[ao]|(?:en\s)?dehors\sde|hors\sde"
        # the platform refused as the way: "not on upwork", "no por upwork", "upwork se mat do", "wag na sa upwork",
        # "hindi Upwork"
        r"|(?:not|no|n[aã]o|pas|wag|huwag|hindi)\s(?:na\s)?(?:(?:on|via|through|thru|by|in|por|pelo|pela|en|no|na|par|sur|sa)\s)?"
        r"(?:the\s)?(?:upwork|fiverr|platform|plataforma|plateforme)"
        r"|(?:upwork|fiverr|platform|plataforma)\s(?:se|pe|par|pr|mein|ke\sthrough|sa)\s(?:\w{1,10}\s)?(?:mat|nahi|nahin|nhi)"
        # the platform's process called a hassle: "upwork ka chakkar chhodo", "hassle sa upwork", "fiverr is a hassle"
        r"|(?:upwork|fiverr|platform)\s(?:ka|ki|ke)\s(?:chakkar|chakar|jhanjhat|jhanjat|jhamela|lafda|natak)"
        r"|(?:hassle|abala|gulo)\s(?:sa|on|with|of)\s(?:the\s)?(?:upwork|fiverr|platform)"
        r"|(?:upwork|fiverr|the\splatform)\s(?:is\s)?(?:a\s|such\sa\s)?(?:hassle|pain)"
        # the platform kept from knowing: "don't tell upwork", "the platform doesn't need to know"
        r"|(?:don'?t|do\snot|never)\s(?:tell|let)\s(?:upwork|fiverr|the\splatform)"
        r"|(?:upwork|fiverr|the\splatform)\s(?:doesn'?t|does\snot|won'?t)\s(?:need\sto\s|have\sto\s)?know"
        # the platform's flow blamed: "upwork is holding my funds"
        r"|(?:holding|holds|held|delay(?:s|ing|ed)?|freez(?:e|es|ing)|froze)\s(?:my|our)\s(?:funds|money|payments?|earnings"
        r"|payouts?|withdrawals?|account))\b",
        _I,
    )
)


_THIRD_PARTY_RATERS = re.compile(
    r"\b(?:users?|customers?|buyers?|clients?|people|visitors?|guests?|shoppers?|patients?|students?|members?)"
    r"\s(?:(?:who|that)\s)?(?:(?:can|could|will|to|should|may|must)\s)?(?:\w{1,12}\s){0,3}$",
    _I,
)
# ... and the people a business asks to reach it, where a cue says "us": "customers can text us at the store number",
# "so that visitors can call us from the site", "let patients text us" (a feature or a business's line, not the
# writer's move).
_CALLERS = r"(?:users|customers|shoppers|visitors|members|subscribers|patients|guests|diners|tenants|leads)"
_THIRD_PARTY_CALLERS = re.compile(
    rf"\b(?:(?:let|lets|letting|help|helps)\s(?:our\s)?{_CALLERS}\s"
    rf"|{_CALLERS}\s(?:(?:who|that)\s)?(?:can|could|will|should|may|must|to)\s(?:\w{{1,12}}\s){{0,2}})$",
    _I,
)
_ASKS_FOR_US = re.compile(r"\bus\b", _I)
# "their" contacts gathered as data (a research or data-entry task), not applicants told to send theirs.
_THEIR = re.compile(r"\btheir\b", _I)
_DATA_COLLECTION = factored(
    re.compile(
        r"\b(?:scrap\w{0,4}|compil\w{1,3}|collect\w{0,3}|extract\w{0,3}|gather\w{0,3}|look\sup|research|lists?\sof"
        r"|database|spreadsheet|directory|directories|data\sentry|google\smaps|yellow\spages|crm)\b",
        _I,
    )
)
# Words after a platform that make it someone's account, not a feature or a skill.
_ACCOUNT_AFTER = re.compile(
    r"\s(?:contacts?|numbers?|no\.?|#|ids?|handle|user\s?name|account|details|info|n[uú]mero|num[eé]ro|contato|contacto)\b",
    _I,
)
# The account as the work: "WhatsApp number verification", "Telegram ID lookup" (a work noun right after it).
_ACCOUNT_WORK = re.compile(
    r"\s(?:verification|verify(?:ing)?|validation|validat(?:e|or|ing)|otp|lookup|look-up|checker|check(?:ing)?"
    r"|login|authentication|auth|sign-?up|registration|onboarding|masking|formatting|parsing|parser|field|input"
    # the tool made for such accounts: "a telegram username checker", "WhatsApp number validators"
    r"|(?:(?:availability|status|validity|bulk|batch)\s)?(?:validators?|checkers?|verifiers?|generators?|scrapers?"
    r"|extractors?|finders?|grabbers?|lookups|filters?|sorters?|cleaners?|converters?|formatters?|tools?|bots?))\b",
    _I,
)
# The accounts as what the work does something to: "a script that verifies WhatsApp numbers in bulk", "scrape
# Telegram usernames" (a verb right before the platform, no one's "your" or "my" between).
_ACCOUNT_WORKED_ON = re.compile(
    r"\b(?:verif(?:y|ies|ying)|validat(?:e|es|ing)|check(?:s|ing)?|scrap(?:e|es|ing)|extract(?:s|ing)?"
    r"|collect(?:s|ing)?|harvest(?:s|ing)?|gather(?:s|ing)?|filter(?:s|ing)?|clean(?:s|ing)?|look(?:s|ing)?\sup"
    r"|lookup)\s(?:(?:the|all|bulk|multiple|many|some|any|public|business|valid|active)\s){0,2}$",
    _I,
)
# The accounts of someone's customers kept by a product: "our CRM must store each customer's WhatsApp number".
_THIRD_PARTY_OWNER = re.compile(
    r"\b(?:users?|customers?|members?|visitors?|buyers?|patients?|students?|leads?|subscribers?|employees?|guests?)"
    r"(?:'|’)s?\s$",
    _I,
)
# Someone's customers sharing their own accounts in a product: "let users share their Skype ID on their profile".
_LETS_THIRD_PARTY = re.compile(
    r"\b(?:let|lets|allow|allows|enable|enables|help|helps)\s(?:users?|customers?|clients?|members?|people|visitors?"
    r"|buyers?|sellers?|players?|students?|patients?|guests?)\s(?:to\s)?",
    _I,
)
# The product takes the payment: "the app should accept crypto only", "our checkout must support USDT".
_PRODUCT_TAKES = factored(
    re.compile(
        r"\b(?:the|our|my|your|this|their)\s(?:[\w-]{1,15}\s)?(?:app|apps|site|website|store|shop|system|checkout|bot"
        r"|backend|plugin|dapp|game|marketplace|platform|module|api|wallet|contract)\s(?:should|must|will|needs?\sto"
        r"|has\sto|can|could|would|to|shall)\s(?:also\s|only\s|just\s)?(?:accept|take|support|process|handle|allow"
        r"|receive)\s(?:[\w-]{1,15}\s)?$",
        _I,
    )
)
# A product's payers, not the reader: "half the users pay with PayPal", "50% of our customers pay via bank transfer".
_THIRD_PARTY_PAYERS = re.compile(
    r"\b(?:users|customers|shoppers|visitors|members|subscribers|students|patients|guests|donors|players|people"
    # a business's own clients paying it: "our clients pay us by bank transfer" ("my other clients pay me on PayPal"
    # is a nudge)
    r"|our\s(?:clients|buyers|tenants|vendors|suppliers))"
    r"\s(?:(?:who|that)\s)?(?:(?:can|could|will|should|may|must|usually|mostly|often|prefer\sto)\s)?"
    # ... up to the rail they pay by: "our clients pay us by bank transfer"
    r"(?:(?:pay|pays|paid)\s(?:(?:us|them|you|me)\s)?(?:by|via|through|with|using|in|on)\s)?$"
    # ... in Spanish, Portuguese and French: "los usuarios pagan con nequi", "os clientes pagam no pix"
    r"|\b(?:los|las|nuestros|nuestras|sus|os|as|nossos|nossas|seus|les|nos|vos|leurs)\s(?:usuarios|usu[aá]rios|clientes"
    r"|compradores|visitantes|alumnos|alunos|pacientes|utilisateurs|clients|acheteurs|visiteurs)\s(?:que\s|qui\s)?$",
    _I,
)
# Rules whose cue is itself about escaping the platform's cut, or sets a part of the price against the part paid on
# it ("half via escrow, half on PayPal"), so a platform word in the sentence is no flow.
_FLOW_NAMES_ITSELF = frozenset({"payment.avoid_fee", "payment.fee_complaint", "payment.part_outside"})
# Rules whose cue is a step of hiring put on the app: "our WhatsApp group" there is where the applicant goes, not the
# product worked on (the rule's own pattern leaves out the app as a product: "a Telegram bot", "Slack integration"),
# and the application sent there ("send your CV to our HR email").
_HIRING_NAMES_ITSELF = frozenset({"request.process_on_app", "request.apply_elsewhere"})
# Rules whose cue is the sender's own page to pay at ("support me on my ko-fi page"): the page there is the place
# paid, not a page to build.
_OWN_PAGE_NAMES_ITSELF = frozenset({"payment.own_checkout"})
# "If you don't give me 5 stars, I'll ...": a rating made a condition for the other party is a threat, not a
# refusal (for feedback only: "if you don't want to pay via PayPal, fine" is no move).
_CONDITION_ON_YOU = re.compile(
    r"\b(?:if|unless)\s(?:you|u)\s(?:don'?t|do\snot|won'?t|will\snot|didn'?t|did\snot|can'?t|cannot)\s[^,;]{0,40}$"
    r"|\bsi\s(?:no\s|tu\sne\s|vous\sne\s|voc[eê]\sn[aã]o\s)",
    _I,
)
# "If I don't get a positive review, I'll leave you a bad one": the sender's own rating made a condition, with a
# consequence the sender threatens, is a threat too ("... I will learn from it" is none).
_CONDITION_ON_ME = re.compile(r"\b(?:if|unless)\s(?:i|we)\s(?:don'?t|do\snot|won'?t|didn'?t|did\snot)\s$", _I)
_THREATENED = re.compile(
    r"\b(?:i(?:'ll|\swill|'m\sgoing\sto|\sam\sgoing\sto)|we(?:'ll|\swill))\s(?:[\w']{1,12}\s)?"
    r"(?:leave|give|post|write|report|dispute|rate|open|complain)\b",
    _I,
)
# The sender taking the move back at once: "I'll send it to your email later? no, I'll keep it here".
_RETRACTED = re.compile(
    r"\s{0,3}(?:no|nah|nope|actually\sno|never\smind|scratch\sthat|no\swait)[,.!]?\s(?:[\w']{1,12}\s){0,4}?"
    r"(?:keep|stay|continue|talk|chat|better|do\sit)\b[^.!?\n]{0,20}?\b(?:here|on\s(?:the|this)\s(?:platform|site|chat))\b",
    _I,
)
# "Don't leave bad feedback", "no dejes una reseña negativa", "ne laisse pas d'avis négatif": the negation is of a
# bad rating, which asks for a good one; it does not take the move back (an incentive with it is a trade). The
# sender's own habit ("I never leave bad reviews") is no such ask.
_NEGATED_BAD_RATING = re.compile(
    rf"(?<!\bi\s)(?<!\bwe\s)(?<!\bi'll\s)(?<!\w){lx.NEGATION}\s(?:[\w']{{1,12}}\s){{0,3}}?"
    rf"(?:{lx.NEGATIVE_RATING}[\s-]{{0,2}}(?:[\w']{{1,10}}\s)?{lx.RATING}|{lx.RATING}\s{lx.NEGATIVE_RATING})(?!\w)"
    rf"|(?<!\w)(?:{lx.NEGATIVE_RATING}\s{lx.RATING}|{lx.RATING}\s{lx.NEGATIVE_RATING})\s(?:mat|na|nahi|nahin)\s?\w{{0,8}}(?!\w)"
    rf"|(?<!\bi\s)(?<!\bwe\s)(?<!\w){lx.NEGATION}\s(?:rate|mark|score|review)\s(?:me|us|my\swork|our\swork)\s"
    r"(?:badly|low|poorly|negatively|down)(?!\w)",
    _I,
)
# Verb-final languages negate after the verb: "platform ke bahar payment nahi lunga".
# ("platform ki zaroorat nahi", no need for the platform, denies the platform, not the move)
_NEGATION_AFTER = factored(
    re.compile(
        r"[^.!?\n,;]{0,20}?\b(?<!zaroorat\s)(?<!zarurat\s)(?<!jarurat\s)(?<!jaroorat\s)(?:nahi|nahin|nhi|nai|mat|hindi)\b",
        _I,
    )
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


def find_cues(text: str, lower: str | None = None, rules: tuple[Rule, ...] | None = None) -> list[Cue]:
    """The cues of `rules` in `text`, by default of the rules its trigger stems call for (`triggered_rules`);
    `lower` is its `lower_same_length` when already made."""
    cues: list[Cue] = []
    if rules is None:
        rules = triggered_rules(text)
    if not rules:  # most texts
        return cues
    lower = lower_same_length(text) if lower is None else lower
    padded = " " + lower
    encoded = _utf8(padded)
    running = [
        rule
        for rule in rules
        # the RE2 superset first: one C call, where the substrings a rule needs are tens of Python steps
        if (encoded is None or (prefilter := _PREFILTERS.get(id(rule))) is None or prefilter(encoded))
        and (not rule.needs or any(need in padded for need in rule.needs))
    ]
    if not running:  # most texts
        return cues
    keyed = [rule for rule in running if id(rule) in _KEYED_RULES]
    shared = _matches_in_one_pass(keyed, padded) if len(keyed) >= _ONE_PASS_MIN_RULES else {}
    for rule in running:
        matches = shared[id(rule)] if id(rule) in shared else rule.pattern.finditer(padded)
        for m in matches:
            start, end = _cue_span(text, m)
            scope = scope_of(text, rule, start, end)
            if scope is not None and (later := _in_a_later_clause(rule, text, padded, start, end)) is not None:
                start, end = _cue_span(text, later)
                scope = scope_of(text, rule, start, end)
            if rule.name == "request.call_me" and _describes_the_sender(text, start, end):
                continue
            if rule.name in _KEPT_HERE_WHEN_SAID and _ON_THE_PLATFORM.match(text, end):
                continue  # "call me here", "move this to a call here on the platform": the platform's own call
            if rule.name == "request.ask_app" and _an_everyday_word(text, lower, start, end):
                continue
            if rule.name == "payment.rail_details" and _an_uncapitalised_payee(text, start, end):
                continue  # "western union to Manila fees": the name branch reads lower-cased text
            if rule.name in _ASKS_FOR_YOUR_CONTACT and _the_device(lower, start, end):
                continue  # "test the build on your phone", "answer your phone": the device, not its number
            if rule.name in _SENT_BY_THE_WORK_WHEN_SAID and _THE_WORK_SENDS.search(lower, max(0, start - 30), start):
                continue  # "should the contact form send emails to your gmail?": the work's feature, no ask
            if (
                rule.name in _ASKS_FOR_YOUR_CONTACT
                and text[end - 1 : end] == "?"
                and _ANSWERED_AT_ONCE.match(text, end)
            ):
                continue  # "Contact number? It is on the invoice.": a question the sender answers at once
            if rule.name == "feedback.close_early" and _OWN_WORK_BEFORE.search(text, max(0, start - 40), start):
                continue  # "I'll finish the task and send it tomorrow": the sender's own plan, no ask to close
            if rule.name == "feedback.ask_positive" and _the_senders_rating_for_good_work(text, start, end):
                continue  # "I'll give you 5 stars if you deliver on time": the client's own rating, earned by the work
            platform = platform_in(text[start:end], rule.kind)
            cues.append(Cue(rule.kind, rule.name, rule.tier, start, end, platform, scope))
    return cues


def _the_senders_rating_for_good_work(text: str, start: int, end: int) -> bool:
    """Whether the rating of the cue text[start:end] is the sender's own, given the reader for the work done well."""
    if _SENDERS_HABIT.search(text, max(0, start - 20), start):
        return True
    if _SENDERS_WOULD.search(text, max(0, start - 30), start) and _OWN_GRADE_VERB.match(text, start):
        return True
    to_the_reader = _TO_THE_READER.search(text, start, end) or _READER_BEFORE.search(text, max(0, start - 12), start)
    return bool(to_the_reader) and bool(
        _RATING_FOR_GOOD_WORK.match(text, end) or _GOOD_WORK_BEFORE.search(text, max(0, start - 80), start)
    )


def _cue_span(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The text offsets of a rule match in the padded text (its leading separator stands for the padding)."""
    start, end = m.start(), m.end() - 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CLAUSE_BREAK = re.compile(r"[,;:]")


def _in_a_later_clause(rule: Rule, text: str, padded: str, start: int, end: int) -> re.Match[str] | None:
    """A match of `rule` inside text[start:end] that starts after a clause break in it. A reading that is a
    mention (negated, quoted...) may run over a comma into a request of its own ("I don't do interviews in chat,
    send your number"); the regex takes the leftmost start, so the words after the break are read again."""
    for brk in _CLAUSE_BREAK.finditer(text, start, end):
        later = rule.pattern.search(padded, brk.end(), end + 1)
        if later is not None:
            return later
    return None


# A rule's RE2 superset (patterns.re2_superset) answers in linear time whether its Python pattern can match: the
# trigger stems open a rule on one common word ("call", "number"), and most rules run that way find nothing.
# RULES' own objects only: a caller's own Rule runs its pattern. Each is a one-pattern RE2 set: its Match answers
# yes or no without the match object (and the Python generator) a compiled pattern's search builds.


_PREFILTERS: dict[int, Callable[[bytes], list[int]]] = {
    id(rule): _compiled_set([re2_superset(rule.source)], case_sensitive=True) for rule in RULES
}

# One pass over the separators serves several rules at once; for up to three, each regex's own search is cheaper
# (measured: the pass costs a Python step per separator some rule may start at).
_ONE_PASS_MIN_RULES = 4
_RULE_BIT = {rule.name: 1 << index for index, rule in enumerate(RULES)}
# The rules the pass serves: RULES' own objects with start keys (a caller's own Rule gets its plain finditer).
_KEYED_RULES = frozenset(id(rule) for rule in RULES if rule.starts)


def _rule_bits_by_start_key() -> dict[str, int]:
    """A start key -> the bits (_RULE_BIT) of the rules it may start."""
    bits: dict[str, int] = {}
    for rule in RULES:
        for _, keys in rule.starts:
            for key in keys:
                bits[key] = bits.get(key, 0) | _RULE_BIT[rule.name]
    return bits


_RULE_BITS_BY_START_KEY = _rule_bits_by_start_key()
# The separators some rule may start at: the others are skipped in C, not looked up one by one. The keys cut to three
# characters keep the regex small (a few thousand stems, not tens of thousands) and still pass every start.
_RULE_START = re.compile(rf"\W(?={_trie(sorted({key[:3] for key in _RULE_BITS_BY_START_KEY}))})")
# The characters after a separator -> bits of the rules they may start.
_RULE_BITS_AFTER: Memo[str, int] = Memo(100_000)


def _rule_bits_after(key: str) -> int:
    bits = 0
    for length in range(1, len(key) + 1):
        bits |= _RULE_BITS_BY_START_KEY.get(key[:length], 0)
    return _RULE_BITS_AFTER.put(key, bits)


def _matches_in_one_pass(rules: list[Rule], padded: str) -> dict[int, list[re.Match[str]]]:
    """id(rule) -> list(rule.pattern.finditer(padded)) for each of `rules`, trying only the separators whose next
    characters start with one of the rule's start keys.

    finditer takes the leftmost match at or after the end of the previous one; every match starts at a separator
    followed by one of the rule's keys, so trying those separators in order finds the same matches."""
    slots = {_RULE_BIT[rule.name]: slot for slot, rule in enumerate(rules)}
    running = sum(slots)
    found: list[list[re.Match[str]]] = [[] for _ in rules]
    resume = [0] * len(rules)
    for separator in _RULE_START.finditer(padded):
        at = separator.start()
        key = padded[at + 1 : at + 1 + _START_KEY_LENGTH]
        bits = _RULE_BITS_AFTER.get(key)
        bits = (_rule_bits_after(key) if bits is None else bits) & running
        while bits:
            bit = bits & -bits
            bits ^= bit
            slot = slots[bit]
            if at >= resume[slot] and (m := rules[slot].pattern.match(padded, at)):
                found[slot].append(m)
                resume[slot] = m.end()
    return {id(rule): matches for rule, matches in zip(rules, found, strict=True)}


# platform_in's answer per cue words: a pure function of them, and cues repeat their words ("call me", "text me");
# _EUPHEMISM alone costs microseconds on a short span.
_PLATFORM_BY_SPAN: Memo[tuple[str, Kind], str | None] = Memo(4096)


def platform_in(span: str, kind: Kind) -> str | None:
    key = (span, kind)
    if key in _PLATFORM_BY_SPAN:
        return _PLATFORM_BY_SPAN[key]
    return _PLATFORM_BY_SPAN.put(key, _platform_named(span, kind))


def _platform_named(span: str, kind: Kind) -> str | None:
    if kind is Kind.OFF_PLATFORM_REQUEST and (euphemism := _EUPHEMISM.search(span) or _BY_COLOUR.search(span)):
        for name, look in _LOOK_PLATFORMS:
            if look.search(euphemism.group()):
                return name
    finders = (_PAYMENT_FINDER, _CONTACT_FINDER) if kind is Kind.OFF_PLATFORM_PAYMENT else (_CONTACT_FINDER,)
    for finder in finders:
        m = finder.search(span)
        if m and m.lastgroup:
            return m.lastgroup
    return None


# "text me here", "call me through the platform": the platform's own messages or calls, not a move.
_KEPT_HERE_WHEN_SAID = frozenset({"request.call_me", "request.move_channel"})
_ON_THE_PLATFORM = re.compile(
    r"\s(?:here|on\shere|in\s(?:this|the)\schat|(?:on|in|through|via)\s(?:this|the)\s(?:platform|site|app|chat)"
    r"|(?:on|through|via)\s(?:upwork|fiverr))\b",
    _I,
)


# The sender as the subject of a closing verb ("I'll finish the task", "we will complete the project"): their own
# work, not an ask to close the contract early.
# A rating the sender gives the reader, promised for the work done well ("I'll leave you a 5 star review if the work
# is good", "je te mets 5 étoiles si tu livres à temps", "if you deliver on time you'll get 5 stars from me"): the
# reader is its receiver ("you", "te", "vous"... in or before the cue) and the condition is the work itself, after
# the cue or before it, not a favour (a swap, an early close).
_TO_THE_READER = re.compile(r"(?<!\w)(?:you|u|te|vous|lhe|usted)(?!\w)", _I)
# "je te mets 5 étoiles", "te dou 5 estrelas", "you'll get a 5-star review"
_READER_BEFORE = re.compile(r"(?<!\w)(?:te|vous|lhe|you(?:'ll|\swill)|u\swill)\s$", _I)
_GOOD_WORK = (
    r"(?:(?:you|u|tu|vous|usted|voc[eê])\s)?(?:(?:the|la|le|el|o|a)\s)?"
    r"(?:deliver|delivers|deliver\son\stime|finish|finishes|complete|completes|do\sa\s(?:good|great)\sjob"
    r"|(?:work|job|result|design|logo|code|app|site|website)\s(?:is|are|turns\sout|looks|comes\sout)\s(?:good|great"
    r"|well|fine|perfect|excellent|as\sagreed)|livres?|livrez|termines?|terminez|entregas|entregue|entregar|terminas"
    r"|termine|terminar|meet\sthe\sdeadline|respect(?:es|ez)?\sle\sd[ée]lai|cumples?\scon\sel\splazo)\b"
)
_GOOD_WORK_IF = r"(?:if|when|once|as\slong\sas|si|se|quand|lorsque|cuando|quando)\s"
_RATING_FOR_GOOD_WORK = re.compile(rf"[^.!?\n]{{0,12}}?\s{_GOOD_WORK_IF}{_GOOD_WORK}", _I)
# ... the condition first: "if the work is good, I'll give you 5 stars", "do a great job and I'll leave you a review"
_GOOD_WORK_BEFORE = re.compile(
    rf"\b{_GOOD_WORK_IF}{_GOOD_WORK}[^.!?\n]{{0,40}}$|\bdo\sa\s(?:good|great)\sjob\s(?:and|&)\s[^.!?\n]{{0,20}}$", _I
)
# The sender's habit as a client: "I always leave 5 stars for freelancers who meet the deadline".
_SENDERS_HABIT = re.compile(r"\b(?:i|we)\s(?:always|usually|normally|generally|often)\s$", _I)
# ... or the grade the sender would give, a verdict ("I'd give 5 stars if I could", "we would rate it 10/10"), not a
# wish ("I'd appreciate 5 stars", "I would love a 5-star review").
_SENDERS_WOULD = re.compile(
    r"\b(?:i|we)(?:'d|’d|\swould)\s(?:(?:happily|gladly|easily|definitely|honestly|still|only)\s)?$", _I
)
_OWN_GRADE_VERB = re.compile(
    # (not one traded: "I'd give you 5 stars if you give me 5")
    r"(?:give|leave|rate)\b(?!\s(?:me|us)\b)(?![^.!?\n]{0,40}\b(?:if|when|once|as\slong\sas)\s(?:you|u)\s(?:\w{1,8}\s)?"
    r"(?:give|leave|rate|review|do\sthe\ssame)\b)",
    _I,
)
_OWN_WORK_BEFORE = re.compile(
    r"\b(?:i|we)(?:'ll|'d|\swill|\swould|\sshall|\scan|\sam\sgoing\sto|'m\sgoing\sto|\sare\sgoing\sto|'re\sgoing\sto"
    r"|\sneed\sto|\shave\sto|\splan\sto|\sexpect\sto|\shope\sto)\s(?:\w{1,20}\s)?$|\blet\s(?:me|us)\s$",
    _I,
)


_ASKS_FOR_YOUR_CONTACT = frozenset({"request.ask_contact", "request.ask_platform"})
# Cues a product of the work may be the subject of: "the bot should reply on telegram", "the app will text your phone".
_SENT_BY_THE_WORK_WHEN_SAID = frozenset({"request.ask_contact", "request.move_chat"})
# "your phone" with no "number" after it, the device word alone.
_YOUR_DEVICE = re.compile(
    rf"(?<!\w){lx.YOUR}\s(?:(?:mobile\s)?phone|cell(?:\s?phone)?|smart\s?phone|mobile|celular|cel|m[oó]vil|portable"
    r"|telefone|tel[eé]fono)(?!\w)(?!\s(?:number|numbers|no|num|nr|#))"
)
# What makes it the device: a preposition or a verb that handles it right before ("on", "from", "with", "answer",
# "charge", "what model is", "the model number of"), or a part or state of it right after ("screen", "fixed",
# "charged", "on silent").
_DEVICE_BEFORE = re.compile(
    r"(?:\b(?:on|from|with|wth|in|into|onto|off|via|using|(?<!ask\s)(?<!asking\s)(?<!asked\s)for|answer|answered"
    r"|answering|charge|charged|recharge|recharged|keep|kept|fix|fixed|lost|lose|unlock|restart|reset|check|install"
    r"|update|(?:pick|picked)\sup|(?:turn|turned|switch|switched)\s(?:on|off)|model\s(?:(?:num|number|no|name)\s)?(?:is|of))\s)\Z"
)
_DEVICE_AFTER = re.compile(
    r"\s(?:fixed|repaired|charged|recharged|charging|dead|died|broke|broken|screen|battery|camera|model|storage"
    r"|settings|browser|off|on\ssilent|is\soff|is\sdead|vibrat\w{0,5}|ringing|keeps\s\w{1,12}ing)\b"
)


# A product of the work, or its users, as the subject of the verb that reaches the contact ("the contact form to send
# emails to your gmail", "the app should text your phone", "a feature where users can share their phone number"):
# what the software does, not what the sender asks.
_THE_WORK_SENDS = re.compile(
    r"\b(?:form|app|website|site|system|script|bot|plugin|workflow|automation|integration|crm|server|backend|api"
    rf"|notifications?|alerts?|newsletter|{_CALLERS})\s(?:to|will|should|can|could|must|would|that|which)\s\Z"
)
# A bare question about a contact that the sender answers at once with a place the reader already has, or with the
# other number meant: "Contact number? It is on the invoice.", "Phone? It's in your account settings." (not "It's in
# my bio": that points away).
_ANSWERED_AT_ONCE = re.compile(
    r"\s{0,3}(?:(?:oh|ah|ok|well|sorry),?\s{1,3})?(?:(?:it['’]?s|it\sis|that['’]?s|that\sis|they['’]?re|they\sare"
    r"|you['’]?ll\sfind\sit|you\scan\sfind\sit)\s(?:already\s|all\s)?(?:on|in|at|listed\s(?:on|in)|printed\son"
    r"|shown\s(?:on|in))\s(?:the|your|each|every)\b"
    # or another number named instead: "Your number? Oh, the order number, it's 4471-2290."
    r"|(?:i\smean\s)?the\s(?:order|invoice|tracking|reference|ticket|po|project|job|contract|case)\s(?:number|no\b|id\b))",
    _I,
)


def _the_device(lower: str, start: int, end: int) -> bool:
    """Whether the contact a cue asks for is "your phone" read as the device: handled by a verb or a preposition
    right before it, or with a part or a state of it right after."""
    device = _YOUR_DEVICE.search(lower, start, end)
    return device is not None and (
        _DEVICE_BEFORE.search(lower, max(0, device.start() - 24), device.start()) is not None
        or _DEVICE_AFTER.match(lower, device.end()) is not None
    )


# The payee named after a remittance service ("western union to Kim Nguyen"), two words ending the cue.
_PAYEE_AFTER_TO = re.compile(
    r"\s(?:to|for|kay|kina|para|pra|pour|a)\s?:?\s([^\W\d_][\w'-]{1,20})(?:\s(?:de|dela|del|da|dos|van|bin|al|el))?"
    r"\s([^\W\d_][\w'-]{1,20})\Z",
    _I,
)
_OWNERS = frozenset({"my", "mi", "mon", "ma", "meu", "minha", "aking"})


def _an_uncapitalised_payee(text: str, start: int, end: int) -> bool:
    """ "western union to Kim Nguyen" names a person; "western union to Mexico vs remitly" does not: a payee read
    from lower-cased text counts only when both its words are capitalised ("to my mom" is a relative)."""
    payee = _PAYEE_AFTER_TO.search(text, start, end)
    return (
        payee is not None
        and payee.group(1).lower() not in _OWNERS
        and not (payee.group(1)[0].isupper() and payee.group(2)[0].isupper())
    )


def _an_everyday_word(text: str, lower: str, start: int, end: int) -> bool:
    """ "do you have signal?" asks about reception: an app named by an everyday word counts only as a proper noun."""
    word = _CASED_APP.search(lower, start, end)
    return word is not None and text[word.start()].islower()


# Words after "call me" that say when, how or where to call: never a name or a description of the sender.
_WHEN_OR_HOW = frozenset(
    {
        "on",
        "at",
        "via",
        "in",
        "by",
        "from",
        "after",
        "before",
        "around",
        "between",
        "today",
        "tonight",
        "tomorrow",
        "now",
        "asap",
        "soon",
        "later",
        "anytime",
        "sometime",
        "whenever",
        "when",
        "once",
        "if",
        "and",
        "or",
        "so",
        "please",
        "pls",
        "plz",
        "back",
        "directly",
        "privately",
        "personally",
        "again",
        "first",
        "instead",
        "maybe",
        "this",
        "next",
        "real",
        "quickly",
        "urgently",
    }
)
# "call me crazy, but ...", "llámame loco, pero ...": a word or three about oneself after a naming verb, then a "but".
_NAMING_VERB = re.compile(r"call|ll[aá]m|appel", _I)
_SELF_DESCRIPTION = re.compile(
    r"\s{1,3}(?:an?\s|un\s|una\s|une\s)?([\w'-]{2,20}(?:\s[\w'-]{1,20}){0,2}?),?\s"
    r"(?:but|though|yet|however|pero|mais)\b",
    _I,
)


def _describes_the_sender(text: str, start: int, end: int) -> bool:
    """ "Call me Sam" gives a name and "call me crazy, but ..." a description of oneself; "call me on WhatsApp",
    "call me tonight, but not late" ask for a call."""
    rest = text[end : end + 20].lstrip()
    word = rest.split(" ", 1)[0].strip(",.!?")
    if word and word[0].isupper() and word.lower() not in _WHEN_OR_HOW:
        return True
    if not _NAMING_VERB.match(text, start):
        return False
    description = _SELF_DESCRIPTION.match(text, end)
    return description is not None and not any(
        w.lower() in _WHEN_OR_HOW or any(ch.isdigit() for ch in w) or _CONTACT_FINDER.fullmatch(w)
        for w in description.group(1).split()
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], at most 300 characters on either side."""
    first = max(0, start - 300)
    last_end = max(  # in C, not a Python step per character
        text.rfind(".", first, start),
        text.rfind("!", first, start),
        text.rfind("?", first, start),
        text.rfind("\n", first, start),
    )
    m = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return (first if last_end < 0 else last_end + 1), (m.end() if m else min(len(text), end + 300))


def _single_quoted(text: str, start: int, end: int) -> bool:
    return ("'" in text or "‘" in text) and any(
        q.start() < start and end <= q.end() for q in _SINGLE_QUOTED.finditer(text, 0, min(len(text), end + 300))
    )


def scope_of(text: str, rule: Rule, start: int, end: int) -> str | None:
    """Why the cue is a mention rather than a move, or None when it stands."""
    s_start, s_end = _sentence(text, start, end)
    before = text[s_start:start]
    clause = before
    m = _CLAUSE_START.match(before)
    if m:
        clause = before[m.end() :]
    if len(_QUOTES.findall(text, 0, start)) % 2 == 1 or _single_quoted(text, start, end):
        return "quote"
    if (
        _REPORT.search(before)
        or _REPORT.search(text[start:end])
        or (_ERGATIVE_SPEAKER.search(clause) and _REPORTED_AFTER.match(text, end))
    ):
        return "report"
    negated = (
        _NEGATION.search(clause)
        # the clause and the first words of the cue: "no acepto pagos por Zelle" (the cue starts at "acepto")
        or (
            rule.kind is not Kind.FEEDBACK_MANIPULATION
            # "fee nahi lagegi" (no fee to pay) is what avoid_fee reads, not a refusal
            and rule.name not in _FLOW_NAMES_ITSELF
            and _NEGATION.search(text, start - len(clause), min(end, start + 12))
        )
        # (a threat's reprisal is often a refusal: "... to main refund nahi dunga", "... no te mando los archivos")
        or (rule.name != "feedback.threat" and _NEGATION_AFTER.match(text, end))
    )
    # (a cue may end on its own question mark: "your number?" ends the sentence it asks)
    if _RETRACTED.match(text, end if text[end - 1 : end] in ("?", "!", ".") else s_end):
        return "negation"
    if (
        negated
        and not _NEGATION_EXCEPTION.search(text, max(0, negated.start() - 2 + s_start), s_end)
        and not (
            rule.kind is Kind.FEEDBACK_MANIPULATION
            and (
                _NEGATED_BAD_RATING.search(text, start - len(clause), min(s_end, end + 20))
                or _CONDITION_ON_YOU.search(clause)
                or (_CONDITION_ON_ME.search(clause) and _THREATENED.search(text, end, s_end))
            )
        )
    ):
        return "negation"
    sentence = text[s_start:s_end]
    if _RULE_REFERENCE.search(text, end, s_end) or _RULE_REFERENCE.search(clause):
        return "refusal"
    if (sentence.rstrip().endswith("?") and _RULE_QUESTION.search(sentence)) or _QUESTION_ABOUT.search(before):
        return "rule_question"
    return _work_scope(text, rule, start, end, sentence)


def _work_scope(text: str, rule: Rule, start: int, end: int, sentence: str) -> str | None:
    if rule.kind is Kind.FEEDBACK_MANIPULATION:
        if _THIRD_PARTY_RATERS.search(text, max(0, start - 40), start):
            return "work"  # "so users can leave 5-star reviews in our app": a feature for someone's customers
        if _RATES_A_PRODUCT.search(text, start, end):
            return "work"
        rating = re.search(lx.RATING, text[start:end], _I)
        before_rating = text[max(0, start + rating.start() - 50) : start + rating.start()] if rating else ""
        tail = before_rating[-30:]
        work = _RATING_WORK.search(tail) if rating else None
        if work and not _REVIEW_ASKED.search(before_rating, 0, len(before_rating) - len(tail) + work.start()):
            return "work"
        return None
    if rule.kind is Kind.OFF_PLATFORM_REQUEST and _THEIR.search(text, start, end) and _DATA_COLLECTION.search(sentence):
        return "work"  # "compile a list of restaurants with their phone numbers": third parties' contacts as data
    if (
        rule.kind is Kind.OFF_PLATFORM_REQUEST
        and _ASKS_FOR_US.search(text, start, end)
        and _THIRD_PARTY_CALLERS.search(text, max(0, start - 40), start)
    ):
        return "work"
    finder = _PAYMENT_FINDER if rule.kind is Kind.OFF_PLATFORM_PAYMENT else _CONTACT_FINDER
    skills_apart = rule.name in _HIRING_NAMES_ITSELF or rule.name in _OWN_PAGE_NAMES_ITSELF
    for p in () if skills_apart else finder.finditer(text, start, end):
        if rule.kind is Kind.OFF_PLATFORM_REQUEST and (account := _ACCOUNT_AFTER.match(text, p.end())):
            before = max(0, p.start() - 40)
            if (
                _ACCOUNT_WORK.match(text, account.end())
                or _ACCOUNT_WORKED_ON.search(text, before, p.start())
                or _THIRD_PARTY_OWNER.search(text, before, p.start())
            ):
                return "work"
            sentence_start = _sentence(text, start, end)[0]
            if _LETS_THIRD_PARTY.search(text, sentence_start, p.start()) and _THEIR.search(
                text, sentence_start, p.start()
            ):
                return "work"
            continue  # "add your WhatsApp contact": the account, not a feature ("add a WhatsApp button")
        if _SKILL_AFTER.match(text, p.end(), min(len(text), p.end() + 60)) or _SKILL_BEFORE.search(
            text[max(0, p.start() - 60) : p.start()]
        ):
            return "work"
    if rule.kind is Kind.OFF_PLATFORM_PAYMENT:
        if _PRODUCT_TAKES.search(text, max(0, start - 60), start) or _THIRD_PARTY_PAYERS.search(
            text, max(0, start - 40), start
        ):
            return "work"
        stop = _SENTENCE_END.search(text, end, min(len(text), end + 80))
        if _MERCHANT.search(text, end, stop.start() if stop else min(len(text), end + 80)):
            return "work"
        cue = text[start:end]
        if (
            _WORK_DOMAIN.search(text)
            and not _PERSONAL.search(cue)
            and not _PAYS_ME.search(cue)
            and not _CLITIC_BEFORE.search(text, max(0, start - 4), start)
        ):
            return "work"
        if (
            _PLATFORM_FLOW.search(sentence)
            and not _FLOW_ESCAPE.search(sentence)
            and rule.name not in _FLOW_NAMES_ITSELF
        ):
            return "platform_flow"
    return None
