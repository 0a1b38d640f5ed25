"""Handles given by pointing at the sender's name."""

from __future__ import annotations

import pytest

from ringfence import Context, Kind, Scanner
from ringfence.detectors.indirect import IndirectReferenceDetector
from ringfence.normalize.view import View
from support import assert_triggers_hide_nothing


def _detect(text: str, name: str | None) -> list[tuple[str, str | None, str, str]]:
    matches = IndirectReferenceDetector().detect(View.identity(text), Context(sender_name=name))
    return [(m.kind.value, m.platform, m.value, text[m.start : m.end]) for m in matches]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("my Skype is my name here without spaces", "John Smith", ("handle", "skype", "johnsmith")),
        ("my skype is the name you see above, no spaces", "John Smith", ("handle", "skype", "johnsmith")),
        ("my telegram is the name on my profile", None, ("off_platform_request", "telegram", "telegram")),
        ("my skype is my name here, with a dot", "John Smith", ("handle", "skype", "john.smith")),
        (
            "my telegram is my full name with an underscore",
            "Ana María Lopez",
            ("handle", "telegram", "ana_maría_lopez"),
        ),
        ("same username on Telegram", "devguru88", ("handle", "telegram", "devguru88")),
        ("add me on whatsapp, same name as here", "mike_dev", ("handle", "whatsapp", "mike_dev")),
        ("mi skype es mi nombre sin espacios", "Ana Lopez", ("handle", "skype", "analopez")),
        ("same username on Telegram", "John Smith", ("off_platform_request", "telegram", "telegram")),
        ("same username on Telegram", None, ("off_platform_request", "telegram", "telegram")),
        ("search my full name on LinkedIn", "John Smith", ("off_platform_request", "linkedin", "linkedin")),
        (
            "find me on Instagram with the same name as here",
            "John Smith",
            ("off_platform_request", "instagram", "instagram"),
        ),
        ("look me up on linked in", None, ("off_platform_request", "linkedin", "linkedin")),
        # A name written right after the reference is the id, whoever the sender is.
        (
            "my skype id is the same as my name here: Jenny Lopez",
            None,
            ("handle", "skype", "jenny lopez"),
        ),
        ("my telegram is the same as my name here - jenny_lopez", "Ana Lima", ("handle", "telegram", "jenny_lopez")),
        ("my skype is my name without spaces: Jenny Lopez", None, ("handle", "skype", "jennylopez")),
        ("my skype is the same as my name here", None, ("off_platform_request", "skype", "skype")),
        ("my username on telegram is the same as here", "devguru88", ("handle", "telegram", "devguru88")),
        ("my username is the same as here on telegram", None, ("off_platform_request", "telegram", "telegram")),
        ("my handle on insta is the same as my name", None, ("off_platform_request", "instagram", "instagram")),
        ("find me on telegram, same name as my profile", None, ("off_platform_request", "telegram", "telegram")),
        ("mi usuario de telegram es el mismo que aquí", None, ("off_platform_request", "telegram", "telegram")),
        ("meu telegram é o mesmo que aqui", None, ("off_platform_request", "telegram", "telegram")),
        ("mon telegram c'est le même qu'ici", None, ("off_platform_request", "telegram", "telegram")),
        ("mein skype ist derselbe wie hier", None, ("off_platform_request", "skype", "skype")),
        ("google me", "John Smith", ("off_platform_request", "google", "google")),
        ("find me by my name on LinkedIn", "John Smith", ("off_platform_request", "linkedin", "linkedin")),
        ("búscame por mi nombre en linkedin", None, ("off_platform_request", "linkedin", "linkedin")),
        ("me procura pelo meu nome no instagram", None, ("off_platform_request", "instagram", "instagram")),
        ("type my full name into google", None, ("off_platform_request", "google", "google")),
        ("my telegram handle is identical to my name here", None, ("off_platform_request", "telegram", "telegram")),
        ("add me on skype, it's my name here with a dot", "John Smith", ("handle", "skype", "john.smith")),
        ("my skype? same as my name here", "devguru88", ("handle", "skype", "devguru88")),
        ("Skype id = my name on this site", None, ("off_platform_request", "skype", "skype")),
        ("on telegram I'm the same as here", "devguru88", ("handle", "telegram", "devguru88")),
        ("look for me on linkedin, same name as here", "devguru88", ("handle", "linkedin", "devguru88")),
        (
            "mi nombre de usuario en instagram es el mismo que aquí",
            "devguru88",
            ("handle", "instagram", "devguru88"),
        ),
        ("me encuentras en telegram con el mismo nombre", None, ("off_platform_request", "telegram", "telegram")),
        ("me acha no insta pelo mesmo nome", "devguru88", ("handle", "instagram", "devguru88")),
        ("tu me trouves sur insta avec le même pseudo", None, ("off_platform_request", "instagram", "instagram")),
        ("my username is the same on telegram", "devguru88", ("handle", "telegram", "devguru88")),
        ("mi usuario es el mismo en instagram", None, ("off_platform_request", "instagram", "instagram")),
    ],
)
def test_references_resolve_to_a_handle_or_a_request(text: str, name: str | None, expected: tuple[str, ...]) -> None:
    ((kind, platform, value, span),) = _detect(text, name)
    assert (kind, platform, value) == expected
    assert len(span) >= len(text.strip()) * 0.8


# A name the writer gives for a search is the handle, whoever the sender is; without one it stays a request.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("search Sam Devlin Designs on facebook", ("handle", "facebook", "sam devlin designs")),
        ("look up 'samdev studio' on insta", ("handle", "instagram", "samdev studio")),
        ("find Sam Devlin on LinkedIn", ("handle", "linkedin", "sam devlin")),
        ("look me up on linkedin, Sam Devlin", ("handle", "linkedin", "sam devlin")),
        ("look me up on LinkedIn — Sam Devlin, Lagos", ("handle", "linkedin", "sam devlin")),
        ("find me on fb as Sam Devlin Designs", ("handle", "facebook", "sam devlin designs")),
        ('google "samdev studio" and you\'ll find me', ("handle", "google", "samdev studio")),
        ("Google Sam Devlin Designs, you'll see my portfolio", ("handle", "google", "sam devlin designs")),
        ('search "samdev studio" on google and you will find me', ("handle", "google", "samdev studio")),
        ("búscame en facebook como Sam Devlin Designs", ("handle", "facebook", "sam devlin designs")),
        ('me encuentras en instagram como "samdev studio"', ("handle", "instagram", "samdev studio")),
        ("trouve-moi sur linkedin sous Sam Devlin", ("handle", "linkedin", "sam devlin")),
        ("such mich auf linkedin als Sam Devlin", ("handle", "linkedin", "sam devlin")),
        ("find me on linkedin by the name Sam Devlin", ("handle", "linkedin", "sam devlin")),
        ("look me up on LinkedIn, Thanks!", ("off_platform_request", "linkedin", "linkedin")),
        ("look me up on LinkedIn, I'd love to connect", ("off_platform_request", "linkedin", "linkedin")),
    ],
)
def test_a_name_given_for_a_search_is_the_handle(text: str, expected: tuple[str, ...]) -> None:
    ((kind, platform, value, span),) = _detect(text, "Ana Lima")
    assert (kind, platform, value) == expected
    assert span.lower().startswith(("search", "look", "find", "google", "búscame", "me ", "trouve", "such"))


# The account named by the name written after it, in the languages; the name must end its clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my facebook is Ahmed Khaled Cairo", ("handle", "facebook", "ahmed khaled cairo")),
        ("my fb account: Sam Devlin Designs", ("handle", "facebook", "sam devlin designs")),
        ("on fb I'm Ahmed Khaled from Cairo, add me", ("handle", "facebook", "ahmed khaled")),
        ("mera fb naam Rahul Verma hai, add kar lo", ("handle", "facebook", "rahul verma")),
        ("hanapin mo ako sa fb, Juan Dela Cruz", ("handle", "facebook", "juan dela cruz")),
        ("dawarni 3ala facebook, esmi Ahmed Khaled", ("handle", "facebook", "ahmed khaled")),
        ("tu peux me trouver sur linkedin sous le nom Julie Martin", ("handle", "linkedin", "julie martin")),
        ("my telegram is my first name and last name together", ("off_platform_request", "telegram", "telegram")),
        ("my linkedin is under my full name, check it", ("off_platform_request", "linkedin", "linkedin")),
        ("just type my name in the skype search", ("off_platform_request", "skype", "skype")),
    ],
)
def test_an_account_named_by_the_name_after_it(text: str, expected: tuple[str, ...]) -> None:
    ((kind, platform, value, _),) = _detect(text, None)
    assert (kind, platform, value) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my instagram is Mostly Photos of my cat",
        "My facebook page is Growing Fast thanks to your ads",
        "my LinkedIn is Up To Date with my work history",
        "on LinkedIn I'm Open To Work",
        "In Facebook I'm The Admin of the group",
        "My Instagram Is Full Of Design Work You Can Check Here",
        "my IG is private, sorry",
    ],
)
def test_title_cased_words_that_describe_an_account_name_no_one(text: str) -> None:
    assert _detect(text, None) == []


@pytest.mark.parametrize(
    "text",
    [
        "search React Developer Jobs on linkedin",
        "search Facebook Ads Manager on google",
        "google it if you don't believe me",
        "search engine optimization on google",
        "Google Analytics and Search Console setup",
        'google "react hooks tutorial" for examples',
        "search Upwork on google",
        "find Marketplace listings on facebook",
    ],
)
def test_searches_that_name_no_one(text: str) -> None:
    assert _detect(text, None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my skype is my name without spaces. Thanks, Jenny Lopez", ("handle", "skype", "jennylopez")),
        ("my skype is my name with a dot\n\nRegards,\nJenny Lopez", ("handle", "skype", "jenny.lopez")),
        ("mi skype es mi nombre sin espacios. Saludos, Ana Lopez", ("handle", "skype", "analopez")),
        ("my skype is my name without spaces. Thanks for your time, Jenny", ("handle", "skype", "jenny")),
        ("my skype is my name without spaces, thanks a lot", ("off_platform_request", "skype", "skype")),
    ],
)
def test_without_a_display_name_a_name_signed_at_the_end_resolves(text: str, expected: tuple[str, ...]) -> None:
    ((kind, platform, value, span),) = _detect(text, None)
    assert (kind, platform, value) == expected
    assert span.startswith(("my skype", "mi skype"))


@pytest.mark.parametrize(
    "text",
    [
        "I'm a LinkedIn ads specialist",
        "my name here is John",
        "search engine optimisation for your Skype clone",
        "I use the same name on GitHub for all my repos",
        "my name is on the contract",
        "we can talk here on the platform, Telegram is not needed",
        "Telegram bot developer here",
        "Googled your company, impressive",
        "I set up Google Meet for the call",
        "my name here is my real name",
        "same name as my father",
        "ig stories templates",
        "tg channel growth is my skill",
        "my skype is the same as before",
        "on telegram I'm available all day",
        "I'm on skype, I am the same person from the call",
        "Skype id - not needed",
        "my rate is the same on every platform, fiverr or here",
        "it is the same on whatsapp web",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert _detect(text, "John Smith") == []


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("my gmail is my name here without spaces", "Kim Nguyen", ("email", None, "kimnguyen@gmail.com")),
        ("my yahoo id is my name with a dot", "Kim Nguyen", ("email", None, "kim.nguyen@yahoo.com")),
        ("my outlook is my full name with an underscore", "Kim Nguyen", ("email", None, "kim_nguyen@outlook.com")),
        ("same username on gmail", "kimmy", ("email", None, "kimmy@gmail.com")),
        ("mi correo es mi nombre sin espacios en gmail", "Kim Nguyen", ("email", None, "kimnguyen@gmail.com")),
        # The mailbox after the reference: the separator between the names is the format.
        ("it's my first name dot last name at gmail", "Kim Nguyen", ("email", None, "kim.nguyen@gmail.com")),
        ("firstname_lastname @ hotmail dot com", "Kim Nguyen", ("email", None, "kim_nguyen@hotmail.com")),
        # Unresolved (no name, two names with no format, no domain): a request naming email.
        ("my gmail is my name here without spaces", None, ("off_platform_request", "email", "email")),
        ("same username on gmail", "Kim Nguyen", ("off_platform_request", "email", "email")),
        ("my email is my name without spaces", "Kim Nguyen", ("off_platform_request", "email", "email")),
        ("my email is my full name at gmail", None, ("off_platform_request", "email", "email")),
    ],
)
def test_a_reference_to_a_mailbox_resolves_to_an_address(
    text: str, name: str | None, expected: tuple[str, ...]
) -> None:
    assert [found[:3] for found in _detect(text, name)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "my email is my full name at gmail",
        "it's my first name dot last name at gmail",
        "my email: first name underscore last name @ hotmail dot com",
    ],
)
def test_a_name_pointer_before_a_spoken_at_is_no_local_part(text: str) -> None:
    """ "name at gmail" points at a name: no address "name@gmail.com" is read, whatever the reference resolves to."""
    findings = Scanner().scan(text, Context("message", "pre_contract")).findings
    assert not [f for f in findings if f.kind is Kind.EMAIL]
    assert [f.kind for f in findings if not f.kind.is_contact] == [Kind.OFF_PLATFORM_REQUEST]


@pytest.mark.parametrize(
    "text",
    ["I use gmail and my name is Kim", "my gmail is full", "same name on my email signature", "email me the same file"],
)
def test_mailbox_words_that_point_at_no_name(text: str) -> None:
    assert _detect(text, "Kim Nguyen") == []


def test_the_scanner_redacts_a_resolved_reference() -> None:
    context = Context("message", "pre_contract", sender_name="John Smith")
    result = Scanner(detectors=[IndirectReferenceDetector()]).scan(
        "ok great, my Skype is my name here without spaces", context
    )
    handles = [f for f in result.findings if f.kind is Kind.HANDLE]
    assert [(h.platform, h.value) for h in handles] == [("skype", "johnsmith")]
    assert result.violation


@pytest.mark.parametrize(
    "text",
    [
        "my skype is my name here without spaces",
        "\u017fame name on telegram",
        "MY IG IS MY NAME WITH A DOT",
        "look me up on linked in",
        "add me on fb, same name as here",
        "búscame mi nombre en instagram",
        "MY SKYPE ID IS THE SAME AS MY NAME HERE: Jenny Lopez",
        "mein skype ist derselbe wie hier",
        "GOOGLE ME",
        "SEARCH SAM DEVLIN ON FACEBOOK",
        "search Sam Devlin Designs on facebook",
        'google "samdev studio" and you\'ll find me',
        "look me up on linkedin, Sam Devlin",
        "MY GMAIL IS MY NAME WITHOUT SPACES",
        "My E-Mail is my first name dot last name AT Yahoo",
    ],
)
def test_triggers_never_hide_a_reading(text: str) -> None:
    assert_triggers_hide_nothing(IndirectReferenceDetector(), text, Context(sender_name="Ana Lima"))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("mein Telegram ist mein Name ohne Leerzeichen", "Kim Lee", ("handle", "telegram", "kimlee")),
        ("il mio telegram è il mio nome senza spazi", "Kim Lee", ("handle", "telegram", "kimlee")),
        ("su instagram ho lo stesso nome", "Kim", ("handle", "instagram", "kim")),
        ("mera skype id mera pura naam hai bina space ke", "Kim Lee", ("handle", "skype", "kimlee")),
        ("insta pe wahi naam hai", "Kim Lee", ("off_platform_request", "instagram", "instagram")),
        ("telegram? same as my name here", "Kim", ("handle", "telegram", "kim")),
        ("you can find me on skype, just type my name with an underscore", "Kim Lee", ("handle", "skype", "kim_lee")),
    ],
)
def test_references_in_more_languages_and_phrasings(text: str, name: str, expected: tuple[str, str, str]) -> None:
    assert [found[:3] for found in _detect(text, name)] == [expected]


@pytest.mark.parametrize(
    "text",
    ["mein Name ist Kim, freut mich", "il mio nome è Kim, piacere", "mera naam Kim Lee hai", "ma sœur a le même nom"],
)
def test_a_name_said_without_a_platform_is_no_reference(text: str) -> None:
    assert _detect(text, "Kim Lee") == []
