"""URL detector: positive forms with exact spans and canonical values, and chat hard negatives."""

from __future__ import annotations

import pytest

from ringfence import Scanner
from ringfence.detectors.base import Match
from ringfence.detectors.url import UrlDetector
from ringfence.normalize.view import View
from ringfence.types import Context, Kind
from support import assert_triggers_hide_nothing


def urls(text: str) -> list[Match]:
    found = UrlDetector().detect(View.identity(text), Context())
    assert all(m.kind is Kind.URL for m in found)
    return found


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("see https://Example.COM/a/b?x=1 now", "https://Example.COM/a/b?x=1", "example.com/a/b?x=1"),
        ("go to http://example.org/page).", "http://example.org/page", "example.org/page"),
        (
            "wiki: https://en.wikipedia.org/wiki/Foo_(bar).",
            "https://en.wikipedia.org/wiki/Foo_(bar)",
            "en.wikipedia.org/wiki/Foo_(bar)",
        ),
        ("ftp://files.example.net/x.zip", "ftp://files.example.net/x.zip", "files.example.net/x.zip"),
        ("visit www.Example.co.uk, thanks", "www.Example.co.uk", "www.example.co.uk"),
        ("WWW.ASJESUS.COM read it", "WWW.ASJESUS.COM", "www.asjesus.com"),
        (
            "log in at http://95.141.32.7:81/default.aspx today",
            "http://95.141.32.7:81/default.aspx",
            "95.141.32.7:81/default.aspx",
        ),
        ("click http:// 103.208.86.96 to claim", "http:// 103.208.86.96", "103.208.86.96"),
        ("my site is mysite.com.", "mysite.com", "mysite.com"),
        ("Sent via WAY2SMS.COM", "WAY2SMS.COM", "way2sms.com"),
        ("portfolio at jane-doe.io/work?tab=1!", "jane-doe.io/work?tab=1", "jane-doe.io/work?tab=1"),
        ("follow bit.do/cgjK-and reactivate", "bit.do/cgjK-and", "bit.do/cgjK-and"),
        ("secure link http:Ow.ly/ozvo308t for info", "http:Ow.ly/ozvo308t", "ow.ly/ozvo308t"),
        (
            "tap https:/uk-covid-19.webredirect.org/to apply",
            "https:/uk-covid-19.webredirect.org/to",
            "uk-covid-19.webredirect.org/to",
        ),
        ("dining experiencehttp://www.vouch4me.com/etlp", "http://www.vouch4me.com/etlp", "www.vouch4me.com/etlp"),
        ("autolink <https://foo.example.com/x>", "https://foo.example.com/x", "foo.example.com/x"),
        ("сайт пример.рф/путь", "пример.рф/путь", "пример.рф/путь"),
        # hosting-platform sites, also where the TLD is a file extension (".app")
        ("My site: zeynep53.vercel.app", "zeynep53.vercel.app", "zeynep53.vercel.app"),
        ("demo at rahul-k.netlify.app.", "rahul-k.netlify.app", "rahul-k.netlify.app"),
        ("code on jo.github.io", "jo.github.io", "jo.github.io"),
        ("api on jo-api.herokuapp.com", "jo-api.herokuapp.com", "jo-api.herokuapp.com"),
        ("preview: my-shop.pages.dev", "my-shop.pages.dev", "my-shop.pages.dev"),
        # country codes that are also words, with a name that is not a word or a site word nearby
        ("Thanks! My website - ana2.in", "ana2.in", "ana2.in"),
        ("Sure. Relevant example: bello-design.in (my site).", "bello-design.in", "bello-design.in"),
        ("Our website: fernandez-design.me. Budget", "fernandez-design.me", "fernandez-design.me"),
        ("my portfolio is rahulkhan.me", "rahulkhan.me", "rahulkhan.me"),
        ("blog: priyasharma.in", "priyasharma.in", "priyasharma.in"),
        # a technology suffix is a host when written with a scheme, "www." or in lower case
        ("docs at https://ASP.NET/core", "https://ASP.NET/core", "asp.net/core"),
        ("see www.socket.io", "www.socket.io", "www.socket.io"),
    ],
)
def test_positive_forms(text: str, span: str, value: str) -> None:
    found = urls(text)
    assert [(text[m.start : m.end], m.value) for m in found] == [(span, value)]
    assert found[0].confidence >= 0.7


def test_markdown_link_yields_target_and_url_text() -> None:
    text = "see [example.com](https://example.com/about) or [my page](https://x.org/p)"
    found = urls(text)
    assert [(text[m.start : m.end], m.value) for m in found] == [
        ("example.com", "example.com"),
        ("https://example.com/about", "example.com/about"),
        ("https://x.org/p", "x.org/p"),
    ]


def test_html_anchor_accepts_any_public_suffix() -> None:
    text = '<a href="https://shop.example.me/x">shop.example.me</a>'
    found = urls(text)
    assert [text[m.start : m.end] for m in found] == ["https://shop.example.me/x", "shop.example.me"]
    # the same bare name outside a link needs a path: ".me" is also an English word
    assert urls("call shop.example.me later") == []


@pytest.mark.parametrize(
    "text",
    [
        "dear..sleep well",
        "I love python.My code works",
        "use app.route for that",
        "see README.md and file.py, index.js, main.ts, run.sh, notes.txt, cv.pdf, cv.docx, data.xlsx",
        "grab report.csv config.json backup.zip logo.png photo.jpg anim.gif setup.exe",
        "ok.Then we go",
        "version v1.2 and 3.5mm jack",
        "e.g. this, i.e. that, at 9 a.m. sharp",
        "No.1 fan, Mr.Smith from the U.S.",
        "ok.so it.is going.to be fine, user.id",
        "K ill drink.pa then",
        "run it on http://localhost:3000/api and http://127.0.0.1:8000",
        "mail jo@example.com",
        "http: see below",
        # technology names: a tech suffix in capitals, or after a CamelCase word
        "Built with Next.js 14, ASP.NET Core backend, hosted on Azure.",
        "VB.NET, ADO.NET and ML.NET; realtime via Socket.IO or SignalR.net",
        "Stack: Node.js, Vue.js, Express and Chart.js, D3.js, Nuxt.js",
        "The app targets .NET 8 and Entity Framework",
        # word country codes glued to words, without a site word near
        "come.in and tell.me, at 5pm.so see you, log.in first",
        "reached cherthala.in 2 hrs",
        # a hosting suffix alone is no site
        "deploy to vercel.app or web.app",
    ],
)
def test_chat_hard_negatives(text: str) -> None:
    assert urls(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I have 3 years of Booking.com experience",
        "competitors like Booking.com, Airbnb, Vrbo and Hotels.com",
        "I build lists in Apollo.io and LinkedIn Sales Navigator",
        "Ex-seller on Amazon.com and Etsy",
        "listings from Zillow, Realtor.com and Redfin (public pages only)",  # a site word a list away
    ],
)
def test_a_firm_named_as_its_domain_is_no_link(text: str) -> None:
    assert urls(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("my site: Janedoe.com", "Janedoe.com"),  # a site word says it is one
        ("Visit Janedoe.com for samples", "Janedoe.com"),
        ("my portfolio is at Janedoe.com", "Janedoe.com"),
        ("Janedoe.com is my page", "Janedoe.com"),
        ("see janedoe.com", "janedoe.com"),  # typed as an address, not a name
        ("Booking.com/hotel/x", "Booking.com/hotel/x"),  # a path
        ("JaneDoe.com", "JaneDoe.com"),  # CamelCase is no firm's name written in prose
    ],
)
def test_a_title_case_host_still_counts_with_a_site_word_path_or_address_casing(text: str, span: str) -> None:
    assert [text[m.start : m.end] for m in urls(text)] == [span]


def test_file_extension_tld_counts_with_scheme_or_www() -> None:
    assert [m.value for m in urls("https://notes.zip and www.readme.md")] == ["notes.zip", "www.readme.md"]


def test_offsets_exact_in_long_text() -> None:
    text = "Hi!\nPlease check https://a.example.com/x, also b.example.net/y; thanks.\n" * 3
    found = urls(text)
    assert len(found) == 6
    for m in found:
        assert text[m.start : m.end] in ("https://a.example.com/x", "b.example.net/y")


@pytest.mark.parametrize(
    "text",
    [
        "visit JOSHOP.COM",
        "сайт пример.рф/путь",
        "see example.ｃｏｍ",
        "HTTP:ow.ly/x",
        "ftp/files.example.org",
        "WwW.example.xyz",
        "[my page](jo-shop.life)",
        "ana2.in",
        "https://ASP.NET/core",
        "my site: jennylopez . design",
        "Portfolio - ana-ruiz .studio",
        "https : // jennylopez . com",
        "www . jennylopez . com/x",
        "visit janedoe . carrd . co",
        "kimcreates . com",
        "ana at anaruiz.design for the full portfolio",
    ],
)
def test_triggers_never_hide_a_reading(text: str) -> None:
    assert_triggers_hide_nothing(UrlDetector(), text, Context())


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("my site: jennylopez . design", "jennylopez . design", "jennylopez.design"),
        ("website - jenny-lopez . com", "jenny-lopez . com", "jenny-lopez.com"),
        ("my site is jennylopez.design", "jennylopez.design", "jennylopez.design"),  # any suffix after a site word
        ("Portfolio: ana-ruiz .studio", "ana-ruiz .studio", "ana-ruiz.studio"),
        ("my blog is ana dot blog", "ana dot blog", "ana.blog"),
        ("mi sitio: anaruiz punto mx", "anaruiz punto mx", "anaruiz.mx"),
        # a host of several labels, each dot spaced or spoken
        ("visit janedoe . carrd . co for my rates", "janedoe . carrd . co", "janedoe.carrd.co"),
        ("my blog is alexwrites . substack . com", "alexwrites . substack . com", "alexwrites.substack.com"),
        ("portfolio at jane dot webflow dot io", "jane dot webflow dot io", "jane.webflow.io"),
    ],
)
def test_hosts_after_a_site_word_may_space_or_spell_the_dot(text: str, span: str, value: str) -> None:
    (m,) = urls(text)
    assert (text[m.start : m.end], m.value) == (span, value)


@pytest.mark.parametrize(
    "text",
    [
        "I finished. design is next",
        "end of sentence . com is a TLD",
        "version 2 . net framework",
        "check the site first. design is next",  # a sentence's full stop, not a spaced dot
        "my site: README.md and index . html",  # file extensions
        "the page . com is ok",  # no name between the site word and the dot
        "visit the site . It is great . com",
        "see my portfolio - v1 . 2 . 3",
        "my page is ready. Then . next",
    ],
)
def test_spaced_dots_in_prose_are_not_hosts(text: str) -> None:
    assert urls(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("https : // jennylopez . com", "https : // jennylopez . com", "jennylopez.com"),
        ("my site: www . jennylopez . com", "www . jennylopez . com", "www.jennylopez.com"),
        ("visit https://jennylopez . com/work", "https://jennylopez . com/work", "jennylopez.com/work"),
        ("Goto http://doit. mymoby. tv/ to collect", "http://doit. mymoby. tv", "doit.mymoby.tv"),
        # "www" spelled out too
        ("w w w . kimdesigns . com", "w w w . kimdesigns . com", "www.kimdesigns.com"),
        ("W W W . KIMDESIGNS . COM/work", "W W W . KIMDESIGNS . COM/work", "www.kimdesigns.com/work"),
        ("visit w w w.kimdesigns.com", "w w w.kimdesigns.com", "www.kimdesigns.com"),
    ],
)
def test_hosts_after_a_scheme_or_www_may_space_their_dots(text: str, span: str, value: str) -> None:
    [m] = urls(text)
    assert (text[m.start : m.end], m.value, m.rule) == (span, value, "url.spaced")


@pytest.mark.parametrize(
    "text",
    [
        "the www . thing is old",
        "http : // localhost . localdomain",
        "www. is a prefix . com is a tld",
        "I said w w w . that is all",
    ],
)
def test_spaced_hosts_need_a_registrable_host_after_their_anchor(text: str) -> None:
    assert urls(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("portfolio at beacons.ai/samdev", "beacons.ai/samdev"),
        ("all my work: jenny.app/portfolio", "jenny.app/portfolio"),
        ("beacons.ai/@samdev", "beacons.ai/@samdev"),
        ("taplink.cc/samdev", "taplink.cc/samdev"),
        ("notion.so/samdev/Portfolio-1a2b", "notion.so/samdev/Portfolio-1a2b"),
        ("dub.sh/x7Kp", "dub.sh/x7Kp"),
    ],
)
def test_site_file_tld_counts_before_a_path(text: str, value: str) -> None:
    assert [m.value for m in urls(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "open logo.ai in illustrator",
        "open logo.ai/ in illustrator",
        "assets/logo.ai/x",
        "see main.py/foo",
        "run ./build.sh then deploy",
        "src/main.cc/ and lib/foo.so/",
        "compiled into libfoo.so and main.cc",
    ],
)
def test_site_file_tld_without_a_path_stays_a_file(text: str) -> None:
    assert urls(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I built the chat with socket.io and node.js",
        "bubble.io plugin developer",
        "automations in n8n.io and make.com",
        "I sell on etsy.com mostly",
    ],
)
def test_a_product_named_by_its_domain_is_no_link(text: str) -> None:
    assert urls(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("see make.com/u/kimcreates", "make.com/u/kimcreates"), ("my portfolio: kimcreates.io", "kimcreates.io")],
)
def test_a_product_host_with_a_path_or_a_personal_host_is_a_link(text: str, value: str) -> None:
    assert [m.value for m in urls(text)] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("kimcreates . com", "kimcreates . com", "kimcreates.com"),
        ("all my work is on brightpixel . co . uk, have a look", "brightpixel . co . uk", "brightpixel.co.uk"),
        ("kim92 . dev!", "kim92 . dev", "kim92.dev"),
    ],
)
def test_a_spaced_host_that_ends_its_clause_counts_without_a_cue(text: str, span: str, value: str) -> None:
    (m,) = urls(text)
    assert (text[m.start : m.end], m.value) == (span, value)


@pytest.mark.parametrize(
    "text",
    ["It is great . com", "jo @ gmail . com", "kimcreates . com is a name I like", "i love u . com", "5 . com"],
)
def test_a_spaced_host_needs_a_clause_end_and_a_name_that_is_no_prose_word(text: str) -> None:
    assert urls(text) == []


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("ana at anaruiz.design for the full portfolio", True),
        ("my blog, kim.photography", True),
        ("meu usuário é bia.design", False),  # alone, a handle's shape
    ],
)
def test_a_site_subject_tld_counts_with_a_site_word_near(text: str, present: bool) -> None:
    assert bool(urls(text)) is present


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Best regards,\nMarek Nowak | CEO\nPixelForge Studio\npixelforge.pl", True),
        ("Thanks,\nDaniel | danielcodes.rs", True),
        ("the Perl script is deploy.pl, run it nightly", False),  # no sign-off before it
        ("Best,\nnotes in plan.md", False),  # a file extension no country's sites use much
    ],
)
def test_a_country_domain_that_is_a_file_extension_counts_in_a_signature(text: str, present: bool) -> None:
    assert bool(urls(text)) is present


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("I integrated with api.stripe.com and hooks.slack.com webhooks", False),
        ("POST to https://api.stripe.com/v1/charges with the key", False),
        ("Visit https://api.kimrivera.com", True),  # offered as a site to visit
        ("api.whatsapp.com/send?phone=14155550123", True),  # a messaging app's API link reaches a person
    ],
)
def test_an_api_endpoint_is_the_work_unless_offered_as_a_site(text: str, present: bool) -> None:
    findings = Scanner().scan(text, Context("message", "pre_contract")).findings
    assert bool([f for f in findings if f.violation]) is present


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("like linktr.ee but custom", False),  # the product, named by its domain
        ("I built carrd sites before, carrd.co is simple", False),
        ("everything about me: linktr.ee/kimcreates", True),
        ("kimcreates.carrd.co has everything", True),
    ],
)
def test_a_link_in_bio_builder_is_a_product_until_a_page_of_it_is_given(text: str, present: bool) -> None:
    assert bool(urls(text)) is present


@pytest.mark.parametrize(
    "text",
    ["Tencent (0700.HK) and TSMC 2330.TW shares", "Configure the SMTP host as smtp.mailtrap.io on port 2525"],
)
def test_numbered_stock_tickers_and_mail_servers_are_no_links(text: str) -> None:
    assert urls(text) == []
