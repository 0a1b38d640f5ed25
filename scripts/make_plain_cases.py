"""Generate data/cases/plain.jsonl: plain and lightly formatted contacts across surfaces, stages, countries and
styles, plus hard negatives. Deterministic (seeded). Phone numbers are random digits in real mobile/landline
ranges, kept only when `phonenumbers` says they are valid; IBANs and crypto addresses carry valid checksums.
Gold `violation` comes from the default policy applied to the gold contacts and intents.

    python scripts/make_plain_cases.py  # writes data/cases/plain.jsonl
"""

from __future__ import annotations

import hashlib
import json
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from stdnum import iban as stdnum_iban

from ringfence import Context, Finding, Kind, Policy

OUT = Path(__file__).resolve().parents[1] / "data" / "cases" / "plain.jsonl"
rng = random.Random(20261123)

SURFACES = ["job_post", "screening_question", "screening_answer", "proposal", "message", "profile", "review"]

FIRST = [
    "Ana",
    "Tomasz",
    "Priya",
    "Kwame",
    "Lucía",
    "Oleksandr",
    "Mei",
    "Jonas",
    "Fatima",
    "Diego",
    "Sven",
    "Aisha",
    "Rahul",
    "Chloé",
    "Emeka",
    "Yuki",
    "Mateus",
    "Zeynep",
    "Liam",
    "Nguyen",
    "Farah",
    "Pieter",
    "Camila",
    "Ivan",
    "Sofia",
    "Hassan",
    "Grace",
    "Bilal",
    "Ines",
    "Marek",
]
LAST = [
    "Silva",
    "Nowak",
    "Sharma",
    "Mensah",
    "García",
    "Kovalenko",
    "Chen",
    "Becker",
    "Khan",
    "Rojas",
    "Lindqvist",
    "Bello",
    "Patel",
    "Martin",
    "Okafor",
    "Tanaka",
    "Costa",
    "Yilmaz",
    "Murphy",
    "Tran",
    "Haddad",
    "de Vries",
    "Fernández",
    "Petrov",
    "Rossi",
    "Ali",
    "Wanjiru",
    "Qureshi",
    "Santos",
    "Dvořák",
]
SKILLS = [
    "React",
    "Shopify",
    "WordPress",
    "Django",
    "Flutter",
    "Figma",
    "SEO",
    "bookkeeping",
    "video editing",
    "data entry",
    "Laravel",
    "Unity",
    "copywriting",
    "3D modelling",
    "Power BI",
    "iOS",
    "logo design",
    "translation (EN-ES)",
    "Webflow",
    "Node.js",
    "AWS",
    "Excel VBA",
    "lead generation",
    "voice-over",
]


_persona: list[tuple[str, str]] = []


def new_person() -> None:
    """Start a new case: the writer named in the text and in its contacts is the same person."""
    _persona[:] = [(rng.choice(FIRST), rng.choice(LAST))]


def person() -> tuple[str, str]:
    return _persona[0]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(first: str, last: str) -> str:
    f = ascii_fold(first.lower())
    la = ascii_fold(last.lower().replace(" ", ""))
    return rng.choice([f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{f}_{la}", f"{f}{rng.randint(1, 99)}", f"{la}.{f}"])


@dataclass
class Item:
    """One contact as it is written, with its gold labels and a phrase to introduce it."""

    kind: str
    text: str
    value: str
    platform: str | None = None
    lead: str = "my contact"
    tags: list[str] = field(default_factory=list)
    locale: str | None = None
    needs_lead: bool = False  # the text alone does not say it is a contact ("@ana_k", "$liam"): name the platform


# -- contact items ---------------------------------------------------------------------------------------------

EMAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.co.uk",
    "proton.me",
    "icloud.com",
    "mail.ru",
    "web.de",
    "gmx.de",
    "yandex.ru",
    "orange.fr",
    "libero.it",
    "uol.com.br",
    "rediffmail.com",
    "studio-nord.de",
    "pixelcraft.io",
    "acme-consulting.co.za",
    "brightlabs.com.au",
    "zoho.in",
]
IDN_EMAILS = [
    "kontakt@bäckerei-schmidt.de",
    "info@müller-design.at",
    "hola@diseño-web.es",
    "contact@пример.рф",
    "ana@sölvesborg-media.se",
    "jürgen.weiß@beispiel.de",
]


def email_item() -> Item:
    first, last = person()
    roll = rng.random()
    tags = ["email"]
    if roll < 0.12:
        addr = rng.choice(IDN_EMAILS)
        tags.append("idn")
    else:
        local = slug(first, last)
        if roll < 0.32:
            local += "+" + rng.choice(["upwork", "work", "freelance", "jobs", "clients", "fiverr"])
            tags.append("subaddress")
        addr = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
        if rng.random() < 0.1:
            addr = addr[0].upper() + addr[1:]
    lead = rng.choice(["my email", "my e-mail", "my mail", "my personal email", "my work email", "my address"])
    return Item("email", addr, addr.lower(), None, lead, tags)


# (region, locale, international prefix digits pattern) — '#' is a random digit
PHONE_PLANS = [
    ("US", "en-US", ["+1 415 ### ####", "+1 212 ### ####", "+1 312 ### ####", "+1 646 ### ####"]),
    ("CA", "en-CA", ["+1 416 ### ####", "+1 604 ### ####"]),
    ("GB", "en-GB", ["+44 7### ######", "+44 20 #### ####"]),
    ("DE", "de-DE", ["+49 15# ########", "+49 17# #######", "+49 30 ########"]),
    ("FR", "fr-FR", ["+33 6 ## ## ## ##", "+33 7 ## ## ## ##", "+33 1 ## ## ## ##"]),
    ("IN", "en-IN", ["+91 9### ######", "+91 8### ######", "+91 7### ######"]),
    ("BR", "pt-BR", ["+55 11 9#### ####", "+55 21 9#### ####"]),
    ("NG", "en-NG", ["+234 80# ### ####", "+234 81# ### ####"]),
    ("PK", "ur-PK", ["+92 30# #######", "+92 33# #######"]),
    ("PH", "en-PH", ["+63 917 ### ####", "+63 998 ### ####"]),
    ("UA", "uk-UA", ["+380 67 ### ## ##", "+380 50 ### ## ##"]),
    ("ES", "es-ES", ["+34 6## ### ###"]),
    ("IT", "it-IT", ["+39 3## ### ####"]),
    ("MX", "es-MX", ["+52 55 #### ####", "+52 33 #### ####"]),
    ("AU", "en-AU", ["+61 4## ### ###"]),
    ("KE", "sw-KE", ["+254 7## ######"]),
    ("EG", "ar-EG", ["+20 10 #### ####", "+20 12 #### ####"]),
    ("BD", "bn-BD", ["+880 17## ######"]),
    ("ID", "id-ID", ["+62 812 #### ####"]),
    ("TR", "tr-TR", ["+90 5## ### ## ##"]),
    ("PL", "pl-PL", ["+48 5## ### ###", "+48 6## ### ###"]),
    ("NL", "nl-NL", ["+31 6 ########"]),
    ("ZA", "en-ZA", ["+27 8# ### ####", "+27 7# ### ####"]),
    ("AR", "es-AR", ["+54 9 11 #### ####"]),
    ("VN", "vi-VN", ["+84 9# ### ## ##"]),
    ("AE", "ar-AE", ["+971 5# ### ####"]),
    ("JP", "ja-JP", ["+81 90 #### ####"]),
    ("RU", "ru-RU", ["+7 9## ### ## ##"]),
    ("SE", "sv-SE", ["+46 7# ### ## ##"]),
    ("IE", "en-IE", ["+353 8# ### ####"]),
]


def valid_number(patterns: list[str]) -> phonenumbers.PhoneNumber:
    for _ in range(500):
        raw = "".join(str(rng.randint(0, 9)) if c == "#" else c for c in rng.choice(patterns))
        num = phonenumbers.parse(raw)
        if phonenumbers.is_valid_number(num):
            return num
    raise RuntimeError(f"no valid number for {patterns}")


def phone_item() -> Item:
    region, locale, patterns = rng.choice(PHONE_PLANS)
    num = valid_number(patterns)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    style = rng.choice(["e164", "intl", "intl", "intl_dash", "intl_00", "national", "national", "national_alt"])
    use_locale: str | None = None
    if style == "e164":
        text = e164
    elif style == "intl":
        text = intl
    elif style == "intl_dash":
        text = intl.replace(" ", "-") if rng.random() < 0.6 else intl.replace(" ", ".")
    elif style == "intl_00":
        text = "00" + intl[1:]
    elif style == "national":
        text, use_locale = national, locale
    else:
        digits_only = "".join(c for c in national if c.isdigit())
        if region in ("US", "CA"):
            text = rng.choice(
                [
                    f"{digits_only[:3]}.{digits_only[3:6]}.{digits_only[6:]}",
                    f"{digits_only[:3]}-{digits_only[3:6]}-{digits_only[6:]}",
                    digits_only,
                ]
            )
        else:
            text = rng.choice([national.replace(" ", "-"), digits_only, national.replace(" ", "")])
        use_locale = locale
    if use_locale is None and rng.random() < 0.3:
        use_locale = locale
    kind_tag = "national" if style.startswith("national") else "international"
    lead = rng.choice(["my number", "my phone", "my cell", "my mobile", "my WhatsApp", "my phone number", "my tel"])
    platform = "whatsapp" if lead == "my WhatsApp" else None
    return Item("phone", text, e164, platform, lead, ["phone", region, kind_tag], use_locale)


SITE_WORDS = ["pixel", "nord", "studio", "craft", "lab", "works", "design", "media", "code", "bright", "forge"]
TLDS = [".com", ".io", ".dev", ".co.uk", ".de", ".com.br", ".in", ".net", ".agency", ".studio", ".me", ".co"]


def site_host(first: str, last: str) -> str:
    base = rng.choice(
        [
            slug(first, last).replace(".", "-").replace("_", "-"),
            rng.choice(SITE_WORDS) + rng.choice(SITE_WORDS),
            last.lower().replace(" ", "") + "-design",
        ]
    )
    return ascii_fold(base) + rng.choice(TLDS)


def url_item() -> Item:
    first, last = person()
    host = site_host(first, last)
    path = rng.choice(["", "", "/portfolio", "/contact", "/work", "/about-me", "/cv.pdf"])
    style = rng.choice(["https", "https_www", "http", "www", "bare", "bare"])
    prefix = {"https": "https://", "https_www": "https://www.", "http": "http://", "www": "www.", "bare": ""}[style]
    text = prefix + host + path
    value = ("www." if "www" in style else "") + host + path
    tags = ["url", "bare_domain" if style == "bare" else "link"]
    return Item("url", text, value, None, rng.choice(["my website", "my site", "my portfolio site", "my page"]), tags)


WORK_SAMPLES = [
    ("https://github.com/{u}/shop-api", "github.com/{u}/shop-api"),
    ("github.com/{u}", "github.com/{u}"),
    ("https://gitlab.com/{u}/etl-pipeline", "gitlab.com/{u}/etl-pipeline"),
    ("https://www.behance.net/{u}", "www.behance.net/{u}"),
    ("dribbble.com/{u}", "dribbble.com/{u}"),
    ("https://www.youtube.com/watch?v=dQ4x9WgXcQ1", "www.youtube.com/watch"),
    ("https://youtu.be/3fJ9kLm2QpA", "youtu.be/3fJ9kLm2QpA"),
    ("https://vimeo.com/48213377", "vimeo.com/48213377"),
    ("https://www.figma.com/file/Xk29aPq/landing-v3", "www.figma.com/file/Xk29aPq/landing-v3"),
    ("kaggle.com/{u}", "kaggle.com/{u}"),
    ("https://medium.com/@{u}/scaling-postgres-7f3a", "medium.com/@{u}/scaling-postgres-7f3a"),
    ("bitbucket.org/{u}/booking-app", "bitbucket.org/{u}/booking-app"),
]


def work_sample_item() -> Item:
    first, last = person()
    user = slug(first, last).replace(".", "-")
    text, value = rng.choice(WORK_SAMPLES)
    lead = rng.choice(["a sample of my work", "my previous project", "my portfolio", "a similar project I did"])
    return Item("url", text.format(u=user), value.format(u=user), None, lead, ["url", "work_sample"])


def personal_site_item() -> Item:
    first, last = person()
    user = slug(first, last).replace(".", "").replace("_", "")
    host = rng.choice(
        [
            f"{user}.github.io",
            f"{user}.gitlab.io",
            f"{user}.medium.com",
            f"{user}.vercel.app",
            f"{user}.netlify.app",
            f"{user}.wixsite.com/portfolio",
        ]
    )
    text = rng.choice(["https://", "", ""]) + host
    return Item(
        "url", text, host, None, rng.choice(["my site", "my personal page", "my portfolio"]), ["url", "personal_site"]
    )


def handle_item() -> Item:
    first, last = person()
    user = slug(first, last)
    user_ = user.replace(".", "_")
    choice = rng.randrange(14)
    if choice == 0:
        text, value, platform, lead = f"live:{user}", user, "skype", "Skype"
        if rng.random() < 0.4:
            cid = "".join(rng.choice("0123456789abcdef") for _ in range(16))
            text, value = f"live:.cid.{cid}", f".cid.{cid}"
    elif choice == 1:
        text, value, platform, lead = f"t.me/{user_}", user_, "telegram", "Telegram"
        if rng.random() < 0.4:
            text = "https://" + text
    elif choice == 2:
        text, value, platform, lead = f"@{user_}", user_, "telegram", "Telegram"
    elif choice == 3:
        num = valid_number(rng.choice(PHONE_PLANS)[2])
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        text, value, platform, lead = f"wa.me/{e164[1:]}", e164, "whatsapp", "WhatsApp"
        if rng.random() < 0.5:
            text = "https://" + text
    elif choice == 4:
        tag = rng.randint(1000, 9999)
        text, value, platform, lead = f"{user_}#{tag}", f"{user_}#{tag}", "discord", "Discord"
    elif choice == 5:
        li = slug(first, last).replace(".", "-").replace("_", "-") + f"-{rng.randint(10, 999)}a{rng.randint(1, 99)}"
        text = rng.choice(["linkedin.com/in/", "https://www.linkedin.com/in/", "www.linkedin.com/in/"]) + li
        value, platform, lead = li, "linkedin", "LinkedIn"
    elif choice == 6:
        text = rng.choice(["instagram.com/", "https://www.instagram.com/"]) + user_
        value, platform, lead = user_, "instagram", "Instagram"
    elif choice == 7:
        text, value, platform, lead = f"@{user}", user, "instagram", "IG"
    elif choice == 8:
        text = rng.choice(["calendly.com/", "https://calendly.com/"]) + user.replace("_", "-") + "/30min"
        value, platform, lead = user.replace("_", "-"), "calendly", "my Calendly"
    elif choice == 9:
        mid = "".join(str(rng.randint(0, 9)) for _ in range(11))
        text = rng.choice(["https://zoom.us/j/", "zoom.us/j/", "https://us05web.zoom.us/j/"]) + mid
        value, platform, lead = mid, "zoom", "a Zoom link"
    elif choice == 10:
        letters = "abcdefghijklmnopqrstuvwxyz"
        code = "-".join("".join(rng.choice(letters) for _ in range(n)) for n in (3, 4, 3))
        text = rng.choice(["meet.google.com/", "https://meet.google.com/"]) + code
        value, platform, lead = code, "google_meet", "a Meet link"
    elif choice == 11:
        text, value, platform, lead = f"facebook.com/{user}", user, "facebook", "Facebook"
    elif choice == 12:
        text, value, platform, lead = f"x.com/{user_}", user_, "twitter", "X/Twitter"
    else:
        text, value, platform, lead = f"{user_}{rng.randint(1, 99)}", f"{user_}", "wechat", "WeChat ID"
        value = text
    bare = choice in (2, 7, 13) or (choice == 4 and rng.random() < 0.5)
    return Item("handle", text, value, platform, lead, ["handle", platform], needs_lead=bare)


# -- payment accounts with valid checksums --------------------------------------------------------------------

IBAN_FORMATS = {"DE": 18, "GB": 18, "FR": 23, "ES": 20, "NL": 14, "IT": 23, "PL": 24, "UA": 25, "PT": 21, "BE": 12}
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def iban(country: str) -> str:
    n = IBAN_FORMATS[country]
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + "".join(str(rng.randint(0, 9)) for _ in range(14))
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    else:
        bban = "".join(str(rng.randint(0, 9)) for _ in range(n))
    # Several countries carry national check digits inside the BBAN (BE, FR, ES, IT's CIN letter, PT) that
    # stdnum verifies: redraw until the whole IBAN is valid, from a generator seeded by the first draw so the
    # main random stream (and so every other case) stays as it was.
    redraw = random.Random(bban)
    while True:
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        candidate = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if stdnum_iban.is_valid(candidate):
            return candidate
        digits = "".join(str(redraw.randint(0, 9)) for _ in range(n))
        bban = redraw.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits[1:] if country == "IT" else digits


def b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    num, out = int.from_bytes(data, "big"), ""
    while num:
        num, rem = divmod(num, 58)
        out = _B58[rem] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def bech32_address(program: bytes) -> str:
    hrp = "bc"
    data, acc, bits = [0], 0, 0
    for b in program:
        acc, bits = (acc << 8) | b, bits + 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = _polymod([*expanded, *data, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + checksum)


def payment_item() -> Item:
    first, last = person()
    user = slug(first, last).replace(".", "").replace("_", "")
    choice = rng.randrange(9)
    if choice == 0:
        text, value, platform, lead = f"paypal.me/{user}", user, "paypal", "my PayPal"
        if rng.random() < 0.4:
            text = "https://www." + text
    elif choice == 1:
        country = rng.choice(list(IBAN_FORMATS))
        raw = iban(country)
        text = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.6 else raw
        return Item(
            "payment",
            text,
            raw,
            "iban",
            rng.choice(["my IBAN", "IBAN", "bank account (IBAN)"]),
            ["payment", "iban", country],
        )
    elif choice == 2:
        addr = bech32_address(bytes(rng.randrange(256) for _ in range(20)))
        text, value, platform, lead = addr, addr, "bitcoin", rng.choice(["my BTC wallet", "BTC address"])
    elif choice == 3:
        addr = b58check(b"\x00" + bytes(rng.randrange(256) for _ in range(20)))
        text, value, platform, lead = addr, addr, "bitcoin", "my bitcoin address"
    elif choice == 4:
        addr = "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
        text, value, platform, lead = addr, addr, "ethereum", rng.choice(["my ETH wallet", "USDT (ERC20)"])
    elif choice == 5:
        addr = b58check(b"\x41" + bytes(rng.randrange(256) for _ in range(20)))
        text, value, platform, lead = addr, addr, "tron", "USDT TRC20"
    elif choice == 6:
        text, value, platform, lead = f"revolut.me/{user[:14]}", user[:14], "revolut", "my Revolut"
    elif choice == 7:
        text, value, platform, lead = f"venmo.com/u/{user}", user, "venmo", "my Venmo"
    else:
        text, value, platform, lead = f"${user[:12]}", user[:12], "cashapp", "my Cash App"
    return Item("payment", text, value, platform, lead, ["payment", platform], needs_lead=platform == "cashapp")


# -- surface frames -------------------------------------------------------------------------------------------
# {c} is the contact, {lead} its lead phrase ("my email"), {Lead} capitalised; {n} a name, {s} a skill.

FRAMES: dict[str, list[str]] = {
    "message": [
        "Hi {n}, thanks for the quick reply. {Lead} is {c} in case the chat here is slow.",
        "sure thing, {lead}: {c}",
        "Thanks! Sent the draft. {Lead} - {c}",
        "Good morning! Before we start, here is {lead}: {c}. Talk soon.",
        "ok noted. {c} is {lead} btw",
        "Hello {n}, I reviewed the brief for the {s} task. {Lead} → {c}",
        "Perfect, I'll check the files tonight. {Lead}: {c}\nRegards, {n}",
        "Can't upload the mockups here, they are too big. {Lead} is {c}.",
    ],
    "proposal": [
        "Hello, I'm {n}, a {s} specialist with 7 years of experience. I've read your job post carefully and I can "
        "deliver in 5 days. {Lead}: {c}. Looking forward to hearing from you!",
        "Dear Hiring Manager,\n\nI have completed 40+ {s} projects. Here is {lead}: {c}\n\nBest regards,\n{n}",
        "Hi there! {s} is my main skill. You can check {lead} at {c}. I'm available to start today.",
        "Hey, saw your post about {s}. Did almost the same thing last month - {lead}: {c}. Happy to discuss.",
        "Greetings! I am an expert in {s}. {Lead} is {c}. My rate is flexible for long-term work.",
    ],
    "job_post": [
        "We need an experienced {s} freelancer for an ongoing project. Questions before you apply? {Lead}: {c}. "
        "Budget is negotiable.",
        "Looking for {s} help (10-15 hrs/week). Questions? {Lead}: {c}",
        "Small business seeking {s} expert. Please apply here and also reach us at {c}.",
        "URGENT: {s} task, 3 days. Contact {n} - {c}",
        "Hiring a {s} developer to fix our checkout page. Details at {c}.",
    ],
    "screening_question": [
        "What is your experience with {s}? Also please confirm you can reach us at {c}.",
        "Please describe a similar project. For questions, {lead} is {c}.",
        "Are you available for a quick call this week? {Lead}: {c}",
    ],
    "screening_answer": [
        "Yes, I have 5 years of {s} experience. {Lead}: {c}",
        "I did a similar project for a client in Berlin; {lead} is {c} if you want details.",
        "Available 30 hours a week, EU timezone. {Lead} - {c}",
        "Sure. Relevant example: {c} ({lead}).",
    ],
    "profile": [
        "{s} expert | 8+ years | Fast delivery\n{Lead}: {c}",
        "Hi, I'm {n}. I help startups with {s}. {Lead}: {c}",
        "Certified {s} professional. Languages: English, Spanish. {c}",
        "Top-rated {s} freelancer. 200+ happy clients.\nReach me: {c}",
    ],
    "review": [
        "Great work by {n} on our {s} project, very responsive. {Lead} for future jobs: {c}",
        "Excellent client, clear requirements. Highly recommended! {c}",
        "{n} delivered on time. Contact: {c}",
    ],
}

EMAIL_FRAMES: dict[str, list[str]] = {
    "job_post": ["Send your CV and two samples to {c}. Shortlisted candidates will be contacted this week."],
    "profile": ["Open to long-term {s} work. Drop a line: {c}"],
    "message": ["I'll send the invoice from {c}, is that ok?"],
    "proposal": ["My CV is too long for this form, I can send it from {c}."],
    "screening_question": [],
    "screening_answer": ["Yes - my references can confirm, you can write to me at {c}."],
    "review": [],
}
REQUEST_FRAMES = [  # an explicit request to move the conversation elsewhere
    "Let's continue this conversation on {platform} instead, {lead} is {c}",
    "It's easier to talk outside this site. Add me: {c}",
    "Please contact me directly at {c}, I rarely check messages here.",
    "Can we move to {platform}? {c}",
]
PAYMENT_FRAMES = [  # an explicit request to pay outside the platform
    "You can pay me directly to {c} so we both avoid the platform fees.",
    "For the next milestone, just send the money to {lead}: {c} instead of paying here.",
    "Pay outside the site and I'll give you 10% off: {c}",
]
SAMPLE_FRAMES: dict[str, list[str]] = {  # a work-sample link in the words of each surface's writer
    "job_post": [
        "We want a {s} result similar to this: {c}. Fixed budget, 2 weeks.",
        "Reference for the style we like: {c} - please apply only if you can match it.",
    ],
    "screening_question": ["Have a look at our current version at {c}. What would you improve first?"],
    "review": ["{n} did a fantastic {s} job, see the final result: {c}", "Five stars. Here's what we built: {c}"],
    "proposal": [*FRAMES["proposal"][:3], "I did almost exactly this before: {c}. Happy to adapt it for you."],
    "profile": ["{s} portfolio: {c}", "Selected work -> {c}"],
    "screening_answer": ["Yes, example: {c}", "I built a similar one last year ({c}), the code is public."],
    "message": ["Here's {lead} as promised: {c}", "Take a look at {c} - same layout, different branding."],
}
PLATFORM_NAMES = {
    "skype": "Skype",
    "telegram": "Telegram",
    "whatsapp": "WhatsApp",
    "discord": "Discord",
    "linkedin": "LinkedIn",
    "instagram": "Instagram",
    "wechat": "WeChat",
}


@dataclass
class Built:
    text: str
    surface: str
    stage: str
    items: list[Item]
    intents: list[str]
    tags: list[str]


CLIENT_SURFACES = ("job_post", "screening_question")
STAGES_BY_SURFACE = {
    "job_post": ["pre_contract"],
    "screening_question": ["pre_contract"],
    "screening_answer": ["pre_contract"],
    "proposal": ["pre_contract"],
    "profile": ["pre_contract"] * 3 + ["active_contract"],
    "message": ["pre_contract"] * 4 + ["active_contract"] * 4 + ["closed"] * 2,
    "review": ["closed"] * 3 + ["active_contract"],
}


def fill(frame: str, item: Item, platform: str = "", surface: str = "message") -> str:
    first, last = person()
    lead = item.lead
    if surface in CLIENT_SURFACES:  # the client writes these: "our email"
        lead = lead.replace("my ", "our ")
    shown = item.text
    if item.needs_lead and "{lead}" not in frame.lower() and "{platform}" not in frame:
        shown = f"{lead} {item.text}"
    return frame.format(
        c=shown,
        lead=lead,
        Lead=lead[:1].upper() + lead[1:],
        n=f"{first} {last}" if rng.random() < 0.5 else first,
        s=rng.choice(SKILLS),
        platform=platform,
    )


def build_plain(make: Callable[[], Item], surface: str | None = None) -> Built:
    new_person()
    item = make()
    surface = surface or rng.choice(SURFACES)
    stage = rng.choice(STAGES_BY_SURFACE[surface])
    if "work_sample" in item.tags:
        frames = SAMPLE_FRAMES[surface]
    else:
        frames = FRAMES[surface] + (EMAIL_FRAMES[surface] if item.kind == "email" else [])
    return Built(fill(rng.choice(frames), item, surface=surface), surface, stage, [item], [], ["plain"])


def build_request(make: Callable[[], Item]) -> Built:
    new_person()
    item = make()
    surface = rng.choice(["message", "proposal", "screening_answer"])
    platform = PLATFORM_NAMES.get(item.platform or "", "email" if item.kind == "email" else "WhatsApp")
    text = fill(rng.choice(REQUEST_FRAMES), item, platform)
    return Built(
        text, surface, rng.choice(STAGES_BY_SURFACE[surface]), [item], ["off_platform_request"], ["plain", "request"]
    )


def build_payment_request() -> Built:
    new_person()
    item = payment_item()
    text = fill(rng.choice(PAYMENT_FRAMES), item)
    return Built(
        text,
        "message",
        rng.choice(STAGES_BY_SURFACE["message"]),
        [item],
        ["off_platform_payment"],
        ["plain", "payment_request"],
    )


def build_two() -> Built:
    new_person()
    a, b = email_item(), phone_item()
    first, last = person()
    text = rng.choice(
        [
            f"{first} {last}\n{b.text}\n{a.text}",
            f"Email: {a.text} | Phone: {b.text}",
            f"You can reach me at {a.text} or {b.text}.",
            f"Contacts - {b.text}, {a.text}",
        ]
    )
    surface = rng.choice(["profile", "message", "proposal", "job_post"])
    return Built(text, surface, rng.choice(STAGES_BY_SURFACE[surface]), [a, b], [], ["plain", "multi"])


# -- hard negatives -------------------------------------------------------------------------------------------


def money() -> str:
    return rng.choice(
        [
            f"${rng.randint(5, 9000):,}",
            f"${rng.randint(5, 900)}.{rng.randint(0, 99):02d}",
            f"€{rng.randint(50, 5000)}",
            f"{rng.randint(100, 50000):,} USD",
            f"₹{rng.randint(1, 99)},000",
            f"£{rng.randint(10, 900)}/hr",
            f"{rng.randint(10, 99)}k PLN",
            f"R$ {rng.randint(100, 9999)},00",
        ]
    )


def date() -> str:
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][m % 6]} {d}, {y}",
        ]
    )


def hour() -> str:
    return rng.choice(
        [
            f"{rng.randint(0, 23):02d}:{rng.choice(['00', '15', '30', '45'])}",
            f"{rng.randint(1, 12)}:{rng.choice(['00', '30'])} {rng.choice(['am', 'pm', 'AM', 'PM'])}",
            f"{rng.randint(8, 18)}.{rng.choice(['00', '30'])}",
        ]
    )


HARD_NEGATIVES: dict[str, list[Callable[[], str]]] = {
    "price": [
        lambda: f"My rate is {money()} per hour, and the fixed price for the whole site would be {money()}.",
        lambda: f"Budget: {money()} - {money()}. Milestone 1 is {money()}.",
        lambda: f"I can do it for {money()} including 2 revisions.",
        lambda: f"Total so far: {rng.randint(1, 40)} hours x $35 = ${rng.randint(35, 1400)}.00",
    ],
    "date": [
        lambda: f"Deadline is {date()}, first draft by {date()}.",
        lambda: f"I'm on holiday from {date()} to {date()}, back after that.",
        lambda: f"Contract started {date()}; invoice period {date()} - {date()}.",
    ],
    "time": [
        lambda: f"I'm available {hour()} - {hour()} CET every weekday.",
        lambda: f"Meeting moved to {hour()} UTC on {date()}.",
        lambda: f"Standup at {hour()}, demo at {hour()}.",
    ],
    "order_number": [
        lambda: f"Order #{rng.randint(10**9, 10**10 - 1)} was refunded yesterday.",
        lambda: f"Invoice INV-{rng.randint(2023, 2026)}-{rng.randint(1, 99999):05d} is attached to the milestone.",
        lambda: f"Tracking number 1Z{rng.randint(100, 999)}AA1{rng.randint(10**9, 10**10 - 1)} - shipped via UPS.",
        lambda: f"PO {rng.randint(4500000000, 4599999999)} approved, ticket JIRA-{rng.randint(100, 9999)} closed.",
        lambda: f"Shopify order {rng.randint(1000, 99999)} shows SKU {rng.randint(10**12, 10**13 - 1)} out of stock.",
        lambda: f"Amazon ASIN B0{rng.randint(10**7, 10**8 - 1)} and EAN {rng.randint(10**12, 10**13 - 1)} are mapped.",
    ],
    "version": [
        lambda: (
            f"Upgraded to Python {rng.randint(3, 3)}.{rng.randint(8, 13)}.{rng.randint(0, 9)} and Django "
            f"{rng.randint(3, 5)}.{rng.randint(0, 2)}.{rng.randint(0, 12)}."
        ),
        lambda: (
            f"Works on iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)} and Android 14, "
            f"build v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}."
        ),
        lambda: f"Bumped node from 18.{rng.randint(10, 20)}.1 to 20.{rng.randint(5, 15)}.0, npm 10.2.4.",
        lambda: f"Release 2.{rng.randint(0, 30)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 5)} is on staging.",
    ],
    "ip": [
        lambda: f"The staging server is at 192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}, port 8080.",
        lambda: f"Whitelist 10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)} in the firewall.",
        lambda: f"Nginx listens on 127.0.0.1:{rng.randint(3000, 9000)} behind the load balancer.",
    ],
    "file_name": [
        lambda: "I updated README.md and app.py, please pull the latest branch.",
        lambda: (
            f"Check {rng.choice(['index.html', 'style.css', 'main.go', 'config.yaml', 'package.json'])} - the "
            f"bug is on line {rng.randint(10, 400)}."
        ),
        lambda: (
            f"Attached {rng.choice(['invoice_march.pdf', 'logo_final_v3.ai', 'specs.docx', 'data.csv'])}, "
            "let me know if it opens."
        ),
        lambda: "The script is in utils.py and settings are read from .env at startup.",
        lambda: f"Renamed {rng.choice(['App.tsx', 'server.js', 'Main.java', 'deploy.sh', 'schema.sql'])} as requested.",
    ],
    "typo": [
        lambda: "ok dear..sleep well, talk tomorrow",
        lambda: "I know python.My last project was a scraper.",
        lambda: "Done.Thanks for the patience!",
        lambda: "Hi.Can you send the brand colours?",
        lambda: "I fixed the site.It works on mobile now.",
        lambda: "sure..will do it tonight.ok?",
        lambda: "Finished the logo.Next is the banner.",
        lambda: "Yes i can.When do we start?",
        lambda: "thanks a lot!!see you.",
        lambda: "I checked it.No errors now.",
        lambda: "Got it..will update the banner asap",
        lambda: "Revised the copy.Please review section 3.",
        lambda: "Images resized.Uploading them now.",
        lambda: "I use react.Is that fine for you?",
        lambda: "Hello sir.kindly check the attachment.",
    ],
    "skill_mention": [
        lambda: "I'm a LinkedIn ads expert with 6 years of B2B campaigns.",
        lambda: "Experience: WhatsApp Business API integration for three e-commerce stores.",
        lambda: "Telegram bot developer - aiogram, webhooks, payments inside the bot.",
        lambda: "I built a Discord bot with slash commands and role management.",
        lambda: "Skilled in PayPal and Stripe checkout integration for WooCommerce.",
        lambda: "Zoom SDK and Google Meet add-on development.",
        lambda: "Instagram Reels editing and TikTok content planning.",
        lambda: "I set up Calendly API syncing with HubSpot for a sales team.",
        lambda: "Migrated a company from Skype for Business to Microsoft Teams.",
        lambda: "Email marketing: Mailchimp, Klaviyo, deliverability audits.",
        lambda: "Need someone who knows the Gmail API and OAuth scopes.",
        lambda: "Experience with Twilio SMS and voice APIs.",
        lambda: "I manage Facebook and Instagram ad accounts with $50k monthly spend.",
        lambda: "Looking for a Telegram Mini App developer with TON experience.",
        lambda: "Built a Slack and Microsoft Teams notification integration.",
        lambda: "Expert in YouTube SEO and thumbnail design.",
    ],
    "feedback_ok": [
        lambda: "Please leave feedback when you close the contract, it really helps me.",
        lambda: "Thanks for the great collaboration! I'll leave you a review once the contract is closed.",
        lambda: "If you were happy with the work, an honest review would be appreciated.",
        lambda: "I sent the invoice through the platform, please approve the milestone when ready.",
        lambda: "Let's keep discussing the details here in the chat.",
        lambda: "I uploaded the files to the workroom, please check and release the payment if all is good.",
        lambda: "You can message me here any time, I reply within the hour.",
    ],
    "code": [
        lambda: "Use the decorator: @app.route('/api/orders', methods=['POST'])",
        lambda: "Added @pytest.fixture(scope='session') for the db connection.",
        lambda: "In Java just mark it @Override and call super.onCreate(savedInstanceState).",
        lambda: "CSS: @media (max-width: 768px) { .menu { display: none; } }",
        lambda: "The component uses @Input() and @Output() in Angular.",
        lambda: "Mention the team with @channel only for outages.",
        lambda: "Run `npm run build && npm test` before pushing.",
        lambda: "self.assertEqual(resp.status_code, 200) fails on the second call.",
        lambda: "@dataclass(frozen=True) on the Config class fixed the hashing issue.",
        lambda: 'Spring: @RestController with @GetMapping("/items/{id}") returns 404.',
        lambda: "SCSS @mixin button-variant($color) is defined in _mixins.scss.",
        lambda: "df.groupby('region').agg({'sales': 'sum'}).reset_index()",
    ],
    "number_misc": [
        lambda: f"I have completed {rng.randint(100, 2000):,} orders with a {rng.randint(90, 100)}% success score.",
        lambda: f"Screen size 1920x1080, logo at {rng.randint(100, 600)}x{rng.randint(100, 600)} px.",
        lambda: f"The dataset has {rng.randint(10000, 9999999):,} rows and {rng.randint(5, 80)} columns.",
        lambda: (
            f"ISBN 978-{rng.randint(0, 9)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-"
            f"{rng.randint(0, 9)} for the cover design."
        ),
        lambda: f"Coordinates {rng.uniform(-60, 60):.4f}, {rng.uniform(-120, 120):.4f} for the map pin.",
        lambda: f"Q{rng.randint(1, 4)} {rng.randint(2023, 2026)} report, figures in table 4.{rng.randint(1, 9)}.",
        lambda: f"Room temperature 21.5°C, humidity {rng.randint(30, 70)}%, sensor ID {rng.randint(1000, 9999)}.",
        lambda: f"Word count: {rng.randint(500, 5000)}, reading level grade {rng.randint(6, 12)}.",
    ],
    "tech_names": [
        lambda: "Stack: Node.js, Vue.js, Express and Chart.js on the front end.",
        lambda: "Built with Next.js 14, ASP.NET Core backend, hosted on Azure.",
        lambda: "I use D3.js for the charts and Three.js for the 3D viewer.",
        lambda: "e.g. the U.S. and U.K. versions differ, i.e. dates and currency.",
        lambda: "She has a Ph.D. in statistics and works 9 a.m. to 5 p.m.",
        lambda: "Frontend in Nuxt.js, backend in Nest.js, realtime through WebSockets.",
        lambda: "Tools: VS Code, Git, Docker, Postman, Jira etc. and Excel/Google Sheets.",
        lambda: "The app targets .NET 8 and uses Entity Framework for the database.",
    ],
}


# -- assembly -------------------------------------------------------------------------------------------------

POLICY = Policy.default()


def gold_violation(built: Built) -> bool:
    findings = []
    for item in built.items:
        start = built.text.index(item.text)
        findings.append(
            Finding(Kind(item.kind), item.platform, item.value, start, start + len(item.text), item.text, "gold", 1.0)
        )
    findings += [Finding(Kind(i), None, i, 0, 0, "", "gold", 1.0) for i in built.intents]
    locale = next((i.locale for i in built.items if i.locale), None)
    _, decision = POLICY.judge(findings, Context(built.surface, built.stage, locale=locale))
    return decision.violation


def to_case(n: int, built: Built) -> dict[str, object]:
    for item in built.items:
        assert item.text in built.text, (item.text, built.text)
    tags = list(dict.fromkeys(built.tags + [t for item in built.items for t in item.tags]))
    case: dict[str, object] = {
        "id": f"plain-{n:04d}",
        "surface": built.surface,
        "stage": built.stage,
        "text": built.text,
    }
    locale = next((i.locale for i in built.items if i.locale), None)
    if locale:
        case["locale"] = locale
    case["contacts"] = [{"kind": i.kind, "platform": i.platform, "value": i.value, "text": i.text} for i in built.items]
    case["intents"] = built.intents
    case["violation"] = gold_violation(built) if built.items or built.intents else False
    case["tags"] = tags
    return case


def main() -> None:
    built: list[Built] = []
    makers: list[tuple[Callable[[], Item], int]] = [
        (email_item, 80),
        (phone_item, 130),
        (url_item, 40),
        (handle_item, 80),
        (payment_item, 30),
        (personal_site_item, 15),
    ]
    for make, count in makers:
        for _ in range(count):
            plain = build_plain(make)
            if make is payment_item:  # a payment account shared during a contract reads as a payment request
                plain.stage = "pre_contract"
            built.append(plain)
    for surface in ("proposal", "profile", "screening_answer", "message"):
        built += [build_plain(work_sample_item, surface=surface) for _ in range(6)]
    built += [build_plain(work_sample_item, surface=s) for s in ("job_post", "review", "screening_question") * 3]
    built += [build_request(rng.choice([email_item, phone_item, handle_item])) for _ in range(25)]
    built += [build_payment_request() for _ in range(15)]
    built += [build_two() for _ in range(15)]
    for kind, makers_ in HARD_NEGATIVES.items():
        per = max(len(makers_), 15)
        for i in range(per):
            text = makers_[i % len(makers_)]()
            surface = rng.choice(SURFACES)
            if kind == "feedback_ok":
                surface = rng.choice(["message", "review"])
            built.append(Built(text, surface, rng.choice(STAGES_BY_SURFACE[surface]), [], [], ["hard_negative", kind]))
    seen: set[str] = set()
    unique = [b for b in built if not (b.text in seen or seen.add(b.text))]  # type: ignore[func-returns-value]
    cases = [to_case(n, b) for n, b in enumerate(unique, 1)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    hard = sum("hard_negative" in c["tags"] for c in cases)  # type: ignore[operator]
    print(f"wrote {len(cases)} cases ({len(cases) - hard} with contacts, {hard} hard negatives) to {OUT}")


if __name__ == "__main__":
    main()
