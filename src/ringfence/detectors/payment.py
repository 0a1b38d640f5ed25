"""Payment accounts: pay links (PayPal.Me, Wise, Payoneer, Cash App, Venmo, Revolut, Monzo), accounts named after a
payment cue ("PayPal: jo@x.com", "Zelle 415 555 0123", "Cash App $jo", "wise: @jo", "binance id 384729101",
"perfect money U1234567": each platform's id shape is one row of `_ACCOUNT_ID`; "nequi 300 123 4567", "yape:
912 345 678": a local rail's phone number, read in its country), keys of local rails that are not phone numbers
("M-Pesa till 123456", "chave pix 123.456.789-09", "mercado pago alias casa.verde.sol": rows of `_RAIL_IDS`),
UPI addresses, IBANs, card numbers and crypto wallets. Numbers found without a cue are checksum-validated, so
look-alikes (order numbers, commit hashes, UUIDs, hex constants) fail the check instead of being guessed at; a
key with no checksum (a till number, a Solana address, a Pix random key) is read only right after its cue.

Cost: ordinary text pays for one digit count and a few substring tests; a family's regex runs only when its
ingredients are present (digits, "@", "0x", a cue word), validators only on regex candidates. Patterns start
with a literal or a small character set, never a look-behind, so the regex engine can skip ahead fast; the
boundary before a match is checked in Python instead.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

import phonenumbers
from stdnum.br import cnpj, cpf

from ringfence.detectors.base import TEST_DATA_CONFIDENCE, Match, ascii_digit_count, placeholder_local, sample_value
from ringfence.detectors.email import EmailDetector
from ringfence.detectors.handles import STOPWORDS
from ringfence.detectors.phone import MOBILE_TYPES
from ringfence.normalize.numbers import LABELLED_GAP
from ringfence.normalize.precheck import AT_SIGN
from ringfence.normalize.spoken import UPI_HANDLES
from ringfence.normalize.view import View
from ringfence.triggers import TRIGGERS, words_pattern
from ringfence.types import Context, Kind
from ringfence.validators import (
    PUBLISHED_EXAMPLE_IBANS,
    PUBLISHED_TEST_CARDS,
    base58check_platform,
    canonical_iban,
    card_network,
    eth_checksum_address,
    iban_shaped,
    lightning_invoice,
    segwit_platform,
    solana_address,
)

# --- pay links (matched in the lower-cased text) ---------------------------------------------------------------
# One alternative per service; the named group holds the account id. A trailing amount (paypal.me/jo/25EUR)
# belongs to the link. An id's trailing "." or "-" is sentence punctuation and is trimmed.
_LINK = re.compile(
    r"(?:paypal\.me ?/ ?|paypal\.com/paypalme/)(?P<paypal>[\w.-]{1,64})(?:/[0-9.,]{1,12}(?:[a-z]{3})?)?"
    r"|(?:transfer)?wise\.com/pay/(?:me|r|business)/(?P<wise>[\w.-]{1,64})"
    r"|link\.payoneer\.com/token\?t=(?P<payoneer>[\w-]{8,128})(?:&[\w=&%.-]{0,100})?"
    r"|cash\.app/\$(?: (?=[a-z]))?(?P<cashapp>[\w-]{1,21})(?:/[0-9.,]{1,12})?"
    r"|venmo\.com/(?:u/)?(?P<venmo>[\w-]{2,31})"
    r"|revolut\.me/(?P<revolut>[\w.-]{1,32})"
    r"|monzo\.me/(?P<monzo>[\w.-]{1,32})(?:/[0-9.,]{1,12})?"
    # checkout, invoice and tip pages: each pays one seller, like a pay link
    r"|(?:buy|donate|checkout)\.stripe\.com/(?:c/pay/)?(?P<stripe>[\w-]{6,128})"
    r"|paypal\.com/invoice/p/#?(?P<paypal_invoice>[\w-]{6,64})"
    r"|square\.link/u/(?P<square>[\w-]{4,64})"
    r"|lemonsqueezy\.com/checkout/buy/(?P<lemonsqueezy>[\w-]{4,64})"
    r"|gumroad\.com/l/(?P<gumroad>[\w-]{1,64})"
    r"|ko-?fi\.com/(?P<kofi>[\w-]{2,64})"
    r"|buymeacoffee\.com/(?P<buymeacoffee>[\w.-]{2,64})"
    r"|patreon\.com/(?:c/)?(?P<patreon>[\w-]{2,64})"
)
_LINK_PREFIXES = ("https://www.", "http://www.", "https://", "http://", "www.", "account.")
# A link's group names that are not the platform's name.
_LINK_PLATFORM = {"paypal_invoice": "paypal"}
# Site pages of the platforms that take a user's name after the host, which are not anyone's page.
_SITE_PAGES = frozenset(
    {"about", "legal", "signup", "login", "business", "pay", "help", "security", "privacy", "u", "home", "explore",
     "pricing", "terms", "blog", "features", "search", "discover", "creators", "manage", "settings", "checkout"}
)  # fmt: skip
_USER_PAGE_LINKS = frozenset({"venmo", "kofi", "buymeacoffee", "patreon"})

# --- accounts after a payment cue (matched in the lower-cased text) ---------------------------------------------
_CUES: dict[str, str] = {
    "paypal": "paypal",
    "pay pal": "paypal",
    "payoneer": "payoneer",
    "zelle": "zelle",
    "gcash": "gcash",
    "g cash": "gcash",
    "venmo": "venmo",
    "cash app": "cashapp",
    "cashapp": "cashapp",
    "cashtag": "cashapp",
    "cash tag": "cashapp",
    "revolut": "revolut",
    "revtag": "revolut",
    "monzo": "monzo",
    "wise": "wise",
    "transferwise": "wise",
    "skrill": "skrill",
    "paytm": "paytm",
    "phonepe": "phonepe",
    "gpay": "googlepay",
    "google pay": "googlepay",
    "upi": "upi",
    "mpesa": "mpesa",
    "m-pesa": "mpesa",
    "m pesa": "mpesa",
    "pochi la biashara": "mpesa",
    "paymaya": "maya",
    "bkash": "bkash",
    "nagad": "nagad",
    "jazzcash": "jazzcash",
    "jazz cash": "jazzcash",
    "easypaisa": "easypaisa",
    "easy paisa": "easypaisa",
    "sadapay": "sadapay",
    "nayapay": "nayapay",
    "interac": "interac",
    "e-transfer": "interac",
    "e transfer": "interac",
    "binance": "binance",
    "binance pay": "binance",
    "perfect money": "perfectmoney",
    "perfectmoney": "perfectmoney",
    "payeer": "payeer",
    "advcash": "advcash",
    "adv cash": "advcash",
    "volet": "advcash",
    "webmoney": "webmoney",
    "neteller": "neteller",
    # local rails: mobile money, instant-payment keys, wallet apps
    "airtel money": "airtelmoney",
    "momo": "momo",
    "mobile money": "momo",
    "orange money": "orangemoney",
    "tigo pesa": "tigopesa",
    "halopesa": "halopesa",
    "rocket": "rocket",
    "pix": "pix",
    "mercado pago": "mercadopago",
    "mercadopago": "mercadopago",
    # an Argentine transfer alias named without its bank ("mi alias: casa.verde.sol", "alias cbu ...")
    "mi alias": "cbu_alias",
    "al alias": "cbu_alias",
    "el alias": "cbu_alias",
    "alias cbu": "cbu_alias",
    "alias cvu": "cbu_alias",
    "nequi": "nequi",
    "daviplata": "daviplata",
    "yape": "yape",
    "yapeame": "yape",
    "yapéame": "yape",
    "plin": "plin",
    "sinpe": "sinpe",
    "sinpe movil": "sinpe",
    "sinpe móvil": "sinpe",
    "bizum": "bizum",
    "swish": "swish",
    "vipps": "vipps",
    "mobilepay": "mobilepay",
    "blik": "blik",
    "twint": "twint",
    "payid": "payid",
    "promptpay": "promptpay",
    "paynow": "paynow",
    "duitnow": "duitnow",
    "gopay": "gopay",
    "shopeepay": "shopeepay",
    "linkaja": "linkaja",
    "ovo": "ovo",
    "truemoney": "truemoney",
    "opay": "opay",
    "palmpay": "palmpay",
    "alipay": "alipay",
    "wechat pay": "wechatpay",
    "weixin pay": "wechatpay",
    # a Pix random key named by its kind, "pix" unsaid: "chave aleatória: 3f2a..."
    "chave aleatória": "pix",
    "chave aleatoria": "pix",
    "lightning": "lightning",  # a Lightning address; an invoice ("lnbc...") is found without a cue
    # an M-Pesa merchant's number is named by its kind, with or without "M-Pesa" before it
    "till": "mpesa",
    "paybill": "mpesa",
    "pay bill": "mpesa",
    "buy goods": "mpesa",
    # Solana keys, and the stablecoins sent to them (TRON and Ethereum addresses are found without a cue)
    "solana": "solana",
    "sol": "solana",
    "phantom": "solana",
    "usdt": "solana",
    "usdc": "solana",
}
_CUE_PLATFORM = {cue.replace(" ", ""): platform for cue, platform in _CUES.items()}
# Where a national phone number after the cue is most likely from.
_PHONE_REGION = {
    "zelle": "US",
    "venmo": "US",
    "cashapp": "US",
    "gcash": "PH",
    "maya": "PH",
    "paytm": "IN",
    "phonepe": "IN",
    "googlepay": "IN",
    "upi": "IN",
    "mpesa": "KE",
    "bkash": "BD",
    "nagad": "BD",
    "jazzcash": "PK",
    "easypaisa": "PK",
    "sadapay": "PK",
    "nayapay": "PK",
    "interac": "CA",
    "tigopesa": "TZ",
    "halopesa": "TZ",
    "rocket": "BD",
    "pix": "BR",
    "nequi": "CO",
    "daviplata": "CO",
    "yape": "PE",
    "plin": "PE",
    "sinpe": "CR",
    "bizum": "ES",
    "swish": "SE",
    "vipps": "NO",
    "mobilepay": "DK",
    "blik": "PL",
    "twint": "CH",
    "payid": "AU",
    "promptpay": "TH",
    "paynow": "SG",
    "duitnow": "MY",
    "gopay": "ID",
    "shopeepay": "ID",
    "linkaja": "ID",
    "ovo": "ID",
    "truemoney": "TH",
    "opay": "NG",
    "palmpay": "NG",
    "alipay": "CN",
    "wechatpay": "CN",
}
# The sigil before a tag: Cash App's "$cashtag"; "@username" for every other platform (Venmo, Revolut, Wise,
# PayPal), so "wise: @jo" is a payment account, not a messaging handle.
_TAG_SIGIL = {"cashapp": "$"}
# A username typed bare after the cue ("my paypal id is jenny_lopez", "venmo jennylopez88"). It must look like an
# id, not a word: `_is_username` asks for three letters and a digit, or an underscore after "id", "is"...
_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9]{0,30}(?:[._-][A-Za-z0-9]{1,30}){0,3}(?![\w@$]|[.-][A-Za-z0-9])")
# Each platform's bare account id, read after its cue; a new platform is one row. Every cue also reads a sigil
# tag and an email, and a phone number unless the platform's ids have a shape of their own (a Binance Pay ID is
# not a phone number, and an amount after "binance" must not become one).
_ACCOUNT_ID: dict[str, re.Pattern[str]] = {
    "paypal": _USERNAME,  # PayPal.Me name
    "venmo": _USERNAME,
    "cashapp": _USERNAME,
    "revolut": _USERNAME,  # Revtag
    "monzo": _USERNAME,  # Monzo.me name
    "wise": _USERNAME,  # Wisetag
    "wechatpay": _USERNAME,  # WeChat ID, which WeChat Pay transfers to ("wxid_..." or one the user chose)
    "binance": re.compile(r"[0-9](?:[ -]?[0-9]){7,9}(?![\w]|[.,][0-9])"),  # Binance Pay ID, maybe grouped
    "perfectmoney": re.compile(r"[UEGueg][0-9]{7,8}(?![\w])"),  # U (USD), E (EUR), G (gold) account
    "payeer": re.compile(r"[Pp][0-9]{7,10}(?![\w])"),
    "advcash": re.compile(r"[UEGLRuegLr] ?[0-9]{4} ?[0-9]{4} ?[0-9]{4}(?![\w])"),  # wallet: letter and 12 digits
    "webmoney": re.compile(r"[ZERUBGXKzerubgxk][0-9]{12}(?![\w])"),  # purse: currency letter and 12 digits
    "neteller": re.compile(r"[0-9]{12}(?![\w])"),  # account ID
}
_OWN_SHAPE = frozenset(platform for platform, shape in _ACCOUNT_ID.items() if shape is not _USERNAME)
# Platforms that take no phone number: their own id shapes, and Lightning ("lightning 5000000 sats" is an amount).
_NO_PHONE = _OWN_SHAPE | {"lightning"}
# Mobile money of many countries, so no region reads its numbers: a number must be written in its national
# ("0772 123456") or international form, unlike an amount ("mobile money 1500000").
_DIALLED_FORM_ONLY = frozenset({"momo", "airtelmoney", "orangemoney"})


class _RailId(NamedTuple):
    """A rail's key that is not a phone number: its shape, the canonical value of a match (None when its check
    fails) and the rule that names it."""

    rule: str
    shape: re.Pattern[str]
    value: Callable[[re.Match[str]], str | None]


def _checked_digits(check: Callable[[str], bool]) -> Callable[[re.Match[str]], str | None]:
    def value(m: re.Match[str]) -> str | None:
        digits = "".join(c for c in m.group() if c.isdigit())
        return digits if check(digits) else None

    return value


# Argentina's transfer alias: six to twenty letters, digits and dots, written as dotted words ("casa.verde.sol").
_TRANSFER_ALIAS = _RailId(
    "transfer_alias",
    re.compile(r"[A-Za-z0-9]{1,18}(?:\.[A-Za-z0-9]{1,18}){2,3}(?![\w@]|[.-][A-Za-z0-9])"),
    lambda m: m.group().lower() if 6 <= len(m.group()) <= 20 else None,
)
# The keys a rail takes besides an email and a phone number, tried in order after its cue; a new key is one row.
# A key with a check digit is validated (a Pix CPF or CNPJ), so an order number after "pix" is not read as one.
_RAIL_IDS: dict[str, tuple[_RailId, ...]] = {
    "pix": (
        _RailId(
            "pix_cpf",
            re.compile(r"[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}(?![\w]|[.,/-][0-9])"),
            _checked_digits(cpf.is_valid),
        ),
        _RailId(
            "pix_cnpj",
            re.compile(r"[0-9]{2}\.?[0-9]{3}\.?[0-9]{3}/?[0-9]{4}-?[0-9]{2}(?![\w]|[.,/-][0-9])"),
            _checked_digits(cnpj.is_valid),
        ),
        # a random key (EVP) is a UUID
        _RailId(
            "pix_random_key",
            re.compile(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(?![\w-])"),
            lambda m: m.group().lower(),
        ),
    ),
    "mercadopago": (_TRANSFER_ALIAS,),
    "cbu_alias": (_TRANSFER_ALIAS,),
    "solana": (
        _RailId("solana", re.compile(r"[1-9A-HJ-NP-Za-km-z]{32,44}(?![\w])"), lambda m: solana_address(m.group())),
    ),
}
# Cues whose rail is read only from its own keys: no email, tag or phone number follows "sol" or "usdt".
_KEYS_ONLY = frozenset({"solana", "cbu_alias"})
# M-Pesa merchants: a till (Buy Goods), paybill or agent number of five to seven digits, named by its kind; a
# paybill's account number may follow ("paybill 247247 account 0712345678"), and the value is "<number>/<account>".
_MERCHANT_CUES = frozenset({"till", "paybill", "buygoods"})
_MERCHANT = re.compile(
    r"(?P<kind>till|pay\s?bill|buy\s?goods(?:\s(?:till|number))?|business|agent|store)"
    r"(?:\s?(?:number|num|no|#)(?![a-z]))?\.?(?:\s(?:is|ni|es|é)(?!\w))?[\s:#=-]{0,3}"
    r"(?P<number>[0-9](?:[ -]?[0-9]){4,6})(?![\w]|[.,:/][0-9])"
    r"(?:[\s,;]{1,3}(?:(?:and|na)\s)?(?:account|acct|acc|a/c|akaunti)(?:\s?(?:number|num|no|#)(?![a-z]))?\.?"
    r"[\s:#=-]{0,3}(?P<account>[a-z0-9][\w-]{0,19}))?",
    re.IGNORECASE,
)
# After a cue, words that say an account follows ("wise: @jo", "binance id 384729101", "paypal is jo_lo"), unlike
# "be wise to email me" or "binance 100000000 usdt".
_NAMING = re.compile(
    r"\s?[:=\-\u2013\u2014]|\s(?:tag|id|uid|account|acct|username|user|handle|wallet|purse|is|es|est|ist|é|c'est)(?![\w])"
)
_VERSION = re.compile(r"(?:^|[._-])[vV][0-9]{1,4}(?:$|[._-])")
# Platforms whose ids are digits only: an amount looks the same, so the cue must say "id", ":", "is"...
_NUMERIC_IDS = frozenset({"binance"})
# A tag typed with spaces ("$ jenny lopez 88") or with its sigil said ("dollar sign jordan b"): up to four
# pieces after the sigil.
_SPACED_TAG = re.compile(
    r"(?P<sigil>[$@]|[Dd]ollar ?[Ss]ign) (?P<tag>[A-Za-z][A-Za-z0-9]{0,20}(?: [A-Za-z0-9]{1,12}){0,3})(?![\w@])"
)
# What may follow a tag that ends its clause: the text's end or a closing mark.
_CLAUSE_END = re.compile(r" ?(?:$|[\n.,;!?)\]])")
# Cue words that name the id itself, as "id" or "tag" after a cue does ("my cashtag is jordan_b").
_ID_CUES = frozenset({"cashtag", "cash tag"})
_CUE_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in sorted(_CUES, key=len, reverse=True))
# Symbols that point at what follows a cue: "#", arrows, a pointing hand, a phone ("yape 👉 987654321").
_POINTERS = "#|~*\u2190-\u21ff\u27a1\u2b05-\u2b07\u260e\u260f\ufe0f\U0001f446-\U0001f449\U0001f4de\U0001f4f1\U0001f4f2"
_CUE = re.compile(
    r"(?P<cue>" + _CUE_WORDS + ")"
    # A few filler words between cue and account: "my PayPal account email is", "Zelle me at", "GCash no.:".
    r"""(?![\w])(?:[\s:=>(\[,.'"\u2013\u2014"""
    + _POINTERS
    + r"""-]{1,3}(?:account|acct|email|e-mail|mail|id|address|username|user|tag|cashtag"""
    r"|number|num|no|phone|handle|details|is|es|est|ist|é|c'est|at|to|on|me|my|it's|its|uid|wallet|purse"
    # ... and in the languages the local rails are written in: "mi nequi es", "chave pix é o CPF", "mpesa yangu"
    r"|key|alias|cbu|cvu|chave|aleatória|aleatoria|random|cpf|cnpj|celular|telefone|fone|número|numero|personal|acc|al|el"
    r"|mi|o|meu|minha|pro|pra|para|yangu|kwa|ni|namba|ka|hai|pe|par)"
    r"(?![\w])\)?){0,4}"
    r"""[\s:=>()\[\],.<'"\u2013\u2014""" + _POINTERS + r"""-]{1,5}"""
)
# A tag written before its platform: "$frojas (my Cash App)", "@jenny88 on venmo", "$ mike22 on cash app",
# "$jakem, it's cash app".
_TAG_BEFORE_CUE = re.compile(
    r"(?<![\w@$])[$@] ?(?P<tag>[a-z][\w.-]{0,30}[a-z0-9]|[a-z])"
    # (after a comma, only a word that ties the tag to the platform: "email @jo, paypal is fine" names two things)
    r"(?:[\s(\[\u2013\u2014-]{1,3}|,\s{1,2}(?=(?:it's|its|my|on|via)\s))"
    r"(?:(?:on|via|at|in|is|my|it's|its|thru|through)\s{1,2}){0,2}(?P<cue>" + _CUE_WORDS + r")(?![\w])"
)
# A phone number written before the rail that takes it: "987 654 321 (yape)", "0712 345 678 on mpesa".
_PHONE_BEFORE_CUE = re.compile(
    r"(?P<phone>\+?\(?[0-9](?:[\s().-]{0,2}[0-9]){6,16})[\s(\[,\u2013\u2014-]{1,3}"
    r"(?:(?:on|via|in|is|my|for|thru|through|kwa|por|no|na|pe)\s{1,2}){0,2}(?P<cue>" + _CUE_WORDS + r")(?![\w])"
)
# Substrings that every cue word contains (one test each, before the cue regex runs).
_CUE_STEMS = ("pal", "payoneer", "zelle", "cash", "venmo", "revolut", "wise", "skrill", "paytm", "phonepe", "gpay",
              "google", "upi", "pesa", "paymaya", "bkash", "nagad", "jazz", "paisa", "sadapay", "nayapay", "interac",
              "e-transfer", "binance", "money", "payeer", "volet", "neteller", "momo", "rocket", "pix", "mercado",
              "nequi", "daviplata", "yap", "plin", "sinpe", "bizum", "swish", "vipps", "mobilepay", "blik", "twint",
              "payid", "promptpay", "paynow", "duitnow", "opay", "ovo", "alipay", "lightning", "till", "bill", "goods",
              "sol", "usd", "phantom", "alias", "pochi", "e transfer", "shopeepay", "linkaja", "revtag", "monzo",
              "wechat", "weixin", "chave")  # fmt: skip
_LINK_STEMS = ("paypal", "wise.com", "payoneer", "cash.app", "venmo", "revolut", "monzo.me", "stripe.com",
               "square.link", "lemonsqueezy.com", "gumroad.com", "ko-fi.com", "kofi.com", "buymeacoffee.com",
               "patreon.com")  # fmt: skip
_PHONE_AT = re.compile(r"\+?\(?[0-9](?:[\s().-]{0,2}[0-9]){6,16}(?![\w])")
_TAG_AT = re.compile(r"[$@](?P<tag>[A-Za-z][\w.-]{0,30}[A-Za-z0-9]|[A-Za-z])(?![\w@])")

# --- UPI virtual payment addresses: name@psp, an email-like id whose "domain" is a bank's handle ---------------
_UPI_AT = re.compile("@(?:" + "|".join(sorted(UPI_HANDLES, key=len, reverse=True)) + r")(?![\w@-]|\.[a-z0-9])")
_UPI_NAME = re.compile(r"\w[\w.-]{0,62}\w|\w")

# --- account numbers -----------------------------------------------------------------------------------------
# Card: digit groups joined by single spaces or dashes; `_card_windows` picks the groups that form a card.
_CARD = re.compile(r"[0-9][0-9]{0,18}(?:[ -][0-9]{1,19}){0,9}(?![\w]|[.,/-][0-9])")
_DIGIT_GROUP = re.compile(r"[0-9][0-9]{0,18}")
# Words that say a published test number is quoted as test data ("use 4242 4242 4242 4242 in Stripe test mode"),
# but not inside an address ("john@example.com", "test.io").
_TEST_DATA_CUE = re.compile(
    r"(?i)(?<![\w@.])(?:test(?:s|ing|ed)?|invalid|sandbox|dummy|sample|example|validat(?:e|es|ed|ing|ion|ions|or|ors)|stripe|braintree|adyen)\b(?!\.\w)"
)
# Words that name an address as code the work deploys, calls or audits (a Web3 job's spec), and words that say
# money goes to it, looked for within `_CONTRACT_REACH` characters of the address.
_CONTRACT_REACH = 60
_CONTRACT_CUE = re.compile(
    r"\b(?:(?:smart )?contracts?|deploy(?:s|ed|ing|ment)?|(?:ether|bsc|polygon|arbi|sol|tron)scan|proxy|router|abi"
    r"|audit(?:s|ed|ing)?|verif(?:y|ied)|mainnet|testnet|sepolia|goerli|holesky|devnet|program id|mint address"
    r"|token address|factory|multicall|implementation)\b"
)
_MONEY_TO_ADDRESS = re.compile(
    r"\b(?:wallet|send|sending|sent|pay|paid|payment|deposit|transfer|receive|tip|fund|fee|metamask|trust ?wallet"
    r"|binance|exodus|phantom|my address|usdt address)\b"
)
_CARD_WORDS = r"card|cc|visa|master\s?card|amex|credit|debit|cvv|exp"
_CARD_CUE = re.compile(rf"(?i)\b(?:{_CARD_WORDS})\b")
# Words that name a number: a card word, or another identifier's (a SIM's ICCID, a phone's IMEI, an order, a
# parcel, a product), the nearest before a number saying which it is. "SIM card" names the SIM, not a card.
_NUMBER_NAME = re.compile(
    rf"(?i)\b(?:sim(?:\s?card)?|iccid|imei|meid|serial|s/n|order|tracking|parcel|shipment|invoice|sku|{_CARD_WORDS})\b"
)
# IBAN: check digits, then 11-31 letters/digits, optionally grouped by spaces, dashes or dots
# ("GB29.NWBK.6016...") or broken over two lines by a chat box's wrapping; trimmed to a valid prefix. The pattern
# starts at the check digits (the engine skips letters fast) and looks behind them for the country letters. A run
# too short to be a whole IBAN ("DE89 3704, then 0044 ...") may open one given in parts.
_IBAN = re.compile(r"[0-9][0-9](?<=[A-Za-z][A-Za-z][0-9][0-9])(?:(?:[ .-]|\r?\n)?[A-Za-z0-9]){2,31}")
_IBAN_GROUPING = str.maketrans("", "", " .-\r\n")
# One part of an IBAN dictated in parts: groups of digits and capitals, so the part label after it is not read in.
_IBAN_PART = re.compile(r"[0-9A-Z]{1,34}(?:[ .-][0-9A-Z]{1,34}){0,8}(?![\w])")
# Between parts with no label, a comma or a spaced dash or slash: "GB29 NWBK, 6016 1331, 9268 19".
_IBAN_PART_GAP = re.compile(r" ?[,;] ?| [-/\u2013\u2014] ")
_BASE58 = re.compile(r"[13LMDTr][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w])")
_SEGWIT = re.compile(r"(?:bc|BC|ltc|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}(?![\w])")
_ETH = re.compile(r"0x[0-9a-fA-F]{40}(?![\w])")
_HEX40 = re.compile(r"[0-9a-fA-F]{40}")
_ALNUM_GROUP = re.compile(r"[0-9A-Za-z]{1,44}")
_SOLANA_LENGTHS = range(32, 45)
# BOLT 11 invoice ("ln", the network, an optional amount) or LNURL, then Bech32 data (hundreds of characters).
_LIGHTNING = re.compile(
    r"(?:lightning:)?ln(?:bc|tb|bcrt|url)[0-9]{0,12}[munp]?1[02-9ac-hj-np-z]{50,2000}(?![\w])", re.IGNORECASE
)

_EMAILS = EmailDetector()

# --- triggers: each family's readings need its own (twelve digits, an IBAN's first five characters, a run of
# base58 letters, "bc1"/"ltc1", "0x" and 40 hex digits, "lnbc"/"lnurl", "@", a pay-link stem, a cue word), so ordinary
# text costs one mask test. Shapes are cut short where a long run would make the shared Hyperscan pass slow.
_CARD_BIT = TRIGGERS.add("payment.card", r"[0-9](?:[ -]?[0-9]){11}")
_IBAN_BIT = TRIGGERS.add("payment.iban", r"[A-Za-z]{2}[0-9]{2}[ .-]?[A-Za-z0-9]")
_BASE58_BIT = TRIGGERS.add("payment.base58", r"[13LMDTr][1-9A-HJ-NP-Za-km-z]{11}")
_SEGWIT_BIT = TRIGGERS.add("payment.segwit", r"(?:bc|BC|ltc|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6}")
_ETH_BIT = TRIGGERS.add("payment.eth", r"0x[0-9a-fA-F]{40}")
_LIGHTNING_BIT = TRIGGERS.add("payment.lightning", r"ln(?:bc|tb|url)", re.IGNORECASE)
_ENS_BIT = TRIGGERS.add("payment.ens", r"[0-9a-z]\.eth\b", re.IGNORECASE)


# An address typed in groups: its opening at a word's start ("Operator 2" opens none), then a group with a digit,
# an inner capital or two capitals (a word has none of them) and a third group, or two long halves (a line break
# in the middle), all in its chain's alphabet (Base58 has no 0, O, I or l: "Txt 80488 to" opens none); a SegWit
# opening needs no such group. Groups typed by hand are short (up to 17 characters are read here): longer bounds
# cost Hyperscan twice the time.
def _grouped_opening(opening: str, digit: str, lower: str, upper: str) -> str:
    char = f"[{digit}{lower}{upper}]"
    piece = rf"{char}{{0,8}}(?:[{digit}]|[{lower}][{upper}]|[{upper}]{{2}}){char}{{0,8}}"
    return rf"\b{opening}{char}{{1,8}}\s{piece}\s{char}|\b{opening}{char}{{7,21}}\s(?={char}{{8}}){piece}"


_GROUPED_BIT = TRIGGERS.add(
    "payment.grouped_address",
    r"\b(?:bc1|BC1|ltc1|LTC1)[0-9A-Za-z]{0,40}\s[0-9A-Za-z]{2}"
    f"|{_grouped_opening('[13LMDTr]', '1-9', 'a-km-z', 'A-HJ-NP-Z')}|{_grouped_opening('0x', '0-9', 'a-f', 'A-F')}",
)
_LINK_TRIGGER_STEMS = (
    "paypal.me paypal.com/paypalme/ wise.com/pay/ link.payoneer.com/token?t= cash.app/$ venmo.com/ revolut.me/"
    " monzo.me/ paypal.com/invoice/ stripe.com/ square.link/u/ lemonsqueezy.com/checkout/ gumroad.com/l/ ko-fi.com/"
    " kofi.com/ buymeacoffee.com/ patreon.com/"
)
_LINK_BIT = TRIGGERS.add(
    "payment.link", "(?:" + "|".join(re.escape(stem) for stem in _LINK_TRIGGER_STEMS.split()) + ")", re.IGNORECASE
)
# Cue words; those that hide in ordinary words ("cupid", "otherwise", "still", "pixel", "console", "copay") must
# start a token.
_CUES_IN_WORDS = ("upi", "wise", "till", "pix", "sol", "ovo", "opay", "plin", "momo")
_CUE_BIT = TRIGGERS.add(
    "payment.cue",
    words_pattern(cue for cue in _CUES if cue != "transferwise" and cue not in _CUES_IN_WORDS),
    re.IGNORECASE,
) | TRIGGERS.add(
    "payment.cue_in_word", r"(?:^|[^0-9A-Za-z_.@$])" + words_pattern(_CUES_IN_WORDS, bounded=True), re.IGNORECASE
)
_WORD_BITS = AT_SIGN | _LINK_BIT | _CUE_BIT
_TRIGGERS = (
    _CARD_BIT | _IBAN_BIT | _BASE58_BIT | _SEGWIT_BIT | _ETH_BIT | _LIGHTNING_BIT | _GROUPED_BIT | _ENS_BIT | _WORD_BITS
)


def _payment(platform: str, value: str, start: int, end: int, rule: str, confidence: float) -> Match:
    return Match(Kind.PAYMENT, platform, value, start, end, f"payment.{rule}", confidence)


def _may_hold_alias(text: str) -> bool:
    """A text with no digit, "@", "$" or "_" may still name a transfer alias ("mercado pago: casa.verde.sol")."""
    if text.count(".") < 2:
        return False
    lower = text.lower()
    return "pago" in lower or "alias" in lower


def _starts_token(text: str, index: int, also: str = "") -> bool:
    """True when text[index] begins a token: the character before it is not a word character nor in `also`."""
    if index == 0:
        return True
    before = text[index - 1]
    return not (before.isalnum() or before == "_" or before in also)


class PaymentDetector:
    name = "payment"
    kinds = frozenset({Kind.PAYMENT})
    triggers = _TRIGGERS

    def detect(self, view: View, context: Context) -> list[Match]:
        fired = view.triggers & self.triggers
        if not fired:
            return []
        text = view.text
        digits = ascii_digit_count(text)
        has_at = "@" in text
        matches: list[Match] = []
        if digits >= 8:  # an IBAN has 8 digits or more in practice, a card 12 or more
            numbers: list[Match] = []
            if digits >= 12 and fired & _CARD_BIT:
                numbers += _cards(text)
            if fired & _IBAN_BIT:
                numbers += _ibans(text)
            matches += _test_data_marked(numbers, text)
        if digits and len(text) >= 26:
            # Every address has a digit (Bitcoin ones start with one); a digit-free TRON address (about 0.4% of
            # them) is the price of keeping ordinary text cheap.
            addresses: list[Match] = []
            if fired & _BASE58_BIT:
                addresses += _base58(text)
            if fired & _SEGWIT_BIT and ("c1" in text or "C1" in text):
                addresses += _segwit(text)
            if fired & _ETH_BIT and "0x" in text:
                addresses += _eth(text)
            if fired & _LIGHTNING_BIT:
                addresses += _lightning(text)
            if fired & _GROUPED_BIT:
                addresses += _grouped_addresses(text)
            matches += _contracts_marked(addresses, text) if addresses else addresses
        if fired & _ENS_BIT:
            matches += _ens_names(text)
        # Every account after a cue has a digit, "@", "$" (or "dollar sign") or "_" (a bare username has a digit
        # or an underscore), but for a transfer alias.
        if fired & _WORD_BITS and (
            digits or has_at or "/" in text or "$" in text or "_" in text or "ollar" in text or _may_hold_alias(text)
        ):
            lower = view.lower_kept
            if has_at:
                matches += _upi(text, lower)
            if "/" in text and fired & _LINK_BIT and any(stem in lower for stem in _LINK_STEMS):
                matches += _links(view, lower)
            if fired & _CUE_BIT and any(stem in lower for stem in _CUE_STEMS):
                matches += _cued(view, lower, context)
                if "$" in text or has_at:
                    matches += _tags_before_cue(text, lower)
                if digits >= 7:
                    matches += _phones_before_cue(text, lower, context)
        return matches


# An Ethereum Name Service name ("jakem.eth"): a wallet's address by name, read after a payment or crypto word in the
# same stretch of text, so code ("web3.eth.sendTransaction": a dot goes on) and a mere mention are not.
_ENS_NAME = re.compile(r"[0-9a-z][0-9a-z-]{2,62}\.eth(?![\w(]|\.\w)", re.IGNORECASE)
_ENS_CUE = re.compile(
    r"(?i)\b(?:ens|eth|ether|ethereum|wallet|crypto|usdc|usdt|dai|metamask|send|sent|pay|paid|payment|tip|transfer"
    r"|address|addr)\b"
)
_ENS_CUE_REACH = 48


def _ens_names(text: str) -> list[Match]:
    found = []
    for m in _ENS_NAME.finditer(text):
        if not _starts_token(text, m.start(), ".$@-"):
            continue
        if _ENS_CUE.search(text, max(0, m.start() - _ENS_CUE_REACH), m.start()) is not None:
            found.append(_payment("ethereum", m.group().lower(), m.start(), m.end(), "ens", 0.85))
    return found


# -- pay links and cued accounts --


# The rest of a name said in pieces after a pay link's spaced or spoken slash ("paypal dot me slash john smith 90"):
# up to three pieces before any chat word, through the last one holding a digit, so the sentence after the link is
# not swallowed.
_NAME_PIECES = re.compile(r"(?: [A-Za-z0-9]{1,12}){1,3}(?![\w@])")


def _said_apart(view: View, slash: int) -> bool:
    """Whether the link's slash at `slash` was spaced out or said ("paypal . me / jo", "paypal dot me slash jo")."""
    text = view.text
    if text[slash - 1 : slash] == " " or text[slash + 1 : slash + 2] == " ":
        return True
    start, end = view.to_original(slash, slash + 1)
    return end - start > 1


def _rest_of_name(view: View, slash: int, end: int) -> int:
    """Where a pay link's account ending at `end` ends once the pieces said after it are counted (`_NAME_PIECES`)."""
    pieces = _NAME_PIECES.match(view.text, end)
    if pieces is None or not _said_apart(view, slash):
        return end
    # "paypal.me / jo for 50 euros": the sentence goes on from the first chat word
    words = list(itertools.takewhile(lambda w: w.lower() not in STOPWORDS, pieces.group().split(" ")[1:]))
    while words and not any(c.isdigit() for c in words[-1]):
        words.pop()
    return end + sum(len(w) + 1 for w in words)


def _links(view: View, lower: str) -> list[Match]:
    text = view.text
    found = []
    for m in _LINK.finditer(lower):
        start = m.start()
        if lower.startswith("lemonsqueezy", start):  # the store's own subdomain: "jakedesign.lemonsqueezy.com/..."
            start = _subdomain_start(lower, start)
        for prefix in _LINK_PREFIXES:
            if lower.endswith(prefix, 0, start):
                start -= len(prefix)
                break
        if not _starts_token(text, start, ".@/-"):
            continue
        group = next(name for name, value in m.groupdict().items() if value is not None)
        platform = _LINK_PLATFORM.get(group, group)
        account_start, account_end = m.span(group)
        end = m.end()
        account = text[account_start:account_end]
        if account_end == end:  # the id ends the link: sentence punctuation is not part of it
            stripped = account.rstrip(".-")
            end -= len(account) - len(stripped)
            account = stripped
        if not account or (platform in _USER_PAGE_LINKS and account.lower() in _SITE_PAGES):
            continue
        if account_end == end:
            end = _rest_of_name(view, text.rfind("/", start, account_start), end)
            account = "".join(text[account_start:end].split())
        value = account if platform == "payoneer" else account.lower()
        found.append(_payment(platform, value, start, end, "link", 0.97))
    return found


def _subdomain_start(lower: str, start: int) -> int:
    """Where the host ending with the label at `start` begins: "store.lemonsqueezy.com" (its scheme is the link
    prefixes' to take)."""
    while start > 1 and lower[start - 1] == "." and (lower[start - 2].isalnum() or lower[start - 2] == "-"):
        start -= 1
        while start > 0 and (lower[start - 1].isalnum() or lower[start - 1] == "-"):
            start -= 1
    return start


def _cue_platform(text: str, start: int, end: int, said: bool) -> str | None:
    """The platform a cue word names; `said` when a colon or a word like "id", "tag" follows it."""
    platform = _CUE_PLATFORM.get("".join(text[start:end].lower().split()))
    if platform == "wise" and text[start] != "W" and not said:
        return None  # "be wise" is prose; the capitalised brand or "wise: @jo", "wise tag ..." names the service
    return platform


def _is_username(token: str, said_in_words: bool) -> bool:
    """An id, not a word or a version: three letters or more and a digit ("jennylopez88", "jenny.lopez88"), or
    "_" after words that say an id follows ("paypal id is jenny_lopez", not "paypal: webhook_handler");
    "checkout.js", "pay-later" and "sdk_v2" are not ids."""
    if sum(c.isalpha() for c in token) < 3 or _VERSION.search(token):
        return False
    if any(c.isdigit() for c in token):
        return True
    return said_in_words and "_" in token and "." not in token and "-" not in token


def _account_id(text: str, pos: int, platform: str, said: str) -> tuple[str, int] | None:
    """The platform's bare account id at `pos` as (value, end), from its row in `_ACCOUNT_ID`; `said` is what
    names an account between cue and id (":", " id", " is"), empty when nothing does."""
    shape = _ACCOUNT_ID.get(platform)
    if shape is None or (platform in _NUMERIC_IDS and not said):
        return None
    m = shape.match(text, pos)
    if m is None:
        return None
    token = m.group()
    if shape is _USERNAME:
        return (token.lower(), m.end()) if _is_username(token, any(c.isalpha() for c in said)) else None
    return token.replace(" ", "").replace("-", "").upper(), m.end()


def _spaced_tag(text: str, pos: int, sigil: str) -> tuple[str, int] | None:
    """A sigil tag typed in pieces ("$ jenny lopez 88", "dollar sign jordan b") as (joined value, end): the
    pieces run to the last one holding a digit, so a sentence after the tag is not swallowed; a lone piece
    needs no digit, nor do two or three that end the clause and are no chat words ("cash app: $ tasha dub")."""
    m = _SPACED_TAG.match(text, pos)
    if m is None or (m.group("sigil") != sigil and not (sigil == "$" and len(m.group("sigil")) > 1)):
        return None
    pieces = m.group("tag").split(" ")
    if pieces[0].lower() in STOPWORDS:
        return None  # "cash app $ is fine", "cash app: dollar sign thanks"
    if len(pieces) <= 3 and _CLAUSE_END.match(text, m.end()) and not any(p.lower() in STOPWORDS for p in pieces):
        return "".join(pieces).lower(), m.end()
    typed = len(pieces)
    while len(pieces) > 1 and not any(c.isdigit() for c in pieces[-1]):
        pieces.pop()
    if typed > 1 and not any(c.isdigit() for c in pieces[-1]):
        return None  # "$ jenny lopez and ...": no digit piece ends the tag, so where it ends is a guess
    end = m.start("tag") + len(" ".join(pieces))
    return "".join(pieces).lower(), end


def _cued(view: View, lower: str, context: Context) -> list[Match]:
    text = view.text
    emails: dict[int, Match] | None = None
    found: list[Match] = []
    for m in _CUE.finditer(lower):
        # A cue inside the account just read ("M-Pesa till 123456") starts nothing new.
        if not _starts_token(text, m.start(), ".@$") or (found and m.start() < found[-1].end):
            continue
        pos = m.end()
        naming = _NAMING.match(lower, m.end("cue"))
        said = naming.group() if naming is not None else ""
        if lower[m.start("cue") : m.end("cue")] in _ID_CUES:
            said += " tag"
        platform = _cue_platform(text, m.start("cue"), m.end("cue"), bool(said))
        if platform is None:
            continue
        if platform == "mpesa":
            cue = "".join(m.group("cue").split())
            merchant = _merchant_number(text, m.start("cue") if cue in _MERCHANT_CUES else pos, m.start(), cue)
            if merchant is not None:
                found.append(merchant)
            if merchant is not None or cue in _MERCHANT_CUES:  # no phone number follows "till" or "paybill"
                continue
        rail_id = _rail_id(text, pos, platform, m.start())
        if rail_id is None and platform == "solana":
            rail_id = _grouped_solana(text, pos, m.start())
        if rail_id is not None:
            found.append(rail_id)
        if rail_id is not None or platform in _KEYS_ONLY:
            continue
        if text[pos : pos + 64].find("@") >= 0:
            if emails is None:  # the email detector runs once, and only when a cue precedes an "@"
                emails = {e.start: e for e in _EMAILS.detect(view, context)}
            email = emails.get(pos)
            if email is not None:
                found.append(_payment(platform, email.value, m.start(), email.end, "cue_email", 0.95))
                continue
        sigil = _TAG_SIGIL.get(platform, "@")
        tag = _TAG_AT.match(text, pos)
        if tag is not None and text[pos] == sigil:
            found.append(_payment(platform, tag.group("tag").lower(), m.start(), tag.end(), "cue_tag", 0.9))
            continue
        account = _account_id(text, pos, platform, said) or _spaced_tag(text, pos, sigil)
        if account is not None:
            found.append(_payment(platform, account[0], m.start(), account[1], "cue_id", 0.85))
            continue
        phone = _PHONE_AT.match(text, pos) if platform not in _NO_PHONE else None
        upi = _UPI_AT.match(lower, phone.end()) if phone is not None else None
        if phone is not None and upi is not None:
            # "upi: 98765 43210@ybl": the number is the local part of a UPI address, which the value keeps whole
            local = "".join(c for c in phone.group() if c.isdigit())
            found.append(_payment(platform, f"{local}{upi.group()}", m.start(), upi.end(), "cue_upi", 0.9))
            continue
        if phone is not None:
            number = _cue_phone(phone.group(), platform, context)
            if number is not None:
                found.append(_payment(platform, number, m.start(), phone.end(), "cue_phone", 0.85))
    return found


def _merchant_number(text: str, pos: int, start: int, cue: str) -> Match | None:
    """An M-Pesa merchant's number at `pos`, which is its kind word ("paybill 247247", "M-Pesa till 123456"),
    spanning from `start` (the cue). A bare "till" needs "no." or ":" before its number ("till no. 5123456"),
    unlike "till 5 pm" or "till 100000"."""
    m = _MERCHANT.match(text, pos)
    if m is None:
        return None
    if cue == "till" and not text[m.end("kind") : m.start("number")].strip():
        return None
    kind = m.group("kind").lower()
    number = m.group("number").replace(" ", "").replace("-", "")
    rule = (
        "mpesa_paybill"
        if "bill" in kind or kind == "business"
        else "mpesa_agent"
        if kind in ("agent", "store")
        else "mpesa_till"
    )
    account = m.group("account")
    if account is not None and any(c.isdigit() for c in account):
        return _payment("mpesa", f"{number}/{account.upper()}", start, m.end(), rule, 0.9)
    return _payment("mpesa", number, start, m.end("number"), rule, 0.9)


def _rail_id(text: str, pos: int, platform: str, start: int) -> Match | None:
    """The first of the platform's `_RAIL_IDS` keys at `pos` that passes its check, spanning from the cue."""
    for key in _RAIL_IDS.get(platform, ()):
        m = key.shape.match(text, pos)
        value = key.value(m) if m is not None else None
        if m is not None and value is not None:
            return _payment(platform, value, start, m.end(), key.rule, 0.9)
    return None


def _tags_before_cue(text: str, lower: str) -> list[Match]:
    """Tags written before the platform that takes them ("$frojas (my Cash App)"), with the platform's sigil; a
    capitalised "$AAPL" is a stock ticker."""
    found = []
    for m in _TAG_BEFORE_CUE.finditer(lower):
        platform = _cue_platform(text, m.start("cue"), m.end("cue"), False)
        tag = text[m.start("tag") : m.end("tag")]
        if platform is not None and text[m.start()] == _TAG_SIGIL.get(platform, "@") and not tag.isupper():
            found.append(_payment(platform, m.group("tag"), m.start(), m.end("cue"), "tag_cue", 0.9))
    return found


def _phones_before_cue(text: str, lower: str, context: Context) -> list[Match]:
    """Phone numbers written before the rail that takes them ("987 654 321 (yape)"), read as after it; not for
    cues that take no phone ("till", "sol"). A rail with no home country, where no mobile plan tells a number
    from an amount ("paid 1500000 via paypal"), takes only a dialled form."""
    found = []
    for m in _PHONE_BEFORE_CUE.finditer(lower):
        cue = "".join(m.group("cue").split())
        platform = _cue_platform(text, m.start("cue"), m.end("cue"), False)
        if (
            platform is None
            or platform in _NO_PHONE
            or platform in _KEYS_ONLY
            or cue in _MERCHANT_CUES
            or not _starts_token(text, m.start(), "+.,/-")
        ):
            continue
        raw = m.group("phone")
        if platform not in _PHONE_REGION and raw[0] not in "0+(":
            continue
        number = _cue_phone(raw, platform, context)
        if number is not None:
            found.append(_payment(platform, number, m.start(), m.end("cue"), "phone_cue", 0.85))
    return found


def _cue_phone(raw: str, platform: str, context: Context) -> str | None:
    """The phone number a rail's cue names, read in the rail's country (a valid mobile number there) or else in
    the message's; a rail of many countries takes only a dialled form ("0772 123456", "+256...")."""
    if platform in _DIALLED_FORM_ONLY and raw[0] not in "0+(":
        return None
    rail_region = _PHONE_REGION.get(platform)
    return _phone_value(raw, rail_region or context.region, mobile=rail_region is not None)


def _upi(text: str, lower: str) -> list[Match]:
    found = []
    for m in _UPI_AT.finditer(lower):
        at = m.start()
        start = at
        while start > 0 and at - start < 64 and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
            start -= 1
        name = _UPI_NAME.search(text, start, at)
        # The id must run right up to the "@" and not continue an email-like local part ("a+b@ybl").
        if name is None or name.end() != at or not _starts_token(text, name.start(), "+%.-"):
            continue
        value = f"{lower[name.start() : at]}{lower[at : m.end()]}"
        upi = _payment("upi", value, name.start(), m.end(), "upi", 0.9)
        # "accept VPAs like name@okicici": a form's field, not an account
        sample = placeholder_local(name.group()) or sample_value(text, name.start(), m.end())
        found.append(_as_test_data(upi) if sample else upi)
    return found


def _phone_value(raw: str, region: str | None, *, mobile: bool = False) -> str | None:
    """E.164 when the number is possible for its region, else its digits when no region can read it. With
    `mobile`, only a valid mobile number: a rail's wallet is tied to one, and an amount ("swish 2000000") is not."""
    digits = "".join(c for c in raw if c.isdigit())
    if not 7 <= len(digits) <= 15:
        return None
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None if raw.startswith("+") else digits
    if mobile and phonenumbers.number_type(number) not in MOBILE_TYPES:
        return None
    if phonenumbers.is_possible_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


# -- numbers with checksums --


def _cards(text: str) -> list[Match]:
    found = []
    for m in _CARD.finditer(text):
        run = m.group()
        if len(run) - run.count(" ") - run.count("-") < 12 or not _starts_token(text, m.start(), "+.,/-"):
            continue
        named = _last_number_name(text, m.start())
        if named is not None and _CARD_CUE.fullmatch(named) is None:
            continue  # "SIM card ICCID 8949 ...", "order #4539 ...": the text names another kind of number
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in _DIGIT_GROUP.finditer(run)]
        cued = named is not None
        found += _card_windows(text, groups, cued)
    return found


def _last_number_name(text: str, start: int) -> str | None:
    """The last word within 40 characters before `start` that names a number: a card word, or another number's."""
    names = list(_NUMBER_NAME.finditer(text, max(0, start - 40), start))
    return names[-1].group() if names else None


def _card_windows(text: str, groups: list[tuple[int, int]], cued: bool) -> list[Match]:
    """Cards among consecutive digit groups, longest window first. A multi-group window starts with a group
    of four, as every network prints it; a 12-digit (Maestro-only) number needs a card word nearby."""
    found = []
    i = 0
    while i < len(groups):
        for j in range(len(groups), i, -1):
            if j - i > 1 and groups[i][1] - groups[i][0] != 4:
                continue
            digits = "".join(text[a:b] for a, b in groups[i:j])
            network = card_network(digits) if len(digits) > 12 or cued else None
            if network is not None:
                confidence = 0.95 if cued or j - i > 1 else 0.85
                found.append(_payment(network, digits, groups[i][0], groups[j - 1][1], "card", confidence))
                i = j
                break
        else:
            i += 1
    return found


def _test_data_marked(numbers: list[Match], text: str) -> list[Match]:
    """The gateways' test cards and the registries' example IBANs, when the text quotes them as test data, and
    the values of the work's data (a table's records under "name;iban;amount", a fixture's values) are kept below
    the policy's confidence floor: reported, never a violation, and still covering their digits so no phone is read
    inside them."""
    quoted = any(_published(m) for m in numbers) and _TEST_DATA_CUE.search(text) is not None
    return [
        _as_test_data(m) if (quoted and _published(m)) or sample_value(text, m.start, m.end) else m for m in numbers
    ]


def _as_test_data(m: Match) -> Match:
    return Match(m.kind, m.platform, m.value, m.start, m.end, "payment.test_data", TEST_DATA_CONFIDENCE)


def _contracts_marked(addresses: list[Match], text: str) -> list[Match]:
    """Addresses the text names as the work's code, a contract or token to deploy, call or audit ("the contract at
    0xdAC1... is USDT, write the integration"), are kept below the policy's confidence floor like test data, unless
    a word near them says money goes there ("send the fee to contract 0x...", "my wallet")."""
    marked = []
    for m in addresses:
        around = text[max(0, m.start - _CONTRACT_REACH) : m.end + _CONTRACT_REACH].lower()
        if m.platform != "lightning" and _CONTRACT_CUE.search(around) and not _MONEY_TO_ADDRESS.search(around):
            m = Match(m.kind, m.platform, m.value, m.start, m.end, "payment.contract_address", TEST_DATA_CONFIDENCE)
        marked.append(m)
    return marked


def _published(m: Match) -> bool:
    return m.value in PUBLISHED_TEST_CARDS or m.value in PUBLISHED_EXAMPLE_IBANS


def _ibans(text: str) -> list[Match]:
    found = []
    m = _IBAN.search(text)
    while m is not None:
        start = m.start() - 2
        raw, pos = text[start : m.end()], m.start() + 1
        if _starts_token(text, start):
            # The longest prefix ending at a token boundary: "DE89 3704 0044 0532 0130 00 thanks". A failed run
            # is retried from its next character, which may start the real IBAN ("ref AB12 CD34 DE89 3704 ...").
            for cut in range(len(raw), 14, -1):
                if not raw[cut - 1].isalnum() or (cut < len(raw) and raw[cut].isalnum()):
                    continue
                compact = raw[:cut].translate(_IBAN_GROUPING)
                value = canonical_iban(compact)
                if value is not None:
                    found.append(_payment("iban", value, start, start + cut, "iban", 0.98))
                elif iban_shaped(compact):
                    # A registered IBAN's shape with wrong check digits: quoted as invalid or mistyped, not an
                    # account anyone is paid through; kept below the floor and covering its digits, which are
                    # no phone number.
                    shaped = _payment(
                        "iban", compact.upper(), start, start + cut, "iban_unchecked", TEST_DATA_CONFIDENCE
                    )
                    found.append(shaped)
                else:
                    continue
                pos = start + cut
                break
            else:
                in_parts = _iban_in_parts(text, start)
                if in_parts is not None:
                    found.append(in_parts)
                    pos = in_parts.end
        m = _IBAN.search(text, pos)
    return found


def _iban_in_parts(text: str, start: int) -> Match | None:
    """An IBAN dictated in parts with a part label or a comma between them ("DE89 3704 and then 0044 0532 0130 00"):
    the groups (digits and capitals) of up to four parts, joined, read at the longest group end whose check passes."""
    joined = ""
    ends: list[tuple[int, int]] = []  # (joined length, end in the text) after each group of a part after a label
    pos = start
    for parts in range(4):
        part = _IBAN_PART.match(text, pos)
        if part is None:
            break
        for group in _ALNUM_GROUP.finditer(text, part.start(), part.end()):
            joined += group.group()
            if parts:  # the plain reading of the first part alone already failed
                ends.append((len(joined), group.end()))
        gap = LABELLED_GAP.match(text, part.end()) or _IBAN_PART_GAP.match(text, part.end())
        if gap is None or len(joined) > 34:
            break
        pos = gap.end()
    for length, end in reversed(ends):
        value = canonical_iban(joined[:length]) if length >= 15 else None
        if value is not None:
            return _payment("iban", value, start, end, "iban", 0.95)
    return None


def _base58(text: str) -> list[Match]:
    return [
        found
        for m in _BASE58.finditer(text)
        if _starts_token(text, m.start()) and (found := _base58_address(m.group(), m.start(), m.end())) is not None
    ]


def _segwit(text: str) -> list[Match]:
    return [
        found
        for m in _SEGWIT.finditer(text)
        if _starts_token(text, m.start()) and (found := _segwit_address(m.group(), m.start(), m.end())) is not None
    ]


def _eth(text: str) -> list[Match]:
    return [
        found
        for m in _ETH.finditer(text)
        if _starts_token(text, m.start()) and (found := _eth_address(m.group(), m.start(), m.end())) is not None
    ]


def _base58_address(address: str, start: int, end: int) -> Match | None:
    platform = base58check_platform(address)
    return None if platform is None else _payment(platform, address, start, end, "base58check", 0.98)


def _segwit_address(address: str, start: int, end: int) -> Match | None:
    platform = segwit_platform(address)
    return None if platform is None else _payment(platform, address.lower(), start, end, "segwit", 0.98)


def _eth_address(address: str, start: int, end: int) -> Match | None:
    checked = eth_checksum_address(address[2:]) if len(address) == 42 and _HEX40.fullmatch(address, 2) else None
    if checked is None:
        return None
    value, checksummed = checked
    # Without mixed case there is no checksum to verify: any 40 hex digits would pass.
    return _payment("ethereum", value, start, end, "eth", 0.98 if checksummed else 0.8)


def _run_of(group: str) -> re.Pattern[str]:
    """Two to 25 whole groups of `group` (a chain's alphabet, at most 44 characters each) joined by one space or a
    line break."""
    whole = rf"(?:{group})(?![0-9A-Za-z])"
    return re.compile(rf"{whole}(?:(?: |\r?\n){whole}){{1,24}}")


# The chains an address typed in groups is read in, by its opening as written (Base58 versions are case-sensitive,
# Bech32 is all one case): the joined lengths its addresses have, the run of groups of its alphabet (the first
# group's opening included) and its reader. A group of other characters ends the run: most words that open one
# ("To", "Mobile") end it at once, and a run too short for an address is not read.
_BASE58_RUN = _run_of(r"[1-9A-HJ-NP-Za-km-z]{1,44}")
_GroupedReading = tuple[tuple[str, ...], range, re.Pattern[str], Callable[[str, int, int], Match | None]]
_GROUPED_READINGS: tuple[_GroupedReading, ...] = (
    (("0x", "0X"), range(42, 43), _run_of(r"(?:0[xX])?[0-9a-fA-F]{1,44}"), _eth_address),
    (
        ("bc1", "ltc1", "BC1", "LTC1"),
        range(14, 91),
        _run_of(
            r"(?:bc|ltc)1[02-9ac-hj-np-z]{0,44}|[02-9ac-hj-np-z]{1,44}|(?:BC|LTC)1[02-9AC-HJ-NP-Z]{0,44}|[02-9AC-HJ-NP-Z]{1,44}"
        ),
        _segwit_address,
    ),
    (tuple("13LMDTr"), range(26, 36), _BASE58_RUN, _base58_address),
)
_NOT_IN_GROUPS = str.maketrans("", "", " \r\n")
# A group that opens one of the readings' addresses, with a next group after it.
_GROUPED_OPENING = re.compile(
    r"(?<![0-9A-Za-z])(?:"
    + "|".join(re.escape(prefix) for prefixes, _, _, _ in _GROUPED_READINGS for prefix in prefixes)
    + r")[0-9A-Za-z]{0,43}(?: |\r?\n)[0-9A-Za-z]"
)


def _grouped_addresses(text: str) -> list[Match]:
    """Wallet addresses typed in groups or broken over lines ("TJRy WwFs 9wTF ...", "0x742d 35Cc ..."), which the
    chat box or the writer split: from each group that opens an address, the longest run of groups whose joined
    characters pass the chain's check. The checksums make a run of ordinary words fail."""
    found: list[Match] = []
    resume = 0
    for opening in _GROUPED_OPENING.finditer(text):
        start = opening.start()
        if start < resume or not _starts_token(text, start, "_.@$/"):
            continue
        address = _address_from_groups(text, start)
        if address is not None:
            found.append(address)
            resume = address.end
    return found


def _address_from_groups(text: str, start: int) -> Match | None:
    """The longest address of two groups or more from `start`, in the chain its opening names."""
    for prefixes, lengths, run, reader in _GROUPED_READINGS:
        if text.startswith(prefixes, start):
            return _joined_address(text, start, lengths, run, reader)
    return None


def _joined_address(
    text: str,
    start: int,
    lengths: range,
    run_of_groups: re.Pattern[str],
    reader: Callable[[str, int, int], Match | None],
) -> Match | None:
    """The longest run of two groups or more (`run_of_groups`) from `start` whose joined length is in `lengths` and
    which `reader` reads as an address."""
    run = run_of_groups.match(text, start)
    if run is None or len(run.group().translate(_NOT_IN_GROUPS)) < lengths.start:
        return None
    joined = ""
    ends: list[tuple[int, int]] = []
    for group in _ALNUM_GROUP.finditer(text, start, run.end()):
        joined += group.group()
        if len(joined) >= lengths.stop:
            break
        ends.append((len(joined), group.end()))
    for length, end in reversed(ends[1:]):
        if length in lengths and (address := reader(joined[:length], start, end)) is not None:
            return address
    return None


def _grouped_solana(text: str, pos: int, start: int) -> Match | None:
    """A Solana key typed in groups right after its cue at `start` ("sol wallet: 7EcDhSYG xXyscszY ...")."""
    key = _joined_address(text, pos, _SOLANA_LENGTHS, _BASE58_RUN, _solana_key)
    if key is None:
        return None
    # A Solana key has no checksum: words after the cue ("sol: we can start the next sprint...") may decode to 32
    # bytes, while a key's groups all hold a digit or a capital but for one at most.
    words = sum(g.group().isalpha() and g.group().islower() for g in _ALNUM_GROUP.finditer(text, pos, key.end))
    return _payment("solana", key.value, start, key.end, "solana", 0.9) if words <= 1 else None


def _solana_key(key: str, start: int, end: int) -> Match | None:
    return None if solana_address(key) is None else _payment("solana", key, start, end, "solana", 0.9)


def _lightning(text: str) -> list[Match]:
    found = []
    for m in _LIGHTNING.finditer(text):
        invoice = text[m.start() : m.end()].lower().removeprefix("lightning:")
        checked = lightning_invoice(invoice) if _starts_token(text, m.start()) else None
        if checked is not None:
            rule = "lnurl" if checked.startswith("lnurl") else "lightning_invoice"
            found.append(_payment("lightning", checked, m.start(), m.end(), rule, 0.98))
    return found
