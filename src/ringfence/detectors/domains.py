"""Host names against the public-suffix list that ships inside the `publicsuffixlist` package (offline)."""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList

_PSL = PublicSuffixList(only_icann=True)
# With the private section too: suffixes run by hosting platforms ("vercel.app", "github.io", "herokuapp.com").
_PSL_ALL = PublicSuffixList(only_icann=False)


@lru_cache(maxsize=65536)
def public_suffix(host: str) -> str | None:
    """The ICANN public suffix of `host` ("co.uk" for "a.b.co.uk"), or None if its TLD is unknown."""
    host = host.lower().rstrip(".")
    tld = host.rsplit(".", 1)[-1]
    if not _PSL.is_public(tld) and not tld.startswith("xn--"):
        return None
    return _PSL.publicsuffix(host, accept_unknown=False)


def registered_name(host: str) -> tuple[str, str]:
    """The label registered under `host`'s public suffix, and that suffix ("www.jo-designs.co.uk" -> ("jo-designs",
    "co.uk")); an unknown TLD stands for the suffix, and a bare suffix registers no name ("")."""
    suffix = public_suffix(host) or host.rpartition(".")[2]
    name = host[: -len(suffix) - 1].rpartition(".")[2] if len(host) > len(suffix) else ""
    return name, suffix


@lru_cache(maxsize=65536)
def is_registrable_host(host: str) -> bool:
    """True when `host` has a known public suffix and at least one label left of it."""
    host = host.lower().rstrip(".")
    if any(not label for label in host.split(".")):
        return False
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    suffix = public_suffix(ascii_host)
    return suffix is not None and len(ascii_host) > len(suffix) + 1


@lru_cache(maxsize=65536)
def is_hosted_site(host: str) -> bool:
    """True when `host` is a name under a hosting platform's suffix from the private section of the list
    ("zeynep53.vercel.app", "jo.github.io", "shop.myshopify.com"): a site, whatever its TLD looks like."""
    host = host.lower().rstrip(".")
    if not is_registrable_host(host):
        return False
    ascii_host = host.encode("idna").decode("ascii")
    suffix = _PSL_ALL.publicsuffix(ascii_host, accept_unknown=False)
    return suffix is not None and suffix != public_suffix(ascii_host) and len(ascii_host) > len(suffix) + 1


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# File extensions that are also top-level domains ("README.md", "main.py", "logo.ai", "notes.zip"): a bare
# name ending in one is a file, and counts as a host only when written with a scheme or "www.".
FILE_EXTENSIONS = _words(
    "md py sh rs cc ps ai pl pm so go mk zip mov app rar tar gz js ts txt pdf doc docx xls xlsx ppt pptx csv "
    "json png jpg jpeg gif svg psd exe apk dmg html htm php asp aspx css xml yml yaml mp3 mp4 wav avi"
)

# File-extension TLDs that many sites use too ("beacons.ai", "taplink.cc", "dub.sh", "notion.so"): a bare name ending
# in one is a host when a "/" and a path follow it ("beacons.ai/jo"), since a file name is not followed by one.
SITE_FILE_TLDS = _words("ai app cc sh so")

# Country codes that are file extensions too, but rare ones in chat next to those countries' many sites (Poland,
# Serbia, North Macedonia, Palestine): a bare name ending in one is a host in a signature ("Regards,\nMarek\nmarek.pl").
SIGNATURE_FILE_TLDS = _words("pl rs mk ps")

# Two-letter country domains that are also everyday words or chat particles ("ok.so", "it.is", "drink.pa",
# "going.to", "user.id"): bare names ending in them need a path ("bit.do/x") to count.
WORD_CC_TLDS = _words("am as at be by do go id in is it la me my no so to us im cv pa ma re")

# Generic TLDs that name what a personal site shows ("anaruiz.design", "mariapaints.art", "kim.photography"): a bare
# name ending in one is a host when a site word is near ("portfolio: anaruiz.design"). Alone it may be an
# Instagram-style handle ("bia.design") or words glued at a sentence end.
SITE_WORD_TLDS = _words(
    "design art photography photo photos gallery page works space digital media shop codes ink graphics film portfolio"
)

# Generic TLDs common enough that a bare "name.tld" is a host. Other valid TLDs ("now", "live", "life",
# "one", ...) are English words that SMS glues to the next word ("ok.now"), so they need a path or "www.".
_COMMON_GENERIC_TLDS = _words(
    "com net org edu gov mil int info biz mobi dev xyz online site store tech club blog cloud website pro asia "
    "travel jobs icu agency studio"
)

# Suffixes that end technology names as well as hosts ("ASP.NET", "VB.NET", "Socket.IO", "Node.js"); see
# `is_tech_name`.
TECH_SUFFIXES = _words("net io js ts")


# Libraries, tools, marketplaces and link-in-bio, booking and form builders that skill talk names by their own domain
# ("chat with socket.io", "bubble.io developer", "I sell on etsy.com", "a page like linktr.ee"): written bare, with no
# path, the host names the product, not a site of the writer's. Payment, mail and messaging hosts are not here: their
# detectors read them.
PRODUCT_HOSTS = _words(
    "socket.io draw.io swagger.io bubble.io n8n.io fly.io codesandbox.io codepen.io strapi.io appwrite.io "
    "prisma.io builder.io elevenlabs.io supabase.io supabase.com make.com zapier.com airtable.com monday.com "
    "asana.com trello.com notion.so miro.com canva.com framer.com webflow.com wix.com squarespace.com "
    "wordpress.com wordpress.org shopify.com bigcommerce.com woocommerce.com godaddy.com namecheap.com "
    "hostinger.com bluehost.com cloudflare.com digitalocean.com heroku.com vercel.com netlify.com render.com "
    "replit.com jsfiddle.net stackoverflow.com npmjs.com pypi.org docker.com postman.com mailchimp.com "
    "sendgrid.com twilio.com hubspot.com salesforce.com zoho.com xero.com semrush.com ahrefs.com grammarly.com "
    "loom.com openai.com chatgpt.com midjourney.com character.ai perplexity.ai jasper.ai copy.ai upwork.com "
    "fiverr.com freelancer.com etsy.com amazon.com ebay.com alibaba.com aliexpress.com booking.com airbnb.com "
    "expedia.com tripadvisor.com yelp.com indeed.com glassdoor.com coursera.org udemy.com w3schools.com "
    "leetcode.com google.com linktr.ee carrd.co beacons.ai lnk.bio bio.link about.me calendly.com cal.com "
    "tidycal.com savvycal.com typeform.com jotform.com tally.so"
)


def is_tech_name(host: str) -> bool:
    """True for a name that reads as a technology or product, not a host: a tech suffix written in capitals
    after a word of letters ("ASP.NET", "VB.NET", "SOCKET.IO") or after a CamelCase word ("SignalR.net"), or a
    product's own domain (`PRODUCT_HOSTS`)."""
    if host.lower() in PRODUCT_HOSTS:
        return True
    name, _, suffix = host.partition(".")
    if suffix.lower() not in TECH_SUFFIXES or not name.isalpha():
        return False
    camel = any(c.isupper() for c in name[1:]) and not name.isupper()
    return suffix.isupper() or camel


# First labels that name a service's machine interface ("api.stripe.com", "hooks.slack.com", "graph.facebook.com")
# or a mail server ("smtp.mailtrap.io", "imap.gmail.com"): code, integration and set-up talk cite such hosts as
# part of the work; nobody is reached there.
_API_LABELS = _words("api hooks webhooks graph smtp imap pop pop3")


def is_api_endpoint(host: str) -> bool:
    """True for a host that is a service's API endpoint: an API label under a registrable domain."""
    label, _, rest = host.lower().partition(".")
    return label in _API_LABELS and "." in rest


def is_company_name(host: str) -> bool:
    """True for a two-label name written the way prose names a firm: one capital, then lower-case letters, and a
    lower-case suffix ("Booking.com", "Hotels.com", "Apollo.io"). An address given to be visited is typed in
    lower case ("janedoe.com"), or comes after a site word, which the URL detector checks."""
    name, _, suffix = host.partition(".")
    return (
        len(name) > 1
        and name.isalpha()
        and name[0].isupper()
        and name[1:].islower()
        and suffix.isalpha()
        and suffix.islower()
    )


def is_common_tld(tld: str) -> bool:
    """True when a bare "name.<tld>" is a host without a path: common generic TLDs, country codes that are
    not everyday words, and internationalised TLDs. File extensions never are."""
    tld = tld.lower()
    if tld in FILE_EXTENSIONS:
        return False
    if tld in _COMMON_GENERIC_TLDS or tld.startswith("xn--") or not tld.isascii():
        return True
    return len(tld) == 2 and tld not in WORD_CC_TLDS
