"""Handle detector: every platform form with exact spans and canonical values, and skill-talk/code negatives."""

from __future__ import annotations

import pytest

from ringfence import Scanner
from ringfence.detectors.base import Match
from ringfence.detectors.handles import BARE_AT_CONFIDENCE, HandleDetector
from ringfence.detectors.url import UrlDetector
from ringfence.normalize.view import View
from ringfence.resolve import resolve
from ringfence.types import Context, Finding, Kind
from support import assert_triggers_hide_nothing


def handles(text: str) -> list[Match]:
    found = HandleDetector().detect(View.identity(text), Context())
    assert all(m.kind is Kind.HANDLE for m in found)
    return found


def best(text: str) -> tuple[str | None, str, str]:
    """The longest handle finding: (platform, value, span text)."""
    found = handles(text)
    assert found, text
    m = max(found, key=lambda f: f.end - f.start)
    return m.platform, m.value, text[m.start : m.end]


@pytest.mark.parametrize(
    ("text", "platform", "value", "span"),
    [
        ("add me live:.cid.123abc thanks", "skype", "live:.cid.123abc", "live:.cid.123abc"),
        # spaced round the colon with no cue, the id shaped like one
        ("my id is live : jo_1", "skype", "live:jo_1", "live : jo_1"),
        ("add me: live : sam.dev93", "skype", "live:sam.dev93", "live : sam.dev93"),
        ("skype live:john_1", "skype", "live:john_1", "skype live:john_1"),
        ("skype: john.doe", "skype", "john.doe", "skype: john.doe"),
        ("my skype id is john_doe", "skype", "john_doe", "skype id is john_doe"),
        ("Skype ID: JohnDoe", "skype", "johndoe", "Skype ID: JohnDoe"),
        ("t.me/johnny", "telegram", "johnny", "t.me/johnny"),
        ("join https://telegram.me/johnny_b.", "telegram", "johnny_b", "https://telegram.me/johnny_b"),
        ("telegram @johnny", "telegram", "johnny", "telegram @johnny"),
        ("ping @jd_99 on telegram", "telegram", "jd_99", "@jd_99 on telegram"),
        ("wa.me/15551234567", "whatsapp", "15551234567", "wa.me/15551234567"),
        (
            "https://chat.whatsapp.com/AbCdEfGhIjKlMn",
            "whatsapp",
            "AbCdEfGhIjKlMn",
            "https://chat.whatsapp.com/AbCdEfGhIjKlMn",
        ),
        (
            "https://api.whatsapp.com/send?phone=15551234567&text=hi",
            "whatsapp",
            "15551234567",
            "https://api.whatsapp.com/send?phone=15551234567&text=hi",
        ),
        ("I'm john#1234", "discord", "john#1234", "john#1234"),
        ("discord.gg/AbCd12", "discord", "AbCd12", "discord.gg/AbCd12"),
        (
            "discord.com/users/123456789012345678",
            "discord",
            "123456789012345678",
            "discord.com/users/123456789012345678",
        ),
        ("discord: john.doe", "discord", "john.doe", "discord: john.doe"),
        ("my discord username is johnny", "discord", "johnny", "discord username is johnny"),
        ("wechat id: xyz_123", "wechat", "xyz_123", "wechat id: xyz_123"),
        ("WeChat: wxid_abc", "wechat", "wxid_abc", "WeChat: wxid_abc"),
        ("weixin: abc123", "wechat", "abc123", "weixin: abc123"),
        ("signal: @jd", "signal", "jd", "signal: @jd"),
        ("signal.me/#p/+15551234567", "signal", "+15551234567", "signal.me/#p/+15551234567"),
        ("viber://chat?number=%2B15551234567", "viber", "15551234567", "viber://chat?number=%2B15551234567"),
        ("instagram.com/jane.doe", "instagram", "jane.doe", "instagram.com/jane.doe"),
        ("IG: @jane", "instagram", "jane", "IG: @jane"),
        ("insta @jane", "instagram", "jane", "insta @jane"),
        ("facebook.com/john.doe", "facebook", "john.doe", "facebook.com/john.doe"),
        ("fb.com/john", "facebook", "john", "fb.com/john"),
        ("m.me/john", "facebook", "john", "m.me/john"),
        ("fb.me/john", "facebook", "john", "fb.me/john"),
        ("twitter.com/jack", "twitter", "jack", "twitter.com/jack"),
        ("x.com/jack", "twitter", "jack", "x.com/jack"),
        ("twitter @jack", "twitter", "jack", "twitter @jack"),
        ("linkedin.com/in/john-doe-123", "linkedin", "john-doe-123", "linkedin.com/in/john-doe-123"),
        ("www.linkedin.com/company/acme", "linkedin", "acme", "www.linkedin.com/company/acme"),
        ("calendly.com/jane/30min", "calendly", "jane", "calendly.com/jane/30min"),
        ("zoom.us/j/123456789", "zoom", "123456789", "zoom.us/j/123456789"),
        ("zoom.us/my/jane", "zoom", "jane", "zoom.us/my/jane"),
        (
            "https://us02web.zoom.us/j/85412345678?pwd=abc",
            "zoom",
            "85412345678",
            "https://us02web.zoom.us/j/85412345678?pwd=abc",
        ),
        ("zoom meeting id: 854 1234 5678", "zoom", "85412345678", "zoom meeting id: 854 1234 5678"),
        ("meet.google.com/abc-defg-hij", "google_meet", "abc-defg-hij", "meet.google.com/abc-defg-hij"),
        # a cued Discord name keeps its tag number; a cue before a link leaves the link to the link reading
        ("Discord: meigarcia#4857", "discord", "meigarcia#4857", "Discord: meigarcia#4857"),
        ("Reach me: Discord kwame_nowak#7068", "discord", "kwame_nowak#7068", "Discord kwame_nowak#7068"),
        ("Discord is lucia79#5447. Thanks", "discord", "lucia79#5447", "Discord is lucia79#5447"),
        ("Telegram: t.me/sokafor", "telegram", "sokafor", "t.me/sokafor"),
        ("Instagram - https://www.instagram.com/ykhan", "instagram", "ykhan", "https://www.instagram.com/ykhan"),
        ("Facebook: facebook.com/ana.d", "facebook", "ana.d", "facebook.com/ana.d"),
        # an id before "is <platform>", with a chat word after the cue
        ("ok noted. bilal_haddad71 is WeChat ID btw", "wechat", "bilal_haddad71", "bilal_haddad71 is WeChat"),
        # a weak cue (an abbreviation) after a contact verb, or before a word that names an id
        ("write me on tg, nick is jlopez_dev", "telegram", "jlopez_dev", "tg, nick is jlopez_dev"),
        ("write me on tg, nick is jlopez", "telegram", "jlopez", "tg, nick is jlopez"),
        ("hmu on snap jenny_l88", "snapchat", "jenny_l88", "snap jenny_l88"),
        ("hit me up on sc jenny_l88", "snapchat", "jenny_l88", "sc jenny_l88"),
        ("add me on insta jenny.designs", "instagram", "jenny.designs", "insta jenny.designs"),
        ("my tg nick is jlopez_dev", "telegram", "jlopez_dev", "tg nick is jlopez_dev"),
        ("TG username jenny_lopez", "telegram", "jenny_lopez", "TG username jenny_lopez"),
        ("ig, username: jenny.designs", "instagram", "jenny.designs", "ig, username: jenny.designs"),
        ("dm me on ig: jenny.designs", "instagram", "jenny.designs", "ig: jenny.designs"),
        ("find me on dc: jenny#4821", "discord", "jenny#4821", "dc: jenny#4821"),
        ("find me on li jenny-lopez", "linkedin", "jenny-lopez", "li jenny-lopez"),
        ("my fb is jenny.lopez.77", "facebook", "jenny.lopez.77", "fb is jenny.lopez.77"),
        # a weak cue said as a verb ("signal me"), then a word that names an id
        ("signal me, username sam.01", "signal", "sam.01", "signal me, username sam.01"),
        ("Signal me - user: sam_77", "signal", "sam_77", "Signal me - user: sam_77"),
        ("signal me, my username is samdev", "signal", "samdev", "signal me, my username is samdev"),
        ("line me, id kenji.88", "line", "kenji.88", "line me, id kenji.88"),
        ("signal me. username sam.01", "signal", "sam.01", "signal me. username sam.01"),
        # a platform's name written in two words
        ("add me on snap chat: kyle_skates22", "snapchat", "kyle_skates22", "snap chat: kyle_skates22"),
        (
            "find me on tele gram, username is pixel_queen",
            "telegram",
            "pixel_queen",
            "tele gram, username is pixel_queen",
        ),
    ],
)
def test_positive_forms(text: str, platform: str, value: str, span: str) -> None:
    assert best(text) == (platform, value, span)


@pytest.mark.parametrize(
    ("text", "platform", "value", "span"),
    [
        # the writer naming themself between a cue and the id, or before an id and a cue
        ("on Discord I'm lena_builds", "discord", "lena_builds", "Discord I'm lena_builds"),
        ("find me on telegram as samdev", "telegram", "samdev", "telegram as samdev"),
        ("I'm under kimcreates on instagram", "instagram", "kimcreates", "kimcreates on instagram"),
        # platforms with their own notation or links
        ("mastodon: @lena@fosstodon.org", "mastodon", "lena@fosstodon.org", "mastodon: @lena@fosstodon.org"),
        ("my threads is kim.creates", "threads", "kim.creates", "threads is kim.creates"),
        ("keybase.io/samdevpro", "keybase", "samdevpro", "keybase.io/samdevpro"),
        ("whatsapp.com/channel/0029VaK3xYzAbC", "whatsapp", "0029VaK3xYzAbC", "whatsapp.com/channel/0029VaK3xYzAbC"),
        ("05" + "3f9a1c7e2b4d6f80" * 4 + " on session", "session", "05" + "3f9a1c7e2b4d6f80" * 4, None),
    ],
)
def test_self_naming_and_newer_platforms(text: str, platform: str, value: str, span: str | None) -> None:
    found = best(text)
    assert found[:2] == (platform, value)
    assert span is None or found[2] == span


@pytest.mark.parametrize(
    "text",
    [
        "tag @nike in the caption",
        "our client @casalupita.tx wants reels",
        "please tag @casalupita.tx and @nike in every post",
        "we need reels like @garyvee and @mrbeast",
        "I'm active on insta",
        "I'm sometimes on discord",
        "find me on telegram as well",
        "I work on discord as freelancer",
        "email me @lena@gmail.com",
    ],
)
def test_third_parties_and_states_are_no_handles(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I'm a LinkedIn ads expert",
        "WhatsApp Business API integration",
        "Telegram bot developer",
        "Discord server moderation experience",
        "I built a Skype clone",
        "Instagram marketing",
        "follow the twitter api docs",
        "@ 5pm",
        "email me @ the office",
        "@Override\npublic void run()",
        "@media screen and (max-width: 600px)",
        "@app.route('/')",
        "@app.route",
        "@font-face { }",
        "fixed issue#1234 and PR#5678",
        "jo@example.com",
        "good night, sign the big form",
        "Skype: works fine",
        "Skype or Zoom call tomorrow?",
        "telegram is blocked here",
        "instagram.com/p/abc123",
        "facebook.com/groups/foo",
        "we can talk on zoom at 5",
        "online lines and insta-ready signals",
        "@gmail.com",  # the domain half of an address, not an account
        "is @outlook.com down for you too?",
        "@Yahoo.co.uk",
        "my @gmail stopped syncing",  # a provider, not someone's account
        # abbreviations without a contact verb or an id word are words, course codes or skills
        "ig stories templates",
        "fb ads campaign",
        "tg channel growth is my skill",
        "Wa na po ako sa bahay, add me later",
        "SC 101 final exam id 2024",
        "<li>Skills: node_js</li>",
        "<li>jenny_dev: lead</li>",
        "add me on fb for updates",
        "dm me on ig anytime",
        "my ig stories are my best templates",
        "my sc 101 grades came in",
        # an id word heading a noun phrase: the word after it goes on, it is no id
        "telegram username changes are easy",
        "Need a Telegram ID checker bot",
        "instagram handle suggestions for a bakery",
        "discord username availability and pricing",
        "Skype name changes take a day",
        "we go live : tomorrow at 5 pm",
        "the feature is live: v1.2.3 now",
        "signal me when you're done, username field is in settings",
        "signal me, user experience matters",
        "signal me, username changes later",
        "line me up, id say the 5th",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("telegram username jenny", "jenny"),
        ("skype id johnsmith or whatsapp", "johnsmith"),
        ("telegram username jenny and call me", "jenny"),
        ("my telegram username jenny please", "jenny"),
        ("telegram id samdev_pro for the group", "samdev_pro"),
    ],
)
def test_an_id_after_an_id_word_ends_its_clause_or_goes_on_as_chat(text: str, value: str) -> None:
    assert [m.value for m in handles(text)] == [value]


# The cue's clause ends, and the next one names the id: a possessive or article and an id word, or "it's".
@pytest.mark.parametrize(
    ("text", "platform", "value", "span"),
    [
        ("hit me on insta, the id is rohit_fitness", "instagram", "rohit_fitness", "insta, the id is rohit_fitness"),
        ("message me on telegram. username: quick_dev", "telegram", "quick_dev", "telegram. username: quick_dev"),
        ("add me on snap, it's kayla.m22", "snapchat", "kayla.m22", "snap, it's kayla.m22"),
        (
            "escríbeme por telegram, mi usuario es quick_dev",
            "telegram",
            "quick_dev",
            "telegram, mi usuario es quick_dev",
        ),
        ("me chama no insta, meu usuário é rohit.fit", "instagram", "rohit.fit", "insta, meu usuário é rohit.fit"),
        ("écris-moi sur telegram, mon pseudo : quick_dev", "telegram", "quick_dev", "telegram, mon pseudo : quick_dev"),
        (
            "auf telegram, mein Benutzername ist quick_dev",
            "telegram",
            "quick_dev",
            "telegram, mein Benutzername ist quick_dev",
        ),
        ("find me on tg, name is shadow_99", "telegram", "shadow_99", "tg, name is shadow_99"),
        ("message me on telegram. username: @quickfix", "telegram", "quickfix", "telegram. username: @quickfix"),
        ("add me on telegram, my username is quickfix", "telegram", "quickfix", "telegram, my username is quickfix"),
        # informal: "its" for "it's", a question answered at once
        ("add me on insta its kim.creates", "instagram", "kim.creates", "insta its kim.creates"),
        ("my insta? kim.creates", "instagram", "kim.creates", "insta? kim.creates"),
        ("my tg it is kim_designs", "telegram", "kim_designs", "tg it is kim_designs"),
    ],
)
def test_an_id_named_in_the_clause_after_the_cue(text: str, platform: str, value: str, span: str) -> None:
    assert best(text) == (platform, value, span)


@pytest.mark.parametrize(
    "text",
    [
        "our team uses telegram, the name is misleading",
        "I like instagram, the user base is huge",
        "for telegram, the id is generated automatically",
        "we use telegram. User feedback was great",
        "we chose telegram, it's faster than email",
        "I built a bot on telegram, it is fast and cheap",
        "I post on instagram; the account grew 20% last month",
        "we launched on instagram. The account has 10k followers",
        "I use telegram. Name your price",
        "add me on insta its free",
        "whats your insta? i want to follow",
        "telegram? sure, its okay",
        "Add me on telegram, my username is below",  # pointing at the id, not the id
        "my skype id is attached",
    ],
)
def test_prose_in_the_clause_after_a_cue_is_no_id(text: str) -> None:
    assert handles(text) == []


# A platform's short name right before an id, with no "@", contact verb or id word: the token after it must be
# an id no word or skill name is (dot, underscore or digit inside), or one long coined word ending its clause.
@pytest.mark.parametrize(
    ("text", "platform", "value", "span"),
    [
        ("IG jenny.designs", "instagram", "jenny.designs", "IG jenny.designs"),
        ("insta - jenny.designs", "instagram", "jenny.designs", "insta - jenny.designs"),
        ("Insta jenny_designs for the portfolio", "instagram", "jenny_designs", "Insta jenny_designs"),
        ("IG » jenny.designs", "instagram", "jenny.designs", "IG » jenny.designs"),
        ("tg samdev_pro", "telegram", "samdev_pro", "tg samdev_pro"),
        ("TELE samdev_pro", "telegram", "samdev_pro", "TELE samdev_pro"),
        ("snap - samdev22", "snapchat", "samdev22", "snap - samdev22"),
        ("fb Sam.Devlin.Designs", "facebook", "sam.devlin.designs", "fb Sam.Devlin.Designs"),
        ("fb sam.devlin.22", "facebook", "sam.devlin.22", "fb sam.devlin.22"),
        ("dc samdev_22", "discord", "samdev_22", "dc samdev_22"),
        ("wx samdev_88", "wechat", "samdev_88", "wx samdev_88"),
        ("Contact: IG jenny.designs / TG samdev_pro", "instagram", "jenny.designs", "IG jenny.designs"),
        ("tele: samdevpro", "telegram", "samdevpro", "tele: samdevpro"),
        ("IG: jennydesigns, dm me", "instagram", "jennydesigns", "IG: jennydesigns"),
        ("twitter/x: samdev_22", "twitter", "samdev_22", "twitter/x: samdev_22"),
        ("X / Twitter - samdev_22", "twitter", "samdev_22", "X / Twitter - samdev_22"),
        ("twitter (x): samdev22", "twitter", "samdev22", "twitter (x): samdev22"),
        ("insta 👉 jenny.designs", "instagram", "jenny.designs", "insta 👉 jenny.designs"),
        ("ig (jenny.designs)", "instagram", "jenny.designs", "ig (jenny.designs"),
        ("IG jenny dot designs", "instagram", "jenny.designs", "IG jenny dot designs"),
        ("tg samdev underscore pro", "telegram", "samdev_pro", "tg samdev underscore pro"),
        ("ig jenny . designs", "instagram", "jenny.designs", "ig jenny . designs"),
        ("fb/ig: jenny.designs", "instagram", "jenny.designs", "ig: jenny.designs"),
        ("skype/telegram: samdev_pro", "telegram", "samdev_pro", "telegram: samdev_pro"),
    ],
)
def test_short_names_before_a_distinct_id(text: str, platform: str, value: str, span: str) -> None:
    assert best(text) == (platform, value, span)


@pytest.mark.parametrize(
    "text",
    [
        "fb ads manager",
        "fb - ads_manager",
        "fb ads_manager setup",
        "ig reels",
        "ig reels_2024 campaign",
        "insta stories",
        "tg bot",
        "tg bot developer",
        "ig marketing",
        "IG growth strategy",
        "IG: growth tips for you",
        "snap filters",
        "I manage FB and IG pages for clients",
        "the IG algorithm changed",
        "FB: done, IG: pending",
        "insta: beautiful",
        "tele: television",
        "ig v1.2 update",
        "IG 100k followers",
        "fb 2fa codes",
        "ig e-commerce store",
        "post to ig node.js tips",
        "tg bot.py script",
        "fb me.com",
        "signal strength_db is low",
        "line 42: error in main.py",
        "element .container is hidden",
        "matrix A_ij",
        "snap install node",
        "IG 👉 growth tips",
        "ig (reels and stories)",
        "IG posts . Then we grow",
        "ig growth . strategy . reels",
        "FB/IG: marketing",
        "ig top10 posts",
        "fb week12 report",
        "ig carousel1 and carousel2",
    ],
)
def test_short_names_before_words_are_no_cue(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Please use the @mention feature",
        "type @here to notify the channel",
        "tag @everyone in the thread",
        "use @channel for urgent things",
        "you can @mention me in the doc",
        "I'll @mention the team lead",
        "click the @reply button under the post",
        "the @ping command wakes the bot",
        "just @someone who knows the answer",
        # a language's constructs and operators
        "wrap the view in a @login_required decorator",
        "keep the @Override annotation on each method",
        "y = (x**2)@W_out before the softmax",
    ],
)
def test_chat_mention_features_are_no_handle(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dm me @samdev99", "samdev99"),
        ("mention @jane_designs for the files", "jane_designs"),
        ("hi @mentor_kay", "mentor_kay"),
    ],
)
def test_bare_at_names_next_to_mention_words_stay_handles(text: str, value: str) -> None:
    assert [m.value for m in handles(text)] == [value]


def test_bare_at_is_low_confidence_without_platform() -> None:
    [m] = handles("hi @johnny, see you")
    assert (m.platform, m.value, m.rule) == (None, "johnny", "handles.at_mention")
    assert m.confidence == BARE_AT_CONFIDENCE <= 0.6


def test_link_handle_wins_over_url_in_resolve() -> None:
    text = "message me at https://t.me/johnny?start=1 please"
    view = View.identity(text)
    found = [
        Finding(m.kind, m.platform, m.value, m.start, m.end, text[m.start : m.end], m.rule, m.confidence)
        for d in (UrlDetector(), HandleDetector())
        for m in d.detect(view, Context())
    ]
    [winner] = resolve(found)
    assert (winner.kind, winner.platform, winner.value) == (Kind.HANDLE, "telegram", "johnny")
    assert winner.text == "https://t.me/johnny?start=1"


@pytest.mark.parametrize(
    "text",
    [
        "s\u212aype: jo_doe",
        "ig: @jo.d",
        "SIGNAL: @jd",
        "add me on telegram @jodoe",
        "jo_doe on skype",
        "discord jo#1234",
        "live:jo.doe",
        "T.ME/JODOE",
        "zoom meeting id 123 456 7890",
        "ping @jo_doe",
        "insta id = jo.3",
        "write me on TG, nick is jo_d",
        "HMU ON SNAP jo_l88",
        "find me on li jo-doe",
        "IG jo.designs",
        "TG - SAMDEV_PRO",
        "tele: samdevpro",
        "Twitter/X: jo_22",
    ],
)
def test_triggers_never_hide_a_reading(text: str) -> None:
    assert_triggers_hide_nothing(HandleDetector(), text, Context())


# Ids disguised after a cue with spoken or spaced separators: (text, platform, value, span) on the raw text.
@pytest.mark.parametrize(
    ("text", "platform", "value", "span"),
    [
        ("my insta is jenny underscore designs", "instagram", "jenny_designs", "insta is jenny underscore designs"),
        ("my tg is jlopez underscore dev", "telegram", "jlopez_dev", "tg is jlopez underscore dev"),
        ("IG: jenny . designs", "instagram", "jenny.designs", "IG: jenny . designs"),
        ("instagram: jenny _ designs", "instagram", "jenny_designs", "instagram: jenny _ designs"),
        ("find me on instagram as @ jenny.designs", "instagram", "jenny.designs", "instagram as @ jenny.designs"),
        ("skype: live : jenny_88", "skype", "live:jenny_88", "skype: live : jenny_88"),
        ("skype: live colon jenny_88", "skype", "live:jenny_88", "skype: live colon jenny_88"),
        ("skype: jenny dot lopez dot 88", "skype", "jenny.lopez.88", "skype: jenny dot lopez dot 88"),
        ("telegram: t . me / jennylopez", "telegram", "jennylopez", "telegram: t . me / jennylopez"),
        ("discord: jenny # 4821", "discord", "jenny#4821", "discord: jenny # 4821"),
        ("discord jenny hash 4821", "discord", "jenny#4821", "discord jenny hash 4821"),
        (
            "facebook: facebook dot com slash jenny dot lopez",
            "facebook",
            "jenny.lopez",
            "facebook: facebook dot com slash jenny dot lopez",
        ),
        (
            "linkedin dot com slash in slash jenny-lopez",
            "linkedin",
            "jenny-lopez",
            "linkedin dot com slash in slash jenny-lopez",
        ),
        (
            "mi instagram es jenny guion bajo designs",
            "instagram",
            "jenny_designs",
            "instagram es jenny guion bajo designs",
        ),
        ("telegram: jenny unterstrich lopez", "telegram", "jenny_lopez", "telegram: jenny unterstrich lopez"),
        ("snap: jenny dash l88", "snapchat", "jenny-l88", "snap: jenny dash l88"),
        (
            "mon insta c'est jenny tiret bas designs",
            "instagram",
            "jenny_designs",
            "insta c'est jenny tiret bas designs",
        ),
        (
            "mein insta ist jenny unterstrich designs",
            "instagram",
            "jenny_designs",
            "insta ist jenny unterstrich designs",
        ),
        ("discord: jenny #4821", "discord", "jenny#4821", "discord: jenny #4821"),
        ("mera insta jenny underscore designs hai", "instagram", "jenny_designs", "insta jenny underscore designs"),
        # an id before its cue, read back from the cue
        (
            "jenny underscore designs on instagram",
            "instagram",
            "jenny_designs",
            "jenny underscore designs on instagram",
        ),
        ("add jenny dot lopez dot 88 on skype", "skype", "jenny.lopez.88", "jenny dot lopez dot 88 on skype"),
        ("hi, jenny . designs on telegram", "telegram", "jenny.designs", "jenny . designs on telegram"),
        ("snapchat → jenny_l88", "snapchat", "jenny_l88", "snapchat → jenny_l88"),
        ("insta ➡️ jenny.designs", "instagram", "jenny.designs", "insta ➡️ jenny.designs"),
        ("tg >> @jlopez", "telegram", "jlopez", "tg >> @jlopez"),
        # platforms with their own id shapes
        ("my kik is jennyl88", "kik", "jennyl88", "kik is jennyl88"),
        ("threema id: ABCD1234", "threema", "abcd1234", "threema id: ABCD1234"),
        ("session id 05" + "ab12" * 16, "session", "05" + "ab12" * 16, "session id 05" + "ab12" * 16),
        ("matrix: @jenny:matrix.org", "matrix", "jenny:matrix.org", "matrix: @jenny:matrix.org"),
        ("kakao id jenny88", "kakaotalk", "jenny88", "kakao id jenny88"),
        # a clause naming the id after the cue: "my id is", ", my username is"
        (
            "skype me — my id is sarah dot connor dot 77",
            "skype",
            "sarah.connor.77",
            "skype me — my id is sarah dot connor dot 77",
        ),
        (
            "ping me on skype, my username is mark_lee_dev",
            "skype",
            "mark_lee_dev",
            "skype, my username is mark_lee_dev",
        ),
        ("hmu on discord my tag is voidwalker_9", "discord", "voidwalker_9", "discord my tag is voidwalker_9"),
    ],
)
def test_disguised_ids(text: str, platform: str, value: str, span: str) -> None:
    assert best(text) == (platform, value, span)


@pytest.mark.parametrize(
    "text",
    [
        "my insta is growing fast",
        "IG: stories . reels . posts",
        "IG: photos . videos . memes",  # words split by spaced dots more than once: a list
        "Discord # general channel",
        "discord: we use # channels for each topic",
        "skype: live : tomorrow at 5",
        "telegram: t . me links are blocked",
        "the facebook dot com slash pages feature",
        "my insta is under construction",
        "the matrix: reloaded",
        "session id expired, please log in again",
        "threema is more private than whatsapp",
        "threema id: ABCDEFGHIJ",  # ten characters: not a Threema id
        "kik is a dead app",
        "I keep missing your texts and facebook messages. Sup, you in town?",  # a sentence ends after the cue
        "mein insta ist gerade kaputt",
        "I love dash designs on instagram",  # "dash" is an everyday word: read only after a cue
        "stories . reels . posts on instagram",
        "telegram -> whatsapp, same thing",
        "telegram > whatsapp for privacy",
        "I built a telegram bot, my friend helped",
        "I do discord server setup, my rates are low",
        "skype my boss is busy",
        "I love instagram there is so much inspiration",
        "I use skype, my name is John and I'm a designer",
        "the tele gram api is slow",
        "snap chat filters design for my brand",
    ],
)
def test_disguised_id_negatives(text: str) -> None:
    assert [m for m in handles(text) if m.platform is not None] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("skype: live : sam.dev.93", "live:sam.dev.93"),  # a typed "." after the spaced ":" is the id's own
        ("tg — @ s.a.m.d.e.v", "samdev"),  # spelled one letter at a time: the letters joined
        ("telegram: @ j.o.h.n.n.y", "johnny"),
        ("tg: s-a-m-d-e-v", "samdev"),
        ("ig — @ m.i.a.s.t.u.d.i.o", "miastudio"),
        ("insta: sam.d.e.v", "sam.d.e.v"),  # a word among the letters: kept as typed
        ("telegram: @k_i_r_a", "k_i_r_a"),  # "_" is an id's own character
    ],
)
def test_a_disguised_id_reads_as_the_id_meant(text: str, value: str) -> None:
    assert best(text)[1] == value


def test_a_spaced_dot_before_a_word_still_ends_the_id() -> None:
    assert best("skype: live : sam . dev")[1] == "live:sam"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mera insta id hai: rahul.codes", "rahul.codes"),
        ("skype id: rahul_codes hai", "rahul_codes"),
        ("mera telegram hai @rahul_codes", "rahul_codes"),
        ("skype id hai kya?", None),  # "is there a skype id?": hai and kya are no id
        ("aapka skype id kya hai", None),
        ("skype id bhejo", None),
        ("telegram id milega kya?", None),
        ("skype id chahiye", None),
        ("ig mo ba?", None),
    ],
)
def test_hinglish_and_tagalog_words_after_a_cue_are_no_id(text: str, value: str | None) -> None:
    scanner = Scanner()
    found = [f.value for f in scanner.scan(text, Context("message", "pre_contract")).findings if f.kind is Kind.HANDLE]
    assert found == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "platform", "value", "span"),
    [
        # a platform's own notation for an account: Reddit's "u/name", a Bluesky sub-domain
        ("reddit u/samdev93", "reddit", "samdev93", "u/samdev93"),
        ("dm me on reddit: /u/sam_dev", "reddit", "sam_dev", "/u/sam_dev"),
        ("u/jenny-lopez on reddit, dm me", "reddit", "jenny-lopez", "u/jenny-lopez"),
        ("find me on bluesky: samdev.bsky.social", "bluesky", "samdev.bsky.social", "bluesky: samdev.bsky.social"),
        ("jenny-lopez.bsky.social", "bluesky", "jenny-lopez.bsky.social", "jenny-lopez.bsky.social"),
        # platforms with their own links and cues
        ("twitch.tv/samdevlive", "twitch", "samdevlive", "twitch.tv/samdevlive"),
        ("tiktok.com/@sam.designs", "tiktok", "sam.designs", "tiktok.com/@sam.designs"),
        ("reddit.com/user/samdev93", "reddit", "samdev93", "reddit.com/user/samdev93"),
        ("twitch: samdevlive", "twitch", "samdevlive", "twitch: samdevlive"),
        # app deep links
        ("tg://resolve?domain=samdev", "telegram", "samdev", "tg://resolve?domain=samdev"),
        ("tg://msg?to=+447911123456", "telegram", "447911123456", "tg://msg?to=+447911123456"),
        ("skype:samdev?chat", "skype", "samdev", "skype:samdev?chat"),
        ("skype:live:samdev?call now", "skype", "live:samdev", "skype:live:samdev?call"),
        ("tg://resolve?phone=447911123456", "telegram", "447911123456", "tg://resolve?phone=447911123456"),
        ("whatsapp://send?phone=447911123456", "whatsapp", "447911123456", "whatsapp://send?phone=447911123456"),
        # the writer's own account named with a copula: one coined word ending the clause is the id
        ("my twitch is samdevlive", "twitch", "samdevlive", "twitch is samdevlive"),
        ("my telegram is jennylopezart.", "telegram", "jennylopezart", "telegram is jennylopezart"),
        ("mi telegram es samdevlive", "telegram", "samdevlive", "telegram es samdevlive"),
    ],
)
def test_platform_notations_and_owned_accounts(text: str, platform: str, value: str, span: str) -> None:
    assert best(text) == (platform, value, span)


@pytest.mark.parametrize(
    "text",
    [
        "the u/s of the rotor needs checking",
        "coffee w/o sugar",
        "r/webdev has good threads on this",
        "I browse r/ programming sometimes",
        "open menu/settings then you/your",
        "see docs/u/readme",
        "my twitch is slow today",
        "my twitch is inactive",
        "my telegram is everything",
        "my telegram is blocked",
        "my snapchat is deactivated",
        "my eye twitch is annoying",
        "the twitch stream is streaming now",
        "I'm on bluesky too, love it",
        "reddit is full of tips for this",
        # everyday words that no glued name explains ("some" + "where" is no name + "where")
        "my discord is somewhere",
        "my skype is hopeless",
        "my whatsapp is anybody's guess",
    ],
)
def test_platform_notation_negatives(text: str) -> None:
    assert handles(text) == []


def test_account_host_keeps_every_label_and_the_at_sign() -> None:
    assert best("kofi.builds.bsky.social is where I post") == (
        "bluesky",
        "kofi.builds.bsky.social",
        "kofi.builds.bsky.social",
    )
    assert best("@sam.bsky.social") == ("bluesky", "sam.bsky.social", "@sam.bsky.social")
    assert handles("jo@sam.bsky.social") == []  # an address: the email detector has it


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("signal us, handle: sam.01", "sam.01"),
        ("kik us, username = party_time22", "party_time22"),
        ("wechat: search for id lily_88", "lily_88"),
        ("line: search id tom_0909", "tom_0909"),
        ("the telegram username jenny", "jenny"),
    ],
)
def test_an_id_named_after_a_collective_cue_or_an_app_search_is_read(text: str, value: str) -> None:
    assert best(text)[1] == value


@pytest.mark.parametrize(
    "text",
    [
        "build a telegram username generator",
        "Build a Telegram username generator",
        "design a discord handle checker",
        "wechat: search for restaurants nearby",
        "signal us, handle the rest",
    ],
)
def test_a_platform_id_word_after_an_indefinite_article_or_a_search_for_things_is_no_handle(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("whatsapp username: shop_lagos", "shop_lagos"),
        ("my whatsapp id is kim.creates22", "kim.creates22"),
        ("Viber username: ana_designs_ph", "ana_designs_ph"),
        ("whatsapp username: shoplagosng", "shoplagosng"),
    ],
)
def test_a_phone_platform_takes_an_id_named_as_an_account(text: str, value: str) -> None:
    assert [m.value for m in handles(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "whatsapp id: 03001234567",  # the phone detector's
        "whatsapp name: John",
        "my whatsapp account got hacked",
        "whatsapp user base is huge",
        "I build whatsapp business api bots",
    ],
)
def test_a_phone_platform_without_a_named_id_shaped_account_gives_no_handle(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize("text", ["my telegram account banned", "telegram username availability"])
def test_a_word_saying_how_an_account_is_is_no_id(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("ig ko kim.creates", "kim.creates"), ("tg ko po ay ana_designs", "ana_designs"), ("snap ko is jun_22", "jun_22")],
)
def test_tagalog_ko_after_a_short_name_makes_it_the_writers_platform(text: str, value: str) -> None:
    assert [m.value for m in handles(text)] == [value]


@pytest.mark.parametrize("text", ["ig ko ba?", "insta ko follow karo", "signal ko mahina dito"])
def test_tagalog_ko_before_a_word_gives_no_handle(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    ("text", "accepted"),
    [("snapchat👻 kimcreates22", True), ("telegram ✈️ kim_creates", True), ("instagram 📸 daily posts", False)],
)
def test_an_emoji_between_cue_and_id_needs_an_id_shape(text: str, accepted: bool) -> None:
    assert bool(handles(text)) is accepted


@pytest.mark.parametrize(
    ("text", "platform", "value", "span"),
    [
        ("скайп: john.smith88", "skype", "john.smith88", "скайп: john.smith88"),
        ("سناب: kim_c88", "snapchat", "kim_c88", "سناب: kim_c88"),
        ("카톡 아이디는 kimc88 입니다", "kakaotalk", "kimc88", "카톡 아이디는 kimc88"),
        ("我的微信号是kimc_88", "wechat", "kimc_88", "微信号是kimc_88"),
        ("加我微信 kimc88", "wechat", "kimc88", "微信 kimc88"),
        ("我的ins是kim.creates", "instagram", "kim.creates", "ins是kim.creates"),
    ],
)
def test_a_platform_named_in_another_script_or_glued_to_one_takes_its_id(
    text: str, platform: str, value: str, span: str
) -> None:
    assert best(text) == (platform, value, span)


@pytest.mark.parametrize(
    "text",
    ["Делаю боты в телеграме, интеграция с API", "Цена 5000 тг, доставка 2 дня", "微信小程序开发，微信支付对接"],
)
def test_a_platform_named_in_another_script_without_an_id_gives_no_handle(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    ("text", "platform", "value", "span"),
    [
        ("kim.creates on insta", "instagram", "kim.creates", "kim.creates on insta"),
        ("johnsmith88 (skype) works", "skype", "johnsmith88", "johnsmith88 (skype)"),
        ("meet code abc-defg-hij", "google_meet", "abc-defg-hij", "meet code abc-defg-hij"),
        ("join zoom 81234567890 pwd 1234", "zoom", "81234567890", "zoom 81234567890"),
    ],
)
def test_an_id_before_a_short_name_or_in_a_meetings_own_shape(text: str, platform: str, value: str, span: str) -> None:
    assert best(text) == (platform, value, span)


@pytest.mark.parametrize(
    "text",
    [
        "v2.0 on ig looks better",
        "see main.py (discord bot)",
        "ig: 120k followers, tiktok: 1.2m",
        "npm install @angular/core @types/node",
        "ran it with @tiktok and @instagram",
        "the meeting code review went well",
    ],
)
def test_counts_package_scopes_platform_accounts_and_words_give_no_handle(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("snapchat: mary_jane _90", "[handle removed]"),
        ("telegram: mary_ jane_90 pls", "[handle removed] pls"),
        ("add me on skype: maryjane _ 90", "add me on [handle removed]"),
    ],
)
def test_an_underscore_spaced_on_one_side_stays_inside_the_id(text: str, redacted: str) -> None:
    assert Scanner().scan(text, Context("message", "pre_contract")).redacted == redacted


def test_an_underscore_between_code_words_after_no_cue_is_no_handle() -> None:
    assert handles("the function mary_jane _init is deprecated") == []


@pytest.mark.parametrize(
    ("text", "platform", "value"),
    [
        ("find me on telegram as samdev", "telegram", "samdev"),
        ("I am on telegram as samdev, ping me", "telegram", "samdev"),
        ("búscame en insta como samdesigns", "instagram", "samdesigns"),
    ],
)
def test_the_name_a_contact_verb_finds_the_sender_by(text: str, platform: str, value: str) -> None:
    assert best(text)[:2] == (platform, value)


@pytest.mark.parametrize(
    "text",
    ["we use telegram as our main channel", "my insta is under construction", "add me on discord as well"],
)
def test_as_after_no_contact_verb_or_in_a_phrase_names_no_account(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The bot username is @acme_orders_bot, you can test it once BotFather approves the name.",
        "We are analysing tweets mentioning @Starbucks and @McDonalds for the sentiment study.",
        "The influencer list: @charlidamelio, @khaby.lame and @mrbeast; we need their engagement rates.",
        "The competitor's TikTok @duolingo gets huge engagement; we can borrow the format.",
        "Competitors: @gymshark, @alphalete, @youngla. Compare their posting frequency.",
    ],
)
def test_a_bot_or_a_studied_account_is_the_work_not_a_contact(text: str) -> None:
    assert not [f for f in Scanner().scan(text, Context("message", "pre_contract")).findings if f.violation]


def test_an_account_of_ones_own_creator_is_still_a_contact() -> None:
    findings = Scanner().scan("our creator's IG @jane.designs, DM for collabs", Context("message", "pre_contract"))
    assert [f.value for f in findings.findings if f.violation] == ["jane.designs"]


@pytest.mark.parametrize(
    ("text", "platform", "value", "span"),
    [
        ("telegram: mary jane 90", "telegram", "maryjane90", "telegram: mary jane 90"),
        ("tg: john smith 88", "telegram", "johnsmith88", "tg: john smith 88"),
        ("snap: lily rose 02 or insta", "snapchat", "lilyrose02", "snap: lily rose 02"),
    ],
)
def test_an_id_spaced_into_words_and_its_number(text: str, platform: str, value: str, span: str) -> None:
    assert best(text) == (platform, value, span)


@pytest.mark.parametrize(
    "text", ["telegram: ping me at 10", "whatsapp: available after 17", "my telegram channel has 5000 subscribers"]
)
def test_words_and_a_number_after_a_cue_in_prose_are_no_id(text: str) -> None:
    assert not handles(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("linktree: kimcreates", "kimcreates"), ("find me on linktr.ee as kimcreates", "kimcreates")],
)
def test_a_link_in_bio_page_named_before_an_id_is_a_handle(text: str, value: str) -> None:
    findings = Scanner().scan(text, Context("message", "pre_contract")).findings
    assert [(f.platform, f.value) for f in findings] == [("linktree", value)]


@pytest.mark.parametrize("text", ["our linktree is outdated, can you redo it?", "Build a linktree alternative"])
def test_a_linktree_as_the_work_names_no_account(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("purple app: kim_creates", "kim_creates"),
        ("blue bird: @kimdraws", "kimdraws"),
        ("ghost app = kim.draws", "kim.draws"),
    ],
)
def test_an_app_named_by_its_icon_cues_the_id_after_it(text: str, value: str) -> None:
    assert [f.value for f in Scanner().scan(text).findings if f.kind is Kind.HANDLE] == [value]


@pytest.mark.parametrize("text", ["I designed the purple app: it was fun", "the blue bird: freedom"])
def test_an_app_named_by_its_icon_before_prose_names_no_id(text: str) -> None:
    assert not any(f.kind is Kind.HANDLE for f in Scanner().scan(text).findings)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my @ is kimdraws everywhere", "kimdraws"),
        ("my tag is kimdraws", "kimdraws"),
        ("our handle: studio.kimr", "studio.kimr"),
    ],
)
def test_the_writers_handle_named_with_no_platform_is_a_handle(text: str, value: str) -> None:
    assert [(m.platform, m.value) for m in handles(text)] == [(None, value)]


@pytest.mark.parametrize("text", ["my username is locked", "my handle is the same everywhere", "my tag is expensive"])
def test_a_handle_word_before_prose_names_no_handle(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    ("text", "platform", "value"),
    [
        ("find me on the purple app, kim_creates", "instagram", "kim_creates"),
        ("my handle on the bird site is kimdraws", "twitter", "kimdraws"),
        ("i'm kimdraws on the bird app", "twitter", "kimdraws"),
        ("kim.draws sur insta", "instagram", "kim.draws"),
        ("✨kim.draws✨ on insta", "instagram", "kim.draws"),
        ("my beacons: rafa.designs", "beacons", "rafa.designs"),
    ],
)
def test_an_id_with_an_app_nickname_another_language_or_emoji_is_a_handle(text: str, platform: str, value: str) -> None:
    assert [(m.platform, m.value) for m in handles(text)] == [(platform, value)]


@pytest.mark.parametrize(
    "text",
    [
        "I need a Telegram mini-app developer",
        "Discord server-side webhook setup",
        "skills: telegram, node.js, python",
        "retrouvez-moi sur linkedin",
        "our brand handle is @nike, please tag them",
    ],
)
def test_product_compounds_lists_and_brands_to_tag_are_no_handle(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    ("text", "platform", "value"),
    [
        ("botim: kimdraws22", "botim", "kimdraws22"),
        ("add me on imo: rahim_bd22", "imo", "rahim_bd22"),
        ("zalo: kim_draws88", "zalo", "kim_draws88"),
        ("my wire handle is kim_draws", "wire", "kim_draws"),
        ("MS Teams: jordan.lee_ux", "teams", "jordan.lee_ux"),
        ("📸kim.draws", "instagram", "kim.draws"),
        ("👻 kim_snaps22", "snapchat", "kim_snaps22"),
        ("kim.draws 👉 insta for daily sketches", "instagram", "kim.draws"),
        ("ping me @kimdraws:matrix.org", "matrix", "kimdraws:matrix.org"),
        ("bhai snap pe add karo kim_88", "snapchat", "kim_88"),
        ("telegram par msg kijiye rahul_k93", "telegram", "rahul_k93"),
    ],
)
def test_more_apps_icons_arrows_matrix_addresses_and_hinglish_requests_give_a_handle(
    text: str, platform: str, value: str
) -> None:
    assert [(m.platform, m.value) for m in handles(text)] == [(platform, value)]


@pytest.mark.parametrize(
    "text",
    [
        "build an Instagram real-time feed widget",
        "imo: node.js is better for this",
        "IMO: react_native wins for the mobile app",
        "my username is jennifer, I just joined",
        "our TikTok @duolingo-style campaign",
        "We post on TikTok 3x a week",
        "webhook_handler 👉 telegram bot",
        "📸 final_render_v2.png uploaded",
        "ping me @kim:10.30",
    ],
)
def test_compounds_opinions_logins_styles_counts_and_files_are_no_handle(text: str) -> None:
    assert [m for m in handles(text) if m.platform is not None or m.rule != "handles.at_mention"] == []
