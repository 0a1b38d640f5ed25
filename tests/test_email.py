"""Email detector: address forms with exact spans and canonical values, sentence boundaries, and hard negatives."""

from __future__ import annotations

import pytest

from ringfence.detectors.base import Match
from ringfence.detectors.email import EmailDetector
from ringfence.normalize.spoken import lookalike_provider
from ringfence.normalize.view import View
from ringfence.scanner import Scanner
from ringfence.types import Context, Kind
from support import assert_triggers_hide_nothing


def emails(text: str) -> list[Match]:
    found = EmailDetector().detect(View.identity(text), Context())
    assert all(m.kind is Kind.EMAIL for m in found)
    return found


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("mail jo@example.com", "jo@example.com", "jo@example.com"),
        # sub-addresses and dotted local parts
        ("Our email: Diego.haddad+jobs@web.de. Budget is fine", "Diego.haddad+jobs@web.de", "diego.haddad+jobs@web.de"),
        (
            "my address: priya.petrov+work@proton.me. Happy",
            "priya.petrov+work@proton.me",
            "priya.petrov+work@proton.me",
        ),
        ("tag me at a_b-c%d+x@mail.example.org", "a_b-c%d+x@mail.example.org", "a_b-c%d+x@mail.example.org"),
        # a sentence that starts right after the address
        ("Send your CV to jo@hotmail.co.uk. Shortlisted ones hear back", "jo@hotmail.co.uk", "jo@hotmail.co.uk"),
        ("Write to diego18@yandex.ru.Thanks", "diego18@yandex.ru", "diego18@yandex.ru"),
        ("Rahul14@gmail.com.Looking forward", "Rahul14@gmail.com", "rahul14@gmail.com"),
        # trailing punctuation and brackets
        ("(jo@example.com), then", "jo@example.com", "jo@example.com"),
        ("is it jo@example.com?", "jo@example.com", "jo@example.com"),
        ("<jo@example.com>", "jo@example.com", "jo@example.com"),
        # upper case is folded in the value only
        ("JO.SMITH@EXAMPLE.CO.UK", "JO.SMITH@EXAMPLE.CO.UK", "jo.smith@example.co.uk"),
        # internationalised local parts and domains, also in punycode
        (
            "Our e-mail: kontakt@bäckerei-schmidt.de. Budget",
            "kontakt@bäckerei-schmidt.de",
            "kontakt@bäckerei-schmidt.de",
        ),
        ("My email: jürgen.weiß@beispiel.de. Looking", "jürgen.weiß@beispiel.de", "jürgen.weiß@beispiel.de"),
        ("пишите: иван@пример.рф.", "иван@пример.рф", "иван@пример.рф"),
        ("jo@xn--80ak6aa92e.com ok", "jo@xn--80ak6aa92e.com", "jo@xn--80ak6aa92e.com"),
        ("ivan@сайт.xn--p1ai ok", "ivan@сайт.xn--p1ai", "ivan@сайт.xn--p1ai"),
    ],
)
def test_address_forms(text: str, span: str, value: str) -> None:
    found = emails(text)
    assert [(text[m.start : m.end], m.value) for m in found] == [(span, value)]
    assert found[0].rule == "email.address"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my email is jеnny@gmаil.com now", "jenny@gmail.com"),  # Cyrillic "е" and "а" among Latin letters
        ("write to ivan.petrov@gmаil.com now", "ivan.petrov@gmail.com"),
        ("mail оlena.kovаl@ukr.net now", "olena.koval@ukr.net"),
        ("mail jenny@gmail.сом now", "jenny@gmail.com"),  # a Cyrillic TLD spelled with look-alikes only
        ("mail 𝐚𝐧𝐧𝐚.𝐬𝐦𝐢𝐭𝐡@𝐠𝐦𝐚𝐢𝐥.𝐜𝐨𝐦 now", "anna.smith@gmail.com"),  # mathematical bold letters
        # addresses in their own script keep their letters
        ("пишите на пример@почта.рф сегодня", "пример@почта.рф"),
        ("mail jenny@почта.рф now", "jenny@почта.рф"),
        ("mail müller@web.de now", "müller@web.de"),
        ("mail ελένη@παράδειγμα.ελ now", "ελένη@παράδειγμα.ελ"),
        # a name spelled a letter at a time between dots is read whole; initials stay
        ("mail j.o.h.n@g.m.a.i.l.com now", "john@gmail.com"),
        ("mail j.r.smith@gmail.com now", "j.r.smith@gmail.com"),
    ],
)
def test_the_value_is_the_address_a_reader_takes(text: str, value: str) -> None:
    [finding] = Scanner().find(text)
    assert (finding.kind, finding.value, finding.text) == (Kind.EMAIL, value, text.split()[-2])


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("ana_p @ outlook . com", "ana_p @ outlook . com", "ana_p@outlook.com"),
        ("jo@ gmail.com", "jo@ gmail.com", "jo@gmail.com"),
        ("jo@gmail . com . And then", "jo@gmail . com", "jo@gmail.com"),
        # A provider's domain is never a mention, so the word before " @gmail.com" is the local part.
        ("write to jenny @gmail.com", "jenny @gmail.com", "jenny@gmail.com"),
        ("maria_88 @Outlook.com ok?", "maria_88 @Outlook.com", "maria_88@outlook.com"),
        # the local part's dots spaced like the rest of the address
        ("Mail: chidi . writes @ yahoo . com", "chidi . writes @ yahoo . com", "chidi.writes@yahoo.com"),
        ("ana . maria . lopez @ gmail.com thanks", "ana . maria . lopez @ gmail.com", "ana.maria.lopez@gmail.com"),
    ],
)
def test_spaced_forms_are_lower_confidence(text: str, span: str, value: str) -> None:
    [m] = emails(text)
    assert (text[m.start : m.end], m.value, m.rule) == (span, value, "email.spaced")
    assert m.confidence < 0.99


def test_a_spaced_dot_before_a_plain_address_ends_a_sentence() -> None:
    text = "all done . jo@x.com"
    [m] = emails(text)
    assert (text[m.start : m.end], m.value, m.rule) == ("jo@x.com", "jo@x.com", "email.address")


def test_two_addresses_in_one_sentence() -> None:
    text = "a@x.com,b@y.org.Bye"
    assert [text[m.start : m.end] for m in emails(text)] == ["a@x.com", "b@y.org"]


@pytest.mark.parametrize(
    "text",
    [
        "see you @ 5pm",
        "a@b",
        "email me @ the office",
        "@app.route('/x')",
        "@Override public void run()",
        "icon@2x.png and logo@3x.jpg",
        "root@localhost",
        "mail jo@gmail. Come by at five",  # a sentence after "gmail.", not a spaced dot
        "ping me @jo.dev",  # a mention, not "me@jo.dev"
        "my @gmail.com stopped syncing",  # whose mailbox, not the mailbox
        "k y @gmail.com is down",  # a stray letter is no local part
        "ip admin@10.0.0.1",
        "x@y.notatld",
        "jo..x@example.com",
        "user@example.com1win",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert emails(text) == []


def test_scanner_reports_address_before_sentence() -> None:
    [finding] = [f for f in Scanner().find("Send your CV to jo@hotmail.co.uk. Shortlisted") if f.kind.is_contact]
    assert (finding.kind, finding.text, finding.value) == (Kind.EMAIL, "jo@hotmail.co.uk", "jo@hotmail.co.uk")


@pytest.mark.parametrize(
    "text",
    [
        "jo @ gmail . com",
        "JO@GMAIL.COM",
        "mail: jo+x@sub.dom.co.uk.",
        "jo@mail.com.Thanks",
    ],
)
def test_triggers_never_hide_a_reading(text: str) -> None:
    assert_triggers_hide_nothing(EmailDetector(), text, Context())


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("my gmail is jennylopez88", "gmail is jennylopez88", "jennylopez88@gmail.com"),
        ("gmail: jenny.lopez.88", "gmail: jenny.lopez.88", "jenny.lopez.88@gmail.com"),
        ("my hotmail id - sam_k_1990", "hotmail id - sam_k_1990", "sam_k_1990@hotmail.com"),
        ("add my yahoo mail jlopez_dev", "yahoo mail jlopez_dev", "jlopez_dev@yahoo.com"),
        ("outlook: j.lopez", "outlook: j.lopez", "j.lopez@outlook.com"),
        ("Gmail - Jenny.Lopez88. Talk soon", "Gmail - Jenny.Lopez88", "jenny.lopez88@gmail.com"),
        ("mi gmail es jenny.lopez88", "gmail es jenny.lopez88", "jenny.lopez88@gmail.com"),
        ("yandex: ivan.petrov88", "yandex: ivan.petrov88", "ivan.petrov88@yandex.ru"),
        ("my icloud id: j.lopez_77 ok", "icloud id: j.lopez_77", "j.lopez_77@icloud.com"),
        ("mon gmail c'est jenny.lopez88", "gmail c'est jenny.lopez88", "jenny.lopez88@gmail.com"),
        ("gmail adresim: jenny.lopez88", "gmail adresim: jenny.lopez88", "jenny.lopez88@gmail.com"),
        ("my e-mail is jenny.lopez88 on gmail", "jenny.lopez88 on gmail", "jenny.lopez88@gmail.com"),
        ("add sam_k_1990 via my hotmail", "sam_k_1990 via my hotmail", "sam_k_1990@hotmail.com"),
        # the provider in brackets after the id, as a signature line writes it
        ("Contact : fatima.webdev (gmail)", "fatima.webdev (gmail)", "fatima.webdev@gmail.com"),
        ("reach me: ahmed.khan ( Yahoo )\nthanks", "ahmed.khan ( Yahoo )", "ahmed.khan@yahoo.com"),
        ("mail sam_k_1990 [hotmail] for the files", "sam_k_1990 [hotmail]", "sam_k_1990@hotmail.com"),
        # a mail word before the id, the "@" left out between it and the provider
        ("my email is john.smith gmail", "john.smith gmail", "john.smith@gmail.com"),
        ("e-mail: sam_k_1990 yahoo com, thanks", "sam_k_1990 yahoo com", "sam_k_1990@yahoo.com"),
        ("correo: juan.perez99 - hotmail", "juan.perez99 - hotmail", "juan.perez99@hotmail.com"),
    ],
)
def test_an_address_named_by_its_provider_and_local_part(text: str, span: str, value: str) -> None:
    [m] = emails(text)
    assert (text[m.start : m.end], m.value, m.rule) == (span, value, "email.provider_id")


@pytest.mark.parametrize(
    "text",
    [
        "my gmail is full",
        "my gmail is not working",
        "gmail is down today",
        "I use gmail for work",
        "gmail: please check spam",
        "I'll send it to your gmail later",
        "gmail: e.g. the spam folder",  # no three letters together
        "gmail: 2-step verification is on",  # an id starts with a letter
        "my gmail password is abc_123",  # "password" is no cue
        "gmail: support.google.com",  # a host
        "the outlook: FY2024 looks good",  # a word-like provider needs a name-shaped id
        "Outlook 365: v2.0 update",
        "check gmail.com now",
        "the 2fa code is on gmail",  # an id starts with a letter
        "see the v2.0 notes on outlook",  # no three letters or digits together
        "I saved report_final on gmail drive",  # "gmail drive": the provider names no address
        "sent invoice_2024.pdf (gmail) yesterday",  # a file, not an id
        "john (gmail) replied",  # an id holds a digit or an inner separator
        "the report (outlook) is late",
        "I use Node.js (gmail integration)",  # the bracket names more than the provider
        "email report_v2 gmail drive",  # a file kept in the provider's product
        "my email is the same as before, gmail",
    ],
)
def test_a_provider_named_in_prose_is_no_address(text: str) -> None:
    assert emails(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the "@" in another language's word, glued, or left out: the provider's domain still ends a mailbox
        ("mail me rahul99 attherate gmail.com", "rahul99 attherate gmail.com", "rahul99@gmail.com"),
        ("email ko: maria_santos sa yahoo.com", "maria_santos sa yahoo.com", "maria_santos@yahoo.com"),
        ("meu email: carla.s em yahoo.com.br", "carla.s em yahoo.com.br", "carla.s@yahoo.com.br"),
        ("mi correo: juan_p en hotmail.es", "juan_p en hotmail.es", "juan_p@hotmail.es"),
        ("mon mail: pierre.m chez outlook.fr", "pierre.m chez outlook.fr", "pierre.m@outlook.fr"),
        ("E-Mail: k.weber77 bei gmx.de", "k.weber77 bei gmx.de", "k.weber77@gmx.de"),
        ("email: ahmed_k ات gmail.com", "ahmed_k ات gmail.com", "ahmed_k@gmail.com"),
        ("my email is john.doe, gmail.com", "john.doe, gmail.com", "john.doe@gmail.com"),
        ("contact rahul99 - yahoo.co.in", "rahul99 - yahoo.co.in", "rahul99@yahoo.co.in"),
        ("email: rahul99 gmail.com", "rahul99 gmail.com", "rahul99@gmail.com"),
        ("jenny.lopez88 on gmail.com", "jenny.lopez88 on gmail.com", "jenny.lopez88@gmail.com"),
    ],
)
def test_an_id_before_a_mail_providers_domain_is_its_local_part(text: str, span: str, value: str) -> None:
    [m] = emails(text)
    assert (text[m.start : m.end], m.value, m.rule) == (span, value, "email.provider_id")


@pytest.mark.parametrize(
    "text",
    [
        "I use next.js with gmail.com",  # a file name, not an id
        "sign-up on gmail.com first",  # a hyphen alone makes no id
        "my account on gmail.com is full",
        "see the file report_v2.pdf on gmail.com",
        "we moved from yahoo.com, gmail.com and outlook.com",  # a host is a link
        "the v2.0 notes on outlook.com",  # no three letters or digits together
        "my e-mail gmail.com",
        "gmail.com vs outlook.com for business",
    ],
)
def test_a_mail_providers_domain_after_prose_is_no_address(text: str) -> None:
    assert emails(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mail tony.r@gma1l.com", "tony.r@gmail.com"),  # leet provider: the spoken view reads the address meant
        ("mail: davidk@g-mail.com", "davidk@gmail.com"),
        ("jenny@h0tmail.com please", "jenny@hotmail.com"),
        ("read it backwards: moc.liamtoh@iew.il", "li.wei@hotmail.com"),  # the decoded view's reading
        ("write to contact@пример.рф", "contact@пример.рф"),  # its own script: not a half-folded reading
        ("почта: anna.smirnova собака mail точка ru", "anna.smirnova@mail.ru"),  # the Russian at/dot words
        ("kim @ symbol gmail dot com", "kim@gmail.com"),  # "@ symbol" / "@ sign" spelled next to the sign
        ("mail john.smith@gmale.com", "john.smith@gmail.com"),  # a provider misspelt by ear
        ("maria@outluk.com", "maria@outlook.com"),
        # a stroke for the provider's "l" or "i": a capital "I", "1" or "|"
        ("ben_k at gmaiI dot com", "ben_k@gmail.com"),
        ("write to jo_r at outIook dot com", "jo_r@outlook.com"),
        ("sara.v at hotmaiI dot com", "sara.v@hotmail.com"),
        ("dani at icIoud dot com", "dani@icloud.com"),
        ("lee_w @ gmaiI . com", "lee_w@gmail.com"),
        ("jess at aoI dot com", "jess@aol.com"),
    ],
)
def test_the_value_is_the_address_meant_when_views_tie_on_the_span(text: str, value: str) -> None:
    [finding] = Scanner().scan(text, Context("message", "pre_contract")).findings
    assert finding.value == value


def test_a_handle_keeps_its_raw_reading_on_a_tie() -> None:
    # The letters view reads "88" as "bb"; a handle is taken as written.
    text = "Hallo, am besten erreichst du mich unter τelegram @јoһn_ѕміtһ88, danke!"
    [finding] = Scanner().scan(text, Context("message", "pre_contract")).findings
    assert finding.value == "john_smith88"


@pytest.mark.parametrize("text", ["skype@gmail.com", "li@hotmail.com", "ig@company.io", "mail me: sc@uni.edu"])
def test_a_platform_word_before_at_is_an_address_local_part_not_a_handle_cue(text: str) -> None:
    found = Scanner().scan(text, Context("message", "pre_contract")).findings
    [finding] = [f for f in found if f.kind.is_contact]
    assert finding.kind is Kind.EMAIL and finding.value == text.split()[-1]


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("hit me up at john@gmail ok", "john@gmail.com", "john@gmail"),
        ("john(at)gmail", "john@gmail.com", "john(at)gmail"),
        ("j.o.h.n.s.m.i.t.h @ gmail", "johnsmith@gmail.com", "j.o.h.n.s.m.i.t.h @ gmail"),
        ("reach me: sam_k1990 @ yahoo", "sam_k1990@yahoo.com", "sam_k1990 @ yahoo"),
        ("sam@hotmail, thanks", "sam@hotmail.com", "sam@hotmail"),
        # a provider that is also a word takes a spaced "@" after a name-shaped id
        ("ping me on outlook - its hassan.ali92 @ outlook", "hassan.ali92@outlook.com", "hassan.ali92 @ outlook"),
        ("write to j_rivera @ proton", "j_rivera@proton.me", "j_rivera @ proton"),
    ],
)
def test_an_address_at_a_bare_provider_name_means_its_domain(text: str, value: str, span: str) -> None:
    [found] = [f for f in Scanner().scan(text, Context("message", "pre_contract")).findings if f.kind is Kind.EMAIL]
    assert (found.value, found.text) == (value, span)


@pytest.mark.parametrize(
    "text",
    ["me @ gmail", "jenny @ outlook", "I love @outlook", "my @gmail stopped syncing", "check v2.1 @ outlook today"],
)
def test_a_provider_after_a_spaced_at_needs_a_name_before_it(text: str) -> None:
    assert not [f for f in Scanner().scan(text, Context("message", "pre_contract")).findings if f.kind is Kind.EMAIL]


@pytest.mark.parametrize(
    ("label", "name"),
    [("gmaiI", "gmail"), ("outIook", "outlook"), ("hotmai1", "hotmail"), ("icIoud", "icloud"), ("ymai|", "ymail")],
)
def test_a_stroke_for_l_or_i_reads_as_the_provider(label: str, name: str) -> None:
    assert lookalike_provider(label) == name


@pytest.mark.parametrize("label", ["gmail", "GMAIL", "AOI", "gmali", "gmaii", "11111", "mail1", "nordwave"])
def test_a_label_needing_no_stroke_or_spelling_no_provider_is_left_alone(label: str) -> None:
    # plain names, capitals (the "I" of "GMAIL"), a lower-case swap ("gmali"), numbers
    assert lookalike_provider(label) is None


@pytest.mark.parametrize("text", ["the gmaiI thing is down", "I paid 1 at 11 dot 30", "room 11 at floor 1"])
def test_strokes_in_prose_find_nothing(text: str) -> None:
    assert Scanner().scan(text, Context("message", "pre_contract")).findings == ()


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        # a provider's own domain with its dot spaced on one side only: a disguise, read whole
        ("mail jane.doe@gmail .com", "jane.doe@gmail.com", "jane.doe@gmail .com"),
        ("my email is jo@gmail. com thanks", "jo@gmail.com", "jo@gmail. com"),
        ("jo_88@hotmail .com", "jo_88@hotmail.com", "jo_88@hotmail .com"),
    ],
)
def test_a_providers_domain_spaced_on_one_side_of_its_dot(text: str, value: str, span: str) -> None:
    (match,) = EmailDetector().detect(View.identity(text), Context())
    assert (match.value, text[match.start : match.end]) == (value, span)


def test_another_domain_after_a_providers_name_and_a_one_sided_dot_is_not_read_as_its_own() -> None:
    assert EmailDetector().detect(View.identity("jo@yahoo .net"), Context()) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ang email ko ay kim.creates sa gmail", "kim.creates@gmail.com"),
        ("mi correo es juan.p88 en hotmail", "juan.p88@hotmail.com"),
        ("mera mail rahul.99 pe gmail hai", "rahul.99@gmail.com"),
    ],
)
def test_an_id_on_a_provider_in_other_languages(text: str, value: str) -> None:
    assert [m.value for m in emails(text)] == [value]


@pytest.mark.parametrize(
    ("text", "found"),
    [("git clone git@github.com:acme/app.git", False), ("kim@gmail.com:x/", True), ("mail: kim@acme.io: thanks", True)],
)
def test_a_login_with_a_path_after_it_is_a_remote_not_an_address(text: str, found: bool) -> None:
    assert bool(emails(text)) is found


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("mail me: mary jane at yahoo dot com", "mail me: [email removed]"),
        ("e-mail me - maria lopez@gmail.com thanks", "e-mail me - [email removed] thanks"),
        # an "@provider" spaced from an id that holds a digit or an inner "." or "_"
        ("email: maryjane90 @gmail", "email: [email removed]"),
        ("send it to kim_designs @gmail please", "send it to [email removed] please"),
        ("I love @outlook and ping john @gmail", "I love @outlook and ping john @gmail"),
    ],
)
def test_a_disguised_address_is_redacted_whole(text: str, redacted: str) -> None:
    assert Scanner().scan(text, Context("message", "pre_contract")).redacted == redacted


@pytest.mark.parametrize(
    ("text", "violation"),
    [
        ("Example .env: MAIL_FROM=hello@example.com SMTP_PORT=2525", False),
        ('Mock API response: {"mail": "info@example.org"}', False),
        ("Your email? Mine is hello@example.com for now.", True),
        ("An example of my work is on my site; email me at dana.k@gmail.com", True),
    ],
)
def test_a_reserved_domain_called_sample_data_is_test_data(text: str, violation: bool) -> None:
    findings = Scanner().scan(text, Context("message", "pre_contract")).findings
    assert [f.violation for f in findings if f.kind is Kind.EMAIL] == [violation]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("email tom@tomfolio .io for the invoice", "tom@tomfolio .io", "tom@tomfolio.io"),
        ("reach me on tom@tomfolio. io", "tom@tomfolio. io", "tom@tomfolio.io"),
    ],
)
def test_a_one_name_host_with_its_dot_spaced_on_one_side_is_an_address(text: str, span: str, value: str) -> None:
    assert [(text[m.start : m.end], m.value) for m in emails(text)] == [(span, value)]


@pytest.mark.parametrize(
    "text", ["mail me: jo@work. It was fine", "thanks@everyone. it was great", "back 5@home. de nada"]
)
def test_a_sentence_after_a_one_name_host_is_no_tld(text: str) -> None:
    assert emails(text) == []


@pytest.mark.parametrize(
    ("text", "violation"),
    [
        ("Email signature template: Jane Doe | you@yourcompany.com", False),
        ("The signup placeholder should read firstname.lastname@company.com", False),
        ("Footer shows info@yourdomain.com until we buy the domain", False),
        ("Send your CV to name@example.com", False),
        ("my email is kim@company.com", True),
        ("write to me@mail.com", True),
    ],
)
def test_a_template_address_is_test_data(text: str, violation: bool) -> None:
    findings = Scanner().scan(text, Context("job_post", "pre_contract")).findings
    assert [f.violation for f in findings if f.kind is Kind.EMAIL] == [violation]


@pytest.mark.parametrize(
    ("text", "violation"),
    [
        ('fixtures.json: {"email": "jdoe@corp.com", "name": "J"}', False),  # a data file's value
        ('mock_users.json:\n[\n  {"email": "lena.k@firma.de"}\n]', False),  # its lines below the name
        ("id,name,email\n1,Ana,ana@acme.io\n2,Bo,bo@acme.io", False),  # a data table's record
        ("The form should accept yourname@gmail.com and firstname.lastname@acme.com", False),  # a form's field
        ("Sample XML: <contact><email>orders@supplier-gmbh.de</email></contact>", False),  # kept in the markup view
        ("Fixture config.yaml:\nsupport:\n  email: help@shopco.io", False),  # an indented key's value
        ("Our .env.example has SUPPORT_EMAIL=help@shopco.io", False),  # a setting's value
        ('Example? Sure, write to "jo.martin88@gmail.com" and I\'ll send it.', True),  # another sentence's word
        ("Sure, here is my info:\nname,email\nJohn,john.reyes81@gmail.com", True),  # one record is no table
        ("Hi, thanks, bye\nEmail, jo88@gmail.com, ok\nPhone, +1 415 555 2671, ok", True),  # no column of addresses
        ("The sample is attached; my email is jo.martin88@gmail.com", True),
        ("The validator must accept jo.k@gmail.com and a_b@mail.co.uk, reject jo@ and @gmail.com", False),
        ("My old email jo@ is invalid now, use jo.kowalski88@gmail.com", True),  # one address beside a broken one
    ],
)
def test_sample_data_addresses_are_test_data(text: str, violation: bool) -> None:
    findings = Scanner().scan(text, Context("job_post", "pre_contract")).findings
    assert {f.violation for f in findings if f.kind is Kind.EMAIL} == {violation}
